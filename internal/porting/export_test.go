package porting_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/porting"
	"github.com/debrief/debrief/internal/viewer"
)

// seed writes one of everything the export covers and returns the ID of
// the richest incident.
func seed(t *testing.T, e *harness.Env) int {
	t.Helper()
	c, ctx := e.Client, e.Ctx
	at := func(h, m int) time.Time { return time.Date(2024, 2, 1, h, m, 0, 0, time.UTC) }
	ana := c.User.Create().SetName("Ana Analyst").SetEmail("ana@example.com").SetRole(enum.RoleAnalyst).
		SetDepartment(enum.DepartmentEngineering).SetTimeZone("Europe/Berlin").SaveX(ctx)
	sam := c.User.Create().SetName("Sam Support").SetDepartment(enum.DepartmentSupport).SaveX(ctx)
	platform := c.Team.Create().SetName("Platform").SetDescription("runs the servers").AddMembers(ana, sam).SaveX(ctx)
	cloud := c.Vendor.Create().SetName("Cloudy").SetWebsite("https://cloudy.example").SaveX(ctx)
	db := c.Service.Create().SetName("orders-db").SetKind(enum.ServiceKindVendorDependency).SetVendor(cloud).SetOwnerTeam(platform).SaveX(ctx)
	api := c.Service.Create().SetName("orders-api").SaveX(ctx)
	tag := c.Tag.Create().SetName("database").SaveX(ctx)
	capacity := c.FactorCategory.Create().SetName("Capacity").SetDescription("running out of something").SaveX(ctx)

	inc := c.Incident.Create().SetTitle("Orders failing").SetSummary("Writes timed out.").SetSeverity(enum.SeveritySev1).
		SetStatus(enum.IncidentStatusFollowingUp).SetStartedAt(at(9, 0)).SetDetectedAt(at(9, 5)).SetResolvedAt(at(10, 0)).
		SetCustomerImpact("No orders for an hour").SetCustomersAffected(1200).SetReviewMode(enum.ReviewModeMeeting).
		SetReviewDueAt(at(23, 0)).SetFacilitator(ana).SetSourceURL("https://wiki.example/orders").SetCreatedBy(ana).
		AddServices(db, api).AddVendors(cloud).AddTags(tag).SaveX(ctx)
	c.Incident.Create().SetTitle("Quiet restricted one").SetSeverity(enum.SeveritySev4).SetStartedAt(at(12, 0)).
		SetRestricted(true).SetImportKey("statuspage:p/x").SaveX(ctx)

	c.Participant.Create().SetIncidentID(inc.ID).SetUser(ana).SetRole(enum.ParticipantRoleCommander).
		SetChannels([]enum.Channel{enum.ChannelSlack, enum.ChannelZoom}).SetLocation("home").SaveX(ctx)
	c.Participant.Create().SetIncidentID(inc.ID).SetUser(sam).SetRole(enum.ParticipantRoleCommunications).SaveX(ctx)
	// An event at the same time as a milestone, and an edited milestone.
	alert := c.TimelineEvent.Create().SetIncidentID(inc.ID).SetOccurredAt(at(9, 5)).SetKind(enum.EventKindAlert).
		SetSource(enum.ChannelPager).SetText("Disk alert fired").SetKeyMoment(true).SaveX(ctx)
	c.TimelineEvent.Create().SetIncidentID(inc.ID).SetOccurredAt(at(9, 20)).SetKind(enum.EventKindCommunication).
		SetSource(enum.ChannelSlack).SetActor(sam).SetText("Told customers").SetEvidenceURL("https://slack.example/1").SaveX(ctx)
	c.TimelineEvent.Update().Where(timelineevent.IncidentID(inc.ID), timelineevent.MilestoneEQ(enum.MilestoneDetected)).
		SetText("Pager woke Ana").ExecX(ctx)
	view := c.Perspective.Create().SetIncidentID(inc.ID).SetAuthor(sam).SetDepartment(enum.DepartmentSupport).
		SetWhatTheySaw("Tickets piling up").SetWhatHurt("No status page").SaveX(ctx)
	q := c.Question.Create().SetIncidentID(inc.ID).SetText("Why no alert earlier?").SetAskedBy(ana).
		SetAnswer("Threshold too high").SetAnsweredBy(ana).SaveX(ctx)
	c.Question.UpdateOne(q).SetAnsweredAt(at(15, 0)).ExecX(ctx)
	c.Question.Create().SetIncidentID(inc.ID).SetText("Who owns the disk?").SetAssignee(sam).SaveX(ctx)
	factor := c.ContributingFactor.Create().SetIncidentID(inc.ID).SetCategory(capacity).SetDescription("Disk filled").SaveX(ctx)
	insight := c.Insight.Create().SetIncidentID(inc.ID).SetStatement("Disk alerts come too late").SetStatus(enum.InsightStatusPublished).
		AddFactors(factor).AddEvidenceEvents(alert).AddEvidencePerspectives(view).AddEvidenceQuestions(q).SetCreatedBy(ana).SaveX(ctx)
	done := c.ActionItem.Create().SetTitle("Lower the disk alert threshold").SetOwner(ana).SetTeam(platform).
		SetPriority(enum.ActionPriorityHigh).SetSize(enum.ActionSizeS).SetDueAt(at(20, 0)).SetStatus(enum.ActionStatusDone).
		SetTrackerURL("https://tracker.example/1").SetInsight(insight).AddIncidentIDs(inc.ID).SaveX(ctx)
	c.ActionItem.UpdateOne(done).SetCompletedAt(at(18, 0)).ExecX(ctx)
	c.ActionItem.Create().SetTitle("Write a status page runbook").AddIncidentIDs(inc.ID).SaveX(ctx)
	return inc.ID
}

func exportJSON(t *testing.T, e *harness.Env, id int) string {
	t.Helper()
	doc, err := porting.Export(e.Ctx, e.Client, id)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := porting.WriteJSON(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Exporting, importing into an empty database and exporting again gives
// the same document.
func TestExportImportRoundTrip(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		src := harness.New(t, b)
		seed(t, src)
		first := exportJSON(t, src, 0)
		for _, want := range []string{`"key": "user-1"`, `"importKey": "statuspage:p/x"`, `"milestone": "DETECTED"`, `"text": "Pager woke Ana"`, `"evidenceEvents": [`} {
			if !strings.Contains(first, want) {
				t.Errorf("export lacks %s", want)
			}
		}

		dst := harness.New(t, b)
		res := porting.Import(dst.Ctx, dst.Client, "export.json", []byte(first), porting.Options{})
		if len(res.Errors) > 0 || res.Created != 2 {
			t.Fatalf("import: %+v", res)
		}
		second := exportJSON(t, dst, 0)
		if first != second {
			t.Errorf("the round trip changed the export:\n%s", diff(first, second))
		}
		// And once more: nothing new.
		res = porting.Import(dst.Ctx, dst.Client, "export.json", []byte(first), porting.Options{})
		if len(res.Errors) > 0 || res.Created != 0 || res.Skipped != 2 {
			t.Errorf("second import: %+v", res)
		}
		if n := dst.Client.ActionItem.Query().CountX(dst.Ctx); n != 2 {
			t.Errorf("%d action items after importing twice, want 2", n)
		}
	})
}

func TestExportOneIncident(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	id := seed(t, e)
	doc, err := porting.Export(e.Ctx, e.Client, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Incidents) != 1 || len(doc.ActionItems) != 2 {
		t.Fatalf("one-incident export: %d incidents, %d actions", len(doc.Incidents), len(doc.ActionItems))
	}
	var md bytes.Buffer
	if err := porting.WriteMarkdown(&md, doc); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"title: Orders failing", "url: https://wiki.example/orders", "start_time: \"2024-02-01T09:00:00Z\"",
		"# Orders failing", "Pager woke Ana", "**Capacity**: Disk filled", "- [x] Lower the disk alert threshold (done, Ana Analyst)"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md.String())
		}
	}
	// The Markdown export reads back with the Markdown importer.
	other := harness.New(t, harness.SQLite)
	res := porting.Import(other.Ctx, other.Client, "orders.md", md.Bytes(), porting.Options{})
	if len(res.Errors) > 0 || res.Created != 1 {
		t.Errorf("re-import of the Markdown export: %+v", res)
	}
}

// diff shows the first differing lines.
func diff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, al[i], bl[i])
		}
	}
	return "lengths differ"
}

// An export imported back into its own database finds its incidents.
func TestImportIntoSameDatabase(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	seed(t, e)
	res := porting.Import(e.Ctx, e.Client, "export.json", []byte(exportJSON(t, e, 0)), porting.Options{})
	if len(res.Errors) > 0 || res.Created != 0 || res.Skipped != 2 {
		t.Errorf("import into the same database: %+v", res)
	}
}

// An analyst imports an export only when the people and factor categories
// it names exist: creating those is for admins. Nothing is written
// otherwise.
func TestAnalystImportsExport(t *testing.T) {
	src := harness.New(t, harness.SQLite)
	seed(t, src)
	data := []byte(exportJSON(t, src, 0))

	dst := harness.New(t, harness.SQLite)
	analyst := dst.As(enum.RoleAnalyst)
	as := viewer.NewContext(context.Background(), viewer.Viewer{UserID: analyst.User.ID, Role: enum.RoleAnalyst})
	res := porting.Import(as, dst.Client, "export.json", data, porting.Options{})
	if len(res.Errors) != 1 || res.Errors[0].Position != "users[0]" || !strings.Contains(res.Errors[0].Message, "only admins") {
		t.Fatalf("analyst import with unknown people: %+v", res)
	}
	if n := dst.Client.Incident.Query().CountX(dst.Ctx); n != 0 {
		t.Fatalf("%d incidents written", n)
	}

	// Once an admin has the directory in place, the analyst's import goes
	// through, and the records the export names no author of are theirs.
	for _, u := range []struct{ name, email string }{{"Ana Analyst", "ana@example.com"}, {"Sam Support", ""}} {
		dst.Client.User.Create().SetName(u.name).SetEmail(u.email).SaveX(dst.Ctx)
	}
	dst.Client.FactorCategory.Create().SetName("Capacity").SaveX(dst.Ctx)
	res = porting.Import(as, dst.Client, "export.json", data, porting.Options{})
	if len(res.Errors) > 0 || res.Created != 2 {
		t.Fatalf("analyst import: %+v", res)
	}
	restricted := dst.Client.Incident.Query().Where(incident.Restricted(true)).OnlyX(dst.Ctx)
	if restricted.CreatedByID == nil || *restricted.CreatedByID != analyst.User.ID {
		t.Errorf("author of an imported incident without one: %v", restricted.CreatedByID)
	}
}
