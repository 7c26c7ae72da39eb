package auth

import (
	"testing"

	"github.com/debrief/debrief/ent/schema/enum"
)

// The groups claim decides the role at every sign-in — including taking a
// role away — but only when the token carries the claim.
func TestRoleFromGroups(t *testing.T) {
	s := New(Config{
		RolesClaim:  "groups",
		DefaultRole: enum.RoleViewer,
		RoleGroups: map[enum.Role][]string{
			enum.RoleAdmin:   {"debrief-admins"},
			enum.RoleAnalyst: {"sre-leads"},
		},
	}, nil, nil)
	cases := []struct {
		name      string
		claims    map[string]any
		want      enum.Role
		fromClaim bool
	}{
		{"most privileged match wins", map[string]any{"groups": []any{"sre-leads", "debrief-admins"}}, enum.RoleAdmin, true},
		{"a single string claim", map[string]any{"groups": "sre-leads"}, enum.RoleAnalyst, true},
		{"removed from every group: demoted to the default", map[string]any{"groups": []any{"marketing"}}, enum.RoleViewer, true},
		{"no claim in the token: Debrief keeps the role", map[string]any{}, enum.RoleViewer, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, fromClaim := s.roleFrom(tc.claims)
			if got != tc.want || fromClaim != tc.fromClaim {
				t.Errorf("roleFrom = %s, %v; want %s, %v", got, fromClaim, tc.want, tc.fromClaim)
			}
		})
	}
}
