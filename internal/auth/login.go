package auth

import (
	"context"
	"crypto/subtle"
	"errors"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/loginstate"
	"github.com/debrief/debrief/ent/session"
	"github.com/debrief/debrief/internal/viewer"
)

// loginStateTTL bounds how long a person may spend at their provider.
const loginStateTTL = 10 * time.Minute

// Routes registers the sign-in endpoints on mux.
func (s *Service) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET "+LoginPath, s.login)
	mux.HandleFunc("GET "+CallbackPath, s.callback)
	mux.HandleFunc("POST "+LogoutPath, s.logout)
}

// login starts the authorization code flow: it remembers the state, nonce
// and PKCE verifier and sends the browser to the provider.
func (s *Service) login(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	p, err := s.discover(ctx)
	if err != nil {
		s.logger.ErrorContext(ctx, "sign-in: provider unreachable", "err", err)
		s.fail(w, http.StatusBadGateway, "The identity provider cannot be reached right now. Please try again in a moment.")
		return
	}
	s.sweep(ctx)
	state, nonce, verifier := randomToken(32), randomToken(32), oauth2.GenerateVerifier()
	err = s.client.LoginState.Create().
		SetStateHash(hashSecret(state)).
		SetNonce(nonce).
		SetPkceVerifier(verifier).
		SetReturnTo(safeReturnTo(r.URL.Query().Get("return_to"))).
		SetExpiresAt(s.now().Add(loginStateTTL)).
		Exec(viewer.System(ctx))
	if err != nil {
		s.logger.ErrorContext(ctx, "sign-in: store state", "err", err)
		s.fail(w, http.StatusInternalServerError, "Sign-in could not start. Please try again.")
		return
	}
	// The cookie binds the callback to this browser: a state value alone,
	// sent by someone else, gets nowhere.
	http.SetCookie(w, &http.Cookie{
		Name: StateCookie, Value: state, Path: CallbackPath,
		MaxAge: int(loginStateTTL.Seconds()), HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.cfg.SecureCookies,
	})
	target := s.oauth2Config(p).AuthCodeURL(state, oidc.Nonce(nonce), oauth2.S256ChallengeOption(verifier))
	http.Redirect(w, r, target, http.StatusFound)
}

// callback finishes the flow: it checks the state against the browser's
// cookie, uses the stored state once, exchanges the code with the PKCE
// verifier, verifies the ID token and its nonce, provisions the user and
// starts a session.
func (s *Service) callback(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	clearCookie(w, StateCookie, CallbackPath, s.cfg.SecureCookies)
	if e := q.Get("error"); e != "" {
		s.fail(w, http.StatusBadRequest, "The identity provider refused the sign-in: "+e+" "+q.Get("error_description"))
		return
	}
	state := q.Get("state")
	cookie, err := r.Cookie(StateCookie)
	if err != nil || state == "" || subtle.ConstantTimeCompare([]byte(cookie.Value), []byte(state)) != 1 {
		s.fail(w, http.StatusBadRequest, "This sign-in did not start in this browser (state mismatch). Please sign in again.")
		return
	}
	sys := viewer.System(ctx)
	ls, err := s.client.LoginState.Query().Where(loginstate.StateHash(hashSecret(state))).Only(sys)
	if err == nil {
		// Used once: a replayed callback finds nothing.
		err = s.client.LoginState.DeleteOne(ls).Exec(sys)
	}
	if err != nil || s.now().After(ls.ExpiresAt) {
		s.fail(w, http.StatusBadRequest, "This sign-in has expired or was already used. Please sign in again.")
		return
	}
	p, err := s.discover(ctx)
	if err != nil {
		s.fail(w, http.StatusBadGateway, "The identity provider cannot be reached right now. Please try again in a moment.")
		return
	}
	token, err := s.oauth2Config(p).Exchange(oidcContext(ctx), q.Get("code"), oauth2.VerifierOption(ls.PkceVerifier))
	if err != nil {
		s.logger.WarnContext(ctx, "sign-in: code exchange refused", "err", err)
		s.fail(w, http.StatusBadRequest, "The identity provider did not accept the sign-in code. Please sign in again.")
		return
	}
	raw, _ := token.Extra("id_token").(string)
	idToken, err := p.Verifier(&oidc.Config{ClientID: s.cfg.ClientID, Now: s.now}).Verify(oidcContext(ctx), raw)
	if err != nil {
		s.logger.WarnContext(ctx, "sign-in: ID token refused", "err", err)
		s.fail(w, http.StatusBadRequest, "The identity provider's answer could not be verified. Please sign in again.")
		return
	}
	if subtle.ConstantTimeCompare([]byte(idToken.Nonce), []byte(ls.Nonce)) != 1 {
		s.fail(w, http.StatusBadRequest, "The identity provider's answer does not belong to this sign-in (nonce mismatch). Please sign in again.")
		return
	}
	user, err := s.provision(ctx, idToken, false)
	if err != nil {
		s.logger.ErrorContext(ctx, "sign-in: provision user", "err", err)
		s.fail(w, http.StatusForbidden, "Your account could not be set up: "+userMessage(err))
		return
	}
	if err := s.startSession(ctx, w, r, user); err != nil {
		s.logger.ErrorContext(ctx, "sign-in: start session", "err", err)
		s.fail(w, http.StatusInternalServerError, "Sign-in could not finish. Please try again.")
		return
	}
	s.logger.InfoContext(ctx, "signed in", "user_id", user.ID, "issuer", s.cfg.Issuer)
	http.Redirect(w, r, ls.ReturnTo, http.StatusSeeOther)
}

// logout ends the session behind the request's cookie. It is a POST with
// the CSRF checks of the middleware, so no other site can sign people out.
func (s *Service) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(SessionCookie); err == nil {
		if err := s.revokeSessionByToken(r.Context(), c.Value); err != nil {
			s.logger.ErrorContext(r.Context(), "sign-out", "err", err)
		}
	}
	clearCookie(w, SessionCookie, "/", s.cfg.SecureCookies)
	w.WriteHeader(http.StatusNoContent)
}

// safeReturnTo keeps redirects after sign-in on this site. Browsers drop
// tabs and newlines from a Location and read a backslash as a slash, and
// http.Redirect cleans "/./\x" to "/\x", so none of those may appear.
func safeReturnTo(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.ContainsAny(p, "\\\t\r\n") {
		return "/"
	}
	return p
}

func clearCookie(w http.ResponseWriter, name, path string, secure bool) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: "", Path: path, MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: secure})
}

var failPage = template.Must(template.New("fail").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign-in problem · Debrief</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1b1e}
a{color:#2f4fcf}</style></head>
<body><h1>Sign-in problem</h1><p>{{.}}</p><p><a href="/auth/login">Sign in again</a></p></body></html>`))

// fail shows a sign-in error to a person, in words they can act on.
func (s *Service) fail(w http.ResponseWriter, status int, message string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = failPage.Execute(w, message)
}

// userMessage is a client-safe description of a provisioning error.
func userMessage(err error) string {
	var ve *ent.ValidationError
	if errors.As(err, &ve) {
		return ve.Error()
	}
	return "please contact an administrator."
}

// sweep deletes abandoned sign-ins and long-expired sessions. Sign-ins are
// rare enough that doing it then keeps the tables small without a job.
func (s *Service) sweep(ctx context.Context) {
	sys := viewer.System(ctx)
	now := s.now()
	if _, err := s.client.LoginState.Delete().Where(loginstate.ExpiresAtLT(now)).Exec(sys); err != nil {
		s.logger.WarnContext(ctx, "sign-in: sweep login states", "err", err)
	}
	if _, err := s.client.Session.Delete().Where(session.ExpiresAtLT(now.Add(-24 * time.Hour))).Exec(sys); err != nil {
		s.logger.WarnContext(ctx, "sign-in: sweep sessions", "err", err)
	}
}
