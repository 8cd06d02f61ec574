package bindings_test

import (
	"context"
	"crypto/ecdsa"
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

// chain is a simulated chain with the four contracts deployed and wired the way the operator
// wires them: admin holds every admin role and COMPUTE_ROLE, board holds ETHICS_BOARD_ROLE.
type chain struct {
	t       *testing.T
	sim     *simulated.Backend
	chainID *big.Int
	admin   *bind.TransactOpts // operator: relayer, compute service, minter

	token        *bindings.RewardToken
	registry     *bindings.StudyRegistry
	consents     *bindings.ConsentRegistry
	escrow       *bindings.StudyEscrow
	tokenAddr    common.Address
	registryAddr common.Address
	consentsAddr common.Address
	escrowAddr   common.Address
}

// newChain starts the chain; funded accounts get ether besides the admin.
func newChain(t *testing.T, funded ...common.Address) *chain {
	t.Helper()
	adminKey := newKey(t)
	adminAddr := crypto.PubkeyToAddress(adminKey.PublicKey)
	alloc := types.GenesisAlloc{adminAddr: {Balance: big.NewInt(params.Ether)}}
	for _, a := range funded {
		alloc[a] = types.Account{Balance: big.NewInt(params.Ether)}
	}
	sim := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		// Mainnet rules (up to Osaka): geth's dev config also enables the unreleased Bogota
		// fork, whose repricings would distort gas figures.
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
	c.tokenAddr, tx, c.token, err = bindings.DeployRewardToken(admin, backend, adminAddr)
	c.mine(tx, err)
	c.registryAddr, tx, c.registry, err = bindings.DeployStudyRegistry(admin, backend, adminAddr)
	c.mine(tx, err)
	c.consentsAddr, tx, c.consents, err = bindings.DeployConsentRegistry(admin, backend, c.registryAddr)
	c.mine(tx, err)
	c.escrowAddr, tx, c.escrow, err = bindings.DeployStudyEscrow(admin, backend, c.tokenAddr, c.registryAddr, c.consentsAddr, adminAddr)
	c.mine(tx, err)

	compute := crypto.Keccak256Hash([]byte("COMPUTE"))
	c.mine(c.registry.GrantRole(admin, compute, adminAddr))
	c.mine(c.escrow.GrantRole(admin, compute, adminAddr))
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
// error of another contract (the escrow calls the token and the registries).
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

// revertName decodes the custom error a failed call or gas estimate reverted with, the way
// the ledger does: the JSON-RPC error carries the revert data.
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
	reviewType = []apitypes.Type{
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

func u(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

type registration struct {
	protocolHash   common.Hash
	epsilon, delta uint64
	reward         *big.Int
	cap            uint32
}

func (c *chain) signRegister(key *ecdsa.PrivateKey, r registration, nonce, deadline uint64) []byte {
	return sign(c.t, key, c.chainID, "MedMarket StudyRegistry", c.registryAddr, "Register", registerType, apitypes.TypedDataMessage{
		"protocolHash":  r.protocolHash[:],
		"epsilonBudget": u(r.epsilon),
		"deltaBudget":   u(r.delta),
		"reward":        r.reward,
		"cap":           u(uint64(r.cap)),
		"nonce":         u(nonce),
		"deadline":      u(deadline),
	})
}

func (c *chain) register(key *ecdsa.PrivateKey, r registration, nonce, deadline uint64, sig []byte) (*types.Transaction, error) {
	return c.registry.Register(c.admin, r.protocolHash, r.epsilon, r.delta, r.reward, r.cap, addr(key), u(nonce), u(deadline), sig)
}

func (c *chain) review(key *ecdsa.PrivateKey, approve bool, id uint64, h common.Hash, nonce, deadline uint64) (*types.Transaction, error) {
	primary := "Reject"
	if approve {
		primary = "Approve"
	}
	sig := sign(c.t, key, c.chainID, "MedMarket StudyRegistry", c.registryAddr, primary, reviewType, apitypes.TypedDataMessage{
		"studyId": u(id), "protocolHash": h[:], "nonce": u(nonce), "deadline": u(deadline),
	})
	if approve {
		return c.registry.Approve(c.admin, u(id), h, addr(key), u(nonce), u(deadline), sig)
	}
	return c.registry.Reject(c.admin, u(id), h, addr(key), u(nonce), u(deadline), sig)
}

func (c *chain) grant(key *ecdsa.PrivateKey, id uint64, expiry, nonce, deadline uint64) bindings.ConsentRegistryGrant {
	scope := crypto.Keccak256Hash([]byte("DUO:0000007"))
	sig := sign(c.t, key, c.chainID, "MedMarket ConsentRegistry", c.consentsAddr, "Consent", consentType, apitypes.TypedDataMessage{
		"studyId": u(id), "participant": addr(key).Hex(), "scope": scope[:], "expiry": u(expiry), "nonce": u(nonce), "deadline": u(deadline),
	})
	return bindings.ConsentRegistryGrant{
		StudyId: u(id), Participant: addr(key), Scope: scope, Expiry: expiry, Nonce: u(nonce), Deadline: u(deadline), Signature: sig,
	}
}

func (c *chain) revocation(key *ecdsa.PrivateKey, id, nonce, deadline uint64) bindings.ConsentRegistryRevocation {
	sig := sign(c.t, key, c.chainID, "MedMarket ConsentRegistry", c.consentsAddr, "Revoke", revokeType, apitypes.TypedDataMessage{
		"studyId": u(id), "participant": addr(key).Hex(), "nonce": u(nonce), "deadline": u(deadline),
	})
	return bindings.ConsentRegistryRevocation{StudyId: u(id), Participant: addr(key), Nonce: u(nonce), Deadline: u(deadline), Signature: sig}
}

func (c *chain) balance(a common.Address) *big.Int {
	c.t.Helper()
	b, err := c.token.BalanceOf(c.call(), a)
	if err != nil {
		c.t.Fatal(err)
	}
	return b
}

// TestStudyLifecycle drives one study through the whole flow against the compiled contracts,
// signing every action the way clients do, and checks each custom error on the way.
func TestStudyLifecycle(t *testing.T) {
	researcher, board, outsider := newKey(t), newKey(t), newKey(t)
	c := newChain(t, addr(outsider))
	p1, p2, p3 := newKey(t), newKey(t), newKey(t)
	c.mine(c.registry.GrantRole(c.admin, crypto.Keccak256Hash([]byte("ETHICS_BOARD")), addr(board)))
	c.mine(c.token.Mint(c.admin, addr(researcher), u(1000)))
	deadline := c.now() + 3600

	// Typehashes and domain as clients compute them.
	for name, got := range map[string]func(*bind.CallOpts) ([32]byte, error){
		"Register(bytes32 protocolHash,uint64 epsilonBudget,uint64 deltaBudget,uint256 reward,uint32 cap,uint256 nonce,uint256 deadline)": c.registry.REGISTERTYPEHASH,
		"Approve(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)":                                                    c.registry.APPROVETYPEHASH,
		"Reject(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)":                                                     c.registry.REJECTTYPEHASH,
		"Close(uint256 studyId,uint256 nonce,uint256 deadline)":                                                                           c.registry.CLOSETYPEHASH,
		"Consent(uint256 studyId,address participant,bytes32 scope,uint64 expiry,uint256 nonce,uint256 deadline)":                         c.consents.CONSENTTYPEHASH,
		"Revoke(uint256 studyId,address participant,uint256 nonce,uint256 deadline)":                                                      c.consents.REVOKETYPEHASH,
	} {
		h, err := got(c.call())
		if err != nil || h != crypto.Keccak256Hash([]byte(name)) {
			t.Errorf("typehash of %s = %x, %v", name, h, err)
		}
	}

	// Register.
	reg := registration{protocolHash: crypto.Keccak256Hash([]byte("protocol v1")), epsilon: 1_000_000, delta: 1000, reward: u(10), cap: 2}
	sig := c.signRegister(researcher, reg, 0, deadline)
	c.send(c.register(researcher, reg, 0, c.now()-1, c.signRegister(researcher, reg, 0, c.now()-1))).reverts("Expired")
	c.send(c.register(outsider, reg, 0, deadline, sig)).reverts("InvalidSignature")
	c.send(c.register(researcher, reg, 0, deadline, sig[:64])).reverts("InvalidSignature")
	c.send(c.register(researcher, reg, 0, deadline, highS(sig))).reverts("InvalidSignature")
	c.send(c.register(researcher, reg, 1, deadline, c.signRegister(researcher, reg, 1, deadline))).reverts("InvalidAccountNonce")
	bad := reg
	bad.cap = 0
	c.send(c.register(researcher, bad, 0, deadline, c.signRegister(researcher, bad, 0, deadline))).reverts("InvalidValue")
	rcpt := c.mine(c.register(researcher, reg, 0, deadline, sig))
	c.send(c.register(researcher, reg, 0, deadline, sig)).reverts("InvalidAccountNonce") // replay
	ev, err := c.registry.ParseStudyRegistered(*rcpt.Logs[0])
	if err != nil || ev.StudyId.Uint64() != 1 || ev.Researcher != addr(researcher) || ev.ProtocolHash != reg.protocolHash {
		t.Fatalf("StudyRegistered = %+v, %v", ev, err)
	}
	const id = 1
	if n, _ := c.registry.StudyCount(c.call()); n.Uint64() != 1 {
		t.Fatalf("studyCount = %v", n)
	}

	// Fund with a permit relayed by the operator.
	permit := sign(t, researcher, c.chainID, "MedMarket Reward", c.tokenAddr, "Permit", permitType, apitypes.TypedDataMessage{
		"owner": addr(researcher).Hex(), "spender": c.escrowAddr.Hex(), "value": u(25), "nonce": u(0), "deadline": u(deadline),
	})
	var r, s [32]byte
	copy(r[:], permit[:32])
	copy(s[:], permit[32:64])
	c.send(c.escrow.FundWithPermit(c.admin, u(id), addr(outsider), u(25), u(deadline), permit[64], r, s)).reverts("NotResearcher")
	c.send(c.escrow.FundWithPermit(c.admin, u(id), addr(researcher), u(26), u(deadline), permit[64], r, s)).reverts("ERC2612InvalidSigner")
	c.mine(c.escrow.FundWithPermit(c.admin, u(id), addr(researcher), u(25), u(deadline), permit[64], r, s))

	// Consent needs an approved study; approval needs a board and the exact protocol hash.
	c.send(c.consents.Grant(c.admin, c.grant(p1, id, deadline, 0, deadline))).reverts("WrongStatus")
	c.send(c.review(outsider, true, id, reg.protocolHash, 0, deadline)).reverts("NotEthicsBoard")
	c.send(c.review(board, true, id, crypto.Keccak256Hash([]byte("amended")), 0, deadline)).reverts("ProtocolMismatch")
	c.send(c.review(board, true, 2, reg.protocolHash, 0, deadline)).reverts("UnknownStudy")
	c.mine(c.review(board, true, id, reg.protocolHash, 0, deadline))
	c.send(c.review(board, false, id, reg.protocolHash, 1, deadline)).reverts("WrongStatus")
	st, err := c.registry.GetStudy(c.call(), u(id))
	if err != nil || st.Status != 2 || st.ApprovedBy != addr(board) || st.Cap != 2 || st.Reward.Cmp(u(10)) != 0 {
		t.Fatalf("study = %+v, %v", st, err)
	}

	// Consents, in a batch; the cap is 2.
	c.send(c.consents.Grant(c.admin, c.grant(p1, id, c.now()-1, 0, deadline))).reverts("InvalidValue")
	gas := c.mine(c.consents.GrantBatch(c.admin, []bindings.ConsentRegistryGrant{c.grant(p1, id, deadline, 0, deadline), c.grant(p2, id, deadline, 0, deadline)})).GasUsed
	t.Logf("gas: register %d, grantBatch of 2 %d", rcpt.GasUsed, gas)
	c.send(c.consents.Grant(c.admin, c.grant(p1, id, deadline, 1, deadline))).reverts("AlreadyConsented")
	c.send(c.consents.Grant(c.admin, c.grant(p3, id, deadline, 0, deadline))).reverts("CapReached")
	valid, err := c.consents.ValidMany(c.call(), u(id), []common.Address{addr(p1), addr(p2), addr(p3)})
	if err != nil || !valid[0] || !valid[1] || valid[2] {
		t.Fatalf("validMany = %v, %v", valid, err)
	}

	// Privacy budget.
	q1, q2 := crypto.Keccak256Hash([]byte("q1")), crypto.Keccak256Hash([]byte("q2"))
	res := crypto.Keccak256Hash([]byte("result"))
	c.send(c.registry.Spend(c.admin, u(id), q1, 600_000, 500, common.Hash{})).reverts("InvalidValue")
	t.Logf("gas: spend %d", c.mine(c.registry.Spend(c.admin, u(id), q1, 600_000, 500, res)).GasUsed)
	c.send(c.registry.Spend(c.admin, u(id), q1, 1, 0, res)).reverts("AlreadySpent")
	c.send(c.registry.Spend(c.admin, u(id), q2, 400_001, 0, res)).reverts("BudgetExceeded")
	c.send(c.registry.Spend(c.admin, u(id), q2, 1, 501, res)).reverts("BudgetExceeded")
	outsiderOpts, _ := bind.NewKeyedTransactorWithChainID(outsider, c.chainID)
	c.send(c.registry.Spend(outsiderOpts, u(id), q2, 1, 0, res)).reverts("AccessControlUnauthorizedAccount")
	if got, _ := c.registry.SpentResult(c.call(), u(id), q1); got != res {
		t.Fatalf("spentResult = %x", got)
	}

	// Pay: once each, consenting participants only, within the escrow.
	t.Logf("gas: pay 2 %d", c.mine(c.escrow.Pay(c.admin, u(id), []common.Address{addr(p1), addr(p2)})).GasUsed)
	c.send(c.escrow.Pay(c.admin, u(id), []common.Address{addr(p1)})).reverts("AlreadyPaid")
	c.send(c.escrow.Pay(c.admin, u(id), []common.Address{addr(p3)})).reverts("NotConsented")
	if c.balance(addr(p1)).Cmp(u(10)) != 0 || c.balance(addr(p2)).Cmp(u(10)) != 0 {
		t.Fatal("participants not paid the reward")
	}

	// Revoke frees a place under the cap; the newcomer's pay exceeds the escrow (25 - 20 < 10).
	c.send(c.consents.Revoke(c.admin, u(id), addr(p3), u(0), u(deadline), c.revocation(p3, id, 0, deadline).Signature)).reverts("NotConsented")
	c.mine(c.consents.RevokeBatch(c.admin, []bindings.ConsentRegistryRevocation{c.revocation(p2, id, 1, deadline)}))
	c.mine(c.consents.Grant(c.admin, c.grant(p3, id, deadline, 0, deadline)))
	c.send(c.escrow.Pay(c.admin, u(id), []common.Address{addr(p3)})).reverts("InsufficientEscrow")
	if n, _ := c.consents.ActiveCount(c.call(), u(id)); n.Uint64() != 2 {
		t.Fatalf("activeCount = %v", n)
	}

	// Close and refund the rest; a second refund is a no-op.
	c.send(c.escrow.Refund(c.admin, u(id))).reverts("WrongStatus")
	closeSig := sign(t, researcher, c.chainID, "MedMarket StudyRegistry", c.registryAddr, "Close", closeType, apitypes.TypedDataMessage{
		"studyId": u(id), "nonce": u(1), "deadline": u(deadline),
	})
	c.send(c.registry.Close(c.admin, u(id), addr(board), u(1), u(deadline), closeSig)).reverts("InvalidSignature")
	boardClose := sign(t, board, c.chainID, "MedMarket StudyRegistry", c.registryAddr, "Close", closeType, apitypes.TypedDataMessage{
		"studyId": u(id), "nonce": u(1), "deadline": u(deadline),
	})
	c.send(c.registry.Close(c.admin, u(id), addr(board), u(1), u(deadline), boardClose)).reverts("NotResearcher")
	c.mine(c.registry.Close(c.admin, u(id), addr(researcher), u(1), u(deadline), closeSig))
	c.send(c.registry.Spend(c.admin, u(id), q2, 1, 0, res)).reverts("WrongStatus")
	before := c.balance(addr(researcher))
	rcpt = c.mine(c.escrow.Refund(c.admin, u(id)))
	if got := new(big.Int).Sub(c.balance(addr(researcher)), before); got.Cmp(u(5)) != 0 {
		t.Fatalf("refunded %v, want 5", got)
	}
	if len(rcpt.Logs) != 2 { // Transfer, Refunded
		t.Fatalf("refund logs = %d", len(rcpt.Logs))
	}
	rcpt = c.mine(c.escrow.Refund(c.admin, u(id)))
	if len(rcpt.Logs) != 0 {
		t.Fatal("second refund emitted events")
	}
	e, err := c.escrow.EscrowOf(c.call(), u(id))
	if err != nil || e.Funded.Cmp(u(25)) != 0 || e.Paid.Cmp(u(20)) != 0 || e.Refunded.Cmp(u(5)) != 0 || e.PaidCount != 2 {
		t.Fatalf("escrowOf = %+v, %v", e, err)
	}
	paid, err := c.escrow.PaidMany(c.call(), u(id), []common.Address{addr(p1), addr(p2), addr(p3)})
	if err != nil || !paid[0] || !paid[1] || paid[2] {
		t.Fatalf("paidMany = %v, %v", paid, err)
	}
}

// TestConsentExpiry checks that an expired consent is invalid, may be renewed without taking a
// second place under the cap, and may be revoked to free its place.
func TestConsentExpiry(t *testing.T) {
	c := newChain(t)
	researcher, board, p1, p2 := newKey(t), newKey(t), newKey(t), newKey(t)
	c.mine(c.registry.GrantRole(c.admin, crypto.Keccak256Hash([]byte("ETHICS_BOARD")), addr(board)))
	deadline := c.now() + 86400
	reg := registration{protocolHash: crypto.Keccak256Hash([]byte("p")), epsilon: 1, reward: u(1), cap: 1}
	c.mine(c.register(researcher, reg, 0, deadline, c.signRegister(researcher, reg, 0, deadline)))
	c.mine(c.review(board, true, 1, reg.protocolHash, 0, deadline))

	c.mine(c.consents.Grant(c.admin, c.grant(p1, 1, c.now()+60, 0, deadline)))
	if err := c.sim.AdjustTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	if ok, _ := c.consents.IsValid(c.call(), u(1), addr(p1)); ok {
		t.Fatal("expired consent is valid")
	}
	c.send(c.consents.Grant(c.admin, c.grant(p2, 1, deadline, 0, deadline))).reverts("CapReached")
	c.mine(c.consents.Grant(c.admin, c.grant(p1, 1, deadline, 1, deadline))) // renew
	if ok, _ := c.consents.IsValid(c.call(), u(1), addr(p1)); !ok {
		t.Fatal("renewed consent is not valid")
	}
	c.mine(c.consents.RevokeBatch(c.admin, []bindings.ConsentRegistryRevocation{c.revocation(p1, 1, 2, deadline)}))
	c.mine(c.consents.Grant(c.admin, c.grant(p2, 1, deadline, 0, deadline)))
	if n, _ := c.consents.ActiveCount(c.call(), u(1)); n.Uint64() != 1 {
		t.Fatalf("activeCount = %v", n)
	}
}

// highS returns the malleable twin (r, n-s, v^1) of a signature, which ecrecover accepts and
// the contracts must reject.
func highS(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	out := make([]byte, 65)
	copy(out, sig[:32])
	s.FillBytes(out[32:64])
	out[64] = 27 + 28 - sig[64]
	return out
}

// TestFund checks direct funding after an ERC-20 approve, and that a permit someone else
// already submitted (a front-run) does not block fundWithPermit.
func TestFund(t *testing.T) {
	researcher := newKey(t)
	c := newChain(t, addr(researcher))
	opts, err := bind.NewKeyedTransactorWithChainID(researcher, c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	c.mine(c.token.Mint(c.admin, addr(researcher), u(100)))
	deadline := c.now() + 3600
	reg := registration{protocolHash: crypto.Keccak256Hash([]byte("p")), epsilon: 1, reward: u(1), cap: 1}
	c.mine(c.register(researcher, reg, 0, deadline, c.signRegister(researcher, reg, 0, deadline)))

	c.send(c.escrow.Fund(opts, u(1), u(10))).reverts("ERC20InsufficientAllowance")
	c.mine(c.token.Approve(opts, c.escrowAddr, u(10)))
	c.send(c.escrow.Fund(opts, u(1), u(0))).reverts("InvalidValue")
	c.send(c.escrow.Fund(c.admin, u(1), u(10))).reverts("NotResearcher")
	c.mine(c.escrow.Fund(opts, u(1), u(10)))

	permit := sign(t, researcher, c.chainID, "MedMarket Reward", c.tokenAddr, "Permit", permitType, apitypes.TypedDataMessage{
		"owner": addr(researcher).Hex(), "spender": c.escrowAddr.Hex(), "value": u(30), "nonce": u(0), "deadline": u(deadline),
	})
	var r, s [32]byte
	copy(r[:], permit[:32])
	copy(s[:], permit[32:64])
	c.mine(c.token.Permit(c.admin, addr(researcher), c.escrowAddr, u(30), u(deadline), permit[64], r, s)) // front-run
	c.mine(c.escrow.FundWithPermit(c.admin, u(1), addr(researcher), u(30), u(deadline), permit[64], r, s))
	c.send(c.escrow.FundWithPermit(c.admin, u(1), addr(researcher), u(30), u(deadline), permit[64], r, s)).reverts("ERC2612InvalidSigner")
	e, err := c.escrow.EscrowOf(c.call(), u(1))
	if err != nil || e.Funded.Cmp(u(40)) != 0 || c.balance(c.escrowAddr).Cmp(u(40)) != 0 {
		t.Fatalf("escrowOf = %+v, %v", e, err)
	}
}
