// Package config reads Debrief's settings from command-line flags and
// DEBRIEF_* environment variables into one validated struct. Flags win over
// the environment; both have defaults that run the embedded setup.
package config

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/followup"
)

// Config is everything Debrief needs to start.
type Config struct {
	// Addr is where the HTTP server listens.
	Addr string
	// MetricsAddr is where a separate listener serves Prometheus metrics
	// at /metrics; empty means no metrics listener. It is separate so
	// that the public port never exposes them.
	MetricsAddr string
	// DatabaseURL selects PostgreSQL (postgres://…); empty means the
	// embedded SQLite file in DataDir.
	DatabaseURL string
	// DataDir holds the SQLite file when no DatabaseURL is set.
	DataDir string
	// LogLevel and LogFormat shape the structured logs.
	LogLevel  slog.Level
	LogFormat string
	// ShutdownTimeout bounds how long in-flight requests get on SIGTERM.
	ShutdownTimeout time.Duration
	// API limits.
	MaxBodyBytes  int64
	MaxDepth      int
	MaxComplexity int
	MaxPageSize   int

	// PublicURL is where browsers reach Debrief (used for sign-in redirects
	// and the same-origin checks); by default derived from Addr.
	PublicURL string
	// OIDC is the identity provider; with no Issuer, Debrief runs its own
	// development provider (only on loopback unless InsecureDevLogin).
	OIDC             OIDC
	InsecureDevLogin bool
	SessionIdle      time.Duration
	SessionMax       time.Duration
	// CookieSecure is "auto" (Secure when PublicURL is https), "true" or "false".
	CookieSecure string

	// FollowUp are the follow-through thresholds: Goldilocks warnings,
	// due-soon and stale windows, required reviews, reminders.
	FollowUp followup.Rules
	// Webhooks shape outgoing webhook delivery.
	Webhooks Webhooks
}

// Webhooks shape how outgoing webhooks are delivered and retried.
type Webhooks struct {
	// MaxAttempts is how often a delivery is tried before it is FAILED.
	MaxAttempts int
	// RetryBase is the wait after the first failure; it doubles with every
	// further failure, up to RetryMax.
	RetryBase time.Duration
	RetryMax  time.Duration
	// Timeout bounds one attempt.
	Timeout time.Duration
	// PollEvery is how often the dispatcher looks for due deliveries (a
	// change on this instance wakes it at once).
	PollEvery time.Duration
	// AllowPrivateNetworks lets webhooks reach loopback, private,
	// link-local and other non-public addresses, which are refused
	// otherwise (a guard against server-side request forgery); for
	// receivers on-premises.
	AllowPrivateNetworks bool
}

// OIDC configures sign-in with an OpenID Connect provider.
type OIDC struct {
	Issuer       string
	ClientID     string
	ClientSecret string
	RedirectURL  string
	Scopes       []string
	// RolesClaim names the claim with the person's groups; RoleMap maps
	// roles to groups, written "ADMIN=debrief-admins,ANALYST=sre leads"
	// (several groups for one role: repeat the role).
	RolesClaim  string
	RoleMap     map[enum.Role][]string
	DefaultRole enum.Role
	// Audience is what provider-issued bearer tokens must be addressed to
	// (default: the client ID).
	Audience string
}

// DevLogin reports whether the built-in development provider is used.
func (c Config) DevLogin() bool { return c.OIDC.Issuer == "" }

// LoopbackOnly reports whether Addr only accepts local connections.
func (c Config) LoopbackOnly() bool {
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// setting is one configuration value with its flag, variable and default.
type setting struct {
	flag, env, def, usage string
}

var settings = []setting{
	{"addr", "DEBRIEF_ADDR", "localhost:8080", "address to listen on"},
	{"metrics-addr", "DEBRIEF_METRICS_ADDR", "", "address of a separate listener serving Prometheus metrics at /metrics (e.g. :9090); empty for none"},
	{"database-url", "DATABASE_URL", "", "PostgreSQL URL (postgres://user:pass@host/db); empty uses the embedded SQLite file"},
	{"data-dir", "DEBRIEF_DATA_DIR", "data", "directory for the embedded SQLite database"},
	{"log-level", "DEBRIEF_LOG_LEVEL", "info", "debug, info, warn or error"},
	{"log-format", "DEBRIEF_LOG_FORMAT", "text", "text or json"},
	{"shutdown-timeout", "DEBRIEF_SHUTDOWN_TIMEOUT", "15s", "grace period for in-flight requests on shutdown"},
	{"max-body-bytes", "DEBRIEF_MAX_BODY_BYTES", "1048576", "largest accepted GraphQL request body"},
	{"max-depth", "DEBRIEF_MAX_DEPTH", "12", "deepest accepted GraphQL query"},
	{"max-complexity", "DEBRIEF_MAX_COMPLEXITY", "25000", "highest accepted GraphQL query complexity (page sizes multiply)"},
	{"max-page-size", "DEBRIEF_MAX_PAGE_SIZE", "100", "largest page a GraphQL connection returns"},
	{"public-url", "DEBRIEF_PUBLIC_URL", "", "URL browsers use to reach Debrief (default http://<addr>)"},
	{"oidc-issuer", "DEBRIEF_OIDC_ISSUER", "", "OIDC provider's issuer URL; empty runs the built-in development provider"},
	{"oidc-client-id", "DEBRIEF_OIDC_CLIENT_ID", "", "OIDC client ID registered for Debrief"},
	{"oidc-client-secret", "DEBRIEF_OIDC_CLIENT_SECRET", "", "OIDC client secret (empty for a public client)"},
	{"oidc-redirect-url", "DEBRIEF_OIDC_REDIRECT_URL", "", "redirect URL registered at the provider (default <public-url>/auth/callback)"},
	{"oidc-scopes", "DEBRIEF_OIDC_SCOPES", "", "extra scopes to request, comma-separated (openid, profile and email always are)"},
	{"oidc-roles-claim", "DEBRIEF_OIDC_ROLES_CLAIM", "", "claim listing the person's groups, e.g. groups"},
	{"oidc-role-map", "DEBRIEF_OIDC_ROLE_MAP", "", "groups granting each role, e.g. ADMIN=debrief-admins,ANALYST=sre-leads"},
	{"oidc-default-role", "DEBRIEF_OIDC_DEFAULT_ROLE", "MEMBER", "role of people whose groups grant none"},
	{"oidc-audience", "DEBRIEF_OIDC_AUDIENCE", "", "audience required of provider-issued bearer tokens (default: the client ID)"},
	{"session-idle", "DEBRIEF_SESSION_IDLE", "12h", "a session unused this long ends"},
	{"session-max", "DEBRIEF_SESSION_MAX", "168h", "a session this old ends however active"},
	{"cookie-secure", "DEBRIEF_COOKIE_SECURE", "auto", "mark cookies Secure: auto (when public-url is https), true or false"},
	{"action-max-due-days", "DEBRIEF_ACTION_MAX_DUE_DAYS", "60", "warn when an action is due more than this many days out"},
	{"action-too-big", "DEBRIEF_ACTION_TOO_BIG", "XL,L:LOW", "sizes (SIZE or SIZE:PRIORITY) warned about as too big to finish"},
	{"action-too-small", "DEBRIEF_ACTION_TOO_SMALL", "XS:LOW,XS:MEDIUM,S:LOW", "sizes (SIZE or SIZE:PRIORITY) warned about as too small to matter"},
	{"action-due-soon-days", "DEBRIEF_ACTION_DUE_SOON_DAYS", "7", "an open action due within this many days is due soon"},
	{"action-stale-days", "DEBRIEF_ACTION_STALE_DAYS", "30", "an open action unchanged this many days is stale"},
	{"review-required", "DEBRIEF_REVIEW_REQUIRED", "SEV1,SEV2", "severities whose incidents must be reviewed (comma-separated; empty for none)"},
	{"review-due-days", "DEBRIEF_REVIEW_DUE_DAYS", "14", "a required review without a due date is due this many days after resolution"},
	{"remind-every", "DEBRIEF_REMIND_EVERY", "24h", "how often an overdue action or review reminds again"},
	{"reminder-scan-every", "DEBRIEF_REMINDER_SCAN_EVERY", "1m", "how often reminders are looked for"},
	{"webhook-max-attempts", "DEBRIEF_WEBHOOK_MAX_ATTEMPTS", "12", "attempts before a webhook delivery is given up (FAILED)"},
	{"webhook-retry-base", "DEBRIEF_WEBHOOK_RETRY_BASE", "10s", "wait after a webhook's first failure; doubles with each retry"},
	{"webhook-retry-max", "DEBRIEF_WEBHOOK_RETRY_MAX", "1h", "longest wait between webhook retries"},
	{"webhook-timeout", "DEBRIEF_WEBHOOK_TIMEOUT", "10s", "time limit of one webhook attempt"},
	{"webhook-poll-every", "DEBRIEF_WEBHOOK_POLL_EVERY", "5s", "how often webhook deliveries due for a retry are looked for"},
}

// Load parses args (without the program and command name) with getenv as
// the environment. Unknown flags and invalid values are errors.
func Load(name string, args []string, getenv func(string) string, output io.Writer) (Config, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(output)
	values := map[string]*string{}
	for _, s := range settings {
		def := s.def
		if v := getenv(s.env); v != "" {
			def = v
		}
		if s.env == "DATABASE_URL" && def == "" {
			def = getenv("DEBRIEF_DATABASE_URL")
		}
		values[s.flag] = fs.String(s.flag, def, fmt.Sprintf("%s (env %s)", s.usage, s.env))
	}
	insecureDev := fs.Bool("insecure-dev-login", getenv("DEBRIEF_INSECURE_DEV_LOGIN") == "true",
		"allow the built-in development sign-in on a non-loopback address (env DEBRIEF_INSECURE_DEV_LOGIN=true); anyone can sign in as anyone")
	// Strict, unlike the development sign-in's variable: a mistyped value
	// must not silently keep the guard up, nor take it down.
	allowPrivateEnv, allowPrivateErr := envBool(getenv, "DEBRIEF_WEBHOOK_ALLOW_PRIVATE_NETWORKS")
	allowPrivate := fs.Bool("webhook-allow-private-networks", allowPrivateEnv,
		"let webhooks reach loopback, private, link-local and other non-public addresses, e.g. for receivers on-premises "+
			"(env DEBRIEF_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true); refused by default against server-side request forgery")
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	get := func(f string) string { return strings.TrimSpace(*values[f]) }

	var errs []error
	if allowPrivateErr != nil {
		errs = append(errs, allowPrivateErr)
	}
	cfg := Config{
		Addr:        get("addr"),
		DatabaseURL: get("database-url"),
		DataDir:     get("data-dir"),
		LogFormat:   get("log-format"),
	}
	if _, _, err := net.SplitHostPort(cfg.Addr); err != nil {
		errs = append(errs, fmt.Errorf("addr %q: want host:port", cfg.Addr))
	}
	cfg.MetricsAddr = get("metrics-addr")
	if cfg.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(cfg.MetricsAddr); err != nil {
			errs = append(errs, fmt.Errorf("metrics-addr %q: want host:port", cfg.MetricsAddr))
		} else if cfg.MetricsAddr == cfg.Addr {
			// Metrics on the public port are what the option avoids.
			errs = append(errs, fmt.Errorf("metrics-addr %q: must differ from addr", cfg.MetricsAddr))
		}
	}
	if err := cfg.LogLevel.UnmarshalText([]byte(get("log-level"))); err != nil {
		errs = append(errs, fmt.Errorf("log-level: %w", err))
	}
	if cfg.LogFormat != "text" && cfg.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("log-format %q: want text or json", cfg.LogFormat))
	}
	var err error
	if cfg.ShutdownTimeout, err = time.ParseDuration(get("shutdown-timeout")); err != nil {
		errs = append(errs, fmt.Errorf("shutdown-timeout: %w", err))
	}
	positive := func(f string) int64 {
		n, err := strconv.ParseInt(get(f), 10, 64)
		if err != nil || n <= 0 {
			errs = append(errs, fmt.Errorf("%s %q: want a positive whole number", f, get(f)))
		}
		return n
	}
	cfg.MaxBodyBytes = positive("max-body-bytes")
	cfg.MaxDepth = int(positive("max-depth"))
	cfg.MaxComplexity = int(positive("max-complexity"))
	cfg.MaxPageSize = int(positive("max-page-size"))

	cfg.InsecureDevLogin = *insecureDev
	cfg.PublicURL = strings.TrimSuffix(get("public-url"), "/")
	if cfg.PublicURL == "" {
		cfg.PublicURL = "http://" + cfg.Addr
	}
	if u, err := url.Parse(cfg.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("public-url %q: want an absolute http(s) URL", cfg.PublicURL))
	}
	cfg.OIDC = OIDC{
		Issuer:       get("oidc-issuer"),
		ClientID:     get("oidc-client-id"),
		ClientSecret: get("oidc-client-secret"),
		RedirectURL:  get("oidc-redirect-url"),
		Scopes:       splitList(get("oidc-scopes")),
		RolesClaim:   get("oidc-roles-claim"),
		DefaultRole:  enum.Role(strings.ToUpper(get("oidc-default-role"))),
		Audience:     get("oidc-audience"),
	}
	if cfg.OIDC.Issuer != "" && cfg.OIDC.ClientID == "" {
		errs = append(errs, errors.New("oidc-client-id is required with oidc-issuer"))
	}
	var defaultRole enum.Role
	if err := defaultRole.UnmarshalGQL(string(cfg.OIDC.DefaultRole)); err != nil {
		errs = append(errs, fmt.Errorf("oidc-default-role: %w", err))
	}
	var err2 error
	if cfg.OIDC.RoleMap, err2 = parseRoleMap(get("oidc-role-map")); err2 != nil {
		errs = append(errs, err2)
	}
	if cfg.SessionIdle, err = time.ParseDuration(get("session-idle")); err != nil || cfg.SessionIdle <= 0 {
		errs = append(errs, fmt.Errorf("session-idle %q: want a positive duration such as 12h", get("session-idle")))
	}
	if cfg.SessionMax, err = time.ParseDuration(get("session-max")); err != nil || cfg.SessionMax <= 0 {
		errs = append(errs, fmt.Errorf("session-max %q: want a positive duration such as 168h", get("session-max")))
	}
	cfg.CookieSecure = get("cookie-secure")
	if cfg.CookieSecure != "auto" && cfg.CookieSecure != "true" && cfg.CookieSecure != "false" {
		errs = append(errs, fmt.Errorf("cookie-secure %q: want auto, true or false", cfg.CookieSecure))
	}
	errs = append(errs, cfg.loadFollowUp(get)...)
	cfg.Webhooks.AllowPrivateNetworks = *allowPrivate
	return cfg, errors.Join(errs...)
}

// loadFollowUp reads the follow-through and webhook settings.
func (c *Config) loadFollowUp(get func(string) string) []error {
	var errs []error
	count := func(f string, min int) int {
		n, err := strconv.Atoi(get(f))
		if err != nil || n < min {
			errs = append(errs, fmt.Errorf("%s %q: want a whole number of at least %d", f, get(f), min))
		}
		return n
	}
	duration := func(f string) time.Duration {
		d, err := time.ParseDuration(get(f))
		if err != nil || d <= 0 {
			errs = append(errs, fmt.Errorf("%s %q: want a positive duration such as 10s", f, get(f)))
		}
		return d
	}
	sizes := func(f string) []followup.SizePriority {
		sp, err := followup.ParseSizePriorities(get(f))
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f, err))
		}
		return sp
	}
	c.FollowUp = followup.Rules{
		MaxDueDays:    count("action-max-due-days", 1),
		TooBig:        sizes("action-too-big"),
		TooSmall:      sizes("action-too-small"),
		DueSoonDays:   count("action-due-soon-days", 0),
		StaleDays:     count("action-stale-days", 1),
		ReviewDueDays: count("review-due-days", 0),
		RemindEvery:   duration("remind-every"),
		ScanEvery:     duration("reminder-scan-every"),
	}
	for _, s := range splitList(strings.ToUpper(get("review-required"))) {
		var sev enum.Severity
		if err := sev.UnmarshalGQL(s); err != nil {
			errs = append(errs, fmt.Errorf("review-required: %w", err))
		}
		c.FollowUp.ReviewRequired = append(c.FollowUp.ReviewRequired, sev)
	}
	c.Webhooks = Webhooks{
		MaxAttempts: count("webhook-max-attempts", 1),
		RetryBase:   duration("webhook-retry-base"),
		RetryMax:    duration("webhook-retry-max"),
		Timeout:     duration("webhook-timeout"),
		PollEvery:   duration("webhook-poll-every"),
	}
	return errs
}

// Logger builds the structured logger the configuration asks for.
func (c Config) Logger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// SecureCookies resolves CookieSecure.
func (c Config) SecureCookies() bool {
	switch c.CookieSecure {
	case "true":
		return true
	case "false":
		return false
	}
	return strings.HasPrefix(c.PublicURL, "https://")
}

// envBool reads a true/false environment variable; unset is false.
func envBool(getenv func(string) string, name string) (bool, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%s %q: want true or false", name, v)
	}
	return b, nil
}

func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
}

// parseRoleMap reads "ADMIN=group-a,ANALYST=group-b,ADMIN=group-c".
func parseRoleMap(s string) (map[enum.Role][]string, error) {
	out := map[enum.Role][]string{}
	for _, pair := range strings.Split(s, ",") {
		pair = strings.TrimSpace(pair)
		if pair == "" {
			continue
		}
		role, group, ok := strings.Cut(pair, "=")
		r := enum.Role(strings.ToUpper(strings.TrimSpace(role)))
		var valid enum.Role
		if !ok || strings.TrimSpace(group) == "" || valid.UnmarshalGQL(string(r)) != nil {
			return nil, fmt.Errorf("oidc-role-map: %q is not ROLE=group with ROLE one of ADMIN, ANALYST, MEMBER, VIEWER", pair)
		}
		out[r] = append(out[r], strings.TrimSpace(group))
	}
	return out, nil
}
