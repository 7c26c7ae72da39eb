// Package comms holds what responders say during an incident: message
// templates filled in for an incident, the communication guidelines per
// audience, and the defaults a new installation starts with.
package comms

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/commsguideline"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/internal/occ"
)

// Placeholders are the names a message template may use inside {{…}}.
var Placeholders = []string{"title", "severity", "status", "started_at", "impact", "services", "next_update", "link"}

var placeholder = regexp.MustCompile(`\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}`)

// Values are what the placeholders stand for in one incident, for one
// audience; a name without a value is left in the text.
type Values map[string]string

// IncidentValues are the placeholder values of an incident for an
// audience at a time. services are the incident's services' names;
// updateEvery is the audience's update interval (0: none agreed).
func IncidentValues(inc *ent.Incident, services []string, audience enum.CommsAudience, updateEvery time.Duration, now time.Time) Values {
	v := Values{
		"title":      inc.Title,
		"severity":   string(inc.Severity),
		"status":     strings.ToLower(strings.ReplaceAll(string(inc.Status), "_", " ")),
		"started_at": inc.StartedAt.UTC().Format(time.RFC1123),
		"impact":     strings.TrimSpace(inc.CustomerImpact),
		"link":       "/incidents/" + strconv.Itoa(inc.ID),
	}
	// Customers are told what they see, never which of our systems broke:
	// service names are internal.
	if audience == enum.CommsInternal {
		v["services"] = strings.Join(services, ", ")
	}
	if updateEvery > 0 {
		v["next_update"] = now.Add(updateEvery).UTC().Format(time.RFC1123)
	}
	return v
}

// Render fills the placeholders of body. Names with an empty or no value
// are listed in missing (once each, in order of appearance); unknown ones
// are left as they were, and so are known ones without a value — except
// services for customers, which is left out (rendered empty) so that a
// customer message never shows the placeholder either.
func Render(body string, values Values, audience enum.CommsAudience) (string, []string) {
	missing := []string{}
	out := placeholder.ReplaceAllStringFunc(body, func(m string) string {
		name := strings.ToLower(placeholder.FindStringSubmatch(m)[1])
		if val := values[name]; val != "" {
			return val
		}
		if !slices.Contains(missing, name) {
			missing = append(missing, name)
		}
		if name == "services" && audience != enum.CommsInternal {
			return ""
		}
		return m
	})
	return out, missing
}

// RenderTemplate fills a message template in for an incident, read in the
// caller's context (a restricted incident they may not see is NOT_FOUND).
func RenderTemplate(ctx context.Context, client *ent.Client, templateID, incidentID int, now time.Time) (*ent.MessageTemplate, string, []string, error) {
	tmpl, err := client.MessageTemplate.Get(ctx, templateID)
	if err != nil {
		return nil, "", nil, err
	}
	inc, err := client.Incident.Query().
		Where(incident.ID(incidentID)).
		WithServices(func(q *ent.ServiceQuery) { q.Order(ent.Asc(service.FieldName)) }).
		Only(ctx)
	if err != nil {
		return nil, "", nil, err
	}
	var every time.Duration
	g, err := client.CommsGuideline.Query().Where(commsguideline.AudienceEQ(tmpl.Audience)).Only(ctx)
	switch {
	case err == nil && g.UpdateEveryMinutes != nil:
		every = time.Duration(*g.UpdateEveryMinutes) * time.Minute
	case err != nil && !ent.IsNotFound(err):
		return nil, "", nil, err
	}
	names := make([]string, 0, len(inc.Edges.Services))
	for _, s := range inc.Edges.Services {
		names = append(names, s.Name)
	}
	body, missing := Render(tmpl.Body, IncidentValues(inc, names, tmpl.Audience, every, now), tmpl.Audience)
	return tmpl, body, missing, nil
}

// SetGuideline creates the audience's guidelines or replaces them; when
// version is given, only if they are still at that version.
func SetGuideline(ctx context.Context, client *ent.Client, audience enum.CommsAudience, body string, updateEveryMinutes, version *int) (*ent.CommsGuideline, error) {
	current, err := client.CommsGuideline.Query().Where(commsguideline.AudienceEQ(audience)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		return client.CommsGuideline.Create().
			SetAudience(audience).
			SetBody(body).
			SetNillableUpdateEveryMinutes(updateEveryMinutes).
			Save(ctx)
	case err != nil:
		return nil, err
	}
	upd := client.CommsGuideline.UpdateOne(current).SetBody(body)
	if updateEveryMinutes != nil {
		upd.SetUpdateEveryMinutes(*updateEveryMinutes)
	} else {
		upd.ClearUpdateEveryMinutes()
	}
	if version != nil {
		ctx = occ.Expect(ctx, current.ID, *version)
	}
	return upd.Save(ctx)
}
