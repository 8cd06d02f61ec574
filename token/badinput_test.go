package token

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/marketplace"
)

// TestBadInput sends each kind of bad input the issue names to the embedded node with mainnet
// rules, over the in-process client and over HTTP JSON-RPC (the path an external chain takes).
// Every case is refused twice: through the Ledger, which must return the marketplace error a
// client sees, and as a raw transaction that skips every Go-side check and gas estimation, so
// that it is mined: the contract itself must revert with the named custom error and leave the
// contracts' storage (their storage roots, from eth_getProof) and the balances as they were.
func TestBadInput(t *testing.T) {
	for _, transport := range []struct {
		name string
		http bool
	}{{"inprocess", false}, {"http", true}} {
		t.Run(transport.name, func(t *testing.T) {
			base := newEnv(t, transport.http)
			run := func(name string, f func(e *env)) {
				t.Run(name, func(t *testing.T) {
					e := *base
					e.t = t
					f(&e)
				})
			}
			run("ReusedConsentSignature", badReusedConsent)
			run("ExpiredConsentSignature", badExpiredConsent)
			run("WrongChainConsentSignature", badWrongChainConsent)
			run("WrongContractConsentSignature", badWrongContractConsent)
			run("HighSConsentSignature", badHighSConsent)
			run("WrongSignerConsentSignature", badWrongSignerConsent)
			run("ApprovalByNonBoardAccount", badApprovalByNonBoard)
			run("BudgetOverspend", badBudgetOverspend)
			run("PayoutToNonConsentingAddress", badPayoutNonConsenting)
			run("PayoutToRevokedAddress", badPayoutRevoked)
			run("SecondPayout", badSecondPayout)
		})
	}
}

// rawGrant sends consents as a grantBatch that is mined whatever happens and returns its
// revert.
func (e *env) rawGrant(id uint64, cs []marketplace.Consent, auths []marketplace.Auth) string {
	e.t.Helper()
	scopes, records := grantRecords(e.t, cs, auths)
	return e.rawGrantRecords(id, scopes, records)
}

func (e *env) rawGrantRecords(id uint64, scopes [][32]byte, records []byte) string {
	e.t.Helper()
	return e.minedRevert(e.dep.RewardToken, "grantBatch", u256(id), scopes, records)
}

func (e *env) wantName(what, got, want string) {
	e.t.Helper()
	if got != want {
		e.t.Fatalf("%s reverted with %s, want %s", what, got, want)
	}
}

func (e *env) wantValid(id uint64, a marketplace.Address, want bool) {
	e.t.Helper()
	v, err := e.l.ConsentValid(e.ctx, id, []marketplace.Address{a})
	if err != nil || v[0] != want {
		e.t.Fatalf("consent of %s valid = %v (%v), want %v", a.Hex(), v, err, want)
	}
}

// A consent signature used once cannot be used again: not while the consent holds, and not
// to bring back a consent its participant revoked.
func badReusedConsent(e *env) {
	s := e.openStudy(10, 100, 0)
	k := mustKey()
	c, auth := e.signedConsent(e.dom, s.id, k, 0)
	if err := e.l.GrantConsent(e.ctx, c, auth); err != nil {
		e.t.Fatal(err)
	}
	wantCode(e.t, "replay while consenting", e.l.GrantConsent(e.ctx, c, auth), marketplace.ECONFLICT)
	e.revoke(s.id, k, 1)
	before := e.snapshot()
	wantCode(e.t, "replay after revocation", e.l.GrantConsent(e.ctx, c, auth), marketplace.ECONFLICT)
	e.wantName("replayed consent", e.rawGrant(s.id, []marketplace.Consent{c}, []marketplace.Auth{auth}), "BadNonce")
	e.unchanged(before, "a replayed consent")
	e.wantValid(s.id, c.Participant, false)
}

func badExpiredConsent(e *env) {
	s := e.openStudy(10, 100, 0)
	k := mustKey()
	c := marketplace.Consent{StudyID: s.id, Participant: AddressOf(k), Scope: e.scope, Expiry: e.expiry()}
	auth, err := SignConsent(k, e.dom, c, 0, uint64(time.Now().Add(-time.Minute).Unix()))
	if err != nil {
		e.t.Fatal(err)
	}
	before := e.snapshot()
	wantCode(e.t, "expired consent signature", e.l.GrantConsent(e.ctx, c, auth), marketplace.EUNAUTHORIZED)
	e.wantName("expired consent signature", e.rawGrant(s.id, []marketplace.Consent{c}, []marketplace.Auth{auth}), "Expired")
	e.unchanged(before, "an expired consent signature")
	e.wantValid(s.id, c.Participant, false)
}

// signedElsewhere checks a consent signed in domain d, which is not the contract's.
func signedElsewhere(e *env, d marketplace.SigningDomain, what string) {
	s := e.openStudy(10, 100, 0)
	c, auth := e.signedConsent(d, s.id, mustKey(), 0)
	before := e.snapshot()
	wantCode(e.t, what, e.l.GrantConsent(e.ctx, c, auth), marketplace.EUNAUTHORIZED)
	e.wantName(what, e.rawGrant(s.id, []marketplace.Consent{c}, []marketplace.Auth{auth}), "InvalidSignature")
	e.unchanged(before, what)
	e.wantValid(s.id, c.Participant, false)
}

func badWrongChainConsent(e *env) {
	d := e.dom
	d.ChainID = 1 // signed for mainnet
	signedElsewhere(e, d, "consent signed for another chain")
}

func badWrongContractConsent(e *env) {
	d := e.dom
	d.ConsentRegistry = FromCommon(e.dep.StudyRegistry) // signed for another contract
	signedElsewhere(e, d, "consent signed for another contract")
}

// A high-s signature is the malleable twin of a valid one. The Ledger refuses it; on chain the
// compact (EIP-2098) record cannot even carry the twin's s (it overflows into the parity bit,
// so it recovers nobody's address), and an s above n/2 that fits is refused as malleable.
func badHighSConsent(e *env) {
	s := e.openStudy(10, 100, 0)
	c, auth := e.signedConsent(e.dom, s.id, mustKey(), 0)
	twin := highS(auth.Signature)
	digest := ConsentDigest(e.dom, c, 0, auth.Deadline)
	if signer, err := crypto.Ecrecover(digest[:], append(twin[:64:64], twin[64]-27)); err != nil ||
		common.BytesToAddress(crypto.Keccak256(signer[1:])[12:]) != ToCommon(c.Participant) {
		e.t.Fatalf("the twin does not recover to the participant: %v", err)
	}
	bad := auth
	bad.Signature = twin
	before := e.snapshot()
	wantCode(e.t, "high-s consent signature", e.l.GrantConsent(e.ctx, c, bad), marketplace.EUNAUTHORIZED)

	scopes, records := grantRecords(e.t, []marketplace.Consent{c}, []marketplace.Auth{auth})
	twinRecord := append([]byte{}, records...)
	copy(twinRecord[35:67], twin[:32])
	copy(twinRecord[67:99], twin[32:64])
	twinRecord[67] |= (twin[64] - 27) << 7
	e.wantName("compact twin", e.rawGrantRecords(s.id, scopes, twinRecord), "InvalidSignature")
	highRecord := append([]byte{}, records...)
	over := new(big.Int).Add(secp256k1halfN, big.NewInt(1))
	over.FillBytes(highRecord[67:99])
	e.wantName("s above n/2", e.rawGrantRecords(s.id, scopes, highRecord), "MalleableSignature")
	e.unchanged(before, "a high-s consent signature")
	e.wantValid(s.id, c.Participant, false)
}

// highS returns the malleable twin (r, n-s, v^1) of a signature.
func highS(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	out := make([]byte, 65)
	copy(out, sig[:32])
	s.FillBytes(out[32:64])
	out[64] = 27 + 28 - sig[64]
	return out
}

func badWrongSignerConsent(e *env) {
	s := e.openStudy(10, 100, 0)
	victim, impostor := mustKey(), mustKey()
	c := marketplace.Consent{StudyID: s.id, Participant: AddressOf(victim), Scope: e.scope, Expiry: e.expiry()}
	sig, err := SignDigest(impostor, ConsentDigest(e.dom, c, 0, e.deadline()))
	if err != nil {
		e.t.Fatal(err)
	}
	auth := marketplace.Auth{Signer: c.Participant, Deadline: e.deadline(), Signature: sig}
	before := e.snapshot()
	wantCode(e.t, "consent signed by another key", e.l.GrantConsent(e.ctx, c, auth), marketplace.EUNAUTHORIZED)
	e.wantName("consent signed by another key", e.rawGrant(s.id, []marketplace.Consent{c}, []marketplace.Auth{auth}), "InvalidSignature")
	e.unchanged(before, "a consent signed by another key")
	e.wantValid(s.id, c.Participant, false)
}

func badApprovalByNonBoard(e *env) {
	s := e.registerStudy(10, 100)
	stranger := mustKey()
	auth, err := SignApprove(stranger, e.dom, s.id, s.hash, 0, e.deadline())
	if err != nil {
		e.t.Fatal(err)
	}
	before := e.snapshot()
	wantCode(e.t, "approval by a non-board account", e.l.ApproveStudy(e.ctx, s.id, s.hash, auth), marketplace.EFORBIDDEN)
	e.wantName("approval by a non-board account", e.minedRevert(e.dep.StudyRegistry, "approve", u256(s.id), [32]byte(s.hash),
		ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature), "NotEthicsBoard")
	e.unchanged(before, "an approval by a non-board account")
	if st, err := e.l.Study(e.ctx, s.id); err != nil || st.Status != marketplace.StatusRegistered || !st.ApprovedBy.IsZero() {
		e.t.Fatalf("study after a refused approval: %+v %v", st, err)
	}
}

func badBudgetOverspend(e *env) {
	s := e.openStudy(10, 100, 0)
	q1, q2 := marketplace.Hash{1}, marketplace.Hash{2}
	result := marketplace.Hash{0xaa}
	if err := e.l.SpendBudget(e.ctx, s.id, q1, 600_000, 0, result); err != nil {
		e.t.Fatal(err)
	}
	before := e.snapshot()
	wantCode(e.t, "epsilon overspend", e.l.SpendBudget(e.ctx, s.id, q2, 400_001, 0, result), marketplace.EBUDGET)
	wantCode(e.t, "delta overspend", e.l.SpendBudget(e.ctx, s.id, q2, 1, 1_000_000_000_001, result), marketplace.EBUDGET)
	e.wantName("overspend", e.minedRevert(e.dep.PrivacyBudgetLedger, "spend", u256(s.id), [32]byte(q2), uint64(400_001), uint64(0), [32]byte(result)), "BudgetExceeded")
	e.unchanged(before, "an overspend")
	if spent, _, err := e.l.Spent(e.ctx, s.id, q2); err != nil || spent {
		e.t.Fatalf("overspent query recorded: %v %v", spent, err)
	}
	if st, _ := e.l.Study(e.ctx, s.id); st.EpsilonSpent != 600_000 || st.EpsilonSpent > st.EpsilonBudget {
		e.t.Fatalf("spent %d of %d", st.EpsilonSpent, st.EpsilonBudget)
	}
	// Spending the rest exactly is fine; nothing more after that.
	if err := e.l.SpendBudget(e.ctx, s.id, q2, 400_000, 0, result); err != nil {
		e.t.Fatal(err)
	}
	wantCode(e.t, "spend of an exhausted budget", e.l.SpendBudget(e.ctx, s.id, marketplace.Hash{3}, 1, 0, result), marketplace.EBUDGET)
}

func badPayoutNonConsenting(e *env) {
	s := e.openStudy(10, 100, 1000)
	member, stranger := mustKey(), mustKey()
	e.consent(s.id, member, 0)
	accounts := []marketplace.Address{AddressOf(member), AddressOf(stranger)}
	before := e.snapshot(accounts...)
	wantCode(e.t, "payout to a non-consenting address", e.l.Pay(e.ctx, s.id, accounts), marketplace.EFORBIDDEN)
	e.wantName("payout to a non-consenting address", e.minedRevert(e.dep.RewardToken, "pay", u256(s.id), packAddresses(accounts)), "NotConsented")
	e.unchanged(before, "a payout to a non-consenting address")
}

func badPayoutRevoked(e *env) {
	s := e.openStudy(10, 100, 1000)
	k := mustKey()
	e.consent(s.id, k, 0)
	e.revoke(s.id, k, 1)
	accounts := []marketplace.Address{AddressOf(k)}
	before := e.snapshot(accounts...)
	wantCode(e.t, "payout to a revoked address", e.l.Pay(e.ctx, s.id, accounts), marketplace.EFORBIDDEN)
	e.wantName("payout to a revoked address", e.minedRevert(e.dep.RewardToken, "pay", u256(s.id), packAddresses(accounts)), "NotConsented")
	e.unchanged(before, "a payout to a revoked address")
}

func badSecondPayout(e *env) {
	s := e.openStudy(10, 100, 1000)
	k := mustKey()
	e.consent(s.id, k, 0)
	accounts := []marketplace.Address{AddressOf(k)}
	if err := e.l.Pay(e.ctx, s.id, accounts); err != nil {
		e.t.Fatal(err)
	}
	before := e.snapshot(accounts...)
	wantCode(e.t, "second payout", e.l.Pay(e.ctx, s.id, accounts), marketplace.ECONFLICT)
	e.wantName("second payout", e.minedRevert(e.dep.RewardToken, "pay", u256(s.id), packAddresses(accounts)), "AlreadyPaid")
	e.unchanged(before, "a second payout")
	if b, _ := e.l.Balance(e.ctx, accounts[0]); b.Cmp(s.reward) != 0 {
		e.t.Fatalf("balance %s, want one reward %s", b, s.reward)
	}
}
