package graphql

import (
	"context"
	"encoding/json"
	"strconv"

	gql "github.com/graph-gophers/graphql-go"

	"github.com/medmarket/medmarket/marketplace"
)

// Audit checks a study; anyone may ask.
func (r *Resolver) Audit(ctx context.Context, args struct{ StudyID gql.ID }) (*auditResolver, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return nil, edge(ctx, "audit", err)
	}
	a, err := r.svc.AuditStudy(ctx, id)
	if err != nil {
		return nil, edge(ctx, "audit", err)
	}
	return &auditResolver{a}, nil
}

type auditResolver struct{ a *marketplace.Audit }

func (a *auditResolver) StudyId() gql.ID          { return gql.ID(strconv.FormatUint(a.a.StudyID, 10)) }
func (a *auditResolver) Status() string           { return string(a.a.Status) }
func (a *auditResolver) Researcher() string       { return a.a.Researcher }
func (a *auditResolver) ProtocolHash() string     { return a.a.ProtocolHash }
func (a *auditResolver) ProtocolVerified() bool   { return a.a.ProtocolVerified }
func (a *auditResolver) EpsilonBudget() float64   { return a.a.Budget.Epsilon }
func (a *auditResolver) EpsilonSpent() float64    { return a.a.Budget.EpsilonSpent }
func (a *auditResolver) EpsilonReleased() float64 { return a.a.Budget.EpsilonReleased }
func (a *auditResolver) Consents() int32          { return int32(a.a.Consents) }
func (a *auditResolver) Problems() []string       { return a.a.Problems }
func (a *auditResolver) Ok() bool                 { return a.a.OK }
func (a *auditResolver) ApprovedBy() *string {
	if a.a.ApprovedBy == "" {
		return nil
	}
	return &a.a.ApprovedBy
}
func (a *auditResolver) Escrow() auditEscrow { return auditEscrow{a.a.Escrow} }
func (a *auditResolver) Releases() []auditRelease {
	out := make([]auditRelease, len(a.a.Releases))
	for i, r := range a.a.Releases {
		out[i] = auditRelease{r}
	}
	return out
}
func (a *auditResolver) Json() string {
	b, _ := json.MarshalIndent(a.a, "", "  ")
	return string(b)
}

type auditEscrow struct{ e marketplace.AuditEscrow }

func (e auditEscrow) Funded() string   { return e.e.Funded }
func (e auditEscrow) Paid() string     { return e.e.Paid }
func (e auditEscrow) Refunded() string { return e.e.Refunded }

type auditRelease struct{ r marketplace.AuditRelease }

func (r auditRelease) Query() string       { return r.r.Query }
func (r auditRelease) QueryHash() string   { return r.r.QueryHash }
func (r auditRelease) Epsilon() float64    { return r.r.Epsilon }
func (r auditRelease) ResultHash() string  { return r.r.ResultHash }
func (r auditRelease) PreRegistered() bool { return r.r.PreRegistered }
func (r auditRelease) Anchored() bool      { return r.r.Anchored }
func (r auditRelease) HashMatches() bool   { return r.r.HashMatches }

func (a *auditResolver) Timeline() []timelineResolver {
	out := make([]timelineResolver, len(a.a.Timeline))
	for i, e := range a.a.Timeline {
		out[i] = timelineResolver{e}
	}
	return out
}

type timelineResolver struct{ e marketplace.TimelineEntry }

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (t timelineResolver) Block() int32          { return int32(t.e.Block) }
func (t timelineResolver) Tx() string            { return t.e.Tx.Hex() }
func (t timelineResolver) Kind() string          { return t.e.Kind }
func (t timelineResolver) Account() *string      { return opt(t.e.Account) }
func (t timelineResolver) ProtocolHash() *string { return opt(t.e.ProtocolHash) }
func (t timelineResolver) Status() *string       { return opt(t.e.Status) }
func (t timelineResolver) QueryHash() *string    { return opt(t.e.QueryHash) }
func (t timelineResolver) ResultHash() *string   { return opt(t.e.ResultHash) }
func (t timelineResolver) Amount() *string       { return opt(t.e.Amount) }
func (t timelineResolver) Count() *int32 {
	if t.e.Count == 0 {
		return nil
	}
	c := int32(t.e.Count)
	return &c
}
func (t timelineResolver) Epsilon() *float64 {
	if t.e.Epsilon == 0 {
		return nil
	}
	return &t.e.Epsilon
}
