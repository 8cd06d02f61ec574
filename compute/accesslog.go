package compute

import (
	"bytes"
	"context"
	"crypto/cipher"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// The access log. Every computation that reads patients' records is a run with its own id
// (increasing, from the clock); for every patient it read, the vault stores an entry sealed
// under that patient's data key with the run id as additional data: the study, the query
// and its hash (or, for a run that answers several queries at once, the digest of the run's
// query list, kept with the run), and the time. Only the patient's key opens it, so erasing
// the patient shreds their log with the rest of their data.
//
// Entries of one run are written after the scan, in the same write transaction as the
// privacy ledger's charges, packed in chunks of the scan (bucketAccessChunks: key run id ++
// the chunk's first handle; value the sealed entries' length and, in handle order, each
// handle and its sealed entry). A run over a million patients so writes about five hundred
// values of 200 KiB, appended at the end of the bucket. A patient's entry in a run is found
// with one seek and a binary search. The runs bucket lists the run ids with their time and,
// for multi-query runs, their query list. Vaults written before the chunks keep their
// entries in bucketAccess (key run id ++ handle), which is still read and erased.

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

var bucketAccessChunks = []byte("accesschunks") // run id ++ first handle -> packed sealed entries

const (
	accessFormat    = 1 // entry naming one query
	accessFormatRun = 2 // entry naming a multi-query run by the digest of its query list
	runIDLen        = 8
	accessKeyLen    = runIDLen + refLen
	maxRunQueries   = 255
)

// runQuery is one query a run answers.
type runQuery struct {
	ID   string
	Hash marketplace.Hash
}

// logSpec is one run's access-log entry, the same plaintext for every patient it reads.
type logSpec struct {
	runID [runIDLen]byte
	plain []byte
	time  time.Time
	info  []byte // the run's query list, for multi-query runs (stored with the run)
}

// logRow is one patient's sealed entry.
type logRow struct {
	key [accessKeyLen]byte
	val []byte
}

// newLogSpec allocates a run id and encodes the entry of a computation at now that answers
// queries of a study.
func (v *Vault) newLogSpec(studyID uint64, queries []runQuery, now time.Time) (*logSpec, error) {
	if len(queries) == 0 || len(queries) > maxRunQueries {
		return nil, fmt.Errorf("a run answers 1 to %d queries", maxRunQueries)
	}
	id, err := v.nextRun(now)
	if err != nil {
		return nil, err
	}
	l := &logSpec{time: now}
	binary.BigEndian.PutUint64(l.runID[:], id)
	if len(queries) == 1 {
		q := queries[0]
		b := []byte{accessFormat}
		b = binary.BigEndian.AppendUint64(b, studyID)
		b = append(b, q.Hash[:]...)
		b = binary.BigEndian.AppendUint64(b, uint64(now.UnixNano()))
		b = append(b, byte(min(len(q.ID), 255)))
		l.plain = append(b, q.ID[:min(len(q.ID), 255)]...)
		return l, nil
	}
	info := binary.BigEndian.AppendUint64(nil, studyID)
	info = append(info, byte(len(queries)))
	for _, q := range queries {
		info = append(info, byte(min(len(q.ID), 255)))
		info = append(info, q.ID[:min(len(q.ID), 255)]...)
		info = append(info, q.Hash[:]...)
	}
	digest := sha256.Sum256(info)
	b := []byte{accessFormatRun}
	b = binary.BigEndian.AppendUint64(b, studyID)
	b = append(b, digest[:]...)
	l.plain = binary.BigEndian.AppendUint64(b, uint64(now.UnixNano()))
	l.info = info
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

// commitRun stores a run's access-log entries (chunks in handle order, as the scan made them)
// and charges units of epsilon to every patient it read, in one transaction: nothing derived
// from their records leaves the vault before both are durable. It must not be called with a
// read transaction open in the same goroutine (bbolt may need to grow the file).
func (v *Vault) commitRun(l *logSpec, chunks [][]logRow, read []ref, units uint64) error {
	return v.db.Update(func(tx *bolt.Tx) error {
		if err := putLogChunks(tx, l, chunks); err != nil {
			return err
		}
		if units > 0 && len(read) > 0 {
			return chargeUnits(tx, read, units)
		}
		return nil
	})
}

func putLogChunks(tx *bolt.Tx, l *logSpec, chunks [][]logRow) error {
	access, err := tx.CreateBucketIfNotExists(bucketAccessChunks)
	if err != nil {
		return err
	}
	access.FillPercent = 1 // appends only
	n := 0
	size := l.sealedLen()
	for _, rows := range chunks {
		if len(rows) == 0 {
			continue
		}
		val := make([]byte, 2, 2+len(rows)*(refLen+size))
		binary.BigEndian.PutUint16(val, uint16(size))
		for i := range rows {
			if len(rows[i].val) != size {
				return errors.New("access log: entries of one run differ in size")
			}
			val = append(val, rows[i].key[runIDLen:]...)
			val = append(val, rows[i].val...)
		}
		if err := access.Put(bytes.Clone(rows[0].key[:]), val); err != nil {
			return err
		}
		n += len(rows)
	}
	if n == 0 {
		return nil
	}
	run := binary.BigEndian.AppendUint64(nil, uint64(l.time.Unix()))
	return tx.Bucket(bucketRuns).Put(l.runID[:], append(run, l.info...))
}

// chunkEntry finds patient r's entry of run in the chunks: the chunk's key and value and the
// entry's offset in it, or nil.
func chunkEntry(b *bolt.Bucket, run []byte, r ref) (key, val []byte, off int) {
	if b == nil {
		return nil, nil, 0
	}
	var want [accessKeyLen]byte
	copy(want[:], run)
	copy(want[runIDLen:], r[:])
	c := b.Cursor()
	k, v := c.Seek(want[:])
	if k == nil || !bytes.Equal(k, want[:]) {
		if k == nil {
			k, v = c.Last()
		} else {
			k, v = c.Prev()
		}
	}
	if k == nil || !bytes.Equal(k[:runIDLen], run) || len(v) < 2 {
		return nil, nil, 0
	}
	size := refLen + int(binary.BigEndian.Uint16(v))
	n := (len(v) - 2) / size
	i := sort.Search(n, func(i int) bool { return bytes.Compare(v[2+i*size:2+i*size+refLen], r[:]) >= 0 })
	if i < n && bytes.Equal(v[2+i*size:2+i*size+refLen], r[:]) {
		return k, v, 2 + i*size
	}
	return nil, nil, 0
}

// deleteAccessLog deletes a patient's entries from every run.
func deleteAccessLog(tx *bolt.Tx, r ref) error {
	access := tx.Bucket(bucketAccess)
	chunks := tx.Bucket(bucketAccessChunks)
	var key [accessKeyLen]byte
	copy(key[runIDLen:], r[:])
	c := tx.Bucket(bucketRuns).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		copy(key[:runIDLen], k)
		if access.Get(key[:]) != nil {
			if err := access.Delete(bytes.Clone(key[:])); err != nil {
				return err
			}
		}
		ck, cv, off := chunkEntry(chunks, k, r)
		if ck == nil {
			continue
		}
		size := refLen + int(binary.BigEndian.Uint16(cv))
		rest := append(bytes.Clone(cv[:off]), cv[off+size:]...)
		ck = bytes.Clone(ck)
		if err := chunks.Delete(ck); err != nil {
			return err
		}
		if len(rest) > 2 {
			nk := append(bytes.Clone(ck[:runIDLen]), rest[2:2+refLen]...)
			if err := chunks.Put(nk, rest); err != nil {
				return err
			}
		}
	}
	return nil
}

// AccessLog returns, oldest first, every computation that read the patient's record: the
// study, the query, its hash and the time (a run that answered several queries at once gives
// an entry for each). Entries open only under the patient's own data key; it is for the
// patient's own view (and an erased patient's log is gone: ENOTFOUND).
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
		chunks := tx.Bucket(bucketAccessChunks)
		var key [accessKeyLen]byte
		copy(key[runIDLen:], r[:])
		c := tx.Bucket(bucketRuns).Cursor()
		for k, run := c.First(); k != nil; k, run = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			copy(key[:runIDLen], k)
			s := access.Get(key[:])
			if s == nil {
				if _, cv, off := chunkEntry(chunks, k, r); cv != nil {
					size := int(binary.BigEndian.Uint16(cv))
					s = cv[off+refLen : off+refLen+size]
				}
			}
			if s == nil {
				continue
			}
			plain, err := openValue(sc, a, nil, bucketAccess, r, s, k...)
			if err != nil {
				return err
			}
			es, err := decodeAccess(plain, run)
			if err != nil {
				return err
			}
			out = append(out, es...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("compute.Vault.AccessLog: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time.Before(out[j].Time) })
	return out, nil
}

// decodeAccess decodes an entry; run is the run's record (time and, for multi-query runs,
// the query list the entry's digest names).
func decodeAccess(b, run []byte) ([]AccessEntry, error) {
	if len(b) < 1+8+32+8 {
		return nil, errBadRecord
	}
	var e AccessEntry
	e.StudyID = binary.BigEndian.Uint64(b[1:])
	copy(e.QueryHash[:], b[9:41])
	e.Time = time.Unix(0, int64(binary.BigEndian.Uint64(b[41:]))).UTC()
	switch b[0] {
	case accessFormat:
		if len(b) < 50 || len(b) != 50+int(b[49]) {
			return nil, errBadRecord
		}
		e.QueryID = string(b[50:])
		return []AccessEntry{e}, nil
	case accessFormatRun:
		if len(b) != 49 || len(run) < 8 {
			return nil, errBadRecord
		}
		info := run[8:]
		if sha256.Sum256(info) != e.QueryHash || len(info) < 9 || binary.BigEndian.Uint64(info) != e.StudyID {
			return nil, errBadRecord
		}
		n := int(info[8])
		rest := info[9:]
		out := make([]AccessEntry, 0, n)
		for i := 0; i < n; i++ {
			if len(rest) < 1 || len(rest) < 1+int(rest[0])+32 {
				return nil, errBadRecord
			}
			l := int(rest[0])
			q := e
			q.QueryID = string(rest[1 : 1+l])
			copy(q.QueryHash[:], rest[1+l:1+l+32])
			out = append(out, q)
			rest = rest[1+l+32:]
		}
		if len(rest) != 0 {
			return nil, errBadRecord
		}
		return out, nil
	}
	return nil, errBadRecord
}
