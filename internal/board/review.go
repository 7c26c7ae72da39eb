package board

import (
	"context"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/occ"
)

// OpenReview starts (or reschedules) the review of an incident: it sets
// the review's mode and, when given, its due date, and moves the incident
// to REVIEWING. An incident still being responded to cannot be reviewed
// yet. Who may do it is the incident's update policy: its facilitator (or
// author), analysts and admins. version is the incident's version the
// caller saw; a stale one is a CONFLICT.
func OpenReview(ctx context.Context, client *ent.Client, incidentID, version int, mode enum.ReviewMode, dueAt *time.Time) (*ent.Incident, error) {
	inc, err := current(ctx, client, incidentID, version)
	if err != nil {
		return nil, err
	}
	if inc.Status == enum.IncidentStatusResponding {
		return nil, apperr.Invalid("incidentID", "the incident is still RESPONDING: its review opens once the response is over")
	}
	return client.Incident.UpdateOneID(incidentID).
		SetStatus(enum.IncidentStatusReviewing).
		SetReviewMode(mode).
		SetNillableReviewDueAt(dueAt).
		Save(occ.Expect(ctx, incidentID, version))
}

// CloseReview ends an incident's review and moves it on to FOLLOWING_UP on
// its actions. The review must be open (REVIEWING).
func CloseReview(ctx context.Context, client *ent.Client, incidentID, version int) (*ent.Incident, error) {
	inc, err := current(ctx, client, incidentID, version)
	if err != nil {
		return nil, err
	}
	if inc.Status != enum.IncidentStatusReviewing {
		return nil, apperr.Invalid("incidentID", "the incident's review is not open (the incident is %s)", inc.Status)
	}
	return client.Incident.UpdateOneID(incidentID).
		SetStatus(enum.IncidentStatusFollowingUp).
		Save(occ.Expect(ctx, incidentID, version))
}

// current reads the incident as the viewer sees it and refuses a stale
// version before its status is judged: the caller decided on what they saw.
func current(ctx context.Context, client *ent.Client, incidentID, version int) (*ent.Incident, error) {
	inc, err := client.Incident.Get(ctx, incidentID)
	if err != nil {
		return nil, err
	}
	if inc.Version != version {
		return nil, occ.Conflict(incidentID, version, inc.Version)
	}
	return inc, nil
}
