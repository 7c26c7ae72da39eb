// Package benchdata makes a synthetic organisation for the analysis
// benchmark: tens of thousands of incidents with their services, vendors,
// tags, contributing factors, millions of timeline events and the actions
// that came out of them. The data is random (from a fixed seed), not
// realistic prose, and it is written straight into the tables with
// multi-row INSERTs as the system: no hooks run (no activity history, no
// search documents, no notifications), which is what makes millions of
// rows take minutes rather than hours. Never point it at a real database.
package benchdata

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/incident"
)

// Size says how much to make.
type Size struct {
	Incidents         int
	EventsPerIncident int
	// ActionsPerIncident is the mean number of actions per incident.
	ActionsPerIncident float64
	// Start and Years: incidents start uniformly in [Start, Start+Years).
	Start time.Time
	Years int
}

// Default is the benchmark's organisation: 50,000 incidents over five
// years, 2,000,000 timeline events, about 75,000 actions.
var Default = Size{Incidents: 50_000, EventsPerIncident: 40, ActionsPerIncident: 1.5,
	Start: time.Date(2021, 12, 1, 0, 0, 0, 0, time.UTC), Years: 5}

// Directory is what the incidents refer to, for the benchmark's filters.
type Directory struct {
	Teams, Services, Vendors, Tags, Categories, Users []int
}

// Generate fills an empty, migrated database. client is used (as the
// system, in ctx) only for the small directory and to learn where each
// table's IDs start; the bulk goes through db.
func Generate(ctx context.Context, client *ent.Client, db *sql.DB, postgres bool, size Size, log func(string, ...any)) (*Directory, error) {
	rng := rand.New(rand.NewPCG(2026, 6))
	g := &gen{db: db, pg: postgres, ctx: ctx}
	dir, err := directory(ctx, client)
	if err != nil {
		return nil, err
	}
	// The first incident and action go through ent: their IDs show where
	// the type's ID range starts (sql/globalid), and the rest follow them.
	first, err := client.Incident.Create().SetTitle("benchmark seed").SetSeverity("SEV4").SetStartedAt(size.Start).Save(ctx)
	if err != nil {
		return nil, err
	}
	firstAction, err := client.ActionItem.Create().SetTitle("benchmark seed").Save(ctx)
	if err != nil {
		return nil, err
	}
	now := time.Now().UTC().Truncate(time.Second)
	span := time.Duration(size.Years) * 365 * 24 * time.Hour
	sevs := []string{"SEV1", "SEV2", "SEV2", "SEV3", "SEV3", "SEV3", "SEV4", "SEV4"}
	statuses := []string{"DONE", "DONE", "DONE", "DONE", "WONT_DO", "IN_PROGRESS", "ACCEPTED", "PROPOSED"}
	kinds := []string{"DETECTION", "ALERT", "ACTION", "DECISION", "COMMUNICATION", "CUSTOMER_REPORT", "DEPLOY"}
	// minutes draws a log-normal duration: most short, a long tail.
	minutes := func(median float64) time.Duration {
		return time.Duration(median*math.Exp(rng.NormFloat64()*0.9)*60) * time.Second
	}
	pick := func(list []int, n int) []int {
		out := map[int]bool{}
		for len(out) < n {
			out[list[rng.IntN(len(list))]] = true
		}
		var ids []int
		for id := range out {
			ids = append(ids, id)
		}
		return ids
	}

	incidents := g.table("incidents", "id", "created_at", "updated_at", "version", "title", "severity", "status", "started_at",
		"detected_at", "acknowledged_at", "mitigated_at", "resolved_at", "customers_affected", "restricted")
	services := g.table("incident_services", "incident_id", "service_id")
	vendors := g.table("incident_vendors", "incident_id", "vendor_id")
	tags := g.table("incident_tags", "incident_id", "tag_id")
	factors := g.table("contributing_factors", "created_at", "updated_at", "version", "description", "category_id", "incident_id")
	events := g.table("timeline_events", "created_at", "updated_at", "version", "occurred_at", "kind", "source", "text", "key_moment", "incident_id")
	actions := g.table("action_items", "id", "created_at", "updated_at", "version", "title", "priority", "size", "due_at", "status", "completed_at", "team_id")
	links := g.table("action_item_incidents", "action_item_id", "incident_id")

	for _, t := range []*table{services, vendors, tags, factors, events} {
		t.parents = []*table{incidents}
	}
	links.parents = []*table{incidents, actions}

	actionID := firstAction.ID
	for i := 0; i < size.Incidents; i++ {
		id := first.ID + 1 + i
		start := size.Start.Add(time.Duration(rng.Int64N(int64(span)))).Truncate(time.Second)
		detected := start.Add(minutes(8))
		acked := detected.Add(minutes(5))
		mitigated := acked.Add(minutes(45))
		resolved := mitigated.Add(minutes(120))
		var ack, mit, res any = acked, mitigated, resolved
		switch r := rng.Float64(); {
		case r < 0.02:
			ack, mit, res = nil, nil, nil
		case r < 0.06:
			mit, res = nil, nil
		case r < 0.08:
			res = nil
		}
		var customers any
		if rng.Float64() < 0.7 {
			customers = rng.IntN(5000)
		}
		status := "CLOSED"
		if res == nil {
			status = "RESPONDING"
		}
		if err := incidents.add(id, start, start, 1, fmt.Sprintf("Synthetic incident %d", i+1), sevs[rng.IntN(len(sevs))], status, start,
			detected, ack, mit, res, customers, rng.Float64() < 0.05); err != nil {
			return nil, err
		}
		for _, s := range pick(dir.Services, 1+rng.IntN(3)) {
			if err := services.add(id, s); err != nil {
				return nil, err
			}
		}
		if rng.Float64() < 0.3 {
			if err := vendors.add(id, dir.Vendors[rng.IntN(len(dir.Vendors))]); err != nil {
				return nil, err
			}
		}
		for _, t := range pick(dir.Tags, rng.IntN(3)) {
			if err := tags.add(id, t); err != nil {
				return nil, err
			}
		}
		for f := 0; f < 1+rng.IntN(3); f++ {
			if err := factors.add(start, start, 1, "synthetic factor", dir.Categories[rng.IntN(len(dir.Categories))], id); err != nil {
				return nil, err
			}
		}
		for e := 0; e < size.EventsPerIncident; e++ {
			at := start.Add(time.Duration(e) * minutes(3))
			if err := events.add(at, at, 1, at, kinds[rng.IntN(len(kinds))], "DEBRIEF", "synthetic event", false, id); err != nil {
				return nil, err
			}
		}
		for a := 0; a < poisson(rng, size.ActionsPerIncident); a++ {
			actionID++
			due := start.Add(time.Duration(7+rng.IntN(60)) * 24 * time.Hour)
			st := statuses[rng.IntN(len(statuses))]
			var completed any
			if st == "DONE" {
				completed = due.Add(time.Duration(rng.IntN(30)-20) * 24 * time.Hour)
			}
			if due.After(now) && st == "DONE" {
				st, completed = "IN_PROGRESS", nil
			}
			if err := actions.add(actionID, start, start, 1, "Synthetic action", "MEDIUM", "M", due, st, completed, dir.Teams[rng.IntN(len(dir.Teams))]); err != nil {
				return nil, err
			}
			if err := links.add(actionID, id); err != nil {
				return nil, err
			}
			if rng.Float64() < 0.1 && i > 0 {
				if err := links.add(actionID, first.ID+1+rng.IntN(i)); err != nil {
					return nil, err
				}
			}
		}
		if (i+1)%5000 == 0 {
			log("%d incidents", i+1)
		}
	}
	// Parents before children, for the foreign keys.
	for _, t := range []*table{incidents, services, vendors, tags, factors, events, actions, links} {
		if err := t.flush(); err != nil {
			return nil, err
		}
	}
	if postgres {
		// Later inserts through ent must not collide with the IDs given here.
		for _, t := range []string{"incidents", "action_items"} {
			if _, err := db.ExecContext(ctx, fmt.Sprintf("SELECT setval(pg_get_serial_sequence('%s', 'id'), (SELECT MAX(id) FROM %s))", t, t)); err != nil {
				return nil, err
			}
		}
		if _, err := db.ExecContext(ctx, "ANALYZE"); err != nil {
			return nil, err
		}
	} else if _, err := db.ExecContext(ctx, "ANALYZE"); err != nil {
		return nil, err
	}
	_ = incident.Table
	return dir, nil
}

func poisson(rng *rand.Rand, mean float64) int {
	l, k, p := math.Exp(-mean), 0, 1.0
	for {
		p *= rng.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

// directory makes the teams, services, vendors, tags, categories and
// users through ent (a few hundred rows: hooks are fine here).
func directory(ctx context.Context, c *ent.Client) (*Directory, error) {
	d := &Directory{}
	for i := range 12 {
		t, err := c.Team.Create().SetName(fmt.Sprintf("Team %02d", i+1)).Save(ctx)
		if err != nil {
			return nil, err
		}
		d.Teams = append(d.Teams, t.ID)
	}
	for i := range 15 {
		v, err := c.Vendor.Create().SetName(fmt.Sprintf("Vendor %02d", i+1)).Save(ctx)
		if err != nil {
			return nil, err
		}
		d.Vendors = append(d.Vendors, v.ID)
	}
	for i := range 60 {
		sc := c.Service.Create().SetName(fmt.Sprintf("service-%02d", i+1))
		if i < 55 { // a few services nobody owns
			sc.SetOwnerTeamID(d.Teams[i%len(d.Teams)])
		}
		s, err := sc.Save(ctx)
		if err != nil {
			return nil, err
		}
		d.Services = append(d.Services, s.ID)
	}
	for i := range 30 {
		t, err := c.Tag.Create().SetName(fmt.Sprintf("tag-%02d", i+1)).Save(ctx)
		if err != nil {
			return nil, err
		}
		d.Tags = append(d.Tags, t.ID)
	}
	for i := range 20 {
		f, err := c.FactorCategory.Create().SetName(fmt.Sprintf("Category %02d", i+1)).Save(ctx)
		if err != nil {
			return nil, err
		}
		d.Categories = append(d.Categories, f.ID)
	}
	return d, nil
}

// Load finds the directory of a database Generate filled.
func Load(ctx context.Context, c *ent.Client) (*Directory, error) {
	d := &Directory{}
	var err error
	if d.Teams, err = c.Team.Query().IDs(ctx); err != nil {
		return nil, err
	}
	if d.Services, err = c.Service.Query().IDs(ctx); err != nil {
		return nil, err
	}
	if d.Vendors, err = c.Vendor.Query().IDs(ctx); err != nil {
		return nil, err
	}
	if d.Tags, err = c.Tag.Query().IDs(ctx); err != nil {
		return nil, err
	}
	if d.Categories, err = c.FactorCategory.Query().IDs(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

type gen struct {
	db  *sql.DB
	pg  bool
	ctx context.Context
}

// table buffers rows for one multi-row INSERT per batch.
type table struct {
	g       *gen
	name    string
	columns []string
	rows    [][]any
	// parents are flushed first, so that foreign keys find their rows.
	parents []*table
}

func (g *gen) table(name string, columns ...string) *table {
	return &table{g: g, name: name, columns: columns}
}

// maxParams keeps a statement under both databases' limits on parameters.
const maxParams = 30000

func (t *table) add(values ...any) error {
	t.rows = append(t.rows, values)
	if (len(t.rows)+1)*len(t.columns) > maxParams {
		return t.flush()
	}
	return nil
}

func (t *table) flush() error {
	if len(t.rows) == 0 {
		return nil
	}
	for _, p := range t.parents {
		if err := p.flush(); err != nil {
			return err
		}
	}
	var b strings.Builder
	args := make([]any, 0, len(t.rows)*len(t.columns))
	b.WriteString("INSERT INTO " + t.name + " (" + strings.Join(t.columns, ", ") + ") VALUES ")
	for i, r := range t.rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for j, v := range r {
			if j > 0 {
				b.WriteString(", ")
			}
			args = append(args, v)
			if t.g.pg {
				fmt.Fprintf(&b, "$%d", len(args))
			} else {
				b.WriteByte('?')
			}
		}
		b.WriteByte(')')
	}
	if _, err := t.g.db.ExecContext(t.g.ctx, b.String(), args...); err != nil {
		return fmt.Errorf("insert into %s: %w", t.name, err)
	}
	t.rows = t.rows[:0]
	return nil
}
