package realtime

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/lib/pq"
)

// NotifyChannel is the PostgreSQL LISTEN/NOTIFY channel every instance uses.
const NotifyChannel = "debrief_board"

// MaxPayload is the largest NOTIFY payload Publish sends. PostgreSQL refuses
// payloads of 8000 bytes or more (default build); events are a few hundred
// bytes, so hitting this means a caller put something odd into Kind or Op.
const MaxPayload = 7999

// Application names set on the broker's connections (unless the URL already
// sets one), so operators — and tests — can tell them apart in
// pg_stat_activity.
const (
	ApplicationName         = "debrief-realtime"
	ListenerApplicationName = "debrief-realtime-listener"
)

// ErrPayloadTooLarge is returned by [Postgres.Publish] when the encoded event
// would not fit into a NOTIFY payload.
var ErrPayloadTooLarge = errors.New("realtime: event payload too large for NOTIFY")

const (
	minReconnect = 1 * time.Second
	maxReconnect = 30 * time.Second
	// pingInterval: with no traffic, a half-dead TCP connection would go
	// unnoticed (and notifications silently lost) until the OS gives up, so
	// the listener is pinged whenever it has been idle this long, as pq's
	// documentation recommends.
	pingInterval   = 30 * time.Second
	connectTimeout = 10 * time.Second
)

// Postgres is a [Broker] for several instances sharing one PostgreSQL
// database, built on LISTEN/NOTIFY.
//
// Publish only sends a NOTIFY; it does not deliver to this instance's
// subscribers directly. The instance's own notification comes back through
// LISTEN like every other instance's, so every instance sees events in the
// same (commit) order and a publish that fails reaches nobody rather than
// only the local half of the cluster.
//
// LISTEN/NOTIFY is fire-and-forget: notifications sent while the listener
// connection is down are lost (pq reconnects on its own, with back-off from
// 1 s to 30 s). That fits the package's at-most-once contract: once the
// listener is back, every local subscriber gets a [ResyncEvent] and its
// client refetches the board, as it does when its own subscription
// reconnects.
type Postgres struct {
	local    *Local // delivery to this instance's subscribers
	db       *sql.DB
	listener *pq.Listener
	logger   *slog.Logger

	closeOnce sync.Once
	closed    atomic.Bool
	stop      chan struct{} // closed by Close; stops run
	runDone   chan struct{} // closed when run returns
	pinging   atomic.Bool   // a ping is in flight
	pings     sync.WaitGroup
}

// NewPostgres connects to databaseURL (a lib/pq URL or key=value DSN): one
// database/sql pool for publishing and one dedicated pq.Listener connection
// LISTENing on [NotifyChannel]. It fails if either cannot be established
// within a few seconds. A nil logger means slog.Default().
func NewPostgres(databaseURL string, logger *slog.Logger) (*Postgres, error) {
	if logger == nil {
		logger = slog.Default()
	}
	logger = logger.With("component", "realtime")

	pubDSN, err := withApplicationName(databaseURL, ApplicationName)
	if err != nil {
		return nil, err
	}
	listenDSN, err := withApplicationName(databaseURL, ListenerApplicationName)
	if err != nil {
		return nil, err
	}

	db, err := sql.Open("postgres", pubDSN)
	if err != nil {
		return nil, fmt.Errorf("realtime: open database: %w", err)
	}
	// Publishing is one short statement; a couple of connections suffice.
	db.SetMaxIdleConns(2)
	ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("realtime: connect to database: %w", err)
	}

	p := &Postgres{
		local:   NewLocal(),
		db:      db,
		logger:  logger,
		stop:    make(chan struct{}),
		runDone: make(chan struct{}),
	}
	p.listener = pq.NewListener(listenDSN, minReconnect, maxReconnect, p.onListenerEvent)

	// Listen blocks until the listener is connected, retrying forever; bound
	// it. Closing the listener makes a pending Listen return.
	listenErr := make(chan error, 1)
	go func() { listenErr <- p.listener.Listen(NotifyChannel) }()
	select {
	case err = <-listenErr:
	case <-ctx.Done():
		_ = p.listener.Close()
		<-listenErr
		err = ctx.Err()
	}
	if err != nil {
		_ = p.listener.Close()
		go drain(p.listener.Notify)
		_ = db.Close()
		return nil, fmt.Errorf("realtime: LISTEN %s: %w", NotifyChannel, err)
	}

	go p.run()
	return p, nil
}

// Publish sends e to every instance (including this one) with
// pg_notify, on the broker's own connection and therefore outside any
// transaction of the caller: call it after your transaction commits. It
// returns [ErrPayloadTooLarge] for events that do not fit into a NOTIFY.
// A zero e.At is set to the current time, so all instances see the same At.
func (p *Postgres) Publish(ctx context.Context, e Event) error {
	if p.closed.Load() {
		return ErrClosed
	}
	if e.At.IsZero() {
		e.At = time.Now().UTC()
	}
	payload, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("realtime: encode event: %w", err)
	}
	if len(payload) > MaxPayload {
		return fmt.Errorf("%w: %d bytes", ErrPayloadTooLarge, len(payload))
	}
	if _, err := p.db.ExecContext(ctx, "SELECT pg_notify('"+NotifyChannel+"', $1)", string(payload)); err != nil {
		return fmt.Errorf("realtime: notify: %w", err)
	}
	return nil
}

// Subscribe registers a subscriber on this instance; see [Local.Subscribe].
func (p *Postgres) Subscribe(ctx context.Context, incidentID int) (<-chan Event, error) {
	return p.local.Subscribe(ctx, incidentID)
}

// Dropped reports how many events this instance dropped for slow
// subscribers; see [Local.Dropped].
func (p *Postgres) Dropped() uint64 { return p.local.Dropped() }

// Close stops listening, closes both database connections and closes every
// subscriber channel. Closing twice is harmless.
func (p *Postgres) Close() error {
	var err error
	p.closeOnce.Do(func() {
		p.closed.Store(true)
		close(p.stop)
		<-p.runDone
		if lerr := p.listener.Close(); lerr != nil {
			err = lerr
		}
		// pq closes Notify only once its own goroutine has wound down,
		// which can take up to maxReconnect while it backs off; until then
		// it may still try to send, so keep reading in the background
		// rather than make Close wait.
		go drain(p.listener.Notify)
		p.pings.Wait()
		if derr := p.db.Close(); derr != nil && err == nil {
			err = derr
		}
		_ = p.local.Close()
	})
	return err
}

// run reads the listener's notifications and hands them to the local hub.
func (p *Postgres) run() {
	defer close(p.runDone)
	idle := time.NewTimer(pingInterval)
	defer idle.Stop()
	for {
		select {
		case <-p.stop:
			return
		case n, ok := <-p.listener.Notify:
			if !ok {
				return
			}
			idle.Reset(pingInterval)
			if n == nil {
				// pq sends nil after re-establishing a lost connection.
				// Whatever was notified meanwhile is gone, and nobody can
				// tell what it was: every open board on this instance is
				// told to refetch. The clients' own connections may have
				// stayed up all along, so they would not know otherwise.
				p.logger.Info("realtime: listener connection re-established; notifications sent while it was down are lost, subscribers resync")
				_ = p.local.resyncAll() // ErrClosed only during Close
				continue
			}
			var e Event
			if err := json.Unmarshal([]byte(n.Extra), &e); err != nil {
				p.logger.Warn("realtime: dropping undecodable notification", "err", err, "payload", truncate(n.Extra, 200))
				continue
			}
			_ = p.local.deliver(e) // ErrClosed only during Close
		case <-idle.C:
			idle.Reset(pingInterval)
			p.ping()
		}
	}
}

// ping checks the listener connection in the background. It must not run in
// run's goroutine: Ping waits for the server's answer, which pq cannot read
// while its notification buffers are full because nobody drains Notify.
func (p *Postgres) ping() {
	if !p.pinging.CompareAndSwap(false, true) {
		return // previous ping still waiting
	}
	p.pings.Add(1)
	go func() {
		defer p.pings.Done()
		defer p.pinging.Store(false)
		if err := p.listener.Ping(); err != nil && !p.closed.Load() {
			// The listener reconnects by itself; the event callback logs it.
			p.logger.Debug("realtime: listener ping failed", "err", err)
		}
	}()
}

// onListenerEvent logs the listener's connection state changes. pq calls it
// from its dispatch goroutine, so it must stay cheap.
func (p *Postgres) onListenerEvent(ev pq.ListenerEventType, err error) {
	switch ev {
	case pq.ListenerEventConnected:
		p.logger.Debug("realtime: listener connected", "channel", NotifyChannel)
	case pq.ListenerEventDisconnected:
		p.logger.Warn("realtime: listener disconnected; reconnecting", "err", err)
	case pq.ListenerEventReconnected:
		p.logger.Info("realtime: listener reconnected")
	case pq.ListenerEventConnectionAttemptFailed:
		p.logger.Warn("realtime: listener connection attempt failed", "err", err)
	}
}

// withApplicationName adds application_name=name to a lib/pq connection
// string (URL or key=value form) unless it already sets one.
func withApplicationName(dsn, name string) (string, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return "", fmt.Errorf("realtime: parse database URL: %w", err)
		}
		q := u.Query()
		if q.Get("application_name") == "" {
			q.Set("application_name", name)
			u.RawQuery = q.Encode()
		}
		return u.String(), nil
	}
	if strings.Contains(dsn, "application_name=") {
		return dsn, nil
	}
	if strings.TrimSpace(dsn) == "" {
		return "application_name=" + name, nil
	}
	return dsn + " application_name=" + name, nil
}

func drain(ch <-chan *pq.Notification) {
	for range ch {
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
