package graphql

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	gql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"

	"github.com/medmarket/medmarket/marketplace"
)

// Schema is the API's schema, embedded from schema.graphql.
//
//go:embed schema.graphql
var Schema string

// Request limits. A request past any of them is refused with EINVALID before it runs.
const (
	MaxBodyBytes   = 256 << 10
	MaxQueryLength = 16 << 10
	MaxDepth       = 10
	MaxSelections  = 500
	MaxParallelism = 8
)

// Options configure the API.
type Options struct {
	// Production hides the schema: introspection is off and validation errors carry no
	// "Did you mean" suggestions. GraphiQL is not served either (see cmd/medmarket).
	Production bool
}

// API is the GraphQL endpoint: schema, sessions and limits.
type API struct {
	schema   *gql.Schema
	sessions *marketplace.Sessions
	opts     Options
}

// New parses the schema over svc with the API's limits.
func New(svc *marketplace.Service, sessions *marketplace.Sessions, opts Options) (*API, error) {
	gopts := []gql.SchemaOpt{
		gql.MaxDepth(MaxDepth),
		gql.MaxQueryLength(MaxQueryLength),
		gql.MaxParallelism(MaxParallelism),
		gql.MaxSelections(MaxSelections),
		gql.OverlapValidationLimit(1000),
		gql.PanicHandler(panicHandler{}),
		gql.Logger(panicHandler{}),
	}
	if opts.Production {
		gopts = append(gopts, gql.DisableIntrospection())
	}
	schema, err := gql.ParseSchema(Schema, &Resolver{svc: svc, sessions: sessions}, gopts...)
	if err != nil {
		return nil, err
	}
	return &API{schema: schema, sessions: sessions, opts: opts}, nil
}

// panicHandler turns resolver panics into a bare "internal error" for the client and one log
// line for the operator.
type panicHandler struct{}

// LogPanic implements graphql-go's logger; MakePanicError already logged the panic.
func (panicHandler) LogPanic(context.Context, any) {}

// MakePanicError logs a resolver panic and shows the client nothing of it.
func (panicHandler) MakePanicError(ctx context.Context, value any) *gqlerrors.QueryError {
	slog.ErrorContext(ctx, "resolver panic", "panic", value)
	return &gqlerrors.QueryError{Message: "internal error", Extensions: map[string]any{"code": marketplace.EINTERNAL}}
}

// ServeHTTP serves POST /graphql.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var params struct {
		Query         string          `json:"query"`
		OperationName string          `json:"operationName"`
		Variables     map[string]any  `json:"variables"`
		Extensions    json.RawMessage `json:"extensions"`
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		writeError(w, http.StatusMethodNotAllowed, "send queries with POST")
		return
	}
	if r.ContentLength > MaxBodyBytes {
		writeError(w, http.StatusRequestEntityTooLarge, "request body is larger than 256 KiB")
		return
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err := dec.Decode(&params); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "request body is larger than 256 KiB")
			return
		}
		writeError(w, http.StatusBadRequest, "body must be one JSON object {query, variables, operationName}; batches are not accepted")
		return
	}
	if params.Query == "" {
		writeError(w, http.StatusBadRequest, "query is required")
		return
	}
	ctx := r.Context()
	if tok := bearer(r.Header.Get("Authorization")); tok != "" && a.sessions != nil {
		sess, err := a.sessions.Session(ctx, tok)
		if err != nil {
			marketplace.Refused(ctx, nil, "session", err)
			writeCoded(w, http.StatusUnauthorized, marketplace.ErrorCode(err), marketplace.ErrorMessage(err))
			return
		}
		ctx = withViewer(ctx, sess)
	}
	resp := a.schema.Exec(ctx, params.Query, params.OperationName, params.Variables)
	for _, e := range resp.Errors {
		if e.Extensions == nil {
			// Parse and validation errors from the engine: the query itself is at fault.
			e.Extensions = map[string]any{"code": marketplace.EINVALID}
			if a.opts.Production {
				if i := strings.Index(e.Message, " Did you mean"); i >= 0 {
					e.Message = e.Message[:i]
				}
			}
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(resp)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeCoded(w, status, marketplace.EINVALID, msg)
}

func writeCoded(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{
		"message": msg, "extensions": map[string]any{"code": code},
	}}})
}
