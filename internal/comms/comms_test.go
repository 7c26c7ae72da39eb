package comms

import (
	"slices"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
)

func TestRender(t *testing.T) {
	inc := &ent.Incident{ID: 42, Title: "Checkout errors", Severity: enum.SeveritySev1, Status: enum.IncidentStatusFollowingUp,
		StartedAt: time.Date(2026, 7, 1, 8, 0, 0, 0, time.FixedZone("CEST", 2*3600)), CustomerImpact: "Card payments failed."}
	now := time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)
	body := "{{title}}|{{SEVERITY}}|{{ status }}|{{started_at}}|{{impact}}|{{services}}|{{next_update}}|{{link}}|{{unknown}}|{{unknown}}"

	got, missing := Render(body, IncidentValues(inc, []string{"checkout-api", "ledger"}, enum.CommsInternal, 30*time.Minute, now), enum.CommsInternal)
	want := "Checkout errors|SEV1|following up|Wed, 01 Jul 2026 06:00:00 UTC|Card payments failed.|checkout-api, ledger|Wed, 01 Jul 2026 09:30:00 UTC|/incidents/42|{{unknown}}|{{unknown}}"
	if got != want || !slices.Equal(missing, []string{"unknown"}) {
		t.Errorf("internal:\n got %q %v\nwant %q [unknown]", got, missing, want)
	}

	// Customers never see service names; without an agreed interval there
	// is no next update to promise.
	got, missing = Render("{{title}} ({{services}}) next: {{next_update}}", IncidentValues(inc, []string{"checkout-api"}, enum.CommsCustomers, 0, now), enum.CommsCustomers)
	if got != "Checkout errors () next: {{next_update}}" || !slices.Equal(missing, []string{"services", "next_update"}) {
		t.Errorf("customers: %q %v", got, missing)
	}
}
