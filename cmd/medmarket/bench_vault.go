package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/medmarket/medmarket/compute"
)

func init() { benches["vault"] = benchVaultCmd }

// benchVaultCmd measures the vault: synthetic generation, FHIR rendering and import, and the
// scan of every patient against the raw AES-GCM decryption of the same records.
func benchVaultCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench vault", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o compute.VaultBenchOptions
	fs.IntVar(&o.Patients, "patients", 1_000_000, "synthetic patients generated into the vault and scanned")
	fs.IntVar(&o.Bundles, "bundles", 20_000, "FHIR bundles written to a file and imported from it")
	fs.IntVar(&o.Runs, "runs", 3, "repetitions of each measurement (medians are reported)")
	fs.Int64Var(&o.Seed, "seed", 1, "seed of the synthetic cohort")
	fs.StringVar(&o.Dir, "dir", os.TempDir(), "scratch directory for the vault files")
	asJSON := fs.Bool("json", false, "print one JSON object")
	quiet := fs.Bool("quiet", false, "no progress lines on stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !*quiet {
		o.Progress = func(stage string) { fmt.Fprintln(stderr, "bench vault:", stage) }
	}
	rep, err := compute.RunVaultBench(ctx, o)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(stdout, rep)
	}
	goal := func(ok bool) string {
		if ok {
			return "met"
		}
		return "NOT met"
	}
	fmt.Fprintf(stdout, "medmarket bench vault: %d patients, %d FHIR bundles, %d cores, medians of %d runs\n\n",
		rep.Patients, rep.Bundles, rep.Cores, rep.Runs)
	fmt.Fprintf(stdout, "generate into a vault  %8.2f s  %10.0f patients/s   (goal 1,000,000 in <= 60 s: %s)\n",
		rep.GenerateSeconds, rep.GeneratePerSecond, goal(1_000_000/rep.GeneratePerSecond <= 60))
	fmt.Fprintf(stdout, "vault file             %8.0f bytes/patient\n", rep.VaultBytesPerRecord)
	if rep.Bundles > 0 {
		fmt.Fprintf(stdout, "write FHIR to a file   %8.2f s  %10.0f patients/s   (%.0f bytes a bundle)\n",
			rep.RenderSeconds, rep.RenderPerSecond, rep.BundleBytesAvg)
		fmt.Fprintf(stdout, "import FHIR bundles    %8.2f s  %10.0f patients/s   (goal >= 2,000/s: %s)\n",
			rep.ImportSeconds, rep.ImportPerSecond, goal(rep.ImportPerSecond >= 2000))
	}
	perM := 1e6 / float64(rep.Patients)
	fmt.Fprintf(stdout, "scan, cold key cache   %8.3f s  (%.3f s per 1M)  %.2fx raw   (goal <= 1.5 s per 1M: %s; <= 3x raw: %s)\n",
		rep.ScanColdSeconds, rep.ScanColdSeconds*perM, rep.ScanColdVsRaw, goal(rep.ScanColdSeconds*perM <= 1.5), goal(rep.ScanColdVsRaw <= 3))
	fmt.Fprintf(stdout, "  (cold: the first scan after opening, every data key unwrapped under the KEK and expanded; serve fills the cache in the background when it starts)\n")
	fmt.Fprintf(stdout, "scan, warm key cache   %8.3f s  (%.3f s per 1M)  %.2fx raw   (goal <= 1.5 s per 1M: %s; <= 3x raw: %s)\n",
		rep.ScanWarmSeconds, rep.ScanWarmSeconds*perM, rep.ScanWarmVsRaw, goal(rep.ScanWarmSeconds*perM <= 1.5), goal(rep.ScanWarmVsRaw <= 3))
	fmt.Fprintf(stdout, "raw AES-GCM decrypt    %8.3f s  (same records, one expanded key, same workers)\n", rep.RawDecryptSeconds)
	fmt.Fprintf(stdout, "  filter matched %d patients (women 40-75 with E11, HbA1c >= 6.5 %%, BMI 25-45)\n", rep.ScanMatched)
	fmt.Fprintf(stdout, "DP answer, everyone    %8.3f s  (consent check, scan, access log for every patient, noise; the log write %.3f s)\n",
		rep.AnswerSeconds, rep.AccessLogSeconds)
	return nil
}
