// Package realtime fans out "something on this incident's board changed"
// events to every interested subscriber, on every Debrief instance.
//
// # Delivery guarantees
//
// Delivery is at-most-once and best effort. An event can be lost when a
// subscriber is too slow (its buffer is full), when the PostgreSQL listener
// connection is down, or when an instance restarts. That is acceptable
// because events carry no state of their own: they only tell a client which
// entity to refetch, and clients refetch the whole board whenever their
// subscription (re)connects, or when the broker itself may have missed
// events (an event with Op [OpResync]). Nothing must ever depend on an event
// arriving.
//
// Two implementations exist:
//
//   - [Local] is an in-process hub, for a single instance (SQLite) and tests.
//   - [Postgres] uses LISTEN/NOTIFY so that instances sharing one PostgreSQL
//     database all see each other's events.
//
// # Publishing after commit
//
// Callers must publish only after the transaction that made the change has
// committed. Otherwise a subscriber may refetch before the change is visible
// (or after it was rolled back). [Postgres.Publish] sends its NOTIFY on its
// own connection, outside the caller's transaction, so it is delivered as
// soon as Publish returns, whether or not the caller's transaction commits.
// The caller's request context may already be cancelled by the time the
// commit is done; use [context.WithoutCancel] (perhaps with a short timeout)
// if the event must still go out.
package realtime

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// Event says that something on an incident's board changed. It deliberately
// carries identifiers only, never content: subscribers refetch what they
// need, so authorisation stays in the normal read path and payloads stay
// far below PostgreSQL's NOTIFY limit.
type Event struct {
	IncidentID int       `json:"incidentId"`
	Kind       string    `json:"kind"` // e.g. "TimelineEvent", "Perspective", "Comment", "Incident"
	EntityID   int       `json:"entityId"`
	Op         string    `json:"op"` // "created", "updated", "deleted", "resync"
	ActorID    int       `json:"actorId,omitempty"`
	At         time.Time `json:"at"`
}

// Operations carried in Event.Op.
const (
	OpCreated = "created"
	OpUpdated = "updated"
	OpDeleted = "deleted"
	// OpResync says "events may have been lost: refetch the whole board".
	// A broker sends it to its own subscribers (it never goes through
	// NOTIFY) after it may have missed events, e.g. when its PostgreSQL
	// listener reconnected. Such an event names the incident itself: Kind
	// [KindIncident], EntityID the incident's ID.
	OpResync = "resync"
)

// KindIncident is the Kind of events about the incident itself.
const KindIncident = "Incident"

// ResyncEvent is the event that tells subscribers of incidentID to refetch
// its whole board; see [OpResync].
func ResyncEvent(incidentID int, at time.Time) Event {
	return Event{IncidentID: incidentID, Kind: KindIncident, EntityID: incidentID, Op: OpResync, At: at}
}

// Broker delivers board events to subscribers.
type Broker interface {
	// Publish delivers e to every subscriber of e.IncidentID on every
	// instance. It must not block on slow subscribers. A zero e.At is set to
	// the current time.
	Publish(ctx context.Context, e Event) error
	// Subscribe returns a channel of events for one incident, closed when ctx
	// ends (or the broker is closed). Slow subscribers lose events rather
	// than blocking others; see [SubscriberBuffer].
	Subscribe(ctx context.Context, incidentID int) (<-chan Event, error)
	// Close releases the broker's resources and closes every subscriber
	// channel.
	Close() error
}

// SubscriberBuffer is the capacity of each subscriber channel. When a
// subscriber falls this far behind, further events for it are dropped (and
// counted, see [Local.Dropped]) instead of blocking the publisher and every
// other subscriber. Dropping is safe because clients refetch on reconnect and
// events only say "refetch this".
const SubscriberBuffer = 64

// ErrClosed is returned by Publish and Subscribe after Close.
var ErrClosed = errors.New("realtime: broker closed")

var (
	_ Broker = (*Local)(nil)
	_ Broker = (*Postgres)(nil)
)

// Local is an in-process hub: a mutex-protected map from incident ID to the
// set of subscriber channels. Publish fans out with non-blocking sends, so a
// subscriber that does not read never slows down anyone else.
//
// The zero value is not usable; call [NewLocal].
type Local struct {
	mu     sync.Mutex
	subs   map[int]map[chan Event]struct{}
	closed bool
	done   chan struct{} // closed by Close; ends the per-subscription goroutines

	dropped atomic.Uint64
}

// NewLocal returns an empty in-process hub.
func NewLocal() *Local {
	return &Local{
		subs: make(map[int]map[chan Event]struct{}),
		done: make(chan struct{}),
	}
}

// Publish delivers e to this process's subscribers of e.IncidentID. It never
// blocks on subscribers: a full subscriber channel loses the event.
func (l *Local) Publish(ctx context.Context, e Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if e.At.IsZero() {
		e.At = time.Now().UTC()
	}
	return l.deliver(e)
}

// deliver hands e to every local subscriber of its incident. Sends happen
// under the lock so that a channel can never be closed (by unsubscribe or
// Close) while a send to it is in progress; they are non-blocking, so the
// lock is held only briefly.
func (l *Local) deliver(e Event) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return ErrClosed
	}
	for ch := range l.subs[e.IncidentID] {
		select {
		case ch <- e:
		default:
			l.dropped.Add(1)
		}
	}
	return nil
}

// resyncAll sends every subscriber, of every incident, a [ResyncEvent] for
// its incident. Like deliver it never blocks: a subscriber whose buffer is
// full loses it, but such a subscriber is being dropped events anyway and
// its client resyncs when its own connection recovers.
func (l *Local) resyncAll() error {
	at := time.Now().UTC()
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return ErrClosed
	}
	for id, set := range l.subs {
		e := ResyncEvent(id, at)
		for ch := range set {
			select {
			case ch <- e:
			default:
				l.dropped.Add(1)
			}
		}
	}
	return nil
}

// Subscribe registers a subscriber for incidentID. The returned channel has
// capacity [SubscriberBuffer] and is closed when ctx ends or the hub is
// closed. It returns ctx.Err() if ctx has already ended.
func (l *Local) Subscribe(ctx context.Context, incidentID int) (<-chan Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ch := make(chan Event, SubscriberBuffer)

	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil, ErrClosed
	}
	set := l.subs[incidentID]
	if set == nil {
		set = make(map[chan Event]struct{})
		l.subs[incidentID] = set
	}
	set[ch] = struct{}{}
	l.mu.Unlock()

	go func() {
		select {
		case <-ctx.Done():
		case <-l.done:
			return // Close has closed ch already.
		}
		l.unsubscribe(incidentID, ch)
	}()
	return ch, nil
}

func (l *Local) unsubscribe(incidentID int, ch chan Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	set := l.subs[incidentID]
	if _, ok := set[ch]; !ok {
		return // already closed by Close
	}
	delete(set, ch)
	if len(set) == 0 {
		delete(l.subs, incidentID)
	}
	close(ch)
}

// Dropped reports how many events were dropped, over the hub's lifetime,
// because a subscriber's buffer was full. A steadily growing number means
// some subscriber stopped reading without cancelling its context.
func (l *Local) Dropped() uint64 { return l.dropped.Load() }

// Close closes every subscriber channel; later Publish and Subscribe calls
// return [ErrClosed]. Closing twice is harmless.
func (l *Local) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	close(l.done)
	for id, set := range l.subs {
		for ch := range set {
			close(ch)
		}
		delete(l.subs, id)
	}
	return nil
}
