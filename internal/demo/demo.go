// Package demo loads a realistic organisation into an empty Debrief: people
// from every department, teams, services, vendors, and eighteen months of
// incidents at every stage of the learning loop, with timelines,
// perspectives, questions, insights and actions in every state of
// follow-through. It exists so that a new installation, a screenshot or a
// test has something true-to-life to show.
//
// The data is generated from hand-written scenarios by a seeded generator,
// with every time relative to the `now` given to Load: the same `now`
// always produces the same data.
package demo

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/viewer"
)

// ErrNotEmpty is returned when the database already holds incidents: demo
// data mixed into real data would pollute every figure, so Load refuses.
var ErrNotEmpty = errors.New("demo: the database already holds incidents; demo data is only loaded into an empty database")

// Summary counts what Load created.
type Summary struct {
	Users               int
	Teams               int
	Vendors             int
	Services            int
	Tags                int
	FactorCategories    int
	Incidents           int
	Participants        int
	TimelineEvents      int // including the milestone events the hooks add
	Perspectives        int
	Questions           int
	Comments            int
	ContributingFactors int
	Insights            int
	ActionItems         int
}

// The generator's seed is fixed: the demo is meant to be the same story
// every time, only moved in time.
const seedHi, seedLo = 0x6465627269656600, 0x64656d6f // "debrief", "demo"

// Load writes the demo organisation in one transaction, so a failure
// leaves the database as it was. Teams, vendors, services, tags and factor
// categories that already exist by name are reused rather than duplicated.
//
// Demo records are attributed to the demo people who wrote them, never to
// whoever is signed in while loading: the context's values (the viewer)
// are not passed on, only its cancellation. It writes as the system: the
// caller (the `demo` command) decides who may load it.
func Load(ctx context.Context, client *ent.Client, now time.Time) (Summary, error) {
	ctx, cancel := withoutValues(ctx)
	defer cancel()
	ctx = viewer.System(ctx)
	if err := checkReferences(); err != nil {
		return Summary{}, err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return Summary{}, fmt.Errorf("demo: start transaction: %w", err)
	}
	// Whole minutes keep the generated times tidy; UTC keeps them
	// independent of the caller's location.
	now = now.UTC().Truncate(time.Minute)
	w := &writer{ctx: ctx, db: tx.Client(), now: now}
	if err := w.refuseIfNotEmpty(); err != nil {
		return Summary{}, errors.Join(err, tx.Rollback())
	}
	p := &planner{rng: rand.New(rand.NewPCG(seedHi, seedLo)), now: now}
	if err := w.write(p.makePlan()); err != nil {
		return Summary{}, errors.Join(fmt.Errorf("demo: %w", err), tx.Rollback())
	}
	if err := w.writeResponse(); err != nil {
		return Summary{}, errors.Join(fmt.Errorf("demo: write response aids: %w", err), tx.Rollback())
	}
	if err := w.writeReports(); err != nil {
		return Summary{}, errors.Join(fmt.Errorf("demo: write reports: %w", err), tx.Rollback())
	}
	if err := tx.Commit(); err != nil {
		return Summary{}, fmt.Errorf("demo: commit: %w", err)
	}
	return w.summary, nil
}

// withoutValues returns a context that is cancelled with ctx but carries
// none of its values.
func withoutValues(ctx context.Context) (context.Context, context.CancelFunc) {
	bare, cancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx, cancel)
	return bare, func() { stop(); cancel() }
}

// checkReferences makes sure the hand-written tables only name people,
// teams, services, vendors, tags and factor categories that exist, so a
// typo fails loudly instead of producing half-linked data.
func checkReferences() error {
	teams := map[string]bool{}
	for _, t := range teamSpecs {
		teams[t.name] = true
	}
	vendors := map[string]bool{"": true}
	for _, v := range vendorSpecs {
		vendors[v.name] = true
	}
	categories := map[string]bool{}
	for _, c := range factorCategorySpecs {
		categories[c.name] = true
	}
	var errs []error
	for _, p := range people {
		for _, t := range p.teams {
			if !teams[t] {
				errs = append(errs, fmt.Errorf("person %q: unknown team %q", p.name, t))
			}
		}
	}
	for _, f := range facilitators {
		if personNamed(f) == nil {
			errs = append(errs, fmt.Errorf("unknown facilitator %q", f))
		}
	}
	for _, s := range serviceSpecs {
		if !teams[s.team] || !vendors[s.vendor] {
			errs = append(errs, fmt.Errorf("service %q: unknown team %q or vendor %q", s.name, s.team, s.vendor))
		}
	}
	for _, sc := range scenarios {
		if len(sc.services) == 0 || len(sc.titles) == 0 || len(sc.perspectives) == 0 || len(sc.questions) == 0 {
			errs = append(errs, fmt.Errorf("scenario %q: needs titles, services, perspectives and questions", sc.key))
		}
		for _, s := range sc.services {
			if serviceNamed(s) == nil {
				errs = append(errs, fmt.Errorf("scenario %q: unknown service %q", sc.key, s))
			}
		}
		if !vendors[sc.vendor] {
			errs = append(errs, fmt.Errorf("scenario %q: unknown vendor %q", sc.key, sc.vendor))
		}
		for _, f := range sc.factors {
			if !categories[f.category] {
				errs = append(errs, fmt.Errorf("scenario %q: unknown factor category %q", sc.key, f.category))
			}
		}
		for _, in := range sc.insights {
			for _, f := range in.factors {
				if f >= len(sc.factors) {
					errs = append(errs, fmt.Errorf("scenario %q: insight %q names factor %d", sc.key, in.statement, f))
				}
			}
		}
		if _, ok := followUps[sc.key]; !ok && !sc.once {
			errs = append(errs, fmt.Errorf("scenario %q recurs but has no follow-up actions", sc.key))
		}
		for _, a := range append(append([]actionSpec(nil), sc.actions...), followUps[sc.key]...) {
			if !teams[a.team] || a.insight >= len(sc.insights) {
				errs = append(errs, fmt.Errorf("scenario %q: action %q has an unknown team or insight", sc.key, a.title))
			}
		}
	}
	for key := range followUps {
		known := false
		for _, sc := range scenarios {
			known = known || sc.key == key
		}
		if !known {
			errs = append(errs, fmt.Errorf("follow-ups for unknown scenario %q", key))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("demo: the scenario tables are inconsistent: %w", err)
	}
	return nil
}
