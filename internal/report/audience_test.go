package report_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
	rep "github.com/debrief/debrief/internal/report"
)

// readableFixture is an incident with one published insight (with
// evidence and an action) and one draft insight with more evidence, as on
// a real board: the draft is still being worded.
type readableFixture struct {
	inc           *ent.Incident
	agreed, draft string
}

func newReadableFixture(t *testing.T, e *harness.Env) readableFixture {
	t.Helper()
	c, ctx := e.Client, e.Ctx
	start := time.Date(2026, 4, 2, 8, 0, 0, 0, time.UTC)
	owner := c.User.Create().SetName("Maya Goldberg").SetRole(enum.RoleAnalyst).SaveX(ctx)
	inc := c.Incident.Create().SetTitle("Intermittent payment failures from PayWave slowness").SetSeverity(enum.SeveritySev2).
		SetStartedAt(start).SetDetectedAt(start.Add(10 * time.Minute)).SetMitigatedAt(start.Add(95 * time.Minute)).
		SetCustomerImpact("Customers saw 'Payment failed'.").SetCustomersAffected(300).SaveX(ctx)
	ev := c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(start.Add(5 * time.Minute)).SetKind(enum.EventKindAlert).
		SetText("Latency alert on the PayWave client").SaveX(ctx)
	ev2 := c.TimelineEvent.Create().SetIncident(inc).SetOccurredAt(start.Add(30 * time.Minute)).SetKind(enum.EventKindDecision).
		SetText("Raised the client timeout").SaveX(ctx)
	q := c.Question.Create().SetIncident(inc).SetText("Who owns the PayWave contract?").SaveX(ctx)
	// The draft has more evidence than the agreed insight: were drafts
	// ranked with the others, it would win on evidence.
	draft := c.Insight.Create().SetIncident(inc).SetStatement("Vendor timeouts were never tuned").
		AddEvidenceEvents(ev, ev2).AddEvidenceQuestions(q).SaveX(ctx)
	agreed := c.Insight.Create().SetIncident(inc).SetStatement("Nobody watched the vendor's latency").SetStatus(enum.InsightStatusPublished).
		AddEvidenceEvents(ev).SaveX(ctx)
	c.ActionItem.Create().SetTitle("Alert on PayWave latency").SetOwner(owner).SetStatus(enum.ActionStatusInProgress).
		SetInsight(agreed).AddIncidents(inc).SaveX(ctx)
	c.StatusUpdate.Create().SetIncident(inc).SetAudience(enum.CommsCustomers).SetChannel(enum.ChannelStatusPage).
		SetRecipients("all customers").SetBody("Card payments may fail; we are on it.").SetSentAt(start.Add(20 * time.Minute)).SaveX(ctx)
	return readableFixture{inc: inc, agreed: agreed.Statement, draft: draft.Statement}
}

var (
	rawID       = regexp.MustCompile(`#\d`)
	rawEnum     = regexp.MustCompile(`\b(PROPOSED|IN_PROGRESS|PUBLISHED|DRAFT|STATUS_PAGE|CUSTOMERS|ALERT|DECISION)\b`)
	codeyDefine = regexp.MustCompile("startedAt|mitigatedAt|ceil\\(|`[a-zA-Z]+`")
)

// generate writes a draft as the system (which sees everything) and
// returns it with its Markdown export.
func generate(t *testing.T, e *harness.Env, a enum.ReportAudience, incidentID int) (*ent.Report, string) {
	t.Helper()
	r, err := rep.Generate(e.Ctx, e.Client, rep.Request{Audience: a, IncidentID: &incidentID, Now: time.Date(2026, 4, 3, 9, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatalf("%s: %v", a, err)
	}
	return r, rep.Markdown(e.Ctx, e.Client, r)
}

// Every built-in incident audience reads like a document for people: it
// rests on the agreed insight only (a draft is never offered as what was
// learned), names records by title rather than number, counts in words
// ("1 action item", never "action item(s)"), says enum values in words,
// and says once, at the end, what its figures count in plain words.
func TestReportsReadLikeDocuments(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newReadableFixture(t, e)
		for _, a := range []enum.ReportAudience{enum.AudienceExecutive, enum.AudienceEngineering, enum.AudienceTeam, enum.AudienceSupport, enum.AudienceCustomer} {
			r, md := generate(t, e, a, f.inc.ID)
			for _, doc := range []string{r.Title, r.Scope, r.Body, md} {
				if strings.Contains(doc, f.draft) {
					t.Errorf("%s quotes the draft insight:\n%s", a, doc)
				}
				if m := rawID.FindString(doc); m != "" {
					t.Errorf("%s names a record by number (%q):\n%s", a, m, doc)
				}
				if strings.Contains(doc, "(s)") || strings.Contains(doc, "(ies)") {
					t.Errorf("%s says \"(s)\" for a plural:\n%s", a, doc)
				}
				if m := rawEnum.FindString(doc); m != "" {
					t.Errorf("%s shows the enum value %s:\n%s", a, m, doc)
				}
			}
			if n := strings.Count(md, "## "+rep.DefinitionsHeading); n != 1 {
				t.Errorf("%s: the export says what its figures count %d times, want once:\n%s", a, n, md)
			}
			if strings.Contains(md, "## Definitions") {
				t.Errorf("%s: the export still has a Definitions section:\n%s", a, md)
			}
			for _, d := range r.Definitions {
				if codeyDefine.MatchString(d.Definition) {
					t.Errorf("%s: the definition of %s reads like code: %s", a, d.Key, d.Definition)
				}
			}
			if a == enum.AudienceCustomer {
				if strings.Contains(r.Scope, f.inc.Title) {
					t.Errorf("the customer report's scope names the incident: %q", r.Scope)
				}
				continue
			}
			top := section(r.Body, "Top insight")
			if !strings.Contains(top, f.agreed) {
				t.Errorf("%s: the top insight is not the agreed one:\n%s", a, top)
			}
			// One piece of evidence and one action: singular, in words.
			if !strings.Contains(top, "It rests on 1 piece of evidence and led to 1 action item.") {
				t.Errorf("%s: the top insight's backing is not in words:\n%s", a, top)
			}
			if !strings.Contains(r.Scope, "“"+f.inc.Title+"”") {
				t.Errorf("%s: the scope does not name the incident by title: %q", a, r.Scope)
			}
		}

		exec, _ := generate(t, e, enum.AudienceExecutive, f.inc.ID)
		for _, s := range []string{
			"Covers the incident [" + f.inc.Title + "](/incidents/",
			"owner Maya Goldberg, no due date, in progress",
			"- **Time to mitigate**: The time from the start of the incident until its impact was stopped",
		} {
			if !strings.Contains(exec.Body, s) {
				t.Errorf("executive summary lacks %q:\n%s", s, exec.Body)
			}
		}
		// The figures' definitions come last, before the note on how the
		// draft was generated.
		if h := headingsOf(exec.Body); h[len(h)-1] != rep.DefinitionsHeading {
			t.Errorf("executive summary sections = %q, want %q last", h, rep.DefinitionsHeading)
		}
		// One incident, one duration: no medians to explain.
		if strings.Contains(exec.Body, "median") {
			t.Errorf("a one-incident report explains medians:\n%s", exec.Body)
		}
		support, _ := generate(t, e, enum.AudienceSupport, f.inc.ID)
		if !strings.Contains(support.Body, "2026-04-02 08:20 UTC — customer update to all customers, via status page: Card payments may fail") {
			t.Errorf("support briefing does not say what was said in words:\n%s", support.Body)
		}
		team, _ := generate(t, e, enum.AudienceTeam, f.inc.ID)
		if !strings.Contains(section(team.Body, "Insights"), "_1 more insight is still being worded on [the incident's board](/incidents/") {
			t.Errorf("team report does not point to the draft's board:\n%s", section(team.Body, "Insights"))
		}
	})
}

// Without a published insight, a report says plainly that none has been
// agreed, whatever the drafts; and the live trail behind it is empty too.
func TestReportWithOnlyDraftInsights(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		c, ctx := e.Client, e.Ctx
		inc := c.Incident.Create().SetTitle("Checkout latency").SetSeverity(enum.SeveritySev3).
			SetStartedAt(time.Date(2026, 4, 2, 8, 0, 0, 0, time.UTC)).SaveX(ctx)
		c.Insight.Create().SetIncident(inc).SetStatement("Half-formed idea").SaveX(ctx)
		for _, a := range []enum.ReportAudience{enum.AudienceExecutive, enum.AudienceEngineering, enum.AudienceTeam, enum.AudienceSupport} {
			r, md := generate(t, e, a, inc.ID)
			if strings.Contains(md, "Half-formed idea") {
				t.Errorf("%s quotes the draft:\n%s", a, md)
			}
			if top := section(r.Body, "Top insight"); strings.TrimSpace(top) != "_No insight has been agreed yet._" {
				t.Errorf("%s top insight = %q", a, top)
			}
			if strings.Contains(md, "0 piece") || strings.Contains(md, "0 action") {
				t.Errorf("%s counts zeros:\n%s", a, md)
			}
			trails, err := rep.Trails(ctx, c, []*ent.Report{r})
			if err != nil {
				t.Fatal(err)
			}
			if len(trails[r.ID]) != 0 {
				t.Errorf("%s: the live trail carries a draft: %+v", a, trails[r.ID][0].Insight.Statement)
			}
		}
	})
}

// section is the text under a "## " heading, up to the next one.
func section(body, heading string) string {
	at := strings.Index(body, "## "+heading+"\n")
	if at < 0 {
		return ""
	}
	rest := body[at+len("## "+heading+"\n"):]
	if next := strings.Index(rest, "\n## "); next >= 0 {
		rest = rest[:next]
	}
	return strings.TrimSpace(rest)
}

// headingsOf lists the "## " headings of a body, in order.
func headingsOf(body string) []string {
	var out []string
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(line, "## ") {
			out = append(out, strings.TrimPrefix(line, "## "))
		}
	}
	return out
}
