package compute

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// consentChunk bounds how many addresses one consent check asks the chain about.
const consentChunk = 500

// Answer computes a differentially private answer to one pre-registered query of a study (DP
// mode). Before reading anything the vault checks for itself, against the chain, that the
// study is approved and that req.Protocol is the document whose hash the chain holds, and
// that the query is in its plan (EFORBIDDEN otherwise). It asks the chain which of the
// study's enrolled participants hold a valid consent now, and leaves out those whose lifetime
// epsilon (VaultOptions.PatientEpsilon) the query would take past the limit; only the others'
// records are read, and Included lists every one of them whose record was read. The
// aggregate runs over those who also meet the protocol's eligibility criteria and the
// query's filter, with the noise, clamping and small-cell suppression described in dp.go.
//
// Any record that fails authentication fails the whole answer (an error wrapping
// ErrRecordAuth, no value). Before the answer is returned, every patient whose record was read
// gets an entry in their access log (AccessLog) naming the study, the query, its hash (which
// the vault computes itself; a req.QueryHash that differs is EINVALID) and the time, and is
// charged the query's epsilon in the privacy ledger; if either cannot be written, there is no
// answer.
func (v *Vault) Answer(ctx context.Context, req marketplace.AnalysisRequest) (*marketplace.Answer, error) {
	ans, err := v.answer(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("compute.Vault.Answer: %w", err)
	}
	return ans, nil
}

func (v *Vault) answer(ctx context.Context, req marketplace.AnalysisRequest) (*marketplace.Answer, error) {
	if v.chain == nil {
		return nil, errors.New("the vault has no view of the chain")
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
	if err := v.checkApproved(ctx, req.StudyID, req.Protocol); err != nil {
		return nil, err
	}
	now := v.now()
	qp, err := compileQueries(&req.Protocol.Eligibility, []*marketplace.Query{q}, now)
	if err != nil {
		return nil, err
	}
	// Refuse parameters the DP library refuses before any record is read.
	if _, err := dpAnswer(q, dpInput{}, v.minCell(), v.noise); err != nil {
		return nil, err
	}

	units := marketplace.EpsilonUnits(q.Epsilon)
	cohort, err := v.cohort(ctx, req.StudyID, units)
	if err != nil {
		return nil, err
	}
	log, err := v.newLogSpec(req.StudyID, []runQuery{{q.ID, qh}}, now)
	if err != nil {
		return nil, err
	}
	type partial struct {
		in  dpInput
		bad bool
		_   [40]byte // keep workers' counters on separate cache lines
	}
	var parts []partial
	isCount := q.Aggregate == marketplace.AggCount
	res, err := v.scan(ctx, cohort.refs, scanSpec{
		plan:  qp.elig,
		start: func(workers int) { parts = make([]partial, workers) },
		visit: func(w int, rec recordView) {
			m, ok := qp.queries[0].match(rec)
			if !ok {
				parts[w].bad = true
			}
			if !m {
				return
			}
			if isCount {
				parts[w].in.n++
				return
			}
			if x := qp.elig.get(rec, qp.queries[0].value); !math.IsNaN(x) {
				parts[w].in.values = append(parts[w].in.values, clamp(x, q.Lower, q.Upper))
			}
		},
		log: log,
	})
	if err != nil {
		return nil, err
	}
	var in dpInput
	for _, p := range parts {
		if p.bad {
			return nil, errBadRecord
		}
		in.n += p.in.n
		in.values = append(in.values, p.in.values...)
	}
	// Every patient read is logged and charged before anything derived from their record
	// leaves.
	included, err := v.commit(log, res, cohort, units)
	if err != nil {
		return nil, err
	}
	ans, err := dpAnswer(q, in, v.minCell(), v.noise)
	if err != nil {
		return nil, err
	}
	ans.Included = included
	return ans, nil
}

// cohortSet is the set of patients a computation may read: the study's enrolments with a
// valid consent now whose lifetime epsilon allows it, in handle order.
type cohortSet struct {
	es   []enrolment
	refs []ref
}

func (v *Vault) cohort(ctx context.Context, studyID uint64, units uint64) (*cohortSet, error) {
	consenting, err := v.consenting(ctx, studyID)
	if err != nil {
		return nil, err
	}
	es, err := v.withinLimit(consenting, units)
	if err != nil {
		return nil, err
	}
	c := &cohortSet{es: es, refs: make([]ref, len(es))}
	for i, e := range es {
		c.refs[i] = e.r
	}
	return c, nil
}

// commit writes a run's access-log entries and privacy charges and returns the pseudonymous
// addresses of the patients it read.
func (v *Vault) commit(log *logSpec, res *scanResult, c *cohortSet, units uint64) ([]marketplace.Address, error) {
	included := make([]marketplace.Address, 0, len(c.es))
	read := make([]ref, 0, len(c.es))
	for i, e := range c.es {
		if res.present[i] {
			included = append(included, e.addr)
			read = append(read, e.r)
		}
	}
	start := time.Now()
	if err := v.commitRun(log, res.logs, read, units); err != nil {
		return nil, fmt.Errorf("access log and privacy ledger: %w", err)
	}
	if v.logTimer != nil {
		v.logTimer(time.Since(start))
	}
	return included, nil
}

// checkApproved checks against the chain that the study is approved and that p is the
// protocol document whose hash the chain holds for it.
func (v *Vault) checkApproved(ctx context.Context, studyID uint64, p *marketplace.Protocol) error {
	st, err := v.chain.Study(ctx, studyID)
	if err != nil {
		return fmt.Errorf("study check: %w", err)
	}
	if !st.Status.Analysable() {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "study %d is %s on chain; the vault answers approved studies only", studyID, st.Status)
	}
	if !(studies.Rules{}).HashesTo(p, st.ProtocolHash) {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "the protocol is not the one approved on chain for study %d", studyID)
	}
	return nil
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
	if err := checkQuery(q); err != nil {
		return nil, err
	}
	return q, nil
}

// checkQuery re-checks what the vault relies on in a registered query.
func checkQuery(q *marketplace.Query) error {
	if math.IsNaN(q.Epsilon) || math.IsInf(q.Epsilon, 0) || q.Epsilon <= 0 {
		return marketplace.FieldError("query.epsilon", "must be greater than 0")
	}
	if !slices.Contains(marketplace.Aggregates, q.Aggregate) {
		return marketplace.FieldError("query.aggregate", "must be one of the plan language's aggregates")
	}
	if q.Aggregate == marketplace.AggCount {
		return nil
	}
	if !numericField(q.Field) {
		return marketplace.FieldError("query.field", "is not a numeric patient field")
	}
	if math.IsNaN(q.Lower) || math.IsNaN(q.Upper) || math.IsInf(q.Lower, 0) || math.IsInf(q.Upper, 0) || q.Lower >= q.Upper {
		return marketplace.FieldError("query.upper", "bounds must be finite with lower < upper")
	}
	if q.Aggregate == marketplace.AggHistogram && (q.Bins < 2 || q.Bins > studies.MaxBins) {
		return marketplace.FieldError("query.bins", "a histogram needs 2 to %d bins", studies.MaxBins)
	}
	if q.Aggregate == marketplace.AggQuantiles && len(q.Quantiles) == 0 {
		return marketplace.FieldError("query.quantiles", "a quantiles query needs ranks")
	}
	return nil
}

// queryPlans are the compiled queries of one run: the study's eligibility plan, which the
// scan checks first, and each query's own filter and field.
type queryPlans struct {
	elig    *plan
	queries []queryPlan
}

// queryPlan is one compiled query.
type queryPlan struct {
	q      *marketplace.Query
	filter *plan // nil: no filter beyond eligibility
	value  int   // the field read (valueNone for counts)
}

// match reports whether an eligible record meets the query's own filter.
func (qp *queryPlan) match(r recordView) (match, ok bool) {
	if qp.filter == nil {
		return true, true
	}
	return qp.filter.match(r)
}

func compileQueries(e *marketplace.Eligibility, qs []*marketplace.Query, now time.Time) (*queryPlans, error) {
	elig, err := compile(FilterOf(e), "", now)
	if err != nil {
		return nil, err
	}
	out := &queryPlans{elig: elig}
	for _, q := range qs {
		qp := queryPlan{q: q, value: valueNone}
		if q.Filter != nil {
			if qp.filter, err = compile(QueryFilterOf(q.Filter), "", now); err != nil {
				return nil, err
			}
		}
		if q.Aggregate != marketplace.AggCount {
			idx, ok := fieldIndex(q.Field)
			if !ok {
				return nil, marketplace.FieldError("query.field", "is not a numeric patient field")
			}
			qp.value = idx
		}
		out.queries = append(out.queries, qp)
	}
	return out, nil
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
		valid, err := v.chain.ConsentValid(ctx, studyID, addrs)
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
