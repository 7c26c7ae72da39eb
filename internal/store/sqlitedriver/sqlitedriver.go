// Package sqlitedriver registers the pure-Go SQLite driver (modernc) under
// the name ent's SQLite dialect opens, "sqlite3", so Debrief needs no cgo.
// It is its own package so that tools which must not embed the migrations
// (the migration generator) can import it.
package sqlitedriver

import (
	"database/sql"

	"modernc.org/sqlite"
)

func init() {
	sql.Register("sqlite3", &sqlite.Driver{})
}
