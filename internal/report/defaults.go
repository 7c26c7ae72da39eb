package report

import (
	"context"
	"fmt"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/reporttemplate"
	"github.com/debrief/debrief/ent/schema/enum"
)

// DefaultTemplate is one audience's starting template.
type DefaultTemplate struct {
	Audience        enum.ReportAudience
	Name            string
	Description     string
	InternalDetails bool
	TechnicalDetail bool
	Body            string
}

// Defaults are the templates a new installation starts with, one per
// audience. Each starts with the top insight (where the audience may read
// it) because that is what the reader most needs, and ends with how its
// figures are counted, in plain words, said once; the customer template
// carries only what customers saw, the milestone times and prose prompts.
var Defaults = []DefaultTemplate{
	{
		Audience: enum.AudienceExecutive, Name: "Executive summary",
		Description:     "One page for executives: the top insight, the business impact and time to mitigate, what is being done.",
		InternalDetails: true, TechnicalDetail: false,
		Body: `# {{title}}

## Top insight

{{top_insight}}

## Impact

{{impact}}

## Summary

{{summary}}

## Key moments

{{key_moments}}

## What we are doing

{{actions}}

## Trail

{{trail}}

## How these figures are counted

{{definitions}}

---

{{metadata}}
`,
	},
	{
		Audience: enum.AudienceEngineering, Name: "Engineering review",
		Description:     "The full review for engineers: timeline, contributing factors, insights with their evidence, actions, perspectives and open questions.",
		InternalDetails: true, TechnicalDetail: true,
		Body: `# {{title}}

## Top insight

{{top_insight}}

## Impact

{{impact}}

## Summary

{{summary}}

## Timeline

{{timeline}}

## Contributing factors

{{factors}}

## Insights

{{insights}}

## Trail

{{trail}}

## Actions

{{actions}}

## Perspectives

{{perspectives}}

## Open questions

{{open_questions}}

## Communication

{{status_updates}}

## How these figures are counted

{{definitions}}

---

{{metadata}}
`,
	},
	{
		Audience: enum.AudienceTeam, Name: "Team follow-up",
		Description:     "For the teams involved: the top insight, then each team's actions, and what is still open.",
		InternalDetails: true, TechnicalDetail: true,
		Body: `# {{title}}

## Top insight

{{top_insight}}

## Impact

{{impact}}

## Key moments

{{key_moments}}

## Insights

{{insights}}

## Actions by team

{{actions}}

## Open questions

{{open_questions}}

## Trail

{{trail}}

## How these figures are counted

{{definitions}}

---

{{metadata}}
`,
	},
	{
		Audience: enum.AudienceSupport, Name: "Support briefing",
		Description:     "For support: what customers saw and when, what was said to them, and what to tell those who ask.",
		InternalDetails: true, TechnicalDetail: false,
		Body: `# {{title}}

## Top insight

{{top_insight}}

## What customers saw

{{impact}}

## Key moments

{{key_moments}}

## What we told whom

{{status_updates}}

## How these figures are counted

{{definitions}}

---

{{metadata}}
`,
	},
	{
		Audience: enum.AudienceCustomer, Name: "Customer incident report",
		Description:     "For customers: what they saw and when, in plain words; no names of people, teams, services or vendors. Write the prose before publishing.",
		InternalDetails: false, TechnicalDetail: false,
		Body: `# Incident report

_Replace the prompts in italics with plain words before publishing. Do not name people, teams, internal systems or suppliers._

## What happened

{{impact}}

_In one or two sentences: what did you experience, and was any data affected?_

## When

{{key_moments}}

## Why it happened

_In plain words, what went wrong, without internal names._

## What we are doing about it

_The changes we are making so that this does not happen again, and when they will be in place._

## How these figures are counted

{{definitions}}
`,
	},
	{
		Audience: enum.AudienceLeadership, Name: "Leadership review",
		Description:     "For leadership, over a period: the top insights, incidents by service and by factor category with time to mitigate and follow-through, the trend and its context.",
		InternalDetails: true, TechnicalDetail: true,
		Body: `# Incidents: {{period}}

## Top insights

{{period_top_insights}}

## By service

{{period_by_service}}

## By contributing factor

{{period_by_factor}}

## Trend

{{period_trend}}

## Context

{{period_annotations}}

## Incidents

{{period_incidents}}

## How these figures are counted

{{period_definitions}}

---

{{period_metadata}}
`,
	},
}

// EnsureDefaults adds the default template of every audience that has no
// template yet (a new installation). Run it as the system at start-up. Two
// instances starting at once may both try; the loser fails on the unique
// index on (audience, name), which is ignored.
func EnsureDefaults(ctx context.Context, client *ent.Client) error {
	for _, d := range Defaults {
		exists, err := client.ReportTemplate.Query().Where(reporttemplate.AudienceEQ(d.Audience)).Exist(ctx)
		if err != nil {
			return err
		}
		if exists {
			continue
		}
		err = client.ReportTemplate.Create().
			SetAudience(d.Audience).SetName(d.Name).SetDescription(d.Description).
			SetInternalDetails(d.InternalDetails).SetTechnicalDetail(d.TechnicalDetail).
			SetBody(d.Body).Exec(ctx)
		if err != nil && !ent.IsConstraintError(err) {
			return fmt.Errorf("default %s report template: %w", d.Audience, err)
		}
	}
	return nil
}
