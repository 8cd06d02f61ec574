package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/compute"
	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token"
)

// demoOptions sets the size and mode of the demo story.
type demoOptions struct {
	OptIns  int
	Revokes int
	Mode    marketplace.Mode // DP (default) or HE_DP
}

// demoReport is the audit summary the demo prints (and --json emits).
type demoReport struct {
	StudyID      uint64             `json:"studyId"`
	Mode         marketplace.Mode   `json:"mode"`
	Vaults       int                `json:"vaults"`
	ProtocolHash string             `json:"protocolHash"`
	Researcher   string             `json:"researcher"`
	ApprovedBy   string             `json:"approvedBy"`
	OptedIn      int                `json:"optedIn"`
	Revoked      int                `json:"revoked"`
	Participants int                `json:"participants"`
	Releases     []demoRelease      `json:"releases"`
	Budget       demoBudget         `json:"budget"`
	Payouts      demoPayouts        `json:"payouts"`
	Escrow       demoEscrow         `json:"escrow"`
	Chain        demoChain          `json:"chain"`
	Timings      map[string]float64 `json:"timingsSeconds"`

	included map[marketplace.Address]bool
	revoked  []marketplace.Address
}

type demoRelease struct {
	Query      string    `json:"query"`
	Aggregate  string    `json:"aggregate"`
	Value      float64   `json:"value"`
	Values     []float64 `json:"values,omitempty"`
	Suppressed bool      `json:"suppressed,omitempty"`
	// SuppressedBins are histogram bins below the small-cell threshold (shown as 0).
	SuppressedBins []int   `json:"suppressedBins,omitempty"`
	Epsilon        float64 `json:"epsilon"`
	Delta          float64 `json:"delta,omitempty"`
	ResultHash     string  `json:"resultHash"`
	// Ciphertext is set in HE_DP mode: the hash of the ciphertext the value was decrypted
	// from, by the researcher, with the key only they hold.
	Ciphertext string `json:"ciphertext,omitempty"`
}

type demoBudget struct {
	Total float64 `json:"total"`
	Spent float64 `json:"spent"`
}

type demoPayouts struct {
	Recipients     int    `json:"recipients"`
	PerParticipant string `json:"perParticipant"`
	Total          string `json:"total"`
}

type demoEscrow struct {
	Funded   string `json:"funded"`
	Paid     string `json:"paid"`
	Refunded string `json:"refunded"`
}

type demoChain struct {
	Blocks  uint64 `json:"blocks"`
	Txs     uint64 `json:"txs"`
	GasUsed uint64 `json:"gasUsed"`
}

func demoCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	c.register(fs, "")
	asJSON := fs.Bool("json", false, "print one JSON object instead of the text summary")
	var o demoOptions
	fs.IntVar(&o.OptIns, "opt-ins", 200, "patients who opt in")
	fs.IntVar(&o.Revokes, "revokes", 20, "of those, patients who then revoke")
	mode := fs.String("mode", "DP", "analysis mode: DP (noise added in the vault) or HE_DP (multiparty homomorphic encryption across vaults, noise added by the ethics board before decryption)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o.Mode = marketplace.Mode(*mode)
	switch o.Mode {
	case marketplace.ModeDP:
		if c.Vaults != 1 {
			return fmt.Errorf("a DP-mode study is answered by one vault; use --mode HE_DP with --vaults")
		}
	case marketplace.ModeHEDP:
		vaultsSet := false
		fs.Visit(func(f *flag.Flag) { vaultsSet = vaultsSet || f.Name == "vaults" })
		if !vaultsSet {
			c.Vaults = 3
		}
	default:
		return fmt.Errorf("--mode must be DP or HE_DP")
	}
	if o.Revokes > o.OptIns || o.OptIns > c.Patients {
		return fmt.Errorf("need revokes <= opt-ins <= patients")
	}
	if c.DataDir == "" {
		dir, err := os.MkdirTemp("", "medmarket-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		c.DataDir = dir
	}
	a, err := openApp(ctx, c)
	if err != nil {
		return err
	}
	defer a.Close()
	rep, err := runDemo(ctx, a, o)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(stdout, rep)
	}
	printReport(stdout, rep)
	return nil
}

// demoHEPlan is the analysis plan of the demo in HE_DP mode: the DP plan's statistics and
// more of the plan language, computed across vaults under encryption.
func demoHEPlan() []marketplace.Query {
	diabetic := &marketplace.Filter{Conditions: []string{"E11", "44054006"}}
	return []marketplace.Query{
		{ID: "cohort_size", Aggregate: marketplace.AggCount, Epsilon: 0.3},
		{ID: "hba1c_mean", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 0.3},
		{ID: "bmi_mean", Aggregate: marketplace.AggMean, Field: "bmi", Lower: 15, Upper: 50, Epsilon: 0.3},
		{ID: "systolic_mean", Aggregate: marketplace.AggMean, Field: "systolic", Lower: 80, Upper: 200, Epsilon: 0.3},
		{ID: "diabetics", Aggregate: marketplace.AggCount, Epsilon: 0.3, Filter: diabetic},
		{ID: "diabetic_hba1c_var", Aggregate: marketplace.AggVariance, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 0.3, Filter: diabetic,
			Noise: marketplace.NoiseGaussian, Delta: 1e-7},
		{ID: "bmi_histogram", Aggregate: marketplace.AggHistogram, Field: "bmi", Lower: 15, Upper: 45, Bins: 6, Epsilon: 0.3},
		{ID: "age_quartiles", Aggregate: marketplace.AggQuantiles, Field: "age", Lower: 40, Upper: 80, Quantiles: []float64{0.25, 0.5, 0.75}, Epsilon: 0.3},
	}
}

// demoProtocol is the study the demo's researcher posts.
func demoProtocol() *marketplace.Protocol {
	return &marketplace.Protocol{
		Title:   "Glycaemic control and cardiometabolic risk in adults",
		Summary: "Counts adults aged 40 to 80 and estimates mean HbA1c, BMI and systolic blood pressure.",
		Sponsor: "Demo University Hospital",
		DataUse: []string{"DUO:0000006", "DUO:0000019"},
		Eligibility: marketplace.Eligibility{
			MinAge: 40, MaxAge: 80,
		},
		Plan: []marketplace.Query{
			{ID: "cohort_size", Aggregate: marketplace.AggCount, Epsilon: 0.5},
			{ID: "hba1c_mean", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 0.5},
			{ID: "bmi_mean", Aggregate: marketplace.AggMean, Field: "bmi", Lower: 15, Upper: 50, Epsilon: 0.5},
			{ID: "systolic_mean", Aggregate: marketplace.AggMean, Field: "systolic", Lower: 80, Upper: 200, Epsilon: 0.5},
		},
		Budget:               marketplace.Budget{Epsilon: 3},
		Mode:                 marketplace.ModeDP,
		RewardPerParticipant: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)),
		ParticipantCap:       250,

		ProtocolVersion: "1.0",
		ScientificTitle: "Glycated haemoglobin, body mass index and systolic blood pressure in adults aged 40 to 80: a retrospective cohort",
		Acronym:         "GLYCAR",
		FundingSources:  []string{"Demo Research Foundation"},
		PublicContact:   marketplace.Contact{Name: "Study Office", Affiliation: "Demo University Hospital", Email: "study-office@demo.example.org"},
		ScientificContact: marketplace.Contact{Name: "Principal Investigator", Affiliation: "Demo University Hospital",
			Email: "pi@demo.example.org"},
		Conditions: []marketplace.Condition{
			{System: marketplace.CodeICD10, Code: "E11", Text: "Type 2 diabetes mellitus"},
			{System: marketplace.CodeICD10, Code: "I10", Text: "Essential (primary) hypertension"},
		},
		Keywords:  []string{"HbA1c", "BMI", "blood pressure", "cardiometabolic risk"},
		Design:    marketplace.Design{Model: "cohort", TimePerspective: "retrospective", Description: "Existing vault records; no contact with participants."},
		Countries: []string{"GB"},
		StartDate: "2026-01-01", EndDate: "2026-12-31",
		TargetSampleSize: 200,
		PrimaryOutcomes: []marketplace.Outcome{
			{Measure: "Mean HbA1c (%)", TimeFrame: "most recent value at analysis", Queries: []string{"hba1c_mean"}},
		},
		SecondaryOutcomes: []marketplace.Outcome{
			{Measure: "Mean BMI (kg/m2)", TimeFrame: "most recent value at analysis", Queries: []string{"bmi_mean"}},
			{Measure: "Mean systolic blood pressure (mmHg)", TimeFrame: "most recent value at analysis", Queries: []string{"systolic_mean"}},
			{Measure: "Number of consenting adults", TimeFrame: "at analysis", Queries: []string{"cohort_size"}},
		},
		EthicsReview: marketplace.EthicsReview{Committee: "Demo University Hospital Research Ethics Committee",
			Status: marketplace.EthicsApproved, ApprovalDate: "2025-12-01", Reference: "DEMO-REC-001"},
		DataSharing: "Aggregate results and the analysis plan will be published.",
	}
}

// scopeOf hashes the DUO codes a patient consents to.
func scopeOf(codes []string) marketplace.Hash {
	return sha256.Sum256([]byte(strings.Join(codes, ",")))
}

func newKey() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic(err)
	}
	return k
}

func randomNonce() uint64 {
	var b [8]byte
	rand.Read(b[:])
	return binary.BigEndian.Uint64(b[:]) >> 1
}

// runDemo plays the whole story through the service: post, fund, approve, opt in, revoke,
// analyse, release, pay, close.
func runDemo(ctx context.Context, a *app, o demoOptions) (*demoReport, error) {
	svc, ledger := a.svc, a.svc.Ledger
	dom := ledger.Domain()
	deadline := uint64(time.Now().Add(30 * time.Minute).Unix())
	timings := map[string]float64{}
	lap := time.Now()
	mark := func(name string) {
		timings[name] = time.Since(lap).Seconds()
		lap = time.Now()
	}

	researcher, board := newKey(), newKey()
	rAddr, bAddr := token.AddressOf(researcher), token.AddressOf(board)
	if err := a.chain.AddEthicsBoard(ctx, bAddr); err != nil {
		return nil, err
	}
	p := demoProtocol()
	mode := o.Mode
	if mode == "" {
		mode = marketplace.ModeDP
	}
	var resKey *he.Researcher
	if mode == marketplace.ModeHEDP {
		// The researcher makes an HE key pair and registers its public half; the protocol
		// names it by hash, so the board's approval covers it.
		var err error
		if resKey, err = he.NewResearcher(a.heParams); err != nil {
			return nil, err
		}
		pk, err := resKey.PublicKey().MarshalBinary()
		if err != nil {
			return nil, err
		}
		h, err := svc.RegisterResultKey(ctx, pk)
		if err != nil {
			return nil, err
		}
		p.Mode, p.ResultKey, p.Plan = marketplace.ModeHEDP, h.Hex(), demoHEPlan()
		p.Budget = marketplace.Budget{Epsilon: 3, Delta: 1e-6}
		p.Summary = "Counts adults aged 40 to 80 and estimates HbA1c, BMI and systolic blood pressure, across vaults under homomorphic encryption."
	}
	if err := ledger.Mint(ctx, rAddr, p.Escrow()); err != nil {
		return nil, err
	}
	mark("setup")

	// 1. The researcher posts the study.
	prep, err := svc.PrepareStudy(p)
	if err != nil {
		return nil, err
	}
	n, err := ledger.Nonces(ctx, rAddr)
	if err != nil {
		return nil, err
	}
	auth, err := token.SignRegister(researcher, dom, prep.Registration, n.Registry, deadline)
	if err != nil {
		return nil, err
	}
	st, err := svc.PostStudy(ctx, p, auth)
	if err != nil {
		return nil, fmt.Errorf("post study: %w", err)
	}
	id := st.ID

	// 2. The researcher escrows reward x cap with a permit.
	auth, err = token.SignPermit(researcher, dom, p.Escrow(), n.Token, deadline)
	if err != nil {
		return nil, err
	}
	if _, err := svc.FundStudy(ctx, id, p.Escrow(), auth); err != nil {
		return nil, fmt.Errorf("fund study: %w", err)
	}

	// 3. The ethics board approves exactly this protocol hash.
	bn, err := ledger.Nonces(ctx, bAddr)
	if err != nil {
		return nil, err
	}
	auth, err = token.SignApprove(board, dom, id, st.ProtocolHash, bn.Registry, deadline)
	if err != nil {
		return nil, err
	}
	if _, err := svc.ApproveStudy(ctx, id, st.ProtocolHash, auth); err != nil {
		return nil, fmt.Errorf("approve study: %w", err)
	}
	mark("postFundApprove")

	// 4. Patients opt in, each with a pseudonymous address derived for this study from their
	// own master key, signing an EIP-712 consent that the operator relays in batches.
	refs, err := svc.Vault.PatientRefs(ctx, o.OptIns)
	if err != nil {
		return nil, err
	}
	keys := make([]*ecdsa.PrivateKey, len(refs))
	expiry := uint64(time.Now().Add(365 * 24 * time.Hour).Unix())
	scope := scopeOf(p.DataUse)
	if err := parallel(len(refs), 64, func(i int) error {
		master := make([]byte, 32)
		rand.Read(master)
		keys[i] = token.StudyKey(master, id)
		c := marketplace.Consent{StudyID: id, Participant: token.AddressOf(keys[i]), Scope: scope, Expiry: expiry}
		auth, err := token.SignConsent(keys[i], dom, c, 0, deadline)
		if err != nil {
			return err
		}
		return svc.OptIn(ctx, c, auth, refs[i])
	}); err != nil {
		return nil, fmt.Errorf("opt in: %w", err)
	}
	mark("optIns")

	// 5. Some of them revoke.
	rep := &demoReport{StudyID: id, Mode: mode, Vaults: len(a.vaults), ProtocolHash: st.ProtocolHash.Hex(), Researcher: rAddr.Hex(), OptedIn: len(refs)}
	for i := 0; i < o.Revokes; i++ {
		addr := token.AddressOf(keys[i])
		auth, err := token.SignRevoke(keys[i], dom, id, 1, deadline)
		if err != nil {
			return nil, err
		}
		if err := svc.RevokeConsent(ctx, id, addr, auth); err != nil {
			return nil, fmt.Errorf("revoke: %w", err)
		}
		rep.revoked = append(rep.revoked, addr)
	}
	rep.Revoked = o.Revokes
	mark("revokes")

	// 6. The researcher runs the analysis: releases are debited and anchored, participants paid.
	auth, err = token.SignRequest(researcher, dom, marketplace.ActionRunAnalysis, id, randomNonce(), deadline)
	if err != nil {
		return nil, err
	}
	an, err := svc.RunAnalysis(ctx, id, auth)
	if err != nil {
		return nil, fmt.Errorf("run analysis: %w", err)
	}
	mark("analysis")
	rels := an.Releases
	if resKey != nil {
		// Only the researcher can read an HE_DP release: decrypt and decode it.
		if rels, err = compute.OpenReleases(ctx, a.docs, a.heParams, resKey, p, an.Releases, 0); err != nil {
			return nil, fmt.Errorf("open releases: %w", err)
		}
	}
	rep.included = map[marketplace.Address]bool{}
	for _, r := range rels {
		dr := demoRelease{Query: r.QueryID, Aggregate: r.Aggregate, Value: r.Value, Values: r.Values, Suppressed: r.Suppressed,
			SuppressedBins: r.SuppressedBins, Epsilon: r.Epsilon, Delta: r.Delta, ResultHash: r.ResultHash.Hex()}
		if r.Encrypted != nil {
			dr.Ciphertext = r.Encrypted.Ciphertext.Hex()
		}
		rep.Releases = append(rep.Releases, dr)
		for _, a := range r.Included {
			rep.included[a] = true
		}
	}
	rep.Participants = len(rep.included)
	rep.Payouts = demoPayouts{Recipients: an.Payout.Recipients, PerParticipant: an.Payout.PerParticipant.String(), Total: an.Payout.Total.String()}

	// 7. The researcher closes the study; the unpaid escrow is refunded.
	n, err = ledger.Nonces(ctx, rAddr)
	if err != nil {
		return nil, err
	}
	auth, err = token.SignClose(researcher, dom, id, n.Registry, deadline)
	if err != nil {
		return nil, err
	}
	if _, err := svc.CloseStudy(ctx, id, auth); err != nil {
		return nil, fmt.Errorf("close study: %w", err)
	}
	mark("close")

	// 8. Audit from the chain.
	st, err = svc.Study(ctx, id)
	if err != nil {
		return nil, err
	}
	rep.ApprovedBy = st.ApprovedBy.Hex()
	rep.Budget = demoBudget{Total: float64(st.EpsilonBudget) / marketplace.EpsilonScale, Spent: float64(st.EpsilonSpent) / marketplace.EpsilonScale}
	rep.Escrow = demoEscrow{Funded: st.Funded.String(), Paid: st.Paid.String(), Refunded: st.Refunded.String()}
	stats, err := ledger.Stats(ctx)
	if err != nil {
		return nil, err
	}
	rep.Chain = demoChain(stats)
	rep.Timings = timings
	return rep, nil
}

// parallel runs f(0..n-1) on up to width goroutines and returns the first error.
func parallel(n, width int, f func(i int) error) error {
	var wg sync.WaitGroup
	var once sync.Once
	var first error
	sem := make(chan struct{}, width)
	for i := 0; i < n; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer func() { <-sem; wg.Done() }()
			if err := f(i); err != nil {
				once.Do(func() { first = err })
			}
		}(i)
	}
	wg.Wait()
	return first
}

func printReport(w io.Writer, r *demoReport) {
	fmt.Fprintf(w, "Study %d  protocol %s\n", r.StudyID, r.ProtocolHash)
	fmt.Fprintf(w, "  researcher %s, approved by ethics board %s\n", r.Researcher, r.ApprovedBy)
	fmt.Fprintf(w, "Consent: %d opted in, %d revoked, %d participants in the computation\n", r.OptedIn, r.Revoked, r.Participants)
	if r.Mode == marketplace.ModeHEDP {
		fmt.Fprintf(w, "Releases (HE_DP across %d vaults: encrypted totals, DP noise added by the ethics board, decrypted by the researcher):\n", r.Vaults)
	} else {
		fmt.Fprintln(w, "Releases (differentially private):")
	}
	for _, rel := range r.Releases {
		val := fmt.Sprintf("%12.3f", rel.Value)
		switch {
		case rel.Suppressed:
			val = fmt.Sprintf("%12s", "suppressed")
		case len(rel.Values) > 0:
			parts := make([]string, len(rel.Values))
			for i, v := range rel.Values {
				parts[i] = fmt.Sprintf("%.1f", v)
				if slices.Contains(rel.SuppressedBins, i) {
					parts[i] = "<k"
				}
			}
			val = "[" + strings.Join(parts, " ") + "]"
		}
		fmt.Fprintf(w, "  %-18s %-9s %s   epsilon %.3f   result %s\n", rel.Query, rel.Aggregate, val, rel.Epsilon, rel.ResultHash[:18]+"…")
	}
	fmt.Fprintf(w, "Privacy budget: epsilon %.3f spent of %.3f\n", r.Budget.Spent, r.Budget.Total)
	fmt.Fprintf(w, "Payouts: %d recipients x %s = %s (token base units)\n", r.Payouts.Recipients, r.Payouts.PerParticipant, r.Payouts.Total)
	fmt.Fprintf(w, "Escrow: funded %s = paid %s + refunded %s\n", r.Escrow.Funded, r.Escrow.Paid, r.Escrow.Refunded)
	fmt.Fprintf(w, "Chain: %d blocks, %d transactions, %d gas\n", r.Chain.Blocks, r.Chain.Txs, r.Chain.GasUsed)
}
