// Package store opens Debrief's database — an embedded SQLite file by
// default, PostgreSQL when a postgres:// URL is configured — and brings its
// schema up to date with the versioned migrations in ./migrations.
package store
