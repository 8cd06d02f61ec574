package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/medmarket/medmarket/compute"
)

// runOK runs the command line and fails the test on an error.
func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := run(context.Background(), args, &out, &errOut); err != nil {
		t.Fatalf("medmarket %s: %v\n%s%s", strings.Join(args, " "), err, out.String(), errOut.String())
	}
	return out.String()
}

// TestVaultCommands runs the vault tools as an operator would: generate FHIR bundles, import
// them (twice), import a bad file, generate into a vault, show a patient, erase them.
func TestVaultCommands(t *testing.T) {
	ctx := context.Background()
	data, bundles := t.TempDir(), t.TempDir()
	out := runOK(t, "vault", "generate", "--quiet", "--out", bundles, "--patients", "250", "--per-file", "100", "--seed", "4")
	if !strings.Contains(out, "wrote 250 synthetic patients") {
		t.Fatalf("generate: %s", out)
	}
	files, _ := filepath.Glob(filepath.Join(bundles, "*.ndjson"))
	if len(files) != 3 {
		t.Fatalf("%d files", len(files))
	}
	out = runOK(t, "vault", "import", "--quiet", "--data", data, bundles)
	if !strings.Contains(out, "imported 250 patients (0 bundles already imported were skipped, 0 rejected)") {
		t.Fatalf("import: %s", out)
	}
	// Again: nothing new, nothing rejected.
	out = runOK(t, "vault", "import", "--quiet", "--data", data, files[0])
	if !strings.Contains(out, "imported 0 patients (100 bundles already imported were skipped, 0 rejected)") {
		t.Fatalf("second import: %s", out)
	}

	// A file with a bad bundle among good ones: the bad one is named and nothing of it kept.
	lines := bytes.Split(bytes.TrimSpace(readFileT(t, files[2])), []byte("\n"))
	bad := bytes.Replace(lines[0], []byte(`"unit":"%","system":"http://unitsofmeasure.org","code":"%"`),
		[]byte(`"unit":"mg","system":"http://unitsofmeasure.org","code":"mg"`), 1)
	if bytes.Equal(bad, lines[0]) {
		t.Fatal("no HbA1c in the first bundle to spoil")
	}
	mixed := filepath.Join(t.TempDir(), "mixed.ndjson")
	fresh := t.TempDir()
	os.WriteFile(mixed, bytes.Join([][]byte{lines[1], bad, lines[2][:200]}, []byte("\n")), 0o600)
	var o, e bytes.Buffer
	err := run(ctx, []string{"vault", "import", "--quiet", "--data", fresh, mixed}, &o, &e)
	if err == nil || !strings.Contains(err.Error(), "2 bundles were rejected") {
		t.Fatalf("import of a bad file: %v", err)
	}
	if !regexp.MustCompile(`mixed.ndjson:2: bundle.entry\[\d+\] \(Observation\): unit 'mg' is not valid for LOINC 4548-4 \(expects %\)`).MatchString(e.String()) ||
		!strings.Contains(e.String(), "mixed.ndjson:3: bundle: truncated JSON") {
		t.Fatalf("errors do not name the entries:\n%s", e.String())
	}
	if !strings.Contains(o.String(), "imported 1 patients") {
		t.Fatalf("summary: %s", o.String())
	}

	// The handle of an imported patient, by their identifier.
	found := strings.TrimSpace(runOK(t, "vault", "find", "--data", data, compute.SyntheticSystem+"|4-17"))
	if len(found) != 32 {
		t.Fatalf("find: %q", found)
	}

	// Straight into a vault, then the patient's own views and erasure.
	out = runOK(t, "vault", "generate", "--quiet", "--data", data, "--patients", "500", "--seed", "9")
	if !strings.Contains(out, "generated 500 synthetic patients") {
		t.Fatalf("generate into the vault: %s", out)
	}
	ref := compute.SyntheticPatients(1, 9)[0].Ref
	var rec map[string]any
	if err := json.Unmarshal([]byte(runOK(t, "vault", "show", "--data", data, ref)), &rec); err != nil || rec["ref"] != ref || rec["birthDate"] == nil {
		t.Fatalf("show: %v %v", rec, err)
	}
	if fhir := runOK(t, "vault", "show", "--fhir", "--data", data, ref); !strings.Contains(fhir, `"resourceType": "Bundle"`) {
		t.Fatalf("show --fhir: %s", fhir)
	}
	if log := runOK(t, "vault", "log", "--data", data, ref); strings.TrimSpace(log) != "[]" {
		t.Fatalf("log of a patient nobody read: %s", log)
	}
	runOK(t, "vault", "erase", "--data", data, ref)
	if err := run(ctx, []string{"vault", "show", "--data", data, ref}, &o, &e); err == nil {
		t.Fatal("an erased patient is still shown")
	}
	kek, _ := vaultKEK(config{DataDir: data})
	v, err := compute.OpenVault(filepath.Join(data, "vault.db"), kek, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	if n, _ := v.PatientCount(ctx); n != 250+499 {
		t.Fatalf("%d patients in the vault", n)
	}
}

func readFileT(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBenchVaultSmall(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"bench", "vault", "--json", "--quiet", "--patients", "3000", "--bundles", "200", "--runs", "1", "--dir", t.TempDir()}, &out, &errOut)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	var rep compute.VaultBenchReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Patients != 3000 || rep.GenerateSeconds <= 0 || rep.ImportPerSecond <= 0 || rep.ScanWarmSeconds <= 0 || rep.RawDecryptSeconds <= 0 || rep.ScanMatched == 0 {
		t.Fatalf("report %+v", rep)
	}
}
