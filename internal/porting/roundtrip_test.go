package porting_test

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	entactivity "github.com/debrief/debrief/ent/activity"
	"github.com/debrief/debrief/ent/question"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/demo"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/porting"
	"github.com/debrief/debrief/internal/viewer"
)

// seedEverything adds to seed's records one of every kind version 2 of the
// format carries: people's contact details, response aids, checklists,
// status updates, comments, reports, annotations, an action item serving
// no incident, and a history written by the data layer (through the
// server's client, whose hooks record it) that mentions a deleted comment.
func seedEverything(t *testing.T, e *harness.Env) int {
	t.Helper()
	id := seed(t, e)
	c, ctx := e.Client, e.Ctx
	at := func(h, m int) time.Time { return time.Date(2024, 2, 1, h, m, 0, 0, time.UTC) }
	ana := c.User.Query().Where(user.Email("ana@example.com")).OnlyX(ctx)
	sam := c.User.Query().Where(user.Name("Sam Support")).OnlyX(ctx)
	c.User.UpdateOne(ana).SetPhone("+49 30 1234567").SetChatHandle("@ana").SetExpertise([]string{"postgres", "payments"}).ExecX(ctx)
	c.Team.Update().Where(team.Name("Platform")).SetChatChannel("#platform-oncall").SetEscalation("Page the platform rotation").ExecX(ctx)
	c.Service.Update().Where(service.Name("orders-db")).SetRunbookURL("https://wiki.example/runbooks/orders-db").AddEscalationContacts(sam).ExecX(ctx)
	// A person only a service names, and one only a team names.
	olu := c.User.Create().SetName("Olu Oncall").SetEmail("olu@example.com").SaveX(ctx)
	c.Service.Update().Where(service.Name("orders-api")).AddEscalationContacts(olu).ExecX(ctx)
	c.Team.Create().SetName("Payments").AddMembers(c.User.Create().SetName("Pia Payments").SetEmail("pia@example.com").SaveX(ctx)).ExecX(ctx)
	// A tag with times and an author of its own, long before the import:
	// the round trip must keep them.
	pg := c.Tag.Create().SetName("postgres").SetCreatedBy(ana).SetCreatedAt(at(8, 0)).SetUpdatedAt(at(8, 30)).SaveX(ctx)
	c.Incident.UpdateOneID(id).AddTags(pg).ExecX(ctx)

	workflow := c.WorkflowTemplate.Create().SetName("Database outage").SetDescription("When a database is down").
		SetSeverities([]enum.Severity{enum.SeveritySev1}).SetIncidentTypes([]string{"database"}).SetCreatedBy(ana).SaveX(ctx)
	c.WorkflowStep.Create().SetTemplateID(workflow.ID).SetPosition(0).SetTitle("Fail over").SetRole(enum.ParticipantRoleResponder).ExecX(ctx)
	c.WorkflowStep.Create().SetTemplateID(workflow.ID).SetPosition(1).SetTitle("Tell support").SetGuidance("In #support").ExecX(ctx)
	template := c.ReportTemplate.Create().SetAudience(enum.AudienceSupport).SetName("Support brief").
		SetBody("{{impact}}").SetInternalDetails(false).SetCreatedBy(ana).SaveX(ctx)
	c.MessageTemplate.Create().SetAudience(enum.CommsCustomers).SetName("All clear").SetBody("{{title}} is over").ExecX(ctx)

	checklist := c.IncidentChecklist.Create().SetIncidentID(id).SetTemplateID(workflow.ID).SetName("Database outage").SaveX(ctx)
	c.ChecklistItem.Create().SetIncidentID(id).SetChecklistID(checklist.ID).SetPosition(0).SetTitle("Fail over").
		SetRole(enum.ParticipantRoleResponder).SetDoneAt(at(9, 30)).SetDoneBy(ana).SetNote("replica promoted").ExecX(ctx)
	c.ChecklistItem.Create().SetIncidentID(id).SetChecklistID(checklist.ID).SetPosition(1).SetTitle("Tell support").ExecX(ctx)
	update := c.StatusUpdate.Create().SetIncidentID(id).SetAudience(enum.CommsCustomers).SetChannel(enum.ChannelStatusPage).
		SetRecipients("all customers").SetBody("Orders are failing; we are on it.").SetSentAt(at(9, 25)).SetCreatedBy(sam).SaveX(ctx)
	insight := c.Insight.Create().SetIncidentID(id).SetStatement("Customers heard late").SetCreatedBy(ana)
	if update.TimelineEventID != nil {
		insight.AddEvidenceEventIDs(*update.TimelineEventID)
	}
	insight.ExecX(ctx)

	r := c.Report.Create().SetAudience(enum.AudienceSupport).SetIncidentID(id).SetTemplateID(template.ID).SetTitle("Orders outage for support").
		SetBody("Orders failed for an hour.").SetGeneratedAt(at(16, 0)).SetGeneratedByID(ana.ID).SetScope("one incident").
		SetDefinitions([]enum.FigureDefinition{{Key: "duration", Label: "Duration", Definition: "start to resolution"}}).
		SetPublishedVersion(1).SetPublishedAt(at(17, 0)).SetChangedSincePublish(true).SetCreatedBy(ana).SaveX(ctx)
	c.ReportVersion.Create().SetReportID(r.ID).SetNumber(1).SetTitle(r.Title).SetBody("Orders failed.").
		SetGeneratedAt(at(16, 0)).SetPublishedAt(at(17, 0)).SetCreatedBy(ana).ExecX(ctx)
	c.Report.Create().SetAudience(enum.AudienceLeadership).SetTitle("February").SetBody("One outage.").SetGeneratedAt(at(18, 0)).
		SetPeriodStart(at(0, 0)).SetPeriodEnd(at(0, 0).AddDate(0, 1, 0)).SetAnalysisFilter(`{"severity":["SEV1"]}`).ExecX(ctx)

	db := c.Service.Query().Where(service.Name("orders-db")).OnlyX(ctx)
	c.Annotation.Create().SetScope(enum.AnnotationIncident).SetIncidentID(id).SetBody("The fire marshal kept us out").SetCreatedBy(ana).ExecX(ctx)
	c.Annotation.Create().SetScope(enum.AnnotationService).SetServiceID(db.ID).SetBody("Migrated in January").ExecX(ctx)
	c.Annotation.Create().SetScope(enum.AnnotationPeriod).SetPeriodStart(at(0, 0)).SetPeriodEnd(at(0, 0).AddDate(0, 0, 7)).SetBody("Freeze week").ExecX(ctx)
	c.Annotation.Create().SetScope(enum.AnnotationFigure).SetFigure("timeToMitigate").SetBody("Counts from detection").ExecX(ctx)
	c.ActionItem.Create().SetTitle("Review every disk alert").SetCreatedBy(ana).ExecX(ctx)

	// Through the server's client, as Ana: the history records it.
	as := viewer.NewContext(context.Background(), viewer.Viewer{UserID: ana.ID, Name: ana.Name, Role: enum.RoleAnalyst})
	hc := e.DB.Client
	// Fixed times, so that the Markdown export can be checked line by line.
	top := hc.Comment.Create().SetIncidentID(id).SetBody("@[Sam Support] can you check the tickets?").SetCreatedAt(at(10, 0)).SaveX(as)
	hc.Comment.Create().SetIncidentID(id).SetParentID(top.ID).SetBody("On it").SetCreatedAt(at(10, 5)).ExecX(as)
	action := c.ActionItem.Query().Where(actionitem.Title("Write a status page runbook")).OnlyX(ctx)
	hc.Comment.Create().SetIncidentID(id).SetActionItemID(action.ID).SetBody("Who writes it?").SetCreatedAt(at(10, 10)).ExecX(as)
	if update.TimelineEventID != nil {
		hc.Comment.Create().SetIncidentID(id).SetTimelineEventID(*update.TimelineEventID).SetBody("Good wording").SetCreatedAt(at(10, 15)).ExecX(as)
	}
	q := c.Question.Query().Where(question.Text("Who owns the disk?")).OnlyX(ctx)
	hc.Question.UpdateOne(q).SetAssignee(ana).ExecX(as)
	gone := hc.Comment.Create().SetIncidentID(id).SetBody("Typo, ignore").SaveX(as)
	c.Comment.DeleteOne(gone).ExecX(ctx)
	return id
}

func decode(t *testing.T, s string) porting.Document {
	t.Helper()
	var doc porting.Document
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// Every kind of record survives export → import into an empty database →
// export; the import through the server's client (which records history)
// brings the history over without adding to it, and importing again adds
// nothing.
func TestRoundTripEverything(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		src := harness.New(t, b)
		seedEverything(t, src)
		first := exportJSON(t, src, 0)
		doc := decode(t, first)
		inc := doc.Incidents[0]
		switch {
		case len(inc.Comments) != 4 && len(inc.Comments) != 3:
			t.Errorf("%d comments exported", len(inc.Comments))
		case len(inc.Checklists) != 1 || len(inc.Checklists[0].Items) != 2 || inc.Checklists[0].Items[0].DoneBy == "":
			t.Errorf("checklists: %+v", inc.Checklists)
		case len(inc.StatusUpdates) != 1 || len(inc.Reports) != 1 || len(inc.Reports[0].Versions) != 1 || len(inc.Annotations) != 1:
			t.Errorf("status updates %d, reports %d, annotations %d", len(inc.StatusUpdates), len(inc.Reports), len(inc.Annotations))
		case len(doc.Reports) != 1 || len(doc.Annotations) != 3 || len(doc.ActionItems) != 3:
			t.Errorf("cross-incident reports %d, annotations %d, action items %d", len(doc.Reports), len(doc.Annotations), len(doc.ActionItems))
		case len(inc.History) < 6:
			t.Errorf("history: %+v", inc.History)
		}
		var anaKey string
		for _, u := range doc.Users {
			if u.Email == "ana@example.com" {
				anaKey = u.Key
			}
		}
		at := func(h, m int) *time.Time { t := time.Date(2024, 2, 1, h, m, 0, 0, time.UTC); return &t }
		if i := slices.IndexFunc(doc.Tags, func(t porting.Tag) bool { return t.Name == "postgres" }); i < 0 ||
			doc.Tags[i].CreatedBy != anaKey || !doc.Tags[i].CreatedAt.Equal(*at(8, 0)) || !doc.Tags[i].UpdatedAt.Equal(*at(8, 30)) {
			t.Errorf("tags: %+v", doc.Tags)
		}
		for _, want := range []string{`"phone": "+49 30 1234567"`, `"chatChannel": "#platform-oncall"`, `"runbookUrl": "https://wiki.example/runbooks/orders-db"`,
			`"escalationContacts": [`, `"entity": "removed-1"`, `"actionItem": "action-2"`, `"workflow": "Database outage"`, `"doneAt": "2024-02-01T09:30:00Z"`,
			`"createdAt": "`, `"name": "Olu Oncall"`, `"name": "Pia Payments"`} {
			if !strings.Contains(first, want) {
				t.Errorf("export lacks %s", want)
			}
		}
		// The status update's timeline mirror is not an event of its own.
		for _, e := range inc.Timeline {
			if strings.HasPrefix(e.Text, "Status update to") {
				t.Errorf("the status update's mirror was exported: %+v", e)
			}
		}

		dst := harness.New(t, b)
		res := porting.Import(dst.Ctx, dst.DB.Client, "export.json", []byte(first), porting.Options{})
		if len(res.Errors) > 0 || res.Created != 2 {
			t.Fatalf("import: %+v", res)
		}
		second := exportJSON(t, dst, 0)
		if first != second {
			t.Errorf("the round trip changed the export:\n%s", diff(first, second))
		}
		if pg := dst.Client.Tag.Query().Where(tag.Name("postgres")).WithCreatedBy().OnlyX(dst.Ctx); !pg.CreatedAt.Equal(*at(8, 0)) ||
			!pg.UpdatedAt.Equal(*at(8, 30)) || pg.Edges.CreatedBy == nil || pg.Edges.CreatedBy.Email != "ana@example.com" {
			t.Errorf("imported tag: %+v, by %+v", pg, pg.Edges.CreatedBy)
		}
		activities := dst.Client.Activity.Query().CountX(dst.Ctx)
		if activities != len(inc.History) {
			t.Errorf("%d activities after the import, want the %d imported", activities, len(inc.History))
		}

		res = porting.Import(dst.Ctx, dst.DB.Client, "export.json", []byte(first), porting.Options{})
		if len(res.Errors) > 0 || res.Created != 0 || res.Skipped != 2 {
			t.Errorf("second import: %+v", res)
		}
		for what, n := range map[string][2]int{
			"action items":      {dst.Client.ActionItem.Query().CountX(dst.Ctx), 3},
			"reports":           {dst.Client.Report.Query().CountX(dst.Ctx), 2},
			"annotations":       {dst.Client.Annotation.Query().CountX(dst.Ctx), 4},
			"activities":        {dst.Client.Activity.Query().CountX(dst.Ctx), activities},
			"workflows":         {dst.Client.WorkflowTemplate.Query().CountX(dst.Ctx), len(doc.Workflows)},
			"message templates": {dst.Client.MessageTemplate.Query().CountX(dst.Ctx), len(doc.MessageTemplates)},
		} {
			if n[0] != n[1] {
				t.Errorf("%d %s after importing twice, want %d", n[0], what, n[1])
			}
		}
		if third := exportJSON(t, dst, 0); third != first {
			t.Errorf("importing again changed the export:\n%s", diff(first, third))
		}
	})
}

// One incident's export carries its board, checklists, status updates,
// reports, annotations and history, and what they name — and nothing of
// the others.
func TestExportOneIncidentEverything(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	id := seedEverything(t, e)
	doc := decode(t, exportJSON(t, e, id))
	inc := doc.Incidents[0]
	if len(doc.Incidents) != 1 || len(inc.Checklists) != 1 || len(inc.StatusUpdates) != 1 || len(inc.Reports) != 1 ||
		len(inc.Annotations) != 1 || len(inc.History) == 0 || len(inc.Comments) == 0 {
		t.Fatalf("one-incident export: %+v", inc)
	}
	if len(doc.ActionItems) != 2 || len(doc.Reports) != 0 || len(doc.Annotations) != 0 || len(doc.MessageTemplates) != 0 {
		t.Errorf("one-incident export has %d actions, %d reports, %d annotations, %d message templates",
			len(doc.ActionItems), len(doc.Reports), len(doc.Annotations), len(doc.MessageTemplates))
	}
	if len(doc.Workflows) != 1 || doc.Workflows[0].Name != "Database outage" || len(doc.ReportTemplates) != 1 {
		t.Errorf("one-incident export templates: %+v %+v", doc.Workflows, doc.ReportTemplates)
	}
	// For the Markdown: a draft report, and a comment of two paragraphs
	// on a question, by someone else.
	at := func(h, m int) time.Time { return time.Date(2024, 2, 1, h, m, 0, 0, time.UTC) }
	e.Client.Report.Create().SetAudience(enum.AudienceEngineering).SetIncidentID(id).SetTitle("Orders outage, in depth").
		SetBody("Draft.").SetGeneratedAt(at(19, 0)).ExecX(e.Ctx)
	sam := e.Client.User.Query().Where(user.Name("Sam Support")).OnlyX(e.Ctx)
	q := e.Client.Question.Query().Where(question.Text("Who owns the disk?")).OnlyX(e.Ctx)
	e.Client.Comment.Create().SetIncidentID(id).SetQuestionID(q.ID).SetCreatedBy(sam).SetCreatedAt(at(11, 0)).
		SetBody("Not us.\n\nMaybe the DBAs?").ExecX(e.Ctx)
	d, err := porting.Export(e.Ctx, e.Client, id)
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := porting.WriteMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	// The discussion nests replies and says what a comment is on; the
	// reports list their published versions, and drafts as drafts.
	for heading, want := range map[string]string{
		"## Discussion": `- **Ana Analyst**, 2024-02-01 10:00 UTC: @[Sam Support] can you check the tickets?
  - **Ana Analyst**, 2024-02-01 10:05 UTC: On it
- **Ana Analyst**, 2024-02-01 10:10 UTC, on action item "Write a status page runbook": Who writes it?
- **Ana Analyst**, 2024-02-01 10:15 UTC, on status update "Orders are failing; we are on it.": Good wording
- **Sam Support**, 2024-02-01 11:00 UTC, on question "Who owns the disk?": Not us.

  Maybe the DBAs?`,
		"## Reports": `- **Orders outage for support** (support): version 1 published 2024-02-01 17:00 UTC by Ana Analyst; the draft has changes not yet published
- **Orders outage, in depth** (engineering): draft, not published`,
	} {
		if got := section(md.String(), heading); got != want {
			t.Errorf("Markdown section %s:\n%s\nwant:\n%s", heading, got, want)
		}
	}
	// With them, it still imports as a Markdown postmortem.
	if res := porting.Import(e.Ctx, harness.New(t, harness.SQLite).DB.Client, "orders.md", md.Bytes(), porting.Options{}); len(res.Errors) > 0 || res.Created != 1 {
		t.Errorf("re-import of the Markdown export: %+v", res)
	}
	for _, want := range []string{"## Status updates", "to all customers (customers, status page): Orders are failing; we are on it.",
		"## Checklist: Database outage", "- [x] Fail over (2024-02-01 09:30 UTC, Ana Analyst) — replica promoted", "- [ ] Tell support"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md.String())
		}
	}
	// It imports on its own.
	other := harness.New(t, harness.SQLite)
	var b bytes.Buffer
	if err := porting.WriteJSON(&b, d); err != nil {
		t.Fatal(err)
	}
	if res := porting.Import(other.Ctx, other.DB.Client, "one.json", b.Bytes(), porting.Options{}); len(res.Errors) > 0 || res.Created != 1 {
		t.Fatalf("import: %+v", res)
	}
	// Compared with what was imported, which has the comment added above.
	again, want := decode(t, exportJSON(t, other, 0)).Incidents[0], d.Incidents[0]
	if len(again.History) != len(want.History) || len(again.Comments) != len(want.Comments) {
		t.Errorf("re-imported incident: %d activities, %d comments; want %d, %d", len(again.History), len(again.Comments), len(want.History), len(want.Comments))
	}
}

// section is the text under a Markdown heading, up to the next one.
func section(md, heading string) string {
	_, rest, ok := strings.Cut(md, "\n"+heading+"\n")
	if !ok {
		return ""
	}
	if i := strings.Index(rest, "\n## "); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSpace(rest)
}

// A version 1 document still imports; the import then records the history
// itself, as for the other formats.
func TestImportVersion1(t *testing.T) {
	src := harness.New(t, harness.SQLite)
	seed(t, src)
	doc := decode(t, exportJSON(t, src, 0))
	doc.Version = 1
	for i := range doc.Incidents {
		doc.Incidents[i].History = nil
	}
	var b bytes.Buffer
	if err := porting.WriteJSON(&b, &doc); err != nil {
		t.Fatal(err)
	}
	dst := harness.New(t, harness.SQLite)
	res := porting.Import(dst.Ctx, dst.DB.Client, "v1.json", b.Bytes(), porting.Options{})
	if len(res.Errors) > 0 || res.Created != 2 {
		t.Fatalf("import: %+v", res)
	}
	if n := dst.Client.Activity.Query().Where(entactivity.ActionEQ(entactivity.ActionCREATED)).CountX(dst.Ctx); n == 0 {
		t.Error("a version 1 import recorded no history")
	}
	// Nor do the other formats carry a history to replace the import's.
	csv := harness.New(t, harness.SQLite)
	importFile(t, csv.Ctx, csv.DB.Client, "incidents.csv", porting.Options{})
	if n := csv.Client.Activity.Query().CountX(csv.Ctx); n == 0 {
		t.Error("a CSV import recorded no history")
	}
	doc.Version = 3
	b.Reset()
	_ = porting.WriteJSON(&b, &doc)
	if res := porting.Import(dst.Ctx, dst.DB.Client, "v3.json", b.Bytes(), porting.Options{}); len(res.Errors) != 1 ||
		!strings.Contains(res.Errors[0].Message, "version 3 is not supported") {
		t.Errorf("version 3: %+v", res)
	}
}

// Documents written before tags carried times list them by name; those
// still import, at either version, and the tags get the import's time. A
// tag that is neither a name nor a record is refused.
func TestImportTagNames(t *testing.T) {
	src := harness.New(t, harness.SQLite)
	seedEverything(t, src)
	var raw map[string]any
	if err := json.Unmarshal([]byte(exportJSON(t, src, 0)), &raw); err != nil {
		t.Fatal(err)
	}
	raw["tags"] = []string{"database", "postgres"}
	for _, version := range []int{1, 2} {
		raw["version"] = version
		data, err := json.Marshal(raw)
		if err != nil {
			t.Fatal(err)
		}
		dst := harness.New(t, harness.SQLite)
		before := time.Now().Add(-time.Minute)
		if res := porting.Import(dst.Ctx, dst.DB.Client, "old.json", data, porting.Options{}); len(res.Errors) > 0 || res.Created != 2 {
			t.Fatalf("version %d with tag names: %+v", version, res)
		}
		tags := dst.Client.Tag.Query().Order(tag.ByID()).AllX(dst.Ctx)
		if got := names(tags, func(t *ent.Tag) string { return t.Name }); got != "database,postgres" || tags[1].CreatedAt.Before(before) {
			t.Errorf("version %d: tags %s, created %v", version, got, tags[1].CreatedAt)
		}
	}
	for bad, want := range map[string]string{
		`[42]`:                             "tags: a tag is a name or an object with a name, not 42",
		`[{"name": "x", "colour": "red"}]`: `tags: json: unknown field "colour"`,
		`[{"name": 7}]`:                    "tags: name holds a JSON number where string is expected",
		`[{"createdAt": "2024-02-01T08:00:00Z"}]`: "a tag needs a name",
	} {
		raw["tags"] = json.RawMessage(bad)
		data, _ := json.Marshal(raw)
		res := porting.Import(src.Ctx, src.DB.Client, "bad.json", data, porting.Options{})
		if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Message, want) {
			t.Errorf("tags %s: %+v, want %q", bad, res, want)
		}
	}
}

// The demo organisation survives the round trip.
func TestDemoRoundTrip(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		src := harness.New(t, b)
		// Through the server's client, so that the data layer records the
		// demo's history, as when the server loads it.
		if _, err := demo.Load(context.Background(), src.DB.Client, time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		first := exportJSON(t, src, 0)
		if !strings.Contains(first, `"history": [`) || !strings.Contains(first, `"statusUpdates": [`) {
			t.Error("the demo's export has no history or status updates")
		}
		dst := harness.New(t, b)
		res := porting.Import(dst.Ctx, dst.DB.Client, "demo.json", []byte(first), porting.Options{})
		if len(res.Errors) > 0 || res.Created == 0 {
			t.Fatalf("import: %+v", res)
		}
		if second := exportJSON(t, dst, 0); first != second {
			t.Errorf("the round trip changed the demo's export:\n%s", diff(first, second))
		}
	})
}

// An export imported back into its own database creates nothing: the
// records without an incident of their own are found by their keys too.
func TestImportEverythingIntoSameDatabase(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	seedEverything(t, e)
	data := exportJSON(t, e, 0)
	count := func() []int {
		c, ctx := e.Client, e.Ctx
		return []int{c.ActionItem.Query().CountX(ctx), c.Report.Query().CountX(ctx), c.Annotation.Query().CountX(ctx),
			c.Activity.Query().CountX(ctx), c.Comment.Query().CountX(ctx), c.WorkflowTemplate.Query().CountX(ctx),
			c.ReportTemplate.Query().CountX(ctx), c.MessageTemplate.Query().CountX(ctx), c.User.Query().CountX(ctx)}
	}
	before := count()
	res := porting.Import(e.Ctx, e.DB.Client, "export.json", []byte(data), porting.Options{})
	if len(res.Errors) > 0 || res.Created != 0 || res.Skipped != 2 {
		t.Fatalf("import into the same database: %+v", res)
	}
	if after := count(); !slices.Equal(before, after) {
		t.Errorf("records before and after: %v, %v", before, after)
	}
	if again := exportJSON(t, e, 0); again != data {
		t.Errorf("the import changed the export:\n%s", diff(data, again))
	}
}
