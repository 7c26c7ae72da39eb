package porting

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/contributingfactor"
	"github.com/debrief/debrief/ent/factorcategory"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/participant"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/question"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/ent/vendor"
)

// Export reads everything ctx's viewer may see (or, with incidentID, that
// one incident) into a Document: the incidents with their boards, the
// action items that serve them and the directory records they refer to.
// Records appear in ID order (timeline events in time order), and keys are
// numbered in that order, so exporting the same data twice gives the same
// document.
func Export(ctx context.Context, client *ent.Client, incidentID int) (*Document, error) {
	q := client.Incident.Query().Order(incident.ByID())
	if incidentID != 0 {
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
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: read incidents: %w", err)
	}
	if incidentID != 0 && len(incidents) == 0 {
		return nil, fmt.Errorf("export: incident %d does not exist or is not visible", incidentID)
	}
	aq := client.ActionItem.Query().Where(actionitem.HasIncidents()).Order(actionitem.ByID()).
		WithIncidents(func(q *ent.IncidentQuery) { q.Order(incident.ByID()).Select(incident.FieldID) })
	if incidentID != 0 {
		aq.Where(actionitem.HasIncidentsWith(incident.ID(incidentID)))
	}
	actions, err := aq.All(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: read action items: %w", err)
	}

	x := newExporter()
	doc := &Document{Format: FormatName, Version: FormatVersion}
	// Filled in place: the exporter keeps pointers to the user references
	// in them until the users' keys are known.
	doc.Incidents = make([]Incident, len(incidents))
	for i, inc := range incidents {
		x.incident(&doc.Incidents[i], inc)
	}
	// Action items are exported with the incidents they serve: one that
	// serves none of them could not be imported idempotently (it has no
	// import key of its own).
	actions = slices.DeleteFunc(actions, func(a *ent.ActionItem) bool {
		return !slices.ContainsFunc(a.Edges.Incidents, func(inc *ent.Incident) bool {
			_, ok := x.incidents[inc.ID]
			return ok
		})
	})
	doc.ActionItems = make([]ActionItem, len(actions))
	for i, a := range actions {
		x.action(&doc.ActionItems[i], a)
	}
	if err := x.directory(ctx, client, doc); err != nil {
		return nil, fmt.Errorf("export: read the directory: %w", err)
	}
	return doc, nil
}

// exporter hands out document keys and remembers which directory records
// the exported records refer to.
type exporter struct {
	incidents, events, perspectives, questions, factors, insights map[int]string

	users, teams, services, vendors, categories map[int]bool
	// userKeys are assigned once the referenced users are known, in ID
	// order; until then records hold placeholders resolved in directory.
	userRefs []*string
	userIDs  map[*string]int
	tagNames []string
}

func newExporter() *exporter {
	return &exporter{
		incidents: map[int]string{}, events: map[int]string{}, perspectives: map[int]string{},
		questions: map[int]string{}, factors: map[int]string{}, insights: map[int]string{},
		users: map[int]bool{}, teams: map[int]bool{}, services: map[int]bool{}, vendors: map[int]bool{},
		categories: map[int]bool{}, userIDs: map[*string]int{},
	}
}

func key(m map[int]string, prefix string, id int) string {
	k := fmt.Sprintf("%s-%d", prefix, len(m)+1)
	m[id] = k
	return k
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

func str[T ~string](p *T) string {
	if p == nil {
		return ""
	}
	return string(*p)
}

func (x *exporter) incident(out *Incident, inc *ent.Incident) {
	*out = Incident{
		Key:                     key(x.incidents, "incident", inc.ID),
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
		out.Participants[i] = Participant{Role: string(p.Role), Location: p.Location, TimeZone: p.TimeZone}
		for _, c := range p.Channels {
			out.Participants[i].Channels = append(out.Participants[i].Channels, string(c))
		}
		x.user(&out.Participants[i].User, &p.UserID)
		x.user(&out.Participants[i].CreatedBy, p.CreatedByID)
	}
	events := slices.Clone(inc.Edges.TimelineEvents)
	slices.SortStableFunc(events, compareEvents)
	out.Timeline = make([]TimelineEvent, len(events))
	for i, e := range events {
		out.Timeline[i] = TimelineEvent{
			Key:         key(x.events, "event", e.ID),
			OccurredAt:  e.OccurredAt.UTC(),
			Kind:        string(e.Kind),
			Source:      string(e.Source),
			SourceRef:   e.SourceRef,
			ActorName:   e.ActorName,
			Text:        e.Text,
			EvidenceURL: e.EvidenceURL,
			KeyMoment:   e.KeyMoment,
			Milestone:   str(e.Milestone),
		}
		x.user(&out.Timeline[i].Actor, e.ActorID)
		x.user(&out.Timeline[i].CreatedBy, e.CreatedByID)
	}
	out.Perspectives = make([]Perspective, len(inc.Edges.Perspectives))
	for i, p := range inc.Edges.Perspectives {
		out.Perspectives[i] = Perspective{
			Key:            key(x.perspectives, "perspective", p.ID),
			Department:     string(p.Department),
			WhatTheySaw:    p.WhatTheySaw,
			Surprises:      p.Surprises,
			WhatHelped:     p.WhatHelped,
			WhatHurt:       p.WhatHurt,
			ImpactObserved: p.ImpactObserved,
		}
		x.user(&out.Perspectives[i].Author, &p.AuthorID)
		x.user(&out.Perspectives[i].CreatedBy, p.CreatedByID)
	}
	out.Questions = make([]Question, len(inc.Edges.Questions))
	for i, q := range inc.Edges.Questions {
		out.Questions[i] = Question{
			Key:        key(x.questions, "question", q.ID),
			Text:       q.Text,
			Status:     string(q.Status),
			Answer:     q.Answer,
			AnsweredAt: utc(q.AnsweredAt),
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
			Key:         key(x.factors, "factor", f.ID),
			Category:    f.Edges.Category.Name,
			Description: f.Description,
		}
		x.user(&out.ContributingFactors[i].CreatedBy, f.CreatedByID)
	}
	out.Insights = make([]Insight, len(inc.Edges.Insights))
	for i, in := range inc.Edges.Insights {
		out.Insights[i] = Insight{
			Key:       key(x.insights, "insight", in.ID),
			Statement: in.Statement,
			Detail:    in.Detail,
			Status:    string(in.Status),
		}
		for _, f := range sortedIDs(in.Edges.Factors, func(f *ent.ContributingFactor) int { return f.ID }) {
			out.Insights[i].Factors = append(out.Insights[i].Factors, x.factors[f])
		}
		for _, e := range sortedIDs(in.Edges.EvidenceEvents, func(e *ent.TimelineEvent) int { return e.ID }) {
			out.Insights[i].EvidenceEvents = append(out.Insights[i].EvidenceEvents, x.events[e])
		}
		for _, p := range sortedIDs(in.Edges.EvidencePerspectives, func(p *ent.Perspective) int { return p.ID }) {
			out.Insights[i].EvidencePerspectives = append(out.Insights[i].EvidencePerspectives, x.perspectives[p])
		}
		for _, q := range sortedIDs(in.Edges.EvidenceQuestions, func(q *ent.Question) int { return q.ID }) {
			out.Insights[i].EvidenceQuestions = append(out.Insights[i].EvidenceQuestions, x.questions[q])
		}
		// References are kept in key order: keys follow the document's order,
		// which IDs may not (imported milestone events come first).
		for _, l := range [][]string{out.Insights[i].Factors, out.Insights[i].EvidenceEvents, out.Insights[i].EvidencePerspectives, out.Insights[i].EvidenceQuestions} {
			slices.SortFunc(l, compareKeys)
		}
		x.user(&out.Insights[i].CreatedBy, in.CreatedByID)
	}
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
		Title:                  a.Title,
		Description:            a.Description,
		Rationale:              a.Rationale,
		ExpectedEffect:         a.ExpectedEffect,
		Verification:           a.Verification,
		InterimMitigation:      a.InterimMitigation,
		WarningsAcceptedReason: a.WarningsAcceptedReason,
		Priority:               string(a.Priority),
		Size:                   string(a.Size),
		DueAt:                  utc(a.DueAt),
		Status:                 string(a.Status),
		StatusReason:           a.StatusReason,
		CompletedAt:            utc(a.CompletedAt),
		TrackerURL:             a.TrackerURL,
		Incidents:              []string{},
	}
	for _, w := range a.AcceptedWarnings {
		out.AcceptedWarnings = append(out.AcceptedWarnings, string(w))
	}
	x.user(&out.Owner, a.OwnerID)
	x.user(&out.CreatedBy, a.CreatedByID)
	if a.TeamID != nil {
		x.teams[*a.TeamID] = true
		out.Team = fmt.Sprint(*a.TeamID) // replaced by the name in directory
	}
	if a.InsightID != nil {
		out.Insight = x.insights[*a.InsightID] // empty when the insight is not exported
	}
	for _, inc := range a.Edges.Incidents {
		// Incidents the viewer may not see (or outside a one-incident
		// export) are left out of the references.
		if k, ok := x.incidents[inc.ID]; ok {
			out.Incidents = append(out.Incidents, k)
		}
	}
}

// directory reads the referenced directory records and fills in the
// references to them.
func (x *exporter) directory(ctx context.Context, client *ent.Client, doc *Document) error {
	services, err := client.Service.Query().Where(service.IDIn(keys(x.services)...)).Order(service.ByID()).All(ctx)
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
	teams, err := client.Team.Query().Where(team.IDIn(keys(x.teams)...)).Order(team.ByID()).
		WithMembers(func(q *ent.UserQuery) { q.Order(user.ByID()).Select(user.FieldID) }).All(ctx)
	if err != nil {
		return err
	}
	teamNames := map[int]string{}
	var memberRefs [][]string
	for _, t := range teams {
		teamNames[t.ID] = t.Name
		refs := make([]string, len(t.Edges.Members))
		for i, m := range t.Edges.Members {
			x.user(&refs[i], &m.ID)
		}
		memberRefs = append(memberRefs, refs)
	}
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
		})
	}
	for _, ref := range x.userRefs {
		*ref = userKeys[x.userIDs[ref]]
	}
	for i, t := range teams {
		doc.Teams = append(doc.Teams, Team{Name: t.Name, Description: t.Description, Members: memberRefs[i]})
	}
	vendors, err := client.Vendor.Query().Where(vendor.IDIn(keys(x.vendors)...)).Order(vendor.ByID()).All(ctx)
	if err != nil {
		return err
	}
	vendorNames := map[int]string{}
	for _, v := range vendors {
		vendorNames[v.ID] = v.Name
		doc.Vendors = append(doc.Vendors, Vendor{Name: v.Name, Website: v.Website, Description: v.Description})
	}
	for _, s := range services {
		out := Service{Name: s.Name, Kind: string(s.Kind), Description: s.Description}
		if s.OwnerTeamID != nil {
			out.OwnerTeam = teamNames[*s.OwnerTeamID]
		}
		if s.VendorID != nil {
			out.Vendor = vendorNames[*s.VendorID]
		}
		doc.Services = append(doc.Services, out)
	}
	tags, err := client.Tag.Query().Where(tag.NameIn(x.tagNames...)).Order(tag.ByID()).All(ctx)
	if err != nil {
		return err
	}
	for _, t := range tags {
		doc.Tags = append(doc.Tags, t.Name)
	}
	categories, err := client.FactorCategory.Query().Where(factorcategory.IDIn(keys(x.categories)...)).Order(factorcategory.ByID()).All(ctx)
	if err != nil {
		return err
	}
	for _, c := range categories {
		doc.FactorCategories = append(doc.FactorCategories, FactorCategory{Name: c.Name, Description: c.Description})
	}
	for i := range doc.ActionItems {
		if a := &doc.ActionItems[i]; a.Team != "" {
			var id int
			_, _ = fmt.Sscan(a.Team, &id)
			a.Team = teamNames[id]
		}
	}
	// Empty lists rather than null keep the document's shape the same
	// whatever it holds.
	doc.Users = nonNil(doc.Users)
	doc.Teams = nonNil(doc.Teams)
	doc.Vendors = nonNil(doc.Vendors)
	doc.Services = nonNil(doc.Services)
	doc.Tags = nonNil(doc.Tags)
	doc.FactorCategories = nonNil(doc.FactorCategories)
	doc.Incidents = nonNil(doc.Incidents)
	doc.ActionItems = nonNil(doc.ActionItems)
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
