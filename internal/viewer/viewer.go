// Package viewer carries who is making a request through its context, so
// that the data layer can record authors and decide what they may do.
package viewer

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/privacy"

	"github.com/debrief/debrief/ent/schema/enum"
)

// Viewer is the person (or integration acting for one) behind a request.
type Viewer struct {
	UserID     int
	Name       string
	Role       enum.Role
	Department enum.Department
	// ReadOnly is set for integrations whose token only allows reading.
	ReadOnly bool
}

// Is reports whether the viewer has one of the roles.
func (v Viewer) Is(roles ...enum.Role) bool { return slices.Contains(roles, v.Role) }

// SeesRestricted reports whether the viewer sees restricted incidents
// whether or not they took part.
func (v Viewer) SeesRestricted() bool { return v.Is(enum.RoleAdmin, enum.RoleAnalyst) }

type ctxKey struct{}

// NewContext returns a context carrying v.
func NewContext(ctx context.Context, v Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer of the request, if one is signed in.
func FromContext(ctx context.Context) (Viewer, bool) {
	v, ok := ctx.Value(ctxKey{}).(Viewer)
	return v, ok
}

// System returns a context for Debrief's own work (sign-in, demo data,
// imports): the data layer's rules let it through. Never derive it from a
// request's context without a reason written next to the call.
func System(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// ErrUnauthenticated is the data layer's refusal when nobody is signed in.
var ErrUnauthenticated = fmt.Errorf("%w: sign in first", privacy.Deny)

// Forbidden is the data layer's refusal of a signed-in viewer, with the
// reason they can act on.
func Forbidden(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{privacy.Deny}, args...)...)
}
