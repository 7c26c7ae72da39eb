package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/debrief/debrief/internal/analysis"
)

// analysisParts is what the incidentAnalysis field being resolved selects,
// as the parts of the analysis to compute: a request for the counts of a
// heat map does not pay for the distributions, follow-through and
// recurring factors of every group.
func analysisParts(ctx context.Context) *analysis.Parts {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return nil // not from a query (compute everything)
	}
	op := graphql.GetOperationContext(ctx)
	paths := map[string]bool{}
	var walk func(sel ast.SelectionSet, prefix string)
	walk = func(sel ast.SelectionSet, prefix string) {
		// No type conditions to satisfy: every fragment of these object
		// types applies.
		for _, f := range graphql.CollectFields(op, sel, nil) {
			path := prefix + f.Name
			paths[path] = true
			walk(f.Selections, path+".")
		}
	}
	walk(fc.Field.Selections, "")
	under := func(suffixes ...string) bool {
		for p := range paths {
			for _, s := range suffixes {
				if p == s || strings.HasSuffix(p, "."+s) {
					return true
				}
			}
		}
		return false
	}
	return &analysis.Parts{
		Distributions: under("timeToDetect", "timeToAcknowledge", "timeToMitigate", "timeToResolve"),
		FollowThrough: under("followThrough"),
		Trend:         paths["trend"],
		Recurring:     paths["recurringFactors"],
		Annotations:   paths["annotations"] || paths["groups.annotations"],
	}
}
