package he

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/medmarket/medmarket/marketplace"
)

// fixture is a committee after a complete setup, run entirely through the wire encodings
// (every message is marshalled and parsed, as between processes).
type fixture struct {
	params      Params
	committee   Committee
	board       *Party
	vaults      map[PartyID]*Party
	pk          *PublicKey
	coordinator *Coordinator
	researcher  *Researcher
}

func testParams(t testing.TB) Params {
	t.Helper()
	p, err := TestParams()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func vaultIDs(n int) []PartyID {
	ids := make([]PartyID, n)
	for i := range ids {
		ids[i] = PartyID(fmt.Sprintf("vault-%02d", i))
	}
	return ids
}

// wire marshals v and parses it back with parse, failing the test on error.
func wire[T interface{ MarshalBinary() ([]byte, error) }](t testing.TB, v T, parse func([]byte) (T, error)) T {
	t.Helper()
	b, err := v.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	out, err := parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func newFixture(t testing.TB, params Params, n, threshold int) *fixture {
	return newFixtureLedger(t, params, n, threshold, func() Ledger { return NewMemoryLedger() })
}

func newFixtureLedger(t testing.TB, params Params, n, threshold int, ledger func() Ledger) *fixture {
	t.Helper()
	f := &fixture{params: params, vaults: map[PartyID]*Party{}}
	f.committee = Committee{Board: "ethics-board", Vaults: vaultIDs(n), Threshold: threshold}
	var err error
	if f.board, err = NewParty(params, f.committee, f.committee.Board, ledger()); err != nil {
		t.Fatal(err)
	}
	for _, id := range f.committee.Vaults {
		if f.vaults[id], err = NewParty(params, f.committee, id, ledger()); err != nil {
			t.Fatal(err)
		}
	}
	seed := []byte("study-42 key ceremony")

	// Collective public key: every party contributes.
	parsePKS := func(b []byte) (*PublicKeyShare, error) { return ParsePublicKeyShare(params, b) }
	var pkShares []*PublicKeyShare
	for _, p := range f.parties() {
		s, err := p.PublicKeyShare(seed)
		if err != nil {
			t.Fatal(err)
		}
		pkShares = append(pkShares, wire(t, s, parsePKS))
	}
	pk, err := CombinePublicKey(params, f.committee, seed, pkShares)
	if err != nil {
		t.Fatal(err)
	}
	f.pk = wire(t, pk, func(b []byte) (*PublicKey, error) { return ParsePublicKey(params, b) })

	// Thresholdization among the vaults.
	parseSS := func(b []byte) (*ShamirShare, error) { return ParseShamirShare(params, b) }
	inbox := map[PartyID][]*ShamirShare{}
	for _, id := range f.committee.Vaults {
		shares, err := f.vaults[id].ThresholdShares()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range shares {
			inbox[s.To] = append(inbox[s.To], wire(t, s, parseSS))
		}
	}
	for _, id := range f.committee.Vaults {
		if err := f.vaults[id].CompleteThreshold(inbox[id]); err != nil {
			t.Fatal(err)
		}
	}
	if f.coordinator, err = NewCoordinator(params, f.committee); err != nil {
		t.Fatal(err)
	}
	if f.researcher, err = NewResearcher(params); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) parties() []*Party {
	out := []*Party{f.board}
	for _, id := range f.committee.Vaults {
		out = append(out, f.vaults[id])
	}
	return out
}

func (f *fixture) encrypt(t testing.TB, values []int64) *Ciphertext {
	t.Helper()
	enc, err := NewEncryptor(f.params, f.pk)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := enc.Encrypt(values)
	if err != nil {
		t.Fatal(err)
	}
	return wire(t, ct, func(b []byte) (*Ciphertext, error) { return ParseCiphertext(f.params, b) })
}

// decrypt runs a full threshold decryption of total by the board (with boardNoise) and
// vaults, through the wire encodings, and returns the first slots values.
func (f *fixture) decrypt(t testing.TB, id string, total *Ciphertext, vaults []PartyID, slots int, boardNoise []int64) []int64 {
	t.Helper()
	got, err := f.tryDecrypt(id, total, vaults, slots, boardNoise)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func (f *fixture) tryDecrypt(id string, total *Ciphertext, vaults []PartyID, slots int, boardNoise []int64) ([]int64, error) {
	ctx := context.Background()
	req, err := f.coordinator.NewRequest(id, total, f.researcher.PublicKey(), vaults, slots)
	if err != nil {
		return nil, err
	}
	b, err := req.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var shares []*DecryptionShare
	for _, p := range append([]*Party{f.board}, f.named(vaults)...) {
		preq, err := ParseDecryptRequest(f.params, f.committee, b) // each party parses its own copy
		if err != nil {
			return nil, err
		}
		var noise []int64
		if p.Role() == RoleBoard {
			noise = boardNoise
		}
		s, err := p.DecryptShare(ctx, preq, noise)
		if err != nil {
			return nil, err
		}
		sb, err := s.MarshalBinary()
		if err != nil {
			return nil, err
		}
		if s, err = ParseDecryptionShare(f.params, sb); err != nil {
			return nil, err
		}
		shares = append(shares, s)
	}
	switched, err := f.coordinator.Combine(req, shares)
	if err != nil {
		return nil, err
	}
	cb, err := switched.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if switched, err = ParseCiphertext(f.params, cb); err != nil {
		return nil, err
	}
	return f.researcher.DecodePublic(switched, slots)
}

func (f *fixture) named(ids []PartyID) []*Party {
	var out []*Party
	for _, id := range ids {
		if p, ok := f.vaults[id]; ok {
			out = append(out, p)
		}
	}
	return out
}

func randomVector(rng *rand.Rand, n int, bound int64) []int64 {
	v := make([]int64, n)
	for i := range v {
		v[i] = rng.Int64N(2*bound+1) - bound
	}
	return v
}

func sizes() (vaults, threshold int) {
	if testing.Short() {
		return 5, 3
	}
	return 8, 5
}

func TestParamsPassSecurity(t *testing.T) {
	for _, mk := range []func() (Params, error){TestParams, DefaultParams} {
		p, err := mk()
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckSecurity(p); err != nil {
			t.Fatalf("%s: %v", p.Name(), err)
		}
		s := p.Summary()
		t.Log(s)
		if s.SecurityMargin < 0 || s.NoiseMarginBits < 1 || s.Moduli > MaxModuli {
			t.Fatalf("bad summary %+v", s)
		}
		// The stricter 2024 FHE.org guideline estimates (106 at 2^12, 214 at 2^13) hold too.
		if strict := map[int]float64{12: 106, 13: 214}[s.LogN]; s.LogQP > strict {
			t.Fatalf("%s: log2 QP %.2f above the 2024 estimate %v", s.Name, s.LogQP, strict)
		}
	}
}

func TestTotalsExactBeforeNoise(t *testing.T) {
	n, th := sizes()
	f := newFixture(t, testParams(t), n, th)
	rng := rand.New(rand.NewPCG(1, 2))
	const stats = 32 * 3 // [count_i, sum_i, sumsq_i] for 32 statistics
	want := make([]int64, stats)
	var cts []*Ciphertext
	for range n {
		v := randomVector(rng, stats, 1<<30)
		for i := range v {
			want[i] += v[i]
		}
		cts = append(cts, f.encrypt(t, v))
	}
	total, err := f.coordinator.Sum(cts...)
	if err != nil {
		t.Fatal(err)
	}
	got := f.decrypt(t, "job-1", total, f.committee.Vaults[n-th:], stats, make([]int64, stats))
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("slot %d: got %d, want %d", i, got[i], want[i])
		}
	}
}

func TestBoardPlusAnyThresholdOfVaults(t *testing.T) {
	const n, th = 5, 3
	f := newFixture(t, testParams(t), n, th)
	rng := rand.New(rand.NewPCG(3, 4))
	want := randomVector(rng, 16, 1<<20)
	base := f.encrypt(t, want)
	count := 0
	for mask := 0; mask < 1<<n; mask++ {
		var set []PartyID
		for i := range n {
			if mask&(1<<i) != 0 {
				set = append(set, f.committee.Vaults[i])
			}
		}
		if len(set) != th {
			continue
		}
		if testing.Short() && count >= 3 {
			break
		}
		count++
		// A fresh ciphertext per decryption: each party decrypts a ciphertext only once.
		total, err := f.coordinator.Sum(base, f.encrypt(t, nil))
		if err != nil {
			t.Fatal(err)
		}
		got := f.decrypt(t, fmt.Sprintf("job-%d", mask), total, set, len(want), make([]int64, len(want)))
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("vaults %v: slot %d: got %d, want %d", set, i, got[i], want[i])
			}
		}
	}
}

func TestDecryptionFailsWithoutBoard(t *testing.T) {
	f := newFixture(t, testParams(t), 4, 2)
	want := []int64{1, 2, 3, 4, 5}
	ct := f.encrypt(t, want)
	req, err := f.coordinator.NewRequest("job-noboard", ct, f.researcher.PublicKey(), f.committee.Vaults[:2], len(want))
	if err != nil {
		t.Fatal(err)
	}
	var shares []*DecryptionShare
	for _, p := range f.named(req.Vaults) {
		s, err := p.DecryptShare(context.Background(), req, nil)
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, s)
	}
	if _, err := f.coordinator.Combine(req, shares); !errors.Is(err, ErrBoardShareMissing) {
		t.Fatalf("Combine without the board: %v", err)
	}
	// And cryptographically: the vaults' shares alone do not switch the key.
	got, err := f.researcher.DecodePublic(f.params.keySwitch(ct, shares), len(want))
	if err != nil {
		t.Fatal(err)
	}
	if equal(got, want) {
		t.Fatal("vault shares alone decrypted the total")
	}
}

func TestDecryptionFailsWithFewerThanThreshold(t *testing.T) {
	f := newFixture(t, testParams(t), 5, 3)
	want := []int64{10, -20, 30}
	ct := f.encrypt(t, want)
	_, err := f.coordinator.NewRequest("job-few", ct, f.researcher.PublicKey(), f.committee.Vaults[:2], len(want))
	if !errors.Is(err, ErrNotEnoughVaults) || marketplace.ErrorCode(err) != marketplace.EFORBIDDEN {
		t.Fatalf("request with t-1 vaults: %v", err)
	}
	// A full request, but only t-1 vault shares reach the coordinator.
	req, err := f.coordinator.NewRequest("job-few-2", ct, f.researcher.PublicKey(), f.committee.Vaults[:3], len(want))
	if err != nil {
		t.Fatal(err)
	}
	var shares []*DecryptionShare
	for _, p := range append([]*Party{f.board}, f.named(req.Vaults[:2])...) {
		s, err := p.DecryptShare(context.Background(), req, make([]int64, len(want)))
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, s)
	}
	if _, err := f.coordinator.Combine(req, shares); !errors.Is(err, ErrNotEnoughVaults) {
		t.Fatalf("Combine with t-1 vaults: %v", err)
	}
	// Cryptographically: t-1 colluding vaults interpolating among themselves, plus the board,
	// do not get the key.
	got, err := f.researcher.DecodePublic(f.colludingKeySwitch(t, ct, f.committee.Vaults[:2]), len(want))
	if err != nil {
		t.Fatal(err)
	}
	if equal(got, want) {
		t.Fatal("board + t-1 vaults decrypted the total")
	}
}

func TestRepeatedDecryptionRefused(t *testing.T) {
	f := newFixture(t, testParams(t), 3, 2)
	want := []int64{7, 8, 9}
	ct := f.encrypt(t, want)
	vaults := f.committee.Vaults[:2]
	if got := f.decrypt(t, "job-once", ct, vaults, 3, []int64{0, 0, 0}); !equal(got, want) {
		t.Fatalf("got %v", got)
	}
	// Same request again.
	_, err := f.tryDecrypt("job-once", ct, vaults, 3, []int64{0, 0, 0})
	if !errors.Is(err, ErrAlreadyDecrypted) || marketplace.ErrorCode(err) != marketplace.ECONFLICT {
		t.Fatalf("second decryption: %v", err)
	}
	// Same ciphertext under a new request id, and by other vaults.
	if _, err := f.tryDecrypt("job-again", ct, f.committee.Vaults[1:], 3, []int64{0, 0, 0}); !errors.Is(err, ErrAlreadyDecrypted) {
		t.Fatalf("same ciphertext, new id: %v", err)
	}
	// A re-randomized ciphertext under the same request id.
	other, err := f.coordinator.Sum(ct, f.encrypt(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.tryDecrypt("job-once", other, vaults, 3, []int64{0, 0, 0}); !errors.Is(err, ErrAlreadyDecrypted) {
		t.Fatalf("same id, new ciphertext: %v", err)
	}
	// Each party refuses on its own, not only the first asked.
	req, err := f.coordinator.NewRequest("job-once", ct, f.researcher.PublicKey(), vaults, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.named(vaults) {
		if _, err := p.DecryptShare(context.Background(), req, nil); !errors.Is(err, ErrAlreadyDecrypted) {
			t.Fatalf("%s: %v", p.ID(), err)
		}
	}
}

func TestBoardRefusesWithoutNoise(t *testing.T) {
	f := newFixture(t, testParams(t), 3, 2)
	ct := f.encrypt(t, []int64{1})
	req, err := f.coordinator.NewRequest("job-nonoise", ct, f.researcher.PublicKey(), f.committee.Vaults[:2], 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.board.DecryptShare(context.Background(), req, nil); !errors.Is(err, ErrNoNoise) {
		t.Fatalf("board without noise: %v", err)
	}
	if _, err := f.board.DecryptShare(context.Background(), req, []int64{1, 2}); marketplace.ErrorCode(err) != marketplace.EINVALID {
		t.Fatalf("board with wrong-length noise: %v", err)
	}
	// A refused request is not recorded: the board can still serve it properly.
	if _, err := f.board.DecryptShare(context.Background(), req, []int64{0}); err != nil {
		t.Fatal(err)
	}
}

func TestPartyStateSurvivesRestart(t *testing.T) {
	f := newFixture(t, testParams(t), 3, 2)
	for _, p := range f.parties() {
		b, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		r, err := RestoreParty(f.params, f.committee, b, NewMemoryLedger())
		if err != nil {
			t.Fatal(err)
		}
		if p.Role() == RoleBoard {
			f.board = r
		} else {
			f.vaults[p.ID()] = r
		}
	}
	rb, err := f.researcher.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if f.researcher, err = RestoreResearcher(f.params, rb); err != nil {
		t.Fatal(err)
	}
	want := []int64{-5, 6, 1 << 38}
	if got := f.decrypt(t, "job-restored", f.encrypt(t, want), f.committee.Vaults[1:], 3, []int64{0, 0, 0}); !equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	// A restored vault cannot redo setup (its setup secret is not kept).
	if _, err := f.vaults[f.committee.Vaults[0]].PublicKeyShare([]byte("x")); !errors.Is(err, ErrSetupIncomplete) {
		t.Fatalf("restored vault PublicKeyShare: %v", err)
	}
	// State for another committee is refused.
	b, _ := f.board.MarshalBinary()
	other := f.committee
	other.Threshold = 3
	if _, err := RestoreParty(f.params, other, b, NewMemoryLedger()); err == nil {
		t.Fatal("restored under another committee")
	}
}

func TestCommitteeAndSetupValidation(t *testing.T) {
	p := testParams(t)
	for _, c := range []Committee{
		{Board: "", Vaults: vaultIDs(2), Threshold: 1},
		{Board: "b", Vaults: nil, Threshold: 1},
		{Board: "b", Vaults: vaultIDs(2), Threshold: 0},
		{Board: "b", Vaults: vaultIDs(2), Threshold: 3},
		{Board: "b", Vaults: []PartyID{"v", "v"}, Threshold: 1},
		{Board: "v", Vaults: []PartyID{"v", "w"}, Threshold: 1},
		{Board: "b", Vaults: vaultIDs(16), Threshold: 2}, // 17 parties > MaxParties 16
	} {
		if _, err := NewCoordinator(p, c); marketplace.ErrorCode(err) != marketplace.EINVALID {
			t.Errorf("committee %+v accepted: %v", c, err)
		}
	}
	c := Committee{Board: "b", Vaults: vaultIDs(2), Threshold: 2}
	if _, err := NewParty(p, c, "stranger", NewMemoryLedger()); err == nil {
		t.Error("a stranger became a party")
	}
	board, _ := NewParty(p, c, "b", NewMemoryLedger())
	if _, err := board.ThresholdShares(); err == nil {
		t.Error("the board's secret was thresholdized")
	}
	// Public key generation needs every party.
	var shares []*PublicKeyShare
	for _, id := range append([]PartyID{"b"}, c.Vaults[:1]...) {
		q, _ := NewParty(p, c, id, NewMemoryLedger())
		s, err := q.PublicKeyShare([]byte("seed"))
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, s)
	}
	if _, err := CombinePublicKey(p, c, []byte("seed"), shares); err == nil {
		t.Error("public key from a partial committee")
	}
	if _, err := CombinePublicKey(p, c, []byte("other seed"), append(shares, shares[1])); err == nil {
		t.Error("public key from shares for another seed / duplicated")
	}
}

func equal(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestNoiseBudgetAtCapacity fills the test set to its limits: the most parties it allows,
// as many ciphertexts as its noise budget was checked for, and slot totals at the edge of
// the exact range.
func TestNoiseBudgetAtCapacity(t *testing.T) {
	p := testParams(t)
	n := p.MaxParties() - 1 // the board makes the last
	f := newFixture(t, p, n, n/2+1)
	per := p.MaxAbs() / int64(p.MaxParties())
	want := make([]int64, 8)
	var cts []*Ciphertext
	for i := range p.MaxParties() {
		v := make([]int64, len(want))
		for j := range v {
			v[j] = per
			if (i+j)%2 == 1 {
				v[j] = -per
			}
			if j == 0 {
				v[j] = per // slot 0 adds up to the largest positive total
			}
			if j == 1 {
				v[j] = -per // slot 1 to the largest negative one
			}
			want[j] += v[j]
		}
		cts = append(cts, f.encrypt(t, v))
	}
	total, err := f.coordinator.Sum(cts...)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.coordinator.Sum(append(cts, cts[0])...); err == nil {
		t.Fatal("Sum beyond MaxParties accepted")
	}
	got := f.decrypt(t, "job-full", total, f.committee.Vaults[:f.committee.Threshold], len(want), make([]int64, len(want)))
	if !equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if want[0] <= p.MaxAbs()-int64(p.MaxParties()) || want[1] >= -p.MaxAbs()+int64(p.MaxParties()) {
		t.Fatalf("not at the edge: %v (max %d)", want[:2], p.MaxAbs())
	}
}

// TestConcurrentDecryptions runs several decryptions at once through the same parties,
// coordinator and researcher (run with -race).
func TestConcurrentDecryptions(t *testing.T) {
	f := newFixture(t, testParams(t), 4, 2)
	const jobs = 4
	errs := make(chan error, jobs)
	for j := range jobs {
		go func() {
			want := []int64{int64(j), int64(-j), 1000}
			got, err := f.tryDecrypt(fmt.Sprintf("job-c%d", j), f.encrypt(t, want), f.committee.Vaults[j%3:j%3+2], 3, []int64{0, 0, 0})
			if err == nil && !equal(got, want) {
				err = fmt.Errorf("job %d: got %v, want %v", j, got, want)
			}
			errs <- err
		}()
	}
	for range jobs {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzParse feeds arbitrary bytes to every parser: errors are fine, panics are not.
func FuzzParse(f *testing.F) {
	p, err := TestParams()
	if err != nil {
		f.Fatal(err)
	}
	fx := newFixture(f, p, 2, 1)
	ct := fx.encrypt(f, []int64{1, 2})
	req, err := fx.coordinator.NewRequest("fuzz", ct, fx.researcher.PublicKey(), fx.committee.Vaults[:1], 2)
	if err != nil {
		f.Fatal(err)
	}
	for _, v := range []interface{ MarshalBinary() ([]byte, error) }{ct, fx.pk, req} {
		b, err := v.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add([]byte("MMHE"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = ParseCiphertext(p, data)
		_, _ = ParsePublicKey(p, data)
		_, _ = ParsePublicKeyShare(p, data)
		_, _ = ParseShamirShare(p, data)
		_, _ = ParseDecryptRequest(p, fx.committee, data)
		_, _ = ParseDecryptionShare(p, data)
		_, _ = RestoreParty(p, fx.committee, data, NewMemoryLedger())
		_, _ = RestoreResearcher(p, data)
	})
}
