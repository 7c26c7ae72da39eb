package search

import (
	"context"
	"fmt"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/viewer"
)

// sqliteObjects are the FTS5 index over search_documents (external
// content: the text is stored once, in search_documents), the triggers
// that keep it in step, and a vocabulary view of it that related incidents
// compare words with. All idempotent.
var sqliteObjects = []string{
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, body,
		content='search_documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_vocab USING fts5vocab(search_fts, instance)`,
	`CREATE TRIGGER IF NOT EXISTS search_documents_fts_insert AFTER INSERT ON search_documents BEGIN
		INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
	END`,
	`CREATE TRIGGER IF NOT EXISTS search_documents_fts_delete AFTER DELETE ON search_documents BEGIN
		INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
	END`,
	`CREATE TRIGGER IF NOT EXISTS search_documents_fts_update AFTER UPDATE ON search_documents BEGIN
		INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
		INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
	END`,
}

// Setup prepares search on a migrated database: it creates SQLite's FTS5 index, and rebuilds the documents when
// they do not cover every record (written before search existed, or by a
// tool that does not run the hook). Call it once at start-up, and register
// Hook on the same client.
func Setup(ctx context.Context, client *ent.Client, dialectName string) error {
	c := conn{client, dialectName}
	if !c.postgres() {
		rows, err := c.query(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'search_fts'`)
		if err != nil {
			return err
		}
		existed, err := scanInt(rows)
		if err != nil {
			return err
		}
		for _, q := range sqliteObjects {
			if err := c.exec(ctx, q); err != nil {
				return fmt.Errorf("search: create the FTS5 index: %w", err)
			}
		}
		if existed == 0 {
			// Documents already stored get into the new index.
			if err := c.exec(ctx, `INSERT INTO search_fts(search_fts) VALUES ('rebuild')`); err != nil {
				return err
			}
		}
	}
	complete, err := c.complete(ctx)
	if err != nil || complete {
		return err
	}
	_, err = Reindex(ctx, client)
	return err
}

// complete is the cheap check that the index covers every record: one
// document per record (and, on PostgreSQL, each with its vector).
func (c conn) complete(ctx context.Context) (bool, error) {
	missing := `0`
	if c.postgres() {
		missing = `(SELECT count(*) FROM search_documents WHERE tsv IS NULL)`
	}
	rows, err := c.query(ctx, `SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM timeline_events)
		+ (SELECT count(*) FROM perspectives) + (SELECT count(*) FROM insights) + (SELECT count(*) FROM action_items)
		- (SELECT count(*) FROM search_documents) + `+missing)
	if err != nil {
		return false, err
	}
	n, err := scanInt(rows)
	return n == 0, err
}

func scanInt(rows interface {
	Next() bool
	Scan(...any) error
	Close() error
	Err() error
}) (int, error) {
	defer rows.Close()
	var n int
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
	}
	return n, rows.Err()
}

// batchSize is how many records Reindex reads and writes at a time.
const batchSize = 500

// Reindex rebuilds the search documents of every record in batches, and
// removes those of records that no longer exist. It returns how many
// documents it wrote. Anything that writes records without the app's hook
// (the demo loader, imports) calls it afterwards; it is safe to run at any
// time, also while the app serves requests.
func Reindex(ctx context.Context, client *ent.Client) (int, error) {
	c, err := connOf(ctx, client)
	if err != nil {
		return 0, err
	}
	// The index is Debrief's own and covers every record (see Hook).
	ctx = viewer.System(ctx)
	ids := map[Kind]func(after int) ([]int, error){
		KindIncident: func(after int) ([]int, error) {
			return client.Incident.Query().Where(incident.IDGT(after)).Order(incident.ByID()).Limit(batchSize).IDs(ctx)
		},
		KindTimelineEvent: func(after int) ([]int, error) {
			return client.TimelineEvent.Query().Where(timelineevent.IDGT(after)).Order(timelineevent.ByID()).Limit(batchSize).IDs(ctx)
		},
		KindPerspective: func(after int) ([]int, error) {
			return client.Perspective.Query().Where(perspective.IDGT(after)).Order(perspective.ByID()).Limit(batchSize).IDs(ctx)
		},
		KindInsight: func(after int) ([]int, error) {
			return client.Insight.Query().Where(insight.IDGT(after)).Order(insight.ByID()).Limit(batchSize).IDs(ctx)
		},
		KindActionItem: func(after int) ([]int, error) {
			return client.ActionItem.Query().Where(actionitem.IDGT(after)).Order(actionitem.ByID()).Limit(batchSize).IDs(ctx)
		},
	}
	tables := map[Kind]string{KindIncident: "incidents", KindTimelineEvent: "timeline_events",
		KindPerspective: "perspectives", KindInsight: "insights", KindActionItem: "action_items"}
	written := 0
	for _, kind := range Kinds {
		for after := 0; ; {
			batch, err := ids[kind](after)
			if err != nil {
				return written, fmt.Errorf("search: reindex %s: %w", kind, err)
			}
			if len(batch) == 0 {
				break
			}
			docs, err := load(ctx, client, kind, batch)
			if err != nil {
				return written, fmt.Errorf("search: reindex %s: %w", kind, err)
			}
			if err := save(ctx, c, kind, docs); err != nil {
				return written, fmt.Errorf("search: reindex %s: %w", kind, err)
			}
			written += len(docs)
			after = batch[len(batch)-1]
		}
		err := c.exec(ctx, `DELETE FROM search_documents WHERE entity_type = ? AND entity_id NOT IN (SELECT id FROM `+tables[kind]+`)`, string(kind))
		if err != nil {
			return written, err
		}
	}
	return written, nil
}
