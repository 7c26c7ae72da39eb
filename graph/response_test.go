package graph_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/harness"
)

// Response aids (issue #7): who to call, coordination workflows attached
// as checklists, and what to say.

func rsID(id int) string { return strconv.Itoa(id) }

func rsCodes(t *testing.T, res *harness.Response, want, what string) {
	t.Helper()
	if codes := res.Codes(); len(codes) != 1 || codes[0] != want {
		t.Fatalf("%s: codes = %v, want [%s]: %+v", what, codes, want, res.Errors)
	}
}

const whoToCallQuery = `query($q: String!, $first: Int) {
  whoToCall(query: $q, first: $first) {
    query
    services { name }
    people { user { name } localTime utcOffset reasons { reason matched service { name } team { name } } }
  }
}`

type rsWhoToCall struct {
	WhoToCall struct {
		Query    string
		Services []struct{ Name string }
		People   []struct {
			User      struct{ Name string }
			LocalTime string
			UtcOffset string
			Reasons   []struct {
				Reason  string
				Matched string
				Service *struct{ Name string }
				Team    *struct{ Name string }
			}
		}
	}
}

func (w rsWhoToCall) names() []string {
	var out []string
	for _, p := range w.WhoToCall.People {
		out = append(out, p.User.Name)
	}
	return out
}

// For a query naming a service exactly, its escalation contacts and then
// its owners come first, before those of a service named in part, before
// people who know about it (exactly, then in part) — whatever their names.
func TestWhoToCallRanksServiceContactsFirst(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		user := func(name, zone string, expertise ...string) *ent.User {
			return e.Client.User.Create().SetName(name).SetTimeZone(zone).SetExpertise(expertise).SaveX(e.Ctx)
		}
		// Names sort the other way round from the expected ranking, so
		// that a ranking by name alone fails.
		contact := user("Zoe Contact", "Asia/Kolkata", "payments-gateway")
		ownerA := user("Yves Owner", "UTC")
		ownerB := user("Xena Owner", "UTC")
		legacyContact := user("Wes Legacy", "UTC")
		legacyOwner := user("Vic Legacy", "UTC")
		user("Ulla Exact", "UTC", "kafka", "Payments-Gateway")
		user("Tom Partial", "UTC", "payments-gateway tuning")
		user("Sue Nobody", "UTC", "kafka")
		e.Client.User.Create().SetName("Rob Bot payments-gateway").SetServiceAccount(true).SaveX(e.Ctx)

		payments := e.Client.Team.Create().SetName("Payments").AddMembers(ownerA, ownerB).SaveX(e.Ctx)
		legacy := e.Client.Team.Create().SetName("Legacy").AddMembers(legacyOwner).SaveX(e.Ctx)
		e.Client.Service.Create().SetName("payments-gateway-legacy").SetOwnerTeam(legacy).AddEscalationContacts(legacyContact).SaveX(e.Ctx)
		e.Client.Service.Create().SetName("payments-gateway").SetOwnerTeam(payments).AddEscalationContacts(contact).SaveX(e.Ctx)

		member := e.As(enum.RoleMember)
		var out rsWhoToCall
		member.MustDo(whoToCallQuery, map[string]any{"q": "  Payments-Gateway "}, &out)
		want := []string{"Zoe Contact", "Xena Owner", "Yves Owner", "Wes Legacy", "Vic Legacy", "Ulla Exact", "Tom Partial"}
		if got := out.names(); !slices.Equal(got, want) {
			t.Fatalf("people = %v, want %v", got, want)
		}
		if out.WhoToCall.Query != "Payments-Gateway" {
			t.Errorf("query = %q", out.WhoToCall.Query)
		}
		if len(out.WhoToCall.Services) != 2 || out.WhoToCall.Services[0].Name != "payments-gateway" {
			t.Errorf("services = %+v, want the exact match first", out.WhoToCall.Services)
		}
		first := out.WhoToCall.People[0]
		if len(first.Reasons) != 2 || first.Reasons[0].Reason != "ESCALATION_CONTACT" || first.Reasons[0].Service == nil ||
			first.Reasons[0].Service.Name != "payments-gateway" || first.Reasons[1].Reason != "EXPERTISE" {
			t.Errorf("reasons of the contact = %+v, want the escalation contact, then the expertise", first.Reasons)
		}
		// A fixed zone without daylight saving: its offset is stable.
		if first.UtcOffset != "+05:30" {
			t.Errorf("utcOffset = %q, want +05:30", first.UtcOffset)
		}
		loc, _ := time.LoadLocation("Asia/Kolkata")
		now := time.Now().In(loc)
		if first.LocalTime != now.Format("15:04") && first.LocalTime != now.Add(-time.Minute).Format("15:04") {
			t.Errorf("localTime = %q, want about %s", first.LocalTime, now.Format("15:04"))
		}
		owner := out.WhoToCall.People[1].Reasons[0]
		if owner.Reason != "SERVICE_OWNER" || owner.Team == nil || owner.Team.Name != "Payments" {
			t.Errorf("owner's reason = %+v", owner)
		}

		// first limits the people; team names match too.
		out = rsWhoToCall{}
		member.MustDo(whoToCallQuery, map[string]any{"q": "legacy", "first": 2}, &out)
		if got := out.names(); !slices.Equal(got, []string{"Wes Legacy", "Vic Legacy"}) {
			t.Errorf("legacy: people = %v", got)
		}
		// A % is a character to match, not a wildcard.
		out = rsWhoToCall{}
		member.MustDo(whoToCallQuery, map[string]any{"q": "pay%gateway"}, &out)
		if len(out.WhoToCall.People) != 0 || len(out.WhoToCall.Services) != 0 {
			t.Errorf("pay%%gateway matched %v %v", out.names(), out.WhoToCall.Services)
		}
	})
}

// TestWhoToCallKeepsAnExactServiceAmongMany: more services contain the
// words than a search looks at, and the one named exactly sorts last by
// name; its contact still comes first.
func TestWhoToCallKeepsAnExactServiceAmongMany(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		bulk := make([]*ent.ServiceCreate, 60)
		for i := range bulk {
			bulk[i] = e.Client.Service.Create().SetName(fmt.Sprintf("a-%02d-api", i))
		}
		e.Client.Service.CreateBulk(bulk...).SaveX(e.Ctx)
		contact := e.Client.User.Create().SetName("Ana Contact").SaveX(e.Ctx)
		e.Client.Service.Create().SetName("api").AddEscalationContacts(contact).SaveX(e.Ctx)

		var out rsWhoToCall
		e.As(enum.RoleMember).MustDo(whoToCallQuery, map[string]any{"q": "API"}, &out)
		if got := out.names(); len(got) == 0 || got[0] != "Ana Contact" {
			t.Errorf("people = %v, want the exact service's contact first", got)
		}
		if len(out.WhoToCall.Services) == 0 || out.WhoToCall.Services[0].Name != "api" {
			t.Errorf("services = %+v, want api first", out.WhoToCall.Services)
		}
	})
}

func TestWhoToCallRefusesBadInput(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		for what, vars := range map[string]map[string]any{
			"an empty query":       {"q": "   "},
			"a query too long":     {"q": strings.Repeat("x", 101)},
			"no people":            {"q": "payments", "first": 0},
			"too many people":      {"q": "payments", "first": 51},
			"a negative first":     {"q": "payments", "first": -1},
			"a tab-only query":     {"q": "\t"},
			"a query of 101 runes": {"q": strings.Repeat("é", 101)},
		} {
			rsCodes(t, e.Do(whoToCallQuery, vars), "BAD_USER_INPUT", what)
		}
		// 100 characters are fine.
		e.MustDo(whoToCallQuery, map[string]any{"q": strings.Repeat("é", 100)}, nil)
	})
}

const (
	rsCreateTemplate = `mutation($input: CreateWorkflowTemplateInput!) { createWorkflowTemplate(input: $input) { id version incidentTypes } }`
	rsCreateStep     = `mutation($input: CreateWorkflowStepInput!) { createWorkflowStep(input: $input) { id position } }`
	rsSuggested      = `query($id: ID!) { node(id: $id) { ... on Incident { suggestedWorkflows { name } } } }`
	rsAttach         = `mutation($incident: ID!, $template: ID!) { attachWorkflow(incidentID: $incident, templateID: $template) {
	  id name doneCount steps { id version position title doneAt doneBy { name } } } }`
	rsSetDone = `mutation($id: ID!, $version: Int!, $done: Boolean!, $note: String) {
	  setChecklistItemDone(id: $id, version: $version, done: $done, note: $note) { id version doneAt note doneBy { name } } }`
	rsChecklist = `query($id: ID!) { node(id: $id) { ... on IncidentChecklist { name doneCount steps { title doneAt } } } }`
)

type rsStep struct {
	ID       string
	Version  int
	Position int
	Title    string
	DoneAt   *time.Time
	Note     *string
	DoneBy   *struct{ Name string }
}

func suggestedNames(t *testing.T, api *harness.API, incidentID int) []string {
	t.Helper()
	var out struct {
		Node struct{ SuggestedWorkflows []struct{ Name string } }
	}
	api.MustDo(rsSuggested, map[string]any{"id": rsID(incidentID)}, &out)
	var names []string
	for _, w := range out.Node.SuggestedWorkflows {
		names = append(names, w.Name)
	}
	return names
}

// A workflow is suggested by severity and tags, attached as a copy of its
// steps, and ticked off step by step by any responder; the history says
// who did what.
func TestWorkflowChecklist(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		var tmpl struct {
			CreateWorkflowTemplate struct {
				ID            string
				Version       int
				IncidentTypes []string
			}
		}
		e.MustDo(rsCreateTemplate, map[string]any{"input": map[string]any{
			"name": "Database failover", "severities": []string{"SEV2", "SEV3"}, "incidentTypes": []string{" Database ", "database"},
		}}, &tmpl)
		if got := tmpl.CreateWorkflowTemplate.IncidentTypes; !slices.Equal(got, []string{"database"}) {
			t.Errorf("incident types = %v, want them trimmed, lower-cased and without duplicates", got)
		}
		templateID := tmpl.CreateWorkflowTemplate.ID
		for what, types := range map[string][]string{
			"an empty type":  {"database", " "},
			"not a tag":      {"data loss!"},
			"too many types": strings.Fields("a b c d e f g h i j k l m n o p q r s t u"),
		} {
			rsCodes(t, e.Do(rsCreateTemplate, map[string]any{"input": map[string]any{"name": "Bad " + what, "incidentTypes": types}}), "BAD_USER_INPUT", what)
		}

		// Appending is checked (and normalised) with what is there.
		const update = `mutation($id: ID!, $v: Int!, $input: UpdateWorkflowTemplateInput!) {
		  updateWorkflowTemplate(id: $id, version: $v, input: $input) { version incidentTypes } }`
		var upd struct {
			UpdateWorkflowTemplate struct {
				Version       int
				IncidentTypes []string
			}
		}
		e.MustDo(update, map[string]any{"id": templateID, "v": tmpl.CreateWorkflowTemplate.Version,
			"input": map[string]any{"appendIncidentTypes": []string{"Replication"}}}, &upd)
		if got := upd.UpdateWorkflowTemplate.IncidentTypes; !slices.Equal(got, []string{"database", "replication"}) {
			t.Errorf("incident types after appending = %v", got)
		}
		rsCodes(t, e.Do(update, map[string]any{"id": templateID, "v": upd.UpdateWorkflowTemplate.Version,
			"input": map[string]any{"appendIncidentTypes": strings.Fields("a b c d e f g h i j k l m n o p q r s")}}), "BAD_USER_INPUT", "appending past the limit")
		rsCodes(t, e.Do(update, map[string]any{"id": templateID, "v": tmpl.CreateWorkflowTemplate.Version,
			"input": map[string]any{"description": "stale"}}), "CONFLICT", "a stale workflow")
		e.MustDo(update, map[string]any{"id": templateID, "v": upd.UpdateWorkflowTemplate.Version,
			"input": map[string]any{"incidentTypes": []string{"database"}}}, nil)

		// Steps without a position go last; removing one closes the gap.
		var stepIDs []string
		for i, title := range []string{"Page the DBA", "Remove me", "Promote the replica", "Check replication lag"} {
			var out struct {
				CreateWorkflowStep struct {
					ID       string
					Position int
				}
			}
			e.MustDo(rsCreateStep, map[string]any{"input": map[string]any{"templateID": templateID, "title": title}}, &out)
			if out.CreateWorkflowStep.Position != i {
				t.Fatalf("step %q at %d, want %d", title, out.CreateWorkflowStep.Position, i)
			}
			stepIDs = append(stepIDs, out.CreateWorkflowStep.ID)
		}
		e.MustDo(`mutation($id: ID!) { deleteWorkflowStep(id: $id) }`, map[string]any{"id": stepIDs[1]}, nil)
		var ordered struct {
			Node struct {
				OrderedSteps []struct {
					Title    string
					Position int
				}
			}
		}
		e.MustDo(`query($id: ID!) { node(id: $id) { ... on WorkflowTemplate { orderedSteps { title position } } } }`, map[string]any{"id": templateID}, &ordered)
		if s := ordered.Node.OrderedSteps; len(s) != 3 || s[1].Title != "Promote the replica" || s[1].Position != 1 || s[2].Position != 2 {
			t.Fatalf("steps after removing one = %+v", s)
		}

		dbTag := e.Client.Tag.Create().SetName("database").SaveX(e.Ctx)
		inc := e.Client.Incident.Create().SetTitle("Orders database failed over").SetSeverity(enum.SeveritySev2).
			SetStartedAt(time.Now().Add(-time.Hour)).AddTags(dbTag).SaveX(e.Ctx)
		minor := e.Client.Incident.Create().SetTitle("Slow dashboard").SetSeverity(enum.SeveritySev4).
			SetStartedAt(time.Now().Add(-time.Hour)).AddTags(dbTag).SaveX(e.Ctx)
		untagged := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev3).
			SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)

		member := e.As(enum.RoleMember)
		if got := suggestedNames(t, member, inc.ID); !slices.Equal(got, []string{"Database failover", "Major incident response"}) {
			t.Errorf("suggested for a SEV2 database incident = %v", got)
		}
		if got := suggestedNames(t, member, minor.ID); len(got) != 0 {
			t.Errorf("suggested for a SEV4 = %v, want none", got)
		}
		if got := suggestedNames(t, member, untagged.ID); len(got) != 0 {
			t.Errorf("suggested for an untagged SEV3 = %v, want none", got)
		}

		var attached struct {
			AttachWorkflow struct {
				ID        string
				Name      string
				DoneCount int
				Steps     []rsStep
			}
		}
		member.MustDo(rsAttach, map[string]any{"incident": rsID(inc.ID), "template": templateID}, &attached)
		cl := attached.AttachWorkflow
		var titles []string
		for i, s := range cl.Steps {
			titles = append(titles, s.Title)
			if s.Position != i || s.DoneAt != nil {
				t.Errorf("step %d = %+v", i, s)
			}
		}
		if cl.Name != "Database failover" || !slices.Equal(titles, []string{"Page the DBA", "Promote the replica", "Check replication lag"}) || cl.DoneCount != 0 {
			t.Fatalf("attached checklist = %+v", cl)
		}
		if got := suggestedNames(t, member, inc.ID); !slices.Equal(got, []string{"Major incident response"}) {
			t.Errorf("suggested once attached = %v", got)
		}
		rsCodes(t, member.Do(rsAttach, map[string]any{"incident": rsID(inc.ID), "template": templateID}), "BAD_USER_INPUT", "attaching twice")

		// Editing the workflow later leaves the incident's checklist alone.
		e.MustDo(`mutation($id: ID!) { updateWorkflowStep(id: $id, input: {title: "Page the database on-call"}) { id } }`, map[string]any{"id": stepIDs[0]}, nil)
		e.MustDo(rsCreateStep, map[string]any{"input": map[string]any{"templateID": templateID, "title": "Write to the DBA list"}}, nil)
		var again struct {
			Node struct{ Steps []struct{ Title string } }
		}
		member.MustDo(rsChecklist, map[string]any{"id": cl.ID}, &again)
		if len(again.Node.Steps) != 3 || again.Node.Steps[0].Title != "Page the DBA" {
			t.Errorf("checklist after editing the workflow = %+v", again.Node.Steps)
		}

		// Another member ticks off a step the first one attached.
		other := person(e, "Maya Goldberg", enum.RoleMember, enum.DepartmentEngineering)
		step := cl.Steps[1]
		var done struct{ SetChecklistItemDone rsStep }
		other.MustDo(rsSetDone, map[string]any{"id": step.ID, "version": step.Version, "done": true, "note": "replica promoted"}, &done)
		got := done.SetChecklistItemDone
		if got.DoneAt == nil || time.Since(*got.DoneAt) > time.Minute || got.DoneBy == nil || got.DoneBy.Name != "Maya Goldberg" ||
			got.Note == nil || *got.Note != "replica promoted" {
			t.Fatalf("ticked off = %+v", got)
		}
		entries := history(t, e.API, step.ID)
		if len(entries) != 1 || entries[0].Summary != `Maya Goldberg ticked off the step "Promote the replica"` {
			t.Fatalf("history of the step = %+v", entries)
		}
		if _, newBy, ok := entries[0].change("done_by_id"); !ok || str(newBy) != strconv.Itoa(other.User.ID) {
			t.Errorf("history changes = %+v", entries[0].Changes)
		}
		var count struct{ Node struct{ DoneCount int } }
		member.MustDo(rsChecklist, map[string]any{"id": cl.ID}, &count)
		if count.Node.DoneCount != 1 {
			t.Errorf("doneCount = %d, want 1", count.Node.DoneCount)
		}

		// The version the first member saw is stale now.
		rsCodes(t, member.Do(rsSetDone, map[string]any{"id": step.ID, "version": step.Version, "done": false}), "CONFLICT", "a stale version")
		// Undoing clears who and when.
		member.MustDo(rsSetDone, map[string]any{"id": step.ID, "version": got.Version, "done": false}, &done)
		if done.SetChecklistItemDone.DoneAt != nil || done.SetChecklistItemDone.DoneBy != nil {
			t.Errorf("undone = %+v", done.SetChecklistItemDone)
		}
		if h := history(t, e.API, step.ID); len(h) != 2 || !strings.HasSuffix(h[1].Summary, `reopened the step "Promote the replica"`) {
			t.Errorf("history after undoing = %+v", h)
		}
		// A viewer reads but never ticks.
		rsCodes(t, e.As(enum.RoleViewer).Do(rsSetDone, map[string]any{"id": cl.Steps[0].ID, "version": cl.Steps[0].Version, "done": true}), "FORBIDDEN", "a viewer ticking")
	})
}

// A restricted incident's checklist is as invisible as the incident to a
// member who did not take part, and cannot be ticked by them either.
func TestRestrictedChecklistIsInvisible(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Leaked credentials").SetSeverity(enum.SeveritySev1).
			SetStartedAt(time.Now().Add(-time.Hour)).SetRestricted(true).SaveX(e.Ctx)
		tmpl := e.Client.WorkflowTemplate.Query().FirstIDX(e.Ctx)
		var attached struct {
			AttachWorkflow struct {
				ID    string
				Steps []rsStep
			}
		}
		e.MustDo(rsAttach, map[string]any{"incident": rsID(inc.ID), "template": rsID(tmpl)}, &attached)

		insider := e.As(enum.RoleMember)
		e.Client.Participant.Create().SetIncidentID(inc.ID).SetUserID(insider.User.ID).SetRole(enum.ParticipantRoleResponder).SaveX(e.Ctx)
		outsider := e.As(enum.RoleMember)

		var seen struct{ Node *struct{ Name string } }
		insider.MustDo(rsChecklist, map[string]any{"id": attached.AttachWorkflow.ID}, &seen)
		if seen.Node == nil {
			t.Fatal("a participant cannot see the checklist")
		}
		res := outsider.Do(rsChecklist, map[string]any{"id": attached.AttachWorkflow.ID})
		if !strings.Contains(string(res.Data), `"node":null`) {
			t.Errorf("an outsider sees the checklist: %s", res.Data)
		}
		step := attached.AttachWorkflow.Steps[0]
		rsCodes(t, outsider.Do(rsSetDone, map[string]any{"id": step.ID, "version": step.Version, "done": true}), "NOT_FOUND", "an outsider ticking")
		rsCodes(t, outsider.Do(rsAttach, map[string]any{"incident": rsID(inc.ID), "template": rsID(tmpl)}), "NOT_FOUND", "an outsider attaching")
		insider.MustDo(rsSetDone, map[string]any{"id": step.ID, "version": step.Version, "done": true}, nil)
	})
}

const (
	rsCreateStatus = `mutation($input: CreateStatusUpdateInput!) { createStatusUpdate(input: $input) {
	  id version timelineEvent { id kind source text occurredAt keyMoment } } }`
	rsUpdateStatus = `mutation($id: ID!, $version: Int!, $input: UpdateStatusUpdateInput!) { updateStatusUpdate(id: $id, version: $version, input: $input) {
	  id version timelineEvent { id kind source text occurredAt } } }`
)

type rsStatus struct {
	ID            string
	Version       int
	TimelineEvent struct {
		ID         string
		Kind       string
		Source     string
		Text       string
		OccurredAt time.Time
		KeyMoment  bool
	}
}

// A status update is on the incident's timeline as a COMMUNICATION event,
// and a correction to it corrects the event.
func TestStatusUpdateIsOnTheTimeline(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).
			SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
		member := e.As(enum.RoleMember)
		sent := time.Now().UTC().Add(-30 * time.Minute).Truncate(time.Second)
		var created struct{ CreateStatusUpdate rsStatus }
		member.MustDo(rsCreateStatus, map[string]any{"input": map[string]any{
			"incidentID": rsID(inc.ID), "audience": "CUSTOMERS", "channel": "STATUS_PAGE", "recipients": "all customers",
			"body": "Some payments fail; we are on it.", "sentAt": sent.Format(time.RFC3339),
		}}, &created)
		ev := created.CreateStatusUpdate.TimelineEvent
		if ev.Kind != "COMMUNICATION" || ev.Source != "STATUS_PAGE" || ev.KeyMoment || !ev.OccurredAt.Equal(sent) ||
			ev.Text != "Status update to all customers (customers): Some payments fail; we are on it." {
			t.Fatalf("timeline event = %+v", ev)
		}
		var timeline struct {
			Node struct {
				TimelineEvents struct {
					Edges []struct{ Node struct{ ID, Text string } }
				}
			}
		}
		member.MustDo(`query($id: ID!) { node(id: $id) { ... on Incident { timelineEvents(first: 10, where: {kind: COMMUNICATION}) { edges { node { id text } } } } } }`,
			map[string]any{"id": rsID(inc.ID)}, &timeline)
		if edges := timeline.Node.TimelineEvents.Edges; len(edges) != 1 || edges[0].Node.ID != ev.ID {
			t.Fatalf("the board's timeline = %+v", edges)
		}

		var updated struct{ UpdateStatusUpdate rsStatus }
		member.MustDo(rsUpdateStatus, map[string]any{"id": created.CreateStatusUpdate.ID, "version": created.CreateStatusUpdate.Version,
			"input": map[string]any{"body": "Payments work again.", "channel": "EMAIL", "sentAt": sent.Add(5 * time.Minute).Format(time.RFC3339)}}, &updated)
		ev2 := updated.UpdateStatusUpdate.TimelineEvent
		if ev2.ID != ev.ID || ev2.Text != "Status update to all customers (customers): Payments work again." || ev2.Source != "EMAIL" ||
			!ev2.OccurredAt.Equal(sent.Add(5*time.Minute)) {
			t.Errorf("timeline event after the correction = %+v", ev2)
		}
		if n := e.Client.TimelineEvent.Query().Where(timelineevent.KindEQ(enum.EventKindCommunication)).CountX(e.Ctx); n != 1 {
			t.Errorf("%d timeline events, want 1", n)
		}
		rsCodes(t, member.Do(rsUpdateStatus, map[string]any{"id": created.CreateStatusUpdate.ID, "version": created.CreateStatusUpdate.Version,
			"input": map[string]any{"body": "stale"}}), "CONFLICT", "a stale status update")
	})
}

const rsRender = `query($t: ID!, $i: ID!) { renderMessage(templateID: $t, incidentID: $i) { body missing template { name } } }`

// Message templates are filled in from the incident; what it lacks is
// listed, unknown placeholders stay, and customers never see service names.
func TestRenderMessage(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		started := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
		inc := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).
			SetStatus(enum.IncidentStatusResponding).SetStartedAt(started).SaveX(e.Ctx)
		e.Client.Service.Create().SetName("checkout-api").AddIncidents(inc).SaveX(e.Ctx)
		e.Client.Service.Create().SetName("ledger").AddIncidents(inc).SaveX(e.Ctx)

		// The defaults exist; replacing them needs no version, a stale one fails.
		var g struct{ SetCommsGuideline struct{ Version int } }
		e.MustDo(`mutation { setCommsGuideline(audience: INTERNAL, body: "Be brief.", updateEveryMinutes: 30) { version } }`, nil, &g)
		rsCodes(t, e.Do(`mutation($v: Int) { setCommsGuideline(audience: INTERNAL, body: "Be briefer.", version: $v) { version } }`,
			map[string]any{"v": g.SetCommsGuideline.Version - 1}), "CONFLICT", "a stale guideline")

		create := func(audience, body string) string {
			var out struct{ CreateMessageTemplate struct{ ID string } }
			e.MustDo(`mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { id } }`,
				map[string]any{"input": map[string]any{"audience": audience, "name": "Test " + audience, "body": body}}, &out)
			return out.CreateMessageTemplate.ID
		}
		body := "{{title}} ({{ severity }}, {{status}}) since {{started_at}}; affected: {{services}}; impact: {{impact}}; next: {{next_update}}; {{link}} {{owner}}"
		internal := create("INTERNAL", body)
		customers := create("CUSTOMERS", body)

		member := e.As(enum.RoleMember)
		var out struct {
			RenderMessage struct {
				Body     string
				Missing  []string
				Template struct{ Name string }
			}
		}
		before := time.Now().UTC()
		member.MustDo(rsRender, map[string]any{"t": internal, "i": rsID(inc.ID)}, &out)
		r := out.RenderMessage
		wantStart := "Checkout errors (SEV2, responding) since Mon, 02 Mar 2026 09:30:00 UTC; affected: checkout-api, ledger; impact: {{impact}}; next: "
		if !strings.HasPrefix(r.Body, wantStart) || !strings.HasSuffix(r.Body, fmt.Sprintf("; /incidents/%d {{owner}}", inc.ID)) {
			t.Fatalf("internal message = %q", r.Body)
		}
		next := strings.TrimSuffix(strings.TrimPrefix(r.Body, wantStart), fmt.Sprintf("; /incidents/%d {{owner}}", inc.ID))
		if at, err := time.Parse(time.RFC1123, next); err != nil || at.Before(before.Add(29*time.Minute)) || at.After(time.Now().Add(31*time.Minute)) {
			t.Errorf("next update = %q (%v), want in 30 minutes", next, err)
		}
		if !slices.Equal(r.Missing, []string{"impact", "owner"}) {
			t.Errorf("missing = %v", r.Missing)
		}

		out.RenderMessage.Missing = nil
		member.MustDo(rsRender, map[string]any{"t": customers, "i": rsID(inc.ID)}, &out)
		r = out.RenderMessage
		if strings.Contains(r.Body, "checkout-api") || strings.Contains(r.Body, "{{services}}") || !strings.Contains(r.Body, "affected: ; impact") {
			t.Errorf("customer message = %q", r.Body)
		}
		if !slices.Equal(r.Missing, []string{"services", "impact", "owner"}) {
			t.Errorf("customer missing = %v", r.Missing)
		}

		// Only admins curate what everyone says.
		rsCodes(t, member.Do(`mutation { setCommsGuideline(audience: CUSTOMERS, body: "Anything goes.") { id } }`, nil), "FORBIDDEN", "a member setting guidelines")
		rsCodes(t, member.Do(`mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { id } }`,
			map[string]any{"input": map[string]any{"audience": "INTERNAL", "name": "Mine", "body": "Hi"}}), "FORBIDDEN", "a member adding a template")
		rsCodes(t, member.Do(`mutation($id: ID!) { updateMessageTemplate(id: $id, version: 1, input: {body: "Hi"}) { id } }`,
			map[string]any{"id": internal}), "FORBIDDEN", "a member changing a template")
	})
}

const rsChecklistsQuery = `query($id: ID!) { node(id: $id) { ... on Incident {
  checklists { name doneCount steps { title doneAt doneBy { name } } } } } }`

// An incident's checklists, their steps and who ticked each off cost the
// same number of statements for one small checklist as for several long ones.
func TestChecklistsRunAFixedNumberOfStatements(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		statementsFor := func(checklists, steps int) int64 {
			inc := e.Client.Incident.Create().SetTitle(fmt.Sprintf("Incident %d×%d", checklists, steps)).SetSeverity(enum.SeveritySev1).
				SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
			for c := range checklists {
				cl := e.Client.IncidentChecklist.Create().SetIncidentID(inc.ID).SetName(fmt.Sprintf("List %d", c)).SaveX(e.Ctx)
				for s := range steps {
					who := e.Client.User.Create().SetName(fmt.Sprintf("Responder %d-%d-%d", inc.ID, c, s)).SaveX(e.Ctx)
					e.Client.ChecklistItem.Create().SetIncidentID(inc.ID).SetChecklistID(cl.ID).SetPosition(s).
						SetTitle(fmt.Sprintf("Step %d", s)).SetDoneAt(time.Now()).SetDoneByID(who.ID).SaveX(e.Ctx)
				}
			}
			before := e.Statements()
			var out struct {
				Node struct {
					Checklists []struct {
						DoneCount int
						Steps     []struct{ DoneBy *struct{ Name string } }
					}
				}
			}
			e.MustDo(rsChecklistsQuery, map[string]any{"id": rsID(inc.ID)}, &out)
			if len(out.Node.Checklists) != checklists {
				t.Fatalf("%d checklists, want %d", len(out.Node.Checklists), checklists)
			}
			for _, cl := range out.Node.Checklists {
				if len(cl.Steps) != steps || cl.DoneCount != steps || cl.Steps[steps-1].DoneBy == nil {
					t.Fatalf("checklist not loaded: %+v", cl)
				}
			}
			return e.Statements() - before
		}
		statementsFor(2, 1) // the first request also looks the token up
		small, large := statementsFor(2, 1), statementsFor(5, 6)
		if small != large {
			t.Errorf("2 checklists of 1 step: %d statements; 5 of 6: %d — want the same", small, large)
		}
	})
}
