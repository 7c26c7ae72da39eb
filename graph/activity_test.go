package graph_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/activity"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/viewer"
)

const entityHistoryQuery = `query($id: ID!) {
  activities(first: 20, where: {entityID: $id}, orderBy: {field: CREATED_AT, direction: ASC}) {
    totalCount
    edges { node { action entityType entityID summary actor { name } changes { field old new } } }
  }
}`

type historyEntry struct {
	Action     string `json:"action"`
	EntityType string `json:"entityType"`
	EntityID   string `json:"entityID"`
	Summary    string `json:"summary"`
	Actor      *struct {
		Name string `json:"name"`
	} `json:"actor"`
	Changes []struct {
		Field string  `json:"field"`
		Old   *string `json:"old"`
		New   *string `json:"new"`
	} `json:"changes"`
}

func (h historyEntry) change(field string) (old, new *string, ok bool) {
	for _, c := range h.Changes {
		if c.Field == field {
			return c.Old, c.New, true
		}
	}
	return nil, nil, false
}

func history(t *testing.T, api *harness.API, id string) []historyEntry {
	t.Helper()
	var out struct {
		Activities struct {
			TotalCount int
			Edges      []struct{ Node historyEntry }
		}
	}
	api.MustDo(entityHistoryQuery, map[string]any{"id": id}, &out)
	var entries []historyEntry
	for _, e := range out.Activities.Edges {
		entries = append(entries, e.Node)
	}
	return entries
}

func str(s *string) string {
	if s == nil {
		return "<null>"
	}
	return *s
}

// person adds a named person to the directory with an API token.
func person(e *harness.Env, name string, role enum.Role, dept enum.Department) *harness.API {
	e.T.Helper()
	u := e.Client.User.Create().SetName(name).SetRole(role).SetDepartment(dept).SaveX(e.Ctx)
	return e.WithToken(u)
}

// Every creation and change on a board is in its history, with who made
// it and the values before and after; an event corrected after the review
// shows who moved it, from when and to when.
func TestActivityHistoryRecordsWhoChangedWhat(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		maya := person(e, "Maya Goldberg", enum.RoleMember, enum.DepartmentEngineering)
		sam := person(e, "Sam Okafor", enum.RoleAnalyst, enum.DepartmentProduct)

		// Maya opens the incident: its STARTED milestone is mirrored on the
		// timeline by Debrief itself, which is in the history without an actor.
		var created struct{ CreateIncident struct{ ID string } }
		maya.MustDo(createIncidentMutation, map[string]any{"input": map[string]any{
			"title": "Checkout errors", "severity": "SEV2", "startedAt": "2026-03-01T13:50:00Z",
		}}, &created)
		incID := created.CreateIncident.ID
		incHistory := history(t, sam, incID)
		if len(incHistory) != 1 || incHistory[0].Action != "CREATED" || incHistory[0].Actor == nil || incHistory[0].Actor.Name != "Maya Goldberg" ||
			incHistory[0].Summary != `Maya Goldberg opened the incident "Checkout errors"` {
			t.Fatalf("incident history = %+v, want Maya's creation", incHistory)
		}
		if _, title, ok := incHistory[0].change("title"); !ok || str(title) != "Checkout errors" {
			t.Errorf("creation changes = %+v, want the title", incHistory[0].Changes)
		}
		mirror := e.Client.Activity.Query().Where(activity.EntityType("TimelineEvent")).OnlyX(e.Ctx)
		if mirror.ActorID != nil || !strings.HasPrefix(mirror.Summary, `Debrief added the timeline event "Incident started"`) {
			t.Errorf("milestone mirror activity = %+v, want one by Debrief without actor", mirror)
		}

		// Maya adds an event.
		var ev struct {
			CreateTimelineEvent struct {
				ID      string
				Version int
			}
		}
		maya.MustDo(`mutation($i: ID!) { createTimelineEvent(input: {incidentID: $i, occurredAt: "2026-03-01T14:00:00Z", kind: DEPLOY, source: DEPLOY, text: "Deploy rolled back"}) { id version } }`,
			map[string]any{"i": incID}, &ev)
		evID := ev.CreateTimelineEvent.ID

		// The review is held and closed.
		var inc struct{ Node struct{ Version int } }
		e.MustDo(`query($id: ID!) { node(id: $id) { ... on Incident { version } } }`, map[string]any{"id": incID}, &inc)
		e.MustDo(`mutation($id: ID!, $v: Int!) { updateIncident(id: $id, version: $v, input: {status: RESOLVED}) { id } }`,
			map[string]any{"id": incID, "v": inc.Node.Version}, nil)
		e.MustDo(`mutation($id: ID!, $v: Int!) { openReview(incidentID: $id, version: $v, mode: MEETING) { id } }`,
			map[string]any{"id": incID, "v": inc.Node.Version + 1}, nil)
		e.MustDo(`mutation($id: ID!, $v: Int!) { closeReview(incidentID: $id, version: $v) { id } }`,
			map[string]any{"id": incID, "v": inc.Node.Version + 2}, nil)

		// After the review, Sam corrects the event's time.
		sam.MustDo(`mutation($id: ID!, $v: Int!) { updateTimelineEvent(id: $id, version: $v, input: {occurredAt: "2026-03-01T14:05:00Z"}) { id } }`,
			map[string]any{"id": evID, "v": ev.CreateTimelineEvent.Version}, nil)

		evHistory := history(t, maya, evID)
		if len(evHistory) != 2 {
			t.Fatalf("event history has %d entries, want 2: %+v", len(evHistory), evHistory)
		}
		add, fix := evHistory[0], evHistory[1]
		if add.Action != "CREATED" || add.Actor == nil || add.Actor.Name != "Maya Goldberg" || add.EntityType != "TimelineEvent" || add.EntityID != evID ||
			add.Summary != `Maya Goldberg added the timeline event "Deploy rolled back"` {
			t.Errorf("creation = %+v", add)
		}
		if old, new, ok := add.change("occurred_at"); !ok || old != nil || str(new) != "2026-03-01T14:00:00Z" {
			t.Errorf("creation records occurred_at %s → %s, want <null> → 14:00", str(old), str(new))
		}
		if _, _, ok := add.change("version"); ok {
			t.Errorf("creation records the version: %+v", add.Changes)
		}
		if fix.Action != "UPDATED" || fix.Actor == nil || fix.Actor.Name != "Sam Okafor" ||
			fix.Summary != `Sam Okafor moved the timeline event "Deploy rolled back" to 14:05 UTC` {
			t.Errorf("correction = %+v", fix)
		}
		if len(fix.Changes) != 1 {
			t.Errorf("correction changes = %+v, want occurred_at only", fix.Changes)
		}
		if old, new, _ := fix.change("occurred_at"); str(old) != "2026-03-01T14:00:00Z" || str(new) != "2026-03-01T14:05:00Z" {
			t.Errorf("correction records occurred_at %s → %s, want 14:00 → 14:05", str(old), str(new))
		}

		// The incident's own history tells the review's story.
		var summaries []string
		for _, h := range history(t, maya, incID) {
			summaries = append(summaries, h.Summary)
		}
		want := []string{
			`Maya Goldberg opened the incident "Checkout errors"`,
			`admin 1 moved the incident "Checkout errors" to resolved`,
			`admin 1 opened the review of the incident "Checkout errors" (meeting)`,
			`admin 1 closed the review of the incident "Checkout errors"`,
		}
		if strings.Join(summaries, "\n") != strings.Join(want, "\n") {
			t.Errorf("incident history:\n%s\nwant:\n%s", strings.Join(summaries, "\n"), strings.Join(want, "\n"))
		}
		var byIncident struct {
			Node struct {
				Activities struct{ TotalCount int }
			}
		}
		maya.MustDo(`query($id: ID!) { node(id: $id) { ... on Incident { activities(first: 50) { totalCount } } } }`, map[string]any{"id": incID}, &byIncident)
		// 4 on the incident, the STARTED mirror, Maya's event and Sam's fix.
		if got := byIncident.Node.Activities.TotalCount; got != 7 {
			t.Errorf("incident.activities has %d entries, want 7", got)
		}
	})
}

// The history is written in the change's own transaction: an operation
// that fails as a whole leaves no history of its parts.
func TestActivityIsRolledBackWithItsChange(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Queue backlog").SetSeverity(enum.SeveritySev3).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
		ev := e.Client.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(time.Now().Add(-time.Hour)).SetKind(enum.EventKindAction).SetText("scaled up").SaveX(e.Ctx)
		// The first update succeeds (and records its activity); the second
		// names the same, now stale, version: CONFLICT, and both roll back.
		res := e.Do(`mutation($id: ID!, $v: Int!) {
		  a: updateTimelineEvent(id: $id, version: $v, input: {text: "scaled up the workers"}) { id }
		  b: updateTimelineEvent(id: $id, version: $v, input: {text: "scaled up the queue"}) { id }
		}`, map[string]any{"id": strconv.Itoa(ev.ID), "v": ev.Version})
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "CONFLICT" {
			t.Fatalf("codes %v, want [CONFLICT]", codes)
		}
		if got := e.Client.TimelineEvent.GetX(e.Ctx, ev.ID).Text; got != "scaled up" {
			t.Errorf("text = %q, want the update rolled back", got)
		}
		if n := e.Client.Activity.Query().CountX(e.Ctx); n != 0 {
			t.Errorf("%d activities survived the rolled-back operation", n)
		}
	})
}

// Nobody writes the history but Debrief: not even an admin, and there is
// no mutation for it.
func TestActivityCannotBeWrittenByPeople(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	inc := e.Client.Incident.Create().SetTitle("t").SetSeverity(enum.SeveritySev4).SetStartedAt(time.Now()).SaveX(e.Ctx)
	admin := e.API.User
	ctx := viewer.NewContext(context.Background(), viewer.Viewer{UserID: admin.ID, Name: admin.Name, Role: admin.Role})
	_, err := e.Client.Activity.Create().SetIncident(inc).SetAction(activity.ActionCREATED).SetEntityType("Incident").
		SetEntityID(inc.ID).SetSummary("forged").Save(ctx)
	if err == nil {
		t.Fatal("an admin wrote an activity")
	}
}

// Listing an incident's history with its actors costs the same number of
// statements for 3 entries as for 30.
func TestActivityListRunsAFixedNumberOfStatements(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			inc := e.Client.Incident.Create().SetTitle("t").SetSeverity(enum.SeveritySev3).SetStartedAt(time.Now()).SaveX(e.Ctx)
			builders := make([]*ent.ActivityCreate, n)
			title := "t"
			for i := range n {
				u := e.Client.User.Create().SetName("Person " + strconv.Itoa(i)).SaveX(e.Ctx)
				builders[i] = e.Client.Activity.Create().SetIncident(inc).SetActor(u).SetAction(activity.ActionUPDATED).
					SetEntityType("Incident").SetEntityID(inc.ID).SetSummary("changed").
					SetChanges([]enum.FieldChange{{Field: "title", New: &title}})
			}
			e.Client.Activity.CreateBulk(builders...).ExecX(e.Ctx)
			before := e.Statements()
			var out struct {
				Node struct {
					Activities struct {
						Edges []struct {
							Node struct {
								Actor   struct{ Name string }
								Changes []json.RawMessage
							}
						}
					}
				}
			}
			e.MustDo(`query($id: ID!) { node(id: $id) { ... on Incident {
			  activities(first: 50, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { summary createdAt actor { name } changes { field old new } } } }
			} } }`, map[string]any{"id": strconv.Itoa(inc.ID)}, &out)
			if got := len(out.Node.Activities.Edges); got != n {
				t.Fatalf("listed %d activities, want %d", got, n)
			}
			for _, edge := range out.Node.Activities.Edges {
				if edge.Node.Actor.Name == "" || len(edge.Node.Changes) != 1 {
					t.Fatalf("activity not loaded: %+v", edge.Node)
				}
			}
			return e.Statements() - before
		}
		few, many := statementsFor(3), statementsFor(30)
		t.Logf("%s: %d statements for 3 activities, %d for 30", b, few, many)
		if few != many {
			t.Errorf("statements grow with rows: %d for 3 activities, %d for 30", few, many)
		}
	})
}

// Each kind of board item gets a sentence of its own; an action item's
// history is on every incident it serves; links to other records are
// listed by ID.
func TestActivitySummaries(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	maya := person(e, "Maya Goldberg", enum.RoleAnalyst, enum.DepartmentEngineering)
	tom := e.Client.User.Create().SetName("Tom Becker").SaveX(e.Ctx)
	incA := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
	incB := e.Client.Incident.Create().SetTitle("Payments slow").SetSeverity(enum.SeveritySev3).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
	tag := e.Client.Tag.Create().SetName("payments").SaveX(e.Ctx)
	a, bID := strconv.Itoa(incA.ID), strconv.Itoa(incB.ID)

	var ids struct {
		P struct{ ID string }
		Q struct {
			ID      string
			Version int
		}
		C struct {
			ID      string
			Version int
		}
		AI struct {
			ID      string
			Version int
		}
	}
	maya.MustDo(`mutation($a: ID!, $b: ID!, $tom: ID!) {
	  p: createParticipant(input: {incidentID: $a, userID: $tom, role: SUBJECT_EXPERT}) { id }
	  q: createQuestion(input: {incidentID: $a, text: "Why did the alert not fire?"}) { id version }
	  c: createComment(input: {incidentID: $a, body: "Looking into it"}) { id version }
	  ai: createActionItem(input: {title: "Alert on 5xx rate", incidentIDs: [$a, $b]}) { id version }
	}`, map[string]any{"a": a, "b": bID, "tom": strconv.Itoa(tom.ID)}, &ids)
	maya.MustDo(`mutation($q: ID!, $qv: Int!, $c: ID!, $cv: Int!, $ai: ID!, $aiv: Int!, $a: ID!, $tag: ID!) {
	  updateQuestion(id: $q, version: $qv, input: {answer: "It was muted"}) { id }
	  updateComment(id: $c, version: $cv, input: {body: "Found it: the alert was muted"}) { id }
	  updateActionItem(id: $ai, version: $aiv, input: {status: DONE}) { id }
	  updateIncident(id: $a, version: 1, input: {addTagIDs: [$tag], summary: "An alert was muted"}) { id }
	}`, map[string]any{"q": ids.Q.ID, "qv": ids.Q.Version, "c": ids.C.ID, "cv": ids.C.Version, "ai": ids.AI.ID, "aiv": ids.AI.Version,
		"a": a, "tag": strconv.Itoa(tag.ID)}, nil)

	last := func(id string) historyEntry {
		t.Helper()
		h := history(t, maya, id)
		if len(h) == 0 {
			t.Fatalf("no history for %s", id)
		}
		return h[len(h)-1]
	}
	for id, want := range map[string]string{
		ids.P.ID:  `Maya Goldberg added Tom Becker to the incident as subject expert`,
		ids.Q.ID:  `Maya Goldberg answered the question "Why did the alert not fire?"`,
		ids.C.ID:  `Maya Goldberg edited a comment: "Found it: the alert was muted"`,
		ids.AI.ID: `Maya Goldberg marked the action item "Alert on 5xx rate" done`,
		a:         `Maya Goldberg updated the incident "Checkout errors" (summary, tags)`,
	} {
		if got := last(id).Summary; got != want {
			t.Errorf("summary = %q, want %q", got, want)
		}
	}
	if _, tags, ok := last(a).change("tags"); !ok || str(tags) != strconv.Itoa(tag.ID) {
		t.Errorf("incident changes = %+v, want the tag added", last(a).Changes)
	}
	if old, answer, _ := last(ids.Q.ID).change("answer"); old != nil || str(answer) != "It was muted" {
		t.Errorf("answer change %s → %s", str(old), str(answer))
	}
	if _, status, _ := last(ids.Q.ID).change("status"); str(status) != "ANSWERED" {
		t.Errorf("question status change to %s, want ANSWERED", str(status))
	}
	// The action item's creation and completion are on both incidents.
	for _, inc := range []*ent.Incident{incA, incB} {
		n := e.Client.Activity.Query().Where(activity.IncidentID(inc.ID), activity.EntityID(mustAtoi(t, ids.AI.ID))).CountX(e.Ctx)
		if n != 2 {
			t.Errorf("incident %q has %d activities of the action item, want 2", inc.Title, n)
		}
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
