package followup

import (
	"context"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/contributingfactor"
	"github.com/debrief/debrief/internal/apperr"
)

// MergeCategories moves every contributing factor filed under category
// sourceID to targetID and deletes sourceID; run it in a transaction.
// Each factor is moved by its own update, so that its incident's history
// records the move. Who may do it is the access rules' decision (deleting a
// category is for admins), not this function's.
func MergeCategories(ctx context.Context, client *ent.Client, sourceID, targetID int) (*ent.FactorCategory, error) {
	if sourceID == targetID {
		return nil, apperr.Invalid("targetID", "a category cannot be merged into itself: choose another target")
	}
	if _, err := category(ctx, client, "sourceID", sourceID); err != nil {
		return nil, err
	}
	target, err := category(ctx, client, "targetID", targetID)
	if err != nil {
		return nil, err
	}
	factors, err := client.ContributingFactor.Query().Where(contributingfactor.CategoryID(sourceID)).IDs(ctx)
	if err != nil {
		return nil, err
	}
	for _, id := range factors {
		if err := client.ContributingFactor.UpdateOneID(id).SetCategoryID(targetID).Exec(ctx); err != nil {
			return nil, err
		}
	}
	if err := client.FactorCategory.DeleteOneID(sourceID).Exec(ctx); err != nil {
		return nil, err
	}
	return target, nil
}

// category loads one category, or says which argument named none.
func category(ctx context.Context, client *ent.Client, arg string, id int) (*ent.FactorCategory, error) {
	c, err := client.FactorCategory.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFound("%s: there is no factor category with ID %d", arg, id)
	}
	return c, err
}
