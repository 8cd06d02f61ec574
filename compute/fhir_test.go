package compute

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/samply/golang-fhir-models/fhir-models/fhir"
	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// obj is a JSON object under construction.
type obj = map[string]any

func coding1(system, code string) obj {
	return obj{"coding": []any{obj{"system": system, "code": code}}}
}

func qty(v any, ucum string) obj {
	return obj{"value": v, "unit": ucum, "system": systemUCUM, "code": ucum}
}

const testSubject = "urn:uuid:0b6c1f2e-1111-4222-8333-944455556666"

func subj() obj { return obj{"reference": testSubject} }

// testBundle is a small, valid bundle of one patient: entry 0 Patient, 1 Condition, 2
// Condition (SNOMED only), 3 HbA1c, 4 BMI, 5 BP panel, 6 LDL in mg/dL, 7 medication, 8-9
// encounters, 10-15 wearables over two days.
func testBundle() obj {
	entries := []any{
		obj{"fullUrl": testSubject, "resource": obj{
			"resourceType": "Patient", "id": "pat-1",
			"identifier": []any{obj{"system": "urn:test:mrn", "value": "MRN-0001"}},
			"name":       []any{obj{"family": "Doe", "given": []any{"Alice"}}},
			"gender":     "female", "birthDate": "1970-06-15",
		}},
		obj{"resource": obj{"resourceType": "Condition", "subject": subj(),
			"code": obj{"coding": []any{obj{"system": systemICD10C, "code": "E11.9"}, obj{"system": systemSNOMED, "code": "44054006"}}}}},
		obj{"resource": obj{"resourceType": "Condition", "subject": obj{"reference": "Patient/pat-1"},
			"code": coding1(systemSNOMED, "38341003")}},
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincHbA1c), "effectiveDateTime": "2024-03-01",
			"valueQuantity": qty(7.4, "%")}},
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincBMI), "effectiveDateTime": "2024-03-01T10:00:00+01:00",
			"valueQuantity": qty(31.25, "kg/m2")}},
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincBPPanel), "effectiveDateTime": "2024-03-01",
			"component": []any{
				obj{"code": coding1(systemLOINC, loincSystolic), "valueQuantity": qty(141, "mm[Hg]")},
				obj{"code": coding1(systemLOINC, loincDiastolic), "valueQuantity": qty(88.5, "mm[Hg]")},
			}}},
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincLDLDirect), "effectiveDateTime": "2024-03-01",
			"valueQuantity": qty(131.478, "mg/dL")}},
		obj{"resource": obj{"resourceType": "MedicationStatement", "status": "active", "subject": subj(),
			"medicationCodeableConcept": obj{"coding": []any{obj{"system": systemRxNorm, "code": "6809"}, obj{"system": systemATC, "code": "A10BA02"}}}}},
		obj{"resource": obj{"resourceType": "Encounter", "status": "finished", "subject": subj(),
			"class": obj{"code": "AMB"}, "period": obj{"start": "2024-03-01T09:00:00Z"}}},
		obj{"resource": obj{"resourceType": "Encounter", "status": "finished", "subject": subj(),
			"class": obj{"code": "AMB"}, "period": obj{"start": "2023-11-20"}}},
		// Day one: intraday steps (summed), heart-rate samples (the lowest is resting), sleep
		// in hours ending that morning.
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincSteps), "effectivePeriod": obj{"start": "2024-12-01T08:00:00Z", "end": "2024-12-01T12:00:00Z"},
			"valueQuantity": qty(4000, "{steps}")}},
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincSteps), "effectivePeriod": obj{"start": "2024-12-01T12:00:00Z", "end": "2024-12-01T20:00:00Z"},
			"valueQuantity": qty(3500, "{steps}")}},
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincHeartRate), "effectiveDateTime": "2024-12-01T07:00:00Z", "valueQuantity": qty(58, "/min")}},
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincHeartRate), "effectiveDateTime": "2024-12-01T13:00:00Z", "valueQuantity": qty(84, "/min")}},
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincSleep), "effectivePeriod": obj{"start": "2024-11-30T23:00:00Z", "end": "2024-12-01T06:30:00Z"},
			"valueQuantity": qty(7.5, "h")}},
		// Day two: a daily step total and an explicit resting rate.
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincSteps24h), "effectiveDateTime": "2024-12-02", "valueQuantity": qty(10500, "/d")}},
		obj{"resource": obj{"resourceType": "Observation", "status": "final", "subject": subj(),
			"code": coding1(systemLOINC, loincRestingHR), "effectiveDateTime": "2024-12-02", "valueQuantity": qty(61, "/min")}},
	}
	return obj{"resourceType": "Bundle", "type": "collection", "timestamp": "2025-01-01T00:00:00Z", "entry": entries}
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// entryRes returns the resource of entry i of a bundle built by testBundle.
func entryRes(b obj, i int) obj { return b["entry"].([]any)[i].(obj)["resource"].(obj) }

func TestParseBundle(t *testing.T) {
	pb, err := ParseBundle(mustJSON(t, testBundle()))
	if err != nil {
		t.Fatal(err)
	}
	p := pb.Patient()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	nan := math.NaN()
	want := Patient{
		Age: 54, BirthDate: day(1970, 6, 15), Sex: SexFemale,
		Conditions: []string{"E11.9"}, Snomed: []string{"44054006", "38341003"},
		RxNorm: []string{"6809"}, ATC: []string{"A10BA02"},
		HbA1c: 7.4, BMI: 31.25, Systolic: 141, Diastolic: 88.5, LDL: 3.4,
		Encounters: 2, LastEncounter: day(2024, 3, 1),
		Daily: []DailySummary{
			{Date: day(2024, 12, 1), Steps: 7500, RestingHR: 58, SleepMinutes: 450},
			{Date: day(2024, 12, 2), Steps: 10500, RestingHR: 61, SleepMinutes: -1},
		},
		StepsDaily: 9000, RestingHR: 59.5, SleepHours: 7.5,
	}
	_ = nan
	if !samePatient(p, want) {
		t.Fatalf("parsed\n%+v\nwant\n%+v", p, want)
	}
	if !slices.Equal(pb.identifiers, [][2]string{{"urn:test:mrn", "MRN-0001"}}) {
		t.Fatalf("identifiers %v", pb.identifiers)
	}
}

func TestParseBundleRules(t *testing.T) {
	nan := math.NaN()
	for _, c := range []struct {
		name  string
		edit  func(b obj)
		check func(t *testing.T, p Patient)
	}{
		{"the latest value wins, whatever the entry order", func(b obj) {
			older := entryRes(testBundle(), 3)
			older["effectiveDateTime"] = "2020-01-01"
			older["valueQuantity"] = qty(9.9, "%")
			b["entry"] = append(b["entry"].([]any), obj{"resource": older})
		}, func(t *testing.T, p Patient) {
			if p.HbA1c != 7.4 {
				t.Fatalf("HbA1c %v", p.HbA1c)
			}
		}},
		{"IFCC HbA1c is converted to NGSP %", func(b obj) {
			r := entryRes(b, 3)
			r["code"] = coding1(systemLOINC, loincHbA1cIFCC)
			r["valueQuantity"] = qty(53, "mmol/mol")
		}, func(t *testing.T, p Patient) {
			if math.Abs(p.HbA1c-7.0) > 0.01 {
				t.Fatalf("HbA1c %v, want 7.0", p.HbA1c)
			}
		}},
		{"LDL in mmol/L is kept", func(b obj) {
			entryRes(b, 6)["valueQuantity"] = qty(2.6, "mmol/L")
		}, func(t *testing.T, p Patient) {
			if p.LDL != 2.6 {
				t.Fatalf("LDL %v", p.LDL)
			}
		}},
		{"entered-in-error and refuted are skipped", func(b obj) {
			entryRes(b, 3)["status"] = "entered-in-error"
			entryRes(b, 1)["verificationStatus"] = coding1("http://terminology.hl7.org/CodeSystem/condition-ver-status", "refuted")
			entryRes(b, 7)["status"] = "not-taken"
			entryRes(b, 8)["status"] = "cancelled"
		}, func(t *testing.T, p Patient) {
			if !math.IsNaN(p.HbA1c) || len(p.Conditions) != 0 || len(p.RxNorm) != 0 || p.Encounters != 1 {
				t.Fatalf("skipped entries were used: %+v", p)
			}
		}},
		{"other LOINC codes and code systems are kept out of the record", func(b obj) {
			entryRes(b, 3)["code"] = coding1(systemLOINC, "2339-0") // glucose
			entryRes(b, 3)["valueQuantity"] = qty(5.5, "mmol/L")
			entryRes(b, 1)["code"] = coding1("http://example.org/local", "X1")
		}, func(t *testing.T, p Patient) {
			if !math.IsNaN(p.HbA1c) || len(p.Conditions) != 0 {
				t.Fatalf("%+v", p)
			}
		}},
		{"no birth date: age unknown", func(b obj) {
			delete(entryRes(b, 0), "birthDate")
			delete(entryRes(b, 0), "gender")
		}, func(t *testing.T, p Patient) {
			if !p.BirthDate.IsZero() || p.Age != -1 || p.Sex != "" {
				t.Fatalf("%+v", p)
			}
		}},
		{"a year-only birth date is its first day", func(b obj) {
			entryRes(b, 0)["birthDate"] = "1970"
		}, func(t *testing.T, p Patient) {
			if !p.BirthDate.Equal(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)) || p.Age != 55 {
				t.Fatalf("%v %d", p.BirthDate, p.Age)
			}
		}},
		{"no wearables", func(b obj) {
			b["entry"] = b["entry"].([]any)[:10]
		}, func(t *testing.T, p Patient) {
			if len(p.Daily) != 0 || !math.IsNaN(p.StepsDaily) || !math.IsNaN(p.RestingHR) || !math.IsNaN(p.SleepHours) {
				t.Fatalf("%+v", p)
			}
		}},
		{"data absent", func(b obj) {
			delete(entryRes(b, 3), "valueQuantity")
			entryRes(b, 3)["dataAbsentReason"] = coding1("http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-performed")
		}, func(t *testing.T, p Patient) {
			if !math.IsNaN(p.HbA1c) {
				t.Fatalf("%v", p.HbA1c)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := testBundle()
			c.edit(b)
			pb, err := ParseBundle(mustJSON(t, b))
			if err != nil {
				t.Fatal(err)
			}
			c.check(t, pb.Patient())
		})
	}
	_ = nan
}

// bucketCounts counts the keys of every bucket (nested buckets included).
func bucketCounts(t testing.TB, v *Vault) map[string]int {
	t.Helper()
	out := map[string]int{}
	err := v.db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			out[string(name)] = b.Stats().KeyN
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestImportBadInput(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	// One good patient first, so that duplicates have something to clash with.
	good := mustJSON(t, testBundle())
	if _, _, err := tv.ImportBundle(ctx, good); err != nil {
		t.Fatal(err)
	}
	before := bucketCounts(t, tv.Vault)

	other := func(edit func(b obj)) []byte {
		b := testBundle()
		entryRes(b, 0)["identifier"] = []any{obj{"system": "urn:test:mrn", "value": "MRN-0002"}}
		edit(b)
		return mustJSON(t, b)
	}
	for _, c := range []struct {
		name string
		data []byte
		code string
		msg  string // the whole message, or a part of it after "~"
	}{
		{"malformed JSON", []byte(`{"resourceType":"Bundle","entry":[}`), marketplace.EINVALID, "bundle: malformed JSON at byte 35"},
		{"truncated file", good[:len(good)/2], marketplace.EINVALID, fmt.Sprintf("bundle: truncated JSON (the document ends at byte %d)", len(good)/2)},
		{"empty", nil, marketplace.EINVALID, "~bundle: truncated JSON"},
		{"not a bundle", []byte(`{"resourceType":"Patient"}`), marketplace.EINVALID, "bundle: resourceType must be Bundle"},
		{"no entries", []byte(`{"resourceType":"Bundle","type":"collection"}`), marketplace.EINVALID, "bundle: has no entries"},
		{"unknown resource type", other(func(b obj) {
			b["entry"] = append(b["entry"].([]any), obj{"resource": obj{"resourceType": "AllergyIntolerance", "patient": subj()}})
		}), marketplace.EINVALID, "bundle.entry[17]: resource type 'AllergyIntolerance' is not supported (expects Patient, Condition, Observation, MedicationStatement or Encounter)"},
		{"resource type with odd characters", other(func(b obj) {
			entryRes(b, 4)["resourceType"] = "Alice Doe's <diary>"
		}), marketplace.EINVALID, "bundle.entry[4]: resource type an unknown type is not supported (expects Patient, Condition, Observation, MedicationStatement or Encounter)"},
		{"wrong unit", other(func(b obj) {
			entryRes(b, 3)["valueQuantity"] = qty(7.4, "mg")
		}), marketplace.EINVALID, "bundle.entry[3] (Observation): unit 'mg' is not valid for LOINC 4548-4 (expects %)"},
		{"wrong unit in a component", other(func(b obj) {
			entryRes(b, 5)["component"].([]any)[1].(obj)["valueQuantity"] = qty(88, "kPa")
		}), marketplace.EINVALID, "bundle.entry[5] (Observation): component unit 'kPa' is not valid for LOINC 8462-4 (expects mm[Hg])"},
		{"unit missing", other(func(b obj) {
			entryRes(b, 4)["valueQuantity"] = obj{"value": 31}
		}), marketplace.EINVALID, "bundle.entry[4] (Observation): a unit is required for LOINC 39156-5 (expects kg/m2)"},
		{"unit not UCUM", other(func(b obj) {
			entryRes(b, 4)["valueQuantity"] = obj{"value": 31, "system": "http://example.org/units", "code": "kg/m2"}
		}), marketplace.EINVALID, "~must be a UCUM code"},
		{"value out of range", other(func(b obj) {
			entryRes(b, 3)["valueQuantity"] = qty(123.4, "%")
		}), marketplace.EINVALID, "bundle.entry[3] (Observation): value is out of range for LOINC 4548-4"},
		{"value not a number", other(func(b obj) {
			entryRes(b, 3)["valueQuantity"] = obj{"value": "seven", "unit": "%", "code": "%", "system": systemUCUM}
		}), marketplace.EINVALID, "~bundle.entry[3] (Observation): "},
		{"no valueQuantity", other(func(b obj) {
			delete(entryRes(b, 3), "valueQuantity")
		}), marketplace.EINVALID, "bundle.entry[3] (Observation): LOINC 4548-4 has no valueQuantity"},
		{"missing patient reference", other(func(b obj) {
			delete(entryRes(b, 6), "subject")
		}), marketplace.EINVALID, "bundle.entry[6] (Observation): has no subject reference to the bundle's Patient"},
		{"reference to another patient", other(func(b obj) {
			entryRes(b, 7)["subject"] = obj{"reference": "Patient/someone-else"}
		}), marketplace.EINVALID, "bundle.entry[7] (MedicationStatement): subject does not reference the bundle's Patient"},
		{"no patient", other(func(b obj) {
			b["entry"] = b["entry"].([]any)[1:]
		}), marketplace.EINVALID, "bundle: has no Patient entry"},
		{"two patients", other(func(b obj) {
			b["entry"] = append(b["entry"].([]any), obj{"resource": obj{"resourceType": "Patient", "id": "x"}})
		}), marketplace.EINVALID, "bundle.entry[17] (Patient): a bundle holds one patient; entry 0 is a Patient too"},
		{"bad ICD-10 code", other(func(b obj) {
			entryRes(b, 1)["code"] = coding1(systemICD10, "not a code")
		}), marketplace.EINVALID, "bundle.entry[1] (Condition): code.coding is not a valid ICD-10 code"},
		{"bad birth date", other(func(b obj) {
			entryRes(b, 0)["birthDate"] = "15/06/1970"
		}), marketplace.EINVALID, "bundle.entry[0] (Patient): birthDate is not a FHIR date"},
		{"birth after the bundle", other(func(b obj) {
			entryRes(b, 0)["birthDate"] = "2030-01-01"
		}), marketplace.EINVALID, "bundle.entry[0] (Patient): birthDate is after the bundle's timestamp"},
		{"invalid status code", other(func(b obj) {
			entryRes(b, 3)["status"] = "Alice-was-here"
		}), marketplace.EINVALID, "bundle.entry[3] (Observation): is not a valid FHIR R4 Observation (a code or value is not allowed)"},
		{"wrong JSON type", other(func(b obj) {
			entryRes(b, 0)["birthDate"] = 1970
		}), marketplace.EINVALID, "bundle.entry[0] (Patient): birthDate has the wrong JSON type (expects string)"},
		{"medication by reference", other(func(b obj) {
			r := entryRes(b, 7)
			delete(r, "medicationCodeableConcept")
			r["medicationReference"] = obj{"reference": "Medication/1"}
		}), marketplace.EINVALID, "bundle.entry[7] (MedicationStatement): has no medicationCodeableConcept coding (medicationReference is not supported)"},
		{"wearable without a date", other(func(b obj) {
			delete(entryRes(b, 12), "effectiveDateTime")
		}), marketplace.EINVALID, "bundle.entry[12] (Observation): LOINC 8867-4 needs an effective date or period"},
		{"a second bundle for the same patient", func() []byte {
			b := testBundle()
			entryRes(b, 3)["valueQuantity"] = qty(6.1, "%")
			return mustJSON(t, b)
		}(), marketplace.ECONFLICT, "bundle.entry[0] (Patient): the patient is already in the vault, from another bundle (bundles are not merged; erase the patient first to replace their data)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ref, dup, err := tv.ImportBundle(ctx, c.data)
			if err == nil {
				t.Fatalf("imported (ref %s, duplicate %v)", ref, dup)
			}
			var be *BundleError
			if !errors.As(err, &be) {
				t.Fatalf("error %v is not a *BundleError", err)
			}
			if got := marketplace.ErrorCode(err); got != c.code {
				t.Fatalf("code %s, want %s", got, c.code)
			}
			msg := be.Error()
			if want, ok := strings.CutPrefix(c.msg, "~"); ok {
				if !strings.Contains(msg, want) {
					t.Fatalf("message %q does not contain %q", msg, want)
				}
			} else if msg != c.msg {
				t.Fatalf("message\n%q\nwant\n%q", msg, c.msg)
			}
			// No personal data from the document in the error.
			for _, secret := range []string{"Alice", "Doe", "MRN-000", "1970-06-15", "123.4", "seven", "pat-1", "someone-else"} {
				if strings.Contains(err.Error(), secret) {
					t.Fatalf("error %q contains %q", err, secret)
				}
			}
			// Nothing partial is kept.
			if after := bucketCounts(t, tv.Vault); !mapsEqual(before, after) {
				t.Fatalf("buckets changed: %v -> %v", before, after)
			}
		})
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestImportDuplicateIsNoOp(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	data := mustJSON(t, testBundle())
	ref, dup, err := tv.ImportBundle(ctx, data)
	if err != nil || dup {
		t.Fatalf("first import: %v, duplicate %v", err, dup)
	}
	before := bucketCounts(t, tv.Vault)
	ref2, dup, err := tv.ImportBundle(ctx, data)
	if err != nil || !dup || ref2 != ref {
		t.Fatalf("second import: ref %s (first %s), duplicate %v, %v", ref2, ref, dup, err)
	}
	if after := bucketCounts(t, tv.Vault); !mapsEqual(before, after) {
		t.Fatalf("a duplicate import wrote: %v -> %v", before, after)
	}
	if n, _ := tv.PatientCount(ctx); n != 1 {
		t.Fatalf("count %d", n)
	}
	got, err := tv.PatientByIdentifier(ctx, "urn:test:mrn", "MRN-0001")
	if err != nil || got != ref {
		t.Fatalf("PatientByIdentifier = %s, %v; want %s", got, err, ref)
	}
	if _, err := tv.PatientByIdentifier(ctx, "urn:test:mrn", "MRN-9999"); marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
		t.Fatalf("unknown identifier: %v", err)
	}
}

// TestImportRoundTrip renders synthetic patients as FHIR bundles, imports them and checks that
// every record is the one the generator made and stores directly, and that the vault gives the
// bundle back as it was imported.
func TestImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	const n, seed = 120, 77
	var bundles [][]byte
	if err := GenerateBundles(ctx, n, seed, func(i int, b []byte) error {
		if i != len(bundles) {
			t.Fatalf("bundle %d out of order", i)
		}
		bundles = append(bundles, bytes.Clone(b))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := SyntheticPatients(n, seed)
	tv := openTestVault(t)
	wearers := 0
	for i, b := range bundles {
		// Each bundle parses with the FHIR models as a valid R4 Bundle.
		if _, err := fhir.UnmarshalBundle(b); err != nil {
			t.Fatalf("bundle %d: %v", i, err)
		}
		ref, _, err := tv.ImportBundle(ctx, b)
		if err != nil {
			t.Fatalf("bundle %d: %v", i, err)
		}
		if got, err := tv.PatientByIdentifier(ctx, SyntheticSystem, fmt.Sprintf("%d-%d", seed, i)); err != nil || got != ref {
			t.Fatalf("identifier of %d: %s, %v", i, got, err)
		}
		p, err := tv.Patient(ctx, ref)
		if err != nil {
			t.Fatal(err)
		}
		w := want[i]
		w.Ref = ref
		if err := w.normalize(); err != nil {
			t.Fatal(err)
		}
		if !samePatient(*p, w) {
			t.Fatalf("patient %d:\nimported  %+v\ngenerated %+v", i, *p, w)
		}
		if len(p.Daily) > 0 {
			wearers++
		}
		back, err := tv.Bundle(ctx, ref)
		if err != nil || !bytes.Equal(back, b) {
			t.Fatalf("bundle %d does not come back as imported (%v)", i, err)
		}
	}
	if wearers == 0 || wearers == n {
		t.Fatalf("%d of %d patients wear a tracker", wearers, n)
	}

	// Generated straight into a vault, rendered from the record and imported elsewhere: the
	// same records.
	direct := openTestVault(t)
	if err := Generate(ctx, direct.Vault, n, seed, nil); err != nil {
		t.Fatal(err)
	}
	other := openTestVault(t)
	for i := range want {
		p, err := direct.Patient(ctx, want[i].Ref)
		if err != nil {
			t.Fatal(err)
		}
		b, err := direct.Bundle(ctx, want[i].Ref)
		if err != nil {
			t.Fatal(err)
		}
		ref, _, err := other.ImportBundle(ctx, b)
		if err != nil {
			t.Fatalf("rendered bundle %d: %v", i, err)
		}
		q, err := other.Patient(ctx, ref)
		if err != nil {
			t.Fatal(err)
		}
		q.Ref = p.Ref
		q.Age = p.Age // rendered now: the age on import is today's
		if !samePatient(*p, *q) {
			t.Fatalf("patient %d after render and import:\n%+v\n%+v", i, *q, *p)
		}
	}
}

func TestImportStream(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	var bundles [][]byte
	GenerateBundles(ctx, 300, 5, func(_ int, b []byte) error { bundles = append(bundles, bytes.Clone(b)); return nil })
	in := make(chan BundleInput)
	go func() {
		defer close(in)
		for i, b := range bundles {
			in <- BundleInput{Source: fmt.Sprintf("s:%d", i+1), Data: b}
			if i == 10 {
				in <- BundleInput{Source: "bad:1", Data: b[:100]}
				in <- BundleInput{Source: "again:1", Data: b}
			}
		}
	}()
	var outs []ImportOutcome
	if err := tv.Import(ctx, in, func(o ImportOutcome) { outs = append(outs, o) }); err != nil {
		t.Fatal(err)
	}
	var stored, dups, bad int
	for _, o := range outs {
		switch {
		case o.Err != nil:
			bad++
			if o.Source != "bad:1" || !strings.Contains(o.Err.Error(), "truncated JSON") {
				t.Fatalf("%s: %v", o.Source, o.Err)
			}
		case o.Duplicate:
			dups++
		default:
			stored++
		}
	}
	if stored != 300 || dups != 1 || bad != 1 {
		t.Fatalf("stored %d, duplicates %d, rejected %d", stored, dups, bad)
	}
	if n, _ := tv.PatientCount(ctx); n != 300 {
		t.Fatalf("count %d", n)
	}
}

// TestNothingInTheClearAtRest imports a bundle and checks that none of its personal data, nor
// the codes and values derived from it, appear anywhere in the vault file.
func TestNothingInTheClearAtRest(t *testing.T) {
	ctx := context.Background()
	tv := openTestVault(t)
	b := testBundle()
	entryRes(b, 0)["name"] = []any{obj{"family": "Zyxwvutsrq", "given": []any{"Qponmlkjih"}}}
	data := mustJSON(t, b)
	// Several copies of the bundle (other identifiers), so that compression alone could not
	// hide repeated text.
	for i := 0; i < 5; i++ {
		entryRes(b, 0)["identifier"] = []any{obj{"system": "urn:test:mrn", "value": fmt.Sprintf("MRN-77%02d", i)}}
		if _, _, err := tv.ImportBundle(ctx, mustJSON(t, b)); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := tv.ImportBundle(ctx, data); err != nil {
		t.Fatal(err)
	}
	tv.Close()
	file, err := os.ReadFile(tv.path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Zyxwvutsrq", "Qponmlkjih", "MRN-77", "1970-06-15", "E11.9", "44054006", "A10BA02", "urn:test:mrn", "resourceType", "loinc"} {
		if bytes.Contains(file, []byte(s)) {
			t.Errorf("the vault file holds %q in the clear", s)
		}
	}
	tv.reopen(t)
}
