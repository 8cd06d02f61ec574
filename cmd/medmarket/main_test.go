package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token"
)

func testConfig(t *testing.T) config {
	return config{DataDir: t.TempDir(), Patients: 1000, Seed: 7, HEParams: "test"}
}

// TestDemoFigures runs the whole demo story and checks that its audit figures agree.
func TestDemoFigures(t *testing.T) {
	ctx := context.Background()
	var out bytes.Buffer
	dir := t.TempDir()
	if err := run(ctx, []string{"demo", "--json", "--data", dir, "--patients", "1000"}, &out, &out); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	var rep struct {
		StudyID      uint64 `json:"studyId"`
		ProtocolHash string `json:"protocolHash"`
		ApprovedBy   string `json:"approvedBy"`
		OptedIn      int    `json:"optedIn"`
		Revoked      int    `json:"revoked"`
		Participants int    `json:"participants"`
		Releases     []struct {
			Query   string  `json:"query"`
			Value   float64 `json:"value"`
			Epsilon float64 `json:"epsilon"`
		} `json:"releases"`
		Budget  struct{ Total, Spent float64 } `json:"budget"`
		Payouts struct {
			Recipients     int    `json:"recipients"`
			PerParticipant string `json:"perParticipant"`
			Total          string `json:"total"`
		} `json:"payouts"`
		Escrow struct{ Funded, Paid, Refunded string } `json:"escrow"`
		Chain  struct {
			Blocks, Txs, GasUsed uint64
		} `json:"chain"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("demo --json output is not JSON: %v\n%s", err, out.String())
	}
	if rep.OptedIn != 200 || rep.Revoked != 20 {
		t.Fatalf("opted in %d, revoked %d; want 200 and 20", rep.OptedIn, rep.Revoked)
	}
	if rep.Participants != rep.OptedIn-rep.Revoked {
		t.Errorf("participants %d != opted in %d - revoked %d", rep.Participants, rep.OptedIn, rep.Revoked)
	}
	if rep.Payouts.Recipients != rep.Participants {
		t.Errorf("paid %d recipients, want %d", rep.Payouts.Recipients, rep.Participants)
	}
	per, _ := new(big.Int).SetString(rep.Payouts.PerParticipant, 10)
	total, _ := new(big.Int).SetString(rep.Payouts.Total, 10)
	if want := new(big.Int).Mul(per, big.NewInt(int64(rep.Participants))); total.Cmp(want) != 0 {
		t.Errorf("payout total %s != participants x reward %s", total, want)
	}
	funded, _ := new(big.Int).SetString(rep.Escrow.Funded, 10)
	paid, _ := new(big.Int).SetString(rep.Escrow.Paid, 10)
	refunded, _ := new(big.Int).SetString(rep.Escrow.Refunded, 10)
	if paid.Cmp(total) != 0 {
		t.Errorf("escrow paid %s != payouts %s", paid, total)
	}
	if new(big.Int).Add(paid, refunded).Cmp(funded) != 0 || funded.Sign() == 0 {
		t.Errorf("funded %s != paid %s + refunded %s", funded, paid, refunded)
	}
	if rep.Budget.Spent > rep.Budget.Total || rep.Budget.Spent == 0 {
		t.Errorf("spent %g of %g", rep.Budget.Spent, rep.Budget.Total)
	}
	var sum float64
	for _, r := range rep.Releases {
		sum += r.Epsilon
	}
	if len(rep.Releases) != len(demoProtocol().Plan) || fmt.Sprintf("%.6f", sum) != fmt.Sprintf("%.6f", rep.Budget.Spent) {
		t.Errorf("releases %+v do not account for the spent budget %g", rep.Releases, rep.Budget.Spent)
	}
	if rep.ApprovedBy == "" || rep.ApprovedBy == (marketplace.Address{}).Hex() {
		t.Error("no approving board recorded")
	}
	if rep.Chain.Txs == 0 || rep.Chain.GasUsed == 0 || rep.Chain.Blocks == 0 {
		t.Errorf("chain stats empty: %+v", rep.Chain)
	}
}

// TestRevokedExcluded checks, through the service, that revoked patients are in no aggregate
// and are not paid.
func TestRevokedExcluded(t *testing.T) {
	ctx := context.Background()
	a, err := openApp(ctx, testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	rep, err := runDemo(ctx, a, demoOptions{OptIns: 60, Revokes: 15})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.included) != 45 {
		t.Fatalf("%d participants included, want 45", len(rep.included))
	}
	for _, r := range rep.revoked {
		if rep.included[r] {
			t.Fatalf("revoked participant %s was read by the computation", r.Hex())
		}
	}
	paid, err := a.svc.Ledger.Paid(ctx, rep.StudyID, rep.revoked)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range paid {
		if p {
			t.Fatalf("revoked participant %s was paid", rep.revoked[i].Hex())
		}
	}
}

// TestServeRestartKeepsStudies posts a study, restarts on the same data directory, and checks
// the study, its protocol document and the balances are still there.
func TestServeRestartKeepsStudies(t *testing.T) {
	ctx := context.Background()
	c := testConfig(t)
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := runDemo(ctx, a, demoOptions{OptIns: 5, Revokes: 1})
	if err != nil {
		t.Fatal(err)
	}
	before, err := a.svc.Study(ctx, rep.StudyID)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	a, err = openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	list, n, err := a.svc.Studies(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 || len(list) != 1 || list[0].ProtocolHash != before.ProtocolHash || list[0].Protocol == nil {
		t.Fatalf("after restart: %d studies, %+v", n, list)
	}
	if list[0].Status != marketplace.StatusClosed || list[0].Paid.Cmp(before.Paid) != 0 {
		t.Fatalf("after restart the study is %s with paid %s, want CLOSED and %s", list[0].Status, list[0].Paid, before.Paid)
	}
	rels, err := a.svc.ReleasesOf(ctx, rep.StudyID)
	if err != nil || len(rels) != len(rep.Releases) {
		t.Fatalf("after restart %d releases (%v), want %d", len(rels), err, len(rep.Releases))
	}
	if count, _ := a.vault.PatientCount(ctx); count != c.Patients {
		t.Fatalf("vault holds %d patients after restart, want %d (no reseeding)", count, c.Patients)
	}
}

// gqlClient talks to a served API over HTTP.
type gqlClient struct {
	t   *testing.T
	url string
}

type gqlResponse struct {
	Data   map[string]json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (c gqlClient) do(query string, vars map[string]any) gqlResponse {
	c.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := http.Post(c.url, "application/json", bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		c.t.Fatal(err)
	}
	return out
}

func (r gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	s, _ := r.Errors[0].Extensions["code"].(string)
	return s
}

func authVars(a marketplace.Auth) map[string]any {
	return map[string]any{
		"signer": a.Signer.Hex(), "nonce": fmt.Sprint(a.Nonce), "deadline": fmt.Sprint(a.Deadline),
		"signature": fmt.Sprintf("0x%x", a.Signature),
	}
}

const postStudy = `mutation($input: StudyInput!, $auth: AuthInput!) { postStudy(input: $input, auth: $auth) { id status protocolHash } }`

func studyVars() map[string]any {
	return map[string]any{
		"title": "Mean HbA1c", "sponsor": "Test Sponsor", "dataUse": []string{"DUO:0000006"},
		"eligibility": map[string]any{"minAge": 18, "maxAge": 90},
		"plan":        []map[string]any{{"id": "n", "aggregate": "count", "epsilon": 0.5}},
		"budget":      map[string]any{"epsilon": 1.0, "delta": 0},
		"mode":        "DP", "rewardPerParticipant": "1000", "participantCap": 10,
	}
}

// TestServeGraphQL runs serve on port 0 and drives the API over HTTP, including bad input.
func TestServeGraphQL(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := testConfig(t)
	c.Patients = 200
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- serve(ctx, a, ln, &bytes.Buffer{}, c) }()
	gc := gqlClient{t, "http://" + ln.Addr().String() + "/graphql"}
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	researcher, board, stranger := newKey(), newKey(), newKey()
	if err := a.chain.AddEthicsBoard(ctx, token.AddressOf(board)); err != nil {
		t.Fatal(err)
	}

	// The page at / and the console are served from the binary.
	for _, path := range []string{"/", "/graphiql", "/static/vendor/graphiql.min.js"} {
		res, err := http.Get("http://" + ln.Addr().String() + path)
		if err != nil || res.StatusCode != 200 {
			t.Fatalf("GET %s: %v %v", path, err, res)
		}
		res.Body.Close()
	}

	// A missing field is named in an EINVALID error.
	vars := studyVars()
	delete(vars, "title")
	res := gc.do(postStudy, map[string]any{"input": vars, "auth": authVars(marketplace.Auth{Signature: make([]byte, 65)})})
	if res.code() != marketplace.EINVALID || res.Errors[0].Extensions["field"] != "title" {
		t.Fatalf("missing title: %+v", res.Errors)
	}
	for field, mutate := range map[string]func(v map[string]any){
		"budget.epsilon":       func(v map[string]any) { v["budget"] = map[string]any{"epsilon": 0} },
		"rewardPerParticipant": func(v map[string]any) { v["rewardPerParticipant"] = "0" },
		"dataUse[0]":           func(v map[string]any) { v["dataUse"] = []string{"DUO:1234567"} },
	} {
		v := studyVars()
		mutate(v)
		res := gc.do(postStudy, map[string]any{"input": v, "auth": authVars(marketplace.Auth{Signature: make([]byte, 65)})})
		if res.code() != marketplace.EINVALID || res.Errors[0].Extensions["field"] != field {
			t.Errorf("bad %s: %+v", field, res.Errors)
		}
	}

	// A valid post, signed by the researcher.
	prep := gc.do(`query($input: StudyInput!) { prepareStudy(input: $input) { protocolHash epsilonBudget deltaBudget rewardPerParticipant participantCap } }`,
		map[string]any{"input": studyVars()})
	if len(prep.Errors) > 0 {
		t.Fatalf("prepareStudy: %+v", prep.Errors)
	}
	p, _ := a.svc.PrepareStudy(mustProtocol(t, a))
	var prepared struct{ ProtocolHash string }
	json.Unmarshal(prep.Data["prepareStudy"], &prepared)
	if prepared.ProtocolHash != p.Hash.Hex() {
		t.Fatalf("API hash %s != service hash %s", prepared.ProtocolHash, p.Hash.Hex())
	}
	auth, _ := token.SignRegister(researcher, dom, p.Registration, 0, deadline)
	res = gc.do(postStudy, map[string]any{"input": studyVars(), "auth": authVars(auth)})
	if len(res.Errors) > 0 {
		t.Fatalf("postStudy: %+v", res.Errors)
	}
	var st struct{ ID, Status, ProtocolHash string }
	json.Unmarshal(res.Data["postStudy"], &st)
	if st.Status != "REGISTERED" || st.ProtocolHash != p.Hash.Hex() {
		t.Fatalf("posted study: %+v", st)
	}
	// The same signature again is a replay.
	res = gc.do(postStudy, map[string]any{"input": studyVars(), "auth": authVars(auth)})
	if res.code() == "" {
		t.Fatal("replayed registration accepted")
	}

	// runAnalysis on an unapproved study is forbidden.
	req, _ := token.SignRequest(researcher, dom, marketplace.ActionRunAnalysis, 1, 1, deadline)
	res = gc.do(`mutation($auth: AuthInput!) { runAnalysis(studyId: "1", auth: $auth) { payout { recipients } } }`, map[string]any{"auth": authVars(req)})
	if res.code() != marketplace.EFORBIDDEN {
		t.Fatalf("runAnalysis on unapproved study: %+v", res.Errors)
	}

	// Approval by a stranger fails; by the board it succeeds.
	approve := `mutation($h: String!, $auth: AuthInput!) { approveStudy(studyId: "1", protocolHash: $h, auth: $auth) { status approvedBy } }`
	bad, _ := token.SignApprove(stranger, dom, 1, p.Hash, 0, deadline)
	if res = gc.do(approve, map[string]any{"h": p.Hash.Hex(), "auth": authVars(bad)}); res.code() != marketplace.EFORBIDDEN {
		t.Fatalf("approval by a non-board account: %+v", res.Errors)
	}
	good, _ := token.SignApprove(board, dom, 1, p.Hash, 0, deadline)
	if res = gc.do(approve, map[string]any{"h": p.Hash.Hex(), "auth": authVars(good)}); len(res.Errors) > 0 {
		t.Fatalf("board approval: %+v", res.Errors)
	}

	// A consent signed by another key is rejected and nothing is recorded.
	refs, _ := a.vault.PatientRefs(ctx, 2)
	patient, impostor := token.StudyKey([]byte("patient master secret 0000000001"), 1), newKey()
	cons := marketplace.Consent{StudyID: 1, Participant: token.AddressOf(patient), Scope: scopeOf([]string{"DUO:0000006"}), Expiry: deadline + 86400}
	sig, err := token.SignDigest(impostor, token.ConsentDigest(dom, cons, 0, deadline))
	if err != nil {
		t.Fatal(err)
	}
	forged := marketplace.Auth{Signer: cons.Participant, Nonce: 0, Deadline: deadline, Signature: sig}
	optIn := `mutation($c: ConsentInput!, $ref: String!, $auth: AuthInput!) { optIn(consent: $c, patientRef: $ref, auth: $auth) }`
	cv := map[string]any{"studyId": "1", "participant": cons.Participant.Hex(), "scope": cons.Scope.Hex(), "expiry": fmt.Sprint(cons.Expiry)}
	if res = gc.do(optIn, map[string]any{"c": cv, "ref": refs[0], "auth": authVars(forged)}); res.code() != marketplace.EUNAUTHORIZED {
		t.Fatalf("forged consent: %+v", res.Errors)
	}
	if ok, _ := a.svc.Ledger.ConsentValid(ctx, 1, []marketplace.Address{cons.Participant}); ok[0] {
		t.Fatal("forged consent was recorded")
	}
	signed, _ := token.SignConsent(patient, dom, cons, 0, deadline)
	if res = gc.do(optIn, map[string]any{"c": cv, "ref": refs[0], "auth": authVars(signed)}); len(res.Errors) > 0 {
		t.Fatalf("opt in: %+v", res.Errors)
	}
	if ok, _ := a.svc.Ledger.ConsentValid(ctx, 1, []marketplace.Address{cons.Participant}); !ok[0] {
		t.Fatal("signed consent not recorded")
	}

	// Studies are listed through the API.
	res = gc.do(`{ studies { totalCount edges { node { id title status consents } } } }`, nil)
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data["studies"]), `"consents":1`) {
		t.Fatalf("studies: %s %+v", res.Data["studies"], res.Errors)
	}

	// Bodies over the limit and batches are refused; the server stays up.
	huge := `{"query":"{ studies { totalCount } }","variables":{"pad":"` + strings.Repeat("a", 1<<20) + `"}}`
	if r, err := http.Post(gc.url, "application/json", strings.NewReader(huge)); err != nil || r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("1 MB body: %v %v", err, r)
	}
	// Without a Content-Length the limit still holds while reading.
	pr, pw := io.Pipe()
	go func() { pw.Write([]byte(huge)); pw.Close() }()
	if r, err := http.Post(gc.url, "application/json", pr); err != nil || r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("1 MB streamed body: %v %v", err, r)
	}
	if r, err := http.Post(gc.url, "application/json", strings.NewReader(`[{"query":"{studies{totalCount}}"}]`)); err != nil || r.StatusCode != http.StatusBadRequest {
		t.Fatalf("batch: %v %v", err, r)
	}
	if res = gc.do(`{ studies { edges { node { plan { id } } } } }`, nil); len(res.Errors) > 0 {
		t.Fatalf("the server stopped answering: %+v", res.Errors)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func mustProtocol(t *testing.T, a *app) *marketplace.Protocol {
	t.Helper()
	reward, _ := new(big.Int).SetString("1000", 10)
	return &marketplace.Protocol{
		Title: "Mean HbA1c", Sponsor: "Test Sponsor", DataUse: []string{"DUO:0000006"},
		Eligibility: marketplace.Eligibility{MinAge: 18, MaxAge: 90},
		Plan:        []marketplace.Query{{ID: "n", Aggregate: "count", Epsilon: 0.5}},
		Budget:      marketplace.Budget{Epsilon: 1}, Mode: marketplace.ModeDP,
		RewardPerParticipant: reward, ParticipantCap: 10,
	}
}

// TestExternalChainRPC runs the marketplace against a node reached over HTTP JSON-RPC, the
// path a real network uses.
func TestExternalChainRPC(t *testing.T) {
	ctx := context.Background()
	nodeDir := t.TempDir()
	ext, err := token.OpenEmbedded(ctx, token.EmbeddedConfig{DataDir: nodeDir, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer ext.Close()
	c := testConfig(t)
	c.ChainRPC = ext.Node().HTTPEndpoint()
	c.OperatorKey = filepath.Join(nodeDir, "operator.key")
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if a.chain.Dev || a.svc.FaucetAmount != nil {
		t.Fatal("an external chain must not open the faucet")
	}
	rep, err := runDemo(ctx, a, demoOptions{OptIns: 30, Revokes: 3})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Participants != 27 || rep.Payouts.Recipients != 27 {
		t.Fatalf("over RPC: %d participants, %d paid; want 27", rep.Participants, rep.Payouts.Recipients)
	}
	// The study is on the node itself, visible to another client of it.
	n, err := ext.Node().Client().BlockNumber(ctx)
	if err != nil || n < 10 {
		t.Fatalf("node head %d (%v): the marketplace did not use it", n, err)
	}
}

// TestAnalysisIsIdempotent runs an analysis again, and again after a simulated crash between
// the on-chain debit and the local release mark: the same answers come back, the budget is
// debited once and nobody is paid twice.
func TestAnalysisIsIdempotent(t *testing.T) {
	ctx := context.Background()
	a, err := openApp(ctx, testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	p := demoProtocol()
	st, researcher := approvedStudy(t, a, p)
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	refs, _ := a.vault.PatientRefs(ctx, 12)
	for i, ref := range refs {
		k := token.StudyKey([]byte(fmt.Sprintf("test patient master secret %06d", i)), st.ID)
		c := marketplace.Consent{StudyID: st.ID, Participant: token.AddressOf(k), Scope: scopeOf(p.DataUse), Expiry: deadline + 1e6}
		auth, _ := token.SignConsent(k, dom, c, 0, deadline)
		if err := a.svc.OptIn(ctx, c, auth, ref); err != nil {
			t.Fatal(err)
		}
	}
	analyse := func() *marketplace.Analysis {
		t.Helper()
		auth, _ := token.SignRequest(researcher, dom, marketplace.ActionRunAnalysis, st.ID, randomNonce(), deadline)
		an, err := a.svc.RunAnalysis(ctx, st.ID, auth)
		if err != nil {
			t.Fatal(err)
		}
		return an
	}
	first := analyse()
	if first.Payout.Recipients != 12 {
		t.Fatalf("first run paid %d, want 12", first.Payout.Recipients)
	}
	// A replayed request signature is refused.
	replay, _ := token.SignRequest(researcher, dom, marketplace.ActionRunAnalysis, st.ID, 42, deadline)
	if _, err := a.svc.RunAnalysis(ctx, st.ID, replay); err != nil {
		t.Fatal(err)
	}
	if _, err := a.svc.RunAnalysis(ctx, st.ID, replay); marketplace.ErrorCode(err) != marketplace.ECONFLICT {
		t.Fatalf("replayed request: %v", err)
	}
	// Crash simulation: the chain debited the query but the release was never marked.
	r := first.Releases[1]
	pending := *r
	pending.Released = false
	if err := a.releases.PutRelease(ctx, &pending); err != nil {
		t.Fatal(err)
	}
	second := analyse()
	for i := range first.Releases {
		if first.Releases[i].Value != second.Releases[i].Value || first.Releases[i].ResultHash != second.Releases[i].ResultHash {
			t.Fatalf("query %s changed on a second run: %v -> %v", first.Releases[i].QueryID, first.Releases[i].Value, second.Releases[i].Value)
		}
	}
	if second.Payout.Recipients != 0 {
		t.Fatalf("second run paid %d again", second.Payout.Recipients)
	}
	after, _ := a.svc.Study(ctx, st.ID)
	var want uint64
	for _, q := range p.Plan {
		want += marketplace.EpsilonUnits(q.Epsilon)
	}
	if after.EpsilonSpent != want {
		t.Fatalf("spent %d units, want %d (each query once)", after.EpsilonSpent, want)
	}
	if after.Paid.Cmp(new(big.Int).Mul(p.RewardPerParticipant, big.NewInt(12))) != 0 {
		t.Fatalf("paid %s", after.Paid)
	}
}

// doAs sends a query with a session token.
func (c gqlClient) doAs(token, query string, vars map[string]any) (int, gqlResponse) {
	c.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", c.url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	var out gqlResponse
	json.NewDecoder(res.Body).Decode(&out)
	return res.StatusCode, out
}

// TestSignInAndPrivateDrafts signs two researchers in with SIWE through the API and checks
// that drafts are private, replayed sign-ins fail and bad tokens are refused.
func TestSignInAndPrivateDrafts(t *testing.T) {
	_, _, gc, _ := serveTest(t, 10)

	signIn := func(key *ecdsa.PrivateKey) (string, string, []byte) {
		res := gc.do(`query($a: String!) { signInChallenge(address: $a) }`, map[string]any{"a": token.AddressOf(key).Hex()})
		var msg string
		json.Unmarshal(res.Data["signInChallenge"], &msg)
		sig, _ := token.PersonalSign(key, msg)
		res = gc.do(`mutation($m: String!, $s: String!) { signIn(message: $m, signature: $s) { token address } }`,
			map[string]any{"m": msg, "s": fmt.Sprintf("0x%x", sig)})
		if len(res.Errors) > 0 {
			t.Fatalf("sign in: %+v", res.Errors)
		}
		var out struct{ Token, Address string }
		json.Unmarshal(res.Data["signIn"], &out)
		return out.Token, msg, sig
	}
	alice, bob := newKey(), newKey()
	aliceTok, msg, sig := signIn(alice)
	bobTok, _, _ := signIn(bob)

	// Replaying Alice's signed message does not open another session.
	res := gc.do(`mutation($m: String!, $s: String!) { signIn(message: $m, signature: $s) { token } }`,
		map[string]any{"m": msg, "s": fmt.Sprintf("0x%x", sig)})
	if res.code() != marketplace.EUNAUTHORIZED {
		t.Fatalf("replayed sign-in: %+v", res.Errors)
	}
	_, me := gc.doAs(aliceTok, `{ me { address roles } }`, nil)
	if !strings.Contains(string(me.Data["me"]), strings.ToLower(token.AddressOf(alice).Hex()[2:])) {
		t.Fatalf("me: %s", me.Data["me"])
	}

	// Alice saves a draft; Bob can neither read nor overwrite it; without a session nothing.
	_, res = gc.doAs(aliceTok, `mutation($in: StudyInput!) { saveDraft(input: $in) { id title } }`, map[string]any{"in": map[string]any{"title": "Unfinished idea"}})
	if len(res.Errors) > 0 {
		t.Fatalf("saveDraft: %+v", res.Errors)
	}
	var d struct{ ID, Title string }
	json.Unmarshal(res.Data["saveDraft"], &d)
	_, res = gc.doAs(bobTok, `query($id: ID!) { draft(id: $id) { document } }`, map[string]any{"id": d.ID})
	if res.code() != marketplace.EFORBIDDEN || strings.Contains(fmt.Sprint(res.Data), "Unfinished") {
		t.Fatalf("Bob read Alice's draft: %+v %s", res.Errors, res.Data["draft"])
	}
	_, res = gc.doAs(bobTok, `mutation($id: ID!) { saveDraft(id: $id, input: {title: "mine now"}) { id } }`, map[string]any{"id": d.ID})
	if res.code() != marketplace.EFORBIDDEN {
		t.Fatalf("Bob overwrote Alice's draft: %+v", res.Errors)
	}
	_, res = gc.doAs(aliceTok, `query($id: ID!) { draft(id: $id) { title } drafts { id } }`, map[string]any{"id": d.ID})
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data["draft"]), "Unfinished idea") {
		t.Fatalf("Alice's own draft: %+v %s", res.Errors, res.Data["draft"])
	}
	if res = gc.do(`{ drafts { id } }`, nil); res.code() != marketplace.EUNAUTHORIZED {
		t.Fatalf("drafts without a session: %+v", res.Errors)
	}
	if status, res := gc.doAs("not-a-token", `{ studies { totalCount } }`, nil); status != http.StatusUnauthorized || res.code() != marketplace.EUNAUTHORIZED {
		t.Fatalf("bad token: %d %+v", status, res.Errors)
	}
	// Sign-out ends the session.
	gc.doAs(aliceTok, `mutation { signOut }`, nil)
	if status, _ := gc.doAs(aliceTok, `{ drafts { id } }`, nil); status != http.StatusUnauthorized {
		t.Fatalf("session alive after sign-out: %d", status)
	}
}

// TestStudiesPagination pages through studies with Relay cursors.
func TestStudiesPagination(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := testConfig(t)
	c.Patients = 10
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	researcher := newKey()
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	for i := 0; i < 5; i++ {
		p := mustProtocol(t, a)
		p.Title = fmt.Sprintf("Study number %d", i+1)
		prep, _ := a.svc.PrepareStudy(p)
		auth, _ := token.SignRegister(researcher, dom, prep.Registration, uint64(i), deadline)
		if _, err := a.svc.PostStudy(ctx, p, auth); err != nil {
			t.Fatal(err)
		}
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go serve(ctx, a, ln, io.Discard, c)
	gc := gqlClient{t, "http://" + ln.Addr().String() + "/graphql"}
	var ids []string
	var after any
	for page := 0; page < 5; page++ {
		res := gc.do(`query($after: String) { studies(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, map[string]any{"after": after})
		if len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		var conn struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
		}
		json.Unmarshal(res.Data["studies"], &conn)
		if conn.TotalCount != 5 {
			t.Fatalf("totalCount %d", conn.TotalCount)
		}
		for _, e := range conn.Edges {
			ids = append(ids, e.Node.ID)
		}
		if !conn.PageInfo.HasNextPage {
			break
		}
		after = conn.PageInfo.EndCursor
	}
	if strings.Join(ids, ",") != "5,4,3,2,1" {
		t.Fatalf("pages gave %v, want 5,4,3,2,1", ids)
	}
	if res := gc.do(`{ studies(after: "bogus") { totalCount } }`, nil); res.code() != marketplace.EINVALID || res.Errors[0].Extensions["field"] != "after" {
		t.Fatalf("bad cursor: %+v", res.Errors)
	}
	if res := gc.do(`{ studies(first: 1000) { totalCount } }`, nil); res.code() != marketplace.EINVALID {
		t.Fatalf("page of 1000: %+v", res.Errors)
	}
}

// TestSubscriptionStudyChanged subscribes over websocket (graphql-ws) and sees a study being
// registered and approved.
func TestSubscriptionStudyChanged(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := testConfig(t)
	c.Patients = 10
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go serve(ctx, a, ln, io.Discard, c)
	dialer := websocket.Dialer{Subprotocols: []string{"graphql-ws"}}
	conn, _, err := dialer.Dial("ws://"+ln.Addr().String()+"/graphql", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{}})
	conn.WriteJSON(map[string]any{"id": "1", "type": "start", "payload": map[string]any{"query": `subscription { studyChanged { studyId kind status } }`}})
	// Wait for the acknowledgement, then act.
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	for {
		var m map[string]any
		if err := conn.ReadJSON(&m); err != nil {
			t.Fatal(err)
		}
		if m["type"] == "connection_ack" {
			break
		}
	}
	researcher, board := newKey(), newKey()
	a.chain.AddEthicsBoard(ctx, token.AddressOf(board))
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	p := mustProtocol(t, a)
	prep, _ := a.svc.PrepareStudy(p)
	auth, _ := token.SignRegister(researcher, dom, prep.Registration, 0, deadline)
	time.Sleep(100 * time.Millisecond) // let the subscription register before the first event
	st, err := a.svc.PostStudy(ctx, p, auth)
	if err != nil {
		t.Fatal(err)
	}
	auth, _ = token.SignApprove(board, dom, st.ID, st.ProtocolHash, 0, deadline)
	if _, err := a.svc.ApproveStudy(ctx, st.ID, st.ProtocolHash, auth); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for len(kinds) < 2 {
		var m struct {
			Type    string
			Payload struct {
				Data struct {
					StudyChanged struct{ StudyId, Kind, Status string }
				}
			}
		}
		if err := conn.ReadJSON(&m); err != nil {
			t.Fatalf("after %v: %v", kinds, err)
		}
		if m.Type != "data" {
			continue
		}
		ev := m.Payload.Data.StudyChanged
		if ev.StudyId != fmt.Sprint(st.ID) {
			t.Fatalf("event for study %s", ev.StudyId)
		}
		kinds = append(kinds, ev.Kind+"/"+ev.Status)
	}
	if strings.Join(kinds, ",") != "REGISTERED/REGISTERED,APPROVED/RECRUITING" {
		t.Fatalf("events %v", kinds)
	}
}

// TestRegistrationThroughAPI posts a study with WHO registration items through GraphQL and
// reads it back as FHIR, with bad items named.
func TestRegistrationThroughAPI(t *testing.T) {
	_, a, gc, _ := serveTest(t, 10)
	in := studyVars()
	in["scientificTitle"] = "Glycated haemoglobin in adults with type 2 diabetes: a retrospective cohort"
	in["conditions"] = []map[string]any{{"system": "icd-10", "code": "E11", "text": "Type 2 diabetes mellitus"}}
	in["primaryOutcomes"] = []map[string]any{{"measure": "Number of eligible adults", "timeFrame": "at data access", "queries": []string{"n"}}}
	in["countries"] = []string{"NL", "DE"}
	in["startDate"], in["endDate"] = "2027-01-01", "2027-12-31"
	in["publicContact"] = map[string]any{"name": "Study Office", "email": "office@example.org"}

	bad := map[string]any{}
	for k, v := range in {
		bad[k] = v
	}
	bad["endDate"] = "2026-01-01"
	res := gc.do(`query($in: StudyInput!) { prepareStudy(input: $in) { protocolHash } }`, map[string]any{"in": bad})
	if res.code() != marketplace.EINVALID || res.Errors[0].Extensions["field"] != "endDate" {
		t.Fatalf("end before start: %+v", res.Errors)
	}
	res = gc.do(`query($in: StudyInput!) { prepareStudy(input: $in) { protocolHash epsilonBudget deltaBudget rewardPerParticipant participantCap } }`, map[string]any{"in": in})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	var prep struct{ ProtocolHash string }
	json.Unmarshal(res.Data["prepareStudy"], &prep)
	h, _ := marketplace.ParseHash("h", prep.ProtocolHash)
	researcher := newKey()
	auth, _ := token.SignRegister(researcher, a.svc.Ledger.Domain(), marketplace.Registration{
		ProtocolHash: h, EpsilonBudget: 1_000_000, DeltaBudget: 0, RewardPerParticipant: big.NewInt(1000), ParticipantCap: 10,
	}, 0, uint64(time.Now().Add(time.Hour).Unix()))
	res = gc.do(postStudy, map[string]any{"input": in, "auth": authVars(auth)})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	res = gc.do(`{ study(id: "1") { scientificTitle conditions countries registryGaps fhirResearchStudy } }`, nil)
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	var st struct {
		ScientificTitle   string
		Conditions        []string
		Countries         []string
		FhirResearchStudy string
	}
	json.Unmarshal(res.Data["study"], &st)
	var fhir map[string]any
	if err := json.Unmarshal([]byte(st.FhirResearchStudy), &fhir); err != nil || fhir["resourceType"] != "ResearchStudy" || fhir["status"] != "in-review" {
		t.Fatalf("FHIR export: %v %v", err, st.FhirResearchStudy)
	}
	if !strings.Contains(st.FhirResearchStudy, "http://hl7.org/fhir/sid/icd-10") || len(st.Countries) != 2 || !strings.HasPrefix(st.ScientificTitle, "Glycated") {
		t.Fatalf("registration items lost: %+v", st)
	}
}

// TestAuditCatchesTampering audits a finished study through the API, then tampers with the
// stored protocol document and a stored release behind the operator's back: the audit says so.
func TestAuditCatchesTampering(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := testConfig(t)
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := runDemo(ctx, a, demoOptions{OptIns: 12, Revokes: 2})
	if err != nil {
		t.Fatal(err)
	}
	audit, err := a.svc.AuditStudy(ctx, rep.StudyID)
	if err != nil {
		t.Fatal(err)
	}
	if !audit.OK || !audit.ProtocolVerified || len(audit.Releases) != len(rep.Releases) {
		t.Fatalf("honest study fails its audit: %+v", audit)
	}
	for _, r := range audit.Releases {
		if !r.PreRegistered || !r.Anchored || !r.HashMatches {
			t.Fatalf("release check failed: %+v", r)
		}
	}
	kinds := map[string]int{}
	consents, payees := 0, 0
	for _, e := range audit.Timeline {
		kinds[e.Kind]++
		switch e.Kind {
		case "CONSENTS":
			consents += e.Count
		case "PAID":
			payees += e.Count
		}
	}
	if kinds["REGISTERED"] != 1 || kinds["APPROVED"] != 1 || kinds["RELEASE"] != len(rep.Releases) || kinds["FUNDED"] != 1 || kinds["REFUNDED"] != 1 {
		t.Fatalf("timeline: %v", kinds)
	}
	if consents != rep.OptedIn || payees != rep.Participants {
		t.Fatalf("timeline counts %d consents and %d payees, want %d and %d", consents, payees, rep.OptedIn, rep.Participants)
	}
	st, _ := a.svc.Study(ctx, rep.StudyID)
	rel, _ := a.releases.GetRelease(ctx, rep.StudyID, rep.Releases[0].Query)
	a.Close()

	// Tamper: one word of the protocol document, and one released value.
	db, err := bolt.Open(filepath.Join(c.DataDir, "documents.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("protocols"))
		doc := b.Get(st.ProtocolHash[:])
		return b.Put(st.ProtocolHash[:], bytes.Replace(doc, []byte("40"), []byte("18"), 1))
	})
	db.Close()
	a, err = openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	rel.Value += 1
	a.releases.PutRelease(ctx, rel)

	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go serve(ctx, a, ln, io.Discard, c)
	gc := gqlClient{t, "http://" + ln.Addr().String() + "/graphql"}
	res := gc.do(fmt.Sprintf(`{ audit(studyId: "%d") { ok protocolVerified problems releases { query hashMatches } json } }`, rep.StudyID), nil)
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	var got struct {
		OK               bool
		ProtocolVerified bool
		Problems         []string
		JSON             string
	}
	json.Unmarshal(res.Data["audit"], &got)
	joined := strings.Join(got.Problems, "\n")
	if got.OK || got.ProtocolVerified || !strings.Contains(joined, "does not match the on-chain hash") || !strings.Contains(joined, "no longer hashes") {
		t.Fatalf("tampering not caught: %+v", got)
	}
	if !strings.Contains(got.JSON, `"protocolVerified": false`) {
		t.Fatalf("export lacks the verdict: %s", got.JSON)
	}
}

// approvedStudy posts, funds and approves p through the service, leaving it open.
func approvedStudy(t *testing.T, a *app, p *marketplace.Protocol) (*marketplace.Study, *ecdsa.PrivateKey) {
	t.Helper()
	ctx := context.Background()
	researcher, board := newKey(), newKey()
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	if err := a.chain.AddEthicsBoard(ctx, token.AddressOf(board)); err != nil {
		t.Fatal(err)
	}
	if err := a.svc.Ledger.Mint(ctx, token.AddressOf(researcher), p.Escrow()); err != nil {
		t.Fatal(err)
	}
	prep, err := a.svc.PrepareStudy(p)
	if err != nil {
		t.Fatal(err)
	}
	auth, _ := token.SignRegister(researcher, dom, prep.Registration, 0, deadline)
	st, err := a.svc.PostStudy(ctx, p, auth)
	if err != nil {
		t.Fatal(err)
	}
	auth, _ = token.SignPermit(researcher, dom, p.Escrow(), 0, deadline)
	if _, err := a.svc.FundStudy(ctx, st.ID, nil, auth); err != nil {
		t.Fatal(err)
	}
	auth, _ = token.SignApprove(board, dom, st.ID, st.ProtocolHash, 0, deadline)
	if st, err = a.svc.ApproveStudy(ctx, st.ID, st.ProtocolHash, auth); err != nil {
		t.Fatal(err)
	}
	return st, researcher
}

// TestMatchingStudies offers approved studies by the patient's DUO preferences.
func TestMatchingStudies(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := testConfig(t)
	c.Patients = 10
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	hmb := demoProtocol() // DUO:0000006 HMB with DUO:0000019 publication required
	st, _ := approvedStudy(t, a, hmb)
	commercialAncestry := demoProtocol()
	commercialAncestry.Title = "Ancestry and BMI"
	commercialAncestry.DataUse = []string{"DUO:0000011"}
	anc, _ := approvedStudy(t, a, commercialAncestry)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go serve(ctx, a, ln, io.Discard, c)
	gc := gqlClient{t, "http://" + ln.Addr().String() + "/graphql"}
	match := func(perm []string, req []string) []string {
		res := gc.do(`query($p: ConsentPreferencesInput!) { matchingStudies(preferences: $p) { id } }`,
			map[string]any{"p": map[string]any{"permitted": perm, "required": req}})
		if len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		var list []struct{ ID string }
		json.Unmarshal(res.Data["matchingStudies"], &list)
		var ids []string
		for _, s := range list {
			ids = append(ids, s.ID)
		}
		return ids
	}
	both := fmt.Sprintf("%d,%d", anc.ID, st.ID)
	if got := strings.Join(match([]string{"DUO:0000042"}, nil), ","); got != both {
		t.Errorf("GRU patient offered %q, want %q", got, both)
	}
	if got := strings.Join(match([]string{"DUO:0000006"}, nil), ","); got != fmt.Sprint(st.ID) {
		t.Errorf("HMB patient offered %q", got)
	}
	if got := match([]string{"DUO:0000007"}, nil); len(got) != 0 {
		t.Errorf("DS-only patient offered %v", got)
	}
	if got := strings.Join(match([]string{"DUO:0000004"}, []string{"DUO:0000044"}), ","); got != fmt.Sprint(st.ID) {
		t.Errorf("patient prohibiting ancestry research offered %q", got)
	}
	res := gc.do(`{ matchingStudies(preferences: {permitted: ["DUO:0000046"]}) { id } }`, nil)
	if res.code() != marketplace.EINVALID || res.Errors[0].Extensions["field"] != "preferences.permitted[0]" {
		t.Errorf("bad preferences: %+v", res.Errors)
	}
}

// signInAs opens a session for key through the API.
func (c gqlClient) signInAs(key *ecdsa.PrivateKey) string {
	c.t.Helper()
	tok, err := apiSignIn(c.url, key)
	if err != nil {
		c.t.Fatalf("sign in: %v", err)
	}
	return tok
}

// TestReleaseValuesByRole shows released values to the researcher only.
func TestReleaseValuesByRole(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := testConfig(t)
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	p := demoProtocol()
	st, researcher := approvedStudy(t, a, p)
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	refs, _ := a.vault.PatientRefs(ctx, 5)
	var first marketplace.Address
	for i, ref := range refs {
		k := token.StudyKey([]byte(fmt.Sprintf("role test patient secret %06d", i)), st.ID)
		if i == 0 {
			first = token.AddressOf(k)
		}
		cons := marketplace.Consent{StudyID: st.ID, Participant: token.AddressOf(k), Scope: scopeOf(p.DataUse), Expiry: deadline + 1e6}
		auth, _ := token.SignConsent(k, dom, cons, 0, deadline)
		if err := a.svc.OptIn(ctx, cons, auth, ref); err != nil {
			t.Fatal(err)
		}
	}
	auth, _ := token.SignRequest(researcher, dom, marketplace.ActionRunAnalysis, st.ID, 1, deadline)
	if _, err := a.svc.RunAnalysis(ctx, st.ID, auth); err != nil {
		t.Fatal(err)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go serve(ctx, a, ln, io.Discard, c)
	gc := gqlClient{t, "http://" + ln.Addr().String() + "/graphql"}
	q := fmt.Sprintf(`{ releases(studyId: "%d") { query value epsilon resultHash } }`, st.ID)
	values := func(tok string) (shown, total int) {
		_, res := gc.doAs(tok, q, nil)
		if len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		var rels []struct {
			Value      *float64
			ResultHash string
		}
		json.Unmarshal(res.Data["releases"], &rels)
		for _, r := range rels {
			if r.Value != nil {
				shown++
			}
			if r.ResultHash == "" {
				t.Fatal("result hash hidden")
			}
		}
		return shown, len(rels)
	}
	if shown, total := values(""); shown != 0 || total != len(p.Plan) {
		t.Fatalf("anonymous sees %d of %d values", shown, total)
	}
	if shown, _ := values(gc.signInAs(newKey())); shown != 0 {
		t.Fatalf("a stranger sees %d values", shown)
	}
	if shown, total := values(gc.signInAs(researcher)); shown != total || total == 0 {
		t.Fatalf("the researcher sees %d of %d values", shown, total)
	}

	// The patient sees each computation that read their record, and their reward.
	res := gc.do(`query($ref: String!, $p: [String!]) { myData(patientRef: $ref, participants: $p) { accesses { studyId query queryHash } rewards { participant balance } } }`,
		map[string]any{"ref": refs[0], "p": []string{first.Hex()}})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	var mine struct {
		Accesses []struct{ StudyId, Query, QueryHash string }
		Rewards  []struct{ Participant, Balance string }
	}
	json.Unmarshal(res.Data["myData"], &mine)
	if len(mine.Accesses) != len(p.Plan) || mine.Accesses[0].StudyId != fmt.Sprint(st.ID) {
		t.Fatalf("access log: %+v", mine.Accesses)
	}
	if len(mine.Rewards) != 1 || mine.Rewards[0].Balance != p.RewardPerParticipant.String() {
		t.Fatalf("rewards: %+v", mine.Rewards)
	}
	if res := gc.do(`{ myData(patientRef: "00000000000000000000000000000000") { accesses { studyId } } }`, nil); res.code() != marketplace.ENOTFOUND {
		t.Fatalf("unknown patient: %+v", res.Errors)
	}
}

// TestBenchAPIRuns runs the API benchmark small, so the command keeps working.
func TestBenchAPIRuns(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"bench", "api", "--studies", "3", "--requests", "60", "--rounds", "1", "--json"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var res struct {
		Overhead  float64
		Medmarket struct{ RPS float64 }
		Bare      struct{ RPS float64 }
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil || res.Overhead <= 0 || res.Medmarket.RPS <= 0 || res.Bare.RPS <= 0 {
		t.Fatalf("bench api output: %v %s", err, out.String())
	}
}

// TestEthicsReviewThroughAPI walks the review flow: queue, request changes, amendment with its
// diff, rejection rules, approval with conditions, suspension, and role management by an admin.
func TestEthicsReviewThroughAPI(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := testConfig(t)
	c.Patients = 10
	admin := newKey()
	c.Admins = []marketplace.Address{token.AddressOf(admin)}
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go serve(ctx, a, ln, io.Discard, c)
	gc := gqlClient{t, "http://" + ln.Addr().String() + "/graphql"}
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	researcher, board, stranger := newKey(), newKey(), newKey()

	// The admin grants the board its role through the API; a stranger cannot.
	if _, res := gc.doAs(gc.signInAs(stranger), `mutation($a: String!) { setEthicsBoard(address: $a, grant: true) }`, map[string]any{"a": token.AddressOf(stranger).Hex()}); res.code() != marketplace.EFORBIDDEN {
		t.Fatalf("stranger granted a role: %+v", res.Errors)
	}
	if _, res := gc.doAs(gc.signInAs(admin), `mutation($a: String!) { setEthicsBoard(address: $a, grant: true) }`, map[string]any{"a": token.AddressOf(board).Hex()}); len(res.Errors) > 0 {
		t.Fatalf("admin grant: %+v", res.Errors)
	}
	boardTok := gc.signInAs(board)

	p := mustProtocol(t, a)
	p.ProtocolVersion = "1.0"
	prep, _ := a.svc.PrepareStudy(p)
	auth, _ := token.SignRegister(researcher, dom, prep.Registration, 0, deadline)
	st, err := a.svc.PostStudy(ctx, p, auth)
	if err != nil {
		t.Fatal(err)
	}
	queue := func(tok string) gqlResponse {
		_, res := gc.doAs(tok, `{ reviewQueue { study { id status protocolHash } amendmentDiff { path old new } amendmentDiffText decisions { outcome rationale } } }`, nil)
		return res
	}
	if res := queue(gc.signInAs(stranger)); res.code() != marketplace.EFORBIDDEN {
		t.Fatalf("a stranger read the review queue: %+v", res.Errors)
	}
	if res := queue(boardTok); len(res.Errors) > 0 || !strings.Contains(string(res.Data["reviewQueue"]), st.ProtocolHash.Hex()) {
		t.Fatalf("queue: %s %+v", res.Data["reviewQueue"], res.Errors)
	}
	review := `mutation($id: ID!, $h: String!, $o: String!, $r: String, $c: [String!], $auth: AuthInput!) {
		reviewStudy(studyId: $id, protocolHash: $h, outcome: $o, rationale: $r, conditions: $c, auth: $auth) { status } }`
	id := fmt.Sprint(st.ID)

	// The board asks for changes (off-chain, signed request).
	req, _ := token.SignRequest(board, dom, marketplace.ActionRequestChanges, st.ID, 7, deadline)
	if res := gc.do(review, map[string]any{"id": id, "h": st.ProtocolHash.Hex(), "o": "REQUEST_CHANGES", "r": "Narrow the age range to adults over 40.", "auth": authVars(req)}); len(res.Errors) > 0 {
		t.Fatalf("request changes: %+v", res.Errors)
	}
	// The researcher amends: a new version that may not touch the budget.
	amend := `mutation($id: ID!, $in: StudyInput!, $auth: AuthInput!) { amendStudy(studyId: $id, input: $in, auth: $auth) { status protocolHash } }`
	in := studyVars()
	in["protocolVersion"] = "1.1"
	in["eligibility"] = map[string]any{"minAge": 40, "maxAge": 90}
	in["amends"] = st.ProtocolHash.Hex()
	bad := map[string]any{}
	for k, v := range in {
		bad[k] = v
	}
	bad["budget"] = map[string]any{"epsilon": 2.0}
	n, _ := a.svc.Ledger.Nonces(ctx, token.AddressOf(researcher))
	amended := mustProtocol(t, a)
	amended.ProtocolVersion, amended.Eligibility.MinAge, amended.Amends = "1.1", 40, st.ProtocolHash.Hex()
	aprep, err := a.svc.PrepareStudy(amended)
	if err != nil {
		t.Fatal(err)
	}
	aauth, _ := token.SignAmend(researcher, dom, st.ID, aprep.Hash, n.Registry, deadline)
	if res := gc.do(amend, map[string]any{"id": id, "in": bad, "auth": authVars(aauth)}); res.code() != marketplace.EINVALID || res.Errors[0].Extensions["field"] != "budget" {
		t.Fatalf("amendment changing the budget: %+v", res.Errors)
	}
	if res := gc.do(amend, map[string]any{"id": id, "in": in, "auth": authVars(aauth)}); len(res.Errors) > 0 {
		t.Fatalf("amend: %+v", res.Errors)
	}
	res := queue(boardTok)
	var items []struct {
		AmendmentDiff     []struct{ Path, Old, New string }
		AmendmentDiffText string
		Decisions         []struct{ Outcome string }
	}
	json.Unmarshal(res.Data["reviewQueue"], &items)
	if len(items) != 1 || len(items[0].Decisions) != 1 || !strings.Contains(items[0].AmendmentDiffText, "eligibility.minAge") {
		t.Fatalf("amendment in queue: %+v %+v", items, res.Errors)
	}

	// Rejecting needs a rationale; approving the superseded version is refused.
	bn, _ := a.svc.Ledger.Nonces(ctx, token.AddressOf(board))
	rej, _ := token.SignReject(board, dom, st.ID, aprep.Hash, bn.Registry, deadline)
	if res := gc.do(review, map[string]any{"id": id, "h": aprep.Hash.Hex(), "o": "REJECT", "auth": authVars(rej)}); res.code() != marketplace.EINVALID || res.Errors[0].Extensions["field"] != "rationale" {
		t.Fatalf("reject without rationale: %+v", res.Errors)
	}
	old, _ := token.SignApprove(board, dom, st.ID, st.ProtocolHash, bn.Registry, deadline)
	if res := gc.do(review, map[string]any{"id": id, "h": st.ProtocolHash.Hex(), "o": "APPROVE", "auth": authVars(old)}); res.code() == "" {
		t.Fatal("approval of the superseded protocol accepted")
	}
	ok, _ := token.SignApprove(board, dom, st.ID, aprep.Hash, bn.Registry, deadline)
	res = gc.do(review, map[string]any{"id": id, "h": aprep.Hash.Hex(), "o": "APPROVE", "c": []string{"Report results to the committee"}, "auth": authVars(ok)})
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data["reviewStudy"]), "RECRUITING") {
		t.Fatalf("approve: %s %+v", res.Data["reviewStudy"], res.Errors)
	}
	// Suspension by the board stops recruitment.
	bn, _ = a.svc.Ledger.Nonces(ctx, token.AddressOf(board))
	sus, _ := token.SignSuspend(board, dom, st.ID, true, bn.Registry, deadline)
	res = gc.do(`mutation($id: ID!, $auth: AuthInput!) { suspendStudy(studyId: $id, suspend: true, auth: $auth) { status } }`, map[string]any{"id": id, "auth": authVars(sus)})
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data["suspendStudy"]), "SUSPENDED") {
		t.Fatalf("suspend: %s %+v", res.Data["suspendStudy"], res.Errors)
	}
	k := token.StudyKey([]byte("review test patient master secret"), st.ID)
	cons := marketplace.Consent{StudyID: st.ID, Participant: token.AddressOf(k), Scope: scopeOf(p.DataUse), Expiry: deadline + 1e6}
	cauth, _ := token.SignConsent(k, dom, cons, 0, deadline)
	refs, _ := a.vault.PatientRefs(ctx, 1)
	if err := a.svc.OptIn(ctx, cons, cauth, refs[0]); marketplace.ErrorCode(err) != marketplace.EFORBIDDEN {
		t.Fatalf("opt-in to a suspended study: %v", err)
	}
	res = gc.do(fmt.Sprintf(`{ study(id: "%d") { decisions { outcome rationale conditions board } } }`, st.ID), nil)
	if !strings.Contains(string(res.Data["study"]), "REQUEST_CHANGES") || !strings.Contains(string(res.Data["study"]), "Report results to the committee") {
		t.Fatalf("decisions: %s", res.Data["study"])
	}
}

// TestRolesTable checks, for each role, what the API allows on the fields that depend on who
// asks.
func TestRolesTable(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := testConfig(t)
	c.Patients = 10
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	st, researcher := approvedStudy(t, a, mustProtocol(t, a))
	board := newKey()
	a.chain.AddEthicsBoard(ctx, token.AddressOf(board))
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	refs, _ := a.vault.PatientRefs(ctx, 1)
	k := token.StudyKey([]byte("roles table patient master secret"), st.ID)
	cons := marketplace.Consent{StudyID: st.ID, Participant: token.AddressOf(k), Scope: scopeOf([]string{"DUO:0000006"}), Expiry: deadline + 1e6}
	cauth, _ := token.SignConsent(k, dom, cons, 0, deadline)
	if err := a.svc.OptIn(ctx, cons, cauth, refs[0]); err != nil {
		t.Fatal(err)
	}
	req, _ := token.SignRequest(researcher, dom, marketplace.ActionRunAnalysis, st.ID, 3, deadline)
	if _, err := a.svc.RunAnalysis(ctx, st.ID, req); err != nil {
		t.Fatal(err)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go serve(ctx, a, ln, io.Discard, c)
	gc := gqlClient{t, "http://" + ln.Addr().String() + "/graphql"}
	tokens := map[string]string{"anonymous": "", "stranger": gc.signInAs(newKey()), "researcher": gc.signInAs(researcher), "board": gc.signInAs(board)}
	values := fmt.Sprintf(`{ releases(studyId: "%d") { value } }`, st.ID)
	// want: "" = allowed, a code = refused with it; "value" / "null" for the release value.
	table := []struct {
		query string
		want  map[string]string
	}{
		{`{ drafts { id } }`, map[string]string{"anonymous": "EUNAUTHORIZED", "stranger": "", "researcher": "", "board": ""}},
		{`{ reviewQueue { study { id } } }`, map[string]string{"anonymous": "EUNAUTHORIZED", "stranger": "EFORBIDDEN", "researcher": "EFORBIDDEN", "board": ""}},
		{`mutation { setEthicsBoard(address: "0x0000000000000000000000000000000000000001", grant: true) }`, map[string]string{"anonymous": "EUNAUTHORIZED", "stranger": "EFORBIDDEN", "researcher": "EFORBIDDEN", "board": "EFORBIDDEN"}},
		{values, map[string]string{"anonymous": "null", "stranger": "null", "researcher": "value", "board": "value"}},
		{`{ studies { totalCount } }`, map[string]string{"anonymous": "", "stranger": "", "researcher": "", "board": ""}},
	}
	for _, row := range table {
		for role, want := range row.want {
			_, res := gc.doAs(tokens[role], row.query, nil)
			got := res.code()
			if row.query == values && got == "" {
				got = "value"
				if strings.Contains(string(res.Data["releases"]), `"value":null`) {
					got = "null"
				}
			}
			if got != want {
				t.Errorf("%s as %s: got %q, want %q (%+v)", row.query, role, got, want, res.Errors)
			}
		}
	}
}

// serveTest opens an app on a temporary data directory with the given number of synthetic
// patients and serves it on a loopback port until the test ends.
func serveTest(t *testing.T, patients int) (context.Context, *app, gqlClient, config) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	c := testConfig(t)
	c.Patients = patients
	a, err := openApp(ctx, c)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	t.Cleanup(cancel) // runs first: the server stops before the app closes
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go serve(ctx, a, ln, io.Discard, c)
	return ctx, a, gqlClient{t, "http://" + ln.Addr().String() + "/graphql"}, c
}
