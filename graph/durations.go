package graph

import (
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/graph/model"
)

// durationsOf derives an incident's durations from its milestone times.
func durationsOf(i *ent.Incident) *model.IncidentDurations {
	started := &i.StartedAt
	return &model.IncidentDurations{
		TimeToDetect:      secondsBetween(started, i.DetectedAt),
		TimeToAcknowledge: secondsBetween(i.DetectedAt, i.AcknowledgedAt),
		TimeToMitigate:    secondsBetween(started, i.MitigatedAt),
		TimeToResolve:     secondsBetween(started, i.ResolvedAt),
	}
}

// secondsBetween is nil while either end is unknown.
func secondsBetween(from, to *time.Time) *int {
	if from == nil || to == nil {
		return nil
	}
	s := int(to.Sub(*from) / time.Second)
	return &s
}
