package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/lib/pq"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/privacy"
	"github.com/debrief/debrief/graph/generated"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/occ"
	"github.com/debrief/debrief/internal/viewer"
)

// requestIDKey carries the request ID, set by the HTTP layer, so that an
// internal error's log line can be found from what the client was told.
type requestIDKey struct{}

// WithRequestID returns a context carrying the request ID.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

func requestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// errorPresenter turns every error into a GraphQL error with a stable
// extensions.code. Errors known to be safe keep their message; anything
// else is logged in full and reaches the client only as "internal error"
// with the request ID — never a stack trace or a raw SQL message.
func errorPresenter(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		code, message, field := classify(ctx, err, gqlErr)
		if code == "" {
			// Already a GraphQL error with a code (parse or validation).
			// Variable errors name the offending input only in their path;
			// put it in the message too, for people reading it.
			if p := gqlErr.Path.String(); p != "" && !strings.Contains(gqlErr.Message, p) {
				gqlErr.Message = p + ": " + gqlErr.Message
			}
			return gqlErr
		}
		if code == apperr.CodeInternal {
			logger.ErrorContext(ctx, "graphql: internal error", "err", err, "path", gqlErr.Path.String(), "request_id", requestID(ctx))
			message = "internal error"
			if id := requestID(ctx); id != "" {
				message += " (request " + id + ")"
			}
		}
		gqlErr.Message = message
		if gqlErr.Extensions == nil {
			gqlErr.Extensions = map[string]any{}
		}
		gqlErr.Extensions["code"] = code
		if field != "" {
			gqlErr.Extensions["field"] = field
		}
		if ae, ok := apperr.As(err); ok {
			for k, v := range ae.Extensions {
				gqlErr.Extensions[k] = v
			}
		}
		var ce *occ.ConflictError
		if errors.As(err, &ce) {
			if current := currentValue(ctx, ce.ID, logger); current != nil {
				gqlErr.Extensions["current"] = current
			}
		}
		return gqlErr
	}
}

// classify decides the code and client-safe message of err.
func classify(ctx context.Context, err error, gqlErr *gqlerror.Error) (code, message, field string) {
	var (
		ae  *apperr.Error
		ve  *ent.ValidationError
		nfe *ent.NotFoundError
		ce  *ent.ConstraintError
	)
	switch {
	case errors.As(err, &ae):
		return ae.Code, ae.Message, ae.Field
	case errors.Is(err, viewer.ErrUnauthenticated):
		return apperr.CodeUnauthenticated, "sign in first", ""
	case errors.Is(err, privacy.Deny):
		return apperr.CodeForbidden, forbiddenMessage(err), ""
	case errors.As(err, &ve):
		return apperr.CodeBadUserInput, strings.TrimPrefix(ve.Error(), "ent: "), ve.Name
	case errors.As(err, &nfe):
		return apperr.CodeNotFound, strings.TrimPrefix(nfe.Error(), "ent: "), ""
	case errors.As(err, &ce):
		return constraintCode(ce)
	case isArgumentError(ctx, gqlErr):
		return apperr.CodeBadUserInput, fmt.Sprintf("invalid value for %s: %s", gqlErr.Path[len(gqlErr.Path)-1], innermost(err)), ""
	case gqlErr.Extensions["code"] != nil:
		return "", "", ""
	}
	return apperr.CodeInternal, "", ""
}

// forbiddenMessage keeps the policy's reason ("members may edit incidents
// they opened; …") and drops ent's prefix.
func forbiddenMessage(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, privacy.Deny.Error()+": "); i >= 0 {
		return "not allowed: " + msg[i+len(privacy.Deny.Error())+2:]
	}
	return "you are not allowed to do this"
}

// isArgumentError reports whether gqlErr was raised while decoding one of
// the field's arguments (its path goes past the field, into the argument)
// rather than by the resolver.
func isArgumentError(ctx context.Context, gqlErr *gqlerror.Error) bool {
	fc := graphql.GetFieldContext(ctx)
	return fc != nil && len(gqlErr.Path) > len(fc.Path())
}

// constraintCode tells a duplicate (CONFLICT) from a reference to a record
// that does not exist (BAD_USER_INPUT), without echoing SQL.
func constraintCode(ce *ent.ConstraintError) (code, message, field string) {
	var pqErr *pq.Error
	if errors.As(ce, &pqErr) {
		switch pqErr.Code {
		case "23505":
			return apperr.CodeConflict, "a record with this value already exists", pqErr.Column
		case "23503":
			return apperr.CodeBadUserInput, "a referenced record does not exist", ""
		}
	}
	msg := ce.Error()
	switch {
	case strings.Contains(msg, "UNIQUE"):
		return apperr.CodeConflict, "a record with this value already exists", ""
	case strings.Contains(msg, "FOREIGN KEY"):
		return apperr.CodeBadUserInput, "a referenced record does not exist", ""
	}
	return apperr.CodeBadUserInput, "the change breaks a data constraint", ""
}

// innermost returns the message of the deepest wrapped error: the decoder's
// own words ("abc is not an int") without gqlgen's wrapping.
func innermost(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// recoverFunc turns a resolver panic into an internal error; the panic is
// logged, never shown.
func recoverFunc(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "graphql: panic", "panic", p, "request_id", requestID(ctx))
		return errors.New("panic in resolver")
	}
}

// currentValue reads the record that a stale update lost to, as the
// request's viewer may see it, and returns its fields as the API shows them
// (GraphQL field names, IDs as strings, times in RFC 3339), so that a client
// can offer a merge without asking again. It is generic over every versioned
// type: the record is loaded by ID through the Noder. It returns nil when
// the viewer may not read the record (or it is gone): a conflict must tell
// no more than a read would.
func currentValue(ctx context.Context, id int, logger *slog.Logger) map[string]any {
	// Inside a mutation this is the transaction's client; the failed UPDATE
	// changed nothing, so it reads what the winner committed.
	client := ent.FromContext(ctx)
	v, ok := viewer.FromContext(ctx)
	if client == nil || !ok {
		return nil
	}
	// A context carrying the viewer and nothing else of the request's: with
	// gqlgen's field context the Noder would load only the columns the
	// mutation selected, and no privacy decision may be inherited. It is not
	// cancelled with the request either, for the same reason the error is
	// still being written.
	qctx, cancel := context.WithTimeout(viewer.NewContext(context.Background(), v), 5*time.Second)
	defer cancel()
	node, err := client.Noder(qctx, id)
	if err != nil {
		// NOT_FOUND or FORBIDDEN for this viewer; the conflict stays, minus
		// the value.
		logger.DebugContext(ctx, "graphql: conflict without current value", "id", id, "err", err, "request_id", requestID(ctx))
		return nil
	}
	return apiFields(node)
}

// apiSchema is the GraphQL schema, to learn which of an ent record's fields
// the API exposes and under which name.
var apiSchema = sync.OnceValue(func() *ast.Schema {
	return generated.NewExecutableSchema(generated.Config{}).Schema()
})

// apiFields returns the scalar and enum fields of an ent record that its
// GraphQL type exposes, keyed by their GraphQL names. ent's struct fields
// carry snake_case JSON tags (what_they_saw); the GraphQL names are their
// camelCase with acronyms upper-cased (whatTheySaw, evidenceURL,
// incidentID), so the two are matched ignoring case and underscores. Fields
// the API does not expose (edges, internal bookkeeping, sensitive values,
// which ent tags "-") are left out.
func apiFields(node any) map[string]any {
	rv := reflect.Indirect(reflect.ValueOf(node))
	if rv.Kind() != reflect.Struct {
		return nil
	}
	schema := apiSchema()
	def := schema.Types[rv.Type().Name()]
	if def == nil || def.Kind != ast.Object {
		return nil
	}
	exposed := make(map[string]*ast.FieldDefinition, len(def.Fields))
	for _, f := range def.Fields {
		if t := schema.Types[f.Type.Name()]; t != nil && (t.Kind == ast.Scalar || t.Kind == ast.Enum) {
			exposed[strings.ToLower(f.Name)] = f
		}
	}
	out := map[string]any{"__typename": def.Name}
	for i := range rv.NumField() {
		sf := rv.Type().Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if !sf.IsExported() || name == "" || name == "-" {
			continue
		}
		f := exposed[strings.ToLower(strings.ReplaceAll(name, "_", ""))]
		if f == nil {
			continue
		}
		out[f.Name] = apiValue(rv.Field(i), f.Type.Name())
	}
	return out
}

// apiValue is v as the GraphQL scalars write it: IDs as strings, times in
// RFC 3339 in UTC, nil for an unset optional field.
func apiValue(v reflect.Value, graphqlType string) any {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	switch x := v.Interface().(type) {
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano)
	case int:
		if graphqlType == "ID" {
			return strconv.Itoa(x)
		}
	}
	return v.Interface()
}
