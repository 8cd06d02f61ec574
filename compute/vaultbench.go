package compute

import (
	"bufio"
	"bytes"
	"context"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// VaultBenchOptions size the vault benchmark (medmarket bench vault).
type VaultBenchOptions struct {
	Dir      string // scratch directory; the vault files are made and removed here
	Patients int    // synthetic patients generated into the vault and scanned
	Bundles  int    // FHIR bundles written to a file and imported from it
	Runs     int    // repetitions of each measurement; medians are reported
	Seed     int64
	// Progress, when set, is told what the benchmark is doing.
	Progress func(stage string)
}

// VaultBenchReport is what the vault benchmark measured. Durations are medians of Runs.
type VaultBenchReport struct {
	Patients int `json:"patients"`
	Bundles  int `json:"bundles"`
	Runs     int `json:"runs"`
	Cores    int `json:"cores"`

	GenerateSeconds     float64 `json:"generateSeconds"`     // Patients straight into a vault
	GeneratePerSecond   float64 `json:"generatePerSecond"`   //
	RenderSeconds       float64 `json:"renderSeconds"`       // Bundles rendered as FHIR JSON and written to an .ndjson file
	RenderPerSecond     float64 `json:"renderPerSecond"`     //
	BundleBytesAvg      float64 `json:"bundleBytesAvg"`      // mean size of a rendered bundle
	ImportSeconds       float64 `json:"importSeconds"`       // Bundles read from the file, parsed, checked, sealed and stored
	ImportPerSecond     float64 `json:"importPerSecond"`     //
	ScanColdSeconds     float64 `json:"scanColdSeconds"`     // first scan after opening: every key unwrapped
	ScanWarmSeconds     float64 `json:"scanWarmSeconds"`     // later scans: keys from the key cache
	RawDecryptSeconds   float64 `json:"rawDecryptSeconds"`   // AES-256-GCM open of the same records under one expanded key, same workers
	ScanWarmVsRaw       float64 `json:"scanWarmVsRaw"`       // ScanWarmSeconds / RawDecryptSeconds
	ScanColdVsRaw       float64 `json:"scanColdVsRaw"`       // ScanColdSeconds / RawDecryptSeconds
	ScanMatched         int     `json:"scanMatched"`         // patients the 5-field filter matched
	AnswerSeconds       float64 `json:"answerSeconds"`       // a DP count over all patients: consent check, scan, access log for everyone, noise
	AccessLogSeconds    float64 `json:"accessLogSeconds"`    // of which writing the access log
	VaultBytesPerRecord float64 `json:"vaultBytesPerRecord"` // file size / patients after generation

	GenerateRuns   []float64 `json:"generateRunsSeconds"`
	RenderRuns     []float64 `json:"renderRunsSeconds"`
	ImportRuns     []float64 `json:"importRunsSeconds"`
	ScanColdRuns   []float64 `json:"scanColdRunsSeconds"`
	ScanWarmRuns   []float64 `json:"scanWarmRunsSeconds"`
	RawDecryptRuns []float64 `json:"rawDecryptRunsSeconds"`
	AnswerRuns     []float64 `json:"answerRunsSeconds"`
}

// BenchFilter is the benchmark's 5-field filter: women aged 40 to 75 with type 2 diabetes,
// HbA1c of 6.5 % or more and BMI from 25 to 45.
var BenchFilter = Filter{
	MinAge: 40, MaxAge: 75, Sex: SexFemale, Conditions: []string{"E11"},
	Ranges: []Range{{"hba1c", 6.5, 25}, {"bmi", 25, 45}},
}

// allConsent is the chain view of benchmarks: every consent is valid, every study whose
// protocol was approved through it is approved, nothing is spent. Never use it elsewhere.
type allConsent struct{ *StaticChain }

func newAllConsent() allConsent { return allConsent{NewStaticChain()} }

// StaticChain is a fixed view of the chain for benchmarks and tests of the compute pipeline
// without a node: every consent is valid unless revoked with Revoke, a study is approved with
// Approve, and spends are recorded in memory. It is safe for concurrent use.
type StaticChain struct {
	mu      sync.Mutex
	studies map[uint64]*marketplace.Study
	revoked map[uint64]map[marketplace.Address]bool
	spent   map[uint64]map[marketplace.Hash]marketplace.Hash
}

// NewStaticChain returns an empty static chain.
func NewStaticChain() *StaticChain {
	return &StaticChain{studies: map[uint64]*marketplace.Study{}, revoked: map[uint64]map[marketplace.Address]bool{},
		spent: map[uint64]map[marketplace.Hash]marketplace.Hash{}}
}

// Approve records study id as approved with p's protocol hash (p must be valid).
func (c *StaticChain) Approve(id uint64, p *marketplace.Protocol) error {
	doc, err := studies.Rules{}.Canonical(p)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.studies[id] = &marketplace.Study{ID: id, ProtocolHash: studies.Rules{}.Hash(doc), Status: marketplace.StatusApproved,
		EpsilonBudget: marketplace.EpsilonUnits(p.Budget.Epsilon), DeltaBudget: marketplace.DeltaUnits(p.Budget.Delta)}
	return nil
}

// Revoke marks a participant's consent to a study invalid.
func (c *StaticChain) Revoke(id uint64, a marketplace.Address) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.revoked[id] == nil {
		c.revoked[id] = map[marketplace.Address]bool{}
	}
	c.revoked[id][a] = true
}

// MarkSpent records a query's release as debited with its result hash.
func (c *StaticChain) MarkSpent(id uint64, qh, result marketplace.Hash) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.spent[id] == nil {
		c.spent[id] = map[marketplace.Hash]marketplace.Hash{}
	}
	c.spent[id][qh] = result
}

// ConsentValid implements marketplace.ChainView.
func (c *StaticChain) ConsentValid(_ context.Context, id uint64, a []marketplace.Address) ([]bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]bool, len(a))
	for i := range out {
		out[i] = !c.revoked[id][a[i]]
	}
	return out, nil
}

// Study implements marketplace.ChainView.
func (c *StaticChain) Study(_ context.Context, id uint64) (*marketplace.Study, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	st, ok := c.studies[id]
	if !ok {
		return nil, marketplace.Errorf(marketplace.ENOTFOUND, "no study %d", id)
	}
	cp := *st
	return &cp, nil
}

// Spent implements marketplace.ChainView.
func (c *StaticChain) Spent(_ context.Context, id uint64, qh marketplace.Hash) (bool, marketplace.Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.spent[id][qh]
	return ok, h, nil
}

// benchProtocol is a valid protocol around a plan, for benchmarks.
func benchProtocol(e marketplace.Eligibility, mode marketplace.Mode, plan ...marketplace.Query) *marketplace.Protocol {
	var eps float64
	for _, q := range plan {
		eps += q.Epsilon
	}
	p := &marketplace.Protocol{Title: "benchmark", Sponsor: "medmarket", DataUse: []string{"DUO:0000042"}, Eligibility: e,
		Plan: plan, Budget: marketplace.Budget{Epsilon: math.Min(10, math.Round(eps*1e6)/1e6)}, Mode: mode,
		RewardPerParticipant: big.NewInt(1), ParticipantCap: 1_000_000}
	if e.MaxAge == 0 {
		p.Eligibility.MaxAge = 120
	}
	return p
}

// RunVaultBench measures the vault: generating a synthetic cohort straight into a vault;
// writing FHIR bundles to a file and importing them from it; scanning every patient with BenchFilter, cold (the
// first scan after opening) and warm, against the raw AES-GCM decryption of the same records
// in the same run; and a whole DP answer with its access log. It runs every measurement Runs
// times and reports medians.
func RunVaultBench(ctx context.Context, o VaultBenchOptions) (*VaultBenchReport, error) {
	if o.Runs < 1 {
		o.Runs = 1
	}
	if o.Patients < 1 || o.Bundles < 0 {
		return nil, errors.New("compute.RunVaultBench: need at least one patient")
	}
	say := func(format string, args ...any) {
		if o.Progress != nil {
			o.Progress(fmt.Sprintf(format, args...))
		}
	}
	kek := make([]byte, KEKSize)
	rand.Read(kek)
	rep := &VaultBenchReport{Patients: o.Patients, Bundles: o.Bundles, Runs: o.Runs, Cores: runtime.GOMAXPROCS(0)}
	dir, err := os.MkdirTemp(o.Dir, "medmarket-bench-vault-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)

	// Generation: a fresh vault per run; the last one is kept for the scans.
	var path string
	for run := 0; run < o.Runs; run++ {
		if path != "" {
			os.Remove(path)
		}
		path = filepath.Join(dir, fmt.Sprintf("gen%d.db", run))
		v, err := OpenVaultWith(path, kek, newAllConsent(), VaultOptions{})
		if err != nil {
			return nil, err
		}
		say("generate %d/%d: %d patients straight into a vault", run+1, o.Runs, o.Patients)
		runtime.GC()
		start := time.Now()
		err = Generate(ctx, v, o.Patients, o.Seed, nil)
		rep.GenerateRuns = append(rep.GenerateRuns, time.Since(start).Seconds())
		v.Close()
		if err != nil {
			return nil, err
		}
	}
	if fi, err := os.Stat(path); err == nil {
		rep.VaultBytesPerRecord = float64(fi.Size()) / float64(o.Patients)
	}

	// FHIR: write bundles to an .ndjson file, then import them from it into a fresh vault
	// per run, reading the file as `medmarket vault import` does.
	ndjson := filepath.Join(dir, "bundles.ndjson")
	var total int64
	for run := 0; run < o.Runs && o.Bundles > 0; run++ {
		say("write %d/%d: %d FHIR bundles to a file", run+1, o.Runs, o.Bundles)
		runtime.GC()
		start := time.Now()
		total, err = writeBundles(ctx, ndjson, o.Bundles, o.Seed+1)
		rep.RenderRuns = append(rep.RenderRuns, time.Since(start).Seconds())
		if err != nil {
			return nil, err
		}
	}
	if o.Bundles > 0 {
		rep.BundleBytesAvg = float64(total) / float64(o.Bundles)
	}
	for run := 0; run < o.Runs && o.Bundles > 0; run++ {
		ipath := filepath.Join(dir, fmt.Sprintf("import%d.db", run))
		v, err := OpenVaultWith(ipath, kek, nil, VaultOptions{})
		if err != nil {
			return nil, err
		}
		say("import %d/%d: %d FHIR bundles from the file", run+1, o.Runs, o.Bundles)
		runtime.GC()
		in := make(chan BundleInput, 64)
		readErr := make(chan error, 1)
		start := time.Now()
		go func() {
			defer close(in)
			readErr <- readNDJSON(ctx, ndjson, in)
		}()
		var failed error
		var stored int
		err = v.Import(ctx, in, func(out ImportOutcome) {
			if out.Err != nil && failed == nil {
				failed = out.Err
			}
			if out.Err == nil {
				stored++
			}
		})
		rep.ImportRuns = append(rep.ImportRuns, time.Since(start).Seconds())
		v.Close()
		os.Remove(ipath)
		if rerr := <-readErr; err == nil {
			err = rerr
		}
		if err == nil {
			err = failed
		}
		if err == nil && stored != o.Bundles {
			err = fmt.Errorf("imported %d of %d bundles", stored, o.Bundles)
		}
		if err != nil {
			return nil, err
		}
	}
	os.Remove(ndjson)

	// Scans over the generated vault.
	var refs []ref
	{
		v, err := OpenVaultWith(path, kek, newAllConsent(), VaultOptions{})
		if err != nil {
			return nil, err
		}
		refs, err = v.allRefs()
		v.Close()
		if err != nil {
			return nil, err
		}
	}
	chain := NewStaticChain()
	v, err := OpenVaultWith(path, kek, chain, VaultOptions{KeyCache: max(DefaultKeyCache, o.Patients), PatientEpsilon: math.Inf(1)})
	if err != nil {
		return nil, err
	}
	defer func() {
		if v != nil {
			v.Close()
		}
	}()
	pl, err := compile(BenchFilter, "", time.Now())
	if err != nil {
		return nil, err
	}
	scanOnce := func() (int, float64, error) {
		var matched atomic.Int64
		runtime.GC()
		start := time.Now()
		res, err := v.scan(ctx, refs, scanSpec{plan: pl, visit: func(int, recordView) { matched.Add(1) }})
		d := time.Since(start).Seconds()
		if err != nil {
			return 0, 0, err
		}
		n := 0
		for _, p := range res.present {
			if p {
				n++
			}
		}
		if n != len(refs) {
			return 0, 0, fmt.Errorf("scan read %d of %d patients", n, len(refs))
		}
		return int(matched.Load()), d, nil
	}
	for run := 0; run < o.Runs; run++ {
		say("cold scan %d/%d: %d patients, keys unwrapped", run+1, o.Runs, len(refs))
		v.keys.clear()
		m, d, err := scanOnce()
		if err != nil {
			return nil, err
		}
		rep.ScanColdRuns = append(rep.ScanColdRuns, d)
		rep.ScanMatched = m
	}
	for run := 0; run < o.Runs; run++ {
		say("warm scan %d/%d: %d patients, keys cached", run+1, o.Runs, len(refs))
		m, d, err := scanOnce()
		if err != nil {
			return nil, err
		}
		if m != rep.ScanMatched {
			return nil, fmt.Errorf("warm scan matched %d, cold %d", m, rep.ScanMatched)
		}
		rep.ScanWarmRuns = append(rep.ScanWarmRuns, d)
	}

	// The baseline: the same records' plaintexts sealed under one key with the same nonce,
	// additional data and tag sizes, opened from memory by as many workers as the scan uses.
	say("raw AES-GCM baseline: %d records", len(refs))
	cts, key, err := v.rawCorpus(refs)
	if err != nil {
		return nil, err
	}
	for run := 0; run < o.Runs; run++ {
		runtime.GC()
		d, err := rawDecrypt(key, cts, refs)
		if err != nil {
			return nil, err
		}
		rep.RawDecryptRuns = append(rep.RawDecryptRuns, d)
	}
	cts = nil

	// A whole DP answer: everyone enrolled and consenting.
	say("answer: enrolling %d patients", len(refs))
	es := make([]enrolment, len(refs))
	for i, r := range refs {
		es[i] = enrolment{r: r}
		copy(es[i].addr[:], r[:])
		es[i].addr[19] ^= 1
	}
	for start := 0; start < len(es); start += 100_000 {
		if err := v.enroll(1, es[start:min(start+100_000, len(es))]); err != nil {
			return nil, err
		}
	}
	q := marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1}
	proto := benchProtocol(marketplace.Eligibility{MinAge: 40, MaxAge: 75, Sex: SexFemale, Conditions: []string{"E11"}}, marketplace.ModeDP, q)
	if err := chain.Approve(1, proto); err != nil {
		return nil, err
	}
	var logTimes []float64
	for run := 0; run < o.Runs; run++ {
		say("answer %d/%d: DP count over %d consenting patients, with access log", run+1, o.Runs, len(refs))
		runtime.GC()
		start := time.Now()
		v.logTimer = func(d time.Duration) { logTimes = append(logTimes, d.Seconds()) }
		ans, err := v.Answer(ctx, marketplace.AnalysisRequest{StudyID: 1, Protocol: proto, Query: &proto.Plan[0]})
		rep.AnswerRuns = append(rep.AnswerRuns, time.Since(start).Seconds())
		if err != nil {
			return nil, err
		}
		if len(ans.Included) != len(refs) {
			return nil, fmt.Errorf("answer read %d of %d", len(ans.Included), len(refs))
		}
	}
	v.logTimer = nil

	rep.GenerateSeconds = marketplace.Median(rep.GenerateRuns)
	rep.GeneratePerSecond = float64(o.Patients) / rep.GenerateSeconds
	if o.Bundles > 0 {
		rep.RenderSeconds = marketplace.Median(rep.RenderRuns)
		rep.RenderPerSecond = float64(o.Bundles) / rep.RenderSeconds
		rep.ImportSeconds = marketplace.Median(rep.ImportRuns)
		rep.ImportPerSecond = float64(o.Bundles) / rep.ImportSeconds
	}
	rep.ScanColdSeconds = marketplace.Median(rep.ScanColdRuns)
	rep.ScanWarmSeconds = marketplace.Median(rep.ScanWarmRuns)
	rep.RawDecryptSeconds = marketplace.Median(rep.RawDecryptRuns)
	rep.ScanWarmVsRaw = rep.ScanWarmSeconds / rep.RawDecryptSeconds
	rep.ScanColdVsRaw = rep.ScanColdSeconds / rep.RawDecryptSeconds
	rep.AnswerSeconds = marketplace.Median(rep.AnswerRuns)
	rep.AccessLogSeconds = marketplace.Median(logTimes)
	return rep, nil
}

// allRefs lists every patient handle in order.
func (v *Vault) allRefs() ([]ref, error) {
	var out []ref
	err := v.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRecords).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			out = append(out, ref(k))
		}
		return nil
	})
	return out, err
}

// rawCorpus decrypts the records of refs and seals each plaintext again under one benchmark
// key, as the vault seals records.
func (v *Vault) rawCorpus(refs []ref) ([][]byte, cipher.AEAD, error) {
	key := make([]byte, 32)
	rand.Read(key)
	a, err := newGCM(key)
	if err != nil {
		return nil, nil, err
	}
	cts := make([][]byte, len(refs))
	err = v.db.View(func(tx *bolt.Tx) error {
		sc := new(scratch)
		recs := newJoin(tx.Bucket(bucketRecords))
		for i := range refs {
			r := &refs[i]
			pk, err := v.patientKey(tx, sc, *r)
			if err != nil || pk == nil {
				return fmt.Errorf("no key: %v", err)
			}
			plain, err := openValue(sc, pk, nil, bucketRecords, *r, recs.get(r))
			if err != nil {
				return err
			}
			if cts[i], err = sealValue(sc, a, nil, bucketRecords, *r, plain); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return cts, a, nil
}

// rawDecrypt opens every ciphertext from memory under the benchmark key with the scan's
// worker layout, and returns the seconds it took.
func rawDecrypt(a cipher.AEAD, cts [][]byte, refs []ref) (float64, error) {
	chunks := (len(cts) + scanChunk - 1) / scanChunk
	workers := max(1, min(runtime.GOMAXPROCS(0), chunks))
	var next atomic.Int64
	var bad atomic.Bool
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := new(scratch)
			buf := make([]byte, 0, 256)
			for {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				for i := c * scanChunk; i < min((c+1)*scanChunk, len(cts)); i++ {
					if _, err := openValue(sc, a, buf[:0], bucketRecords, refs[i], cts[i]); err != nil {
						bad.Store(true)
					}
				}
			}
		}()
	}
	wg.Wait()
	d := time.Since(start).Seconds()
	if bad.Load() {
		return 0, errors.New("raw decryption failed")
	}
	return d, nil
}

// writeBundles writes n synthetic bundles of seed to an .ndjson file, synced, and returns its
// size.
func writeBundles(ctx context.Context, path string, n int, seed int64) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	var size int64
	err = GenerateBundles(ctx, n, seed, func(_ int, b []byte) error {
		w.Write(b)
		size += int64(len(b)) + 1
		return w.WriteByte('\n')
	})
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	return size, err
}

// readNDJSON sends the lines of an .ndjson file.
func readNDJSON(ctx context.Context, path string, in chan<- BundleInput) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), MaxBundleSize)
	for line := 1; sc.Scan(); line++ {
		select {
		case in <- BundleInput{Source: fmt.Sprint(line), Data: bytes.Clone(sc.Bytes())}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return sc.Err()
}
