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

// listAnnotations are shared by every type that has a top-level, paginated,
// filterable and orderable list in the API.
func listAnnotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// User is a person in the organisation: someone who responds to, writes
// about, reviews or reads incidents.
type User struct{ ent.Schema }

// Mixin of User.
func (User) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of User.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		field.String("email").Optional().MaxLen(320).
			Annotations(entgql.OrderField("EMAIL")),
		field.Enum("department").GoType(enum.Department("")).Annotations(entgql.Type("Department")).Default(string(enum.DepartmentOther)).
			Annotations(entgql.OrderField("DEPARTMENT")),
		field.Enum("role").GoType(enum.Role("")).Annotations(entgql.Type("Role")).Default(string(enum.RoleMember)).
			Annotations(entgql.OrderField("ROLE")),
		field.String("time_zone").Default("UTC").MaxLen(64).Validate(validTimeZone),
		field.String("title").Optional().MaxLen(200).Comment("job title, e.g. 'Support lead'"),
		field.String("phone").Optional().MaxLen(40).Match(phonePattern).
			Comment("a number to call in an incident, in international form, e.g. +49 30 1234567"),
		field.String("chat_handle").Optional().MaxLen(100).
			Comment("how to reach them in chat, e.g. @sam on Slack"),
		field.Strings("expertise").Optional().Validate(validExpertise).
			Comment("what people may call them about: skills and systems they know, e.g. postgres, kafka, payments"),
		field.Int("created_by_id").Optional().Nillable().Immutable().
			Annotations(
				entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput),
				entgql.MapsTo("createdByID"),
			).
			Comment("who added this person to the directory; empty when they signed up by signing in"),
		field.Bool("service_account").Default(false).Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput)).
			Comment("an integration's identity rather than a person's; it signs in only with API tokens"),
		field.String("oidc_issuer").Optional().MaxLen(2048).
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("oidc_subject").Optional().MaxLen(255).
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of User.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		// The AuthorMixin's edge would make a one-to-one on the same type;
		// users who add users need a one-to-many.
		edge.To("added_users", User.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			From("created_by").Field("created_by_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("teams", Team.Type).Ref("members").
			Annotations(entgql.RelayConnection()),
		edge.From("participations", Participant.Type).Ref("user").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("owned_actions", ActionItem.Type).Ref("owner").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		// The inverse makes mentions many-to-many: a person is mentioned in
		// any number of comments.
		edge.From("mentioned_in", Comment.Type).Ref("mentions").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("comments that name this person with @[Full Name]"),
		edge.From("escalation_for", Service.Type).Ref("escalation_contacts").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("services that name this person as an escalation contact"),
	}
}

// Indexes of User.
func (User) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("email"),
		// A person signs in as the same user for as long as their identity
		// provider calls them the same.
		index.Fields("oidc_issuer", "oidc_subject").Unique(),
	}
}

// Policy of User: who may read and change it (see internal/policy).
func (User) Policy() ent.Policy { return policy.Users() }

// Annotations of User.
func (User) Annotations() []schema.Annotation { return listAnnotations() }

// Team owns services and action items.
type Team struct{ ent.Schema }

// Mixin of Team.
func (Team) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuthorMixin{}} }

// Fields of Team.
func (Team) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(120).Unique().
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").Optional().MaxLen(4000),
		field.String("chat_channel").Optional().MaxLen(100).
			Comment("where to reach the team in chat, e.g. #payments-oncall"),
		field.Text("escalation").Optional().MaxLen(4000).
			Comment("how to escalate to the team out of hours: a pager rotation, a phone tree"),
	}
}

// Edges of Team.
func (Team) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("members", User.Type).
			Annotations(entgql.RelayConnection()),
		edge.From("services", Service.Type).Ref("owner_team").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("action_items", ActionItem.Type).Ref("team").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Policy of Team: who may read and change it (see internal/policy).
func (Team) Policy() ent.Policy {
	return policy.Directory(policy.Reviewers, policy.Reviewers, "only analysts and admins curate teams")
}

// Annotations of Team.
func (Team) Annotations() []schema.Annotation { return listAnnotations() }

// Vendor is an outside company whose product or service an incident may
// involve (a cloud provider, a payment processor, a CDN).
type Vendor struct{ ent.Schema }

// Mixin of Vendor.
func (Vendor) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuthorMixin{}} }

// Fields of Vendor.
func (Vendor) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(120).Unique().
			Annotations(entgql.OrderField("NAME")),
		field.String("website").Optional().MaxLen(2048).Validate(validURL),
		field.Text("description").Optional().MaxLen(4000),
	}
}

// Edges of Vendor.
func (Vendor) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("services", Service.Type).Ref("vendor").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("incidents", Incident.Type).Ref("vendors").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Policy of Vendor: who may read and change it (see internal/policy).
func (Vendor) Policy() ent.Policy {
	return policy.Directory(policy.Reviewers, policy.Reviewers, "only analysts and admins curate vendors")
}

// Annotations of Vendor.
func (Vendor) Annotations() []schema.Annotation { return listAnnotations() }

// Service is something incidents are about: a running service, an area of
// the code base, or a dependency a vendor provides.
type Service struct{ ent.Schema }

// Mixin of Service.
func (Service) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuthorMixin{}} }

// Fields of Service.
func (Service) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(120).Unique().
			Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").GoType(enum.ServiceKind("")).Annotations(entgql.Type("ServiceKind")).Default(string(enum.ServiceKindService)).
			Annotations(entgql.OrderField("KIND")),
		field.Text("description").Optional().MaxLen(4000),
		field.Int("owner_team_id").Optional().Nillable(),
		field.Int("vendor_id").Optional().Nillable(),
		field.String("runbook_url").Optional().MaxLen(2048).Validate(validURL),
	}
}

// Edges of Service.
func (Service) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("owner_team", Team.Type).Field("owner_team_id").Unique(),
		edge.To("vendor", Vendor.Type).Field("vendor_id").Unique(),
		// Whom to call first for the service, beyond its owning team.
		edge.To("escalation_contacts", User.Type).
			Annotations(entgql.RelayConnection()),
		edge.From("incidents", Incident.Type).Ref("services").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Policy of Service: who may read and change it (see internal/policy).
func (Service) Policy() ent.Policy {
	return policy.Directory(policy.Reviewers, policy.Reviewers, "only analysts and admins curate services")
}

// Annotations of Service.
func (Service) Annotations() []schema.Annotation { return listAnnotations() }

// Tag is a free label on incidents, shared so that incidents can be grouped
// by it.
type Tag struct{ ent.Schema }

// Mixin of Tag.
func (Tag) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuthorMixin{}} }

// Fields of Tag.
func (Tag) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(64).Unique().Match(tagPattern).
			Annotations(entgql.OrderField("NAME")),
	}
}

// Edges of Tag.
func (Tag) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("incidents", Incident.Type).Ref("tags").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Policy of Tag: who may read and change it (see internal/policy).
func (Tag) Policy() ent.Policy {
	return policy.Tags()
}

// Annotations of Tag.
func (Tag) Annotations() []schema.Annotation { return listAnnotations() }
