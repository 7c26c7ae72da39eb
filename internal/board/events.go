package board

import (
	"context"
	"fmt"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/apperr"
)

// MaxEvents is the most timeline events one bulk call may add.
const MaxEvents = 500

// NewEvent is one event of a bulk timeline entry (GraphQL's NewTimelineEvent).
type NewEvent struct {
	OccurredAt  time.Time
	Kind        enum.EventKind
	Source      *enum.Channel
	SourceRef   *string
	ActorID     *int
	ActorName   *string
	Text        string
	EvidenceURL *string `json:"evidenceURL"`
	KeyMoment   *bool
}

// CreateEvents adds events to an incident's timeline in one batch: all of
// them or, if any is refused, none (the caller's transaction is rolled
// back). Each event goes through the same rules as one added on its own.
func CreateEvents(ctx context.Context, client *ent.Client, incidentID int, events []*NewEvent) ([]*ent.TimelineEvent, error) {
	if len(events) > MaxEvents {
		return nil, apperr.Limit("%d events in one call; at most %d are taken at once — send the rest in further calls", len(events), MaxEvents)
	}
	if len(events) == 0 {
		return []*ent.TimelineEvent{}, nil
	}
	builders := make([]*ent.TimelineEventCreate, 0, len(events))
	for i, e := range events {
		if err := validate(i, e); err != nil {
			return nil, err
		}
		builders = append(builders, client.TimelineEvent.Create().
			SetIncidentID(incidentID).
			SetOccurredAt(e.OccurredAt).
			SetKind(e.Kind).
			SetNillableSource(e.Source).
			SetNillableSourceRef(e.SourceRef).
			SetNillableActorID(e.ActorID).
			SetNillableActorName(e.ActorName).
			SetText(e.Text).
			SetNillableEvidenceURL(e.EvidenceURL).
			SetNillableKeyMoment(e.KeyMoment))
	}
	return client.TimelineEvent.CreateBulk(builders...).Save(ctx)
}

// validate checks one event with the data model's own validators, so that
// a refusal names the event at fault (events[3].text) — the model checks
// them again when they are saved.
func validate(i int, e *NewEvent) error {
	checks := []struct {
		field string
		value *string
		check func(string) error
	}{
		{"text", &e.Text, timelineevent.TextValidator},
		{"sourceRef", e.SourceRef, timelineevent.SourceRefValidator},
		{"actorName", e.ActorName, timelineevent.ActorNameValidator},
		{"evidenceURL", e.EvidenceURL, timelineevent.EvidenceURLValidator},
	}
	for _, c := range checks {
		if c.value == nil {
			continue
		}
		if err := c.check(*c.value); err != nil {
			field := fmt.Sprintf("events[%d].%s", i, c.field)
			return apperr.Invalid(field, "%s: %v", field, err)
		}
	}
	if err := timelineevent.KindValidator(e.Kind); err != nil {
		field := fmt.Sprintf("events[%d].kind", i)
		return apperr.Invalid(field, "%s: %v", field, err)
	}
	if e.Source != nil {
		if err := timelineevent.SourceValidator(*e.Source); err != nil {
			field := fmt.Sprintf("events[%d].source", i)
			return apperr.Invalid(field, "%s: %v", field, err)
		}
	}
	return nil
}
