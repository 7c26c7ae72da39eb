package auth_test

import (
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/harness"
)

// Integrations may present a token their provider issued for Debrief.
// Only a token signed by the provider's key, from the configured issuer,
// for Debrief's audience and not yet expired gets in; anything else is a
// 401 UNAUTHENTICATED and sets up nobody.
func TestProviderBearerTokensAreVerified(t *testing.T) {
	m := startMockProvider(t)
	e := harness.New(t, harness.SQLite, usingMockProvider(m))
	kid, err := m.Keypair.KeyID()
	if err != nil {
		t.Fatal(err)
	}
	strangerKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	claimsFor := func(subject string, change func(map[string]any)) map[string]any {
		c := map[string]any{
			"iss": m.Issuer(), "sub": subject, "aud": m.ClientID,
			"iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(),
		}
		if change != nil {
			change(c)
		}
		return c
	}

	// The control: a well-formed token works, and its bot becomes a
	// service account. Without it, the refusals below would prove nothing.
	good := signJWT(t, m.Keypair.PrivateKey, kid, claimsFor("svc-pagerduty", nil))
	res := withBearer(e, good).Do(`{ viewer { name } }`, nil)
	if res.Status != http.StatusOK || len(res.Errors) > 0 || string(res.Data) != `{"viewer":{"name":"svc-pagerduty"}}` {
		t.Fatalf("a valid provider token: status %d, data %s, errors %+v", res.Status, res.Data, res.Errors)
	}
	if bots := usersWithIdentity(t, e, m.Issuer(), "svc-pagerduty"); len(bots) != 1 || !bots[0].ServiceAccount {
		t.Fatalf("the token's bot was provisioned as %+v, want one service account", bots)
	}

	for _, c := range []struct {
		name  string
		token func(subject string) string
	}{
		{"signed by a key the provider does not publish", func(sub string) string {
			return signJWT(t, strangerKey, kid, claimsFor(sub, nil))
		}},
		{"signed by an unknown key ID", func(sub string) string {
			return signJWT(t, strangerKey, "someone-elses-key", claimsFor(sub, nil))
		}},
		{"not signed at all (alg none)", func(sub string) string {
			return unsignedJWT(t, claimsFor(sub, nil))
		}},
		{"from another issuer", func(sub string) string {
			return signJWT(t, m.Keypair.PrivateKey, kid, claimsFor(sub, func(c map[string]any) { c["iss"] = "https://evil.example/oidc" }))
		}},
		{"for another audience", func(sub string) string {
			return signJWT(t, m.Keypair.PrivateKey, kid, claimsFor(sub, func(c map[string]any) { c["aud"] = "some-other-app" }))
		}},
		{"expired", func(sub string) string {
			return signJWT(t, m.Keypair.PrivateKey, kid, claimsFor(sub, func(c map[string]any) {
				c["iat"] = now.Add(-2 * time.Hour).Unix()
				c["exp"] = now.Add(-time.Hour).Unix()
			}))
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			subject := "intruder-" + strconv.FormatInt(time.Now().UnixNano(), 36)
			res := withBearer(e, c.token(subject)).Do(`{ viewer { name } }`, nil)
			requireUnauthenticated(t, res)
			if got := usersWithIdentity(t, e, m.Issuer(), subject); len(got) != 0 {
				t.Fatalf("a refused token set up a user: %+v", got)
			}
		})
	}
}

// The callback only completes a sign-in that this very browser started:
// a callback URL from someone else's sign-in, or one opened without the
// state cookie, is refused and starts no session.
func TestCallbackRefusesAStateThisBrowserDidNotStart(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	e.Client.User.Create().SetName("Mallory").SetEmail("mallory@example.com").SaveX(e.Ctx)

	// Mallory signs in as herself but stops before the callback, then
	// gets Ada's browser (which started a sign-in of its own) to open it:
	// Ada would be signed in as Mallory.
	mallory := e.NewBrowser(t)
	mallorysCallback := devSignInUpToCallback(t, mallory, "/", "Mallory").Location()
	ada := e.NewBrowser(t)
	adasState := startSignIn(t, ada, "/").SetCookie(auth.StateCookie).Value
	requireRefused(t, ada.Get(mallorysCallback.String()), http.StatusBadRequest, "state mismatch")

	// No state cookie at all.
	requireRefused(t, e.NewBrowser(t).Get(mallorysCallback.String()), http.StatusBadRequest, "state mismatch")

	// A state parameter that is not the one in the browser's cookie.
	tampered := *mallorysCallback
	q := tampered.Query()
	q.Set("state", adasState)
	tampered.RawQuery = q.Encode()
	requireRefused(t, mallory.Get(tampered.String()), http.StatusBadRequest, "state mismatch")

	if n := allSessions(t, e); n != 0 {
		t.Fatalf("%d sessions after refused callbacks, want 0", n)
	}
}

// The nonce ties the ID token to the sign-in that asked for it: when the
// authorization request's nonce is swapped on the way to the provider, the
// provider signs the other nonce and Debrief refuses the answer.
func TestCallbackRefusesANonceMismatch(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	e.Client.User.Create().SetName("Ada Lovelace").SetEmail("ada@example.com").SaveX(e.Ctx)
	browser := e.NewBrowser(t)

	login := startSignIn(t, browser, "/")
	authorize := login.Location()
	q := authorize.Query()
	q.Set("nonce", "a-nonce-debrief-never-issued-0123456789abcdef")
	authorize.RawQuery = q.Encode()
	page := browser.Get(authorize.String())
	if page.Status != http.StatusOK {
		t.Fatalf("provider page with another nonce: status %d: %s", page.Status, page.Body)
	}
	callback := returnToDebrief(t, browser, chooseDevPerson(t, browser, page, "Ada Lovelace"))

	requireRefused(t, callback, http.StatusBadRequest, "nonce mismatch")
	if n := allSessions(t, e); n != 0 {
		t.Fatalf("%d sessions after a nonce mismatch, want 0", n)
	}
}

// A callback URL works once. Opening it again — even with the state cookie
// put back — is refused and starts no second session, and a stolen code
// does not work in a sign-in of its own either.
func TestCallbackRefusesAReplayedCode(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	e.Client.User.Create().SetName("Ada Lovelace").SetEmail("ada@example.com").SaveX(e.Ctx)
	browser := e.NewBrowser(t)

	fromProvider := devSignInUpToCallback(t, browser, "/", "Ada Lovelace")
	stateCookie := browser.Cookie(auth.CallbackPath, auth.StateCookie)
	requireLandedOn(t, returnToDebrief(t, browser, fromProvider), "/")
	if n := allSessions(t, e); n != 1 {
		t.Fatalf("%d sessions after signing in, want 1", n)
	}

	browser.SetCookie(auth.CallbackPath, &http.Cookie{Name: auth.StateCookie, Value: stateCookie.Value})
	requireRefused(t, returnToDebrief(t, browser, fromProvider), http.StatusBadRequest, "expired or was already used")

	// An attacker who copied the code starts a sign-in of their own and
	// hands the code to its callback: the provider refuses it (used, and
	// bound to Ada's PKCE verifier).
	attacker := e.NewBrowser(t)
	startSignIn(t, attacker, "/")
	stolen := fromProvider.Location()
	q := stolen.Query()
	q.Set("state", attacker.Cookie(auth.CallbackPath, auth.StateCookie).Value)
	stolen.RawQuery = q.Encode()
	requireRefused(t, attacker.Get(stolen.String()), http.StatusBadRequest, "did not accept the sign-in code")

	if n := allSessions(t, e); n != 1 {
		t.Fatalf("%d sessions after the replays, want still 1", n)
	}
}

// A session cookie stops working the moment its session ends: signed out,
// revoked by an admin (on every device at once), or left idle too long —
// even if someone kept a copy of the cookie.
func TestEndedSessionsAreRefused(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	ada := e.Client.User.Create().SetName("Ada Lovelace").SetEmail("ada@example.com").SaveX(e.Ctx)

	t.Run("signed out", func(t *testing.T) {
		browser := e.NewBrowser(t)
		requireLandedOn(t, signInAsDevPerson(t, browser, "/", "Ada Lovelace"), "/")
		copied := browser.Cookie("/", auth.SessionCookie)
		signOut(t, browser)
		requireSignedOut(t, browserWithSession(t, e, copied.Value))
	})

	t.Run("revoked by an admin", func(t *testing.T) {
		laptop, phone := e.NewBrowser(t), e.NewBrowser(t)
		requireLandedOn(t, signInAsDevPerson(t, laptop, "/", "Ada Lovelace"), "/")
		requireLandedOn(t, signInAsDevPerson(t, phone, "/", "Ada Lovelace"), "/")
		var out struct{ RevokeSessions int }
		e.MustDo(`mutation($id: ID!) { revokeSessions(userID: $id) }`, map[string]any{"id": strconv.Itoa(ada.ID)}, &out)
		if out.RevokeSessions != 2 {
			t.Fatalf("revokeSessions ended %d sessions, want 2", out.RevokeSessions)
		}
		requireSignedOut(t, laptop)
		requireSignedOut(t, phone)
	})

	t.Run("idle too long", func(t *testing.T) {
		browser := e.NewBrowser(t)
		requireLandedOn(t, signInAsDevPerson(t, browser, "/", "Ada Lovelace"), "/")
		if name, _ := viewerOf(t, browser); name != "Ada Lovelace" {
			t.Fatalf("viewer %q right after sign-in", name)
		}
		e.Client.Session.Update().SetLastSeenAt(time.Now().Add(-13 * time.Hour)).ExecX(e.Ctx) // idle limit: 12h
		requireSignedOut(t, browser)
	})

	if n := liveSessions(t, e); n != 1 {
		// Only the idle session is still unrevoked; it is refused by age.
		t.Fatalf("%d unrevoked sessions, want 1", n)
	}
}

// An API token stops working once revoked or expired.
func TestRevokedAndExpiredAPITokensAreRefused(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	ada := e.Client.User.Create().SetName("Ada Lovelace").SetRole(enum.RoleMember).SaveX(e.Ctx)

	t.Run("revoked", func(t *testing.T) {
		token, id := createAPIToken(t, e, ada.ID, "READ_WRITE", time.Now().Add(time.Hour))
		requireTokenActsFor(t, e, token, "Ada Lovelace")
		e.MustDo(`mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, map[string]any{"id": id}, nil)
		requireUnauthenticated(t, withBearer(e, token).Do(`{ viewer { name } }`, nil))
	})

	t.Run("expired", func(t *testing.T) {
		token, id := createAPIToken(t, e, ada.ID, "READ_WRITE", time.Now().Add(time.Hour))
		requireTokenActsFor(t, e, token, "Ada Lovelace")
		expireAPIToken(t, e, id)
		requireUnauthenticated(t, withBearer(e, token).Do(`{ viewer { name } }`, nil))
	})

	t.Run("never issued", func(t *testing.T) {
		requireUnauthenticated(t, withBearer(e, auth.TokenPrefix+"not-a-real-token").Do(`{ viewer { name } }`, nil))
	})
}

// A READ token reads everything its user may read, and changes nothing.
func TestReadOnlyAPITokenCannotChangeAnything(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	ada := e.Client.User.Create().SetName("Ada Lovelace").SetRole(enum.RoleMember).SaveX(e.Ctx)
	openIncident(t, e, "Checkout is down")
	token, _ := createAPIToken(t, e, ada.ID, "READ", time.Now().Add(time.Hour))
	reader := withBearer(e, token)

	var seen struct{ Incidents struct{ TotalCount int } }
	reader.MustDo(`{ incidents(first: 5) { totalCount } }`, nil, &seen)
	if seen.Incidents.TotalCount != 1 {
		t.Fatalf("the read token sees %d incidents, want 1", seen.Incidents.TotalCount)
	}

	res := reader.Do(createIncidentMutation, map[string]any{"input": map[string]any{
		"title": "Written with a read token", "severity": "SEV3", "startedAt": time.Now(),
	}})
	requireCode(t, res, "FORBIDDEN")
	res = reader.Do(`mutation { createAPIToken(input: {name: "escalate", scope: READ_WRITE}) { token } }`, nil)
	requireCode(t, res, "FORBIDDEN")

	if n := e.Client.Incident.Query().CountX(e.Ctx); n != 1 {
		t.Fatalf("%d incidents after the read token's attempts, want 1", n)
	}
	if n := e.Client.APIToken.Query().CountX(e.Ctx); n != 2 { // the harness admin's and Ada's
		t.Fatalf("%d API tokens after the read token's attempts, want 2", n)
	}
}

// Another site's page can make a signed-in browser send requests with
// Debrief's cookie; Debrief refuses every one that would change something
// unless it comes from Debrief's own origin with the X-Debrief-CSRF header.
func TestCookieRequestsFromOtherSitesAreRefused(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	e.Client.User.Create().SetName("Ada Lovelace").SetEmail("ada@example.com").SetRole(enum.RoleMember).SaveX(e.Ctx)
	browser := e.NewBrowser(t)
	requireLandedOn(t, signInAsDevPerson(t, browser, "/", "Ada Lovelace"), "/")
	newIncident := map[string]any{"input": map[string]any{"title": "Opened by someone", "severity": "SEV3", "startedAt": time.Now()}}

	// The control: from Debrief's own page the same request works.
	if res := browser.GraphQL(createIncidentMutation, newIncident); res.Status != http.StatusOK || len(res.Errors) > 0 {
		t.Fatalf("same-origin createIncident: status %d, errors %+v", res.Status, res.Errors)
	}
	incidents := e.Client.Incident.Query().CountX(e.Ctx)
	if incidents != 1 {
		t.Fatalf("%d incidents after the same-origin request, want 1", incidents)
	}

	for _, c := range []struct {
		name   string
		adjust func(*http.Request)
	}{
		{"from another origin", harness.FromOrigin("https://evil.example")},
		{"from a look-alike origin", harness.FromOrigin(origin(browser) + ".evil.example")},
		{"from an opaque origin", harness.FromOrigin("null")},
		{"without an Origin", harness.FromOrigin("")},
		{"without the CSRF header", harness.WithoutCSRFHeader},
	} {
		t.Run(c.name, func(t *testing.T) {
			browser := browser.In(t)
			requireForbidden(t, browser.GraphQL(createIncidentMutation, newIncident, c.adjust))
			requireForbidden(t, postResponse(t, browser.Post(auth.LogoutPath, "", nil, c.adjust)))
		})
	}

	// A cross-site link (SameSite=Lax sends the cookie on top-level GETs)
	// cannot carry a mutation either.
	get := browser.Get("/graphql?query=" + url.QueryEscape(`mutation { revokeSessions(userID: "1") }`))
	if get.Status == http.StatusOK {
		t.Errorf("a mutation over GET answered 200: %s", get.Body)
	}

	if n := e.Client.Incident.Query().CountX(e.Ctx); n != incidents {
		t.Fatalf("%d incidents after the refused requests, want %d", n, incidents)
	}
	if name, _ := viewerOf(t, browser); name != "Ada Lovelace" {
		t.Fatalf("the refused sign-outs signed Ada out (viewer %q)", name)
	}
}

// Someone already signed in uses the development page to sign in as
// another person (the usual way to try another role).
func TestSwitchingPersonOnTheDevelopmentPageWhileSignedIn(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	e.Client.User.Create().SetName("Ada Lovelace").SetEmail("ada@example.com").SaveX(e.Ctx)
	e.Client.User.Create().SetName("Bob Builder").SetEmail("bob@example.com").SaveX(e.Ctx)
	browser := e.NewBrowser(t)
	requireLandedOn(t, signInAsDevPerson(t, browser, "/", "Ada Lovelace"), "/")
	requireLandedOn(t, signInAsDevPerson(t, browser, "/", "Bob Builder"), "/")
	if name, _ := viewerOf(t, browser); name != "Bob Builder" {
		t.Fatalf("viewer %q, want Bob Builder", name)
	}
}

// devSignInUpToCallback goes through the development sign-in and stops at
// the provider's redirect back to Debrief.
func devSignInUpToCallback(t *testing.T, b *harness.Browser, returnTo, name string) *harness.Page {
	t.Helper()
	return chooseDevPerson(t, b, openDevSignInPage(t, b, startSignIn(t, b, returnTo)), name)
}

// browserWithSession is a fresh browser holding a copy of a session cookie.
func browserWithSession(t *testing.T, e *harness.Env, secret string) *harness.Browser {
	t.Helper()
	b := e.NewBrowser(t)
	b.SetCookie("/", &http.Cookie{Name: auth.SessionCookie, Value: secret})
	return b
}

// withBearer is an API client that sends token as its bearer token.
func withBearer(e *harness.Env, token string) *harness.API {
	a := *e.API
	a.User, a.Token = nil, token
	return &a
}

// createAPIToken creates a token for a user through the API, as an admin.
func createAPIToken(t *testing.T, e *harness.Env, userID int, scope string, expires time.Time) (token, id string) {
	t.Helper()
	var out struct {
		CreateAPIToken struct {
			Token    string
			APIToken struct{ ID string }
		}
	}
	e.MustDo(`mutation($in: CreateAPITokenInput!) { createAPIToken(input: $in) { token apiToken { id } } }`,
		map[string]any{"in": map[string]any{"name": "integration", "scope": scope, "expiresAt": expires, "userID": strconv.Itoa(userID)}}, &out)
	return out.CreateAPIToken.Token, out.CreateAPIToken.APIToken.ID
}

// expireAPIToken moves a token's expiry into the past, behind the API's
// back (the API only accepts future expiries, and the field is immutable).
func expireAPIToken(t *testing.T, e *harness.Env, id string) {
	t.Helper()
	query := "UPDATE api_tokens SET expires_at = ? WHERE id = ?"
	if e.Backend == harness.Postgres {
		query = "UPDATE api_tokens SET expires_at = $1 WHERE id = $2"
	}
	n, _ := strconv.Atoi(id)
	res, err := e.DB.SQL.ExecContext(e.Ctx, query, time.Now().Add(-time.Minute), n)
	if err != nil {
		t.Fatal(err)
	}
	if rows, _ := res.RowsAffected(); rows != 1 {
		t.Fatalf("expired %d tokens, want 1", rows)
	}
}

func requireTokenActsFor(t *testing.T, e *harness.Env, token, name string) {
	t.Helper()
	var out struct{ Viewer struct{ Name string } }
	withBearer(e, token).MustDo(`{ viewer { name } }`, nil, &out)
	if out.Viewer.Name != name {
		t.Fatalf("the token acts for %q, want %q", out.Viewer.Name, name)
	}
}

// requireUnauthenticated checks the refusal of a bad bearer token: 401 and
// UNAUTHENTICATED, with no data.
func requireUnauthenticated(t *testing.T, res *harness.Response) {
	t.Helper()
	if res.Status != http.StatusUnauthorized || !hasCode(res, "UNAUTHENTICATED") || len(res.Data) > 0 {
		t.Fatalf("status %d, codes %v, data %s; want 401 UNAUTHENTICATED and no data", res.Status, res.Codes(), res.Data)
	}
}

// requireForbidden checks the refusal of a cross-site request: 403 and
// FORBIDDEN before anything ran.
func requireForbidden(t *testing.T, res *harness.Response) {
	t.Helper()
	if res.Status != http.StatusForbidden || !hasCode(res, "FORBIDDEN") || len(res.Data) > 0 {
		t.Fatalf("status %d, codes %v, data %s; want 403 FORBIDDEN and no data", res.Status, res.Codes(), res.Data)
	}
}

func requireCode(t *testing.T, res *harness.Response, code string) {
	t.Helper()
	if !hasCode(res, code) {
		t.Fatalf("codes %v (status %d, data %s), want %s", res.Codes(), res.Status, res.Data, code)
	}
}

// postResponse reads a JSON error answer to a plain POST.
func postResponse(t *testing.T, p *harness.Page) *harness.Response {
	t.Helper()
	res := &harness.Response{Status: p.Status}
	if err := json.Unmarshal([]byte(p.Body), res); err != nil {
		t.Fatalf("status %d, body is not JSON: %s", p.Status, p.Body)
	}
	return res
}

func origin(b *harness.Browser) string { return b.App.Scheme + "://" + b.App.Host }

// signJWT signs claims with key (RS256) under the key ID kid.
func signJWT(t *testing.T, key *rsa.PrivateKey, kid string, claims map[string]any) string {
	t.Helper()
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: jose.JSONWebKey{Key: key, KeyID: kid}},
		(&jose.SignerOptions{}).WithType("JWT"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := josejwt.Signed(signer).Claims(claims).Serialize()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// unsignedJWT is a JWT with "alg": "none" and no signature.
func unsignedJWT(t *testing.T, claims map[string]any) string {
	t.Helper()
	payload, err := json.Marshal(claims)
	if err != nil {
		t.Fatal(err)
	}
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"none","typ":"JWT"}`)) + "." + enc(payload) + "."
}
