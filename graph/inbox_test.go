package graph_test

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/harness"
)

const inboxQuery = `query($unread: Boolean, $first: Int) {
  inbox(unreadOnly: $unread, first: $first) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { id kind message incidentID actionItemID subjectID readAt } }
  }
  unreadNotifications
}`

type inboxNote struct {
	ID, Kind, Message string
	IncidentID        *string
	ActionItemID      *string
	SubjectID         *string
	ReadAt            *time.Time
}

type inboxPage struct {
	Inbox struct {
		TotalCount int
		PageInfo   struct{ HasNextPage bool }
		Edges      []struct{ Node inboxNote }
	}
	UnreadNotifications int
}

func (p inboxPage) notes() []inboxNote {
	var out []inboxNote
	for _, e := range p.Inbox.Edges {
		out = append(out, e.Node)
	}
	return out
}

func (p inboxPage) kinds() []string {
	var out []string
	for _, n := range p.notes() {
		out = append(out, n.Kind)
	}
	return out
}

func inboxOf(t *testing.T, api *harness.API, unreadOnly bool) inboxPage {
	t.Helper()
	var out inboxPage
	api.MustDo(inboxQuery, map[string]any{"unread": unreadOnly, "first": 100}, &out)
	return out
}

const markRead = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`

func markNotes(t *testing.T, api *harness.API, vars map[string]any) int {
	t.Helper()
	var out struct{ MarkNotificationsRead int }
	api.MustDo(markRead, vars, &out)
	return out.MarkNotificationsRead
}

func noteIDs(xs ...int) []string {
	var out []string
	for _, x := range xs {
		out = append(out, strconv.Itoa(x))
	}
	return out
}

func orEmpty(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func inboxIncident(e *harness.Env, title string) *ent.Incident {
	return e.Client.Incident.Create().SetTitle(title).SetSeverity(enum.SeveritySev2).
		SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
}

// A comment's mentions land in the mentioned people's inboxes (not the
// author's, who mentioned themselves too), are counted unread, and are
// cleared by markNotificationsRead. Editing the comment tells only the
// people it newly mentions.
func TestInboxMentions(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := inboxIncident(e, "Checkout outage")
		author, maya, tom := e.As(enum.RoleMember), e.As(enum.RoleMember), e.As(enum.RoleMember)

		var created struct{ CreateComment struct{ ID string } }
		author.MustDo(`mutation($i: ID!, $body: String!) { createComment(input: {incidentID: $i, body: $body}) { id } }`,
			map[string]any{"i": strconv.Itoa(inc.ID), "body": "@[" + maya.User.Name + "], could you check? (note to self: @[" + author.User.Name + "])"}, &created)

		got := inboxOf(t, maya, false)
		if got.Inbox.TotalCount != 1 || got.UnreadNotifications != 1 {
			t.Fatalf("Maya's inbox: %d notifications, %d unread; want 1 and 1", got.Inbox.TotalCount, got.UnreadNotifications)
		}
		n := got.notes()[0]
		wantMsg := author.User.Name + ` mentioned you on "Checkout outage"`
		if n.Kind != "MENTION" || n.Message != wantMsg || orEmpty(n.IncidentID) != strconv.Itoa(inc.ID) ||
			orEmpty(n.SubjectID) != created.CreateComment.ID || n.ReadAt != nil {
			t.Errorf("mention = %+v, want MENTION %q about the comment on the incident", n, wantMsg)
		}
		if a := inboxOf(t, author, false); a.Inbox.TotalCount != 0 || a.UnreadNotifications != 0 {
			t.Errorf("the author has %d notifications, want none", a.Inbox.TotalCount)
		}

		if changed := markNotes(t, maya, map[string]any{"ids": []string{n.ID}}); changed != 1 {
			t.Errorf("markNotificationsRead changed %d, want 1", changed)
		}
		if changed := markNotes(t, maya, map[string]any{"ids": []string{n.ID}}); changed != 0 {
			t.Errorf("marking it again changed %d, want 0", changed)
		}
		after := inboxOf(t, maya, false)
		if after.UnreadNotifications != 0 || after.notes()[0].ReadAt == nil {
			t.Errorf("after marking: %d unread, readAt %v", after.UnreadNotifications, after.notes()[0].ReadAt)
		}
		if u := inboxOf(t, maya, true); u.Inbox.TotalCount != 0 {
			t.Errorf("unreadOnly lists %d, want 0", u.Inbox.TotalCount)
		}

		author.MustDo(`mutation($id: ID!, $body: String!) { updateComment(id: $id, version: 1, input: {body: $body}) { id } }`,
			map[string]any{"id": created.CreateComment.ID, "body": "@[" + maya.User.Name + "] and @[" + tom.User.Name + "], could you check?"}, nil)
		if got := inboxOf(t, tom, false).kinds(); !slices.Equal(got, []string{"MENTION"}) {
			t.Errorf("Tom's inbox after the edit = %v, want one MENTION", got)
		}
		if got := inboxOf(t, maya, false).Inbox.TotalCount; got != 1 {
			t.Errorf("Maya has %d notifications after the edit, want still 1", got)
		}
	})
}

// Assigning an action or a question to someone tells them; taking one on
// yourself does not; reassigning tells the new assignee.
func TestInboxAssignments(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := inboxIncident(e, "Checkout outage")
		lead, olive, quinn := e.As(enum.RoleMember), e.As(enum.RoleMember), e.As(enum.RoleMember)
		incID := strconv.Itoa(inc.ID)

		type created struct {
			ID      string
			Version int
		}
		var action struct{ CreateActionItem created }
		lead.MustDo(`mutation($i: ID!, $o: ID) { createActionItem(input: {title: "Add checkout alert", incidentIDs: [$i], ownerID: $o}) { id version } }`,
			map[string]any{"i": incID, "o": strconv.Itoa(olive.User.ID)}, &action)
		lead.MustDo(`mutation($i: ID!, $o: ID) { createActionItem(input: {title: "My own", incidentIDs: [$i], ownerID: $o}) { id } }`,
			map[string]any{"i": incID, "o": strconv.Itoa(lead.User.ID)}, nil)

		notes := inboxOf(t, olive, false).notes()
		want := lead.User.Name + ` assigned you the action "Add checkout alert"`
		if len(notes) != 1 || notes[0].Kind != "ACTION_ASSIGNED" || notes[0].Message != want ||
			orEmpty(notes[0].ActionItemID) != action.CreateActionItem.ID || orEmpty(notes[0].SubjectID) != action.CreateActionItem.ID ||
			orEmpty(notes[0].IncidentID) != incID {
			t.Fatalf("Olive's inbox = %+v, want one ACTION_ASSIGNED %q", notes, want)
		}
		if n := inboxOf(t, lead, false).Inbox.TotalCount; n != 0 {
			t.Errorf("self-assignment wrote %d notifications", n)
		}

		// Editing something else tells nobody; a new owner is told.
		lead.MustDo(`mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, version: $v, input: {description: "page on 5xx"}) { id } }`,
			map[string]any{"id": action.CreateActionItem.ID, "v": action.CreateActionItem.Version}, nil)
		lead.MustDo(`mutation($id: ID!, $v: Int!, $o: ID) { updateActionItem(id: $id, version: $v, input: {ownerID: $o}) { id } }`,
			map[string]any{"id": action.CreateActionItem.ID, "v": action.CreateActionItem.Version + 1, "o": strconv.Itoa(quinn.User.ID)}, nil)
		if got := inboxOf(t, quinn, false).kinds(); !slices.Equal(got, []string{"ACTION_ASSIGNED"}) {
			t.Errorf("Quinn's inbox after the reassignment = %v", got)
		}
		if n := inboxOf(t, olive, false).Inbox.TotalCount; n != 1 {
			t.Errorf("Olive has %d notifications, want still 1", n)
		}

		var question struct{ CreateQuestion created }
		lead.MustDo(`mutation($i: ID!, $a: ID) { createQuestion(input: {incidentID: $i, text: "Why did the alert not fire?", assigneeID: $a}) { id version } }`,
			map[string]any{"i": incID, "a": strconv.Itoa(olive.User.ID)}, &question)
		olive.MustDo(`mutation($i: ID!, $a: ID) { createQuestion(input: {incidentID: $i, text: "Which regions?", assigneeID: $a}) { id } }`,
			map[string]any{"i": incID, "a": strconv.Itoa(olive.User.ID)}, nil)
		got := inboxOf(t, olive, false)
		wantQ := lead.User.Name + ` assigned you the question "Why did the alert not fire?" on "Checkout outage"`
		if got.Inbox.TotalCount != 2 || got.notes()[0].Kind != "QUESTION_ASSIGNED" || got.notes()[0].Message != wantQ ||
			orEmpty(got.notes()[0].SubjectID) != question.CreateQuestion.ID {
			t.Errorf("Olive's inbox = %+v, want the QUESTION_ASSIGNED %q first", got.notes(), wantQ)
		}

		lead.MustDo(`mutation($id: ID!, $v: Int!, $a: ID) { updateQuestion(id: $id, version: $v, input: {assigneeID: $a}) { id } }`,
			map[string]any{"id": question.CreateQuestion.ID, "v": question.CreateQuestion.Version, "a": strconv.Itoa(quinn.User.ID)}, nil)
		if got := inboxOf(t, quinn, false).kinds(); !slices.Equal(got, []string{"QUESTION_ASSIGNED", "ACTION_ASSIGNED"}) {
			t.Errorf("Quinn's inbox = %v, want the question newest first", got)
		}
	})
}

// A mention on a restricted incident reaches only people who may see it.
func TestInboxMentionOnRestrictedIncident(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Leaked key").SetSeverity(enum.SeveritySev1).
			SetStartedAt(time.Now().Add(-time.Hour)).SetRestricted(true).SaveX(e.Ctx)
		insider, outsider, analyst := e.As(enum.RoleMember), e.As(enum.RoleMember), e.As(enum.RoleAnalyst)
		e.Client.Participant.Create().SetIncident(inc).SetUserID(insider.User.ID).SetRole(enum.ParticipantRoleResponder).ExecX(e.Ctx)

		insider.MustDo(`mutation($i: ID!, $body: String!) { createComment(input: {incidentID: $i, body: $body}) { id } }`,
			map[string]any{"i": strconv.Itoa(inc.ID), "body": "@[" + outsider.User.Name + "] @[" + analyst.User.Name + "] see this"}, nil)
		if n := inboxOf(t, outsider, false).Inbox.TotalCount; n != 0 {
			t.Errorf("someone who may not see the incident got %d notifications", n)
		}
		if n := inboxOf(t, analyst, false).Inbox.TotalCount; n != 1 {
			t.Errorf("the analyst got %d notifications, want 1", n)
		}
	})
}

// A notification is its recipient's alone: nobody else lists it (not even
// an admin), finds it by ID or marks it read. Bad input is refused, and
// so is a read-only token.
func TestInboxPrivacy(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := inboxIncident(e, "Checkout outage")
		maya, other := e.As(enum.RoleMember), e.As(enum.RoleMember)
		base := time.Now().Add(-time.Hour)
		var mine []int
		for i := range 3 {
			n := e.Client.Notification.Create().SetUserID(maya.User.ID).SetKind(enum.NotificationMention).
				SetMessage("note " + strconv.Itoa(i)).SetIncidentID(inc.ID).SetCreatedAt(base.Add(time.Duration(i) * time.Minute)).SaveX(e.Ctx)
			mine = append(mine, n.ID)
		}

		// Newest first, paged, only the owner's.
		var page inboxPage
		maya.MustDo(inboxQuery, map[string]any{"first": 2}, &page)
		if got := page.notes(); len(got) != 2 || got[0].Message != "note 2" || got[1].Message != "note 1" ||
			!page.Inbox.PageInfo.HasNextPage || page.Inbox.TotalCount != 3 || page.UnreadNotifications != 3 {
			t.Errorf("Maya's first page = %+v (total %d, unread %d)", got, page.Inbox.TotalCount, page.UnreadNotifications)
		}
		if res := maya.Do(`{ inbox { totalCount } }`, nil); !slices.Equal(res.Codes(), []string{"BAD_USER_INPUT"}) {
			t.Errorf("an inbox without a page size: %v, want BAD_USER_INPUT", res.Codes())
		}
		for name, api := range map[string]*harness.API{"admin": e.API, "member": other} {
			if got := inboxOf(t, api, false); got.Inbox.TotalCount != 0 || got.UnreadNotifications != 0 {
				t.Errorf("%s sees %d of Maya's notifications", name, got.Inbox.TotalCount)
			}
			res := api.Do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": strconv.Itoa(mine[0])})
			if !slices.Equal(res.Codes(), []string{"NOT_FOUND"}) {
				t.Errorf("%s reading Maya's notification by ID: %v, want NOT_FOUND", name, res.Codes())
			}
			if changed := markNotes(t, api, map[string]any{"ids": noteIDs(mine...)}); changed != 0 {
				t.Errorf("%s marked %d of Maya's notifications read", name, changed)
			}
			if changed := markNotes(t, api, map[string]any{"all": true}); changed != 0 {
				t.Errorf("%s marking all read changed %d", name, changed)
			}
		}
		if unread := inboxOf(t, maya, true).Inbox.TotalCount; unread != 3 {
			t.Errorf("Maya has %d unread after others tried, want 3", unread)
		}

		for name, vars := range map[string]map[string]any{
			"neither ids nor all": {},
			"ids and all":         {"ids": noteIDs(mine[0]), "all": true},
			"an incident's ID":    {"ids": noteIDs(mine[0], inc.ID)},
			"all: false, no ids":  {"all": false},
			"an ID of no type":    {"ids": []string{"999999999999"}},
			"a person's ID":       {"ids": noteIDs(maya.User.ID)},
		} {
			res := maya.Do(markRead, vars)
			if !slices.Equal(res.Codes(), []string{"BAD_USER_INPUT"}) {
				t.Errorf("%s: %v, want BAD_USER_INPUT", name, res.Codes())
			}
		}
		if unread := inboxOf(t, maya, true).Inbox.TotalCount; unread != 3 {
			t.Errorf("refused marks changed something: %d unread, want 3", unread)
		}

		// A read-only token changes nothing, not even its owner's inbox
		// (policy.Inbox, as TestReadOnlyTokensCannotMutate for every
		// mutation); a read-write token marks them read.
		reader := e.WithToken(maya.User, func(nt *auth.NewToken) { nt.Scope = enum.TokenScopeRead })
		if res := reader.Do(markRead, map[string]any{"ids": noteIDs(mine[0])}); !slices.Equal(res.Codes(), []string{"FORBIDDEN"}) {
			t.Errorf("a read-only token marking its own read: %v, want FORBIDDEN", res.Codes())
		}
		if changed := markNotes(t, maya, map[string]any{"ids": noteIDs(mine[0])}); changed != 1 {
			t.Errorf("marking one read changed %d, want 1", changed)
		}
		if changed := markNotes(t, maya, map[string]any{"all": true}); changed != 2 {
			t.Errorf("marking all read changed %d, want the 2 unread", changed)
		}
		if got := inboxOf(t, maya, false); got.UnreadNotifications != 0 || got.Inbox.TotalCount != 3 {
			t.Errorf("after marking all: %d unread of %d", got.UnreadNotifications, got.Inbox.TotalCount)
		}
	})
}
