package metrics

import (
	"net/http"
	"strings"
	"time"
)

// Route classes, the values of the route label. Raw paths would give every
// incident's deep link and every hashed asset a series of its own: the
// label must stay bounded whatever clients ask for.
const (
	RouteGraphQL = "graphql" // /graphql: the API, GraphiQL, WebSocket subscriptions
	RouteAuth    = "auth"    // /auth/…: sign-in, callback, sign-out; /dev-idp/…: the development provider
	RouteAPI     = "api"     // /api/…: the import endpoint
	RouteHealth  = "health"  // /healthz and /readyz
	RouteApp     = "app"     // everything else: the web app and its assets
)

var routeClasses = []string{RouteGraphQL, RouteAuth, RouteAPI, RouteHealth, RouteApp}

// RouteClass says which class of route path belongs to.
func RouteClass(path string) string {
	switch {
	case path == "/graphql" || strings.HasPrefix(path, "/graphql/"):
		return RouteGraphQL
	case strings.HasPrefix(path, "/auth/") || strings.HasPrefix(path, "/dev-idp/"):
		return RouteAuth
	case strings.HasPrefix(path, "/api/"):
		return RouteAPI
	case path == "/healthz" || path == "/readyz":
		return RouteHealth
	}
	return RouteApp
}

// statusClass turns a status code into its class ("2xx"); the code itself
// would add little but series.
func statusClass(code int) string {
	if code < 100 || code > 599 {
		return "other"
	}
	return string(rune('0'+code/100)) + "xx"
}

// Middleware counts and times every request next answers. Put it outside
// the panic recovery, so that a panic's 500 is counted as one.
func (m *Metrics) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		route := RouteClass(r.URL.Path)
		status := rec.status
		if status == 0 {
			status = http.StatusOK // nothing written: net/http answers 200
		}
		m.httpRequests.WithLabelValues(route, statusClass(status)).Inc()
		// A WebSocket's request lasts as long as the connection; its time
		// says nothing about how fast Debrief answers.
		if status != http.StatusSwitchingProtocols {
			m.httpDuration.WithLabelValues(route).Observe(time.Since(start).Seconds())
		}
	})
}

// recorder remembers the status code of the answer.
type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	// Informational answers (103 Early Hints) come before the real one;
	// 101 is the last a WebSocket upgrade writes.
	if r.status == 0 && (code >= 200 || code == http.StatusSwitchingProtocols) {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer, for
// flushing and for the WebSocket upgrade's hijack.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
