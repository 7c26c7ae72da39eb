package graph_test

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/activity"
	"github.com/debrief/debrief/ent/notification"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/session"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/harness"
)

// The role × operation matrix in docs/permissions.md is the contract; these
// tests hold the schema and the running server to it. The expected outcome
// of every call comes from the document only; the cases below just know how
// to make a valid call.

// permFixture is what the mutation cases build on: a public incident, a
// factor category, and "someone else" who owns the records that are not
// the caller's.
type permFixture struct {
	e        *harness.Env
	incident *ent.Incident
	category *ent.FactorCategory
	someone  *ent.User
	n        int
}

func newPermFixture(e *harness.Env) *permFixture {
	c, ctx := e.Client, e.Ctx
	return &permFixture{
		e:        e,
		incident: c.Incident.Create().SetTitle("Checkout outage").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(ctx),
		category: c.FactorCategory.Create().SetName("Capacity").SaveX(ctx),
		someone:  c.User.Create().SetName("Someone Else").SetRole(enum.RoleMember).SaveX(ctx),
	}
}

// unique returns a name no other call has used (names of teams, tags, … are
// unique).
func (f *permFixture) unique(prefix string) string {
	f.n++
	return fmt.Sprintf("%s-%d", prefix, f.n)
}

// author is who a fixture record is by: the actor for their own record,
// someone else otherwise.
func (f *permFixture) author(actor *ent.User, owned bool) int {
	if owned {
		return actor.ID
	}
	return f.someone.ID
}

// user is the actor themselves, or someone else.
func (f *permFixture) user(actor *ent.User, owned bool) *ent.User {
	if owned {
		return actor
	}
	return f.someone
}

func (f *permFixture) incidentID() string { return strconv.Itoa(f.incident.ID) }

// apiToken stores an API token of u directly, as the system.
func (f *permFixture) apiToken(u *ent.User) *ent.APIToken {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return f.e.Client.APIToken.Create().SetName(f.unique("token")).SetScope(enum.TokenScopeRead).
		SetUserID(u.ID).SetCreatedByID(u.ID).SetTokenHash(b).SetTokenPrefix("dbf_" + hex.EncodeToString(b[:3])).
		SaveX(f.e.Ctx)
}

func permID(n int) string { return strconv.Itoa(n) }

// A permCase knows how to call one mutation with valid input.
type permCase struct {
	query string
	// ownable says the mutation acts on a record (or user) that is someone's:
	// it is then called on the actor's own and on someone else's.
	ownable bool
	// arrange creates what the call needs and returns its variables; owned
	// says whether the target is the actor's own.
	arrange func(f *permFixture, actor *ent.User, owned bool) map[string]any
	// hidden says roles that may not act on someone else's record cannot
	// see it either, so the refusal is NOT_FOUND.
	hidden bool
	// refusedSilently, when set, recognises a refusal that is not an error
	// (see revokeSessions).
	refusedSilently func(f *permFixture, vars map[string]any, res *harness.Response) bool
}

func permInput(fields map[string]any) map[string]any { return map[string]any{"input": fields} }

func permUpdate(recordID, version int, fields map[string]any) map[string]any {
	v := map[string]any{"id": permID(recordID), "input": fields}
	if version > 0 {
		v["version"] = version
	}
	return v
}

const (
	permUpdateVersionedTmpl = `mutation($id: ID!, $version: Int!, $input: Update%[1]sInput!) { update%[1]s(id: $id, version: $version, input: $input) { id } }`
	permUpdateTmpl          = `mutation($id: ID!, $input: Update%[1]sInput!) { update%[1]s(id: $id, input: $input) { id } }`
	permCreateTmpl          = `mutation($input: Create%[1]sInput!) { create%[1]s(input: $input) { id } }`
)

func permCreateQuery(typ string) string          { return fmt.Sprintf(permCreateTmpl, typ) }
func permUpdateQuery(typ string) string          { return fmt.Sprintf(permUpdateTmpl, typ) }
func permUpdateVersionedQuery(typ string) string { return fmt.Sprintf(permUpdateVersionedTmpl, typ) }

// permCases has one case per mutation of the API.
func permCases() map[string]permCase {
	cases := permBaseCases()
	maps.Copy(cases, permAidCases())
	return cases
}

func permBaseCases() map[string]permCase {
	return map[string]permCase{
		"createUser": {query: permCreateQuery("User"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"name": f.unique("Ana")})
		}},
		"updateUser": {query: permUpdateQuery("User"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			return permUpdate(f.user(a, owned).ID, 0, map[string]any{"name": f.unique("Renamed"), "timeZone": "Europe/Berlin"})
		}},

		"createTeam": {query: permCreateQuery("Team"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"name": f.unique("team")})
		}},
		"updateTeam": {query: permUpdateQuery("Team"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			t := f.e.Client.Team.Create().SetName(f.unique("team")).SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(t.ID, 0, map[string]any{"description": "owns checkout"})
		}},
		"createVendor": {query: permCreateQuery("Vendor"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"name": f.unique("vendor")})
		}},
		"updateVendor": {query: permUpdateQuery("Vendor"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			v := f.e.Client.Vendor.Create().SetName(f.unique("vendor")).SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(v.ID, 0, map[string]any{"website": "https://status.example.com"})
		}},
		"createService": {query: permCreateQuery("Service"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"name": f.unique("service")})
		}},
		"updateService": {query: permUpdateQuery("Service"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			s := f.e.Client.Service.Create().SetName(f.unique("service")).SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(s.ID, 0, map[string]any{"description": "takes payments"})
		}},
		"createTag": {query: permCreateQuery("Tag"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"name": f.unique("tag")})
		}},
		"updateTag": {query: permUpdateQuery("Tag"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			t := f.e.Client.Tag.Create().SetName(f.unique("tag")).SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(t.ID, 0, map[string]any{"name": f.unique("renamed")})
		}},
		"mergeTags": {query: `mutation($source: ID!, $target: ID!) { mergeTags(sourceID: $source, targetID: $target) { id } }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				source := f.e.Client.Tag.Create().SetName(f.unique("tag")).SaveX(f.e.Ctx)
				target := f.e.Client.Tag.Create().SetName(f.unique("tag")).SaveX(f.e.Ctx)
				return map[string]any{"source": permID(source.ID), "target": permID(target.ID)}
			}},
		"deleteTag": {query: `mutation($id: ID!) { deleteTag(id: $id) }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				return map[string]any{"id": permID(f.e.Client.Tag.Create().SetName(f.unique("tag")).SaveX(f.e.Ctx).ID)}
			}},

		"createIncident": {query: permCreateQuery("Incident"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"title": "Login slow", "severity": "SEV3", "startedAt": time.Now().Add(-time.Hour)})
		}},
		"updateIncident": {query: permUpdateVersionedQuery("Incident"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			inc := f.e.Client.Incident.Create().SetTitle("Login slow").SetSeverity(enum.SeveritySev3).
				SetStartedAt(time.Now().Add(-time.Hour)).SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(inc.ID, inc.Version, map[string]any{"summary": "the pool ran dry"})
		}},
		// Own: the actor facilitates the incident, which someone else opened.
		"openReview": {query: permOpenReviewQuery, ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			inc := f.facilitated(a, owned, enum.IncidentStatusResolved)
			return map[string]any{"id": permID(inc.ID), "version": inc.Version}
		}},
		"closeReview": {query: permCloseReviewQuery, ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			inc := f.facilitated(a, owned, enum.IncidentStatusReviewing)
			return map[string]any{"id": permID(inc.ID), "version": inc.Version}
		}},
		"createParticipant": {query: permCreateQuery("Participant"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			u := f.e.Client.User.Create().SetName(f.unique("Responder")).SaveX(f.e.Ctx)
			return permInput(map[string]any{"incidentID": f.incidentID(), "userID": permID(u.ID), "role": "RESPONDER"})
		}},
		"updateParticipant": {query: permUpdateQuery("Participant"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			u := f.e.Client.User.Create().SetName(f.unique("Responder")).SaveX(f.e.Ctx)
			p := f.e.Client.Participant.Create().SetIncident(f.incident).SetUser(u).SetRole(enum.ParticipantRoleResponder).
				SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(p.ID, 0, map[string]any{"location": "Berlin office"})
		}},
		"deleteParticipant": {query: `mutation($id: ID!) { deleteParticipant(id: $id) }`, ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			u := f.e.Client.User.Create().SetName(f.unique("Responder")).SaveX(f.e.Ctx)
			p := f.e.Client.Participant.Create().SetIncident(f.incident).SetUser(u).SetRole(enum.ParticipantRoleResponder).
				SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return map[string]any{"id": permID(p.ID)}
		}},
		"createTimelineEvent": {query: permCreateQuery("TimelineEvent"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"incidentID": f.incidentID(), "occurredAt": time.Now().Add(-30 * time.Minute), "kind": "ACTION", "text": "restarted"})
		}},
		"createTimelineEvents": {query: permCreateEventsQuery, arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return map[string]any{"id": f.incidentID(), "events": []map[string]any{
				{"occurredAt": time.Now().Add(-40 * time.Minute), "kind": "ALERT", "source": "PAGER", "text": "paged"},
				{"occurredAt": time.Now().Add(-35 * time.Minute), "kind": "ACTION", "text": "restarted"},
			}}
		}},
		"updateTimelineEvent": {query: permUpdateVersionedQuery("TimelineEvent"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			ev := f.e.Client.TimelineEvent.Create().SetIncident(f.incident).SetOccurredAt(time.Now().Add(-30 * time.Minute)).
				SetKind(enum.EventKindAction).SetText("restarted").SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(ev.ID, ev.Version, map[string]any{"text": "restarted the pool"})
		}},
		"deleteTimelineEvent": {query: `mutation($id: ID!, $version: Int!) { deleteTimelineEvent(id: $id, version: $version) }`, ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			ev := f.e.Client.TimelineEvent.Create().SetIncident(f.incident).SetOccurredAt(time.Now().Add(-30 * time.Minute)).
				SetKind(enum.EventKindAction).SetText("restarted").SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return map[string]any{"id": permID(ev.ID), "version": ev.Version}
		}},
		"createPerspective": {query: permCreateQuery("Perspective"), arrange: func(f *permFixture, a *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"incidentID": f.incidentID(), "authorID": permID(a.ID), "department": "SUPPORT", "whatTheySaw": "tickets"})
		}},
		"updatePerspective": {query: permUpdateVersionedQuery("Perspective"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			p := f.e.Client.Perspective.Create().SetIncident(f.incident).SetAuthorID(f.author(a, owned)).SetDepartment(enum.DepartmentSupport).
				SetWhatTheySaw("tickets").SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(p.ID, p.Version, map[string]any{"surprises": "how fast it spread"})
		}},
		"createQuestion": {query: permCreateQuery("Question"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"incidentID": f.incidentID(), "text": "why did the alert not fire?"})
		}},
		// Not the answer: any writer may answer any question (see
		// TestAnyWriterMayAnswerAQuestion); the text is the author's.
		"updateQuestion": {query: permUpdateVersionedQuery("Question"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			q := f.e.Client.Question.Create().SetIncident(f.incident).SetText("why?").SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(q.ID, q.Version, map[string]any{"text": "why did the alert not fire?"})
		}},
		"createComment": {query: permCreateQuery("Comment"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"incidentID": f.incidentID(), "body": "+1"})
		}},
		"updateComment": {query: permUpdateVersionedQuery("Comment"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			c := f.e.Client.Comment.Create().SetIncident(f.incident).SetBody("+1").SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(c.ID, c.Version, map[string]any{"body": "+1, same here"})
		}},

		"deleteComment": {query: `mutation($id: ID!, $version: Int!) { deleteComment(id: $id, version: $version) }`, ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			c := f.e.Client.Comment.Create().SetIncident(f.incident).SetBody("+1").SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return map[string]any{"id": permID(c.ID), "version": c.Version}
		}},

		"createFactorCategory": {query: permCreateQuery("FactorCategory"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"name": f.unique("category")})
		}},
		"updateFactorCategory": {query: permUpdateQuery("FactorCategory"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			c := f.e.Client.FactorCategory.Create().SetName(f.unique("category")).SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(c.ID, 0, map[string]any{"description": "not enough of something"})
		}},
		"createContributingFactor": {query: permCreateQuery("ContributingFactor"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"incidentID": f.incidentID(), "categoryID": permID(f.category.ID), "description": "pool too small"})
		}},
		"updateContributingFactor": {query: permUpdateVersionedQuery("ContributingFactor"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			cf := f.e.Client.ContributingFactor.Create().SetIncident(f.incident).SetCategory(f.category).SetDescription("pool too small").
				SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(cf.ID, cf.Version, map[string]any{"description": "pool too small for the peak"})
		}},
		"createInsight": {query: permCreateQuery("Insight"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"incidentID": f.incidentID(), "statement": "we lacked headroom"})
		}},
		"updateInsight": {query: permUpdateVersionedQuery("Insight"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			in := f.e.Client.Insight.Create().SetIncident(f.incident).SetStatement("we lacked headroom").
				SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(in.ID, in.Version, map[string]any{"detail": "no load test since spring"})
		}},
		"createActionItem": {query: permCreateQuery("ActionItem"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"title": "raise the pool size", "incidentIDs": []string{f.incidentID()}})
		}},
		// Own by authorship here; by ownership in TestMembersEditActionsTheyOwn.
		"updateActionItem": {query: permUpdateVersionedQuery("ActionItem"), ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
			ai := f.e.Client.ActionItem.Create().SetTitle("raise the pool size").AddIncidents(f.incident).
				SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
			return permUpdate(ai.ID, ai.Version, map[string]any{"description": "to 200"})
		}},

		"createAnnotation": {query: permCreateQuery("Annotation"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permInput(map[string]any{"scope": "INCIDENT", "incidentID": f.incidentID(), "body": "the fire marshal kept us out for 9 hours"})
		}},
		"updateAnnotation": {query: permUpdateVersionedQuery("Annotation"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			a := f.annotation()
			return permUpdate(a.ID, a.Version, map[string]any{"body": "the fire marshal kept us out for 9 hours"})
		}},
		"markLearningsApplied": {query: `mutation($id: ID!, $version: Int!) { markLearningsApplied(incidentID: $id, version: $version) { id status } }`,
			ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
				inc := f.e.Client.Incident.Create().SetTitle("Login slow").SetSeverity(enum.SeveritySev3).SetStatus(enum.IncidentStatusFollowingUp).
					SetStartedAt(time.Now().Add(-time.Hour)).SetCreatedByID(f.author(a, owned)).SaveX(f.e.Ctx)
				return map[string]any{"id": permID(inc.ID), "version": inc.Version}
			}},
		"mergeFactorCategories": {query: `mutation($source: ID!, $target: ID!) { mergeFactorCategories(sourceID: $source, targetID: $target) { id } }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				source := f.e.Client.FactorCategory.Create().SetName(f.unique("category")).SaveX(f.e.Ctx)
				return map[string]any{"source": permID(source.ID), "target": permID(f.category.ID)}
			}},
		// Someone else's notification is not found by the bulk update, so the
		// refusal is "nothing changed", not an error.
		"markNotificationsRead": {query: `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
			ownable: true, arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
				return map[string]any{"ids": []string{permID(f.notification(f.user(a, owned)).ID)}}
			},
			refusedSilently: func(f *permFixture, vars map[string]any, res *harness.Response) bool {
				var data struct{ MarkNotificationsRead int }
				_ = json.Unmarshal(res.Data, &data)
				id, _ := strconv.Atoi(vars["ids"].([]string)[0])
				unread := f.e.Client.Notification.Query().Where(notification.ID(id), notification.ReadAtIsNil()).ExistX(f.e.Ctx)
				return len(res.Errors) == 0 && data.MarkNotificationsRead == 0 && unread
			}},
		"createWebhook": {query: `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				return permInput(map[string]any{"name": f.unique("tracker"), "url": "https://hooks.example.com/debrief", "events": []string{"ACTION_ITEM_CREATED"}})
			}},
		"updateWebhook": {query: permUpdateQuery("Webhook"), arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
			return permUpdate(f.webhook().ID, 0, map[string]any{"active": false})
		}},
		"rotateWebhookSecret": {query: `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { id } } }`,
			arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				return map[string]any{"id": permID(f.webhook().ID)}
			}},
		// The delivery is read first, and for non-admins it does not exist.
		"retryWebhookDelivery": {query: `mutation($id: ID!) { retryWebhookDelivery(id: $id) { id status } }`,
			hidden: true, arrange: func(f *permFixture, _ *ent.User, _ bool) map[string]any {
				return map[string]any{"id": permID(f.delivery().ID)}
			}},

		// Own: a token for yourself; otherwise for someone else. READ scope,
		// which every role may have.
		"createAPIToken": {
			query:   `mutation($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token apiToken { id } } }`,
			ownable: true,
			arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
				in := map[string]any{"name": f.unique("reporting"), "scope": "READ"}
				if !owned {
					in["userID"] = permID(f.someone.ID)
				}
				return permInput(in)
			},
		},
		"revokeAPIToken": {
			query:   `mutation($id: ID!) { revokeAPIToken(id: $id) { id revokedAt } }`,
			ownable: true,
			hidden:  true,
			arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
				return map[string]any{"id": permID(f.apiToken(f.user(a, owned)).ID)}
			},
		},
		"revokeSessions": {
			query:   `mutation($userID: ID!) { revokeSessions(userID: $userID) }`,
			ownable: true,
			arrange: func(f *permFixture, a *ent.User, owned bool) map[string]any {
				u := f.user(a, owned)
				permStartSession(f.e, u)
				return map[string]any{"userID": permID(u.ID)}
			},
			// Someone else's sessions are invisible to non-admins, so today the
			// call finds none and ends none: refused, though not FORBIDDEN.
			refusedSilently: func(f *permFixture, vars map[string]any, res *harness.Response) bool {
				var data struct{ RevokeSessions int }
				_ = json.Unmarshal(res.Data, &data)
				userID, _ := strconv.Atoi(vars["userID"].(string))
				live := f.e.Client.Session.Query().Where(session.UserID(userID), session.RevokedAtIsNil()).CountX(f.e.Ctx)
				return len(res.Errors) == 0 && data.RevokeSessions == 0 && live > 0
			},
		},
	}
}

// TestPermissionsDocCoversEveryMutation: every mutation of the schema has a
// row in docs/permissions.md and a case in this file; every row names a
// mutation or a type that exists.
func TestPermissionsDocCoversEveryMutation(t *testing.T) {
	rows := loadPermissionTable(t)
	schema := permLoadSchema(t)
	cases := permCases()

	documented := map[string]bool{}
	readable := map[string]bool{}
	for _, r := range rows {
		if r.Read {
			readable[r.Op] = true
		} else {
			documented[r.Op] = true
		}
	}
	var mutations []string
	for _, f := range schema.Mutation.Fields {
		mutations = append(mutations, f.Name)
		if !documented[f.Name] {
			t.Errorf("mutation %s has no row in %s: add one (`%s` | ADMIN | ANALYST | MEMBER | VIEWER as yes/no/own, derived from its policy in internal/policy) and a case in permCases", f.Name, permissionsDoc, f.Name)
		}
		if _, ok := cases[f.Name]; !ok {
			t.Errorf("mutation %s has no case in permCases (graph/permissions_test.go): add one that builds valid variables for it", f.Name)
		}
	}
	for name := range documented {
		if !slices.Contains(mutations, name) {
			t.Errorf("%s documents mutation %s, which the schema does not have: remove or rename the row", permissionsDoc, name)
		}
	}
	for name := range cases {
		if !slices.Contains(mutations, name) {
			t.Errorf("permCases has a case for %s, which the schema does not have", name)
		}
	}

	// Every type reachable through node(id:) has a read row.
	for _, def := range schema.Types {
		if def.Kind != "OBJECT" || !slices.Contains(def.Interfaces, "Node") {
			continue
		}
		if !readable[def.Name] {
			t.Errorf("type %s has no row \"read %s\" in %s: add one", def.Name, def.Name, permissionsDoc)
		}
		if _, ok := readFixtures[def.Name]; !ok {
			t.Errorf("type %s has no fixture in readFixtures (graph/permissions_test.go)", def.Name)
		}
	}
	for name := range readable {
		if def := schema.Types[name]; def == nil || !slices.Contains(def.Interfaces, "Node") {
			t.Errorf("%s has a row \"read %s\", but the schema has no such node type", permissionsDoc, name)
		}
	}
}

// TestPermissionMatrixMutations calls every mutation as every role, on the
// caller's own record and on someone else's, and checks the outcome the
// document gives.
func TestPermissionMatrixMutations(t *testing.T) {
	rows := loadPermissionTable(t)
	cases := permCases()
	e := harness.New(t, harness.SQLite)
	f := newPermFixture(e)
	for _, row := range rows {
		if row.Read {
			continue
		}
		tc, ok := cases[row.Op]
		if !ok {
			t.Errorf("%s:%d: %s has no case in permCases", permissionsDoc, row.Line, row.Op)
			continue
		}
		t.Run(row.Op, func(t *testing.T) {
			for _, role := range permRoles {
				cell := row.Cells[role]
				if cell == permOwn && !tc.ownable {
					t.Errorf("%s:%d: %s is `own` for %s, but %s creates something nobody owns yet: use yes or no", permissionsDoc, row.Line, row.Op, role, row.Op)
					continue
				}
				targets := []bool{false}
				if tc.ownable {
					targets = []bool{true, false}
				}
				for _, owned := range targets {
					allowed := cell == permYes || (cell == permOwn && owned)
					whose := " on someone else's record"
					if owned {
						whose = " on their own record"
					} else if !tc.ownable {
						whose = ""
					}
					actor := newPermActor(e, role)
					vars := tc.arrange(f, actor.User, owned)
					res := actor.Do(tc.query, vars)
					permCheckOutcome(t, f, tc, res, vars, allowed, owned, fmt.Sprintf("%s as %s%s (doc: %s)", row.Op, role, whose, cell))
				}
			}
		})
	}
}

func permCheckOutcome(t *testing.T, f *permFixture, tc permCase, res *harness.Response, vars map[string]any, allowed, owned bool, what string) {
	t.Helper()
	if slices.Contains(res.Codes(), "INTERNAL") {
		// A broken resolver, not a rule: stop here rather than repeat it.
		t.Fatalf("%s: %s (go test -v shows the server log)", what, permDescribe(res))
	}
	if allowed {
		if len(res.Errors) > 0 || !permHasData(res) {
			t.Errorf("%s: want allowed, got %s", what, permDescribe(res))
		}
		return
	}
	if tc.refusedSilently != nil && tc.refusedSilently(f, vars, res) {
		return
	}
	want := "FORBIDDEN"
	if tc.hidden && !owned {
		want = "NOT_FOUND"
	}
	if codes := res.Codes(); len(codes) != 1 || codes[0] != want {
		t.Errorf("%s: want %s, got %s", what, want, permDescribe(res))
	}
}

// readFixtures create one record of each readable type; owner matters for
// the types people own (API tokens).
var readFixtures = func() map[string]func(f *permFixture, owner *ent.User) int {
	fixtures := permBaseReadFixtures
	maps.Copy(fixtures, permAidReadFixtures())
	return fixtures
}()

var permBaseReadFixtures = map[string]func(f *permFixture, owner *ent.User) int{
	"APIToken": func(f *permFixture, owner *ent.User) int { return f.apiToken(owner).ID },
	"ActionItem": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.ActionItem.Create().SetTitle("raise the pool").AddIncidents(f.incident).SaveX(f.e.Ctx).ID
	},
	"Activity": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.Activity.Create().SetIncident(f.incident).SetAction(activity.ActionUPDATED).
			SetEntityType("Incident").SetEntityID(f.incident.ID).SetSummary("Someone Else updated the incident").SaveX(f.e.Ctx).ID
	},
	"Comment": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.Comment.Create().SetIncident(f.incident).SetBody("hm").SaveX(f.e.Ctx).ID
	},
	"ContributingFactor": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.ContributingFactor.Create().SetIncident(f.incident).SetCategory(f.category).SetDescription("pool").SaveX(f.e.Ctx).ID
	},
	"FactorCategory": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.FactorCategory.Create().SetName(f.unique("category")).SaveX(f.e.Ctx).ID
	},
	"Incident": func(f *permFixture, _ *ent.User) int { return f.incident.ID },
	"Insight": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.Insight.Create().SetIncident(f.incident).SetStatement("headroom").SaveX(f.e.Ctx).ID
	},
	"Participant": func(f *permFixture, _ *ent.User) int {
		u := f.e.Client.User.Create().SetName(f.unique("Responder")).SaveX(f.e.Ctx)
		return f.e.Client.Participant.Create().SetIncident(f.incident).SetUser(u).SetRole(enum.ParticipantRoleResponder).SaveX(f.e.Ctx).ID
	},
	"Perspective": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.Perspective.Create().SetIncident(f.incident).SetAuthor(f.someone).SetDepartment(enum.DepartmentSupport).SetWhatTheySaw("tickets").SaveX(f.e.Ctx).ID
	},
	"Question": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.Question.Create().SetIncident(f.incident).SetText("why?").SaveX(f.e.Ctx).ID
	},
	"Service": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.Service.Create().SetName(f.unique("service")).SaveX(f.e.Ctx).ID
	},
	"Tag": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.Tag.Create().SetName(f.unique("tag")).SaveX(f.e.Ctx).ID
	},
	"Team": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.Team.Create().SetName(f.unique("team")).SaveX(f.e.Ctx).ID
	},
	"TimelineEvent": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.TimelineEvent.Create().SetIncident(f.incident).SetOccurredAt(time.Now()).SetKind(enum.EventKindAction).SetText("restarted").SaveX(f.e.Ctx).ID
	},
	"User": func(f *permFixture, _ *ent.User) int { return f.someone.ID },
	"Vendor": func(f *permFixture, _ *ent.User) int {
		return f.e.Client.Vendor.Create().SetName(f.unique("vendor")).SaveX(f.e.Ctx).ID
	},
	"Annotation":      func(f *permFixture, _ *ent.User) int { return f.annotation().ID },
	"Notification":    func(f *permFixture, owner *ent.User) int { return f.notification(owner).ID },
	"Webhook":         func(f *permFixture, _ *ent.User) int { return f.webhook().ID },
	"WebhookDelivery": func(f *permFixture, _ *ent.User) int { return f.delivery().ID },
}

// annotation is a note on the fixture's incident.
func (f *permFixture) annotation() *ent.Annotation {
	return f.e.Client.Annotation.Create().SetScope(enum.AnnotationIncident).SetIncidentID(f.incident.ID).
		SetBody("data-centre fire").SaveX(f.e.Ctx)
}

// notification puts one in u's inbox, as Debrief would.
func (f *permFixture) notification(u *ent.User) *ent.Notification {
	return f.e.Client.Notification.Create().SetUserID(u.ID).SetKind(enum.NotificationMention).
		SetMessage("Someone Else mentioned you").SetIncidentID(f.incident.ID).SaveX(f.e.Ctx)
}

// webhook is an inactive one, so that nothing is sent while the tests run.
func (f *permFixture) webhook() *ent.Webhook {
	return f.e.Client.Webhook.Create().SetName(f.unique("tracker")).SetURL("https://hooks.example.com/debrief").
		SetSecret("whsec_0123456789abcdef").SetEvents([]enum.WebhookEvent{enum.WebhookActionItemCreated}).SetActive(false).SaveX(f.e.Ctx)
}

// delivery is a FAILED one, so the dispatcher leaves it alone.
func (f *permFixture) delivery() *ent.WebhookDelivery {
	return f.e.Client.WebhookDelivery.Create().SetWebhookID(f.webhook().ID).SetEvent(enum.WebhookActionItemCreated).
		SetPayload(`{}`).SetStatus(enum.DeliveryFailed).SetAttempts(12).SaveX(f.e.Ctx)
}

// listField is the Query field that lists a type: Incident → incidents.
func permListField(typ string) string {
	name := []rune(typ)
	i := 0
	for i < len(name) && name[i] >= 'A' && name[i] <= 'Z' {
		i++
	}
	if i > 1 && i < len(name) { // APIToken → apiToken
		i--
	}
	lower := []rune(string(name[:i]))
	for j := range lower {
		lower[j] += 'a' - 'A'
	}
	plural := string(lower) + string(name[i:])
	if stem, ok := strings.CutSuffix(plural, "y"); ok {
		return stem + "ies"
	}
	return plural + "s"
}

// TestPermissionMatrixReads reads a record of every type as every role,
// through node(id:) and through the type's list.
func TestPermissionMatrixReads(t *testing.T) {
	rows := loadPermissionTable(t)
	schema := permLoadSchema(t)
	e := harness.New(t, harness.SQLite)
	f := newPermFixture(e)
	for _, row := range rows {
		if !row.Read {
			continue
		}
		fixture, ok := readFixtures[row.Op]
		if !ok {
			t.Errorf("%s:%d: no fixture for read %s in readFixtures", permissionsDoc, row.Line, row.Op)
			continue
		}
		// Types read only through their owner (a notification through the
		// inbox, a delivery through its webhook) have no list of their own.
		list := permListField(row.Op)
		query := fmt.Sprintf(`query($id: ID!) { node(id: $id) { id } list: %s(first: 100, where: {id: $id}) { totalCount edges { node { id } } } }`, list)
		hasList := schema.Query.Fields.ForName(list) != nil
		if !hasList {
			query = `query($id: ID!) { node(id: $id) { id } }`
		}
		t.Run(row.Op, func(t *testing.T) {
			for _, role := range permRoles {
				cell := row.Cells[role]
				// Reads use the role's ordinary API token (read-only for viewers).
				api := e.As(role)
				for _, owned := range []bool{true, false} {
					if cell != permOwn && owned {
						continue // nobody's own: one record is enough
					}
					owner := f.someone
					if owned {
						owner = api.User
					}
					recID := permID(fixture(f, owner))
					res := api.Do(query, map[string]any{"id": recID})
					var data struct {
						Node *struct{ ID string }
						List struct {
							TotalCount int
							Edges      []struct{ Node struct{ ID string } }
						}
					}
					_ = json.Unmarshal(res.Data, &data)
					if slices.Contains(res.Codes(), "INTERNAL") {
						t.Fatalf("read %s as %s: %s (go test -v shows the server log)", row.Op, role, permDescribe(res))
					}
					whose := ""
					if cell == permOwn {
						whose = map[bool]string{true: ", their own", false: ", someone else's"}[owned]
					}
					what := fmt.Sprintf("read %s (node and %s) as %s%s (doc: %s)", row.Op, list, role, whose, cell)
					if cell == permYes || (cell == permOwn && owned) {
						listedOnce := !hasList || (data.List.TotalCount == 1 && len(data.List.Edges) == 1)
						if len(res.Errors) > 0 || data.Node == nil || data.Node.ID != recID || !listedOnce {
							t.Errorf("%s: want the record, got %s", what, permDescribe(res))
						}
						continue
					}
					listed := data.List.TotalCount != 0 || len(data.List.Edges) != 0
					if data.Node != nil || listed {
						t.Errorf("%s: want nothing, got %s", what, permDescribe(res))
					}
					if codes := res.Codes(); len(codes) != 1 || codes[0] != "NOT_FOUND" {
						t.Errorf("%s: node(id:) should say NOT_FOUND, got %s", what, permDescribe(res))
					}
				}
			}
		})
	}
}

// Without credentials nothing is answered, read or write.
func TestAnonymousRequestsAreUnauthenticated(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	f := newPermFixture(e)
	for _, q := range []struct {
		name, query string
		vars        map[string]any
	}{
		{"mutation", permCreateQuery("Tag"), permInput(map[string]any{"name": "anonymous"})},
		{"list", `{ incidents(first: 10) { totalCount } }`, nil},
		{"node", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": f.incidentID()}},
	} {
		res := permPost(e, q.query, q.vars, nil)
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "UNAUTHENTICATED" {
			t.Errorf("anonymous %s: want UNAUTHENTICATED, got %s", q.name, permDescribe(res))
		}
	}
	if n := e.Client.Tag.Query().CountX(e.Ctx); n != 0 {
		t.Errorf("an anonymous request created %d tags", n)
	}
}

// A READ token may do no mutation at all, not even an admin's.
func TestReadOnlyTokensCannotMutate(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	f := newPermFixture(e)
	reader := e.As(enum.RoleAdmin, func(nt *auth.NewToken) { nt.Scope = enum.TokenScopeRead })
	cases := permCases()
	names := make([]string, 0, len(cases))
	for name := range cases {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		tc := cases[name]
		vars := tc.arrange(f, reader.User, false)
		res := reader.Do(tc.query, vars)
		if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" {
			t.Errorf("%s with an admin's READ token: want FORBIDDEN, got %s", name, permDescribe(res))
		}
	}
	// The same admin with a READ_WRITE token may.
	writer := e.WithToken(reader.User)
	res := writer.Do(permCreateQuery("Tag"), permInput(map[string]any{"name": "written"}))
	if len(res.Errors) > 0 {
		t.Errorf("createTag with the admin's READ_WRITE token: %s", permDescribe(res))
	}
}

// Any writer may answer (or resolve) a question they did not ask; a viewer
// may not, and the answer does not open the question's other fields.
func TestAnyWriterMayAnswerAQuestion(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	f := newPermFixture(e)
	const q = `mutation($id: ID!, $version: Int!, $input: UpdateQuestionInput!) {
		updateQuestion(id: $id, version: $version, input: $input) { id status answer answeredBy { id } } }`
	for _, role := range permRoles {
		actor := newPermActor(e, role)
		asked := e.Client.Question.Create().SetIncident(f.incident).SetText("why?").SetCreatedByID(f.someone.ID).SaveX(e.Ctx)
		res := actor.Do(q, permUpdate(asked.ID, asked.Version, map[string]any{"answer": "the alert was muted"}))
		if role == enum.RoleViewer {
			if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" {
				t.Errorf("viewer answering: want FORBIDDEN, got %s", permDescribe(res))
			}
			continue
		}
		var out struct {
			UpdateQuestion struct {
				Status     string
				AnsweredBy struct{ ID string }
			}
		}
		if len(res.Errors) > 0 || json.Unmarshal(res.Data, &out) != nil {
			t.Errorf("%s answering someone's question: %s", role, permDescribe(res))
			continue
		}
		if out.UpdateQuestion.Status != "ANSWERED" || out.UpdateQuestion.AnsweredBy.ID != permID(actor.User.ID) {
			t.Errorf("%s answering: got %+v, want ANSWERED by %d", role, out.UpdateQuestion, actor.User.ID)
		}
		// Resolving is allowed too.
		res = actor.Do(q, permUpdate(asked.ID, asked.Version+1, map[string]any{"status": "RESOLVED"}))
		if len(res.Errors) > 0 {
			t.Errorf("%s resolving someone's question: %s", role, permDescribe(res))
		}
		if role == enum.RoleMember {
			// An answer together with a change of the text is not an answer.
			res = actor.Do(q, permUpdate(asked.ID, asked.Version+2, map[string]any{"answer": "x", "text": "rephrased"}))
			if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" {
				t.Errorf("member changing someone's question's text along with the answer: want FORBIDDEN, got %s", permDescribe(res))
			}
		}
	}
}

// Members edit action items assigned to them, not only those they wrote.
func TestMembersEditActionsTheyOwn(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	f := newPermFixture(e)
	member := newPermActor(e, enum.RoleMember)
	mine := e.Client.ActionItem.Create().SetTitle("raise the pool").AddIncidents(f.incident).
		SetCreatedByID(f.someone.ID).SetOwnerID(member.User.ID).SaveX(e.Ctx)
	res := member.Do(permUpdateVersionedQuery("ActionItem"), permUpdate(mine.ID, mine.Version, map[string]any{"status": "IN_PROGRESS"}))
	if len(res.Errors) > 0 {
		t.Errorf("member updating an action they own: %s", permDescribe(res))
	}
}

// People edit their own details but not their role or teams; a viewer may
// create only READ tokens, for themselves.
func TestOwnUserAndTokenLimits(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	team := e.Client.Team.Create().SetName("Payments").SaveX(e.Ctx)
	for _, role := range []enum.Role{enum.RoleAnalyst, enum.RoleMember, enum.RoleViewer} {
		actor := newPermActor(e, role)
		me := actor.User.ID
		for name, in := range map[string]map[string]any{
			"role":          {"role": "ADMIN"},
			"teams":         {"addTeamIDs": []string{permID(team.ID)}},
			"name and role": {"name": "Me", "role": "ADMIN"},
		} {
			res := actor.Do(permUpdateQuery("User"), permUpdate(me, 0, in))
			if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" {
				t.Errorf("%s changing own %s: want FORBIDDEN, got %s", role, name, permDescribe(res))
			}
		}
		if got := e.Client.User.GetX(e.Ctx, me).Role; got != role {
			t.Errorf("%s changed their own role to %s", role, got)
		}
	}

	viewer := newPermActor(e, enum.RoleViewer)
	res := viewer.Do(permCases()["createAPIToken"].query, permInput(map[string]any{"name": "rw", "scope": "READ_WRITE"}))
	if codes := res.Codes(); len(codes) != 1 || codes[0] != "FORBIDDEN" {
		t.Errorf("viewer creating a READ_WRITE token: want FORBIDDEN, got %s", permDescribe(res))
	}
	// An admin may give a service account a READ_WRITE token.
	bot := e.Client.User.Create().SetName("PagerDuty bridge").SetServiceAccount(true).SaveX(e.Ctx)
	res = e.Do(permCases()["createAPIToken"].query, permInput(map[string]any{"name": "bridge", "scope": "READ_WRITE", "userID": permID(bot.ID)}))
	if len(res.Errors) > 0 {
		t.Errorf("admin creating a token for a service account: %s", permDescribe(res))
	}
}
