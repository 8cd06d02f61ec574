package compute

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
)

// Runtime is the compute side of one process: the coordinator and a worker per vault (and
// one for the ethics board's key share in HE_DP mode), each consuming its topic of the
// queue. Scaled out (issue 8), each runs where its data or key lives, against the same
// Queue and Blobs; here they are goroutines.
type Runtime struct {
	Queue       marketplace.Queue
	Blobs       Blobs
	Coordinator *Coordinator
	HE          *HECommittee // nil without HE

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// VaultNode is one vault of a deployment, named by its id in the committee and the queue.
type VaultNode struct {
	ID    string
	Vault *Vault
}

// HEConfig sets up HE_DP mode.
type HEConfig struct {
	// Params are checked with he.CheckSecurity at start; a set that fails is refused.
	Params he.Params
	// Threshold is how many vaults decrypt together with the board (1..len(Vaults)).
	Threshold int
	// BoardID names the ethics board's key share (default "ethics-board").
	BoardID string
	// BoardLedger records the board's decryptions (persistent in production).
	BoardLedger he.Ledger
	// BoardRand is the randomness of the board's DP noise: nil for crypto/rand (always, in
	// production); tests pass a seeded reader to check the noise's calibration.
	BoardRand io.Reader
}

// RuntimeConfig wires a Runtime.
type RuntimeConfig struct {
	Queue    marketplace.Queue // nil: a new MemoryQueue
	Blobs    Blobs             // nil: new MemoryBlobs
	Chain    marketplace.ChainView
	Docs     marketplace.DocumentStore
	Releases marketplace.ReleaseStore
	Vaults   []VaultNode
	HE       *HEConfig // nil: DP mode only
	// Now is the clock of release times (nil: time.Now).
	Now func() time.Time
}

// StartRuntime checks the configuration (HE parameters included), runs the HE key ceremony
// when HE is configured, and starts the coordinator and workers. Stop stops them.
func StartRuntime(cfg RuntimeConfig) (*Runtime, error) {
	if cfg.Chain == nil || cfg.Docs == nil || cfg.Releases == nil {
		return nil, errors.New("compute.StartRuntime: chain, documents and releases are required")
	}
	if len(cfg.Vaults) == 0 {
		return nil, errors.New("compute.StartRuntime: no vaults")
	}
	seen := map[string]bool{}
	for _, n := range cfg.Vaults {
		if n.ID == "" || seen[n.ID] || n.Vault == nil {
			return nil, errors.New("compute.StartRuntime: every vault needs a distinct id")
		}
		seen[n.ID] = true
	}
	rt := &Runtime{Queue: cfg.Queue, Blobs: cfg.Blobs}
	if rt.Queue == nil {
		rt.Queue = NewMemoryQueue()
	}
	if rt.Blobs == nil {
		rt.Blobs = NewMemoryBlobs()
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	c := &Coordinator{queue: rt.Queue, blobs: rt.Blobs, chain: cfg.Chain, docs: cfg.Docs, releases: cfg.Releases, now: now}
	for _, n := range cfg.Vaults {
		c.vaults = append(c.vaults, n.ID)
	}
	workers := make([]*Worker, 0, len(cfg.Vaults)+1)
	var encryptor *he.Encryptor
	if h := cfg.HE; h != nil {
		board := h.BoardID
		if board == "" {
			board = "ethics-board"
		}
		if h.BoardLedger == nil {
			return nil, errors.New("compute.StartRuntime: the board needs a decryption ledger")
		}
		var holders []KeyHolder
		for _, n := range cfg.Vaults {
			holders = append(holders, KeyHolder{ID: he.PartyID(n.ID), Ledger: n.Vault.DecryptionLedger()})
		}
		com, err := NewHECommittee(h.Params, KeyHolder{ID: he.PartyID(board), Ledger: h.BoardLedger}, holders, h.Threshold)
		if err != nil {
			return nil, fmt.Errorf("compute.StartRuntime: %w", err)
		}
		rt.HE = com
		if c.he, err = he.NewCoordinator(h.Params, com.Committee); err != nil {
			return nil, err
		}
		if encryptor, err = he.NewEncryptor(h.Params, com.PublicKey); err != nil {
			return nil, err
		}
		c.params, c.board, c.threshold = h.Params, board, h.Threshold
		workers = append(workers, &Worker{ID: board, Topic: TopicBoard, queue: rt.Queue, blobs: rt.Blobs, chain: cfg.Chain, docs: cfg.Docs,
			heParams: h.Params, committee: com.Committee, party: com.Board, rand: h.BoardRand})
	}
	rt.Coordinator = c
	for _, n := range cfg.Vaults {
		w := &Worker{ID: n.ID, Topic: VaultTopic(n.ID), vault: n.Vault, queue: rt.Queue, blobs: rt.Blobs, chain: cfg.Chain, docs: cfg.Docs}
		if rt.HE != nil {
			w.heParams, w.committee, w.party, w.encryptor = cfg.HE.Params, rt.HE.Committee, rt.HE.Vaults[he.PartyID(n.ID)], encryptor
		}
		workers = append(workers, w)
	}
	ctx, cancel := context.WithCancel(context.Background())
	rt.cancel = cancel
	rt.consume(ctx, marketplace.TopicAnalysis, "coordinator", c.Handle)
	for _, w := range workers {
		rt.consume(ctx, w.Topic, w.ID, w.Handle)
	}
	return rt, nil
}

// consume runs a consumer of topic: each delivered job is handled and acknowledged with its
// result. A job whose handler was interrupted by shutdown is not acknowledged, so it is
// delivered again (handlers are idempotent).
func (rt *Runtime) consume(ctx context.Context, topic, consumer string, handle func(context.Context, marketplace.Job) error) {
	rt.wg.Add(1)
	go func() {
		defer rt.wg.Done()
		for {
			d, err := rt.Queue.Dequeue(ctx, topic, consumer)
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				time.Sleep(100 * time.Millisecond)
				continue
			}
			err = handle(ctx, d.Job)
			if ctx.Err() != nil {
				return
			}
			rt.Queue.Ack(ctx, d, marketplace.ResultOf(d.Job.ID, err))
		}
	}()
}

// Stop stops the coordinator and workers and waits for them.
func (rt *Runtime) Stop() {
	if rt.cancel != nil {
		rt.cancel()
	}
	rt.wg.Wait()
}

// Worker does the jobs of one vault, or of the ethics board's key share.
type Worker struct {
	ID    string
	Topic string

	queue     marketplace.Queue
	blobs     Blobs
	chain     marketplace.ChainView
	docs      marketplace.DocumentStore
	vault     *Vault // nil for the board
	heParams  he.Params
	committee he.Committee
	party     *he.Party
	encryptor *he.Encryptor
	rand      io.Reader // board noise (nil: crypto/rand)
}

// Handle does one job. Everything it relies on is re-checked against the chain and the
// content-addressed protocol document, never taken from the job or the coordinator.
func (w *Worker) Handle(ctx context.Context, job marketplace.Job) error {
	if job.Party != w.ID {
		return marketplace.Errorf(marketplace.EINVALID, "job for %q delivered to %q", clipID(job.Party), w.ID)
	}
	run, err := loadRun(ctx, w.chain, w.docs, job.StudyID, job.Queries, true)
	if err != nil {
		return err
	}
	switch {
	case job.Kind == JobDPAnswer && w.vault != nil:
		return w.answer(ctx, job, run)
	case job.Kind == JobHEAggregate && w.vault != nil:
		return w.aggregate(ctx, job, run)
	case job.Kind == JobHEDecrypt:
		return w.decrypt(ctx, job, run)
	}
	return marketplace.Errorf(marketplace.EINVALID, "%s does not do %q jobs", w.ID, job.Kind)
}

func (w *Worker) answer(ctx context.Context, job marketplace.Job, run *planRun) error {
	if run.protocol.Mode != marketplace.ModeDP || len(run.queries) != 1 {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "a DP answer is one query of a DP-mode study")
	}
	ans, err := w.vault.Answer(ctx, marketplace.AnalysisRequest{StudyID: run.studyID, Protocol: run.protocol,
		Query: run.queries[0], QueryHash: run.hashes[0]})
	if err != nil {
		return err
	}
	b, err := json.Marshal(wireAnswer(ans))
	if err != nil {
		return err
	}
	return w.blobs.PutBlob(ctx, "answer/"+job.ID, b)
}

func (w *Worker) aggregate(ctx context.Context, job marketplace.Job, run *planRun) error {
	if run.protocol.Mode != marketplace.ModeHEDP {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "only HE_DP studies are aggregated under encryption")
	}
	if w.encryptor == nil {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "this vault holds no HE key share")
	}
	layout, err := newHELayout(run.queries, w.heParams, run.protocol.ParticipantCap)
	if err != nil {
		return err
	}
	vec, included, err := w.vault.aggregateHE(ctx, run, layout)
	if err != nil {
		return err
	}
	ct, err := w.encryptor.Encrypt(vec)
	clear(vec)
	if err != nil {
		return err
	}
	b, err := ct.MarshalBinary()
	if err != nil {
		return err
	}
	return w.blobs.PutBlob(ctx, "ct/"+job.ID, encryptedWire{Ciphertext: b, Included: packAddresses(included)}.marshal())
}

// decrypt releases this key holder's decryption share for a run, after checking what
// compute/he asks its callers to check: the request's id is the run's own (an approved
// study's plan queries, none released yet, bound to their hashes), and its target is the
// researcher key the approved protocol names. The board's share carries the run's DP noise.
// The party's ledger refuses a second decryption of the same ciphertext or request id.
func (w *Worker) decrypt(ctx context.Context, job marketplace.Job, run *planRun) error {
	if w.party == nil {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "%s holds no HE key share", w.ID)
	}
	if run.protocol.Mode != marketplace.ModeHEDP {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "only HE_DP studies are decrypted")
	}
	b, err := w.blobs.GetBlob(ctx, "request/"+run.requestID())
	if err != nil {
		return err
	}
	req, err := he.ParseDecryptRequest(w.heParams, w.committee, b)
	if err != nil {
		return err
	}
	if req.ID != run.requestID() {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "the decryption request is not for this study's queries")
	}
	layout, err := newHELayout(run.queries, w.heParams, run.protocol.ParticipantCap)
	if err != nil {
		return err
	}
	if req.Slots != layout.total {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "the decryption request covers %d slots; the queries have %d", req.Slots, layout.total)
	}
	target, err := researcherKey(ctx, w.docs, w.heParams, run.protocol)
	if err != nil {
		return err
	}
	if req.Target.Digest() != target.Digest() {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "the decryption request targets a key other than the study's registered result key")
	}
	var nz []int64
	if w.party.Role() == he.RoleBoard {
		if nz, err = boardNoise(layout, w.rand); err != nil {
			return err
		}
	}
	share, err := w.party.DecryptShare(ctx, req, nz)
	clear(nz)
	if err != nil {
		return err
	}
	sb, err := share.MarshalBinary()
	if err != nil {
		return err
	}
	return w.blobs.PutBlob(ctx, "share/"+job.ID, sb)
}
