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

// Activity records who added or changed what on an incident, and when: the
// collaboration history of its board, and the edit history of each item
// (a timeline corrected after the review shows who changed what). It is
// written by the data layer, never by clients.
type Activity struct{ ent.Schema }

// Fields of Activity.
func (Activity) Fields() []ent.Field {
	return []ent.Field{
		field.Int("incident_id").Immutable(),
		field.Int("actor_id").Optional().Nillable().Immutable().
			Comment("who made the change; empty for Debrief's own writes, such as the milestone mirror on the timeline"),
		field.Enum("action").Values("CREATED", "UPDATED", "DELETED").Immutable().
			Annotations(entgql.Type("ActivityAction")),
		field.String("entity_type").Immutable().
			Annotations(entgql.OrderField("ENTITY_TYPE")).
			Comment("the GraphQL type of the record, e.g. TimelineEvent"),
		field.Int("entity_id").Immutable().
			Annotations(entgql.Type("ID")).
			Comment("the record the activity is about; one record's history is activities(where: {entityID: …})"),
		field.String("summary").MaxLen(500).Immutable().
			Comment(`what happened, in words, e.g. 'Maya Goldberg moved the timeline event "Deploy rolled back" to 14:05 UTC'`),
		field.JSON("changes", []enum.FieldChange{}).Optional().Immutable().
			Annotations(entgql.Type("[FieldChange!]")).
			Comment("the fields set or changed, with their values before and after"),
		field.Time("created_at").Default(time.Now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Edges of Activity.
func (Activity) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("incident", Incident.Type).Ref("activities").
			Field("incident_id").Unique().Required().Immutable(),
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable(),
	}
}

// Indexes of Activity: read per incident, newest first, and per item.
func (Activity) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("incident_id", "created_at"),
		index.Fields("entity_id", "created_at"),
	}
}

// Annotations of Activity.
func (Activity) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.MultiOrder(),
	}
}

// Policy of Activity: visible with its incident; written only by the
// data layer itself.
func (Activity) Policy() ent.Policy { return policy.History() }
