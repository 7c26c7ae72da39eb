package analysis

// Figure keys: how the API, the definitions and FIGURE annotations name
// each figure. They are part of the GraphQL contract (see
// graph/analysis.graphqls); renaming one orphans the annotations on it.
const (
	KeyCount             = "count"
	KeyShare             = "share"
	KeyCustomersAffected = "customersAffected"
	KeyTimeToDetect      = "timeToDetect"
	KeyTimeToAcknowledge = "timeToAcknowledge"
	KeyTimeToMitigate    = "timeToMitigate"
	KeyTimeToResolve     = "timeToResolve"
	KeyFollowThrough     = "followThrough"
	KeyRecurringFactors  = "recurringFactors"
	KeyTrend             = "trend"
)

// duration is one measured span between two incident milestones.
type duration struct {
	key, label, to, toField string
}

// durations are the spans measured, all from startedAt. The order is the
// order of the figures in the API.
var durations = []duration{
	{KeyTimeToDetect, "Time to detect", "detectedAt", "detected_at"},
	{KeyTimeToAcknowledge, "Time to acknowledge", "acknowledgedAt", "acknowledged_at"},
	{KeyTimeToMitigate, "Time to mitigate", "mitigatedAt", "mitigated_at"},
	{KeyTimeToResolve, "Time to resolve", "resolvedAt", "resolved_at"},
}

const (
	incidentsCounted = "Incidents you may see, started in [from, to) (startedAt at or after from, before to) and matching every filter. " +
		"An incident with several values of a grouped dimension (several services, tags, vendors, teams or factor categories) counts once in each of their groups; " +
		"an incident with none is in the group whose value is null."
	durationRule = "Seconds from startedAt to %s, as a distribution: n, median, p90, min and max (nearest rank: the median is the ceil(n/2)-th smallest value, p90 the ceil(0.9·n)-th). " +
		"Incidents without %s (still open, or never recorded) are left out of the distribution and counted in `open` beside it. " +
		"Outliers: the incidents that took more than three times the median, longest first, at most 5."
)

// Definitions are every figure's definition, in the order of the API.
func Definitions() []*Definition {
	defs := []*Definition{
		{Key: KeyCount, Label: "Incidents", Definition: "The number of incidents in the group. " + incidentsCounted},
		{Key: KeyShare, Label: "Share", Definition: "The group's count divided by the number of incidents matching the filter (each counted once). " +
			"Because an incident can be in several groups, shares can add up to more than 100%."},
		{Key: KeyCustomersAffected, Label: "Customers affected", Definition: "The sum of the incidents' estimates of customers affected. " +
			"Incidents without an estimate add nothing to the sum and are counted as unknown beside it."},
	}
	for _, d := range durations {
		defs = append(defs, &Definition{Key: d.key, Label: d.label, Definition: sprintf(durationRule, d.to, d.to)})
	}
	return append(defs,
		&Definition{Key: KeyFollowThrough, Label: "Follow-through", Definition: "The action items that came out of the group's incidents (and that you may see), whatever their due date; " +
			"an action serving several incidents of the group counts once. Done on time: DONE no later than its due date (or DONE without one). " +
			"Done late: DONE after it. Dropped: WONT_DO. Open: neither yet; of those, overdue: past the due date now."},
		&Definition{Key: KeyRecurringFactors, Label: "Recurring factors", Definition: "Contributing-factor categories that appear in at least N of the incidents matching the filter " +
			"(N is recurringMinIncidents, 2 unless given), most incidents first; an incident with several factors in one category counts once."},
		&Definition{Key: KeyTrend, Label: "Trend", Definition: "Incidents started per calendar month or quarter (UTC) of the range, for each group of the first grouped dimension; " +
			"periods without incidents are zero. The range is [from, to) when given, otherwise from the first to the last incident's period."},
	)
}
