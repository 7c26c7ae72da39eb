package report

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/statusupdate"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/analysis"
	"github.com/debrief/debrief/internal/apperr"
)

// incidentData is everything an incident report may draw on, read in one
// go (a fixed number of statements) with the caller's context.
type incidentData struct {
	inc      *ent.Incident
	insights []*ent.Insight // ranked: see rankInsights
	actions  []*ent.ActionItem
	updates  []*ent.StatusUpdate
}

// withInsightTrail loads what the trail of an insight shows.
func withInsightTrail(q *ent.InsightQuery) {
	q.WithEvidenceEvents(func(q *ent.TimelineEventQuery) {
		q.Order(ent.Asc(timelineevent.FieldOccurredAt), ent.Asc(timelineevent.FieldID))
	}).
		WithEvidencePerspectives(func(q *ent.PerspectiveQuery) { q.WithAuthor() }).
		WithEvidenceQuestions().
		WithActionItems(func(q *ent.ActionItemQuery) {
			q.WithOwner().WithTeam().Order(ent.Asc(actionitem.FieldID))
		})
}

func loadIncident(ctx context.Context, client *ent.Client, id int) (*incidentData, error) {
	inc, err := client.Incident.Query().Where(incident.ID(id)).
		WithFacilitator().
		WithServices(func(q *ent.ServiceQuery) { q.WithOwnerTeam() }).
		WithVendors().
		WithParticipants(func(q *ent.ParticipantQuery) { q.WithUser() }).
		WithTimelineEvents(func(q *ent.TimelineEventQuery) {
			q.WithActor().Order(ent.Asc(timelineevent.FieldOccurredAt), ent.Asc(timelineevent.FieldID))
		}).
		WithPerspectives(func(q *ent.PerspectiveQuery) { q.WithAuthor() }).
		WithQuestions(func(q *ent.QuestionQuery) { q.WithAssignee() }).
		WithContributingFactors(func(q *ent.ContributingFactorQuery) { q.WithCategory() }).
		WithInsights(withInsightTrail).
		WithActionItems(func(q *ent.ActionItemQuery) { q.WithOwner().WithTeam().Order(ent.Asc(actionitem.FieldID)) }).
		WithStatusUpdates(func(q *ent.StatusUpdateQuery) {
			q.Order(ent.Asc(statusupdate.FieldSentAt), ent.Asc(statusupdate.FieldID))
		}).
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("incident %d not found", id)
	}
	if err != nil {
		return nil, err
	}
	d := &incidentData{inc: inc, insights: slices.Clone(inc.Edges.Insights), actions: inc.Edges.ActionItems, updates: inc.Edges.StatusUpdates}
	rankInsights(d.insights)
	// Each insight's incident is this one; set it so the trail needs no query.
	for _, in := range d.insights {
		in.Edges.Incident = inc
	}
	return d, nil
}

// rankInsights orders insights the way reports present them: published
// first; then the one with the most action items (what the organisation
// acted on), then the most evidence (what it rests on), then the oldest.
func rankInsights(ins []*ent.Insight) {
	evidence := func(i *ent.Insight) int {
		return len(i.Edges.EvidenceEvents) + len(i.Edges.EvidencePerspectives) + len(i.Edges.EvidenceQuestions)
	}
	slices.SortStableFunc(ins, func(a, b *ent.Insight) int {
		pa, pb := a.Status == enum.InsightStatusPublished, b.Status == enum.InsightStatusPublished
		if pa != pb {
			if pa {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(len(b.Edges.ActionItems), len(a.Edges.ActionItems)); c != 0 {
			return c
		}
		if c := cmp.Compare(evidence(b), evidence(a)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// link is a link into an incident's board.
func link(incidentID int, kind string, id int) string {
	return fmt.Sprintf("/incidents/%d#%s-%d", incidentID, kind, id)
}

// quoted collects the figures a report quotes, so that it carries their
// definitions and nothing else.
type quoted struct{ keys []string }

func (q *quoted) add(key string) {
	if !slices.Contains(q.keys, key) {
		q.keys = append(q.keys, key)
	}
}

// definitions are the analysis definitions of the figures quoted, in the
// analysis order.
func (q *quoted) definitions() []analysis.Definition {
	out := []analysis.Definition{}
	for _, d := range analysis.Definitions() {
		if slices.Contains(q.keys, d.Key) {
			out = append(out, *d)
		}
	}
	return out
}

func renderDefinitions(defs []analysis.Definition) string {
	if len(defs) == 0 {
		return "_No figures quoted._"
	}
	var b strings.Builder
	for _, d := range defs {
		fmt.Fprintf(&b, "- **%s** (`%s`): %s\n", d.Label, d.Key, d.Definition)
	}
	return strings.TrimRight(b.String(), "\n")
}

// milestone spans, measured from startedAt as the analysis measures them
// (so that the analysis definitions quoted beside them hold).
func (d *incidentData) since(t *time.Time) *time.Duration {
	if t == nil {
		return nil
	}
	s := t.Sub(d.inc.StartedAt)
	return &s
}

func (d *incidentData) durationLine(q *quoted, key, label string, t *time.Time) string {
	q.add(key)
	if s := d.since(t); s != nil {
		return fmt.Sprintf("- %s: %s", label, span(*s))
	}
	return fmt.Sprintf("- %s: not yet (still open)", label)
}

func (d *incidentData) customersAffected(q *quoted) string {
	q.add(analysis.KeyCustomersAffected)
	if d.inc.CustomersAffected == nil {
		return "- Customers affected: not estimated"
	}
	return fmt.Sprintf("- Customers affected: %d", *d.inc.CustomersAffected)
}

func orPrompt(s, prompt string) string {
	if strings.TrimSpace(s) == "" {
		return "_" + prompt + "_"
	}
	return strings.TrimSpace(s)
}

// internalNames are the names a customer must not read: the incident's
// services, their teams, its vendors and the people on it.
func (d *incidentData) internalNames() []string {
	var names []string
	for _, s := range d.inc.Edges.Services {
		names = append(names, s.Name)
		if t := s.Edges.OwnerTeam; t != nil {
			names = append(names, t.Name)
		}
	}
	for _, v := range d.inc.Edges.Vendors {
		names = append(names, v.Name)
	}
	for _, p := range d.inc.Edges.Participants {
		if p.Edges.User != nil {
			names = append(names, p.Edges.User.Name)
		}
	}
	if f := d.inc.Edges.Facilitator; f != nil {
		names = append(names, f.Name)
	}
	for _, a := range d.actions {
		if a.Edges.Owner != nil {
			names = append(names, a.Edges.Owner.Name)
		}
		if a.Edges.Team != nil {
			names = append(names, a.Edges.Team.Name)
		}
	}
	return names
}

// impact says the customer impact in the audience's terms.
func (d *incidentData) impact(a enum.ReportAudience, q *quoted) string {
	inc := d.inc
	lines := []string{}
	switch a {
	case enum.AudienceExecutive:
		lines = append(lines,
			"**Business impact:** "+orPrompt(oneLine(inc.CustomerImpact), "Say what the business lost or risked: revenue, customers, commitments."),
			"",
			d.customersAffected(q),
			d.durationLine(q, analysis.KeyTimeToMitigate, "Time to mitigate", inc.MitigatedAt))
	case enum.AudienceSupport:
		lines = append(lines,
			"**What customers saw:** "+orPrompt(oneLine(inc.CustomerImpact), "Describe what customers saw."),
			"",
			"- When: from "+stamp(inc.StartedAt)+" until "+untilText(inc.MitigatedAt)+" (mitigated)",
			d.customersAffected(q),
			d.durationLine(q, analysis.KeyTimeToMitigate, "Time to mitigate", inc.MitigatedAt),
			"",
			"**What to tell customers who ask:** "+d.lastCustomerUpdate())
	case enum.AudienceCustomer:
		clean := newRedactor(d.internalNames()).clean(oneLine(inc.CustomerImpact))
		lines = append(lines,
			"**What you may have noticed:** "+orPrompt(clean, "Describe in plain words what customers experienced."),
			"",
			"It began at "+stamp(inc.StartedAt)+" and was "+customerEnd(inc)+".")
		if inc.MitigatedAt != nil {
			q.add(analysis.KeyTimeToMitigate)
			lines = append(lines, "", "Time to mitigate: "+span(inc.MitigatedAt.Sub(inc.StartedAt))+".")
		}
	default:
		lines = append(lines,
			"**Customer impact:** "+orPrompt(oneLine(inc.CustomerImpact), "Describe the customer impact."),
			"",
			d.customersAffected(q),
			d.durationLine(q, analysis.KeyTimeToDetect, "Time to detect", inc.DetectedAt),
			d.durationLine(q, analysis.KeyTimeToMitigate, "Time to mitigate", inc.MitigatedAt),
			d.durationLine(q, analysis.KeyTimeToResolve, "Time to resolve", inc.ResolvedAt))
	}
	return strings.Join(lines, "\n")
}

func untilText(t *time.Time) string {
	if t == nil {
		return "not yet"
	}
	return stamp(*t)
}

func customerEnd(inc *ent.Incident) string {
	switch {
	case inc.ResolvedAt != nil && inc.MitigatedAt != nil:
		return "mitigated at " + stamp(*inc.MitigatedAt) + " and fully resolved at " + stamp(*inc.ResolvedAt)
	case inc.ResolvedAt != nil:
		return "resolved at " + stamp(*inc.ResolvedAt)
	case inc.MitigatedAt != nil:
		return "mitigated at " + stamp(*inc.MitigatedAt)
	default:
		return "still being worked on when this report was written"
	}
}

// lastCustomerUpdate is what was last said to customers: what support
// should repeat.
func (d *incidentData) lastCustomerUpdate() string {
	for i := len(d.updates) - 1; i >= 0; i-- {
		if u := d.updates[i]; u.Audience == enum.CommsCustomers {
			return fmt.Sprintf("repeat the last customer update (%s, %s):\n\n> %s", stamp(u.SentAt), u.Channel, oneLine(u.Body))
		}
	}
	return "_No update was sent to customers. Write what support should say._"
}

func (d *incidentData) keyMoments() string {
	inc := d.inc
	moment := func(label string, t *time.Time) string {
		if t == nil {
			return "- " + label + ": not yet"
		}
		return "- " + label + ": " + stamp(*t)
	}
	return strings.Join([]string{
		moment("Started", &inc.StartedAt),
		moment("Detected", inc.DetectedAt),
		moment("Mitigated", inc.MitigatedAt),
		moment("Resolved", inc.ResolvedAt),
	}, "\n")
}

func (d *incidentData) timeline() string {
	if len(d.inc.Edges.TimelineEvents) == 0 {
		return "_No timeline events yet._"
	}
	var b strings.Builder
	for _, e := range d.inc.Edges.TimelineEvents {
		who := e.ActorName
		if e.Edges.Actor != nil {
			who = e.Edges.Actor.Name
		}
		if who != "" {
			who = " — " + oneLine(who)
		}
		fmt.Fprintf(&b, "- [%s](%s) %s: %s%s\n", stamp(e.OccurredAt), link(d.inc.ID, "event", e.ID), e.Kind, oneLine(e.Text), who)
	}
	return strings.TrimRight(b.String(), "\n")
}

func (d *incidentData) factors() string {
	if len(d.inc.Edges.ContributingFactors) == 0 {
		return "_No contributing factors recorded yet._"
	}
	var b strings.Builder
	for _, f := range d.inc.Edges.ContributingFactors {
		category := "Uncategorised"
		if f.Edges.Category != nil {
			category = f.Edges.Category.Name
		}
		fmt.Fprintf(&b, "- **%s**: %s\n", oneLine(category), oneLine(f.Description))
	}
	return strings.TrimRight(b.String(), "\n")
}

func (d *incidentData) topInsight() string {
	if len(d.insights) == 0 {
		return "_No insight recorded yet: say what this incident taught us._"
	}
	in := d.insights[0]
	s := fmt.Sprintf("**[%s](%s)**", linkText(in.Statement), link(d.inc.ID, "insight", in.ID))
	if in.Status != enum.InsightStatusPublished {
		s += " _(draft insight)_"
	}
	if in.Detail != "" {
		s += "\n\n" + strings.TrimSpace(in.Detail)
	}
	n := len(in.Edges.EvidenceEvents) + len(in.Edges.EvidencePerspectives) + len(in.Edges.EvidenceQuestions)
	return s + fmt.Sprintf("\n\nIt rests on %d piece(s) of evidence and led to %d action item(s).", n, len(in.Edges.ActionItems))
}

func (d *incidentData) insightList() string {
	if len(d.insights) == 0 {
		return "_No insights recorded yet._"
	}
	var b strings.Builder
	for _, in := range d.insights {
		fmt.Fprintf(&b, "- [%s](%s) (%s)", linkText(in.Statement), link(d.inc.ID, "insight", in.ID), in.Status)
		if in.Detail != "" {
			fmt.Fprintf(&b, ": %s", oneLine(in.Detail))
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func actionLine(incidentID int, a *ent.ActionItem, withTeam bool) string {
	owner, team, due := "no owner", "", "no due date"
	if a.Edges.Owner != nil {
		owner = "owner " + a.Edges.Owner.Name
	}
	if withTeam && a.Edges.Team != nil {
		team = ", team " + a.Edges.Team.Name
	}
	if a.DueAt != nil {
		due = "due " + day(*a.DueAt)
	}
	return fmt.Sprintf("[%s](%s) — %s%s, %s, %s", linkText(a.Title), link(incidentID, "action", a.ID), owner, team, due, a.Status)
}

// actions lists the actions; for TEAM reports each team's under its name.
func (d *incidentData) actionList(a enum.ReportAudience) string {
	if len(d.actions) == 0 {
		return "_No action items yet._"
	}
	var b strings.Builder
	if a != enum.AudienceTeam {
		for _, x := range d.actions {
			b.WriteString("- " + actionLine(d.inc.ID, x, true) + "\n")
		}
		return strings.TrimRight(b.String(), "\n")
	}
	groups := map[string][]*ent.ActionItem{}
	var names []string
	for _, x := range d.actions {
		name := "No team"
		if x.Edges.Team != nil {
			name = x.Edges.Team.Name
		}
		if _, ok := groups[name]; !ok {
			names = append(names, name)
		}
		groups[name] = append(groups[name], x)
	}
	// Teams by name; the actions nobody's team owns last, to be assigned.
	slices.SortFunc(names, func(x, y string) int {
		if (x == "No team") != (y == "No team") {
			if x == "No team" {
				return 1
			}
			return -1
		}
		return strings.Compare(x, y)
	})
	for _, name := range names {
		fmt.Fprintf(&b, "### %s\n\n", oneLine(name))
		for _, x := range groups[name] {
			b.WriteString("- " + actionLine(d.inc.ID, x, false) + "\n")
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (d *incidentData) perspectives() string {
	if len(d.inc.Edges.Perspectives) == 0 {
		return "_No perspectives yet._"
	}
	var b strings.Builder
	for _, p := range d.inc.Edges.Perspectives {
		who := "Someone"
		if p.Edges.Author != nil {
			who = p.Edges.Author.Name
		}
		fmt.Fprintf(&b, "- [%s](%s) (%s): %s", linkText(who), link(d.inc.ID, "perspective", p.ID), p.Department, oneLine(p.WhatTheySaw))
		if p.WhatHelped != "" {
			fmt.Fprintf(&b, " Helped: %s", oneLine(p.WhatHelped))
		}
		if p.WhatHurt != "" {
			fmt.Fprintf(&b, " Hurt: %s", oneLine(p.WhatHurt))
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func (d *incidentData) openQuestions() string {
	var b strings.Builder
	for _, q := range d.inc.Edges.Questions {
		if q.Status != enum.QuestionStatusOpen {
			continue
		}
		fmt.Fprintf(&b, "- [%s](%s)", linkText(q.Text), link(d.inc.ID, "question", q.ID))
		if q.Edges.Assignee != nil {
			fmt.Fprintf(&b, " — asked of %s", q.Edges.Assignee.Name)
		}
		b.WriteString("\n")
	}
	if b.Len() == 0 {
		return "_No open questions._"
	}
	return strings.TrimRight(b.String(), "\n")
}

func (d *incidentData) statusUpdates() string {
	if len(d.updates) == 0 {
		return "_No status updates were recorded._"
	}
	var b strings.Builder
	for _, u := range d.updates {
		fmt.Fprintf(&b, "- %s, %s to %s (%s): %s\n", stamp(u.SentAt), u.Channel, oneLine(u.Recipients), u.Audience, oneLine(u.Body))
	}
	return strings.TrimRight(b.String(), "\n")
}

// trail renders incident → evidence → insight → action for each insight.
func trailMarkdown(entries []*Entry) string {
	if len(entries) == 0 {
		return "_No insights recorded yet, so no trail._"
	}
	var b strings.Builder
	for _, e := range entries {
		fmt.Fprintf(&b, "- Incident [%s](/incidents/%d) → insight [%s](%s)\n", linkText(e.Incident.Title), e.Incident.ID,
			linkText(e.Insight.Statement), link(e.Incident.ID, "insight", e.Insight.ID))
		for _, ev := range e.Evidence {
			fmt.Fprintf(&b, "  - Evidence (%s): [%s](%s)\n", strings.ToLower(strings.ReplaceAll(ev.Kind, "_", " ")), linkText(ev.Summary), ev.Link)
		}
		if len(e.Evidence) == 0 {
			b.WriteString("  - _No evidence linked yet._\n")
		}
		for _, a := range e.Actions {
			b.WriteString("  - Action: " + actionLine(e.Incident.ID, a, true) + "\n")
		}
		if len(e.Actions) == 0 {
			b.WriteString("  - _No action yet._\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// incidentTitle is the default title of an incident report. Customers get
// none of the incident's own title, which often names a service.
func incidentTitle(a enum.ReportAudience, inc *ent.Incident) string {
	if a == enum.AudienceCustomer {
		return "Incident report: " + inc.StartedAt.UTC().Format("2 January 2006")
	}
	return short(audienceLabel(a)+": "+inc.Title, 200)
}

func audienceLabel(a enum.ReportAudience) string {
	switch a {
	case enum.AudienceExecutive:
		return "Executive summary"
	case enum.AudienceEngineering:
		return "Engineering review"
	case enum.AudienceTeam:
		return "Team follow-up"
	case enum.AudienceSupport:
		return "Support briefing"
	case enum.AudienceCustomer:
		return "Incident report"
	default:
		return "Leadership review"
	}
}

// incidentScope says what an incident report covers.
func incidentScope(inc *ent.Incident) string {
	return fmt.Sprintf("Incident #%d, started %s", inc.ID, stamp(inc.StartedAt))
}
