package porting_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/porting"
	"github.com/debrief/debrief/internal/viewer"
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// importFile imports a testdata file and fails the test on any problem.
func importFile(t *testing.T, ctx context.Context, client *ent.Client, name string, opts porting.Options) porting.Result {
	t.Helper()
	res := porting.Import(ctx, client, name, readTestdata(t, name), opts)
	if len(res.Errors) > 0 {
		t.Fatalf("import %s: %v", name, res.Errors)
	}
	return res
}

func incidentByKey(t *testing.T, e *harness.Env, key string) *ent.Incident {
	t.Helper()
	inc, err := e.Client.Incident.Query().Where(incident.ImportKey(key)).
		WithServices().WithVendors().WithTags().WithTimelineEvents().Only(e.Ctx)
	if err != nil {
		t.Fatalf("incident %q: %v", key, err)
	}
	return inc
}

func names[T any](items []T, name func(T) string) string {
	var out []string
	for _, it := range items {
		out = append(out, name(it))
	}
	return strings.Join(out, ",")
}

func TestImportFormats(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		analyst := e.As(enum.RoleAnalyst)
		ctx := viewer.NewContext(context.Background(), viewer.Viewer{UserID: analyst.User.ID, Role: enum.RoleAnalyst})
		mapping := "key=Ticket,title=Headline,startedAt=Start,resolvedAt=End,severity=Sev,ignore=Notes"
		cases := []struct {
			file    string
			opts    porting.Options
			created int
		}{
			{"incidents.csv", porting.Options{}, 3},
			{"mapped.csv", porting.Options{CSVMap: mapping}, 2},
			{"postmortem.md", porting.Options{}, 1},
			{"statuspage.json", porting.Options{}, 2},
		}
		for _, c := range cases {
			var progress [][2]int
			c.opts.Progress = func(done, total int) { progress = append(progress, [2]int{done, total}) }
			res := importFile(t, ctx, e.Client, c.file, c.opts)
			if res.Created != c.created || res.Skipped != 0 {
				t.Errorf("%s: created %d, skipped %d; want %d, 0", c.file, res.Created, res.Skipped, c.created)
			}
			if len(progress) != c.created || progress[len(progress)-1] != [2]int{c.created, c.created} {
				t.Errorf("%s: progress %v", c.file, progress)
			}
			// Importing the same file again finds every incident.
			again := importFile(t, ctx, e.Client, c.file, c.opts)
			if again.Created != 0 || again.Skipped != c.created {
				t.Errorf("%s again: created %d, skipped %d; want 0, %d", c.file, again.Created, again.Skipped, c.created)
			}
		}
		if n := e.Client.Incident.Query().CountX(e.Ctx); n != 8 {
			t.Errorf("%d incidents, want 8", n)
		}

		csvInc := incidentByKey(t, e, "csv:INC-102")
		if csvInc.Title != "Certificate expired" || csvInc.Severity != enum.SeveritySev1 || csvInc.Status != enum.IncidentStatusResolved ||
			csvInc.ResolvedAt == nil || *csvInc.CreatedByID != analyst.User.ID {
			t.Errorf("mapped CSV incident: %+v", csvInc)
		}
		checkout, err := e.Client.Incident.Query().Where(incident.Title("Checkout errors after deploy")).
			WithServices().WithTags().Only(e.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(*checkout.ImportKey, "csv:") || checkout.Severity != enum.SeveritySev2 ||
			names(checkout.Edges.Services, func(s *ent.Service) string { return s.Name }) != "checkout,payments-api" ||
			names(checkout.Edges.Tags, func(s *ent.Tag) string { return s.Name }) != "deploy,checkout" {
			t.Errorf("CSV incident: %+v %+v", checkout, checkout.Edges)
		}

		md := incidentByKey(t, e, "https://example.com/postmortems/storage-2017")
		if md.SourceURL != "https://example.com/postmortems/storage-2017" || md.Severity != enum.SeveritySev3 ||
			!strings.HasPrefix(md.Summary, "A mistyped command") || !strings.Contains(md.Summary, "refuses to go below a minimum") ||
			md.StartedAt.Hour() != 17 || md.ResolvedAt == nil || md.ResolvedAt.Hour() != 21 {
			t.Errorf("Markdown incident: %+v", md)
		}
		if got := names(md.Edges.Vendors, func(v *ent.Vendor) string { return v.Name }); got != "Example Cloud" {
			t.Errorf("Markdown vendors %q", got)
		}
		if got := names(md.Edges.Services, func(s *ent.Service) string { return s.Name }); got != "Object Storage,Block Storage" {
			t.Errorf("Markdown services %q", got)
		}
		if got := names(md.Edges.Tags, func(s *ent.Tag) string { return s.Name }); got != "config-change,cloud,typo,playbook-gap" {
			t.Errorf("Markdown tags %q", got)
		}

		sp := incidentByKey(t, e, "statuspage:abc123/inc1")
		if sp.Severity != enum.SeveritySev2 || sp.SourceURL != "https://stspg.io/inc1" || sp.MitigatedAt == nil || sp.Status != enum.IncidentStatusResolved {
			t.Errorf("Statuspage incident: %+v", sp)
		}
		if got := names(sp.Edges.Services, func(s *ent.Service) string { return s.Name }); got != "API,Webhooks" {
			t.Errorf("Statuspage services %q", got)
		}
		updates, err := e.Client.TimelineEvent.Query().
			Where(timelineevent.IncidentID(sp.ID), timelineevent.MilestoneIsNil()).
			Order(timelineevent.ByOccurredAt()).All(e.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got := names(updates, func(u *ent.TimelineEvent) string { return string(u.Source) + ":" + u.SourceRef + ":" + u.Text }); got !=
			"STATUS_PAGE:u1:Investigating: We are investigating elevated errors.,STATUS_PAGE:u2:Monitoring: A fix has been implemented.,STATUS_PAGE:u3:Resolved: This incident has been resolved." {
			t.Errorf("Statuspage updates %q", got)
		}
	})
}

// A malformed file is refused with where and why, and nothing of it is
// written — also when the bad record comes after good ones.
func TestImportRefusesMalformedFiles(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		cases := []struct {
			file, position, message string
		}{
			{"bad_columns.csv", "line 1", `wrong columns: missing startedAt (header "startedAt"), title (header "title")`},
			{"bad_date.csv", "line 3 (record 2)", `startedAt: invalid date "last tuesday"`},
			{"bad_severity.csv", "line 3 (record 2)", `unknown severity "CATASTROPHIC"`},
			{"bad_order.csv", "line 3 (record 2)", "resolved_at (2024-01-02T09:00:00Z) cannot be before started_at"},
			{"bad_yaml.md", "line 2, column 8", "malformed YAML front matter"},
			{"bad_statuspage.json", "incidents[1] (id bad1)", `incident_updates[0] (id u1): created_at: invalid date "yesterday"`},
			{"bad_syntax.json", "line 5, column 52", "invalid JSON"},
			{"bad_date.json", "incidents[1]", `invalid date "yesterday"`},
		}
		for _, c := range cases {
			res := porting.Import(e.Ctx, e.Client, c.file, readTestdata(t, c.file), porting.Options{})
			if res.Created != 0 || len(res.Errors) != 1 {
				t.Errorf("%s: %+v; want one error", c.file, res)
				continue
			}
			p := res.Errors[0]
			if p.File != c.file || p.Position != c.position || !strings.Contains(p.Message, c.message) {
				t.Errorf("%s: got %q; want position %q and message containing %q", c.file, p.String(), c.position, c.message)
			}
		}
		if n := e.Client.Incident.Query().CountX(e.Ctx); n != 0 {
			t.Errorf("%d incidents written from refused files", n)
		}
		if n := e.Client.Tag.Query().CountX(e.Ctx); n != 0 {
			t.Errorf("%d tags written from refused files", n)
		}
	})
}

// Importing takes an analyst or admin (or the system): members and viewers
// may not, nor read-only tokens.
func TestImportPermissions(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	data := readTestdata(t, "incidents.csv")
	for _, c := range []struct {
		v  viewer.Viewer
		ok bool
	}{
		{viewer.Viewer{UserID: e.As(enum.RoleViewer).User.ID, Role: enum.RoleViewer}, false},
		{viewer.Viewer{UserID: e.As(enum.RoleMember).User.ID, Role: enum.RoleMember}, false},
		{viewer.Viewer{UserID: e.As(enum.RoleAnalyst).User.ID, Role: enum.RoleAnalyst, ReadOnly: true}, false},
		{viewer.Viewer{UserID: e.As(enum.RoleAdmin).User.ID, Role: enum.RoleAdmin}, true},
	} {
		res := porting.Import(viewer.NewContext(context.Background(), c.v), e.Client, "incidents.csv", data, porting.Options{})
		if ok := len(res.Errors) == 0; ok != c.ok {
			t.Errorf("%s (read-only %v): %+v", c.v.Role, c.v.ReadOnly, res)
		}
		if !c.ok && (len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "only analysts and admins may import")) {
			t.Errorf("%s: refusal %+v", c.v.Role, res.Errors)
		}
	}
	res := porting.Import(context.Background(), e.Client, "incidents.csv", data, porting.Options{})
	if len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "sign in") {
		t.Errorf("anonymous import: %+v", res)
	}
}
