package graphql

import (
	"context"
	"log/slog"

	"github.com/medmarket/medmarket/marketplace"
)

// apiError is what resolvers return: a client-safe message with the domain code (and field)
// as GraphQL error extensions.
type apiError struct {
	code, field, msg string
}

func (e *apiError) Error() string { return e.msg }

// Extensions implements graphql-go's extension interface.
func (e *apiError) Extensions() map[string]any {
	m := map[string]any{"code": e.code}
	if e.field != "" {
		m["field"] = e.field
	}
	return m
}

// edge converts a domain error for the client. Internal errors are logged (their text holds
// no personal data: the domain never puts any in errors) and shown as a generic message.
func edge(ctx context.Context, op string, err error) error {
	if err == nil {
		return nil
	}
	code := marketplace.ErrorCode(err)
	if code == marketplace.EINTERNAL {
		slog.ErrorContext(ctx, "internal error", "op", op, "err", err)
	}
	return &apiError{code: code, field: marketplace.ErrorField(err), msg: marketplace.ErrorMessage(err)}
}
