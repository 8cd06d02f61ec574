package compute

import (
	"context"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// Erase erases a patient by destroying their data key (crypto-shredding). In one transaction
// it deletes the wrapped key and, with it, every value sealed under the key: the hot record,
// the detail section (daily summaries, original bundle) and the patient's access log and
// privacy-ledger entry; it also
// deletes the patient's enrolments and their identifier and bundle index entries, so that
// nothing links the vault to them any more. Copies of any of those values (backups, stale
// file pages) stay unreadable without the key. Computations that start after Erase returns
// exclude the patient; releases already made are unchanged (they never held records).
//
// bbolt never overwrites pages in place, so the page that held the wrapped key is released to
// the file's free list with its old bytes. Erase then zeroes every free page of the file
// (when no read transaction is open that could still use one; otherwise the next Erase or
// ScrubFreePages does), so the key does not survive in the file either. Blocks that the
// filesystem or the disk itself retired are beyond a process's reach.
//
// An unknown handle, or one already erased, is ENOTFOUND.
func (v *Vault) Erase(ctx context.Context, patientRef string) error {
	r, ok := parseRef(patientRef)
	if !ok {
		return marketplace.FieldError("patientRef", "must be the 32-hex-digit handle the vault issued")
	}
	err := v.db.Update(func(tx *bolt.Tx) error {
		b := openBuckets(tx)
		k := r[:]
		if b.keys.Get(k) == nil && b.records.Get(k) == nil {
			return marketplace.Errorf(marketplace.ENOTFOUND, "no such patient")
		}
		// The key first: from here on nothing of the patient's can be read.
		for _, bk := range []*bolt.Bucket{b.keys, b.records, b.details} {
			if err := bk.Delete(k); err != nil {
				return err
			}
		}
		if idx := b.index.Get(k); idx != nil {
			idx = append([]byte(nil), idx...)
			for ; len(idx) >= indexEntryLen; idx = idx[indexEntryLen:] {
				target := b.identities
				if idx[0] == indexImport {
					target = b.imports
				}
				if err := target.Delete(idx[1:indexEntryLen]); err != nil {
					return err
				}
			}
			if err := b.index.Delete(k); err != nil {
				return err
			}
		}
		if err := unenrol(tx, r); err != nil {
			return err
		}
		if err := deleteAccessLog(tx, r); err != nil {
			return err
		}
		if err := forgetSpent(tx, r); err != nil {
			return err
		}
		return addCount(tx, -1)
	})
	if err != nil {
		return fmt.Errorf("compute.Vault.Erase: %w", err)
	}
	v.keys.remove(r)
	if !v.opts.NoScrub {
		if _, err := v.ScrubFreePages(ctx); err != nil {
			return fmt.Errorf("compute.Vault.Erase: the patient is erased, but zeroing free pages failed: %w", err)
		}
	}
	return nil
}

// unenrol removes a patient's enrolments from every study.
func unenrol(tx *bolt.Tx, r ref) error {
	var studies [][]byte
	err := tx.Bucket(bucketEnrol).ForEach(func(k, v []byte) error {
		if v == nil {
			studies = append(studies, append([]byte(nil), k...))
		}
		return nil
	})
	if err != nil {
		return err
	}
	byRef := append([]byte{enrolByRef}, r[:]...)
	for _, s := range studies {
		sb := tx.Bucket(bucketEnrol).Bucket(s)
		a := sb.Get(byRef)
		if a == nil {
			continue
		}
		byAddr := append([]byte{enrolByAddr}, a...)
		if err := sb.Delete(byRef); err != nil {
			return err
		}
		if err := sb.Delete(byAddr); err != nil {
			return err
		}
	}
	return nil
}

// ScrubFreePages overwrites every free page of the vault file with zeroes, so that values a
// transaction replaced or deleted (an erased patient's wrapped key above all) do not linger in
// the file. It runs inside a write transaction, which keeps writers out, and only when no read
// transaction is open that could still be reading a page freed since it began; it reports
// whether it ran.
func (v *Vault) ScrubFreePages(ctx context.Context) (bool, error) {
	tx, err := v.db.Begin(true)
	if err != nil {
		return false, fmt.Errorf("compute.Vault.ScrubFreePages: %w", err)
	}
	defer tx.Rollback()
	if v.db.Stats().OpenTxN > 0 {
		return false, nil
	}
	f, err := os.OpenFile(v.db.Path(), os.O_WRONLY, 0)
	if err != nil {
		return false, fmt.Errorf("compute.Vault.ScrubFreePages: %w", err)
	}
	defer f.Close()
	size := v.db.Info().PageSize
	zero := make([]byte, size)
	for id := 2; ; id++ {
		info, err := tx.Page(id)
		if err != nil {
			return false, fmt.Errorf("compute.Vault.ScrubFreePages: %w", err)
		}
		if info == nil {
			break // past the high-water mark
		}
		if info.Type != "free" {
			continue
		}
		if _, err := f.WriteAt(zero, int64(id)*int64(size)); err != nil {
			return false, fmt.Errorf("compute.Vault.ScrubFreePages: %w", err)
		}
	}
	if err := f.Sync(); err != nil {
		return false, fmt.Errorf("compute.Vault.ScrubFreePages: %w", err)
	}
	return true, nil
}
