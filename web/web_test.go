package web

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestPagesAreEmbedded(t *testing.T) {
	h := Handler()
	for path, want := range map[string]string{
		"/":                                      "/static/studies.js",
		"/graphiql":                              "/static/vendor/graphiql.min.js",
		"/static/studies.js":                     "/graphql",
		"/static/vendor/react.production.min.js": "React",
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d, body lacks %q", path, rec.Code, want)
		}
		if strings.Contains(string(body), "https://") && strings.HasSuffix(path, ".html") {
			t.Errorf("%s loads something from the network", path)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/nope", nil))
	if rec.Code != 404 {
		t.Errorf("unknown page: %d", rec.Code)
	}
}
