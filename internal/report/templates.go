package report

import (
	"context"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/occ"
)

// CreateTemplate adds a template after checking its placeholders. The
// check lives here rather than in a hook because an update needs the
// template's current flags merged with the change, which the API layer
// already reads for the conflict check.
func CreateTemplate(ctx context.Context, client *ent.Client, in ent.CreateReportTemplateInput) (*ent.ReportTemplate, error) {
	t := Template{Audience: in.Audience, Body: in.Body, InternalDetails: true, TechnicalDetail: true}
	if in.InternalDetails != nil {
		t.InternalDetails = *in.InternalDetails
	}
	if in.TechnicalDetail != nil {
		t.TechnicalDetail = *in.TechnicalDetail
	}
	if err := Validate(t); err != nil {
		return nil, err
	}
	return client.ReportTemplate.Create().SetInput(in).Save(ctx)
}

// UpdateTemplate changes a template; the result must still pass Validate.
// CONFLICT if version is stale.
func UpdateTemplate(ctx context.Context, client *ent.Client, id, version int, in ent.UpdateReportTemplateInput) (*ent.ReportTemplate, error) {
	cur, err := client.ReportTemplate.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("report template %d not found", id)
	}
	if err != nil {
		return nil, err
	}
	t := Template{Audience: cur.Audience, Body: cur.Body, InternalDetails: cur.InternalDetails, TechnicalDetail: cur.TechnicalDetail}
	if in.Audience != nil {
		t.Audience = *in.Audience
	}
	if in.Body != nil {
		t.Body = *in.Body
	}
	if in.InternalDetails != nil {
		t.InternalDetails = *in.InternalDetails
	}
	if in.TechnicalDetail != nil {
		t.TechnicalDetail = *in.TechnicalDetail
	}
	if err := Validate(t); err != nil {
		return nil, err
	}
	return client.ReportTemplate.UpdateOneID(id).SetInput(in).Save(occ.Expect(ctx, id, version))
}
