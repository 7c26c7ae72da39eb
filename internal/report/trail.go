package report

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/reporttemplate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/analysis"
)

// Entry is one step of a trail: incident → evidence → insight → action.
type Entry struct {
	Incident *ent.Incident
	Insight  *ent.Insight
	Evidence []*Evidence
	Actions  []*ent.ActionItem
}

// Evidence is what an insight rests on, with a link into the board.
type Evidence struct {
	Kind    string // TIMELINE_EVENT, PERSPECTIVE or QUESTION
	ID      int
	Summary string
	Link    string
}

// maxPeriodInsights bounds the top insights of a leadership report.
const maxPeriodInsights = 5

// entries turns ranked insights (with their incident and trail edges
// loaded) into trail entries.
func entries(ins []*ent.Insight) []*Entry {
	out := make([]*Entry, 0, len(ins))
	for _, in := range ins {
		inc := in.Edges.Incident
		e := &Entry{Incident: inc, Insight: in, Evidence: []*Evidence{}, Actions: in.Edges.ActionItems}
		if e.Actions == nil {
			e.Actions = []*ent.ActionItem{}
		}
		for _, ev := range in.Edges.EvidenceEvents {
			e.Evidence = append(e.Evidence, &Evidence{"TIMELINE_EVENT", ev.ID, stamp(ev.OccurredAt) + ": " + short(ev.Text, 160), link(inc.ID, "event", ev.ID)})
		}
		for _, p := range in.Edges.EvidencePerspectives {
			who := "someone"
			if p.Edges.Author != nil {
				who = p.Edges.Author.Name
			}
			e.Evidence = append(e.Evidence, &Evidence{"PERSPECTIVE", p.ID, fmt.Sprintf("%s (%s): %s", who, p.Department, short(p.WhatTheySaw, 160)), link(inc.ID, "perspective", p.ID)})
		}
		for _, q := range in.Edges.EvidenceQuestions {
			e.Evidence = append(e.Evidence, &Evidence{"QUESTION", q.ID, short(q.Text, 160), link(inc.ID, "question", q.ID)})
		}
		out = append(out, e)
	}
	return out
}

// publishedWithTrail reads the published insights of the incidents given,
// with everything their trail shows. A report's trail is what it rests on,
// so drafts, still being worded, are never part of it.
func publishedWithTrail(client *ent.Client, incidentIDs []int) *ent.InsightQuery {
	q := client.Insight.Query().Where(insight.IncidentIDIn(incidentIDs...), insight.StatusEQ(enum.InsightStatusPublished))
	withInsightTrail(q)
	return q.WithIncident()
}

// hasTrail says whether a report carries a trail: not when it is written
// for customers or from a template without internal details.
func hasTrail(r *ent.Report, t *ent.ReportTemplate) bool {
	if r.Audience == enum.AudienceCustomer {
		return false
	}
	return t == nil || t.InternalDetails
}

// Trails returns the live trail of each report, keyed by report ID, in a
// fixed number of statements for all incident reports together (published
// insights with their incident, evidence and actions loaded eagerly), plus one to
// find the incidents of each leadership report's period.
func Trails(ctx context.Context, client *ent.Client, reports []*ent.Report) (map[int][]*Entry, error) {
	out := make(map[int][]*Entry, len(reports))
	templateIDs := []int{}
	for _, r := range reports {
		out[r.ID] = []*Entry{}
		if r.TemplateID != nil {
			templateIDs = append(templateIDs, *r.TemplateID)
		}
	}
	templates := map[int]*ent.ReportTemplate{}
	if len(templateIDs) > 0 {
		ts, err := client.ReportTemplate.Query().Where(reporttemplate.IDIn(templateIDs...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			templates[t.ID] = t
		}
	}
	var incidentIDs []int
	for _, r := range reports {
		var t *ent.ReportTemplate
		if r.TemplateID != nil {
			t = templates[*r.TemplateID]
		}
		if !hasTrail(r, t) {
			continue
		}
		if r.IncidentID != nil {
			incidentIDs = append(incidentIDs, *r.IncidentID)
			continue
		}
		ids, err := periodIncidentIDs(ctx, client, r)
		if err != nil {
			return nil, err
		}
		ins, err := periodInsights(ctx, client, ids)
		if err != nil {
			return nil, err
		}
		out[r.ID] = entries(ins)
	}
	if len(incidentIDs) == 0 {
		return out, nil
	}
	ins, err := publishedWithTrail(client, incidentIDs).All(ctx)
	if err != nil {
		return nil, err
	}
	byIncident := map[int][]*ent.Insight{}
	for _, in := range ins {
		byIncident[in.IncidentID] = append(byIncident[in.IncidentID], in)
	}
	for _, r := range reports {
		if r.IncidentID == nil {
			continue
		}
		var t *ent.ReportTemplate
		if r.TemplateID != nil {
			t = templates[*r.TemplateID]
		}
		if !hasTrail(r, t) {
			continue
		}
		list := byIncident[*r.IncidentID]
		rankInsights(list)
		out[r.ID] = entries(list)
	}
	return out, nil
}

// periodInsights are the top insights of the incidents given: published
// ones with the most actions first (see rankInsights), at most five.
func periodInsights(ctx context.Context, client *ent.Client, incidentIDs []int) ([]*ent.Insight, error) {
	if len(incidentIDs) == 0 {
		return nil, nil
	}
	ins, err := publishedWithTrail(client, incidentIDs).All(ctx)
	if err != nil {
		return nil, err
	}
	rankInsights(ins)
	if len(ins) > maxPeriodInsights {
		ins = ins[:maxPeriodInsights]
	}
	return ins, nil
}

// storedFilter is the analysis filter a leadership report was generated with.
func storedFilter(r *ent.Report) (analysis.Filter, error) {
	var f analysis.Filter
	if r.AnalysisFilter != "" {
		if err := json.Unmarshal([]byte(r.AnalysisFilter), &f); err != nil {
			return f, fmt.Errorf("report %d: stored filter: %w", r.ID, err)
		}
	}
	if f.From == nil {
		f.From = r.PeriodStart
	}
	if f.To == nil {
		f.To = r.PeriodEnd
	}
	return f, nil
}

// periodIncidentIDs are the incidents a leadership report covers, as the
// viewer may see them now.
func periodIncidentIDs(ctx context.Context, client *ent.Client, r *ent.Report) ([]int, error) {
	f, err := storedFilter(r)
	if err != nil {
		return nil, err
	}
	q, err := analysis.IncidentsQuery(client, f, nil)
	if err != nil {
		return nil, err
	}
	return q.IDs(ctx)
}
