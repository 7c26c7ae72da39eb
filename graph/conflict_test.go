package graph_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

const updatePerspectiveSaw = `mutation($id: ID!, $v: Int!, $t: String!) {
	updatePerspective(id: $id, version: $v, input: {whatTheySaw: $t}) { id version whatTheySaw }
}`

// conflictOf returns the extensions of the response's only error, failing
// unless it is a CONFLICT.
func conflictOf(t *testing.T, res *harness.Response) map[string]any {
	t.Helper()
	if !slices.Equal(res.Codes(), []string{"CONFLICT"}) {
		t.Fatalf("want one CONFLICT, got %s", permDescribe(res))
	}
	return res.Errors[0].Extensions
}

// Two people edit the same perspective from the same version: the loser's
// CONFLICT carries the record as it is now — the winner's text and version,
// under the API's field names — so the app can merge without reloading.
func TestConflictCarriesTheCurrentValue(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Checkout slow").SetSeverity(enum.SeveritySev2).
			SetStartedAt(time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)).SaveX(e.Ctx)
		author := e.As(enum.RoleMember)
		facilitator := e.As(enum.RoleAnalyst)

		var created struct {
			CreatePerspective struct {
				ID      string
				Version int
			}
		}
		author.MustDo(`mutation($i: ID!, $a: ID!) {
			createPerspective(input: {incidentID: $i, authorID: $a, department: SUPPORT, whatTheySaw: "tickets", whatHurt: "no runbook"}) { id version }
		}`, map[string]any{"i": strconv.Itoa(inc.ID), "a": strconv.Itoa(author.User.ID)}, &created)
		id := created.CreatePerspective.ID

		// Both start from version 1; the facilitator saves first.
		facilitator.MustDo(updatePerspectiveSaw, map[string]any{"id": id, "v": 1, "t": "tickets from 14:05, mostly EU"}, nil)
		ext := conflictOf(t, author.Do(updatePerspectiveSaw, map[string]any{"id": id, "v": 1, "t": "tickets"}))

		if ext["currentVersion"] != float64(2) || ext["expectedVersion"] != float64(1) {
			t.Errorf("versions in the conflict: expected %v, current %v; want 1 and 2", ext["expectedVersion"], ext["currentVersion"])
		}
		current, ok := ext["current"].(map[string]any)
		if !ok {
			t.Fatalf("extensions.current = %#v, want the perspective as it is now", ext["current"])
		}
		want := map[string]any{
			"__typename":  "Perspective",
			"id":          id,
			"version":     float64(2),
			"whatTheySaw": "tickets from 14:05, mostly EU",
			"whatHurt":    "no runbook",
			"surprises":   "",
			"department":  "SUPPORT",
			"incidentID":  strconv.Itoa(inc.ID),
			"authorID":    strconv.Itoa(author.User.ID),
			"createdByID": strconv.Itoa(author.User.ID),
		}
		for k, v := range want {
			if current[k] != v {
				t.Errorf("current.%s = %#v, want %#v", k, current[k], v)
			}
		}
		for k := range current {
			if k != "__typename" && (strings.Contains(k, "_") || k == "edges") {
				t.Errorf("current has %q: want only the API's own field names", k)
			}
		}
		if at, _ := current["updatedAt"].(string); at == "" {
			t.Errorf("current.updatedAt = %#v, want an RFC 3339 time", current["updatedAt"])
		} else if _, err := time.Parse(time.RFC3339Nano, at); err != nil {
			t.Errorf("current.updatedAt: %v", err)
		}

		// Saving again with the version the conflict named goes through.
		var merged struct{ UpdatePerspective struct{ Version int } }
		author.MustDo(updatePerspectiveSaw, map[string]any{"id": id, "v": 2, "t": "tickets from 14:05 (EU), then US"}, &merged)
		if merged.UpdatePerspective.Version != 3 {
			t.Errorf("version after the merge = %d, want 3", merged.UpdatePerspective.Version)
		}
	})
}

// Every versioned type answers a stale update the same way: one generic
// path, not one per type.
func TestConflictCurrentValueForEveryVersionedType(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		c, ctx := e.Client, e.Ctx
		inc := c.Incident.Create().SetTitle("DNS outage").SetSeverity(enum.SeveritySev1).
			SetStartedAt(time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)).SaveX(ctx)
		someone := c.User.Create().SetName("Someone").SaveX(ctx)
		cat := c.FactorCategory.Create().SetName("Change management").SaveX(ctx)
		cases := []struct {
			typ, mutation, field string
			id                   int
		}{
			{"Incident", "updateIncident", "title", inc.ID},
			{"TimelineEvent", "updateTimelineEvent", "text", c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(inc.StartedAt).SetKind(enum.EventKindObservation).SetText("first").SaveX(ctx).ID},
			{"Perspective", "updatePerspective", "whatTheySaw", c.Perspective.Create().SetIncident(inc).SetAuthor(someone).SetDepartment(enum.DepartmentEngineering).SetWhatTheySaw("first").SaveX(ctx).ID},
			{"Question", "updateQuestion", "text", c.Question.Create().SetIncident(inc).SetText("first").SaveX(ctx).ID},
			{"Comment", "updateComment", "body", c.Comment.Create().SetIncident(inc).SetBody("first").SaveX(ctx).ID},
			{"ContributingFactor", "updateContributingFactor", "description", c.ContributingFactor.Create().SetIncident(inc).SetCategory(cat).SetDescription("first").SaveX(ctx).ID},
			{"Insight", "updateInsight", "statement", c.Insight.Create().SetIncident(inc).SetStatement("first").SaveX(ctx).ID},
			{"ActionItem", "updateActionItem", "title", c.ActionItem.Create().SetTitle("first").AddIncidentIDs(inc.ID).SaveX(ctx).ID},
		}
		for _, tc := range cases {
			t.Run(tc.typ, func(t *testing.T) {
				q := `mutation($id: ID!, $v: Int!, $x: String!) { ` + tc.mutation + `(id: $id, version: $v, input: {` + tc.field + `: $x}) { id } }`
				vars := func(x string) map[string]any { return map[string]any{"id": strconv.Itoa(tc.id), "v": 1, "x": x} }
				e.MustDo(q, vars("theirs"), nil)
				current, _ := conflictOf(t, e.Do(q, vars("mine")))["current"].(map[string]any)
				if current["__typename"] != tc.typ || current["id"] != strconv.Itoa(tc.id) || current["version"] != float64(2) || current[tc.field] != "theirs" {
					t.Errorf("current = %v, want the %s at version 2 with %s %q", current, tc.typ, tc.field, "theirs")
				}
			})
		}
	})
}

// On a restricted incident the conflict tells what a read would tell: the
// participant who lost the race sees the winner's value; people who may not
// see the incident learn nothing — not the text, not even the version.
func TestConflictOnRestrictedIncidentDoesNotLeak(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		c, ctx := e.Client, e.Ctx
		secret := c.Incident.Create().SetTitle("Credential leak").SetSeverity(enum.SeveritySev1).
			SetStartedAt(time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)).SetRestricted(true).SaveX(ctx)
		insider := e.As(enum.RoleMember)
		outsider := e.As(enum.RoleMember)
		reader := e.As(enum.RoleViewer)
		c.Participant.Create().SetIncident(secret).SetUser(insider.User).SetRole(enum.ParticipantRoleResponder).SaveX(ctx)

		var created struct{ CreatePerspective struct{ ID string } }
		insider.MustDo(`mutation($i: ID!, $a: ID!) {
			createPerspective(input: {incidentID: $i, authorID: $a, department: ENGINEERING, whatTheySaw: "keys in a repo"}) { id }
		}`, map[string]any{"i": strconv.Itoa(secret.ID), "a": strconv.Itoa(insider.User.ID)}, &created)
		id := created.CreatePerspective.ID
		const winner = "keys for prod-db-7 in the public repo"
		e.MustDo(updatePerspectiveSaw, map[string]any{"id": id, "v": 1, "t": winner}, nil)

		// The participant may read it, so gets it.
		ext := conflictOf(t, insider.Do(updatePerspectiveSaw, map[string]any{"id": id, "v": 1, "t": "mine"}))
		if current, _ := ext["current"].(map[string]any); current["whatTheySaw"] != winner {
			t.Errorf("participant: current = %v, want the winner's text", ext["current"])
		}

		for _, a := range []struct {
			name string
			api  *harness.API
		}{{"member not participating", outsider}, {"viewer", reader}} {
			t.Run(a.name, func(t *testing.T) {
				res := a.api.Do(updatePerspectiveSaw, map[string]any{"id": id, "v": 1, "t": "mine"})
				codes := res.Codes()
				if len(codes) != 1 || (codes[0] != "NOT_FOUND" && codes[0] != "FORBIDDEN") {
					t.Fatalf("want NOT_FOUND or FORBIDDEN, got %s", permDescribe(res))
				}
				for _, k := range []string{"current", "currentVersion", "expectedVersion"} {
					if v, ok := res.Errors[0].Extensions[k]; ok {
						t.Errorf("extensions.%s = %v: leaks the restricted record", k, v)
					}
				}
				raw, _ := json.Marshal(res)
				if strings.Contains(string(raw), "prod-db-7") {
					t.Errorf("the response leaks the restricted text: %s", raw)
				}
			})
		}
	})
}
