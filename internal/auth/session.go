package auth

import (
	"cmp"
	"context"
	"net/http"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/session"
	"github.com/debrief/debrief/internal/viewer"
)

// touchEvery limits writes for "last seen": a busy session is written at
// most once a minute, not on every request.
const touchEvery = time.Minute

// startSession stores a new session for u and sets its cookie.
func (s *Service) startSession(ctx context.Context, w http.ResponseWriter, r *http.Request, u *ent.User) error {
	secret := randomToken(32)
	now := s.now()
	expires := now.Add(s.cfg.SessionMax)
	ua := r.UserAgent()
	if len(ua) > 512 {
		ua = ua[:512]
	}
	err := s.client.Session.Create().
		SetTokenHash(hashSecret(secret)).
		SetUserID(u.ID).
		SetCreatedAt(now).
		SetLastSeenAt(now).
		SetExpiresAt(expires).
		SetUserAgent(ua).
		Exec(viewer.System(ctx))
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name: SessionCookie, Value: secret, Path: "/", Expires: expires,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.cfg.SecureCookies,
	})
	return nil
}

// sessionUser returns the user of a live session: not revoked, not past
// its absolute end, and used within the idle timeout.
func (s *Service) sessionUser(ctx context.Context, secret string) (*ent.User, bool) {
	sys := viewer.System(ctx)
	sess, err := s.client.Session.Query().
		Where(session.TokenHash(hashSecret(secret)), session.RevokedAtIsNil()).
		WithUser().
		Only(sys)
	if err != nil {
		return nil, false
	}
	now := s.now()
	if now.After(sess.ExpiresAt) || now.Sub(sess.LastSeenAt) > s.cfg.SessionIdle {
		return nil, false
	}
	if now.Sub(sess.LastSeenAt) > touchEvery {
		if err := s.client.Session.UpdateOne(sess).SetLastSeenAt(now).Exec(sys); err != nil {
			s.logger.WarnContext(ctx, "session: touch", "err", err)
		}
	}
	return sess.Edges.User, true
}

func (s *Service) revokeSessionByToken(ctx context.Context, secret string) error {
	_, err := s.client.Session.Update().
		Where(session.TokenHash(hashSecret(secret)), session.RevokedAtIsNil()).
		SetRevokedAt(s.now()).
		Save(viewer.System(ctx))
	return err
}

// RevokeSessions ends every session of the user, on every instance at once
// (sessions live in the database). The data layer decides who may: the
// user themselves or an admin.
func (s *Service) RevokeSessions(ctx context.Context, userID int) (int, error) {
	// Inside a GraphQL mutation, write in its transaction: on SQLite another
	// connection would wait for the transaction's write lock until it timed out.
	if v, ok := viewer.FromContext(ctx); ok && v.UserID != userID && !v.Is(enum.RoleAdmin) {
		// The data layer would silently find none of their sessions; say why.
		return 0, viewer.Forbidden("only admins may end other people's sessions")
	}
	client := cmp.Or(ent.FromContext(ctx), s.client)
	ids, err := client.Session.Query().
		Where(session.UserID(userID), session.RevokedAtIsNil()).
		IDs(ctx)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if err := client.Session.UpdateOneID(id).SetRevokedAt(s.now()).Exec(ctx); err != nil {
			return 0, err
		}
	}
	return len(ids), nil
}
