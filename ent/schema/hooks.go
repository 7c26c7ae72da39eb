package schema

import (
	"context"
	"errors"
	"strings"
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"

	gen "github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/hook"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/occ"
	"github.com/debrief/debrief/internal/viewer"
)

// Hooks of the AuthorMixin: the signed-in viewer becomes the author of what
// they create.
func (AuthorMixin) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(setAuthor, ent.OpCreate)}
}

// Hooks of User: like the AuthorMixin's, for the user's own author edge;
// and no role change may leave the directory without an admin.
func (User) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(setAuthor, ent.OpCreate),
		hook.On(keepAnAdmin, ent.OpUpdate|ent.OpUpdateOne),
	}
}

func setAuthor(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if v, ok := viewer.FromContext(ctx); ok {
			if _, set := m.Field("created_by_id"); !set {
				if err := m.SetField("created_by_id", v.UserID); err != nil {
					return nil, err
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}

// versioned is what every mutation of a type with the VersionMixin offers.
type versioned interface {
	ent.Mutation
	ID() (int, bool)
	AddVersion(int)
	OldVersion(context.Context) (int, error)
	WhereP(...func(*sql.Selector))
}

// Hooks of the VersionMixin: every update bumps the version, and an update
// that carries an expected version (occ.Expect) is applied only if the
// record is still at that version — checked in the UPDATE statement itself,
// so two racing writers cannot both win.
//
// A delete that carries an expected version is likewise applied only if
// the record is still at it: nobody deletes what they have not seen.
func (VersionMixin) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(checkVersion, ent.OpUpdate|ent.OpUpdateOne),
		hook.On(checkDeleteVersion, ent.OpDeleteOne),
	}
}

// checkDeleteVersion narrows a delete to the expected version. Deleting
// nothing is ent's not-found error; the caller, who read the record to
// delete it, tells a conflict from a record that is gone.
func checkDeleteVersion(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if vm, ok := m.(versioned); ok {
			if id, hasID := vm.ID(); hasID {
				if expected, expects := occ.Expected(ctx, id); expects {
					vm.WhereP(sql.FieldEQ("version", expected))
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}

func checkVersion(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		vm, ok := m.(versioned)
		if !ok {
			return next.Mutate(ctx, m)
		}
		vm.AddVersion(1)
		id, hasID := vm.ID()
		expected, expects := occ.Expected(ctx, id)
		if !hasID || !expects {
			return next.Mutate(ctx, m)
		}
		vm.WhereP(sql.FieldEQ("version", expected))
		v, err := next.Mutate(ctx, m)
		if gen.IsNotFound(err) {
			// Either the record is gone, or it moved past the version the
			// client started from; only the second is a conflict.
			if current, oerr := vm.OldVersion(ctx); oerr == nil {
				return nil, occ.Conflict(id, expected, current)
			}
		}
		return v, err
	})
}

// milestoneFields maps each milestone to the incident field that holds it.
var milestoneFields = []struct {
	milestone enum.Milestone
	field     string
	text      string
}{
	{enum.MilestoneStarted, "started_at", "Incident started"},
	{enum.MilestoneDetected, "detected_at", "Incident detected"},
	{enum.MilestoneAcknowledged, "acknowledged_at", "Incident acknowledged"},
	{enum.MilestoneMitigated, "mitigated_at", "Impact mitigated"},
	{enum.MilestoneResolved, "resolved_at", "Incident resolved"},
}

// milestoneOrder lists pairs that must not run backwards: the later
// milestone may not be before the earlier one.
var milestoneOrder = []struct{ earlier, later string }{
	{"started_at", "detected_at"},
	{"started_at", "acknowledged_at"},
	{"detected_at", "acknowledged_at"},
	{"started_at", "mitigated_at"},
	{"started_at", "resolved_at"},
	{"mitigated_at", "resolved_at"},
}

type syncKey struct{}

// syncing marks writes the milestone hooks make themselves, so that the
// incident and its timeline do not update each other in a loop.
func syncing(ctx context.Context) bool { return ctx.Value(syncKey{}) != nil }

// Hooks of Incident.
func (Incident) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(refuseBulkMilestones, ent.OpUpdate),
		hook.On(syncIncidentMilestones, ent.OpCreate|ent.OpUpdateOne),
		hook.On(learningsApplied, ent.OpUpdateOne),
	}
}

// refuseBulkMilestones keeps milestone edits to one incident at a time, where
// the hooks below can check their order and mirror them on the timeline.
func refuseBulkMilestones(next ent.Mutator) ent.Mutator {
	return hook.IncidentFunc(func(ctx context.Context, m *gen.IncidentMutation) (ent.Value, error) {
		for _, f := range milestoneFields {
			if _, set := m.Field(f.field); set || m.FieldCleared(f.field) {
				return nil, errors.New("milestone times can only be changed on one incident at a time")
			}
		}
		return next.Mutate(ctx, m)
	})
}

// milestoneValue is the value a milestone field will have once m is applied.
func milestoneValue(ctx context.Context, m *gen.IncidentMutation, field string) (*time.Time, error) {
	if m.FieldCleared(field) {
		return nil, nil
	}
	if v, ok := m.Field(field); ok {
		t := v.(time.Time)
		return &t, nil
	}
	if !m.Op().Is(ent.OpUpdateOne) {
		return nil, nil
	}
	old, err := m.OldField(ctx, field)
	if err != nil {
		return nil, err
	}
	switch t := old.(type) {
	case time.Time:
		return &t, nil
	case *time.Time:
		return t, nil
	}
	return nil, nil
}

// syncIncidentMilestones validates the order of an incident's milestone
// times and mirrors the changed ones as key moments on its timeline.
func syncIncidentMilestones(next ent.Mutator) ent.Mutator {
	return hook.IncidentFunc(func(ctx context.Context, m *gen.IncidentMutation) (ent.Value, error) {
		values := map[string]*time.Time{}
		for _, f := range milestoneFields {
			t, err := milestoneValue(ctx, m, f.field)
			if err != nil {
				return nil, err
			}
			values[f.field] = t
		}
		for _, o := range milestoneOrder {
			a, b := values[o.earlier], values[o.later]
			if a != nil && b != nil && b.Before(*a) {
				return nil, apperr.Invalid(o.later, "%s (%s) cannot be before %s (%s)",
					o.later, b.Format(time.RFC3339), o.earlier, a.Format(time.RFC3339))
			}
		}
		v, err := next.Mutate(ctx, m)
		if err != nil || syncing(ctx) {
			return v, err
		}
		inc := v.(*gen.Incident)
		for _, f := range milestoneFields {
			_, set := m.Field(f.field)
			if !set && !m.FieldCleared(f.field) {
				continue
			}
			if err := mirrorMilestone(ctx, m.Client(), inc.ID, f.milestone, f.text, values[f.field]); err != nil {
				return nil, err
			}
		}
		return v, nil
	})
}

// mirrorMilestone creates, moves or removes the timeline event that mirrors
// one milestone of an incident.
//
// It runs as the system: whoever may change the incident's milestone may
// have its mirror follow, whatever the rules for editing events by hand.
func mirrorMilestone(ctx context.Context, client *gen.Client, incidentID int, ms enum.Milestone, text string, at *time.Time) error {
	ctx = viewer.System(context.WithValue(ctx, syncKey{}, true))
	existing, err := client.TimelineEvent.Query().
		Where(sql.FieldEQ("incident_id", incidentID), sql.FieldEQ("milestone", ms)).
		Only(ctx)
	switch {
	case gen.IsNotFound(err) && at == nil:
		return nil
	case gen.IsNotFound(err):
		return client.TimelineEvent.Create().
			SetIncidentID(incidentID).
			SetOccurredAt(*at).
			SetKind(enum.EventKindMilestone).
			SetSource(enum.ChannelDebrief).
			SetText(text).
			SetKeyMoment(true).
			SetMilestone(ms).
			Exec(ctx)
	case err != nil:
		return err
	case at == nil:
		return client.TimelineEvent.DeleteOne(existing).Exec(ctx)
	case !existing.OccurredAt.Equal(*at):
		return client.TimelineEvent.UpdateOne(existing).SetOccurredAt(*at).Exec(ctx)
	}
	return nil
}

// Hooks of TimelineEvent.
func (TimelineEvent) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(syncEventMilestone, ent.OpUpdateOne),
		hook.On(refuseMilestoneDelete, ent.OpDelete|ent.OpDeleteOne),
	}
}

// syncEventMilestone moves the incident's milestone when the timeline event
// that mirrors it is moved.
func syncEventMilestone(next ent.Mutator) ent.Mutator {
	return hook.TimelineEventFunc(func(ctx context.Context, m *gen.TimelineEventMutation) (ent.Value, error) {
		at, moved := m.OccurredAt()
		v, err := next.Mutate(ctx, m)
		if err != nil || !moved || syncing(ctx) {
			return v, err
		}
		ev := v.(*gen.TimelineEvent)
		if ev.Milestone == nil {
			return v, nil
		}
		for _, f := range milestoneFields {
			if f.milestone != *ev.Milestone {
				continue
			}
			upd := m.Client().Incident.UpdateOneID(ev.IncidentID)
			if err := upd.Mutation().SetField(f.field, at); err != nil {
				return nil, err
			}
			// As the system: moving the milestone's event is the permission
			// to move the milestone.
			if err := upd.Exec(viewer.System(context.WithValue(ctx, syncKey{}, true))); err != nil {
				return nil, err
			}
		}
		return v, nil
	})
}

// refuseMilestoneDelete keeps milestone events tied to their incident: they
// go away when the milestone is cleared on the incident, not on their own.
func refuseMilestoneDelete(next ent.Mutator) ent.Mutator {
	return hook.TimelineEventFunc(func(ctx context.Context, m *gen.TimelineEventMutation) (ent.Value, error) {
		if !syncing(ctx) {
			m.WhereP(sql.FieldIsNull("milestone"))
		}
		return next.Mutate(ctx, m)
	})
}

// Hooks of ActionItem.
func (ActionItem) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(actionLifecycle, ent.OpCreate|ent.OpUpdateOne),
		hook.On(requireAcceptanceReason, ent.OpCreate|ent.OpUpdateOne),
	}
}

// actionLifecycle records when an action was closed and insists that
// dropping one says why.
func actionLifecycle(next ent.Mutator) ent.Mutator {
	return hook.ActionItemFunc(func(ctx context.Context, m *gen.ActionItemMutation) (ent.Value, error) {
		status, changed := m.Status()
		if !changed {
			return next.Mutate(ctx, m)
		}
		if status == enum.ActionStatusWontDo {
			reason, set := m.StatusReason()
			if !set && m.Op().Is(ent.OpUpdateOne) {
				reason, _ = m.OldStatusReason(ctx)
			}
			if strings.TrimSpace(reason) == "" {
				return nil, apperr.Invalid("statusReason", "an action that won't be done needs a reason")
			}
		}
		if status.Closed() {
			m.SetCompletedAt(time.Now())
		} else {
			m.ClearCompletedAt()
		}
		return next.Mutate(ctx, m)
	})
}

// Hooks of Question.
func (Question) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(recordAnswer, ent.OpCreate|ent.OpUpdateOne)}
}

// recordAnswer marks an open question answered, by whom and when, as soon
// as it gets an answer.
func recordAnswer(next ent.Mutator) ent.Mutator {
	return hook.QuestionFunc(func(ctx context.Context, m *gen.QuestionMutation) (ent.Value, error) {
		answer, set := m.Answer()
		if !set || answer == "" {
			return next.Mutate(ctx, m)
		}
		m.SetAnsweredAt(time.Now())
		if v, ok := viewer.FromContext(ctx); ok {
			if _, explicit := m.AnsweredByID(); !explicit {
				m.SetAnsweredByID(v.UserID)
			}
		}
		// A new question's status is already the default (OPEN) here: a
		// question created with its answer is answered too.
		if status, explicit := m.Status(); !explicit || (m.Op().Is(ent.OpCreate) && status == enum.QuestionStatusOpen) {
			m.SetStatus(enum.QuestionStatusAnswered)
		}
		return next.Mutate(ctx, m)
	})
}
