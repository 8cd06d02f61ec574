package he

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/tuneinsight/lattigo/v5/core/rlwe"
	"github.com/tuneinsight/lattigo/v5/mhe"
)

// DecryptRequest asks the board and exactly Threshold vaults for decryption shares that
// switch Ciphertext to the researcher's key Target. Build it with NewDecryptRequest (or
// Coordinator.NewRequest); its Digest binds every field and the shares to it.
type DecryptRequest struct {
	// ID identifies the computation (job or query id); a party refuses an id it has seen.
	ID string
	// Ciphertext is the total to decrypt.
	Ciphertext *Ciphertext
	// Target is the researcher's public key.
	Target *PublicKey
	// Vaults are the t vaults asked to take part, besides the board.
	Vaults []PartyID
	// Slots is how many leading slots carry released values (and DP noise).
	Slots int

	params    Params
	committee [32]byte
}

const maxRequestIDLen = 512

// NewDecryptRequest builds and validates a request for committee.
func NewDecryptRequest(params Params, committee Committee, id string, ct *Ciphertext, target *PublicKey, vaults []PartyID, slots int) (*DecryptRequest, error) {
	if err := committee.Validate(params.MaxParties()); err != nil {
		return nil, err
	}
	r := &DecryptRequest{ID: id, Ciphertext: ct, Target: target, Vaults: append([]PartyID(nil), vaults...), Slots: slots,
		params: params, committee: committee.Digest()}
	if err := r.validate(params, committee); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *DecryptRequest) validate(params Params, committee Committee) error {
	if r == nil {
		return invalid("request", "nil request")
	}
	if r.params.fingerprint != params.fingerprint {
		return fmt.Errorf("he: request: %w", ErrParamsMismatch)
	}
	if r.committee != committee.Digest() {
		return invalid("request", "made for another committee")
	}
	if r.ID == "" || len(r.ID) > maxRequestIDLen {
		return invalid("request", "id must be 1..%d bytes", maxRequestIDLen)
	}
	if r.Slots < 1 || r.Slots > params.Slots() {
		return invalid("request", "slots %d out of range 1..%d", r.Slots, params.Slots())
	}
	if err := r.Ciphertext.check(params); err != nil {
		return err
	}
	if err := r.Target.check(params, "target key"); err != nil {
		return err
	}
	if len(r.Vaults) < committee.Threshold {
		return fmt.Errorf("he: request names %d vaults, the threshold is %d: %w", len(r.Vaults), committee.Threshold, ErrNotEnoughVaults)
	}
	if len(r.Vaults) > committee.Threshold {
		return invalid("request", "names %d vaults; name exactly the threshold, %d", len(r.Vaults), committee.Threshold)
	}
	seen := map[PartyID]bool{}
	for _, v := range r.Vaults {
		if committee.point(v) == 0 {
			return invalid("request", "%q is not a vault of the committee", v)
		}
		if seen[v] {
			return invalid("request", "vault %q named twice", v)
		}
		seen[v] = true
	}
	return nil
}

// Digest binds the parameters, committee, id, ciphertext, target key, vault set and slots.
func (r *DecryptRequest) Digest() [32]byte {
	h := sha256.New()
	h.Write([]byte("medmarket/he/decrypt-request/v1\x00"))
	h.Write(r.params.fingerprint[:])
	h.Write(r.committee[:])
	w := func(b []byte) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	w([]byte(r.ID))
	cd := r.Ciphertext.Digest()
	w(cd[:])
	td := r.Target.Digest()
	w(td[:])
	w(u64(uint64(r.Slots)))
	for _, v := range r.Vaults {
		w([]byte(v))
	}
	var d [32]byte
	copy(d[:], h.Sum(nil))
	return d
}

// MarshalBinary encodes the request.
func (r *DecryptRequest) MarshalBinary() ([]byte, error) {
	ct, err := r.Ciphertext.ct.MarshalBinary()
	if err != nil {
		return nil, internal("DecryptRequest.MarshalBinary", err)
	}
	pk, err := r.Target.pk.MarshalBinary()
	if err != nil {
		return nil, internal("DecryptRequest.MarshalBinary", err)
	}
	var vaults []byte
	for _, v := range r.Vaults {
		vaults = binary.BigEndian.AppendUint32(vaults, uint32(len(v)))
		vaults = append(vaults, v...)
	}
	return r.params.seal(envelope{kind: kindDecryptRequest,
		fields: [][]byte{[]byte(r.ID), r.committee[:], u64(uint64(r.Slots)), vaults, pk}, body: ct}), nil
}

// ParseDecryptRequest decodes a request and validates it against params and committee.
func ParseDecryptRequest(params Params, committee Committee, data []byte) (*DecryptRequest, error) {
	f, body, err := params.open(data, kindDecryptRequest, 5)
	if err != nil {
		return nil, err
	}
	r := &DecryptRequest{ID: string(f[0]), params: params}
	if r.committee, err = read32("request", f[1]); err != nil {
		return nil, err
	}
	slots, err := readU64("request", f[2])
	if err != nil {
		return nil, err
	}
	if slots > uint64(params.Slots()) {
		return nil, malformed("request", "slots %d out of range", slots)
	}
	r.Slots = int(slots)
	for rest := f[3]; len(rest) > 0; {
		if len(rest) < 4 {
			return nil, malformed("request", "bad vault list")
		}
		n := int(binary.BigEndian.Uint32(rest))
		rest = rest[4:]
		if n > len(rest) || len(r.Vaults) > len(committee.Vaults) {
			return nil, malformed("request", "bad vault list")
		}
		id, err := readID("request", rest[:n])
		if err != nil {
			return nil, err
		}
		r.Vaults = append(r.Vaults, id)
		rest = rest[n:]
	}
	if r.Target, err = params.parsePublicKeyBody(f[4]); err != nil {
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
	r.Ciphertext = &Ciphertext{params: params, ct: ct}
	if err := r.validate(params, committee); err != nil {
		return nil, err
	}
	return r, nil
}

// DecryptionShare is one party's public-key-switch share for one request. It is public
// (flooded with smudging noise), but meaningless without the others.
type DecryptionShare struct {
	From    PartyID
	Request [32]byte // the request's Digest
	params  Params
	share   mhe.PublicKeySwitchShare
}

func (p Params) newPCKSShare() mhe.PublicKeySwitchShare {
	return mhe.PublicKeySwitchShare{Element: *rlwe.NewElement(p.heint, 1, p.heint.MaxLevel())}
}

func (p Params) pcksShape() (*shape, error) {
	return p.shapeFor(kindDecryptionShare, func(fill uint64) ([]byte, error) {
		s := p.newPCKSShare()
		for _, v := range s.Value {
			fillPoly(v, fill)
		}
		return s.MarshalBinary()
	})
}

// MarshalBinary encodes the share.
func (s *DecryptionShare) MarshalBinary() ([]byte, error) {
	b, err := s.share.MarshalBinary()
	if err != nil {
		return nil, internal("DecryptionShare.MarshalBinary", err)
	}
	return s.params.seal(envelope{kind: kindDecryptionShare, fields: [][]byte{[]byte(s.From), s.Request[:]}, body: b}), nil
}

// ParseDecryptionShare decodes and validates a decryption share.
func ParseDecryptionShare(params Params, data []byte) (*DecryptionShare, error) {
	f, body, err := params.open(data, kindDecryptionShare, 2)
	if err != nil {
		return nil, err
	}
	out := &DecryptionShare{params: params}
	if out.From, err = readID("decryption share", f[0]); err != nil {
		return nil, err
	}
	if out.Request, err = read32("decryption share", f[1]); err != nil {
		return nil, err
	}
	s, err := params.pcksShape()
	if err != nil {
		return nil, err
	}
	out.share = params.newPCKSShare()
	if err := s.unmarshal("decryption share", body, &out.share); err != nil {
		return nil, err
	}
	if err := out.check(params); err != nil {
		return nil, err
	}
	return out, nil
}

func (s *DecryptionShare) check(p Params) error {
	if s == nil || len(s.share.Value) != 2 {
		return invalid("decryption share", "missing share")
	}
	if s.params.fingerprint != p.fingerprint {
		return fmt.Errorf("he: decryption share: %w", ErrParamsMismatch)
	}
	for _, v := range s.share.Value {
		if v.N() != p.heint.N() || len(v.Coeffs) != p.heint.MaxLevel()+1 {
			return malformed("decryption share", "wrong ring degree or level")
		}
		if err := checkReduced("decryption share", v, p.heint.Q()); err != nil {
			return err
		}
	}
	return nil
}
