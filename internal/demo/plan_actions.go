package demo

import (
	"fmt"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
)

// plannedAction is an action item and the incidents it comes from.
type plannedAction struct {
	spec         *actionSpec
	origin       *plannedIncident // the incident whose review proposed it
	incidents    []*plannedIncident
	insight      *plannedInsight
	outcome      outcome
	statusReason string
	owner        *personSpec
	dueAt        *time.Time
	completedAt  *time.Time
	createdAt    time.Time
	updatedAt    time.Time
	trackerURL   string
	reraised     bool // proposed again after a recurrence, though done or dropped before
	id           int
}

// outcome is where an action ended up, finer than its status: done on
// time and done late are the same status but different follow-through.
type outcome int

const (
	proposed outcome = iota
	accepted
	inProgress
	doneOnTime
	doneLate
	wontDo
)

func (o outcome) status() enum.ActionStatus {
	switch o {
	case accepted:
		return enum.ActionStatusAccepted
	case inProgress:
		return enum.ActionStatusInProgress
	case doneOnTime, doneLate:
		return enum.ActionStatusDone
	case wontDo:
		return enum.ActionStatusWontDo
	}
	return enum.ActionStatusProposed
}

func (o outcome) closed() bool { return o.status().Closed() }

// outcomeRotations deal outcomes by the status of the incident an action
// came from. Dealing in rotation rather than at random guarantees that the
// data set shows every kind of follow-through, however the dice fall.
var outcomeRotations = map[enum.IncidentStatus][]outcome{
	enum.IncidentStatusReviewing:        {proposed, accepted, proposed},
	enum.IncidentStatusFollowingUp:      {inProgress, doneOnTime, accepted, doneLate, proposed, wontDo, inProgress},
	enum.IncidentStatusLearningsApplied: {doneOnTime, doneLate, doneOnTime, wontDo, doneOnTime},
}

// planActions turns reviewed incidents' action specs into action items,
// in the order the reviews happened. A recurrence's review links the
// earlier actions that are still open instead of proposing them again, and
// proposes its scenario's follow-ups. When everything it would propose was
// already done or dropped, it re-raises one (if it still has work to
// follow up) or links a closed one: "we did this, and it happened anyway".
func (p *planner) planActions(incidents []*plannedIncident) []*plannedAction {
	var actions []*plannedAction
	dealt := map[enum.IncidentStatus]int{}
	create := func(inc *plannedIncident, spec *actionSpec, reraised bool) {
		a := &plannedAction{spec: spec, origin: inc, reraised: reraised}
		for i := range inc.insights {
			if inc.insights[i].spec.statement == inc.scenario.insights[spec.insight].statement {
				a.insight = &inc.insights[i]
			}
		}
		p.dealOutcome(a, dealt)
		a.link(inc)
		actions = append(actions, a)
	}
	for _, inc := range incidents {
		if !inc.analysed() {
			continue
		}
		var considered []*actionSpec
		if inc.occurrence > 0 {
			for k := range inc.scenario.actions {
				considered = append(considered, &inc.scenario.actions[k])
			}
		}
		proposals := actionsFor(inc)
		for k := range proposals {
			considered = append(considered, &proposals[k])
		}
		var closedBefore []*plannedAction
		for _, spec := range considered {
			prev := earlierAction(actions, spec)
			switch {
			case prev == nil && (inc.occurrence == 0 || !isBaseAction(inc.scenario, spec)):
				create(inc, spec, false)
			case prev == nil:
			case !prev.outcome.closed() && canShare(prev.origin, inc):
				prev.link(inc)
			case prev.outcome.closed():
				closedBefore = append(closedBefore, prev)
			}
		}
		switch {
		case hasOpenAction(inc) || len(closedBefore) == 0:
		case inc.status == enum.IncidentStatusReviewing || inc.status == enum.IncidentStatusFollowingUp:
			create(inc, reraisable(closedBefore).spec, true)
		case len(inc.actions) == 0:
			closedBefore[0].link(inc)
		}
	}
	keepLoopsOpen(incidents)
	for i, a := range actions {
		p.dateAction(a, i)
	}
	leaveSomeUnowned(actions)
	return actions
}

// reraisable picks the closed action a recurrence raises again: one that
// was dropped, if any — "re-raise it if the problem recurs" — else the
// latest one done.
func reraisable(closed []*plannedAction) *plannedAction {
	for _, a := range closed {
		if a.outcome == wontDo {
			return a
		}
	}
	return closed[len(closed)-1]
}

func isBaseAction(sc *scenario, spec *actionSpec) bool {
	for k := range sc.actions {
		if &sc.actions[k] == spec {
			return true
		}
	}
	return false
}

func hasOpenAction(inc *plannedIncident) bool {
	for _, a := range inc.actions {
		if !a.outcome.closed() {
			return true
		}
	}
	return false
}

// link records that the action comes from the incident too.
func (a *plannedAction) link(inc *plannedIncident) {
	a.incidents = append(a.incidents, inc)
	inc.actions = append(inc.actions, a)
}

// earlierAction finds the latest action made from the same spec.
func earlierAction(actions []*plannedAction, spec *actionSpec) *plannedAction {
	for i := len(actions) - 1; i >= 0; i-- {
		if actions[i].spec == spec {
			return actions[i]
		}
	}
	return nil
}

// canShare keeps the learning loop consistent: an incident whose learnings
// are applied cannot share an action that is still open.
func canShare(origin, later *plannedIncident) bool {
	return later.status != enum.IncidentStatusLearningsApplied || origin.status == enum.IncidentStatusLearningsApplied
}

// dealOutcome decides where an action ended up, by the status of the
// incident it came from. Actions written to be dropped are dropped once
// their incident is followed up; work too big to have a due date lingers
// in progress, or is dropped once the loop closes.
func (p *planner) dealOutcome(a *plannedAction, dealt map[enum.IncidentStatus]int) {
	group := a.origin.status
	closing := group == enum.IncidentStatusFollowingUp || group == enum.IncidentStatusLearningsApplied
	switch {
	case closing && a.spec.dropReason != "":
		a.outcome = wontDo
	case group == enum.IncidentStatusFollowingUp && a.spec.noDueDate:
		a.outcome = inProgress
	case group == enum.IncidentStatusLearningsApplied && a.spec.noDueDate:
		a.outcome = wontDo
	default:
		rotation := outcomeRotations[group]
		a.outcome = rotation[dealt[group]%len(rotation)]
		dealt[group]++
	}
	if a.outcome == wontDo {
		a.statusReason = a.spec.dropReason
		if a.statusReason == "" {
			a.statusReason = pick(p.rng, genericDropReasons)
		}
	}
}

// keepLoopsOpen reopens one of its own actions for any incident still
// following up whose actions all happen to be closed: following up means
// work is left.
func keepLoopsOpen(incidents []*plannedIncident) {
	for _, inc := range incidents {
		if inc.status != enum.IncidentStatusFollowingUp {
			continue
		}
		if hasOpenAction(inc) {
			continue
		}
		for i := len(inc.actions) - 1; i >= 0; i-- {
			if a := inc.actions[i]; a.origin == inc && !linkedToClosedLoop(a) {
				a.outcome, a.statusReason = inProgress, ""
				break
			}
		}
	}
}

// linkedToClosedLoop reports whether the action also belongs to an
// incident whose learnings are applied, which must stay closed.
func linkedToClosedLoop(a *plannedAction) bool {
	for _, inc := range a.incidents {
		if inc.status == enum.IncidentStatusLearningsApplied {
			return true
		}
	}
	return false
}

// dueIn is how long an action of a size is given.
var dueIn = map[enum.ActionSize]time.Duration{
	enum.ActionSizeXS: 7 * day,
	enum.ActionSizeS:  21 * day,
	enum.ActionSizeM:  42 * day,
	enum.ActionSizeL:  70 * day,
	enum.ActionSizeXL: 120 * day,
}

// dateAction sets who owns the action and when it was proposed, due,
// closed and last touched. Done late means after the due date; some open
// actions have not been touched since they were proposed — stale.
func (p *planner) dateAction(a *plannedAction, n int) {
	a.owner = p.ownerFor(a.spec.team)
	a.createdAt = a.origin.reviewedAt.Add(time.Duration(p.rng.IntN(180)) * time.Minute)
	if !a.spec.noDueDate {
		due := a.createdAt.Add(dueIn[a.spec.size]).Truncate(day)
		a.dueAt = &due
	}
	latest := p.now.Add(-time.Hour)
	if a.outcome == doneLate {
		lateBy := time.Duration(3+p.rng.IntN(28)) * day
		switch {
		case a.dueAt.Add(lateBy).Before(p.now.Add(-day)):
			done := a.dueAt.Add(lateBy)
			a.completedAt = &done
		case a.dueAt.Before(p.now.Add(-3 * day)):
			done := a.dueAt.Add(p.now.Add(-day).Sub(*a.dueAt) / 2)
			a.completedAt = &done
		default:
			a.outcome = doneOnTime // not due yet, so it cannot be late
		}
	}
	switch a.outcome {
	case doneOnTime:
		span := a.dueAt.Sub(a.createdAt)
		done := minTime(a.createdAt.Add(time.Duration((0.4+0.55*p.rng.Float64())*float64(span))), latest)
		a.completedAt = &done
	case wontDo:
		done := minTime(a.createdAt.Add(time.Duration(5+p.rng.IntN(36))*day), latest)
		a.completedAt = &done
	}
	switch {
	case a.completedAt != nil:
		t := a.completedAt.Truncate(time.Minute)
		a.completedAt, a.updatedAt = &t, t
	case p.rng.IntN(3) == 0:
		a.updatedAt = a.createdAt.Add(time.Duration(1+p.rng.IntN(5)) * day) // stale
	default:
		a.updatedAt = p.now.Add(-time.Duration(1+p.rng.IntN(14)) * day)
	}
	if a.completedAt != nil && a.completedAt.Before(a.createdAt) {
		a.completedAt, a.updatedAt = &a.createdAt, a.createdAt
	}
	a.updatedAt = minTime(a.updatedAt, latest)
	if a.updatedAt.Before(a.createdAt) {
		a.updatedAt = a.createdAt
	}
	if a.outcome != proposed && p.rng.IntN(10) < 7 {
		a.trackerURL = fmt.Sprintf("https://tracker.example.com/browse/%s-%d", trackerKeys[a.spec.team], 120+n*7+p.rng.IntN(7))
	}
}

// ownerFor picks who on a team owns an action.
func (p *planner) ownerFor(team string) *personSpec {
	candidates := engineersOf(team)
	if len(candidates) == 0 {
		candidates = peopleWhere(func(ps *personSpec) bool { return inTeam(ps, team) })
	}
	return pick(p.rng, candidates)
}

// leaveSomeUnowned takes the owner off a couple of not-yet-started
// actions: "no owner" is one of the follow-through warnings.
func leaveSomeUnowned(actions []*plannedAction) {
	n := 0
	for _, a := range actions {
		if a.outcome != proposed && a.outcome != accepted {
			continue
		}
		if n%4 == 1 {
			a.owner = nil
		}
		n++
	}
}

// description is the action's description, saying so when it was raised
// again after a recurrence.
func (a *plannedAction) description() string {
	if !a.reraised {
		return a.spec.description
	}
	note := fmt.Sprintf("Raised again after %s: the earlier action of the same name was closed and the problem recurred.", a.origin.channel())
	if a.spec.description == "" {
		return note
	}
	return a.spec.description + "\n\n" + note
}
