package compute

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/compute/he"
)

// The persistent decryption ledger of a key holder (he.Ledger): every ciphertext digest and
// request id it released a decryption share for, so that a second request for either is
// refused across restarts. A vault keeps it in its own file (bucketDecryptions); the ethics
// board's ledger is a bbolt file of its own (OpenDecryptionLedger).

var bucketDecryptions = []byte("he-decryptions") // 'c'+party+0+digest / 'r'+party+0+request id -> record time

// DecryptionLedger is an he.Ledger in a bbolt file. Claim commits (fsync) before it returns.
type DecryptionLedger struct {
	db    *bolt.DB
	owned bool
}

var _ he.Ledger = (*DecryptionLedger)(nil)

// OpenDecryptionLedger opens (or creates) a decryption ledger in its own file.
func OpenDecryptionLedger(path string) (*DecryptionLedger, error) {
	db, err := openBolt(path)
	if err != nil {
		return nil, fmt.Errorf("compute.OpenDecryptionLedger: %w", err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketDecryptions)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("compute.OpenDecryptionLedger: %w", err)
	}
	return &DecryptionLedger{db: db, owned: true}, nil
}

// DecryptionLedger returns the ledger kept in the vault's own file, for the vault's key share.
func (v *Vault) DecryptionLedger() *DecryptionLedger { return &DecryptionLedger{db: v.db} }

// Close closes a ledger opened with OpenDecryptionLedger (a vault's closes with the vault).
func (l *DecryptionLedger) Close() error {
	if !l.owned {
		return nil
	}
	return l.db.Close()
}

// Claim implements he.Ledger: it refuses a ciphertext digest or request id this party
// recorded before, and records both durably otherwise.
func (l *DecryptionLedger) Claim(ctx context.Context, rec he.DecryptionRecord) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ck := append(append([]byte{'c'}, rec.Party...), 0)
	ck = append(ck, rec.Ciphertext[:]...)
	rk := append(append([]byte{'r'}, rec.Party...), 0)
	rk = append(rk, rec.Request...)
	return l.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDecryptions)
		if prev := b.Get(ck); prev != nil {
			return fmt.Errorf("compute: ciphertext %s already decrypted by %s at %s: %w",
				hex.EncodeToString(rec.Ciphertext[:8]), rec.Party, when(prev), he.ErrAlreadyDecrypted)
		}
		if prev := b.Get(rk); prev != nil {
			return fmt.Errorf("compute: request %q already decrypted by %s at %s: %w", rec.Request, rec.Party, when(prev), he.ErrAlreadyDecrypted)
		}
		at := binary.BigEndian.AppendUint64(nil, uint64(rec.At.UnixNano()))
		if err := b.Put(ck, at); err != nil {
			return err
		}
		return b.Put(rk, at)
	})
}

func when(b []byte) string {
	if len(b) != 8 {
		return "an unknown time"
	}
	return time.Unix(0, int64(binary.BigEndian.Uint64(b))).UTC().Format(time.RFC3339)
}
