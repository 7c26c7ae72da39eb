package graph_test

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

const boardChangedSubscription = `subscription($id: ID!) {
  boardChanged(incidentID: $id) { incidentID kind entityID op actor { name } }
}`

type boardChange struct {
	BoardChanged struct {
		IncidentID string `json:"incidentID"`
		Kind       string `json:"kind"`
		EntityID   string `json:"entityID"`
		Op         string `json:"op"`
		Actor      *struct{ Name string }
	} `json:"boardChanged"`
}

func addEvent(t *testing.T, api *harness.API, incidentID int, text string) string {
	t.Helper()
	var out struct {
		CreateTimelineEvent struct{ ID string } `json:"createTimelineEvent"`
	}
	api.MustDo(`mutation($i: ID!, $text: String!) {
	  createTimelineEvent(input: {incidentID: $i, occurredAt: "2026-05-04T09:05:00Z", kind: OBSERVATION, source: SLACK, text: $text}) { id }
	}`, map[string]any{"i": strconv.Itoa(incidentID), "text": text}, &out)
	return out.CreateTimelineEvent.ID
}

// untilHeard adds events (with add) until each subscription has heard of
// one: a subscription is set up asynchronously on the server, so the first
// event may come before it listens. It returns the change each heard, and
// fails if any of them heard of a change on another incident.
func untilHeard(t *testing.T, incidentID int, add func() string, subs ...*harness.Subscription) []boardChange {
	t.Helper()
	heard := make([]boardChange, len(subs))
	done := make([]bool, len(subs))
	for attempt := 0; attempt < 10; attempt++ {
		id := add()
		for i, s := range subs {
			for !done[i] {
				data, err := s.Wait(time.Second)
				if err != nil {
					break // not yet listening when id was published: try again
				}
				var c boardChange
				if err := json.Unmarshal(data, &c); err != nil {
					t.Fatal(err)
				}
				if c.BoardChanged.IncidentID != strconv.Itoa(incidentID) {
					t.Fatalf("subscriber %d heard of another incident: %+v", i, c.BoardChanged)
				}
				if c.BoardChanged.EntityID == id {
					heard[i], done[i] = c, true
				}
			}
		}
		if !slices.Contains(done, false) {
			return heard
		}
	}
	t.Fatalf("not every subscriber heard of the changes (heard: %v)", done)
	return nil
}

func waitChange(t *testing.T, s *harness.Subscription) boardChange {
	t.Helper()
	data, err := s.Wait(10 * time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var c boardChange
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// Everyone with the board open hears of a change at once.
func TestBoardChangesReachSubscribers(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		inc := e.Client.Incident.Create().SetTitle("Checkout down").SetSeverity(enum.SeveritySev1).SetStartedAt(time.Now()).SaveX(e.Ctx)
		other := e.Client.Incident.Create().SetTitle("Unrelated").SetSeverity(enum.SeveritySev4).SetStartedAt(time.Now()).SaveX(e.Ctx)

		support := e.As(enum.RoleMember)
		sub, err := support.Subscribe(ctx, boardChangedSubscription, map[string]any{"id": strconv.Itoa(inc.ID)})
		if err != nil {
			t.Fatal(err)
		}
		c := untilHeard(t, inc.ID, func() string {
			addEvent(t, e.API, other.ID, "elsewhere") // not this board: never heard
			return addEvent(t, e.API, inc.ID, "Customers report failed card payments")
		}, sub)[0]
		if c.BoardChanged.Kind != "TimelineEvent" || c.BoardChanged.Op != "created" ||
			c.BoardChanged.IncidentID != strconv.Itoa(inc.ID) || c.BoardChanged.Actor == nil || c.BoardChanged.Actor.Name != e.API.User.Name {
			t.Errorf("change = %+v, want the new event by %s", c.BoardChanged, e.API.User.Name)
		}
	})
}

// Two instances on one PostgreSQL database deliver each other's changes:
// a change made through either reaches the subscribers of both.
func TestBoardChangesCrossInstances(t *testing.T) {
	harness.RequirePostgres(t)
	a := harness.New(t, harness.Postgres)
	b := a.SecondInstance()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	inc := a.Client.Incident.Create().SetTitle("Queue backlog").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Now()).SaveX(a.Ctx)
	vars := map[string]any{"id": strconv.Itoa(inc.ID)}
	onA, err := a.API.Subscribe(ctx, boardChangedSubscription, vars)
	if err != nil {
		t.Fatal(err)
	}
	onB, err := b.API.Subscribe(ctx, boardChangedSubscription, vars)
	if err != nil {
		t.Fatal(err)
	}
	// Once both listen, a change made through either instance reaches both.
	untilHeard(t, inc.ID, func() string { return addEvent(t, a.API, inc.ID, "warm-up") }, onA, onB)
	for i, via := range []*harness.Env{a, b} {
		id := addEvent(t, via.API, inc.ID, "event "+strconv.Itoa(i))
		for name, s := range map[string]*harness.Subscription{"instance A": onA, "instance B": onB} {
			c := waitChange(t, s)
			for c.BoardChanged.EntityID != id && c.BoardChanged.Kind == "TimelineEvent" && c.BoardChanged.Op == "created" {
				c = waitChange(t, s) // a late warm-up event
			}
			if c.BoardChanged.EntityID != id {
				t.Errorf("%s got %+v, want event %s", name, c.BoardChanged, id)
			}
		}
	}
}

// Subscribing is reading: a restricted incident is not there for someone
// who may not see it.
func TestSubscribingToARestrictedIncidentIsRefused(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	inc := e.Client.Incident.Create().SetTitle("Leaked key").SetSeverity(enum.SeveritySev1).SetStartedAt(time.Now()).SetRestricted(true).SaveX(e.Ctx)
	sub, err := e.As(enum.RoleMember).Subscribe(ctx, boardChangedSubscription, map[string]any{"id": strconv.Itoa(inc.ID)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sub.Wait(5 * time.Second); err == nil {
		t.Fatal("a non-participant was subscribed to a restricted incident")
	}
}

// Another site's page cannot open a subscription socket.
func TestCrossOriginWebSocketIsRefused(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	url := "ws" + strings.TrimPrefix(e.Server.URL, "http") + "/graphql"
	_, res, err := websocket.Dial(ctx, url, &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"},
		HTTPHeader:   http.Header{"Origin": {"https://evil.example"}},
	})
	if err == nil {
		t.Fatal("a cross-origin WebSocket was accepted")
	}
	if res == nil || res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-origin upgrade answered %v, want 403", res)
	}
}
