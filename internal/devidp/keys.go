package devidp

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"fmt"

	"github.com/go-jose/go-jose/v4"
)

// signingKey is the provider's one RS256 key. It lives only in memory: a
// development provider gains nothing from persisting it, and a fresh key per
// process means a leaked dev token dies with the process.
type signingKey struct {
	private *rsa.PrivateKey
	keyID   string
}

func newSigningKey() (*signingKey, error) {
	private, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, fmt.Errorf("devidp: generate RSA key: %w", err)
	}
	// The RFC 7638 thumbprint makes a stable, content-derived kid, so a
	// verifier that caches keys can tell a restarted provider's key apart.
	public := jose.JSONWebKey{Key: &private.PublicKey}
	thumbprint, err := public.Thumbprint(crypto.SHA256)
	if err != nil {
		return nil, fmt.Errorf("devidp: key thumbprint: %w", err)
	}
	return &signingKey{
		private: private,
		keyID:   base64.RawURLEncoding.EncodeToString(thumbprint),
	}, nil
}

// publicKeySet is what the JWKS endpoint publishes.
func (k *signingKey) publicKeySet() jose.JSONWebKeySet {
	return jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{
		Key:       &k.private.PublicKey,
		KeyID:     k.keyID,
		Algorithm: string(jose.RS256),
		Use:       "sig",
	}}}
}

// Token types for the JWS "typ" header. Access tokens use RFC 9068's at+jwt so
// that one can never be mistaken for an ID token by a careful verifier.
const (
	typeIDToken     = "JWT"
	typeAccessToken = "at+jwt"
)

// sign serialises claims as a compact RS256 JWS carrying this key's kid.
func (k *signingKey) sign(tokenType string, claims any) (string, error) {
	signer, err := jose.NewSigner(
		jose.SigningKey{Algorithm: jose.RS256, Key: jose.JSONWebKey{Key: k.private, KeyID: k.keyID}},
		(&jose.SignerOptions{}).WithType(jose.ContentType(tokenType)),
	)
	if err != nil {
		return "", fmt.Errorf("devidp: create signer: %w", err)
	}
	payload, err := json.Marshal(claims)
	if err != nil {
		return "", fmt.Errorf("devidp: encode claims: %w", err)
	}
	signed, err := signer.Sign(payload)
	if err != nil {
		return "", fmt.Errorf("devidp: sign token: %w", err)
	}
	token, err := signed.CompactSerialize()
	if err != nil {
		return "", fmt.Errorf("devidp: serialise token: %w", err)
	}
	return token, nil
}
