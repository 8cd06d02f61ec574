package token

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/marketplace"
)

func (e *env) openIndexer(path string, confirmations uint64) *Indexer {
	e.t.Helper()
	ix, err := OpenIndexer(e.ctx, e.client, e.dep, IndexerConfig{Path: path, Confirmations: confirmations, PollInterval: 50 * time.Millisecond})
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { ix.Close() })
	return ix
}

func (e *env) sync(ix *Indexer) {
	e.t.Helper()
	if err := ix.Sync(e.ctx); err != nil {
		e.t.Fatal(err)
	}
}

// logIDs identifies logs by block hash, transaction hash and index.
func logIDs(logs []types.Log) map[string]bool {
	m := map[string]bool{}
	for _, l := range logs {
		m[fmt.Sprintf("%s/%s/%d", l.BlockHash.Hex(), l.TxHash.Hex(), l.Index)] = true
	}
	return m
}

// matchesChain fails unless the indexer holds exactly the contracts' logs of the canonical
// chain from the deployment to the cursor.
func (e *env) matchesChain(ix *Indexer) {
	e.t.Helper()
	cur := ix.Cursor()
	want, err := e.client.FilterLogs(e.ctx, ethereum.FilterQuery{FromBlock: u256(e.dep.Block), ToBlock: u256(cur.Number), Addresses: e.dep.Addresses()})
	if err != nil {
		e.t.Fatal(err)
	}
	got, err := ix.Logs(0, cur.Number)
	if err != nil {
		e.t.Fatal(err)
	}
	w, g := logIDs(want), logIDs(got)
	if len(w) != len(g) {
		e.t.Fatalf("indexer holds %d logs, the chain %d", len(g), len(w))
	}
	for id := range w {
		if !g[id] {
			e.t.Fatalf("indexer misses log %s", id)
		}
	}
}

// TestIndexerSurvivesRestart indexes a study's events, closes the index and opens it again:
// the cursor and the events are still there, and new blocks are added once, not re-read.
func TestIndexerSurvivesRestart(t *testing.T) {
	e := newEnv(t, false)
	path := filepath.Join(t.TempDir(), "indexer.db")
	ix := e.openIndexer(path, 0)
	s := e.openStudy(10, 100, 100)
	p := mustKey()
	e.consent(s.id, p, 0)
	e.sync(ix)
	e.matchesChain(ix)
	cur := ix.Cursor()
	b, ok := ix.ConsentBlock(s.id, AddressOf(p))
	if !ok || b == 0 || b > cur.Number {
		t.Fatalf("consent block %d %v, cursor %d", b, ok, cur.Number)
	}
	logs, _ := ix.Logs(0, cur.Number)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix = e.openIndexer(path, 0)
	if got := ix.Cursor(); got != cur {
		t.Fatalf("cursor after reopening %v, want %v", got, cur)
	}
	if again, ok := ix.ConsentBlock(s.id, AddressOf(p)); !ok || again != b {
		t.Fatalf("consent block after reopening %d %v", again, ok)
	}
	if err := e.l.SpendBudget(e.ctx, s.id, marketplace.Hash{1}, 1000, 0, marketplace.Hash{2}); err != nil {
		t.Fatal(err)
	}
	e.sync(ix)
	e.matchesChain(ix)
	after, _ := ix.Logs(0, ix.Cursor().Number)
	if len(after) != len(logs)+1 {
		t.Fatalf("%d logs after one more event, had %d", len(after), len(logs))
	}
	if sb, ok := ix.LastSpendBlock(s.id); !ok || sb <= b {
		t.Fatalf("spend block %d %v", sb, ok)
	}
}

// TestChainIndexerRestart restarts the embedded chain on its data directory: the indexer in
// it picks up where it stopped.
func TestChainIndexerRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c, err := OpenEmbedded(ctx, EmbeddedConfig{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Ledger.Mint(ctx, marketplace.Address{1}, big.NewInt(5)); err != nil {
		t.Fatal(err)
	}
	if err := c.Indexer.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	cur := c.Indexer.Cursor()
	logs, _ := c.Indexer.Logs(0, cur.Number)
	if len(logs) == 0 {
		t.Fatal("nothing indexed")
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	c, err = OpenEmbedded(ctx, EmbeddedConfig{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if got := c.Indexer.Cursor(); got.Number < cur.Number {
		t.Fatalf("cursor went back from %d to %d", cur.Number, got.Number)
	}
	again, _ := c.Indexer.Logs(0, cur.Number)
	if len(again) != len(logs) {
		t.Fatalf("%d logs after restart, had %d", len(again), len(logs))
	}
}

// helper is an account outside the operator's Sender whose transactions a test may orphan.
type helper struct {
	e   *env
	key *ecdsa.PrivateKey
}

func (e *env) newHelper() *helper {
	e.t.Helper()
	h := &helper{e: e, key: mustKey()}
	if _, err := e.l.sender.TransferETH(e.ctx, crypto.PubkeyToAddress(h.key.PublicKey), big.NewInt(1e18)); err != nil {
		e.t.Fatal(err)
	}
	return h
}

// grant relays k's consent (nonce 0) from the helper and waits for its receipt.
func (h *helper) grant(id uint64, k *ecdsa.PrivateKey) *types.Receipt {
	e := h.e
	e.t.Helper()
	c, auth := e.signedConsent(e.dom, id, k, 0)
	scopes, records := grantRecords(e.t, []marketplace.Consent{c}, []marketplace.Auth{auth})
	data, err := e.l.abis.token.Pack("grantBatch", u256(id), scopes, records)
	if err != nil {
		e.t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(h.key.PublicKey)
	nonce, err := e.client.PendingNonceAt(e.ctx, from)
	if err != nil {
		e.t.Fatal(err)
	}
	head, _ := e.client.HeaderByNumber(e.ctx, nil)
	tx := types.MustSignNewTx(h.key, types.LatestSignerForChainID(e.l.sender.ChainID()), &types.DynamicFeeTx{
		ChainID: e.l.sender.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1),
		GasFeeCap: new(big.Int).Add(big.NewInt(1), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       200_000, To: &e.dep.RewardToken, Data: data,
	})
	e.sendFunded(tx)
	r, err := e.l.sender.waitMined(e.ctx, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("helper grant: %v %v", r, err)
	}
	return r
}

// TestIndexerHandlesReorg indexes consents, then reorganises the chain to a branch that forks
// below them: the indexer notices that its cursor block left the canonical chain, removes the
// events of the orphaned blocks and indexes the new branch, so that it again holds exactly the
// canonical chain's events.
func TestIndexerHandlesReorg(t *testing.T) {
	e := newEnv(t, false)
	ix := e.openIndexer(filepath.Join(t.TempDir(), "indexer.db"), 0)
	s := e.openStudy(10, 100, 0)
	h := e.newHelper()
	fork, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	p1, p2 := mustKey(), mustKey()
	r1 := h.grant(s.id, p1)
	h.grant(s.id, p2)
	e.sync(ix)
	if b, ok := ix.ConsentBlock(s.id, AddressOf(p1)); !ok || b != r1.BlockNumber.Uint64() {
		t.Fatalf("consent block %d %v", b, ok)
	}
	orphaned := ix.Cursor()

	// Reorganise: the fork block becomes the head again; the new branch then grows past the
	// old head with other consents (the orphaned transactions may be mined again, or not).
	if err := e.node.Fork(fork.Hash()); err != nil {
		t.Fatal(err)
	}
	p3 := mustKey()
	h.grant(s.id, p3)
	for i := 0; i < 3; i++ {
		h.grant(s.id, mustKey())
	}
	if ok, err := ix.canonical(e.ctx, orphaned); err != nil || ok {
		t.Fatalf("the old head is still canonical (%v): no reorganisation happened", err)
	}
	e.sync(ix)
	if ix.Reorgs() == 0 {
		t.Fatal("the indexer did not notice the reorganisation")
	}
	e.matchesChain(ix)
	b3, ok := ix.ConsentBlock(s.id, AddressOf(p3))
	if !ok || b3 <= fork.Number.Uint64() {
		t.Fatalf("consent on the new branch: block %d %v", b3, ok)
	}
	// p1's consent is indexed only if the new branch holds it too, and then in its new block.
	valid, _ := e.l.ConsentValid(e.ctx, s.id, []marketplace.Address{AddressOf(p1)})
	b1, indexed := ix.ConsentBlock(s.id, AddressOf(p1))
	if indexed != valid[0] {
		t.Fatalf("p1 indexed %v, on chain %v", indexed, valid[0])
	}
	if indexed {
		canon, _ := e.client.HeaderByNumber(e.ctx, u256(b1))
		got, _ := ix.Logs(b1, b1)
		if len(got) == 0 || got[0].BlockHash != canon.Hash() {
			t.Fatal("p1's consent is indexed under an orphaned block")
		}
	}
	t.Logf("reorg from block %d (%s) back to %d; %d reorganisation(s) rolled back; p1 re-mined: %v",
		orphaned.Number, orphaned.Hash.Hex()[:10], fork.Number.Uint64(), ix.Reorgs(), indexed)
}

// TestPayoutWaitsForConfirmations: with a confirmation depth, Pay holds the payout until the
// recipients' consents and the study's budget debits are that many blocks deep.
func TestPayoutWaitsForConfirmations(t *testing.T) {
	e := newEnv(t, false)
	const depth = 3
	ix := e.openIndexer(filepath.Join(t.TempDir(), "indexer.db"), depth)
	e.l.UseIndexer(ix, depth)
	s := e.openStudy(10, 100, 100)
	p := mustKey()
	e.consent(s.id, p, 0)
	if err := e.l.SpendBudget(e.ctx, s.id, marketplace.Hash{1}, 1000, 0, marketplace.Hash{2}); err != nil {
		t.Fatal(err)
	}
	spentAt, _ := e.client.BlockNumber(e.ctx)

	done := make(chan error, 1)
	go func() { done <- e.l.Pay(e.ctx, s.id, []marketplace.Address{AddressOf(p)}) }()
	select {
	case err := <-done:
		t.Fatalf("paid before the consent was confirmed: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	// Blocks come (here from unrelated transfers); the payout goes out once deep enough.
	for i := 0; i < depth; i++ {
		if _, err := e.l.sender.TransferETH(e.ctx, common.Address{byte(i + 1)}, big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("payout did not go out after the confirmations")
	}
	if b, _ := e.l.Balance(e.ctx, AddressOf(p)); b.Cmp(s.reward) != 0 {
		t.Fatalf("balance %v", b)
	}
	head, _ := e.client.BlockNumber(e.ctx)
	if head < spentAt+depth+1 {
		t.Fatalf("paid in block %d, the spend was in %d: fewer than %d confirmations", head, spentAt, depth)
	}
}
