package demo

import "github.com/debrief/debrief/ent/schema/enum"

// scenario is a hand-written incident template. Each one is a story with
// its own cause, voices, questions, factors, insights and actions; the
// planner varies the details (title, severity, times, cast) every time a
// scenario recurs, the way real incidents rhyme without repeating.
type scenario struct {
	key      string
	titles   []string // one per occurrence, cycling
	opening  string   // what was known when the incident was declared
	summary  string   // what the analysis found
	impact   string   // what customers experienced, in words
	symptom  string   // what customers reported, in their words; "" when they saw nothing
	severity enum.Severity
	services []string // the first one's owning team leads the response
	vendor   string
	tags     []string

	customers     [2]int // range of customers affected
	detectAfter   [2]int // minutes from start to detection
	mitigateAfter [2]int // minutes from acknowledgement to mitigation
	resolveAfter  [2]int // minutes from mitigation to resolution; zero for the default

	restricted bool // security or personnel matters
	once       bool // the outlier: happens exactly once

	beats        []beat
	perspectives []perspectiveSpec
	questions    []questionSpec
	factors      []factorSpec
	insights     []insightSpec
	actions      []actionSpec
}

// phase is the stretch of an incident a timeline beat falls in.
type phase int

const (
	onset    phase = iota // from start to detection
	response              // from acknowledgement to mitigation (or now)
	recovery              // from mitigation to resolution (or now)
)

// Cast roles say who in an incident did or said something. A beat's `who`
// that is not one of them is an outside actor (a bot, a vendor) named the
// way the source names it.
const (
	commander   = "@commander"
	responder   = "@responder"
	expert      = "@expert"
	comms       = "@comms"
	support     = "@support"
	facilitator = "@facilitator"
	leadership  = "@leadership"
)

// beat is one moment of a scenario's timeline, placed at a fraction of its
// phase so that it scales with the incident's actual durations.
type beat struct {
	phase  phase
	at     float64
	kind   enum.EventKind
	source enum.Channel
	who    string
	text   string
	key    bool
}

// Short names for the event vocabulary keep the beat tables readable.
const (
	evDetection   = enum.EventKindDetection
	evAlert       = enum.EventKindAlert
	evAction      = enum.EventKindAction
	evDecision    = enum.EventKindDecision
	evComms       = enum.EventKindCommunication
	evCustomer    = enum.EventKindCustomerReport
	evDeploy      = enum.EventKindDeploy
	evObservation = enum.EventKindObservation

	viaSlack      = enum.ChannelSlack
	viaZoom       = enum.ChannelZoom
	viaPhone      = enum.ChannelPhone
	viaPager      = enum.ChannelPager
	viaEmail      = enum.ChannelEmail
	viaDeploy     = enum.ChannelDeploy
	viaDashboard  = enum.ChannelDashboard
	viaStatusPage = enum.ChannelStatusPage
	viaOther      = enum.ChannelOther

	keyMoment = true
	plain     = false
)

// perspectiveSpec is one person's account, written in the words of their
// department: support and marketing voices read differently from
// engineering's, on purpose.
type perspectiveSpec struct {
	department enum.Department
	saw        string
	surprises  string
	helped     string
	hurt       string
	impact     string
}

// questionSpec is an open question or data gap; answer is what it turned
// out to be once someone looked.
type questionSpec struct {
	text     string
	askedBy  string // cast role
	assignee string // cast role
	answer   string
}

// factorSpec is a contributing factor filed under a taxonomy category.
type factorSpec struct {
	category    string
	description string
}

// insightSpec is a distilled finding and the factors (by index) behind it.
type insightSpec struct {
	statement string
	detail    string
	factors   []int
}

// actionSpec is follow-up work. Some are deliberately too small or too big
// (no due date) so that the Goldilocks guidance has something to flag.
type actionSpec struct {
	title       string
	description string
	team        string
	priority    enum.ActionPriority
	size        enum.ActionSize
	insight     int  // index into the scenario's insights
	noDueDate   bool // "someday" work
	dropReason  string
}
