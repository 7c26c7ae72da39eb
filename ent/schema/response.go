package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/policy"
)

// The types in this file are response aids: what the next incident's
// responders follow (coordination workflows) and say (communication
// guidelines, message templates, the status-update log). The responder
// directory is the User, Team and Service types in directory.go.

// curatedAnnotations are for admin-curated lists: paginated, filterable and
// created and changed through the API.
func curatedAnnotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// WorkflowTemplate is a documented coordination workflow: the checklist of
// steps responders follow for incidents of some severities or types.
type WorkflowTemplate struct{ ent.Schema }

// Mixin of WorkflowTemplate.
func (WorkflowTemplate) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of WorkflowTemplate.
func (WorkflowTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(120).Unique().
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").Optional().MaxLen(4000).
			Comment("when to use the workflow and what it is for"),
		field.JSON("severities", []enum.Severity{}).Optional().
			Annotations(entgql.Type("[Severity!]")).
			Comment("the severities it is suggested for; empty: any"),
		field.Strings("incident_types").Optional().
			Comment("the incident types (tag names, e.g. security, data-loss) it is suggested for; empty: any"),
	}
}

// Edges of WorkflowTemplate.
func (WorkflowTemplate) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("steps", WorkflowStep.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Policy of WorkflowTemplate: everyone reads; admins curate.
func (WorkflowTemplate) Policy() ent.Policy {
	return policy.AdminCurated("only admins edit coordination workflows")
}

// Annotations of WorkflowTemplate.
func (WorkflowTemplate) Annotations() []schema.Annotation { return curatedAnnotations() }

// WorkflowStep is one step of a workflow template, in order.
type WorkflowStep struct{ ent.Schema }

// Mixin of WorkflowStep.
func (WorkflowStep) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuthorMixin{}} }

// Fields of WorkflowStep.
func (WorkflowStep) Fields() []ent.Field {
	return []ent.Field{
		field.Int("template_id").Immutable(),
		field.Int("position").Min(0).Default(0).
			Annotations(entgql.OrderField("POSITION")).
			Comment("the step's place in the checklist, from 0; a new step without one goes last"),
		field.String("title").NotEmpty().MaxLen(200),
		field.Text("guidance").Optional().MaxLen(4000).
			Comment("how to do the step, in Markdown"),
		field.Enum("role").GoType(enum.ParticipantRole("")).Optional().Nillable().
			Annotations(entgql.Type("ParticipantRole")).
			Comment("who usually does it, e.g. COMMUNICATIONS"),
	}
}

// Edges of WorkflowStep.
func (WorkflowStep) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("template", WorkflowTemplate.Type).Ref("steps").
			Field("template_id").Unique().Required().Immutable(),
	}
}

// Indexes of WorkflowStep.
func (WorkflowStep) Indexes() []ent.Index {
	return []ent.Index{index.Fields("template_id", "position")}
}

// Policy of WorkflowStep: as its template.
func (WorkflowStep) Policy() ent.Policy {
	return policy.AdminCurated("only admins edit coordination workflows")
}

// Annotations of WorkflowStep.
func (WorkflowStep) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate())}
}

// IncidentChecklist is a workflow attached to one incident: a copy of the
// template's steps at the time, so that later edits to the template do not
// rewrite what responders did.
type IncidentChecklist struct{ ent.Schema }

// Mixin of IncidentChecklist.
func (IncidentChecklist) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuthorMixin{}} }

// Fields of IncidentChecklist.
func (IncidentChecklist) Fields() []ent.Field {
	return []ent.Field{
		incidentIDField(),
		field.Int("template_id").Optional().Nillable().Immutable().
			Comment("the workflow it was copied from"),
		field.String("name").NotEmpty().MaxLen(120),
	}
}

// Edges of IncidentChecklist.
func (IncidentChecklist) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("checklists"),
		edge.To("template", WorkflowTemplate.Type).Field("template_id").Unique().Immutable(),
		edge.To("items", ChecklistItem.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of IncidentChecklist: a workflow is attached to an incident once.
func (IncidentChecklist) Indexes() []ent.Index {
	return []ent.Index{index.Fields("incident_id", "template_id").Unique()}
}

// Policy of IncidentChecklist: visible with its incident; writers attach.
func (IncidentChecklist) Policy() ent.Policy { return policy.BoardItem(policy.Writers) }

// ChecklistItem is one step of an incident's checklist; ticking it off
// records who did it and when (and the activity history says so).
type ChecklistItem struct{ ent.Schema }

// Mixin of ChecklistItem.
func (ChecklistItem) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of ChecklistItem.
func (ChecklistItem) Fields() []ent.Field {
	return []ent.Field{
		// The incident is the checklist's; it is kept here too so that the
		// access rules, the history and live updates treat the item like
		// anything else on the board.
		incidentIDField(),
		field.Int("checklist_id").Immutable(),
		field.Int("position").Min(0).Immutable(),
		field.String("title").NotEmpty().MaxLen(200).Immutable(),
		field.Text("guidance").Optional().MaxLen(4000).Immutable(),
		field.Enum("role").GoType(enum.ParticipantRole("")).Optional().Nillable().Immutable().
			Annotations(entgql.Type("ParticipantRole")),
		field.Time("done_at").Optional().Nillable(),
		field.Int("done_by_id").Optional().Nillable(),
		field.String("note").Optional().MaxLen(2000).
			Comment("what was done, e.g. 'status page posted'"),
	}
}

// Edges of ChecklistItem.
func (ChecklistItem) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("checklist_items"),
		edge.From("checklist", IncidentChecklist.Type).Ref("items").
			Field("checklist_id").Unique().Required().Immutable(),
		edge.To("done_by", User.Type).Field("done_by_id").Unique(),
	}
}

// Indexes of ChecklistItem.
func (ChecklistItem) Indexes() []ent.Index {
	return []ent.Index{index.Fields("checklist_id", "position")}
}

// Policy of ChecklistItem: visible with its incident; any writer may tick
// any step off (responders share the checklist).
func (ChecklistItem) Policy() ent.Policy {
	return policy.BoardItem(policy.Writers, "done_at", "done_by_id", "note")
}

// CommsGuideline is how to speak to one audience during an incident: tone,
// what to say and not to say, how often to update.
type CommsGuideline struct{ ent.Schema }

// Mixin of CommsGuideline.
func (CommsGuideline) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of CommsGuideline.
func (CommsGuideline) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("audience").GoType(enum.CommsAudience("")).
			Annotations(entgql.Type("CommsAudience"), entgql.OrderField("AUDIENCE")),
		field.Text("body").NotEmpty().MaxLen(20000).
			Comment("the guidelines, in Markdown"),
		field.Int("update_every_minutes").Optional().Nillable().Min(1).Max(24 * 60).
			Comment("how often this audience expects an update during an incident"),
	}
}

// Indexes of CommsGuideline: one per audience.
func (CommsGuideline) Indexes() []ent.Index {
	return []ent.Index{index.Fields("audience").Unique()}
}

// Policy of CommsGuideline: everyone reads; admins curate.
func (CommsGuideline) Policy() ent.Policy {
	return policy.AdminCurated("only admins edit communication guidelines")
}

// Annotations of CommsGuideline: a list, set per audience by setCommsGuideline.
func (CommsGuideline) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// MessageTemplate is a ready message for one audience, with placeholders
// filled from the incident ({{title}}, {{severity}}, {{impact}}, …).
type MessageTemplate struct{ ent.Schema }

// Mixin of MessageTemplate.
func (MessageTemplate) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of MessageTemplate.
func (MessageTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("audience").GoType(enum.CommsAudience("")).
			Annotations(entgql.Type("CommsAudience"), entgql.OrderField("AUDIENCE")),
		field.String("name").NotEmpty().MaxLen(120).
			Annotations(entgql.OrderField("NAME")),
		field.Text("body").NotEmpty().MaxLen(20000).
			Comment("the message, with placeholders such as {{title}}; see renderMessage"),
	}
}

// Indexes of MessageTemplate.
func (MessageTemplate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("audience", "name").Unique()}
}

// Policy of MessageTemplate: everyone reads; admins curate.
func (MessageTemplate) Policy() ent.Policy {
	return policy.AdminCurated("only admins edit message templates")
}

// Annotations of MessageTemplate.
func (MessageTemplate) Annotations() []schema.Annotation { return curatedAnnotations() }

// StatusUpdate is one message sent about an incident: what was said, to
// whom, when and where. Each is mirrored on the incident's timeline as a
// COMMUNICATION event (kept in step by a hook).
type StatusUpdate struct{ ent.Schema }

// Mixin of StatusUpdate.
func (StatusUpdate) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of StatusUpdate.
func (StatusUpdate) Fields() []ent.Field {
	return []ent.Field{
		incidentIDField(),
		field.Enum("audience").GoType(enum.CommsAudience("")).
			Annotations(entgql.Type("CommsAudience"), entgql.OrderField("AUDIENCE")),
		field.Enum("channel").GoType(enum.Channel("")).
			Annotations(entgql.Type("Channel")).
			Comment("where it was sent: STATUS_PAGE, EMAIL, SLACK, …"),
		field.String("recipients").NotEmpty().MaxLen(500).
			Comment("to whom, in words: 'all customers', '#exec-updates', 'support team'"),
		field.Text("body").NotEmpty().MaxLen(10000),
		field.Time("sent_at").Default(time.Now).
			Annotations(entgql.OrderField("SENT_AT")),
		field.Int("timeline_event_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("the timeline event that mirrors it"),
	}
}

// Edges of StatusUpdate.
func (StatusUpdate) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("status_updates"),
		edge.To("timeline_event", TimelineEvent.Type).Field("timeline_event_id").Unique().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of StatusUpdate.
func (StatusUpdate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("incident_id", "sent_at")}
}

// Policy of StatusUpdate: visible with its incident; writers log them.
func (StatusUpdate) Policy() ent.Policy { return policy.BoardItem(policy.Writers) }

// Annotations of StatusUpdate.
func (StatusUpdate) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
