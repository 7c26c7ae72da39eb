package demo

import (
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
)

// userID is a person's ID, or nil for nobody.
func (w *writer) userID(p *personSpec) *int {
	if p == nil {
		return nil
	}
	id := w.users[p]
	return &id
}

// writeIncidents creates the incidents. The schema hooks check each one's
// milestone order and mirror its milestones onto its timeline.
func (w *writer) writeIncidents(incidents []*plannedIncident) error {
	builders := make([]*ent.IncidentCreate, len(incidents))
	for i, inc := range incidents {
		b := w.db.Incident.Create().
			SetTitle(inc.title).SetSummary(inc.summary).SetCustomerImpact(inc.customerImpact).
			SetSeverity(inc.severity).SetStatus(inc.status).SetRestricted(inc.restricted).
			SetStartedAt(inc.startedAt).SetDetectedAt(inc.detectedAt).SetAcknowledgedAt(inc.acknowledgedAt).
			SetNillableMitigatedAt(inc.mitigatedAt).SetNillableResolvedAt(inc.resolvedAt).
			SetNillableCustomersAffected(inc.customersAffected).
			SetNillableReviewMode(inc.reviewMode).SetNillableReviewDueAt(inc.reviewDueAt).
			SetNillableFacilitatorID(w.userID(inc.facilitator)).
			SetNillableCreatedByID(w.userID(inc.createdBy)).
			SetCreatedAt(inc.createdAt).SetUpdatedAt(inc.updatedAt)
		for _, s := range inc.services {
			b.AddServiceIDs(w.services[s])
		}
		for _, t := range inc.tags {
			b.AddTagIDs(w.tags[t])
		}
		if v := inc.scenario.vendor; v != "" {
			b.AddVendorIDs(w.vendors[v])
		}
		builders[i] = b
	}
	created, err := saveInChunks(builders, func(b ...*ent.IncidentCreate) ([]*ent.Incident, error) {
		return w.db.Incident.CreateBulk(b...).Save(w.ctx)
	})
	if err != nil {
		return err
	}
	for i, inc := range incidents {
		inc.id = created[i].ID
	}
	w.summary.Incidents = len(created)
	return nil
}

// writeBoards creates what the incidents' boards hold, one bulk insert per
// kind of item across all incidents.
func (w *writer) writeBoards(incidents []*plannedIncident) error {
	for _, step := range []func([]*plannedIncident) error{
		w.writeParticipants, w.writeEvents, w.writePerspectives, w.writeQuestions, w.writeFactors, w.writeInsights,
	} {
		if err := step(incidents); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) writeParticipants(incidents []*plannedIncident) error {
	var builders []*ent.ParticipantCreate
	for _, inc := range incidents {
		for _, m := range inc.cast {
			builders = append(builders, w.db.Participant.Create().
				SetIncidentID(inc.id).SetUserID(w.users[m.person]).SetRole(m.role).
				SetLocation(m.location).SetTimeZone(m.timeZone).SetChannels(m.channels).
				SetCreatedAt(inc.createdAt).SetUpdatedAt(inc.createdAt))
		}
	}
	created, err := saveInChunks(builders, func(b ...*ent.ParticipantCreate) ([]*ent.Participant, error) {
		return w.db.Participant.CreateBulk(b...).Save(w.ctx)
	})
	w.summary.Participants = len(created)
	return err
}

func (w *writer) writeEvents(incidents []*plannedIncident) error {
	var builders []*ent.TimelineEventCreate
	var events []*plannedEvent
	for _, inc := range incidents {
		for i := range inc.events {
			ev := &inc.events[i]
			// What happened before the incident was declared was recorded
			// when it was declared, from the sources.
			recorded := ev.at
			if recorded.Before(inc.createdAt) {
				recorded = inc.createdAt
			}
			b := w.db.TimelineEvent.Create().
				SetIncidentID(inc.id).SetOccurredAt(ev.at).SetKind(ev.kind).SetSource(ev.source).
				SetText(ev.text).SetKeyMoment(ev.key).
				SetNillableActorID(w.userID(ev.actor)).
				SetNillableCreatedByID(w.userID(ev.createdBy)).
				SetCreatedAt(recorded).SetUpdatedAt(recorded)
			if ev.actorName != "" {
				b.SetActorName(ev.actorName)
			}
			if ev.sourceRef != "" {
				b.SetSourceRef(ev.sourceRef)
			}
			if ev.evidenceURL != "" {
				b.SetEvidenceURL(ev.evidenceURL)
			}
			builders = append(builders, b)
			events = append(events, ev)
		}
	}
	created, err := saveInChunks(builders, func(b ...*ent.TimelineEventCreate) ([]*ent.TimelineEvent, error) {
		return w.db.TimelineEvent.CreateBulk(b...).Save(w.ctx)
	})
	if err != nil {
		return err
	}
	for i, ev := range events {
		ev.id = created[i].ID
	}
	return nil
}

func (w *writer) writePerspectives(incidents []*plannedIncident) error {
	var builders []*ent.PerspectiveCreate
	var planned []*plannedPerspective
	for _, inc := range incidents {
		for i := range inc.perspectives {
			pp := &inc.perspectives[i]
			s := pp.spec
			builders = append(builders, w.db.Perspective.Create().
				SetIncidentID(inc.id).SetAuthorID(w.users[pp.author]).SetDepartment(s.department).
				SetWhatTheySaw(s.saw).SetSurprises(s.surprises).SetWhatHelped(s.helped).
				SetWhatHurt(s.hurt).SetImpactObserved(s.impact).
				SetCreatedByID(w.users[pp.author]).SetCreatedAt(pp.createdAt).SetUpdatedAt(pp.createdAt))
			planned = append(planned, pp)
		}
	}
	created, err := saveInChunks(builders, func(b ...*ent.PerspectiveCreate) ([]*ent.Perspective, error) {
		return w.db.Perspective.CreateBulk(b...).Save(w.ctx)
	})
	if err != nil {
		return err
	}
	for i, pp := range planned {
		pp.id = created[i].ID
	}
	w.summary.Perspectives = len(created)
	return nil
}

// writeQuestions creates the questions. The answer hook stamps answers with
// the time of writing, so answered questions get their planned answer time
// back in a second, answer-free update, which the hook leaves alone.
func (w *writer) writeQuestions(incidents []*plannedIncident) error {
	var builders []*ent.QuestionCreate
	var planned []*plannedQuestion
	for _, inc := range incidents {
		for i := range inc.questions {
			q := &inc.questions[i]
			b := w.db.Question.Create().
				SetIncidentID(inc.id).SetText(q.spec.text).SetStatus(q.status).
				SetNillableAskedByID(w.userID(q.askedBy)).SetNillableAssigneeID(w.userID(q.assignee)).
				SetNillableCreatedByID(w.userID(q.askedBy)).
				SetCreatedAt(q.createdAt).SetUpdatedAt(q.createdAt)
			if q.answer != "" {
				b.SetAnswer(q.answer).SetNillableAnsweredByID(w.userID(q.answeredBy))
			}
			builders = append(builders, b)
			planned = append(planned, q)
		}
	}
	created, err := saveInChunks(builders, func(b ...*ent.QuestionCreate) ([]*ent.Question, error) {
		return w.db.Question.CreateBulk(b...).Save(w.ctx)
	})
	if err != nil {
		return err
	}
	for i, q := range planned {
		q.id = created[i].ID
		if q.answeredAt != nil {
			err := w.db.Question.UpdateOneID(q.id).SetAnsweredAt(*q.answeredAt).SetUpdatedAt(*q.answeredAt).Exec(w.ctx)
			if err != nil {
				return err
			}
		}
	}
	w.summary.Questions = len(created)
	return nil
}

// factorIDs remembers each incident's factor IDs, in planned order, so
// insights can link them.
type factorIDs map[*plannedIncident][]int

func (w *writer) writeFactors(incidents []*plannedIncident) error {
	var builders []*ent.ContributingFactorCreate
	var owners []*plannedIncident
	for _, inc := range incidents {
		if len(inc.factors) == 0 {
			continue
		}
		at := minTime(inc.resolvedAt.Add(20*time.Hour), w.now.Add(-time.Hour))
		for _, f := range inc.factors {
			builders = append(builders, w.db.ContributingFactor.Create().
				SetIncidentID(inc.id).SetCategoryID(w.categories[f.category]).SetDescription(f.description).
				SetNillableCreatedByID(w.userID(inc.facilitator)).SetCreatedAt(at).SetUpdatedAt(at))
			owners = append(owners, inc)
		}
	}
	created, err := saveInChunks(builders, func(b ...*ent.ContributingFactorCreate) ([]*ent.ContributingFactor, error) {
		return w.db.ContributingFactor.CreateBulk(b...).Save(w.ctx)
	})
	if err != nil {
		return err
	}
	w.factorIDs = factorIDs{}
	for i, inc := range owners {
		w.factorIDs[inc] = append(w.factorIDs[inc], created[i].ID)
	}
	w.summary.ContributingFactors = len(created)
	return nil
}

func (w *writer) writeInsights(incidents []*plannedIncident) error {
	var builders []*ent.InsightCreate
	var planned []*plannedInsight
	for _, inc := range incidents {
		for i := range inc.insights {
			in := &inc.insights[i]
			b := w.db.Insight.Create().
				SetIncidentID(inc.id).SetStatement(in.spec.statement).SetStatus(in.status).
				SetNillableCreatedByID(w.userID(inc.facilitator)).SetCreatedAt(in.createdAt).SetUpdatedAt(in.createdAt)
			if in.spec.detail != "" {
				b.SetDetail(in.spec.detail)
			}
			for _, f := range in.factors {
				b.AddFactorIDs(w.factorIDs[inc][f])
			}
			events, perspectives := insightEvidence(inc, i)
			b.AddEvidenceEventIDs(events...).AddEvidencePerspectiveIDs(perspectives...)
			builders = append(builders, b)
			planned = append(planned, in)
		}
	}
	created, err := saveInChunks(builders, func(b ...*ent.InsightCreate) ([]*ent.Insight, error) {
		return w.db.Insight.CreateBulk(b...).Save(w.ctx)
	})
	if err != nil {
		return err
	}
	for i, in := range planned {
		in.id = created[i].ID
	}
	w.summary.Insights = len(created)
	return nil
}

// insightEvidence picks what the i-th insight of an incident rests on: key
// moments of the timeline that are not milestones (what people did and saw),
// and one perspective, so that every demo insight shows its trail.
func insightEvidence(inc *plannedIncident, i int) (events, perspectives []int) {
	var key []int
	for _, ev := range inc.events {
		if ev.key && ev.kind != enum.EventKindMilestone {
			key = append(key, ev.id)
		}
	}
	for j := 0; j < 2 && j < len(key); j++ {
		events = append(events, key[(i+j)%len(key)])
	}
	if n := len(inc.perspectives); n > 0 {
		perspectives = append(perspectives, inc.perspectives[i%n].id)
	}
	return events, perspectives
}
