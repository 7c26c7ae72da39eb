// Package occ carries optimistic concurrency control: an update names the
// version of the record it started from, and the data layer refuses it with
// a conflict when somebody else changed the record in between.
package occ

import (
	"context"
	"fmt"

	"github.com/debrief/debrief/internal/apperr"
)

type expectKey struct{}

type expectation struct {
	id, version int
	parent      *expectation
}

// Expect returns a context in which an update of the record with the given
// ID succeeds only while the record still has the given version. It is
// keyed by ID (IDs are unique across types), so writes that hooks make to
// other records in the same request are not affected.
func Expect(ctx context.Context, id, version int) context.Context {
	parent, _ := ctx.Value(expectKey{}).(*expectation)
	return context.WithValue(ctx, expectKey{}, &expectation{id: id, version: version, parent: parent})
}

// Expected returns the version expected for the record with the given ID.
func Expected(ctx context.Context, id int) (int, bool) {
	for e, _ := ctx.Value(expectKey{}).(*expectation); e != nil; e = e.parent {
		if e.id == id {
			return e.version, true
		}
	}
	return 0, false
}

// ConflictError is a stale update: the record with ID was at version
// Expected when the client started, and is at Current now. It unwraps to a
// client-safe *apperr.Error (code CONFLICT), so it is shown like any other;
// the API layer uses ID to add the record's current value, read as the
// viewer, so that the client can merge without a second round trip.
type ConflictError struct {
	ID, Expected, Current int
}

func (e *ConflictError) Error() string { return e.apperr().Message }

// Unwrap gives errors.As (and apperr.As) the client-safe error.
func (e *ConflictError) Unwrap() error { return e.apperr() }

func (e *ConflictError) apperr() *apperr.Error {
	return &apperr.Error{
		Code:    apperr.CodeConflict,
		Message: fmt.Sprintf("the record was changed by someone else (you edited version %d, it is now at version %d); reload and merge your changes", e.Expected, e.Current),
		Extensions: map[string]any{
			"expectedVersion": e.Expected,
			"currentVersion":  e.Current,
		},
	}
}

// Conflict is the error for a stale update; it tells the client the
// version the record has now so it can reload and merge.
func Conflict(id, expected, current int) *ConflictError {
	return &ConflictError{ID: id, Expected: expected, Current: current}
}
