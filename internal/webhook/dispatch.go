package webhook

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/predicate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/webhookdelivery"
	"github.com/debrief/debrief/internal/viewer"
)

// batch is how many due deliveries one claim takes; they are sent at once.
const batch = 16

// Run sends due deliveries until ctx ends: whenever a change on this
// instance wrote some, and every PollEvery for those written elsewhere or
// waiting for their retry (a backlog left by a restart too: instances
// starting together need not all look at once).
func (d *Dispatcher) Run(ctx context.Context) {
	// The dispatcher is Debrief itself: it reads the webhooks' secrets and
	// writes their delivery log, which no viewer may.
	ctx = viewer.System(ctx)
	tick := time.NewTicker(d.opts.PollEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-d.wake:
		case <-tick.C:
		}
		d.sendDue(ctx)
	}
}

// sendDue sends batches of due deliveries until none is left.
func (d *Dispatcher) sendDue(ctx context.Context) {
	for ctx.Err() == nil {
		due, err := d.claim(ctx)
		if err != nil {
			if ctx.Err() == nil {
				d.logger.WarnContext(ctx, "webhook: claim due deliveries", "err", err)
			}
			return
		}
		if len(due) == 0 {
			return
		}
		var wg sync.WaitGroup
		for _, del := range due {
			wg.Go(func() { d.deliver(ctx, del) })
		}
		wg.Wait()
	}
}

// claim takes up to a batch of due deliveries for this instance by moving
// their next attempt a lease into the future, so that no other instance
// sends them meanwhile. On PostgreSQL the rows are selected FOR UPDATE
// SKIP LOCKED: instances claiming at the same moment take disjoint
// batches instead of waiting for each other. SQLite has one writer at a
// time (its transactions take the write lock up front), which serialises
// claims just as well.
func (d *Dispatcher) claim(ctx context.Context) ([]*ent.WebhookDelivery, error) {
	now := time.Now()
	due := []predicate.WebhookDelivery{webhookdelivery.StatusEQ(enum.DeliveryPending), webhookdelivery.NextAttemptAtLTE(now)}
	// Most polls find nothing: one statement says so, without a transaction.
	if found, err := d.client.WebhookDelivery.Query().Where(due...).Exist(ctx); err != nil || !found {
		return nil, err
	}
	tx, err := d.client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	ids, err := tx.WebhookDelivery.Query().
		Where(due...).
		Order(webhookdelivery.ByNextAttemptAt(), webhookdelivery.ByID()).
		Limit(batch).
		Select(webhookdelivery.FieldID).
		Modify(skipLocked).
		Ints(ctx)
	if err == nil && len(ids) > 0 {
		err = tx.WebhookDelivery.Update().
			Where(webhookdelivery.IDIn(ids...)).
			SetNextAttemptAt(now.Add(d.opts.lease())).
			Exec(ctx)
	}
	if err != nil {
		_ = tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}
	return d.client.WebhookDelivery.Query().
		Where(webhookdelivery.IDIn(ids...)).
		WithWebhook().
		All(ctx)
}

// skipLocked locks the selected rows, skipping those another instance has
// locked, where the database can (PostgreSQL).
func skipLocked(s *sql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate(sql.WithLockAction(sql.SkipLocked))
	}
}

// outcome is what one attempt came to.
type outcome struct {
	status int    // the HTTP status; 0 without a response
	err    string // why it failed, for the log; empty on success
}

func (o outcome) ok() bool { return o.err == "" }

// deliver makes one attempt at a claimed delivery and records it.
func (d *Dispatcher) deliver(ctx context.Context, del *ent.WebhookDelivery) {
	hook := del.Edges.Webhook
	if hook == nil || !hook.Active {
		// Switched off since the event: its receiver is not to be told
		// any more. An admin may switch it on and retry the delivery.
		d.observe(OutcomeSkipped)
		d.finish(ctx, del, d.client.WebhookDelivery.UpdateOneID(del.ID).
			SetStatus(enum.DeliveryFailed).
			SetLastError("the webhook is switched off"))
		return
	}
	out := d.send(ctx, hook, del)
	if ctx.Err() != nil && out.status == 0 {
		// Shutting down mid-attempt is not the receiver's failure: give
		// the delivery back so another instance sends it at once.
		d.finish(ctx, del, d.client.WebhookDelivery.UpdateOneID(del.ID).SetNextAttemptAt(time.Now()))
		return
	}
	switch { // as record decides
	case out.ok():
		d.observe(OutcomeDelivered)
	case del.Attempts+1 >= d.opts.MaxAttempts:
		d.observe(OutcomeGaveUp)
	default:
		d.observe(OutcomeFailedAttempt)
	}
	d.finish(ctx, del, d.record(del, out))
}

// Outcome is what became of a claimed delivery, as operators count it
// (Options.Observe).
type Outcome string

// Outcomes.
const (
	// OutcomeDelivered: the receiver answered 2xx.
	OutcomeDelivered Outcome = "delivered"
	// OutcomeFailedAttempt: the attempt failed; the delivery is retried
	// after a backoff.
	OutcomeFailedAttempt Outcome = "failed_attempt"
	// OutcomeGaveUp: the last allowed attempt failed; the delivery is
	// FAILED until an admin retries it.
	OutcomeGaveUp Outcome = "gave_up"
	// OutcomeSkipped: the webhook was switched off after the event; the
	// delivery is FAILED without an attempt.
	OutcomeSkipped Outcome = "skipped"
)

// observe reports an outcome to Options.Observe, if set. An attempt
// given back at shutdown is no outcome: another instance makes it.
func (d *Dispatcher) observe(o Outcome) {
	if d.opts.Observe != nil {
		d.opts.Observe(o)
	}
}

// send POSTs the delivery's payload, exactly as stored, signed now with
// the webhook's current secret.
func (d *Dispatcher) send(ctx context.Context, hook *ent.Webhook, del *ent.WebhookDelivery) outcome {
	ctx, cancel := context.WithTimeout(ctx, d.opts.Timeout)
	defer cancel()
	body := []byte(del.Payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, hook.URL, bytes.NewReader(body))
	if err != nil {
		return outcome{err: "the webhook's URL cannot be requested"}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set(HeaderEvent, string(del.Event))
	req.Header.Set(HeaderDelivery, strconv.Itoa(del.ID))
	req.Header.Set(HeaderSignature, Sign(hook.Secret, time.Now(), body))
	res, err := d.http.Do(req)
	if err != nil {
		return outcome{err: scrub(err)}
	}
	defer res.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(res.Body, 512))
	// Read a little more so the connection can be reused; no further.
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	if res.StatusCode >= 200 && res.StatusCode < 300 {
		return outcome{status: res.StatusCode}
	}
	msg := "HTTP " + strconv.Itoa(res.StatusCode)
	if res.StatusCode >= 300 && res.StatusCode < 400 {
		return outcome{status: res.StatusCode, err: msg + ": " + redirected(res)}
	}
	if s := strings.TrimSpace(strings.ToValidUTF8(string(snippet), "")); s != "" {
		msg += ": " + s
	}
	return outcome{status: res.StatusCode, err: msg}
}

// redirected says why a redirect failed the delivery, naming where it
// pointed only by scheme and host: its path may carry a token.
func redirected(res *http.Response) string {
	where := ""
	if loc, err := res.Location(); err == nil && loc.Host != "" {
		where = " to " + loc.Scheme + "://" + loc.Host
	}
	return "the receiver redirects" + where + "; Debrief does not follow redirects: point the webhook at the final URL"
}

// scrub says why a request failed without its URL, which may carry a
// token (chat services put theirs in the path).
func scrub(err error) string {
	var refused *refusedError
	if errors.As(err, &refused) {
		return "refused to connect: " + refused.Error()
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "no answer within the timeout"
	}
	return err.Error()
}

// record turns an attempt's outcome into the delivery's update: delivered,
// retried after a backoff, or failed for good after MaxAttempts.
func (d *Dispatcher) record(del *ent.WebhookDelivery, out outcome) *ent.WebhookDeliveryUpdateOne {
	now := time.Now()
	attempts := del.Attempts + 1
	u := d.client.WebhookDelivery.UpdateOneID(del.ID).SetAttempts(attempts).SetLastAttemptAt(now)
	if out.status != 0 {
		u.SetResponseStatus(out.status)
	} else {
		u.ClearResponseStatus()
	}
	switch {
	case out.ok():
		return u.SetStatus(enum.DeliveryDelivered).SetDeliveredAt(now).ClearLastError()
	case attempts >= d.opts.MaxAttempts:
		return u.SetStatus(enum.DeliveryFailed).SetLastError(clip(out.err, 1000))
	default:
		return u.SetStatus(enum.DeliveryPending).SetLastError(clip(out.err, 1000)).
			SetNextAttemptAt(now.Add(d.opts.backoff(attempts, rand.Float64())))
	}
}

// finish saves an attempt's record even while shutting down: the attempt
// happened, and forgetting it would send the delivery again.
func (d *Dispatcher) finish(ctx context.Context, del *ent.WebhookDelivery, u *ent.WebhookDeliveryUpdateOne) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	saved, err := u.Save(ctx)
	if err != nil {
		d.logger.WarnContext(ctx, "webhook: record delivery attempt", "webhook_id", del.WebhookID, "delivery_id", del.ID, "err", err)
		return
	}
	if saved.Status != enum.DeliveryDelivered && saved.Attempts > del.Attempts {
		status := 0 // no response
		if saved.ResponseStatus != nil {
			status = *saved.ResponseStatus
		}
		d.logger.WarnContext(ctx, "webhook: delivery attempt failed",
			"webhook_id", del.WebhookID, "delivery_id", del.ID, "event", del.Event,
			"attempt", saved.Attempts, "status", saved.Status, "response_status", status,
			"err", saved.LastError, "next_attempt_at", saved.NextAttemptAt)
	}
}

// backoff is the wait after the attempts-th failure: RetryBase doubled
// for every failure before it, at most RetryMax, less up to a tenth at
// random (jitter in [0,1)) so receivers coming back are not hit by every
// retry at once.
func (o Options) backoff(attempts int, jitter float64) time.Duration {
	wait := o.RetryBase
	for i := 1; i < attempts && wait < o.RetryMax; i++ {
		wait *= 2
	}
	wait = min(wait, o.RetryMax)
	return wait - time.Duration(jitter*float64(wait)/10)
}

// clip shortens s to at most n bytes, on a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
