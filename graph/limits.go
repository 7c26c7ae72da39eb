package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/debrief/debrief/internal/apperr"
)

// Limits bounds what one GraphQL operation may ask for, before anything is
// resolved: how deep it nests, how many objects it may touch in the worst
// case (its complexity, where every connection multiplies its contents by
// the page size asked for), and how large a page may be. A connection must
// say how many items it wants (`first` or `last`), so no query can read a
// whole table by accident.
type Limits struct {
	MaxDepth      int
	MaxComplexity int
	MaxPageSize   int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Limits{}

// ExtensionName implements graphql.HandlerExtension.
func (Limits) ExtensionName() string { return "DebriefLimits" }

// Validate implements graphql.HandlerExtension.
func (l Limits) Validate(graphql.ExecutableSchema) error {
	if l.MaxDepth <= 0 || l.MaxComplexity <= 0 || l.MaxPageSize <= 0 {
		return fmt.Errorf("limits must be positive: %+v", l)
	}
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (l Limits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	w := walker{limits: l, oc: oc}
	complexity := w.selectionSet(oc.Operation.SelectionSet, 1)
	switch {
	case w.err != nil:
		return w.err
	case complexity > l.MaxComplexity:
		return limitError("the query is too complex (%d, the limit is %d): ask for smaller pages or fewer nested lists", complexity, l.MaxComplexity)
	}
	return nil
}

type walker struct {
	limits Limits
	oc     *graphql.OperationContext
	err    *gqlerror.Error
}

// selectionSet returns the complexity of set found at the given depth.
func (w *walker) selectionSet(set ast.SelectionSet, depth int) int {
	total := 0
	for _, sel := range set {
		if w.err != nil {
			return total
		}
		switch s := sel.(type) {
		case *ast.Field:
			total += w.field(s, depth)
		case *ast.InlineFragment:
			total += w.selectionSet(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				total += w.selectionSet(s.Definition.SelectionSet, depth)
			}
		}
	}
	return total
}

func (w *walker) field(f *ast.Field, depth int) int {
	// Introspection (GraphiQL, codegen) is deep by nature and cheap.
	if strings.HasPrefix(f.Name, "__") {
		return 0
	}
	if depth > w.limits.MaxDepth {
		w.err = limitError("the query is nested too deeply (the limit is %d levels)", w.limits.MaxDepth)
		return 0
	}
	multiplier := 1
	if f.Definition != nil && strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		multiplier = w.pageSize(f)
	}
	return 1 + multiplier*w.selectionSet(f.SelectionSet, depth+1)
}

// pageSize checks a connection's first/last arguments and returns the
// larger of them.
func (w *walker) pageSize(f *ast.Field) int {
	args := f.ArgumentMap(w.oc.Variables)
	size, given := 0, false
	for _, name := range []string{"first", "last"} {
		v, ok := args[name]
		if !ok || v == nil {
			continue
		}
		n, ok := toInt(v)
		if !ok || n < 0 {
			w.err = inputError("%s.%s must be a whole number of at least 0", f.Alias, name)
			return 0
		}
		if n > w.limits.MaxPageSize {
			w.err = limitError("%s.%s is %d; a page holds at most %d items — use the cursor to get the rest", f.Alias, name, n, w.limits.MaxPageSize)
			return 0
		}
		given = true
		size = max(size, n)
	}
	if !given {
		w.err = inputError("%s needs a page size: pass `first` (or `last`) of at most %d", f.Alias, w.limits.MaxPageSize)
	}
	return size
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), n == float64(int(n))
	case interface{ Int64() (int64, error) }: // json.Number
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}

func limitError(format string, args ...any) *gqlerror.Error {
	return codedError(apperr.CodeLimitExceeded, format, args...)
}

func inputError(format string, args ...any) *gqlerror.Error {
	return codedError(apperr.CodeBadUserInput, format, args...)
}

func codedError(code, format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    fmt.Sprintf(format, args...),
		Extensions: map[string]any{"code": code},
	}
}
