package token

import (
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/medmarket/medmarket/marketplace"
)

// grantTxs counts the grantBatch transactions in blocks from..head and the consents they carry.
func (e *env) grantTxs(from uint64) (txs, records int) {
	e.t.Helper()
	head, err := e.client.BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	sel := e.l.abis.token.Methods["grantBatch"].ID
	for n := from; n <= head; n++ {
		b, err := e.client.BlockByNumber(e.ctx, u256(n))
		if err != nil {
			e.t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if tx.To() != nil && *tx.To() == e.dep.RewardToken && len(tx.Data()) > 4 && common.Bytes2Hex(tx.Data()[:4]) == common.Bytes2Hex(sel) {
				args, err := e.l.abis.token.Methods["grantBatch"].Inputs.Unpack(tx.Data()[4:])
				if err != nil {
					e.t.Fatal(err)
				}
				rcpt, err := e.client.TransactionReceipt(e.ctx, tx.Hash())
				if err != nil {
					e.t.Fatal(err)
				}
				if rcpt.Status == 1 {
					txs++
					records += len(args[2].([]byte)) / GrantRecordSize
				}
			}
		}
	}
	return txs, records
}

// TestConsentBatching relays many consents at once: they go on chain in a few packed batches,
// and the bad ones among them (a replayed signature, a wrong nonce, a participant asking twice)
// each get their own error without holding up the rest.
func TestConsentBatching(t *testing.T) {
	e := newEnv(t, false)
	s := e.openStudy(10, 1000, 0)
	replayed := mustKey()
	e.consent(s.id, replayed, 0)
	start, err := e.client.BlockNumber(e.ctx)
	if err != nil {
		t.Fatal(err)
	}

	type attempt struct {
		c    marketplace.Consent
		auth marketplace.Auth
		want string // error code, "" for success
	}
	var attempts []attempt
	for i := 0; i < 250; i++ {
		c, auth := e.signedConsent(e.dom, s.id, mustKey(), 0)
		attempts = append(attempts, attempt{c, auth, ""})
	}
	c, auth := e.signedConsent(e.dom, s.id, replayed, 0)
	attempts = append(attempts, attempt{c, auth, marketplace.ECONFLICT})
	c, auth = e.signedConsent(e.dom, s.id, mustKey(), 5)
	attempts = append(attempts, attempt{c, auth, marketplace.ECONFLICT})
	twice := mustKey()
	c, auth = e.signedConsent(e.dom, s.id, twice, 0)
	attempts = append(attempts, attempt{c, auth, "either"}, attempt{c, auth, "either"})

	errs := make([]error, len(attempts))
	var wg sync.WaitGroup
	for i, a := range attempts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = e.l.GrantConsent(e.ctx, a.c, a.auth)
		}()
	}
	wg.Wait()
	twiceOK := 0
	for i, a := range attempts {
		switch a.want {
		case "":
			if errs[i] != nil {
				t.Fatalf("consent %d: %v", i, errs[i])
			}
		case "either": // the same consent twice at once: one succeeds, one is a replay
			if errs[i] == nil {
				twiceOK++
			} else if marketplace.ErrorCode(errs[i]) != marketplace.ECONFLICT {
				t.Fatalf("duplicate: %v", errs[i])
			}
		default:
			wantCode(t, "bad consent in a batch", errs[i], a.want)
		}
	}
	if twiceOK != 1 {
		t.Fatalf("a consent sent twice at once succeeded %d times", twiceOK)
	}
	txs, records := e.grantTxs(start + 1)
	if records != 251 {
		t.Fatalf("%d consents on chain, want 251", records)
	}
	if txs > 251/20 {
		t.Fatalf("251 consents took %d transactions: not batched", txs)
	}
	t.Logf("251 consents in %d grantBatch transactions", txs)
	st, err := e.l.Study(e.ctx, s.id)
	if err != nil || st.Consents != 252 {
		t.Fatalf("study consents %d (%v), want 252", st.Consents, err)
	}
}

// TestConsentCapInBatch: when consents arriving together exceed the cap, exactly as many as fit
// are recorded and the others are told the cap was reached.
func TestConsentCapInBatch(t *testing.T) {
	e := newEnv(t, false)
	s := e.openStudy(10, 10, 0)
	errs := make([]error, 15)
	var wg sync.WaitGroup
	for i := range errs {
		c, auth := e.signedConsent(e.dom, s.id, mustKey(), 0)
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = e.l.GrantConsent(e.ctx, c, auth)
		}()
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch marketplace.ErrorCode(err) {
		case "":
			ok++
		case marketplace.EFORBIDDEN:
		default:
			t.Fatalf("over the cap: %v", err)
		}
	}
	if st, _ := e.l.Study(e.ctx, s.id); ok != 10 || st.Consents != 10 {
		t.Fatalf("%d consents succeeded, %d recorded; want 10", ok, st.Consents)
	}
}

// TestRevocationBatching revokes many consents at once, with a bad revocation among them.
func TestRevocationBatching(t *testing.T) {
	e := newEnv(t, false)
	s := e.openStudy(10, 1000, 0)
	keys := make([]*ecdsa.PrivateKey, 60)
	var wg sync.WaitGroup
	for i := range keys {
		keys[i] = mustKey()
		wg.Add(1)
		go func() { defer wg.Done(); e.consent(s.id, keys[i], 0) }()
	}
	wg.Wait()
	errs := make([]error, len(keys)+1)
	stranger := mustKey()
	for i := range errs {
		k, nonce := stranger, uint64(0)
		if i < len(keys) {
			k, nonce = keys[i], 1
		}
		auth, err := SignRevoke(k, e.dom, s.id, nonce, e.deadline())
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = e.l.RevokeConsent(e.ctx, s.id, AddressOf(k), auth)
		}()
	}
	wg.Wait()
	for i, err := range errs[:len(keys)] {
		if err != nil {
			t.Fatalf("revocation %d: %v", i, err)
		}
	}
	wantCode(t, "revocation without a consent", errs[len(keys)], marketplace.EFORBIDDEN)
	all := make([]marketplace.Address, len(keys))
	for i, k := range keys {
		all[i] = AddressOf(k)
	}
	valid, err := e.l.ConsentValid(e.ctx, s.id, all)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range valid {
		if v {
			t.Fatalf("consent %d still valid", i)
		}
	}
	if st, _ := e.l.Study(e.ctx, s.id); st.Consents != 0 {
		t.Fatalf("%d consents left", st.Consents)
	}
}

// TestLedgerLifecycle drives the registry's lifecycle through the Ledger: recruitment, a
// suspension, an amendment that needs a new approval, rejection and closing, with what each
// state allows.
func TestLedgerLifecycle(t *testing.T) {
	e := newEnv(t, true)
	s := e.registerStudy(5, 100)
	r := s.researcher
	st, err := e.l.Study(e.ctx, s.id)
	if err != nil || st.Status != marketplace.StatusRegistered || st.EpsilonBudget != 1_000_000 || st.RewardPerParticipant.Int64() != 5 {
		t.Fatalf("registered study %+v %v", st, err)
	}
	e.fund(s, big.NewInt(50))
	e.approve(s)
	if st, _ = e.l.Study(e.ctx, s.id); st.Status != marketplace.StatusRecruiting || st.ApprovedBy != AddressOf(e.board) || st.Funded.Int64() != 50 {
		t.Fatalf("approved study %+v", st)
	}
	p := mustKey()
	e.consent(s.id, p, 0)
	if n, err := e.l.Nonces(e.ctx, AddressOf(p)); err != nil || n.Consent != 1 {
		t.Fatalf("participant nonces %+v %v", n, err)
	}

	nonceOf := func(k *ecdsa.PrivateKey) uint64 {
		n, err := e.l.Nonces(e.ctx, AddressOf(k))
		if err != nil {
			t.Fatal(err)
		}
		return n.Registry
	}
	// Stop recruiting: consents are refused, analyses and payouts go on.
	a, _ := SignRecruit(r, e.dom, s.id, false, nonceOf(r), e.deadline())
	if err := e.l.SetRecruiting(e.ctx, s.id, false, a); err != nil {
		t.Fatal(err)
	}
	c, auth := e.signedConsent(e.dom, s.id, mustKey(), 0)
	wantCode(t, "consent while not recruiting", e.l.GrantConsent(e.ctx, c, auth), marketplace.EFORBIDDEN)
	if err := e.l.SpendBudget(e.ctx, s.id, marketplace.Hash{1}, 100, 0, marketplace.Hash{2}); err != nil {
		t.Fatal(err)
	}
	// Suspension stops everything but revocation.
	a, _ = SignSuspend(e.board, e.dom, s.id, true, nonceOf(e.board), e.deadline())
	if err := e.l.SuspendStudy(e.ctx, s.id, true, a); err != nil {
		t.Fatal(err)
	}
	wantCode(t, "spend while suspended", e.l.SpendBudget(e.ctx, s.id, marketplace.Hash{3}, 100, 0, marketplace.Hash{2}), marketplace.EFORBIDDEN)
	wantCode(t, "payout while suspended", e.l.Pay(e.ctx, s.id, []marketplace.Address{AddressOf(p)}), marketplace.EFORBIDDEN)
	stranger := mustKey()
	a, _ = SignSuspend(stranger, e.dom, s.id, false, 0, e.deadline())
	wantCode(t, "reinstatement by a non-board account", e.l.SuspendStudy(e.ctx, s.id, false, a), marketplace.EFORBIDDEN)
	a, _ = SignSuspend(e.board, e.dom, s.id, false, nonceOf(e.board), e.deadline())
	if err := e.l.SuspendStudy(e.ctx, s.id, false, a); err != nil {
		t.Fatal(err)
	}
	if st, _ = e.l.Study(e.ctx, s.id); st.Status != marketplace.StatusApproved {
		t.Fatalf("reinstated study is %s", st.Status)
	}
	// An amendment needs a new approval, of exactly the new hash.
	v2 := marketplace.Hash{0xbe, 0xef}
	a, _ = SignAmend(r, e.dom, s.id, v2, nonceOf(r), e.deadline())
	if err := e.l.AmendStudy(e.ctx, s.id, v2, a); err != nil {
		t.Fatal(err)
	}
	if st, _ = e.l.Study(e.ctx, s.id); st.Status != marketplace.StatusRegistered || st.ProtocolHash != v2 || !st.ApprovedBy.IsZero() {
		t.Fatalf("amended study %+v", st)
	}
	wantCode(t, "payout while the amendment is under review", e.l.Pay(e.ctx, s.id, []marketplace.Address{AddressOf(p)}), marketplace.EFORBIDDEN)
	a, _ = SignApprove(e.board, e.dom, s.id, s.hash, nonceOf(e.board), e.deadline())
	err = e.l.ApproveStudy(e.ctx, s.id, s.hash, a)
	wantCode(t, "approval of the old version", err, marketplace.ECONFLICT)
	if marketplace.ErrorField(err) != "protocolHash" {
		t.Fatalf("field %q", marketplace.ErrorField(err))
	}
	a, _ = SignReject(e.board, e.dom, s.id, v2, nonceOf(e.board), e.deadline())
	if err := e.l.RejectStudy(e.ctx, s.id, v2, a); err != nil {
		t.Fatal(err)
	}
	if st, _ = e.l.Study(e.ctx, s.id); st.Status != marketplace.StatusRejected {
		t.Fatalf("rejected study is %s", st.Status)
	}
	// A rejected study refunds its escrow; the participant was never paid.
	if refunded, err := e.l.Refund(e.ctx, s.id); err != nil || refunded.Int64() != 50 {
		t.Fatalf("refund %v %v", refunded, err)
	}
	a, _ = SignClose(r, e.dom, s.id, nonceOf(r), e.deadline())
	if refunded, err := e.l.CloseStudy(e.ctx, s.id, a); err != nil || refunded.Sign() != 0 {
		t.Fatalf("close %v %v", refunded, err)
	}
	if st, _ = e.l.Study(e.ctx, s.id); st.Status != marketplace.StatusClosed || st.Refunded.Int64() != 50 || st.Paid.Sign() != 0 {
		t.Fatalf("closed study %+v", st)
	}
	if _, err := e.l.Study(e.ctx, 99); marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
		t.Fatalf("unknown study: %v", err)
	}
	// Ethics boards come and go by the admin's hand.
	if err := e.l.RemoveEthicsBoard(e.ctx, AddressOf(e.board)); err != nil {
		t.Fatal(err)
	}
	if ok, _ := e.l.IsEthicsBoard(e.ctx, AddressOf(e.board)); ok {
		t.Fatal("board role not removed")
	}
}
