package token

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/marketplace"
)

func TestSignInWithEthereum(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	now := time.Now()
	s := &marketplace.Sessions{Verifier: SIWE{}, Store: marketplace.NewMemorySessions(), Domain: "medmarket.test", URI: "https://medmarket.test", ChainID: 1337}
	msg, err := s.Challenge(ctx, AddressOf(key))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg, crypto.PubkeyToAddress(key.PublicKey).Hex()) {
		t.Fatalf("message lacks the EIP-55 address:\n%s", msg)
	}
	// Another key's signature is refused and does not burn the nonce.
	bad, _ := PersonalSign(other, msg)
	if _, err := s.SignIn(ctx, msg, bad); marketplace.ErrorCode(err) != marketplace.EUNAUTHORIZED {
		t.Fatalf("forged sign-in: %v", err)
	}
	sig, _ := PersonalSign(key, msg)
	sess, err := s.SignIn(ctx, msg, sig)
	if err != nil {
		t.Fatal(err)
	}
	if sess.Address != AddressOf(key) || len(sess.Token) != 64 {
		t.Fatalf("session %+v", sess)
	}
	if got, err := s.Session(ctx, sess.Token); err != nil || got.Address != sess.Address {
		t.Fatalf("session lookup: %v %v", got, err)
	}
	// Replaying the same signed message is refused: its nonce was used.
	if _, err := s.SignIn(ctx, msg, sig); marketplace.ErrorCode(err) != marketplace.EUNAUTHORIZED || !strings.Contains(err.Error(), "nonce") {
		t.Fatalf("replayed sign-in: %v", err)
	}
	// A message for another domain, even correctly signed, is refused.
	foreign, _ := SIWE{}.SignInMessage(marketplace.SignIn{Address: AddressOf(key), Domain: "evil.test", URI: "https://evil.test", Nonce: "abcdefgh12345678", ChainID: 1337, IssuedAt: now})
	fs, _ := PersonalSign(key, foreign)
	if _, err := s.SignIn(ctx, foreign, fs); marketplace.ErrorCode(err) != marketplace.EUNAUTHORIZED {
		t.Fatalf("foreign domain: %v", err)
	}
	// An expired challenge is refused.
	s.Now = func() time.Time { return now.Add(-time.Hour) }
	old, _ := s.Challenge(ctx, AddressOf(key))
	s.Now = nil
	os, _ := PersonalSign(key, old)
	if _, err := s.SignIn(ctx, old, os); marketplace.ErrorCode(err) != marketplace.EUNAUTHORIZED || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("expired sign-in: %v", err)
	}
	// Garbage is EINVALID naming the message.
	if _, err := s.SignIn(ctx, "hello", sig); marketplace.ErrorField(err) != "message" {
		t.Fatalf("garbage message: %v", err)
	}
	// Sign-out ends the session; expiry ends it too.
	s.SignOut(ctx, sess.Token)
	if _, err := s.Session(ctx, sess.Token); marketplace.ErrorCode(err) != marketplace.EUNAUTHORIZED {
		t.Fatalf("session after sign-out: %v", err)
	}
}
