package policy

import (
	"context"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	entprivacy "github.com/debrief/debrief/ent/privacy"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/viewer"
)

// The policies below are attached to the types in ent/schema. Every one
// starts by refusing anonymous requests and ends by refusing whatever no
// rule allowed; Debrief's own work runs with viewer.System and skips them.

// readAll lets every signed-in viewer read the type.
func readAll() privacy.QueryPolicy {
	return privacy.QueryPolicy{requireViewer(), privacy.AlwaysAllowRule()}
}

// Directory is for people, teams, services and vendors: everyone reads; the
// given roles create and change them.
func Directory(create, update []enum.Role, reason string) ent.Policy {
	return privacy.Policy{
		Query: readAll(),
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowRoles(ent.OpCreate, create...),
			allowRoles(ent.OpUpdateOne, update...),
			denyWith(reason),
		},
	}
}

// Tags: everyone reads; writers add tags; analysts and admins rename them;
// admins remove them — removal is how duplicates are merged (after the
// incidents have moved) and how unused ones are tidied away, and it changes
// what the insights group by, like the factor taxonomy.
func Tags() ent.Policy {
	return privacy.Policy{
		Query: readAll(),
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowRoles(ent.OpCreate, Writers...),
			allowRoles(ent.OpUpdateOne, Reviewers...),
			allowRoles(ent.OpDeleteOne, Admin),
			denyWith("members may add tags; analysts and admins rename them; only admins merge and delete them"),
		},
	}
}

// Users: everyone reads the directory; admins manage people and roles;
// people may correct their own details but not their role.
func Users() ent.Policy {
	return privacy.Policy{
		Query: readAll(),
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowRoles(ent.OpCreate|ent.OpUpdateOne, Admin),
			allowSelf("name", "email", "time_zone", "title", "department", "phone", "chat_handle", "expertise"),
			denyWith("only admins manage people and roles; you may edit your own name, email, title, department, time zone, phone, chat handle and expertise"),
		},
	}
}

// allowSelf lets people update the listed fields of their own user.
func allowSelf(fields ...string) privacy.MutationRule {
	own := allowOnlyFields([]enum.Role{Admin, Analyst, Member, Viewer}, fields...)
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		id, ok := m.(interface{ ID() (int, bool) })
		if !ok {
			return privacy.Skip
		}
		if target, exists := id.ID(); !exists || target != v.UserID {
			return privacy.Skip
		}
		return own.EvalMutation(ctx, m)
	})
}

// Incidents: signed-in viewers read the incidents they may see; members
// open incidents and edit those they opened or facilitate (running their
// review); analysts and admins edit any.
func Incidents() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{requireViewer(), filterRule(viewer.Viewer.SeesRestricted, visibleIncident), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(), denyViewerRole(),
			allowRoles(ent.OpCreate|ent.OpUpdateOne, Reviewers...),
			allowRoles(ent.OpCreate, Member),
			allowOwn([]enum.Role{Member}, "facilitator_id"),
			denyWith("members may edit incidents they opened or facilitate; analysts and admins edit any"),
		},
	}
}

// throughIncident limits a board item to those whose incident is visible.
func throughIncident(v viewer.Viewer) entql.P {
	return entql.HasEdgeWith("incident", visibleIncident(v))
}

// BoardItem is for what people add to an incident's board (participants,
// timeline events, perspectives, questions, comments): visible with their
// incident; the creators roles add them; members edit and delete their own,
// analysts and admins any. answerFields, when given, may be changed by any
// writer on any item (answering someone else's question) — never deleted.
func BoardItem(creators []enum.Role, answerFields ...string) ent.Policy {
	members := slices.DeleteFunc(slices.Clone(creators), func(r enum.Role) bool { return r != Member })
	rules := privacy.MutationPolicy{
		requireViewer(), denyReadOnly(),
		requireVisibleIncident(), denyViewerRole(),
		allowRoles(ent.OpCreate, creators...),
		allowRoles(ent.OpUpdateOne|ent.OpDeleteOne, Reviewers...),
		// Members edit their own only where members may add (not factors or
		// insights, e.g. ones they wrote before losing the analyst role).
		allowOwn(members),
		allowOwnDelete(members),
	}
	if len(answerFields) > 0 {
		rules = append(rules, allowOnlyFields(Writers, answerFields...))
	}
	return privacy.Policy{
		Query:    privacy.QueryPolicy{requireViewer(), filterRule(viewer.Viewer.SeesRestricted, throughIncident), privacy.AlwaysAllowRule()},
		Mutation: append(rules, denyWith("you may add to incidents you can see and edit what you wrote (or delete it); analysts and admins edit and delete any")),
	}
}

// ActionItems: visible when any incident they serve is visible (or they
// serve none yet); writers create them; members edit the ones they created
// or own; analysts and admins any.
func ActionItems() ent.Policy {
	visible := func(v viewer.Viewer) entql.P {
		return entql.Or(entql.Not(entql.HasEdge("incidents")), entql.HasEdgeWith("incidents", visibleIncident(v)))
	}
	return privacy.Policy{
		Query: privacy.QueryPolicy{requireViewer(), filterRule(viewer.Viewer.SeesRestricted, visible), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			requireVisibleIncident(), denyViewerRole(),
			allowRoles(ent.OpCreate, Writers...),
			allowRoles(ent.OpUpdateOne, Reviewers...),
			allowOwn([]enum.Role{Member}, "owner_id"),
			denyWith("members may edit actions they created or own; analysts and admins edit any"),
		},
	}
}

// SystemOnly is for records only Debrief itself touches (sessions,
// sign-ins in progress).
func SystemOnly() ent.Policy {
	deny := privacy.ContextQueryMutationRule(func(context.Context) error {
		return viewer.Forbidden("internal records")
	})
	return privacy.Policy{
		Query:    privacy.QueryPolicy{deny},
		Mutation: privacy.MutationPolicy{deny},
	}
}

// APITokens: people see and manage their own tokens, admins everyone's.
// A viewer (read-only role) may only create read tokens. The secret itself
// is generated and hashed by the auth package.
func APITokens() ent.Policy {
	return privacy.Policy{
		Query: ownRecords(),
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowRoles(ent.OpCreate|ent.OpUpdateOne, Admin),
			allowOwnToken(),
			allowOwnUpdate("user_id"),
			denyWith("you may create and revoke your own tokens; admins manage everyone's"),
		},
	}
}

// allowOwnToken lets people create tokens for themselves; read-write
// tokens need a role that may write.
func allowOwnToken() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		if owner, _ := m.Field("user_id"); !m.Op().Is(ent.OpCreate) || owner != v.UserID {
			return privacy.Skip
		}
		if scope, _ := m.Field("scope"); scope == enum.TokenScopeReadWrite && !v.Is(Writers...) {
			return viewer.Forbidden("your role may only create read tokens")
		}
		return privacy.Allow
	})
}

// ownRecords lets admins read every row and everyone else only the rows
// whose user_id is theirs.
func ownRecords() privacy.QueryPolicy {
	return privacy.QueryPolicy{
		requireViewer(),
		filterRule(func(v viewer.Viewer) bool { return v.Is(Admin) },
			func(v viewer.Viewer) entql.P { return entql.FieldEQ("user_id", v.UserID) }),
		privacy.AlwaysAllowRule(),
	}
}

// Sessions: people see and end their own sessions, admins anyone's;
// sessions are started only by the sign-in machinery.
func Sessions() ent.Policy {
	return privacy.Policy{
		Query: ownRecords(),
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowRoles(ent.OpUpdateOne, Admin),
			allowOwnUpdate("user_id"),
			denyWith("you may end your own sessions; admins may end anyone's"),
		},
	}
}

// allowOwnUpdate lets people update records whose field names them.
func allowOwnUpdate(field string) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		if !m.Op().Is(ent.OpUpdateOne) {
			return privacy.Skip
		}
		owner, err := m.OldField(ctx, field)
		if err != nil {
			return err
		}
		if owner == v.UserID {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// History is for records the data layer writes about other records (the
// activity history): visible with their incident, never written by people.
func History() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{requireViewer(), filterRule(viewer.Viewer.SeesRestricted, throughIncident), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{privacy.ContextQueryMutationRule(func(context.Context) error {
			return viewer.Forbidden("the history is written by Debrief itself")
		})},
	}
}

// Taxonomy is for the contributing-factor categories: everyone reads;
// admins create, change and remove them (removal is how two categories are
// merged, after the factors have moved).
func Taxonomy() ent.Policy { return AdminCurated("only admins edit the contributing-factor taxonomy") }

// AdminCurated is for what admins write for everyone to follow (the factor
// taxonomy, workflows, report and message templates, guidelines):
// everyone reads; admins create, change and remove.
func AdminCurated(reason string) ent.Policy {
	return privacy.Policy{
		Query: readAll(),
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowRoles(ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne, Admin),
			denyWith(reason),
		},
	}
}

// reportVisible is what a viewer who is not an analyst or admin may read of
// reports: published ones and their own drafts, about an incident they may
// see (or about a period).
func reportVisible(v viewer.Viewer) entql.P {
	return entql.And(
		entql.Or(entql.FieldGT("published_version", 0), entql.FieldEQ("created_by_id", v.UserID)),
		entql.Or(entql.Not(entql.HasEdge("incident")), entql.HasEdgeWith("incident", visibleIncident(v))),
	)
}

// Reports: analysts and admins generate, edit and publish them and read
// every draft; everyone else reads published reports (and drafts they
// wrote, should they have lost the analyst role) about what they may see —
// a restricted incident's reports stay with those who see the incident.
func Reports() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			requireViewer(),
			filterRule(viewer.Viewer.SeesRestricted, reportVisible),
			privacy.AlwaysAllowRule(),
		},
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			requireVisibleIncident(),
			allowRoles(ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne, Reviewers...),
			denyWith("analysts and admins write and publish reports"),
		},
	}
}

// ReportVersions: readable with their report; publishing (analysts and
// admins) adds one; nobody changes one.
func ReportVersions() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			requireViewer(),
			filterRule(viewer.Viewer.SeesRestricted,
				func(v viewer.Viewer) entql.P { return entql.HasEdgeWith("report", reportVisible(v)) }),
			privacy.AlwaysAllowRule(),
		},
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowRoles(ent.OpCreate, Reviewers...),
			denyWith("published versions are kept as they were; analysts and admins publish new ones"),
		},
	}
}

// Inbox is for notifications: only their recipient reads them — not even
// admins read someone else's inbox — and the recipient may only mark them
// read. Debrief itself writes them.
func Inbox() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			requireViewer(),
			filterRule(func(viewer.Viewer) bool { return false },
				func(v viewer.Viewer) entql.P { return entql.FieldEQ("user_id", v.UserID) }),
			privacy.AlwaysAllowRule(),
		},
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowOwnReadMark(),
			denyWith("notifications are written by Debrief; you may only mark your own read"),
		},
	}
}

// allowOwnReadMark lets the recipient of a notification mark it read (or
// unread) and change nothing else. Read-only tokens may not: they change
// nothing at all, which keeps that rule simple to state and to audit.
func allowOwnReadMark() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if !m.Op().Is(ent.OpUpdateOne | ent.OpUpdate) {
			return privacy.Skip
		}
		for _, f := range append(m.Fields(), m.ClearedFields()...) {
			if f != "read_at" {
				return privacy.Skip
			}
		}
		v, _ := viewer.FromContext(ctx)
		if m.Op().Is(ent.OpUpdate) {
			// A bulk "mark all read" only ever touches the viewer's own
			// notifications, whatever the caller's predicates say.
			err := entprivacy.FilterFunc(func(_ context.Context, f entprivacy.Filter) error {
				f.Where(entql.FieldEQ("user_id", v.UserID))
				return privacy.Allow
			}).EvalMutation(ctx, m)
			return err
		}
		owner, err := m.OldField(ctx, "user_id")
		if err != nil {
			return err
		}
		if owner == v.UserID {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AdminOnly is for configuration only admins see: outgoing webhooks and
// their delivery log. Admins may do adminOps (a delivery, which Debrief
// writes, an admin may only send again); nobody else may do anything.
func AdminOnly(adminOps ent.Op) ent.Policy {
	return privacy.Policy{
		// For everyone else webhooks do not exist (empty lists, NOT_FOUND),
		// as restricted incidents do not: their URLs are internal details.
		Query: privacy.QueryPolicy{
			requireViewer(),
			filterRule(func(v viewer.Viewer) bool { return v.Is(Admin) },
				func(viewer.Viewer) entql.P { return entql.FieldLT("id", 0) }),
			privacy.AlwaysAllowRule(),
		},
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowRoles(adminOps, Admin),
			denyWith("only admins manage webhooks; Debrief writes their delivery log"),
		},
	}
}

// Annotations: context notes on figures. Everyone reads them, except those
// on an incident the viewer may not see; analysts and admins write them
// (they are the analysis's voice).
func Annotations() ent.Policy {
	visible := func(v viewer.Viewer) entql.P {
		return entql.Or(entql.Not(entql.HasEdge("incident")), entql.HasEdgeWith("incident", visibleIncident(v)))
	}
	return privacy.Policy{
		Query: privacy.QueryPolicy{requireViewer(), filterRule(viewer.Viewer.SeesRestricted, visible), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{
			requireViewer(), denyReadOnly(),
			allowRoles(ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne, Reviewers...),
			denyWith("analysts and admins annotate the analysis"),
		},
	}
}
