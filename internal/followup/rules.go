package followup

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
)

// DefaultRules are the thresholds when nothing is configured: due within
// two months (the "Goldilocks" window), XL or low-priority L work is too
// big to finish, low-priority XS/S work too small to matter.
func DefaultRules() Rules {
	r := Rules{
		MaxDueDays:     60,
		DueSoonDays:    7,
		StaleDays:      30,
		ReviewRequired: []enum.Severity{enum.SeveritySev1, enum.SeveritySev2},
		ReviewDueDays:  14,
		RemindEvery:    24 * time.Hour,
		ScanEvery:      time.Minute,
	}
	r.TooBig, _ = ParseSizePriorities("XL,L:LOW")
	r.TooSmall, _ = ParseSizePriorities("XS:LOW,XS:MEDIUM,S:LOW")
	return r
}

// ParseSizePriorities reads a list such as "XL,L:LOW": a size alone matches
// any priority, SIZE:PRIORITY only that priority.
func ParseSizePriorities(s string) ([]SizePriority, error) {
	var out []SizePriority
	for _, item := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		size, priority, hasPriority := strings.Cut(strings.ToUpper(item), ":")
		sp := SizePriority{Size: enum.ActionSize(size)}
		if !slices.Contains(sp.Size.Values(), size) {
			return nil, fmt.Errorf("%q: size must be one of %v", item, sp.Size.Values())
		}
		if hasPriority {
			p := enum.ActionPriority(priority)
			if !slices.Contains(p.Values(), priority) {
				return nil, fmt.Errorf("%q: priority must be one of %v", item, p.Values())
			}
			sp.Priority = &p
		}
		out = append(out, sp)
	}
	return out, nil
}

// Matches reports whether an action of this size and priority is covered.
func (sp SizePriority) Matches(size enum.ActionSize, priority enum.ActionPriority) bool {
	return sp.Size == size && (sp.Priority == nil || *sp.Priority == priority)
}
