package studies

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/medmarket/medmarket/marketplace"
)

// The analysis-plan language. A plan is a list of pre-registered queries; each is an
// aggregate (count, sum, mean, variance, quantiles, histogram) of one numeric field, clamped
// to declared bounds, over the study's eligible patients narrowed by the query's own filter
// (age, sex, condition codes, medication codes, observation thresholds, date windows). See
// marketplace.Query and marketplace.Filter for the fields.

// Limits on a plan query.
const (
	MaxQuantiles    = 9  // ranks of one quantiles query
	MaxBins         = 64 // bins of one histogram
	MaxFilterCodes  = 32 // codes in a filter's condition or medication list
	MaxObservations = 8  // thresholds in one filter
)

// FieldRange is the range a numeric field can be recorded in. A query's clamping bounds must
// lie inside it: a bound outside clamps nothing and only widens the noise.
type FieldRange struct{ Min, Max float64 }

// FieldRanges are the recordable ranges of marketplace.QueryFields (the vault stores nothing
// outside them).
var FieldRanges = map[string]FieldRange{
	"age":              {0, 150},
	"hba1c":            {0, 25},
	"bmi":              {0, 150},
	"systolic":         {0, 400},
	"diastolic":        {0, 300},
	"ldl":              {0, 50},
	"encounters":       {0, 65535},
	"steps_daily_mean": {0, 65000},
	"resting_hr":       {0, 300},
	"sleep_hours_mean": {0, 24},
}

// The narrow-slice rule against differencing (see checkDifferencing): two queries of the same
// statistic may not differ only in one bound, by less than these widths.
const (
	MinAgeSlice       = 5    // years, between minAge or maxAge bounds
	MinBornSlice      = 1826 // days (five years), between birth-date window ends
	MinEncounterSlice = 30   // days, between latest-encounter window ends
	MinThresholdSlice = 0.05 // of the field's recordable range, between observation bounds
)

func validatePlan(plan []marketplace.Query, b marketplace.Budget) error {
	if len(plan) == 0 {
		return marketplace.FieldError("plan", "needs at least one query")
	}
	if len(plan) > MaxQueries {
		return marketplace.FieldError("plan", "may hold at most %d queries", MaxQueries)
	}
	seen := map[string]bool{}
	var eps, delta uint64
	for i := range plan {
		q := &plan[i]
		f := func(name string) string { return fmt.Sprintf("plan[%d].%s", i, name) }
		if !queryID.MatchString(q.ID) {
			return marketplace.FieldError(f("id"), "must be 1-32 lower-case letters, digits or _ starting with a letter")
		}
		if seen[q.ID] {
			return marketplace.FieldError(f("id"), "duplicates query %q", q.ID)
		}
		seen[q.ID] = true
		if err := validateQuery(q, f); err != nil {
			return err
		}
		eps += marketplace.EpsilonUnits(q.Epsilon)
		delta += marketplace.DeltaUnits(q.Delta)
	}
	if eps > marketplace.EpsilonUnits(b.Epsilon) {
		return marketplace.FieldError("plan", "the queries spend epsilon %g, more than the budget %g", float64(eps)/marketplace.EpsilonScale, b.Epsilon)
	}
	if delta > marketplace.DeltaUnits(b.Delta) {
		return marketplace.FieldError("plan", "the queries spend delta %g, more than the budget %g", float64(delta)/marketplace.DeltaScale, b.Delta)
	}
	return checkDifferencing(plan)
}

// validateQuery checks one query; f names its fields (plan[i].name).
func validateQuery(q *marketplace.Query, f func(string) string) error {
	if !slices.Contains(marketplace.Aggregates, q.Aggregate) {
		return marketplace.FieldError(f("aggregate"), "must be one of %s", strings.Join(marketplace.Aggregates, ", "))
	}
	if q.Aggregate == marketplace.AggCount {
		if q.Field != "" || q.Lower != 0 || q.Upper != 0 {
			return marketplace.FieldError(f("field"), "a count takes no field or bounds")
		}
	} else {
		r, ok := FieldRanges[q.Field]
		if !ok {
			return marketplace.FieldError(f("field"), "must be one of %s", strings.Join(fieldNames(), ", "))
		}
		if !finite(q.Lower) || !finite(q.Upper) || q.Lower >= q.Upper {
			return marketplace.FieldError(f("upper"), "bounds must be finite with lower < upper, so values can be clamped")
		}
		if q.Lower < r.Min || q.Upper > r.Max {
			return marketplace.FieldError(f("upper"), "bounds of %s must lie within [%g, %g], the range it is recorded in", q.Field, r.Min, r.Max)
		}
	}
	if q.Aggregate == marketplace.AggQuantiles {
		if len(q.Quantiles) == 0 || len(q.Quantiles) > MaxQuantiles {
			return marketplace.FieldError(f("quantiles"), "a quantiles query needs 1 to %d ranks", MaxQuantiles)
		}
		for j, r := range q.Quantiles {
			if !(r > 0 && r < 1) || j > 0 && r <= q.Quantiles[j-1] {
				return marketplace.FieldError(fmt.Sprintf("%s[%d]", f("quantiles"), j), "ranks must be ascending, each strictly between 0 and 1")
			}
			if !exact(r, 1e4) {
				return marketplace.FieldError(fmt.Sprintf("%s[%d]", f("quantiles"), j), "must be a multiple of 0.0001")
			}
		}
	} else if len(q.Quantiles) != 0 {
		return marketplace.FieldError(f("quantiles"), "only a quantiles query takes ranks")
	}
	if q.Aggregate == marketplace.AggHistogram {
		if q.Bins < 2 || q.Bins > MaxBins {
			return marketplace.FieldError(f("bins"), "a histogram needs 2 to %d bins", MaxBins)
		}
	} else if q.Bins != 0 {
		return marketplace.FieldError(f("bins"), "only a histogram takes bins")
	}
	if math.IsNaN(q.Epsilon) || q.Epsilon <= 0 || q.Epsilon > MaxEpsilon {
		return marketplace.FieldError(f("epsilon"), "must be greater than 0 and at most %g", MaxEpsilon)
	}
	if !exact(q.Epsilon, marketplace.EpsilonScale) {
		return marketplace.FieldError(f("epsilon"), "must be a multiple of 0.000001")
	}
	switch q.Noise {
	case "", marketplace.NoiseLaplace:
		if q.Delta != 0 {
			return marketplace.FieldError(f("delta"), "Laplace noise spends no delta; choose gaussian noise to spend one")
		}
	case marketplace.NoiseGaussian:
		if math.IsNaN(q.Delta) || q.Delta < 1e-15 || q.Delta >= 1e-2 {
			return marketplace.FieldError(f("delta"), "Gaussian noise needs a delta between 1e-15 and 0.01")
		}
	default:
		return marketplace.FieldError(f("noise"), "must be laplace or gaussian")
	}
	if q.Filter != nil {
		return validateFilter(q.Filter, func(name string) string { return f("filter." + name) })
	}
	return nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// validateFilter checks a query filter; f names its fields (plan[i].filter.name).
func validateFilter(fl *marketplace.Filter, f func(string) string) error {
	if fl.MinAge < 0 || fl.MinAge > 120 {
		return marketplace.FieldError(f("minAge"), "must be between 0 and 120")
	}
	if fl.MaxAge != 0 && (fl.MaxAge < fl.MinAge || fl.MaxAge > 120) {
		return marketplace.FieldError(f("maxAge"), "must be 0 (no upper bound) or between minAge and 120")
	}
	switch fl.Sex {
	case "", "female", "male":
	default:
		return marketplace.FieldError(f("sex"), "must be empty, female or male")
	}
	if len(fl.Conditions) > MaxFilterCodes {
		return marketplace.FieldError(f("conditions"), "may hold at most %d codes", MaxFilterCodes)
	}
	for i, c := range fl.Conditions {
		if !icd10.MatchString(c) && !snomedConcept(c) {
			return marketplace.FieldError(fmt.Sprintf("%s[%d]", f("conditions"), i), "must be an ICD-10 code such as E11 or E11.9, or a SNOMED CT concept id such as 44054006")
		}
	}
	if len(fl.Medications) > MaxFilterCodes {
		return marketplace.FieldError(f("medications"), "may hold at most %d codes", MaxFilterCodes)
	}
	for i, c := range fl.Medications {
		if !rxnormID(c) && !atcCode(c) {
			return marketplace.FieldError(fmt.Sprintf("%s[%d]", f("medications"), i), "must be an RxNorm concept id such as 6809 or a WHO ATC code such as A10BA02 (any level)")
		}
	}
	if len(fl.Observations) > MaxObservations {
		return marketplace.FieldError(f("observations"), "may hold at most %d thresholds", MaxObservations)
	}
	for i, t := range fl.Observations {
		g := func(name string) string { return fmt.Sprintf("%s[%d].%s", f("observations"), i, name) }
		r, ok := FieldRanges[t.Field]
		if !ok {
			return marketplace.FieldError(g("field"), "must be one of %s", strings.Join(fieldNames(), ", "))
		}
		if t.Min == nil && t.Max == nil {
			return marketplace.FieldError(g("min"), "a threshold needs min, max or both")
		}
		if t.Min != nil && (!finite(*t.Min) || *t.Min < r.Min || *t.Min > r.Max) {
			return marketplace.FieldError(g("min"), "must lie within [%g, %g], the range %s is recorded in", r.Min, r.Max, t.Field)
		}
		if t.Max != nil && (!finite(*t.Max) || *t.Max < r.Min || *t.Max > r.Max) {
			return marketplace.FieldError(g("max"), "must lie within [%g, %g], the range %s is recorded in", r.Min, r.Max, t.Field)
		}
		if t.Min != nil && t.Max != nil && *t.Max < *t.Min {
			return marketplace.FieldError(g("max"), "must not be below min")
		}
	}
	for _, w := range []struct {
		name string
		w    *marketplace.Window
	}{{"born", fl.Born}, {"lastEncounter", fl.LastEncounter}} {
		if w.w == nil {
			continue
		}
		if w.w.From == "" && w.w.To == "" {
			return marketplace.FieldError(f(w.name+".from"), "a window needs from, to or both")
		}
		from, err := date(f(w.name+".from"), w.w.From)
		if err != nil {
			return err
		}
		to, err := date(f(w.name+".to"), w.w.To)
		if err != nil {
			return err
		}
		if w.w.From != "" && w.w.To != "" && to.Before(from) {
			return marketplace.FieldError(f(w.name+".to"), "must not be before from")
		}
	}
	return nil
}

// rxnormID reports whether s is an RxNorm concept id (RXCUI): 1 to 10 digits, no leading 0.
func rxnormID(s string) bool {
	if len(s) < 1 || len(s) > 10 || s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atcCode reports whether s is a WHO ATC code at any of its five levels (A, A10, A10B, A10BA,
// A10BA02).
func atcCode(s string) bool {
	const pattern = "ADDAADD" // A a letter, D a digit
	switch len(s) {
	case 1, 3, 4, 5, 7:
	default:
		return false
	}
	for i := 0; i < len(s); i++ {
		k, b := pattern[i], s[i]
		if k == 'A' && !(b >= 'A' && b <= 'Z') || k == 'D' && !(b >= '0' && b <= '9') {
			return false
		}
	}
	return true
}

// NormalQuery returns q in canonical form: Laplace noise written as "", a filter's code lists
// sorted and deduplicated, its thresholds sorted, its windows trimmed, and an empty filter
// dropped. A count or mean query without the language's later fields is unchanged. It does
// not validate q and does not modify it.
func NormalQuery(q marketplace.Query) marketplace.Query {
	if q.Noise == marketplace.NoiseLaplace {
		q.Noise = ""
	}
	q.Quantiles = slices.Clone(q.Quantiles)
	if q.Filter == nil {
		return q
	}
	f := *q.Filter
	f.Sex = strings.TrimSpace(f.Sex)
	f.Conditions = textSet(f.Conditions)
	f.Medications = textSet(f.Medications)
	f.Observations = slices.Clone(f.Observations)
	for i := range f.Observations {
		t := &f.Observations[i]
		t.Field = strings.TrimSpace(t.Field)
		if t.Min != nil {
			v := *t.Min
			t.Min = &v
		}
		if t.Max != nil {
			v := *t.Max
			t.Max = &v
		}
	}
	f.Observations = sortedSet(f.Observations, thresholdKey)
	f.Born = normalWindow(f.Born)
	f.LastEncounter = normalWindow(f.LastEncounter)
	if filterEmpty(&f) {
		q.Filter = nil
	} else {
		q.Filter = &f
	}
	return q
}

func normalWindow(w *marketplace.Window) *marketplace.Window {
	if w == nil {
		return nil
	}
	out := marketplace.Window{From: strings.TrimSpace(w.From), To: strings.TrimSpace(w.To)}
	return &out
}

func filterEmpty(f *marketplace.Filter) bool {
	return f.MinAge == 0 && f.MaxAge == 0 && f.Sex == "" && len(f.Conditions) == 0 && len(f.Medications) == 0 &&
		len(f.Observations) == 0 && f.Born == nil && f.LastEncounter == nil
}

func bound(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}

func thresholdKey(t marketplace.Threshold) string {
	return t.Field + "\x00" + bound(t.Min) + "\x00" + bound(t.Max)
}

// checkDifferencing refuses a plan with two queries that form a differencing pair under the
// narrow-slice rule: they compute the same statistic (aggregate, field, bounds, ranks, bins)
// and their filters are identical but for one bound, whose two values are closer than the
// rule's minimum slice (MinAgeSlice years for minAge or maxAge, MinBornSlice days for either
// end of the birth-date window, MinEncounterSlice days for the latest-encounter window, and
// MinThresholdSlice of the field's range for an observation threshold present in both).
// Subtracting the two answers would then estimate the statistic over that thin slice alone,
// which has no analytic use beyond isolating few people.
//
// The rule is syntactic and cannot prove that a slice is small (that depends on the data),
// nor catch every pair whose difference is small; the guarantee against differencing is
// differential privacy itself — each query's noise is calibrated to one patient, the two
// queries' epsilons add up in the budget, the same query is never answered twice with fresh
// noise, and small cells are suppressed (see compute's differencing test).
func checkDifferencing(plan []marketplace.Query) error {
	for j := range plan {
		for i := 0; i < j; i++ {
			a, b := NormalQuery(plan[i]), NormalQuery(plan[j])
			if !sameStatistic(&a, &b) {
				continue
			}
			if what, ok := narrowSlice(a.Filter, b.Filter); ok {
				return marketplace.FieldError(fmt.Sprintf("plan[%d].filter", j),
					"differs from plan[%d] (%s) only by a narrow slice (%s): the difference of the two answers would single out few patients; widen the slice or drop one query",
					i, plan[i].ID, what)
			}
		}
	}
	return nil
}

func sameStatistic(a, b *marketplace.Query) bool {
	return a.Aggregate == b.Aggregate && a.Field == b.Field && a.Lower == b.Lower && a.Upper == b.Upper &&
		a.Bins == b.Bins && slices.Equal(a.Quantiles, b.Quantiles)
}

// narrowSlice reports whether two normalised filters are equal but for one bound that
// differs by less than its minimum slice, and describes it.
func narrowSlice(fa, fb *marketplace.Filter) (string, bool) {
	var a, b marketplace.Filter
	if fa != nil {
		a = *fa
	}
	if fb != nil {
		b = *fb
	}
	if a.Sex != b.Sex || !slices.Equal(a.Conditions, b.Conditions) || !slices.Equal(a.Medications, b.Medications) {
		return "", false
	}
	type diff struct {
		what   string
		narrow bool
	}
	var diffs []diff
	ageBound := func(name string, x, y int, open bool) {
		if x == y {
			return
		}
		narrow := !open && abs(x-y) < MinAgeSlice
		diffs = append(diffs, diff{fmt.Sprintf("%s %d and %d", name, x, y), narrow})
	}
	ageBound("minAge", a.MinAge, b.MinAge, false)
	ageBound("maxAge", a.MaxAge, b.MaxAge, a.MaxAge == 0 || b.MaxAge == 0)
	windows := func(name string, x, y *marketplace.Window, minDays int) {
		var wx, wy marketplace.Window
		if x != nil {
			wx = *x
		}
		if y != nil {
			wy = *y
		}
		end := func(end, s, t string) {
			if s == t {
				return
			}
			narrow := false
			if s != "" && t != "" {
				ds, _ := time.Parse(time.DateOnly, s)
				dt, _ := time.Parse(time.DateOnly, t)
				narrow = math.Abs(ds.Sub(dt).Hours()/24) < float64(minDays)
			}
			diffs = append(diffs, diff{fmt.Sprintf("%s.%s %s and %s", name, end, s, t), narrow})
		}
		end("from", wx.From, wy.From)
		end("to", wx.To, wy.To)
	}
	windows("born", a.Born, b.Born, MinBornSlice)
	windows("lastEncounter", a.LastEncounter, b.LastEncounter, MinEncounterSlice)
	// Observations: thresholds on the same fields in the same order, compared bound by bound.
	if len(a.Observations) != len(b.Observations) {
		return "", false
	}
	for k := range a.Observations {
		ta, tb := a.Observations[k], b.Observations[k]
		if ta.Field != tb.Field {
			return "", false
		}
		span := FieldRanges[ta.Field].Max - FieldRanges[ta.Field].Min
		cmp := func(end string, x, y *float64) {
			if bound(x) == bound(y) {
				return
			}
			narrow := x != nil && y != nil && math.Abs(*x-*y) < MinThresholdSlice*span
			diffs = append(diffs, diff{fmt.Sprintf("%s %s %s and %s", ta.Field, end, bound(x), bound(y)), narrow})
		}
		cmp("min", ta.Min, tb.Min)
		cmp("max", ta.Max, tb.Max)
	}
	if len(diffs) == 1 && diffs[0].narrow {
		return diffs[0].what, true
	}
	return "", false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
