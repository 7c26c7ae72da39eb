package analysis

import (
	"cmp"
	"context"
	stdsql "database/sql"
	"slices"
	"strconv"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/annotation"
	"github.com/debrief/debrief/ent/contributingfactor"
	"github.com/debrief/debrief/ent/factorcategory"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/predicate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/ent/vendor"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/followup"
	"github.com/debrief/debrief/internal/store"
)

// Request is one analysis.
type Request struct {
	Filter  Filter
	GroupBy []Dimension
	// Interval of the trend (MONTH unless given).
	Interval Interval
	// RecurringMin is N in "a factor category seen in at least N incidents".
	RecurringMin int
	// Now decides which open actions are overdue.
	Now time.Time
	// Only, when set, limits the figures computed beyond the counts and
	// shares (always computed) to the parts it names; nil computes them
	// all. The parts left out stay empty in the result.
	Only *Parts
}

// Parts are the figures of an analysis that cost a pass of their own over
// the incidents. A client showing only counts (the heat map) need not
// pay for distributions, follow-through or recurring factors: on 50,000
// incidents they are most of the statement's time.
type Parts struct {
	Distributions bool
	FollowThrough bool
	Trend         bool
	Recurring     bool
	Annotations   bool
}

// parts is what req asks to compute. The annotations need the trend: it
// gives the period they are matched against when the filter has none.
func (req Request) parts() Parts {
	if req.Only == nil {
		return Parts{Distributions: true, FollowThrough: true, Trend: true, Recurring: true, Annotations: true}
	}
	p := *req.Only
	p.Trend = p.Trend || p.Annotations
	return p
}

// maxOutliers and maxRecurringIncidents bound the incidents named beside a
// figure; the rest are a drill-down away.
const (
	maxOutliers           = 5
	maxRecurringIncidents = 20
)

// groupKey identifies a row of g: t = 1 is the total.
type groupKey struct {
	t      int
	k1, k2 string
	n1, n2 bool // the key is NULL (no value for the dimension)
}

func keyOf(t int, k1, k2 *string) groupKey {
	g := groupKey{t: t, n1: k1 == nil, n2: k2 == nil}
	if k1 != nil {
		g.k1 = *k1
	}
	if k2 != nil {
		g.k2 = *k2
	}
	return g
}

// Analyze runs one analysis as the viewer in ctx, in a fixed number of
// statements (at most ten) whatever the number of incidents or groups.
func Analyze(ctx context.Context, client *ent.Client, req Request) (*Result, error) {
	if err := validate(req); err != nil {
		return nil, err
	}
	if req.Interval == "" {
		req.Interval = ByMonth
	}
	tx, err := begin(ctx, client)
	if err != nil {
		return nil, err
	}
	// Read only: nothing to commit, and rolling back ends it either way.
	defer func() { _ = tx.Rollback() }()
	client = tx.Client()
	p := &plan{dims: req.GroupBy, filter: req.Filter}
	run := func(body func(*sql.Builder), rows any, also ...predicate.Incident) error {
		return client.Incident.Query().Where(append(req.Filter.predicates(), also...)...).
			Order(p.statement(body)).Modify().Scan(ctx, rows)
	}

	var rows []row
	want := req.parts()
	if err := run(p.analysisSQL(req.Now.UTC(), req.Interval, req.RecurringMin, want), &rows); err != nil {
		return nil, err
	}
	parts := map[int][]row{}
	for _, r := range rows {
		parts[r.Part] = append(parts[r.Part], r)
	}
	counts := parts[1]
	figures := map[groupKey]*Figures{}
	total := 0
	for _, c := range counts {
		if val(c.T) == 1 {
			total = val(c.Count)
		}
	}
	var order []groupKey
	for _, c := range counts {
		k := keyOf(val(c.T), c.K1, c.K2)
		count := val(c.Count)
		f := &Figures{Count: count, Impact: Impact{Definition: definitionOf(KeyCustomersAffected), CustomersAffected: val(c.Customers), Known: val(c.Known), Unknown: count - val(c.Known)}}
		if total > 0 {
			f.Share = float64(count) / float64(total)
		}
		for i, n := range []*int{c.N0, c.N1, c.N2, c.N3} {
			f.setDistribution(i, &Distribution{Key: durations[i].key, Definition: definitionOf(durations[i].key), Open: count - val(n), Outliers: []*IncidentRef{}})
		}
		figures[k] = f
		if val(c.T) == 0 {
			order = append(order, k)
		}
	}
	totalKey := groupKey{t: 1, n1: true, n2: true}
	if figures[totalKey] == nil {
		// No incidents at all: the total row is still there, with zeros.
		f := &Figures{Impact: Impact{Definition: definitionOf(KeyCustomersAffected)}}
		for i := range durations {
			f.setDistribution(i, &Distribution{Key: durations[i].key, Definition: definitionOf(durations[i].key), Outliers: []*IncidentRef{}})
		}
		figures[totalKey] = f
	}

	distributions(parts[2], figures)
	followThrough(parts[3], figures)
	trend, recurring := []*TrendSeries{}, recurringFactors(nil)
	if want.Trend {
		trend = trendSeries(parts[4], req)
	}
	if want.Recurring {
		recurring = recurringFactors(parts[5])
	}

	res := &Result{GroupBy: req.GroupBy, Total: figures[totalKey], Trend: trend, RecurringFactors: recurring, Definitions: Definitions(), Annotations: []*ent.Annotation{}}
	for _, k := range order {
		g := &Group{Figures: figures[k], Annotations: []*ent.Annotation{}}
		vals := []*string{}
		if !k.n1 {
			vals = append(vals, &k.k1)
		} else {
			vals = append(vals, nil)
		}
		if !k.n2 {
			vals = append(vals, &k.k2)
		} else {
			vals = append(vals, nil)
		}
		for i, d := range req.GroupBy {
			g.Keys = append(g.Keys, newKey(d, vals[i]))
		}
		res.Groups = append(res.Groups, g)
	}
	if res.Groups == nil {
		res.Groups = []*Group{}
	}
	slices.SortStableFunc(res.Groups, func(a, b *Group) int {
		if a.Figures.Count != b.Figures.Count {
			return cmp.Compare(b.Figures.Count, a.Figures.Count)
		}
		for i := range a.Keys {
			if c := compareKeys(a.Keys[i], b.Keys[i]); c != 0 {
				return c
			}
		}
		return 0
	})
	if err := label(ctx, client, res); err != nil {
		return nil, err
	}
	if want.Annotations {
		if err := annotate(ctx, client, run, p, req, res); err != nil {
			return nil, err
		}
	}
	// The annotations were read in the transaction, which ends on return;
	// their edges (author, incident, service) are resolved afterwards, so
	// they must query through the client's own driver.
	for _, a := range res.Annotations {
		a.Unwrap()
	}
	return res, nil
}

func validate(req Request) error {
	if len(req.GroupBy) > 2 {
		return apperr.Invalid("groupBy", "group by at most two dimensions (got %d)", len(req.GroupBy))
	}
	if len(req.GroupBy) == 2 && req.GroupBy[0] == req.GroupBy[1] {
		return apperr.Invalid("groupBy", "the two dimensions must differ (both are %s)", req.GroupBy[0])
	}
	if req.RecurringMin < 1 {
		return apperr.Invalid("recurringMinIncidents", "must be at least 1 (got %d)", req.RecurringMin)
	}
	return req.Filter.validate()
}

func (f Filter) validate() error {
	if f.From != nil && f.To != nil && !f.From.Before(*f.To) {
		return apperr.Invalid("to", "the range must end after it starts (from %s, to %s)", f.From.Format(time.RFC3339), f.To.Format(time.RFC3339))
	}
	for _, m := range f.Months {
		if !isPeriod(m, Month) {
			return apperr.Invalid("months", "%q is not a month (2026-03)", m)
		}
	}
	for _, q := range f.Quarters {
		if !isPeriod(q, Quarter) {
			return apperr.Invalid("quarters", "%q is not a quarter (2026-Q1)", q)
		}
	}
	return nil
}

// isPeriod reports whether s names a period of dimension d (MONTH: 2026-03,
// QUARTER: 2026-Q1).
func isPeriod(s string, d Dimension) bool {
	_, _, ok := parsePeriod(s)
	return ok && (d == Month) == (len(s) == 7 && s[5] != 'Q')
}

// inPeriods is "started in one of periods" (already validated).
func inPeriods(periods []string) predicate.Incident {
	var ps []predicate.Incident
	for _, p := range slices.Compact(slices.Sorted(slices.Values(periods))) {
		start, end, _ := parsePeriod(p)
		ps = append(ps, incident.And(incident.StartedAtGTE(start), incident.StartedAtLT(end)))
	}
	return incident.Or(ps...)
}

// predicates are the filter as conditions on incidents. Edge conditions
// are plain subqueries on the link tables, so they read the same way as
// the grouping SQL does.
func (f Filter) predicates() []predicate.Incident {
	var ps []predicate.Incident
	if f.From != nil {
		ps = append(ps, incident.StartedAtGTE(f.From.UTC()))
	}
	if f.To != nil {
		ps = append(ps, incident.StartedAtLT(f.To.UTC()))
	}
	if len(f.ServiceIDs) > 0 {
		ps = append(ps, incident.HasServicesWith(service.IDIn(f.ServiceIDs...)))
	}
	if len(f.VendorIDs) > 0 {
		ps = append(ps, incident.HasVendorsWith(vendor.IDIn(f.VendorIDs...)))
	}
	if len(f.TeamIDs) > 0 {
		ps = append(ps, incident.HasServicesWith(service.OwnerTeamIDIn(f.TeamIDs...)))
	}
	if len(f.FactorCategoryIDs) > 0 {
		ps = append(ps, incident.HasContributingFactorsWith(contributingfactor.CategoryIDIn(f.FactorCategoryIDs...)))
	}
	if len(f.Severities) > 0 {
		ps = append(ps, incident.SeverityIn(f.Severities...))
	}
	if len(f.TagIDs) > 0 {
		ps = append(ps, incident.HasTagsWith(tag.IDIn(f.TagIDs...)))
	}
	if len(f.Months) > 0 {
		ps = append(ps, inPeriods(f.Months))
	}
	if len(f.Quarters) > 0 {
		ps = append(ps, inPeriods(f.Quarters))
	}
	return ps
}

func (f *Figures) setDistribution(i int, d *Distribution) {
	switch i {
	case 0:
		f.TimeToDetect = d
	case 1:
		f.TimeToAcknowledge = d
	case 2:
		f.TimeToMitigate = d
	case 3:
		f.TimeToResolve = d
	}
}

func (f *Figures) distribution(i int) *Distribution {
	return [...]*Distribution{f.TimeToDetect, f.TimeToAcknowledge, f.TimeToMitigate, f.TimeToResolve}[i]
}

// definitionOf is the definition of the figure key. Every group's figures
// carry theirs, so the texts are written once, not per group (a heat map
// has a thousand groups: building them anew took a fifth of its time).
func definitionOf(key string) string { return definitionTexts()[key] }

var definitionTexts = sync.OnceValue(func() map[string]string {
	texts := map[string]string{}
	for _, d := range Definitions() {
		texts[d.Key] = d.Definition
	}
	return texts
})

// runner runs an analysis statement over the filter's incidents (and
// those matching also).
type runner func(body func(*sql.Builder), rows any, also ...predicate.Incident) error

// row is one row of analysisSQL: Part says which figure it is for (see
// analysisSQL); the columns other parts use are NULL.
type row struct {
	Part      int     `json:"part"`
	T         *int    `json:"t"`
	K1        *string `json:"k1"`
	K2        *string `json:"k2"`
	Metric    *int    `json:"metric"`
	N         *int    `json:"n"`
	Min       *int    `json:"vmin"`
	Median    *int    `json:"median"`
	P90       *int    `json:"p90"`
	Incident  *int    `json:"incident_id"`
	V         *int    `json:"v"`
	Last      *int    `json:"last"`
	Outlier   *int    `json:"outlier"`
	Title     *string `json:"title"`
	Started   *int64  `json:"started"`
	Count     *int    `json:"cnt"`
	Customers *int    `json:"customers"`
	Known     *int    `json:"known"`
	N0        *int    `json:"n0"`
	N1        *int    `json:"n1"`
	N2        *int    `json:"n2"`
	N3        *int    `json:"n3"`
	Total     *int    `json:"total"`
	Done      *int    `json:"done"`
	Late      *int    `json:"late"`
	Dropped   *int    `json:"dropped"`
	Overdue   *int    `json:"overdue"`
	Period    *string `json:"period"`
	Category  *int    `json:"category_id"`
}

// val is what p points to, or zero.
func val[T any](p *T) T {
	var zero T
	if p != nil {
		return *p
	}
	return zero
}

func distributions(rows []row, figures map[groupKey]*Figures) {
	for _, r := range rows {
		f := figures[keyOf(val(r.T), r.K1, r.K2)]
		m := val(r.Metric)
		if f == nil || m < 0 || m >= len(durations) {
			continue
		}
		d := f.distribution(m)
		if val(r.Last) == 1 {
			d.N, d.Min, d.Max, d.Median, d.P90 = val(r.N), r.Min, r.V, r.Median, r.P90
		}
		if val(r.Outlier) == 1 {
			d.Outliers = append(d.Outliers, ref(r.Incident, r.Title, r.Started, r.V))
		}
	}
	for _, f := range figures {
		for i := range durations {
			d := f.distribution(i)
			slices.SortFunc(d.Outliers, func(a, b *IncidentRef) int {
				if c := cmp.Compare(*b.Value, *a.Value); c != 0 {
					return c
				}
				return cmp.Compare(a.ID, b.ID)
			})
			if len(d.Outliers) > maxOutliers {
				d.Outliers = d.Outliers[:maxOutliers]
			}
		}
	}
}

func ref(id *int, title *string, started *int64, v *int) *IncidentRef {
	r := &IncidentRef{Value: v}
	if id != nil {
		r.ID = *id
	}
	if title != nil {
		r.Title = *title
	}
	if started != nil {
		r.StartedAt = time.Unix(*started, 0).UTC()
	}
	return r
}

func followThrough(rows []row, figures map[groupKey]*Figures) {
	for _, r := range rows {
		if f := figures[keyOf(val(r.T), r.K1, r.K2)]; f != nil {
			total, done, late, dropped := val(r.Total), val(r.Done), val(r.Late), val(r.Dropped)
			// The parts add up to the total, as in internal/followup.
			f.FollowThrough = followup.Figures{Total: total, DoneOnTime: done - late, DoneLate: late,
				Open: total - done - dropped, Overdue: val(r.Overdue), Dropped: dropped}
		}
	}
}

func trendSeries(rows []row, req Request) []*TrendSeries {
	periods := periodsOf(req, rows)
	type series struct {
		key    *string
		counts map[string]int
		total  int
	}
	byKey := map[string]*series{}
	var list []*series
	for _, r := range rows {
		id := "\x00"
		if r.K1 != nil {
			id = *r.K1
		}
		s := byKey[id]
		if s == nil {
			s = &series{key: r.K1, counts: map[string]int{}}
			byKey[id] = s
			list = append(list, s)
		}
		s.counts[val(r.Period)] += val(r.Count)
		s.total += val(r.Count)
	}
	if len(list) == 0 && len(req.GroupBy) == 0 {
		list = append(list, &series{counts: map[string]int{}})
	}
	slices.SortFunc(list, func(a, b *series) int {
		if a.total != b.total {
			return cmp.Compare(b.total, a.total)
		}
		return compareValues(a.key, b.key)
	})
	out := []*TrendSeries{}
	for _, s := range list {
		ts := &TrendSeries{Points: []*TrendPoint{}}
		if len(req.GroupBy) > 0 {
			ts.Key = newKey(req.GroupBy[0], s.key)
		}
		for _, per := range periods {
			start, end, _ := parsePeriod(per)
			ts.Points = append(ts.Points, &TrendPoint{Period: per, PeriodStart: start, PeriodEnd: end, Count: s.counts[per]})
		}
		out = append(out, ts)
	}
	return out
}

// periodsOf lists the periods of the range in order: [from, to) when
// given, otherwise from the first to the last period with incidents.
func periodsOf(req Request, rows []row) []string {
	var first, last time.Time
	for _, r := range rows {
		s, _, ok := parsePeriod(val(r.Period))
		if !ok {
			continue
		}
		if first.IsZero() || s.Before(first) {
			first = s
		}
		if s.After(last) {
			last = s
		}
	}
	if req.Filter.From != nil {
		first = periodStart(req.Filter.From.UTC(), req.Interval)
	}
	if req.Filter.To != nil {
		last = periodStart(req.Filter.To.UTC().Add(-time.Nanosecond), req.Interval)
	}
	// A bound on the points keeps an absurd range from making a huge answer.
	var out []string
	for t := first; !t.IsZero() && !t.After(last) && len(out) < 1200; t = nextPeriod(t, req.Interval) {
		out = append(out, periodName(t, req.Interval))
	}
	return out
}

func periodStart(t time.Time, iv Interval) time.Time {
	m := t.Month()
	if iv == ByQuarter {
		m = (m-1)/3*3 + 1
	}
	return time.Date(t.Year(), m, 1, 0, 0, 0, 0, time.UTC)
}

func nextPeriod(t time.Time, iv Interval) time.Time {
	if iv == ByQuarter {
		return t.AddDate(0, 3, 0)
	}
	return t.AddDate(0, 1, 0)
}

func periodName(t time.Time, iv Interval) string {
	if iv == ByQuarter {
		return sprintf("%d-Q%d", t.Year(), (int(t.Month())+2)/3)
	}
	return t.Format("2006-01")
}

// parsePeriod reads 2026-03 or 2026-Q1.
func parsePeriod(s string) (start, end time.Time, ok bool) {
	if len(s) == 7 && s[5] == 'Q' {
		y, err := strconv.Atoi(s[:4])
		q, err2 := strconv.Atoi(s[6:])
		if err != nil || err2 != nil || q < 1 || q > 4 {
			return start, end, false
		}
		start = time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 3, 0), true
	}
	t, err := time.Parse("2006-01", s)
	if err != nil {
		return start, end, false
	}
	return t, t.AddDate(0, 1, 0), true
}

func recurringFactors(rows []row) []*RecurringFactor {
	byID := map[int]*RecurringFactor{}
	out := []*RecurringFactor{}
	for _, r := range rows {
		cat := val(r.Category)
		f := byID[cat]
		if f == nil {
			v := strconv.Itoa(cat)
			f = &RecurringFactor{Key: newKey(FactorCategory, &v), IncidentCount: val(r.Count), Incidents: []*IncidentRef{}}
			byID[cat] = f
			out = append(out, f)
		}
		f.Incidents = append(f.Incidents, ref(r.Incident, r.Title, r.Started, nil))
	}
	for _, f := range out {
		slices.SortFunc(f.Incidents, func(a, b *IncidentRef) int {
			if c := b.StartedAt.Compare(a.StartedAt); c != 0 {
				return c
			}
			return cmp.Compare(b.ID, a.ID)
		})
	}
	slices.SortFunc(out, func(a, b *RecurringFactor) int {
		if a.IncidentCount != b.IncidentCount {
			return cmp.Compare(b.IncidentCount, a.IncidentCount)
		}
		return compareKeys(a.Key, b.Key)
	})
	return out
}

// newKey is a group key with its label filled in where it needs no
// lookup (label loads the names of services and the like).
func newKey(d Dimension, v *string) *Key {
	k := &Key{Dimension: d, Value: v}
	if v == nil {
		k.Label = noneLabel[d]
		return k
	}
	k.Label = *v
	if d == Month || d == Quarter {
		if s, e, ok := parsePeriod(*v); ok {
			k.PeriodStart, k.PeriodEnd = &s, &e
		}
	}
	return k
}

var noneLabel = map[Dimension]string{
	Service: "No service", Vendor: "No vendor", Team: "No team", FactorCategory: "No factor category",
	Tag: "No tag", Severity: "No severity", Month: "No month", Quarter: "No quarter",
}

// compareKeys orders values numerically where they are IDs, the rest as
// text, and the "no value" group last.
func compareKeys(a, b *Key) int { return compareValues(a.Value, b.Value) }

func compareValues(a, b *string) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	x, err1 := strconv.Atoi(*a)
	y, err2 := strconv.Atoi(*b)
	if err1 == nil && err2 == nil {
		return cmp.Compare(x, y)
	}
	return cmp.Compare(*a, *b)
}

// label names the keys that are IDs: one query per kind of record named.
func label(ctx context.Context, client *ent.Client, res *Result) error {
	ids := map[Dimension][]int{}
	var keys []*Key
	collect := func(k *Key) {
		if k == nil || k.Value == nil {
			return
		}
		switch k.Dimension {
		case Service, Vendor, Team, FactorCategory, Tag:
			if id, err := strconv.Atoi(*k.Value); err == nil {
				ids[k.Dimension] = append(ids[k.Dimension], id)
				keys = append(keys, k)
			}
		}
	}
	for _, g := range res.Groups {
		for _, k := range g.Keys {
			collect(k)
		}
	}
	for _, s := range res.Trend {
		collect(s.Key)
	}
	for _, f := range res.RecurringFactors {
		collect(f.Key)
	}
	names := map[Dimension]map[string]string{}
	for d, list := range ids {
		list = slices.Compact(slices.Sorted(slices.Values(list)))
		var rows []struct {
			ID   int    `json:"id"`
			Name string `json:"name"`
		}
		var err error
		switch d {
		case Service:
			err = client.Service.Query().Where(service.IDIn(list...)).Select(service.FieldID, service.FieldName).Scan(ctx, &rows)
		case Vendor:
			err = client.Vendor.Query().Where(vendor.IDIn(list...)).Select(vendor.FieldID, vendor.FieldName).Scan(ctx, &rows)
		case Team:
			err = client.Team.Query().Where(team.IDIn(list...)).Select(team.FieldID, team.FieldName).Scan(ctx, &rows)
		case FactorCategory:
			err = client.FactorCategory.Query().Where(factorcategory.IDIn(list...)).Select(factorcategory.FieldID, factorcategory.FieldName).Scan(ctx, &rows)
		case Tag:
			err = client.Tag.Query().Where(tag.IDIn(list...)).Select(tag.FieldID, tag.FieldName).Scan(ctx, &rows)
		}
		if err != nil {
			return err
		}
		names[d] = map[string]string{}
		for _, r := range rows {
			names[d][strconv.Itoa(r.ID)] = r.Name
		}
	}
	for _, k := range keys {
		if n, ok := names[k.Dimension][*k.Value]; ok {
			k.Label = n
		}
	}
	return nil
}

// annotate attaches the annotations that touch the result and its groups:
// one query for the annotations (through ent, so that their own access
// rules hold: one on an incident is seen only with its incident) and, when
// some are on incidents, one for the groups of those incidents.
func annotate(ctx context.Context, client *ent.Client, run runner, p *plan, req Request, res *Result) error {
	// The range the result covers: the filter's, else the trend's periods.
	var from, to *time.Time
	if len(res.Trend) > 0 && len(res.Trend[0].Points) > 0 {
		pts := res.Trend[0].Points
		from, to = &pts[0].PeriodStart, &pts[len(pts)-1].PeriodEnd
	}
	if req.Filter.From != nil {
		from = req.Filter.From
	}
	if req.Filter.To != nil {
		to = req.Filter.To
	}
	inScope := req.Filter.predicates()
	touching := []predicate.Annotation{
		annotation.And(annotation.ScopeEQ(enum.AnnotationIncident), annotation.HasIncidentWith(inScope...)),
		annotation.And(annotation.ScopeEQ(enum.AnnotationService), annotation.HasServiceWith(service.HasIncidentsWith(inScope...))),
		annotation.And(annotation.ScopeEQ(enum.AnnotationFigure), annotation.FigureIn(figureKeys()...)),
	}
	if from != nil && to != nil {
		touching = append(touching, annotation.And(annotation.ScopeEQ(enum.AnnotationPeriod),
			annotation.PeriodStartLT(to.UTC()),
			annotation.Or(annotation.PeriodEndIsNil(), annotation.PeriodEndGT(from.UTC()))))
	}
	all, err := client.Annotation.Query().Where(annotation.Or(touching...)).
		Order(ent.Asc(annotation.FieldCreatedAt), ent.Asc(annotation.FieldID)).All(ctx)
	if err != nil {
		return err
	}
	res.Annotations = all
	var onIncidents []int
	for _, a := range all {
		if a.Scope == enum.AnnotationIncident && a.IncidentID != nil {
			onIncidents = append(onIncidents, *a.IncidentID)
		}
	}
	groupOf := map[groupKey]*Group{}
	for _, g := range res.Groups {
		groupOf[g.key()] = g
	}
	inGroups := map[int][]*Group{}
	if len(onIncidents) > 0 && len(res.Groups) > 0 {
		var rows []struct {
			Incident int     `json:"incident_id"`
			K1       *string `json:"k1"`
			K2       *string `json:"k2"`
		}
		// Only the annotated incidents in scope: an incident's groups do not
		// depend on the others, and grouping every incident again would
		// cost as much as the analysis.
		ids := slices.Compact(slices.Sorted(slices.Values(onIncidents)))
		if err := run(p.membershipSQL(ids), &rows, incident.IDIn(ids...)); err != nil {
			return err
		}
		for _, r := range rows {
			if g := groupOf[keyOf(0, r.K1, r.K2)]; g != nil {
				inGroups[r.Incident] = append(inGroups[r.Incident], g)
			}
		}
	}
	for _, a := range all {
		switch a.Scope {
		case enum.AnnotationIncident:
			if a.IncidentID != nil {
				for _, g := range inGroups[*a.IncidentID] {
					g.Annotations = append(g.Annotations, a)
				}
			}
		case enum.AnnotationService:
			for _, g := range res.Groups {
				if a.ServiceID != nil && g.has(Service, strconv.Itoa(*a.ServiceID)) {
					g.Annotations = append(g.Annotations, a)
				}
			}
		case enum.AnnotationPeriod:
			for _, g := range res.Groups {
				if g.overlaps(a.PeriodStart, a.PeriodEnd) {
					g.Annotations = append(g.Annotations, a)
				}
			}
		}
	}
	return nil
}

func figureKeys() []string {
	var keys []string
	for _, d := range Definitions() {
		keys = append(keys, d.Key)
	}
	return keys
}

// key is the group's row key in the statements' results.
func (g *Group) key() groupKey {
	var v [2]*string
	for i, k := range g.Keys {
		v[i] = k.Value
	}
	return keyOf(0, v[0], v[1])
}

// has reports whether one of the group's keys is dimension d = value.
func (g *Group) has(d Dimension, value string) bool {
	for _, k := range g.Keys {
		if k.Dimension == d && k.Value != nil && *k.Value == value {
			return true
		}
	}
	return false
}

// overlaps reports whether one of the group's periods (MONTH, QUARTER)
// overlaps [start, end) (no end: open-ended).
func (g *Group) overlaps(start, end *time.Time) bool {
	for _, k := range g.Keys {
		if k.PeriodStart == nil || start == nil {
			continue
		}
		if start.Before(*k.PeriodEnd) && (end == nil || end.After(*k.PeriodStart)) {
			return true
		}
	}
	return false
}

// begin opens the read-only transaction an analysis runs in, so that all
// its statements read the same data (a snapshot on PostgreSQL, a deferred
// read transaction on SQLite, which takes no write lock). On PostgreSQL it
// turns JIT compilation off for the transaction: the planner's estimates
// for the common table expressions are far above the real row counts, and
// compiling the plan cost more than a second per statement on the
// benchmark machine, for queries that then run in milliseconds.
func begin(ctx context.Context, client *ent.Client) (*ent.Tx, error) {
	d, err := store.DialectOf(ctx, client)
	if err != nil {
		return nil, err
	}
	opts := &stdsql.TxOptions{ReadOnly: true}
	if d == dialect.Postgres {
		opts.Isolation = stdsql.LevelRepeatableRead
	}
	tx, err := client.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	if d == dialect.Postgres {
		if _, err := tx.ExecContext(ctx, "SET LOCAL jit = off"); err != nil {
			_ = tx.Rollback()
			return nil, err
		}
	}
	return tx, nil
}
