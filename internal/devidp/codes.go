package devidp

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"sync"
	"time"
)

// authorizationGrant is what an authorization code stands for: who signed in,
// and everything the token request must match.
type authorizationGrant struct {
	ClientID      string
	RedirectURI   string
	CodeChallenge string // BASE64URL(SHA256(code_verifier)), RFC 7636 S256
	Nonce         string
	Scope         string
	Person        Person
	ExpiresAt     time.Time
}

// Why a code cannot be redeemed. All of them are invalid_grant on the wire.
var (
	errCodeUnknown = errors.New("authorization code is unknown")
	errCodeUsed    = errors.New("authorization code was already used")
	errCodeExpired = errors.New("authorization code has expired")
)

// codeStore keeps outstanding codes in memory. The development provider runs
// as a single instance, so there is nothing to share codes with.
type codeStore struct {
	mu     sync.Mutex
	grants map[string]*storedGrant
}

type storedGrant struct {
	authorizationGrant
	used bool
}

func newCodeStore() *codeStore {
	return &codeStore{grants: make(map[string]*storedGrant)}
}

// issue stores grant under a new random code and returns the code.
func (s *codeStore) issue(now time.Time, grant authorizationGrant) (string, error) {
	random := make([]byte, 32)
	if _, err := rand.Read(random); err != nil {
		return "", fmt.Errorf("devidp: generate authorization code: %w", err)
	}
	code := base64.RawURLEncoding.EncodeToString(random)

	s.mu.Lock()
	defer s.mu.Unlock()
	s.forgetExpired(now)
	s.grants[code] = &storedGrant{authorizationGrant: grant}
	return code, nil
}

// redeem returns the grant behind code and marks the code used. It marks the
// code used on its first presentation even when the caller then refuses the
// request (say, for a wrong PKCE verifier): RFC 6749 §4.1.2 allows a code to
// be tried once, and burning it stops anyone from guessing verifiers.
func (s *codeStore) redeem(now time.Time, code string) (authorizationGrant, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	// Sweep after the lookup, so an expired code is reported as expired.
	defer s.forgetExpired(now)
	stored, ok := s.grants[code]
	switch {
	case !ok:
		return authorizationGrant{}, errCodeUnknown
	case stored.used:
		return authorizationGrant{}, errCodeUsed
	}
	stored.used = true
	if !now.Before(stored.ExpiresAt) {
		return authorizationGrant{}, errCodeExpired
	}
	return stored.authorizationGrant, nil
}

// forgetExpired drops codes past their expiry. Used codes are kept until then
// so that a replay is recognised as a replay rather than an unknown code.
// Sweeping on every call keeps the map small without a background goroutine
// that would need stopping.
func (s *codeStore) forgetExpired(now time.Time) {
	for code, stored := range s.grants {
		if !now.Before(stored.ExpiresAt) {
			delete(s.grants, code)
		}
	}
}
