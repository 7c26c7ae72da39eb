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
