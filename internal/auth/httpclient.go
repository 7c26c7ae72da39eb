package auth

import (
	"context"
	"net/http"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
)

// httpClient talks to the identity provider with a bounded timeout.
var httpClient = &http.Client{Timeout: 10 * time.Second}

// oidcContext makes go-oidc and x/oauth2 use httpClient.
func oidcContext(ctx context.Context) context.Context {
	return oidc.ClientContext(ctx, httpClient)
}
