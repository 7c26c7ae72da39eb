package workflow

import (
	"context"
	"slices"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/incidentchecklist"
	"github.com/debrief/debrief/ent/workflowtemplate"
	"github.com/debrief/debrief/internal/batch"
)

// Suggested lists the workflows for the incident's severity and tags that
// are not attached to it yet: a workflow's severities must include the
// incident's (or be empty) and its incident types must share a name with
// the incident's tags (or be empty).
//
// When the incident is resolved as part of a list (a page of incidents),
// the first call works the suggestions out for the whole list in a fixed
// number of queries and the others take their part, so that listing
// incidents with their suggestions does not cost queries per incident.
func Suggested(ctx context.Context, client *ent.Client, inc *ent.Incident) ([]*ent.WorkflowTemplate, error) {
	id := func(i *ent.Incident) int { return i.ID }
	out, err := batch.Load(ctx, inc, id, batch.Incidents, func(list []*ent.Incident) (map[int][]*ent.WorkflowTemplate, error) {
		return suggest(ctx, client, list)
	})
	if out == nil {
		out = []*ent.WorkflowTemplate{} // the API's list is never null
	}
	return out, err
}

// suggest works out the suggested workflows of several incidents, by
// incident ID. Every query runs in the caller's context, so the access
// rules are those of reading each incident's tags and checklists.
func suggest(ctx context.Context, client *ent.Client, incidents []*ent.Incident) (map[int][]*ent.WorkflowTemplate, error) {
	ids := make([]int, 0, len(incidents))
	tagNames := make(map[int][]string, len(incidents))
	var unloaded []int // incidents whose tags were not loaded with them
	for _, inc := range incidents {
		ids = append(ids, inc.ID)
		if tags, err := inc.Edges.TagsOrErr(); err == nil {
			tagNames[inc.ID] = namesOf(tags)
		} else {
			unloaded = append(unloaded, inc.ID)
		}
	}
	if len(unloaded) > 0 {
		withTags, err := client.Incident.Query().
			Where(incident.IDIn(unloaded...)).
			Select(incident.FieldID).
			WithTags().
			All(ctx)
		if err != nil {
			return nil, err
		}
		for _, inc := range withTags {
			tagNames[inc.ID] = namesOf(inc.Edges.Tags)
		}
	}
	checklists, err := client.IncidentChecklist.Query().
		Where(incidentchecklist.IncidentIDIn(ids...), incidentchecklist.TemplateIDNotNil()).
		Select(incidentchecklist.FieldIncidentID, incidentchecklist.FieldTemplateID).
		All(ctx)
	if err != nil {
		return nil, err
	}
	attached := make(map[int][]int, len(incidents))
	for _, cl := range checklists {
		attached[cl.IncidentID] = append(attached[cl.IncidentID], *cl.TemplateID)
	}
	// Admins curate a handful of workflows: matching them here is simpler
	// than matching JSON lists in SQL on two databases.
	all, err := client.WorkflowTemplate.Query().
		Order(ent.Asc(workflowtemplate.FieldName)).
		All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[int][]*ent.WorkflowTemplate, len(incidents))
	for _, inc := range incidents {
		suits := []*ent.WorkflowTemplate{}
		for _, t := range all {
			if !slices.Contains(attached[inc.ID], t.ID) && Matches(t, inc, tagNames[inc.ID]) {
				suits = append(suits, t)
			}
		}
		out[inc.ID] = suits
	}
	return out, nil
}

func namesOf(tags []*ent.Tag) []string {
	names := make([]string, 0, len(tags))
	for _, t := range tags {
		names = append(names, t.Name)
	}
	return names
}
