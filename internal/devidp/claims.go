package devidp

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"time"
)

// personClaims describe who signed in. Both tokens carry them so that Debrief
// can map a bearer access token to a user as readily as an ID token.
type personClaims struct {
	Name          string   `json:"name"`
	Email         string   `json:"email,omitempty"`
	EmailVerified bool     `json:"email_verified"`
	Department    string   `json:"department,omitempty"`
	Groups        []string `json:"groups"` // the Debrief role, as Okta sends group names
}

type idTokenClaims struct {
	Issuer          string `json:"iss"`
	Subject         string `json:"sub"`
	Audience        string `json:"aud"`
	Expiry          int64  `json:"exp"`
	IssuedAt        int64  `json:"iat"`
	Nonce           string `json:"nonce,omitempty"`
	AccessTokenHash string `json:"at_hash"`
	personClaims
}

// accessTokenClaims follow RFC 9068's JWT access token profile; the audience
// is the client, which is what Debrief's go-oidc verifier checks.
type accessTokenClaims struct {
	Issuer   string `json:"iss"`
	Subject  string `json:"sub"`
	Audience string `json:"aud"`
	Expiry   int64  `json:"exp"`
	IssuedAt int64  `json:"iat"`
	JWTID    string `json:"jti"`
	ClientID string `json:"client_id"`
	Scope    string `json:"scope,omitempty"`
	personClaims
}

// issuedTokens is the successful token response (RFC 6749 §5.1, OIDC Core §3.1.3.3).
type issuedTokens struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
	IDToken     string `json:"id_token"`
	Scope       string `json:"scope,omitempty"`
}

func newPersonClaims(person Person) personClaims {
	groups := []string{}
	if person.Role != "" {
		groups = append(groups, person.Role)
	}
	return personClaims{
		Name:  person.Name,
		Email: person.Email,
		// Nobody here can prove an address, but Debrief trusts whatever
		// the directory already holds, and a real provider would vouch.
		EmailVerified: person.Email != "",
		Department:    person.Department,
		Groups:        groups,
	}
}

// mintTokens signs the access and ID tokens for a redeemed grant.
func (p *Provider) mintTokens(grant authorizationGrant) (issuedTokens, error) {
	issuedAt := p.now()
	expiry := issuedAt.Add(tokenLifetime)
	person := newPersonClaims(grant.Person)

	tokenID, err := randomID()
	if err != nil {
		return issuedTokens{}, err
	}
	accessToken, err := p.key.sign(typeAccessToken, accessTokenClaims{
		Issuer:       p.issuer,
		Subject:      grant.Person.Subject,
		Audience:     grant.ClientID,
		Expiry:       expiry.Unix(),
		IssuedAt:     issuedAt.Unix(),
		JWTID:        tokenID,
		ClientID:     grant.ClientID,
		Scope:        grant.Scope,
		personClaims: person,
	})
	if err != nil {
		return issuedTokens{}, fmt.Errorf("devidp: access token: %w", err)
	}
	idToken, err := p.key.sign(typeIDToken, idTokenClaims{
		Issuer:          p.issuer,
		Subject:         grant.Person.Subject,
		Audience:        grant.ClientID,
		Expiry:          expiry.Unix(),
		IssuedAt:        issuedAt.Unix(),
		Nonce:           grant.Nonce,
		AccessTokenHash: accessTokenHash(accessToken),
		personClaims:    person,
	})
	if err != nil {
		return issuedTokens{}, fmt.Errorf("devidp: ID token: %w", err)
	}
	return issuedTokens{
		AccessToken: accessToken,
		TokenType:   "Bearer",
		ExpiresIn:   int64(tokenLifetime / time.Second),
		IDToken:     idToken,
		Scope:       grant.Scope,
	}, nil
}

// accessTokenHash is the at_hash claim (OIDC Core §3.1.3.6): the left half of
// the SHA-256 of the access token, which lets go-oidc's
// IDToken.VerifyAccessToken bind the two tokens together.
func accessTokenHash(accessToken string) string {
	sum := sha256.Sum256([]byte(accessToken))
	return base64.RawURLEncoding.EncodeToString(sum[:len(sum)/2])
}

func randomID() (string, error) {
	random := make([]byte, 16)
	if _, err := rand.Read(random); err != nil {
		return "", fmt.Errorf("devidp: generate token ID: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(random), nil
}
