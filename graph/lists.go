package graph

import (
	"context"
	"reflect"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// GraphQL lets a client give one value where a list is expected:
// orderBy: {field: NAME} means orderBy: [{field: NAME}]. gqlgen coerces
// that for the resolvers, but ent's field collection, which loads a
// connection nested in another (an incident's timelineEvents under
// node(id:)), reads the arguments as the query and the variables hold
// them, and skipped a lone order or one coerced into a typed slice: the
// events came back in no order at all. The two rewrites below give every
// reader the list the client meant.

// validationRules are GraphQL's own rules plus singleValuesAsLists, which
// rewrites the query rather than checks it.
func validationRules() *rules.Rules {
	r := rules.NewDefaultRules()
	r.AddRule("SingleValuesAsLists", singleValuesAsLists)
	return r
}

// singleValuesAsLists writes a literal given where a list is expected as a
// list of that one value. Validation runs before a parsed query is cached
// and shared between requests, so the rewrite races with no one.
func singleValuesAsLists(observers *core.Events, _ core.AddErrFunc) {
	observers.OnValue(func(_ *core.Walker, value *ast.Value) {
		if value.ExpectedType == nil || value.ExpectedType.Elem == nil {
			return
		}
		switch value.Kind {
		case ast.ListValue, ast.Variable, ast.NullValue:
			return
		}
		one := *value
		one.ExpectedType = value.ExpectedType.Elem
		*value = ast.Value{
			Kind:         ast.ListValue,
			Children:     ast.ChildValueList{{Value: &one, Position: value.Position}},
			Position:     value.Position,
			Definition:   value.Definition,
			ExpectedType: value.ExpectedType,
		}
	})
}

// plainVariableLists turns the typed slices variable coercion makes of a
// lone value ([]map[string]any for one input object) into the []any a
// JSON list decodes to, which is what ent's field collection reads. The
// variables are the request's own, so changing them touches no one else.
type plainVariableLists struct{}

var (
	_ graphql.HandlerExtension        = plainVariableLists{}
	_ graphql.OperationContextMutator = plainVariableLists{}
)

func (plainVariableLists) ExtensionName() string                   { return "PlainVariableLists" }
func (plainVariableLists) Validate(graphql.ExecutableSchema) error { return nil }
func (plainVariableLists) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	for name, v := range oc.Variables {
		oc.Variables[name] = plainLists(v)
	}
	return nil
}

// plainLists returns v with every slice in it, at any depth, as []any.
func plainLists(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		for i := range x {
			x[i] = plainLists(x[i])
		}
		return x
	case map[string]any:
		for k := range x {
			x[k] = plainLists(x[k])
		}
		return x
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice || rv.Type().Elem().Kind() == reflect.Uint8 {
		return v
	}
	out := make([]any, rv.Len())
	for i := range out {
		out[i] = plainLists(rv.Index(i).Interface())
	}
	return out
}
