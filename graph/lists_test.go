package graph_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

// TestSingleValuesAsLists: one value where the schema expects a list means
// a list of it (GraphQL's input coercion). A lone orderBy on a connection
// nested under node(id:) used to be ignored, literal or variable, and the
// timeline came back unsorted.
func TestSingleValuesAsLists(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		start := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
		inc := e.Client.Incident.Create().SetTitle("Checkout errors").SetStartedAt(start).SetSeverity(enum.SeveritySev2).SaveX(e.Ctx)
		// Created out of order, so that no order but the one asked for
		// gives the expected list.
		for _, m := range []int{35, 45, 52, 40, 10} {
			e.Client.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(start.Add(time.Duration(m) * time.Minute)).
				SetKind(enum.EventKindAction).SetText(strconv.Itoa(m)).SaveX(e.Ctx)
		}
		newest := []string{"52", "45", "40", "35", "10", "Incident started"}
		api := e.As(enum.RoleAnalyst)
		for name, q := range map[string]string{
			"literal under node": `query($id: ID!) { node(id: $id) { ... on Incident {
				timelineEvents(first: 10, orderBy: {field: OCCURRED_AT, direction: DESC}) { edges { node { text } } } } } }`,
			"variable under node": `query($id: ID!, $o: [TimelineEventOrder!]) { node(id: $id) { ... on Incident {
				timelineEvents(first: 10, orderBy: $o) { edges { node { text } } } } } }`,
			"literal under a list": `query($id: ID!) { incidents(first: 1, where: {id: $id}) { edges { node {
				timelineEvents(first: 10, orderBy: {field: OCCURRED_AT, direction: DESC}) { edges { node { text } } } } } } }`,
		} {
			var out struct {
				Node      *struct{ TimelineEvents conn }
				Incidents *struct {
					Edges []struct{ Node struct{ TimelineEvents conn } }
				}
			}
			vars := map[string]any{"id": strconv.Itoa(inc.ID)}
			if strings.Contains(q, "$o") {
				vars["o"] = map[string]any{"field": "OCCURRED_AT", "direction": "DESC"}
			}
			api.MustDo(q, vars, &out)
			var got conn
			if out.Node != nil {
				got = out.Node.TimelineEvents
			} else if out.Incidents != nil && len(out.Incidents.Edges) == 1 {
				got = out.Incidents.Edges[0].Node.TimelineEvents
			}
			if texts := got.texts(); !slices.Equal(texts, newest) {
				t.Errorf("%s: %v, want %v", name, texts, newest)
			}
		}
	})
}

type conn struct {
	Edges []struct{ Node struct{ Text string } }
}

func (c conn) texts() []string {
	var out []string
	for _, e := range c.Edges {
		out = append(out, e.Node.Text)
	}
	return out
}
