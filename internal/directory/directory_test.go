package directory

import (
	"slices"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
)

func TestClock(t *testing.T) {
	summer := time.Date(2026, 7, 1, 12, 5, 0, 0, time.UTC)
	winter := time.Date(2026, 1, 15, 23, 30, 0, 0, time.UTC)
	for _, c := range []struct {
		zone         string
		now          time.Time
		local, offet string
	}{
		{"Europe/Berlin", summer, "14:05", "+02:00"},
		{"Europe/Berlin", winter, "00:30", "+01:00"},
		{"America/New_York", summer, "08:05", "-04:00"},
		{"Asia/Kolkata", winter, "05:00", "+05:30"},
		{"UTC", summer, "12:05", "+00:00"},
		{"", summer, "12:05", "+00:00"},
		{"Nowhere/Special", summer, "12:05", "+00:00"},
	} {
		if local, off := clock(c.zone, c.now); local != c.local || off != c.offet {
			t.Errorf("%s at %s: %s %s, want %s %s", c.zone, c.now, local, off, c.local, c.offet)
		}
	}
}

// The ranking over a candidate set, without a database: tiers first,
// names only break ties, and every reason is kept, strongest first.
func TestRank(t *testing.T) {
	u := func(id int, name string, expertise ...string) *ent.User {
		return &ent.User{ID: id, Name: name, TimeZone: "Europe/Berlin", Expertise: expertise}
	}
	contact, owner, partialOwner := u(1, "Zed Contact"), u(2, "Yan Owner", "postgres"), u(3, "Xi Partial owner")
	exact, partial, byName := u(4, "Wu Exact", "Postgres"), u(5, "Val Partial", "postgres replication"), u(6, "Postgres Fan")
	teamMember := u(7, "Tia Team")
	db := &ent.Service{ID: 10, Name: "postgres"}
	db.Edges.EscalationContacts = []*ent.User{contact}
	db.Edges.OwnerTeam = &ent.Team{ID: 20, Name: "Platform"}
	db.Edges.OwnerTeam.Edges.Members = []*ent.User{owner}
	replica := &ent.Service{ID: 11, Name: "postgres-replica"}
	replica.Edges.OwnerTeam = &ent.Team{ID: 21, Name: "Data"}
	replica.Edges.OwnerTeam.Edges.Members = []*ent.User{partialOwner}
	dbTeam := &ent.Team{ID: 22, Name: "Postgres guild"}
	dbTeam.Edges.Members = []*ent.User{teamMember}

	now := time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC)
	res := rank("postgres", []*ent.Service{replica, db}, []*ent.Team{dbTeam}, []*ent.User{owner, exact, partial, byName}, 50, now)
	var names []string
	for _, m := range res.People {
		names = append(names, m.User.Name)
	}
	want := []string{"Zed Contact", "Yan Owner", "Xi Partial owner", "Wu Exact", "Val Partial", "Tia Team", "Postgres Fan"}
	if !slices.Equal(names, want) {
		t.Fatalf("ranked %v, want %v", names, want)
	}
	if r := res.People[1].Reasons; len(r) != 2 || r[0].Reason != ReasonServiceOwner || r[1].Reason != ReasonExpertise {
		t.Errorf("the owner's reasons: %+v", r)
	}
	if res.People[0].LocalTime != "14:00" || res.People[0].UTCOffset != "+02:00" {
		t.Errorf("clock: %s %s", res.People[0].LocalTime, res.People[0].UTCOffset)
	}
	if len(res.Services) != 2 || res.Services[0].Name != "postgres" {
		t.Errorf("services: the exact match first, got %v", res.Services)
	}
	if short := rank("postgres", []*ent.Service{replica, db}, nil, nil, 1, now); len(short.People) != 1 || short.People[0].User.Name != "Zed Contact" {
		t.Errorf("limit 1: %+v", short.People)
	}
}
