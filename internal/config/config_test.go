package config

import (
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestDefaultsRunTheEmbeddedSetup(t *testing.T) {
	cfg, err := Load("debrief", nil, env(nil), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != "localhost:8080" || cfg.DatabaseURL != "" || cfg.DataDir != "data" || cfg.LogLevel != slog.LevelInfo ||
		cfg.ShutdownTimeout != 15*time.Second || cfg.MaxPageSize != 100 || cfg.MaxBodyBytes != 1<<20 {
		t.Errorf("defaults: %+v", cfg)
	}
}

func TestFlagsWinOverEnvironment(t *testing.T) {
	cfg, err := Load("debrief", []string{"--addr", "0.0.0.0:9000"}, env(map[string]string{
		"DEBRIEF_ADDR":      "127.0.0.1:7000",
		"DATABASE_URL":      "postgres://db/debrief",
		"DEBRIEF_LOG_LEVEL": "debug",
	}), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != "0.0.0.0:9000" || cfg.DatabaseURL != "postgres://db/debrief" || cfg.LogLevel != slog.LevelDebug {
		t.Errorf("got %+v", cfg)
	}
}

func TestInvalidValuesAreAllReported(t *testing.T) {
	_, err := Load("debrief", []string{"--addr", "nonsense", "--max-depth", "0", "--log-format", "xml"}, env(nil), io.Discard)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"addr", "max-depth", "log-format"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %s", err, want)
		}
	}
}
