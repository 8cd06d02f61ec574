package he

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"math/big"
	"math/bits"
	"sync"
	"time"

	"github.com/tuneinsight/lattigo/v5/core/rlwe"
	"github.com/tuneinsight/lattigo/v5/he/heint"
	"github.com/tuneinsight/lattigo/v5/mhe"
	"github.com/tuneinsight/lattigo/v5/ring"
)

// Role is a party's place in the committee.
type Role int

const (
	// RoleBoard is the ethics board: its share is needed for every decryption, and its
	// decryption share always carries DP noise.
	RoleBoard Role = iota + 1
	// RoleVault is a vault: any Threshold of them decrypt together with the board.
	RoleVault
)

func (r Role) String() string {
	switch r {
	case RoleBoard:
		return "board"
	case RoleVault:
		return "vault"
	}
	return "unknown"
}

// Party is a key-share holder: the ethics board or a vault. It is the only type holding
// collective-key secret material. Methods are safe for concurrent use.
//
// Setup, for every party: NewParty, then PublicKeyShare (to whoever runs CombinePublicKey).
// Vaults also: ThresholdShares (one to each vault, privately), then CompleteThreshold with
// the shares received from every vault. Then DecryptShare for each request.
type Party struct {
	params    Params
	committee Committee
	id        PartyID
	role      Role
	point     mhe.ShamirPublicPoint
	ledger    Ledger

	mu       sync.Mutex
	sk       *rlwe.SecretKey        // board: s_B; vault: s_i (setup only, not persisted)
	poly     *mhe.ShamirPolynomial  // vault, between ThresholdShares and CompleteThreshold
	tsk      *mhe.ShamirSecretShare // vault: its Shamir share of s_V
	combiner *mhe.Combiner          // vault
	pcks     mhe.PublicKeySwitchProtocol
	encoder  *heint.Encoder
	buf      ring.Poly
}

// NewParty creates party id of committee with a fresh secret key share. ledger records the
// decryptions it takes part in (NewMemoryLedger for tests; persistent in production).
func NewParty(params Params, committee Committee, id PartyID, ledger Ledger) (*Party, error) {
	p, err := newParty(params, committee, id, ledger)
	if err != nil {
		return nil, err
	}
	p.sk = rlwe.NewKeyGenerator(params.heint).GenSecretKeyNew()
	return p, nil
}

func newParty(params Params, committee Committee, id PartyID, ledger Ledger) (*Party, error) {
	if !params.valid() {
		return nil, invalid("params", "no parameters")
	}
	if err := committee.Validate(params.MaxParties()); err != nil {
		return nil, err
	}
	if ledger == nil {
		return nil, invalid("ledger", "a party needs a decryption ledger")
	}
	p := &Party{params: params, committee: committee.clone(), id: id, ledger: ledger}
	switch {
	case id == committee.Board:
		p.role = RoleBoard
	case committee.point(id) != 0:
		p.role, p.point = RoleVault, committee.point(id)
		cmb := mhe.NewCombiner(*params.heint.GetRLWEParameters(), p.point, committee.points(), committee.Threshold)
		p.combiner = &cmb
	default:
		return nil, invalid("party", "%q is neither the board nor a vault of the committee", id)
	}
	var err error
	if p.pcks, err = mhe.NewPublicKeySwitchProtocol(params.heint, ring.DiscreteGaussian{Sigma: LattigoFloodSigma, Bound: 6 * LattigoFloodSigma}); err != nil {
		return nil, internal("NewParty", err)
	}
	p.encoder = heint.NewEncoder(params.heint)
	p.buf = params.heint.RingQ().NewPoly()
	return p, nil
}

// ID returns the party's id.
func (p *Party) ID() PartyID { return p.id }

// Role returns the party's role.
func (p *Party) Role() Role { return p.role }

// PublicKeyShare returns the party's share of the collective public key for the common
// reference string expanded from seed (the same seed for every party).
func (p *Party) PublicKeyShare(seed []byte) (*PublicKeyShare, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sk == nil {
		return nil, fmt.Errorf("he: %s has no setup secret (restored from state): %w", p.id, ErrSetupIncomplete)
	}
	ckg := mhe.NewPublicKeyGenProtocol(p.params.heint)
	c, err := crs(p.committee, seed, "ckg")
	if err != nil {
		return nil, err
	}
	crp := ckg.SampleCRP(c)
	share := ckg.AllocateShare()
	ckg.GenShare(p.sk, crp, &share)
	return &PublicKeyShare{From: p.id, params: p.params, committee: p.committee.Digest(), seed: sha256.Sum256(seed), share: share}, nil
}

// ThresholdShares (vaults only) Shamir-shares the vault's secret s_i with a random polynomial
// of degree Threshold-1 and returns one share for every vault of the committee, itself
// included. They are secret: deliver each only to its To.
func (p *Party) ThresholdShares() ([]*ShamirShare, error) {
	if p.role != RoleVault {
		return nil, invalid("party", "only vaults take part in thresholdization; the board's share is never split")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sk == nil {
		return nil, fmt.Errorf("he: %s has no setup secret: %w", p.id, ErrSetupIncomplete)
	}
	thr := mhe.NewThresholdizer(p.params.heint)
	poly, err := thr.GenShamirPolynomial(p.committee.Threshold, p.sk)
	if err != nil {
		return nil, internal("ThresholdShares", err)
	}
	p.poly = &poly
	cd := p.committee.Digest()
	out := make([]*ShamirShare, 0, len(p.committee.Vaults))
	for _, v := range p.committee.Vaults {
		s := thr.AllocateThresholdSecretShare()
		thr.GenShamirSecretShare(p.committee.point(v), poly, &s)
		out = append(out, &ShamirShare{From: p.id, To: v, params: p.params, committee: cd, share: s})
	}
	return out, nil
}

// CompleteThreshold (vaults only) aggregates the Shamir shares addressed to this vault, one
// from every vault of the committee (its own included), into its share of s_V.
func (p *Party) CompleteThreshold(shares []*ShamirShare) error {
	if p.role != RoleVault {
		return invalid("party", "only vaults take part in thresholdization")
	}
	cd := p.committee.Digest()
	got := map[PartyID]bool{}
	for _, s := range shares {
		if s == nil {
			return invalid("threshold key share", "nil share")
		}
		if s.params.fingerprint != p.params.fingerprint {
			return fmt.Errorf("he: threshold key share: %w", ErrParamsMismatch)
		}
		if s.To != p.id {
			return invalid("threshold key share", "share from %q is addressed to %q, not %q", s.From, s.To, p.id)
		}
		if s.committee != cd || p.committee.point(s.From) == 0 {
			return invalid("threshold key share", "share from %q is not from a vault of this committee", s.From)
		}
		if got[s.From] {
			return invalid("threshold key share", "two shares from %q", s.From)
		}
		got[s.From] = true
	}
	for _, v := range p.committee.Vaults {
		if !got[v] {
			return invalid("threshold key share", "missing the share from %q: every vault must deal", v)
		}
	}
	thr := mhe.NewThresholdizer(p.params.heint)
	agg := thr.AllocateThresholdSecretShare()
	for _, s := range shares {
		if err := thr.AggregateShares(agg, s.share, &agg); err != nil {
			return internal("CompleteThreshold", err)
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tsk = &agg
	p.poly = nil
	return nil
}

// DecryptShare returns this party's share of the public-key switch of req.Ciphertext to
// req.Target, after recording the ciphertext digest and request id in the ledger (a second
// request for either is refused with ErrAlreadyDecrypted).
//
// The caller must first check req.ID and req.Target against the approved study (see the
// package documentation): this method checks the request's form, not its authority.
//
// noise is a DP noise vector of req.Slots integers that is added to the decrypted total
// through this share. The board refuses without it (ErrNoNoise); pass zeros explicitly only
// when the total is not released (tests). A vault may pass nil. The DP layer calibrates it.
func (p *Party) DecryptShare(ctx context.Context, req *DecryptRequest, noise []int64) (*DecryptionShare, error) {
	if err := req.validate(p.params, p.committee); err != nil {
		return nil, err
	}
	switch p.role {
	case RoleBoard:
		if noise == nil {
			return nil, fmt.Errorf("he: %s: %w", p.id, ErrNoNoise)
		}
	case RoleVault:
		named := false
		for _, v := range req.Vaults {
			named = named || v == p.id
		}
		if !named {
			return nil, invalid("request", "vault %q is not among the vaults the request names", p.id)
		}
	}
	if noise != nil && len(noise) != req.Slots {
		return nil, invalid("noise", "%d noise values for %d slots", len(noise), req.Slots)
	}
	if err := p.params.checkVector("noise", noise); err != nil {
		return nil, err
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	var sk *rlwe.SecretKey
	switch p.role {
	case RoleBoard:
		if p.sk == nil {
			return nil, fmt.Errorf("he: %s: %w", p.id, ErrSetupIncomplete)
		}
		sk = p.sk
	case RoleVault:
		if p.tsk == nil {
			return nil, fmt.Errorf("he: %s has not completed thresholdization: %w", p.id, ErrSetupIncomplete)
		}
		active := make([]mhe.ShamirPublicPoint, len(req.Vaults))
		for i, v := range req.Vaults {
			active[i] = p.committee.point(v)
		}
		sk = rlwe.NewSecretKey(p.params.heint)
		if err := p.combiner.GenAdditiveShare(active, p.point, *p.tsk, sk); err != nil {
			return nil, fmt.Errorf("he: %s: %v: %w", p.id, err, ErrNotEnoughVaults)
		}
	}

	// Record before releasing anything: refuse by default.
	rec := DecryptionRecord{Party: p.id, Ciphertext: req.Ciphertext.Digest(), Request: req.ID, At: time.Now().UTC()}
	if err := p.ledger.Claim(ctx, rec); err != nil {
		return nil, fmt.Errorf("he.Party.DecryptShare: %w", err)
	}

	share := p.params.newPCKSShare()
	p.pcks.GenShare(sk, req.Target.pk, req.Ciphertext.ct, &share)
	if err := p.smudge(share.Value[0]); err != nil {
		return nil, err
	}
	if len(noise) > 0 {
		pt := heint.NewPlaintext(p.params.heint, p.params.heint.MaxLevel())
		if err := p.encoder.Encode(noise, pt); err != nil {
			return nil, internal("DecryptShare", err)
		}
		p.params.heint.RingQ().Add(share.Value[0], pt.Value, share.Value[0])
	}
	return &DecryptionShare{From: p.id, Request: req.Digest(), params: p.params, share: share}, nil
}

// smudge adds to c (NTT domain) a polynomial with coefficients drawn uniformly from
// [-2^k, 2^k) with crypto/rand, k = SmudgingBits. Caller holds p.mu.
func (p *Party) smudge(c ring.Poly) error {
	return addSmudging(p.params, c, p.buf)
}

func addSmudging(params Params, c, buf ring.Poly) error {
	k := uint(params.lit.SmudgingBits)
	n := params.heint.N()
	rnd := make([]byte, 16*n)
	if _, err := rand.Read(rnd); err != nil {
		return internal("smudge", err)
	}
	ringQ := params.heint.RingQ()
	// u is uniform in [0, 2^(k+1)); the noise is u - 2^k.
	var hiMask, loMask uint64
	if k+1 >= 64 {
		loMask, hiMask = ^uint64(0), (uint64(1)<<(k+1-64))-1
	} else {
		loMask = (uint64(1) << (k + 1)) - 1
	}
	offset := new(big.Int).Lsh(big.NewInt(1), k)
	for i, q := range params.heint.Q() {
		off := new(big.Int).Mod(offset, new(big.Int).SetUint64(q)).Uint64()
		coeffs := buf.Coeffs[i]
		for j := 0; j < n; j++ {
			b := rnd[16*j : 16*j+16]
			hi := beUint64(b[:8]) & hiMask
			lo := beUint64(b[8:]) & loMask
			r := bits.Rem64(hi, lo, q)
			if r >= off {
				coeffs[j] = r - off
			} else {
				coeffs[j] = r + q - off
			}
		}
	}
	ringQ.NTT(buf, buf)
	ringQ.Add(c, buf, c)
	clear(rnd)
	return nil
}

func beUint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 |
		uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
}

// MarshalBinary encodes the party's long-term secret (the board's s_B, or a vault's Shamir
// share) for storage. It is SECRET: encrypt it at rest (the vault's key-encryption key).
// A vault must have completed thresholdization; its setup secret s_i is not kept.
func (p *Party) MarshalBinary() ([]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var body []byte
	var err error
	switch p.role {
	case RoleBoard:
		body, err = p.sk.Value.MarshalBinary()
	case RoleVault:
		if p.tsk == nil {
			return nil, fmt.Errorf("he: %s has not completed thresholdization: %w", p.id, ErrSetupIncomplete)
		}
		body, err = p.tsk.MarshalBinary()
	}
	if err != nil {
		return nil, internal("Party.MarshalBinary", err)
	}
	cd := p.committee.Digest()
	return p.params.seal(envelope{kind: kindPartyState, fields: [][]byte{[]byte(p.id), cd[:], {byte(p.role)}}, body: body}), nil
}

// RestoreParty rebuilds a party from MarshalBinary's output, for the same params and committee.
func RestoreParty(params Params, committee Committee, data []byte, ledger Ledger) (*Party, error) {
	f, body, err := params.open(data, kindPartyState, 3)
	if err != nil {
		return nil, err
	}
	id, err := readID("party state", f[0])
	if err != nil {
		return nil, err
	}
	if cd, err := read32("party state", f[1]); err != nil {
		return nil, err
	} else if cd != committee.Digest() {
		return nil, invalid("party state", "saved for another committee")
	}
	p, err := newParty(params, committee, id, ledger)
	if err != nil {
		return nil, err
	}
	if len(f[2]) != 1 || Role(f[2][0]) != p.role {
		return nil, malformed("party state", "role does not match the committee")
	}
	// A secret key and a Shamir share have the same ringqp.Poly layout.
	share, err := params.parseShamirBody(body)
	if err != nil {
		return nil, err
	}
	switch p.role {
	case RoleBoard:
		p.sk = &rlwe.SecretKey{Value: share.Poly}
	case RoleVault:
		p.tsk = &share
	}
	return p, nil
}
