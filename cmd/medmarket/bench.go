package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// command is a subcommand's entry point.
type command func(ctx context.Context, args []string, stdout, stderr io.Writer) error

// benches are the benchmarks of `medmarket bench NAME`; each file that defines one registers
// it here from an init function.
var benches = map[string]command{}

func benchCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	names := make([]string, 0, len(benches))
	for n := range benches {
		names = append(names, n)
	}
	slices.Sort(names)
	if len(args) == 0 || benches[args[0]] == nil {
		fmt.Fprintf(stderr, "usage: medmarket bench {%s} [flags] [--json]\n", strings.Join(names, "|"))
		if len(args) == 0 {
			return fmt.Errorf("name a benchmark")
		}
		return fmt.Errorf("unknown benchmark %q", args[0])
	}
	return benches[args[0]](ctx, args[1:], stdout, stderr)
}

// printJSON writes v as indented JSON, the --json output of demo and the benches.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
