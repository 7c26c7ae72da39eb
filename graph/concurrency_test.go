package graph_test

import (
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/debrief/debrief/ent/perspective"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/timelineevent"
	"github.com/debrief/debrief/internal/harness"
)

// Many people writing to one board at once: nothing is lost or doubled,
// and of several racing edits to one perspective exactly one wins while
// the others get CONFLICT.
func TestManyWritersOnOneBoard(t *testing.T) {
	harness.ForEachBackend(t, func(t *testing.T, b harness.Backend) {
		e := harness.New(t, b)
		inc := e.Client.Incident.Create().SetTitle("Busy board").SetSeverity(enum.SeveritySev2).SetStartedAt(time.Now().Add(-time.Hour)).SaveX(e.Ctx)
		incID := strconv.Itoa(inc.ID)
		writers := make([]*harness.API, 5)
		for i := range writers {
			writers[i] = e.As(enum.RoleMember)
		}

		const n = 50
		var wg sync.WaitGroup
		errs := make(chan error, 3*n)
		for i := range n {
			api := writers[i%len(writers)]
			wg.Add(1)
			go func() {
				defer wg.Done()
				text := "event " + strconv.Itoa(i)
				for _, op := range []struct {
					q    string
					vars map[string]any
				}{
					{`mutation($i: ID!, $t: String!) { createTimelineEvent(input: {incidentID: $i, occurredAt: "2026-05-04T09:05:00Z", kind: OBSERVATION, text: $t}) { id } }`,
						map[string]any{"i": incID, "t": text}},
					{`mutation($i: ID!, $a: ID!, $t: String!) { createPerspective(input: {incidentID: $i, authorID: $a, department: SUPPORT, whatTheySaw: $t}) { id } }`,
						map[string]any{"i": incID, "a": strconv.Itoa(api.User.ID), "t": text}},
					{`mutation($i: ID!, $t: String!) { createComment(input: {incidentID: $i, body: $t}) { id } }`,
						map[string]any{"i": incID, "t": text}},
				} {
					if res := api.Do(op.q, op.vars); len(res.Errors) > 0 {
						errs <- &harnessError{res.Errors[0].Message}
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("a concurrent write failed: %v", err)
		}
		// Each of the n texts is there exactly once, in each kind of item
		// (the incident also has its STARTED milestone event).
		events := e.Client.TimelineEvent.Query().Where(timelineevent.IncidentID(inc.ID), timelineevent.MilestoneIsNil()).AllX(e.Ctx)
		perspectives := e.Client.Perspective.Query().Where(perspective.IncidentID(inc.ID)).AllX(e.Ctx)
		comments := e.Client.Comment.Query().AllX(e.Ctx)
		seen := map[string]int{}
		for _, ev := range events {
			seen["event:"+ev.Text]++
		}
		for _, p := range perspectives {
			seen["perspective:"+p.WhatTheySaw]++
		}
		for _, c := range comments {
			seen["comment:"+c.Body]++
		}
		for i := range n {
			for _, kind := range []string{"event:", "perspective:", "comment:"} {
				if got := seen[kind+"event "+strconv.Itoa(i)]; got != 1 {
					t.Errorf("%sevent %d stored %d times, want once", kind, i, got)
				}
			}
		}

		// Racing edits of one perspective, all starting from version 1.
		target := perspectives[0]
		var winners, conflicts int
		var mu sync.Mutex
		for i := range 10 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res := e.Do(`mutation($id: ID!, $t: String!) { updatePerspective(id: $id, version: 1, input: {whatHurt: $t}) { version } }`,
					map[string]any{"id": strconv.Itoa(target.ID), "t": "edit " + strconv.Itoa(i)})
				mu.Lock()
				defer mu.Unlock()
				switch codes := res.Codes(); {
				case len(codes) == 0:
					winners++
				case codes[0] == "CONFLICT":
					conflicts++
				default:
					t.Errorf("racing edit %d: %v", i, res.Errors)
				}
			}()
		}
		wg.Wait()
		if winners != 1 || conflicts != 9 {
			t.Errorf("racing edits: %d winners and %d conflicts, want 1 and 9", winners, conflicts)
		}
		if got := e.Client.Perspective.GetX(e.Ctx, target.ID).Version; got != 2 {
			t.Errorf("perspective version after the race = %d, want 2", got)
		}
	})
}

type harnessError struct{ msg string }

func (e *harnessError) Error() string { return e.msg }
