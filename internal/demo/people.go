package demo

import (
	"strings"

	"github.com/debrief/debrief/ent/schema/enum"
)

// teamSpec is one team of the demo organisation.
type teamSpec struct {
	name        string
	description string
}

// teamSpecs are the teams that own services and action items. Customer
// Support is a team too, so that support-owned actions show up in the
// follow-through figures next to engineering's.
var teamSpecs = []teamSpec{
	{"Payments", "Card and wallet payments, refunds and the ledger. Owns the PayWave integration."},
	{"Platform", "Compute, databases, networking, CI/CD and the on-call tooling every other team builds on."},
	{"Checkout", "Basket, pricing, checkout flow and the web storefront."},
	{"Mobile", "The iOS and Android apps and the mobile backend-for-frontend."},
	{"Data", "Event pipelines, the warehouse and the dashboards finance and product rely on."},
	{"Customer Support", "Front-line support across chat, email and phone: the customer's voice during incidents."},
}

// personSpec is one person of the demo organisation.
type personSpec struct {
	name       string
	title      string
	department enum.Department
	role       enum.Role
	timeZone   string // IANA name
	location   string // where they usually work from
	teams      []string
}

// people is the directory: every department is represented, so that
// reviews can show voices from outside engineering (and which are missing),
// and the time zones are spread widely enough to make "who is awake to
// call" a real question.
var people = []personSpec{
	// Engineering.
	{"Priya Raman", "Staff engineer", enum.DepartmentEngineering, enum.RoleAnalyst, "Europe/London", "London office", []string{"Payments"}},
	{"Aisha Bello", "Payments engineering lead", enum.DepartmentEngineering, enum.RoleMember, "Africa/Lagos", "Lagos, remote", []string{"Payments"}},
	{"Joon-ho Park", "Payments engineer", enum.DepartmentEngineering, enum.RoleMember, "Asia/Seoul", "Seoul, remote", []string{"Payments"}},
	{"Lena Fischer", "Platform lead", enum.DepartmentEngineering, enum.RoleAdmin, "Europe/Berlin", "Berlin office", []string{"Platform"}},
	{"Marcus Okafor", "Site reliability engineer", enum.DepartmentEngineering, enum.RoleMember, "America/New_York", "New York office", []string{"Platform"}},
	{"Fatima Al-Sayed", "Site reliability engineer", enum.DepartmentEngineering, enum.RoleMember, "Asia/Dubai", "Dubai, remote", []string{"Platform"}},
	{"Chloé Martin", "Platform engineer", enum.DepartmentEngineering, enum.RoleMember, "Europe/Paris", "Paris, remote", []string{"Platform"}},
	{"Diego Santos", "Site reliability engineer", enum.DepartmentEngineering, enum.RoleMember, "America/Sao_Paulo", "São Paulo, remote", []string{"Platform"}},
	{"Ethan Brooks", "Checkout engineering lead", enum.DepartmentEngineering, enum.RoleMember, "America/Los_Angeles", "San Francisco office", []string{"Checkout"}},
	{"Tomás Álvarez", "Senior engineer", enum.DepartmentEngineering, enum.RoleMember, "America/Mexico_City", "Mexico City, remote", []string{"Checkout"}},
	{"Ingrid Larsen", "Mobile engineering lead", enum.DepartmentEngineering, enum.RoleMember, "Europe/Oslo", "Oslo, remote", []string{"Mobile"}},
	{"Aiko Tanaka", "iOS engineer", enum.DepartmentEngineering, enum.RoleMember, "Asia/Tokyo", "Tokyo, remote", []string{"Mobile"}},
	{"Rahul Mehta", "Data engineering lead", enum.DepartmentEngineering, enum.RoleMember, "Asia/Kolkata", "Bengaluru office", []string{"Data"}},
	{"Sam Whitfield", "Data engineer", enum.DepartmentEngineering, enum.RoleMember, "Australia/Sydney", "Sydney, remote", []string{"Data", "Platform"}},
	{"Maya Goldberg", "Incident analyst", enum.DepartmentEngineering, enum.RoleAnalyst, "America/New_York", "New York office", nil},
	// Support.
	{"Grace O'Neill", "Support lead", enum.DepartmentSupport, enum.RoleAnalyst, "Europe/Dublin", "Dublin office", []string{"Customer Support"}},
	{"Kwame Mensah", "Support agent", enum.DepartmentSupport, enum.RoleMember, "Africa/Accra", "Accra, remote", []string{"Customer Support"}},
	{"Sofia Rossi", "Support agent", enum.DepartmentSupport, enum.RoleMember, "Europe/Rome", "Milan, remote", []string{"Customer Support"}},
	{"Hannah Lee", "Support operations manager", enum.DepartmentSupport, enum.RoleMember, "America/Chicago", "Chicago, remote", []string{"Customer Support"}},
	// Marketing.
	{"Olivia Bennett", "Communications manager", enum.DepartmentMarketing, enum.RoleMember, "America/New_York", "New York office", nil},
	{"Mateo Rojas", "Social media lead", enum.DepartmentMarketing, enum.RoleViewer, "America/Bogota", "Bogotá, remote", nil},
	{"Amara Nwosu", "PR and brand manager", enum.DepartmentMarketing, enum.RoleMember, "Europe/London", "London office", nil},
	// Product.
	{"Isabel Costa", "Product manager, Checkout", enum.DepartmentProduct, enum.RoleMember, "Europe/Lisbon", "Lisbon, remote", []string{"Checkout"}},
	{"Daniel Kim", "Product manager, Payments", enum.DepartmentProduct, enum.RoleMember, "America/Toronto", "Toronto, remote", []string{"Payments"}},
	{"Yara Haddad", "Product manager, Mobile", enum.DepartmentProduct, enum.RoleMember, "Asia/Singapore", "Singapore, remote", []string{"Mobile"}},
	// Leadership.
	{"Helen Zhao", "Chief technology officer", enum.DepartmentLeadership, enum.RoleViewer, "America/Los_Angeles", "San Francisco office", nil},
	{"Robert Adeyemi", "VP engineering", enum.DepartmentLeadership, enum.RoleAdmin, "Europe/London", "London office", nil},
	{"Claire Dubois", "VP customer experience", enum.DepartmentLeadership, enum.RoleViewer, "Europe/Paris", "Paris office", nil},
}

// facilitators are the people who run reviews; the incident analyst runs
// most of them, which is what the participation-balance view should show.
var facilitators = []string{"Maya Goldberg", "Maya Goldberg", "Lena Fischer", "Priya Raman", "Grace O'Neill"}

// emailOf derives a person's address from their name, folding the accents
// that are not valid in the local part of an ordinary address.
func emailOf(name string) string {
	local := strings.ToLower(asciiFolder.Replace(name))
	local = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r == '-':
			return r
		case r == ' ':
			return '.'
		}
		return -1
	}, local)
	return local + "@shop.example"
}

var asciiFolder = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "Á", "A", "É", "E")

// firstName is how people are addressed in comments and mentions.
func firstName(name string) string {
	first, _, _ := strings.Cut(name, " ")
	return first
}

// personNamed finds a person of the directory; the tables only refer to
// people that exist (checked by checkReferences).
func personNamed(name string) *personSpec {
	for i := range people {
		if people[i].name == name {
			return &people[i]
		}
	}
	return nil
}

// peopleWhere lists, in directory order, the people that match keep.
func peopleWhere(keep func(*personSpec) bool) []*personSpec {
	var out []*personSpec
	for i := range people {
		if keep(&people[i]) {
			out = append(out, &people[i])
		}
	}
	return out
}

// engineersOf lists the engineers of a team.
func engineersOf(team string) []*personSpec {
	return peopleWhere(func(p *personSpec) bool {
		return p.department == enum.DepartmentEngineering && inTeam(p, team)
	})
}

// inDepartment lists the people of a department.
func inDepartment(d enum.Department) []*personSpec {
	return peopleWhere(func(p *personSpec) bool { return p.department == d })
}

func inTeam(p *personSpec, team string) bool {
	for _, t := range p.teams {
		if t == team {
			return true
		}
	}
	return false
}
