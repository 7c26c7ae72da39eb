package graph_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/workflowtemplate"
	"github.com/debrief/debrief/internal/harness"
)

const wbIncidentsWithSuggestions = `query($n: Int!) {
  incidents(first: $n, orderBy: {field: STARTED_AT, direction: ASC}) {
    edges { node { id suggestedWorkflows { name } } }
  }
}`

// Listing incidents with their suggested workflows runs the same number of
// statements for 2 incidents as for 8, and each incident's suggestions are
// those it gets when read alone.
func TestSuggestedWorkflowsAreBatched(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			c, ctx := e.Client, e.Ctx
			c.WorkflowTemplate.Create().SetName("Database failover").
				SetSeverities([]enum.Severity{enum.SeveritySev2, enum.SeveritySev3}).
				SetIncidentTypes([]string{"database"}).SaveX(ctx)
			major := c.WorkflowTemplate.Query().Where(workflowtemplate.Name("Major incident response")).OnlyX(ctx)
			dbTag := c.Tag.Create().SetName("database").SaveX(ctx)
			secTag := c.Tag.Create().SetName("security").SaveX(ctx)
			severities := []enum.Severity{enum.SeveritySev1, enum.SeveritySev2, enum.SeveritySev3, enum.SeveritySev4}
			start := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
			var incidents []*ent.Incident
			for i := range n {
				create := c.Incident.Create().SetTitle(fmt.Sprintf("Incident %d", i)).
					SetSeverity(severities[i%len(severities)]).SetStartedAt(start.Add(time.Duration(i) * time.Hour))
				if i%2 == 1 {
					create.AddTags(dbTag)
				}
				if i%3 == 0 {
					create.AddTags(secTag)
				}
				incidents = append(incidents, create.SaveX(ctx))
			}
			// An attached workflow is no longer suggested for its incident.
			c.IncidentChecklist.Create().SetIncidentID(incidents[0].ID).SetTemplateID(major.ID).SetName(major.Name).SaveX(ctx)

			member := e.As(enum.RoleMember)
			before := e.Statements()
			var out struct {
				Incidents struct {
					Edges []struct {
						Node struct {
							ID                 string
							SuggestedWorkflows []struct{ Name string }
						}
					}
				}
			}
			member.MustDo(wbIncidentsWithSuggestions, map[string]any{"n": n}, &out)
			statements := e.Statements() - before
			if len(out.Incidents.Edges) != n {
				t.Fatalf("listed %d incidents, want %d", len(out.Incidents.Edges), n)
			}
			for i, edge := range out.Incidents.Edges {
				var listed []string
				for _, w := range edge.Node.SuggestedWorkflows {
					listed = append(listed, w.Name)
				}
				if alone := suggestedNames(t, member, incidents[i].ID); !slices.Equal(listed, alone) {
					t.Errorf("incident %d: %v in the list, %v alone", i, listed, alone)
				}
				if i == 0 && !slices.Equal(listed, []string{"Security incident response"}) {
					t.Errorf("a SEV1 security incident with the major workflow attached: suggested %v", listed)
				}
				if i == 1 && !slices.Equal(listed, []string{"Database failover", "Major incident response"}) {
					t.Errorf("a SEV2 database incident: suggested %v", listed)
				}
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
