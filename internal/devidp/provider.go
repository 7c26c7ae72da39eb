// Package devidp is a small but real OpenID Connect identity provider for
// development. When no OIDC issuer is configured, Debrief mounts it under a
// path of its own so that a newcomer can sign in without an Okta tenant.
//
// It is deliberately a genuine issuer rather than a login bypass: Debrief
// verifies its tokens through discovery and JWKS exactly as it verifies a
// production provider's, so the login code that runs in development is the
// code that runs in production. It keeps authorization codes in memory and
// generates a fresh signing key on every start, so it is single-instance and
// sessions do not survive a restart. It is not for production.
package devidp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Person is someone who can sign in through the development provider.
type Person struct {
	Subject    string // stable ID the provider puts in `sub`
	Name       string
	Email      string
	Department string // ENGINEERING, SUPPORT, MARKETING, PRODUCT, LEADERSHIP, OTHER
	Role       string // ADMIN, ANALYST, MEMBER, VIEWER
}

// Directory is where the provider finds and creates people (Debrief backs it
// with its user table).
type Directory interface {
	People(ctx context.Context) ([]Person, error)
	AddPerson(ctx context.Context, p Person) (Person, error) // assigns Subject
}

// Config describes the issuer and the one client it serves.
type Config struct {
	Issuer       string           // absolute URL, e.g. http://localhost:8080/dev-idp (no trailing slash)
	ClientID     string           // the one client allowed, e.g. "debrief"
	RedirectURIs []string         // exact redirect URIs allowed
	Now          func() time.Time // optional, for tests
}

// Lifetimes. A code only has to survive one browser redirect and one
// back-channel request, so a minute is plenty and keeps replay windows short.
const (
	codeLifetime  = 60 * time.Second
	tokenLifetime = time.Hour
)

// Provider is a development OpenID Connect issuer. Create it with New.
type Provider struct {
	issuer       string
	basePath     string // path part of the issuer, "" when it is the host root
	clientID     string
	redirectURIs map[string]bool
	now          func() time.Time
	directory    Directory
	key          *signingKey
	codes        *codeStore
}

// New checks the configuration and returns a provider with a freshly
// generated RSA-2048 signing key.
func New(cfg Config, dir Directory) (*Provider, error) {
	if dir == nil {
		return nil, errors.New("devidp: a Directory is required")
	}
	basePath, err := issuerPath(cfg.Issuer)
	if err != nil {
		return nil, err
	}
	if cfg.ClientID == "" {
		return nil, errors.New("devidp: ClientID is required")
	}
	if len(cfg.RedirectURIs) == 0 {
		return nil, errors.New("devidp: at least one redirect URI is required")
	}
	redirectURIs := make(map[string]bool, len(cfg.RedirectURIs))
	for _, raw := range cfg.RedirectURIs {
		if err := checkRedirectURI(raw); err != nil {
			return nil, err
		}
		redirectURIs[raw] = true
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	key, err := newSigningKey()
	if err != nil {
		return nil, err
	}
	return &Provider{
		issuer:       cfg.Issuer,
		basePath:     basePath,
		clientID:     cfg.ClientID,
		redirectURIs: redirectURIs,
		now:          now,
		directory:    dir,
		key:          key,
		codes:        newCodeStore(),
	}, nil
}

// issuerPath validates the issuer and returns its path. OIDC requires the
// issuer to be an https URL without query or fragment; plain http is allowed
// here because the provider only ever runs on a developer's machine.
func issuerPath(issuer string) (string, error) {
	u, err := url.Parse(issuer)
	if err != nil {
		return "", fmt.Errorf("devidp: parse issuer: %w", err)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("devidp: issuer %q must be an absolute http(s) URL", issuer)
	case u.Host == "":
		return "", fmt.Errorf("devidp: issuer %q has no host", issuer)
	case u.RawQuery != "" || u.Fragment != "" || strings.Contains(issuer, "#"):
		return "", fmt.Errorf("devidp: issuer %q must not have a query or fragment", issuer)
	case strings.HasSuffix(issuer, "/"):
		// go-oidc compares issuers byte for byte, so a trailing slash
		// would make every discovery fail.
		return "", fmt.Errorf("devidp: issuer %q must not end with a slash", issuer)
	}
	return u.EscapedPath(), nil
}

func checkRedirectURI(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("devidp: parse redirect URI: %w", err)
	}
	if !u.IsAbs() || u.Host == "" || u.Fragment != "" || strings.Contains(raw, "#") {
		// RFC 6749 §3.1.2: absolute, and no fragment.
		return fmt.Errorf("devidp: redirect URI %q must be absolute and without a fragment", raw)
	}
	return nil
}

// Handler serves every endpoint. Requests must keep their full path, so mount
// it under the issuer's path without stripping it, e.g.
// mux.Handle("/dev-idp/", p.Handler()).
func (p *Provider) Handler() http.Handler {
	return http.HandlerFunc(p.route)
}

func (p *Provider) route(w http.ResponseWriter, r *http.Request) {
	endpoint, ok := strings.CutPrefix(r.URL.EscapedPath(), p.basePath)
	if !ok {
		http.NotFound(w, r)
		return
	}
	switch endpoint {
	case discoveryPath:
		allowMethods(w, r, p.serveDiscovery, http.MethodGet, http.MethodHead)
	case jwksPath:
		allowMethods(w, r, p.serveJWKS, http.MethodGet, http.MethodHead)
	case authorizePath:
		allowMethods(w, r, p.serveAuthorize, http.MethodGet, http.MethodPost)
	case tokenPath:
		allowMethods(w, r, p.serveToken, http.MethodPost)
	default:
		http.NotFound(w, r)
	}
}

// Endpoint paths, relative to the issuer.
const (
	discoveryPath = "/.well-known/openid-configuration"
	jwksPath      = "/jwks"
	authorizePath = "/authorize"
	tokenPath     = "/token"
)

func (p *Provider) endpointURL(path string) string { return p.issuer + path }

func allowMethods(w http.ResponseWriter, r *http.Request, serve http.HandlerFunc, methods ...string) {
	for _, m := range methods {
		if r.Method == m {
			serve(w, r)
			return
		}
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
}

// writeJSON writes v as the whole response. Token responses must never be
// cached (RFC 6749 §5.1), and nothing here benefits from caching, so every
// JSON answer says no-store.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "devidp: encode response", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Pragma", "no-cache")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}
