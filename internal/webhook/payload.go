package webhook

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"time"

	"entgo.io/ent/privacy"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/viewer"
)

// Payload is the JSON body of every delivery (see docs/webhooks.md). Its
// shape is a contract with receivers: add fields, never rename or drop one.
// IDs are strings, as in the GraphQL API, and times RFC 3339 in UTC.
type Payload struct {
	// ID names the event; several webhooks told of one change get the same
	// ID, each in its own delivery (X-Debrief-Delivery).
	ID         string            `json:"id"`
	Event      enum.WebhookEvent `json:"event"`
	OccurredAt time.Time         `json:"occurredAt"`
	// Actor is who made the change; null for Debrief's own changes (such
	// as scheduled reminders).
	Actor *Actor `json:"actor"`
	// Data is an IncidentData, ActionItemData or ReminderData, by Event.
	Data json.RawMessage `json:"data"`
}

// Actor is the person who made a change.
type Actor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Person is someone a record names: an action's owner, a reminder's
// recipient.
type Person struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Email *string `json:"email"`
}

// Team is an action's owning team.
type Team struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// IncidentData is the incident after an INCIDENT_CREATED or
// INCIDENT_UPDATED change.
type IncidentData struct {
	ID             string              `json:"id"`
	Title          string              `json:"title"`
	Severity       enum.Severity       `json:"severity"`
	Status         enum.IncidentStatus `json:"status"`
	Restricted     bool                `json:"restricted"`
	StartedAt      time.Time           `json:"startedAt"`
	DetectedAt     *time.Time          `json:"detectedAt"`
	AcknowledgedAt *time.Time          `json:"acknowledgedAt"`
	MitigatedAt    *time.Time          `json:"mitigatedAt"`
	ResolvedAt     *time.Time          `json:"resolvedAt"`
	ReviewMode     *enum.ReviewMode    `json:"reviewMode"`
	ReviewDueAt    *time.Time          `json:"reviewDueAt"`
	// URL is the incident's page in Debrief; absent when Debrief does not
	// know its public URL.
	URL string `json:"url,omitempty"`
	// ChangedFields names what an update changed, as the GraphQL API names
	// it (e.g. "status", "resolvedAt", "tags"); absent on creation.
	ChangedFields []string `json:"changedFields,omitempty"`
}

// ActionItemData is the action item after an ACTION_ITEM_CREATED or
// ACTION_ITEM_UPDATED change.
type ActionItemData struct {
	ID           string              `json:"id"`
	Title        string              `json:"title"`
	Status       enum.ActionStatus   `json:"status"`
	StatusReason *string             `json:"statusReason"`
	Priority     enum.ActionPriority `json:"priority"`
	Size         enum.ActionSize     `json:"size"`
	DueAt        *time.Time          `json:"dueAt"`
	CompletedAt  *time.Time          `json:"completedAt"`
	Owner        *Person             `json:"owner"`
	Team         *Team               `json:"team"`
	TrackerURL   *string             `json:"trackerURL"`
	IncidentIDs  []string            `json:"incidentIDs"`
	// URL is the action in Debrief: on the page of its first incident,
	// or the actions page for an action of no incident.
	URL string `json:"url,omitempty"`
	// ChangedFields: as in IncidentData.
	ChangedFields []string `json:"changedFields,omitempty"`
}

// ReminderData is the inbox notification of a REMINDER event.
type ReminderData struct {
	ID           string                `json:"id"`
	Kind         enum.NotificationKind `json:"kind"`
	Message      string                `json:"message"`
	Recipient    *Person               `json:"recipient"`
	IncidentID   *string               `json:"incidentID"`
	ActionItemID *string               `json:"actionItemID"`
	SubjectID    *string               `json:"subjectID"`
	CreatedAt    time.Time             `json:"createdAt"`
	// URL is where the notification leads in Debrief, as in the inbox.
	URL string `json:"url,omitempty"`
}

// links builds absolute links into the web app from Debrief's public URL
// (its routes are in frontend/src/App.tsx); with none, no links.
type links string

func (l links) to(path string) string {
	if l == "" {
		return ""
	}
	return string(l) + path
}

func (l links) incident(id int, part string) string {
	return l.to("/incidents/" + url.PathEscape(gid(id)) + part)
}

// action links an action where the web app shows it: on the page of its
// first incident (the inbox and actions page link there too), or the
// actions page.
func (l links) action(id int, incidentIDs []int) string {
	if len(incidentIDs) == 0 {
		return l.to("/actions")
	}
	return l.incident(slices.Min(incidentIDs), "#action-"+gid(id))
}

// notification links where the inbox leads (targetOf in
// frontend/src/pages/InboxPage.tsx), or the inbox itself.
func (l links) notification(n *ent.Notification) string {
	switch {
	case n.IncidentID != nil && n.ActionItemID != nil:
		return l.incident(*n.IncidentID, "#action-"+gid(*n.ActionItemID))
	case n.IncidentID != nil && n.Kind == enum.NotificationQuestionAssigned:
		return l.incident(*n.IncidentID, "#questions")
	case n.IncidentID != nil && n.Kind == enum.NotificationMention:
		return l.incident(*n.IncidentID, "#comments")
	case n.IncidentID != nil:
		return l.incident(*n.IncidentID, "")
	case n.ActionItemID != nil:
		return l.to("/actions")
	}
	return l.to("/inbox")
}

// payload renders the body of event for the record v after its change.
// It reads with sys, in the change's transaction, through client.
func payload(ctx, sys context.Context, client *ent.Client, l links, event enum.WebhookEvent, v ent.Value, changed []string) ([]byte, error) {
	var data any
	var err error
	switch x := v.(type) {
	case *ent.Incident:
		data = incidentData(l, x, changed)
	case *ent.ActionItem:
		data, err = actionItemData(sys, client, l, x, changed)
	case *ent.Notification:
		data, err = reminderData(sys, client, l, x)
	default:
		return nil, fmt.Errorf("no payload for %T", v)
	}
	if err != nil {
		return nil, err
	}
	raw, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	return json.Marshal(Payload{ID: eventID(), Event: event, OccurredAt: time.Now().UTC(), Actor: actor(ctx), Data: raw})
}

func incidentData(l links, x *ent.Incident, changed []string) IncidentData {
	return IncidentData{
		ID: gid(x.ID), Title: x.Title, Severity: x.Severity, Status: x.Status, Restricted: x.Restricted,
		StartedAt: x.StartedAt.UTC(), DetectedAt: utc(x.DetectedAt), AcknowledgedAt: utc(x.AcknowledgedAt),
		MitigatedAt: utc(x.MitigatedAt), ResolvedAt: utc(x.ResolvedAt),
		ReviewMode: x.ReviewMode, ReviewDueAt: utc(x.ReviewDueAt),
		URL: l.incident(x.ID, ""), ChangedFields: changed,
	}
}

func actionItemData(ctx context.Context, client *ent.Client, l links, x *ent.ActionItem, changed []string) (ActionItemData, error) {
	d := ActionItemData{
		ID: gid(x.ID), Title: x.Title, Status: x.Status, StatusReason: text(x.StatusReason),
		Priority: x.Priority, Size: x.Size, DueAt: utc(x.DueAt), CompletedAt: utc(x.CompletedAt),
		TrackerURL: text(x.TrackerURL), IncidentIDs: []string{}, ChangedFields: changed,
	}
	// Read in the transaction, so an update's new links are there.
	ids, err := client.ActionItem.QueryIncidents(x).IDs(ctx)
	if err != nil {
		return d, err
	}
	for _, id := range ids {
		d.IncidentIDs = append(d.IncidentIDs, gid(id))
	}
	d.URL = l.action(x.ID, ids)
	if d.Owner, err = person(ctx, client, x.OwnerID); err != nil {
		return d, err
	}
	if x.TeamID != nil {
		t, err := client.Team.Query().Where(team.ID(*x.TeamID)).Only(ctx)
		if err != nil {
			return d, err
		}
		d.Team = &Team{ID: gid(t.ID), Name: t.Name}
	}
	return d, nil
}

func reminderData(ctx context.Context, client *ent.Client, l links, x *ent.Notification) (ReminderData, error) {
	d := ReminderData{
		ID: gid(x.ID), Kind: x.Kind, Message: x.Message,
		IncidentID: optGID(x.IncidentID), ActionItemID: optGID(x.ActionItemID), SubjectID: optGID(x.SubjectID),
		CreatedAt: x.CreatedAt.UTC(), URL: l.notification(x),
	}
	var err error
	d.Recipient, err = person(ctx, client, &x.UserID)
	return d, err
}

func person(ctx context.Context, client *ent.Client, id *int) (*Person, error) {
	if id == nil {
		return nil, nil
	}
	u, err := client.User.Query().Where(user.ID(*id)).Only(ctx)
	if err != nil {
		return nil, err
	}
	return &Person{ID: gid(u.ID), Name: u.Name, Email: text(u.Email)}, nil
}

// actor is who made the change: the signed-in viewer, or nobody for
// Debrief's own writes (which run as the system, even inside a request).
func actor(ctx context.Context) *Actor {
	// An allow decision in the context reads back as (nil, true).
	if d, ok := privacy.DecisionFromContext(ctx); ok && d == nil {
		return nil
	}
	v, ok := viewer.FromContext(ctx)
	if !ok {
		return nil
	}
	return &Actor{ID: gid(v.UserID), Name: v.Name}
}

// eventID names one event; random, because an event is no record of its own.
func eventID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b) // never fails: crypto/rand panics rather than return an error
	return "evt_" + hex.EncodeToString(b)
}

// gid writes an ID as the API does.
func gid(id int) string { return strconv.Itoa(id) }

func optGID(id *int) *string {
	if id == nil {
		return nil
	}
	s := gid(*id)
	return &s
}

// text makes an empty optional text null, as the API shows it.
func text(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}
