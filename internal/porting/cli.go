package porting

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
	_ "github.com/debrief/debrief/ent/runtime" // the schema's hooks and policies apply to the commands too
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/search"
	"github.com/debrief/debrief/internal/store"
	"github.com/debrief/debrief/internal/viewer"
)

// Command is what `debrief import` and `debrief export` share: the
// database flags (with the same environment defaults as the server's) and
// who the command acts as.
type command struct {
	fs     *flag.FlagSet
	dbURL  *string
	data   *string
	as     *string
	stderr io.Writer
}

func newCommand(name string, stderr io.Writer) (*command, error) {
	// The server's configuration gives the defaults, so the commands find
	// the same database as `debrief serve` with the same environment.
	cfg, err := config.Load(name, nil, os.Getenv, io.Discard)
	if err != nil {
		return nil, err
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return &command{
		fs:     fs,
		dbURL:  fs.String("database-url", cfg.DatabaseURL, "PostgreSQL URL (env DATABASE_URL); empty uses SQLite"),
		data:   fs.String("data-dir", cfg.DataDir, "SQLite data directory (env DEBRIEF_DATA_DIR)"),
		as:     fs.String("as", "", "email of the user to act as (an analyst or admin); empty acts as the system"),
		stderr: stderr,
	}, nil
}

// open opens and migrates the database and returns the context to act in.
func (c *command) open(ctx context.Context, logger *slog.Logger) (*store.DB, context.Context, error) {
	db, err := store.Open(ctx, *c.dbURL, *c.data)
	if err != nil {
		return nil, nil, err
	}
	if _, err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, nil, err
	}
	if *c.as == "" {
		logger.Info("acting as the system: access rules do not apply and records get no author (use -as EMAIL to act as a person)", "database", db.Location)
		return db, viewer.System(ctx), nil
	}
	// The person is looked up as the system: finding who to act as comes
	// before anyone acts.
	u, err := db.Client.User.Query().Where(user.EmailEqualFold(*c.as)).First(viewer.System(ctx))
	if err != nil {
		db.Close()
		if ent.IsNotFound(err) {
			return nil, nil, fmt.Errorf("-as %s: no user has this email", *c.as)
		}
		return nil, nil, err
	}
	logger.Info("acting as a person", "user", u.Name, "role", u.Role, "database", db.Location)
	return db, viewer.NewContext(ctx, viewer.Viewer{UserID: u.ID, Name: u.Name, Role: u.Role, Department: u.Department}), nil
}

// ImportCommand is `debrief import [flags] FILE…`.
func ImportCommand(ctx context.Context, args []string, stderr io.Writer, logger *slog.Logger) error {
	c, err := newCommand("debrief import", stderr)
	if err != nil {
		return err
	}
	format := c.fs.String("format", "", "debrief, csv, markdown or statuspage; empty detects it from each file")
	mapping := c.fs.String("map", "", `CSV column mapping, e.g. "title=Title,startedAt=Start,severity=Sev"`)
	mapFile := c.fs.String("map-file", "", "file holding the CSV column mapping (one field=Header per line or comma-separated)")
	if err := c.fs.Parse(args); err != nil {
		return err
	}
	files := c.fs.Args()
	if len(files) == 0 {
		return errors.New("usage: debrief import [-format F] [-map field=Header,…] [-as EMAIL] [database flags] FILE…")
	}
	if *mapFile != "" {
		b, err := os.ReadFile(*mapFile)
		if err != nil {
			return err
		}
		*mapping = joinLines(string(b)) + "," + *mapping
	}
	db, actx, err := c.open(ctx, logger)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := Authorize(actx); err != nil {
		return fmt.Errorf("-as %s: %w", *c.as, err)
	}
	var total Result
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			total.Errors = append(total.Errors, Problem{File: name, Message: err.Error()})
			continue
		}
		var last time.Time
		res := Import(actx, db.Client, name, data, Options{Format: *format, CSVMap: *mapping, Progress: func(done, n int) {
			if done == n || time.Since(last) >= time.Second {
				last = time.Now()
				fmt.Fprintf(stderr, "%s: %d/%d incidents\n", name, done, n)
			}
		}})
		for _, p := range res.Errors {
			fmt.Fprintf(stderr, "%s: nothing imported: %s\n", name, p)
		}
		if len(res.Errors) == 0 {
			fmt.Fprintf(stderr, "%s: %d created, %d skipped (already imported)\n", name, res.Created, res.Skipped)
		}
		total.Add(res)
	}
	logger.Info("import done", "created", total.Created, "skipped", total.Skipped, "files_refused", len(total.Errors))
	if total.Created > 0 {
		// The command's client has none of the server's hooks, so the
		// search index learns of the new records here. What was imported
		// stays imported if this fails: the server rebuilds a stale index
		// when it starts.
		if n, err := search.Reindex(ctx, db.Client); err != nil {
			logger.Warn("search index not updated; it is rebuilt when the server next starts", "err", err)
		} else {
			logger.Info("search index updated", "documents", n)
		}
	}
	if len(total.Errors) > 0 {
		return fmt.Errorf("%d of %d files were not imported", len(total.Errors), len(files))
	}
	return nil
}

func joinLines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return strings.Join(out, ",")
}

// ExportCommand is `debrief export [-incident ID] [-format json|markdown] [-o FILE]`.
func ExportCommand(ctx context.Context, args []string, stdout, stderr io.Writer, logger *slog.Logger) error {
	c, err := newCommand("debrief export", stderr)
	if err != nil {
		return err
	}
	id := c.fs.Int("incident", 0, "export only this incident (its database ID)")
	format := c.fs.String("format", "json", "json, or markdown (one incident)")
	out := c.fs.String("o", "", "write to this file instead of standard output")
	if err := c.fs.Parse(args); err != nil {
		return err
	}
	if c.fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %v", c.fs.Args())
	}
	if *format != "json" && *format != "markdown" {
		return fmt.Errorf("-format %q: want json or markdown", *format)
	}
	if *format == "markdown" && *id == 0 {
		return errors.New("-format markdown exports one incident: give -incident ID")
	}
	db, actx, err := c.open(ctx, logger)
	if err != nil {
		return err
	}
	defer db.Close()
	doc, err := Export(actx, db.Client, *id)
	if err != nil {
		return err
	}
	now := time.Now().UTC().Truncate(time.Second)
	doc.ExportedAt = &now
	write := WriteJSON
	if *format == "markdown" {
		write = WriteMarkdown
	}
	if *out == "" {
		err = write(stdout, doc)
	} else {
		err = writeFile(*out, func(w io.Writer) error { return write(w, doc) })
	}
	if err != nil {
		return err
	}
	logger.Info("export done", "incidents", len(doc.Incidents), "action_items", len(doc.ActionItems), "to", cmp.Or(*out, "standard output"))
	return nil
}

// writeFile writes through fn into name; a failed write leaves no
// half-written file behind.
func writeFile(name string, fn func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		os.Remove(name)
		return err
	}
	return f.Close()
}
