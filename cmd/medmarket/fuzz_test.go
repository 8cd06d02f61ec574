package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/medmarket/medmarket/graphql"
	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token"
)

var (
	fuzzOnce sync.Once
	fuzzSrv  *httptest.Server
)

// FuzzGraphQL throws arbitrary documents and variables at the real API (embedded chain,
// vault, stores). It must never crash, never answer without data or errors, and never leak
// internal detail.
func FuzzGraphQL(f *testing.F) {
	for _, seed := range []struct{ q, vars string }{
		{`{ studies { totalCount edges { node { id title status } } } }`, `{}`},
		{`{ study(id: "1") { id protocolDocument } }`, `{}`},
		{`query($a: String!) { balance(address: $a) }`, `{"a": "0x0000000000000000000000000000000000000001"}`},
		{`mutation($i: StudyInput!, $a: AuthInput!) { postStudy(input: $i, auth: $a) { id } }`, `{"i": {"title": "x"}, "a": {"signer": "0x00", "nonce": "x", "deadline": "-1", "signature": "0x"}}`},
		{`{ a: me { address } b: me { address } }`, `{}`},
		{`{ __typename ... on Query { signingDomain { chainId } } }`, `{}`},
		{`query { studies(first: -1) { totalCount } }`, `{}`},
		{`{ study(id: "99999999999999999999") { id } }`, `{}`},
		{`{`, `{}`},
		{`fragment F on Query { ...F } { ...F }`, `{}`},
	} {
		f.Add(seed.q, seed.vars)
	}
	fuzzOnce.Do(func() {
		dir, err := openFuzzApp(f)
		if err != nil {
			f.Fatal(err)
		}
		fuzzSrv = dir
	})
	f.Fuzz(func(t *testing.T, query, vars string) {
		var v map[string]any
		json.Unmarshal([]byte(vars), &v)
		body, _ := json.Marshal(map[string]any{"query": query, "variables": v})
		res, err := http.Post(fuzzSrv.URL, "application/json", strings.NewReader(string(body)))
		if err != nil {
			t.Fatal(err) // the server died
		}
		defer res.Body.Close()
		raw, _ := io.ReadAll(res.Body)
		var out struct {
			Data   json.RawMessage  `json:"data"`
			Errors []map[string]any `json:"errors"`
		}
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Fatalf("status %d, not JSON: %q", res.StatusCode, raw)
		}
		if (len(out.Data) == 0 || string(out.Data) == "null") && len(out.Errors) == 0 {
			t.Fatalf("neither data nor errors: %q", raw)
		}
		for _, e := range out.Errors {
			msg, _ := e["message"].(string)
			if strings.Contains(msg, "goroutine") || strings.Contains(msg, ".go:") || strings.Contains(msg, "runtime error") {
				t.Fatalf("internal detail leaked: %q", msg)
			}
		}
	})
}

func openFuzzApp(f *testing.F) (*httptest.Server, error) {
	ctx := context.Background()
	c := config{DataDir: f.TempDir(), Patients: 20, Seed: 3}
	a, err := openApp(ctx, c)
	if err != nil {
		return nil, err
	}
	f.Cleanup(func() { fuzzSrv.Close(); a.Close() })
	sessions := &marketplace.Sessions{Verifier: token.SIWE{}, Store: marketplace.NewMemorySessions(), Domain: "fuzz.test", URI: "http://fuzz.test", ChainID: 1337}
	api, err := graphql.New(a.svc, sessions, graphql.Options{Production: true})
	if err != nil {
		return nil, err
	}
	return httptest.NewServer(api), nil
}
