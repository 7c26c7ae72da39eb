package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestHandler(t *testing.T) {
	const index = "<!doctype html><title>Debrief</title>"
	assets := fstest.MapFS{
		"index.html":              {Data: []byte(index)},
		"favicon.svg":             {Data: []byte("<svg/>")},
		"assets/index-abc123.js":  {Data: []byte("console.log(1)")},
		"assets/index-abc123.css": {Data: []byte("body{}")},
	}
	const immutable = "public, max-age=31536000, immutable"
	tests := []struct {
		name, method, path string
		status             int
		body               string // substring; "" skips the check
		cacheControl       string // exact; "" skips the check
	}{
		{"root is the app", "GET", "/", 200, index, "no-store"},
		{"index.html is served, not redirected", "GET", "/index.html", 200, index, "no-store"},
		{"app route", "GET", "/incidents", 200, index, "no-store"},
		{"deep link", "GET", "/incidents/123", 200, index, "no-store"},
		{"deep link with query", "GET", "/incidents?status=RESOLVED", 200, index, "no-store"},
		{"dot segments stay inside", "GET", "/incidents/../../etc/passwd", 200, index, "no-store"},
		{"HEAD of the app", "HEAD", "/incidents/7", 200, "", "no-store"},
		{"hashed asset", "GET", "/assets/index-abc123.js", 200, "console.log(1)", immutable},
		{"hashed stylesheet", "GET", "/assets/index-abc123.css", 200, "body{}", immutable},
		{"missing asset", "GET", "/assets/index-old999.js", 404, "", ""},
		{"assets folder", "GET", "/assets/", 404, "", ""},
		{"assets folder without slash", "GET", "/assets", 404, "", ""},
		{"other file", "GET", "/favicon.svg", 200, "<svg/>", "no-cache"},
		{"graphql", "GET", "/graphql", 404, "", ""},
		{"under graphql", "GET", "/graphql/schema", 404, "", ""},
		{"api", "GET", "/api/incidents", 404, "", ""},
		{"auth", "GET", "/auth/callback", 404, "", ""},
		{"healthz", "GET", "/healthz", 404, "", ""},
		{"readyz", "GET", "/readyz", 404, "", ""},
		{"POST to graphql is still not the app", "POST", "/graphql", 404, "", ""},
		{"POST to the app", "POST", "/incidents", 405, "", ""},
	}
	h := Handler(assets)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.status {
				t.Fatalf("%s %s: status %d, want %d", tt.method, tt.path, rec.Code, tt.status)
			}
			if tt.body != "" && !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("%s %s: body %q, want it to contain %q", tt.method, tt.path, rec.Body.String(), tt.body)
			}
			if tt.status == 404 && strings.Contains(rec.Body.String(), index) {
				t.Errorf("%s %s: a 404 must not be the app", tt.method, tt.path)
			}
			if got := rec.Header().Get("Cache-Control"); tt.cacheControl != "" && got != tt.cacheControl {
				t.Errorf("%s %s: Cache-Control %q, want %q", tt.method, tt.path, got, tt.cacheControl)
			}
		})
	}
}

func TestHandlerWithoutIndex(t *testing.T) {
	rec := httptest.NewRecorder()
	Handler(fstest.MapFS{}).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500 when index.html is missing", rec.Code)
	}
}
