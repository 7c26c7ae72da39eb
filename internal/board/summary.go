// Package board holds the collaborative review board's own logic: the
// summary of who has contributed to an incident's review (and whose voice
// is still missing), the review's lifecycle, and bulk timeline entry.
package board

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/comment"
	"github.com/debrief/debrief/ent/participant"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/question"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/ent/user"
)

// Summary is an incident's board at a glance.
type Summary struct {
	MissingVoices *MissingVoices
	Participation []*PersonParticipation
	Departments   []*DepartmentParticipation
	// FacilitatorShare is the facilitator's part of all contributions, from
	// 0 to 1; nil without a facilitator or without contributions.
	FacilitatorShare *float64
	OpenQuestions    int
}

// MissingVoices are the departments and people the review has not heard.
type MissingVoices struct {
	Departments  []enum.Department
	Participants []*ent.User
}

// Counts are contributions to a board, by kind.
type Counts struct {
	Events, Perspectives, Answers, Comments int
}

// Total is the sum of the counts.
func (c Counts) Total() int { return c.Events + c.Perspectives + c.Answers + c.Comments }

func (c *Counts) add(o Counts) {
	c.Events += o.Events
	c.Perspectives += o.Perspectives
	c.Answers += o.Answers
	c.Comments += o.Comments
}

// PersonParticipation is one person's contributions.
type PersonParticipation struct {
	User       *ent.User
	Department enum.Department
	Counts
}

// DepartmentParticipation adds up the contributions of a department's people.
type DepartmentParticipation struct {
	Department enum.Department
	Counts
}

// Parts says which parts of the summary to compute (each costs queries).
type Parts struct {
	// Contributions: missing voices, participation, departments and the
	// facilitator's share.
	Contributions bool
	OpenQuestions bool
}

// AllParts computes the whole summary.
var AllParts = Parts{Contributions: true, OpenQuestions: true}

// Voices are the departments every review should hear from.
var Voices = []enum.Department{
	enum.DepartmentEngineering, enum.DepartmentSupport, enum.DepartmentMarketing,
	enum.DepartmentProduct, enum.DepartmentLeadership,
}

// Summarize computes the summary of inc's board with a fixed number of
// statements, however many people and items the board has: one GROUP BY
// per kind of contribution, one for the participants, one for the people
// involved (and one count of open questions). The queries run in ctx, so
// they count only what the viewer may see.
//
// A timeline event counts for the person it is about (its actor) and for
// whoever entered it, once if they are the same; a perspective for its
// author; an answer for whoever answered; a comment for its author.
func Summarize(ctx context.Context, client *ent.Client, inc *ent.Incident, parts Parts) (*Summary, error) {
	s := &Summary{}
	if parts.OpenQuestions {
		n, err := client.Question.Query().
			Where(question.IncidentID(inc.ID), question.StatusEQ(enum.QuestionStatusOpen)).
			Count(ctx)
		if err != nil {
			return nil, err
		}
		s.OpenQuestions = n
	}
	if !parts.Contributions {
		return s, nil
	}

	participants, err := client.Participant.Query().
		Where(participant.IncidentID(inc.ID)).
		Select(participant.FieldUserID).Ints(ctx)
	if err != nil {
		return nil, err
	}
	counts := map[int]*Counts{}
	for _, id := range participants {
		counts[id] = &Counts{}
	}
	tally := func(id int) *Counts {
		c, ok := counts[id]
		if !ok {
			c = &Counts{}
			counts[id] = c
		}
		return c
	}

	// Events by their actor, then by whoever entered them about someone
	// else (or about nobody in the directory).
	var byActor []struct {
		ActorID int `json:"actor_id"`
		Count   int `json:"count"`
	}
	if err := client.TimelineEvent.Query().
		Where(timelineevent.IncidentID(inc.ID), timelineevent.ActorIDNotNil()).
		GroupBy(timelineevent.FieldActorID).Aggregate(ent.Count()).
		Scan(ctx, &byActor); err != nil {
		return nil, err
	}
	for _, r := range byActor {
		tally(r.ActorID).Events += r.Count
	}
	var byCreator []struct {
		CreatedByID int `json:"created_by_id"`
		Count       int `json:"count"`
	}
	if err := client.TimelineEvent.Query().
		Where(
			timelineevent.IncidentID(inc.ID),
			timelineevent.CreatedByIDNotNil(),
			func(s *sql.Selector) {
				s.Where(sql.Or(
					sql.IsNull(s.C(timelineevent.FieldActorID)),
					sql.ColumnsNEQ(s.C(timelineevent.FieldActorID), s.C(timelineevent.FieldCreatedByID)),
				))
			},
		).
		GroupBy(timelineevent.FieldCreatedByID).Aggregate(ent.Count()).
		Scan(ctx, &byCreator); err != nil {
		return nil, err
	}
	for _, r := range byCreator {
		tally(r.CreatedByID).Events += r.Count
	}

	// Perspectives by author and department: the department a perspective
	// speaks for is what makes a voice heard.
	var perspectives []struct {
		AuthorID   int             `json:"author_id"`
		Department enum.Department `json:"department"`
		Count      int             `json:"count"`
	}
	if err := client.Perspective.Query().
		Where(perspective.IncidentID(inc.ID)).
		GroupBy(perspective.FieldAuthorID, perspective.FieldDepartment).Aggregate(ent.Count()).
		Scan(ctx, &perspectives); err != nil {
		return nil, err
	}
	heard := map[enum.Department]bool{}
	for _, r := range perspectives {
		tally(r.AuthorID).Perspectives += r.Count
		heard[r.Department] = true
	}

	var answers []struct {
		AnsweredByID int `json:"answered_by_id"`
		Count        int `json:"count"`
	}
	if err := client.Question.Query().
		Where(question.IncidentID(inc.ID), question.AnsweredByIDNotNil()).
		GroupBy(question.FieldAnsweredByID).Aggregate(ent.Count()).
		Scan(ctx, &answers); err != nil {
		return nil, err
	}
	for _, r := range answers {
		tally(r.AnsweredByID).Answers += r.Count
	}

	var comments []struct {
		CreatedByID int `json:"created_by_id"`
		Count       int `json:"count"`
	}
	if err := client.Comment.Query().
		Where(comment.IncidentID(inc.ID), comment.CreatedByIDNotNil()).
		GroupBy(comment.FieldCreatedByID).Aggregate(ent.Count()).
		Scan(ctx, &comments); err != nil {
		return nil, err
	}
	for _, r := range comments {
		tally(r.CreatedByID).Comments += r.Count
	}

	ids := make([]int, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	people := []*ent.User{}
	if len(ids) > 0 {
		if people, err = client.User.Query().Where(user.IDIn(ids...)).All(ctx); err != nil {
			return nil, err
		}
	}

	s.MissingVoices = &MissingVoices{Departments: []enum.Department{}, Participants: []*ent.User{}}
	for _, d := range Voices {
		if !heard[d] {
			s.MissingVoices.Departments = append(s.MissingVoices.Departments, d)
		}
	}
	byDepartment := map[enum.Department]*Counts{}
	all, facilitator := 0, 0
	s.Participation = make([]*PersonParticipation, 0, len(people))
	for _, u := range people {
		c := *counts[u.ID]
		s.Participation = append(s.Participation, &PersonParticipation{User: u, Department: u.Department, Counts: c})
		if byDepartment[u.Department] == nil {
			byDepartment[u.Department] = &Counts{}
		}
		byDepartment[u.Department].add(c)
		all += c.Total()
		if inc.FacilitatorID != nil && *inc.FacilitatorID == u.ID {
			facilitator = c.Total()
		}
		if c.Total() == 0 && slices.Contains(participants, u.ID) {
			s.MissingVoices.Participants = append(s.MissingVoices.Participants, u)
		}
	}
	slices.SortFunc(s.Participation, func(a, b *PersonParticipation) int {
		return cmp.Or(cmp.Compare(b.Total(), a.Total()), byName(a.User, b.User))
	})
	slices.SortFunc(s.MissingVoices.Participants, byName)
	for _, d := range enum.Department("").Values() {
		dp := &DepartmentParticipation{Department: enum.Department(d)}
		if c := byDepartment[dp.Department]; c != nil {
			dp.Counts = *c
		}
		s.Departments = append(s.Departments, dp)
	}
	if inc.FacilitatorID != nil && all > 0 {
		share := float64(facilitator) / float64(all)
		s.FacilitatorShare = &share
	}
	return s, nil
}

func byName(a, b *ent.User) int {
	return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.ID, b.ID))
}
