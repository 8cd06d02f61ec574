package he

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/tuneinsight/lattigo/v5/ring"
	"github.com/tuneinsight/lattigo/v5/ring/ringqp"

	"github.com/medmarket/medmarket/marketplace"
)

// kind tags each serialized object.
type kind byte

const (
	kindCiphertext kind = iota + 1
	kindPublicKey
	kindPublicKeyShare
	kindShamirShare
	kindDecryptRequest
	kindDecryptionShare
	kindPartyState
	kindResearcherState
)

func (k kind) String() string {
	switch k {
	case kindCiphertext:
		return "ciphertext"
	case kindPublicKey:
		return "public key"
	case kindPublicKeyShare:
		return "public key share"
	case kindShamirShare:
		return "threshold key share"
	case kindDecryptRequest:
		return "decryption request"
	case kindDecryptionShare:
		return "decryption share"
	case kindPartyState:
		return "party state"
	case kindResearcherState:
		return "researcher state"
	}
	return fmt.Sprintf("kind %d", byte(k))
}

const (
	wireMagic   = "MMHE"
	wireVersion = 1
	maxWireSize = 64 << 20 // no object here comes near: N=2^15 with 32 moduli is 8 MiB a poly
)

// malformed builds an EINVALID error with a specific, client-safe message that also
// matches errors.Is(err, ErrMalformed).
func malformed(field, format string, args ...any) error {
	return fmt.Errorf("%w (%w)", &marketplace.Error{Code: marketplace.EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}, ErrMalformed)
}

// envelope is the framing of every serialized object:
//
//	"MMHE" | version u8 | kind u8 | params fingerprint [32] | header fields | body | sha256 [32]
//
// header fields and body are each a u32 length and bytes; the checksum covers everything
// before it. It catches accidental corruption, not forgery: authenticity of a vault's
// message is the transport's job (signed or mutually authenticated channels).
type envelope struct {
	kind   kind
	fields [][]byte
	body   []byte
}

func (p Params) seal(e envelope) []byte {
	var b bytes.Buffer
	b.WriteString(wireMagic)
	b.WriteByte(wireVersion)
	b.WriteByte(byte(e.kind))
	b.Write(p.fingerprint[:])
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(e.fields)))
	b.Write(n[:])
	for _, f := range append(e.fields, e.body) {
		binary.BigEndian.PutUint32(n[:], uint32(len(f)))
		b.Write(n[:])
		b.Write(f)
	}
	sum := sha256.Sum256(b.Bytes())
	b.Write(sum[:])
	return b.Bytes()
}

// open checks the framing, kind, parameters and checksum and returns the fields and body.
func (p Params) open(data []byte, want kind, nfields int) (fields [][]byte, body []byte, err error) {
	name := want.String()
	if !p.valid() {
		return nil, nil, invalid(name, "no parameters")
	}
	if len(data) > maxWireSize {
		return nil, nil, malformed(name, "%d bytes, more than %d", len(data), maxWireSize)
	}
	const head = len(wireMagic) + 2 + 32 + 4
	if len(data) < head+4+sha256.Size {
		return nil, nil, malformed(name, "truncated (%d bytes)", len(data))
	}
	if string(data[:4]) != wireMagic {
		return nil, nil, malformed(name, "not a medmarket HE object")
	}
	if data[4] != wireVersion {
		return nil, nil, malformed(name, "unsupported version %d", data[4])
	}
	if got := kind(data[5]); got != want {
		return nil, nil, malformed(name, "got a %s, want a %s", got, want)
	}
	payload, sum := data[:len(data)-sha256.Size], data[len(data)-sha256.Size:]
	if s := sha256.Sum256(payload); !bytes.Equal(s[:], sum) {
		return nil, nil, malformed(name, "checksum mismatch: corrupted bytes")
	}
	if !bytes.Equal(data[6:38], p.fingerprint[:]) {
		return nil, nil, fmt.Errorf("he: %s: %w", name, ErrParamsMismatch)
	}
	rest := payload[38:]
	count := int(binary.BigEndian.Uint32(rest))
	rest = rest[4:]
	if count != nfields {
		return nil, nil, malformed(name, "%d header fields, want %d", count, nfields)
	}
	parts := make([][]byte, 0, count+1)
	for i := 0; i <= count; i++ {
		if len(rest) < 4 {
			return nil, nil, malformed(name, "truncated")
		}
		n := int(binary.BigEndian.Uint32(rest))
		rest = rest[4:]
		if n > len(rest) {
			return nil, nil, malformed(name, "truncated")
		}
		parts = append(parts, rest[:n])
		rest = rest[n:]
	}
	if len(rest) != 0 {
		return nil, nil, malformed(name, "%d trailing bytes", len(rest))
	}
	return parts[:count], parts[count], nil
}

// shape is the exact binary layout lattigo produces for one object type under one parameter
// set: the reference encoding with every coefficient 0, and a mask of the bytes that do not
// depend on coefficient values (length prefixes, metadata). An input is accepted only if it
// has the same length and the same bytes under the mask, so lattigo never sees a length
// prefix it would trust for an allocation.
type shape struct {
	ref  []byte
	mask []bool
}

// newShape builds a shape from a function that encodes a reference object whose
// coefficients are all set to fill.
func newShape(encode func(fill uint64) ([]byte, error)) (*shape, error) {
	a, err := encode(0)
	if err != nil {
		return nil, err
	}
	b, err := encode(^uint64(0))
	if err != nil {
		return nil, err
	}
	if len(a) != len(b) {
		return nil, errors.New("he: reference encodings differ in length")
	}
	s := &shape{ref: a, mask: make([]bool, len(a))}
	for i := range a {
		s.mask[i] = a[i] == b[i]
	}
	return s, nil
}

func (s *shape) check(field string, data []byte) error {
	if len(data) != len(s.ref) {
		return malformed(field, "%d bytes, want %d: wrong parameters, level or degree", len(data), len(s.ref))
	}
	for i, m := range s.mask {
		if m && data[i] != s.ref[i] {
			return malformed(field, "layout differs at byte %d: wrong level, degree, ring degree or metadata", i)
		}
	}
	return nil
}

// unmarshal checks data against the shape, then lets lattigo decode it into v, turning a
// lattigo panic into an error.
func (s *shape) unmarshal(field string, data []byte, v interface{ UnmarshalBinary([]byte) error }) (err error) {
	if err := s.check(field, data); err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = malformed(field, "cannot decode: %v", r)
		}
	}()
	if err := v.UnmarshalBinary(data); err != nil {
		return malformed(field, "cannot decode: %v", err)
	}
	return nil
}

type shapeKey struct {
	fp   [32]byte
	kind kind
}

var shapes sync.Map // shapeKey -> *shape

func (p Params) shapeFor(k kind, encode func(fill uint64) ([]byte, error)) (*shape, error) {
	key := shapeKey{p.fingerprint, k}
	if s, ok := shapes.Load(key); ok {
		return s.(*shape), nil
	}
	s, err := newShape(encode)
	if err != nil {
		return nil, internal("shape", err)
	}
	shapes.Store(key, s)
	return s, nil
}

func fillPoly(p ring.Poly, v uint64) {
	for i := range p.Coeffs {
		for j := range p.Coeffs[i] {
			p.Coeffs[i][j] = v
		}
	}
}

func fillPolyQP(p ringqp.Poly, v uint64) {
	fillPoly(p.Q, v)
	fillPoly(p.P, v)
}

// checkReduced verifies every coefficient of p is below its modulus.
func checkReduced(field string, p ring.Poly, moduli []uint64) error {
	if len(p.Coeffs) > len(moduli) {
		return malformed(field, "%d RNS limbs, more than %d moduli", len(p.Coeffs), len(moduli))
	}
	for i, c := range p.Coeffs {
		q := moduli[i]
		for _, x := range c {
			if x >= q {
				return malformed(field, "coefficient not reduced modulo q_%d: corrupted bytes", i)
			}
		}
	}
	return nil
}

func (p Params) checkReducedQP(field string, v ringqp.Poly) error {
	if err := checkReduced(field, v.Q, p.heint.Q()); err != nil {
		return err
	}
	return checkReduced(field, v.P, p.heint.P())
}

// Small helpers for header fields.

func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

func readU64(field string, b []byte) (uint64, error) {
	if len(b) != 8 {
		return 0, malformed(field, "bad integer field")
	}
	return binary.BigEndian.Uint64(b), nil
}

func readID(field string, b []byte) (PartyID, error) {
	if len(b) == 0 || len(b) > maxIDLen {
		return "", malformed(field, "bad party id")
	}
	return PartyID(b), nil
}

func read32(field string, b []byte) ([32]byte, error) {
	var d [32]byte
	if len(b) != 32 {
		return d, malformed(field, "bad digest field")
	}
	copy(d[:], b)
	return d, nil
}
