package compute

import (
	"context"
	"crypto/rand"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/medmarket/medmarket/marketplace"
)

// benchPatients is the vault size of the scan benchmarks.
const benchPatients = 100_000

func benchSize(b *testing.B) int {
	if testing.Short() {
		return benchPatients / 10
	}
	return benchPatients
}

// BenchmarkScan answers a count and a mean over a vault whose every patient is enrolled and
// consenting: each answer authenticates, decrypts and filters every record (keys come from
// the key cache after the first answer) and writes every patient's access-log entry.
// `medmarket bench vault` measures the scan alone, cold and warm, at a million patients.
func BenchmarkScan(b *testing.B) {
	ctx := context.Background()
	n := benchSize(b)
	tv := openTestVault(b)
	if err := Seed(tv.Vault, n, 1); err != nil {
		b.Fatal(err)
	}
	refs, err := tv.PatientRefs(ctx, n)
	if err != nil {
		b.Fatal(err)
	}
	tv.enrollAll(b, 1, refs)
	diabetes := marketplace.Eligibility{MinAge: 40, MaxAge: 120, Conditions: []string{"E11"}}
	for _, c := range []struct {
		name string
		q    marketplace.Query
	}{
		{"count", countQuery},
		{"mean", marketplace.Query{ID: "a1c", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 1}},
	} {
		b.Run(c.name, func(b *testing.B) {
			p := protocol(diabetes, c.q)
			req := tv.request(1, p, &p.Plan[0])
			b.ReportAllocs()
			for b.Loop() {
				ans, err := tv.Answer(ctx, req)
				if err != nil {
					b.Fatal(err)
				}
				if len(ans.Included) != n {
					b.Fatalf("read %d of %d", len(ans.Included), n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/patient")
		})
	}
}

// sealedCorpus returns n synthetic records sealed as the vault seals them.
func sealedCorpus(b *testing.B, s *sealer, n int) (refs []ref, wrapped, sealed, plain [][]byte) {
	sc := new(scratch)
	for _, p := range SyntheticPatients(n, 1) {
		r, _ := parseRef(p.Ref)
		if err := p.normalize(); err != nil {
			b.Fatal(err)
		}
		pl := appendRecord(nil, &p)
		a, w, err := s.newKey(r)
		if err != nil {
			b.Fatal(err)
		}
		c, err := sealValue(sc, a, nil, bucketRecords, r, pl)
		if err != nil {
			b.Fatal(err)
		}
		refs, wrapped, sealed, plain = append(refs, r), append(wrapped, w), append(sealed, c), append(plain, pl)
	}
	return refs, wrapped, sealed, plain
}

// BenchmarkRawDecrypt is the floor for BenchmarkScan: one AES-256-GCM open per record of the
// same size, under one already-expanded key, from memory, on one goroutine.
func BenchmarkRawDecrypt(b *testing.B) {
	n := benchSize(b)
	key := make([]byte, 32)
	rand.Read(key)
	a, err := newGCM(key)
	if err != nil {
		b.Fatal(err)
	}
	s, _ := newSealer(key)
	refs, _, _, plain := sealedCorpus(b, s, n)
	sc := new(scratch)
	cts := make([][]byte, n)
	for i, p := range plain {
		cts[i], _ = sealValue(sc, a, nil, bucketRecords, refs[i], p)
	}
	buf := make([]byte, 0, 256)
	b.ResetTimer()
	for b.Loop() {
		for i, ct := range cts {
			if _, err := openValue(sc, a, buf[:0], bucketRecords, refs[i], ct); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/patient")
}

// BenchmarkEnvelopeOpen measures the per-record cryptography of the vault alone when the key
// cache is cold: unwrap the data key under the KEK, expand it, open the record, on one
// goroutine, without bbolt.
func BenchmarkEnvelopeOpen(b *testing.B) {
	n := benchSize(b)
	key := make([]byte, 32)
	rand.Read(key)
	s, _ := newSealer(key)
	refs, wrapped, sealed, _ := sealedCorpus(b, s, n)
	buf := make([]byte, 0, 256)
	sc := new(scratch)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range refs {
			a, err := s.unwrap(sc, refs[i], wrapped[i])
			if err != nil {
				b.Fatal(err)
			}
			if _, err := openValue(sc, a, buf[:0], bucketRecords, refs[i], sealed[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/patient")
}

// BenchmarkSeed stores the default synthetic cohort in a fresh vault.
func BenchmarkSeed(b *testing.B) {
	dir := b.TempDir()
	kek := make([]byte, KEKSize)
	rand.Read(kek)
	i := 0
	for b.Loop() {
		i++
		b.StopTimer()
		v, err := OpenVault(filepath.Join(dir, fmt.Sprintf("v%d.db", i)), kek, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := Seed(v, DefaultSyntheticPatients, int64(i)); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		v.Close()
		b.StartTimer()
	}
}
