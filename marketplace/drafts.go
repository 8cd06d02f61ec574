package marketplace

import (
	"context"
	"log/slog"
)

// Refused logs an access that was refused: who (a pseudonymous address or nothing), what and
// why. It never logs inputs, so no personal data reaches the log.
func Refused(ctx context.Context, who *Address, action string, err error) {
	attrs := []any{"action", action, "code", ErrorCode(err)}
	if who != nil {
		attrs = append(attrs, "account", who.Hex())
	}
	slog.WarnContext(ctx, "access refused", attrs...)
}

// SaveDraft stores a protocol draft for the signed-in owner (new when id is 0).
func (s *Service) SaveDraft(ctx context.Context, owner Address, id uint64, p *Protocol) (*Draft, error) {
	d := &Draft{ID: id, Owner: owner, Protocol: p, Updated: s.now().UTC()}
	nid, err := s.Drafts.SaveDraft(ctx, d)
	if err != nil {
		if ErrorCode(err) == EFORBIDDEN {
			Refused(ctx, &owner, "saveDraft", err)
		}
		return nil, err
	}
	d.ID = nid
	return d, nil
}

// MyDrafts lists the owner's drafts.
func (s *Service) MyDrafts(ctx context.Context, owner Address) ([]*Draft, error) {
	return s.Drafts.Drafts(ctx, owner)
}

// DraftFor returns a draft to its owner; anyone else gets EFORBIDDEN, and the refusal is
// logged.
func (s *Service) DraftFor(ctx context.Context, viewer Address, id uint64) (*Draft, error) {
	d, err := s.Drafts.Draft(ctx, id)
	if err != nil {
		return nil, err
	}
	if d.Owner != viewer {
		err := Errorf(EFORBIDDEN, "draft %d is private to its researcher", id)
		Refused(ctx, &viewer, "draft", err)
		return nil, err
	}
	return d, nil
}

// CanSeeResults reports whether viewer may see a study's released values: its researcher and
// ethics boards may; everyone else sees each release's query, cost and anchored hash only.
func (s *Service) CanSeeResults(ctx context.Context, viewer *Address, st *Study) (bool, error) {
	if viewer == nil {
		return false, nil
	}
	if *viewer == st.Researcher {
		return true, nil
	}
	return s.Ledger.IsEthicsBoard(ctx, *viewer)
}
