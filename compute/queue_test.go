package compute

import (
	"testing"
	"time"

	"github.com/medmarket/medmarket/compute/queuetest"
	"github.com/medmarket/medmarket/marketplace"
)

func TestMemoryQueue(t *testing.T) {
	o := queuetest.Options{Visibility: 60 * time.Millisecond, MaxAttempts: 3}
	queuetest.Run(t, o, func(t *testing.T) marketplace.Queue {
		q := NewMemoryQueue()
		q.Visibility, q.MaxAttempts = o.Visibility, o.MaxAttempts
		return q
	})
}
