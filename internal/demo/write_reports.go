package demo

import (
	"fmt"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/report"
)

// writeReports writes the default report templates and, on the
// best-documented incident, a published executive summary and an
// engineering review still in draft, so that the reports pages have
// something to show in both states.
func (w *writer) writeReports() error {
	if err := report.EnsureDefaults(w.ctx, w.db); err != nil {
		return err
	}
	id, err := w.bestDocumented()
	if err != nil || id == 0 {
		return err
	}
	exec, err := report.Generate(w.ctx, w.db, report.Request{Audience: enum.AudienceExecutive, IncidentID: &id, Now: w.now})
	if err != nil {
		return fmt.Errorf("executive summary: %w", err)
	}
	if _, err := report.Publish(w.ctx, w.db, exec.ID, exec.Version, w.now); err != nil {
		return fmt.Errorf("publish executive summary: %w", err)
	}
	if _, err := report.Generate(w.ctx, w.db, report.Request{Audience: enum.AudienceEngineering, IncidentID: &id, Now: w.now}); err != nil {
		return fmt.Errorf("engineering review: %w", err)
	}
	return nil
}

// bestDocumented is the resolved, unrestricted incident with the most
// published insights (the earliest of equals), 0 when there is none.
func (w *writer) bestDocumented() (int, error) {
	var rows []struct {
		IncidentID int `json:"incident_id"`
		Count      int `json:"count"`
	}
	err := w.db.Insight.Query().
		Where(insight.StatusEQ(enum.InsightStatusPublished),
			insight.HasIncidentWith(incident.Restricted(false), incident.ResolvedAtNotNil())).
		GroupBy(insight.FieldIncidentID).Aggregate(ent.Count()).Scan(w.ctx, &rows)
	if err != nil {
		return 0, err
	}
	best, most := 0, 0
	for _, r := range rows {
		if r.Count > most || (r.Count == most && r.IncidentID < best) {
			best, most = r.IncidentID, r.Count
		}
	}
	return best, nil
}
