package graph

import (
	"log/slog"
	"net/http"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/auth"
)

// Options configure the GraphQL endpoint.
type Options struct {
	Limits Limits
	Logger *slog.Logger
	Auth   *auth.Service
}

// NewHandler returns the GraphQL endpoint: GraphiQL for a browser's plain
// GET, the API for POST (and GET with a query). Mutations run in one
// database transaction each.
func NewHandler(client *ent.Client, opts Options) http.Handler {
	srv := handler.New(NewSchema(client, opts.Auth))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(opts.Limits)
	srv.Use(entgql.Transactioner{TxOpener: client})
	srv.SetErrorPresenter(errorPresenter(opts.Logger))
	srv.SetRecoverFunc(recoverFunc(opts.Logger))

	graphiql := playground.Handler("Debrief GraphQL", "/graphql")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet && r.URL.Query().Get("query") == "" {
			graphiql.ServeHTTP(w, r)
			return
		}
		srv.ServeHTTP(w, r)
	})
}
