package compute

import (
	"crypto/rand"
	"fmt"

	"github.com/medmarket/medmarket/compute/he"
)

// HECommittee is the multiparty key setup of one deployment: the ethics board and the vaults
// each hold a share of the collective secret key (he.Party), the vaults' shares thresholdized
// so that the board and any Threshold of them decrypt together. In one process (serve, demo,
// bench) the key ceremony runs in memory at start: every message goes through its wire
// encoding, as between processes, but nothing is persisted, so the committee is re-keyed at
// every start and nothing encrypted outlives a run. The decryption ledgers that refuse a
// second decryption are persistent (DecryptionLedger).
type HECommittee struct {
	Params    he.Params
	Committee he.Committee
	PublicKey *he.PublicKey
	Board     *he.Party
	Vaults    map[he.PartyID]*he.Party
}

// KeyHolder is one party to the key ceremony: its id and its decryption ledger.
type KeyHolder struct {
	ID     he.PartyID
	Ledger he.Ledger
}

// NewHECommittee checks params (he.CheckSecurity; a set that fails it is refused) and runs
// the key ceremony for the board and the vaults, any threshold of which decrypt with the
// board.
func NewHECommittee(params he.Params, board KeyHolder, vaults []KeyHolder, threshold int) (*HECommittee, error) {
	if err := he.CheckSecurity(params); err != nil {
		return nil, fmt.Errorf("compute.NewHECommittee: refusing unsafe HE parameters: %w", err)
	}
	c := &HECommittee{Params: params, Vaults: map[he.PartyID]*he.Party{}}
	c.Committee = he.Committee{Board: board.ID, Threshold: threshold}
	for _, v := range vaults {
		c.Committee.Vaults = append(c.Committee.Vaults, v.ID)
	}
	if err := c.Committee.Validate(params.MaxParties()); err != nil {
		return nil, err
	}
	var err error
	if c.Board, err = he.NewParty(params, c.Committee, board.ID, board.Ledger); err != nil {
		return nil, err
	}
	for _, v := range vaults {
		if c.Vaults[v.ID], err = he.NewParty(params, c.Committee, v.ID, v.Ledger); err != nil {
			return nil, err
		}
	}
	seed := make([]byte, 32)
	if _, err := rand.Read(seed); err != nil {
		return nil, err
	}
	// The collective public key: every party contributes a share.
	var shares []*he.PublicKeyShare
	for _, p := range c.parties() {
		s, err := p.PublicKeyShare(seed)
		if err != nil {
			return nil, err
		}
		b, err := s.MarshalBinary()
		if err != nil {
			return nil, err
		}
		if s, err = he.ParsePublicKeyShare(params, b); err != nil {
			return nil, err
		}
		shares = append(shares, s)
	}
	if c.PublicKey, err = he.CombinePublicKey(params, c.Committee, seed, shares); err != nil {
		return nil, err
	}
	// Thresholdization among the vaults: each deals a Shamir share of its secret to every
	// vault (over a confidential channel between processes; in memory here).
	inbox := map[he.PartyID][]*he.ShamirShare{}
	for _, id := range c.Committee.Vaults {
		out, err := c.Vaults[id].ThresholdShares()
		if err != nil {
			return nil, err
		}
		for _, s := range out {
			b, err := s.MarshalBinary()
			if err != nil {
				return nil, err
			}
			if s, err = he.ParseShamirShare(params, b); err != nil {
				return nil, err
			}
			inbox[s.To] = append(inbox[s.To], s)
		}
	}
	for _, id := range c.Committee.Vaults {
		if err := c.Vaults[id].CompleteThreshold(inbox[id]); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (c *HECommittee) parties() []*he.Party {
	out := []*he.Party{c.Board}
	for _, id := range c.Committee.Vaults {
		out = append(out, c.Vaults[id])
	}
	return out
}
