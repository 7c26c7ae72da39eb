package devidp

import (
	"cmp"
	"net/mail"
	"slices"
	"strings"

	"github.com/debrief/debrief/ent/schema/enum"
)

// The values travel in the `department` and `groups` claims, so they come
// from Debrief's own vocabularies rather than a copy that could drift.
var (
	departments = enum.Department("").Values()
	roles       = enum.Role("").Values()
)

// newPersonFromForm trims and checks what the sign-in page's "create a
// person" form sent. A non-empty problem is a sentence for the sign-in page,
// which is why it is not an error value.
func newPersonFromForm(name, email, department, role string) (p Person, problem string) {
	p = Person{
		Name:       strings.TrimSpace(name),
		Email:      strings.TrimSpace(email),
		Department: strings.TrimSpace(department),
		Role:       strings.TrimSpace(role),
	}
	if p.Name == "" {
		return p, "Please enter a name."
	}
	// A real provider always vouches for an address (email_verified), so
	// one is required, and it must be a bare address, not "Ada <ada@…>".
	if addr, err := mail.ParseAddress(p.Email); err != nil || addr.Address != p.Email {
		return p, "Please enter a valid email address, like ada@example.com."
	}
	if !slices.Contains(departments, p.Department) {
		return p, "Please pick a department from the list."
	}
	if !slices.Contains(roles, p.Role) {
		return p, "Please pick a role from the list."
	}
	return p, ""
}

// findPerson returns the person with the given subject.
func findPerson(people []Person, subject string) (Person, bool) {
	i := slices.IndexFunc(people, func(p Person) bool { return p.Subject == subject })
	if i < 0 {
		return Person{}, false
	}
	return people[i], true
}

// sortedByName returns a copy of people in a stable, readable order for the
// sign-in page, whatever order the directory keeps them in.
func sortedByName(people []Person) []Person {
	sorted := slices.Clone(people)
	slices.SortStableFunc(sorted, func(a, b Person) int {
		return cmp.Or(
			cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
			cmp.Compare(a.Subject, b.Subject),
		)
	})
	return sorted
}
