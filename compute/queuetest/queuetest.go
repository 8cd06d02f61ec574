// Package queuetest is the shared test suite of marketplace.Queue implementations: every
// implementation (the in-process queue here, the Redis Streams one later) runs the same
// tests, with its visibility timeout set short by the caller.
package queuetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/medmarket/medmarket/marketplace"
)

// Options describe the queue under test.
type Options struct {
	// Visibility is the queue's visibility timeout: a delivery not acknowledged within it is
	// delivered again. Keep it short (tens of milliseconds).
	Visibility time.Duration
	// MaxAttempts is the queue's delivery limit (0: not tested).
	MaxAttempts int
}

// Run runs the suite; open returns a fresh, empty queue.
func Run(t *testing.T, o Options, open func(t *testing.T) marketplace.Queue) {
	t.Run("DeliverAckWait", func(t *testing.T) { deliverAckWait(t, open(t)) })
	t.Run("IdempotentEnqueue", func(t *testing.T) { idempotentEnqueue(t, open(t)) })
	t.Run("TopicsAreSeparate", func(t *testing.T) { topics(t, open(t)) })
	t.Run("Redelivery", func(t *testing.T) { redelivery(t, o, open(t)) })
	t.Run("CompetingConsumers", func(t *testing.T) { competing(t, open(t)) })
	t.Run("BadJobs", func(t *testing.T) { badJobs(t, open(t)) })
	t.Run("Cancel", func(t *testing.T) { cancel(t, open(t)) })
	if o.MaxAttempts > 0 {
		t.Run("GivesUp", func(t *testing.T) { givesUp(t, o, open(t)) })
	}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func job(id string) marketplace.Job {
	return marketplace.Job{ID: id, Kind: "test", StudyID: 7, Queries: []string{"n", "bmi_mean"}, Party: "vault-1"}
}

func deliverAckWait(t *testing.T, q marketplace.Queue) {
	ctx := ctxT(t)
	if err := q.Enqueue(ctx, "t", job("a")); err != nil {
		t.Fatal(err)
	}
	d, err := q.Dequeue(ctx, "t", "c1")
	if err != nil {
		t.Fatal(err)
	}
	if d.Job.ID != "a" || d.Job.StudyID != 7 || len(d.Job.Queries) != 2 || d.Job.Party != "vault-1" || d.Attempt != 1 || d.ID == "" {
		t.Fatalf("delivery %+v", d)
	}
	done := make(chan marketplace.JobResult, 1)
	go func() {
		r, err := q.Wait(ctx, "a")
		if err != nil {
			t.Error(err)
		}
		done <- r
	}()
	time.Sleep(20 * time.Millisecond)
	if err := q.Ack(ctx, d, marketplace.JobResult{JobID: "a", Code: marketplace.EBUDGET, Message: "over budget"}); err != nil {
		t.Fatal(err)
	}
	r := <-done
	if r.Code != marketplace.EBUDGET || r.Message != "over budget" || marketplace.ErrorCode(r.Err()) != marketplace.EBUDGET {
		t.Fatalf("result %+v", r)
	}
	// Waiting again returns the same result at once.
	if r, err := q.Wait(ctx, "a"); err != nil || r.Code != marketplace.EBUDGET {
		t.Fatalf("second wait: %+v, %v", r, err)
	}
	if _, err := q.Wait(ctx, "never"); marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
		t.Fatalf("wait for an unknown job: %v", err)
	}
}

func idempotentEnqueue(t *testing.T, q marketplace.Queue) {
	ctx := ctxT(t)
	for i := 0; i < 3; i++ {
		if err := q.Enqueue(ctx, "t", job("same")); err != nil {
			t.Fatal(err)
		}
	}
	d, err := q.Dequeue(ctx, "t", "c1")
	if err != nil {
		t.Fatal(err)
	}
	q.Ack(ctx, d, marketplace.JobResult{JobID: d.Job.ID})
	if err := q.Enqueue(ctx, "t", job("same")); err != nil { // done: still not enqueued again
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if d, err := q.Dequeue(short, "t", "c1"); err == nil {
		t.Fatalf("a job enqueued three times was delivered twice: %+v", d)
	}
}

func topics(t *testing.T, q marketplace.Queue) {
	ctx := ctxT(t)
	q.Enqueue(ctx, "vault/a", job("for-a"))
	q.Enqueue(ctx, "vault/b", job("for-b"))
	d, err := q.Dequeue(ctx, "vault/b", "c")
	if err != nil || d.Job.ID != "for-b" || d.Topic != "vault/b" {
		t.Fatalf("%+v, %v", d, err)
	}
	d, err = q.Dequeue(ctx, "vault/a", "c")
	if err != nil || d.Job.ID != "for-a" {
		t.Fatalf("%+v, %v", d, err)
	}
}

func redelivery(t *testing.T, o Options, q marketplace.Queue) {
	ctx := ctxT(t)
	q.Enqueue(ctx, "t", job("r"))
	first, err := q.Dequeue(ctx, "t", "dies")
	if err != nil {
		t.Fatal(err)
	}
	// The consumer dies without acknowledging: after the visibility timeout another gets it.
	start := time.Now()
	second, err := q.Dequeue(ctx, "t", "survivor")
	if err != nil {
		t.Fatal(err)
	}
	if second.Job.ID != "r" || second.Attempt != 2 || second.ID != first.ID {
		t.Fatalf("redelivery %+v (first %+v)", second, first)
	}
	if waited := time.Since(start); waited < o.Visibility/2 {
		t.Fatalf("redelivered after %v, before the visibility timeout %v", waited, o.Visibility)
	}
	if err := q.Ack(ctx, second, marketplace.JobResult{JobID: "r"}); err != nil {
		t.Fatal(err)
	}
	// A late acknowledgement by the first consumer changes nothing.
	if err := q.Ack(ctx, first, marketplace.JobResult{JobID: "r", Code: marketplace.EINTERNAL}); err != nil {
		t.Fatal(err)
	}
	if r, err := q.Wait(ctx, "r"); err != nil || r.Code != "" {
		t.Fatalf("result %+v, %v", r, err)
	}
}

func competing(t *testing.T, q marketplace.Queue) {
	ctx := ctxT(t)
	const n = 200
	for i := 0; i < n; i++ {
		if err := q.Enqueue(ctx, "t", job(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	seen := map[string]int{}
	var wg sync.WaitGroup
	for c := 0; c < 4; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
				d, err := q.Dequeue(short, "t", fmt.Sprint("c", c))
				cancel()
				if err != nil {
					return
				}
				mu.Lock()
				seen[d.Job.ID]++
				mu.Unlock()
				q.Ack(ctx, d, marketplace.JobResult{JobID: d.Job.ID})
			}
		}()
	}
	wg.Wait()
	if len(seen) != n {
		t.Fatalf("%d of %d jobs delivered", len(seen), n)
	}
	for id, k := range seen {
		if k != 1 {
			t.Fatalf("job %s delivered %d times with prompt acknowledgements", id, k)
		}
	}
}

func badJobs(t *testing.T, q marketplace.Queue) {
	ctx := ctxT(t)
	for name, j := range map[string]marketplace.Job{
		"no id":   {Kind: "k"},
		"no kind": {ID: "x"},
		"long id": {ID: string(make([]byte, 300)), Kind: "k"},
	} {
		if err := q.Enqueue(ctx, "t", j); marketplace.ErrorCode(err) != marketplace.EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func cancel(t *testing.T, q marketplace.Queue) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(30 * time.Millisecond)
		cancel()
	}()
	if _, err := q.Dequeue(ctx, "empty", "c"); err == nil {
		t.Fatal("Dequeue returned without a job")
	}
}

func givesUp(t *testing.T, o Options, q marketplace.Queue) {
	ctx := ctxT(t)
	q.Enqueue(ctx, "t", job("doomed"))
	for i := 0; i < o.MaxAttempts; i++ {
		if _, err := q.Dequeue(ctx, "t", "crashes"); err != nil {
			t.Fatal(err)
		}
	}
	// The next consumer to poll the topic finds the job out of attempts.
	short, cancel := context.WithTimeout(ctx, 3*o.Visibility)
	defer cancel()
	if d, err := q.Dequeue(short, "t", "next"); err == nil {
		t.Fatalf("delivered a %d-th time: %+v", d.Attempt, d)
	}
	r, err := q.Wait(ctx, "doomed")
	if err != nil || r.Code != marketplace.EINTERNAL {
		t.Fatalf("after %d deliveries: %+v, %v", o.MaxAttempts, r, err)
	}
}
