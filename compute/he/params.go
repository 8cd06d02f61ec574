package he

import (
	"crypto/sha256"
	"fmt"
	"math"
	"math/big"

	"github.com/tuneinsight/lattigo/v5/core/rlwe"
	"github.com/tuneinsight/lattigo/v5/he/heint"
	"github.com/tuneinsight/lattigo/v5/ring"

	"github.com/medmarket/medmarket/marketplace"
)

// MaxModuli is the largest number of moduli (Q and P together) accepted: lattigo v5.0.7
// panics decoding a BGV plaintext with more than 32 Q moduli (bgv.Encoder.Decode ->
// RingQ2T -> ring.ModUpExact: index out of range [32]); P is counted too, to be safe.
const MaxModuli = 32

// LattigoFloodSigma is the standard deviation of lattigo's own Gaussian flooding in the
// key-switch shares (the value lattigo's multiparty examples use). See SmudgingBits for the
// smudging that actually carries the security argument.
const LattigoFloodSigma = 1 << 30

// securityTable128 is the HomomorphicEncryption.org standard (v1.1, 2018) table of the largest
// log2(QP) giving 128-bit classical security with a uniform ternary secret and error sigma
// ~3.2, by log2(N). It is the table SEAL enforces (hestdparms.h, SEAL_HE_STD_PARMS_128_TC).
var securityTable128 = map[int]int{
	10: 27,
	11: 54,
	12: 109,
	13: 218,
	14: 438,
	15: 881,
}

// MaxLogQP returns the largest log2(QP) that CheckSecurity accepts for ring degree 2^logN,
// and false if the standard has no entry for it. Above 2^15 the 2^15 bound is returned:
// security only grows with N at fixed QP, so it is conservative.
func MaxLogQP(logN int) (int, bool) {
	if logN > 15 {
		return securityTable128[15], true
	}
	b, ok := securityTable128[logN]
	return b, ok
}

// CheckSecurity returns nil if params give at least 128-bit classical security according to
// the HomomorphicEncryption.org standard table, and an EINVALID error saying why not
// otherwise. It also refuses more than MaxModuli moduli, a secret that is not uniform
// ternary (sparse secrets are outside the table) and an error distribution narrower than
// the standard's sigma 3.19. Start-up code calls it and refuses to run on an error.
func CheckSecurity(params rlwe.ParameterProvider) error {
	if params == nil {
		return invalid("security", "no parameters")
	}
	p := params.GetRLWEParameters()
	if p == nil || p.N() == 0 {
		return invalid("security", "empty parameters")
	}
	logN := p.LogN()
	bound, ok := MaxLogQP(logN)
	if !ok {
		return invalid("security", "ring degree 2^%d is below the HomomorphicEncryption.org table (smallest 2^10)", logN)
	}
	if n := p.QCount() + p.PCount(); n > MaxModuli {
		return invalid("security", "%d moduli; at most %d are supported (lattigo v5.0.7 panics decoding BGV plaintexts with more)", n, MaxModuli)
	}
	logQP := p.LogQP()
	if logQP > float64(bound) {
		return invalid("security",
			"log2(QP) = %.2f exceeds %d bits, the 128-bit bound of the HomomorphicEncryption.org table for N = 2^%d: unsafe parameters",
			logQP, bound, logN)
	}
	switch xs := p.Xs().(type) {
	case ring.Ternary:
		// P is the probability of a non-zero coefficient: 2/3 is uniform ternary. A fixed
		// Hamming weight (H) or a smaller P is a sparse secret, which the table does not cover.
		if xs.H != 0 || math.Abs(xs.P-2.0/3.0) > 1e-9 {
			return invalid("security", "secret distribution %+v is not uniform ternary; sparse secrets are not covered by the standard", xs)
		}
	default:
		return invalid("security", "secret distribution %T is not uniform ternary", xs)
	}
	switch xe := p.Xe().(type) {
	case ring.DiscreteGaussian:
		if xe.Sigma < 3.19 || xe.Bound < 6*3.19 {
			return invalid("security", "error distribution sigma %.3g bound %.3g is narrower than the standard's sigma 3.19", xe.Sigma, xe.Bound)
		}
	default:
		return invalid("security", "error distribution %T is not a discrete Gaussian", xe)
	}
	return nil
}

// ParamsLiteral describes a parameter set. The moduli are given explicitly (NTT-friendly
// primes) so that a set never changes with the library version.
type ParamsLiteral struct {
	Name string
	// LogN is log2 of the ring degree.
	LogN int
	// Q is the ciphertext modulus chain. No P is used: nothing here needs key switching
	// with gadget decomposition, and fresh encryption noise is small enough without it.
	Q []uint64
	// PlaintextModulus is the prime t; it must be 1 mod 2N so that all N slots exist.
	PlaintextModulus uint64
	// SmudgingBits is k: each decryption share carries uniform smudging noise in
	// [-2^k, 2^k) per coefficient.
	SmudgingBits int
	// MaxParties bounds the number of ciphertexts summed and of decryption shares
	// combined; the noise budget is checked for it.
	MaxParties int
}

// Params is a checked parameter set: BGV parameters that pass CheckSecurity and whose noise
// budget holds MaxParties smudged shares. The zero value is not usable.
type Params struct {
	lit         ParamsLiteral
	heint       heint.Parameters
	fingerprint [32]byte
	meta        *rlwe.MetaData // of a fresh top-level ciphertext
}

// DefaultParams is the production set: N = 2^13 (8192 slots), three 60-bit primes
// (log2 QP = 180, 38 bits under the 218-bit bound), t = 288230376150876161 (a 58-bit prime,
// 1 mod 2^14, so totals up to +-1.44e17 decode exactly), 2^90 smudging, up to 64 parties.
func DefaultParams() (Params, error) {
	return NewParams(ParamsLiteral{
		Name:             "medmarket-bgv-n13",
		LogN:             13,
		Q:                []uint64{0xfffffffffffc001, 0xffffffffffe8001, 0xffffffffffd8001},
		PlaintextModulus: 0x3fffffffff34001,
		SmudgingBits:     90,
		MaxParties:       64,
	})
}

// TestParams is a small, fast set for tests: N = 2^12 (4096 slots), two 53-bit primes
// (log2 QP = 106, 3 bits under the 109-bit bound), t = 1099511480321 (a 40-bit prime, 1 mod
// 2^13), 2^56 smudging, up to 16 parties. It is secure by the table, but its noise and
// plaintext margins are smaller than DefaultParams'.
func TestParams() (Params, error) {
	return NewParams(ParamsLiteral{
		Name:             "medmarket-bgv-n12-test",
		LogN:             12,
		Q:                []uint64{0x1ffffffffb4001, 0x1ffffffffa4001},
		PlaintextModulus: 0xfffffdc001,
		SmudgingBits:     56,
		MaxParties:       16,
	})
}

// NewParams builds and checks a parameter set: lattigo's own checks, CheckSecurity, and the
// noise budget (log2 t + log2(decryption noise bound) + 1 < log2 Q, so that the sum of
// MaxParties fresh ciphertexts switched by MaxParties smudged shares always decrypts
// exactly).
func NewParams(lit ParamsLiteral) (Params, error) {
	if lit.MaxParties < 2 {
		return Params{}, invalid("params", "MaxParties must be at least 2")
	}
	if lit.SmudgingBits < 1 || lit.SmudgingBits > 120 {
		return Params{}, invalid("params", "SmudgingBits %d out of range 1..120", lit.SmudgingBits)
	}
	if n := len(lit.Q); n == 0 || n > MaxModuli {
		return Params{}, invalid("params", "%d moduli; need 1..%d", n, MaxModuli)
	}
	hp, err := newHeint(lit)
	if err != nil {
		return Params{}, err
	}
	if err := CheckSecurity(hp); err != nil {
		return Params{}, err
	}
	if hp.RingT().N() != hp.N() {
		return Params{}, invalid("params", "plaintext modulus %d is not 1 mod 2N: only %d of %d slots", lit.PlaintextModulus, hp.RingT().N(), hp.N())
	}
	p := Params{lit: lit, heint: hp}
	p.lit.Q = append([]uint64(nil), lit.Q...)
	p.meta = heint.NewCiphertext(hp, 1, hp.MaxLevel()).MetaData.CopyNew()
	if budget := p.NoiseMarginBits(); budget < 1 {
		return Params{}, invalid("params", "noise budget exhausted: log2 Q %.1f < log2 t + log2(noise bound) + 1 = %.1f",
			hp.LogQ(), hp.LogQ()-budget)
	}
	b, err := hp.MarshalBinary()
	if err != nil {
		return Params{}, internal("params", err)
	}
	h := sha256.New()
	h.Write([]byte("medmarket/he/params/v1\x00"))
	h.Write(b)
	fmt.Fprintf(h, "\x00smudging=%d\x00maxparties=%d", lit.SmudgingBits, lit.MaxParties)
	copy(p.fingerprint[:], h.Sum(nil))
	return p, nil
}

// newHeint builds lattigo parameters without any medmarket check (CheckSecurity's tests use
// it to build unsafe sets on purpose).
func newHeint(lit ParamsLiteral) (hp heint.Parameters, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = invalid("params", "lattigo rejected the parameters: %v", r)
		}
	}()
	hp, err = heint.NewParametersFromLiteral(heint.ParametersLiteral{
		LogN:             lit.LogN,
		Q:                lit.Q,
		PlaintextModulus: lit.PlaintextModulus,
	})
	if err != nil {
		return hp, invalid("params", "lattigo rejected the parameters: %v", err)
	}
	return hp, nil
}

// GetRLWEParameters implements rlwe.ParameterProvider, so CheckSecurity(p) works.
func (p Params) GetRLWEParameters() *rlwe.Parameters { return p.heint.GetRLWEParameters() }

// HE returns the lattigo parameters (for benchmarks and lower-level use).
func (p Params) HE() heint.Parameters { return p.heint }

// Name returns the set's name.
func (p Params) Name() string { return p.lit.Name }

// Slots returns the number of integer slots in one ciphertext.
func (p Params) Slots() int { return p.heint.MaxSlots() }

// PlaintextModulus returns t.
func (p Params) PlaintextModulus() uint64 { return p.heint.PlaintextModulus() }

// MaxAbs returns the largest |x| a slot total can have and still decode exactly: (t-3)/2
// (lattigo decodes [0, (t-1)/2) as non-negative and the rest as negative).
func (p Params) MaxAbs() int64 { return int64((p.heint.PlaintextModulus() - 3) / 2) }

// SmudgingBits returns k, the uniform smudging width 2^k of each decryption share.
func (p Params) SmudgingBits() int { return p.lit.SmudgingBits }

// MaxParties returns the largest number of ciphertexts summed or decryption shares combined
// that the noise budget was checked for.
func (p Params) MaxParties() int { return p.lit.MaxParties }

// Fingerprint identifies the parameter set in every serialized object.
func (p Params) Fingerprint() [32]byte { return p.fingerprint }

func (p Params) valid() bool { return p.meta != nil } // set only by NewParams

// noiseBoundLog2 is log2 of a bound on the decryption noise E of a total of MaxParties
// fresh ciphertexts switched with MaxParties smudged shares:
//
//	E <= k*(k*B*(2N+1))            fresh public-key encryptions under a key of norm <= k
//	   + k*(B*(2N+1) + 6*sigmaL + 2^bits)   per share: encryption of zero under the
//	                                        researcher's key, lattigo flooding, smudging
//
// with k = MaxParties, B = 6*3.2 the error bound. It is a worst-case bound (all samplers
// are truncated), not a high-probability one.
func (p Params) noiseBoundLog2() float64 {
	k := float64(p.lit.MaxParties)
	n := float64(p.heint.N())
	b := 6 * 3.2
	fresh := k * k * b * (2*n + 1)
	share := b*(2*n+1) + 6*LattigoFloodSigma + math.Exp2(float64(p.lit.SmudgingBits))
	return math.Log2(fresh + k*share)
}

// NoiseMarginBits is how many bits of Q remain above t times the decryption noise bound
// (a set is refused when it is below 1).
func (p Params) NoiseMarginBits() float64 {
	return p.heint.LogQ() - math.Log2(float64(p.heint.PlaintextModulus())) - p.noiseBoundLog2() - 1
}

// CheckCapacity returns an error if contributions values of magnitude at most maxAbs each
// (one per vault, or per patient) could add up beyond MaxAbs, where the total would wrap
// around modulo t.
func (p Params) CheckCapacity(maxAbs int64, contributions int) error {
	if maxAbs < 0 || contributions < 0 {
		return invalid("capacity", "negative bound")
	}
	total := new(big.Int).Mul(big.NewInt(maxAbs), big.NewInt(int64(contributions)))
	if total.Cmp(big.NewInt(p.MaxAbs())) > 0 {
		return invalid("capacity", "%d contributions of magnitude up to %d can reach %s, beyond the exact range +-%d of plaintext modulus %d",
			contributions, maxAbs, total, p.MaxAbs(), p.PlaintextModulus())
	}
	return nil
}

// Summary describes a parameter set for reports and benchmarks.
type Summary struct {
	Name             string  `json:"name"`
	LogN             int     `json:"logN"`
	LogQP            float64 `json:"logQP"`
	Moduli           int     `json:"moduli"`
	PlaintextModulus uint64  `json:"plaintextModulus"`
	LogT             float64 `json:"logT"`
	Slots            int     `json:"slots"`
	MaxLogQP         int     `json:"maxLogQP"`       // HomomorphicEncryption.org 128-bit bound
	SecurityMargin   float64 `json:"securityMargin"` // MaxLogQP - LogQP, bits
	SmudgingBits     int     `json:"smudgingBits"`
	NoiseMarginBits  float64 `json:"noiseMarginBits"`
	MaxParties       int     `json:"maxParties"`
}

// Summary returns the set's figures.
func (p Params) Summary() Summary {
	bound, _ := MaxLogQP(p.heint.LogN())
	return Summary{
		Name:             p.lit.Name,
		LogN:             p.heint.LogN(),
		LogQP:            p.heint.LogQP(),
		Moduli:           p.heint.QCount() + p.heint.PCount(),
		PlaintextModulus: p.heint.PlaintextModulus(),
		LogT:             math.Log2(float64(p.heint.PlaintextModulus())),
		Slots:            p.Slots(),
		MaxLogQP:         bound,
		SecurityMargin:   float64(bound) - p.heint.LogQP(),
		SmudgingBits:     p.lit.SmudgingBits,
		NoiseMarginBits:  p.NoiseMarginBits(),
		MaxParties:       p.lit.MaxParties,
	}
}

func (s Summary) String() string {
	return fmt.Sprintf("%s: N=2^%d, log2 QP=%.2f (%d moduli; bound %d, margin %.2f bits), t=%d (%.1f bits), %d slots, smudging 2^%d, noise margin %.1f bits for %d parties",
		s.Name, s.LogN, s.LogQP, s.Moduli, s.MaxLogQP, s.SecurityMargin, s.PlaintextModulus, s.LogT, s.Slots, s.SmudgingBits, s.NoiseMarginBits, s.MaxParties)
}

func invalid(what, format string, args ...any) error {
	return &marketplace.Error{Code: marketplace.EINVALID, Field: what, Message: fmt.Sprintf(format, args...)}
}

func internal(op string, err error) error {
	return fmt.Errorf("he.%s: %w", op, err)
}
