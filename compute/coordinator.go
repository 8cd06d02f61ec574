package compute

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"time"

	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
)

// Job kinds the coordinator hands to workers, and their topics. Jobs carry a study id, query
// ids and a party id only; inputs and outputs live in Blobs under keys made from job ids.
const (
	// JobDPAnswer: a vault answers one query in DP mode; it writes the noisy answer to
	// blob "answer/<job id>".
	JobDPAnswer = "dp.answer"
	// JobHEAggregate: a vault computes its local totals of a run's queries, encrypts them
	// under the collective key and writes the ciphertext to blob "ct/<job id>".
	JobHEAggregate = "he.aggregate"
	// JobHEDecrypt: a key holder checks the decryption request in blob
	// "request/<request id>" against the chain and writes its share to "share/<job id>".
	JobHEDecrypt = "he.decrypt"
	// TopicBoard is the ethics board's topic; each vault's is VaultTopic(id).
	TopicBoard = "board"
)

// VaultTopic is the topic of vault id's jobs.
func VaultTopic(id string) string { return "vault/" + id }

// Coordinator runs analysis jobs (marketplace.JobAnalysis): it fans a study's pending
// queries out to the vaults as jobs, and stores their answers as pending releases for the
// service to debit and release. In DP mode a vault answers each query with DP noise. In
// HE_DP mode every vault returns one ciphertext of its local totals; the coordinator adds
// the ciphertexts, asks the board and a threshold of vaults for decryption shares that
// switch the total to the researcher's key (the board's share adds the DP noise) and
// combines them. The coordinator holds no key share, no vault and no plaintext total: only
// ids, ciphertexts, public keys and public shares cross its interface.
type Coordinator struct {
	queue     marketplace.Queue
	blobs     Blobs
	chain     marketplace.ChainView
	docs      marketplace.DocumentStore
	releases  marketplace.ReleaseStore
	vaults    []string // vault ids, in committee order
	board     string
	he        *he.Coordinator // nil without HE
	params    he.Params
	threshold int
	now       func() time.Time
}

// Handle runs one analysis job. Its errors are safe to report to the job's waiter.
func (c *Coordinator) Handle(ctx context.Context, job marketplace.Job) error {
	if job.Kind != marketplace.JobAnalysis {
		return marketplace.Errorf(marketplace.EINVALID, "the coordinator runs analysis jobs, not %q", job.Kind)
	}
	run, err := loadRun(ctx, c.chain, c.docs, job.StudyID, job.Queries, true)
	if err != nil {
		return err
	}
	// Queries answered before (a pending release is kept, never recomputed) drop out.
	var unreleased []string
	for _, q := range run.queries {
		r, err := c.releases.GetRelease(ctx, run.studyID, q.ID)
		if err != nil {
			return err
		}
		if r == nil {
			unreleased = append(unreleased, q.ID)
		}
	}
	if len(unreleased) == 0 {
		return nil
	}
	if run, err = checkRun(ctx, c.chain, run.studyID, run.protocol, unreleased, true); err != nil {
		return err
	}
	switch run.protocol.Mode {
	case marketplace.ModeDP:
		return c.runDP(ctx, job.ID, run)
	case marketplace.ModeHEDP:
		return c.runHE(ctx, job.ID, run)
	}
	return marketplace.Errorf(marketplace.EINVALID, "unknown mode %q", run.protocol.Mode)
}

// child enqueues a job for a worker and returns it.
func (c *Coordinator) child(ctx context.Context, topic string, j marketplace.Job) error {
	return c.queue.Enqueue(ctx, topic, j)
}

// waitAll waits for jobs and returns the first failure.
func (c *Coordinator) waitAll(ctx context.Context, jobs []marketplace.Job) error {
	var first error
	for _, j := range jobs {
		res, err := c.queue.Wait(ctx, j.ID)
		if err != nil {
			return err
		}
		if err := res.Err(); err != nil && first == nil {
			first = fmt.Errorf("%s of %s: %w", j.Kind, j.Party, err)
		}
	}
	return first
}

func (c *Coordinator) runDP(ctx context.Context, parent string, run *planRun) error {
	if len(c.vaults) != 1 {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "a DP-mode study is answered by a single vault and this deployment has %d; studies across vaults use HE_DP", len(c.vaults))
	}
	v := c.vaults[0]
	var jobs []marketplace.Job
	for _, q := range run.queries {
		j := marketplace.Job{ID: parent + "/dp/" + q.ID, Kind: JobDPAnswer, StudyID: run.studyID, Queries: []string{q.ID}, Party: v}
		if err := c.child(ctx, VaultTopic(v), j); err != nil {
			return err
		}
		jobs = append(jobs, j)
	}
	// Answers that arrived are kept as pending releases even if another query failed: they
	// are not visible before the service debits them, and a later run reuses them.
	failed := c.waitAll(ctx, jobs)
	var rs []*marketplace.Release
	for i := range run.queries {
		res, err := c.queue.Wait(ctx, jobs[i].ID)
		if err != nil {
			return err
		}
		if res.Err() != nil {
			continue
		}
		b, err := c.blobs.GetBlob(ctx, "answer/"+jobs[i].ID)
		if err != nil {
			return err
		}
		var w answerWire
		if err := json.Unmarshal(b, &w); err != nil {
			return marketplace.Errorf(marketplace.EINVALID, "vault %s returned a malformed answer", v)
		}
		ans, err := w.answer()
		if err != nil {
			return err
		}
		rs = append(rs, c.pendingRelease(run, i, ans, nil))
	}
	if err := c.store(ctx, rs); err != nil {
		return err
	}
	return failed
}

// pendingRelease makes query i's answer a pending release.
func (c *Coordinator) pendingRelease(run *planRun, i int, ans *marketplace.Answer, enc *marketplace.EncryptedResult) *marketplace.Release {
	q := run.queries[i]
	r := &marketplace.Release{
		StudyID: run.studyID, QueryID: q.ID, QueryHash: run.hashes[i], Aggregate: q.Aggregate,
		Value: ans.Value, Values: ans.Values, Suppressed: ans.Suppressed, SuppressedBins: ans.SuppressedBins,
		Encrypted: enc, Epsilon: q.Epsilon, Delta: q.Delta, CreatedAt: c.now().UTC(), Included: ans.Included,
	}
	r.ResultHash = marketplace.ResultHash(r)
	return r
}

// batchReleases is a release store that stores several releases in one transaction.
type batchReleases interface {
	PutReleases(ctx context.Context, rs []*marketplace.Release) error
}

// store stores pending releases, in one transaction when the store can.
func (c *Coordinator) store(ctx context.Context, rs []*marketplace.Release) error {
	if b, ok := c.releases.(batchReleases); ok {
		return b.PutReleases(ctx, rs)
	}
	for _, r := range rs {
		if err := c.releases.PutRelease(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func (c *Coordinator) runHE(ctx context.Context, parent string, run *planRun) error {
	if c.he == nil {
		return marketplace.Errorf(marketplace.EFORBIDDEN, "this deployment has no HE committee; HE_DP studies cannot run")
	}
	layout, err := newHELayout(run.queries, c.params, run.protocol.ParticipantCap)
	if err != nil {
		return err
	}
	target, err := researcherKey(ctx, c.docs, c.params, run.protocol)
	if err != nil {
		return err
	}
	// 1. Every vault encrypts its local totals.
	var aggs []marketplace.Job
	for _, v := range c.vaults {
		j := marketplace.Job{ID: parent + "/agg/" + v, Kind: JobHEAggregate, StudyID: run.studyID, Queries: queryIDs(run), Party: v}
		if err := c.child(ctx, VaultTopic(v), j); err != nil {
			return err
		}
		aggs = append(aggs, j)
	}
	if err := c.waitAll(ctx, aggs); err != nil {
		return err
	}
	// 2. Parse and check every ciphertext before adding any: a malformed one stops the run
	// with nothing decrypted and nothing spent.
	cts := make([]*he.Ciphertext, 0, len(aggs))
	var included []marketplace.Address
	for _, j := range aggs {
		b, err := c.blobs.GetBlob(ctx, "ct/"+j.ID)
		if err != nil {
			return err
		}
		w, err := parseEncryptedWire(b)
		if err != nil {
			return marketplace.Errorf(marketplace.EINVALID, "vault %s returned a malformed result; nothing was decrypted or spent", j.Party)
		}
		ct, err := he.ParseCiphertext(c.params, w.Ciphertext)
		if err != nil {
			return marketplace.Errorf(marketplace.EINVALID, "vault %s returned a malformed ciphertext (%s); nothing was decrypted or spent", j.Party, marketplace.ErrorMessage(err))
		}
		addrs, err := unpackAddresses(w.Included)
		if err != nil {
			return marketplace.Errorf(marketplace.EINVALID, "vault %s returned malformed participant addresses; nothing was decrypted or spent", j.Party)
		}
		cts = append(cts, ct)
		included = append(included, addrs...)
	}
	total, err := c.he.Sum(cts...)
	if err != nil {
		return err
	}
	// 3. The board and a threshold of vaults switch the total to the researcher's key.
	req, err := c.he.NewRequest(run.requestID(), total, target, vaultIDs(c.vaults[:c.threshold]), layout.total)
	if err != nil {
		return err
	}
	rb, err := req.MarshalBinary()
	if err != nil {
		return err
	}
	if err := c.blobs.PutBlob(ctx, "request/"+run.requestID(), rb); err != nil {
		return err
	}
	decs := []marketplace.Job{{ID: parent + "/dec/" + c.board, Kind: JobHEDecrypt, StudyID: run.studyID, Queries: queryIDs(run), Party: c.board}}
	if err := c.child(ctx, TopicBoard, decs[0]); err != nil {
		return err
	}
	for _, v := range c.vaults[:c.threshold] {
		j := marketplace.Job{ID: parent + "/dec/" + v, Kind: JobHEDecrypt, StudyID: run.studyID, Queries: queryIDs(run), Party: v}
		if err := c.child(ctx, VaultTopic(v), j); err != nil {
			return err
		}
		decs = append(decs, j)
	}
	if err := c.waitAll(ctx, decs); err != nil {
		return err
	}
	var shares []*he.DecryptionShare
	for _, j := range decs {
		b, err := c.blobs.GetBlob(ctx, "share/"+j.ID)
		if err != nil {
			return err
		}
		s, err := he.ParseDecryptionShare(c.params, b)
		if err != nil {
			return marketplace.Errorf(marketplace.EINVALID, "%s returned a malformed decryption share", j.Party)
		}
		shares = append(shares, s)
	}
	switched, err := c.he.Combine(req, shares)
	if err != nil {
		return err
	}
	// 4. The switched total is stored content-addressed; each query's release points into it.
	ctb, err := switched.MarshalBinary()
	if err != nil {
		return err
	}
	h := marketplace.Hash(sha256.Sum256(ctb))
	if err := c.docs.Put(ctx, h, ctb); err != nil {
		return err
	}
	// The run's participants are listed once, on its first release: payouts take the union.
	rs := make([]*marketplace.Release, len(run.queries))
	for i := range run.queries {
		hq := layout.queries[i]
		enc := &marketplace.EncryptedResult{Ciphertext: h, Offset: hq.offset, Slots: len(hq.slots)}
		ans := &marketplace.Answer{}
		if i == 0 {
			ans.Included = included
		}
		rs[i] = c.pendingRelease(run, i, ans, enc)
	}
	return c.store(ctx, rs)
}

// researcherKey loads the study's registered result key: the document named by the
// protocol's ResultKey hash, parsed under params.
func researcherKey(ctx context.Context, docs marketplace.DocumentStore, params he.Params, p *marketplace.Protocol) (*he.PublicKey, error) {
	h, err := marketplace.ParseHash("resultKey", p.ResultKey)
	if err != nil {
		return nil, err
	}
	b, err := docs.Get(ctx, h)
	if err != nil {
		if marketplace.ErrorCode(err) == marketplace.ENOTFOUND {
			return nil, marketplace.Errorf(marketplace.EFORBIDDEN, "the study's result key is not registered")
		}
		return nil, err
	}
	return he.ParsePublicKey(params, b)
}

func queryIDs(run *planRun) []string {
	out := make([]string, len(run.queries))
	for i, q := range run.queries {
		out[i] = q.ID
	}
	return out
}

func vaultIDs(ids []string) []he.PartyID {
	out := make([]he.PartyID, len(ids))
	for i, id := range ids {
		out[i] = he.PartyID(id)
	}
	return out
}

// answerWire is a DP answer between a vault and the coordinator; Included packs the
// participants' 20-byte addresses.
type answerWire struct {
	Value          float64   `json:"value"`
	Values         []float64 `json:"values,omitempty"`
	Suppressed     bool      `json:"suppressed,omitempty"`
	SuppressedBins []int     `json:"suppressedBins,omitempty"`
	Included       []byte    `json:"included"`
}

func wireAnswer(a *marketplace.Answer) answerWire {
	return answerWire{Value: a.Value, Values: a.Values, Suppressed: a.Suppressed, SuppressedBins: a.SuppressedBins, Included: packAddresses(a.Included)}
}

func (w answerWire) answer() (*marketplace.Answer, error) {
	addrs, err := unpackAddresses(w.Included)
	if err != nil {
		return nil, err
	}
	return &marketplace.Answer{Value: w.Value, Values: w.Values, Suppressed: w.Suppressed, SuppressedBins: w.SuppressedBins, Included: addrs}, nil
}

// encryptedWire is a vault's HE_DP result: its totals encrypted under the collective key
// (he wire format) and the pseudonymous addresses it read, packed. It is framed in binary
// ("MMCT", the ciphertext's length, the ciphertext, the addresses): a million addresses
// would cost JSON a base64 pass.
type encryptedWire struct {
	Ciphertext []byte
	Included   []byte
}

var encryptedMagic = []byte("MMCT")

func (w encryptedWire) marshal() []byte {
	out := make([]byte, 0, 8+len(w.Ciphertext)+len(w.Included))
	out = append(out, encryptedMagic...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(w.Ciphertext)))
	out = append(out, w.Ciphertext...)
	return append(out, w.Included...)
}

func parseEncryptedWire(b []byte) (encryptedWire, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], encryptedMagic) {
		return encryptedWire{}, marketplace.Errorf(marketplace.EINVALID, "not a vault result")
	}
	n := binary.BigEndian.Uint32(b[4:])
	if uint64(n) > uint64(len(b)-8) {
		return encryptedWire{}, marketplace.Errorf(marketplace.EINVALID, "truncated vault result")
	}
	return encryptedWire{Ciphertext: b[8 : 8+n], Included: b[8+n:]}, nil
}

func packAddresses(as []marketplace.Address) []byte {
	out := make([]byte, 0, len(as)*len(marketplace.Address{}))
	for _, a := range as {
		out = append(out, a[:]...)
	}
	return out
}

func unpackAddresses(b []byte) ([]marketplace.Address, error) {
	const n = len(marketplace.Address{})
	if len(b)%n != 0 {
		return nil, marketplace.Errorf(marketplace.EINVALID, "packed addresses are not a whole number of addresses")
	}
	out := make([]marketplace.Address, len(b)/n)
	for i := range out {
		copy(out[i][:], b[i*n:])
	}
	return out, nil
}

// sha256Hex hashes what write writes.
func sha256Hex(write func(w func([]byte))) string {
	var h hash.Hash = sha256.New()
	write(func(b []byte) { h.Write(b) })
	return hex.EncodeToString(h.Sum(nil))
}
