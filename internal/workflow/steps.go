package workflow

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/checklistitem"
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
	list, key := siblings(ctx, cl)
	if list == nil {
		items, err := loadSteps(ctx, client, []int{cl.ID})
		return items[cl.ID], err
	}
	v, _ := stepBatches.LoadOrStore(key, &stepBatch{remaining: int64(len(list))})
	b := v.(*stepBatch)
	b.once.Do(func() {
		ids := make([]int, len(list))
		for i, c := range list {
			ids[i] = c.ID
		}
		b.items, b.err = loadSteps(ctx, client, ids)
	})
	// The last sibling to ask forgets the batch: the request is done with it.
	if atomic.AddInt64(&b.remaining, -1) <= 0 {
		stepBatches.CompareAndDelete(key, b)
	}
	return b.items[cl.ID], b.err
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

// stepBatch is the steps of the checklists of one list in one request.
type stepBatch struct {
	once      sync.Once
	items     map[int][]*ent.ChecklistItem
	err       error
	remaining int64
}

// batchKey names one field (by its alias) under one list of checklists.
type batchKey struct {
	list  *graphql.FieldContext
	alias string
}

// stepBatches holds the batches of requests in flight.
var stepBatches sync.Map

// siblings finds the list of checklists the request is resolving cl as
// part of, if any.
func siblings(ctx context.Context, cl *ent.IncidentChecklist) ([]*ent.IncidentChecklist, batchKey) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return nil, batchKey{}
	}
	for p := fc.Parent; p != nil; p = p.Parent {
		if p.Index != nil {
			continue // the element of the list
		}
		list, ok := p.Result.([]*ent.IncidentChecklist)
		if !ok || len(list) < 2 || !slices.Contains(list, cl) {
			return nil, batchKey{}
		}
		return list, batchKey{list: p, alias: fc.Field.Alias}
	}
	return nil, batchKey{}
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
