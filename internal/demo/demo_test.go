package demo_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/comment"
	"github.com/debrief/debrief/ent/enttest"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/question"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/demo"
	"github.com/debrief/debrief/internal/viewer"

	// The schema hooks (milestone mirroring, action lifecycle) only run
	// when the runtime package is linked in.
	_ "github.com/debrief/debrief/ent/runtime"
	// Registers the pure-Go SQLite driver as "sqlite3".
	_ "github.com/debrief/debrief/internal/store"
)

// now is a fixed moment, so that failures reproduce.
var now = time.Date(2026, time.March, 14, 15, 9, 26, 0, time.UTC)

func openDB(t *testing.T) *ent.Client {
	t.Helper()
	dsn := "file:" + filepath.Join(t.TempDir(), "demo.db") +
		"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)"
	client := enttest.Open(t, "sqlite3", dsn)
	t.Cleanup(func() { _ = client.Close() })
	return client
}

func load(t *testing.T, client *ent.Client) demo.Summary {
	t.Helper()
	start := time.Now()
	sum, err := demo.Load(context.Background(), client, now)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	took := time.Since(start)
	t.Logf("loaded in %s: %+v", took, sum)
	if took > 10*time.Second {
		t.Errorf("Load took %s, want well under 10s", took)
	}
	return sum
}

func TestLoadCounts(t *testing.T) {
	ctx := viewer.System(context.Background()) // the tests read behind the access rules
	client := openDB(t)
	sum := load(t, client)

	for _, c := range []struct {
		what    string
		got     int
		lo, hi  int
		inStore int
	}{
		{"users", sum.Users, 22, 30, client.User.Query().CountX(ctx)},
		{"teams", sum.Teams, 6, 6, client.Team.Query().CountX(ctx)},
		{"vendors", sum.Vendors, 5, 5, client.Vendor.Query().CountX(ctx)},
		{"services", sum.Services, 12, 20, client.Service.Query().CountX(ctx)},
		{"tags", sum.Tags, 8, 30, client.Tag.Query().CountX(ctx)},
		{"factor categories", sum.FactorCategories, 8, 8, client.FactorCategory.Query().CountX(ctx)},
		{"incidents", sum.Incidents, 35, 45, client.Incident.Query().CountX(ctx)},
		{"participants", sum.Participants, 3 * 35, 6 * 45, client.Participant.Query().CountX(ctx)},
		{"timeline events", sum.TimelineEvents, 12 * 35, 25 * 45, client.TimelineEvent.Query().CountX(ctx)},
		{"perspectives", sum.Perspectives, 40, 120, client.Perspective.Query().CountX(ctx)},
		{"questions", sum.Questions, 40, 120, client.Question.Query().CountX(ctx)},
		{"comments", sum.Comments, 40, 250, client.Comment.Query().CountX(ctx)},
		{"contributing factors", sum.ContributingFactors, 40, 120, client.ContributingFactor.Query().CountX(ctx)},
		{"insights", sum.Insights, 25, 90, client.Insight.Query().CountX(ctx)},
		{"action items", sum.ActionItems, 40, 120, client.ActionItem.Query().CountX(ctx)},
	} {
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s: %d, want %d..%d", c.what, c.got, c.lo, c.hi)
		}
		if c.got != c.inStore {
			t.Errorf("%s: summary says %d, database holds %d", c.what, c.got, c.inStore)
		}
	}
}

func TestLoadCoversTheLearningLoop(t *testing.T) {
	ctx := viewer.System(context.Background()) // the tests read behind the access rules
	client := openDB(t)
	load(t, client)
	cutoff := now.Add(time.Minute)

	incidents := client.Incident.Query().WithTimelineEvents().AllX(ctx)
	statuses := map[enum.IncidentStatus]int{}
	severities := map[enum.Severity]int{}
	restricted := 0
	for _, inc := range incidents {
		statuses[inc.Status]++
		severities[inc.Severity]++
		if inc.Restricted {
			restricted++
		}
		if inc.StartedAt.After(cutoff) || inc.StartedAt.Before(now.AddDate(0, -19, 0)) {
			t.Errorf("incident %q started %s, want within the 18 months before %s", inc.Title, inc.StartedAt, now)
		}
		// The hooks mirror every milestone that is set onto the timeline.
		want := 3 // started, detected, acknowledged are always set
		if inc.MitigatedAt != nil {
			want++
		}
		if inc.ResolvedAt != nil {
			want++
		}
		milestones, others := 0, 0
		for _, ev := range inc.Edges.TimelineEvents {
			if ev.Milestone != nil {
				milestones++
			} else {
				others++
			}
			if ev.OccurredAt.After(cutoff) {
				t.Errorf("incident %q has an event in the future: %q at %s", inc.Title, ev.Text, ev.OccurredAt)
			}
		}
		if milestones != want {
			t.Errorf("incident %q has %d milestone events, want %d (did the hooks run?)", inc.Title, milestones, want)
		}
		minEvents := 8
		if inc.Status == enum.IncidentStatusResponding {
			minEvents = 3 // only the first part of the story has happened
		}
		if others < minEvents || others > 20 {
			t.Errorf("incident %q has %d timeline events besides milestones, want %d..20", inc.Title, others, minEvents)
		}
	}
	for _, s := range enum.IncidentStatus("").Values() {
		if statuses[enum.IncidentStatus(s)] == 0 {
			t.Errorf("no incident is %s; statuses: %v", s, statuses)
		}
	}
	for _, s := range enum.Severity("").Values() {
		if severities[enum.Severity(s)] == 0 {
			t.Errorf("no incident is %s; severities: %v", s, severities)
		}
	}
	if restricted < 2 {
		t.Errorf("%d restricted incidents, want a couple", restricted)
	}
	if n := client.TimelineEvent.Query().Where(timelineevent.SourceRefContains("slack.com/archives/")).CountX(ctx); n == 0 {
		t.Error("no timeline event links to a Slack message")
	}

	// Voices from outside engineering.
	for _, d := range []enum.Department{enum.DepartmentSupport, enum.DepartmentMarketing, enum.DepartmentProduct, enum.DepartmentLeadership} {
		if client.Perspective.Query().Where(perspective.DepartmentEQ(d)).CountX(ctx) == 0 {
			t.Errorf("no perspective from %s", d)
		}
	}
	for _, s := range []enum.QuestionStatus{enum.QuestionStatusOpen, enum.QuestionStatusAnswered} {
		if client.Question.Query().Where(question.StatusEQ(s)).CountX(ctx) == 0 {
			t.Errorf("no %s question", s)
		}
	}
	if client.Question.Query().Where(question.AnsweredAtGT(cutoff)).CountX(ctx) > 0 {
		t.Error("some answers are dated after now: the answer time was not restored")
	}
	if client.Comment.Query().Where(comment.HasParent()).CountX(ctx) == 0 {
		t.Error("no threaded replies")
	}
}

func TestLoadShowsFollowThrough(t *testing.T) {
	ctx := viewer.System(context.Background()) // the tests read behind the access rules
	client := openDB(t)
	load(t, client)

	actions := client.ActionItem.Query().WithIncidents().AllX(ctx)
	statuses := map[enum.ActionStatus]int{}
	var onTime, late, overdue, unowned, tracked, shared, undated int
	for _, a := range actions {
		statuses[a.Status]++
		closed := a.Status.Closed()
		if closed != (a.CompletedAt != nil) {
			t.Errorf("action %q is %s with completedAt %v", a.Title, a.Status, a.CompletedAt)
		}
		if a.CompletedAt != nil && a.CompletedAt.After(now) {
			t.Errorf("action %q completed in the future (%s): the completion time was not restored", a.Title, a.CompletedAt)
		}
		if a.Status == enum.ActionStatusWontDo && a.StatusReason == "" {
			t.Errorf("action %q dropped without a reason", a.Title)
		}
		switch {
		case a.Status == enum.ActionStatusDone && a.DueAt != nil && !a.CompletedAt.After(*a.DueAt):
			onTime++
		case a.Status == enum.ActionStatusDone && a.DueAt != nil:
			late++
		case !closed && a.DueAt != nil && a.DueAt.Before(now):
			overdue++
		}
		if a.OwnerID == nil {
			unowned++
		}
		if a.TrackerURL != "" {
			tracked++
		}
		if len(a.Edges.Incidents) > 1 {
			shared++
		}
		if a.DueAt == nil {
			undated++
		}
	}
	for _, s := range enum.ActionStatus("").Values() {
		if statuses[enum.ActionStatus(s)] == 0 {
			t.Errorf("no action is %s; statuses: %v", s, statuses)
		}
	}
	for _, c := range []struct {
		what string
		n    int
	}{{"done on time", onTime}, {"done late", late}, {"overdue", overdue}, {"unowned", unowned},
		{"with a tracker link", tracked}, {"shared by two incidents", shared}, {"without a due date", undated}} {
		if c.n == 0 {
			t.Errorf("no action is %s", c.what)
		}
	}
	t.Logf("actions: %v; on time %d, late %d, overdue %d, unowned %d, tracked %d, shared %d",
		statuses, onTime, late, overdue, unowned, tracked, shared)

	// The loop closes only when the actions are done or dropped.
	applied := client.Incident.Query().Where(incident.StatusEQ(enum.IncidentStatusLearningsApplied)).QueryActionItems().
		Where(actionitem.StatusNotIn(enum.ActionStatusDone, enum.ActionStatusWontDo)).CountX(ctx)
	if applied > 0 {
		t.Errorf("%d open actions on incidents whose learnings are applied", applied)
	}
	for _, inc := range client.Incident.Query().Where(incident.StatusEQ(enum.IncidentStatusFollowingUp)).AllX(ctx) {
		open := inc.QueryActionItems().Where(actionitem.StatusNotIn(enum.ActionStatusDone, enum.ActionStatusWontDo)).CountX(ctx)
		if open == 0 {
			t.Errorf("incident %q is following up with no open action", inc.Title)
		}
	}
}

func TestLoadRefusesANonEmptyDatabase(t *testing.T) {
	ctx := viewer.System(context.Background()) // the tests read behind the access rules
	client := openDB(t)
	first := load(t, client)

	_, err := demo.Load(ctx, client, now.Add(time.Hour))
	if !errors.Is(err, demo.ErrNotEmpty) {
		t.Fatalf("second Load: got %v, want ErrNotEmpty", err)
	}
	if n := client.Incident.Query().CountX(ctx); n != first.Incidents {
		t.Errorf("after the refused load there are %d incidents, want %d", n, first.Incidents)
	}
	if n := client.User.Query().CountX(ctx); n != first.Users {
		t.Errorf("after the refused load there are %d users, want %d", n, first.Users)
	}
}

func TestLoadReusesExistingDirectoryEntries(t *testing.T) {
	ctx := viewer.System(context.Background()) // the tests read behind the access rules
	client := openDB(t)
	payments := client.Team.Create().SetName("Payments").SaveX(ctx)
	client.FactorCategory.Create().SetName("Capacity").SaveX(ctx)

	sum := load(t, client)
	if sum.Teams != 5 || sum.FactorCategories != 7 {
		t.Errorf("created %d teams and %d categories, want 5 and 7 (existing ones reused)", sum.Teams, sum.FactorCategories)
	}
	if n := client.Team.Query().Where(team.ID(payments.ID)).QueryMembers().CountX(ctx); n == 0 {
		t.Error("the existing Payments team got no members")
	}
}

// The demo is written by its own people, not by whoever loads it: a
// signed-in viewer must not become the author of demo records.
func TestLoadIgnoresTheSignedInViewer(t *testing.T) {
	ctx := viewer.System(context.Background()) // the tests read behind the access rules
	client := openDB(t)
	admin := client.User.Create().SetName("Ada Admin").SetRole(enum.RoleAdmin).SaveX(ctx)
	ctx = viewer.NewContext(ctx, viewer.Viewer{UserID: admin.ID, Role: enum.RoleAdmin})
	if _, err := demo.Load(ctx, client, now); err != nil {
		t.Fatalf("Load: %v", err)
	}
	if n := client.Incident.Query().Where(incident.CreatedByID(admin.ID)).CountX(ctx); n > 0 {
		t.Errorf("%d demo incidents are attributed to the signed-in viewer", n)
	}
}

func TestLoadIsDeterministic(t *testing.T) {
	ctx := viewer.System(context.Background()) // the tests read behind the access rules
	type row struct {
		title   string
		started time.Time
		status  enum.IncidentStatus
	}
	snapshot := func(client *ent.Client) ([]row, []string) {
		var rows []row
		for _, inc := range client.Incident.Query().Order(incident.ByStartedAt(), incident.ByID()).AllX(ctx) {
			rows = append(rows, row{inc.Title, inc.StartedAt.UTC(), inc.Status})
		}
		var actions []string
		for _, a := range client.ActionItem.Query().Order(actionitem.ByID()).AllX(ctx) {
			completed := "open"
			if a.CompletedAt != nil {
				completed = a.CompletedAt.UTC().Format(time.RFC3339)
			}
			actions = append(actions, a.Title+"|"+string(a.Status)+"|"+completed)
		}
		return rows, actions
	}
	a, b := openDB(t), openDB(t)
	load(t, a)
	load(t, b)
	rowsA, actionsA := snapshot(a)
	rowsB, actionsB := snapshot(b)
	if len(rowsA) != len(rowsB) || len(actionsA) != len(actionsB) {
		t.Fatalf("different sizes: %d/%d incidents, %d/%d actions", len(rowsA), len(rowsB), len(actionsA), len(actionsB))
	}
	for i := range rowsA {
		if rowsA[i] != rowsB[i] {
			t.Errorf("incident %d differs: %+v vs %+v", i, rowsA[i], rowsB[i])
		}
	}
	for i := range actionsA {
		if actionsA[i] != actionsB[i] {
			t.Errorf("action %d differs: %s vs %s", i, actionsA[i], actionsB[i])
		}
	}
}
