package search

import (
	"context"
	"slices"
	"strings"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/searchdocument"
	"github.com/debrief/debrief/ent/timelineevent"
)

// document is the searchable text of one record.
type document struct {
	kind       Kind
	id         int
	incidentID *int
	title      string
	body       string
}

// join keeps the non-empty parts, one paragraph each.
func join(parts ...string) string {
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return strings.TrimSpace(s) == "" }), "\n\n")
}

// tsvSQL is the PostgreSQL text-search vector of a document: the title
// weighs more than the body, so a match there ranks higher.
const tsvSQL = `setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')`

// load reads the documents of the given records of one kind. ctx must be
// the system's: documents cover every record, whoever changed it.
func load(ctx context.Context, client *ent.Client, kind Kind, ids []int) ([]document, error) {
	var docs []document
	switch kind {
	case KindIncident:
		rows, err := client.Incident.Query().Where(incident.IDIn(ids...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			docs = append(docs, document{kind, r.ID, &r.ID, r.Title, join(r.Summary, r.CustomerImpact)})
		}
	case KindTimelineEvent:
		rows, err := client.TimelineEvent.Query().Where(timelineevent.IDIn(ids...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			docs = append(docs, document{kind, r.ID, &r.IncidentID, "", r.Text})
		}
	case KindPerspective:
		rows, err := client.Perspective.Query().Where(perspective.IDIn(ids...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			docs = append(docs, document{kind, r.ID, &r.IncidentID, "",
				join(r.WhatTheySaw, r.Surprises, r.WhatHelped, r.WhatHurt, r.ImpactObserved)})
		}
	case KindInsight:
		rows, err := client.Insight.Query().Where(insight.IDIn(ids...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			docs = append(docs, document{kind, r.ID, &r.IncidentID, r.Statement, r.Detail})
		}
	case KindActionItem:
		rows, err := client.ActionItem.Query().Where(actionitem.IDIn(ids...)).
			WithIncidents(func(q *ent.IncidentQuery) { q.Select(incident.FieldID) }).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			// An action may serve several incidents: its one document
			// carries the first, for grouping; search checks all of them
			// against the access rules (see visibility).
			var first *int
			for _, inc := range r.Edges.Incidents {
				if first == nil || inc.ID < *first {
					first = &inc.ID
				}
			}
			docs = append(docs, document{kind, r.ID, first, r.Title,
				join(r.Description, r.Rationale, r.ExpectedEffect, r.Verification, r.InterimMitigation)})
		}
	}
	return docs, nil
}

// save writes docs (all of one kind) and, on PostgreSQL, their vectors.
// ctx must be the system's.
func save(ctx context.Context, c conn, kind Kind, docs []document) error {
	if len(docs) == 0 {
		return nil
	}
	builders := make([]*ent.SearchDocumentCreate, len(docs))
	lo, hi := docs[0].id, docs[0].id
	for i, d := range docs {
		builders[i] = c.client.SearchDocument.Create().
			SetEntityType(string(d.kind)).SetEntityID(d.id).SetNillableIncidentID(d.incidentID).
			SetTitle(d.title).SetBody(d.body)
		lo, hi = min(lo, d.id), max(hi, d.id)
	}
	err := c.client.SearchDocument.CreateBulk(builders...).
		OnConflictColumns(searchdocument.FieldEntityType, searchdocument.FieldEntityID).
		UpdateNewValues().Exec(ctx)
	if err != nil {
		return err
	}
	if !c.postgres() {
		return nil // SQLite's FTS5 table follows through triggers (see Setup)
	}
	return c.exec(ctx, `UPDATE search_documents SET tsv = `+tsvSQL+
		` WHERE entity_type = ? AND entity_id BETWEEN ? AND ?`, string(kind), lo, hi)
}

// remove deletes the documents of the given records, and with incidents
// those of everything that belonged to them.
func remove(ctx context.Context, c conn, kind Kind, ids []int) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := c.client.SearchDocument.Delete().Where(
		searchdocument.EntityType(string(kind)), searchdocument.EntityIDIn(ids...)).Exec(ctx)
	if err != nil || kind != KindIncident {
		return err
	}
	_, err = c.client.SearchDocument.Delete().Where(
		searchdocument.IncidentIDIn(ids...), searchdocument.EntityTypeNEQ(string(KindActionItem))).Exec(ctx)
	return err
}
