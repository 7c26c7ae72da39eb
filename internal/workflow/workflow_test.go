package workflow

import (
	"slices"
	"strings"
	"testing"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
)

func TestNormalizeIncidentTypes(t *testing.T) {
	got, err := NormalizeIncidentTypes([]string{" Security", "data-loss", "security"})
	if err != nil || !slices.Equal(got, []string{"security", "data-loss"}) {
		t.Errorf("got %v, %v", got, err)
	}
	for _, bad := range [][]string{{""}, {"two words"}, {"-leading"}, strings.Fields("a b c d e f g h i j k l m n o p q r s t u")} {
		if _, err := NormalizeIncidentTypes(bad); err == nil {
			t.Errorf("%q accepted", bad)
		} else if e, ok := apperr.As(err); !ok || e.Field != "incidentTypes" {
			t.Errorf("%q: %v is not a field error", bad, err)
		}
	}
}

func TestMatches(t *testing.T) {
	sev2 := &ent.Incident{Severity: enum.SeveritySev2}
	for _, c := range []struct {
		what string
		t    ent.WorkflowTemplate
		tags []string
		want bool
	}{
		{"any", ent.WorkflowTemplate{}, nil, true},
		{"severity matches", ent.WorkflowTemplate{Severities: []enum.Severity{enum.SeveritySev1, enum.SeveritySev2}}, nil, true},
		{"severity differs", ent.WorkflowTemplate{Severities: []enum.Severity{enum.SeveritySev1}}, nil, false},
		{"type matches a tag", ent.WorkflowTemplate{IncidentTypes: []string{"security", "data-loss"}}, []string{"data-loss"}, true},
		{"no tag of the type", ent.WorkflowTemplate{IncidentTypes: []string{"security"}}, []string{"database"}, false},
		{"both must match", ent.WorkflowTemplate{Severities: []enum.Severity{enum.SeveritySev1}, IncidentTypes: []string{"security"}}, []string{"security"}, false},
	} {
		if got := Matches(&c.t, sev2, c.tags); got != c.want {
			t.Errorf("%s: %v, want %v", c.what, got, c.want)
		}
	}
}
