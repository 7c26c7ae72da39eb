package devidp

import "net/http"

// discoveryDocument is the OpenID Provider Metadata (OIDC Discovery §3) that
// go-oidc reads to find every other endpoint and to check the issuer.
type discoveryDocument struct {
	Issuer                            string   `json:"issuer"`
	AuthorizationEndpoint             string   `json:"authorization_endpoint"`
	TokenEndpoint                     string   `json:"token_endpoint"`
	JWKSURI                           string   `json:"jwks_uri"`
	ResponseTypesSupported            []string `json:"response_types_supported"`
	ResponseModesSupported            []string `json:"response_modes_supported"`
	SubjectTypesSupported             []string `json:"subject_types_supported"`
	IDTokenSigningAlgValuesSupported  []string `json:"id_token_signing_alg_values_supported"`
	ScopesSupported                   []string `json:"scopes_supported"`
	CodeChallengeMethodsSupported     []string `json:"code_challenge_methods_supported"`
	GrantTypesSupported               []string `json:"grant_types_supported"`
	TokenEndpointAuthMethodsSupported []string `json:"token_endpoint_auth_methods_supported"`
	ClaimsSupported                   []string `json:"claims_supported"`
}

func (p *Provider) serveDiscovery(w http.ResponseWriter, _ *http.Request) {
	// Public metadata: a browser-side client may fetch it cross-origin.
	w.Header().Set("Access-Control-Allow-Origin", "*")
	writeJSON(w, http.StatusOK, discoveryDocument{
		Issuer:                            p.issuer,
		AuthorizationEndpoint:             p.endpointURL(authorizePath),
		TokenEndpoint:                     p.endpointURL(tokenPath),
		JWKSURI:                           p.endpointURL(jwksPath),
		ResponseTypesSupported:            []string{"code"},
		ResponseModesSupported:            []string{"query"},
		SubjectTypesSupported:             []string{"public"},
		IDTokenSigningAlgValuesSupported:  []string{"RS256"},
		ScopesSupported:                   []string{"openid", "profile", "email", "groups"},
		CodeChallengeMethodsSupported:     []string{"S256"},
		GrantTypesSupported:               []string{"authorization_code"},
		TokenEndpointAuthMethodsSupported: []string{"none", "client_secret_post", "client_secret_basic"},
		ClaimsSupported: []string{
			"iss", "sub", "aud", "exp", "iat", "nonce", "at_hash",
			"name", "email", "email_verified", "department", "groups",
		},
	})
}

func (p *Provider) serveJWKS(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	writeJSON(w, http.StatusOK, p.key.publicKeySet())
}
