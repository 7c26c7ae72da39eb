package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq" // PostgreSQL driver

	_ "github.com/debrief/debrief/internal/store/sqlitedriver" // SQLite driver

	"github.com/debrief/debrief/ent"
)

// DB is an open database with the ent client on top of it.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string
	// Location describes where the data lives, safe to log (no password).
	Location string
}

// Open connects to PostgreSQL when databaseURL is a postgres:// URL, and
// otherwise to the embedded SQLite file debrief.db in dataDir (created if
// missing). It does not migrate; call Migrate for that.
func Open(ctx context.Context, databaseURL, dataDir string) (*DB, error) {
	if databaseURL != "" {
		return openPostgres(ctx, databaseURL)
	}
	return openSQLite(ctx, dataDir)
}

func openPostgres(ctx context.Context, databaseURL string) (*DB, error) {
	u, err := url.Parse(databaseURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return nil, fmt.Errorf("store: DATABASE_URL must be a postgres:// URL")
	}
	db, err := sql.Open("postgres", databaseURL)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	// Many stateless instances share one server: keep each one's share of
	// connections modest and recycle them so fail-overs are picked up.
	db.SetMaxOpenConns(20)
	db.SetMaxIdleConns(10)
	db.SetConnMaxLifetime(30 * time.Minute)
	if err := ping(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: connect to postgres at %s: %w", u.Redacted(), err)
	}
	return wrap(db, dialect.Postgres, "postgres "+u.Redacted()), nil
}

// SQLiteDSN is the connection string for the SQLite file at path: foreign
// keys on (ent relies on them), WAL so readers never wait for the writer,
// a busy timeout instead of immediate "database is locked" errors, and
// write transactions that take the lock up front so two of them cannot
// deadlock upgrading a read lock.
func SQLiteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

func openSQLite(ctx context.Context, dataDir string) (*DB, error) {
	if strings.TrimSpace(dataDir) == "" {
		dataDir = "data"
	}
	if err := os.MkdirAll(dataDir, 0o750); err != nil {
		return nil, fmt.Errorf("store: create data directory: %w", err)
	}
	path := filepath.Join(dataDir, "debrief.db")
	db, err := sql.Open("sqlite3", SQLiteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite: %w", err)
	}
	if err := ping(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open sqlite file %s: %w", path, err)
	}
	return wrap(db, dialect.SQLite, "sqlite "+path), nil
}

func ping(ctx context.Context, db *sql.DB) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return db.PingContext(ctx)
}

func wrap(db *sql.DB, dialectName, location string) *DB {
	drv := entsql.OpenDB(dialectName, db)
	return &DB{
		Client:   ent.NewClient(ent.Driver(drv)),
		SQL:      db,
		Dialect:  dialectName,
		Location: location,
	}
}

// Ready reports whether the database answers, for readiness probes.
func (db *DB) Ready(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return db.SQL.PingContext(ctx)
}

// Close closes the client and its connections.
func (db *DB) Close() error { return db.Client.Close() }
