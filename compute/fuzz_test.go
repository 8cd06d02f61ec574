package compute

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

// FuzzImportBundle feeds the importer arbitrary bytes: it must never panic, a rejected input
// must leave every bucket as it was, and an accepted one must add exactly one whole patient
// whose record reads back and whose bundle comes back byte for byte.
func FuzzImportBundle(f *testing.F) {
	good := mustJSON(f, testBundle())
	f.Add(good)
	f.Add(good[:len(good)/3])
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient"}}]}`))
	f.Add([]byte(`{"resourceType":"Bundle","entry":[{"resource":null}]}`))
	f.Add([]byte(`{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Observation","subject":{"reference":"Patient/x"},"code":{"coding":[{"system":"http://loinc.org","code":"4548-4"}]},"valueQuantity":{"value":1e400,"code":"%"}}}]}`))
	for _, edit := range []func(b obj){
		func(b obj) { entryRes(b, 3)["valueQuantity"] = qty(7.4, "mg") },
		func(b obj) { entryRes(b, 4)["resourceType"] = "Procedure" },
		func(b obj) { delete(entryRes(b, 6), "subject") },
		func(b obj) { entryRes(b, 0)["birthDate"] = "1970-02-30" },
		func(b obj) { entryRes(b, 12)["valueQuantity"] = qty(-5, "/min") },
		func(b obj) { entryRes(b, 0)["identifier"] = []any{} },
	} {
		b := testBundle()
		edit(b)
		f.Add(mustJSON(f, b))
	}
	GenerateBundles(context.Background(), 3, 8, func(_ int, b []byte) error { f.Add(bytes.Clone(b)); return nil })

	ctx := context.Background()
	tv := openTestVault(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		before := bucketCounts(t, tv.Vault)
		ref, dup, err := tv.ImportBundle(ctx, data)
		after := bucketCounts(t, tv.Vault)
		switch {
		case err != nil:
			var be *BundleError
			if !errors.As(err, &be) {
				t.Fatalf("error %v is not a *BundleError", err)
			}
			if !mapsEqual(before, after) {
				t.Fatalf("rejected input wrote: %v -> %v (%v)", before, after, err)
			}
		case dup:
			if !mapsEqual(before, after) {
				t.Fatalf("duplicate wrote: %v -> %v", before, after)
			}
		default:
			for _, b := range []string{"keys", "records", "details", "imports", "index"} {
				if after[b] != before[b]+1 {
					t.Fatalf("%s: %d -> %d for one patient", b, before[b], after[b])
				}
			}
			if _, err := tv.Patient(ctx, ref); err != nil {
				t.Fatal(err)
			}
			back, err := tv.Bundle(ctx, ref)
			if err != nil || !bytes.Equal(back, data) {
				t.Fatalf("bundle does not read back (%v)", err)
			}
		}
	})
}
