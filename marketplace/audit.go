package marketplace

import (
	"context"
	"fmt"
	"math/big"
)

// Audit is what anyone can check about a study without trusting the operator: the stored
// protocol against the hash on chain, every release against the registered plan and the
// result hash anchored on chain, and the budget and escrow figures.
type Audit struct {
	StudyID          uint64          `json:"studyId"`
	Status           StudyStatus     `json:"status"`
	Researcher       string          `json:"researcher"`
	ApprovedBy       string          `json:"approvedBy,omitempty"`
	ProtocolHash     string          `json:"protocolHash"`
	ProtocolVerified bool            `json:"protocolVerified"`
	Budget           AuditBudget     `json:"budget"`
	Releases         []AuditRelease  `json:"releases"`
	Consents         uint32          `json:"consents"`
	Escrow           AuditEscrow     `json:"escrow"`
	Timeline         []TimelineEntry `json:"timeline"`
	Problems         []string        `json:"problems"`
	OK               bool            `json:"ok"`
}

// AuditBudget compares the budget on chain with what the releases account for.
type AuditBudget struct {
	Epsilon         float64 `json:"epsilon"`
	EpsilonSpent    float64 `json:"epsilonSpent"`    // debited on chain
	EpsilonReleased float64 `json:"epsilonReleased"` // sum over the released answers
}

// AuditRelease is one release with its checks.
type AuditRelease struct {
	Query         string  `json:"query"`
	QueryHash     string  `json:"queryHash"`
	Epsilon       float64 `json:"epsilon"`
	ResultHash    string  `json:"resultHash"`
	PreRegistered bool    `json:"preRegistered"` // the query is in the approved plan, unchanged
	Anchored      bool    `json:"anchored"`      // the chain holds this result hash for the query
	HashMatches   bool    `json:"hashMatches"`   // the stored value hashes to the result hash
}

// AuditEscrow holds the study's escrow figures (token base units, decimal).
type AuditEscrow struct {
	Funded   string `json:"funded"`
	Paid     string `json:"paid"`
	Refunded string `json:"refunded"`
}

// AuditStudy checks a study. A failed check is reported in Problems, not as an error: an
// error means the audit itself could not run.
func (s *Service) AuditStudy(ctx context.Context, id uint64) (*Audit, error) {
	st, err := s.Ledger.Study(ctx, id)
	if err != nil {
		return nil, err
	}
	a := &Audit{
		StudyID: id, Status: st.Status, Researcher: st.Researcher.Hex(), ProtocolHash: st.ProtocolHash.Hex(),
		Consents: st.Consents, Releases: []AuditRelease{}, Problems: []string{},
		Budget: AuditBudget{Epsilon: float64(st.EpsilonBudget) / EpsilonScale, EpsilonSpent: float64(st.EpsilonSpent) / EpsilonScale},
		Escrow: AuditEscrow{Funded: dec(st.Funded), Paid: dec(st.Paid), Refunded: dec(st.Refunded)},
	}
	if !st.ApprovedBy.IsZero() {
		a.ApprovedBy = st.ApprovedBy.Hex()
	}
	problem := func(format string, args ...any) { a.Problems = append(a.Problems, fmt.Sprintf(format, args...)) }

	// 1. The stored protocol is the one on chain.
	var p *Protocol
	doc, err := s.Docs.Get(ctx, st.ProtocolHash)
	switch {
	case ErrorCode(err) == ENOTFOUND:
		problem("the protocol document %s is not in the store", st.ProtocolHash.Hex())
	case err != nil:
		problem("the stored protocol document does not match the on-chain hash %s", st.ProtocolHash.Hex())
	case s.Protocols.Hash(doc) != st.ProtocolHash:
		problem("the stored protocol document does not match the on-chain hash %s", st.ProtocolHash.Hex())
	default:
		if p, err = s.Protocols.Parse(doc); err != nil {
			problem("the stored protocol document does not parse: %s", ErrorMessage(err))
		} else {
			a.ProtocolVerified = true
		}
	}

	// 2. Every release answers a pre-registered query and is anchored on chain.
	rels, err := s.Releases.Releases(ctx, id)
	if err != nil {
		return nil, err
	}
	var released uint64
	for _, r := range rels {
		if !r.Released {
			continue
		}
		ar := AuditRelease{Query: r.QueryID, QueryHash: r.QueryHash.Hex(), Epsilon: r.Epsilon, ResultHash: r.ResultHash.Hex()}
		if p != nil {
			if q := p.Query(r.QueryID); q != nil && s.Protocols.QueryHash(id, q) == r.QueryHash && q.Epsilon == r.Epsilon {
				ar.PreRegistered = true
			}
		}
		if !ar.PreRegistered {
			problem("release %s does not answer a query of the registered plan", r.QueryID)
		}
		ar.HashMatches = ResultHash(r) == r.ResultHash
		if !ar.HashMatches {
			problem("release %s no longer hashes to its result hash", r.QueryID)
		}
		spent, anchored, err := s.Ledger.Spent(ctx, id, r.QueryHash)
		if err != nil {
			return nil, err
		}
		ar.Anchored = spent && anchored == r.ResultHash
		if !ar.Anchored {
			problem("release %s is not anchored on chain with its result hash", r.QueryID)
		}
		released += EpsilonUnits(r.Epsilon)
		a.Releases = append(a.Releases, ar)
	}
	a.Budget.EpsilonReleased = float64(released) / EpsilonScale
	if released != st.EpsilonSpent {
		problem("the chain debited epsilon %g but the releases account for %g", a.Budget.EpsilonSpent, a.Budget.EpsilonReleased)
	}
	if st.EpsilonSpent > st.EpsilonBudget {
		problem("the study spent more than its budget")
	}

	// 3. The chain's own history: every release event must be one the store knows.
	if src, ok := s.Ledger.(TimelineSource); ok {
		if a.Timeline, err = src.Timeline(ctx, id); err != nil {
			return nil, err
		}
		known := map[string]string{}
		for _, r := range a.Releases {
			known[r.QueryHash] = r.ResultHash
		}
		for _, e := range a.Timeline {
			if e.Kind == "RELEASE" && known[e.QueryHash] != e.ResultHash {
				problem("the chain records a release of query %s that the store does not hold", e.QueryHash)
			}
		}
	}

	// 4. Escrow adds up.
	if st.Funded != nil && st.Paid != nil && st.Refunded != nil && new(big.Int).Add(st.Paid, st.Refunded).Cmp(st.Funded) > 0 {
		problem("the escrow paid and refunded more than it was funded")
	}
	a.OK = len(a.Problems) == 0
	return a, nil
}

func dec(b *big.Int) string {
	if b == nil {
		return "0"
	}
	return b.String()
}

// TimelineEntry is one on-chain fact about a study, from the contracts' events.
type TimelineEntry struct {
	Block        uint64  `json:"block"`
	Tx           Hash    `json:"tx"`
	Kind         string  `json:"kind"` // REGISTERED, AMENDED, APPROVED, REJECTED, STATUS, BUDGET_FIXED, FUNDED, CONSENTS, REVOCATIONS, RELEASE, PAID, REFUNDED
	Account      string  `json:"account,omitempty"`
	ProtocolHash string  `json:"protocolHash,omitempty"`
	Status       string  `json:"status,omitempty"`
	Count        int     `json:"count,omitempty"` // consents, revocations or payees in the transaction
	Epsilon      float64 `json:"epsilon,omitempty"`
	QueryHash    string  `json:"queryHash,omitempty"`
	ResultHash   string  `json:"resultHash,omitempty"`
	Amount       string  `json:"amount,omitempty"`
}

// TimelineSource reads a study's on-chain history (the chain package implements it from its
// event index).
type TimelineSource interface {
	Timeline(ctx context.Context, studyID uint64) ([]TimelineEntry, error)
}
