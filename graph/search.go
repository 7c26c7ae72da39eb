package graph

import (
	"entgo.io/contrib/entgql"

	"github.com/debrief/debrief/graph/model"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/search"
)

// maxRelated bounds the related-incident lists, which are plain lists and
// so not covered by the page-size limit on connections.
const maxRelated = 50

func relatedSize(first int) error {
	if first < 1 || first > maxRelated {
		return apperr.Invalid("first", "first must be between 1 and %d", maxRelated)
	}
	return nil
}

// searchOptions reads search's arguments. A search page's cursor is the
// hit's position in the ranking: ranks are not unique, and a search is
// asked again rather than kept, so positions are what pages agree on.
func searchOptions(query string, kinds []search.Kind, after *entgql.Cursor[int], first *int) (search.Options, error) {
	opts := search.Options{Query: query, Kinds: kinds}
	if first == nil || *first < 0 {
		return opts, apperr.Invalid("first", "pass first, the number of hits wanted")
	}
	opts.Limit = *first
	if after != nil {
		if after.ID < 0 {
			return opts, apperr.Invalid("after", "not a search cursor")
		}
		opts.Offset = after.ID + 1
	}
	return opts, nil
}

func searchConnection(page search.Page, opts search.Options) *model.SearchHitConnection {
	conn := &model.SearchHitConnection{
		Edges:      make([]*model.SearchHitEdge, len(page.Hits)),
		PageInfo:   &entgql.PageInfo[int]{},
		TotalCount: page.Total,
	}
	for i := range page.Hits {
		conn.Edges[i] = &model.SearchHitEdge{Node: &page.Hits[i], Cursor: entgql.Cursor[int]{ID: opts.Offset + i}}
	}
	if n := len(conn.Edges); n > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[n-1].Cursor
	}
	// Hits the viewer may not read are dropped after ranking (rarely:
	// the statement leaves out hidden incidents already), so the total
	// decides whether more follow.
	conn.PageInfo.HasNextPage = opts.Offset+opts.Limit < page.Total
	conn.PageInfo.HasPreviousPage = opts.Offset > 0
	return conn
}
