// Package enum holds the vocabularies shared by the data model, the GraphQL
// API and the rest of Debrief. Each type lists its values once; ent stores
// them as strings and entgql exposes them as GraphQL enums of the same name.
package enum

// Department is the part of the organisation a person speaks for. Reviews
// aim to hear from all of them, not only from engineering.
type Department string

// Departments.
const (
	DepartmentEngineering Department = "ENGINEERING"
	DepartmentSupport     Department = "SUPPORT"
	DepartmentMarketing   Department = "MARKETING"
	DepartmentProduct     Department = "PRODUCT"
	DepartmentLeadership  Department = "LEADERSHIP"
	DepartmentOther       Department = "OTHER"
)

// Values lists the departments in display order.
func (Department) Values() []string {
	return []string{"ENGINEERING", "SUPPORT", "MARKETING", "PRODUCT", "LEADERSHIP", "OTHER"}
}

// Role decides what a person may read and change.
type Role string

// Roles, from most to least privileged.
const (
	RoleAdmin   Role = "ADMIN"
	RoleAnalyst Role = "ANALYST"
	RoleMember  Role = "MEMBER"
	RoleViewer  Role = "VIEWER"
)

// Values lists the roles.
func (Role) Values() []string { return []string{"ADMIN", "ANALYST", "MEMBER", "VIEWER"} }

// Severity ranks an incident's impact; SEV1 is the worst.
type Severity string

// Severities.
const (
	SeveritySev1 Severity = "SEV1"
	SeveritySev2 Severity = "SEV2"
	SeveritySev3 Severity = "SEV3"
	SeveritySev4 Severity = "SEV4"
)

// Values lists the severities, worst first.
func (Severity) Values() []string { return []string{"SEV1", "SEV2", "SEV3", "SEV4"} }

// IncidentStatus is where an incident stands in the learning loop:
// response, resolution, analysis, review, follow-up on the actions, and
// learnings applied once the actions are done or deliberately dropped.
type IncidentStatus string

// Incident statuses, in loop order.
const (
	IncidentStatusResponding       IncidentStatus = "RESPONDING"
	IncidentStatusResolved         IncidentStatus = "RESOLVED"
	IncidentStatusAnalysing        IncidentStatus = "ANALYSING"
	IncidentStatusReviewing        IncidentStatus = "REVIEWING"
	IncidentStatusFollowingUp      IncidentStatus = "FOLLOWING_UP"
	IncidentStatusLearningsApplied IncidentStatus = "LEARNINGS_APPLIED"
)

// Values lists the statuses in loop order.
func (IncidentStatus) Values() []string {
	return []string{"RESPONDING", "RESOLVED", "ANALYSING", "REVIEWING", "FOLLOWING_UP", "LEARNINGS_APPLIED"}
}

// ReviewMode is how an incident's review is held.
type ReviewMode string

// Review modes.
const (
	ReviewModeAsync   ReviewMode = "ASYNC"
	ReviewModeMeeting ReviewMode = "MEETING"
)

// Values lists the review modes.
func (ReviewMode) Values() []string { return []string{"ASYNC", "MEETING"} }

// ServiceKind tells a running service from a code area or a dependency a
// vendor provides; incidents cluster on all three.
type ServiceKind string

// Service kinds.
const (
	ServiceKindService          ServiceKind = "SERVICE"
	ServiceKindCodeArea         ServiceKind = "CODE_AREA"
	ServiceKindVendorDependency ServiceKind = "VENDOR_DEPENDENCY"
)

// Values lists the service kinds.
func (ServiceKind) Values() []string { return []string{"SERVICE", "CODE_AREA", "VENDOR_DEPENDENCY"} }

// ParticipantRole is the part a person played in an incident.
type ParticipantRole string

// Participant roles.
const (
	ParticipantRoleCommander      ParticipantRole = "COMMANDER"
	ParticipantRoleResponder      ParticipantRole = "RESPONDER"
	ParticipantRoleCommunications ParticipantRole = "COMMUNICATIONS"
	ParticipantRoleSubjectExpert  ParticipantRole = "SUBJECT_EXPERT"
	ParticipantRoleStakeholder    ParticipantRole = "STAKEHOLDER"
	ParticipantRoleFacilitator    ParticipantRole = "FACILITATOR"
)

// Values lists the participant roles.
func (ParticipantRole) Values() []string {
	return []string{"COMMANDER", "RESPONDER", "COMMUNICATIONS", "SUBJECT_EXPERT", "STAKEHOLDER", "FACILITATOR"}
}

// Channel is where something was said or seen: the source of a timeline
// event, or a channel a participant used.
type Channel string

// Channels.
const (
	ChannelSlack      Channel = "SLACK"
	ChannelZoom       Channel = "ZOOM"
	ChannelPhone      Channel = "PHONE"
	ChannelPager      Channel = "PAGER"
	ChannelEmail      Channel = "EMAIL"
	ChannelDeploy     Channel = "DEPLOY"
	ChannelDashboard  Channel = "DASHBOARD"
	ChannelStatusPage Channel = "STATUS_PAGE"
	ChannelDebrief    Channel = "DEBRIEF"
	ChannelOther      Channel = "OTHER"
)

// Values lists the channels.
func (Channel) Values() []string {
	return []string{"SLACK", "ZOOM", "PHONE", "PAGER", "EMAIL", "DEPLOY", "DASHBOARD", "STATUS_PAGE", "DEBRIEF", "OTHER"}
}

// EventKind classifies a timeline event.
type EventKind string

// Event kinds. MILESTONE events mirror the incident's milestone times.
const (
	EventKindDetection      EventKind = "DETECTION"
	EventKindAlert          EventKind = "ALERT"
	EventKindAction         EventKind = "ACTION"
	EventKindDecision       EventKind = "DECISION"
	EventKindCommunication  EventKind = "COMMUNICATION"
	EventKindCustomerReport EventKind = "CUSTOMER_REPORT"
	EventKindDeploy         EventKind = "DEPLOY"
	EventKindObservation    EventKind = "OBSERVATION"
	EventKindMilestone      EventKind = "MILESTONE"
)

// Values lists the event kinds.
func (EventKind) Values() []string {
	return []string{"DETECTION", "ALERT", "ACTION", "DECISION", "COMMUNICATION", "CUSTOMER_REPORT", "DEPLOY", "OBSERVATION", "MILESTONE"}
}

// Milestone names one of an incident's milestone times. Durations such as
// time to mitigate are derived from them, never typed in.
type Milestone string

// Milestones, in the order they normally happen.
const (
	MilestoneStarted      Milestone = "STARTED"
	MilestoneDetected     Milestone = "DETECTED"
	MilestoneAcknowledged Milestone = "ACKNOWLEDGED"
	MilestoneMitigated    Milestone = "MITIGATED"
	MilestoneResolved     Milestone = "RESOLVED"
)

// Values lists the milestones in order.
func (Milestone) Values() []string {
	return []string{"STARTED", "DETECTED", "ACKNOWLEDGED", "MITIGATED", "RESOLVED"}
}

// QuestionStatus tracks an open question or data gap.
type QuestionStatus string

// Question statuses.
const (
	QuestionStatusOpen     QuestionStatus = "OPEN"
	QuestionStatusAnswered QuestionStatus = "ANSWERED"
	QuestionStatusResolved QuestionStatus = "RESOLVED"
)

// Values lists the question statuses.
func (QuestionStatus) Values() []string { return []string{"OPEN", "ANSWERED", "RESOLVED"} }

// InsightStatus says whether an insight is still being worded.
type InsightStatus string

// Insight statuses.
const (
	InsightStatusDraft     InsightStatus = "DRAFT"
	InsightStatusPublished InsightStatus = "PUBLISHED"
)

// Values lists the insight statuses.
func (InsightStatus) Values() []string { return []string{"DRAFT", "PUBLISHED"} }

// ActionStatus is an action item's lifecycle: proposed, accepted, in
// progress, then done or deliberately not done (with a reason).
type ActionStatus string

// Action statuses.
const (
	ActionStatusProposed   ActionStatus = "PROPOSED"
	ActionStatusAccepted   ActionStatus = "ACCEPTED"
	ActionStatusInProgress ActionStatus = "IN_PROGRESS"
	ActionStatusDone       ActionStatus = "DONE"
	ActionStatusWontDo     ActionStatus = "WONT_DO"
)

// Values lists the action statuses in lifecycle order.
func (ActionStatus) Values() []string {
	return []string{"PROPOSED", "ACCEPTED", "IN_PROGRESS", "DONE", "WONT_DO"}
}

// Closed reports whether the action needs no more work.
func (s ActionStatus) Closed() bool { return s == ActionStatusDone || s == ActionStatusWontDo }

// ActionPriority ranks an action item.
type ActionPriority string

// Action priorities.
const (
	ActionPriorityCritical ActionPriority = "CRITICAL"
	ActionPriorityHigh     ActionPriority = "HIGH"
	ActionPriorityMedium   ActionPriority = "MEDIUM"
	ActionPriorityLow      ActionPriority = "LOW"
)

// Values lists the priorities, highest first.
func (ActionPriority) Values() []string { return []string{"CRITICAL", "HIGH", "MEDIUM", "LOW"} }

// ActionSize is the rough effort of an action item, used by the
// "Goldilocks" guidance (not too small to matter, not too big to finish).
type ActionSize string

// Action sizes.
const (
	ActionSizeXS ActionSize = "XS"
	ActionSizeS  ActionSize = "S"
	ActionSizeM  ActionSize = "M"
	ActionSizeL  ActionSize = "L"
	ActionSizeXL ActionSize = "XL"
)

// Values lists the sizes, smallest first.
func (ActionSize) Values() []string { return []string{"XS", "S", "M", "L", "XL"} }

// TokenScope is what an API token may do.
type TokenScope string

// Token scopes.
const (
	TokenScopeRead      TokenScope = "READ"
	TokenScopeReadWrite TokenScope = "READ_WRITE"
)

// Values lists the token scopes.
func (TokenScope) Values() []string { return []string{"READ", "READ_WRITE"} }

// ActionWarningKind is one of the "Goldilocks" warnings about an action
// item: signs that it will not get done (no owner, no due date, due too far
// out, too big to finish) or will not matter (too small).
type ActionWarningKind string

// Action warnings.
const (
	ActionWarningNoOwner   ActionWarningKind = "NO_OWNER"
	ActionWarningNoDueDate ActionWarningKind = "NO_DUE_DATE"
	ActionWarningDueTooFar ActionWarningKind = "DUE_TOO_FAR"
	ActionWarningTooBig    ActionWarningKind = "TOO_BIG"
	ActionWarningTooSmall  ActionWarningKind = "TOO_SMALL"
)

// Values lists the action warnings.
func (ActionWarningKind) Values() []string {
	return []string{"NO_OWNER", "NO_DUE_DATE", "DUE_TOO_FAR", "TOO_BIG", "TOO_SMALL"}
}

// NotificationKind is why something landed in a person's inbox.
type NotificationKind string

// Notification kinds.
const (
	// NotificationMention: someone mentioned the person in a comment.
	NotificationMention NotificationKind = "MENTION"
	// NotificationActionAssigned: the person was made owner of an action.
	NotificationActionAssigned NotificationKind = "ACTION_ASSIGNED"
	// NotificationQuestionAssigned: a question was assigned to the person.
	NotificationQuestionAssigned NotificationKind = "QUESTION_ASSIGNED"
	// NotificationActionDueSoon: an action the person owns is due soon.
	NotificationActionDueSoon NotificationKind = "ACTION_DUE_SOON"
	// NotificationActionOverdue: an action the person owns is past its due date.
	NotificationActionOverdue NotificationKind = "ACTION_OVERDUE"
	// NotificationReviewOverdue: a review the person facilitates is past its due date.
	NotificationReviewOverdue NotificationKind = "REVIEW_OVERDUE"
)

// Values lists the notification kinds.
func (NotificationKind) Values() []string {
	return []string{"MENTION", "ACTION_ASSIGNED", "QUESTION_ASSIGNED", "ACTION_DUE_SOON", "ACTION_OVERDUE", "REVIEW_OVERDUE"}
}

// WebhookEvent is what an outgoing webhook can be told about.
type WebhookEvent string

// Webhook events.
const (
	WebhookIncidentCreated   WebhookEvent = "INCIDENT_CREATED"
	WebhookIncidentUpdated   WebhookEvent = "INCIDENT_UPDATED"
	WebhookActionItemCreated WebhookEvent = "ACTION_ITEM_CREATED"
	WebhookActionItemUpdated WebhookEvent = "ACTION_ITEM_UPDATED"
	// WebhookReminder carries every inbox notification (mentions,
	// assignments, due and overdue actions, overdue reviews).
	WebhookReminder WebhookEvent = "REMINDER"
)

// Values lists the webhook events.
func (WebhookEvent) Values() []string {
	return []string{"INCIDENT_CREATED", "INCIDENT_UPDATED", "ACTION_ITEM_CREATED", "ACTION_ITEM_UPDATED", "REMINDER"}
}

// DeliveryStatus is where a webhook delivery stands.
type DeliveryStatus string

// Delivery statuses.
const (
	// DeliveryPending: not delivered yet; will be (re)tried at next_attempt_at.
	DeliveryPending DeliveryStatus = "PENDING"
	// DeliveryDelivered: the receiver answered 2xx.
	DeliveryDelivered DeliveryStatus = "DELIVERED"
	// DeliveryFailed: every attempt failed; an admin may retry it.
	DeliveryFailed DeliveryStatus = "FAILED"
)

// Values lists the delivery statuses.
func (DeliveryStatus) Values() []string { return []string{"PENDING", "DELIVERED", "FAILED"} }

// AnnotationScope is what a context annotation is attached to; it travels
// with every figure that covers it.
type AnnotationScope string

// Annotation scopes.
const (
	AnnotationIncident AnnotationScope = "INCIDENT"
	AnnotationPeriod   AnnotationScope = "PERIOD"
	AnnotationService  AnnotationScope = "SERVICE"
	AnnotationFigure   AnnotationScope = "FIGURE"
)

// Values lists the annotation scopes.
func (AnnotationScope) Values() []string { return []string{"INCIDENT", "PERIOD", "SERVICE", "FIGURE"} }

// ReportAudience is who a report is written for. Each audience has its own
// template: which sections, how much technical detail, and what is left out.
type ReportAudience string

// Report audiences.
const (
	AudienceExecutive   ReportAudience = "EXECUTIVE"
	AudienceEngineering ReportAudience = "ENGINEERING"
	AudienceTeam        ReportAudience = "TEAM"
	AudienceSupport     ReportAudience = "SUPPORT"
	AudienceCustomer    ReportAudience = "CUSTOMER"
	// AudienceLeadership reads cross-incident reports over a period.
	AudienceLeadership ReportAudience = "LEADERSHIP"
)

// Values lists the report audiences.
func (ReportAudience) Values() []string {
	return []string{"EXECUTIVE", "ENGINEERING", "TEAM", "SUPPORT", "CUSTOMER", "LEADERSHIP"}
}

// CrossIncident reports whether reports for the audience cover a period
// rather than one incident.
func (a ReportAudience) CrossIncident() bool { return a == AudienceLeadership }

// CommsAudience is who a status update or message template speaks to.
type CommsAudience string

// Communication audiences.
const (
	CommsInternal  CommsAudience = "INTERNAL"
	CommsCustomers CommsAudience = "CUSTOMERS"
)

// Values lists the communication audiences.
func (CommsAudience) Values() []string { return []string{"INTERNAL", "CUSTOMERS"} }

// FigureDefinition says what a figure counts. Analysis results and reports
// that quote figures carry one per figure.
type FigureDefinition struct {
	Key        string `json:"key"`
	Label      string `json:"label"`
	Definition string `json:"definition"`
}
