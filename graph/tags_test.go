package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/internal/harness"
)

const (
	tagMergeQuery  = `mutation($source: ID!, $target: ID!) { mergeTags(sourceID: $source, targetID: $target) { id name incidents(first: 0) { totalCount } } }`
	tagDeleteQuery = `mutation($id: ID!) { deleteTag(id: $id) }`
	tagRenameQuery = `mutation($id: ID!, $name: String!) { updateTag(id: $id, input: {name: $name}) { id name } }`
	tagCreateQuery = `mutation($name: String!) { createTag(input: {name: $name}) { id name } }`
)

func tagMergeVars(source, target int) map[string]any {
	return map[string]any{"source": strconv.Itoa(source), "target": strconv.Itoa(target)}
}

// tagNames lists an incident's tags by name, as stored.
func tagNames(e *harness.Env, inc *ent.Incident) []string {
	names := inc.QueryTags().Order(ent.Asc(tag.FieldName)).Select(tag.FieldName).StringsX(e.Ctx)
	if names == nil {
		names = []string{}
	}
	return names
}

// Merging tags moves every incident to the target — once, for incidents
// that had both — along with the filters of reports generated on the
// source and the workflows suggested for its name, then deletes the
// source. Only admins may; anyone else changes nothing.
func TestMergeTags(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newFUFixture(e)
		c, ctx := e.Client, e.Ctx
		database := c.Tag.Create().SetName("database").SaveX(ctx)
		db := c.Tag.Create().SetName("db").SaveX(ctx)
		network := c.Tag.Create().SetName("network").SaveX(ctx)
		onlySource := f.incident("Primary failover stuck", false)
		both := f.incident("Replica lag", false)
		secret := f.incident("Customer table exposed", true)
		c.Incident.UpdateOne(onlySource).AddTags(database, network).ExecX(ctx)
		c.Incident.UpdateOne(both).AddTags(database, db).ExecX(ctx)
		c.Incident.UpdateOne(secret).AddTags(database).ExecX(ctx)
		from, to := f.at(-120), f.at(0)
		filter := fmt.Sprintf(`{"From":%q,"To":%q,"Severities":["SEV1"],"TagIDs":[%d,%d,%d]}`,
			from.Format(time.RFC3339), to.Format(time.RFC3339), database.ID, network.ID, db.ID)
		rep := c.Report.Create().SetAudience(enum.AudienceLeadership).SetTitle("Quarter in review").SetBody("…").
			SetPeriodStart(from).SetPeriodEnd(to).SetAnalysisFilter(filter).SaveX(ctx)
		workflow := c.WorkflowTemplate.Create().SetName("Data store incident").
			SetIncidentTypes([]string{"database", "data-loss", "db"}).SaveX(ctx)

		for _, role := range []enum.Role{enum.RoleMember, enum.RoleAnalyst} {
			fuCodes(t, e.As(role).Do(tagMergeQuery, tagMergeVars(database.ID, db.ID)), "FORBIDDEN")
		}
		if names := tagNames(e, onlySource); !slices.Equal(names, []string{"database", "network"}) {
			t.Fatalf("after the refused merges an incident is tagged %v, want [database network]", names)
		}
		if !c.Tag.Query().Where(tag.ID(database.ID)).ExistX(ctx) {
			t.Fatalf("a refused merge deleted the source")
		}
		fuCodes(t, e.Do(tagMergeQuery, tagMergeVars(database.ID, database.ID)), "BAD_USER_INPUT")
		fuCodes(t, e.Do(tagMergeQuery, tagMergeVars(database.ID, rep.ID)), "NOT_FOUND")

		var out struct {
			MergeTags struct {
				ID, Name  string
				Incidents struct{ TotalCount int }
			}
		}
		e.MustDo(tagMergeQuery, tagMergeVars(database.ID, db.ID), &out)
		if got := out.MergeTags; got.ID != strconv.Itoa(db.ID) || got.Name != "db" || got.Incidents.TotalCount != 3 {
			t.Errorf("merge returned %+v, want db with 3 incidents", got)
		}
		if c.Tag.Query().Where(tag.ID(database.ID)).ExistX(ctx) {
			t.Errorf("the source tag is still there")
		}
		for inc, want := range map[*ent.Incident][]string{
			onlySource: {"db", "network"},
			both:       {"db"},
			secret:     {"db"},
		} {
			if got := tagNames(e, inc); !slices.Equal(got, want) {
				t.Errorf("%q is tagged %v, want %v", inc.Title, got, want)
			}
		}

		var stored map[string]any
		if err := json.Unmarshal([]byte(c.Report.GetX(ctx, rep.ID).AnalysisFilter), &stored); err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(stored["TagIDs"]); got != fmt.Sprint([]float64{float64(db.ID), float64(network.ID)}) {
			t.Errorf("the report's filter has tags %s, want [%d %d]", got, db.ID, network.ID)
		}
		if fmt.Sprint(stored["Severities"]) != "[SEV1]" || stored["From"] != from.Format(time.RFC3339) {
			t.Errorf("the rest of the report's filter changed: %v", stored)
		}
		if got := c.WorkflowTemplate.GetX(ctx, workflow.ID).IncidentTypes; !slices.Equal(got, []string{"db", "data-loss"}) {
			t.Errorf("the workflow is suggested for %v, want [db data-loss]", got)
		}

		// Each incident's history has the change, by the admin.
		moves := history(t, e.API, strconv.Itoa(onlySource.ID))
		last := moves[len(moves)-1]
		if old, now, ok := last.change("tags"); !ok || str(old) != strconv.Itoa(database.ID) || str(now) != strconv.Itoa(db.ID) {
			t.Errorf("the retagging is not in the incident's history: %+v", last)
		}
		if last.Actor == nil || last.Actor.Name != e.User.Name {
			t.Errorf("the history's entry is not by the admin: %+v", last)
		}
	})
}

// A tag in use is not deleted: the refusal says how many incidents and
// reports use it and to merge instead. An unused one is deleted, by admins
// only.
func TestDeleteTag(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newFUFixture(e)
		c, ctx := e.Client, e.Ctx
		used := c.Tag.Create().SetName("database").SaveX(ctx)
		unused := c.Tag.Create().SetName("typo-databse").SaveX(ctx)
		for _, title := range []string{"Primary failover stuck", "Replica lag"} {
			c.Incident.UpdateOne(f.incident(title, false)).AddTags(used).ExecX(ctx)
		}
		c.Report.Create().SetAudience(enum.AudienceLeadership).SetTitle("Quarter in review").SetBody("…").
			SetPeriodStart(f.at(-90)).SetPeriodEnd(f.at(0)).
			SetAnalysisFilter(fmt.Sprintf(`{"TagIDs":[%d]}`, used.ID)).SaveX(ctx)
		vars := func(id int) map[string]any { return map[string]any{"id": strconv.Itoa(id)} }

		res := e.Do(tagDeleteQuery, vars(used.ID))
		fuCodes(t, res, "BAD_USER_INPUT")
		msg, ext := res.Errors[0].Message, res.Errors[0].Extensions
		if !strings.Contains(msg, "2 incidents and 1 report's filter") || !strings.Contains(msg, "merge") {
			t.Errorf("the refusal says %q; want how many use it and to merge instead", msg)
		}
		if ext["incidents"] != float64(2) || ext["reports"] != float64(1) {
			t.Errorf("the refusal's extensions are %v, want incidents 2 and reports 1", ext)
		}
		if !c.Tag.Query().Where(tag.ID(used.ID)).ExistX(ctx) {
			t.Errorf("the used tag was deleted")
		}

		for _, role := range []enum.Role{enum.RoleMember, enum.RoleAnalyst} {
			fuCodes(t, e.As(role).Do(tagDeleteQuery, vars(unused.ID)), "FORBIDDEN")
		}
		if !c.Tag.Query().Where(tag.ID(unused.ID)).ExistX(ctx) {
			t.Fatalf("a refused delete deleted the tag")
		}
		var out struct{ DeleteTag string }
		e.MustDo(tagDeleteQuery, vars(unused.ID), &out)
		if out.DeleteTag != strconv.Itoa(unused.ID) {
			t.Errorf("deleteTag returned %q, want %d", out.DeleteTag, unused.ID)
		}
		if c.Tag.Query().Where(tag.ID(unused.ID)).ExistX(ctx) {
			t.Errorf("the unused tag is still there")
		}
		fuCodes(t, e.Do(tagDeleteQuery, vars(unused.ID)), "NOT_FOUND")
	})
}

// A tag cannot take a name another tag has — in any case, since names are
// stored lower-case — and the error says so next to the name, with a code,
// rather than a bare unique-index failure.
func TestTagNamesAreDistinct(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		c, ctx := e.Client, e.Ctx
		c.Tag.Create().SetName("db").SaveX(ctx)
		database := c.Tag.Create().SetName("database").SaveX(ctx)
		analyst := e.As(enum.RoleAnalyst)

		for _, taken := range []string{"db", "DB", " Db "} {
			res := analyst.Do(tagRenameQuery, map[string]any{"id": strconv.Itoa(database.ID), "name": taken})
			fuCodes(t, res, "BAD_USER_INPUT")
			if got := res.Errors[0]; got.Extensions["field"] != "name" || !strings.Contains(got.Message, `a tag named "db" already exists`) {
				t.Errorf("renaming to %q: %q (field %v); want the name named as taken", taken, got.Message, got.Extensions["field"])
			}
			fuCodes(t, e.As(enum.RoleMember).Do(tagCreateQuery, map[string]any{"name": taken}), "BAD_USER_INPUT")
		}
		if got := c.Tag.GetX(ctx, database.ID).Name; got != "database" {
			t.Errorf("the refused renames left the name %q", got)
		}

		// Its own name, in another case, is no clash: it is the same name.
		var out struct{ UpdateTag struct{ Name string } }
		analyst.MustDo(tagRenameQuery, map[string]any{"id": strconv.Itoa(database.ID), "name": "Database"}, &out)
		analyst.MustDo(tagRenameQuery, map[string]any{"id": strconv.Itoa(database.ID), "name": "Databases"}, &out)
		if out.UpdateTag.Name != "databases" {
			t.Errorf("renamed to %q, want databases", out.UpdateTag.Name)
		}
	})
}

const tagListWithCounts = `query {
  tags(first: 100, orderBy: [{field: NAME, direction: ASC}]) {
    totalCount
    edges { node { id name incidents(first: 0) { totalCount } } }
  }
}`

// The tags admin page lists every tag with how many incidents use it; the
// counts come in one batch, not one query per tag.
func TestTagListCountsIncidentsInAFixedNumberOfStatements(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		statementsFor := func(n int) int64 {
			e := harness.New(t, b)
			f := newFUFixture(e)
			for i := range n {
				tg := e.Client.Tag.Create().SetName(fmt.Sprintf("tag-%03d", i)).SaveX(e.Ctx)
				e.Client.Incident.UpdateOne(f.incident(fmt.Sprintf("Incident %d", i), false)).AddTags(tg).ExecX(e.Ctx)
			}
			before := e.Statements()
			var out struct {
				Tags struct {
					Edges []struct {
						Node struct{ Incidents struct{ TotalCount int } }
					}
				}
			}
			e.MustDo(tagListWithCounts, nil, &out)
			if len(out.Tags.Edges) != n {
				t.Fatalf("listed %d tags, want %d", len(out.Tags.Edges), n)
			}
			for _, edge := range out.Tags.Edges {
				if edge.Node.Incidents.TotalCount != 1 {
					t.Fatalf("a tag counts %d incidents, want 1", edge.Node.Incidents.TotalCount)
				}
			}
			return e.Statements() - before
		}
		few, many := statementsFor(3), statementsFor(30)
		t.Logf("%s: %d statements for 3 tags, %d for 30", b, few, many)
		if few != many {
			t.Errorf("statements grow with rows: %d for 3 tags, %d for 30", few, many)
		}
	})
}
