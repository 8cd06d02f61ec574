// Package web holds medmarket's browser pages and the pinned front-end packages they use, all
// embedded into the binary: a start page that lists studies, one page per role (researcher,
// patient, ethics board) and a public audit page, all talking only to the GraphQL API, and a
// GraphiQL console. Nothing is loaded from a CDN.
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var static embed.FS

// Handler serves the embedded pages: / (studies), /researcher, /patient, /board, /audit,
// /graphiql and /static/... .
func Handler() http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree always has static/
	}
	files := http.FileServer(http.FS(sub))
	mux := http.NewServeMux()
	mux.Handle("/static/", http.StripPrefix("/static/", files))
	page := func(name string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			b, err := fs.ReadFile(sub, name)
			if err != nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; img-src 'self' data:")
			w.Write(b)
		}
	}
	mux.HandleFunc("/graphiql", page("graphiql.html"))
	for _, role := range []string{"researcher", "patient", "board", "audit"} {
		mux.HandleFunc("/"+role, page(role+".html"))
	}
	mux.HandleFunc("/{$}", page("index.html"))
	return mux
}
