package compute

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// pipeline is a deployment in one test: a static chain, a document and release store,
// several vaults with synthetic patients enrolled in study 1, and a Runtime over them.
type pipeline struct {
	t        *testing.T
	chain    *StaticChain
	docs     *studies.DocStore
	releases *ReleaseStore
	vaults   []*testVault
	nodes    []VaultNode
	rt       *Runtime
	params   he.Params
	res      *he.Researcher
	blobs    *recordingBlobs
	board    *DecryptionLedger
	seed     uint64 // of the board's noise
	// allQueries are the ids of the last approved plan.
	allQueries []string
}

// recordingBlobs records the keys read through it, and can corrupt values written.
type recordingBlobs struct {
	Blobs
	mu      sync.Mutex
	read    []string
	values  map[string][]byte
	corrupt func(key string, val []byte) []byte
}

func (r *recordingBlobs) GetBlob(ctx context.Context, key string) ([]byte, error) {
	v, err := r.Blobs.GetBlob(ctx, key)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.read = append(r.read, key)
	if r.values == nil {
		r.values = map[string][]byte{}
	}
	r.values[key] = v
	return v, err
}

func (r *recordingBlobs) PutBlob(ctx context.Context, key string, val []byte) error {
	r.mu.Lock()
	c := r.corrupt
	r.mu.Unlock()
	if c != nil {
		val = c(key, val)
	}
	return r.Blobs.PutBlob(ctx, key, val)
}

const pipelineStudy = 1

func newPipeline(t *testing.T, vaults, patientsEach int, heMode bool) *pipeline {
	t.Helper()
	pl := &pipeline{t: t, chain: NewStaticChain(), seed: 77}
	dir := t.TempDir()
	var err error
	if pl.docs, err = studies.OpenDocStore(filepath.Join(dir, "docs.db")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pl.docs.Close() })
	if pl.releases, err = OpenReleaseStore(filepath.Join(dir, "releases.db")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pl.releases.Close() })
	for i := 0; i < vaults; i++ {
		tv := openTestVaultWith(t, VaultOptions{MinCell: DefaultMinCell, PatientEpsilon: 50})
		if err := Seed(tv.Vault, patientsEach, int64(100+i)); err != nil {
			t.Fatal(err)
		}
		refs, _ := tv.PatientRefs(context.Background(), patientsEach)
		es := make([]enrolment, len(refs))
		for j, s := range refs {
			r, _ := parseRef(s)
			es[j] = enrolment{r, addr(i*100_000 + j)}
		}
		if err := tv.enroll(pipelineStudy, es); err != nil {
			t.Fatal(err)
		}
		tv.Vault.chain = pl.chain
		pl.vaults = append(pl.vaults, tv)
		pl.nodes = append(pl.nodes, VaultNode{ID: fmt.Sprintf("vault-%d", i+1), Vault: tv.Vault})
	}
	inner := NewMemoryBlobs()
	pl.blobs = &recordingBlobs{Blobs: inner}
	cfg := RuntimeConfig{Blobs: pl.blobs, Chain: pl.chain, Docs: pl.docs, Releases: pl.releases, Vaults: pl.nodes}
	if heMode {
		if pl.params, err = he.TestParams(); err != nil {
			t.Fatal(err)
		}
		if pl.board, err = OpenDecryptionLedger(filepath.Join(dir, "board.db")); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { pl.board.Close() })
		cfg.HE = &HEConfig{Params: pl.params, Threshold: vaults/2 + 1, BoardLedger: pl.board, BoardRand: seededReader(pl.seed)}
		if pl.res, err = he.NewResearcher(pl.params); err != nil {
			t.Fatal(err)
		}
	}
	if pl.rt, err = StartRuntime(cfg); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pl.rt.Stop)
	return pl
}

// seededReader is a deterministic byte stream (tests only).
func seededReader(seed uint64) *rand.ChaCha8 {
	var s [32]byte
	s[0], s[1] = byte(seed), byte(seed>>8)
	return rand.NewChaCha8(s)
}

// protocol registers the researcher's key (HE) and approves a protocol with this plan.
func (pl *pipeline) protocol(mode marketplace.Mode, plan ...marketplace.Query) *marketplace.Protocol {
	pl.t.Helper()
	p := benchProtocol(marketplace.Eligibility{MinAge: 18, MaxAge: 120}, mode, plan...)
	p.ParticipantCap = 100_000
	for _, q := range plan {
		p.Budget.Delta += q.Delta
	}
	if mode == marketplace.ModeHEDP {
		b, err := pl.res.PublicKey().MarshalBinary()
		if err != nil {
			pl.t.Fatal(err)
		}
		h := marketplace.Hash(sha256.Sum256(b))
		if err := pl.docs.Put(context.Background(), h, b); err != nil {
			pl.t.Fatal(err)
		}
		p.ResultKey = h.Hex()
	}
	doc, err := studies.Rules{}.Canonical(p)
	if err != nil {
		pl.t.Fatal(err)
	}
	if err := pl.docs.Put(context.Background(), studies.Rules{}.Hash(doc), doc); err != nil {
		pl.t.Fatal(err)
	}
	if err := pl.chain.Approve(pipelineStudy, p); err != nil {
		pl.t.Fatal(err)
	}
	pl.allQueries = nil
	for _, q := range p.Plan {
		pl.allQueries = append(pl.allQueries, q.ID)
	}
	return p
}

// analyse runs an analysis job for the queries and returns its result.
func (pl *pipeline) analyse(id string, queries ...string) error {
	if len(queries) == 0 {
		queries = pl.allQueries
	}
	pl.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	job := marketplace.Job{ID: id, Kind: marketplace.JobAnalysis, StudyID: pipelineStudy, Queries: queries}
	if err := pl.rt.Queue.Enqueue(ctx, marketplace.TopicAnalysis, job); err != nil {
		pl.t.Fatal(err)
	}
	res, err := pl.rt.Queue.Wait(ctx, job.ID)
	if err != nil {
		pl.t.Fatal(err)
	}
	return res.Err()
}

func (pl *pipeline) stored(p *marketplace.Protocol) []*marketplace.Release {
	var out []*marketplace.Release
	for _, q := range p.Plan {
		r, err := pl.releases.GetRelease(context.Background(), pipelineStudy, q.ID)
		if err != nil {
			pl.t.Fatal(err)
		}
		if r != nil {
			out = append(out, r)
		}
	}
	return out
}

// plaintextTotals computes, outside the pipeline, the slot totals of a run from the vaults'
// decrypted records (the operator's own view), as the layout defines them.
func (pl *pipeline) plaintextTotals(p *marketplace.Protocol, layout *heLayout) []int64 {
	pl.t.Helper()
	ctx := context.Background()
	now := pl.vaults[0].now()
	qs := make([]*marketplace.Query, len(layout.queries))
	for i := range layout.queries {
		qs[i] = layout.queries[i].q
	}
	qp, err := compileQueries(&p.Eligibility, qs, now)
	if err != nil {
		pl.t.Fatal(err)
	}
	vec := make([]int64, layout.total)
	for _, tv := range pl.vaults {
		refs, _ := tv.PatientRefs(ctx, 1<<30)
		for _, s := range refs {
			pt, err := tv.Patient(ctx, s)
			if err != nil {
				pl.t.Fatal(err)
			}
			if err := pt.normalize(); err != nil {
				pl.t.Fatal(err)
			}
			rv, _ := viewRecord(appendRecord(nil, pt))
			if m, _ := qp.elig.match(rv); !m {
				continue
			}
			for i := range qp.queries {
				if m, _ := qp.queries[i].match(rv); !m {
					continue
				}
				x := math.NaN()
				if qp.queries[i].value != valueNone {
					x = qp.elig.get(rv, qp.queries[i].value)
				}
				layout.add(vec, i, x)
			}
		}
	}
	return vec
}

func fp(x float64) *float64 { return &x }

// hePlan has every aggregate, with filters.
func hePlan() []marketplace.Query {
	diabetic := &marketplace.Filter{Conditions: []string{"E11"}}
	return []marketplace.Query{
		{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 0.5},
		{ID: "women", Aggregate: marketplace.AggCount, Epsilon: 0.5, Filter: &marketplace.Filter{Sex: "female"}},
		{ID: "bmi_sum", Aggregate: marketplace.AggSum, Field: "bmi", Lower: 15, Upper: 50, Epsilon: 0.5},
		{ID: "a1c_mean", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 0.5, Filter: diabetic},
		{ID: "sbp_var", Aggregate: marketplace.AggVariance, Field: "systolic", Lower: 80, Upper: 200, Epsilon: 0.5, Noise: marketplace.NoiseGaussian, Delta: 1e-6},
		{ID: "bmi_hist", Aggregate: marketplace.AggHistogram, Field: "bmi", Lower: 15, Upper: 45, Bins: 6, Epsilon: 0.5},
		{ID: "age_q", Aggregate: marketplace.AggQuantiles, Field: "age", Lower: 18, Upper: 100, Quantiles: []float64{0.25, 0.5, 0.75}, Epsilon: 0.5,
			Filter: &marketplace.Filter{Observations: []marketplace.Threshold{{Field: "bmi", Min: fp(30)}}}},
	}
}

func TestHETotalsAreExactBeforeNoise(t *testing.T) {
	pl := newPipeline(t, 3, 150, true)
	p := pl.protocol(marketplace.ModeHEDP, hePlan()...)
	ids := pl.allQueries
	if err := pl.analyse("a1", ids...); err != nil {
		t.Fatal(err)
	}
	rels := pl.stored(p)
	if len(rels) != len(p.Plan) {
		t.Fatalf("%d pending releases, want %d", len(rels), len(p.Plan))
	}
	for i, r := range rels {
		if r.Released || r.Encrypted == nil || r.Value != 0 || i == 0 && len(r.Included) != 450 || i > 0 && len(r.Included) != 0 {
			t.Fatalf("release %s: %+v", r.QueryID, r)
		}
	}
	// Decrypt the raw totals and take the board's (seeded) noise back out: what is left is
	// exactly the plaintext total over the three vaults.
	qs := make([]*marketplace.Query, len(p.Plan))
	for i := range p.Plan {
		qs[i] = &p.Plan[i]
	}
	layout, err := newHELayout(qs, pl.params, p.ParticipantCap)
	if err != nil {
		t.Fatal(err)
	}
	b, err := pl.docs.Get(context.Background(), rels[0].Encrypted.Ciphertext)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := he.ParseCiphertext(pl.params, b)
	if err != nil {
		t.Fatal(err)
	}
	totals, err := pl.res.DecodePublic(ct, layout.total)
	if err != nil {
		t.Fatal(err)
	}
	nz, err := boardNoise(layout, seededReader(pl.seed))
	if err != nil {
		t.Fatal(err)
	}
	want := pl.plaintextTotals(p, layout)
	noisy := 0
	for i := range totals {
		if totals[i]-nz[i] != want[i] {
			t.Fatalf("slot %d: total %d - noise %d != plaintext %d", i, totals[i], nz[i], want[i])
		}
		if nz[i] != 0 {
			noisy++
		}
	}
	if noisy < layout.total/2 {
		t.Fatalf("only %d of %d slots carry noise", noisy, layout.total)
	}
	if want[0] != 450 {
		t.Fatalf("cohort count %d, want 450", want[0])
	}
	// The researcher's decoding: values near the truth, counts near the plaintext counts.
	opened, err := OpenReleases(context.Background(), pl.docs, pl.params, pl.res, p, rels, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range opened {
		switch r.QueryID {
		case "n":
			if math.Abs(r.Value-450) > 30 || r.Suppressed {
				t.Errorf("n = %v", r.Value)
			}
		case "a1c_mean":
			if r.Suppressed || r.Value < 5 || r.Value > 11 {
				t.Errorf("mean HbA1c of diabetics = %v (suppressed %v)", r.Value, r.Suppressed)
			}
		case "bmi_hist":
			if len(r.Values) != 6 {
				t.Errorf("histogram %v", r.Values)
			}
		case "age_q":
			if len(r.Values) != 3 || !(r.Values[0] <= r.Values[1] && r.Values[1] <= r.Values[2]) {
				t.Errorf("quartiles %v", r.Values)
			}
		}
	}

	// The coordinator handled ciphertexts, public shares and addresses only.
	for _, key := range pl.blobs.read {
		val := pl.blobs.values[key]
		switch {
		case strings.HasPrefix(key, "ct/"):
			w, err := parseEncryptedWire(val)
			if err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			if _, err := he.ParseCiphertext(pl.params, w.Ciphertext); err != nil {
				t.Fatalf("%s is not a ciphertext: %v", key, err)
			}
			if _, err := unpackAddresses(w.Included); err != nil {
				t.Fatalf("%s: %v", key, err)
			}
		case strings.HasPrefix(key, "share/"):
			if _, err := he.ParseDecryptionShare(pl.params, val); err != nil {
				t.Fatalf("%s is not a decryption share: %v", key, err)
			}
		case strings.HasPrefix(key, "request/"):
			if _, err := he.ParseDecryptRequest(pl.params, pl.rt.HE.Committee, val); err != nil {
				t.Fatalf("%s is not a decryption request: %v", key, err)
			}
		default:
			t.Fatalf("unexpected blob %s crossed the pipeline", key)
		}
	}

	// A second decryption of the same queries is refused by the key holders, with a new
	// job id and a fresh request: the ledgers remember the request id.
	job := marketplace.Job{ID: "again", Kind: JobHEDecrypt, StudyID: pipelineStudy, Queries: ids, Party: "ethics-board"}
	if err := pl.rt.Queue.Enqueue(context.Background(), TopicBoard, job); err != nil {
		t.Fatal(err)
	}
	res, _ := pl.rt.Queue.Wait(context.Background(), job.ID)
	if res.Code != marketplace.ECONFLICT {
		t.Fatalf("second decryption: %+v", res)
	}
}

// TestCoordinatorHoldsNoSecrets walks the coordinator's type: it has no field that can hold a
// vault, a key share, the researcher's key or a plaintext vector.
func TestCoordinatorHoldsNoSecrets(t *testing.T) {
	forbidden := map[reflect.Type]string{
		reflect.TypeOf(&Vault{}):         "a vault",
		reflect.TypeOf(&he.Party{}):      "a key share",
		reflect.TypeOf(&he.Researcher{}): "the researcher's key",
		reflect.TypeOf([]int64{}):        "a plaintext vector",
		reflect.TypeOf([]float64{}):      "a plaintext vector",
		reflect.TypeOf(&heLayout{}):      "a slot layout with totals",
	}
	typ := reflect.TypeOf(Coordinator{})
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if what, ok := forbidden[f.Type]; ok {
			t.Fatalf("Coordinator.%s can hold %s", f.Name, what)
		}
		if f.Type.Kind() == reflect.Interface && f.Type.Implements(reflect.TypeOf((*marketplace.Vault)(nil)).Elem()) {
			t.Fatalf("Coordinator.%s can hold a vault", f.Name)
		}
	}
}

func TestHEMalformedCiphertextStopsTheRun(t *testing.T) {
	pl := newPipeline(t, 2, 40, true)
	p := pl.protocol(marketplace.ModeHEDP, marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1})
	pl.blobs.corrupt = func(key string, val []byte) []byte {
		if !strings.HasPrefix(key, "ct/") || !strings.HasSuffix(key, "vault-2") {
			return val
		}
		w, _ := parseEncryptedWire(val)
		w.Ciphertext[len(w.Ciphertext)/2] ^= 1
		return w.marshal()
	}
	err := pl.analyse("bad")
	if marketplace.ErrorCode(err) != marketplace.EINVALID || !strings.Contains(err.Error(), "vault-2 returned a malformed ciphertext") {
		t.Fatalf("malformed ciphertext: %v", err)
	}
	if rels := pl.stored(p); len(rels) != 0 {
		t.Fatalf("partial result stored: %+v", rels)
	}
	// Nobody was asked to decrypt anything.
	if err := pl.board.Claim(context.Background(), he.DecryptionRecord{Party: "ethics-board", Request: "probe"}); err != nil {
		t.Fatal(err)
	}
	for _, key := range pl.blobs.read {
		if strings.HasPrefix(key, "share/") {
			t.Fatalf("a decryption share was made: %s", key)
		}
	}
}

func TestHEExcludesRevokedAndOverBudgetPatients(t *testing.T) {
	ctx := context.Background()
	pl := newPipeline(t, 2, 60, true)
	p := pl.protocol(marketplace.ModeHEDP, marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1},
		marketplace.Query{ID: "bmi", Aggregate: marketplace.AggMean, Field: "bmi", Lower: 15, Upper: 50, Epsilon: 1})
	// Five patients of vault 1 revoke; seven of vault 2 are near their lifetime limit (50).
	for j := 0; j < 5; j++ {
		pl.chain.Revoke(pipelineStudy, addr(j))
	}
	es, _ := pl.vaults[1].enrolled(pipelineStudy)
	var tired []ref
	for _, e := range es[:7] {
		tired = append(tired, e.r)
	}
	if err := pl.vaults[1].db.Update(func(tx *bolt.Tx) error { return chargeUnits(tx, tired, marketplace.EpsilonUnits(49)) }); err != nil {
		t.Fatal(err)
	}
	if err := pl.analyse("a"); err != nil {
		t.Fatal(err)
	}
	rels := pl.stored(p)
	if len(rels) != 2 || len(rels[0].Included) != 120-5-7 {
		t.Fatalf("included %d, want %d", len(rels[0].Included), 120-12)
	}
	for _, a := range rels[0].Included {
		for j := 0; j < 5; j++ {
			if a == addr(j) {
				t.Fatal("a revoked participant was read")
			}
		}
	}
	// The exact count (noise taken back out) is of the 108 patients read.
	qs := []*marketplace.Query{&p.Plan[0], &p.Plan[1]}
	layout, _ := newHELayout(qs, pl.params, p.ParticipantCap)
	b, _ := pl.docs.Get(ctx, rels[0].Encrypted.Ciphertext)
	ct, err := he.ParseCiphertext(pl.params, b)
	if err != nil {
		t.Fatal(err)
	}
	totals, _ := pl.res.DecodePublic(ct, layout.total)
	nz, _ := boardNoise(layout, seededReader(pl.seed))
	if n := totals[0] - nz[0]; n != 108 {
		t.Fatalf("count %d, want 108", n)
	}
	// The tired patients stay out of later runs; the others were charged the run's 2.
	if e, _ := pl.vaults[1].PatientEpsilon(es[0].r.String()); e != 49 {
		t.Fatalf("excluded patient charged: %v", e)
	}
	if e, _ := pl.vaults[1].PatientEpsilon(es[10].r.String()); e != 2 {
		t.Fatalf("read patient charged %v, want 2", e)
	}
	// Every patient read has the run in their access log, with both queries.
	log, err := pl.vaults[1].AccessLog(ctx, es[10].r.String())
	if err != nil || len(log) != 2 || log[0].QueryID != "n" || log[1].QueryID != "bmi" || log[0].QueryHash != rels[0].QueryHash {
		t.Fatalf("access log %+v, %v", log, err)
	}
	if log, _ := pl.vaults[1].AccessLog(ctx, es[0].r.String()); len(log) != 0 {
		t.Fatalf("excluded patient logged: %+v", log)
	}
}

func TestKeyHoldersCheckTheRequest(t *testing.T) {
	ctx := context.Background()
	pl := newPipeline(t, 2, 30, true)
	p := pl.protocol(marketplace.ModeHEDP, marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1})
	run, err := checkRun(ctx, pl.chain, pipelineStudy, p, []string{"n"}, true)
	if err != nil {
		t.Fatal(err)
	}
	layout, _ := newHELayout(run.queries, pl.params, p.ParticipantCap)
	enc, _ := he.NewEncryptor(pl.params, pl.rt.HE.PublicKey)
	ct, _ := enc.Encrypt(make([]int64, layout.total))
	co, _ := he.NewCoordinator(pl.params, pl.rt.HE.Committee)
	decrypt := func(id string, target *he.PublicKey, reqID string, slots int) marketplace.JobResult {
		t.Helper()
		req, err := co.NewRequest(reqID, ct, target, pl.rt.HE.Committee.Vaults[:pl.rt.HE.Committee.Threshold], slots)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := req.MarshalBinary()
		pl.blobs.PutBlob(ctx, "request/"+run.requestID(), b)
		job := marketplace.Job{ID: id, Kind: JobHEDecrypt, StudyID: pipelineStudy, Queries: []string{"n"}, Party: "ethics-board"}
		pl.rt.Queue.Enqueue(ctx, TopicBoard, job)
		res, _ := pl.rt.Queue.Wait(ctx, id)
		return res
	}
	// A coordinator naming its own key as the target is refused.
	mallory, _ := he.NewResearcher(pl.params)
	if res := decrypt("d1", mallory.PublicKey(), run.requestID(), layout.total); res.Code != marketplace.EFORBIDDEN || !strings.Contains(res.Message, "registered result key") {
		t.Fatalf("foreign target: %+v", res)
	}
	// A request id that is not the run's, or that covers other slots, is refused.
	if res := decrypt("d2", pl.res.PublicKey(), "something else", layout.total); res.Code != marketplace.EFORBIDDEN {
		t.Fatalf("foreign request id: %+v", res)
	}
	if res := decrypt("d3", pl.res.PublicKey(), run.requestID(), layout.total+5); res.Code != marketplace.EFORBIDDEN {
		t.Fatalf("other slots: %+v", res)
	}
	// A query whose release is out (budget spent on chain) is never decrypted again.
	pl.chain.MarkSpent(pipelineStudy, run.hashes[0], marketplace.Hash{1})
	if res := decrypt("d4", pl.res.PublicKey(), run.requestID(), layout.total); res.Code != marketplace.ECONFLICT {
		t.Fatalf("released query: %+v", res)
	}
	// None of these was recorded: the board's ledger still takes the run's request.
	if err := pl.board.Claim(ctx, he.DecryptionRecord{Party: "ethics-board", Ciphertext: ct.Digest(), Request: run.requestID()}); err != nil {
		t.Fatalf("a refused request was recorded: %v", err)
	}
}

func TestQueryOutsideThePlanIsRefused(t *testing.T) {
	pl := newPipeline(t, 1, 20, false)
	p := pl.protocol(marketplace.ModeDP, marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1})
	if err := pl.analyse("x", "n", "secret_extra"); marketplace.ErrorCode(err) != marketplace.EFORBIDDEN {
		t.Fatalf("query outside the plan: %v", err)
	}
	// A vault asked directly re-checks too.
	job := marketplace.Job{ID: "direct", Kind: JobDPAnswer, StudyID: pipelineStudy, Queries: []string{"secret_extra"}, Party: "vault-1"}
	pl.rt.Queue.Enqueue(context.Background(), VaultTopic("vault-1"), job)
	if res, _ := pl.rt.Queue.Wait(context.Background(), "direct"); res.Code != marketplace.EFORBIDDEN {
		t.Fatalf("vault answered a query outside the plan: %+v", res)
	}
	if rels := pl.stored(p); len(rels) != 0 {
		t.Fatalf("stored %+v", rels)
	}
	// The plan's own query runs, in DP mode, on the one vault.
	if err := pl.analyse("y"); err != nil {
		t.Fatal(err)
	}
	if rels := pl.stored(p); len(rels) != 1 || rels[0].Released || rels[0].Encrypted != nil || len(rels[0].Included) != 20 {
		t.Fatalf("DP release %+v", rels)
	}
}

func TestDPModeAcrossVaultsIsRefused(t *testing.T) {
	pl := newPipeline(t, 2, 20, false)
	pl.protocol(marketplace.ModeDP, marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1})
	if err := pl.analyse("x"); marketplace.ErrorCode(err) != marketplace.EFORBIDDEN {
		t.Fatalf("DP across two vaults: %v", err)
	}
	// And an HE_DP study without a committee.
	pl2 := newPipeline(t, 1, 5, false)
	pl2.res, _ = he.NewResearcher(mustTestParams(t))
	pl2.protocol(marketplace.ModeHEDP, marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1})
	if err := pl2.analyse("y"); marketplace.ErrorCode(err) != marketplace.EFORBIDDEN {
		t.Fatalf("HE_DP without HE: %v", err)
	}
}

func mustTestParams(t *testing.T) he.Params {
	p, err := he.TestParams()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestStartRefusesUnsafeParameters(t *testing.T) {
	tv := openTestVault(t)
	dir := t.TempDir()
	docs, _ := studies.OpenDocStore(filepath.Join(dir, "d.db"))
	defer docs.Close()
	rel, _ := OpenReleaseStore(filepath.Join(dir, "r.db"))
	defer rel.Close()
	cfg := RuntimeConfig{Chain: NewStaticChain(), Docs: docs, Releases: rel, Vaults: []VaultNode{{ID: "v", Vault: tv.Vault}},
		HE: &HEConfig{Params: he.Params{}, Threshold: 1, BoardLedger: he.NewMemoryLedger()}}
	if _, err := StartRuntime(cfg); marketplace.ErrorCode(err) != marketplace.EINVALID {
		t.Fatalf("started without checked parameters: %v", err)
	}
	// A set above the 128-bit bound (N = 2^12 with 180 bits of modulus) cannot even be made.
	_, err := he.NewParams(he.ParamsLiteral{Name: "unsafe", LogN: 12, Q: []uint64{0xfffffffffffc001, 0xffffffffffe8001, 0xffffffffffd8001},
		PlaintextModulus: 0xfffffdc001, SmudgingBits: 40, MaxParties: 4})
	if marketplace.ErrorCode(err) != marketplace.EINVALID || !strings.Contains(err.Error(), "unsafe") {
		t.Fatalf("unsafe parameters accepted: %v", err)
	}
}

func TestDecryptionLedgerPersists(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	rec := he.DecryptionRecord{Party: "vault-1", Ciphertext: [32]byte{1}, Request: "r1", At: time.Now()}
	if err := tv.DecryptionLedger().Claim(ctx, rec); err != nil {
		t.Fatal(err)
	}
	tv.Close()
	tv.reopen(t)
	l := tv.DecryptionLedger()
	if err := l.Claim(ctx, rec); !errors.Is(err, he.ErrAlreadyDecrypted) {
		t.Fatalf("same record after a restart: %v", err)
	}
	other := rec
	other.Request = "r2" // same ciphertext, new request id: refused too
	if err := l.Claim(ctx, other); !errors.Is(err, he.ErrAlreadyDecrypted) {
		t.Fatalf("same ciphertext: %v", err)
	}
	other = rec
	other.Ciphertext = [32]byte{2} // same request id, new ciphertext (re-randomized): refused
	if err := l.Claim(ctx, other); !errors.Is(err, he.ErrAlreadyDecrypted) {
		t.Fatalf("same request: %v", err)
	}
	other.Request, other.Party = "r3", "vault-2"
	if err := l.Claim(ctx, other); err != nil {
		t.Fatalf("fresh record: %v", err)
	}
}
