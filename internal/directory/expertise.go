package directory

import (
	"strings"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent/predicate"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/apperr"
)

// ExpertiseFilter is the people filter for a skill named in part, as the
// API's where input takes it: a typing mistake, not a search, so it is
// refused rather than cut when it is too long to be a skill anyone lists.
func ExpertiseFilter(field, q string) (predicate.User, error) {
	if n := utf8.RuneCountInString(q); n > MaxQueryLength {
		return nil, apperr.Invalid(field, "%s: at most %d characters, not %d", field, MaxQueryLength, n)
	}
	return ExpertiseContainsFold(q), nil
}

// ExpertiseContainsFold matches people with a skill that contains q,
// ignoring case: "postg" finds "PostgreSQL". Each skill of the list is
// matched on its own rather than the list's JSON text, so that quotes,
// commas and brackets in q match only what people typed, and characters
// JSON escapes (& < >, which Go writes as \u0026…) match as themselves.
// A % or _ in q is a character to find, not a wildcard.
func ExpertiseContainsFold(q string) predicate.User {
	pattern := "%" + escapeLike(strings.ToLower(q)) + "%"
	return func(s *sql.Selector) {
		col := s.C(user.FieldExpertise)
		postgres := s.Dialect() == dialect.Postgres
		s.Where(sql.P(func(b *sql.Builder) {
			if postgres {
				// jsonb_array_elements_text fails on anything but an array,
				// and a cleared list may be stored as the JSON null.
				b.WriteString("EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(" + col + ") = 'array' THEN " + col + " END) AS skill(name)")
				// ILIKE folds case beyond ASCII; backslash is LIKE's default escape.
				b.WriteString(" WHERE skill.name ILIKE ").Arg(pattern).WriteString(")")
				return
			}
			// SQLite: json_each yields no row for NULL; for the JSON null
			// one whose value is NULL, which LIKE never matches.
			b.WriteString("EXISTS (SELECT 1 FROM json_each(" + col + ") AS skill")
			b.WriteString(" WHERE lower(skill.value) LIKE ").Arg(pattern).WriteString(` ESCAPE '\')`)
		}))
	}
}

// likeEscaper makes LIKE's wildcards, and its escape character, literal.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

func escapeLike(s string) string { return likeEscaper.Replace(s) }
