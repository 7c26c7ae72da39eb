package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/board"
)

// clientFor is the transaction's client inside a mutation (so that a
// mutation's result reflects its own changes) and the shared one otherwise.
func (r *Resolver) clientFor(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return r.client
}

// boardParts computes only the parts of Incident.board the query asks for.
func boardParts(ctx context.Context) board.Parts {
	var p board.Parts
	for _, f := range graphql.CollectAllFields(ctx) {
		switch f {
		case "openQuestions":
			p.OpenQuestions = true
		case "missingVoices", "participation", "departments", "facilitatorShare":
			p.Contributions = true
		}
	}
	return p
}
