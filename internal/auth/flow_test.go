package auth_test

import (
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/oauth2-proxy/mockoidc"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/app"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/realtime"
)

// A person signs in with the built-in development provider by picking
// themselves on its page, lands where they were going, uses the API with
// their cookie, signs out, and signs in again as the same user.
func TestSignInWithTheDevelopmentProvider(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, backend harness.Backend) {
		e := harness.New(t, backend)
		ada := e.Client.User.Create().SetName("Ada Lovelace").SetEmail("ada@example.com").SetRole(enum.RoleMember).SaveX(e.Ctx)
		openIncident(t, e, "Checkout is down")
		usersBefore := e.Client.User.Query().CountX(e.Ctx)
		browser := e.NewBrowser(t)

		login := startSignIn(t, browser, "/incidents/42")
		requireAuthorizationRequest(t, login, e.Server.URL+app.DevIssuerPath+"/authorize", app.DevClientID, e.Server.URL+auth.CallbackPath)
		requireStateCookie(t, login)
		page := openDevSignInPage(t, browser, login)
		landed := returnToDebrief(t, browser, chooseDevPerson(t, browser, page, "Ada Lovelace"))

		requireLandedOn(t, landed, "/incidents/42")
		requireSessionCookie(t, landed)
		if c := landed.SetCookie(auth.StateCookie); c == nil || c.MaxAge >= 0 {
			t.Errorf("the callback did not clear the one-time %s cookie: %v", auth.StateCookie, c)
		}
		if p := browser.Follow(landed); p.Status != http.StatusOK {
			t.Errorf("GET /incidents/42 after sign-in: status %d", p.Status)
		}

		requireViewerSeesIncidents(t, browser, "Ada Lovelace", 1)
		issuer := e.Server.URL + app.DevIssuerPath
		ada = e.Client.User.GetX(e.Ctx, ada.ID)
		if got := usersWithIdentity(t, e, issuer, ada.OidcSubject); len(got) != 1 || got[0].ID != ada.ID {
			t.Fatalf("users for %s/%q: %v, want only Ada (%d)", issuer, ada.OidcSubject, got, ada.ID)
		}
		if n := liveSessions(t, e); n != 1 {
			t.Fatalf("%d live sessions after signing in, want 1", n)
		}

		signOut(t, browser)
		requireSignedOut(t, browser)
		if n := liveSessions(t, e); n != 0 {
			t.Fatalf("%d live sessions after signing out, want 0", n)
		}

		// The second sign-in finds the same user rather than adding one.
		requireLandedOn(t, signInAsDevPerson(t, browser, "/", "Ada Lovelace"), "/")
		requireViewerSeesIncidents(t, browser, "Ada Lovelace", 1)
		if got := usersWithIdentity(t, e, issuer, ada.OidcSubject); len(got) != 1 || got[0].ID != ada.ID {
			t.Fatalf("after the second sign-in, users for Ada's identity: %v", got)
		}
		if n := e.Client.User.Query().CountX(e.Ctx); n != usersBefore {
			t.Fatalf("%d users after two sign-ins, want %d (nobody new)", n, usersBefore)
		}
		if all, live := allSessions(t, e), liveSessions(t, e); all != 2 || live != 1 {
			t.Fatalf("sessions: %d in all, %d live; want 2 and 1", all, live)
		}
	})
}

// Someone new creates themselves on the development page and is signed in
// at once with the role and department they picked; next time they are on
// the list.
func TestSignInAsANewPersonCreatedOnTheDevelopmentPage(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, backend harness.Backend) {
		e := harness.New(t, backend)
		browser := e.NewBrowser(t)

		page := openDevSignInPage(t, browser, startSignIn(t, browser, "/incidents"))
		landed := returnToDebrief(t, browser, createDevPerson(t, browser, page, devPerson{
			Name: "Grace Hopper", Email: "grace@example.com", Department: "ENGINEERING", Role: "ANALYST",
		}))
		requireLandedOn(t, landed, "/incidents")
		requireSessionCookie(t, landed)
		if name, role := viewerOf(t, browser); name != "Grace Hopper" || role != "ANALYST" {
			t.Fatalf("viewer = %q (%s), want Grace Hopper (ANALYST)", name, role)
		}
		grace := e.Client.User.Query().Where(user.Name("Grace Hopper")).OnlyX(e.Ctx)
		if grace.Email != "grace@example.com" || grace.Department != enum.DepartmentEngineering ||
			grace.OidcIssuer != e.Server.URL+app.DevIssuerPath || !strings.HasPrefix(grace.OidcSubject, "dev-") {
			t.Fatalf("Grace was stored as %+v", grace)
		}

		signOut(t, browser)
		requireLandedOn(t, signInAsDevPerson(t, browser, "/", "Grace Hopper"), "/")
		if name, _ := viewerOf(t, browser); name != "Grace Hopper" {
			t.Fatalf("second sign-in: viewer %q", name)
		}
		if got := usersWithIdentity(t, e, grace.OidcIssuer, grace.OidcSubject); len(got) != 1 || got[0].ID != grace.ID {
			t.Fatalf("after the second sign-in, users for Grace's identity: %v", got)
		}
	})
}

// The same flow against an independent provider (mockoidc): the first
// sign-in provisions the user, with the role its groups map to; the next
// one finds the same user and refreshes name, email and role.
func TestSignInWithAnIndependentProvider(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, backend harness.Backend) {
		m := startMockProvider(t)
		e := harness.New(t, backend, usingMockProvider(m), func(c *config.Config) {
			c.OIDC.Scopes = []string{"groups"} // mockoidc only sends groups when asked
			c.OIDC.RolesClaim = "groups"
			c.OIDC.RoleMap = map[enum.Role][]string{
				enum.RoleAdmin:   {"debrief-admins"},
				enum.RoleAnalyst: {"sre-leads"},
			}
		})
		openIncident(t, e, "Checkout is down")
		browser := e.NewBrowser(t)

		m.QueueUser(&mockoidc.MockUser{
			Subject: "okta|1001", PreferredUsername: "lin", Email: "lin@example.com", EmailVerified: true,
			Groups: []string{"engineering", "sre-leads"},
		})
		login := startSignIn(t, browser, "/incidents/42")
		requireAuthorizationRequest(t, login, m.AuthorizationEndpoint(), m.ClientID, e.Server.URL+auth.CallbackPath)
		landed := returnToDebrief(t, browser, passThroughProvider(t, browser, login))
		requireLandedOn(t, landed, "/incidents/42")
		requireSessionCookie(t, landed)
		requireViewerSeesIncidents(t, browser, "lin", 1)
		if _, role := viewerOf(t, browser); role != "ANALYST" {
			t.Fatalf("role %s, want ANALYST (from the sre-leads group)", role)
		}
		first := usersWithIdentity(t, e, m.Issuer(), "okta|1001")
		if len(first) != 1 || first[0].Email != "lin@example.com" || first[0].ServiceAccount {
			t.Fatalf("provisioned users: %+v, want one person lin@example.com", first)
		}

		signOut(t, browser)
		requireSignedOut(t, browser)

		m.QueueUser(&mockoidc.MockUser{
			Subject: "okta|1001", PreferredUsername: "lin.chen", Email: "lin.chen@example.com", EmailVerified: true,
			Groups: []string{"debrief-admins"},
		})
		requireLandedOn(t, returnToDebrief(t, browser, passThroughProvider(t, browser, startSignIn(t, browser, "/"))), "/")
		if name, role := viewerOf(t, browser); name != "lin.chen" || role != "ADMIN" {
			t.Fatalf("second sign-in: viewer %q (%s), want lin.chen (ADMIN)", name, role)
		}
		again := usersWithIdentity(t, e, m.Issuer(), "okta|1001")
		if len(again) != 1 || again[0].ID != first[0].ID || again[0].Email != "lin.chen@example.com" {
			t.Fatalf("after the second sign-in: %+v, want user %d with the new email", again, first[0].ID)
		}
	})
}

// After sign-in Debrief only ever sends people to one of its own pages,
// whatever return_to says.
func TestReturnToCannotLeaveTheSite(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	e.Client.User.Create().SetName("Ada Lovelace").SetEmail("ada@example.com").SaveX(e.Ctx)
	for _, returnTo := range []string{
		"//evil.example",
		"https://evil.example",
		`/\evil.example`,
		"/\t/evil.example", // browsers drop tabs, so this is //evil.example to them
		"/\n/evil.example",
		"/./\\evil.example", // cleaned to /\evil.example on the way out
		"/../\\evil.example",
		"evil.example",
		"",
	} {
		t.Run(returnTo, func(t *testing.T) {
			browser := e.NewBrowser(t)
			requireLandedOn(t, signInAsDevPerson(t, browser, returnTo, "Ada Lovelace"), "/")
		})
	}
}

// The development provider lets anyone sign in as anyone, so Debrief
// refuses to serve it on an address others can reach, unless told to.
func TestDevelopmentProviderIsRefusedOffLoopback(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	for _, addr := range []string{"0.0.0.0:8080", ":8080", "[::]:8080", "192.0.2.10:8080"} {
		cfg := e.Config
		cfg.Addr = addr
		if _, err := app.New(e.DB, cfg, realtime.NewLocal(), logger); !errors.Is(err, app.ErrDevLoginExposed) {
			t.Errorf("Addr %s: err = %v, want ErrDevLoginExposed", addr, err)
		}
		cfg.InsecureDevLogin = true
		if h, err := app.New(e.DB, cfg, realtime.NewLocal(), logger); err != nil || h == nil {
			t.Errorf("Addr %s with InsecureDevLogin: err = %v, want a handler", addr, err)
		}
	}
	for _, addr := range []string{"localhost:8080", "127.0.0.1:8080", "[::1]:8080"} {
		cfg := e.Config
		cfg.Addr = addr
		if _, err := app.New(e.DB, cfg, realtime.NewLocal(), logger); err != nil {
			t.Errorf("Addr %s (loopback): %v", addr, err)
		}
	}
	// A real provider may of course be served anywhere.
	cfg := e.Config
	cfg.Addr = "0.0.0.0:8080"
	cfg.OIDC.Issuer, cfg.OIDC.ClientID = "https://login.example.com", "debrief"
	if _, err := app.New(e.DB, cfg, realtime.NewLocal(), logger); err != nil {
		t.Errorf("with a configured issuer on 0.0.0.0: %v", err)
	}
}

// openIncident adds an incident through the API, as an admin.
func openIncident(t *testing.T, e *harness.Env, title string) {
	t.Helper()
	e.MustDo(createIncidentMutation, map[string]any{"input": map[string]any{
		"title": title, "severity": "SEV2", "startedAt": time.Now().Add(-time.Hour),
	}}, nil)
}

// requireAuthorizationRequest checks that Debrief sends the browser to the
// provider with a complete, PKCE-protected authorization request.
func requireAuthorizationRequest(t *testing.T, login *harness.Page, endpoint, clientID, redirectURI string) {
	t.Helper()
	loc := login.Location()
	q := loc.Query()
	if got := loc.Scheme + "://" + loc.Host + loc.Path; got != endpoint {
		t.Errorf("authorization endpoint %s, want %s", got, endpoint)
	}
	want := map[string]string{
		"response_type": "code", "client_id": clientID, "redirect_uri": redirectURI,
		"code_challenge_method": "S256",
	}
	for k, v := range want {
		if q.Get(k) != v {
			t.Errorf("authorization request %s = %q, want %q", k, q.Get(k), v)
		}
	}
	for _, k := range []string{"state", "nonce", "code_challenge"} {
		if len(q.Get(k)) < 32 {
			t.Errorf("authorization request %s = %q, want a long random value", k, q.Get(k))
		}
	}
	if scopes := " " + q.Get("scope") + " "; !strings.Contains(scopes, " openid ") {
		t.Errorf("scope %q lacks openid", q.Get("scope"))
	}
	if state := login.SetCookie(auth.StateCookie); state == nil || state.Value != q.Get("state") {
		t.Errorf("the %s cookie does not hold the request's state", auth.StateCookie)
	}
}

// requireStateCookie checks the cookie that binds the callback to this
// browser: readable by no script and sent only to the callback.
func requireStateCookie(t *testing.T, login *harness.Page) {
	t.Helper()
	c := login.SetCookie(auth.StateCookie)
	if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != auth.CallbackPath || c.MaxAge <= 0 {
		t.Errorf("state cookie %v: want HttpOnly, SameSite=Lax, Path=%s and a lifetime", c, auth.CallbackPath)
	}
}

// requireViewerSeesIncidents asks, with the browser's cookie, for the
// viewer and the incidents, as the web app's first screen does.
func requireViewerSeesIncidents(t *testing.T, b *harness.Browser, name string, incidents int) {
	t.Helper()
	res := b.GraphQL(viewerAndIncidentsQuery, nil)
	if res.Status != http.StatusOK || len(res.Errors) > 0 {
		t.Fatalf("signed-in query: status %d, errors %+v", res.Status, res.Errors)
	}
	var data struct {
		Viewer    *struct{ Name string }
		Incidents struct{ TotalCount int }
	}
	decode(t, res, &data)
	if data.Viewer == nil || data.Viewer.Name != name || data.Incidents.TotalCount != incidents {
		t.Fatalf("signed-in query answered %s, want viewer %q and %d incidents", res.Data, name, incidents)
	}
}

// startMockProvider runs mockoidc, an OIDC provider independent of
// Debrief, for the test.
func startMockProvider(t *testing.T) *mockoidc.MockOIDC {
	t.Helper()
	m, err := mockoidc.Run()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Shutdown() })
	return m
}

// usingMockProvider configures Debrief to sign people in with m.
func usingMockProvider(m *mockoidc.MockOIDC) harness.Option {
	return func(c *config.Config) {
		mc := m.Config()
		c.OIDC.Issuer = mc.Issuer
		c.OIDC.ClientID = mc.ClientID
		c.OIDC.ClientSecret = mc.ClientSecret
	}
}
