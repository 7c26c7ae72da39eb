package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/debrief/debrief/internal/board"
)

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
