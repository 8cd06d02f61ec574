package graphql

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// These requests are refused before any resolver runs, so no service is needed.
func TestLimits(t *testing.T) {
	api, err := New(nil, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api)
	defer srv.Close()
	post := func(body string) (int, map[string]any) {
		res, err := http.Post(srv.URL, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out map[string]any
		json.NewDecoder(res.Body).Decode(&out)
		return res.StatusCode, out
	}
	q := func(query string) string {
		b, _ := json.Marshal(map[string]string{"query": query})
		return string(b)
	}
	deep := "{ studies { edges { node { plan { id } } } } }"
	for name, c := range map[string]struct {
		body   string
		status int
		text   string
	}{
		"misspelled field": {q("{ studys { id } }"), 200, "Cannot query field"},
		"nested 50 deep":   {q(strings.Repeat("{ studies ", 50) + strings.Repeat("}", 50)), 200, ""},
		"1000 aliases":     {q("{" + strings.Repeat(" a: signingDomain { chainId }", 1000) + "}"), 200, ""},
		"query too long":   {q("{ studies { totalCount } }" + strings.Repeat(" ", MaxQueryLength)), 200, "length"},
		"batch":            {`[` + q("{ studies { totalCount } }") + `]`, 400, "batches"},
		"not json":         {`query=1`, 400, ""},
		"empty query":      {`{}`, 400, "query is required"},
		"valid, deep ok":   {q(deep), 200, ""},
	} {
		status, out := post(c.body)
		if status != c.status {
			t.Errorf("%s: status %d, want %d (%v)", name, status, c.status, out)
			continue
		}
		if name == "valid, deep ok" {
			continue // reaches a resolver; the service-backed tests in cmd/medmarket cover it
		}
		errs, _ := out["errors"].([]any)
		if len(errs) == 0 {
			t.Errorf("%s: accepted: %v", name, out)
			continue
		}
		e := errs[0].(map[string]any)
		ext, _ := e["extensions"].(map[string]any)
		if ext["code"] != "EINVALID" {
			t.Errorf("%s: code %v, want EINVALID", name, ext["code"])
		}
		if c.text != "" && !strings.Contains(e["message"].(string), c.text) {
			t.Errorf("%s: message %q lacks %q", name, e["message"], c.text)
		}
		if strings.Contains(e["message"].(string), "goroutine") || strings.Contains(e["message"].(string), ".go:") {
			t.Errorf("%s: internal detail in %q", name, e["message"])
		}
	}
}

func TestSchemaHasNoUnauthenticatedWrites(t *testing.T) {
	// Every mutation takes a signature: an EIP-712 auth argument, the sign-in signature, or
	// (for private off-chain data) a session opened by one, which its resolver requires.
	session := map[string]bool{"signOut": true, "saveDraft": true, "setEthicsBoard": true}
	start := strings.Index(Schema, "type Mutation {")
	end := strings.Index(Schema[start:], "\n}")
	for _, line := range strings.Split(Schema[start:start+end], "\n")[1:] {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "\"") || strings.HasPrefix(line, "#") {
			continue
		}
		name := line[:strings.IndexAny(line+"(:", "(:")]
		if session[name] || strings.HasPrefix(line, "signIn(message: String!, signature: String!)") {
			continue
		}
		if !strings.Contains(line, "auth: AuthInput!") {
			t.Errorf("mutation without a signature: %s", line)
		}
	}
}

func TestProductionHidesTheSchema(t *testing.T) {
	for _, prod := range []bool{false, true} {
		api, err := New(nil, nil, Options{Production: prod})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(api)
		post := func(q string) map[string]any {
			b, _ := json.Marshal(map[string]string{"query": q})
			res, err := http.Post(srv.URL, "application/json", strings.NewReader(string(b)))
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var out map[string]any
			json.NewDecoder(res.Body).Decode(&out)
			return out
		}
		out := post("{ __schema { types { name } } }")
		types := 0
		if d, ok := out["data"].(map[string]any); ok {
			if sch, ok := d["__schema"].(map[string]any); ok {
				if ts, ok := sch["types"].([]any); ok {
					types = len(ts)
				}
			}
		}
		if prod && types > 0 {
			t.Errorf("production mode answered introspection with %d types", types)
		}
		if !prod && types == 0 {
			t.Errorf("development mode refused introspection: %v", out)
		}
		out = post("{ studys { id } }")
		msg := out["errors"].([]any)[0].(map[string]any)["message"].(string)
		if prod == strings.Contains(msg, "Did you mean") {
			t.Errorf("production=%v: %q", prod, msg)
		}
		srv.Close()
	}
}
