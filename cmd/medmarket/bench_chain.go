package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/medmarket/medmarket/token"
)

func init() { benches["chain"] = benchChainCmd }

// benchChainCmd measures the on-chain layer on fresh embedded nodes with mainnet gas rules and
// prints a table, or with --json the same figures as one JSON object.
func benchChainCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench chain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object instead of the table")
	runs := fs.Int("runs", 3, "independent runs on fresh chains; figures are medians")
	batch := fs.Int("batch", 100, "consents per batch and recipients per payout")
	consents := fs.Int("consents", 3000, "consents relayed through the Ledger for the throughput figure")
	quiet := fs.Bool("quiet", false, "no progress on stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg := token.BenchConfig{Runs: *runs, Batch: *batch, Consents: *consents}
	if !*quiet {
		cfg.Logf = func(format string, a ...any) { fmt.Fprintf(stderr, "bench chain: "+format+"\n", a...) }
	}
	rep, err := token.RunBench(ctx, cfg)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(stdout, rep)
	}
	printBenchChain(stdout, rep)
	return nil
}

func printBenchChain(w io.Writer, rep *token.BenchReport) {
	fmt.Fprintf(w, "medmarket bench chain: %s; medians of %d runs\n\n", rep.Chain, rep.Runs)
	width := 0
	for _, r := range rep.Rows {
		width = max(width, len(r.Name))
	}
	fmt.Fprintf(w, "%-*s  %12s  %-10s  %8s  %s\n", width, "figure", "value", "unit", "ratio", "goal")
	fmt.Fprintln(w, strings.Repeat("-", width+50))
	for _, r := range rep.Rows {
		ratio := ""
		if r.Ratio != 0 {
			ratio = fmt.Sprintf("%.2fx", r.Ratio)
		}
		goal := r.Goal
		if r.Met != nil {
			if *r.Met {
				goal += " met"
			} else {
				goal += " NOT MET"
			}
		}
		fmt.Fprintf(w, "%-*s  %12.0f  %-10s  %8s  %s\n", width, r.Name, r.Value, r.Unit, ratio, goal)
	}
	fmt.Fprintln(w, "\nratio = value / the baseline measured in the same runs:")
	for _, r := range rep.Rows {
		if r.Baseline != "" {
			fmt.Fprintf(w, "  %s vs %s\n", r.Name, r.Baseline)
		}
	}
}
