package devidp_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/debrief/debrief/internal/devidp"
)

const clientID = "debrief"

var (
	ada   = devidp.Person{Subject: "user-ada", Name: "Ada Lovelace", Email: "ada@example.com", Department: "ENGINEERING", Role: "ADMIN"}
	grace = devidp.Person{Subject: "user-grace", Name: "Grace Hopper", Email: "grace@example.com", Department: "SUPPORT", Role: "VIEWER"}
)

// memoryDirectory stands in for Debrief's user table.
type memoryDirectory struct {
	mu     sync.Mutex
	people []devidp.Person
	added  []devidp.Person
}

func (d *memoryDirectory) People(context.Context) ([]devidp.Person, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.people), nil
}

func (d *memoryDirectory) AddPerson(_ context.Context, p devidp.Person) (devidp.Person, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	p.Subject = fmt.Sprintf("user-new-%d", len(d.added)+1)
	d.people = append(d.people, p)
	d.added = append(d.added, p)
	return p, nil
}

func (d *memoryDirectory) addedPeople() []devidp.Person {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.added)
}

// testIssuer is a provider mounted at /dev-idp on a test server, with the
// client (Debrief's side) configured from discovery, as Debrief does.
type testIssuer struct {
	server      *httptest.Server
	issuer      string
	redirectURI string
	dir         *memoryDirectory
	oidc        *oidc.Provider
	oauth       oauth2.Config
	browser     *http.Client // does not follow redirects, so each hop can be checked
}

type issuerOptions struct {
	now func() time.Time
	// impostorJWKS serves the JWKS of a second provider with the same issuer,
	// so tokens from the first one no longer match the published key.
	impostorJWKS bool
}

func startIssuer(t *testing.T, opts issuerOptions) *testIssuer {
	t.Helper()
	// Unstarted, so the address (and thus the issuer) is known before the
	// handler is built, without racing the server's goroutines.
	server := httptest.NewUnstartedServer(nil)
	base := "http://" + server.Listener.Addr().String()
	ti := &testIssuer{
		server:      server,
		issuer:      base + "/dev-idp",
		redirectURI: base + "/auth/callback",
		dir:         &memoryDirectory{people: []devidp.Person{ada, grace}},
		browser: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		}},
	}
	cfg := devidp.Config{Issuer: ti.issuer, ClientID: clientID, RedirectURIs: []string{ti.redirectURI}, Now: opts.now}
	provider, err := devidp.New(cfg, ti.dir)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/dev-idp/", provider.Handler())
	if opts.impostorJWKS {
		impostor, err := devidp.New(cfg, ti.dir)
		if err != nil {
			t.Fatalf("New (impostor): %v", err)
		}
		mux.Handle("/dev-idp/jwks", impostor.Handler())
	}
	server.Config.Handler = mux
	server.Start()
	t.Cleanup(server.Close)

	ti.oidc, err = oidc.NewProvider(t.Context(), ti.issuer)
	if err != nil {
		t.Fatalf("discovery: %v", err)
	}
	ti.oauth = oauth2.Config{
		ClientID:    clientID,
		Endpoint:    ti.oidc.Endpoint(),
		RedirectURL: ti.redirectURI,
		Scopes:      []string{oidc.ScopeOpenID, "profile", "email", "groups"},
	}
	// A public client: no secret, client_id in the body. Auto-detection
	// would retry a refused exchange and so present every code twice.
	ti.oauth.Endpoint.AuthStyle = oauth2.AuthStyleInParams
	return ti
}

// signInAttempt is one pass through the authorization endpoint.
type signInAttempt struct {
	verifier, state, nonce string
	pageURL                *url.URL
	page                   string     // the sign-in page's HTML
	formAction             string     // absolute URL the page's forms post to
	hidden                 url.Values // the page's hidden fields
}

// openSignInPage starts a sign-in the way Debrief does (PKCE, state, nonce)
// and loads the provider's page.
func (ti *testIssuer) openSignInPage(t *testing.T) *signInAttempt {
	t.Helper()
	a := &signInAttempt{verifier: oauth2.GenerateVerifier(), state: "state-" + t.Name(), nonce: "nonce-" + t.Name()}
	authURL := ti.oauth.AuthCodeURL(a.state, oauth2.S256ChallengeOption(a.verifier), oidc.Nonce(a.nonce))
	resp := ti.get(t, authURL)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET authorize: status %d, body %s", resp.StatusCode, readBody(t, resp))
	}
	a.page = readBody(t, resp)
	a.pageURL = resp.Request.URL
	a.hidden = hiddenFields(a.page)
	action := regexp.MustCompile(`<form method="post" action="([^"]*)"`).FindStringSubmatch(a.page)
	if action == nil {
		t.Fatalf("sign-in page has no POST form:\n%s", a.page)
	}
	a.formAction = a.pageURL.ResolveReference(&url.URL{Path: html.UnescapeString(action[1])}).String()
	return a
}

// submit posts one of the page's forms: its hidden fields plus extra.
func (ti *testIssuer) submit(t *testing.T, a *signInAttempt, extra url.Values) *http.Response {
	t.Helper()
	form := url.Values{}
	for k, v := range a.hidden {
		form[k] = slices.Clone(v)
	}
	for k, v := range extra {
		form[k] = v
	}
	return ti.post(t, a.formAction, form)
}

// signInAs completes the page as an existing person and returns the code.
func (ti *testIssuer) signInAs(t *testing.T, a *signInAttempt, subject string) string {
	t.Helper()
	return codeFrom(t, ti.submit(t, a, url.Values{"subject": {subject}}), a.state)
}

func (ti *testIssuer) exchange(t *testing.T, code, verifier string) (*oauth2.Token, error) {
	t.Helper()
	return ti.oauth.Exchange(t.Context(), code, oauth2.VerifierOption(verifier))
}

func (ti *testIssuer) verifyIDToken(t *testing.T, token *oauth2.Token) (*oidc.IDToken, error) {
	t.Helper()
	raw, ok := token.Extra("id_token").(string)
	if !ok {
		t.Fatal("token response has no id_token")
	}
	return ti.oidc.Verifier(&oidc.Config{ClientID: clientID}).Verify(t.Context(), raw)
}

func (ti *testIssuer) get(t *testing.T, rawURL string) *http.Response {
	t.Helper()
	resp, err := ti.browser.Get(rawURL)
	if err != nil {
		t.Fatalf("GET %s: %v", rawURL, err)
	}
	t.Cleanup(func() { _ = resp.Body.Close() })
	return resp
}

func (ti *testIssuer) post(t *testing.T, rawURL string, form url.Values) *http.Response {
	t.Helper()
	resp, err := ti.browser.PostForm(rawURL, form)
	if err != nil {
		t.Fatalf("POST %s: %v", rawURL, err)
	}
	t.Cleanup(func() { _ = resp.Body.Close() })
	return resp
}

// authorizeURL builds an authorization request by hand, for requests the
// oauth2 package would never make.
func (ti *testIssuer) authorizeURL(params url.Values) string {
	return ti.oidc.Endpoint().AuthURL + "?" + params.Encode()
}

func (ti *testIssuer) validAuthorizeParams() url.Values {
	return url.Values{
		"response_type":         {"code"},
		"client_id":             {clientID},
		"redirect_uri":          {ti.redirectURI},
		"scope":                 {"openid profile"},
		"state":                 {"xyz"},
		"code_challenge":        {oauth2.S256ChallengeFromVerifier(oauth2.GenerateVerifier())},
		"code_challenge_method": {"S256"},
	}
}

var hiddenFieldPattern = regexp.MustCompile(`<input type="hidden" name="([^"]*)" value="([^"]*)">`)

// hiddenFields reads the first value of each hidden field on the page (both
// forms carry the same ones).
func hiddenFields(page string) url.Values {
	fields := url.Values{}
	for _, m := range hiddenFieldPattern.FindAllStringSubmatch(page, -1) {
		name, value := html.UnescapeString(m[1]), html.UnescapeString(m[2])
		if !fields.Has(name) {
			fields.Set(name, value)
		}
	}
	return fields
}

func readBody(t *testing.T, resp *http.Response) string {
	t.Helper()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	return string(body)
}

// codeFrom checks a successful redirect back to the client and returns the code.
func codeFrom(t *testing.T, resp *http.Response, wantState string) string {
	t.Helper()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("status %d, want 303; body %s", resp.StatusCode, readBody(t, resp))
	}
	location, err := resp.Location()
	if err != nil {
		t.Fatalf("Location: %v", err)
	}
	q := location.Query()
	if got := q.Get("state"); got != wantState {
		t.Errorf("state = %q, want %q", got, wantState)
	}
	if q.Get("code") == "" {
		t.Fatalf("redirect has no code: %s", location)
	}
	return q.Get("code")
}

// wantRetrieveError checks that a token exchange failed with the given RFC 6749 error.
func wantRetrieveError(t *testing.T, err error, wantCode string, wantStatus int) *oauth2.RetrieveError {
	t.Helper()
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) {
		t.Fatalf("exchange error = %v, want an oauth2.RetrieveError %s", err, wantCode)
	}
	if re.ErrorCode != wantCode || re.Response.StatusCode != wantStatus {
		t.Fatalf("exchange error = %d %q (%s), want %d %q", re.Response.StatusCode, re.ErrorCode, re.ErrorDescription, wantStatus, wantCode)
	}
	return re
}

// wantNoRedirect checks that the provider answered with its own error page.
func wantNoRedirect(t *testing.T, resp *http.Response, wantInBody string) {
	t.Helper()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("status %d, want 400", resp.StatusCode)
	}
	if loc := resp.Header.Get("Location"); loc != "" {
		t.Errorf("redirected to %s; an untrusted client must never be redirected to", loc)
	}
	if body := readBody(t, resp); !strings.Contains(body, wantInBody) {
		t.Errorf("error page does not mention %q:\n%s", wantInBody, body)
	}
}

type identityClaims struct {
	Name          string   `json:"name"`
	Email         string   `json:"email"`
	EmailVerified bool     `json:"email_verified"`
	Department    string   `json:"department"`
	Groups        []string `json:"groups"`
}

func TestSignInAsExistingPerson(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})
	a := ti.openSignInPage(t)

	for _, want := range []string{"Development sign-in — not for production", "Ada Lovelace", "Engineering · Admin", "Grace Hopper", "Create a person"} {
		if !strings.Contains(a.page, want) {
			t.Errorf("sign-in page does not show %q", want)
		}
	}
	if got := a.hidden.Get("nonce"); got != a.nonce {
		t.Errorf("hidden nonce = %q, want %q", got, a.nonce)
	}

	code := ti.signInAs(t, a, ada.Subject)
	token, err := ti.exchange(t, code, a.verifier)
	if err != nil {
		t.Fatalf("exchange: %v", err)
	}
	if token.TokenType != "Bearer" || token.Expiry.IsZero() {
		t.Errorf("token type %q, expiry %v; want Bearer with an expiry", token.TokenType, token.Expiry)
	}
	idToken, err := ti.verifyIDToken(t, token)
	if err != nil {
		t.Fatalf("verify ID token: %v", err)
	}
	if idToken.Subject != ada.Subject || idToken.Nonce != a.nonce || idToken.Issuer != ti.issuer {
		t.Errorf("sub %q nonce %q iss %q; want %q %q %q", idToken.Subject, idToken.Nonce, idToken.Issuer, ada.Subject, a.nonce, ti.issuer)
	}
	if got := idToken.Expiry.Sub(idToken.IssuedAt); got != time.Hour {
		t.Errorf("ID token lives %v, want 1h", got)
	}
	var claims identityClaims
	if err := idToken.Claims(&claims); err != nil {
		t.Fatalf("claims: %v", err)
	}
	want := identityClaims{Name: ada.Name, Email: ada.Email, EmailVerified: true, Department: "ENGINEERING", Groups: []string{"ADMIN"}}
	if fmt.Sprint(claims) != fmt.Sprint(want) {
		t.Errorf("claims = %+v, want %+v", claims, want)
	}

	// The access token is a JWT Debrief can verify the same way, and the ID
	// token vouches for it through at_hash.
	if err := idToken.VerifyAccessToken(token.AccessToken); err != nil {
		t.Errorf("at_hash: %v", err)
	}
	accessToken, err := ti.oidc.Verifier(&oidc.Config{ClientID: clientID}).Verify(t.Context(), token.AccessToken)
	if err != nil {
		t.Fatalf("verify access token: %v", err)
	}
	if accessToken.Subject != ada.Subject {
		t.Errorf("access token sub = %q, want %q", accessToken.Subject, ada.Subject)
	}
}

func TestCreatingAPersonAddsThemAndSignsThemIn(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})
	a := ti.openSignInPage(t)

	resp := ti.submit(t, a, url.Values{
		"action":     {"create"},
		"name":       {"  Katherine Johnson "},
		"email":      {"katherine@example.com"},
		"department": {"PRODUCT"},
		"role":       {"ANALYST"},
	})
	code := codeFrom(t, resp, a.state)

	added := ti.dir.addedPeople()
	if len(added) != 1 {
		t.Fatalf("AddPerson called %d times, want 1", len(added))
	}
	want := devidp.Person{Subject: added[0].Subject, Name: "Katherine Johnson", Email: "katherine@example.com", Department: "PRODUCT", Role: "ANALYST"}
	if added[0] != want {
		t.Errorf("added %+v, want %+v", added[0], want)
	}

	token, err := ti.exchange(t, code, a.verifier)
	if err != nil {
		t.Fatalf("exchange: %v", err)
	}
	idToken, err := ti.verifyIDToken(t, token)
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	var claims identityClaims
	if err := idToken.Claims(&claims); err != nil {
		t.Fatalf("claims: %v", err)
	}
	if idToken.Subject != added[0].Subject || claims.Name != "Katherine Johnson" || !slices.Equal(claims.Groups, []string{"ANALYST"}) {
		t.Errorf("sub %q, claims %+v; want the new person", idToken.Subject, claims)
	}

	// They are now on the list for the next sign-in.
	if next := ti.openSignInPage(t); !strings.Contains(next.page, "Katherine Johnson") {
		t.Error("the new person is not listed on the next sign-in page")
	}
}

func TestCreatingAPersonRefusesAnIncompleteForm(t *testing.T) {
	valid := url.Values{"action": {"create"}, "name": {"Alan Turing"}, "email": {"alan@example.com"}, "department": {"ENGINEERING"}, "role": {"MEMBER"}}
	tests := []struct {
		field, value, wantProblem string
	}{
		{"name", "   ", "Please enter a name."},
		{"email", "not-an-address", "Please enter a valid email address"},
		{"department", "SALES", "Please pick a department from the list."},
		{"role", "OWNER", "Please pick a role from the list."},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			ti := startIssuer(t, issuerOptions{})
			a := ti.openSignInPage(t)
			form := url.Values{}
			for k, v := range valid {
				form[k] = v
			}
			form.Set(tt.field, tt.value)

			resp := ti.submit(t, a, form)
			if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Location") != "" {
				t.Fatalf("status %d, Location %q; want 400 and no redirect", resp.StatusCode, resp.Header.Get("Location"))
			}
			page := readBody(t, resp)
			if !strings.Contains(page, html.EscapeString(tt.wantProblem)) {
				t.Errorf("page does not say %q", tt.wantProblem)
			}
			if hiddenFields(page).Get("code_challenge") != a.hidden.Get("code_challenge") {
				t.Error("the re-shown page lost the authorization parameters")
			}
			if n := len(ti.dir.addedPeople()); n != 0 {
				t.Errorf("AddPerson called %d times, want 0", n)
			}
		})
	}
}

func TestWrongCodeVerifierIsRefused(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})
	a := ti.openSignInPage(t)
	code := ti.signInAs(t, a, ada.Subject)

	_, err := ti.exchange(t, code, oauth2.GenerateVerifier())
	wantRetrieveError(t, err, "invalid_grant", http.StatusBadRequest)

	// The failed attempt used the code up, so whoever holds the right
	// verifier cannot redeem it afterwards either.
	_, err = ti.exchange(t, code, a.verifier)
	wantRetrieveError(t, err, "invalid_grant", http.StatusBadRequest)
}

func TestReplayedCodeIsRefused(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})
	a := ti.openSignInPage(t)
	code := ti.signInAs(t, a, ada.Subject)

	if _, err := ti.exchange(t, code, a.verifier); err != nil {
		t.Fatalf("first exchange: %v", err)
	}
	_, err := ti.exchange(t, code, a.verifier)
	re := wantRetrieveError(t, err, "invalid_grant", http.StatusBadRequest)
	if !strings.Contains(re.ErrorDescription, "already used") {
		t.Errorf("error_description = %q, want it to say the code was already used", re.ErrorDescription)
	}
}

func TestUnknownRedirectURIIsNeverRedirectedTo(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})
	params := ti.validAuthorizeParams()
	params.Set("redirect_uri", "https://attacker.example/callback")

	t.Run("GET", func(t *testing.T) {
		wantNoRedirect(t, ti.get(t, ti.authorizeURL(params)), "is not registered")
	})
	t.Run("POST with an edited hidden field", func(t *testing.T) {
		a := ti.openSignInPage(t)
		a.hidden.Set("redirect_uri", "https://attacker.example/callback")
		wantNoRedirect(t, ti.submit(t, a, url.Values{"subject": {ada.Subject}}), "is not registered")
	})
	t.Run("prefix of a registered URI", func(t *testing.T) {
		params.Set("redirect_uri", ti.redirectURI+"/../evil")
		wantNoRedirect(t, ti.get(t, ti.authorizeURL(params)), "is not registered")
	})
}

func TestMissingCodeChallengeIsRefused(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})
	wantErrorRedirect := func(t *testing.T, resp *http.Response, wantStatus int) {
		t.Helper()
		if resp.StatusCode != wantStatus {
			t.Fatalf("status %d, want %d; body %s", resp.StatusCode, wantStatus, readBody(t, resp))
		}
		location, err := resp.Location()
		if err != nil {
			t.Fatalf("Location: %v", err)
		}
		q := location.Query()
		if !strings.HasPrefix(location.String(), ti.redirectURI+"?") || q.Get("error") != "invalid_request" || q.Has("code") {
			t.Errorf("redirected to %s, want the client's redirect URI with error=invalid_request and no code", location)
		}
		if !strings.Contains(q.Get("error_description"), "code_challenge") || q.Get("state") != "xyz" {
			t.Errorf("error_description %q, state %q", q.Get("error_description"), q.Get("state"))
		}
	}

	t.Run("GET", func(t *testing.T) {
		params := ti.validAuthorizeParams()
		params.Del("code_challenge")
		params.Del("code_challenge_method")
		wantErrorRedirect(t, ti.get(t, ti.authorizeURL(params)), http.StatusFound)
	})
	t.Run("POST with the hidden field removed", func(t *testing.T) {
		a := ti.openSignInPage(t)
		a.hidden.Del("code_challenge")
		a.hidden.Set("state", "xyz")
		wantErrorRedirect(t, ti.submit(t, a, url.Values{"subject": {ada.Subject}}), http.StatusSeeOther)
	})
	t.Run("plain method", func(t *testing.T) {
		params := ti.validAuthorizeParams()
		params.Set("code_challenge_method", "plain")
		wantErrorRedirect(t, ti.get(t, ti.authorizeURL(params)), http.StatusFound)
	})
}

func TestOtherAuthorizationErrorsGoBackToTheClient(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})
	tests := []struct {
		name      string
		edit      func(url.Values)
		wantError string
	}{
		{"implicit flow", func(v url.Values) { v.Set("response_type", "token") }, "unsupported_response_type"},
		{"no openid scope", func(v url.Values) { v.Set("scope", "profile email") }, "invalid_scope"},
		{"prompt none", func(v url.Values) { v.Set("prompt", "none") }, "login_required"},
		{"repeated parameter", func(v url.Values) { v.Add("state", "again") }, "invalid_request"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			params := ti.validAuthorizeParams()
			tt.edit(params)
			resp := ti.get(t, ti.authorizeURL(params))
			location, err := resp.Location()
			if err != nil {
				t.Fatalf("status %d, no redirect: %v", resp.StatusCode, err)
			}
			if got := location.Query().Get("error"); got != tt.wantError {
				t.Errorf("error = %q, want %q", got, tt.wantError)
			}
		})
	}
}

func TestExpiredCodeIsRefused(t *testing.T) {
	var mu sync.Mutex
	now := time.Now()
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	ti := startIssuer(t, issuerOptions{now: clock})
	a := ti.openSignInPage(t)
	code := ti.signInAs(t, a, ada.Subject)

	mu.Lock()
	now = now.Add(61 * time.Second)
	mu.Unlock()

	_, err := ti.exchange(t, code, a.verifier)
	re := wantRetrieveError(t, err, "invalid_grant", http.StatusBadRequest)
	if !strings.Contains(re.ErrorDescription, "expired") {
		t.Errorf("error_description = %q, want it to say the code expired", re.ErrorDescription)
	}
}

func TestWrongClientIDIsRefused(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})

	t.Run("at the authorization endpoint", func(t *testing.T) {
		params := ti.validAuthorizeParams()
		params.Set("client_id", "someone-else")
		wantNoRedirect(t, ti.get(t, ti.authorizeURL(params)), "is not the application this provider serves")
	})
	t.Run("at the token endpoint", func(t *testing.T) {
		a := ti.openSignInPage(t)
		code := ti.signInAs(t, a, ada.Subject)
		other := ti.oauth
		other.ClientID = "someone-else"
		_, err := other.Exchange(t.Context(), code, oauth2.VerifierOption(a.verifier))
		wantRetrieveError(t, err, "invalid_client", http.StatusUnauthorized)
	})
}

func TestTokenSignedByAnotherKeyFailsVerification(t *testing.T) {
	ti := startIssuer(t, issuerOptions{impostorJWKS: true})
	a := ti.openSignInPage(t)
	code := ti.signInAs(t, a, ada.Subject)
	token, err := ti.exchange(t, code, a.verifier)
	if err != nil {
		t.Fatalf("exchange: %v", err)
	}
	if _, err := ti.verifyIDToken(t, token); err == nil {
		t.Fatal("go-oidc accepted an ID token whose key is not the published one")
	}
}

func TestClientAuthenticationStyles(t *testing.T) {
	for _, style := range []struct {
		name  string
		style oauth2.AuthStyle
	}{
		{"client_secret_basic", oauth2.AuthStyleInHeader},
		{"client_secret_post", oauth2.AuthStyleInParams},
	} {
		t.Run(style.name, func(t *testing.T) {
			ti := startIssuer(t, issuerOptions{})
			ti.oauth.ClientSecret = "anything"
			ti.oauth.Endpoint.AuthStyle = style.style
			a := ti.openSignInPage(t)
			token, err := ti.exchange(t, ti.signInAs(t, a, grace.Subject), a.verifier)
			if err != nil {
				t.Fatalf("exchange: %v", err)
			}
			if _, err := ti.verifyIDToken(t, token); err != nil {
				t.Fatalf("verify: %v", err)
			}
		})
	}
}

func TestDiscoveryAndKeys(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})

	var discovery map[string]any
	decodeJSON(t, ti.get(t, ti.issuer+"/.well-known/openid-configuration"), &discovery)
	wantStrings := map[string]string{
		"issuer":                 ti.issuer,
		"authorization_endpoint": ti.issuer + "/authorize",
		"token_endpoint":         ti.issuer + "/token",
		"jwks_uri":               ti.issuer + "/jwks",
	}
	for field, want := range wantStrings {
		if discovery[field] != want {
			t.Errorf("%s = %v, want %q", field, discovery[field], want)
		}
	}
	wantLists := map[string]string{
		"response_types_supported":              "[code]",
		"subject_types_supported":               "[public]",
		"id_token_signing_alg_values_supported": "[RS256]",
		"scopes_supported":                      "[openid profile email groups]",
		"code_challenge_methods_supported":      "[S256]",
		"grant_types_supported":                 "[authorization_code]",
		"token_endpoint_auth_methods_supported": "[none client_secret_post client_secret_basic]",
	}
	for field, want := range wantLists {
		if got := fmt.Sprint(discovery[field]); got != want {
			t.Errorf("%s = %s, want %s", field, got, want)
		}
	}
	for _, claim := range []string{"sub", "name", "email", "department", "groups"} {
		if !slices.Contains(discovery["claims_supported"].([]any), any(claim)) {
			t.Errorf("claims_supported lacks %q", claim)
		}
	}

	var jwks struct {
		Keys []map[string]any `json:"keys"`
	}
	decodeJSON(t, ti.get(t, ti.issuer+"/jwks"), &jwks)
	if len(jwks.Keys) != 1 {
		t.Fatalf("JWKS has %d keys, want 1", len(jwks.Keys))
	}
	key := jwks.Keys[0]
	if key["kty"] != "RSA" || key["use"] != "sig" || key["alg"] != "RS256" || key["kid"] == "" || key["kid"] == nil {
		t.Errorf("key = %v, want an RSA signing key for RS256 with a kid", key)
	}
	if _, private := key["d"]; private {
		t.Fatal("the JWKS publishes the private key")
	}
}

func TestSignInPageEscapesEverything(t *testing.T) {
	ti := startIssuer(t, issuerOptions{})
	ti.dir.people = append(ti.dir.people, devidp.Person{Subject: `"><script>`, Name: "<script>alert(1)</script>", Department: "OTHER", Role: "MEMBER"})

	a := ti.openSignInPage(t)
	if strings.Contains(a.page, "<script>") {
		t.Fatal("a person's name or subject reached the page unescaped")
	}
	if !strings.Contains(a.page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the escaped name is not on the page")
	}
}

func TestNewRefusesBadConfig(t *testing.T) {
	good := devidp.Config{Issuer: "http://localhost:8080/dev-idp", ClientID: clientID, RedirectURIs: []string{"http://localhost:8080/auth/callback"}}
	tests := []struct {
		name string
		edit func(*devidp.Config)
	}{
		{"trailing slash", func(c *devidp.Config) { c.Issuer += "/" }},
		{"relative issuer", func(c *devidp.Config) { c.Issuer = "/dev-idp" }},
		{"issuer with query", func(c *devidp.Config) { c.Issuer += "?tenant=x" }},
		{"no client", func(c *devidp.Config) { c.ClientID = "" }},
		{"no redirect URIs", func(c *devidp.Config) { c.RedirectURIs = nil }},
		{"relative redirect URI", func(c *devidp.Config) { c.RedirectURIs = []string{"/auth/callback"} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := good
			tt.edit(&cfg)
			if _, err := devidp.New(cfg, &memoryDirectory{}); err == nil {
				t.Errorf("New accepted %+v", cfg)
			}
		})
	}
	if _, err := devidp.New(good, nil); err == nil {
		t.Error("New accepted a nil Directory")
	}
	if _, err := devidp.New(good, &memoryDirectory{}); err != nil {
		t.Errorf("New refused a good config: %v", err)
	}
}

func decodeJSON(t *testing.T, resp *http.Response, v any) {
	t.Helper()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("decode: %v", err)
	}
}
