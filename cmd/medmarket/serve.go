package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/medmarket/medmarket/graphql"
	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token"
	"github.com/medmarket/medmarket/web"
)

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	c.register(fs, "medmarket-data")
	addr := fs.String("addr", envOr("MEDMARKET_ADDR", "127.0.0.1:8080"), "HTTP listen address; env MEDMARKET_ADDR")
	fs.StringVar(&c.PublicURL, "public-url", envOr("MEDMARKET_PUBLIC_URL", ""), "the URL clients reach the server at, named in sign-in messages (default http://ADDR); env MEDMARKET_PUBLIC_URL")
	fs.BoolVar(&c.Production, "production", os.Getenv("MEDMARKET_PRODUCTION") == "1", "production mode: no introspection, no GraphiQL, no schema suggestions in errors; env MEDMARKET_PRODUCTION=1")
	var boards, admins addrList
	fs.Var(&boards, "ethics-board", "grant the ETHICS_BOARD role to this address (repeatable)")
	fs.Var(&admins, "admin", "an operator admin account, who may grant and revoke the ETHICS_BOARD role through the API once signed in (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c.Admins = admins
	a, err := openApp(ctx, c)
	if err != nil {
		return err
	}
	defer a.Close()
	for _, b := range boards {
		if err := a.chain.AddEthicsBoard(ctx, b); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	return serve(ctx, a, ln, stdout, c)
}

type addrList []marketplace.Address

func (l *addrList) String() string { return fmt.Sprint(*l) }
func (l *addrList) Set(s string) error {
	a, err := marketplace.ParseAddress("ethics-board", s)
	if err != nil {
		return err
	}
	*l = append(*l, a)
	return nil
}

// serve runs the HTTP API on ln until ctx ends.
func serve(ctx context.Context, a *app, ln net.Listener, stdout io.Writer, c config) error {
	public := c.PublicURL
	if public == "" {
		public = "http://" + ln.Addr().String()
	}
	u, err := url.Parse(public)
	if err != nil || u.Host == "" {
		return fmt.Errorf("--public-url %q is not an absolute URL", public)
	}
	sessions := &marketplace.Sessions{
		Verifier: token.SIWE{}, Store: marketplace.NewMemorySessions(),
		Domain: u.Host, URI: public, ChainID: a.chain.Ledger.Domain().ChainID,
	}
	api, err := graphql.New(a.svc, sessions, graphql.Options{Production: c.Production})
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", api.WebSocket())
	pages := web.Handler()
	if c.Production {
		mux.Handle("/graphiql", http.NotFoundHandler())
	}
	mux.Handle("/", pages)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 5 * time.Minute}
	d := a.chain.Ledger.Domain()
	fmt.Fprintf(stdout, "medmarket listening on http://%s (GraphQL /graphql, console /graphiql); chain id %d, registry %s\n",
		ln.Addr(), d.ChainID, d.StudyRegistry.Hex())
	slog.Info("serving", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	}
}
