package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/debrief/debrief/internal/analysis"
)

// DefinitionsHeading is the heading of the section that says what a
// report's figures count. Default templates end with it; the Markdown
// export adds it to a body without one.
const DefinitionsHeading = "How these figures are counted"

// plainDefinitions say what each figure counts in the words of the people
// who read reports. The analysis definitions (analysis.Definitions) stay
// the precise contract of the API and the insights page — field names,
// nearest-rank percentiles, half-open ranges — which analysts and
// integrators need and an executive does not. Both describe the same
// computation; a test checks that every figure has one of these.
var plainDefinitions = map[string]string{
	analysis.KeyCount: "How many incidents started in the period and match the report's filters. " +
		"An incident that involves several services (or several kinds of contributing factor) counts once under each of them.",
	analysis.KeyShare: "The part of all the period's incidents that a row accounts for. " +
		"An incident can appear in several rows, so the shares can add up to more than 100%.",
	analysis.KeyCustomersAffected: "The responders' estimate of how many customers were affected; " +
		"“not estimated” means nobody has made an estimate yet.",
	analysis.KeyTimeToDetect:      "The time from the start of the incident until it was noticed.",
	analysis.KeyTimeToAcknowledge: "The time from the start of the incident until a responder took it on.",
	analysis.KeyTimeToMitigate:    "The time from the start of the incident until its impact was stopped, even if the cause was fixed later.",
	analysis.KeyTimeToResolve:     "The time from the start of the incident until it was fully resolved.",
	analysis.KeyFollowThrough: "What became of the actions agreed after these incidents: how many of them were done by their due date, " +
		"and how many are still open — of those, how many are past their due date.",
	analysis.KeyRecurringFactors: "Kinds of contributing factor that played a part in several of the incidents, most frequent first.",
	analysis.KeyTrend:            "How many incidents started in each calendar month (UTC).",
}

// distributionNote is added to the duration figures of reports that quote
// medians and p90s (a period's), and only to those: a one-incident report
// quotes one duration, where the words would mean nothing.
const distributionNote = " The median is the middle incident: half took less time, half took more. " +
	"The p90 is the time nine in ten incidents stayed within."

// leftOut says, for each duration, which incidents a distribution leaves out.
var leftOut = map[string]string{
	analysis.KeyTimeToDetect:      " Incidents with no detection time recorded are left out.",
	analysis.KeyTimeToAcknowledge: " Incidents nobody has acknowledged are left out.",
	analysis.KeyTimeToMitigate:    " Incidents not yet mitigated are left out.",
	analysis.KeyTimeToResolve:     " Incidents not yet resolved are left out.",
}

// quoted collects the figures a report quotes, so that it carries their
// definitions and nothing else.
type quoted struct {
	keys []string
	// distributions is set when the report quotes medians and p90s.
	distributions bool
}

func (q *quoted) add(key string) {
	if !slices.Contains(q.keys, key) {
		q.keys = append(q.keys, key)
	}
}

// definitions are the plain definitions of the figures quoted, in the
// analysis order and with its labels. A figure without a plain text (one
// added to the analysis since) keeps the analysis definition rather than
// going undefined.
func (q *quoted) definitions() []analysis.Definition {
	out := []analysis.Definition{}
	for _, d := range analysis.Definitions() {
		if !slices.Contains(q.keys, d.Key) {
			continue
		}
		def := *d
		if text, ok := plainDefinitions[d.Key]; ok {
			def.Definition = text
			if note, ok := leftOut[d.Key]; ok && q.distributions {
				def.Definition += distributionNote + note
			}
		}
		out = append(out, def)
	}
	return out
}

// renderDefinitions lists the definitions by label only: the figure keys
// are for API clients and mean nothing to a report's readers.
func renderDefinitions(defs []analysis.Definition) string {
	if len(defs) == 0 {
		return "_No figures quoted._"
	}
	var b strings.Builder
	for _, d := range defs {
		fmt.Fprintf(&b, "- **%s**: %s\n", d.Label, d.Definition)
	}
	return strings.TrimRight(b.String(), "\n")
}
