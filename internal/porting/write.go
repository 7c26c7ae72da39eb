package porting

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
)

// WriteJSON writes doc as indented JSON.
func WriteJSON(w io.Writer, doc *Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// WriteMarkdown writes the document's first incident as a postmortem: YAML
// front matter in the same shape the Markdown importer reads (so the file
// can be imported elsewhere), then the summary, the board, the discussion
// and the incident's reports as sections.
func WriteMarkdown(w io.Writer, doc *Document) error {
	if len(doc.Incidents) != 1 {
		return fmt.Errorf("markdown export is for one incident (-incident ID); this export holds %d", len(doc.Incidents))
	}
	inc := doc.Incidents[0]
	users := map[string]string{}
	for _, u := range doc.Users {
		users[u.Key] = u.Name
	}
	meta := yaml.MapSlice{
		{Key: "title", Value: inc.Title},
		{Key: "url", Value: inc.SourceURL},
		{Key: "import_key", Value: inc.ImportKey},
		{Key: "severity", Value: inc.Severity},
		{Key: "status", Value: inc.Status},
		{Key: "start_time", Value: inc.StartedAt.Format(time.RFC3339)},
	}
	if inc.ResolvedAt != nil {
		meta = append(meta, yaml.MapItem{Key: "end_time", Value: inc.ResolvedAt.Format(time.RFC3339)})
	}
	if len(inc.Vendors) > 0 {
		meta = append(meta, yaml.MapItem{Key: "company", Value: strings.Join(inc.Vendors, ", ")})
	}
	if len(inc.Services) > 0 {
		meta = append(meta, yaml.MapItem{Key: "product", Value: inc.Services})
	}
	if len(inc.Tags) > 0 {
		meta = append(meta, yaml.MapItem{Key: "keywords", Value: inc.Tags})
	}
	fm, err := yaml.Marshal(meta)
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "---\n%s---\n\n# %s\n\n", fm, inc.Title)
	if inc.Summary != "" {
		fmt.Fprintf(&b, "%s\n\n", inc.Summary)
	}
	if inc.CustomerImpact != "" {
		fmt.Fprintf(&b, "## Customer impact\n\n%s\n\n", inc.CustomerImpact)
	}
	if len(inc.Timeline) > 0 {
		b.WriteString("## Timeline\n\n")
		for _, e := range inc.Timeline {
			who := users[e.Actor]
			if who == "" {
				who = e.ActorName
			}
			if who != "" {
				who = " (" + who + ")"
			}
			fmt.Fprintf(&b, "- **%s** %s%s: %s\n", e.OccurredAt.Format("2006-01-02 15:04 MST"), strings.ToLower(e.Kind), who, oneLine(e.Text))
		}
		b.WriteString("\n")
	}
	// Status updates are not in the document's timeline (their timeline
	// mirror is made from them), so they get a section of their own.
	if len(inc.StatusUpdates) > 0 {
		b.WriteString("## Status updates\n\n")
		for _, su := range inc.StatusUpdates {
			fmt.Fprintf(&b, "- **%s** to %s (%s, %s): %s\n", su.SentAt.Format("2006-01-02 15:04 MST"), su.Recipients,
				strings.ToLower(su.Audience), words(su.Channel), oneLine(su.Body))
		}
		b.WriteString("\n")
	}
	for _, cl := range inc.Checklists {
		fmt.Fprintf(&b, "## Checklist: %s\n\n", cl.Name)
		for _, it := range cl.Items {
			done, mark := "", " "
			if it.DoneAt != nil {
				mark = "x"
				done = " (" + it.DoneAt.Format("2006-01-02 15:04 MST")
				if n := users[it.DoneBy]; n != "" {
					done += ", " + n
				}
				done += ")"
			}
			if it.Note != "" {
				done += " — " + oneLine(it.Note)
			}
			fmt.Fprintf(&b, "- [%s] %s%s\n", mark, it.Title, done)
		}
		b.WriteString("\n")
	}
	if len(inc.Perspectives) > 0 {
		b.WriteString("## Perspectives\n\n")
		for _, p := range inc.Perspectives {
			fmt.Fprintf(&b, "### %s (%s)\n\n%s\n\n", users[p.Author], strings.ToLower(p.Department), p.WhatTheySaw)
			for _, s := range []struct{ title, text string }{
				{"Surprises", p.Surprises}, {"What helped", p.WhatHelped}, {"What hurt", p.WhatHurt}, {"Impact observed", p.ImpactObserved},
			} {
				if s.text != "" {
					fmt.Fprintf(&b, "**%s.** %s\n\n", s.title, s.text)
				}
			}
		}
	}
	if len(inc.ContributingFactors) > 0 {
		b.WriteString("## Contributing factors\n\n")
		for _, f := range inc.ContributingFactors {
			fmt.Fprintf(&b, "- **%s**: %s\n", f.Category, oneLine(f.Description))
		}
		b.WriteString("\n")
	}
	if len(inc.Insights) > 0 {
		b.WriteString("## Insights\n\n")
		for _, in := range inc.Insights {
			fmt.Fprintf(&b, "- %s\n", oneLine(in.Statement))
			if in.Detail != "" {
				fmt.Fprintf(&b, "\n  %s\n\n", strings.ReplaceAll(in.Detail, "\n", "\n  "))
			}
		}
		b.WriteString("\n")
	}
	if len(inc.Questions) > 0 {
		b.WriteString("## Questions\n\n")
		for _, q := range inc.Questions {
			fmt.Fprintf(&b, "- %s (%s)", oneLine(q.Text), strings.ToLower(q.Status))
			if q.Answer != "" {
				fmt.Fprintf(&b, " — %s", oneLine(q.Answer))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	if len(doc.ActionItems) > 0 {
		b.WriteString("## Action items\n\n")
		for _, a := range doc.ActionItems {
			owner := ""
			if n := users[a.Owner]; n != "" {
				owner = ", " + n
			}
			fmt.Fprintf(&b, "- [%s] %s (%s%s)\n", checkbox(a.Status), a.Title, strings.ToLower(a.Status), owner)
		}
		b.WriteString("\n")
	}
	writeDiscussion(&b, doc, users)
	writeReports(&b, inc.Reports, users)
	_, err = io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

// writeDiscussion writes the incident's comments, oldest first, each reply
// nested under the comment it answers, saying what record of the board a
// comment is about.
func writeDiscussion(b *strings.Builder, doc *Document, users map[string]string) {
	inc := doc.Incidents[0]
	if len(inc.Comments) == 0 {
		return
	}
	// What a comment can be on, by key. A comment on a status update's
	// timeline mirror names the status update (see StatusUpdate).
	on := map[string]string{}
	for _, e := range inc.Timeline {
		on[e.Key] = fmt.Sprintf("timeline event %q", clip(e.Text))
	}
	for _, su := range inc.StatusUpdates {
		on[su.Key] = fmt.Sprintf("status update %q", clip(su.Body))
	}
	for _, p := range inc.Perspectives {
		on[p.Key] = "the perspective of " + cmp.Or(users[p.Author], "someone")
	}
	for _, q := range inc.Questions {
		on[q.Key] = fmt.Sprintf("question %q", clip(q.Text))
	}
	for _, in := range inc.Insights {
		on[in.Key] = fmt.Sprintf("insight %q", clip(in.Statement))
	}
	for _, a := range doc.ActionItems {
		on[a.Key] = fmt.Sprintf("action item %q", clip(a.Title))
	}
	known := map[string]bool{}
	for _, c := range inc.Comments {
		known[c.Key] = true
	}
	replies := map[string][]Comment{}
	var top []Comment
	for _, c := range inc.Comments {
		// A reply whose comment is not in the document stands on its own
		// rather than disappearing.
		if c.Parent != "" && known[c.Parent] {
			replies[c.Parent] = append(replies[c.Parent], c)
		} else {
			top = append(top, c)
		}
	}
	var write func(c Comment, depth int)
	write = func(c Comment, depth int) {
		indent := strings.Repeat("  ", depth)
		fmt.Fprintf(b, "%s- **%s**", indent, cmp.Or(users[c.CreatedBy], "unknown author"))
		if c.CreatedAt != nil {
			fmt.Fprintf(b, ", %s", c.CreatedAt.UTC().Format("2006-01-02 15:04 MST"))
		}
		for _, k := range []string{c.TimelineEvent, c.Perspective, c.Question, c.Insight, c.ActionItem} {
			if what := on[k]; k != "" && what != "" {
				fmt.Fprintf(b, ", on %s", what)
			}
		}
		fmt.Fprintf(b, ": %s\n", indentLines(strings.TrimSpace(c.Body), indent+"  "))
		for _, r := range replies[c.Key] {
			write(r, depth+1)
		}
	}
	b.WriteString("## Discussion\n\n")
	for _, c := range top {
		write(c, 0)
	}
	b.WriteString("\n")
}

// writeReports lists the incident's reports with their published versions;
// one never published is a draft.
func writeReports(b *strings.Builder, reports []Report, users map[string]string) {
	if len(reports) == 0 {
		return
	}
	b.WriteString("## Reports\n\n")
	for _, r := range reports {
		fmt.Fprintf(b, "- **%s** (%s): ", oneLine(r.Title), words(r.Audience))
		versions := r.Versions
		// A version 1 document has no versions, only the latest one's
		// number and time.
		if len(versions) == 0 && r.PublishedVersion > 0 && r.PublishedAt != nil {
			versions = []ReportVersion{{Number: r.PublishedVersion, PublishedAt: *r.PublishedAt}}
		}
		if len(versions) == 0 {
			b.WriteString("draft, not published\n")
			continue
		}
		for i, v := range versions {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "version %d published %s", v.Number, v.PublishedAt.UTC().Format("2006-01-02 15:04 MST"))
			if n := users[v.CreatedBy]; n != "" {
				fmt.Fprintf(b, " by %s", n)
			}
		}
		if r.ChangedSincePublish {
			b.WriteString("; the draft has changes not yet published")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

// indentLines indents every line of s after the first, so that a
// multi-line text stays inside its list item; blank lines stay blank.
func indentLines(s, indent string) string {
	lines := strings.Split(s, "\n")
	for i := 1; i < len(lines); i++ {
		if l := strings.TrimRight(lines[i], " \t\r"); l != "" {
			lines[i] = indent + l
		} else {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
}

// clip shortens a text naming a record to one line of at most 60
// characters.
func clip(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return s
}

// words turns an enum value into lower-case words: STATUS_PAGE is
// "status page".
func words(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", " ")) }

func checkbox(status string) string {
	if status == "DONE" || status == "WONT_DO" {
		return "x"
	}
	return " "
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
