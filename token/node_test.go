package token

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// devChain is an embedded node with a funded operator key and a Sender for it.
type devChain struct {
	node   *Node
	key    *ecdsa.PrivateKey
	sender *Sender
	dir    string
}

// startDevChain starts an embedded node in a fresh temporary directory with one funded key.
func startDevChain(t *testing.T) *devChain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	start := time.Now()
	n, err := StartNode(NodeConfig{DataDir: dir, Prefund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("embedded node started in %v", time.Since(start).Round(time.Millisecond))
	t.Cleanup(func() { n.Close() })
	s, err := NewSender(context.Background(), n.Client(), n.ChainID(), key)
	if err != nil {
		t.Fatal(err)
	}
	return &devChain{node: n, key: key, sender: s, dir: dir}
}

// initCode wraps runtime code in init code that returns it:
// PUSH1 len DUP1 PUSH1 11 PUSH1 0 CODECOPY PUSH1 0 RETURN <runtime>.
func initCode(runtime []byte) []byte {
	if len(runtime) > 255 {
		panic("runtime too long for PUSH1")
	}
	code := []byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}
	return append(code, runtime...)
}

// storeRuntime stores 1 in the slot named by the first calldata word:
// PUSH1 1 PUSH1 0 CALLDATALOAD SSTORE STOP.
var storeRuntime = []byte{0x60, 0x01, 0x60, 0x00, 0x35, 0x55, 0x00}

func calldataGas(data []byte) uint64 {
	var g uint64
	for _, b := range data {
		if b == 0 {
			g += params.TxDataZeroGas
		} else {
			g += params.TxDataNonZeroGasEIP2028
		}
	}
	return g
}

func TestChainConfigHasMainnetForksOnly(t *testing.T) {
	c := ChainConfig()
	if c.ChainID.Uint64() != DevChainID {
		t.Fatalf("chain id %v", c.ChainID)
	}
	if err := c.CheckConfigForkOrder(); err != nil {
		t.Fatal(err)
	}
	for name, ts := range map[string]*uint64{"shanghai": c.ShanghaiTime, "cancun": c.CancunTime, "prague": c.PragueTime, "osaka": c.OsakaTime, "bpo1": c.BPO1Time, "bpo2": c.BPO2Time} {
		if ts == nil || *ts != 0 {
			t.Errorf("%s not active at genesis", name)
		}
	}
	for name, ts := range map[string]*uint64{"amsterdam": c.AmsterdamTime, "bogota": c.BogotaTime, "ubt": c.UBTTime, "bpo3": c.BPO3Time} {
		if ts != nil {
			t.Errorf("%s is active but mainnet has not activated it", name)
		}
	}
	if !reflect.DeepEqual(c.BlobScheduleConfig, params.MainnetChainConfig.BlobScheduleConfig) {
		t.Errorf("blob schedule %+v differs from mainnet's", c.BlobScheduleConfig)
	}
	rules := c.Rules(big.NewInt(1), true, 1)
	if !rules.IsOsaka || rules.IsAmsterdam || rules.IsBogota {
		t.Errorf("rules %+v", rules)
	}
}

// TestMainnetGas checks receipts against gas computed from mainnet's schedule: a plain
// transfer, a contract creation and an SSTORE to a fresh slot (EIP-2929 cold access 2,100 +
// EIP-2200 set 20,000 = 22,100).
func TestMainnetGas(t *testing.T) {
	c := startDevChain(t)
	ctx := context.Background()

	// Plain ether transfer.
	r, err := c.sender.TransferETH(ctx, common.HexToAddress("0x00000000000000000000000000000000000000aa"), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if r.GasUsed != 21000 {
		t.Errorf("transfer used %d gas, want 21000", r.GasUsed)
	}

	// Deploy the store contract: 21,000 + 32,000 creation + calldata + 2 per init-code word
	// (EIP-3860) + 24 execution (4 PUSH1, DUP1, CODECOPY with one word of memory) + 200 per
	// byte of deployed code.
	code := initCode(storeRuntime)
	addr, r, err := c.sender.Deploy(ctx, nil, code)
	if err != nil {
		t.Fatal(err)
	}
	wantDeploy := params.TxGasContractCreation + calldataGas(code) + params.InitCodeWordGas*uint64((len(code)+31)/32) +
		4*3 + 3 + (3 + 3 + 3) + params.CreateDataGas*uint64(len(storeRuntime))
	if wantDeploy != 54666 {
		t.Fatalf("expected deploy gas miscomputed: %d", wantDeploy)
	}
	if r.GasUsed != wantDeploy {
		t.Errorf("deploy used %d gas, want %d", r.GasUsed, wantDeploy)
	}

	// SSTORE 1 into fresh slot 5.
	data := common.LeftPadBytes([]byte{5}, 32)
	r, err = c.sender.Transact(ctx, &addr, data)
	if err != nil {
		t.Fatal(err)
	}
	sstore := r.GasUsed - params.TxGas - calldataGas(data) - 3*3 // PUSH1, PUSH1, CALLDATALOAD
	t.Logf("store call used %d gas; SSTORE of a fresh slot cost %d", r.GasUsed, sstore)
	if r.GasUsed != 43249 {
		t.Errorf("store call used %d gas, want 43249", r.GasUsed)
	}
	if want := params.ColdSloadCostEIP2929 + params.SstoreSetGasEIP2200; sstore != want || want != 22100 {
		t.Errorf("fresh SSTORE cost %d, want %d", sstore, want)
	}
	got, err := c.node.Client().StorageAt(ctx, addr, common.BigToHash(big.NewInt(5)), nil)
	if err != nil || new(big.Int).SetBytes(got).Int64() != 1 {
		t.Errorf("slot 5 = %x, %v", got, err)
	}
}

func TestNodeRestartKeepsState(t *testing.T) {
	c := startDevChain(t)
	ctx := context.Background()
	client := c.node.Client()

	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	if _, err := c.sender.TransferETH(ctx, to, big.NewInt(12345)); err != nil {
		t.Fatal(err)
	}
	addr, _, err := c.sender.Deploy(ctx, nil, initCode(storeRuntime))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.sender.Transact(ctx, &addr, common.LeftPadBytes([]byte{7}, 32)); err != nil {
		t.Fatal(err)
	}
	// The beacon may still seal an empty block after this; the blocks seen so far must stay.
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	genesis := c.node.GenesisHash()
	if err := c.node.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.node.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	// Restart with a different prefund list: the stored genesis must win.
	other, _ := crypto.GenerateKey()
	start := time.Now()
	n, err := StartNode(NodeConfig{DataDir: c.dir, Prefund: []common.Address{crypto.PubkeyToAddress(other.PublicKey)}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("restarted in %v", time.Since(start).Round(time.Millisecond))
	defer n.Close()
	client = n.Client()
	if n.GenesisHash() != genesis {
		t.Fatalf("genesis changed on restart")
	}
	if got, err := client.HeaderByNumber(ctx, head.Number); err != nil || got.Hash() != head.Hash() {
		t.Errorf("block %v lost on restart: %v", head.Number, err)
	}
	if bal, _ := client.BalanceAt(ctx, to, nil); bal == nil || bal.Int64() != 12345 {
		t.Errorf("balance %v after restart", bal)
	}
	if bal, _ := client.BalanceAt(ctx, crypto.PubkeyToAddress(other.PublicKey), nil); bal == nil || bal.Sign() != 0 {
		t.Errorf("a prefund applied on restart: %v", bal)
	}
	if code, _ := client.CodeAt(ctx, addr, nil); len(code) == 0 {
		t.Errorf("contract code lost")
	}
	slot, err := client.StorageAt(ctx, addr, common.BigToHash(big.NewInt(7)), nil)
	if err != nil || new(big.Int).SetBytes(slot).Int64() != 1 {
		t.Errorf("storage lost: %x %v", slot, err)
	}
	// The chain keeps going, and a new Sender picks up the nonce.
	s, err := NewSender(ctx, client, nil, c.key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.TransferETH(ctx, to, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
}

func TestNodeHTTPEndpoint(t *testing.T) {
	key, _ := crypto.GenerateKey()
	n, err := StartNode(NodeConfig{HTTPAddr: "127.0.0.1:0", Prefund: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	ep := n.HTTPEndpoint()
	if ep == "" || ep == "http://127.0.0.1:0" {
		t.Fatalf("endpoint %q", ep)
	}
	ctx := context.Background()
	client, err := ethclient.DialContext(ctx, ep)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	id, err := client.ChainID(ctx)
	if err != nil || id.Uint64() != DevChainID {
		t.Fatalf("chain id over HTTP: %v %v", id, err)
	}
	// The Sender works over an external endpoint just the same.
	s, err := NewSender(ctx, client, nil, key)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.TransferETH(ctx, common.HexToAddress("0x00000000000000000000000000000000000000cc"), big.NewInt(1))
	if err != nil || r.GasUsed != 21000 {
		t.Fatalf("transfer over HTTP: %v %v", r, err)
	}
	if noHTTP := startDevChain(t); noHTTP.node.HTTPEndpoint() != "" {
		t.Errorf("HTTP endpoint without HTTPAddr")
	}
}

func TestNodeBadHTTPAddr(t *testing.T) {
	if _, err := StartNode(NodeConfig{HTTPAddr: "nonsense"}); err == nil {
		t.Fatal("bad HTTP address accepted")
	}
}
