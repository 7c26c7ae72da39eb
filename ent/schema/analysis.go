package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/policy"
)

// Annotation is context that travels with the figures it touches: a note on
// an incident, a period, a service or a figure ("data-centre fire: the fire
// marshal kept us out for 9 hours"), shown wherever those are counted.
type Annotation struct{ ent.Schema }

// Mixin of Annotation.
func (Annotation) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of Annotation.
func (Annotation) Fields() []ent.Field {
	return []ent.Field{
		field.Text("body").NotEmpty().MaxLen(4000),
		field.Enum("scope").GoType(enum.AnnotationScope("")).
			Annotations(entgql.Type("AnnotationScope"), entgql.OrderField("SCOPE")),
		field.Int("incident_id").Optional().Nillable().
			Comment("for INCIDENT annotations"),
		field.Int("service_id").Optional().Nillable().
			Comment("for SERVICE annotations"),
		field.Time("period_start").Optional().Nillable().
			Annotations(entgql.OrderField("PERIOD_START")).
			Comment("for PERIOD annotations: the period [start, end)"),
		field.Time("period_end").Optional().Nillable(),
		field.String("figure").Optional().MaxLen(100).
			Comment("for FIGURE annotations: the figure's key, e.g. timeToMitigate (see the analysis definitions)"),
	}
}

// Edges of Annotation.
func (Annotation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("incident", Incident.Type).Field("incident_id").Unique(),
		edge.To("service", Service.Type).Field("service_id").Unique(),
	}
}

// Indexes of Annotation: figures look them up by what they cover.
func (Annotation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("scope", "period_start"),
		index.Fields("incident_id"),
		index.Fields("service_id"),
	}
}

// Policy of Annotation: who may read and change it (see internal/policy).
func (Annotation) Policy() ent.Policy { return policy.Annotations() }

// Annotations of Annotation.
func (Annotation) Annotations() []schema.Annotation { return listAnnotations() }

// SearchDocument is the searchable text of one record (an incident, a
// timeline event, a perspective, an insight, an action item), kept in step
// with it by a hook. On PostgreSQL its tsv column (a tsvector with a GIN
// index) serves full-text search; on SQLite an FTS5 table over it does.
// It is Debrief's own index and never exposed as such.
type SearchDocument struct{ ent.Schema }

// Fields of SearchDocument.
func (SearchDocument) Fields() []ent.Field {
	return []ent.Field{
		field.String("entity_type").MaxLen(40),
		field.Int("entity_id"),
		field.Int("incident_id").Optional().Nillable().
			Comment("the incident the record belongs to, for access rules and grouping; empty for an action item of several"),
		field.Text("title").Optional(),
		field.Text("body").Optional(),
		field.String("tsv").Optional().Nillable().
			SchemaType(map[string]string{dialect.Postgres: "tsvector"}).
			Comment("PostgreSQL only: to_tsvector of title and body, set by the search indexer"),
		field.Time("updated_at").Default(time.Now).UpdateDefault(time.Now),
	}
}

// Indexes of SearchDocument.
func (SearchDocument) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("entity_type", "entity_id").Unique(),
		index.Fields("incident_id"),
		index.Fields("tsv").Annotations(entsql.IndexTypes(map[string]string{dialect.Postgres: "GIN"})),
	}
}

// Annotations of SearchDocument: not part of the GraphQL API.
func (SearchDocument) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy of SearchDocument: written and read by Debrief itself (search
// results are re-read as the viewer, so the access rules hold).
func (SearchDocument) Policy() ent.Policy { return policy.SystemOnly() }
