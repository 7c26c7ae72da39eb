package schema

import (
	"context"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	gen "github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/hook"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/viewer"
)

// keepAnAdmin refuses a role change that would leave the directory without
// an admin: nobody could then grant roles, edit the taxonomy or manage
// tokens without going to the database. Only people count (service
// accounts cannot sign in to the web app). It guards changes people make;
// Debrief's own work — a sign-in that takes roles from the identity
// provider's groups — carries no viewer and goes through, since there the
// provider, not Debrief, decides who is an admin.
func keepAnAdmin(next ent.Mutator) ent.Mutator {
	return hook.UserFunc(func(ctx context.Context, m *gen.UserMutation) (ent.Value, error) {
		role, set := m.Role()
		if _, byPerson := viewer.FromContext(ctx); !set || role == enum.RoleAdmin || !byPerson {
			return next.Mutate(ctx, m)
		}
		ids, err := m.IDs(ctx)
		if err != nil {
			return nil, err
		}
		admins, err := lockAdmins(ctx, m.Client())
		if err != nil {
			return nil, err
		}
		demoted := slices.ContainsFunc(admins, func(id int) bool { return slices.Contains(ids, id) })
		remaining := slices.DeleteFunc(admins, func(id int) bool { return slices.Contains(ids, id) })
		if demoted && len(remaining) == 0 {
			return nil, apperr.Invalid("role", "at least one admin must remain: make someone else an admin first")
		}
		return next.Mutate(ctx, m)
	})
}

// lockAdmins lists the people who are admins, locking their rows
// (PostgreSQL) for the rest of the transaction, so that two admins demoting
// each other at once take turns and the second sees the first's change.
// SQLite runs one writer at a time anyway.
func lockAdmins(ctx context.Context, client *gen.Client) ([]int, error) {
	return client.User.Query().
		Where(user.RoleEQ(enum.RoleAdmin), user.ServiceAccount(false)).
		Modify(func(s *sql.Selector) {
			if s.Dialect() == dialect.Postgres {
				s.ForUpdate()
			}
		}).
		IDs(ctx)
}
