package compute

import (
	"context"
	"crypto/cipher"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// The access log. Every computation that reads patients' records is a run with its own id
// (increasing, from the clock); for every patient it read, the vault stores an entry under
// key run id ++ handle, sealed under that patient's data key with the run id as additional
// data: the study, the query and its hash, and the time. Only the patient's key opens it, so
// erasing the patient shreds their log with the rest of their data. Entries of one run are
// written in handle order after the scan, one write transaction per computation, and are
// appended at the end of the bucket, so a run over a million patients writes about a
// hundred megabytes sequentially instead of rewriting the bucket. The runs bucket lists the
// run ids, so that a patient's entries are found with one lookup per run.

// AccessEntry is one computation that read a patient's record.
type AccessEntry struct {
	StudyID   uint64
	QueryID   string
	QueryHash marketplace.Hash
	Time      time.Time
}

// MarshalJSON writes the entry with its query hash in hex, as the chain shows it.
func (e AccessEntry) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		StudyID   uint64    `json:"studyId"`
		QueryID   string    `json:"query"`
		QueryHash string    `json:"queryHash"`
		Time      time.Time `json:"time"`
	}{e.StudyID, e.QueryID, e.QueryHash.Hex(), e.Time})
}

const (
	accessFormat = 1
	runIDLen     = 8
	accessKeyLen = runIDLen + refLen
)

// logSpec is one run's access-log entry, the same plaintext for every patient it reads.
type logSpec struct {
	runID [runIDLen]byte
	plain []byte
	time  time.Time
}

// logRow is one patient's sealed entry.
type logRow struct {
	key [accessKeyLen]byte
	val []byte
}

// newLogSpec allocates a run id and encodes the entry of a computation at now.
func (v *Vault) newLogSpec(studyID uint64, queryID string, qh marketplace.Hash, now time.Time) (*logSpec, error) {
	id, err := v.nextRun(now)
	if err != nil {
		return nil, err
	}
	l := &logSpec{time: now}
	binary.BigEndian.PutUint64(l.runID[:], id)
	b := []byte{accessFormat}
	b = binary.BigEndian.AppendUint64(b, studyID)
	b = append(b, qh[:]...)
	b = binary.BigEndian.AppendUint64(b, uint64(now.UnixNano()))
	b = append(b, byte(min(len(queryID), 255)))
	b = append(b, queryID[:min(len(queryID), 255)]...)
	l.plain = b
	return l, nil
}

// nextRun returns a new run id: the clock in nanoseconds, or one past the last id when the
// clock is behind it. An id whose run never wrote its entries may be handed out again after a
// restart, which is harmless: nothing sealed with it was kept.
func (v *Vault) nextRun(now time.Time) (uint64, error) {
	v.logMu.Lock()
	defer v.logMu.Unlock()
	if !v.runsLoaded {
		err := v.db.View(func(tx *bolt.Tx) error {
			if k, _ := tx.Bucket(bucketRuns).Cursor().Last(); len(k) == runIDLen {
				v.lastRun = binary.BigEndian.Uint64(k)
			}
			return nil
		})
		if err != nil {
			return 0, err
		}
		v.runsLoaded = true
	}
	v.lastRun = max(v.lastRun+1, uint64(now.UnixNano()))
	return v.lastRun, nil
}

// seal seals the entry for patient r under their key a, appending the sealed bytes to arena
// (which must have room, so that earlier rows' values stay put).
func (l *logSpec) seal(sc *scratch, a cipher.AEAD, r ref, arena []byte) (logRow, []byte, error) {
	var row logRow
	copy(row.key[:runIDLen], l.runID[:])
	copy(row.key[runIDLen:], r[:])
	start := len(arena)
	arena, err := sealValue(sc, a, arena, bucketAccess, r, l.plain, l.runID[:]...)
	if err != nil {
		return row, arena, err
	}
	row.val = arena[start:len(arena):len(arena)]
	return row, arena, nil
}

// sealedLen is the size of one sealed entry.
func (l *logSpec) sealedLen() int { return len(l.plain) + envelopeOverhead }

// writeLog stores a run's entries, chunks in order, in one transaction. It must not be called
// with a read transaction open in the same goroutine (bbolt may need to grow the file).
func (v *Vault) writeLog(l *logSpec, chunks [][]logRow) error {
	return v.db.Update(func(tx *bolt.Tx) error {
		access := tx.Bucket(bucketAccess)
		access.FillPercent = 1 // appends only
		n := 0
		for _, rows := range chunks {
			for i := range rows {
				if err := access.Put(rows[i].key[:], rows[i].val); err != nil {
					return err
				}
				n++
			}
		}
		if n == 0 {
			return nil
		}
		return tx.Bucket(bucketRuns).Put(l.runID[:], binary.BigEndian.AppendUint64(nil, uint64(l.time.Unix())))
	})
}

// deleteAccessLog deletes a patient's entries from every run.
func deleteAccessLog(tx *bolt.Tx, r ref) error {
	access := tx.Bucket(bucketAccess)
	var key [accessKeyLen]byte
	copy(key[runIDLen:], r[:])
	c := tx.Bucket(bucketRuns).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		copy(key[:runIDLen], k)
		if access.Get(key[:]) != nil {
			if err := access.Delete(append([]byte(nil), key[:]...)); err != nil {
				return err
			}
		}
	}
	return nil
}

// AccessLog returns, oldest first, every computation that read the patient's record: the
// study, the query, its hash and the time. Entries open only under the patient's own data key;
// it is for the patient's own view (and an erased patient's log is gone: ENOTFOUND).
func (v *Vault) AccessLog(ctx context.Context, patientRef string) ([]AccessEntry, error) {
	r, ok := parseRef(patientRef)
	if !ok {
		return nil, marketplace.FieldError("patientRef", "must be the 32-hex-digit handle the vault issued")
	}
	out := []AccessEntry{}
	err := v.db.View(func(tx *bolt.Tx) error {
		sc := new(scratch)
		if tx.Bucket(bucketRecords).Get(r[:]) == nil {
			return marketplace.Errorf(marketplace.ENOTFOUND, "no such patient")
		}
		a, err := v.patientKey(tx, sc, r)
		if err != nil {
			return err
		}
		if a == nil {
			return marketplace.Errorf(marketplace.ENOTFOUND, "no such patient")
		}
		access := tx.Bucket(bucketAccess)
		var key [accessKeyLen]byte
		copy(key[runIDLen:], r[:])
		c := tx.Bucket(bucketRuns).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			copy(key[:runIDLen], k)
			s := access.Get(key[:])
			if s == nil {
				continue
			}
			plain, err := openValue(sc, a, nil, bucketAccess, r, s, k...)
			if err != nil {
				return err
			}
			e, err := decodeAccess(plain)
			if err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("compute.Vault.AccessLog: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time.Before(out[j].Time) })
	return out, nil
}

func decodeAccess(b []byte) (AccessEntry, error) {
	var e AccessEntry
	if len(b) < 1+8+32+8+1 || b[0] != accessFormat {
		return e, errBadRecord
	}
	e.StudyID = binary.BigEndian.Uint64(b[1:])
	copy(e.QueryHash[:], b[9:41])
	e.Time = time.Unix(0, int64(binary.BigEndian.Uint64(b[41:]))).UTC()
	n := int(b[49])
	if len(b) != 50+n {
		return e, errBadRecord
	}
	e.QueryID = string(b[50:])
	return e, nil
}
