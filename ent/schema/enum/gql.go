package enum

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// The GraphQL (un)marshalers below let gqlgen use these types directly as
// the API's enums; unmarshaling refuses values outside the vocabulary.

type vocabulary interface {
	~string
	Values() []string
}

func marshalGQL[T ~string](w io.Writer, v T) { _, _ = io.WriteString(w, strconv.Quote(string(v))) }

func unmarshalGQL[T vocabulary](dst *T, v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("enums must be strings, got %T", v)
	}
	if !slices.Contains((*dst).Values(), s) {
		return fmt.Errorf("%q is not one of %v", s, (*dst).Values())
	}
	*dst = T(s)
	return nil
}

// MarshalGQL writes the value as a GraphQL enum.
func (d Department) MarshalGQL(w io.Writer) { marshalGQL(w, d) }

// UnmarshalGQL reads a GraphQL enum value.
func (d *Department) UnmarshalGQL(v any) error { return unmarshalGQL(d, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (r Role) MarshalGQL(w io.Writer) { marshalGQL(w, r) }

// UnmarshalGQL reads a GraphQL enum value.
func (r *Role) UnmarshalGQL(v any) error { return unmarshalGQL(r, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (s Severity) MarshalGQL(w io.Writer) { marshalGQL(w, s) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *Severity) UnmarshalGQL(v any) error { return unmarshalGQL(s, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (i IncidentStatus) MarshalGQL(w io.Writer) { marshalGQL(w, i) }

// UnmarshalGQL reads a GraphQL enum value.
func (i *IncidentStatus) UnmarshalGQL(v any) error { return unmarshalGQL(i, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (r ReviewMode) MarshalGQL(w io.Writer) { marshalGQL(w, r) }

// UnmarshalGQL reads a GraphQL enum value.
func (r *ReviewMode) UnmarshalGQL(v any) error { return unmarshalGQL(r, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (s ServiceKind) MarshalGQL(w io.Writer) { marshalGQL(w, s) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *ServiceKind) UnmarshalGQL(v any) error { return unmarshalGQL(s, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (p ParticipantRole) MarshalGQL(w io.Writer) { marshalGQL(w, p) }

// UnmarshalGQL reads a GraphQL enum value.
func (p *ParticipantRole) UnmarshalGQL(v any) error { return unmarshalGQL(p, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (c Channel) MarshalGQL(w io.Writer) { marshalGQL(w, c) }

// UnmarshalGQL reads a GraphQL enum value.
func (c *Channel) UnmarshalGQL(v any) error { return unmarshalGQL(c, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (e EventKind) MarshalGQL(w io.Writer) { marshalGQL(w, e) }

// UnmarshalGQL reads a GraphQL enum value.
func (e *EventKind) UnmarshalGQL(v any) error { return unmarshalGQL(e, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (m Milestone) MarshalGQL(w io.Writer) { marshalGQL(w, m) }

// UnmarshalGQL reads a GraphQL enum value.
func (m *Milestone) UnmarshalGQL(v any) error { return unmarshalGQL(m, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (q QuestionStatus) MarshalGQL(w io.Writer) { marshalGQL(w, q) }

// UnmarshalGQL reads a GraphQL enum value.
func (q *QuestionStatus) UnmarshalGQL(v any) error { return unmarshalGQL(q, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (i InsightStatus) MarshalGQL(w io.Writer) { marshalGQL(w, i) }

// UnmarshalGQL reads a GraphQL enum value.
func (i *InsightStatus) UnmarshalGQL(v any) error { return unmarshalGQL(i, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (a ActionStatus) MarshalGQL(w io.Writer) { marshalGQL(w, a) }

// UnmarshalGQL reads a GraphQL enum value.
func (a *ActionStatus) UnmarshalGQL(v any) error { return unmarshalGQL(a, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (a ActionPriority) MarshalGQL(w io.Writer) { marshalGQL(w, a) }

// UnmarshalGQL reads a GraphQL enum value.
func (a *ActionPriority) UnmarshalGQL(v any) error { return unmarshalGQL(a, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (a ActionSize) MarshalGQL(w io.Writer) { marshalGQL(w, a) }

// UnmarshalGQL reads a GraphQL enum value.
func (a *ActionSize) UnmarshalGQL(v any) error { return unmarshalGQL(a, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (t TokenScope) MarshalGQL(w io.Writer) { marshalGQL(w, t) }

// UnmarshalGQL reads a GraphQL enum value.
func (t *TokenScope) UnmarshalGQL(v any) error { return unmarshalGQL(t, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (k ActionWarningKind) MarshalGQL(w io.Writer) { marshalGQL(w, k) }

// UnmarshalGQL reads a GraphQL enum value.
func (k *ActionWarningKind) UnmarshalGQL(v any) error { return unmarshalGQL(k, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (k NotificationKind) MarshalGQL(w io.Writer) { marshalGQL(w, k) }

// UnmarshalGQL reads a GraphQL enum value.
func (k *NotificationKind) UnmarshalGQL(v any) error { return unmarshalGQL(k, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (e WebhookEvent) MarshalGQL(w io.Writer) { marshalGQL(w, e) }

// UnmarshalGQL reads a GraphQL enum value.
func (e *WebhookEvent) UnmarshalGQL(v any) error { return unmarshalGQL(e, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (s DeliveryStatus) MarshalGQL(w io.Writer) { marshalGQL(w, s) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *DeliveryStatus) UnmarshalGQL(v any) error { return unmarshalGQL(s, v) }

// MarshalGQL writes the value as a GraphQL enum.
func (s AnnotationScope) MarshalGQL(w io.Writer) { marshalGQL(w, s) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *AnnotationScope) UnmarshalGQL(v any) error { return unmarshalGQL(s, v) }

// MarshalGQL writes a GraphQL enum value.
func (a ReportAudience) MarshalGQL(w io.Writer) { marshalGQL(w, a) }

// UnmarshalGQL reads a GraphQL enum value.
func (a *ReportAudience) UnmarshalGQL(v any) error { return unmarshalGQL(a, v) }

// MarshalGQL writes a GraphQL enum value.
func (a CommsAudience) MarshalGQL(w io.Writer) { marshalGQL(w, a) }

// UnmarshalGQL reads a GraphQL enum value.
func (a *CommsAudience) UnmarshalGQL(v any) error { return unmarshalGQL(a, v) }
