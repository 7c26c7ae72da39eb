// Package webhook delivers Debrief's outgoing webhooks. An ent hook writes
// a WebhookDelivery for every subscribed webhook in the transaction of the
// change it reports (an incident or action item created or changed, a
// notification written), so no event is lost and none is announced for a
// change that rolled back. The Dispatcher then POSTs each delivery, signed
// with the webhook's secret, and retries failures with exponential backoff;
// several instances share the work without sending a delivery twice at
// once.
//
// Nothing about webhooks is cached: they are edited on other instances, so
// the hook reads the active ones in each change's transaction and the
// dispatcher reads URL and secret when it sends.
package webhook

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
)

// Options shape delivery and retries.
type Options struct {
	// MaxAttempts is how often a delivery is tried before it is FAILED.
	MaxAttempts int
	// RetryBase is the wait after the first failure; it doubles with every
	// further failure, up to RetryMax.
	RetryBase time.Duration
	RetryMax  time.Duration
	// Timeout bounds one attempt.
	Timeout time.Duration
	// PollEvery is how often due deliveries are looked for.
	PollEvery time.Duration
	// AllowPrivateNetworks lifts the guard against webhooks into private
	// networks (loopback, RFC 1918, link-local, …; see guard.go), for
	// receivers on-premises.
	AllowPrivateNetworks bool
	// PublicURL is where browsers reach Debrief; payloads link into it.
	// Empty, they carry no links.
	PublicURL string
	// Observe, if set, is told the outcome of every claimed delivery (for
	// metrics).
	Observe func(Outcome)
}

// withDefaults fills in what the configuration left zero, so that a
// dispatcher built without configuration (tools, tests) still behaves.
func (o Options) withDefaults() Options {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 12
	}
	def(&o.RetryBase, 10*time.Second)
	def(&o.RetryMax, time.Hour)
	def(&o.Timeout, 10*time.Second)
	def(&o.PollEvery, 5*time.Second)
	o.PublicURL = strings.TrimSuffix(o.PublicURL, "/")
	return o
}

// lease is how long a claimed delivery stays invisible to the other
// instances: one attempt plus ample time to record its outcome. An
// instance that dies mid-send leaves the delivery to be retried after it.
func (o Options) lease() time.Duration { return o.Timeout + time.Minute }

// Dispatcher enqueues and sends webhook deliveries.
type Dispatcher struct {
	client *ent.Client
	opts   Options
	logger *slog.Logger
	http   *http.Client
	// wake tells Run that a delivery became due on this instance; it holds
	// at most one signal, which is all Run needs to look again.
	wake chan struct{}
}

// New returns a dispatcher over client.
func New(client *ent.Client, opts Options, logger *slog.Logger) *Dispatcher {
	opts = opts.withDefaults()
	return &Dispatcher{
		client: client,
		opts:   opts,
		logger: logger,
		http:   newHTTPClient(opts),
		wake:   make(chan struct{}, 1),
	}
}

// poke wakes Run without ever blocking the caller.
func (d *Dispatcher) poke() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// pokeAfterCommit wakes Run once the change in ctx's transaction is
// committed (at once without one): before that, the deliveries it wrote
// are invisible to the dispatcher.
func (d *Dispatcher) pokeAfterCommit(ctx context.Context) {
	tx := ent.TxFromContext(ctx)
	if tx == nil {
		d.poke()
		return
	}
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			err := next.Commit(ctx, tx)
			if err == nil {
				d.poke()
			}
			return err
		})
	})
}
