package token

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token/bindings"
)

// IndexerConfig configures an Indexer.
type IndexerConfig struct {
	// Path is the bbolt file holding the indexed events and the cursor.
	Path string
	// Confirmations is how many blocks must follow a block before WaitConfirmed counts it as
	// confirmed.
	Confirmations uint64
	// PollInterval is how often Start's loop looks for new blocks. Default 1s.
	PollInterval time.Duration
	// MaxRange bounds the blocks of one eth_getLogs request. Default 2,000.
	MaxRange uint64
}

// BlockRef names a block by number and hash.
type BlockRef struct {
	Number uint64
	Hash   common.Hash
}

// Indexer follows the medmarket contracts' events into a bbolt file: every log, plus indexes
// of the block in which each participant's consent was granted and each study's budget was
// debited. It survives restarts (the cursor, the last indexed block, is stored with the
// events in one transaction, so a crash never loses or duplicates a block) and handles
// reorganisations: before moving on it checks that the cursor block is still canonical and,
// if not, walks back through the blocks it indexed to the newest one still canonical, removes
// every event of the orphaned blocks (the logs a node would report as removed) and indexes
// the new branch. This works over plain HTTP JSON-RPC, where no removal notices arrive.
type Indexer struct {
	client *ethclient.Client
	db     *bolt.DB
	cfg    IndexerConfig
	addrs  []common.Address
	from   uint64 // first block that may hold our events

	grantedID, spentID common.Hash // event ids derived indexes are built from
	token, budget      common.Address
	tokenABI           *bindings.RewardTokenFilterer

	syncMu sync.Mutex // one Sync at a time
	mu     sync.Mutex // guards cursor, reorgs, lastErr
	cursor BlockRef
	reorgs int
	lastEr error

	stop    chan struct{}
	done    chan struct{}
	started bool
	once    sync.Once
}

var (
	ixMeta     = []byte("meta")     // "cursor" -> number 8 | hash 32
	ixLogs     = []byte("logs")     // number 8 | tx index 4 | log index 4 -> JSON log
	ixBlocks   = []byte("blocks")   // number 8 -> hash 32, for every block the index relies on
	ixConsents = []byte("consents") // study 8 | participant 20 | number 8 -> ""
	ixSpends   = []byte("spends")   // study 8 | number 8 -> ""
	ixUndo     = []byte("undo")     // number 8 | seq 4 -> bucket name 0 key: derived keys of a block
	cursorKey  = []byte("cursor")
)

// OpenIndexer opens (or creates) the index at cfg.Path for the contracts of dep. A new index
// starts at the deployment block.
func OpenIndexer(ctx context.Context, client *ethclient.Client, dep Deployment, cfg IndexerConfig) (*Indexer, error) {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	db, err := bolt.Open(cfg.Path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("token.OpenIndexer: %w", err)
	}
	tokenABI := parseABI(bindings.RewardTokenMetaData.ABI)
	budgetABI := parseABI(bindings.PrivacyBudgetLedgerMetaData.ABI)
	filterer, err := bindings.NewRewardTokenFilterer(dep.RewardToken, client)
	if err != nil {
		db.Close()
		return nil, err
	}
	ix := &Indexer{
		client: client, db: db, cfg: cfg, addrs: dep.Addresses(), from: max(dep.Block, 1),
		grantedID: tokenABI.Events["ConsentsGranted"].ID, spentID: budgetABI.Events["BudgetSpent"].ID,
		token: dep.RewardToken, budget: dep.PrivacyBudgetLedger, tokenABI: filterer,
		stop: make(chan struct{}), done: make(chan struct{}),
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{ixMeta, ixLogs, ixBlocks, ixConsents, ixSpends, ixUndo} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		if v := tx.Bucket(ixMeta).Get(cursorKey); len(v) == 40 {
			ix.cursor = BlockRef{binary.BigEndian.Uint64(v), common.BytesToHash(v[8:])}
		}
		return nil
	})
	if err == nil && ix.cursor == (BlockRef{}) {
		// A new index: its cursor is the block before the deployment.
		var h *types.Header
		if h, err = client.HeaderByNumber(ctx, new(big.Int).SetUint64(ix.from-1)); err == nil {
			ix.cursor = BlockRef{h.Number.Uint64(), h.Hash()}
		}
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("token.OpenIndexer: %w", err)
	}
	return ix, nil
}

// Start follows the chain in the background, every PollInterval, until Close.
func (ix *Indexer) Start() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.started {
		return
	}
	ix.started = true
	go func() {
		defer close(ix.done)
		t := time.NewTicker(ix.cfg.PollInterval)
		defer t.Stop()
		for {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			err := ix.Sync(ctx)
			cancel()
			ix.mu.Lock()
			ix.lastEr = err
			ix.mu.Unlock()
			select {
			case <-ix.stop:
				return
			case <-t.C:
			}
		}
	}()
}

// Close stops the background loop, if started, and closes the database.
func (ix *Indexer) Close() error {
	var err error
	ix.once.Do(func() {
		close(ix.stop)
		ix.mu.Lock()
		started := ix.started
		ix.mu.Unlock()
		if started {
			<-ix.done
		}
		ix.syncMu.Lock()
		defer ix.syncMu.Unlock()
		err = ix.db.Close()
	})
	return err
}

// Cursor returns the last indexed block.
func (ix *Indexer) Cursor() BlockRef {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.cursor
}

// Reorgs returns how many reorganisations the indexer has rolled back since it was opened.
func (ix *Indexer) Reorgs() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.reorgs
}

// Err returns the error of the background loop's last pass, if any.
func (ix *Indexer) Err() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.lastEr
}

// Confirmed returns the newest indexed block that has Confirmations blocks on top of it, and
// false while there is none.
func (ix *Indexer) Confirmed() (uint64, bool) {
	c := ix.Cursor().Number
	if c < ix.cfg.Confirmations {
		return 0, false
	}
	return c - ix.cfg.Confirmations, true
}

// WaitConfirmed returns once block has Confirmations blocks on top of it, syncing as it waits.
func (ix *Indexer) WaitConfirmed(ctx context.Context, block uint64) error {
	for {
		if err := ix.Sync(ctx); err != nil {
			return err
		}
		if c, ok := ix.Confirmed(); ok && c >= block {
			return nil
		}
		if err := sleepCtx(ctx, min(ix.cfg.PollInterval, 250*time.Millisecond)); err != nil {
			return fmt.Errorf("token.Indexer.WaitConfirmed: block %d: %w", block, err)
		}
	}
}

func blockKey(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func logKey(l *types.Log) []byte {
	k := blockKey(l.BlockNumber)
	k = binary.BigEndian.AppendUint32(k, uint32(l.TxIndex))
	return binary.BigEndian.AppendUint32(k, uint32(l.Index))
}

// Sync indexes the chain up to its head: it first rolls back blocks a reorganisation
// orphaned, then fetches the logs of the new blocks.
func (ix *Indexer) Sync(ctx context.Context) error {
	ix.syncMu.Lock()
	defer ix.syncMu.Unlock()
	select {
	case <-ix.stop:
		return errors.New("token.Indexer: closed")
	default:
	}
	head, err := ix.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("token.Indexer.Sync: head: %w", err)
	}
	for attempt := 0; ; attempt++ {
		if attempt > 16 {
			return errors.New("token.Indexer.Sync: the chain keeps reorganising")
		}
		ok, err := ix.canonical(ctx, ix.Cursor())
		if err != nil {
			return err
		}
		if !ok {
			if err := ix.rollback(ctx); err != nil {
				return err
			}
			continue
		}
		cur := ix.Cursor()
		if cur.Number >= head.Number.Uint64() {
			return nil
		}
		to := min(cur.Number+ix.cfg.MaxRange, head.Number.Uint64())
		done, err := ix.advance(ctx, cur, to)
		if err != nil {
			return err
		}
		if done {
			attempt = 0
		}
	}
}

// canonical reports whether b is the chain's block at its height.
func (ix *Indexer) canonical(ctx context.Context, b BlockRef) (bool, error) {
	h, err := ix.client.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("token.Indexer: header %d: %w", b.Number, err)
	}
	return h.Hash() == b.Hash, nil
}

// advance indexes blocks cur+1..to if they extend cur; done is false when the chain moved
// under it (the caller checks the cursor again).
func (ix *Indexer) advance(ctx context.Context, cur BlockRef, to uint64) (done bool, err error) {
	next, err := ix.client.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Number+1))
	if err != nil {
		return false, fmt.Errorf("token.Indexer: header %d: %w", cur.Number+1, err)
	}
	last, err := ix.client.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return false, fmt.Errorf("token.Indexer: header %d: %w", to, err)
	}
	if next.ParentHash != cur.Hash {
		return false, nil // cur was orphaned since it was checked
	}
	logs, err := ix.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(cur.Number + 1),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: ix.addrs,
	})
	if err != nil {
		return false, fmt.Errorf("token.Indexer: logs %d..%d: %w", cur.Number+1, to, err)
	}
	// The logs must come from the branch that ends in last and starts right after cur.
	if ok, err := ix.canonical(ctx, BlockRef{to, last.Hash()}); err != nil || !ok {
		return false, err
	}
	if ok, err := ix.canonical(ctx, BlockRef{cur.Number + 1, next.Hash()}); err != nil || !ok {
		return false, err
	}
	for _, l := range logs {
		if l.Removed {
			return false, nil
		}
	}
	newCur := BlockRef{to, last.Hash()}
	err = ix.db.Update(func(tx *bolt.Tx) error {
		blocks, logsB := tx.Bucket(ixBlocks), tx.Bucket(ixLogs)
		for i := range logs {
			l := &logs[i]
			enc, err := json.Marshal(l)
			if err != nil {
				return err
			}
			if err := logsB.Put(logKey(l), enc); err != nil {
				return err
			}
			if err := blocks.Put(blockKey(l.BlockNumber), l.BlockHash[:]); err != nil {
				return err
			}
			if err := ix.derive(tx, l); err != nil {
				return err
			}
		}
		if err := blocks.Put(blockKey(cur.Number+1), next.Hash().Bytes()); err != nil {
			return err
		}
		if err := blocks.Put(blockKey(to), newCur.Hash[:]); err != nil {
			return err
		}
		return tx.Bucket(ixMeta).Put(cursorKey, append(blockKey(newCur.Number), newCur.Hash[:]...))
	})
	if err != nil {
		return false, fmt.Errorf("token.Indexer: store: %w", err)
	}
	ix.mu.Lock()
	ix.cursor = newCur
	ix.mu.Unlock()
	return true, nil
}

// derive adds l to the consent and spend indexes, recording the keys under its block so that
// a rollback can remove them.
func (ix *Indexer) derive(tx *bolt.Tx, l *types.Log) error {
	if len(l.Topics) < 2 {
		return nil
	}
	seq := uint32(0)
	put := func(bucket, key []byte) error {
		if err := tx.Bucket(bucket).Put(key, nil); err != nil {
			return err
		}
		undo := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(blockKey(l.BlockNumber), uint32(l.Index)), seq)
		seq++
		return tx.Bucket(ixUndo).Put(undo, append(append(append([]byte{}, bucket...), 0), key...))
	}
	study := new(big.Int).SetBytes(l.Topics[1][:]).Uint64()
	switch {
	case l.Address == ix.token && l.Topics[0] == ix.grantedID:
		ev, err := ix.tokenABI.ParseConsentsGranted(*l)
		if err != nil {
			return err
		}
		gs, err := DecodeGrants(ev.Scopes, ev.Grants)
		if err != nil {
			return err
		}
		for _, g := range gs {
			k := binary.BigEndian.AppendUint64(nil, study)
			k = append(k, g.Participant[:]...)
			if err := put(ixConsents, binary.BigEndian.AppendUint64(k, l.BlockNumber)); err != nil {
				return err
			}
		}
	case l.Address == ix.budget && l.Topics[0] == ix.spentID:
		k := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, study), l.BlockNumber)
		return put(ixSpends, k)
	}
	return nil
}

// rollback removes everything indexed above the newest indexed block that is still
// canonical, and moves the cursor there.
func (ix *Indexer) rollback(ctx context.Context) error {
	cur := ix.Cursor()
	var ancestor *BlockRef
	var known []BlockRef
	err := ix.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(ixBlocks).Cursor()
		for k, v := c.Seek(blockKey(cur.Number + 1)); ; k, v = c.Prev() {
			if k == nil {
				break
			}
			if n := binary.BigEndian.Uint64(k); n <= cur.Number {
				known = append(known, BlockRef{n, common.BytesToHash(v)})
			}
			if len(known) >= 4096 {
				break
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, b := range known {
		if b.Number < ix.from {
			break
		}
		ok, err := ix.canonical(ctx, b)
		if err != nil {
			return err
		}
		if ok {
			ancestor = &b
			break
		}
	}
	if ancestor == nil {
		h, err := ix.client.HeaderByNumber(ctx, new(big.Int).SetUint64(ix.from-1))
		if err != nil {
			return fmt.Errorf("token.Indexer: rollback: %w", err)
		}
		ancestor = &BlockRef{ix.from - 1, h.Hash()}
	}
	err = ix.db.Update(func(tx *bolt.Tx) error {
		first := blockKey(ancestor.Number + 1)
		for _, name := range [][]byte{ixLogs, ixBlocks} {
			if err := deleteFrom(tx.Bucket(name), first); err != nil {
				return err
			}
		}
		undo := tx.Bucket(ixUndo)
		c := undo.Cursor()
		for k, v := c.Seek(first); k != nil; k, v = c.Next() {
			i := bytes.IndexByte(v, 0)
			if i < 0 {
				continue
			}
			if b := tx.Bucket(v[:i]); b != nil {
				if err := b.Delete(v[i+1:]); err != nil {
					return err
				}
			}
		}
		if err := deleteFrom(undo, first); err != nil {
			return err
		}
		return tx.Bucket(ixMeta).Put(cursorKey, append(blockKey(ancestor.Number), ancestor.Hash[:]...))
	})
	if err != nil {
		return fmt.Errorf("token.Indexer: rollback: %w", err)
	}
	ix.mu.Lock()
	ix.cursor = *ancestor
	ix.reorgs++
	ix.mu.Unlock()
	return nil
}

// deleteFrom deletes every key of b at or after first.
func deleteFrom(b *bolt.Bucket, first []byte) error {
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(first); k != nil; k, _ = c.Next() {
		keys = append(keys, append([]byte{}, k...))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// Logs returns the indexed logs of blocks from..to (inclusive), in chain order.
func (ix *Indexer) Logs(from, to uint64) ([]types.Log, error) {
	var out []types.Log
	err := ix.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(ixLogs).Cursor()
		for k, v := c.Seek(blockKey(from)); k != nil && binary.BigEndian.Uint64(k) <= to; k, v = c.Next() {
			var l types.Log
			if err := json.Unmarshal(v, &l); err != nil {
				return err
			}
			out = append(out, l)
		}
		return nil
	})
	return out, err
}

// ConsentBlock returns the block of participant's latest indexed consent to the study.
func (ix *Indexer) ConsentBlock(study uint64, participant marketplace.Address) (uint64, bool) {
	prefix := append(binary.BigEndian.AppendUint64(nil, study), participant[:]...)
	return ix.lastNumber(ixConsents, prefix)
}

// LastSpendBlock returns the block of the study's latest indexed budget debit.
func (ix *Indexer) LastSpendBlock(study uint64) (uint64, bool) {
	return ix.lastNumber(ixSpends, binary.BigEndian.AppendUint64(nil, study))
}

// lastNumber returns the block number ending the last key with prefix.
func (ix *Indexer) lastNumber(bucket, prefix []byte) (n uint64, ok bool) {
	ix.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucket).Cursor()
		k, _ := c.Seek(append(append([]byte{}, prefix...), bytes.Repeat([]byte{0xff}, 8)...))
		if k == nil || !bytes.HasPrefix(k, prefix) {
			k, _ = c.Prev()
		}
		if k != nil && bytes.HasPrefix(k, prefix) && len(k) == len(prefix)+8 {
			n, ok = binary.BigEndian.Uint64(k[len(prefix):]), true
		}
		return nil
	})
	return n, ok
}
