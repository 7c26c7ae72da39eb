package graph_test

import (
	"testing"
	"time"

	"github.com/debrief/debrief/internal/harness"
)

const createIncidentMutation = `mutation($input: CreateIncidentInput!) {
  createIncident(input: $input) { id version title status severity startedAt detectedAt }
}`

const incidentTimelineQuery = `query($id: ID!) {
  node(id: $id) {
    ... on Incident {
      id version startedAt detectedAt mitigatedAt resolvedAt
      durations { timeToDetect timeToMitigate timeToResolve }
      timelineEvents(first: 20, orderBy: {field: OCCURRED_AT, direction: ASC}) {
        totalCount
        edges { node { id version occurredAt kind milestone keyMoment text } }
      }
    }
  }
}`

type timelineEvent struct {
	ID         string    `json:"id"`
	Version    int       `json:"version"`
	OccurredAt time.Time `json:"occurredAt"`
	Kind       string    `json:"kind"`
	Milestone  *string   `json:"milestone"`
	KeyMoment  bool      `json:"keyMoment"`
}

type incidentWithTimeline struct {
	Node struct {
		ID          string     `json:"id"`
		Version     int        `json:"version"`
		StartedAt   time.Time  `json:"startedAt"`
		DetectedAt  *time.Time `json:"detectedAt"`
		MitigatedAt *time.Time `json:"mitigatedAt"`
		Durations   struct {
			TimeToDetect   *int `json:"timeToDetect"`
			TimeToMitigate *int `json:"timeToMitigate"`
			TimeToResolve  *int `json:"timeToResolve"`
		} `json:"durations"`
		TimelineEvents struct {
			TotalCount int `json:"totalCount"`
			Edges      []struct {
				Node timelineEvent `json:"node"`
			} `json:"edges"`
		} `json:"timelineEvents"`
	} `json:"node"`
}

func loadTimeline(t *testing.T, e *harness.Env, id string) incidentWithTimeline {
	t.Helper()
	var out incidentWithTimeline
	e.MustDo(incidentTimelineQuery, map[string]any{"id": id}, &out)
	return out
}

func milestones(inc incidentWithTimeline) map[string]timelineEvent {
	out := map[string]timelineEvent{}
	for _, edge := range inc.Node.TimelineEvents.Edges {
		if edge.Node.Milestone != nil {
			out[*edge.Node.Milestone] = edge.Node
		}
	}
	return out
}

// An incident's milestone times and its timeline's key moments are one set
// of facts: editing either side moves the other, and durations follow.
func TestIncidentMilestonesStayInStepWithTimeline(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		started := time.Date(2026, 3, 1, 14, 0, 0, 0, time.UTC)

		var created struct {
			CreateIncident struct {
				ID      string `json:"id"`
				Version int    `json:"version"`
				Status  string `json:"status"`
			} `json:"createIncident"`
		}
		e.MustDo(createIncidentMutation, map[string]any{"input": map[string]any{
			"title":      "Checkout returns 502 for card payments",
			"severity":   "SEV2",
			"startedAt":  started,
			"detectedAt": started.Add(10 * time.Minute),
		}}, &created)
		id := created.CreateIncident.ID
		if created.CreateIncident.Version != 1 || created.CreateIncident.Status != "RESPONDING" {
			t.Fatalf("new incident: got %+v, want version 1 and status RESPONDING", created.CreateIncident)
		}

		inc := loadTimeline(t, e, id)
		ms := milestones(inc)
		if len(ms) != 2 || !ms["STARTED"].OccurredAt.Equal(started) || !ms["DETECTED"].OccurredAt.Equal(started.Add(10*time.Minute)) {
			t.Fatalf("milestone events after create: %+v", ms)
		}
		for name, ev := range ms {
			if !ev.KeyMoment || ev.Kind != "MILESTONE" {
				t.Errorf("%s event should be a MILESTONE key moment: %+v", name, ev)
			}
		}
		if got := inc.Node.Durations.TimeToDetect; got == nil || *got != 600 {
			t.Errorf("timeToDetect = %v, want 600 seconds", got)
		}

		// Incident side: set mitigated and resolved; the timeline gains both.
		e.MustDo(`mutation($id: ID!, $v: Int!, $input: UpdateIncidentInput!) {
		  updateIncident(id: $id, version: $v, input: $input) { id version }
		}`, map[string]any{"id": id, "v": 1, "input": map[string]any{
			"mitigatedAt": started.Add(45 * time.Minute),
			"resolvedAt":  started.Add(2 * time.Hour),
		}}, nil)
		inc = loadTimeline(t, e, id)
		ms = milestones(inc)
		if len(ms) != 4 || !ms["MITIGATED"].OccurredAt.Equal(started.Add(45*time.Minute)) {
			t.Fatalf("milestone events after update: %+v", ms)
		}
		if got := inc.Node.Durations.TimeToMitigate; got == nil || *got != 45*60 {
			t.Errorf("timeToMitigate = %v, want 2700", got)
		}

		// Timeline side: correct the detection time on the event; the
		// incident follows.
		detected := ms["DETECTED"]
		e.MustDo(`mutation($id: ID!, $v: Int!, $at: Time!) {
		  updateTimelineEvent(id: $id, version: $v, input: {occurredAt: $at}) { id version }
		}`, map[string]any{"id": detected.ID, "v": detected.Version, "at": started.Add(4 * time.Minute)}, nil)
		inc = loadTimeline(t, e, id)
		if inc.Node.DetectedAt == nil || !inc.Node.DetectedAt.Equal(started.Add(4*time.Minute)) {
			t.Fatalf("incident detectedAt after moving its event = %v, want %v", inc.Node.DetectedAt, started.Add(4*time.Minute))
		}
		if got := inc.Node.Durations.TimeToDetect; got == nil || *got != 240 {
			t.Errorf("timeToDetect after correction = %v, want 240", got)
		}

		// Clearing a milestone removes its event.
		e.MustDo(`mutation($id: ID!, $v: Int!) {
		  updateIncident(id: $id, version: $v, input: {clearResolvedAt: true}) { id }
		}`, map[string]any{"id": id, "v": inc.Node.Version}, nil)
		if ms := milestones(loadTimeline(t, e, id)); len(ms) != 3 || ms["RESOLVED"].ID != "" {
			t.Errorf("after clearing resolvedAt, milestone events = %+v", ms)
		}
	})
}

// A stale update is refused with CONFLICT and the current version; it
// changes nothing.
func TestStaleUpdateIsAConflict(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		var created struct {
			CreateIncident struct{ ID string } `json:"createIncident"`
		}
		e.MustDo(createIncidentMutation, map[string]any{"input": map[string]any{
			"title": "Search is slow", "severity": "SEV3", "startedAt": time.Now().Add(-time.Hour),
		}}, &created)
		update := `mutation($id: ID!, $v: Int!, $title: String!) {
		  updateIncident(id: $id, version: $v, input: {title: $title}) { version title }
		}`
		e.MustDo(update, map[string]any{"id": created.CreateIncident.ID, "v": 1, "title": "Search is slow for EU customers"}, nil)

		res := e.Do(update, map[string]any{"id": created.CreateIncident.ID, "v": 1, "title": "Overwritten?"})
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "CONFLICT" {
			t.Fatalf("stale update: codes %v, want [CONFLICT]; errors %+v", codes, res.Errors)
		}
		if got := res.Errors[0].Extensions["currentVersion"]; got != float64(2) {
			t.Errorf("currentVersion = %v, want 2", got)
		}
		title, err := e.Client.Incident.Query().Only(e.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		if title.Title != "Search is slow for EU customers" || title.Version != 2 {
			t.Errorf("after the refused update: title %q version %d", title.Title, title.Version)
		}

		// Updating a record that does not exist is NOT_FOUND, not CONFLICT.
		res = e.Do(update, map[string]any{"id": "17179869999", "v": 1, "title": "x"})
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "NOT_FOUND" {
			t.Errorf("update of a missing incident: codes %v, want [NOT_FOUND]", codes)
		}
	})
}

// Lists filter, order and page with cursors.
func TestIncidentListFiltersOrdersAndPages(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		for i, sev := range []string{"SEV1", "SEV2", "SEV1", "SEV3", "SEV1", "SEV1", "SEV2"} {
			e.MustDo(createIncidentMutation, map[string]any{"input": map[string]any{
				"title": "Incident " + string(rune('A'+i)), "severity": sev, "startedAt": base.Add(time.Duration(i) * 24 * time.Hour),
			}}, nil)
		}
		query := `query($after: Cursor) {
		  incidents(first: 3, after: $after, where: {severity: SEV1}, orderBy: {field: STARTED_AT, direction: DESC}) {
		    totalCount
		    pageInfo { hasNextPage endCursor }
		    edges { node { title severity } }
		  }
		}`
		type page struct {
			Incidents struct {
				TotalCount int `json:"totalCount"`
				PageInfo   struct {
					HasNextPage bool   `json:"hasNextPage"`
					EndCursor   string `json:"endCursor"`
				} `json:"pageInfo"`
				Edges []struct {
					Node struct{ Title, Severity string } `json:"node"`
				} `json:"edges"`
			} `json:"incidents"`
		}
		titles := func(p page) (out []string) {
			for _, e := range p.Incidents.Edges {
				out = append(out, e.Node.Title)
			}
			return out
		}
		var first, second page
		e.MustDo(query, nil, &first)
		if first.Incidents.TotalCount != 4 || !first.Incidents.PageInfo.HasNextPage {
			t.Fatalf("first page: %+v", first.Incidents)
		}
		if got, want := titles(first), []string{"Incident F", "Incident E", "Incident C"}; !equal(got, want) {
			t.Errorf("first page titles %v, want %v", got, want)
		}
		e.MustDo(query, map[string]any{"after": first.Incidents.PageInfo.EndCursor}, &second)
		if got, want := titles(second), []string{"Incident A"}; !equal(got, want) || second.Incidents.PageInfo.HasNextPage {
			t.Errorf("second page titles %v (hasNext %v), want %v", got, second.Incidents.PageInfo.HasNextPage, want)
		}

		// Case-insensitive search on the title, as the web app's search box does.
		var found page
		e.MustDo(`{ incidents(first: 10, where: {titleContainsFold: "incident g"}) {
		  totalCount pageInfo { hasNextPage endCursor } edges { node { title severity } } } }`, nil, &found)
		if got := titles(found); !equal(got, []string{"Incident G"}) {
			t.Errorf("search found %v", got)
		}
	})
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
