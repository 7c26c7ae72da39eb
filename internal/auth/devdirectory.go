package auth

import (
	"context"
	"fmt"
	"strings"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/devidp"
	"github.com/debrief/debrief/internal/viewer"
)

// DevDirectory lets the development identity provider offer Debrief's own
// people for sign-in, and add new ones. Each person it offers is linked to
// the provider (issuer and subject), so signing in finds the same user.
type DevDirectory struct {
	Client *ent.Client
	Issuer string
}

var _ devidp.Directory = DevDirectory{}

// People lists the people who can sign in: everyone not yet linked to
// another provider, and not a service account.
func (d DevDirectory) People(ctx context.Context) ([]devidp.Person, error) {
	sys := viewer.System(ctx)
	users, err := d.Client.User.Query().
		Where(
			user.ServiceAccount(false),
			user.Or(user.OidcIssuerIsNil(), user.OidcIssuer(""), user.OidcIssuer(d.Issuer)),
		).
		Order(ent.Asc(user.FieldName)).
		Limit(500).
		All(sys)
	if err != nil {
		return nil, err
	}
	out := make([]devidp.Person, 0, len(users))
	for _, u := range users {
		if u.OidcIssuer != d.Issuer {
			u, err = u.Update().SetOidcIssuer(d.Issuer).SetOidcSubject(fmt.Sprintf("dev-%d", u.ID)).Save(sys)
			if err != nil {
				return nil, err
			}
		}
		out = append(out, personOf(u))
	}
	return out, nil
}

// AddPerson creates a user from the development sign-in page.
func (d DevDirectory) AddPerson(ctx context.Context, p devidp.Person) (devidp.Person, error) {
	sys := viewer.System(ctx)
	subject := "dev-" + strings.ToLower(randomToken(9))
	u, err := d.Client.User.Create().
		SetName(p.Name).
		SetEmail(p.Email).
		SetDepartment(enum.Department(p.Department)).
		SetRole(enum.Role(p.Role)).
		SetOidcIssuer(d.Issuer).
		SetOidcSubject(subject).
		Save(sys)
	if err != nil {
		return devidp.Person{}, err
	}
	return personOf(u), nil
}

func personOf(u *ent.User) devidp.Person {
	return devidp.Person{
		Subject: u.OidcSubject, Name: u.Name, Email: u.Email,
		Department: string(u.Department), Role: string(u.Role),
	}
}
