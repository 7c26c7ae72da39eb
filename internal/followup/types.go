// Package followup keeps action items from being forgotten: the
// "Goldilocks" guidance on each action, the follow-through views (mine,
// overdue, due soon, stale, unowned) and the per-team follow-through
// figures. The thresholds are configuration (Rules), not constants.
package followup

import (
	"io"
	"strconv"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
)

// SizePriority is a size and priority that together say "too big" or
// "too small"; a nil Priority matches any priority.
type SizePriority struct {
	Size     enum.ActionSize
	Priority *enum.ActionPriority
}

// Rules are the follow-through thresholds a server is configured with.
type Rules struct {
	// MaxDueDays: an action due later than this many days after it was
	// created (or from now, while it is being written) is DUE_TOO_FAR.
	MaxDueDays int
	// TooBig and TooSmall are size/priority combinations to warn about.
	TooBig   []SizePriority
	TooSmall []SizePriority
	// DueSoonDays: an open action due within this many days is "due soon".
	DueSoonDays int
	// StaleDays: an open action unchanged for this many days is "stale".
	StaleDays int
	// ReviewRequired: severities whose incidents must be reviewed.
	ReviewRequired []enum.Severity
	// ReviewDueDays: when a required review has no due date, it is due this
	// many days after the incident was resolved.
	ReviewDueDays int
	// RemindEvery: how often an overdue action or review reminds again.
	RemindEvery time.Duration
	// ScanEvery: how often the reminder scan runs.
	ScanEvery time.Duration
}

// Warning is one Goldilocks warning about an action.
type Warning struct {
	Kind     enum.ActionWarningKind
	Message  string
	Accepted bool
}

// Draft is an action as it is being written, before it is saved.
type Draft struct {
	OwnerID  *int
	DueAt    *time.Time
	Size     *enum.ActionSize
	Priority *enum.ActionPriority
}

// Figures say how a set of actions fared (see FollowThroughFigures in
// graph/followup.graphqls for the definitions).
type Figures struct {
	Total      int
	DoneOnTime int
	DoneLate   int
	Open       int
	Overdue    int
	Dropped    int
}

// OnTimeShare is DoneOnTime / Total, nil when there is nothing to divide.
func (f Figures) OnTimeShare() *float64 {
	if f.Total == 0 {
		return nil
	}
	s := float64(f.DoneOnTime) / float64(f.Total)
	return &s
}

// TeamFigures are one team's figures; a nil TeamID stands for actions no
// team owns.
type TeamFigures struct {
	TeamID  *int
	Figures Figures
	// Team is the team itself, loaded with the others in one query.
	Team *ent.Team
}

// Report is the follow-through per team over [From, To).
type Report struct {
	From, To       time.Time
	Definition     string
	Overall        Figures
	Teams          []TeamFigures
	WithoutDueDate int
}

// View names a follow-through view of actions.
type View string

// Views.
const (
	ViewMine    View = "MINE"
	ViewOpen    View = "OPEN"
	ViewOverdue View = "OVERDUE"
	ViewDueSoon View = "DUE_SOON"
	ViewStale   View = "STALE"
	ViewUnowned View = "UNOWNED"
	ViewClosed  View = "CLOSED"
	ViewAll     View = "ALL"
)

// Values lists the views.
func (View) Values() []string {
	return []string{"MINE", "OPEN", "OVERDUE", "DUE_SOON", "STALE", "UNOWNED", "CLOSED", "ALL"}
}

// MarshalGQL writes the view as a GraphQL enum.
func (v View) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(v))) }

// UnmarshalGQL reads a GraphQL enum value.
func (v *View) UnmarshalGQL(x any) error {
	s, _ := x.(string)
	for _, ok := range v.Values() {
		if s == ok {
			*v = View(s)
			return nil
		}
	}
	return &invalidView{s}
}

type invalidView struct{ s string }

func (e *invalidView) Error() string { return strconv.Quote(e.s) + " is not an ActionView" }
