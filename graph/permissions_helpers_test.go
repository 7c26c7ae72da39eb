package graph_test

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/harness"
)

// permissionsDoc is the document the permission tests hold the server to.
const permissionsDoc = "../docs/permissions.md"

// permRoles are the matrix's columns, in order.
var permRoles = []enum.Role{enum.RoleAdmin, enum.RoleAnalyst, enum.RoleMember, enum.RoleViewer}

// A permCell is what the documentation says one role may do.
type permCell string

const (
	permYes permCell = "yes"
	permNo  permCell = "no"
	permOwn permCell = "own"
)

// permRow is one row of the matrix: a mutation, or a read of a type.
type permRow struct {
	// Op is the mutation's field name, or for a read the type's name.
	Op    string
	Read  bool
	Cells map[enum.Role]permCell
	Line  int
}

// loadPermissionTable parses the role × operation table of
// docs/permissions.md, found by its header row.
func loadPermissionTable(t *testing.T) []permRow {
	t.Helper()
	f, err := os.Open(permissionsDoc)
	if err != nil {
		t.Fatalf("the permission matrix lives in docs/permissions.md: %v", err)
	}
	defer f.Close()
	wantHeader := append([]string{"Operation"}, permRoleNames()...)
	var (
		rows    []permRow
		inTable bool
		seen    = map[string]int{}
		line    int
	)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if !inTable {
			if cells := permSplitRow(text); slices.Equal(cells, wantHeader) {
				inTable = true
				sc.Scan() // the | --- | separator
				line++
			}
			continue
		}
		if !strings.HasPrefix(text, "|") {
			break
		}
		cells := permSplitRow(text)
		if len(cells) != len(wantHeader) {
			t.Fatalf("%s:%d: want %d cells, got %d: %q", permissionsDoc, line, len(wantHeader), len(cells), text)
		}
		row := permRow{Op: strings.Trim(cells[0], "`"), Cells: map[enum.Role]permCell{}, Line: line}
		if name, ok := strings.CutPrefix(row.Op, "read "); ok {
			row.Op, row.Read = strings.Trim(strings.TrimSpace(name), "`"), true
		}
		for i, role := range permRoles {
			c := permCell(cells[i+1])
			if c != permYes && c != permNo && c != permOwn {
				t.Fatalf("%s:%d: cell %q for %s must be yes, no or own", permissionsDoc, line, c, role)
			}
			row.Cells[role] = c
		}
		key := cells[0]
		if prev, dup := seen[key]; dup {
			t.Fatalf("%s:%d: %s is already in the table at line %d", permissionsDoc, line, key, prev)
		}
		seen[key] = line
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if !inTable {
		t.Fatalf("%s has no table with the header | %s |", permissionsDoc, strings.Join(wantHeader, " | "))
	}
	return rows
}

func permSplitRow(line string) []string {
	if !strings.HasPrefix(line, "|") {
		return nil
	}
	parts := strings.Split(strings.Trim(line, "|"), "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func permRoleNames() []string {
	var out []string
	for _, r := range permRoles {
		out = append(out, string(r))
	}
	return out
}

// loadGraphQLSchema loads the API's schema from graph/*.graphqls, the
// files gqlgen builds the server from.
func permLoadSchema(t *testing.T) *ast.Schema {
	t.Helper()
	files, err := filepath.Glob("*.graphqls")
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files in graph/: %v", err)
	}
	var sources []*ast.Source
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, &ast.Source{Name: name, Input: string(b)})
	}
	schema, gerr := gqlparser.LoadSchema(sources...)
	if gerr != nil {
		t.Fatalf("load schema: %v", gerr)
	}
	return schema
}

// permActor is someone calling the API in a role.
type permActor struct {
	User *ent.User
	do   func(query string, vars map[string]any) *harness.Response
}

func (a permActor) Do(query string, vars map[string]any) *harness.Response { return a.do(query, vars) }

// newPermActor returns a new user of the role who acts with the role's full
// rights: admins, analysts and members through a READ_WRITE API token;
// viewers, whose tokens are always read-only, through a web session.
func newPermActor(e *harness.Env, role enum.Role) permActor {
	e.T.Helper()
	if role != enum.RoleViewer {
		api := e.As(role)
		return permActor{User: api.User, do: api.Do}
	}
	u := e.Client.User.Create().SetName("viewer (web)").SetRole(role).SaveX(e.Ctx)
	secret := permStartSession(e, u)
	return permActor{User: u, do: func(query string, vars map[string]any) *harness.Response {
		return permPost(e, query, vars, func(r *http.Request) {
			r.AddCookie(&http.Cookie{Name: auth.SessionCookie, Value: secret})
			r.Header.Set("Origin", e.Server.URL)
			r.Header.Set(auth.CSRFHeader, "1")
		})
	}}
}

// startTestSession stores a live web session for u, as signing in would,
// and returns its cookie value. Sessions are stored as the SHA-256 of the
// cookie's secret (see internal/auth).
func permStartSession(e *harness.Env, u *ent.User) string {
	e.T.Helper()
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	secret := hex.EncodeToString(b)
	sum := sha256.Sum256([]byte(secret))
	now := time.Now()
	e.Client.Session.Create().
		SetTokenHash(sum[:]).
		SetUserID(u.ID).
		SetCreatedAt(now).
		SetLastSeenAt(now).
		SetExpiresAt(now.Add(time.Hour)).
		ExecX(e.Ctx)
	return secret
}

// postGraphQL sends a GraphQL request with whatever credentials prepare
// adds (none for an anonymous request).
func permPost(e *harness.Env, query string, vars map[string]any, prepare func(*http.Request)) *harness.Response {
	e.T.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		e.T.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, e.Server.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		e.T.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if prepare != nil {
		prepare(req)
	}
	res, err := e.Server.Client().Do(req)
	if err != nil {
		e.T.Fatal(err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		e.T.Fatal(err)
	}
	out := &harness.Response{Status: res.StatusCode}
	if err := json.Unmarshal(raw, out); err != nil {
		e.T.Fatalf("response is not JSON (status %d): %s", res.StatusCode, raw)
	}
	return out
}

// hasData reports whether the response's data has a non-null value for
// its (single) top-level field.
func permHasData(res *harness.Response) bool {
	var data map[string]json.RawMessage
	if len(res.Data) == 0 || json.Unmarshal(res.Data, &data) != nil {
		return false
	}
	for _, v := range data {
		if len(v) == 0 || string(v) == "null" {
			return false
		}
	}
	return len(data) > 0
}

// describe summarises a response for a failure message.
func permDescribe(res *harness.Response) string {
	if len(res.Errors) == 0 {
		return "no error; data " + string(res.Data)
	}
	var parts []string
	for i, e := range res.Errors {
		parts = append(parts, res.Codes()[i]+": "+e.Message)
	}
	return strings.Join(parts, "; ")
}

const (
	permOpenReviewQuery   = `mutation($id: ID!, $version: Int!) { openReview(incidentID: $id, version: $version, mode: ASYNC, dueAt: "2030-01-01T09:00:00Z") { id } }`
	permCloseReviewQuery  = `mutation($id: ID!, $version: Int!) { closeReview(incidentID: $id, version: $version) { id } }`
	permCreateEventsQuery = `mutation($id: ID!, $events: [NewTimelineEvent!]!) { createTimelineEvents(incidentID: $id, events: $events) { id } }`
)

// facilitated is an incident in the given status, opened by someone else
// and facilitated by the actor (owned) or by someone else.
func (f *permFixture) facilitated(actor *ent.User, owned bool, status enum.IncidentStatus) *ent.Incident {
	return f.e.Client.Incident.Create().SetTitle("Search down").SetSeverity(enum.SeveritySev2).
		SetStartedAt(time.Now().Add(-2 * time.Hour)).SetStatus(status).
		SetCreatedByID(f.someone.ID).SetFacilitatorID(f.author(actor, owned)).
		SaveX(f.e.Ctx)
}
