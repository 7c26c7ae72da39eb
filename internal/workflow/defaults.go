package workflow

import (
	"context"
	"fmt"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
)

type defaultStep struct {
	title, guidance string
	role            enum.ParticipantRole
}

type defaultWorkflow struct {
	name, description string
	severities        []enum.Severity
	types             []string
	steps             []defaultStep
}

// defaults are the workflows a new Debrief starts with, for admins to adapt.
var defaults = []defaultWorkflow{
	{
		name:        "Major incident response",
		description: "For SEV1 and SEV2 incidents: who leads, where responders meet, and how often everyone hears from us.",
		severities:  []enum.Severity{enum.SeveritySev1, enum.SeveritySev2},
		steps: []defaultStep{
			{"Name an incident commander", "The first responder names one person to lead; add them as COMMANDER on the board.", enum.ParticipantRoleCommander},
			{"Open the incident channel", "Create a chat channel for the incident and post its link on the board; responders talk there, not in private messages.", enum.ParticipantRoleCommander},
			{"Send the first internal update", "Within 15 minutes: what is affected, who leads, where to follow along. Use the internal message templates.", enum.ParticipantRoleCommunications},
			{"Post on the status page", "If customers can see the impact, post an 'Investigating' notice. Say what they see, not why.", enum.ParticipantRoleCommunications},
			{"Brief customer support", "Tell support what customers see, what to tell them, and when the next update is due.", enum.ParticipantRoleCommunications},
			{"Keep updates coming every hour", "Internal and customer updates at least hourly (see the communication guidelines), even when there is nothing new.", enum.ParticipantRoleCommunications},
			{"Hand over or stand down", "Hand over command explicitly when people change shift; stand down when impact is over, and say so in the channel.", enum.ParticipantRoleCommander},
		},
	},
	{
		name:        "Security incident response",
		description: "For incidents tagged security: contain quietly, preserve evidence, involve the security team and legal early.",
		types:       []string{"security"},
		steps: []defaultStep{
			{"Page the security on-call", "They lead from here; add them as COMMANDER on the board.", enum.ParticipantRoleCommander},
			{"Restrict the incident", "Mark the incident restricted so only its participants see the details.", enum.ParticipantRoleCommander},
			{"Preserve evidence", "Snapshot affected hosts and keep logs before changing anything.", enum.ParticipantRoleResponder},
			{"Contain the threat", "Revoke credentials, block access, isolate systems: whatever stops the harm spreading.", enum.ParticipantRoleResponder},
			{"Involve legal and privacy", "They decide whether customers or regulators must be notified, and by when.", enum.ParticipantRoleStakeholder},
			{"Agree what to say, and to whom", "Communication goes through one person, with wording legal has seen.", enum.ParticipantRoleCommunications},
		},
	},
}

// EnsureDefaults adds the default workflows when there are none at all (a
// new installation). Run it as the system at start-up. Two instances
// starting at once may both try; the loser's transaction fails on the
// unique name and is ignored.
func EnsureDefaults(ctx context.Context, client *ent.Client) error {
	n, err := client.WorkflowTemplate.Query().Count(ctx)
	if err != nil || n > 0 {
		return err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := WriteDefaults(ctx, tx.Client()); err != nil {
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

// WriteDefaults writes the default workflows through client, inside the
// caller's transaction (the demo loader's), if there are none yet.
func WriteDefaults(ctx context.Context, client *ent.Client) error {
	if n, err := client.WorkflowTemplate.Query().Count(ctx); err != nil || n > 0 {
		return err
	}
	for _, d := range defaults {
		t, err := client.WorkflowTemplate.Create().
			SetName(d.name).
			SetDescription(d.description).
			SetSeverities(d.severities).
			SetIncidentTypes(d.types).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("workflow %q: %w", d.name, err)
		}
		steps := make([]*ent.WorkflowStepCreate, 0, len(d.steps))
		for i, s := range d.steps {
			steps = append(steps, client.WorkflowStep.Create().
				SetTemplateID(t.ID).SetPosition(i).SetTitle(s.title).SetGuidance(s.guidance).SetRole(s.role))
		}
		if err := client.WorkflowStep.CreateBulk(steps...).Exec(ctx); err != nil {
			return fmt.Errorf("workflow %q: %w", d.name, err)
		}
	}
	return nil
}
