// Package graph serves Debrief's GraphQL API. The schema is ent.graphqls
// (generated from ent/schema by entgql) plus the hand-written *.graphqls
// files; resolvers stay thin and leave rules to the data layer.
package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/graph/generated"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/followup"
	"github.com/debrief/debrief/internal/realtime"
)

// Resolver holds what the resolvers depend on.
type Resolver struct {
	client *ent.Client
	auth   *auth.Service
	broker realtime.Broker
	rules  followup.Rules
}

// NewSchema returns the executable schema backed by client.
func NewSchema(client *ent.Client, authService *auth.Service, broker realtime.Broker, rules followup.Rules) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{
		Resolvers: &Resolver{client: client, auth: authService, broker: broker, rules: rules},
	})
}

// clientFor is the transaction's client inside a mutation (so that a
// mutation's result reflects its own changes) and the shared one otherwise.
func (r *Resolver) clientFor(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return r.client
}
