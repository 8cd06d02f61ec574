package compute

import (
	"crypto/rand"
	"io"
	"math"
	"math/big"

	"github.com/google/differential-privacy/go/v3/noise"

	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
)

// DP noise in the encrypted domain. The ethics board's decryption share carries one integer
// noise value per slot of the layout (he.Party.DecryptShare adds it to the total before any
// decryption can happen), calibrated to the slot's sensitivity and epsilon share:
//
//   - Laplace queries: the discrete Laplace distribution with scale sensitivity/epsilon
//     (exact sampler, he.SampleDiscreteLaplace), which gives epsilon-DP for an integer
//     sum of that sensitivity;
//   - Gaussian queries: the discrete Gaussian with the sigma google/differential-privacy
//     calibrates for the same sensitivity, epsilon and delta (noise.SigmaForGaussian),
//     sampled exactly (Canonne, Kamath and Steinke 2020, Algorithm 3).
//
// Randomness comes from crypto/rand; tests pass a seeded reader to check the calibration.

// boardNoise draws the noise vector of a layout.
func boardNoise(l *heLayout, r io.Reader) ([]int64, error) {
	if r == nil {
		r = rand.Reader
	}
	out := make([]int64, l.total)
	for _, hq := range l.queries {
		gaussian := hq.q.NoiseKind() == marketplace.NoiseGaussian
		for j, s := range hq.slots {
			var err error
			if gaussian {
				out[hq.offset+j], err = sampleDiscreteGaussian(r, noise.SigmaForGaussian(1, float64(s.sens), s.eps, s.delta))
			} else {
				var v []int64
				v, err = he.SampleDiscreteLaplace(r, float64(s.sens)/s.eps, 1)
				if err == nil {
					out[hq.offset+j] = v[0]
				}
			}
			if err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// sampleDiscreteGaussian returns one sample of the discrete Gaussian N_Z(0, sigma^2), exactly
// (CKS20 Algorithm 3): a discrete Laplace candidate of scale t = floor(sigma)+1, accepted with
// probability exp(-(|y| - sigma^2/t)^2 / (2 sigma^2)), all in rational arithmetic.
func sampleDiscreteGaussian(r io.Reader, sigma float64) (int64, error) {
	if !(sigma > 0) || math.IsInf(sigma, 0) || sigma > 1<<40 {
		return 0, marketplace.Errorf(marketplace.EINVALID, "discrete Gaussian sigma %v out of range", sigma)
	}
	s := new(big.Rat).SetFloat64(sigma)
	s2 := new(big.Rat).Mul(s, s)
	t := math.Floor(sigma) + 1
	tr := new(big.Rat).SetFloat64(t)
	s2t := new(big.Rat).Quo(s2, tr)               // sigma^2 / t
	den := new(big.Rat).Mul(big.NewRat(2, 1), s2) // 2 sigma^2
	for {
		y, err := he.SampleDiscreteLaplace(r, t, 1)
		if err != nil {
			return 0, err
		}
		a := new(big.Rat).SetInt64(y[0])
		a.Abs(a)
		a.Sub(a, s2t)
		a.Mul(a, a)
		a.Quo(a, den) // (|y| - sigma^2/t)^2 / (2 sigma^2)
		ok, err := bernoulliExpRat(r, a)
		if err != nil {
			return 0, err
		}
		if ok {
			return y[0], nil
		}
	}
}

// bernoulliExpRat returns true with probability exp(-x) for rational x >= 0 (CKS20 Algorithm
// 1, one unit at a time).
func bernoulliExpRat(r io.Reader, x *big.Rat) (bool, error) {
	n, d := new(big.Int).Set(x.Num()), new(big.Int).Set(x.Denom())
	whole := new(big.Int).Quo(n, d)
	one := big.NewInt(1)
	for i := new(big.Int); i.Cmp(whole) < 0; i.Add(i, one) {
		ok, err := bernoulliExpUnit(r, one, one)
		if err != nil || !ok {
			return false, err
		}
	}
	return bernoulliExpUnit(r, new(big.Int).Sub(n, new(big.Int).Mul(whole, d)), d)
}

// bernoulliExpUnit returns true with probability exp(-n/d) for 0 <= n/d <= 1.
func bernoulliExpUnit(r io.Reader, n, d *big.Int) (bool, error) {
	k := int64(1)
	u := new(big.Int)
	dk := new(big.Int)
	for {
		dk.Mul(d, big.NewInt(k))
		if err := uniformBelow(r, dk, u); err != nil {
			return false, err
		}
		if u.Cmp(n) >= 0 {
			break
		}
		k++
	}
	return k%2 == 1, nil
}

// uniformBelow sets out to a uniform integer in [0, max) by rejection sampling.
func uniformBelow(r io.Reader, max, out *big.Int) error {
	nbits := max.BitLen()
	buf := make([]byte, (nbits+7)/8)
	extra := uint(len(buf)*8 - nbits)
	for {
		if _, err := io.ReadFull(r, buf); err != nil {
			return err
		}
		buf[0] &= byte(0xff >> extra)
		out.SetBytes(buf)
		if out.Cmp(max) < 0 {
			return nil
		}
	}
}
