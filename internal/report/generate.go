package report

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/report"
	"github.com/debrief/debrief/ent/reporttemplate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/analysis"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/occ"
	"github.com/debrief/debrief/internal/viewer"
)

// Request asks for a draft.
type Request struct {
	Audience   enum.ReportAudience
	IncidentID *int
	TemplateID *int
	// Filter is for LEADERSHIP reports; its From and To (the period) are required.
	Filter *analysis.Filter
	Title  *string
	// Now is the generation time (and decides which actions are overdue).
	Now time.Time
	// Read is the client to read the data with, when not the one writing the
	// report: the analysis of a period runs in a read-only transaction of
	// its own, which cannot start inside a mutation's transaction.
	Read *ent.Client
}

// draft is a generated body and what goes with it.
type draft struct {
	title       string
	body        string
	scope       string
	definitions []analysis.Definition
}

// Generate writes a draft report from a template, reading the incident (or
// the period's incidents) as the viewer in ctx: the draft says only what
// they may see. The data layer decides who may create it.
func Generate(ctx context.Context, client *ent.Client, req Request) (*ent.Report, error) {
	if err := checkRequest(req); err != nil {
		return nil, err
	}
	tpl, err := templateFor(ctx, client, req.Audience, req.TemplateID)
	if err != nil {
		return nil, err
	}
	var f analysis.Filter
	if req.Filter != nil {
		f = *req.Filter
	}
	read := req.Read
	if read == nil {
		read = client
	}
	d, err := render(ctx, read, tpl, req.Audience, req.IncidentID, f, req.Now)
	if err != nil {
		return nil, err
	}
	title := d.title
	if req.Title != nil && strings.TrimSpace(*req.Title) != "" {
		title = strings.TrimSpace(*req.Title)
	}
	c := client.Report.Create().
		SetAudience(req.Audience).SetTemplateID(tpl.ID).SetTitle(title).SetBody(d.body).
		SetGeneratedAt(req.Now).SetScope(d.scope).SetDefinitions(d.definitions).
		SetNillableIncidentID(req.IncidentID)
	if v, ok := viewer.FromContext(ctx); ok && v.UserID != 0 {
		c.SetGeneratedByID(v.UserID)
	}
	if req.Audience.CrossIncident() {
		raw, err := json.Marshal(f)
		if err != nil {
			return nil, err
		}
		c.SetPeriodStart(*f.From).SetPeriodEnd(*f.To).SetAnalysisFilter(string(raw))
	}
	return c.Save(ctx)
}

func checkRequest(req Request) error {
	if req.Audience.CrossIncident() {
		if req.IncidentID != nil {
			return apperr.Invalid("incidentID", "a %s report covers a period, not one incident: give a filter with from and to instead", req.Audience)
		}
		if req.Filter == nil || req.Filter.From == nil || req.Filter.To == nil {
			return apperr.Invalid("filter", "a %s report covers a period: the filter's from and to are required", req.Audience)
		}
		return nil
	}
	if req.IncidentID == nil {
		return apperr.Invalid("incidentID", "a %s report is about one incident: incidentID is required", req.Audience)
	}
	if req.Filter != nil {
		return apperr.Invalid("filter", "a %s report is about one incident: the filter is only for LEADERSHIP reports", req.Audience)
	}
	return nil
}

// templateFor is the template asked for, which must be the audience's, or
// the audience's first by name.
func templateFor(ctx context.Context, client *ent.Client, a enum.ReportAudience, id *int) (*ent.ReportTemplate, error) {
	if id != nil {
		t, err := client.ReportTemplate.Get(ctx, *id)
		if ent.IsNotFound(err) {
			return nil, apperr.NotFound("report template %d not found", *id)
		}
		if err != nil {
			return nil, err
		}
		if t.Audience != a {
			return nil, apperr.Invalid("templateID", "template %q is for %s reports, not %s", t.Name, t.Audience, a)
		}
		return t, nil
	}
	t, err := client.ReportTemplate.Query().Where(reporttemplate.AudienceEQ(a)).
		Order(ent.Asc(reporttemplate.FieldName), ent.Asc(reporttemplate.FieldID)).First(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.Invalid("audience", "there is no %s report template: an admin must add one", a)
	}
	return t, err
}

// render fills the template's placeholders.
func render(ctx context.Context, client *ent.Client, tpl *ent.ReportTemplate, a enum.ReportAudience, incidentID *int, f analysis.Filter, now time.Time) (*draft, error) {
	// The template was checked when it was saved; check again, since the
	// catalogue may have changed since, and a customer report must never
	// carry an internal placeholder.
	if err := Validate(Template{Audience: a, Body: tpl.Body, InternalDetails: tpl.InternalDetails, TechnicalDetail: tpl.TechnicalDetail}); err != nil {
		return nil, err
	}
	author := "Debrief"
	if v, ok := viewer.FromContext(ctx); ok && v.UserID != 0 {
		if u, err := client.User.Get(ctx, v.UserID); err == nil {
			author = u.Name
		}
	}
	used := Used(tpl.Body)
	var (
		fill map[string]string
		d    *draft
		err  error
	)
	if a.CrossIncident() {
		fill, d, err = fillPeriod(ctx, client, tpl, f, now, author, used)
	} else {
		fill, d, err = fillIncident(ctx, client, tpl, a, *incidentID, now, author)
	}
	if err != nil {
		return nil, err
	}
	d.body = placeholderRE.ReplaceAllStringFunc(tpl.Body, func(m string) string {
		return fill[placeholderRE.FindStringSubmatch(m)[1]]
	})
	return d, nil
}

func fillIncident(ctx context.Context, client *ent.Client, tpl *ent.ReportTemplate, a enum.ReportAudience, id int, now time.Time, author string) (map[string]string, *draft, error) {
	data, err := loadIncident(ctx, client, id)
	if err != nil {
		return nil, nil, err
	}
	inc := data.inc
	q := &quoted{}
	fill := map[string]string{
		"title":          oneLine(inc.Title),
		"top_insight":    data.topInsight(),
		"impact":         data.impact(a, q),
		"summary":        orPrompt(inc.Summary, "No summary written yet."),
		"key_moments":    data.keyMoments(),
		"timeline":       data.timeline(),
		"factors":        data.factors(),
		"insights":       data.insightList(),
		"trail":          trailMarkdown(entries(data.insights)),
		"actions":        data.actionList(a),
		"perspectives":   data.perspectives(),
		"open_questions": data.openQuestions(),
		"status_updates": data.statusUpdates(),
	}
	if !tpl.InternalDetails || a == enum.AudienceCustomer {
		// Belt and braces: validation keeps these out of such templates.
		for _, p := range Placeholders {
			if p.Internal {
				fill[p.Name] = ""
			}
		}
	}
	d := &draft{title: incidentTitle(a, inc), scope: incidentScope(a, inc), definitions: q.definitions()}
	fill["definitions"] = renderDefinitions(d.definitions)
	fill["metadata"] = fmt.Sprintf("_Generated %s by %s from the template “%s”. Covers the incident [%s](/incidents/%d)._",
		stamp(now), author, tpl.Name, linkText(inc.Title), inc.ID)
	return fill, d, nil
}

// Regenerate writes the draft again from the current data, replacing its
// body, title-independent: the title and the published versions stay.
// CONFLICT if version is stale. read is as Request.Read (nil: client).
func Regenerate(ctx context.Context, client, read *ent.Client, id, version int, now time.Time) (*ent.Report, error) {
	if read == nil {
		read = client
	}
	r, err := get(ctx, client, id)
	if err != nil {
		return nil, err
	}
	if r.Version != version {
		return nil, occ.Conflict(id, version, r.Version)
	}
	var tpl *ent.ReportTemplate
	if r.TemplateID != nil {
		tpl, err = client.ReportTemplate.Get(ctx, *r.TemplateID)
		if err != nil && !ent.IsNotFound(err) {
			return nil, err
		}
	}
	if tpl == nil {
		if tpl, err = templateFor(ctx, client, r.Audience, nil); err != nil {
			return nil, err
		}
	}
	f, err := storedFilter(r)
	if err != nil {
		return nil, err
	}
	d, err := render(ctx, read, tpl, r.Audience, r.IncidentID, f, now)
	if err != nil {
		return nil, err
	}
	u := client.Report.UpdateOneID(id).SetBody(d.body).SetTemplateID(tpl.ID).
		SetGeneratedAt(now).SetScope(d.scope).SetDefinitions(d.definitions).
		SetChangedSincePublish(r.PublishedVersion > 0)
	if v, ok := viewer.FromContext(ctx); ok && v.UserID != 0 {
		u.SetGeneratedByID(v.UserID)
	}
	return u.Save(occ.Expect(ctx, id, version))
}

// get reads a report as the viewer: NOT_FOUND when they may not see it.
func get(ctx context.Context, client *ent.Client, id int) (*ent.Report, error) {
	r, err := client.Report.Query().Where(report.ID(id)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("report %d not found", id)
	}
	return r, err
}
