package marketplace

import (
	"errors"
	"fmt"
)

// Error codes. They are stable strings that reach API clients as GraphQL error extensions.
const (
	EINVALID      = "EINVALID"      // input fails validation; Field names the offending field
	EUNAUTHORIZED = "EUNAUTHORIZED" // missing or bad signature
	EFORBIDDEN    = "EFORBIDDEN"    // authenticated but not allowed in this state or role
	ENOTFOUND     = "ENOTFOUND"     // no such study, patient or release
	ECONFLICT     = "ECONFLICT"     // the action clashes with stored state (already done, replay)
	EBUDGET       = "EBUDGET"       // the privacy budget would be exceeded
	EINTERNAL     = "EINTERNAL"     // anything else; its details are never shown
)

// Error is the one error type of the domain. Message is safe to show to a client: it never
// carries personal data or internal detail. Field, when set, names the input field at fault.
type Error struct {
	Code    string
	Field   string
	Message string
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %s", e.Code, e.Field, e.Message)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf builds an *Error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldError builds an EINVALID error naming the field at fault.
func FieldError(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other
// non-nil error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the client-safe message of err: the *Error's message, or a generic
// text for internal errors so that no detail leaks.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		if e.Field != "" {
			return e.Field + ": " + e.Message
		}
		return e.Message
	}
	return "internal error"
}

// ErrorField returns the field named by the first *Error in err's chain, or "".
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}
