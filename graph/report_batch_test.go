package graph_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/harness"
)

// Reading a report's published versions with their Markdown runs the same
// number of statements for 2 versions as for 6, and each version's document
// is the one it gets when read alone.
func TestVersionMarkdownIsBatched(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			inc := newRPFixtureNamed(t, e, 0)
			analyst := person(e, "Rosalind Analyst", enum.RoleAnalyst, enum.DepartmentEngineering)
			r := rpGenerate(t, analyst, "ENGINEERING", inc.ID)
			version := r.Version
			for i := range n {
				if i > 0 {
					var upd struct{ UpdateReport rpReport }
					analyst.MustDo(`mutation($id: ID!, $v: Int!, $b: String!) { updateReport(id: $id, version: $v, input: {body: $b}) { version } }`,
						map[string]any{"id": r.ID, "v": version, "b": r.Body + strings.Repeat("\nMore.", i)}, &upd)
					version = upd.UpdateReport.Version
				}
				var pub struct{ PublishReport rpReport }
				analyst.MustDo(`mutation($id: ID!, $v: Int!) { publishReport(id: $id, version: $v) { version } }`,
					map[string]any{"id": r.ID, "v": version}, &pub)
				version = pub.PublishReport.Version
			}

			reader := e.As(enum.RoleViewer)
			before := e.Statements()
			var out struct {
				Node struct {
					PublishedVersions []struct {
						ID       string
						Number   int
						Markdown string
					}
				}
			}
			reader.MustDo(`query($id: ID!) { node(id: $id) { ... on Report { publishedVersions { id number markdown } } } }`,
				map[string]any{"id": r.ID}, &out)
			statements := e.Statements() - before
			vs := out.Node.PublishedVersions
			if len(vs) != n {
				t.Fatalf("read %d versions, want %d", len(vs), n)
			}
			for i, v := range vs {
				var alone struct{ Node struct{ Markdown string } }
				reader.MustDo(`query($id: ID!) { node(id: $id) { ... on ReportVersion { markdown } } }`, map[string]any{"id": v.ID}, &alone)
				if v.Markdown != alone.Node.Markdown {
					t.Errorf("version %d in the list:\n%s\nalone:\n%s", v.Number, v.Markdown, alone.Node.Markdown)
				}
				if !strings.Contains(v.Markdown, `generated_by: "Rosalind Analyst"`) || !strings.Contains(v.Markdown, "audience: ENGINEERING") ||
					!strings.Contains(v.Markdown, `version: "`+strconv.Itoa(n-i)+` (published `) {
					t.Errorf("version %d header:\n%s", v.Number, v.Markdown)
				}
			}
			return statements
		}
		few, many := statementsFor(2), statementsFor(6)
		t.Logf("%s: %d statements for 2 versions, %d for 6", b, few, many)
		if few != many {
			t.Errorf("statements grow with versions: %d for 2, %d for 6", few, many)
		}
	})
}

// Listing reports with their Markdown runs the same number of statements
// for 2 reports as for 8: who generated each is read for the whole page.
func TestReportListMarkdownIsBatched(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			for i := range n {
				inc := newRPFixtureNamed(t, e, i)
				// A different author for each report, so that none is shared.
				author := person(e, "Author "+strconv.Itoa(i), enum.RoleAnalyst, enum.DepartmentEngineering)
				rpGenerate(t, author, "ENGINEERING", inc.ID)
			}
			before := e.Statements()
			var out struct {
				Reports struct {
					Edges []struct{ Node struct{ Markdown string } }
				}
			}
			e.MustDo(`{ reports(first: 50) { edges { node { id markdown } } } }`, nil, &out)
			statements := e.Statements() - before
			if len(out.Reports.Edges) != n {
				t.Fatalf("listed %d reports, want %d", len(out.Reports.Edges), n)
			}
			for _, edge := range out.Reports.Edges {
				if !strings.Contains(edge.Node.Markdown, `generated_by: "Author `) {
					t.Errorf("markdown without its author:\n%s", edge.Node.Markdown)
				}
			}
			return statements
		}
		few, many := statementsFor(2), statementsFor(8)
		t.Logf("%s: %d statements for 2 reports, %d for 8", b, few, many)
		if few != many {
			t.Errorf("statements grow with reports: %d for 2, %d for 8", few, many)
		}
	})
}
