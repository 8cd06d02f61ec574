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
// (increasing, from the clock), recorded in the runs bucket with its time, its study and the
// queries it answers (their ids and hashes). For every patient it read, the vault stores an
// entry that authenticates, under that patient's data key, the run id and the digest of the
// run's record: an AES-GCM seal of nothing, 29 bytes, which only the patient's key verifies
// (and erasing the patient shreds). The entry carries no plaintext: what the run was is in
// its record, the same for everyone it read, and which handles a run read was never secret
// from whoever holds the file (the study's enrolments are in it).
//
// Entries of one run are written after the scan, in the same write transaction as the
// privacy ledger's charges, packed in chunks of the scan (bucketAccessChunks: key run id ++
// the chunk's first handle; value the sealed entries' length and, in handle order, each
// handle and its sealed entry). A run over a million patients so writes about five hundred
// values of 90 KiB, appended at the end of the bucket. A patient's entry in a run is found
// with one seek and a binary search. Vaults written before the chunks keep their entries in
// bucketAccess (key run id ++ handle, the entry's plaintext sealed under the run id alone),
// which is still read and erased.

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
	accessFormat  = 1 // a sealed entry naming one query (before run records)
	runFormat     = 2 // a run record: study, time and queries
	runIDLen      = 8
	accessKeyLen  = runIDLen + refLen
	maxRunQueries = 255
)

// runQuery is one query a run answers.
type runQuery struct {
	ID   string
	Hash marketplace.Hash
}

// logSpec is one run: its id, its record and the additional data every entry authenticates.
type logSpec struct {
	runID  [runIDLen]byte
	time   time.Time
	record []byte // [runFormat][study][unix nanoseconds][n][n x (id length, id, hash)]
	ad     []byte // run id ++ SHA-256 of the record
}

// chunkHeader is the size of a chunk value's header: the sealed entries' length.
const chunkHeader = 2

// newLogSpec allocates a run id for a computation at now that answers queries of a study.
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
	rec := []byte{runFormat}
	rec = binary.BigEndian.AppendUint64(rec, studyID)
	rec = binary.BigEndian.AppendUint64(rec, uint64(now.UnixNano()))
	rec = append(rec, byte(len(queries)))
	for _, q := range queries {
		rec = append(rec, byte(min(len(q.ID), 255)))
		rec = append(rec, q.ID[:min(len(q.ID), 255)]...)
		rec = append(rec, q.Hash[:]...)
	}
	l.record = rec
	l.ad = runAD(l.runID[:], rec)
	return l, nil
}

// runAD is the additional data of a run's entries: the run id and its record's digest.
func runAD(runID, record []byte) []byte {
	d := sha256.Sum256(record)
	return append(append(make([]byte, 0, runIDLen+len(d)), runID...), d[:]...)
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

// newChunk returns an empty chunk value with room for n entries.
func (l *logSpec) newChunk(n int) []byte {
	c := make([]byte, chunkHeader, chunkHeader+n*(refLen+l.sealedLen()))
	binary.BigEndian.PutUint16(c, uint16(l.sealedLen()))
	return c
}

// seal appends patient r's handle and entry, sealed under their key a, to a chunk value
// (patients in handle order).
func (l *logSpec) seal(sc *scratch, a cipher.AEAD, r ref, chunk []byte) ([]byte, error) {
	chunk = append(chunk, r[:]...)
	return sealValue(sc, a, chunk, bucketAccess, r, nil, l.ad...)
}

// sealedLen is the size of one sealed entry.
func (l *logSpec) sealedLen() int { return envelopeOverhead }

// commitRun stores a run's access-log entries (chunks in handle order, as the scan made them)
// and charges units of epsilon to every patient it read, in one transaction: nothing derived
// from their records leaves the vault before both are durable. It must not be called with a
// read transaction open in the same goroutine (bbolt may need to grow the file).
func (v *Vault) commitRun(l *logSpec, chunks [][]byte, read []ref, units uint64) error {
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

func putLogChunks(tx *bolt.Tx, l *logSpec, chunks [][]byte) error {
	access, err := tx.CreateBucketIfNotExists(bucketAccessChunks)
	if err != nil {
		return err
	}
	access.FillPercent = 1 // appends only
	n := 0
	for _, c := range chunks {
		if len(c) <= chunkHeader {
			continue
		}
		if (len(c)-chunkHeader)%(refLen+l.sealedLen()) != 0 {
			return errors.New("access log: malformed chunk")
		}
		key := append(append(make([]byte, 0, accessKeyLen), l.runID[:]...), c[chunkHeader:chunkHeader+refLen]...)
		if err := access.Put(key, c); err != nil {
			return err
		}
		n++
	}
	if n == 0 {
		return nil
	}
	run := binary.BigEndian.AppendUint64(nil, uint64(l.time.Unix()))
	return tx.Bucket(bucketRuns).Put(l.runID[:], append(run, l.record...))
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
			if len(run) > runIDLen {
				// A run with a record: the entry authenticates the run id and the record.
				if _, err := openValue(sc, a, nil, bucketAccess, r, s, runAD(k, run[runIDLen:])...); err != nil {
					return err
				}
				es, err := decodeRun(run[runIDLen:])
				if err != nil {
					return err
				}
				out = append(out, es...)
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

// decodeAccess decodes an entry of a run without a record (the entry's plaintext).
func decodeAccess(b []byte) (AccessEntry, error) {
	var e AccessEntry
	if len(b) < 50 || b[0] != accessFormat || len(b) != 50+int(b[49]) {
		return e, errBadRecord
	}
	e.StudyID = binary.BigEndian.Uint64(b[1:])
	copy(e.QueryHash[:], b[9:41])
	e.Time = time.Unix(0, int64(binary.BigEndian.Uint64(b[41:]))).UTC()
	e.QueryID = string(b[50:])
	return e, nil
}

// decodeRun decodes a run record into an entry per query it answered.
func decodeRun(rec []byte) ([]AccessEntry, error) {
	if len(rec) < 18 || rec[0] != runFormat {
		return nil, errBadRecord
	}
	study := binary.BigEndian.Uint64(rec[1:])
	at := time.Unix(0, int64(binary.BigEndian.Uint64(rec[9:]))).UTC()
	n := int(rec[17])
	rest := rec[18:]
	out := make([]AccessEntry, 0, n)
	for i := 0; i < n; i++ {
		if len(rest) < 1 || len(rest) < 1+int(rest[0])+32 {
			return nil, errBadRecord
		}
		l := int(rest[0])
		e := AccessEntry{StudyID: study, QueryID: string(rest[1 : 1+l]), Time: at}
		copy(e.QueryHash[:], rest[1+l:1+l+32])
		out = append(out, e)
		rest = rest[1+l+32:]
	}
	if len(rest) != 0 {
		return nil, errBadRecord
	}
	return out, nil
}
