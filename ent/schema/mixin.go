package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// TimeMixin stamps every record with when it was created and last changed.
// Both are set by the database layer, never by clients.
type TimeMixin struct{ mixin.Schema }

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Annotations(
				entgql.OrderField("CREATED_AT"),
				entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
			),
		field.Time("updated_at").
			Default(time.Now).
			UpdateDefault(time.Now).
			Annotations(
				entgql.OrderField("UPDATED_AT"),
				entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
			),
	}
}

// AuthorMixin records who created a record. It is filled from the
// signed-in viewer by a hook (see hooks.go); records written by the system
// (imports, demo data, milestone sync) have no author.
type AuthorMixin struct{ mixin.Schema }

// Edges of the AuthorMixin.
func (AuthorMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("created_by", User.Type).
			Field("created_by_id").
			Unique().
			Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Fields of the AuthorMixin.
func (AuthorMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("created_by_id").
			Optional().
			Nillable().
			Immutable().
			Annotations(
				entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
				entgql.MapsTo("createdByID"),
			),
	}
}

// VersionMixin gives records that several people edit a version number for
// optimistic concurrency: every update increments it, and an update that
// names the version it started from fails with a conflict when the record
// has moved on (see the hook in hooks.go).
type VersionMixin struct{ mixin.Schema }

// Fields of the VersionMixin.
func (VersionMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("version").
			Default(1).
			Min(1).
			Annotations(
				entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput, entgql.SkipOrderField),
			),
	}
}
