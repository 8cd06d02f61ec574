package bindings_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/medmarket/medmarket/token/bindings"
)

// These tests drive the compiled contracts through their bindings on ethclient/simulated,
// whose AdjustTime makes expiries testable. Gas figures from this backend are not mainnet's
// (it runs experimental forks): the token package's tests and `medmarket bench chain` measure
// gas on the embedded node instead.

// Study statuses as the contracts number them.
const (
	stNone uint8 = iota
	stRegistered
	stApproved
	stRejected
	stRecruiting
	stSuspended
	stClosed
)

// chain is a simulated chain with the contracts deployed the way the operator deploys them:
// admin holds every admin role, COMPUTE_ROLE and MINTER_ROLE.
type chain struct {
	t       *testing.T
	sim     *simulated.Backend
	chainID *big.Int
	admin   *bind.TransactOpts // operator: relayer, compute service, minter

	registry     *bindings.StudyRegistry
	budget       *bindings.PrivacyBudgetLedger
	token        *bindings.RewardToken
	registryAddr common.Address
	budgetAddr   common.Address
	tokenAddr    common.Address
}

func newChain(t *testing.T, funded ...common.Address) *chain {
	t.Helper()
	adminKey := newKey(t)
	adminAddr := crypto.PubkeyToAddress(adminKey.PublicKey)
	alloc := types.GenesisAlloc{adminAddr: {Balance: big.NewInt(params.Ether)}}
	for _, a := range funded {
		alloc[a] = types.Account{Balance: big.NewInt(params.Ether)}
	}
	sim := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
		ec.Genesis.Config = &cfg
	})
	t.Cleanup(func() { sim.Close() })
	chainID, err := sim.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	admin, err := bind.NewKeyedTransactorWithChainID(adminKey, chainID)
	if err != nil {
		t.Fatal(err)
	}
	c := &chain{t: t, sim: sim, chainID: chainID, admin: admin}
	backend := sim.Client()
	var tx *types.Transaction
	c.registryAddr, tx, c.registry, err = bindings.DeployStudyRegistry(admin, backend, adminAddr)
	c.mine(tx, err)
	if c.budgetAddr, err = c.registry.BudgetLedger(c.call()); err != nil {
		t.Fatal(err)
	}
	if c.budget, err = bindings.NewPrivacyBudgetLedger(c.budgetAddr, backend); err != nil {
		t.Fatal(err)
	}
	c.tokenAddr, tx, c.token, err = bindings.DeployRewardToken(admin, backend, adminAddr, c.registryAddr)
	c.mine(tx, err)
	return c
}

// mine commits the pending block and fails unless tx succeeded.
func (c *chain) mine(tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	if err != nil {
		c.t.Fatalf("send: %v (%s)", err, revertName(err))
	}
	c.sim.Commit()
	r, err := c.sim.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		c.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

// sent is the outcome of sending a transaction.
type sent struct {
	c   *chain
	err error
}

func (c *chain) send(_ *types.Transaction, err error) sent { return sent{c, err} }

// reverts fails unless sending failed with the named custom error.
func (s sent) reverts(want string) {
	s.c.t.Helper()
	if s.err == nil {
		s.c.t.Fatalf("succeeded, want revert %s", want)
	}
	if got := revertName(s.err); got != want {
		s.c.t.Fatalf("reverted with %q (%v), want %s", got, s.err, want)
	}
}

func (c *chain) now() uint64 {
	c.t.Helper()
	h, err := c.sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h.Time
}

func (c *chain) call() *bind.CallOpts { return &bind.CallOpts{} }

// allErrors is the union of the custom errors of every contract: a call may bubble up an
// error of another contract.
var allErrors = func() map[[4]byte]abi.Error {
	m := make(map[[4]byte]abi.Error)
	for _, md := range metadata {
		parsed, err := md.GetAbi()
		if err != nil {
			panic(err)
		}
		for _, e := range parsed.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	return m
}()

// revertName decodes the custom error a failed call or gas estimate reverted with.
func revertName(err error) string {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return ""
	}
	s, _ := de.ErrorData().(string)
	data, decodeErr := hexutil.Decode(s)
	if decodeErr != nil || len(data) < 4 {
		return ""
	}
	e, ok := allErrors[[4]byte(data[:4])]
	if !ok {
		return ""
	}
	if _, err := e.Unpack(data); err != nil {
		return ""
	}
	return e.Name
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// sign signs EIP-712 typed data the way a wallet does (eth_signTypedData_v4), returning the
// 65-byte r||s||v signature with v in {27, 28}.
func sign(t *testing.T, key *ecdsa.PrivateKey, chainID *big.Int, name string, contract common.Address, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) []byte {
	t.Helper()
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
				{Name: "verifyingContract", Type: "address"},
			},
			primary: fields,
		},
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name:              name,
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(chainID),
			VerifyingContract: contract.Hex(),
		},
		Message: msg,
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

var (
	registerType = []apitypes.Type{
		{Name: "protocolHash", Type: "bytes32"},
		{Name: "epsilonBudget", Type: "uint64"},
		{Name: "deltaBudget", Type: "uint64"},
		{Name: "reward", Type: "uint256"},
		{Name: "cap", Type: "uint32"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	}
	hashActionType = []apitypes.Type{ // Amend, Approve, Reject
		{Name: "studyId", Type: "uint256"},
		{Name: "protocolHash", Type: "bytes32"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	}
	closeType = []apitypes.Type{
		{Name: "studyId", Type: "uint256"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	}
	consentType = []apitypes.Type{
		{Name: "studyId", Type: "uint256"},
		{Name: "participant", Type: "address"},
		{Name: "scope", Type: "bytes32"},
		{Name: "expiry", Type: "uint64"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	}
	revokeType = []apitypes.Type{
		{Name: "studyId", Type: "uint256"},
		{Name: "participant", Type: "address"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	}
	permitType = []apitypes.Type{
		{Name: "owner", Type: "address"},
		{Name: "spender", Type: "address"},
		{Name: "value", Type: "uint256"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	}
)

func flagType(flag string) []apitypes.Type {
	return []apitypes.Type{
		{Name: "studyId", Type: "uint256"},
		{Name: flag, Type: "bool"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	}
}

func u(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

type registration struct {
	protocolHash   common.Hash
	epsilon, delta uint64
	reward         *big.Int
	cap            uint32
}

func (c *chain) register(key *ecdsa.PrivateKey, r registration, nonce, deadline uint64) (*types.Transaction, error) {
	sig := sign(c.t, key, c.chainID, "MedMarket StudyRegistry", c.registryAddr, "Register", registerType, apitypes.TypedDataMessage{
		"protocolHash": r.protocolHash[:], "epsilonBudget": u(r.epsilon), "deltaBudget": u(r.delta),
		"reward": r.reward, "cap": u(uint64(r.cap)), "nonce": u(nonce), "deadline": u(deadline),
	})
	return c.registry.Register(c.admin, r.protocolHash, r.epsilon, r.delta, r.reward, r.cap, addr(key), u(nonce), u(deadline), sig)
}

// hashAction signs and sends Amend, Approve or Reject.
func (c *chain) hashAction(primary string, key *ecdsa.PrivateKey, id uint64, h common.Hash, nonce, deadline uint64) (*types.Transaction, error) {
	sig := sign(c.t, key, c.chainID, "MedMarket StudyRegistry", c.registryAddr, primary, hashActionType, apitypes.TypedDataMessage{
		"studyId": u(id), "protocolHash": h[:], "nonce": u(nonce), "deadline": u(deadline),
	})
	switch primary {
	case "Amend":
		return c.registry.Amend(c.admin, u(id), h, addr(key), u(nonce), u(deadline), sig)
	case "Approve":
		return c.registry.Approve(c.admin, u(id), h, addr(key), u(nonce), u(deadline), sig)
	default:
		return c.registry.Reject(c.admin, u(id), h, addr(key), u(nonce), u(deadline), sig)
	}
}

// flagAction signs and sends Recruit or Suspend.
func (c *chain) flagAction(primary string, key *ecdsa.PrivateKey, id uint64, on bool, nonce, deadline uint64) (*types.Transaction, error) {
	flag := "open"
	if primary == "Suspend" {
		flag = "suspend"
	}
	sig := sign(c.t, key, c.chainID, "MedMarket StudyRegistry", c.registryAddr, primary, flagType(flag), apitypes.TypedDataMessage{
		"studyId": u(id), flag: on, "nonce": u(nonce), "deadline": u(deadline),
	})
	if primary == "Recruit" {
		return c.registry.Recruit(c.admin, u(id), on, addr(key), u(nonce), u(deadline), sig)
	}
	return c.registry.Suspend(c.admin, u(id), on, addr(key), u(nonce), u(deadline), sig)
}

func (c *chain) closeStudy(key *ecdsa.PrivateKey, id, nonce, deadline uint64) (*types.Transaction, error) {
	sig := sign(c.t, key, c.chainID, "MedMarket StudyRegistry", c.registryAddr, "Close", closeType, apitypes.TypedDataMessage{
		"studyId": u(id), "nonce": u(nonce), "deadline": u(deadline),
	})
	return c.registry.Close(c.admin, u(id), addr(key), u(nonce), u(deadline), sig)
}

func (c *chain) status(id uint64) uint8 {
	c.t.Helper()
	s, err := c.registry.StatusOf(c.call(), u(id))
	if err != nil {
		c.t.Fatal(err)
	}
	return s
}

// grant is one consent record of a batch.
type grant struct {
	key                     *ecdsa.PrivateKey
	scope                   common.Hash
	expiry, nonce, deadline uint64
}

// packGrants signs and packs consents to study id as grantBatch records (an implementation of
// the format independent of the token package's).
func (c *chain) packGrants(id uint64, gs []grant) ([][32]byte, []byte) {
	var scopes [][32]byte
	var records []byte
	for _, g := range gs {
		idx := -1
		for i, s := range scopes {
			if s == g.scope {
				idx = i
			}
		}
		if idx < 0 {
			idx = len(scopes)
			scopes = append(scopes, g.scope)
		}
		sig := sign(c.t, g.key, c.chainID, "MedMarket ConsentRegistry", c.tokenAddr, "Consent", consentType, apitypes.TypedDataMessage{
			"studyId": u(id), "participant": addr(g.key).Hex(), "scope": g.scope[:], "expiry": u(g.expiry),
			"nonce": u(g.nonce), "deadline": u(g.deadline),
		})
		rec := append([]byte{}, addr(g.key).Bytes()...)
		rec = append(rec, uint40(g.expiry)...)
		rec = append(rec, byte(idx))
		rec = append(rec, uint40(g.deadline)...)
		rec = binary.BigEndian.AppendUint32(rec, uint32(g.nonce))
		records = append(records, rec...)
		records = append(records, compact(sig)...)
	}
	return scopes, records
}

func uint40(v uint64) []byte {
	return []byte{byte(v >> 32), byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
}

// compact turns a 65-byte signature into EIP-2098's r || (v-27)<<255 | s.
func compact(sig []byte) []byte {
	out := append([]byte{}, sig[:64]...)
	out[32] |= (sig[64] - 27) << 7
	return out
}

func (c *chain) grantBatch(id uint64, gs ...grant) (*types.Transaction, error) {
	scopes, records := c.packGrants(id, gs)
	return c.token.GrantBatch(c.admin, u(id), scopes, records)
}

func (c *chain) revokeBatch(id uint64, keys []*ecdsa.PrivateKey, nonce, deadline uint64) (*types.Transaction, error) {
	var records []byte
	for _, k := range keys {
		sig := sign(c.t, k, c.chainID, "MedMarket ConsentRegistry", c.tokenAddr, "Revoke", revokeType, apitypes.TypedDataMessage{
			"studyId": u(id), "participant": addr(k).Hex(), "nonce": u(nonce), "deadline": u(deadline),
		})
		records = append(records, addr(k).Bytes()...)
		records = append(records, uint40(deadline)...)
		records = binary.BigEndian.AppendUint32(records, uint32(nonce))
		records = append(records, compact(sig)...)
	}
	return c.token.RevokeBatch(c.admin, u(id), records)
}

func packed(keys ...*ecdsa.PrivateKey) []byte {
	var out []byte
	for _, k := range keys {
		out = append(out, addr(k).Bytes()...)
	}
	return out
}

func (c *chain) balance(a common.Address) *big.Int {
	c.t.Helper()
	b, err := c.token.BalanceOf(c.call(), a)
	if err != nil {
		c.t.Fatal(err)
	}
	return b
}

// permit signs an ERC-2612 permit for the token contract (the escrow) and returns v, r, s.
func (c *chain) permit(key *ecdsa.PrivateKey, value, nonce, deadline uint64) (uint8, [32]byte, [32]byte) {
	sig := sign(c.t, key, c.chainID, "MedMarket Reward", c.tokenAddr, "Permit", permitType, apitypes.TypedDataMessage{
		"owner": addr(key).Hex(), "spender": c.tokenAddr.Hex(), "value": u(value), "nonce": u(nonce), "deadline": u(deadline),
	})
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64], r, s
}

// openStudy registers, funds (funding tokens) and approves a study: it ends up recruiting.
func (c *chain) openStudy(researcher, board *ecdsa.PrivateKey, reg registration, funding uint64, rNonce, bNonce uint64) uint64 {
	c.t.Helper()
	deadline := c.now() + 3600
	rcpt := c.mine(c.register(researcher, reg, rNonce, deadline))
	var id uint64
	for _, l := range rcpt.Logs {
		if ev, err := c.registry.ParseStudyRegistered(*l); err == nil {
			id = ev.StudyId.Uint64()
		}
	}
	if funding > 0 {
		c.mine(c.token.Mint(c.admin, addr(researcher), u(funding)))
		nonce, _ := c.token.Nonces(c.call(), addr(researcher))
		v, r, s := c.permit(researcher, funding, nonce.Uint64(), deadline)
		c.mine(c.token.FundWithPermit(c.admin, u(id), addr(researcher), u(funding), u(deadline), v, r, s))
	}
	c.mine(c.hashAction("Approve", board, id, reg.protocolHash, bNonce, deadline))
	return id
}

var ethicsBoard = crypto.Keccak256Hash([]byte("ETHICS_BOARD"))

// TestStudyLifecycle drives a study through every status the registry knows, with a new
// protocol version along the way, and checks the errors on the way.
func TestStudyLifecycle(t *testing.T) {
	researcher, board, outsider := newKey(t), newKey(t), newKey(t)
	c := newChain(t, addr(outsider))
	c.mine(c.registry.GrantRole(c.admin, ethicsBoard, addr(board)))
	deadline := c.now() + 3600
	v1, v2 := crypto.Keccak256Hash([]byte("protocol v1")), crypto.Keccak256Hash([]byte("protocol v2"))
	reg := registration{protocolHash: v1, epsilon: 1_000_000, delta: 1000, reward: u(10), cap: 2}

	bad := reg
	bad.reward = new(big.Int).Lsh(big.NewInt(1), 128)
	c.send(c.register(researcher, bad, 0, deadline)).reverts("InvalidValue")
	bad = reg
	bad.cap = 0
	c.send(c.register(researcher, bad, 0, deadline)).reverts("InvalidValue")
	c.send(c.register(researcher, reg, 1, deadline)).reverts("BadNonce")
	rcpt := c.mine(c.register(researcher, reg, 0, deadline))
	if len(rcpt.Logs) != 3 { // BudgetProposed (ledger), StudyRegistered, StatusChanged
		t.Fatalf("registration logs: %d", len(rcpt.Logs))
	}
	const id = 1
	if c.status(id) != stRegistered {
		t.Fatal("not registered")
	}
	if b, _ := c.budget.BudgetOf(c.call(), u(id)); b.Epsilon != 1_000_000 || b.Delta != 1000 || b.Fixed {
		t.Fatalf("budget after registration %+v", b)
	}

	// Amend before review: the review must name the new hash.
	c.send(c.hashAction("Amend", outsider, id, v2, 0, deadline)).reverts("NotResearcher")
	c.send(c.hashAction("Amend", researcher, id, v1, 1, deadline)).reverts("InvalidValue") // same hash
	c.mine(c.hashAction("Amend", researcher, id, v2, 1, deadline))
	c.send(c.hashAction("Approve", outsider, id, v2, 0, deadline)).reverts("NotEthicsBoard")
	c.send(c.hashAction("Approve", board, id, v1, 0, deadline)).reverts("ProtocolMismatch")
	c.send(c.hashAction("Approve", board, 7, v2, 0, deadline)).reverts("UnknownStudy")
	c.send(c.budget.Spend(c.admin, u(id), v1, 1, 0, v1)).reverts("WrongStatus") // not approved: budget not fixed
	c.mine(c.hashAction("Approve", board, id, v2, 0, deadline))
	sv, err := c.registry.StudyOf(c.call(), u(id))
	if err != nil || sv.Status != stRecruiting || sv.Versions != 2 || sv.ProtocolHash != v2 || sv.ReviewedBy != addr(board) || !sv.Approved {
		t.Fatalf("after approval %+v %v", sv, err)
	}
	if b, _ := c.budget.BudgetOf(c.call(), u(id)); !b.Fixed {
		t.Fatal("budget not fixed at approval")
	}
	if p, _ := c.registry.ProtocolAt(c.call(), u(id), 1); p.ProtocolHash != v1 || p.ReviewedBy != (common.Address{}) {
		t.Fatalf("version 1: %+v", p)
	}
	c.send(c.hashAction("Reject", board, id, v2, 1, deadline)).reverts("WrongStatus")

	// Recruitment stops and reopens; the board suspends and reinstates.
	c.send(c.flagAction("Recruit", researcher, id, true, 2, deadline)).reverts("WrongStatus")
	c.mine(c.flagAction("Recruit", researcher, id, false, 2, deadline))
	if c.status(id) != stApproved {
		t.Fatal("recruitment not stopped")
	}
	c.send(c.flagAction("Suspend", outsider, id, true, 0, deadline)).reverts("NotEthicsBoard")
	c.mine(c.flagAction("Suspend", board, id, true, 1, deadline))
	if c.status(id) != stSuspended {
		t.Fatal("not suspended")
	}
	c.send(c.budget.Spend(c.admin, u(id), v1, 1, 0, v1)).reverts("WrongStatus")
	c.send(c.flagAction("Recruit", researcher, id, true, 3, deadline)).reverts("WrongStatus")
	c.mine(c.flagAction("Suspend", board, id, false, 2, deadline))
	c.mine(c.flagAction("Recruit", researcher, id, true, 3, deadline))
	if c.status(id) != stRecruiting {
		t.Fatal("not recruiting again")
	}

	// An amendment after approval needs a new approval; the budget stays fixed.
	v3 := crypto.Keccak256Hash([]byte("protocol v3"))
	c.mine(c.hashAction("Amend", researcher, id, v3, 4, deadline))
	if c.status(id) != stRegistered {
		t.Fatal("an amendment did not send the study back to review")
	}
	c.mine(c.hashAction("Reject", board, id, v3, 3, deadline))
	if c.status(id) != stRejected {
		t.Fatal("not rejected")
	}
	v4 := crypto.Keccak256Hash([]byte("protocol v4"))
	c.mine(c.hashAction("Amend", researcher, id, v4, 5, deadline))
	c.mine(c.hashAction("Approve", board, id, v4, 4, deadline))
	if p, _ := c.registry.ProtocolAt(c.call(), u(id), 3); p.ProtocolHash != v3 || p.ReviewedBy != addr(board) || p.Approved {
		t.Fatalf("version 3 review %+v", p)
	}

	// Close; nothing changes a closed study any more.
	c.send(c.closeStudy(outsider, id, 0, deadline)).reverts("NotResearcher")
	c.mine(c.closeStudy(researcher, id, 6, deadline))
	c.send(c.closeStudy(researcher, id, 7, deadline)).reverts("WrongStatus")
	c.send(c.hashAction("Amend", researcher, id, v1, 7, deadline)).reverts("WrongStatus")
	c.send(c.flagAction("Suspend", board, id, true, 5, deadline)).reverts("WrongStatus")

	// Ethics boards are managed by the admin role.
	outsiderOpts, _ := bind.NewKeyedTransactorWithChainID(outsider, c.chainID)
	c.send(c.registry.GrantRole(outsiderOpts, ethicsBoard, addr(outsider))).reverts("AccessControlUnauthorizedAccount")
	c.mine(c.registry.RevokeRole(c.admin, ethicsBoard, addr(board)))
	if ok, _ := c.registry.HasRole(c.call(), ethicsBoard, addr(board)); ok {
		t.Fatal("role not revoked")
	}
}

// TestConsentsPayoutsRefund covers batched consents, the cap, payouts, revocations and the
// refund, with the events they emit.
func TestConsentsPayoutsRefund(t *testing.T) {
	researcher, board := newKey(t), newKey(t)
	c := newChain(t)
	c.mine(c.registry.GrantRole(c.admin, ethicsBoard, addr(board)))
	reg := registration{protocolHash: crypto.Keccak256Hash([]byte("p")), epsilon: 1_000_000, delta: 500, reward: u(10), cap: 3}
	id := c.openStudy(researcher, board, reg, 25, 0, 0)
	deadline, expiry := c.now()+3600, c.now()+86400
	duo7, duo6 := crypto.Keccak256Hash([]byte("DUO:0000007")), crypto.Keccak256Hash([]byte("DUO:0000006"))
	p1, p2, p3, p4 := newKey(t), newKey(t), newKey(t), newKey(t)

	rcpt := c.mine(c.grantBatch(id, grant{p1, duo7, expiry, 0, deadline}, grant{p2, duo6, expiry, 0, deadline}))
	ev, err := c.token.ParseConsentsGranted(*rcpt.Logs[0])
	if err != nil || ev.StudyId.Uint64() != id || len(ev.Scopes) != 2 || len(ev.Grants) != 52 ||
		common.BytesToAddress(ev.Grants[26:46]) != addr(p2) || ev.Grants[51] != 1 || common.Hash(ev.Scopes[1]) != duo6 {
		t.Fatalf("ConsentsGranted %+v %v", ev, err)
	}
	c.send(c.grantBatch(id, grant{p1, duo7, expiry, 1, deadline})).reverts("AlreadyConsented")
	c.send(c.grantBatch(id, grant{p3, duo7, expiry, 0, deadline}, grant{p4, duo7, expiry, 0, deadline})).reverts("CapReached")
	c.send(c.token.GrantBatch(c.admin, u(id), nil, make([]byte, 98))).reverts("InvalidValue")
	scopes, records := c.packGrants(id, []grant{{p3, duo7, expiry, 0, deadline}})
	records[25] = 1 // a scope index past the list
	c.send(c.token.GrantBatch(c.admin, u(id), scopes, records)).reverts("InvalidValue")
	c.mine(c.grantBatch(id, grant{p3, duo7, expiry, 0, deadline}))
	valid, err := c.token.ValidMany(c.call(), u(id), []common.Address{addr(p1), addr(p2), addr(p3), addr(p4)})
	if err != nil || !valid[0] || !valid[1] || !valid[2] || valid[3] {
		t.Fatalf("validMany %v %v", valid, err)
	}

	// Pay: once each, consenting participants only, within the escrow; every credit is an
	// ERC-20 Transfer from the escrow.
	c.send(c.token.Pay(c.admin, u(id), packed(p1, p4))).reverts("NotConsented")
	c.send(c.token.Pay(c.admin, u(id), packed(p1, p1))).reverts("AlreadyPaid")
	c.send(c.token.Pay(c.admin, u(id), packed(p1)[:19])).reverts("InvalidValue")
	rcpt = c.mine(c.token.Pay(c.admin, u(id), packed(p1, p2)))
	transfers := 0
	for _, l := range rcpt.Logs {
		if tr, err := c.token.ParseTransfer(*l); err == nil && tr.From == c.tokenAddr && tr.Value.Uint64() == 10 {
			transfers++
		}
	}
	if paid, err := c.token.ParsePaid(*rcpt.Logs[len(rcpt.Logs)-1]); err != nil || transfers != 2 || len(paid.Recipients) != 40 {
		t.Fatalf("payout logs: %d transfers, %v", transfers, err)
	}
	c.send(c.token.Pay(c.admin, u(id), packed(p2))).reverts("AlreadyPaid")
	c.send(c.token.Pay(c.admin, u(id), packed(p3))).reverts("InsufficientEscrow") // 25 - 20 < 10
	if c.balance(addr(p1)).Uint64() != 10 || c.balance(c.tokenAddr).Uint64() != 5 {
		t.Fatalf("balances %v %v", c.balance(addr(p1)), c.balance(c.tokenAddr))
	}
	// A paid participant moves tokens like any holder (here by permit, holding no ether); the
	// consent bits of its word stay as they were.
	sig := sign(t, p1, c.chainID, "MedMarket Reward", c.tokenAddr, "Permit", permitType, apitypes.TypedDataMessage{
		"owner": addr(p1).Hex(), "spender": c.admin.From.Hex(), "value": u(4), "nonce": u(0), "deadline": u(deadline),
	})
	var pr, ps [32]byte
	copy(pr[:], sig[:32])
	copy(ps[:], sig[32:64])
	c.mine(c.token.Permit(c.admin, addr(p1), c.admin.From, u(4), u(deadline), sig[64], pr, ps))
	c.mine(c.token.TransferFrom(c.admin, addr(p1), addr(p4), u(4)))
	if c.balance(addr(p1)).Uint64() != 6 || c.balance(addr(p4)).Uint64() != 4 {
		t.Fatalf("after transfer: %v %v", c.balance(addr(p1)), c.balance(addr(p4)))
	}
	if ce, err := c.token.ConsentOf(c.call(), u(id), addr(p1)); err != nil || ce.Expiry != expiry || ce.Nonce != 1 || !ce.Paid {
		t.Fatalf("consent after transfer %+v %v", ce, err)
	}

	// Revoke: the consent stops, the place is freed, a paid flag stays.
	c.send(c.revokeBatch(id, []*ecdsa.PrivateKey{p4}, 0, deadline)).reverts("NotConsented")
	c.send(c.revokeBatch(id, []*ecdsa.PrivateKey{p1}, 0, deadline)).reverts("BadNonce")
	c.mine(c.revokeBatch(id, []*ecdsa.PrivateKey{p1, p2}, 1, deadline))
	c.send(c.token.Pay(c.admin, u(id), packed(p1))).reverts("NotConsented")
	c.mine(c.grantBatch(id, grant{p4, duo7, expiry, 0, deadline}))
	c.mine(c.grantBatch(id, grant{p1, duo7, expiry, 2, deadline})) // consents again
	c.send(c.token.Pay(c.admin, u(id), packed(p1))).reverts("AlreadyPaid")
	pool, err := c.token.PoolOf(c.call(), u(id))
	if err != nil || pool.Active != 3 || pool.PaidCount != 2 || pool.Funded.Uint64() != 25 || pool.Paid.Uint64() != 20 {
		t.Fatalf("pool %+v %v", pool, err)
	}

	// Refund only once the study is closed; a second refund does nothing.
	c.send(c.token.Refund(c.admin, u(id))).reverts("WrongStatus")
	before := c.balance(addr(researcher))
	c.mine(c.closeStudy(researcher, id, 1, deadline))
	c.send(c.token.Pay(c.admin, u(id), packed(p3))).reverts("WrongStatus")
	c.send(c.grantBatch(id, grant{newKey(t), duo7, expiry, 0, deadline})).reverts("WrongStatus")
	rcpt = c.mine(c.token.Refund(c.admin, u(id)))
	if got := new(big.Int).Sub(c.balance(addr(researcher)), before); got.Uint64() != 5 || len(rcpt.Logs) != 2 {
		t.Fatalf("refunded %v with %d logs", got, len(rcpt.Logs))
	}
	if rcpt = c.mine(c.token.Refund(c.admin, u(id))); len(rcpt.Logs) != 0 {
		t.Fatal("second refund emitted events")
	}
	// A revocation still works on a closed study.
	c.mine(c.revokeBatch(id, []*ecdsa.PrivateKey{p3}, 1, deadline))
}

// TestConsentExpiry checks that an expired consent is invalid and unpaid, may be renewed
// without taking a second place under the cap, and may be revoked to free its place.
func TestConsentExpiry(t *testing.T) {
	c := newChain(t)
	researcher, board, p1, p2 := newKey(t), newKey(t), newKey(t), newKey(t)
	c.mine(c.registry.GrantRole(c.admin, ethicsBoard, addr(board)))
	id := c.openStudy(researcher, board, registration{protocolHash: crypto.Keccak256Hash([]byte("p")), epsilon: 1, reward: u(1), cap: 1}, 10, 0, 0)
	deadline := c.now() + 86400
	scope := crypto.Keccak256Hash([]byte("s"))

	c.send(c.grantBatch(id, grant{p1, scope, c.now() - 1, 0, deadline})).reverts("InvalidValue")
	c.mine(c.grantBatch(id, grant{p1, scope, c.now() + 60, 0, deadline}))
	if err := c.sim.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	if ok, _ := c.token.IsValid(c.call(), u(id), addr(p1)); ok {
		t.Fatal("expired consent is valid")
	}
	c.send(c.token.Pay(c.admin, u(id), packed(p1))).reverts("NotConsented")
	c.send(c.grantBatch(id, grant{p2, scope, deadline, 0, deadline})).reverts("CapReached")
	c.mine(c.grantBatch(id, grant{p1, scope, deadline, 1, deadline})) // renew
	if ok, _ := c.token.IsValid(c.call(), u(id), addr(p1)); !ok {
		t.Fatal("renewed consent is not valid")
	}
	c.mine(c.revokeBatch(id, []*ecdsa.PrivateKey{p1}, 2, deadline))
	c.mine(c.grantBatch(id, grant{p2, scope, deadline, 0, deadline}))
	if p, _ := c.token.PoolOf(c.call(), u(id)); p.Active != 1 {
		t.Fatalf("active %d", p.Active)
	}
	// Signatures past their deadline are refused.
	c.send(c.grantBatch(id, grant{newKey(t), scope, deadline + 10, 0, c.now() - 1})).reverts("Expired")
}

// TestSameAddressTwoStudies: an address that consents to a second study keeps that consent in
// an overflow word; both studies pay it once each.
func TestSameAddressTwoStudies(t *testing.T) {
	c := newChain(t)
	researcher, board, p := newKey(t), newKey(t), newKey(t)
	c.mine(c.registry.GrantRole(c.admin, ethicsBoard, addr(board)))
	a := c.openStudy(researcher, board, registration{protocolHash: crypto.Keccak256Hash([]byte("a")), epsilon: 1, reward: u(3), cap: 5}, 30, 0, 0)
	b := c.openStudy(researcher, board, registration{protocolHash: crypto.Keccak256Hash([]byte("b")), epsilon: 1, reward: u(4), cap: 5}, 40, 1, 1)
	deadline, scope := c.now()+3600, crypto.Keccak256Hash([]byte("s"))
	c.mine(c.grantBatch(a, grant{p, scope, deadline, 0, deadline}))
	c.mine(c.grantBatch(b, grant{p, scope, deadline, 0, deadline}))
	if s, _ := c.token.ConsentStudyOf(c.call(), addr(p)); s.Uint64() != a {
		t.Fatalf("own word carries study %v", s)
	}
	c.mine(c.token.Pay(c.admin, u(b), packed(p)))
	c.mine(c.token.Pay(c.admin, u(a), packed(p)))
	c.send(c.token.Pay(c.admin, u(b), packed(p))).reverts("AlreadyPaid")
	if c.balance(addr(p)).Uint64() != 7 {
		t.Fatalf("balance %v", c.balance(addr(p)))
	}
	c.mine(c.revokeBatch(b, []*ecdsa.PrivateKey{p}, 1, deadline))
	if ok, _ := c.token.IsValid(c.call(), u(a), addr(p)); !ok {
		t.Fatal("revoking study b revoked study a")
	}
	if cb, _ := c.token.ConsentOf(c.call(), u(b), addr(p)); cb.Expiry != 0 || cb.Nonce != 2 || !cb.Paid {
		t.Fatalf("consent to b %+v", cb)
	}
}

// TestFundAndToken checks direct funding, a front-run permit, plain ERC-20 transfers between
// accounts whose words carry consents, and the supply cap that keeps balances in 128 bits.
func TestFundAndToken(t *testing.T) {
	researcher, other := newKey(t), newKey(t)
	c := newChain(t, addr(researcher), addr(other))
	opts, _ := bind.NewKeyedTransactorWithChainID(researcher, c.chainID)
	c.mine(c.token.Mint(c.admin, addr(researcher), u(100)))
	deadline := c.now() + 3600
	reg := registration{protocolHash: crypto.Keccak256Hash([]byte("p")), epsilon: 1, reward: u(1), cap: 1}
	c.mine(c.register(researcher, reg, 0, deadline))

	c.send(c.token.Fund(opts, u(1), u(0))).reverts("InvalidValue")
	c.send(c.token.Fund(c.admin, u(1), u(10))).reverts("NotResearcher")
	c.send(c.token.Fund(opts, u(2), u(10))).reverts("UnknownStudy")
	c.send(c.token.Fund(opts, u(1), u(1000))).reverts("ERC20InsufficientBalance")
	c.mine(c.token.Fund(opts, u(1), u(10)))

	v, r, s := c.permit(researcher, 30, 0, deadline)
	c.mine(c.token.Permit(c.admin, addr(researcher), c.tokenAddr, u(30), u(deadline), v, r, s)) // front-run
	c.mine(c.token.FundWithPermit(c.admin, u(1), addr(researcher), u(30), u(deadline), v, r, s))
	c.send(c.token.FundWithPermit(c.admin, u(1), addr(researcher), u(30), u(deadline), v, r, s)).reverts("ERC2612InvalidSigner")
	if p, err := c.token.PoolOf(c.call(), u(1)); err != nil || p.Funded.Uint64() != 40 || c.balance(c.tokenAddr).Uint64() != 40 {
		t.Fatalf("pool %+v %v", p, err)
	}

	c.mine(c.token.Transfer(opts, addr(other), u(5)))
	if c.balance(addr(other)).Uint64() != 5 || c.balance(addr(researcher)).Uint64() != 55 {
		t.Fatal("transfer")
	}
	if sup, _ := c.token.TotalSupply(c.call()); sup.Uint64() != 100 {
		t.Fatalf("supply %v", sup)
	}
	max128 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	c.send(c.token.Mint(c.admin, addr(other), max128)).reverts("InvalidValue")
	otherOpts, _ := bind.NewKeyedTransactorWithChainID(other, c.chainID)
	c.send(c.token.Mint(otherOpts, addr(other), u(1))).reverts("AccessControlUnauthorizedAccount")
}
