package token

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/medmarket/medmarket/marketplace"
)

// Chain is an opened chain with the marketplace contracts deployed on it, and the event
// indexer that follows them.
type Chain struct {
	Ledger   *Ledger
	Requests Requests
	Indexer  *Indexer
	// Dev is true on the embedded development chain (the faucet is open there).
	Dev    bool
	node   *Node
	client *ethclient.Client
}

// EmbeddedConfig configures the in-process chain.
type EmbeddedConfig struct {
	DataDir  string // chain database, operator key, deployment record and indexer.db
	HTTPAddr string // optional JSON-RPC over HTTP, e.g. 127.0.0.1:8545
	// Confirmations is how deep consents and budget debits must be before participants are
	// paid. The embedded chain has a single sealer and no reorgs: 0 by default.
	Confirmations uint64
}

// RPCConfig configures a chain reached over JSON-RPC.
type RPCConfig struct {
	URL            string
	OperatorKey    *ecdsa.PrivateKey
	DeploymentFile string // where the contract addresses are recorded; deployed when absent
	// IndexerFile is the event indexer's database; "" puts indexer.db next to DeploymentFile.
	IndexerFile string
	// Confirmations is how deep consents and budget debits must be before participants are
	// paid (for instance 12 on a proof-of-stake network, or 64 to wait for finality).
	Confirmations uint64
}

// OpenEmbedded starts (or restarts) the embedded node in cfg.DataDir. On first start it
// generates the operator key, funds it in the genesis block and deploys the contracts; later
// starts reuse all three.
func OpenEmbedded(ctx context.Context, cfg EmbeddedConfig) (*Chain, error) {
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("token.OpenEmbedded: %w", err)
	}
	key, err := loadOrCreateKey(filepath.Join(cfg.DataDir, "operator.key"))
	if err != nil {
		return nil, fmt.Errorf("token.OpenEmbedded: %w", err)
	}
	n, err := StartNode(NodeConfig{DataDir: filepath.Join(cfg.DataDir, "geth"), HTTPAddr: cfg.HTTPAddr, Prefund: []common.Address{operatorAddress(key)}})
	if err != nil {
		return nil, err
	}
	c, err := open(ctx, n.Client(), key, filepath.Join(cfg.DataDir, "deployment.json"),
		filepath.Join(cfg.DataDir, "indexer.db"), cfg.Confirmations, 200*time.Millisecond)
	if err != nil {
		n.Close()
		return nil, err
	}
	c.node, c.Dev = n, true
	return c, nil
}

// OpenRPC connects to an external node. The operator account must hold ether there.
func OpenRPC(ctx context.Context, cfg RPCConfig) (*Chain, error) {
	client, err := ethclient.DialContext(ctx, cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("token.OpenRPC: %w", err)
	}
	ixFile := cfg.IndexerFile
	if ixFile == "" {
		ixFile = filepath.Join(filepath.Dir(cfg.DeploymentFile), "indexer.db")
	}
	c, err := open(ctx, client, cfg.OperatorKey, cfg.DeploymentFile, ixFile, cfg.Confirmations, time.Second)
	if err != nil {
		client.Close()
		return nil, err
	}
	return c, nil
}

func open(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, depFile, ixFile string, confirmations uint64, poll time.Duration) (*Chain, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("token.open: chain id: %w", err)
	}
	sender, err := NewSender(ctx, client, chainID, key)
	if err != nil {
		return nil, err
	}
	dep, err := loadDeployment(ctx, client, depFile, chainID.Uint64())
	if errors.Is(err, os.ErrNotExist) {
		if dep, err = Deploy(ctx, sender); err != nil {
			return nil, err
		}
		if err = saveDeployment(depFile, dep); err != nil {
			return nil, err
		}
	}
	if err != nil {
		return nil, err
	}
	l, err := NewLedger(client, sender, dep)
	if err != nil {
		return nil, err
	}
	ix, err := OpenIndexer(ctx, client, dep, IndexerConfig{Path: ixFile, Confirmations: confirmations, PollInterval: poll})
	if err != nil {
		l.Close()
		return nil, err
	}
	ix.Start()
	l.UseIndexer(ix, confirmations)
	return &Chain{Ledger: l, Requests: NewRequests(l.Domain()), Indexer: ix, client: client}, nil
}

// AddEthicsBoard grants addr the ETHICS_BOARD role.
func (c *Chain) AddEthicsBoard(ctx context.Context, addr marketplace.Address) error {
	return c.Ledger.AddEthicsBoard(ctx, addr)
}

// Node returns the embedded node, or nil on an external chain.
func (c *Chain) Node() *Node { return c.node }

// Close stops the ledger, the indexer and, on the embedded chain, the node (its state stays
// on disk).
func (c *Chain) Close() error {
	c.Ledger.Close()
	err := c.Indexer.Close()
	if c.node != nil {
		return errors.Join(err, c.node.Close())
	}
	c.client.Close()
	return err
}

func loadOrCreateKey(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		raw, err := hex.DecodeString(strings.TrimSpace(string(b)))
		if err != nil {
			return nil, fmt.Errorf("%s: not a hex key", path)
		}
		return crypto.ToECDSA(raw)
	}
	if !os.IsNotExist(err) {
		return nil, err
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(k))+"\n"), 0o600); err != nil {
		return nil, err
	}
	return k, nil
}

func loadDeployment(ctx context.Context, client *ethclient.Client, path string, chainID uint64) (Deployment, error) {
	var dep Deployment
	b, err := os.ReadFile(path)
	if err != nil {
		return dep, err
	}
	if err := json.Unmarshal(b, &dep); err != nil {
		return dep, fmt.Errorf("token: %s: %w", path, err)
	}
	if dep.Layout != DeploymentLayout {
		return dep, fmt.Errorf("token: %s records contracts of an older medmarket (layout %d, want %d): start on a new data directory", path, dep.Layout, DeploymentLayout)
	}
	if dep.ChainID != chainID {
		return dep, fmt.Errorf("token: %s records chain %d, but the node is chain %d", path, dep.ChainID, chainID)
	}
	for _, a := range dep.Addresses() {
		code, err := client.CodeAt(ctx, a, nil)
		if err != nil {
			return dep, fmt.Errorf("token: check deployment: %w", err)
		}
		if len(code) == 0 {
			return dep, fmt.Errorf("token: %s: %w (%s)", path, errNoCode, a.Hex())
		}
	}
	return dep, nil
}

func saveDeployment(path string, dep Deployment) error {
	b, err := json.MarshalIndent(dep, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
