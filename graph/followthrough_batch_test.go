package graph_test

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

const ftIncidentsWithFollowThrough = `query($n: Int!) {
  incidents(first: $n, orderBy: {field: STARTED_AT, direction: ASC}) {
    edges { node { id followThrough { total doneOnTime doneLate open overdue dropped } } }
  }
}`

type ftFigures struct{ Total, DoneOnTime, DoneLate, Open, Overdue, Dropped int }

// Listing incidents with their follow-through runs the same number of
// statements for 2 incidents as for 8, and each incident's figures are
// those it gets when read alone (an action serving two incidents counts
// for both; an incident without actions has zeros).
func TestIncidentFollowThroughIsBatched(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			c, ctx := e.Client, e.Ctx
			start := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
			past, future := time.Now().Add(-48*time.Hour), time.Now().Add(48*time.Hour)
			var incidents []*ent.Incident
			for i := range n {
				incidents = append(incidents, c.Incident.Create().SetTitle(fmt.Sprintf("Incident %d", i)).
					SetSeverity(enum.SeveritySev3).SetStartedAt(start.Add(time.Duration(i)*time.Hour)).SaveX(ctx))
			}
			// Incident i gets i+1 actions of mixed fates, the last incident
			// none of its own; one action serves the first two.
			for i, inc := range incidents[:n-1] {
				for j := range i + 1 {
					a := c.ActionItem.Create().SetTitle(fmt.Sprintf("A %d.%d", i, j)).AddIncidents(inc)
					switch j % 4 {
					case 0:
						a.SetStatus(enum.ActionStatusDone).SetDueAt(future)
					case 1:
						a.SetDueAt(past) // open, overdue
					case 2:
						a.SetStatus(enum.ActionStatusWontDo).SetStatusReason("superseded")
					case 3:
						a.SetDueAt(future)
					}
					a.SaveX(ctx)
				}
			}
			c.ActionItem.Create().SetTitle("Shared").AddIncidents(incidents[0], incidents[1]).SaveX(ctx)

			member := e.As(enum.RoleMember)
			before := e.Statements()
			var out struct {
				Incidents struct {
					Edges []struct {
						Node struct {
							ID            string
							FollowThrough ftFigures
						}
					}
				}
			}
			member.MustDo(ftIncidentsWithFollowThrough, map[string]any{"n": n}, &out)
			statements := e.Statements() - before
			if len(out.Incidents.Edges) != n {
				t.Fatalf("listed %d incidents, want %d", len(out.Incidents.Edges), n)
			}
			for i, edge := range out.Incidents.Edges {
				var alone struct {
					Node struct{ FollowThrough ftFigures }
				}
				member.MustDo(`query($id: ID!) { node(id: $id) { ... on Incident { followThrough { total doneOnTime doneLate open overdue dropped } } } }`,
					map[string]any{"id": strconv.Itoa(incidents[i].ID)}, &alone)
				if edge.Node.FollowThrough != alone.Node.FollowThrough {
					t.Errorf("incident %d: %+v in the list, %+v alone", i, edge.Node.FollowThrough, alone.Node.FollowThrough)
				}
			}
			// Incident 0: A 0.0 (done) and the shared action (open).
			if got, want := out.Incidents.Edges[0].Node.FollowThrough, (ftFigures{Total: 2, DoneOnTime: 1, Open: 1}); got != want {
				t.Errorf("incident 0: %+v, want %+v", got, want)
			}
			if got := out.Incidents.Edges[n-1].Node.FollowThrough; n > 2 && got != (ftFigures{}) {
				t.Errorf("an incident without actions: %+v, want zeros", got)
			}
			return statements
		}
		few, many := statementsFor(2), statementsFor(8)
		t.Logf("%s: %d statements for 2 incidents, %d for 8", b, few, many)
		if few != many {
			t.Errorf("statements grow with incidents: %d for 2, %d for 8", few, many)
		}
	})
}
