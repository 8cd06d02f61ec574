package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token"
)

// syncBuffer is a bytes.Buffer safe for one writer and one reader at a time.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestChainSubcommandServesMarketplace runs `medmarket chain --http 127.0.0.1:0` and the
// marketplace against it over HTTP JSON-RPC, as against an external chain: the whole study
// flow, then bad input that the contracts refuse over that path.
func TestChainSubcommandServesMarketplace(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	chainDir := t.TempDir()
	var out syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"chain", "--http", "127.0.0.1:0", "--data", chainDir}, &out, &out) }()
	endpoint := regexp.MustCompile(`serving JSON-RPC at (http://\S+)`)
	var url string
	for start := time.Now(); url == ""; time.Sleep(20 * time.Millisecond) {
		if m := endpoint.FindStringSubmatch(out.String()); m != nil {
			url = m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("chain exited: %v\n%s", err, out.String())
		default:
		}
		if time.Since(start) > 30*time.Second {
			t.Fatalf("chain did not start:\n%s", out.String())
		}
	}

	c := testConfig(t)
	c.Patients = 200
	c.ChainRPC = url
	c.OperatorKey = filepath.Join(chainDir, "chain", "operator.key")
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	rep, err := runDemo(ctx, a, demoOptions{OptIns: 24, Revokes: 4})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Participants != 20 || rep.Payouts.Recipients != 20 {
		t.Fatalf("over HTTP: %d participants, %d paid; want 20", rep.Participants, rep.Payouts.Recipients)
	}

	// Bad input over the same path: a consent to the closed study, a replayed signature, an
	// approval by an account without the ethics board role.
	svc, dom := a.svc, a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	key := token.StudyKey([]byte("patient master secret over http 01"), rep.StudyID)
	cons := marketplace.Consent{StudyID: rep.StudyID, Participant: token.AddressOf(key), Scope: scopeOf(demoProtocol().DataUse), Expiry: deadline + 86400}
	auth, _ := token.SignConsent(key, dom, cons, 0, deadline)
	if err := svc.Ledger.GrantConsent(ctx, cons, auth); marketplace.ErrorCode(err) != marketplace.EFORBIDDEN {
		t.Fatalf("consent to a closed study: %v", err)
	}
	researcher, stranger := newKey(), newKey()
	p := demoProtocol()
	prep, _ := svc.PrepareStudy(p)
	reg, _ := token.SignRegister(researcher, dom, prep.Registration, 0, deadline)
	st, err := svc.PostStudy(ctx, p, reg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.PostStudy(ctx, p, reg); marketplace.ErrorCode(err) != marketplace.ECONFLICT {
		t.Fatalf("replayed registration: %v", err)
	}
	bad, _ := token.SignApprove(stranger, dom, st.ID, st.ProtocolHash, 0, deadline)
	if _, err := svc.ApproveStudy(ctx, st.ID, st.ProtocolHash, bad); marketplace.ErrorCode(err) != marketplace.EFORBIDDEN {
		t.Fatalf("approval by a non-board account: %v", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
