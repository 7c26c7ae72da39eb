package store_test

import (
	"context"
	"sync"
	"testing"

	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/store"
)

// Migrations apply once, report their state, and a second run (or a second
// instance starting at the same time) applies nothing again.
func TestMigrateIsIdempotentAndSafeToRace(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		ctx := context.Background()
		e := harness.New(t, b) // migrated once already
		status, err := e.DB.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(status) == 0 {
			t.Fatal("no migrations known")
		}
		for _, m := range status {
			if m.AppliedAt == nil {
				t.Errorf("migration %s not applied", m.Name)
			}
		}

		var wg sync.WaitGroup
		errs := make([]error, 4)
		applied := make([][]string, 4)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				applied[i], errs[i] = e.DB.Migrate(ctx)
			}()
		}
		wg.Wait()
		for i := range errs {
			if errs[i] != nil || len(applied[i]) != 0 {
				t.Errorf("re-run %d: applied %v, err %v", i, applied[i], errs[i])
			}
		}
		if n, err := e.DB.Pending(ctx); err != nil || n != 0 {
			t.Errorf("pending = %d, %v", n, err)
		}
	})
}

// A database that is not a postgres URL is refused with a clear message.
func TestOpenRefusesUnknownURLs(t *testing.T) {
	_, err := store.Open(context.Background(), "mysql://root@localhost/debrief", "")
	if err == nil || err.Error() != "store: DATABASE_URL must be a postgres:// URL" {
		t.Errorf("err = %v", err)
	}
}

// A fresh SQLite file gets its pragmas: foreign keys on and WAL.
func TestSQLitePragmas(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, "", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var fk int
	var mode string
	if err := db.SQL.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v", fk, err)
	}
	if err := db.SQL.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v", mode, err)
	}
}
