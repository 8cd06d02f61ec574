package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/medmarket/medmarket/compute"
	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token"
)

// TestDemoHE runs the demo in HE_DP mode across three vaults, through the service, the
// chain, the queue and the researcher's decryption, and checks its figures.
func TestDemoHE(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"demo", "--json", "--mode", "HE_DP", "--he-params", "test", "--data", t.TempDir(), "--patients", "1500"}, &out, &errOut)
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, errOut.String())
	}
	var rep demoReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if rep.Mode != marketplace.ModeHEDP || rep.Vaults != 3 || rep.Participants != 180 || rep.Payouts.Recipients != 180 {
		t.Fatalf("report %+v", rep)
	}
	var spent float64
	for _, r := range rep.Releases {
		spent += r.Epsilon
		if r.Ciphertext == "" {
			t.Errorf("release %s has no ciphertext", r.Query)
		}
		switch r.Query {
		case "cohort_size":
			if r.Suppressed || r.Value < 50 || r.Value > 180 {
				t.Errorf("cohort size %v (suppressed %v)", r.Value, r.Suppressed)
			}
		case "bmi_mean":
			if r.Suppressed || r.Value < 20 || r.Value > 40 {
				t.Errorf("mean BMI %v", r.Value)
			}
		case "bmi_histogram":
			if len(r.Values) != 6 {
				t.Errorf("histogram %v", r.Values)
			}
		}
	}
	if len(rep.Releases) != len(demoHEPlan()) || math.Abs(spent-rep.Budget.Spent) > 1e-9 {
		t.Fatalf("releases %d, epsilon %v, spent on chain %v", len(rep.Releases), spent, rep.Budget.Spent)
	}
}

// TestBudgetCheckedBeforeCompute registers a study whose on-chain budget is below its plan's
// cost: the analysis fails with EBUDGET before anything is computed, logged or spent.
func TestBudgetCheckedBeforeCompute(t *testing.T) {
	ctx := context.Background()
	a, err := openApp(ctx, testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	p := demoProtocol()
	researcher, board := newKey(), newKey()
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	if err := a.chain.AddEthicsBoard(ctx, token.AddressOf(board)); err != nil {
		t.Fatal(err)
	}
	prep, err := a.svc.PrepareStudy(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.docs.Put(ctx, prep.Hash, prep.Canonical); err != nil {
		t.Fatal(err)
	}
	reg := prep.Registration
	reg.EpsilonBudget = marketplace.EpsilonUnits(1) // the plan spends 2
	auth, _ := token.SignRegister(researcher, dom, reg, 0, deadline)
	id, err := a.svc.Ledger.RegisterStudy(ctx, reg, auth)
	if err != nil {
		t.Fatal(err)
	}
	auth, _ = token.SignApprove(board, dom, id, prep.Hash, 0, deadline)
	if _, err := a.svc.ApproveStudy(ctx, id, prep.Hash, auth); err != nil {
		t.Fatal(err)
	}
	refs, _ := a.vault.PatientRefs(ctx, 3)
	for i, ref := range refs {
		k := token.StudyKey([]byte(fmt.Sprintf("budget test patient %d", i)), id)
		c := marketplace.Consent{StudyID: id, Participant: token.AddressOf(k), Scope: scopeOf(p.DataUse), Expiry: deadline + 1e6}
		auth, _ := token.SignConsent(k, dom, c, 0, deadline)
		if err := a.svc.OptIn(ctx, c, auth, ref); err != nil {
			t.Fatal(err)
		}
	}
	auth, _ = token.SignRequest(researcher, dom, marketplace.ActionRunAnalysis, id, randomNonce(), deadline)
	if _, err := a.svc.RunAnalysis(ctx, id, auth); marketplace.ErrorCode(err) != marketplace.EBUDGET {
		t.Fatalf("over budget: %v", err)
	}
	st, _ := a.svc.Study(ctx, id)
	rels, _ := a.releases.Releases(ctx, id)
	if st.EpsilonSpent != 0 || len(rels) != 0 {
		t.Fatalf("spent %d, %d releases stored", st.EpsilonSpent, len(rels))
	}
	for _, ref := range refs {
		if log, _ := a.vault.AccessLog(ctx, ref); len(log) != 0 {
			t.Fatalf("a patient's record was read: %+v", log)
		}
	}
}

func TestBenchComputeSmall(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"bench", "compute", "--json", "--quiet", "--test-params", "--patients", "3000", "--vaults", "3", "--runs", "1", "--dir", t.TempDir()}, &out, &errOut)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	var rep compute.ComputeBenchReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Patients != 3000 || rep.Vaults != 3 || rep.Statistics != compute.BenchPlanSize || rep.EndToEndSeconds <= 0 || rep.PartsSeconds <= 0 || rep.ScanSeconds <= 0 {
		t.Fatalf("report %+v", rep)
	}
	out.Reset()
	err = run(context.Background(), []string{"bench", "compute", "--scaling", "--quiet", "--test-params", "--scaling-patients", "400,800", "--scaling-vaults", "1,2", "--runs", "1", "--dir", t.TempDir()}, &out, &errOut)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	if lines := strings.Count(out.String(), "\n"); lines < 7 {
		t.Fatalf("scaling table:\n%s", out.String())
	}
}

// TestPlanLanguageThroughAPI registers a plan with filters and every aggregate through
// GraphQL, and checks that bad filters are refused naming the field.
func TestPlanLanguageThroughAPI(t *testing.T) {
	_, _, gc, _ := serveTest(t, 10)
	in := studyVars()
	women := map[string]any{"sex": "female", "minAge": 40, "conditions": []string{"E11"}, "medications": []string{"A10BA02"},
		"observations": []map[string]any{{"field": "hba1c", "min": 6.5}}, "lastEncounter": map[string]any{"from": "2024-01-01"}}
	in["plan"] = []map[string]any{
		{"id": "n", "aggregate": "count", "epsilon": 0.1, "filter": women},
		{"id": "a1c_var", "aggregate": "variance", "field": "hba1c", "lower": 4, "upper": 14, "epsilon": 0.1, "noise": "gaussian", "delta": 1e-7},
		{"id": "bmi_hist", "aggregate": "histogram", "field": "bmi", "lower": 15, "upper": 45, "bins": 6, "epsilon": 0.1},
		{"id": "age_q", "aggregate": "quantiles", "field": "age", "lower": 18, "upper": 90, "quantiles": []float64{0.5}, "epsilon": 0.1},
	}
	in["budget"] = map[string]any{"epsilon": 1.0, "delta": 1e-6}
	res := gc.do(`query($in: StudyInput!) { prepareStudy(input: $in) { protocolHash } }`, map[string]any{"in": in})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	bad := map[string]any{}
	for k, v := range in {
		bad[k] = v
	}
	badWomen := map[string]any{"sex": "female", "observations": []map[string]any{{"field": "hba1c", "min": -1}}}
	bad["plan"] = []map[string]any{{"id": "n", "aggregate": "count", "epsilon": 0.1, "filter": badWomen}}
	res = gc.do(`query($in: StudyInput!) { prepareStudy(input: $in) { protocolHash } }`, map[string]any{"in": bad})
	if res.code() != marketplace.EINVALID || res.Errors[0].Extensions["field"] != "plan[0].filter.observations[0].min" {
		t.Fatalf("bad threshold: %+v", res.Errors)
	}
	bad["plan"] = []map[string]any{{"id": "m", "aggregate": "mean", "field": "bmi", "epsilon": 0.1}}
	res = gc.do(`query($in: StudyInput!) { prepareStudy(input: $in) { protocolHash } }`, map[string]any{"in": bad})
	if res.code() != marketplace.EINVALID || res.Errors[0].Extensions["field"] != "plan[0].upper" {
		t.Fatalf("mean without bounds: %+v", res.Errors)
	}
}
