package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/factorcategory"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/ent/vendor"
)

// writer writes a plan through one transaction's client and remembers the
// IDs it needs to link records.
type writer struct {
	ctx     context.Context
	db      *ent.Client
	now     time.Time
	summary Summary

	users      map[*personSpec]int
	teams      map[string]int
	vendors    map[string]int
	services   map[string]int
	tags       map[string]int
	categories map[string]int
	factorIDs  factorIDs
}

// refuseIfNotEmpty keeps the demo out of a database that is in use.
func (w *writer) refuseIfNotEmpty() error {
	n, err := w.db.Incident.Query().Count(w.ctx)
	if err != nil {
		return fmt.Errorf("demo: count incidents: %w", err)
	}
	if n > 0 {
		return fmt.Errorf("%w (it has %d)", ErrNotEmpty, n)
	}
	return nil
}

// write writes the directory, the catalogue and then the incidents.
func (w *writer) write(pl *plan) error {
	steps := []struct {
		what string
		run  func() error
	}{
		{"people", w.writePeople},
		{"teams", w.writeTeams},
		{"vendors", w.writeVendors},
		{"services", w.writeServices},
		{"tags", w.writeTags},
		{"factor categories", w.writeFactorCategories},
		{"incidents", func() error { return w.writeIncidents(pl.incidents) }},
		{"boards", func() error { return w.writeBoards(pl.incidents) }},
		{"action items", func() error { return w.writeActions(pl.actions) }},
		{"comments", func() error { return w.writeComments(pl.incidents) }},
	}
	for _, s := range steps {
		if err := s.run(); err != nil {
			return fmt.Errorf("write %s: %w", s.what, err)
		}
	}
	events, err := w.db.TimelineEvent.Query().Count(w.ctx)
	w.summary.TimelineEvents = events
	return err
}

// directorySince is when the directory records were made: before the first
// incident, as they would have been.
func (w *writer) directorySince() time.Time { return w.now.Add(-600 * day) }

func (w *writer) writePeople() error {
	builders := make([]*ent.UserCreate, len(people))
	for i, p := range people {
		builders[i] = w.db.User.Create().
			SetName(p.name).SetEmail(emailOf(p.name)).SetTitle(p.title).
			SetDepartment(p.department).SetRole(p.role).SetTimeZone(p.timeZone).
			SetCreatedAt(w.directorySince()).SetUpdatedAt(w.directorySince())
	}
	users, err := saveInChunks(builders, func(b ...*ent.UserCreate) ([]*ent.User, error) {
		return w.db.User.CreateBulk(b...).Save(w.ctx)
	})
	if err != nil {
		return err
	}
	w.users = map[*personSpec]int{}
	for i := range people {
		w.users[&people[i]] = users[i].ID
	}
	w.summary.Users = len(users)
	return nil
}

// writeTeams creates the teams that do not exist yet and adds the demo
// people to every team, new or existing.
func (w *writer) writeTeams() error {
	names := make([]string, len(teamSpecs))
	for i, t := range teamSpecs {
		names[i] = t.name
	}
	existing, err := w.db.Team.Query().Where(team.NameIn(names...)).All(w.ctx)
	if err != nil {
		return err
	}
	w.teams = map[string]int{}
	for _, t := range existing {
		w.teams[t.Name] = t.ID
		if err := w.db.Team.UpdateOneID(t.ID).AddMemberIDs(w.membersOf(t.Name)...).Exec(w.ctx); err != nil {
			return err
		}
	}
	var builders []*ent.TeamCreate
	for _, t := range teamSpecs {
		if _, ok := w.teams[t.name]; !ok {
			builders = append(builders, w.db.Team.Create().
				SetName(t.name).SetDescription(t.description).AddMemberIDs(w.membersOf(t.name)...).
				SetCreatedAt(w.directorySince()).SetUpdatedAt(w.directorySince()))
		}
	}
	created, err := w.db.Team.CreateBulk(builders...).Save(w.ctx)
	for _, t := range created {
		w.teams[t.Name] = t.ID
	}
	w.summary.Teams = len(created)
	return err
}

func (w *writer) membersOf(teamName string) []int {
	var ids []int
	for _, p := range peopleWhere(func(p *personSpec) bool { return inTeam(p, teamName) }) {
		ids = append(ids, w.users[p])
	}
	return ids
}

func (w *writer) writeVendors() error {
	names := make([]string, len(vendorSpecs))
	for i, v := range vendorSpecs {
		names[i] = v.name
	}
	existing, err := w.db.Vendor.Query().Where(vendor.NameIn(names...)).All(w.ctx)
	if err != nil {
		return err
	}
	w.vendors = map[string]int{}
	for _, v := range existing {
		w.vendors[v.Name] = v.ID
	}
	var builders []*ent.VendorCreate
	for _, v := range vendorSpecs {
		if _, ok := w.vendors[v.name]; !ok {
			builders = append(builders, w.db.Vendor.Create().
				SetName(v.name).SetWebsite(v.website).SetDescription(v.description).
				SetCreatedAt(w.directorySince()).SetUpdatedAt(w.directorySince()))
		}
	}
	created, err := w.db.Vendor.CreateBulk(builders...).Save(w.ctx)
	for _, v := range created {
		w.vendors[v.Name] = v.ID
	}
	w.summary.Vendors = len(created)
	return err
}

func (w *writer) writeServices() error {
	names := make([]string, len(serviceSpecs))
	for i, s := range serviceSpecs {
		names[i] = s.name
	}
	existing, err := w.db.Service.Query().Where(service.NameIn(names...)).All(w.ctx)
	if err != nil {
		return err
	}
	w.services = map[string]int{}
	for _, s := range existing {
		w.services[s.Name] = s.ID
	}
	var builders []*ent.ServiceCreate
	for _, s := range serviceSpecs {
		if _, ok := w.services[s.name]; ok {
			continue
		}
		b := w.db.Service.Create().
			SetName(s.name).SetKind(s.kind).SetDescription(s.description).SetOwnerTeamID(w.teams[s.team]).
			SetCreatedAt(w.directorySince()).SetUpdatedAt(w.directorySince())
		if s.vendor != "" {
			b.SetVendorID(w.vendors[s.vendor])
		}
		builders = append(builders, b)
	}
	created, err := w.db.Service.CreateBulk(builders...).Save(w.ctx)
	for _, s := range created {
		w.services[s.Name] = s.ID
	}
	w.summary.Services = len(created)
	return err
}

func (w *writer) writeTags() error {
	names := tagNames()
	existing, err := w.db.Tag.Query().Where(tag.NameIn(names...)).All(w.ctx)
	if err != nil {
		return err
	}
	w.tags = map[string]int{}
	for _, t := range existing {
		w.tags[t.Name] = t.ID
	}
	var builders []*ent.TagCreate
	for _, n := range names {
		if _, ok := w.tags[n]; !ok {
			builders = append(builders, w.db.Tag.Create().SetName(n).
				SetCreatedAt(w.directorySince()).SetUpdatedAt(w.directorySince()))
		}
	}
	created, err := w.db.Tag.CreateBulk(builders...).Save(w.ctx)
	for _, t := range created {
		w.tags[t.Name] = t.ID
	}
	w.summary.Tags = len(created)
	return err
}

func (w *writer) writeFactorCategories() error {
	names := make([]string, len(factorCategorySpecs))
	for i, c := range factorCategorySpecs {
		names[i] = c.name
	}
	existing, err := w.db.FactorCategory.Query().Where(factorcategory.NameIn(names...)).All(w.ctx)
	if err != nil {
		return err
	}
	w.categories = map[string]int{}
	for _, c := range existing {
		w.categories[c.Name] = c.ID
	}
	var builders []*ent.FactorCategoryCreate
	for _, c := range factorCategorySpecs {
		if _, ok := w.categories[c.name]; !ok {
			builders = append(builders, w.db.FactorCategory.Create().
				SetName(c.name).SetDescription(c.description).
				SetCreatedAt(w.directorySince()).SetUpdatedAt(w.directorySince()))
		}
	}
	created, err := w.db.FactorCategory.CreateBulk(builders...).Save(w.ctx)
	for _, c := range created {
		w.categories[c.Name] = c.ID
	}
	w.summary.FactorCategories = len(created)
	return err
}

// saveInChunks saves bulk creates a hundred at a time, well below any
// database's limit on parameters per statement.
func saveInChunks[B, T any](builders []B, save func(...B) ([]T, error)) ([]T, error) {
	const size = 100
	var out []T
	for len(builders) > 0 {
		n := min(size, len(builders))
		saved, err := save(builders[:n]...)
		if err != nil {
			return nil, err
		}
		out = append(out, saved...)
		builders = builders[n:]
	}
	return out, nil
}
