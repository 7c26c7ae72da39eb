package search

import (
	"context"
	"fmt"
	"slices"

	entgo "entgo.io/ent"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/viewer"
)

// indexed says, per ent type, the kind of its documents and the fields and
// edges their text (or incident) comes from: other changes leave the index
// alone.
var indexed = map[string]struct {
	kind   Kind
	fields []string
}{
	ent.TypeIncident:      {KindIncident, []string{incident.FieldTitle, incident.FieldSummary, incident.FieldCustomerImpact}},
	ent.TypeTimelineEvent: {KindTimelineEvent, []string{timelineevent.FieldText}},
	ent.TypePerspective: {KindPerspective, []string{perspective.FieldWhatTheySaw, perspective.FieldSurprises,
		perspective.FieldWhatHelped, perspective.FieldWhatHurt, perspective.FieldImpactObserved}},
	ent.TypeInsight: {KindInsight, []string{insight.FieldStatement, insight.FieldDetail}},
	ent.TypeActionItem: {KindActionItem, []string{actionitem.FieldTitle, actionitem.FieldDescription, actionitem.FieldRationale,
		actionitem.FieldExpectedEffect, actionitem.FieldVerification, actionitem.FieldInterimMitigation, actionitem.EdgeIncidents}},
}

// Hook keeps search documents in step with the records they index. It
// writes through the mutation's own client, so inside a transaction the
// documents commit or roll back with the change. dialectName is the
// database's (store.DB.Dialect).
func Hook(dialectName string) entgo.Hook {
	return func(next entgo.Mutator) entgo.Mutator {
		return entgo.MutateFunc(func(ctx context.Context, m entgo.Mutation) (entgo.Value, error) {
			what, ok := indexed[m.Type()]
			if !ok || !touches(m, what.fields) {
				return next.Mutate(ctx, m)
			}
			c, ok := m.(interface{ Client() *ent.Client })
			if !ok {
				return nil, fmt.Errorf("search: %T has no client", m)
			}
			// The index is Debrief's own (SystemOnly): it covers every
			// record, whoever changes it, and search applies the access
			// rules when it reads.
			sys := viewer.System(ctx)
			var ids []int
			if !m.Op().Is(entgo.OpCreate) {
				// Read before the change: a delete leaves nothing to ask.
				idm, ok := m.(interface {
					IDs(context.Context) ([]int, error)
				})
				if !ok {
					return nil, fmt.Errorf("search: %T has no IDs", m)
				}
				var err error
				if ids, err = idm.IDs(sys); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			if m.Op().Is(entgo.OpCreate) {
				id, ok := m.(interface{ ID() (int, bool) })
				if !ok {
					return nil, fmt.Errorf("search: %T has no ID", m)
				}
				created, exists := id.ID()
				if !exists {
					return v, nil
				}
				ids = []int{created}
			}
			cn := conn{c.Client(), dialectName}
			if m.Op().Is(entgo.OpDelete | entgo.OpDeleteOne) {
				return v, remove(sys, cn, what.kind, ids)
			}
			docs, err := load(sys, cn.client, what.kind, ids)
			if err != nil {
				return nil, fmt.Errorf("search: read %s: %w", m.Type(), err)
			}
			if err := save(sys, cn, what.kind, docs); err != nil {
				return nil, fmt.Errorf("search: index %s: %w", m.Type(), err)
			}
			return v, nil
		})
	}
}

// touches reports whether m creates or deletes a record, or changes one of
// the listed fields or edges.
func touches(m entgo.Mutation, fields []string) bool {
	if m.Op().Is(entgo.OpCreate | entgo.OpDelete | entgo.OpDeleteOne) {
		return true
	}
	for _, list := range [][]string{m.Fields(), m.ClearedFields(), m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()} {
		for _, f := range list {
			if slices.Contains(fields, f) {
				return true
			}
		}
	}
	return false
}
