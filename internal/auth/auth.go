// Package auth signs people in with any OpenID Connect provider
// (authorization code flow with PKCE, state and nonce, ID tokens verified by
// go-oidc), keeps their sessions in the database, accepts API tokens and
// provider-issued bearer tokens for integrations, and puts the resulting
// viewer in each request's context for the data layer's policies.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
)

// Paths the auth package serves.
const (
	LoginPath    = "/auth/login"
	CallbackPath = "/auth/callback"
	LogoutPath   = "/auth/logout"
)

// Cookie names.
const (
	SessionCookie = "debrief_session"
	StateCookie   = "debrief_login"
)

// CSRFHeader must accompany every cookie-authenticated request that changes
// something; browsers do not let other sites set it without a CORS
// preflight, which Debrief never grants.
const CSRFHeader = "X-Debrief-CSRF"

// Config is how Debrief talks to its identity provider and keeps sessions.
type Config struct {
	// Issuer is the provider's issuer URL (its discovery document lives
	// under it).
	Issuer       string
	ClientID     string
	ClientSecret string
	// PublicURL is where browsers reach Debrief, e.g. https://debrief.example.com.
	PublicURL string
	// RedirectURL defaults to PublicURL + /auth/callback.
	RedirectURL string
	// Scopes are requested in addition to openid, profile and email.
	Scopes []string
	// RolesClaim names a claim listing the person's groups; RoleGroups maps
	// each role to the groups that grant it. With no RolesClaim, roles are
	// managed in Debrief only and new people get DefaultRole.
	RolesClaim  string
	RoleGroups  map[enum.Role][]string
	DefaultRole enum.Role
	// Audience is what provider-issued bearer tokens must be addressed to;
	// empty means ClientID.
	Audience string
	// SessionIdle ends a session nobody used for that long; SessionMax ends
	// any session that old.
	SessionIdle time.Duration
	SessionMax  time.Duration
	// SecureCookies marks cookies Secure (HTTPS only). It defaults to on
	// when PublicURL is https.
	SecureCookies bool
	// DevLogin tells the web app that the built-in development provider is
	// in use.
	DevLogin bool
}

func (c Config) redirectURL() string {
	if c.RedirectURL != "" {
		return c.RedirectURL
	}
	return strings.TrimSuffix(c.PublicURL, "/") + CallbackPath
}

func (c Config) audience() string {
	if c.Audience != "" {
		return c.Audience
	}
	return c.ClientID
}

// publicOrigin is the scheme://host[:port] browsers use for Debrief.
func (c Config) publicOrigin() string {
	u, err := url.Parse(c.PublicURL)
	if err != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// Service implements sign-in, sessions and tokens.
type Service struct {
	cfg    Config
	client *ent.Client
	logger *slog.Logger
	now    func() time.Time

	// The provider is discovered on first use, not at start-up: the
	// development provider is served by this very process, and a provider
	// that is briefly unreachable should not stop Debrief from starting.
	mu       sync.Mutex
	provider *oidc.Provider
}

// New returns the service. It does not contact the provider yet.
func New(cfg Config, client *ent.Client, logger *slog.Logger) *Service {
	if cfg.SessionIdle == 0 {
		cfg.SessionIdle = 12 * time.Hour
	}
	if cfg.SessionMax == 0 {
		cfg.SessionMax = 7 * 24 * time.Hour
	}
	if cfg.DefaultRole == "" {
		cfg.DefaultRole = enum.RoleMember
	}
	return &Service{cfg: cfg, client: client, logger: logger, now: time.Now}
}

// Config returns the service's configuration.
func (s *Service) Config() Config { return s.cfg }

// discover returns the provider, fetching its discovery document once.
func (s *Service) discover(ctx context.Context) (*oidc.Provider, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.provider != nil {
		return s.provider, nil
	}
	// go-oidc keeps this context to fetch the provider's keys later, so it
	// must outlive the request; the client's timeout bounds each fetch.
	_ = ctx
	p, err := oidc.NewProvider(oidcContext(context.Background()), s.cfg.Issuer)
	if err != nil {
		return nil, fmt.Errorf("auth: discover OIDC provider %s: %w", s.cfg.Issuer, err)
	}
	s.provider = p
	return p, nil
}

func (s *Service) oauth2Config(p *oidc.Provider) *oauth2.Config {
	scopes := append([]string{oidc.ScopeOpenID, "profile", "email"}, s.cfg.Scopes...)
	endpoint := p.Endpoint()
	if s.cfg.ClientSecret == "" {
		// A public client has no secret to send in a header; saying so
		// spares the provider a failed first attempt.
		endpoint.AuthStyle = oauth2.AuthStyleInParams
	}
	return &oauth2.Config{
		ClientID:     s.cfg.ClientID,
		ClientSecret: s.cfg.ClientSecret,
		RedirectURL:  s.cfg.redirectURL(),
		Endpoint:     endpoint,
		Scopes:       scopes,
	}
}

// randomToken returns n random bytes, URL-safe encoded.
func randomToken(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashSecret is how secrets (session cookies, API tokens, login states) are
// stored: a SHA-256 of a high-entropy random value needs no salt.
func hashSecret(secret string) []byte {
	sum := sha256.Sum256([]byte(secret))
	return sum[:]
}
