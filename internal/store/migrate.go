package store

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"

	"github.com/debrief/debrief/internal/store/migrations"
)

// revisionTable records which migration files have been applied.
const revisionTable = "debrief_schema_revisions"

// migrationLockID is the PostgreSQL advisory lock that serialises start-up
// migrations when several instances start at once.
const migrationLockID = 7_200_431_915

// Migration is one migration file and whether it has been applied.
type Migration struct {
	Version   string
	Name      string
	AppliedAt *time.Time
}

// Migrate applies the embedded migrations that the database has not seen
// yet, each file in its own transaction, in version order. The directory's
// atlas.sum is checked first so a hand-edited migration is refused.
func (db *DB) Migrate(ctx context.Context) (applied []string, err error) {
	files, err := migrationFiles(db.Dialect)
	if err != nil {
		return nil, err
	}
	if err := db.ensureRevisionTable(ctx); err != nil {
		return nil, err
	}
	for _, f := range files {
		done, err := db.applyOne(ctx, f)
		if err != nil {
			return applied, fmt.Errorf("store: migration %s: %w", f.Name(), err)
		}
		if done {
			applied = append(applied, f.Version())
		}
	}
	return applied, nil
}

// Status lists every known migration and when it was applied.
func (db *DB) Status(ctx context.Context) ([]Migration, error) {
	files, err := migrationFiles(db.Dialect)
	if err != nil {
		return nil, err
	}
	if err := db.ensureRevisionTable(ctx); err != nil {
		return nil, err
	}
	rows, err := db.SQL.QueryContext(ctx, "SELECT version, applied_at FROM "+revisionTable)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	appliedAt := map[string]time.Time{}
	for rows.Next() {
		var v string
		var at time.Time
		if err := rows.Scan(&v, &at); err != nil {
			return nil, err
		}
		appliedAt[v] = at
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]Migration, 0, len(files))
	for _, f := range files {
		m := Migration{Version: f.Version(), Name: f.Name()}
		if at, ok := appliedAt[f.Version()]; ok {
			m.AppliedAt = &at
		}
		out = append(out, m)
	}
	return out, nil
}

// Pending reports how many migrations are not applied yet.
func (db *DB) Pending(ctx context.Context) (int, error) {
	st, err := db.Status(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, m := range st {
		if m.AppliedAt == nil {
			n++
		}
	}
	return n, nil
}

func migrationFiles(dialectName string) ([]migrate.File, error) {
	sub := map[string]string{dialect.SQLite: "sqlite", dialect.Postgres: "postgres"}[dialectName]
	if sub == "" {
		return nil, fmt.Errorf("store: no migrations for dialect %q", dialectName)
	}
	dir := &migrate.MemDir{}
	entries, err := fs.ReadDir(migrations.FS, sub)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		b, err := fs.ReadFile(migrations.FS, path.Join(sub, e.Name()))
		if err != nil {
			return nil, err
		}
		if err := dir.WriteFile(e.Name(), b); err != nil {
			return nil, err
		}
	}
	if err := migrate.Validate(dir); err != nil {
		return nil, fmt.Errorf("store: %s migrations do not match their atlas.sum (was a file edited?): %w", sub, err)
	}
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Version() < files[j].Version() })
	return files, nil
}

func (db *DB) ensureRevisionTable(ctx context.Context) error {
	ts := "timestamptz"
	if db.Dialect == dialect.SQLite {
		ts = "datetime"
	}
	_, err := db.SQL.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS "+revisionTable+
		" (version varchar(64) PRIMARY KEY, name varchar(255) NOT NULL, applied_at "+ts+" NOT NULL)")
	return err
}

// applyOne applies f unless it already is, in one transaction; on
// PostgreSQL an advisory lock makes concurrent instances wait their turn.
//
// SQLite ignores "PRAGMA foreign_keys" inside a transaction, yet the
// migrations Atlas writes for it rebuild tables with foreign keys off. So on
// SQLite the pragma is switched on the connection around the transaction,
// and the foreign keys are checked before it commits.
func (db *DB) applyOne(ctx context.Context, f migrate.File) (bool, error) {
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		return false, err
	}
	defer conn.Close()
	if db.Dialect == dialect.SQLite {
		if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = off"); err != nil {
			return false, err
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = on") //nolint:errcheck // best effort; the DSN turns it on for new connections
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	if db.Dialect == dialect.Postgres {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", migrationLockID); err != nil {
			return false, err
		}
	}
	var seen int
	if err := tx.QueryRowContext(ctx, db.rebind("SELECT count(*) FROM "+revisionTable+" WHERE version = ?"), f.Version()).Scan(&seen); err != nil {
		return false, err
	}
	if seen > 0 {
		return false, nil
	}
	stmts, err := f.Stmts()
	if err != nil {
		return false, err
	}
	for _, s := range stmts {
		if strings.TrimSpace(s) == "" || isForeignKeyPragma(s) {
			continue
		}
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return false, fmt.Errorf("%w\nin statement: %s", err, firstLine(s))
		}
	}
	if db.Dialect == dialect.SQLite {
		if err := checkForeignKeys(ctx, tx); err != nil {
			return false, err
		}
	}
	if _, err := tx.ExecContext(ctx, db.rebind("INSERT INTO "+revisionTable+" (version, name, applied_at) VALUES (?, ?, ?)"),
		f.Version(), f.Name(), time.Now().UTC()); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

// isForeignKeyPragma spots the statements that switch SQLite's foreign
// keys, which applyOne handles itself.
func isForeignKeyPragma(stmt string) bool {
	s := strings.ToLower(strings.Join(strings.Fields(stmt), " "))
	return strings.HasPrefix(s, "pragma foreign_keys")
}

// checkForeignKeys fails when a migration left a row pointing nowhere.
func checkForeignKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		var table string
		var rowid sql.NullInt64
		var parent string
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return err
		}
		return fmt.Errorf("foreign key violation after migrating: a row of %s points to a missing %s", table, parent)
	}
	return rows.Err()
}

// rebind turns ? placeholders into PostgreSQL's $n.
func (db *DB) rebind(q string) string {
	if db.Dialect != dialect.Postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
