package followup

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
)

func kinds(ws []*Warning) []enum.ActionWarningKind {
	var out []enum.ActionWarningKind
	for _, w := range ws {
		out = append(out, w.Kind)
	}
	return out
}

// Each warning fires exactly when its rule says, with the default rules:
// due within 60 days, XL or low-priority L too big, low-priority XS/S and
// medium XS too small.
func TestWarningsForAction(t *testing.T) {
	created := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	owner := 7
	at := func(d time.Duration) *time.Time { t := created.Add(d); return &t }
	good := func() *ent.ActionItem {
		return &ent.ActionItem{CreatedAt: created, OwnerID: &owner, DueAt: at(30 * day),
			Size: enum.ActionSizeM, Priority: enum.ActionPriorityHigh, Status: enum.ActionStatusAccepted}
	}
	cases := []struct {
		name   string
		change func(a *ent.ActionItem)
		want   []enum.ActionWarningKind
	}{
		{"owned, due in a month, medium sized", func(*ent.ActionItem) {}, nil},
		{"nobody owns it", func(a *ent.ActionItem) { a.OwnerID = nil }, []enum.ActionWarningKind{enum.ActionWarningNoOwner}},
		{"no due date", func(a *ent.ActionItem) { a.DueAt = nil }, []enum.ActionWarningKind{enum.ActionWarningNoDueDate}},
		{"due exactly 60 days after creation", func(a *ent.ActionItem) { a.DueAt = at(60 * day) }, nil},
		{"due 61 days after creation", func(a *ent.ActionItem) { a.DueAt = at(61 * day) }, []enum.ActionWarningKind{enum.ActionWarningDueTooFar}},
		{"due one second too late", func(a *ent.ActionItem) { a.DueAt = at(60*day + time.Second) }, []enum.ActionWarningKind{enum.ActionWarningDueTooFar}},
		{"XL at any priority", func(a *ent.ActionItem) { a.Size, a.Priority = enum.ActionSizeXL, enum.ActionPriorityCritical }, []enum.ActionWarningKind{enum.ActionWarningTooBig}},
		{"L at low priority", func(a *ent.ActionItem) { a.Size, a.Priority = enum.ActionSizeL, enum.ActionPriorityLow }, []enum.ActionWarningKind{enum.ActionWarningTooBig}},
		{"L at high priority", func(a *ent.ActionItem) { a.Size = enum.ActionSizeL }, nil},
		{"XS at medium priority", func(a *ent.ActionItem) { a.Size, a.Priority = enum.ActionSizeXS, enum.ActionPriorityMedium }, []enum.ActionWarningKind{enum.ActionWarningTooSmall}},
		{"XS at high priority", func(a *ent.ActionItem) { a.Size = enum.ActionSizeXS }, nil},
		{"everything wrong, in kind order", func(a *ent.ActionItem) {
			a.OwnerID, a.DueAt, a.Size, a.Priority = nil, nil, enum.ActionSizeS, enum.ActionPriorityLow
		}, []enum.ActionWarningKind{enum.ActionWarningNoOwner, enum.ActionWarningNoDueDate, enum.ActionWarningTooSmall}},
		{"done: nothing left to warn about", func(a *ent.ActionItem) { a.OwnerID, a.DueAt, a.Status = nil, nil, enum.ActionStatusDone }, nil},
		{"dropped: nothing left to warn about", func(a *ent.ActionItem) { a.Size, a.Status = enum.ActionSizeXL, enum.ActionStatusWontDo }, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := good()
			c.change(a)
			if got := kinds(ForAction(DefaultRules(), a)); !slices.Equal(got, c.want) {
				t.Errorf("warnings = %v, want %v", got, c.want)
			}
		})
	}
}

// The messages say what is wrong and what fixes it.
func TestWarningMessages(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	due := now.Add(95 * day)
	xl, low := enum.ActionSizeXL, enum.ActionPriorityLow
	got := ForDraft(DefaultRules(), Draft{DueAt: &due, Size: &xl, Priority: &low}, now)
	want := map[enum.ActionWarningKind]string{
		enum.ActionWarningNoOwner:   "name the person who will see it through",
		enum.ActionWarningDueTooFar: "Due in 95 days: split it into steps that fit in 60 days, or accept the risk with a reason",
		enum.ActionWarningTooBig:    "Size XL at low priority is too big to finish: split it",
	}
	if len(got) != len(want) {
		t.Fatalf("warnings = %v, want %d", kinds(got), len(want))
	}
	for _, w := range got {
		if !strings.Contains(w.Message, want[w.Kind]) {
			t.Errorf("%s message = %q, want it to contain %q", w.Kind, w.Message, want[w.Kind])
		}
		if w.Accepted {
			t.Errorf("%s is accepted in a draft", w.Kind)
		}
	}
}

// A draft counts its due date from now and gets the defaults saving would
// give it (M, MEDIUM) for what it leaves out; thresholds are the rules'.
func TestWarningsForDraft(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	owner := 1
	in := func(days int) *time.Time { t := now.Add(time.Duration(days) * day); return &t }
	rules := DefaultRules()
	if got := kinds(ForDraft(rules, Draft{OwnerID: &owner, DueAt: in(60)}, now)); got != nil {
		t.Errorf("a draft due in 60 days with the default size warns %v", got)
	}
	rules.MaxDueDays = 30
	rules.TooBig, _ = ParseSizePriorities("M")
	got := kinds(ForDraft(rules, Draft{OwnerID: &owner, DueAt: in(31)}, now))
	if want := []enum.ActionWarningKind{enum.ActionWarningDueTooFar, enum.ActionWarningTooBig}; !slices.Equal(got, want) {
		t.Errorf("with max 30 days and M too big: warnings = %v, want %v", got, want)
	}
}

// Accepted warnings are still reported, marked accepted.
func TestAcceptedWarnings(t *testing.T) {
	a := &ent.ActionItem{CreatedAt: time.Now(), Size: enum.ActionSizeM, Priority: enum.ActionPriorityMedium,
		Status: enum.ActionStatusProposed, AcceptedWarnings: []enum.ActionWarningKind{enum.ActionWarningNoDueDate}}
	got := ForAction(DefaultRules(), a)
	if len(got) != 2 {
		t.Fatalf("warnings = %v, want NO_OWNER and NO_DUE_DATE", kinds(got))
	}
	if got[0].Accepted || !got[1].Accepted || got[1].Kind != enum.ActionWarningNoDueDate {
		t.Errorf("warnings = %+v, %+v; want NO_OWNER open and NO_DUE_DATE accepted", got[0], got[1])
	}
}

func TestOverdue(t *testing.T) {
	now := time.Now()
	past, future := now.Add(-time.Minute), now.Add(time.Minute)
	cases := []struct {
		due    *time.Time
		status enum.ActionStatus
		want   bool
	}{
		{&past, enum.ActionStatusInProgress, true},
		{&future, enum.ActionStatusInProgress, false},
		{nil, enum.ActionStatusInProgress, false},
		{&past, enum.ActionStatusDone, false},
		{&past, enum.ActionStatusWontDo, false},
	}
	for _, c := range cases {
		if got := Overdue(&ent.ActionItem{DueAt: c.due, Status: c.status}, now); got != c.want {
			t.Errorf("Overdue(due %v, %s) = %v, want %v", c.due, c.status, got, c.want)
		}
	}
}
