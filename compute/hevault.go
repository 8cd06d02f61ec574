package compute

import (
	"context"
	"encoding/json"
	"fmt"
	"math"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// planRun is a set of a study's plan queries computed together, as checked by a vault or key
// holder against the chain: the approved protocol and the queries, in plan order.
type planRun struct {
	studyID  uint64
	protocol *marketplace.Protocol
	queries  []*marketplace.Query
	hashes   []marketplace.Hash
}

// runQueries returns the run's queries with their hashes, for the access log.
func (r *planRun) runQueries() []runQuery {
	out := make([]runQuery, len(r.queries))
	for i, q := range r.queries {
		out[i] = runQuery{q.ID, r.hashes[i]}
	}
	return out
}

// epsilonUnits is what the run costs each patient it reads.
func (r *planRun) epsilonUnits() uint64 {
	var u uint64
	for _, q := range r.queries {
		u += marketplace.EpsilonUnits(q.Epsilon)
	}
	return u
}

// requestID is the decryption request id of the run: bound to the study and the exact
// queries, so that every key holder refuses a second decryption of the same queries.
func (r *planRun) requestID() string {
	h := sha256Hex(func(w func([]byte)) {
		for _, qh := range r.hashes {
			w(qh[:])
		}
	})
	return fmt.Sprintf("medmarket/he/study/%d/queries/%s", r.studyID, h[:32])
}

// loadRun loads and checks a run for a party that trusts only the chain and the
// content-addressed document store: the study is approved, the stored protocol is the one
// whose hash the chain holds, every query id is in its plan (once), and, when unspent is
// set, no query's budget has been spent yet (its release is not out).
func loadRun(ctx context.Context, chain marketplace.ChainView, docs marketplace.DocumentStore, studyID uint64, ids []string, unspent bool) (*planRun, error) {
	st, err := chain.Study(ctx, studyID)
	if err != nil {
		return nil, err
	}
	if !st.Status.Analysable() {
		return nil, marketplace.Errorf(marketplace.EFORBIDDEN, "study %d is %s on chain; only approved studies are computed", studyID, st.Status)
	}
	doc, err := docs.Get(ctx, st.ProtocolHash)
	if err != nil {
		return nil, err
	}
	p, err := studies.Rules{}.Parse(doc)
	if err != nil {
		return nil, err
	}
	if !(studies.Rules{}).HashesTo(p, st.ProtocolHash) {
		return nil, marketplace.Errorf(marketplace.EFORBIDDEN, "the stored protocol is not the one approved on chain for study %d", studyID)
	}
	return checkRun(ctx, chain, studyID, p, ids, unspent)
}

// checkRun checks a run's query ids against an approved protocol (see loadRun).
func checkRun(ctx context.Context, chain marketplace.ChainView, studyID uint64, p *marketplace.Protocol, ids []string, unspent bool) (*planRun, error) {
	if len(ids) == 0 || len(ids) > 2*studies.MaxQueries {
		return nil, marketplace.FieldError("queries", "a run names 1 to %d plan queries", studies.MaxQueries)
	}
	r := &planRun{studyID: studyID, protocol: p}
	seen := map[string]bool{}
	for _, id := range ids {
		q := p.Query(id)
		if q == nil || seen[id] {
			return nil, marketplace.Errorf(marketplace.EFORBIDDEN, "query %q is not in the study's registered analysis plan", clipID(id))
		}
		seen[id] = true
		if err := checkQuery(q); err != nil {
			return nil, err
		}
		qh := studies.Rules{}.QueryHash(studyID, q)
		if unspent {
			spent, _, err := chain.Spent(ctx, studyID, qh)
			if err != nil {
				return nil, err
			}
			if spent {
				return nil, marketplace.Errorf(marketplace.ECONFLICT, "query %s was already released", q.ID)
			}
		}
		r.queries = append(r.queries, q)
		r.hashes = append(r.hashes, qh)
	}
	return r, nil
}

func clipID(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// aggregateHE computes the vault's local totals of a run's queries (HE_DP mode): one scan
// of the consenting patients within their lifetime epsilon, every query's contributions
// added into the run's slot layout (helayout.go), with the same checks, access log (one entry
// per patient naming the run's queries) and privacy charges (the sum of the run's epsilons)
// as Answer. The totals never leave the vault in the clear: the caller encrypts them.
func (v *Vault) aggregateHE(ctx context.Context, run *planRun, layout *heLayout) ([]int64, []marketplace.Address, error) {
	if v.chain == nil {
		return nil, nil, fmt.Errorf("the vault has no view of the chain")
	}
	if err := v.checkApproved(ctx, run.studyID, run.protocol); err != nil {
		return nil, nil, err
	}
	now := v.now()
	qp, err := compileQueries(&run.protocol.Eligibility, run.queries, now)
	if err != nil {
		return nil, nil, err
	}
	cohort, err := v.cohort(ctx, run.studyID, run.epsilonUnits())
	if err != nil {
		return nil, nil, err
	}
	if len(cohort.refs) > int(run.protocol.ParticipantCap) {
		return nil, nil, marketplace.Errorf(marketplace.EFORBIDDEN, "the vault holds more consenting participants than the study's cap")
	}
	log, err := v.newLogSpec(run.studyID, run.runQueries(), now)
	if err != nil {
		return nil, nil, err
	}
	// Queries that share a filter share its evaluation.
	filters, filterOf := distinctFilters(qp)
	type partial struct {
		vec []int64
		bad bool
		_   [40]byte
	}
	var parts []partial
	res, err := v.scan(ctx, cohort.refs, scanSpec{
		plan: qp.elig,
		start: func(workers int) {
			parts = make([]partial, workers)
			for w := range parts {
				parts[w].vec = make([]int64, layout.total)
			}
		},
		visit: func(w int, rec recordView) {
			var matched uint64 // bit i: the record meets distinct filter i
			for i, f := range filters {
				m := true
				if f != nil {
					var ok bool
					if m, ok = f.match(rec); !ok {
						parts[w].bad = true
					}
				}
				if m {
					matched |= 1 << i
				}
			}
			for i := range qp.queries {
				if matched&(1<<filterOf[i]) == 0 {
					continue
				}
				x := math.NaN()
				if qp.queries[i].value != valueNone {
					x = qp.elig.get(rec, qp.queries[i].value)
				}
				layout.add(parts[w].vec, i, x)
			}
		},
		log: log,
	})
	if err != nil {
		return nil, nil, err
	}
	vec := make([]int64, layout.total)
	for _, p := range parts {
		if p.bad {
			return nil, nil, errBadRecord
		}
		for i, x := range p.vec {
			vec[i] += x
		}
	}
	included, err := v.commit(log, res, cohort, run.epsilonUnits())
	if err != nil {
		return nil, nil, err
	}
	return vec, included, nil
}

// distinctFilters returns the distinct query filters of a run (nil for none) and, for each
// query, the index of its filter. There are at most 32 queries, so at most 32 filters.
func distinctFilters(qp *queryPlans) ([]*plan, []int) {
	var filters []*plan
	var keys []string
	of := make([]int, len(qp.queries))
	for i, q := range qp.queries {
		key := ""
		if q.q.Filter != nil {
			b, _ := json.Marshal(q.q.Filter)
			key = string(b)
		}
		j := -1
		for k, existing := range keys {
			if existing == key {
				j = k
			}
		}
		if j < 0 {
			j = len(filters)
			filters = append(filters, q.filter)
			keys = append(keys, key)
		}
		of[i] = j
	}
	return filters, of
}
