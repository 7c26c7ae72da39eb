package auth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"

	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/viewer"
)

// Middleware puts the request's viewer in its context: from an
// `Authorization: Bearer` API token or provider-issued token, or from the
// session cookie. A bad bearer token is refused outright (an integration
// wants to know); a stale cookie just means "not signed in". Requests that
// use the cookie to change something must come from Debrief's own pages:
// same Origin, plus the X-Debrief-CSRF header.
func (s *Service) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if authz := r.Header.Get("Authorization"); authz != "" {
			v, err := s.bearerViewer(ctx, authz)
			if err != nil {
				w.Header().Set("WWW-Authenticate", `Bearer realm="debrief"`)
				writeError(w, http.StatusUnauthorized, apperr.CodeUnauthenticated, err.Error())
				return
			}
			next.ServeHTTP(w, r.WithContext(viewer.NewContext(ctx, v)))
			return
		}
		if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" {
			if changesState(r) {
				if err := s.checkSameSite(r); err != nil {
					writeError(w, http.StatusForbidden, apperr.CodeForbidden, err.Error())
					return
				}
			}
			if u, ok := s.sessionUser(ctx, c.Value); ok {
				ctx = viewer.NewContext(ctx, viewerOf(u))
			} else {
				clearCookie(w, SessionCookie, "/", s.cfg.SecureCookies)
			}
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// changesState reports whether a cookie-authenticated request needs the
// cross-site checks: anything but a plain read, and every WebSocket
// upgrade (browsers do not apply the same-origin policy to those).
func changesState(r *http.Request) bool {
	if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		return true
	}
	return r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodOptions
}

// checkSameSite refuses requests another site's page could have sent.
func (s *Service) checkSameSite(r *http.Request) error {
	origin := r.Header.Get("Origin")
	allowed := origin != "" && (origin == s.cfg.publicOrigin() ||
		origin == "http://"+r.Host || origin == "https://"+r.Host)
	if !allowed {
		return errors.New("cross-site request refused: it does not come from Debrief's own pages")
	}
	if r.Header.Get(CSRFHeader) == "" && !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		return errors.New("request refused: the " + CSRFHeader + " header is missing")
	}
	return nil
}

// bearerViewer resolves an Authorization header: a Debrief API token, or a
// JWT issued by the configured provider for Debrief's audience.
func (s *Service) bearerViewer(ctx context.Context, authz string) (viewer.Viewer, error) {
	scheme, cred, ok := strings.Cut(authz, " ")
	cred = strings.TrimSpace(cred)
	if !ok || !strings.EqualFold(scheme, "Bearer") || cred == "" {
		return viewer.Viewer{}, errors.New("use the header Authorization: Bearer <token>")
	}
	if strings.HasPrefix(cred, TokenPrefix) {
		v, ok := s.tokenViewer(ctx, cred)
		if !ok {
			return viewer.Viewer{}, errors.New("the API token is unknown, expired or revoked")
		}
		return v, nil
	}
	p, err := s.discover(ctx)
	if err != nil {
		return viewer.Viewer{}, errors.New("the identity provider cannot be reached to check this token")
	}
	tok, err := p.Verifier(&oidc.Config{ClientID: s.cfg.audience(), Now: s.now}).Verify(oidcContext(ctx), cred)
	if err != nil {
		return viewer.Viewer{}, errors.New("the bearer token is not valid for Debrief (signature, issuer, audience or expiry)")
	}
	var c claims
	_ = tok.Claims(&c)
	u, err := s.provision(ctx, tok, c.Email == "" && c.Name == "")
	if err != nil {
		return viewer.Viewer{}, errors.New("the token's user could not be set up")
	}
	return viewerOf(u), nil
}

// writeError answers with a GraphQL-shaped error, which every client of
// Debrief's API already knows how to read.
func writeError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": code}}},
	})
}

// WithBearer returns ctx carrying the viewer of an Authorization value
// ("Bearer …"), for transports that cannot send headers with every message
// (WebSocket clients send it once, in the connection's init payload).
func (s *Service) WithBearer(ctx context.Context, authz string) (context.Context, error) {
	v, err := s.bearerViewer(ctx, authz)
	if err != nil {
		return ctx, err
	}
	return viewer.NewContext(ctx, v), nil
}
