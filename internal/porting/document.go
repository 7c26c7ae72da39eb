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

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
)

// FormatName and FormatVersion identify Debrief's own export. Version 2
// added the records' times, comments, the activity history, annotations,
// response aids (workflows, checklists, guidelines, message templates,
// status updates) and reports; version 1 documents are still read. Tags
// are records with their times since within version 2 (see Tag); the
// plain names earlier documents hold are still read.
const (
	FormatName    = "debrief"
	FormatVersion = 2
)

// Stamps are when a record was created and last changed. They are carried
// over when the import creates the record (records it finds keep their
// own); without them the import's time is used.
type Stamps struct {
	CreatedAt *time.Time `json:"createdAt,omitempty"`
	UpdatedAt *time.Time `json:"updatedAt,omitempty"`
}

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
	Tags             []Tag            `json:"tags"`
	FactorCategories []FactorCategory `json:"factorCategories"`

	// Response aids and report templates admins curate; a one-incident
	// export carries those its checklists and reports came from.
	ReportTemplates  []ReportTemplate  `json:"reportTemplates"`
	Workflows        []Workflow        `json:"workflows"`
	CommsGuidelines  []CommsGuideline  `json:"commsGuidelines"`
	MessageTemplates []MessageTemplate `json:"messageTemplates"`

	Incidents   []Incident   `json:"incidents"`
	ActionItems []ActionItem `json:"actionItems"`
	// Reports about the incidents of a period (reports about one incident
	// are on the incident) and annotations not about one incident.
	Reports     []Report     `json:"reports"`
	Annotations []Annotation `json:"annotations"`

	// withHistory is set for Debrief exports of version 2 and later, whose
	// incidents carry their history: the import writes it instead of what
	// the data layer records (the other formats keep the latter, which
	// says who imported the incident).
	withHistory bool
}

// User is a person; records name them by Key. On import a user is found by
// email (case-insensitively) or, without one, by exact name.
type User struct {
	Key            string   `json:"key"`
	Name           string   `json:"name"`
	Email          string   `json:"email,omitempty"`
	Department     string   `json:"department"`
	Role           string   `json:"role"`
	Title          string   `json:"title,omitempty"`
	TimeZone       string   `json:"timeZone"`
	ServiceAccount bool     `json:"serviceAccount,omitempty"`
	Phone          string   `json:"phone,omitempty"`
	ChatHandle     string   `json:"chatHandle,omitempty"`
	Expertise      []string `json:"expertise,omitempty"`
	Stamps
}

// Team is found by name on import.
type Team struct {
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	ChatChannel string   `json:"chatChannel,omitempty"`
	Escalation  string   `json:"escalation,omitempty"`
	Members     []string `json:"members,omitempty"`
	CreatedBy   string   `json:"createdBy,omitempty"`
	Stamps
}

// Vendor is found by name on import.
type Vendor struct {
	Name        string `json:"name"`
	Website     string `json:"website,omitempty"`
	Description string `json:"description,omitempty"`
	CreatedBy   string `json:"createdBy,omitempty"`
	Stamps
}

// Service is found by name on import.
type Service struct {
	Name        string `json:"name"`
	Kind        string `json:"kind"`
	Description string `json:"description,omitempty"`
	OwnerTeam   string `json:"ownerTeam,omitempty"`
	Vendor      string `json:"vendor,omitempty"`
	RunbookURL  string `json:"runbookUrl,omitempty"`
	// EscalationContacts are user keys.
	EscalationContacts []string `json:"escalationContacts,omitempty"`
	CreatedBy          string   `json:"createdBy,omitempty"`
	Stamps
}

// Tag is found by name on import; incidents name their tags.
type Tag struct {
	Name      string `json:"name"`
	CreatedBy string `json:"createdBy,omitempty"`
	Stamps
}

// UnmarshalJSON reads a tag record, or a bare name: documents written
// before tags carried their times list them so, and they still import
// (with the import's time), whatever their version. Reading both forms
// keeps those files readable without a new format version.
func (t *Tag) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '"' {
		var name string
		if err := json.Unmarshal(data, &name); err != nil {
			return err
		}
		*t = Tag{Name: name}
		return nil
	}
	if len(data) == 0 || data[0] != '{' && !bytes.Equal(data, []byte("null")) {
		return fmt.Errorf("tags: a tag is a name or an object with a name, not %.40s", data)
	}
	// A type without this method, so that decoding it does not recurse.
	type record Tag
	var r record
	dec := json.NewDecoder(bytes.NewReader(data))
	// The document's decoder refuses unknown fields, but its setting does
	// not reach into a custom decoder.
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		// Not passed on as it is: a type error's offset would be taken for
		// one in the whole document.
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fmt.Errorf("tags: %s holds a JSON %s where %s is expected", te.Field, te.Value, te.Type)
		}
		return fmt.Errorf("tags: %v", err)
	}
	*t = Tag(r)
	return nil
}

// FactorCategory is found by name on import.
type FactorCategory struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	CreatedBy   string `json:"createdBy,omitempty"`
	Stamps
}

// ReportTemplate is found by audience and name on import; reports name it
// by Key.
type ReportTemplate struct {
	Key             string `json:"key"`
	Audience        string `json:"audience"`
	Name            string `json:"name"`
	Description     string `json:"description,omitempty"`
	Body            string `json:"body"`
	InternalDetails bool   `json:"internalDetails"`
	TechnicalDetail bool   `json:"technicalDetail"`
	CreatedBy       string `json:"createdBy,omitempty"`
	Stamps
}

// Workflow is a coordination workflow template with its steps, found by
// name on import (checklists name it).
type Workflow struct {
	Name          string         `json:"name"`
	Description   string         `json:"description,omitempty"`
	Severities    []string       `json:"severities,omitempty"`
	IncidentTypes []string       `json:"incidentTypes,omitempty"`
	Steps         []WorkflowStep `json:"steps,omitempty"`
	CreatedBy     string         `json:"createdBy,omitempty"`
	Stamps
}

// WorkflowStep is one step of a workflow, in position order.
type WorkflowStep struct {
	Position  int    `json:"position"`
	Title     string `json:"title"`
	Guidance  string `json:"guidance,omitempty"`
	Role      string `json:"role,omitempty"`
	CreatedBy string `json:"createdBy,omitempty"`
	Stamps
}

// CommsGuideline is found by audience on import (there is one for each).
type CommsGuideline struct {
	Audience           string `json:"audience"`
	Body               string `json:"body"`
	UpdateEveryMinutes *int   `json:"updateEveryMinutes,omitempty"`
	CreatedBy          string `json:"createdBy,omitempty"`
	Stamps
}

// MessageTemplate is found by audience and name on import.
type MessageTemplate struct {
	Audience  string `json:"audience"`
	Name      string `json:"name"`
	Body      string `json:"body"`
	CreatedBy string `json:"createdBy,omitempty"`
	Stamps
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
	Stamps

	Services []string `json:"services,omitempty"`
	Vendors  []string `json:"vendors,omitempty"`
	Tags     []string `json:"tags,omitempty"`

	Participants        []Participant   `json:"participants,omitempty"`
	Timeline            []TimelineEvent `json:"timeline,omitempty"`
	Perspectives        []Perspective   `json:"perspectives,omitempty"`
	Questions           []Question      `json:"questions,omitempty"`
	ContributingFactors []Factor        `json:"contributingFactors,omitempty"`
	Insights            []Insight       `json:"insights,omitempty"`
	StatusUpdates       []StatusUpdate  `json:"statusUpdates,omitempty"`
	Checklists          []Checklist     `json:"checklists,omitempty"`
	Comments            []Comment       `json:"comments,omitempty"`
	Reports             []Report        `json:"reports,omitempty"`
	Annotations         []Annotation    `json:"annotations,omitempty"`
	// History is the incident's activity history, oldest first. In a
	// version 2 document it replaces what the import itself would record.
	History []Activity `json:"history,omitempty"`

	// pos says where the record is in its file, for error messages.
	pos string
}

// Participant is a person's part in an incident.
type Participant struct {
	Key       string   `json:"key,omitempty"`
	User      string   `json:"user"`
	Role      string   `json:"role"`
	Location  string   `json:"location,omitempty"`
	TimeZone  string   `json:"timeZone,omitempty"`
	Channels  []string `json:"channels,omitempty"`
	CreatedBy string   `json:"createdBy,omitempty"`
	Stamps
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
	Stamps
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
	Stamps
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
	Stamps
}

// Factor is a contributing factor, filed under a category (by name).
type Factor struct {
	Key         string `json:"key"`
	Category    string `json:"category"`
	Description string `json:"description"`
	CreatedBy   string `json:"createdBy,omitempty"`
	Stamps
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
	Stamps
}

// StatusUpdate is a message sent about the incident. The data layer
// mirrors it on the timeline; the mirror is not in Timeline, and where
// other records point at it (insight evidence, comments, the history) they
// name the status update's key.
type StatusUpdate struct {
	Key        string    `json:"key"`
	Audience   string    `json:"audience"`
	Channel    string    `json:"channel"`
	Recipients string    `json:"recipients"`
	Body       string    `json:"body"`
	SentAt     time.Time `json:"sentAt"`
	CreatedBy  string    `json:"createdBy,omitempty"`
	Stamps
}

// Checklist is a workflow attached to the incident, with its own copy of
// the steps.
type Checklist struct {
	Key       string          `json:"key"`
	Name      string          `json:"name"`
	Workflow  string          `json:"workflow,omitempty"`
	Items     []ChecklistItem `json:"items,omitempty"`
	CreatedBy string          `json:"createdBy,omitempty"`
	Stamps
}

// ChecklistItem is one step of a checklist; DoneAt and DoneBy say who
// ticked it off.
type ChecklistItem struct {
	Key       string     `json:"key"`
	Position  int        `json:"position"`
	Title     string     `json:"title"`
	Guidance  string     `json:"guidance,omitempty"`
	Role      string     `json:"role,omitempty"`
	DoneAt    *time.Time `json:"doneAt,omitempty"`
	DoneBy    string     `json:"doneBy,omitempty"`
	Note      string     `json:"note,omitempty"`
	CreatedBy string     `json:"createdBy,omitempty"`
	Stamps
}

// Comment is a discussion entry on the incident, or on one record of its
// board (named by key), or a reply to another comment (Parent).
type Comment struct {
	Key           string `json:"key"`
	Body          string `json:"body"`
	Parent        string `json:"parent,omitempty"`
	TimelineEvent string `json:"timelineEvent,omitempty"`
	Perspective   string `json:"perspective,omitempty"`
	Question      string `json:"question,omitempty"`
	Insight       string `json:"insight,omitempty"`
	ActionItem    string `json:"actionItem,omitempty"`
	CreatedBy     string `json:"createdBy,omitempty"`
	Stamps
}

// Report is a write-up for one audience with its published versions.
type Report struct {
	Key                 string                  `json:"key"`
	Audience            string                  `json:"audience"`
	Template            string                  `json:"template,omitempty"`
	Title               string                  `json:"title"`
	Body                string                  `json:"body"`
	GeneratedAt         time.Time               `json:"generatedAt"`
	GeneratedBy         string                  `json:"generatedBy,omitempty"`
	PeriodStart         *time.Time              `json:"periodStart,omitempty"`
	PeriodEnd           *time.Time              `json:"periodEnd,omitempty"`
	Scope               string                  `json:"scope,omitempty"`
	AnalysisFilter      string                  `json:"analysisFilter,omitempty"`
	Definitions         []enum.FigureDefinition `json:"definitions,omitempty"`
	PublishedVersion    int                     `json:"publishedVersion,omitempty"`
	PublishedAt         *time.Time              `json:"publishedAt,omitempty"`
	ChangedSincePublish bool                    `json:"changedSincePublish,omitempty"`
	Versions            []ReportVersion         `json:"versions,omitempty"`
	CreatedBy           string                  `json:"createdBy,omitempty"`
	Stamps
}

// ReportVersion is a published version of a report, in number order.
type ReportVersion struct {
	Number      int                     `json:"number"`
	Title       string                  `json:"title"`
	Body        string                  `json:"body"`
	GeneratedAt time.Time               `json:"generatedAt"`
	Scope       string                  `json:"scope,omitempty"`
	Definitions []enum.FigureDefinition `json:"definitions,omitempty"`
	PublishedAt time.Time               `json:"publishedAt"`
	CreatedBy   string                  `json:"createdBy,omitempty"`
}

// Annotation is a context note on an incident, a service (by name), a
// period or a figure.
type Annotation struct {
	Body        string     `json:"body"`
	Scope       string     `json:"scope"`
	Incident    string     `json:"incident,omitempty"`
	Service     string     `json:"service,omitempty"`
	PeriodStart *time.Time `json:"periodStart,omitempty"`
	PeriodEnd   *time.Time `json:"periodEnd,omitempty"`
	Figure      string     `json:"figure,omitempty"`
	CreatedBy   string     `json:"createdBy,omitempty"`
	Stamps
}

// Activity is one entry of an incident's history. Entity names the record
// by its document key; records no longer in the database (deleted ones)
// are named "removed-N", the same N for the same record.
type Activity struct {
	At         time.Time          `json:"at"`
	Actor      string             `json:"actor,omitempty"`
	Action     string             `json:"action"`
	EntityType string             `json:"entityType"`
	Entity     string             `json:"entity"`
	Summary    string             `json:"summary"`
	Changes    []enum.FieldChange `json:"changes,omitempty"`
}

// ActionItem is work that came out of one or more incidents (by key), or
// of none yet.
type ActionItem struct {
	Key                    string     `json:"key,omitempty"`
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
	Stamps
}
