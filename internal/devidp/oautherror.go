package devidp

import (
	"net/http"
	"net/url"
)

// oauthError is an RFC 6749 error: a registered code plus a sentence for the
// developer reading logs. It is sent as JSON by the token endpoint (§5.2)
// and as query parameters on a redirect by the authorization endpoint (§4.1.2.1).
type oauthError struct {
	Code        string `json:"error"`
	Description string `json:"error_description,omitempty"`
}

// Error codes from RFC 6749 and OIDC Core.
const (
	errInvalidRequest          = "invalid_request"
	errInvalidClient           = "invalid_client"
	errInvalidGrant            = "invalid_grant"
	errUnsupportedGrantType    = "unsupported_grant_type"
	errUnsupportedResponseType = "unsupported_response_type"
	errInvalidScope            = "invalid_scope"
	errLoginRequired           = "login_required"
	errServerError             = "server_error"
)

// redirectWithParams sends the browser back to the client's redirect URI with
// params added, keeping any query the registered URI already has.
// Callers must have checked redirectURI against the registered list: this
// is the only place the provider sends a browser elsewhere.
func redirectWithParams(w http.ResponseWriter, r *http.Request, redirectURI string, params url.Values, status int) {
	target, err := url.Parse(redirectURI)
	if err != nil {
		// Registered URIs were parsed in New, so this cannot happen.
		http.Error(w, "devidp: bad redirect URI", http.StatusInternalServerError)
		return
	}
	query := target.Query()
	for name, values := range params {
		for _, v := range values {
			if v != "" {
				query.Add(name, v)
			}
		}
	}
	target.RawQuery = query.Encode()
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, target.String(), status)
}

// redirectError reports a refused authorization request to the client, as
// RFC 6749 §4.1.2.1 asks once the client and redirect URI are known good.
func redirectError(w http.ResponseWriter, r *http.Request, req authorizationRequest, e *oauthError, status int) {
	redirectWithParams(w, r, req.RedirectURI, url.Values{
		"error":             {e.Code},
		"error_description": {e.Description},
		"state":             {req.State},
	}, status)
}
