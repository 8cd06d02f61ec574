package compute

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"time"

	"github.com/medmarket/medmarket/marketplace"
)

// synthRecord is a synthetic patient with what their FHIR bundle shows beyond the record.
type synthRecord struct {
	Patient
	index      int          // position in the cohort
	encounters []time.Time  // start of each encounter, ascending
	hrSamples  [][3]float64 // per day of Daily: three heart-rate samples (the first the lowest)
	labDate    time.Time    // when labs and vitals were taken
}

// Extended draws, from the second stream.
func (g *Synthetic) u2() float64 { return float64(g.ext.Uint64()>>11) / (1 << 53) }

func (g *Synthetic) n2() float64 {
	if g.has2 {
		g.has2 = false
		return g.spare2
	}
	u1 := 1 - g.u2()
	u2 := g.u2()
	r := math.Sqrt(-2 * math.Log(u1))
	g.spare2, g.has2 = r*math.Sin(2*math.Pi*u2), true
	return r * math.Cos(2*math.Pi*u2)
}

func (g *Synthetic) chance2(p float64) bool { return g.u2() < p }

// A drug of the synthetic cohort: its RxNorm ingredient and ATC code.
type drug struct{ rxnorm, atc, name string }

var (
	drugMetformin    = drug{"6809", "A10BA02", "metformin"}
	drugInsulin      = drug{"274783", "A10AE04", "insulin glargine"}
	drugLisinopril   = drug{"29046", "C09AA03", "lisinopril"}
	drugAmlodipine   = drug{"17767", "C08CA01", "amlodipine"}
	drugHCTZ         = drug{"5487", "C03AA03", "hydrochlorothiazide"}
	drugAtorvastatin = drug{"83367", "C10AA05", "atorvastatin"}
	drugSalbutamol   = drug{"435", "R03AC02", "albuterol"}
	drugSertraline   = drug{"36437", "N06AB06", "sertraline"}
)

// snomedOf maps the cohort's ICD-10 codes to SNOMED CT concepts (and display names).
var snomedOf = map[string]struct{ code, display, icdDisplay string }{
	"E11.9":   {"44054006", "Diabetes mellitus type 2", "Type 2 diabetes mellitus without complications"},
	"E11.65":  {"44054006", "Diabetes mellitus type 2", "Type 2 diabetes mellitus with hyperglycemia"},
	"I10":     {"38341003", "Hypertensive disorder", "Essential (primary) hypertension"},
	"E66.9":   {"414916001", "Obesity", "Obesity, unspecified"},
	"E78.5":   {"55822004", "Hyperlipidemia", "Hyperlipidemia, unspecified"},
	"J45.909": {"195967001", "Asthma", "Unspecified asthma, uncomplicated"},
	"F32.9":   {"35489007", "Depressive disorder", "Major depressive disorder, single episode, unspecified"},
}

// trackerDays is how many days a fitness-tracker wearer's data covers.
const trackerDays = 7

// extend draws the fields added after the first cohort.
func (g *Synthetic) extend(p Patient) synthRecord {
	rec := synthRecord{index: g.n}
	g.n++
	male := p.Sex == SexMale
	age := float64(p.Age)
	has := func(prefix string) bool {
		for _, c := range p.Conditions {
			if codeHasPrefix([]byte(c), prefix) {
				return true
			}
		}
		return false
	}
	diabetic, hypertensive := has("E11"), has("I10")

	p.BirthDate = SyntheticEpoch.AddDate(-p.Age, 0, -int(g.u2()*365))
	for _, c := range p.Conditions {
		if s, ok := snomedOf[c]; ok && !slices.Contains(p.Snomed, s.code) {
			p.Snomed = append(p.Snomed, s.code)
		}
	}

	dia := 17 + 0.45*p.Systolic + 7*g.n2()
	if male {
		dia += 2
	}
	p.Diastolic = clampRound(math.Min(dia, p.Systolic-15), 45, 130, 1)

	var drugs []drug
	if diabetic {
		if g.chance2(0.8) {
			drugs = append(drugs, drugMetformin)
		}
		if p.HbA1c > 8.5 && g.chance2(0.4) {
			drugs = append(drugs, drugInsulin)
		}
	}
	if hypertensive {
		if g.chance2(0.5) {
			drugs = append(drugs, drugLisinopril)
		}
		if g.chance2(0.35) {
			drugs = append(drugs, drugAmlodipine)
		}
		if g.chance2(0.2) {
			drugs = append(drugs, drugHCTZ)
		}
	}
	if has("E78") && g.chance2(0.6) || diabetic && age >= 40 && g.chance2(0.4) {
		drugs = append(drugs, drugAtorvastatin)
	}
	if has("J45") && g.chance2(0.8) {
		drugs = append(drugs, drugSalbutamol)
	}
	if has("F32") && g.chance2(0.5) {
		drugs = append(drugs, drugSertraline)
	}
	for _, d := range drugs {
		p.RxNorm = append(p.RxNorm, d.rxnorm)
		p.ATC = append(p.ATC, d.atc)
	}

	// Encounters over the two years before the epoch: more with more conditions and age.
	k := 1 + len(p.Conditions) + int(-math.Log(1-g.u2())*(1+age/40))
	k = min(k, 40)
	for i := 0; i < k; i++ {
		rec.encounters = append(rec.encounters, SyntheticEpoch.AddDate(0, 0, -1-int(g.u2()*730)))
	}
	slices.SortFunc(rec.encounters, func(a, b time.Time) int { return a.Compare(b) })
	p.Encounters = k
	p.LastEncounter = rec.encounters[k-1]
	rec.labDate = p.LastEncounter

	// Fitness tracker: more of the young and lean.
	if g.chance2(logistic(-0.1 - 0.045*(age-30) - 0.04*(p.BMI-27))) {
		steps := math.Min(math.Max(9500-70*(age-30)-180*(p.BMI-27)+2500*g.n2(), 1500), 25000)
		rhr := 64 + 0.35*(p.BMI-27) - 0.0006*(steps-7000) + 6*g.n2()
		if male {
			rhr -= 2
		}
		rhr = math.Min(math.Max(rhr, 42), 100)
		sleep := math.Min(math.Max(7.1-0.01*(age-40)-0.02*(p.BMI-27)+0.6*g.n2(), 4), 10)
		for d := trackerDays; d >= 1; d-- {
			day := SyntheticEpoch.AddDate(0, 0, -d)
			ds := DailySummary{
				Date:         day,
				Steps:        int(math.Min(math.Max(math.Round(steps*math.Exp(0.25*g.n2())), 0), 60000)),
				RestingHR:    clampRound(rhr+2.5*g.n2(), 35, 120, 10),
				SleepMinutes: int(math.Min(math.Max(math.Round(sleep*60+40*g.n2()), 120), 720)),
			}
			p.Daily = append(p.Daily, ds)
			rec.hrSamples = append(rec.hrSamples, [3]float64{
				ds.RestingHR,
				roundTo(ds.RestingHR+8+12*g.u2(), 10),
				roundTo(ds.RestingHR+20+25*g.u2(), 10),
			})
		}
	}
	summarizeDaily(&p)
	rec.Patient = p
	return rec
}

// genChunk is how many patients the generator hands a sealing or rendering worker at a time.
const genChunk = 1000

// genWindow is how many sealed patients Generate holds before writing them in handle order
// (about 300 bytes each). Handles are random, so writing patients as they come would insert
// all over the B+tree and rewrite most of its pages at every commit; sorted, a window fills
// an empty vault by appending, each page written once.
const genWindow = 2_000_000

// genWriteBatch is how many patients one of Generate's transactions writes.
const genWriteBatch = 100_000

// Generate stores the first n patients of seed's synthetic cohort in v, straight into the
// store (no FHIR in between): one goroutine generates (the cohort is one random stream),
// others seal on every core, and the sealed patients are written in handle order, in
// transactions of whole patients. progress, when set, is called as patients are sealed and as
// they are stored (both count up to n). An interrupted Generate leaves whole patients only.
func Generate(ctx context.Context, v *Vault, n int, seed int64, progress func(sealed, stored int)) error {
	if n < 0 {
		return marketplace.FieldError("n", "must not be negative")
	}
	type chunk struct {
		recs []sealedPatient
		err  error
	}
	results := make(chan chan chunk, 64)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(results)
		g := NewSynthetic(seed)
		for start := 0; start < n; start += genChunk {
			ps := make([]Patient, min(genChunk, n-start))
			for i := range ps {
				ps[i] = g.Next()
			}
			out := make(chan chunk, 1)
			go func(ps []Patient, off int) {
				sem <- struct{}{}
				defer func() { <-sem }()
				recs, err := v.sealSeq(ps, off)
				out <- chunk{recs, err}
			}(ps, start)
			select {
			case results <- out:
			case <-ctx.Done():
				return
			}
		}
	}()
	sealed, stored := 0, 0
	window := make([]sealedPatient, 0, min(n, genWindow))
	flush := func() error {
		slices.SortFunc(window, func(a, b sealedPatient) int { return cmpRef(&a.r, &b.r) })
		for start := 0; start < len(window); start += genWriteBatch {
			if err := ctx.Err(); err != nil {
				return err
			}
			batch := window[start:min(start+genWriteBatch, len(window))]
			if err := v.writeSealed(batch); err != nil {
				return err
			}
			stored += len(batch)
			if progress != nil {
				progress(sealed, stored)
			}
		}
		clear(window)
		window = window[:0]
		return nil
	}
	for out := range results {
		c := <-out
		if c.err != nil {
			return fmt.Errorf("compute.Generate: %w", c.err)
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("compute.Generate: %w", err)
		}
		window = append(window, c.recs...)
		sealed += len(c.recs)
		if progress != nil {
			progress(sealed, stored)
		}
		if len(window) >= genWindow {
			if err := flush(); err != nil {
				return fmt.Errorf("compute.Generate: %w", err)
			}
		}
	}
	if err := flush(); err != nil {
		return fmt.Errorf("compute.Generate: %w", err)
	}
	return ctx.Err()
}

// sem bounds the sealing goroutines of Generate to the cores.
var sem = make(chan struct{}, runtime.GOMAXPROCS(0))

// sealSeq seals patients on the calling goroutine; errors name patients[offset+i].
func (v *Vault) sealSeq(ps []Patient, offset int) ([]sealedPatient, error) {
	recs := make([]sealedPatient, len(ps))
	sc := new(scratch)
	buf := make([]byte, 0, 256)
	for i := range ps {
		var err error
		if recs[i], err = v.sealPatient(sc, buf, ps[i], nil); err != nil {
			var e *marketplace.Error
			if errors.As(err, &e) && e.Field != "" {
				e.Field = fmt.Sprintf("patients[%d].%s", offset+i, e.Field)
			}
			return nil, err
		}
	}
	return recs, nil
}

// BundleSink receives rendered FHIR bundles in cohort order.
type BundleSink func(index int, bundle []byte) error

// GenerateBundles renders the first n patients of seed's synthetic cohort as FHIR R4 Bundles
// (JSON, one per patient, with the same records Generate stores) and hands them to sink in
// cohort order; rendering runs on every core. Importing them yields the records that Generate
// stores, under other handles.
func GenerateBundles(ctx context.Context, n int, seed int64, sink BundleSink) error {
	if n < 0 {
		return marketplace.FieldError("n", "must not be negative")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type chunk struct {
		start   int
		bundles [][]byte
	}
	results := make(chan chan chunk, 2*runtime.GOMAXPROCS(0))
	go func() {
		defer close(results)
		g := NewSynthetic(seed)
		for start := 0; start < n; start += genChunk {
			recs := make([]synthRecord, min(genChunk, n-start))
			for i := range recs {
				recs[i] = g.next()
			}
			out := make(chan chunk, 1)
			go func(start int, recs []synthRecord) {
				sem <- struct{}{}
				defer func() { <-sem }()
				c := chunk{start: start, bundles: make([][]byte, len(recs))}
				buf := make([]byte, 0, 1<<20)
				for i := range recs {
					r := &recs[i]
					start := len(buf)
					buf = renderBundle(buf, &r.Patient, r, seed)
					c.bundles[i] = buf[start:len(buf):len(buf)]
				}
				out <- c
			}(start, recs)
			select {
			case results <- out:
			case <-ctx.Done():
				return
			}
		}
	}()
	for out := range results {
		c := <-out
		for i, b := range c.bundles {
			if err := sink(c.start+i, b); err != nil {
				return fmt.Errorf("compute.GenerateBundles: %w", err)
			}
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("compute.GenerateBundles: %w", err)
		}
	}
	return nil
}
