package he

import (
	"sync"

	"github.com/tuneinsight/lattigo/v5/core/rlwe"
	"github.com/tuneinsight/lattigo/v5/he/heint"
)

// Researcher holds the output key pair of a researcher: totals are switched to its public
// key and only it can read them. Methods are safe for concurrent use.
type Researcher struct {
	params  Params
	sk      *rlwe.SecretKey
	pk      *PublicKey
	mu      sync.Mutex
	dec     *rlwe.Decryptor
	encoder *heint.Encoder
}

// NewResearcher generates a fresh output key pair.
func NewResearcher(params Params) (*Researcher, error) {
	if !params.valid() {
		return nil, invalid("params", "no parameters")
	}
	sk, pk := rlwe.NewKeyGenerator(params.heint).GenKeyPairNew()
	return newResearcher(params, sk, pk), nil
}

func newResearcher(params Params, sk *rlwe.SecretKey, pk *rlwe.PublicKey) *Researcher {
	return &Researcher{
		params:  params,
		sk:      sk,
		pk:      &PublicKey{params: params, pk: pk},
		dec:     rlwe.NewDecryptor(params.heint, sk),
		encoder: heint.NewEncoder(params.heint),
	}
}

// PublicKey returns the key that totals are switched to.
func (r *Researcher) PublicKey() *PublicKey { return r.pk }

// DecodePublic decrypts a total switched to this researcher's key and returns its first
// slots values, the released ones. BGV decoding is exact modulo t; what a decryption could
// reveal beyond the values (the noise) was flooded by the key-switch shares. lattigo v5.0.7
// has DecodePublic for CKKS only; this is its BGV counterpart here.
func (r *Researcher) DecodePublic(ct *Ciphertext, slots int) ([]int64, error) {
	if err := ct.check(r.params); err != nil {
		return nil, err
	}
	if slots < 1 || slots > r.params.Slots() {
		return nil, invalid("slots", "%d out of range 1..%d", slots, r.params.Slots())
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	pt := heint.NewPlaintext(r.params.heint, ct.ct.Level())
	r.dec.Decrypt(ct.ct, pt)
	all := make([]int64, r.params.Slots())
	if err := r.encoder.Decode(pt, all); err != nil {
		return nil, internal("Researcher.DecodePublic", err)
	}
	return all[:slots:slots], nil
}

// MarshalBinary encodes the researcher's key pair. It is SECRET: the researcher keeps it.
func (r *Researcher) MarshalBinary() ([]byte, error) {
	sk, err := r.sk.Value.MarshalBinary()
	if err != nil {
		return nil, internal("Researcher.MarshalBinary", err)
	}
	pk, err := r.pk.pk.MarshalBinary()
	if err != nil {
		return nil, internal("Researcher.MarshalBinary", err)
	}
	return r.params.seal(envelope{kind: kindResearcherState, fields: [][]byte{pk}, body: sk}), nil
}

// RestoreResearcher rebuilds a researcher from MarshalBinary's output.
func RestoreResearcher(params Params, data []byte) (*Researcher, error) {
	f, body, err := params.open(data, kindResearcherState, 1)
	if err != nil {
		return nil, err
	}
	pk, err := params.parsePublicKeyBody(f[0])
	if err != nil {
		return nil, err
	}
	share, err := params.parseShamirBody(body) // same layout as a secret key
	if err != nil {
		return nil, err
	}
	return newResearcher(params, &rlwe.SecretKey{Value: share.Poly}, pk.pk), nil
}
