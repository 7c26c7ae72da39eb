package search

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"entgo.io/ent/privacy"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/insight"
	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/viewer"
)

// Options say what to search for.
type Options struct {
	Query string
	// Kinds narrows the search; empty means all.
	Kinds []Kind
	// Offset hits are skipped, then at most Limit returned.
	Offset, Limit int
}

// Search finds the records that match opts.Query, best first, among those
// the viewer in ctx may see: the statement leaves out the records of
// incidents hidden from the viewer, and the hits' records are then read
// through ent as the viewer, so the access rules hold twice.
func Search(ctx context.Context, client *ent.Client, opts Options) (Page, error) {
	page := Page{Offset: opts.Offset}
	terms := parse(opts.Query)
	c, err := connOf(ctx, client)
	// Excluded words alone find nothing: FTS5 cannot look for them, and
	// "everything but x" is no search.
	if err != nil || !slices.ContainsFunc(terms, func(t term) bool { return !t.negate }) || opts.Limit <= 0 {
		return page, err
	}
	hidden, err := hiddenIncidents(ctx, client)
	if err != nil {
		return page, err
	}
	var match string
	var matchArgs []any
	if c.postgres() {
		match = `FROM search_documents d, websearch_to_tsquery('english', ?) q WHERE d.tsv @@ q`
		matchArgs = []any{websearch(terms)}
	} else {
		expr := fts5(terms)
		if expr == "" {
			return page, nil
		}
		match = `FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid WHERE search_fts MATCH ?`
		matchArgs = []any{expr}
	}
	where, whereArgs := filter(opts.Kinds, hidden)
	args := append(matchArgs, whereArgs...)

	rows, err := c.query(ctx, `SELECT count(*) `+match+where, args...)
	if err != nil {
		return page, err
	}
	if page.Total, err = scanInt(rows); err != nil || page.Total <= opts.Offset {
		return page, err
	}

	var q string
	if c.postgres() {
		// The headline is worked out for the page only: ranking first,
		// in the inner statement.
		q = `SELECT d.entity_type, d.entity_id, d.incident_id, coalesce(d.title, ''), coalesce(d.body, ''),
			ts_headline('english', concat_ws(' — ', nullif(d.title, ''), nullif(d.body, '')), q,
				'StartSel=` + MarkStart + `, StopSel=` + MarkEnd + `, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" ` + Ellipsis + ` "'),
			p.score
			FROM (SELECT d.id, ts_rank(d.tsv, q) AS score ` + match + where + `
				ORDER BY score DESC, d.id LIMIT ? OFFSET ?) p
			JOIN search_documents d ON d.id = p.id, websearch_to_tsquery('english', ?) q
			ORDER BY p.score DESC, d.id`
		args = append(args, opts.Limit, opts.Offset, matchArgs[0])
	} else {
		// bm25 is lower for better matches; titles weigh three times the body.
		q = `SELECT d.entity_type, d.entity_id, d.incident_id, coalesce(d.title, ''), coalesce(d.body, ''),
			snippet(search_fts, -1, '` + MarkStart + `', '` + MarkEnd + `', '` + Ellipsis + `', 24),
			-bm25(search_fts, 3.0, 1.0) AS score ` + match + where + `
			ORDER BY score DESC, d.id LIMIT ? OFFSET ?`
		args = append(args, opts.Limit, opts.Offset)
	}
	rows, err = c.query(ctx, q, args...)
	if err != nil {
		return page, err
	}
	defer rows.Close()
	for rows.Next() {
		var h Hit
		var kind, title, body string
		if err := rows.Scan(&kind, &h.EntityID, &h.IncidentID, &title, &body, &h.Snippet, &h.Score); err != nil {
			return page, fmt.Errorf("search: %w", err)
		}
		h.Kind = Kind(kind)
		h.Title = hitTitle(title, body)
		h.Snippet = ellipsize(h.Snippet, title, body, c.postgres())
		page.Hits = append(page.Hits, h)
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("search: %w", err)
	}
	page.Hits, err = attach(ctx, client, page.Hits)
	return page, err
}

// filter is the WHERE clause's remainder: the kinds asked for, and no
// record of a hidden incident. An action item may serve several incidents
// and is seen when any of them is (or it serves none), as its access rule
// says.
func filter(kinds []Kind, hidden []int) (string, []any) {
	var b strings.Builder
	var args []any
	if len(kinds) > 0 {
		b.WriteString(` AND d.entity_type IN (` + strings.TrimSuffix(strings.Repeat("?,", len(kinds)), ",") + `)`)
		for _, k := range kinds {
			args = append(args, string(k))
		}
	}
	if len(hidden) > 0 {
		ph, ids := in(hidden)
		b.WriteString(` AND ((d.entity_type <> '` + string(KindActionItem) + `' AND (d.incident_id IS NULL OR d.incident_id NOT IN (` + ph + `)))
			OR (d.entity_type = '` + string(KindActionItem) + `' AND (
				NOT EXISTS (SELECT 1 FROM action_item_incidents l WHERE l.action_item_id = d.entity_id)
				OR EXISTS (SELECT 1 FROM action_item_incidents l WHERE l.action_item_id = d.entity_id AND l.incident_id NOT IN (` + ph + `)))))`)
		args = append(args, ids...)
		args = append(args, ids...)
	}
	return b.String(), args
}

// hiddenIncidents are the incidents the viewer may not see: the restricted
// ones, less those the incident policy shows them. Restricted incidents are
// few, so the list stays short; nil when the viewer sees them all.
func hiddenIncidents(ctx context.Context, client *ent.Client) ([]int, error) {
	if d, ok := privacy.DecisionFromContext(ctx); ok && errors.Is(d, privacy.Allow) {
		return nil, nil // Debrief's own work sees everything
	}
	v, ok := viewer.FromContext(ctx)
	if !ok {
		return nil, viewer.ErrUnauthenticated
	}
	if v.SeesRestricted() {
		return nil, nil
	}
	// All restricted incidents are read as the system, on purpose: only
	// their IDs, to leave them out.
	all, err := client.Incident.Query().Where(incident.Restricted(true)).IDs(viewer.System(ctx))
	if err != nil || len(all) == 0 {
		return nil, err
	}
	seen, err := client.Incident.Query().Where(incident.Restricted(true)).IDs(ctx)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(all, func(id int) bool { return slices.Contains(seen, id) }), nil
}

// attach reads the hits' records and incidents as the viewer — one query
// per kind — and drops any hit whose record the viewer may not read.
func attach(ctx context.Context, client *ent.Client, hits []Hit) ([]Hit, error) {
	ids := map[Kind][]int{}
	var incidentIDs []int
	for _, h := range hits {
		ids[h.Kind] = append(ids[h.Kind], h.EntityID)
		if h.IncidentID != nil {
			incidentIDs = append(incidentIDs, *h.IncidentID)
		}
	}
	records := map[Kind]map[int]ent.Noder{}
	add := func(kind Kind, id int, n ent.Noder) {
		if records[kind] == nil {
			records[kind] = map[int]ent.Noder{}
		}
		records[kind][id] = n
	}
	actionIncident := map[int]int{} // the first incident the viewer sees
	for kind, list := range ids {
		var err error
		switch kind {
		case KindIncident:
			var rows []*ent.Incident
			if rows, err = client.Incident.Query().Where(incident.IDIn(list...)).All(ctx); err == nil {
				for _, r := range rows {
					add(kind, r.ID, r)
				}
			}
		case KindTimelineEvent:
			var rows []*ent.TimelineEvent
			if rows, err = client.TimelineEvent.Query().Where(timelineevent.IDIn(list...)).All(ctx); err == nil {
				for _, r := range rows {
					add(kind, r.ID, r)
				}
			}
		case KindPerspective:
			var rows []*ent.Perspective
			if rows, err = client.Perspective.Query().Where(perspective.IDIn(list...)).All(ctx); err == nil {
				for _, r := range rows {
					add(kind, r.ID, r)
				}
			}
		case KindInsight:
			var rows []*ent.Insight
			if rows, err = client.Insight.Query().Where(insight.IDIn(list...)).All(ctx); err == nil {
				for _, r := range rows {
					add(kind, r.ID, r)
				}
			}
		case KindActionItem:
			var rows []*ent.ActionItem
			rows, err = client.ActionItem.Query().Where(actionitem.IDIn(list...)).
				WithIncidents(func(q *ent.IncidentQuery) { q.Select(incident.FieldID) }).All(ctx)
			for _, r := range rows {
				add(kind, r.ID, r)
				for _, inc := range r.Edges.Incidents {
					if first, ok := actionIncident[r.ID]; !ok || inc.ID < first {
						actionIncident[r.ID] = inc.ID
					}
				}
			}
			for _, id := range actionIncident {
				incidentIDs = append(incidentIDs, id)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("search: read hits: %w", err)
		}
	}
	incidents := map[int]*ent.Incident{}
	if len(incidentIDs) > 0 {
		rows, err := client.Incident.Query().Where(incident.IDIn(incidentIDs...)).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("search: read hits: %w", err)
		}
		for _, r := range rows {
			incidents[r.ID] = r
		}
	}
	kept := hits[:0]
	for _, h := range hits {
		rec, ok := records[h.Kind][h.EntityID]
		if !ok {
			continue
		}
		h.Record = rec
		if h.Kind == KindActionItem {
			h.IncidentID = nil
			if id, ok := actionIncident[h.EntityID]; ok {
				h.IncidentID = &id
			}
		}
		if h.IncidentID != nil {
			h.Incident = incidents[*h.IncidentID]
			if h.Incident == nil && h.Kind != KindActionItem {
				continue // its incident is not the viewer's to see
			}
		}
		kept = append(kept, h)
	}
	return kept, nil
}

// hitTitle is the document's title, or the start of its text.
func hitTitle(title, body string) string {
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	body = strings.Join(strings.Fields(body), " ")
	if r := []rune(body); len(r) > 80 {
		cut := strings.LastIndexByte(string(r[:80]), ' ')
		if cut < 40 {
			cut = len(string(r[:80]))
		}
		return body[:cut] + Ellipsis
	}
	return body
}

// ellipsize marks a PostgreSQL headline that starts or ends inside the
// text with Ellipsis, as FTS5's snippet does itself.
func ellipsize(snippet, title, body string, postgres bool) string {
	snippet = strings.TrimSpace(snippet)
	if !postgres || snippet == "" {
		return snippet
	}
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	plain := norm(strings.NewReplacer(MarkStart, "", MarkEnd, "").Replace(snippet))
	full := norm(title + " — " + body)
	if strings.TrimSpace(title) == "" || strings.TrimSpace(body) == "" {
		full = norm(title + body)
	}
	if !strings.HasPrefix(full, plain) {
		snippet = Ellipsis + " " + snippet
	}
	if !strings.HasSuffix(full, plain) {
		snippet += " " + Ellipsis
	}
	return snippet
}
