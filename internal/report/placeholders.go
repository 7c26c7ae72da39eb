// Package report writes reports for each audience: it validates report
// templates against the placeholder catalogue, generates drafts from an
// incident (or, for leadership, from the incidents of a period), publishes
// numbered versions and exports them as Markdown. It reads the data with
// the caller's context, so a draft says only what its author may see.
package report

import (
	"regexp"
	"slices"
	"strings"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
)

// Placeholder is one {{name}} a template may use, and what it may reveal.
type Placeholder struct {
	Name        string
	Description string
	// Internal placeholders name people, teams, services or systems.
	Internal bool
	// Technical placeholders carry engineering detail.
	Technical bool
	// CrossIncident placeholders belong in LEADERSHIP templates only; the
	// others only in incident templates.
	CrossIncident bool
}

// Placeholders is the catalogue, in the order the API lists it. The flags
// are what template validation enforces, so a customer-facing template
// cannot pull in anything that names people or systems.
var Placeholders = []Placeholder{
	{Name: "title", Description: "The incident's title (it often names a service).", Internal: true},
	{Name: "top_insight", Description: "The top insight and what it rests on: of the published insights, the one with the most action items, then the most evidence, then the oldest. Drafts are never used; with no published insight it says none has been agreed yet.", Internal: true},
	{Name: "impact", Description: "The customer impact in the audience's terms: business impact and time to mitigate (executive); what customers saw, when, and what to tell them (support); plain words without internal names (customer); every milestone duration (engineering, team)."},
	{Name: "summary", Description: "The incident's summary as written on the board.", Internal: true},
	{Name: "key_moments", Description: "The milestone times only: started, detected, mitigated, resolved (UTC). Safe for customers."},
	{Name: "timeline", Description: "The timeline events in order, with their time, kind and text.", Internal: true, Technical: true},
	{Name: "factors", Description: "The contributing factors, by category.", Internal: true, Technical: true},
	{Name: "insights", Description: "The published insights with their detail; drafts are only counted, with a link to the incident's board.", Internal: true},
	{Name: "trail", Description: "Incident → evidence → published insight → action (owner, due date, status), with links into the incident's board.", Internal: true},
	{Name: "actions", Description: "The action items with owner, team, due date and status (grouped by team in TEAM reports).", Internal: true},
	{Name: "perspectives", Description: "What each participant saw, what helped and what hurt.", Internal: true},
	{Name: "open_questions", Description: "The questions still open, with who is asked.", Internal: true},
	{Name: "status_updates", Description: "What was said to whom during the incident: the status updates, oldest first.", Internal: true},
	{Name: "definitions", Description: "What the figures the report quotes (customers affected, the durations) count, in plain words."},
	{Name: "metadata", Description: "When and by whom the draft was generated, and what it covers.", Internal: true},

	{Name: "period", Description: "The period and filters covered, in words.", CrossIncident: true},
	{Name: "period_top_insights", Description: "The period's top insights: published insights of its incidents, most action items first.", Internal: true, CrossIncident: true},
	{Name: "period_by_service", Description: "Incidents by service: count, share, median and p90 time to mitigate, follow-through, with drill-down links (and a chart block).", Internal: true, CrossIncident: true},
	{Name: "period_by_factor", Description: "Incidents by contributing-factor category: count, share, median and p90 time to mitigate, follow-through, with drill-down links (and a chart block).", Technical: true, CrossIncident: true},
	{Name: "period_trend", Description: "Incidents started per month of the period (and a chart block).", CrossIncident: true},
	{Name: "period_annotations", Description: "The context annotations that touch the period's figures.", Internal: true, CrossIncident: true},
	{Name: "period_incidents", Description: "Every incident covered, as links.", Internal: true, CrossIncident: true},
	{Name: "period_definitions", Description: "What every figure quoted counts, in plain words (what a median and a p90 are).", CrossIncident: true},
	{Name: "period_metadata", Description: "When and by whom the draft was generated, and the period and filters it covers.", Internal: true, CrossIncident: true},
}

// placeholderRE matches {{name}}, allowing spaces inside the braces.
var placeholderRE = regexp.MustCompile(`\{\{\s*([A-Za-z0-9_]+)\s*\}\}`)

func lookup(name string) (Placeholder, bool) {
	i := slices.IndexFunc(Placeholders, func(p Placeholder) bool { return p.Name == name })
	if i < 0 {
		return Placeholder{}, false
	}
	return Placeholders[i], true
}

// Used lists the placeholders body uses, in order, each once.
func Used(body string) []string {
	var names []string
	for _, m := range placeholderRE.FindAllStringSubmatch(body, -1) {
		if !slices.Contains(names, m[1]) {
			names = append(names, m[1])
		}
	}
	return names
}

// Template is what validation needs to know of a template.
type Template struct {
	Audience        enum.ReportAudience
	Body            string
	InternalDetails bool
	TechnicalDetail bool
}

// Validate checks the template's placeholders against its audience and
// flags. It refuses, naming the placeholder: an unknown one (listing the
// known ones), one that names people or systems where internal details are
// off, engineering detail where technical detail is off, and a
// cross-incident one in an incident template or the reverse.
func Validate(t Template) error {
	for _, name := range Used(t.Body) {
		p, ok := lookup(name)
		switch {
		case !ok:
			known := make([]string, 0, len(Placeholders))
			for _, p := range Placeholders {
				if p.CrossIncident == t.Audience.CrossIncident() {
					known = append(known, "{{"+p.Name+"}}")
				}
			}
			return apperr.Invalid("body", "unknown placeholder {{%s}}; a %s template may use %s", name, t.Audience, strings.Join(known, ", "))
		case p.Internal && !t.InternalDetails:
			return apperr.Invalid("body", "{{%s}} names people, teams, services or systems, and this template has internal details turned off", name)
		case p.Technical && !t.TechnicalDetail:
			return apperr.Invalid("body", "{{%s}} carries engineering detail, and this template has technical detail turned off", name)
		case p.CrossIncident && !t.Audience.CrossIncident():
			return apperr.Invalid("body", "{{%s}} covers the incidents of a period: only LEADERSHIP templates may use it", name)
		case !p.CrossIncident && t.Audience.CrossIncident():
			return apperr.Invalid("body", "{{%s}} is about one incident: LEADERSHIP templates cover a period (use the period_… placeholders)", name)
		}
	}
	return nil
}
