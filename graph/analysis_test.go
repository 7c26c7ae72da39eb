package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

// anFixture is a small organisation whose figures are worked out by hand
// in the comments of TestAnalysis. Times are whole seconds in UTC.
//
//	incident  started      sev   services  factors (category)      customers  detect ack  mitigate resolve (minutes after start)
//	I1        2026-01-05   SEV1  API, DB   Capacity, Config        100        10     20   60       120   vendor AWS, tag db
//	I2        2026-01-20   SEV2  API       Capacity                -          5      10   30       90
//	I3        2026-02-10   SEV2  DB        Capacity, Capacity      50         20     30   600      700   tag db
//	I4        2026-02-15   SEV3  Web       Process                 10         1      2    (open)   (open)
//	I5        2026-03-03   SEV1  -         -                       -          15     (open)
//	I6        2025-12-20   SEV1  API       Capacity                -          (outside the range)
//	I7        2026-03-10   SEV1  API       Capacity                -          restricted: only analysts see it
//
// Teams: Core owns API and DB, Edge owns Web. Actions: A1 (I1, I3) done on
// time; A2 (I2) done late; A3 (I4) open and overdue; A4 (I1) dropped; A5
// (I7) done, hidden with I7. Annotations: N1 on I3, N2 on Web, N3 on the
// period 1–8 Feb 2026, N4 on the figure timeToMitigate, N5 on I7 (hidden
// from members), N6 on June 2025 (outside the range).
type anFixture struct {
	inc                   map[string]*ent.Incident
	svc, cat, team        map[string]int
	vendor, tag           int
	n1, n2, n3, n4, n5, _ int
}

var anT0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func anDay(month time.Month, day int) time.Time {
	return time.Date(2026, month, day, 0, 0, 0, 0, time.UTC)
}

func newAnFixture(t *testing.T, e *harness.Env) *anFixture {
	t.Helper()
	c, ctx := e.Client, e.Ctx
	f := &anFixture{inc: map[string]*ent.Incident{}, svc: map[string]int{}, cat: map[string]int{}, team: map[string]int{}}
	for _, n := range []string{"Core", "Edge"} {
		f.team[n] = c.Team.Create().SetName(n).SaveX(ctx).ID
	}
	for _, s := range []struct{ name, team string }{{"API", "Core"}, {"DB", "Core"}, {"Web", "Edge"}} {
		f.svc[s.name] = c.Service.Create().SetName(s.name).SetOwnerTeamID(f.team[s.team]).SaveX(ctx).ID
	}
	for _, n := range []string{"Capacity", "Config", "Process"} {
		f.cat[n] = c.FactorCategory.Create().SetName(n).SaveX(ctx).ID
	}
	f.vendor = c.Vendor.Create().SetName("AWS").SaveX(ctx).ID
	f.tag = c.Tag.Create().SetName("db").SaveX(ctx).ID
	min := func(m int) *int { return &m }
	type spec struct {
		name       string
		start      time.Time
		sev        enum.Severity
		services   []string
		factors    []string
		customers  *int
		milestones [4]*int // minutes after start: detected, acknowledged, mitigated, resolved
		restricted bool
		tagged     bool
	}
	specs := []spec{
		{"I1", anDay(1, 5), enum.SeveritySev1, []string{"API", "DB"}, []string{"Capacity", "Config"}, min(100), [4]*int{min(10), min(20), min(60), min(120)}, false, true},
		{"I2", anDay(1, 20), enum.SeveritySev2, []string{"API"}, []string{"Capacity"}, nil, [4]*int{min(5), min(10), min(30), min(90)}, false, false},
		{"I3", anDay(2, 10), enum.SeveritySev2, []string{"DB"}, []string{"Capacity", "Capacity"}, min(50), [4]*int{min(20), min(30), min(600), min(700)}, false, true},
		{"I4", anDay(2, 15), enum.SeveritySev3, []string{"Web"}, []string{"Process"}, min(10), [4]*int{min(1), min(2), nil, nil}, false, false},
		{"I5", anDay(3, 3), enum.SeveritySev1, nil, nil, nil, [4]*int{min(15), nil, nil, nil}, false, false},
		{"I6", time.Date(2025, 12, 20, 0, 0, 0, 0, time.UTC), enum.SeveritySev1, []string{"API"}, []string{"Capacity"}, nil, [4]*int{min(5), min(6), min(7), min(8)}, false, false},
		{"I7", anDay(3, 10), enum.SeveritySev1, []string{"API"}, []string{"Capacity"}, nil, [4]*int{min(5), min(6), min(7), min(8)}, true, false},
	}
	for _, s := range specs {
		ic := c.Incident.Create().SetTitle(s.name).SetSeverity(s.sev).SetStartedAt(s.start).SetRestricted(s.restricted).
			SetNillableCustomersAffected(s.customers).SetStatus(enum.IncidentStatusFollowingUp)
		at := func(m *int) *time.Time {
			if m == nil {
				return nil
			}
			t := s.start.Add(time.Duration(*m) * time.Minute)
			return &t
		}
		ic.SetNillableDetectedAt(at(s.milestones[0])).SetNillableAcknowledgedAt(at(s.milestones[1])).
			SetNillableMitigatedAt(at(s.milestones[2])).SetNillableResolvedAt(at(s.milestones[3]))
		for _, sv := range s.services {
			ic.AddServiceIDs(f.svc[sv])
		}
		if s.name == "I1" {
			ic.AddVendorIDs(f.vendor)
		}
		if s.tagged {
			ic.AddTagIDs(f.tag)
		}
		inc := ic.SaveX(ctx)
		for _, cat := range s.factors {
			c.ContributingFactor.Create().SetIncidentID(inc.ID).SetCategoryID(f.cat[cat]).SetDescription("factor").SaveX(ctx)
		}
		f.inc[s.name] = inc
	}
	now := time.Now().UTC().Truncate(time.Second)
	action := func(title string, status enum.ActionStatus, due time.Time, completed *time.Time, incidents ...string) {
		ac := c.ActionItem.Create().SetTitle(title).SetStatus(status).SetDueAt(due)
		if status == enum.ActionStatusWontDo {
			ac.SetStatusReason("superseded")
		}
		for _, i := range incidents {
			ac.AddIncidentIDs(f.inc[i].ID)
		}
		a := ac.SaveX(ctx)
		if completed != nil {
			c.ActionItem.UpdateOneID(a.ID).SetCompletedAt(*completed).SaveX(ctx)
		}
	}
	due := now.Add(-10 * 24 * time.Hour)
	early, late := due.Add(-24*time.Hour), due.Add(24*time.Hour)
	action("A1", enum.ActionStatusDone, due, &early, "I1", "I3")
	action("A2", enum.ActionStatusDone, due, &late, "I2")
	action("A3", enum.ActionStatusInProgress, due, nil, "I4")
	action("A4", enum.ActionStatusWontDo, due, nil, "I1")
	action("A5", enum.ActionStatusDone, due, &early, "I7")
	note := func(body string, set func(*ent.AnnotationCreate)) int {
		a := c.Annotation.Create().SetBody(body)
		set(a)
		return a.SaveX(ctx).ID
	}
	f.n1 = note("N1 disk failure", func(a *ent.AnnotationCreate) {
		a.SetScope(enum.AnnotationIncident).SetIncidentID(f.inc["I3"].ID)
	})
	f.n2 = note("N2 web rewrite", func(a *ent.AnnotationCreate) { a.SetScope(enum.AnnotationService).SetServiceID(f.svc["Web"]) })
	f.n3 = note("N3 migration week", func(a *ent.AnnotationCreate) {
		a.SetScope(enum.AnnotationPeriod).SetPeriodStart(anDay(2, 1)).SetPeriodEnd(anDay(2, 8))
	})
	f.n4 = note("N4 mitigation counts the rollback", func(a *ent.AnnotationCreate) { a.SetScope(enum.AnnotationFigure).SetFigure("timeToMitigate") })
	f.n5 = note("N5 restricted", func(a *ent.AnnotationCreate) { a.SetScope(enum.AnnotationIncident).SetIncidentID(f.inc["I7"].ID) })
	note("N6 last summer", func(a *ent.AnnotationCreate) {
		a.SetScope(enum.AnnotationPeriod).SetPeriodStart(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)).SetPeriodEnd(time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
	})
	return f
}

const anQuery = `query($filter: AnalysisFilter, $groupBy: [AnalysisDimension!]!, $interval: TrendInterval, $min: Int) {
  incidentAnalysis(filter: $filter, groupBy: $groupBy, trendInterval: $interval, recurringMinIncidents: $min) {
    groupBy
    total { ...figures }
    groups { keys { dimension value label periodStart periodEnd } figures { ...figures } annotations { id } }
    trend { key { value label } points { period count } }
    recurringFactors { key { value label } incidentCount incidents { id title } }
    definitions { key label definition }
    annotations { id }
  }
}
fragment figures on AnalysisFigures {
  count share
  impact { customersAffected known unknown definition }
  timeToDetect { ...dist } timeToAcknowledge { ...dist } timeToMitigate { ...dist } timeToResolve { ...dist }
  followThrough { total doneOnTime doneLate open overdue dropped }
}
fragment dist on DurationDistribution { key definition n open median p90 min max outliers { id title value } }`

type anDist struct {
	Key, Definition       string
	N, Open               int
	Median, P90, Min, Max *int
	Outliers              []struct {
		ID, Title string
		Value     *int
	}
}

type anFigures struct {
	Count  int
	Share  float64
	Impact struct {
		CustomersAffected, Known, Unknown int
		Definition                        string
	}
	TimeToDetect, TimeToAcknowledge, TimeToMitigate, TimeToResolve anDist
	FollowThrough                                                  struct{ Total, DoneOnTime, DoneLate, Open, Overdue, Dropped int }
}

type anKey struct {
	Dimension   string
	Value       *string
	Label       string
	PeriodStart *string
}

type anResult struct {
	GroupBy []string
	Total   anFigures
	Groups  []struct {
		Keys        []anKey
		Figures     anFigures
		Annotations []struct{ ID string }
	}
	Trend []struct {
		Key *struct {
			Value *string
			Label string
		}
		Points []struct {
			Period string
			Count  int
		}
	}
	RecurringFactors []struct {
		Key struct {
			Value *string
			Label string
		}
		IncidentCount int
		Incidents     []struct{ ID, Title string }
	}
	Definitions []struct{ Key, Label, Definition string }
	Annotations []struct{ ID string }
}

func anRun(t *testing.T, api *harness.API, vars map[string]any) anResult {
	t.Helper()
	var out struct{ IncidentAnalysis anResult }
	api.MustDo(anQuery, vars, &out)
	return out.IncidentAnalysis
}

// anQ1 is the first quarter of 2026: the range most cases use.
func anQ1(extra map[string]any) map[string]any {
	f := map[string]any{"from": anT0.Format(time.RFC3339), "to": anDay(4, 1).Format(time.RFC3339)}
	for k, v := range extra {
		f[k] = v
	}
	return f
}

func anLabels(r anResult) []string {
	var out []string
	for _, g := range r.Groups {
		var ls []string
		for _, k := range g.Keys {
			ls = append(ls, k.Label)
		}
		out = append(out, fmt.Sprintf("%s=%d", strings.Join(ls, "×"), g.Figures.Count))
	}
	return out
}

func anIDs(list []struct{ ID string }) []string {
	out := []string{}
	for _, a := range list {
		out = append(out, a.ID)
	}
	slices.Sort(out)
	return out
}

func anSorted(ids ...int) []string {
	out := []string{}
	for _, id := range ids {
		out = append(out, strconv.Itoa(id))
	}
	slices.Sort(out)
	return out
}

func anP(v int) *int { return &v }

// anCheckDist compares a distribution to n, open, median, p90, min, max
// (nil: no value) and the outliers' titles.
func anCheckDist(t *testing.T, what string, d anDist, n, open int, median, p90, lo, hi *int, outliers ...string) {
	t.Helper()
	eq := func(a, b *int) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }
	var got []string
	for _, o := range d.Outliers {
		got = append(got, o.Title)
	}
	if d.N != n || d.Open != open || !eq(d.Median, median) || !eq(d.P90, p90) || !eq(d.Min, lo) || !eq(d.Max, hi) || !slices.Equal(got, outliers) {
		f := func(p *int) string {
			if p == nil {
				return "nil"
			}
			return strconv.Itoa(*p)
		}
		t.Errorf("%s: n=%d open=%d median=%s p90=%s min=%s max=%s outliers=%v; want n=%d open=%d median=%s p90=%s min=%s max=%s outliers=%v",
			what, d.N, d.Open, f(d.Median), f(d.P90), f(d.Min), f(d.Max), got, n, open, f(median), f(p90), f(lo), f(hi), outliers)
	}
	if d.Definition == "" {
		t.Errorf("%s: no definition", what)
	}
}

func TestAnalysis(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newAnFixture(t, e)
		member, analyst := e.As(enum.RoleMember), e.As(enum.RoleAnalyst)
		id := func(n int) string { return strconv.Itoa(n) }

		t.Run("by service", func(t *testing.T) {
			r := anRun(t, member, map[string]any{"filter": anQ1(nil), "groupBy": []string{"SERVICE"}})
			// In the range and visible to a member: I1–I5. API {I1, I2},
			// DB {I1, I3}, Web {I4}, no service {I5}: I1 counts twice, so
			// the shares add up to 1.2.
			if got, want := anLabels(r), []string{"API=2", "DB=2", "Web=1", "No service=1"}; !slices.Equal(got, want) {
				t.Fatalf("groups %v, want %v", got, want)
			}
			if r.Total.Count != 5 || r.Groups[0].Figures.Share != 0.4 || r.Groups[2].Figures.Share != 0.2 {
				t.Errorf("total %d, shares %v %v", r.Total.Count, r.Groups[0].Figures.Share, r.Groups[2].Figures.Share)
			}
			if v := r.Groups[3].Keys[0].Value; v != nil {
				t.Errorf("the no-service group's value is %q, want null", *v)
			}
			tot := r.Total
			// Customers: 100 (I1) + 50 (I3) + 10 (I4); I2 and I5 unknown.
			if tot.Impact.CustomersAffected != 160 || tot.Impact.Known != 3 || tot.Impact.Unknown != 2 {
				t.Errorf("impact %+v", tot.Impact)
			}
			// Detect (s): 60, 300, 600, 900, 1200 → median rank 3 = 600,
			// p90 rank ceil(4.5) = 5 = 1200; nothing above 3 × 600.
			anCheckDist(t, "total timeToDetect", tot.TimeToDetect, 5, 0, anP(600), anP(1200), anP(60), anP(1200))
			// Acknowledge: 120, 600, 1200, 1800; I5 open. Median rank 2 =
			// 600, p90 rank ceil(3.6) = 4 = 1800 (not above 1800: no outlier).
			anCheckDist(t, "total timeToAcknowledge", tot.TimeToAcknowledge, 4, 1, anP(600), anP(1800), anP(120), anP(1800))
			// Mitigate: 1800, 3600, 36000; I4 and I5 open. Median 3600;
			// I3's 36000 is above 3 × 3600: the outlier.
			anCheckDist(t, "total timeToMitigate", tot.TimeToMitigate, 3, 2, anP(3600), anP(36000), anP(1800), anP(36000), "I3")
			// Resolve: 5400, 7200, 42000 → median 7200; I3 above 21600.
			anCheckDist(t, "total timeToResolve", tot.TimeToResolve, 3, 2, anP(7200), anP(42000), anP(5400), anP(42000), "I3")
			if o := tot.TimeToMitigate.Outliers[0]; o.ID != id(f.inc["I3"].ID) || o.Value == nil || *o.Value != 36000 {
				t.Errorf("outlier %+v", o)
			}
			// Follow-through: A1 on time, A2 late, A3 open and overdue, A4
			// dropped; A5 belongs to the hidden I7.
			if ft := tot.FollowThrough; ft.Total != 4 || ft.DoneOnTime != 1 || ft.DoneLate != 1 || ft.Open != 1 || ft.Overdue != 1 || ft.Dropped != 1 {
				t.Errorf("total follow-through %+v", ft)
			}
			api, db, web, none := r.Groups[0].Figures, r.Groups[1].Figures, r.Groups[2].Figures, r.Groups[3].Figures
			// API {I1, I2}: detect 300, 600 → median rank 1 = 300, p90 rank 2.
			anCheckDist(t, "API timeToDetect", api.TimeToDetect, 2, 0, anP(300), anP(600), anP(300), anP(600))
			anCheckDist(t, "API timeToMitigate", api.TimeToMitigate, 2, 0, anP(1800), anP(3600), anP(1800), anP(3600))
			// DB {I1, I3}: mitigate 3600, 36000 → median 3600; I3 the outlier.
			anCheckDist(t, "DB timeToMitigate", db.TimeToMitigate, 2, 0, anP(3600), anP(36000), anP(3600), anP(36000), "I3")
			// Web {I4}: not mitigated yet.
			anCheckDist(t, "Web timeToMitigate", web.TimeToMitigate, 0, 1, nil, nil, nil, nil)
			// No service {I5}: detected after 900 s, never acknowledged.
			anCheckDist(t, "none timeToDetect", none.TimeToDetect, 1, 0, anP(900), anP(900), anP(900), anP(900))
			anCheckDist(t, "none timeToAcknowledge", none.TimeToAcknowledge, 0, 1, nil, nil, nil, nil)
			// API: A1, A2, A4. DB: A1 (once, although on I1 and I3) and A4.
			if ft := api.FollowThrough; ft.Total != 3 || ft.DoneOnTime != 1 || ft.DoneLate != 1 || ft.Dropped != 1 || ft.Open != 0 {
				t.Errorf("API follow-through %+v", ft)
			}
			if ft := db.FollowThrough; ft.Total != 2 || ft.DoneOnTime != 1 || ft.Dropped != 1 {
				t.Errorf("DB follow-through %+v", ft)
			}
			if ft := web.FollowThrough; ft.Total != 1 || ft.Open != 1 || ft.Overdue != 1 {
				t.Errorf("Web follow-through %+v", ft)
			}
			if ft := none.FollowThrough; ft.Total != 0 {
				t.Errorf("no-service follow-through %+v", ft)
			}
			// Annotations: N1 (on I3) goes with DB only, N2 with Web; the
			// result carries N1–N4 (N5 is on hidden I7, N6 out of range).
			if got, want := anIDs(r.Groups[1].Annotations), anSorted(f.n1); !slices.Equal(got, want) {
				t.Errorf("DB annotations %v, want %v", got, want)
			}
			if got := anIDs(r.Groups[0].Annotations); len(got) != 0 {
				t.Errorf("API annotations %v, want none", got)
			}
			if got, want := anIDs(r.Groups[2].Annotations), anSorted(f.n2); !slices.Equal(got, want) {
				t.Errorf("Web annotations %v, want %v", got, want)
			}
			if got, want := anIDs(r.Annotations), anSorted(f.n1, f.n2, f.n3, f.n4); !slices.Equal(got, want) {
				t.Errorf("result annotations %v, want %v", got, want)
			}
			// Recurring (N = 2): Capacity in I1, I2, I3 (I3's two factors
			// count once; I6 is out of range, I7 hidden). Config and
			// Process are in one incident each.
			if len(r.RecurringFactors) != 1 || r.RecurringFactors[0].Key.Label != "Capacity" || r.RecurringFactors[0].IncidentCount != 3 {
				t.Fatalf("recurring %+v", r.RecurringFactors)
			}
			var titles []string
			for _, i := range r.RecurringFactors[0].Incidents {
				titles = append(titles, i.Title)
			}
			if want := []string{"I3", "I2", "I1"}; !slices.Equal(titles, want) {
				t.Errorf("recurring incidents %v, want %v (most recent first)", titles, want)
			}
			// Trend per service over Jan–Mar: API 2/0/0, DB 1/1/0, Web
			// 0/1/0, none 0/0/1.
			var trend []string
			for _, s := range r.Trend {
				var pts []string
				for _, p := range s.Points {
					pts = append(pts, fmt.Sprintf("%s:%d", p.Period, p.Count))
				}
				trend = append(trend, s.Key.Label+" "+strings.Join(pts, " "))
			}
			want := []string{"API 2026-01:2 2026-02:0 2026-03:0", "DB 2026-01:1 2026-02:1 2026-03:0", "Web 2026-01:0 2026-02:1 2026-03:0", "No service 2026-01:0 2026-02:0 2026-03:1"}
			if !slices.Equal(trend, want) {
				t.Errorf("trend %v, want %v", trend, want)
			}
			keys := map[string]bool{}
			for _, d := range r.Definitions {
				keys[d.Key] = d.Definition != ""
			}
			for _, k := range []string{"count", "share", "customersAffected", "timeToDetect", "timeToAcknowledge", "timeToMitigate", "timeToResolve", "followThrough", "recurringFactors", "trend"} {
				if !keys[k] {
					t.Errorf("no definition of %s", k)
				}
			}
		})

		t.Run("two dimensions: service × factor category", func(t *testing.T) {
			r := anRun(t, member, map[string]any{"filter": anQ1(nil), "groupBy": []string{"SERVICE", "FACTOR_CATEGORY"}})
			// I1 is in four cells (API, DB × Capacity, Config).
			want := []string{"API×Capacity=2", "DB×Capacity=2", "API×Config=1", "DB×Config=1", "Web×Process=1", "No service×No factor category=1"}
			if got := anLabels(r); !slices.Equal(got, want) {
				t.Errorf("cells %v, want %v", got, want)
			}
			if r.Total.Count != 5 {
				t.Errorf("total %d, want 5 (each incident once)", r.Total.Count)
			}
			// The trend follows the first dimension only: DB counts I1 once.
			if len(r.Trend) != 4 || r.Trend[1].Key.Label != "DB" || r.Trend[1].Points[0].Count != 1 {
				t.Errorf("trend %+v", r.Trend)
			}
		})

		t.Run("teams, months, quarters and severity", func(t *testing.T) {
			cases := []struct {
				groupBy string
				want    []string
			}{
				// Core owns API and DB: I1, I2, I3; Edge owns Web: I4.
				{"TEAM", []string{"Core=3", "Edge=1", "No team=1"}},
				{"MONTH", []string{"2026-01=2", "2026-02=2", "2026-03=1"}},
				{"QUARTER", []string{"2026-Q1=5"}},
				{"SEVERITY", []string{"SEV1=2", "SEV2=2", "SEV3=1"}},
				{"VENDOR", []string{"No vendor=4", "AWS=1"}},
				{"TAG", []string{"No tag=3", "db=2"}},
			}
			for _, c := range cases {
				r := anRun(t, member, map[string]any{"filter": anQ1(nil), "groupBy": []string{c.groupBy}})
				if got := anLabels(r); !slices.Equal(got, c.want) {
					t.Errorf("%s: %v, want %v", c.groupBy, got, c.want)
				}
			}
			// The period annotation N3 (1–8 Feb) goes with February only.
			r := anRun(t, member, map[string]any{"filter": anQ1(nil), "groupBy": []string{"MONTH"}})
			if got := anIDs(r.Groups[1].Annotations); !slices.Contains(got, id(f.n3)) || slices.Contains(anIDs(r.Groups[0].Annotations), id(f.n3)) {
				t.Errorf("February annotations %v, January %v", got, anIDs(r.Groups[0].Annotations))
			}
			if r.Groups[0].Keys[0].PeriodStart == nil || *r.Groups[0].Keys[0].PeriodStart != "2026-01-01T00:00:00Z" {
				t.Errorf("January starts %v", r.Groups[0].Keys[0].PeriodStart)
			}
		})

		t.Run("filters and range", func(t *testing.T) {
			// SEV1 in the range: I1 and I5.
			r := anRun(t, member, map[string]any{"filter": anQ1(map[string]any{"severities": []string{"SEV1"}}), "groupBy": []string{}})
			if r.Total.Count != 2 || len(r.Groups) != 0 {
				t.Errorf("SEV1: total %d, %d groups", r.Total.Count, len(r.Groups))
			}
			// Only DB: I1 and I3; grouped by service, only DB shows.
			r = anRun(t, member, map[string]any{"filter": anQ1(map[string]any{"serviceIDs": []string{id(f.svc["DB"])}}), "groupBy": []string{"SERVICE"}})
			if got := anLabels(r); !slices.Equal(got, []string{"DB=2"}) || r.Groups[0].Figures.Share != 1 {
				t.Errorf("only DB: %v", got)
			}
			// Team Edge: I4. Category Config: I1. Tag db: I1, I3. AWS: I1.
			for name, c := range map[string]struct {
				filter map[string]any
				want   int
			}{
				"team":     {map[string]any{"teamIDs": []string{id(f.team["Edge"])}}, 1},
				"category": {map[string]any{"factorCategoryIDs": []string{id(f.cat["Config"])}}, 1},
				"tag":      {map[string]any{"tagIDs": []string{id(f.tag)}}, 2},
				"vendor":   {map[string]any{"vendorIDs": []string{id(f.vendor)}}, 1},
			} {
				if r := anRun(t, member, map[string]any{"filter": anQ1(c.filter), "groupBy": []string{}}); r.Total.Count != c.want {
					t.Errorf("%s: %d, want %d", name, r.Total.Count, c.want)
				}
			}
			// Without a range I6 (Dec 2025) counts too; the trend then runs
			// from its month to the last one.
			r = anRun(t, member, map[string]any{"groupBy": []string{}})
			if r.Total.Count != 6 || len(r.Trend) != 1 || len(r.Trend[0].Points) != 4 || r.Trend[0].Points[0].Period != "2025-12" {
				t.Errorf("all time: total %d, trend %+v", r.Total.Count, r.Trend)
			}
			// Without a filter the follow-through reads the links another
			// way (see analysis.followThrough): the same figures. A1 serves
			// I1 and I3, both DB's, and counts once there; A5 is I7's.
			all := anFigures{}
			all.FollowThrough.Total, all.FollowThrough.DoneOnTime, all.FollowThrough.DoneLate = 4, 1, 1
			all.FollowThrough.Open, all.FollowThrough.Overdue, all.FollowThrough.Dropped = 1, 1, 1
			if r.Total.FollowThrough != all.FollowThrough {
				t.Errorf("all time follow-through %+v, want %+v", r.Total.FollowThrough, all.FollowThrough)
			}
			for _, filter := range []map[string]any{nil, anQ1(nil)} {
				r = anRun(t, member, map[string]any{"filter": filter, "groupBy": []string{"SERVICE"}})
				for _, g := range r.Groups {
					if g.Keys[0].Label == "DB" && (g.Figures.FollowThrough.Total != 2 || g.Figures.FollowThrough.DoneOnTime != 1 || g.Figures.FollowThrough.Dropped != 1) {
						t.Errorf("filter %v: DB follow-through %+v, want A1 once and A4", filter, g.Figures.FollowThrough)
					}
				}
			}
			// Months and quarters (UTC): January is I1 and I2; January and
			// March add I5 (I7 is restricted); 2025-Q4 is I6.
			for name, c := range map[string]struct {
				filter map[string]any
				want   int
			}{
				"january":           {map[string]any{"months": []string{"2026-01"}}, 2},
				"january and march": {map[string]any{"months": []string{"2026-03", "2026-01"}}, 3},
				"2025-Q4":           {map[string]any{"quarters": []string{"2025-Q4"}}, 1},
				"Q1 and february":   {map[string]any{"quarters": []string{"2026-Q1"}, "months": []string{"2026-02"}}, 2},
				"Q1 in range":       {anQ1(map[string]any{"quarters": []string{"2026-Q1", "2025-Q4"}}), 5},
			} {
				if r := anRun(t, member, map[string]any{"filter": c.filter, "groupBy": []string{}}); r.Total.Count != c.want {
					t.Errorf("%s: %d, want %d", name, r.Total.Count, c.want)
				}
			}
			// One condition alone, as an analyst (no access condition is
			// added): the statement once lost the operator of a lone
			// condition ("started_at $1") and failed with INTERNAL. In
			// range for an analyst: I1–I5 and I7; I6 starts before it.
			for name, c := range map[string]struct {
				filter map[string]any
				want   int
			}{
				"from only":     {map[string]any{"from": anT0.Format(time.RFC3339)}, 6},
				"to only":       {map[string]any{"to": anT0.Format(time.RFC3339)}, 1},
				"severity only": {map[string]any{"severities": []string{"SEV2"}}, 2},
				"month only":    {map[string]any{"months": []string{"2026-03"}}, 2},
				"service only":  {map[string]any{"serviceIDs": []string{id(f.svc["Web"])}}, 1},
			} {
				for _, groupBy := range [][]string{{}, {"SERVICE"}} {
					if r := anRun(t, analyst, map[string]any{"filter": c.filter, "groupBy": groupBy}); r.Total.Count != c.want {
						t.Errorf("analyst, %s, by %v: %d, want %d", name, groupBy, r.Total.Count, c.want)
					}
				}
			}
			// Grouped by month, only the months filtered on are groups.
			r = anRun(t, member, map[string]any{"filter": map[string]any{"months": []string{"2026-02", "2025-12"}}, "groupBy": []string{"MONTH"}})
			if got := anLabels(r); !slices.Equal(got, []string{"2026-02=2", "2025-12=1"}) {
				t.Errorf("by month, two months: %v", got)
			}
			r = anRun(t, member, map[string]any{"filter": map[string]any{"quarters": []string{"2026-Q1"}}, "groupBy": []string{"QUARTER"}})
			if got := anLabels(r); !slices.Equal(got, []string{"2026-Q1=5"}) {
				t.Errorf("by quarter, 2026-Q1: %v", got)
			}
			// With N = 1 every category recurs; most incidents first.
			r = anRun(t, member, map[string]any{"filter": anQ1(nil), "groupBy": []string{}, "min": 1})
			var got []string
			for _, rf := range r.RecurringFactors {
				got = append(got, fmt.Sprintf("%s=%d", rf.Key.Label, rf.IncidentCount))
			}
			if want := []string{"Capacity=3", "Config=1", "Process=1"}; !slices.Equal(got, want) {
				t.Errorf("recurring with N=1: %v, want %v", got, want)
			}
		})

		t.Run("restricted incidents", func(t *testing.T) {
			// The analyst sees I7: six incidents, Capacity in four, and N5.
			r := anRun(t, analyst, map[string]any{"filter": anQ1(nil), "groupBy": []string{"SERVICE"}})
			if r.Total.Count != 6 || r.Groups[0].Figures.Count != 3 || r.RecurringFactors[0].IncidentCount != 4 {
				t.Errorf("analyst: total %d, API %d, Capacity %d", r.Total.Count, r.Groups[0].Figures.Count, r.RecurringFactors[0].IncidentCount)
			}
			if !slices.Contains(anIDs(r.Annotations), id(f.n5)) {
				t.Errorf("analyst annotations %v lack N5", anIDs(r.Annotations))
			}
			m := anRun(t, member, map[string]any{"filter": anQ1(nil), "groupBy": []string{"SERVICE"}})
			if slices.Contains(anIDs(m.Annotations), id(f.n5)) {
				t.Errorf("member sees N5")
			}
		})

		t.Run("drill-down", func(t *testing.T) {
			const q = `query($filter: AnalysisFilter, $keys: [AnalysisKeyInput!]!, $first: Int) {
  analysisIncidents(filter: $filter, keys: $keys, first: $first, orderBy: [{field: STARTED_AT}]) { totalCount edges { node { title } } }
}`
			type page struct {
				AnalysisIncidents struct {
					TotalCount int
					Edges      []struct{ Node struct{ Title string } }
				}
			}
			drill := func(api *harness.API, keys []map[string]any) (int, []string) {
				var out page
				api.MustDo(q, map[string]any{"filter": anQ1(nil), "keys": keys, "first": 10}, &out)
				var titles []string
				for _, e := range out.AnalysisIncidents.Edges {
					titles = append(titles, e.Node.Title)
				}
				return out.AnalysisIncidents.TotalCount, titles
			}
			svc := func(name string) map[string]any {
				if name == "" {
					return map[string]any{"dimension": "SERVICE", "value": nil}
				}
				return map[string]any{"dimension": "SERVICE", "value": id(f.svc[name])}
			}
			cases := []struct {
				name  string
				api   *harness.API
				keys  []map[string]any
				total int
				want  []string
			}{
				{"DB", member, []map[string]any{svc("DB")}, 2, []string{"I1", "I3"}},
				{"no service", member, []map[string]any{svc("")}, 1, []string{"I5"}},
				{"API × Capacity", member, []map[string]any{svc("API"), {"dimension": "FACTOR_CATEGORY", "value": id(f.cat["Capacity"])}}, 2, []string{"I1", "I2"}},
				{"API as analyst (I7)", analyst, []map[string]any{svc("API")}, 3, []string{"I1", "I2", "I7"}},
				{"February", member, []map[string]any{{"dimension": "MONTH", "value": "2026-02"}}, 2, []string{"I3", "I4"}},
				{"team Core", member, []map[string]any{{"dimension": "TEAM", "value": id(f.team["Core"])}}, 3, []string{"I1", "I2", "I3"}},
				{"SEV1", member, []map[string]any{{"dimension": "SEVERITY", "value": "SEV1"}}, 2, []string{"I1", "I5"}},
			}
			for _, c := range cases {
				total, titles := drill(c.api, c.keys)
				if total != c.total || !slices.Equal(titles, c.want) {
					t.Errorf("%s: %d %v, want %d %v", c.name, total, titles, c.total, c.want)
				}
			}
			// Pages are bounded like every connection's.
			res := member.Do(q, map[string]any{"keys": []map[string]any{svc("DB")}, "first": 101})
			if codes := res.Codes(); len(codes) != 1 || codes[0] != "LIMIT_EXCEEDED" {
				t.Errorf("first: 101 gave %v", codes)
			}
			res = member.Do(strings.NewReplacer(", first: $first", "", ", $first: Int", "").Replace(q), map[string]any{"keys": []map[string]any{svc("DB")}})
			if codes := res.Codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" {
				t.Errorf("no page size gave %v", codes)
			}
		})

		t.Run("bad input", func(t *testing.T) {
			for name, vars := range map[string]map[string]any{
				"three dimensions": {"groupBy": []string{"SERVICE", "TAG", "TEAM"}},
				"same twice":       {"groupBy": []string{"TAG", "TAG"}},
				"empty range":      {"groupBy": []string{}, "filter": map[string]any{"from": anDay(2, 1).Format(time.RFC3339), "to": anDay(1, 1).Format(time.RFC3339)}},
				"N below 1":        {"groupBy": []string{}, "min": 0},
				"month 13":         {"groupBy": []string{}, "filter": map[string]any{"months": []string{"2026-13"}}},
				"quarter as month": {"groupBy": []string{}, "filter": map[string]any{"months": []string{"2026-Q1"}}},
				"month as quarter": {"groupBy": []string{}, "filter": map[string]any{"quarters": []string{"2026-03"}}},
				"quarter 5":        {"groupBy": []string{}, "filter": map[string]any{"quarters": []string{"2026-Q5"}}},
			} {
				res := member.Do(anQuery, vars)
				if codes := res.Codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" {
					t.Errorf("%s: %v", name, codes)
				}
			}
		})

		// The analysis reads in a transaction that has ended by the time
		// the annotations' own fields are resolved.
		t.Run("annotations resolve their edges", func(t *testing.T) {
			res := analyst.Do(`{ incidentAnalysis(groupBy: [SERVICE]) {
				annotations { id createdBy { id } incident { id } service { id } }
				groups { annotations { id incident { id } service { id } } } } }`, nil)
			if len(res.Errors) > 0 {
				t.Fatalf("errors: %s", res.Errors)
			}
		})

		t.Run("a fixed number of statements", func(t *testing.T) {
			// However many groups, the analysis runs the same statements:
			// the group rows are counted by the database, not per group.
			count := func(groupBy ...string) int64 {
				before := e.Statements()
				anRun(t, analyst, map[string]any{"filter": anQ1(nil), "groupBy": groupBy})
				return e.Statements() - before
			}
			one, two := count("SEVERITY"), count("SERVICE", "FACTOR_CATEGORY")
			if two > 16 || one > 16 {
				t.Errorf("statements: %d for one dimension, %d for two; want at most 16", one, two)
			}
		})
		t.Run("annotated incidents are grouped alone", func(t *testing.T) {
			// Finding the groups of the incidents with annotations reads
			// those incidents only, not the whole scope again.
			anRun(t, analyst, map[string]any{"filter": anQ1(nil), "groupBy": []string{"SERVICE"}})
			var membership string
			for _, s := range e.RecentStatements() {
				if strings.Contains(s, "final AS (SELECT g.incident_id") {
					membership = s
				}
			}
			if membership == "" {
				t.Fatal("no membership statement ran (the fixture has incident annotations)")
			}
			if !strings.Contains(membership, `"incidents"."id" IN`) && !strings.Contains(membership, "`incidents`.`id` IN") {
				t.Errorf("the membership statement groups every incident in scope: %.400s", membership)
			}
		})
		t.Run("only the figures asked for are computed", func(t *testing.T) {
			// The heat map asks for counts only: the statement leaves out
			// the distributions (f2), follow-through (f3), trend (f4) and
			// recurring factors (f5), and the counts are the full answer's.
			const heat = `query($filter: AnalysisFilter) { incidentAnalysis(filter: $filter, groupBy: [SERVICE, FACTOR_CATEGORY]) {
				groups { keys { label } figures { count share } } } }`
			vars := map[string]any{"filter": anQ1(nil)}
			analysisStatement := func() string {
				t.Helper()
				for _, s := range slices.Backward(e.RecentStatements()) {
					if strings.Contains(s, "WITH scope AS") && strings.Contains(s, "f1 AS (") {
						return s
					}
				}
				t.Fatal("no analysis statement ran")
				return ""
			}
			var partial struct{ IncidentAnalysis anResult }
			analyst.MustDo(heat, vars, &partial)
			stmt := analysisStatement()
			for _, part := range []string{"f2 AS (", "f3 AS (", "f4 AS (", "f5 AS ("} {
				if strings.Contains(stmt, part) {
					t.Errorf("a counts-only request computed %q", part)
				}
			}
			full := anRun(t, analyst, map[string]any{"filter": anQ1(nil), "groupBy": []string{"SERVICE", "FACTOR_CATEGORY"}})
			stmt = analysisStatement()
			for _, part := range []string{"f2 AS (", "f3 AS (", "f4 AS (", "f5 AS ("} {
				if !strings.Contains(stmt, part) {
					t.Errorf("the full request did not compute %q", part)
				}
			}
			if got, want := anLabels(partial.IncidentAnalysis), anLabels(full); !slices.Equal(got, want) {
				t.Errorf("counts-only groups %v, want the full answer's %v", got, want)
			}
			for i, g := range partial.IncidentAnalysis.Groups {
				if g.Figures.Share != full.Groups[i].Figures.Share {
					t.Errorf("group %d share %v, want %v", i, g.Figures.Share, full.Groups[i].Figures.Share)
				}
			}
		})
		_ = json.Marshal
	})
}
