package workflow_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

const (
	mvUpdate = `mutation($id: ID!, $input: UpdateWorkflowStepInput!) { updateWorkflowStep(id: $id, input: $input) { id position title } }`
	mvSteps  = `query($id: ID!) { node(id: $id) { ... on WorkflowTemplate { orderedSteps { id title position } } } }`
)

// Moving a workflow step renumbers the workflow's steps so that their
// positions stay 0, 1, 2, … with no two alike; a position outside them is
// refused and changes nothing.
func TestMovingAStepRenumbersTheWorkflow(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		tmpl := e.Client.WorkflowTemplate.Create().SetName("Failover").SaveX(e.Ctx)
		ids := map[string]string{}
		for i, title := range []string{"A", "B", "C", "D"} {
			s := e.Client.WorkflowStep.Create().SetTemplateID(tmpl.ID).SetPosition(i).SetTitle(title).SaveX(e.Ctx)
			ids[title] = strconv.Itoa(s.ID)
		}
		order := func() []string {
			t.Helper()
			var out struct {
				Node struct {
					OrderedSteps []struct {
						ID, Title string
						Position  int
					}
				}
			}
			e.MustDo(mvSteps, map[string]any{"id": strconv.Itoa(tmpl.ID)}, &out)
			var titles []string
			for i, s := range out.Node.OrderedSteps {
				if s.Position != i {
					t.Fatalf("step %s at position %d, want %d: %+v", s.Title, s.Position, i, out.Node.OrderedSteps)
				}
				titles = append(titles, s.Title)
			}
			return titles
		}
		move := func(title string, to int, want ...string) {
			t.Helper()
			var out struct {
				UpdateWorkflowStep struct {
					Position int
					Title    string
				}
			}
			e.MustDo(mvUpdate, map[string]any{"id": ids[title], "input": map[string]any{"position": to}}, &out)
			if out.UpdateWorkflowStep.Position != to {
				t.Errorf("moving %s to %d: it answers position %d", title, to, out.UpdateWorkflowStep.Position)
			}
			if got := order(); !slices.Equal(got, want) {
				t.Errorf("after moving %s to %d: %v, want %v", title, to, got, want)
			}
		}
		move("A", 3, "B", "C", "D", "A") // first to last
		move("A", 0, "A", "B", "C", "D") // last to first
		move("C", 1, "A", "C", "B", "D") // middle, up
		move("A", 2, "C", "B", "A", "D") // middle, down
		move("B", 1, "C", "B", "A", "D") // where it is

		// A move and an edit at once.
		var out struct{ UpdateWorkflowStep struct{ Title string } }
		e.MustDo(mvUpdate, map[string]any{"id": ids["D"], "input": map[string]any{"position": 0, "title": "D2"}}, &out)
		if got := order(); out.UpdateWorkflowStep.Title != "D2" || !slices.Equal(got, []string{"D2", "C", "B", "A"}) {
			t.Errorf("after moving and renaming D: %v (%q)", got, out.UpdateWorkflowStep.Title)
		}

		// Out of range: refused, nothing moves.
		for _, to := range []int{4, 100, -1} {
			res := e.Do(mvUpdate, map[string]any{"id": ids["C"], "input": map[string]any{"position": to}})
			if codes := res.Codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" {
				t.Errorf("position %d: codes %v, want [BAD_USER_INPUT]: %+v", to, codes, res.Errors)
			}
		}
		// Only admins move steps.
		res := e.As(enum.RoleMember).Do(mvUpdate, map[string]any{"id": ids["A"], "input": map[string]any{"position": 0}})
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" {
			t.Errorf("a member moving a step: codes %v, want [FORBIDDEN]", codes)
		}
		if got := order(); !slices.Equal(got, []string{"D2", "C", "B", "A"}) {
			t.Errorf("after refused moves: %v", got)
		}
	})
}
