package graph_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

const incidentListWithEdges = `query($n: Int!) {
  incidents(first: $n, orderBy: {field: STARTED_AT, direction: DESC}) {
    totalCount
    edges { node {
      id title severity status
      facilitator { name }
      services(first: 10) { edges { node { name ownerTeam { name } } } }
      participants(first: 10) { totalCount edges { node { role user { name department } } } }
      actionItems(first: 10) { totalCount edges { node { title status owner { name } } } }
    } }
  }
}`

// Listing incidents with their services, participants and actions runs the
// same, fixed number of SQL statements for 5 incidents as for 50: edges are
// loaded in one batch per connection, never one query per row.
func TestIncidentListRunsAFixedNumberOfStatements(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			seedIncidents(e.Ctx, e.Client, n)
			before := e.Statements()
			var out struct {
				Incidents struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Services     struct{ Edges []any }
							Participants struct{ TotalCount int }
							ActionItems  struct {
								TotalCount int
								Edges      []struct {
									Node struct{ Owner *struct{ Name string } }
								}
							}
						}
					}
				}
			}
			e.MustDo(incidentListWithEdges, map[string]any{"n": n}, &out)
			if len(out.Incidents.Edges) != n {
				t.Fatalf("listed %d incidents, want %d", len(out.Incidents.Edges), n)
			}
			for _, edge := range out.Incidents.Edges {
				node := edge.Node
				if len(node.Services.Edges) != 2 || node.Participants.TotalCount != 2 || node.ActionItems.TotalCount != 2 {
					t.Fatalf("incident edges not loaded: %+v", node)
				}
				if node.ActionItems.Edges[0].Node.Owner == nil {
					t.Fatalf("action owner not loaded")
				}
			}
			return e.Statements() - before
		}
		few, many := statementsFor(5), statementsFor(50)
		t.Logf("%s: %d statements for 5 incidents, %d for 50", b, few, many)
		if few != many {
			t.Errorf("statements grow with rows: %d for 5 incidents, %d for 50", few, many)
		}
		if many > 20 {
			t.Errorf("%d statements for one list query; expected a small fixed number", many)
		}
	})
}

// seedIncidents creates n incidents, each with two services, two
// participants and two owned action items.
func seedIncidents(ctx context.Context, c *ent.Client, n int) {
	team := c.Team.Create().SetName("Platform").SaveX(ctx)
	svcA := c.Service.Create().SetName("api").SetOwnerTeam(team).SaveX(ctx)
	svcB := c.Service.Create().SetName("db").SetOwnerTeam(team).SaveX(ctx)
	alice := c.User.Create().SetName("Alice").SetDepartment(enum.DepartmentEngineering).SaveX(ctx)
	bob := c.User.Create().SetName("Bob").SetDepartment(enum.DepartmentSupport).SaveX(ctx)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		inc := c.Incident.Create().
			SetTitle(fmt.Sprintf("Incident %d", i)).
			SetSeverity(enum.SeveritySev2).
			SetStartedAt(start.Add(time.Duration(i)*time.Hour)).
			SetFacilitator(alice).
			AddServices(svcA, svcB).
			SaveX(ctx)
		c.Participant.CreateBulk(
			c.Participant.Create().SetIncident(inc).SetUser(alice).SetRole(enum.ParticipantRoleCommander),
			c.Participant.Create().SetIncident(inc).SetUser(bob).SetRole(enum.ParticipantRoleStakeholder),
		).ExecX(ctx)
		c.ActionItem.CreateBulk(
			c.ActionItem.Create().SetTitle("Alert on 5xx rate").SetOwner(alice).AddIncidents(inc),
			c.ActionItem.Create().SetTitle("Runbook for failover").SetOwner(bob).AddIncidents(inc),
		).ExecX(ctx)
	}
}
