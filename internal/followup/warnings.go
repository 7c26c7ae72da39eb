package followup

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/schema/enum"
)

const day = 24 * time.Hour

// subject is what the Goldilocks warnings look at: an action as saved, or
// as it is being written.
type subject struct {
	ownerID  *int
	dueAt    *time.Time
	size     enum.ActionSize
	priority enum.ActionPriority
	// since is when the clock for DUE_TOO_FAR started: the action's
	// creation, or now for a draft.
	since    time.Time
	draft    bool
	accepted []enum.ActionWarningKind
}

// ForAction returns the warnings a saved action gets. A closed action
// (DONE or WONT_DO) gets none: there is nothing left to fix.
func ForAction(r Rules, a *ent.ActionItem) []*Warning {
	if a.Status.Closed() {
		return []*Warning{}
	}
	return warnings(r, subject{
		ownerID: a.OwnerID, dueAt: a.DueAt, size: a.Size, priority: a.Priority,
		since: a.CreatedAt, accepted: a.AcceptedWarnings,
	})
}

// ForDraft returns the warnings an action would get if it were saved now.
// What the draft leaves out gets the defaults saving would give it.
func ForDraft(r Rules, d Draft, now time.Time) []*Warning {
	s := subject{ownerID: d.OwnerID, dueAt: d.DueAt, size: actionitem.DefaultSize, priority: actionitem.DefaultPriority, since: now, draft: true}
	if d.Size != nil {
		s.size = *d.Size
	}
	if d.Priority != nil {
		s.priority = *d.Priority
	}
	return warnings(r, s)
}

// Overdue reports whether an action is open and past its due date.
func Overdue(a *ent.ActionItem, now time.Time) bool {
	return !a.Status.Closed() && a.DueAt != nil && a.DueAt.Before(now)
}

// warnings checks s against every rule, in the order of the kinds.
func warnings(r Rules, s subject) []*Warning {
	out := []*Warning{}
	add := func(kind enum.ActionWarningKind, format string, args ...any) {
		out = append(out, &Warning{Kind: kind, Message: fmt.Sprintf(format, args...), Accepted: slices.Contains(s.accepted, kind)})
	}
	if s.ownerID == nil {
		add(enum.ActionWarningNoOwner, "Nobody owns it: name the person who will see it through, or accept the risk with a reason")
	}
	if s.dueAt == nil {
		add(enum.ActionWarningNoDueDate, "No due date, so it can never be late (or done): set one within %d days, or accept the risk with a reason", r.MaxDueDays)
	} else if limit := s.since.Add(time.Duration(r.MaxDueDays) * day); s.dueAt.After(limit) {
		add(enum.ActionWarningDueTooFar, "%s: split it into steps that fit in %d days, or accept the risk with a reason", dueIn(s), r.MaxDueDays)
	}
	if matchesAny(r.TooBig, s.size, s.priority) {
		add(enum.ActionWarningTooBig, "%s is too big to finish: split it into smaller actions, or accept the risk with a reason", sizing(s))
	}
	if matchesAny(r.TooSmall, s.size, s.priority) {
		add(enum.ActionWarningTooSmall, "%s is too small to matter: fold it into a bigger action or drop it, or accept it with a reason", sizing(s))
	}
	return out
}

// dueIn says how far out the action is due, in whole days rounded up, so
// that one hour past the limit already reads as one day more than it.
func dueIn(s subject) string {
	days := int((s.dueAt.Sub(s.since) + day - 1) / day)
	if s.draft {
		return fmt.Sprintf("Due in %d days", days)
	}
	return fmt.Sprintf("Due %d days after it was created", days)
}

func sizing(s subject) string {
	return fmt.Sprintf("Size %s at %s priority", s.size, strings.ToLower(string(s.priority)))
}

func matchesAny(list []SizePriority, size enum.ActionSize, priority enum.ActionPriority) bool {
	return slices.ContainsFunc(list, func(sp SizePriority) bool { return sp.Matches(size, priority) })
}
