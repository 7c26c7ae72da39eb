package analysis_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"

	"github.com/debrief/debrief/ent"
	_ "github.com/debrief/debrief/ent/runtime" // the privacy policies must apply, as in production
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/analysis"
	"github.com/debrief/debrief/internal/analysis/benchdata"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/store"
	"github.com/debrief/debrief/internal/viewer"
)

// TestAnalysisBenchmark times every analysis query on a synthetic
// organisation (see internal/analysis/benchdata and docs/benchmarks.md).
// It is not part of the normal test run: it needs minutes to generate the
// data the first time, and its figures depend on the machine.
//
//	DEBRIEF_ANALYSIS_BENCH=1 go test ./internal/analysis -run TestAnalysisBenchmark -v -timeout 60m
//
// DEBRIEF_ANALYSIS_BENCH_INCIDENTS scales the organisation down (default
// 50000, with 40 timeline events each); DEBRIEF_ANALYSIS_BENCH_BACKEND
// picks one database (postgres or sqlite); DEBRIEF_ANALYSIS_BENCH_RUNS is
// how many times each query runs (default 30, after 3 warm-up runs). The
// databases are kept (PostgreSQL database debrief_analysis_bench, SQLite
// file in $TMPDIR/debrief-analysis-bench) and reused when already filled.
func TestAnalysisBenchmark(t *testing.T) {
	if os.Getenv("DEBRIEF_ANALYSIS_BENCH") == "" {
		t.Skip("set DEBRIEF_ANALYSIS_BENCH=1 to run the analysis benchmark")
	}
	size := benchdata.Default
	if n, err := strconv.Atoi(os.Getenv("DEBRIEF_ANALYSIS_BENCH_INCIDENTS")); err == nil && n > 0 {
		size.Incidents = n
	}
	runs := 30
	if n, err := strconv.Atoi(os.Getenv("DEBRIEF_ANALYSIS_BENCH_RUNS")); err == nil && n > 0 {
		runs = n
	}
	for _, b := range []harness.Backend{harness.Postgres, harness.SQLite} {
		if only := os.Getenv("DEBRIEF_ANALYSIS_BENCH_BACKEND"); only != "" && only != string(b) {
			continue
		}
		t.Run(string(b), func(t *testing.T) {
			ctx := context.Background()
			db := openBench(t, b)
			client := ent.NewClient(ent.Driver(entsql.OpenDB(db.Dialect, db.SQL)))
			sys := viewer.System(ctx)
			dir := fill(t, sys, client, db, b, size)
			analyst := benchUser(t, sys, client, enum.RoleAnalyst)
			member := benchUser(t, sys, client, enum.RoleMember)
			asAnalyst := viewer.NewContext(ctx, viewer.Viewer{UserID: analyst, Role: enum.RoleAnalyst})
			asMember := viewer.NewContext(ctx, viewer.Viewer{UserID: member, Role: enum.RoleMember})
			end := size.Start.AddDate(size.Years, 0, 0)
			lastYear := analysis.Filter{From: ptr(end.AddDate(-1, 0, 0)), To: ptr(end)}
			analyse := func(ctx context.Context, f analysis.Filter, dims ...analysis.Dimension) func() error {
				return func() error {
					_, err := analysis.Analyze(ctx, client, analysis.Request{Filter: f, GroupBy: dims, Interval: analysis.ByMonth, RecurringMin: 2, Now: time.Now()})
					return err
				}
			}
			first := 50
			svc := strconv.Itoa(dir.Services[0])
			queries := []struct {
				name string
				run  func() error
			}{
				{"total, last 12 months", analyse(asAnalyst, lastYear)},
				{"by SERVICE, last 12 months", analyse(asAnalyst, lastYear, analysis.Service)},
				{"SERVICE × FACTOR_CATEGORY (heat map), last 12 months", analyse(asAnalyst, lastYear, analysis.Service, analysis.FactorCategory)},
				// What the insights page's heat map asks for: counts only.
				{"SERVICE × FACTOR_CATEGORY heat map as the insights page asks it (counts only), last 12 months", func() error {
					_, err := analysis.Analyze(asAnalyst, client, analysis.Request{Filter: lastYear, GroupBy: []analysis.Dimension{analysis.Service, analysis.FactorCategory},
						Interval: analysis.ByMonth, RecurringMin: 2, Now: time.Now(), Only: &analysis.Parts{}})
					return err
				}},
				{"by TEAM, all 5 years", analyse(asAnalyst, analysis.Filter{}, analysis.Team)},
				{"by MONTH, all 5 years", analyse(asAnalyst, analysis.Filter{}, analysis.Month)},
				{"by SEVERITY, one team's incidents, all 5 years", analyse(asAnalyst, analysis.Filter{TeamIDs: dir.Teams[:1]}, analysis.Severity)},
				{"by SERVICE, last 12 months, as a member (restricted hidden)", analyse(asMember, lastYear, analysis.Service)},
				{"drill-down: one service, last 12 months, first 50 + totalCount", func() error {
					q, err := analysis.IncidentsQuery(client, lastYear, []*analysis.KeyInput{{Dimension: analysis.Service, Value: &svc}})
					if err != nil {
						return err
					}
					_, err = q.Paginate(asAnalyst, nil, &first, nil, nil)
					return err
				}},
			}
			fmt.Printf("\n%s: %d incidents; %d runs per query after 3 warm-up runs\n\n| query | median | p95 |\n| --- | ---: | ---: |\n", b, size.Incidents, runs)
			for _, q := range queries {
				var took []time.Duration
				for i := 0; i < runs+3; i++ {
					start := time.Now()
					if err := q.run(); err != nil {
						t.Fatalf("%s: %v", q.name, err)
					}
					if i >= 3 {
						took = append(took, time.Since(start))
					}
				}
				slices.Sort(took)
				fmt.Printf("| %s | %s | %s |\n", q.name, ms(took[(len(took)-1)/2]), ms(took[(len(took)*95+99)/100-1]))
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func openBench(t *testing.T, b harness.Backend) *store.DB {
	t.Helper()
	ctx := context.Background()
	var (
		db  *store.DB
		err error
	)
	switch b {
	case harness.Postgres:
		harness.RequirePostgres(t)
		admin, err := sql.Open("postgres", harness.PostgresURL())
		if err != nil {
			t.Fatal(err)
		}
		var exists bool
		if err := admin.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'debrief_analysis_bench')").Scan(&exists); err != nil {
			t.Fatal(err)
		}
		if !exists {
			if _, err := admin.ExecContext(ctx, "CREATE DATABASE debrief_analysis_bench"); err != nil {
				t.Fatal(err)
			}
		}
		admin.Close()
		u, _ := url.Parse(harness.PostgresURL())
		u.Path = "/debrief_analysis_bench"
		db, err = store.Open(ctx, u.String(), "")
		if err != nil {
			t.Fatal(err)
		}
	case harness.SQLite:
		db, err = store.Open(ctx, "", filepath.Join(os.TempDir(), "debrief-analysis-bench"))
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}

// fill generates the organisation unless the database already holds it.
func fill(t *testing.T, ctx context.Context, client *ent.Client, db *store.DB, b harness.Backend, size benchdata.Size) *benchdata.Directory {
	t.Helper()
	n, err := client.Incident.Query().Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n > 0 {
		if n < size.Incidents {
			t.Fatalf("the benchmark database holds %d incidents, not %d: drop it to generate again", n, size.Incidents)
		}
		dir, err := benchdata.Load(ctx, client)
		if err != nil {
			t.Fatal(err)
		}
		return dir
	}
	start := time.Now()
	dir, err := benchdata.Generate(ctx, client, db.SQL, b == harness.Postgres, size, func(f string, a ...any) { t.Logf(f, a...) })
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%s: generated %d incidents in %s\n", b, size.Incidents, time.Since(start).Round(time.Second))
	return dir
}

func benchUser(t *testing.T, ctx context.Context, client *ent.Client, role enum.Role) int {
	t.Helper()
	name := "bench " + string(role)
	if id, err := client.User.Query().Where(user.Name(name)).OnlyID(ctx); err == nil {
		return id
	}
	u, err := client.User.Create().SetName(name).SetRole(role).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return u.ID
}
