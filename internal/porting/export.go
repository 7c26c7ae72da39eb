package porting

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/activity"
	"github.com/debrief/debrief/ent/annotation"
	"github.com/debrief/debrief/ent/checklistitem"
	"github.com/debrief/debrief/ent/comment"
	"github.com/debrief/debrief/ent/commsguideline"
	"github.com/debrief/debrief/ent/contributingfactor"
	"github.com/debrief/debrief/ent/factorcategory"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/incidentchecklist"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/messagetemplate"
	"github.com/debrief/debrief/ent/participant"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/question"
	"github.com/debrief/debrief/ent/report"
	"github.com/debrief/debrief/ent/reporttemplate"
	"github.com/debrief/debrief/ent/reportversion"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/ent/statusupdate"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/ent/vendor"
	"github.com/debrief/debrief/ent/workflowstep"
	"github.com/debrief/debrief/ent/workflowtemplate"
)

// Export reads everything ctx's viewer may see (or, with incidentID, that
// one incident) into a Document: the directory, the curated response aids
// and report templates, the incidents with their boards, comments,
// checklists, status updates, reports, annotations and history, the action
// items (with those that serve no incident yet), the cross-incident reports
// and the annotations not about one incident. A one-incident export carries
// that incident, the action items that serve it and the directory records
// and templates they refer to.
//
// Records appear in ID order (timeline events in time order), and keys are
// numbered in that order, so exporting the same data twice gives the same
// document.
func Export(ctx context.Context, client *ent.Client, incidentID int) (*Document, error) {
	all := incidentID == 0
	q := client.Incident.Query().Order(incident.ByID())
	if !all {
		q.Where(incident.ID(incidentID))
	}
	incidents, err := q.
		WithServices(func(q *ent.ServiceQuery) { q.Order(service.ByID()) }).
		WithVendors(func(q *ent.VendorQuery) { q.Order(vendor.ByID()) }).
		WithTags(func(q *ent.TagQuery) { q.Order(tag.ByID()) }).
		WithParticipants(func(q *ent.ParticipantQuery) { q.Order(participant.ByID()) }).
		WithTimelineEvents(func(q *ent.TimelineEventQuery) { q.Order(timelineevent.ByID()) }).
		WithPerspectives(func(q *ent.PerspectiveQuery) { q.Order(perspective.ByID()) }).
		WithQuestions(func(q *ent.QuestionQuery) { q.Order(question.ByID()) }).
		WithContributingFactors(func(q *ent.ContributingFactorQuery) {
			q.Order(contributingfactor.ByID()).WithCategory()
		}).
		WithInsights(func(q *ent.InsightQuery) {
			q.Order(insight.ByID()).
				WithFactors(func(q *ent.ContributingFactorQuery) { q.Select(contributingfactor.FieldID) }).
				WithEvidenceEvents(func(q *ent.TimelineEventQuery) { q.Select(timelineevent.FieldID) }).
				WithEvidencePerspectives(func(q *ent.PerspectiveQuery) { q.Select(perspective.FieldID) }).
				WithEvidenceQuestions(func(q *ent.QuestionQuery) { q.Select(question.FieldID) })
		}).
		WithStatusUpdates(func(q *ent.StatusUpdateQuery) { q.Order(statusupdate.ByID()) }).
		WithChecklists(func(q *ent.IncidentChecklistQuery) {
			q.Order(incidentchecklist.ByID()).
				WithItems(func(q *ent.ChecklistItemQuery) { q.Order(checklistitem.ByPosition(), checklistitem.ByID()) })
		}).
		WithComments(func(q *ent.CommentQuery) { q.Order(comment.ByID()) }).
		WithReports(func(q *ent.ReportQuery) {
			q.Order(report.ByID()).WithVersions(func(q *ent.ReportVersionQuery) { q.Order(reportversion.ByNumber()) })
		}).
		WithActivities(func(q *ent.ActivityQuery) { q.Order(activity.ByCreatedAt(), activity.ByID()) }).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: read incidents: %w", err)
	}
	if !all && len(incidents) == 0 {
		return nil, fmt.Errorf("export: incident %d does not exist or is not visible", incidentID)
	}
	aq := client.ActionItem.Query().Order(actionitem.ByID()).
		WithIncidents(func(q *ent.IncidentQuery) { q.Order(incident.ByID()).Select(incident.FieldID) })
	if !all {
		aq.Where(actionitem.HasIncidentsWith(incident.ID(incidentID)))
	}
	actions, err := aq.All(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: read action items: %w", err)
	}
	ids := make([]int, len(incidents))
	for i, inc := range incidents {
		ids[i] = inc.ID
	}
	anq := client.Annotation.Query().Order(annotation.ByID())
	if !all {
		anq.Where(annotation.IncidentIDIn(ids...))
	}
	annotations, err := anq.All(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: read annotations: %w", err)
	}

	x := newExporter()
	doc := &Document{Format: FormatName, Version: FormatVersion}
	// Filled in place: the exporter keeps pointers to the user references
	// in them until the users' keys are known.
	doc.Incidents = make([]Incident, len(incidents))
	for i, inc := range incidents {
		x.incident(&doc.Incidents[i], inc)
	}
	// A full export carries the action items that serve no incident yet
	// (import finds those by title and creation time); action items that
	// serve only incidents the viewer may not see stay out.
	actions = slices.DeleteFunc(actions, func(a *ent.ActionItem) bool {
		if len(a.Edges.Incidents) == 0 {
			return !all
		}
		return !slices.ContainsFunc(a.Edges.Incidents, func(inc *ent.Incident) bool {
			_, ok := x.keys[ent.TypeIncident][inc.ID]
			return ok
		})
	})
	doc.ActionItems = make([]ActionItem, len(actions))
	for i, a := range actions {
		x.action(&doc.ActionItems[i], a)
	}
	// Comments and the history name action items, so they come once those
	// have keys.
	for i, inc := range incidents {
		x.comments(&doc.Incidents[i], inc.Edges.Comments)
	}
	for _, a := range annotations {
		if a.IncidentID == nil {
			doc.Annotations = append(doc.Annotations, x.annotation(a))
			continue
		}
		// An incident the viewer may not see takes its annotations with it.
		if i := slices.Index(ids, *a.IncidentID); i >= 0 {
			doc.Incidents[i].Annotations = append(doc.Incidents[i].Annotations, x.annotation(a))
		}
	}
	if all {
		reports, err := client.Report.Query().Where(report.IncidentIDIsNil()).Order(report.ByID()).
			WithVersions(func(q *ent.ReportVersionQuery) { q.Order(reportversion.ByNumber()) }).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("export: read reports: %w", err)
		}
		for _, r := range reports {
			doc.Reports = append(doc.Reports, x.report(r))
		}
	}
	for i, inc := range incidents {
		x.history(&doc.Incidents[i], inc.Edges.Activities)
	}
	if err := x.curated(ctx, client, doc, all); err != nil {
		return nil, fmt.Errorf("export: read templates and guidelines: %w", err)
	}
	if err := x.directory(ctx, client, doc, all); err != nil {
		return nil, fmt.Errorf("export: read the directory: %w", err)
	}
	return doc, nil
}

// exporter hands out document keys and remembers which directory records
// the exported records refer to.
type exporter struct {
	// keys maps ent type names and IDs to document keys; a status update's
	// timeline mirror maps to the status update's key.
	keys   map[string]map[int]string
	counts map[string]int
	// removed numbers records the history names that are gone.
	removed map[string]map[int]string

	users, teams, services, vendors, categories, reportTemplates, workflows map[int]bool
	// userKeys are assigned once the referenced users are known, in ID
	// order; until then records hold placeholders resolved in directory.
	userRefs []*string
	userIDs  map[*string]int
	tagNames []string
	// templateRefs are reports' template references, resolved in curated.
	templateRefs map[*string]int
	workflowRefs map[*string]int
}

func newExporter() *exporter {
	return &exporter{
		keys: map[string]map[int]string{}, counts: map[string]int{}, removed: map[string]map[int]string{},
		users: map[int]bool{}, teams: map[int]bool{}, services: map[int]bool{}, vendors: map[int]bool{},
		categories: map[int]bool{}, reportTemplates: map[int]bool{}, workflows: map[int]bool{},
		userIDs: map[*string]int{}, templateRefs: map[*string]int{}, workflowRefs: map[*string]int{},
	}
}

// key gives the record of type typ and ID id the next key with prefix.
func (x *exporter) key(typ, prefix string, id int) string {
	x.counts[prefix]++
	k := fmt.Sprintf("%s-%d", prefix, x.counts[prefix])
	x.alias(typ, id, k)
	return k
}

// alias makes the record of type typ and ID id known by key k.
func (x *exporter) alias(typ string, id int, k string) {
	if x.keys[typ] == nil {
		x.keys[typ] = map[int]string{}
	}
	x.keys[typ][id] = k
}

// ref is the key of a record already exported, or "".
func (x *exporter) ref(typ string, id *int) string {
	if id == nil {
		return ""
	}
	return x.keys[typ][*id]
}

// user notes a reference to a user, to be filled in with the user's key.
func (x *exporter) user(dst *string, id *int) {
	if id == nil {
		return
	}
	x.users[*id] = true
	x.userRefs = append(x.userRefs, dst)
	x.userIDs[dst] = *id
}

func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

func stamps(created, updated time.Time) Stamps {
	return Stamps{CreatedAt: utc(&created), UpdatedAt: utc(&updated)}
}

func str[T ~string](p *T) string {
	if p == nil {
		return ""
	}
	return string(*p)
}

func strs[T ~string](in []T) []string {
	var out []string
	for _, v := range in {
		out = append(out, string(v))
	}
	return out
}

func (x *exporter) incident(out *Incident, inc *ent.Incident) {
	*out = Incident{
		Key:                     x.key(ent.TypeIncident, "incident", inc.ID),
		ImportKey:               cmp.Or(str(inc.ImportKey), fmt.Sprintf("debrief:incident/%d", inc.ID)),
		Title:                   inc.Title,
		Summary:                 inc.Summary,
		Severity:                string(inc.Severity),
		Status:                  string(inc.Status),
		StartedAt:               inc.StartedAt.UTC(),
		DetectedAt:              utc(inc.DetectedAt),
		AcknowledgedAt:          utc(inc.AcknowledgedAt),
		MitigatedAt:             utc(inc.MitigatedAt),
		ResolvedAt:              utc(inc.ResolvedAt),
		CustomerImpact:          inc.CustomerImpact,
		CustomersAffected:       inc.CustomersAffected,
		ReviewMode:              str(inc.ReviewMode),
		ReviewDueAt:             utc(inc.ReviewDueAt),
		LearningsOverrideReason: inc.LearningsOverrideReason,
		SourceURL:               inc.SourceURL,
		Restricted:              inc.Restricted,
		Stamps:                  stamps(inc.CreatedAt, inc.UpdatedAt),
	}
	x.user(&out.Facilitator, inc.FacilitatorID)
	x.user(&out.CreatedBy, inc.CreatedByID)
	for _, s := range inc.Edges.Services {
		x.services[s.ID] = true
		out.Services = append(out.Services, s.Name)
	}
	for _, v := range inc.Edges.Vendors {
		x.vendors[v.ID] = true
		out.Vendors = append(out.Vendors, v.Name)
	}
	for _, t := range inc.Edges.Tags {
		if !slices.Contains(x.tagNames, t.Name) {
			x.tagNames = append(x.tagNames, t.Name)
		}
		out.Tags = append(out.Tags, t.Name)
	}
	out.Participants = make([]Participant, len(inc.Edges.Participants))
	for i, p := range inc.Edges.Participants {
		out.Participants[i] = Participant{
			Key:  x.key(ent.TypeParticipant, "participant", p.ID),
			Role: string(p.Role), Location: p.Location, TimeZone: p.TimeZone, Channels: strs(p.Channels),
			Stamps: stamps(p.CreatedAt, p.UpdatedAt),
		}
		x.user(&out.Participants[i].User, &p.UserID)
		x.user(&out.Participants[i].CreatedBy, p.CreatedByID)
	}
	// A status update's timeline mirror is made again from the status
	// update on import; exporting it too would duplicate it.
	mirrors := map[int]int{}
	for _, su := range inc.Edges.StatusUpdates {
		if su.TimelineEventID != nil {
			mirrors[*su.TimelineEventID] = su.ID
		}
	}
	events := slices.DeleteFunc(slices.Clone(inc.Edges.TimelineEvents), func(e *ent.TimelineEvent) bool {
		_, mirror := mirrors[e.ID]
		return mirror
	})
	slices.SortStableFunc(events, compareEvents)
	out.Timeline = make([]TimelineEvent, len(events))
	for i, e := range events {
		out.Timeline[i] = TimelineEvent{
			Key:         x.key(ent.TypeTimelineEvent, "event", e.ID),
			OccurredAt:  e.OccurredAt.UTC(),
			Kind:        string(e.Kind),
			Source:      string(e.Source),
			SourceRef:   e.SourceRef,
			ActorName:   e.ActorName,
			Text:        e.Text,
			EvidenceURL: e.EvidenceURL,
			KeyMoment:   e.KeyMoment,
			Milestone:   str(e.Milestone),
			Stamps:      stamps(e.CreatedAt, e.UpdatedAt),
		}
		x.user(&out.Timeline[i].Actor, e.ActorID)
		x.user(&out.Timeline[i].CreatedBy, e.CreatedByID)
	}
	out.StatusUpdates = make([]StatusUpdate, len(inc.Edges.StatusUpdates))
	for i, su := range inc.Edges.StatusUpdates {
		out.StatusUpdates[i] = StatusUpdate{
			Key:      x.key(ent.TypeStatusUpdate, "status", su.ID),
			Audience: string(su.Audience), Channel: string(su.Channel), Recipients: su.Recipients,
			Body: su.Body, SentAt: su.SentAt.UTC(), Stamps: stamps(su.CreatedAt, su.UpdatedAt),
		}
		if su.TimelineEventID != nil {
			x.alias(ent.TypeTimelineEvent, *su.TimelineEventID, out.StatusUpdates[i].Key)
		}
		x.user(&out.StatusUpdates[i].CreatedBy, su.CreatedByID)
	}
	out.Perspectives = make([]Perspective, len(inc.Edges.Perspectives))
	for i, p := range inc.Edges.Perspectives {
		out.Perspectives[i] = Perspective{
			Key:            x.key(ent.TypePerspective, "perspective", p.ID),
			Department:     string(p.Department),
			WhatTheySaw:    p.WhatTheySaw,
			Surprises:      p.Surprises,
			WhatHelped:     p.WhatHelped,
			WhatHurt:       p.WhatHurt,
			ImpactObserved: p.ImpactObserved,
			Stamps:         stamps(p.CreatedAt, p.UpdatedAt),
		}
		x.user(&out.Perspectives[i].Author, &p.AuthorID)
		x.user(&out.Perspectives[i].CreatedBy, p.CreatedByID)
	}
	out.Questions = make([]Question, len(inc.Edges.Questions))
	for i, q := range inc.Edges.Questions {
		out.Questions[i] = Question{
			Key:        x.key(ent.TypeQuestion, "question", q.ID),
			Text:       q.Text,
			Status:     string(q.Status),
			Answer:     q.Answer,
			AnsweredAt: utc(q.AnsweredAt),
			Stamps:     stamps(q.CreatedAt, q.UpdatedAt),
		}
		x.user(&out.Questions[i].AskedBy, q.AskedByID)
		x.user(&out.Questions[i].Assignee, q.AssigneeID)
		x.user(&out.Questions[i].AnsweredBy, q.AnsweredByID)
		x.user(&out.Questions[i].CreatedBy, q.CreatedByID)
	}
	out.ContributingFactors = make([]Factor, len(inc.Edges.ContributingFactors))
	for i, f := range inc.Edges.ContributingFactors {
		x.categories[f.CategoryID] = true
		out.ContributingFactors[i] = Factor{
			Key:         x.key(ent.TypeContributingFactor, "factor", f.ID),
			Category:    f.Edges.Category.Name,
			Description: f.Description,
			Stamps:      stamps(f.CreatedAt, f.UpdatedAt),
		}
		x.user(&out.ContributingFactors[i].CreatedBy, f.CreatedByID)
	}
	out.Insights = make([]Insight, len(inc.Edges.Insights))
	for i, in := range inc.Edges.Insights {
		out.Insights[i] = Insight{
			Key:       x.key(ent.TypeInsight, "insight", in.ID),
			Statement: in.Statement,
			Detail:    in.Detail,
			Status:    string(in.Status),
			Stamps:    stamps(in.CreatedAt, in.UpdatedAt),
		}
		refs := func(typ string, ids []int) []string {
			var out []string
			for _, id := range ids {
				out = append(out, x.keys[typ][id])
			}
			// References are kept in key order: keys follow the document's
			// order, which IDs may not (imported milestone events come
			// first).
			slices.SortFunc(out, compareKeys)
			return out
		}
		out.Insights[i].Factors = refs(ent.TypeContributingFactor, sortedIDs(in.Edges.Factors, func(f *ent.ContributingFactor) int { return f.ID }))
		out.Insights[i].EvidenceEvents = refs(ent.TypeTimelineEvent, sortedIDs(in.Edges.EvidenceEvents, func(e *ent.TimelineEvent) int { return e.ID }))
		out.Insights[i].EvidencePerspectives = refs(ent.TypePerspective, sortedIDs(in.Edges.EvidencePerspectives, func(p *ent.Perspective) int { return p.ID }))
		out.Insights[i].EvidenceQuestions = refs(ent.TypeQuestion, sortedIDs(in.Edges.EvidenceQuestions, func(q *ent.Question) int { return q.ID }))
		x.user(&out.Insights[i].CreatedBy, in.CreatedByID)
	}
	out.Checklists = make([]Checklist, len(inc.Edges.Checklists))
	for i, cl := range inc.Edges.Checklists {
		c := &out.Checklists[i]
		*c = Checklist{
			Key: x.key(ent.TypeIncidentChecklist, "checklist", cl.ID), Name: cl.Name,
			Stamps: stamps(cl.CreatedAt, cl.UpdatedAt),
		}
		if cl.TemplateID != nil {
			x.workflows[*cl.TemplateID] = true
			x.workflowRefs[&c.Workflow] = *cl.TemplateID
		}
		x.user(&c.CreatedBy, cl.CreatedByID)
		c.Items = make([]ChecklistItem, len(cl.Edges.Items))
		for j, it := range cl.Edges.Items {
			c.Items[j] = ChecklistItem{
				Key: x.key(ent.TypeChecklistItem, "item", it.ID), Position: it.Position, Title: it.Title,
				Guidance: it.Guidance, Role: str(it.Role), DoneAt: utc(it.DoneAt), Note: it.Note,
				Stamps: stamps(it.CreatedAt, it.UpdatedAt),
			}
			x.user(&c.Items[j].DoneBy, it.DoneByID)
			x.user(&c.Items[j].CreatedBy, it.CreatedByID)
		}
	}
	for _, r := range inc.Edges.Reports {
		out.Reports = append(out.Reports, x.report(r))
	}
}

// comments exports an incident's comments, after the action items they may
// be about.
func (x *exporter) comments(out *Incident, comments []*ent.Comment) {
	for _, c := range comments {
		x.key(ent.TypeComment, "comment", c.ID)
	}
	out.Comments = make([]Comment, len(comments))
	for i, c := range comments {
		out.Comments[i] = Comment{
			Key:           x.keys[ent.TypeComment][c.ID],
			Body:          c.Body,
			Parent:        x.ref(ent.TypeComment, c.ParentID),
			TimelineEvent: x.ref(ent.TypeTimelineEvent, c.TimelineEventID),
			Perspective:   x.ref(ent.TypePerspective, c.PerspectiveID),
			Question:      x.ref(ent.TypeQuestion, c.QuestionID),
			Insight:       x.ref(ent.TypeInsight, c.InsightID),
			ActionItem:    x.ref(ent.TypeActionItem, c.ActionItemID),
			Stamps:        stamps(c.CreatedAt, c.UpdatedAt),
		}
		x.user(&out.Comments[i].CreatedBy, c.CreatedByID)
	}
}

func (x *exporter) report(r *ent.Report) Report {
	out := Report{
		Key: x.key(ent.TypeReport, "report", r.ID), Audience: string(r.Audience), Title: r.Title, Body: r.Body,
		GeneratedAt: r.GeneratedAt.UTC(), PeriodStart: utc(r.PeriodStart), PeriodEnd: utc(r.PeriodEnd),
		Scope: r.Scope, AnalysisFilter: r.AnalysisFilter, Definitions: r.Definitions,
		PublishedVersion: r.PublishedVersion, PublishedAt: utc(r.PublishedAt),
		ChangedSincePublish: r.ChangedSincePublish, Stamps: stamps(r.CreatedAt, r.UpdatedAt),
	}
	x.user(&out.GeneratedBy, r.GeneratedByID)
	x.user(&out.CreatedBy, r.CreatedByID)
	if r.TemplateID != nil {
		x.reportTemplates[*r.TemplateID] = true
		x.templateRefs[&out.Template] = *r.TemplateID
	}
	out.Versions = make([]ReportVersion, len(r.Edges.Versions))
	for i, v := range r.Edges.Versions {
		out.Versions[i] = ReportVersion{
			Number: v.Number, Title: v.Title, Body: v.Body, GeneratedAt: v.GeneratedAt.UTC(), Scope: v.Scope,
			Definitions: v.Definitions, PublishedAt: v.PublishedAt.UTC(),
		}
		x.user(&out.Versions[i].CreatedBy, v.CreatedByID)
	}
	return out
}

func (x *exporter) annotation(a *ent.Annotation) Annotation {
	out := Annotation{
		Body: a.Body, Scope: string(a.Scope), Incident: x.ref(ent.TypeIncident, a.IncidentID),
		PeriodStart: utc(a.PeriodStart), PeriodEnd: utc(a.PeriodEnd), Figure: a.Figure,
		Stamps: stamps(a.CreatedAt, a.UpdatedAt),
	}
	if a.ServiceID != nil {
		x.services[*a.ServiceID] = true
		out.Service = fmt.Sprint(*a.ServiceID) // replaced by the name in directory
	}
	x.user(&out.CreatedBy, a.CreatedByID)
	return out
}

// history exports an incident's activities, naming the records they are
// about by key.
func (x *exporter) history(out *Incident, activities []*ent.Activity) {
	out.History = make([]Activity, len(activities))
	for i, a := range activities {
		out.History[i] = Activity{
			At: a.CreatedAt.UTC(), Action: string(a.Action), EntityType: a.EntityType,
			Entity: x.entity(a.EntityType, a.EntityID), Summary: a.Summary, Changes: a.Changes,
		}
		x.user(&out.History[i].Actor, a.ActorID)
	}
}

// entity is the key of the record an activity is about, or "removed-N"
// for one that is not in the document (deleted since).
func (x *exporter) entity(typ string, id int) string {
	if k, ok := x.keys[typ][id]; ok {
		return k
	}
	if x.removed[typ] == nil {
		x.removed[typ] = map[int]string{}
	}
	if k, ok := x.removed[typ][id]; ok {
		return k
	}
	x.counts["removed"]++
	k := fmt.Sprintf("removed-%d", x.counts["removed"])
	x.removed[typ][id] = k
	return k
}

// compareEvents orders a timeline by time; at the same time, milestone
// events come first in milestone order, then the rest by ID. (Importing
// creates milestone events before the others, so ID order alone would not
// survive a round trip.)
func compareEvents(a, b *ent.TimelineEvent) int {
	if c := a.OccurredAt.Compare(b.OccurredAt); c != 0 {
		return c
	}
	rank := func(e *ent.TimelineEvent) int {
		if e.Milestone == nil {
			return len(enum.Milestone("").Values())
		}
		return slices.Index(enum.Milestone("").Values(), string(*e.Milestone))
	}
	if c := cmp.Compare(rank(a), rank(b)); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// compareKeys orders "event-2" before "event-10".
func compareKeys(a, b string) int {
	var na, nb int
	ia, ib := lastDash(a), lastDash(b)
	_, _ = fmt.Sscanf(a[ia+1:], "%d", &na)
	_, _ = fmt.Sscanf(b[ib+1:], "%d", &nb)
	return cmp.Or(cmp.Compare(a[:ia+1], b[:ib+1]), cmp.Compare(na, nb))
}

func lastDash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '-' {
			return i
		}
	}
	return -1
}

func sortedIDs[T any](items []T, id func(T) int) []int {
	out := make([]int, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	slices.Sort(out)
	return out
}

func (x *exporter) action(out *ActionItem, a *ent.ActionItem) {
	*out = ActionItem{
		Key:                    x.key(ent.TypeActionItem, "action", a.ID),
		Title:                  a.Title,
		Description:            a.Description,
		Rationale:              a.Rationale,
		ExpectedEffect:         a.ExpectedEffect,
		Verification:           a.Verification,
		InterimMitigation:      a.InterimMitigation,
		AcceptedWarnings:       strs(a.AcceptedWarnings),
		WarningsAcceptedReason: a.WarningsAcceptedReason,
		Priority:               string(a.Priority),
		Size:                   string(a.Size),
		DueAt:                  utc(a.DueAt),
		Status:                 string(a.Status),
		StatusReason:           a.StatusReason,
		CompletedAt:            utc(a.CompletedAt),
		TrackerURL:             a.TrackerURL,
		Incidents:              []string{},
		Stamps:                 stamps(a.CreatedAt, a.UpdatedAt),
	}
	x.user(&out.Owner, a.OwnerID)
	x.user(&out.CreatedBy, a.CreatedByID)
	if a.TeamID != nil {
		x.teams[*a.TeamID] = true
		out.Team = fmt.Sprint(*a.TeamID) // replaced by the name in directory
	}
	out.Insight = x.ref(ent.TypeInsight, a.InsightID) // empty when the insight is not exported
	for _, inc := range a.Edges.Incidents {
		// Incidents the viewer may not see (or outside a one-incident
		// export) are left out of the references.
		if k, ok := x.keys[ent.TypeIncident][inc.ID]; ok {
			out.Incidents = append(out.Incidents, k)
		}
	}
}

// curated reads the report templates and response aids: all of them for a
// full export, those the incident's reports and checklists came from for
// one incident.
func (x *exporter) curated(ctx context.Context, client *ent.Client, doc *Document, all bool) error {
	tq := client.ReportTemplate.Query().Order(reporttemplate.ByID())
	wq := client.WorkflowTemplate.Query().Order(workflowtemplate.ByID()).
		WithSteps(func(q *ent.WorkflowStepQuery) { q.Order(workflowstep.ByPosition(), workflowstep.ByID()) })
	if !all {
		tq.Where(reporttemplate.IDIn(keys(x.reportTemplates)...))
		wq.Where(workflowtemplate.IDIn(keys(x.workflows)...))
	}
	templates, err := tq.All(ctx)
	if err != nil {
		return err
	}
	for _, t := range templates {
		out := ReportTemplate{
			Key: x.key(ent.TypeReportTemplate, "template", t.ID), Audience: string(t.Audience), Name: t.Name,
			Description: t.Description, Body: t.Body, InternalDetails: t.InternalDetails,
			TechnicalDetail: t.TechnicalDetail, Stamps: stamps(t.CreatedAt, t.UpdatedAt),
		}
		doc.ReportTemplates = append(doc.ReportTemplates, out)
	}
	for i, t := range templates {
		x.user(&doc.ReportTemplates[i].CreatedBy, t.CreatedByID)
	}
	for ref, id := range x.templateRefs {
		*ref = x.keys[ent.TypeReportTemplate][id]
	}
	workflows, err := wq.All(ctx)
	if err != nil {
		return err
	}
	names := map[int]string{}
	doc.Workflows = make([]Workflow, len(workflows))
	for i, w := range workflows {
		names[w.ID] = w.Name
		out := &doc.Workflows[i]
		*out = Workflow{
			Name: w.Name, Description: w.Description, Severities: strs(w.Severities), IncidentTypes: w.IncidentTypes,
			Stamps: stamps(w.CreatedAt, w.UpdatedAt),
		}
		x.user(&out.CreatedBy, w.CreatedByID)
		out.Steps = make([]WorkflowStep, len(w.Edges.Steps))
		for j, s := range w.Edges.Steps {
			out.Steps[j] = WorkflowStep{
				Position: s.Position, Title: s.Title, Guidance: s.Guidance, Role: str(s.Role),
				Stamps: stamps(s.CreatedAt, s.UpdatedAt),
			}
			x.user(&out.Steps[j].CreatedBy, s.CreatedByID)
		}
	}
	for ref, id := range x.workflowRefs {
		*ref = names[id]
	}
	if !all {
		return nil
	}
	guidelines, err := client.CommsGuideline.Query().Order(commsguideline.ByID()).All(ctx)
	if err != nil {
		return err
	}
	doc.CommsGuidelines = make([]CommsGuideline, len(guidelines))
	for i, g := range guidelines {
		doc.CommsGuidelines[i] = CommsGuideline{
			Audience: string(g.Audience), Body: g.Body, UpdateEveryMinutes: g.UpdateEveryMinutes,
			Stamps: stamps(g.CreatedAt, g.UpdatedAt),
		}
		x.user(&doc.CommsGuidelines[i].CreatedBy, g.CreatedByID)
	}
	messages, err := client.MessageTemplate.Query().Order(messagetemplate.ByID()).All(ctx)
	if err != nil {
		return err
	}
	doc.MessageTemplates = make([]MessageTemplate, len(messages))
	for i, m := range messages {
		doc.MessageTemplates[i] = MessageTemplate{
			Audience: string(m.Audience), Name: m.Name, Body: m.Body, Stamps: stamps(m.CreatedAt, m.UpdatedAt),
		}
		x.user(&doc.MessageTemplates[i].CreatedBy, m.CreatedByID)
	}
	return nil
}

// directory reads the directory records (all but people for a full
// export, those referred to for one incident; people when referred to)
// and fills in the references to them.
func (x *exporter) directory(ctx context.Context, client *ent.Client, doc *Document, all bool) error {
	sq := client.Service.Query().Order(service.ByID()).
		WithEscalationContacts(func(q *ent.UserQuery) { q.Order(user.ByID()).Select(user.FieldID) })
	if !all {
		sq.Where(service.IDIn(keys(x.services)...))
	}
	services, err := sq.All(ctx)
	if err != nil {
		return err
	}
	for _, s := range services {
		if s.OwnerTeamID != nil {
			x.teams[*s.OwnerTeamID] = true
		}
		if s.VendorID != nil {
			x.vendors[*s.VendorID] = true
		}
	}
	tq := client.Team.Query().Order(team.ByID()).
		WithMembers(func(q *ent.UserQuery) { q.Order(user.ByID()).Select(user.FieldID) })
	if !all {
		tq.Where(team.IDIn(keys(x.teams)...))
	}
	teams, err := tq.All(ctx)
	if err != nil {
		return err
	}
	teamNames := map[int]string{}
	doc.Teams = make([]Team, len(teams))
	for i, t := range teams {
		teamNames[t.ID] = t.Name
		doc.Teams[i] = Team{
			Name: t.Name, Description: t.Description, ChatChannel: t.ChatChannel, Escalation: t.Escalation,
			Stamps: stamps(t.CreatedAt, t.UpdatedAt),
		}
		x.user(&doc.Teams[i].CreatedBy, t.CreatedByID)
		if len(t.Edges.Members) > 0 {
			doc.Teams[i].Members = make([]string, len(t.Edges.Members))
			for j, m := range t.Edges.Members {
				x.user(&doc.Teams[i].Members[j], &m.ID)
			}
		}
	}
	vq := client.Vendor.Query().Order(vendor.ByID())
	if !all {
		vq.Where(vendor.IDIn(keys(x.vendors)...))
	}
	vendors, err := vq.All(ctx)
	if err != nil {
		return err
	}
	vendorNames := map[int]string{}
	doc.Vendors = make([]Vendor, len(vendors))
	for i, v := range vendors {
		vendorNames[v.ID] = v.Name
		doc.Vendors[i] = Vendor{Name: v.Name, Website: v.Website, Description: v.Description, Stamps: stamps(v.CreatedAt, v.UpdatedAt)}
		x.user(&doc.Vendors[i].CreatedBy, v.CreatedByID)
	}
	serviceNames := map[int]string{}
	doc.Services = make([]Service, len(services))
	for i, s := range services {
		serviceNames[s.ID] = s.Name
		out := &doc.Services[i]
		*out = Service{Name: s.Name, Kind: string(s.Kind), Description: s.Description, RunbookURL: s.RunbookURL,
			Stamps: stamps(s.CreatedAt, s.UpdatedAt)}
		if s.OwnerTeamID != nil {
			out.OwnerTeam = teamNames[*s.OwnerTeamID]
		}
		if s.VendorID != nil {
			out.Vendor = vendorNames[*s.VendorID]
		}
		if len(s.Edges.EscalationContacts) > 0 {
			out.EscalationContacts = make([]string, len(s.Edges.EscalationContacts))
			for j, u := range s.Edges.EscalationContacts {
				x.user(&out.EscalationContacts[j], &u.ID)
			}
		}
		x.user(&out.CreatedBy, s.CreatedByID)
	}
	tagq := client.Tag.Query().Order(tag.ByID())
	if !all {
		tagq.Where(tag.NameIn(x.tagNames...))
	}
	tags, err := tagq.All(ctx)
	if err != nil {
		return err
	}
	doc.Tags = make([]Tag, len(tags))
	for i, t := range tags {
		doc.Tags[i] = Tag{Name: t.Name, Stamps: stamps(t.CreatedAt, t.UpdatedAt)}
		x.user(&doc.Tags[i].CreatedBy, t.CreatedByID)
	}
	cq := client.FactorCategory.Query().Order(factorcategory.ByID())
	if !all {
		cq.Where(factorcategory.IDIn(keys(x.categories)...))
	}
	categories, err := cq.All(ctx)
	if err != nil {
		return err
	}
	doc.FactorCategories = make([]FactorCategory, len(categories))
	for i, c := range categories {
		doc.FactorCategories[i] = FactorCategory{Name: c.Name, Description: c.Description, Stamps: stamps(c.CreatedAt, c.UpdatedAt)}
		x.user(&doc.FactorCategories[i].CreatedBy, c.CreatedByID)
	}
	// People last: everything above may name them.
	users, err := client.User.Query().Where(user.IDIn(keys(x.users)...)).Order(user.ByID()).All(ctx)
	if err != nil {
		return err
	}
	userKeys := map[int]string{}
	for i, u := range users {
		userKeys[u.ID] = fmt.Sprintf("user-%d", i+1)
		doc.Users = append(doc.Users, User{
			Key: userKeys[u.ID], Name: u.Name, Email: u.Email, Department: string(u.Department),
			Role: string(u.Role), Title: u.Title, TimeZone: u.TimeZone, ServiceAccount: u.ServiceAccount,
			Phone: u.Phone, ChatHandle: u.ChatHandle, Expertise: u.Expertise, Stamps: stamps(u.CreatedAt, u.UpdatedAt),
		})
	}
	for _, ref := range x.userRefs {
		*ref = userKeys[x.userIDs[ref]]
	}
	for i := range doc.ActionItems {
		if a := &doc.ActionItems[i]; a.Team != "" {
			var id int
			_, _ = fmt.Sscan(a.Team, &id)
			a.Team = teamNames[id]
		}
	}
	serviceName := func(a *Annotation) {
		if a.Service != "" {
			var id int
			_, _ = fmt.Sscan(a.Service, &id)
			a.Service = serviceNames[id]
		}
	}
	for i := range doc.Annotations {
		serviceName(&doc.Annotations[i])
	}
	for i := range doc.Incidents {
		for j := range doc.Incidents[i].Annotations {
			serviceName(&doc.Incidents[i].Annotations[j])
		}
	}
	// Empty lists rather than null keep the document's shape the same
	// whatever it holds.
	doc.Users = nonNil(doc.Users)
	doc.Tags = nonNil(doc.Tags)
	doc.ReportTemplates = nonNil(doc.ReportTemplates)
	doc.CommsGuidelines = nonNil(doc.CommsGuidelines)
	doc.MessageTemplates = nonNil(doc.MessageTemplates)
	doc.Incidents = nonNil(doc.Incidents)
	doc.ActionItems = nonNil(doc.ActionItems)
	doc.Reports = nonNil(doc.Reports)
	doc.Annotations = nonNil(doc.Annotations)
	return nil
}

func keys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
