package porting_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/porting"
	"github.com/debrief/debrief/internal/store"
	"github.com/debrief/debrief/internal/viewer"
)

func TestCommands(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	t.Setenv("DATABASE_URL", "")
	t.Setenv("DEBRIEF_DATABASE_URL", "")
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	db := filepath.Join(dir, "data")

	// A member may not import.
	s, err := store.Open(ctx, "", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	s.Client.User.Create().SetName("Mo Member").SetEmail("mo@example.com").SetRole(enum.RoleMember).SaveX(viewer.System(ctx))
	s.Close()
	var stderr bytes.Buffer
	err = porting.ImportCommand(ctx, []string{"-data-dir", db, "-as", "mo@example.com", "testdata/incidents.csv"}, &stderr, logger)
	if err == nil || !strings.Contains(err.Error(), "only analysts and admins may import") {
		t.Errorf("member import: %v", err)
	}

	stderr.Reset()
	err = porting.ImportCommand(ctx, []string{"-data-dir", db, "testdata/incidents.csv", "testdata/bad_date.csv"}, &stderr, logger)
	if err == nil || !strings.Contains(stderr.String(), "incidents.csv: 3 created, 0 skipped") ||
		!strings.Contains(stderr.String(), "incidents.csv: 3/3 incidents") ||
		!strings.Contains(stderr.String(), "bad_date.csv: nothing imported: bad_date.csv: line 3 (record 2): startedAt: invalid date") {
		t.Errorf("import: %v\n%s", err, stderr.String())
	}

	out := filepath.Join(dir, "export.json")
	if err := porting.ExportCommand(ctx, []string{"-data-dir", db, "-o", out}, io.Discard, io.Discard, logger); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc porting.Document
	if err := json.Unmarshal(b, &doc); err != nil || len(doc.Incidents) != 3 || doc.ExportedAt == nil {
		t.Errorf("export: %v, %d incidents", err, len(doc.Incidents))
	}
	if err := porting.ExportCommand(ctx, []string{"-data-dir", db, "-format", "markdown"}, io.Discard, io.Discard, logger); err == nil {
		t.Error("markdown export without -incident was accepted")
	}
}
