package report

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/internal/analysis"
)

// ChartFence is the info string of the fenced blocks that ask the web app
// for a chart; see docs/reports.md.
const ChartFence = "debrief-chart"

// Chart is the JSON body of a chart block.
type Chart struct {
	// Kind is "breakdown" (one bar per group) or "trend" (incidents per period).
	Kind      string             `json:"kind"`
	Dimension analysis.Dimension `json:"dimension,omitempty"`
	Interval  analysis.Interval  `json:"interval,omitempty"`
	// Figure is the figure charted: "count" for now.
	Figure string         `json:"figure"`
	Filter map[string]any `json:"filter"`
}

// filterJSON is f as the API's AnalysisFilter input (IDs as strings).
func filterJSON(f analysis.Filter) map[string]any {
	m := map[string]any{}
	if f.From != nil {
		m["from"] = f.From.UTC().Format(time.RFC3339)
	}
	if f.To != nil {
		m["to"] = f.To.UTC().Format(time.RFC3339)
	}
	ids := func(key string, list []int) {
		if len(list) == 0 {
			return
		}
		s := make([]string, len(list))
		for i, id := range list {
			s[i] = strconv.Itoa(id)
		}
		m[key] = s
	}
	ids("serviceIDs", f.ServiceIDs)
	ids("vendorIDs", f.VendorIDs)
	ids("teamIDs", f.TeamIDs)
	ids("factorCategoryIDs", f.FactorCategoryIDs)
	ids("tagIDs", f.TagIDs)
	if len(f.Severities) > 0 {
		m["severities"] = f.Severities
	}
	return m
}

func chartBlock(c Chart) string {
	raw, _ := json.Marshal(c)
	return "```" + ChartFence + "\n" + string(raw) + "\n```"
}

// insightsLink opens the insights page on the same figures, and with a
// key, on the incidents behind one group (the page's drill-down).
func insightsLink(f analysis.Filter, by analysis.Dimension, key *analysis.Key) string {
	v := url.Values{}
	v.Set("by", string(by))
	if f.From != nil {
		v.Set("from", day(*f.From))
	}
	if f.To != nil {
		// The page's "to" is the last day included.
		v.Set("to", day(f.To.Add(-time.Nanosecond)))
	}
	list := func(param string, ids []int) {
		if len(ids) == 0 {
			return
		}
		s := make([]string, len(ids))
		for i, id := range ids {
			s[i] = strconv.Itoa(id)
		}
		v.Set(param, strings.Join(s, ","))
	}
	list("services", f.ServiceIDs)
	list("vendors", f.VendorIDs)
	list("teams", f.TeamIDs)
	list("categories", f.FactorCategoryIDs)
	list("tags", f.TagIDs)
	if len(f.Severities) > 0 {
		s := make([]string, len(f.Severities))
		for i, x := range f.Severities {
			s[i] = string(x)
		}
		v.Set("severities", strings.Join(s, ","))
	}
	if key != nil {
		drill, _ := json.Marshal(map[string]any{
			"label": key.Label,
			"keys":  []map[string]any{{"dimension": key.Dimension, "value": key.Value}},
		})
		v.Set("drill", string(drill))
	}
	return "/insights?" + v.Encode()
}

func percent(x float64) string { return strconv.FormatFloat(x*100, 'f', 0, 64) + "%" }

func followThrough(f *analysis.Figures) string {
	ft := f.FollowThrough
	if ft.Total == 0 {
		return "no actions"
	}
	return fmt.Sprintf("%d/%d done on time, %d open (%d overdue)", ft.DoneOnTime, ft.Total, ft.Open, ft.Overdue)
}

// breakdown is the Markdown table of one grouping, after its chart block.
func breakdown(res *analysis.Result, f analysis.Filter, dim analysis.Dimension, q *quoted) string {
	for _, k := range []string{analysis.KeyCount, analysis.KeyShare, analysis.KeyTimeToMitigate, analysis.KeyFollowThrough} {
		q.add(k)
	}
	q.distributions = true // the table quotes medians and p90s
	var b strings.Builder
	b.WriteString(chartBlock(Chart{Kind: "breakdown", Dimension: dim, Figure: analysis.KeyCount, Filter: filterJSON(f)}))
	b.WriteString("\n\n")
	b.WriteString("| " + dimensionLabel(dim) + " | Incidents | Share | Median time to mitigate | p90 time to mitigate | Follow-through |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | --- |\n")
	for _, g := range res.Groups {
		k := g.Keys[0]
		ttm := g.Figures.TimeToMitigate
		fmt.Fprintf(&b, "| %s | [%d](%s) | %s | %s | %s | %s |\n", cell(k.Label), g.Figures.Count, insightsLink(f, dim, k),
			percent(g.Figures.Share), seconds(ttm.Median), seconds(ttm.P90), cell(followThrough(g.Figures)))
	}
	if len(res.Groups) == 0 {
		b.WriteString("| _no incidents_ | 0 | – | – | – | – |\n")
	}
	fmt.Fprintf(&b, "\n[Open these figures in Insights](%s). Each count links to its incidents; an incident in several rows counts in each of them.",
		insightsLink(f, dim, nil))
	return b.String()
}

func dimensionLabel(d analysis.Dimension) string {
	switch d {
	case analysis.Service:
		return "Service"
	case analysis.FactorCategory:
		return "Factor category"
	default:
		return strings.ToLower(string(d))
	}
}

func trend(res *analysis.Result, f analysis.Filter, q *quoted) string {
	q.add(analysis.KeyTrend)
	var b strings.Builder
	b.WriteString(chartBlock(Chart{Kind: "trend", Interval: analysis.ByMonth, Figure: analysis.KeyCount, Filter: filterJSON(f)}))
	b.WriteString("\n\n| Month | Incidents |\n| --- | ---: |\n")
	if len(res.Trend) > 0 {
		for _, p := range res.Trend[0].Points {
			fmt.Fprintf(&b, "| %s | %d |\n", p.Period, p.Count)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// annotations lists the annotations touching the figures, each saying what
// it is about by name and link: the services and incidents they name are
// read in one query each, not one per annotation.
func annotations(ctx context.Context, client *ent.Client, res *analysis.Result) (string, error) {
	if len(res.Annotations) == 0 {
		return "_No annotations touch these figures._", nil
	}
	var serviceIDs, incidentIDs []int
	for _, a := range res.Annotations {
		if a.ServiceID != nil {
			serviceIDs = append(serviceIDs, *a.ServiceID)
		}
		if a.IncidentID != nil {
			incidentIDs = append(incidentIDs, *a.IncidentID)
		}
	}
	services, err := client.Service.Query().Where(service.IDIn(serviceIDs...)).All(ctx)
	if err != nil {
		return "", err
	}
	incidents, err := client.Incident.Query().Where(incident.IDIn(incidentIDs...)).All(ctx)
	if err != nil {
		return "", err
	}
	serviceNames, incidentTitles := map[int]string{}, map[int]string{}
	for _, s := range services {
		serviceNames[s.ID] = s.Name
	}
	for _, i := range incidents {
		incidentTitles[i.ID] = i.Title
	}
	var b strings.Builder
	for _, a := range res.Annotations {
		about := ""
		switch a.Scope {
		case enum.AnnotationIncident:
			if a.IncidentID != nil {
				// An incident the author may not see is not named.
				name := "an incident hidden from the author"
				if t, ok := incidentTitles[*a.IncidentID]; ok {
					name = "incident “" + linkText(t) + "”"
				}
				about = fmt.Sprintf("[%s](/incidents/%d)", name, *a.IncidentID)
			}
		case enum.AnnotationService:
			if a.ServiceID != nil {
				name := "a service hidden from the author"
				if n, ok := serviceNames[*a.ServiceID]; ok {
					name = "service " + linkText(n)
				}
				about = fmt.Sprintf("[%s](/services/%d)", name, *a.ServiceID)
			}
		case enum.AnnotationPeriod:
			if a.PeriodStart != nil {
				about = "from " + day(*a.PeriodStart)
				if a.PeriodEnd != nil {
					about += " to " + day(*a.PeriodEnd)
				}
			}
		case enum.AnnotationFigure:
			about = "figure `" + a.Figure + "`"
		}
		fmt.Fprintf(&b, "- **%s** %s: %s\n", a.Scope, about, oneLine(a.Body))
	}
	return strings.TrimRight(b.String(), "\n"), nil
}

// periodScope says the period and filters in words.
func periodScope(f analysis.Filter) string {
	s := "from " + day(*f.From) + " to " + day(f.To.Add(-time.Nanosecond))
	var parts []string
	add := func(n int, one, many string) {
		if n > 0 {
			parts = append(parts, plural(n, one, many))
		}
	}
	add(len(f.ServiceIDs), "service", "services")
	add(len(f.VendorIDs), "vendor", "vendors")
	add(len(f.TeamIDs), "team", "teams")
	add(len(f.FactorCategoryIDs), "factor category", "factor categories")
	add(len(f.TagIDs), "tag", "tags")
	if len(f.Severities) > 0 {
		sev := make([]string, len(f.Severities))
		for i, x := range f.Severities {
			sev[i] = string(x)
		}
		parts = append(parts, "severity "+strings.Join(sev, "/"))
	}
	if len(parts) > 0 {
		s += ", limited to " + strings.Join(parts, ", ")
	}
	return s + " (UTC)"
}

func fillPeriod(ctx context.Context, client *ent.Client, tpl *ent.ReportTemplate, f analysis.Filter, now time.Time, author string, used []string) (map[string]string, *draft, error) {
	q := &quoted{}
	analyze := func(by ...analysis.Dimension) (*analysis.Result, error) {
		return analysis.Analyze(ctx, client, analysis.Request{Filter: f, GroupBy: by, Interval: analysis.ByMonth, RecurringMin: 2, Now: now})
	}
	total, err := analyze()
	if err != nil {
		return nil, nil, err
	}
	fill := map[string]string{"period": periodScope(f)}
	if slices.Contains(used, "period_by_service") {
		res, err := analyze(analysis.Service)
		if err != nil {
			return nil, nil, err
		}
		fill["period_by_service"] = breakdown(res, f, analysis.Service, q)
	}
	if slices.Contains(used, "period_by_factor") {
		res, err := analyze(analysis.FactorCategory)
		if err != nil {
			return nil, nil, err
		}
		fill["period_by_factor"] = breakdown(res, f, analysis.FactorCategory, q)
	}
	fill["period_trend"] = trend(total, f, q)
	if fill["period_annotations"], err = annotations(ctx, client, total); err != nil {
		return nil, nil, err
	}

	q2, err := analysis.IncidentsQuery(client, f, nil)
	if err != nil {
		return nil, nil, err
	}
	incs, err := q2.Order(ent.Asc(incident.FieldStartedAt), ent.Asc(incident.FieldID)).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	ids := make([]int, len(incs))
	var list strings.Builder
	for i, inc := range incs {
		ids[i] = inc.ID
		fmt.Fprintf(&list, "- [%s](/incidents/%d) — %s, %s, %s\n", linkText(inc.Title), inc.ID, inc.Severity, stamp(inc.StartedAt), words(inc.Status))
	}
	q.add(analysis.KeyCount)
	fill["period_incidents"] = plural(total.Total.Count, "incident", "incidents") + ", counted as described at the end.\n\n" + strings.TrimRight(list.String(), "\n")
	if len(incs) == 0 {
		fill["period_incidents"] = "_No incidents in the period._"
	}
	top, err := periodInsights(ctx, client, ids)
	if err != nil {
		return nil, nil, err
	}
	fill["period_top_insights"] = topInsights(top)

	d := &draft{
		title: "Leadership review: " + day(*f.From) + " to " + day(f.To.Add(-time.Nanosecond)),
		scope: "Incidents " + periodScope(f),
	}
	d.definitions = q.definitions()
	fill["period_definitions"] = renderDefinitions(d.definitions)
	fill["period_metadata"] = fmt.Sprintf("_Generated %s by %s from the template “%s”. Covers the incidents started %s that the author may see._",
		stamp(now), author, tpl.Name, periodScope(f))
	return fill, d, nil
}

func topInsights(ins []*ent.Insight) string {
	if len(ins) == 0 {
		return "_No insight has been agreed yet for the period's incidents._"
	}
	var b strings.Builder
	for i, in := range ins {
		inc := in.Edges.Incident
		actions := ""
		if n := len(in.Edges.ActionItems); n > 0 {
			actions = "; " + plural(n, "action item", "action items")
		}
		fmt.Fprintf(&b, "%d. **[%s](%s)** — from [%s](/incidents/%d)%s\n", i+1, linkText(in.Statement),
			link(inc.ID, "insight", in.ID), linkText(inc.Title), inc.ID, actions)
		for _, a := range in.Edges.ActionItems {
			b.WriteString("   - " + actionLine(inc.ID, a, true) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
