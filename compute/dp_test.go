package compute

import (
	"errors"
	"math"
	"math/rand/v2"
	"sync"

	"github.com/google/differential-privacy/go/v3/noise"

	"github.com/medmarket/medmarket/marketplace"
)

// Noise for tests. Production answers always draw google/differential-privacy's noise from
// crypto/rand; tests that need exact answers use noNoise, and tests that measure the noise's
// calibration, or attack it many times over, use seededNoise: the same distributions and
// scales as the library's, from a seeded generator.

// zero adds no noise.
type zero struct{}

func (zero) AddNoiseInt64(x, _, _ int64, _, _ float64) (int64, error) { return x, nil }
func (zero) AddNoiseFloat64(x float64, _ int64, _, _, _ float64) (float64, error) {
	return x, nil
}
func (zero) Threshold(int64, float64, float64, float64, float64) (float64, error) {
	return 0, errors.New("no threshold")
}
func (zero) ComputeConfidenceIntervalInt64(int64, int64, int64, float64, float64, float64) (noise.ConfidenceInterval, error) {
	return noise.ConfidenceInterval{}, errors.New("no interval")
}
func (zero) ComputeConfidenceIntervalFloat64(float64, int64, float64, float64, float64, float64) (noise.ConfidenceInterval, error) {
	return noise.ConfidenceInterval{}, errors.New("no interval")
}

var noNoise noiseSource = func(string) noise.Noise { return zero{} }

// seeded is Laplace or Gaussian noise calibrated as the library calibrates it (Laplace
// scale l0*lInf/epsilon; Gaussian sigma noise.SigmaForGaussian), drawn from a seeded
// generator.
type seeded struct {
	zero
	gaussian bool
	mu       *sync.Mutex
	rng      *rand.Rand
}

func (s seeded) draw(l0 int64, lInf, eps, delta float64) float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gaussian {
		return s.rng.NormFloat64() * noise.SigmaForGaussian(l0, lInf, eps, delta)
	}
	b := float64(l0) * lInf / eps
	return s.rng.ExpFloat64()*b - s.rng.ExpFloat64()*b // the difference of two exponentials is Laplace
}

func (s seeded) AddNoiseInt64(x, l0, lInf int64, eps, delta float64) (int64, error) {
	if s.gaussian && delta <= 0 || !s.gaussian && delta != 0 || eps <= 0 {
		return 0, errors.New("bad parameters")
	}
	return x + int64(math.Round(s.draw(l0, float64(lInf), eps, delta))), nil
}

func (s seeded) AddNoiseFloat64(x float64, l0 int64, lInf, eps, delta float64) (float64, error) {
	if s.gaussian && delta <= 0 || !s.gaussian && delta != 0 || eps <= 0 {
		return 0, errors.New("bad parameters")
	}
	return x + s.draw(l0, lInf, eps, delta), nil
}

// seededNoise returns a noise source drawing from one generator seeded with seed.
func seededNoise(seed uint64) noiseSource {
	mu := &sync.Mutex{}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return func(kind string) noise.Noise {
		return seeded{gaussian: kind == marketplace.NoiseGaussian, mu: mu, rng: rng}
	}
}
