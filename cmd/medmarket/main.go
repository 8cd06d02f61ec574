// Command medmarket runs the clinical research data marketplace: `serve` runs the API, chain,
// vault and compute in one process on embedded defaults; `demo` plays the whole study story
// through the same service code and prints an audit summary.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `medmarket — clinical research data marketplace

Usage:
  medmarket serve [flags]   run the GraphQL API, embedded chain, vault and compute
  medmarket demo [flags]    play the whole study flow in one process and print an audit summary
  medmarket chain [flags]   run the embedded Ethereum node alone, with JSON-RPC over HTTP
  medmarket bench NAME      run a benchmark (see 'medmarket bench' for the list)
  medmarket vault COMMAND   vault operator tools: import FHIR, generate a cohort, show, log, erase

Run 'medmarket COMMAND -h' for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "medmarket:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("a command is required")
	}
	switch args[0] {
	case "serve":
		return serveCmd(ctx, args[1:], stdout, stderr)
	case "demo":
		return demoCmd(ctx, args[1:], stdout, stderr)
	case "chain":
		return chainCmd(ctx, args[1:], stdout, stderr)
	case "bench":
		return benchCmd(ctx, args[1:], stdout, stderr)
	case "vault":
		return vaultCmd(ctx, args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", args[0])
	}
}
