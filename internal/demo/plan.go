package demo

import (
	"math/rand/v2"
	"sort"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
)

// Planning turns the scenario tables into a concrete, dated history. It is
// pure: no database, only the seeded generator and `now`, so the same `now`
// always yields the same organisation. Writing the plan is write.go's job.

// planner draws every random choice of the demo from one seeded source, in
// a fixed order.
type planner struct {
	rng *rand.Rand
	now time.Time
}

// plan is everything the loader will write.
type plan struct {
	incidents []*plannedIncident // oldest first
	actions   []*plannedAction
}

// plannedIncident is one incident with its whole board.
type plannedIncident struct {
	number     int // shown as the incident channel, #inc-<number>
	scenario   *scenario
	occurrence int // how many times the scenario happened before

	title             string
	summary           string
	customerImpact    string
	severity          enum.Severity
	status            enum.IncidentStatus
	startedAt         time.Time
	detectedAt        time.Time
	acknowledgedAt    time.Time
	mitigatedAt       *time.Time
	resolvedAt        *time.Time
	customersAffected *int
	services          []string
	tags              []string
	restricted        bool
	reviewMode        *enum.ReviewMode
	reviewDueAt       *time.Time
	reviewedAt        time.Time // when the review produced its actions
	facilitator       *personSpec
	leader            *personSpec // the leadership voice for this incident
	createdBy         *personSpec // nil when an integration opened it
	createdAt         time.Time
	updatedAt         time.Time

	cast         []castMember
	events       []plannedEvent
	perspectives []plannedPerspective
	questions    []plannedQuestion
	factors      []factorSpec
	insights     []plannedInsight
	actions      []*plannedAction // its own and those it shares
	comments     []plannedComment

	id int // set once written
}

// castMember is a person's part in an incident.
type castMember struct {
	part     string // cast role, e.g. commander
	person   *personSpec
	role     enum.ParticipantRole
	location string
	timeZone string
	channels []enum.Channel
}

// slot is when an incident started and how far it has come since.
type slot struct {
	age     time.Duration
	status  enum.IncidentStatus
	ongoing bool // still responding, not yet mitigated
}

const day = 24 * time.Hour

// makePlan plans the whole history.
func (p *planner) makePlan() *plan {
	slots := p.slots()
	pl := &plan{}
	for i, sc := range p.assignScenarios(slots) {
		inc := p.planIncident(sc, slots[i], 101+i, pl.incidents)
		pl.incidents = append(pl.incidents, inc)
	}
	for _, inc := range pl.incidents {
		p.planBoard(inc)
	}
	pl.actions = p.planActions(pl.incidents)
	for _, inc := range pl.incidents {
		p.planComments(inc)
	}
	return pl
}

// slots spreads about forty incidents over the eighteen months before now.
// How far an incident has come in the learning loop follows from its age:
// the newest are still being responded to, the oldest have had their
// learnings applied — except some older ones whose follow-up has stalled,
// because that is what follow-through views exist to show.
func (p *planner) slots() []slot {
	hours := func(max float64) time.Duration { return time.Duration(p.rng.Float64() * max * float64(time.Hour)) }
	s := []slot{
		{age: 95 * time.Minute, status: enum.IncidentStatusResponding, ongoing: true},
		{age: 4*time.Hour + hours(2), status: enum.IncidentStatusResponding},
	}
	for _, d := range []float64{1.2, 2.5, 3.8} {
		s = append(s, slot{age: time.Duration(d*float64(day)) + hours(6), status: enum.IncidentStatusResolved})
	}
	for _, d := range []float64{5, 7.5, 10, 12.5} {
		s = append(s, slot{age: time.Duration(d*float64(day)) + hours(12), status: enum.IncidentStatusAnalysing})
	}
	for _, d := range []float64{16, 22, 28} {
		s = append(s, slot{age: time.Duration(d*float64(day)) + hours(24), status: enum.IncidentStatusReviewing})
	}
	const older, from, span = 28, 35.0, 505.0
	for k := 0; k < older; k++ {
		days := from + span*(float64(k)+p.rng.Float64())/older
		status := enum.IncidentStatusLearningsApplied
		if days < 150 || k%4 == 1 {
			status = enum.IncidentStatusFollowingUp
		}
		s = append(s, slot{age: time.Duration(days * float64(day)), status: status})
	}
	sort.SliceStable(s, func(i, j int) bool { return s[i].age > s[j].age })
	return s
}

// assignScenarios deals the recurring scenarios in shuffled rounds, so each
// recurs spread out over time, and puts the one-off outlier about nine
// months back, where it has long since been reviewed but its biggest
// action is still open.
func (p *planner) assignScenarios(slots []slot) []*scenario {
	var recurring []*scenario
	var outlier *scenario
	for i := range scenarios {
		if scenarios[i].once {
			outlier = &scenarios[i]
		} else {
			recurring = append(recurring, &scenarios[i])
		}
	}
	outlierAt := 0
	for i, s := range slots {
		if absDuration(s.age-280*day) < absDuration(slots[outlierAt].age-280*day) {
			outlierAt = i
		}
	}
	slots[outlierAt].status = enum.IncidentStatusFollowingUp
	var deck []*scenario
	for len(deck) < len(slots) {
		for _, i := range p.rng.Perm(len(recurring)) {
			deck = append(deck, recurring[i])
		}
	}
	out := make([]*scenario, len(slots))
	for i := range slots {
		if i == outlierAt {
			out[i] = outlier
			continue
		}
		out[i], deck = deck[0], deck[1:]
	}
	return out
}

// planIncident dates and describes one incident and picks who took part.
func (p *planner) planIncident(sc *scenario, s slot, number int, earlier []*plannedIncident) *plannedIncident {
	inc := &plannedIncident{number: number, scenario: sc, status: s.status, restricted: sc.restricted}
	for _, e := range earlier {
		if e.scenario == sc {
			inc.occurrence++
		}
	}
	inc.title = sc.titles[inc.occurrence%len(sc.titles)]
	inc.severity = p.severity(sc)
	p.milestones(inc, s)
	inc.summary, inc.customerImpact = sc.summary, sc.impact
	switch inc.status {
	case enum.IncidentStatusResponding:
		inc.summary = sc.opening
		if sc.symptom != "" {
			inc.customerImpact = "Being assessed: customers report " + sc.symptom + "."
		}
	case enum.IncidentStatusResolved:
		inc.summary = sc.opening + " Resolved; analysis to follow."
	}
	if inc.status != enum.IncidentStatusResponding {
		n := p.between(sc.customers) / 10 * 10
		inc.customersAffected = &n
	}
	inc.services = sc.services
	if len(sc.services) == 3 && p.rng.IntN(10) < 3 {
		inc.services = sc.services[:2]
	}
	inc.tags = append([]string(nil), sc.tags...)
	if wd := inc.startedAt.Weekday(); wd == time.Saturday || wd == time.Sunday {
		inc.tags = append(inc.tags, tagWeekend)
	}
	if m, d := inc.startedAt.Month(), inc.startedAt.Day(); m == time.December || (m == time.November && d >= 20) {
		inc.tags = append(inc.tags, tagPeakSeason)
	}
	inc.leader = pick(p.rng, inDepartment(enum.DepartmentLeadership))
	if inc.analysed() || inc.status == enum.IncidentStatusAnalysing {
		inc.facilitator = personNamed(pick(p.rng, facilitators))
		p.review(inc)
	}
	p.castIncident(inc)
	inc.createdAt = inc.acknowledgedAt
	if p.rng.IntN(10) < 7 {
		inc.createdBy = inc.cast[0].person // the commander declared it
	}
	inc.updatedAt = p.lastTouched(inc)
	return inc
}

// analysed reports whether the incident has been reviewed, so that its
// board carries insights and actions.
func (inc *plannedIncident) analysed() bool {
	switch inc.status {
	case enum.IncidentStatusReviewing, enum.IncidentStatusFollowingUp, enum.IncidentStatusLearningsApplied:
		return true
	}
	return false
}

// severity varies a scenario's usual severity a step either way, because
// the same failure hurts more or less depending on the day.
func (p *planner) severity(sc *scenario) enum.Severity {
	order := enum.Severity("").Values()
	i := 0
	for k, v := range order {
		if enum.Severity(v) == sc.severity {
			i = k
		}
	}
	if !sc.once {
		switch r := p.rng.IntN(10); {
		case r < 2 && i > 0:
			i--
		case r < 4 && i < len(order)-1:
			i++
		}
	}
	return enum.Severity(order[i])
}

// milestones sets the incident's milestone times from the scenario's
// typical durations, squeezed where needed so that nothing lies in the
// future and an incident's status fits how long ago it ended.
func (p *planner) milestones(inc *plannedIncident, s slot) {
	sc := inc.scenario
	start := p.now.Add(-s.age).Truncate(time.Minute)
	minutes := func(n int) time.Duration { return time.Duration(n) * time.Minute }
	detect := minutes(p.between(sc.detectAfter))
	ack := detect + minutes(1+p.rng.IntN(8))
	mitigate := ack + minutes(p.between(sc.mitigateAfter))
	resolveAfter := sc.resolveAfter
	if resolveAfter == [2]int{} {
		resolveAfter = [2]int{15, 180}
	}
	resolve := mitigate + minutes(p.between(resolveAfter))

	if s.status == enum.IncidentStatusResponding {
		room := p.now.Sub(start)
		if ack > room/2 {
			scale := float64(room) * 0.4 / float64(ack)
			detect, ack = scaled(detect, scale), scaled(ack, scale)
		}
		inc.startedAt, inc.detectedAt, inc.acknowledgedAt = start, start.Add(detect), start.Add(ack)
		if !s.ongoing {
			if mitigate > room-10*time.Minute {
				mitigate = ack + (room-ack)*6/10
			}
			m := start.Add(mitigate).Truncate(time.Second)
			inc.mitigatedAt = &m
		}
		return
	}
	latest := p.now.Add(-settledFor(s.status))
	if end := start.Add(resolve); end.After(latest) {
		scale := float64(latest.Sub(start)) / float64(resolve)
		detect, ack, mitigate, resolve = scaled(detect, scale), scaled(ack, scale), scaled(mitigate, scale), scaled(resolve, scale)
	}
	m, r := start.Add(mitigate), start.Add(resolve)
	inc.startedAt, inc.detectedAt, inc.acknowledgedAt = start, start.Add(detect), start.Add(ack)
	inc.mitigatedAt, inc.resolvedAt = &m, &r
}

// settledFor is how long before now an incident at a status must have been
// resolved for the status to be believable.
func settledFor(s enum.IncidentStatus) time.Duration {
	switch s {
	case enum.IncidentStatusResolved:
		return 3 * time.Hour
	case enum.IncidentStatusAnalysing:
		return 2 * day
	case enum.IncidentStatusReviewing:
		return 8 * day
	}
	return 25 * day
}

func scaled(d time.Duration, f float64) time.Duration {
	return time.Duration(float64(d) * f).Truncate(time.Second)
}

// review sets how and when the incident is reviewed. Big incidents get a
// meeting more often; small ones are mostly reviewed asynchronously.
func (p *planner) review(inc *plannedIncident) {
	mode := enum.ReviewModeAsync
	big := inc.severity == enum.SeveritySev1 || inc.severity == enum.SeveritySev2
	if (big && p.rng.IntN(10) < 7) || (!big && p.rng.IntN(10) < 2) {
		mode = enum.ReviewModeMeeting
	}
	due := inc.resolvedAt.Add(time.Duration(10+p.rng.IntN(12)) * day).Truncate(time.Hour)
	inc.reviewMode, inc.reviewDueAt = &mode, &due
	inc.reviewedAt = due.Add(time.Duration(p.rng.IntN(9)-3) * day)
	if inc.status == enum.IncidentStatusReviewing {
		inc.reviewedAt = p.now.Add(-time.Duration(1+p.rng.IntN(3)) * day)
	}
	inc.reviewedAt = minTime(inc.reviewedAt, p.now.Add(-day))
	if inc.reviewedAt.Before(*inc.resolvedAt) {
		inc.reviewedAt = inc.resolvedAt.Add(day)
	}
}

// lastTouched is when anyone last changed the incident record.
func (p *planner) lastTouched(inc *plannedIncident) time.Time {
	var t time.Time
	switch inc.status {
	case enum.IncidentStatusResponding:
		t = p.now.Add(-time.Duration(1+p.rng.IntN(10)) * time.Minute)
	case enum.IncidentStatusResolved:
		t = inc.resolvedAt.Add(time.Duration(10+p.rng.IntN(50)) * time.Minute)
	case enum.IncidentStatusAnalysing, enum.IncidentStatusReviewing:
		t = p.now.Add(-time.Duration(2+p.rng.IntN(46)) * time.Hour)
	case enum.IncidentStatusFollowingUp:
		t = inc.reviewedAt.Add(time.Duration(1+p.rng.IntN(5)) * day)
	default:
		t = inc.reviewedAt.Add(time.Duration(30+p.rng.IntN(60)) * day)
	}
	t = minTime(t, p.now)
	if t.Before(inc.createdAt) {
		t = inc.createdAt
	}
	return t
}

// castIncident picks who took part: a commander from the team that owns
// the main service, responders, and — when customers noticed — support and
// communications, so that boards have voices from outside engineering.
// The facilitator joins once the analysis starts. Six people at most.
func (p *planner) castIncident(inc *plannedIncident) {
	sc := inc.scenario
	taken := map[*personSpec]bool{}
	add := func(part string, person *personSpec, role enum.ParticipantRole) {
		if person == nil || taken[person] || len(inc.cast) >= 6 {
			return
		}
		taken[person] = true
		inc.cast = append(inc.cast, p.castMember(part, person, role))
	}
	free := func(candidates []*personSpec) *personSpec {
		var left []*personSpec
		for _, c := range candidates {
			if !taken[c] {
				left = append(left, c)
			}
		}
		if len(left) == 0 {
			return nil
		}
		return pick(p.rng, left)
	}
	owner := serviceNamed(inc.services[0]).team
	add(commander, free(engineersOf(owner)), enum.ParticipantRoleCommander)
	var responders []*personSpec
	for _, s := range inc.services {
		responders = append(responders, engineersOf(serviceNamed(s).team)...)
	}
	responders = append(responders, engineersOf("Platform")...)
	add(responder, free(responders), enum.ParticipantRoleResponder)
	customerFacing := sc.symptom != ""
	if customerFacing {
		add(support, free(inDepartment(enum.DepartmentSupport)), enum.ParticipantRoleStakeholder)
	}
	big := inc.severity == enum.SeveritySev1 || inc.severity == enum.SeveritySev2
	switch {
	case customerFacing && big:
		add(comms, free(inDepartment(enum.DepartmentMarketing)), enum.ParticipantRoleCommunications)
	case customerFacing:
		add(comms, free(inDepartment(enum.DepartmentProduct)), enum.ParticipantRoleCommunications)
	}
	if p.rng.IntN(2) == 0 {
		add(responder, free(responders), enum.ParticipantRoleResponder)
	}
	if p.rng.IntN(10) < 6 || len(inc.cast) < 3 {
		// Experts come from the teams, not from the incident analyst.
		add(expert, free(peopleWhere(func(ps *personSpec) bool {
			return ps.department == enum.DepartmentEngineering && len(ps.teams) > 0
		})), enum.ParticipantRoleSubjectExpert)
	}
	if inc.severity == enum.SeveritySev1 {
		add(leadership, inc.leader, enum.ParticipantRoleStakeholder)
	}
	if inc.facilitator != nil {
		add(facilitator, inc.facilitator, enum.ParticipantRoleFacilitator)
	}
}

// castMember says where a person was and how they took part.
func (p *planner) castMember(part string, person *personSpec, role enum.ParticipantRole) castMember {
	m := castMember{part: part, person: person, role: role, location: person.location, timeZone: person.timeZone}
	switch r := p.rng.IntN(20); {
	case r < 3:
		away := pick(p.rng, awayLocations)
		m.location = away.location
		if away.timeZone != "" {
			m.timeZone = away.timeZone
		}
	case r < 5:
		m.location = "Home office"
	}
	switch part {
	case commander:
		m.channels = []enum.Channel{viaSlack, viaZoom, viaPager}
	case responder:
		m.channels = []enum.Channel{viaSlack, viaPager}
		if p.rng.IntN(2) == 0 {
			m.channels = append(m.channels, viaZoom)
		}
	case expert:
		m.channels = []enum.Channel{viaPhone, viaSlack}
	case comms:
		m.channels = []enum.Channel{viaSlack, viaEmail, viaStatusPage}
	case support:
		m.channels = []enum.Channel{viaSlack, viaEmail}
	default:
		m.channels = []enum.Channel{viaSlack, viaZoom}
	}
	return m
}

// member finds who played a cast role in the incident, falling back to
// the person most likely to have done it when the role was not cast.
func (inc *plannedIncident) member(part string) *personSpec {
	for _, m := range inc.cast {
		if m.part == part {
			return m.person
		}
	}
	switch part {
	case leadership:
		return inc.leader
	case facilitator:
		if inc.facilitator != nil {
			return inc.facilitator
		}
	case expert:
		return inc.member(responder)
	case comms, support:
		return nil
	}
	return inc.cast[0].person
}

func (p *planner) between(r [2]int) int {
	if r[1] <= r[0] {
		return r[0]
	}
	return r[0] + p.rng.IntN(r[1]-r[0]+1)
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
