package he

import (
	"context"
	"encoding/hex"
	"fmt"
	"sync"
	"time"
)

// DecryptionRecord is what a key-share holder keeps about each decryption it took part in.
type DecryptionRecord struct {
	Party      PartyID
	Ciphertext [32]byte // SHA-256 of the ciphertext's encoding
	Request    string   // the request id (job or query id)
	At         time.Time
}

// Ledger records decryptions a party helped with. Claim must atomically check that neither
// the ciphertext digest nor the request id was recorded before for this party, and record
// both; it returns an error wrapping ErrAlreadyDecrypted if either was. A persistent
// implementation (e.g. a bbolt bucket in the vault) must make the record durable before
// returning nil: the share is released only after Claim succeeds.
type Ledger interface {
	Claim(ctx context.Context, rec DecryptionRecord) error
}

// MemoryLedger is an in-memory Ledger. It forgets everything on restart; production parties
// use a persistent one.
type MemoryLedger struct {
	mu   sync.Mutex
	cts  map[string]DecryptionRecord
	reqs map[string]DecryptionRecord
}

// NewMemoryLedger returns an empty in-memory ledger.
func NewMemoryLedger() *MemoryLedger {
	return &MemoryLedger{cts: map[string]DecryptionRecord{}, reqs: map[string]DecryptionRecord{}}
}

// Claim implements Ledger.
func (l *MemoryLedger) Claim(ctx context.Context, rec DecryptionRecord) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ck := string(rec.Party) + "\x00" + hex.EncodeToString(rec.Ciphertext[:])
	rk := string(rec.Party) + "\x00" + rec.Request
	l.mu.Lock()
	defer l.mu.Unlock()
	if prev, ok := l.cts[ck]; ok {
		return fmt.Errorf("he: ciphertext %x already decrypted by %s for request %q at %s: %w",
			rec.Ciphertext[:8], rec.Party, prev.Request, prev.At.Format(time.RFC3339), ErrAlreadyDecrypted)
	}
	if prev, ok := l.reqs[rk]; ok {
		return fmt.Errorf("he: request %q already decrypted by %s at %s: %w",
			rec.Request, rec.Party, prev.At.Format(time.RFC3339), ErrAlreadyDecrypted)
	}
	l.cts[ck] = rec
	l.reqs[rk] = rec
	return nil
}

// Records returns the number of decryptions recorded.
func (l *MemoryLedger) Records() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.cts)
}
