package token

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token/bindings"
)

// DeploymentLayout versions the set of contracts a Deployment records. A deployment file of
// another layout belongs to older contracts and is refused.
const DeploymentLayout = 2

// Deployment records where the contracts live on a chain. The RewardToken contract is also the
// consent registry and the study escrow (see contracts/RewardToken.sol).
type Deployment struct {
	Layout              int            `json:"layout"`
	ChainID             uint64         `json:"chainId"`
	Block               uint64         `json:"block"` // the block of the first deployment transaction
	RewardToken         common.Address `json:"rewardToken"`
	StudyRegistry       common.Address `json:"studyRegistry"`
	PrivacyBudgetLedger common.Address `json:"privacyBudgetLedger"`
}

// Addresses lists the deployed contracts.
func (d Deployment) Addresses() []common.Address {
	return []common.Address{d.StudyRegistry, d.PrivacyBudgetLedger, d.RewardToken}
}

// Role ids, as the contracts define them.
var (
	RoleEthicsBoard = crypto.Keccak256Hash([]byte("ETHICS_BOARD"))
	RoleCompute     = crypto.Keccak256Hash([]byte("COMPUTE"))
	RoleMinter      = crypto.Keccak256Hash([]byte("MINTER"))
)

// Ledger implements marketplace.Ledger on the medmarket contracts over any Ethereum JSON-RPC
// client. The operator account relays every signed action and holds the compute and minter
// roles. Consents and revocations are checked locally, then relayed in packed batches (see
// batcher). With an Indexer and a confirmation depth, payouts wait until the consents and
// budget debits they rest on are that deep in the chain.
type Ledger struct {
	client *ethclient.Client
	sender *Sender
	dep    Deployment

	registry *bindings.StudyRegistry
	budget   *bindings.PrivacyBudgetLedger
	token    *bindings.RewardToken
	abis     struct{ registry, budget, token *abi.ABI }

	batcher *batcher

	indexer       *Indexer
	confirmations uint64

	// Now is the clock local signature checks use; nil means time.Now.
	Now func() time.Time

	statsMu sync.Mutex
	stats   marketplace.ChainStats
	counted uint64 // blocks counted into stats
}

var _ marketplace.Ledger = (*Ledger)(nil)

func parseABI(s string) *abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(err) // generated ABIs always parse
	}
	return &a
}

// NewLedger binds the deployed contracts and starts the consent batcher.
func NewLedger(client *ethclient.Client, sender *Sender, dep Deployment) (*Ledger, error) {
	l := &Ledger{client: client, sender: sender, dep: dep}
	var err error
	if l.registry, err = bindings.NewStudyRegistry(dep.StudyRegistry, client); err != nil {
		return nil, err
	}
	if l.budget, err = bindings.NewPrivacyBudgetLedger(dep.PrivacyBudgetLedger, client); err != nil {
		return nil, err
	}
	if l.token, err = bindings.NewRewardToken(dep.RewardToken, client); err != nil {
		return nil, err
	}
	l.abis.registry = parseABI(bindings.StudyRegistryMetaData.ABI)
	l.abis.budget = parseABI(bindings.PrivacyBudgetLedgerMetaData.ABI)
	l.abis.token = parseABI(bindings.RewardTokenMetaData.ABI)
	l.batcher = newBatcher(l, defaultBatcherConfig)
	return l, nil
}

// UseIndexer makes payouts wait until the consents of their recipients and the study's budget
// debits are confirmations blocks deep, as ix sees the chain. Zero confirmations pays at once.
func (l *Ledger) UseIndexer(ix *Indexer, confirmations uint64) {
	l.indexer, l.confirmations = ix, confirmations
}

// Close stops the consent batcher; consents still queued fail.
func (l *Ledger) Close() { l.batcher.close() }

func (l *Ledger) now() time.Time {
	if l.Now != nil {
		return l.Now()
	}
	return time.Now()
}

// transact packs a call to a contract and relays it from the operator, mapping a revert to its
// marketplace error.
func (l *Ledger) transact(ctx context.Context, op string, to common.Address, a *abi.ABI, method string, args ...any) (*types.Receipt, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("token.%s: pack %s: %w", op, method, err)
	}
	rcpt, err := l.sender.Transact(ctx, &to, data)
	if err != nil {
		return nil, domainError(op, err)
	}
	return rcpt, nil
}

// Domain returns what clients sign against. Consents are signed in the ConsentRegistry domain
// and permits in the RewardToken's, both at the RewardToken contract, which is also the escrow.
func (l *Ledger) Domain() marketplace.SigningDomain {
	return marketplace.SigningDomain{
		ChainID:         l.dep.ChainID,
		RewardToken:     FromCommon(l.dep.RewardToken),
		StudyRegistry:   FromCommon(l.dep.StudyRegistry),
		ConsentRegistry: FromCommon(l.dep.RewardToken),
		StudyEscrow:     FromCommon(l.dep.RewardToken),
	}
}

// Deployment returns the contract addresses.
func (l *Ledger) Deployment() Deployment { return l.dep }

// Sender returns the operator's transaction sender.
func (l *Ledger) Sender() *Sender { return l.sender }

// Indexer returns the event indexer the ledger uses, or nil.
func (l *Ledger) Indexer() *Indexer { return l.indexer }

// Nonces returns addr's signature nonces at each contract. Consent nonces are kept per
// (study, participant): Consent is the nonce for the study whose consent addr's own account
// word carries, which for a per-study pseudonymous address is the study it was made for (see
// ConsentNonce for any study).
func (l *Ledger) Nonces(ctx context.Context, addr marketplace.Address) (marketplace.Nonces, error) {
	a := ToCommon(addr)
	opts := &bind.CallOpts{Context: ctx}
	r, err := l.registry.Nonces(opts, a)
	if err != nil {
		return marketplace.Nonces{}, fmt.Errorf("token.Nonces: %w", err)
	}
	t, err := l.token.Nonces(opts, a)
	if err != nil {
		return marketplace.Nonces{}, fmt.Errorf("token.Nonces: %w", err)
	}
	study, err := l.token.ConsentStudyOf(opts, a)
	if err != nil {
		return marketplace.Nonces{}, fmt.Errorf("token.Nonces: %w", err)
	}
	var c uint64
	if study.Sign() > 0 {
		if c, err = l.ConsentNonce(ctx, study.Uint64(), addr); err != nil {
			return marketplace.Nonces{}, err
		}
	}
	return marketplace.Nonces{Registry: r.Uint64(), Consent: c, Token: t.Uint64()}, nil
}

// ConsentNonce returns the nonce participant must sign its next consent or revocation of the
// study with.
func (l *Ledger) ConsentNonce(ctx context.Context, id uint64, participant marketplace.Address) (uint64, error) {
	c, err := l.token.ConsentOf(&bind.CallOpts{Context: ctx}, u256(id), ToCommon(participant))
	if err != nil {
		return 0, fmt.Errorf("token.ConsentNonce: %w", err)
	}
	return uint64(c.Nonce), nil
}

func u256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// RegisterStudy relays a researcher's signed registration and returns the new study id.
func (l *Ledger) RegisterStudy(ctx context.Context, r marketplace.Registration, auth marketplace.Auth) (uint64, error) {
	if r.RewardPerParticipant == nil {
		return 0, marketplace.FieldError("rewardPerParticipant", "is required")
	}
	rcpt, err := l.transact(ctx, "RegisterStudy", l.dep.StudyRegistry, l.abis.registry, "register",
		[32]byte(r.ProtocolHash), r.EpsilonBudget, r.DeltaBudget, r.RewardPerParticipant, r.ParticipantCap,
		ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
	if err != nil {
		return 0, err
	}
	for _, lg := range rcpt.Logs {
		if ev, err := l.registry.ParseStudyRegistered(*lg); err == nil {
			return ev.StudyId.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("token.RegisterStudy: no StudyRegistered event in receipt")
}

// AmendStudy relays a researcher's signed amendment: protocolHash becomes the study's current
// version and the study goes back to review.
func (l *Ledger) AmendStudy(ctx context.Context, id uint64, protocolHash marketplace.Hash, auth marketplace.Auth) error {
	_, err := l.transact(ctx, "AmendStudy", l.dep.StudyRegistry, l.abis.registry, "amend",
		u256(id), [32]byte(protocolHash), ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
	return err
}

// ApproveStudy relays an ethics board's signed approval of exactly h, the study's current
// protocol version. The study starts recruiting.
func (l *Ledger) ApproveStudy(ctx context.Context, id uint64, h marketplace.Hash, auth marketplace.Auth) error {
	_, err := l.transact(ctx, "ApproveStudy", l.dep.StudyRegistry, l.abis.registry, "approve",
		u256(id), [32]byte(h), ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
	return err
}

// RejectStudy relays an ethics board's signed rejection of h, the study's current version.
func (l *Ledger) RejectStudy(ctx context.Context, id uint64, h marketplace.Hash, auth marketplace.Auth) error {
	_, err := l.transact(ctx, "RejectStudy", l.dep.StudyRegistry, l.abis.registry, "reject",
		u256(id), [32]byte(h), ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
	return err
}

// SetRecruiting relays the researcher's signed opening (open) or stopping of recruitment.
func (l *Ledger) SetRecruiting(ctx context.Context, id uint64, open bool, auth marketplace.Auth) error {
	_, err := l.transact(ctx, "SetRecruiting", l.dep.StudyRegistry, l.abis.registry, "recruit",
		u256(id), open, ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
	return err
}

// SuspendStudy relays an ethics board's signed suspension (suspend) or reinstatement.
func (l *Ledger) SuspendStudy(ctx context.Context, id uint64, suspend bool, auth marketplace.Auth) error {
	_, err := l.transact(ctx, "SuspendStudy", l.dep.StudyRegistry, l.abis.registry, "suspend",
		u256(id), suspend, ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
	return err
}

// FundStudy relays the researcher's permit and moves amount into the study's escrow.
func (l *Ledger) FundStudy(ctx context.Context, id uint64, amount *big.Int, auth marketplace.Auth) error {
	if len(auth.Signature) != 65 {
		return marketplace.FieldError("auth.signature", "must be 65 bytes")
	}
	var r, s [32]byte
	copy(r[:], auth.Signature[:32])
	copy(s[:], auth.Signature[32:64])
	v := auth.Signature[64]
	if v < 27 {
		v += 27
	}
	_, err := l.transact(ctx, "FundStudy", l.dep.RewardToken, l.abis.token, "fundWithPermit",
		u256(id), ToCommon(auth.Signer), amount, u256(auth.Deadline), v, r, s)
	return err
}

// CloseStudy relays the researcher's signed close and refunds the unpaid escrow.
func (l *Ledger) CloseStudy(ctx context.Context, id uint64, auth marketplace.Auth) (*big.Int, error) {
	if _, err := l.transact(ctx, "CloseStudy", l.dep.StudyRegistry, l.abis.registry, "close",
		u256(id), ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature); err != nil {
		return nil, err
	}
	return l.Refund(ctx, id)
}

// Refund sends what a closed or rejected study's escrow holds beyond what was paid back to its
// researcher, and returns the amount (zero when nothing is left).
func (l *Ledger) Refund(ctx context.Context, id uint64) (*big.Int, error) {
	rcpt, err := l.transact(ctx, "Refund", l.dep.RewardToken, l.abis.token, "refund", u256(id))
	if err != nil {
		return nil, err
	}
	refunded := new(big.Int)
	for _, lg := range rcpt.Logs {
		if ev, err := l.token.ParseRefunded(*lg); err == nil {
			refunded.Add(refunded, ev.Amount)
		}
	}
	return refunded, nil
}

// GrantConsent checks a signed consent locally (signer, signature, deadline, expiry, value
// ranges), then relays it in the next batch for its study; it returns once the batch is mined
// or the consent is refused. Checks that need the chain (nonce, study status, cap, an existing
// consent) are the contract's: a consent it refuses gets its own error and does not hold up
// the rest of its batch. If ctx ends while the consent is in a batch being relayed, it may
// still be recorded.
func (l *Ledger) GrantConsent(ctx context.Context, c marketplace.Consent, auth marketplace.Auth) error {
	if auth.Signer != c.Participant {
		return marketplace.Errorf(marketplace.EUNAUTHORIZED, "a consent must be signed by its participant address")
	}
	if err := VerifyAuth(ConsentDigest(l.Domain(), c, auth.Nonce, auth.Deadline), auth, l.now()); err != nil {
		return err
	}
	if c.Expiry <= uint64(l.now().Unix()) {
		return marketplace.FieldError("expiry", "must be in the future")
	}
	if _, err := grantRecord(c, auth, 0); err != nil {
		return err
	}
	return l.batcher.submit(ctx, &consentOp{
		key:     batchKey{study: c.StudyID},
		who:     ToCommon(c.Participant),
		consent: c,
		auth:    auth,
	})
}

// RevokeConsent checks a participant's signed revocation locally and relays it in the next
// revocation batch for its study.
func (l *Ledger) RevokeConsent(ctx context.Context, id uint64, p marketplace.Address, auth marketplace.Auth) error {
	if auth.Signer != p {
		return marketplace.Errorf(marketplace.EUNAUTHORIZED, "a revocation must be signed by its participant address")
	}
	if err := VerifyAuth(RevokeDigest(l.Domain(), id, p, auth.Nonce, auth.Deadline), auth, l.now()); err != nil {
		return err
	}
	if _, err := revokeRecord(p, auth); err != nil {
		return err
	}
	return l.batcher.submit(ctx, &consentOp{
		key:  batchKey{study: id, revoke: true},
		who:  ToCommon(p),
		auth: auth,
	})
}

func toCommon(as []marketplace.Address) []common.Address {
	out := make([]common.Address, len(as))
	for i, a := range as {
		out[i] = ToCommon(a)
	}
	return out
}

// ConsentValid reports whether each address holds a valid consent to the study now.
func (l *Ledger) ConsentValid(ctx context.Context, id uint64, ps []marketplace.Address) ([]bool, error) {
	if len(ps) == 0 {
		return nil, nil
	}
	out, err := l.token.ValidMany(&bind.CallOpts{Context: ctx}, u256(id), toCommon(ps))
	if err != nil {
		return nil, fmt.Errorf("token.ConsentValid: %w", err)
	}
	return out, nil
}

// SpendBudget debits a release from the study's fixed budget and anchors its result hash.
func (l *Ledger) SpendBudget(ctx context.Context, id uint64, q marketplace.Hash, eps, delta uint64, result marketplace.Hash) error {
	_, err := l.transact(ctx, "SpendBudget", l.dep.PrivacyBudgetLedger, l.abis.budget, "spend",
		u256(id), [32]byte(q), eps, delta, [32]byte(result))
	return err
}

// Spent reports whether a query was debited, and the result hash anchored for it.
func (l *Ledger) Spent(ctx context.Context, id uint64, q marketplace.Hash) (bool, marketplace.Hash, error) {
	h, err := l.budget.SpentResult(&bind.CallOpts{Context: ctx}, u256(id), q)
	if err != nil {
		return false, marketplace.Hash{}, fmt.Errorf("token.Spent: %w", err)
	}
	return h != [32]byte{}, marketplace.Hash(h), nil
}

// Pay pays each recipient the study's reward, in one transaction. With an indexer and a
// confirmation depth it first waits until the recipients' consents and the study's budget
// debits are that deep.
func (l *Ledger) Pay(ctx context.Context, id uint64, recipients []marketplace.Address) error {
	if len(recipients) == 0 {
		return nil
	}
	if err := l.awaitConfirmed(ctx, id, recipients); err != nil {
		return fmt.Errorf("token.Pay: %w", err)
	}
	_, err := l.transact(ctx, "Pay", l.dep.RewardToken, l.abis.token, "pay", u256(id), packAddresses(recipients))
	return err
}

// awaitConfirmed waits until the latest consent of every recipient and the study's latest
// budget debit are l.confirmations blocks deep.
func (l *Ledger) awaitConfirmed(ctx context.Context, id uint64, recipients []marketplace.Address) error {
	if l.indexer == nil || l.confirmations == 0 {
		return nil
	}
	if err := l.indexer.Sync(ctx); err != nil {
		return err
	}
	need := uint64(0)
	for _, r := range recipients {
		b, ok := l.indexer.ConsentBlock(id, r)
		if !ok {
			// Not indexed (the contract will refuse it if there is no consent): wait for
			// what the chain holds now to be deep enough.
			b = l.indexer.Cursor().Number
		}
		need = max(need, b)
	}
	if b, ok := l.indexer.LastSpendBlock(id); ok {
		need = max(need, b)
	}
	return l.indexer.WaitConfirmed(ctx, need)
}

// Paid reports whether each address was paid by the study.
func (l *Ledger) Paid(ctx context.Context, id uint64, ps []marketplace.Address) ([]bool, error) {
	if len(ps) == 0 {
		return nil, nil
	}
	out, err := l.token.PaidMany(&bind.CallOpts{Context: ctx}, u256(id), toCommon(ps))
	if err != nil {
		return nil, fmt.Errorf("token.Paid: %w", err)
	}
	return out, nil
}

// Study returns the on-chain record of a study: registry, budget ledger and escrow.
func (l *Ledger) Study(ctx context.Context, id uint64) (*marketplace.Study, error) {
	opts := &bind.CallOpts{Context: ctx}
	v, err := l.registry.StudyOf(opts, u256(id))
	if err != nil {
		return nil, fmt.Errorf("token.Study: %w", err)
	}
	if v.Status == 0 {
		return nil, marketplace.Errorf(marketplace.ENOTFOUND, "no study with id %d", id)
	}
	b, err := l.budget.BudgetOf(opts, u256(id))
	if err != nil {
		return nil, fmt.Errorf("token.Study: %w", err)
	}
	p, err := l.token.PoolOf(opts, u256(id))
	if err != nil {
		return nil, fmt.Errorf("token.Study: %w", err)
	}
	st := &marketplace.Study{
		ID: id, ProtocolHash: v.ProtocolHash, Researcher: FromCommon(v.Researcher),
		EpsilonBudget: b.Epsilon, DeltaBudget: b.Delta, EpsilonSpent: b.EpsilonSpent, DeltaSpent: b.DeltaSpent,
		RewardPerParticipant: v.Reward, ParticipantCap: v.Cap, Consents: p.Active,
		Funded: p.Funded, Paid: p.Paid, Refunded: p.Refunded,
	}
	if v.Approved {
		st.ApprovedBy = FromCommon(v.ReviewedBy)
	}
	if int(v.Status) < len(statusNames) {
		st.Status = statusNames[v.Status]
	}
	return st, nil
}

// StudyCount returns the number of registered studies.
func (l *Ledger) StudyCount(ctx context.Context) (uint64, error) {
	n, err := l.registry.StudyCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("token.StudyCount: %w", err)
	}
	return n.Uint64(), nil
}

// Balance returns addr's reward-token balance.
func (l *Ledger) Balance(ctx context.Context, addr marketplace.Address) (*big.Int, error) {
	b, err := l.token.BalanceOf(&bind.CallOpts{Context: ctx}, ToCommon(addr))
	if err != nil {
		return nil, fmt.Errorf("token.Balance: %w", err)
	}
	return b, nil
}

// Mint creates reward tokens for addr from the operator's minter role.
func (l *Ledger) Mint(ctx context.Context, addr marketplace.Address, amount *big.Int) error {
	_, err := l.transact(ctx, "Mint", l.dep.RewardToken, l.abis.token, "mint", ToCommon(addr), amount)
	return err
}

// IsEthicsBoard reports whether addr holds the ETHICS_BOARD role.
func (l *Ledger) IsEthicsBoard(ctx context.Context, addr marketplace.Address) (bool, error) {
	ok, err := l.registry.HasRole(&bind.CallOpts{Context: ctx}, RoleEthicsBoard, ToCommon(addr))
	if err != nil {
		return false, fmt.Errorf("token.IsEthicsBoard: %w", err)
	}
	return ok, nil
}

// AddEthicsBoard grants addr the ETHICS_BOARD role (an admin action of the operator).
func (l *Ledger) AddEthicsBoard(ctx context.Context, addr marketplace.Address) error {
	if ok, err := l.IsEthicsBoard(ctx, addr); err != nil || ok {
		return err
	}
	_, err := l.transact(ctx, "AddEthicsBoard", l.dep.StudyRegistry, l.abis.registry, "grantRole", [32]byte(RoleEthicsBoard), ToCommon(addr))
	return err
}

// RemoveEthicsBoard revokes addr's ETHICS_BOARD role (an admin action of the operator).
func (l *Ledger) RemoveEthicsBoard(ctx context.Context, addr marketplace.Address) error {
	_, err := l.transact(ctx, "RemoveEthicsBoard", l.dep.StudyRegistry, l.abis.registry, "revokeRole", [32]byte(RoleEthicsBoard), ToCommon(addr))
	return err
}

// Stats counts the blocks, transactions and gas of the chain so far; blocks already counted
// are not read again.
func (l *Ledger) Stats(ctx context.Context) (marketplace.ChainStats, error) {
	l.statsMu.Lock()
	defer l.statsMu.Unlock()
	head, err := l.client.BlockNumber(ctx)
	if err != nil {
		return marketplace.ChainStats{}, fmt.Errorf("token.Stats: %w", err)
	}
	for n := l.counted + 1; n <= head; n++ {
		b, err := l.client.BlockByNumber(ctx, u256(n))
		if err != nil {
			return marketplace.ChainStats{}, fmt.Errorf("token.Stats: %w", err)
		}
		l.stats.Txs += uint64(len(b.Transactions()))
		l.stats.GasUsed += b.GasUsed()
		l.counted = n
	}
	l.stats.Blocks = head
	return l.stats, nil
}

// Deploy deploys the contracts from the sender's account, which becomes their admin and holds
// the compute and minter roles: the StudyRegistry (which creates the PrivacyBudgetLedger), then
// the RewardToken bound to it.
func Deploy(ctx context.Context, s *Sender) (Deployment, error) {
	dep := Deployment{Layout: DeploymentLayout, ChainID: s.ChainID().Uint64()}
	admin := s.From()
	create := func(name string, md *bind.MetaData, args ...any) (common.Address, *types.Receipt, error) {
		parsed, err := md.GetAbi()
		if err != nil {
			return common.Address{}, nil, err
		}
		addr, rcpt, err := s.Deploy(ctx, parsed, common.FromHex(md.Bin), args...)
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("token.Deploy %s: %w", name, err)
		}
		return addr, rcpt, nil
	}
	var (
		rcpt *types.Receipt
		err  error
	)
	if dep.StudyRegistry, rcpt, err = create("StudyRegistry", bindings.StudyRegistryMetaData, admin); err != nil {
		return dep, err
	}
	dep.Block = rcpt.BlockNumber.Uint64()
	reg, err := bindings.NewStudyRegistry(dep.StudyRegistry, s.Client())
	if err != nil {
		return dep, err
	}
	if dep.PrivacyBudgetLedger, err = reg.BudgetLedger(&bind.CallOpts{Context: ctx}); err != nil {
		return dep, fmt.Errorf("token.Deploy: budget ledger: %w", err)
	}
	if dep.RewardToken, _, err = create("RewardToken", bindings.RewardTokenMetaData, admin, dep.StudyRegistry); err != nil {
		return dep, err
	}
	return dep, nil
}

// operatorAddress returns the address of a private key.
func operatorAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

var errNoCode = errors.New("no contract code at a recorded address")
