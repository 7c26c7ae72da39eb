package graph_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

const setRoleQuery = `mutation($id: ID!, $role: Role!) { updateUser(id: $id, input: {role: $role}) { id role } }`

func setRoleVars(id int, role enum.Role) map[string]any {
	return map[string]any{"id": strconv.Itoa(id), "role": string(role)}
}

// An admin may hand the admin role on and step down, but the last admin
// may not be demoted — by themselves or anyone: nobody could grant roles
// again. The refusal is bad input on the role, and changes nothing.
func TestTheLastAdminStays(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		first := e.API // the harness's admin
		second := e.As(enum.RoleAdmin)
		member := e.As(enum.RoleMember)
		// A service account that is an admin does not count: it cannot sign in to the web app.
		e.Client.User.Create().SetName("Deploy bot").SetRole(enum.RoleAdmin).SetServiceAccount(true).ExecX(e.Ctx)

		// Two admins: one may step down.
		first.MustDo(setRoleQuery, setRoleVars(second.User.ID, enum.RoleAnalyst), nil)

		for _, tc := range []struct {
			name string
			role enum.Role
		}{{"demoting themselves", enum.RoleMember}, {"to viewer", enum.RoleViewer}} {
			t.Run(tc.name, func(t *testing.T) {
				res := first.Do(setRoleQuery, setRoleVars(first.User.ID, tc.role))
				if codes := res.Codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" {
					t.Fatalf("errors = %+v, want one BAD_USER_INPUT", res.Errors)
				}
				if f := res.Errors[0].Extensions["field"]; f != "role" || !strings.Contains(res.Errors[0].Message, "at least one admin must remain") {
					t.Fatalf("error = %+v, want the role refused with %q", res.Errors[0], "at least one admin must remain")
				}
			})
		}
		if got := e.Client.User.GetX(e.Ctx, first.User.ID).Role; got != enum.RoleAdmin {
			t.Fatalf("last admin's role = %s after the refusals, want ADMIN", got)
		}

		// Other changes to the last admin, and to everyone else, go through.
		first.MustDo(`mutation($id: ID!) { updateUser(id: $id, input: {title: "Head of SRE"}) { id } }`, map[string]any{"id": strconv.Itoa(first.User.ID)}, nil)
		first.MustDo(setRoleQuery, setRoleVars(member.User.ID, enum.RoleViewer), nil)

		// Once someone else is an admin, the first may step down.
		first.MustDo(setRoleQuery, setRoleVars(member.User.ID, enum.RoleAdmin), nil)
		first.MustDo(setRoleQuery, setRoleVars(first.User.ID, enum.RoleMember), nil)
	})
}
