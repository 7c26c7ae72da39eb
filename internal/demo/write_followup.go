package demo

import (
	"fmt"

	"github.com/debrief/debrief/ent"
)

// writeActions creates the action items. The lifecycle hook stamps a
// closed action's completion with the time of writing, so closed actions
// get their planned completion time back in a second update that leaves
// the status alone (and so is left alone by the hook).
func (w *writer) writeActions(actions []*plannedAction) error {
	builders := make([]*ent.ActionItemCreate, len(actions))
	for i, a := range actions {
		b := w.db.ActionItem.Create().
			SetTitle(a.spec.title).SetTeamID(w.teams[a.spec.team]).
			SetPriority(a.spec.priority).SetSize(a.spec.size).SetStatus(a.outcome.status()).
			SetNillableOwnerID(w.userID(a.owner)).SetNillableDueAt(a.dueAt).
			SetNillableCreatedByID(w.userID(a.origin.facilitator)).
			SetCreatedAt(a.createdAt).SetUpdatedAt(a.updatedAt)
		if d := a.description(); d != "" {
			b.SetDescription(d)
		}
		if a.statusReason != "" {
			b.SetStatusReason(a.statusReason)
		}
		if a.trackerURL != "" {
			b.SetTrackerURL(a.trackerURL)
		}
		if a.insight != nil {
			b.SetInsightID(a.insight.id)
		}
		for _, inc := range a.incidents {
			b.AddIncidentIDs(inc.id)
		}
		builders[i] = b
	}
	created, err := saveInChunks(builders, func(b ...*ent.ActionItemCreate) ([]*ent.ActionItem, error) {
		return w.db.ActionItem.CreateBulk(b...).Save(w.ctx)
	})
	if err != nil {
		return err
	}
	for i, a := range actions {
		a.id = created[i].ID
		if a.completedAt != nil {
			err := w.db.ActionItem.UpdateOneID(a.id).SetCompletedAt(*a.completedAt).SetUpdatedAt(*a.completedAt).Exec(w.ctx)
			if err != nil {
				return err
			}
		}
	}
	w.summary.ActionItems = len(created)
	return nil
}

// writeComments creates the comments that start threads, then the replies
// to them, which need their parents' IDs.
func (w *writer) writeComments(incidents []*plannedIncident) error {
	for _, replies := range []bool{false, true} {
		var builders []*ent.CommentCreate
		var planned []*plannedComment
		for _, inc := range incidents {
			for i := range inc.comments {
				c := &inc.comments[i]
				if (c.parent >= 0) != replies {
					continue
				}
				b := w.db.Comment.Create().
					SetIncidentID(inc.id).SetBody(c.body).
					SetCreatedByID(w.users[c.author]).SetCreatedAt(c.at).SetUpdatedAt(c.at)
				if err := setCommentTarget(b, inc, c); err != nil {
					return err
				}
				if replies {
					b.SetParentID(inc.comments[c.parent].id)
				}
				builders = append(builders, b)
				planned = append(planned, c)
			}
		}
		created, err := saveInChunks(builders, func(b ...*ent.CommentCreate) ([]*ent.Comment, error) {
			return w.db.Comment.CreateBulk(b...).Save(w.ctx)
		})
		if err != nil {
			return err
		}
		for i, c := range planned {
			c.id = created[i].ID
		}
		w.summary.Comments += len(created)
	}
	return nil
}

// setCommentTarget attaches a comment to the board item it discusses;
// comments on the incident itself have no item.
func setCommentTarget(b *ent.CommentCreate, inc *plannedIncident, c *plannedComment) error {
	switch c.target {
	case onIncident:
	case onPerspective:
		b.SetPerspectiveID(inc.perspectives[c.index].id)
	case onEvent:
		b.SetTimelineEventID(inc.events[c.index].id)
	case onQuestion:
		b.SetQuestionID(inc.questions[c.index].id)
	case onInsight:
		b.SetInsightID(inc.insights[c.index].id)
	case onAction:
		b.SetActionItemID(inc.actions[c.index].id)
	default:
		return fmt.Errorf("comment on incident %d has an unknown target %d", inc.number, c.target)
	}
	return nil
}
