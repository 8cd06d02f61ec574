package marketplace

import (
	"context"
	"sync"
	"time"
)

// Event kinds published when a study changes.
const (
	EventRegistered = "REGISTERED"
	EventFunded     = "FUNDED"
	EventApproved   = "APPROVED"
	EventConsent    = "CONSENT"
	EventRevoked    = "REVOKED"
	EventReleased   = "RELEASED"
	EventPaid       = "PAID"
	EventClosed     = "CLOSED"
	EventRejected   = "REJECTED"
	EventAmended    = "AMENDED"
	EventSuspended  = "SUSPENDED"
	// EventChangesRequested: an ethics board asked the researcher for changes.
	EventChangesRequested = "CHANGES_REQUESTED"
)

// StudyEvent tells subscribers that a study changed. It carries ids, statuses and counts only:
// never a participant's address or anything else that could single out a patient.
type StudyEvent struct {
	StudyID uint64
	Kind    string
	Status  StudyStatus
	At      time.Time
}

// Events fans study events out to subscribers: in process here, across API replicas through a
// shared broker (Redis pub/sub) when scaled out.
type Events interface {
	Publish(ctx context.Context, ev StudyEvent) error
	// Subscribe delivers events until ctx ends, then closes the channel. A subscriber that
	// falls behind loses events rather than slowing publishers.
	Subscribe(ctx context.Context) <-chan StudyEvent
}

// MemoryEvents is the in-process Events broker.
type MemoryEvents struct {
	mu   sync.Mutex
	subs map[chan StudyEvent]struct{}
}

// NewMemoryEvents returns a broker with no subscribers.
func NewMemoryEvents() *MemoryEvents { return &MemoryEvents{subs: map[chan StudyEvent]struct{}{}} }

// Publish implements Events.
func (m *MemoryEvents) Publish(_ context.Context, ev StudyEvent) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for ch := range m.subs {
		select {
		case ch <- ev:
		default: // a slow subscriber drops events rather than blocking the flow
		}
	}
	return nil
}

// Subscribe implements Events.
func (m *MemoryEvents) Subscribe(ctx context.Context) <-chan StudyEvent {
	ch := make(chan StudyEvent, 64)
	m.mu.Lock()
	m.subs[ch] = struct{}{}
	m.mu.Unlock()
	go func() {
		<-ctx.Done()
		m.mu.Lock()
		delete(m.subs, ch)
		m.mu.Unlock()
		close(ch)
	}()
	return ch
}

// publish sends an event if the service has a broker; a failed publish never fails the flow.
func (s *Service) publish(ctx context.Context, id uint64, kind string) {
	s.Invalidate(id)
	if s.Events == nil {
		return
	}
	ev := StudyEvent{StudyID: id, Kind: kind, At: s.now().UTC()}
	if st, err := s.Ledger.Study(ctx, id); err == nil {
		ev.Status = st.Status
	}
	s.Events.Publish(ctx, ev)
}
