package search

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/store"
)

// conn is a client together with its SQL dialect: search speaks each
// database's own full-text SQL, which ent's builders do not cover.
type conn struct {
	client  *ent.Client
	dialect string
}

// connOf pairs client with its dialect.
func connOf(ctx context.Context, client *ent.Client) (conn, error) {
	d, err := store.DialectOf(ctx, client)
	if err != nil {
		return conn{}, fmt.Errorf("search: find the database dialect: %w", err)
	}
	return conn{client, d}, nil
}

func (c conn) postgres() bool { return c.dialect == dialect.Postgres }

// rebind turns the ? placeholders of q into PostgreSQL's $n. Search's
// statements hold no literal question marks.
func (c conn) rebind(q string) string {
	if !c.postgres() {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (c conn) exec(ctx context.Context, q string, args ...any) error {
	if _, err := c.client.ExecContext(ctx, c.rebind(q), args...); err != nil {
		return fmt.Errorf("search: %w", err)
	}
	return nil
}

func (c conn) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	rows, err := c.client.QueryContext(ctx, c.rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return rows, nil
}

// in is a list of n placeholders for an IN (…) clause; an empty list
// matches nothing, so it becomes NULL (x IN (NULL) is never true).
func in(ids []int) (string, []any) {
	if len(ids) == 0 {
		return "NULL", nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return strings.TrimSuffix(strings.Repeat("?,", len(ids)), ","), args
}
