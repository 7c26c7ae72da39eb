package demo

// This file holds the text every incident shares: the beats of running an
// incident that do not depend on its cause, board comments, and the small
// vocabularies the planner draws from.

// commonBeat is a beat of incident coordination and communication, with
// the condition under which it happens.
type commonBeat struct {
	beat
	when beatCondition
}

type beatCondition int

const (
	always         beatCondition = iota
	often                        // most incidents, not all
	customerFacing               // only when customers noticed
	afterResolved                // only once the incident is resolved
	customerFacingResolved
	expertCalled // only when a subject expert was brought in
)

// commonBeats are the coordination and communication moments of a typical
// response. {channel} and {symptom} are filled in per incident.
var commonBeats = []commonBeat{
	{beat{response, 0.02, evAction, viaSlack, commander, "Declared the incident in {channel} and took command", keyMoment}, always},
	{beat{response, 0.08, evDecision, viaZoom, commander, "Opened a Zoom bridge for responders", plain}, often},
	{beat{response, 0.12, evComms, viaStatusPage, comms, "Status page: investigating reports of {symptom}", plain}, customerFacing},
	{beat{response, 0.38, evCustomer, viaSlack, support, "Support: tickets and chats about {symptom} are rising fast", plain}, customerFacing},
	{beat{response, 0.52, evComms, viaEmail, comms, "Internal update to incident-updates@: impact, current theory, next update in 30 minutes", plain}, often},
	{beat{response, 0.66, evObservation, viaZoom, expert, "Subject expert joins the bridge", plain}, expertCalled},
	{beat{recovery, 0.1, evComms, viaStatusPage, comms, "Status page: a fix has been applied and we are monitoring the results", plain}, customerFacing},
	{beat{recovery, 0.25, evComms, viaSlack, support, "Support macro updated with the fix and what to tell customers", plain}, customerFacing},
	{beat{recovery, 0.95, evComms, viaStatusPage, comms, "Status page: resolved", plain}, customerFacingResolved},
	{beat{recovery, 0.98, evAction, viaSlack, commander, "Incident closed in {channel}; review to follow in Debrief", plain}, afterResolved},
}

// commentSpec is a board comment and, optionally, the reply it got.
// Comments on perspectives are about voices from outside engineering;
// comments on actions are about ones small enough to finish.
// In the body, {name} mentions the target's own person (the perspective's
// author, the action's owner); in the reply it mentions the commenter. An
// empty role means the target's own person: the perspective's author, the
// question's assignee, the action's owner, the event's actor.
type commentSpec struct {
	on      commentTarget
	by      string // cast role; "" for the target's own author
	body    string
	replyBy string // cast role; "" for the target's own author
	reply   string
}

type commentTarget int

const (
	onIncident commentTarget = iota
	onPerspective
	onEvent
	onQuestion
	onInsight
	onAction
)

var commentSpecs = []commentSpec{
	{onPerspective, facilitator,
		"This is the part the engineering timeline was missing. {name}, could you add roughly when you first noticed?",
		"", "Added it. It was a good while before anyone in the incident channel heard from us."},
	{onEvent, responder,
		"This time is when the message was posted, not when the alert fired. They differ by a couple of minutes.",
		facilitator, "Thanks. Keeping the Slack time, since that is when people knew; I've noted the alert time in the text."},
	{onQuestion, "",
		"I can pull the logs for this tomorrow and will answer here.", "", ""},
	{onInsight, commander,
		"Agree. This is not the first time: the same pattern is behind an earlier incident too.",
		leadership, "Useful to see across incidents. Can this go into the quarterly review?"},
	{onIncident, support,
		"Sharing this page with the support team as the briefing for tomorrow's shift. Shout if anything here is going to change.",
		"", ""},
	{onAction, "",
		"Sized as it is, this fits in a sprint. If it grows beyond that I'll split it rather than let it drift.",
		facilitator, "Sounds right, thanks {name}."},
	{onIncident, comms,
		"Is there a version of the summary we can share with customers? Happy to draft it.",
		facilitator, "Yes, once the insights are published. I'll ping you, {name}."},
	{onPerspective, responder,
		"Reading this, I hadn't realised how much of this landed outside engineering. Thank you for writing it down.",
		"", ""},
}

// genericDropReasons explain why an action was deliberately not done,
// when its scenario does not say.
var genericDropReasons = []string{
	"Superseded by a broader action from a later incident.",
	"Deprioritised in quarterly planning in favour of the resilience work; the team lead accepted the risk.",
	"The owning team was reorganised and this was deliberately dropped; re-raise it if the problem recurs.",
	"After a second look the cost outweighs the benefit: the new alerting covers this failure mode.",
}

// awayLocation is somewhere a person responded from other than their desk.
// An empty time zone means their own.
type awayLocation struct {
	location string
	timeZone string
}

var awayLocations = []awayLocation{
	{"On a train to Amsterdam", "Europe/Amsterdam"},
	{"Airport lounge in Singapore", "Asia/Singapore"},
	{"Hotel in Chicago, at a conference", "America/Chicago"},
	{"At home, on call", ""},
	{"Coffee shop, on a phone hotspot", ""},
	{"Visiting family in Madrid", "Europe/Madrid"},
}

// trackerKeys are the issue-tracker project keys of the teams.
var trackerKeys = map[string]string{
	"Payments":         "PAY",
	"Platform":         "PLAT",
	"Checkout":         "CHK",
	"Mobile":           "MOB",
	"Data":             "DATA",
	"Customer Support": "SUP",
}
