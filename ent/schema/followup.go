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

// Notification is one entry of a person's in-app inbox: a mention, an
// assignment, an action due soon or overdue, a review past its due date.
// Debrief writes them (in the transaction of the change that caused them,
// or from the reminder scan); their recipient only marks them read.
type Notification struct{ ent.Schema }

// Fields of Notification.
func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable().
			Comment("the recipient"),
		field.Enum("kind").GoType(enum.NotificationKind("")).Immutable().
			Annotations(entgql.Type("NotificationKind")),
		field.String("message").MaxLen(500).Immutable().
			Comment("what happened, in words"),
		field.Int("incident_id").Optional().Nillable().Immutable(),
		field.Int("action_item_id").Optional().Nillable().Immutable(),
		field.Int("subject_id").Optional().Nillable().Immutable().
			Annotations(entgql.Type("ID")).
			Comment("the record the notification is about (a comment, a question, an action, an incident)"),
		field.String("dedup_key").Optional().Nillable().Immutable().MaxLen(200).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("makes reminders idempotent across instances: one notification per key"),
		field.Time("read_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Edges of Notification.
func (Notification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable(),
		edge.To("incident", Incident.Type).Field("incident_id").Unique().Immutable(),
		edge.To("action_item", ActionItem.Type).Field("action_item_id").Unique().Immutable(),
	}
}

// Indexes of Notification: the inbox is read per person, newest first.
func (Notification) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "created_at"),
		index.Fields("user_id", "read_at"),
		index.Fields("dedup_key").Unique(),
	}
}

// Annotations of Notification.
func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of Notification: only the recipient reads it or marks it read.
func (Notification) Policy() ent.Policy { return policy.Inbox() }

// Webhook is an outgoing webhook configured by an admin: Debrief POSTs the
// events it subscribes to, signed with its secret, and retries failures.
type Webhook struct{ ent.Schema }

// Mixin of Webhook.
func (Webhook) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, AuthorMixin{}} }

// Fields of Webhook.
func (Webhook) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(120).
			Annotations(entgql.OrderField("NAME")),
		field.String("url").NotEmpty().MaxLen(2048).Validate(validURL),
		field.String("secret").Sensitive().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("the HMAC-SHA256 key; shown once when the webhook is created"),
		field.JSON("events", []enum.WebhookEvent{}).
			Annotations(entgql.Type("[WebhookEvent!]")).
			Comment("what the receiver is told about"),
		field.Bool("active").Default(true),
	}
}

// Edges of Webhook.
func (Webhook) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("deliveries", WebhookDelivery.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Annotations of Webhook.
func (Webhook) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Policy of Webhook: admins only.
func (Webhook) Policy() ent.Policy {
	return policy.AdminOnly(ent.OpCreate | ent.OpUpdateOne | ent.OpDeleteOne)
}

// WebhookDelivery is one event to send to one webhook, and the log of
// trying: written in the transaction of the change it reports (so none is
// lost), then sent and retried with backoff by the dispatcher.
type WebhookDelivery struct{ ent.Schema }

// Fields of WebhookDelivery.
func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("webhook_id").Immutable(),
		field.Enum("event").GoType(enum.WebhookEvent("")).Immutable().
			Annotations(entgql.Type("WebhookEvent")),
		field.Text("payload").Immutable().
			Comment("the JSON body sent, exactly as signed"),
		field.Enum("status").GoType(enum.DeliveryStatus("")).Default(string(enum.DeliveryPending)).
			Annotations(entgql.Type("DeliveryStatus"), entgql.OrderField("STATUS")),
		field.Int("attempts").Default(0),
		field.Time("next_attempt_at").Default(time.Now).
			Comment("when the dispatcher may (re)try; also a lease while one instance sends it"),
		field.Time("last_attempt_at").Optional().Nillable(),
		field.Int("response_status").Optional().Nillable().
			Comment("the HTTP status of the last attempt"),
		field.Text("last_error").Optional().MaxLen(2000),
		field.Time("delivered_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Edges of WebhookDelivery.
func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("webhook", Webhook.Type).Ref("deliveries").
			Field("webhook_id").Unique().Required().Immutable(),
	}
}

// Indexes of WebhookDelivery: the dispatcher picks due pending deliveries.
func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "next_attempt_at"),
		index.Fields("webhook_id", "created_at"),
	}
}

// Annotations of WebhookDelivery.
func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.MultiOrder()}
}

// Policy of WebhookDelivery: admins read the log and may send a delivery
// again; Debrief writes it.
func (WebhookDelivery) Policy() ent.Policy { return policy.AdminOnly(ent.OpUpdateOne) }
