package devidp

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"net/url"
	"regexp"
)

// tokenParameters may each appear once in a token request (RFC 6749 §3.2).
var tokenParameters = []string{"grant_type", "code", "redirect_uri", "client_id", "client_secret", "code_verifier"}

// codeVerifierPattern is RFC 7636 §4.1's code_verifier syntax.
var codeVerifierPattern = regexp.MustCompile(`^[A-Za-z0-9._~-]{43,128}$`)

// serveToken is the token endpoint: it exchanges an authorization code, with
// its PKCE verifier, for an ID token and an access token.
func (p *Provider) serveToken(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		writeTokenError(w, http.StatusBadRequest, &oauthError{errInvalidRequest, "the body must be a form (application/x-www-form-urlencoded)"})
		return
	}
	form := r.PostForm
	for _, name := range tokenParameters {
		if len(form[name]) > 1 {
			writeTokenError(w, http.StatusBadRequest, &oauthError{errInvalidRequest, "parameter " + name + " is repeated"})
			return
		}
	}

	clientID, e := p.authenticateClient(r, form)
	if e != nil {
		if e.Code == errInvalidClient {
			// RFC 6749 §5.2: 401, with a challenge for the scheme the client tried.
			if _, _, usedBasic := r.BasicAuth(); usedBasic {
				w.Header().Set("WWW-Authenticate", `Basic realm="devidp"`)
			}
			writeTokenError(w, http.StatusUnauthorized, e)
			return
		}
		writeTokenError(w, http.StatusBadRequest, e)
		return
	}

	switch grantType := form.Get("grant_type"); {
	case grantType == "":
		writeTokenError(w, http.StatusBadRequest, &oauthError{errInvalidRequest, "grant_type is required"})
		return
	case grantType != "authorization_code":
		writeTokenError(w, http.StatusBadRequest, &oauthError{errUnsupportedGrantType, "only authorization_code is supported"})
		return
	}
	code, verifier := form.Get("code"), form.Get("code_verifier")
	// Malformed requests are refused before the code is looked at, so a
	// typo does not burn the code.
	switch {
	case code == "":
		writeTokenError(w, http.StatusBadRequest, &oauthError{errInvalidRequest, "code is required"})
		return
	case verifier == "":
		writeTokenError(w, http.StatusBadRequest, &oauthError{errInvalidRequest, "code_verifier is required: this provider only accepts PKCE"})
		return
	case !codeVerifierPattern.MatchString(verifier):
		writeTokenError(w, http.StatusBadRequest, &oauthError{errInvalidRequest, "code_verifier must be 43 to 128 unreserved characters"})
		return
	}

	grant, err := p.codes.redeem(p.now(), code)
	if err != nil {
		writeTokenError(w, http.StatusBadRequest, &oauthError{errInvalidGrant, err.Error()})
		return
	}
	if e := grantMismatch(grant, clientID, form.Get("redirect_uri"), verifier); e != nil {
		writeTokenError(w, http.StatusBadRequest, e)
		return
	}

	tokens, err := p.mintTokens(grant)
	if err != nil {
		writeTokenError(w, http.StatusInternalServerError, &oauthError{errServerError, "could not sign the tokens"})
		return
	}
	writeJSON(w, http.StatusOK, tokens)
}

// authenticateClient finds out which client is calling, from HTTP Basic
// (client_secret_basic) or the form (client_secret_post or none). The dev
// client has no real secret, so any secret, or none, is accepted: PKCE is
// what ties the code to whoever started the sign-in.
func (p *Provider) authenticateClient(r *http.Request, form url.Values) (string, *oauthError) {
	clientID := form.Get("client_id")
	if basicID, _, ok := r.BasicAuth(); ok {
		// RFC 6749 §2.3.1: Basic credentials are form-encoded first.
		decoded, err := url.QueryUnescape(basicID)
		if err != nil {
			return "", &oauthError{errInvalidClient, "the Basic credentials are not form-encoded"}
		}
		if clientID != "" && clientID != decoded {
			return "", &oauthError{errInvalidRequest, "client_id differs from the client in the Authorization header"}
		}
		clientID = decoded
	}
	switch {
	case clientID == "":
		return "", &oauthError{errInvalidClient, "the client is not identified: send client_id"}
	case clientID != p.clientID:
		return "", &oauthError{errInvalidClient, "unknown client"}
	}
	return clientID, nil
}

// grantMismatch checks the token request against what the code was issued for.
func grantMismatch(grant authorizationGrant, clientID, redirectURI, verifier string) *oauthError {
	switch {
	case grant.ClientID != clientID:
		return &oauthError{errInvalidGrant, "the code was issued to another client"}
	case grant.RedirectURI != redirectURI:
		return &oauthError{errInvalidGrant, "redirect_uri does not match the authorization request"}
	case !verifierMatches(verifier, grant.CodeChallenge):
		return &oauthError{errInvalidGrant, "code_verifier does not match code_challenge"}
	}
	return nil
}

// verifierMatches is RFC 7636 §4.6 for S256, compared in constant time.
func verifierMatches(verifier, challenge string) bool {
	sum := sha256.Sum256([]byte(verifier))
	computed := base64.RawURLEncoding.EncodeToString(sum[:])
	return subtle.ConstantTimeCompare([]byte(computed), []byte(challenge)) == 1
}

func writeTokenError(w http.ResponseWriter, status int, e *oauthError) {
	writeJSON(w, status, e)
}
