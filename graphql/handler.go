package graphql

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

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

// NewSchema parses the schema over svc with the API's limits.
func NewSchema(svc *marketplace.Service) (*gql.Schema, error) {
	return gql.ParseSchema(Schema, &Resolver{svc: svc},
		gql.MaxDepth(MaxDepth),
		gql.MaxQueryLength(MaxQueryLength),
		gql.MaxParallelism(MaxParallelism),
		gql.MaxSelections(MaxSelections),
		gql.OverlapValidationLimit(1000),
		gql.PanicHandler(panicHandler{}),
	)
}

type panicHandler struct{}

// MakePanicError logs a resolver panic and shows the client nothing of it.
func (panicHandler) MakePanicError(ctx context.Context, value any) *gqlerrors.QueryError {
	slog.ErrorContext(ctx, "resolver panic", "panic", value)
	return &gqlerrors.QueryError{Message: "internal error", Extensions: map[string]any{"code": marketplace.EINTERNAL}}
}

// Handler serves POST /graphql over schema.
func Handler(schema *gql.Schema) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
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
		resp := schema.Exec(r.Context(), params.Query, params.OperationName, params.Variables)
		for _, e := range resp.Errors {
			if e.Extensions == nil {
				// Parse and validation errors from the engine: the query itself is at fault.
				e.Extensions = map[string]any{"code": marketplace.EINVALID}
			}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	})
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{
		"message": msg, "extensions": map[string]any{"code": marketplace.EINVALID},
	}}})
}
