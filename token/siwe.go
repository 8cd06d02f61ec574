package token

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	siwe "github.com/spruceid/siwe-go"

	"github.com/medmarket/medmarket/marketplace"
)

// SIWE writes and verifies Sign-In with Ethereum (EIP-4361) messages with spruceid/siwe-go:
// the message grammar, EIP-55 addresses and EIP-191 signature recovery.
type SIWE struct{}

var _ marketplace.SignInVerifier = SIWE{}

// SignInMessage formats the message for in.
func (SIWE) SignInMessage(in marketplace.SignIn) (string, error) {
	opts := map[string]any{
		"chainId":   int(in.ChainID),
		"issuedAt":  in.IssuedAt.UTC().Format(time.RFC3339),
		"statement": "Sign in to medmarket.",
	}
	if !in.ExpiresAt.IsZero() {
		opts["expirationTime"] = in.ExpiresAt.UTC().Format(time.RFC3339)
	}
	m, err := siwe.InitMessage(in.Domain, common.Address(in.Address).Hex(), in.URI, in.Nonce, opts)
	if err != nil {
		return "", fmt.Errorf("token.SignInMessage: %w", err)
	}
	return m.String(), nil
}

// VerifySignIn parses message and checks that signature (65 bytes, v 27/28) was made by the
// message's address over its EIP-191 form.
func (SIWE) VerifySignIn(message string, signature []byte) (*marketplace.SignIn, error) {
	m, err := siwe.ParseMessage(message)
	if err != nil {
		return nil, marketplace.FieldError("message", "is not a valid EIP-4361 sign-in message: %s", firstLine(err.Error()))
	}
	if len(signature) != 65 {
		return nil, marketplace.FieldError("signature", "must be 65 bytes")
	}
	if s := new(big.Int).SetBytes(signature[32:64]); s.Cmp(secp256k1halfN) > 0 {
		return nil, marketplace.Errorf(marketplace.EUNAUTHORIZED, "the signature is malleable (high s); sign again")
	}
	if _, err := m.VerifyEIP191(hexutil.Encode(signature)); err != nil {
		return nil, marketplace.Errorf(marketplace.EUNAUTHORIZED, "the signature does not match the sign-in message's address")
	}
	in := &marketplace.SignIn{
		Address: FromCommon(m.GetAddress()), Domain: m.GetDomain(), Nonce: m.GetNonce(),
		ChainID: uint64(m.GetChainID()),
	}
	uri := m.GetURI()
	in.URI = uri.String()
	if in.IssuedAt, err = time.Parse(time.RFC3339, m.GetIssuedAt()); err != nil {
		return nil, marketplace.FieldError("message", "has an unreadable Issued At time")
	}
	if exp := m.GetExpirationTime(); exp != nil {
		if in.ExpiresAt, err = time.Parse(time.RFC3339, *exp); err != nil {
			return nil, marketplace.FieldError("message", "has an unreadable Expiration Time")
		}
	}
	if nb := m.GetNotBefore(); nb != nil {
		t, err := time.Parse(time.RFC3339, *nb)
		if err != nil {
			return nil, marketplace.FieldError("message", "has an unreadable Not Before time")
		}
		if time.Now().Before(t) {
			return nil, marketplace.Errorf(marketplace.EUNAUTHORIZED, "the sign-in message is not valid yet")
		}
	}
	return in, nil
}

// PersonalSign signs message with EIP-191 (what a wallet's personal_sign does), v 27/28.
func PersonalSign(key *ecdsa.PrivateKey, message string) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash([]byte(message)), key)
	if err != nil {
		return nil, fmt.Errorf("token.PersonalSign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
