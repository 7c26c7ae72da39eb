package porting

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"entgo.io/ent/privacy"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/actionitem"
	"github.com/debrief/debrief/ent/factorcategory"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/ent/team"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/ent/user"
	"github.com/debrief/debrief/ent/vendor"
	"github.com/debrief/debrief/internal/viewer"
)

// Formats the importer reads.
const (
	FormatDebrief    = "debrief"
	FormatCSV        = "csv"
	FormatMarkdown   = "markdown"
	FormatStatuspage = "statuspage"
)

// Options adjust one import.
type Options struct {
	// Format is one of the Format* names; empty detects it from the file's
	// name and content.
	Format string
	// CSVMap maps Debrief's CSV fields to the file's headers:
	// "title=Title,startedAt=Start,severity=Sev".
	CSVMap string
	// Progress, when set, is told how many of the file's incidents are done.
	Progress func(done, total int)
}

// Problem is one reason a file was not imported.
type Problem struct {
	File     string `json:"file"`
	Position string `json:"position,omitempty"`
	Message  string `json:"message"`
}

func (p Problem) String() string {
	if p.Position == "" {
		return p.File + ": " + p.Message
	}
	return p.File + ": " + p.Position + ": " + p.Message
}

// Result counts what an import did. With Errors, nothing of the file was
// written.
type Result struct {
	Created int       `json:"created"`
	Skipped int       `json:"skipped"`
	Errors  []Problem `json:"errors"`
}

// Add sums results of several files.
func (r *Result) Add(o Result) {
	r.Created += o.Created
	r.Skipped += o.Skipped
	r.Errors = append(r.Errors, o.Errors...)
}

// positioned is an error that knows where in the file it happened.
type positioned struct {
	pos string
	err error
}

func (e *positioned) Error() string { return e.pos + ": " + e.err.Error() }
func (e *positioned) Unwrap() error { return e.err }

func at(pos string, format string, args ...any) error {
	return &positioned{pos: pos, err: fmt.Errorf(format, args...)}
}

// ErrNotAllowed refuses an import by a viewer who may not import.
var ErrNotAllowed = viewer.Forbidden("only analysts and admins may import incidents")

// Authorize says whether ctx may import: analysts and admins may (importing
// creates vendors and services, which only they curate), and so may Debrief
// itself (the command line). Members and viewers may not, nor read-only
// tokens.
func Authorize(ctx context.Context) error {
	v, ok := viewer.FromContext(ctx)
	if !ok {
		// ent reports an Allow decision as (nil, true).
		if d, ok := privacy.DecisionFromContext(ctx); ok && (d == nil || errors.Is(d, privacy.Allow)) {
			return nil
		}
		return viewer.ErrUnauthenticated
	}
	if v.ReadOnly || !v.Is(enum.RoleAdmin, enum.RoleAnalyst) {
		return ErrNotAllowed
	}
	return nil
}

// Import reads one file and stores what it holds in one transaction: a
// problem anywhere in the file leaves the database as it was. Incidents
// whose import key is already stored are skipped.
func Import(ctx context.Context, client *ent.Client, name string, data []byte, opts Options) Result {
	fail := func(err error) Result {
		p := Problem{File: filepath.Base(name), Message: err.Error()}
		var pe *positioned
		if errors.As(err, &pe) {
			p.Position, p.Message = pe.pos, pe.err.Error()
		}
		return Result{Errors: []Problem{p}}
	}
	if err := Authorize(ctx); err != nil {
		return fail(err)
	}
	doc, err := Parse(name, data, opts)
	if err != nil {
		return fail(err)
	}
	res, err := storeDocument(ctx, client, doc, opts.Progress)
	if err != nil {
		return fail(err)
	}
	return res
}

// Parse reads a file in the given format (or the one detected) into a
// Document, checking every record.
func Parse(name string, data []byte, opts Options) (*Document, error) {
	format := opts.Format
	if format == "" {
		format = Detect(name, data)
	}
	switch format {
	case FormatDebrief:
		return parseDebrief(data)
	case FormatCSV:
		return parseCSV(data, opts.CSVMap)
	case FormatMarkdown:
		return parseMarkdown(filepath.Base(name), data)
	case FormatStatuspage:
		return parseStatuspage(data)
	case "":
		return nil, errors.New("cannot tell the format from the file name or content: give it (debrief, csv, markdown or statuspage)")
	}
	return nil, fmt.Errorf("unknown format %q (want debrief, csv, markdown or statuspage)", format)
}

var (
	debriefMarker    = regexp.MustCompile(`"format"\s*:\s*"debrief"`)
	statuspageMarker = regexp.MustCompile(`"incident_updates"|"page"\s*:\s*\{`)
)

// Detect guesses a file's format from its extension and, for JSON, from
// the keys it uses.
func Detect(name string, data []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return FormatCSV
	case ".md", ".markdown":
		return FormatMarkdown
	}
	head := data[:min(len(data), 64<<10)]
	trimmed := strings.TrimSpace(string(head[:min(len(head), 16)]))
	switch {
	case debriefMarker.Match(head):
		return FormatDebrief
	case statuspageMarker.Match(head) || strings.HasPrefix(trimmed, "["):
		return FormatStatuspage
	case strings.HasPrefix(trimmed, "---"):
		return FormatMarkdown
	case strings.ToLower(filepath.Ext(name)) == ".json":
		return FormatDebrief
	}
	return ""
}

// storeDocument writes doc in one transaction.
func storeDocument(ctx context.Context, client *ent.Client, doc *Document, progress func(done, total int)) (Result, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return Result{}, err
	}
	w := &writer{ctx: ctx, c: tx.Client(), doc: doc, progress: progress,
		users: map[string]int{}, teams: map[string]int{}, vendors: map[string]int{}, services: map[string]int{},
		tags: map[string]int{}, categories: map[string]int{}, incidents: map[string]int{}, insights: map[string]int{},
		reportTemplates: map[string]int{}, workflows: map[string]int{}, ids: map[string]map[string]int{}}
	res, err := w.write()
	if err != nil {
		_ = tx.Rollback()
		return Result{}, err
	}
	if err := tx.Commit(); err != nil {
		return Result{}, err
	}
	return res, nil
}

type writer struct {
	ctx      context.Context
	c        *ent.Client
	doc      *Document
	progress func(done, total int)

	users, teams, vendors, services, tags, categories map[string]int
	// incidents maps incident keys to IDs (new and already stored ones);
	// insights maps insight keys of new incidents.
	incidents, insights        map[string]int
	created                    map[string]bool
	reportTemplates, workflows map[string]int
	// ids maps ent type names and document keys to the IDs of records this
	// import created, for comments and the history.
	ids map[string]map[string]int
	// removed gives history entries about records that are gone their
	// (negative) entity IDs, counting down from removedBase.
	removed     map[string]int
	removedBase int
}

// set notes the ID of the record of type typ that key names.
func (w *writer) set(typ, key string, id int) {
	if key == "" {
		return
	}
	if w.ids[typ] == nil {
		w.ids[typ] = map[string]int{}
	}
	w.ids[typ][key] = id
}

func (w *writer) write() (Result, error) {
	var res Result
	// Which incidents are already stored is looked up as the system: an
	// import key names the source, and the import must skip an incident
	// the importer cannot see rather than fail on the unique key.
	var importKeys []string
	for _, inc := range w.doc.Incidents {
		importKeys = append(importKeys, inc.ImportKey)
	}
	stored := map[string]int{}
	// In chunks: databases limit the parameters of one statement.
	for chunk := range slices.Chunk(importKeys, 500) {
		existing, err := w.c.Incident.Query().Where(incident.ImportKeyIn(chunk...)).
			Select(incident.FieldID, incident.FieldImportKey).All(viewer.System(w.ctx))
		if err != nil {
			return res, err
		}
		for _, e := range existing {
			stored[*e.ImportKey] = e.ID
		}
	}
	// An incident exported without an import key carries
	// "debrief:incident/<its ID>"; imported back into the database it came
	// from, it is the same incident when that ID still holds it.
	for _, inc := range w.doc.Incidents {
		var id int
		if _, ok := stored[inc.ImportKey]; ok {
			continue
		}
		if n, _ := fmt.Sscanf(inc.ImportKey, "debrief:incident/%d", &id); n != 1 {
			continue
		}
		same, err := w.c.Incident.Query().Where(incident.ID(id), incident.ImportKeyIsNil(),
			incident.Title(inc.Title), incident.StartedAt(inc.StartedAt)).Exist(viewer.System(w.ctx))
		if err != nil {
			return res, err
		}
		if same {
			stored[inc.ImportKey] = id
		}
	}
	if err := w.directory(); err != nil {
		return res, err
	}
	if err := w.curated(); err != nil {
		return res, err
	}
	w.created = map[string]bool{}
	total := len(w.doc.Incidents)
	seen := map[string]string{}
	for i := range w.doc.Incidents {
		inc := &w.doc.Incidents[i]
		if first, dup := seen[inc.ImportKey]; dup {
			return res, at(inc.pos, "the import key %q was already used by %s", inc.ImportKey, first)
		}
		seen[inc.ImportKey] = inc.pos
		if id, ok := stored[inc.ImportKey]; ok {
			w.incidents[inc.Key] = id
			res.Skipped++
		} else {
			if err := w.incident(inc); err != nil {
				return res, wrapPos(inc.pos, err)
			}
			w.created[inc.Key] = true
			res.Created++
		}
		if w.progress != nil {
			w.progress(i+1, total)
		}
	}
	for i, a := range w.doc.ActionItems {
		if err := w.action(a); err != nil {
			return res, wrapPos(fmt.Sprintf("actionItems[%d]", i), err)
		}
	}
	// Comments may be about action items, so they follow them.
	for i := range w.doc.Incidents {
		inc := &w.doc.Incidents[i]
		if !w.created[inc.Key] {
			continue
		}
		if err := w.comments(w.incidents[inc.Key], inc.Comments); err != nil {
			return res, wrapPos(inc.pos, err)
		}
	}
	for i, r := range w.doc.Reports {
		if err := w.report(nil, r); err != nil {
			return res, wrapPos(fmt.Sprintf("reports[%d]", i), err)
		}
	}
	for i, a := range w.doc.Annotations {
		if err := w.annotation(nil, a); err != nil {
			return res, wrapPos(fmt.Sprintf("annotations[%d]", i), err)
		}
	}
	if w.doc.withHistory {
		for i := range w.doc.Incidents {
			inc := &w.doc.Incidents[i]
			if !w.created[inc.Key] {
				continue
			}
			if err := w.history(w.incidents[inc.Key], inc.History); err != nil {
				return res, wrapPos(inc.pos, err)
			}
		}
	}
	if err := w.restoreUpdatedAt(); err != nil {
		return res, err
	}
	return res, nil
}

func wrapPos(pos string, err error) error {
	var pe *positioned
	if errors.As(err, &pe) || pos == "" {
		return err
	}
	return &positioned{pos: pos, err: friendly(err)}
}

// friendly strips ent's prefixes from validation errors, which name the Go
// field rather than what the file says.
func friendly(err error) error {
	var ve *ent.ValidationError
	if errors.As(err, &ve) {
		return fmt.Errorf("%s: %v", ve.Name, errors.Unwrap(ve))
	}
	return err
}

// requiredUser is userID for references that must name someone.
func (w *writer) requiredUser(what, k string) (int, error) {
	if k == "" {
		return 0, fmt.Errorf("%s is missing", what)
	}
	id, err := w.userID(k)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", what, err)
	}
	return *id, nil
}

func (w *writer) userID(k string) (*int, error) {
	if k == "" {
		return nil, nil
	}
	id, ok := w.users[k]
	if !ok {
		return nil, fmt.Errorf("unknown user key %q (not in the document's users)", k)
	}
	return &id, nil
}

// directory finds or creates the directory records, in document order.
func (w *writer) directory() error {
	ctx, c := w.ctx, w.c
	for i, u := range w.doc.Users {
		pos := fmt.Sprintf("users[%d]", i)
		if u.Key == "" || u.Name == "" {
			return at(pos, "a user needs a key and a name")
		}
		q := c.User.Query()
		if u.Email != "" {
			q.Where(user.EmailEqualFold(u.Email))
		} else {
			q.Where(user.Name(u.Name), user.Or(user.EmailIsNil(), user.Email("")))
		}
		found, err := q.First(ctx)
		switch {
		case err == nil:
			w.users[u.Key] = found.ID
			continue
		case !ent.IsNotFound(err):
			return wrapPos(pos, err)
		}
		dept, err := parseEnum[enum.Department](u.Department, enum.DepartmentOther)
		if err != nil {
			return at(pos, "department: %v", err)
		}
		role, err := parseEnum[enum.Role](u.Role, enum.RoleMember)
		if err != nil {
			return at(pos, "role: %v", err)
		}
		create := c.User.Create().SetName(u.Name).SetEmail(u.Email).SetDepartment(dept).SetRole(role).
			SetTitle(u.Title).SetTimeZone(orDefault(u.TimeZone, "UTC")).SetServiceAccount(u.ServiceAccount).
			SetNillablePhone(optional(u.Phone)).SetNillableChatHandle(optional(u.ChatHandle)).SetNillableCreatedAt(u.CreatedAt).SetNillableUpdatedAt(u.UpdatedAt)
		if len(u.Expertise) > 0 {
			create.SetExpertise(u.Expertise)
		}
		created, err := create.Save(ctx)
		if err != nil {
			return wrapPos(pos, err)
		}
		w.users[u.Key] = created.ID
	}
	for i, t := range w.doc.Teams {
		pos := fmt.Sprintf("teams[%d]", i)
		found, err := c.Team.Query().Where(team.Name(t.Name)).Only(ctx)
		switch {
		case err == nil:
			w.teams[t.Name] = found.ID
			continue
		case !ent.IsNotFound(err):
			return wrapPos(pos, err)
		}
		by, err := w.userID(t.CreatedBy)
		if err != nil {
			return at(pos, "%v", err)
		}
		create := c.Team.Create().SetName(t.Name).SetDescription(t.Description).SetChatChannel(t.ChatChannel).
			SetEscalation(t.Escalation).SetNillableCreatedByID(by).
			SetNillableCreatedAt(t.CreatedAt).SetNillableUpdatedAt(t.UpdatedAt)
		for _, m := range t.Members {
			uid, err := w.requiredUser("member", m)
			if err != nil {
				return at(pos, "%v", err)
			}
			create.AddMemberIDs(uid)
		}
		created, err := create.Save(ctx)
		if err != nil {
			return wrapPos(pos, err)
		}
		w.teams[t.Name] = created.ID
	}
	for i, v := range w.doc.Vendors {
		if _, err := w.vendor(v); err != nil {
			return wrapPos(fmt.Sprintf("vendors[%d]", i), err)
		}
	}
	for i, s := range w.doc.Services {
		if _, err := w.service(s); err != nil {
			return wrapPos(fmt.Sprintf("services[%d]", i), err)
		}
	}
	for i, t := range w.doc.Tags {
		pos := fmt.Sprintf("tags[%d]", i)
		if t.Name == "" {
			return at(pos, "a tag needs a name")
		}
		if _, err := w.tag(t); err != nil {
			return wrapPos(pos, err)
		}
	}
	for i, fc := range w.doc.FactorCategories {
		if _, err := w.category(fc); err != nil {
			return wrapPos(fmt.Sprintf("factorCategories[%d]", i), err)
		}
	}
	return nil
}

func (w *writer) vendor(v Vendor) (int, error) {
	if id, ok := w.vendors[v.Name]; ok {
		return id, nil
	}
	found, err := w.c.Vendor.Query().Where(vendor.Name(v.Name)).Only(w.ctx)
	if ent.IsNotFound(err) {
		by, uerr := w.userID(v.CreatedBy)
		if uerr != nil {
			return 0, uerr
		}
		found, err = w.c.Vendor.Create().SetName(v.Name).SetWebsite(v.Website).SetDescription(v.Description).
			SetNillableCreatedByID(by).SetNillableCreatedAt(v.CreatedAt).SetNillableUpdatedAt(v.UpdatedAt).Save(w.ctx)
	}
	if err != nil {
		return 0, err
	}
	w.vendors[v.Name] = found.ID
	return found.ID, nil
}

func (w *writer) service(s Service) (int, error) {
	if id, ok := w.services[s.Name]; ok {
		return id, nil
	}
	found, err := w.c.Service.Query().Where(service.Name(s.Name)).Only(w.ctx)
	if ent.IsNotFound(err) {
		kind, kerr := parseEnum[enum.ServiceKind](s.Kind, enum.ServiceKindService)
		if kerr != nil {
			return 0, fmt.Errorf("kind: %w", kerr)
		}
		by, uerr := w.userID(s.CreatedBy)
		if uerr != nil {
			return 0, uerr
		}
		create := w.c.Service.Create().SetName(s.Name).SetKind(kind).SetDescription(s.Description).
			SetNillableRunbookURL(optional(s.RunbookURL)).SetNillableCreatedByID(by).
			SetNillableCreatedAt(s.CreatedAt).SetNillableUpdatedAt(s.UpdatedAt)
		for _, k := range s.EscalationContacts {
			uid, uerr := w.requiredUser("escalation contact", k)
			if uerr != nil {
				return 0, uerr
			}
			create.AddEscalationContactIDs(uid)
		}
		if s.OwnerTeam != "" {
			id, ok := w.teams[s.OwnerTeam]
			if !ok {
				return 0, fmt.Errorf("unknown team %q", s.OwnerTeam)
			}
			create.SetOwnerTeamID(id)
		}
		if s.Vendor != "" {
			id, verr := w.vendor(Vendor{Name: s.Vendor})
			if verr != nil {
				return 0, verr
			}
			create.SetVendorID(id)
		}
		found, err = create.Save(w.ctx)
	}
	if err != nil {
		return 0, err
	}
	w.services[s.Name] = found.ID
	return found.ID, nil
}

func (w *writer) tag(t Tag) (int, error) {
	if id, ok := w.tags[t.Name]; ok {
		return id, nil
	}
	found, err := w.c.Tag.Query().Where(tag.Name(t.Name)).Only(w.ctx)
	if ent.IsNotFound(err) {
		by, uerr := w.userID(t.CreatedBy)
		if uerr != nil {
			return 0, uerr
		}
		found, err = w.c.Tag.Create().SetName(t.Name).SetNillableCreatedByID(by).
			SetNillableCreatedAt(t.CreatedAt).SetNillableUpdatedAt(t.UpdatedAt).Save(w.ctx)
	}
	if err != nil {
		return 0, err
	}
	w.tags[t.Name] = found.ID
	return found.ID, nil
}

func (w *writer) category(fc FactorCategory) (int, error) {
	if id, ok := w.categories[fc.Name]; ok {
		return id, nil
	}
	found, err := w.c.FactorCategory.Query().Where(factorcategory.Name(fc.Name)).Only(w.ctx)
	if ent.IsNotFound(err) {
		by, uerr := w.userID(fc.CreatedBy)
		if uerr != nil {
			return 0, uerr
		}
		found, err = w.c.FactorCategory.Create().SetName(fc.Name).SetDescription(fc.Description).
			SetNillableCreatedByID(by).SetNillableCreatedAt(fc.CreatedAt).SetNillableUpdatedAt(fc.UpdatedAt).Save(w.ctx)
	}
	if err != nil {
		return 0, err
	}
	w.categories[fc.Name] = found.ID
	return found.ID, nil
}

// incident creates one incident and everything on its board.
func (w *writer) incident(in *Incident) error {
	ctx, c := w.ctx, w.c
	sev, err := parseEnum[enum.Severity](in.Severity, "")
	if err != nil {
		return fmt.Errorf("severity: %w", err)
	}
	status, err := parseEnum[enum.IncidentStatus](in.Status, enum.IncidentStatusResolved)
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	facilitator, err := w.userID(in.Facilitator)
	if err != nil {
		return err
	}
	author, err := w.userID(in.CreatedBy)
	if err != nil {
		return err
	}
	create := c.Incident.Create().
		SetTitle(in.Title).SetSummary(in.Summary).SetSeverity(sev).SetStatus(status).
		SetStartedAt(in.StartedAt).SetNillableDetectedAt(in.DetectedAt).SetNillableAcknowledgedAt(in.AcknowledgedAt).
		SetNillableMitigatedAt(in.MitigatedAt).SetNillableResolvedAt(in.ResolvedAt).
		SetCustomerImpact(in.CustomerImpact).SetNillableCustomersAffected(in.CustomersAffected).
		SetNillableReviewDueAt(in.ReviewDueAt).SetNillableFacilitatorID(facilitator).
		SetLearningsOverrideReason(in.LearningsOverrideReason).SetImportKey(in.ImportKey).
		SetSourceURL(in.SourceURL).SetRestricted(in.Restricted).SetNillableCreatedByID(author).
		SetNillableCreatedAt(in.CreatedAt).SetNillableUpdatedAt(in.UpdatedAt)
	if in.ReviewMode != "" {
		mode, err := parseEnum[enum.ReviewMode](in.ReviewMode, "")
		if err != nil {
			return fmt.Errorf("reviewMode: %w", err)
		}
		create.SetReviewMode(mode)
	}
	for _, name := range in.Services {
		id, err := w.service(Service{Name: name})
		if err != nil {
			return fmt.Errorf("service %q: %w", name, friendly(err))
		}
		create.AddServiceIDs(id)
	}
	for _, name := range in.Vendors {
		id, err := w.vendor(Vendor{Name: name})
		if err != nil {
			return fmt.Errorf("vendor %q: %w", name, friendly(err))
		}
		create.AddVendorIDs(id)
	}
	for _, name := range in.Tags {
		id, err := w.tag(Tag{Name: name})
		if err != nil {
			return fmt.Errorf("tag %q: %w", name, friendly(err))
		}
		create.AddTagIDs(id)
	}
	inc, err := create.Save(ctx)
	if err != nil {
		return friendly(err)
	}
	w.incidents[in.Key] = inc.ID
	w.set(ent.TypeIncident, in.Key, inc.ID)

	participants := make([]*ent.ParticipantCreate, len(in.Participants))
	for i, p := range in.Participants {
		uid, err := w.requiredUser("user", p.User)
		if err != nil {
			return fmt.Errorf("participants[%d]: %w", i, err)
		}
		role, err := parseEnum[enum.ParticipantRole](p.Role, enum.ParticipantRoleResponder)
		if err != nil {
			return fmt.Errorf("participants[%d]: role: %w", i, err)
		}
		channels, err := parseEnums[enum.Channel](p.Channels)
		if err != nil {
			return fmt.Errorf("participants[%d]: channels: %w", i, err)
		}
		by, err := w.userID(p.CreatedBy)
		if err != nil {
			return fmt.Errorf("participants[%d]: %w", i, err)
		}
		participants[i] = c.Participant.Create().SetIncidentID(inc.ID).SetUserID(uid).SetRole(role).
			SetLocation(p.Location).SetTimeZone(p.TimeZone).SetChannels(channels).SetNillableCreatedByID(by).
			SetNillableCreatedAt(p.CreatedAt).SetNillableUpdatedAt(p.UpdatedAt)
	}
	createdParticipants, err := c.Participant.CreateBulk(participants...).Save(ctx)
	if err != nil {
		return fmt.Errorf("participants: %w", friendly(err))
	}
	for i, p := range createdParticipants {
		w.set(ent.TypeParticipant, in.Participants[i].Key, p.ID)
	}

	events, err := w.timeline(inc.ID, in.Timeline)
	if err != nil {
		return err
	}
	// Status updates before the insights: an insight's evidence may be
	// a status update's timeline mirror.
	for i, su := range in.StatusUpdates {
		mirror, err := w.statusUpdate(inc.ID, su)
		if err != nil {
			return fmt.Errorf("statusUpdates[%d]: %w", i, friendly(err))
		}
		if mirror != 0 {
			events[su.Key] = mirror
			w.set(ent.TypeTimelineEvent, su.Key, mirror)
		}
	}
	perspectives := map[string]int{}
	for i, p := range in.Perspectives {
		author, err := w.requiredUser("author", p.Author)
		if err != nil {
			return fmt.Errorf("perspectives[%d]: %w", i, err)
		}
		dept, err := parseEnum[enum.Department](p.Department, enum.DepartmentOther)
		if err != nil {
			return fmt.Errorf("perspectives[%d]: department: %w", i, err)
		}
		by, err := w.userID(p.CreatedBy)
		if err != nil {
			return fmt.Errorf("perspectives[%d]: %w", i, err)
		}
		created, err := c.Perspective.Create().SetIncidentID(inc.ID).SetAuthorID(author).SetDepartment(dept).
			SetWhatTheySaw(p.WhatTheySaw).SetSurprises(p.Surprises).SetWhatHelped(p.WhatHelped).
			SetWhatHurt(p.WhatHurt).SetImpactObserved(p.ImpactObserved).SetNillableCreatedByID(by).
			SetNillableCreatedAt(p.CreatedAt).SetNillableUpdatedAt(p.UpdatedAt).Save(ctx)
		if err != nil {
			return fmt.Errorf("perspectives[%d]: %w", i, friendly(err))
		}
		perspectives[p.Key] = created.ID
		w.set(ent.TypePerspective, p.Key, created.ID)
	}
	questions := map[string]int{}
	for i, q := range in.Questions {
		id, err := w.question(inc.ID, q)
		if err != nil {
			return fmt.Errorf("questions[%d]: %w", i, friendly(err))
		}
		questions[q.Key] = id
		w.set(ent.TypeQuestion, q.Key, id)
	}
	factors := map[string]int{}
	for i, f := range in.ContributingFactors {
		cat, err := w.category(FactorCategory{Name: f.Category})
		if err != nil {
			return fmt.Errorf("contributingFactors[%d]: category %q: %w", i, f.Category, friendly(err))
		}
		by, err := w.userID(f.CreatedBy)
		if err != nil {
			return fmt.Errorf("contributingFactors[%d]: %w", i, err)
		}
		created, err := c.ContributingFactor.Create().SetIncidentID(inc.ID).SetCategoryID(cat).
			SetDescription(f.Description).SetNillableCreatedByID(by).
			SetNillableCreatedAt(f.CreatedAt).SetNillableUpdatedAt(f.UpdatedAt).Save(ctx)
		if err != nil {
			return fmt.Errorf("contributingFactors[%d]: %w", i, friendly(err))
		}
		factors[f.Key] = created.ID
		w.set(ent.TypeContributingFactor, f.Key, created.ID)
	}
	for i, s := range in.Insights {
		status, err := parseEnum[enum.InsightStatus](s.Status, enum.InsightStatusDraft)
		if err != nil {
			return fmt.Errorf("insights[%d]: status: %w", i, err)
		}
		by, err := w.userID(s.CreatedBy)
		if err != nil {
			return fmt.Errorf("insights[%d]: %w", i, err)
		}
		create := c.Insight.Create().SetIncidentID(inc.ID).SetStatement(s.Statement).SetDetail(s.Detail).
			SetStatus(status).SetNillableCreatedByID(by).SetNillableCreatedAt(s.CreatedAt).SetNillableUpdatedAt(s.UpdatedAt)
		for _, ref := range []struct {
			what string
			keys []string
			ids  map[string]int
			add  func(...int) *ent.InsightCreate
		}{
			{"factor", s.Factors, factors, create.AddFactorIDs},
			{"event", s.EvidenceEvents, events, create.AddEvidenceEventIDs},
			{"perspective", s.EvidencePerspectives, perspectives, create.AddEvidencePerspectiveIDs},
			{"question", s.EvidenceQuestions, questions, create.AddEvidenceQuestionIDs},
		} {
			for _, k := range ref.keys {
				id, ok := ref.ids[k]
				if !ok {
					return fmt.Errorf("insights[%d]: unknown %s key %q (not on this incident)", i, ref.what, k)
				}
				ref.add(id)
			}
		}
		created, err := create.Save(ctx)
		if err != nil {
			return fmt.Errorf("insights[%d]: %w", i, friendly(err))
		}
		w.insights[s.Key] = created.ID
		w.set(ent.TypeInsight, s.Key, created.ID)
	}
	for i, cl := range in.Checklists {
		if err := w.checklist(inc.ID, cl); err != nil {
			return fmt.Errorf("checklists[%d]: %w", i, friendly(err))
		}
	}
	for i, r := range in.Reports {
		if err := w.report(&inc.ID, r); err != nil {
			return fmt.Errorf("reports[%d]: %w", i, friendly(err))
		}
	}
	for i, a := range in.Annotations {
		if err := w.annotation(&inc.ID, a); err != nil {
			return fmt.Errorf("annotations[%d]: %w", i, friendly(err))
		}
	}
	return nil
}

// timeline creates the incident's events. Milestone events already exist
// (the data layer mirrors the incident's times); they take the document's
// details instead.
func (w *writer) timeline(incidentID int, events []TimelineEvent) (map[string]int, error) {
	ctx, c := w.ctx, w.c
	ids := map[string]int{}
	var bulk []*ent.TimelineEventCreate
	var bulkKeys []string
	for i, e := range events {
		kind, err := parseEnum[enum.EventKind](e.Kind, enum.EventKindObservation)
		if err != nil {
			return nil, fmt.Errorf("timeline[%d]: kind: %w", i, err)
		}
		source, err := parseEnum[enum.Channel](e.Source, enum.ChannelOther)
		if err != nil {
			return nil, fmt.Errorf("timeline[%d]: source: %w", i, err)
		}
		actor, err := w.userID(e.Actor)
		if err != nil {
			return nil, fmt.Errorf("timeline[%d]: %w", i, err)
		}
		if e.Milestone != "" {
			ms, err := parseEnum[enum.Milestone](e.Milestone, "")
			if err != nil {
				return nil, fmt.Errorf("timeline[%d]: milestone: %w", i, err)
			}
			mirror, err := c.TimelineEvent.Query().
				Where(timelineevent.IncidentID(incidentID), timelineevent.MilestoneEQ(ms)).Only(ctx)
			if err != nil {
				return nil, fmt.Errorf("timeline[%d]: the incident has no %s time for this milestone event", i, ms)
			}
			ids[e.Key] = mirror.ID
			w.set(ent.TypeTimelineEvent, e.Key, mirror.ID)
			// The mirror was made now, by Debrief; the document says when
			// and by whom it was.
			if err := w.restoreMirror(mirror.ID, e); err != nil {
				return nil, fmt.Errorf("timeline[%d]: %w", i, friendly(err))
			}
			if mirror.Text == e.Text && mirror.Kind == kind && mirror.Source == source && mirror.SourceRef == e.SourceRef &&
				mirror.ActorName == e.ActorName && mirror.EvidenceURL == e.EvidenceURL && mirror.KeyMoment == e.KeyMoment &&
				equalPtr(mirror.ActorID, actor) {
				continue
			}
			if err := c.TimelineEvent.UpdateOne(mirror).SetText(e.Text).SetKind(kind).SetSource(source).
				SetSourceRef(e.SourceRef).SetActorName(e.ActorName).SetEvidenceURL(e.EvidenceURL).
				SetKeyMoment(e.KeyMoment).SetNillableActorID(actor).SetUpdatedAt(updatedAt(e.UpdatedAt)).Exec(ctx); err != nil {
				return nil, fmt.Errorf("timeline[%d]: %w", i, friendly(err))
			}
			continue
		}
		by, err := w.userID(e.CreatedBy)
		if err != nil {
			return nil, fmt.Errorf("timeline[%d]: %w", i, err)
		}
		bulk = append(bulk, c.TimelineEvent.Create().SetIncidentID(incidentID).SetOccurredAt(e.OccurredAt).
			SetKind(kind).SetSource(source).SetSourceRef(e.SourceRef).SetNillableActorID(actor).
			SetActorName(e.ActorName).SetText(e.Text).SetEvidenceURL(e.EvidenceURL).SetKeyMoment(e.KeyMoment).
			SetNillableCreatedByID(by).SetNillableCreatedAt(e.CreatedAt).SetNillableUpdatedAt(e.UpdatedAt))
		bulkKeys = append(bulkKeys, e.Key)
	}
	created, err := c.TimelineEvent.CreateBulk(bulk...).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", friendly(err))
	}
	for i, e := range created {
		ids[bulkKeys[i]] = e.ID
		w.set(ent.TypeTimelineEvent, bulkKeys[i], e.ID)
	}
	return ids, nil
}

func equalPtr(a, b *int) bool {
	return (a == nil && b == nil) || (a != nil && b != nil && *a == *b)
}

func (w *writer) question(incidentID int, q Question) (int, error) {
	ctx, c := w.ctx, w.c
	status, err := parseEnum[enum.QuestionStatus](q.Status, enum.QuestionStatusOpen)
	if err != nil {
		return 0, fmt.Errorf("status: %w", err)
	}
	var users [4]*int
	for i, k := range []string{q.AskedBy, q.Assignee, q.AnsweredBy, q.CreatedBy} {
		if users[i], err = w.userID(k); err != nil {
			return 0, err
		}
	}
	created, err := c.Question.Create().SetIncidentID(incidentID).SetText(q.Text).SetStatus(status).
		SetNillableAskedByID(users[0]).SetNillableAssigneeID(users[1]).SetAnswer(q.Answer).
		SetNillableAnsweredByID(users[2]).SetNillableCreatedByID(users[3]).
		SetNillableCreatedAt(q.CreatedAt).SetNillableUpdatedAt(q.UpdatedAt).Save(ctx)
	if err != nil {
		return 0, err
	}
	// Answering stamps the time (now), the answerer (the importer) and the
	// status; the document's own values win.
	if q.Answer != "" {
		upd := c.Question.UpdateOne(created).SetStatus(status).SetNillableAnsweredAt(q.AnsweredAt).SetUpdatedAt(updatedAt(q.UpdatedAt))
		if q.AnsweredAt == nil {
			upd.ClearAnsweredAt()
		}
		if users[2] == nil {
			upd.ClearAnsweredByID()
		}
		if err := upd.Exec(ctx); err != nil {
			return 0, err
		}
	}
	return created.ID, nil
}

// action creates an action item when at least one incident it serves was
// created by this import; an action of incidents that were all skipped was
// imported with them before. An action item that serves no incident is
// the same as a stored one with its title and creation time that serves
// none either.
func (w *writer) action(a ActionItem) error {
	ctx, c := w.ctx, w.c
	if len(a.Incidents) == 0 {
		if a.CreatedAt != nil {
			// Times are compared here, not in SQL: SQLite compares them
			// as text, which depends on how each was written.
			same, err := c.ActionItem.Query().Where(actionitem.Title(a.Title), actionitem.Not(actionitem.HasIncidents())).
				Select(actionitem.FieldID, actionitem.FieldCreatedAt).All(ctx)
			if err != nil {
				return err
			}
			if i := slices.IndexFunc(same, func(f *ent.ActionItem) bool { return f.CreatedAt.Equal(*a.CreatedAt) }); i >= 0 {
				w.set(ent.TypeActionItem, a.Key, same[i].ID)
				return nil
			}
		}
	} else if !slices.ContainsFunc(a.Incidents, func(k string) bool { return w.created[k] }) {
		return nil
	}
	priority, err := parseEnum[enum.ActionPriority](a.Priority, enum.ActionPriorityMedium)
	if err != nil {
		return fmt.Errorf("priority: %w", err)
	}
	size, err := parseEnum[enum.ActionSize](a.Size, enum.ActionSizeM)
	if err != nil {
		return fmt.Errorf("size: %w", err)
	}
	status, err := parseEnum[enum.ActionStatus](a.Status, enum.ActionStatusProposed)
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	warnings, err := parseEnums[enum.ActionWarningKind](a.AcceptedWarnings)
	if err != nil {
		return fmt.Errorf("acceptedWarnings: %w", err)
	}
	owner, err := w.userID(a.Owner)
	if err != nil {
		return err
	}
	by, err := w.userID(a.CreatedBy)
	if err != nil {
		return err
	}
	create := c.ActionItem.Create().SetTitle(a.Title).SetDescription(a.Description).SetRationale(a.Rationale).
		SetExpectedEffect(a.ExpectedEffect).SetVerification(a.Verification).SetInterimMitigation(a.InterimMitigation).
		SetWarningsAcceptedReason(a.WarningsAcceptedReason).SetNillableOwnerID(owner).SetPriority(priority).
		SetSize(size).SetNillableDueAt(a.DueAt).SetStatus(status).SetStatusReason(a.StatusReason).
		SetTrackerURL(a.TrackerURL).SetNillableCreatedByID(by).
		SetNillableCreatedAt(a.CreatedAt).SetNillableUpdatedAt(a.UpdatedAt)
	if len(warnings) > 0 {
		create.SetAcceptedWarnings(warnings)
	}
	if a.Team != "" {
		id, ok := w.teams[a.Team]
		if !ok {
			return fmt.Errorf("unknown team %q", a.Team)
		}
		create.SetTeamID(id)
	}
	if a.Insight != "" {
		id, ok := w.insights[a.Insight]
		if !ok {
			return fmt.Errorf("unknown insight key %q", a.Insight)
		}
		create.SetInsightID(id)
	}
	for _, k := range a.Incidents {
		id, ok := w.incidents[k]
		if !ok {
			return fmt.Errorf("unknown incident key %q", k)
		}
		create.AddIncidentIDs(id)
	}
	created, err := create.Save(ctx)
	if err != nil {
		return friendly(err)
	}
	w.set(ent.TypeActionItem, a.Key, created.ID)
	// Closing stamps the time (now); the document's own time wins.
	if status.Closed() && a.CompletedAt != nil {
		if err := c.ActionItem.UpdateOne(created).SetCompletedAt(*a.CompletedAt).SetUpdatedAt(updatedAt(a.UpdatedAt)).Exec(ctx); err != nil {
			return friendly(err)
		}
	}
	return nil
}

// parseEnum reads an enum value case-insensitively; empty gives def, or an
// error when there is no default.
func parseEnum[T ~string](s string, def T) (T, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		if def == "" {
			return "", errors.New("missing")
		}
		return def, nil
	}
	values := any(T("")).(interface{ Values() []string }).Values()
	if !slices.Contains(values, s) {
		return "", fmt.Errorf("unknown value %q (want one of %s)", s, strings.Join(values, ", "))
	}
	return T(s), nil
}

func parseEnums[T ~string](in []string) ([]T, error) {
	var out []T
	for _, s := range in {
		v, err := parseEnum[T](s, "")
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
