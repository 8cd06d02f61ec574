package compute

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/medmarket/medmarket/marketplace"
)

// DefaultSyntheticPatients is the size of the demo cohort Seed makes when asked for 0.
const DefaultSyntheticPatients = 10_000

// SyntheticEpoch is the date synthetic cohorts are generated as of: ages are ages on that day,
// and encounters, labs and fitness-tracker days precede it.
var SyntheticEpoch = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// Seed fills v with n synthetic patients (DefaultSyntheticPatients when n is 0) generated from
// seed: the same seed always yields the same patients with the same handles. Only the data
// keys and nonces that encrypt them are fresh. Seed does not check that the vault is empty
// (see PatientCount) but fails with ECONFLICT rather than overwrite a patient.
func Seed(v *Vault, n int, seed int64) error {
	if n == 0 {
		n = DefaultSyntheticPatients
	}
	if n < 0 {
		return marketplace.FieldError("n", "must not be negative")
	}
	if err := Generate(context.Background(), v, n, seed, nil); err != nil {
		return fmt.Errorf("compute.Seed: %w", err)
	}
	return nil
}

// Synthetic generates a deterministic synthetic adult cohort. Ages run from 18 to 90 with a
// population-like spread; sexes are about even; BMI is about N(27, 5) and drifts up into
// middle age; type 2 diabetes (E11) and hypertension (I10) grow more likely with age and BMI;
// diabetics have HbA1c around 7-9 % against about 5.4 % for others; systolic pressure rises
// with age and BMI, and diastolic pressure follows it; obesity (E66), hyperlipidaemia (E78),
// asthma (J45) and depression (F32) are coded with plausible prevalences and correlations,
// each with its SNOMED CT concept; medications follow the conditions (metformin and, with
// poor control, insulin for diabetes; ACE inhibitors, calcium-channel blockers and thiazides
// for hypertension; statins; salbutamol; sertraline) and are coded in RxNorm and ATC;
// encounters grow with the number of conditions; and about a third of patients, more of the
// young and lean, wear a fitness tracker for the week before SyntheticEpoch, with daily steps
// falling with age and BMI, resting heart rate rising with BMI and falling with activity, and
// sleep. Handles come from the same seeded generator. It is not safe for concurrent use.
type Synthetic struct {
	src   *rand.PCG
	spare float64
	has   bool
	// ext draws everything added after the first cohort (birth days, diastolic pressure,
	// medications, encounters, wearables), so that the first cohort's values stay the same.
	ext    *rand.PCG
	spare2 float64
	has2   bool
	n      int
	seed   int64
}

// NewSynthetic returns a generator for seed. Its output depends only on seed: it draws raw
// 64-bit values from PCG (a fixed algorithm) and shapes them itself, so it does not change
// with the Go release.
func NewSynthetic(seed int64) *Synthetic {
	return &Synthetic{
		src:  rand.NewPCG(uint64(seed), 0x6d65646d61726b74),
		ext:  rand.NewPCG(uint64(seed), 0x6d6d2d6578742d31),
		seed: seed,
	}
}

// SyntheticPatients returns the first n patients of seed's cohort.
func SyntheticPatients(n int, seed int64) []Patient {
	g := NewSynthetic(seed)
	out := make([]Patient, n)
	for i := range out {
		out[i] = g.Next()
	}
	return out
}

// uniform returns a value in [0, 1).
func (g *Synthetic) uniform() float64 { return float64(g.src.Uint64()>>11) / (1 << 53) }

// normal returns a standard normal value (Box-Muller).
func (g *Synthetic) normal() float64 {
	if g.has {
		g.has = false
		return g.spare
	}
	u1 := 1 - g.uniform() // (0, 1]
	u2 := g.uniform()
	r := math.Sqrt(-2 * math.Log(u1))
	g.spare, g.has = r*math.Sin(2*math.Pi*u2), true
	return r * math.Cos(2*math.Pi*u2)
}

func (g *Synthetic) chance(p float64) bool { return g.uniform() < p }

func logistic(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// clampRound clamps x to [lo, hi] and rounds it to 1/per, so that the value survives the
// record encoding exactly.
func clampRound(x, lo, hi, per float64) float64 {
	return math.Round(math.Min(math.Max(x, lo), hi)*per) / per
}

// ageBands approximate an adult population pyramid: [from, to] years and weight.
var ageBands = [...]struct {
	from, to int
	weight   float64
}{
	{18, 29, 0.19}, {30, 39, 0.17}, {40, 49, 0.16}, {50, 59, 0.17},
	{60, 69, 0.15}, {70, 79, 0.11}, {80, 90, 0.05},
}

func (g *Synthetic) age() int {
	u := g.uniform()
	for _, b := range ageBands {
		if u < b.weight {
			return b.from + int(g.uniform()*float64(b.to-b.from+1))
		}
		u -= b.weight
	}
	last := ageBands[len(ageBands)-1]
	return last.from + int(g.uniform()*float64(last.to-last.from+1))
}

// Next returns the next synthetic patient.
func (g *Synthetic) Next() Patient { return g.next().Patient }

// next returns the next synthetic patient with what a FHIR bundle of them shows beyond the
// record.
func (g *Synthetic) next() synthRecord {
	p := g.core()
	return g.extend(p)
}

// core draws the first cohort's fields, in the first cohort's order.
func (g *Synthetic) core() Patient {
	var r ref
	binary.BigEndian.PutUint64(r[:8], g.src.Uint64())
	binary.BigEndian.PutUint64(r[8:], g.src.Uint64())
	p := Patient{Ref: r.String(), Age: g.age(), Sex: SexMale}
	if g.chance(0.505) {
		p.Sex = SexFemale
	}
	male := p.Sex == SexMale
	age := float64(p.Age)

	// BMI rises into the sixties and eases off in old age.
	drift := 0.08 * (math.Min(age, 60) - 40)
	if age > 70 {
		drift -= 0.1 * (age - 70)
	}
	p.BMI = clampRound(27+drift+5*g.normal(), 16, 55, 10)

	lo := -5.4 + 0.05*age + 0.11*(p.BMI-27)
	if male {
		lo += 0.2
	}
	diabetic := g.chance(logistic(lo))
	if diabetic {
		p.HbA1c = clampRound(7.6+1.1*g.normal(), 5.7, 14, 10)
		if p.HbA1c > 9 {
			p.Conditions = append(p.Conditions, "E11.65") // with hyperglycaemia
		} else {
			p.Conditions = append(p.Conditions, "E11.9")
		}
	} else {
		p.HbA1c = clampRound(5.4+0.004*(age-45)+0.02*(p.BMI-27)+0.3*g.normal(), 4, 6.4, 10)
	}

	sys := 108 + 0.55*(age-18) + 0.7*(p.BMI-27) + 13*g.normal()
	if male {
		sys += 4
	}
	p.Systolic = clampRound(sys, 85, 220, 1)
	lo = -3.5 + 0.045*age + 0.06*(p.Systolic-130) + 0.05*(p.BMI-27)
	if diabetic {
		lo += 0.5
	}
	if g.chance(logistic(lo)) {
		p.Conditions = append(p.Conditions, "I10")
	}

	if p.BMI >= 30 && g.chance(0.65) {
		p.Conditions = append(p.Conditions, "E66.9")
	}

	ldl := 2.9 + 0.015*(math.Min(age, 65)-18) + 0.9*g.normal()
	if diabetic {
		ldl -= 0.3 // more often on statins
	}
	p.LDL = clampRound(ldl, 1, 7.5, 10)
	switch {
	case p.LDL >= 4.1 && g.chance(0.6), diabetic && g.chance(0.3), g.chance(0.04):
		p.Conditions = append(p.Conditions, "E78.5")
	}

	asthma := 0.08
	if p.BMI >= 30 {
		asthma *= 1.4
	}
	if male {
		asthma *= 0.85
	} else {
		asthma *= 1.2
	}
	if g.chance(asthma) {
		p.Conditions = append(p.Conditions, "J45.909")
	}

	depression := 0.06
	if male {
		depression *= 0.7
	} else {
		depression *= 1.5
	}
	if diabetic {
		depression *= 1.5
	}
	if g.chance(depression) {
		p.Conditions = append(p.Conditions, "F32.9")
	}
	return p
}
