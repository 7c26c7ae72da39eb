package report

import (
	"context"
	"slices"
	"sync"

	"github.com/debrief/debrief/ent"
)

// batch is one load of the trails of a list of reports, shared by the
// list's reports as the API resolves each one's trail.
type batch struct {
	once    sync.Once
	entries map[int][]*Entry
	err     error
}

// batches holds the loads in progress, keyed by the list (the API passes
// its field context); each is dropped when its request ends.
var batches sync.Map

// TrailOf is r's trail. When r was resolved as part of a list (key names
// the list, siblings are its reports), the first call loads the trails of
// the whole list in one batch (see Trails) and the others take their part,
// so listing reports with their trails does not cost queries per report.
func TrailOf(ctx context.Context, client *ent.Client, r *ent.Report, key any, siblings []*ent.Report) ([]*Entry, error) {
	if key == nil || !slices.ContainsFunc(siblings, func(s *ent.Report) bool { return s != nil && s.ID == r.ID }) {
		all, err := Trails(ctx, client, []*ent.Report{r})
		return all[r.ID], err
	}
	v, loaded := batches.LoadOrStore(key, &batch{})
	if !loaded {
		context.AfterFunc(ctx, func() { batches.Delete(key) })
	}
	b := v.(*batch)
	b.once.Do(func() {
		b.entries, b.err = Trails(ctx, client, slices.DeleteFunc(slices.Clone(siblings), func(s *ent.Report) bool { return s == nil }))
	})
	if b.err != nil {
		return nil, b.err
	}
	return b.entries[r.ID], nil
}
