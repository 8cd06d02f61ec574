package marketplace

import (
	"context"
	"sync"
	"time"
)

// DefaultCacheTTL bounds how stale a cached study read may be when the change happened
// elsewhere (another replica, or a transaction sent to the chain directly). Changes made
// through this service, and events it receives, invalidate at once.
const DefaultCacheTTL = time.Second

// readCache keeps chain reads for the API's public listings, and parsed protocols forever
// (a protocol is immutable under its hash).
type readCache struct {
	mu        sync.Mutex
	studies   map[uint64]cachedStudy
	count     uint64
	countAt   time.Time
	protocols map[Hash]*Protocol
}

type cachedStudy struct {
	st *Study
	at time.Time
}

func (s *Service) cache() *readCache {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reads == nil {
		s.reads = &readCache{studies: map[uint64]cachedStudy{}, protocols: map[Hash]*Protocol{}}
	}
	return s.reads
}

func (s *Service) ttl() time.Duration {
	if s.CacheTTL != 0 {
		return s.CacheTTL
	}
	return DefaultCacheTTL
}

// Invalidate drops what the cache holds of a study (and the study count), so the next read
// goes to the chain. Call it on every event about the study from elsewhere.
func (s *Service) Invalidate(id uint64) {
	c := s.cache()
	c.mu.Lock()
	delete(c.studies, id)
	c.countAt = time.Time{}
	c.mu.Unlock()
}

// cachedStudy returns a study's chain record from the cache when fresh enough.
func (s *Service) chainStudy(ctx context.Context, id uint64, fresh bool) (*Study, error) {
	c := s.cache()
	now := time.Now()
	if s.ttl() > 0 && !fresh {
		c.mu.Lock()
		e, ok := c.studies[id]
		c.mu.Unlock()
		if ok && now.Sub(e.at) < s.ttl() {
			cp := *e.st
			return &cp, nil
		}
	}
	st, err := s.Ledger.Study(ctx, id)
	if err != nil {
		return nil, err
	}
	cp := *st
	c.mu.Lock()
	c.studies[id] = cachedStudy{st: &cp, at: now}
	c.mu.Unlock()
	return st, nil
}

// studyCount returns the number of studies, cached like study records.
func (s *Service) studyCount(ctx context.Context) (uint64, error) {
	c := s.cache()
	now := time.Now()
	c.mu.Lock()
	if s.ttl() > 0 && now.Sub(c.countAt) < s.ttl() {
		n := c.count
		c.mu.Unlock()
		return n, nil
	}
	c.mu.Unlock()
	n, err := s.Ledger.StudyCount(ctx)
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	c.count, c.countAt = n, now
	c.mu.Unlock()
	return n, nil
}

// protocol returns the parsed protocol stored under h, parsing it once.
func (s *Service) protocol(ctx context.Context, h Hash) (*Protocol, error) {
	c := s.cache()
	c.mu.Lock()
	p, ok := c.protocols[h]
	c.mu.Unlock()
	if ok {
		return p, nil
	}
	doc, err := s.Docs.Get(ctx, h)
	if err != nil {
		return nil, err
	}
	if p, err = s.Protocols.Parse(doc); err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.protocols[h] = p
	c.mu.Unlock()
	return p, nil
}
