package followup

import (
	"context"
	"strings"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/occ"
)

// MarkLearningsApplied moves an incident at the given version to
// LEARNINGS_APPLIED. Whether that is allowed while actions are open (only
// with an override reason, only for analysts and admins) is the data
// layer's rule; it applies to every way of changing the status.
func MarkLearningsApplied(ctx context.Context, client *ent.Client, incidentID, version int, overrideReason *string) (*ent.Incident, error) {
	update := client.Incident.UpdateOneID(incidentID).SetStatus(enum.IncidentStatusLearningsApplied)
	if overrideReason != nil {
		if reason := strings.TrimSpace(*overrideReason); reason != "" {
			update.SetLearningsOverrideReason(reason)
		}
	}
	inc, err := update.Save(occ.Expect(ctx, incidentID, version))
	return inc, asOverrideError(err)
}

// asOverrideError points the data layer's refusal of the status at the
// argument that would lift it: this mutation takes no status.
func asOverrideError(err error) error {
	if ae, ok := apperr.As(err); ok && ae.Code == apperr.CodeBadUserInput && ae.Field == "status" {
		moved := *ae
		moved.Field = "overrideReason"
		return &moved
	}
	return err
}
