package metrics_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/app"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/metrics"
	"github.com/debrief/debrief/internal/store"
	"github.com/debrief/debrief/internal/viewer"
)

// instance is a real Debrief app on a fresh SQLite database, served over
// real HTTP, with its metrics listener started as server.go starts it.
// (The test harness serves the app without server.go, so it has no
// metrics listener to offer.)
type instance struct {
	t       *testing.T
	url     string // the public server
	metrics string // the metrics listener
	db      *store.DB
}

func start(t *testing.T, opts ...func(*config.Config)) *instance {
	t.Helper()
	ctx := context.Background()
	cfg, err := config.Load("test", nil, func(string) string { return "" }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	cfg.FollowUp.ScanEvery = 0 // no reminder scans behind the test's back
	cfg.Webhooks.PollEvery = time.Hour
	for _, o := range opts {
		o(&cfg)
	}
	db, err := store.Open(ctx, "", filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv := httptest.NewUnstartedServer(nil)
	cfg.PublicURL = "http://" + srv.Listener.Addr().String()
	broker, err := app.NewBroker(db, cfg, logger)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { broker.Close() })
	a, err := app.New(db, cfg, broker, logger)
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = a.Handler
	srv.Start()
	bg, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		a.Run(bg)
	}()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	msrv := metrics.NewServer(ln.Addr().String(), a.Metrics)
	go func() { _ = msrv.Serve(ln) }()
	t.Cleanup(func() { _ = msrv.Shutdown(context.Background()) })
	t.Cleanup(srv.Close)
	t.Cleanup(func() {
		stop()
		<-done
	})
	return &instance{t: t, url: srv.URL, metrics: "http://" + ln.Addr().String(), db: db}
}

// token signs in a new user with role, as an API client would.
func (in *instance) token(role enum.Role) string {
	in.t.Helper()
	ctx := viewer.System(context.Background())
	u, err := in.db.Client.User.Create().SetName(strings.ToLower(string(role))).SetRole(role).Save(ctx)
	if err != nil {
		in.t.Fatal(err)
	}
	scope := enum.TokenScopeReadWrite
	if role == enum.RoleViewer {
		scope = enum.TokenScopeRead
	}
	svc := auth.New(auth.Config{}, in.db.Client, slog.New(slog.NewTextHandler(io.Discard, nil)))
	_, secret, err := svc.CreateToken(viewer.NewContext(context.Background(), viewer.Viewer{UserID: u.ID, Role: u.Role}), in.db.Client,
		auth.NewToken{Name: "test", Scope: scope})
	if err != nil {
		in.t.Fatal(err)
	}
	return secret
}

// gql posts a GraphQL request and returns the status and the errors' codes.
func (in *instance) gql(token, query string, variables map[string]any) (int, []string) {
	in.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": variables})
	res := in.post(token, body)
	var out struct {
		Errors []struct {
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(res.body, &out); err != nil {
		in.t.Fatalf("response is not JSON (%d): %s", res.status, res.body)
	}
	var codes []string
	for _, e := range out.Errors {
		c, _ := e.Extensions["code"].(string)
		codes = append(codes, c)
	}
	return res.status, codes
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (in *instance) post(token string, body []byte) response {
	in.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, in.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return in.do(req)
}

func (in *instance) get(url string) response {
	in.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	return in.do(req)
}

func (in *instance) do(req *http.Request) response {
	in.t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		in.t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		in.t.Fatal(err)
	}
	return response{status: res.StatusCode, header: res.Header, body: body}
}

// samples are scraped values, keyed by the series as the text format
// writes it: name{label="value",…} with the labels in order.
type samples map[string]float64

var sampleLine = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$`)

// scrape reads the metrics listener's /metrics over HTTP.
func (in *instance) scrape() samples {
	in.t.Helper()
	res := in.get(in.metrics + metrics.Path)
	if res.status != http.StatusOK || !strings.HasPrefix(res.header.Get("Content-Type"), "text/plain") {
		in.t.Fatalf("scrape: %d %s", res.status, res.header.Get("Content-Type"))
	}
	out := samples{}
	for _, line := range strings.Split(string(res.body), "\n") {
		m := sampleLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		v, err := strconv.ParseFloat(m[3], 64)
		if err != nil {
			in.t.Fatalf("scrape: %q: %v", line, err)
		}
		out[m[1]+m[2]] = v
	}
	return out
}

// has reports whether a series of metric name exists.
func (s samples) has(name string) bool {
	for k := range s {
		if k == name || strings.HasPrefix(k, name+"{") {
			return true
		}
	}
	return false
}

// delta checks that series moved by want between before and after.
func delta(t *testing.T, before, after samples, series string, want float64) {
	t.Helper()
	if _, ok := after[series]; !ok {
		t.Errorf("%s: no such series", series)
		return
	}
	if got := after[series] - before[series]; got != want {
		t.Errorf("%s moved by %v, want %v", series, got, want)
	}
}

// A real app counts the GraphQL operations it answers by type, name and
// outcome, errors by code, and HTTP requests by route and status class;
// the metrics listener serves them, the public port does not.
func TestMetricsCountWhatTheAppAnswers(t *testing.T) {
	in := start(t, func(c *config.Config) { c.MaxBodyBytes = 4096 })
	admin, viewerToken := in.token(enum.RoleAdmin), in.token(enum.RoleViewer)
	before := in.scrape()

	for range 2 {
		if status, codes := in.gql(admin, `query WhoAmI { viewer { id } }`, nil); status != 200 || codes != nil {
			t.Fatalf("WhoAmI: %d %v", status, codes)
		}
	}
	if _, codes := in.gql(admin, `query Lookup { node(id: "987654") { id } }`, nil); len(codes) != 1 || codes[0] != "NOT_FOUND" {
		t.Fatalf("Lookup: %v, want NOT_FOUND", codes)
	}
	create := `mutation Open($at: Time!) { createIncident(input: {title: "Checkout errors", severity: SEV2, startedAt: $at}) { id } }`
	at := map[string]any{"at": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)}
	if _, codes := in.gql(viewerToken, create, at); len(codes) != 1 || codes[0] != "FORBIDDEN" {
		t.Fatalf("Open as a viewer: %v, want FORBIDDEN", codes)
	}
	if _, codes := in.gql(admin, create, at); codes != nil {
		t.Fatalf("Open as an admin: %v", codes)
	}
	if _, codes := in.gql(admin, `{ viewer { nosuchfield } }`, nil); len(codes) != 1 || codes[0] != "GRAPHQL_VALIDATION_FAILED" {
		t.Fatalf("invalid query: %v", codes)
	}
	if res := in.post(admin, []byte(`{"query": "`+strings.Repeat("x", 5000)+`"}`)); res.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("large body: %d", res.status)
	}
	if res := in.get(in.url + "/healthz"); res.status != 200 {
		t.Fatalf("/healthz: %d", res.status)
	}

	after := in.scrape()
	for series, want := range map[string]float64{
		`debrief_graphql_operations_total{name="WhoAmI",outcome="ok",type="query"}`:         2,
		`debrief_graphql_operations_total{name="Lookup",outcome="error",type="query"}`:      1,
		`debrief_graphql_operations_total{name="Open",outcome="error",type="mutation"}`:     1,
		`debrief_graphql_operations_total{name="Open",outcome="ok",type="mutation"}`:        1,
		`debrief_graphql_operations_total{name="anonymous",outcome="error",type="unknown"}`: 1, // the invalid query
		`debrief_graphql_operation_duration_seconds_count{name="WhoAmI",type="query"}`:      2,
		`debrief_graphql_operation_duration_seconds_count{name="Open",type="mutation"}`:     2,
		`debrief_graphql_errors_total{code="NOT_FOUND"}`:                                    1,
		`debrief_graphql_errors_total{code="FORBIDDEN"}`:                                    1,
		`debrief_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}`:                    1,
		`debrief_graphql_errors_total{code="INTERNAL"}`:                                     0,
		`debrief_http_requests_total{route="graphql",status="2xx"}`:                         5,
		`debrief_http_requests_total{route="graphql",status="4xx"}`:                         2, // invalid query (422) and the large body (413)
		`debrief_http_requests_total{route="health",status="2xx"}`:                          1,
		`debrief_http_request_duration_seconds_count{route="graphql"}`:                      7,
		`debrief_webhook_deliveries_total{outcome="gave_up"}`:                               0,
		`go_sql_max_open_connections{db_name="debrief"}`:                                    0,
		`promhttp_metric_handler_errors_total{cause="gathering"}`:                           0,
		`debrief_graphql_operation_duration_seconds_count{name="anonymous",type="unknown"}`: 1,
	} {
		delta(t, before, after, series, want)
	}
	for _, name := range []string{"go_goroutines", "go_sql_open_connections", "go_sql_wait_count_total", "process_cpu_seconds_total"} {
		if !after.has(name) {
			t.Errorf("no %s in the scrape", name)
		}
	}

	// The public port does not serve the metrics (the web app answers
	// there), and the metrics listener serves nothing else.
	if res := in.get(in.url + metrics.Path); bytes.Contains(res.body, []byte("debrief_http_requests_total")) ||
		strings.HasPrefix(res.header.Get("Content-Type"), "text/plain") {
		t.Errorf("the public port serves the metrics: %d %s", res.status, res.header.Get("Content-Type"))
	}
	if res := in.get(in.metrics + "/graphql"); res.status != http.StatusNotFound {
		t.Errorf("the metrics listener answers /graphql: %d", res.status)
	}
	if res := in.get(in.metrics + "/healthz"); res.status != http.StatusNotFound {
		t.Errorf("the metrics listener answers /healthz: %d", res.status)
	}
}

// Operation names come from clients: only the first 200 plain names become
// label values, the rest count as "other", so a client cannot make the
// series grow without bound.
func TestOperationNamesAreBounded(t *testing.T) {
	in := start(t)
	admin := in.token(enum.RoleAdmin)
	for i := range 300 {
		if _, codes := in.gql(admin, fmt.Sprintf(`query Op%03d { __typename }`, i), nil); codes != nil {
			t.Fatalf("Op%03d: %v", i, codes)
		}
	}
	// Not plain names: reserved, and too long.
	in.gql(admin, `query __Reserved { __typename }`, nil)
	in.gql(admin, `query `+strings.Repeat("L", 65)+` { __typename }`, nil)
	// An invalid operation takes no place of its own.
	in.post(admin, []byte(`{"query": "query Invalid { nosuchfield }", "operationName": "Invalid"}`))

	after := in.scrape()
	names := map[string]bool{}
	labelName := regexp.MustCompile(`name="([^"]*)"`)
	for series := range after {
		if strings.HasPrefix(series, "debrief_graphql_operations_total{") {
			names[labelName.FindStringSubmatch(series)[1]] = true
		}
	}
	if len(names) > 201 {
		t.Errorf("%d distinct operation names, want at most 200 + other", len(names))
	}
	for _, want := range []string{"Op000", "Op199", "other"} {
		if !names[want] {
			t.Errorf("no series for name %q", want)
		}
	}
	if names["Op200"] || names["Invalid"] {
		t.Errorf("names beyond the limit got series of their own")
	}
	if got := after[`debrief_graphql_operations_total{name="other",outcome="ok",type="query"}`]; got != 102 {
		t.Errorf("other (ok) = %v, want 100 beyond the limit + 2 that are not plain names", got)
	}
	if got := after[`debrief_graphql_operations_total{name="other",outcome="error",type="unknown"}`]; got != 1 {
		t.Errorf("other (error) = %v, want 1 (the invalid operation)", got)
	}
}

// The dispatcher's outcomes are counted: a delivered one, and one that
// fails until it is given up.
func TestWebhookOutcomesAreCounted(t *testing.T) {
	in := start(t, func(c *config.Config) {
		c.Webhooks.AllowPrivateNetworks = true // the receivers are on 127.0.0.1
		c.Webhooks.MaxAttempts = 2
		c.Webhooks.RetryBase = 10 * time.Millisecond
		c.Webhooks.RetryMax = 20 * time.Millisecond
		c.Webhooks.PollEvery = 20 * time.Millisecond
	})
	admin := in.token(enum.RoleAdmin)
	ok := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	t.Cleanup(ok.Close)
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) }))
	t.Cleanup(down.Close)
	for _, url := range []string{ok.URL, down.URL} {
		if _, codes := in.gql(admin, `mutation($url: String!) { createWebhook(input: {name: "x", url: $url, events: [INCIDENT_CREATED]}) { secret } }`,
			map[string]any{"url": url}); codes != nil {
			t.Fatalf("createWebhook: %v", codes)
		}
	}
	if _, codes := in.gql(admin, `mutation($at: Time!) { createIncident(input: {title: "Checkout errors", severity: SEV2, startedAt: $at}) { id } }`,
		map[string]any{"at": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)}); codes != nil {
		t.Fatalf("createIncident: %v", codes)
	}

	want := map[string]float64{"delivered": 1, "failed_attempt": 1, "gave_up": 1, "skipped": 0}
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := in.scrape()
		same := true
		for outcome, n := range want {
			if got[`debrief_webhook_deliveries_total{outcome="`+outcome+`"}`] != n {
				same = false
			}
		}
		if same {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("webhook outcomes never reached %v", want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// subscribe opens a graphql-transport-ws subscription as the web app does,
// and returns the type of the first message after the subscribe ("next",
// "error") — or "" when wait is false — and a function that closes the
// socket.
func (in *instance) subscribe(token, query string, vars map[string]any, wait bool) (string, func()) {
	in.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(in.url, "http")+"/graphql", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"},
		HTTPHeader:   http.Header{"Origin": {in.url}},
	})
	if err != nil {
		in.t.Fatal(err)
	}
	type message struct {
		ID      string `json:"id,omitempty"`
		Type    string `json:"type"`
		Payload any    `json:"payload,omitempty"`
	}
	send := func(m message) {
		if err := wsjson.Write(ctx, conn, m); err != nil {
			in.t.Fatal(err)
		}
	}
	read := func() string {
		for {
			var m message
			if err := wsjson.Read(ctx, conn, &m); err != nil {
				in.t.Fatal(err)
			}
			if m.Type != "ping" && m.Type != "pong" {
				return m.Type
			}
		}
	}
	send(message{Type: "connection_init", Payload: map[string]string{"Authorization": "Bearer " + token}})
	if got := read(); got != "connection_ack" {
		in.t.Fatalf("connection_init: %s", got)
	}
	send(message{ID: "1", Type: "subscribe", Payload: map[string]any{"query": query, "variables": vars}})
	first := ""
	if wait {
		first = read()
	}
	return first, func() { conn.Close(websocket.StatusNormalClosure, "") }
}

// Subscriptions are counted once each, refused or not, and not timed; the
// WebSocket requests carrying them are counted as 1xx and not timed either.
func TestSubscriptionsAreCountedNotTimed(t *testing.T) {
	in := start(t)
	admin := in.token(enum.RoleAdmin)
	var created struct {
		Data struct{ CreateIncident struct{ ID string } }
	}
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($at: Time!) { createIncident(input: {title: "Checkout errors", severity: SEV2, startedAt: $at}) { id } }`,
		"variables": map[string]any{"at": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)},
	})
	if err := json.Unmarshal(in.post(admin, body).body, &created); err != nil || created.Data.CreateIncident.ID == "" {
		t.Fatalf("createIncident: %v %+v", err, created)
	}
	before := in.scrape()

	watch := `subscription Watch($id: ID!) { boardChanged(incidentID: $id) { kind } }`
	_, closeWatch := in.subscribe(admin, watch, map[string]any{"id": created.Data.CreateIncident.ID}, false)
	if first, closeRefused := in.subscribe(admin, watch, map[string]any{"id": "987654"}, true); first != "next" && first != "error" {
		t.Fatalf("subscribing to no incident: %s, want an error", first)
	} else {
		closeRefused()
	}
	closeWatch() // ends without an event: counted as it ends

	var after samples
	deadline := time.Now().Add(10 * time.Second)
	for {
		after = in.scrape()
		// The refused one is an error; the one closed at once is ok, or an
		// error when the socket closes before the server has started it
		// (a race the client decides): each is counted once either way.
		ok := after[`debrief_graphql_operations_total{name="Watch",outcome="ok",type="subscription"}`]
		failed := after[`debrief_graphql_operations_total{name="Watch",outcome="error",type="subscription"}`]
		if ok+failed == 2 && failed >= 1 &&
			after[`debrief_http_requests_total{route="graphql",status="1xx"}`]-before[`debrief_http_requests_total{route="graphql",status="1xx"}`] == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("subscriptions were not counted once each: %v", after)
		}
		time.Sleep(20 * time.Millisecond)
	}
	delta(t, before, after, `debrief_http_request_duration_seconds_count{route="graphql"}`, 0)
	for series := range after {
		if strings.HasPrefix(series, "debrief_graphql_operation_duration") && strings.Contains(series, `type="subscription"`) {
			t.Errorf("a subscription was timed: %s", series)
		}
	}
}
