package graphql

import (
	"context"
	"time"

	gql "github.com/graph-gophers/graphql-go"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// ReviewQueue lists the protocol versions waiting for an ethics board.
func (r *Resolver) ReviewQueue(ctx context.Context) ([]*reviewItemResolver, error) {
	s, err := requireViewer(ctx, "reviewQueue")
	if err != nil {
		return nil, err
	}
	items, err := r.svc.ReviewQueue(ctx, s.Address)
	if err != nil {
		return nil, edge(ctx, "reviewQueue", err)
	}
	out := make([]*reviewItemResolver, len(items))
	for i, it := range items {
		out[i] = &reviewItemResolver{it: it, r: r}
	}
	return out, nil
}

type reviewItemResolver struct {
	it *marketplace.ReviewItem
	r  *Resolver
}

func (i *reviewItemResolver) Study() *studyResolver { return &studyResolver{s: i.it.Study, r: i.r} }
func (i *reviewItemResolver) changes() []studies.Change {
	if i.it.Previous == nil || i.it.Study.Protocol == nil {
		return nil
	}
	return studies.Diff(i.it.Previous, i.it.Study.Protocol)
}
func (i *reviewItemResolver) AmendmentDiff() *[]changeResolver {
	if i.it.Previous == nil {
		return nil
	}
	var out []changeResolver
	for _, c := range i.changes() {
		out = append(out, changeResolver{c})
	}
	return &out
}
func (i *reviewItemResolver) AmendmentDiffText() *string {
	if i.it.Previous == nil {
		return nil
	}
	t := studies.FormatDiff(i.changes())
	return &t
}
func (i *reviewItemResolver) Decisions() []decisionResolver { return decisionResolvers(i.it.Decisions) }

type changeResolver struct{ c studies.Change }

func (c changeResolver) Path() string { return c.c.Path }
func (c changeResolver) Old() string  { return c.c.Old }
func (c changeResolver) New() string  { return c.c.New }

type decisionResolver struct{ d *marketplace.Decision }

func decisionResolvers(ds []*marketplace.Decision) []decisionResolver {
	out := make([]decisionResolver, len(ds))
	for i, d := range ds {
		out[i] = decisionResolver{d}
	}
	return out
}

func (d decisionResolver) ProtocolHash() string { return d.d.ProtocolHash.Hex() }
func (d decisionResolver) Board() string        { return d.d.Board.Hex() }
func (d decisionResolver) Outcome() string      { return d.d.Outcome }
func (d decisionResolver) Rationale() string    { return d.d.Rationale }
func (d decisionResolver) At() string           { return d.d.At.UTC().Format(time.RFC3339) }
func (d decisionResolver) Conditions() []string {
	if d.d.Conditions == nil {
		return []string{}
	}
	return d.d.Conditions
}

// Decisions lists a study's review decisions.
func (s *studyResolver) Decisions(ctx context.Context) ([]decisionResolver, error) {
	if s.r.svc.Decisions == nil {
		return []decisionResolver{}, nil
	}
	ds, err := s.r.svc.Decisions.Decisions(ctx, s.s.ID)
	if err != nil {
		return nil, edge(ctx, "decisions", err)
	}
	return decisionResolvers(ds), nil
}

// ReviewStudy records an ethics board's decision.
func (r *Resolver) ReviewStudy(ctx context.Context, args struct {
	StudyID      gql.ID
	ProtocolHash string
	Outcome      string
	Rationale    *string
	Conditions   *[]string
	Auth         AuthInput
}) (*studyResolver, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return nil, edge(ctx, "reviewStudy", err)
	}
	h, err := marketplace.ParseHash("protocolHash", args.ProtocolHash)
	if err != nil {
		return nil, edge(ctx, "reviewStudy", err)
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return nil, edge(ctx, "reviewStudy", err)
	}
	st, err := r.svc.ReviewStudy(ctx, marketplace.Review{StudyID: id, ProtocolHash: h, Outcome: args.Outcome,
		Rationale: str(args.Rationale), Conditions: list(args.Conditions)}, auth)
	if err != nil {
		return nil, edge(ctx, "reviewStudy", err)
	}
	return &studyResolver{s: st, r: r}, nil
}

// AmendStudy registers a new protocol version.
func (r *Resolver) AmendStudy(ctx context.Context, args struct {
	StudyID gql.ID
	Input   StudyInput
	Auth    AuthInput
}) (*studyResolver, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return nil, edge(ctx, "amendStudy", err)
	}
	p, err := args.Input.protocol()
	if err != nil {
		return nil, edge(ctx, "amendStudy", err)
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return nil, edge(ctx, "amendStudy", err)
	}
	st, err := r.svc.AmendStudy(ctx, id, p, auth)
	if err != nil {
		return nil, edge(ctx, "amendStudy", err)
	}
	return &studyResolver{s: st, r: r}, nil
}

// SuspendStudy suspends or reinstates a study.
func (r *Resolver) SuspendStudy(ctx context.Context, args struct {
	StudyID gql.ID
	Suspend bool
	Auth    AuthInput
}) (*studyResolver, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return nil, edge(ctx, "suspendStudy", err)
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return nil, edge(ctx, "suspendStudy", err)
	}
	st, err := r.svc.SuspendStudy(ctx, id, args.Suspend, auth)
	if err != nil {
		return nil, edge(ctx, "suspendStudy", err)
	}
	return &studyResolver{s: st, r: r}, nil
}

// SetEthicsBoard grants or revokes the ethics board role, for operator admins.
func (r *Resolver) SetEthicsBoard(ctx context.Context, args struct {
	Address string
	Grant   bool
}) (bool, error) {
	s, err := requireViewer(ctx, "setEthicsBoard")
	if err != nil {
		return false, err
	}
	a, err := marketplace.ParseAddress("address", args.Address)
	if err != nil {
		return false, edge(ctx, "setEthicsBoard", err)
	}
	if err := r.svc.SetEthicsBoard(ctx, s.Address, a, args.Grant); err != nil {
		return false, edge(ctx, "setEthicsBoard", err)
	}
	return true, nil
}
