package realtime_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"github.com/debrief/debrief/internal/realtime"
)

const wait = 5 * time.Second

// recv waits for the next event on ch; it fails the test on timeout or if
// ch is closed.
func recv(t *testing.T, name string, ch <-chan realtime.Event) realtime.Event {
	t.Helper()
	select {
	case e, ok := <-ch:
		if !ok {
			t.Fatalf("%s: channel closed, want an event", name)
		}
		return e
	case <-time.After(wait):
		t.Fatalf("%s: no event within %s", name, wait)
	}
	return realtime.Event{}
}

// expectNothing fails if ch holds an event right now.
func expectNothing(t *testing.T, name string, ch <-chan realtime.Event) {
	t.Helper()
	select {
	case e, ok := <-ch:
		t.Fatalf("%s: got %+v (open=%v), want nothing", name, e, ok)
	default:
	}
}

func sameEvent(a, b realtime.Event) bool {
	return a.IncidentID == b.IncidentID && a.Kind == b.Kind && a.EntityID == b.EntityID &&
		a.Op == b.Op && a.ActorID == b.ActorID && a.At.Equal(b.At)
}

// ---- Local ----

func TestLocalFanOut(t *testing.T) {
	hub := realtime.NewLocal()
	t.Cleanup(func() { _ = hub.Close() })
	ctx := t.Context()

	s1, err := hub.Subscribe(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := hub.Subscribe(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	other, err := hub.Subscribe(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}

	want := realtime.Event{IncidentID: 1, Kind: "TimelineEvent", EntityID: 42, Op: realtime.OpCreated, ActorID: 3,
		At: time.Date(2026, 11, 5, 10, 0, 0, 0, time.UTC)}
	if err := hub.Publish(ctx, want); err != nil {
		t.Fatal(err)
	}
	for name, ch := range map[string]<-chan realtime.Event{"s1": s1, "s2": s2} {
		if got := recv(t, name, ch); got != want {
			t.Errorf("%s got %+v, want %+v", name, got, want)
		}
	}
	// Local delivery is synchronous: if incident 2's subscriber were going
	// to get the event it would already have it.
	expectNothing(t, "incident 2 subscriber", other)

	// A zero At is filled in.
	if err := hub.Publish(ctx, realtime.Event{IncidentID: 2, Kind: "Comment", EntityID: 1, Op: realtime.OpDeleted}); err != nil {
		t.Fatal(err)
	}
	if got := recv(t, "incident 2 subscriber", other); got.At.IsZero() || got.EntityID != 1 {
		t.Errorf("got %+v, want EntityID 1 with At set", got)
	}
	expectNothing(t, "s1", s1)
}

func TestLocalUnsubscribeClosesChannel(t *testing.T) {
	hub := realtime.NewLocal()
	t.Cleanup(func() { _ = hub.Close() })

	ctx, cancel := context.WithCancel(t.Context())
	ch, err := hub.Subscribe(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	keep, err := hub.Subscribe(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	select {
	case _, ok := <-ch:
		if ok {
			t.Fatal("got an event, want the channel closed")
		}
	case <-time.After(wait):
		t.Fatal("channel not closed after ctx was cancelled")
	}

	// The remaining subscriber still works, and publishing does not touch
	// the closed channel (that would panic).
	if err := hub.Publish(t.Context(), realtime.Event{IncidentID: 1, Kind: "Incident", EntityID: 1, Op: realtime.OpUpdated}); err != nil {
		t.Fatal(err)
	}
	recv(t, "keep", keep)

	if _, err := hub.Subscribe(ctx, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("Subscribe with a cancelled ctx: err = %v, want context.Canceled", err)
	}
}

func TestLocalSlowSubscriberDoesNotBlock(t *testing.T) {
	hub := realtime.NewLocal()
	t.Cleanup(func() { _ = hub.Close() })
	ctx := t.Context()

	slow, err := hub.Subscribe(ctx, 1) // never read
	if err != nil {
		t.Fatal(err)
	}
	fast, err := hub.Subscribe(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}

	const total = 5 * realtime.SubscriberBuffer
	done := make(chan error, 1)
	received := 0
	go func() {
		// Publish in batches the fast subscriber can hold, draining it in
		// between, so only the slow one overflows.
		for i := 0; i < total; i++ {
			if err := hub.Publish(ctx, realtime.Event{IncidentID: 1, Kind: "Comment", EntityID: i, Op: realtime.OpCreated}); err != nil {
				done <- err
				return
			}
			if (i+1)%realtime.SubscriberBuffer == 0 {
				for range realtime.SubscriberBuffer {
					e := <-fast
					if e.EntityID != received {
						done <- errors.New("fast subscriber got events out of order or lost some")
						return
					}
					received++
				}
			}
		}
		done <- nil
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(wait):
		t.Fatal("Publish blocked on a subscriber that does not read")
	}
	if received != total {
		t.Errorf("fast subscriber received %d events, want %d", received, total)
	}
	if got := len(slow); got != realtime.SubscriberBuffer {
		t.Errorf("slow subscriber holds %d events, want a full buffer (%d)", got, realtime.SubscriberBuffer)
	}
	if got, want := hub.Dropped(), uint64(total-realtime.SubscriberBuffer); got != want {
		t.Errorf("Dropped() = %d, want %d", got, want)
	}
}

func TestLocalClose(t *testing.T) {
	hub := realtime.NewLocal()
	ch, err := hub.Subscribe(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := hub.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case _, ok := <-ch:
		if ok {
			t.Fatal("got an event, want the channel closed")
		}
	case <-time.After(wait):
		t.Fatal("Close did not close the subscriber channel")
	}
	if err := hub.Publish(t.Context(), realtime.Event{IncidentID: 1}); !errors.Is(err, realtime.ErrClosed) {
		t.Errorf("Publish after Close: err = %v, want ErrClosed", err)
	}
	if _, err := hub.Subscribe(t.Context(), 1); !errors.Is(err, realtime.ErrClosed) {
		t.Errorf("Subscribe after Close: err = %v, want ErrClosed", err)
	}
	if err := hub.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// ---- Postgres ----

// testDatabase creates a fresh, randomly named database and returns its URL
// and name; it is dropped when the test ends. The test is skipped when
// PostgreSQL is unreachable, unless CI is set, in which case it fails.
func testDatabase(t *testing.T) (dbURL, name string, admin *sql.DB) {
	t.Helper()
	base := os.Getenv("DEBRIEF_TEST_DATABASE_URL")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("open %s: %v", base, err)
	}
	t.Cleanup(func() { _ = admin.Close() })
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	if err := admin.PingContext(ctx); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("PostgreSQL at DEBRIEF_TEST_DATABASE_URL (%s) is unreachable and CI is set: %v", base, err)
		}
		t.Skipf("PostgreSQL at DEBRIEF_TEST_DATABASE_URL (%s) is unreachable, skipping (set CI to make this a failure): %v", base, err)
	}

	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	name = "debrief_rt_" + hex.EncodeToString(b[:])
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})

	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("DEBRIEF_TEST_DATABASE_URL must be a URL: %v", err)
	}
	u.Path = "/" + name
	return u.String(), name, admin
}

// logSink collects log output and forwards it to t.Log while the test runs.
type logSink struct {
	mu    sync.Mutex
	t     *testing.T
	lines []string
	done  bool
}

func (s *logSink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	line := strings.TrimRight(string(p), "\n")
	s.lines = append(s.lines, line)
	if !s.done {
		s.t.Log(line)
	}
	return len(p), nil
}

func (s *logSink) count(substr string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, l := range s.lines {
		if strings.Contains(l, substr) {
			n++
		}
	}
	return n
}

func newLogger(t *testing.T) (*slog.Logger, *logSink) {
	sink := &logSink{t: t}
	// Registered first, so it runs last: nothing logs via t after the test.
	t.Cleanup(func() { sink.mu.Lock(); sink.done = true; sink.mu.Unlock() })
	return slog.New(slog.NewTextHandler(sink, &slog.HandlerOptions{Level: slog.LevelDebug})), sink
}

func newBroker(t *testing.T, dbURL string, logger *slog.Logger, instance string) *realtime.Postgres {
	t.Helper()
	b, err := realtime.NewPostgres(dbURL, logger.With("instance", instance))
	if err != nil {
		t.Fatalf("NewPostgres (%s): %v", instance, err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Errorf("Close (%s): %v", instance, err)
		}
	})
	return b
}

func TestPostgresFanOutAcrossInstances(t *testing.T) {
	dbURL, _, _ := testDatabase(t)
	logger, _ := newLogger(t)
	a := newBroker(t, dbURL, logger, "A")
	b := newBroker(t, dbURL, logger, "B")
	ctx := t.Context()

	subA, err := a.Subscribe(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	subB, err := b.Subscribe(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	otherA, err := a.Subscribe(ctx, 8)
	if err != nil {
		t.Fatal(err)
	}

	e1 := realtime.Event{IncidentID: 7, Kind: "Perspective", EntityID: 11, Op: realtime.OpUpdated, ActorID: 5,
		At: time.Date(2026, 11, 5, 10, 0, 0, 123000000, time.UTC)}
	if err := a.Publish(ctx, e1); err != nil {
		t.Fatal(err)
	}
	for name, ch := range map[string]<-chan realtime.Event{"A": subA, "B": subB} {
		if got := recv(t, name, ch); !sameEvent(got, e1) {
			t.Errorf("subscriber on %s got %+v, want %+v", name, got, e1)
		}
	}

	e2 := realtime.Event{IncidentID: 7, Kind: "Comment", EntityID: 12, Op: realtime.OpCreated}
	if err := b.Publish(ctx, e2); err != nil {
		t.Fatal(err)
	}
	for name, ch := range map[string]<-chan realtime.Event{"A": subA, "B": subB} {
		got := recv(t, name, ch)
		if got.EntityID != 12 || got.Kind != "Comment" || got.At.IsZero() {
			t.Errorf("subscriber on %s got %+v, want %+v with At set", name, got, e2)
		}
	}
	// Notifications arrive in order on one connection: incident 8's
	// subscriber would have had e1 before e2 reached subA.
	expectNothing(t, "incident 8 subscriber", otherA)
}

func TestPostgresRefusesLargePayload(t *testing.T) {
	dbURL, _, _ := testDatabase(t)
	logger, _ := newLogger(t)
	a := newBroker(t, dbURL, logger, "A")
	err := a.Publish(t.Context(), realtime.Event{IncidentID: 1, Kind: strings.Repeat("x", 8000), Op: realtime.OpCreated})
	if !errors.Is(err, realtime.ErrPayloadTooLarge) {
		t.Fatalf("err = %v, want ErrPayloadTooLarge", err)
	}
}

// listenerPIDs returns the backends of the brokers' LISTEN connections. pq's
// listener shows `LISTEN "debrief_board"` as its query only until its first
// ping (an empty query), so it is found by application_name.
func listenerPIDs(t *testing.T, admin *sql.DB, dbName string) []int {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	rows, err := admin.QueryContext(ctx,
		`SELECT pid, query FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`,
		dbName, realtime.ListenerApplicationName)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var pids []int
	for rows.Next() {
		var pid int
		var query string
		if err := rows.Scan(&pid, &query); err != nil {
			t.Fatal(err)
		}
		t.Logf("listener backend pid %d, query %q", pid, query)
		pids = append(pids, pid)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return pids
}

func TestPostgresReconnect(t *testing.T) {
	dbURL, dbName, admin := testDatabase(t)
	logger, logs := newLogger(t)
	a := newBroker(t, dbURL, logger, "A")
	b := newBroker(t, dbURL, logger, "B")
	ctx := t.Context()

	subA, err := a.Subscribe(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	subB, err := b.Subscribe(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}

	old := listenerPIDs(t, admin, dbName)
	if len(old) != 2 {
		t.Fatalf("found %d listener backends, want 2", len(old))
	}
	tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	for _, pid := range old {
		var ok bool
		if err := admin.QueryRowContext(tctx, "SELECT pg_terminate_backend($1)", pid).Scan(&ok); err != nil || !ok {
			t.Fatalf("pg_terminate_backend(%d) = %v, %v", pid, ok, err)
		}
	}
	// Wait until the old backends are really gone, so that any event
	// received below must have come through a new connection.
	deadline := time.Now().Add(5 * time.Second)
	for {
		n := 0
		for _, pid := range old {
			var alive bool
			if err := admin.QueryRowContext(tctx, "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1)", pid).Scan(&alive); err != nil {
				t.Fatal(err)
			}
			if alive {
				n++
			}
		}
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("terminated listener backends still present after 5s")
		}
		time.Sleep(50 * time.Millisecond)
	}

	// Keep publishing until events get through again on both instances:
	// notifications sent while a listener is reconnecting are lost.
	deliveredAgain := func(pub *realtime.Postgres, from string, firstID int) int {
		t.Helper()
		gotA, gotB := false, false
		id := firstID
		deadline := time.Now().Add(10 * time.Second)
		for !gotA || !gotB {
			if time.Now().After(deadline) {
				t.Fatalf("events from %s not delivered again within 10s (A: %v, B: %v)", from, gotA, gotB)
			}
			id++
			if err := pub.Publish(ctx, realtime.Event{IncidentID: 1, Kind: "TimelineEvent", EntityID: id, Op: realtime.OpCreated}); err != nil {
				t.Fatalf("Publish on %s: %v", from, err)
			}
			tick := time.After(200 * time.Millisecond)
		collect:
			for {
				select {
				case e, ok := <-subA:
					if !ok {
						t.Fatal("subscriber on A closed")
					}
					gotA = gotA || e.EntityID > firstID
				case e, ok := <-subB:
					if !ok {
						t.Fatal("subscriber on B closed")
					}
					gotB = gotB || e.EntityID > firstID
				case <-tick:
					break collect
				}
			}
		}
		return id
	}
	last := deliveredAgain(a, "A", 1000)
	deliveredAgain(b, "B", last)

	now := listenerPIDs(t, admin, dbName)
	if len(now) != 2 {
		t.Fatalf("found %d listener backends after reconnect, want 2", len(now))
	}
	for _, p := range now {
		for _, o := range old {
			if p == o {
				t.Fatalf("listener backend %d survived pg_terminate_backend", p)
			}
		}
	}
	if n := logs.count("listener reconnected"); n < 2 {
		t.Errorf("logged %d reconnects, want at least 2 (one per instance)", n)
	}
	if n := logs.count("re-established"); n < 2 {
		t.Errorf("logged %d nil-notification re-establishments, want at least 2", n)
	}
}

func TestNewPostgresUnreachable(t *testing.T) {
	start := time.Now()
	b, err := realtime.NewPostgres("postgres://postgres@127.0.0.1:1/postgres?sslmode=disable&connect_timeout=2", slog.New(slog.DiscardHandler))
	if err == nil {
		_ = b.Close()
		t.Fatal("NewPostgres succeeded against a closed port")
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("NewPostgres took %s to fail", d)
	}
}

// terminateBackend ends one PostgreSQL backend and waits until it is gone.
func terminateBackend(t *testing.T, admin *sql.DB, pid int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), wait)
	defer cancel()
	var ok bool
	if err := admin.QueryRowContext(ctx, "SELECT pg_terminate_backend($1)", pid).Scan(&ok); err != nil || !ok {
		t.Fatalf("pg_terminate_backend(%d) = %v, %v", pid, ok, err)
	}
	for {
		var alive bool
		if err := admin.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1)", pid).Scan(&alive); err != nil {
			t.Fatalf("backend %d still present: %v", pid, err)
		}
		if !alive {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// recvResync waits for the next event on ch and checks that it is the
// resync for incidentID (nobody publishes meanwhile, so nothing else comes).
func recvResync(t *testing.T, name string, ch <-chan realtime.Event, incidentID int) {
	t.Helper()
	// The listener waits at least a second before it reconnects.
	deadline := time.After(3 * wait)
	select {
	case e, ok := <-ch:
		if !ok {
			t.Fatalf("%s: channel closed, want a resync event", name)
		}
		want := realtime.ResyncEvent(incidentID, e.At)
		if !sameEvent(e, want) || e.At.IsZero() {
			t.Errorf("%s: got %+v, want %+v", name, e, want)
		}
	case <-deadline:
		t.Fatalf("%s: no resync event within %s of the listener's loss", name, 3*wait)
	}
}

// Notifications sent while an instance's listener is reconnecting are lost
// for good; so once it is back, every board open on that instance — and
// only on that one — is told to refetch everything.
func TestPostgresListenerReconnectResyncsSubscribers(t *testing.T) {
	dbURL, dbName, admin := testDatabase(t)
	logger, _ := newLogger(t)
	a := newBroker(t, dbURL, logger, "A")
	pids := listenerPIDs(t, admin, dbName)
	if len(pids) != 1 {
		t.Fatalf("found %d listener backends, want A's only", len(pids))
	}
	aListener := pids[0]
	b := newBroker(t, dbURL, logger, "B")
	ctx := t.Context()

	subscribe := func(br realtime.Broker, incidentID int) <-chan realtime.Event {
		t.Helper()
		ch, err := br.Subscribe(ctx, incidentID)
		if err != nil {
			t.Fatal(err)
		}
		return ch
	}
	a1, a1b, a2 := subscribe(a, 1), subscribe(a, 1), subscribe(a, 2)
	b1 := subscribe(b, 1)

	terminateBackend(t, admin, aListener)

	recvResync(t, "A, incident 1", a1, 1)
	recvResync(t, "A, incident 1 (second board)", a1b, 1)
	recvResync(t, "A, incident 2", a2, 2)
	// B's listener never went away: it missed nothing.
	expectNothing(t, "B, incident 1", b1)

	// Events flow again after the resync, through A's new listener.
	sent := realtime.Event{IncidentID: 1, Kind: "Comment", EntityID: 7, Op: realtime.OpCreated}
	deadline := time.Now().Add(3 * wait)
	for {
		if err := b.Publish(ctx, sent); err != nil {
			t.Fatal(err)
		}
		if e := recv(t, "B, incident 1", b1); e.EntityID != 7 {
			t.Fatalf("B got %+v, want the comment", e)
		}
		select {
		case e := <-a1:
			if e.Op != realtime.OpCreated || e.EntityID != 7 {
				t.Fatalf("A got %+v after the resync, want the comment", e)
			}
			return
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("A's new listener does not deliver events")
		}
	}
}
