package report

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/report"
	"github.com/debrief/debrief/ent/reportversion"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/internal/analysis"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/batch"
	"github.com/debrief/debrief/internal/occ"
)

// Publish keeps the draft as version n+1. It fails with CONFLICT when
// version is stale and with BAD_USER_INPUT when nothing changed since the
// last publication. Run it in a transaction (the API does): the version and
// the report's new state are written together.
func Publish(ctx context.Context, client *ent.Client, id, version int, now time.Time) (*ent.Report, error) {
	r, err := get(ctx, client, id)
	if err != nil {
		return nil, err
	}
	if r.Version != version {
		return nil, occ.Conflict(id, version, r.Version)
	}
	if r.PublishedVersion > 0 && !r.ChangedSincePublish {
		return nil, apperr.Invalid("id", "nothing changed since version %d was published: edit or regenerate the draft first", r.PublishedVersion)
	}
	// The report first, under the version check, so that of two people
	// publishing at once one gets the conflict before any version is written.
	n := r.PublishedVersion + 1
	updated, err := client.Report.UpdateOneID(id).
		SetPublishedVersion(n).SetPublishedAt(now).SetChangedSincePublish(false).
		Save(occ.Expect(ctx, id, version))
	if err != nil {
		return nil, err
	}
	err = client.ReportVersion.Create().
		SetReportID(id).SetNumber(n).SetTitle(r.Title).SetBody(r.Body).
		SetGeneratedAt(r.GeneratedAt).SetScope(r.Scope).SetDefinitions(r.Definitions).
		SetPublishedAt(now).Exec(ctx)
	if err != nil {
		return nil, err
	}
	return updated, nil
}

// Update edits the draft's title or body; once published, an edit marks
// the draft as changed so that it can be published again.
func Update(ctx context.Context, client *ent.Client, id, version int, in ent.UpdateReportInput) (*ent.Report, error) {
	r, err := get(ctx, client, id)
	if err != nil {
		return nil, err
	}
	u := client.Report.UpdateOneID(id).SetInput(in)
	if r.PublishedVersion > 0 && ((in.Title != nil && *in.Title != r.Title) || (in.Body != nil && *in.Body != r.Body)) {
		u.SetChangedSincePublish(true)
	}
	return u.Save(occ.Expect(ctx, id, version))
}

// Delete removes a report that was never published; published ones stay,
// since readers may hold their link.
func Delete(ctx context.Context, client *ent.Client, id int) error {
	r, err := get(ctx, client, id)
	if err != nil {
		return err
	}
	if r.PublishedVersion > 0 {
		return apperr.Invalid("id", "report %d has been published (version %d): published reports are kept", id, r.PublishedVersion)
	}
	return client.Report.DeleteOneID(id).Exec(ctx)
}

// Versions are r's published versions, newest first. Like the trail, they
// are loaded for a whole list of reports at once.
func Versions(ctx context.Context, client *ent.Client, r *ent.Report) ([]*ent.ReportVersion, error) {
	id := func(r *ent.Report) int { return r.ID }
	versions, err := batch.Load(ctx, r, id, reportsOf, func(reports []*ent.Report) (map[int][]*ent.ReportVersion, error) {
		ids := make([]int, len(reports))
		for i, r := range reports {
			ids[i] = r.ID
		}
		versions, err := client.ReportVersion.Query().Where(reportversion.ReportIDIn(ids...)).
			Order(ent.Desc(reportversion.FieldNumber)).All(ctx)
		out := make(map[int][]*ent.ReportVersion, len(reports))
		for _, v := range versions {
			out[v.ReportID] = append(out[v.ReportID], v)
		}
		return out, err
	})
	if versions == nil {
		versions = []*ent.ReportVersion{} // the API's list is never null
	}
	return versions, err
}

// Latest is the latest published version, nil while never published.
func Latest(ctx context.Context, client *ent.Client, r *ent.Report) (*ent.ReportVersion, error) {
	if r.PublishedVersion == 0 {
		return nil, nil
	}
	versions, err := Versions(ctx, client, r)
	for _, v := range versions {
		if v.Number == r.PublishedVersion {
			return v, err
		}
	}
	return nil, err
}

// Link is the stable address readers open.
func Link(id int) string { return fmt.Sprintf("/reports/%d", id) }

// header is what the Markdown export says about a document.
type header struct {
	title       string
	audience    enum.ReportAudience
	generatedAt time.Time
	generatedBy string
	scope       string
	version     string
	definitions []analysis.Definition
}

func (h header) document(body string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\naudience: %s\ngenerated: %s\n", h.title, h.audience, h.generatedAt.UTC().Format(time.RFC3339))
	if h.generatedBy != "" {
		fmt.Fprintf(&b, "generated_by: %q\n", h.generatedBy)
	}
	if h.scope != "" {
		fmt.Fprintf(&b, "scope: %q\n", h.scope)
	}
	fmt.Fprintf(&b, "version: %q\n---\n\n", h.version)
	b.WriteString(strings.TrimRight(body, "\n"))
	b.WriteString("\n")
	// Templates usually carry {{definitions}} themselves; a body without a
	// definitions section (an edited or custom one) gets the list here, so
	// the document always says what its figures count, once.
	if !hasDefinitions(body) {
		b.WriteString("\n---\n\n## " + DefinitionsHeading + "\n\n")
		b.WriteString(renderDefinitions(h.definitions))
		b.WriteString("\n")
	}
	return b.String()
}

// definitionsHeading matches the heading of a definitions section: the
// current one, or "Definitions" of templates written before it (kept by
// installations whose templates were seeded then).
var definitionsHeading = regexp.MustCompile(`(?m)^#{1,6} (Definitions|` + regexp.QuoteMeta(DefinitionsHeading) + `)\s*$`)

// hasDefinitions says whether a body has its own section saying what its
// figures count. The web app applies the same rule (reports/definitions.ts)
// to show the definitions beside a body only when it has none.
func hasDefinitions(body string) bool { return definitionsHeading.MatchString(body) }

// generatedBy names who generated the draft, except for customers, who are
// not told the names of the people behind a report. For a report in a list
// (a page of reports) the names of the whole list are read at once (see
// authorNames). A name that cannot be read is left out.
func generatedBy(ctx context.Context, client *ent.Client, r *ent.Report) string {
	id := func(r *ent.Report) int { return r.ID }
	name, _ := batch.Load(ctx, r, id, reportsOf, func(reports []*ent.Report) (map[int]string, error) {
		return authorNames(ctx, client, reports)
	})
	return name
}

// Markdown is the draft as a document: a metadata header (title, audience,
// generated when and by whom, scope, version), the body, then the
// definitions of the figures it quotes.
func Markdown(ctx context.Context, client *ent.Client, r *ent.Report) string {
	version := "draft, never published"
	if r.PublishedVersion > 0 && r.PublishedAt != nil {
		version = fmt.Sprintf("draft after version %d (published %s)", r.PublishedVersion, stamp(*r.PublishedAt))
		if !r.ChangedSincePublish {
			version = fmt.Sprintf("%d (published %s)", r.PublishedVersion, stamp(*r.PublishedAt))
		}
	}
	return header{r.Title, r.Audience, r.GeneratedAt, generatedBy(ctx, client, r), r.Scope, version, r.Definitions}.document(r.Body)
}

// VersionMarkdown is a published version as a document. When the version
// is resolved as part of a list (a report's published versions), the first
// call writes the documents of the whole list in a fixed number of queries
// (its reports, then who generated them) and the others take their part.
func VersionMarkdown(ctx context.Context, client *ent.Client, v *ent.ReportVersion) (string, error) {
	id := func(v *ent.ReportVersion) int { return v.ID }
	return batch.Load(ctx, v, id, versionsOf, func(versions []*ent.ReportVersion) (map[int]string, error) {
		return versionDocuments(ctx, client, versions)
	})
}

// versionsOf recognises a list of report versions among the results the
// API has resolved.
func versionsOf(result any) ([]*ent.ReportVersion, bool) {
	versions, ok := result.([]*ent.ReportVersion)
	return versions, ok
}

// versionDocuments writes the documents of several versions, by version
// ID. The reports are read in the caller's context, so a version whose
// report the viewer may not read fails as reading that report would.
func versionDocuments(ctx context.Context, client *ent.Client, versions []*ent.ReportVersion) (map[int]string, error) {
	var ids []int
	for _, v := range versions {
		if !slices.Contains(ids, v.ReportID) {
			ids = append(ids, v.ReportID)
		}
	}
	// Always read: a report loaded with the versions by field collection
	// may lack the columns the header needs.
	list, err := client.Report.Query().Where(report.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	reports := make(map[int]*ent.Report, len(list))
	for _, r := range list {
		reports[r.ID] = r
	}
	authors, err := authorNames(ctx, client, list)
	if err != nil {
		return nil, err
	}
	out := make(map[int]string, len(versions))
	for _, v := range versions {
		r := reports[v.ReportID]
		if r == nil {
			return nil, apperr.NotFound("report %d not found", v.ReportID)
		}
		out[v.ID] = header{v.Title, r.Audience, v.GeneratedAt, authors[r.ID], v.Scope,
			fmt.Sprintf("%d (published %s)", v.Number, stamp(v.PublishedAt)), v.Definitions}.document(v.Body)
	}
	return out, nil
}

// authorNames is what generatedBy says of each report, by report ID, with
// one query for all the people not loaded with their report.
func authorNames(ctx context.Context, client *ent.Client, reports []*ent.Report) (map[int]string, error) {
	out := make(map[int]string, len(reports))
	var missing []int
	for _, r := range reports {
		switch {
		case r.Audience == enum.AudienceCustomer || r.GeneratedByID == nil:
		case r.Edges.GeneratedBy != nil:
			out[r.ID] = r.Edges.GeneratedBy.Name
		case !slices.Contains(missing, *r.GeneratedByID):
			missing = append(missing, *r.GeneratedByID)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	users, err := client.User.Query().Where(user.IDIn(missing...)).All(ctx)
	if err != nil {
		return nil, err
	}
	names := make(map[int]string, len(users))
	for _, u := range users {
		names[u.ID] = u.Name
	}
	for _, r := range reports {
		if _, done := out[r.ID]; !done && r.Audience != enum.AudienceCustomer && r.GeneratedByID != nil {
			// Someone since removed is left out, as generatedBy does.
			out[r.ID] = names[*r.GeneratedByID]
		}
	}
	return out, nil
}
