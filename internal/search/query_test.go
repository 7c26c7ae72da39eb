package search

import "testing"

// Queries are read the way web search boxes read them, and written for
// each database so that nothing typed is an operator it did not mean.
func TestQueryTranslation(t *testing.T) {
	for _, c := range []struct{ in, fts, web string }{
		{`connection pool`, `("connection") AND ("pool")`, `connection pool`},
		{`"connection pool" timeout`, `("connection" + "pool") AND ("timeout")`, `"connection pool" timeout`},
		{`dns or cache -ttl`, `("dns" OR "cache") NOT "ttl"`, `dns or cache -ttl`},
		{`NEAR(a b) AND c*`, `("NEAR" + "a") AND ("b") AND ("AND") AND ("c")`, `"NEAR a" b AND c`},
		{`-only`, ``, `-only`},
		{`or`, ``, ``},
		{`"unbalanced`, `("unbalanced")`, `unbalanced`},
		{"a\x00b \xff", `("a") AND ("b")`, `a b`},
		{`"" * ^ :`, ``, ``},
		{`Überlastung 日本語`, `("Überlastung") AND ("日本語")`, `Überlastung 日本語`},
	} {
		terms := parse(c.in)
		if got := fts5(terms); got != c.fts {
			t.Errorf("fts5(%q) = %q, want %q", c.in, got, c.fts)
		}
		if got := websearch(terms); got != c.web {
			t.Errorf("websearch(%q) = %q, want %q", c.in, got, c.web)
		}
	}
}

func TestHitTitle(t *testing.T) {
	if got := hitTitle("  Title ", "body"); got != "Title" {
		t.Errorf("hitTitle = %q", got)
	}
	long := "word " + "longer words follow here and keep on going until the title must be cut somewhere sensible"
	if got := hitTitle("", long); len([]rune(got)) > 81 || got[len(got)-len(Ellipsis):] != Ellipsis {
		t.Errorf("hitTitle of a long text = %q", got)
	}
}
