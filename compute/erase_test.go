package compute

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/studies"
)

// rawValues reads the stored bytes of one patient from every bucket, with raw bbolt on the
// closed file.
func (tv *testVault) rawValues(t *testing.T, r ref) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := tv.db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketKeys, bucketRecords, bucketDetails, bucketIndex} {
			if v := tx.Bucket(b).Get(r[:]); v != nil {
				out[string(b)] = bytes.Clone(v)
			}
		}
		c := tx.Bucket(bucketAccess).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if bytes.Equal(k[runIDLen:], r[:]) {
				out["access/"+string(k[:runIDLen])] = bytes.Clone(v)
			}
		}
		runs := tx.Bucket(bucketRuns).Cursor()
		for k, _ := runs.First(); k != nil; k, _ = runs.Next() {
			if _, cv, off := chunkEntry(tx.Bucket(bucketAccessChunks), k, r); cv != nil {
				out["accesschunks/"+string(k)] = bytes.Clone(cv[off : off+refLen+int(binary.BigEndian.Uint16(cv))])
			}
		}
		if spent := spentUnits(tx, []ref{r}); spent[0] != 0 {
			out["privacy"] = binary.BigEndian.AppendUint64(nil, spent[0])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestErase(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	releases, err := OpenReleaseStore(t.TempDir() + "/releases.db")
	if err != nil {
		t.Fatal(err)
	}
	defer releases.Close()

	// An imported patient (with a bundle and identifiers) among synthetic ones.
	if err := Seed(tv.Vault, 50, 3); err != nil {
		t.Fatal(err)
	}
	bundle := mustJSON(t, testBundle())
	gone, _, err := tv.ImportBundle(ctx, bundle)
	if err != nil {
		t.Fatal(err)
	}
	refs, _ := tv.PatientRefs(ctx, 100)
	addrs := tv.enrollAll(t, 1, refs)
	gr, _ := parseRef(gone)
	goneAddr := addrs[slices.Index(refs, gone)]
	if err := tv.Enroll(ctx, gone, 2, addr(999)); err != nil {
		t.Fatal(err)
	}

	// A released answer and the access log it leaves.
	tv.noise = noNoise // exact counts
	q := marketplace.Query{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 1}
	req := tv.request(1, protocol(allAdults, q), &q)
	ans, err := tv.Answer(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ans.Included, goneAddr) || math.Abs(ans.Value-51) > 0.5 {
		t.Fatalf("before erasure: value %v, included %d", ans.Value, len(ans.Included))
	}
	rel := &marketplace.Release{StudyID: 1, QueryID: "n", Value: ans.Value, Epsilon: 100, Included: ans.Included, Released: true}
	if err := releases.PutRelease(ctx, rel); err != nil {
		t.Fatal(err)
	}
	if log, err := tv.AccessLog(ctx, gone); err != nil || len(log) != 1 {
		t.Fatalf("access log before erasure: %v, %v", log, err)
	}
	saved := tv.rawValues(t, gr)
	for _, b := range []string{"keys", "records", "details", "index", "privacy"} {
		if saved[b] == nil {
			t.Fatalf("nothing stored in %s", b)
		}
	}
	wrapped := saved["keys"]
	countBefore, _ := tv.PatientCount(ctx)

	if err := tv.Erase(ctx, gone); err != nil {
		t.Fatal(err)
	}

	// Unreadable everywhere, and nothing links the vault to the patient any more.
	for name, call := range map[string]func() error{
		"Patient":   func() error { _, err := tv.Patient(ctx, gone); return err },
		"Bundle":    func() error { _, err := tv.Bundle(ctx, gone); return err },
		"AccessLog": func() error { _, err := tv.AccessLog(ctx, gone); return err },
		"Eligible":  func() error { _, err := tv.Eligible(ctx, gone, allAdults); return err },
		"Identifier": func() error {
			_, err := tv.PatientByIdentifier(ctx, "urn:test:mrn", "MRN-0001")
			return err
		},
		"Erase again": func() error { return tv.Erase(ctx, gone) },
		"Enroll":      func() error { return tv.Enroll(ctx, gone, 3, addr(5)) },
	} {
		if code := marketplace.ErrorCode(call()); code != marketplace.ENOTFOUND {
			t.Errorf("%s after erasure: code %s, want ENOTFOUND", name, code)
		}
	}
	if left := tv.rawValues(t, gr); len(left) != 0 {
		t.Fatalf("values left after erasure: %v", slices.Collect(mapKeys(left)))
	}
	if n, _ := tv.PatientCount(ctx); n != countBefore-1 {
		t.Fatalf("count %d, want %d", n, countBefore-1)
	}
	for _, study := range []uint64{1, 2} {
		es, _ := tv.enrolled(study)
		for _, e := range es {
			if e.r == gr {
				t.Fatalf("still enrolled in study %d", study)
			}
		}
	}

	// Later aggregates exclude the patient; the past release is unchanged.
	ans, err = tv.Answer(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(ans.Included, goneAddr) || len(ans.Included) != 50 || math.Abs(ans.Value-50) > 0.5 {
		t.Fatalf("after erasure: value %v, included %d", ans.Value, len(ans.Included))
	}
	if r, err := releases.GetRelease(ctx, 1, "n"); err != nil || r.Value != rel.Value || len(r.Included) != 51 {
		t.Fatalf("past release changed: %+v, %v", r, err)
	}

	// The wrapped key is nowhere in the file: its free pages were zeroed.
	tv.Close()
	file, err := os.ReadFile(tv.path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(file, wrapped) {
		t.Fatal("the erased patient's wrapped key is still in the vault file")
	}
	tv.reopen(t)

	// Crypto-shredding: the sealed values, put back as from an old backup, stay unreadable,
	// even alongside another patient's key.
	if err := tv.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketRecords).Put(gr[:], saved["records"]); err != nil {
			return err
		}
		return tx.Bucket(bucketDetails).Put(gr[:], saved["details"])
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := tv.Patient(ctx, gone); marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
		t.Fatalf("restored record without its key: %v", err)
	}
	other, _ := parseRef(refs[0])
	if other == gr {
		other, _ = parseRef(refs[1])
	}
	if err := tv.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketKeys).Put(gr[:], tx.Bucket(bucketKeys).Get(other[:]))
	}); err != nil {
		t.Fatal(err)
	}
	tv.keys.clear()
	if _, err := tv.Patient(ctx, gone); !errors.Is(err, ErrRecordAuth) {
		t.Fatalf("restored record under another patient's key: %v", err)
	}

	// The same bundle imports again as a new patient: the erased one left no index behind.
	tv.db.Update(func(tx *bolt.Tx) error {
		tx.Bucket(bucketKeys).Delete(gr[:])
		tx.Bucket(bucketRecords).Delete(gr[:])
		return tx.Bucket(bucketDetails).Delete(gr[:])
	})
	again, dup, err := tv.ImportBundle(ctx, bundle)
	if err != nil || dup || again == gone {
		t.Fatalf("re-import after erasure: %s (erased %s), duplicate %v, %v", again, gone, dup, err)
	}
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func TestEraseWithoutScrubLeavesFreePages(t *testing.T) {
	// Erase's scrub is what removes the wrapped key from the file: ScrubFreePages on its own
	// does the same after an erasure made without it.
	ctx := context.Background()
	tv := openTestVault(t)
	tv.Close()
	v, err := OpenVaultWith(tv.path, tv.kek, tv.consents, VaultOptions{NoScrub: true})
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	refs, err := v.AddPatients(ctx, samplePatients())
	if err != nil {
		t.Fatal(err)
	}
	r, _ := parseRef(refs[1])
	var wrapped []byte
	v.db.View(func(tx *bolt.Tx) error { wrapped = bytes.Clone(tx.Bucket(bucketKeys).Get(r[:])); return nil })
	if err := v.Erase(ctx, refs[1]); err != nil {
		t.Fatal(err)
	}
	ran, err := v.ScrubFreePages(ctx)
	if err != nil || !ran {
		t.Fatalf("scrub: %v, %v", ran, err)
	}
	file, _ := os.ReadFile(tv.path)
	if bytes.Contains(file, wrapped) {
		t.Fatal("wrapped key survived the scrub")
	}
	// With a read transaction open, the scrub waits for another time.
	tx, _ := v.db.Begin(false)
	ran, err = v.ScrubFreePages(ctx)
	tx.Rollback()
	if err != nil || ran {
		t.Fatalf("scrub with a reader open: %v, %v", ran, err)
	}
	// The vault is intact.
	for _, s := range []string{refs[0], refs[2]} {
		if _, err := v.Patient(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	if err := v.db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

func TestAccessLog(t *testing.T) {
	ctx := context.Background()
	clock := newTestClock()
	tv := openTestVaultWith(t, VaultOptions{Now: clock.now})
	if err := Seed(tv.Vault, 30, 9); err != nil {
		t.Fatal(err)
	}
	refs, _ := tv.PatientRefs(ctx, 30)
	addrs := tv.enrollAll(t, 4, refs[:20]) // 10 patients never join
	count := marketplace.Query{ID: "cohort", Aggregate: marketplace.AggCount, Epsilon: 1}
	mean := marketplace.Query{ID: "bmi_mean", Aggregate: marketplace.AggMean, Field: "bmi", Lower: 15, Upper: 50, Epsilon: 1}
	p := protocol(marketplace.Eligibility{MinAge: 60}, count, mean) // the filter does not matter: every record read is logged
	qh := func(q *marketplace.Query) marketplace.Hash { return studies.Rules{}.QueryHash(4, q) }

	tv.consents.approve(t, 4, p)
	t1 := clock.now()
	if _, err := tv.Answer(ctx, marketplace.AnalysisRequest{StudyID: 4, Protocol: p, Query: &p.Plan[0], QueryHash: qh(&p.Plan[0])}); err != nil {
		t.Fatal(err)
	}
	tv.consents.set(4, addrs[3], false) // revokes
	clock.advance()
	t2 := clock.now()
	if _, err := tv.Answer(ctx, tv.request(4, p, &p.Plan[1])); err != nil {
		t.Fatal(err)
	}
	// A caller's hash that is not the query's is refused before anything is read.
	bad := qh(&p.Plan[0])
	wantCode(t, answerErr(tv, marketplace.AnalysisRequest{StudyID: 4, Protocol: p, Query: &p.Plan[1], QueryHash: bad}), marketplace.EINVALID)

	for i, s := range refs {
		log, err := tv.AccessLog(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		var want []AccessEntry
		switch {
		case i >= 20: // never enrolled: never read
		case i == 3: // revoked after the first computation
			want = []AccessEntry{{4, "cohort", qh(&p.Plan[0]), t1}}
		default:
			want = []AccessEntry{{4, "cohort", qh(&p.Plan[0]), t1}, {4, "bmi_mean", qh(&p.Plan[1]), t2}}
		}
		if len(log) != len(want) {
			t.Fatalf("patient %d: %d entries, want %d", i, len(log), len(want))
		}
		for j := range want {
			if log[j].StudyID != want[j].StudyID || log[j].QueryID != want[j].QueryID || log[j].QueryHash != want[j].QueryHash || !log[j].Time.Equal(want[j].Time) {
				t.Fatalf("patient %d entry %d: %+v, want %+v", i, j, log[j], want[j])
			}
		}
	}

	// Entries open only under their own patient's key: swapped, they fail authentication.
	a, _ := parseRef(refs[0])
	b, _ := parseRef(refs[1])
	tv.Close()
	db, err := bolt.Open(tv.path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		chunks := tx.Bucket(bucketAccessChunks)
		run, _ := tx.Bucket(bucketRuns).Cursor().First()
		ka, va, oa := chunkEntry(chunks, run, a)
		kb, _, ob := chunkEntry(chunks, run, b)
		if ka == nil || kb == nil || !bytes.Equal(ka, kb) {
			return errors.New("the two entries are not in one chunk")
		}
		size := int(binary.BigEndian.Uint16(va))
		v := bytes.Clone(va)
		copy(v[oa+refLen:oa+refLen+size], va[ob+refLen:ob+refLen+size])
		copy(v[ob+refLen:ob+refLen+size], va[oa+refLen:oa+refLen+size])
		return chunks.Put(bytes.Clone(ka), v)
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	tv.reopen(t)
	if _, err := tv.AccessLog(ctx, refs[0]); !errors.Is(err, ErrRecordAuth) {
		t.Fatalf("swapped entry: %v", err)
	}
	if _, err := tv.AccessLog(ctx, "00000000000000000000000000000000"); marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
		t.Fatalf("unknown patient: %v", err)
	}
}
