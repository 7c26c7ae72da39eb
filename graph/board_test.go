package graph_test

import (
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

// A comment's @[Full Name] mentions are linked to the people of that name,
// in any case; unknown names stay text. Editing the body re-links them,
// and a person may be mentioned in any number of comments.
func TestCommentMentionsAreResolved(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
		maya := e.Client.User.Create().SetName("Maya Goldberg").SaveX(e.Ctx)
		tom := e.Client.User.Create().SetName("Tom Becker").SaveX(e.Ctx)
		e.Client.User.Create().SetName("Maya").SaveX(e.Ctx) // a prefix of Maya's name is someone else
		writer := e.As(enum.RoleMember)

		const create = `mutation($i: ID!, $body: String!) { createComment(input: {incidentID: $i, body: $body}) { id version body mentions { id name } } }`
		type comment struct {
			ID       string
			Version  int
			Body     string
			Mentions []struct{ ID, Name string }
		}
		names := func(c comment) []string {
			var out []string
			for _, m := range c.Mentions {
				out = append(out, m.Name)
			}
			slices.Sort(out)
			return out
		}
		var first struct{ CreateComment comment }
		writer.MustDo(create, map[string]any{"i": strconv.Itoa(inc.ID),
			"body": "@[maya goldberg] and @[Tom  Becker], could you check the deploy log? cc @[Nobody Here] and @[Maya Goldberg] again"}, &first)
		if got := names(first.CreateComment); !slices.Equal(got, []string{"Maya Goldberg", "Tom Becker"}) {
			t.Errorf("mentions = %v, want Maya Goldberg and Tom Becker", got)
		}
		if !strings.Contains(first.CreateComment.Body, "@[Nobody Here]") {
			t.Errorf("body changed: %q", first.CreateComment.Body)
		}

		var second struct{ CreateComment comment }
		writer.MustDo(create, map[string]any{"i": strconv.Itoa(inc.ID), "body": "Thanks @[Tom Becker]!"}, &second)
		if got := names(second.CreateComment); !slices.Equal(got, []string{"Tom Becker"}) {
			t.Errorf("second comment mentions = %v, want Tom Becker", got)
		}

		var edited struct{ UpdateComment comment }
		writer.MustDo(`mutation($id: ID!, $v: Int!, $body: String!) { updateComment(id: $id, version: $v, input: {body: $body}) { id version body mentions { id name } } }`,
			map[string]any{"id": first.CreateComment.ID, "v": first.CreateComment.Version, "body": "Only @[TOM BECKER] now; Maya is off today"}, &edited)
		if got := names(edited.UpdateComment); !slices.Equal(got, []string{"Tom Becker"}) {
			t.Errorf("mentions after the edit = %v, want Tom Becker", got)
		}

		var mentioned struct {
			Tom  struct{ MentionedIn struct{ TotalCount int } }
			Maya struct{ MentionedIn struct{ TotalCount int } }
		}
		writer.MustDo(`query($tom: ID!, $maya: ID!) {
		  tom: node(id: $tom) { ... on User { mentionedIn(first: 10) { totalCount } } }
		  maya: node(id: $maya) { ... on User { mentionedIn(first: 10) { totalCount } } }
		}`, map[string]any{"tom": strconv.Itoa(tom.ID), "maya": strconv.Itoa(maya.ID)}, &mentioned)
		if mentioned.Tom.MentionedIn.TotalCount != 2 || mentioned.Maya.MentionedIn.TotalCount != 0 {
			t.Errorf("Tom is mentioned in %d comments (want 2), Maya in %d (want 0)",
				mentioned.Tom.MentionedIn.TotalCount, mentioned.Maya.MentionedIn.TotalCount)
		}
	})
}

const boardQuery = `query($id: ID!) { node(id: $id) { ... on Incident { board {
  missingVoices { departments participants { name } }
  participation { user { name } department events perspectives answers comments total }
  departments { department events perspectives answers comments total }
  facilitatorShare
  openQuestions
} } } }`

type participationCounts struct {
	Events, Perspectives, Answers, Comments, Total int
}

type boardSummary struct {
	MissingVoices struct {
		Departments  []string
		Participants []struct{ Name string }
	}
	Participation []struct {
		User       struct{ Name string }
		Department string
		participationCounts
	}
	Departments []struct {
		Department string
		participationCounts
	}
	FacilitatorShare *float64
	OpenQuestions    int
}

func loadBoard(t *testing.T, api *harness.API, incidentID int) boardSummary {
	t.Helper()
	var out struct{ Node struct{ Board boardSummary } }
	api.MustDo(boardQuery, map[string]any{"id": strconv.Itoa(incidentID)}, &out)
	return out.Node.Board
}

func (s boardSummary) missingParticipants() []string {
	var out []string
	for _, p := range s.MissingVoices.Participants {
		out = append(out, p.Name)
	}
	return out
}

// The board summary counts each kind of contribution per person and per
// department, names the departments and participants not heard yet, and
// follows the board: a support agent's perspective takes Support off the
// missing list.
func TestBoardSummary(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		c, ctx := e.Client, e.Ctx
		mk := func(name string, role enum.Role, dept enum.Department) *ent.User {
			return c.User.Create().SetName(name).SetRole(role).SetDepartment(dept).SaveX(ctx)
		}
		fay := mk("Fay Facilitator", enum.RoleMember, enum.DepartmentEngineering)
		eli := mk("Eli Engineer", enum.RoleMember, enum.DepartmentEngineering)
		sue := mk("Sue Support", enum.RoleMember, enum.DepartmentSupport)
		pat := mk("Pat Product", enum.RoleMember, enum.DepartmentProduct)
		mo := mk("Mo Marketing", enum.RoleMember, enum.DepartmentMarketing)
		cy := mk("Cy Chief", enum.RoleMember, enum.DepartmentLeadership)

		start := time.Date(2026, 3, 1, 14, 0, 0, 0, time.UTC)
		// Creating the incident mirrors its start as a timeline event with
		// neither actor nor author: it counts for nobody.
		inc := c.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).SetStartedAt(start).
			SetStatus(enum.IncidentStatusReviewing).SetFacilitator(fay).SaveX(ctx)
		// Fay, Eli, Sue, Pat and Mo take part; Cy does not, but comments.
		for _, u := range []*ent.User{fay, eli, sue, pat, mo} {
			c.Participant.Create().SetIncident(inc).SetUser(u).SetRole(enum.ParticipantRoleResponder).ExecX(ctx)
		}
		event := func(text string, actor, author *ent.User) {
			ev := c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(start.Add(time.Minute)).SetKind(enum.EventKindAction).SetText(text)
			if actor != nil {
				ev.SetActor(actor)
			}
			if author != nil {
				ev.SetCreatedByID(author.ID)
			}
			ev.ExecX(ctx)
		}
		event("Eli rolled back the deploy", eli, fay) // Eli +1 (actor), Fay +1 (entered it)
		event("Eli restarted the workers", eli, eli)  // Eli +1: actor and author are one person
		event("Status page bot posted", nil, fay)     // Fay +1: entered, about nobody in the directory
		c.Perspective.Create().SetIncident(inc).SetAuthor(eli).SetDepartment(enum.DepartmentEngineering).SetWhatTheySaw("5xx on checkout").ExecX(ctx)
		c.Perspective.Create().SetIncident(inc).SetAuthor(fay).SetDepartment(enum.DepartmentEngineering).SetWhatTheySaw("paged at 14:02").ExecX(ctx)
		// Asking is not answering: only Pat's answer counts.
		c.Question.Create().SetIncident(inc).SetText("Why did the alert not fire?").SetAskedByID(fay.ID).SetCreatedByID(fay.ID).ExecX(ctx)
		c.Question.Create().SetIncident(inc).SetText("Were refunds needed?").SetAnswer("No, payments were retried").SetAnsweredByID(pat.ID).ExecX(ctx)
		c.Question.Create().SetIncident(inc).SetText("Which regions?").ExecX(ctx)
		for _, u := range []*ent.User{cy, fay, sue} {
			c.Comment.Create().SetIncident(inc).SetBody("noted").SetCreatedByID(u.ID).ExecX(ctx)
		}

		reader := e.As(enum.RoleViewer)
		got := loadBoard(t, reader, inc.ID)

		// Fay: events 2 (entered two), perspectives 1, comments 1 = 4.
		// Eli: events 2 (actor of two), perspectives 1 = 3.
		// Cy, Pat, Sue: 1 each (a comment, an answer, a comment).
		// Mo: nothing. Ordered by total, then name.
		want := []struct {
			name string
			dept string
			participationCounts
		}{
			{"Fay Facilitator", "ENGINEERING", participationCounts{Events: 2, Perspectives: 1, Comments: 1, Total: 4}},
			{"Eli Engineer", "ENGINEERING", participationCounts{Events: 2, Perspectives: 1, Total: 3}},
			{"Cy Chief", "LEADERSHIP", participationCounts{Comments: 1, Total: 1}},
			{"Pat Product", "PRODUCT", participationCounts{Answers: 1, Total: 1}},
			{"Sue Support", "SUPPORT", participationCounts{Comments: 1, Total: 1}},
			{"Mo Marketing", "MARKETING", participationCounts{}},
		}
		if len(got.Participation) != len(want) {
			t.Fatalf("participation has %d people, want %d: %+v", len(got.Participation), len(want), got.Participation)
		}
		for i, w := range want {
			p := got.Participation[i]
			if p.User.Name != w.name || p.Department != w.dept || p.participationCounts != w.participationCounts {
				t.Errorf("participation[%d] = %s %s %+v, want %s %s %+v", i, p.User.Name, p.Department, p.participationCounts, w.name, w.dept, w.participationCounts)
			}
		}
		// Departments add up their people: Engineering is Fay + Eli.
		wantDepts := map[string]participationCounts{
			"ENGINEERING": {Events: 4, Perspectives: 2, Comments: 1, Total: 7},
			"SUPPORT":     {Comments: 1, Total: 1},
			"MARKETING":   {},
			"PRODUCT":     {Answers: 1, Total: 1},
			"LEADERSHIP":  {Comments: 1, Total: 1},
			"OTHER":       {},
		}
		if len(got.Departments) != len(wantDepts) {
			t.Errorf("departments = %+v, want all six", got.Departments)
		}
		for _, d := range got.Departments {
			if d.participationCounts != wantDepts[d.Department] {
				t.Errorf("department %s = %+v, want %+v", d.Department, d.participationCounts, wantDepts[d.Department])
			}
		}
		// Fay's 4 of all 10 contributions (4 + 3 + 1 + 1 + 1).
		if got.FacilitatorShare == nil || *got.FacilitatorShare != 0.4 {
			t.Errorf("facilitatorShare = %v, want 0.4", got.FacilitatorShare)
		}
		// Two questions are still OPEN; Pat's was answered.
		if got.OpenQuestions != 2 {
			t.Errorf("openQuestions = %d, want 2", got.OpenQuestions)
		}
		// Only Engineering has a perspective; Mo is the one silent participant.
		if d := got.MissingVoices.Departments; !slices.Equal(d, []string{"SUPPORT", "MARKETING", "PRODUCT", "LEADERSHIP"}) {
			t.Errorf("missing departments = %v", d)
		}
		if p := got.missingParticipants(); !slices.Equal(p, []string{"Mo Marketing"}) {
			t.Errorf("missing participants = %v, want Mo Marketing", p)
		}

		// Sue, a support agent, adds her perspective.
		e.WithToken(sue).MustDo(`mutation($i: ID!, $a: ID!) { createPerspective(input: {incidentID: $i, authorID: $a, department: SUPPORT, whatTheySaw: "40 tickets in an hour"}) { id } }`,
			map[string]any{"i": strconv.Itoa(inc.ID), "a": strconv.Itoa(sue.ID)}, nil)
		got = loadBoard(t, reader, inc.ID)
		if d := got.MissingVoices.Departments; !slices.Equal(d, []string{"MARKETING", "PRODUCT", "LEADERSHIP"}) {
			t.Errorf("missing departments after Sue's perspective = %v, want MARKETING, PRODUCT, LEADERSHIP", d)
		}
		for _, p := range got.Participation {
			if p.User.Name == "Sue Support" && (p.Perspectives != 1 || p.Total != 2) {
				t.Errorf("Sue after her perspective: %+v, want 1 perspective, total 2", p.participationCounts)
			}
		}
		// Fay's 4 of 11 now.
		if got.FacilitatorShare == nil || *got.FacilitatorShare != 4.0/11 {
			t.Errorf("facilitatorShare = %v, want 4/11", got.FacilitatorShare)
		}

		// Without a facilitator there is no share.
		bare := c.Incident.Create().SetTitle("Quiet").SetSeverity(enum.SeveritySev4).SetStartedAt(start).SaveX(ctx)
		if s := loadBoard(t, reader, bare.ID); s.FacilitatorShare != nil || len(s.Participation) != 0 || len(s.MissingVoices.Departments) != 5 {
			t.Errorf("empty board = %+v, want no share, nobody, five missing departments", s)
		}
	})
}

// The board summary costs the same, small number of statements for 3
// participants as for 30: GROUP BY queries, never one per person.
func TestBoardSummaryRunsAFixedNumberOfStatements(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			c, ctx := e.Client, e.Ctx
			start := time.Now().Add(-time.Hour)
			depts := enum.Department("").Values()
			var people []*ent.User
			for i := range n {
				people = append(people, c.User.Create().SetName("Person "+strconv.Itoa(i)).
					SetDepartment(enum.Department(depts[i%len(depts)])).SaveX(ctx))
			}
			inc := c.Incident.Create().SetTitle("Busy").SetSeverity(enum.SeveritySev2).SetStartedAt(start).SetFacilitator(people[0]).SaveX(ctx)
			for i, u := range people {
				c.Participant.Create().SetIncident(inc).SetUser(u).SetRole(enum.ParticipantRoleResponder).ExecX(ctx)
				c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(start).SetKind(enum.EventKindAction).SetText("did a thing").SetActor(u).SetCreatedByID(people[(i+1)%n].ID).ExecX(ctx)
				c.Comment.Create().SetIncident(inc).SetBody("+1").SetCreatedByID(u.ID).ExecX(ctx)
				if i%2 == 0 {
					c.Perspective.Create().SetIncident(inc).SetAuthor(u).SetDepartment(u.Department).SetWhatTheySaw("saw it").ExecX(ctx)
					c.Question.Create().SetIncident(inc).SetText("why?").SetAnswer("because").SetAnsweredByID(u.ID).ExecX(ctx)
				}
			}
			before := e.Statements()
			got := loadBoard(t, e.API, inc.ID)
			if len(got.Participation) != n {
				t.Fatalf("participation has %d people, want %d", len(got.Participation), n)
			}
			return e.Statements() - before
		}
		few, many := statementsFor(3), statementsFor(30)
		t.Logf("%s: %d statements for 3 participants, %d for 30", b, few, many)
		if few != many {
			t.Errorf("statements grow with people: %d for 3 participants, %d for 30", few, many)
		}
		if many > 20 {
			t.Errorf("%d statements for one board summary; expected a small fixed number", many)
		}
	})
}

const (
	openReviewMutation = `mutation($id: ID!, $v: Int!, $mode: ReviewMode!, $due: Time) {
	  openReview(incidentID: $id, version: $v, mode: $mode, dueAt: $due) { id version status reviewMode reviewDueAt }
	}`
	closeReviewMutation = `mutation($id: ID!, $v: Int!) { closeReview(incidentID: $id, version: $v) { id version status reviewMode } }`
)

type reviewed struct {
	ID          string
	Version     int
	Status      string
	ReviewMode  *string
	ReviewDueAt *time.Time
}

// The facilitator opens and closes an incident's review; a member who does
// not facilitate it may not, and the status must allow it.
func TestReviewLifecycle(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		facilitator := e.As(enum.RoleMember)
		other := e.As(enum.RoleMember)
		opener := e.Client.User.Create().SetName("Opener").SaveX(e.Ctx)
		inc := e.Client.Incident.Create().SetTitle("Search down").SetSeverity(enum.SeveritySev2).
			SetStartedAt(time.Now().Add(-3 * time.Hour)).SetStatus(enum.IncidentStatusAnalysing).
			SetCreatedByID(opener.ID).SetFacilitatorID(facilitator.User.ID).SaveX(e.Ctx)
		id := strconv.Itoa(inc.ID)
		due := time.Date(2026, 3, 10, 15, 0, 0, 0, time.UTC)

		expect := func(res *harness.Response, code, what string) {
			t.Helper()
			if codes := res.Codes(); len(codes) != 1 || codes[0] != code {
				t.Errorf("%s: codes %v, want [%s]", what, codes, code)
			}
		}
		expect(other.Do(openReviewMutation, map[string]any{"id": id, "v": inc.Version, "mode": "MEETING"}), "FORBIDDEN", "a member who does not facilitate opening the review")
		viewer := newPermActor(e, enum.RoleViewer)
		expect(viewer.Do(openReviewMutation, map[string]any{"id": id, "v": inc.Version, "mode": "MEETING"}), "FORBIDDEN", "a viewer opening the review")
		expect(facilitator.Do(closeReviewMutation, map[string]any{"id": id, "v": inc.Version}), "BAD_USER_INPUT", "closing a review that is not open")

		var opened struct{ OpenReview reviewed }
		facilitator.MustDo(openReviewMutation, map[string]any{"id": id, "v": inc.Version, "mode": "MEETING", "due": due}, &opened)
		r := opened.OpenReview
		if r.Status != "REVIEWING" || r.ReviewMode == nil || *r.ReviewMode != "MEETING" || r.ReviewDueAt == nil || !r.ReviewDueAt.Equal(due) || r.Version != inc.Version+1 {
			t.Errorf("after openReview: %+v, want REVIEWING, MEETING, due %s, version %d", r, due, inc.Version+1)
		}
		expect(facilitator.Do(openReviewMutation, map[string]any{"id": id, "v": inc.Version, "mode": "ASYNC"}), "CONFLICT", "openReview with a stale version")
		// Changing the mode keeps the due date when none is given.
		facilitator.MustDo(openReviewMutation, map[string]any{"id": id, "v": r.Version, "mode": "ASYNC"}, &opened)
		if r = opened.OpenReview; *r.ReviewMode != "ASYNC" || r.ReviewDueAt == nil || !r.ReviewDueAt.Equal(due) {
			t.Errorf("after switching to ASYNC: %+v, want the due date kept", r)
		}

		expect(other.Do(closeReviewMutation, map[string]any{"id": id, "v": r.Version}), "FORBIDDEN", "a member who does not facilitate closing the review")
		var closed struct{ CloseReview reviewed }
		facilitator.MustDo(closeReviewMutation, map[string]any{"id": id, "v": r.Version}, &closed)
		if closed.CloseReview.Status != "FOLLOWING_UP" || closed.CloseReview.Version != r.Version+1 {
			t.Errorf("after closeReview: %+v, want FOLLOWING_UP", closed.CloseReview)
		}
		expect(facilitator.Do(closeReviewMutation, map[string]any{"id": id, "v": closed.CloseReview.Version}), "BAD_USER_INPUT", "closing a closed review")
		if got := e.Client.Incident.GetX(e.Ctx, inc.ID); got.Status != enum.IncidentStatusFollowingUp {
			t.Errorf("stored status %s, want FOLLOWING_UP", got.Status)
		}

		// An analyst may run anyone's review, but not during the response.
		analyst := e.As(enum.RoleAnalyst)
		live := e.Client.Incident.Create().SetTitle("Still burning").SetSeverity(enum.SeveritySev1).SetStartedAt(time.Now()).SaveX(e.Ctx)
		expect(analyst.Do(openReviewMutation, map[string]any{"id": strconv.Itoa(live.ID), "v": live.Version, "mode": "ASYNC"}), "BAD_USER_INPUT", "opening the review of a RESPONDING incident")
		resolved := e.Client.Incident.Create().SetTitle("Done burning").SetSeverity(enum.SeveritySev1).SetStartedAt(time.Now()).SetStatus(enum.IncidentStatusResolved).SaveX(e.Ctx)
		analyst.MustDo(openReviewMutation, map[string]any{"id": strconv.Itoa(resolved.ID), "v": resolved.Version, "mode": "ASYNC"}, nil)
	})
}

const createEventsMutation = `mutation($i: ID!, $events: [NewTimelineEvent!]!) {
  createTimelineEvents(incidentID: $i, events: $events) { id text kind source actor { name } actorName createdBy { name } }
}`

// Many events are added in one call, all or none.
func TestCreateTimelineEventsInBulk(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Date(2026, 3, 1, 14, 0, 0, 0, time.UTC)).SaveX(e.Ctx)
		eli := e.Client.User.Create().SetName("Eli Engineer").SaveX(e.Ctx)
		member := e.As(enum.RoleMember)
		count := func() int {
			// The STARTED milestone's mirror is not one of ours.
			return e.Client.TimelineEvent.Query().Where(timelineevent.IncidentID(inc.ID), timelineevent.MilestoneIsNil()).CountX(e.Ctx)
		}
		vars := func(events ...map[string]any) map[string]any {
			return map[string]any{"i": strconv.Itoa(inc.ID), "events": events}
		}

		var out struct {
			CreateTimelineEvents []struct {
				ID, Text, Kind, Source string
				Actor                  *struct{ Name string }
				ActorName              *string
				CreatedBy              struct{ Name string }
			}
		}
		member.MustDo(createEventsMutation, vars(
			map[string]any{"occurredAt": "2026-03-01T14:01:00Z", "kind": "ALERT", "source": "PAGER", "text": "5xx alert fired"},
			map[string]any{"occurredAt": "2026-03-01T14:03:00Z", "kind": "ACTION", "source": "SLACK", "text": "Rolling back", "actorID": strconv.Itoa(eli.ID), "sourceRef": "https://slack.example.com/archives/C1/p1"},
			map[string]any{"occurredAt": "2026-03-01T14:09:00Z", "kind": "COMMUNICATION", "text": "Status page updated", "actorName": "Status bot", "keyMoment": true},
		), &out)
		got := out.CreateTimelineEvents
		if len(got) != 3 || got[0].Text != "5xx alert fired" || got[1].Text != "Rolling back" || got[2].Text != "Status page updated" {
			t.Fatalf("created %+v, want the three events in order", got)
		}
		if got[1].Actor == nil || got[1].Actor.Name != "Eli Engineer" || got[2].ActorName == nil || *got[2].ActorName != "Status bot" ||
			got[2].Source != "DEBRIEF" || got[0].CreatedBy.Name != member.User.Name {
			t.Errorf("event details: %+v", got)
		}
		if n := count(); n != 3 {
			t.Errorf("%d events stored, want 3", n)
		}
		// Each is in the history.
		if n := len(history(t, member, got[1].ID)); n != 1 {
			t.Errorf("bulk-created event has %d history entries, want 1", n)
		}

		// One invalid event refuses the whole batch, naming it.
		res := member.Do(createEventsMutation, vars(
			map[string]any{"occurredAt": "2026-03-01T14:20:00Z", "kind": "ACTION", "text": "fine"},
			map[string]any{"occurredAt": "2026-03-01T14:21:00Z", "kind": "ACTION", "text": ""},
			map[string]any{"occurredAt": "2026-03-01T14:22:00Z", "kind": "ACTION", "text": "also fine"},
		))
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "events[1].text" {
			t.Errorf("batch with an empty text: %+v, want BAD_USER_INPUT on events[1].text", res.Errors)
		}
		// So does one the database refuses (an actor who does not exist),
		// after the others were accepted.
		res = member.Do(createEventsMutation, vars(
			map[string]any{"occurredAt": "2026-03-01T14:20:00Z", "kind": "ACTION", "text": "fine"},
			map[string]any{"occurredAt": "2026-03-01T14:21:00Z", "kind": "ACTION", "text": "ghost", "actorID": "999999"},
		))
		if len(res.Errors) == 0 {
			t.Errorf("batch with an unknown actor was accepted")
		}
		if n := count(); n != 3 {
			t.Errorf("%d events stored after the refused batches, want still 3", n)
		}

		// A viewer adds nothing; more than 500 at once are refused.
		viewer := newPermActor(e, enum.RoleViewer)
		res = viewer.Do(createEventsMutation, vars(map[string]any{"occurredAt": "2026-03-01T14:30:00Z", "kind": "ACTION", "text": "x"}))
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" {
			t.Errorf("viewer: codes %v, want [FORBIDDEN]", codes)
		}
		many := make([]map[string]any, 501)
		for i := range many {
			many[i] = map[string]any{"occurredAt": "2026-03-01T15:00:00Z", "kind": "OBSERVATION", "text": "line " + strconv.Itoa(i)}
		}
		res = member.Do(createEventsMutation, vars(many...))
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "LIMIT_EXCEEDED" {
			t.Errorf("501 events: codes %v, want [LIMIT_EXCEEDED]", codes)
		}
		if n := count(); n != 3 {
			t.Errorf("%d events stored, want still 3", n)
		}
	})
}
