// Package migrations embeds Debrief's versioned schema migrations, one
// Atlas-format directory per database dialect. The files are generated from
// ent/schema by ../migrategen; never edit an applied migration, add a new one.
package migrations

import "embed"

// FS holds the sqlite/ and postgres/ migration directories.
//
//go:embed sqlite postgres
var FS embed.FS
