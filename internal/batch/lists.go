package batch

import "github.com/debrief/debrief/ent"

// Incidents recognises a list of incidents among the results the API has
// resolved, for Load's siblings: a slice of them, or a connection's edges.
func Incidents(result any) ([]*ent.Incident, bool) {
	switch res := result.(type) {
	case []*ent.Incident:
		return res, true
	case []*ent.IncidentEdge:
		list := make([]*ent.Incident, 0, len(res))
		for _, e := range res {
			if e != nil && e.Node != nil {
				list = append(list, e.Node)
			}
		}
		return list, true
	}
	return nil, false
}
