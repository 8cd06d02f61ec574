package he

import (
	"crypto/sha256"
	"fmt"
	"sync"

	"github.com/tuneinsight/lattigo/v5/core/rlwe"
	"github.com/tuneinsight/lattigo/v5/he/heint"
)

// Ciphertext is a BGV ciphertext of a vector of integers (one per slot), at the top level
// and of degree 1: fresh encryptions, their sums, and key-switched totals all have that
// shape, and nothing else is accepted.
type Ciphertext struct {
	params Params
	ct     *rlwe.Ciphertext // never modified once the Ciphertext exists

	digestOnce sync.Once
	digest     [32]byte
}

func (p Params) newCiphertext() *rlwe.Ciphertext {
	return heint.NewCiphertext(p.heint, 1, p.heint.MaxLevel())
}

func (p Params) ciphertextShape() (*shape, error) {
	return p.shapeFor(kindCiphertext, func(fill uint64) ([]byte, error) {
		ct := p.newCiphertext()
		for _, v := range ct.Value {
			fillPoly(v, fill)
		}
		return ct.MarshalBinary()
	})
}

// MarshalBinary encodes the ciphertext.
func (c *Ciphertext) MarshalBinary() ([]byte, error) {
	if c == nil || c.ct == nil {
		return nil, invalid("ciphertext", "nil ciphertext")
	}
	b, err := c.ct.MarshalBinary()
	if err != nil {
		return nil, internal("Ciphertext.MarshalBinary", err)
	}
	return c.params.seal(envelope{kind: kindCiphertext, body: b}), nil
}

// ParseCiphertext decodes a ciphertext made under params and validates it: framing,
// checksum, parameters, degree, level, ring degree, metadata (scale, slots, NTT form) and
// reduced coefficients. A vault's malformed ciphertext yields an EINVALID error matching
// ErrMalformed or ErrParamsMismatch, never a panic.
func ParseCiphertext(params Params, data []byte) (*Ciphertext, error) {
	_, body, err := params.open(data, kindCiphertext, 0)
	if err != nil {
		return nil, err
	}
	s, err := params.ciphertextShape()
	if err != nil {
		return nil, err
	}
	ct := params.newCiphertext()
	if err := s.unmarshal("ciphertext", body, ct); err != nil {
		return nil, err
	}
	c := &Ciphertext{params: params, ct: ct}
	if err := c.check(params); err != nil {
		return nil, err
	}
	return c, nil
}

// check validates an in-memory ciphertext against params.
func (c *Ciphertext) check(p Params) error {
	if c == nil || c.ct == nil || c.ct.MetaData == nil {
		return invalid("ciphertext", "missing ciphertext")
	}
	if c.params.fingerprint != p.fingerprint {
		return fmt.Errorf("he: ciphertext: %w", ErrParamsMismatch)
	}
	ct := c.ct
	if ct.Degree() != 1 {
		return malformed("ciphertext", "degree %d, want 1", ct.Degree())
	}
	if ct.Level() != p.heint.MaxLevel() {
		return malformed("ciphertext", "level %d, want %d", ct.Level(), p.heint.MaxLevel())
	}
	for _, v := range ct.Value {
		if v.N() != p.heint.N() || len(v.Coeffs) != p.heint.MaxLevel()+1 {
			return malformed("ciphertext", "ring degree %d, want %d", v.N(), p.heint.N())
		}
	}
	ref := p.meta
	if !ct.IsNTT || ct.IsMontgomery || !ct.IsBatched || ct.LogDimensions != ref.LogDimensions || ct.Scale.Cmp(ref.Scale) != 0 {
		return malformed("ciphertext", "metadata (scale, slots, NTT form) does not match the parameters")
	}
	for _, v := range ct.Value {
		if err := checkReduced("ciphertext", v, p.heint.Q()); err != nil {
			return err
		}
	}
	return nil
}

// Digest is the SHA-256 of the ciphertext's canonical encoding; parties record it to refuse
// a second decryption.
func (c *Ciphertext) Digest() [32]byte {
	c.digestOnce.Do(func() {
		b, _ := c.ct.MarshalBinary()
		c.digest = sha256.Sum256(b)
	})
	return c.digest
}

// Encryptor encrypts integer vectors under a public key (the collective key). It holds no
// secret. It is safe for concurrent use; calls are serialized.
type Encryptor struct {
	params  Params
	mu      sync.Mutex
	enc     *rlwe.Encryptor
	encoder *heint.Encoder
	pt      *rlwe.Plaintext
}

// NewEncryptor returns an encryptor for the collective public key pk.
func NewEncryptor(params Params, pk *PublicKey) (*Encryptor, error) {
	if err := pk.check(params, "public key"); err != nil {
		return nil, err
	}
	return &Encryptor{
		params:  params,
		enc:     rlwe.NewEncryptor(params.heint, pk.pk),
		encoder: heint.NewEncoder(params.heint),
		pt:      heint.NewPlaintext(params.heint, params.heint.MaxLevel()),
	}, nil
}

// Encrypt encrypts values (at most Slots of them, each |v| <= MaxAbs) into slots 0..len-1;
// the other slots hold zero. Vaults encrypt their local aggregate vectors with it (e.g.
// [count_1, sum_1, sumsq_1, count_2, ...], clamped and fixed-point scaled), and any key holder
// encrypts a DP noise vector the same way for the coordinator to add.
func (e *Encryptor) Encrypt(values []int64) (*Ciphertext, error) {
	if err := e.params.checkVector("values", values); err != nil {
		return nil, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.encoder.Encode(values, e.pt); err != nil {
		return nil, internal("Encryptor.Encrypt", err)
	}
	ct := e.params.newCiphertext()
	if err := e.enc.Encrypt(e.pt, ct); err != nil {
		return nil, internal("Encryptor.Encrypt", err)
	}
	return &Ciphertext{params: e.params, ct: ct}, nil
}

func (p Params) checkVector(field string, values []int64) error {
	if len(values) > p.Slots() {
		return invalid(field, "%d values, at most %d slots", len(values), p.Slots())
	}
	m := p.MaxAbs()
	for i, v := range values {
		if v > m || v < -m {
			return invalid(field, "value %d at index %d is outside +-%d", v, i, m)
		}
	}
	return nil
}
