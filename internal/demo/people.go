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

// responderSpec is how to reach a person during an incident and what they
// may be called about: what the "who do I call" search finds.
type responderSpec struct {
	phone      string
	chatHandle string
	expertise  []string
}

// responders are the demo people's contact details. Engineers list the
// systems and skills they know, so that a search for "postgres" or
// "payments" finds more than the owning team; the others list what they
// are called about in an incident (customer messages, the press).
var responders = map[string]responderSpec{
	"Priya Raman":     {"+44 20 7946 0101", "@priya", []string{"payments", "idempotency", "incident analysis"}},
	"Aisha Bello":     {"+234 1 277 0102", "@aisha", []string{"payments", "paywave", "refunds"}},
	"Joon-ho Park":    {"+82 2 3140 0103", "@joonho", []string{"ledger", "payments reconciliation", "go"}},
	"Lena Fischer":    {"+49 30 1234 0104", "@lena", []string{"kubernetes", "postgres", "capacity planning"}},
	"Marcus Okafor":   {"+1 212 555 0105", "@marcus", []string{"postgres", "postgres replication", "pagebeacon"}},
	"Fatima Al-Sayed": {"+971 4 555 0106", "@fatima", []string{"dns", "tls certificates", "edgefast"}},
	"Chloé Martin":    {"+33 1 7036 0107", "@chloe", []string{"ci/cd", "feature flags", "terraform"}},
	"Diego Santos":    {"+55 11 5555 0108", "@diego", []string{"kafka", "stratus cloud", "disaster recovery"}},
	"Ethan Brooks":    {"+1 415 555 0109", "@ethan", []string{"checkout", "pricing", "web performance"}},
	"Tomás Álvarez":   {"+52 55 5555 0110", "@tomas", []string{"checkout", "redis", "load testing"}},
	"Ingrid Larsen":   {"+47 22 55 0111", "@ingrid", []string{"android", "mobile releases"}},
	"Aiko Tanaka":     {"+81 3 5555 0112", "@aiko", []string{"ios", "push notifications"}},
	"Rahul Mehta":     {"+91 80 5555 0113", "@rahul", []string{"warehouse", "kafka", "data pipelines"}},
	"Sam Whitfield":   {"+61 2 5555 0114", "@sam", []string{"warehouse", "postgres", "dashboards"}},
	"Maya Goldberg":   {"+1 646 555 0115", "@maya", []string{"incident review", "facilitation"}},
	"Grace O'Neill":   {"+353 1 555 0116", "@grace", []string{"customer communication", "support escalations"}},
	"Kwame Mensah":    {"+233 30 555 0117", "@kwame", []string{"customer communication"}},
	"Sofia Rossi":     {"+39 02 5555 0118", "@sofia", []string{"customer communication", "italian customers"}},
	"Hannah Lee":      {"+1 312 555 0119", "@hannah", []string{"support tooling", "status page"}},
	"Olivia Bennett":  {"+1 917 555 0120", "@olivia", []string{"status page", "customer communication", "press"}},
	"Amara Nwosu":     {"+44 20 7946 0122", "@amara", []string{"press", "social media"}},
	"Daniel Kim":      {"+1 416 555 0124", "@daniel", []string{"payments", "paywave contract"}},
	"Robert Adeyemi":  {"+44 20 7946 0127", "@robert", []string{"executive escalation"}},
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
