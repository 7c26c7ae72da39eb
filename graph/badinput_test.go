package graph_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/internal/harness"
)

// Every kind of bad input gets its own clear, coded error — never a 500 or
// a stack trace — and leaves the database exactly as it was.
func TestBadInputIsRefusedAndChangesNothing(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		ctx := e.Ctx
		team := e.Client.Team.Create().SetName("Payments").SaveX(ctx)
		started := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
		e.MustDo(createIncidentMutation, map[string]any{"input": map[string]any{
			"title": "Existing", "severity": "SEV2", "startedAt": started,
		}}, nil)

		deep := "{ incidents(first: 1) { edges { node { services(first: 1) { edges { node { incidents(first: 1) { edges { node { services(first: 1) { edges { node { name } } } } } } } } } } } } }"
		complex := "{ incidents(first: 100) { edges { node { timelineEvents(first: 100) { edges { node { id text occurredAt kind source sourceRef } } } } } } }"

		cases := []struct {
			name      string
			query     string
			vars      map[string]any
			wantCode  string
			wantInMsg string
		}{
			{"missing required input field", createIncidentMutation,
				map[string]any{"input": map[string]any{"severity": "SEV1", "startedAt": started}},
				"GRAPHQL_VALIDATION_FAILED", "title"},
			{"empty title", createIncidentMutation,
				map[string]any{"input": map[string]any{"title": "", "severity": "SEV1", "startedAt": started}},
				"BAD_USER_INPUT", "title"},
			{"title too long", createIncidentMutation,
				map[string]any{"input": map[string]any{"title": strings.Repeat("x", 201), "severity": "SEV1", "startedAt": started}},
				"BAD_USER_INPUT", "title"},
			{"unknown enum value", createIncidentMutation,
				map[string]any{"input": map[string]any{"title": "x", "severity": "SEV9", "startedAt": started}},
				"GRAPHQL_VALIDATION_FAILED", "SEV9"},
			{"unknown enum literal", `mutation { createIncident(input: {title: "x", severity: SEV9, startedAt: "2026-05-04T09:00:00Z"}) { id } }`,
				nil, "GRAPHQL_VALIDATION_FAILED", "SEV9"},
			{"resolved before started", createIncidentMutation,
				map[string]any{"input": map[string]any{"title": "x", "severity": "SEV1", "startedAt": started, "resolvedAt": started.Add(-time.Hour)}},
				"BAD_USER_INPUT", "resolved_at"},
			{"detected before started", createIncidentMutation,
				map[string]any{"input": map[string]any{"title": "x", "severity": "SEV1", "startedAt": started, "detectedAt": started.Add(-time.Minute)}},
				"BAD_USER_INPUT", "detected_at"},
			{"malformed time", createIncidentMutation,
				map[string]any{"input": map[string]any{"title": "x", "severity": "SEV1", "startedAt": "yesterday"}},
				"BAD_USER_INPUT", "yesterday"},
			{"reference to a missing service", createIncidentMutation,
				map[string]any{"input": map[string]any{"title": "x", "severity": "SEV1", "startedAt": started, "serviceIDs": []string{"999999"}}},
				"BAD_USER_INPUT", "does not exist"},
			{"malformed ID", `query { node(id: "not-an-id") { id } }`, nil, "BAD_USER_INPUT", "not-an-id"},
			{"malformed ID in a variable", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": "abc"}, "BAD_USER_INPUT", "abc"},
			{"malformed cursor", `{ incidents(first: 5, after: "garbage") { totalCount } }`, nil, "BAD_USER_INPUT", "after"},
			{"page too large", `{ incidents(first: 1000) { totalCount } }`, nil, "LIMIT_EXCEEDED", "at most 100"},
			{"page size missing", `{ incidents { totalCount } }`, nil, "BAD_USER_INPUT", "first"},
			{"negative page size", `{ incidents(first: -1) { totalCount } }`, nil, "BAD_USER_INPUT", "first"},
			{"query too deep", deep, nil, "LIMIT_EXCEEDED", "nested too deeply"},
			{"query too complex", complex, nil, "LIMIT_EXCEEDED", "too complex"},
			{"duplicate unique name", `mutation { createTeam(input: {name: "Payments"}) { id } }`, nil, "CONFLICT", "already exists"},
			{"unknown time zone", `mutation { createUser(input: {name: "Ana", timeZone: "Mars/Olympus"}) { id } }`, nil, "BAD_USER_INPUT", "time zone"},
			{"script URL as evidence", `mutation($i: ID!) { createTimelineEvent(input: {incidentID: $i, occurredAt: "2026-05-04T09:05:00Z", kind: OBSERVATION, text: "x", evidenceURL: "javascript:alert(1)"}) { id } }`,
				map[string]any{"i": firstIncidentID(t, e)}, "BAD_USER_INPUT", "http"},
			{"syntax error", `{ incidents(first: 1) { `, nil, "GRAPHQL_PARSE_FAILED", ""},
			{"unknown field", `{ incidents(first: 1) { nope } }`, nil, "GRAPHQL_VALIDATION_FAILED", "nope"},
		}
		before := counts(t, e)
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				res := e.Do(tc.query, tc.vars)
				if len(res.Errors) == 0 {
					t.Fatalf("no error; data %s", res.Data)
				}
				if res.Status >= 500 {
					t.Errorf("HTTP status %d", res.Status)
				}
				got := res.Errors[0]
				if code, _ := got.Extensions["code"].(string); code != tc.wantCode {
					t.Errorf("code %q, want %q (message %q)", code, tc.wantCode, got.Message)
				}
				if !strings.Contains(got.Message, tc.wantInMsg) {
					t.Errorf("message %q does not mention %q", got.Message, tc.wantInMsg)
				}
				for _, leak := range []string{"goroutine", "panic", "SQLSTATE", "pq:", "INSERT", "SELECT"} {
					if strings.Contains(got.Message, leak) {
						t.Errorf("message leaks internals (%q): %q", leak, got.Message)
					}
				}
			})
		}
		if after := counts(t, e); after != before {
			t.Errorf("bad input changed the database: before %+v, after %+v", before, after)
		}
		_ = team
	})
}

// An oversized body is refused before it is parsed.
func TestOversizedBodyIsRefused(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	body := []byte(`{"query":"{ __typename }","variables":{"pad":"` + strings.Repeat("x", int(e.Config.MaxBodyBytes)) + `"}}`)
	res := e.Post(body)
	if res.Status != 413 {
		t.Errorf("status %d, want 413", res.Status)
	}
	if codes := res.Codes(); len(codes) != 1 || codes[0] != "LIMIT_EXCEEDED" {
		t.Errorf("codes %v, want [LIMIT_EXCEEDED]", codes)
	}
	if !bytes.Contains([]byte(res.Errors[0].Message), []byte("larger than the limit")) {
		t.Errorf("message %q", res.Errors[0].Message)
	}
}

type rowCounts struct{ incidents, teams, users, events int }

func counts(t *testing.T, e *harness.Env) rowCounts {
	t.Helper()
	ctx := e.Ctx
	return rowCounts{
		incidents: e.Client.Incident.Query().CountX(ctx),
		teams:     e.Client.Team.Query().CountX(ctx),
		users:     e.Client.User.Query().CountX(ctx),
		events:    e.Client.TimelineEvent.Query().CountX(ctx),
	}
}

func firstIncidentID(t *testing.T, e *harness.Env) string {
	t.Helper()
	id := e.Client.Incident.Query().FirstIDX(e.Ctx)
	return strconvItoa(id)
}
