package graph_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/searchdocument"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/search"
)

const searchQuery = `query($q: String!, $kinds: [SearchKind!], $first: Int, $after: Cursor) {
  search(query: $q, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      kind title snippet score
      incident { id title }
      record { __typename ... on Node { id } }
    } }
  }
}`

type searchHit struct {
	Kind     string
	Title    string
	Snippet  string
	Score    float64
	Incident *struct{ ID, Title string }
	Record   struct {
		Typename string `json:"__typename"`
		ID       string
	}
}

type searchResult struct {
	Search struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct {
			Cursor string
			Node   searchHit
		}
	}
}

func (r searchResult) hits() []searchHit {
	var out []searchHit
	for _, e := range r.Search.Edges {
		out = append(out, e.Node)
	}
	return out
}

func (r searchResult) titles() []string {
	var out []string
	for _, h := range r.hits() {
		out = append(out, h.Title)
	}
	return out
}

func doSearch(t *testing.T, api *harness.API, q string, vars map[string]any) searchResult {
	t.Helper()
	if vars == nil {
		vars = map[string]any{}
	}
	vars["q"] = q
	if _, ok := vars["first"]; !ok {
		vars["first"] = 20
	}
	var out searchResult
	api.MustDo(searchQuery, vars, &out)
	return out
}

// searchFixture writes records through the server's own client, so the
// search hook sees them as it sees the API's changes.
type searchFixture struct {
	e       *harness.Env
	c       *ent.Client
	started time.Time
}

func newSearchFixture(e *harness.Env) *searchFixture {
	return &searchFixture{e: e, c: e.DB.Client, started: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}
}

func (f *searchFixture) incident(title, summary string, restricted bool) *ent.Incident {
	return f.c.Incident.Create().SetTitle(title).SetSummary(summary).SetSeverity(enum.SeveritySev2).
		SetStartedAt(f.started).SetRestricted(restricted).SaveX(f.e.Ctx)
}

func (f *searchFixture) event(inc *ent.Incident, text string) *ent.TimelineEvent {
	return f.c.TimelineEvent.Create().SetIncidentID(inc.ID).SetOccurredAt(f.started.Add(time.Minute)).
		SetKind(enum.EventKindObservation).SetText(text).SaveX(f.e.Ctx)
}

func (f *searchFixture) documents() int {
	return f.e.Client.SearchDocument.Query().CountX(f.e.Ctx)
}

// The index follows every change to the records it covers, and a change
// that is rolled back leaves nothing behind.
func TestSearchIndexFollowsChanges(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newSearchFixture(e)
		ctx := e.Ctx
		someone := f.c.User.Create().SetName("Someone").SaveX(ctx)

		inc := f.incident("Checkout outage", "The connection pool was exhausted", false)
		ev := f.event(inc, "Pager fired for database latency")
		f.c.Perspective.Create().SetIncidentID(inc.ID).SetAuthor(someone).SetDepartment(enum.DepartmentSupport).
			SetWhatTheySaw("Customers reported spinning wheels").SetWhatHurt("no status page update").SaveX(ctx)
		f.c.Insight.Create().SetIncidentID(inc.ID).SetStatement("Pool sizing was guesswork").SetDetail("nobody owned capacity").SaveX(ctx)
		f.c.ActionItem.Create().SetTitle("Alert on pool saturation").SetRationale("we learned of it from customers").
			AddIncidentIDs(inc.ID).SaveX(ctx)
		// Six: the incident's start is mirrored on its timeline.
		if n := f.documents(); n != 6 {
			t.Fatalf("documents = %d, want 6", n)
		}

		kinds := func(r searchResult) []string {
			var out []string
			for _, h := range r.hits() {
				out = append(out, h.Kind)
			}
			slices.Sort(out)
			return out
		}
		got := doSearch(t, e.API, "pool", nil)
		if want := []string{"ACTION_ITEM", "INCIDENT", "INSIGHT"}; !slices.Equal(kinds(got), want) {
			t.Fatalf("pool: kinds = %v, want %v", kinds(got), want)
		}
		for q, kind := range map[string]string{"spinning": "PERSPECTIVE", "status page": "PERSPECTIVE", "latency": "TIMELINE_EVENT", "customers": "ACTION_ITEM"} {
			hits := doSearch(t, e.API, q, nil).hits()
			if !slices.ContainsFunc(hits, func(h searchHit) bool { return h.Kind == kind }) {
				t.Errorf("%q: no %s among %+v", q, kind, hits)
			}
			for _, h := range hits {
				if h.Incident == nil || h.Incident.ID != strconvItoa(inc.ID) {
					t.Errorf("%q: hit %s has incident %+v, want %d", q, h.Kind, h.Incident, inc.ID)
				}
			}
		}

		// Updates replace the text; deletes remove it.
		f.c.Incident.UpdateOne(inc).SetTitle("Checkout meltdown").SaveX(ctx)
		if n := doSearch(t, e.API, "outage", nil).Search.TotalCount; n != 0 {
			t.Errorf("outage after the rename: %d hits", n)
		}
		if n := doSearch(t, e.API, "meltdown", nil).Search.TotalCount; n != 1 {
			t.Errorf("meltdown after the rename: %d hits, want 1", n)
		}
		f.c.TimelineEvent.DeleteOne(ev).ExecX(ctx)
		if n := doSearch(t, e.API, "latency", nil).Search.TotalCount; n != 0 {
			t.Errorf("latency after the delete: %d hits", n)
		}

		// A rolled-back change leaves no document.
		before := f.documents()
		tx, err := f.c.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		tx.Incident.Create().SetTitle("Phantom zebra incident").SetSeverity(enum.SeveritySev3).SetStartedAt(f.started).SaveX(ctx)
		if n := tx.SearchDocument.Query().Where(searchdocument.EntityType("INCIDENT")).CountX(ctx); n != 2 {
			t.Errorf("documents inside the transaction = %d, want 2", n)
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
		if n := f.documents(); n != before {
			t.Errorf("documents after rollback = %d, want %d", n, before)
		}
		if n := doSearch(t, e.API, "zebra", nil).Search.TotalCount; n != 0 {
			t.Errorf("zebra after rollback: %d hits", n)
		}

		// Through the API, in its transaction, too.
		var created struct{ CreateIncident struct{ ID string } }
		e.API.MustDo(`mutation($in: CreateIncidentInput!) { createIncident(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"title": "Quokka cache stampede", "severity": "SEV3", "startedAt": "2026-03-03T10:00:00Z"}}, &created)
		hits := doSearch(t, e.API, "quokka", nil).hits()
		if len(hits) != 1 || hits[0].Record.ID != created.CreateIncident.ID || hits[0].Record.Typename != "Incident" {
			t.Errorf("quokka: %+v, want incident %s", hits, created.CreateIncident.ID)
		}
	})
}

// Better matches come first, kinds narrow the search, snippets mark the
// words found, and pages hold at most the server's page size.
func TestSearchRankingKindsSnippetsAndPages(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newSearchFixture(e)
		inTitle := f.incident("Timeout storm in payments", "Retries piled up on each other.", false)
		f.incident("Slow search page", "A long "+strings.Repeat("and dull ", 40)+"story; at last a timeout appeared, far down in the text "+strings.Repeat("and more ", 40), false)
		f.event(inTitle, "Gateway timeout rate rose to 30%")
		for i := range 4 {
			f.event(inTitle, "Another timeout alarm number "+strconvItoa(i))
		}

		got := doSearch(t, e.API, "timeout", nil)
		if got.Search.TotalCount != 7 || len(got.hits()) != 7 {
			t.Fatalf("timeout: total %d, hits %d, want 7", got.Search.TotalCount, len(got.hits()))
		}
		if first := got.hits()[0]; first.Title != "Timeout storm in payments" {
			t.Errorf("best hit = %q, want the incident with the word in its title (%v)", first.Title, got.titles())
		}
		for i, h := range got.hits() {
			if i > 0 && h.Score > got.hits()[i-1].Score {
				t.Errorf("hits not in score order: %v", got.hits())
			}
			if !strings.Contains(strings.ToLower(h.Snippet), search.MarkStart+"timeout"+search.MarkEnd) {
				t.Errorf("snippet %q does not mark timeout", h.Snippet)
			}
			if strings.Contains(h.Snippet, "<") {
				t.Errorf("snippet %q holds markup", h.Snippet)
			}
		}
		long := got.hits()[slices.IndexFunc(got.hits(), func(h searchHit) bool { return h.Title == "Slow search page" })]
		if !strings.Contains(long.Snippet, search.Ellipsis) || len(long.Snippet) > 600 {
			t.Errorf("snippet of a long text = %q, want an excerpt with %s", long.Snippet, search.Ellipsis)
		}

		// Kinds.
		events := doSearch(t, e.API, "timeout", map[string]any{"kinds": []string{"TIMELINE_EVENT"}})
		if events.Search.TotalCount != 5 || slices.ContainsFunc(events.hits(), func(h searchHit) bool { return h.Kind != "TIMELINE_EVENT" }) {
			t.Errorf("events only: %+v", events.hits())
		}
		if n := doSearch(t, e.API, "timeout", map[string]any{"kinds": []string{"INSIGHT", "ACTION_ITEM"}}).Search.TotalCount; n != 0 {
			t.Errorf("insights and actions: %d hits, want 0", n)
		}

		// Pages: three of seven, then the rest, nothing twice.
		seen := map[string]bool{}
		var after any
		for page := 0; ; page++ {
			r := doSearch(t, e.API, "timeout", map[string]any{"first": 3, "after": after})
			for _, h := range r.hits() {
				if seen[h.Record.ID] {
					t.Errorf("page %d repeats %s", page, h.Record.ID)
				}
				seen[h.Record.ID] = true
			}
			if !r.Search.PageInfo.HasNextPage {
				break
			}
			if page > 3 {
				t.Fatal("pages do not end")
			}
			after = *r.Search.PageInfo.EndCursor
		}
		if len(seen) != 7 {
			t.Errorf("pages held %d hits, want 7", len(seen))
		}
		fuCodes(t, e.API.Do(searchQuery, map[string]any{"q": "timeout", "first": e.Config.MaxPageSize + 1}), "LIMIT_EXCEEDED")
		fuCodes(t, e.API.Do(`{ search(query: "timeout") { totalCount } }`, nil), "BAD_USER_INPUT")
	})
}

// Whatever people type, search answers: operators, quotes, unbalanced
// punctuation and any script are words or nothing, never an error.
func TestSearchHostileQueries(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newSearchFixture(e)
		f.incident("Überlastung im Rechenzentrum", "The DNS resolver's cache (TTL=0) failed; \"quoted\" text & more", false)

		for _, q := range []string{
			``, ` `, `"`, `""`, `"unbalanced`, `'`, `''`, `\`, `*`, `a*`, `^`, `:`, `title:dns`, `-`, `--`, `-dns`,
			`NOT`, `AND`, `OR`, `or or`, `dns OR`, `OR dns`, `NEAR(dns cache)`, `dns NOT cache`, `(dns`, `dns)`, `!dns`,
			`&`, `|`, `<->`, `dns <-> cache`, `dns:*`, `'dns' & 'cache'`, `%`, `_`, `;DROP TABLE incidents;--`,
			"\x00dns", "dns\x00cache", "\xff\xfe", `😀`, `Überlastung`, `überlastung`, `ЮНИКОД`, `日本語`, `ب`,
			strings.Repeat("dns ", 1000), strings.Repeat(`"`, 99), `{"a":1}`, `$1`, `?`, `@`, `#`,
		} {
			res := e.API.Do(searchQuery, map[string]any{"q": q, "first": 5})
			if len(res.Errors) > 0 {
				t.Errorf("search(%q): %+v", q, res.Errors)
			}
		}
		for q, want := range map[string]int{`"dns resolver"`: 1, `dns -cache`: 0, `dns or nothingmatches`: 1, `überlastung`: 1, `TTL=0`: 1, `-dns`: 0} {
			if n := doSearch(t, e.API, q, nil).Search.TotalCount; n != want {
				t.Errorf("search(%q) = %d hits, want %d", q, n, want)
			}
		}
	})
}

// Records of a restricted incident are found only by those who may see
// it; an action item that also serves a visible incident stays visible.
func TestSearchHidesRestrictedIncidents(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newSearchFixture(e)
		ctx := e.Ctx
		public := f.incident("Walrus checkout slowdown", "walrus", false)
		secret := f.incident("Walrus credential leak", "walrus keys", true)
		f.event(secret, "walrus keys rotated")
		f.c.Insight.Create().SetIncidentID(secret.ID).SetStatement("walrus secrets need scanning").SaveX(ctx)
		f.c.ActionItem.Create().SetTitle("walrus scanning").AddIncidentIDs(secret.ID).SaveX(ctx)
		f.c.ActionItem.Create().SetTitle("walrus review").AddIncidentIDs(secret.ID, public.ID).SaveX(ctx)

		insider, outsider := e.As(enum.RoleMember), e.As(enum.RoleMember)
		f.c.Participant.Create().SetIncident(secret).SetUser(insider.User).SetRole(enum.ParticipantRoleResponder).SaveX(ctx)

		for name, c := range map[string]struct {
			api  *harness.API
			want int
		}{
			"admin":    {e.API, 6},
			"analyst":  {e.As(enum.RoleAnalyst), 6},
			"insider":  {insider, 6},
			"outsider": {outsider, 2},
			"viewer":   {e.As(enum.RoleViewer), 2},
		} {
			r := doSearch(t, c.api, "walrus", nil)
			if r.Search.TotalCount != c.want || len(r.hits()) != c.want {
				t.Errorf("%s: total %d, hits %v, want %d", name, r.Search.TotalCount, r.titles(), c.want)
			}
			for _, h := range r.hits() {
				if c.want == 2 && (h.Incident == nil || h.Incident.ID != strconvItoa(public.ID)) {
					t.Errorf("%s sees %+v", name, h)
				}
			}
		}
	})
}

// Records written without the hook (the demo loader, imports) are found
// once Reindex has run, and documents of records gone are dropped.
func TestSearchReindex(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		c, ctx := e.Client, e.Ctx // e.Client runs no hooks
		someone := c.User.Create().SetName("Someone").SaveX(ctx)
		var incidents []*ent.Incident
		for i := range 3 {
			inc := c.Incident.Create().SetTitle("Narwhal outage " + strconvItoa(i)).SetSeverity(enum.SeveritySev3).
				SetStartedAt(time.Now()).SaveX(ctx)
			incidents = append(incidents, inc)
			c.TimelineEvent.Create().SetIncidentID(inc.ID).SetOccurredAt(time.Now()).SetKind(enum.EventKindObservation).SetText("narwhal spotted").SaveX(ctx)
			c.Perspective.Create().SetIncidentID(inc.ID).SetAuthor(someone).SetDepartment(enum.DepartmentEngineering).SetWhatTheySaw("a narwhal").SaveX(ctx)
			c.Insight.Create().SetIncidentID(inc.ID).SetStatement("narwhals happen").SaveX(ctx)
		}
		c.ActionItem.Create().SetTitle("narwhal fence").AddIncidents(incidents...).SaveX(ctx)
		if n := doSearch(t, e.API, "narwhal", nil).Search.TotalCount; n != 0 {
			t.Fatalf("found %d before reindexing: the fixture's client ran the hook?", n)
		}
		n, err := search.Reindex(ctx, c)
		// Sixteen: each incident's start is on its timeline too.
		if err != nil || n != 16 {
			t.Fatalf("Reindex = %d, %v; want 16 documents", n, err)
		}
		if n := doSearch(t, e.API, "narwhal", nil).Search.TotalCount; n != 13 {
			t.Errorf("after reindexing: %d hits, want 13", n)
		}
		// Again, after records went behind its back: the same documents, not
		// copies, and none for what is gone.
		c.Insight.Delete().ExecX(ctx)
		if _, err := search.Reindex(ctx, c); err != nil {
			t.Fatal(err)
		}
		if n := c.SearchDocument.Query().CountX(ctx); n != 13 {
			t.Errorf("documents after deleting the insights and reindexing = %d, want 13", n)
		}
		if n := doSearch(t, e.API, "narwhal", nil).Search.TotalCount; n != 10 {
			t.Errorf("after the second reindex: %d hits, want 10", n)
		}
	})
}

const relatedQuery = `query($id: ID!, $svc: ID!) {
  incident: node(id: $id) { ... on Incident { related(first: 10) { score incident { id title } reasons { kind names text } } } }
  service: node(id: $svc) { ... on Service { relatedIncidents(first: 10) { score incident { title } reasons { kind text } } } }
}`

type relatedEntry struct {
	Score    float64
	Incident struct{ ID, Title string }
	Reasons  []struct {
		Kind  string
		Names []string
		Text  string
	}
}

// Related incidents share services, factor categories, vendors and unusual
// words, the most related first, each with its reasons; incidents the
// viewer may not see are not among them.
func TestSearchRelatedIncidents(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newSearchFixture(e)
		c, ctx := f.c, e.Ctx
		checkout := c.Service.Create().SetName("Checkout API").SaveX(ctx)
		search := c.Service.Create().SetName("Search").SaveX(ctx)
		capacity := c.FactorCategory.Create().SetName("Capacity").SaveX(ctx)
		aws := c.Vendor.Create().SetName("AWS").SaveX(ctx)
		factor := func(inc *ent.Incident) {
			c.ContributingFactor.Create().SetIncidentID(inc.ID).SetCategory(capacity).SetDescription("too small").SaveX(ctx)
		}

		me := f.incident("Checkout timeouts", "The connection pool ran dry and requests hit the timeout", false)
		c.Incident.UpdateOne(me).AddServices(checkout).AddVendors(aws).ExecX(ctx)
		factor(me)
		twin := f.incident("Checkout errors at peak", "Load doubled", false)
		c.Incident.UpdateOne(twin).AddServices(checkout).ExecX(ctx)
		factor(twin)
		words := f.incident("Search latency", "Database connection pool exhausted; every query waited for a timeout", false)
		c.Incident.UpdateOne(words).AddServices(search).ExecX(ctx)
		vendor := f.incident("Login broken", "An identity provider outage", false)
		c.Incident.UpdateOne(vendor).AddVendors(aws).ExecX(ctx)
		f.incident("Office coffee machine", "Nothing to do with anything", false)
		secret := f.incident("Secret checkout pool timeout", "connection pool timeout", true)
		c.Incident.UpdateOne(secret).AddServices(checkout).ExecX(ctx)

		var out struct {
			Incident struct{ Related []relatedEntry }
			Service  struct{ RelatedIncidents []relatedEntry }
		}
		e.As(enum.RoleMember).MustDo(relatedQuery, map[string]any{"id": strconvItoa(me.ID), "svc": strconvItoa(search.ID)}, &out)
		var titles []string
		reasons := map[string][]string{}
		for _, r := range out.Incident.Related {
			titles = append(titles, r.Incident.Title)
			for _, why := range r.Reasons {
				reasons[r.Incident.Title] = append(reasons[r.Incident.Title], why.Text)
			}
		}
		if want := []string{"Checkout errors at peak", "Search latency", "Login broken"}; !slices.Equal(titles, want) {
			t.Fatalf("related = %v, want %v (%v)", titles, want, reasons)
		}
		if want := []string{"shares service Checkout API", "same factor category Capacity"}; !slices.Equal(reasons["Checkout errors at peak"], want) {
			t.Errorf("twin's reasons = %v, want %v", reasons["Checkout errors at peak"], want)
		}
		if got := reasons["Search latency"]; len(got) != 1 || !strings.HasPrefix(got[0], "similar words: ") ||
			!strings.Contains(got[0], "pool") || !strings.Contains(got[0], "timeout") || !strings.Contains(got[0], "connect") {
			t.Errorf("words' reasons = %v, want similar words incl. connection, pool, timeout", got)
		}
		if want := []string{"shares vendor AWS"}; !slices.Equal(reasons["Login broken"], want) {
			t.Errorf("vendor's reasons = %v, want %v", reasons["Login broken"], want)
		}

		// The Search service's one incident is like "Checkout timeouts" in
		// words; the service's own incident is not listed.
		var svcTitles []string
		for _, r := range out.Service.RelatedIncidents {
			svcTitles = append(svcTitles, r.Incident.Title)
		}
		if len(svcTitles) == 0 || svcTitles[0] != "Checkout timeouts" || slices.Contains(svcTitles, "Search latency") || slices.Contains(svcTitles, "Secret checkout pool timeout") {
			t.Errorf("service's related = %v, want Checkout timeouts first, not its own nor the secret one", svcTitles)
		}

		// An admin sees the restricted one too.
		e.API.MustDo(relatedQuery, map[string]any{"id": strconvItoa(me.ID), "svc": strconvItoa(search.ID)}, &out)
		if !slices.ContainsFunc(out.Incident.Related, func(r relatedEntry) bool { return r.Incident.Title == "Secret checkout pool timeout" }) {
			t.Errorf("admin's related lacks the restricted incident: %+v", out.Incident.Related)
		}
		fuCodes(t, e.API.Do(`query($id: ID!) { node(id: $id) { ... on Incident { related(first: 500) { score } } } }`,
			map[string]any{"id": strconvItoa(me.ID)}), "BAD_USER_INPUT")
	})
}

// At start-up, search builds what the index lacks: documents for records
// written without the hook, and on SQLite the FTS5 index itself.
func TestSearchStartUpIndexesWhatIsMissing(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		c, ctx := e.Client, e.Ctx // e.Client runs no hooks
		c.Incident.Create().SetTitle("Okapi outage").SetSeverity(enum.SeveritySev3).SetStartedAt(time.Now()).SaveX(ctx)
		if n := doSearch(t, e.API, "okapi", nil).Search.TotalCount; n != 0 {
			t.Fatalf("found %d before start-up", n)
		}
		if err := search.Setup(ctx, c, e.DB.Dialect); err != nil {
			t.Fatal(err)
		}
		if n := doSearch(t, e.API, "okapi", nil).Search.TotalCount; n != 1 {
			t.Errorf("after start-up: %d hits, want 1", n)
		}
		if b != harness.SQLite {
			return
		}
		for _, q := range []string{`DROP TABLE search_fts_vocab`, `DROP TABLE search_fts`} {
			if _, err := e.DB.SQL.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		if err := search.Setup(ctx, c, e.DB.Dialect); err != nil {
			t.Fatal(err)
		}
		if n := doSearch(t, e.API, "okapi", nil).Search.TotalCount; n != 1 {
			t.Errorf("after rebuilding the FTS5 index: %d hits, want 1", n)
		}
	})
}

// A search page costs the same number of statements however many hits it
// holds and of whatever kinds: records are read in batches.
func TestSearchRunsAFixedNumberOfStatements(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newSearchFixture(e)
		someone := f.c.User.Create().SetName("Someone").SaveX(e.Ctx)
		member := e.As(enum.RoleMember)
		f.incident("Hidden ibex", "ibex", true)
		add := func(n int) {
			for range n {
				inc := f.incident("Ibex incident", "ibex", false)
				f.event(inc, "ibex seen")
				f.c.Perspective.Create().SetIncidentID(inc.ID).SetAuthor(someone).SetDepartment(enum.DepartmentSupport).SetWhatTheySaw("ibex").SaveX(e.Ctx)
				f.c.Insight.Create().SetIncidentID(inc.ID).SetStatement("ibex insight").SaveX(e.Ctx)
				f.c.ActionItem.Create().SetTitle("ibex action").AddIncidentIDs(inc.ID).SaveX(e.Ctx)
			}
		}
		count := func() int64 {
			before := e.Statements()
			if n := len(doSearch(t, member, "ibex", map[string]any{"first": 100}).hits()); n == 0 {
				t.Fatal("no hits")
			}
			return e.Statements() - before
		}
		add(1)
		count() // the token's first use costs statements of its own
		few := count()
		add(8)
		if many := count(); many != few {
			t.Errorf("statements: %d for 5 hits, %d for 45", few, many)
		}
	})
}
