// Package policy holds the rules that decide who may read and change what.
// The ent schema attaches them to every type (ent privacy policies), so no
// code path — GraphQL, import, a future REST endpoint — can go around them.
// docs/permissions.md is the same matrix in words; a test checks they agree.
package policy

import (
	"context"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	gen "github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/incident"
	entprivacy "github.com/debrief/debrief/ent/privacy"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/viewer"
)

// Role shorthands.
const (
	Admin   = enum.RoleAdmin
	Analyst = enum.RoleAnalyst
	Member  = enum.RoleMember
	Viewer  = enum.RoleViewer
)

// Writers are the roles that may add to incidents.
var Writers = []enum.Role{Admin, Analyst, Member}

// Reviewers are the roles that run reviews and curate the directory.
var Reviewers = []enum.Role{Admin, Analyst}

// requireViewer denies anonymous access and read-only tokens' writes; it
// lets everything else on to the next rule.
func requireViewer() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if _, ok := viewer.FromContext(ctx); !ok {
			return viewer.ErrUnauthenticated
		}
		return privacy.Skip
	})
}

// denyReadOnly refuses every change made with a read-only token.
func denyReadOnly() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
		if v, _ := viewer.FromContext(ctx); v.ReadOnly {
			return viewer.Forbidden("this token may only read")
		}
		return privacy.Skip
	})
}

// denyViewerRole refuses every change by someone in the read-only viewer
// role, saying so. Without it a viewer would fall through to the type's
// closing refusal, which speaks to writers ("you may add to incidents you
// can see…") and so reads as if something else were wrong.
func denyViewerRole() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
		if v, _ := viewer.FromContext(ctx); v.Is(Viewer) {
			return viewer.Forbidden("you have read-only access (viewer role): you can read incidents but not add to or change them; admins, analysts and members can")
		}
		return privacy.Skip
	})
}

// allowRoles lets the given roles do the operations in op.
func allowRoles(op ent.Op, roles ...enum.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		if m.Op().Is(op) && v.Is(roles...) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// allowOwn lets the given roles update a record they created, or one that
// names them in ownerField (e.g. an action item's owner).
func allowOwn(roles []enum.Role, ownerFields ...string) privacy.MutationRule {
	fields := append([]string{"created_by_id"}, ownerFields...)
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		if !m.Op().Is(ent.OpUpdateOne) || !v.Is(roles...) {
			return privacy.Skip
		}
		for _, f := range fields {
			old, err := m.OldField(ctx, f)
			if err != nil {
				return err
			}
			if id, ok := old.(*int); ok && id != nil && *id == v.UserID {
				return privacy.Allow
			}
			if id, ok := old.(int); ok && id == v.UserID {
				return privacy.Allow
			}
		}
		return privacy.Skip
	})
}

// allowOwnDelete lets the given roles delete a record they created. A
// delete carries no old values (ent reads them for updates only), so the
// author is read from the record itself, in the viewer's context: what they
// may not see they may not delete either.
func allowOwnDelete(roles []enum.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		if !m.Op().Is(ent.OpDeleteOne) || !v.Is(roles...) {
			return privacy.Skip
		}
		dm, ok := m.(interface {
			ID() (int, bool)
			Client() *gen.Client
		})
		if !ok {
			return privacy.Skip
		}
		id, ok := dm.ID()
		if !ok {
			return privacy.Skip
		}
		node, err := dm.Client().Noder(ctx, id)
		if gen.IsNotFound(err) {
			return privacy.Skip
		}
		if err != nil {
			return err
		}
		authored, ok := node.(interface{ QueryCreatedBy() *gen.UserQuery })
		if !ok {
			return privacy.Skip
		}
		author, err := authored.QueryCreatedBy().OnlyID(ctx)
		if gen.IsNotFound(err) {
			return privacy.Skip // written by Debrief itself (an import, a mirror)
		}
		if err != nil {
			return err
		}
		if author == v.UserID {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// allowOnlyFields lets the given roles update any record as long as they
// change nothing but the listed fields (e.g. answering someone's question).
func allowOnlyFields(roles []enum.Role, fields ...string) privacy.MutationRule {
	allowed := append([]string{"updated_at"}, fields...)
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		if !m.Op().Is(ent.OpUpdateOne) || !v.Is(roles...) {
			return privacy.Skip
		}
		touched := append(m.Fields(), m.ClearedFields()...)
		touched = append(touched, m.AddedEdges()...)
		touched = append(touched, m.RemovedEdges()...)
		touched = append(touched, m.ClearedEdges()...)
		for _, f := range touched {
			if !slices.Contains(allowed, f) {
				return privacy.Skip
			}
		}
		return privacy.Allow
	})
}

// denyWith ends a policy with a refusal that says who may do it instead.
func denyWith(reason string) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(context.Context, ent.Mutation) error {
		return viewer.Forbidden("%s", reason)
	})
}

// visibleIncident is the condition on an incident for the viewer to see
// it: restricted incidents are seen by their participants (and whoever
// opened them), analysts and admins only.
func visibleIncident(v viewer.Viewer) entql.P {
	return entql.Or(
		entql.FieldEQ("restricted", false),
		entql.FieldEQ("created_by_id", v.UserID),
		entql.HasEdgeWith("participants", entql.FieldEQ("user_id", v.UserID)),
	)
}

// filterRule narrows a query to what the viewer may see: unless exempt
// says the viewer sees everything, rows must match where.
func filterRule(exempt func(viewer.Viewer) bool, where func(viewer.Viewer) entql.P) privacy.QueryRule {
	return entprivacy.FilterFunc(func(ctx context.Context, f entprivacy.Filter) error {
		v, ok := viewer.FromContext(ctx)
		if !ok {
			return viewer.ErrUnauthenticated
		}
		if !exempt(v) {
			f.Where(where(v))
		}
		return privacy.Skip
	})
}

// requireVisibleIncident refuses adding things to an incident the viewer
// cannot see (a restricted one they are not part of).
func requireVisibleIncident() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		if v.SeesRestricted() || !m.Op().Is(ent.OpCreate|ent.OpUpdateOne) {
			return privacy.Skip
		}
		var ids []int
		if id, ok := m.Field("incident_id"); ok {
			ids = append(ids, id.(int))
		}
		if slices.Contains(m.AddedEdges(), "incidents") {
			for _, id := range m.AddedIDs("incidents") {
				ids = append(ids, id.(int))
			}
		}
		if len(ids) == 0 {
			return privacy.Skip
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		c, ok := m.(interface{ Client() *gen.Client })
		if !ok {
			return privacy.Denyf("policy: %T has no client", m)
		}
		// Counted in the viewer's own context, so the incident filter applies.
		n, err := c.Client().Incident.Query().Where(incident.IDIn(ids...)).Count(ctx)
		if err != nil {
			return err
		}
		if n < len(ids) {
			return viewer.Forbidden("the incident does not exist or is restricted")
		}
		return privacy.Skip
	})
}
