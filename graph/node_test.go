package graph_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

// Every type is reachable through node(id:) and nodes(ids:): IDs are
// unique across types, so an ID alone says what it names.
func TestNodeResolvesEveryType(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		ctx := e.Ctx
		c := e.Client
		team := c.Team.Create().SetName("Payments").SaveX(ctx)
		user := c.User.Create().SetName("Ana").SaveX(ctx)
		vendor := c.Vendor.Create().SetName("CloudCo").SaveX(ctx)
		svc := c.Service.Create().SetName("checkout").SetOwnerTeam(team).SetVendor(vendor).SaveX(ctx)
		tag := c.Tag.Create().SetName("payments").SaveX(ctx)
		inc := c.Incident.Create().SetTitle("t").SetSeverity(enum.SeveritySev3).SetStartedAt(time.Now()).SaveX(ctx)
		part := c.Participant.Create().SetIncident(inc).SetUser(user).SetRole(enum.ParticipantRoleResponder).SaveX(ctx)
		ev := c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(time.Now()).SetKind(enum.EventKindAction).SetText("restarted").SaveX(ctx)
		per := c.Perspective.Create().SetIncident(inc).SetAuthor(user).SetDepartment(enum.DepartmentSupport).SetWhatTheySaw("tickets").SaveX(ctx)
		q := c.Question.Create().SetIncident(inc).SetText("why?").SaveX(ctx)
		com := c.Comment.Create().SetIncident(inc).SetBody("hm").SaveX(ctx)
		cat := c.FactorCategory.Create().SetName("Capacity").SaveX(ctx)
		cf := c.ContributingFactor.Create().SetIncident(inc).SetCategory(cat).SetDescription("pool too small").SaveX(ctx)
		ins := c.Insight.Create().SetIncident(inc).SetStatement("we lacked headroom").SaveX(ctx)
		act := c.ActionItem.Create().SetTitle("raise pool").AddIncidents(inc).SaveX(ctx)

		want := map[int]string{
			team.ID: "Team", user.ID: "User", vendor.ID: "Vendor", svc.ID: "Service", tag.ID: "Tag",
			inc.ID: "Incident", part.ID: "Participant", ev.ID: "TimelineEvent", per.ID: "Perspective",
			q.ID: "Question", com.ID: "Comment", cat.ID: "FactorCategory", cf.ID: "ContributingFactor",
			ins.ID: "Insight", act.ID: "ActionItem",
		}
		var ids []string
		for id := range want {
			ids = append(ids, strconv.Itoa(id))
		}
		var out struct {
			Nodes []struct {
				ID       string `json:"id"`
				Typename string `json:"__typename"`
			} `json:"nodes"`
		}
		e.MustDo(`query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`, map[string]any{"ids": ids}, &out)
		if len(out.Nodes) != len(want) {
			t.Fatalf("got %d nodes, want %d", len(out.Nodes), len(want))
		}
		for _, n := range out.Nodes {
			id, _ := strconv.Atoi(n.ID)
			if want[id] != n.Typename {
				t.Errorf("node %s is a %s, want %s", n.ID, n.Typename, want[id])
			}
		}

		res := e.Do(`{ node(id: "4") { id } }`, nil)
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "NOT_FOUND" {
			t.Errorf("unknown id: codes %v, want [NOT_FOUND]", codes)
		}
	})
}
