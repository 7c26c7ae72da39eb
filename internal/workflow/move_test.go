package workflow_test

import (
	"fmt"
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

const mvCreate = `mutation($input: CreateWorkflowStepInput!) { createWorkflowStep(input: $input) { id position title } }`

// A step added at a position goes there and the steps from that place on
// move down one; a position past the end is refused and adds nothing.
func TestAddingAStepAtAPositionRenumbers(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		tmpl := e.Client.WorkflowTemplate.Create().SetName("Failover").SaveX(e.Ctx)
		tid := strconv.Itoa(tmpl.ID)
		add := func(title string, at *int) *harness.Response {
			input := map[string]any{"templateID": tid, "title": title}
			if at != nil {
				input["position"] = *at
			}
			return e.Do(mvCreate, map[string]any{"input": input})
		}
		at := func(i int) *int { return &i }
		for _, c := range []struct {
			title string
			at    *int
		}{{"B", nil}, {"D", nil}, {"A", at(0)}, {"C", at(2)}, {"E", at(4)}} {
			if res := add(c.title, c.at); len(res.Errors) > 0 {
				t.Fatalf("adding %s: %+v", c.title, res.Errors)
			}
		}
		order := func() []string {
			t.Helper()
			var out struct {
				Node struct {
					OrderedSteps []struct {
						Title    string
						Position int
					}
				}
			}
			e.MustDo(mvSteps, map[string]any{"id": tid}, &out)
			var titles []string
			for i, s := range out.Node.OrderedSteps {
				if s.Position != i {
					t.Fatalf("step %s at position %d, want %d: %+v", s.Title, s.Position, i, out.Node.OrderedSteps)
				}
				titles = append(titles, s.Title)
			}
			return titles
		}
		if got, want := order(), []string{"A", "B", "C", "D", "E"}; !slices.Equal(got, want) {
			t.Errorf("steps %v, want %v", got, want)
		}
		for _, p := range []int{6, -1} {
			if codes := add("X", &p).Codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" {
				t.Errorf("adding at %d: codes %v, want [BAD_USER_INPUT]", p, codes)
			}
		}
		if got := order(); len(got) != 5 {
			t.Errorf("refused additions added steps: %v", got)
		}
	})
}

// Two admins adding steps to one workflow at the same moment get distinct
// positions: the workflow's row lock makes the second wait for the first
// (PostgreSQL; SQLite has one writer at a time by itself).
func TestConcurrentStepsGetDistinctPositions(t *testing.T) {
	harness.RequirePostgres(t)
	e := harness.New(t, harness.Postgres)
	tmpl := e.Client.WorkflowTemplate.Create().SetName("Busy").SaveX(e.Ctx)
	tid := strconv.Itoa(tmpl.ID)
	const n = 12
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			res := e.Do(mvCreate, map[string]any{"input": map[string]any{"templateID": tid, "title": "step " + strconv.Itoa(i)}})
			if len(res.Errors) > 0 {
				errs <- fmt.Errorf("%+v", res.Errors)
				return
			}
			errs <- nil
		}(i)
	}
	for i := 0; i < n; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	var out struct {
		Node struct{ OrderedSteps []struct{ Position int } }
	}
	e.MustDo(mvSteps, map[string]any{"id": tid}, &out)
	if len(out.Node.OrderedSteps) != n {
		t.Fatalf("%d steps, want %d", len(out.Node.OrderedSteps), n)
	}
	for i, s := range out.Node.OrderedSteps {
		if s.Position != i {
			t.Errorf("positions %+v: want 0..%d, each once", out.Node.OrderedSteps, n-1)
			break
		}
	}
}
