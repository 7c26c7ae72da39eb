package store

import (
	"context"
	"sync"

	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/viewer"
)

// dialects remembers each client's SQL dialect: ent does not expose a
// client's driver, but a query builder knows its dialect.
var dialects sync.Map // *ent.Client → string

// DialectOf is the dialect (dialect.SQLite or dialect.Postgres) of the
// database client talks to, found once per client with a statement that
// reads no rows — and cannot fail the way a dialect-specific probe would,
// so it is safe inside a transaction.
func DialectOf(ctx context.Context, client *ent.Client) (string, error) {
	if d, ok := dialects.Load(client); ok {
		return d.(string), nil
	}
	var d string
	var none []struct {
		ID int `json:"id"`
	}
	// As the system: the statement reads nothing, so no rule is at stake.
	err := client.Incident.Query().Modify(func(s *sql.Selector) {
		d = s.Dialect()
		s.Select(s.C("id")).Where(sql.False())
	}).Scan(viewer.System(ctx), &none)
	if err != nil {
		return "", err
	}
	dialects.Store(client, d)
	return d, nil
}
