package token

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/marketplace"
)

// Sizes of the packed records of the RewardToken's grantBatch and revokeBatch (see
// contracts/ConsentRegistry.sol):
//
//	grant:  participant 20 | expiry 5 | scope index 1 | deadline 5 | nonce 4 | r 32 | yParityAndS 32
//	revoke: participant 20 | deadline 5 | nonce 4 | r 32 | yParityAndS 32
const (
	GrantRecordSize  = 99
	RevokeRecordSize = 93
	// GrantEventSize is the size of one consent in a ConsentsGranted event:
	// participant 20 | expiry 5 | scope index 1.
	GrantEventSize = 26
	// maxUint40 bounds expiries and deadlines in records (unix seconds: year 36812).
	maxUint40 = 1<<40 - 1
)

// compactSignature converts a 65-byte r||s||v signature (v 27/28 or 0/1) to EIP-2098's 64-byte
// r||yParityAndS. A high s cannot be carried (its top bit is the parity bit) and is refused.
func compactSignature(sig []byte) ([64]byte, error) {
	var out [64]byte
	if len(sig) != 65 {
		return out, errUnauthorized("signature must be 65 bytes (r, s, v)")
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return out, errUnauthorized("signature v must be 27 or 28")
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1halfN) > 0 {
		return out, errUnauthorized("signature s is in the upper half of the curve order (malleable); sign again")
	}
	copy(out[:], sig[:64])
	out[32] |= v << 7
	return out, nil
}

// checkRecordValues checks that a signed action's values fit the packed record's fields.
func checkRecordValues(nonce, deadline uint64) error {
	if nonce > 1<<32-1 {
		return marketplace.FieldError("auth.nonce", "must be below 2^32")
	}
	if deadline > maxUint40 {
		return marketplace.FieldError("auth.deadline", "must be below 2^40")
	}
	return nil
}

// grantRecord packs a signed consent into a grantBatch record whose scope is the batch's
// scopeIndex-th.
func grantRecord(c marketplace.Consent, auth marketplace.Auth, scopeIndex int) ([]byte, error) {
	if err := checkRecordValues(auth.Nonce, auth.Deadline); err != nil {
		return nil, err
	}
	if c.Expiry > maxUint40 {
		return nil, marketplace.FieldError("expiry", "must be below 2^40")
	}
	if scopeIndex < 0 || scopeIndex > 255 {
		return nil, fmt.Errorf("token: scope index %d out of range", scopeIndex)
	}
	sig, err := compactSignature(auth.Signature)
	if err != nil {
		return nil, err
	}
	rec := make([]byte, GrantRecordSize)
	copy(rec[0:20], c.Participant[:])
	putUint40(rec[20:25], c.Expiry)
	rec[25] = byte(scopeIndex)
	putUint40(rec[26:31], auth.Deadline)
	binary.BigEndian.PutUint32(rec[31:35], uint32(auth.Nonce))
	copy(rec[35:], sig[:])
	return rec, nil
}

// revokeRecord packs a signed revocation into a revokeBatch record.
func revokeRecord(participant marketplace.Address, auth marketplace.Auth) ([]byte, error) {
	if err := checkRecordValues(auth.Nonce, auth.Deadline); err != nil {
		return nil, err
	}
	sig, err := compactSignature(auth.Signature)
	if err != nil {
		return nil, err
	}
	rec := make([]byte, RevokeRecordSize)
	copy(rec[0:20], participant[:])
	putUint40(rec[20:25], auth.Deadline)
	binary.BigEndian.PutUint32(rec[25:29], uint32(auth.Nonce))
	copy(rec[29:], sig[:])
	return rec, nil
}

func putUint40(b []byte, v uint64) {
	b[0], b[1], b[2], b[3], b[4] = byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

func uint40(b []byte) uint64 {
	return uint64(b[0])<<32 | uint64(b[1])<<24 | uint64(b[2])<<16 | uint64(b[3])<<8 | uint64(b[4])
}

// GrantedConsent is one consent listed in a ConsentsGranted event.
type GrantedConsent struct {
	Participant marketplace.Address
	Expiry      uint64
	Scope       marketplace.Hash
}

// DecodeGrants decodes the scopes and packed grants of a ConsentsGranted event.
func DecodeGrants(scopes [][32]byte, grants []byte) ([]GrantedConsent, error) {
	if len(grants)%GrantEventSize != 0 {
		return nil, fmt.Errorf("token.DecodeGrants: %d bytes is not a whole number of grants", len(grants))
	}
	out := make([]GrantedConsent, 0, len(grants)/GrantEventSize)
	for off := 0; off < len(grants); off += GrantEventSize {
		g := grants[off : off+GrantEventSize]
		idx := int(g[25])
		if idx >= len(scopes) {
			return nil, fmt.Errorf("token.DecodeGrants: scope index %d of %d", idx, len(scopes))
		}
		var c GrantedConsent
		copy(c.Participant[:], g[:20])
		c.Expiry = uint40(g[20:25])
		c.Scope = scopes[idx]
		out = append(out, c)
	}
	return out, nil
}

// DecodeAddresses splits packed 20-byte addresses (ConsentsRevoked, Paid).
func DecodeAddresses(packed []byte) ([]marketplace.Address, error) {
	if len(packed)%20 != 0 {
		return nil, fmt.Errorf("token.DecodeAddresses: %d bytes is not a whole number of addresses", len(packed))
	}
	out := make([]marketplace.Address, len(packed)/20)
	for i := range out {
		copy(out[i][:], packed[20*i:])
	}
	return out, nil
}

// packAddresses packs addresses for pay.
func packAddresses(as []marketplace.Address) []byte {
	out := make([]byte, 0, 20*len(as))
	for _, a := range as {
		out = append(out, a[:]...)
	}
	return out
}

// recoverCompact returns the signer of a 64-byte compact signature over digest (for tests and
// audits of the packed calldata).
func recoverCompact(digest marketplace.Hash, sig []byte) (marketplace.Address, error) {
	if len(sig) != 64 {
		return marketplace.Address{}, errUnauthorized("compact signature must be 64 bytes")
	}
	full := make([]byte, 65)
	copy(full, sig)
	full[32] &= 0x7f
	full[64] = sig[32] >> 7
	pub, err := crypto.SigToPub(digest[:], full)
	if err != nil {
		return marketplace.Address{}, errUnauthorized("signature does not recover to a public key")
	}
	return FromCommon(crypto.PubkeyToAddress(*pub)), nil
}
