package porting

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/debrief/debrief/ent/schema/enum"
)

// timeLayouts are the date formats the importers accept; times without a
// zone are UTC.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
}

// parseTime reads a date or time in one of timeLayouts.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("invalid date %q (want e.g. 2024-03-01, 2024-03-01 14:05 or 2024-03-01T14:05:00Z)", s)
}

func parseOptionalTime(s string) (*time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	t, err := parseTime(s)
	return &t, err
}

// parseSeverity reads SEV1–SEV4, 1–4 or P1–P4; empty is SEV3, the middle of
// the scale, for sources that do not rank their incidents.
func parseSeverity(s string) (enum.Severity, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	switch {
	case s == "":
		return enum.SeveritySev3, nil
	case len(s) == 1 && s >= "1" && s <= "4":
		return enum.Severity("SEV" + s), nil
	case len(s) == 2 && s[0] == 'P' && s[1] >= '1' && s[1] <= '4':
		return enum.Severity("SEV" + s[1:]), nil
	case slices.Contains(enum.Severity("").Values(), s):
		return enum.Severity(s), nil
	case strings.HasPrefix(s, "SEV-") && len(s) == 5 && s[4] >= '1' && s[4] <= '4':
		return enum.Severity("SEV" + s[4:]), nil
	}
	return "", fmt.Errorf("unknown severity %q (want SEV1–SEV4, 1–4 or P1–P4)", s)
}

// tagName turns a free keyword into a tag: lower case, words joined by
// dashes, nothing a tag may not hold.
func tagName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = nonTag.ReplaceAllString(s, "-")
	s = strings.Trim(s, "-._")
	if len(s) > 64 {
		s = strings.TrimRight(s[:64], "-._")
	}
	return s
}

var nonTag = regexp.MustCompile(`[^a-z0-9._]+`)

// hashKey is the import key of records whose source has none: the same
// title and start time give the same key.
func hashKey(prefix, title string, start time.Time) string {
	sum := sha256.Sum256([]byte(title + "\x00" + start.UTC().Format(time.RFC3339)))
	return prefix + ":" + hex.EncodeToString(sum[:12])
}

func validLink(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not an absolute http(s) URL", s)
	}
	return nil
}

// jsonError gives a JSON syntax or type error its line and column.
func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var offset int64
	switch {
	case errors.As(err, &se):
		offset = se.Offset
	case errors.As(err, &te):
		offset = te.Offset
		err = fmt.Errorf("%s holds a JSON %s where %s is expected", orDefault(te.Field, "a value"), te.Value, te.Type)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return at(fmt.Sprintf("line %d", bytes.Count(data, []byte("\n"))+1), "the JSON ends too early")
	default:
		return err
	}
	before := data[:min(int(offset), len(data))]
	line := bytes.Count(before, []byte("\n")) + 1
	// Offset counts the offending byte too: the column is that byte's.
	col := max(1, len(before)-bytes.LastIndexByte(before, '\n')-1)
	return at(fmt.Sprintf("line %d, column %d", line, col), "invalid JSON: %v", err)
}

// parseDebrief reads Debrief's own export.
func parseDebrief(data []byte) (*Document, error) {
	var doc Document
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		if located := locateRecordError(data); located != nil {
			return nil, located
		}
		return nil, jsonError(data, err)
	}
	if doc.Format != FormatName {
		return nil, fmt.Errorf("not a Debrief export: \"format\" is %q, not %q", doc.Format, FormatName)
	}
	// Version 1 lacks what version 2 added; everything it has reads the same.
	if doc.Version < 1 || doc.Version > FormatVersion {
		return nil, fmt.Errorf("export version %d is not supported (this Debrief reads versions 1 to %d)", doc.Version, FormatVersion)
	}
	doc.withHistory = doc.Version >= 2
	keys := map[string]bool{}
	for i := range doc.Incidents {
		inc := &doc.Incidents[i]
		inc.pos = fmt.Sprintf("incidents[%d]", i)
		switch {
		case inc.Key == "" || inc.ImportKey == "":
			return nil, at(inc.pos, "an incident needs a key and an importKey")
		case keys[inc.Key]:
			return nil, at(inc.pos, "the key %q is used twice", inc.Key)
		case inc.Title == "":
			return nil, at(inc.pos, "the title is empty")
		case inc.StartedAt.IsZero():
			return nil, at(inc.pos, "startedAt is missing")
		}
		keys[inc.Key] = true
		if _, err := parseEnum[enum.Severity](inc.Severity, ""); err != nil {
			return nil, at(inc.pos, "severity: %v", err)
		}
	}
	return &doc, nil
}

// locateRecordError finds the incident or action item a well-formed JSON
// document cannot be read into (a bad date, a string where a list belongs),
// since encoding/json does not say where such errors are.
func locateRecordError(data []byte) error {
	var raw struct {
		Incidents   []json.RawMessage `json:"incidents"`
		ActionItems []json.RawMessage `json:"actionItems"`
	}
	if json.Unmarshal(data, &raw) != nil {
		return nil
	}
	check := func(list string, items []json.RawMessage, into func() any) error {
		for i, r := range items {
			dec := json.NewDecoder(bytes.NewReader(r))
			dec.DisallowUnknownFields()
			if err := dec.Decode(into()); err != nil {
				var te *time.ParseError
				if errors.As(err, &te) {
					err = fmt.Errorf("invalid date %q (want RFC 3339, e.g. 2024-03-01T14:05:00Z)", strings.Trim(te.Value, `"`))
				}
				return at(fmt.Sprintf("%s[%d]", list, i), "%v", err)
			}
		}
		return nil
	}
	if err := check("incidents", raw.Incidents, func() any { return new(Incident) }); err != nil {
		return err
	}
	return check("actionItems", raw.ActionItems, func() any { return new(ActionItem) })
}

// csvFields are the columns a CSV file may have, by Debrief field name.
var csvFields = []string{
	"key", "title", "summary", "severity", "status", "startedAt", "detectedAt", "acknowledgedAt",
	"mitigatedAt", "resolvedAt", "customerImpact", "sourceUrl", "services", "vendors", "tags",
}

// parseCSVMap reads "field=Header,field=Header". The field "ignore" names
// columns to leave out.
func parseCSVMap(s string) (map[string]string, []string, error) {
	m := map[string]string{}
	var ignore []string
	for _, pair := range strings.Split(s, ",") {
		if strings.TrimSpace(pair) == "" {
			continue
		}
		field, header, ok := strings.Cut(pair, "=")
		field, header = strings.TrimSpace(field), strings.TrimSpace(header)
		if !ok || header == "" {
			return nil, nil, fmt.Errorf("column mapping %q: want field=Header", pair)
		}
		if field == "ignore" {
			ignore = append(ignore, header)
			continue
		}
		i := slices.IndexFunc(csvFields, func(f string) bool { return strings.EqualFold(f, field) })
		if i < 0 {
			return nil, nil, fmt.Errorf("column mapping %q: unknown field %q (want one of %s, or ignore)", pair, field, strings.Join(csvFields, ", "))
		}
		m[csvFields[i]] = header
	}
	return m, ignore, nil
}

// parseCSV reads a CSV file with a header row. Columns are found by the
// mapping, or by a header equal to the field name (ignoring case, spaces
// and underscores). Every column must be used: a column the import would
// drop is an error, so no text is lost by a typo in the mapping.
func parseCSV(data []byte, mapping string) (*Document, error) {
	m, ignore, err := parseCSVMap(mapping)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	r.FieldsPerRecord = 0
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, at("line 1", "the file is empty: a header row is needed")
		}
		return nil, csvError(err)
	}
	norm := func(s string) string {
		return strings.ToLower(strings.NewReplacer(" ", "", "_", "", "-", "").Replace(strings.TrimSpace(s)))
	}
	// fieldOf is the field a header stands for: the one mapped to it, else
	// the one it names, unless that field was mapped to another header.
	fieldOf := func(h string) string {
		for f, mh := range m {
			if strings.EqualFold(mh, h) {
				return f
			}
		}
		for _, f := range csvFields {
			if _, remapped := m[f]; !remapped && norm(f) == norm(h) {
				return f
			}
		}
		return ""
	}
	col := map[string]int{}
	var unknown []string
	for i, h := range header {
		h = strings.TrimSpace(h)
		if slices.ContainsFunc(ignore, func(x string) bool { return strings.EqualFold(x, h) }) {
			continue
		}
		field := fieldOf(h)
		if field == "" {
			unknown = append(unknown, strconv.Quote(h))
			continue
		}
		if j, dup := col[field]; dup {
			return nil, at("line 1", "wrong columns: %q and %q both stand for %s", header[j], h, field)
		}
		col[field] = i
	}
	var missing []string
	for _, f := range []string{"title", "startedAt"} {
		if _, ok := col[f]; !ok {
			missing = append(missing, fmt.Sprintf("%s (header %q)", f, orDefault(m[f], f)))
		}
	}
	for f, h := range m {
		if _, ok := col[f]; !ok && !slices.Contains(missing, f) {
			missing = append(missing, fmt.Sprintf("%s (header %q)", f, h))
		}
	}
	slices.Sort(missing)
	missing = slices.Compact(missing)
	switch {
	case len(missing) > 0:
		return nil, at("line 1", "wrong columns: missing %s; the header row has %s", strings.Join(missing, ", "), strings.Join(quoteAll(header), ", "))
	case len(unknown) > 0:
		return nil, at("line 1", "wrong columns: %s match no field (map them with -map field=Header, or ignore=Header to leave them out; fields: %s)",
			strings.Join(unknown, ", "), strings.Join(csvFields, ", "))
	}
	doc := &Document{Format: FormatName, Version: FormatVersion}
	for n := 1; ; n++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := r.FieldPos(0)
		pos := fmt.Sprintf("line %d (record %d)", line, n)
		get := func(f string) string {
			if i, ok := col[f]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		inc, err := csvIncident(get)
		if err != nil {
			return nil, at(pos, "%v", err)
		}
		inc.pos = pos
		inc.Key = fmt.Sprintf("record-%d", n)
		doc.Incidents = append(doc.Incidents, *inc)
	}
	return doc, nil
}

func quoteAll(in []string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = strconv.Quote(s)
	}
	return out
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return at(fmt.Sprintf("line %d, column %d", pe.Line, pe.Column), "invalid CSV: %v", pe.Err)
	}
	return err
}

func csvIncident(get func(string) string) (*Incident, error) {
	inc := &Incident{Title: get("title"), Summary: get("summary"), CustomerImpact: get("customerImpact"), SourceURL: get("sourceUrl")}
	if inc.Title == "" {
		return nil, errors.New("the title is empty")
	}
	if get("startedAt") == "" {
		return nil, errors.New("startedAt is empty")
	}
	var err error
	if inc.StartedAt, err = parseTime(get("startedAt")); err != nil {
		return nil, fmt.Errorf("startedAt: %w", err)
	}
	for f, dst := range map[string]**time.Time{"detectedAt": &inc.DetectedAt, "acknowledgedAt": &inc.AcknowledgedAt, "mitigatedAt": &inc.MitigatedAt, "resolvedAt": &inc.ResolvedAt} {
		if *dst, err = parseOptionalTime(get(f)); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
	}
	sev, err := parseSeverity(get("severity"))
	if err != nil {
		return nil, err
	}
	inc.Severity = string(sev)
	inc.Status = get("status")
	if inc.Status == "" {
		inc.Status = string(enum.IncidentStatusResolved)
		if inc.ResolvedAt == nil {
			inc.Status = string(enum.IncidentStatusResponding)
		}
	}
	if _, err := parseEnum[enum.IncidentStatus](inc.Status, ""); err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	if err := validLink(inc.SourceURL); err != nil {
		return nil, fmt.Errorf("sourceUrl: %w", err)
	}
	inc.Services = splitList(get("services"))
	inc.Vendors = splitList(get("vendors"))
	for _, t := range splitList(get("tags")) {
		if name := tagName(t); name != "" && !slices.Contains(inc.Tags, name) {
			inc.Tags = append(inc.Tags, name)
		}
	}
	inc.ImportKey = get("key")
	switch {
	case inc.ImportKey != "":
		inc.ImportKey = "csv:" + inc.ImportKey
	case inc.SourceURL != "":
		inc.ImportKey = inc.SourceURL
	default:
		inc.ImportKey = hashKey("csv", inc.Title, inc.StartedAt)
	}
	return inc, nil
}

// splitList splits "a; b" or "a, b" lists, semicolons first.
func splitList(s string) []string {
	sep := ","
	if strings.Contains(s, ";") {
		sep = ";"
	}
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// frontMatter separates YAML front matter from a Markdown body. The front
// matter comes back with a leading blank line, so that YAML error line
// numbers are the file's.
func frontMatter(data []byte) (fm, body string, err error) {
	text := strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n")
	lines := strings.Split(text, "\n")
	if strings.TrimRight(lines[0], " \t") != "---" {
		return "", "", at("line 1", "no YAML front matter: the file must start with a line \"---\"")
	}
	for i := 1; i < len(lines); i++ {
		if l := strings.TrimRight(lines[i], " \t"); l == "---" || l == "..." {
			return "\n" + strings.Join(lines[1:i], "\n"), strings.TrimSpace(strings.Join(lines[i+1:], "\n")), nil
		}
	}
	return "", "", at("line 1", "the YAML front matter is not closed by a line \"---\"")
}

// parseMarkdown reads one postmortem: YAML front matter, then the text.
func parseMarkdown(name string, data []byte) (*Document, error) {
	fm, body, err := frontMatter(data)
	if err != nil {
		return nil, err
	}
	var meta map[string]any
	if err := yaml.Unmarshal([]byte(fm), &meta); err != nil {
		return nil, yamlError(err)
	}
	get := func(names ...string) any {
		for _, n := range names {
			for k, v := range meta {
				if strings.EqualFold(strings.ReplaceAll(k, "-", "_"), n) && v != nil {
					return v
				}
			}
		}
		return nil
	}
	text := func(names ...string) string {
		switch v := get(names...).(type) {
		case nil:
			return ""
		case time.Time:
			return v.UTC().Format(time.RFC3339)
		default:
			return strings.TrimSpace(fmt.Sprint(v))
		}
	}
	list := func(names ...string) []string {
		switch v := get(names...).(type) {
		case nil:
			return nil
		case []any:
			var out []string
			for _, x := range v {
				if s := strings.TrimSpace(fmt.Sprint(x)); s != "" {
					out = append(out, s)
				}
			}
			return out
		default:
			return splitList(fmt.Sprint(v))
		}
	}
	pos := "front matter"
	inc := Incident{Key: "incident-1", pos: name, Title: text("title")}
	if inc.Title == "" {
		return nil, at(pos, "title is missing")
	}
	start := text("start_time", "started_at", "start", "startedat", "date")
	if start == "" {
		return nil, at(pos, "start_time is missing")
	}
	if inc.StartedAt, err = parseTime(start); err != nil {
		return nil, at(pos, "start_time: %v", err)
	}
	if inc.ResolvedAt, err = parseOptionalTime(text("end_time", "resolved_at", "end", "resolvedat")); err != nil {
		return nil, at(pos, "end_time: %v", err)
	}
	sev, err := parseSeverity(text("severity"))
	if err != nil {
		return nil, at(pos, "%v", err)
	}
	inc.Severity = string(sev)
	inc.Status = string(enum.IncidentStatusResolved)
	if inc.ResolvedAt == nil {
		inc.Status = string(enum.IncidentStatusResponding)
	}
	inc.SourceURL = text("url", "source_url", "link")
	if err := validLink(inc.SourceURL); err != nil {
		return nil, at(pos, "url: %v", err)
	}
	// The write-up is the incident's summary: the short summary first, then
	// the body, so every word of the file is kept in one searchable place.
	inc.Summary = strings.TrimSpace(text("summary", "description") + "\n\n" + body)
	if n := len([]rune(inc.Summary)); n > 20000 {
		return nil, at(pos, "summary and body together are %d characters; Debrief keeps at most 20000", n)
	}
	company := text("company", "vendor", "organization")
	doc := &Document{Format: FormatName, Version: FormatVersion}
	if company != "" {
		inc.Vendors = []string{company}
		doc.Vendors = append(doc.Vendors, Vendor{Name: company})
	}
	for _, p := range list("product", "products", "service", "services") {
		inc.Services = append(inc.Services, p)
		s := Service{Name: p, Kind: string(enum.ServiceKindService)}
		if company != "" {
			s.Kind, s.Vendor = string(enum.ServiceKindVendorDependency), company
		}
		doc.Services = append(doc.Services, s)
	}
	for _, t := range append(list("categories", "category"), list("keywords", "tags")...) {
		if n := tagName(t); n != "" && !slices.Contains(inc.Tags, n) {
			inc.Tags = append(inc.Tags, n)
		}
	}
	inc.ImportKey = inc.SourceURL
	if inc.ImportKey == "" {
		inc.ImportKey = hashKey("markdown", inc.Title, inc.StartedAt)
	}
	doc.Incidents = []Incident{inc}
	return doc, nil
}

// Statuspage's incident history, as its API and exports give it.
type spHistory struct {
	Page      *spPage      `json:"page"`
	Incidents []spIncident `json:"incidents"`
}

type spPage struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	URL  string `json:"url"`
}

type spIncident struct {
	ID             string        `json:"id"`
	PageID         string        `json:"page_id"`
	Name           string        `json:"name"`
	Status         string        `json:"status"`
	Impact         string        `json:"impact"`
	Shortlink      string        `json:"shortlink"`
	CreatedAt      string        `json:"created_at"`
	StartedAt      string        `json:"started_at"`
	MonitoringAt   string        `json:"monitoring_at"`
	ResolvedAt     string        `json:"resolved_at"`
	PostmortemBody string        `json:"postmortem_body"`
	Components     []spComponent `json:"components"`
	Updates        []spUpdate    `json:"incident_updates"`
}

type spComponent struct {
	Name string `json:"name"`
}

type spUpdate struct {
	ID        string `json:"id"`
	Status    string `json:"status"`
	Body      string `json:"body"`
	CreatedAt string `json:"created_at"`
}

// spSeverity maps Statuspage's impact to a severity.
var spSeverity = map[string]enum.Severity{
	"critical": enum.SeveritySev1, "major": enum.SeveritySev2, "minor": enum.SeveritySev3,
	"none": enum.SeveritySev4, "maintenance": enum.SeveritySev4, "": enum.SeveritySev4,
}

// parseStatuspage reads {"page": …, "incidents": […]} or a bare list of
// incidents.
func parseStatuspage(data []byte) (*Document, error) {
	var h spHistory
	trimmed := bytes.TrimSpace(data)
	var err error
	if bytes.HasPrefix(trimmed, []byte("[")) {
		err = json.Unmarshal(data, &h.Incidents)
	} else {
		err = json.Unmarshal(data, &h)
	}
	if err != nil {
		return nil, jsonError(data, err)
	}
	doc := &Document{Format: FormatName, Version: FormatVersion}
	if h.Page != nil && h.Page.Name != "" {
		doc.Vendors = append(doc.Vendors, Vendor{Name: h.Page.Name})
	}
	for i, s := range h.Incidents {
		pos := fmt.Sprintf("incidents[%d]", i)
		if s.ID != "" {
			pos += fmt.Sprintf(" (id %s)", s.ID)
		}
		inc, err := spToIncident(h.Page, s)
		if err != nil {
			return nil, at(pos, "%v", err)
		}
		inc.pos, inc.Key = pos, fmt.Sprintf("incident-%d", i+1)
		doc.Incidents = append(doc.Incidents, *inc)
	}
	return doc, nil
}

func spToIncident(page *spPage, s spIncident) (*Incident, error) {
	if s.ID == "" || s.Name == "" {
		return nil, errors.New("an incident needs an id and a name")
	}
	pageID := s.PageID
	if pageID == "" && page != nil {
		pageID = page.ID
	}
	inc := &Incident{Title: s.Name, ImportKey: "statuspage:" + pageID + "/" + s.ID, Summary: s.PostmortemBody}
	sev, ok := spSeverity[strings.ToLower(s.Impact)]
	if !ok {
		return nil, fmt.Errorf("unknown impact %q (want none, minor, major, critical or maintenance)", s.Impact)
	}
	inc.Severity = string(sev)
	start := s.StartedAt
	if start == "" {
		start = s.CreatedAt
	}
	if start == "" {
		return nil, errors.New("created_at is missing")
	}
	var err error
	if inc.StartedAt, err = parseTime(start); err != nil {
		return nil, fmt.Errorf("created_at: %w", err)
	}
	if inc.MitigatedAt, err = parseOptionalTime(s.MonitoringAt); err != nil {
		return nil, fmt.Errorf("monitoring_at: %w", err)
	}
	if inc.ResolvedAt, err = parseOptionalTime(s.ResolvedAt); err != nil {
		return nil, fmt.Errorf("resolved_at: %w", err)
	}
	inc.Status = string(enum.IncidentStatusResponding)
	if inc.ResolvedAt != nil {
		inc.Status = string(enum.IncidentStatusResolved)
	}
	if validLink(s.Shortlink) == nil {
		inc.SourceURL = s.Shortlink
	}
	if page != nil && page.Name != "" {
		inc.Vendors = []string{page.Name}
	}
	for _, c := range s.Components {
		if c.Name != "" && !slices.Contains(inc.Services, c.Name) {
			inc.Services = append(inc.Services, c.Name)
		}
	}
	// Statuspage lists updates newest first; a timeline reads oldest first.
	for j := len(s.Updates) - 1; j >= 0; j-- {
		u := s.Updates[j]
		t, err := parseTime(u.CreatedAt)
		if err != nil {
			return nil, fmt.Errorf("incident_updates[%d] (id %s): created_at: %w", j, u.ID, err)
		}
		text := strings.TrimSpace(u.Body)
		if u.Status != "" {
			text = strings.TrimSpace(strings.ToUpper(u.Status[:1]) + u.Status[1:] + ": " + text)
		}
		if text == "" {
			continue
		}
		inc.Timeline = append(inc.Timeline, TimelineEvent{
			Key:        fmt.Sprintf("update-%d", len(inc.Timeline)+1),
			OccurredAt: t, Kind: string(enum.EventKindCommunication), Source: string(enum.ChannelStatusPage),
			SourceRef: u.ID, Text: text,
		})
	}
	return inc, nil
}

// yamlError names the line and column of a YAML error.
func yamlError(err error) error {
	var se *yaml.SyntaxError
	if errors.As(err, &se) && se.Token != nil && se.Token.Position != nil {
		p := se.Token.Position
		return at(fmt.Sprintf("line %d, column %d", p.Line, p.Column), "malformed YAML front matter: %s", se.Message)
	}
	return fmt.Errorf("malformed YAML front matter: %s", yaml.FormatError(err, false, false))
}
