package demo_test

import (
	"context"
	"strings"
	"testing"

	"github.com/debrief/debrief/ent/checklistitem"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/viewer"
)

// The demo shows the response aids: people to call with their skills,
// escalation contacts, the default workflows and message templates, and a
// major incident worked through a checklist with status updates on its
// timeline.
func TestLoadWritesResponseAids(t *testing.T) {
	ctx := viewer.System(context.Background())
	client := openDB(t)
	load(t, client)

	zones := map[string]bool{}
	for _, u := range client.User.Query().Where(user.PhoneNEQ("")).AllX(ctx) {
		if len(u.Expertise) == 0 || !strings.HasPrefix(u.ChatHandle, "@") {
			t.Errorf("%s: expertise %v, chat handle %q", u.Name, u.Expertise, u.ChatHandle)
		}
		zones[u.TimeZone] = true
	}
	if len(zones) < 8 {
		t.Errorf("people to call span %d time zones, want many", len(zones))
	}
	if n := client.Service.Query().Where(service.HasEscalationContacts()).CountX(ctx); n < 5 {
		t.Errorf("%d services with escalation contacts", n)
	}
	if n := client.WorkflowTemplate.Query().CountX(ctx); n != 2 {
		t.Errorf("%d workflows, want the two defaults", n)
	}
	if n := client.MessageTemplate.Query().CountX(ctx); n < 4 {
		t.Errorf("%d message templates", n)
	}
	cl := client.IncidentChecklist.Query().WithItems().OnlyX(ctx)
	done := client.ChecklistItem.Query().Where(checklistitem.DoneAtNotNil(), checklistitem.DoneByIDNotNil()).CountX(ctx)
	if len(cl.Edges.Items) < 5 || done == 0 || done == len(cl.Edges.Items) {
		t.Errorf("checklist of %d steps with %d done, want some but not all", len(cl.Edges.Items), done)
	}
	updates := client.StatusUpdate.Query().AllX(ctx)
	if len(updates) != 2 {
		t.Fatalf("%d status updates, want 2", len(updates))
	}
	for _, su := range updates {
		if su.IncidentID != cl.IncidentID || su.TimelineEventID == nil {
			t.Errorf("status update %+v is not on the checklist's incident's timeline", su)
		}
	}
	if n := client.TimelineEvent.Query().Where(timelineevent.IncidentID(cl.IncidentID), timelineevent.KindEQ(enum.EventKindCommunication),
		timelineevent.TextHasPrefix("Status update to ")).CountX(ctx); n != 2 {
		t.Errorf("%d status updates on the timeline, want 2", n)
	}
}
