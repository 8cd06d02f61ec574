package compute

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// crashEnv names the environment variables that turn the test binary into the importing
// child of TestImportSurvivesKill.
const (
	crashEnvDir = "MEDMARKET_CRASH_CHILD_DIR"
	crashEnvKEK = "MEDMARKET_CRASH_CHILD_KEK"
)

const crashSeed = 31

// TestImportCrashChild is not a test: it is the child process of TestImportSurvivesKill. It
// imports the bundles of DIR/bundles.ndjson into DIR/vault.db in small batches, printing
// "stored N" as batches commit, and then waits to be killed.
func TestImportCrashChild(t *testing.T) {
	dir := os.Getenv(crashEnvDir)
	if dir == "" {
		t.Skip("the child process of TestImportSurvivesKill")
	}
	kek, _ := hex.DecodeString(os.Getenv(crashEnvKEK))
	v, err := OpenVault(filepath.Join(dir, "vault.db"), kek, nil)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	importBatch = 20
	data, err := os.ReadFile(filepath.Join(dir, "bundles.ndjson"))
	if err != nil {
		os.Exit(2)
	}
	in := make(chan BundleInput)
	go func() {
		defer close(in)
		for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
			in <- BundleInput{Source: fmt.Sprint(i), Data: line}
		}
	}()
	n := 0
	err = v.Import(context.Background(), in, func(o ImportOutcome) {
		if o.Err != nil {
			fmt.Println("error", o.Err)
			os.Exit(2)
		}
		n++
		if n%importBatch == 0 {
			fmt.Printf("stored %d\n", n)
		}
	})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	fmt.Println("done")
	time.Sleep(time.Hour)
}

// TestImportSurvivesKill runs an import in a child process, kills it with SIGKILL in the
// middle, and checks that the reopened vault holds every bundle either wholly or not at all;
// three times on the same vault, each run resuming the import, and then lets it finish.
func TestImportSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	ctx := context.Background()
	dir := t.TempDir()
	const n = 600
	var buf bytes.Buffer
	var bundles [][]byte
	if err := GenerateBundles(ctx, n, crashSeed, func(_ int, b []byte) error {
		bundles = append(bundles, bytes.Clone(b))
		buf.Write(b)
		return buf.WriteByte('\n')
	}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bundles.ndjson"), buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	kek := newKEK(t)
	want := SyntheticPatients(n, crashSeed)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))

	present := 0
	for round := 0; round < 4; round++ {
		final := round == 3
		cmd := exec.Command(os.Args[0], "-test.run=^TestImportCrashChild$")
		cmd.Env = append(os.Environ(), crashEnvDir+"="+dir, crashEnvKEK+"="+hex.EncodeToString(kek))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		// Reports count duplicates too: kill a few batches past what the last run stored.
		killAfter := present/20 + 2 + rng.IntN(6)
		seen, done := 0, false
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "error") {
				cmd.Process.Kill()
				t.Fatalf("child: %s", line)
			}
			if line == "done" {
				done = true
				break
			}
			if strings.HasPrefix(line, "stored") {
				seen++
				if !final && seen >= killAfter {
					// Somewhere in the next batches: parsing, sealing or committing.
					time.Sleep(time.Duration(rng.IntN(40)) * time.Millisecond)
					break
				}
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if final && !done {
			t.Fatal("the last run did not finish")
		}
		present = checkWholeOrAbsent(t, dir, kek, bundles, want)
		t.Logf("round %d: killed after %d batches; %d of %d bundles stored", round, seen, present, n)
		if final && present != n {
			t.Fatalf("after the last run %d of %d bundles are stored", present, n)
		}
	}
}

// checkWholeOrAbsent opens the vault a killed child left and checks that every bundle is
// stored wholly (record, detail with the original bundle, key, index entries) or not at all,
// and that the file is a sound B+tree. It returns how many are stored.
func checkWholeOrAbsent(t *testing.T, dir string, kek []byte, bundles [][]byte, want []Patient) int {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(dir, "vault.db")
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	}); err != nil {
		t.Fatalf("the file is not consistent: %v", err)
	}
	db.Close()

	v, err := OpenVault(path, kek, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	present := 0
	for i, b := range bundles {
		ref, err := v.PatientByIdentifier(ctx, SyntheticSystem, fmt.Sprintf("%d-%d", crashSeed, i))
		if marketplace.ErrorCode(err) == marketplace.ENOTFOUND {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		present++
		p, err := v.Patient(ctx, ref)
		if err != nil {
			t.Fatalf("bundle %d: identifier stored but record not: %v", i, err)
		}
		w := want[i]
		w.Ref = ref
		if err := w.normalize(); err != nil {
			t.Fatal(err)
		}
		if !samePatient(*p, w) {
			t.Fatalf("bundle %d stored partly:\n%+v\n%+v", i, *p, w)
		}
		if back, err := v.Bundle(ctx, ref); err != nil || !bytes.Equal(back, b) {
			t.Fatalf("bundle %d: original not stored whole (%v)", i, err)
		}
	}
	counts := bucketCounts(t, v)
	count, _ := v.PatientCount(ctx)
	for _, name := range []string{"keys", "records", "details", "index", "imports", "identities"} {
		if counts[name] != present {
			t.Fatalf("%s holds %d entries for %d bundles stored: %v", name, counts[name], present, counts)
		}
	}
	if count != present {
		t.Fatalf("patient count %d for %d bundles stored", count, present)
	}
	return present
}
