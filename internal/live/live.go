// Package live tells open boards what changed. An ent hook publishes a
// realtime event for every change to an incident or anything on its board
// — after the transaction commits, so nobody hears of a change that was
// rolled back — and subscribers receive the events of one incident.
package live

import (
	"context"
	"log/slog"
	"time"

	entgo "entgo.io/ent"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/board"
	"github.com/debrief/debrief/internal/realtime"
	"github.com/debrief/debrief/internal/viewer"
)

// Publisher turns committed changes into realtime events.
type Publisher struct {
	Broker realtime.Broker
	Logger *slog.Logger
}

// Hook publishes board changes; register it with client.Use.
func (p Publisher) Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			// A delete returns a count: what it removed is read before.
			gone, _, err := board.BeforeDelete(ctx, m)
			if err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err != nil || !m.Op().Is(entgo.OpCreate|entgo.OpUpdateOne|entgo.OpDeleteOne) {
				return v, err
			}
			record := v
			if gone != nil {
				record = gone
			}
			events, err := p.eventsFor(ctx, m, record)
			if err != nil || len(events) == 0 {
				return v, err
			}
			publish := func() {
				for _, e := range events {
					if err := p.Broker.Publish(context.WithoutCancel(ctx), e); err != nil {
						p.Logger.WarnContext(ctx, "live: publish", "err", err, "incident_id", e.IncidentID)
					}
				}
			}
			if tx := ent.TxFromContext(ctx); tx != nil {
				tx.OnCommit(func(next ent.Committer) ent.Committer {
					return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
						err := next.Commit(ctx, tx)
						if err == nil {
							publish()
						}
						return err
					})
				})
			} else {
				publish()
			}
			return v, nil
		})
	}
}

// eventsFor names the incidents a change belongs to; changes to anything
// else (the directory, tokens) are not board changes.
func (p Publisher) eventsFor(ctx context.Context, m ent.Mutation, v ent.Value) ([]realtime.Event, error) {
	op := map[entgo.Op]string{entgo.OpCreate: "created", entgo.OpUpdateOne: "updated", entgo.OpDeleteOne: "deleted"}[m.Op()]
	incidents, ok, err := board.IncidentsOf(ctx, m, v)
	if err != nil || !ok {
		return nil, err
	}
	// ent records the new ID on the mutation once a create is saved.
	entityID, _ := m.(interface{ ID() (int, bool) }).ID()
	actor := 0
	if vw, ok := viewer.FromContext(ctx); ok {
		actor = vw.UserID
	}
	out := make([]realtime.Event, 0, len(incidents))
	for _, id := range incidents {
		out = append(out, realtime.Event{IncidentID: id, Kind: m.Type(), EntityID: entityID, Op: op, ActorID: actor, At: time.Now().UTC()})
	}
	return out, nil
}
