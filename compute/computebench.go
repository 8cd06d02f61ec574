package compute

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// ComputeBenchOptions size the compute benchmark (medmarket bench compute).
type ComputeBenchOptions struct {
	Dir      string // scratch directory; vault files are made and removed here
	Patients int    // synthetic patients, split evenly across the vaults
	Vaults   int
	Runs     int // repetitions; medians are reported
	Seed     int64
	// TestParams uses the small HE parameter set instead of the production one.
	TestParams bool
	// Progress, when set, is told what the benchmark is doing.
	Progress func(stage string)
}

// ComputeBenchReport is what the compute benchmark measured: an analysis plan of
// BenchPlanSize statistics in HE_DP mode over Patients patients in Vaults vaults, end to end,
// and beside it, in the same run, its unavoidable parts alone. Durations are medians.
type ComputeBenchReport struct {
	Patients   int        `json:"patients"`
	Vaults     int        `json:"vaults"`
	Threshold  int        `json:"threshold"`
	Statistics int        `json:"statistics"` // queries in the plan
	Slots      int        `json:"slots"`      // HE slots they take
	Runs       int        `json:"runs"`
	Cores      int        `json:"cores"`
	Params     he.Summary `json:"params"`

	// EndToEndSeconds: the analysis job from the queue to pending releases — every vault
	// checks the chain, reads its consenting patients, computes the plan's totals in one
	// scan, writes access logs and privacy charges, encrypts and hands over its ciphertext;
	// the coordinator validates and adds them; the board (with DP noise) and a threshold of
	// vaults check the request and release decryption shares; the coordinator combines them
	// and stores the release — then the researcher decrypts and decodes every statistic.
	EndToEndSeconds float64 `json:"endToEndSeconds"`
	// The unavoidable parts, each measured alone in the same run, on the same data:
	ScanSeconds    float64 `json:"scanSeconds"`    // every vault's projection scan computing the plan's totals (vaults concurrently, as end to end)
	EncryptSeconds float64 `json:"encryptSeconds"` // every vault's lattigo encryption of its totals (concurrently)
	AddSeconds     float64 `json:"addSeconds"`     // adding the vaults' ciphertexts
	DecryptSeconds float64 `json:"decryptSeconds"` // the board's and t vaults' decryption shares, their combination and the researcher's decryption
	PartsSeconds   float64 `json:"partsSeconds"`   // scan + encrypt + add + decrypt
	Ratio          float64 `json:"ratio"`          // EndToEndSeconds / PartsSeconds
	// Of the end-to-end time, the vaults' bookkeeping: access-log entries and privacy
	// charges for every patient read, written before anything leaves (median of the
	// slowest vault's write per run).
	BookkeepingSeconds float64 `json:"bookkeepingSeconds"`

	EndToEndRuns []float64 `json:"endToEndRunsSeconds"`
	ScanRuns     []float64 `json:"scanRunsSeconds"`
	EncryptRuns  []float64 `json:"encryptRunsSeconds"`
	AddRuns      []float64 `json:"addRunsSeconds"`
	DecryptRuns  []float64 `json:"decryptRunsSeconds"`
	SetupSeconds float64   `json:"setupSeconds"` // generating, enrolling and warming (not timed above)
}

// BenchPlanSize is the number of statistics in the benchmark's plan.
const BenchPlanSize = 32

// BenchPlan is the benchmark's analysis plan: 32 statistics with every aggregate of the plan
// language and a dozen distinct filters. prefix makes the query ids (and so their hashes)
// distinct per run: each run is a new plan, as key holders never decrypt the same queries
// twice.
func BenchPlan(prefix string) []marketplace.Query {
	f := func(x float64) *float64 { return &x }
	women := &marketplace.Filter{Sex: "female"}
	diabetic := &marketplace.Filter{Conditions: []string{"E11", "44054006"}}
	metformin := &marketplace.Filter{Medications: []string{"6809", "A10BA02"}}
	old := &marketplace.Filter{MinAge: 65}
	obese := &marketplace.Filter{Observations: []marketplace.Threshold{{Field: "bmi", Min: f(30)}}}
	q := func(id, agg, field string, lo, hi float64, filter *marketplace.Filter) marketplace.Query {
		return marketplace.Query{ID: prefix + id, Aggregate: agg, Field: field, Lower: lo, Upper: hi, Epsilon: 0.3, Filter: filter}
	}
	count := func(id string, filter *marketplace.Filter) marketplace.Query {
		return marketplace.Query{ID: prefix + id, Aggregate: marketplace.AggCount, Epsilon: 0.3, Filter: filter}
	}
	above := func(field string, min float64) *marketplace.Filter {
		return &marketplace.Filter{Observations: []marketplace.Threshold{{Field: field, Min: f(min)}}}
	}
	plan := []marketplace.Query{
		count("n", nil), count("women", women), count("diabetic", diabetic), count("metformin", metformin),
		count("a1c_high", above("hba1c", 6.5)), count("sbp_high", above("systolic", 140)),
		count("ldl_high", above("ldl", 4.1)), count("obese", obese),
		q("a1c_mean", marketplace.AggMean, "hba1c", 4, 14, nil), q("bmi_mean", marketplace.AggMean, "bmi", 15, 50, nil),
		q("sbp_mean", marketplace.AggMean, "systolic", 80, 200, nil), q("dbp_mean", marketplace.AggMean, "diastolic", 40, 130, nil),
		q("ldl_mean", marketplace.AggMean, "ldl", 0.5, 8, nil), q("age_mean", marketplace.AggMean, "age", 18, 100, nil),
		q("a1c_var", marketplace.AggVariance, "hba1c", 4, 14, nil), q("bmi_var", marketplace.AggVariance, "bmi", 15, 50, nil),
		q("sbp_var", marketplace.AggVariance, "systolic", 80, 200, nil), q("ldl_var", marketplace.AggVariance, "ldl", 0.5, 8, nil),
		q("dbp_var", marketplace.AggVariance, "diastolic", 40, 130, women),
		q("enc_sum", marketplace.AggSum, "encounters", 0, 50, nil), q("ldl_sum", marketplace.AggSum, "ldl", 0.5, 8, old),
		q("a1c_diab", marketplace.AggMean, "hba1c", 4, 14, diabetic), q("bmi_women", marketplace.AggMean, "bmi", 15, 50, women),
		q("sbp_old", marketplace.AggMean, "systolic", 80, 200, old), q("a1c_obese", marketplace.AggMean, "hba1c", 4, 14, obese),
		q("age_q", marketplace.AggQuantiles, "age", 18, 100, nil), q("bmi_q", marketplace.AggQuantiles, "bmi", 15, 50, nil),
		q("sbp_q", marketplace.AggQuantiles, "systolic", 80, 200, metformin),
	}
	hist := func(id, field string, lo, hi float64, bins int) marketplace.Query {
		h := q(id, marketplace.AggHistogram, field, lo, hi, nil)
		h.Bins = bins
		return h
	}
	plan = append(plan, hist("bmi_hist", "bmi", 15, 45, 6), hist("age_hist", "age", 20, 100, 8), hist("a1c_hist", "hba1c", 4, 14, 5))
	for i := range plan {
		if plan[i].Aggregate == marketplace.AggQuantiles {
			plan[i].Quantiles = []float64{0.25, 0.5, 0.75}
		}
	}
	// Two statistics with Gaussian noise.
	plan[15].Noise, plan[15].Delta = marketplace.NoiseGaussian, 1e-8
	plan[16].Noise, plan[16].Delta = marketplace.NoiseGaussian, 1e-8
	plan = append(plan, count("smokers_proxy", &marketplace.Filter{Conditions: []string{"J45"}, MaxAge: 40}))
	return plan
}

// RunComputeBench sets up Vaults vaults with Patients synthetic patients, all consenting to
// one HE_DP study, and measures its analysis end to end and its parts alone, Runs times.
func RunComputeBench(ctx context.Context, o ComputeBenchOptions) (*ComputeBenchReport, error) {
	if o.Patients < o.Vaults || o.Vaults < 1 || o.Vaults > 32 || o.Runs < 1 {
		return nil, marketplace.Errorf(marketplace.EINVALID, "need 1 <= vaults <= 32, patients >= vaults and runs >= 1")
	}
	say := func(format string, args ...any) {
		if o.Progress != nil {
			o.Progress(fmt.Sprintf(format, args...))
		}
	}
	setup := time.Now()
	dir, err := os.MkdirTemp(o.Dir, "medmarket-bench-compute-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	params, err := he.DefaultParams()
	if o.TestParams {
		params, err = he.TestParams()
	}
	if err != nil {
		return nil, err
	}
	rep := &ComputeBenchReport{Patients: o.Patients, Vaults: o.Vaults, Threshold: o.Vaults/2 + 1, Runs: o.Runs,
		Cores: runtime.GOMAXPROCS(0), Params: params.Summary(), Statistics: len(BenchPlan(""))}

	chain := NewStaticChain()
	docs, err := studies.OpenDocStore(filepath.Join(dir, "docs.db"))
	if err != nil {
		return nil, err
	}
	defer docs.Close()
	releases, err := OpenReleaseStore(filepath.Join(dir, "releases.db"))
	if err != nil {
		return nil, err
	}
	defer releases.Close()
	kek := make([]byte, KEKSize)
	copy(kek, "medmarket compute benchmark key")

	// The vaults: each generates its share of the cohort, enrols it in study 1, and has its
	// keys in the key cache (a serving vault warms it at start).
	var nodes []VaultNode
	cohorts := make([][]ref, o.Vaults)
	for i := 0; i < o.Vaults; i++ {
		n := o.Patients / o.Vaults
		if i < o.Patients%o.Vaults {
			n++
		}
		v, err := OpenVaultWith(filepath.Join(dir, fmt.Sprintf("vault-%d.db", i+1)), kek, chain,
			VaultOptions{KeyCache: max(n, 1), PatientEpsilon: math.Inf(1)})
		if err != nil {
			return nil, err
		}
		defer v.Close()
		say("vault %d/%d: generating %d patients", i+1, o.Vaults, n)
		if err := Generate(ctx, v, n, o.Seed+int64(i)*1_000_003, nil); err != nil {
			return nil, err
		}
		refs, err := v.allRefs()
		if err != nil {
			return nil, err
		}
		es := make([]enrolment, len(refs))
		for j, r := range refs {
			es[j] = enrolment{r: r}
			copy(es[j].addr[:], r[:])
			es[j].addr[19] ^= byte(i + 1)
		}
		// Small transactions: a study's bucket takes each patient twice (by handle and by
		// address), and one node taking 100,000 inserts moves memory quadratically.
		for start := 0; start < len(es); start += 4096 {
			if err := v.enroll(1, es[start:min(start+4096, len(es))]); err != nil {
				return nil, err
			}
		}
		v.warmKeys(ctx)
		cohorts[i] = refs
		nodes = append(nodes, VaultNode{ID: fmt.Sprintf("vault-%d", i+1), Vault: v})
	}
	board, err := OpenDecryptionLedger(filepath.Join(dir, "board.db"))
	if err != nil {
		return nil, err
	}
	defer board.Close()
	say("key ceremony: the board and %d vaults (%s)", o.Vaults, params.Name())
	rt, err := StartRuntime(RuntimeConfig{Chain: chain, Docs: docs, Releases: releases, Vaults: nodes,
		HE: &HEConfig{Params: params, Threshold: rep.Threshold, BoardLedger: board}})
	if err != nil {
		return nil, err
	}
	defer rt.Stop()
	researcher, err := he.NewResearcher(params)
	if err != nil {
		return nil, err
	}
	pk, err := researcher.PublicKey().MarshalBinary()
	if err != nil {
		return nil, err
	}
	keyHash := marketplace.Hash(sha256.Sum256(pk))
	if err := docs.Put(ctx, keyHash, pk); err != nil {
		return nil, err
	}
	rep.SetupSeconds = time.Since(setup).Seconds()

	var bookkeeping []float64
	for run := 0; run < o.Runs; run++ {
		plan := BenchPlan(fmt.Sprintf("r%d_", run))
		p := benchProtocol(marketplace.Eligibility{MinAge: 18, MaxAge: 120}, marketplace.ModeHEDP, plan...)
		p.ResultKey, p.Budget.Delta = keyHash.Hex(), 1e-6
		doc, err := studies.Rules{}.Canonical(p)
		if err != nil {
			return nil, err
		}
		if err := docs.Put(ctx, studies.Rules{}.Hash(doc), doc); err != nil {
			return nil, err
		}
		if err := chain.Approve(1, p); err != nil {
			return nil, err
		}
		ids := make([]string, len(plan))
		qs := make([]*marketplace.Query, len(plan))
		for i := range plan {
			ids[i], qs[i] = plan[i].ID, &p.Plan[i]
		}
		layout, err := newHELayout(qs, params, p.ParticipantCap)
		if err != nil {
			return nil, err
		}
		rep.Slots = layout.total

		// End to end.
		var mu sync.Mutex
		var slowest time.Duration
		for _, n := range nodes {
			n.Vault.logTimer = func(d time.Duration) {
				mu.Lock()
				slowest = max(slowest, d)
				mu.Unlock()
			}
		}
		say("run %d/%d: end to end, %d statistics over %d patients in %d vaults", run+1, o.Runs, len(plan), o.Patients, o.Vaults)
		runtime.GC()
		start := time.Now()
		job := marketplace.Job{ID: fmt.Sprintf("bench/%d", run), Kind: marketplace.JobAnalysis, StudyID: 1, Queries: ids}
		if err := rt.Queue.Enqueue(ctx, marketplace.TopicAnalysis, job); err != nil {
			return nil, err
		}
		res, err := rt.Queue.Wait(ctx, job.ID)
		if err != nil {
			return nil, err
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		var rels []*marketplace.Release
		for _, q := range p.Plan {
			r, err := releases.GetRelease(ctx, 1, q.ID)
			if err != nil || r == nil {
				return nil, fmt.Errorf("no release of %s: %v", q.ID, err)
			}
			rels = append(rels, r)
		}
		opened, err := OpenReleases(ctx, docs, params, researcher, p, rels, 0)
		if err != nil {
			return nil, err
		}
		rep.EndToEndRuns = append(rep.EndToEndRuns, time.Since(start).Seconds())
		bookkeeping = append(bookkeeping, slowest.Seconds())
		for _, n := range nodes {
			n.Vault.logTimer = nil
		}
		if got := opened[0].Value; math.Abs(got-float64(o.Patients)) > 0.05*float64(o.Patients)+100 {
			return nil, fmt.Errorf("the cohort count came out %v for %d patients", got, o.Patients)
		}

		// The parts alone, on the same data and plan.
		say("run %d/%d: the parts alone", run+1, o.Runs)
		runtime.GC()
		vecs := make([][]int64, len(nodes))
		errs := make([]error, len(nodes))
		start = time.Now()
		var wg sync.WaitGroup
		for i, n := range nodes {
			wg.Add(1)
			go func() {
				defer wg.Done()
				vecs[i], errs[i] = n.Vault.scanTotals(ctx, p, qs, layout, cohorts[i])
			}()
		}
		wg.Wait()
		rep.ScanRuns = append(rep.ScanRuns, time.Since(start).Seconds())
		for _, err := range errs {
			if err != nil {
				return nil, err
			}
		}
		d, err := heParts(ctx, params, rt.HE, researcher, vecs, rep.Threshold, layout, run)
		if err != nil {
			return nil, err
		}
		rep.EncryptRuns = append(rep.EncryptRuns, d[0])
		rep.AddRuns = append(rep.AddRuns, d[1])
		rep.DecryptRuns = append(rep.DecryptRuns, d[2])
	}
	rep.EndToEndSeconds = marketplace.Median(rep.EndToEndRuns)
	rep.ScanSeconds = marketplace.Median(rep.ScanRuns)
	rep.EncryptSeconds = marketplace.Median(rep.EncryptRuns)
	rep.AddSeconds = marketplace.Median(rep.AddRuns)
	rep.DecryptSeconds = marketplace.Median(rep.DecryptRuns)
	rep.PartsSeconds = rep.ScanSeconds + rep.EncryptSeconds + rep.AddSeconds + rep.DecryptSeconds
	rep.Ratio = rep.EndToEndSeconds / rep.PartsSeconds
	rep.BookkeepingSeconds = marketplace.Median(bookkeeping)
	return rep, nil
}

// scanTotals is the vault's projection scan alone: the plan's slot totals over refs, with
// no chain, access log or privacy ledger (benchmarks only).
func (v *Vault) scanTotals(ctx context.Context, p *marketplace.Protocol, qs []*marketplace.Query, layout *heLayout, refs []ref) ([]int64, error) {
	qp, err := compileQueries(&p.Eligibility, qs, v.now())
	if err != nil {
		return nil, err
	}
	filters, filterOf := distinctFilters(qp)
	parts := make([][]int64, 0)
	_, err = v.scan(ctx, refs, scanSpec{
		plan: qp.elig,
		start: func(workers int) {
			parts = make([][]int64, workers)
			for w := range parts {
				parts[w] = make([]int64, layout.total)
			}
		},
		visit: func(w int, rec recordView) {
			var matched uint64
			for i, f := range filters {
				if f == nil {
					matched |= 1 << i
				} else if m, _ := f.match(rec); m {
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
				layout.add(parts[w], i, x)
			}
		},
	})
	if err != nil {
		return nil, err
	}
	vec := make([]int64, layout.total)
	for _, p := range parts {
		for i, x := range p {
			vec[i] += x
		}
	}
	return vec, nil
}

// heParts times lattigo alone: every vault's encryption (concurrently), the addition, and the
// decryption (the board's share with noise, t vault shares, their combination, the
// researcher's decryption).
func heParts(ctx context.Context, params he.Params, com *HECommittee, res *he.Researcher, vecs [][]int64, threshold int, layout *heLayout, run int) ([3]float64, error) {
	var out [3]float64
	var err error
	encs := make([]*he.Encryptor, len(vecs))
	for i := range encs {
		if encs[i], err = he.NewEncryptor(params, com.PublicKey); err != nil {
			return out, err
		}
	}
	cts := make([]*he.Ciphertext, len(vecs))
	errs := make([]error, len(vecs))
	start := time.Now()
	var wg sync.WaitGroup
	for i := range vecs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cts[i], errs[i] = encs[i].Encrypt(vecs[i])
		}()
	}
	wg.Wait()
	out[0] = time.Since(start).Seconds()
	for _, err := range errs {
		if err != nil {
			return out, err
		}
	}
	co, err := he.NewCoordinator(params, com.Committee)
	if err != nil {
		return out, err
	}
	start = time.Now()
	total, err := co.Sum(cts...)
	out[1] = time.Since(start).Seconds()
	if err != nil {
		return out, err
	}
	// Fresh parties over the same committee secrets would need the ceremony again; the
	// committee's own parties decrypt, under request ids no real run uses.
	vaults := com.Committee.Vaults[:threshold]
	req, err := co.NewRequest(fmt.Sprintf("bench-parts/%d", run), total, res.PublicKey(), vaults, layout.total)
	if err != nil {
		return out, err
	}
	nz, err := boardNoise(layout, nil)
	if err != nil {
		return out, err
	}
	start = time.Now()
	shares := make([]*he.DecryptionShare, len(vaults)+1)
	errs = make([]error, len(vaults)+1)
	for i := range shares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 0 {
				shares[0], errs[0] = com.Board.DecryptShare(ctx, req, nz)
			} else {
				shares[i], errs[i] = com.Vaults[vaults[i-1]].DecryptShare(ctx, req, nil)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return out, err
		}
	}
	switched, err := co.Combine(req, shares)
	if err != nil {
		return out, err
	}
	if _, err := res.DecodePublic(switched, layout.total); err != nil {
		return out, err
	}
	out[2] = time.Since(start).Seconds()
	return out, nil
}
