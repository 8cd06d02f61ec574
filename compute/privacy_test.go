package compute

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/google/differential-privacy/go/v3/noise"
	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// meanVar returns the sample mean and variance.
func meanVar(xs []float64) (float64, float64) {
	var m float64
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	var v float64
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return m, v / float64(len(xs)-1)
}

// TestDPNoiseIsCalibrated draws DP-mode answers with the library's own noise (crypto/rand,
// as in production) many times and checks their mean and variance against the calibration:
// Laplace with scale 1/epsilon (variance 2/epsilon^2) for a count, and the Gaussian sigma
// the library computes for (epsilon, delta).
func TestDPNoiseIsCalibrated(t *testing.T) {
	const draws = 20000
	const truth = 1000
	for _, c := range []struct {
		name    string
		q       marketplace.Query
		wantVar float64
	}{
		{"laplace", marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 0.5}, 2 / (0.5 * 0.5)},
		{"gaussian", marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 0.5, Noise: marketplace.NoiseGaussian, Delta: 1e-6},
			math.Pow(noise.SigmaForGaussian(1, 1, 0.5, 1e-6), 2)},
	} {
		t.Run(c.name, func(t *testing.T) {
			xs := make([]float64, draws)
			for i := range xs {
				ans, err := dpAnswer(&c.q, dpInput{n: truth}, 1, nil)
				if err != nil {
					t.Fatal(err)
				}
				xs[i] = ans.Value
			}
			m, v := meanVar(xs)
			// Six standard errors: the mean's is sqrt(var/draws); the variance's is about
			// var*sqrt((kurtosis-1)/draws), kurtosis 6 for Laplace.
			if se := math.Sqrt(c.wantVar / draws); math.Abs(m-truth) > 6*se {
				t.Errorf("mean %.3f, want %d +- %.3f", m, truth, 6*se)
			}
			if se := c.wantVar * math.Sqrt(5.0/draws); math.Abs(v-c.wantVar) > 6*se+1.0/12 {
				t.Errorf("variance %.3f, want %.3f +- %.3f", v, c.wantVar, 6*se)
			}
		})
	}
}

// TestHENoiseIsCalibrated checks the ethics board's noise (the discrete Laplace and discrete
// Gaussian samplers behind it) over many seeded draws: mean 0, and the variance of the
// distribution the slot's sensitivity and epsilon call for.
func TestHENoiseIsCalibrated(t *testing.T) {
	params, err := he.TestParams()
	if err != nil {
		t.Fatal(err)
	}
	const draws = 20000
	for _, c := range []struct {
		name string
		q    marketplace.Query
	}{
		{"laplace count", marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 0.7}},
		{"gaussian count", marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 0.7, Noise: marketplace.NoiseGaussian, Delta: 1e-5}},
		{"laplace sum", marketplace.Query{ID: "s", Aggregate: marketplace.AggSum, Field: "bmi", Lower: 15, Upper: 50, Epsilon: 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			layout, err := newHELayout([]*marketplace.Query{&c.q}, params, 1000)
			if err != nil {
				t.Fatal(err)
			}
			r := seededReader(uint64(len(c.name)))
			samples := make([][]float64, layout.total)
			for i := 0; i < draws; i++ {
				v, err := boardNoise(layout, r)
				if err != nil {
					t.Fatal(err)
				}
				for j, x := range v {
					samples[j] = append(samples[j], float64(x))
				}
			}
			for j, s := range layout.queries[0].slots {
				var want float64
				if c.q.Noise == marketplace.NoiseGaussian {
					want = math.Pow(noise.SigmaForGaussian(1, float64(s.sens), s.eps, s.delta), 2)
				} else {
					want = he.DiscreteLaplaceVariance(float64(s.sens) / s.eps)
				}
				m, v := meanVar(samples[j])
				if se := math.Sqrt(want / draws); math.Abs(m) > 6*se {
					t.Errorf("slot %d: mean %.3f, want 0 +- %.3f", j, m, 6*se)
				}
				if se := want * math.Sqrt(5.0/draws); math.Abs(v-want) > 6*se {
					t.Errorf("slot %d: variance %.3f, want %.3f +- %.3f", j, v, want, 6*se)
				}
			}
		})
	}
}

func TestSmallCellsSuppressed(t *testing.T) {
	ctx := context.Background()
	tv := openTestVaultWith(t, VaultOptions{MinCell: 11})
	tv.noise = noNoise // the decision, not the noise, is under test
	nan := math.NaN()
	var ps []Patient
	for i := 0; i < 30; i++ {
		sex := SexMale
		if i < 8 {
			sex = SexFemale // 8 women: a cell below 11
		}
		ps = append(ps, Patient{Age: 50, Sex: sex, HbA1c: 5 + float64(i%10)/2, BMI: 20 + float64(i), Systolic: nan, LDL: nan})
	}
	refs, err := tv.AddPatients(ctx, ps)
	if err != nil {
		t.Fatal(err)
	}
	tv.enrollAll(t, 1, refs)
	women := &marketplace.Filter{Sex: SexFemale}
	plan := []marketplace.Query{
		{ID: "all", Aggregate: marketplace.AggCount, Epsilon: 1},
		{ID: "women", Aggregate: marketplace.AggCount, Epsilon: 1, Filter: women},
		{ID: "women_a1c", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 1, Filter: women},
		{ID: "a1c", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 1},
		{ID: "bmi_hist", Aggregate: marketplace.AggHistogram, Field: "bmi", Lower: 20, Upper: 50, Bins: 3, Epsilon: 1},
		{ID: "women_q", Aggregate: marketplace.AggQuantiles, Field: "bmi", Lower: 15, Upper: 50, Quantiles: []float64{0.5}, Epsilon: 1, Filter: women},
	}
	p := protocol(allAdults, plan...)
	answer := func(i int) *marketplace.Answer {
		t.Helper()
		ans, err := tv.Answer(ctx, tv.request(1, p, &p.Plan[i]))
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	if a := answer(0); a.Suppressed || a.Value != 30 {
		t.Fatalf("30 patients: %+v", a)
	}
	if a := answer(1); !a.Suppressed || a.Value != 0 {
		t.Fatalf("8 women counted: %+v", a)
	}
	if a := answer(2); !a.Suppressed || a.Value != 0 {
		t.Fatalf("mean over 8 women released: %+v", a)
	}
	if a := answer(3); a.Suppressed || a.Value == 0 {
		t.Fatalf("mean over 30 suppressed: %+v", a)
	}
	// BMI 20..49 in three bins of 10: 10 per bin, each below 11 (the histogram's 30 are not).
	if a := answer(4); !slices.Equal(a.SuppressedBins, []int{0, 1, 2}) || a.Suppressed || slices.ContainsFunc(a.Values, func(v float64) bool { return v != 0 }) {
		t.Fatalf("histogram of 10s: %+v", a)
	}
	if a := answer(5); !a.Suppressed || a.Values[0] != 0 {
		t.Fatalf("quantile over 8 women released: %+v", a)
	}
	// Suppressed answers still pay (and log) everyone read.
	if a := answer(1); len(a.Included) != 30 {
		t.Fatalf("included %d", len(a.Included))
	}
}

func TestPatientEpsilonLimit(t *testing.T) {
	ctx := context.Background()
	tv := openTestVaultWith(t, VaultOptions{PatientEpsilon: 2.5})
	if err := Seed(tv.Vault, 40, 4); err != nil {
		t.Fatal(err)
	}
	refs, _ := tv.PatientRefs(ctx, 40)
	tv.enrollAll(t, 1, refs[:30])
	tv.enrollAll(t, 2, refs) // a second study reads the same patients and ten more
	q := marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1}
	req := tv.request(1, protocol(allAdults, q), &q)
	for i := 0; i < 2; i++ {
		if ans, err := tv.Answer(ctx, req); err != nil || len(ans.Included) != 30 {
			t.Fatalf("run %d: %d read, %v", i, len(ans.Included), err)
		}
	}
	if e, err := tv.PatientEpsilon(refs[0]); err != nil || e != 2 {
		t.Fatalf("spent %v, %v", e, err)
	}
	// A third epsilon would take the thirty past 2.5: they are left out, not read, not paid.
	ans, err := tv.Answer(ctx, req)
	if err != nil || len(ans.Included) != 0 {
		t.Fatalf("over the limit: %d read, %v", len(ans.Included), err)
	}
	// The limit is the patient's, across studies, and survives a restart.
	tv.Close()
	tv.reopen(t)
	half := marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 0.5}
	ans, err = tv.Answer(ctx, tv.request(2, protocol(allAdults, half), &half))
	if err != nil || len(ans.Included) != 40 {
		t.Fatalf("study 2 at 0.5: %d read, %v", len(ans.Included), err)
	}
	ans, err = tv.Answer(ctx, tv.request(2, protocol(allAdults, half), &half))
	if err != nil || len(ans.Included) != 10 {
		t.Fatalf("study 2 again: %d read (want the 10 fresh patients), %v", len(ans.Included), err)
	}
	if e, _ := tv.PatientEpsilon(refs[35]); e != 1 {
		t.Fatalf("fresh patient spent %v", e)
	}
	// Erasure removes the patient's entry with the rest.
	if err := tv.Erase(ctx, refs[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := tv.PatientEpsilon(refs[0]); marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
		t.Fatalf("erased patient: %v", err)
	}
}

// TestPrivacyLedgerChunks charges many patients in several rounds and checks every total,
// across chunk splits and insertions before the first chunk.
func TestPrivacyLedgerChunks(t *testing.T) {
	tv := openTestVault(t)
	all := make([]ref, 5000)
	for i := range all {
		all[i] = newRef()
	}
	slices.SortFunc(all, func(a, b ref) int { return cmpRef(&a, &b) })
	want := map[ref]uint64{}
	rounds := [][]ref{all[2000:2100], all[:5000:5000], all[100:4000], all[:50], all[4999:]}
	for k, rs := range rounds {
		units := uint64(k + 1)
		if err := tv.db.Update(func(tx *bolt.Tx) error { return chargeUnits(tx, rs, units) }); err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			want[r] += units
		}
	}
	tv.db.View(func(tx *bolt.Tx) error {
		got := spentUnits(tx, all)
		for i, r := range all {
			if got[i] != want[r] {
				t.Fatalf("patient %d: %d units, want %d", i, got[i], want[r])
			}
		}
		return nil
	})
}

// TestDifferencingAttackDefeated: an attacker registers two counts whose filters differ only
// in the target's age (age <= 80 and age <= 79), to learn whether a known 80-year-old is in
// the cohort from the difference of the answers. Without noise the attack always succeeds.
// With the vault's noise, each answer epsilon-DP, no test can tell the two neighbouring
// datasets apart with an advantage (true-positive rate minus false-positive rate) above
// tanh(epsilon_total/2), epsilon_total the two queries' epsilons together; we run the attack
// thousands of times with seeded noise on both datasets and measure it. The same pair is
// refused at registration (narrow slice), a repeated query gets the same release, so noise
// cannot be averaged away (shown by what averaging would do), and a cohort below k is
// suppressed.
func TestDifferencingAttackDefeated(t *testing.T) {
	ctx := context.Background()
	const eps = 0.5
	older := &marketplace.Filter{MaxAge: 80, Conditions: []string{"E11"}}
	younger := &marketplace.Filter{MaxAge: 79, Conditions: []string{"E11"}}
	q1 := marketplace.Query{ID: "upto80", Aggregate: marketplace.AggCount, Epsilon: eps, Filter: older}
	q2 := marketplace.Query{ID: "upto79", Aggregate: marketplace.AggCount, Epsilon: eps, Filter: younger}

	// 1. Registration refuses the pair.
	p := protocol(allAdults, q1, q2)
	p.Budget.Epsilon = 1
	if err := (studies.Rules{}).Validate(p); marketplace.ErrorCode(err) != marketplace.EINVALID || marketplace.ErrorField(err) != "plan[1].filter" {
		t.Fatalf("differencing pair registered: %v", err)
	}

	// 2. Neighbouring datasets in a real vault: D0 has 40 diabetics aged 60-75; D1 adds the
	// target, a diabetic aged 80. Without noise the two queries' difference is exactly the
	// target's presence.
	nan := math.NaN()
	var base []Patient
	for i := 0; i < 40; i++ {
		base = append(base, Patient{Age: 60 + i%16, Sex: SexFemale, Conditions: []string{"E11.9"}, HbA1c: 7, BMI: 30, Systolic: nan, LDL: nan})
	}
	target := Patient{Age: 80, Sex: SexMale, Conditions: []string{"E11.9"}, HbA1c: 9, BMI: 27, Systolic: nan, LDL: nan}
	inputs := make([][2]dpInput, 2) // dataset -> the two queries' scan inputs
	for d, ps := range [][]Patient{base, append(slices.Clone(base), target)} {
		tv := openTestVault(t)
		tv.noise = noNoise
		refs, err := tv.AddPatients(ctx, ps)
		if err != nil {
			t.Fatal(err)
		}
		tv.enrollAll(t, 1, refs)
		// Each query approved on its own (as two studies would), run through the vault.
		var exact [2]float64
		for k, q := range []marketplace.Query{q1, q2} {
			ans, err := tv.Answer(ctx, tv.request(1, protocol(allAdults, q), &q))
			if err != nil {
				t.Fatal(err)
			}
			exact[k] = ans.Value
			inputs[d][k] = dpInput{n: int64(ans.Value)}
		}
		if got := exact[0] - exact[1]; got != float64(d) {
			t.Fatalf("dataset %d: difference %v without noise, want %d", d, got, d)
		}
	}

	// 3. The attack with the vault's mechanism and seeded noise, many times on each dataset.
	advantage := func(k, average, trials int, seed uint64) float64 {
		src := seededNoise(seed)
		var hits [2]int
		for d := 0; d < 2; d++ {
			for i := 0; i < trials; i++ {
				var diff float64
				for a := 0; a < average; a++ {
					a1, err := dpAnswer(&q1, inputs[d][0], k, src)
					if err != nil {
						t.Fatal(err)
					}
					a2, err := dpAnswer(&q2, inputs[d][1], k, src)
					if err != nil {
						t.Fatal(err)
					}
					if a1.Suppressed || a2.Suppressed {
						continue // nothing to subtract
					}
					diff += a1.Value - a2.Value
				}
				if diff/float64(average) > 0.5 {
					hits[d]++
				}
			}
		}
		return float64(hits[1]-hits[0]) / float64(trials)
	}
	bound := math.Tanh(2 * eps / 2)
	slack := 4 * math.Sqrt(2*0.25/4000)
	adv := advantage(1, 1, 4000, 1)
	if adv > bound+slack {
		t.Fatalf("membership advantage %.3f exceeds the DP bound %.3f", adv, bound)
	}
	t.Logf("membership advantage with noise %.3f (DP bound %.3f; without noise 1)", adv, bound)
	// Averaging fresh noise over many repetitions would defeat it: this is why a query is
	// answered once (the same release again) and its epsilon is debited from the budget.
	if avg := advantage(1, 400, 300, 2); avg < 0.9 {
		t.Fatalf("averaging 400 answers gives advantage %.3f; expected it to break the noise", avg)
	} else {
		t.Logf("with 400 fresh answers averaged (what the budget and idempotent releases prevent): %.3f", avg)
	}
	// Small cohorts: with k above the cohort, both answers are suppressed nearly always.
	for d := range inputs {
		for k := range inputs[d] {
			inputs[d][k].n -= 35 // 5 or 6 patients
		}
	}
	if small := advantage(DefaultMinCell, 1, 4000, 3); small > 0.05 {
		t.Fatalf("advantage %.3f on a cohort below k", small)
	} else {
		t.Logf("on a cohort of 5 (k = 11): %.3f", small)
	}
}

// TestAggregates checks every aggregate of the plan language through Answer, with the noise
// taken away: clamping to the bounds, one value per patient.
func TestAggregates(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	tv.noise = noNoise
	nan := math.NaN()
	var ps []Patient
	for i := 0; i < 100; i++ { // systolic 100..199, one without a measurement
		sbp := 100 + float64(i)
		if i == 99 {
			sbp = nan
		}
		ps = append(ps, Patient{Age: 50, Sex: SexMale, HbA1c: nan, BMI: 25, Systolic: sbp, LDL: nan})
	}
	refs, err := tv.AddPatients(ctx, ps)
	if err != nil {
		t.Fatal(err)
	}
	tv.enrollAll(t, 1, refs)
	// Clamped to [110, 190]: 10 values at 110, 80 from 110 to 189... computed below.
	var vals []float64
	for i := 0; i < 99; i++ {
		vals = append(vals, math.Min(math.Max(100+float64(i), 110), 190))
	}
	var sum, sq float64
	for _, x := range vals {
		sum += x
	}
	mean := sum / 99
	for _, x := range vals {
		sq += (x - mean) * (x - mean)
	}
	q := func(agg string) marketplace.Query {
		return marketplace.Query{ID: "q", Aggregate: agg, Field: "systolic", Lower: 110, Upper: 190, Epsilon: 1}
	}
	answer := func(q marketplace.Query) *marketplace.Answer {
		t.Helper()
		ans, err := tv.Answer(ctx, tv.request(1, protocol(allAdults, q), &q))
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	if a := answer(q(marketplace.AggSum)); math.Abs(a.Value-sum) > 1e-6 {
		t.Errorf("sum %v, want %v", a.Value, sum)
	}
	if a := answer(q(marketplace.AggMean)); math.Abs(a.Value-mean) > 1e-6 {
		t.Errorf("mean %v, want %v", a.Value, mean)
	}
	if a := answer(q(marketplace.AggVariance)); math.Abs(a.Value-sq/99) > 1e-6 {
		t.Errorf("variance %v, want %v", a.Value, sq/99)
	}
	h := q(marketplace.AggHistogram)
	h.Bins = 4 // [110,130) [130,150) [150,170) [170,190]
	if a := answer(h); !slices.Equal(a.Values, []float64{30, 20, 20, 29}) {
		t.Errorf("histogram %v", a.Values)
	}
	qs := q(marketplace.AggQuantiles)
	qs.Quantiles = []float64{0.25, 0.5, 0.75}
	a := answer(qs)
	for i, want := range []float64{124.5, 149, 173.5} {
		if math.Abs(a.Values[i]-want) > 2 {
			t.Errorf("quantile %v: %v, want about %v", qs.Quantiles[i], a.Values[i], want)
		}
	}
	c := marketplace.Query{ID: "q", Aggregate: marketplace.AggCount, Epsilon: 1,
		Filter: &marketplace.Filter{Observations: []marketplace.Threshold{{Field: "systolic", Min: fp(180)}}}}
	if a := answer(c); a.Value != 19 {
		t.Errorf("count of systolic >= 180: %v, want 19", a.Value)
	}
}
