package webhook

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	entgo "entgo.io/ent"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/webhook"
	"github.com/debrief/debrief/internal/viewer"
)

// Hook writes deliveries for the changes webhooks subscribe to; register
// it with client.Use.
func (d *Dispatcher) Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			switch m.Type() {
			case ent.TypeWebhookDelivery:
				return d.watchDue(ctx, m, next)
			case ent.TypeWebhook:
				return d.checkTarget(ctx, m, next)
			}
			event, ok := eventOf(m)
			if !ok {
				return next.Mutate(ctx, m)
			}
			return d.report(ctx, m, next, event)
		})
	}
}

// eventOf names the webhook event a change is, if any. Bulk updates are
// not reported: nothing in Debrief changes incidents or actions that way.
func eventOf(m ent.Mutation) (enum.WebhookEvent, bool) {
	created, updated := m.Op().Is(entgo.OpCreate), m.Op().Is(entgo.OpUpdateOne)
	switch {
	case m.Type() == ent.TypeIncident && created:
		return enum.WebhookIncidentCreated, true
	case m.Type() == ent.TypeIncident && updated:
		return enum.WebhookIncidentUpdated, true
	case m.Type() == ent.TypeActionItem && created:
		return enum.WebhookActionItemCreated, true
	case m.Type() == ent.TypeActionItem && updated:
		return enum.WebhookActionItemUpdated, true
	case m.Type() == ent.TypeNotification && created:
		return enum.WebhookReminder, true
	}
	return "", false
}

// clientOf is what every typed mutation offers: its own client, bound to
// its transaction.
type clientOf interface{ Client() *ent.Client }

// report runs the change m and writes a delivery of event for every
// active webhook subscribed to it, through m's own client: in the change's
// transaction, so they commit or roll back with it.
func (d *Dispatcher) report(ctx context.Context, m ent.Mutation, next ent.Mutator, event enum.WebhookEvent) (ent.Value, error) {
	mc, ok := m.(clientOf)
	if !ok {
		return next.Mutate(ctx, m)
	}
	client := mc.Client()
	// Debrief itself reads the webhooks and writes their deliveries: the
	// person whose change is reported may see neither.
	sys := viewer.System(ctx)
	targets, err := subscribers(sys, client, event)
	if err != nil {
		return nil, fmt.Errorf("webhook: %w", err)
	}
	if len(targets) == 0 {
		return next.Mutate(ctx, m)
	}
	var old map[string]any
	if m.Op().Is(entgo.OpUpdateOne) {
		// Read before the change runs: afterwards the record is the new one.
		if old, err = oldValues(sys, m); err != nil {
			return nil, err
		}
	}
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return v, err
	}
	var changed []string
	if m.Op().Is(entgo.OpUpdateOne) {
		if changed = changedFields(m, old); len(changed) == 0 {
			return v, nil // saved without changing anything
		}
	}
	body, err := payload(ctx, sys, client, links(d.opts.PublicURL), event, v, changed)
	if err != nil {
		return nil, fmt.Errorf("webhook: %w", err)
	}
	builders := make([]*ent.WebhookDeliveryCreate, 0, len(targets))
	for _, id := range targets {
		builders = append(builders, client.WebhookDelivery.Create().
			SetWebhookID(id).SetEvent(event).SetPayload(string(body)))
	}
	if err := client.WebhookDelivery.CreateBulk(builders...).Exec(sys); err != nil {
		return nil, fmt.Errorf("webhook: %w", err)
	}
	d.pokeAfterCommit(ctx)
	return v, nil
}

// subscribers returns the IDs of the active webhooks told of event. It is
// read for every change, never cached: webhooks are edited on any instance.
func subscribers(ctx context.Context, client *ent.Client, event enum.WebhookEvent) ([]int, error) {
	hooks, err := client.Webhook.Query().
		Where(webhook.Active(true)).
		Select(webhook.FieldID, webhook.FieldEvents).
		All(ctx)
	if err != nil {
		return nil, err
	}
	var ids []int
	for _, h := range hooks {
		if slices.Contains(h.Events, event) {
			ids = append(ids, h.ID)
		}
	}
	return ids, nil
}

// checkTarget refuses to save a webhook whose URL is not an http(s) URL
// or, unless private networks are allowed, points into one (CheckURL).
// The dispatcher checks every connection again when it delivers; this
// check gives the admin a clear answer at once.
func (d *Dispatcher) checkTarget(ctx context.Context, m ent.Mutation, next ent.Mutator) (ent.Value, error) {
	wm, ok := m.(*ent.WebhookMutation)
	if !ok {
		return next.Mutate(ctx, m)
	}
	raw, set := wm.URL()
	if !set {
		return next.Mutate(ctx, m)
	}
	// Hooks added with client.Use run before the schema's own, privacy
	// among them: ask it first, so that who may not change webhooks is
	// refused as such and learns nothing about where names resolve.
	if err := webhook.Policy.EvalMutation(ctx, m); err != nil {
		return nil, err
	}
	if err := CheckURL(ctx, raw, d.opts.AllowPrivateNetworks); err != nil {
		return nil, err
	}
	return next.Mutate(ctx, m)
}

// watchDue runs a change to a delivery and wakes the dispatcher when it
// makes one due now (an admin's retry), once that is committed.
func (d *Dispatcher) watchDue(ctx context.Context, m ent.Mutation, next ent.Mutator) (ent.Value, error) {
	v, err := next.Mutate(ctx, m)
	if err != nil || !m.Op().Is(entgo.OpUpdateOne) {
		return v, err
	}
	if dm, ok := m.(*ent.WebhookDeliveryMutation); ok {
		if at, set := dm.NextAttemptAt(); set && !at.After(time.Now()) {
			d.pokeAfterCommit(ctx)
		}
	}
	return v, nil
}

// unreported are bookkeeping fields no receiver needs told of.
var unreported = []string{"created_at", "updated_at", "version", "created_by_id"}

// columns of the types whose updates are reported, to tell edges that are
// stored as a field of their own (owner → owner_id) from the rest.
var columns = map[string][]string{
	ent.TypeIncident:   incident.Columns,
	ent.TypeActionItem: actionitem.Columns,
}

// oldValues returns the record's values before an update (one query).
// All of them: the schema's own hooks run after this one and may change
// more fields than the caller set (closing an action stamps completed_at).
func oldValues(ctx context.Context, m ent.Mutation) (map[string]any, error) {
	old := map[string]any{}
	for _, c := range columns[m.Type()] {
		v, err := m.OldField(ctx, c)
		if err != nil {
			if strings.HasPrefix(err.Error(), "unknown ") {
				continue // the ID, or a foreign key without a field
			}
			return nil, fmt.Errorf("webhook: old %s: %w", c, err)
		}
		old[c] = v
	}
	return old, nil
}

// changedFields names, as the GraphQL API does, the fields an update
// really changed and the links it added or removed, sorted.
func changedFields(m ent.Mutation, old map[string]any) []string {
	var out []string
	for _, f := range append(m.Fields(), m.ClearedFields()...) {
		if slices.Contains(unreported, f) {
			continue
		}
		var now any
		if !m.FieldCleared(f) {
			now, _ = m.Field(f)
		}
		if !same(old[f], now) {
			out = append(out, apiName(f))
		}
	}
	for _, e := range append(append(m.AddedEdges(), m.RemovedEdges()...), m.ClearedEdges()...) {
		if slices.Contains(columns[m.Type()], e+"_id") {
			continue // reported as its field
		}
		out = append(out, apiName(e))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// same compares a field's old and new value: pointers by what they point
// to, instants by time, and an empty list like none.
func same(a, b any) bool {
	a, b = deref(a), deref(b)
	if ta, ok := a.(time.Time); ok {
		tb, ok := b.(time.Time)
		return ok && ta.Equal(tb)
	}
	return reflect.DeepEqual(a, b)
}

// emptiable kinds are "not set" when empty, as an optional text is.
var emptiable = []reflect.Kind{reflect.String, reflect.Slice, reflect.Map}

func deref(v any) any {
	rv := reflect.ValueOf(v)
	for rv.IsValid() && rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	if !rv.IsValid() || (slices.Contains(emptiable, rv.Kind()) && rv.Len() == 0) {
		return nil
	}
	return rv.Interface()
}

// apiName turns a column or edge name into the GraphQL API's:
// tracker_url → trackerURL, owner_id → ownerID, due_at → dueAt.
func apiName(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts[1:] {
		switch p {
		case "":
		case "id", "url":
			parts[i+1] = strings.ToUpper(p)
		default:
			parts[i+1] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}
