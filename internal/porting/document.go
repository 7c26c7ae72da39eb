// Package porting moves incidents in and out of Debrief: it reads Debrief's
// own JSON export, CSV, Markdown postmortems with YAML front matter and
// Statuspage incident histories, and writes the JSON export (everything, or
// one incident) and a Markdown rendering of one incident.
//
// Every format is first read into a Document, and one writer stores a
// Document: the formats differ only in how they are parsed. Records refer to
// each other by keys local to the document (or by name, for directory
// records whose names are unique), never by database IDs, so a document can
// be imported into any database. See docs/import-export.md.
package porting

import "time"

// FormatName and FormatVersion identify Debrief's own export.
const (
	FormatName    = "debrief"
	FormatVersion = 1
)

// Document is Debrief's export format, and what every importer produces.
// Lists are in database ID order on export, and written in list order on
// import, so that exporting an imported document gives the same document.
type Document struct {
	Format     string     `json:"format"`
	Version    int        `json:"version"`
	ExportedAt *time.Time `json:"exportedAt,omitempty"`

	// The directory records the incidents and actions refer to.
	Users            []User           `json:"users"`
	Teams            []Team           `json:"teams"`
	Vendors          []Vendor         `json:"vendors"`
	Services         []Service        `json:"services"`
	Tags             []string         `json:"tags"`
	FactorCategories []FactorCategory `json:"factorCategories"`

	Incidents   []Incident   `json:"incidents"`
	ActionItems []ActionItem `json:"actionItems"`
}

// User is a person; records name them by Key. On import a user is found by
// email (case-insensitively) or, without one, by exact name.
type User struct {
	Key            string `json:"key"`
	Name           string `json:"name"`
	Email          string `json:"email,omitempty"`
	Department     string `json:"department"`
	Role           string `json:"role"`
	Title          string `json:"title,omitempty"`
	TimeZone       string `json:"timeZone"`
	ServiceAccount bool   `json:"serviceAccount,omitempty"`
}

// Team is found by name on import.
type Team struct {
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Members     []string `json:"members,omitempty"`
}

// Vendor is found by name on import.
type Vendor struct {
	Name        string `json:"name"`
	Website     string `json:"website,omitempty"`
	Description string `json:"description,omitempty"`
}

// Service is found by name on import.
type Service struct {
	Name        string `json:"name"`
	Kind        string `json:"kind"`
	Description string `json:"description,omitempty"`
	OwnerTeam   string `json:"ownerTeam,omitempty"`
	Vendor      string `json:"vendor,omitempty"`
}

// FactorCategory is found by name on import.
type FactorCategory struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

// Incident is one incident with everything on its board.
type Incident struct {
	// Key names the incident inside the document (action items refer to it).
	Key string `json:"key"`
	// ImportKey is where the incident came from; importing a document again
	// finds incidents by it instead of copying them (incident.import_key).
	ImportKey               string     `json:"importKey"`
	Title                   string     `json:"title"`
	Summary                 string     `json:"summary,omitempty"`
	Severity                string     `json:"severity"`
	Status                  string     `json:"status"`
	StartedAt               time.Time  `json:"startedAt"`
	DetectedAt              *time.Time `json:"detectedAt,omitempty"`
	AcknowledgedAt          *time.Time `json:"acknowledgedAt,omitempty"`
	MitigatedAt             *time.Time `json:"mitigatedAt,omitempty"`
	ResolvedAt              *time.Time `json:"resolvedAt,omitempty"`
	CustomerImpact          string     `json:"customerImpact,omitempty"`
	CustomersAffected       *int       `json:"customersAffected,omitempty"`
	ReviewMode              string     `json:"reviewMode,omitempty"`
	ReviewDueAt             *time.Time `json:"reviewDueAt,omitempty"`
	Facilitator             string     `json:"facilitator,omitempty"`
	LearningsOverrideReason string     `json:"learningsOverrideReason,omitempty"`
	SourceURL               string     `json:"sourceUrl,omitempty"`
	Restricted              bool       `json:"restricted,omitempty"`
	CreatedBy               string     `json:"createdBy,omitempty"`

	Services []string `json:"services,omitempty"`
	Vendors  []string `json:"vendors,omitempty"`
	Tags     []string `json:"tags,omitempty"`

	Participants        []Participant   `json:"participants,omitempty"`
	Timeline            []TimelineEvent `json:"timeline,omitempty"`
	Perspectives        []Perspective   `json:"perspectives,omitempty"`
	Questions           []Question      `json:"questions,omitempty"`
	ContributingFactors []Factor        `json:"contributingFactors,omitempty"`
	Insights            []Insight       `json:"insights,omitempty"`

	// pos says where the record is in its file, for error messages.
	pos string
}

// Participant is a person's part in an incident.
type Participant struct {
	User      string   `json:"user"`
	Role      string   `json:"role"`
	Location  string   `json:"location,omitempty"`
	TimeZone  string   `json:"timeZone,omitempty"`
	Channels  []string `json:"channels,omitempty"`
	CreatedBy string   `json:"createdBy,omitempty"`
}

// TimelineEvent is one entry of an incident's timeline. Events with a
// Milestone mirror the incident's milestone times: the import does not
// create them (the data layer does, from the times) but gives the mirrored
// event the exported text and details.
type TimelineEvent struct {
	Key         string    `json:"key"`
	OccurredAt  time.Time `json:"occurredAt"`
	Kind        string    `json:"kind"`
	Source      string    `json:"source"`
	SourceRef   string    `json:"sourceRef,omitempty"`
	Actor       string    `json:"actor,omitempty"`
	ActorName   string    `json:"actorName,omitempty"`
	Text        string    `json:"text"`
	EvidenceURL string    `json:"evidenceUrl,omitempty"`
	KeyMoment   bool      `json:"keyMoment,omitempty"`
	Milestone   string    `json:"milestone,omitempty"`
	CreatedBy   string    `json:"createdBy,omitempty"`
}

// Perspective is what one person saw of an incident.
type Perspective struct {
	Key            string `json:"key"`
	Author         string `json:"author"`
	Department     string `json:"department"`
	WhatTheySaw    string `json:"whatTheySaw"`
	Surprises      string `json:"surprises,omitempty"`
	WhatHelped     string `json:"whatHelped,omitempty"`
	WhatHurt       string `json:"whatHurt,omitempty"`
	ImpactObserved string `json:"impactObserved,omitempty"`
	CreatedBy      string `json:"createdBy,omitempty"`
}

// Question is an open question or data gap.
type Question struct {
	Key        string     `json:"key"`
	Text       string     `json:"text"`
	Status     string     `json:"status"`
	AskedBy    string     `json:"askedBy,omitempty"`
	Assignee   string     `json:"assignee,omitempty"`
	Answer     string     `json:"answer,omitempty"`
	AnsweredBy string     `json:"answeredBy,omitempty"`
	AnsweredAt *time.Time `json:"answeredAt,omitempty"`
	CreatedBy  string     `json:"createdBy,omitempty"`
}

// Factor is a contributing factor, filed under a category (by name).
type Factor struct {
	Key         string `json:"key"`
	Category    string `json:"category"`
	Description string `json:"description"`
	CreatedBy   string `json:"createdBy,omitempty"`
}

// Insight names the factors and evidence (by key, from the same incident)
// it rests on.
type Insight struct {
	Key                  string   `json:"key"`
	Statement            string   `json:"statement"`
	Detail               string   `json:"detail,omitempty"`
	Status               string   `json:"status"`
	Factors              []string `json:"factors,omitempty"`
	EvidenceEvents       []string `json:"evidenceEvents,omitempty"`
	EvidencePerspectives []string `json:"evidencePerspectives,omitempty"`
	EvidenceQuestions    []string `json:"evidenceQuestions,omitempty"`
	CreatedBy            string   `json:"createdBy,omitempty"`
}

// ActionItem is work that came out of one or more incidents (by key).
type ActionItem struct {
	Title                  string     `json:"title"`
	Description            string     `json:"description,omitempty"`
	Rationale              string     `json:"rationale,omitempty"`
	ExpectedEffect         string     `json:"expectedEffect,omitempty"`
	Verification           string     `json:"verification,omitempty"`
	InterimMitigation      string     `json:"interimMitigation,omitempty"`
	AcceptedWarnings       []string   `json:"acceptedWarnings,omitempty"`
	WarningsAcceptedReason string     `json:"warningsAcceptedReason,omitempty"`
	Owner                  string     `json:"owner,omitempty"`
	Team                   string     `json:"team,omitempty"`
	Priority               string     `json:"priority"`
	Size                   string     `json:"size"`
	DueAt                  *time.Time `json:"dueAt,omitempty"`
	Status                 string     `json:"status"`
	StatusReason           string     `json:"statusReason,omitempty"`
	CompletedAt            *time.Time `json:"completedAt,omitempty"`
	TrackerURL             string     `json:"trackerUrl,omitempty"`
	Insight                string     `json:"insight,omitempty"`
	Incidents              []string   `json:"incidents"`
	CreatedBy              string     `json:"createdBy,omitempty"`
}
