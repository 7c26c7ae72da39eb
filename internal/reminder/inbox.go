package reminder

import (
	"context"
	"errors"
	"slices"
	"time"

	"entgo.io/contrib/entgql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/notification"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/viewer"
)

// The inbox is read and marked as the viewer: the access rules
// (policy.Inbox) already keep everyone to their own notifications; the
// user_id conditions below say the same for the reader and use the index.

// newestFirst orders an inbox: latest first, ties by ID.
var newestFirst = &ent.NotificationOrder{Direction: entgql.OrderDirectionDesc, Field: ent.NotificationOrderFieldCreatedAt}

// Inbox pages through the viewer's notifications, newest first, only the
// unread ones if unreadOnly.
func Inbox(ctx context.Context, client *ent.Client, unreadOnly bool, after *ent.Cursor, first *int, before *ent.Cursor, last *int) (*ent.NotificationConnection, error) {
	q, err := mine(ctx, client, unreadOnly)
	if err != nil {
		return nil, err
	}
	return q.Paginate(ctx, after, first, before, last, ent.WithNotificationOrder(newestFirst))
}

// Unread counts the viewer's unread notifications.
func Unread(ctx context.Context, client *ent.Client) (int, error) {
	q, err := mine(ctx, client, true)
	if err != nil {
		return 0, err
	}
	return q.Count(ctx)
}

func mine(ctx context.Context, client *ent.Client, unreadOnly bool) (*ent.NotificationQuery, error) {
	v, ok := viewer.FromContext(ctx)
	if !ok {
		return nil, viewer.ErrUnauthenticated
	}
	q := client.Notification.Query().Where(notification.UserID(v.UserID))
	if unreadOnly {
		q.Where(notification.ReadAtIsNil())
	}
	return q, nil
}

// maxMarkIDs bounds the IDs one markNotificationsRead may name, like a page.
const maxMarkIDs = 100

// MarkRead marks the viewer's unread notifications read at now — all of
// them, or those of ids — and returns how many changed. IDs of other
// people's notifications change nothing (they are not the viewer's to
// know about); an ID of something else is bad input. client is the
// mutation's transaction.
func MarkRead(ctx context.Context, client *ent.Client, ids []int, all bool, now time.Time) (int, error) {
	v, ok := viewer.FromContext(ctx)
	if !ok {
		return 0, viewer.ErrUnauthenticated
	}
	switch {
	case all && ids != nil:
		return 0, apperr.Invalid("ids", "give ids or all: true, not both")
	case !all && ids == nil:
		return 0, apperr.Invalid("ids", "give the ids of the notifications to mark read, or all: true")
	case len(ids) > maxMarkIDs:
		return 0, apperr.Invalid("ids", "at most %d ids at a time; all: true marks every notification read", maxMarkIDs)
	}
	update := client.Notification.Update().
		Where(notification.UserID(v.UserID), notification.ReadAtIsNil()).
		SetReadAt(now)
	if !all {
		ids = compact(slices.Clone(ids))
		if err := onlyNotifications(ctx, client, v, ids); err != nil {
			return 0, err
		}
		update.Where(notification.IDIn(ids...))
	}
	return update.Save(ctx)
}

// onlyNotifications refuses ids that name something other than a
// notification. The viewer's own are found in one query; each remaining ID
// is looked up as node(id:) would look it up for the viewer. Its type comes
// from the ID itself (IDs are global), so someone else's notification and
// an unused notification ID are equally "not found" — no error, and
// nothing learnt — while anything else is refused.
func onlyNotifications(ctx context.Context, client *ent.Client, v viewer.Viewer, ids []int) error {
	own, err := client.Notification.Query().Where(notification.IDIn(ids...)).IDs(ctx)
	if err != nil {
		return err
	}
	// A context with the viewer and nothing else of the request's (the
	// Noder would collect the fields of this mutation's result), still
	// cancelled with the request.
	lookup, cancel := context.WithCancel(viewer.NewContext(context.Background(), v))
	defer cancel()
	defer context.AfterFunc(ctx, cancel)()
	for _, id := range ids {
		if slices.Contains(own, id) {
			continue
		}
		node, err := client.Noder(lookup, id)
		var nf *ent.NotFoundError
		switch {
		case errors.As(err, &nf) && nf.Error() == notificationNotFound:
			continue
		case err != nil && !errors.As(err, &nf):
			return err
		case err == nil:
			if _, ok := node.(*ent.Notification); ok {
				continue
			}
		}
		return apperr.Invalid("ids", "%d is not a notification", id)
	}
	return nil
}

// notificationNotFound is the Noder's answer for an ID of the
// notifications' range with no notification the viewer may see (the
// error's label is not exported; its message is ent's fixed format).
var notificationNotFound = "ent: " + notification.Label + " not found"
