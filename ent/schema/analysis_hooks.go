package schema

import (
	"context"
	"time"

	"entgo.io/ent"

	gen "github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/hook"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
)

// Hooks of Annotation.
func (Annotation) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(annotationTarget, ent.OpCreate|ent.OpUpdateOne)}
}

// annotationTarget insists that an annotation names what its scope says it
// is about — an annotation that covers nothing would never be shown.
func annotationTarget(next ent.Mutator) ent.Mutator {
	return hook.AnnotationFunc(func(ctx context.Context, m *gen.AnnotationMutation) (ent.Value, error) {
		a, err := annotationAfter(ctx, m)
		if err != nil {
			return nil, err
		}
		switch a.scope {
		case enum.AnnotationIncident:
			if a.incidentID == nil {
				return nil, apperr.Invalid("incidentID", "an INCIDENT annotation names its incident")
			}
		case enum.AnnotationService:
			if a.serviceID == nil {
				return nil, apperr.Invalid("serviceID", "a SERVICE annotation names its service")
			}
		case enum.AnnotationPeriod:
			if a.start == nil || a.end == nil || !a.start.Before(*a.end) {
				return nil, apperr.Invalid("periodEnd", "a PERIOD annotation needs a periodStart before its periodEnd")
			}
		case enum.AnnotationFigure:
			if a.figure == "" {
				return nil, apperr.Invalid("figure", "a FIGURE annotation names its figure")
			}
		}
		return next.Mutate(ctx, m)
	})
}

type annotationState struct {
	scope                 enum.AnnotationScope
	incidentID, serviceID *int
	start, end            *time.Time
	figure                string
}

// annotationAfter is the annotation as it will be once m is saved.
func annotationAfter(ctx context.Context, m *gen.AnnotationMutation) (annotationState, error) {
	var a annotationState
	if m.Op().Is(ent.OpUpdateOne) {
		id, _ := m.ID()
		old, err := m.Client().Annotation.Get(ctx, id)
		if err != nil {
			return a, err
		}
		a = annotationState{old.Scope, old.IncidentID, old.ServiceID, old.PeriodStart, old.PeriodEnd, old.Figure}
	}
	if v, ok := m.Scope(); ok {
		a.scope = v
	}
	if v, ok := m.IncidentID(); ok {
		a.incidentID = &v
	} else if m.IncidentIDCleared() {
		a.incidentID = nil
	}
	if v, ok := m.ServiceID(); ok {
		a.serviceID = &v
	} else if m.ServiceIDCleared() {
		a.serviceID = nil
	}
	if v, ok := m.PeriodStart(); ok {
		a.start = &v
	} else if m.PeriodStartCleared() {
		a.start = nil
	}
	if v, ok := m.PeriodEnd(); ok {
		a.end = &v
	} else if m.PeriodEndCleared() {
		a.end = nil
	}
	if v, ok := m.Figure(); ok {
		a.figure = v
	}
	return a, nil
}
