package compute

import (
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/medmarket/medmarket/marketplace"
)

// MemoryQueue is the in-process marketplace.Queue: one stream per topic with a single
// consumer group, at-least-once delivery, acknowledgement and redelivery after a visibility
// timeout, as a Redis Streams consumer group behaves (XADD, XREADGROUP, XACK, XAUTOCLAIM).
// Job results are kept for ResultTTL after their acknowledgement. It is safe for concurrent
// use. Its zero value is not usable; use NewMemoryQueue.
type MemoryQueue struct {
	// Visibility is how long a delivered job may stay unacknowledged before it is delivered
	// again (default 30 s).
	Visibility time.Duration
	// MaxAttempts bounds deliveries of one job; when its last delivery times out, the next
	// consumer to poll the topic acknowledges it as failed (EINTERNAL), so that its waiter
	// is not left hanging (default 5).
	MaxAttempts int
	// ResultTTL is how long a result is kept after its job is acknowledged (default 1 h).
	ResultTTL time.Duration

	mu     sync.Mutex
	seq    uint64
	topics map[string]*memTopic
	jobs   map[string]*memJob
}

type memTopic struct {
	ready    []*memEntry
	inflight map[string]*memEntry
	wake     chan struct{} // closed and replaced when an entry becomes ready
}

type memEntry struct {
	id       string
	topic    string
	job      marketplace.Job
	attempts int
	deadline time.Time
}

type memJob struct {
	done   chan struct{}
	result marketplace.JobResult
	acked  time.Time
}

var _ marketplace.Queue = (*MemoryQueue)(nil)

// NewMemoryQueue returns an empty in-process queue with default timeouts.
func NewMemoryQueue() *MemoryQueue {
	return &MemoryQueue{topics: map[string]*memTopic{}, jobs: map[string]*memJob{}}
}

func (q *MemoryQueue) visibility() time.Duration {
	if q.Visibility > 0 {
		return q.Visibility
	}
	return 30 * time.Second
}

func (q *MemoryQueue) maxAttempts() int {
	if q.MaxAttempts > 0 {
		return q.MaxAttempts
	}
	return 5
}

func (q *MemoryQueue) resultTTL() time.Duration {
	if q.ResultTTL > 0 {
		return q.ResultTTL
	}
	return time.Hour
}

func (q *MemoryQueue) topic(name string) *memTopic {
	t := q.topics[name]
	if t == nil {
		t = &memTopic{inflight: map[string]*memEntry{}, wake: make(chan struct{})}
		q.topics[name] = t
	}
	return t
}

// checkJob validates a job: ids only, bounded.
func checkJob(topic string, j marketplace.Job) error {
	switch {
	case topic == "" || len(topic) > 200:
		return marketplace.FieldError("topic", "must be 1-200 characters")
	case j.ID == "" || len(j.ID) > 200:
		return marketplace.FieldError("job.id", "must be 1-200 characters")
	case j.Kind == "" || len(j.Kind) > 64:
		return marketplace.FieldError("job.kind", "must be 1-64 characters")
	case len(j.Party) > 200:
		return marketplace.FieldError("job.party", "must be at most 200 characters")
	case len(j.Queries) > 64:
		return marketplace.FieldError("job.queries", "at most 64 query ids")
	}
	for _, id := range j.Queries {
		if id == "" || len(id) > 64 {
			return marketplace.FieldError("job.queries", "query ids must be 1-64 characters")
		}
	}
	return nil
}

// Enqueue implements marketplace.Queue.
func (q *MemoryQueue) Enqueue(ctx context.Context, topic string, job marketplace.Job) error {
	if err := checkJob(topic, job); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	q.expire(time.Now())
	if _, ok := q.jobs[job.ID]; ok {
		return nil
	}
	q.jobs[job.ID] = &memJob{done: make(chan struct{})}
	q.seq++
	job.Queries = append([]string(nil), job.Queries...)
	t := q.topic(topic)
	t.ready = append(t.ready, &memEntry{id: strconv.FormatUint(q.seq, 10) + "-0", topic: topic, job: job})
	close(t.wake)
	t.wake = make(chan struct{})
	return nil
}

// expire drops results past their TTL. Caller holds q.mu.
func (q *MemoryQueue) expire(now time.Time) {
	for id, j := range q.jobs {
		if !j.acked.IsZero() && now.Sub(j.acked) > q.resultTTL() {
			delete(q.jobs, id)
		}
	}
}

// Dequeue implements marketplace.Queue.
func (q *MemoryQueue) Dequeue(ctx context.Context, topic, consumer string) (*marketplace.Delivery, error) {
	for {
		q.mu.Lock()
		t := q.topic(topic)
		now := time.Now()
		next := q.reclaim(t, now)
		if len(t.ready) > 0 {
			e := t.ready[0]
			t.ready = t.ready[1:]
			e.attempts++
			e.deadline = now.Add(q.visibility())
			t.inflight[e.id] = e
			d := &marketplace.Delivery{ID: e.id, Topic: topic, Job: e.job, Attempt: e.attempts}
			d.Job.Queries = append([]string(nil), e.job.Queries...)
			q.mu.Unlock()
			return d, nil
		}
		wake := t.wake
		q.mu.Unlock()
		var timer <-chan time.Time
		var tm *time.Timer
		if !next.IsZero() {
			tm = time.NewTimer(time.Until(next))
			timer = tm.C
		}
		select {
		case <-ctx.Done():
		case <-wake:
		case <-timer:
		}
		if tm != nil {
			tm.Stop()
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
}

// reclaim moves deliveries past their deadline back to ready (XAUTOCLAIM), or fails jobs
// that ran out of attempts, and returns the earliest remaining deadline. Caller holds q.mu.
func (q *MemoryQueue) reclaim(t *memTopic, now time.Time) time.Time {
	var next time.Time
	for id, e := range t.inflight {
		if now.Before(e.deadline) {
			if next.IsZero() || e.deadline.Before(next) {
				next = e.deadline
			}
			continue
		}
		delete(t.inflight, id)
		if e.attempts >= q.maxAttempts() {
			q.finish(e.job.ID, marketplace.JobResult{JobID: e.job.ID, Code: marketplace.EINTERNAL,
				Message: "the job was not completed after " + strconv.Itoa(e.attempts) + " deliveries"}, now)
			continue
		}
		t.ready = append(t.ready, e)
	}
	return next
}

// finish records a job's result once. Caller holds q.mu.
func (q *MemoryQueue) finish(jobID string, r marketplace.JobResult, now time.Time) {
	j := q.jobs[jobID]
	if j == nil || !j.acked.IsZero() {
		return
	}
	r.JobID = jobID
	j.result, j.acked = r, now
	close(j.done)
}

// Ack implements marketplace.Queue. Acknowledging a delivery that was already reclaimed
// and redelivered still completes the job (the entry is the same); its later
// acknowledgements are no-ops.
func (q *MemoryQueue) Ack(ctx context.Context, d *marketplace.Delivery, result marketplace.JobResult) error {
	if d == nil {
		return marketplace.FieldError("delivery", "is required")
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	t := q.topic(d.Topic)
	delete(t.inflight, d.ID)
	for i, e := range t.ready {
		if e.id == d.ID {
			t.ready = append(t.ready[:i], t.ready[i+1:]...)
			break
		}
	}
	q.finish(d.Job.ID, result, time.Now())
	return nil
}

// Wait implements marketplace.Queue: ENOTFOUND for a job never enqueued (or whose result
// expired).
func (q *MemoryQueue) Wait(ctx context.Context, jobID string) (marketplace.JobResult, error) {
	q.mu.Lock()
	j := q.jobs[jobID]
	q.mu.Unlock()
	if j == nil {
		return marketplace.JobResult{}, marketplace.Errorf(marketplace.ENOTFOUND, "no such job")
	}
	select {
	case <-j.done:
		return j.result, nil
	case <-ctx.Done():
		return marketplace.JobResult{}, ctx.Err()
	}
}

// Blobs keeps what jobs produce and consume, under keys derived from job ids: encrypted
// aggregates, decryption requests and shares, DP answers. Nothing in it is patient data in
// the clear. In-process it is MemoryBlobs; scaled out, Redis keys with a TTL.
type Blobs interface {
	PutBlob(ctx context.Context, key string, val []byte) error
	// GetBlob returns the value under key, ENOTFOUND when there is none.
	GetBlob(ctx context.Context, key string) ([]byte, error)
}

// MemoryBlobs is an in-process Blobs.
type MemoryBlobs struct {
	mu sync.Mutex
	m  map[string][]byte
}

// NewMemoryBlobs returns an empty blob store.
func NewMemoryBlobs() *MemoryBlobs { return &MemoryBlobs{m: map[string][]byte{}} }

// PutBlob implements Blobs.
func (b *MemoryBlobs) PutBlob(_ context.Context, key string, val []byte) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.m[key] = append([]byte(nil), val...)
	return nil
}

// GetBlob implements Blobs.
func (b *MemoryBlobs) GetBlob(_ context.Context, key string) ([]byte, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	v, ok := b.m[key]
	if !ok {
		return nil, marketplace.Errorf(marketplace.ENOTFOUND, "no blob %q", clipID(key))
	}
	return append([]byte(nil), v...), nil
}
