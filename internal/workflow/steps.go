package workflow

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/checklistitem"
	"github.com/debrief/debrief/internal/batch"
)

// ChecklistSteps returns a checklist's items in order, loading the fields
// the GraphQL request asks of them (who ticked each off) with them.
//
// A checklist's steps are a plain list, which entgql's field collection
// does not load with the checklist. So that an incident's checklists cost
// the same few statements however many there are, a call for one
// checklist of a list the request is resolving (incident { checklists {
// steps } }) loads the steps of every checklist in that list in one query
// and shares them with the calls for the others.
func ChecklistSteps(ctx context.Context, client *ent.Client, cl *ent.IncidentChecklist) ([]*ent.ChecklistItem, error) {
	id := func(c *ent.IncidentChecklist) int { return c.ID }
	checklists := func(result any) ([]*ent.IncidentChecklist, bool) {
		list, ok := result.([]*ent.IncidentChecklist)
		return list, ok
	}
	return batch.Load(ctx, cl, id, checklists, func(list []*ent.IncidentChecklist) (map[int][]*ent.ChecklistItem, error) {
		ids := make([]int, len(list))
		for i, c := range list {
			ids[i] = c.ID
		}
		return loadSteps(ctx, client, ids)
	})
}

// DoneCount counts the checklist's steps that are done, from the same batch
// as ChecklistSteps.
func DoneCount(ctx context.Context, client *ent.Client, cl *ent.IncidentChecklist) (int, error) {
	items, err := ChecklistSteps(ctx, client, cl)
	n := 0
	for _, it := range items {
		if it.DoneAt != nil {
			n++
		}
	}
	return n, err
}

// loadSteps loads the items of the given checklists, by checklist, in
// order, with what the request asks of them.
func loadSteps(ctx context.Context, client *ent.Client, checklists []int) (map[int][]*ent.ChecklistItem, error) {
	q := client.ChecklistItem.Query().
		Where(checklistitem.ChecklistIDIn(checklists...)).
		Order(ent.Asc(checklistitem.FieldPosition), ent.Asc(checklistitem.FieldID))
	if graphql.GetFieldContext(ctx) != nil {
		var err error
		if q, err = q.CollectFields(ctx); err != nil {
			return nil, err
		}
		// Field collection narrows the columns to those asked for; the
		// grouping and doneCount need more, and a checklist's rows are few.
		q.Select(checklistitem.Columns...)
	}
	items, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[int][]*ent.ChecklistItem, len(checklists))
	for _, id := range checklists {
		out[id] = []*ent.ChecklistItem{}
	}
	for _, it := range items {
		out[it.ChecklistID] = append(out[it.ChecklistID], it)
	}
	return out, nil
}
