package graphql

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	gql "github.com/graph-gophers/graphql-go"

	"github.com/medmarket/medmarket/marketplace"
)

type viewerKey struct{}

// withViewer returns ctx carrying the signed-in session.
func withViewer(ctx context.Context, s *marketplace.Session) context.Context {
	return context.WithValue(ctx, viewerKey{}, s)
}

// viewer returns the session of the request, or nil.
func viewer(ctx context.Context) *marketplace.Session {
	s, _ := ctx.Value(viewerKey{}).(*marketplace.Session)
	return s
}

// requireViewer returns the session or an EUNAUTHORIZED error, logging the refusal.
func requireViewer(ctx context.Context, action string) (*marketplace.Session, error) {
	if s := viewer(ctx); s != nil {
		return s, nil
	}
	err := marketplace.Errorf(marketplace.EUNAUTHORIZED, "%s needs a session: sign in first", action)
	marketplace.Refused(ctx, nil, action, err)
	return nil, edge(ctx, action, err)
}

// bearer extracts the token of an "Authorization: Bearer TOKEN" header.
func bearer(h string) string {
	if t, ok := strings.CutPrefix(h, "Bearer "); ok {
		return strings.TrimSpace(t)
	}
	return ""
}

// SignInChallenge returns a message to sign.
func (r *Resolver) SignInChallenge(ctx context.Context, args struct{ Address string }) (string, error) {
	a, err := marketplace.ParseAddress("address", args.Address)
	if err != nil {
		return "", edge(ctx, "signInChallenge", err)
	}
	msg, err := r.sessions.Challenge(ctx, a)
	if err != nil {
		return "", edge(ctx, "signInChallenge", err)
	}
	return msg, nil
}

type signInResolver struct{ s *marketplace.Session }

func (s signInResolver) Token() string   { return s.s.Token }
func (s signInResolver) Address() string { return s.s.Address.Hex() }
func (s signInResolver) Expires() string { return s.s.Expires.UTC().Format(time.RFC3339) }

// SignIn opens a session.
func (r *Resolver) SignIn(ctx context.Context, args struct{ Message, Signature string }) (*signInResolver, error) {
	sig, err := marketplace.ParseSignature("signature", args.Signature)
	if err != nil {
		return nil, edge(ctx, "signIn", err)
	}
	s, err := r.sessions.SignIn(ctx, args.Message, sig)
	if err != nil {
		marketplace.Refused(ctx, nil, "signIn", err)
		return nil, edge(ctx, "signIn", err)
	}
	return &signInResolver{s}, nil
}

// SignOut ends the session.
func (r *Resolver) SignOut(ctx context.Context) (bool, error) {
	s, err := requireViewer(ctx, "signOut")
	if err != nil {
		return false, err
	}
	if err := r.sessions.SignOut(ctx, s.Token); err != nil {
		return false, edge(ctx, "signOut", err)
	}
	return true, nil
}

type viewerResolver struct {
	s     *marketplace.Session
	roles []string
}

func (v viewerResolver) Address() string { return v.s.Address.Hex() }
func (v viewerResolver) Roles() []string { return v.roles }
func (v viewerResolver) Expires() string { return v.s.Expires.UTC().Format(time.RFC3339) }

// Me returns the signed-in account with its on-chain roles.
func (r *Resolver) Me(ctx context.Context) (*viewerResolver, error) {
	s := viewer(ctx)
	if s == nil {
		return nil, nil
	}
	roles := []string{}
	board, err := r.svc.Ledger.IsEthicsBoard(ctx, s.Address)
	if err != nil {
		return nil, edge(ctx, "me", err)
	}
	if board {
		roles = append(roles, "ETHICS_BOARD")
	}
	return &viewerResolver{s, roles}, nil
}

type draftResolver struct{ d *marketplace.Draft }

func (d draftResolver) ID() gql.ID      { return gql.ID(strconv.FormatUint(d.d.ID, 10)) }
func (d draftResolver) Owner() string   { return d.d.Owner.Hex() }
func (d draftResolver) Updated() string { return d.d.Updated.UTC().Format(time.RFC3339) }
func (d draftResolver) Title() *string {
	if d.d.Protocol == nil || d.d.Protocol.Title == "" {
		return nil
	}
	return &d.d.Protocol.Title
}
func (d draftResolver) Document() string {
	b, _ := json.Marshal(d.d.Protocol)
	return string(b)
}

// SaveDraft stores a draft for the signed-in researcher.
func (r *Resolver) SaveDraft(ctx context.Context, args struct {
	ID    *gql.ID
	Input StudyInput
}) (*draftResolver, error) {
	s, err := requireViewer(ctx, "saveDraft")
	if err != nil {
		return nil, err
	}
	var id uint64
	if args.ID != nil {
		if id, err = parseID("id", *args.ID); err != nil {
			return nil, edge(ctx, "saveDraft", err)
		}
	}
	d, err := r.svc.SaveDraft(ctx, s.Address, id, args.Input.draft())
	if err != nil {
		return nil, edge(ctx, "saveDraft", err)
	}
	return &draftResolver{d}, nil
}

// Drafts lists the signed-in researcher's drafts.
func (r *Resolver) Drafts(ctx context.Context) ([]*draftResolver, error) {
	s, err := requireViewer(ctx, "drafts")
	if err != nil {
		return nil, err
	}
	list, err := r.svc.MyDrafts(ctx, s.Address)
	if err != nil {
		return nil, edge(ctx, "drafts", err)
	}
	out := make([]*draftResolver, len(list))
	for i, d := range list {
		out[i] = &draftResolver{d}
	}
	return out, nil
}

// Draft returns one of the signed-in researcher's drafts.
func (r *Resolver) Draft(ctx context.Context, args struct{ ID gql.ID }) (*draftResolver, error) {
	s, err := requireViewer(ctx, "draft")
	if err != nil {
		return nil, err
	}
	id, err := parseID("id", args.ID)
	if err != nil {
		return nil, edge(ctx, "draft", err)
	}
	d, err := r.svc.DraftFor(ctx, s.Address, id)
	if err != nil {
		return nil, edge(ctx, "draft", err)
	}
	return &draftResolver{d}, nil
}
