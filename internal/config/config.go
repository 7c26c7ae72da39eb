// Package config reads Debrief's settings from command-line flags and
// DEBRIEF_* environment variables into one validated struct. Flags win over
// the environment; both have defaults that run the embedded setup.
package config

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"time"
)

// Config is everything Debrief needs to start.
type Config struct {
	// Addr is where the HTTP server listens.
	Addr string
	// DatabaseURL selects PostgreSQL (postgres://…); empty means the
	// embedded SQLite file in DataDir.
	DatabaseURL string
	// DataDir holds the SQLite file when no DatabaseURL is set.
	DataDir string
	// LogLevel and LogFormat shape the structured logs.
	LogLevel  slog.Level
	LogFormat string
	// ShutdownTimeout bounds how long in-flight requests get on SIGTERM.
	ShutdownTimeout time.Duration
	// API limits.
	MaxBodyBytes  int64
	MaxDepth      int
	MaxComplexity int
	MaxPageSize   int
}

// setting is one configuration value with its flag, variable and default.
type setting struct {
	flag, env, def, usage string
}

var settings = []setting{
	{"addr", "DEBRIEF_ADDR", "localhost:8080", "address to listen on"},
	{"database-url", "DATABASE_URL", "", "PostgreSQL URL (postgres://user:pass@host/db); empty uses the embedded SQLite file"},
	{"data-dir", "DEBRIEF_DATA_DIR", "data", "directory for the embedded SQLite database"},
	{"log-level", "DEBRIEF_LOG_LEVEL", "info", "debug, info, warn or error"},
	{"log-format", "DEBRIEF_LOG_FORMAT", "text", "text or json"},
	{"shutdown-timeout", "DEBRIEF_SHUTDOWN_TIMEOUT", "15s", "grace period for in-flight requests on shutdown"},
	{"max-body-bytes", "DEBRIEF_MAX_BODY_BYTES", "1048576", "largest accepted GraphQL request body"},
	{"max-depth", "DEBRIEF_MAX_DEPTH", "12", "deepest accepted GraphQL query"},
	{"max-complexity", "DEBRIEF_MAX_COMPLEXITY", "25000", "highest accepted GraphQL query complexity (page sizes multiply)"},
	{"max-page-size", "DEBRIEF_MAX_PAGE_SIZE", "100", "largest page a GraphQL connection returns"},
}

// Load parses args (without the program and command name) with getenv as
// the environment. Unknown flags and invalid values are errors.
func Load(name string, args []string, getenv func(string) string, output io.Writer) (Config, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(output)
	values := map[string]*string{}
	for _, s := range settings {
		def := s.def
		if v := getenv(s.env); v != "" {
			def = v
		}
		if s.env == "DATABASE_URL" && def == "" {
			def = getenv("DEBRIEF_DATABASE_URL")
		}
		values[s.flag] = fs.String(s.flag, def, fmt.Sprintf("%s (env %s)", s.usage, s.env))
	}
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	get := func(f string) string { return strings.TrimSpace(*values[f]) }

	var errs []error
	cfg := Config{
		Addr:        get("addr"),
		DatabaseURL: get("database-url"),
		DataDir:     get("data-dir"),
		LogFormat:   get("log-format"),
	}
	if _, _, err := net.SplitHostPort(cfg.Addr); err != nil {
		errs = append(errs, fmt.Errorf("addr %q: want host:port", cfg.Addr))
	}
	if err := cfg.LogLevel.UnmarshalText([]byte(get("log-level"))); err != nil {
		errs = append(errs, fmt.Errorf("log-level: %w", err))
	}
	if cfg.LogFormat != "text" && cfg.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("log-format %q: want text or json", cfg.LogFormat))
	}
	var err error
	if cfg.ShutdownTimeout, err = time.ParseDuration(get("shutdown-timeout")); err != nil {
		errs = append(errs, fmt.Errorf("shutdown-timeout: %w", err))
	}
	positive := func(f string) int64 {
		n, err := strconv.ParseInt(get(f), 10, 64)
		if err != nil || n <= 0 {
			errs = append(errs, fmt.Errorf("%s %q: want a positive whole number", f, get(f)))
		}
		return n
	}
	cfg.MaxBodyBytes = positive("max-body-bytes")
	cfg.MaxDepth = int(positive("max-depth"))
	cfg.MaxComplexity = int(positive("max-complexity"))
	cfg.MaxPageSize = int(positive("max-page-size"))
	return cfg, errors.Join(errs...)
}

// Logger builds the structured logger the configuration asks for.
func (c Config) Logger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
