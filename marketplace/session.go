package marketplace

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"sync"
	"time"
)

// SignIn is a verified Sign-In with Ethereum (EIP-4361) message.
type SignIn struct {
	Address   Address
	Domain    string
	URI       string
	Nonce     string
	ChainID   uint64
	IssuedAt  time.Time
	ExpiresAt time.Time // zero when the message sets no expiration
}

// SignInVerifier writes and checks Sign-In with Ethereum (EIP-4361) messages.
type SignInVerifier interface {
	// SignInMessage formats the message an account signs for the sign-in described by in.
	SignInMessage(in SignIn) (string, error)
	// VerifySignIn parses a message and checks its EIP-191 signature. It returns
	// EUNAUTHORIZED when the signature does not match the message's address, EINVALID when
	// the message is malformed.
	VerifySignIn(message string, signature []byte) (*SignIn, error)
}

// Session is a signed-in account.
type Session struct {
	Token   string    `json:"-"`
	Address Address   `json:"address"`
	Expires time.Time `json:"expires"`
}

// SessionStore keeps sessions and the sign-in nonces the server issued. The in-process store
// serves one replica; a shared store (Redis) serves several.
type SessionStore interface {
	// PutNonce records a nonce the server issued, valid until expires.
	PutNonce(ctx context.Context, nonce string, expires time.Time) error
	// TakeNonce consumes a nonce: true the first time for an issued, unexpired nonce.
	TakeNonce(ctx context.Context, nonce string) (bool, error)
	PutSession(ctx context.Context, s *Session) error
	// GetSession returns the session, or nil when unknown or expired.
	GetSession(ctx context.Context, token string) (*Session, error)
	DeleteSession(ctx context.Context, token string) error
}

// Sessions issues Sign-In with Ethereum challenges and sessions.
type Sessions struct {
	Verifier SignInVerifier
	Store    SessionStore
	Domain   string // the host clients sign in to, e.g. "medmarket.example"
	URI      string // the URI in the message, e.g. "https://medmarket.example"
	ChainID  uint64
	TTL      time.Duration // session lifetime; 0 means 12 hours
	Now      func() time.Time
}

// ChallengeTTL is how long a sign-in challenge may be answered.
const ChallengeTTL = 10 * time.Minute

func (s *Sessions) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b)
}

// Challenge returns an EIP-4361 message for addr to sign, with a fresh single-use nonce.
func (s *Sessions) Challenge(ctx context.Context, addr Address) (string, error) {
	nonce := randomHex(12)
	now := s.now().UTC()
	if err := s.Store.PutNonce(ctx, nonce, now.Add(ChallengeTTL)); err != nil {
		return "", fmt.Errorf("marketplace.Challenge: %w", err)
	}
	msg, err := s.Verifier.SignInMessage(SignIn{
		Address: addr, Domain: s.Domain, URI: s.URI, Nonce: nonce, ChainID: s.ChainID,
		IssuedAt: now, ExpiresAt: now.Add(ChallengeTTL),
	})
	if err != nil {
		return "", fmt.Errorf("marketplace.Challenge: %w", err)
	}
	return msg, nil
}

// SignIn verifies a signed challenge and opens a session. The message must name this
// server's domain, URI and chain, carry a nonce this server issued and nobody used, and be
// within its validity window.
func (s *Sessions) SignIn(ctx context.Context, message string, signature []byte) (*Session, error) {
	if len(message) > 4096 {
		return nil, FieldError("message", "is longer than 4096 bytes")
	}
	in, err := s.Verifier.VerifySignIn(message, signature)
	if err != nil {
		return nil, err
	}
	now := s.now()
	switch {
	case in.Domain != s.Domain:
		return nil, Errorf(EUNAUTHORIZED, "the sign-in message is for %q, not this server", in.Domain)
	case in.URI != s.URI:
		return nil, Errorf(EUNAUTHORIZED, "the sign-in message names another URI")
	case in.ChainID != s.ChainID:
		return nil, Errorf(EUNAUTHORIZED, "the sign-in message is for chain %d, not %d", in.ChainID, s.ChainID)
	case !in.ExpiresAt.IsZero() && !now.Before(in.ExpiresAt):
		return nil, Errorf(EUNAUTHORIZED, "the sign-in message has expired")
	case in.IssuedAt.After(now.Add(time.Minute)):
		return nil, Errorf(EUNAUTHORIZED, "the sign-in message is issued in the future")
	}
	fresh, err := s.Store.TakeNonce(ctx, in.Nonce)
	if err != nil {
		return nil, fmt.Errorf("marketplace.SignIn: %w", err)
	}
	if !fresh {
		return nil, Errorf(EUNAUTHORIZED, "the sign-in nonce is unknown, expired or already used; ask for a new challenge")
	}
	ttl := s.TTL
	if ttl == 0 {
		ttl = 12 * time.Hour
	}
	sess := &Session{Token: randomHex(32), Address: in.Address, Expires: now.Add(ttl)}
	if err := s.Store.PutSession(ctx, sess); err != nil {
		return nil, fmt.Errorf("marketplace.SignIn: %w", err)
	}
	return sess, nil
}

// Session returns the live session for a token; EUNAUTHORIZED when unknown or expired.
func (s *Sessions) Session(ctx context.Context, token string) (*Session, error) {
	sess, err := s.Store.GetSession(ctx, token)
	if err != nil {
		return nil, fmt.Errorf("marketplace.Session: %w", err)
	}
	if sess == nil || !s.now().Before(sess.Expires) {
		return nil, Errorf(EUNAUTHORIZED, "the session is unknown or has expired; sign in again")
	}
	return sess, nil
}

// SignOut ends a session.
func (s *Sessions) SignOut(ctx context.Context, token string) error {
	return s.Store.DeleteSession(ctx, token)
}

// MemorySessions is the in-process SessionStore.
type MemorySessions struct {
	mu       sync.Mutex
	nonces   map[string]time.Time
	sessions map[string]Session
	Now      func() time.Time
}

// NewMemorySessions returns an empty in-process store.
func NewMemorySessions() *MemorySessions {
	return &MemorySessions{nonces: map[string]time.Time{}, sessions: map[string]Session{}}
}

func (m *MemorySessions) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}

// PutNonce implements SessionStore.
func (m *MemorySessions) PutNonce(_ context.Context, nonce string, expires time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	for n, exp := range m.nonces {
		if !now.Before(exp) {
			delete(m.nonces, n)
		}
	}
	m.nonces[nonce] = expires
	return nil
}

// TakeNonce implements SessionStore.
func (m *MemorySessions) TakeNonce(_ context.Context, nonce string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	exp, ok := m.nonces[nonce]
	delete(m.nonces, nonce)
	return ok && m.now().Before(exp), nil
}

// PutSession implements SessionStore.
func (m *MemorySessions) PutSession(_ context.Context, s *Session) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sessions[s.Token] = *s
	return nil
}

// GetSession implements SessionStore.
func (m *MemorySessions) GetSession(_ context.Context, token string) (*Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.sessions[token]
	if !ok {
		return nil, nil
	}
	if !m.now().Before(s.Expires) {
		delete(m.sessions, token)
		return nil, nil
	}
	return &s, nil
}

// DeleteSession implements SessionStore.
func (m *MemorySessions) DeleteSession(_ context.Context, token string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.sessions, token)
	return nil
}
