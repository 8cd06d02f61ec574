package compute

import (
	"bytes"
	"context"
	"crypto/cipher"
	"math"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// testClock is a settable clock that moves a minute at a time.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTestClock() *testClock {
	return &testClock{t: time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)}
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) advance() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Minute)
}

func openTestVaultWith(t testing.TB, o VaultOptions) *testVault {
	t.Helper()
	o = testOptions(o)
	tv := &testVault{t: t, path: filepath.Join(t.TempDir(), "vault.db"), kek: newKEK(t), consents: newFakeConsents(), opts: o}
	v, err := OpenVaultWith(tv.path, tv.kek, tv.consents, o)
	if err != nil {
		t.Fatal(err)
	}
	tv.Vault = v
	t.Cleanup(func() { v.Close() })
	return tv
}

func TestScanFilters(t *testing.T) {
	ctx := context.Background()
	clock := newTestClock() // 2026-03-10
	tv := openTestVaultWith(t, VaultOptions{Now: clock.now})
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	nan := math.NaN()
	ps := []Patient{
		// Turns 40 today; the stored age (from import years ago) is stale and must not count.
		{Age: 35, BirthDate: day(1986, 3, 10), Sex: SexFemale, Snomed: []string{"44054006"}, HbA1c: 7.1, BMI: 29, Systolic: nan, LDL: nan},
		// Turns 40 tomorrow.
		{Age: 39, BirthDate: day(1986, 3, 11), Sex: SexFemale, Conditions: []string{"E11.9"}, HbA1c: 6.0, BMI: 31, Systolic: nan, LDL: nan},
		// No birth date: the stored age counts.
		{Age: 50, Sex: SexMale, Conditions: []string{"I10"}, HbA1c: nan, BMI: 24, Systolic: 150, LDL: nan, StepsDaily: 12000},
		// No age at all: fits no age-bounded filter.
		{Age: -1, Sex: SexFemale, HbA1c: 8, BMI: 35, Systolic: nan, LDL: nan},
		// Born on 1 March 1986: 40 since nine days.
		{Age: 40, BirthDate: day(1986, 3, 1), Sex: SexMale, Snomed: []string{"38341003"}, HbA1c: 5.5, BMI: 26, Systolic: 122, LDL: nan, Encounters: 7},
	}
	ps[3].Age = -1
	refs, err := tv.AddPatients(ctx, ps)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]ref, len(refs))
	for i, s := range refs {
		ids[i], _ = parseRef(s)
	}
	for _, c := range []struct {
		name string
		f    Filter
		want []int
	}{
		{"everyone", Filter{}, []int{0, 1, 2, 3, 4}},
		{"40 and over, by birth date today", Filter{MinAge: 40}, []int{0, 2, 4}},
		{"under 40", Filter{MinAge: 18, MaxAge: 39}, []int{1}},
		{"SNOMED CT diabetes", Filter{Conditions: []string{"44054006"}}, []int{0}},
		{"ICD-10 or SNOMED CT", Filter{Conditions: []string{"E11", "38341003"}}, []int{1, 4}},
		{"HbA1c range; not measured fails", Filter{Ranges: []Range{{"hba1c", 6.5, 25}}}, []int{0, 3}},
		{"steps", Filter{Ranges: []Range{{"steps_daily_mean", 10000, 60000}}}, []int{2}},
		{"encounters", Filter{Ranges: []Range{{"encounters", 5, 100}}}, []int{4}},
		{"age as a range", Filter{Ranges: []Range{{"age", 40, 40}}}, []int{0, 4}},
		{"five fields", Filter{MinAge: 30, MaxAge: 60, Sex: SexFemale, Conditions: []string{"E11", "44054006"}, Ranges: []Range{{"bmi", 25, 30}}}, []int{0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			pl, err := compile(c.f, "", clock.now())
			if err != nil {
				t.Fatal(err)
			}
			sorted := slices.Clone(ids)
			slices.SortFunc(sorted, func(a, b ref) int { return cmpRef(&a, &b) })
			var mu sync.Mutex
			var got []int
			res, err := tv.scan(ctx, sorted, scanSpec{plan: pl, visit: func(_ int, r recordView) {
				mu.Lock()
				defer mu.Unlock()
				p := Patient{}
				if err := decodeRecord(r, &p); err != nil {
					t.Error(err)
				}
				for i := range ps {
					if ps[i].BirthDate.Equal(p.BirthDate) && ps[i].Age == p.Age && ps[i].Sex == p.Sex {
						got = append(got, i)
					}
				}
			}})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(res.present, true) {
				t.Fatal("nothing read")
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Fatalf("matched %v, want %v", got, c.want)
			}
			// The patient's own eligibility check agrees.
			if c.f.Ranges == nil {
				for i, s := range refs {
					ok, err := tv.Eligible(ctx, s, marketplace.Eligibility{MinAge: c.f.MinAge, MaxAge: c.f.MaxAge, Sex: c.f.Sex, Conditions: c.f.Conditions})
					if err != nil {
						t.Fatal(err)
					}
					if ok != slices.Contains(c.want, i) {
						t.Fatalf("Eligible(patient %d) = %v", i, ok)
					}
				}
			}
		})
	}
	if _, err := compile(Filter{Ranges: []Range{{"name", 0, 1}}}, "", clock.now()); marketplace.ErrorCode(err) != marketplace.EINVALID {
		t.Fatalf("unknown field: %v", err)
	}
	// A mean of age uses birth dates as of today.
	pl, _ := compile(Filter{}, "age", clock.now())
	rec, _ := tv.Patient(ctx, refs[1])
	rv, _ := viewRecord(appendRecord(nil, rec))
	if a := pl.get(rv, pl.value); a != 39 {
		t.Fatalf("age %v, want 39", a)
	}
}

func TestKeyCache(t *testing.T) {
	a := func() cipher.AEAD { c, _ := newGCM(make([]byte, 32)); return c }
	r := func(b byte) ref { var x ref; x[0], x[15] = b, b; return x }
	c := newKeyCache(3)
	tab, epoch := c.begin()
	c.add(epoch, []keyEntry{{r(5), a()}, {r(1), a()}}, []keyEntry{{r(5), a()}})
	if c.len() != 2 || len(tab.refs) != 0 {
		t.Fatalf("len %d; the snapshot changed: %d", c.len(), len(tab.refs))
	}
	_, epoch = c.begin()
	c.add(epoch, []keyEntry{{r(3), a()}, {r(9), a()}}) // room for one more
	tab, _ = c.begin()
	if !slices.EqualFunc(tab.refs, []ref{r(1), r(3), r(5)}, func(x, y ref) bool { return x == y }) {
		t.Fatalf("table %v", tab.refs)
	}
	f := keyFinder{t: tab}
	for _, want := range []struct {
		b   byte
		hit bool
	}{{0, false}, {1, true}, {2, false}, {3, true}, {5, true}, {9, false}} {
		x := r(want.b)
		if got := f.get(&x) != nil; got != want.hit {
			t.Fatalf("get(%d) = %v", want.b, got)
		}
	}
	// An erasure during a scan: the scan's keys are not cached, and the erased key is gone.
	_, epoch = c.begin()
	c.remove(r(3))
	c.add(epoch, []keyEntry{{r(3), a()}})
	tab, _ = c.begin()
	if _, ok := tab.find(r(3)); ok || c.len() != 2 {
		t.Fatalf("erased key cached: %v", tab.refs)
	}
	none := newKeyCache(0)
	_, epoch = none.begin()
	none.add(epoch, []keyEntry{{r(1), a()}})
	if none.len() != 0 {
		t.Fatal("a disabled cache cached")
	}
}

// TestKeyCacheScan checks that a second scan reads keys from the cache and answers the same,
// that a tampered record still fails with a warm cache, and that an erasure evicts.
func TestKeyCacheScan(t *testing.T) {
	ctx := context.Background()
	for _, size := range []int{-1, 100, 0} {
		tv := openTestVaultWith(t, VaultOptions{KeyCache: size})
		if err := Seed(tv.Vault, 300, 12); err != nil {
			t.Fatal(err)
		}
		refs, _ := tv.PatientRefs(ctx, 300)
		tv.enrollAll(t, 1, refs)
		tv.noise = noNoise // exact counts
		q := marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1}
		req := tv.request(1, protocol(marketplace.Eligibility{MinAge: 50}, q), &q)
		first, err := tv.Answer(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		wantLen := map[int]int{-1: 0, 100: 100, 0: 300}[size]
		if tv.keys.len() != wantLen {
			t.Fatalf("cache %d: %d keys cached, want %d", size, tv.keys.len(), wantLen)
		}
		second, err := tv.Answer(ctx, req)
		if err != nil || math.Round(second.Value) != math.Round(first.Value) || len(second.Included) != 300 {
			t.Fatalf("cache %d: warm answer %v (cold %v), %v", size, second.Value, first.Value, err)
		}
		if err := tv.Erase(ctx, refs[7]); err != nil {
			t.Fatal(err)
		}
		r7, _ := parseRef(refs[7])
		if tab, _ := tv.keys.begin(); slices.Contains(tab.refs, r7) {
			t.Fatal("erased key still cached")
		}
		third, err := tv.Answer(ctx, req)
		if err != nil || len(third.Included) != 299 {
			t.Fatalf("after erasure: %d read, %v", len(third.Included), err)
		}
	}
}

func TestMigrateV1(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	in := samplePatients()
	refs, err := tv.AddPatients(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	// Rewrite the vault as the foundation wrote it: format 1 records and meta.
	v1 := func(p Patient) []byte {
		b := []byte{recordFormatV1, byte(p.Age)}
		switch p.Sex {
		case SexFemale:
			b = append(b, 1)
		case SexMale:
			b = append(b, 2)
		default:
			b = append(b, 0)
		}
		for i, x := range []float64{p.HbA1c, p.BMI, p.Systolic, p.LDL} {
			u := uint16(missing)
			if !math.IsNaN(x) {
				u = uint16(math.Round(x * []float64{100, 100, 10, 100}[i]))
			}
			b = append(b, byte(u), byte(u>>8))
		}
		b = append(b, byte(len(p.Conditions)))
		for _, c := range p.Conditions {
			b = append(b, byte(len(c)))
			b = append(b, c...)
		}
		return b
	}
	err = tv.db.Update(func(tx *bolt.Tx) error {
		sc := new(scratch)
		for i, s := range refs {
			r, _ := parseRef(s)
			a, err := tv.seal.unwrap(sc, r, tx.Bucket(bucketKeys).Get(r[:]))
			if err != nil {
				return err
			}
			p := in[i]
			p.Conditions = []string{}
			for _, c := range in[i].Conditions {
				p.Conditions = append(p.Conditions, string(bytes.ToUpper([]byte(c))))
			}
			sealed, err := sealValue(sc, a, nil, bucketRecords, r, v1(p))
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketRecords).Put(r[:], sealed); err != nil {
				return err
			}
			tx.Bucket(bucketDetails).Delete(r[:])
		}
		return tx.Bucket(bucketMeta).Put(metaFormat, []byte{vaultFormatV1})
	})
	if err != nil {
		t.Fatal(err)
	}
	tv.Close()
	tv.reopen(t)
	for i, s := range refs {
		got, err := tv.Patient(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		w := in[i]
		if got.Age != w.Age || got.Sex != w.Sex || len(got.Conditions) != len(w.Conditions) ||
			!(got.BMI == w.BMI) || !(got.Systolic == w.Systolic) || !math.IsNaN(got.Diastolic) {
			t.Fatalf("patient %d after migration: %+v", i, got)
		}
	}
	tv.db.View(func(tx *bolt.Tx) error {
		if f := tx.Bucket(bucketMeta).Get(metaFormat); len(f) != 1 || f[0] != vaultFormat {
			t.Fatalf("format %v after migration", f)
		}
		return nil
	})
}

func TestWarmKeys(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	if err := Seed(tv.Vault, 2000, 6); err != nil {
		t.Fatal(err)
	}
	tv.Close()
	v, err := OpenVaultWith(tv.path, tv.kek, tv.consents, VaultOptions{WarmKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for v.keys.len() < 2000 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if n := v.keys.len(); n != 2000 {
		t.Fatalf("%d keys warmed", n)
	}
	if n, err := v.PatientCount(ctx); err != nil || n != 2000 {
		t.Fatal(n, err)
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
	// Closing while warming does not hang.
	v, err = OpenVaultWith(tv.path, tv.kek, tv.consents, VaultOptions{WarmKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestQueryFilters checks the plan language's filter criteria on the hot record: medication
// codes (RxNorm exact, ATC by prefix), observation thresholds with one open end, and windows
// on the birth date and the latest encounter.
func TestQueryFilters(t *testing.T) {
	clock := newTestClock() // 2026-03-10
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	nan := math.NaN()
	ps := []Patient{
		{Age: 70, BirthDate: day(1955, 6, 1), Sex: SexFemale, RxNorm: []string{"6809"}, ATC: []string{"A10BA02"}, HbA1c: 7.5, BMI: 31,
			Systolic: 150, LDL: nan, Encounters: 4, LastEncounter: day(2025, 11, 2)},
		{Age: 45, BirthDate: day(1980, 2, 29), Sex: SexMale, ATC: []string{"C09AA05"}, HbA1c: 5.4, BMI: 24, Systolic: 128, LDL: 3.1,
			Encounters: 1, LastEncounter: day(2023, 5, 5)},
		{Age: 60, Sex: SexFemale, RxNorm: []string{"29046"}, HbA1c: nan, BMI: 40, Systolic: nan, LDL: nan},
	}
	f := func(x float64) *float64 { return &x }
	for _, c := range []struct {
		name string
		f    marketplace.Filter
		want []int
	}{
		{"metformin by RxNorm", marketplace.Filter{Medications: []string{"6809"}}, []int{0}},
		{"ACE inhibitors by ATC class", marketplace.Filter{Medications: []string{"C09A"}}, []int{1}},
		{"any of RxNorm and ATC", marketplace.Filter{Medications: []string{"29046", "A10B"}}, []int{0, 2}},
		{"HbA1c at least 6.5; missing fails", marketplace.Filter{Observations: []marketplace.Threshold{{Field: "hba1c", Min: f(6.5)}}}, []int{0}},
		{"BMI at most 35", marketplace.Filter{Observations: []marketplace.Threshold{{Field: "bmi", Max: f(35)}}}, []int{0, 1}},
		{"two thresholds", marketplace.Filter{Observations: []marketplace.Threshold{{Field: "bmi", Min: f(20)}, {Field: "systolic", Min: f(140)}}}, []int{0}},
		{"born in the 1950s; no birth date fails", marketplace.Filter{Born: &marketplace.Window{From: "1950-01-01", To: "1959-12-31"}}, []int{0}},
		{"born from 1970", marketplace.Filter{Born: &marketplace.Window{From: "1970-01-01"}}, []int{1}},
		{"seen since 2025", marketplace.Filter{LastEncounter: &marketplace.Window{From: "2025-01-01"}}, []int{0}},
		{"seen before 2024; never seen fails", marketplace.Filter{LastEncounter: &marketplace.Window{To: "2023-12-31"}}, []int{1}},
		{"women on metformin seen since 2025", marketplace.Filter{Sex: SexFemale, MinAge: 65, Medications: []string{"A10BA"},
			LastEncounter: &marketplace.Window{From: "2025-01-01", To: "2025-12-31"}}, []int{0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			pl, err := compile(QueryFilterOf(&c.f), "", clock.now())
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for i := range ps {
				p := ps[i]
				if err := p.normalize(); err != nil {
					t.Fatal(err)
				}
				rv, _ := viewRecord(appendRecord(nil, &p))
				m, ok := pl.match(rv)
				if !ok {
					t.Fatal("malformed record")
				}
				if m {
					got = append(got, i)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Fatalf("matched %v, want %v", got, c.want)
			}
		})
	}
}
