package marketplace

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"
)

// Request actions verified off chain.
const (
	ActionRunAnalysis = "runAnalysis"
	ActionFaucet      = "faucet"
)

// payBatch bounds the recipients of one payout transaction.
const payBatch = 100

// Service drives the study flow: post, fund, approve, opt in, revoke, analyse, release, pay,
// close. It holds no state of its own beyond per-study locks; everything lives in the ledger,
// the stores and the vault.
type Service struct {
	Ledger    Ledger
	Requests  Requests
	Protocols Protocols
	Docs      DocumentStore
	Releases  ReleaseStore
	Vault     Vault
	// Queue carries analyses to the compute coordinator (compute.Runtime): RunAnalysis
	// enqueues a JobAnalysis and waits for it.
	Queue  Queue
	Drafts DraftStore
	Events Events // optional: study events for subscribers
	// AccessLogs, optional, lets patients read their access log through the API.
	AccessLogs AccessLogs
	// Decisions keeps ethics review rationales and conditions.
	Decisions DecisionStore
	// Admins are the operator's accounts allowed to manage ethics board roles.
	Admins []Address
	// FaucetAmount, when non-nil, lets any signed-in account mint this many reward tokens for
	// itself once per request (development chains only).
	FaucetAmount *big.Int
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// CacheTTL bounds the staleness of cached public reads (0 = DefaultCacheTTL, negative =
	// no cache).
	CacheTTL time.Duration

	mu    sync.Mutex
	locks map[uint64]*sync.Mutex
	used  map[[65]byte]uint64 // off-chain request signatures seen, with their deadlines
	reads *readCache
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) studyLock(id uint64) *sync.Mutex {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.locks == nil {
		s.locks = map[uint64]*sync.Mutex{}
	}
	l, ok := s.locks[id]
	if !ok {
		l = &sync.Mutex{}
		s.locks[id] = l
	}
	return l
}

// Prepared is a protocol made ready to sign: its canonical document, hash and the registration
// the researcher signs.
type Prepared struct {
	Canonical    []byte
	Hash         Hash
	Registration Registration
}

// PrepareStudy validates a protocol and returns what the researcher must sign to post it.
func (s *Service) PrepareStudy(p *Protocol) (*Prepared, error) {
	doc, err := s.Protocols.Canonical(p)
	if err != nil {
		return nil, err
	}
	h := s.Protocols.Hash(doc)
	return &Prepared{Canonical: doc, Hash: h, Registration: Registration{
		ProtocolHash:         h,
		EpsilonBudget:        EpsilonUnits(p.Budget.Epsilon),
		DeltaBudget:          DeltaUnits(p.Budget.Delta),
		RewardPerParticipant: new(big.Int).Set(p.RewardPerParticipant),
		ParticipantCap:       p.ParticipantCap,
	}}, nil
}

// MaxResultKey bounds the size of a researcher's HE result key document.
const MaxResultKey = 4 << 20

// RegisterResultKey stores a researcher's homomorphic-encryption public key (its wire
// encoding) in the document store, content-addressed, and returns its hash: the value of an
// HE_DP protocol's ResultKey. The key is public; the compute side parses and checks it when a
// study uses it. Registering the same key twice is a no-op.
func (s *Service) RegisterResultKey(ctx context.Context, key []byte) (Hash, error) {
	if len(key) == 0 || len(key) > MaxResultKey {
		return Hash{}, FieldError("resultKey", "must be 1 byte to %d MiB", MaxResultKey>>20)
	}
	h := Hash(sha256.Sum256(key))
	if err := s.Docs.Put(ctx, h, key); err != nil {
		return Hash{}, fmt.Errorf("marketplace.RegisterResultKey: %w", err)
	}
	return h, nil
}

// PostStudy validates and stores a protocol and registers its hash on chain for the signer.
// An HE_DP protocol's result key must have been registered (RegisterResultKey) first.
func (s *Service) PostStudy(ctx context.Context, p *Protocol, auth Auth) (*Study, error) {
	prep, err := s.PrepareStudy(p)
	if err != nil {
		return nil, err
	}
	if p.Mode == ModeHEDP {
		h, _ := ParseHash("resultKey", p.ResultKey)
		if _, err := s.Docs.Get(ctx, h); ErrorCode(err) == ENOTFOUND {
			return nil, FieldError("resultKey", "no key with this hash is registered; register the researcher's HE public key first")
		} else if err != nil {
			return nil, err
		}
	}
	if err := s.Docs.Put(ctx, prep.Hash, prep.Canonical); err != nil {
		return nil, fmt.Errorf("marketplace.PostStudy: %w", err)
	}
	id, err := s.Ledger.RegisterStudy(ctx, prep.Registration, auth)
	if err != nil {
		return nil, fmt.Errorf("marketplace.PostStudy: %w", err)
	}
	s.publish(ctx, id, EventRegistered)
	return s.Study(ctx, id)
}

// Study returns a study's on-chain record with its stored protocol, from the read cache when
// fresh enough (see CacheTTL).
func (s *Service) Study(ctx context.Context, id uint64) (*Study, error) {
	return s.study(ctx, id, false)
}

// study reads a study; fresh bypasses the cache, as every decision of the flow does.
func (s *Service) study(ctx context.Context, id uint64, fresh bool) (*Study, error) {
	st, err := s.chainStudy(ctx, id, fresh)
	if err != nil {
		return nil, err
	}
	if p, err := s.protocol(ctx, st.ProtocolHash); err == nil {
		st.Protocol = p
	} else if ErrorCode(err) != ENOTFOUND && ErrorCode(err) != EINVALID {
		return nil, err
	}
	return st, nil
}

// Studies lists up to limit studies with ids below before (0 = from the newest), newest
// first, with the total number registered.
func (s *Service) Studies(ctx context.Context, before uint64, limit int) ([]*Study, uint64, error) {
	n, err := s.studyCount(ctx)
	if err != nil {
		return nil, 0, err
	}
	start := n
	if before != 0 && before-1 < n {
		start = before - 1
	}
	var out []*Study
	for id := start; id >= 1 && len(out) < limit; id-- {
		st, err := s.Study(ctx, id)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, st)
	}
	return out, n, nil
}

// FundStudy escrows amount reward tokens (reward x cap when amount is nil) from the researcher.
func (s *Service) FundStudy(ctx context.Context, id uint64, amount *big.Int, auth Auth) (*Study, error) {
	st, err := s.study(ctx, id, true)
	if err != nil {
		return nil, err
	}
	if auth.Signer != st.Researcher {
		return nil, Errorf(EFORBIDDEN, "only the study's researcher funds study %d", id)
	}
	if amount == nil {
		amount = new(big.Int).Mul(st.RewardPerParticipant, big.NewInt(int64(st.ParticipantCap)))
	}
	if amount.Sign() <= 0 {
		return nil, FieldError("amount", "must be greater than 0")
	}
	if err := s.Ledger.FundStudy(ctx, id, amount, auth); err != nil {
		return nil, fmt.Errorf("marketplace.FundStudy: %w", err)
	}
	s.publish(ctx, id, EventFunded)
	return s.Study(ctx, id)
}

// ApproveStudy records an ethics board's approval of the study's exact protocol hash.
func (s *Service) ApproveStudy(ctx context.Context, id uint64, protocolHash Hash, auth Auth) (*Study, error) {
	if err := s.Ledger.ApproveStudy(ctx, id, protocolHash, auth); err != nil {
		return nil, fmt.Errorf("marketplace.ApproveStudy: %w", err)
	}
	s.publish(ctx, id, EventApproved)
	return s.Study(ctx, id)
}

// OptIn links the patient's pseudonymous study address to their vault record and records
// their signed consent on chain. The link is made first, so a consent on chain always has a
// record behind it; a link without a valid consent is never read.
func (s *Service) OptIn(ctx context.Context, c Consent, auth Auth, patientRef string) error {
	st, err := s.Ledger.Study(ctx, c.StudyID)
	if err != nil {
		return err
	}
	if st.Status != StatusRecruiting {
		return Errorf(EFORBIDDEN, "study %d is %s, not open for consent", c.StudyID, st.Status)
	}
	if auth.Signer != c.Participant {
		return Errorf(EUNAUTHORIZED, "consent must be signed by the participant address")
	}
	if c.Expiry <= uint64(s.now().Unix()) {
		return FieldError("expiry", "must be in the future")
	}
	if err := s.Vault.Enroll(ctx, patientRef, c.StudyID, c.Participant); err != nil {
		return fmt.Errorf("marketplace.OptIn: %w", err)
	}
	if err := s.Ledger.GrantConsent(ctx, c, auth); err != nil {
		return fmt.Errorf("marketplace.OptIn: %w", err)
	}
	s.publish(ctx, c.StudyID, EventConsent)
	return nil
}

// RevokeConsent records a patient's signed revocation; every later computation excludes them.
func (s *Service) RevokeConsent(ctx context.Context, id uint64, participant Address, auth Auth) error {
	if err := s.Ledger.RevokeConsent(ctx, id, participant, auth); err != nil {
		return fmt.Errorf("marketplace.RevokeConsent: %w", err)
	}
	s.publish(ctx, id, EventRevoked)
	return nil
}

// verifyRequest checks an off-chain request signature and refuses its replay.
func (s *Service) verifyRequest(action string, id uint64, auth Auth) (Address, error) {
	if auth.Deadline > uint64(s.now().Add(time.Hour).Unix()) {
		return Address{}, FieldError("deadline", "must be within one hour for %s", action)
	}
	signer, err := s.Requests.VerifyRequest(action, id, auth)
	if err != nil {
		return Address{}, err
	}
	var key [65]byte
	copy(key[:], auth.Signature)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.used == nil {
		s.used = map[[65]byte]uint64{}
	}
	now := uint64(s.now().Unix())
	for k, d := range s.used {
		if d < now {
			delete(s.used, k)
		}
	}
	if _, seen := s.used[key]; seen {
		return Address{}, Errorf(ECONFLICT, "this signed %s request was already used", action)
	}
	s.used[key] = auth.Deadline
	return signer, nil
}

// Analysis is the outcome of running a study's analysis plan.
type Analysis struct {
	Releases []*Release
	Payout   Payout
}

// RunAnalysis answers every query of an approved study's plan, on its researcher's signed
// request. The queries that have no answer yet are computed by one analysis job on the
// compute queue, which stores each answer as pending; each answer's privacy cost is then
// debited on chain before it is released. A query that was released before returns that same
// release. The budget is checked before anything is computed: a plan whose pending queries
// would overspend it fails with EBUDGET, with nothing computed or spent. Every participant
// the computation read is then paid the study's reward once.
func (s *Service) RunAnalysis(ctx context.Context, id uint64, auth Auth) (*Analysis, error) {
	signer, err := s.verifyRequest(ActionRunAnalysis, id, auth)
	if err != nil {
		return nil, err
	}
	st, err := s.study(ctx, id, true)
	if err != nil {
		return nil, err
	}
	if signer != st.Researcher {
		return nil, Errorf(EFORBIDDEN, "only the study's researcher runs its analysis")
	}
	if !st.Status.Analysable() {
		return nil, Errorf(EFORBIDDEN, "study %d is %s; only approved studies are analysed", id, st.Status)
	}
	if st.Protocol == nil {
		return nil, Errorf(EINTERNAL, "protocol document of study %d is missing", id)
	}
	lock := s.studyLock(id)
	lock.Lock()
	defer lock.Unlock()

	if err := s.compute(ctx, st); err != nil {
		return nil, fmt.Errorf("marketplace.RunAnalysis: %w", err)
	}
	out := &Analysis{}
	for i := range st.Protocol.Plan {
		r, err := s.release(ctx, st, &st.Protocol.Plan[i])
		if err != nil {
			return nil, fmt.Errorf("marketplace.RunAnalysis: query %s: %w", st.Protocol.Plan[i].ID, err)
		}
		out.Releases = append(out.Releases, r)
	}
	s.publish(ctx, id, EventReleased)
	p, err := s.pay(ctx, st, out.Releases)
	if err != nil {
		return nil, fmt.Errorf("marketplace.RunAnalysis: payout: %w", err)
	}
	out.Payout = p
	if p.Recipients > 0 {
		s.publish(ctx, id, EventPaid)
	}
	return out, nil
}

// compute checks that the study's budget covers every query not yet debited and runs one
// analysis job for the queries that have no stored answer.
func (s *Service) compute(ctx context.Context, st *Study) error {
	var unreleased []string
	var eps, delta uint64
	for i := range st.Protocol.Plan {
		q := &st.Protocol.Plan[i]
		r, err := s.Releases.GetRelease(ctx, st.ID, q.ID)
		if err != nil {
			return err
		}
		if r != nil && r.Released {
			continue
		}
		spent, _, err := s.Ledger.Spent(ctx, st.ID, s.Protocols.QueryHash(st.ID, q))
		if err != nil {
			return err
		}
		if spent {
			continue
		}
		eps += EpsilonUnits(q.Epsilon)
		delta += DeltaUnits(q.Delta)
		if r == nil {
			unreleased = append(unreleased, q.ID)
		}
	}
	if eps > st.EpsilonBudget-min(st.EpsilonSpent, st.EpsilonBudget) || delta > st.DeltaBudget-min(st.DeltaSpent, st.DeltaBudget) {
		return Errorf(EBUDGET, "the study's remaining privacy budget does not cover its pending queries; nothing was computed")
	}
	if len(unreleased) == 0 {
		return nil
	}
	if s.Queue == nil {
		return Errorf(EINTERNAL, "no compute queue is configured")
	}
	var nonce [8]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return err
	}
	job := Job{ID: fmt.Sprintf("analysis/%d/%x", st.ID, nonce), Kind: JobAnalysis, StudyID: st.ID, Queries: unreleased}
	if err := s.Queue.Enqueue(ctx, TopicAnalysis, job); err != nil {
		return err
	}
	res, err := s.Queue.Wait(ctx, job.ID)
	if err != nil {
		return err
	}
	return res.Err()
}

// release returns the query's release, debiting it first if it is still pending. The answer
// was stored as pending by the analysis job before the chain is asked to debit it, so a crash
// between the two never produces fresh noise for the same query.
func (s *Service) release(ctx context.Context, st *Study, q *Query) (*Release, error) {
	r, err := s.Releases.GetRelease(ctx, st.ID, q.ID)
	if err != nil {
		return nil, err
	}
	qh := s.Protocols.QueryHash(st.ID, q)
	if r == nil {
		return nil, Errorf(EINTERNAL, "the analysis stored no answer for query %s", q.ID)
	}
	if r.QueryHash != qh {
		return nil, Errorf(EINTERNAL, "the stored answer of query %s is for another query", q.ID)
	}
	if r.Released {
		return r, nil
	}
	spent, anchored, err := s.Ledger.Spent(ctx, st.ID, qh)
	if err != nil {
		return nil, err
	}
	switch {
	case spent && anchored != r.ResultHash:
		return nil, Errorf(EINTERNAL, "release of query %s does not match its anchored hash", q.ID)
	case !spent:
		if err := s.Ledger.SpendBudget(ctx, st.ID, qh, EpsilonUnits(r.Epsilon), DeltaUnits(r.Delta), r.ResultHash); err != nil {
			return nil, err
		}
	}
	r.Released = true
	if err := s.Releases.PutRelease(ctx, r); err != nil {
		return nil, err
	}
	return r, nil
}

// ResultHash is the SHA-256 of a release's canonical JSON: the study, the query, its hash, the
// released value (or values, suppression flags and, in HE_DP mode, the ciphertext it points
// into) and its privacy cost. The fields added after value and delta are omitted when empty,
// so the hash of a scalar DP release is what it always was.
func ResultHash(r *Release) Hash {
	b, _ := json.Marshal(struct {
		StudyID        uint64           `json:"studyId"`
		QueryID        string           `json:"query"`
		QueryHash      Hash             `json:"queryHash"`
		Value          float64          `json:"value"`
		Epsilon        float64          `json:"epsilon"`
		Delta          float64          `json:"delta"`
		Values         []float64        `json:"values,omitempty"`
		Suppressed     bool             `json:"suppressed,omitempty"`
		SuppressedBins []int            `json:"suppressedBins,omitempty"`
		Encrypted      *EncryptedResult `json:"encrypted,omitempty"`
	}{r.StudyID, r.QueryID, r.QueryHash, r.Value, r.Epsilon, r.Delta, r.Values, r.Suppressed, r.SuppressedBins, r.Encrypted})
	return sha256.Sum256(b)
}

// pay pays, once, every participant that a release read and who still holds a valid consent.
func (s *Service) pay(ctx context.Context, st *Study, releases []*Release) (Payout, error) {
	seen := map[Address]bool{}
	var all []Address
	for _, r := range releases {
		for _, a := range r.Included {
			if !seen[a] {
				seen[a] = true
				all = append(all, a)
			}
		}
	}
	sort.Slice(all, func(i, j int) bool { return string(all[i][:]) < string(all[j][:]) })
	out := Payout{PerParticipant: new(big.Int).Set(st.RewardPerParticipant), Total: new(big.Int)}
	for start := 0; start < len(all); start += payBatch {
		chunk := all[start:min(start+payBatch, len(all))]
		paid, err := s.Ledger.Paid(ctx, st.ID, chunk)
		if err != nil {
			return out, err
		}
		valid, err := s.Ledger.ConsentValid(ctx, st.ID, chunk)
		if err != nil {
			return out, err
		}
		var due []Address
		for i, a := range chunk {
			if !paid[i] && valid[i] {
				due = append(due, a)
			}
		}
		if len(due) == 0 {
			continue
		}
		if err := s.Ledger.Pay(ctx, st.ID, due); err != nil {
			return out, err
		}
		out.Recipients += len(due)
		out.Total.Add(out.Total, new(big.Int).Mul(out.PerParticipant, big.NewInt(int64(len(due)))))
	}
	return out, nil
}

// CloseStudy closes a study on its researcher's signature and refunds the unpaid escrow.
func (s *Service) CloseStudy(ctx context.Context, id uint64, auth Auth) (*big.Int, error) {
	refunded, err := s.Ledger.CloseStudy(ctx, id, auth)
	if err != nil {
		return nil, fmt.Errorf("marketplace.CloseStudy: %w", err)
	}
	s.publish(ctx, id, EventClosed)
	return refunded, nil
}

// ReleasesOf lists the released answers of a study (pending ones are not shown).
func (s *Service) ReleasesOf(ctx context.Context, id uint64) ([]*Release, error) {
	all, err := s.Releases.Releases(ctx, id)
	if err != nil {
		return nil, err
	}
	var out []*Release
	for _, r := range all {
		if r.Released {
			out = append(out, r)
		}
	}
	return out, nil
}

// Faucet mints FaucetAmount reward tokens to the request's signer, on development chains.
func (s *Service) Faucet(ctx context.Context, auth Auth) (*big.Int, error) {
	if s.FaucetAmount == nil {
		return nil, Errorf(EFORBIDDEN, "the faucet is only open on a development chain")
	}
	signer, err := s.verifyRequest(ActionFaucet, 0, auth)
	if err != nil {
		return nil, err
	}
	if err := s.Ledger.Mint(ctx, signer, s.FaucetAmount); err != nil {
		return nil, fmt.Errorf("marketplace.Faucet: %w", err)
	}
	return s.Ledger.Balance(ctx, signer)
}
