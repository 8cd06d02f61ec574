package studies

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/medmarket/medmarket/marketplace"
)

// Limits on a protocol document.
const (
	MaxTitle       = 300
	MaxSummary     = 5000
	MaxSponsor     = 300
	MaxQueries     = 32
	MaxEpsilon     = 10.0
	MaxCap         = 1_000_000
	canonicalLabel = "medmarket/protocol/v2"
	legacyLabel    = "medmarket/protocol/v1" // before the registration items; still parsed
	queryLabel     = "medmarket/query/v1"
)

var (
	icd10   = regexp.MustCompile(`^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$`)
	queryID = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)
)

// Rules implements marketplace.Protocols.
type Rules struct{}

var _ marketplace.Protocols = Rules{}

// Validate checks every field of p and returns an EINVALID error naming the first at fault.
func (Rules) Validate(p *marketplace.Protocol) error {
	if p == nil {
		return marketplace.FieldError("protocol", "is required")
	}
	if err := text("title", p.Title, MaxTitle, true); err != nil {
		return err
	}
	if err := text("summary", p.Summary, MaxSummary, false); err != nil {
		return err
	}
	if err := text("sponsor", p.Sponsor, MaxSponsor, true); err != nil {
		return err
	}
	if err := validateDataUse(p.DataUse); err != nil {
		return err
	}
	if err := validateEligibility(&p.Eligibility); err != nil {
		return err
	}
	b := p.Budget
	if math.IsNaN(b.Epsilon) || b.Epsilon <= 0 || b.Epsilon > MaxEpsilon {
		return marketplace.FieldError("budget.epsilon", "must be greater than 0 and at most %g", MaxEpsilon)
	}
	if !exact(b.Epsilon, marketplace.EpsilonScale) {
		return marketplace.FieldError("budget.epsilon", "must be a multiple of 0.000001")
	}
	if math.IsNaN(b.Delta) || b.Delta < 0 || b.Delta >= 1 {
		return marketplace.FieldError("budget.delta", "must be at least 0 and less than 1")
	}
	switch p.Mode {
	case marketplace.ModeDP:
		if p.ResultKey != "" {
			return marketplace.FieldError("resultKey", "only HE_DP studies decrypt to a result key")
		}
	case marketplace.ModeHEDP:
		if _, err := marketplace.ParseHash("resultKey", p.ResultKey); err != nil || p.ResultKey != strings.ToLower(p.ResultKey) {
			return marketplace.FieldError("resultKey", "an HE_DP study names its researcher's HE public key by its SHA-256, 0x and 64 lower-case hex digits")
		}
	default:
		return marketplace.FieldError("mode", "must be DP or HE_DP")
	}
	if err := validatePlan(p.Plan, b); err != nil {
		return err
	}
	if p.RewardPerParticipant == nil || p.RewardPerParticipant.Sign() <= 0 {
		return marketplace.FieldError("rewardPerParticipant", "must be greater than 0")
	}
	if p.RewardPerParticipant.BitLen() > 128 {
		return marketplace.FieldError("rewardPerParticipant", "is too large")
	}
	if p.ParticipantCap == 0 || p.ParticipantCap > MaxCap {
		return marketplace.FieldError("participantCap", "must be between 1 and %d", MaxCap)
	}
	return validateRegistration(p)
}

func text(field, s string, max int, required bool) error {
	if !utf8.ValidString(s) {
		return marketplace.FieldError(field, "must be valid UTF-8")
	}
	if required && strings.TrimSpace(s) == "" {
		return marketplace.FieldError(field, "is required")
	}
	if utf8.RuneCountInString(s) > max {
		return marketplace.FieldError(field, "must be at most %d characters", max)
	}
	return nil
}

func validateDataUse(codes []string) error {
	if len(codes) == 0 {
		return marketplace.FieldError("dataUse", "needs at least one GA4GH DUO code")
	}
	primary := false
	for i, c := range codes {
		term, ok := DUO[c]
		if !ok {
			return marketplace.FieldError(fmt.Sprintf("dataUse[%d]", i), "unknown data-use code %q (expected a GA4GH DUO code such as DUO:0000007)", clip(c))
		}
		primary = primary || term.Primary
	}
	if !primary {
		return marketplace.FieldError("dataUse", "needs one permission term (NRES, GRU, HMB, DS or POA)")
	}
	return nil
}

func validateEligibility(e *marketplace.Eligibility) error {
	if e.MinAge < 0 || e.MinAge > 120 {
		return marketplace.FieldError("eligibility.minAge", "must be between 0 and 120")
	}
	if e.MaxAge < e.MinAge || e.MaxAge > 120 {
		return marketplace.FieldError("eligibility.maxAge", "must be between minAge and 120")
	}
	switch e.Sex {
	case "", "female", "male":
	default:
		return marketplace.FieldError("eligibility.sex", "must be empty, female or male")
	}
	for i, c := range e.Conditions {
		if !icd10.MatchString(c) && !snomedConcept(c) {
			return marketplace.FieldError(fmt.Sprintf("eligibility.conditions[%d]", i), "must be an ICD-10 code such as E11 or E11.9, or a SNOMED CT concept id such as 44054006")
		}
	}
	return nil
}

func fieldNames() []string {
	names := make([]string, 0, len(marketplace.QueryFields))
	for k := range marketplace.QueryFields {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// exact reports whether v is a whole number of 1/scale units.
func exact(v, scale float64) bool {
	u := math.Round(v * scale)
	return math.Abs(u-v*scale) < 1e-6 && u < math.MaxInt64/2
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// canonicalDoc is the serialised form: a version label, then the protocol with its sets
// sorted and its text trimmed. The fields of label v1 keep their order and the registration
// items added by v2 are omitted when empty, so a v1 document is exactly the v2 encoding of a
// protocol without registration items, under the v1 label.
type canonicalDoc struct {
	Version              string                    `json:"version"`
	ProtocolVersion      string                    `json:"protocolVersion,omitempty"`
	Title                string                    `json:"title"`
	ScientificTitle      string                    `json:"scientificTitle,omitempty"`
	Acronym              string                    `json:"acronym,omitempty"`
	Summary              string                    `json:"summary"`
	Sponsor              string                    `json:"sponsor"`
	SecondarySponsors    []string                  `json:"secondarySponsors,omitempty"`
	FundingSources       []string                  `json:"fundingSources,omitempty"`
	SecondaryIDs         []marketplace.SecondaryID `json:"secondaryIds,omitempty"`
	PublicContact        marketplace.Contact       `json:"publicContact,omitzero"`
	ScientificContact    marketplace.Contact       `json:"scientificContact,omitzero"`
	Conditions           []marketplace.Condition   `json:"conditions,omitempty"`
	Keywords             []string                  `json:"keywords,omitempty"`
	Design               marketplace.Design        `json:"design,omitzero"`
	Countries            []string                  `json:"countries,omitempty"`
	StartDate            string                    `json:"startDate,omitempty"`
	EndDate              string                    `json:"endDate,omitempty"`
	TargetSampleSize     uint32                    `json:"targetSampleSize,omitempty"`
	PrimaryOutcomes      []marketplace.Outcome     `json:"primaryOutcomes,omitempty"`
	SecondaryOutcomes    []marketplace.Outcome     `json:"secondaryOutcomes,omitempty"`
	EthicsReview         marketplace.EthicsReview  `json:"ethicsReview,omitzero"`
	DataSharing          string                    `json:"dataSharing,omitempty"`
	DataUse              []string                  `json:"dataUse"`
	Eligibility          marketplace.Eligibility   `json:"eligibility"`
	Plan                 []marketplace.Query       `json:"plan"`
	Budget               marketplace.Budget        `json:"budget"`
	Mode                 marketplace.Mode          `json:"mode"`
	RewardPerParticipant string                    `json:"rewardPerParticipant"`
	ParticipantCap       uint32                    `json:"participantCap"`
	ResultKey            string                    `json:"resultKey,omitempty"`
	Amends               string                    `json:"amends,omitempty"`
	AmendmentReason      string                    `json:"amendmentReason,omitempty"`
}

// normal returns p in canonical form, labelled v2: text trimmed, sets sorted and
// deduplicated, hashes in lower case. The plan keeps its order. It does not validate p; Diff
// compares two normal forms, so it shows exactly what changes the canonical document.
func normal(p *marketplace.Protocol) canonicalDoc {
	e := p.Eligibility
	e.Conditions = set(e.Conditions)
	reward := ""
	if p.RewardPerParticipant != nil {
		reward = p.RewardPerParticipant.String()
	}
	amends := strings.TrimSpace(p.Amends)
	if h, err := marketplace.ParseHash("amends", amends); err == nil {
		amends = h.Hex()
	}
	doc := canonicalDoc{
		Version:              canonicalLabel,
		ProtocolVersion:      strings.TrimSpace(p.ProtocolVersion),
		Title:                strings.TrimSpace(p.Title),
		ScientificTitle:      strings.TrimSpace(p.ScientificTitle),
		Acronym:              strings.TrimSpace(p.Acronym),
		Summary:              strings.TrimSpace(p.Summary),
		Sponsor:              strings.TrimSpace(p.Sponsor),
		SecondarySponsors:    textSet(p.SecondarySponsors),
		FundingSources:       textSet(p.FundingSources),
		PublicContact:        normalContact(p.PublicContact),
		ScientificContact:    normalContact(p.ScientificContact),
		Keywords:             textSet(p.Keywords),
		Countries:            set(p.Countries),
		StartDate:            strings.TrimSpace(p.StartDate),
		EndDate:              strings.TrimSpace(p.EndDate),
		TargetSampleSize:     p.TargetSampleSize,
		PrimaryOutcomes:      normalOutcomes(p.PrimaryOutcomes),
		SecondaryOutcomes:    normalOutcomes(p.SecondaryOutcomes),
		DataSharing:          strings.TrimSpace(p.DataSharing),
		DataUse:              set(p.DataUse),
		Eligibility:          e,
		Plan:                 normalPlan(p.Plan),
		Budget:               p.Budget,
		Mode:                 p.Mode,
		RewardPerParticipant: reward,
		ParticipantCap:       p.ParticipantCap,
		ResultKey:            strings.TrimSpace(p.ResultKey),
		Amends:               amends,
		AmendmentReason:      strings.TrimSpace(p.AmendmentReason),
	}
	for _, id := range p.SecondaryIDs {
		doc.SecondaryIDs = append(doc.SecondaryIDs, marketplace.SecondaryID{Issuer: strings.TrimSpace(id.Issuer), Value: strings.TrimSpace(id.Value)})
	}
	doc.SecondaryIDs = sortedSet(doc.SecondaryIDs, func(id marketplace.SecondaryID) string { return id.Issuer + "\x00" + id.Value })
	for _, c := range p.Conditions {
		doc.Conditions = append(doc.Conditions, marketplace.Condition{System: c.System, Code: strings.TrimSpace(c.Code), Text: strings.TrimSpace(c.Text)})
	}
	doc.Conditions = sortedSet(doc.Conditions, conditionKey)
	d := p.Design
	doc.Design = marketplace.Design{Model: d.Model, TimePerspective: d.TimePerspective, Description: strings.TrimSpace(d.Description)}
	r := p.EthicsReview
	doc.EthicsReview = marketplace.EthicsReview{Committee: strings.TrimSpace(r.Committee), Status: r.Status,
		ApprovalDate: strings.TrimSpace(r.ApprovalDate), Reference: strings.TrimSpace(r.Reference), Email: strings.TrimSpace(r.Email)}
	return doc
}

// normalPlan returns the plan's queries in canonical form (NormalQuery), in their order.
func normalPlan(plan []marketplace.Query) []marketplace.Query {
	if plan == nil {
		return nil
	}
	out := make([]marketplace.Query, len(plan))
	for i, q := range plan {
		out[i] = NormalQuery(q)
	}
	return out
}

func normalContact(c marketplace.Contact) marketplace.Contact {
	return marketplace.Contact{Name: strings.TrimSpace(c.Name), Affiliation: strings.TrimSpace(c.Affiliation), Email: strings.TrimSpace(c.Email)}
}

func normalOutcome(o marketplace.Outcome) marketplace.Outcome {
	return marketplace.Outcome{Measure: strings.TrimSpace(o.Measure), TimeFrame: strings.TrimSpace(o.TimeFrame), Queries: set(o.Queries)}
}

func normalOutcomes(os []marketplace.Outcome) []marketplace.Outcome {
	var out []marketplace.Outcome
	for _, o := range os {
		out = append(out, normalOutcome(o))
	}
	return sortedSet(out, renderOutcome)
}

func conditionKey(c marketplace.Condition) string {
	return c.System + "\x00" + c.Code + "\x00" + c.Text
}

// sortedSet sorts items by key and drops items whose key repeats.
func sortedSet[T any](items []T, key func(T) string) []T {
	if len(items) == 0 {
		return nil
	}
	slices.SortStableFunc(items, func(a, b T) int { return strings.Compare(key(a), key(b)) })
	return slices.CompactFunc(items, func(a, b T) bool { return key(a) == key(b) })
}

// Canonical returns the canonical JSON of a valid protocol: a version label, fixed key order,
// empty registration items omitted, sets (data use, conditions, keywords, countries,
// sponsors, funders, identifiers, outcomes) sorted and deduplicated, text trimmed, reward as a
// decimal string, no insignificant white space. The plan keeps its order. Equal protocols
// give equal bytes.
func (r Rules) Canonical(p *marketplace.Protocol) ([]byte, error) {
	if err := r.Validate(p); err != nil {
		return nil, err
	}
	b, err := encode(normal(p))
	if err != nil {
		return nil, fmt.Errorf("studies.Canonical: %w", err)
	}
	return b, nil
}

func encode(doc canonicalDoc) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

func set(in []string) []string {
	if len(in) == 0 {
		return nil
	}
	out := slices.Clone(in)
	slices.Sort(out)
	return slices.Compact(out)
}

// textSet is set over trimmed texts.
func textSet(in []string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = strings.TrimSpace(s)
	}
	return set(out)
}

// Hash returns the SHA-256 of a canonical document: anyone can check a stored protocol
// against its on-chain hash with sha256sum.
func (Rules) Hash(canonical []byte) marketplace.Hash {
	return sha256.Sum256(canonical)
}

// Parse decodes a canonical document and checks that it is canonical and valid: unknown
// fields, a different key order, white space, unsorted sets or empty registration items are
// all refused. Documents labelled medmarket/protocol/v1, written before the registration
// items existed, still parse (their hash on chain is of those bytes); Canonical of the parsed
// protocol is then a v2 document with a different hash.
func (r Rules) Parse(canonical []byte) (*marketplace.Protocol, error) {
	var doc canonicalDoc
	dec := json.NewDecoder(bytes.NewReader(canonical))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, marketplace.FieldError("protocol", "is not a valid protocol document: %v", err)
	}
	if doc.Version != canonicalLabel && doc.Version != legacyLabel {
		return nil, marketplace.FieldError("protocol.version", "must be %s", canonicalLabel)
	}
	reward, ok := new(big.Int).SetString(doc.RewardPerParticipant, 10)
	if !ok {
		return nil, marketplace.FieldError("rewardPerParticipant", "must be a decimal integer")
	}
	p := &marketplace.Protocol{
		Title: doc.Title, Summary: doc.Summary, Sponsor: doc.Sponsor, DataUse: doc.DataUse,
		Eligibility: doc.Eligibility, Plan: doc.Plan, Budget: doc.Budget, Mode: doc.Mode,
		RewardPerParticipant: reward, ParticipantCap: doc.ParticipantCap, ResultKey: doc.ResultKey,

		ProtocolVersion: doc.ProtocolVersion, ScientificTitle: doc.ScientificTitle, Acronym: doc.Acronym,
		SecondarySponsors: doc.SecondarySponsors, FundingSources: doc.FundingSources, SecondaryIDs: doc.SecondaryIDs,
		PublicContact: doc.PublicContact, ScientificContact: doc.ScientificContact,
		Conditions: doc.Conditions, Keywords: doc.Keywords, Design: doc.Design, Countries: doc.Countries,
		StartDate: doc.StartDate, EndDate: doc.EndDate, TargetSampleSize: doc.TargetSampleSize,
		PrimaryOutcomes: doc.PrimaryOutcomes, SecondaryOutcomes: doc.SecondaryOutcomes,
		EthicsReview: doc.EthicsReview, DataSharing: doc.DataSharing,
		Amends: doc.Amends, AmendmentReason: doc.AmendmentReason,
	}
	if err := r.Validate(p); err != nil {
		return nil, err
	}
	again := normal(p)
	if doc.Version == legacyLabel {
		if hasRegistration(p) {
			return nil, marketplace.FieldError("protocol.version", "must be %s for a document with registration items", canonicalLabel)
		}
		again.Version = legacyLabel
	}
	b, err := encode(again)
	if err != nil {
		return nil, fmt.Errorf("studies.Parse: %w", err)
	}
	if !bytes.Equal(b, canonical) {
		return nil, marketplace.FieldError("protocol", "is not in canonical form")
	}
	return p, nil
}

// HashesTo reports whether h is the protocol hash of p: the hash of its canonical document
// or, for a protocol without registration items, of its medmarket/protocol/v1 document
// (studies registered before the registration items). Vaults check a study's protocol
// against its on-chain hash with it.
func (r Rules) HashesTo(p *marketplace.Protocol, h marketplace.Hash) bool {
	doc, err := r.Canonical(p)
	if err != nil {
		return false
	}
	if r.Hash(doc) == h {
		return true
	}
	if hasRegistration(p) {
		return false
	}
	legacy := normal(p)
	legacy.Version = legacyLabel
	b, err := encode(legacy)
	return err == nil && r.Hash(b) == h
}

// hasRegistration reports whether p has any item added by the v2 document.
func hasRegistration(p *marketplace.Protocol) bool {
	q := &marketplace.Protocol{Title: p.Title, Summary: p.Summary, Sponsor: p.Sponsor, DataUse: p.DataUse,
		Eligibility: p.Eligibility, Plan: p.Plan, Budget: p.Budget, Mode: p.Mode,
		RewardPerParticipant: p.RewardPerParticipant, ParticipantCap: p.ParticipantCap}
	a, _ := encode(normal(p))
	b, _ := encode(normal(q))
	return !bytes.Equal(a, b)
}

// QueryHash binds one query's canonical form (NormalQuery) to its study: the hash under which
// its release is debited on chain. The query language's later fields are omitted when empty,
// so a count or mean query hashes as it did before them.
func (Rules) QueryHash(studyID uint64, q *marketplace.Query) marketplace.Hash {
	n := NormalQuery(*q)
	b, _ := json.Marshal(&n) // a valid Query always marshals
	h := sha256.New()
	h.Write([]byte(queryLabel))
	var id [8]byte
	binary.BigEndian.PutUint64(id[:], studyID)
	h.Write(id[:])
	h.Write(b)
	var out marketplace.Hash
	copy(out[:], h.Sum(nil))
	return out
}
