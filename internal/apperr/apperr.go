// Package apperr defines the errors Debrief shows to clients. Each carries a
// stable code that GraphQL clients receive as extensions.code; anything that
// is not an *Error is treated as internal and never shown verbatim.
package apperr

import (
	"errors"
	"fmt"
)

// Codes clients can rely on.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeConflict        = "CONFLICT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeLimitExceeded   = "LIMIT_EXCEEDED"
	CodeInternal        = "INTERNAL"
)

// Error is a client-safe error: its message may be shown to the user.
type Error struct {
	Code    string
	Message string
	// Field names the input field at fault, when there is one.
	Field string
	// Extensions are extra, client-safe details (for example the current
	// version of a record after a conflict).
	Extensions map[string]any
}

func (e *Error) Error() string { return e.Message }

// Invalid reports bad input in the named field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: CodeBadUserInput, Field: field, Message: fmt.Sprintf(format, args...)}
}

// NotFound reports that what the client named does not exist (or is not
// visible to them).
func NotFound(format string, args ...any) *Error {
	return &Error{Code: CodeNotFound, Message: fmt.Sprintf(format, args...)}
}

// Limit reports a request over one of the server's limits.
func Limit(format string, args ...any) *Error {
	return &Error{Code: CodeLimitExceeded, Message: fmt.Sprintf(format, args...)}
}

// As returns the *Error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
