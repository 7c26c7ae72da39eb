package comms

import (
	"context"
	"fmt"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/commsguideline"
	"github.com/debrief/debrief/ent/messagetemplate"
	"github.com/debrief/debrief/ent/schema/enum"
)

type defaultAudience struct {
	audience    enum.CommsAudience
	guideline   string
	updateEvery int
	templates   [][2]string // name, body
}

// defaults are what a new installation starts with, for admins to adapt.
var defaults = []defaultAudience{
	{
		audience: enum.CommsInternal,
		guideline: "## Speaking to colleagues\n\n" +
			"- Say what is affected, who leads and where to follow along (the incident channel).\n" +
			"- Facts first; mark guesses as guesses.\n" +
			"- Name the next update's time, and keep it even when nothing changed.\n" +
			"- No blame: describe what happened, not who did it.\n",
		updateEvery: 30,
		templates: [][2]string{
			{"Incident declared", "{{severity}} incident: {{title}}\n\nStarted {{started_at}}. Affected: {{services}}.\nCustomer impact: {{impact}}\n\nFollow along: {{link}}\nNext update by {{next_update}}."},
			{"Progress update", "Update on {{title}} ({{severity}}, {{status}}).\n\nWhat we know: …\nWhat we are doing: …\n\nNext update by {{next_update}}. Details: {{link}}"},
			{"Resolved", "{{title}} is resolved.\n\nCustomer impact was: {{impact}}\nA review will follow; the timeline is at {{link}}."},
		},
	},
	{
		audience: enum.CommsCustomers,
		guideline: "## Speaking to customers\n\n" +
			"- Say what they experience and what they can do, in plain words.\n" +
			"- Never name internal systems, people or suppliers, and do not guess at causes.\n" +
			"- Apologise once, sincerely; do not promise times you cannot keep.\n" +
			"- Update at least every hour while the impact lasts, and once when it is over.\n",
		updateEvery: 60,
		templates: [][2]string{
			{"Investigating", "We are investigating reports of a problem: {{impact}}\n\nWe will post an update by {{next_update}}."},
			{"Identified", "We have found the cause of the problem affecting some customers ({{impact}}) and are working on a fix.\n\nNext update by {{next_update}}."},
			{"Resolved", "The problem that began {{started_at}} is resolved. We are sorry for the disruption."},
		},
	},
}

// EnsureDefaults adds the default guidelines and message templates for
// each audience that has neither yet (a new installation). Run it as the
// system at start-up. Two instances starting at once may both try; the
// loser's transaction fails on a unique index and is ignored.
func EnsureDefaults(ctx context.Context, client *ent.Client) error {
	for _, d := range defaults {
		missing, err := needsDefaults(ctx, client, d.audience)
		if err != nil {
			return err
		}
		if !missing {
			continue
		}
		if err := ensureAudience(ctx, client, d); err != nil {
			return fmt.Errorf("%s communication defaults: %w", d.audience, err)
		}
	}
	return nil
}

// WriteDefaults writes the defaults for the audiences that have none
// through client, inside the caller's transaction (the demo loader's).
func WriteDefaults(ctx context.Context, client *ent.Client) error {
	for _, d := range defaults {
		missing, err := needsDefaults(ctx, client, d.audience)
		if err != nil {
			return err
		}
		if missing {
			if err := writeAudience(ctx, client, d); err != nil {
				return err
			}
		}
	}
	return nil
}

// needsDefaults reports whether an audience has neither guidelines nor
// message templates.
func needsDefaults(ctx context.Context, client *ent.Client, audience enum.CommsAudience) (bool, error) {
	g, err := client.CommsGuideline.Query().Where(commsguideline.AudienceEQ(audience)).Exist(ctx)
	if err != nil || g {
		return false, err
	}
	t, err := client.MessageTemplate.Query().Where(messagetemplate.AudienceEQ(audience)).Exist(ctx)
	return !t, err
}

func writeAudience(ctx context.Context, client *ent.Client, d defaultAudience) error {
	err := client.CommsGuideline.Create().
		SetAudience(d.audience).SetBody(d.guideline).SetUpdateEveryMinutes(d.updateEvery).
		Exec(ctx)
	if err != nil {
		return err
	}
	builders := make([]*ent.MessageTemplateCreate, 0, len(d.templates))
	for _, t := range d.templates {
		builders = append(builders, client.MessageTemplate.Create().SetAudience(d.audience).SetName(t[0]).SetBody(t[1]))
	}
	return client.MessageTemplate.CreateBulk(builders...).Exec(ctx)
}

func ensureAudience(ctx context.Context, client *ent.Client, d defaultAudience) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := writeAudience(ctx, tx.Client(), d); err != nil {
		_ = tx.Rollback()
		if ent.IsConstraintError(err) {
			return nil // another instance got there first
		}
		return err
	}
	if err := tx.Commit(); err != nil && !ent.IsConstraintError(err) {
		return err
	}
	return nil
}
