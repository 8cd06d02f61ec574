package compute

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

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
	for _, r := range rels {
		if r.Released || r.Encrypted == nil || r.Value != 0 || len(r.Included) != 450 {
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
			var w encryptedWire
			if err := json.Unmarshal(val, &w); err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			if _, err := he.ParseCiphertext(pl.params, w.Ciphertext); err != nil {
				t.Fatalf("%s is not a ciphertext: %v", key, err)
			}
			if _, err := parseAddresses(w.Included); err != nil {
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
		var w encryptedWire
		json.Unmarshal(val, &w)
		w.Ciphertext[len(w.Ciphertext)/2] ^= 1
		out, _ := json.Marshal(w)
		return out
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
