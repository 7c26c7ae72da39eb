package graph_test

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/contributingfactor"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/config"
	"github.com/debrief/debrief/internal/harness"
)

const fuDay = 24 * time.Hour

// fuFixture arranges follow-up records as the system, behind the API.
type fuFixture struct {
	e   *harness.Env
	now time.Time
}

func newFUFixture(e *harness.Env) *fuFixture {
	// Whole seconds in UTC: stored and compared the same on both databases.
	return &fuFixture{e: e, now: time.Now().UTC().Truncate(time.Second)}
}

// at is now moved by the given number of days.
func (f *fuFixture) at(days float64) time.Time {
	return f.now.Add(time.Duration(days * float64(fuDay)))
}

func (f *fuFixture) incident(title string, restricted bool) *ent.Incident {
	return f.e.Client.Incident.Create().SetTitle(title).SetSeverity(enum.SeveritySev2).
		SetStartedAt(f.at(-90)).SetRestricted(restricted).SetStatus(enum.IncidentStatusFollowingUp).SaveX(f.e.Ctx)
}

// action creates an action; set arranges the rest. A closed status gets a
// completion time from the data layer, which completed (when given)
// replaces afterwards.
func (f *fuFixture) action(title string, set func(*ent.ActionItemCreate), completed ...time.Time) *ent.ActionItem {
	c := f.e.Client.ActionItem.Create().SetTitle(title)
	if set != nil {
		set(c)
	}
	a := c.SaveX(f.e.Ctx)
	if len(completed) > 0 {
		a = f.e.Client.ActionItem.UpdateOneID(a.ID).SetCompletedAt(completed[0]).SaveX(f.e.Ctx)
	}
	return a
}

func fuTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func fuCodes(t *testing.T, res *harness.Response, want string) {
	t.Helper()
	if codes := res.Codes(); len(codes) != 1 || codes[0] != want {
		t.Fatalf("codes = %v, want [%s]: %+v", codes, want, res.Errors)
	}
}

type fuWarning struct {
	Kind     string
	Message  string
	Accepted bool
}

func fuKinds(ws []fuWarning) []string {
	out := []string{}
	for _, w := range ws {
		k := w.Kind
		if w.Accepted {
			k += "(accepted)"
		}
		out = append(out, k)
	}
	return out
}

const fuActionQuery = `query($id: ID!) { node(id: $id) { ... on ActionItem { version overdue warnings { kind message accepted } } } }`

type fuActionState struct {
	Version  int
	Overdue  bool
	Warnings []fuWarning
}

func fuLoadAction(t *testing.T, api *harness.API, id int) fuActionState {
	t.Helper()
	var out struct{ Node fuActionState }
	api.MustDo(fuActionQuery, map[string]any{"id": strconv.Itoa(id)}, &out)
	return out.Node
}

// Goldilocks warnings on saved actions and drafts: each kind fires exactly
// when its rule says (60 days after creation is fine, 61 too far), closed
// actions get none, accepted ones are marked, accepting needs a reason,
// and the thresholds are configuration.
func TestFollowUpWarnings(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newFUFixture(e)
		owner := e.As(enum.RoleMember)
		created := f.at(-10)
		owned := func(due time.Time, size enum.ActionSize, priority enum.ActionPriority) func(*ent.ActionItemCreate) {
			return func(c *ent.ActionItemCreate) {
				c.SetCreatedAt(created).SetOwnerID(owner.User.ID).SetDueAt(due).SetSize(size).SetPriority(priority)
			}
		}
		cases := []struct {
			name    string
			action  *ent.ActionItem
			want    []string
			overdue bool
		}{
			{"owned, due within the limit", f.action("Fine", owned(created.Add(30*fuDay), enum.ActionSizeM, enum.ActionPriorityHigh)), []string{}, false},
			{"due exactly 60 days after creation", f.action("Boundary", owned(created.Add(60*fuDay), enum.ActionSizeM, enum.ActionPriorityHigh)), []string{}, false},
			{"due 61 days after creation", f.action("One day more", owned(created.Add(61*fuDay), enum.ActionSizeM, enum.ActionPriorityHigh)), []string{"DUE_TOO_FAR"}, false},
			{"XL", f.action("Rewrite", owned(created.Add(30*fuDay), enum.ActionSizeXL, enum.ActionPriorityCritical)), []string{"TOO_BIG"}, false},
			{"XS at low priority, overdue", f.action("Typo", owned(f.at(-1), enum.ActionSizeXS, enum.ActionPriorityLow)), []string{"TOO_SMALL"}, true},
			{"nobody, no date", f.action("Orphan", nil), []string{"NO_OWNER", "NO_DUE_DATE"}, false},
			{"accepted on purpose", f.action("Someday", func(c *ent.ActionItemCreate) {
				c.SetAcceptedWarnings([]enum.ActionWarningKind{enum.ActionWarningNoDueDate}).SetWarningsAcceptedReason("continuous work, reviewed monthly")
			}), []string{"NO_OWNER", "NO_DUE_DATE(accepted)"}, false},
			{"done: nothing to warn about", f.action("Done XL", func(c *ent.ActionItemCreate) {
				c.SetSize(enum.ActionSizeXL).SetDueAt(f.at(-3)).SetStatus(enum.ActionStatusDone)
			}), []string{}, false},
			{"dropped: nothing to warn about", f.action("Dropped", func(c *ent.ActionItemCreate) {
				c.SetDueAt(f.at(-3)).SetStatus(enum.ActionStatusWontDo).SetStatusReason("superseded")
			}), []string{}, false},
		}
		for _, c := range cases {
			got := fuLoadAction(t, owner, c.action.ID)
			if !slices.Equal(fuKinds(got.Warnings), c.want) || got.Overdue != c.overdue {
				t.Errorf("%s: warnings %v overdue %v, want %v overdue %v", c.name, fuKinds(got.Warnings), got.Overdue, c.want, c.overdue)
			}
		}
		far := fuLoadAction(t, owner, cases[2].action.ID).Warnings[0].Message
		if !strings.Contains(far, "Due 61 days after it was created: split it into steps that fit in 60 days") {
			t.Errorf("DUE_TOO_FAR message = %q", far)
		}

		// Drafts count from now.
		const draftQuery = `query($d: ActionDraft!) { actionWarnings(draft: $d) { kind message accepted } }`
		draft := func(d map[string]any) []string {
			var out struct{ ActionWarnings []fuWarning }
			owner.MustDo(draftQuery, map[string]any{"d": d}, &out)
			return fuKinds(out.ActionWarnings)
		}
		me := strconv.Itoa(owner.User.ID)
		if got := draft(map[string]any{"ownerID": me, "dueAt": fuTime(f.now.Add(60 * fuDay))}); len(got) != 0 {
			t.Errorf("draft due in 60 days: %v, want none", got)
		}
		if got := draft(map[string]any{"ownerID": me, "dueAt": fuTime(f.now.Add(61 * fuDay)), "size": "L", "priority": "LOW"}); !slices.Equal(got, []string{"DUE_TOO_FAR", "TOO_BIG"}) {
			t.Errorf("draft due in 61 days, L at LOW: %v, want DUE_TOO_FAR, TOO_BIG", got)
		}
		if got := draft(map[string]any{}); !slices.Equal(got, []string{"NO_OWNER", "NO_DUE_DATE"}) {
			t.Errorf("empty draft: %v, want NO_OWNER, NO_DUE_DATE", got)
		}

		// Accepting a warning needs a reason; with one, it is marked accepted.
		orphan := cases[5].action
		const accept = `mutation($id: ID!, $v: Int!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, version: $v, input: $input) { version } }`
		res := e.Do(accept, map[string]any{"id": strconv.Itoa(orphan.ID), "v": orphan.Version, "input": map[string]any{"acceptedWarnings": []string{"NO_OWNER"}}})
		fuCodes(t, res, "BAD_USER_INPUT")
		e.MustDo(accept, map[string]any{"id": strconv.Itoa(orphan.ID), "v": orphan.Version,
			"input": map[string]any{"acceptedWarnings": []string{"NO_OWNER"}, "warningsAcceptedReason": "the platform team picks it up in planning"}}, nil)
		if got := fuKinds(fuLoadAction(t, owner, orphan.ID).Warnings); !slices.Equal(got, []string{"NO_OWNER(accepted)", "NO_DUE_DATE"}) {
			t.Errorf("after accepting NO_OWNER: %v", got)
		}

		// The thresholds are configuration: another server, other rules.
		relaxed := harness.New(t, b, func(c *config.Config) {
			c.FollowUp.MaxDueDays = 90
			c.FollowUp.TooBig = nil
		})
		g := newFUFixture(relaxed)
		reader := relaxed.As(enum.RoleMember)
		a := g.action("Rewrite", func(c *ent.ActionItemCreate) {
			c.SetCreatedAt(g.now).SetOwnerID(reader.User.ID).SetDueAt(g.now.Add(61 * fuDay)).SetSize(enum.ActionSizeXL)
		})
		if got := fuKinds(fuLoadAction(t, reader, a.ID).Warnings); len(got) != 0 {
			t.Errorf("with 90 days and nothing too big: %v, want none", got)
		}
		var rules struct {
			FollowUpRules struct {
				MaxDueDays int
				TooBig     []struct{ Size string }
				TooSmall   []struct {
					Size     string
					Priority *string
				}
			}
		}
		reader.MustDo(`{ followUpRules { maxDueDays tooBig { size } tooSmall { size priority } } }`, nil, &rules)
		if r := rules.FollowUpRules; r.MaxDueDays != 90 || len(r.TooBig) != 0 || len(r.TooSmall) != 3 {
			t.Errorf("followUpRules = %+v, want 90 days, nothing too big, the 3 default too-small combinations", r)
		}
	})
}

const fuQueueQuery = `query($view: ActionView!, $team: ID, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  actionQueue(view: $view, teamID: $team, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { title } }
  }
}`

type fuQueue struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Titles []string
}

func fuLoadQueue(t *testing.T, api *harness.API, vars map[string]any) fuQueue {
	t.Helper()
	var out struct {
		ActionQueue struct {
			fuQueue
			Edges []struct{ Node struct{ Title string } }
		}
	}
	api.MustDo(fuQueueQuery, vars, &out)
	q := out.ActionQueue.fuQueue
	q.Titles = []string{}
	for _, e := range out.ActionQueue.Edges {
		q.Titles = append(q.Titles, e.Node.Title)
	}
	return q
}

// Each follow-through view lists exactly its actions, soonest due first and
// undated ones last, on both databases; a team narrows it; a member does
// not see an action of a restricted incident; pages cross from dated to
// undated actions both ways, and through actions due at the same moment,
// without losing or repeating one.
func TestActionQueueViews(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newFUFixture(e)
		me := e.As(enum.RoleMember)
		other := e.Client.User.Create().SetName("Someone Else").SaveX(e.Ctx)
		payments := e.Client.Team.Create().SetName("Payments").SaveX(e.Ctx)
		search := e.Client.Team.Create().SetName("Search").SaveX(e.Ctx)
		secret := f.incident("Card data exposure", true)

		// Created in ID order; titles say what each is.
		f.action("mine overdue", func(c *ent.ActionItemCreate) {
			c.SetOwnerID(me.User.ID).SetTeam(payments).SetDueAt(f.at(-2)).SetStatus(enum.ActionStatusInProgress)
		})
		f.action("mine due soon", func(c *ent.ActionItemCreate) {
			c.SetOwnerID(me.User.ID).SetTeam(search).SetDueAt(f.at(3)).SetStatus(enum.ActionStatusAccepted)
		})
		f.action("unowned later", func(c *ent.ActionItemCreate) { c.SetTeam(payments).SetDueAt(f.at(20)) })
		stale := f.action("other stale undated", func(c *ent.ActionItemCreate) {
			c.SetOwner(other).SetTeam(payments).SetStatus(enum.ActionStatusAccepted)
		})
		e.Client.ActionItem.UpdateOneID(stale.ID).SetUpdatedAt(f.at(-40)).ExecX(e.Ctx)
		f.action("mine done", func(c *ent.ActionItemCreate) {
			c.SetOwnerID(me.User.ID).SetTeam(payments).SetDueAt(f.at(-5)).SetStatus(enum.ActionStatusDone)
		})
		f.action("other done same day", func(c *ent.ActionItemCreate) {
			c.SetOwner(other).SetDueAt(f.at(-5)).SetStatus(enum.ActionStatusDone)
		})
		f.action("other dropped undated", func(c *ent.ActionItemCreate) {
			c.SetOwner(other).SetStatus(enum.ActionStatusWontDo).SetStatusReason("duplicate")
		})
		f.action("restricted unowned due soon", func(c *ent.ActionItemCreate) { c.AddIncidents(secret).SetDueAt(f.at(1)) })
		f.action("unowned undated", func(c *ent.ActionItemCreate) { c.SetTeam(search) })

		views := []struct {
			api  *harness.API
			view string
			team *ent.Team
			want []string
		}{
			{me, "MINE", nil, []string{"mine overdue", "mine due soon"}},
			{me, "OPEN", nil, []string{"mine overdue", "mine due soon", "unowned later", "other stale undated", "unowned undated"}},
			{me, "OVERDUE", nil, []string{"mine overdue"}},
			{me, "DUE_SOON", nil, []string{"mine due soon"}},
			{me, "STALE", nil, []string{"other stale undated"}},
			{me, "UNOWNED", nil, []string{"unowned later", "unowned undated"}},
			{me, "CLOSED", nil, []string{"mine done", "other done same day", "other dropped undated"}},
			{me, "ALL", nil, []string{"mine done", "other done same day", "mine overdue", "mine due soon", "unowned later", "other stale undated", "other dropped undated", "unowned undated"}},
			{me, "OPEN", payments, []string{"mine overdue", "unowned later", "other stale undated"}},
			{me, "UNOWNED", search, []string{"unowned undated"}},
			{e.API, "DUE_SOON", nil, []string{"restricted unowned due soon", "mine due soon"}},
			{e.API, "UNOWNED", nil, []string{"restricted unowned due soon", "unowned later", "unowned undated"}},
			{e.API, "MINE", nil, []string{}},
		}
		for _, v := range views {
			vars := map[string]any{"view": v.view, "first": 20}
			if v.team != nil {
				vars["team"] = strconv.Itoa(v.team.ID)
			}
			q := fuLoadQueue(t, v.api, vars)
			if !slices.Equal(q.Titles, v.want) || q.TotalCount != len(v.want) {
				t.Errorf("%s as %s (team %v): %v (total %d), want %v", v.view, v.api.User.Role, v.team != nil, q.Titles, q.TotalCount, v.want)
			}
		}

		// Forward in pages of two: dated, then the page that crosses into
		// the undated tail, then the rest.
		open := []string{"mine overdue", "mine due soon", "unowned later", "other stale undated", "unowned undated"}
		var seen []string
		vars := map[string]any{"view": "OPEN", "first": 2}
		for page := 0; ; page++ {
			q := fuLoadQueue(t, me, vars)
			seen = append(seen, q.Titles...)
			if q.TotalCount != 5 || q.PageInfo.HasPreviousPage != (page > 0) {
				t.Errorf("forward page %d: total %d, hasPreviousPage %v", page, q.TotalCount, q.PageInfo.HasPreviousPage)
			}
			if !q.PageInfo.HasNextPage || page == 5 {
				break
			}
			vars["after"] = *q.PageInfo.EndCursor
		}
		if !slices.Equal(seen, open) {
			t.Errorf("paging forward: %v, want %v", seen, open)
		}
		// And backward from the end.
		seen = nil
		vars = map[string]any{"view": "OPEN", "last": 2}
		for page := 0; ; page++ {
			q := fuLoadQueue(t, me, vars)
			seen = append(q.Titles, seen...)
			if q.PageInfo.HasNextPage != (page > 0) {
				t.Errorf("backward page %d: hasNextPage %v", page, q.PageInfo.HasNextPage)
			}
			if !q.PageInfo.HasPreviousPage || page == 5 {
				break
			}
			vars["before"] = *q.PageInfo.StartCursor
		}
		if !slices.Equal(seen, open) {
			t.Errorf("paging backward: %v, want %v", seen, open)
		}

		// One at a time through two actions due at the same moment.
		seen = nil
		vars = map[string]any{"view": "CLOSED", "first": 1}
		for page := 0; page < 5; page++ {
			q := fuLoadQueue(t, me, vars)
			seen = append(seen, q.Titles...)
			if !q.PageInfo.HasNextPage {
				break
			}
			vars["after"] = *q.PageInfo.EndCursor
		}
		if want := []string{"mine done", "other done same day", "other dropped undated"}; !slices.Equal(seen, want) {
			t.Errorf("paging through a tie: %v, want %v", seen, want)
		}

		// A page size is required, as on every connection.
		fuCodes(t, me.Do(fuQueueQuery, map[string]any{"view": "OPEN"}), "BAD_USER_INPUT")
		fuCodes(t, me.Do(fuQueueQuery, map[string]any{"view": "OPEN", "first": 101}), "LIMIT_EXCEEDED")
	})
}

const fuFiguresFields = `total doneOnTime doneLate open overdue dropped onTimeShare`

type fuFigures struct {
	Total, DoneOnTime, DoneLate, Open, Overdue, Dropped int
	OnTimeShare                                         *float64
}

func (f fuFigures) String() string {
	share := "null"
	if f.OnTimeShare != nil {
		share = strconv.FormatFloat(*f.OnTimeShare, 'f', 3, 64)
	}
	return fmt.Sprintf("{total %d, on time %d, late %d, open %d, overdue %d, dropped %d, share %s}",
		f.Total, f.DoneOnTime, f.DoneLate, f.Open, f.Overdue, f.Dropped, share)
}

// fig builds expected figures; the share is computed from them.
func fig(total, onTime, late, open, overdue, dropped int) fuFigures {
	f := fuFigures{Total: total, DoneOnTime: onTime, DoneLate: late, Open: open, Overdue: overdue, Dropped: dropped}
	if total > 0 {
		s := float64(onTime) / float64(total)
		f.OnTimeShare = &s
	}
	return f
}

func (f fuFigures) equal(g fuFigures) bool {
	same := (f.OnTimeShare == nil) == (g.OnTimeShare == nil)
	if same && f.OnTimeShare != nil {
		same = math.Abs(*f.OnTimeShare-*g.OnTimeShare) < 1e-9
	}
	f.OnTimeShare, g.OnTimeShare = nil, nil
	return same && f == g
}

const fuReportQuery = `query($from: Time!, $to: Time!, $teams: [ID!]) {
  followThrough(from: $from, to: $to, teamIDs: $teams) {
    definition withoutDueDate
    overall { ` + fuFiguresFields + ` }
    teams { team { name } figures { ` + fuFiguresFields + ` } }
  }
}`

type fuReport struct {
	Definition     string
	WithoutDueDate int
	Overall        fuFigures
	Teams          []struct {
		Team    *struct{ Name string }
		Figures fuFigures
	}
}

func (r fuReport) teamNames() []string {
	var out []string
	for _, t := range r.Teams {
		if t.Team == nil {
			out = append(out, "(no team)")
			continue
		}
		out = append(out, t.Team.Name)
	}
	return out
}

// The follow-through report counts, per team, the actions due in the
// period by outcome, as the database computes them for the viewer.
//
// The period is [now-20d, now+10d). A member sees:
//
//	Payments, 5 actions due in the period: done 16d before its due date and
//	done exactly on it (2 on time), done 7 days late (1 late), dropped (1),
//	open and due 3 days ago (1 open, 1 overdue) → on-time share 2/5 = 0.4.
//	Search, 2 visible: open and due in 5 days (open, not overdue), done a day
//	early (on time) → 1/2. Its third action, on a restricted incident, is
//	invisible to the member; an admin sees it (open, overdue) → 1/3.
//	No team: 1 open, overdue action → 0/1.
//	Overall (member): 8 = 3 on time + 1 late + 3 open (2 overdue) + 1 dropped
//	→ 3/8 = 0.375.
//	Outside the period: due in 40 days (done), due 25 days ago (open).
//	Without a due date: Payments 1 open (counted), 1 done (not: closed);
//	Search 1 open → withoutDueDate 2, or 1 for Search alone.
//
// Teams come most actions first. Incident.followThrough counts one
// incident's actions whatever their due date: on time (done, due date),
// late, open overdue, DONE with no due date (on time), open with no due
// date → 5 = 2 on time + 1 late + 2 open (1 overdue).
func TestFollowThroughReport(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newFUFixture(e)
		member := e.As(enum.RoleMember)
		payments := e.Client.Team.Create().SetName("Payments").SaveX(e.Ctx)
		search := e.Client.Team.Create().SetName("Search").SaveX(e.Ctx)
		outage := f.incident("Checkout outage", false)
		secret := f.incident("Card data exposure", true)
		team := func(owner *ent.Team, due *time.Time, status enum.ActionStatus, more ...func(*ent.ActionItemCreate)) func(*ent.ActionItemCreate) {
			return func(c *ent.ActionItemCreate) {
				c.SetNillableDueAt(due).SetStatus(status)
				if owner != nil {
					c.SetTeam(owner)
				}
				if status == enum.ActionStatusWontDo {
					c.SetStatusReason("superseded by the new checkout")
				}
				for _, m := range more {
					m(c)
				}
			}
		}
		due := func(days float64) *time.Time { d := f.at(days); return &d }
		onOutage := func(c *ent.ActionItemCreate) { c.AddIncidents(outage) }

		f.action("p on time", team(payments, due(-15), enum.ActionStatusDone, onOutage), f.at(-31))
		f.action("p on the day", team(payments, due(-10), enum.ActionStatusDone), f.at(-10))
		f.action("p late", team(payments, due(-12), enum.ActionStatusDone, onOutage), f.at(-5))
		f.action("p dropped", team(payments, due(-8), enum.ActionStatusWontDo))
		f.action("p overdue", team(payments, due(-3), enum.ActionStatusInProgress, onOutage))
		f.action("s open", team(search, due(5), enum.ActionStatusAccepted))
		f.action("s early", team(search, due(-1), enum.ActionStatusDone), f.at(-2))
		f.action("s restricted", team(search, due(-2), enum.ActionStatusProposed, func(c *ent.ActionItemCreate) { c.AddIncidents(secret) }))
		f.action("no team overdue", team(nil, due(-1), enum.ActionStatusProposed))
		f.action("p later", team(payments, due(40), enum.ActionStatusDone))
		f.action("p earlier", team(payments, due(-25), enum.ActionStatusAccepted))
		f.action("p undated open", team(payments, nil, enum.ActionStatusAccepted, onOutage))
		f.action("p undated done", team(payments, nil, enum.ActionStatusDone, onOutage))
		f.action("s undated open", team(search, nil, enum.ActionStatusProposed))

		period := map[string]any{"from": fuTime(f.at(-20)), "to": fuTime(f.at(10))}
		report := func(api *harness.API, teams ...*ent.Team) fuReport {
			t.Helper()
			vars := map[string]any{"from": period["from"], "to": period["to"]}
			if len(teams) > 0 {
				var ids []string
				for _, tm := range teams {
					ids = append(ids, strconv.Itoa(tm.ID))
				}
				vars["teams"] = ids
			}
			var out struct{ FollowThrough fuReport }
			api.MustDo(fuReportQuery, vars, &out)
			return out.FollowThrough
		}
		check := func(who string, got fuReport, names []string, overall fuFigures, teams []fuFigures, undated int) {
			t.Helper()
			if !slices.Equal(got.teamNames(), names) {
				t.Fatalf("%s: teams %v, want %v", who, got.teamNames(), names)
			}
			for i, want := range teams {
				if !got.Teams[i].Figures.equal(want) {
					t.Errorf("%s: %s = %v, want %v", who, names[i], got.Teams[i].Figures, want)
				}
			}
			if !got.Overall.equal(overall) || got.WithoutDueDate != undated {
				t.Errorf("%s: overall %v, without due date %d; want %v, %d", who, got.Overall, got.WithoutDueDate, overall, undated)
			}
		}

		got := report(member)
		check("member", got, []string{"Payments", "Search", "(no team)"}, fig(8, 3, 1, 3, 2, 1),
			[]fuFigures{fig(5, 2, 1, 1, 1, 1), fig(2, 1, 0, 1, 0, 0), fig(1, 0, 0, 1, 1, 0)}, 2)
		if !strings.Contains(got.Definition, "Done on time: DONE no later than the due date") {
			t.Errorf("definition = %q", got.Definition)
		}
		check("admin", report(e.API), []string{"Payments", "Search", "(no team)"}, fig(9, 3, 1, 4, 3, 1),
			[]fuFigures{fig(5, 2, 1, 1, 1, 1), fig(3, 1, 0, 2, 1, 0), fig(1, 0, 0, 1, 1, 0)}, 2)
		check("member, Search only", report(member, search), []string{"Search"}, fig(2, 1, 0, 1, 0, 0),
			[]fuFigures{fig(2, 1, 0, 1, 0, 0)}, 1)

		// The teams are loaded together with the figures: naming them costs
		// no statement, let alone one per team.
		before := e.Statements()
		member.MustDo(`query($from: Time!, $to: Time!) { followThrough(from: $from, to: $to) { teams { figures { total } } } }`, period, nil)
		plain := e.Statements() - before
		before = e.Statements()
		member.MustDo(`query($from: Time!, $to: Time!) { followThrough(from: $from, to: $to) { teams { team { name } figures { total } } } }`, period, nil)
		if named := e.Statements() - before; named != plain {
			t.Errorf("naming the teams took %d statements more, want none (plain: %d)", named-plain, plain)
		}

		// A period that ends before it starts is refused.
		fuCodes(t, member.Do(fuReportQuery, map[string]any{"from": period["to"], "to": period["from"]}), "BAD_USER_INPUT")
		// An empty period has nothing to divide.
		empty := report(member, e.Client.Team.Create().SetName("Quiet").SaveX(e.Ctx))
		if len(empty.Teams) != 0 || empty.Overall.OnTimeShare != nil || empty.Overall.Total != 0 {
			t.Errorf("a team without actions: %+v", empty)
		}

		var inc struct {
			Node struct{ FollowThrough fuFigures }
		}
		member.MustDo(`query($id: ID!) { node(id: $id) { ... on Incident { followThrough { `+fuFiguresFields+` } } } }`,
			map[string]any{"id": strconv.Itoa(outage.ID)}, &inc)
		if want := fig(5, 2, 1, 2, 1, 0); !inc.Node.FollowThrough.equal(want) {
			t.Errorf("incident followThrough = %v, want %v", inc.Node.FollowThrough, want)
		}
	})
}

const fuMarkQuery = `mutation($id: ID!, $v: Int!, $reason: String) {
  markLearningsApplied(incidentID: $id, version: $v, overrideReason: $reason) { status version learningsOverrideReason }
}`

// An incident's learnings are applied once every action that came out of
// it is DONE or WONT_DO; before that only an analyst or admin may say so,
// with a reason that the incident's history keeps.
func TestLearningsApplied(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newFUFixture(e)
		analyst := e.As(enum.RoleAnalyst)
		facilitator := e.As(enum.RoleMember)
		inc := e.Client.Incident.Create().SetTitle("Checkout outage").SetSeverity(enum.SeveritySev1).SetStartedAt(f.at(-30)).
			SetStatus(enum.IncidentStatusFollowingUp).SetFacilitatorID(facilitator.User.ID).SaveX(e.Ctx)
		on := func(c *ent.ActionItemCreate) { c.AddIncidents(inc) }
		f.action("Add a canary stage", on)
		f.action("Alert on error budget", func(c *ent.ActionItemCreate) { on(c); c.SetStatus(enum.ActionStatusInProgress) })
		f.action("Write the runbook", func(c *ent.ActionItemCreate) { on(c); c.SetStatus(enum.ActionStatusDone) })
		vars := func(version int, reason any) map[string]any {
			return map[string]any{"id": strconv.Itoa(inc.ID), "v": version, "reason": reason}
		}

		res := analyst.Do(fuMarkQuery, vars(inc.Version, "   "))
		fuCodes(t, res, "BAD_USER_INPUT")
		if msg := res.Errors[0].Message; !strings.Contains(msg, "2 action(s)") || !strings.Contains(msg, "override reason") {
			t.Errorf("refusal says %q; want the open count and the way out", msg)
		}
		if field := res.Errors[0].Extensions["field"]; field != "overrideReason" {
			t.Errorf("refusal points at %v, want overrideReason", field)
		}
		fuCodes(t, facilitator.Do(fuMarkQuery, vars(inc.Version, "we will get to it")), "FORBIDDEN")
		fuCodes(t, analyst.Do(fuMarkQuery, vars(inc.Version+5, "stale")), "CONFLICT")

		var done struct {
			MarkLearningsApplied struct {
				Status                  string
				Version                 int
				LearningsOverrideReason *string
			}
		}
		analyst.MustDo(fuMarkQuery, vars(inc.Version, "  Canary work is on the platform roadmap for Q3 "), &done)
		const reason = "Canary work is on the platform roadmap for Q3"
		if got := done.MarkLearningsApplied; got.Status != "LEARNINGS_APPLIED" || got.LearningsOverrideReason == nil || *got.LearningsOverrideReason != reason {
			t.Errorf("after the override: %+v", got)
		}
		found := false
		for _, a := range history(t, analyst, strconv.Itoa(inc.ID)) {
			_, status, okStatus := a.change("status")
			_, why, okWhy := a.change("learnings_override_reason")
			if okStatus && okWhy && str(status) == "LEARNINGS_APPLIED" && str(why) == reason && a.Actor != nil && a.Actor.Name == analyst.User.Name {
				found = true
			}
		}
		if !found {
			t.Errorf("the incident's history has no entry by the analyst with the status change and the reason: %+v", history(t, analyst, strconv.Itoa(inc.ID)))
		}

		// Once every action is closed, no reason is needed, not even from
		// a member running the review.
		calm := e.Client.Incident.Create().SetTitle("Search slow").SetSeverity(enum.SeveritySev3).SetStartedAt(f.at(-30)).
			SetStatus(enum.IncidentStatusFollowingUp).SetFacilitatorID(facilitator.User.ID).SaveX(e.Ctx)
		f.action("Tune the index", func(c *ent.ActionItemCreate) { c.AddIncidents(calm).SetStatus(enum.ActionStatusDone) })
		f.action("Shard it", func(c *ent.ActionItemCreate) {
			c.AddIncidents(calm).SetStatus(enum.ActionStatusWontDo).SetStatusReason("not worth it at our size")
		})
		var calmDone struct{ MarkLearningsApplied struct{ Status string } }
		facilitator.MustDo(fuMarkQuery, map[string]any{"id": strconv.Itoa(calm.ID), "v": calm.Version}, &calmDone)
		if calmDone.MarkLearningsApplied.Status != "LEARNINGS_APPLIED" {
			t.Errorf("with every action closed: status %s", calmDone.MarkLearningsApplied.Status)
		}
	})
}

const fuMergeQuery = `mutation($source: ID!, $target: ID!) { mergeFactorCategories(sourceID: $source, targetID: $target) { id name factors(first: 10) { totalCount } } }`

// Merging factor categories moves every factor of the source to the target
// — each keeping its incident and insights — and removes the source. Only
// admins may; anyone else changes nothing.
func TestMergeFactorCategories(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		f := newFUFixture(e)
		c, ctx := e.Client, e.Ctx
		source := c.FactorCategory.Create().SetName("Deploys").SaveX(ctx)
		target := c.FactorCategory.Create().SetName("Change management").SaveX(ctx)
		outage := f.incident("Checkout outage", false)
		secret := f.incident("Card data exposure", true)
		f1 := c.ContributingFactor.Create().SetIncident(outage).SetCategory(source).SetDescription("No canary stage").SaveX(ctx)
		f2 := c.ContributingFactor.Create().SetIncident(secret).SetCategory(source).SetDescription("Deploy on Friday").SaveX(ctx)
		c.ContributingFactor.Create().SetIncident(outage).SetCategory(target).SetDescription("Change not reviewed").SaveX(ctx)
		insight := c.Insight.Create().SetIncident(outage).SetStatement("Risky changes ship unguarded").AddFactors(f1).SaveX(ctx)
		vars := func(s, t int) map[string]any {
			return map[string]any{"source": strconv.Itoa(s), "target": strconv.Itoa(t)}
		}

		for _, role := range []enum.Role{enum.RoleMember, enum.RoleAnalyst} {
			fuCodes(t, e.As(role).Do(fuMergeQuery, vars(source.ID, target.ID)), "FORBIDDEN")
		}
		if n := c.ContributingFactor.Query().Where(contributingfactor.CategoryID(source.ID)).CountX(ctx); n != 2 {
			t.Fatalf("after the refused merges %d factors are left in the source, want 2", n)
		}
		fuCodes(t, e.Do(fuMergeQuery, vars(source.ID, source.ID)), "BAD_USER_INPUT")
		fuCodes(t, e.Do(fuMergeQuery, vars(source.ID, insight.ID)), "NOT_FOUND")

		var out struct {
			MergeFactorCategories struct {
				ID, Name string
				Factors  struct{ TotalCount int }
			}
		}
		e.MustDo(fuMergeQuery, vars(source.ID, target.ID), &out)
		if got := out.MergeFactorCategories; got.ID != strconv.Itoa(target.ID) || got.Factors.TotalCount != 3 {
			t.Errorf("merge returned %+v, want the target with 3 factors", got)
		}
		if c.FactorCategory.Query().CountX(ctx) != 1 {
			t.Errorf("the source category is still there")
		}
		for _, fac := range []*ent.ContributingFactor{f1, f2} {
			moved := c.ContributingFactor.GetX(ctx, fac.ID)
			if moved.CategoryID != target.ID || moved.IncidentID != fac.IncidentID {
				t.Errorf("factor %q: category %d incident %d, want %d and %d", fac.Description, moved.CategoryID, moved.IncidentID, target.ID, fac.IncidentID)
			}
		}
		if ids := insight.QueryFactors().IDsX(ctx); !slices.Equal(ids, []int{f1.ID}) {
			t.Errorf("the insight's factors are %v, want [%d]", ids, f1.ID)
		}
		// Each move is in its incident's history.
		moves := history(t, e.API, strconv.Itoa(f2.ID))
		last := moves[len(moves)-1]
		if old, now, ok := last.change("category_id"); !ok || str(old) != strconv.Itoa(source.ID) || str(now) != strconv.Itoa(target.ID) {
			t.Errorf("the move is not in the factor's history: %+v", last)
		}
	})
}
