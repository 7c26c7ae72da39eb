package graph_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

// rpFixture is one well-documented incident whose every internal value is
// a distinctive literal, so a test can prove a draft leaks none of them.
type rpFixture struct {
	e        *harness.Env
	incident *ent.Incident
	// internal are the literals a customer must never read.
	internal []string
	// top is the statement of the insight that must come first.
	top string
	// draft is the statement of a draft insight, which no report may use.
	draft string
}

// rpDefinitions is the heading of the section saying what figures count.
const rpDefinitions = "How these figures are counted"

func newRPFixture(t *testing.T, e *harness.Env, restricted bool) *rpFixture {
	t.Helper()
	c, ctx := e.Client, e.Ctx
	start := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	team := c.Team.Create().SetName("Quokka Ledger Crew").SaveX(ctx)
	svc := c.Service.Create().SetName("ledgerd-zx").SetOwnerTeam(team).SaveX(ctx)
	vendor := c.Vendor.Create().SetName("Nimbusware Hosting").SaveX(ctx)
	zelda := c.User.Create().SetName("Zelda Quarrington").SetRole(enum.RoleMember).SaveX(ctx)
	yusuf := c.User.Create().SetName("Yusuf Brightwater").SetRole(enum.RoleMember).SaveX(ctx)
	inc := c.Incident.Create().SetTitle("Card payments failing in ledgerd-zx").SetSeverity(enum.SeveritySev1).
		SetStatus(enum.IncidentStatusFollowingUp).SetRestricted(restricted).
		SetStartedAt(start).SetDetectedAt(start.Add(5 * time.Minute)).
		SetMitigatedAt(start.Add(45 * time.Minute)).SetResolvedAt(start.Add(2 * time.Hour)).
		SetCustomerImpact("Card payments were declined; ledgerd-zx returned errors").SetCustomersAffected(1200).
		SetSummary("The ledger's disk filled and Zelda Quarrington rolled back.").
		AddServices(svc).AddVendors(vendor).SaveX(ctx)
	c.Participant.Create().SetIncident(inc).SetUser(zelda).SetRole(enum.ParticipantRoleResponder).SaveX(ctx)
	ev1 := c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(start.Add(3 * time.Minute)).SetKind(enum.EventKindAlert).
		SetText("Disk pressure alert fired on shard seven").SetActor(zelda).SaveX(ctx)
	ev2 := c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(start.Add(40 * time.Minute)).SetKind(enum.EventKindAction).
		SetText("Rolled back deploy 4411 by hand").SaveX(ctx)
	persp := c.Perspective.Create().SetIncident(inc).SetAuthor(zelda).SetDepartment(enum.DepartmentEngineering).
		SetWhatTheySaw("Dashboards went crimson before the pager rang").SaveX(ctx)
	q := c.Question.Create().SetIncident(inc).SetText("Why did the canary skip batch jobs?").SetAssignee(yusuf).SaveX(ctx)
	c.Comment.Create().SetIncident(inc).SetBody("Lovely catch on the rollback, truly").SaveX(ctx)
	cat := c.FactorCategory.Create().SetName("Capacity planning gaps").SaveX(ctx)
	c.ContributingFactor.Create().SetIncident(inc).SetCategory(cat).SetDescription("Disk quota left at the vendor default").SaveX(ctx)
	draft := c.Insight.Create().SetIncident(inc).SetStatement("Alert routing was muddled overnight").
		AddEvidenceEvents(ev1, ev2).SaveX(ctx)
	top := c.Insight.Create().SetIncident(inc).SetStatement("Canaries never exercised batch jobs").SetStatus(enum.InsightStatusPublished).
		AddEvidenceEvents(ev1).AddEvidencePerspectives(persp).AddEvidenceQuestions(q).SaveX(ctx)
	second := c.Insight.Create().SetIncident(inc).SetStatement("Quotas stay invisible until they bite").SetStatus(enum.InsightStatusPublished).SaveX(ctx)
	due := start.Add(30 * 24 * time.Hour)
	a1 := c.ActionItem.Create().SetTitle("Teach the canary about batch jobs").SetOwner(zelda).SetTeam(team).SetDueAt(due).
		SetInsight(top).AddIncidents(inc).SaveX(ctx)
	a2 := c.ActionItem.Create().SetTitle("Page on quota headroom below ten percent").SetOwner(yusuf).
		SetInsight(top).AddIncidents(inc).SaveX(ctx)
	a3 := c.ActionItem.Create().SetTitle("Chart quotas on the ledger board").SetTeam(team).
		SetInsight(second).AddIncidents(inc).SaveX(ctx)
	c.StatusUpdate.Create().SetIncident(inc).SetAudience(enum.CommsCustomers).SetChannel(enum.ChannelStatusPage).
		SetRecipients("all customers").SetBody("We are looking into declined card payments.").SetSentAt(start.Add(20 * time.Minute)).SaveX(ctx)
	c.StatusUpdate.Create().SetIncident(inc).SetAudience(enum.CommsInternal).SetChannel(enum.ChannelSlack).
		SetRecipients("#exec-hush-updates").SetBody("Shard seven is full, rolling back").SetSentAt(start.Add(25 * time.Minute)).SaveX(ctx)
	return &rpFixture{
		e: e, incident: inc, top: top.Statement, draft: draft.Statement,
		internal: []string{
			team.Name, svc.Name, vendor.Name, zelda.Name, yusuf.Name,
			ev1.Text, ev2.Text, persp.WhatTheySaw, q.Text, "Lovely catch on the rollback",
			"Disk quota left at the vendor default", cat.Name,
			draft.Statement, top.Statement, second.Statement, a1.Title, a2.Title, a3.Title,
			"#exec-hush-updates", "Shard seven is full", inc.Title, inc.Summary,
		},
	}
}

type rpReport struct {
	ID                  string
	Version             int
	Title               string
	Body                string
	Markdown            string
	PublishedVersion    int
	ChangedSincePublish bool
	Definitions         []struct{ Key string }
}

const rpFields = `id version title body markdown publishedVersion changedSincePublish definitions { key }`

func rpGenerate(t *testing.T, api *harness.API, audience string, incidentID int) rpReport {
	t.Helper()
	var out struct{ GenerateReport rpReport }
	api.MustDo(`mutation($a: ReportAudience!, $i: ID) { generateReport(input: {audience: $a, incidentID: $i}) { `+rpFields+` } }`,
		map[string]any{"a": audience, "i": strconv.Itoa(incidentID)}, &out)
	return out.GenerateReport
}

// headings lists the "## " headings of a Markdown body, in order.
func headings(body string) []string {
	var out []string
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(line, "## ") {
			out = append(out, strings.TrimPrefix(line, "## "))
		}
	}
	return out
}

func TestReportDraftsForEachAudience(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newRPFixture(t, e, false)
		analyst := e.As(enum.RoleAnalyst)
		want := map[string][]string{
			"EXECUTIVE":   {"Top insight", "Impact", "Summary", "Key moments", "What we are doing", "Trail", rpDefinitions},
			"ENGINEERING": {"Top insight", "Impact", "Summary", "Timeline", "Contributing factors", "Insights", "Trail", "Actions", "Perspectives", "Open questions", "Communication", rpDefinitions},
			"TEAM":        {"Top insight", "Impact", "Key moments", "Insights", "Actions by team", "Open questions", "Trail", rpDefinitions},
			"SUPPORT":     {"Top insight", "What customers saw", "Key moments", "What we told whom", rpDefinitions},
			"CUSTOMER":    {"What happened", "When", "Why it happened", "What we are doing about it", rpDefinitions},
		}
		for audience, sections := range want {
			r := rpGenerate(t, analyst, audience, f.incident.ID)
			if got := headings(r.Body); strings.Join(got, "|") != strings.Join(sections, "|") {
				t.Errorf("%s sections = %q, want %q", audience, got, sections)
			}
			if audience != "CUSTOMER" {
				// The draft starts with the top insight: published, most actions.
				topAt := strings.Index(r.Body, "## Top insight")
				after := r.Body[topAt:]
				next := strings.Index(after[3:], "\n## ")
				if !strings.Contains(after[:next+3], f.top) {
					t.Errorf("%s: top insight section does not carry %q:\n%s", audience, f.top, after[:next+3])
				}
			}
			// A draft insight is never presented as what was learned.
			if strings.Contains(r.Markdown, f.draft) {
				t.Errorf("%s: the draft insight %q is in the report:\n%s", audience, f.draft, r.Markdown)
			}
			if r.PublishedVersion != 0 || r.ChangedSincePublish {
				t.Errorf("%s: a new draft is unpublished: %+v", audience, r)
			}
			if len(r.Definitions) == 0 || strings.Count(r.Markdown, "## "+rpDefinitions) != 1 || !strings.Contains(r.Markdown, "audience: "+audience) {
				t.Errorf("%s: definitions/markdown header missing: %v\n%s", audience, r.Definitions, r.Markdown)
			}
		}
		// Executives read time to mitigate (45 min) and customers affected.
		exec := rpGenerate(t, analyst, "EXECUTIVE", f.incident.ID)
		for _, s := range []string{"Time to mitigate: 45 min", "Customers affected: 1200"} {
			if !strings.Contains(exec.Body, s) {
				t.Errorf("executive impact lacks %q:\n%s", s, exec.Body)
			}
		}
		keys := []string{}
		for _, d := range exec.Definitions {
			keys = append(keys, d.Key)
		}
		if strings.Join(keys, ",") != "customersAffected,timeToMitigate" {
			t.Errorf("executive definitions = %v, want the figures quoted", keys)
		}
		// The team report groups the actions under each team's name.
		team := rpGenerate(t, analyst, "TEAM", f.incident.ID)
		if !regexp.MustCompile(`(?s)### Quokka Ledger Crew\n\n- \[Teach the canary.*\n- \[Chart quotas.*### No team\n\n- \[Page on quota`).MatchString(team.Body) {
			t.Errorf("team report does not group actions by team:\n%s", team.Body)
		}
	})
}

func TestCustomerReportLeaksNothingInternal(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newRPFixture(t, e, false)
		r := rpGenerate(t, e.As(enum.RoleAnalyst), "CUSTOMER", f.incident.ID)
		for _, doc := range []string{r.Title, r.Body, r.Markdown} {
			for _, s := range f.internal {
				if strings.Contains(strings.ToLower(doc), strings.ToLower(s)) {
					t.Errorf("customer report contains internal %q:\n%s", s, doc)
				}
			}
		}
		// What customers saw is there, with the service's name taken out,
		// and the milestone times.
		for _, s := range []string{"Card payments were declined; […] returned errors", "2026-03-10 09:45 UTC", "2026-03-10 11:00 UTC"} {
			if !strings.Contains(r.Body, s) {
				t.Errorf("customer report lacks %q:\n%s", s, r.Body)
			}
		}
		var out struct {
			Node struct{ Trail []any }
		}
		e.MustDo(`query($id: ID!) { node(id: $id) { ... on Report { trail { insight { id } } } } }`, map[string]any{"id": r.ID}, &out)
		if len(out.Node.Trail) != 0 {
			t.Errorf("a customer report has a trail: %v", out.Node.Trail)
		}
	})
}

var rpLink = regexp.MustCompile(`/incidents/(\d+)#(event|perspective|question|insight|action)-(\d+)`)

func TestReportTrailLinksResolve(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newRPFixture(t, e, false)
		r := rpGenerate(t, e.As(enum.RoleAnalyst), "ENGINEERING", f.incident.ID)
		trail := r.Body[strings.Index(r.Body, "## Trail"):]
		trail = trail[:strings.Index(trail, "\n## Actions")]
		links := rpLink.FindAllStringSubmatch(trail, -1)
		// The published insights only: the top one (3 pieces of evidence,
		// 2 actions) and the second (1 action).
		if len(links) != 8 {
			t.Fatalf("%d links in the trail, want 8:\n%s", len(links), trail)
		}
		c, ctx := e.Client, e.Ctx
		for _, l := range links {
			incID, _ := strconv.Atoi(l[1])
			id, _ := strconv.Atoi(l[3])
			var owner int
			switch l[2] {
			case "event":
				owner = c.TimelineEvent.GetX(ctx, id).IncidentID
			case "perspective":
				owner = c.Perspective.GetX(ctx, id).IncidentID
			case "question":
				owner = c.Question.GetX(ctx, id).IncidentID
			case "insight":
				owner = c.Insight.GetX(ctx, id).IncidentID
			case "action":
				ids := c.ActionItem.GetX(ctx, id).QueryIncidents().IDsX(ctx)
				if len(ids) == 1 {
					owner = ids[0]
				}
			}
			if incID != f.incident.ID || owner != incID {
				t.Errorf("link %s: the record belongs to incident %d", l[0], owner)
			}
		}
		// The trail field says the same, live.
		var out struct {
			Node struct {
				Trail []struct {
					Insight  struct{ Statement string }
					Evidence []struct{ Kind, Link string }
					Actions  []struct {
						Title string
						Owner *struct{ Name string }
					}
				}
			}
		}
		e.MustDo(`query($id: ID!) { node(id: $id) { ... on Report { trail { insight { statement } evidence { kind link } actions { title owner { name } } } } } }`,
			map[string]any{"id": r.ID}, &out)
		tr := out.Node.Trail
		if len(tr) != 2 || tr[0].Insight.Statement != f.top || len(tr[0].Evidence) != 3 || len(tr[0].Actions) != 2 {
			t.Fatalf("trail = %+v", tr)
		}
		if tr[0].Actions[0].Owner == nil || tr[0].Actions[0].Owner.Name != "Zelda Quarrington" {
			t.Errorf("trail action owner = %+v", tr[0].Actions[0].Owner)
		}
	})
}

func TestReportPublishingKeepsVersions(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newRPFixture(t, e, false)
		analyst := e.As(enum.RoleAnalyst)
		viewer := e.As(enum.RoleViewer)
		r := rpGenerate(t, analyst, "EXECUTIVE", f.incident.ID)

		const read = `query($id: ID!) { node(id: $id) { ... on Report { id title link publishedVersions { number title body markdown } latest { number } } } }`
		// A draft is hidden from viewers, in lists and by ID.
		var list struct{ Reports struct{ TotalCount int } }
		viewer.MustDo(`{ reports(first: 10) { totalCount } }`, nil, &list)
		if list.Reports.TotalCount != 0 {
			t.Errorf("a viewer lists %d drafts", list.Reports.TotalCount)
		}
		if res := viewer.Do(read, map[string]any{"id": r.ID}); len(res.Codes()) != 1 || res.Codes()[0] != "NOT_FOUND" {
			t.Errorf("viewer reading a draft: codes %v, want [NOT_FOUND]", res.Codes())
		}

		publish := func(version int) *harness.Response {
			return analyst.Do(`mutation($id: ID!, $v: Int!) { publishReport(id: $id, version: $v) { `+rpFields+` } }`, map[string]any{"id": r.ID, "v": version})
		}
		var pub struct{ PublishReport rpReport }
		res := publish(r.Version)
		if len(res.Errors) > 0 {
			t.Fatalf("publish: %+v", res.Errors)
		}
		if err := json.Unmarshal(res.Data, &pub); err != nil {
			t.Fatal(err)
		}
		if pub.PublishReport.PublishedVersion != 1 || pub.PublishReport.ChangedSincePublish {
			t.Fatalf("after publish: %+v", pub.PublishReport)
		}
		v1Body := r.Body
		// Nothing changed: refused.
		fuCodes(t, publish(pub.PublishReport.Version), "BAD_USER_INPUT")
		// A stale version: conflict.
		fuCodes(t, publish(r.Version), "CONFLICT")
		// An edit marks the draft changed; publishing again makes version 2.
		var upd struct{ UpdateReport rpReport }
		analyst.MustDo(`mutation($id: ID!, $v: Int!, $b: String!) { updateReport(id: $id, version: $v, input: {body: $b}) { `+rpFields+` } }`,
			map[string]any{"id": r.ID, "v": pub.PublishReport.Version, "b": v1Body + "\nEdited by hand."}, &upd)
		if !upd.UpdateReport.ChangedSincePublish {
			t.Fatalf("an edit after publication is not marked changed: %+v", upd.UpdateReport)
		}
		res = publish(upd.UpdateReport.Version)
		if len(res.Errors) > 0 {
			t.Fatalf("publish 2: %+v", res.Errors)
		}
		// Deleting a published report is refused.
		fuCodes(t, analyst.Do(`mutation($id: ID!) { deleteReport(id: $id) }`, map[string]any{"id": r.ID}), "BAD_USER_INPUT")

		// The viewer reads the published report and its versions, newest first.
		var got struct {
			Node struct {
				ID                string
				Link              string
				PublishedVersions []struct {
					Number         int
					Title          string
					Body, Markdown string
				}
				Latest struct{ Number int }
			}
		}
		viewer.MustDo(read, map[string]any{"id": r.ID}, &got)
		vs := got.Node.PublishedVersions
		if got.Node.Link != "/reports/"+r.ID || len(vs) != 2 || vs[0].Number != 2 || vs[1].Number != 1 || got.Node.Latest.Number != 2 {
			t.Fatalf("viewer reads %+v", got.Node)
		}
		if vs[1].Body != v1Body || !strings.HasSuffix(vs[0].Body, "Edited by hand.") {
			t.Errorf("version 1 changed or version 2 lacks the edit:\n%s\n---\n%s", vs[1].Body, vs[0].Body)
		}
		if !strings.Contains(vs[1].Markdown, `version: "1 (published`) {
			t.Errorf("version markdown header:\n%s", vs[1].Markdown)
		}
	})
}

func TestReportPermissions(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		open := newRPFixture(t, e, false)
		member := e.As(enum.RoleMember)
		gen := `mutation($i: ID) { generateReport(input: {audience: EXECUTIVE, incidentID: $i}) { id } }`
		fuCodes(t, member.Do(gen, map[string]any{"i": strconv.Itoa(open.incident.ID)}), "FORBIDDEN")
		fuCodes(t, e.As(enum.RoleViewer).Do(gen, map[string]any{"i": strconv.Itoa(open.incident.ID)}), "FORBIDDEN")

		// A restricted incident's published report stays with those who see the incident.
		secret := e.Client.Incident.Create().SetTitle("Quiet breach").SetSeverity(enum.SeveritySev1).
			SetStartedAt(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)).SetRestricted(true).SaveX(e.Ctx)
		analyst := e.As(enum.RoleAnalyst)
		r := rpGenerate(t, analyst, "EXECUTIVE", secret.ID)
		analyst.MustDo(`mutation($id: ID!, $v: Int!) { publishReport(id: $id, version: $v) { id } }`, map[string]any{"id": r.ID, "v": r.Version}, nil)
		fuCodes(t, member.Do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": r.ID}), "NOT_FOUND")
		var list struct{ Reports struct{ TotalCount int } }
		member.MustDo(`{ reports(first: 10) { totalCount } }`, nil, &list)
		if list.Reports.TotalCount != 0 {
			t.Errorf("a non-participant member lists %d reports of a restricted incident", list.Reports.TotalCount)
		}
		// Once a participant, they read it.
		e.Client.Participant.Create().SetIncidentID(secret.ID).SetUserID(member.User.ID).SetRole(enum.ParticipantRoleResponder).SaveX(e.Ctx)
		member.MustDo(`{ reports(first: 10) { totalCount } }`, nil, &list)
		if list.Reports.TotalCount != 1 {
			t.Errorf("a participant lists %d reports, want 1", list.Reports.TotalCount)
		}
	})
}

func TestReportTemplateValidation(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		create := `mutation($in: CreateReportTemplateInput!) { createReportTemplate(input: $in) { id version } }`
		tpl := func(audience, body string, internal bool) map[string]any {
			return map[string]any{"in": map[string]any{"audience": audience, "name": "T " + strconv.Itoa(len(body)), "body": body, "internalDetails": internal, "technicalDetail": internal}}
		}
		res := e.Do(create, tpl("EXECUTIVE", "# {{title}}\n{{top_insigth}}", true))
		fuCodes(t, res, "BAD_USER_INPUT")
		if msg := res.Errors[0].Message; !strings.Contains(msg, "{{top_insigth}}") || !strings.Contains(msg, "{{top_insight}}") {
			t.Errorf("unknown placeholder message should name it and the known ones: %s", msg)
		}
		res = e.Do(create, tpl("CUSTOMER", "# Report\n{{impact}}\n{{trail}}", false))
		fuCodes(t, res, "BAD_USER_INPUT")
		if !strings.Contains(res.Errors[0].Message, "{{trail}}") {
			t.Errorf("message should name the internal placeholder: %s", res.Errors[0].Message)
		}
		fuCodes(t, e.Do(create, tpl("EXECUTIVE", "{{period_by_service}}", true)), "BAD_USER_INPUT")
		fuCodes(t, e.Do(create, tpl("LEADERSHIP", "{{top_insight}}", true)), "BAD_USER_INPUT")

		var ok struct {
			CreateReportTemplate struct {
				ID      string
				Version int
			}
		}
		e.MustDo(create, tpl("CUSTOMER", "# Report\n{{impact}}\n{{key_moments}}", false), &ok)
		// Turning internal details off under an internal placeholder is refused too.
		var exec struct {
			CreateReportTemplate struct {
				ID      string
				Version int
			}
		}
		e.MustDo(create, tpl("EXECUTIVE", "{{top_insight}}", true), &exec)
		fuCodes(t, e.Do(`mutation($id: ID!, $v: Int!) { updateReportTemplate(id: $id, version: $v, input: {internalDetails: false}) { id } }`,
			map[string]any{"id": exec.CreateReportTemplate.ID, "v": exec.CreateReportTemplate.Version}), "BAD_USER_INPUT")
		// Only admins write templates.
		fuCodes(t, e.As(enum.RoleAnalyst).Do(create, tpl("EXECUTIVE", "{{impact}} x", true)), "FORBIDDEN")

		var ph struct {
			ReportPlaceholders []struct {
				Name                               string
				Internal, Technical, CrossIncident bool
			}
		}
		e.MustDo(`{ reportPlaceholders { name internal technical crossIncident } }`, nil, &ph)
		if len(ph.ReportPlaceholders) < 20 {
			t.Errorf("placeholders: %+v", ph.ReportPlaceholders)
		}
	})
}

func TestLeadershipReport(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		c, ctx := e.Client, e.Ctx
		day := func(d int) time.Time { return time.Date(2026, 1, d, 12, 0, 0, 0, time.UTC) }
		api := c.Service.Create().SetName("api-gw").SaveX(ctx)
		db := c.Service.Create().SetName("db-core").SaveX(ctx)
		capacity := c.FactorCategory.Create().SetName("Capacity").SaveX(ctx)
		mk := func(title string, started time.Time, ttm time.Duration, svcs ...*ent.Service) *ent.Incident {
			return c.Incident.Create().SetTitle(title).SetSeverity(enum.SeveritySev2).SetStartedAt(started).
				SetMitigatedAt(started.Add(ttm)).AddServices(svcs...).SaveX(ctx)
		}
		i1 := mk("Gateway timeouts", day(3), 30*time.Minute, api)
		i2 := mk("Gateway and db stall", day(10), 60*time.Minute, api, db)
		i3 := mk("Db failover", day(20), 90*time.Minute, db)
		mk("Outside the period", time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC), time.Hour, api)
		c.ContributingFactor.Create().SetIncident(i1).SetCategory(capacity).SetDescription("too few pods").SaveX(ctx)
		c.ContributingFactor.Create().SetIncident(i3).SetCategory(capacity).SetDescription("small disk").SaveX(ctx)
		ins := c.Insight.Create().SetIncident(i2).SetStatement("Stalls cascade across tiers").SetStatus(enum.InsightStatusPublished).SaveX(ctx)
		c.ActionItem.Create().SetTitle("Add circuit breakers").SetInsight(ins).AddIncidents(i2).SaveX(ctx)
		c.Insight.Create().SetIncident(i1).SetStatement("Draft thought").SaveX(ctx)
		c.Annotation.Create().SetScope(enum.AnnotationPeriod).SetPeriodStart(day(1)).SetPeriodEnd(day(15)).SetBody("Holiday freeze in effect").SaveX(ctx)
		c.Annotation.Create().SetScope(enum.AnnotationService).SetServiceID(api.ID).SetBody("Gateway rewrite under way").SaveX(ctx)
		c.Annotation.Create().SetScope(enum.AnnotationIncident).SetIncidentID(i3.ID).SetBody("Disk vendor recalled the batch").SaveX(ctx)

		var out struct{ GenerateReport rpReport }
		res := e.Do(`mutation { generateReport(input: {audience: LEADERSHIP, filter: {from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z"}}) { `+rpFields+` trail { insight { statement } } } }`, nil)
		if len(res.Errors) > 0 {
			t.Fatalf("generate: %+v", res.Errors)
		}
		if err := json.Unmarshal(res.Data, &out); err != nil {
			t.Fatal(err)
		}
		body := out.GenerateReport.Body
		// api-gw: i1 (30 min), i2 (60 min): median 30 min (nearest rank), p90 1 h.
		// db-core: i2 (60), i3 (90): median 1 h, p90 1 h 30 min. Shares of 3.
		for _, s := range []string{
			"| api-gw | [2](/insights?", "| 67% | 30 min | 1 h | 0/1 done on time, 1 open (0 overdue) |",
			"| db-core | [2](/insights?", "| 67% | 1 h | 1 h 30 min |",
			"| Capacity | [2](/insights?", "| 67% | 30 min | 1 h 30 min | no actions |",
			"```debrief-chart\n{\"kind\":\"breakdown\",\"dimension\":\"SERVICE\",\"figure\":\"count\",\"filter\":{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-02-01T00:00:00Z\"}}\n```\n\n| Service |",
			"\"kind\":\"trend\"", "| 2026-01 | 3 |",
			"Holiday freeze in effect",
			// Annotations name what they are about, with a link.
			"[service api-gw](/services/" + strconv.Itoa(api.ID) + "): Gateway rewrite under way",
			"[incident “Db failover”](/incidents/" + strconv.Itoa(i3.ID) + "): Disk vendor recalled the batch",
			"[Gateway timeouts](/incidents/" + strconv.Itoa(i1.ID) + ")", "[Db failover](/incidents/" + strconv.Itoa(i3.ID) + ")",
			"3 incidents, counted as described at the end.",
			// Definitions in plain words, which explain the medians the tables quote.
			"- **Time to mitigate**: The time from the start of the incident until its impact was stopped",
			"The median is the middle incident", "- **Incidents**: How many incidents started in the period",
		} {
			if !strings.Contains(body, s) {
				t.Errorf("leadership report lacks %q", s)
			}
		}
		if strings.Contains(body, "Outside the period") {
			t.Errorf("leadership report covers an incident outside the period")
		}
		if !strings.Contains(body, "1. **[Stalls cascade across tiers](") || strings.Contains(body, "Draft thought") {
			t.Errorf("the top insights must be the published one only")
		}
		if t.Failed() {
			t.Log(body)
		}
	})
}

// Listing reports with their trails and published versions runs the same
// number of statements for two reports as for eight: each is loaded in one
// batch.
func TestReportTrailListIsBatched(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			analyst := e.As(enum.RoleAnalyst)
			for i := range n {
				f := newRPFixtureNamed(t, e, i)
				r := rpGenerate(t, analyst, "ENGINEERING", f.ID)
				analyst.MustDo(`mutation($id: ID!, $v: Int!) { publishReport(id: $id, version: $v) { id } }`, map[string]any{"id": r.ID, "v": r.Version}, nil)
			}
			before := e.Statements()
			var out struct {
				Reports struct {
					Edges []struct {
						Node struct {
							Trail []struct {
								Evidence []any
								Actions  []struct{ Owner *struct{ Name string } }
							}
							PublishedVersions []struct{ Number int }
							Latest            *struct{ Number int }
						}
					}
				}
			}
			analyst.MustDo(`{ reports(first: 50) { edges { node { id trail { incident { id } insight { id } evidence { link } actions { title owner { name } team { name } } } publishedVersions { number } latest { number } } } } }`, nil, &out)
			if len(out.Reports.Edges) != n {
				t.Fatalf("listed %d reports, want %d", len(out.Reports.Edges), n)
			}
			for _, edge := range out.Reports.Edges {
				if len(edge.Node.Trail) != 3 || len(edge.Node.Trail[0].Evidence) != 3 || edge.Node.Trail[0].Actions[0].Owner == nil {
					t.Fatalf("trail not loaded: %+v", edge.Node.Trail)
				}
				if len(edge.Node.PublishedVersions) != 1 || edge.Node.Latest == nil || edge.Node.Latest.Number != 1 {
					t.Fatalf("versions not loaded: %+v, latest %+v", edge.Node.PublishedVersions, edge.Node.Latest)
				}
			}
			return e.Statements() - before
		}
		few, many := statementsFor(2), statementsFor(8)
		t.Logf("%s: %d statements for 2 reports, %d for 8", b, few, many)
		if few != many {
			t.Errorf("statements grow with reports: %d for 2, %d for 8", few, many)
		}
	})
}

// newRPFixtureNamed is a smaller fixture with unique names, for lists.
func newRPFixtureNamed(t *testing.T, e *harness.Env, n int) *ent.Incident {
	t.Helper()
	c, ctx := e.Client, e.Ctx
	start := time.Date(2026, 3, 10+n, 9, 0, 0, 0, time.UTC)
	team := c.Team.Create().SetName(fmt.Sprintf("Team %d", n)).SaveX(ctx)
	owner := c.User.Create().SetName(fmt.Sprintf("Owner %d", n)).SetRole(enum.RoleMember).SaveX(ctx)
	inc := c.Incident.Create().SetTitle(fmt.Sprintf("Incident %d", n)).SetSeverity(enum.SeveritySev2).SetStartedAt(start).SaveX(ctx)
	ev := c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(start).SetKind(enum.EventKindAlert).SetText("alert").SaveX(ctx)
	p := c.Perspective.Create().SetIncident(inc).SetAuthor(owner).SetDepartment(enum.DepartmentSupport).SetWhatTheySaw("tickets").SaveX(ctx)
	q := c.Question.Create().SetIncident(inc).SetText("why?").SaveX(ctx)
	for i := range 3 {
		in := c.Insight.Create().SetIncident(inc).SetStatement(fmt.Sprintf("insight %d", i)).SetStatus(enum.InsightStatusPublished).
			AddEvidenceEvents(ev).AddEvidencePerspectives(p).AddEvidenceQuestions(q).SaveX(ctx)
		c.ActionItem.Create().SetTitle(fmt.Sprintf("action %d.%d", n, i)).SetOwner(owner).SetTeam(team).SetInsight(in).AddIncidents(inc).SaveX(ctx)
	}
	return inc
}

func TestRegenerateReport(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newRPFixture(t, e, false)
		analyst := e.As(enum.RoleAnalyst)
		r := rpGenerate(t, analyst, "ENGINEERING", f.incident.ID)
		var pub struct{ PublishReport rpReport }
		analyst.MustDo(`mutation($id: ID!, $v: Int!) { publishReport(id: $id, version: $v) { `+rpFields+` } }`, map[string]any{"id": r.ID, "v": r.Version}, &pub)

		// New data reaches the draft on regeneration, which marks it changed.
		e.Client.Question.Create().SetIncidentID(f.incident.ID).SetText("Who owns the quota defaults?").SaveX(e.Ctx)
		const regen = `mutation($id: ID!, $v: Int!) { regenerateReport(id: $id, version: $v) { ` + rpFields + ` } }`
		fuCodes(t, analyst.Do(regen, map[string]any{"id": r.ID, "v": r.Version}), "CONFLICT")
		var out struct{ RegenerateReport rpReport }
		analyst.MustDo(regen, map[string]any{"id": r.ID, "v": pub.PublishReport.Version}, &out)
		if !strings.Contains(out.RegenerateReport.Body, "Who owns the quota defaults?") || !out.RegenerateReport.ChangedSincePublish {
			t.Errorf("regenerated draft: changed=%v\n%s", out.RegenerateReport.ChangedSincePublish, out.RegenerateReport.Body)
		}
		// A leadership report needs its period; incident reports their incident.
		fuCodes(t, analyst.Do(`mutation { generateReport(input: {audience: LEADERSHIP, filter: {from: "2026-01-01T00:00:00Z"}}) { id } }`, nil), "BAD_USER_INPUT")
		fuCodes(t, analyst.Do(`mutation { generateReport(input: {audience: SUPPORT}) { id } }`, nil), "BAD_USER_INPUT")
	})
}
