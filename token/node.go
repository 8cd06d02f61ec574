package token

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // prestateTracer and callTracer
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// DevChainID is the chain id of the embedded chain.
const DevChainID = 1337

// DefaultGasLimit is the block gas limit of the embedded chain (mainnet's miner default).
const DefaultGasLimit = 60_000_000

// PrefundBalance is the balance, in wei, each NodeConfig.Prefund address starts with:
// one billion ether.
var PrefundBalance = new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))

// NodeConfig configures the embedded chain.
type NodeConfig struct {
	// DataDir holds the chain database. State survives Close and a new StartNode on the same
	// directory. "" keeps everything in memory and loses it on Close.
	DataDir string
	// HTTPAddr, as "host:port", additionally serves JSON-RPC (eth, net, web3) over HTTP;
	// port 0 picks a free port (see HTTPEndpoint). "" serves nothing over the network.
	HTTPAddr string
	// Prefund lists the accounts the genesis block credits with PrefundBalance wei, typically
	// the operator (relayer) account. It applies only when the genesis is first written: a
	// restart uses the stored genesis and ignores it.
	Prefund []common.Address
	// GasLimit is the genesis block gas limit and the miner's gas ceiling; 0 means
	// DefaultGasLimit.
	GasLimit uint64
	// Period is the block period in seconds; 0 (the default) seals a block as soon as
	// transactions arrive.
	Period uint64
}

// Node is an in-process go-ethereum node assembled like `geth --dev`: a node stack without
// peer-to-peer networking, the eth service and a simulated beacon client that seals blocks,
// on a chain with mainnet's fork rules (see ChainConfig).
type Node struct {
	stack   *node.Node
	backend *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	client  *ethclient.Client

	sealMu sync.Mutex    // one seal (or fork) at a time
	quit   chan struct{} // stops sealOnDemand
	sealed chan struct{} // closed when sealOnDemand has stopped

	closeOnce sync.Once
	closeErr  error
}

// ChainConfig returns the embedded chain's configuration: chain id DevChainID and, active
// from genesis, exactly the forks go-ethereum's params.MainnetChainConfig has activated by
// now (in go-ethereum v1.17.10: through Prague, Osaka and the blob-parameter-only forks BPO1
// and BPO2), with mainnet's blob schedule. Gas costs are therefore mainnet's. Forks mainnet has not activated, such as
// Amsterdam or the experimental ones params.AllDevChainProtocolChanges and the simulated
// backend switch on, stay off.
func ChainConfig() *params.ChainConfig {
	m := params.MainnetChainConfig
	now := uint64(time.Now().Unix())
	zero := func(t *uint64) *uint64 {
		if t == nil || *t > now { // not (yet) active on mainnet
			return nil
		}
		v := uint64(0)
		return &v
	}
	b0 := func(b *big.Int) *big.Int {
		if b == nil {
			return nil
		}
		return big.NewInt(0)
	}
	return &params.ChainConfig{
		ChainID:                 big.NewInt(DevChainID),
		HomesteadBlock:          b0(m.HomesteadBlock),
		EIP150Block:             b0(m.EIP150Block),
		EIP155Block:             b0(m.EIP155Block),
		EIP158Block:             b0(m.EIP158Block),
		ByzantiumBlock:          b0(m.ByzantiumBlock),
		ConstantinopleBlock:     b0(m.ConstantinopleBlock),
		PetersburgBlock:         b0(m.PetersburgBlock),
		IstanbulBlock:           b0(m.IstanbulBlock),
		MuirGlacierBlock:        b0(m.MuirGlacierBlock),
		BerlinBlock:             b0(m.BerlinBlock),
		LondonBlock:             b0(m.LondonBlock),
		ArrowGlacierBlock:       b0(m.ArrowGlacierBlock),
		GrayGlacierBlock:        b0(m.GrayGlacierBlock),
		MergeNetsplitBlock:      b0(m.MergeNetsplitBlock),
		ShanghaiTime:            zero(m.ShanghaiTime),
		CancunTime:              zero(m.CancunTime),
		PragueTime:              zero(m.PragueTime),
		OsakaTime:               zero(m.OsakaTime),
		BPO1Time:                zero(m.BPO1Time),
		BPO2Time:                zero(m.BPO2Time),
		BPO3Time:                zero(m.BPO3Time),
		BPO4Time:                zero(m.BPO4Time),
		BPO5Time:                zero(m.BPO5Time),
		AmsterdamTime:           zero(m.AmsterdamTime),
		BogotaTime:              zero(m.BogotaTime),
		UBTTime:                 zero(m.UBTTime),
		TerminalTotalDifficulty: big.NewInt(0), // merged at genesis
		Ethash:                  new(params.EthashConfig),
		BlobScheduleConfig:      copyBlobSchedule(m.BlobScheduleConfig),
	}
}

func copyBlobSchedule(s *params.BlobScheduleConfig) *params.BlobScheduleConfig {
	if s == nil {
		return nil
	}
	cp := func(c *params.BlobConfig) *params.BlobConfig {
		if c == nil {
			return nil
		}
		v := *c
		return &v
	}
	return &params.BlobScheduleConfig{
		Cancun: cp(s.Cancun), Prague: cp(s.Prague),
		BPO1: cp(s.BPO1), BPO2: cp(s.BPO2), BPO3: cp(s.BPO3), BPO4: cp(s.BPO4), BPO5: cp(s.BPO5),
	}
}

// Genesis returns the genesis block StartNode writes to a fresh data directory: ChainConfig,
// the system contracts the active forks call into (EIP-4788 beacon roots, EIP-2935 block
// hashes, EIP-7002 withdrawals, EIP-7251 consolidations) and the prefunded accounts.
func Genesis(prefund []common.Address, gasLimit uint64) *core.Genesis {
	if gasLimit == 0 {
		gasLimit = DefaultGasLimit
	}
	alloc := types.GenesisAlloc{
		params.BeaconRootsAddress:        {Nonce: 1, Code: params.BeaconRootsCode, Balance: common.Big0},
		params.HistoryStorageAddress:     {Nonce: 1, Code: params.HistoryStorageCode, Balance: common.Big0},
		params.WithdrawalQueueAddress:    {Nonce: 1, Code: params.WithdrawalQueueCode, Balance: common.Big0},
		params.ConsolidationQueueAddress: {Nonce: 1, Code: params.ConsolidationQueueCode, Balance: common.Big0},
	}
	for _, a := range prefund {
		alloc[a] = types.Account{Balance: new(big.Int).Set(PrefundBalance)}
	}
	return &core.Genesis{
		Config:     ChainConfig(),
		GasLimit:   gasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
}

// StartNode starts the embedded chain. A fresh data directory gets the genesis of
// Genesis(cfg.Prefund, cfg.GasLimit); an existing one resumes its stored chain.
func StartNode(cfg NodeConfig) (*Node, error) {
	n, err := startNode(cfg)
	if err != nil {
		return nil, fmt.Errorf("token.StartNode: %w", err)
	}
	return n, nil
}

func startNode(cfg NodeConfig) (*Node, error) {
	gasLimit := cfg.GasLimit
	if gasLimit == 0 {
		gasLimit = DefaultGasLimit
	}
	nodeConf := node.DefaultConfig
	nodeConf.Name = "medmarket"
	nodeConf.DataDir = cfg.DataDir
	nodeConf.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.IPCPath = ""
	nodeConf.HTTPHost = ""
	nodeConf.WSHost = ""
	if cfg.HTTPAddr != "" {
		host, portStr, err := net.SplitHostPort(cfg.HTTPAddr)
		if err != nil {
			return nil, fmt.Errorf("bad HTTP address %q: %w", cfg.HTTPAddr, err)
		}
		port, err := strconv.Atoi(portStr)
		if err != nil || port < 0 || port > 65535 {
			return nil, fmt.Errorf("bad HTTP port in %q", cfg.HTTPAddr)
		}
		if host == "" {
			host = "0.0.0.0"
		}
		nodeConf.HTTPHost = host
		nodeConf.HTTPPort = port
		nodeConf.HTTPModules = []string{"eth", "net", "web3"}
		nodeConf.HTTPVirtualHosts = []string{"localhost", host}
	}

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			stack.Close()
		}
	}()

	// Write the genesis once: a data directory that already holds a chain keeps it.
	genesis := Genesis(cfg.Prefund, gasLimit)
	if cfg.DataDir != "" {
		stored, err := storedGenesis(stack)
		if err != nil {
			return nil, err
		}
		if stored != (common.Hash{}) {
			genesis = nil
		}
	}

	ethConf := ethconfig.Defaults
	ethConf.Genesis = genesis
	ethConf.NetworkId = DevChainID
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TransactionHistory = 0 // index every transaction
	ethConf.LogHistory = 0         // and every log
	// Modest memory: a dev chain's state is small.
	ethConf.DatabaseCache = 16
	ethConf.DatabaseHandles = 64
	ethConf.TrieCleanCache = 16
	ethConf.TrieDirtyCache = 16
	ethConf.SnapshotCache = 8
	ethConf.FilterLogCacheSize = 8
	ethConf.TxPool.NoLocals = true
	ethConf.TxPool.PriceLimit = 1
	ethConf.BlobPool.Datacap = 8 << 20
	ethConf.Miner.GasCeil = gasLimit
	ethConf.Miner.GasPrice = big.NewInt(1) // as geth --dev: any tip of at least 1 wei is mined

	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		return nil, fmt.Errorf("eth service: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethConf.FilterLogCacheSize,
		LogQueryLimit: ethConf.LogQueryLimit,
		RangeLimit:    ethConf.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	// debug_trace* for audits and tests, on the in-process client only: HTTP serves eth, net
	// and web3 alone.
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))

	var feeRecipient common.Address
	if len(cfg.Prefund) > 0 {
		feeRecipient = cfg.Prefund[0]
	}
	beacon, err := catalyst.NewSimulatedBeacon(cfg.Period, feeRecipient, backend)
	if err != nil {
		return nil, fmt.Errorf("simulated beacon: %w", err)
	}
	stack.RegisterLifecycle(beacon)

	if err := stack.Start(); err != nil {
		return nil, err
	}
	ok = true
	n := &Node{
		stack:   stack,
		backend: backend,
		beacon:  beacon,
		client:  ethclient.NewClient(stack.Attach()),
		quit:    make(chan struct{}),
		sealed:  make(chan struct{}),
	}
	if cfg.Period == 0 {
		n.sealOnDemand()
	} else {
		close(n.sealed)
	}
	return n, nil
}

// sealOnDemand seals a block whenever transactions arrive, as geth --dev does with period 0.
// (go-ethereum's simulated beacon API has such a loop, but subscribes from a goroutine of its
// own: a transaction sent right after the node starts could slip past it and wait forever.)
// The subscription is in place before StartNode returns. One goroutine drains the
// subscription, so that the pool never blocks on it, and wakes another that seals.
func (n *Node) sealOnDemand() {
	pool := n.backend.TxPool()
	newTxs := make(chan core.NewTxsEvent, 16)
	sub := pool.SubscribeTransactions(newTxs, true)
	wake := make(chan struct{}, 1)
	wake <- struct{}{} // transactions may have arrived before the subscription
	go func() {
		defer sub.Unsubscribe()
		for {
			select {
			case <-n.quit:
				return
			case <-sub.Err():
				return
			case <-newTxs:
				select {
				case wake <- struct{}{}:
				default:
				}
			}
		}
	}()
	go func() {
		defer close(n.sealed)
		for {
			select {
			case <-n.quit:
				return
			case <-wake:
			}
			// Seal until nothing executable is left; a block that comes out without them
			// (the pool still resetting) is simply followed by another.
			for {
				if pending, _ := pool.Stats(); pending == 0 {
					break
				}
				n.sealMu.Lock()
				n.beacon.Commit()
				n.sealMu.Unlock()
				pool.Sync()
				select {
				case <-n.quit:
					return
				default:
				}
			}
		}
	}()
}

// storedGenesis returns the genesis hash of the chain in the node's data directory, or the
// zero hash when there is none yet.
func storedGenesis(stack *node.Node) (common.Hash, error) {
	if rawdb.PreexistingDatabase(stack.ResolvePath("chaindata")) == "" {
		return common.Hash{}, nil
	}
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{
		ReadOnly: true, Cache: 1, Handles: 16, MetricsNamespace: "eth/db/chaindata/",
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("read stored chain: %w", err)
	}
	defer db.Close()
	return rawdb.ReadCanonicalHash(db, 0), nil
}

// Client returns an in-process JSON-RPC client of the node. It is shared; do not close it.
func (n *Node) Client() *ethclient.Client { return n.client }

// ChainID returns the chain id (DevChainID).
func (n *Node) ChainID() *big.Int { return n.backend.BlockChain().Config().ChainID }

// GenesisHash returns the hash of the chain's genesis block.
func (n *Node) GenesisHash() common.Hash { return n.backend.BlockChain().Genesis().Hash() }

// HTTPEndpoint returns the URL of the JSON-RPC HTTP server, or "" when NodeConfig.HTTPAddr
// was empty.
func (n *Node) HTTPEndpoint() string {
	if n.stack.Config().HTTPHost == "" {
		return ""
	}
	return n.stack.HTTPEndpoint()
}

// Fork makes the block with the given hash the chain's head, as a reorganisation to another
// branch would: later blocks leave the canonical chain, and their transactions go back to the
// pool to be mined again. There must be no pending transactions. For tests of reorg handling.
func (n *Node) Fork(parent common.Hash) error {
	n.sealMu.Lock()
	defer n.sealMu.Unlock()
	if err := n.beacon.Fork(parent); err != nil {
		return fmt.Errorf("token.Node.Fork: %w", err)
	}
	return nil
}

// Close stops the node and flushes its state to the data directory. It is safe to call more
// than once.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		close(n.quit)
		<-n.sealed
		n.client.Close()
		if err := n.stack.Close(); err != nil && !errors.Is(err, node.ErrNodeStopped) {
			n.closeErr = fmt.Errorf("token.Node.Close: %w", err)
		}
	})
	return n.closeErr
}
