package model

import "time"

// BoardChange is one change on an incident's board, as subscribers get it.
// The actor is resolved on demand (most clients only refetch the board).
type BoardChange struct {
	IncidentID int
	Kind       string
	EntityID   int
	Op         string
	ActorID    int
	At         time.Time
}
