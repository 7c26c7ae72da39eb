package devidp

import (
	"encoding/base64"
	"net/url"
	"slices"
	"strings"
)

// authorizationRequest holds the OAuth 2.0 / OIDC parameters of a request to
// the authorization endpoint.
type authorizationRequest struct {
	ResponseType        string
	ClientID            string
	RedirectURI         string
	Scope               string
	State               string
	Nonce               string
	CodeChallenge       string
	CodeChallengeMethod string
	Prompt              string
}

// carriedParameters are the request parameters the sign-in page's forms send
// back as hidden fields, so that the POST can be checked exactly like the GET.
var carriedParameters = []string{
	"response_type", "client_id", "redirect_uri", "scope",
	"state", "nonce", "code_challenge", "code_challenge_method",
}

func readAuthorizationRequest(values url.Values) authorizationRequest {
	return authorizationRequest{
		ResponseType:        values.Get("response_type"),
		ClientID:            values.Get("client_id"),
		RedirectURI:         values.Get("redirect_uri"),
		Scope:               values.Get("scope"),
		State:               values.Get("state"),
		Nonce:               values.Get("nonce"),
		CodeChallenge:       values.Get("code_challenge"),
		CodeChallengeMethod: values.Get("code_challenge_method"),
		Prompt:              values.Get("prompt"),
	}
}

// hiddenFields returns the parameters to carry through the sign-in page.
func (req authorizationRequest) hiddenFields() []hiddenField {
	values := []string{
		req.ResponseType, req.ClientID, req.RedirectURI, req.Scope,
		req.State, req.Nonce, req.CodeChallenge, req.CodeChallengeMethod,
	}
	fields := make([]hiddenField, len(carriedParameters))
	for i, name := range carriedParameters {
		fields[i] = hiddenField{Name: name, Value: values[i]}
	}
	return fields
}

// untrustedClientProblem explains why the request cannot even be answered
// with a redirect: the client or its redirect URI is not the registered one.
// RFC 6749 §4.1.2.1 forbids redirecting then, or the provider would become
// an open redirector. It returns "" when the client is trusted.
func (p *Provider) untrustedClientProblem(values url.Values) string {
	switch {
	case len(values["client_id"]) > 1 || len(values["redirect_uri"]) > 1:
		return "The request repeats client_id or redirect_uri."
	case values.Get("client_id") == "":
		return "The request has no client_id."
	case values.Get("client_id") != p.clientID:
		return "The client_id " + quote(values.Get("client_id")) + " is not the application this provider serves."
	case values.Get("redirect_uri") == "":
		return "The request has no redirect_uri."
	case !p.redirectURIs[values.Get("redirect_uri")]:
		return "The redirect_uri " + quote(values.Get("redirect_uri")) + " is not registered for this application."
	}
	return ""
}

// requestProblem checks the rest of the request once the client is trusted;
// these refusals go back to the client on its redirect URI.
func requestProblem(req authorizationRequest, values url.Values) *oauthError {
	for _, name := range carriedParameters {
		if len(values[name]) > 1 {
			// RFC 6749 §3.1: parameters must not be repeated.
			return &oauthError{errInvalidRequest, "parameter " + name + " is repeated"}
		}
	}
	switch {
	case req.ResponseType != "code":
		return &oauthError{errUnsupportedResponseType, "only response_type=code is supported"}
	case !slices.Contains(strings.Fields(req.Scope), "openid"):
		return &oauthError{errInvalidScope, "scope must include openid"}
	case req.CodeChallenge == "":
		return &oauthError{errInvalidRequest, "code_challenge is required: this provider only accepts PKCE"}
	case req.CodeChallengeMethod != "S256":
		return &oauthError{errInvalidRequest, "code_challenge_method must be S256"}
	case !isS256Challenge(req.CodeChallenge):
		return &oauthError{errInvalidRequest, "code_challenge must be the base64url SHA-256 of the verifier"}
	case slices.Contains(strings.Fields(req.Prompt), "none"):
		// Nobody is ever "already signed in" here: every sign-in is a click.
		return &oauthError{errLoginRequired, "the development provider always shows its sign-in page"}
	}
	return nil
}

// isS256Challenge reports whether challenge has the shape of an S256 code
// challenge: an unpadded base64url SHA-256 digest (RFC 7636 §4.2).
func isS256Challenge(challenge string) bool {
	digest, err := base64.RawURLEncoding.DecodeString(challenge)
	return err == nil && len(digest) == 32
}

// quote shortens and quotes a value for an error page; html/template escapes it.
func quote(s string) string {
	const limit = 200
	if len(s) > limit {
		s = strings.ToValidUTF8(s[:limit], "") + "…"
	}
	return "“" + s + "”"
}
