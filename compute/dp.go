package compute

import (
	"fmt"
	"math"

	"github.com/google/differential-privacy/go/v3/dpagg"
	"github.com/google/differential-privacy/go/v3/noise"

	"github.com/medmarket/medmarket/marketplace"
)

// Differential privacy of DP-mode answers, with google/differential-privacy's dpagg.
//
// Every query is one partition to which each patient contributes at most once
// (MaxPartitionsContributed = 1, MaxContributionsPerPartition = 1): the vault reads each
// patient's record once and takes one value from it, clamped to the query's [Lower, Upper].
// Neighbouring datasets differ by adding or removing one patient. The query's epsilon (and
// delta, with Gaussian noise) is split among the aggregations it needs:
//
//   - count: one dpagg.Count at epsilon.
//   - sum: a dpagg.Count at epsilon/4 (the cohort gate, below) and a dpagg.BoundedSumFloat64
//     of the clamped values at 3 epsilon/4.
//   - mean: a dpagg.Count and a dpagg.BoundedSumFloat64 of the values' distances from the
//     middle of the bounds, each at epsilon/2; the mean is middle + sum/count, clamped to the
//     bounds. It is dpagg.BoundedMean's own algorithm, spelled out so that its noisy count
//     can gate the release.
//   - variance: count, normalised sum and normalised sum of squares at epsilon/3 each, as
//     dpagg.BoundedVariance computes them; the variance is clamped to [0, (upper-lower)^2/4].
//   - quantiles: a dpagg.Count at epsilon/4 and dpagg.BoundedQuantiles at 3 epsilon/4.
//   - histogram: a dpagg.Count per bin at the full epsilon: each patient falls into exactly
//     one bin and the bins are fixed by the protocol, so the bins compose in parallel.
//
// Small cells are suppressed after noise, so the decision itself is differentially private:
// a count, or a histogram bin, whose noisy value is below the threshold k is released as
// suppressed (value 0); any other aggregate whose noisy cohort count (the gate) is below k is
// released as suppressed; so is a histogram whose noisy bins add up to less than k.

// DefaultMinCell is the default small-cell threshold k.
const DefaultMinCell = 11

// Epsilon shares of the cohort gate.
const (
	gateShareSum       = 0.25
	gateShareQuantiles = 0.25
)

// noiseSource returns the noise of a query's kind: google/differential-privacy's Laplace or
// Gaussian noise, drawn from crypto/rand. Tests replace it with seeded noise.
type noiseSource func(kind string) noise.Noise

func libraryNoise(kind string) noise.Noise {
	if kind == marketplace.NoiseGaussian {
		return noise.Gaussian()
	}
	return noise.Laplace()
}

// dpInput is what a scan collected for one query: the patients matching its filter, and the
// clamped values of those of them who have the field (aggregates other than count).
type dpInput struct {
	n      int64
	values []float64
}

// dpAnswer releases q over in with differential privacy and small-cell suppression at
// minCell. Its errors are EINVALID for parameters the DP library refuses.
func dpAnswer(q *marketplace.Query, in dpInput, minCell int, src noiseSource) (*marketplace.Answer, error) {
	if src == nil {
		src = libraryNoise
	}
	nz := src(q.NoiseKind())
	eps, delta := q.Epsilon, q.Delta
	k := float64(minCell)
	ans := &marketplace.Answer{}
	count := func(share float64, n int64) (float64, error) {
		c, err := dpagg.NewCount(&dpagg.CountOptions{Epsilon: eps * share, Delta: delta * share, MaxPartitionsContributed: 1, Noise: nz})
		if err != nil {
			return 0, err
		}
		if err := c.IncrementBy(n); err != nil {
			return 0, err
		}
		r, err := c.Result()
		return float64(r), err
	}
	sum := func(share, lower, upper float64, values []float64, f func(float64) float64) (float64, error) {
		s, err := dpagg.NewBoundedSumFloat64(&dpagg.BoundedSumFloat64Options{Epsilon: eps * share, Delta: delta * share,
			MaxPartitionsContributed: 1, Lower: lower, Upper: upper, Noise: nz})
		if err != nil {
			return 0, err
		}
		for _, x := range values {
			if err := s.Add(f(x)); err != nil {
				return 0, err
			}
		}
		return s.Result()
	}
	n := int64(len(in.values))
	lo, hi := q.Lower, q.Upper
	mid := lo + (hi-lo)/2
	half := hi - mid
	id := func(x float64) float64 { return x }
	centred := func(x float64) float64 { return clamp(x, lo, hi) - mid }
	var err error
	switch q.Aggregate {
	case marketplace.AggCount:
		ans.Value, err = count(1, in.n)
		ans.Suppressed = err == nil && ans.Value < k
	case marketplace.AggSum:
		var gate float64
		if gate, err = count(gateShareSum, n); err == nil {
			ans.Value, err = sum(1-gateShareSum, lo, hi, in.values, id)
			ans.Suppressed = gate < k
		}
	case marketplace.AggMean:
		var c, s float64
		if c, err = count(0.5, n); err == nil {
			if s, err = sum(0.5, -half, half, in.values, centred); err == nil {
				ans.Value = clamp(mid+s/math.Max(c, 1), lo, hi)
				ans.Suppressed = c < k
			}
		}
	case marketplace.AggVariance:
		var c, s, s2 float64
		if c, err = count(1.0/3, n); err == nil {
			if s, err = sum(1.0/3, -half, half, in.values, centred); err == nil {
				sq := func(x float64) float64 { d := centred(x); return d * d }
				if s2, err = sum(1.0/3, 0, half*half, in.values, sq); err == nil {
					m := s / math.Max(c, 1)
					ans.Value = clamp(s2/math.Max(c, 1)-m*m, 0, half*half)
					ans.Suppressed = c < k
				}
			}
		}
	case marketplace.AggQuantiles:
		var gate float64
		if gate, err = count(gateShareQuantiles, n); err == nil {
			var bq *dpagg.BoundedQuantiles
			bq, err = dpagg.NewBoundedQuantiles(&dpagg.BoundedQuantilesOptions{Epsilon: eps * (1 - gateShareQuantiles),
				Delta: delta * (1 - gateShareQuantiles), MaxPartitionsContributed: 1, MaxContributionsPerPartition: 1,
				Lower: lo, Upper: hi, Noise: nz})
			if err == nil {
				for _, x := range in.values {
					if err = bq.Add(x); err != nil {
						break
					}
				}
			}
			for _, rank := range q.Quantiles {
				if err != nil {
					break
				}
				var v float64
				v, err = bq.Result(rank)
				ans.Values = append(ans.Values, v)
			}
			ans.Suppressed = gate < k
		}
	case marketplace.AggHistogram:
		bins := histogram(in.values, q)
		var total float64
		for b, m := range bins {
			var v float64
			if v, err = count(1, m); err != nil {
				break
			}
			total += v
			if v < k {
				ans.SuppressedBins = append(ans.SuppressedBins, b)
				v = 0
			}
			ans.Values = append(ans.Values, v)
		}
		ans.Suppressed = err == nil && total < k
	default:
		return nil, marketplace.FieldError("query.aggregate", "is not an aggregate this vault computes")
	}
	if err != nil {
		return nil, marketplace.Errorf(marketplace.EINVALID, "the query's privacy parameters are not usable: %s", safeDPError(err))
	}
	if ans.Suppressed {
		ans.Value, ans.Values, ans.SuppressedBins = 0, zeros(len(ans.Values)), nil
	}
	return ans, nil
}

// histogram counts values (already clamped to the bounds) into q.Bins equal-width bins.
func histogram(values []float64, q *marketplace.Query) []int64 {
	bins := make([]int64, q.Bins)
	for _, x := range values {
		bins[binOf(x, q.Lower, q.Upper, q.Bins)]++
	}
	return bins
}

// binOf returns the equal-width bin of x in [lo, hi] (values outside go to the end bins).
func binOf(x, lo, hi float64, bins int) int {
	b := int(math.Floor((x - lo) / (hi - lo) * float64(bins)))
	return min(max(b, 0), bins-1)
}

func clamp(x, lo, hi float64) float64 { return math.Min(math.Max(x, lo), hi) }

func zeros(n int) []float64 {
	if n == 0 {
		return nil
	}
	return make([]float64, n)
}

// safeDPError keeps the DP library's message (parameter names and limits, never data).
func safeDPError(err error) string {
	s := fmt.Sprint(err)
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
