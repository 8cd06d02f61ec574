package he

import (
	"crypto/rand"
	"io"
	"math"
	"math/big"
)

// SampleDiscreteLaplace returns n independent samples of the discrete Laplace distribution
// with scale b > 0: P(x) proportional to exp(-|x|/b) on the integers (for epsilon-DP with
// sensitivity s, b = s/epsilon). It is exact — Canonne, Kamath and Steinke 2020, Algorithm 2,
// with b read exactly from its float64 value and only integer arithmetic — and reads its
// randomness from r, crypto/rand when r is nil. It exists to test that noise added in the
// encrypted domain arrives calibrated; the DP layer supplies production noise.
func SampleDiscreteLaplace(r io.Reader, scale float64, n int) ([]int64, error) {
	if !(scale > 0) || math.IsInf(scale, 0) || scale > 1<<50 {
		return nil, invalid("scale", "discrete Laplace scale %v must be in (0, 2^50]", scale)
	}
	if n < 0 {
		return nil, invalid("n", "negative count")
	}
	if r == nil {
		r = rand.Reader
	}
	rat := new(big.Rat).SetFloat64(scale) // exact: scale = t/s
	t, s := rat.Num(), rat.Denom()
	out := make([]int64, n)
	for i := range out {
		x, err := discreteLaplace(r, t, s)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

// DiscreteLaplaceVariance returns the variance of the discrete Laplace distribution with
// scale b: 2q/(1-q)^2 with q = exp(-1/b). Its mean is 0.
func DiscreteLaplaceVariance(scale float64) float64 {
	q := math.Exp(-1 / scale)
	return 2 * q / ((1 - q) * (1 - q))
}

var bigOne = big.NewInt(1)

// discreteLaplace samples Lap_Z(t/s) (CKS20, Algorithm 2).
func discreteLaplace(r io.Reader, t, s *big.Int) (int64, error) {
	u, x, y := new(big.Int), new(big.Int), new(big.Int)
	for {
		if err := uniformBelow(r, t, u); err != nil {
			return 0, err
		}
		d, err := bernoulliExp(r, u, t) // exp(-u/t)
		if err != nil {
			return 0, err
		}
		if !d {
			continue
		}
		v := int64(0)
		for {
			a, err := bernoulliExp(r, bigOne, bigOne) // exp(-1)
			if err != nil {
				return 0, err
			}
			if !a {
				break
			}
			v++
		}
		x.Mul(t, big.NewInt(v))
		x.Add(x, u)
		y.Quo(x, s)
		b, err := bernoulliFrac(r, bigOne, big.NewInt(2))
		if err != nil {
			return 0, err
		}
		if b && y.Sign() == 0 {
			continue
		}
		if !y.IsInt64() {
			continue // beyond int64: probability far below 2^-40 for scale <= 2^50
		}
		if b {
			return -y.Int64(), nil
		}
		return y.Int64(), nil
	}
}

// bernoulliExp returns true with probability exp(-n/d) for n >= 0, d > 0 (CKS20, Algorithm 1).
func bernoulliExp(r io.Reader, n, d *big.Int) (bool, error) {
	whole := new(big.Int).Quo(n, d)
	for i := new(big.Int); i.Cmp(whole) < 0; i.Add(i, bigOne) {
		ok, err := bernoulliExpUnit(r, bigOne, bigOne)
		if err != nil || !ok {
			return false, err
		}
	}
	frac := new(big.Int).Sub(n, new(big.Int).Mul(whole, d))
	return bernoulliExpUnit(r, frac, d)
}

// bernoulliExpUnit returns true with probability exp(-n/d) for 0 <= n/d <= 1.
func bernoulliExpUnit(r io.Reader, n, d *big.Int) (bool, error) {
	k := int64(1)
	dk := new(big.Int)
	for {
		dk.Mul(d, big.NewInt(k))
		a, err := bernoulliFrac(r, n, dk)
		if err != nil {
			return false, err
		}
		if !a {
			break
		}
		k++
	}
	return k%2 == 1, nil
}

// bernoulliFrac returns true with probability n/d.
func bernoulliFrac(r io.Reader, n, d *big.Int) (bool, error) {
	u := new(big.Int)
	if err := uniformBelow(r, d, u); err != nil {
		return false, err
	}
	return u.Cmp(n) < 0, nil
}

// uniformBelow sets out to a uniform integer in [0, max) by rejection sampling.
func uniformBelow(r io.Reader, max, out *big.Int) error {
	if max.Sign() <= 0 {
		return invalid("noise", "empty range")
	}
	nbits := max.BitLen()
	buf := make([]byte, (nbits+7)/8)
	extra := uint(len(buf)*8 - nbits)
	for {
		if _, err := io.ReadFull(r, buf); err != nil {
			return internal("noise", err)
		}
		buf[0] &= byte(0xff >> extra)
		out.SetBytes(buf)
		if out.Cmp(max) < 0 {
			return nil
		}
	}
}
