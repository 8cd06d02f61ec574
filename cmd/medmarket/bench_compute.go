package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/medmarket/medmarket/compute"
)

func init() { benches["compute"] = benchComputeCmd }

// benchComputeCmd measures private compute: an analysis plan of 32 statistics in HE_DP mode
// over --patients patients split across --vaults vaults, end to end, beside the sum of its
// unavoidable parts measured alone in the same run; --scaling prints the table over patients
// and vaults.
func benchComputeCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench compute", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o compute.ComputeBenchOptions
	fs.IntVar(&o.Patients, "patients", 1_000_000, "synthetic patients, split evenly across the vaults")
	fs.IntVar(&o.Vaults, "vaults", 8, "vaults (1 to 32); the board and vaults/2+1 of them decrypt")
	fs.IntVar(&o.Runs, "runs", 3, "repetitions of each measurement (medians are reported)")
	fs.Int64Var(&o.Seed, "seed", 1, "seed of the synthetic cohort")
	fs.StringVar(&o.Dir, "dir", os.TempDir(), "scratch directory for the vault files")
	fs.BoolVar(&o.TestParams, "test-params", false, "use the small HE parameter set (N=2^12) instead of the production one (N=2^13)")
	scaling := fs.Bool("scaling", false, "measure every combination of --scaling-patients and --scaling-vaults and print the table")
	scalingPatients := fs.String("scaling-patients", "10000,100000,1000000", "patient counts of --scaling")
	scalingVaults := fs.String("scaling-vaults", "1,8,32", "vault counts of --scaling")
	asJSON := fs.Bool("json", false, "print JSON (one object, or an array with --scaling)")
	quiet := fs.Bool("quiet", false, "no progress lines on stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !*quiet {
		o.Progress = func(stage string) { fmt.Fprintln(stderr, "bench compute:", stage) }
	}
	if !*scaling {
		rep, err := compute.RunComputeBench(ctx, o)
		if err != nil {
			return err
		}
		if *asJSON {
			return printJSON(stdout, rep)
		}
		printComputeBench(stdout, rep)
		return nil
	}
	ps, err := ints(*scalingPatients)
	if err != nil {
		return fmt.Errorf("--scaling-patients: %w", err)
	}
	vs, err := ints(*scalingVaults)
	if err != nil {
		return fmt.Errorf("--scaling-vaults: %w", err)
	}
	var reps []*compute.ComputeBenchReport
	for _, n := range ps {
		for _, v := range vs {
			o.Patients, o.Vaults = n, v
			rep, err := compute.RunComputeBench(ctx, o)
			if err != nil {
				return fmt.Errorf("%d patients, %d vaults: %w", n, v, err)
			}
			reps = append(reps, rep)
		}
	}
	if *asJSON {
		return printJSON(stdout, reps)
	}
	fmt.Fprintf(stdout, "medmarket bench compute --scaling: %d statistics in HE_DP mode, %s, %d cores, medians of %d runs\n\n",
		reps[0].Statistics, reps[0].Params.Name, reps[0].Cores, reps[0].Runs)
	fmt.Fprintf(stdout, "%10s %7s %10s %10s %9s %9s %9s %9s %10s %7s\n", "patients", "vaults", "end2end s", "parts s", "scan s", "encrypt s", "add s", "decrypt s", "bookkeep s", "ratio")
	for _, r := range reps {
		fmt.Fprintf(stdout, "%10d %7d %10.3f %10.3f %9.3f %9.3f %9.4f %9.3f %10.3f %6.2fx\n", r.Patients, r.Vaults, r.EndToEndSeconds,
			r.PartsSeconds, r.ScanSeconds, r.EncryptSeconds, r.AddSeconds, r.DecryptSeconds, r.BookkeepingSeconds, r.Ratio)
	}
	return nil
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func printComputeBench(w io.Writer, r *compute.ComputeBenchReport) {
	goal := func(ok bool) string {
		if ok {
			return "met"
		}
		return "NOT met"
	}
	fmt.Fprintf(w, "medmarket bench compute: %d statistics (%d slots) in HE_DP mode over %d patients in %d vaults (board + %d decrypt), %d cores, medians of %d runs\n",
		r.Statistics, r.Slots, r.Patients, r.Vaults, r.Threshold, r.Cores, r.Runs)
	fmt.Fprintf(w, "HE parameters: %s\n\n", r.Params)
	fmt.Fprintf(w, "end to end            %8.3f s   (queue, chain checks, scans, access logs and privacy charges, encryption, addition, threshold decryption with DP noise, the researcher's decoding)\n", r.EndToEndSeconds)
	fmt.Fprintf(w, "  of which bookkeeping %7.3f s   (the slowest vault's access-log entries and privacy charges for every patient read)\n", r.BookkeepingSeconds)
	fmt.Fprintf(w, "parts alone           %8.3f s\n", r.PartsSeconds)
	fmt.Fprintf(w, "  vault scans         %8.3f s   (every vault's projection scan computing the plan's totals, concurrently)\n", r.ScanSeconds)
	fmt.Fprintf(w, "  lattigo encrypt     %8.3f s   (every vault's totals, concurrently)\n", r.EncryptSeconds)
	fmt.Fprintf(w, "  lattigo add         %8.4f s   (%d ciphertexts)\n", r.AddSeconds, r.Vaults)
	fmt.Fprintf(w, "  lattigo decrypt     %8.3f s   (board share with noise + %d vault shares, combination, the researcher's decryption)\n", r.DecryptSeconds, r.Threshold)
	perM := 1e6 / float64(r.Patients)
	fmt.Fprintf(w, "ratio                 %8.2fx   (goal <= 1.5x: %s)\n", r.Ratio, goal(r.Ratio <= 1.5))
	if r.Patients == 1_000_000 && r.Vaults == 8 {
		fmt.Fprintf(w, "goal 1,000,000 patients over 8 vaults in <= 3 s: %s\n", goal(r.EndToEndSeconds <= 3))
	} else {
		fmt.Fprintf(w, "per million patients  %8.3f s   (goal for 1,000,000 over 8 vaults: <= 3 s)\n", r.EndToEndSeconds*perM)
	}
	fmt.Fprintf(w, "setup (not timed)     %8.1f s   (generating, enrolling, warming key caches, key ceremony)\n", r.SetupSeconds)
}
