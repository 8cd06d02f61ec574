package marketplace

import (
	"encoding/hex"
	"math"
	"math/big"
	"strings"
	"time"
)

// Address is a 20-byte Ethereum account address.
type Address [20]byte

// Hex returns the lower-case 0x-prefixed hex form.
func (a Address) Hex() string { return "0x" + hex.EncodeToString(a[:]) }

// String implements fmt.Stringer.
func (a Address) String() string { return a.Hex() }

// IsZero reports whether a is the zero address.
func (a Address) IsZero() bool { return a == Address{} }

// ParseAddress parses a 0x-prefixed 40-hex-digit address. field names the input for errors.
func ParseAddress(field, s string) (Address, error) {
	var a Address
	b, err := parseHex(s, len(a))
	if err != nil {
		return a, FieldError(field, "must be a 0x-prefixed 20-byte hex address")
	}
	copy(a[:], b)
	return a, nil
}

// Hash is a 32-byte digest (protocol hashes, query hashes, result hashes).
type Hash [32]byte

// Hex returns the lower-case 0x-prefixed hex form.
func (h Hash) Hex() string { return "0x" + hex.EncodeToString(h[:]) }

// String implements fmt.Stringer.
func (h Hash) String() string { return h.Hex() }

// IsZero reports whether h is all zeroes.
func (h Hash) IsZero() bool { return h == Hash{} }

// ParseHash parses a 0x-prefixed 64-hex-digit hash. field names the input for errors.
func ParseHash(field, s string) (Hash, error) {
	var h Hash
	b, err := parseHex(s, len(h))
	if err != nil {
		return h, FieldError(field, "must be a 0x-prefixed 32-byte hex hash")
	}
	copy(h[:], b)
	return h, nil
}

// ParseSignature parses a 0x-prefixed 65-byte r||s||v signature.
func ParseSignature(field, s string) ([]byte, error) {
	b, err := parseHex(s, 65)
	if err != nil {
		return nil, FieldError(field, "must be a 0x-prefixed 65-byte hex signature")
	}
	return b, nil
}

func parseHex(s string, n int) ([]byte, error) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return nil, Errorf(EINVALID, "missing 0x prefix")
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil || len(b) != n {
		return nil, Errorf(EINVALID, "bad hex length")
	}
	return b, nil
}

// Mode says how a study's answers are protected.
type Mode string

// The analysis modes.
const (
	ModeDP   Mode = "DP"    // differentially private aggregates computed inside the vault
	ModeHEDP Mode = "HE_DP" // multiparty homomorphic encryption with DP noise before decryption
)

// Aggregate kinds of a pre-registered query. Every kind but count reads a numeric field
// (QueryFields) whose values are clamped to the query's [Lower, Upper].
const (
	AggCount     = "count"     // patients matching the filter
	AggSum       = "sum"       // sum of the field
	AggMean      = "mean"      // mean of the field
	AggVariance  = "variance"  // population variance of the field
	AggQuantiles = "quantiles" // the field's quantiles at Query.Quantiles
	AggHistogram = "histogram" // patients per equal-width bin of [Lower, Upper] (Query.Bins)
)

// Aggregates lists the aggregate kinds in a fixed order.
var Aggregates = []string{AggCount, AggSum, AggMean, AggVariance, AggQuantiles, AggHistogram}

// Noise distributions a query may choose. Laplace spends epsilon only; Gaussian spends the
// query's Delta as well.
const (
	NoiseLaplace  = "laplace"
	NoiseGaussian = "gaussian"
)

// Fixed-point scales used on chain: epsilon in millionths, delta in 1e-18 units.
const (
	EpsilonScale = 1e6
	DeltaScale   = 1e18
)

// Budget is a study's total differential-privacy budget.
type Budget struct {
	Epsilon float64 `json:"epsilon"`
	Delta   float64 `json:"delta"`
}

// EpsilonUnits converts an epsilon to the on-chain fixed-point units (millionths), rounding.
func EpsilonUnits(eps float64) uint64 { return uint64(math.Round(eps * EpsilonScale)) }

// DeltaUnits converts a delta to the on-chain fixed-point units (1e-18), rounding.
func DeltaUnits(delta float64) uint64 { return uint64(math.Round(delta * DeltaScale)) }

// Eligibility is the cohort a study may draw on. It is evaluated inside the vault.
type Eligibility struct {
	MinAge     int      `json:"minAge"`
	MaxAge     int      `json:"maxAge"`
	Sex        string   `json:"sex,omitempty"`        // "", "female" or "male"
	Conditions []string `json:"conditions,omitempty"` // ICD-10 codes (prefixes) or SNOMED CT concept ids; a patient needs any one
}

// Query is one pre-registered aggregate of an analysis plan: an aggregate of a numeric field
// (or a count) over the patients who meet the study's eligibility criteria and the query's
// own Filter, with each value clamped to [Lower, Upper], released with differential privacy
// at the query's Epsilon (and Delta, for Gaussian noise).
//
// The fields after Epsilon were added with the query language; they are omitted from the
// JSON when empty, so a count or mean query written before them keeps its canonical bytes and
// its hash.
type Query struct {
	ID        string  `json:"id"`
	Aggregate string  `json:"aggregate"` // one of Aggregates
	Field     string  `json:"field,omitempty"`
	Lower     float64 `json:"lower,omitempty"` // clamping bounds, required for all but count
	Upper     float64 `json:"upper,omitempty"`
	Epsilon   float64 `json:"epsilon"` // the share of the study budget this query spends

	// Noise is NoiseLaplace (the default, written as "") or NoiseGaussian.
	Noise string `json:"noise,omitempty"`
	// Delta is the delta a Gaussian query spends (0 < Delta < 1); Laplace queries spend none.
	Delta float64 `json:"delta,omitempty"`
	// Quantiles are the ranks of an AggQuantiles query, ascending, each in (0, 1).
	Quantiles []float64 `json:"quantiles,omitempty"`
	// Bins is the number of equal-width bins of [Lower, Upper] of an AggHistogram query;
	// values outside the bounds are clamped into the first or last bin.
	Bins int `json:"bins,omitempty"`
	// Filter narrows the study's eligible cohort for this query; nil means the whole
	// eligible cohort.
	Filter *Filter `json:"filter,omitempty"`
}

// Filter selects the patients a query aggregates over, on top of the study's eligibility
// criteria. Every criterion that is set must hold; the zero Filter selects everybody. It is
// evaluated inside the vault.
type Filter struct {
	MinAge int    `json:"minAge,omitempty"` // inclusive, in whole years at the time of the computation
	MaxAge int    `json:"maxAge,omitempty"` // inclusive; 0: no upper bound
	Sex    string `json:"sex,omitempty"`    // "", "female" or "male"
	// Conditions: the patient has any one of them, as an ICD-10 code (matching its
	// subcodes: E11 matches E11.9) or a SNOMED CT concept id (exact).
	Conditions []string `json:"conditions,omitempty"`
	// Medications: the patient takes any one of them, as an RxNorm concept id (exact) or a
	// WHO ATC code at any level (matching its subcodes: A10B matches A10BA02).
	Medications []string `json:"medications,omitempty"`
	// Observations: every threshold holds; a patient without the measurement fails it.
	Observations []Threshold `json:"observations,omitempty"`
	// Born and LastEncounter are time windows on the date of birth and on the start of the
	// latest encounter; a patient without the date fails the window.
	Born          *Window `json:"born,omitempty"`
	LastEncounter *Window `json:"lastEncounter,omitempty"`
}

// Threshold bounds a numeric field (a QueryFields name) inclusively; at least one bound is
// set.
type Threshold struct {
	Field string   `json:"field"`
	Min   *float64 `json:"min,omitempty"`
	Max   *float64 `json:"max,omitempty"`
}

// Window is a closed interval of calendar dates, each YYYY-MM-DD; an empty end is open. A
// birth-year range 1950-1959 is {From: "1950-01-01", To: "1959-12-31"}.
type Window struct {
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
}

// NoiseKind returns the query's noise distribution, NoiseLaplace when unset.
func (q *Query) NoiseKind() string {
	if q.Noise == "" {
		return NoiseLaplace
	}
	return q.Noise
}

// Protocol is a study's registration document: what it asks, of whom, and at what privacy
// cost. Its canonical form is hashed and the hash anchored on chain.
type Protocol struct {
	Title                string      `json:"title"`
	Summary              string      `json:"summary"`
	Sponsor              string      `json:"sponsor"`
	DataUse              []string    `json:"dataUse"` // GA4GH DUO codes, e.g. "DUO:0000007"
	Eligibility          Eligibility `json:"eligibility"`
	Plan                 []Query     `json:"plan"`
	Budget               Budget      `json:"budget"`
	Mode                 Mode        `json:"mode"`
	RewardPerParticipant *big.Int    `json:"rewardPerParticipant"` // token base units
	ParticipantCap       uint32      `json:"participantCap"`
	// ResultKey binds an HE_DP study to its researcher's homomorphic-encryption public key:
	// the 0x-prefixed SHA-256 of the key's wire encoding, which is stored in the document
	// store under that hash. Totals are decrypted only to this key, and the ethics board's
	// approval of the protocol hash covers it. Empty in DP mode.
	ResultKey string `json:"resultKey,omitempty"`

	// Registration items of the WHO Trial Registration Data Set (TRDS) that apply to data
	// studies, in the terms of FHIR R4 ResearchStudy. All are optional: studies.Rules
	// validates them when present and lists the ones a registry would still ask for.
	// Title above is the TRDS public title and Sponsor the primary sponsor; the study type
	// is always observational (a secondary use of existing records) and the key inclusion
	// criteria are Eligibility. Contacts are researchers, never patients.
	ProtocolVersion   string        `json:"protocolVersion,omitempty"`   // the researcher's label, e.g. "1.2"
	ScientificTitle   string        `json:"scientificTitle,omitempty"`   // TRDS 10
	Acronym           string        `json:"acronym,omitempty"`           // TRDS 10
	SecondarySponsors []string      `json:"secondarySponsors,omitempty"` // TRDS 6
	FundingSources    []string      `json:"fundingSources,omitempty"`    // TRDS 4: monetary or material support
	SecondaryIDs      []SecondaryID `json:"secondaryIds,omitempty"`      // TRDS 3: the study's ids in other registries
	PublicContact     Contact       `json:"publicContact,omitzero"`      // TRDS 7
	ScientificContact Contact       `json:"scientificContact,omitzero"`  // TRDS 8
	Conditions        []Condition   `json:"conditions,omitempty"`        // TRDS 12: health conditions studied
	Keywords          []string      `json:"keywords,omitempty"`          // TRDS 12
	Design            Design        `json:"design,omitzero"`             // TRDS 15
	Countries         []string      `json:"countries,omitempty"`         // TRDS 11: ISO 3166-1 alpha-2 codes
	StartDate         string        `json:"startDate,omitempty"`         // TRDS 16: anticipated first data access, YYYY-MM-DD
	EndDate           string        `json:"endDate,omitempty"`           // TRDS 22: anticipated completion, YYYY-MM-DD
	TargetSampleSize  uint32        `json:"targetSampleSize,omitempty"`  // TRDS 17: at most ParticipantCap
	PrimaryOutcomes   []Outcome     `json:"primaryOutcomes,omitempty"`   // TRDS 19
	SecondaryOutcomes []Outcome     `json:"secondaryOutcomes,omitempty"` // TRDS 20
	EthicsReview      EthicsReview  `json:"ethicsReview,omitzero"`       // TRDS 21: review outside medmarket
	DataSharing       string        `json:"dataSharing,omitempty"`       // TRDS 24: IPD and data-sharing statement
	Amends            string        `json:"amends,omitempty"`            // 0x hash of the protocol this one amends
	AmendmentReason   string        `json:"amendmentReason,omitempty"`   // why, for the ethics board
}

// SecondaryID is a study's identifier in another register, e.g. {"ClinicalTrials.gov",
// "NCT01234567"}.
type SecondaryID struct {
	Issuer string `json:"issuer"`
	Value  string `json:"value"`
}

// Contact is a person to write to about a study: a researcher or study office, never a
// patient.
type Contact struct {
	Name        string `json:"name"`
	Affiliation string `json:"affiliation,omitempty"`
	Email       string `json:"email"`
}

// Code systems of a Condition.
const (
	CodeICD10  = "icd-10"    // WHO ICD-10, e.g. E11
	CodeSNOMED = "snomed-ct" // SNOMED CT concept id, e.g. 44054006
)

// Condition is a health condition or problem a study is about: its text, and a code when
// one applies.
type Condition struct {
	System string `json:"system,omitempty"` // CodeICD10 or CodeSNOMED; empty when Code is
	Code   string `json:"code,omitempty"`
	Text   string `json:"text"`
}

// Outcome is a primary or secondary outcome: what is measured, at which time point, and the
// ids of the plan queries that estimate it.
type Outcome struct {
	Measure   string   `json:"measure"`
	TimeFrame string   `json:"timeFrame"`
	Queries   []string `json:"queries,omitempty"`
}

// Design describes an observational data study, in ClinicalTrials.gov terms.
type Design struct {
	Model           string `json:"model,omitempty"`           // cohort, case-control, case-only, case-crossover, ecologic-or-community, family-based, other
	TimePerspective string `json:"timePerspective,omitempty"` // retrospective, prospective, cross-sectional, other
	Description     string `json:"description,omitempty"`
}

// Ethics review states of EthicsReview.Status (WHO TRDS item 21).
const (
	EthicsNotYetSubmitted = "not-yet-submitted"
	EthicsSubmitted       = "submitted"
	EthicsApproved        = "approved"
	EthicsNotRequired     = "not-required"
)

// EthicsReview declares a review by an ethics committee outside medmarket, such as the
// sponsor's institutional review board. The medmarket ethics board's own approval is not in
// the document: it is recorded on chain against the document's hash.
type EthicsReview struct {
	Committee    string `json:"committee,omitempty"`    // required unless Status is not-required
	Status       string `json:"status"`                 // one of the Ethics* states
	ApprovalDate string `json:"approvalDate,omitempty"` // YYYY-MM-DD, with status approved only
	Reference    string `json:"reference,omitempty"`    // the committee's approval or file number
	Email        string `json:"email,omitempty"`        // the committee's office
}

// Query returns the plan's query with the given id, or nil.
func (p *Protocol) Query(id string) *Query {
	for i := range p.Plan {
		if p.Plan[i].ID == id {
			return &p.Plan[i]
		}
	}
	return nil
}

// Escrow returns the tokens a study must escrow: reward x cap.
func (p *Protocol) Escrow() *big.Int {
	if p.RewardPerParticipant == nil {
		return new(big.Int)
	}
	return new(big.Int).Mul(p.RewardPerParticipant, big.NewInt(int64(p.ParticipantCap)))
}

// StudyStatus is a study's lifecycle state as recorded on chain.
type StudyStatus string

// Study states.
const (
	StatusRegistered StudyStatus = "REGISTERED" // the current protocol version awaits ethics review
	StatusApproved   StudyStatus = "APPROVED"   // approved; analyses run, recruitment stopped
	StatusRejected   StudyStatus = "REJECTED"
	StatusClosed     StudyStatus = "CLOSED"
	StatusRecruiting StudyStatus = "RECRUITING" // approved and open for consent; analyses run
	StatusSuspended  StudyStatus = "SUSPENDED"  // paused by an ethics board: no consents, analyses or payouts
)

// Analysable reports whether a study in status s may run analyses and pay participants:
// approved, recruiting or not.
func (s StudyStatus) Analysable() bool { return s == StatusApproved || s == StatusRecruiting }

// Study is the on-chain record of a study, joined with its stored protocol when available.
type Study struct {
	ID                   uint64
	ProtocolHash         Hash
	Researcher           Address
	Status               StudyStatus
	ApprovedBy           Address // zero until approved
	EpsilonBudget        uint64  // on-chain units (millionths)
	DeltaBudget          uint64  // on-chain units (1e-18)
	EpsilonSpent         uint64
	DeltaSpent           uint64
	RewardPerParticipant *big.Int
	ParticipantCap       uint32
	Consents             uint32   // currently active consents
	Funded               *big.Int // escrow totals
	Paid                 *big.Int
	Refunded             *big.Int
	Protocol             *Protocol // nil when the document is not in the store
}

// Registration is what a researcher signs to register a study.
type Registration struct {
	ProtocolHash         Hash
	EpsilonBudget        uint64
	DeltaBudget          uint64
	RewardPerParticipant *big.Int
	ParticipantCap       uint32
}

// Auth is an EIP-712 signature by the acting account over one action, with the nonce and
// deadline it covers. Signature is 65 bytes r||s||v.
type Auth struct {
	Signer    Address
	Nonce     uint64
	Deadline  uint64 // unix seconds
	Signature []byte
}

// Consent is a patient's grant of their pseudonymous study address to a study.
type Consent struct {
	StudyID     uint64
	Participant Address
	Scope       Hash   // hash of the DUO codes the patient consents to for this study
	Expiry      uint64 // unix seconds
}

// Release is one released, privacy-protected answer to a pre-registered query.
type Release struct {
	StudyID    uint64    `json:"studyId"`
	QueryID    string    `json:"query"`
	QueryHash  Hash      `json:"queryHash"`
	Aggregate  string    `json:"aggregate"`
	Value      float64   `json:"value"`
	Epsilon    float64   `json:"epsilon"`
	Delta      float64   `json:"delta"`
	ResultHash Hash      `json:"resultHash"`
	Released   bool      `json:"released"` // false while the budget spend is not yet confirmed
	CreatedAt  time.Time `json:"createdAt"`
	// Values are the values of a quantiles (one per rank) or histogram (one per bin) query.
	Values []float64 `json:"values,omitempty"`
	// Suppressed: the cohort, or the count, was below the small-cell threshold after noise;
	// Value and Values are 0 and say nothing.
	Suppressed bool `json:"suppressed,omitempty"`
	// SuppressedBins lists the histogram bins below the threshold after noise (their Values
	// are 0).
	SuppressedBins []int `json:"suppressedBins,omitempty"`
	// Encrypted is set in HE_DP mode instead of Value: the released total is a ciphertext
	// that only the study's researcher can decrypt.
	Encrypted *EncryptedResult `json:"encrypted,omitempty"`
	// Included are the pseudonymous addresses the computation read, kept so that every one of
	// them is paid even if the process dies between release and payout. Never shown in APIs.
	// The queries of one HE_DP computation read the same participants, who are listed on the
	// computation's first release only.
	Included []Address `json:"included,omitempty"`
}

// EncryptedResult points a query's release into the ciphertext of an HE_DP computation: the
// whole plan's noisy totals, switched to the researcher's result key, stored in the document
// store under Ciphertext (the SHA-256 of its wire encoding). The query's totals are the Slots
// slots from Offset on.
type EncryptedResult struct {
	Ciphertext Hash `json:"ciphertext"`
	Offset     int  `json:"offset"`
	Slots      int  `json:"slots"`
}

// Payout is the result of paying a study's participants.
type Payout struct {
	Recipients     int
	PerParticipant *big.Int
	Total          *big.Int
}

// ChainStats counts the chain's activity, for audit summaries and benchmarks.
type ChainStats struct {
	Blocks  uint64
	Txs     uint64
	GasUsed uint64
}

// Nonces are an account's current signature nonces at each contract that checks them.
type Nonces struct {
	Registry uint64 // StudyRegistry: register, approve, close
	Consent  uint64 // ConsentRegistry: grant, revoke (kept per study and address: this is the nonce for the study addr was derived for)
	Token    uint64 // RewardToken: ERC-20 permit
}

// SigningDomain is what a client needs to build EIP-712 signatures.
type SigningDomain struct {
	ChainID         uint64
	RewardToken     Address
	StudyRegistry   Address
	ConsentRegistry Address
	StudyEscrow     Address
}

// QueryFields are the numeric patient fields an analysis plan may aggregate, with the unit
// each is recorded in.
var QueryFields = map[string]string{
	"age":      "years",
	"hba1c":    "%",
	"bmi":      "kg/m2",
	"systolic": "mmHg",
	"ldl":      "mmol/L",
	// Added with FHIR import: diastolic pressure, the count of recorded encounters, and
	// means of fitness-tracker daily summaries.
	"diastolic":        "mmHg",
	"encounters":       "encounters",
	"steps_daily_mean": "steps/day",
	"resting_hr":       "beats/min",
	"sleep_hours_mean": "h",
}

// ConsentPreferences are the data uses a patient is willing to be asked about, as GA4GH DUO
// terms: Permitted are permission terms (NRES, GRU, HMB, DS, POA); Required are modifiers a
// study must declare it honours (e.g. DUO:0000046 non-commercial use only, DUO:0000021
// ethics approval required); DUO:0000044 in Required excludes population-origins research.
type ConsentPreferences struct {
	Permitted []string `json:"permitted"`
	Required  []string `json:"required,omitempty"`
}
