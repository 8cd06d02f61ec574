package main

// Browser tests: headless Chromium, driven with chromedp, against the real server (serve on
// port 0 over a fresh data directory) — each role's journey through the web UI, the bad inputs,
// and the JavaScript study-key derivation against token.StudyKey. Screenshots of each page go
// to $MEDMARKET_ARTIFACTS, or testdata/artifacts (ignored by git).

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token"
)

// chromiumPath finds the browser. With MEDMARKET_BROWSER_TESTS=require (scripts/test.sh sets
// it) a missing browser fails the test instead of skipping it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("MEDMARKET_CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	if os.Getenv("MEDMARKET_BROWSER_TESTS") == "require" || os.Getenv("CI") != "" {
		t.Fatal("Chromium is not installed (apt-get install chromium); the browser tests are required")
	}
	t.Skip("Chromium not found; install it (apt-get install chromium) or run ./scripts/test.sh")
	return ""
}

func artifactsDir(t *testing.T) string {
	dir := os.Getenv("MEDMARKET_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("testdata", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(dir)
	return abs
}

// browserT drives one browser tab against the served UI.
type browserT struct {
	t         *testing.T
	ctx       context.Context
	base      string
	artifacts string
	mu        sync.Mutex
	errors    []string
}

func newBrowser(t *testing.T, parent context.Context, base, artifacts string) *browserT {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1280, 900),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(parent, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	b := &browserT{t: t, ctx: ctx, base: base, artifacts: artifacts}
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: artifacts,
	}); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	b.listen()
	return b
}

// tab opens another tab in a fresh browser context (its own localStorage).
func (b *browserT) tab() *browserT {
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	b.t.Cleanup(cancel)
	nb := &browserT{t: b.t, ctx: ctx, base: b.base, artifacts: b.artifacts}
	if err := chromedp.Do(ctx); err != nil {
		b.t.Fatal(err)
	}
	nb.listen()
	return nb
}

// listen records uncaught exceptions and console errors: a page must never break silently.
func (b *browserT) listen() {
	messages := chromedp.Console(b.ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == chromedp.ConsoleError {
				b.mu.Lock()
				b.errors = append(b.errors, m.String()+" "+m.URL)
				b.mu.Unlock()
			}
		}
	}()
}

func (b *browserT) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 45*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.failShot(what)
		b.mu.Lock()
		logged := strings.Join(b.errors, "\n")
		b.mu.Unlock()
		b.t.Fatalf("%s: %v\npage text:\n%s\nconsole errors:\n%s", what, err, b.text(), logged)
	}
}

func (b *browserT) text() string {
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	s, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ''`))
	return s
}

func (b *browserT) failShot(what string) {
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	if buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		os.WriteFile(filepath.Join(b.artifacts, "FAILED-"+strings.NewReplacer(" ", "-", "/", "_", "#", "").Replace(what)+".png"), buf, 0o644)
	}
}

func (b *browserT) open(path string) {
	b.t.Helper()
	// Through about:blank, so that a change of the hash alone still loads the page afresh.
	b.run("open "+path, chromedp.Navigate("about:blank"), chromedp.Navigate(b.base+path), chromedp.WaitReady(chromedp.CSS("body")))
}

func (b *browserT) click(sel string) {
	b.t.Helper()
	q := chromedp.CSS(sel)
	b.run("click "+sel, chromedp.WaitVisible(q), chromedp.WaitEnabled(q), chromedp.Click(q))
}

// fill replaces the value of an input with text typed as keys.
func (b *browserT) fill(sel, text string) {
	b.t.Helper()
	q := chromedp.CSS(sel)
	clear := fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.focus(); e.value = ''; e.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`, sel)
	b.run("fill "+sel, chromedp.WaitVisible(q), chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Evaluate[bool](clear)(ctx, t)
		return err
	}), chromedp.SendKeys(q, text))
}

// waitText waits until the element holds text.
func (b *browserT) waitText(sel, text string) {
	b.t.Helper()
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && e.textContent.includes(%q); })()`, sel, text)
	what := fmt.Sprintf("wait for %q in %s", text, sel)
	b.run(what, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[bool](js, chromedp.WithPollingTimeout(40*time.Second))(ctx, t)
		return err
	}))
}

// evalJS evaluates js in the page (awaiting a promise) and decodes its value.
func evalJS[T any](b *browserT, js string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// shot writes a screenshot of the whole page as an artifact.
func (b *browserT) shot(name string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	chromedp.Do(ctx, chromedp.Sleep(150*time.Millisecond))
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(b.artifacts, name+".png"), buf, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// checkLabels fails when a visible form control has no accessible name.
func (b *browserT) checkLabels(where string) {
	b.t.Helper()
	unlabelled := evalJS[[]string](b, `[...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter((e) => e.offsetParent !== null &&
		!(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map((e) => e.id || e.name || e.outerHTML.slice(0, 60))`)
	if len(unlabelled) > 0 {
		b.t.Errorf("%s: form controls without a label: %v", where, unlabelled)
	}
}

func (b *browserT) noErrors() {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.errors) > 0 {
		b.t.Errorf("the pages logged errors:\n%s", strings.Join(b.errors, "\n"))
	}
	b.errors = nil
}

// waitFile waits for a download to land.
func waitFile(t *testing.T, path string) []byte {
	t.Helper()
	for i := 0; i < 100; i++ {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no download at %s", path)
	return nil
}

func keyFromHex(t *testing.T, s string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatalf("key %q: %v", s, err)
	}
	return k
}

func hexKey(k *ecdsa.PrivateKey) string { return hex.EncodeToString(crypto.FromECDSA(k)) }

// TestBrowserJourneys walks every role through the UI in a real browser against a real server.
func TestBrowserJourneys(t *testing.T) {
	started := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := testConfig(t)
	c.Patients = 300
	a, err := openApp(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	board := newKey()
	if err := a.chain.AddEthicsBoard(ctx, token.AddressOf(board)); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go serve(ctx, a, ln, io.Discard, c)
	base := "http://" + ln.Addr().String()
	art := artifactsDir(t)
	b := newBrowser(t, ctx, base, art)
	dom := a.svc.Ledger.Domain()
	later := uint64(time.Now().Add(time.Hour).Unix())

	// The JavaScript study-key derivation agrees with token.StudyKey (known vector: master
	// 0x00..1f, studies 1, 7 and 123456).
	b.open("/patient")
	master := make([]byte, 32)
	for i := range master {
		master[i] = byte(i)
	}
	for _, id := range []uint64{1, 7, 123456} {
		got := evalJS[string](b, fmt.Sprintf(`import('/static/js/keys.js').then((m) => m.studyKey('0x%x', %d).address)`, master, id))
		if want := token.AddressOf(token.StudyKey(master, id)).Hex(); !strings.EqualFold(got, want) {
			t.Fatalf("study %d: JS derives %s, Go %s", id, got, want)
		}
	}

	// Home.
	b.open("/")
	b.waitText("#status", "No studies")
	b.shot("01-home")

	// ---- Researcher: account, session, test tokens.
	b.open("/researcher")
	b.click("#researcher-create")
	b.waitText("#account", "Address")
	b.click("#sign-in")
	b.waitText("#session-state", "Signed in until")
	b.click("#faucet")
	b.waitText("#balance", "10000 MMR")
	b.shot("02-researcher")
	researcherHex := evalJS[string](b, `localStorage.getItem('medmarket.researcher.key')`)
	researcher := keyFromHex(t, researcherHex)

	// The wizard, with the API's validation errors next to their fields.
	b.click("#new-study")
	b.waitText("#wizard", "Registration")
	b.checkLabels("wizard")
	b.click("#wizard-next") // no title
	b.waitText("#err-title", "required")
	b.shot("03-wizard-missing-title")
	b.fill("#title", "HbA1c and age in adults with type 2 diabetes")
	b.fill("#sponsor", "University Hospital Research Office")
	b.fill("#summary", "How many adults with diabetes are in the vaults, and their mean age.")
	b.fill("#conditions", "E11 | Type 2 diabetes mellitus")
	b.fill("#countries", "NL, DE")
	b.click("#wizard-next")
	b.waitText("#wizard", "Data use (GA4GH DUO)")
	b.fill("#eligConditions", "not-a-code")
	b.click("#wizard-next")
	b.waitText("#wizard .field-error", "ICD-10")
	b.fill("#eligConditions", "")
	b.fill("#minAge", "0")
	b.fill("#maxAge", "120")
	b.click("#wizard-next")
	b.waitText("#wizard", "Analysis plan")
	b.click("#add-query")
	b.fill(".plan-row:nth-of-type(2) .q-id", "mean_age")
	b.fill(".plan-row:nth-of-type(1) .q-epsilon", "5")
	b.click("#wizard-next") // plan over the budget
	b.waitText("#err-plan", "more than the budget")
	b.shot("04-wizard-plan-over-budget")
	b.fill(".plan-row:nth-of-type(1) .q-epsilon", "0.5")
	b.click("#wizard-next")
	b.waitText("#wizard", "Total epsilon")
	b.fill("#budget-epsilon", "0")
	b.click("#wizard-next")
	b.waitText("#err-budget-epsilon", "greater than 0")
	b.shot("05-wizard-budget-zero")
	b.fill("#budget-epsilon", "1.5")
	b.click("#wizard-next")
	b.waitText("#wizard", "Escrow needed")
	b.fill("#reward", "10")
	b.fill("#participantCap", "40")
	b.click("#wizard-next")
	b.waitText("#prepared", "The API accepts this protocol")
	b.shot("06-wizard-review")
	b.click("#wizard-next") // sign and register
	b.waitText("#view h2", "Study 1")
	st, err := a.svc.Study(ctx, 1)
	if err != nil || st.Researcher != token.AddressOf(researcher) || st.Status != marketplace.StatusRegistered {
		t.Fatalf("registered study: %+v %v", st, err)
	}
	b.click("#fund")
	b.waitText("#study-msg", "Escrowed 400 MMR")
	b.shot("07-study-funded")

	// ---- The researcher amends the protocol before review (signed in Go), for the board's diff.
	copied := *st.Protocol
	amended := &copied
	amended.ProtocolVersion = "2"
	amended.Amends = st.ProtocolHash.Hex()
	amended.AmendmentReason = "A second mean, within the registered budget"
	amended.Plan = append(append([]marketplace.Query(nil), st.Protocol.Plan...), marketplace.Query{ID: "mean_hba1c", Aggregate: "mean", Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 0.5})
	prep, err := a.svc.PrepareStudy(amended)
	if err != nil {
		t.Fatal(err)
	}
	nonces, _ := a.svc.Ledger.Nonces(ctx, token.AddressOf(researcher))
	auth, _ := token.SignAmend(researcher, dom, 1, prep.Hash, nonces.Registry, later)
	if st, err = a.svc.AmendStudy(ctx, 1, amended, auth); err != nil {
		t.Fatal(err)
	}

	// ---- Ethics board: a non-board account is refused by the chain, clearly.
	bb := b.tab()
	bb.open("/board")
	bb.click("#board-create")
	bb.click("#sign-in")
	bb.waitText("#role-note", "does not hold the ETHICS_BOARD role")
	bb.open("/board#review/1")
	bb.waitText("#view h2", "Study 1")
	bb.fill("#rationale", "Looks fine to me")
	bb.click("#approve")
	bb.waitText("#decision-msg", "Not allowed")
	bb.shot("08-board-not-a-board")
	evalJS[bool](bb, `localStorage.clear(), true`)

	// The real board: import its key, sign in, the queue, a diff, a decision with rationale.
	bb.open("/board")
	bb.click("#account details summary")
	bb.fill("#board-import", hexKey(board))
	bb.click("#board-import-go")
	bb.click("#sign-in")
	bb.waitText("#role-note", "holds the ETHICS_BOARD role")
	bb.waitText("#queue", "amendment")
	bb.shot("09-board-queue")
	bb.checkLabels("board queue")
	bb.open("/board#review/1")
	bb.waitText("#diff", "protocolVersion")
	bb.waitText("#diff", "mean_hba1c")
	bb.shot("10-board-review-diff")
	bb.click("#approve") // no rationale
	bb.waitText("#err-rationale", "reason")
	bb.fill("#rationale", "Aggregate questions only, proportionate budget, non-identifying outputs.")
	bb.fill("#conditions", "Publish the results within 12 months")
	bb.click("#approve")
	bb.waitText("#decision-msg", "approved on chain")
	bb.waitText("#reviews", "proportionate budget")
	bb.shot("11-board-approved")
	bb.checkLabels("board review")
	if st, _ := a.svc.Study(ctx, 1); st.Status != marketplace.StatusRecruiting || st.ApprovedBy != token.AddressOf(board) {
		t.Fatalf("after the board's approval: %s by %s", st.Status, st.ApprovedBy.Hex())
	}

	// ---- Patient: key, vault handle, preferences, matching studies, opt in.
	refs, err := a.vault.PatientRefs(ctx, 30)
	if err != nil {
		t.Fatal(err)
	}
	pb := b.tab()
	pb.open("/patient")
	pb.click("#create-master")
	pb.fill("#patient-ref", refs[0])
	pb.click("#permitted-0000006")
	pb.click("#find-studies")
	pb.waitText("#study-card-1", "Opt in")
	pb.checkLabels("patient")
	pb.shot("12-patient-matching")
	pb.click("#optin-1")
	pb.waitText("#studies-msg", "You joined study 1")
	pb.waitText("#study-card-1", "You are taking part")
	pb.shot("13-patient-joined")
	masterHex := evalJS[string](pb, `localStorage.getItem('medmarket.patient.master')`)
	pm, _ := hex.DecodeString(strings.TrimPrefix(masterHex, "0x"))
	patientAddr := token.AddressOf(token.StudyKey(pm, 1))
	if ok, _ := a.svc.Ledger.ConsentValid(ctx, 1, []marketplace.Address{patientAddr}); !ok[0] {
		t.Fatal("the browser's consent is not on chain under the Go-derived study address")
	}
	// More patients opt in through the service, so the answers have a cohort.
	for i, ref := range refs[1:] {
		k := token.StudyKey([]byte(fmt.Sprintf("browser test patient secret %04d", i)), 1)
		cons := marketplace.Consent{StudyID: 1, Participant: token.AddressOf(k), Scope: scopeOf(st.Protocol.DataUse), Expiry: later + 1e6}
		auth, _ := token.SignConsent(k, dom, cons, 0, later)
		if err := a.svc.OptIn(ctx, cons, auth, ref); err != nil {
			t.Fatal(err)
		}
	}

	// ---- Researcher: run the analysis, see the results with their noise, export them.
	b.open("/researcher#study/1")
	b.click("#run")
	b.waitText("#study-msg", "Released 3 answers")
	b.waitText("#result-n", "95% interval")
	b.waitText("#result-mean_age", "Approximate")
	b.shot("14-researcher-results")
	os.Remove(filepath.Join(art, "study-1-results.csv"))
	os.Remove(filepath.Join(art, "study-1-results.json"))
	b.click("#export-csv")
	csv := string(waitFile(t, filepath.Join(art, "study-1-results.csv")))
	if !strings.HasPrefix(csv, "study,query,aggregate,field,lower,upper,value,epsilon,noiseScale,ci95Low,ci95High") || strings.Count(csv, "\n") != 4 || !strings.Contains(csv, "\n1,n,count,") {
		t.Fatalf("CSV export:\n%s", csv)
	}
	b.click("#export-json")
	var exported struct {
		Releases []struct {
			Query      string
			Value      float64
			NoiseScale float64
		}
	}
	if err := json.Unmarshal(waitFile(t, filepath.Join(art, "study-1-results.json")), &exported); err != nil || len(exported.Releases) != 3 {
		t.Fatalf("JSON export: %v %+v", err, exported)
	}
	for _, r := range exported.Releases {
		if r.Query == "n" && r.NoiseScale != 2 { // Laplace scale 1/ε at ε 0.5
			t.Errorf("count noise scale %g, want 2", r.NoiseScale)
		}
	}

	// ---- Patient: rewards and who used the data; then revoke.
	pb.open("/patient")
	pb.waitText("#accesses", "mean_age")
	pb.waitText("#reward-total", "10 MMR")
	pb.shot("15-patient-who-used-my-data")
	pb.waitText("#study-card-1", "You are taking part")
	pb.click("#revoke-1")
	pb.waitText("#studies-msg", "revoked")
	pb.waitText("#study-card-1", "Opt in")
	pb.shot("16-patient-revoked")
	if ok, _ := a.svc.Ledger.ConsentValid(ctx, 1, []marketplace.Address{patientAddr}); ok[0] {
		t.Fatal("the revocation did not reach the chain")
	}

	// ---- Audit: every on-chain fact checked, the budget gauge, the export.
	bb.open("/audit")
	bb.waitText("#audit-index", "HbA1c and age")
	bb.shot("17-audit-index")
	bb.open("/audit#study/1")
	bb.waitText("#verdict", "Every check passed")
	bb.waitText("#facts", "verified")
	bb.waitText("#audit-releases", "mean_age")
	bb.waitText("#audit-timeline", "RELEASE")
	bb.shot("18-audit-study")
	os.Remove(filepath.Join(art, "study-1-audit.json"))
	b.open("/audit#study/1")
	b.click("#export-audit")
	if doc := waitFile(t, filepath.Join(art, "study-1-audit.json")); !strings.Contains(string(doc), `"protocolVerified": true`) {
		t.Fatalf("audit export: %s", doc)
	}

	// ---- An exhausted budget is a clear message: a second study of the researcher, approved,
	// its budget spent behind the researcher's back by the operator, then the researcher runs it.
	second := *st.Protocol
	second.Title = "A second study"
	second.ProtocolVersion = ""
	second.AmendmentReason = ""
	second.Amends = ""
	prep, err = a.svc.PrepareStudy(&second)
	if err != nil {
		t.Fatal(err)
	}
	nonces, _ = a.svc.Ledger.Nonces(ctx, token.AddressOf(researcher))
	auth, _ = token.SignRegister(researcher, dom, prep.Registration, nonces.Registry, later)
	st2, err := a.svc.PostStudy(ctx, &second, auth)
	if err != nil {
		t.Fatal(err)
	}
	nonces, _ = a.svc.Ledger.Nonces(ctx, token.AddressOf(board))
	auth, _ = token.SignApprove(board, dom, st2.ID, st2.ProtocolHash, nonces.Registry, later)
	if _, err := a.svc.ApproveStudy(ctx, st2.ID, st2.ProtocolHash, auth); err != nil {
		t.Fatal(err)
	}
	var filler marketplace.Hash
	filler[0] = 0xee
	if err := a.svc.Ledger.SpendBudget(ctx, st2.ID, filler, marketplace.EpsilonUnits(second.Budget.Epsilon), 0, filler); err != nil {
		t.Fatal(err)
	}
	b.open(fmt.Sprintf("/researcher#study/%d", st2.ID))
	b.click("#run")
	b.waitText("#study-msg", "Privacy budget exhausted")
	b.shot("19-researcher-budget-exhausted")

	// ---- A wallet (EIP-1193) that signs with another key is refused clearly; a declined
	// signature says so.
	wb := b.tab()
	other := newKey()
	inject := fmt.Sprintf(`window.__walletMode = 'wrong-key';
window.ethereum = { request: async ({ method, params }) => {
  const e = await import('/static/vendor/ethers.min.js');
  const me = new e.Wallet('0x%s'), other = new e.Wallet('0x%s');
  if (method === 'eth_requestAccounts' || method === 'eth_accounts') return [me.address];
  if (method === 'personal_sign') return me.signMessage(e.getBytes(params[0]));
  if (method === 'eth_signTypedData_v4') {
    if (window.__walletMode === 'decline') throw { code: 4001, message: 'User rejected the request.' };
    const d = JSON.parse(params[1]); delete d.types.EIP712Domain;
    return other.signTypedData(d.domain, d.types, d.message);
  }
  throw { code: 4200, message: 'unsupported ' + method };
} };`, hexKey(newKey()), hexKey(other))
	if _, err := chromedp.Call(wb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: inject}); err != nil {
		t.Fatal(err)
	}
	wb.open("/researcher")
	wb.click("#researcher-wallet")
	wb.waitText("#account", "(your wallet)")
	wb.click("#sign-in") // personal_sign with the right key works
	wb.waitText("#session-state", "Signed in until")
	wb.click("#faucet")
	wb.waitText("#view .msg-error", "The signature or session was not accepted")
	wb.shot("20-wallet-signature-rejected")
	evalJS[bool](wb, `window.__walletMode = 'decline', true`)
	wb.click("#faucet")
	wb.waitText("#view .msg-error", "you declined the signature")

	for _, tab := range []*browserT{b, bb, pb, wb} {
		tab.noErrors()
	}
	if bal, _ := a.svc.Ledger.Balance(ctx, patientAddr); bal.Cmp(big.NewInt(0)) <= 0 {
		t.Errorf("the patient's study address holds %s", bal)
	}
	t.Logf("browser journeys took %s; screenshots in %s", time.Since(started).Round(time.Millisecond), art)
}
