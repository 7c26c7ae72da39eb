// Package search is Debrief's full-text search and its "related incidents":
// the searchable text of incidents, timeline events, perspectives, insights
// and action items is kept in search_documents by an ent hook (Hook), indexed
// by PostgreSQL full-text search (the tsv column) or an SQLite FTS5 table
// (created by Setup), and rebuilt in bulk by Reindex for records written
// without the hook (the demo loader, imports).
package search

import (
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/debrief/debrief/ent"
)

// Kind is the kind of record a search document stands for. Its value is
// also what search_documents.entity_type holds.
type Kind string

// The kinds of record search finds.
const (
	KindIncident      Kind = "INCIDENT"
	KindTimelineEvent Kind = "TIMELINE_EVENT"
	KindPerspective   Kind = "PERSPECTIVE"
	KindInsight       Kind = "INSIGHT"
	KindActionItem    Kind = "ACTION_ITEM"
)

// Kinds are all kinds, in the order they are indexed.
var Kinds = []Kind{KindIncident, KindTimelineEvent, KindPerspective, KindInsight, KindActionItem}

// MarshalGQL writes the kind as a GraphQL enum.
func (k Kind) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(k))) }

// UnmarshalGQL reads a GraphQL enum value.
func (k *Kind) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	if !slices.Contains(Kinds, Kind(s)) {
		return fmt.Errorf("%v is not a search kind", v)
	}
	*k = Kind(s)
	return nil
}

// Hit is one search result.
type Hit struct {
	Kind Kind
	// Record is the record, read as the viewer; Incident its incident, when
	// the viewer may see it.
	Record   ent.Noder
	Incident *ent.Incident
	// EntityID is the record's ID, IncidentID its incident's (nil for an
	// action item that serves none).
	EntityID   int
	IncidentID *int
	Title      string
	// Snippet marks matches with MarkStart and MarkEnd.
	Snippet string
	Score   float64
}

// The plain-text markers around matched words in snippets: the UI renders
// text, not HTML, so a marker must not need escaping.
const (
	MarkStart = "«"
	MarkEnd   = "»"
	Ellipsis  = "…"
)

// Page is one page of hits.
type Page struct {
	Hits []Hit
	// Offset is the position of the first hit among all; Total counts all.
	Offset, Total int
}

// ReasonKind is why two incidents are related.
type ReasonKind string

// The reasons two incidents are related, strongest first.
const (
	ReasonService        ReasonKind = "SERVICE"
	ReasonFactorCategory ReasonKind = "FACTOR_CATEGORY"
	ReasonVendor         ReasonKind = "VENDOR"
	ReasonWords          ReasonKind = "WORDS"
)

var reasonKinds = []ReasonKind{ReasonService, ReasonFactorCategory, ReasonVendor, ReasonWords}

// MarshalGQL writes the kind as a GraphQL enum.
func (k ReasonKind) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(k))) }

// UnmarshalGQL reads a GraphQL enum value.
func (k *ReasonKind) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	if !slices.Contains(reasonKinds, ReasonKind(s)) {
		return fmt.Errorf("%v is not a reason", v)
	}
	*k = ReasonKind(s)
	return nil
}

// Reason is one thing two incidents share.
type Reason struct {
	Kind  ReasonKind
	Names []string
	Text  string
}

// Related is an incident related to another one (or to a service's).
type Related struct {
	Incident   *ent.Incident
	IncidentID int
	Score      float64
	Reasons    []Reason
}
