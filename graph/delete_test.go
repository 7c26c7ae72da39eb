package graph_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent/activity"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/harness"
)

const (
	delEvent       = `mutation($id: ID!, $v: Int!) { deleteTimelineEvent(id: $id, version: $v) }`
	delComment     = `mutation($id: ID!, $v: Int!) { deleteComment(id: $id, version: $v) }`
	delParticipant = `mutation($id: ID!) { deleteParticipant(id: $id) }`
)

// delCodes sends a delete and says which error codes came back (none when
// it succeeded).
func delCodes(api *harness.API, query, id string, version int) []string {
	res := api.Do(query, map[string]any{"id": id, "v": version})
	codes := res.Codes()
	for i, e := range res.Errors {
		codes[i] += " (" + e.Message + ")"
	}
	return codes
}

func wantCodes(t *testing.T, who string, got []string, want string) {
	t.Helper()
	if want == "" && len(got) != 0 || want != "" && (len(got) != 1 || strings.Fields(got[0])[0] != want) {
		t.Errorf("%s: codes = %v, want [%s]", who, got, want)
	}
}

// A timeline event entered by mistake can go: a member deletes their own
// (only from the version they saw), not someone else's; a viewer nothing;
// an analyst anyone's. Once gone, search no longer finds it, its history
// says who deleted it, and the board hears of it live.
func TestDeleteTimelineEvent(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
		author, other, viewer, analyst := e.As(enum.RoleMember), e.As(enum.RoleMember), e.As(enum.RoleViewer), e.As(enum.RoleAnalyst)

		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		sub, err := other.Subscribe(ctx, boardChangedSubscription, map[string]any{"id": strconv.Itoa(inc.ID)})
		if err != nil {
			t.Fatal(err)
		}
		// Once the subscription listens (it is set up asynchronously), the
		// event entered by mistake.
		untilHeard(t, inc.ID, func() string { return addEvent(t, author, inc.ID, "Checking the board is live") }, sub)
		id := addEvent(t, author, inc.ID, "Wrongly pasted xylophonic deploy note")
		eventID, _ := strconv.Atoi(id)

		wantCodes(t, "another member", delCodes(other, delEvent, id, 1), "FORBIDDEN")
		wantCodes(t, "a viewer", delCodes(viewer, delEvent, id, 1), "FORBIDDEN")

		author.MustDo(`mutation($id: ID!) { updateTimelineEvent(id: $id, version: 1, input: {keyMoment: true}) { id } }`, map[string]any{"id": id}, nil)
		res := author.Do(delEvent, map[string]any{"id": id, "v": 1})
		wantCodes(t, "a stale version", res.Codes(), "CONFLICT")
		if len(res.Errors) == 1 && res.Errors[0].Extensions["currentVersion"] != float64(2) {
			t.Errorf("conflict extensions = %v, want currentVersion 2", res.Errors[0].Extensions)
		}

		var hits searchResult
		author.MustDo(searchQuery, map[string]any{"q": "xylophonic", "first": 10}, &hits)
		if hits.Search.TotalCount != 1 {
			t.Fatalf("before the delete search finds %d hits, want 1", hits.Search.TotalCount)
		}

		var out struct{ DeleteTimelineEvent string }
		author.MustDo(delEvent, map[string]any{"id": id, "v": 2}, &out)
		if out.DeleteTimelineEvent != id {
			t.Errorf("deleteTimelineEvent = %q, want %q", out.DeleteTimelineEvent, id)
		}
		if n := e.Client.TimelineEvent.Query().Where(timelineevent.ID(eventID)).CountX(e.Ctx); n != 0 {
			t.Errorf("the event is still there")
		}
		author.MustDo(searchQuery, map[string]any{"q": "xylophonic", "first": 10}, &hits)
		if hits.Search.TotalCount != 0 {
			t.Errorf("after the delete search finds %d hits, want none", hits.Search.TotalCount)
		}
		for {
			c := waitChange(t, sub)
			if c.BoardChanged.EntityID != id || c.BoardChanged.Op != "deleted" {
				continue // the update before
			}
			if c.BoardChanged.Kind != "TimelineEvent" || c.BoardChanged.Actor == nil || c.BoardChanged.Actor.Name != author.User.Name {
				t.Errorf("change = %+v, want the event deleted by %s", c.BoardChanged, author.User.Name)
			}
			break
		}
		deleted := e.Client.Activity.Query().Where(activity.EntityID(eventID), activity.ActionEQ(activity.ActionDELETED)).OnlyX(e.Ctx)
		if !strings.Contains(deleted.Summary, "deleted the timeline event") || deleted.ActorID == nil || *deleted.ActorID != author.User.ID {
			t.Errorf("activity = %q by %v, want the author deleting the event", deleted.Summary, deleted.ActorID)
		}
		// A deleted event is NOT_FOUND, not a second success.
		wantCodes(t, "deleting twice", delCodes(author, delEvent, id, 2), "NOT_FOUND")

		// Analysts and admins delete anyone's.
		again := addEvent(t, author, inc.ID, "Duplicate of the above")
		wantCodes(t, "an analyst", delCodes(analyst, delEvent, again, 1), "")
	})
}

// Events that mirror something else — the incident's milestones (its
// start among them) and status updates — are changed where they come from,
// so deleting them on their own is refused, even for an admin.
func TestDeleteMirroredEventRefused(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
		start := e.Client.TimelineEvent.Query().Where(timelineevent.IncidentID(inc.ID), timelineevent.MilestoneEQ(enum.MilestoneStarted)).OnlyX(e.Ctx)

		res := e.API.Do(delEvent, map[string]any{"id": strconv.Itoa(start.ID), "v": start.Version})
		wantCodes(t, "the start event", res.Codes(), "BAD_USER_INPUT")
		if len(res.Errors) == 1 && !strings.Contains(res.Errors[0].Message, "milestone") {
			t.Errorf("message = %q, want it to point at the milestone", res.Errors[0].Message)
		}

		var created struct{ CreateStatusUpdate rsStatus }
		e.API.MustDo(rsCreateStatus, map[string]any{"input": map[string]any{
			"incidentID": strconv.Itoa(inc.ID), "audience": "CUSTOMERS", "channel": "STATUS_PAGE", "recipients": "all customers",
			"body": "Some payments fail; we are on it.",
		}}, &created)
		res = e.API.Do(delEvent, map[string]any{"id": created.CreateStatusUpdate.TimelineEvent.ID, "v": 1})
		wantCodes(t, "a status update's event", res.Codes(), "BAD_USER_INPUT")
		if len(res.Errors) == 1 && !strings.Contains(res.Errors[0].Message, "status update") {
			t.Errorf("message = %q, want it to point at the status update", res.Errors[0].Message)
		}
		if n := e.Client.TimelineEvent.Query().Where(timelineevent.IncidentID(inc.ID)).CountX(e.Ctx); n != 2 {
			t.Errorf("%d events on the timeline, want both mirrors still there", n)
		}
	})
}

// A comment that has replies stays (edit it instead): deleting it would
// leave the replies answering nothing, deleting the thread would take
// other people's words. Once its replies are gone it may go too.
func TestDeleteCommentWithReplies(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
		author, replier, viewer := e.As(enum.RoleMember), e.As(enum.RoleMember), e.As(enum.RoleViewer)
		const create = `mutation($i: ID!, $body: String!, $parent: ID) { createComment(input: {incidentID: $i, body: $body, parentID: $parent}) { id } }`
		var parent, reply struct{ CreateComment struct{ ID string } }
		author.MustDo(create, map[string]any{"i": strconv.Itoa(inc.ID), "body": "Was the deploy rolled back?"}, &parent)
		replier.MustDo(create, map[string]any{"i": strconv.Itoa(inc.ID), "body": "Yes, at 14:05", "parent": parent.CreateComment.ID}, &reply)

		wantCodes(t, "a viewer", delCodes(viewer, delComment, reply.CreateComment.ID, 1), "FORBIDDEN")
		wantCodes(t, "someone else's comment", delCodes(author, delComment, reply.CreateComment.ID, 1), "FORBIDDEN")
		res := author.Do(delComment, map[string]any{"id": parent.CreateComment.ID, "v": 1})
		wantCodes(t, "a comment with replies", res.Codes(), "BAD_USER_INPUT")
		if len(res.Errors) == 1 && !strings.Contains(res.Errors[0].Message, "replies") {
			t.Errorf("message = %q, want it to say why", res.Errors[0].Message)
		}
		wantCodes(t, "the reply, by its author", delCodes(replier, delComment, reply.CreateComment.ID, 1), "")
		wantCodes(t, "the comment, now without replies", delCodes(author, delComment, parent.CreateComment.ID, 1), "")
	})
}

// A participant added by mistake can be taken off the incident by whoever
// added them (or an analyst), not by other members or viewers.
func TestDeleteParticipant(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Checkout errors").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
		adder, other, viewer := e.As(enum.RoleMember), e.As(enum.RoleMember), e.As(enum.RoleViewer)
		person := e.Client.User.Create().SetName("Tom Becker").SaveX(e.Ctx)
		var out struct{ CreateParticipant struct{ ID string } }
		adder.MustDo(`mutation($i: ID!, $u: ID!) { createParticipant(input: {incidentID: $i, userID: $u, role: RESPONDER}) { id } }`,
			map[string]any{"i": strconv.Itoa(inc.ID), "u": strconv.Itoa(person.ID)}, &out)
		id := out.CreateParticipant.ID

		wantCodes(t, "another member", other.Do(delParticipant, map[string]any{"id": id}).Codes(), "FORBIDDEN")
		wantCodes(t, "a viewer", viewer.Do(delParticipant, map[string]any{"id": id}).Codes(), "FORBIDDEN")
		wantCodes(t, "whoever added them", delCodes(adder, delParticipant, id, 0), "")
		pid, _ := strconv.Atoi(id)
		if !e.Client.Activity.Query().Where(activity.EntityID(pid), activity.ActionEQ(activity.ActionDELETED), activity.SummaryContains("Tom Becker")).ExistX(e.Ctx) {
			t.Errorf("no history of the participant's removal")
		}
	})
}
