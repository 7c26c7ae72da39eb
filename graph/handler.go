package graph

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/batch"
	"github.com/debrief/debrief/internal/followup"
	"github.com/debrief/debrief/internal/realtime"
	"github.com/debrief/debrief/internal/viewer"
)

// Options configure the GraphQL endpoint.
type Options struct {
	Limits Limits
	Logger *slog.Logger
	Auth   *auth.Service
	Broker realtime.Broker
	// FollowUp are the follow-through thresholds (Goldilocks warnings,
	// due-soon and stale windows).
	FollowUp followup.Rules
	// Metrics, if set, is an extension that counts and times operations
	// (internal/metrics).
	Metrics graphql.HandlerExtension
}

// websocketInit signs in a WebSocket connection that did not come with a
// session cookie: integrations send {"Authorization": "Bearer …"} in the
// connection_init payload.
func websocketInit(a *auth.Service) transport.WebsocketInitFunc {
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		if _, ok := viewer.FromContext(ctx); ok {
			return ctx, nil, nil
		}
		authz := payload.Authorization()
		if authz == "" {
			return ctx, nil, nil // anonymous: every subscription will be refused as UNAUTHENTICATED
		}
		ctx, err := a.WithBearer(ctx, authz)
		return ctx, nil, err
	}
}

// NewHandler returns the GraphQL endpoint: GraphiQL for a browser's plain
// GET, the API for POST (and GET with a query). Mutations run in one
// database transaction each.
func NewHandler(client *ent.Client, opts Options) http.Handler {
	srv := handler.New(NewSchema(client, opts.Auth, opts.Broker, opts.FollowUp))
	srv.AddTransport(transport.Websocket{
		// coder/websocket's default accept options refuse an Origin that
		// differs from the Host, so other sites cannot open a socket with
		// the browser's cookie.
		Implementation:        transport.CoderWebsocketImplementation{},
		KeepAlivePingInterval: 15 * time.Second,
		InitTimeout:           10 * time.Second,
		InitFunc:              websocketInit(opts.Auth),
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetValidationRulesFn(validationRules)
	if opts.Metrics != nil {
		// First, so that the time it takes includes the other extensions'
		// (the transaction's commit among them).
		srv.Use(opts.Metrics)
	}
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(opts.Limits)
	srv.Use(entgql.Transactioner{TxOpener: client})
	srv.Use(batch.Extension{})
	srv.Use(plainVariableLists{})
	srv.SetErrorPresenter(errorPresenter(opts.Logger))
	srv.SetRecoverFunc(recoverFunc(opts.Logger))

	graphiql := playground.Handler("Debrief GraphQL", "/graphql")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && r.URL.Query().Get("query") == "" && !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			graphiql.ServeHTTP(w, r)
			return
		}
		srv.ServeHTTP(w, r)
	})
}
