package token

import (
	"crypto/ecdsa"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/medmarket/medmarket/marketplace"
)

// maliciousReceiver loads the test-only MaliciousReceiver contract (contracts/test), compiled by
// the same pipeline as the marketplace's contracts.
func maliciousReceiver(t *testing.T) (*abi.ABI, []byte) {
	t.Helper()
	abiJSON, err := os.ReadFile("contracts/artifacts/test/MaliciousReceiver.abi")
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.ReadFile("contracts/artifacts/test/MaliciousReceiver.bin")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(abiJSON)))
	if err != nil {
		t.Fatal(err)
	}
	return &parsed, common.FromHex(strings.TrimSpace(string(bin)))
}

// delegate gives the externally owned account of key the code at impl (EIP-7702), so that the
// account can still sign consents and registrations but runs impl's code whenever called.
func (e *env) delegate(key *ecdsa.PrivateKey, impl common.Address) {
	e.t.Helper()
	// A funded helper account sends the set-code transaction, beside the operator's Sender.
	helper := mustKey()
	helperAddr := crypto.PubkeyToAddress(helper.PublicKey)
	if _, err := e.l.sender.TransferETH(e.ctx, helperAddr, big.NewInt(1e18)); err != nil {
		e.t.Fatal(err)
	}
	chainID := uint256.MustFromBig(e.l.sender.ChainID())
	nonce, err := e.client.PendingNonceAt(e.ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		e.t.Fatal(err)
	}
	auth, err := types.SignSetCode(key, types.SetCodeAuthorization{ChainID: *chainID, Address: impl, Nonce: nonce})
	if err != nil {
		e.t.Fatal(err)
	}
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	fee := new(big.Int).Add(big.NewInt(1), new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.MustSignNewTx(helper, types.LatestSignerForChainID(e.l.sender.ChainID()), &types.SetCodeTx{
		ChainID: chainID, Nonce: 0, GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.MustFromBig(fee),
		Gas: 100_000, To: helperAddr, Value: uint256.NewInt(0), AuthList: []types.SetCodeAuthorization{auth},
	})
	e.sendFunded(tx)
	if r, err := e.l.sender.waitMined(e.ctx, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("set code: %v %v", r, err)
	}
	code, err := e.client.CodeAt(e.ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	if err != nil || len(code) != 23 || common.BytesToAddress(code[3:]) != impl {
		e.t.Fatalf("delegation not in place: %x %v", code, err)
	}
}

// receiverState reads the malicious code's counters in the account at a.
func (e *env) receiverState(a common.Address, parsed *abi.ABI) (hookCalls, reentered uint64) {
	e.t.Helper()
	read := func(method string) uint64 {
		data, _ := parsed.Pack(method)
		out, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &a, Data: data}, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		return new(big.Int).SetBytes(out).Uint64()
	}
	return read("hookCalls"), read("reentered")
}

// TestReentrantReceiver pays a participant and refunds a researcher whose accounts run
// MaliciousReceiver, which tries from every receiver hook a token might call (ERC-777,
// ERC-1363, ERC-721 style, receive, fallback) to pay itself again and to refund again. The
// token never calls the accounts it credits, so no hook runs: each is paid exactly once. The
// same attack run directly (the account calling the token itself) is refused and changes
// nothing.
func TestReentrantReceiver(t *testing.T) {
	e := newEnv(t, false)
	parsed, bin := maliciousReceiver(t)
	impl, _, err := e.l.sender.Deploy(e.ctx, parsed, bin)
	if err != nil {
		t.Fatal(err)
	}
	send := func(to common.Address, method string, args ...any) error {
		data, err := parsed.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.l.sender.Transact(e.ctx, &to, data)
		return err
	}

	// The participant's account runs the malicious code, armed to be paid again.
	s := e.registerStudy(10, 10)
	researcher := AddressOf(s.researcher)
	e.delegate(s.researcher, impl)
	e.fund(s, big.NewInt(100))
	e.approve(s)
	p := mustKey()
	pAddr := AddressOf(p)
	e.delegate(p, impl)
	if err := send(ToCommon(pAddr), "arm", e.dep.RewardToken, u256(s.id), packAddresses([]marketplace.Address{pAddr})); err != nil {
		t.Fatal(err)
	}
	if err := send(ToCommon(researcher), "arm", e.dep.RewardToken, u256(s.id), packAddresses([]marketplace.Address{pAddr})); err != nil {
		t.Fatal(err)
	}
	e.consent(s.id, p, 0)
	if err := e.l.Pay(e.ctx, s.id, []marketplace.Address{pAddr}); err != nil {
		t.Fatal(err)
	}
	if calls, reentered := e.receiverState(ToCommon(pAddr), parsed); calls != 0 || reentered != 0 {
		t.Fatalf("the token called the recipient: %d hook calls, %d reentered", calls, reentered)
	}
	if b, _ := e.l.Balance(e.ctx, pAddr); b.Int64() != 10 {
		t.Fatalf("recipient balance %v, want one reward", b)
	}

	// The attack run directly: the token refuses both calls (no compute role; not closed) and
	// nothing changes.
	before := e.snapshot(pAddr, researcher)
	if err := send(ToCommon(pAddr), "attack"); err != nil {
		t.Fatal(err)
	}
	if calls, reentered := e.receiverState(ToCommon(pAddr), parsed); calls != 1 || reentered != 0 {
		t.Fatalf("direct attack: %d calls, %d succeeded", calls, reentered)
	}
	e.unchanged(before, "the direct attack")

	// Refund to the malicious researcher: exactly once, no hook runs.
	n, _ := e.l.Nonces(e.ctx, researcher)
	auth, err := SignClose(s.researcher, e.dom, s.id, n.Registry, e.deadline())
	if err != nil {
		t.Fatal(err)
	}
	refunded, err := e.l.CloseStudy(e.ctx, s.id, auth)
	if err != nil || refunded.Int64() != 90 {
		t.Fatalf("refund %v %v", refunded, err)
	}
	if again, err := e.l.Refund(e.ctx, s.id); err != nil || again.Sign() != 0 {
		t.Fatalf("second refund %v %v", again, err)
	}
	if calls, reentered := e.receiverState(ToCommon(researcher), parsed); calls != 0 || reentered != 0 {
		t.Fatalf("the token called the researcher: %d hook calls, %d reentered", calls, reentered)
	}
	// Now the study is closed the armed refund would be allowed, but pays nothing again.
	if err := send(ToCommon(researcher), "attack"); err != nil {
		t.Fatal(err)
	}
	if b, _ := e.l.Balance(e.ctx, researcher); b.Int64() != 90 {
		t.Fatalf("researcher balance %v, want the refund once", b)
	}
	// A plain ERC-20 transfer to a contract calls nothing either.
	if err := e.l.Mint(e.ctx, FromCommon(impl), big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if calls, _ := e.receiverState(impl, parsed); calls != 0 {
		t.Fatalf("minting to a contract called it %d times", calls)
	}
}
