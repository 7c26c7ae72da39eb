package reminder

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/dialect"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/predicate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/followup"
	"github.com/debrief/debrief/internal/store"
	"github.com/debrief/debrief/internal/viewer"
)

// scanLock is the PostgreSQL advisory lock an instance holds (for its scan
// transaction) while it scans; the others skip their turn meanwhile.
const scanLock = 7_200_431_916

// batchSize bounds the candidates one query reads.
const batchSize = 500

const day = 24 * time.Hour

// reviewClosed are the statuses in which a review no longer reminds: it
// has been held and the follow-up has begun.
var reviewClosed = []enum.IncidentStatus{enum.IncidentStatusFollowingUp, enum.IncidentStatusLearningsApplied}

// finder reads one batch of candidates after the given ID and returns
// their notes, and the ID to continue after (0 when there are no more).
type finder func(ctx context.Context, client *ent.Client, now time.Time, after int) ([]note, int, error)

// Scan writes the reminders due at now — actions due soon or overdue,
// reviews overdue — that are not written yet, and returns how many it
// wrote. It runs in one transaction; on PostgreSQL an instance that finds
// another one scanning writes nothing (the other writes it all), and the
// reminder keys make a repeated scan write nothing new.
func (s *Service) Scan(ctx context.Context, now time.Time) (int, error) {
	// The scan is Debrief's own work across everyone's records.
	ctx = viewer.System(ctx)
	postgres, err := s.onPostgres(ctx)
	if err != nil {
		return 0, err
	}
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return 0, fmt.Errorf("reminder: begin scan: %w", err)
	}
	written, err := s.scanIn(ctx, tx, postgres, now.UTC())
	if err != nil {
		_ = tx.Rollback() // the scan's error is the one to report
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("reminder: commit scan: %w", err)
	}
	return written, nil
}

// scanIn runs every finder within tx.
func (s *Service) scanIn(ctx context.Context, tx *ent.Tx, postgres bool, now time.Time) (int, error) {
	if postgres {
		locked, err := tryLock(ctx, tx)
		if err != nil || !locked {
			return 0, err
		}
	}
	written := 0
	for _, find := range []finder{s.actionsDueSoon, s.actionsOverdue, s.reviewsOverdue} {
		n, err := each(ctx, tx.Client(), now, find)
		written += n
		if err != nil {
			return written, err
		}
	}
	return written, nil
}

// each pages through find's candidates and writes their notes.
func each(ctx context.Context, client *ent.Client, now time.Time, find finder) (int, error) {
	written, after := 0, 0
	for {
		notes, next, err := find(ctx, client, now, after)
		if err != nil {
			return written, err
		}
		n, err := write(ctx, client, notes)
		written += n
		if err != nil || next == 0 {
			return written, err
		}
		after = next
	}
}

// actionsDueSoon reminds owners of open actions due within DueSoonDays,
// once per due date: moving the date reminds again.
func (s *Service) actionsDueSoon(ctx context.Context, client *ent.Client, now time.Time, after int) ([]note, int, error) {
	actions, next, err := s.ownedActions(ctx, client, followup.ViewDueSoon, now, after)
	if err != nil {
		return nil, 0, err
	}
	notes := make([]note, len(actions))
	for i, a := range actions {
		due := a.DueAt.UTC().Format(time.DateOnly)
		notes[i] = actionNote(a, enum.NotificationActionDueSoon,
			fmt.Sprintf("Your action %s is due on %s", quote(a.Title), due),
			fmt.Sprintf("action-due-soon:%d:%s", a.ID, due))
	}
	return notes, next, nil
}

// actionsOverdue reminds owners of open actions past their due date, again
// every RemindEvery until the action is closed.
func (s *Service) actionsOverdue(ctx context.Context, client *ent.Client, now time.Time, after int) ([]note, int, error) {
	actions, next, err := s.ownedActions(ctx, client, followup.ViewOverdue, now, after)
	if err != nil {
		return nil, 0, err
	}
	notes := make([]note, len(actions))
	for i, a := range actions {
		notes[i] = actionNote(a, enum.NotificationActionOverdue,
			fmt.Sprintf("Your action %s is overdue: it was due on %s", quote(a.Title), a.DueAt.UTC().Format(time.DateOnly)),
			fmt.Sprintf("action-overdue:%d:%d", a.ID, s.bucket(now)))
	}
	return notes, next, nil
}

// ownedActions reads a batch of the actions with an owner in the given
// follow-through view, so reminders and the views agree on "due soon" and
// "overdue"; each with its incidents, which decide who may see it.
func (s *Service) ownedActions(ctx context.Context, client *ent.Client, view followup.View, now time.Time, after int) ([]*ent.ActionItem, int, error) {
	where, err := followup.ViewWhere(ctx, s.rules, view, now)
	if err != nil {
		return nil, 0, err
	}
	actions, err := client.ActionItem.Query().
		Where(where...).
		Where(actionitem.OwnerIDNotNil(), actionitem.DueAtNotNil(), actionitem.IDGT(after)).
		Order(actionitem.ByID()).Limit(batchSize).
		Select(actionitem.FieldID, actionitem.FieldTitle, actionitem.FieldOwnerID, actionitem.FieldDueAt).
		WithIncidents(func(q *ent.IncidentQuery) { q.Select(incidentFields...).Order(incident.ByID()) }).
		All(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("reminder: find %s actions: %w", view, err)
	}
	next := 0
	if len(actions) == batchSize {
		next = actions[len(actions)-1].ID
	}
	return actions, next, nil
}

func actionNote(a *ent.ActionItem, kind enum.NotificationKind, message, key string) note {
	n := note{userID: *a.OwnerID, kind: kind, message: message,
		actionID: &a.ID, subjectID: &a.ID, key: &key, about: a.Edges.Incidents}
	if len(a.Edges.Incidents) > 0 {
		n.incidentID = &a.Edges.Incidents[0].ID
	}
	return n
}

// reviewsOverdue reminds the facilitator (or, without one, whoever opened
// the incident) of a review past its due date, again every RemindEvery
// until the review is closed.
func (s *Service) reviewsOverdue(ctx context.Context, client *ent.Client, now time.Time, after int) ([]note, int, error) {
	fields := append([]string{incident.FieldFacilitatorID, incident.FieldReviewDueAt, incident.FieldResolvedAt}, incidentFields...)
	incidents, err := client.Incident.Query().
		Where(
			incident.IDGT(after),
			incident.StatusNotIn(reviewClosed...),
			incident.Or(incident.FacilitatorIDNotNil(), incident.CreatedByIDNotNil()),
			s.reviewOverdue(now),
		).
		Order(incident.ByID()).Limit(batchSize).Select(fields...).All(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("reminder: find overdue reviews: %w", err)
	}
	notes := make([]note, len(incidents))
	for i, inc := range incidents {
		recipient := inc.FacilitatorID
		if recipient == nil {
			recipient = inc.CreatedByID
		}
		notes[i] = note{userID: *recipient, kind: enum.NotificationReviewOverdue,
			message:    fmt.Sprintf("The review of %s was due on %s", quote(inc.Title), s.reviewDue(inc).UTC().Format(time.DateOnly)),
			incidentID: &inc.ID, subjectID: &inc.ID, key: ptr(fmt.Sprintf("review-overdue:%d:%d", inc.ID, s.bucket(now))),
			about: []*ent.Incident{inc}}
	}
	next := 0
	if len(incidents) == batchSize {
		next = incidents[len(incidents)-1].ID
	}
	return notes, next, nil
}

// reviewOverdue matches incidents whose review was due before now: at
// review_due_at when it is set, otherwise — for the severities that must
// be reviewed, once resolved — ReviewDueDays after resolution.
func (s *Service) reviewOverdue(now time.Time) predicate.Incident {
	explicit := incident.ReviewDueAtLT(now)
	if len(s.rules.ReviewRequired) == 0 {
		return explicit
	}
	return incident.Or(explicit, incident.And(
		incident.ReviewDueAtIsNil(),
		incident.SeverityIn(s.rules.ReviewRequired...),
		incident.ResolvedAtLT(now.Add(-time.Duration(s.rules.ReviewDueDays)*day)),
	))
}

// reviewDue is when inc's review was due (see reviewOverdue).
func (s *Service) reviewDue(inc *ent.Incident) time.Time {
	if inc.ReviewDueAt != nil {
		return *inc.ReviewDueAt
	}
	return inc.ResolvedAt.Add(time.Duration(s.rules.ReviewDueDays) * day)
}

// bucket numbers the RemindEvery period now falls in: an overdue reminder
// is written once per period.
func (s *Service) bucket(now time.Time) int64 {
	return now.Unix() / max(int64(s.rules.RemindEvery/time.Second), 1)
}

// tryLock takes the scan lock for tx's lifetime if no other transaction
// holds it.
func tryLock(ctx context.Context, tx *ent.Tx) (bool, error) {
	rows, err := tx.QueryContext(ctx, "SELECT pg_try_advisory_xact_lock($1)", scanLock)
	if err != nil {
		return false, fmt.Errorf("reminder: take the scan lock: %w", err)
	}
	defer rows.Close()
	locked := false
	if rows.Next() {
		if err := rows.Scan(&locked); err != nil {
			return false, err
		}
	}
	return locked, rows.Err()
}

// onPostgres reports whether the database is PostgreSQL (where several
// instances may scan at once; SQLite has one).
func (s *Service) onPostgres(ctx context.Context) (bool, error) {
	d, err := store.DialectOf(ctx, s.client)
	if err != nil {
		return false, fmt.Errorf("reminder: find the database dialect: %w", err)
	}
	return d == dialect.Postgres, nil
}
