package compute

import (
	"fmt"
	"math"

	"github.com/google/differential-privacy/go/v3/noise"

	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
)

// HE_DP mode packs the statistics of every query a run answers into one vector of integer
// slots, which each vault fills with its local totals and encrypts under the collective key,
// the coordinator adds up under encryption, the ethics board's decryption share adds DP
// noise to, and the researcher decrypts. The layout is a pure function of the queries, the
// HE parameters and the study's participant cap, so every party computes the same one.
//
// Per query, each slot is a sum over the patients the query reads (one contribution each):
//
//   - count: [n] at epsilon;
//   - sum: [n, sum of round(S x)] at epsilon/4 and 3 epsilon/4 (as in DP mode);
//   - mean: [n, sum of d] at epsilon/2 each, d = round(S (x - middle));
//   - variance: [n, sum of d, sum of d^2] at epsilon/3 each;
//   - histogram: one count per bin at epsilon (the bins compose in parallel);
//   - quantiles: a histogram of HEQuantileBins bins of [Lower, Upper] at epsilon, from
//     which the researcher reads the quantiles (DP mode uses dpagg.BoundedQuantiles).
//
// x is clamped to [Lower, Upper] first. S = 2^b is the query's fixed-point scale: the largest
// that gives the largest value at most about 2^16 quanta (a resolution far below the noise)
// and for which participant-cap patients' worst-case contributions, and the noise with a
// wide margin, stay inside the plaintext modulus's exact range, so that a total never wraps
// around. The sensitivity of each slot (one patient added or removed) is 1 for
// counts, max |round(S x)| for sums, and max d^2 for sums of squares.

// HEQuantileBins is the resolution of the histogram behind an HE_DP quantiles query.
const HEQuantileBins = 100

// maxNoiseScale bounds the scale (or sigma) of one slot's noise, within the exact samplers'
// range.
const maxNoiseScale = 1 << 40

// slotKind says what a slot sums.
type slotKind byte

const (
	slotCount slotKind = iota + 1
	slotSum            // round(S x)
	slotDev            // d = round(S (x - middle))
	slotDev2           // d^2
	slotBin            // 1 in the patient's bin
)

// slot is one slot of the layout, with its DP calibration.
type slot struct {
	kind  slotKind
	sens  int64   // L1 sensitivity to one patient
	eps   float64 // epsilon share
	delta float64 // delta share (Gaussian queries)
}

// heQuery is one query's place in the layout.
type heQuery struct {
	q      *marketplace.Query
	offset int
	slots  []slot
	scale  float64 // S
	bins   int     // histogram or quantile bins
}

// heLayout is the slot layout of a run.
type heLayout struct {
	queries []heQuery
	total   int
}

// newHELayout lays the queries out for params and a study capped at cap participants.
func newHELayout(qs []*marketplace.Query, params he.Params, cap uint32) (*heLayout, error) {
	l := &heLayout{}
	room := float64(params.MaxAbs()) / 4 // cohort totals and noise each get a quarter
	cohort := float64(max(cap, 1))
	for _, q := range qs {
		hq := heQuery{q: q, offset: l.total, scale: 1}
		eps, delta := q.Epsilon, q.Delta
		share := func(kind slotKind, sens int64, f float64) slot {
			return slot{kind: kind, sens: sens, eps: eps * f, delta: delta * f}
		}
		lo, hi := q.Lower, q.Upper
		half := (hi - lo) / 2
		// fits reports whether a slot of per-patient magnitude m and sensitivity m stays in
		// range for the whole cohort and for its noise (tails to 60 scales), and whether the
		// noise's scale is one the samplers take.
		fits := func(m, f float64) bool {
			scale := m / (eps * f)
			if q.NoiseKind() == marketplace.NoiseGaussian {
				scale = noise.SigmaForGaussian(1, m, eps*f, delta*f)
			}
			return m*cohort <= room && scale*60 <= room && scale <= maxNoiseScale
		}
		// pick returns the largest scale S = 2^b that fits, starting where the largest value
		// is about 2^16 quanta: finer steps only make the totals and their noise larger.
		pick := func(m float64, f func(s float64) bool) (float64, error) {
			for b := int(math.Floor(math.Log2(65536 / m))); b >= -40; b-- {
				if s := math.Ldexp(1, b); f(s) {
					return s, nil
				}
			}
			return 0, marketplace.Errorf(marketplace.EINVALID, "query %s does not fit the HE parameters' plaintext space", q.ID)
		}
		var err error
		switch q.Aggregate {
		case marketplace.AggCount:
			hq.slots = []slot{share(slotCount, 1, 1)}
		case marketplace.AggSum:
			m := math.Max(math.Abs(lo), math.Abs(hi))
			if hq.scale, err = pick(m, func(s float64) bool { return fits(math.Round(s*m), 1-gateShareSum) }); err != nil {
				return nil, err
			}
			hq.slots = []slot{share(slotCount, 1, gateShareSum), share(slotSum, int64(math.Round(hq.scale*m)), 1-gateShareSum)}
		case marketplace.AggMean:
			if hq.scale, err = pick(half, func(s float64) bool { return fits(math.Round(s*half), 0.5) }); err != nil {
				return nil, err
			}
			hq.slots = []slot{share(slotCount, 1, 0.5), share(slotDev, int64(math.Round(hq.scale*half)), 0.5)}
		case marketplace.AggVariance:
			if hq.scale, err = pick(half, func(s float64) bool {
				d := math.Round(s * half)
				return fits(d, 1.0/3) && fits(d*d, 1.0/3)
			}); err != nil {
				return nil, err
			}
			d := int64(math.Round(hq.scale * half))
			hq.slots = []slot{share(slotCount, 1, 1.0/3), share(slotDev, d, 1.0/3), share(slotDev2, d*d, 1.0/3)}
		case marketplace.AggHistogram, marketplace.AggQuantiles:
			hq.bins = q.Bins
			if q.Aggregate == marketplace.AggQuantiles {
				hq.bins = HEQuantileBins
			}
			for range hq.bins {
				hq.slots = append(hq.slots, share(slotBin, 1, 1))
			}
		default:
			return nil, marketplace.FieldError("query.aggregate", "is not an aggregate this vault computes")
		}
		for _, s := range hq.slots {
			if s.sens < 1 {
				return nil, marketplace.Errorf(marketplace.EINVALID, "query %s: its bounds are too narrow for fixed-point encoding", q.ID)
			}
		}
		l.total += len(hq.slots)
		l.queries = append(l.queries, hq)
	}
	if l.total > params.Slots() {
		return nil, marketplace.Errorf(marketplace.EINVALID, "the plan needs %d slots; the HE parameters hold %d", l.total, params.Slots())
	}
	return l, nil
}

// add adds one patient's contribution to query i into vec (the patient matched the query's
// filter; x is NaN when the patient lacks the field).
func (l *heLayout) add(vec []int64, i int, x float64) {
	hq := &l.queries[i]
	q := hq.q
	o := hq.offset
	if q.Aggregate == marketplace.AggCount {
		vec[o]++
		return
	}
	if math.IsNaN(x) {
		return
	}
	x = clamp(x, q.Lower, q.Upper)
	mid := q.Lower + (q.Upper-q.Lower)/2
	switch q.Aggregate {
	case marketplace.AggSum:
		vec[o]++
		vec[o+1] += int64(math.Round(hq.scale * x))
	case marketplace.AggMean:
		vec[o]++
		vec[o+1] += int64(math.Round(hq.scale * (x - mid)))
	case marketplace.AggVariance:
		d := int64(math.Round(hq.scale * (x - mid)))
		vec[o]++
		vec[o+1] += d
		vec[o+2] += d * d
	case marketplace.AggHistogram, marketplace.AggQuantiles:
		vec[o+binOf(x, q.Lower, q.Upper, hq.bins)]++
	}
}

// decode turns query i's noisy totals (its slots) into released values, with small-cell
// suppression at minCell as in DP mode.
func (l *heLayout) decode(i int, totals []int64, minCell int) (*marketplace.Answer, error) {
	hq := &l.queries[i]
	q := hq.q
	if len(totals) != len(hq.slots) {
		return nil, fmt.Errorf("query %s: %d totals for %d slots", q.ID, len(totals), len(hq.slots))
	}
	k := float64(minCell)
	ans := &marketplace.Answer{}
	f := func(j int) float64 { return float64(totals[j]) }
	mid := q.Lower + (q.Upper-q.Lower)/2
	half := (q.Upper - q.Lower) / 2
	n := math.Max(f(0), 1)
	switch q.Aggregate {
	case marketplace.AggCount:
		ans.Value = f(0)
		ans.Suppressed = f(0) < k
	case marketplace.AggSum:
		ans.Value = f(1) / hq.scale
		ans.Suppressed = f(0) < k
	case marketplace.AggMean:
		ans.Value = clamp(mid+f(1)/hq.scale/n, q.Lower, q.Upper)
		ans.Suppressed = f(0) < k
	case marketplace.AggVariance:
		m := f(1) / hq.scale / n
		ans.Value = clamp(f(2)/(hq.scale*hq.scale)/n-m*m, 0, half*half)
		ans.Suppressed = f(0) < k
	case marketplace.AggHistogram:
		var total float64
		for b := range totals {
			v := f(b)
			total += v
			if v < k {
				ans.SuppressedBins = append(ans.SuppressedBins, b)
				v = 0
			}
			ans.Values = append(ans.Values, v)
		}
		ans.Suppressed = total < k
	case marketplace.AggQuantiles:
		var total float64
		counts := make([]float64, len(totals))
		for b := range totals {
			counts[b] = math.Max(f(b), 0) // post-processing: negative noisy bins count as empty
			total += f(b)
		}
		for _, r := range q.Quantiles {
			ans.Values = append(ans.Values, quantileOf(counts, r, q.Lower, q.Upper))
		}
		ans.Suppressed = total < k
	}
	if ans.Suppressed {
		ans.Value, ans.Values, ans.SuppressedBins = 0, zeros(len(ans.Values)), nil
	}
	return ans, nil
}

// quantileOf reads the rank-r quantile off a histogram of equal-width bins of [lo, hi],
// interpolating linearly inside the bin it falls in.
func quantileOf(counts []float64, r, lo, hi float64) float64 {
	var total float64
	for _, c := range counts {
		total += c
	}
	if total <= 0 {
		return lo + (hi-lo)*r
	}
	width := (hi - lo) / float64(len(counts))
	target := r * total
	var cum float64
	for b, c := range counts {
		if cum+c >= target && c > 0 {
			return lo + width*(float64(b)+(target-cum)/c)
		}
		cum += c
	}
	return hi
}
