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

// Summarize computes the summary of inc's board (see SummarizeAll).
func Summarize(ctx context.Context, client *ent.Client, inc *ent.Incident, parts Parts) (*Summary, error) {
	all, err := SummarizeAll(ctx, client, []*ent.Incident{inc}, parts)
	if err != nil {
		return nil, err
	}
	return all[inc.ID], nil
}

// contribution is one row of the grouped counts SummarizeAll reads: how
// many contributions of one kind a person made to one incident.
type contribution struct {
	IncidentID int             `json:"incident_id"`
	UserID     int             `json:"user_id"`
	Department enum.Department `json:"department"`
	Count      int             `json:"count"`
}

// SummarizeAll computes the summaries of several incidents' boards, by
// incident ID, with a fixed number of statements however many incidents,
// people and items there are: one GROUP BY per kind of contribution, one
// for the participants, one for the people involved (and one count of
// open questions). The queries run in ctx, so they count only what the
// viewer may see.
//
// A timeline event counts for the person it is about (its actor) and for
// whoever entered it, once if they are the same; a perspective for its
// author; an answer for whoever answered; a comment for its author.
func SummarizeAll(ctx context.Context, client *ent.Client, incidents []*ent.Incident, parts Parts) (map[int]*Summary, error) {
	ids := make([]int, len(incidents))
	out := make(map[int]*Summary, len(incidents))
	for i, inc := range incidents {
		ids[i] = inc.ID
		out[inc.ID] = &Summary{}
	}
	if parts.OpenQuestions {
		var open []struct {
			IncidentID int `json:"incident_id"`
			Count      int `json:"count"`
		}
		if err := client.Question.Query().
			Where(question.IncidentIDIn(ids...), question.StatusEQ(enum.QuestionStatusOpen)).
			GroupBy(question.FieldIncidentID).Aggregate(ent.Count()).
			Scan(ctx, &open); err != nil {
			return nil, err
		}
		for _, r := range open {
			out[r.IncidentID].OpenQuestions = r.Count
		}
	}
	if !parts.Contributions {
		return out, nil
	}

	participants, err := client.Participant.Query().
		Where(participant.IncidentIDIn(ids...)).
		Select(participant.FieldIncidentID, participant.FieldUserID).All(ctx)
	if err != nil {
		return nil, err
	}
	// counts[incident][user]; a participant starts at zero, so that one
	// who has not contributed is a missing voice.
	counts := map[int]map[int]*Counts{}
	tally := func(incidentID, userID int) *Counts {
		if counts[incidentID] == nil {
			counts[incidentID] = map[int]*Counts{}
		}
		c, ok := counts[incidentID][userID]
		if !ok {
			c = &Counts{}
			counts[incidentID][userID] = c
		}
		return c
	}
	isParticipant := map[[2]int]bool{}
	for _, p := range participants {
		tally(p.IncidentID, p.UserID)
		isParticipant[[2]int{p.IncidentID, p.UserID}] = true
	}

	// Events by their actor, then by whoever entered them about someone
	// else (or about nobody in the directory).
	var byActor, byCreator, perspectives, answers, comments []contribution
	if err := client.TimelineEvent.Query().
		Where(timelineevent.IncidentIDIn(ids...), timelineevent.ActorIDNotNil()).
		Modify(groupCount(timelineevent.FieldIncidentID, timelineevent.FieldActorID, "")).
		Scan(ctx, &byActor); err != nil {
		return nil, err
	}
	if err := client.TimelineEvent.Query().
		Where(
			timelineevent.IncidentIDIn(ids...),
			timelineevent.CreatedByIDNotNil(),
			func(s *sql.Selector) {
				s.Where(sql.Or(
					sql.IsNull(s.C(timelineevent.FieldActorID)),
					sql.ColumnsNEQ(s.C(timelineevent.FieldActorID), s.C(timelineevent.FieldCreatedByID)),
				))
			},
		).
		Modify(groupCount(timelineevent.FieldIncidentID, timelineevent.FieldCreatedByID, "")).
		Scan(ctx, &byCreator); err != nil {
		return nil, err
	}
	// Perspectives by author and department: the department a perspective
	// speaks for is what makes a voice heard.
	if err := client.Perspective.Query().
		Where(perspective.IncidentIDIn(ids...)).
		Modify(groupCount(perspective.FieldIncidentID, perspective.FieldAuthorID, perspective.FieldDepartment)).
		Scan(ctx, &perspectives); err != nil {
		return nil, err
	}
	if err := client.Question.Query().
		Where(question.IncidentIDIn(ids...), question.AnsweredByIDNotNil()).
		Modify(groupCount(question.FieldIncidentID, question.FieldAnsweredByID, "")).
		Scan(ctx, &answers); err != nil {
		return nil, err
	}
	if err := client.Comment.Query().
		Where(comment.IncidentIDIn(ids...), comment.CreatedByIDNotNil()).
		Modify(groupCount(comment.FieldIncidentID, comment.FieldCreatedByID, "")).
		Scan(ctx, &comments); err != nil {
		return nil, err
	}
	heard := map[int]map[enum.Department]bool{}
	for _, r := range byActor {
		tally(r.IncidentID, r.UserID).Events += r.Count
	}
	for _, r := range byCreator {
		tally(r.IncidentID, r.UserID).Events += r.Count
	}
	for _, r := range perspectives {
		tally(r.IncidentID, r.UserID).Perspectives += r.Count
		if heard[r.IncidentID] == nil {
			heard[r.IncidentID] = map[enum.Department]bool{}
		}
		heard[r.IncidentID][r.Department] = true
	}
	for _, r := range answers {
		tally(r.IncidentID, r.UserID).Answers += r.Count
	}
	for _, r := range comments {
		tally(r.IncidentID, r.UserID).Comments += r.Count
	}

	var userIDs []int
	for _, byUser := range counts {
		for id := range byUser {
			userIDs = append(userIDs, id)
		}
	}
	people := map[int]*ent.User{}
	if len(userIDs) > 0 {
		users, err := client.User.Query().Where(user.IDIn(slices.Compact(slices.Sorted(slices.Values(userIDs)))...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, u := range users {
			people[u.ID] = u
		}
	}
	for _, inc := range incidents {
		summarize(out[inc.ID], inc, counts[inc.ID], people, heard[inc.ID], isParticipant)
	}
	return out, nil
}

// groupCount turns a query into counts per (incident, person[, extra]),
// the columns named as contribution's fields.
func groupCount(incidentCol, userCol, extraCol string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		s.Select()
		s.AppendSelectAs(s.C(incidentCol), "incident_id").AppendSelectAs(s.C(userCol), "user_id")
		group := []string{s.C(incidentCol), s.C(userCol)}
		if extraCol != "" {
			s.AppendSelectAs(s.C(extraCol), "department")
			group = append(group, s.C(extraCol))
		}
		s.AppendSelectExprAs(sql.Raw("COUNT(*)"), "count").GroupBy(group...)
	}
}

// summarize fills s from one incident's contribution counts.
func summarize(s *Summary, inc *ent.Incident, counts map[int]*Counts, people map[int]*ent.User, heard map[enum.Department]bool, isParticipant map[[2]int]bool) {
	s.MissingVoices = &MissingVoices{Departments: []enum.Department{}, Participants: []*ent.User{}}
	for _, d := range Voices {
		if !heard[d] {
			s.MissingVoices.Departments = append(s.MissingVoices.Departments, d)
		}
	}
	byDepartment := map[enum.Department]*Counts{}
	all, facilitator := 0, 0
	s.Participation = make([]*PersonParticipation, 0, len(counts))
	for id, c := range counts {
		u := people[id]
		if u == nil {
			continue // a person the viewer may not see
		}
		s.Participation = append(s.Participation, &PersonParticipation{User: u, Department: u.Department, Counts: *c})
		if byDepartment[u.Department] == nil {
			byDepartment[u.Department] = &Counts{}
		}
		byDepartment[u.Department].add(*c)
		all += c.Total()
		if inc.FacilitatorID != nil && *inc.FacilitatorID == u.ID {
			facilitator = c.Total()
		}
		if c.Total() == 0 && isParticipant[[2]int{inc.ID, u.ID}] {
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
}

func byName(a, b *ent.User) int {
	return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.ID, b.ID))
}
