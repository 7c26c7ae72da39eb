package followup

import (
	"cmp"
	"context"
	"math"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/predicate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/internal/apperr"
)

// Definition is what the follow-through figures count, in words.
const Definition = "Actions you can see that are due in the period (from its start, up to but not including its end), per owning team. " +
	"Done on time: DONE no later than the due date. Done late: DONE after it. Dropped: WONT_DO. " +
	"Open: neither yet; of those, overdue: past the due date now. " +
	"On-time share: done on time divided by all actions counted. " +
	"Open actions without a due date are in no period; they are counted on their own."

// FollowThrough reports how the actions due in [from, to) fared, per team
// (only teamIDs' when given). The figures are counted by the database, as
// the viewer in ctx: what they may not see is not counted.
func FollowThrough(ctx context.Context, client *ent.Client, from, to time.Time, teamIDs []int, now time.Time) (*Report, error) {
	if !from.Before(to) {
		return nil, apperr.Invalid("to", "the period must end after it starts (from %s, to %s)", from.Format(time.RFC3339), to.Format(time.RFC3339))
	}
	var inTeams []predicate.ActionItem
	if len(teamIDs) > 0 {
		inTeams = append(inTeams, actionitem.TeamIDIn(teamIDs...))
	}
	var rows []tally
	err := client.ActionItem.Query().
		Where(append(inTeams, actionitem.DueAtGTE(from.UTC()), actionitem.DueAtLT(to.UTC()))...).
		Modify(tallies(now, true)).
		Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	undated, err := client.ActionItem.Query().Where(append(inTeams, isOpen(), actionitem.DueAtIsNil())...).Count(ctx)
	if err != nil {
		return nil, err
	}
	teams, err := teamFigures(ctx, client, rows)
	if err != nil {
		return nil, err
	}
	report := &Report{From: from, To: to, Definition: Definition, Teams: teams, WithoutDueDate: undated}
	for _, t := range teams {
		report.Overall = report.Overall.plus(t.Figures)
	}
	return report, nil
}

// IncidentsFigures are the figures over all of each incident's actions,
// whatever their due date (DONE without one counts as on time), by
// incident ID, in one query (an incident without actions is left out):
// a list of incidents asking for their follow-through costs one query,
// not one per incident.
func IncidentsFigures(ctx context.Context, client *ent.Client, incidentIDs []int, now time.Time) (map[int]*Figures, error) {
	var rows []struct {
		IncidentID int `json:"incident_id"`
		Total      int `json:"total"`
		Done       int `json:"done"`
		Late       int `json:"late"`
		Dropped    int `json:"dropped"`
		Overdue    int `json:"overdue"`
	}
	err := client.ActionItem.Query().
		Modify(func(s *sql.Selector) {
			links := sql.Table(actionitem.IncidentsTable).As("links") // aliased: the privacy filter reads the same table
			incidentID := links.C(actionitem.IncidentsPrimaryKey[1])
			s.Join(links).On(s.C(actionitem.FieldID), links.C(actionitem.IncidentsPrimaryKey[0])).
				Where(sql.InInts(incidentID, incidentIDs...))
			tallies(now, false)(s)
			s.AppendSelectAs(incidentID, "incident_id").GroupBy(incidentID)
		}).
		Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	out := make(map[int]*Figures, len(rows))
	for _, r := range rows {
		f := tally{Total: r.Total, Done: r.Done, Late: r.Late, Dropped: r.Dropped, Overdue: r.Overdue}.figures()
		out[r.IncidentID] = &f
	}
	return out, nil
}

// tally is one row of the aggregate that tallies selects.
type tally struct {
	TeamID  *int `json:"team_id"`
	Total   int  `json:"total"`
	Done    int  `json:"done"`
	Late    int  `json:"late"`
	Dropped int  `json:"dropped"`
	Overdue int  `json:"overdue"`
}

// figures derives the rest, so that the parts always add up to the total
// (a DONE action without a completion time or due date is on time).
func (t tally) figures() Figures {
	return Figures{
		Total:      t.Total,
		DoneOnTime: t.Done - t.Late,
		DoneLate:   t.Late,
		Open:       t.Total - t.Done - t.Dropped,
		Overdue:    t.Overdue,
		Dropped:    t.Dropped,
	}
}

func (f Figures) plus(g Figures) Figures {
	return Figures{
		Total:      f.Total + g.Total,
		DoneOnTime: f.DoneOnTime + g.DoneOnTime,
		DoneLate:   f.DoneLate + g.DoneLate,
		Open:       f.Open + g.Open,
		Overdue:    f.Overdue + g.Overdue,
		Dropped:    f.Dropped + g.Dropped,
	}
}

// tallies turns the query into one aggregate: counts by outcome, per team
// when byTeam. It runs on the query's own selector, after the privacy
// filters were added to it.
func tallies(now time.Time, byTeam bool) func(*sql.Selector) {
	return func(s *sql.Selector) {
		status, due, completed := s.C(actionitem.FieldStatus), s.C(actionitem.FieldDueAt), s.C(actionitem.FieldCompletedAt)
		done := sql.EQ(status, string(enum.ActionStatusDone))
		// Only the aggregates (and the team): none of the rows' columns.
		s.Select()
		if byTeam {
			s.Select(s.C(actionitem.FieldTeamID)).GroupBy(s.C(actionitem.FieldTeamID))
		}
		s.AppendSelectExprAs(sql.Raw("COUNT(*)"), "total").
			AppendSelectExprAs(countWhere(done), "done").
			AppendSelectExprAs(countWhere(sql.And(done, sql.ColumnsGT(completed, due))), "late").
			AppendSelectExprAs(countWhere(sql.EQ(status, string(enum.ActionStatusWontDo))), "dropped").
			AppendSelectExprAs(countWhere(sql.And(
				sql.NotIn(status, string(enum.ActionStatusDone), string(enum.ActionStatusWontDo)),
				sql.LT(due, now.UTC()),
			)), "overdue")
	}
}

// countWhere counts the rows matching p (0, not NULL, over no rows).
func countWhere(p *sql.Predicate) sql.Querier {
	return sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("COALESCE(SUM(CASE WHEN ").Join(p).WriteString(" THEN 1 ELSE 0 END), 0)")
	})
}

// teamFigures loads the teams of the rows in one query and orders them
// most actions first (then by team, no team last, to be stable).
func teamFigures(ctx context.Context, client *ent.Client, rows []tally) ([]TeamFigures, error) {
	var ids []int
	for _, r := range rows {
		if r.TeamID != nil {
			ids = append(ids, *r.TeamID)
		}
	}
	byID := map[int]*ent.Team{}
	if len(ids) > 0 {
		teams, err := client.Team.Query().Where(team.IDIn(ids...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range teams {
			byID[t.ID] = t
		}
	}
	out := make([]TeamFigures, 0, len(rows))
	for _, r := range rows {
		tf := TeamFigures{TeamID: r.TeamID, Figures: r.figures()}
		if r.TeamID != nil {
			tf.Team = byID[*r.TeamID]
		}
		out = append(out, tf)
	}
	slices.SortFunc(out, func(a, b TeamFigures) int {
		if a.Figures.Total != b.Figures.Total {
			return cmp.Compare(b.Figures.Total, a.Figures.Total)
		}
		return cmp.Compare(teamKey(a), teamKey(b))
	})
	return out, nil
}

// teamKey sorts actions no team owns after every team.
func teamKey(t TeamFigures) int {
	if t.TeamID == nil {
		return math.MaxInt
	}
	return *t.TeamID
}
