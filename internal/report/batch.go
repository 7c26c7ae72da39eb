package report

import (
	"context"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/batch"
)

// TrailOf is r's trail. When r is resolved as part of a list of reports
// (a page of reports, an incident's reports), the first call loads the
// trails of the whole list in one batch (see Trails) and the others take
// their part, so listing reports with their trails does not cost queries
// per report.
func TrailOf(ctx context.Context, client *ent.Client, r *ent.Report) ([]*Entry, error) {
	id := func(r *ent.Report) int { return r.ID }
	return batch.Load(ctx, r, id, reportsOf, func(reports []*ent.Report) (map[int][]*Entry, error) {
		return Trails(ctx, client, reports)
	})
}

// reportsOf recognises a list of reports among the results the API has
// resolved: a slice of them, or a connection's edges.
func reportsOf(result any) ([]*ent.Report, bool) {
	switch res := result.(type) {
	case []*ent.Report:
		return res, true
	case []*ent.ReportEdge:
		reports := make([]*ent.Report, 0, len(res))
		for _, e := range res {
			if e != nil && e.Node != nil {
				reports = append(reports, e.Node)
			}
		}
		return reports, true
	}
	return nil, false
}
