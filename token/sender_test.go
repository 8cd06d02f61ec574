package token

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

const notApprovedABI = `[{"type":"error","name":"NotApproved","inputs":[{"name":"studyId","type":"uint256"},{"name":"who","type":"address"}]}]`

// revertRuntime reverts every call with data: it copies data from its own code into memory.
// PUSH1 len DUP1 PUSH1 12 PUSH1 0 CODECOPY PUSH1 0 REVERT <data>.
func revertRuntime(data []byte) []byte {
	code := []byte{0x60, byte(len(data)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xfd}
	return append(code, data...)
}

func notApprovedData(t *testing.T, id int64, who common.Address) []byte {
	t.Helper()
	parsed, err := abi.JSON(strings.NewReader(notApprovedABI))
	if err != nil {
		t.Fatal(err)
	}
	e := parsed.Errors["NotApproved"]
	args, err := e.Inputs.Pack(big.NewInt(id), who)
	if err != nil {
		t.Fatal(err)
	}
	return append(e.ID[:4:4], args...)
}

func TestSenderConcurrent(t *testing.T) {
	c := startDevChain(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	client := c.node.Client()
	first, err := client.PendingNonceAt(ctx, c.sender.From())
	if err != nil {
		t.Fatal(err)
	}

	const n = 50
	var (
		wg       sync.WaitGroup
		receipts = make([]*types.Receipt, n)
		errs     = make([]error, n)
	)
	start := time.Now()
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			to := common.BigToAddress(big.NewInt(int64(1000 + i)))
			receipts[i], errs[i] = c.sender.TransferETH(ctx, to, big.NewInt(int64(i+1)))
		}()
	}
	wg.Wait()
	t.Logf("%d concurrent transfers mined in %v", n, time.Since(start).Round(time.Millisecond))

	nonces := make(map[uint64]bool)
	blocks := make(map[uint64]bool)
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("transfer %d: %v", i, errs[i])
		}
		if receipts[i].Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transfer %d failed", i)
		}
		tx, _, err := client.TransactionByHash(ctx, receipts[i].TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if nonces[tx.Nonce()] {
			t.Fatalf("nonce %d used twice", tx.Nonce())
		}
		nonces[tx.Nonce()] = true
		blocks[receipts[i].BlockNumber.Uint64()] = true
		bal, err := client.BalanceAt(ctx, *tx.To(), nil)
		if err != nil || bal.Int64() != int64(i+1) {
			t.Fatalf("recipient %d balance %v %v", i, bal, err)
		}
	}
	for nonce := first; nonce < first+n; nonce++ {
		if !nonces[nonce] {
			t.Fatalf("nonce %d unused: nonces are not contiguous", nonce)
		}
	}
	t.Logf("spread over %d blocks", len(blocks))
}

// TestSenderResyncsNonce sends a transaction from the operator's key behind the Sender's
// back, as another process would; the Sender's next transaction hits "nonce too low" and
// must recover.
func TestSenderResyncsNonce(t *testing.T) {
	c := startDevChain(t)
	ctx := context.Background()
	client := c.node.Client()
	if _, err := c.sender.TransferETH(ctx, common.HexToAddress("0x01"), big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	nonce, err := client.PendingNonceAt(ctx, c.sender.From())
	if err != nil {
		t.Fatal(err)
	}
	head, _ := client.HeaderByNumber(ctx, nil)
	to := common.HexToAddress("0x02")
	tx := types.MustSignNewTx(c.key, types.LatestSignerForChainID(c.node.ChainID()), &types.DynamicFeeTx{
		ChainID: c.node.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1),
		GasFeeCap: new(big.Int).Add(big.NewInt(1), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       21000, To: &to, Value: big.NewInt(1),
	})
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if _, err := c.sender.waitMined(ctx, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	r, err := c.sender.TransferETH(ctx, common.HexToAddress("0x03"), big.NewInt(1))
	if err != nil {
		t.Fatalf("after an outside transaction: %v", err)
	}
	got, _, _ := client.TransactionByHash(ctx, r.TxHash)
	if got.Nonce() != nonce+1 {
		t.Errorf("nonce %d, want %d", got.Nonce(), nonce+1)
	}
}

func TestSenderRevertInEstimation(t *testing.T) {
	c := startDevChain(t)
	ctx := context.Background()
	who := common.HexToAddress("0x00000000000000000000000000000000000000dd")
	data := notApprovedData(t, 42, who)
	addr, _, err := c.sender.Deploy(ctx, nil, initCode(revertRuntime(data)))
	if err != nil {
		t.Fatal(err)
	}
	nonceBefore, _ := c.node.Client().PendingNonceAt(ctx, c.sender.From())

	_, err = c.sender.Transact(ctx, &addr, []byte{1, 2, 3, 4})
	var re *RevertedError
	if !errors.As(err, &re) {
		t.Fatalf("error %v (%T), want a *RevertedError", err, err)
	}
	if re.TxHash != (common.Hash{}) || re.Receipt != nil {
		t.Errorf("estimation revert carries a transaction")
	}
	got, ok := RevertData(err)
	if !ok || string(got) != string(data) {
		t.Fatalf("revert data %x, want %x", got, data)
	}
	name, args, err2 := DecodeRevert(got, notApprovedABI)
	if err2 != nil {
		t.Fatal(err2)
	}
	if name != "NotApproved" || len(args) != 2 || args[0].(*big.Int).Int64() != 42 || args[1].(common.Address) != who {
		t.Errorf("decoded %s%v", name, args)
	}
	t.Logf("estimation revert: %v", err)
	dec, derr := NewErrorDecoder(notApprovedABI)
	if derr != nil {
		t.Fatal(derr)
	}
	if name, _, ok := dec.DecodeError(err); !ok || name != "NotApproved" {
		t.Errorf("DecodeError: %q %v", name, ok)
	}
	// Nothing was sent: the nonce did not move.
	if n, _ := c.node.Client().PendingNonceAt(ctx, c.sender.From()); n != nonceBefore {
		t.Errorf("nonce moved from %d to %d", nonceBefore, n)
	}
	// And the Sender still works.
	if _, err := c.sender.TransferETH(ctx, who, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
}

// TestSenderRevertMined makes a transaction revert after its gas was estimated: a contract
// that succeeds only on the first call, called twice with both estimates taken first.
func TestSenderRevertMined(t *testing.T) {
	c := startDevChain(t)
	ctx := context.Background()
	who := common.HexToAddress("0x00000000000000000000000000000000000000ee")
	data := notApprovedData(t, 7, who)
	runtime := onceRuntime(data)
	addr, _, err := c.sender.Deploy(ctx, nil, initCode(runtime))
	if err != nil {
		t.Fatal(err)
	}
	var preps [2]struct {
		gas      uint64
		tip, cap *big.Int
	}
	for i := range preps {
		p := &preps[i]
		if p.gas, p.tip, p.cap, err = c.sender.prepare(ctx, &addr, new(big.Int), nil); err != nil {
			t.Fatalf("estimate %d: %v", i, err)
		}
	}
	var txs [2]*types.Transaction
	for i, p := range preps {
		if txs[i], err = c.sender.send(ctx, &addr, new(big.Int), nil, p.gas, p.tip, p.cap); err != nil {
			t.Fatal(err)
		}
	}
	var failures int
	for _, tx := range txs {
		r, err := c.sender.waitMined(ctx, tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		if r.Status == types.ReceiptStatusSuccessful {
			continue
		}
		failures++
		ferr := c.sender.failed(ctx, tx, r)
		var re *RevertedError
		if !errors.As(ferr, &re) || re.TxHash != tx.Hash() || re.Receipt == nil {
			t.Fatalf("failed: %v", ferr)
		}
		if !strings.Contains(ferr.Error(), tx.Hash().Hex()) {
			t.Errorf("message %q does not name the transaction", ferr)
		}
		t.Logf("mined revert: %v (data %x)", ferr, re.Data)
	}
	if failures != 1 {
		t.Fatalf("%d of 2 transactions reverted, want 1", failures)
	}
}

// onceRuntime succeeds on its first call and reverts with data on every later one:
// PUSH1 0 SLOAD ISZERO PUSH1 ok JUMPI <revert with data> ok: JUMPDEST PUSH1 1 PUSH1 0 SSTORE STOP.
func onceRuntime(data []byte) []byte {
	rev := revertRuntime(data)
	rev[4] = byte(7 + 11) // the data follows the 7-byte prologue and the 11-byte revert code
	code := []byte{0x60, 0x00, 0x54, 0x15, 0x60, byte(7 + len(rev)), 0x57}
	code = append(code, rev...)
	return append(code, 0x5b, 0x60, 0x01, 0x60, 0x00, 0x55, 0x00)
}

func TestDecodeRevertStandard(t *testing.T) {
	reason := append(crypto.Keccak256([]byte("Error(string)"))[:4:4], mustPack(t, "string", "no budget")...)
	name, args, err := DecodeRevert(reason)
	if err != nil || name != "Error" || args[0].(string) != "no budget" {
		t.Errorf("Error(string): %s %v %v", name, args, err)
	}
	panicData := append(crypto.Keccak256([]byte("Panic(uint256)"))[:4:4], mustPack(t, "uint256", big.NewInt(0x11))...)
	name, args, err = DecodeRevert(panicData)
	if err != nil || name != "Panic" || args[0].(*big.Int).Int64() != 0x11 {
		t.Errorf("Panic: %s %v %v", name, args, err)
	}
	if _, _, err := DecodeRevert([]byte{1, 2, 3, 4}, notApprovedABI); err == nil {
		t.Error("unknown selector decoded")
	}
	if _, _, err := DecodeRevert(nil); err == nil {
		t.Error("empty data decoded")
	}
	if _, _, err := DecodeRevert(reason, "not json"); err == nil {
		t.Error("bad ABI accepted")
	}
	re := &RevertedError{Data: reason}
	if !strings.Contains(re.Error(), "no budget") {
		t.Errorf("message %q lacks the reason", re.Error())
	}
}

func mustPack(t *testing.T, typ string, v any) []byte {
	t.Helper()
	b, err := abi.Arguments{{Type: mustType(typ)}}.Pack(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSenderBound relays a call built by a bound contract.
func TestSenderBound(t *testing.T) {
	c := startDevChain(t)
	ctx := context.Background()
	addr, _, err := c.sender.Deploy(ctx, nil, initCode(storeRuntime))
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"store","inputs":[{"name":"x","type":"uint256"}],"outputs":[],"stateMutability":"nonpayable"}]`))
	if err != nil {
		t.Fatal(err)
	}
	bound := bind.NewBoundContract(addr, parsed, c.node.Client(), c.node.Client(), c.node.Client())
	r, err := c.sender.Bound(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return bound.Transact(o, "store", big.NewInt(9))
	})
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := c.node.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := parsed.Pack("store", big.NewInt(9))
	if string(tx.Data()) != string(want) || *tx.To() != addr {
		t.Errorf("sent %x to %v", tx.Data(), tx.To())
	}
	if _, err := c.sender.Bound(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return nil, errors.New("boom")
	}); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("binding error lost: %v", err)
	}
}

func TestIsTransient(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{errors.New("dial tcp 127.0.0.1:1: connect: connection refused"), true},
		{errors.New("txpool is full"), true},
		{context.Canceled, false},
		{errors.New("nonce too low"), false},
		{errors.New("insufficient funds for gas * price + value"), false},
	} {
		if got := isTransient(tc.err); got != tc.want {
			t.Errorf("isTransient(%v) = %v", tc.err, got)
		}
	}
}
