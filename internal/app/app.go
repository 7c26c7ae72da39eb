// Package app wires Debrief's parts into one HTTP handler. server.go calls
// it for the real server and the tests call it for theirs, so both run
// exactly the same stack.
package app

import (
	"fmt"
	"log/slog"
	"net/http"

	"github.com/debrief/debrief/frontend"
	"github.com/debrief/debrief/graph"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/httpserver"
	"github.com/debrief/debrief/internal/store"
	"github.com/debrief/debrief/internal/web"

	_ "github.com/debrief/debrief/ent/runtime" // registers the schema's hooks and policies
)

// Handler returns the root HTTP handler over db.
func Handler(db *store.DB, cfg config.Config, logger *slog.Logger) (http.Handler, error) {
	assets, err := frontend.Dist()
	if err != nil {
		return nil, fmt.Errorf("web app: %w", err)
	}
	return httpserver.New(httpserver.Options{
		Logger: logger,
		GraphQL: graph.NewHandler(db.Client, graph.Options{
			Logger: logger,
			Limits: graph.Limits{
				MaxDepth:      cfg.MaxDepth,
				MaxComplexity: cfg.MaxComplexity,
				MaxPageSize:   cfg.MaxPageSize,
			},
		}),
		App:          web.Handler(assets),
		Ready:        db.Ready,
		MaxBodyBytes: cfg.MaxBodyBytes,
	}), nil
}
