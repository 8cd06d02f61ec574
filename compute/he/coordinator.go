package he

import (
	"fmt"
)

// Coordinator adds the vaults' ciphertexts (and encrypted DP noise) and combines decryption
// shares into a ciphertext under the researcher's key. It only ever handles ciphertexts,
// public keys and public shares: it has no field that can hold a secret key, and nothing it
// holds decrypts anything.
type Coordinator struct {
	params    Params
	committee Committee
}

// NewCoordinator returns a coordinator for committee.
func NewCoordinator(params Params, committee Committee) (*Coordinator, error) {
	if !params.valid() {
		return nil, invalid("params", "no parameters")
	}
	if err := committee.Validate(params.MaxParties()); err != nil {
		return nil, err
	}
	return &Coordinator{params: params, committee: committee.clone()}, nil
}

// Sum adds ciphertexts (the vaults' aggregates and any encrypted noise). Every input is
// validated before anything is added, so a malformed one yields an error and no partial
// total. At most Params.MaxParties ciphertexts are accepted (the noise budget's bound).
func (c *Coordinator) Sum(cts ...*Ciphertext) (*Ciphertext, error) {
	if len(cts) == 0 {
		return nil, invalid("ciphertexts", "nothing to add")
	}
	if len(cts) > c.params.MaxParties() {
		return nil, invalid("ciphertexts", "%d ciphertexts; the parameters' noise budget allows %d", len(cts), c.params.MaxParties())
	}
	for i, ct := range cts {
		if err := ct.check(c.params); err != nil {
			return nil, fmt.Errorf("he.Coordinator.Sum: ciphertext %d: %w", i, err)
		}
	}
	out := c.params.newCiphertext()
	*out.MetaData = *cts[0].ct.MetaData
	ringQ := c.params.heint.RingQ()
	for k := range out.Value {
		out.Value[k].Copy(cts[0].ct.Value[k])
		for _, ct := range cts[1:] {
			ringQ.Add(out.Value[k], ct.ct.Value[k], out.Value[k])
		}
	}
	return &Ciphertext{params: c.params, ct: out}, nil
}

// NewRequest builds a decryption request of total to the researcher's key target, naming
// the t vaults asked to decrypt together with the board.
func (c *Coordinator) NewRequest(id string, total *Ciphertext, target *PublicKey, vaults []PartyID, slots int) (*DecryptRequest, error) {
	return NewDecryptRequest(c.params, c.committee, id, total, target, vaults, slots)
}

// Combine checks that shares hold exactly one share from the board and one from each vault
// req names, all for req, and returns req.Ciphertext switched to req.Target (the same
// arithmetic as mhe.PublicKeySwitchProtocol's AggregateShares and KeySwitch: c0 plus the
// sum of the shares' first parts, and the sum of their second parts). Without the board's
// share it fails with ErrBoardShareMissing, with fewer than t vault shares with
// ErrNotEnoughVaults.
func (c *Coordinator) Combine(req *DecryptRequest, shares []*DecryptionShare) (*Ciphertext, error) {
	if err := req.validate(c.params, c.committee); err != nil {
		return nil, err
	}
	digest := req.Digest()
	named := map[PartyID]bool{}
	for _, v := range req.Vaults {
		named[v] = true
	}
	got := map[PartyID]bool{}
	for _, s := range shares {
		if err := s.check(c.params); err != nil {
			return nil, fmt.Errorf("he.Coordinator.Combine: %w", err)
		}
		if s.Request != digest {
			return nil, invalid("decryption share", "share from %q was made for another request", s.From)
		}
		if s.From != c.committee.Board && !named[s.From] {
			return nil, invalid("decryption share", "share from %q, who is not the board or a vault the request names", s.From)
		}
		if got[s.From] {
			return nil, invalid("decryption share", "two shares from %q", s.From)
		}
		got[s.From] = true
	}
	if !got[c.committee.Board] {
		return nil, fmt.Errorf("he.Coordinator.Combine: %w", ErrBoardShareMissing)
	}
	if len(got)-1 < len(req.Vaults) {
		return nil, fmt.Errorf("he.Coordinator.Combine: %d of the %d vault shares needed: %w", len(got)-1, len(req.Vaults), ErrNotEnoughVaults)
	}
	return c.params.keySwitch(req.Ciphertext, shares), nil
}

// keySwitch returns [c0 + sum(h0_i), sum(h1_i)].
func (p Params) keySwitch(ct *Ciphertext, shares []*DecryptionShare) *Ciphertext {
	out := p.newCiphertext()
	*out.MetaData = *ct.ct.MetaData
	ringQ := p.heint.RingQ()
	out.Value[0].Copy(ct.ct.Value[0])
	for _, s := range shares {
		ringQ.Add(out.Value[0], s.share.Value[0], out.Value[0])
		ringQ.Add(out.Value[1], s.share.Value[1], out.Value[1])
	}
	return &Ciphertext{params: p, ct: out}
}
