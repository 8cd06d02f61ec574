package he

import (
	"crypto/sha256"
	"fmt"
	"sync"

	"github.com/tuneinsight/lattigo/v5/core/rlwe"
	"github.com/tuneinsight/lattigo/v5/mhe"
	"github.com/tuneinsight/lattigo/v5/utils/sampling"
)

// PublicKey is an RLWE public key: the collective encryption key, or a researcher's output key.
type PublicKey struct {
	params Params
	pk     *rlwe.PublicKey // never modified once the PublicKey exists

	digestOnce sync.Once
	digest     [32]byte
}

func (p Params) publicKeyShape() (*shape, error) {
	return p.shapeFor(kindPublicKey, func(fill uint64) ([]byte, error) {
		pk := rlwe.NewPublicKey(p.heint)
		for _, v := range pk.Value {
			fillPolyQP(v, fill)
		}
		return pk.MarshalBinary()
	})
}

// MarshalBinary encodes the key.
func (k *PublicKey) MarshalBinary() ([]byte, error) {
	if k == nil || k.pk == nil {
		return nil, invalid("public key", "nil key")
	}
	b, err := k.pk.MarshalBinary()
	if err != nil {
		return nil, internal("PublicKey.MarshalBinary", err)
	}
	return k.params.seal(envelope{kind: kindPublicKey, body: b}), nil
}

// ParsePublicKey decodes and validates a public key made under params.
func ParsePublicKey(params Params, data []byte) (*PublicKey, error) {
	_, body, err := params.open(data, kindPublicKey, 0)
	if err != nil {
		return nil, err
	}
	return params.parsePublicKeyBody(body)
}

func (p Params) parsePublicKeyBody(body []byte) (*PublicKey, error) {
	s, err := p.publicKeyShape()
	if err != nil {
		return nil, err
	}
	pk := rlwe.NewPublicKey(p.heint)
	if err := s.unmarshal("public key", body, pk); err != nil {
		return nil, err
	}
	for _, v := range pk.Value {
		if err := p.checkReducedQP("public key", v); err != nil {
			return nil, err
		}
	}
	return &PublicKey{params: p, pk: pk}, nil
}

// Digest is the SHA-256 of the key's lattigo encoding.
func (k *PublicKey) Digest() [32]byte {
	k.digestOnce.Do(func() {
		b, _ := k.pk.MarshalBinary()
		k.digest = sha256.Sum256(b)
	})
	return k.digest
}

func (k *PublicKey) check(p Params, field string) error {
	if k == nil || k.pk == nil {
		return invalid(field, "missing public key")
	}
	if k.params.fingerprint != p.fingerprint {
		return fmt.Errorf("he: %s: %w", field, ErrParamsMismatch)
	}
	return nil
}

// crs returns the common reference string for one protocol run: a keyed PRNG over the shared
// seed, the committee and a domain label, identical for every party.
func crs(committee Committee, seed []byte, label string) (mhe.CRS, error) {
	d := committee.Digest()
	key := make([]byte, 0, 64+len(seed)+len(label))
	key = append(key, "medmarket/he/crs/v1\x00"...)
	key = append(key, label...)
	key = append(key, 0)
	key = append(key, d[:]...)
	key = append(key, seed...)
	k := sha256.Sum256(key) // blake2b keys are at most 64 bytes
	prng, err := sampling.NewKeyedPRNG(k[:])
	if err != nil {
		return nil, internal("crs", err)
	}
	return prng, nil
}

// PublicKeyShare is one party's contribution to the collective public key. It is public.
type PublicKeyShare struct {
	From      PartyID
	params    Params
	committee [32]byte
	seed      [32]byte
	share     mhe.PublicKeyGenShare
}

func (p Params) pkShareShape() (*shape, error) {
	return p.shapeFor(kindPublicKeyShare, func(fill uint64) ([]byte, error) {
		s := mhe.NewPublicKeyGenProtocol(p.heint).AllocateShare()
		fillPolyQP(s.Value, fill)
		return s.MarshalBinary()
	})
}

// MarshalBinary encodes the share.
func (s *PublicKeyShare) MarshalBinary() ([]byte, error) {
	b, err := s.share.MarshalBinary()
	if err != nil {
		return nil, internal("PublicKeyShare.MarshalBinary", err)
	}
	return s.params.seal(envelope{kind: kindPublicKeyShare, fields: [][]byte{[]byte(s.From), s.committee[:], s.seed[:]}, body: b}), nil
}

// ParsePublicKeyShare decodes and validates a public-key share.
func ParsePublicKeyShare(params Params, data []byte) (*PublicKeyShare, error) {
	f, body, err := params.open(data, kindPublicKeyShare, 3)
	if err != nil {
		return nil, err
	}
	out := &PublicKeyShare{params: params}
	if out.From, err = readID("public key share", f[0]); err != nil {
		return nil, err
	}
	if out.committee, err = read32("public key share", f[1]); err != nil {
		return nil, err
	}
	if out.seed, err = read32("public key share", f[2]); err != nil {
		return nil, err
	}
	s, err := params.pkShareShape()
	if err != nil {
		return nil, err
	}
	out.share = mhe.NewPublicKeyGenProtocol(params.heint).AllocateShare()
	if err := s.unmarshal("public key share", body, &out.share); err != nil {
		return nil, err
	}
	if err := params.checkReducedQP("public key share", out.share.Value); err != nil {
		return nil, err
	}
	return out, nil
}

// CombinePublicKey aggregates the public-key shares of the board and every vault of the
// committee into the collective public key. It needs exactly one share from each; it holds
// no secret and can run anywhere (the coordinator, or each party to cross-check).
func CombinePublicKey(params Params, committee Committee, seed []byte, shares []*PublicKeyShare) (*PublicKey, error) {
	if err := committee.Validate(params.MaxParties()); err != nil {
		return nil, err
	}
	want := map[PartyID]bool{committee.Board: true}
	for _, v := range committee.Vaults {
		want[v] = true
	}
	cd, sd := committee.Digest(), sha256.Sum256(seed)
	got := map[PartyID]bool{}
	for _, s := range shares {
		if s == nil {
			return nil, invalid("public key share", "nil share")
		}
		if s.params.fingerprint != params.fingerprint {
			return nil, fmt.Errorf("he.CombinePublicKey: %w", ErrParamsMismatch)
		}
		if !want[s.From] {
			return nil, invalid("public key share", "share from %q, who is not in the committee", s.From)
		}
		if got[s.From] {
			return nil, invalid("public key share", "two shares from %q", s.From)
		}
		if s.committee != cd || s.seed != sd {
			return nil, invalid("public key share", "share from %q was made for another committee or seed", s.From)
		}
		got[s.From] = true
	}
	if len(got) != len(want) {
		for id := range want {
			if !got[id] {
				return nil, invalid("public key share", "missing the share of %q: every party must take part in key generation", id)
			}
		}
	}
	ckg := mhe.NewPublicKeyGenProtocol(params.heint)
	c, err := crs(committee, seed, "ckg")
	if err != nil {
		return nil, err
	}
	crp := ckg.SampleCRP(c)
	agg := ckg.AllocateShare()
	for _, s := range shares {
		ckg.AggregateShares(s.share, agg, &agg)
	}
	pk := rlwe.NewPublicKey(params.heint)
	ckg.GenPublicKey(agg, crp, pk)
	return &PublicKey{params: params, pk: pk}, nil
}

// ShamirShare is a threshold share of one vault's secret for another vault. It is SECRET:
// send it only over a confidential, authenticated channel to To.
type ShamirShare struct {
	From, To  PartyID
	params    Params
	committee [32]byte
	share     mhe.ShamirSecretShare
}

func (p Params) shamirShape() (*shape, error) {
	return p.shapeFor(kindShamirShare, func(fill uint64) ([]byte, error) {
		s := mhe.NewThresholdizer(p.heint).AllocateThresholdSecretShare()
		fillPolyQP(s.Poly, fill)
		return s.MarshalBinary()
	})
}

// MarshalBinary encodes the share (secret material).
func (s *ShamirShare) MarshalBinary() ([]byte, error) {
	b, err := s.share.MarshalBinary()
	if err != nil {
		return nil, internal("ShamirShare.MarshalBinary", err)
	}
	return s.params.seal(envelope{kind: kindShamirShare, fields: [][]byte{[]byte(s.From), []byte(s.To), s.committee[:]}, body: b}), nil
}

// ParseShamirShare decodes and validates a threshold share.
func ParseShamirShare(params Params, data []byte) (*ShamirShare, error) {
	f, body, err := params.open(data, kindShamirShare, 3)
	if err != nil {
		return nil, err
	}
	out := &ShamirShare{params: params}
	if out.From, err = readID("threshold key share", f[0]); err != nil {
		return nil, err
	}
	if out.To, err = readID("threshold key share", f[1]); err != nil {
		return nil, err
	}
	if out.committee, err = read32("threshold key share", f[2]); err != nil {
		return nil, err
	}
	if out.share, err = params.parseShamirBody(body); err != nil {
		return nil, err
	}
	return out, nil
}

func (p Params) parseShamirBody(body []byte) (mhe.ShamirSecretShare, error) {
	s, err := p.shamirShape()
	if err != nil {
		return mhe.ShamirSecretShare{}, err
	}
	share := mhe.NewThresholdizer(p.heint).AllocateThresholdSecretShare()
	if err := s.unmarshal("threshold key share", body, &share); err != nil {
		return mhe.ShamirSecretShare{}, err
	}
	if err := p.checkReducedQP("threshold key share", share.Poly); err != nil {
		return mhe.ShamirSecretShare{}, err
	}
	return share, nil
}
