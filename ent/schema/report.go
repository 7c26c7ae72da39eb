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

// ReportTemplate is how a report for one audience is written: a Markdown
// skeleton with placeholders ({{top_insight}}, {{impact}}, {{trail}}, …)
// that generation fills from the incident or period, and how much it may
// say. Admins edit them; internal/report seeds one per audience.
type ReportTemplate struct{ ent.Schema }

// Mixin of ReportTemplate.
func (ReportTemplate) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of ReportTemplate.
func (ReportTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("audience").GoType(enum.ReportAudience("")).
			Annotations(entgql.Type("ReportAudience"), entgql.OrderField("AUDIENCE")),
		field.String("name").NotEmpty().MaxLen(120).
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").Optional().MaxLen(4000),
		field.Text("body").NotEmpty().MaxLen(50000).
			Comment("the report's Markdown with placeholders; see reportPlaceholders"),
		field.Bool("internal_details").Default(true).
			Comment("whether the report may name people, teams, services and systems; off for customer-facing reports, where placeholders that would reveal them are refused"),
		field.Bool("technical_detail").Default(true).
			Comment("whether the report may carry the timeline, contributing factors and other engineering detail"),
	}
}

// Edges of ReportTemplate.
func (ReportTemplate) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("reports", Report.Type).Ref("template").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of ReportTemplate.
func (ReportTemplate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("audience", "name").Unique()}
}

// Policy of ReportTemplate: everyone reads; admins curate.
func (ReportTemplate) Policy() ent.Policy {
	return policy.AdminCurated("only admins edit report templates")
}

// Annotations of ReportTemplate.
func (ReportTemplate) Annotations() []schema.Annotation { return curatedAnnotations() }

// Report is a write-up for one audience: about one incident, or (for
// leadership) about the incidents of a period. It starts as a generated
// draft that analysts edit in Markdown; publishing keeps a numbered
// version, readable by everyone who may see what it covers.
type Report struct{ ent.Schema }

// Mixin of Report.
func (Report) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, AuthorMixin{}, VersionMixin{}}
}

// Fields of Report.
func (Report) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("audience").GoType(enum.ReportAudience("")).Immutable().
			Annotations(entgql.Type("ReportAudience"), entgql.OrderField("AUDIENCE")),
		field.Int("incident_id").Optional().Nillable().Immutable().
			Comment("the incident it is about; empty for a cross-incident report"),
		field.Int("template_id").Optional().Nillable().
			Comment("the template it was generated from"),
		field.String("title").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("TITLE")),
		field.Text("body").MaxLen(200000).
			Comment("the draft, in Markdown"),
		field.Time("generated_at").Default(time.Now).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("when the draft was last generated from the data"),
		field.Int("generated_by_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("period_start").Optional().Nillable().Immutable().
			Comment("for cross-incident reports: the period [start, end) it covers"),
		field.Time("period_end").Optional().Nillable().Immutable(),
		field.Text("scope").Optional().MaxLen(4000).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("the filters and period it covers, in words"),
		// Not "filter": ent's privacy code gives every mutation a Filter method.
		field.Text("analysis_filter").Optional().MaxLen(20000).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("the analysis filter it was generated with, as JSON, so it can be regenerated"),
		field.JSON("definitions", []enum.FigureDefinition{}).Optional().
			Annotations(entgql.Type("[FigureDefinition!]"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)).
			Comment("what each figure it quotes counts"),
		field.Int("published_version").Default(0).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("the number of its latest published version; 0 while never published"),
		field.Time("published_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput), entgql.OrderField("PUBLISHED_AT")),
		field.Bool("changed_since_publish").Default(false).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("the draft differs from the latest published version; publishing again makes a new version"),
	}
}

// Edges of Report.
func (Report) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("incident", Incident.Type).Ref("reports").
			Field("incident_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("template", ReportTemplate.Type).Field("template_id").Unique().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("generated_by", User.Type).Field("generated_by_id").Unique().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("versions", ReportVersion.Type).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of Report.
func (Report) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("incident_id"),
		index.Fields("published_at"),
	}
}

// Policy of Report: see policy.Reports.
func (Report) Policy() ent.Policy { return policy.Reports() }

// Annotations of Report.
func (Report) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationUpdate()),
	}
}

// ReportVersion is a published version of a report, kept unchanged.
type ReportVersion struct{ ent.Schema }

// Mixin of ReportVersion.
func (ReportVersion) Mixin() []ent.Mixin { return []ent.Mixin{AuthorMixin{}} }

// Fields of ReportVersion.
func (ReportVersion) Fields() []ent.Field {
	return []ent.Field{
		field.Int("report_id").Immutable(),
		field.Int("number").Min(1).Immutable().
			Annotations(entgql.OrderField("NUMBER")),
		field.String("title").NotEmpty().MaxLen(200).Immutable(),
		field.Text("body").MaxLen(200000).Immutable(),
		field.Time("generated_at").Immutable().
			Comment("when the draft it was published from had been generated"),
		field.Text("scope").Optional().MaxLen(4000).Immutable(),
		field.JSON("definitions", []enum.FigureDefinition{}).Optional().Immutable().
			Annotations(entgql.Type("[FigureDefinition!]"), entgql.Skip(entgql.SkipWhereInput)),
		field.Time("published_at").Default(time.Now).Immutable(),
	}
}

// Edges of ReportVersion.
func (ReportVersion) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("report", Report.Type).Ref("versions").
			Field("report_id").Unique().Required().Immutable(),
	}
}

// Indexes of ReportVersion.
func (ReportVersion) Indexes() []ent.Index {
	return []ent.Index{index.Fields("report_id", "number").Unique()}
}

// Policy of ReportVersion: visible with its report; written only by
// publishing, never changed.
func (ReportVersion) Policy() ent.Policy { return policy.ReportVersions() }
