// Package httpserver assembles Debrief's HTTP surface: health probes, the
// GraphQL endpoint and the embedded web app, behind the middleware every
// request gets (request IDs, access logs, panic recovery, security headers).
package httpserver

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/debrief/debrief/graph"
	"github.com/debrief/debrief/internal/apperr"
)

// Options are the parts the HTTP server is made of.
type Options struct {
	Logger       *slog.Logger
	GraphQL      http.Handler
	App          http.Handler
	Ready        func(context.Context) error
	MaxBodyBytes int64
	// Authenticate puts the request's viewer in its context.
	Authenticate func(http.Handler) http.Handler
	// Routes adds further endpoints (sign-in, the development provider).
	Routes func(*http.ServeMux)
	// Instrument, if set, wraps every request outside the panic recovery,
	// so that it sees the status of every answer, a panic's 500 included
	// (metrics).
	Instrument func(http.Handler) http.Handler
}

// New returns the root handler.
func New(o Options) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeText(w, http.StatusOK, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := o.Ready(r.Context()); err != nil {
			o.Logger.WarnContext(r.Context(), "not ready", "err", err)
			writeText(w, http.StatusServiceUnavailable, "database unavailable")
			return
		}
		writeText(w, http.StatusOK, "ready")
	})
	mux.Handle("/graphql", limitBody(o.MaxBodyBytes, o.GraphQL))
	mux.Handle("/", o.App)
	if o.Routes != nil {
		o.Routes(mux)
	}
	var h http.Handler = mux
	if o.Authenticate != nil {
		h = o.Authenticate(h)
	}
	h = recoverPanics(o.Logger, securityHeaders(h))
	if o.Instrument != nil {
		h = o.Instrument(h)
	}
	return requestContext(o.Logger, h)
}

func writeText(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body+"\n")
}

// writeGraphQLError answers in the shape GraphQL clients expect even when
// the request never reached the GraphQL server.
func writeGraphQLError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": code}}},
	})
}

// limitBody refuses request bodies over max bytes with 413 and a GraphQL
// error, before any of it is parsed.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Method == http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		tooLarge := func() {
			writeGraphQLError(w, http.StatusRequestEntityTooLarge, apperr.CodeLimitExceeded,
				fmt.Sprintf("the request body is larger than the limit of %d bytes", max))
		}
		if r.ContentLength > max {
			tooLarge()
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe):
			tooLarge()
			return
		case err != nil:
			writeGraphQLError(w, http.StatusBadRequest, apperr.CodeBadUserInput, "could not read the request body")
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// statusRecorder remembers the status code for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the underlying writer (needed
// for flushing and WebSocket upgrades).
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// requestContext gives every request an ID (kept from X-Request-ID when a
// proxy set one) and logs it when done.
func requestContext(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-ID")
		if id == "" || len(id) > 64 {
			b := make([]byte, 8)
			_, _ = rand.Read(b)
			id = hex.EncodeToString(b)
		}
		w.Header().Set("X-Request-ID", id)
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r.WithContext(graph.WithRequestID(r.Context(), id)))
		logger.LogAttrs(r.Context(), slog.LevelInfo, "http request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Duration("duration", time.Since(start)),
			slog.String("request_id", id))
	})
}

// recoverPanics answers 500 without details when a handler panics; the
// panic goes to the log.
func recoverPanics(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				logger.ErrorContext(r.Context(), "http: panic", "panic", p, "path", r.URL.Path)
				writeGraphQLError(w, http.StatusInternalServerError, apperr.CodeInternal, "internal error")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// securityHeaders sets headers every response should carry.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}
