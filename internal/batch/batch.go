// Package batch lets a GraphQL field that is resolved once per element of
// a list load its data for the whole list in one query: the first element
// to ask loads for all of its siblings, the others take their share.
// entgql's field collection does this for ent edges; this is for computed
// fields (a report's trail, a checklist's ordered steps).
//
// Loads are kept per GraphQL response (see Extension), so they are
// forgotten with it; without the extension every call loads alone.
package batch

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
)

// Extension gives every GraphQL response its own loads. Add it to the
// gqlgen server with Use.
type Extension struct{}

var (
	_ graphql.HandlerExtension    = Extension{}
	_ graphql.ResponseInterceptor = Extension{}
)

// ExtensionName names the extension for gqlgen.
func (Extension) ExtensionName() string { return "Batch" }

// Validate has nothing to check.
func (Extension) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse starts the response's loads. A subscription gets fresh
// ones for every event it sends.
func (Extension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	return next(context.WithValue(ctx, storeKey{}, &store{loads: map[loadKey]*load{}}))
}

type storeKey struct{}

// store holds the loads of one response.
type store struct {
	mu    sync.Mutex
	loads map[loadKey]*load
}

// loadKey names one field (by its alias) under one list of the response.
type loadKey struct {
	list  *graphql.FieldContext
	field string
}

type load struct {
	once   sync.Once
	values any
	err    error
}

// Load returns the value of the field being resolved for elem. siblings
// recognises the result of an enclosing field as the list elem is part of
// (a slice of elements, or a connection's edges) and returns its
// elements; fetch loads the values of several elements by key. When the
// field is resolved under such a list, fetch runs once for the whole list;
// otherwise for elem alone. An element fetch leaves out gets V's zero value.
func Load[E any, K comparable, V any](ctx context.Context, elem E, key func(E) K,
	siblings func(result any) ([]E, bool), fetch func([]E) (map[K]V, error)) (V, error) {
	s, _ := ctx.Value(storeKey{}).(*store)
	fc := graphql.GetFieldContext(ctx)
	if s == nil || fc == nil {
		return alone(elem, key, fetch)
	}
	for p := fc.Parent; p != nil; p = p.Parent {
		if p.Index != nil {
			continue // the element's own place in the list
		}
		elems, ok := siblings(p.Result)
		if !ok {
			continue
		}
		if !contains(elems, key(elem), key) {
			break // a list of the same kind, but not elem's
		}
		s.mu.Lock()
		k := loadKey{list: p, field: fc.Field.Alias}
		l := s.loads[k]
		if l == nil {
			l = &load{}
			s.loads[k] = l
		}
		s.mu.Unlock()
		l.once.Do(func() { l.values, l.err = fetch(elems) })
		var zero V
		if l.err != nil {
			return zero, l.err
		}
		return l.values.(map[K]V)[key(elem)], nil
	}
	return alone(elem, key, fetch)
}

func alone[E any, K comparable, V any](elem E, key func(E) K, fetch func([]E) (map[K]V, error)) (V, error) {
	values, err := fetch([]E{elem})
	return values[key(elem)], err
}

func contains[E any, K comparable](elems []E, k K, key func(E) K) bool {
	for _, e := range elems {
		if key(e) == k {
			return true
		}
	}
	return false
}
