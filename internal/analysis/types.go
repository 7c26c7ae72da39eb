// Package analysis answers cross-incident questions: incidents grouped by
// up to two dimensions, with counts, shares, impact, durations as
// distributions (outliers named), follow-through, recurring factors and a
// trend; every figure with its definition and the annotations that touch
// it. The database does the counting, in a fixed number of statements, on
// the set of incidents the viewer may see (ent privacy decides that set).
package analysis

import (
	"io"
	"strconv"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/followup"
)

// Dimension is what incidents are grouped by.
type Dimension string

// Dimensions.
const (
	Service        Dimension = "SERVICE"
	Vendor         Dimension = "VENDOR"
	Team           Dimension = "TEAM"
	FactorCategory Dimension = "FACTOR_CATEGORY"
	Severity       Dimension = "SEVERITY"
	Tag            Dimension = "TAG"
	Month          Dimension = "MONTH"
	Quarter        Dimension = "QUARTER"
)

// Values lists the dimensions.
func (Dimension) Values() []string {
	return []string{"SERVICE", "VENDOR", "TEAM", "FACTOR_CATEGORY", "SEVERITY", "TAG", "MONTH", "QUARTER"}
}

// MarshalGQL writes the dimension as a GraphQL enum.
func (d Dimension) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(d))) }

// UnmarshalGQL reads a GraphQL enum value.
func (d *Dimension) UnmarshalGQL(x any) error {
	s, _ := x.(string)
	for _, ok := range d.Values() {
		if s == ok {
			*d = Dimension(s)
			return nil
		}
	}
	return &invalidEnum{s, "AnalysisDimension"}
}

// Interval is the period a trend is counted by.
type Interval string

// Intervals.
const (
	ByMonth   Interval = "MONTH"
	ByQuarter Interval = "QUARTER"
)

// Values lists the intervals.
func (Interval) Values() []string { return []string{"MONTH", "QUARTER"} }

// MarshalGQL writes the interval as a GraphQL enum.
func (i Interval) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(i))) }

// UnmarshalGQL reads a GraphQL enum value.
func (i *Interval) UnmarshalGQL(x any) error {
	s, _ := x.(string)
	for _, ok := range i.Values() {
		if s == ok {
			*i = Interval(s)
			return nil
		}
	}
	return &invalidEnum{s, "TrendInterval"}
}

type invalidEnum struct{ s, typ string }

func (e *invalidEnum) Error() string { return strconv.Quote(e.s) + " is not a " + e.typ }

// Filter says which incidents an analysis covers.
type Filter struct {
	From              *time.Time
	To                *time.Time
	ServiceIDs        []int
	VendorIDs         []int
	TeamIDs           []int
	FactorCategoryIDs []int
	Severities        []enum.Severity
	TagIDs            []int
	// Months ("2026-03") and Quarters ("2026-Q1"), in UTC like the MONTH
	// and QUARTER dimensions: incidents started in any of them.
	Months   []string
	Quarters []string
}

// empty reports whether the filter narrows nothing (every incident the
// viewer may see is in scope).
func (f Filter) empty() bool {
	return f.From == nil && f.To == nil && len(f.ServiceIDs) == 0 && len(f.VendorIDs) == 0 && len(f.TeamIDs) == 0 &&
		len(f.FactorCategoryIDs) == 0 && len(f.Severities) == 0 && len(f.TagIDs) == 0 && len(f.Months) == 0 && len(f.Quarters) == 0
}

// Key is one dimension's value of a group; a nil Value is the group of
// incidents without a value for the dimension.
type Key struct {
	Dimension   Dimension
	Value       *string
	Label       string
	PeriodStart *time.Time
	PeriodEnd   *time.Time
}

// KeyInput selects a group when opening the incidents behind a figure.
type KeyInput struct {
	Dimension Dimension
	Value     *string
}

// IncidentRef names an incident beside a figure.
type IncidentRef struct {
	ID        int
	Title     string
	StartedAt time.Time
	Value     *int
}

// Distribution is a duration's distribution, in seconds.
type Distribution struct {
	Key        string
	Definition string
	N          int
	Open       int
	Median     *int
	P90        *int
	Min        *int
	Max        *int
	Outliers   []*IncidentRef
}

// Impact is the customer impact of a group.
type Impact struct {
	Definition        string
	CustomersAffected int
	Known             int
	Unknown           int
}

// Figures are one group's figures.
type Figures struct {
	Count             int
	Share             float64
	Impact            Impact
	TimeToDetect      *Distribution
	TimeToAcknowledge *Distribution
	TimeToMitigate    *Distribution
	TimeToResolve     *Distribution
	FollowThrough     followup.Figures
}

// Group is incidents sharing one value per grouped dimension.
type Group struct {
	Keys        []*Key
	Figures     *Figures
	Annotations []*ent.Annotation
}

// Definition is what a figure counts. It is the schema's type so that
// reports can store the definitions of the figures they quote.
type Definition = enum.FigureDefinition

// TrendPoint is the incidents started in one period.
type TrendPoint struct {
	Period      string
	PeriodStart time.Time
	PeriodEnd   time.Time
	Count       int
}

// TrendSeries is one group's incidents per period.
type TrendSeries struct {
	Key    *Key
	Points []*TrendPoint
}

// RecurringFactor is a factor category seen in several incidents.
type RecurringFactor struct {
	Key           *Key
	IncidentCount int
	Incidents     []*IncidentRef
}

// Result is the answer to one analysis.
type Result struct {
	GroupBy          []Dimension
	Total            *Figures
	Groups           []*Group
	Trend            []*TrendSeries
	RecurringFactors []*RecurringFactor
	Definitions      []*Definition
	Annotations      []*ent.Annotation
}
