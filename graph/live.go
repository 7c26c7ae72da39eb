package graph

import (
	"context"

	"github.com/debrief/debrief/graph/model"
	"github.com/debrief/debrief/internal/realtime"
)

// boardChanges turns a subscription's realtime events into GraphQL values
// until the subscriber goes away.
func boardChanges(ctx context.Context, events <-chan realtime.Event) <-chan *model.BoardChange {
	out := make(chan *model.BoardChange, 1)
	go func() {
		defer close(out)
		for e := range events {
			change := &model.BoardChange{
				IncidentID: e.IncidentID, Kind: e.Kind, EntityID: e.EntityID,
				Op: e.Op, ActorID: e.ActorID, At: e.At,
			}
			select {
			case out <- change:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}
