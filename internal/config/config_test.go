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

// Webhooks into private networks are refused unless the flag or the
// variable allows them; a mistyped value is an error, not a silent default.
func TestWebhookAllowPrivateNetworks(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		env   map[string]string
		want  bool
		fails bool
	}{
		{"default", nil, nil, false, false},
		{"flag", []string{"--webhook-allow-private-networks"}, nil, true, false},
		{"variable", nil, map[string]string{"DEBRIEF_WEBHOOK_ALLOW_PRIVATE_NETWORKS": "true"}, true, false},
		{"flag wins", []string{"--webhook-allow-private-networks=false"}, map[string]string{"DEBRIEF_WEBHOOK_ALLOW_PRIVATE_NETWORKS": "true"}, false, false},
		{"variable false", nil, map[string]string{"DEBRIEF_WEBHOOK_ALLOW_PRIVATE_NETWORKS": "false"}, false, false},
		{"variable mistyped", nil, map[string]string{"DEBRIEF_WEBHOOK_ALLOW_PRIVATE_NETWORKS": "yes please"}, false, true},
	}
	for _, c := range cases {
		cfg, err := Load("debrief", c.args, env(c.env), io.Discard)
		if c.fails {
			if err == nil || !strings.Contains(err.Error(), "DEBRIEF_WEBHOOK_ALLOW_PRIVATE_NETWORKS") {
				t.Errorf("%s: error %v, want one naming the variable", c.name, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if cfg.Webhooks.AllowPrivateNetworks != c.want {
			t.Errorf("%s: AllowPrivateNetworks = %v, want %v", c.name, cfg.Webhooks.AllowPrivateNetworks, c.want)
		}
	}
}

// The metrics listener is off unless an address is given, by flag or
// variable; it must be host:port and not the public address.
func TestMetricsAddr(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		env   map[string]string
		want  string
		fails string
	}{
		{"default off", nil, nil, "", ""},
		{"flag", []string{"--metrics-addr", ":9090"}, nil, ":9090", ""},
		{"variable", nil, map[string]string{"DEBRIEF_METRICS_ADDR": "10.0.0.5:9090"}, "10.0.0.5:9090", ""},
		{"flag wins", []string{"--metrics-addr=127.0.0.1:9191"}, map[string]string{"DEBRIEF_METRICS_ADDR": ":9090"}, "127.0.0.1:9191", ""},
		{"not host:port", []string{"--metrics-addr", "9090"}, nil, "", "metrics-addr"},
		{"the public address", []string{"--addr", "0.0.0.0:8080", "--metrics-addr", "0.0.0.0:8080"}, nil, "", "must differ from addr"},
	}
	for _, c := range cases {
		cfg, err := Load("debrief", c.args, env(c.env), io.Discard)
		if c.fails != "" {
			if err == nil || !strings.Contains(err.Error(), c.fails) {
				t.Errorf("%s: error %v, want one saying %q", c.name, err, c.fails)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if cfg.MetricsAddr != c.want {
			t.Errorf("%s: MetricsAddr = %q, want %q", c.name, cfg.MetricsAddr, c.want)
		}
	}
}
