package reminder_test

import (
	"slices"
	"testing"

	"github.com/debrief/debrief/ent/notification"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

// Debrief's own changes (no viewer: imports, demo data) notify too, in
// words without an actor; the comment's author is still not told of their
// own mention.
func TestReminderHookWithoutViewer(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e, svc := start(t, b)
		e.Client.Use(svc.Hook())
		f := fixture{t, e}
		olive, maya := f.user("Olive Owner"), f.user("Maya Goldberg")
		inc := f.incident("Checkout outage", enum.SeveritySev2, nil)

		e.Client.ActionItem.Create().SetTitle("Add checkout alert").AddIncidents(inc).SetOwner(olive).ExecX(e.Ctx)
		q := e.Client.Question.Create().SetIncident(inc).SetText("Which regions?").SaveX(e.Ctx)
		e.Client.Question.UpdateOne(q).SetAssignee(olive).ExecX(e.Ctx)
		e.Client.Question.UpdateOne(q).SetAssignee(olive).SetText("Which regions, exactly?").ExecX(e.Ctx) // unchanged assignee
		e.Client.Comment.Create().SetIncident(inc).SetCreatedByID(maya.ID).
			SetBody("@[Olive Owner] and @[Maya Goldberg], have a look").ExecX(e.Ctx)

		var got []string
		for _, n := range e.Client.Notification.Query().Where(notification.UserID(olive.ID)).Order(notification.ByID()).AllX(e.Ctx) {
			got = append(got, string(n.Kind)+": "+n.Message)
		}
		want := []string{
			`ACTION_ASSIGNED: You were assigned the action "Add checkout alert"`,
			`QUESTION_ASSIGNED: You were assigned the question "Which regions?" on "Checkout outage"`,
			`MENTION: You were mentioned on "Checkout outage"`,
		}
		if !slices.Equal(got, want) {
			t.Errorf("Olive's notifications:\n got %q\nwant %q", got, want)
		}
		if n := e.Client.Notification.Query().Where(notification.UserID(maya.ID)).CountX(e.Ctx); n != 0 {
			t.Errorf("the comment's author got %d notifications", n)
		}
	})
}
