package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/compute"
	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
	"github.com/medmarket/medmarket/token"
)

// config is what serve and demo share.
type config struct {
	DataDir     string
	ChainRPC    string
	OperatorKey string // hex; empty = generate into the data directory (embedded chain only)
	KEKFile     string
	Patients    int
	Seed        int64
	ChainHTTP   string
	KeyCache    int // unwrapped vault data keys kept in memory: 0 the default, -1 none
	PublicURL   string
	Production  bool
	Admins      []marketplace.Address

	// Confirmations is how many blocks must follow the consents and budget debits a payout
	// rests on before participants are paid.
	Confirmations uint64
	// Compute.
	Vaults         int     // vault stores in this process: vault.db, vault-2.db, ...
	HEParams       string  // "default" or "test"
	MinCell        int     // small-cell threshold k
	PatientEpsilon float64 // per-patient lifetime epsilon limit
}

func (c *config) register(fs *flag.FlagSet, defaultData string) {
	fs.StringVar(&c.DataDir, "data", envOr("MEDMARKET_DATA", defaultData), "data directory (chain, vault, documents); env MEDMARKET_DATA")
	fs.StringVar(&c.ChainRPC, "chain-rpc", os.Getenv("MEDMARKET_CHAIN_RPC"), "external Ethereum JSON-RPC URL instead of the embedded node; env MEDMARKET_CHAIN_RPC")
	fs.StringVar(&c.OperatorKey, "operator-key", "", "file holding the operator (relayer) private key in hex; env MEDMARKET_OPERATOR_KEY holds the key itself. Default on the embedded chain: generated into the data directory")
	fs.StringVar(&c.KEKFile, "vault-kek", "", "file holding the vault key-encryption key (64 hex digits); env MEDMARKET_VAULT_KEK holds the key itself. Default: generated into the data directory on first start")
	fs.IntVar(&c.Patients, "patients", 10000, "synthetic patients seeded into an empty vault")
	fs.Int64Var(&c.Seed, "seed", 1, "seed of the synthetic cohort")
	fs.StringVar(&c.ChainHTTP, "chain-http", "", "also expose the embedded node's JSON-RPC on this address, e.g. 127.0.0.1:8545")
	fs.Uint64Var(&c.Confirmations, "confirmations", 0, "blocks that must follow the consents and budget debits a payout rests on before it is paid (on a public chain e.g. 12, or 64 for finality; the embedded chain has no reorgs)")
	fs.IntVar(&c.KeyCache, "vault-key-cache", compute.DefaultKeyCache, "patients whose unwrapped data keys the vault keeps in memory (about 800 bytes each) for fast scans; -1 for none")
	fs.IntVar(&c.Vaults, "vaults", 1, "vault stores in this process (vault.db, vault-2.db, ...), each seeded with its share of --patients; HE_DP studies aggregate across them")
	fs.StringVar(&c.HEParams, "he-params", "default", "homomorphic-encryption parameters: default (N=2^13, 128-bit by the HomomorphicEncryption.org table) or test (N=2^12, fast); checked at start")
	fs.IntVar(&c.MinCell, "min-cell", compute.DefaultMinCell, "small-cell threshold k: counts, histogram bins and cohorts below it after noise are released as suppressed")
	fs.Float64Var(&c.PatientEpsilon, "patient-epsilon", compute.DefaultPatientEpsilon, "each patient's lifetime epsilon limit in a vault; patients past it are left out of new computations")
}

// heParams returns the named HE parameter set; NewParams checks it (he.CheckSecurity).
func heParams(name string) (he.Params, error) {
	switch name {
	case "", "default":
		return he.DefaultParams()
	case "test":
		return he.TestParams()
	}
	return he.Params{}, fmt.Errorf("--he-params must be default or test")
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// app is the wired marketplace: chain, vaults, stores, the compute runtime and the service
// over them.
type app struct {
	chain    *token.Chain
	vault    *compute.Vault   // the first vault
	vaults   []*compute.Vault // all of them
	docs     *studies.DocStore
	releases *compute.ReleaseStore
	board    *compute.DecryptionLedger
	compute  *compute.Runtime
	heParams he.Params
	svc      *marketplace.Service
}

func openApp(ctx context.Context, c config) (_ *app, err error) {
	if err := os.MkdirAll(c.DataDir, 0o700); err != nil {
		return nil, err
	}
	a := &app{}
	defer func() {
		if err != nil {
			a.Close()
		}
	}()
	if c.ChainRPC != "" {
		key, err := operatorKey(c, false)
		if err != nil {
			return nil, err
		}
		a.chain, err = token.OpenRPC(ctx, token.RPCConfig{URL: c.ChainRPC, OperatorKey: key, DeploymentFile: filepath.Join(c.DataDir, "deployment.json"), Confirmations: c.Confirmations})
		if err != nil {
			return nil, err
		}
	} else {
		a.chain, err = token.OpenEmbedded(ctx, token.EmbeddedConfig{DataDir: filepath.Join(c.DataDir, "chain"), HTTPAddr: c.ChainHTTP, Confirmations: c.Confirmations})
		if err != nil {
			return nil, err
		}
	}
	kek, err := vaultKEK(c)
	if err != nil {
		return nil, err
	}
	if c.Vaults == 0 {
		c.Vaults = 1
	}
	if c.Vaults < 1 || c.Vaults > 32 {
		return nil, fmt.Errorf("--vaults must be between 1 and 32")
	}
	var nodes []compute.VaultNode
	for i := 0; i < c.Vaults; i++ {
		name := "vault.db"
		if i > 0 {
			name = fmt.Sprintf("vault-%d.db", i+1)
		}
		v, err := compute.OpenVaultWith(filepath.Join(c.DataDir, name), kek, a.chain.Ledger, compute.VaultOptions{
			WarmKeys: true, KeyCache: c.KeyCache, MinCell: c.MinCell, PatientEpsilon: c.PatientEpsilon})
		if err != nil {
			return nil, err
		}
		a.vaults = append(a.vaults, v)
		n, err := v.PatientCount(ctx)
		if err != nil {
			return nil, err
		}
		if share := c.Patients / c.Vaults; n == 0 && share > 0 {
			if err := compute.Seed(v, share, c.Seed+int64(i)); err != nil {
				return nil, err
			}
		}
		nodes = append(nodes, compute.VaultNode{ID: fmt.Sprintf("vault-%d", i+1), Vault: v})
	}
	a.vault = a.vaults[0]
	if a.docs, err = studies.OpenDocStore(filepath.Join(c.DataDir, "documents.db")); err != nil {
		return nil, err
	}
	if a.releases, err = compute.OpenReleaseStore(filepath.Join(c.DataDir, "releases.db")); err != nil {
		return nil, err
	}
	// HE parameters are checked before anything starts: unsafe ones stop start-up.
	if a.heParams, err = heParams(c.HEParams); err != nil {
		return nil, err
	}
	if a.board, err = compute.OpenDecryptionLedger(filepath.Join(c.DataDir, "board-decryptions.db")); err != nil {
		return nil, err
	}
	if a.compute, err = compute.StartRuntime(compute.RuntimeConfig{
		Chain: a.chain.Ledger, Docs: a.docs, Releases: a.releases, Vaults: nodes,
		HE: &compute.HEConfig{Params: a.heParams, Threshold: c.Vaults/2 + 1, BoardLedger: a.board},
	}); err != nil {
		return nil, err
	}
	a.svc = &marketplace.Service{
		Ledger:     a.chain.Ledger,
		Requests:   a.chain.Requests,
		Protocols:  studies.Rules{},
		Docs:       a.docs,
		Releases:   a.releases,
		Vault:      compute.Federation(nodes),
		Queue:      a.compute.Queue,
		Drafts:     a.docs,
		Events:     marketplace.NewMemoryEvents(),
		AccessLogs: accessLogs{a.vaults},
		Decisions:  a.docs,
		Admins:     c.Admins,
	}
	if a.chain.Dev {
		a.svc.FaucetAmount = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))
	}
	return a, nil
}

// Close releases everything the app opened, newest first.
func (a *app) Close() error {
	var errs []error
	if a.compute != nil {
		a.compute.Stop()
	}
	if a.board != nil {
		errs = append(errs, a.board.Close())
	}
	if a.releases != nil {
		errs = append(errs, a.releases.Close())
	}
	if a.docs != nil {
		errs = append(errs, a.docs.Close())
	}
	for _, v := range a.vaults {
		errs = append(errs, v.Close())
	}
	if a.chain != nil {
		errs = append(errs, a.chain.Close())
	}
	return errors.Join(errs...)
}

// secret reads a 32-byte hex secret from env, then file, then a generated file in the data
// directory (0600), in that order.
func secret(envName, file, generated string, allowGenerate bool) ([]byte, error) {
	parse := func(src, s string) ([]byte, error) {
		b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
		if err != nil || len(b) != 32 {
			return nil, fmt.Errorf("%s must hold 64 hex digits", src)
		}
		return b, nil
	}
	if v := os.Getenv(envName); v != "" {
		return parse(envName, v)
	}
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		return parse(file, string(b))
	}
	if b, err := os.ReadFile(generated); err == nil {
		return parse(generated, string(b))
	} else if !os.IsNotExist(err) {
		return nil, err
	}
	if !allowGenerate {
		return nil, fmt.Errorf("no key given: set %s or pass a key file", envName)
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	if err := os.WriteFile(generated, []byte(hex.EncodeToString(b)+"\n"), 0o600); err != nil {
		return nil, err
	}
	return b, nil
}

func vaultKEK(c config) ([]byte, error) {
	return secret("MEDMARKET_VAULT_KEK", c.KEKFile, filepath.Join(c.DataDir, "vault.kek"), true)
}

func operatorKey(c config, allowGenerate bool) (*ecdsa.PrivateKey, error) {
	b, err := secret("MEDMARKET_OPERATOR_KEY", c.OperatorKey, filepath.Join(c.DataDir, "operator.key"), allowGenerate)
	if err != nil {
		return nil, err
	}
	return crypto.ToECDSA(b)
}

// accessLogs adapts the vaults' access logs to the domain's type: a patient's log is in the
// vault that holds their record.
type accessLogs struct{ vs []*compute.Vault }

func (l accessLogs) AccessLog(ctx context.Context, ref string) ([]marketplace.AccessEntry, error) {
	var entries []compute.AccessEntry
	var err error
	for _, v := range l.vs {
		if entries, err = v.AccessLog(ctx, ref); marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	out := make([]marketplace.AccessEntry, len(entries))
	for i, e := range entries {
		out[i] = marketplace.AccessEntry{StudyID: e.StudyID, QueryID: e.QueryID, QueryHash: e.QueryHash, Time: e.Time}
	}
	return out, nil
}
