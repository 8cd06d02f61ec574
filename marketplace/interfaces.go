package marketplace

import (
	"context"
	"math/big"
	"time"
)

// Ledger is the marketplace's view of the chain: the study registry, consents, the escrow and
// reward token, and the privacy-budget ledger. Every state-changing call carries the signature of
// the account it acts for (or is an operator action the contracts restrict to the operator's
// roles), is relayed by the operator and returns only once mined. Reverts come back as *Error
// with a code that names the cause (EUNAUTHORIZED for bad signatures, EFORBIDDEN for roles and
// states, ECONFLICT for replays and duplicates, EBUDGET for overspend, EINVALID for bad values).
type Ledger interface {
	// Domain returns the chain id and contract addresses clients sign against.
	Domain() SigningDomain
	// Nonces returns addr's current signature nonces.
	Nonces(ctx context.Context, addr Address) (Nonces, error)

	// RegisterStudy records a protocol hash for auth.Signer, the researcher, and returns the
	// new study's id.
	RegisterStudy(ctx context.Context, r Registration, auth Auth) (uint64, error)
	// ApproveStudy records an ethics board's approval of exactly protocolHash.
	ApproveStudy(ctx context.Context, studyID uint64, protocolHash Hash, auth Auth) error
	// FundStudy moves amount reward tokens from the researcher into the study's escrow; auth is
	// the researcher's ERC-20 permit for the escrow contract.
	FundStudy(ctx context.Context, studyID uint64, amount *big.Int, auth Auth) error
	// CloseStudy closes a study on its researcher's signature and refunds what the escrow holds
	// beyond what was paid. It returns the refunded amount.
	CloseStudy(ctx context.Context, studyID uint64, auth Auth) (*big.Int, error)

	// GrantConsent records a patient's consent; concurrent calls may be relayed in one batch.
	GrantConsent(ctx context.Context, c Consent, auth Auth) error
	// RevokeConsent records a patient's revocation; it holds for every later computation.
	RevokeConsent(ctx context.Context, studyID uint64, participant Address, auth Auth) error
	// ConsentValid reports, for each address, whether its consent to the study is valid now.
	ConsentValid(ctx context.Context, studyID uint64, participants []Address) ([]bool, error)

	// SpendBudget debits a release's privacy cost and anchors its result hash. It fails with
	// EBUDGET when the study's budget would be exceeded and ECONFLICT when the query was spent.
	SpendBudget(ctx context.Context, studyID uint64, queryHash Hash, epsilon, delta uint64, resultHash Hash) error
	// Spent reports whether a query's release has been debited and the result hash anchored.
	Spent(ctx context.Context, studyID uint64, queryHash Hash) (bool, Hash, error)
	// Pay pays each recipient the study's reward from escrow; recipients must hold a valid
	// consent and must not have been paid before.
	Pay(ctx context.Context, studyID uint64, recipients []Address) error
	// Paid reports, for each address, whether it was paid by the study.
	Paid(ctx context.Context, studyID uint64, participants []Address) ([]bool, error)

	// Study returns the on-chain record of a study (Protocol left nil); ENOTFOUND if none.
	Study(ctx context.Context, studyID uint64) (*Study, error)
	// StudyCount returns how many studies were registered; ids run from 1 to the count.
	StudyCount(ctx context.Context) (uint64, error)
	// Balance returns addr's reward-token balance.
	Balance(ctx context.Context, addr Address) (*big.Int, error)
	// Mint creates reward tokens for addr (operator faucet).
	Mint(ctx context.Context, addr Address, amount *big.Int) error
	// IsEthicsBoard reports whether addr holds the ETHICS_BOARD role.
	IsEthicsBoard(ctx context.Context, addr Address) (bool, error)
	// AddEthicsBoard and RemoveEthicsBoard grant and revoke the role (operator actions).
	AddEthicsBoard(ctx context.Context, addr Address) error
	RemoveEthicsBoard(ctx context.Context, addr Address) error

	// AmendStudy records a researcher's signed amendment: protocolHash becomes the current
	// version and the study goes back to review.
	AmendStudy(ctx context.Context, studyID uint64, protocolHash Hash, auth Auth) error
	// RejectStudy records an ethics board's signed rejection of exactly protocolHash.
	RejectStudy(ctx context.Context, studyID uint64, protocolHash Hash, auth Auth) error
	// SuspendStudy records an ethics board's signed suspension (or reinstatement).
	SuspendStudy(ctx context.Context, studyID uint64, suspend bool, auth Auth) error
	// SetRecruiting opens or pauses recruitment on the researcher's signature.
	SetRecruiting(ctx context.Context, studyID uint64, open bool, auth Auth) error
	// Stats counts blocks, transactions and gas used on the chain so far.
	Stats(ctx context.Context) (ChainStats, error)
}

// Requests verifies signatures over off-chain requests (run an analysis, use the faucet):
// EIP-712 "Request(string action,uint256 studyId,uint256 nonce,uint256 deadline)" in the
// StudyRegistry's domain. It returns the signer, or EUNAUTHORIZED.
type Requests interface {
	VerifyRequest(action string, studyID uint64, auth Auth) (Address, error)
}

// Protocols validates and canonicalises protocol documents.
type Protocols interface {
	// Validate returns an EINVALID *Error naming the first field at fault.
	Validate(p *Protocol) error
	// Canonical returns the canonical serialisation that is hashed and stored.
	Canonical(p *Protocol) ([]byte, error)
	// Hash returns the protocol hash of a canonical document.
	Hash(canonical []byte) Hash
	// Parse decodes a canonical document.
	Parse(canonical []byte) (*Protocol, error)
	// QueryHash returns the hash of one query's canonical form within a study.
	QueryHash(studyID uint64, q *Query) Hash
	// ValidatePreferences checks a patient's consent preferences (EINVALID naming the field).
	ValidatePreferences(pr ConsentPreferences) error
	// DataUsePermitted reports whether a study declaring dataUse may be offered to a
	// patient with these preferences.
	DataUsePermitted(pr ConsentPreferences, dataUse []string) bool
	// CheckAmendment checks that next is a valid amendment of prev.
	CheckAmendment(prev, next *Protocol) error
}

// DocumentStore keeps protocol documents content-addressed by their hash.
type DocumentStore interface {
	Put(ctx context.Context, h Hash, doc []byte) error
	Get(ctx context.Context, h Hash) ([]byte, error) // ENOTFOUND when absent
}

// ReleaseStore keeps the answers released for each study, so that a query asked again gets the
// same release and never fresh noise.
type ReleaseStore interface {
	PutRelease(ctx context.Context, r *Release) error
	GetRelease(ctx context.Context, studyID uint64, queryID string) (*Release, error) // nil, nil when absent
	Releases(ctx context.Context, studyID uint64) ([]*Release, error)
}

// ConsentChecker is the slice of the ledger a vault needs to re-check consents itself.
type ConsentChecker interface {
	ConsentValid(ctx context.Context, studyID uint64, participants []Address) ([]bool, error)
}

// ChainView is the slice of the ledger a vault or key holder re-checks a computation
// against: the study's status and approved protocol hash, each consent, and whether a query
// was already released (its budget spent).
type ChainView interface {
	ConsentChecker
	Study(ctx context.Context, studyID uint64) (*Study, error)
	Spent(ctx context.Context, studyID uint64, queryHash Hash) (bool, Hash, error)
}

// AnalysisRequest asks a vault to answer one pre-registered query of an approved study.
type AnalysisRequest struct {
	StudyID  uint64
	Protocol *Protocol
	Query    *Query
	Delta    float64 // the delta this query may spend
	// QueryHash is the query's hash (Protocols.QueryHash), which vaults write into the access
	// log of every patient the computation reads. A vault checks it against its own.
	QueryHash Hash
}

// Answer is a vault's privacy-protected answer to one query.
type Answer struct {
	Value float64
	// Values, Suppressed and SuppressedBins are as in Release.
	Values         []float64
	Suppressed     bool
	SuppressedBins []int
	// Included are the pseudonymous addresses of every participant with a valid consent whose
	// record was read, whether or not the cohort filter matched them: payouts go to all of
	// them alike, so payments reveal nothing about cohort membership.
	Included []Address
}

// Vault is the service's view of the vaults that hold patient records: enrolment and the
// operator's listings. Vaults answer only consented, approved, pre-registered queries, and
// only through compute jobs (Queue), never through the service directly.
type Vault interface {
	// Enroll links a patient's pseudonymous address for a study to their record. patientRef
	// is the opaque handle the vault issued to the patient.
	Enroll(ctx context.Context, patientRef string, studyID uint64, participant Address) error
	// PatientRefs lists up to n patient handles (the operator's own listing, for seeding demos).
	PatientRefs(ctx context.Context, n int) ([]string, error)
	// PatientCount returns how many patients the vault holds.
	PatientCount(ctx context.Context) (int, error)
}

// Draft is a researcher's protocol before registration: private to its owner.
type Draft struct {
	ID       uint64
	Owner    Address
	Protocol *Protocol
	Updated  time.Time
}

// DraftStore keeps drafts. SaveDraft refuses (EFORBIDDEN) to overwrite another owner's draft.
// Decision is an ethics board's review of one protocol version, with its rationale and
// conditions. Approvals and rejections are also on chain, bound to the protocol hash; a
// request for changes lives here only.
type Decision struct {
	StudyID      uint64    `json:"studyId"`
	ProtocolHash Hash      `json:"protocolHash"`
	Board        Address   `json:"board"`
	Outcome      string    `json:"outcome"` // DecisionApprove, DecisionReject or DecisionChanges
	Rationale    string    `json:"rationale"`
	Conditions   []string  `json:"conditions,omitempty"`
	At           time.Time `json:"at"`
}

// Decision outcomes.
const (
	DecisionApprove = "APPROVE"
	DecisionReject  = "REJECT"
	DecisionChanges = "REQUEST_CHANGES"
)

// DecisionStore keeps review decisions, oldest first per study.
type DecisionStore interface {
	PutDecision(ctx context.Context, d *Decision) error
	Decisions(ctx context.Context, studyID uint64) ([]*Decision, error)
}

type DraftStore interface {
	SaveDraft(ctx context.Context, d *Draft) (uint64, error)
	Drafts(ctx context.Context, owner Address) ([]*Draft, error)
	Draft(ctx context.Context, id uint64) (*Draft, error)
}

// Job kinds and topics of the analysis jobs.
const (
	// JobAnalysis runs a study's pending plan queries (Job.StudyID); the service enqueues it
	// on TopicAnalysis and waits for its result. Its handler stores every answer as a pending
	// release (Release.Released false) before acknowledging it.
	JobAnalysis   = "analysis"
	TopicAnalysis = "analysis"
)

// Job is one unit of compute work. It carries ids only — a study id, plan query ids, a party
// id — and never patient data or results: whatever a job produces is written to a store
// under the job's id. Handlers are idempotent: running a job twice has the effect of running
// it once.
type Job struct {
	ID      string   `json:"id"`   // unique; 1-200 characters
	Kind    string   `json:"kind"` // what the handler does
	StudyID uint64   `json:"studyId"`
	Queries []string `json:"queries,omitempty"` // plan query ids
	Party   string   `json:"party,omitempty"`   // the vault or key holder the job is for
}

// Delivery is one delivery of a job to a consumer.
type Delivery struct {
	ID      string // the queue's id of the job's entry (a Redis stream entry id)
	Topic   string
	Job     Job
	Attempt int // 1 on the first delivery, higher on redeliveries
}

// JobResult is how a job ended: Code is "" on success, else an error code whose Message is
// safe to show (as in Error).
type JobResult struct {
	JobID   string `json:"jobId"`
	Code    string `json:"code,omitempty"`
	Message string `json:"message,omitempty"`
}

// Err returns the result's error, or nil on success.
func (r JobResult) Err() error {
	if r.Code == "" {
		return nil
	}
	return &Error{Code: r.Code, Message: r.Message}
}

// ResultOf builds the result of a job that ended with err.
func ResultOf(jobID string, err error) JobResult {
	if err == nil {
		return JobResult{JobID: jobID}
	}
	return JobResult{JobID: jobID, Code: ErrorCode(err), Message: ErrorMessage(err)}
}

// Queue carries jobs between the service, the compute coordinator and the workers, with
// at-least-once delivery: a job delivered but not acknowledged within the queue's visibility
// timeout (its consumer died, or failed transiently) is delivered again, to any consumer of
// its topic. It is shaped for a Redis Streams consumer group per topic (XADD, XREADGROUP,
// XACK, XAUTOCLAIM), with job results in keys the waiter blocks on.
type Queue interface {
	// Enqueue appends job to topic. A job whose id was enqueued before and is pending or
	// done is not enqueued again.
	Enqueue(ctx context.Context, topic string, job Job) error
	// Dequeue blocks until a job of topic is ready for consumer, or ctx ends.
	Dequeue(ctx context.Context, topic, consumer string) (*Delivery, error)
	// Ack records the job's result and removes the delivery: the job is not delivered again.
	Ack(ctx context.Context, d *Delivery, result JobResult) error
	// Wait blocks until the job with this id is acknowledged and returns its result.
	Wait(ctx context.Context, jobID string) (JobResult, error)
}
