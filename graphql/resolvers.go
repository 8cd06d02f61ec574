package graphql

import (
	"context"
	"encoding/base64"
	"math/big"
	"strconv"
	"strings"
	"time"

	gql "github.com/graph-gophers/graphql-go"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// Resolver is the root resolver.
type Resolver struct {
	svc      *marketplace.Service
	sessions *marketplace.Sessions
}

// AuthInput mirrors the schema's AuthInput.
type AuthInput struct {
	Signer, Nonce, Deadline, Signature string
}

func (a AuthInput) auth() (marketplace.Auth, error) {
	var out marketplace.Auth
	var err error
	if out.Signer, err = marketplace.ParseAddress("auth.signer", a.Signer); err != nil {
		return out, err
	}
	if out.Nonce, err = strconv.ParseUint(a.Nonce, 10, 64); err != nil {
		return out, marketplace.FieldError("auth.nonce", "must be a decimal integer")
	}
	if out.Deadline, err = strconv.ParseUint(a.Deadline, 10, 64); err != nil {
		return out, marketplace.FieldError("auth.deadline", "must be decimal unix seconds")
	}
	if out.Signature, err = marketplace.ParseSignature("auth.signature", a.Signature); err != nil {
		return out, err
	}
	return out, nil
}

func parseID(field string, id gql.ID) (uint64, error) {
	n, err := strconv.ParseUint(string(id), 10, 64)
	if err != nil || n == 0 {
		return 0, marketplace.FieldError(field, "must be a study id (a positive integer)")
	}
	return n, nil
}

func parseAmount(field, s string) (*big.Int, error) {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() < 0 || n.BitLen() > 256 {
		return nil, marketplace.FieldError(field, "must be a non-negative decimal integer")
	}
	return n, nil
}

// StudyInput mirrors the schema's StudyInput; every field is optional in the schema so that
// the domain's validation names what is missing.
type StudyInput struct {
	Title, Summary, Sponsor *string
	DataUse                 *[]string
	Eligibility             *struct {
		MinAge, MaxAge *int32
		Sex            *string
		Conditions     *[]string
	}
	Plan *[]struct {
		ID, Aggregate, Field *string
		Lower, Upper         *float64
		Epsilon              *float64
		Noise                *string
		Delta                *float64
		Quantiles            *[]float64
		Bins                 *int32
		Filter               *filterInput
	}
	Budget *struct {
		Epsilon, Delta *float64
	}
	Mode                 *string
	ResultKey            *string
	RewardPerParticipant *string
	ParticipantCap       *int32

	ProtocolVersion, ScientificTitle, Acronym *string
	SecondarySponsors, FundingSources         *[]string
	SecondaryIds                              *[]marketplace.SecondaryID
	PublicContact, ScientificContact          *contactInput
	Conditions                                *[]conditionInput
	Keywords, Countries                       *[]string
	Design                                    *struct{ Model, TimePerspective, Description *string }
	StartDate, EndDate                        *string
	TargetSampleSize                          *int32
	PrimaryOutcomes, SecondaryOutcomes        *[]outcomeInput
	EthicsReview                              *struct {
		Committee, ApprovalDate, Reference, Email *string
		Status                                    string
	}
	DataSharing, Amends, AmendmentReason *string
}

type contactInput struct {
	Name, Email string
	Affiliation *string
}

func (c *contactInput) contact() marketplace.Contact {
	if c == nil {
		return marketplace.Contact{}
	}
	return marketplace.Contact{Name: c.Name, Affiliation: str(c.Affiliation), Email: c.Email}
}

type conditionInput struct {
	System, Code *string
	Text         string
}

type outcomeInput struct {
	Measure, TimeFrame string
	Queries            *[]string
}

func list[T any](p *[]T) []T {
	if p == nil {
		return nil
	}
	return *p
}

func outcomes(in *[]outcomeInput) []marketplace.Outcome {
	var out []marketplace.Outcome
	for _, o := range list(in) {
		out = append(out, marketplace.Outcome{Measure: o.Measure, TimeFrame: o.TimeFrame, Queries: list(o.Queries)})
	}
	return out
}

// registration copies the WHO registration items.
func (in *StudyInput) registration(p *marketplace.Protocol) {
	p.ProtocolVersion, p.ScientificTitle, p.Acronym = str(in.ProtocolVersion), str(in.ScientificTitle), str(in.Acronym)
	p.SecondarySponsors, p.FundingSources = list(in.SecondarySponsors), list(in.FundingSources)
	p.SecondaryIDs = list(in.SecondaryIds)
	p.PublicContact, p.ScientificContact = in.PublicContact.contact(), in.ScientificContact.contact()
	for _, c := range list(in.Conditions) {
		p.Conditions = append(p.Conditions, marketplace.Condition{System: str(c.System), Code: str(c.Code), Text: c.Text})
	}
	p.Keywords, p.Countries = list(in.Keywords), list(in.Countries)
	if d := in.Design; d != nil {
		p.Design = marketplace.Design{Model: str(d.Model), TimePerspective: str(d.TimePerspective), Description: str(d.Description)}
	}
	p.StartDate, p.EndDate = str(in.StartDate), str(in.EndDate)
	if in.TargetSampleSize != nil && *in.TargetSampleSize > 0 {
		p.TargetSampleSize = uint32(*in.TargetSampleSize)
	}
	p.PrimaryOutcomes, p.SecondaryOutcomes = outcomes(in.PrimaryOutcomes), outcomes(in.SecondaryOutcomes)
	if e := in.EthicsReview; e != nil {
		p.EthicsReview = marketplace.EthicsReview{Committee: str(e.Committee), Status: e.Status, ApprovalDate: str(e.ApprovalDate), Reference: str(e.Reference), Email: str(e.Email)}
	}
	p.DataSharing, p.Amends, p.AmendmentReason = str(in.DataSharing), str(in.Amends), str(in.AmendmentReason)
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func num[T int32 | float64](p *T) T {
	if p == nil {
		return 0
	}
	return *p
}

// draft converts what the input holds, without requiring anything: drafts may be partial.
func (in *StudyInput) draft() *marketplace.Protocol {
	p := &marketplace.Protocol{
		Title: str(in.Title), Summary: str(in.Summary), Sponsor: str(in.Sponsor),
		Mode: marketplace.Mode(str(in.Mode)), ResultKey: str(in.ResultKey),
	}
	if in.DataUse != nil {
		p.DataUse = *in.DataUse
	}
	if e := in.Eligibility; e != nil {
		p.Eligibility = marketplace.Eligibility{MinAge: int(num(e.MinAge)), MaxAge: int(num(e.MaxAge)), Sex: str(e.Sex)}
		if e.Conditions != nil {
			p.Eligibility.Conditions = *e.Conditions
		}
	}
	if in.Plan != nil {
		for _, q := range *in.Plan {
			mq := marketplace.Query{ID: str(q.ID), Aggregate: str(q.Aggregate), Field: str(q.Field),
				Lower: num(q.Lower), Upper: num(q.Upper), Epsilon: num(q.Epsilon),
				Noise: str(q.Noise), Delta: num(q.Delta), Filter: q.Filter.filter()}
			if q.Quantiles != nil {
				mq.Quantiles = *q.Quantiles
			}
			if q.Bins != nil {
				mq.Bins = int(*q.Bins)
			}
			p.Plan = append(p.Plan, mq)
		}
	}
	if in.Budget != nil {
		p.Budget = marketplace.Budget{Epsilon: num(in.Budget.Epsilon), Delta: num(in.Budget.Delta)}
	}
	if in.RewardPerParticipant != nil {
		if r, ok := new(big.Int).SetString(*in.RewardPerParticipant, 10); ok {
			p.RewardPerParticipant = r
		}
	}
	if in.ParticipantCap != nil && *in.ParticipantCap > 0 {
		p.ParticipantCap = uint32(*in.ParticipantCap)
	}
	in.registration(p)
	return p
}

// protocol converts the input for registration: the fields the domain cannot default must be
// present (the domain's validation then names anything else at fault).
func (in *StudyInput) protocol() (*marketplace.Protocol, error) {
	switch {
	case in.Eligibility == nil:
		return nil, marketplace.FieldError("eligibility", "is required")
	case in.Budget == nil || in.Budget.Epsilon == nil:
		return nil, marketplace.FieldError("budget.epsilon", "is required")
	case in.RewardPerParticipant == nil:
		return nil, marketplace.FieldError("rewardPerParticipant", "is required")
	case in.ParticipantCap == nil || *in.ParticipantCap <= 0:
		return nil, marketplace.FieldError("participantCap", "must be a positive integer")
	}
	if _, err := parseAmount("rewardPerParticipant", *in.RewardPerParticipant); err != nil {
		return nil, err
	}
	return in.draft(), nil
}

// ---- queries

// Studies lists studies as a Relay connection.
func (r *Resolver) Studies(ctx context.Context, args struct {
	First int32
	After *string
}) (*studyConnection, error) {
	if args.First < 1 || args.First > 100 {
		return nil, edge(ctx, "studies", marketplace.FieldError("first", "must be between 1 and 100"))
	}
	var before uint64
	if args.After != nil {
		id, err := decodeCursor(*args.After)
		if err != nil {
			return nil, edge(ctx, "studies", err)
		}
		before = id
	}
	list, total, err := r.svc.Studies(ctx, before, int(args.First)+1)
	if err != nil {
		return nil, edge(ctx, "studies", err)
	}
	c := &studyConnection{total: total}
	if len(list) > int(args.First) {
		c.more, list = true, list[:args.First]
	}
	for _, s := range list {
		c.edges = append(c.edges, &studyEdge{&studyResolver{s: s, r: r}})
	}
	return c, nil
}

const cursorPrefix = "study:"

func encodeCursor(id uint64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.FormatUint(id, 10)))
}

func decodeCursor(c string) (uint64, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		if rest, ok := strings.CutPrefix(string(b), cursorPrefix); ok {
			if id, err := strconv.ParseUint(rest, 10, 64); err == nil && id > 0 {
				return id, nil
			}
		}
	}
	return 0, marketplace.FieldError("after", "is not a cursor this API issued")
}

type studyConnection struct {
	edges []*studyEdge
	more  bool
	total uint64
}

func (c *studyConnection) Edges() []*studyEdge { return c.edges }
func (c *studyConnection) TotalCount() int32   { return int32(c.total) }
func (c *studyConnection) PageInfo() pageInfo {
	p := pageInfo{more: c.more}
	if n := len(c.edges); n > 0 {
		cur := encodeCursor(c.edges[n-1].node.s.ID)
		p.end = &cur
	}
	return p
}

type studyEdge struct{ node *studyResolver }

func (e *studyEdge) Cursor() string       { return encodeCursor(e.node.s.ID) }
func (e *studyEdge) Node() *studyResolver { return e.node }

type pageInfo struct {
	more bool
	end  *string
}

func (p pageInfo) HasNextPage() bool  { return p.more }
func (p pageInfo) EndCursor() *string { return p.end }

// Study returns one study or null.
func (r *Resolver) Study(ctx context.Context, args struct{ ID gql.ID }) (*studyResolver, error) {
	id, err := parseID("id", args.ID)
	if err != nil {
		return nil, edge(ctx, "study", err)
	}
	s, err := r.svc.Study(ctx, id)
	if marketplace.ErrorCode(err) == marketplace.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, edge(ctx, "study", err)
	}
	return &studyResolver{s: s, r: r}, nil
}

// Releases lists a study's released answers.
func (r *Resolver) Releases(ctx context.Context, args struct{ StudyID gql.ID }) ([]*releaseResolver, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return nil, edge(ctx, "releases", err)
	}
	st, err := r.svc.Ledger.Study(ctx, id)
	if err != nil {
		return nil, edge(ctx, "releases", err)
	}
	var who *marketplace.Address
	if v := viewer(ctx); v != nil {
		who = &v.Address
	}
	visible, err := r.svc.CanSeeResults(ctx, who, st)
	if err != nil {
		return nil, edge(ctx, "releases", err)
	}
	list, err := r.svc.ReleasesOf(ctx, id)
	if err != nil {
		return nil, edge(ctx, "releases", err)
	}
	out := releaseResolvers(list)
	for _, rr := range out {
		rr.hidden = !visible
	}
	return out, nil
}

func releaseResolvers(list []*marketplace.Release) []*releaseResolver {
	out := make([]*releaseResolver, len(list))
	for i, rel := range list {
		out[i] = &releaseResolver{r: rel}
	}
	return out
}

// Balance returns an account's token balance.
func (r *Resolver) Balance(ctx context.Context, args struct{ Address string }) (string, error) {
	a, err := marketplace.ParseAddress("address", args.Address)
	if err != nil {
		return "", edge(ctx, "balance", err)
	}
	b, err := r.svc.Ledger.Balance(ctx, a)
	if err != nil {
		return "", edge(ctx, "balance", err)
	}
	return b.String(), nil
}

type noncesResolver struct{ n marketplace.Nonces }

func (n noncesResolver) Registry() string { return strconv.FormatUint(n.n.Registry, 10) }
func (n noncesResolver) Consent() string  { return strconv.FormatUint(n.n.Consent, 10) }
func (n noncesResolver) Token() string    { return strconv.FormatUint(n.n.Token, 10) }

// Nonces returns an account's signature nonces.
func (r *Resolver) Nonces(ctx context.Context, args struct{ Address string }) (*noncesResolver, error) {
	a, err := marketplace.ParseAddress("address", args.Address)
	if err != nil {
		return nil, edge(ctx, "nonces", err)
	}
	n, err := r.svc.Ledger.Nonces(ctx, a)
	if err != nil {
		return nil, edge(ctx, "nonces", err)
	}
	return &noncesResolver{n}, nil
}

type domainResolver struct{ d marketplace.SigningDomain }

func (d domainResolver) ChainId() string         { return strconv.FormatUint(d.d.ChainID, 10) }
func (d domainResolver) RewardToken() string     { return d.d.RewardToken.Hex() }
func (d domainResolver) StudyRegistry() string   { return d.d.StudyRegistry.Hex() }
func (d domainResolver) ConsentRegistry() string { return d.d.ConsentRegistry.Hex() }
func (d domainResolver) StudyEscrow() string     { return d.d.StudyEscrow.Hex() }

// SigningDomain returns what clients sign against.
func (r *Resolver) SigningDomain() domainResolver { return domainResolver{r.svc.Ledger.Domain()} }

type preparedResolver struct{ p *marketplace.Prepared }

func (p preparedResolver) ProtocolHash() string     { return p.p.Hash.Hex() }
func (p preparedResolver) ProtocolDocument() string { return string(p.p.Canonical) }
func (p preparedResolver) EpsilonBudget() string {
	return strconv.FormatUint(p.p.Registration.EpsilonBudget, 10)
}
func (p preparedResolver) DeltaBudget() string {
	return strconv.FormatUint(p.p.Registration.DeltaBudget, 10)
}
func (p preparedResolver) RewardPerParticipant() string {
	return p.p.Registration.RewardPerParticipant.String()
}
func (p preparedResolver) ParticipantCap() int32 { return int32(p.p.Registration.ParticipantCap) }

// PrepareStudy validates a protocol and returns what to sign.
func (r *Resolver) PrepareStudy(ctx context.Context, args struct{ Input StudyInput }) (*preparedResolver, error) {
	p, err := args.Input.protocol()
	if err != nil {
		return nil, edge(ctx, "prepareStudy", err)
	}
	prep, err := r.svc.PrepareStudy(p)
	if err != nil {
		return nil, edge(ctx, "prepareStudy", err)
	}
	return &preparedResolver{prep}, nil
}

// ---- mutations

// PostStudy stores and registers a study.
func (r *Resolver) PostStudy(ctx context.Context, args struct {
	Input StudyInput
	Auth  AuthInput
}) (*studyResolver, error) {
	p, err := args.Input.protocol()
	if err != nil {
		return nil, edge(ctx, "postStudy", err)
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return nil, edge(ctx, "postStudy", err)
	}
	s, err := r.svc.PostStudy(ctx, p, auth)
	if err != nil {
		return nil, edge(ctx, "postStudy", err)
	}
	return &studyResolver{s: s, r: r}, nil
}

// FundStudy escrows a study's rewards.
func (r *Resolver) FundStudy(ctx context.Context, args struct {
	StudyID gql.ID
	Amount  *string
	Auth    AuthInput
}) (*studyResolver, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return nil, edge(ctx, "fundStudy", err)
	}
	var amount *big.Int
	if args.Amount != nil {
		if amount, err = parseAmount("amount", *args.Amount); err != nil {
			return nil, edge(ctx, "fundStudy", err)
		}
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return nil, edge(ctx, "fundStudy", err)
	}
	s, err := r.svc.FundStudy(ctx, id, amount, auth)
	if err != nil {
		return nil, edge(ctx, "fundStudy", err)
	}
	return &studyResolver{s: s, r: r}, nil
}

// ApproveStudy records an ethics board approval.
func (r *Resolver) ApproveStudy(ctx context.Context, args struct {
	StudyID      gql.ID
	ProtocolHash string
	Auth         AuthInput
}) (*studyResolver, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return nil, edge(ctx, "approveStudy", err)
	}
	h, err := marketplace.ParseHash("protocolHash", args.ProtocolHash)
	if err != nil {
		return nil, edge(ctx, "approveStudy", err)
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return nil, edge(ctx, "approveStudy", err)
	}
	s, err := r.svc.ApproveStudy(ctx, id, h, auth)
	if err != nil {
		return nil, edge(ctx, "approveStudy", err)
	}
	return &studyResolver{s: s, r: r}, nil
}

// ConsentInput mirrors the schema's ConsentInput.
type ConsentInput struct {
	StudyID     gql.ID
	Participant string
	Scope       string
	Expiry      string
}

// OptIn records a consent.
func (r *Resolver) OptIn(ctx context.Context, args struct {
	Consent    ConsentInput
	PatientRef string
	Auth       AuthInput
}) (bool, error) {
	c, err := args.Consent.consent()
	if err != nil {
		return false, edge(ctx, "optIn", err)
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return false, edge(ctx, "optIn", err)
	}
	if err := r.svc.OptIn(ctx, c, auth, args.PatientRef); err != nil {
		return false, edge(ctx, "optIn", err)
	}
	return true, nil
}

func (in ConsentInput) consent() (marketplace.Consent, error) {
	var c marketplace.Consent
	var err error
	if c.StudyID, err = parseID("consent.studyId", in.StudyID); err != nil {
		return c, err
	}
	if c.Participant, err = marketplace.ParseAddress("consent.participant", in.Participant); err != nil {
		return c, err
	}
	if c.Scope, err = marketplace.ParseHash("consent.scope", in.Scope); err != nil {
		return c, err
	}
	if c.Expiry, err = strconv.ParseUint(in.Expiry, 10, 64); err != nil {
		return c, marketplace.FieldError("consent.expiry", "must be decimal unix seconds")
	}
	return c, nil
}

// RevokeConsent records a revocation.
func (r *Resolver) RevokeConsent(ctx context.Context, args struct {
	StudyID     gql.ID
	Participant string
	Auth        AuthInput
}) (bool, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return false, edge(ctx, "revokeConsent", err)
	}
	p, err := marketplace.ParseAddress("participant", args.Participant)
	if err != nil {
		return false, edge(ctx, "revokeConsent", err)
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return false, edge(ctx, "revokeConsent", err)
	}
	if err := r.svc.RevokeConsent(ctx, id, p, auth); err != nil {
		return false, edge(ctx, "revokeConsent", err)
	}
	return true, nil
}

type analysisResolver struct{ a *marketplace.Analysis }

func (a analysisResolver) Releases() []*releaseResolver { return releaseResolvers(a.a.Releases) }
func (a analysisResolver) Payout() payoutResolver       { return payoutResolver{a.a.Payout} }

type payoutResolver struct{ p marketplace.Payout }

func (p payoutResolver) Recipients() int32      { return int32(p.p.Recipients) }
func (p payoutResolver) PerParticipant() string { return p.p.PerParticipant.String() }
func (p payoutResolver) Total() string          { return p.p.Total.String() }

// RunAnalysis runs a study's plan.
func (r *Resolver) RunAnalysis(ctx context.Context, args struct {
	StudyID gql.ID
	Auth    AuthInput
}) (*analysisResolver, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return nil, edge(ctx, "runAnalysis", err)
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return nil, edge(ctx, "runAnalysis", err)
	}
	a, err := r.svc.RunAnalysis(ctx, id, auth)
	if err != nil {
		return nil, edge(ctx, "runAnalysis", err)
	}
	return &analysisResolver{a}, nil
}

// CloseStudy closes a study and refunds its escrow.
func (r *Resolver) CloseStudy(ctx context.Context, args struct {
	StudyID gql.ID
	Auth    AuthInput
}) (string, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return "", edge(ctx, "closeStudy", err)
	}
	auth, err := args.Auth.auth()
	if err != nil {
		return "", edge(ctx, "closeStudy", err)
	}
	refund, err := r.svc.CloseStudy(ctx, id, auth)
	if err != nil {
		return "", edge(ctx, "closeStudy", err)
	}
	return refund.String(), nil
}

// Faucet mints test tokens on development chains.
func (r *Resolver) Faucet(ctx context.Context, args struct{ Auth AuthInput }) (string, error) {
	auth, err := args.Auth.auth()
	if err != nil {
		return "", edge(ctx, "faucet", err)
	}
	b, err := r.svc.Faucet(ctx, auth)
	if err != nil {
		return "", edge(ctx, "faucet", err)
	}
	return b.String(), nil
}

// ---- object resolvers

type studyResolver struct {
	s *marketplace.Study
	r *Resolver
}

func (s *studyResolver) ID() gql.ID           { return gql.ID(strconv.FormatUint(s.s.ID, 10)) }
func (s *studyResolver) ProtocolHash() string { return s.s.ProtocolHash.Hex() }
func (s *studyResolver) Researcher() string   { return s.s.Researcher.Hex() }
func (s *studyResolver) Status() string       { return string(s.s.Status) }
func (s *studyResolver) ApprovedBy() *string {
	if s.s.ApprovedBy.IsZero() {
		return nil
	}
	h := s.s.ApprovedBy.Hex()
	return &h
}
func (s *studyResolver) doc(f func(p *marketplace.Protocol) string) *string {
	if s.s.Protocol == nil {
		return nil
	}
	v := f(s.s.Protocol)
	return &v
}
func (s *studyResolver) Title() *string {
	return s.doc(func(p *marketplace.Protocol) string { return p.Title })
}
func (s *studyResolver) Summary() *string {
	return s.doc(func(p *marketplace.Protocol) string { return p.Summary })
}
func (s *studyResolver) Sponsor() *string {
	return s.doc(func(p *marketplace.Protocol) string { return p.Sponsor })
}
func (s *studyResolver) Mode() *string {
	return s.doc(func(p *marketplace.Protocol) string { return string(p.Mode) })
}
func (s *studyResolver) DataUse() []string {
	if s.s.Protocol == nil {
		return []string{}
	}
	return s.s.Protocol.DataUse
}
func (s *studyResolver) Plan() []*plannedResolver {
	out := []*plannedResolver{}
	if s.s.Protocol != nil {
		for i := range s.s.Protocol.Plan {
			out = append(out, &plannedResolver{&s.s.Protocol.Plan[i]})
		}
	}
	return out
}
func (s *studyResolver) EpsilonBudget() float64 {
	return float64(s.s.EpsilonBudget) / marketplace.EpsilonScale
}
func (s *studyResolver) EpsilonSpent() float64 {
	return float64(s.s.EpsilonSpent) / marketplace.EpsilonScale
}
func (s *studyResolver) DeltaBudget() float64 {
	return float64(s.s.DeltaBudget) / marketplace.DeltaScale
}
func (s *studyResolver) DeltaSpent() float64 { return float64(s.s.DeltaSpent) / marketplace.DeltaScale }
func (s *studyResolver) RewardPerParticipant() string {
	return s.s.RewardPerParticipant.String()
}
func (s *studyResolver) ParticipantCap() int32 { return int32(s.s.ParticipantCap) }
func (s *studyResolver) Consents() int32       { return int32(s.s.Consents) }
func (s *studyResolver) Escrow() escrowResolver {
	return escrowResolver{s.s}
}
func (s *studyResolver) ProtocolDocument(ctx context.Context) (*string, error) {
	doc, err := s.r.svc.Docs.Get(ctx, s.s.ProtocolHash)
	if marketplace.ErrorCode(err) == marketplace.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, edge(ctx, "protocolDocument", err)
	}
	d := string(doc)
	return &d, nil
}

func (s *studyResolver) FhirResearchStudy(ctx context.Context) (*string, error) {
	if s.s.Protocol == nil {
		return nil, nil
	}
	b, err := (studies.Rules{}).ResearchStudy(s.s.Protocol, strconv.FormatUint(s.s.ID, 10), s.s.Status)
	if err != nil {
		return nil, edge(ctx, "fhirResearchStudy", err)
	}
	out := string(b)
	return &out, nil
}
func (s *studyResolver) ScientificTitle() *string {
	return s.optional(func(p *marketplace.Protocol) string { return p.ScientificTitle })
}
func (s *studyResolver) Acronym() *string {
	return s.optional(func(p *marketplace.Protocol) string { return p.Acronym })
}
func (s *studyResolver) StartDate() *string {
	return s.optional(func(p *marketplace.Protocol) string { return p.StartDate })
}
func (s *studyResolver) EndDate() *string {
	return s.optional(func(p *marketplace.Protocol) string { return p.EndDate })
}
func (s *studyResolver) Conditions() []string {
	out := []string{}
	if s.s.Protocol != nil {
		for _, c := range s.s.Protocol.Conditions {
			if c.Code != "" {
				out = append(out, c.Text+" ("+c.System+" "+c.Code+")")
			} else {
				out = append(out, c.Text)
			}
		}
	}
	return out
}
func (s *studyResolver) Keywords() []string {
	return s.strings(func(p *marketplace.Protocol) []string { return p.Keywords })
}
func (s *studyResolver) Countries() []string {
	return s.strings(func(p *marketplace.Protocol) []string { return p.Countries })
}
func (s *studyResolver) RegistryGaps() []string {
	return s.strings(func(p *marketplace.Protocol) []string { return (studies.Rules{}).RegistryGaps(p) })
}

// optional returns a protocol field, or null when the document is missing or the field empty.
func (s *studyResolver) optional(f func(p *marketplace.Protocol) string) *string {
	if s.s.Protocol == nil {
		return nil
	}
	if v := f(s.s.Protocol); v != "" {
		return &v
	}
	return nil
}

func (s *studyResolver) strings(f func(p *marketplace.Protocol) []string) []string {
	if s.s.Protocol == nil {
		return []string{}
	}
	if v := f(s.s.Protocol); v != nil {
		return v
	}
	return []string{}
}

type escrowResolver struct{ s *marketplace.Study }

func bigString(b *big.Int) string {
	if b == nil {
		return "0"
	}
	return b.String()
}
func (e escrowResolver) Funded() string   { return bigString(e.s.Funded) }
func (e escrowResolver) Paid() string     { return bigString(e.s.Paid) }
func (e escrowResolver) Refunded() string { return bigString(e.s.Refunded) }

type plannedResolver struct{ q *marketplace.Query }

func (p *plannedResolver) ID() string        { return p.q.ID }
func (p *plannedResolver) Aggregate() string { return p.q.Aggregate }
func (p *plannedResolver) Field() *string {
	if p.q.Field == "" {
		return nil
	}
	return &p.q.Field
}
func (p *plannedResolver) Lower() *float64 {
	if p.q.Aggregate != marketplace.AggMean {
		return nil
	}
	return &p.q.Lower
}
func (p *plannedResolver) Upper() *float64 {
	if p.q.Aggregate != marketplace.AggMean {
		return nil
	}
	return &p.q.Upper
}
func (p *plannedResolver) Epsilon() float64     { return p.q.Epsilon }
func (p *plannedResolver) Noise() string        { return p.q.NoiseKind() }
func (p *plannedResolver) Delta() float64       { return p.q.Delta }
func (p *plannedResolver) Quantiles() []float64 { return append([]float64{}, p.q.Quantiles...) }
func (p *plannedResolver) Bins() *int32 {
	if p.q.Bins == 0 {
		return nil
	}
	b := int32(p.q.Bins)
	return &b
}
func (p *plannedResolver) Filter() *string {
	if p.q.Filter == nil {
		return nil
	}
	f := studies.RenderFilter(p.q.Filter)
	return &f
}

// filterInput is a query filter as the API takes it.
type filterInput struct {
	MinAge, MaxAge          *int32
	Sex                     *string
	Conditions, Medications *[]string
	Observations            *[]struct {
		Field    *string
		Min, Max *float64
	}
	Born, LastEncounter *struct{ From, To *string }
}

func (f *filterInput) filter() *marketplace.Filter {
	if f == nil {
		return nil
	}
	out := &marketplace.Filter{MinAge: int(num(f.MinAge)), MaxAge: int(num(f.MaxAge)), Sex: str(f.Sex),
		Conditions: list(f.Conditions), Medications: list(f.Medications)}
	if f.Observations != nil {
		for _, t := range *f.Observations {
			out.Observations = append(out.Observations, marketplace.Threshold{Field: str(t.Field), Min: t.Min, Max: t.Max})
		}
	}
	window := func(w *struct{ From, To *string }) *marketplace.Window {
		if w == nil {
			return nil
		}
		return &marketplace.Window{From: str(w.From), To: str(w.To)}
	}
	out.Born, out.LastEncounter = window(f.Born), window(f.LastEncounter)
	return out
}

type releaseResolver struct {
	r      *marketplace.Release
	hidden bool // the viewer is neither the researcher nor an ethics board
}

func (r *releaseResolver) Query() string     { return r.r.QueryID }
func (r *releaseResolver) Aggregate() string { return r.r.Aggregate }
func (r *releaseResolver) Value() *float64 {
	if r.hidden || r.r.Encrypted != nil {
		return nil
	}
	return &r.r.Value
}
func (r *releaseResolver) Values() *[]float64 {
	if r.hidden || r.r.Values == nil {
		return nil
	}
	return &r.r.Values
}
func (r *releaseResolver) Suppressed() bool { return r.r.Suppressed }
func (r *releaseResolver) SuppressedBins() []int32 {
	out := make([]int32, len(r.r.SuppressedBins))
	for i, b := range r.r.SuppressedBins {
		out[i] = int32(b)
	}
	return out
}
func (r *releaseResolver) Ciphertext() *string {
	if r.r.Encrypted == nil {
		return nil
	}
	h := r.r.Encrypted.Ciphertext.Hex()
	return &h
}
func (r *releaseResolver) Epsilon() float64   { return r.r.Epsilon }
func (r *releaseResolver) Delta() float64     { return r.r.Delta }
func (r *releaseResolver) QueryHash() string  { return r.r.QueryHash.Hex() }
func (r *releaseResolver) ResultHash() string { return r.r.ResultHash.Hex() }
func (r *releaseResolver) CreatedAt() string  { return r.r.CreatedAt.Format(time.RFC3339) }

// MatchingStudies lists the approved studies a patient may be offered.
func (r *Resolver) MatchingStudies(ctx context.Context, args struct {
	Preferences struct {
		Permitted []string
		Required  *[]string
	}
	PatientRef *string
}) ([]*studyResolver, error) {
	pr := marketplace.ConsentPreferences{Permitted: args.Preferences.Permitted, Required: list(args.Preferences.Required)}
	found, err := r.svc.MatchingStudies(ctx, pr, str(args.PatientRef))
	if err != nil {
		return nil, edge(ctx, "matchingStudies", err)
	}
	out := make([]*studyResolver, len(found))
	for i, s := range found {
		out[i] = &studyResolver{s: s, r: r}
	}
	return out, nil
}
