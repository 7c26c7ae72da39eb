package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQueryRunes bounds what is searched for; longer input is cut.
const maxQueryRunes = 500

// term is one part of a query as people type it.
type term struct {
	words  []string // a phrase when more than one
	negate bool
	or     bool // "or" between the previous term and the next
}

// parse reads a query the way web search boxes do: "quoted phrases", the
// word or between alternatives, and -excluded words. Punctuation is taken
// as a word break, so nothing a person types is a syntax error.
func parse(q string) []term {
	q = clean(q)
	var terms []term
	for len(q) > 0 {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if q == "" {
			break
		}
		negate := false
		if q[0] == '-' {
			negate, q = true, q[1:]
		}
		var raw string
		if strings.HasPrefix(q, `"`) {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				raw, q = q[1:], ""
			} else {
				raw, q = q[1:end+1], q[end+2:]
			}
		} else {
			end := strings.IndexFunc(q, unicode.IsSpace)
			if end < 0 {
				end = len(q)
			}
			raw, q = q[:end], q[end:]
		}
		words := strings.FieldsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if len(words) == 0 {
			continue
		}
		if len(words) == 1 && !negate && strings.EqualFold(words[0], "or") && !strings.HasPrefix(raw, `"`) {
			if len(terms) > 0 {
				terms[len(terms)-1].or = true
			}
			continue
		}
		terms = append(terms, term{words: words, negate: negate})
	}
	if len(terms) > 0 {
		terms[len(terms)-1].or = false
	}
	return terms
}

// clean drops invalid UTF-8 and control characters (a NUL byte is an error
// to PostgreSQL) and cuts the query to maxQueryRunes.
func clean(q string) string {
	q = strings.ToValidUTF8(q, " ")
	var b strings.Builder
	n := 0
	for _, r := range q {
		if n == maxQueryRunes {
			break
		}
		if unicode.IsControl(r) || r == utf8.RuneError {
			r = ' '
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// fts5 writes terms as an FTS5 query: every word quoted (so AND, NEAR, *
// or ^ are words, not operators), phrases as phrases, "or" as OR, and
// excluded words as NOT after the rest. It returns "" when nothing is
// left to look for.
func fts5(terms []term) string {
	var pos, neg []string
	orNext := false
	for _, t := range terms {
		quoted := make([]string, len(t.words))
		for i, w := range t.words {
			quoted[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		}
		p := strings.Join(quoted, " + ")
		if t.negate {
			neg = append(neg, p)
			continue
		}
		if orNext && len(pos) > 0 {
			pos[len(pos)-1] += " OR " + p
		} else {
			pos = append(pos, p)
		}
		orNext = t.or
	}
	if len(pos) == 0 {
		return "" // FTS5 cannot look for "not x" alone
	}
	q := "(" + strings.Join(pos, ") AND (") + ")"
	for _, n := range neg {
		q += " NOT " + n
	}
	return q
}

// websearch writes terms back as input for PostgreSQL's
// websearch_to_tsquery, which never fails on syntax: what parse dropped
// (punctuation) stays dropped, so both databases find the same.
func websearch(terms []term) string {
	var parts []string
	for i, t := range terms {
		p := strings.Join(t.words, " ")
		if len(t.words) > 1 {
			p = `"` + p + `"`
		}
		if t.negate {
			p = "-" + p
		}
		parts = append(parts, p)
		if t.or && i < len(terms)-1 {
			parts = append(parts, "or")
		}
	}
	return strings.Join(parts, " ")
}
