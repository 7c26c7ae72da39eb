package schema

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/contributingfactor"
	"github.com/debrief/debrief/ent/hook"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/question"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/policy"
	"github.com/debrief/debrief/internal/viewer"
)

// learningsApplied guards the last step of the learning loop: an incident
// reaches LEARNINGS_APPLIED only when every action that came out of it is
// DONE or WONT_DO — or when an analyst or admin overrides that with a
// reason, which the activity history then keeps.
func learningsApplied(next ent.Mutator) ent.Mutator {
	return hook.IncidentFunc(func(ctx context.Context, m *gen.IncidentMutation) (ent.Value, error) {
		status, set := m.Status()
		id, exists := m.ID()
		if !set || status != enum.IncidentStatusLearningsApplied || !exists {
			return next.Mutate(ctx, m)
		}
		// Counted as the system: an action the viewer may not see still
		// stands between the incident and "learnings applied".
		open, err := m.Client().ActionItem.Query().
			Where(actionitem.HasIncidentsWith(incident.ID(id)), actionitem.StatusNotIn(enum.ActionStatusDone, enum.ActionStatusWontDo)).
			Count(viewer.System(ctx))
		if err != nil {
			return nil, err
		}
		if open == 0 {
			return next.Mutate(ctx, m)
		}
		if reason, _ := m.LearningsOverrideReason(); reason == "" {
			return nil, apperr.Invalid("status", "%d action(s) of this incident are still open: finish them or drop them with a reason first, or give an override reason (analysts and admins)", open)
		}
		if v, ok := viewer.FromContext(ctx); ok && !v.Is(policy.Reviewers...) {
			return nil, viewer.Forbidden("only analysts and admins may mark learnings applied while actions are open")
		}
		return next.Mutate(ctx, m)
	})
}

// requireAcceptanceReason: accepting a Goldilocks warning on purpose needs
// a reason, or the warning would just be silenced.
func requireAcceptanceReason(next ent.Mutator) ent.Mutator {
	return hook.ActionItemFunc(func(ctx context.Context, m *gen.ActionItemMutation) (ent.Value, error) {
		accepted, set := m.AcceptedWarnings()
		if !set || len(accepted) == 0 {
			return next.Mutate(ctx, m)
		}
		reason, reasonSet := m.WarningsAcceptedReason()
		if !reasonSet && m.Op().Is(ent.OpUpdateOne) {
			reason, _ = m.OldWarningsAcceptedReason(ctx)
		}
		if reason == "" {
			return nil, apperr.Invalid("warningsAcceptedReason", "say why the accepted warnings are fine for this action")
		}
		return next.Mutate(ctx, m)
	})
}

// evidenceFromOwnIncident keeps an insight's evidence and factors to its
// own incident: an insight that cites another incident's timeline would
// leak it past that incident's access rules and muddle the analysis.
func evidenceFromOwnIncident(next ent.Mutator) ent.Mutator {
	return hook.InsightFunc(func(ctx context.Context, m *gen.InsightMutation) (ent.Value, error) {
		incidentID, ok := m.IncidentID()
		if !ok {
			var err error
			if incidentID, err = m.OldIncidentID(ctx); err != nil {
				return nil, err
			}
		}
		sys := viewer.System(ctx)
		client := m.Client()
		checks := []struct {
			field string
			ids   []int
			count func([]int) (int, error)
		}{
			{"evidenceEventIDs", m.EvidenceEventsIDs(), func(ids []int) (int, error) {
				return client.TimelineEvent.Query().Where(timelineevent.IDIn(ids...), timelineevent.IncidentID(incidentID)).Count(sys)
			}},
			{"evidencePerspectiveIDs", m.EvidencePerspectivesIDs(), func(ids []int) (int, error) {
				return client.Perspective.Query().Where(perspective.IDIn(ids...), perspective.IncidentID(incidentID)).Count(sys)
			}},
			{"evidenceQuestionIDs", m.EvidenceQuestionsIDs(), func(ids []int) (int, error) {
				return client.Question.Query().Where(question.IDIn(ids...), question.IncidentID(incidentID)).Count(sys)
			}},
			{"factorIDs", m.FactorsIDs(), func(ids []int) (int, error) {
				return client.ContributingFactor.Query().Where(contributingfactor.IDIn(ids...), contributingfactor.IncidentID(incidentID)).Count(sys)
			}},
		}
		for _, c := range checks {
			if len(c.ids) == 0 {
				continue
			}
			n, err := c.count(c.ids)
			if err != nil {
				return nil, err
			}
			if n != len(c.ids) {
				return nil, apperr.Invalid(c.field, "%s", fmt.Sprintf("%d of the %d records named are not on this insight's incident", len(c.ids)-n, len(c.ids)))
			}
		}
		return next.Mutate(ctx, m)
	})
}

// Hooks of Insight.
func (Insight) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(evidenceFromOwnIncident, ent.OpCreate|ent.OpUpdateOne)}
}
