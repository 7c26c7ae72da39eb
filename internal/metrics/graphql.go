package metrics

import (
	"context"
	"regexp"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// maxOperationNames bounds the name label of the GraphQL metrics: clients
// choose operation names, and every distinct one would be a series of its
// own, kept by Prometheus for as long as it retains data.
const maxOperationNames = 200

// Operation name labels that are not names the client sent.
const (
	NameAnonymous = "anonymous" // the operation has no name
	NameOther     = "other"     // beyond the first maxOperationNames names, or not a plain name
)

// Operation types beyond GraphQL's own (query, mutation, subscription).
const typeUnknown = "unknown" // the request could not be parsed or named no operation of its document

// operationName is what a name must look like to become a label: a GraphQL
// name, not overly long, without the leading underscores GraphQL reserves.
var operationName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,63}$`)

// knownCodes are the error codes Debrief and gqlgen give; their series
// exist from the start.
var knownCodes = []string{
	"BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "UNAUTHENTICATED", "FORBIDDEN", "LIMIT_EXCEEDED", "INTERNAL",
	"GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED",
}

// errorCode is what a code must look like to become a label; the server
// sets every code, but an unexpected one must not grow the label anyway.
var errorCode = regexp.MustCompile(`^[A-Z][A-Z0-9_]{0,63}$`)

// nameSet admits operation names as label values, up to a limit.
type nameSet struct {
	mu    sync.RWMutex
	known map[string]struct{}
	max   int
}

func newNameSet(max int) *nameSet { return &nameSet{known: map[string]struct{}{}, max: max} }

// label returns the label value for name. Only with admit may a new name
// take one of the free places: names of requests that failed validation
// must not crowd out those of the operations clients really run.
func (s *nameSet) label(name string, admit bool) string {
	if name == "" {
		return NameAnonymous
	}
	if !operationName.MatchString(name) {
		return NameOther
	}
	s.mu.RLock()
	_, ok := s.known[name]
	s.mu.RUnlock()
	if ok {
		return name
	}
	if !admit {
		return NameOther
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.known[name]; ok {
		return name
	}
	if len(s.known) >= s.max {
		return NameOther
	}
	s.known[name] = struct{}{}
	return name
}

// GraphQL returns the gqlgen extension that counts and times operations
// and counts errors by code. Add it before the other extensions, so that
// its time includes theirs (the transaction's commit among them).
func (m *Metrics) GraphQL() graphql.HandlerExtension { return graphQLExtension{m} }

type graphQLExtension struct{ m *Metrics }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = graphQLExtension{}

// dispatched marks, in an operation's stats, that InterceptOperation has
// seen it: InterceptResponse then leaves its responses alone.
const dispatched = "DebriefMetrics"

// ExtensionName implements graphql.HandlerExtension.
func (graphQLExtension) ExtensionName() string { return dispatched }

// Validate implements graphql.HandlerExtension.
func (graphQLExtension) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptOperation records operations that passed parsing and
// validation: all their responses' errors, and the operation itself with
// its first response (a query's or mutation's only one). A subscription
// is not timed: it lasts as long as the client listens. Its first response
// is its first event or its refusal; one that ends without any is counted
// when it ends.
func (x graphQLExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	oc.Stats.SetExtension(dispatched, true)
	typ := string(oc.Operation.Operation)
	name := x.m.names.label(oc.Operation.Name, true)
	start := oc.Stats.OperationStart
	if oc.Operation.Operation == ast.Subscription {
		start = time.Time{}
	}
	handler := next(ctx)
	first := true
	return func(ctx context.Context) *graphql.Response {
		res := handler(ctx)
		if res == nil {
			if first {
				first = false
				x.m.operation(typ, name, start, nil)
			}
			return nil
		}
		x.m.countErrors(res.Errors)
		if first {
			first = false
			x.m.operation(typ, name, start, res.Errors)
		}
		return res
	}
}

// InterceptResponse records requests refused before they became an
// operation: unparsable, invalid, over the limits, or naming no operation.
func (x graphQLExtension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		// Not even decoded (a body that is not JSON).
		res := next(ctx)
		if res != nil {
			x.m.countErrors(res.Errors)
			x.m.operation(typeUnknown, NameAnonymous, time.Time{}, res.Errors)
		}
		return res
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Stats.GetExtension(dispatched) != nil {
		return next(ctx)
	}
	res := next(ctx)
	if res == nil {
		return nil
	}
	typ, name := typeUnknown, oc.OperationName
	if oc.Operation != nil {
		typ, name = string(oc.Operation.Operation), oc.Operation.Name
	}
	x.m.countErrors(res.Errors)
	x.m.operation(typ, x.m.names.label(name, false), oc.Stats.OperationStart, res.Errors)
	return res
}

// operation counts one operation and, when its start is known, times it.
func (m *Metrics) operation(typ, name string, start time.Time, errs gqlerror.List) {
	outcome := "ok"
	if len(errs) > 0 {
		outcome = "error"
	}
	m.operations.WithLabelValues(typ, name, outcome).Inc()
	if !start.IsZero() {
		m.opDuration.WithLabelValues(typ, name).Observe(time.Since(start).Seconds())
	}
}

// countErrors counts errors by their code.
func (m *Metrics) countErrors(errs gqlerror.List) {
	for _, e := range errs {
		code, _ := e.Extensions["code"].(string)
		switch {
		case code == "":
			code = "NONE"
		case !errorCode.MatchString(code):
			code = "OTHER"
		}
		m.graphErrors.WithLabelValues(code).Inc()
	}
}
