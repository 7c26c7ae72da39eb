package auth

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/viewer"
)

// claims are the parts of an ID token (or bearer token) Debrief reads.
type claims struct {
	Subject string `json:"sub"`
	Name    string `json:"name"`
	Email   string `json:"email"`
	// PreferredUsername is a fallback name (Keycloak, Entra).
	PreferredUsername string `json:"preferred_username"`
}

// identity is what provisioning needs of a verified token.
type identity interface {
	Claims(v any) error
}

// provision finds the user an identity belongs to (by issuer and subject)
// or creates them on first sign-in, and refreshes their name, email and —
// when a roles claim is configured — role. Bots signing in with a provider
// bearer token become service accounts.
func (s *Service) provision(ctx context.Context, tok identity, bot bool) (*ent.User, error) {
	var c claims
	if err := tok.Claims(&c); err != nil {
		return nil, fmt.Errorf("auth: read claims: %w", err)
	}
	if c.Subject == "" {
		return nil, fmt.Errorf("auth: token has no subject")
	}
	var raw map[string]any
	if err := tok.Claims(&raw); err != nil {
		return nil, fmt.Errorf("auth: read claims: %w", err)
	}
	role, roleFromClaim := s.roleFrom(raw)
	name := firstNonEmpty(c.Name, c.PreferredUsername, c.Email, c.Subject)
	if len(name) > 200 {
		name = name[:200]
	}
	sys := viewer.System(ctx)
	u, err := s.client.User.Query().Where(user.OidcIssuer(s.cfg.Issuer), user.OidcSubject(c.Subject)).Only(sys)
	switch {
	case ent.IsNotFound(err):
		if !roleFromClaim && !bot {
			// Somebody has to be able to grant roles: the first person to
			// sign in to an empty directory becomes its admin.
			people, err := s.client.User.Query().Where(user.ServiceAccount(false)).Exist(sys)
			if err != nil {
				return nil, err
			}
			if !people {
				role = enum.RoleAdmin
			}
		}
		return s.client.User.Create().
			SetOidcIssuer(s.cfg.Issuer).
			SetOidcSubject(c.Subject).
			SetName(name).
			SetEmail(c.Email).
			SetRole(role).
			SetServiceAccount(bot).
			Save(sys)
	case err != nil:
		return nil, err
	}
	upd := u.Update().SetName(name).SetEmail(c.Email)
	if roleFromClaim {
		upd.SetRole(role)
	}
	return upd.Save(sys)
}

// roleFrom maps the configured groups claim to a role: the most privileged
// role any of the person's groups grants, or the default role when none
// does — so someone removed from the admins' group stops being an admin at
// their next sign-in. Without a configured claim, or when the token does
// not carry it at all, roles are Debrief's to manage and an existing
// user's role is left alone.
func (s *Service) roleFrom(raw map[string]any) (enum.Role, bool) {
	claim, present := raw[s.cfg.RolesClaim]
	if s.cfg.RolesClaim == "" || !present {
		return s.cfg.DefaultRole, false
	}
	groups := stringsOf(claim)
	for _, role := range []enum.Role{enum.RoleAdmin, enum.RoleAnalyst, enum.RoleMember, enum.RoleViewer} {
		for _, g := range s.cfg.RoleGroups[role] {
			if slices.Contains(groups, g) {
				return role, true
			}
		}
	}
	return s.cfg.DefaultRole, true
}

// stringsOf reads a claim that may be a list or a single string.
func stringsOf(v any) []string {
	switch x := v.(type) {
	case string:
		return strings.Fields(strings.ReplaceAll(x, ",", " "))
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

var _ identity = (*oidc.IDToken)(nil)
