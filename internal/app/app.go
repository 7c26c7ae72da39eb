// Package app wires Debrief's parts into one HTTP handler. server.go calls
// it for the real server and the tests call it for theirs, so both run
// exactly the same stack.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"

	"entgo.io/ent/dialect"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/frontend"
	"github.com/debrief/debrief/graph"
	"github.com/debrief/debrief/internal/activity"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/comms"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/devidp"
	"github.com/debrief/debrief/internal/httpserver"
	"github.com/debrief/debrief/internal/live"
	"github.com/debrief/debrief/internal/metrics"
	"github.com/debrief/debrief/internal/porting"
	"github.com/debrief/debrief/internal/realtime"
	"github.com/debrief/debrief/internal/reminder"
	"github.com/debrief/debrief/internal/report"
	"github.com/debrief/debrief/internal/search"
	"github.com/debrief/debrief/internal/store"
	"github.com/debrief/debrief/internal/viewer"
	"github.com/debrief/debrief/internal/web"
	"github.com/debrief/debrief/internal/webhook"
	"github.com/debrief/debrief/internal/workflow"

	_ "github.com/debrief/debrief/ent/runtime" // registers the schema's hooks and policies
)

// DevIssuerPath is where the built-in development identity provider lives.
const DevIssuerPath = "/dev-idp"

// DevClientID is the client the development provider knows.
const DevClientID = "debrief"

// ErrDevLoginExposed refuses the development sign-in where others could reach it.
var ErrDevLoginExposed = errors.New("the built-in development sign-in lets anyone sign in as anyone, so it only runs on a loopback address; " +
	"configure an identity provider (DEBRIEF_OIDC_ISSUER) or, for a throwaway demo, pass --insecure-dev-login")

// NewBroker returns the fan-out for live updates: PostgreSQL's
// LISTEN/NOTIFY when several instances may share the database, in-process
// on SQLite.
func NewBroker(db *store.DB, cfg config.Config, logger *slog.Logger) (realtime.Broker, error) {
	if db.Dialect == dialect.Postgres {
		return realtime.NewPostgres(cfg.DatabaseURL, logger)
	}
	return realtime.NewLocal(), nil
}

// App is one Debrief instance: its HTTP handler and its background work.
type App struct {
	// Handler is the root HTTP handler.
	Handler http.Handler
	// Metrics are the instance's Prometheus metrics, in a registry of its
	// own; server.go serves them on a separate listener.
	Metrics *metrics.Metrics
	// background runs until its context ends (webhook delivery, reminders).
	background []func(context.Context)
}

// Run does the instance's background work until ctx ends, and returns when
// all of it has stopped.
func (a *App) Run(ctx context.Context) {
	var wg sync.WaitGroup
	for _, run := range a.background {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run(ctx)
		}()
	}
	wg.Wait()
}

// New wires an instance over db: changes made through db's client are
// announced to live subscribers through broker, reach subscribed webhooks
// and fill the inboxes of the people they concern.
func New(db *store.DB, cfg config.Config, broker realtime.Broker, logger *slog.Logger) (*App, error) {
	assets, err := frontend.Dist()
	if err != nil {
		return nil, fmt.Errorf("web app: %w", err)
	}
	authCfg := auth.Config{
		Issuer:        cfg.OIDC.Issuer,
		ClientID:      cfg.OIDC.ClientID,
		ClientSecret:  cfg.OIDC.ClientSecret,
		PublicURL:     cfg.PublicURL,
		RedirectURL:   cfg.OIDC.RedirectURL,
		Scopes:        cfg.OIDC.Scopes,
		RolesClaim:    cfg.OIDC.RolesClaim,
		RoleGroups:    cfg.OIDC.RoleMap,
		DefaultRole:   cfg.OIDC.DefaultRole,
		Audience:      cfg.OIDC.Audience,
		SessionIdle:   cfg.SessionIdle,
		SessionMax:    cfg.SessionMax,
		SecureCookies: cfg.SecureCookies(),
	}
	var devProvider *devidp.Provider
	if cfg.DevLogin() {
		if !cfg.LoopbackOnly() && !cfg.InsecureDevLogin {
			return nil, ErrDevLoginExposed
		}
		devProvider, err = devLogin(&authCfg, db)
		if err != nil {
			return nil, err
		}
		logger.Warn("DEVELOPMENT SIGN-IN IS ON: anyone who reaches this server can sign in as anyone. Configure DEBRIEF_OIDC_ISSUER for real use.",
			"issuer", authCfg.Issuer)
	}
	authService := auth.New(authCfg, db.Client, logger)
	instruments := metrics.New()
	if err := instruments.WatchDB(db.SQL); err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	db.Client.Use(live.Publisher{Broker: broker, Logger: logger}.Hook())
	db.Client.Use(activity.Hook())
	reminders := reminder.New(db.Client, cfg.FollowUp, logger)
	db.Client.Use(reminders.Hook())
	dispatcher := webhook.New(db.Client, webhook.Options{
		MaxAttempts:          cfg.Webhooks.MaxAttempts,
		RetryBase:            cfg.Webhooks.RetryBase,
		RetryMax:             cfg.Webhooks.RetryMax,
		Timeout:              cfg.Webhooks.Timeout,
		PollEvery:            cfg.Webhooks.PollEvery,
		AllowPrivateNetworks: cfg.Webhooks.AllowPrivateNetworks,
		PublicURL:            cfg.PublicURL,
		Observe:              instruments.Webhook,
	}, logger)
	db.Client.Use(dispatcher.Hook())
	db.Client.Use(search.Hook(db.Dialect))
	// Builds the search index when records were written without the hook
	// (before search existed, by the demo loader or an import).
	if err := search.Setup(context.Background(), db.Client, db.Dialect); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	// A new installation starts with default workflows, communication
	// guidelines and message templates for admins to adapt.
	if err := workflow.EnsureDefaults(viewer.System(context.Background()), db.Client); err != nil {
		return nil, fmt.Errorf("default workflows: %w", err)
	}
	if err := comms.EnsureDefaults(viewer.System(context.Background()), db.Client); err != nil {
		return nil, fmt.Errorf("default communication aids: %w", err)
	}
	// Likewise one report template per audience.
	if err := report.EnsureDefaults(viewer.System(context.Background()), db.Client); err != nil {
		return nil, fmt.Errorf("default report templates: %w", err)
	}

	handler := httpserver.New(httpserver.Options{
		Logger: logger,
		GraphQL: graph.NewHandler(db.Client, graph.Options{
			Logger:   logger,
			Auth:     authService,
			Broker:   broker,
			FollowUp: cfg.FollowUp,
			Metrics:  instruments.GraphQL(),
			Limits: graph.Limits{
				MaxDepth:      cfg.MaxDepth,
				MaxComplexity: cfg.MaxComplexity,
				MaxPageSize:   cfg.MaxPageSize,
			},
		}),
		App:          web.Handler(assets),
		Ready:        db.Ready,
		MaxBodyBytes: cfg.MaxBodyBytes,
		Instrument:   instruments.Middleware,
		Authenticate: func(next http.Handler) http.Handler {
			authed := authService.Middleware(next)
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				// The development provider is another site as far as sign-in
				// is concerned: its own forms carry no CSRF header, and a
				// Debrief session must not stand in the way of switching
				// person.
				if devProvider != nil && strings.HasPrefix(r.URL.Path, DevIssuerPath+"/") {
					next.ServeHTTP(w, r)
					return
				}
				authed.ServeHTTP(w, r)
			})
		},
		Routes: func(mux *http.ServeMux) {
			authService.Routes(mux)
			mux.Handle("POST "+porting.ImportPath, porting.Handler(db.Client, logger, 0, nil))
			if devProvider != nil {
				mux.Handle(DevIssuerPath+"/", devProvider.Handler())
			}
		},
	})
	return &App{Handler: handler, Metrics: instruments, background: []func(context.Context){dispatcher.Run, reminders.Run}}, nil
}

// devLogin points authCfg at the built-in development provider, which
// issues real OIDC tokens for Debrief's own people and carries their role
// in its groups claim.
func devLogin(authCfg *auth.Config, db *store.DB) (*devidp.Provider, error) {
	authCfg.Issuer = authCfg.PublicURL + DevIssuerPath
	authCfg.ClientID = DevClientID
	authCfg.RedirectURL = ""
	authCfg.RolesClaim = "groups"
	authCfg.RoleGroups = map[enum.Role][]string{}
	for _, r := range enum.Role("").Values() {
		authCfg.RoleGroups[enum.Role(r)] = []string{r}
	}
	authCfg.DevLogin = true
	return devidp.New(devidp.Config{
		Issuer:       authCfg.Issuer,
		ClientID:     DevClientID,
		RedirectURIs: []string{authCfg.PublicURL + auth.CallbackPath},
	}, auth.DevDirectory{Client: db.Client, Issuer: authCfg.Issuer})
}
