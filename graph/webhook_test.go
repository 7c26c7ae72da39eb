package graph_test

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/webhookdelivery"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/webhook"
)

// fastWebhooks makes retries take milliseconds instead of minutes, and
// lets webhooks reach the tests' receivers on 127.0.0.1, which the guard
// against private networks refuses by default (TestWebhookRefusesPrivateNetworks).
func fastWebhooks(c *config.Config) {
	c.Webhooks.AllowPrivateNetworks = true
	c.Webhooks.MaxAttempts = 12
	c.Webhooks.RetryBase = 10 * time.Millisecond
	c.Webhooks.RetryMax = 80 * time.Millisecond
	c.Webhooks.Timeout = 2 * time.Second
	c.Webhooks.PollEvery = 20 * time.Millisecond
}

// hit is one request a receiver got.
type hit struct {
	header http.Header
	body   []byte
	status int
}

func (h hit) delivery() string { return h.header.Get(webhook.HeaderDelivery) }

func (h hit) payload(t *testing.T) (webhook.Payload, map[string]any) {
	t.Helper()
	var p webhook.Payload
	if err := json.Unmarshal(h.body, &p); err != nil {
		t.Fatalf("payload is not JSON: %v (%s)", err, h.body)
	}
	var data map[string]any
	if err := json.Unmarshal(p.Data, &data); err != nil {
		t.Fatalf("payload data is not an object: %v (%s)", err, p.Data)
	}
	return p, data
}

// receiver is a real HTTP endpoint for webhooks; answer picks the status
// of its n-th request (from 1).
type receiver struct {
	*httptest.Server
	mu     sync.Mutex
	hits   []hit
	answer func(n int) int
}

func ok200(int) int { return http.StatusOK }

func newReceiver(t *testing.T, answer func(n int) int) *receiver {
	r := &receiver{answer: answer}
	r.Server = httptest.NewServer(r)
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	status := r.answer(len(r.hits) + 1)
	r.hits = append(r.hits, hit{header: req.Header.Clone(), body: body, status: status})
	r.mu.Unlock()
	w.WriteHeader(status)
	_, _ = io.WriteString(w, http.StatusText(status))
}

func (r *receiver) got() []hit {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.hits)
}

// waitHits waits until the receiver has answered n requests with 2xx.
func (r *receiver) waitHits(t *testing.T, n int) []hit {
	t.Helper()
	var ok []hit
	eventually(t, strconv.Itoa(n)+" deliveries", func() bool {
		ok = ok[:0]
		for _, h := range r.got() {
			if h.status < 300 {
				ok = append(ok, h)
			}
		}
		return len(ok) >= n
	})
	return ok
}

// eventually polls cond for a bounded time.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

var boardEvents = []string{"INCIDENT_CREATED", "INCIDENT_UPDATED", "ACTION_ITEM_CREATED", "ACTION_ITEM_UPDATED"}

// createWebhook creates a webhook as api and returns its ID and secret.
func createWebhook(t *testing.T, api *harness.API, url string, events []string, active bool) (string, string) {
	t.Helper()
	var out struct {
		CreateWebhook struct {
			Webhook struct{ ID string }
			Secret  string
		}
	}
	api.MustDo(`mutation($url: String!, $events: [WebhookEvent!]!, $active: Boolean) {
	  createWebhook(input: {name: "Ops bridge", url: $url, events: $events, active: $active}) { webhook { id } secret }
	}`, map[string]any{"url": url, "events": events, "active": active}, &out)
	return out.CreateWebhook.Webhook.ID, out.CreateWebhook.Secret
}

type deliveryLog struct {
	ID             string
	Event          string
	Status         string
	Attempts       int
	ResponseStatus *int
	LastError      *string
	Payload        string
	DeliveredAt    *time.Time
}

// deliveries reads a webhook's delivery log through the API.
func deliveries(t *testing.T, api *harness.API, webhookID string) []deliveryLog {
	t.Helper()
	var out struct {
		Node struct {
			Deliveries struct {
				Edges []struct{ Node deliveryLog }
			}
		}
	}
	api.MustDo(`query($id: ID!) { node(id: $id) { ... on Webhook {
	  deliveries(first: 100) { edges { node { id event status attempts responseStatus lastError payload deliveredAt } } }
	} } }`, map[string]any{"id": webhookID}, &out)
	var log []deliveryLog
	for _, e := range out.Node.Deliveries.Edges {
		log = append(log, e.Node)
	}
	return log
}

// waitStatus waits until every delivery of the webhook is in status, and
// there are n of them.
func waitStatus(t *testing.T, api *harness.API, webhookID string, n int, status string) []deliveryLog {
	t.Helper()
	var log []deliveryLog
	eventually(t, strconv.Itoa(n)+" "+status+" deliveries", func() bool {
		log = deliveries(t, api, webhookID)
		done := 0
		for _, d := range log {
			if d.Status == status {
				done++
			}
		}
		return len(log) == n && done == n
	})
	return log
}

func createIncident(t *testing.T, api *harness.API, title string) (id string, version int) {
	t.Helper()
	var out struct {
		CreateIncident struct {
			ID      string
			Version int
		}
	}
	api.MustDo(`mutation($title: String!, $at: Time!) { createIncident(input: {title: $title, severity: SEV2, startedAt: $at}) { id version } }`,
		map[string]any{"title": title, "at": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)}, &out)
	return out.CreateIncident.ID, out.CreateIncident.Version
}

// An admin's webhook hears of incidents and action items created and
// changed through the API, in signed requests whose payload says what
// happened; other webhooks hear only what they subscribe to, switched-off
// ones nothing, and after a rotation requests are signed with the new
// secret only.
func TestWebhookDeliversSignedEvents(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b, fastWebhooks)
		all := newReceiver(t, ok200)
		some := newReceiver(t, ok200)
		hookID, secret := createWebhook(t, e.API, all.URL+"/hooks/debrief", boardEvents, true)
		if !strings.HasPrefix(secret, "whsec_") || len(secret) != len("whsec_")+64 {
			t.Errorf("generated secret %q, want whsec_ and 64 hex digits", secret)
		}
		createWebhook(t, e.API, some.URL, []string{"ACTION_ITEM_UPDATED"}, true)
		createWebhook(t, e.API, some.URL, boardEvents, false)

		owner := e.Client.User.Create().SetName("Maya Goldberg").SetEmail("maya@example.com").SaveX(e.Ctx)
		team := e.Client.Team.Create().SetName("Payments").SaveX(e.Ctx)
		incID, incVersion := createIncident(t, e.API, "Checkout errors")
		var ai struct {
			CreateActionItem struct {
				ID      string
				Version int
			}
		}
		e.MustDo(`mutation($inc: ID!, $owner: ID!, $team: ID!, $due: Time!) {
		  createActionItem(input: {title: "Alert on 5xx rate", incidentIDs: [$inc], ownerID: $owner, teamID: $team, dueAt: $due, trackerURL: "https://tracker.example/PAY-1"}) { id version }
		}`, map[string]any{"inc": incID, "owner": strconv.Itoa(owner.ID), "team": strconv.Itoa(team.ID),
			"due": time.Now().Add(7 * 24 * time.Hour).UTC().Format(time.RFC3339)}, &ai)
		e.MustDo(`mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, version: $v, input: {status: IN_PROGRESS}) { id } }`,
			map[string]any{"id": ai.CreateActionItem.ID, "v": ai.CreateActionItem.Version}, nil)
		mitigated := time.Now().Add(-10 * time.Minute).UTC().Truncate(time.Second)
		e.MustDo(`mutation($id: ID!, $v: Int!, $at: Time!) { updateIncident(id: $id, version: $v, input: {mitigatedAt: $at}) { id } }`,
			map[string]any{"id": incID, "v": incVersion, "at": mitigated.Format(time.RFC3339)}, nil)

		hits := all.waitHits(t, 4)
		byEvent := map[string]hit{}
		for _, h := range hits {
			if err := webhook.Verify(secret, h.header.Get(webhook.HeaderSignature), h.body, 5*time.Minute); err != nil {
				t.Errorf("signature of %s: %v", h.header.Get(webhook.HeaderEvent), err)
			}
			for name, want := range map[string]string{"Content-Type": "application/json", "User-Agent": "Debrief-Webhooks"} {
				if got := h.header.Get(name); got != want {
					t.Errorf("%s = %q, want %q", name, got, want)
				}
			}
			p, _ := h.payload(t)
			if got := h.header.Get(webhook.HeaderEvent); got != string(p.Event) {
				t.Errorf("X-Debrief-Event %q, payload event %q", got, p.Event)
			}
			if p.Actor == nil || p.Actor.Name != e.API.User.Name || p.Actor.ID != strconv.Itoa(e.API.User.ID) {
				t.Errorf("%s actor = %+v, want the admin", p.Event, p.Actor)
			}
			if !strings.HasPrefix(p.ID, "evt_") || time.Since(p.OccurredAt) > time.Minute {
				t.Errorf("%s: id %q, occurredAt %v", p.Event, p.ID, p.OccurredAt)
			}
			byEvent[string(p.Event)] = h
		}
		if len(byEvent) != 4 {
			t.Fatalf("events received: %v, want one of each of %v", keys(byEvent), boardEvents)
		}

		_, created := byEvent["INCIDENT_CREATED"].payload(t)
		if created["id"] != incID || created["title"] != "Checkout errors" || created["severity"] != "SEV2" || created["status"] != "RESPONDING" {
			t.Errorf("INCIDENT_CREATED data = %v", created)
		}
		// Payloads link into Debrief at its public URL.
		if want := e.Config.PublicURL + "/incidents/" + incID; created["url"] != want {
			t.Errorf("INCIDENT_CREATED url = %v, want %s", created["url"], want)
		}
		if _, ok := created["changedFields"]; ok {
			t.Errorf("a creation lists changed fields: %v", created["changedFields"])
		}
		_, updated := byEvent["INCIDENT_UPDATED"].payload(t)
		if updated["mitigatedAt"] != mitigated.Format(time.RFC3339) || !equalList(updated["changedFields"], "mitigatedAt") {
			t.Errorf("INCIDENT_UPDATED data = %v, want mitigatedAt %s changed", updated, mitigated.Format(time.RFC3339))
		}
		_, action := byEvent["ACTION_ITEM_UPDATED"].payload(t)
		wantOwner := map[string]any{"id": strconv.Itoa(owner.ID), "name": "Maya Goldberg", "email": "maya@example.com"}
		wantTeam := map[string]any{"id": strconv.Itoa(team.ID), "name": "Payments"}
		if action["id"] != ai.CreateActionItem.ID || action["title"] != "Alert on 5xx rate" || action["status"] != "IN_PROGRESS" ||
			action["trackerURL"] != "https://tracker.example/PAY-1" || action["dueAt"] == nil ||
			!equalMap(action["owner"], wantOwner) || !equalMap(action["team"], wantTeam) ||
			!equalList(action["incidentIDs"], incID) || !equalList(action["changedFields"], "status") {
			t.Errorf("ACTION_ITEM_UPDATED data = %v", action)
		}
		if want := e.Config.PublicURL + "/incidents/" + incID + "#action-" + ai.CreateActionItem.ID; action["url"] != want {
			t.Errorf("ACTION_ITEM_UPDATED url = %v, want %s", action["url"], want)
		}

		// The delivery log tells the same story.
		log := waitStatus(t, e.API, hookID, 4, "DELIVERED")
		for _, d := range log {
			h := findHit(hits, d.ID)
			if h == nil || string(h.body) != d.Payload || d.Attempts != 1 || d.ResponseStatus == nil || *d.ResponseStatus != 200 || d.DeliveredAt == nil {
				t.Errorf("delivery %s: %+v; received %v", d.ID, d, h != nil)
			}
		}
		// The filtered webhook heard of the action's change only; the
		// switched-off one of nothing.
		if got := some.waitHits(t, 1); len(got) != 1 || got[0].header.Get(webhook.HeaderEvent) != "ACTION_ITEM_UPDATED" {
			t.Errorf("the ACTION_ITEM_UPDATED webhook got %d requests", len(got))
		}

		var rotated struct {
			RotateWebhookSecret struct{ Secret string }
		}
		e.MustDo(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { id } } }`, map[string]any{"id": hookID}, &rotated)
		fresh := rotated.RotateWebhookSecret.Secret
		if fresh == secret || !strings.HasPrefix(fresh, "whsec_") {
			t.Fatalf("rotated secret %q", fresh)
		}
		e.MustDo(`mutation($id: ID!, $v: Int!) { updateIncident(id: $id, version: $v, input: {status: RESOLVED}) { id } }`,
			map[string]any{"id": incID, "v": incVersion + 1}, nil)
		last := all.waitHits(t, 5)[4]
		sig := last.header.Get(webhook.HeaderSignature)
		if webhook.Verify(fresh, sig, last.body, time.Minute) != nil || webhook.Verify(secret, sig, last.body, time.Minute) == nil {
			t.Error("after the rotation, requests must be signed with the new secret only")
		}
		if len(some.got()) != 1 {
			t.Errorf("the filtered webhook got %d requests, want 1", len(some.got()))
		}
	})
}

// Every notification Debrief writes reaches REMINDER webhooks, with no
// actor (Debrief wrote it) and its recipient.
func TestWebhookReminders(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b, fastWebhooks)
		rcv := newReceiver(t, ok200)
		createWebhook(t, e.API, rcv.URL, []string{"REMINDER"}, true)
		tom := e.Client.User.Create().SetName("Tom Becker").SetEmail("tom@example.com").SaveX(e.Ctx)
		inc := e.Client.Incident.Create().SetTitle("Payments slow").SetSeverity(enum.SeveritySev3).SetStartedAt(time.Now()).SaveX(e.Ctx)
		// Written as the reminder scan does: as Debrief, through the
		// server's own client (whose hooks deliver webhooks).
		n := e.DB.Client.Notification.Create().SetUserID(tom.ID).SetKind(enum.NotificationReviewOverdue).
			SetMessage("The review of Payments slow is overdue").SetIncidentID(inc.ID).SaveX(e.Ctx)

		var found bool
		eventually(t, "the reminder", func() bool {
			for _, h := range rcv.got() {
				p, data := h.payload(t)
				if data["id"] != strconv.Itoa(n.ID) {
					continue
				}
				found = true
				if p.Event != enum.WebhookReminder || p.Actor != nil || data["kind"] != "REVIEW_OVERDUE" ||
					data["message"] != "The review of Payments slow is overdue" || data["incidentID"] != strconv.Itoa(inc.ID) ||
					data["actionItemID"] != nil || data["url"] != e.Config.PublicURL+"/incidents/"+strconv.Itoa(inc.ID) || !equalMap(data["recipient"], map[string]any{"id": strconv.Itoa(tom.ID), "name": "Tom Becker", "email": "tom@example.com"}) {
					t.Errorf("reminder payload: %s", h.body)
				}
			}
			return found
		})
	})
}

// A receiver that fails twice gets the delivery on the third attempt, the
// same body each time; the log shows the attempts.
func TestWebhookRetriesUntilDelivered(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b, fastWebhooks)
		rcv := newReceiver(t, func(n int) int {
			if n <= 2 {
				return http.StatusInternalServerError
			}
			return http.StatusOK
		})
		hookID, secret := createWebhook(t, e.API, rcv.URL, []string{"INCIDENT_CREATED"}, true)
		createIncident(t, e.API, "Checkout errors")

		log := waitStatus(t, e.API, hookID, 1, "DELIVERED")
		d := log[0]
		if d.Attempts != 3 || d.ResponseStatus == nil || *d.ResponseStatus != 200 || deref(d.LastError) != "" {
			t.Errorf("delivery log: %+v, want 3 attempts, 200, no error", d)
		}
		hits := rcv.got()
		if len(hits) != 3 {
			t.Fatalf("receiver got %d requests, want 3", len(hits))
		}
		for _, h := range hits {
			if h.delivery() != d.ID || string(h.body) != d.Payload {
				t.Errorf("attempt for delivery %s with body %s; want %s each time", h.delivery(), h.body, d.ID)
			}
			if err := webhook.Verify(secret, h.header.Get(webhook.HeaderSignature), h.body, time.Minute); err != nil {
				t.Errorf("signature: %v", err)
			}
		}
	})
}

// While the receiver is down (nothing listens on its address), deliveries
// wait and are retried; once it is up, each arrives exactly once.
func TestWebhookReceiverDownThenUp(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b, fastWebhooks)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		// The path stands for a token, as chat services put in theirs.
		hookID, _ := createWebhook(t, e.API, "http://"+addr+"/hook/T0K3N", []string{"INCIDENT_CREATED"}, true)
		for i := range 5 {
			createIncident(t, e.API, "Down "+strconv.Itoa(i))
		}
		eventually(t, "attempts while the receiver is down", func() bool {
			n := e.Client.WebhookDelivery.Query().Where(webhookdelivery.AttemptsGTE(2)).CountX(e.Ctx)
			return n == 5
		})
		for _, d := range deliveries(t, e.API, hookID) {
			if d.Status != "PENDING" || d.ResponseStatus != nil || deref(d.LastError) == "" || strings.Contains(*d.LastError, "T0K3N") {
				t.Errorf("while down: %+v, error %q (want PENDING, no status, an error that does not repeat the URL)", d, deref(d.LastError))
			}
		}

		rcv := &receiver{answer: ok200}
		rcv.Server = httptest.NewUnstartedServer(rcv)
		if rcv.Listener, err = net.Listen("tcp", addr); err != nil {
			t.Skipf("the receiver's address was taken meanwhile: %v", err)
		}
		rcv.Start()
		t.Cleanup(rcv.Close)
		for i := range 5 {
			createIncident(t, e.API, "Up "+strconv.Itoa(i))
		}
		log := waitStatus(t, e.API, hookID, 10, "DELIVERED")
		time.Sleep(100 * time.Millisecond) // time for a stray duplicate to show
		assertEachOnce(t, rcv.got(), log)
	})
}

// After MaxAttempts a delivery is FAILED and no longer tried; an admin's
// retry sends it again (once), and a delivered one cannot be retried.
func TestWebhookFailsThenRetriedByAdmin(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b, fastWebhooks, func(c *config.Config) { c.Webhooks.MaxAttempts = 3 })
		var failing atomic.Bool
		failing.Store(true)
		rcv := newReceiver(t, func(int) int {
			if failing.Load() {
				return http.StatusServiceUnavailable
			}
			return http.StatusNoContent
		})
		hookID, _ := createWebhook(t, e.API, rcv.URL, []string{"INCIDENT_CREATED"}, true)
		createIncident(t, e.API, "Checkout errors")

		d := waitStatus(t, e.API, hookID, 1, "FAILED")[0]
		if d.Attempts != 3 || d.ResponseStatus == nil || *d.ResponseStatus != 503 || d.LastError == nil || !strings.HasPrefix(*d.LastError, "HTTP 503") {
			t.Errorf("failed delivery: %+v", d)
		}
		time.Sleep(100 * time.Millisecond) // several retry periods: no fourth attempt
		if n := len(rcv.got()); n != 3 {
			t.Errorf("receiver got %d requests, want 3", n)
		}

		failing.Store(false)
		var retried struct{ RetryWebhookDelivery struct{ ID, Status string } }
		e.MustDo(`mutation($id: ID!) { retryWebhookDelivery(id: $id) { id status } }`, map[string]any{"id": d.ID}, &retried)
		if retried.RetryWebhookDelivery.Status != "PENDING" {
			t.Errorf("retried delivery is %s, want PENDING", retried.RetryWebhookDelivery.Status)
		}
		d = waitStatus(t, e.API, hookID, 1, "DELIVERED")[0]
		if d.Attempts != 4 || *d.ResponseStatus != 204 {
			t.Errorf("after the retry: %+v, want 4 attempts and 204", d)
		}
		hits := rcv.got()
		if len(hits) != 4 || hits[3].delivery() != d.ID {
			t.Errorf("receiver got %d requests, want the same delivery a 4th time", len(hits))
		}
		res := e.Do(`mutation($id: ID!) { retryWebhookDelivery(id: $id) { id } }`, map[string]any{"id": d.ID})
		if !slices.Equal(res.Codes(), []string{"BAD_USER_INPUT"}) {
			t.Errorf("retrying a delivered delivery: %v, want BAD_USER_INPUT", res.Codes())
		}
	})
}

// A change that is rolled back — refused itself, or part of a mutation
// request that failed elsewhere — writes no delivery and sends nothing.
func TestWebhookRolledBackChangeSendsNothing(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b, fastWebhooks)
		rcv := newReceiver(t, ok200)
		createWebhook(t, e.API, rcv.URL, boardEvents, true)
		// Fixtures through the test's own client, which runs no webhook hook.
		item := e.Client.ActionItem.Create().SetTitle("Alert on 5xx rate").SaveX(e.Ctx)
		id := strconv.Itoa(item.ID)

		refused := []struct{ name, query string }{
			{"refused by validation", `mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, version: $v, input: {status: WONT_DO}) { id } }`},
			{"another field failed", `mutation($id: ID!, $v: Int!) {
			  ok: updateActionItem(id: $id, version: $v, input: {status: ACCEPTED}) { id }
			  stale: updateActionItem(id: $id, version: $v, input: {status: DONE}) { id }
			}`},
			{"invalid creation", `mutation { createIncident(input: {title: "", severity: SEV2, startedAt: "2026-01-01T00:00:00Z"}) { id } }`},
		}
		for _, c := range refused {
			if res := e.Do(c.query, map[string]any{"id": id, "v": item.Version}); len(res.Errors) == 0 {
				t.Fatalf("%s: the mutation succeeded", c.name)
			}
			if n := e.Client.WebhookDelivery.Query().CountX(e.Ctx); n != 0 {
				t.Errorf("%s: %d deliveries written", c.name, n)
			}
		}
		if got := e.Client.ActionItem.GetX(e.Ctx, item.ID); got.Status != enum.ActionStatusProposed || got.Version != item.Version {
			t.Fatalf("the action item changed: %s, version %d", got.Status, got.Version)
		}

		// The same change, committed, is delivered — and is all that is.
		e.MustDo(`mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, version: $v, input: {status: ACCEPTED}) { id } }`,
			map[string]any{"id": id, "v": item.Version}, nil)
		rcv.waitHits(t, 1)
		time.Sleep(100 * time.Millisecond)
		if hits := rcv.got(); len(hits) != 1 || hits[0].header.Get(webhook.HeaderEvent) != "ACTION_ITEM_UPDATED" {
			t.Errorf("receiver got %d requests, want the one committed change", len(hits))
		}
	})
}

// Two instances on one PostgreSQL database share the deliveries of a burst
// of changes made on both, and send none of them twice.
func TestWebhookTwoInstancesSendEachOnce(t *testing.T) {
	harness.RequirePostgres(t)
	e := harness.New(t, harness.Postgres, fastWebhooks, func(c *config.Config) { c.Webhooks.PollEvery = 5 * time.Millisecond })
	other := e.SecondInstance()
	rcv := newReceiver(t, func(int) int {
		time.Sleep(2 * time.Millisecond) // let claims overlap
		return http.StatusOK
	})
	hookID, _ := createWebhook(t, e.API, rcv.URL, []string{"INCIDENT_CREATED", "INCIDENT_UPDATED"}, true)
	const burst = 30
	var wg sync.WaitGroup
	errs := make(chan string, burst)
	for i := range burst {
		api := e.API
		if i%2 == 1 {
			api = other.API
		}
		wg.Go(func() {
			res := api.Do(`mutation($title: String!, $at: Time!) { createIncident(input: {title: $title, severity: SEV3, startedAt: $at}) { id } }`,
				map[string]any{"title": "Burst " + strconv.Itoa(i), "at": time.Now().UTC().Format(time.RFC3339)})
			if len(res.Errors) > 0 {
				errs <- res.Errors[0].Message
			}
		})
	}
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
	log := waitStatus(t, e.API, hookID, burst, "DELIVERED")
	time.Sleep(100 * time.Millisecond)
	assertEachOnce(t, rcv.got(), log)
}

// Only admins manage webhooks: others may not create or change them and
// do not see them or their deliveries. The secret is shown when it is
// created or rotated, and never again.
func TestWebhookAdminsOnlyAndSecretStaysHidden(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b, fastWebhooks)
		rcv := newReceiver(t, ok200)
		const chosen = "an-admin-chosen-secret-0123"
		var out struct {
			CreateWebhook struct {
				Webhook struct {
					ID     string
					Events []string
				}
				Secret string
			}
		}
		e.MustDo(`mutation($url: String!, $s: String) {
		  createWebhook(input: {name: "Ops", url: $url, events: [INCIDENT_CREATED, INCIDENT_CREATED]}, secret: $s) { webhook { id events } secret }
		}`, map[string]any{"url": rcv.URL, "s": chosen}, &out)
		hookID := out.CreateWebhook.Webhook.ID
		if out.CreateWebhook.Secret != chosen || !slices.Equal(out.CreateWebhook.Webhook.Events, []string{"INCIDENT_CREATED"}) {
			t.Errorf("created %+v", out.CreateWebhook)
		}
		createIncident(t, e.API, "Checkout errors")
		delivery := waitStatus(t, e.API, hookID, 1, "DELIVERED")[0].ID

		bad := []struct {
			name, query string
			vars        map[string]any
		}{
			{"short secret", `mutation($url: String!) { createWebhook(input: {name: "x", url: $url, events: [REMINDER]}, secret: "short") { secret } }`, map[string]any{"url": rcv.URL}},
			{"no events", `mutation($url: String!) { createWebhook(input: {name: "x", url: $url, events: []}) { secret } }`, map[string]any{"url": rcv.URL}},
			{"events emptied", `mutation($id: ID!) { updateWebhook(id: $id, input: {events: []}) { id } }`, map[string]any{"id": hookID}},
			{"not a URL", `mutation { createWebhook(input: {name: "x", url: "ftp://example.com", events: [REMINDER]}) { secret } }`, nil},
		}
		for _, c := range bad {
			if res := e.Do(c.query, c.vars); !slices.Equal(res.Codes(), []string{"BAD_USER_INPUT"}) {
				t.Errorf("%s: %v, want BAD_USER_INPUT", c.name, res.Codes())
			}
		}
		var appended struct{ UpdateWebhook struct{ Events []string } }
		e.MustDo(`mutation($id: ID!) { updateWebhook(id: $id, input: {appendEvents: [REMINDER, INCIDENT_CREATED]}) { events } }`,
			map[string]any{"id": hookID}, &appended)
		if !slices.Equal(appended.UpdateWebhook.Events, []string{"INCIDENT_CREATED", "REMINDER"}) {
			t.Errorf("events after appending: %v", appended.UpdateWebhook.Events)
		}

		for _, role := range []enum.Role{enum.RoleMember, enum.RoleAnalyst, enum.RoleViewer} {
			api := e.As(role)
			res := api.Do(`mutation($url: String!) { createWebhook(input: {name: "x", url: $url, events: [REMINDER]}) { secret } }`, map[string]any{"url": rcv.URL})
			if !slices.Equal(res.Codes(), []string{"FORBIDDEN"}) {
				t.Errorf("%s creates a webhook: %v, want FORBIDDEN", role, res.Codes())
			}
			for name, q := range map[string]string{
				"update": `mutation($id: ID!) { updateWebhook(id: $id, input: {url: "https://evil.example"}) { id } }`,
				"rotate": `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
			} {
				if res := api.Do(q, map[string]any{"id": hookID}); len(res.Errors) == 0 || !refused(res.Codes()) {
					t.Errorf("%s may %s a webhook: %v %s", role, name, res.Codes(), res.Data)
				}
			}
			if res := api.Do(`mutation($id: ID!) { retryWebhookDelivery(id: $id) { id } }`, map[string]any{"id": delivery}); len(res.Errors) == 0 || !refused(res.Codes()) {
				t.Errorf("%s may retry a delivery: %v", role, res.Codes())
			}
			// Not visible: an empty list and nothing by ID (or a refusal).
			res = api.Do(`query($w: ID!, $d: ID!) { webhooks(first: 10) { totalCount edges { node { id } } } w: node(id: $w) { id } d: node(id: $d) { id } }`,
				map[string]any{"w": hookID, "d": delivery})
			var seen struct {
				Webhooks *struct{ TotalCount int }
				W, D     *struct{ ID string }
			}
			_ = json.Unmarshal(res.Data, &seen)
			if (seen.Webhooks != nil && seen.Webhooks.TotalCount != 0) || seen.W != nil || seen.D != nil || !refused(res.Codes()) {
				t.Errorf("%s sees webhooks: %s %v", role, res.Data, res.Codes())
			}
		}

		// Nothing an admin can read shows the secret.
		for _, q := range []string{
			`query { webhooks(first: 10) { edges { node { id name url events active createdAt updatedAt createdBy { id }
			  deliveries(first: 10) { edges { node { id webhookID event payload status attempts nextAttemptAt lastAttemptAt responseStatus lastError deliveredAt createdAt webhook { id url } } } } } } } }`,
			`query($id: ID!) { node(id: $id) { ... on Webhook { id name url events active } } }`,
			`query { __type(name: "Webhook") { fields { name } } }`,
		} {
			res := e.Do(q, map[string]any{"id": hookID})
			if len(res.Errors) > 0 {
				t.Fatalf("query failed: %+v", res.Errors)
			}
			if strings.Contains(string(res.Data), chosen) || strings.Contains(string(res.Data), `"secret"`) {
				t.Errorf("a query shows the secret: %s", res.Data)
			}
		}
	})
}

// Unless allowed, webhooks do not reach private networks: creating or
// pointing one at a loopback, link-local or private address (literal or by
// name) is refused with a message naming the option, and a delivery whose
// name resolves to such an address when it is sent (DNS rebinding) fails
// at the connection, saying why, without reaching the receiver.
func TestWebhookRefusesPrivateNetworks(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b, fastWebhooks, func(c *config.Config) {
			c.Webhooks.AllowPrivateNetworks = false
			c.Webhooks.MaxAttempts = 1
		})
		rcv := newReceiver(t, ok200)
		_, port, _ := net.SplitHostPort(rcv.Listener.Addr().String())
		create := `mutation($url: String!) { createWebhook(input: {name: "x", url: $url, events: [INCIDENT_CREATED]}) { secret } }`
		for _, url := range []string{
			"http://127.0.0.1:" + port + "/hook", "http://localhost:" + port + "/hook",
			"http://169.254.169.254/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://10.0.0.8/hook",
		} {
			res := e.Do(create, map[string]any{"url": url})
			if !slices.Equal(res.Codes(), []string{"BAD_USER_INPUT"}) || !strings.Contains(res.Errors[0].Message, "--webhook-allow-private-networks") {
				t.Errorf("creating a webhook to %s: %v %+v, want BAD_USER_INPUT naming the option", url, res.Codes(), res.Errors)
			}
		}
		if n := e.Client.Webhook.Query().CountX(e.Ctx); n != 0 {
			t.Fatalf("%d webhooks were created", n)
		}
		// A public address is fine (switched off: nothing is sent to it);
		// moving it into a private network is not.
		var created struct {
			CreateWebhook struct{ Webhook struct{ ID string } }
		}
		e.MustDo(`mutation { createWebhook(input: {name: "Public", url: "https://93.184.215.14/hook", events: [INCIDENT_CREATED], active: false}) { webhook { id } } }`, nil, &created)
		res := e.Do(`mutation($id: ID!) { updateWebhook(id: $id, input: {url: "http://127.0.0.1:8080/admin"}) { id } }`,
			map[string]any{"id": created.CreateWebhook.Webhook.ID})
		if !slices.Equal(res.Codes(), []string{"BAD_USER_INPUT"}) {
			t.Errorf("moving a webhook to loopback: %v, want BAD_USER_INPUT", res.Codes())
		}
		// Who may not manage webhooks is refused as such, before any check
		// of where the URL leads.
		if res := e.As(enum.RoleMember).Do(create, map[string]any{"url": "http://127.0.0.1/"}); !slices.Equal(res.Codes(), []string{"FORBIDDEN"}) {
			t.Errorf("a member creating a webhook to loopback: %v, want FORBIDDEN", res.Codes())
		}

		// A name that resolves to loopback only when the delivery is sent:
		// saved past the API's check, as a rebinding name would pass it.
		hook := e.Client.Webhook.Create().SetName("Rebinding").SetURL("http://localhost:" + port + "/hook/T0K3N").
			SetSecret("whsec_0123456789abcdef").SetEvents([]enum.WebhookEvent{enum.WebhookIncidentCreated}).SaveX(e.Ctx)
		createIncident(t, e.API, "Checkout errors")
		d := waitStatus(t, e.API, strconv.Itoa(hook.ID), 1, "FAILED")[0]
		why := deref(d.LastError)
		if d.ResponseStatus != nil || !strings.Contains(why, "127.0.0.1 is a loopback address") ||
			!strings.Contains(why, "--webhook-allow-private-networks") || strings.Contains(why, "T0K3N") {
			t.Errorf("delivery to a name resolving to loopback: status %v, error %q", d.ResponseStatus, why)
		}
		if n := len(rcv.got()); n != 0 {
			t.Errorf("the receiver got %d requests", n)
		}
	})
}

// A receiver that redirects fails the delivery: the redirect is not
// followed, and the log says so without repeating the redirect's path.
func TestWebhookRedirectIsNotFollowed(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b, fastWebhooks, func(c *config.Config) { c.Webhooks.MaxAttempts = 1 })
		final := newReceiver(t, ok200)
		redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, final.URL+"/hook/T0K3N", http.StatusTemporaryRedirect)
		}))
		t.Cleanup(redirector.Close)
		hookID, _ := createWebhook(t, e.API, redirector.URL, []string{"INCIDENT_CREATED"}, true)
		createIncident(t, e.API, "Checkout errors")

		d := waitStatus(t, e.API, hookID, 1, "FAILED")[0]
		why := deref(d.LastError)
		if d.ResponseStatus == nil || *d.ResponseStatus != http.StatusTemporaryRedirect ||
			!strings.Contains(why, "does not follow redirects") || !strings.Contains(why, final.URL) || strings.Contains(why, "T0K3N") {
			t.Errorf("redirected delivery: status %v, error %q", d.ResponseStatus, why)
		}
		time.Sleep(50 * time.Millisecond)
		if n := len(final.got()); n != 0 {
			t.Errorf("the redirect was followed: the final receiver got %d requests", n)
		}
	})
}

// refused: no errors (then the data must show nothing) or only refusals.
func refused(codes []string) bool {
	for _, c := range codes {
		if c != "FORBIDDEN" && c != "NOT_FOUND" {
			return false
		}
	}
	return true
}

// assertEachOnce checks that the receiver got every delivery of the log
// exactly once, and nothing else.
func assertEachOnce(t *testing.T, hits []hit, log []deliveryLog) {
	t.Helper()
	count := map[string]int{}
	for _, h := range hits {
		count[h.delivery()]++
	}
	for _, d := range log {
		if count[d.ID] != 1 {
			t.Errorf("delivery %s arrived %d times, want once", d.ID, count[d.ID])
		}
		delete(count, d.ID)
	}
	if len(count) != 0 {
		t.Errorf("requests for deliveries not in the log: %v", count)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func findHit(hits []hit, delivery string) *hit {
	for i := range hits {
		if hits[i].delivery() == delivery {
			return &hits[i]
		}
	}
	return nil
}

func keys(m map[string]hit) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func equalList(v any, want ...string) bool {
	list, ok := v.([]any)
	if !ok || len(list) != len(want) {
		return false
	}
	for i, x := range list {
		if x != want[i] {
			return false
		}
	}
	return true
}

func equalMap(v any, want map[string]any) bool {
	m, ok := v.(map[string]any)
	if !ok || len(m) != len(want) {
		return false
	}
	for k, w := range want {
		if m[k] != w {
			return false
		}
	}
	return true
}
