package graph_test

import (
	"testing"

	"github.com/debrief/debrief/internal/harness"
)

// BenchmarkIncidentList measures the web app's incident list query — a page
// of 20 incidents with their facilitator, services, participants and
// actions — through the whole HTTP and GraphQL stack, as an admin with an
// API token, on 200 seeded incidents. Figures are in docs/benchmarks.md.
func BenchmarkIncidentList(b *testing.B) {
	for _, backend := range []harness.Backend{harness.SQLite, harness.Postgres} {
		b.Run(string(backend), func(b *testing.B) {
			if backend == harness.Postgres {
				harness.RequirePostgres(b)
			}
			e := harness.New(b, backend)
			seedIncidents(e.Ctx, e.Client, 200)
			vars := map[string]any{"n": 20}
			b.ResetTimer()
			for b.Loop() {
				if res := e.Do(incidentListWithEdges, vars); len(res.Errors) > 0 {
					b.Fatal(res.Errors)
				}
			}
		})
	}
}
