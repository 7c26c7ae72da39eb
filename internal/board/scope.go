package board

import (
	"context"
	"slices"

	entgo "entgo.io/ent"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/viewer"
)

// IncidentsOf names the incidents a written record belongs to — the boards
// that should hear of the change and whose history records it. ok is false
// for records that are not on a board (the directory, tokens). An action
// item belongs to every incident it serves, including ones the writer
// cannot see and ones it was just taken off.
func IncidentsOf(ctx context.Context, m ent.Mutation, v ent.Value) (ids []int, ok bool, err error) {
	switch x := v.(type) {
	case *ent.Incident:
		return []int{x.ID}, true, nil
	case *ent.TimelineEvent:
		return []int{x.IncidentID}, true, nil
	case *ent.Perspective:
		return []int{x.IncidentID}, true, nil
	case *ent.Question:
		return []int{x.IncidentID}, true, nil
	case *ent.Comment:
		return []int{x.IncidentID}, true, nil
	case *ent.Participant:
		return []int{x.IncidentID}, true, nil
	case *ent.ContributingFactor:
		return []int{x.IncidentID}, true, nil
	case *ent.Insight:
		return []int{x.IncidentID}, true, nil
	case *ent.IncidentChecklist:
		return []int{x.IncidentID}, true, nil
	case *ent.ChecklistItem:
		return []int{x.IncidentID}, true, nil
	case *ent.StatusUpdate:
		return []int{x.IncidentID}, true, nil
	case *ent.ActionItem:
		am := m.(*ent.ActionItemMutation)
		ids := am.IncidentsIDs()
		if m.Op().Is(entgo.OpUpdateOne) {
			var err error
			if ids, err = am.Client().ActionItem.QueryIncidents(x).IDs(viewer.System(ctx)); err != nil {
				return nil, false, err
			}
			ids = append(ids, am.RemovedIncidentsIDs()...)
		}
		slices.Sort(ids)
		return slices.Compact(ids), true, nil
	}
	return nil, false, nil
}

// BeforeDelete reads the board record a single delete is about to remove,
// as the system, so that hooks can still say what it was and which board it
// was on once it is gone (a delete returns only a count). ok is false for
// bulk deletes, records that are not on a board and records that do not
// exist.
func BeforeDelete(ctx context.Context, m ent.Mutation) (v ent.Value, ok bool, err error) {
	if !m.Op().Is(entgo.OpDeleteOne) {
		return nil, false, nil
	}
	dm, isOne := m.(interface {
		ID() (int, bool)
		Client() *ent.Client
	})
	if !isOne {
		return nil, false, nil
	}
	id, hasID := dm.ID()
	if !hasID {
		return nil, false, nil
	}
	v, err = getOnBoard(viewer.System(ctx), dm.Client(), m.Type(), id)
	if v == nil || ent.IsNotFound(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

// getOnBoard reads a record of one of the types IncidentsOf places on a
// board, whole (client.Noder would collect only the fields the GraphQL
// request asks for); nil for other types.
func getOnBoard(ctx context.Context, c *ent.Client, typ string, id int) (ent.Value, error) {
	switch typ {
	case ent.TypeIncident:
		return value(c.Incident.Get(ctx, id))
	case ent.TypeTimelineEvent:
		return value(c.TimelineEvent.Get(ctx, id))
	case ent.TypePerspective:
		return value(c.Perspective.Get(ctx, id))
	case ent.TypeQuestion:
		return value(c.Question.Get(ctx, id))
	case ent.TypeComment:
		return value(c.Comment.Get(ctx, id))
	case ent.TypeParticipant:
		return value(c.Participant.Get(ctx, id))
	case ent.TypeContributingFactor:
		return value(c.ContributingFactor.Get(ctx, id))
	case ent.TypeInsight:
		return value(c.Insight.Get(ctx, id))
	case ent.TypeIncidentChecklist:
		return value(c.IncidentChecklist.Get(ctx, id))
	case ent.TypeChecklistItem:
		return value(c.ChecklistItem.Get(ctx, id))
	case ent.TypeStatusUpdate:
		return value(c.StatusUpdate.Get(ctx, id))
	case ent.TypeActionItem:
		return value(c.ActionItem.Get(ctx, id))
	}
	return nil, nil
}

// value keeps a failed read from becoming a typed nil inside ent.Value.
func value[T any](v *T, err error) (ent.Value, error) {
	if err != nil {
		return nil, err
	}
	return v, nil
}
