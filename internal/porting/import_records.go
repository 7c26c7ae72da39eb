package porting

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	entactivity "github.com/debrief/debrief/ent/activity"
	"github.com/debrief/debrief/ent/annotation"
	"github.com/debrief/debrief/ent/commsguideline"
	"github.com/debrief/debrief/ent/messagetemplate"
	"github.com/debrief/debrief/ent/report"
	"github.com/debrief/debrief/ent/reporttemplate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/ent/workflowtemplate"
	"github.com/debrief/debrief/internal/viewer"
)

// This file writes what version 2 of the format added: report templates
// and response aids, status updates, checklists, comments, reports,
// annotations and the history.

// curated finds or creates the report templates and response aids, each
// by what makes it unique (a stored one is left as it is).
func (w *writer) curated() error {
	ctx, c := w.ctx, w.c
	for i, t := range w.doc.ReportTemplates {
		pos := fmt.Sprintf("reportTemplates[%d]", i)
		audience, err := parseEnum[enum.ReportAudience](t.Audience, "")
		if err != nil {
			return at(pos, "audience: %v", err)
		}
		by, err := w.userID(t.CreatedBy)
		if err != nil {
			return at(pos, "%v", err)
		}
		found, err := c.ReportTemplate.Query().Where(reporttemplate.AudienceEQ(audience), reporttemplate.Name(t.Name)).First(ctx)
		switch {
		case ent.IsNotFound(err):
			found, err = c.ReportTemplate.Create().SetAudience(audience).SetName(t.Name).SetDescription(t.Description).
				SetBody(t.Body).SetInternalDetails(t.InternalDetails).SetTechnicalDetail(t.TechnicalDetail).
				SetNillableCreatedByID(by).SetNillableCreatedAt(t.CreatedAt).SetNillableUpdatedAt(t.UpdatedAt).Save(ctx)
		case err == nil && w.untouchedDefault(found.CreatedByID, found.Version):
			err = c.ReportTemplate.UpdateOne(found).SetDescription(t.Description).SetBody(t.Body).
				SetInternalDetails(t.InternalDetails).SetTechnicalDetail(t.TechnicalDetail).
				SetUpdatedAt(updatedAt(t.UpdatedAt)).Modify(created(t.Stamps, by)).Exec(ctx)
		}
		if err != nil {
			return wrapPos(pos, err)
		}
		w.reportTemplates[t.Key] = found.ID
	}
	for i, wf := range w.doc.Workflows {
		pos := fmt.Sprintf("workflows[%d]", i)
		var id int
		found, err := c.WorkflowTemplate.Query().Where(workflowtemplate.Name(wf.Name)).WithSteps().First(ctx)
		switch {
		case ent.IsNotFound(err):
			id, err = w.workflow(wf, nil)
		case err == nil:
			id = found.ID
			untouched := w.untouchedDefault(found.CreatedByID, found.Version)
			for _, s := range found.Edges.Steps {
				// Steps have no version; one written with its workflow and
				// not changed since has its two times a moment apart.
				untouched = untouched && s.CreatedByID == nil && s.UpdatedAt.Sub(s.CreatedAt) < time.Second
			}
			if untouched {
				_, err = w.workflow(wf, found)
			}
		}
		if err != nil {
			return wrapPos(pos, err)
		}
		w.workflows[wf.Name] = id
	}
	for i, g := range w.doc.CommsGuidelines {
		pos := fmt.Sprintf("commsGuidelines[%d]", i)
		audience, err := parseEnum[enum.CommsAudience](g.Audience, "")
		if err != nil {
			return at(pos, "audience: %v", err)
		}
		by, err := w.userID(g.CreatedBy)
		if err != nil {
			return at(pos, "%v", err)
		}
		found, err := c.CommsGuideline.Query().Where(commsguideline.AudienceEQ(audience)).First(ctx)
		if err == nil {
			if !w.untouchedDefault(found.CreatedByID, found.Version) {
				continue
			}
			upd := c.CommsGuideline.UpdateOne(found).SetBody(g.Body).SetNillableUpdateEveryMinutes(g.UpdateEveryMinutes).
				SetUpdatedAt(updatedAt(g.UpdatedAt)).Modify(created(g.Stamps, by))
			if g.UpdateEveryMinutes == nil {
				upd.ClearUpdateEveryMinutes()
			}
			if err := upd.Exec(ctx); err != nil {
				return wrapPos(pos, err)
			}
			continue
		} else if !ent.IsNotFound(err) {
			return wrapPos(pos, err)
		}
		if err := c.CommsGuideline.Create().SetAudience(audience).SetBody(g.Body).
			SetNillableUpdateEveryMinutes(g.UpdateEveryMinutes).SetNillableCreatedByID(by).
			SetNillableCreatedAt(g.CreatedAt).SetNillableUpdatedAt(g.UpdatedAt).Exec(ctx); err != nil {
			return wrapPos(pos, err)
		}
	}
	for i, m := range w.doc.MessageTemplates {
		pos := fmt.Sprintf("messageTemplates[%d]", i)
		audience, err := parseEnum[enum.CommsAudience](m.Audience, "")
		if err != nil {
			return at(pos, "audience: %v", err)
		}
		by, err := w.userID(m.CreatedBy)
		if err != nil {
			return at(pos, "%v", err)
		}
		found, err := c.MessageTemplate.Query().Where(messagetemplate.AudienceEQ(audience), messagetemplate.Name(m.Name)).First(ctx)
		if err == nil {
			if w.untouchedDefault(found.CreatedByID, found.Version) {
				err = c.MessageTemplate.UpdateOne(found).SetBody(m.Body).SetUpdatedAt(updatedAt(m.UpdatedAt)).
					Modify(created(m.Stamps, by)).Exec(ctx)
			}
			if err != nil {
				return wrapPos(pos, err)
			}
			continue
		} else if !ent.IsNotFound(err) {
			return wrapPos(pos, err)
		}
		if err := c.MessageTemplate.Create().SetAudience(audience).SetName(m.Name).SetBody(m.Body).
			SetNillableCreatedByID(by).SetNillableCreatedAt(m.CreatedAt).SetNillableUpdatedAt(m.UpdatedAt).Exec(ctx); err != nil {
			return wrapPos(pos, err)
		}
	}
	return nil
}

// workflow creates a workflow with its steps or, given a stored default
// nobody has changed, makes it the document's.
func (w *writer) workflow(wf Workflow, replace *ent.WorkflowTemplate) (int, error) {
	ctx, c := w.ctx, w.c
	severities, err := parseEnums[enum.Severity](wf.Severities)
	if err != nil {
		return 0, fmt.Errorf("severities: %w", err)
	}
	by, err := w.userID(wf.CreatedBy)
	if err != nil {
		return 0, err
	}
	var template *ent.WorkflowTemplate
	if replace != nil {
		template = replace
		upd := c.WorkflowTemplate.UpdateOne(replace).SetDescription(wf.Description).SetSeverities(severities).
			SetIncidentTypes(wf.IncidentTypes).SetUpdatedAt(updatedAt(wf.UpdatedAt)).Modify(created(wf.Stamps, by))
		if len(severities) == 0 {
			upd.ClearSeverities()
		}
		if len(wf.IncidentTypes) == 0 {
			upd.ClearIncidentTypes()
		}
		if err := upd.Exec(ctx); err != nil {
			return 0, err
		}
		for _, s := range replace.Edges.Steps {
			if err := c.WorkflowStep.DeleteOne(s).Exec(ctx); err != nil {
				return 0, err
			}
		}
	} else {
		create := c.WorkflowTemplate.Create().SetName(wf.Name).SetDescription(wf.Description).
			SetNillableCreatedByID(by).SetNillableCreatedAt(wf.CreatedAt).SetNillableUpdatedAt(wf.UpdatedAt)
		if len(severities) > 0 {
			create.SetSeverities(severities)
		}
		if len(wf.IncidentTypes) > 0 {
			create.SetIncidentTypes(wf.IncidentTypes)
		}
		if template, err = create.Save(ctx); err != nil {
			return 0, err
		}
	}
	steps := make([]*ent.WorkflowStepCreate, len(wf.Steps))
	for i, s := range wf.Steps {
		by, err := w.userID(s.CreatedBy)
		if err != nil {
			return 0, fmt.Errorf("steps[%d]: %w", i, err)
		}
		steps[i] = c.WorkflowStep.Create().SetTemplateID(template.ID).SetPosition(s.Position).SetTitle(s.Title).
			SetGuidance(s.Guidance).SetNillableCreatedByID(by).SetNillableCreatedAt(s.CreatedAt).SetNillableUpdatedAt(s.UpdatedAt)
		if s.Role != "" {
			role, err := parseEnum[enum.ParticipantRole](s.Role, "")
			if err != nil {
				return 0, fmt.Errorf("steps[%d]: role: %w", i, err)
			}
			steps[i].SetRole(role)
		}
	}
	if err := c.WorkflowStep.CreateBulk(steps...).Exec(ctx); err != nil {
		return 0, fmt.Errorf("steps: %w", friendly(err))
	}
	return template.ID, nil
}

// statusUpdate creates a status update and returns the ID of the timeline
// event the data layer mirrored it as (0 if none).
func (w *writer) statusUpdate(incidentID int, su StatusUpdate) (int, error) {
	audience, err := parseEnum[enum.CommsAudience](su.Audience, "")
	if err != nil {
		return 0, fmt.Errorf("audience: %w", err)
	}
	channel, err := parseEnum[enum.Channel](su.Channel, "")
	if err != nil {
		return 0, fmt.Errorf("channel: %w", err)
	}
	by, err := w.userID(su.CreatedBy)
	if err != nil {
		return 0, err
	}
	created, err := w.c.StatusUpdate.Create().SetIncidentID(incidentID).SetAudience(audience).SetChannel(channel).
		SetRecipients(su.Recipients).SetBody(su.Body).SetSentAt(su.SentAt).SetNillableCreatedByID(by).
		SetNillableCreatedAt(su.CreatedAt).SetNillableUpdatedAt(su.UpdatedAt).Save(w.ctx)
	if err != nil {
		return 0, err
	}
	w.set(ent.TypeStatusUpdate, su.Key, created.ID)
	if created.TimelineEventID == nil {
		return 0, nil
	}
	return *created.TimelineEventID, nil
}

func (w *writer) checklist(incidentID int, cl Checklist) error {
	ctx, c := w.ctx, w.c
	by, err := w.userID(cl.CreatedBy)
	if err != nil {
		return err
	}
	create := c.IncidentChecklist.Create().SetIncidentID(incidentID).SetName(cl.Name).SetNillableCreatedByID(by).
		SetNillableCreatedAt(cl.CreatedAt).SetNillableUpdatedAt(cl.UpdatedAt)
	if cl.Workflow != "" {
		id, ok := w.workflows[cl.Workflow]
		if !ok {
			return fmt.Errorf("unknown workflow %q (not in the document's workflows)", cl.Workflow)
		}
		create.SetTemplateID(id)
	}
	created, err := create.Save(ctx)
	if err != nil {
		return err
	}
	w.set(ent.TypeIncidentChecklist, cl.Key, created.ID)
	items := make([]*ent.ChecklistItemCreate, len(cl.Items))
	for i, it := range cl.Items {
		doneBy, err := w.userID(it.DoneBy)
		if err != nil {
			return fmt.Errorf("items[%d]: %w", i, err)
		}
		by, err := w.userID(it.CreatedBy)
		if err != nil {
			return fmt.Errorf("items[%d]: %w", i, err)
		}
		items[i] = c.ChecklistItem.Create().SetIncidentID(incidentID).SetChecklistID(created.ID).
			SetPosition(it.Position).SetTitle(it.Title).SetGuidance(it.Guidance).SetNillableDoneAt(it.DoneAt).
			SetNillableDoneByID(doneBy).SetNote(it.Note).SetNillableCreatedByID(by).
			SetNillableCreatedAt(it.CreatedAt).SetNillableUpdatedAt(it.UpdatedAt)
		if it.Role != "" {
			role, err := parseEnum[enum.ParticipantRole](it.Role, "")
			if err != nil {
				return fmt.Errorf("items[%d]: role: %w", i, err)
			}
			items[i].SetRole(role)
		}
	}
	saved, err := c.ChecklistItem.CreateBulk(items...).Save(ctx)
	if err != nil {
		return fmt.Errorf("items: %w", friendly(err))
	}
	for i, it := range saved {
		w.set(ent.TypeChecklistItem, cl.Items[i].Key, it.ID)
	}
	return nil
}

// report creates a report about an incident (incidentID) or, when
// incidentID is nil, about a period; the latter is the same as a stored
// cross-incident report of the same audience, title and creation time.
func (w *writer) report(incidentID *int, r Report) error {
	ctx, c := w.ctx, w.c
	audience, err := parseEnum[enum.ReportAudience](r.Audience, "")
	if err != nil {
		return fmt.Errorf("audience: %w", err)
	}
	if incidentID == nil && r.CreatedAt != nil {
		// Times are compared here, not in SQL: SQLite compares them as
		// text, which depends on how each was written.
		same, err := c.Report.Query().Where(report.IncidentIDIsNil(), report.AudienceEQ(audience), report.Title(r.Title)).
			Select(report.FieldID, report.FieldCreatedAt).All(ctx)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(same, func(f *ent.Report) bool { return f.CreatedAt.Equal(*r.CreatedAt) }) {
			return nil
		}
	}
	var users [2]*int
	for i, k := range []string{r.GeneratedBy, r.CreatedBy} {
		if users[i], err = w.userID(k); err != nil {
			return err
		}
	}
	create := c.Report.Create().SetAudience(audience).SetNillableIncidentID(incidentID).SetTitle(r.Title).
		SetBody(r.Body).SetGeneratedAt(r.GeneratedAt).SetNillableGeneratedByID(users[0]).
		SetNillablePeriodStart(r.PeriodStart).SetNillablePeriodEnd(r.PeriodEnd).SetScope(r.Scope).
		SetAnalysisFilter(r.AnalysisFilter).SetPublishedVersion(r.PublishedVersion).
		SetNillablePublishedAt(r.PublishedAt).SetChangedSincePublish(r.ChangedSincePublish).
		SetNillableCreatedByID(users[1]).SetNillableCreatedAt(r.CreatedAt).SetNillableUpdatedAt(r.UpdatedAt)
	if r.Definitions != nil {
		create.SetDefinitions(r.Definitions)
	}
	if r.Template != "" {
		id, ok := w.reportTemplates[r.Template]
		if !ok {
			return fmt.Errorf("unknown report template key %q (not in the document's reportTemplates)", r.Template)
		}
		create.SetTemplateID(id)
	}
	created, err := create.Save(ctx)
	if err != nil {
		return friendly(err)
	}
	w.set(ent.TypeReport, r.Key, created.ID)
	versions := make([]*ent.ReportVersionCreate, len(r.Versions))
	for i, v := range r.Versions {
		by, err := w.userID(v.CreatedBy)
		if err != nil {
			return fmt.Errorf("versions[%d]: %w", i, err)
		}
		versions[i] = c.ReportVersion.Create().SetReportID(created.ID).SetNumber(v.Number).SetTitle(v.Title).
			SetBody(v.Body).SetGeneratedAt(v.GeneratedAt).SetScope(v.Scope).SetPublishedAt(v.PublishedAt).
			SetNillableCreatedByID(by)
		if v.Definitions != nil {
			versions[i].SetDefinitions(v.Definitions)
		}
	}
	if err := c.ReportVersion.CreateBulk(versions...).Exec(ctx); err != nil {
		return fmt.Errorf("versions: %w", friendly(err))
	}
	return nil
}

// annotation creates an annotation: one on an incident (incidentID) with
// it; one about something else unless a stored one of the same scope,
// text and creation time exists.
func (w *writer) annotation(incidentID *int, a Annotation) error {
	ctx, c := w.ctx, w.c
	scope, err := parseEnum[enum.AnnotationScope](a.Scope, "")
	if err != nil {
		return fmt.Errorf("scope: %w", err)
	}
	if incidentID == nil && a.Incident != "" {
		id, ok := w.incidents[a.Incident]
		if !ok {
			return fmt.Errorf("unknown incident key %q", a.Incident)
		}
		incidentID = &id
	}
	if incidentID == nil && a.CreatedAt != nil {
		same, err := c.Annotation.Query().Where(annotation.ScopeEQ(scope), annotation.Body(a.Body)).
			Select(annotation.FieldID, annotation.FieldCreatedAt).All(ctx)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(same, func(f *ent.Annotation) bool { return f.CreatedAt.Equal(*a.CreatedAt) }) {
			return nil
		}
	}
	by, err := w.userID(a.CreatedBy)
	if err != nil {
		return err
	}
	create := c.Annotation.Create().SetBody(a.Body).SetScope(scope).SetNillableIncidentID(incidentID).
		SetNillablePeriodStart(a.PeriodStart).SetNillablePeriodEnd(a.PeriodEnd).SetFigure(a.Figure).
		SetNillableCreatedByID(by).SetNillableCreatedAt(a.CreatedAt).SetNillableUpdatedAt(a.UpdatedAt)
	if a.Service != "" {
		id, err := w.service(Service{Name: a.Service})
		if err != nil {
			return fmt.Errorf("service %q: %w", a.Service, friendly(err))
		}
		create.SetServiceID(id)
	}
	return friendly(create.Exec(ctx))
}

// comments creates an incident's comments, in order (a reply follows what
// it answers).
func (w *writer) comments(incidentID int, comments []Comment) error {
	for i, cm := range comments {
		by, err := w.userID(cm.CreatedBy)
		if err != nil {
			return fmt.Errorf("comments[%d]: %w", i, err)
		}
		create := w.c.Comment.Create().SetIncidentID(incidentID).SetBody(cm.Body).SetNillableCreatedByID(by).
			SetNillableCreatedAt(cm.CreatedAt).SetNillableUpdatedAt(cm.UpdatedAt)
		for _, ref := range []struct {
			typ, key string
			set      func(int) *ent.CommentCreate
		}{
			{ent.TypeComment, cm.Parent, create.SetParentID},
			{ent.TypeTimelineEvent, cm.TimelineEvent, create.SetTimelineEventID},
			{ent.TypePerspective, cm.Perspective, create.SetPerspectiveID},
			{ent.TypeQuestion, cm.Question, create.SetQuestionID},
			{ent.TypeInsight, cm.Insight, create.SetInsightID},
			{ent.TypeActionItem, cm.ActionItem, create.SetActionItemID},
		} {
			if ref.key == "" {
				continue
			}
			id, ok := w.ids[ref.typ][ref.key]
			if !ok {
				return fmt.Errorf("comments[%d]: unknown %s key %q", i, ref.typ, ref.key)
			}
			ref.set(id)
		}
		created, err := create.Save(w.ctx)
		if err != nil {
			return fmt.Errorf("comments[%d]: %w", i, friendly(err))
		}
		w.set(ent.TypeComment, cm.Key, created.ID)
	}
	return nil
}

// history replaces what the data layer recorded while this import wrote
// the incident (that the importer created everything just now) with the
// incident's own history from the document. It runs as the system: only
// Debrief writes the history.
func (w *writer) history(incidentID int, history []Activity) error {
	ctx := viewer.System(w.ctx)
	if _, err := w.c.Activity.Delete().Where(entactivity.IncidentID(incidentID)).Exec(ctx); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	// Records that are gone get IDs no record has: negative ones, below
	// any given out before, the same one for the same document name.
	if len(history) > 0 && w.removedBase == 0 {
		lowest, err := w.c.Activity.Query().Order(entactivity.ByEntityID()).First(ctx)
		switch {
		case ent.IsNotFound(err):
			w.removedBase = -1
		case err != nil:
			return fmt.Errorf("history: %w", err)
		default:
			w.removedBase = min(lowest.EntityID, 0) - 1
		}
		w.removed = map[string]int{}
	}
	builders := make([]*ent.ActivityCreate, 0, len(history))
	for i, a := range history {
		actor, err := w.userID(a.Actor)
		if err != nil {
			return fmt.Errorf("history[%d]: %w", i, err)
		}
		action := entactivity.Action(strings.ToUpper(a.Action))
		if err := entactivity.ActionValidator(action); err != nil {
			return fmt.Errorf("history[%d]: action: unknown value %q (want CREATED, UPDATED or DELETED)", i, a.Action)
		}
		entity, ok := w.ids[a.EntityType][a.Entity]
		if !ok {
			// Deleted since, or not in the document.
			name := a.EntityType + "/" + a.Entity
			if entity, ok = w.removed[name]; !ok {
				entity = w.removedBase - len(w.removed)
				w.removed[name] = entity
			}
		}
		builders = append(builders, w.c.Activity.Create().SetIncidentID(incidentID).SetNillableActorID(actor).
			SetAction(action).SetEntityType(a.EntityType).SetEntityID(entity).SetSummary(a.Summary).
			SetChanges(a.Changes).SetCreatedAt(a.At))
	}
	// In chunks: databases limit the parameters of one statement.
	for start := 0; start < len(builders); start += 500 {
		if err := w.c.Activity.CreateBulk(builders[start:min(start+500, len(builders))]...).Exec(ctx); err != nil {
			return fmt.Errorf("history: %w", friendly(err))
		}
	}
	return nil
}

// restoreMirror gives a milestone's timeline event, which the data layer
// created just now as Debrief, the document's creation time and author.
func (w *writer) restoreMirror(id int, e TimelineEvent) error {
	if e.CreatedAt == nil && e.CreatedBy == "" {
		return nil
	}
	by, err := w.userID(e.CreatedBy)
	if err != nil {
		return err
	}
	// created_at and created_by_id cannot be changed through ent's
	// builders (they are immutable to clients); the import alone sets them.
	return w.c.TimelineEvent.UpdateOneID(id).SetUpdatedAt(updatedAt(e.UpdatedAt)).
		Modify(func(u *sql.UpdateBuilder) {
			if e.CreatedAt != nil {
				u.Set(timelineevent.FieldCreatedAt, *e.CreatedAt)
			}
			if by != nil {
				u.Set(timelineevent.FieldCreatedByID, *by)
			}
		}).Exec(w.ctx)
}

// restoreUpdatedAt sets the created incidents' last-change times again:
// writing their boards may have touched them.
func (w *writer) restoreUpdatedAt() error {
	for i := range w.doc.Incidents {
		inc := &w.doc.Incidents[i]
		if !w.created[inc.Key] || inc.UpdatedAt == nil {
			continue
		}
		if err := w.c.Incident.UpdateOneID(w.incidents[inc.Key]).SetUpdatedAt(*inc.UpdatedAt).Exec(w.ctx); err != nil {
			return wrapPos(inc.pos, err)
		}
	}
	return nil
}

// updatedAt is the last-change time an update of an imported record
// keeps: the document's, or now.
func updatedAt(t *time.Time) time.Time {
	if t == nil {
		return time.Now()
	}
	return *t
}

// optional is nil for an empty string, so that fields with a format are
// left unset rather than set to "" (which the format may refuse).
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// untouchedDefault says whether a stored template or guideline the import
// found is one Debrief wrote itself (at start-up) and nobody has changed
// since: the document's then replaces it, content and times, so that
// moving to a new installation carries over what the old one had. Only
// those who may curate them (admins, or Debrief itself) replace them.
func (w *writer) untouchedDefault(createdBy *int, version int) bool {
	if createdBy != nil || version != 1 {
		return false
	}
	v, ok := viewer.FromContext(w.ctx)
	return !ok || v.Is(enum.RoleAdmin)
}

// created sets the creation time and author of a record the import
// replaces; ent's builders cannot change them (they are immutable to
// clients).
func created(s Stamps, by *int) func(*sql.UpdateBuilder) {
	return func(u *sql.UpdateBuilder) {
		if s.CreatedAt != nil {
			u.Set("created_at", *s.CreatedAt)
		}
		if by != nil {
			u.Set("created_by_id", *by)
		}
	}
}
