// Package harness runs Debrief for tests: each test gets its own fresh
// database (a temporary SQLite file, or a new PostgreSQL database that is
// dropped afterwards), migrated with the real migrations, and the real HTTP
// stack on a local test server.
package harness

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/app"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/store"
	"github.com/debrief/debrief/internal/viewer"
)

// Backend names a database the tests run against.
type Backend string

// Backends.
const (
	SQLite   Backend = "sqlite"
	Postgres Backend = "postgres"
)

// DefaultPostgresURL is used when DEBRIEF_TEST_DATABASE_URL is not set.
const DefaultPostgresURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// ForEachBackend runs fn as a subtest on SQLite and on PostgreSQL. Without a
// reachable PostgreSQL the PostgreSQL subtest is skipped — unless CI is set,
// where it fails: CI must test both.
func ForEachBackend(t *testing.T, fn func(t *testing.T, b Backend)) {
	t.Helper()
	for _, b := range []Backend{SQLite, Postgres} {
		t.Run(string(b), func(t *testing.T) {
			if b == Postgres {
				RequirePostgres(t)
			}
			fn(t, b)
		})
	}
}

// PostgresURL is the server tests create their databases on.
func PostgresURL() string {
	if u := os.Getenv("DEBRIEF_TEST_DATABASE_URL"); u != "" {
		return u
	}
	return DefaultPostgresURL
}

// RequirePostgres skips (or, under CI, fails) the test when PostgreSQL is
// not reachable.
func RequirePostgres(t testing.TB) {
	t.Helper()
	db, err := sql.Open("postgres", PostgresURL())
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		err = db.PingContext(ctx)
		cancel()
		db.Close()
	}
	if err == nil {
		return
	}
	msg := "PostgreSQL is not reachable at DEBRIEF_TEST_DATABASE_URL (default " + DefaultPostgresURL + "): " + err.Error()
	if os.Getenv("CI") != "" {
		t.Fatal(msg + " — CI must run the PostgreSQL tests")
	}
	t.Skip(msg)
}

// Env is one test's running Debrief.
type Env struct {
	// API is signed in as an admin; Do, MustDo and Post use it.
	*API
	T       testing.TB
	Backend Backend
	DB      *store.DB
	// Client is an ent client on the same database, for arranging fixtures
	// and checking results behind the API's back; use it with Ctx.
	Client *ent.Client
	// Ctx is a context in which Client bypasses the access rules.
	Ctx    context.Context
	Server *httptest.Server
	Config config.Config
	// statements counts SQL statements the server has run; recent keeps
	// the last ones' text.
	statements atomic.Int64
	recent     recentStatements
	seq        atomic.Int64
}

// API sends GraphQL requests as one user, with an API token.
type API struct {
	env   *Env
	User  *ent.User
	Token string
}

// Option adjusts an Env's configuration before it starts.
type Option func(*config.Config)

// New starts Debrief on a fresh database of the given backend.
func New(t testing.TB, b Backend, opts ...Option) *Env {
	t.Helper()
	ctx := context.Background()
	cfg, err := config.Load("test", nil, func(string) string { return "" }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	// The reminder scan runs only where a test calls it (reminder.Scan), so
	// that it neither adds statements to what tests count nor writes
	// reminders for their fixtures behind their backs.
	cfg.FollowUp.ScanEvery = 0
	// Likewise the webhook dispatcher only wakes for a change (tests that
	// need retries set a short poll).
	cfg.Webhooks.PollEvery = time.Hour
	for _, o := range opts {
		o(&cfg)
	}
	var db *store.DB
	switch b {
	case SQLite:
		db, err = store.Open(ctx, "", filepath.Join(t.TempDir(), "data"))
	case Postgres:
		cfg.DatabaseURL = createPostgresDatabase(t)
		db, err = store.Open(ctx, cfg.DatabaseURL, "")
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	e := &Env{T: t, Backend: b, DB: db, Config: cfg, Ctx: viewer.System(ctx)}
	e.Client = ent.NewClient(ent.Driver(entsql.OpenDB(db.Dialect, db.SQL)))
	e.serve()
	e.API = e.As(enum.RoleAdmin)
	return e
}

// serve starts e's HTTP server over e.DB.
func (e *Env) serve() {
	t, db := e.T, e.DB
	// The server's client counts the statements it runs, so tests can prove
	// that lists do not issue one query per row.
	counted := dialect.DebugWithContext(entsql.OpenDB(db.Dialect, db.SQL), func(_ context.Context, v ...any) {
		e.statements.Add(1)
		e.recent.add(fmt.Sprint(v...))
	})
	db.Client = ent.NewClient(ent.Driver(counted))

	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	// The server must know its own URL (sign-in redirects, same-origin
	// checks) before it starts.
	e.Server = httptest.NewUnstartedServer(nil)
	e.Config.PublicURL = "http://" + e.Server.Listener.Addr().String()
	broker, err := app.NewBroker(db, e.Config, logger)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { broker.Close() })
	instance, err := app.New(db, e.Config, broker, logger)
	if err != nil {
		t.Fatal(err)
	}
	e.Server.Config.Handler = instance.Handler
	e.Server.Start()
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		instance.Run(ctx)
	}()
	// Cleanups run last-in first-out: the background work stops before the
	// server and the database close.
	t.Cleanup(e.Server.Close)
	t.Cleanup(func() {
		stop()
		<-done
	})
}

// SecondInstance starts another Debrief server on the same PostgreSQL
// database, as a second replica behind a load balancer would be. Its API
// client is the same admin as e's.
func (e *Env) SecondInstance() *Env {
	e.T.Helper()
	if e.Backend != Postgres {
		e.T.Fatal("a second instance needs PostgreSQL")
	}
	db, err := store.Open(context.Background(), e.Config.DatabaseURL, "")
	if err != nil {
		e.T.Fatal(err)
	}
	e.T.Cleanup(func() { db.Close() })
	other := &Env{T: e.T, Backend: e.Backend, DB: db, Config: e.Config, Ctx: e.Ctx, Client: e.Client}
	other.serve()
	other.API = &API{env: other, User: e.API.User, Token: e.API.Token}
	return other
}

// As returns an API client signed in as a new user with the given role
// (and a read-write token, or a read token for viewers).
func (e *Env) As(role enum.Role, opts ...func(*auth.NewToken)) *API {
	e.T.Helper()
	n := e.seq.Add(1)
	u, err := e.Client.User.Create().
		SetName(fmt.Sprintf("%s %d", strings.ToLower(string(role)), n)).
		SetRole(role).
		Save(e.Ctx)
	if err != nil {
		e.T.Fatal(err)
	}
	return e.WithToken(u, opts...)
}

// WithToken returns an API client for an existing user.
func (e *Env) WithToken(u *ent.User, opts ...func(*auth.NewToken)) *API {
	e.T.Helper()
	nt := auth.NewToken{Name: "test", Scope: enum.TokenScopeReadWrite}
	if u.Role == enum.RoleViewer {
		nt.Scope = enum.TokenScopeRead
	}
	for _, o := range opts {
		o(&nt)
	}
	svc := auth.New(auth.Config{}, e.Client, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx := viewer.NewContext(context.Background(), viewer.Viewer{UserID: u.ID, Role: u.Role})
	_, secret, err := svc.CreateToken(ctx, e.Client, nt)
	if err != nil {
		e.T.Fatal(err)
	}
	return &API{env: e, User: u, Token: secret}
}

// createPostgresDatabase creates a database with a random name and drops it
// when the test ends; it returns its URL.
func createPostgresDatabase(t testing.TB) string {
	t.Helper()
	admin, err := sql.Open("postgres", PostgresURL())
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "debrief_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(PostgresURL())
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// Statements returns how many SQL statements the server has run so far.
func (e *Env) Statements() int64 { return e.statements.Load() }

// RecentStatements returns the text of the last statements the server ran
// (at most maxRecent, oldest first), for tests that check what a request
// asked the database, not only how often.
func (e *Env) RecentStatements() []string { return e.recent.list() }

// maxRecent bounds the statements kept for RecentStatements.
const maxRecent = 200

// recentStatements keeps the last maxRecent statements' text.
type recentStatements struct {
	mu   sync.Mutex
	text []string
}

func (r *recentStatements) add(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.text) == maxRecent {
		r.text = r.text[1:]
	}
	r.text = append(r.text, s)
}

func (r *recentStatements) list() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.text)
}

// Response is a decoded GraphQL response.
type Response struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// Codes lists the extensions.code of every error.
func (r *Response) Codes() []string {
	var out []string
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		out = append(out, c)
	}
	return out
}

// Do sends a GraphQL request and decodes the response, whatever its status.
func (e *API) Do(query string, variables map[string]any) *Response {
	e.env.T.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": variables})
	if err != nil {
		e.env.T.Fatal(err)
	}
	return e.Post(body)
}

// Post sends a raw body to /graphql.
func (a *API) Post(body []byte) *Response {
	e := a.env
	e.T.Helper()
	req, err := http.NewRequest(http.MethodPost, e.Server.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		e.T.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if a.Token != "" {
		req.Header.Set("Authorization", "Bearer "+a.Token)
	}
	res, err := e.Server.Client().Do(req)
	if err != nil {
		e.T.Fatal(err)
	}
	defer res.Body.Close()
	out := &Response{Status: res.StatusCode}
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		e.T.Fatal(err)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		e.T.Fatalf("response is not JSON (status %d): %s", res.StatusCode, raw)
	}
	return out
}

// MustDo sends a GraphQL request, fails the test on any error, and decodes
// data into out (when out is not nil).
func (a *API) MustDo(query string, variables map[string]any, out any) {
	e := a.env
	e.T.Helper()
	res := a.Do(query, variables)
	if len(res.Errors) > 0 {
		e.T.Fatalf("unexpected GraphQL errors: %+v", res.Errors)
	}
	if out != nil {
		if err := json.Unmarshal(res.Data, out); err != nil {
			e.T.Fatalf("decode data: %v (%s)", err, res.Data)
		}
	}
}

// Tests run Debrief as server.go does: with every time in UTC (see main).
func init() { time.Local = time.UTC }
