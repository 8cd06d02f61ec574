package compute

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/medmarket/medmarket/marketplace"
)

// Buckets of a vault file.
var (
	bucketMeta    = []byte("meta")       // format, KEK check value, patient count
	bucketKeys    = []byte("keys")       // patient handle -> wrapped data key
	bucketRecords = []byte("records")    // patient handle -> sealed record
	bucketEnrol   = []byte("enrolments") // study id -> bucket of 'r'+handle -> address, 'a'+address -> handle
)

// Keys of the meta bucket.
var (
	metaFormat   = []byte("format")
	metaKEKCheck = []byte("kek-check")
	metaPatients = []byte("patients")
)

const (
	vaultFormat = 1
	// openTimeout bounds how long opening a store waits for another process's file lock.
	openTimeout = 2 * time.Second
	// maxBatch bounds how many patients one write transaction stores.
	maxBatch = 5000
)

// Vault is an embedded, durable store of patient records (a bbolt file) that answers
// consented, pre-registered queries with differentially private aggregates. Each record is
// sealed with AES-256-GCM under its own data key, which is stored wrapped by the vault's
// key-encryption key. A Vault is safe for concurrent use.
type Vault struct {
	db       *bolt.DB
	seal     *sealer
	consents marketplace.ConsentChecker
}

var _ marketplace.Vault = (*Vault)(nil)

// OpenVault opens the vault file at path, creating it (and its directory) if needed. kek is
// the vault's 32-byte key-encryption key, supplied by the operator's configuration; a vault
// created with one key refuses to open with another (ErrWrongKEK). consents is the chain view
// the vault re-checks consents against when answering; it may be nil for operator tools that
// only store and list records, in which case Answer refuses to run.
func OpenVault(path string, kek []byte, consents marketplace.ConsentChecker) (*Vault, error) {
	s, err := newSealer(kek)
	if err != nil {
		return nil, fmt.Errorf("compute.OpenVault: %w", err)
	}
	db, err := openBolt(path)
	if err != nil {
		return nil, fmt.Errorf("compute.OpenVault: %w", err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketMeta, bucketKeys, bucketRecords, bucketEnrol} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if f := meta.Get(metaFormat); f != nil && (len(f) != 1 || f[0] != vaultFormat) {
			return errors.New("unsupported vault format")
		}
		if check := meta.Get(metaKEKCheck); check != nil {
			return s.verifyKEKCheck(check)
		}
		if k, _ := tx.Bucket(bucketRecords).Cursor().First(); k != nil {
			return errors.New("the vault holds records but no key check value")
		}
		check, err := s.kekCheck()
		if err != nil {
			return err
		}
		if err := meta.Put(metaKEKCheck, check); err != nil {
			return err
		}
		if err := meta.Put(metaFormat, []byte{vaultFormat}); err != nil {
			return err
		}
		return meta.Put(metaPatients, binary.BigEndian.AppendUint64(nil, 0))
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("compute.OpenVault: %w", err)
	}
	return &Vault{db: db, seal: s, consents: consents}, nil
}

// openBolt opens a bbolt file, creating its directory, and names a lock timeout plainly.
func openBolt(path string) (*bolt.DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: openTimeout})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("%s is locked by another process: %w", path, err)
	}
	return db, err
}

// Close closes the vault file.
func (v *Vault) Close() error {
	if err := v.db.Close(); err != nil {
		return fmt.Errorf("compute.Vault.Close: %w", err)
	}
	return nil
}

// AddPatients stores new patient records and returns the handle issued to each, in order.
// Each patient's Ref must be empty: the vault issues handles itself, from crypto/rand.
func (v *Vault) AddPatients(ctx context.Context, ps []Patient) ([]string, error) {
	batch := make([]Patient, len(ps))
	refs := make([]string, len(ps))
	for i := range ps {
		if ps[i].Ref != "" {
			return nil, marketplace.FieldError(fmt.Sprintf("patients[%d].ref", i), "is issued by the vault and must be empty")
		}
		var r ref
		if _, err := rand.Read(r[:]); err != nil {
			return nil, fmt.Errorf("compute.Vault.AddPatients: %w", err)
		}
		batch[i] = ps[i]
		batch[i].Ref = r.String()
		refs[i] = batch[i].Ref
	}
	if err := v.putPatients(ctx, batch); err != nil {
		return nil, fmt.Errorf("compute.Vault.AddPatients: %w", err)
	}
	return refs, nil
}

// putPatients stores patients under the handles they carry, maxBatch per transaction. A
// handle that is already taken fails its batch with ECONFLICT.
func (v *Vault) putPatients(ctx context.Context, ps []Patient) error {
	type sealedRec struct {
		r               ref
		wrapped, record []byte
	}
	for start := 0; start < len(ps); start += maxBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		chunk := ps[start:min(start+maxBatch, len(ps))]
		recs := make([]sealedRec, len(chunk))
		var plain []byte
		for i := range chunk {
			p := chunk[i]
			p.Conditions = slices.Clone(p.Conditions)
			if err := p.normalize(); err != nil {
				var e *marketplace.Error
				if errors.As(err, &e) && e.Field != "" {
					e.Field = fmt.Sprintf("patients[%d].%s", start+i, e.Field)
				}
				return err
			}
			r, ok := parseRef(p.Ref)
			if !ok {
				return marketplace.FieldError(fmt.Sprintf("patients[%d].ref", start+i), "must be 32 hex digits")
			}
			plain = appendRecord(plain[:0], &p)
			w, s, err := v.seal.seal(r, plain)
			if err != nil {
				return err
			}
			recs[i] = sealedRec{r, w, s}
		}
		clear(plain)
		// Keys in order fill bbolt's pages densely.
		slices.SortFunc(recs, func(a, b sealedRec) int { return bytes.Compare(a.r[:], b.r[:]) })
		err := v.db.Update(func(tx *bolt.Tx) error {
			keys, records := tx.Bucket(bucketKeys), tx.Bucket(bucketRecords)
			for i := range recs {
				r := &recs[i]
				if records.Get(r.r[:]) != nil || keys.Get(r.r[:]) != nil {
					return marketplace.Errorf(marketplace.ECONFLICT, "a patient handle is already taken")
				}
				if i > 0 && recs[i-1].r == r.r {
					return marketplace.Errorf(marketplace.ECONFLICT, "a patient handle is given twice")
				}
				if err := keys.Put(r.r[:], r.wrapped); err != nil {
					return err
				}
				if err := records.Put(r.r[:], r.record); err != nil {
					return err
				}
			}
			return addCount(tx, int64(len(recs)))
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// addCount adjusts the stored patient count by d.
func addCount(tx *bolt.Tx, d int64) error {
	meta := tx.Bucket(bucketMeta)
	var n uint64
	if b := meta.Get(metaPatients); len(b) == 8 {
		n = binary.BigEndian.Uint64(b)
	}
	return meta.Put(metaPatients, binary.BigEndian.AppendUint64(nil, uint64(int64(n)+d)))
}

// Patient returns the decrypted record of one patient: ENOTFOUND when there is none, and an
// error wrapping ErrRecordAuth when the stored record does not authenticate. It is for the
// patient's own view and the operator's tools; never return it to anyone else.
func (v *Vault) Patient(ctx context.Context, patientRef string) (*Patient, error) {
	r, ok := parseRef(patientRef)
	if !ok {
		return nil, marketplace.FieldError("patientRef", "must be 32 hex digits")
	}
	p := &Patient{Ref: r.String()}
	err := v.db.View(func(tx *bolt.Tx) error {
		w, s := tx.Bucket(bucketKeys).Get(r[:]), tx.Bucket(bucketRecords).Get(r[:])
		if w == nil || s == nil {
			return marketplace.Errorf(marketplace.ENOTFOUND, "no such patient")
		}
		plain, err := v.seal.open(nil, nil, r, w, s)
		if err != nil {
			return err
		}
		defer clear(plain)
		return decodeRecord(plain, p)
	})
	if err != nil {
		return nil, fmt.Errorf("compute.Vault.Patient: %w", err)
	}
	return p, nil
}

// PatientRefs lists up to n patient handles in the vault's (random) key order.
func (v *Vault) PatientRefs(ctx context.Context, n int) ([]string, error) {
	if n < 0 {
		return nil, marketplace.FieldError("n", "must not be negative")
	}
	refs := make([]string, 0, min(n, 1024))
	err := v.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRecords).Cursor()
		for k, _ := c.First(); k != nil && len(refs) < n; k, _ = c.Next() {
			var r ref
			copy(r[:], k)
			refs = append(refs, r.String())
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("compute.Vault.PatientRefs: %w", err)
	}
	return refs, nil
}

// PatientCount returns how many patients the vault holds.
func (v *Vault) PatientCount(ctx context.Context) (int, error) {
	var n uint64
	err := v.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketMeta).Get(metaPatients); len(b) == 8 {
			n = binary.BigEndian.Uint64(b)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("compute.Vault.PatientCount: %w", err)
	}
	return int(n), nil
}

// studyKey is the enrolment bucket name of a study.
func studyKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

// Enrolment key prefixes inside a study's bucket.
const (
	enrolByRef  = 'r'
	enrolByAddr = 'a'
)

// Enroll links a patient's pseudonymous address for a study to their record. Enrolling the
// same pair again is a no-op; another address for the same patient and study, or an address
// already linked to another patient of the study, is ECONFLICT; an unknown handle is
// ENOTFOUND.
func (v *Vault) Enroll(ctx context.Context, patientRef string, studyID uint64, participant marketplace.Address) error {
	r, ok := parseRef(patientRef)
	if !ok {
		return marketplace.FieldError("patientRef", "must be the 32-hex-digit handle the vault issued")
	}
	if studyID == 0 {
		return marketplace.FieldError("studyId", "must be a registered study id")
	}
	if participant.IsZero() {
		return marketplace.FieldError("participant", "must not be the zero address")
	}
	if err := v.enroll(studyID, []enrolment{{r, participant}}); err != nil {
		return fmt.Errorf("compute.Vault.Enroll: %w", err)
	}
	return nil
}

// enroll links patients to a study in one transaction, by the rules of Enroll.
func (v *Vault) enroll(studyID uint64, es []enrolment) error {
	return v.db.Update(func(tx *bolt.Tx) error {
		keys, records := tx.Bucket(bucketKeys), tx.Bucket(bucketRecords)
		sb, err := tx.Bucket(bucketEnrol).CreateBucketIfNotExists(studyKey(studyID))
		if err != nil {
			return err
		}
		var byRef [1 + refLen]byte
		var byAddr [1 + len(marketplace.Address{})]byte
		byRef[0], byAddr[0] = enrolByRef, enrolByAddr
		for _, e := range es {
			copy(byRef[1:], e.r[:])
			copy(byAddr[1:], e.addr[:])
			if records.Get(e.r[:]) == nil || keys.Get(e.r[:]) == nil {
				return marketplace.Errorf(marketplace.ENOTFOUND, "no such patient")
			}
			if a := sb.Get(byRef[:]); a != nil {
				if bytes.Equal(a, e.addr[:]) {
					continue
				}
				return marketplace.Errorf(marketplace.ECONFLICT, "the patient is already enrolled in this study with another address")
			}
			if sb.Get(byAddr[:]) != nil {
				return marketplace.Errorf(marketplace.ECONFLICT, "the address is already enrolled in this study")
			}
			// bbolt keeps the key and value slices until commit: give it copies.
			if err := sb.Put(bytes.Clone(byRef[:]), bytes.Clone(e.addr[:])); err != nil {
				return err
			}
			if err := sb.Put(bytes.Clone(byAddr[:]), bytes.Clone(e.r[:])); err != nil {
				return err
			}
		}
		return nil
	})
}

// enrolment is one patient's link to a study.
type enrolment struct {
	r    ref
	addr marketplace.Address
}

// enrolled lists a study's enrolments in handle order.
func (v *Vault) enrolled(studyID uint64) ([]enrolment, error) {
	var out []enrolment
	err := v.db.View(func(tx *bolt.Tx) error {
		sb := tx.Bucket(bucketEnrol).Bucket(studyKey(studyID))
		if sb == nil {
			return nil
		}
		c := sb.Cursor()
		for k, a := c.Seek([]byte{enrolByRef}); k != nil && k[0] == enrolByRef; k, a = c.Next() {
			if len(k) != 1+refLen || len(a) != len(marketplace.Address{}) {
				return errors.New("malformed enrolment")
			}
			var e enrolment
			copy(e.r[:], k[1:])
			copy(e.addr[:], a)
			out = append(out, e)
		}
		return nil
	})
	return out, err
}
