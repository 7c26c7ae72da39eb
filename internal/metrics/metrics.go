// Package metrics gives operators Prometheus metrics of one Debrief
// instance: HTTP requests, GraphQL operations and their errors, webhook
// deliveries, the database pool and the Go runtime. Each instance (each
// app) owns its registry rather than using the global default, so that
// tests can run several apps in one process without their counts mixing.
//
// The metrics are served on a listener of their own (see NewServer), never
// on the public port: they tell an outsider how busy the instance is,
// which operations clients run and how the database pool copes, and a
// scrape should not compete with users for the same connection limits.
// See docs/monitoring.md for every metric and example alerts.
package metrics

import (
	"database/sql"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/debrief/debrief/internal/webhook"
)

// Path is where the metrics listener serves the metrics.
const Path = "/metrics"

// Metrics are one instance's collectors and the registry they live in.
type Metrics struct {
	registry *prometheus.Registry

	httpRequests *prometheus.CounterVec
	httpDuration *prometheus.HistogramVec

	operations  *prometheus.CounterVec
	opDuration  *prometheus.HistogramVec
	graphErrors *prometheus.CounterVec
	names       *nameSet

	webhookDeliveries *prometheus.CounterVec
}

// New returns metrics in a registry of their own, with the Go runtime and
// process collectors already in it.
func New() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		httpRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "debrief_http_requests_total",
			Help: "HTTP requests answered, by route class (graphql, auth, api, health, app) and status class (1xx to 5xx).",
		}, []string{"route", "status"}),
		httpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "debrief_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by route class; WebSocket connections (status 101) are not included, they last as long as their subscriptions.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route"}),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "debrief_graphql_operations_total",
			Help: "GraphQL operations answered, by operation type (query, mutation, subscription; unknown when the request could not be parsed), operation name (anonymous, or other beyond the first 200 names) and outcome (ok, or error when the response carried any error).",
		}, []string{"type", "name", "outcome"}),
		opDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "debrief_graphql_operation_duration_seconds",
			Help:    "Time from receiving a GraphQL query or mutation to its response, by operation type and name (subscriptions last as long as clients listen and are not timed).",
			Buckets: prometheus.DefBuckets,
		}, []string{"type", "name"}),
		graphErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "debrief_graphql_errors_total",
			Help: "Errors in GraphQL responses, by their extensions.code (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, INTERNAL, …).",
		}, []string{"code"}),
		names: newNameSet(maxOperationNames),
		webhookDeliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "debrief_webhook_deliveries_total",
			Help: "Webhook deliveries taken up by the dispatcher, by outcome: delivered, failed_attempt (will be retried), gave_up (the last allowed attempt failed; the delivery is FAILED), skipped (the webhook was switched off; no attempt made).",
		}, []string{"outcome"}),
	}
	m.registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.httpRequests, m.httpDuration,
		m.operations, m.opDuration, m.graphErrors,
		m.webhookDeliveries,
	)
	// Series that exist from the start make rate() and absent-free alerts
	// work before the first event of their kind.
	for _, route := range routeClasses {
		for _, status := range []string{"2xx", "3xx", "4xx", "5xx"} {
			m.httpRequests.WithLabelValues(route, status)
		}
	}
	for _, code := range knownCodes {
		m.graphErrors.WithLabelValues(code)
	}
	for _, o := range []webhook.Outcome{webhook.OutcomeDelivered, webhook.OutcomeFailedAttempt, webhook.OutcomeGaveUp, webhook.OutcomeSkipped} {
		m.webhookDeliveries.WithLabelValues(string(o))
	}
	return m
}

// Registry is where the metrics are registered, for further collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// WatchDB adds the connection pool statistics of db (open, in use and
// idle connections, waits for a connection and their duration) as
// go_sql_* metrics with db_name="debrief".
func (m *Metrics) WatchDB(db *sql.DB) error {
	return m.registry.Register(collectors.NewDBStatsCollector(db, "debrief"))
}

// Webhook counts one webhook delivery outcome; it is the dispatcher's
// webhook.Options.Observe.
func (m *Metrics) Webhook(o webhook.Outcome) {
	m.webhookDeliveries.WithLabelValues(string(o)).Inc()
}

// Handler serves the metrics in the Prometheus text format (or OpenMetrics
// when the scraper asks for it).
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{
		// Scrape failures are counted in promhttp_metric_handler_errors_total.
		Registry: m.registry,
		// A slow or stuck collector (the pool statistics wait on no lock,
		// but the process collector reads /proc) must not pile up scrapes.
		MaxRequestsInFlight: 4,
		Timeout:             10 * time.Second,
	})
}

// NewServer returns the metrics listener's server on addr: GET /metrics and
// nothing else. It is separate from the public server so that the public
// port never exposes the metrics, and so that operators can bind it to an
// internal interface only.
func NewServer(addr string, m *Metrics) *http.Server {
	mux := http.NewServeMux()
	mux.Handle("GET "+Path, m.Handler())
	return &http.Server{
		Addr:              addr,
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
}
