package analysis

import (
	"fmt"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent/incident"
)

var sprintf = fmt.Sprintf

// The statements share their first common table expressions:
//
//	scope  the incidents the viewer may see that match the filter, with
//	       their durations and periods: the ent query's own SELECT, privacy
//	       predicates included, so nothing here bypasses the access rules;
//	p1/m1  each incident's values of the first grouped dimension (m1 adds
//	       the incidents without any, with a NULL value), p2/m2 the second;
//	g      (t, incident_id, k1, k2): t = 0 for the group rows, t = 1 for
//	       the total, where every incident is once with NULL keys. Keeping
//	       the total in the same rows saves a statement per figure.
//
// Factors and actions are read from their tables without their own
// policies: both are visible exactly when their incident is (see
// internal/policy), and only incidents in scope are joined.

// sqlDialect writes the few expressions PostgreSQL and SQLite spell
// differently.
type sqlDialect string

// seconds is end - start in whole seconds (NULL when end is).
func (d sqlDialect) seconds(end, start string) string {
	if d == dialect.Postgres {
		return sprintf("CAST(EXTRACT(EPOCH FROM (%s - %s)) AS BIGINT)", end, start)
	}
	return sprintf("(%s - %s)", d.epoch(end), d.epoch(start))
}

// epoch is a time as Unix seconds: scanned the same from both databases.
// The SQLite driver stores times as Go's Time.String() ("2026-01-05
// 10:00:00.5 +0100 CET"), which SQLite's date functions do not read: the
// first 19 characters are read as the local time and the offset after the
// next space is subtracted.
func (d sqlDialect) epoch(col string) string {
	if d == dialect.Postgres {
		return sprintf("CAST(EXTRACT(EPOCH FROM %s) AS BIGINT)", col)
	}
	off := sprintf("substr(substr(%s, 20), instr(substr(%s, 20), ' ') + 1, 5)", col, col)
	return sprintf("(CAST(strftime('%%s', substr(%s, 1, 19)) AS INTEGER) - "+
		"(CASE substr(%s, 1, 1) WHEN '-' THEN -1 ELSE 1 END) * (CAST(substr(%s, 2, 2) AS INTEGER) * 3600 + CAST(substr(%s, 4, 2) AS INTEGER) * 60))",
		col, off, off, off)
}

// month is 2026-03 for a time (in UTC).
func (d sqlDialect) month(col string) string {
	if d == dialect.Postgres {
		return sprintf("to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM')", col)
	}
	return sprintf("strftime('%%Y-%%m', %s, 'unixepoch')", d.epoch(col))
}

// quarter is 2026-Q1 for a time (in UTC).
func (d sqlDialect) quarter(col string) string {
	if d == dialect.Postgres {
		return sprintf("to_char(%s AT TIME ZONE 'UTC', 'YYYY-\"Q\"Q')", col)
	}
	e := d.epoch(col)
	return sprintf("(strftime('%%Y', %s, 'unixepoch') || '-Q' || ((CAST(strftime('%%m', %s, 'unixepoch') AS INTEGER) + 2) / 3))", e, e)
}

// text casts a group key to text. On PostgreSQL in the C collation: the
// keys are sorted and hashed for every window and GROUP BY, and sorting
// them by the database's locale cost more than the rest of the statement.
func (d sqlDialect) text(expr string) string {
	if d == dialect.Postgres {
		return sprintf("CAST(%s AS TEXT) COLLATE \"C\"", expr)
	}
	return sprintf("CAST(%s AS TEXT)", expr)
}

// plan is one analysis request, as SQL.
type plan struct {
	dims    []Dimension
	filter  Filter
	dialect sqlDialect
}

// statement turns an incident query into one analysis statement: body
// writes the common table expressions after scope (each starting with a
// comma) and must define "final", whose rows are the result. It runs as
// the query's last ordering step, so that the privacy and filter
// predicates are already on the selector when scope is cut from it.
func (p *plan) statement(body func(b *sql.Builder)) incident.OrderOption {
	return func(s *sql.Selector) {
		d := sqlDialect(s.Dialect())
		p.dialect = d
		scope := s.Clone()
		// The scope keeps the selector's own predicate, not the clone's
		// copy: ent's comparison predicates (GTE, LT, …) write their
		// operator into the predicate they were made on, so a copied lone
		// condition rendered as "started_at $1" (an analysis with only a
		// start date failed). s's predicate is not rendered anywhere else:
		// s is cleared below.
		scope.SetP(s.P())
		scope.Select(scope.C(incident.FieldID), scope.C(incident.FieldStartedAt), scope.C(incident.FieldSeverity), scope.C(incident.FieldCustomersAffected))
		start := scope.C(incident.FieldStartedAt)
		for i, m := range durations {
			scope.AppendSelectExprAs(sql.Raw(d.seconds(scope.C(m.toField), start)), sprintf("d%d", i))
		}
		scope.AppendSelectExprAs(sql.Raw(d.epoch(start)), "st").
			AppendSelectExprAs(sql.Raw(d.month(start)), "mon").
			AppendSelectExprAs(sql.Raw(d.quarter(start)), "qtr")
		s.SetP(nil)
		s.Prefix(sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("WITH scope AS (").Join(scope).WriteString(")")
			body(b)
		}))
		s.SelectExpr(sql.Raw("*")).From(sql.Table("final"))
	}
}

// groups writes p1/m1, p2/m2 and g for the plan's dimensions.
func (p *plan) groups(b *sql.Builder) {
	for i, dim := range p.dims {
		p.members(b, i+1, dim)
	}
	// g carries the incident's figures along, so that nothing joins scope
	// again per figure.
	b.WriteString(", g AS (")
	switch len(p.dims) {
	case 1:
		b.WriteString("SELECT 0 AS t, incident_id, k AS k1, " + p.dialect.text("NULL") + " AS k2, " + g1 + " FROM m1 UNION ALL ")
	case 2:
		b.WriteString("SELECT 0 AS t, m1.incident_id, m1.k AS k1, m2.k AS k2, " + g1m + " FROM m1 JOIN m2 ON m2.incident_id = m1.incident_id UNION ALL ")
	}
	k1, k2 := p.dialect.text("NULL"), p.dialect.text("NULL")
	if len(p.dims) > 0 {
		k1 = p.null(p.dims[0])
	}
	if len(p.dims) > 1 {
		k2 = p.null(p.dims[1])
	}
	b.WriteString("SELECT 1 AS t, id AS incident_id, " + k1 + " AS k1, " + k2 + " AS k2, " + g1 + " FROM scope)")
}

// null is a NULL of the type of dim's keys: the IDs stay integers while
// the statement sorts and groups by them (cheaper than text); they become
// text only in the final rows.
func (p *plan) null(dim Dimension) string {
	switch dim {
	case Severity, Month, Quarter:
		return p.dialect.text("NULL")
	}
	return "CAST(NULL AS BIGINT)"
}

// carried are the columns of scope that m1/m2 and g carry along.
const (
	carried = "scope.customers_affected, scope.d0, scope.d1, scope.d2, scope.d3, scope.mon, scope.qtr"
	g1      = "customers_affected, d0, d1, d2, d3"
	g1m     = "m1.customers_affected, m1.d0, m1.d1, m1.d2, m1.d3"
)

// members writes p<i> (each incident's values of dim, restricted to the
// filter's values of that dimension) and m<i> (p<i> plus the incidents
// without a value, with NULL).
func (p *plan) members(b *sql.Builder, i int, dim Dimension) {
	single := map[Dimension]string{Severity: p.dialect.text("severity"), Month: p.dialect.text("mon"), Quarter: p.dialect.text("qtr")}
	if col, ok := single[dim]; ok {
		b.WriteString(sprintf(", m%d AS (SELECT scope.id AS incident_id, %s AS k, %s FROM scope)", i, col, carried))
		return
	}
	b.WriteString(sprintf(", p%d AS (SELECT DISTINCT ", i))
	var restrict []int
	switch dim {
	case Service:
		b.WriteString("x.incident_id, x.service_id AS k FROM incident_services x JOIN scope ON scope.id = x.incident_id WHERE 1 = 1")
		restrict = p.filter.ServiceIDs
		p.in(b, "x.service_id", restrict)
	case Vendor:
		b.WriteString("x.incident_id, x.vendor_id AS k FROM incident_vendors x JOIN scope ON scope.id = x.incident_id WHERE 1 = 1")
		p.in(b, "x.vendor_id", p.filter.VendorIDs)
	case Tag:
		b.WriteString("x.incident_id, x.tag_id AS k FROM incident_tags x JOIN scope ON scope.id = x.incident_id WHERE 1 = 1")
		p.in(b, "x.tag_id", p.filter.TagIDs)
	case Team:
		b.WriteString("x.incident_id, sv.owner_team_id AS k FROM incident_services x JOIN scope ON scope.id = x.incident_id " +
			"JOIN services sv ON sv.id = x.service_id WHERE sv.owner_team_id IS NOT NULL")
		p.in(b, "sv.owner_team_id", p.filter.TeamIDs)
	case FactorCategory:
		b.WriteString("x.incident_id, x.category_id AS k FROM contributing_factors x JOIN scope ON scope.id = x.incident_id WHERE 1 = 1")
		p.in(b, "x.category_id", p.filter.FactorCategoryIDs)
	}
	// A left join gives the incidents without a value their NULL row (a
	// NOT EXISTS against the CTE would be a nested loop: CTEs have no index).
	b.WriteString(sprintf("), m%d AS (SELECT scope.id AS incident_id, p%d.k, %s FROM scope LEFT JOIN p%d ON p%d.incident_id = scope.id)", i, i, carried, i, i))
}

// in writes " AND col IN (…)" when ids are given.
func (p *plan) in(b *sql.Builder, col string, ids []int) {
	if len(ids) == 0 {
		return
	}
	b.WriteString(" AND " + col + " IN (")
	for i, id := range ids {
		if i > 0 {
			b.WriteString(", ")
		}
		b.Arg(id)
	}
	b.WriteString(")")
}

// analysisSQL is the whole analysis in one statement, so that scope and g
// are computed once (each materialised once by PostgreSQL) instead of once
// per figure: the parts below each end in a CTE f1…f5, and final stacks
// them, every part's row tagged with its number and padded to the same
// columns. Parts not wanted are not written at all (the counts, f1, always
// are).
func (p *plan) analysisSQL(now any, interval Interval, recurringMin int, want Parts) func(b *sql.Builder) {
	return func(b *sql.Builder) {
		p.groups(b)
		p.counts(b)
		// Each part keeps its number (f1…f5) whether or not the others
		// are computed: the rows say which part they belong to.
		type part struct {
			n     int
			write func()
			cols  string
		}
		parts := []part{{1, func() {}, "t k1 k2 cnt customers known n0 n1 n2 n3"}}
		if want.Distributions {
			parts = append(parts, part{2, func() { p.distributions(b) }, "t k1 k2 metric n vmin median p90 incident_id v last outlier title started"})
		}
		if want.FollowThrough {
			parts = append(parts, part{3, func() { p.followThrough(b, now) }, "t k1 k2 total done late dropped overdue"})
		}
		if want.Trend {
			parts = append(parts, part{4, func() { p.trend(b, interval) }, "k1 period cnt"})
		}
		if want.Recurring {
			parts = append(parts, part{5, func() { p.recurring(b, recurringMin) }, "category_id cnt incident_id title started"})
		}
		for _, pt := range parts {
			pt.write()
		}
		// Only the columns some part has: a counts-only request reads 10
		// columns per row, not 28 (every column is a value to scan).
		used := map[string]bool{}
		for _, pt := range parts {
			for c := range set(pt.cols) {
				used[c] = true
			}
		}
		b.WriteString(", final AS (")
		for i, pt := range parts {
			if i > 0 {
				b.WriteString(" UNION ALL ")
			}
			has := set(pt.cols)
			b.WriteString(sprintf("SELECT %d AS part", pt.n))
			for _, c := range columns {
				if !used[c.name] {
					continue
				}
				expr := "NULL"
				if has[c.name] {
					expr = sprintf("f%d.%s", pt.n, c.name)
				}
				switch c.typ {
				case "key":
					b.WriteString(", " + p.dialect.text(expr) + " AS " + c.name)
				default:
					b.WriteString(sprintf(", CAST(%s AS %s) AS %s", expr, c.typ, c.name))
				}
			}
			b.WriteString(sprintf(" FROM f%d", pt.n))
		}
		b.WriteString(")")
	}
}

// columns are the result columns of analysisSQL, with their types.
var columns = []struct{ name, typ string }{
	{"t", "BIGINT"}, {"k1", "key"}, {"k2", "key"}, {"metric", "BIGINT"}, {"n", "BIGINT"}, {"vmin", "BIGINT"},
	{"median", "BIGINT"}, {"p90", "BIGINT"}, {"incident_id", "BIGINT"}, {"v", "BIGINT"}, {"last", "BIGINT"},
	{"outlier", "BIGINT"}, {"title", "TEXT"}, {"started", "BIGINT"}, {"cnt", "BIGINT"}, {"customers", "BIGINT"},
	{"known", "BIGINT"}, {"n0", "BIGINT"}, {"n1", "BIGINT"}, {"n2", "BIGINT"}, {"n3", "BIGINT"}, {"total", "BIGINT"},
	{"done", "BIGINT"}, {"late", "BIGINT"}, {"dropped", "BIGINT"}, {"overdue", "BIGINT"}, {"period", "TEXT"},
	{"category_id", "BIGINT"},
}

func set(names string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(names) {
		m[n] = true
	}
	return m
}

// counts (f1): per group (and the total), incidents, impact and how many
// have each duration.
func (p *plan) counts(b *sql.Builder) {
	b.WriteString(", f1 AS (SELECT g.t, g.k1, g.k2, COUNT(*) AS cnt, COALESCE(SUM(g.customers_affected), 0) AS customers, " +
		"COUNT(g.customers_affected) AS known")
	for i := range durations {
		b.WriteString(sprintf(", COUNT(g.d%d) AS n%d", i, i))
	}
	b.WriteString(" FROM g GROUP BY g.t, g.k1, g.k2)")
}

// distributions (f2): per group and duration, the distribution and its
// outliers. Rows are ranked once (ROW_NUMBER and COUNT over the group and
// duration, which both databases have); the median and p90 are the values
// at their nearest ranks, and the outliers the at most 5 highest-ranked
// rows above three times the median. Only a group's last row (its summary)
// and its outliers come back. (Not "above p90": with nearest ranks
// p90 is the maximum below 10 incidents, so small groups would never name
// the incident that dwarfs the others.)
func (p *plan) distributions(b *sql.Builder) {
	if p.dialect == dialect.Postgres {
		p.distributionsPG(b)
		return
	}
	b.WriteString(", d AS (")
	for i := range durations {
		if i > 0 {
			b.WriteString(" UNION ALL ")
		}
		b.WriteString(sprintf("SELECT t, k1, k2, %d AS metric, incident_id, d%d AS v FROM g WHERE d%d IS NOT NULL", i, i, i))
	}
	b.WriteString("), r AS (SELECT t, k1, k2, metric, incident_id, v, " +
		"ROW_NUMBER() OVER (PARTITION BY t, k1, k2, metric ORDER BY v, incident_id) AS rn, " +
		"COUNT(*) OVER (PARTITION BY t, k1, k2, metric) AS n FROM d), " +
		// Whole-partition aggregates over the same partitions: no second sort.
		"r2 AS (SELECT t, k1, k2, metric, incident_id, v, rn, n, " +
		"MAX(CASE WHEN rn = (9 * n + 9) / 10 THEN v END) OVER (PARTITION BY t, k1, k2, metric) AS p90, " +
		"MAX(CASE WHEN rn = (n + 1) / 2 THEN v END) OVER (PARTITION BY t, k1, k2, metric) AS median, " +
		"MIN(v) OVER (PARTITION BY t, k1, k2, metric) AS vmin FROM r), " +
		// The last row of a partition carries the summary (its v is the
		// maximum); outliers are flagged on theirs.
		"x AS (SELECT t, k1, k2, metric, n, vmin, median, p90, incident_id, v, " +
		"CASE WHEN rn = n THEN 1 ELSE 0 END AS last, CASE WHEN v > 3 * median AND rn > n - 5 THEN 1 ELSE 0 END AS outlier " +
		"FROM r2 WHERE rn = n OR (v > 3 * median AND rn > n - 5)), " +
		"f2 AS (SELECT x.t, x.k1, x.k2, x.metric, x.n, x.vmin, x.median, x.p90, x.incident_id, x.v, x.last, x.outlier, i.title, ")
	b.WriteString(p.dialect.epoch("i.started_at"))
	b.WriteString(" AS started FROM x JOIN incidents i ON i.id = x.incident_id)")
}

// distributionsPG is distributions on PostgreSQL, with aggregates
// instead of window functions over every row: per group, each duration's
// (v, incident_id) pairs as one array sorted from the highest, from which
// the nearest ranks are read (rank r from the lowest is element
// n - r + 1) and the outlier candidates are the first five. The four
// arrays come from one GROUP BY over g (s4), so that g is grouped once and
// each group's values sorted per duration, rather than stacking the four
// durations into one (group, duration) table first and sorting all of it
// (EXPLAIN ANALYZE on the benchmark database: 20-25 % less for f2).
func (p *plan) distributionsPG(b *sql.Builder) {
	rank := func(s, r string) string { return sprintf("%stop[%sn - (%s) + 1][1]", s, s, r) }
	median, p90 := func(s string) string { return rank(s, sprintf("(%sn + 1) / 2", s)) }, func(s string) string { return rank(s, sprintf("(9 * %sn + 9) / 10", s)) }
	b.WriteString(", s4 AS (SELECT t, k1, k2")
	for i := range durations {
		b.WriteString(sprintf(", array_agg(ARRAY[d%d, incident_id] ORDER BY d%d DESC, incident_id DESC) FILTER (WHERE d%d IS NOT NULL) AS a%d", i, i, i, i))
	}
	b.WriteString(" FROM g GROUP BY t, k1, k2), s AS (SELECT s4.t, s4.k1, s4.k2, m.metric, array_length(m.top, 1) AS n, " +
		"m.top[array_length(m.top, 1)][1] AS vmin, m.top[1][1] AS vmax, m.top FROM s4 CROSS JOIN LATERAL (VALUES ")
	for i := range durations {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(sprintf("(%d, s4.a%d)", i, i))
	}
	b.WriteString(") AS m(metric, top) WHERE m.top IS NOT NULL), " +
		"x AS (SELECT t, k1, k2, metric, n, vmin, " + median("") + " AS median, " + p90("") + " AS p90, " +
		"CAST(NULL AS BIGINT) AS incident_id, vmax AS v, 1 AS last, 0 AS outlier FROM s " +
		"UNION ALL SELECT s.t, s.k1, s.k2, s.metric, s.n, s.vmin, " + median("s.") + ", " + p90("s.") + ", s.top[o][2], s.top[o][1], 0, 1 " +
		sprintf("FROM s CROSS JOIN generate_series(1, %d) AS o WHERE o <= s.n AND s.top[o][1] > 3 * %s), ", maxOutliers, median("s.")) +
		"f2 AS (SELECT x.t, x.k1, x.k2, x.metric, x.n, x.vmin, x.median, x.p90, x.incident_id, x.v, x.last, x.outlier, ")
	p.named(b, "x.incident_id")
	b.WriteString(" FROM x)")
}

// followThrough (f3): per group, how the actions of its incidents fared
// (the rules of followup.IncidentsFigures: DONE without a due date is on
// time).
func (p *plan) followThrough(b *sql.Builder, now any) {
	// An action linked to two incidents of a group counts once, but only
	// the actions linked to more than one incident in scope (about one in
	// ten) can repeat: the others skip the DISTINCT, which sorted every
	// (group, action) row on PostgreSQL. With a filter, scope is a part of
	// the incidents, and its links (sa) are found once and both those
	// actions and the group rows are read from them: finding the repeated
	// actions among all links hashed the whole table (EXPLAIN ANALYZE on
	// the benchmark database, last 12 months: f3 150 -> 90 ms). Without a
	// filter scope is (nearly) every incident, and joining the links to
	// it first only adds a join (by TEAM, all years: 460 -> 530 ms), so
	// the links are read straight.
	if p.filter.empty() {
		b.WriteString(", ml AS (SELECT action_item_id AS aid FROM action_item_incidents GROUP BY action_item_id HAVING COUNT(*) > 1), " +
			"a AS (SELECT g.t, g.k1, g.k2, x.action_item_id AS aid FROM g JOIN action_item_incidents x ON x.incident_id = g.incident_id " +
			"WHERE x.action_item_id NOT IN (SELECT aid FROM ml) " +
			"UNION ALL SELECT DISTINCT g.t, g.k1, g.k2, x.action_item_id AS aid FROM g JOIN action_item_incidents x ON x.incident_id = g.incident_id " +
			"JOIN ml ON ml.aid = x.action_item_id)")
	} else {
		b.WriteString(", sa AS (SELECT x.incident_id, x.action_item_id AS aid FROM scope JOIN action_item_incidents x ON x.incident_id = scope.id), " +
			"ml AS (SELECT aid FROM sa GROUP BY aid HAVING COUNT(*) > 1), " +
			"a AS (SELECT g.t, g.k1, g.k2, sa.aid FROM g JOIN sa ON sa.incident_id = g.incident_id WHERE sa.aid NOT IN (SELECT aid FROM ml) " +
			"UNION ALL SELECT DISTINCT g.t, g.k1, g.k2, sa.aid FROM g JOIN sa ON sa.incident_id = g.incident_id JOIN ml ON ml.aid = sa.aid)")
	}
	b.WriteString(", f3 AS (SELECT a.t, a.k1, a.k2, COUNT(*) AS total, " +
		"SUM(CASE WHEN ai.status = 'DONE' THEN 1 ELSE 0 END) AS done, " +
		"SUM(CASE WHEN ai.status = 'DONE' AND ai.completed_at > ai.due_at THEN 1 ELSE 0 END) AS late, " +
		"SUM(CASE WHEN ai.status = 'WONT_DO' THEN 1 ELSE 0 END) AS dropped, " +
		"SUM(CASE WHEN ai.status NOT IN ('DONE', 'WONT_DO') AND ai.due_at < ")
	b.Arg(now)
	b.WriteString(" THEN 1 ELSE 0 END) AS overdue FROM a JOIN action_items ai ON ai.id = a.aid GROUP BY a.t, a.k1, a.k2)")
}

// trend (f4): incidents per period for each value of the first dimension
// (or all of them when there is none).
func (p *plan) trend(b *sql.Builder, interval Interval) {
	period := "mon"
	if interval == ByQuarter {
		period = "qtr"
	}
	if len(p.dims) == 0 {
		b.WriteString(sprintf(", f4 AS (SELECT "+p.dialect.text("NULL")+" AS k1, %s AS period, COUNT(*) AS cnt FROM scope GROUP BY %s)", period, period))
		return
	}
	b.WriteString(sprintf(", f4 AS (SELECT k AS k1, %s AS period, COUNT(*) AS cnt FROM m1 GROUP BY k, %s)", period, period))
}

// recurring (f5): factor categories in at least min incidents, with the 20
// most recent of them.
func (p *plan) recurring(b *sql.Builder, min int) {
	b.WriteString(", c AS (SELECT DISTINCT x.category_id, x.incident_id FROM contributing_factors x JOIN scope ON scope.id = x.incident_id WHERE 1 = 1")
	p.in(b, "x.category_id", p.filter.FactorCategoryIDs)
	b.WriteString("), cn AS (SELECT category_id, COUNT(*) AS cnt FROM c GROUP BY category_id HAVING COUNT(*) >= ")
	b.Arg(min)
	b.WriteString("), cr AS (SELECT c.category_id, cn.cnt, c.incident_id, " +
		"ROW_NUMBER() OVER (PARTITION BY c.category_id ORDER BY s.st DESC, s.id DESC) AS rn " +
		"FROM c JOIN cn ON cn.category_id = c.category_id JOIN scope s ON s.id = c.incident_id), " +
		"f5 AS (SELECT cr.category_id, cr.cnt, cr.incident_id, ")
	p.named(b, "cr.incident_id")
	b.WriteString(" FROM cr WHERE cr.rn <= 20)")
}

// named writes the title and start ("title", "started") of the incident
// with ID id, as subqueries: they name at most a few hundred incidents,
// which PostgreSQL otherwise joined by hashing the whole incidents table
// (the CTEs' row estimates are far too high for it to look them up).
func (p *plan) named(b *sql.Builder, id string) {
	b.WriteString(sprintf("(SELECT i.title FROM incidents i WHERE i.id = %s) AS title, (SELECT %s FROM incidents i WHERE i.id = %s) AS started",
		id, p.dialect.epoch("i.started_at"), id))
}

// membershipSQL: the groups of some incidents (those with annotations).
func (p *plan) membershipSQL(ids []int) func(b *sql.Builder) {
	return func(b *sql.Builder) {
		p.groups(b)
		b.WriteString(", final AS (SELECT g.incident_id, g.k1, g.k2 FROM g WHERE g.t = 0")
		p.in(b, "g.incident_id", ids)
		b.WriteString(")")
	}
}
