package graph_test

import (
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
)

// Fixtures and cases for reports and response aids (issue #7): the
// permission matrix's cases for them are merged into permCases and
// readFixtures by permAidCases and permAidReadFixtures.

// report is a report on the fixture's incident, written by the system: a
// draft (visible to analysts and admins only) or published.
func (f *permFixture) report(published bool) *ent.Report {
	c := f.e.Client.Report.Create().SetAudience(enum.AudienceExecutive).SetIncidentID(f.incident.ID).
		SetTitle("Checkout outage — executive summary").SetBody("# Checkout outage\n\nWe lacked headroom.")
	if published {
		c.SetPublishedVersion(1).SetPublishedAt(time.Now()).SetChangedSincePublish(true)
	}
	r := c.SaveX(f.e.Ctx)
	if published {
		f.e.Client.ReportVersion.Create().SetReportID(r.ID).SetNumber(1).SetTitle(r.Title).SetBody(r.Body).
			SetGeneratedAt(r.GeneratedAt).SaveX(f.e.Ctx)
	}
	return r
}

// reportTemplate is an executive template with a unique name.
func (f *permFixture) reportTemplate() *ent.ReportTemplate {
	return f.e.Client.ReportTemplate.Create().SetAudience(enum.AudienceExecutive).SetName(f.unique("Board summary")).
		SetBody("# {{title}}\n\n{{top_insight}}\n").SaveX(f.e.Ctx)
}

// workflow is a template with two steps.
func (f *permFixture) workflow() *ent.WorkflowTemplate {
	w := f.e.Client.WorkflowTemplate.Create().SetName(f.unique("Major incident")).SaveX(f.e.Ctx)
	f.e.Client.WorkflowStep.Create().SetTemplateID(w.ID).SetPosition(0).SetTitle("Name a commander").SaveX(f.e.Ctx)
	f.e.Client.WorkflowStep.Create().SetTemplateID(w.ID).SetPosition(1).SetTitle("Open the incident channel").SaveX(f.e.Ctx)
	return w
}

// checklistItem is the first step of a checklist on the fixture's incident.
func (f *permFixture) checklistItem() *ent.ChecklistItem {
	cl := f.e.Client.IncidentChecklist.Create().SetIncidentID(f.incident.ID).SetName(f.unique("Major incident")).SaveX(f.e.Ctx)
	return f.e.Client.ChecklistItem.Create().SetIncidentID(f.incident.ID).SetChecklistID(cl.ID).SetPosition(0).
		SetTitle("Name a commander").SaveX(f.e.Ctx)
}

// messageTemplate is a customer message with a unique name.
func (f *permFixture) messageTemplate() *ent.MessageTemplate {
	return f.e.Client.MessageTemplate.Create().SetAudience(enum.CommsCustomers).SetName(f.unique("Investigating")).
		SetBody("We are investigating {{title}}.").SaveX(f.e.Ctx)
}

// statusUpdate is one logged on the fixture's incident by author.
func (f *permFixture) statusUpdate(author int) *ent.StatusUpdate {
	return f.e.Client.StatusUpdate.Create().SetIncidentID(f.incident.ID).SetAudience(enum.CommsCustomers).
		SetChannel(enum.ChannelStatusPage).SetRecipients("all customers").SetBody("We are investigating.").
		SetCreatedByID(author).SaveX(f.e.Ctx)
}

func permAidCases() map[string]permCase {
	versioned := func(id, version int) map[string]any { return map[string]any{"id": permID(id), "version": version} }
	return map[string]permCase{
		"generateReport": {query: `mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				return permInput(map[string]any{"audience": "EXECUTIVE", "incidentID": f.incidentID()})
			}},
		// Drafts do not exist for members and viewers: refused as NOT_FOUND.
		"regenerateReport": {query: `mutation($id: ID!, $version: Int!) { regenerateReport(id: $id, version: $version) { id } }`,
			hidden: true, arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				r := f.report(false)
				return versioned(r.ID, r.Version)
			}},
		"updateReport": {query: permUpdateVersionedQuery("Report"), hidden: true,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				r := f.report(false)
				return permUpdate(r.ID, r.Version, map[string]any{"body": "# Checkout outage\n\nWe lacked headroom, again."})
			}},
		// Published and changed since: everyone sees it, so the refusal is FORBIDDEN.
		"publishReport": {query: `mutation($id: ID!, $version: Int!) { publishReport(id: $id, version: $version) { id publishedVersion } }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				r := f.report(true)
				return versioned(r.ID, r.Version)
			}},
		"deleteReport": {query: `mutation($id: ID!) { deleteReport(id: $id) }`, hidden: true,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				return map[string]any{"id": permID(f.report(false).ID)}
			}},
		"createReportTemplate": {query: permCreateQuery("ReportTemplate"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"audience": "EXECUTIVE", "name": f.unique("Board summary"), "body": "# {{title}}\n\n{{top_insight}}\n"})
		}},
		"updateReportTemplate": {query: permUpdateVersionedQuery("ReportTemplate"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			t := f.reportTemplate()
			return permUpdate(t.ID, t.Version, map[string]any{"description": "for the board"})
		}},
		"createWorkflowTemplate": {query: permCreateQuery("WorkflowTemplate"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"name": f.unique("Major incident"), "severities": []string{"SEV1"}})
		}},
		"updateWorkflowTemplate": {query: permUpdateVersionedQuery("WorkflowTemplate"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			w := f.workflow()
			return permUpdate(w.ID, w.Version, map[string]any{"description": "for SEV1 and SEV2"})
		}},
		"createWorkflowStep": {query: permCreateQuery("WorkflowStep"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"templateID": permID(f.workflow().ID), "title": "Post on the status page"})
		}},
		"updateWorkflowStep": {query: permUpdateQuery("WorkflowStep"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			step := f.workflow().QuerySteps().FirstX(f.e.Ctx)
			return permUpdate(step.ID, 0, map[string]any{"guidance": "the on-call engineer names one"})
		}},
		"deleteWorkflowStep": {query: `mutation($id: ID!) { deleteWorkflowStep(id: $id) }`, arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return map[string]any{"id": permID(f.workflow().QuerySteps().FirstX(f.e.Ctx).ID)}
		}},
		"attachWorkflow": {query: `mutation($incident: ID!, $template: ID!) { attachWorkflow(incidentID: $incident, templateID: $template) { id } }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				return map[string]any{"incident": f.incidentID(), "template": permID(f.workflow().ID)}
			}},
		"setChecklistItemDone": {query: `mutation($id: ID!, $version: Int!) { setChecklistItemDone(id: $id, version: $version, done: true) { id doneAt } }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				it := f.checklistItem()
				return versioned(it.ID, it.Version)
			}},
		"setCommsGuideline": {query: `mutation($body: String!) { setCommsGuideline(audience: CUSTOMERS, body: $body) { id } }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				// Replacing needs the current version; start each call afresh.
				f.e.Client.CommsGuideline.Delete().ExecX(f.e.Ctx)
				return map[string]any{"body": "Say what customers see, not why."}
			}},
		"createMessageTemplate": {query: permCreateQuery("MessageTemplate"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"audience": "CUSTOMERS", "name": f.unique("Investigating"), "body": "We are investigating {{title}}."})
		}},
		"updateMessageTemplate": {query: permUpdateVersionedQuery("MessageTemplate"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			m := f.messageTemplate()
			return permUpdate(m.ID, m.Version, map[string]any{"body": "We are still investigating {{title}}."})
		}},
		"createStatusUpdate": {query: permCreateQuery("StatusUpdate"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"incidentID": f.incidentID(), "audience": "INTERNAL", "channel": "SLACK",
				"recipients": "#incidents", "body": "Checkout is failing for some customers; we are on it."})
		}},
		"updateStatusUpdate": {query: permUpdateVersionedQuery("StatusUpdate"), ownable: true,
			arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
				su := f.statusUpdate(f.author(a, owned))
				return permUpdate(su.ID, su.Version, map[string]any{"recipients": "all customers and partners"})
			}},
	}
}

func permAidReadFixtures() map[string]func(f *permFixture, owner *ent.User) int {
	return map[string]func(f *permFixture, owner *ent.User) int{
		"Report":            func(f *permFixture, _ *ent.User) int { return f.report(true).ID },
		"ReportVersion":     func(f *permFixture, _ *ent.User) int { return f.report(true).QueryVersions().OnlyX(f.e.Ctx).ID },
		"ReportTemplate":    func(f *permFixture, _ *ent.User) int { return f.reportTemplate().ID },
		"WorkflowTemplate":  func(f *permFixture, _ *ent.User) int { return f.workflow().ID },
		"WorkflowStep":      func(f *permFixture, _ *ent.User) int { return f.workflow().QuerySteps().FirstX(f.e.Ctx).ID },
		"IncidentChecklist": func(f *permFixture, _ *ent.User) int { return f.checklistItem().QueryChecklist().OnlyX(f.e.Ctx).ID },
		"ChecklistItem":     func(f *permFixture, _ *ent.User) int { return f.checklistItem().ID },
		"CommsGuideline": func(f *permFixture, _ *ent.User) int {
			f.e.Client.CommsGuideline.Delete().ExecX(f.e.Ctx)
			return f.e.Client.CommsGuideline.Create().SetAudience(enum.CommsInternal).SetBody("Be brief.").SaveX(f.e.Ctx).ID
		},
		"MessageTemplate": func(f *permFixture, _ *ent.User) int { return f.messageTemplate().ID },
		"StatusUpdate":    func(f *permFixture, _ *ent.User) int { return f.statusUpdate(f.someone.ID).ID },
	}
}
