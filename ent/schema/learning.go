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

// FactorCategory is one entry of the shared contributing-factor taxonomy,
// so that factors can be compared across incidents.
type FactorCategory struct{ ent.Schema }

// Mixin of FactorCategory.
func (FactorCategory) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuthorMixin{}} }

// Fields of FactorCategory.
func (FactorCategory) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(120).Unique().
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").Optional().MaxLen(4000),
	}
}

// Edges of FactorCategory.
func (FactorCategory) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("factors", ContributingFactor.Type).Ref("category").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Policy of FactorCategory: who may read and change it (see internal/policy).
func (FactorCategory) Policy() ent.Policy {
	return policy.Taxonomy()
}

// Annotations of FactorCategory.
func (FactorCategory) Annotations() []schema.Annotation { return listAnnotations() }

// ContributingFactor is something that shaped how an incident unfolded,
// filed under a shared category.
type ContributingFactor struct{ ent.Schema }

// Mixin of ContributingFactor.
func (ContributingFactor) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of ContributingFactor.
func (ContributingFactor) Fields() []ent.Field {
	return []ent.Field{
		incidentIDField(),
		field.Int("category_id"),
		field.Text("description").NotEmpty().MaxLen(4000),
	}
}

// Edges of ContributingFactor.
func (ContributingFactor) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("contributing_factors"),
		edge.To("category", FactorCategory.Type).Field("category_id").Unique().Required(),
		edge.From("insights", Insight.Type).Ref("factors").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of ContributingFactor: cross-incident analysis groups by category.
func (ContributingFactor) Indexes() []ent.Index {
	return []ent.Index{index.Fields("category_id", "incident_id")}
}

// Policy of ContributingFactor: who may read and change it (see internal/policy).
func (ContributingFactor) Policy() ent.Policy { return policy.BoardItem(policy.Reviewers) }

// Annotations of ContributingFactor.
func (ContributingFactor) Annotations() []schema.Annotation { return listAnnotations() }

// Insight is a finding distilled from an incident's data, naming the
// factors behind it and motivating actions.
type Insight struct{ ent.Schema }

// Mixin of Insight.
func (Insight) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of Insight.
func (Insight) Fields() []ent.Field {
	return []ent.Field{
		incidentIDField(),
		field.Text("statement").NotEmpty().MaxLen(2000),
		field.Text("detail").Optional().MaxLen(20000),
		field.Enum("status").GoType(enum.InsightStatus("")).Annotations(entgql.Type("InsightStatus")).Default(string(enum.InsightStatusDraft)).
			Annotations(entgql.OrderField("STATUS")),
	}
}

// Edges of Insight.
func (Insight) Edges() []ent.Edge {
	return []ent.Edge{
		incidentEdge("insights"),
		edge.To("factors", ContributingFactor.Type).
			Annotations(entgql.RelayConnection()),
		// The evidence an insight rests on: what happened, what people saw,
		// what questions turned up. All of it from the insight's incident.
		edge.To("evidence_events", TimelineEvent.Type).
			Annotations(entgql.RelayConnection()),
		edge.To("evidence_perspectives", Perspective.Type).
			Annotations(entgql.RelayConnection()),
		edge.To("evidence_questions", Question.Type).
			Annotations(entgql.RelayConnection()),
		edge.From("action_items", ActionItem.Type).Ref("insight").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Policy of Insight: who may read and change it (see internal/policy).
func (Insight) Policy() ent.Policy { return policy.BoardItem(policy.Reviewers) }

// Annotations of Insight.
func (Insight) Annotations() []schema.Annotation { return listAnnotations() }

// ActionItem is work that came out of one or more incidents: owned, sized,
// due, and tracked to done or deliberately dropped.
type ActionItem struct{ ent.Schema }

// Mixin of ActionItem.
func (ActionItem) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of ActionItem.
func (ActionItem) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("TITLE")),
		field.Text("description").Optional().MaxLen(20000),
		field.Text("rationale").Optional().MaxLen(4000).
			Comment("why this action was chosen over others"),
		field.Text("expected_effect").Optional().MaxLen(4000).
			Comment("what it should change, e.g. 'failed deploys roll back in minutes, not hours'"),
		field.Text("verification").Optional().MaxLen(4000).
			Comment("how we will know it is done and works"),
		field.Text("interim_mitigation").Optional().MaxLen(4000).
			Comment("what protects us until the real fix lands"),
		field.JSON("accepted_warnings", []enum.ActionWarningKind{}).Optional().
			Annotations(entgql.Type("[ActionWarningKind!]")).
			Comment("Goldilocks warnings the analyst accepted on purpose (with warnings_accepted_reason)"),
		field.Text("warnings_accepted_reason").Optional().MaxLen(4000).
			Comment("why the accepted warnings are fine for this action"),
		field.Int("owner_id").Optional().Nillable(),
		field.Int("team_id").Optional().Nillable(),
		field.Enum("priority").GoType(enum.ActionPriority("")).Annotations(entgql.Type("ActionPriority")).Default(string(enum.ActionPriorityMedium)).
			Annotations(entgql.OrderField("PRIORITY")),
		field.Enum("size").GoType(enum.ActionSize("")).Annotations(entgql.Type("ActionSize")).Default(string(enum.ActionSizeM)).
			Annotations(entgql.OrderField("SIZE")),
		field.Time("due_at").Optional().Nillable().
			Annotations(entgql.OrderField("DUE_AT")),
		field.Enum("status").GoType(enum.ActionStatus("")).Annotations(entgql.Type("ActionStatus")).Default(string(enum.ActionStatusProposed)).
			Annotations(entgql.OrderField("STATUS")),
		field.Text("status_reason").Optional().MaxLen(4000).
			Comment("why an action was dropped (required for WONT_DO)"),
		field.Time("completed_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("when the action reached DONE or WONT_DO; set by the data layer"),
		field.String("tracker_url").Optional().MaxLen(2048).Validate(validURL),
		field.Int("insight_id").Optional().Nillable(),
	}
}

// Edges of ActionItem.
func (ActionItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("owner", User.Type).Field("owner_id").Unique(),
		edge.To("team", Team.Type).Field("team_id").Unique(),
		edge.To("incidents", Incident.Type).
			Annotations(entgql.RelayConnection()),
		edge.To("insight", Insight.Type).Field("insight_id").Unique(),
	}
}

// Indexes of ActionItem: follow-through views filter by status and due date.
func (ActionItem) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "due_at"),
		index.Fields("owner_id", "status"),
		index.Fields("team_id", "status"),
	}
}

// Policy of ActionItem: who may read and change it (see internal/policy).
func (ActionItem) Policy() ent.Policy { return policy.ActionItems() }

// Annotations of ActionItem.
func (ActionItem) Annotations() []schema.Annotation { return listAnnotations() }
