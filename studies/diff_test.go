package studies

import (
	"bytes"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/medmarket/medmarket/marketplace"
)

func TestDiff(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(p *marketplace.Protocol)
		want   []Change
	}{
		{"nothing", func(p *marketplace.Protocol) {}, nil},
		{"white space and set order", func(p *marketplace.Protocol) {
			p.Title += " "
			p.DataUse = []string{"DUO:0000007", "DUO:0000006", "DUO:0000007"}
			p.Keywords = []string{"diabetes", "HbA1c", "glycaemic control"}
		}, nil},
		{"text", func(p *marketplace.Protocol) { p.Title = "HbA1c in adults" }, []Change{
			{Path: "title", Old: "HbA1c in type 2 diabetes", New: "HbA1c in adults"}}},
		{"query bound", func(p *marketplace.Protocol) { p.Plan[1].Upper = 15 }, []Change{
			{Path: "plan[hba1c_mean].upper", Old: "14", New: "15"}}},
		{"eligibility", func(p *marketplace.Protocol) {
			p.Eligibility.MinAge = 40
			p.Eligibility.Sex = "female"
			p.Eligibility.Conditions = []string{"E11", "E13"}
		}, []Change{
			{Path: "eligibility.minAge", Old: "18", New: "40"},
			{Path: "eligibility.sex", New: "female"},
			{Path: "eligibility.conditions", New: "E13"}}},
		{"data use as a set", func(p *marketplace.Protocol) { p.DataUse = []string{"DUO:0000021", "DUO:0000006"} }, []Change{
			{Path: "dataUse", Old: "DUO:0000007"},
			{Path: "dataUse", New: "DUO:0000021"}}},
		{"query added, removed and reordered", func(p *marketplace.Protocol) {
			p.Budget.Epsilon = 2
			p.SecondaryOutcomes[0].Queries = nil
			p.Plan = []marketplace.Query{
				p.Plan[1],
				{ID: "bmi_mean", Aggregate: marketplace.AggMean, Field: "bmi", Lower: 15, Upper: 50, Epsilon: 0.5},
			}
		}, []Change{
			{Path: "secondaryOutcomes", Old: "Number of eligible adults (at data extraction) [n]", New: "Number of eligible adults (at data extraction)"},
			{Path: "plan", Old: "n: count, epsilon 0.5"},
			{Path: "plan", New: "bmi_mean: mean of bmi clamped to [15, 50], epsilon 0.5"},
			{Path: "budget.epsilon", Old: "1", New: "2"}}},
		{"plan order only", func(p *marketplace.Protocol) { p.Plan[0], p.Plan[1] = p.Plan[1], p.Plan[0] }, []Change{
			{Path: "plan.order", Old: "n, hba1c_mean", New: "hba1c_mean, n"}}},
		{"query changes kind", func(p *marketplace.Protocol) {
			p.Plan[1] = marketplace.Query{ID: "hba1c_mean", Aggregate: marketplace.AggCount, Epsilon: 0.25}
		}, []Change{
			{Path: "plan[hba1c_mean].aggregate", Old: "mean", New: "count"},
			{Path: "plan[hba1c_mean].field", Old: "hba1c"},
			{Path: "plan[hba1c_mean].lower", Old: "4", New: "0"},
			{Path: "plan[hba1c_mean].upper", Old: "14", New: "0"},
			{Path: "plan[hba1c_mean].epsilon", Old: "0.5", New: "0.25"}}},
		{"registration items", func(p *marketplace.Protocol) {
			p.ProtocolVersion = "1.1"
			p.Acronym = ""
			p.Countries = append(p.Countries, "FR")
			p.PrimaryOutcomes[0].TimeFrame = "at 12 months"
			p.Conditions[0].Text = "Diabetes mellitus type 2 (T2DM)"
			p.ScientificContact.Email = "researcher@example.org"
			p.EthicsReview.Reference = ""
			p.TargetSampleSize = 0
			p.Amends = "0x" + strings.Repeat("AB", 32)
		}, []Change{
			{Path: "protocolVersion", Old: "1.0", New: "1.1"},
			{Path: "acronym", Old: "HBA1C-T2D"},
			{Path: "scientificContact.email", Old: "a.researcher@example.org", New: "researcher@example.org"},
			{Path: "conditions", Old: "icd-10 E11: Type 2 diabetes mellitus", New: "icd-10 E11: Diabetes mellitus type 2 (T2DM)"},
			{Path: "countries", New: "FR"},
			{Path: "targetSampleSize", Old: "400"},
			{Path: "primaryOutcomes", Old: "Mean HbA1c (%) (most recent value at data extraction) [hba1c_mean]", New: "Mean HbA1c (%) (at 12 months) [hba1c_mean]"},
			{Path: "ethicsReview.reference", Old: "REC-25-0042"},
			{Path: "amends", New: "0x" + strings.Repeat("ab", 32)}}},
		{"outcome replaced", func(p *marketplace.Protocol) {
			p.SecondaryOutcomes = []marketplace.Outcome{{Measure: "Mean BMI", TimeFrame: "at data extraction"}}
		}, []Change{
			{Path: "secondaryOutcomes", Old: "Number of eligible adults (at data extraction) [n]"},
			{Path: "secondaryOutcomes", New: "Mean BMI (at data extraction)"}}},
		{"reward and cap", func(p *marketplace.Protocol) {
			p.RewardPerParticipant = big.NewInt(12)
			p.ParticipantCap = 600
		}, []Change{
			{Path: "rewardPerParticipant", Old: "10", New: "12"},
			{Path: "participantCap", Old: "500", New: "600"}}},
	}
	for _, c := range cases {
		p := full()
		c.mutate(p)
		if err := (Rules{}).Validate(p); err != nil {
			t.Fatalf("%s: fixture invalid: %v", c.name, err)
		}
		got := Diff(full(), p)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %#v\nwant %#v", c.name, got, c.want)
		}
	}
}

// TestDiffMatchesCanonical checks the promise of Diff: two protocols differ exactly when their
// canonical documents do, whichever field changes.
func TestDiffMatchesCanonical(t *testing.T) {
	mutations := []func(p *marketplace.Protocol){
		func(p *marketplace.Protocol) { p.Summary = "" },
		func(p *marketplace.Protocol) { p.Sponsor = "Other University" },
		func(p *marketplace.Protocol) { p.ScientificTitle = "Other" },
		func(p *marketplace.Protocol) { p.SecondarySponsors = nil },
		func(p *marketplace.Protocol) { p.FundingSources = append(p.FundingSources, "Charity") },
		func(p *marketplace.Protocol) { p.SecondaryIDs[0].Value = "NCT07654321" },
		func(p *marketplace.Protocol) {
			p.SecondaryIDs = append(p.SecondaryIDs, marketplace.SecondaryID{Issuer: "ISRCTN", Value: "ISRCTN12345678"})
		},
		func(p *marketplace.Protocol) { p.PublicContact = marketplace.Contact{} },
		func(p *marketplace.Protocol) { p.PublicContact.Affiliation = "" },
		func(p *marketplace.Protocol) { p.ScientificContact.Name = "Dr B" },
		func(p *marketplace.Protocol) { p.Conditions[1].Code = "73211009" },
		func(p *marketplace.Protocol) { p.Conditions = p.Conditions[:1] },
		func(p *marketplace.Protocol) { p.Keywords = p.Keywords[1:] },
		func(p *marketplace.Protocol) { p.Design.Model = "case-control" },
		func(p *marketplace.Protocol) { p.Design.TimePerspective = "prospective" },
		func(p *marketplace.Protocol) { p.Design.Description = "" },
		func(p *marketplace.Protocol) { p.Countries = []string{"GB"} },
		func(p *marketplace.Protocol) { p.StartDate = "2026-02-01" },
		func(p *marketplace.Protocol) { p.EndDate = "" },
		func(p *marketplace.Protocol) { p.TargetSampleSize = 300 },
		func(p *marketplace.Protocol) { p.PrimaryOutcomes[0].Queries = nil },
		func(p *marketplace.Protocol) { p.PrimaryOutcomes[0].Queries = []string{"hba1c_mean", "n"} },
		func(p *marketplace.Protocol) { p.SecondaryOutcomes = nil },
		func(p *marketplace.Protocol) {
			p.SecondaryOutcomes = append(p.SecondaryOutcomes, marketplace.Outcome{Measure: "Mean HbA1c (%)", TimeFrame: "x"})
		},
		func(p *marketplace.Protocol) {
			p.EthicsReview = marketplace.EthicsReview{Status: marketplace.EthicsNotRequired}
		},
		func(p *marketplace.Protocol) { p.EthicsReview.Email = "" },
		func(p *marketplace.Protocol) { p.EthicsReview.ApprovalDate = "2025-11-21" },
		func(p *marketplace.Protocol) { p.DataSharing = "" },
		func(p *marketplace.Protocol) { p.DataUse = []string{"DUO:0000042"} },
		func(p *marketplace.Protocol) { p.Eligibility.MaxAge = 80 },
		func(p *marketplace.Protocol) { p.Eligibility.Conditions = nil },
		func(p *marketplace.Protocol) { p.Plan[0].Epsilon = 0.25 },
		func(p *marketplace.Protocol) { p.Plan[1].Field = "bmi" },
		func(p *marketplace.Protocol) { p.Plan[1].Lower = 3 },
		func(p *marketplace.Protocol) { p.Plan[0].ID = "count_all"; p.SecondaryOutcomes[0].Queries = nil },
		func(p *marketplace.Protocol) { p.Budget.Epsilon = 1.5 },
		func(p *marketplace.Protocol) { p.Budget.Delta = 1e-9 },
		func(p *marketplace.Protocol) { p.RewardPerParticipant = new(big.Int).Lsh(big.NewInt(1), 100) },
		func(p *marketplace.Protocol) { p.ParticipantCap = 400 },
		func(p *marketplace.Protocol) { p.ProtocolVersion = "" },
		func(p *marketplace.Protocol) { p.Acronym = "HBA" },
		func(p *marketplace.Protocol) { p.Amends = marketplace.Hash{7}.Hex() },
		func(p *marketplace.Protocol) { p.AmendmentReason = "Board asked for a narrower age range." },
		func(p *marketplace.Protocol) { p.Title = " " + p.Title },
		func(p *marketplace.Protocol) { p.Keywords = append(p.Keywords, " diabetes") },
		func(p *marketplace.Protocol) { p.Conditions = append(p.Conditions, p.Conditions[0]) },
	}
	base, _ := Rules{}.Canonical(full())
	for i, m := range mutations {
		p := full()
		m(p)
		doc, err := Rules{}.Canonical(p)
		if err != nil {
			t.Fatalf("mutation %d: %v", i, err)
		}
		same := bytes.Equal(doc, base)
		if d := Diff(full(), p); same != (len(d) == 0) {
			t.Errorf("mutation %d: canonical equal %v but diff %v", i, same, d)
		}
		if d := Diff(p, full()); same != (len(d) == 0) {
			t.Errorf("mutation %d reversed: canonical equal %v but diff %v", i, same, d)
		}
	}
}

func TestDiffNil(t *testing.T) {
	d := Diff(nil, valid())
	if len(d) == 0 || d[0].Path != "title" || d[0].Old != "" {
		t.Fatalf("diff from nothing: %v", d)
	}
	for _, c := range Diff(valid(), nil) {
		if c.Old == "" {
			t.Fatalf("diff to nothing adds %v", c)
		}
	}
}

func TestFormatDiff(t *testing.T) {
	p := full()
	p.ProtocolVersion = "1.1"
	p.Plan[1].Upper = 15
	p.DataUse = []string{"DUO:0000006", "DUO:0000021"}
	p.Keywords = append(p.Keywords, "HbA1c -> mmol/mol")
	p.Summary = "Two\nlines."
	p.EthicsReview.Reference = ""
	got := FormatDiff(Diff(full(), p))
	want := `~ protocolVersion: 1.0 -> 1.1
~ summary: Mean HbA1c of adults with type 2 diabetes. -> "Two\nlines."
+ keywords: "HbA1c -> mmol/mol"
- ethicsReview.reference: REC-25-0042
- dataUse: DUO:0000007 (disease specific research, DS)
+ dataUse: DUO:0000021 (ethics approval required, IRB)
~ plan[hba1c_mean].upper: 14 -> 15
`
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if FormatDiff(nil) != "no changes\n" {
		t.Fatalf("empty diff: %q", FormatDiff(nil))
	}
}

func TestCheckAmendment(t *testing.T) {
	prev := full()
	doc, _ := Rules{}.Canonical(prev)
	h := Rules{}.Hash(doc)
	next := func(mutate func(p *marketplace.Protocol)) *marketplace.Protocol {
		p := full()
		p.ProtocolVersion = "1.1"
		p.Amends = h.Hex()
		p.AmendmentReason = "Narrower age range, as the board asked."
		p.Eligibility.MinAge = 40
		mutate(p)
		return p
	}
	if err := (Rules{}).CheckAmendment(prev, next(func(*marketplace.Protocol) {})); err != nil {
		t.Fatalf("amendment refused: %v", err)
	}
	if err := (Rules{}).CheckAmendment(prev, next(func(p *marketplace.Protocol) { p.Amends = "" })); err != nil {
		t.Fatalf("amendment without amends refused: %v", err)
	}
	cases := map[string]func(p *marketplace.Protocol){
		"protocol":        func(p *marketplace.Protocol) { *p = *full() },
		"amends":          func(p *marketplace.Protocol) { p.Amends = marketplace.Hash{1}.Hex() },
		"protocolVersion": func(p *marketplace.Protocol) { p.ProtocolVersion = "1.0" },
		"eligibility.maxAge": func(p *marketplace.Protocol) {
			p.Eligibility.MaxAge = 30
		},
	}
	for field, mutate := range cases {
		err := Rules{}.CheckAmendment(prev, next(mutate))
		if marketplace.ErrorCode(err) != marketplace.EINVALID || marketplace.ErrorField(err) != field {
			t.Errorf("want EINVALID on %s, got %v", field, err)
		}
	}
}

func ExampleFormatDiff() {
	old := &marketplace.Protocol{
		Title: "HbA1c in adults", Sponsor: "Example University", DataUse: []string{"DUO:0000006"},
		Eligibility: marketplace.Eligibility{MinAge: 18, MaxAge: 90},
		Plan:        []marketplace.Query{{ID: "hba1c_mean", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 1}},
		Budget:      marketplace.Budget{Epsilon: 1}, Mode: marketplace.ModeDP,
		RewardPerParticipant: big.NewInt(10), ParticipantCap: 100,
	}
	amended := *old
	amended.Eligibility.MinAge = 40
	amended.Plan = []marketplace.Query{{ID: "hba1c_mean", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 15, Epsilon: 1}}
	amended.DataUse = []string{"DUO:0000006", "DUO:0000019"}
	fmt.Print(FormatDiff(Diff(old, &amended)))
	// Output:
	// + dataUse: DUO:0000019 (publication required, PUB)
	// ~ eligibility.minAge: 18 -> 40
	// ~ plan[hba1c_mean].upper: 14 -> 15
}
