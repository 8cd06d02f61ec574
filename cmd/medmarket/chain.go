package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/medmarket/medmarket/token"
)

// chainCmd runs the embedded node alone with JSON-RPC over HTTP, so that other processes
// (`serve --chain-rpc`) use it as an external chain.
func chainCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("chain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", envOr("MEDMARKET_DATA", "medmarket-chain"), "data directory of the node")
	http := fs.String("http", "127.0.0.1:8545", "JSON-RPC listen address")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir := filepath.Join(*data, "chain")
	c, err := token.OpenEmbedded(ctx, token.EmbeddedConfig{DataDir: dir, HTTPAddr: *http})
	if err != nil {
		return err
	}
	defer c.Close()
	fmt.Fprintf(stdout, "chain %d serving JSON-RPC at %s\nfunded operator key: %s (pass it to serve with --operator-key)\n",
		c.Ledger.Domain().ChainID, c.Node().HTTPEndpoint(), filepath.Join(dir, "operator.key"))
	<-ctx.Done()
	return nil
}
