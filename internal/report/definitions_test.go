package report

import (
	"strings"
	"testing"

	"github.com/debrief/debrief/internal/analysis"
)

// Every figure the analysis defines has a plain-language definition for
// reports, so none falls back to the API's wording; the durations of a
// period's report also say what a median and a p90 are, and a single
// incident's do not.
func TestPlainDefinitionsCoverEveryFigure(t *testing.T) {
	all := &quoted{}
	for _, d := range analysis.Definitions() {
		if plainDefinitions[d.Key] == "" {
			t.Errorf("no plain definition of %s", d.Key)
		}
		all.add(d.Key)
	}
	for _, d := range all.definitions() {
		if strings.Contains(d.Definition, "median") {
			t.Errorf("%s: a one-incident definition explains medians: %s", d.Key, d.Definition)
		}
	}
	all.distributions = true
	for _, d := range all.definitions() {
		if _, duration := leftOut[d.Key]; duration && !strings.Contains(d.Definition, "The median is the middle incident") {
			t.Errorf("%s: a period's duration does not say what the median is: %s", d.Key, d.Definition)
		}
	}
}
