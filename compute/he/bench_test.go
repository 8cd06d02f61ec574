package he

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
)

// Benchmarks use DefaultParams (production: N=2^13, 3 moduli) and a vector of 32 statistics
// as [count_i, sum_i, sumsq_i] (96 slots; the cost does not depend on how many slots are
// used). They feed `medmarket bench compute`.

const benchSlots = 32 * 3

// allowAll is a Ledger that records nothing, so a benchmark can decrypt the same total
// repeatedly. Never use it outside benchmarks.
type allowAll struct{}

func (allowAll) Claim(context.Context, DecryptionRecord) error { return nil }

var benchFixtures = map[[2]int]*fixture{}

func benchFixture(b *testing.B, vaults int) *fixture {
	b.Helper()
	th := vaults/2 + 1
	if f, ok := benchFixtures[[2]int{vaults, th}]; ok {
		return f
	}
	p, err := DefaultParams()
	if err != nil {
		b.Fatal(err)
	}
	f := newFixtureLedger(b, p, vaults, th, func() Ledger { return allowAll{} })
	benchFixtures[[2]int{vaults, th}] = f
	return f
}

func benchVectors(n int) [][]int64 {
	rng := rand.New(rand.NewPCG(9, 10))
	out := make([][]int64, n)
	for i := range out {
		out[i] = randomVector(rng, benchSlots, 1<<40)
	}
	return out
}

// BenchmarkEncrypt: one vault encrypts its 32-statistic vector under the collective key.
func BenchmarkEncrypt(b *testing.B) {
	f := benchFixture(b, 8)
	enc, err := NewEncryptor(f.params, f.pk)
	if err != nil {
		b.Fatal(err)
	}
	v := benchVectors(1)[0]
	b.ResetTimer()
	for b.Loop() {
		if _, err := enc.Encrypt(v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarshalParse: a ciphertext's trip over the wire, with the coordinator's
// validation (framing, checksum, shape, reduced coefficients).
func BenchmarkMarshalParse(b *testing.B) {
	f := benchFixture(b, 8)
	ct := f.encrypt(b, benchVectors(1)[0])
	b.ResetTimer()
	for b.Loop() {
		data, err := ct.MarshalBinary()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ParseCiphertext(f.params, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSum: the coordinator adds the vaults' ciphertexts (validated first).
func BenchmarkSum(b *testing.B) {
	for _, n := range []int{8, 32} {
		b.Run(fmt.Sprintf("vaults=%d", n), func(b *testing.B) {
			f := benchFixture(b, 8)
			cts := make([]*Ciphertext, n)
			for i, v := range benchVectors(n) {
				cts[i] = f.encrypt(b, v)
			}
			b.ResetTimer()
			for b.Loop() {
				if _, err := f.coordinator.Sum(cts...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecryptShare: one vault's public-key-switch share (Lagrange combination,
// lattigo PCKS share, 2^90 smudging), as each party computes in parallel in deployment.
func BenchmarkDecryptShare(b *testing.B) {
	f := benchFixture(b, 8)
	ct := f.encrypt(b, benchVectors(1)[0])
	req, err := f.coordinator.NewRequest("bench", ct, f.researcher.PublicKey(), f.committee.Vaults[:f.committee.Threshold], benchSlots)
	if err != nil {
		b.Fatal(err)
	}
	p := f.vaults[req.Vaults[0]]
	b.ResetTimer()
	for b.Loop() {
		if _, err := p.DecryptShare(context.Background(), req, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkThresholdDecrypt: the whole decryption of a total on one machine — the board's
// share (with DP noise) and t vault shares computed one after the other, the coordinator's
// combination, and the researcher's DecodePublic.
func BenchmarkThresholdDecrypt(b *testing.B) {
	for _, n := range []int{8, 32} {
		b.Run(fmt.Sprintf("vaults=%d", n), func(b *testing.B) {
			f := benchFixture(b, n)
			ct := f.encrypt(b, benchVectors(1)[0])
			vaults := f.committee.Vaults[:f.committee.Threshold]
			noise := make([]int64, benchSlots)
			b.ReportMetric(float64(len(vaults)+1), "shares/op")
			b.ResetTimer()
			for b.Loop() {
				if _, err := f.decryptDirect(ct, vaults, noise); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEndToEnd: 8 vaults encrypt, the coordinator sums, board + t vaults decrypt.
func BenchmarkEndToEnd(b *testing.B) {
	f := benchFixture(b, 8)
	enc, err := NewEncryptor(f.params, f.pk)
	if err != nil {
		b.Fatal(err)
	}
	vs := benchVectors(8)
	vaults := f.committee.Vaults[:f.committee.Threshold]
	noise := make([]int64, benchSlots)
	b.ResetTimer()
	for b.Loop() {
		cts := make([]*Ciphertext, len(vs))
		for i, v := range vs {
			if cts[i], err = enc.Encrypt(v); err != nil {
				b.Fatal(err)
			}
		}
		total, err := f.coordinator.Sum(cts...)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := f.decryptDirect(total, vaults, noise); err != nil {
			b.Fatal(err)
		}
	}
}

// decryptDirect is tryDecrypt without the wire encodings.
func (f *fixture) decryptDirect(total *Ciphertext, vaults []PartyID, boardNoise []int64) ([]int64, error) {
	req, err := f.coordinator.NewRequest("bench", total, f.researcher.PublicKey(), vaults, benchSlots)
	if err != nil {
		return nil, err
	}
	shares := make([]*DecryptionShare, 0, len(vaults)+1)
	for _, p := range append([]*Party{f.board}, f.named(vaults)...) {
		var noise []int64
		if p.Role() == RoleBoard {
			noise = boardNoise
		}
		s, err := p.DecryptShare(context.Background(), req, noise)
		if err != nil {
			return nil, err
		}
		shares = append(shares, s)
	}
	switched, err := f.coordinator.Combine(req, shares)
	if err != nil {
		return nil, err
	}
	return f.researcher.DecodePublic(switched, benchSlots)
}
