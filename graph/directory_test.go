package graph_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

// The directory's people filter (users(where:)) finds people by their
// expertise, as it did when the directory filtered in the browser.

const directoryPeopleQuery = `query($where: UserWhereInput!) {
  users(first: 50, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
    totalCount
    edges { node { name } }
  }
}`

type dirPeople struct {
	Users struct {
		TotalCount int
		Edges      []struct{ Node struct{ Name string } }
	}
}

func (p dirPeople) names() []string {
	out := []string{}
	for _, e := range p.Users.Edges {
		out = append(out, e.Node.Name)
	}
	return out
}

// dirFind lists, as api, the names of the people where matches.
func dirFind(t *testing.T, api *harness.API, where map[string]any) []string {
	t.Helper()
	var out dirPeople
	api.MustDo(directoryPeopleQuery, map[string]any{"where": where}, &out)
	if out.Users.TotalCount != len(out.Users.Edges) {
		t.Errorf("%v: totalCount %d, but %d people listed", where, out.Users.TotalCount, len(out.Users.Edges))
	}
	return out.names()
}

func TestUsersFilterByExpertise(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		person := func(name string, expertise ...string) *ent.User {
			return e.Client.User.Create().SetName(name).SetExpertise(expertise).SaveX(e.Ctx)
		}
		ana := person("Ana", "PostgreSQL", "Kafka")
		person("Ben", "postgres replication")
		person("Cy", "100% uptime", "rate_limits")
		person("Dee", "R&D", `say "hi"`, `C:\ops`)
		person("Postgres Pete") // a name, not a skill
		// An empty list, and none at all: neither is anyone's skill.
		e.Client.User.Create().SetName("Eve").SaveX(e.Ctx)
		e.Client.User.Create().SetName("Fay").SetExpertise(nil).SaveX(e.Ctx)
		e.Client.User.Create().SetName("Gus Bot").SetServiceAccount(true).SetExpertise([]string{"postgres"}).SaveX(e.Ctx)

		member := e.As(enum.RoleMember)
		for _, c := range []struct {
			what, q string
			want    []string
		}{
			{"in part, ignoring case", "postg", []string{"Ana", "Ben", "Gus Bot"}},
			{"the whole skill", "kafka", []string{"Ana"}},
			{"% is a character, not a wildcard", "0%", []string{"Cy"}},
			{"% alone", "%", []string{"Cy"}},
			{"_ is a character, not a wildcard", "e_l", []string{"Cy"}},
			{"_ alone", "_", []string{"Cy"}},
			{"a backslash", `c:\o`, []string{"Dee"}},
			// JSON escapes & and quotes in the stored list; each skill is
			// matched as typed, on SQLite as on PostgreSQL.
			{"a character JSON escapes", "r&d", []string{"Dee"}},
			{"quotes", `"hi"`, []string{"Dee"}},
			// Across two skills is no skill's text.
			{"across two skills", `sql","kaf`, []string{}},
			{"a comma", ",", []string{}},
			{"nobody's", "cobol", []string{}},
		} {
			got := dirFind(t, member, map[string]any{"expertiseContainsFold": c.q})
			if !slices.Equal(got, c.want) {
				t.Errorf("%s: expertiseContainsFold %q found %v, want %v", c.what, c.q, got, c.want)
			}
		}

		// As the directory page asks: people (not integrations) whose
		// name or skill matches.
		page := map[string]any{"serviceAccount": false, "or": []any{
			map[string]any{"nameContainsFold": "postg"},
			map[string]any{"expertiseContainsFold": "postg"},
		}}
		if got, want := dirFind(t, member, page), []string{"Ana", "Ben", "Postgres Pete"}; !slices.Equal(got, want) {
			t.Errorf("name or skill: %v, want %v", got, want)
		}
		// Negated, it is everyone else.
		not := map[string]any{"not": map[string]any{"expertiseContainsFold": "postg"}, "serviceAccount": false}
		if got := dirFind(t, member, not); slices.Contains(got, "Ana") || !slices.Contains(got, "Eve") || !slices.Contains(got, "Postgres Pete") {
			t.Errorf("not postg: %v", got)
		}

		// It works wherever people are filtered, e.g. a service's contacts.
		e.Client.Service.Create().SetName("events").AddEscalationContacts(ana).SaveX(e.Ctx)
		e.Client.Service.Create().SetName("billing").SaveX(e.Ctx)
		var services struct {
			Services struct {
				Edges []struct{ Node struct{ Name string } }
			}
		}
		member.MustDo(`{ services(first: 10, where: { hasEscalationContactsWith: [{ expertiseContainsFold: "KAFKA" }] }) { edges { node { name } } } }`, nil, &services)
		if s := services.Services.Edges; len(s) != 1 || s[0].Node.Name != "events" {
			t.Errorf("services with a kafka contact: %+v", s)
		}
	})
}

// The filter changes what is found, never who may look: a viewer finds the
// same people as an admin, and nobody unsigned finds anyone.
func TestUsersFilterByExpertiseKeepsAccessRules(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		e.Client.User.Create().SetName("Ana").SetExpertise([]string{"PostgreSQL"}).SaveX(e.Ctx)
		where := map[string]any{"expertiseContainsFold": "POSTGRES"}

		viewer := e.As(enum.RoleViewer)
		if got, admin := dirFind(t, viewer, where), dirFind(t, e.API, where); !slices.Equal(got, []string{"Ana"}) || !slices.Equal(got, admin) {
			t.Errorf("viewer found %v, admin %v; want [Ana] for both", got, admin)
		}
		res := permPost(e, directoryPeopleQuery, map[string]any{"where": where}, nil)
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "UNAUTHENTICATED" {
			t.Errorf("anonymous: want UNAUTHENTICATED, got %s", permDescribe(res))
		}
	})
}

// Too long to be anyone's skill is a mistake, said as such; the limit
// itself is fine.
func TestUsersFilterByExpertiseRefusesLongText(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		res := e.Do(directoryPeopleQuery, map[string]any{"where": map[string]any{
			"or": []any{map[string]any{"expertiseContainsFold": strings.Repeat("é", 101)}},
		}})
		rsCodes(t, res, "BAD_USER_INPUT", "101 characters")
		if f := res.Errors[0].Extensions["field"]; f != "expertiseContainsFold" || !strings.Contains(res.Errors[0].Message, "at most 100") {
			t.Errorf("error = %+v, want it to name expertiseContainsFold and its limit", res.Errors[0])
		}
		dirFind(t, e.API, map[string]any{"expertiseContainsFold": strings.Repeat("é", 100)})
	})
}
