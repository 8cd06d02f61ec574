package token

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/medmarket/medmarket/marketplace"
)

// batcherConfig tunes the consent batcher.
type batcherConfig struct {
	MaxBatch    int           // records per transaction
	MaxInFlight int           // batches relayed at once
	Timeout     time.Duration // bound on relaying one batch
}

// defaultBatcherConfig: 100 records keep a batch at about 2.8M gas, far below a block; a few
// batches in flight let several land in one block while the next ones fill up.
var defaultBatcherConfig = batcherConfig{MaxBatch: 100, MaxInFlight: 4, Timeout: 3 * time.Minute}

// batchKey groups records that go into one transaction: grants or revocations of one study.
type batchKey struct {
	study  uint64
	revoke bool
}

// consentOp is one queued consent or revocation and the channel its outcome goes to.
type consentOp struct {
	key     batchKey
	who     common.Address
	consent marketplace.Consent // grants only
	auth    marketplace.Auth
	done    chan error
}

// batcher relays queued consents and revocations in packed batches, one study per
// transaction. A dispatcher takes everything waiting for one key (up to MaxBatch, each
// participant at most once) whenever fewer than MaxInFlight batches are being relayed; while
// all are busy, the queue grows into the next batches. If a batch is refused, the record the
// error names gets that error and the rest is relayed again; errors about the study fail the
// whole batch; anything else (a full cap, say) is retried record by record, so every caller
// gets the error of their own record.
type batcher struct {
	l   *Ledger
	cfg batcherConfig

	mu     sync.Mutex
	queue  []*consentOp
	closed bool

	wake  chan struct{}
	slots chan struct{}
	quit  chan struct{}
	done  chan struct{}
	wg    sync.WaitGroup
}

var errLedgerClosed = errors.New("token: the ledger is closed")

func newBatcher(l *Ledger, cfg batcherConfig) *batcher {
	b := &batcher{
		l: l, cfg: cfg,
		wake:  make(chan struct{}, 1),
		slots: make(chan struct{}, cfg.MaxInFlight),
		quit:  make(chan struct{}),
		done:  make(chan struct{}),
	}
	go b.dispatch()
	return b
}

// submit queues op and waits for its outcome.
func (b *batcher) submit(ctx context.Context, op *consentOp) error {
	op.done = make(chan error, 1)
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return errLedgerClosed
	}
	b.queue = append(b.queue, op)
	b.mu.Unlock()
	select {
	case b.wake <- struct{}{}:
	default:
	}
	select {
	case err := <-op.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// close stops dispatching, waits for batches in flight and fails what is still queued.
func (b *batcher) close() {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return
	}
	b.closed = true
	b.mu.Unlock()
	close(b.quit)
	<-b.done
	b.wg.Wait()
	b.mu.Lock()
	for _, op := range b.queue {
		op.done <- errLedgerClosed
	}
	b.queue = nil
	b.mu.Unlock()
}

func (b *batcher) dispatch() {
	defer close(b.done)
	for {
		select {
		case <-b.quit:
			return
		case <-b.wake:
		}
		for {
			// Take a slot first: while every slot is busy, records pile up into a bigger batch.
			select {
			case b.slots <- struct{}{}:
			case <-b.quit:
				return
			}
			ops := b.take()
			if len(ops) == 0 {
				<-b.slots
				break
			}
			b.wg.Add(1)
			go func() {
				defer func() { <-b.slots; b.wg.Done() }()
				ctx, cancel := context.WithTimeout(context.Background(), b.cfg.Timeout)
				defer cancel()
				b.relay(ctx, ops)
			}()
		}
	}
}

// take removes the next batch from the queue: records with the key of the oldest one, each
// participant once, up to MaxBatch, in queue order.
func (b *batcher) take() []*consentOp {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.queue) == 0 {
		return nil
	}
	key := b.queue[0].key
	seen := map[common.Address]bool{}
	var ops []*consentOp
	rest := b.queue[:0]
	for _, op := range b.queue {
		if len(ops) < b.cfg.MaxBatch && op.key == key && !seen[op.who] {
			seen[op.who] = true
			ops = append(ops, op)
			continue
		}
		rest = append(rest, op)
	}
	for i := len(rest); i < len(b.queue); i++ {
		b.queue[i] = nil
	}
	b.queue = rest
	return ops
}

// relay sends ops as one batch until each has its outcome.
func (b *batcher) relay(ctx context.Context, ops []*consentOp) {
	for len(ops) > 0 {
		err := b.l.sendBatch(ctx, ops)
		if err == nil {
			for _, op := range ops {
				op.done <- nil
			}
			return
		}
		op := "GrantConsent"
		if ops[0].key.revoke {
			op = "RevokeConsent"
		}
		mapped := domainError(op, err)
		if who, _, ok := revertSubject(err); ok {
			if i := indexOf(ops, who); i >= 0 {
				ops[i].done <- mapped
				ops = append(ops[:i], ops[i+1:]...)
				continue
			}
		}
		switch code := marketplace.ErrorCode(mapped); {
		case len(ops) == 1:
			ops[0].done <- mapped
		case code == marketplace.ENOTFOUND, code == marketplace.EFORBIDDEN && isStudyWide(err):
			for _, op := range ops {
				op.done <- mapped
			}
		default:
			for _, op := range ops {
				b.relay(ctx, []*consentOp{op})
			}
		}
		return
	}
}

// isStudyWide reports whether a revert concerns the study, not any one record.
func isStudyWide(err error) bool {
	name, _, ok := revertDecoder().DecodeError(err)
	return ok && (name == "WrongStatus" || name == "UnknownStudy")
}

func indexOf(ops []*consentOp, who common.Address) int {
	for i, op := range ops {
		if op.who == who {
			return i
		}
	}
	return -1
}

// sendBatch packs ops (one key, distinct participants) into grantBatch or revokeBatch and
// relays it.
func (l *Ledger) sendBatch(ctx context.Context, ops []*consentOp) error {
	key := ops[0].key
	var (
		data []byte
		err  error
	)
	if key.revoke {
		records := make([]byte, 0, RevokeRecordSize*len(ops))
		for _, op := range ops {
			rec, err := revokeRecord(FromCommon(op.who), op.auth)
			if err != nil {
				return err
			}
			records = append(records, rec...)
		}
		data, err = l.abis.token.Pack("revokeBatch", u256(key.study), records)
	} else {
		var scopes [][32]byte
		index := map[marketplace.Hash]int{}
		records := make([]byte, 0, GrantRecordSize*len(ops))
		for _, op := range ops {
			i, ok := index[op.consent.Scope]
			if !ok {
				i = len(scopes)
				index[op.consent.Scope] = i
				scopes = append(scopes, op.consent.Scope)
			}
			rec, err := grantRecord(op.consent, op.auth, i)
			if err != nil {
				return err
			}
			records = append(records, rec...)
		}
		data, err = l.abis.token.Pack("grantBatch", u256(key.study), scopes, records)
	}
	if err != nil {
		return err
	}
	_, err = l.sender.Transact(ctx, &l.dep.RewardToken, data)
	return err
}
