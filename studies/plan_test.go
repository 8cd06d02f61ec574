package studies

import (
	"bytes"
	"strings"
	"testing"

	"github.com/medmarket/medmarket/marketplace"
)

func fp(x float64) *float64 { return &x }

// richPlan uses every aggregate and every filter criterion.
func richPlan() []marketplace.Query {
	return []marketplace.Query{
		{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 0.1},
		{ID: "hba1c_mean", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 0.1},
		{ID: "women_on_metformin", Aggregate: marketplace.AggCount, Epsilon: 0.1, Filter: &marketplace.Filter{
			Sex: "female", MinAge: 40, MaxAge: 75,
			Conditions:    []string{"E11", "44054006"},
			Medications:   []string{"6809", "A10BA02"},
			Observations:  []marketplace.Threshold{{Field: "hba1c", Min: fp(6.5)}, {Field: "bmi", Min: fp(25), Max: fp(45)}},
			Born:          &marketplace.Window{From: "1950-01-01", To: "1985-12-31"},
			LastEncounter: &marketplace.Window{From: "2024-01-01"},
		}},
		{ID: "bmi_sum", Aggregate: marketplace.AggSum, Field: "bmi", Lower: 15, Upper: 50, Epsilon: 0.1},
		{ID: "sbp_var", Aggregate: marketplace.AggVariance, Field: "systolic", Lower: 80, Upper: 200, Epsilon: 0.1, Noise: marketplace.NoiseGaussian, Delta: 1e-7},
		{ID: "age_quartiles", Aggregate: marketplace.AggQuantiles, Field: "age", Lower: 18, Upper: 100, Quantiles: []float64{0.25, 0.5, 0.75}, Epsilon: 0.1},
		{ID: "bmi_hist", Aggregate: marketplace.AggHistogram, Field: "bmi", Lower: 15, Upper: 45, Bins: 6, Epsilon: 0.1},
	}
}

func richProtocol() *marketplace.Protocol {
	p := valid()
	p.Plan = richPlan()
	p.Budget = marketplace.Budget{Epsilon: 1, Delta: 1e-6}
	return p
}

func TestPlanLanguageValidates(t *testing.T) {
	if err := (Rules{}).Validate(richProtocol()); err != nil {
		t.Fatalf("rich plan rejected: %v", err)
	}
	f := func(q *marketplace.Query) *marketplace.Filter { return q.Filter }
	cases := []struct {
		field  string
		mutate func(p *marketplace.Protocol)
	}{
		{"plan[2].filter.observations[0].min", func(p *marketplace.Protocol) { f(&p.Plan[2]).Observations[0].Min = fp(-3) }},
		{"plan[2].filter.observations[1].max", func(p *marketplace.Protocol) { f(&p.Plan[2]).Observations[1].Max = fp(20) }},
		{"plan[2].filter.observations[0].field", func(p *marketplace.Protocol) { f(&p.Plan[2]).Observations[0].Field = "weight" }},
		{"plan[2].filter.observations[0].min", func(p *marketplace.Protocol) { f(&p.Plan[2]).Observations[0].Min = nil }},
		{"plan[2].filter.medications[1]", func(p *marketplace.Protocol) { f(&p.Plan[2]).Medications[1] = "metformin" }},
		{"plan[2].filter.conditions[0]", func(p *marketplace.Protocol) { f(&p.Plan[2]).Conditions[0] = "diabetes" }},
		{"plan[2].filter.sex", func(p *marketplace.Protocol) { f(&p.Plan[2]).Sex = "f" }},
		{"plan[2].filter.maxAge", func(p *marketplace.Protocol) { f(&p.Plan[2]).MaxAge = 30 }},
		{"plan[2].filter.born.to", func(p *marketplace.Protocol) { f(&p.Plan[2]).Born.To = "1940-01-01" }},
		{"plan[2].filter.lastEncounter.from", func(p *marketplace.Protocol) { f(&p.Plan[2]).LastEncounter.From = "2024-13-01" }},
		{"plan[2].filter.born.from", func(p *marketplace.Protocol) { f(&p.Plan[2]).Born = &marketplace.Window{} }},
		{"plan[3].upper", func(p *marketplace.Protocol) { p.Plan[3].Upper = p.Plan[3].Lower }},
		{"plan[3].upper", func(p *marketplace.Protocol) { p.Plan[3].Upper = 500 }},
		{"plan[3].field", func(p *marketplace.Protocol) { p.Plan[3].Field = "" }},
		{"plan[0].field", func(p *marketplace.Protocol) { p.Plan[0].Upper = 3 }},
		{"plan[4].delta", func(p *marketplace.Protocol) { p.Plan[4].Delta = 0 }},
		{"plan[1].delta", func(p *marketplace.Protocol) { p.Plan[1].Delta = 1e-9 }},
		{"plan[1].noise", func(p *marketplace.Protocol) { p.Plan[1].Noise = "uniform" }},
		{"plan", func(p *marketplace.Protocol) { p.Plan[4].Delta = 2e-6 }},
		{"plan[5].quantiles", func(p *marketplace.Protocol) { p.Plan[5].Quantiles = nil }},
		{"plan[5].quantiles[1]", func(p *marketplace.Protocol) { p.Plan[5].Quantiles[1] = 0.2 }},
		{"plan[5].quantiles[2]", func(p *marketplace.Protocol) { p.Plan[5].Quantiles[2] = 1 }},
		{"plan[1].quantiles", func(p *marketplace.Protocol) { p.Plan[1].Quantiles = []float64{0.5} }},
		{"plan[6].bins", func(p *marketplace.Protocol) { p.Plan[6].Bins = 1 }},
		{"plan[6].bins", func(p *marketplace.Protocol) { p.Plan[6].Bins = 65 }},
		{"plan[1].bins", func(p *marketplace.Protocol) { p.Plan[1].Bins = 4 }},
		{"plan[0].aggregate", func(p *marketplace.Protocol) { p.Plan[0].Aggregate = "max" }},
		{"resultKey", func(p *marketplace.Protocol) { p.ResultKey = "0x" + strings.Repeat("ab", 32) }},
		{"resultKey", func(p *marketplace.Protocol) { p.Mode = marketplace.ModeHEDP }},
		{"resultKey", func(p *marketplace.Protocol) {
			p.Mode = marketplace.ModeHEDP
			p.ResultKey = "0x" + strings.Repeat("AB", 32)
		}},
	}
	for _, c := range cases {
		p := richProtocol()
		c.mutate(p)
		err := Rules{}.Validate(p)
		if marketplace.ErrorCode(err) != marketplace.EINVALID || marketplace.ErrorField(err) != c.field {
			t.Errorf("want EINVALID on %s, got %v", c.field, err)
		}
	}
	p := richProtocol()
	p.Mode, p.ResultKey = marketplace.ModeHEDP, "0x"+strings.Repeat("ab", 32)
	if err := (Rules{}).Validate(p); err != nil {
		t.Fatalf("HE_DP with a result key rejected: %v", err)
	}
}

// TestOldQueriesKeepTheirBytes: count and mean queries written before the query language
// keep their canonical protocol bytes (see the golden document in registration_test.go) and
// their query hashes.
func TestOldQueriesKeepTheirBytes(t *testing.T) {
	b, err := Rules{}.Canonical(valid())
	if err != nil {
		t.Fatal(err)
	}
	if h := (Rules{}).Hash(b).Hex(); h != "0x62b1c24a42f3640e67742aa73d2219de4d48e1043532117026b131bd17f9d9a2" {
		t.Fatalf("protocol hash changed: %s\n%s", h, b)
	}
	q := valid().Plan[1]
	if h := (Rules{}).QueryHash(7, &q).Hex(); h != "0x93971367ba7e5793b4e144aa2f5a9339515af34d77bcc886840a844761325512" {
		t.Fatalf("query hash changed: %s", h)
	}
	// Laplace written out is the default, and canonicalises away.
	q.Noise = marketplace.NoiseLaplace
	if h := (Rules{}).QueryHash(7, &q).Hex(); h != "0x93971367ba7e5793b4e144aa2f5a9339515af34d77bcc886840a844761325512" {
		t.Fatalf("explicit laplace changes the hash: %s", h)
	}
	q.Filter = &marketplace.Filter{}
	if h := (Rules{}).QueryHash(7, &q).Hex(); h != "0x93971367ba7e5793b4e144aa2f5a9339515af34d77bcc886840a844761325512" {
		t.Fatalf("an empty filter changes the hash: %s", h)
	}
}

func TestPlanCanonicalForm(t *testing.T) {
	a, b := richProtocol(), richProtocol()
	fb := b.Plan[2].Filter
	fb.Conditions = []string{"44054006", "E11", "E11"}
	fb.Medications = []string{"A10BA02", "6809"}
	fb.Observations = []marketplace.Threshold{fb.Observations[1], fb.Observations[0]}
	ca, err := Rules{}.Canonical(a)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := Rules{}.Canonical(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ca, cb) {
		t.Fatalf("equal filters, different documents:\n%s\n%s", ca, cb)
	}
	p, err := Rules{}.Parse(ca)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Rules{}.Canonical(p)
	if !bytes.Equal(again, ca) {
		t.Fatal("parse and canonicalise is not the identity")
	}
	for i := range a.Plan {
		if (Rules{}).QueryHash(3, &a.Plan[i]) != (Rules{}).QueryHash(3, &p.Plan[i]) {
			t.Fatalf("query %s hashes differently after a round trip", a.Plan[i].ID)
		}
	}
	// The filter is part of the query hash, and so of the protocol hash.
	c := richProtocol()
	*c.Plan[2].Filter.Observations[0].Min = 7
	if (Rules{}).QueryHash(3, &c.Plan[2]) == (Rules{}).QueryHash(3, &a.Plan[2]) {
		t.Fatal("a threshold change leaves the query hash unchanged")
	}
	cc, _ := Rules{}.Canonical(c)
	if bytes.Equal(cc, ca) {
		t.Fatal("a threshold change leaves the protocol document unchanged")
	}
	if d := Diff(a, c); len(d) != 1 || d[0].Path != "plan[women_on_metformin].filter" {
		t.Fatalf("diff %+v", d)
	}
	// A non-canonical document (codes unsorted) does not parse.
	bad := bytes.Replace(ca, []byte(`"conditions":["44054006","E11"]`), []byte(`"conditions":["E11","44054006"]`), 1)
	if bytes.Equal(bad, ca) {
		t.Fatal("test document lacks the conditions it edits")
	}
	if _, err := (Rules{}).Parse(bad); err == nil {
		t.Fatal("non-canonical filter parsed")
	}
}

func TestDifferencingPairsRefused(t *testing.T) {
	base := func(f *marketplace.Filter) marketplace.Query {
		return marketplace.Query{ID: "a", Aggregate: marketplace.AggCount, Epsilon: 0.2, Filter: f}
	}
	pair := func(fa, fb *marketplace.Filter) *marketplace.Protocol {
		p := valid()
		a, b := base(fa), base(fb)
		b.ID = "b"
		p.Plan = []marketplace.Query{a, b}
		return p
	}
	women := func(min, max int) *marketplace.Filter {
		return &marketplace.Filter{Sex: "female", Conditions: []string{"E11"}, MinAge: min, MaxAge: max}
	}
	refused := []struct {
		name   string
		fa, fb *marketplace.Filter
	}{
		{"maxAge one year apart", women(40, 80), women(40, 79)},
		{"minAge", women(40, 80), women(41, 80)},
		{"from nothing to one year", nil, &marketplace.Filter{MinAge: 1}},
		{"threshold", &marketplace.Filter{Observations: []marketplace.Threshold{{Field: "hba1c", Min: fp(6.5)}}},
			&marketplace.Filter{Observations: []marketplace.Threshold{{Field: "hba1c", Min: fp(6.6)}}}},
		{"birth window", &marketplace.Filter{Born: &marketplace.Window{From: "1950-01-01", To: "1960-12-31"}},
			&marketplace.Filter{Born: &marketplace.Window{From: "1950-01-01", To: "1960-12-30"}}},
		{"encounter window", &marketplace.Filter{LastEncounter: &marketplace.Window{From: "2024-01-01"}},
			&marketplace.Filter{LastEncounter: &marketplace.Window{From: "2024-01-02"}}},
	}
	for _, c := range refused {
		err := Rules{}.Validate(pair(c.fa, c.fb))
		if marketplace.ErrorCode(err) != marketplace.EINVALID || marketplace.ErrorField(err) != "plan[1].filter" {
			t.Errorf("%s: want EINVALID on plan[1].filter, got %v", c.name, err)
		}
	}
	allowed := []struct {
		name   string
		fa, fb *marketplace.Filter
	}{
		{"decades", women(40, 49), women(50, 59)},
		{"wide slice", women(40, 80), women(40, 70)},
		{"two bounds at once", women(40, 80), women(41, 79)},
		{"open upper bound", women(40, 0), women(40, 80)},
		{"other sex", &marketplace.Filter{Sex: "female"}, &marketplace.Filter{Sex: "male"}},
		{"threshold present in one only", nil, &marketplace.Filter{Observations: []marketplace.Threshold{{Field: "hba1c", Min: fp(6.5)}}}},
	}
	for _, c := range allowed {
		if err := (Rules{}).Validate(pair(c.fa, c.fb)); err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
		}
	}
	// Different statistics never pair up.
	p := pair(women(40, 80), women(40, 79))
	p.Plan[1].Aggregate, p.Plan[1].Field, p.Plan[1].Lower, p.Plan[1].Upper = marketplace.AggMean, "bmi", 15, 50
	if err := (Rules{}).Validate(p); err != nil {
		t.Fatalf("a count and a mean refused as a pair: %v", err)
	}
}
