package auth_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/session"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/harness"
)

// The scenarios below drive Debrief the way a browser does, one hop at a
// time: Debrief's /auth/login, the provider, Debrief's /auth/callback, the
// page the person wanted. These helpers name the hops.

const viewerAndIncidentsQuery = `{ viewer { id name role } incidents(first: 5) { totalCount } }`

const createIncidentMutation = `mutation($input: CreateIncidentInput!) {
  createIncident(input: $input) { id title }
}`

// startSignIn opens /auth/login, as the web app's "Sign in" link does, and
// returns Debrief's answer: a redirect to the provider.
func startSignIn(t *testing.T, b *harness.Browser, returnTo string) *harness.Page {
	t.Helper()
	p := b.Get(auth.LoginPath + "?return_to=" + url.QueryEscape(returnTo))
	if p.Status != http.StatusFound {
		t.Fatalf("GET /auth/login: status %d, want 302 to the provider: %s", p.Status, p.Body)
	}
	if p.SetCookie(auth.StateCookie) == nil {
		t.Fatalf("GET /auth/login set no %s cookie", auth.StateCookie)
	}
	return p
}

// openDevSignInPage follows Debrief's redirect to the development
// provider's sign-in page.
func openDevSignInPage(t *testing.T, b *harness.Browser, login *harness.Page) *harness.Page {
	t.Helper()
	p := b.Follow(login)
	if p.Status != http.StatusOK || !strings.Contains(p.Body, "Development sign-in") {
		t.Fatalf("development sign-in page: status %d: %s", p.Status, p.Body)
	}
	return p
}

// chooseDevPerson presses "Sign in as <name>" on the development sign-in
// page and returns the provider's answer: a redirect back to Debrief.
func chooseDevPerson(t *testing.T, b *harness.Browser, page *harness.Page, name string) *harness.Page {
	t.Helper()
	for _, f := range page.Forms() {
		for _, bt := range f.Buttons {
			if bt.Label == "Sign in as "+name {
				values := f.Fields
				values.Set(bt.Name, bt.Value)
				p := b.SubmitForm(page, f.Action, values)
				requireRedirectToCallback(t, b, p)
				return p
			}
		}
	}
	t.Fatalf("the development sign-in page offers no %q", name)
	return nil
}

// devPerson is what the development page's "Create a person" form asks.
type devPerson struct{ Name, Email, Department, Role string }

// createDevPerson fills in and sends the "Create a person" form.
func createDevPerson(t *testing.T, b *harness.Browser, page *harness.Page, person devPerson) *harness.Page {
	t.Helper()
	for _, f := range page.Forms() {
		if f.Fields.Get("action") != "create" {
			continue
		}
		values := f.Fields
		values.Set("name", person.Name)
		values.Set("email", person.Email)
		values.Set("department", person.Department)
		values.Set("role", person.Role)
		p := b.SubmitForm(page, f.Action, values)
		requireRedirectToCallback(t, b, p)
		return p
	}
	t.Fatal("the development sign-in page has no form to create a person")
	return nil
}

// passThroughProvider follows the redirects of a provider that signs
// people in without a page (mockoidc) and returns its redirect back to
// Debrief's callback.
func passThroughProvider(t *testing.T, b *harness.Browser, login *harness.Page) *harness.Page {
	t.Helper()
	p := b.FollowWhile(login, func(next *url.URL) bool { return !isCallback(b, next) })
	requireRedirectToCallback(t, b, p)
	return p
}

func isCallback(b *harness.Browser, u *url.URL) bool {
	return u.Host == b.App.Host && u.Path == auth.CallbackPath
}

func requireRedirectToCallback(t *testing.T, b *harness.Browser, p *harness.Page) {
	t.Helper()
	if !p.IsRedirect() || !isCallback(b, p.Location()) {
		t.Fatalf("the provider did not send the browser back to %s: status %d, Location %q: %s",
			auth.CallbackPath, p.Status, p.Header.Get("Location"), p.Body)
	}
	if p.Location().Query().Get("code") == "" {
		t.Fatalf("the provider's redirect carries no code: %s", p.Location())
	}
}

// returnToDebrief follows the provider's redirect to Debrief's callback
// and returns the callback's answer.
func returnToDebrief(t *testing.T, b *harness.Browser, fromProvider *harness.Page) *harness.Page {
	t.Helper()
	return b.Follow(fromProvider)
}

// signInAsDevPerson goes through the whole development sign-in as an
// existing person and returns the callback's answer.
func signInAsDevPerson(t *testing.T, b *harness.Browser, returnTo, name string) *harness.Page {
	t.Helper()
	page := openDevSignInPage(t, b, startSignIn(t, b, returnTo))
	return returnToDebrief(t, b, chooseDevPerson(t, b, page, name))
}

// requireLandedOn checks that the callback started a session and sent the
// browser on to path.
func requireLandedOn(t *testing.T, p *harness.Page, path string) {
	t.Helper()
	if p.Status != http.StatusSeeOther {
		t.Fatalf("callback: status %d, want 303 to %s: %s", p.Status, path, p.Body)
	}
	if got := p.Header.Get("Location"); got != path {
		t.Fatalf("callback sent the browser to %q, want %q", got, path)
	}
}

// requireRefused checks that a sign-in step failed with the given status,
// started no session and said why on its page.
func requireRefused(t *testing.T, p *harness.Page, status int, reason string) {
	t.Helper()
	if p.Status != status {
		t.Fatalf("status %d, want %d: %s", p.Status, status, p.Body)
	}
	if c := p.SetCookie(auth.SessionCookie); c != nil && c.Value != "" {
		t.Fatalf("a refused sign-in set a session cookie: %v", c)
	}
	if !strings.Contains(p.Body, reason) {
		t.Fatalf("the page does not say %q: %s", reason, p.Body)
	}
}

// requireSessionCookie checks the attributes of the session cookie the
// callback set.
func requireSessionCookie(t *testing.T, p *harness.Page) *http.Cookie {
	t.Helper()
	c := p.SetCookie(auth.SessionCookie)
	switch {
	case c == nil || c.Value == "":
		t.Fatalf("the callback set no %s cookie (Set-Cookie: %q)", auth.SessionCookie, p.Header.Values("Set-Cookie"))
	case !c.HttpOnly:
		t.Errorf("session cookie is not HttpOnly: %s", c)
	case c.SameSite != http.SameSiteLaxMode:
		t.Errorf("session cookie SameSite = %v, want Lax: %s", c.SameSite, c)
	case c.Path != "/":
		t.Errorf("session cookie Path = %q, want /: %s", c.Path, c)
	case c.Secure:
		t.Errorf("session cookie is Secure on a plain-http test server, so browsers would drop it: %s", c)
	}
	return c
}

// viewerOf asks, with the browser's cookie, who is signed in; "" for
// nobody.
func viewerOf(t *testing.T, b *harness.Browser) (name, role string) {
	t.Helper()
	res := b.GraphQL(`{ viewer { name role } }`, nil)
	if len(res.Errors) > 0 {
		t.Fatalf("viewer: %+v", res.Errors)
	}
	var data struct {
		Viewer *struct{ Name, Role string }
	}
	decode(t, res, &data)
	if data.Viewer == nil {
		return "", ""
	}
	return data.Viewer.Name, data.Viewer.Role
}

// requireSignedOut checks that the browser's cookie no longer opens
// anything: the viewer is null and data queries fail UNAUTHENTICATED.
func requireSignedOut(t *testing.T, b *harness.Browser) {
	t.Helper()
	res := b.GraphQL(viewerAndIncidentsQuery, nil)
	if !hasCode(res, "UNAUTHENTICATED") {
		t.Fatalf("after sign-out the query answered %d %s %+v, want UNAUTHENTICATED", res.Status, res.Data, res.Errors)
	}
	var data struct{ Viewer *struct{ Name string } }
	decode(t, res, &data)
	if data.Viewer != nil {
		t.Fatalf("after sign-out the viewer is still %q", data.Viewer.Name)
	}
}

// signOut presses "Sign out" in the web app.
func signOut(t *testing.T, b *harness.Browser) {
	t.Helper()
	p := b.Post(auth.LogoutPath, "", nil)
	if p.Status != http.StatusNoContent {
		t.Fatalf("POST /auth/logout: status %d, want 204: %s", p.Status, p.Body)
	}
	if c := p.SetCookie(auth.SessionCookie); c == nil || c.MaxAge >= 0 {
		t.Fatalf("sign-out did not clear the session cookie: %v", c)
	}
}

func hasCode(res *harness.Response, code string) bool {
	for _, c := range res.Codes() {
		if c == code {
			return true
		}
	}
	return false
}

func decode(t *testing.T, res *harness.Response, out any) {
	t.Helper()
	if len(res.Data) == 0 || string(res.Data) == "null" {
		return
	}
	if err := json.Unmarshal(res.Data, out); err != nil {
		t.Fatalf("decode %s: %v", res.Data, err)
	}
}

// liveSessions counts the sessions that are not revoked.
func liveSessions(t *testing.T, e *harness.Env) int {
	t.Helper()
	return e.Client.Session.Query().Where(session.RevokedAtIsNil()).CountX(e.Ctx)
}

// allSessions counts every session ever started.
func allSessions(t *testing.T, e *harness.Env) int {
	t.Helper()
	return e.Client.Session.Query().CountX(e.Ctx)
}

// usersWithIdentity lists the users linked to an issuer and subject.
func usersWithIdentity(t *testing.T, e *harness.Env, issuer, subject string) []*ent.User {
	t.Helper()
	return e.Client.User.Query().Where(user.OidcIssuer(issuer), user.OidcSubject(subject)).AllX(e.Ctx)
}
