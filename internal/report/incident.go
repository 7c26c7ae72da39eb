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
	inc *ent.Incident
	// insights are the published ones, ranked (see rankInsights): a report
	// presents what the organisation agreed it learned, never a draft.
	insights []*ent.Insight
	// drafts counts the insights still being worded.
	drafts  int
	actions []*ent.ActionItem
	updates []*ent.StatusUpdate
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
	d := &incidentData{inc: inc, actions: inc.Edges.ActionItems, updates: inc.Edges.StatusUpdates}
	for _, in := range inc.Edges.Insights {
		if in.Status == enum.InsightStatusPublished {
			d.insights = append(d.insights, in)
		} else {
			d.drafts++
		}
	}
	rankInsights(d.insights)
	// Each insight's incident is this one; set it so the trail needs no query.
	for _, in := range d.insights {
		in.Edges.Incident = inc
	}
	return d, nil
}

// rankInsights orders (published) insights the way reports present them:
// the one with the most action items (what the organisation acted on)
// first, then the most evidence (what it rests on), then the oldest.
func rankInsights(ins []*ent.Insight) {
	slices.SortStableFunc(ins, func(a, b *ent.Insight) int {
		if c := cmp.Compare(len(b.Edges.ActionItems), len(a.Edges.ActionItems)); c != 0 {
			return c
		}
		if c := cmp.Compare(evidenceCount(b), evidenceCount(a)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// evidenceCount is how many things an insight rests on.
func evidenceCount(in *ent.Insight) int {
	return len(in.Edges.EvidenceEvents) + len(in.Edges.EvidencePerspectives) + len(in.Edges.EvidenceQuestions)
}

// noInsight is what a report says while no insight is published.
const noInsight = "No insight has been agreed yet."

// link is a link into an incident's board.
func link(incidentID int, kind string, id int) string {
	return fmt.Sprintf("/incidents/%d#%s-%d", incidentID, kind, id)
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
			return fmt.Sprintf("repeat the last customer update (%s%s):\n\n> %s", stamp(u.SentAt), byChannel(u.Channel), oneLine(u.Body))
		}
	}
	return "_No update was sent to customers. Write what support should say._"
}

// byChannel says how an update was sent (", via status page"), or
// nothing when the channel says nothing.
func byChannel(c enum.Channel) string {
	switch c {
	case "", enum.ChannelOther:
		return ""
	case enum.ChannelSlack, enum.ChannelZoom, enum.ChannelDebrief:
		// Product names keep their capital.
		return ", via " + string(c[:1]) + words(c[1:])
	}
	return ", via " + words(c)
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
		fmt.Fprintf(&b, "- [%s](%s) %s: %s%s\n", stamp(e.OccurredAt), link(d.inc.ID, "event", e.ID), words(e.Kind), oneLine(e.Text), who)
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

// topInsight is the first published insight and what it rests on; drafts
// are never offered as what was learned.
func (d *incidentData) topInsight() string {
	if len(d.insights) == 0 {
		return "_" + noInsight + "_"
	}
	in := d.insights[0]
	s := fmt.Sprintf("**[%s](%s)**", linkText(in.Statement), link(d.inc.ID, "insight", in.ID))
	if in.Detail != "" {
		s += "\n\n" + strings.TrimSpace(in.Detail)
	}
	if backing := backingSentence(evidenceCount(in), len(in.Edges.ActionItems)); backing != "" {
		s += "\n\n" + backing
	}
	return s
}

// backingSentence says what an insight rests on and led to, leaving out
// the counts that are zero (nothing at all: no sentence).
func backingSentence(evidence, actions int) string {
	var parts []string
	if evidence > 0 {
		parts = append(parts, "rests on "+plural(evidence, "piece of evidence", "pieces of evidence"))
	}
	if actions > 0 {
		parts = append(parts, "led to "+plural(actions, "action item", "action items"))
	}
	if len(parts) == 0 {
		return ""
	}
	return "It " + strings.Join(parts, " and ") + "."
}

// insightList lists the published insights. Drafts are only counted, with
// a link to the board where they are being worded.
func (d *incidentData) insightList() string {
	var b strings.Builder
	for _, in := range d.insights {
		fmt.Fprintf(&b, "- [%s](%s)", linkText(in.Statement), link(d.inc.ID, "insight", in.ID))
		if in.Detail != "" {
			fmt.Fprintf(&b, ": %s", oneLine(in.Detail))
		}
		b.WriteString("\n")
	}
	if d.drafts > 0 {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		board := fmt.Sprintf("[the incident's board](/incidents/%d)", d.inc.ID)
		if len(d.insights) == 0 {
			fmt.Fprintf(&b, "_%s %s still being worded on %s._", noInsight, isAre(d.drafts, "draft"), board)
		} else {
			fmt.Fprintf(&b, "_%s still being worded on %s._", isAre(d.drafts, "more insight"), board)
		}
	}
	if b.Len() == 0 {
		return "_" + noInsight + "_"
	}
	return strings.TrimRight(b.String(), "\n")
}

// isAre says "1 draft is" or "2 drafts are".
func isAre(n int, noun string) string {
	if n == 1 {
		return "1 " + noun + " is"
	}
	return fmt.Sprintf("%d %ss are", n, noun)
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
	return fmt.Sprintf("[%s](%s) — %s%s, %s, %s", linkText(a.Title), link(incidentID, "action", a.ID), owner, team, due, words(a.Status))
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
		fmt.Fprintf(&b, "- [%s](%s) (%s): %s", linkText(who), link(d.inc.ID, "perspective", p.ID), words(p.Department), oneLine(p.WhatTheySaw))
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
		kind := "internal update"
		if u.Audience == enum.CommsCustomers {
			kind = "customer update"
		}
		to := ""
		if r := oneLine(u.Recipients); r != "" {
			to = " to " + r
		}
		fmt.Fprintf(&b, "- %s — %s%s%s: %s\n", stamp(u.SentAt), kind, to, byChannel(u.Channel), oneLine(u.Body))
	}
	return strings.TrimRight(b.String(), "\n")
}

// trail renders incident → evidence → insight → action for each insight.
func trailMarkdown(entries []*Entry) string {
	if len(entries) == 0 {
		return "_" + noInsight + " The trail starts from one._"
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

// incidentScope says what an incident report covers, naming the incident
// by its title (readers know incidents by name, not by number); customers
// get the start time only, as for the report's title.
func incidentScope(a enum.ReportAudience, inc *ent.Incident) string {
	if a == enum.AudienceCustomer {
		return "The incident that started " + stamp(inc.StartedAt)
	}
	return fmt.Sprintf("The incident “%s”, started %s", oneLine(inc.Title), stamp(inc.StartedAt))
}
