package marketplace

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// ActionRequestChanges is the off-chain request an ethics board signs to ask for changes.
const ActionRequestChanges = "requestChanges"

// Limits on review text.
const (
	MaxRationale  = 5000
	MaxConditions = 20
)

// ReviewItem is one protocol version waiting for an ethics board.
type ReviewItem struct {
	Study     *Study
	Previous  *Protocol // the version it amends, when it is an amendment
	Decisions []*Decision
}

func (s *Service) requireBoard(ctx context.Context, who Address, action string) error {
	ok, err := s.Ledger.IsEthicsBoard(ctx, who)
	if err != nil {
		return err
	}
	if !ok {
		err := Errorf(EFORBIDDEN, "%s is for ethics boards; %s does not hold the ETHICS_BOARD role", action, who.Hex())
		Refused(ctx, &who, action, err)
		return err
	}
	return nil
}

// ReviewQueue lists the studies waiting for review (new registrations and amendments), oldest
// first, for an ethics board.
func (s *Service) ReviewQueue(ctx context.Context, board Address) ([]*ReviewItem, error) {
	if err := s.requireBoard(ctx, board, "reviewQueue"); err != nil {
		return nil, err
	}
	n, err := s.Ledger.StudyCount(ctx)
	if err != nil {
		return nil, err
	}
	var out []*ReviewItem
	for id := uint64(1); id <= n; id++ {
		st, err := s.study(ctx, id, true)
		if err != nil {
			return nil, err
		}
		if st.Status != StatusRegistered {
			continue
		}
		item := &ReviewItem{Study: st}
		if st.Protocol != nil && st.Protocol.Amends != "" {
			if h, err := ParseHash("amends", st.Protocol.Amends); err == nil {
				if p, err := s.protocol(ctx, h); err == nil {
					item.Previous = p
				}
			}
		}
		if s.Decisions != nil {
			if item.Decisions, err = s.Decisions.Decisions(ctx, id); err != nil {
				return nil, err
			}
		}
		out = append(out, item)
	}
	return out, nil
}

// Review is an ethics board's decision on exactly one protocol version.
type Review struct {
	StudyID      uint64
	ProtocolHash Hash
	Outcome      string // DecisionApprove, DecisionReject or DecisionChanges
	Rationale    string
	Conditions   []string
}

// ReviewStudy records a board's decision. Approvals and rejections go on chain, bound to the
// protocol hash and authorised by the board's Approve/Reject signature; a request for changes
// is off chain, authorised by a signed Request(action "requestChanges"). The rationale and
// conditions are kept with the decision.
func (s *Service) ReviewStudy(ctx context.Context, r Review, auth Auth) (*Study, error) {
	if strings.TrimSpace(r.Rationale) == "" && r.Outcome != DecisionApprove {
		return nil, FieldError("rationale", "is required to reject or to ask for changes")
	}
	if len(r.Rationale) > MaxRationale {
		return nil, FieldError("rationale", "must be at most %d characters", MaxRationale)
	}
	if len(r.Conditions) > MaxConditions {
		return nil, FieldError("conditions", "at most %d", MaxConditions)
	}
	for i, c := range r.Conditions {
		if strings.TrimSpace(c) == "" || len(c) > 1000 {
			return nil, FieldError(fmt.Sprintf("conditions[%d]", i), "must be 1 to 1000 characters")
		}
	}
	board := auth.Signer
	switch r.Outcome {
	case DecisionApprove:
		if err := s.Ledger.ApproveStudy(ctx, r.StudyID, r.ProtocolHash, auth); err != nil {
			return nil, fmt.Errorf("marketplace.ReviewStudy: %w", err)
		}
		s.publish(ctx, r.StudyID, EventApproved)
	case DecisionReject:
		if err := s.Ledger.RejectStudy(ctx, r.StudyID, r.ProtocolHash, auth); err != nil {
			return nil, fmt.Errorf("marketplace.ReviewStudy: %w", err)
		}
		s.publish(ctx, r.StudyID, EventRejected)
	case DecisionChanges:
		signer, err := s.verifyRequest(ActionRequestChanges, r.StudyID, auth)
		if err != nil {
			return nil, err
		}
		if err := s.requireBoard(ctx, signer, ActionRequestChanges); err != nil {
			return nil, err
		}
		st, err := s.study(ctx, r.StudyID, true)
		if err != nil {
			return nil, err
		}
		if st.Status != StatusRegistered || st.ProtocolHash != r.ProtocolHash {
			return nil, Errorf(ECONFLICT, "study %d is not waiting for review of protocol %s", r.StudyID, r.ProtocolHash.Hex())
		}
		board = signer
		s.publish(ctx, r.StudyID, EventChangesRequested)
	default:
		return nil, FieldError("outcome", "must be APPROVE, REJECT or REQUEST_CHANGES")
	}
	if s.Decisions != nil {
		d := &Decision{StudyID: r.StudyID, ProtocolHash: r.ProtocolHash, Board: board, Outcome: r.Outcome,
			Rationale: strings.TrimSpace(r.Rationale), Conditions: r.Conditions, At: s.now().UTC()}
		if err := s.Decisions.PutDecision(ctx, d); err != nil {
			return nil, fmt.Errorf("marketplace.ReviewStudy: %w", err)
		}
	}
	return s.Study(ctx, r.StudyID)
}

// AmendStudy registers a new version of a study's protocol on its researcher's Amend
// signature; the study goes back to review. Budget, reward and cap are fixed on chain at
// registration and approval, so an amendment may not change them.
func (s *Service) AmendStudy(ctx context.Context, id uint64, p *Protocol, auth Auth) (*Study, error) {
	st, err := s.study(ctx, id, true)
	if err != nil {
		return nil, err
	}
	if st.Protocol == nil {
		return nil, Errorf(EINTERNAL, "protocol document of study %d is missing", id)
	}
	if auth.Signer != st.Researcher {
		return nil, Errorf(EFORBIDDEN, "only the study's researcher amends study %d", id)
	}
	if err := s.Protocols.CheckAmendment(st.Protocol, p); err != nil {
		return nil, err
	}
	prev := st.Protocol
	switch {
	case p.Budget != prev.Budget:
		return nil, FieldError("budget", "is fixed on chain; an amendment keeps epsilon %g and delta %g", prev.Budget.Epsilon, prev.Budget.Delta)
	case p.RewardPerParticipant == nil || p.RewardPerParticipant.Cmp(prev.RewardPerParticipant) != 0:
		return nil, FieldError("rewardPerParticipant", "is fixed on chain; an amendment keeps %s", prev.RewardPerParticipant)
	case p.ParticipantCap != prev.ParticipantCap:
		return nil, FieldError("participantCap", "is fixed on chain; an amendment keeps %d", prev.ParticipantCap)
	case p.Mode != prev.Mode:
		return nil, FieldError("mode", "is fixed for a study")
	}
	prep, err := s.PrepareStudy(p)
	if err != nil {
		return nil, err
	}
	if err := s.Docs.Put(ctx, prep.Hash, prep.Canonical); err != nil {
		return nil, fmt.Errorf("marketplace.AmendStudy: %w", err)
	}
	if err := s.Ledger.AmendStudy(ctx, id, prep.Hash, auth); err != nil {
		return nil, fmt.Errorf("marketplace.AmendStudy: %w", err)
	}
	s.publish(ctx, id, EventAmended)
	return s.Study(ctx, id)
}

// SuspendStudy suspends (or reinstates) a study on an ethics board's signature; while
// suspended nothing is recruited or computed.
func (s *Service) SuspendStudy(ctx context.Context, id uint64, suspend bool, auth Auth) (*Study, error) {
	if err := s.Ledger.SuspendStudy(ctx, id, suspend, auth); err != nil {
		return nil, fmt.Errorf("marketplace.SuspendStudy: %w", err)
	}
	s.publish(ctx, id, EventSuspended)
	return s.Study(ctx, id)
}

// SetEthicsBoard grants or revokes the ETHICS_BOARD role, for a signed-in operator admin.
func (s *Service) SetEthicsBoard(ctx context.Context, admin, addr Address, grant bool) error {
	if !slices.Contains(s.Admins, admin) {
		err := Errorf(EFORBIDDEN, "%s is not an operator admin", admin.Hex())
		Refused(ctx, &admin, "setEthicsBoard", err)
		return err
	}
	if grant {
		return s.Ledger.AddEthicsBoard(ctx, addr)
	}
	return s.Ledger.RemoveEthicsBoard(ctx, addr)
}
