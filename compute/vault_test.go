package compute

import (
	"context"
	"crypto/rand"
	"errors"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// fakeConsents stands in for the chain in the vault's unit tests: a map of valid consents.
// End-to-end tests use the real chain.
type fakeConsents struct {
	mu       sync.Mutex
	valid    map[uint64]map[marketplace.Address]bool
	approved map[uint64]marketplace.Hash // study -> approved protocol hash
	calls    int
	maxChunk int
	err      error
}

func newFakeConsents() *fakeConsents {
	return &fakeConsents{valid: map[uint64]map[marketplace.Address]bool{}, approved: map[uint64]marketplace.Hash{}}
}

// approve records p as the approved protocol of study.
func (f *fakeConsents) approve(t testing.TB, study uint64, p *marketplace.Protocol) {
	t.Helper()
	doc, err := studies.Rules{}.Canonical(p)
	if err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.approved[study] = studies.Rules{}.Hash(doc)
}

func (f *fakeConsents) Study(_ context.Context, id uint64) (*marketplace.Study, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.approved[id]
	if !ok {
		return &marketplace.Study{ID: id, Status: marketplace.StatusRegistered}, nil
	}
	return &marketplace.Study{ID: id, Status: marketplace.StatusApproved, ProtocolHash: h}, nil
}

func (f *fakeConsents) Spent(context.Context, uint64, marketplace.Hash) (bool, marketplace.Hash, error) {
	return false, marketplace.Hash{}, nil
}

func (f *fakeConsents) set(study uint64, a marketplace.Address, ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.valid[study] == nil {
		f.valid[study] = map[marketplace.Address]bool{}
	}
	f.valid[study][a] = ok
}

func (f *fakeConsents) ConsentValid(_ context.Context, study uint64, addrs []marketplace.Address) ([]bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	f.calls++
	f.maxChunk = max(f.maxChunk, len(addrs))
	out := make([]bool, len(addrs))
	for i, a := range addrs {
		out[i] = f.valid[study][a]
	}
	return out, nil
}

func newKEK(t testing.TB) []byte {
	t.Helper()
	k := make([]byte, KEKSize)
	if _, err := rand.Read(k); err != nil {
		t.Fatal(err)
	}
	return k
}

type testVault struct {
	*Vault
	t        testing.TB
	path     string
	kek      []byte
	consents *fakeConsents
	opts     VaultOptions
}

func openTestVault(t testing.TB) *testVault {
	t.Helper()
	tv := &testVault{t: t, path: filepath.Join(t.TempDir(), "vault.db"), kek: newKEK(t), consents: newFakeConsents(),
		opts: testOptions(VaultOptions{})}
	tv.reopen(t)
	return tv
}

// reopen (re)opens the vault file with the test's KEK, closing it at the end of the test.
func (tv *testVault) reopen(t testing.TB) {
	t.Helper()
	v, err := OpenVaultWith(tv.path, tv.kek, tv.consents, tv.opts)
	if err != nil {
		t.Fatal(err)
	}
	tv.Vault = v
	t.Cleanup(func() { v.Close() })
}

func addr(i int) marketplace.Address {
	var a marketplace.Address
	a[0] = 0xaa
	a[17], a[18], a[19] = byte(i>>16), byte(i>>8), byte(i)
	return a
}

// testOptions sets what vault unit tests assume unless they test it: no small-cell
// suppression (k = 1) and no lifetime epsilon limit.
func testOptions(o VaultOptions) VaultOptions {
	if o.MinCell == 0 {
		o.MinCell = 1
	}
	if o.PatientEpsilon == 0 {
		o.PatientEpsilon = math.Inf(1)
	}
	return o
}

// protocol returns a valid DP protocol with this eligibility and plan.
func protocol(e marketplace.Eligibility, plan ...marketplace.Query) *marketplace.Protocol {
	if e.MaxAge == 0 {
		e.MaxAge = 120
	}
	return benchProtocol(e, marketplace.ModeDP, plan...)
}

// request approves p for study (on the fake chain) and asks for q.
func (tv *testVault) request(study uint64, p *marketplace.Protocol, q *marketplace.Query) marketplace.AnalysisRequest {
	tv.consents.approve(tv.t, study, p)
	return marketplace.AnalysisRequest{StudyID: study, Protocol: p, Query: q}
}

var (
	allAdults  = marketplace.Eligibility{MinAge: 18, MaxAge: 120}
	countQuery = marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1}
)

// enrollAll enrols refs in study with addresses addr(0), addr(1)... and grants each consent.
func (tv *testVault) enrollAll(t testing.TB, study uint64, refs []string) []marketplace.Address {
	t.Helper()
	addrs := make([]marketplace.Address, len(refs))
	es := make([]enrolment, len(refs))
	for i, s := range refs {
		r, ok := parseRef(s)
		if !ok {
			t.Fatalf("bad ref %q", s)
		}
		addrs[i] = addr(i)
		es[i] = enrolment{r, addrs[i]}
		tv.consents.set(study, addrs[i], true)
	}
	if err := tv.enroll(study, es); err != nil {
		t.Fatal(err)
	}
	return addrs
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := marketplace.ErrorCode(err); got != code {
		t.Fatalf("error %v: code %q, want %q", err, got, code)
	}
}

func samplePatients() []Patient {
	nan := math.NaN()
	return []Patient{
		{Age: 54, Sex: SexFemale, Conditions: []string{"e11.9", "I10"}, HbA1c: 7.8, BMI: 31.2, Systolic: 142, LDL: 3.4,
			Diastolic: nan, StepsDaily: nan, RestingHR: nan, SleepHours: nan},
		{Age: 33, Sex: SexMale, HbA1c: 5.2, BMI: 23.9, Systolic: 118.5, LDL: 2.71,
			BirthDate: time.Date(1991, 7, 14, 0, 0, 0, 0, time.UTC), Snomed: []string{"195967001"}, RxNorm: []string{"435"}, ATC: []string{"R03AC02"},
			Diastolic: 76.5, Encounters: 3, LastEncounter: time.Date(2024, 11, 2, 0, 0, 0, 0, time.UTC),
			Daily: []DailySummary{
				{Date: time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), Steps: 8000, RestingHR: 61.5, SleepMinutes: 420},
				{Date: time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC), Steps: 10000, RestingHR: nan, SleepMinutes: -1},
			},
			StepsDaily: 9000, RestingHR: 61.5, SleepHours: 7},
		{Age: 90, Sex: "", Conditions: []string{"F32.9"}, HbA1c: nan, BMI: 19, Systolic: 150, LDL: nan,
			Diastolic: nan, StepsDaily: nan, RestingHR: nan, SleepHours: nan},
	}
}

func samePatient(a, b Patient) bool {
	eq := func(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) }
	for i := range measurements {
		if !eq(*measurements[i].get(&a), *measurements[i].get(&b)) {
			return false
		}
	}
	if len(a.Daily) != len(b.Daily) {
		return false
	}
	for i := range a.Daily {
		x, y := a.Daily[i], b.Daily[i]
		if !x.Date.Equal(y.Date) || x.Steps != y.Steps || !eq(x.RestingHR, y.RestingHR) || x.SleepMinutes != y.SleepMinutes {
			return false
		}
	}
	return a.Ref == b.Ref && a.Age == b.Age && a.Sex == b.Sex && a.BirthDate.Equal(b.BirthDate) &&
		slices.Equal(a.Conditions, b.Conditions) && slices.Equal(a.Snomed, b.Snomed) &&
		slices.Equal(a.RxNorm, b.RxNorm) && slices.Equal(a.ATC, b.ATC) &&
		a.Encounters == b.Encounters && a.LastEncounter.Equal(b.LastEncounter)
}

func TestRecordRoundTrip(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	in := samplePatients()
	refs, err := tv.AddPatients(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if in[0].Conditions[0] != "e11.9" {
		t.Fatal("AddPatients changed the caller's slice")
	}
	seen := map[string]bool{}
	for i, s := range refs {
		if _, ok := parseRef(s); !ok || seen[s] {
			t.Fatalf("ref %d: %q is not a fresh 32-hex handle", i, s)
		}
		seen[s] = true
		got, err := tv.Patient(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		want := in[i]
		want.Ref = s
		if i == 0 {
			want.Conditions = []string{"E11.9", "I10"} // normalised
		}
		if !samePatient(*got, want) {
			t.Errorf("patient %d: got %+v, want %+v", i, *got, want)
		}
	}
	if n, err := tv.PatientCount(ctx); err != nil || n != len(in) {
		t.Fatalf("PatientCount = %d, %v", n, err)
	}
	got, err := tv.PatientRefs(ctx, 2)
	if err != nil || len(got) != 2 || !seen[got[0]] || !seen[got[1]] {
		t.Fatalf("PatientRefs(2) = %v, %v", got, err)
	}
	if _, err := tv.Patient(ctx, "00000000000000000000000000000000"); marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
		t.Fatalf("unknown patient: %v", err)
	}
}

func TestRecordEncodingIsCompact(t *testing.T) {
	p := samplePatients()[0]
	if err := p.normalize(); err != nil {
		t.Fatal(err)
	}
	b := appendRecord(nil, &p)
	if len(b) > 48 {
		t.Errorf("encoded record is %d bytes", len(b))
	}
	var q Patient
	if err := decodeRecord(b, &q); err != nil {
		t.Fatal(err)
	}
	if !samePatient(p, q) {
		t.Fatalf("decode: got %+v, want %+v", q, p)
	}
	for n := 0; n < len(b); n++ {
		if err := decodeRecord(b[:n], &q); err == nil {
			t.Fatalf("truncated record of %d bytes decoded", n)
		}
		if rv, err := viewRecord(b[:n]); err == nil && rv.checkCodes() {
			t.Fatalf("truncated record of %d bytes viewed", n)
		}
	}
}

func TestAddPatientsValidates(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	for name, p := range map[string]Patient{
		"patients[0].age":           {Age: -2},
		"patients[0].sex":           {Age: 40, Sex: "x"},
		"patients[0].hba1c":         {Age: 40, HbA1c: 99},
		"patients[0].conditions[0]": {Age: 40, Conditions: []string{"E 11"}},
		"patients[0].snomed[0]":     {Age: 40, Snomed: []string{"12"}},
		"patients[0].atc[0]":        {Age: 40, ATC: []string{"A1"}},
		"patients[0].daily[1].date": {Age: 40, Daily: []DailySummary{{Date: time.Unix(86400, 0)}, {Date: time.Unix(0, 0)}}},
		"patients[0].ref":           {Ref: "00000000000000000000000000000001", Age: 40},
	} {
		_, err := tv.AddPatients(ctx, []Patient{p})
		wantCode(t, err, marketplace.EINVALID)
		if f := marketplace.ErrorField(err); f != name {
			t.Errorf("field %q, want %q", f, name)
		}
	}
	if n, _ := tv.PatientCount(ctx); n != 0 {
		t.Fatalf("count %d after failed adds", n)
	}
}

func TestPersistence(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	refs, err := tv.AddPatients(ctx, samplePatients())
	if err != nil {
		t.Fatal(err)
	}
	if err := tv.Enroll(ctx, refs[0], 7, addr(1)); err != nil {
		t.Fatal(err)
	}
	before, _ := tv.Patient(ctx, refs[0])
	if err := tv.Close(); err != nil {
		t.Fatal(err)
	}
	tv.reopen(t)
	after, err := tv.Patient(ctx, refs[0])
	if err != nil || !samePatient(*before, *after) {
		t.Fatalf("after reopen: %+v, %v", after, err)
	}
	if n, _ := tv.PatientCount(ctx); n != len(refs) {
		t.Fatalf("count after reopen %d", n)
	}
	// The enrolment survived: the same pair is a no-op, another address conflicts.
	if err := tv.Enroll(ctx, refs[0], 7, addr(1)); err != nil {
		t.Fatal(err)
	}
	wantCode(t, tv.Enroll(ctx, refs[0], 7, addr(2)), marketplace.ECONFLICT)
}

func TestWrongKEK(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	if _, err := tv.AddPatients(ctx, samplePatients()); err != nil {
		t.Fatal(err)
	}
	tv.Close()
	_, err := OpenVault(tv.path, newKEK(t), tv.consents)
	if !errors.Is(err, ErrWrongKEK) {
		t.Fatalf("open with another KEK: %v, want ErrWrongKEK", err)
	}
	if _, err := OpenVault(tv.path, tv.kek[:16], tv.consents); err == nil {
		t.Fatal("opened with a 16-byte KEK")
	}
	// A fresh, empty vault is also bound to its first KEK.
	path := filepath.Join(t.TempDir(), "empty.db")
	v, err := OpenVault(path, newKEK(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	v.Close()
	if _, err := OpenVault(path, newKEK(t), nil); !errors.Is(err, ErrWrongKEK) {
		t.Fatalf("empty vault with another KEK: %v", err)
	}
}

func TestEnroll(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	refs, err := tv.AddPatients(ctx, samplePatients())
	if err != nil {
		t.Fatal(err)
	}
	if err := tv.Enroll(ctx, refs[0], 1, addr(1)); err != nil {
		t.Fatal(err)
	}
	if err := tv.Enroll(ctx, refs[0], 1, addr(1)); err != nil {
		t.Fatalf("re-enrolling the same pair: %v", err)
	}
	wantCode(t, tv.Enroll(ctx, refs[0], 1, addr(2)), marketplace.ECONFLICT) // another address
	wantCode(t, tv.Enroll(ctx, refs[1], 1, addr(1)), marketplace.ECONFLICT) // address taken
	wantCode(t, tv.Enroll(ctx, "0123456789abcdef0123456789abcdef", 1, addr(3)), marketplace.ENOTFOUND)
	wantCode(t, tv.Enroll(ctx, "not-a-ref", 1, addr(3)), marketplace.EINVALID)
	wantCode(t, tv.Enroll(ctx, refs[1], 0, addr(3)), marketplace.EINVALID)
	wantCode(t, tv.Enroll(ctx, refs[1], 1, marketplace.Address{}), marketplace.EINVALID)
	// Other studies are independent.
	if err := tv.Enroll(ctx, refs[0], 2, addr(2)); err != nil {
		t.Fatal(err)
	}
	if err := tv.Enroll(ctx, refs[1], 2, addr(1)); err != nil {
		t.Fatal(err)
	}
	es, err := tv.enrolled(1)
	if err != nil || len(es) != 1 || es[0].addr != addr(1) {
		t.Fatalf("study 1 enrolments: %v, %v", es, err)
	}
	// Messages name no patient.
	err = tv.Enroll(ctx, refs[0], 1, addr(9))
	for _, r := range refs {
		if msg := err.Error(); strings.Contains(msg, r) {
			t.Fatalf("error %q names a patient", msg)
		}
	}
}

func TestAnswerConsent(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	if err := Seed(tv.Vault, 1200, 3); err != nil {
		t.Fatal(err)
	}
	refs, _ := tv.PatientRefs(ctx, 1100)
	addrs := tv.enrollAll(t, 9, refs) // 1100 enrolled, 100 patients never enrolled
	// 50 never consented (or expired), 30 revoked after consenting.
	for i := 0; i < 80; i++ {
		tv.consents.set(9, addrs[i*13], false)
	}
	want := map[marketplace.Address]bool{}
	for _, a := range addrs {
		if tv.consents.valid[9][a] {
			want[a] = true
		}
	}
	tv.noise = noNoise // exact counts
	req := tv.request(9, protocol(allAdults, countQuery), &countQuery)
	ans, err := tv.Answer(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Included) != len(want) {
		t.Fatalf("included %d, want %d", len(ans.Included), len(want))
	}
	for _, a := range ans.Included {
		if !want[a] {
			t.Fatalf("included %v without a valid consent", a)
		}
	}
	if math.Abs(ans.Value-float64(len(want))) > 2 {
		t.Fatalf("count %v, want about %d", ans.Value, len(want))
	}
	if tv.consents.maxChunk > consentChunk || tv.consents.calls != 3 {
		t.Fatalf("consent checks: %d calls, largest %d", tv.consents.calls, tv.consents.maxChunk)
	}

	// A revocation holds for every later computation.
	tv.consents.set(9, addrs[1], false)
	ans, err = tv.Answer(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(ans.Included, addrs[1]) || len(ans.Included) != len(want)-1 {
		t.Fatalf("revoked participant read (%d included)", len(ans.Included))
	}

	// A study nobody joined answers zero and includes nobody.
	req = tv.request(10, req.Protocol, req.Query)
	ans, err = tv.Answer(ctx, req)
	if err != nil || len(ans.Included) != 0 || math.Abs(ans.Value) > 2 {
		t.Fatalf("empty study: %+v, %v", ans, err)
	}

	// A failing chain fails the answer.
	tv.consents.err = errors.New("rpc down")
	req.StudyID = 9
	if _, err := tv.Answer(ctx, req); err == nil {
		t.Fatal("answered without a consent check")
	}
}

func TestAnswerChecksPlan(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	p := protocol(allAdults, countQuery)
	other := countQuery
	other.ID = "other"
	wantCode(t, answerErr(tv, tv.request(1, p, &other)), marketplace.EFORBIDDEN)
	changed := countQuery
	changed.Epsilon = 5 // same id, not the registered query
	wantCode(t, answerErr(tv, tv.request(1, p, &changed)), marketplace.EFORBIDDEN)
	wantCode(t, answerErr(tv, marketplace.AnalysisRequest{StudyID: 1, Query: &countQuery}), marketplace.EINVALID)
	// Malformed queries are refused before the chain is even asked (such protocols cannot
	// be registered, let alone approved).
	raw := func(q marketplace.Query) marketplace.AnalysisRequest {
		return marketplace.AnalysisRequest{StudyID: 1, Protocol: protocol(allAdults, q), Query: &q}
	}
	wantCode(t, answerErr(tv, raw(marketplace.Query{ID: "m", Aggregate: marketplace.AggMean, Field: "name", Lower: 0, Upper: 1, Epsilon: 1})), marketplace.EINVALID)
	wantCode(t, answerErr(tv, raw(marketplace.Query{ID: "m", Aggregate: marketplace.AggMean, Field: "bmi", Lower: 5, Upper: 1, Epsilon: 1})), marketplace.EINVALID)
	wantCode(t, answerErr(tv, raw(marketplace.Query{ID: "z", Aggregate: marketplace.AggCount, Epsilon: 0})), marketplace.EINVALID)
	wantCode(t, answerErr(tv, raw(marketplace.Query{ID: "h", Aggregate: marketplace.AggHistogram, Field: "bmi", Lower: 15, Upper: 50, Bins: 1, Epsilon: 1})), marketplace.EINVALID)

	// A study the chain does not show approved, or approved with another protocol, is not
	// answered: the vault checks the document against the on-chain hash itself.
	unapproved := protocol(allAdults, countQuery)
	wantCode(t, answerErr(tv, marketplace.AnalysisRequest{StudyID: 2, Protocol: unapproved, Query: &countQuery}), marketplace.EFORBIDDEN)
	tv.consents.approve(t, 3, protocol(allAdults, countQuery, marketplace.Query{ID: "other", Aggregate: marketplace.AggCount, Epsilon: 1}))
	wantCode(t, answerErr(tv, marketplace.AnalysisRequest{StudyID: 3, Protocol: unapproved, Query: &countQuery}), marketplace.EFORBIDDEN)

	noChain, err := OpenVault(filepath.Join(t.TempDir(), "v.db"), newKEK(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer noChain.Close()
	if _, err := noChain.Answer(ctx, tv.request(1, p, &countQuery)); err == nil {
		t.Fatal("answered without a consent checker")
	}
}

func answerErr(tv *testVault, req marketplace.AnalysisRequest) error {
	ans, err := tv.Answer(context.Background(), req)
	if ans != nil {
		return errors.New("unexpected answer")
	}
	return err
}

func TestCountNoiseIsCentred(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	if err := Seed(tv.Vault, 40, 5); err != nil {
		t.Fatal(err)
	}
	refs, _ := tv.PatientRefs(ctx, 40)
	tv.enrollAll(t, 1, refs)
	req := tv.request(1, protocol(allAdults, countQuery), &countQuery)
	const runs = 200
	var sum float64
	distinct := map[float64]bool{}
	for i := 0; i < runs; i++ {
		ans, err := tv.Answer(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		sum += ans.Value
		distinct[ans.Value] = true
	}
	// Laplace noise with epsilon 1 and sensitivity 1 has standard deviation sqrt(2), so the
	// mean of 200 runs has standard deviation 0.1: 0.8 is eight of them.
	if mean := sum / runs; math.Abs(mean-40) > 0.8 {
		t.Fatalf("mean noisy count %.3f, want about 40", mean)
	}
	if len(distinct) < 3 {
		t.Fatalf("only %d distinct answers in %d runs: no noise?", len(distinct), runs)
	}
}

func TestEligibility(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	ps := []Patient{
		{Age: 17, Sex: SexFemale, Conditions: []string{"E11.9"}, HbA1c: 8, BMI: 30, Systolic: 120, LDL: 3},
		{Age: 18, Sex: SexFemale, Conditions: []string{"E11.65", "I10"}, HbA1c: 9, BMI: 31, Systolic: 140, LDL: 3},
		{Age: 40, Sex: SexMale, Conditions: []string{"E119"}, HbA1c: 7, BMI: 28, Systolic: 130, LDL: 3},
		{Age: 65, Sex: SexMale, Conditions: []string{"I10"}, HbA1c: 5.5, BMI: 26, Systolic: 150, LDL: 3},
		{Age: 66, Sex: SexFemale, Conditions: []string{"J45.909"}, HbA1c: 5.2, BMI: 22, Systolic: 125, LDL: 3},
		{Age: 50, Sex: "", HbA1c: 5.4, BMI: 24, Systolic: 118, LDL: 3},
		{Age: 70, Sex: SexFemale, Conditions: []string{"E10.9"}, HbA1c: 12, BMI: 40, Systolic: 160, LDL: 3},
	}
	refs, err := tv.AddPatients(ctx, ps)
	if err != nil {
		t.Fatal(err)
	}
	tv.enrollAll(t, 1, refs)
	for _, c := range []struct {
		name string
		e    marketplace.Eligibility
		want []int // indexes of the matching patients
	}{
		{"adults", marketplace.Eligibility{MinAge: 18, MaxAge: 120}, []int{1, 2, 3, 4, 5, 6}},
		{"inclusive ages", marketplace.Eligibility{MinAge: 18, MaxAge: 65}, []int{1, 2, 3, 5}},
		{"no upper limit", marketplace.Eligibility{MinAge: 66}, []int{4, 6}},
		{"women", marketplace.Eligibility{MinAge: 0, MaxAge: 120, Sex: SexFemale}, []int{0, 1, 4, 6}},
		{"men", marketplace.Eligibility{MinAge: 0, MaxAge: 120, Sex: SexMale}, []int{2, 3}},
		{"type 2 diabetes by category", marketplace.Eligibility{MinAge: 18, MaxAge: 120, Conditions: []string{"E11"}}, []int{1, 2}},
		{"subcode", marketplace.Eligibility{MinAge: 0, MaxAge: 120, Conditions: []string{"E11.6"}}, []int{1}},
		{"any of", marketplace.Eligibility{MinAge: 0, MaxAge: 120, Conditions: []string{"I10", "J45"}}, []int{1, 3, 4}},
		{"all criteria", marketplace.Eligibility{MinAge: 30, MaxAge: 80, Sex: SexMale, Conditions: []string{"E11", "I10"}}, []int{2, 3}},
		{"nobody", marketplace.Eligibility{MinAge: 0, MaxAge: 120, Conditions: []string{"C50"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			// The filter itself, exactly.
			co, err := compile(FilterOf(&c.e), "", time.Now())
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for i := range ps {
				p := ps[i]
				if err := p.normalize(); err != nil {
					t.Fatal(err)
				}
				rec, err := viewRecord(appendRecord(nil, &p))
				if err != nil {
					t.Fatal(err)
				}
				if m, ok := co.match(rec); !ok {
					t.Fatal("malformed record")
				} else if m {
					got = append(got, i)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Fatalf("matched %v, want %v", got, c.want)
			}
			// Through Answer, with so much epsilon that the noise rounds away.
			tv.noise = noNoise
			q := marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1}
			ans, err := tv.Answer(ctx, tv.request(1, protocol(c.e, q), &q))
			if err != nil {
				t.Fatal(err)
			}
			if ans.Value != float64(len(c.want)) {
				t.Fatalf("count %v, want %d", ans.Value, len(c.want))
			}
			if len(ans.Included) != len(ps) {
				t.Fatalf("included %d, want every consenting participant (%d)", len(ans.Included), len(ps))
			}
		})
	}

	// A mean over women, clamped to [4, 10]: (8 + 9 + 5.2 + 10) / 4 = 8.05.
	q := marketplace.Query{ID: "m", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 10, Epsilon: 1}
	e := marketplace.Eligibility{MinAge: 0, MaxAge: 120, Sex: SexFemale}
	ans, err := tv.Answer(ctx, tv.request(1, protocol(e, q), &q))
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(ans.Value-8.05) > 0.1 {
		t.Fatalf("mean %v, want about 8.05", ans.Value)
	}
}

func TestMeanIsNearTruth(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	const n = 3000
	if err := Seed(tv.Vault, n, 11); err != nil {
		t.Fatal(err)
	}
	refs, _ := tv.PatientRefs(ctx, n)
	tv.enrollAll(t, 1, refs)
	var sum float64
	for _, p := range SyntheticPatients(n, 11) {
		sum += math.Min(math.Max(p.BMI, 15), 45)
	}
	truth := sum / n
	q := marketplace.Query{ID: "bmi", Aggregate: marketplace.AggMean, Field: "bmi", Lower: 15, Upper: 45, Epsilon: 1}
	ans, err := tv.Answer(ctx, tv.request(1, protocol(allAdults, q), &q))
	if err != nil {
		t.Fatal(err)
	}
	// Sum noise: scale 15/0.5 = 30 over 3000 patients, about 0.01 per unit of noise.
	if math.Abs(ans.Value-truth) > 0.5 {
		t.Fatalf("mean BMI %v, true %v", ans.Value, truth)
	}
}

// corrupt edits the closed vault file with raw bbolt.
func (tv *testVault) corrupt(t *testing.T, edit func(keys, records *bolt.Bucket)) {
	t.Helper()
	if err := tv.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(tv.path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		edit(tx.Bucket(bucketKeys), tx.Bucket(bucketRecords))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	tv.reopen(t)
}

func TestTamperFailsClosed(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name string
		edit func(t *testing.T, keys, records *bolt.Bucket, a, b []byte)
	}{
		{"flipped record bit", func(t *testing.T, keys, records *bolt.Bucket, a, _ []byte) {
			v := clone(records.Get(a))
			v[len(v)/2] ^= 0x08
			put(t, records, a, v)
		}},
		{"flipped key bit", func(t *testing.T, keys, records *bolt.Bucket, a, _ []byte) {
			v := clone(keys.Get(a))
			v[20] ^= 0x01
			put(t, keys, a, v)
		}},
		{"swapped records", func(t *testing.T, keys, records *bolt.Bucket, a, b []byte) {
			ka, kb, ra, rb := clone(keys.Get(a)), clone(keys.Get(b)), clone(records.Get(a)), clone(records.Get(b))
			put(t, keys, a, kb)
			put(t, keys, b, ka)
			put(t, records, a, rb)
			put(t, records, b, ra)
		}},
		{"truncated record", func(t *testing.T, keys, records *bolt.Bucket, a, _ []byte) {
			put(t, records, a, clone(records.Get(a))[:20])
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tv := openTestVault(t)
			if err := Seed(tv.Vault, 600, 8); err != nil {
				t.Fatal(err)
			}
			refs, _ := tv.PatientRefs(ctx, 600)
			tv.enrollAll(t, 1, refs)
			req := tv.request(1, protocol(allAdults, countQuery), &countQuery)
			if _, err := tv.Answer(ctx, req); err != nil {
				t.Fatal(err)
			}
			ra, _ := parseRef(refs[417])
			rb, _ := parseRef(refs[3])
			tv.corrupt(t, func(keys, records *bolt.Bucket) { c.edit(t, keys, records, ra[:], rb[:]) })
			ans, err := tv.Answer(ctx, req)
			if ans != nil || !errors.Is(err, ErrRecordAuth) {
				t.Fatalf("answer over a tampered vault: %+v, %v", ans, err)
			}
			if _, err := tv.Patient(ctx, refs[417]); !errors.Is(err, ErrRecordAuth) {
				t.Fatalf("Patient of a tampered record: %v", err)
			}
			if msg := marketplace.ErrorMessage(err); msg != "internal error" {
				t.Fatalf("client sees %q", msg)
			}
		})
	}
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

func put(t *testing.T, b *bolt.Bucket, k, v []byte) {
	t.Helper()
	if err := b.Put(k, v); err != nil {
		t.Fatal(err)
	}
}

func TestJoin(t *testing.T) {
	tv := openTestVault(t)
	if err := Seed(tv.Vault, 300, 2); err != nil {
		t.Fatal(err)
	}
	refs, _ := tv.PatientRefs(context.Background(), 300)
	var want []ref
	for i, s := range refs {
		r, _ := parseRef(s)
		if i%7 != 0 {
			want = append(want, r)
		}
		if i%50 == 0 {
			r[15] ^= 0xff // absent keys among present ones
			want = append(want, r)
		}
	}
	check := func(order []ref) {
		t.Helper()
		tv.db.View(func(tx *bolt.Tx) error {
			j, b := newJoin(tx.Bucket(bucketRecords)), tx.Bucket(bucketRecords)
			for _, r := range order {
				if got, exp := j.get(&r), b.Get(r[:]); !slices.Equal(got, exp) {
					t.Fatalf("join.get(%x) disagrees with Get", r[:2])
				}
			}
			return nil
		})
	}
	slices.SortFunc(want, func(a, b ref) int { return strings.Compare(a.String(), b.String()) })
	check(want)
	slices.Reverse(want)
	check(want)
}

func TestAnswerSkipsDestroyedKeys(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	if err := Seed(tv.Vault, 20, 4); err != nil {
		t.Fatal(err)
	}
	refs, _ := tv.PatientRefs(ctx, 20)
	addrs := tv.enrollAll(t, 1, refs)
	gone, _ := parseRef(refs[5])
	// Destroying a wrapped data key makes the record unreadable: it is no longer read or
	// included (the erasure flow itself is a later issue).
	tv.corrupt(t, func(keys, _ *bolt.Bucket) {
		if err := keys.Delete(gone[:]); err != nil {
			t.Fatal(err)
		}
	})
	ans, err := tv.Answer(ctx, tv.request(1, protocol(allAdults, countQuery), &countQuery))
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Included) != 19 || slices.Contains(ans.Included, addrs[5]) {
		t.Fatalf("included %d, erased one among them: %v", len(ans.Included), slices.Contains(ans.Included, addrs[5]))
	}
}
