package httpserver_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/debrief/debrief/internal/harness"
)

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

// The probes, GraphiQL and the web app answer where operators and browsers
// expect them.
func TestRoutes(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	base := e.Server.URL

	if res, body := get(t, base+"/healthz"); res.StatusCode != 200 || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz: %d %q", res.StatusCode, body)
	}
	if res, _ := get(t, base+"/readyz"); res.StatusCode != 200 {
		t.Errorf("/readyz: %d", res.StatusCode)
	}
	if res, body := get(t, base+"/graphql"); res.StatusCode != 200 || !strings.Contains(body, "graphiql") {
		t.Errorf("GET /graphql should open GraphiQL: %d", res.StatusCode)
	}
	res, body := get(t, base+"/incidents/123")
	if res.StatusCode != 200 || !strings.Contains(body, "<html") && !strings.Contains(body, "<!doctype") {
		t.Errorf("deep link should load the app: %d", res.StatusCode)
	}
	if res.Header.Get("X-Request-ID") == "" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("missing headers: %v", res.Header)
	}

	// Once the database is gone, the instance is no longer ready.
	e.DB.SQL.Close()
	if res, _ := get(t, base+"/readyz"); res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz without a database: %d, want 503", res.StatusCode)
	}
	if res, _ := get(t, base+"/healthz"); res.StatusCode != 200 {
		t.Errorf("/healthz without a database: %d, want 200 (the process is alive)", res.StatusCode)
	}
}
