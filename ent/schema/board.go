package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/policy"
)

// incidentEdge ties a board item to its incident: required, set once at
// creation, and removed with the incident.
func incidentEdge(ref string) ent.Edge {
	return edge.From("incident", Incident.Type).Ref(ref).
		Field("incident_id").Unique().Required().Immutable()
}

// incidentIDField is the foreign key behind incidentEdge.
func incidentIDField() ent.Field {
	return field.Int("incident_id").Immutable()
}

// Participant is a person's part in one incident.
type Participant struct{ ent.Schema }

// Mixin of Participant.
func (Participant) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}}
}

// Fields of Participant.
func (Participant) Fields() []ent.Field {
	return []ent.Field{
		incidentIDField(),
		field.Int("user_id").Immutable(),
		field.Enum("role").GoType(enum.ParticipantRole("")).Annotations(entgql.Type("ParticipantRole")).
			Annotations(entgql.OrderField("ROLE")),
		field.String("location").Optional().MaxLen(200).
			Comment("where the person was, e.g. 'Berlin office' or 'on a train'"),
		field.String("time_zone").Optional().MaxLen(64).Validate(validTimeZone),
		field.JSON("channels", []enum.Channel{}).Optional().
			Annotations(entgql.Type("[Channel!]")),
	}
}

// Edges of Participant.
func (Participant) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("participants"),
		edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable(),
	}
}

// Indexes of Participant: a person takes part in an incident once.
func (Participant) Indexes() []ent.Index {
	return []ent.Index{index.Fields("incident_id", "user_id").Unique()}
}

// Policy of Participant: who may read and change it (see internal/policy).
func (Participant) Policy() ent.Policy { return policy.BoardItem(policy.Writers) }

// Annotations of Participant.
func (Participant) Annotations() []schema.Annotation { return listAnnotations() }

// TimelineEvent is one moment of an incident's narrative, from whatever
// source it came.
type TimelineEvent struct{ ent.Schema }

// Mixin of TimelineEvent.
func (TimelineEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of TimelineEvent.
func (TimelineEvent) Fields() []ent.Field {
	return []ent.Field{
		incidentIDField(),
		field.Time("occurred_at").
			Annotations(entgql.OrderField("OCCURRED_AT")),
		field.Enum("kind").GoType(enum.EventKind("")).Annotations(entgql.Type("EventKind")).
			Annotations(entgql.OrderField("KIND")),
		field.Enum("source").GoType(enum.Channel("")).Annotations(entgql.Type("Channel")).Default(string(enum.ChannelDebrief)).
			Annotations(entgql.OrderField("SOURCE")),
		field.String("source_ref").Optional().MaxLen(2048).
			Comment("where the event came from, e.g. a Slack message link or a deploy ID"),
		field.Int("actor_id").Optional().Nillable().
			Comment("the person who did or said this, when they are in the directory"),
		field.String("actor_name").Optional().MaxLen(200).
			Comment("the name as the source gave it, for people outside the directory"),
		field.Text("text").NotEmpty().MaxLen(10000),
		field.String("evidence_url").Optional().MaxLen(2048).Validate(validURL),
		field.Bool("key_moment").Default(false),
		field.Enum("milestone").GoType(enum.Milestone("")).Annotations(entgql.Type("Milestone")).Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("set on the events that mirror the incident's milestone times"),
	}
}

// Edges of TimelineEvent.
func (TimelineEvent) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("timeline_events"),
		edge.To("actor", User.Type).Field("actor_id").Unique(),
		// The insights that cite this as evidence.
		edge.From("insights", Insight.Type).Ref("evidence_events").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of TimelineEvent: timelines are read in time order, and an
// incident has at most one event per milestone.
func (TimelineEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("incident_id", "occurred_at"),
		index.Fields("incident_id", "milestone").Unique(),
	}
}

// Policy of TimelineEvent: who may read and change it (see internal/policy).
func (TimelineEvent) Policy() ent.Policy { return policy.BoardItem(policy.Writers) }

// Annotations of TimelineEvent.
func (TimelineEvent) Annotations() []schema.Annotation { return listAnnotations() }

// Perspective is one person's account of an incident from where they sat.
type Perspective struct{ ent.Schema }

// Mixin of Perspective.
func (Perspective) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of Perspective.
func (Perspective) Fields() []ent.Field {
	return []ent.Field{
		incidentIDField(),
		field.Int("author_id").Immutable(),
		field.Enum("department").GoType(enum.Department("")).Annotations(entgql.Type("Department")).
			Annotations(entgql.OrderField("DEPARTMENT")),
		field.Text("what_they_saw").NotEmpty().MaxLen(10000),
		field.Text("surprises").Optional().MaxLen(10000),
		field.Text("what_helped").Optional().MaxLen(10000),
		field.Text("what_hurt").Optional().MaxLen(10000),
		field.Text("impact_observed").Optional().MaxLen(10000),
	}
}

// Edges of Perspective.
func (Perspective) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("perspectives"),
		edge.To("author", User.Type).Field("author_id").Unique().Required().Immutable(),
		// The insights that cite this as evidence.
		edge.From("insights", Insight.Type).Ref("evidence_perspectives").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Policy of Perspective: who may read and change it (see internal/policy).
func (Perspective) Policy() ent.Policy { return policy.BoardItem(policy.Writers) }

// Annotations of Perspective.
func (Perspective) Annotations() []schema.Annotation { return listAnnotations() }

// Question is an open question or a gap in the data about an incident.
type Question struct{ ent.Schema }

// Mixin of Question.
func (Question) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of Question.
func (Question) Fields() []ent.Field {
	return []ent.Field{
		incidentIDField(),
		field.Text("text").NotEmpty().MaxLen(4000),
		field.Enum("status").GoType(enum.QuestionStatus("")).Annotations(entgql.Type("QuestionStatus")).Default(string(enum.QuestionStatusOpen)).
			Annotations(entgql.OrderField("STATUS")),
		field.Int("asked_by_id").Optional().Nillable(),
		field.Int("assignee_id").Optional().Nillable(),
		field.Text("answer").Optional().MaxLen(10000),
		field.Int("answered_by_id").Optional().Nillable(),
		field.Time("answered_at").Optional().Nillable(),
	}
}

// Edges of Question.
func (Question) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("questions"),
		// The insights that cite this (its answer) as evidence.
		edge.From("insights", Insight.Type).Ref("evidence_questions").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("asked_by", User.Type).Field("asked_by_id").Unique(),
		edge.To("assignee", User.Type).Field("assignee_id").Unique(),
		edge.To("answered_by", User.Type).Field("answered_by_id").Unique(),
	}
}

// Policy of Question: who may read and change it (see internal/policy).
func (Question) Policy() ent.Policy { return policy.BoardItem(policy.Writers, "answer", "status") }

// Annotations of Question.
func (Question) Annotations() []schema.Annotation { return listAnnotations() }

// Comment is discussion on an incident's board, on the incident itself or
// on one of its items, threaded by parent.
type Comment struct{ ent.Schema }

// Mixin of Comment.
func (Comment) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of Comment.
func (Comment) Fields() []ent.Field {
	return []ent.Field{
		incidentIDField(),
		field.Text("body").NotEmpty().MaxLen(10000).
			Comment("the text; @[Full Name] mentions a person by their exact name (in any case)"),
		field.Int("parent_id").Optional().Nillable().Immutable(),
		field.Int("timeline_event_id").Optional().Nillable().Immutable(),
		field.Int("perspective_id").Optional().Nillable().Immutable(),
		field.Int("question_id").Optional().Nillable().Immutable(),
		field.Int("insight_id").Optional().Nillable().Immutable(),
		field.Int("action_item_id").Optional().Nillable().Immutable(),
	}
}

// Edges of Comment.
func (Comment) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("comments"),
		edge.To("replies", Comment.Type).Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			From("parent").Field("parent_id").Unique().Immutable(),
		edge.To("timeline_event", TimelineEvent.Type).Field("timeline_event_id").Unique().Immutable(),
		edge.To("perspective", Perspective.Type).Field("perspective_id").Unique().Immutable(),
		edge.To("question", Question.Type).Field("question_id").Unique().Immutable(),
		edge.To("insight", Insight.Type).Field("insight_id").Unique().Immutable(),
		edge.To("action_item", ActionItem.Type).Field("action_item_id").Unique().Immutable(),
		edge.To("mentions", User.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("people the body mentions as @[Full Name]; set by the data layer from the body"),
	}
}

// Policy of Comment: who may read and change it (see internal/policy).
func (Comment) Policy() ent.Policy { return policy.BoardItem(policy.Writers) }

// Annotations of Comment.
func (Comment) Annotations() []schema.Annotation { return listAnnotations() }
