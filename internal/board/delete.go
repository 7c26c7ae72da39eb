package board

import (
	"context"
	"strings"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/comment"
	"github.com/debrief/debrief/ent/statusupdate"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/occ"
	"github.com/debrief/debrief/internal/viewer"
)

// Deleting from the board: who may is the privacy policy's business
// (members their own, analysts and admins any); what may go is decided
// here. Each delete reads the record in the caller's context first, so a
// record the caller cannot see is NOT_FOUND, and a stale version is a
// CONFLICT before anything is written. The hooks keep the search index,
// the activity history and the live boards in step.

// DeleteTimelineEvent deletes a timeline event that was entered on the
// board, started from the given version. Events that mirror something else
// (a milestone, a status update) go with what they mirror.
func DeleteTimelineEvent(ctx context.Context, client *ent.Client, id, version int) (int, error) {
	ev, err := client.TimelineEvent.Get(ctx, id)
	if err != nil {
		return 0, err
	}
	if ev.Milestone != nil {
		return 0, apperr.Invalid("id", "this event mirrors the incident's milestone %q: clear or change that milestone on the incident (Edit, or Milestones) and its event follows",
			strings.ToLower(string(*ev.Milestone)))
	}
	mirrored, err := client.StatusUpdate.Query().Where(statusupdate.TimelineEventID(id)).Exist(ctx)
	if err != nil {
		return 0, err
	}
	if mirrored {
		return 0, apperr.Invalid("id", "this event mirrors a status update: correct the status update under Communication instead, and its event follows")
	}
	if ev.Version != version {
		return 0, occ.Conflict(id, version, ev.Version)
	}
	err = client.TimelineEvent.DeleteOneID(id).Exec(occ.Expect(ctx, id, version))
	return id, staleOr(err, id, version, func() (int, error) {
		e, err := client.TimelineEvent.Get(ctx, id)
		if err != nil {
			return 0, err
		}
		return e.Version, nil
	})
}

// DeleteComment deletes a comment started from the given version. A comment
// that has replies is kept: deleting the thread would take other people's
// words with it, and deleting it alone would leave answers to nothing. Its
// author can edit it instead (e.g. to say it was withdrawn).
func DeleteComment(ctx context.Context, client *ent.Client, id, version int) (int, error) {
	c, err := client.Comment.Get(ctx, id)
	if err != nil {
		return 0, err
	}
	// Replies are counted as the system would see them: one the caller may
	// not see still answers this comment.
	replies, err := client.Comment.Query().Where(comment.ParentID(id)).Exist(viewer.System(ctx))
	if err != nil {
		return 0, err
	}
	if replies {
		return 0, apperr.Invalid("id", "this comment has replies, and deleting it would leave them answering nothing: edit it instead (e.g. to say it was withdrawn), or delete the replies first")
	}
	if c.Version != version {
		return 0, occ.Conflict(id, version, c.Version)
	}
	err = client.Comment.DeleteOneID(id).Exec(occ.Expect(ctx, id, version))
	return id, staleOr(err, id, version, func() (int, error) {
		c, err := client.Comment.Get(ctx, id)
		if err != nil {
			return 0, err
		}
		return c.Version, nil
	})
}

// DeleteParticipant takes a person off an incident. Participants carry no
// version: there is nothing in them to merge.
func DeleteParticipant(ctx context.Context, client *ent.Client, id int) (int, error) {
	p, err := client.Participant.Get(ctx, id)
	if err != nil {
		return 0, err
	}
	return id, client.Participant.DeleteOne(p).Exec(ctx)
}

// staleOr turns a delete that found nothing to delete into a conflict when
// the record is still there (someone changed it since it was read), and
// returns any other outcome as it is.
func staleOr(err error, id, expected int, current func() (int, error)) error {
	if !ent.IsNotFound(err) {
		return err
	}
	now, cerr := current()
	if cerr != nil {
		return err
	}
	return occ.Conflict(id, expected, now)
}
