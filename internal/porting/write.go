package porting

import (
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
// can be imported elsewhere), then the summary and the board as sections.
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
				strings.ToLower(su.Audience), strings.ToLower(strings.ReplaceAll(su.Channel, "_", " ")), oneLine(su.Body))
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
	_, err = io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

func checkbox(status string) string {
	if status == "DONE" || status == "WONT_DO" {
		return "x"
	}
	return " "
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
