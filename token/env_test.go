package token

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"

	"github.com/medmarket/medmarket/marketplace"
)

// env is the marketplace's chain side on an embedded node with mainnet gas rules: contracts
// deployed, a Ledger relaying through the operator's Sender, and an ethics board. With http
// set, the Ledger reaches the node over JSON-RPC on HTTP, as it would an external chain.
type env struct {
	t      testing.TB
	ctx    context.Context
	node   *Node
	client *ethclient.Client // what the Ledger talks to
	l      *Ledger
	dep    Deployment
	dom    marketplace.SigningDomain
	board  *ecdsa.PrivateKey
	scope  marketplace.Hash
}

func newEnv(t testing.TB, http bool) *env {
	t.Helper()
	ctx := context.Background()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	cfg := NodeConfig{Prefund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}}
	if http {
		cfg.HTTPAddr = "127.0.0.1:0"
	}
	n, err := StartNode(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	client := n.Client()
	if http {
		if client, err = ethclient.DialContext(ctx, n.HTTPEndpoint()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(client.Close)
	}
	s, err := NewSender(ctx, client, nil, key)
	if err != nil {
		t.Fatal(err)
	}
	dep, err := Deploy(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLedger(client, s, dep)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	e := &env{t: t, ctx: ctx, node: n, client: client, l: l, dep: dep, dom: l.Domain(), board: mustKey(),
		scope: marketplace.Hash(crypto.Keccak256Hash([]byte("DUO:0000007")))}
	if err := l.AddEthicsBoard(ctx, AddressOf(e.board)); err != nil {
		t.Fatal(err)
	}
	return e
}

// deadline and expiry are far off: the embedded chain's clock runs ahead of the wall clock
// when it seals more than a block a second (each block's time is at least its parent's plus
// one second), which long fuzzing runs do by the thousand.
func (e *env) deadline() uint64 { return uint64(time.Now().Add(30 * 24 * time.Hour).Unix()) }
func (e *env) expiry() uint64   { return uint64(time.Now().Add(365 * 24 * time.Hour).Unix()) }

// study is a registered study and its researcher.
type study struct {
	id         uint64
	researcher *ecdsa.PrivateKey
	hash       marketplace.Hash
	reward     *big.Int
}

// openStudy registers a study (budget epsilon 1.0, delta 1e-6), funds it with funding reward
// tokens and has the board approve it: it is recruiting.
func (e *env) openStudy(reward int64, cap uint32, funding int64) study {
	e.t.Helper()
	s := e.registerStudy(reward, cap)
	if funding > 0 {
		e.fund(s, big.NewInt(funding))
	}
	e.approve(s)
	return s
}

func (e *env) registerStudy(reward int64, cap uint32) study {
	e.t.Helper()
	r := mustKey()
	s := study{researcher: r, reward: big.NewInt(reward),
		hash: marketplace.Hash(crypto.Keccak256Hash(r.D.Bytes(), []byte("protocol")))}
	reg := marketplace.Registration{ProtocolHash: s.hash, EpsilonBudget: 1_000_000, DeltaBudget: 1_000_000_000_000,
		RewardPerParticipant: s.reward, ParticipantCap: cap}
	auth, err := SignRegister(r, e.dom, reg, 0, e.deadline())
	if err != nil {
		e.t.Fatal(err)
	}
	if s.id, err = e.l.RegisterStudy(e.ctx, reg, auth); err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *env) fund(s study, amount *big.Int) {
	e.t.Helper()
	addr := AddressOf(s.researcher)
	if err := e.l.Mint(e.ctx, addr, amount); err != nil {
		e.t.Fatal(err)
	}
	n, err := e.l.Nonces(e.ctx, addr)
	if err != nil {
		e.t.Fatal(err)
	}
	auth, err := SignPermit(s.researcher, e.dom, amount, n.Token, e.deadline())
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.l.FundStudy(e.ctx, s.id, amount, auth); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) approve(s study) {
	e.t.Helper()
	n, err := e.l.Nonces(e.ctx, AddressOf(e.board))
	if err != nil {
		e.t.Fatal(err)
	}
	auth, err := SignApprove(e.board, e.dom, s.id, s.hash, n.Registry, e.deadline())
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.l.ApproveStudy(e.ctx, s.id, s.hash, auth); err != nil {
		e.t.Fatal(err)
	}
}

// signedConsent is k's consent to the study signed in domain d at nonce.
func (e *env) signedConsent(d marketplace.SigningDomain, id uint64, k *ecdsa.PrivateKey, nonce uint64) (marketplace.Consent, marketplace.Auth) {
	e.t.Helper()
	c := marketplace.Consent{StudyID: id, Participant: AddressOf(k), Scope: e.scope, Expiry: e.expiry()}
	auth, err := SignConsent(k, d, c, nonce, e.deadline())
	if err != nil {
		e.t.Fatal(err)
	}
	return c, auth
}

// consent records k's consent to the study through the Ledger.
func (e *env) consent(id uint64, k *ecdsa.PrivateKey, nonce uint64) {
	e.t.Helper()
	c, auth := e.signedConsent(e.dom, id, k, nonce)
	if err := e.l.GrantConsent(e.ctx, c, auth); err != nil {
		e.t.Fatalf("consent: %v", err)
	}
}

func (e *env) revoke(id uint64, k *ecdsa.PrivateKey, nonce uint64) {
	e.t.Helper()
	auth, err := SignRevoke(k, e.dom, id, nonce, e.deadline())
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.l.RevokeConsent(e.ctx, id, AddressOf(k), auth); err != nil {
		e.t.Fatalf("revoke: %v", err)
	}
}

// snapshot is the state a refused action must leave alone: each contract's storage root (from
// eth_getProof) and the balances of some accounts.
type snapshot struct {
	roots    map[common.Address]common.Hash
	balances map[marketplace.Address]string
}

func (e *env) snapshot(accounts ...marketplace.Address) snapshot {
	e.t.Helper()
	g := gethclient.New(e.client.Client())
	s := snapshot{roots: map[common.Address]common.Hash{}, balances: map[marketplace.Address]string{}}
	for _, a := range e.dep.Addresses() {
		p, err := g.GetProof(e.ctx, a, nil, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		s.roots[a] = p.StorageHash
	}
	for _, a := range accounts {
		b, err := e.l.Balance(e.ctx, a)
		if err != nil {
			e.t.Fatal(err)
		}
		s.balances[a] = b.String()
	}
	return s
}

// unchanged fails unless the contracts' storage and the balances equal the snapshot's.
func (e *env) unchanged(before snapshot, what string) {
	e.t.Helper()
	accounts := make([]marketplace.Address, 0, len(before.balances))
	for a := range before.balances {
		accounts = append(accounts, a)
	}
	after := e.snapshot(accounts...)
	for a, r := range before.roots {
		if after.roots[a] != r {
			e.t.Errorf("%s changed the storage of contract %s", what, a.Hex())
		}
	}
	for a, b := range before.balances {
		if after.balances[a] != b {
			e.t.Errorf("%s changed the balance of %s: %s -> %s", what, a.Hex(), b, after.balances[a])
		}
	}
}

// minedRevert sends a call with a fixed gas limit, so that it is mined even though it reverts,
// and returns the custom error it reverted with. It fails the test if the call succeeded or the
// receipt is not a mined revert.
func (e *env) minedRevert(to common.Address, method string, args ...any) string {
	e.t.Helper()
	a := e.l.abis.token
	switch to {
	case e.dep.StudyRegistry:
		a = e.l.abis.registry
	case e.dep.PrivacyBudgetLedger:
		a = e.l.abis.budget
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		e.t.Fatal(err)
	}
	rcpt, err := e.l.sender.TransactWithGas(e.ctx, &to, data, 3_000_000)
	if err == nil {
		e.t.Fatalf("%s succeeded on chain", method)
	}
	if rcpt == nil || rcpt.Status != types.ReceiptStatusFailed || rcpt.BlockNumber == nil {
		e.t.Fatalf("%s: not a mined revert: %v", method, err)
	}
	name, _, ok := revertDecoder().DecodeError(err)
	if !ok {
		e.t.Fatalf("%s: revert without a decodable reason: %v", method, err)
	}
	return name
}

// sendFunded submits a transaction from an account funded a moment ago. The pool checks
// balances against its own view of the head, which may lag the block that funded the account
// by a moment: that refusal is retried.
func (e *env) sendFunded(tx *types.Transaction) {
	e.t.Helper()
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		err := e.client.SendTransaction(e.ctx, tx)
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "insufficient funds") || time.Since(start) > 5*time.Second {
			e.t.Fatal(err)
		}
	}
}

// grantRecords packs signed consents into grantBatch arguments.
func grantRecords(t testing.TB, cs []marketplace.Consent, auths []marketplace.Auth) ([][32]byte, []byte) {
	t.Helper()
	var records []byte
	for i := range cs {
		rec, err := grantRecord(cs[i], auths[i], 0)
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, rec...)
	}
	return [][32]byte{cs[0].Scope}, records
}

// wantCode fails unless err is a marketplace error with the code.
func wantCode(t testing.TB, what string, err error, code string) {
	t.Helper()
	if got := marketplace.ErrorCode(err); got != code {
		t.Fatalf("%s: got %v (%s), want %s", what, err, got, code)
	}
	t.Logf("%s: %s %s", what, code, marketplace.ErrorMessage(err))
}
