// Command debrief serves Debrief: the GraphQL API and the embedded web app
// from one binary, on an embedded SQLite file by default or on PostgreSQL.
//
//	debrief [serve] [flags]   run the server (the default)
//	debrief migrate [status]  apply the schema migrations, or list them
//	debrief demo [flags]      load a demo organisation into an empty database
//	debrief oidc check        check the identity provider configuration
//	debrief token create      create an API token for a user (-email, -name, -scope, -expires)
//	debrief import FILE…      import incidents (Debrief JSON, CSV, Markdown, Statuspage JSON)
//	debrief export            export incidents as JSON, or one as Markdown (-incident, -format, -o)
//
// Every flag has a DEBRIEF_* environment variable; see README.md.
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // time zone names must work on hosts without tzdata

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/app"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/demo"
	"github.com/debrief/debrief/internal/metrics"
	"github.com/debrief/debrief/internal/porting"
	"github.com/debrief/debrief/internal/search"
	"github.com/debrief/debrief/internal/store"
)

//go:generate go run -mod=mod ./ent/entc.go
//go:generate go run ./internal/store/migrategen
//go:generate go tool gqlgen generate
//go:generate npm --prefix frontend run --silent codegen

func main() {
	// Debrief keeps every time it writes in UTC. SQLite stores times as text
	// and compares them as text, so a server clock in another zone would
	// misorder them against times clients send (which the API keeps in UTC).
	time.Local = time.UTC
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "debrief:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	command := "serve"
	if len(args) > 0 && (args[0] == "serve" || args[0] == "migrate" || args[0] == "demo" || args[0] == "oidc" || args[0] == "token" || args[0] == "import" || args[0] == "export") {
		command, args = args[0], args[1:]
	}
	sub := ""
	if (command == "migrate" && len(args) > 0 && args[0] == "status") || (command == "oidc" && len(args) > 0 && args[0] == "check") {
		sub, args = args[0], args[1:]
	}
	if command == "oidc" && sub != "check" {
		return errors.New("usage: debrief oidc check [flags]")
	}
	if command == "token" {
		return createToken(ctx, args)
	}
	if command == "import" {
		return porting.ImportCommand(ctx, args, os.Stderr, slog.New(slog.NewTextHandler(os.Stderr, nil)))
	}
	if command == "export" {
		return porting.ExportCommand(ctx, args, os.Stdout, os.Stderr, slog.New(slog.NewTextHandler(os.Stderr, nil)))
	}
	cfg, err := config.Load("debrief "+command, args, os.Getenv, os.Stderr)
	if err != nil {
		return err
	}
	logger := cfg.Logger(os.Stderr)
	slog.SetDefault(logger)
	if command == "oidc" {
		return checkOIDC(ctx, cfg)
	}

	db, err := store.Open(ctx, cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return err
	}
	defer db.Close()
	if sub == "status" {
		return printMigrationStatus(ctx, db)
	}
	applied, err := db.Migrate(ctx)
	if err != nil {
		return err
	}
	logger.Info("database ready", "database", db.Location, "migrations_applied", len(applied))

	switch command {
	case "migrate":
		return nil
	case "demo":
		summary, err := demo.Load(ctx, db.Client, time.Now())
		if err != nil {
			return err
		}
		logger.Info("demo data loaded", "summary", summary)
		// The demo is written without the server's hooks; a running server
		// on the same database would otherwise only find it after a restart.
		_, err = search.Reindex(ctx, db.Client)
		return err
	}
	return serve(ctx, cfg, db, logger)
}

func serve(ctx context.Context, cfg config.Config, db *store.DB, logger *slog.Logger) error {
	broker, err := app.NewBroker(db, cfg, logger)
	if err != nil {
		return err
	}
	defer broker.Close()
	instance, err := app.New(db, cfg, broker, logger)
	if err != nil {
		return err
	}
	// Background work (webhook delivery, reminders) stops with the server,
	// after in-flight requests are done.
	bgCtx, stopBackground := context.WithCancel(context.WithoutCancel(ctx))
	bgDone := make(chan struct{})
	go func() {
		defer close(bgDone)
		instance.Run(bgCtx)
	}()
	defer func() {
		stopBackground()
		<-bgDone
	}()
	srv := &http.Server{
		Addr:              cfg.Addr,
		Handler:           instance.Handler,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 2)
	go func() { errc <- srv.ListenAndServe() }()
	logger.Info("debrief is listening", "url", "http://"+cfg.Addr)
	// Metrics get a listener of their own, never the public port: see
	// docs/monitoring.md.
	var metricsSrv *http.Server
	if cfg.MetricsAddr != "" {
		metricsSrv = metrics.NewServer(cfg.MetricsAddr, instance.Metrics)
		go func() { errc <- fmt.Errorf("metrics listener: %w", metricsSrv.ListenAndServe()) }()
		logger.Info("metrics are served", "url", "http://"+cfg.MetricsAddr+metrics.Path)
	}

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down", "grace", cfg.ShutdownTimeout)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	err = srv.Shutdown(shutdownCtx)
	// The metrics listener stops last, so that the drain can be watched.
	if metricsSrv != nil {
		err = errors.Join(err, metricsSrv.Shutdown(shutdownCtx))
	}
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func printMigrationStatus(ctx context.Context, db *store.DB) error {
	status, err := db.Status(ctx)
	if err != nil {
		return err
	}
	for _, m := range status {
		state := "pending"
		if m.AppliedAt != nil {
			state = "applied " + m.AppliedAt.Format(time.RFC3339)
		}
		fmt.Printf("%s  %s\n", m.Name, state)
	}
	return nil
}

// checkOIDC reports what is right and wrong with the identity provider
// configuration, and fails when sign-in could not work.
func checkOIDC(ctx context.Context, cfg config.Config) error {
	if cfg.DevLogin() {
		fmt.Println("No identity provider is configured: Debrief runs its built-in development sign-in.")
		fmt.Println("Set DEBRIEF_OIDC_ISSUER, DEBRIEF_OIDC_CLIENT_ID and DEBRIEF_OIDC_CLIENT_SECRET to use a real one (see README).")
		return nil
	}
	findings := auth.Check(ctx, auth.Config{
		Issuer: cfg.OIDC.Issuer, ClientID: cfg.OIDC.ClientID, ClientSecret: cfg.OIDC.ClientSecret,
		PublicURL: cfg.PublicURL, RedirectURL: cfg.OIDC.RedirectURL, Scopes: cfg.OIDC.Scopes, RolesClaim: cfg.OIDC.RolesClaim,
	})
	for _, f := range findings {
		fmt.Printf("%-4s  %s\n", f.Level, f.Message)
	}
	if auth.Failed(findings) {
		return errors.New("the identity provider configuration has problems (FAIL above)")
	}
	return nil
}

// createToken is `debrief token create`: it prints a new API token for an
// existing user, so integrations (and load tests) can be set up from the
// command line.
func createToken(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "create" {
		return errors.New("usage: debrief token create -email someone@example.com [-name N] [-scope READ|READ_WRITE] [-expires 720h] [database flags]")
	}
	fs := flag.NewFlagSet("debrief token create", flag.ContinueOnError)
	email := fs.String("email", "", "email of the user the token acts as")
	name := fs.String("name", "command line", "what the token is for")
	scope := fs.String("scope", "READ", "READ or READ_WRITE")
	expires := fs.Duration("expires", 30*24*time.Hour, "how long the token works")
	databaseURL := fs.String("database-url", cmp.Or(os.Getenv("DATABASE_URL"), os.Getenv("DEBRIEF_DATABASE_URL")), "PostgreSQL URL (env DATABASE_URL); empty uses SQLite")
	dataDir := fs.String("data-dir", cmp.Or(os.Getenv("DEBRIEF_DATA_DIR"), "data"), "SQLite data directory (env DEBRIEF_DATA_DIR)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	cfg := config.Config{DatabaseURL: *databaseURL, DataDir: *dataDir}
	db, err := store.Open(ctx, cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Migrate(ctx); err != nil {
		return err
	}
	until := time.Now().Add(*expires)
	secret, err := auth.IssueToken(ctx, db.Client, *email, auth.NewToken{Name: *name, Scope: enum.TokenScope(strings.ToUpper(*scope)), ExpiresAt: &until})
	if err != nil {
		return err
	}
	fmt.Println(secret)
	return nil
}
