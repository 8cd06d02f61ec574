package compute

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/google/differential-privacy/go/v3/dpagg"
	"github.com/google/differential-privacy/go/v3/noise"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// consentChunk bounds how many addresses one consent check asks the chain about.
const consentChunk = 500

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
// ErrRecordAuth, no value). Before the answer is returned, every patient whose record was read
// gets an entry in their access log (AccessLog) naming the study, the query, its hash (which
// the vault computes itself; a req.QueryHash that differs is EINVALID) and the time; if the
// log cannot be written, there is no answer.
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
	// The vault hashes the query itself for the access log; a caller's hash must agree.
	qh := studies.Rules{}.QueryHash(req.StudyID, q)
	if !req.QueryHash.IsZero() && req.QueryHash != qh {
		return nil, marketplace.FieldError("queryHash", "does not match the query")
	}
	now := v.now()
	field := ""
	if q.Aggregate == marketplace.AggMean {
		field = q.Field
	}
	pl, err := compile(FilterOf(&req.Protocol.Eligibility), field, now)
	if err != nil {
		return nil, err
	}
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
	log, err := v.newLogSpec(req.StudyID, q.ID, qh, now)
	if err != nil {
		return nil, err
	}

	type partial struct {
		n      int64
		values []float64
		_      [40]byte // keep workers' counters on separate cache lines
	}
	var parts []partial
	res, err := v.scan(ctx, refs, scanSpec{
		plan:  pl,
		start: func(workers int) { parts = make([]partial, workers) },
		visit: func(w int, rec recordView) {
			if isCount {
				parts[w].n++
				return
			}
			if x := pl.get(rec, pl.value); !math.IsNaN(x) {
				parts[w].values = append(parts[w].values, x)
			}
		},
		log: log,
	})
	if err != nil {
		return nil, err
	}
	// Every patient read is logged before anything derived from their record leaves.
	logStart := time.Now()
	if err := v.writeLog(log, res.logs); err != nil {
		return nil, fmt.Errorf("access log: %w", err)
	}
	if v.logTimer != nil {
		v.logTimer(time.Since(logStart))
	}

	ans := &marketplace.Answer{Included: make([]marketplace.Address, 0, len(consenting))}
	for i, e := range consenting {
		if res.present[i] {
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
	if q == nil || (studies.Rules{}).QueryHash(req.StudyID, q) != (studies.Rules{}).QueryHash(req.StudyID, req.Query) {
		return nil, marketplace.Errorf(marketplace.EFORBIDDEN, "the query is not in the study's registered analysis plan")
	}
	if math.IsNaN(q.Epsilon) || math.IsInf(q.Epsilon, 0) || q.Epsilon <= 0 {
		return nil, marketplace.FieldError("query.epsilon", "must be greater than 0")
	}
	switch q.Aggregate {
	case marketplace.AggCount:
	case marketplace.AggMean:
		if !numericField(q.Field) {
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
