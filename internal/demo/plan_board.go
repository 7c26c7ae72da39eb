package demo

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
)

// plannedEvent is one timeline event. Milestone events are not planned:
// the incident hooks mirror the milestone times onto the timeline.
type plannedEvent struct {
	at          time.Time
	kind        enum.EventKind
	source      enum.Channel
	actor       *personSpec
	actorName   string // for actors outside the directory
	text        string
	key         bool
	sourceRef   string
	evidenceURL string
	createdBy   *personSpec // who typed it in; nil when imported
	id          int
}

type plannedPerspective struct {
	spec      perspectiveSpec
	author    *personSpec
	createdAt time.Time
	id        int
}

type plannedQuestion struct {
	spec       questionSpec
	askedBy    *personSpec
	assignee   *personSpec
	answeredBy *personSpec
	status     enum.QuestionStatus
	answer     string
	createdAt  time.Time
	answeredAt *time.Time
	id         int
}

type plannedInsight struct {
	spec      insightSpec
	status    enum.InsightStatus
	factors   []int // indices into the incident's factors
	createdAt time.Time
	id        int
}

type plannedComment struct {
	target commentTarget
	index  int // into the incident's list of that target
	author *personSpec
	body   string
	at     time.Time
	parent int // index of the comment replied to, or -1
	id     int
}

// planBoard plans what the incident's board holds at its status: only a
// timeline while responding; a first question once resolved; voices,
// questions and factors during analysis; insights once reviewed.
func (p *planner) planBoard(inc *plannedIncident) {
	p.planTimeline(inc)
	if inc.status == enum.IncidentStatusResponding {
		return
	}
	p.planPerspectives(inc)
	p.planQuestions(inc)
	p.planFindings(inc)
}

// maxEvents keeps timelines readable; the data-centre fire has the most.
const maxEvents = 20

// planTimeline places the scenario's beats and the common coordination
// beats on the incident's actual timeline, from many sources.
func (p *planner) planTimeline(inc *plannedIncident) {
	sc := inc.scenario
	fill := strings.NewReplacer("{channel}", inc.channel(), "{symptom}", sc.symptom)
	beats := append([]beat(nil), sc.beats...)
	for _, cb := range commonBeats {
		if p.happens(inc, cb.when) && !toldBy(sc.beats, cb.beat) {
			beats = append(beats, cb.beat)
		}
	}
	for _, b := range beats {
		at, ok := p.beatTime(inc, b)
		if !ok {
			continue
		}
		ev := plannedEvent{at: at, kind: b.kind, source: b.source, text: fill.Replace(b.text), key: b.key}
		if strings.HasPrefix(b.who, "@") {
			ev.actor = inc.member(b.who)
			if ev.actor == nil {
				ev.actorName = partLabel(b.who)
			}
		} else {
			ev.actorName = b.who
		}
		inc.events = append(inc.events, ev)
	}
	sort.SliceStable(inc.events, func(i, j int) bool { return inc.events[i].at.Before(inc.events[j].at) })
	for len(inc.events) > maxEvents {
		var droppable []int
		for i, ev := range inc.events {
			if !ev.key {
				droppable = append(droppable, i)
			}
		}
		if len(droppable) == 0 {
			break
		}
		i := pick(p.rng, droppable)
		inc.events = append(inc.events[:i], inc.events[i+1:]...)
	}
	for i := range inc.events {
		p.reference(inc, &inc.events[i], i)
	}
}

// toldBy reports whether the scenario tells a common beat its own way: the
// same person, through the same channel, in the same phase.
func toldBy(beats []beat, common beat) bool {
	for _, b := range beats {
		if b.phase == common.phase && b.source == common.source && b.who == common.who {
			return true
		}
	}
	return false
}

func (p *planner) happens(inc *plannedIncident, c beatCondition) bool {
	noticed, resolved := inc.scenario.symptom != "", inc.resolvedAt != nil
	switch c {
	case often:
		return p.rng.IntN(4) > 0
	case customerFacing:
		return noticed
	case afterResolved:
		return resolved
	case customerFacingResolved:
		return noticed && resolved
	case expertCalled:
		for _, m := range inc.cast {
			if m.part == expert {
				return true
			}
		}
		return false
	}
	return true
}

// beatTime places a beat within its phase. A phase that has not ended yet
// is given a notional end, and beats that would lie in the future have
// not happened: an ongoing incident has only the first part of its story.
func (p *planner) beatTime(inc *plannedIncident, b beat) (time.Time, bool) {
	var from, to time.Time
	openEnd := func(from time.Time) time.Time { return from.Add(2 * p.now.Sub(from)) }
	switch b.phase {
	case onset:
		from, to = inc.startedAt, inc.detectedAt
	case response:
		from, to = inc.acknowledgedAt, openEnd(inc.acknowledgedAt)
		if inc.mitigatedAt != nil {
			to = *inc.mitigatedAt
		}
	case recovery:
		if inc.mitigatedAt == nil {
			return time.Time{}, false
		}
		from, to = *inc.mitigatedAt, openEnd(*inc.mitigatedAt)
		if inc.resolvedAt != nil {
			to = *inc.resolvedAt
		}
	}
	t := from.Add(time.Duration(b.at * float64(to.Sub(from))))
	if b.at > 0 && b.at < 1 {
		t = minTime(t.Add(time.Duration(p.rng.IntN(60))*time.Second), to)
	}
	t = t.Truncate(time.Second)
	return t, !t.After(p.now)
}

// reference fills in where an event came from, in the shape each source
// gives it: Slack permalinks, pager incident links, deploy numbers, call
// logs, message IDs, dashboard links pinned to the incident's time range.
func (p *planner) reference(inc *plannedIncident, ev *plannedEvent, i int) {
	ms := func(t time.Time) int64 { return t.UnixMilli() }
	switch ev.source {
	case viaSlack:
		ev.sourceRef = fmt.Sprintf("https://shopexample.slack.com/archives/C04INC%04d/p%d%06d", inc.number, ev.at.Unix(), 100*i+p.rng.IntN(100))
	case viaZoom:
		ev.sourceRef = fmt.Sprintf("https://shopexample.zoom.us/j/8%09d", inc.number*7919)
	case viaPhone:
		ev.sourceRef = fmt.Sprintf("Call log: bridge line +44 20 7946 0%03d", inc.number%1000)
	case viaPager:
		ev.sourceRef = fmt.Sprintf("https://pagebeacon.example.com/incidents/PB%07d", inc.number*131+i)
		ev.evidenceURL = ev.sourceRef
	case viaEmail:
		ev.sourceRef = fmt.Sprintf("<%d.%d.%d@mail.shop.example>", ev.at.Unix(), inc.number, i)
	case viaDeploy:
		n := 40000 + inc.number*37 + i
		ev.sourceRef = fmt.Sprintf("deploy #%d", n)
		ev.evidenceURL = fmt.Sprintf("https://ci.shop.example/deploys/%d", n)
	case viaDashboard:
		ev.evidenceURL = fmt.Sprintf("https://grafana.shop.example/d/%s?from=%d&to=%d",
			inc.services[0], ms(inc.startedAt.Add(-30*time.Minute)), ms(ev.at.Add(30*time.Minute)))
		ev.sourceRef = ev.evidenceURL
	case viaStatusPage:
		if ev.actor != nil {
			ev.sourceRef = fmt.Sprintf("https://status.shop.example/incidents/%d", inc.number)
			ev.evidenceURL = ev.sourceRef
		} else if v := vendorNamed(inc.scenario.vendor); v != nil {
			ev.sourceRef = v.website + "/status"
			ev.evidenceURL = ev.sourceRef
		}
	}
	// Calls, bridges and console actions do not import themselves:
	// someone typed them in afterwards.
	if ev.actor != nil && (ev.source == viaPhone || ev.source == viaZoom || ev.source == viaOther) {
		ev.createdBy = ev.actor
		if inc.facilitator != nil {
			ev.createdBy = inc.facilitator
		}
	}
}

// planPerspectives collects accounts: support often writes first while it
// is fresh, analysis gathers a few more, and reviewed incidents have them
// all — except where a department had nothing to add.
func (p *planner) planPerspectives(inc *plannedIncident) {
	specs := inc.scenario.perspectives
	var chosen []perspectiveSpec
	switch inc.status {
	case enum.IncidentStatusResolved:
		for _, s := range specs {
			if s.department == enum.DepartmentSupport && p.rng.IntN(2) == 0 {
				chosen = append(chosen, s)
			}
		}
	case enum.IncidentStatusAnalysing:
		chosen = append(chosen, specs[0])
		if len(specs) > 1 && p.rng.IntN(3) > 0 {
			chosen = append(chosen, specs[1+p.rng.IntN(len(specs)-1)])
		}
	default:
		chosen = specs
	}
	for _, s := range chosen {
		at := p.afterResolution(inc, 2*time.Hour, 4*day)
		inc.perspectives = append(inc.perspectives, plannedPerspective{spec: s, author: inc.voiceOf(p, s.department), createdAt: at})
	}
}

// voiceOf finds who speaks for a department: a participant when one took
// part (for engineering, the hands-on responder), otherwise someone from
// that department who saw the incident from their desk.
func (inc *plannedIncident) voiceOf(p *planner, d enum.Department) *personSpec {
	if d == enum.DepartmentLeadership {
		return inc.leader
	}
	if d == enum.DepartmentEngineering {
		return inc.member(responder)
	}
	for _, m := range inc.cast {
		if m.person.department == d {
			return m.person
		}
	}
	return pick(p.rng, inDepartment(d))
}

// planQuestions opens questions as the analysis goes, and answers them as
// it progresses; a question without a known answer stays open as a data
// gap even on old incidents.
func (p *planner) planQuestions(inc *plannedIncident) {
	specs := inc.scenario.questions
	if inc.status == enum.IncidentStatusResolved {
		specs = specs[:1]
	}
	for i, s := range specs {
		q := plannedQuestion{spec: s, askedBy: inc.member(s.askedBy), assignee: inc.member(s.assignee), status: enum.QuestionStatusOpen}
		q.createdAt = p.afterResolution(inc, 30*time.Minute, 3*day)
		answered := s.answer != ""
		switch inc.status {
		case enum.IncidentStatusResolved:
			answered = false
		case enum.IncidentStatusAnalysing:
			answered = answered && i == 0
		case enum.IncidentStatusReviewing:
			answered = answered && i < len(specs)-1
		}
		if answered {
			at := minTime(q.createdAt.Add(time.Duration(4+p.rng.IntN(100))*time.Hour), p.now.Add(-10*time.Minute))
			q.answer, q.answeredBy, q.answeredAt, q.status = s.answer, q.assignee, &at, enum.QuestionStatusAnswered
			if inc.status == enum.IncidentStatusLearningsApplied {
				q.status = enum.QuestionStatusResolved
			}
		}
		inc.questions = append(inc.questions, q)
	}
}

// planFindings files contributing factors during analysis and distils
// insights from them: drafts while analysing, published once reviewed.
func (p *planner) planFindings(inc *plannedIncident) {
	sc := inc.scenario
	switch inc.status {
	case enum.IncidentStatusResolved:
		return
	case enum.IncidentStatusAnalysing:
		inc.factors = sc.factors[:min(len(sc.factors), 1+p.rng.IntN(2))]
	default:
		inc.factors = sc.factors
	}
	for i, s := range sc.insights {
		status := enum.InsightStatusPublished
		switch {
		case inc.status == enum.IncidentStatusAnalysing && (i > 0 || p.rng.IntN(2) == 0):
			continue
		case inc.status == enum.IncidentStatusAnalysing, inc.status == enum.IncidentStatusReviewing && i > 0:
			status = enum.InsightStatusDraft
		}
		var factors []int
		for _, f := range s.factors {
			if f < len(inc.factors) {
				factors = append(factors, f)
			}
		}
		if len(factors) == 0 {
			continue
		}
		at := p.afterResolution(inc, day, 6*day)
		inc.insights = append(inc.insights, plannedInsight{spec: s, status: status, factors: factors, createdAt: at})
	}
}

// planComments starts a little discussion on the board, some of it
// threaded, mentioning people by name. It runs after the actions are
// planned so that actions can be discussed too.
func (p *planner) planComments(inc *plannedIncident) {
	if inc.status == enum.IncidentStatusResponding {
		return
	}
	want := 1
	if inc.status != enum.IncidentStatusResolved {
		want = 2 + p.rng.IntN(3)
	}
	for _, k := range p.rng.Perm(len(commentSpecs)) {
		if inc.topLevelComments() >= want {
			return
		}
		s := commentSpecs[k]
		index, self, at, ok := p.commentTarget(inc, s.on)
		if !ok {
			continue
		}
		author := self
		if s.by != "" {
			author = inc.member(s.by)
		}
		if author == nil {
			continue
		}
		c := plannedComment{target: s.on, index: index, author: author, parent: -1,
			body: mention(s.body, self), at: minTime(at, p.now.Add(-30*time.Minute))}
		inc.comments = append(inc.comments, c)
		if s.reply == "" {
			continue
		}
		replier := self
		if s.replyBy != "" {
			replier = inc.member(s.replyBy)
		}
		if replier == nil || replier == author {
			continue
		}
		inc.comments = append(inc.comments, plannedComment{target: s.on, index: index, author: replier,
			parent: len(inc.comments) - 1, body: mention(s.reply, author),
			at: minTime(c.at.Add(time.Duration(20+p.rng.IntN(600))*time.Minute), p.now.Add(-time.Minute))})
	}
}

// commentTarget picks the item a comment is about, its own person, and
// when the comment was written.
func (p *planner) commentTarget(inc *plannedIncident, on commentTarget) (index int, self *personSpec, at time.Time, ok bool) {
	later := func(t time.Time) time.Time { return t.Add(time.Duration(1+p.rng.IntN(30)) * time.Hour) }
	switch on {
	case onIncident:
		return 0, inc.cast[0].person, later(*inc.resolvedAt), true
	case onPerspective:
		var outside []int
		for i, pp := range inc.perspectives {
			if pp.spec.department != enum.DepartmentEngineering {
				outside = append(outside, i)
			}
		}
		if len(outside) == 0 {
			return
		}
		i := pick(p.rng, outside)
		return i, inc.perspectives[i].author, later(inc.perspectives[i].createdAt), true
	case onEvent:
		var keys []int
		for i, ev := range inc.events {
			if ev.key && ev.actor != nil && ev.source == viaSlack { // the comment is about Slack times
				keys = append(keys, i)
			}
		}
		if len(keys) == 0 {
			return
		}
		i := pick(p.rng, keys)
		return i, inc.events[i].actor, later(*inc.resolvedAt), true
	case onQuestion:
		if len(inc.questions) == 0 {
			return
		}
		i := p.rng.IntN(len(inc.questions))
		return i, inc.questions[i].assignee, later(inc.questions[i].createdAt), true
	case onInsight:
		if len(inc.insights) == 0 || inc.facilitator == nil {
			return
		}
		i := p.rng.IntN(len(inc.insights))
		return i, inc.facilitator, later(inc.insights[i].createdAt), true
	case onAction:
		for i, a := range inc.actions {
			if a.origin == inc && a.owner != nil && sprintSized(a.spec.size) {
				return i, a.owner, later(a.createdAt), true
			}
		}
	}
	return
}

func (inc *plannedIncident) topLevelComments() int {
	n := 0
	for _, c := range inc.comments {
		if c.parent < 0 {
			n++
		}
	}
	return n
}

// afterResolution is a moment between lo and hi after the incident was
// resolved, and never in the future.
func (p *planner) afterResolution(inc *plannedIncident, lo, hi time.Duration) time.Time {
	t := inc.resolvedAt.Add(lo + time.Duration(p.rng.Int64N(int64(hi-lo)))).Truncate(time.Minute)
	return minTime(t, p.now.Add(-time.Hour))
}

// channel is the incident's Slack channel.
func (inc *plannedIncident) channel() string { return fmt.Sprintf("#inc-%d", inc.number) }

// mention fills {name} with an @-mention of the person.
func mention(text string, who *personSpec) string {
	if who == nil {
		return strings.ReplaceAll(text, "{name}", "everyone")
	}
	return strings.ReplaceAll(text, "{name}", "@"+firstName(who.name))
}

// partLabel names a cast role for events whose actor was not cast.
func partLabel(part string) string {
	switch part {
	case support:
		return "Support"
	case comms:
		return "Communications"
	}
	return strings.TrimPrefix(part, "@")
}

func vendorNamed(name string) *vendorSpec {
	for i := range vendorSpecs {
		if vendorSpecs[i].name == name {
			return &vendorSpecs[i]
		}
	}
	return nil
}

func sprintSized(s enum.ActionSize) bool {
	return s == enum.ActionSizeXS || s == enum.ActionSizeS || s == enum.ActionSizeM
}
