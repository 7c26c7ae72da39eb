package analysis

import (
	"strconv"

	"entgo.io/ent/dialect/sql"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/contributingfactor"
	"github.com/debrief/debrief/ent/incident"
	"github.com/debrief/debrief/ent/predicate"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/ent/service"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/ent/vendor"
	"github.com/debrief/debrief/internal/apperr"
)

// IncidentsQuery is the query for the incidents behind a figure: those
// matching the filter and every key, counted the way Analyze counts them
// (so a group's count is the drill-down's totalCount). Paginate it.
func IncidentsQuery(client *ent.Client, f Filter, keys []*KeyInput) (*ent.IncidentQuery, error) {
	if err := f.validate(); err != nil {
		return nil, err
	}
	ps := f.predicates()
	seen := map[Dimension]bool{}
	for _, k := range keys {
		if seen[k.Dimension] {
			return nil, apperr.Invalid("keys", "%s is given twice", k.Dimension)
		}
		seen[k.Dimension] = true
		p, err := f.keyPredicate(k)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	return client.Incident.Query().Where(ps...), nil
}

// keyPredicate is the condition for an incident to be in the group of k.
// Like the grouping SQL, a dimension's filter list narrows its values:
// with serviceIDs given, "no service" means none of those services.
func (f Filter) keyPredicate(k *KeyInput) (predicate.Incident, error) {
	if k.Value == nil {
		switch k.Dimension {
		case Service:
			return incident.Not(incident.HasServicesWith(idsOr(service.IDIn, f.ServiceIDs)...)), nil
		case Vendor:
			return incident.Not(incident.HasVendorsWith(idsOr(vendor.IDIn, f.VendorIDs)...)), nil
		case Tag:
			return incident.Not(incident.HasTagsWith(idsOr(tag.IDIn, f.TagIDs)...)), nil
		case Team:
			teams := []predicate.Service{service.OwnerTeamIDNotNil()}
			if len(f.TeamIDs) > 0 {
				teams = append(teams, service.OwnerTeamIDIn(f.TeamIDs...))
			}
			return incident.Not(incident.HasServicesWith(teams...)), nil
		case FactorCategory:
			return incident.Not(incident.HasContributingFactorsWith(idsOr(contributingfactor.CategoryIDIn, f.FactorCategoryIDs)...)), nil
		}
		return nil, apperr.Invalid("keys", "every incident has a %s: give a value", k.Dimension)
	}
	v := *k.Value
	switch k.Dimension {
	case Severity:
		s := enum.Severity(v)
		if err := incident.SeverityValidator(s); err != nil {
			return nil, apperr.Invalid("keys", "%q is not a severity", v)
		}
		return incident.SeverityEQ(s), nil
	case Month, Quarter:
		start, end, _ := parsePeriod(v)
		if !isPeriod(v, k.Dimension) {
			return nil, apperr.Invalid("keys", "%q is not a %s (2026-03 or 2026-Q1)", v, k.Dimension)
		}
		return incident.And(incident.StartedAtGTE(start), incident.StartedAtLT(end)), nil
	}
	id, err := strconv.Atoi(v)
	if err != nil {
		return nil, apperr.Invalid("keys", "%q is not an ID", v)
	}
	switch k.Dimension {
	case Service:
		return incident.HasServicesWith(service.ID(id)), nil
	case Vendor:
		return incident.HasVendorsWith(vendor.ID(id)), nil
	case Tag:
		return incident.HasTagsWith(tag.ID(id)), nil
	case Team:
		return incident.HasServicesWith(service.OwnerTeamID(id)), nil
	case FactorCategory:
		return incident.HasContributingFactorsWith(contributingfactor.CategoryID(id)), nil
	}
	return nil, apperr.Invalid("keys", "unknown dimension %q", k.Dimension)
}

// idsOr is "ID in ids" when ids are given, and no condition otherwise.
func idsOr[P ~func(*sql.Selector)](in func(...int) P, ids []int) []P {
	if len(ids) == 0 {
		return nil
	}
	return []P{in(ids...)}
}
