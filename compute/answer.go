package compute

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"

	"github.com/google/differential-privacy/go/v3/dpagg"
	"github.com/google/differential-privacy/go/v3/noise"
	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// consentChunk bounds how many addresses one consent check asks the chain about.
const consentChunk = 500

// scanBatch is how many records the reader hands a decrypting worker at a time.
const scanBatch = 256

// Answer computes a differentially private answer to one pre-registered query of a study. The
// vault checks for itself that the query is in the protocol's plan (EFORBIDDEN otherwise) and
// asks the chain which of the study's enrolled participants hold a valid consent now; only
// their records are read. Included lists every one of them whose record was read. The
// aggregate runs over those who also meet the protocol's eligibility criteria:
//
//   - count: dpagg.Count, one contribution per patient, Laplace noise at the query's epsilon.
//     The noisy count is returned as is (it is unbiased and may be negative).
//   - mean: dpagg.BoundedMean of the query's field, values clamped to [Lower, Upper], one
//     contribution per patient, Laplace noise at the query's epsilon. Patients without the
//     measurement do not contribute.
//
// Noise is Laplace, so the answer spends the query's epsilon and no delta; req.Delta is not
// used. Any record that fails authentication fails the whole answer (an error wrapping
// ErrRecordAuth, no value).
func (v *Vault) Answer(ctx context.Context, req marketplace.AnalysisRequest) (*marketplace.Answer, error) {
	ans, err := v.answer(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("compute.Vault.Answer: %w", err)
	}
	return ans, nil
}

func (v *Vault) answer(ctx context.Context, req marketplace.AnalysisRequest) (*marketplace.Answer, error) {
	if v.consents == nil {
		return nil, errors.New("the vault has no consent checker")
	}
	q, err := checkRequest(req)
	if err != nil {
		return nil, err
	}
	co := newCohort(&req.Protocol.Eligibility)
	isCount := q.Aggregate == marketplace.AggCount

	// Build the aggregation first, so parameters the DP library refuses fail before any
	// record is read.
	var (
		count *dpagg.Count
		mean  *dpagg.BoundedMean
	)
	switch q.Aggregate {
	case marketplace.AggCount:
		count, err = dpagg.NewCount(&dpagg.CountOptions{
			Epsilon:                  q.Epsilon,
			MaxPartitionsContributed: 1,
			Noise:                    noise.Laplace(),
		})
	case marketplace.AggMean:
		mean, err = dpagg.NewBoundedMean(&dpagg.BoundedMeanOptions{
			Epsilon:                      q.Epsilon,
			MaxPartitionsContributed:     1,
			MaxContributionsPerPartition: 1,
			Lower:                        q.Lower,
			Upper:                        q.Upper,
			Noise:                        noise.Laplace(),
		})
	}
	if err != nil {
		return nil, marketplace.Errorf(marketplace.EINVALID, "the query's privacy parameters are not usable")
	}

	consenting, err := v.consenting(ctx, req.StudyID)
	if err != nil {
		return nil, err
	}
	refs := make([]ref, len(consenting))
	for i, e := range consenting {
		refs[i] = e.r
	}

	type partial struct {
		n      int64
		values []float64
	}
	var parts []partial
	present, err := v.read(ctx, refs, func(workers int) {
		parts = make([]partial, workers)
	}, func(w int, rec recordView) {
		if !co.match(rec) {
			return
		}
		if isCount {
			parts[w].n++
			return
		}
		if x := rec.value(q.Field); !math.IsNaN(x) {
			parts[w].values = append(parts[w].values, x)
		}
	})
	if err != nil {
		return nil, err
	}

	ans := &marketplace.Answer{Included: make([]marketplace.Address, 0, len(consenting))}
	for i, e := range consenting {
		if present[i] {
			ans.Included = append(ans.Included, e.addr)
		}
	}
	switch {
	case count != nil:
		var n int64
		for _, p := range parts {
			n += p.n
		}
		if err := count.IncrementBy(n); err != nil {
			return nil, err
		}
		r, err := count.Result()
		if err != nil {
			return nil, err
		}
		ans.Value = float64(r)
	default:
		for _, p := range parts {
			for _, x := range p.values {
				if err := mean.Add(x); err != nil {
					return nil, err
				}
			}
		}
		r, err := mean.Result()
		if err != nil {
			return nil, err
		}
		ans.Value = r
	}
	return ans, nil
}

// checkRequest returns the request's query once it is known to be a well-formed query of the
// protocol's registered plan.
func checkRequest(req marketplace.AnalysisRequest) (*marketplace.Query, error) {
	if req.Protocol == nil {
		return nil, marketplace.FieldError("protocol", "is required")
	}
	if req.Query == nil {
		return nil, marketplace.FieldError("query", "is required")
	}
	if req.StudyID == 0 {
		return nil, marketplace.FieldError("studyId", "must be a registered study id")
	}
	q := req.Protocol.Query(req.Query.ID)
	if q == nil || *q != *req.Query {
		return nil, marketplace.Errorf(marketplace.EFORBIDDEN, "the query is not in the study's registered analysis plan")
	}
	if math.IsNaN(q.Epsilon) || math.IsInf(q.Epsilon, 0) || q.Epsilon <= 0 {
		return nil, marketplace.FieldError("query.epsilon", "must be greater than 0")
	}
	switch q.Aggregate {
	case marketplace.AggCount:
	case marketplace.AggMean:
		if fieldGetter(q.Field) == nil {
			return nil, marketplace.FieldError("query.field", "is not a numeric patient field")
		}
		if math.IsNaN(q.Lower) || math.IsNaN(q.Upper) || math.IsInf(q.Lower, 0) || math.IsInf(q.Upper, 0) || q.Lower >= q.Upper {
			return nil, marketplace.FieldError("query.upper", "bounds must be finite with lower < upper")
		}
	default:
		return nil, marketplace.FieldError("query.aggregate", "must be count or mean")
	}
	return q, nil
}

// consenting returns the study's enrolments whose consent the chain reports valid now.
func (v *Vault) consenting(ctx context.Context, studyID uint64) ([]enrolment, error) {
	all, err := v.enrolled(studyID)
	if err != nil {
		return nil, err
	}
	out := all[:0]
	addrs := make([]marketplace.Address, 0, min(len(all), consentChunk))
	for start := 0; start < len(all); start += consentChunk {
		chunk := all[start:min(start+consentChunk, len(all))]
		addrs = addrs[:0]
		for _, e := range chunk {
			addrs = append(addrs, e.addr)
		}
		valid, err := v.consents.ConsentValid(ctx, studyID, addrs)
		if err != nil {
			return nil, fmt.Errorf("consent check: %w", err)
		}
		if len(valid) != len(addrs) {
			return nil, errors.New("consent check: answer does not match the question")
		}
		for i, e := range chunk {
			if valid[i] {
				out = append(out, e) // out never overtakes the chunk being read
			}
		}
	}
	return out, nil
}

// read authenticates and decrypts the records of refs (fastest in ascending order) and
// calls visit with each, from up to GOMAXPROCS workers; w is the worker's index, below the
// count passed to start before any visit. It reports which refs had a record. Any record that
// fails authentication fails the read with ErrRecordAuth.
func (v *Vault) read(ctx context.Context, refs []ref, start func(workers int), visit func(w int, rec recordView)) ([]bool, error) {
	present := make([]bool, len(refs))
	workers := min(runtime.GOMAXPROCS(0), (len(refs)+scanBatch-1)/scanBatch)
	workers = max(workers, 1)
	start(workers)

	type item struct {
		r               ref
		wrapped, sealed []byte
	}
	err := v.db.View(func(tx *bolt.Tx) error {
		keys, records := newJoin(tx.Bucket(bucketKeys)), newJoin(tx.Bucket(bucketRecords))
		var (
			once     sync.Once
			firstErr error
			failed   = make(chan struct{})
			wg       sync.WaitGroup
			batches  = make(chan []item, 2*workers)
		)
		fail := func(err error) {
			once.Do(func() { firstErr = err; close(failed) })
		}
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				buf := make([]byte, 0, 128)
				sc := new(scratch)
				for batch := range batches {
					select {
					case <-failed:
						continue // drain without decrypting
					default:
					}
					for _, it := range batch {
						plain, err := v.seal.open(sc, buf[:0], it.r, it.wrapped, it.sealed)
						if err != nil {
							fail(err)
							break
						}
						rec, err := viewRecord(plain)
						if err != nil {
							fail(err)
							break
						}
						visit(w, rec)
						clear(plain)
					}
				}
			}()
		}
		batch := make([]item, 0, scanBatch)
	loop:
		for i, r := range refs {
			if i%scanBatch == 0 {
				select {
				case <-failed:
					break loop
				case <-ctx.Done():
					fail(ctx.Err())
					break loop
				default:
				}
			}
			w, s := keys.get(r), records.get(r)
			if w == nil || s == nil {
				continue // erased
			}
			present[i] = true
			batch = append(batch, item{r, w, s})
			if len(batch) == scanBatch {
				select {
				case batches <- batch:
				case <-failed:
					break loop
				}
				batch = make([]item, 0, scanBatch)
			}
		}
		if len(batch) > 0 {
			select {
			case batches <- batch:
			case <-failed:
			}
		}
		close(batches)
		wg.Wait() // the values point into the transaction's memory map
		return firstErr
	})
	if err != nil {
		return nil, err
	}
	return present, nil
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
func (j *join) get(r ref) []byte {
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

// recordView reads an encoded record in place, without allocating. viewRecord checks its
// layout once; the accessors then trust it.
type recordView []byte

func viewRecord(b []byte) (recordView, error) {
	if len(b) < fixedLen || b[0] != recordFormat || b[2] > 2 {
		return nil, errBadRecord
	}
	rest := b[fixedLen:]
	for i := 0; i < int(b[11]); i++ {
		if len(rest) < 1 || len(rest) < 1+int(rest[0]) {
			return nil, errBadRecord
		}
		rest = rest[1+int(rest[0]):]
	}
	if len(rest) != 0 {
		return nil, errBadRecord
	}
	return recordView(b), nil
}

func (r recordView) age() int  { return int(r[1]) }
func (r recordView) sex() byte { return r[2] }

// value returns a numeric field, NaN when it was not measured.
func (r recordView) value(field string) float64 {
	if field == "age" {
		return float64(r[1])
	}
	for i := range measurements {
		if measurements[i].name == field {
			u := uint16(r[3+2*i]) | uint16(r[4+2*i])<<8
			if u == missing {
				return math.NaN()
			}
			return float64(u) / measurements[i].scale
		}
	}
	return math.NaN()
}

// hasCondition reports whether any of the record's codes starts with any of the prefixes.
func (r recordView) hasCondition(prefixes []string) bool {
	rest := r[fixedLen:]
	for len(rest) > 0 {
		code := rest[1 : 1+int(rest[0])]
		rest = rest[1+int(rest[0]):]
		for _, p := range prefixes {
			if codeHasPrefix(code, p) {
				return true
			}
		}
	}
	return false
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

// cohort is a protocol's eligibility criteria, ready to match encoded records.
type cohort struct {
	minAge, maxAge int
	sex            byte // 0: any
	conditions     []string
}

// newCohort prepares eligibility criteria. Ages are inclusive; a MaxAge of 0 means no upper
// limit. Sex, when set, must match the record's; Conditions, when set, need any one code to
// match as an ICD-10 prefix.
func newCohort(e *marketplace.Eligibility) *cohort {
	c := &cohort{minAge: e.MinAge, maxAge: e.MaxAge}
	if c.maxAge == 0 {
		c.maxAge = math.MaxInt
	}
	switch strings.ToLower(e.Sex) {
	case SexFemale:
		c.sex = 1
	case SexMale:
		c.sex = 2
	case "":
	default:
		c.sex = 0xFF // matches nobody
	}
	for _, code := range e.Conditions {
		code = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(code), ".", ""))
		if code != "" {
			c.conditions = append(c.conditions, code)
		}
	}
	if len(e.Conditions) > 0 && len(c.conditions) == 0 {
		c.conditions = []string{"\x00"} // only blank codes: nobody matches
	}
	return c
}

func (c *cohort) match(r recordView) bool {
	if a := r.age(); a < c.minAge || a > c.maxAge {
		return false
	}
	if c.sex != 0 && r.sex() != c.sex {
		return false
	}
	return len(c.conditions) == 0 || r.hasCondition(c.conditions)
}
