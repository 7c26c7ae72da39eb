// Package directory answers "who do I call for …?": it matches a few words
// against service names, people's expertise, team names and people's
// names, and ranks the people found — those named for a service before
// those who merely know about it.
package directory

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/apperr"
)

// Limits of a search.
const (
	MaxQueryLength = 100
	MaxPeople      = 50
	MaxServices    = 5
)

// Candidate bounds: matching runs in SQL, ranking in Go over at most these
// many rows of each kind, so that a query as broad as "a" stays cheap.
const (
	candidateServices = 50
	candidateTeams    = 20
	candidateUsers    = 200
)

// Reason is why a person came up; the values are the GraphQL enum's.
type Reason string

// Reasons, strongest first.
const (
	ReasonEscalationContact Reason = "ESCALATION_CONTACT"
	ReasonServiceOwner      Reason = "SERVICE_OWNER"
	ReasonExpertise         Reason = "EXPERTISE"
	ReasonTeam              Reason = "TEAM"
	ReasonName              Reason = "NAME"
)

// MatchReason is one reason with what it matched.
type MatchReason struct {
	Reason  Reason
	Matched string
	Service *ent.Service
	Team    *ent.Team
	// tier orders reasons and people: lower is stronger.
	tier int
}

// The tiers, strongest first: a service named exactly beats a service named
// in part, which beats knowing about the subject, which beats belonging to
// a team of that name, which beats being called that.
const (
	tierExactContact = iota
	tierExactOwner
	tierPartialContact
	tierPartialOwner
	tierExactExpertise
	tierPartialExpertise
	tierExactTeam
	tierPartialTeam
	tierName
)

// Match is a person to call and every reason why, strongest first.
type Match struct {
	User      *ent.User
	Reasons   []MatchReason
	LocalTime string
	UTCOffset string
}

// Result is the answer to one search.
type Result struct {
	Query    string
	Services []*ent.Service
	People   []*Match
}

type options struct{ now func() time.Time }

// Option adjusts a search.
type Option func(*options)

// WithClock sets the clock local times are read from (tests fix it).
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// Search finds whom to call about query: at most limit people, best first,
// and at most five matching services. It reads in the caller's context,
// so the access rules apply as to any other read of the directory.
func Search(ctx context.Context, client *ent.Client, query string, limit int, opts ...Option) (*Result, error) {
	o := options{now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	q := strings.Join(strings.Fields(query), " ")
	switch {
	case q == "":
		return nil, apperr.Invalid("query", "say what you need someone for: a service, a skill, a team or a name")
	case utf8.RuneCountInString(q) > MaxQueryLength:
		return nil, apperr.Invalid("query", "at most %d characters", MaxQueryLength)
	case limit < 1 || limit > MaxPeople:
		return nil, apperr.Invalid("first", "first must be between 1 and %d, not %d", MaxPeople, limit)
	}
	services, err := client.Service.Query().
		Where(service.NameContainsFold(q)).
		WithOwnerTeam(func(t *ent.TeamQuery) { t.WithMembers() }).
		WithEscalationContacts().
		Order(shortestFirst(service.FieldName), ent.Asc(service.FieldName)).
		Limit(candidateServices).
		All(ctx)
	if err != nil {
		return nil, err
	}
	teams, err := client.Team.Query().
		Where(team.NameContainsFold(q)).
		WithMembers().
		Order(shortestFirst(team.FieldName), ent.Asc(team.FieldName)).
		Limit(candidateTeams).
		All(ctx)
	if err != nil {
		return nil, err
	}
	users, err := client.User.Query().
		Where(user.Or(
			ExpertiseContainsFold(q),
			user.NameContainsFold(q),
			user.TitleContainsFold(q),
			user.ChatHandleContainsFold(q),
		)).
		Order(ent.Asc(user.FieldName)).
		Limit(candidateUsers).
		All(ctx)
	if err != nil {
		return nil, err
	}
	return rank(q, services, teams, users, limit, o.now()), nil
}

// shortestFirst orders names that contain the query by length: a name
// equal to it is the shortest there is, so an exact match always survives
// the candidate limit however many names contain the query ("api").
func shortestFirst(field string) func(*sql.Selector) {
	return func(s *sql.Selector) { s.OrderExpr(sql.Expr("LENGTH(" + s.C(field) + ")")) }
}

// rank orders the candidates found for q.
func rank(q string, services []*ent.Service, teams []*ent.Team, users []*ent.User, limit int, now time.Time) *Result {
	lq := strings.ToLower(q)
	exact := func(s string) bool { return strings.ToLower(strings.TrimSpace(s)) == lq }
	partial := func(s string) bool { return strings.Contains(strings.ToLower(s), lq) }

	people := map[int]*Match{}
	add := func(u *ent.User, r MatchReason) {
		if u == nil || u.ServiceAccount {
			return // integrations are not people to call
		}
		m, ok := people[u.ID]
		if !ok {
			m = &Match{User: u}
			people[u.ID] = m
		}
		m.Reasons = append(m.Reasons, r)
	}

	slices.SortStableFunc(services, func(a, b *ent.Service) int {
		return cmp.Or(boolOrder(exact(a.Name), exact(b.Name)), strings.Compare(a.Name, b.Name))
	})
	for _, s := range services {
		contact, owner := tierPartialContact, tierPartialOwner
		if exact(s.Name) {
			contact, owner = tierExactContact, tierExactOwner
		}
		for _, u := range s.Edges.EscalationContacts {
			add(u, MatchReason{Reason: ReasonEscalationContact, Matched: s.Name, Service: s, tier: contact})
		}
		if t := s.Edges.OwnerTeam; t != nil {
			for _, u := range t.Edges.Members {
				add(u, MatchReason{Reason: ReasonServiceOwner, Matched: s.Name, Service: s, Team: t, tier: owner})
			}
		}
	}
	for _, u := range users {
		for _, skill := range u.Expertise {
			switch {
			case exact(skill):
				add(u, MatchReason{Reason: ReasonExpertise, Matched: skill, tier: tierExactExpertise})
			case partial(skill):
				add(u, MatchReason{Reason: ReasonExpertise, Matched: skill, tier: tierPartialExpertise})
			}
		}
		for _, name := range []string{u.Name, u.Title, u.ChatHandle} {
			if name != "" && partial(name) {
				add(u, MatchReason{Reason: ReasonName, Matched: name, tier: tierName})
				break
			}
		}
	}
	for _, t := range teams {
		tier := tierPartialTeam
		if exact(t.Name) {
			tier = tierExactTeam
		}
		for _, u := range t.Edges.Members {
			add(u, MatchReason{Reason: ReasonTeam, Matched: t.Name, Team: t, tier: tier})
		}
	}

	out := make([]*Match, 0, len(people))
	for _, m := range people {
		slices.SortStableFunc(m.Reasons, func(a, b MatchReason) int {
			return cmp.Or(cmp.Compare(a.tier, b.tier), strings.Compare(a.Matched, b.Matched))
		})
		m.LocalTime, m.UTCOffset = clock(m.User.TimeZone, now)
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b *Match) int {
		return cmp.Or(
			cmp.Compare(a.Reasons[0].tier, b.Reasons[0].tier),
			strings.Compare(strings.ToLower(a.User.Name), strings.ToLower(b.User.Name)),
			cmp.Compare(a.User.ID, b.User.ID),
		)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	if len(services) > MaxServices {
		services = services[:MaxServices]
	}
	return &Result{Query: q, Services: services, People: out}
}

// boolOrder sorts true before false.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

// clock is the time now in a person's zone ("14:05") and the zone's offset
// from UTC ("+02:00"); an unknown zone counts as UTC.
func clock(zone string, now time.Time) (string, string) {
	loc, err := time.LoadLocation(zone)
	if err != nil || zone == "" {
		loc = time.UTC
	}
	t := now.In(loc)
	return t.Format("15:04"), t.Format("-07:00")
}
