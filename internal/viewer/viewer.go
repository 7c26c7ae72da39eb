// Package viewer carries who is making a request through its context, so
// that the data layer can record authors and decide what they may do.
package viewer

import (
	"context"

	"github.com/debrief/debrief/ent/schema/enum"
)

// Viewer is the person (or integration acting for one) behind a request.
type Viewer struct {
	UserID     int
	Role       enum.Role
	Department enum.Department
}

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
