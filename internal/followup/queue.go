package followup

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/predicate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/viewer"
)

var closed = []enum.ActionStatus{enum.ActionStatusDone, enum.ActionStatusWontDo}

// isOpen matches actions not yet DONE or WONT_DO.
func isOpen() predicate.ActionItem { return actionitem.StatusNotIn(closed...) }

// ViewWhere returns what an action must match to be in view v at now. MINE
// is the viewer's; without a viewer it is refused.
func ViewWhere(ctx context.Context, r Rules, v View, now time.Time) ([]predicate.ActionItem, error) {
	now = now.UTC()
	switch v {
	case ViewMine:
		me, ok := viewer.FromContext(ctx)
		if !ok {
			return nil, viewer.ErrUnauthenticated
		}
		return []predicate.ActionItem{isOpen(), actionitem.OwnerID(me.UserID)}, nil
	case ViewOpen:
		return []predicate.ActionItem{isOpen()}, nil
	case ViewOverdue:
		return []predicate.ActionItem{isOpen(), actionitem.DueAtLT(now)}, nil
	case ViewDueSoon:
		return []predicate.ActionItem{isOpen(), actionitem.DueAtGTE(now), actionitem.DueAtLTE(now.Add(time.Duration(r.DueSoonDays) * day))}, nil
	case ViewStale:
		return []predicate.ActionItem{isOpen(), actionitem.UpdatedAtLTE(now.Add(-time.Duration(r.StaleDays) * day))}, nil
	case ViewUnowned:
		return []predicate.ActionItem{isOpen(), actionitem.OwnerIDIsNil()}, nil
	case ViewClosed:
		return []predicate.ActionItem{actionitem.StatusIn(closed...)}, nil
	case ViewAll:
		return nil, nil
	}
	return nil, apperr.Invalid("view", "%q is not an ActionView", v)
}

// Page is a connection's paging arguments. WithTotal says the caller wants
// totalCount, which a cursor would otherwise narrow (see Queue).
type Page struct {
	After, Before *ent.Cursor
	First, Last   *int
	WithTotal     bool
}

// Queue lists the actions of a follow-through view, soonest due first and
// those without a due date last, on every database.
//
// ent's own DUE_AT order cannot do that: databases disagree on where NULLs
// sort (SQLite first, PostgreSQL last), and its cursor predicate
// (due_at > t) never matches a NULL, so the undated tail would be lost
// after the first page. So the query orders by "has no due date" first and
// Queue applies cursors itself, with predicates that know about that tail;
// it still pages through ent's Paginate, which sees no cursor, and its
// cursors (due_at, id) stay the ones ent writes.
func Queue(ctx context.Context, client *ent.Client, r Rules, v View, teamID *int, p Page) (*ent.ActionItemConnection, error) {
	where, err := ViewWhere(ctx, r, v, time.Now())
	if err != nil {
		return nil, err
	}
	if teamID != nil {
		where = append(where, actionitem.TeamID(*teamID))
	}
	base := client.ActionItem.Query().Where(where...)
	q, err := withCursors(base.Clone(), p)
	if err != nil {
		return nil, err
	}
	// Paginate reverses its own order for `last`; this key must follow.
	q.Order(undatedLast(p.Last != nil))
	conn, err := q.Paginate(ctx, nil, p.First, nil, p.Last, ent.WithActionItemOrder([]*ent.ActionItemOrder{
		{Field: ent.ActionItemOrderFieldDueAt, Direction: entgql.OrderDirectionAsc},
	}))
	if err != nil {
		return nil, err
	}
	conn.PageInfo.HasPreviousPage = conn.PageInfo.HasPreviousPage || p.After != nil
	conn.PageInfo.HasNextPage = conn.PageInfo.HasNextPage || p.Before != nil
	if p.WithTotal && (p.After != nil || p.Before != nil) {
		// totalCount is the whole view's, as on every other connection.
		if conn.TotalCount, err = base.Count(ctx); err != nil {
			return nil, err
		}
	}
	return conn, nil
}

// withCursors narrows q to the actions between p's cursors.
func withCursors(q *ent.ActionItemQuery, p Page) (*ent.ActionItemQuery, error) {
	for _, c := range []struct {
		cursor *ent.Cursor
		after  bool
	}{{p.After, true}, {p.Before, false}} {
		if c.cursor == nil {
			continue
		}
		pred, err := beyond(c.cursor, c.after)
		if err != nil {
			return nil, err
		}
		q.Where(pred)
	}
	return q, nil
}

// undatedLast orders actions with a due date before those without one
// (after them when reversed).
func undatedLast(reverse bool) func(*sql.Selector) {
	return func(s *sql.Selector) {
		dir := " ASC"
		if reverse {
			dir = " DESC"
		}
		s.OrderExpr(sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("CASE WHEN ").Ident(s.C(actionitem.FieldDueAt)).WriteString(" IS NULL THEN 1 ELSE 0 END" + dir)
		}))
	}
}

// beyond matches the actions after (or before) cursor c in queue order:
// due date ascending with the undated ones last, then ID.
func beyond(c *ent.Cursor, after bool) (predicate.ActionItem, error) {
	field := "before"
	if after {
		field = "after"
	}
	due, dated, err := cursorDue(c, field)
	if err != nil {
		return nil, err
	}
	switch {
	case after && dated:
		return actionitem.Or(actionitem.DueAtGT(due), actionitem.And(actionitem.DueAtEQ(due), actionitem.IDGT(c.ID)), actionitem.DueAtIsNil()), nil
	case after:
		return actionitem.And(actionitem.DueAtIsNil(), actionitem.IDGT(c.ID)), nil
	case dated:
		return actionitem.Or(actionitem.DueAtLT(due), actionitem.And(actionitem.DueAtEQ(due), actionitem.IDLT(c.ID))), nil
	default:
		return actionitem.Or(actionitem.DueAtNotNil(), actionitem.IDLT(c.ID)), nil
	}
}

// cursorDue reads the due date in a cursor Queue wrote: [due_at] or [nil].
func cursorDue(c *ent.Cursor, field string) (due time.Time, dated bool, err error) {
	foreign := apperr.Invalid(field, "the cursor is not from actionQueue: use the cursors it returned")
	values, ok := c.Value.([]any)
	if !ok || len(values) != 1 {
		return time.Time{}, false, foreign
	}
	switch v := values[0].(type) {
	case nil:
		return time.Time{}, false, nil
	case time.Time:
		// Times are compared as stored; they are written in UTC.
		return v.UTC(), true, nil
	}
	return time.Time{}, false, foreign
}
