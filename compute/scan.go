package compute

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// scanChunk is how many handles a scanning worker takes at a time.
const scanChunk = 2048

// Filter selects patients inside the vault: a study's eligibility criteria, optionally
// narrowed by numeric ranges. The zero Filter matches everybody.
type Filter struct {
	MinAge int // inclusive; 0: no lower bound
	MaxAge int // inclusive; 0: no upper bound
	Sex    string
	// Conditions need any one code to match: an ICD-10 code matches as a prefix, ignoring
	// dots ("E11" matches "E11.9"); a code of digits only is a SNOMED CT concept id and
	// matches exactly.
	Conditions []string
	// Ranges must all hold; a patient without the measurement does not match.
	Ranges []Range
	// Medications need any one code to match: an RxNorm concept id (digits) matches exactly;
	// a WHO ATC code matches as a prefix ("A10B" matches "A10BA02").
	Medications []string
	// Born and LastEncounter bound the date of birth and the start of the latest encounter,
	// inclusive; a patient without the date does not match.
	Born, LastEncounter *DateRange
}

// DateRange is an inclusive range of dates (UTC midnights); a zero end is open.
type DateRange struct {
	From, To time.Time
}

// Range bounds a numeric field (a marketplace.QueryFields name), inclusive.
type Range struct {
	Field    string
	Min, Max float64
}

// FilterOf returns the filter of a study's eligibility criteria.
func FilterOf(e *marketplace.Eligibility) Filter {
	return Filter{MinAge: e.MinAge, MaxAge: e.MaxAge, Sex: e.Sex, Conditions: e.Conditions}
}

// QueryFilterOf returns the filter of a plan query's own criteria (the zero Filter for nil).
// Its dates were validated at registration; one that does not parse matches nobody.
func QueryFilterOf(f *marketplace.Filter) Filter {
	if f == nil {
		return Filter{}
	}
	out := Filter{MinAge: f.MinAge, MaxAge: f.MaxAge, Sex: f.Sex, Conditions: f.Conditions, Medications: f.Medications}
	for _, t := range f.Observations {
		r := Range{Field: t.Field, Min: math.Inf(-1), Max: math.Inf(1)}
		if t.Min != nil {
			r.Min = *t.Min
		}
		if t.Max != nil {
			r.Max = *t.Max
		}
		out.Ranges = append(out.Ranges, r)
	}
	out.Born = dateRangeOf(f.Born)
	out.LastEncounter = dateRangeOf(f.LastEncounter)
	return out
}

func dateRangeOf(w *marketplace.Window) *DateRange {
	if w == nil {
		return nil
	}
	var r DateRange
	var err error
	if w.From != "" {
		if r.From, err = time.Parse(time.DateOnly, w.From); err != nil {
			return &DateRange{From: time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)}
		}
	}
	if w.To != "" {
		if r.To, err = time.Parse(time.DateOnly, w.To); err != nil {
			return &DateRange{From: time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)}
		}
	}
	return &r
}

// Numeric fields that are not measurements, as plan value indexes.
const (
	valueNone       = -1
	valueAge        = -2
	valueEncounters = -3
)

// plan is a compiled query: the projection of the hot record it reads (fixed offsets for
// numeric fields, the code tail only when it filters on conditions) and its predicate.
type plan struct {
	anyAge           bool
	minAge, maxAge   int   // for records without a birth date
	birthLo, birthHi int32 // eligible birth dates (days), inclusive
	today            civil
	sex              byte // 0 any, 0xFF nobody
	icd              []string
	snomed           []uint64
	codes            bool // the predicate reads condition codes
	ranges           []planRange
	value            int  // the field an aggregate reads: a measurements index or value*
	meds             bool // the predicate reads medication codes
	rxnorm           []uint64
	atc              []string
	born, lastEnc    *dayRange
}

// dayRange is an inclusive range of days since 1970-01-01.
type dayRange struct{ lo, hi int32 }

func dayRangeOf(r *DateRange) *dayRange {
	if r == nil {
		return nil
	}
	d := &dayRange{lo: math.MinInt32 + 1, hi: math.MaxInt32}
	if !r.From.IsZero() {
		d.lo = days(r.From)
	}
	if !r.To.IsZero() {
		d.hi = days(r.To)
	}
	return d
}

type planRange struct {
	field    int
	min, max float64
}

// fieldIndex maps a numeric field name to a plan value index, or false.
func fieldIndex(name string) (int, bool) {
	switch name {
	case "age":
		return valueAge, true
	case "encounters":
		return valueEncounters, true
	}
	i := measurementIndex(name)
	return i, i >= 0
}

// compile prepares a filter, and the field an aggregate reads ("" for none), against the
// date now. Its errors name the filter's fields.
func compile(f Filter, field string, now time.Time) (*plan, error) {
	p := &plan{minAge: f.MinAge, maxAge: f.MaxAge, value: valueNone}
	if f.MinAge < 0 || f.MaxAge < 0 || f.MaxAge != 0 && f.MaxAge < f.MinAge {
		return nil, marketplace.FieldError("eligibility.maxAge", "ages must satisfy 0 <= minAge <= maxAge")
	}
	p.anyAge = f.MinAge == 0 && f.MaxAge == 0
	if p.maxAge == 0 {
		p.maxAge = math.MaxInt
	}
	today := truncDay(now.UTC())
	p.today = civilOf(days(today))
	p.birthHi = days(today.AddDate(-f.MinAge, 0, 0))
	p.birthLo = math.MinInt32 + 1
	if f.MaxAge != 0 {
		p.birthLo = days(today.AddDate(-(f.MaxAge+1), 0, 0)) + 1
	}
	switch strings.ToLower(f.Sex) {
	case SexFemale:
		p.sex = 1
	case SexMale:
		p.sex = 2
	case "":
	default:
		p.sex = 0xFF
	}
	for _, c := range f.Conditions {
		c = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(c), ".", ""))
		switch {
		case c == "":
		case isDigits(1, 18)(c):
			n, _ := strconv.ParseUint(c, 10, 64)
			p.snomed = append(p.snomed, n)
		default:
			p.icd = append(p.icd, c)
		}
	}
	p.codes = len(f.Conditions) > 0
	for i, r := range f.Ranges {
		idx, ok := fieldIndex(r.Field)
		if !ok {
			return nil, marketplace.FieldError("ranges["+strconv.Itoa(i)+"].field", "is not a numeric patient field")
		}
		if math.IsNaN(r.Min) || math.IsNaN(r.Max) || r.Min > r.Max {
			return nil, marketplace.FieldError("ranges["+strconv.Itoa(i)+"].max", "must not be below min")
		}
		p.ranges = append(p.ranges, planRange{idx, r.Min, r.Max})
	}
	for _, c := range f.Medications {
		c = strings.ToUpper(strings.TrimSpace(c))
		switch {
		case c == "":
		case isDigits(1, 10)(c):
			n, _ := strconv.ParseUint(c, 10, 64)
			p.rxnorm = append(p.rxnorm, n)
		default:
			p.atc = append(p.atc, c)
		}
	}
	p.meds = len(f.Medications) > 0
	p.born, p.lastEnc = dayRangeOf(f.Born), dayRangeOf(f.LastEncounter)
	if field != "" {
		idx, ok := fieldIndex(field)
		if !ok {
			return nil, marketplace.FieldError("query.field", "is not a numeric patient field")
		}
		p.value = idx
	}
	return p, nil
}

// match reports whether a record meets the plan's predicate. ok is false when the record's
// code tail is malformed.
func (p *plan) match(r recordView) (match, ok bool) {
	if p.sex != 0 && r[offSex] != p.sex {
		return false, true
	}
	if !p.anyAge {
		if r[offFlags]&flagBirth != 0 {
			if b := r.birth(); b < p.birthLo || b > p.birthHi {
				return false, true
			}
		} else if a := r[offAge]; a == ageUnknown || int(a) < p.minAge || int(a) > p.maxAge {
			return false, true
		}
	}
	for i := range p.ranges {
		x := p.get(r, p.ranges[i].field)
		if !(x >= p.ranges[i].min && x <= p.ranges[i].max) { // NaN fails
			return false, true
		}
	}
	if p.born != nil {
		if r[offFlags]&flagBirth == 0 {
			return false, true
		}
		if b := r.birth(); b < p.born.lo || b > p.born.hi {
			return false, true
		}
	}
	if p.lastEnc != nil {
		d := int32(binary.LittleEndian.Uint32(r[offLastEnc:]))
		if d == birthUnknown || d < p.lastEnc.lo || d > p.lastEnc.hi {
			return false, true
		}
	}
	if p.codes {
		if m, ok := r.hasCondition(p.icd, p.snomed); !m || !ok {
			return m, ok
		}
	}
	if p.meds {
		return r.hasMedication(p.rxnorm, p.atc)
	}
	return true, true
}

// hasMedication reports whether any RxNorm id is one of ids or any ATC code starts with any
// of the prefixes. ok is false when the tail is malformed.
func (r recordView) hasMedication(ids []uint64, prefixes []string) (match, ok bool) {
	rest := []byte(r[fixedLen:])
	for i := 0; i < int(r[offCounts+kindICD10]); i++ {
		if len(rest) < 1 || len(rest) < 1+int(rest[0]) {
			return false, false
		}
		rest = rest[1+int(rest[0]):]
	}
	for i := 0; i < int(r[offCounts+kindSNOMED]); i++ {
		_, l := binary.Uvarint(rest)
		if l <= 0 {
			return false, false
		}
		rest = rest[l:]
	}
	for i := 0; i < int(r[offCounts+kindRxNorm]); i++ {
		n, l := binary.Uvarint(rest)
		if l <= 0 {
			return false, false
		}
		rest = rest[l:]
		for _, id := range ids {
			if n == id {
				return true, true
			}
		}
	}
	if len(prefixes) == 0 {
		return false, true
	}
	for i := 0; i < int(r[offCounts+kindATC]); i++ {
		if len(rest) < 1 || len(rest) < 1+int(rest[0]) {
			return false, false
		}
		code := rest[1 : 1+int(rest[0])]
		rest = rest[1+int(rest[0]):]
		for _, p := range prefixes {
			if len(code) >= len(p) && string(code[:len(p)]) == p {
				return true, true
			}
		}
	}
	return false, true
}

// get reads a numeric field of a record: NaN when not recorded.
func (p *plan) get(r recordView, field int) float64 {
	switch field {
	case valueAge:
		if r[offFlags]&flagBirth != 0 {
			return float64(p.today.yearsSince(civilOf(r.birth())))
		}
		if r[offAge] == ageUnknown {
			return math.NaN()
		}
		return float64(r[offAge])
	case valueEncounters:
		return float64(binary.LittleEndian.Uint16(r[offEncounter:]))
	}
	return r.measure(field)
}

// recordView reads a hot record in place, without allocating. viewRecord checks its fixed
// part; the code tail is checked by whoever walks it.
type recordView []byte

func viewRecord(b []byte) (recordView, error) {
	if len(b) < fixedLen || b[offVersion] != recordFormat || b[offSex] > 2 {
		return nil, errBadRecord
	}
	return recordView(b), nil
}

func (r recordView) birth() int32 { return int32(binary.LittleEndian.Uint32(r[offBirth:])) }

// measure returns measurement i, NaN when it was not taken.
func (r recordView) measure(i int) float64 {
	m := &measurements[i]
	u := binary.LittleEndian.Uint16(r[m.off:])
	if u == missing {
		return math.NaN()
	}
	return float64(u) / m.scale
}

// checkCodes validates the record's code tail.
func (r recordView) checkCodes() bool {
	rest := []byte(r[fixedLen:])
	for k := range codeKinds {
		for i := 0; i < int(r[offCounts+k]); i++ {
			switch k {
			case kindSNOMED, kindRxNorm:
				_, l := binary.Uvarint(rest)
				if l <= 0 {
					return false
				}
				rest = rest[l:]
			default:
				if len(rest) < 1 || len(rest) < 1+int(rest[0]) {
					return false
				}
				rest = rest[1+int(rest[0]):]
			}
		}
	}
	return len(rest) == 0
}

// hasCondition reports whether any ICD-10 code starts with any of the prefixes or any SNOMED
// CT id is one of ids. ok is false when the tail is malformed.
func (r recordView) hasCondition(prefixes []string, ids []uint64) (match, ok bool) {
	rest := []byte(r[fixedLen:])
	for i := 0; i < int(r[offCounts+kindICD10]); i++ {
		if len(rest) < 1 || len(rest) < 1+int(rest[0]) {
			return false, false
		}
		code := rest[1 : 1+int(rest[0])]
		rest = rest[1+int(rest[0]):]
		for _, p := range prefixes {
			if codeHasPrefix(code, p) {
				return true, true
			}
		}
	}
	if len(ids) == 0 {
		return false, true
	}
	for i := 0; i < int(r[offCounts+kindSNOMED]); i++ {
		n, l := binary.Uvarint(rest)
		if l <= 0 {
			return false, false
		}
		rest = rest[l:]
		for _, id := range ids {
			if n == id {
				return true, true
			}
		}
	}
	return false, true
}

// codeHasPrefix reports whether an ICD-10 code starts with prefix, ignoring dots: "E11"
// matches "E11.9" and "E119"; "E11.6" matches "E11.65". prefix is upper case without dots.
func codeHasPrefix(code []byte, prefix string) bool {
	j := 0
	for i := 0; i < len(code) && j < len(prefix); i++ {
		if code[i] == '.' {
			continue
		}
		if code[i] != prefix[j] {
			return false
		}
		j++
	}
	return j == len(prefix)
}

// civil is a calendar date.
type civil struct{ y, m, d int }

// civilOf converts days since 1970-01-01 to a calendar date (H. Hinnant's algorithm).
func civilOf(z32 int32) civil {
	z := int64(z32) + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return civil{int(y), int(m), int(d)}
}

// yearsSince returns the whole years from b to c.
func (c civil) yearsSince(b civil) int {
	n := c.y - b.y
	if c.m < b.m || c.m == b.m && c.d < b.d {
		n--
	}
	return n
}

// scanSpec is what a scan does with each record it reads.
type scanSpec struct {
	plan *plan
	// visit is called for every record that matches the plan, from worker w (below the
	// worker count passed to start).
	start func(workers int)
	visit func(w int, r recordView)
	// log, when set, seals an access-log entry for every patient read.
	log *logSpec
}

// scanResult is what a scan read.
type scanResult struct {
	present []bool   // refs[i] had a record that was read
	logs    [][]byte // per chunk, in chunk order: the access-log chunk to write (nil: nobody read)
}

// scan reads the hot records of refs (ascending handle order) on every core: each worker
// takes chunks of handles in order, in its own read transaction, looks each patient's data
// key up in the key cache (or unwraps it), authenticates and decrypts the record, checks the
// plan's predicate on the fixed layout and visits the matches. Patients without a record or a
// key (erased) are skipped. Any record that fails authentication fails the scan with
// ErrRecordAuth.
func (v *Vault) scan(ctx context.Context, refs []ref, spec scanSpec) (*scanResult, error) {
	chunks := (len(refs) + scanChunk - 1) / scanChunk
	workers := max(1, min(runtime.GOMAXPROCS(0), chunks))
	if spec.start != nil {
		spec.start(workers)
	}
	res := &scanResult{present: make([]bool, len(refs))}
	if spec.log != nil {
		res.logs = make([][]byte, chunks)
	}
	table, epoch := v.keys.begin()
	var (
		next      atomic.Int64
		failed    atomic.Bool
		once      sync.Once
		firstErr  error
		wg        sync.WaitGroup
		unwrapped = make([][]keyEntry, workers)
	)
	fail := func(err error) {
		once.Do(func() { firstErr = err })
		failed.Store(true)
	}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tx, err := v.db.Begin(false)
			if err != nil {
				fail(err)
				return
			}
			defer tx.Rollback()
			records, keys := newJoin(tx.Bucket(bucketRecords)), newJoin(tx.Bucket(bucketKeys))
			finder := keyFinder{t: table}
			sc := new(scratch)
			buf := make([]byte, 0, 256)
			for !failed.Load() {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				if err := ctx.Err(); err != nil {
					fail(err)
					return
				}
				lo, hi := c*scanChunk, min((c+1)*scanChunk, len(refs))
				var logChunk []byte
				if spec.log != nil {
					logChunk = spec.log.newChunk(hi - lo)
				}
				for i := lo; i < hi; i++ {
					r := &refs[i]
					s := records.get(r)
					if s == nil {
						continue // erased, or never stored
					}
					a := finder.get(r)
					if a == nil {
						wk := keys.get(r)
						if wk == nil {
							continue // the key is destroyed: the record is unreadable
						}
						if a, err = v.seal.unwrap(sc, *r, wk); err != nil {
							fail(err)
							return
						}
						unwrapped[w] = append(unwrapped[w], keyEntry{*r, a})
					}
					plain, err := openValue(sc, a, buf[:0], bucketRecords, *r, s)
					if err != nil {
						fail(err)
						return
					}
					rv, err := viewRecord(plain)
					if err != nil {
						fail(err)
						return
					}
					res.present[i] = true
					m, ok := spec.plan.match(rv)
					if !ok {
						fail(errBadRecord)
						return
					}
					if m && spec.visit != nil {
						spec.visit(w, rv)
					}
					clear(plain)
					if spec.log != nil {
						if logChunk, err = spec.log.seal(sc, a, *r, logChunk); err != nil {
							fail(err)
							return
						}
					}
				}
				if spec.log != nil {
					if len(logChunk) > chunkHeader {
						res.logs[c] = logChunk
					}
				}
			}
		}()
	}
	wg.Wait()
	// Keys unwrapped by a scan that failed on a tampered record are not cached either.
	if firstErr != nil {
		return nil, firstErr
	}
	v.keys.add(epoch, unwrapped...)
	return res, nil
}

// join looks up keys in a bucket through one cursor: when keys are asked in ascending order
// and lie close together (a dense scan) it steps forward, otherwise it seeks. Unlike
// Bucket.Get it does not allocate per lookup.
type join struct {
	c       *bolt.Cursor
	k, v    []byte
	started bool
}

func newJoin(b *bolt.Bucket) *join { return &join{c: b.Cursor()} }

// joinSteps bounds how far get walks before it seeks instead.
const joinSteps = 8

// get returns the value of r, or nil.
func (j *join) get(r *ref) []byte {
	if j.started {
		for i := 0; i < joinSteps && j.k != nil && bytes.Compare(j.k, r[:]) < 0; i++ {
			j.k, j.v = j.c.Next()
		}
	}
	if !j.started || !bytes.Equal(j.k, r[:]) {
		j.k, j.v = j.c.Seek(r[:])
		j.started = true
	}
	if bytes.Equal(j.k, r[:]) {
		return j.v
	}
	return nil
}

// Eligible reports whether a patient's own record meets a study's eligibility criteria
// (marketplace.EligibilityChecker): for showing the patient the studies they may join. The
// answer is for the patient only; the check is not a computation for the study and is not
// written to the access log. An unknown or erased patient is ENOTFOUND.
func (v *Vault) Eligible(ctx context.Context, patientRef string, e marketplace.Eligibility) (bool, error) {
	r, ok := parseRef(patientRef)
	if !ok {
		return false, marketplace.FieldError("patientRef", "must be the 32-hex-digit handle the vault issued")
	}
	pl, err := compile(FilterOf(&e), "", v.now())
	if err != nil {
		return false, err
	}
	var match bool
	err = v.db.View(func(tx *bolt.Tx) error {
		sc := new(scratch)
		_, plain, err := v.openRecord(tx, sc, r)
		if err != nil {
			return err
		}
		defer clear(plain)
		rv, err := viewRecord(plain)
		if err != nil {
			return err
		}
		m, ok := pl.match(rv)
		if !ok {
			return errBadRecord
		}
		match = m
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("compute.Vault.Eligible: %w", err)
	}
	return match, nil
}
