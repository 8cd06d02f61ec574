package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/medmarket/medmarket/token"
)

// TestBenchChain runs a small `medmarket bench chain --json` and checks that it measured every
// figure, with the ratios against the baselines of the same run.
func TestBenchChain(t *testing.T) {
	var out, errs bytes.Buffer
	err := run(context.Background(), []string{"bench", "chain", "--json", "--quiet", "--runs", "1", "--batch", "20", "--consents", "200"}, &out, &errs)
	if err != nil {
		t.Fatalf("bench chain: %v\n%s", err, errs.String())
	}
	var rep struct {
		Batch int
		Rows  []struct {
			Name, Unit, Baseline string
			Value, Ratio         float64
			Met                  *bool
		}
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if rep.Batch != 20 || len(rep.Rows) < 10 {
		t.Fatalf("report %+v", rep)
	}
	found := map[string]bool{}
	for _, r := range rep.Rows {
		if r.Value <= 0 {
			t.Errorf("%s: no value", r.Name)
		}
		if r.Baseline != "" && r.Ratio <= 0 {
			t.Errorf("%s: no ratio to %s", r.Name, r.Baseline)
		}
		for _, key := range []string{"consent, amortised", "payout per new recipient", "study registration", "budget spend", "consents per second", "baseline: OpenZeppelin"} {
			if strings.HasPrefix(r.Name, key) {
				found[key] = true
			}
		}
	}
	if len(found) != 6 {
		t.Fatalf("missing figures: found only %v", found)
	}
	// A payout is far cheaper than minting to a new holder: the consent already paid for the slot.
	for _, r := range rep.Rows {
		if strings.HasPrefix(r.Name, "payout per new recipient") && r.Ratio > 0.5 {
			t.Errorf("payout costs %.2fx a batch mint per holder", r.Ratio)
		}
	}
	// The table shows the same figures.
	var full token.BenchReport
	if err := json.Unmarshal(out.Bytes(), &full); err != nil {
		t.Fatal(err)
	}
	var table bytes.Buffer
	printBenchChain(&table, &full)
	for _, r := range full.Rows {
		if !strings.Contains(table.String(), r.Name) {
			t.Errorf("the table lacks %q", r.Name)
		}
	}
}
