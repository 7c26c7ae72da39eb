// Package activity records the collaboration history of incidents. An ent
// hook writes an Activity for every creation and single update of an
// incident or of anything on its board — who did it, which fields changed,
// from what and to what, and a sentence saying so — in the same transaction
// as the change itself, so the history holds exactly the changes that were
// committed.
//
// The hook writes through the mutation's own client, which is the
// transaction's when the change runs in one (every GraphQL mutation does).
// A change made outside a transaction gets its activity in the statement
// right after it.
package activity

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	entgo "entgo.io/ent"
	"entgo.io/ent/privacy"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	entactivity "github.com/debrief/debrief/ent/activity"
	"github.com/debrief/debrief/ent/checklistitem"
	"github.com/debrief/debrief/ent/comment"
	"github.com/debrief/debrief/ent/contributingfactor"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/incidentchecklist"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/participant"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/question"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/statusupdate"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/board"
	"github.com/debrief/debrief/internal/viewer"
)

// columns are the tracked types and their fields: the old values of an
// update are read for all of them before it runs (one query), because hooks
// further in may change more fields than the caller set.
var columns = map[string][]string{
	ent.TypeIncident:           incident.Columns,
	ent.TypeParticipant:        participant.Columns,
	ent.TypeTimelineEvent:      timelineevent.Columns,
	ent.TypePerspective:        perspective.Columns,
	ent.TypeQuestion:           question.Columns,
	ent.TypeComment:            comment.Columns,
	ent.TypeContributingFactor: contributingfactor.Columns,
	ent.TypeInsight:            insight.Columns,
	ent.TypeActionItem:         actionitem.Columns,
	ent.TypeIncidentChecklist:  incidentchecklist.Columns,
	ent.TypeChecklistItem:      checklistitem.Columns,
	ent.TypeStatusUpdate:       statusupdate.Columns,
}

// skipped fields say nothing a reader of the history needs: bookkeeping,
// and the author, who is the activity's actor.
var skipped = []string{"created_at", "updated_at", "version", "created_by_id"}

// derivedEdges are set by the data layer from a field that is recorded
// itself (a comment's mentions follow its body).
var derivedEdges = []string{"mentions"}

// Hook records activities; register it with client.Use.
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			cols, tracked := columns[m.Type()]
			if !tracked || !m.Op().Is(entgo.OpCreate|entgo.OpUpdateOne|entgo.OpDeleteOne) {
				return next.Mutate(ctx, m)
			}
			if m.Op().Is(entgo.OpDeleteOne) {
				return recordDelete(ctx, m, next)
			}
			var old map[string]any
			if m.Op().Is(entgo.OpUpdateOne) {
				// Read in the caller's own context, as the privacy rules
				// would: what they may not see they may not change either.
				var err error
				if old, err = oldValues(ctx, m, cols); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			if err := record(ctx, m, v, old); err != nil {
				return nil, fmt.Errorf("activity: %w", err)
			}
			return v, nil
		})
	}
}

// recordDelete runs a single delete and records it with the record as it
// was, since a delete returns only a count.
func recordDelete(ctx context.Context, m ent.Mutation, next ent.Mutator) (ent.Value, error) {
	gone, ok, err := board.BeforeDelete(ctx, m)
	if err != nil {
		return nil, err
	}
	v, err := next.Mutate(ctx, m)
	if err != nil || !ok {
		return v, err
	}
	if err := record(ctx, m, gone, nil); err != nil {
		return nil, fmt.Errorf("activity: %w", err)
	}
	return v, nil
}

// oldValues returns the record's values before an update.
func oldValues(ctx context.Context, m ent.Mutation, cols []string) (map[string]any, error) {
	old := map[string]any{}
	for _, c := range cols {
		v, err := m.OldField(ctx, c)
		if err != nil {
			if strings.HasPrefix(err.Error(), "unknown ") {
				continue // a foreign key without a field
			}
			return nil, err
		}
		old[c] = v
	}
	return old, nil
}

// clientOf is what every typed mutation offers: its own client, bound to
// its transaction.
type clientOf interface{ Client() *ent.Client }

// record writes the activity (one per incident) of a change that succeeded.
func record(ctx context.Context, m ent.Mutation, v ent.Value, old map[string]any) error {
	mc, ok := m.(clientOf)
	if !ok {
		return fmt.Errorf("%T has no client", m)
	}
	client := mc.Client()
	changes := fieldChanges(m, old)
	if m.Op().Is(entgo.OpUpdateOne) && len(changes) == 0 {
		return nil // saved without changing anything
	}
	// Only Debrief itself writes the history.
	sys := viewer.System(ctx)
	subject, incidents, err := describe(sys, client, m, v)
	if err != nil {
		return err
	}
	if len(incidents) == 0 {
		return nil // an action item serving no incident yet
	}
	if m.Op().Is(entgo.OpCreate) && subject.created == "" {
		return nil // said by another record's activity (a checklist's steps)
	}
	action := entactivity.ActionCREATED
	switch {
	case m.Op().Is(entgo.OpUpdateOne):
		action = entactivity.ActionUPDATED
	case m.Op().Is(entgo.OpDeleteOne):
		action = entactivity.ActionDELETED
	}
	actorID, actorName := actor(ctx)
	summary := clip(actorName+" "+subject.phrase(m, changes), 500)
	builders := make([]*ent.ActivityCreate, 0, len(incidents))
	for _, incidentID := range incidents {
		builders = append(builders, client.Activity.Create().
			SetIncidentID(incidentID).
			SetNillableActorID(actorID).
			SetAction(action).
			SetEntityType(m.Type()).
			SetEntityID(subject.id).
			SetSummary(summary).
			SetChanges(changes))
	}
	if len(builders) == 1 {
		return builders[0].Exec(sys)
	}
	return client.Activity.CreateBulk(builders...).Exec(sys)
}

// actor is who made the change: the signed-in viewer, or nobody for
// Debrief's own writes (which run as the system, even inside a request).
func actor(ctx context.Context) (*int, string) {
	// An allow decision in the context reads back as (nil, true).
	if d, ok := privacy.DecisionFromContext(ctx); ok && d == nil {
		return nil, "Debrief"
	}
	v, ok := viewer.FromContext(ctx)
	if !ok {
		return nil, "Debrief"
	}
	name := v.Name
	if name == "" {
		name = "Someone"
	}
	return &v.UserID, name
}

// fieldChanges lists the fields a mutation set or cleared, as text, with
// their old values for an update; fields an update left as they were are
// left out. Links to other records (tags, services, …) list the IDs
// unlinked as old ("all" when the list was cleared) and those linked as new.
func fieldChanges(m ent.Mutation, old map[string]any) []enum.FieldChange {
	var out []enum.FieldChange
	fields := append(m.Fields(), m.ClearedFields()...)
	seen := map[string]bool{}
	for _, f := range fields {
		if seen[f] || slices.Contains(skipped, f) {
			continue
		}
		seen[f] = true
		var after *string
		if v, set := m.Field(f); set && !m.FieldCleared(f) {
			after = Text(v)
		}
		var before *string
		if old != nil {
			before = Text(old[f])
			if equal(before, after) {
				continue
			}
		}
		out = append(out, enum.FieldChange{Field: f, Old: before, New: after})
	}
	edges := append(append(m.AddedEdges(), m.RemovedEdges()...), m.ClearedEdges()...)
	for _, e := range edges {
		if seen[e] || slices.Contains(derivedEdges, e) || seen[e+"_id"] || slices.Contains(skipped, e+"_id") {
			continue // field-backed edges are recorded as their field
		}
		seen[e] = true
		var before, after *string
		if m.EdgeCleared(e) {
			all := "all"
			before = &all
		} else {
			before = idList(m.RemovedIDs(e))
		}
		after = idList(m.AddedIDs(e))
		if before == nil && after == nil {
			continue
		}
		out = append(out, enum.FieldChange{Field: e, Old: before, New: after})
	}
	return out
}

func idList(ids []ent.Value) *string {
	if len(ids) == 0 {
		return nil
	}
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		parts = append(parts, fmt.Sprint(id))
	}
	slices.Sort(parts)
	s := strings.Join(parts, ", ")
	return &s
}

func equal(a, b *string) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// Text renders a field's value as the history shows it: times in RFC 3339
// (UTC), lists as JSON, and null for empty values.
func Text(v any) *string {
	if v == nil {
		return nil
	}
	var s string
	switch x := v.(type) {
	case time.Time:
		s = x.UTC().Format(time.RFC3339)
	case string:
		s = x
	case bool:
		s = strconv.FormatBool(x)
	case int:
		s = strconv.Itoa(x)
	default:
		rv := reflect.ValueOf(v)
		switch rv.Kind() {
		case reflect.Pointer:
			if rv.IsNil() {
				return nil
			}
			return Text(rv.Elem().Interface())
		case reflect.String:
			s = rv.String()
		case reflect.Slice, reflect.Map:
			if rv.Len() == 0 {
				return nil
			}
			b, err := json.Marshal(v)
			if err != nil {
				s = fmt.Sprint(v)
			} else {
				s = string(b)
			}
		default:
			s = fmt.Sprint(v)
		}
	}
	if s == "" {
		return nil
	}
	return &s
}

// subject is what a change was made to, for the summary.
type subject struct {
	id int
	// label names the record in a sentence: `the timeline event "Deploy rolled back"`.
	label string
	// created is the sentence's verb phrase for a creation.
	created string
	// extra says something specific about an update, when one rule fits.
	updated func(changes map[string]enum.FieldChange) string
}

// describe names the changed record and the incidents its history belongs to.
func describe(ctx context.Context, client *ent.Client, m ent.Mutation, v ent.Value) (subject, []int, error) {
	switch x := v.(type) {
	case *ent.Incident:
		s := subject{id: x.ID, label: "the incident " + quote(x.Title)}
		s.created = "opened " + s.label
		s.updated = func(c map[string]enum.FieldChange) string {
			st, ok := c[incident.FieldStatus]
			if !ok || st.New == nil {
				return ""
			}
			switch {
			case *st.New == string(enum.IncidentStatusReviewing):
				mode := ""
				if x.ReviewMode != nil {
					mode = " (" + words(string(*x.ReviewMode)) + ")"
				}
				return "opened the review of " + s.label + mode
			case *st.New == string(enum.IncidentStatusFollowingUp) && st.Old != nil && *st.Old == string(enum.IncidentStatusReviewing):
				return "closed the review of " + s.label
			}
			return "moved " + s.label + " to " + words(*st.New)
		}
		return s, []int{x.ID}, nil
	case *ent.TimelineEvent:
		s := subject{id: x.ID, label: "the timeline event " + quote(x.Text)}
		s.created = "added " + s.label
		s.updated = func(c map[string]enum.FieldChange) string {
			at, ok := c[timelineevent.FieldOccurredAt]
			if !ok {
				return ""
			}
			when := x.OccurredAt.UTC()
			format := "15:04 UTC"
			if before, err := time.Parse(time.RFC3339, deref(at.Old)); err != nil || before.UTC().Format(time.DateOnly) != when.Format(time.DateOnly) {
				format = "2 Jan 2006 15:04 UTC"
			}
			return "moved " + s.label + " to " + when.Format(format)
		}
		return s, []int{x.IncidentID}, nil
	case *ent.Perspective:
		label := "a perspective"
		if x.Department != enum.DepartmentOther {
			label += " from " + words(string(x.Department))
		}
		return subject{id: x.ID, label: label, created: "added " + label}, []int{x.IncidentID}, nil
	case *ent.Question:
		s := subject{id: x.ID, label: "the question " + quote(x.Text), created: "asked " + quote(x.Text)}
		s.updated = func(c map[string]enum.FieldChange) string {
			if a, ok := c[question.FieldAnswer]; ok && a.New != nil {
				return "answered " + s.label
			}
			if st, ok := c[question.FieldStatus]; ok && st.New != nil {
				return "marked " + s.label + " " + words(*st.New)
			}
			return ""
		}
		return s, []int{x.IncidentID}, nil
	case *ent.Comment:
		s := subject{id: x.ID, label: "a comment", created: "commented: " + quote(x.Body)}
		s.updated = func(c map[string]enum.FieldChange) string {
			if _, ok := c[comment.FieldBody]; ok {
				return "edited a comment: " + quote(x.Body)
			}
			return ""
		}
		return s, []int{x.IncidentID}, nil
	case *ent.Participant:
		name, err := client.User.Query().Where(user.ID(x.UserID)).Select(user.FieldName).String(ctx)
		if err != nil {
			return subject{}, nil, err
		}
		s := subject{id: x.ID, label: "the participant " + name,
			created: "added " + name + " to the incident as " + words(string(x.Role))}
		return s, []int{x.IncidentID}, nil
	case *ent.ContributingFactor:
		s := subject{id: x.ID, label: "the contributing factor " + quote(x.Description)}
		s.created = "added " + s.label
		return s, []int{x.IncidentID}, nil
	case *ent.Insight:
		s := subject{id: x.ID, label: "the insight " + quote(x.Statement)}
		s.created = "recorded " + s.label
		return s, []int{x.IncidentID}, nil
	case *ent.ActionItem:
		s := subject{id: x.ID, label: "the action item " + quote(x.Title)}
		s.created = "added " + s.label
		s.updated = func(c map[string]enum.FieldChange) string {
			if st, ok := c[actionitem.FieldStatus]; ok && st.New != nil {
				return "marked " + s.label + " " + words(*st.New)
			}
			return ""
		}
		ids, _, err := board.IncidentsOf(ctx, m, v)
		return s, ids, err
	case *ent.IncidentChecklist:
		s := subject{id: x.ID, label: "the checklist " + quote(x.Name)}
		s.created = "attached the workflow " + quote(x.Name)
		return s, []int{x.IncidentID}, nil
	case *ent.ChecklistItem:
		// Created with their checklist, whose activity says so: no
		// created phrase, no activity of their own.
		s := subject{id: x.ID, label: "the step " + quote(x.Title)}
		s.updated = func(c map[string]enum.FieldChange) string {
			if d, ok := c[checklistitem.FieldDoneAt]; ok {
				if d.New != nil {
					return "ticked off " + s.label
				}
				return "reopened " + s.label
			}
			if n, ok := c[checklistitem.FieldNote]; ok && len(c) == 1 && n.New != nil {
				return "noted on " + s.label + ": " + quote(*n.New)
			}
			return ""
		}
		return s, []int{x.IncidentID}, nil
	case *ent.StatusUpdate:
		s := subject{id: x.ID, label: "the status update to " + x.Recipients}
		s.created = "logged a status update to " + x.Recipients + " (" + words(string(x.Audience)) + "): " + quote(x.Body)
		return s, []int{x.IncidentID}, nil
	}
	return subject{}, nil, fmt.Errorf("untracked type %T", v)
}

// phrase is what the actor did, in words.
func (s subject) phrase(m ent.Mutation, changes []enum.FieldChange) string {
	if m.Op().Is(entgo.OpCreate) {
		return s.created
	}
	if m.Op().Is(entgo.OpDeleteOne) {
		return "deleted " + s.label
	}
	byField := map[string]enum.FieldChange{}
	var names []string
	for _, c := range changes {
		byField[c.Field] = c
		names = append(names, fieldWords(c.Field))
	}
	if s.updated != nil {
		if p := s.updated(byField); p != "" {
			return p
		}
	}
	return "updated " + s.label + " (" + strings.Join(names, ", ") + ")"
}

// fieldWords turns a field's name into words: review_due_at → review due at.
func fieldWords(f string) string {
	return strings.ReplaceAll(strings.TrimSuffix(f, "_id"), "_", " ")
}

// words turns an enum value into words: FOLLOWING_UP → following up.
func words(v string) string {
	if v == string(enum.ActionStatusWontDo) {
		return "won't do"
	}
	return strings.ToLower(strings.ReplaceAll(v, "_", " "))
}

// quote puts a short form of a text in quotes.
func quote(s string) string {
	return `"` + clip(strings.Join(strings.Fields(s), " "), 80) + `"`
}

// clip shortens s to at most n bytes, on a character boundary, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	const ellipsis = "…"
	cut := n - len(ellipsis)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + ellipsis
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
