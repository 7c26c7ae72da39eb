// Package tags keeps the tag vocabulary tidy: merging a duplicate into the
// tag to keep, and deleting tags nothing uses. Tags group incidents in the
// insights, so two spellings of one tag split what should be one cluster;
// merging moves everything that names the duplicate — incidents, the stored
// filters of reports, workflows suggested by tag name — before it goes.
//
// Who may do it is the access rules' decision (deleting a tag is for admins,
// see policy.Tags), not this package's; run each function in a transaction.
package tags

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/report"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/ent/workflowtemplate"
	"github.com/debrief/debrief/internal/apperr"
)

// Merge moves everything that names tag sourceID to targetID and deletes
// sourceID. An incident that has both keeps the target once. Each incident
// is changed by its own update, so that its history records the move.
func Merge(ctx context.Context, client *ent.Client, sourceID, targetID int) (*ent.Tag, error) {
	if sourceID == targetID {
		return nil, apperr.Invalid("targetID", "a tag cannot be merged into itself: choose another target")
	}
	source, err := load(ctx, client, "sourceID", sourceID)
	if err != nil {
		return nil, err
	}
	target, err := load(ctx, client, "targetID", targetID)
	if err != nil {
		return nil, err
	}
	if err := moveIncidents(ctx, client, sourceID, targetID); err != nil {
		return nil, err
	}
	if err := moveReportFilters(ctx, client, sourceID, targetID); err != nil {
		return nil, err
	}
	if err := renameInWorkflows(ctx, client, source.Name, target.Name); err != nil {
		return nil, err
	}
	if err := client.Tag.DeleteOneID(sourceID).Exec(ctx); err != nil {
		return nil, err
	}
	return target, nil
}

// Delete removes a tag nothing uses. A tag still on incidents, or in the
// filter a report was generated with, is refused with the counts: deleting
// it would silently drop it from them, so the way out is to merge it.
func Delete(ctx context.Context, client *ent.Client, id int) (int, error) {
	t, err := load(ctx, client, "id", id)
	if err != nil {
		return 0, err
	}
	incidents, err := client.Incident.Query().Where(incident.HasTagsWith(tag.ID(id))).Count(ctx)
	if err != nil {
		return 0, err
	}
	reports, err := reportsFiltering(ctx, client, id)
	if err != nil {
		return 0, err
	}
	if incidents > 0 || len(reports) > 0 {
		e := apperr.Invalid("id", "the tag %q is still used by %s: merge it into another tag instead, which moves them", t.Name, uses(incidents, len(reports)))
		e.Extensions = map[string]any{"incidents": incidents, "reports": len(reports)}
		return 0, e
	}
	if err := client.Tag.DeleteOneID(id).Exec(ctx); err != nil {
		return 0, err
	}
	return id, nil
}

// load loads one tag, or says which argument named none.
func load(ctx context.Context, client *ent.Client, arg string, id int) (*ent.Tag, error) {
	t, err := client.Tag.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("%s: there is no tag with ID %d", arg, id)
	}
	return t, err
}

// moveIncidents retags every incident tagged sourceID with targetID.
func moveIncidents(ctx context.Context, client *ent.Client, sourceID, targetID int) error {
	tagged, err := client.Incident.Query().Where(incident.HasTagsWith(tag.ID(sourceID))).IDs(ctx)
	if err != nil {
		return err
	}
	already, err := client.Incident.Query().
		Where(incident.HasTagsWith(tag.ID(sourceID)), incident.HasTagsWith(tag.ID(targetID))).IDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range tagged {
		u := client.Incident.UpdateOneID(id).RemoveTagIDs(sourceID)
		if !slices.Contains(already, id) {
			u.AddTagIDs(targetID)
		}
		if err := u.Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// storedFilterTags is the key of the tag IDs in a report's stored analysis
// filter (analysis.Filter as JSON).
const storedFilterTags = "TagIDs"

// filteringReport is a report whose stored filter names a tag, with that
// filter decoded.
type filteringReport struct {
	id     int
	filter map[string]json.RawMessage
	tagIDs []int
}

// reportsFiltering finds the reports generated with a filter on tag id.
// The stored filter is JSON text, so the database narrows by the ID's
// digits and the JSON decides.
func reportsFiltering(ctx context.Context, client *ent.Client, id int) ([]filteringReport, error) {
	candidates, err := client.Report.Query().
		Where(report.AnalysisFilterContains(strconv.Itoa(id))).
		Select(report.FieldID, report.FieldAnalysisFilter).
		All(ctx)
	if err != nil {
		return nil, err
	}
	var out []filteringReport
	for _, r := range candidates {
		var filter map[string]json.RawMessage
		if err := json.Unmarshal([]byte(r.AnalysisFilter), &filter); err != nil {
			return nil, fmt.Errorf("report %d: stored filter: %w", r.ID, err)
		}
		var ids []int
		if raw, ok := filter[storedFilterTags]; ok {
			if err := json.Unmarshal(raw, &ids); err != nil {
				return nil, fmt.Errorf("report %d: stored filter's tags: %w", r.ID, err)
			}
		}
		if slices.Contains(ids, id) {
			out = append(out, filteringReport{id: r.ID, filter: filter, tagIDs: ids})
		}
	}
	return out, nil
}

// moveReportFilters points the stored filters of reports at the target, so
// that regenerating them covers the same incidents. Published versions stay
// as they were published.
func moveReportFilters(ctx context.Context, client *ent.Client, sourceID, targetID int) error {
	reports, err := reportsFiltering(ctx, client, sourceID)
	if err != nil {
		return err
	}
	for _, r := range reports {
		raw, err := json.Marshal(replace(r.tagIDs, sourceID, targetID))
		if err != nil {
			return err
		}
		r.filter[storedFilterTags] = raw
		text, err := json.Marshal(r.filter)
		if err != nil {
			return err
		}
		if err := client.Report.UpdateOneID(r.id).SetAnalysisFilter(string(text)).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// renameInWorkflows suggests the workflows meant for incidents tagged from
// for incidents tagged to instead (workflows name incident types by tag
// name).
func renameInWorkflows(ctx context.Context, client *ent.Client, from, to string) error {
	templates, err := client.WorkflowTemplate.Query().
		Where(workflowtemplate.IncidentTypesNotNil()).
		Select(workflowtemplate.FieldID, workflowtemplate.FieldIncidentTypes).
		All(ctx)
	if err != nil {
		return err
	}
	for _, t := range templates {
		if !slices.Contains(t.IncidentTypes, from) {
			continue
		}
		types := replace(t.IncidentTypes, from, to)
		if err := client.WorkflowTemplate.UpdateOneID(t.ID).SetIncidentTypes(types).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// replace returns list with from replaced by to, keeping the first of any
// duplicates this makes, in order.
func replace[T comparable](list []T, from, to T) []T {
	out := make([]T, 0, len(list))
	for _, x := range list {
		if x == from {
			x = to
		}
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// uses says how many incidents and reports use a tag, e.g. "3 incidents
// and 1 report's filter".
func uses(incidents, reports int) string {
	var parts []string
	if incidents > 0 {
		parts = append(parts, plural(incidents, "incident", "incidents"))
	}
	if reports > 0 {
		parts = append(parts, plural(reports, "report's filter", "reports' filters"))
	}
	return strings.Join(parts, " and ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
