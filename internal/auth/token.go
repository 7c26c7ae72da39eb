package auth

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/apitoken"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/viewer"
)

// TokenPrefix starts every Debrief API token, so they are recognisable (to
// people and secret scanners) and told apart from provider-issued JWTs.
const TokenPrefix = "dbf_"

// NewToken describes an API token to create.
type NewToken struct {
	Name      string
	Scope     enum.TokenScope
	ExpiresAt *time.Time
	// UserID is the user the token acts as; zero means the viewer.
	UserID int
}

// CreateToken creates an API token and returns its secret, which is shown
// this once and stored only as a hash. Who may create which token is the
// data layer's decision (own tokens; admins for anyone).
func (s *Service) CreateToken(ctx context.Context, client *ent.Client, t NewToken) (*ent.APIToken, string, error) {
	v, ok := viewer.FromContext(ctx)
	if !ok {
		return nil, "", viewer.ErrUnauthenticated
	}
	if t.UserID == 0 {
		t.UserID = v.UserID
	}
	if t.ExpiresAt != nil && !t.ExpiresAt.After(s.now()) {
		return nil, "", apperr.Invalid("expiresAt", "the expiry must be in the future")
	}
	secret := TokenPrefix + randomToken(32)
	tok, err := client.APIToken.Create().
		SetName(t.Name).
		SetScope(t.Scope).
		SetUserID(t.UserID).
		SetTokenHash(hashSecret(secret)).
		SetTokenPrefix(secret[:len(TokenPrefix)+6]).
		SetNillableExpiresAt(t.ExpiresAt).
		Save(ctx)
	if err != nil {
		return nil, "", err
	}
	return tok, secret, nil
}

// RevokeToken revokes an API token at once, everywhere.
func (s *Service) RevokeToken(ctx context.Context, client *ent.Client, id int) (*ent.APIToken, error) {
	return client.APIToken.UpdateOneID(id).SetRevokedAt(s.now()).Save(ctx)
}

// tokenViewer resolves an API token to the viewer it acts for.
func (s *Service) tokenViewer(ctx context.Context, secret string) (viewer.Viewer, bool) {
	if !strings.HasPrefix(secret, TokenPrefix) {
		return viewer.Viewer{}, false
	}
	sys := viewer.System(ctx)
	tok, err := s.client.APIToken.Query().
		Where(apitoken.TokenHash(hashSecret(secret)), apitoken.RevokedAtIsNil()).
		WithUser().
		Only(sys)
	if err != nil {
		return viewer.Viewer{}, false
	}
	now := s.now()
	if tok.ExpiresAt != nil && now.After(*tok.ExpiresAt) {
		return viewer.Viewer{}, false
	}
	if tok.LastUsedAt == nil || now.Sub(*tok.LastUsedAt) > touchEvery {
		if err := s.client.APIToken.UpdateOne(tok).SetLastUsedAt(now).Exec(sys); err != nil {
			s.logger.WarnContext(ctx, "api token: record use", "err", err)
		}
	}
	v := viewerOf(tok.Edges.User)
	v.ReadOnly = tok.Scope == enum.TokenScopeRead
	return v, true
}

// viewerOf is the viewer a user signs in as.
func viewerOf(u *ent.User) viewer.Viewer {
	return viewer.Viewer{UserID: u.ID, Name: u.Name, Role: u.Role, Department: u.Department}
}

// IssueToken creates an API token for the user with the given email as the
// system, for operators on the command line (`debrief token create`): it
// bootstraps integrations before anyone has signed in to the web app.
func IssueToken(ctx context.Context, client *ent.Client, email string, t NewToken) (string, error) {
	u, err := client.User.Query().Where(user.EmailEqualFold(email)).First(viewer.System(ctx))
	if err != nil {
		return "", fmt.Errorf("no user with email %s: %w", email, err)
	}
	s := &Service{client: client, now: time.Now}
	t.UserID = u.ID
	ctx = viewer.NewContext(viewer.System(ctx), viewerOf(u))
	_, secret, err := s.CreateToken(ctx, client, t)
	return secret, err
}
