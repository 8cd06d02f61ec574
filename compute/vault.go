package compute

import (
	"bytes"
	"context"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/medmarket/medmarket/marketplace"
)

// Buckets of a vault file. Every value derived from a patient's data is sealed under that
// patient's data key; the keys of the identity and import indexes are keyed hashes.
var (
	bucketMeta       = []byte("meta")       // format, KEK check value, patient count
	bucketKeys       = []byte("keys")       // handle -> wrapped data key
	bucketRecords    = []byte("records")    // handle -> sealed hot record (what scans read)
	bucketDetails    = []byte("details")    // handle -> sealed detail section (daily summaries, original bundle)
	bucketEnrol      = []byte("enrolments") // study id -> bucket of 'r'+handle -> address, 'a'+address -> handle
	bucketIdentities = []byte("identities") // HMAC(patient identifier) -> handle
	bucketImports    = []byte("imports")    // HMAC(bundle digest) -> handle
	bucketIndex      = []byte("index")      // handle -> its identity and import index keys, for erasure
	bucketRuns       = []byte("runs")       // run id -> run time (unix seconds) [and query list], of logged computations
	bucketAccess     = []byte("access")     // run id ++ handle -> access-log entry sealed under the patient's key (before chunks)
)

var allBuckets = [][]byte{bucketMeta, bucketKeys, bucketRecords, bucketDetails, bucketEnrol,
	bucketIdentities, bucketImports, bucketIndex, bucketRuns, bucketAccess, bucketAccessChunks,
	bucketPrivacy, bucketDecryptions}

// Keys of the meta bucket.
var (
	metaFormat   = []byte("format")
	metaKEKCheck = []byte("kek-check")
	metaPatients = []byte("patients")
)

// Index entry kinds in bucketIndex values: a kind byte and a 32-byte keyed hash.
const (
	indexIdentity = 'i'
	indexImport   = 'b'
	indexEntryLen = 1 + 32
)

const (
	vaultFormat   = 2
	vaultFormatV1 = 1
	// openTimeout bounds how long opening a store waits for another process's file lock.
	openTimeout = 2 * time.Second
	// maxBatch bounds how many patients one write transaction stores.
	maxBatch = 20_000
)

// VaultOptions tune a vault. The zero value is the default.
type VaultOptions struct {
	// KeyCache is how many unwrapped data keys to keep in memory (0: DefaultKeyCache;
	// negative: none). See keyCache.
	KeyCache int
	// Now is the clock that ages are computed against and access logs are stamped with; nil
	// means time.Now.
	Now func() time.Time
	// NoScrub skips zeroing the file's free pages after an erasure (tests of the scrub
	// itself only).
	NoScrub bool
	// WarmKeys unwraps patients' data keys into the key cache in the background after
	// opening, on one core, so that the first scan after a restart is as fast as later ones.
	WarmKeys bool
	// MinCell is the small-cell threshold k: a count or histogram bin below it after noise,
	// or a cohort below it, is released as suppressed (0: DefaultMinCell).
	MinCell int
	// PatientEpsilon is each patient's lifetime epsilon limit in this vault: a computation
	// whose epsilon would take a patient past it leaves the patient out (0:
	// DefaultPatientEpsilon; +Inf: no limit).
	PatientEpsilon float64
}

// minCell returns the small-cell threshold k.
func (v *Vault) minCell() int {
	if v.opts.MinCell <= 0 {
		return DefaultMinCell
	}
	return v.opts.MinCell
}

// Vault is an embedded, durable store of patient records (a bbolt file) that answers
// consented, pre-registered queries with differentially private aggregates. Each patient's
// values are sealed with AES-256-GCM under their own data key, which is stored wrapped by the
// vault's key-encryption key. A Vault is safe for concurrent use.
type Vault struct {
	db    *bolt.DB
	seal  *sealer
	chain marketplace.ChainView
	keys  *keyCache
	opts  VaultOptions
	// logMu guards the access log's run ids.
	logMu      sync.Mutex
	lastRun    uint64
	runsLoaded bool
	// logTimer, when set, is told how long each access-log write took (benchmarks).
	logTimer func(time.Duration)
	// noise replaces the DP library's noise with seeded noise (tests only; nil otherwise).
	noise noiseSource
	// stopWarm stops the background key warmer; warmed is closed when it has stopped.
	stopWarm context.CancelFunc
	warmed   chan struct{}
}

var (
	_ marketplace.Vault              = (*Vault)(nil)
	_ marketplace.EligibilityChecker = (*Vault)(nil)
)

// OpenVault opens the vault file at path with default options, creating it (and its
// directory) if needed. kek is the vault's 32-byte key-encryption key, supplied by the
// operator's configuration; a vault created with one key refuses to open with another
// (ErrWrongKEK). chain is the view of the chain the vault re-checks every computation
// against (the study's approval and protocol hash, each consent); it may be nil for operator
// tools that only store and list records, in which case Answer refuses to run.
func OpenVault(path string, kek []byte, chain marketplace.ChainView) (*Vault, error) {
	return OpenVaultWith(path, kek, chain, VaultOptions{})
}

// OpenVaultWith is OpenVault with options. A vault written by an earlier format is migrated
// in place when opened.
func OpenVaultWith(path string, kek []byte, chain marketplace.ChainView, opts VaultOptions) (*Vault, error) {
	s, err := newSealer(kek)
	if err != nil {
		return nil, fmt.Errorf("compute.OpenVault: %w", err)
	}
	db, err := openBolt(path)
	if err != nil {
		return nil, fmt.Errorf("compute.OpenVault: %w", err)
	}
	cache := opts.KeyCache
	switch {
	case cache == 0:
		cache = DefaultKeyCache
	case cache < 0:
		cache = 0
	}
	v := &Vault{db: db, seal: s, chain: chain, keys: newKeyCache(cache), opts: opts}
	format := byte(vaultFormat)
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if f := meta.Get(metaFormat); f != nil {
			if len(f) != 1 || f[0] != vaultFormat && f[0] != vaultFormatV1 {
				return errors.New("unsupported vault format")
			}
			format = f[0]
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
	if err == nil && format == vaultFormatV1 {
		err = v.migrateV1()
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("compute.OpenVault: %w", err)
	}
	v.warmed = make(chan struct{})
	if opts.WarmKeys && cache > 0 {
		ctx, cancel := context.WithCancel(context.Background())
		v.stopWarm = cancel
		go func() {
			defer close(v.warmed)
			v.warmKeys(ctx)
		}()
	} else {
		close(v.warmed)
	}
	return v, nil
}

// warmKeys unwraps stored data keys into the cache, in handle order, until it is full.
func (v *Vault) warmKeys(ctx context.Context) {
	const batch = 4096
	var after []byte
	sc := new(scratch)
	for ctx.Err() == nil && v.keys.len() < v.keys.limit {
		_, epoch := v.keys.begin()
		var entries []keyEntry
		err := v.db.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketKeys).Cursor()
			k, w := c.First()
			if after != nil {
				if k, w = c.Seek(after); k != nil && bytes.Equal(k, after) {
					k, w = c.Next()
				}
			}
			for ; k != nil && len(entries) < batch; k, w = c.Next() {
				a, err := v.seal.unwrap(sc, ref(k), w)
				if err != nil {
					return err // a scan will report it
				}
				entries = append(entries, keyEntry{ref(k), a})
				after = bytes.Clone(k)
			}
			return nil
		})
		if err != nil || len(entries) == 0 {
			return
		}
		v.keys.add(epoch, entries)
	}
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
	if v.stopWarm != nil {
		v.stopWarm()
	}
	<-v.warmed
	v.keys.clear()
	if err := v.db.Close(); err != nil {
		return fmt.Errorf("compute.Vault.Close: %w", err)
	}
	return nil
}

func (v *Vault) now() time.Time {
	if v.opts.Now != nil {
		return v.opts.Now()
	}
	return time.Now()
}

// sealedPatient is a patient ready to store: their handle, wrapped key, sealed hot record,
// sealed detail (nil when none) and index keys (identities and bundle, for imports).
type sealedPatient struct {
	r               ref
	wrapped, record []byte
	detail          []byte
	index           [][]byte // each: kind byte and 32-byte keyed hash
}

// sealPatient normalises p (on a copy of its slices) and seals it under a fresh data key.
// bundle is the original FHIR bundle kept in the detail section, or nil.
func (v *Vault) sealPatient(sc *scratch, buf []byte, p Patient, bundle []byte) (sealedPatient, error) {
	for k := range codeKinds {
		l := codeKinds[k].get(&p)
		*l = slices.Clone(*l)
	}
	p.Daily = slices.Clone(p.Daily)
	if err := p.normalize(); err != nil {
		return sealedPatient{}, err
	}
	r, ok := parseRef(p.Ref)
	if !ok {
		return sealedPatient{}, marketplace.FieldError("ref", "must be 32 hex digits")
	}
	a, wrapped, err := v.seal.newKey(r)
	if err != nil {
		return sealedPatient{}, err
	}
	sp := sealedPatient{r: r, wrapped: wrapped}
	plain := appendRecord(buf[:0], &p)
	if sp.record, err = sealValue(sc, a, make([]byte, 0, len(plain)+envelopeOverhead), bucketRecords, r, plain); err != nil {
		return sealedPatient{}, err
	}
	if hasDetail(&p, bundle) {
		plain = appendDetail(plain[:0], &p, bundle)
		if sp.detail, err = sealValue(sc, a, make([]byte, 0, len(plain)+envelopeOverhead), bucketDetails, r, plain); err != nil {
			return sealedPatient{}, err
		}
	}
	clear(plain)
	return sp, nil
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
		batch[i] = ps[i]
		batch[i].Ref = newRef().String()
		refs[i] = batch[i].Ref
	}
	if err := v.putPatients(ctx, batch); err != nil {
		return nil, fmt.Errorf("compute.Vault.AddPatients: %w", err)
	}
	return refs, nil
}

// newRef returns a fresh random patient handle.
func newRef() ref {
	var r ref
	if _, err := rand.Read(r[:]); err != nil {
		panic(err) // crypto/rand.Read does not fail on supported platforms
	}
	return r
}

// putPatients seals and stores patients under the handles they carry, maxBatch per
// transaction, sealing in parallel. A handle that is already taken fails its batch with
// ECONFLICT; an invalid patient fails it with EINVALID naming patients[i].field.
func (v *Vault) putPatients(ctx context.Context, ps []Patient) error {
	for start := 0; start < len(ps); start += maxBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		chunk := ps[start:min(start+maxBatch, len(ps))]
		recs, err := v.sealAll(chunk, start)
		if err != nil {
			return err
		}
		if err := v.writeSealed(recs); err != nil {
			return err
		}
	}
	return nil
}

// sealAll seals patients on every core; errors name patients[offset+i].
func (v *Vault) sealAll(ps []Patient, offset int) ([]sealedPatient, error) {
	recs := make([]sealedPatient, len(ps))
	errs := make([]error, len(ps))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(ps)/64))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := new(scratch)
			buf := make([]byte, 0, 256)
			for i := w; i < len(ps); i += workers {
				recs[i], errs[i] = v.sealPatient(sc, buf, ps[i], nil)
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			var e *marketplace.Error
			if errors.As(err, &e) && e.Field != "" {
				e.Field = fmt.Sprintf("patients[%d].%s", offset+i, e.Field)
			}
			return nil, err
		}
	}
	return recs, nil
}

// writeSealed stores sealed patients in one transaction, in handle order. When they all sort
// after the patients already stored (a fresh vault filled in order), pages are filled
// completely, as nothing will be inserted between them.
func (v *Vault) writeSealed(recs []sealedPatient) error {
	if !slices.IsSortedFunc(recs, func(a, b sealedPatient) int { return cmpRef(&a.r, &b.r) }) {
		slices.SortFunc(recs, func(a, b sealedPatient) int { return cmpRef(&a.r, &b.r) })
	}
	return v.db.Update(func(tx *bolt.Tx) error {
		b := openBuckets(tx)
		if last, _ := b.records.Cursor().Last(); len(recs) > 0 && (last == nil || bytes.Compare(last, recs[0].r[:]) < 0) {
			b.keys.FillPercent, b.records.FillPercent, b.details.FillPercent = 1, 1, 1
		}
		for i := range recs {
			if i > 0 && recs[i-1].r == recs[i].r {
				return marketplace.Errorf(marketplace.ECONFLICT, "a patient handle is given twice")
			}
			if err := b.put(&recs[i]); err != nil {
				return err
			}
		}
		return addCount(tx, int64(len(recs)))
	})
}

// buckets are a write transaction's patient buckets.
type buckets struct {
	keys, records, details, identities, imports, index *bolt.Bucket
}

func openBuckets(tx *bolt.Tx) buckets {
	return buckets{
		keys: tx.Bucket(bucketKeys), records: tx.Bucket(bucketRecords), details: tx.Bucket(bucketDetails),
		identities: tx.Bucket(bucketIdentities), imports: tx.Bucket(bucketImports), index: tx.Bucket(bucketIndex),
	}
}

// put stores one sealed patient; a taken handle is ECONFLICT. It does not check the
// patient's index keys (importers do, before calling it).
func (b buckets) put(sp *sealedPatient) error {
	k := sp.r[:]
	if b.records.Get(k) != nil || b.keys.Get(k) != nil {
		return marketplace.Errorf(marketplace.ECONFLICT, "a patient handle is already taken")
	}
	if err := b.keys.Put(k, sp.wrapped); err != nil {
		return err
	}
	if err := b.records.Put(k, sp.record); err != nil {
		return err
	}
	if sp.detail != nil {
		if err := b.details.Put(k, sp.detail); err != nil {
			return err
		}
	}
	if len(sp.index) == 0 {
		return nil
	}
	all := make([]byte, 0, len(sp.index)*indexEntryLen)
	for _, e := range sp.index {
		target := b.identities
		if e[0] == indexImport {
			target = b.imports
		}
		if err := target.Put(e[1:], k); err != nil {
			return err
		}
		all = append(all, e...)
	}
	return b.index.Put(k, all)
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

// patientKey returns patient r's cipher from the cache or by unwrapping its stored key. It
// returns nil, nil when the patient has no key (never stored, or erased).
func (v *Vault) patientKey(tx *bolt.Tx, sc *scratch, r ref) (cipher.AEAD, error) {
	t, _ := v.keys.begin()
	if i, ok := t.find(r); ok {
		return t.aeads[i], nil
	}
	w := tx.Bucket(bucketKeys).Get(r[:])
	if w == nil {
		return nil, nil
	}
	return v.seal.unwrap(sc, r, w)
}

// openRecord opens one patient's hot record: ENOTFOUND when the patient has no record or no
// key (erased), an authentication error when it was tampered with. The caller clears plain.
func (v *Vault) openRecord(tx *bolt.Tx, sc *scratch, r ref) (cipher.AEAD, []byte, error) {
	s := tx.Bucket(bucketRecords).Get(r[:])
	if s == nil {
		return nil, nil, marketplace.Errorf(marketplace.ENOTFOUND, "no such patient")
	}
	a, err := v.patientKey(tx, sc, r)
	if err != nil {
		return nil, nil, err
	}
	if a == nil {
		return nil, nil, marketplace.Errorf(marketplace.ENOTFOUND, "no such patient")
	}
	plain, err := openValue(sc, a, nil, bucketRecords, r, s)
	if err != nil {
		return nil, nil, err
	}
	return a, plain, nil
}

// Patient returns the decrypted record of one patient, with its daily summaries: ENOTFOUND
// when there is none (or it was erased), and an error wrapping ErrRecordAuth when the stored
// record does not authenticate. It is for the patient's own view and the operator's tools;
// never return it to anyone else.
func (v *Vault) Patient(ctx context.Context, patientRef string) (*Patient, error) {
	p, _, err := v.patient(patientRef, false)
	if err != nil {
		return nil, fmt.Errorf("compute.Vault.Patient: %w", err)
	}
	return p, nil
}

// patient reads and decrypts one patient's record and detail section, and the original
// bundle if withBundle is set.
func (v *Vault) patient(patientRef string, withBundle bool) (*Patient, []byte, error) {
	r, ok := parseRef(patientRef)
	if !ok {
		return nil, nil, marketplace.FieldError("patientRef", "must be 32 hex digits")
	}
	p := &Patient{Ref: r.String()}
	var bundle []byte
	err := v.db.View(func(tx *bolt.Tx) error {
		sc := new(scratch)
		a, plain, err := v.openRecord(tx, sc, r)
		if err != nil {
			return err
		}
		defer clear(plain)
		if err := decodeRecord(plain, p); err != nil {
			return err
		}
		if d := tx.Bucket(bucketDetails).Get(r[:]); d != nil {
			plain, err := openValue(sc, a, nil, bucketDetails, r, d)
			if err != nil {
				return err
			}
			defer clear(plain)
			if bundle, err = decodeDetail(plain, p, withBundle); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return p, bundle, nil
}

// Bundle returns a patient's data as a FHIR R4 Bundle (JSON): the bundle it was imported
// from, as it was imported, or for a patient stored without one (synthetic cohorts) a bundle
// rendered from the record. It is the patient's own copy of their data; never return it to
// anyone else.
func (v *Vault) Bundle(ctx context.Context, patientRef string) ([]byte, error) {
	p, bundle, err := v.patient(patientRef, true)
	if err != nil {
		return nil, fmt.Errorf("compute.Vault.Bundle: %w", err)
	}
	if bundle != nil {
		return bundle, nil
	}
	return RenderBundle(p), nil
}

// PatientByIdentifier returns the handle of the patient imported with a FHIR
// Patient.identifier of this system and value: ENOTFOUND when there is none.
func (v *Vault) PatientByIdentifier(ctx context.Context, system, value string) (string, error) {
	key := v.seal.indexKey("identifier", []byte(system), []byte(value))
	var out string
	err := v.db.View(func(tx *bolt.Tx) error {
		r := tx.Bucket(bucketIdentities).Get(key)
		if len(r) != refLen {
			return marketplace.Errorf(marketplace.ENOTFOUND, "no patient with this identifier")
		}
		out = ref(r).String()
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("compute.Vault.PatientByIdentifier: %w", err)
	}
	return out, nil
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
			refs = append(refs, ref(k).String())
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
// already linked to another patient of the study, is ECONFLICT; an unknown (or erased) handle
// is ENOTFOUND.
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

// migrateV1 converts a foundation-format vault (format 1 records) to the current format, in
// batches; a crash midway leaves a vault that the next open finishes migrating.
func (v *Vault) migrateV1() error {
	var after []byte
	for {
		done := true
		err := v.db.Update(func(tx *bolt.Tx) error {
			keys, records := tx.Bucket(bucketKeys), tx.Bucket(bucketRecords)
			c := records.Cursor()
			k, s := c.First()
			if after != nil {
				if k, s = c.Seek(after); k != nil && bytes.Equal(k, after) {
					k, s = c.Next()
				}
			}
			type update struct {
				k, v []byte
			}
			var ups []update
			sc := new(scratch)
			for ; k != nil && len(ups) < maxBatch; k, s = c.Next() {
				r := ref(k)
				w := keys.Get(k)
				if w == nil {
					continue
				}
				a, err := v.seal.unwrap(sc, r, w)
				if err != nil {
					return err
				}
				plain, err := openValue(sc, a, nil, bucketRecords, r, s)
				if err != nil {
					return err
				}
				if len(plain) > 0 && plain[0] == recordFormat {
					continue
				}
				var p Patient
				if err := decodeRecordV1(plain, &p); err != nil {
					return err
				}
				sealed, err := sealValue(sc, a, nil, bucketRecords, r, appendRecord(nil, &p))
				if err != nil {
					return err
				}
				ups = append(ups, update{bytes.Clone(k), sealed})
			}
			for _, u := range ups {
				if err := records.Put(u.k, u.v); err != nil {
					return err
				}
				after = u.k
			}
			if k != nil {
				done = false
				return nil
			}
			return tx.Bucket(bucketMeta).Put(metaFormat, []byte{vaultFormat})
		})
		if err != nil {
			return fmt.Errorf("migrating the vault to format %d: %w", vaultFormat, err)
		}
		if done {
			return nil
		}
	}
}
