package reminder_test

import (
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/notification"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/followup"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/reminder"
)

// The scans below run at a "now" years ahead, with fixtures dated around
// it, so that nothing else could find them due.
var now = time.Date(2040, 6, 10, 12, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

var rules = followup.Rules{
	DueSoonDays:    7,
	ReviewRequired: []enum.Severity{enum.SeveritySev1, enum.SeveritySev2},
	ReviewDueDays:  14,
	RemindEvery:    24 * time.Hour,
	ScanEvery:      time.Hour,
}

// start runs Debrief with rules and no background scan: only the test's
// own scans write reminders.
func start(t *testing.T, b harness.Backend) (*harness.Env, *reminder.Service) {
	e := harness.New(t, b, func(c *config.Config) {
		c.FollowUp = rules
		// No background scan: it would hold the scan lock while a test's
		// own Scan runs, which then skips (as a second instance should).
		c.FollowUp.ScanEvery = 0
	})
	return e, reminder.New(e.Client, rules, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// fixture creates records with the test's system context.
type fixture struct {
	t *testing.T
	e *harness.Env
}

func (f fixture) user(name string) *ent.User {
	return f.e.Client.User.Create().SetName(name).SetRole(enum.RoleMember).SaveX(f.e.Ctx)
}

// incident is one incident; set adjusts it before it is saved.
func (f fixture) incident(title string, sev enum.Severity, set func(*ent.IncidentCreate)) *ent.Incident {
	c := f.e.Client.Incident.Create().SetTitle(title).SetSeverity(sev).
		SetStartedAt(now.Add(-60 * day)).SetStatus(enum.IncidentStatusAnalysing)
	if set != nil {
		set(c)
	}
	return c.SaveX(f.e.Ctx)
}

// action is an action of inc owned by owner (nil: nobody), due at due.
func (f fixture) action(title string, inc *ent.Incident, owner *ent.User, due time.Time, status enum.ActionStatus) *ent.ActionItem {
	c := f.e.Client.ActionItem.Create().SetTitle(title).AddIncidents(inc).SetDueAt(due).SetStatus(status)
	if owner != nil {
		c.SetOwner(owner)
	}
	if status == enum.ActionStatusWontDo {
		c.SetStatusReason("superseded")
	}
	return c.SaveX(f.e.Ctx)
}

// written lists every notification as "recipient KIND subject", sorted.
func written(t *testing.T, e *harness.Env, names map[int]string, subjects map[int]string) []string {
	t.Helper()
	var out []string
	for _, n := range e.Client.Notification.Query().AllX(e.Ctx) {
		out = append(out, fmt.Sprintf("%s %s %s", names[n.UserID], n.Kind, subjects[deref(n.SubjectID)]))
	}
	slices.Sort(out)
	return out
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func scan(t *testing.T, s *reminder.Service, at time.Time, want int) {
	t.Helper()
	n, err := s.Scan(t.Context(), at)
	if err != nil {
		t.Fatalf("scan at %s: %v", at, err)
	}
	if n != want {
		t.Errorf("scan at %s wrote %d notifications, want %d", at.Format(time.DateTime), n, want)
	}
}

// Due soon, overdue and overdue reviews (by severity with no due date, and
// by an explicit due date) reach exactly their people, once per key: the
// same scan again writes nothing, a day later the overdue ones remind
// again but due-soon does not (unless the due date moves), and closing the
// review or finishing the action stops the reminders.
func TestReminderScan(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e, svc := start(t, b)
		f := fixture{t, e}
		olive, fay, cora := f.user("Olive Owner"), f.user("Fay Facilitator"), f.user("Cora Creator")
		names := map[int]string{olive.ID: "Olive", fay.ID: "Fay", cora.ID: "Cora"}

		// Required by severity, resolved 20 days ago: due 6 days ago.
		checkout := f.incident("Checkout outage", enum.SeveritySev2, func(c *ent.IncidentCreate) {
			c.SetResolvedAt(now.Add(-20 * day)).SetFacilitator(fay).SetCreatedByID(cora.ID)
		})
		// Not required, but an explicit due date has passed; no facilitator,
		// so whoever opened it is reminded.
		search := f.incident("Search slow", enum.SeveritySev3, func(c *ent.IncidentCreate) {
			c.SetReviewDueAt(now.Add(-day)).SetCreatedByID(cora.ID).SetStatus(enum.IncidentStatusReviewing)
		})
		// Nothing due: resolved too recently; a severity without required
		// review; already closed; not resolved; nobody to tell.
		f.incident("Recent", enum.SeveritySev1, func(c *ent.IncidentCreate) { c.SetResolvedAt(now.Add(-3 * day)).SetFacilitator(fay) })
		f.incident("Minor", enum.SeveritySev3, func(c *ent.IncidentCreate) { c.SetResolvedAt(now.Add(-30 * day)).SetFacilitator(fay) })
		f.incident("Closed", enum.SeveritySev1, func(c *ent.IncidentCreate) {
			c.SetResolvedAt(now.Add(-30 * day)).SetFacilitator(fay).SetStatus(enum.IncidentStatusFollowingUp)
		})
		f.incident("Ongoing", enum.SeveritySev1, func(c *ent.IncidentCreate) { c.SetFacilitator(fay).SetStatus(enum.IncidentStatusResponding) })
		f.incident("Orphan", enum.SeveritySev3, func(c *ent.IncidentCreate) { c.SetReviewDueAt(now.Add(-day)) })

		soon := f.action("Add checkout alert", checkout, olive, now.Add(3*day), enum.ActionStatusAccepted)
		late := f.action("Fix retry storm", checkout, olive, now.Add(-2*day), enum.ActionStatusInProgress)
		f.action("Done already", checkout, olive, now.Add(-2*day), enum.ActionStatusDone)
		f.action("Dropped", checkout, olive, now.Add(-5*day), enum.ActionStatusWontDo)
		f.action("Far off", checkout, olive, now.Add(30*day), enum.ActionStatusProposed)
		f.action("Nobody's", checkout, nil, now.Add(day), enum.ActionStatusProposed)
		subjects := map[int]string{soon.ID: "soon", late.ID: "late", checkout.ID: "checkout", search.ID: "search"}

		scan(t, svc, now, 4)
		want := []string{
			"Cora REVIEW_OVERDUE search",
			"Fay REVIEW_OVERDUE checkout",
			"Olive ACTION_DUE_SOON soon",
			"Olive ACTION_OVERDUE late",
		}
		if got := written(t, e, names, subjects); !slices.Equal(got, want) {
			t.Fatalf("after the first scan:\n got %q\nwant %q", got, want)
		}
		review := e.Client.Notification.Query().Where(notification.UserID(fay.ID)).OnlyX(e.Ctx)
		if review.Message != `The review of "Checkout outage" was due on 2040-06-04` || deref(review.IncidentID) != checkout.ID {
			t.Errorf("review reminder = %q (incident %d)", review.Message, deref(review.IncidentID))
		}

		scan(t, svc, now, 0)
		scan(t, svc, now.Add(time.Hour), 0) // the same reminder period

		// A reminder period later the overdue action and reviews remind again.
		scan(t, svc, now.Add(day), 3)
		if got := len(written(t, e, names, subjects)); got != 7 {
			t.Errorf("%d notifications after a day, want 7", got)
		}

		// Closing the review and finishing the action stop those; moving
		// the due date of the one due soon reminds of the new date.
		f.e.Client.Incident.UpdateOne(checkout).SetStatus(enum.IncidentStatusFollowingUp).ExecX(e.Ctx)
		f.e.Client.ActionItem.UpdateOne(late).SetStatus(enum.ActionStatusDone).ExecX(e.Ctx)
		f.e.Client.ActionItem.UpdateOne(soon).SetDueAt(now.Add(5 * day)).ExecX(e.Ctx)
		scan(t, svc, now.Add(2*day), 2) // search's review, soon's new date
		got := written(t, e, names, subjects)
		if n := strings.Count(strings.Join(got, "\n"), "Olive ACTION_DUE_SOON soon"); n != 2 {
			t.Errorf("due-soon reminders = %d, want 2 (one per due date): %q", n, got)
		}
		if n := strings.Count(strings.Join(got, "\n"), "Cora REVIEW_OVERDUE search"); n != 3 {
			t.Errorf("search review reminders = %d, want 3: %q", n, got)
		}
	})
}

// Reminders about a restricted incident reach only people who may see it:
// a facilitator or owner who does not take part hears nothing until they
// do.
func TestReminderScanRespectsRestrictedIncidents(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e, svc := start(t, b)
		f := fixture{t, e}
		olive, fay, cora := f.user("Olive Owner"), f.user("Fay Facilitator"), f.user("Cora Creator")
		secret := f.incident("Leaked key", enum.SeveritySev1, func(c *ent.IncidentCreate) {
			c.SetRestricted(true).SetResolvedAt(now.Add(-20 * day)).SetFacilitator(fay).SetCreatedByID(cora.ID)
		})
		f.action("Rotate keys", secret, olive, now.Add(-day), enum.ActionStatusAccepted)

		scan(t, svc, now, 0)
		for _, u := range []*ent.User{olive, fay} {
			e.Client.Participant.Create().SetIncident(secret).SetUser(u).SetRole(enum.ParticipantRoleResponder).ExecX(e.Ctx)
		}
		scan(t, svc, now, 2)
	})
}

// Several instances scanning at once on one PostgreSQL write every
// reminder once: one holds the scan lock, the others skip, and whoever
// comes after finds the keys written.
func TestReminderScanConcurrent(t *testing.T) {
	harness.RequirePostgres(t)
	e, _ := start(t, harness.Postgres)
	f := fixture{t, e}
	inc := f.incident("Checkout outage", enum.SeveritySev2, nil)
	const actions = 40
	for i := range actions {
		f.action(fmt.Sprintf("Action %d", i), inc, f.user(fmt.Sprintf("Owner %d", i)), now.Add(-day), enum.ActionStatusAccepted)
	}

	const instances = 4
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total int
		ready = make(chan struct{})
	)
	for range instances {
		svc := reminder.New(e.Client, rules, slog.New(slog.NewTextHandler(io.Discard, nil)))
		wg.Go(func() {
			<-ready
			n, err := svc.Scan(t.Context(), now)
			if err != nil {
				t.Errorf("scan: %v", err)
			}
			mu.Lock()
			total += n
			mu.Unlock()
		})
	}
	close(ready)
	wg.Wait()
	stored := e.Client.Notification.Query().CountX(e.Ctx)
	if total != actions || stored != actions {
		t.Errorf("scans wrote %d, %d stored; want %d each", total, stored, actions)
	}
}
