// Command migrategen writes a new versioned migration (Atlas format) for each
// supported database when the ent schema has changed, and nothing when it has
// not. It replays the existing migrations on a scratch database, compares the
// result with the ent schema and writes the difference; `go generate` runs it
// after entc.
//
// The PostgreSQL scratch database is created (and dropped) on the server
// named by DEBRIEF_DEV_DATABASE_URL, by default the local one.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/lib/pq"

	entmigrate "github.com/debrief/debrief/ent/migrate"
	_ "github.com/debrief/debrief/internal/store/sqlitedriver"
)

func main() {
	dir := flag.String("dir", "internal/store/migrations", "directory holding one migration directory per dialect")
	name := flag.String("name", "schema", "name of the new migration, e.g. add_reports")
	flag.Parse()
	ctx := context.Background()

	if err := diffSQLite(ctx, filepath.Join(*dir, "sqlite"), *name); err != nil {
		log.Fatalf("migrategen: sqlite: %v", err)
	}
	devURL := os.Getenv("DEBRIEF_DEV_DATABASE_URL")
	if devURL == "" {
		devURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	if err := diffPostgres(ctx, devURL, filepath.Join(*dir, "postgres"), *name); err != nil {
		log.Fatalf("migrategen: postgres (scratch server %s): %v", redact(devURL), err)
	}
}

func diffSQLite(ctx context.Context, dir, name string) error {
	drv, err := entsql.Open(dialect.SQLite, "file:migrategen?mode=memory&cache=shared&_pragma=foreign_keys(1)")
	if err != nil {
		return err
	}
	defer drv.Close()
	return diff(ctx, drv, dialect.SQLite, dir, name)
}

func diffPostgres(ctx context.Context, devURL, dir, name string) error {
	admin, err := sql.Open("postgres", devURL)
	if err != nil {
		return err
	}
	defer admin.Close()
	suffix := make([]byte, 6)
	_, _ = rand.Read(suffix)
	scratch := "debrief_migrategen_" + hex.EncodeToString(suffix)
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+scratch); err != nil {
		return err
	}
	defer admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+scratch+" WITH (FORCE)")

	u, err := url.Parse(devURL)
	if err != nil {
		return err
	}
	u.Path = "/" + scratch
	drv, err := entsql.Open(dialect.Postgres, u.String())
	if err != nil {
		return err
	}
	defer drv.Close()
	return diff(ctx, drv, dialect.Postgres, dir, name)
}

func diff(ctx context.Context, drv dialect.Driver, dialectName, dir, name string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	local, err := migrate.NewLocalDir(dir)
	if err != nil {
		return err
	}
	m, err := schema.NewMigrate(drv,
		schema.WithDir(local),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialectName),
		schema.WithFormatter(migrate.DefaultFormatter),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
	)
	if err != nil {
		return err
	}
	if err := m.NamedDiff(ctx, name, entmigrate.Tables...); err != nil {
		return fmt.Errorf("diff: %w", err)
	}
	return nil
}

func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}
