package graph_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

// A viewer who tries to add to an incident they can see is told that their
// role is read-only — not the writers' rule ("you may add to incidents you
// can see…"), which reads as if they could not see the incident.
func TestViewerIsToldTheyHaveReadOnlyAccess(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Payments failing").SetSeverity(enum.SeveritySev2).
			SetStartedAt(time.Date(2026, 3, 1, 14, 0, 0, 0, time.UTC)).SaveX(e.Ctx)
		hidden := e.Client.Incident.Create().SetTitle("Personnel matter").SetSeverity(enum.SeveritySev3).
			SetStartedAt(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)).SetRestricted(true).SaveX(e.Ctx)
		author := e.As(enum.RoleMember)
		event := e.Client.TimelineEvent.Create().SetIncidentID(inc.ID).SetOccurredAt(inc.StartedAt).
			SetKind(enum.EventKindObservation).SetText("first tickets").SetCreatedByID(author.User.ID).SaveX(e.Ctx)
		viewer := newPermActor(e, enum.RoleViewer)
		id, me := strconv.Itoa(inc.ID), strconv.Itoa(viewer.User.ID)

		cases := []struct {
			name, query string
			vars        map[string]any
		}{
			{"timeline event", `mutation($i: ID!) { createTimelineEvent(input: {incidentID: $i, occurredAt: "2026-03-01T14:05:00Z", kind: OBSERVATION, text: "x"}) { id } }`, map[string]any{"i": id}},
			{"perspective", `mutation($i: ID!, $a: ID!) { createPerspective(input: {incidentID: $i, authorID: $a, department: LEADERSHIP, whatTheySaw: "CTO view"}) { id } }`, map[string]any{"i": id, "a": me}},
			{"question", `mutation($i: ID!) { createQuestion(input: {incidentID: $i, text: "why?"}) { id } }`, map[string]any{"i": id}},
			{"comment", `mutation($i: ID!) { createComment(input: {incidentID: $i, body: "hello"}) { id } }`, map[string]any{"i": id}},
			{"action item", `mutation($i: ID!) { createActionItem(input: {title: "do it", incidentIDs: [$i]}) { id } }`, map[string]any{"i": id}},
			{"incident", `mutation { createIncident(input: {title: "new", severity: SEV3, startedAt: "2026-03-01T14:00:00Z"}) { id } }`, nil},
			{"someone's event", `mutation($id: ID!, $v: Int!) { updateTimelineEvent(id: $id, version: $v, input: {text: "changed"}) { id } }`,
				map[string]any{"id": strconv.Itoa(event.ID), "v": event.Version}},
		}
		for _, c := range cases {
			res := viewer.Do(c.query, c.vars)
			if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" {
				t.Errorf("%s: codes %v, want [FORBIDDEN]: %+v", c.name, codes, res.Errors)
				continue
			}
			if msg := res.Errors[0].Message; !strings.Contains(msg, "read-only access") || strings.Contains(msg, "incidents you can see") {
				t.Errorf("%s: message %q, want one saying the viewer has read-only access", c.name, msg)
			}
		}

		// An incident the viewer may not see stays unknown to them: the
		// refusal does not confirm that it exists.
		res := viewer.Do(cases[0].query, map[string]any{"i": strconv.Itoa(hidden.ID)})
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" || !strings.Contains(res.Errors[0].Message, "does not exist or is restricted") {
			t.Errorf("restricted incident: %+v, want FORBIDDEN saying it does not exist or is restricted", res.Errors)
		}

		// A member is still told the writers' rule.
		other := e.As(enum.RoleMember)
		res = other.Do(cases[6].query, cases[6].vars)
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" || !strings.Contains(res.Errors[0].Message, "edit what you wrote") {
			t.Errorf("member editing someone else's event: %+v, want FORBIDDEN naming the writers' rule", res.Errors)
		}
	})
}

// Dropping an action needs a reason; the refusal says so in words and
// names the field, so the form can put it under "Why won't it be done?".
func TestWontDoNeedsAReason(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		analyst := e.As(enum.RoleAnalyst)
		item := e.Client.ActionItem.Create().SetTitle("Alert on 5xx rate").SaveX(e.Ctx)
		const update = `mutation($id: ID!, $v: Int!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, version: $v, input: $input) { status statusReason } }`
		vars := func(input map[string]any) map[string]any {
			return map[string]any{"id": strconv.Itoa(item.ID), "v": item.Version, "input": input}
		}

		for _, reason := range []any{nil, "", "   "} {
			input := map[string]any{"status": "WONT_DO"}
			if reason != nil {
				input["statusReason"] = reason
			}
			res := analyst.Do(update, vars(input))
			if codes := res.Codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" {
				t.Fatalf("reason %q: codes %v, want [BAD_USER_INPUT]: %+v", reason, codes, res.Errors)
			}
			if got := res.Errors[0]; got.Extensions["field"] != "statusReason" || got.Message != "an action that won't be done needs a reason" {
				t.Errorf("reason %q: %q on field %v, want the human message on statusReason", reason, got.Message, got.Extensions["field"])
			}
		}

		var out struct {
			UpdateActionItem struct{ Status, StatusReason string }
		}
		analyst.MustDo(update, vars(map[string]any{"status": "WONT_DO", "statusReason": "the vendor is being replaced"}), &out)
		if out.UpdateActionItem.Status != "WONT_DO" || out.UpdateActionItem.StatusReason != "the vendor is being replaced" {
			t.Errorf("with a reason: %+v, want WONT_DO with the reason", out.UpdateActionItem)
		}
	})
}
