package report

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// stamp formats a time for readers: minutes, UTC, said so.
func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func day(t time.Time) string { return t.UTC().Format("2006-01-02") }

// span says a duration in words a reader takes in at a glance.
func span(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Round(time.Minute)
	days, hours, mins := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	var parts []string
	if days > 0 {
		parts = append(parts, fmt.Sprintf("%d d", days))
	}
	if hours > 0 {
		parts = append(parts, fmt.Sprintf("%d h", hours))
	}
	if mins > 0 || len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("%d min", mins))
	}
	return strings.Join(parts, " ")
}

// seconds says a figure in seconds (as analysis returns them) as a span.
func seconds(s *int) string {
	if s == nil {
		return "–"
	}
	return span(time.Duration(*s) * time.Second)
}

var spaces = regexp.MustCompile(`\s+`)

// oneLine keeps user text on one line of a Markdown list.
func oneLine(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// cell makes user text safe inside a Markdown table cell.
func cell(s string) string { return strings.ReplaceAll(oneLine(s), "|", `\|`) }

// linkText makes user text safe as a Markdown link's text.
func linkText(s string) string {
	r := strings.NewReplacer("[", `\[`, "]", `\]`)
	return r.Replace(oneLine(s))
}

// short cuts s to n runes at a word boundary where it can.
func short(s string, n int) string {
	s = oneLine(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// redactor removes internal names from text shown to customers. The
// customer-impact text is written by responders, who may name a service or
// a person without thinking of who will read it.
type redactor struct{ names []string }

func newRedactor(names []string) *redactor {
	r := &redactor{}
	for _, n := range names {
		if n = strings.TrimSpace(n); len(n) >= 2 && !slices.Contains(r.names, n) {
			r.names = append(r.names, n)
		}
	}
	// Longest first, so "Checkout API" goes before "Checkout".
	slices.SortFunc(r.names, func(a, b string) int { return len(b) - len(a) })
	return r
}

func (r *redactor) clean(s string) string {
	for _, n := range r.names {
		re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(n))
		s = re.ReplaceAllString(s, "[…]")
	}
	return s
}

// plural says a count with its noun, "1 action item" or "3 action items",
// rather than making the reader parse "action item(s)".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// words says an enum value (IN_PROGRESS, STATUS_PAGE) the way a reader
// would: reports are read by people, not by API clients.
func words[T ~string](v T) string {
	if v == "WONT_DO" {
		return "won't do"
	}
	return strings.ToLower(strings.ReplaceAll(string(v), "_", " "))
}
