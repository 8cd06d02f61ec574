package token

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token/bindings"
)

// Deployment records where the contracts live on a chain.
type Deployment struct {
	ChainID         uint64         `json:"chainId"`
	RewardToken     common.Address `json:"rewardToken"`
	StudyRegistry   common.Address `json:"studyRegistry"`
	ConsentRegistry common.Address `json:"consentRegistry"`
	StudyEscrow     common.Address `json:"studyEscrow"`
}

// Role ids, as the contracts define them.
var (
	RoleEthicsBoard = crypto.Keccak256Hash([]byte("ETHICS_BOARD"))
	RoleCompute     = crypto.Keccak256Hash([]byte("COMPUTE"))
)

// maxBatch bounds the consents relayed in one transaction.
const maxBatch = 100

// Ledger implements marketplace.Ledger on the medmarket contracts over any Ethereum JSON-RPC
// client. The operator account relays every signed action and holds the compute and minter
// roles.
type Ledger struct {
	client *ethclient.Client
	sender *Sender
	dep    Deployment

	registry *bindings.StudyRegistry
	consents *bindings.ConsentRegistry
	escrow   *bindings.StudyEscrow
	token    *bindings.RewardToken
	abis     map[string]*abi.ABI

	grants chan *grantReq

	statsMu sync.Mutex
	stats   marketplace.ChainStats
	counted uint64 // blocks counted into stats
}

var _ marketplace.Ledger = (*Ledger)(nil)

type grantReq struct {
	g    bindings.ConsentRegistryGrant
	done chan error
}

func parseABI(s string) *abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(err) // generated ABIs always parse
	}
	return &a
}

// NewLedger binds the deployed contracts and starts the consent batcher.
func NewLedger(client *ethclient.Client, sender *Sender, dep Deployment) (*Ledger, error) {
	l := &Ledger{client: client, sender: sender, dep: dep, grants: make(chan *grantReq, 4096)}
	var err error
	if l.registry, err = bindings.NewStudyRegistry(dep.StudyRegistry, client); err != nil {
		return nil, err
	}
	if l.consents, err = bindings.NewConsentRegistry(dep.ConsentRegistry, client); err != nil {
		return nil, err
	}
	if l.escrow, err = bindings.NewStudyEscrow(dep.StudyEscrow, client); err != nil {
		return nil, err
	}
	if l.token, err = bindings.NewRewardToken(dep.RewardToken, client); err != nil {
		return nil, err
	}
	l.abis = map[string]*abi.ABI{
		"registry": parseABI(bindings.StudyRegistryMetaData.ABI),
		"consents": parseABI(bindings.ConsentRegistryMetaData.ABI),
		"escrow":   parseABI(bindings.StudyEscrowMetaData.ABI),
		"token":    parseABI(bindings.RewardTokenMetaData.ABI),
	}
	go l.batchGrants()
	return l, nil
}

// Close stops the consent batcher.
func (l *Ledger) Close() { close(l.grants) }

func (l *Ledger) call() *bind.CallOpts { return &bind.CallOpts{From: l.sender.From()} }

// transact packs a call to one of the contracts and relays it from the operator.
func (l *Ledger) transact(ctx context.Context, op, contract string, to common.Address, method string, args ...any) (*types.Receipt, error) {
	data, err := l.abis[contract].Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("token.%s: pack %s: %w", op, method, err)
	}
	rcpt, err := l.sender.Transact(ctx, &to, data)
	if err != nil {
		return nil, domainError(op, err)
	}
	return rcpt, nil
}

// simulate runs a call against the pending state without sending it, to learn whether it
// would revert and why.
func (l *Ledger) simulate(ctx context.Context, op, contract string, to common.Address, method string, args ...any) error {
	data, err := l.abis[contract].Pack(method, args...)
	if err != nil {
		return fmt.Errorf("token.%s: pack %s: %w", op, method, err)
	}
	_, err = l.client.CallContract(ctx, ethereum.CallMsg{From: l.sender.From(), To: &to, Data: data}, nil)
	if err != nil {
		return domainError(op, err)
	}
	return nil
}

// Domain returns what clients sign against.
func (l *Ledger) Domain() marketplace.SigningDomain {
	return marketplace.SigningDomain{
		ChainID:         l.dep.ChainID,
		RewardToken:     FromCommon(l.dep.RewardToken),
		StudyRegistry:   FromCommon(l.dep.StudyRegistry),
		ConsentRegistry: FromCommon(l.dep.ConsentRegistry),
		StudyEscrow:     FromCommon(l.dep.StudyEscrow),
	}
}

// Deployment returns the contract addresses.
func (l *Ledger) Deployment() Deployment { return l.dep }

// Nonces returns addr's signature nonces at each contract.
func (l *Ledger) Nonces(ctx context.Context, addr marketplace.Address) (marketplace.Nonces, error) {
	a := ToCommon(addr)
	opts := &bind.CallOpts{Context: ctx}
	r, err := l.registry.Nonces(opts, a)
	if err != nil {
		return marketplace.Nonces{}, fmt.Errorf("token.Nonces: %w", err)
	}
	c, err := l.consents.Nonces(opts, a)
	if err != nil {
		return marketplace.Nonces{}, fmt.Errorf("token.Nonces: %w", err)
	}
	t, err := l.token.Nonces(opts, a)
	if err != nil {
		return marketplace.Nonces{}, fmt.Errorf("token.Nonces: %w", err)
	}
	return marketplace.Nonces{Registry: r.Uint64(), Consent: c.Uint64(), Token: t.Uint64()}, nil
}

func u256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// RegisterStudy relays a researcher's signed registration and returns the new study id.
func (l *Ledger) RegisterStudy(ctx context.Context, r marketplace.Registration, auth marketplace.Auth) (uint64, error) {
	rcpt, err := l.transact(ctx, "RegisterStudy", "registry", l.dep.StudyRegistry, "register",
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

// ApproveStudy relays an ethics board's signed approval.
func (l *Ledger) ApproveStudy(ctx context.Context, id uint64, h marketplace.Hash, auth marketplace.Auth) error {
	_, err := l.transact(ctx, "ApproveStudy", "registry", l.dep.StudyRegistry, "approve",
		u256(id), [32]byte(h), ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
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
	_, err := l.transact(ctx, "FundStudy", "escrow", l.dep.StudyEscrow, "fundWithPermit",
		u256(id), ToCommon(auth.Signer), amount, u256(auth.Deadline), v, r, s)
	return err
}

// CloseStudy relays the researcher's signed close and refunds the unpaid escrow.
func (l *Ledger) CloseStudy(ctx context.Context, id uint64, auth marketplace.Auth) (*big.Int, error) {
	if _, err := l.transact(ctx, "CloseStudy", "registry", l.dep.StudyRegistry, "close",
		u256(id), ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature); err != nil {
		return nil, err
	}
	rcpt, err := l.transact(ctx, "CloseStudy", "escrow", l.dep.StudyEscrow, "refund", u256(id))
	if err != nil {
		return nil, err
	}
	refunded := new(big.Int)
	for _, lg := range rcpt.Logs {
		if ev, err := l.escrow.ParseRefunded(*lg); err == nil {
			refunded.Add(refunded, ev.Amount)
		}
	}
	return refunded, nil
}

// GrantConsent checks a signed consent against the chain, then relays it in the next batch.
// Consents that arrive while a batch is being mined go together in the following one.
func (l *Ledger) GrantConsent(ctx context.Context, c marketplace.Consent, auth marketplace.Auth) error {
	g := bindings.ConsentRegistryGrant{
		StudyId: u256(c.StudyID), Participant: ToCommon(c.Participant), Scope: c.Scope, Expiry: c.Expiry,
		Nonce: u256(auth.Nonce), Deadline: u256(auth.Deadline), Signature: auth.Signature,
	}
	if err := l.simulate(ctx, "GrantConsent", "consents", l.dep.ConsentRegistry, "grant", g); err != nil {
		return err
	}
	req := &grantReq{g: g, done: make(chan error, 1)}
	select {
	case l.grants <- req:
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-req.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// batchGrants relays queued consents: everything waiting, up to maxBatch, in one
// transaction. If a batch reverts (a consent became invalid after its check), each of its
// consents is relayed alone so only the bad one fails.
func (l *Ledger) batchGrants() {
	for first := range l.grants {
		batch := []*grantReq{first}
	fill:
		for len(batch) < maxBatch {
			select {
			case r, ok := <-l.grants:
				if !ok {
					break fill
				}
				batch = append(batch, r)
			default:
				break fill
			}
		}
		ctx := context.Background()
		if len(batch) == 1 {
			_, err := l.transact(ctx, "GrantConsent", "consents", l.dep.ConsentRegistry, "grant", batch[0].g)
			batch[0].done <- err
			continue
		}
		gs := make([]bindings.ConsentRegistryGrant, len(batch))
		for i, r := range batch {
			gs[i] = r.g
		}
		if _, err := l.transact(ctx, "GrantConsent", "consents", l.dep.ConsentRegistry, "grantBatch", gs); err == nil {
			for _, r := range batch {
				r.done <- nil
			}
			continue
		}
		for _, r := range batch {
			_, err := l.transact(ctx, "GrantConsent", "consents", l.dep.ConsentRegistry, "grant", r.g)
			r.done <- err
		}
	}
}

// RevokeConsent relays a participant's signed revocation.
func (l *Ledger) RevokeConsent(ctx context.Context, id uint64, p marketplace.Address, auth marketplace.Auth) error {
	_, err := l.transact(ctx, "RevokeConsent", "consents", l.dep.ConsentRegistry, "revoke",
		u256(id), ToCommon(p), u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
	return err
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
	out, err := l.consents.ValidMany(&bind.CallOpts{Context: ctx}, u256(id), toCommon(ps))
	if err != nil {
		return nil, fmt.Errorf("token.ConsentValid: %w", err)
	}
	return out, nil
}

// SpendBudget debits a release and anchors its result hash.
func (l *Ledger) SpendBudget(ctx context.Context, id uint64, q marketplace.Hash, eps, delta uint64, result marketplace.Hash) error {
	_, err := l.transact(ctx, "SpendBudget", "registry", l.dep.StudyRegistry, "spend",
		u256(id), [32]byte(q), eps, delta, [32]byte(result))
	return err
}

// Spent reports whether a query was debited, and the result hash anchored for it.
func (l *Ledger) Spent(ctx context.Context, id uint64, q marketplace.Hash) (bool, marketplace.Hash, error) {
	h, err := l.registry.SpentResult(&bind.CallOpts{Context: ctx}, u256(id), q)
	if err != nil {
		return false, marketplace.Hash{}, fmt.Errorf("token.Spent: %w", err)
	}
	return h != [32]byte{}, marketplace.Hash(h), nil
}

// Pay pays each recipient the study's reward.
func (l *Ledger) Pay(ctx context.Context, id uint64, recipients []marketplace.Address) error {
	_, err := l.transact(ctx, "Pay", "escrow", l.dep.StudyEscrow, "pay", u256(id), toCommon(recipients))
	return err
}

// Paid reports whether each address was paid by the study.
func (l *Ledger) Paid(ctx context.Context, id uint64, ps []marketplace.Address) ([]bool, error) {
	if len(ps) == 0 {
		return nil, nil
	}
	out, err := l.escrow.PaidMany(&bind.CallOpts{Context: ctx}, u256(id), toCommon(ps))
	if err != nil {
		return nil, fmt.Errorf("token.Paid: %w", err)
	}
	return out, nil
}

var statuses = []marketplace.StudyStatus{"", marketplace.StatusRegistered, marketplace.StatusApproved, marketplace.StatusRejected, marketplace.StatusClosed}

// Study returns the on-chain record of a study with its consent count and escrow.
func (l *Ledger) Study(ctx context.Context, id uint64) (*marketplace.Study, error) {
	opts := &bind.CallOpts{Context: ctx}
	n, err := l.registry.StudyCount(opts)
	if err != nil {
		return nil, fmt.Errorf("token.Study: %w", err)
	}
	if id == 0 || id > n.Uint64() {
		return nil, marketplace.Errorf(marketplace.ENOTFOUND, "no study with id %d", id)
	}
	s, err := l.registry.GetStudy(opts, u256(id))
	if err != nil {
		return nil, fmt.Errorf("token.Study: %w", err)
	}
	active, err := l.consents.ActiveCount(opts, u256(id))
	if err != nil {
		return nil, fmt.Errorf("token.Study: %w", err)
	}
	esc, err := l.escrow.EscrowOf(opts, u256(id))
	if err != nil {
		return nil, fmt.Errorf("token.Study: %w", err)
	}
	st := &marketplace.Study{
		ID: id, ProtocolHash: s.ProtocolHash, Researcher: FromCommon(s.Researcher),
		ApprovedBy: FromCommon(s.ApprovedBy), EpsilonBudget: s.EpsilonBudget, DeltaBudget: s.DeltaBudget,
		EpsilonSpent: s.EpsilonSpent, DeltaSpent: s.DeltaSpent, RewardPerParticipant: s.Reward,
		ParticipantCap: s.Cap, Consents: uint32(active.Uint64()),
		Funded: esc.Funded, Paid: esc.Paid, Refunded: esc.Refunded,
	}
	if int(s.Status) < len(statuses) {
		st.Status = statuses[s.Status]
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
	_, err := l.transact(ctx, "Mint", "token", l.dep.RewardToken, "mint", ToCommon(addr), amount)
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
	_, err := l.transact(ctx, "AddEthicsBoard", "registry", l.dep.StudyRegistry, "grantRole", [32]byte(RoleEthicsBoard), ToCommon(addr))
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

// deploy deploys the four contracts from the operator and grants it the compute role.
func deploy(ctx context.Context, s *Sender, chainID uint64) (Deployment, error) {
	dep := Deployment{ChainID: chainID}
	admin := s.From()
	create := func(name, bin, abiJSON string, args ...any) (common.Address, error) {
		a := parseABI(abiJSON)
		ctor, err := a.Pack("", args...)
		if err != nil {
			return common.Address{}, fmt.Errorf("token.deploy %s: %w", name, err)
		}
		code := append(common.FromHex(bin), ctor...)
		rcpt, err := s.Transact(ctx, nil, code)
		if err != nil {
			return common.Address{}, fmt.Errorf("token.deploy %s: %w", name, err)
		}
		return rcpt.ContractAddress, nil
	}
	var err error
	if dep.RewardToken, err = create("RewardToken", bindings.RewardTokenMetaData.Bin, bindings.RewardTokenMetaData.ABI, admin); err != nil {
		return dep, err
	}
	if dep.StudyRegistry, err = create("StudyRegistry", bindings.StudyRegistryMetaData.Bin, bindings.StudyRegistryMetaData.ABI, admin); err != nil {
		return dep, err
	}
	if dep.ConsentRegistry, err = create("ConsentRegistry", bindings.ConsentRegistryMetaData.Bin, bindings.ConsentRegistryMetaData.ABI, dep.StudyRegistry); err != nil {
		return dep, err
	}
	if dep.StudyEscrow, err = create("StudyEscrow", bindings.StudyEscrowMetaData.Bin, bindings.StudyEscrowMetaData.ABI, dep.RewardToken, dep.StudyRegistry, dep.ConsentRegistry, admin); err != nil {
		return dep, err
	}
	for _, g := range []struct {
		abi string
		to  common.Address
	}{{bindings.StudyRegistryMetaData.ABI, dep.StudyRegistry}, {bindings.StudyEscrowMetaData.ABI, dep.StudyEscrow}} {
		data, err := parseABI(g.abi).Pack("grantRole", [32]byte(RoleCompute), admin)
		if err != nil {
			return dep, err
		}
		if _, err := s.Transact(ctx, &g.to, data); err != nil {
			return dep, fmt.Errorf("token.deploy: grant compute role: %w", err)
		}
	}
	return dep, nil
}

// operatorAddress returns the address of a private key.
func operatorAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

var errNoCode = errors.New("no contract code at a recorded address")
