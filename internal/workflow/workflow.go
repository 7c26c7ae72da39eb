// Package workflow runs the coordination workflows: which of them suit an
// incident, attaching one as the incident's checklist (a copy of its steps),
// ticking steps off, and keeping a workflow's steps in order while admins
// edit it.
package workflow

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/checklistitem"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/incidentchecklist"
	"github.com/debrief/debrief/ent/workflowstep"
	"github.com/debrief/debrief/ent/workflowtemplate"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/occ"
)

// MaxIncidentTypes is how many incident types one workflow may name.
const MaxIncidentTypes = 20

// typePattern is a tag's pattern (see ent/schema): incident types are
// matched against the incident's tag names.
var typePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)

// NormalizeIncidentTypes trims and lower-cases incident types, drops
// duplicates and checks that each could be a tag name.
func NormalizeIncidentTypes(types []string) ([]string, error) {
	out := make([]string, 0, len(types))
	for _, t := range types {
		k := strings.ToLower(strings.TrimSpace(t))
		switch {
		case k == "":
			return nil, apperr.Invalid("incidentTypes", "an incident type cannot be empty")
		case !typePattern.MatchString(k):
			return nil, apperr.Invalid("incidentTypes", "incident type %q is not a tag name (lower-case letters, digits, '.', '_' and '-', at most 64)", t)
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	if len(out) > MaxIncidentTypes {
		return nil, apperr.Invalid("incidentTypes", "at most %d incident types, not %d", MaxIncidentTypes, len(out))
	}
	return out, nil
}

// CreateTemplate adds a workflow after checking its incident types.
func CreateTemplate(ctx context.Context, client *ent.Client, input ent.CreateWorkflowTemplateInput) (*ent.WorkflowTemplate, error) {
	types, err := NormalizeIncidentTypes(input.IncidentTypes)
	if err != nil {
		return nil, err
	}
	input.IncidentTypes = types
	return client.WorkflowTemplate.Create().SetInput(input).Save(ctx)
}

// UpdateTemplate changes a workflow at the version the client saw; the
// incident types it ends up with are checked as a whole (appending may
// pass the limit).
func UpdateTemplate(ctx context.Context, client *ent.Client, id, version int, input ent.UpdateWorkflowTemplateInput) (*ent.WorkflowTemplate, error) {
	if input.IncidentTypes != nil || input.AppendIncidentTypes != nil {
		var current []string
		if !input.ClearIncidentTypes && input.IncidentTypes == nil {
			t, err := client.WorkflowTemplate.Get(ctx, id)
			if err != nil {
				return nil, err
			}
			current = t.IncidentTypes
		} else if input.IncidentTypes != nil {
			current = input.IncidentTypes
		}
		types, err := NormalizeIncidentTypes(append(slices.Clone(current), input.AppendIncidentTypes...))
		if err != nil {
			return nil, err
		}
		input.IncidentTypes, input.AppendIncidentTypes, input.ClearIncidentTypes = types, nil, false
		if len(types) == 0 {
			// Setting and clearing the same column in one update is not
			// something either database takes well.
			input.IncidentTypes, input.ClearIncidentTypes = nil, true
		}
	}
	return client.WorkflowTemplate.UpdateOneID(id).SetInput(input).Save(occ.Expect(ctx, id, version))
}

// CreateStep adds a step to a workflow: without a position it goes last;
// with one it goes there and the steps from that place on move down one,
// so positions stay 0, 1, 2, … (a position beyond the last place is
// refused, as UpdateStep refuses it).
func CreateStep(ctx context.Context, client *ent.Client, input ent.CreateWorkflowStepInput) (*ent.WorkflowStep, error) {
	// The template is read first, in the caller's context, so that a
	// missing one is NOT_FOUND rather than a constraint failure.
	if err := lockSteps(ctx, client, input.TemplateID); err != nil {
		return nil, err
	}
	steps, err := client.WorkflowStep.Query().
		Where(workflowstep.TemplateID(input.TemplateID)).
		Order(ent.Asc(workflowstep.FieldPosition), ent.Asc(workflowstep.FieldID)).
		All(ctx)
	if err != nil {
		return nil, err
	}
	at := len(steps)
	if input.Position != nil {
		at = *input.Position
		if at < 0 || at > len(steps) {
			return nil, apperr.Invalid("position", "position %d is out of range: a new step goes at a position from 0 to %d", at, len(steps))
		}
	}
	// The steps from the new one's place on move down one.
	if err := renumber(ctx, client, slices.Insert(steps, at, nil)); err != nil {
		return nil, err
	}
	input.Position = &at
	return client.WorkflowStep.Create().SetInput(input).Save(ctx)
}

// lockSteps takes the workflow's row lock (PostgreSQL) for the rest of the
// transaction, so that two admins adding, moving or deleting steps of one
// workflow at once renumber its steps one after the other instead of
// interleaving into duplicate positions. SQLite runs one writer at a time
// anyway. A missing (or invisible) workflow is NOT_FOUND.
func lockSteps(ctx context.Context, client *ent.Client, templateID int) error {
	_, err := client.WorkflowTemplate.Query().
		Where(workflowtemplate.ID(templateID)).
		Modify(func(s *sql.Selector) {
			if s.Dialect() == dialect.Postgres {
				s.ForUpdate()
			}
		}).
		Only(ctx)
	return err
}

// UpdateStep changes a workflow step. Given a position, the step moves
// there and the workflow's steps are renumbered 0, 1, 2, … around it, so
// that no two steps share a place and none is skipped; a position outside
// 0 to (number of steps - 1) is refused with BAD_USER_INPUT rather than
// clamped, since a client asking for it has a stale or wrong idea of the
// workflow. Run it in the mutation's transaction so the steps move together.
func UpdateStep(ctx context.Context, client *ent.Client, id int, input ent.UpdateWorkflowStepInput) (*ent.WorkflowStep, error) {
	if input.Position == nil {
		return client.WorkflowStep.UpdateOneID(id).SetInput(input).Save(ctx)
	}
	step, err := client.WorkflowStep.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := lockSteps(ctx, client, step.TemplateID); err != nil {
		return nil, err
	}
	steps, err := client.WorkflowStep.Query().
		Where(workflowstep.TemplateID(step.TemplateID)).
		Order(ent.Asc(workflowstep.FieldPosition), ent.Asc(workflowstep.FieldID)).
		All(ctx)
	if err != nil {
		return nil, err
	}
	to := *input.Position
	if to < 0 || to >= len(steps) {
		return nil, apperr.Invalid("position", "position %d is out of range: the workflow's %d steps are at positions 0 to %d", to, len(steps), len(steps)-1)
	}
	// The others close up around the moved step's new place, which the
	// step itself takes with the rest of the change.
	others := slices.DeleteFunc(steps, func(s *ent.WorkflowStep) bool { return s.ID == id })
	if err := renumber(ctx, client, slices.Insert(others, to, nil)); err != nil {
		return nil, err
	}
	input.Position = nil
	return client.WorkflowStep.UpdateOneID(id).SetInput(input).SetPosition(to).Save(ctx)
}

// renumber gives the steps in order the positions 0, 1, 2, …; a nil entry
// keeps its place free for a step placed there separately. One update per
// step whose place changes (a workflow has a handful): a bulk "position ±
// 1" would skip the privacy policy's per-record checks.
func renumber(ctx context.Context, client *ent.Client, order []*ent.WorkflowStep) error {
	for i, s := range order {
		if s != nil && s.Position != i {
			if err := client.WorkflowStep.UpdateOne(s).SetPosition(i).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// DeleteStep removes a step and closes the gap, so the positions stay 0,
// 1, 2, ….
func DeleteStep(ctx context.Context, client *ent.Client, id int) error {
	step, err := client.WorkflowStep.Get(ctx, id)
	if err != nil {
		return err
	}
	if err := lockSteps(ctx, client, step.TemplateID); err != nil {
		return err
	}
	if err := client.WorkflowStep.DeleteOne(step).Exec(ctx); err != nil {
		return err
	}
	rest, err := client.WorkflowStep.Query().
		Where(workflowstep.TemplateID(step.TemplateID)).
		Order(ent.Asc(workflowstep.FieldPosition), ent.Asc(workflowstep.FieldID)).
		All(ctx)
	if err != nil {
		return err
	}
	return renumber(ctx, client, rest)
}

// Matches reports whether a workflow suits an incident with the given tag
// names.
func Matches(t *ent.WorkflowTemplate, inc *ent.Incident, tagNames []string) bool {
	if len(t.Severities) > 0 && !slices.Contains(t.Severities, inc.Severity) {
		return false
	}
	if len(t.IncidentTypes) == 0 {
		return true
	}
	for _, typ := range t.IncidentTypes {
		if slices.Contains(tagNames, typ) {
			return true
		}
	}
	return false
}

// Attach copies a workflow's steps, in order, into a new checklist on the
// incident. Run it in the mutation's transaction so that the checklist
// appears whole or not at all.
func Attach(ctx context.Context, client *ent.Client, incidentID, templateID int) (*ent.IncidentChecklist, error) {
	// Read in the caller's context: a restricted incident they may not see
	// is NOT_FOUND, as everywhere else.
	if _, err := client.Incident.Query().Where(incident.ID(incidentID)).OnlyID(ctx); err != nil {
		return nil, err
	}
	t, err := client.WorkflowTemplate.Query().
		Where(workflowtemplate.ID(templateID)).
		WithSteps(func(q *ent.WorkflowStepQuery) {
			q.Order(ent.Asc(workflowstep.FieldPosition), ent.Asc(workflowstep.FieldID))
		}).
		Only(ctx)
	if err != nil {
		return nil, err
	}
	exists, err := client.IncidentChecklist.Query().
		Where(incidentchecklist.IncidentID(incidentID), incidentchecklist.TemplateID(templateID)).
		Exist(ctx)
	if err != nil {
		return nil, err
	}
	if exists {
		return nil, apperr.Invalid("templateID", "the workflow %q is already attached to this incident", t.Name)
	}
	cl, err := client.IncidentChecklist.Create().
		SetIncidentID(incidentID).
		SetTemplateID(templateID).
		SetName(t.Name).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	if len(t.Edges.Steps) == 0 {
		return cl, nil
	}
	items := make([]*ent.ChecklistItemCreate, 0, len(t.Edges.Steps))
	for i, s := range t.Edges.Steps {
		// Renumbered from 0: the template's positions may have gaps.
		items = append(items, client.ChecklistItem.Create().
			SetIncidentID(incidentID).
			SetChecklistID(cl.ID).
			SetPosition(i).
			SetTitle(s.Title).
			SetGuidance(s.Guidance).
			SetNillableRole(s.Role))
	}
	if err := client.ChecklistItem.CreateBulk(items...).Exec(ctx); err != nil {
		return nil, err
	}
	return cl, nil
}

// SetDone ticks a step off (when: now; who: the viewer) or undoes it,
// at the version the client saw. note, when given, replaces the step's
// note ("" clears it).
func SetDone(ctx context.Context, client *ent.Client, itemID, version int, done bool, note *string, now time.Time) (*ent.ChecklistItem, error) {
	// The update alone would not check that the viewer may see the
	// incident (a restricted one); reading the item first does.
	if _, err := client.ChecklistItem.Query().Where(checklistitem.ID(itemID)).OnlyID(ctx); err != nil {
		return nil, err
	}
	upd := client.ChecklistItem.UpdateOneID(itemID)
	// Who did it follows from done_at (a hook in ent/schema): the viewer.
	if done {
		upd.SetDoneAt(now)
	} else {
		upd.ClearDoneAt()
	}
	if note != nil {
		if *note == "" {
			upd.ClearNote()
		} else {
			upd.SetNote(*note)
		}
	}
	return upd.Save(occ.Expect(ctx, itemID, version))
}

// OrderedSteps lists a workflow's steps in order.
func OrderedSteps(ctx context.Context, client *ent.Client, t *ent.WorkflowTemplate) ([]*ent.WorkflowStep, error) {
	return client.WorkflowStep.Query().
		Where(workflowstep.TemplateID(t.ID)).
		Order(ent.Asc(workflowstep.FieldPosition), ent.Asc(workflowstep.FieldID)).
		All(ctx)
}
