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
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/app"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/store"
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
	T       testing.TB
	Backend Backend
	DB      *store.DB
	// Client is an ent client on the same database, for arranging fixtures
	// and checking results behind the API's back.
	Client *ent.Client
	Server *httptest.Server
	Config config.Config
	// statements counts SQL statements the server has run.
	statements atomic.Int64
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
	for _, o := range opts {
		o(&cfg)
	}
	var db *store.DB
	switch b {
	case SQLite:
		db, err = store.Open(ctx, "", filepath.Join(t.TempDir(), "data"))
	case Postgres:
		db, err = store.Open(ctx, createPostgresDatabase(t), "")
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	e := &Env{T: t, Backend: b, DB: db, Config: cfg}
	// The server's client counts the statements it runs, so tests can prove
	// that lists do not issue one query per row.
	counted := dialect.DebugWithContext(entsql.OpenDB(db.Dialect, db.SQL), func(context.Context, ...any) {
		e.statements.Add(1)
	})
	db.Client = ent.NewClient(ent.Driver(counted))
	e.Client = ent.NewClient(ent.Driver(entsql.OpenDB(db.Dialect, db.SQL)))

	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	h, err := app.Handler(db, cfg, logger)
	if err != nil {
		t.Fatal(err)
	}
	e.Server = httptest.NewServer(h)
	t.Cleanup(e.Server.Close)
	return e
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
func (e *Env) Do(query string, variables map[string]any) *Response {
	e.T.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": variables})
	if err != nil {
		e.T.Fatal(err)
	}
	return e.Post(body)
}

// Post sends a raw body to /graphql.
func (e *Env) Post(body []byte) *Response {
	e.T.Helper()
	req, err := http.NewRequest(http.MethodPost, e.Server.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		e.T.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
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
func (e *Env) MustDo(query string, variables map[string]any, out any) {
	e.T.Helper()
	res := e.Do(query, variables)
	if len(res.Errors) > 0 {
		e.T.Fatalf("unexpected GraphQL errors: %+v", res.Errors)
	}
	if out != nil {
		if err := json.Unmarshal(res.Data, out); err != nil {
			e.T.Fatalf("decode data: %v (%s)", err, res.Data)
		}
	}
}
