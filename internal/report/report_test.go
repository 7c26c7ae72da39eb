package report_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/report"
	"github.com/debrief/debrief/ent/reporttemplate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/demo"
	"github.com/debrief/debrief/internal/harness"
	rep "github.com/debrief/debrief/internal/report"
)

// Every default template passes its own validation, and the customer one
// uses no placeholder that could name people or systems.
func TestDefaultTemplatesAreValid(t *testing.T) {
	seen := map[enum.ReportAudience]bool{}
	for _, d := range rep.Defaults {
		seen[d.Audience] = true
		err := rep.Validate(rep.Template{Audience: d.Audience, Body: d.Body, InternalDetails: d.InternalDetails, TechnicalDetail: d.TechnicalDetail})
		if err != nil {
			t.Errorf("%s: %v", d.Audience, err)
		}
		if d.Audience == enum.AudienceCustomer {
			if d.InternalDetails || d.TechnicalDetail {
				t.Errorf("the customer template allows internal or technical detail")
			}
			for _, name := range rep.Used(d.Body) {
				for _, p := range rep.Placeholders {
					if p.Name == name && (p.Internal || p.Technical) {
						t.Errorf("the customer template uses {{%s}}", name)
					}
				}
			}
		}
	}
	for _, a := range enum.ReportAudience("").Values() {
		if !seen[enum.ReportAudience(a)] {
			t.Errorf("no default template for %s", a)
		}
	}
}

func TestValidateRefusals(t *testing.T) {
	cases := []struct {
		name string
		t    rep.Template
		want string
	}{
		{"unknown", rep.Template{Audience: enum.AudienceExecutive, Body: "{{ nope }}", InternalDetails: true, TechnicalDetail: true}, "unknown placeholder {{nope}}"},
		{"internal", rep.Template{Audience: enum.AudienceCustomer, Body: "{{actions}}"}, "internal details turned off"},
		{"technical", rep.Template{Audience: enum.AudienceExecutive, Body: "{{timeline}}", InternalDetails: true}, "technical detail turned off"},
		{"cross in incident", rep.Template{Audience: enum.AudienceSupport, Body: "{{period}}", InternalDetails: true, TechnicalDetail: true}, "only LEADERSHIP"},
		{"incident in cross", rep.Template{Audience: enum.AudienceLeadership, Body: "{{impact}}", InternalDetails: true, TechnicalDetail: true}, "about one incident"},
	}
	for _, c := range cases {
		err := rep.Validate(c.t)
		e, ok := apperr.As(err)
		if !ok || e.Code != apperr.CodeBadUserInput || e.Field != "body" || !strings.Contains(e.Message, c.want) {
			t.Errorf("%s: got %v, want BAD_USER_INPUT on body containing %q", c.name, err, c.want)
		}
	}
	if err := rep.Validate(rep.Template{Audience: enum.AudienceCustomer, Body: "{{impact}} {{ key_moments }} {{definitions}}"}); err != nil {
		t.Errorf("a customer template with safe placeholders: %v", err)
	}
}

// Starting (the harness goes through app.New) seeds one template per
// audience; seeding again, even from two instances at once, adds nothing.
func TestEnsureDefaultsIsIdempotent(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = rep.EnsureDefaults(e.Ctx, e.Client)
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		for _, a := range enum.ReportAudience("").Values() {
			if n := e.Client.ReportTemplate.Query().Where(reporttemplate.AudienceEQ(enum.ReportAudience(a))).CountX(e.Ctx); n != 1 {
				t.Errorf("%s: %d templates, want 1", a, n)
			}
		}
	})
}

// The demo has a published executive summary and an engineering draft.
func TestDemoReports(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	if _, err := demo.Load(e.Ctx, e.Client, time.Now()); err != nil {
		t.Fatal(err)
	}
	pub := e.Client.Report.Query().Where(report.AudienceEQ(enum.AudienceExecutive)).OnlyX(e.Ctx)
	if pub.PublishedVersion != 1 || pub.ChangedSincePublish || pub.QueryVersions().CountX(e.Ctx) != 1 {
		t.Errorf("executive summary: %+v", pub)
	}
	if !strings.Contains(pub.Body, "## Top insight") || strings.Contains(pub.Body, "No insight has been agreed yet") {
		t.Errorf("the demo's executive summary has no top insight:\n%s", pub.Body)
	}
	draft := e.Client.Report.Query().Where(report.AudienceEQ(enum.AudienceEngineering)).OnlyX(e.Ctx)
	if draft.PublishedVersion != 0 || *draft.IncidentID != *pub.IncidentID {
		t.Errorf("engineering draft: %+v", draft)
	}
}

// The export always ends with what its figures count, once: from the
// body's own section (or the "Definitions" of templates seeded before it
// was renamed), or a list added after an edited body without one.
func TestMarkdownCarriesDefinitions(t *testing.T) {
	defs := []enum.FigureDefinition{{Key: "timeToMitigate", Label: "Time to mitigate", Definition: "Seconds from startedAt to mitigatedAt."}}
	r := &ent.Report{Title: "T", Audience: enum.AudienceExecutive, Body: "# T\n\nMitigated in 45 min.", Definitions: defs, Scope: "The incident “T”"}
	md := rep.Markdown(context.Background(), nil, r)
	for _, s := range []string{"title: \"T\"", "audience: EXECUTIVE", "scope: \"The incident “T”\"", "version: \"draft, never published\"", "## How these figures are counted\n\n- **Time to mitigate**: "} {
		if !strings.Contains(md, s) {
			t.Errorf("export lacks %q:\n%s", s, md)
		}
	}
	for _, heading := range []string{"## " + rep.DefinitionsHeading, "### Definitions"} {
		r.Body = "# T\n\n" + heading + "\n\n- mine"
		if md := rep.Markdown(context.Background(), nil, r); strings.Count(md, "Definitions")+strings.Count(md, rep.DefinitionsHeading) != 1 {
			t.Errorf("definitions twice:\n%s", md)
		}
	}
}
