package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/comment"
	"github.com/debrief/debrief/ent/contributingfactor"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/participant"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/question"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/harness"
)

// A restricted incident, and everything on its board, is seen by its
// participants, analysts and admins — and by nobody else, not even as a
// count.
func TestRestrictedIncidentIsSeenOnlyByItsPeople(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		c, ctx := e.Client, e.Ctx
		started := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)

		svc := c.Service.Create().SetName("payments").SaveX(ctx)
		cat := c.FactorCategory.Create().SetName("Access control").SaveX(ctx)
		someone := c.User.Create().SetName("Someone").SaveX(ctx)
		public := c.Incident.Create().SetTitle("Checkout slow").SetSeverity(enum.SeveritySev3).SetStartedAt(started).AddServices(svc).SaveX(ctx)
		secret := c.Incident.Create().SetTitle("Credential leak").SetSeverity(enum.SeveritySev1).SetStartedAt(started).
			SetRestricted(true).AddServices(svc).SaveX(ctx)

		insider := e.As(enum.RoleMember)
		outsider := e.As(enum.RoleMember)
		viewer := e.As(enum.RoleViewer)
		analyst := e.As(enum.RoleAnalyst)
		admin := e.API
		c.Participant.Create().SetIncident(secret).SetUser(insider.User).SetRole(enum.ParticipantRoleResponder).SaveX(ctx)

		// The same board on both incidents.
		for _, inc := range []int{public.ID, secret.ID} {
			c.Participant.Create().SetIncidentID(inc).SetUser(someone).SetRole(enum.ParticipantRoleCommander).SaveX(ctx)
			c.TimelineEvent.Create().SetIncidentID(inc).SetOccurredAt(started.Add(time.Minute)).SetKind(enum.EventKindObservation).SetText("keys in a public repo").SaveX(ctx)
			c.Perspective.Create().SetIncidentID(inc).SetAuthor(someone).SetDepartment(enum.DepartmentEngineering).SetWhatTheySaw("an alert").SaveX(ctx)
			c.Question.Create().SetIncidentID(inc).SetText("who had access?").SaveX(ctx)
			c.Comment.Create().SetIncidentID(inc).SetBody("rotating now").SaveX(ctx)
			c.ContributingFactor.Create().SetIncidentID(inc).SetCategory(cat).SetDescription("no secret scanning").SaveX(ctx)
			c.Insight.Create().SetIncidentID(inc).SetStatement("secrets need scanning").SaveX(ctx)
			c.ActionItem.Create().SetTitle("turn on secret scanning").AddIncidentIDs(inc).SaveX(ctx)
		}
		// An action serving both stays visible: its public incident is.
		shared := c.ActionItem.Create().SetTitle("review access").AddIncidentIDs(public.ID, secret.ID).SaveX(ctx)

		// What lies under the restricted incident, type by type.
		type listing struct {
			field       string
			all, hidden []int
		}
		onSecret := incident.ID(secret.ID)
		lists := []listing{
			{"incidents", c.Incident.Query().IDsX(ctx), []int{secret.ID}},
			{"participants", c.Participant.Query().IDsX(ctx), c.Participant.Query().Where(participant.IncidentID(secret.ID)).IDsX(ctx)},
			{"timelineEvents", c.TimelineEvent.Query().IDsX(ctx), c.TimelineEvent.Query().Where(timelineevent.IncidentID(secret.ID)).IDsX(ctx)},
			{"perspectives", c.Perspective.Query().IDsX(ctx), c.Perspective.Query().Where(perspective.IncidentID(secret.ID)).IDsX(ctx)},
			{"questions", c.Question.Query().IDsX(ctx), c.Question.Query().Where(question.IncidentID(secret.ID)).IDsX(ctx)},
			{"comments", c.Comment.Query().IDsX(ctx), c.Comment.Query().Where(comment.IncidentID(secret.ID)).IDsX(ctx)},
			{"contributingFactors", c.ContributingFactor.Query().IDsX(ctx), c.ContributingFactor.Query().Where(contributingfactor.IncidentID(secret.ID)).IDsX(ctx)},
			{"insights", c.Insight.Query().IDsX(ctx), c.Insight.Query().Where(insight.IncidentID(secret.ID)).IDsX(ctx)},
			{"actionItems", c.ActionItem.Query().IDsX(ctx), c.ActionItem.Query().
				Where(actionitem.HasIncidentsWith(onSecret), actionitem.Not(actionitem.HasIncidentsWith(incident.Restricted(false)))).IDsX(ctx)},
		}
		for _, l := range lists {
			if len(l.hidden) == 0 || len(l.hidden) == len(l.all) {
				t.Fatalf("fixture: %s has %d records of which %d restricted", l.field, len(l.all), len(l.hidden))
			}
		}

		actors := []struct {
			name  string
			api   *harness.API
			sees  bool
			write bool // may add to incidents at all
		}{
			{"member participant", insider, true, true},
			{"member not participating", outsider, false, true},
			{"viewer", viewer, false, false},
			{"analyst", analyst, true, true},
			{"admin", admin, true, true},
		}
		for _, a := range actors {
			t.Run(a.name, func(t *testing.T) {
				// node(id:) on the incident and everything under it.
				for _, l := range lists {
					for _, hid := range l.hidden {
						res := a.api.Do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": permID(hid)})
						var data struct{ Node *struct{ ID string } }
						_ = json.Unmarshal(res.Data, &data)
						switch {
						case a.sees && (len(res.Errors) > 0 || data.Node == nil || data.Node.ID != permID(hid)):
							t.Errorf("node(%d) of %s: want it, got %s", hid, l.field, permDescribe(res))
						case !a.sees && (data.Node != nil || !slices.Equal(res.Codes(), []string{"NOT_FOUND"})):
							t.Errorf("node(%d) of %s: want null and NOT_FOUND, got %s", hid, l.field, permDescribe(res))
						}
					}
				}

				// Top-level lists and their counts.
				for _, l := range lists {
					want := l.all
					if !a.sees {
						want = slices.DeleteFunc(slices.Clone(l.all), func(x int) bool { return slices.Contains(l.hidden, x) })
					}
					total, got := permListIDs(t, a.api, fmt.Sprintf(`{ list: %s(first: 100) { totalCount edges { node { id } } } }`, l.field))
					if total != len(want) || !slices.Equal(got, permSortedIDs(want)) {
						t.Errorf("%s: totalCount %d, ids %v; want %d, %v", l.field, total, got, len(want), permSortedIDs(want))
					}
				}

				// Counts through other records: the service's incidents and
				// the shared action's incidents.
				wantShare := 1
				if a.sees {
					wantShare = 2
				}
				var nested struct {
					Svc struct{ Incidents struct{ TotalCount int } }
					Act struct{ Incidents struct{ TotalCount int } }
				}
				res := a.api.Do(`query($svc: ID!, $act: ID!) {
					svc: node(id: $svc) { ... on Service { incidents(first: 100) { totalCount } } }
					act: node(id: $act) { ... on ActionItem { incidents(first: 100) { totalCount } } }
				}`, map[string]any{"svc": permID(svc.ID), "act": permID(shared.ID)})
				if len(res.Errors) > 0 || json.Unmarshal(res.Data, &nested) != nil {
					t.Fatalf("nested counts: %s", permDescribe(res))
				}
				if nested.Svc.Incidents.TotalCount != wantShare || nested.Act.Incidents.TotalCount != wantShare {
					t.Errorf("service and shared action count %d and %d incidents, want %d", nested.Svc.Incidents.TotalCount, nested.Act.Incidents.TotalCount, wantShare)
				}

				// Those who see it see all of it through the incident, too.
				if a.sees {
					var inc struct {
						Node struct {
							Participants, TimelineEvents, Perspectives, Questions, Comments, ContributingFactors, Insights, ActionItems struct{ TotalCount int }
						}
					}
					res := a.api.Do(`query($id: ID!) { node(id: $id) { ... on Incident {
						participants(first: 100) { totalCount } timelineEvents(first: 100) { totalCount }
						perspectives(first: 100) { totalCount } questions(first: 100) { totalCount }
						comments(first: 100) { totalCount } contributingFactors(first: 100) { totalCount }
						insights(first: 100) { totalCount } actionItems(first: 100) { totalCount } } } }`,
						map[string]any{"id": permID(secret.ID)})
					if len(res.Errors) > 0 || json.Unmarshal(res.Data, &inc) != nil {
						t.Fatalf("restricted incident's board: %s", permDescribe(res))
					}
					n := inc.Node
					got := []int{n.Participants.TotalCount, n.TimelineEvents.TotalCount, n.Perspectives.TotalCount, n.Questions.TotalCount,
						n.Comments.TotalCount, n.ContributingFactors.TotalCount, n.Insights.TotalCount, n.ActionItems.TotalCount}
					want := []int{len(lists[1].hidden), len(lists[2].hidden), len(lists[3].hidden), len(lists[4].hidden),
						len(lists[5].hidden), len(lists[6].hidden), len(lists[7].hidden), len(lists[8].hidden) + 1}
					if !slices.Equal(got, want) {
						t.Errorf("restricted incident's board counts %v, want %v", got, want)
					}
				}
			})
		}

		// Adding to it: those who see it and may write can; nobody else can,
		// nor can they make themselves a participant to get in.
		for _, a := range actors {
			res := a.api.Do(permCreateQuery("TimelineEvent"), permInput(map[string]any{
				"incidentID": permID(secret.ID), "occurredAt": started.Add(time.Hour), "kind": "ACTION", "text": "rotated keys by " + a.name,
			}))
			if a.sees && a.write {
				if len(res.Errors) > 0 {
					t.Errorf("%s adding an event to the restricted incident: %s", a.name, permDescribe(res))
				}
				continue
			}
			if !slices.Equal(res.Codes(), []string{"FORBIDDEN"}) {
				t.Errorf("%s adding an event to the restricted incident: want FORBIDDEN, got %s", a.name, permDescribe(res))
			}
		}
		res := outsider.Do(permCreateQuery("Participant"), permInput(map[string]any{"incidentID": permID(secret.ID), "userID": permID(outsider.User.ID), "role": "RESPONDER"}))
		if !slices.Equal(res.Codes(), []string{"FORBIDDEN"}) {
			t.Errorf("outsider joining the restricted incident: want FORBIDDEN, got %s", permDescribe(res))
		}
		res = outsider.Do(permCreateQuery("Comment"), permInput(map[string]any{"incidentID": permID(secret.ID), "body": "what happened?"}))
		if !slices.Equal(res.Codes(), []string{"FORBIDDEN"}) {
			t.Errorf("outsider commenting on the restricted incident: want FORBIDDEN, got %s", permDescribe(res))
		}
		res = outsider.Do(permCreateQuery("ActionItem"), permInput(map[string]any{"title": "x", "incidentIDs": []string{permID(secret.ID)}}))
		if !slices.Equal(res.Codes(), []string{"FORBIDDEN"}) {
			t.Errorf("outsider adding an action to the restricted incident: want FORBIDDEN, got %s", permDescribe(res))
		}
		if n := c.Participant.Query().Where(participant.UserID(outsider.User.ID)).CountX(ctx); n != 0 {
			t.Errorf("the outsider became a participant")
		}
	})
}

// listIDs runs a list query aliased "list" and returns its totalCount and
// sorted IDs.
func permListIDs(t *testing.T, api *harness.API, query string) (int, []string) {
	t.Helper()
	res := api.Do(query, nil)
	var data struct {
		List struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	if len(res.Errors) > 0 || json.Unmarshal(res.Data, &data) != nil {
		t.Fatalf("%s: %s", query, permDescribe(res))
	}
	var ids []string
	for _, e := range data.List.Edges {
		ids = append(ids, e.Node.ID)
	}
	sort.Strings(ids)
	return data.List.TotalCount, ids
}

func permSortedIDs(ids []int) []string {
	out := make([]string, 0, len(ids))
	for _, n := range ids {
		out = append(out, permID(n))
	}
	sort.Strings(out)
	return out
}
