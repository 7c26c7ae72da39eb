package occ_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/occ"
)

func TestExpectIsPerRecord(t *testing.T) {
	ctx := occ.Expect(occ.Expect(context.Background(), 1, 3), 2, 7)
	for _, tc := range []struct {
		id, version int
		ok          bool
	}{{1, 3, true}, {2, 7, true}, {9, 0, false}} {
		if v, ok := occ.Expected(ctx, tc.id); v != tc.version || ok != tc.ok {
			t.Errorf("Expected(%d) = %d, %v; want %d, %v", tc.id, v, ok, tc.version, tc.ok)
		}
	}
	// The innermost expectation for a record wins.
	if v, _ := occ.Expected(occ.Expect(ctx, 1, 4), 1); v != 4 {
		t.Errorf("Expected after a second Expect = %d, want 4", v)
	}
}

// A conflict is a client-safe CONFLICT with both versions, and still says
// which record it is about once wrapped (the API adds its current value).
func TestConflictError(t *testing.T) {
	err := fmt.Errorf("update perspective: %w", occ.Conflict(42, 1, 3))

	ae, ok := apperr.As(err)
	if !ok || ae.Code != apperr.CodeConflict {
		t.Fatalf("apperr.As = %+v, %v; want a CONFLICT", ae, ok)
	}
	if ae.Extensions["expectedVersion"] != 1 || ae.Extensions["currentVersion"] != 3 {
		t.Errorf("extensions = %v, want expectedVersion 1 and currentVersion 3", ae.Extensions)
	}
	var ce *occ.ConflictError
	if !errors.As(err, &ce) || ce.ID != 42 || ce.Expected != 1 || ce.Current != 3 {
		t.Fatalf("errors.As = %+v, want record 42 from version 1 to 3", ce)
	}
	if ce.Error() != ae.Message {
		t.Errorf("Error() = %q, want the client-safe message %q", ce.Error(), ae.Message)
	}
}
