package demo

import "github.com/debrief/debrief/ent/schema/enum"

// followUps are what the review of a recurring scenario proposes, by
// scenario key. A recurrence rarely repeats the first review's actions: it
// links the ones still open and digs a level deeper. Indices of insight
// refer to the scenario's insights.
var followUps = map[string][]actionSpec{
	"expired-certificate": {
		{title: "Quarterly review of certificates outside automation",
			team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 0},
		{title: "Show 'we are having problems' instead of 'No connection' when our API is unreachable",
			description: "Customers blamed their own network; the app can tell the difference.",
			team:        "Mobile", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 1},
	},
	"bad-checkout-deploy": {
		{title: "Break down checkout errors by basket type on the checkout dashboard",
			team: "Checkout", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 0},
		{title: "Publish the promotions calendar next to the release calendar",
			team: "Checkout", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 1},
	},
	"payment-processor-latency": {
		{title: "Alert on PayWave latency from our side instead of waiting for their status page",
			team: "Payments", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
		{title: "Negotiate latency terms and status-page accuracy in the PayWave renewal",
			team: "Payments", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 1},
	},
	"cdn-purge": {
		{title: "Edge rate-limit rule ready to switch on when the cache is lost",
			team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
		{title: "Two-person rule for full CDN purges",
			team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeXS, insight: 1},
	},
	"database-failover": {
		{title: "Document the orders-db failover and pair a second engineer on it",
			team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 1},
		{title: "Friendly 'try again in a few minutes' checkout error page",
			team: "Checkout", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 0},
	},
	"feature-flag-misfire": {
		{title: "Alert when a flag's exposure jumps by more than 20 points",
			team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 0},
		{title: "Show the effect of a targeting change before it is saved",
			team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 0},
	},
	"dns-record-dropped": {
		{title: "Lower TTLs a day before planned DNS migrations",
			team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeXS, insight: 0},
		{title: "Multi-region resolution check in the pipeline for zone changes",
			team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 0},
	},
	"queue-backlog": {
		{title: "Dashboard of delayed customer emails for support",
			description: "Support noticed from ticket volume; they should see the delay themselves.",
			team:        "Data", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 1},
		{title: "Review every alert that fired more than 20 times last month",
			team: "Data", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 0},
	},
	"email-throttled": {
		{title: "Count throttled sends as failures in the notifications service",
			team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 1},
		{title: "Route MailRelay account warnings to the Platform on-call",
			team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeXS, insight: 0},
	},
	"pager-silent": {
		{title: "Show page delivery delay on the on-call dashboard",
			team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 0},
		{title: "Let night support see open incidents before blaming the customer's bank",
			team: "Customer Support", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 0},
	},
	"ios-crash-on-launch": {
		{title: "Halt phased releases automatically on a crash-rate regression",
			team: "Mobile", priority: enum.ActionPriorityHigh, size: enum.ActionSizeM, insight: 0},
		{title: "Back up saved baskets server-side before local migrations",
			team: "Mobile", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 0},
	},
	"revenue-double-counted": {
		{title: "Show reconciliation status on every finance dashboard",
			team: "Data", priority: enum.ActionPriorityMedium, size: enum.ActionSizeM, insight: 0},
		{title: "Tests for the nightly load's retry path",
			team: "Data", priority: enum.ActionPriorityHigh, size: enum.ActionSizeS, insight: 1},
	},
	"ci-runners-full": {
		{title: "Disk usage alert on build runners",
			team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeXS, insight: 1},
		{title: "Rehearse re-imaging the build runners once a quarter",
			team: "Platform", priority: enum.ActionPriorityMedium, size: enum.ActionSizeS, insight: 0},
	},
	"leaked-api-key": {
		{title: "Inventory every long-lived credential and what uses it",
			team: "Platform", priority: enum.ActionPriorityHigh, size: enum.ActionSizeM, insight: 0},
		{title: "Secrets-handling session in engineering onboarding",
			team: "Platform", priority: enum.ActionPriorityLow, size: enum.ActionSizeS, insight: 0},
	},
}

// actionsFor lists what an occurrence's review considers: the scenario's
// own actions the first time, its follow-ups on recurrences.
func actionsFor(inc *plannedIncident) []actionSpec {
	if inc.occurrence == 0 {
		return inc.scenario.actions
	}
	return followUps[inc.scenario.key]
}
