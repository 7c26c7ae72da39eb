package demo

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/checklistitem"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/participant"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/ent/workflowtemplate"
	commsaids "github.com/debrief/debrief/internal/comms"
	"github.com/debrief/debrief/internal/workflow"
)

// teamContacts are where to reach each team and how to escalate to it.
var teamContacts = map[string][2]string{
	"Payments":         {"#payments-oncall", "Page the Payments rotation in PageBeacon; out of hours the payments lead is second."},
	"Platform":         {"#platform-oncall", "Page the Platform primary in PageBeacon; the secondary follows after 10 minutes, then the platform lead."},
	"Checkout":         {"#checkout-oncall", "Page the Checkout rotation; for pricing errors also call the product manager."},
	"Mobile":           {"#mobile", "No rotation: call the mobile lead, then the iOS engineer."},
	"Data":             {"#data-eng", "Business hours only; for finance deadlines call the data lead."},
	"Customer Support": {"#support-incidents", "The support lead on shift; after hours the support operations manager."},
}

// serviceContacts name whom to call first for a service, beyond its
// owning team, and its runbook.
var serviceContacts = []struct {
	service  string
	contacts []string
	runbook  string
}{
	{"payments-gateway", []string{"Aisha Bello", "Priya Raman"}, "https://wiki.shop.example/runbooks/payments-gateway"},
	{"paywave-api", []string{"Aisha Bello", "Daniel Kim"}, "https://wiki.shop.example/runbooks/paywave"},
	{"ledger", []string{"Joon-ho Park"}, "https://wiki.shop.example/runbooks/ledger"},
	{"orders-db", []string{"Marcus Okafor", "Lena Fischer"}, "https://wiki.shop.example/runbooks/orders-db"},
	{"checkout-api", []string{"Ethan Brooks"}, "https://wiki.shop.example/runbooks/checkout-api"},
	{"dns-and-tls", []string{"Fatima Al-Sayed"}, "https://wiki.shop.example/runbooks/dns-and-tls"},
	{"order-events", []string{"Diego Santos", "Rahul Mehta"}, "https://wiki.shop.example/runbooks/order-events"},
	{"pagebeacon-paging", []string{"Marcus Okafor"}, ""},
}

// writeResponse writes the response aids: contact details and expertise,
// team channels, escalation contacts, the default workflows and
// communication aids, and a checklist and two status updates on the
// best-documented major incident.
func (w *writer) writeResponse() error {
	for i := range people {
		p := &people[i]
		r, ok := responders[p.name]
		if !ok {
			continue
		}
		err := w.db.User.UpdateOneID(w.users[p]).
			SetPhone(r.phone).SetChatHandle(r.chatHandle).SetExpertise(r.expertise).
			SetUpdatedAt(w.directorySince()).
			Exec(w.ctx)
		if err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
	}
	for _, t := range teamSpecs {
		c := teamContacts[t.name]
		if err := w.db.Team.UpdateOneID(w.teams[t.name]).SetChatChannel(c[0]).SetEscalation(c[1]).Exec(w.ctx); err != nil {
			return fmt.Errorf("team %s: %w", t.name, err)
		}
	}
	for _, s := range serviceContacts {
		upd := w.db.Service.UpdateOneID(w.services[s.service])
		for _, name := range s.contacts {
			upd.AddEscalationContactIDs(w.users[personNamed(name)])
		}
		if s.runbook != "" {
			upd.SetRunbookURL(s.runbook)
		}
		if err := upd.Exec(w.ctx); err != nil {
			return fmt.Errorf("service %s: %w", s.service, err)
		}
	}
	if err := workflow.WriteDefaults(w.ctx, w.db); err != nil {
		return err
	}
	if err := commsaids.WriteDefaults(w.ctx, w.db); err != nil {
		return err
	}
	return w.writeResponseOn()
}

// writeResponseOn attaches the major-incident workflow to the SEV1 or SEV2
// incident with the longest timeline, ticks its first steps off and logs a
// status update to each audience.
func (w *writer) writeResponseOn() error {
	tmpl, err := w.db.WorkflowTemplate.Query().Where(workflowtemplate.Name("Major incident response")).Only(w.ctx)
	if ent.IsNotFound(err) {
		return nil // an admin renamed or removed it
	}
	if err != nil {
		return err
	}
	majors, err := w.db.Incident.Query().
		Where(incident.SeverityIn(enum.SeveritySev1, enum.SeveritySev2), incident.Restricted(false), incident.ResolvedAtNotNil()).
		WithParticipants(func(q *ent.ParticipantQuery) { q.Where(participant.RoleEQ(enum.ParticipantRoleCommander)) }).
		All(w.ctx)
	if err != nil || len(majors) == 0 {
		return err
	}
	var counts []struct {
		IncidentID int `json:"incident_id"`
		Count      int `json:"count"`
	}
	err = w.db.TimelineEvent.Query().
		GroupBy(timelineevent.FieldIncidentID).
		Aggregate(ent.Count()).
		Scan(w.ctx, &counts)
	if err != nil {
		return err
	}
	events := map[int]int{}
	for _, c := range counts {
		events[c.IncidentID] = c.Count
	}
	inc := slices.MaxFunc(majors, func(a, b *ent.Incident) int {
		return cmp.Or(cmp.Compare(events[a.ID], events[b.ID]), cmp.Compare(b.ID, a.ID))
	})
	doneBy := inc.CreatedByID
	if ps := inc.Edges.Participants; len(ps) > 0 {
		doneBy = &ps[0].UserID
	}
	if doneBy == nil {
		analyst := w.users[personNamed("Maya Goldberg")]
		doneBy = &analyst
	}

	cl, err := workflow.Attach(w.ctx, w.db, inc.ID, tmpl.ID)
	if err != nil {
		return fmt.Errorf("attach the workflow: %w", err)
	}
	at := func(minutes int) time.Time { return inc.StartedAt.Add(time.Duration(minutes) * time.Minute) }
	attached := at(12)
	if err := w.db.IncidentChecklist.UpdateOne(cl).SetUpdatedAt(attached).Exec(w.ctx); err != nil {
		return err
	}
	items, err := w.db.ChecklistItem.Query().
		Where(checklistitem.ChecklistID(cl.ID)).
		Order(ent.Asc(checklistitem.FieldPosition)).
		All(w.ctx)
	if err != nil {
		return err
	}
	notes := []string{"", "#inc-" + fmt.Sprint(inc.ID), "", "Investigating notice posted"}
	for i, it := range items {
		upd := w.db.ChecklistItem.UpdateOne(it).SetUpdatedAt(attached)
		if i < len(notes) {
			// The first steps are done, minutes apart, as a commander
			// working down the list would.
			upd.SetDoneAt(at(14 + 6*i)).SetDoneByID(*doneBy).SetUpdatedAt(at(14 + 6*i))
			if notes[i] != "" {
				upd.SetNote(notes[i])
			}
		}
		if err := upd.Exec(w.ctx); err != nil {
			return err
		}
	}

	updates := []*ent.StatusUpdateCreate{
		w.db.StatusUpdate.Create().SetIncidentID(inc.ID).
			SetAudience(enum.CommsInternal).SetChannel(enum.ChannelSlack).SetRecipients("#incidents and #engineering").
			SetBody(fmt.Sprintf("%s incident: %s. We are investigating; follow along in the incident channel. Next update in 30 minutes.", inc.Severity, inc.Title)).
			SetSentAt(at(20)).SetCreatedByID(*doneBy).SetCreatedAt(at(20)).SetUpdatedAt(at(20)),
		w.db.StatusUpdate.Create().SetIncidentID(inc.ID).
			SetAudience(enum.CommsCustomers).SetChannel(enum.ChannelStatusPage).SetRecipients("all customers (status page)").
			SetBody(customerNotice(inc)).
			SetSentAt(at(32)).SetCreatedByID(*doneBy).SetCreatedAt(at(32)).SetUpdatedAt(at(32)),
	}
	for _, u := range updates {
		// One at a time: each is mirrored on the timeline by a hook.
		if err := u.Exec(w.ctx); err != nil {
			return fmt.Errorf("status update: %w", err)
		}
	}
	w.summary.TimelineEvents += len(updates)
	return nil
}

// customerNotice is the status page's first notice for an incident.
func customerNotice(inc *ent.Incident) string {
	impact := inc.CustomerImpact
	if impact == "" {
		impact = "some customers are affected"
	}
	return "We are investigating a problem: " + impact + " We will post an update within the hour."
}
