package auth

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// Finding is one result of Check.
type Finding struct {
	// Level is OK, WARN or FAIL.
	Level   string
	Message string
}

// Failed reports whether any finding is a failure.
func Failed(fs []Finding) bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return f.Level == "FAIL" })
}

// discovery is the part of a provider's discovery document Check reads.
type discovery struct {
	Issuer                string   `json:"issuer"`
	AuthorizationEndpoint string   `json:"authorization_endpoint"`
	TokenEndpoint         string   `json:"token_endpoint"`
	JWKSURI               string   `json:"jwks_uri"`
	ResponseTypes         []string `json:"response_types_supported"`
	Scopes                []string `json:"scopes_supported"`
	CodeChallengeMethods  []string `json:"code_challenge_methods_supported"`
	SigningAlgs           []string `json:"id_token_signing_alg_values_supported"`
	Claims                []string `json:"claims_supported"`
}

// Check fetches the provider's discovery document and reports, item by
// item, what would stop sign-in from working with this configuration and
// how to fix it — the usual trouble with Okta, Entra ID and friends is a
// trailing slash on the issuer, a redirect URL registered differently, or
// a missing scope.
func Check(ctx context.Context, cfg Config) []Finding {
	var out []Finding
	ok := func(f string, a ...any) { out = append(out, Finding{"OK", fmt.Sprintf(f, a...)}) }
	warn := func(f string, a ...any) { out = append(out, Finding{"WARN", fmt.Sprintf(f, a...)}) }
	fail := func(f string, a ...any) { out = append(out, Finding{"FAIL", fmt.Sprintf(f, a...)}) }

	if cfg.Issuer == "" {
		fail("no issuer is configured (DEBRIEF_OIDC_ISSUER); without one Debrief runs its development sign-in")
		return out
	}
	iu, err := url.Parse(cfg.Issuer)
	if err != nil || iu.Host == "" || (iu.Scheme != "https" && !(iu.Scheme == "http" && isLocal(iu.Hostname()))) {
		fail("issuer %q must be an https URL (http only for localhost)", cfg.Issuer)
		return out
	}
	if cfg.ClientID == "" {
		fail("no client ID is configured (DEBRIEF_OIDC_CLIENT_ID)")
	} else {
		ok("client ID is %q", cfg.ClientID)
	}
	if cfg.ClientSecret == "" {
		warn("no client secret: fine for a public client with PKCE, but most providers register web apps as confidential clients (DEBRIEF_OIDC_CLIENT_SECRET)")
	}

	wellKnown := strings.TrimSuffix(cfg.Issuer, "/") + "/.well-known/openid-configuration"
	var d discovery
	if err := getJSON(ctx, wellKnown, &d); err != nil {
		fail("cannot read the discovery document at %s: %v (is the issuer URL right, and can this server reach it?)", wellKnown, err)
		return out
	}
	ok("discovery document found at %s", wellKnown)
	if d.Issuer != cfg.Issuer {
		fail("the provider calls itself %q but Debrief is configured with %q: they must match exactly (watch the trailing slash; Entra ID wants .../v2.0)", d.Issuer, cfg.Issuer)
	} else {
		ok("issuer matches the discovery document")
	}
	for name, v := range map[string]string{"authorization_endpoint": d.AuthorizationEndpoint, "token_endpoint": d.TokenEndpoint, "jwks_uri": d.JWKSURI} {
		if v == "" {
			fail("the discovery document has no %s", name)
		}
	}
	var jwks struct {
		Keys []json.RawMessage `json:"keys"`
	}
	if d.JWKSURI != "" {
		if err := getJSON(ctx, d.JWKSURI, &jwks); err != nil || len(jwks.Keys) == 0 {
			fail("the provider's signing keys (%s) cannot be read: %v", d.JWKSURI, err)
		} else {
			ok("%d signing key(s) published", len(jwks.Keys))
		}
	}
	if len(d.ResponseTypes) > 0 && !slices.Contains(d.ResponseTypes, "code") {
		fail("the provider does not offer the authorization code flow (response_types_supported lacks \"code\")")
	}
	switch {
	case slices.Contains(d.CodeChallengeMethods, "S256"):
		ok("PKCE with S256 is supported")
	case len(d.CodeChallengeMethods) == 0:
		warn("the provider does not say whether it supports PKCE (code_challenge_methods_supported); most do — sign in once to be sure")
	default:
		fail("the provider does not support PKCE with S256 (it offers %v)", d.CodeChallengeMethods)
	}
	if len(d.SigningAlgs) > 0 && !slices.ContainsFunc(d.SigningAlgs, func(a string) bool { return a == "RS256" || a == "ES256" || a == "EdDSA" || a == "PS256" }) {
		fail("ID tokens are signed with %v, none of which Debrief verifies (RS256, ES256, PS256, EdDSA)", d.SigningAlgs)
	}
	wanted := append([]string{"openid", "profile", "email"}, cfg.Scopes...)
	if len(d.Scopes) > 0 {
		var missing []string
		for _, s := range wanted {
			if !slices.Contains(d.Scopes, s) {
				missing = append(missing, s)
			}
		}
		if len(missing) > 0 {
			warn("the provider does not list the scope(s) %v that Debrief requests; sign-in fails if it rejects them (remove them from DEBRIEF_OIDC_SCOPES, or enable them at the provider)", missing)
		} else {
			ok("scopes %v are offered", wanted)
		}
	}
	if cfg.RolesClaim != "" && len(d.Claims) > 0 && !slices.Contains(d.Claims, cfg.RolesClaim) {
		warn("the provider does not list the claim %q (DEBRIEF_OIDC_ROLES_CLAIM) among its claims; many providers only add group claims when configured to (Okta: a groups claim on the app; Entra ID: \"groups\" in the token configuration)", cfg.RolesClaim)
	}

	redirect := cfg.redirectURL()
	ru, err := url.Parse(redirect)
	switch {
	case err != nil || ru.Host == "":
		fail("redirect URL %q is not an absolute URL", redirect)
	case ru.Path != CallbackPath:
		fail("redirect URL %q must end in %s, where Debrief receives the provider's answer", redirect, CallbackPath)
	case ru.Scheme != "https" && !isLocal(ru.Hostname()):
		fail("redirect URL %q must use https (providers refuse plain http except for localhost)", redirect)
	default:
		ok("redirect URL is %s — register exactly this at the provider", redirect)
	}
	if pu, err := url.Parse(cfg.PublicURL); err == nil && ru != nil && pu.Host != ru.Host {
		warn("the redirect URL's host %q differs from the public URL's %q: the session cookie is set on the redirect host", ru.Host, pu.Host)
	}
	return out
}

func isLocal(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func getJSON(ctx context.Context, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	res, err := httpClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %s", res.Status)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return nil
}
