package reminder

import (
	"context"
	"slices"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/comment"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/question"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/viewer"
)

// The hooks below run outside the schema's own hooks (client.Use wraps
// them): once next.Mutate returns, the change — mentions resolved, author
// set — is saved in the transaction, and the notifications join it, so
// they are written exactly when the change commits.

// actor is who made a change: the signed-in viewer, or nobody (ID 0) for
// Debrief's own changes.
type actor struct {
	id   int
	name string
}

func actorOf(ctx context.Context) actor {
	v, ok := viewer.FromContext(ctx)
	if !ok {
		return actor{}
	}
	return actor{id: v.UserID, name: v.Name}
}

// phrase says "<actor> <active>", or passive when nobody in particular
// made the change.
func (a actor) phrase(active, passive string) string {
	if a.name == "" {
		return passive
	}
	return a.name + " " + active
}

// onComment tells the people a comment mentions — on an edit only those
// it did not mention before — except its author.
func onComment(ctx context.Context, next ent.Mutator, m *ent.CommentMutation) (ent.Value, error) {
	if _, set := m.Body(); !set {
		return next.Mutate(ctx, m) // mentions change only with the body
	}
	// Mentions are links between records the viewer need not see all of
	// (the people are the directory; the incident may be restricted): read
	// them on Debrief's account.
	sys := viewer.System(ctx)
	var before []int
	if id, ok := m.ID(); ok && m.Op().Is(ent.OpUpdateOne) {
		var err error
		if before, err = m.Client().Comment.Query().Where(comment.ID(id)).QueryMentions().IDs(sys); err != nil {
			return nil, err
		}
	}
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return v, err
	}
	c, ok := v.(*ent.Comment)
	if !ok {
		return v, nil
	}
	mentioned, err := m.Client().Comment.QueryMentions(c).IDs(sys)
	if err != nil {
		return nil, err
	}
	mentioned = slices.DeleteFunc(mentioned, func(id int) bool {
		return slices.Contains(before, id) || (c.CreatedByID != nil && id == *c.CreatedByID)
	})
	if len(mentioned) == 0 {
		return v, nil
	}
	inc, err := m.Client().Incident.Query().Where(incident.ID(c.IncidentID)).Select(incidentFields...).Only(sys)
	if err != nil {
		return nil, err
	}
	msg := actorOf(ctx).phrase("mentioned you on "+quote(inc.Title), "You were mentioned on "+quote(inc.Title))
	notes := make([]note, len(mentioned))
	for i, id := range mentioned {
		notes[i] = note{userID: id, kind: enum.NotificationMention, message: msg,
			incidentID: &inc.ID, subjectID: &c.ID, about: []*ent.Incident{inc}}
	}
	_, err = write(ctx, m.Client(), notes)
	return v, err
}

// onAction tells an action's new owner, unless they took it on themselves.
func onAction(ctx context.Context, next ent.Mutator, m *ent.ActionItemMutation) (ent.Value, error) {
	owner, set := m.OwnerID()
	if !set {
		return next.Mutate(ctx, m)
	}
	who := actorOf(ctx)
	kept, err := ownerKept(ctx, m, owner)
	if err != nil {
		return nil, err
	}
	if kept || owner == who.id {
		return next.Mutate(ctx, m)
	}
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return v, err
	}
	item, ok := v.(*ent.ActionItem)
	if !ok {
		return v, nil
	}
	// The action's incidents decide whether the owner may see it; read
	// them on Debrief's account, as the viewer may not see them all.
	incidents, err := m.Client().ActionItem.QueryIncidents(item).
		Select(incidentFields...).Order(incident.ByID()).All(viewer.System(ctx))
	if err != nil {
		return nil, err
	}
	what := "the action " + quote(item.Title)
	n := note{userID: owner, kind: enum.NotificationActionAssigned,
		message:  who.phrase("assigned you "+what, "You were assigned "+what),
		actionID: &item.ID, subjectID: &item.ID, about: incidents}
	if len(incidents) > 0 {
		n.incidentID = &incidents[0].ID
	}
	_, err = write(ctx, m.Client(), []note{n})
	return v, err
}

// onQuestion tells a question's new assignee, unless they took it on
// themselves.
func onQuestion(ctx context.Context, next ent.Mutator, m *ent.QuestionMutation) (ent.Value, error) {
	assignee, set := m.AssigneeID()
	if !set {
		return next.Mutate(ctx, m)
	}
	who := actorOf(ctx)
	kept, err := assigneeKept(ctx, m, assignee)
	if err != nil {
		return nil, err
	}
	if kept || assignee == who.id {
		return next.Mutate(ctx, m)
	}
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return v, err
	}
	q, ok := v.(*ent.Question)
	if !ok {
		return v, nil
	}
	// The incident may be restricted; whether the assignee sees it is
	// decided by write.
	inc, err := m.Client().Incident.Query().Where(incident.ID(q.IncidentID)).
		Select(incidentFields...).Only(viewer.System(ctx))
	if err != nil {
		return nil, err
	}
	what := "the question " + quote(q.Text) + " on " + quote(inc.Title)
	n := note{userID: assignee, kind: enum.NotificationQuestionAssigned,
		message:    who.phrase("assigned you "+what, "You were assigned "+what),
		incidentID: &inc.ID, subjectID: &q.ID, about: []*ent.Incident{inc}}
	_, err = write(ctx, m.Client(), []note{n})
	return v, err
}

// ownerKept reports whether an update sets the owner the action already
// has. The stored value is read (on Debrief's account: it is only
// compared, the access rules still decide the change) rather than
// m.OldOwnerID, which answers from the caller's copy when the update began
// from an entity.
func ownerKept(ctx context.Context, m *ent.ActionItemMutation, owner int) (bool, error) {
	id, ok := m.ID()
	if !ok || !m.Op().Is(ent.OpUpdateOne) {
		return false, nil
	}
	old, err := m.Client().ActionItem.Query().Where(actionitem.ID(id)).
		Select(actionitem.FieldOwnerID).Only(viewer.System(ctx))
	if ent.IsNotFound(err) {
		return false, nil // the update will say so
	}
	return err == nil && old.OwnerID != nil && *old.OwnerID == owner, err
}

// assigneeKept is ownerKept for a question's assignee.
func assigneeKept(ctx context.Context, m *ent.QuestionMutation, assignee int) (bool, error) {
	id, ok := m.ID()
	if !ok || !m.Op().Is(ent.OpUpdateOne) {
		return false, nil
	}
	old, err := m.Client().Question.Query().Where(question.ID(id)).
		Select(question.FieldAssigneeID).Only(viewer.System(ctx))
	if ent.IsNotFound(err) {
		return false, nil
	}
	return err == nil && old.AssigneeID != nil && *old.AssigneeID == assignee, err
}
