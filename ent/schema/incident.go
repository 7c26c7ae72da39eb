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

// Incident is one disruption and everything learned from it. Its status
// follows the learning loop; its milestone times (started, detected,
// acknowledged, mitigated, resolved) are mirrored on its timeline as key
// moments and kept in step with it by hooks.
type Incident struct{ ent.Schema }

// Mixin of Incident.
func (Incident) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of Incident.
func (Incident) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("TITLE")),
		field.Text("summary").Optional().MaxLen(20000),
		field.Enum("severity").GoType(enum.Severity("")).Annotations(entgql.Type("Severity")).
			Annotations(entgql.OrderField("SEVERITY")),
		field.Enum("status").GoType(enum.IncidentStatus("")).Annotations(entgql.Type("IncidentStatus")).Default(string(enum.IncidentStatusResponding)).
			Annotations(entgql.OrderField("STATUS")),
		field.Time("started_at").
			Annotations(entgql.OrderField("STARTED_AT")),
		field.Time("detected_at").Optional().Nillable().
			Annotations(entgql.OrderField("DETECTED_AT")),
		field.Time("acknowledged_at").Optional().Nillable(),
		field.Time("mitigated_at").Optional().Nillable(),
		field.Time("resolved_at").Optional().Nillable().
			Annotations(entgql.OrderField("RESOLVED_AT")),
		field.Text("customer_impact").Optional().MaxLen(20000).
			Comment("what customers experienced, in words"),
		field.Int("customers_affected").Optional().Nillable().Min(0).
			Comment("an estimate of affected customers, when known"),
		field.Enum("review_mode").GoType(enum.ReviewMode("")).Annotations(entgql.Type("ReviewMode")).Optional().Nillable(),
		field.Time("review_due_at").Optional().Nillable().
			Annotations(entgql.OrderField("REVIEW_DUE_AT")),
		field.Int("facilitator_id").Optional().Nillable(),
		field.Text("learnings_override_reason").Optional().MaxLen(4000).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("why the incident was marked LEARNINGS_APPLIED although some of its actions were still open (see markLearningsApplied)"),
		field.String("import_key").Optional().Nillable().MaxLen(500).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("where an imported incident came from (its source URL or ID): importing it again finds it instead of copying it"),
		field.String("source_url").Optional().MaxLen(2048).Validate(validURL).
			Comment("the public postmortem or status page this incident was written up at"),
		field.Bool("restricted").Default(false).
			Comment("security or personnel matters: visible only to participants, analysts and admins"),
	}
}

// Edges of Incident.
func (Incident) Edges() []ent.Edge {
	readOnly := entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)
	return []ent.Edge{
		edge.To("facilitator", User.Type).Field("facilitator_id").Unique(),
		edge.To("services", Service.Type).
			Annotations(entgql.RelayConnection()),
		edge.To("vendors", Vendor.Type).
			Annotations(entgql.RelayConnection()),
		edge.To("tags", Tag.Type).
			Annotations(entgql.RelayConnection()),
		edge.To("participants", Participant.Type).
			Annotations(entgql.RelayConnection(), readOnly),
		edge.To("timeline_events", TimelineEvent.Type).
			Annotations(entgql.RelayConnection(), readOnly),
		edge.To("perspectives", Perspective.Type).
			Annotations(entgql.RelayConnection(), readOnly),
		edge.To("questions", Question.Type).
			Annotations(entgql.RelayConnection(), readOnly),
		edge.To("comments", Comment.Type).
			Annotations(entgql.RelayConnection(), readOnly),
		edge.To("contributing_factors", ContributingFactor.Type).
			Annotations(entgql.RelayConnection(), readOnly),
		edge.To("insights", Insight.Type).
			Annotations(entgql.RelayConnection(), readOnly),
		edge.From("action_items", ActionItem.Type).Ref("incidents").
			Annotations(entgql.RelayConnection(), readOnly),
		edge.To("activities", Activity.Type).
			Annotations(entgql.RelayConnection(), readOnly),
		edge.To("checklists", IncidentChecklist.Type).
			Annotations(readOnly),
		edge.To("checklist_items", ChecklistItem.Type).
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("status_updates", StatusUpdate.Type).
			Annotations(entgql.RelayConnection(), readOnly),
		edge.To("reports", Report.Type).
			Annotations(entgql.RelayConnection(), readOnly),
	}
}

// Indexes of Incident: the incident list is read by status, severity and
// time far more often than it is written.
func (Incident) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("started_at"),
		index.Fields("status", "started_at"),
		index.Fields("severity", "started_at"),
		index.Fields("import_key").Unique(),
	}
}

// Policy of Incident: who may read and change it (see internal/policy).
func (Incident) Policy() ent.Policy { return policy.Incidents() }

// Annotations of Incident.
func (Incident) Annotations() []schema.Annotation { return listAnnotations() }
