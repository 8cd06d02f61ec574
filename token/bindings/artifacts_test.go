package bindings_test

import (
	"bytes"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/medmarket/medmarket/token/bindings"
)

const contractsDir = "../contracts"

// metadata maps each committed artifact, by its path under artifacts/ without extension, to
// the binding generated from it. Test-only contracts (artifacts/test) have none.
var metadata = map[string]*bind.MetaData{
	"RewardToken":               bindings.RewardTokenMetaData,
	"StudyRegistry":             bindings.StudyRegistryMetaData,
	"PrivacyBudgetLedger":       bindings.PrivacyBudgetLedgerMetaData,
	"baseline/BaselineToken":    bindings.BaselineTokenMetaData,
	"baseline/BaselineDisperse": bindings.BaselineDisperseMetaData,
	"baseline/BaselineConsent":  bindings.BaselineConsentMetaData,
}

// artifactDirs are the directories under artifacts/ that compile.js writes.
var artifactDirs = []string{"", "baseline", "test"}

// TestArtifactsUpToDate recompiles the contracts with the pinned solc-js and fails if the
// output differs from the committed artifacts: run `go generate ./token/...` and commit.
func TestArtifactsUpToDate(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	if _, err := os.Stat(filepath.Join(contractsDir, "node_modules")); err != nil {
		npm, err := exec.LookPath("npm")
		if err != nil {
			t.Skip("npm is not installed")
		}
		run(t, npm, "ci", "--prefix", contractsDir, "--no-audit", "--no-fund", "--loglevel=error")
	}
	out := t.TempDir()
	run(t, node, filepath.Join(contractsDir, "compile.js"), out)

	want := readArtifacts(t, filepath.Join(contractsDir, "artifacts"))
	got := readArtifacts(t, out)
	if !slices.Equal(sortedKeys(got), sortedKeys(want)) {
		t.Fatalf("compiled artifacts %v, committed %v: run go generate ./token/...", sortedKeys(got), sortedKeys(want))
	}
	for name, w := range want {
		if !bytes.Equal(got[name], w) {
			t.Errorf("%s differs from the committed artifact: run go generate ./token/...", name)
		}
	}
}

// TestBindingsMatchArtifacts checks that every binding embeds the ABI and creation code of
// its committed artifact, and that every artifact has a binding.
func TestBindingsMatchArtifacts(t *testing.T) {
	artifacts := readArtifacts(t, filepath.Join(contractsDir, "artifacts"))
	var names []string
	for file := range artifacts {
		if name, ok := strings.CutSuffix(file, ".abi"); ok && !strings.HasPrefix(name, "test/") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	if !slices.Equal(names, sortedKeys(metadata)) {
		t.Fatalf("artifacts for %v, bindings for %v: add the binding to token/generate.go and this test", names, sortedKeys(metadata))
	}
	for name, md := range metadata {
		// abigen embeds the ABI with all white space removed.
		abi := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, string(artifacts[name+".abi"]))
		if md.ABI != abi {
			t.Errorf("bindings.%sMetaData.ABI differs from artifacts/%s.abi: run go generate ./token/...", name, name)
		}
		if bin := "0x" + strings.TrimSpace(string(artifacts[name+".bin"])); md.Bin != bin {
			t.Errorf("bindings.%sMetaData.Bin differs from artifacts/%s.bin: run go generate ./token/...", name, name)
		}
		if _, err := md.GetAbi(); err != nil {
			t.Errorf("bindings.%sMetaData.ABI: %v", name, err)
		}
	}
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

// readArtifacts reads the .abi and .bin files of dir and its artifact subdirectories, keyed by
// their slash-separated path relative to dir.
func readArtifacts(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := make(map[string][]byte)
	for _, sub := range artifactDirs {
		entries, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if ext := filepath.Ext(e.Name()); ext != ".abi" && ext != ".bin" {
				continue
			}
			b, err := os.ReadFile(filepath.Join(dir, sub, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			files[path.Join(sub, e.Name())] = b
		}
	}
	return files
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
