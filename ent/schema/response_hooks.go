package schema

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"entgo.io/ent"

	gen "github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/hook"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/viewer"
)

// Hooks of StatusUpdate: each update is mirrored on the incident's timeline
// as a COMMUNICATION event, created with it and kept in step with it.
func (StatusUpdate) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(refuseBulkStatusUpdates, ent.OpUpdate),
		hook.On(mirrorNewStatusUpdate, ent.OpCreate),
		hook.On(mirrorChangedStatusUpdate, ent.OpUpdateOne),
	}
}

// statusUpdateMirrored are the fields the timeline event is made from.
var statusUpdateMirrored = []string{"audience", "channel", "recipients", "body", "sent_at"}

// refuseBulkStatusUpdates keeps edits to what was said one update at a
// time, where the hook below can move its timeline event along.
func refuseBulkStatusUpdates(next ent.Mutator) ent.Mutator {
	return hook.StatusUpdateFunc(func(ctx context.Context, m *gen.StatusUpdateMutation) (ent.Value, error) {
		for _, f := range statusUpdateMirrored {
			if _, set := m.Field(f); set {
				return nil, errors.New("status updates can only be changed one at a time")
			}
		}
		return next.Mutate(ctx, m)
	})
}

// mirrorNewStatusUpdate creates the timeline event before the update
// itself, so that the update is written once, already linked to it (the
// privacy policy has run by now; in a transaction a failure undoes both).
func mirrorNewStatusUpdate(next ent.Mutator) ent.Mutator {
	return hook.StatusUpdateFunc(func(ctx context.Context, m *gen.StatusUpdateMutation) (ent.Value, error) {
		if syncing(ctx) {
			return next.Mutate(ctx, m)
		}
		if _, linked := m.TimelineEventID(); linked {
			return next.Mutate(ctx, m)
		}
		incidentID, _ := m.IncidentID()
		audience, _ := m.Audience()
		channel, _ := m.Channel()
		recipients, _ := m.Recipients()
		body, _ := m.Body()
		sentAt, _ := m.SentAt()
		ev, err := m.Client().TimelineEvent.Create().
			SetIncidentID(incidentID).
			SetOccurredAt(sentAt).
			SetKind(enum.EventKindCommunication).
			SetSource(channel).
			SetText(StatusUpdateText(audience, recipients, body)).
			SetKeyMoment(false).
			Save(mirrorContext(ctx))
		if err != nil {
			return nil, err
		}
		m.SetTimelineEventID(ev.ID)
		return next.Mutate(ctx, m)
	})
}

// mirrorChangedStatusUpdate moves and rewrites the timeline event when the
// update it mirrors is corrected (and recreates it if someone deleted it).
func mirrorChangedStatusUpdate(next ent.Mutator) ent.Mutator {
	return hook.StatusUpdateFunc(func(ctx context.Context, m *gen.StatusUpdateMutation) (ent.Value, error) {
		changed := false
		for _, f := range statusUpdateMirrored {
			if _, set := m.Field(f); set {
				changed = true
			}
		}
		v, err := next.Mutate(ctx, m)
		if err != nil || !changed || syncing(ctx) {
			return v, err
		}
		su := v.(*gen.StatusUpdate)
		text := StatusUpdateText(su.Audience, su.Recipients, su.Body)
		sys := mirrorContext(ctx)
		client := m.Client()
		if su.TimelineEventID != nil {
			err := client.TimelineEvent.UpdateOneID(*su.TimelineEventID).
				SetOccurredAt(su.SentAt).SetSource(su.Channel).SetText(text).
				Exec(sys)
			if !gen.IsNotFound(err) {
				return v, err
			}
		}
		ev, err := client.TimelineEvent.Create().
			SetIncidentID(su.IncidentID).
			SetOccurredAt(su.SentAt).
			SetKind(enum.EventKindCommunication).
			SetSource(su.Channel).
			SetText(text).
			SetKeyMoment(false).
			Save(sys)
		if err != nil {
			return nil, err
		}
		return client.StatusUpdate.UpdateOne(su).SetTimelineEventID(ev.ID).Save(sys)
	})
}

// mirrorContext is the context the mirror is written in: as the system
// (whoever may log a status update may have its timeline event follow,
// whatever the rules for editing events by hand), marked as a sync so that
// the hooks do not call each other in a loop.
func mirrorContext(ctx context.Context) context.Context {
	return viewer.System(context.WithValue(ctx, syncKey{}, true))
}

// statusEventMax is the timeline event's text limit.
const statusEventMax = 10000

// StatusUpdateText is the timeline's sentence for a status update, cut to
// fit a timeline event.
func StatusUpdateText(audience enum.CommsAudience, recipients, body string) string {
	s := "Status update to " + recipients + " (" + strings.ToLower(string(audience)) + "): " + body
	if len(s) <= statusEventMax {
		return s
	}
	const ellipsis = "…"
	cut := statusEventMax - len(ellipsis)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + ellipsis
}

// Hooks of ChecklistItem.
func (ChecklistItem) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(recordTickOff, ent.OpCreate|ent.OpUpdateOne)}
}

// recordTickOff records who ticked a step off: the viewer, unless the
// writer names someone (an import, the demo). Undoing forgets who it was.
// It runs after the privacy policy, which lets any writer tick any step
// but not name someone else as its doer.
func recordTickOff(next ent.Mutator) ent.Mutator {
	return hook.ChecklistItemFunc(func(ctx context.Context, m *gen.ChecklistItemMutation) (ent.Value, error) {
		if m.DoneAtCleared() {
			m.ClearDoneBy()
			return next.Mutate(ctx, m)
		}
		if _, done := m.DoneAt(); done {
			if _, named := m.DoneByID(); !named {
				if v, ok := viewer.FromContext(ctx); ok {
					m.SetDoneByID(v.UserID)
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}
