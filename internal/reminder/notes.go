package reminder

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/notification"
	"github.com/debrief/debrief/ent/participant"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/viewer"
)

// note is a notification to write.
type note struct {
	userID     int
	kind       enum.NotificationKind
	message    string
	incidentID *int
	actionID   *int
	subjectID  *int
	// key makes a reminder idempotent: a key is written once. Notes of
	// changes (mentions, assignments) have none: the change happens once.
	key *string
	// about are the incidents the note concerns (with restricted and
	// created_by_id loaded): the recipient must be able to see one of them,
	// or the note concerns none.
	about []*ent.Incident
}

// write saves the notes their recipients may see and whose key is not
// taken yet, and returns how many it saved. client is the transaction's.
func write(ctx context.Context, client *ent.Client, notes []note) (int, error) {
	// Debrief writes notifications on its own account, whoever caused them;
	// the reads decide about records the viewer need not see.
	sys := viewer.System(ctx)
	notes, err := visibleOnly(sys, client, notes)
	if err != nil {
		return 0, err
	}
	if notes, err = unseen(sys, client, notes); err != nil || len(notes) == 0 {
		return 0, err
	}
	builders := make([]*ent.NotificationCreate, len(notes))
	for i, n := range notes {
		builders[i] = client.Notification.Create().
			SetUserID(n.userID).
			SetKind(n.kind).
			SetMessage(clip(n.message, maxMessage)).
			SetNillableIncidentID(n.incidentID).
			SetNillableActionItemID(n.actionID).
			SetNillableSubjectID(n.subjectID).
			SetNillableDedupKey(n.key)
	}
	if err := client.Notification.CreateBulk(builders...).Exec(sys); err != nil {
		return 0, fmt.Errorf("reminder: write notifications: %w", err)
	}
	return len(notes), nil
}

// unseen drops the notes whose key is already written (one query).
func unseen(ctx context.Context, client *ent.Client, notes []note) ([]note, error) {
	var keys []string
	for _, n := range notes {
		if n.key != nil {
			keys = append(keys, *n.key)
		}
	}
	if len(keys) == 0 {
		return notes, nil
	}
	taken, err := client.Notification.Query().
		Where(notification.DedupKeyIn(keys...)).
		Select(notification.FieldDedupKey).
		Strings(ctx)
	if err != nil {
		return nil, fmt.Errorf("reminder: look up reminder keys: %w", err)
	}
	written := make(map[string]bool, len(taken))
	for _, k := range taken {
		written[k] = true
	}
	var out []note
	for _, n := range notes {
		if n.key != nil {
			if written[*n.key] {
				continue
			}
			written[*n.key] = true // once per batch, too
		}
		out = append(out, n)
	}
	return out, nil
}

// seenBy is who, beyond the obvious, sees which restricted incidents.
type seenBy struct {
	everything   map[int]bool    // analysts and admins
	participants map[[2]int]bool // {incident, user}
}

// visibleOnly drops notes about restricted incidents their recipient may
// not see: a notification quotes the incident's title and links to it.
// The rule is policy.Incidents' — analysts, admins, whoever opened the
// incident and its participants see it. It costs two queries when a note
// concerns a restricted incident its recipient did not open, none
// otherwise.
func visibleOnly(ctx context.Context, client *ent.Client, notes []note) ([]note, error) {
	var incidentIDs, userIDs []int
	for _, n := range notes {
		for _, inc := range n.about {
			if inc.Restricted && !opened(inc, n.userID) {
				incidentIDs = append(incidentIDs, inc.ID)
				userIDs = append(userIDs, n.userID)
			}
		}
	}
	if len(userIDs) == 0 {
		return notes, nil
	}
	seen, err := whoSees(ctx, client, compact(incidentIDs), compact(userIDs))
	if err != nil {
		return nil, err
	}
	var out []note
	for _, n := range notes {
		if seen.sees(n) {
			out = append(out, n)
		}
	}
	return out, nil
}

// whoSees loads which of users see all restricted incidents, and which
// take part in which of incidents.
func whoSees(ctx context.Context, client *ent.Client, incidentIDs, userIDs []int) (*seenBy, error) {
	users, err := client.User.Query().Where(user.IDIn(userIDs...)).
		Select(user.FieldID, user.FieldRole).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("reminder: load recipients: %w", err)
	}
	parts, err := client.Participant.Query().
		Where(participant.IncidentIDIn(incidentIDs...), participant.UserIDIn(userIDs...)).
		Select(participant.FieldIncidentID, participant.FieldUserID).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("reminder: load participants: %w", err)
	}
	s := &seenBy{everything: map[int]bool{}, participants: map[[2]int]bool{}}
	for _, u := range users {
		s.everything[u.ID] = viewer.Viewer{UserID: u.ID, Role: u.Role}.SeesRestricted()
	}
	for _, p := range parts {
		s.participants[[2]int{p.IncidentID, p.UserID}] = true
	}
	return s, nil
}

// sees reports whether n's recipient sees one of the incidents n is about.
func (s *seenBy) sees(n note) bool {
	if len(n.about) == 0 {
		return true
	}
	for _, inc := range n.about {
		if !inc.Restricted || opened(inc, n.userID) || s.everything[n.userID] || s.participants[[2]int{inc.ID, n.userID}] {
			return true
		}
	}
	return false
}

func opened(inc *ent.Incident, userID int) bool {
	return inc.CreatedByID != nil && *inc.CreatedByID == userID
}

// incidentFields are what a note needs of an incident: its title for the
// message, and what decides who may see it.
var incidentFields = []string{incident.FieldID, incident.FieldTitle, incident.FieldRestricted, incident.FieldCreatedByID}

// maxMessage is Notification.message's limit; maxQuoted bounds one quoted
// title or question within it.
const (
	maxMessage = 500
	maxQuoted  = 120
)

// quote puts a title in quotes, on one line and shortened if need be.
func quote(s string) string {
	return `"` + clip(strings.Join(strings.Fields(s), " "), maxQuoted) + `"`
}

// clip shortens s to at most n characters, marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// compact sorts ids and drops repeats.
func compact(ids []int) []int {
	slices.Sort(ids)
	return slices.Compact(ids)
}

func ptr[T any](v T) *T { return &v }
