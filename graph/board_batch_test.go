package graph_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

const bbIncidentsWithBoards = `query($n: Int!) { incidents(first: $n, orderBy: {field: STARTED_AT, direction: ASC}) { edges { node { id board {
  missingVoices { departments participants { name } }
  participation { user { name } department events perspectives answers comments total }
  departments { department events perspectives answers comments total }
  facilitatorShare
  openQuestions
} } } } }`

// Listing incidents with their board summaries runs the same statements
// for 2 incidents as for 8, and every incident's summary is the one it
// gets alone (each incident's people, voices and counts kept apart).
func TestBoardSummaryIsBatchedOverLists(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			c, ctx := e.Client, e.Ctx
			depts := enum.Department("").Values()
			var people []*ent.User
			for i := range 6 {
				people = append(people, c.User.Create().SetName("Person "+strconv.Itoa(i)).
					SetDepartment(enum.Department(depts[i%len(depts)])).SaveX(ctx))
			}
			start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
			var incidents []*ent.Incident
			for i := range n {
				inc := c.Incident.Create().SetTitle(fmt.Sprintf("Incident %d", i)).SetSeverity(enum.SeveritySev3).
					SetStartedAt(start.Add(time.Duration(i) * time.Hour)).SetFacilitator(people[i%6]).SaveX(ctx)
				incidents = append(incidents, inc)
				// Incident i hears from people i..i+2 (mod 6), in ways
				// that differ by incident.
				for j := range 3 {
					u := people[(i+j)%6]
					c.Participant.Create().SetIncident(inc).SetUser(u).SetRole(enum.ParticipantRoleResponder).ExecX(ctx)
					if j < 2 {
						c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(start).SetKind(enum.EventKindAction).
							SetText("did a thing").SetActor(u).SetCreatedByID(people[(i+j+1)%6].ID).ExecX(ctx)
					}
					if (i+j)%2 == 0 {
						c.Perspective.Create().SetIncident(inc).SetAuthor(u).SetDepartment(u.Department).SetWhatTheySaw("saw it").ExecX(ctx)
					}
				}
				c.Question.Create().SetIncident(inc).SetText("why?").ExecX(ctx)
				if i%2 == 1 {
					c.Question.Create().SetIncident(inc).SetText("how?").SetAnswer("so").SetAnsweredByID(people[i%6].ID).ExecX(ctx)
					c.Comment.Create().SetIncident(inc).SetBody("+1").SetCreatedByID(people[(i+4)%6].ID).ExecX(ctx)
				}
			}
			before := e.Statements()
			var out struct {
				Incidents struct {
					Edges []struct {
						Node struct {
							ID    string
							Board json.RawMessage
						}
					}
				}
			}
			e.MustDo(bbIncidentsWithBoards, map[string]any{"n": n}, &out)
			statements := e.Statements() - before
			if len(out.Incidents.Edges) != n {
				t.Fatalf("listed %d incidents, want %d", len(out.Incidents.Edges), n)
			}
			for i, edge := range out.Incidents.Edges {
				var alone struct {
					Node struct{ Board json.RawMessage }
				}
				e.MustDo(boardQuery, map[string]any{"id": strconv.Itoa(incidents[i].ID)}, &alone)
				if string(edge.Node.Board) != string(alone.Node.Board) {
					t.Errorf("incident %d: in the list %s\nalone %s", i, edge.Node.Board, alone.Node.Board)
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
