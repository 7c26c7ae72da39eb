package search

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"entgo.io/ent/dialect"

	"github.com/debrief/debrief/ent"
)

// dialects remembers which database each client talks to (Setup records
// it), since an ent client does not say.
var dialects sync.Map // *ent.Client → string

// conn is a client together with its SQL dialect: search speaks each
// database's own full-text SQL, which ent's builders do not cover.
type conn struct {
	client  *ent.Client
	dialect string
}

// connOf returns client's dialect: recorded by Setup, or else asked of the
// database once (sqlite_version() exists on SQLite only, version() names
// PostgreSQL).
func connOf(ctx context.Context, client *ent.Client) (conn, error) {
	if d, ok := dialects.Load(client); ok {
		return conn{client, d.(string)}, nil
	}
	d := ""
	if rows, err := client.QueryContext(ctx, "SELECT sqlite_version()"); err == nil {
		rows.Close()
		d = dialect.SQLite
	} else if rows, err := client.QueryContext(ctx, "SELECT version()"); err == nil {
		var v string
		if rows.Next() {
			_ = rows.Scan(&v)
		}
		rows.Close()
		if strings.Contains(v, "PostgreSQL") {
			d = dialect.Postgres
		}
	}
	if d == "" {
		return conn{}, fmt.Errorf("search: cannot tell which database the client uses")
	}
	dialects.Store(client, d)
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
