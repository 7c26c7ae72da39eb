package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/incident"
)

// How much each shared thing counts towards relatedness. Sharing a service
// says most; unusual shared words add up to wordsMax.
const (
	weightService  = 3.0
	weightCategory = 2.0
	weightVendor   = 2.0
	wordsMax       = 4.0
	// wordsMin is how many words two incidents must share to be related by
	// words at all; one word in common is chance.
	wordsMin = 2
	// wordsShown is how many of the shared words a reason names.
	wordsShown = 5
)

// RelatedToIncident lists the incidents most like incidentID, at most
// limit, best first, among those the viewer in ctx may see.
func RelatedToIncident(ctx context.Context, client *ent.Client, incidentID, limit int) ([]*Related, error) {
	return related(ctx, client, `?`, []any{incidentID}, true, limit)
}

// RelatedToService lists the incidents that are not the service's own but
// look like them (shared factor categories, vendors and words), at most
// limit, best first, among those the viewer in ctx may see.
func RelatedToService(ctx context.Context, client *ent.Client, serviceID, limit int) ([]*Related, error) {
	return related(ctx, client, `SELECT incident_id FROM incident_services WHERE service_id = ?`, []any{serviceID}, false, limit)
}

// related scores every incident against the source incidents (the
// statement src, with srcArgs) in two statements — what they share in the
// directory, and which words — and reads the best through ent as the
// viewer. The source incidents themselves are never listed.
func related(ctx context.Context, client *ent.Client, src string, srcArgs []any, services bool, limit int) ([]*Related, error) {
	c, err := connOf(ctx, client)
	if err != nil || limit <= 0 {
		return nil, err
	}
	hidden, err := hiddenIncidents(ctx, client)
	if err != nil {
		return nil, err
	}
	// The statements below are plain SQL, beyond ent's access rules: the
	// viewer reached the incident or service through ent already, hidden
	// incidents are left out as they are read, and the result is read
	// again through ent as the viewer.
	found := map[int]*Related{}
	byKind := map[int]map[ReasonKind][]string{}
	note := func(id int, kind ReasonKind, name string) {
		if slices.Contains(hidden, id) {
			return
		}
		if byKind[id] == nil {
			byKind[id] = map[ReasonKind][]string{}
		}
		byKind[id][kind] = append(byKind[id][kind], name)
	}

	shared := func(kind ReasonKind, link, key, table string) string {
		return `SELECT DISTINCT o.incident_id, '` + string(kind) + `', t.name FROM ` + link + ` me
			JOIN ` + link + ` o ON o.` + key + ` = me.` + key + `
			JOIN ` + table + ` t ON t.id = me.` + key + `
			WHERE me.incident_id IN (` + src + `) AND o.incident_id NOT IN (` + src + `)`
	}
	parts := []string{
		shared(ReasonFactorCategory, "contributing_factors", "category_id", "factor_categories"),
		shared(ReasonVendor, "incident_vendors", "vendor_id", "vendors"),
	}
	if services {
		parts = append(parts, shared(ReasonService, "incident_services", "service_id", "services"))
	}
	var args []any
	for range parts {
		args = append(args, srcArgs...)
		args = append(args, srcArgs...)
	}
	rows, err := c.query(ctx, strings.Join(parts, " UNION ALL "), args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int
		var kind, name string
		if err := rows.Scan(&id, &kind, &name); err != nil {
			rows.Close()
			return nil, fmt.Errorf("search: %w", err)
		}
		note(id, ReasonKind(kind), name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}

	words, err := sharedWords(ctx, c, src, srcArgs)
	if err != nil {
		return nil, err
	}
	for id, ws := range words {
		if slices.Contains(hidden, id) {
			continue
		}
		r := found[id]
		if r == nil {
			r = &Related{IncidentID: id}
			found[id] = r
		}
		r.Score += ws.score
		r.Reasons = append(r.Reasons, ws.reason)
	}
	for id, kinds := range byKind {
		r := found[id]
		if r == nil {
			r = &Related{IncidentID: id}
			found[id] = r
		}
		for _, kind := range []ReasonKind{ReasonService, ReasonFactorCategory, ReasonVendor} {
			names := kinds[kind]
			if len(names) == 0 {
				continue
			}
			slices.Sort(names)
			names = slices.Compact(names)
			weight := map[ReasonKind]float64{ReasonService: weightService, ReasonFactorCategory: weightCategory, ReasonVendor: weightVendor}[kind]
			r.Score += weight * float64(len(names))
			r.Reasons = append(r.Reasons, Reason{Kind: kind, Names: names, Text: reasonText(kind, names)})
		}
	}

	list := make([]*Related, 0, len(found))
	for _, r := range found {
		sort.SliceStable(r.Reasons, func(i, j int) bool {
			return slices.Index(reasonKinds, r.Reasons[i].Kind) < slices.Index(reasonKinds, r.Reasons[j].Kind)
		})
		r.Score = math.Round(r.Score*100) / 100
		list = append(list, r)
	}
	// Best first; among equals the most recent incident (highest ID).
	sort.Slice(list, func(i, j int) bool {
		if list[i].Score != list[j].Score {
			return list[i].Score > list[j].Score
		}
		return list[i].IncidentID > list[j].IncidentID
	})
	if len(list) > limit {
		list = list[:limit]
	}
	return attachIncidents(ctx, client, list)
}

// attachIncidents reads the listed incidents as the viewer in ctx, in one
// query, and drops any they may not see.
func attachIncidents(ctx context.Context, client *ent.Client, list []*Related) ([]*Related, error) {
	if len(list) == 0 {
		return nil, nil
	}
	ids := make([]int, len(list))
	for i, r := range list {
		ids[i] = r.IncidentID
	}
	rows, err := client.Incident.Query().Where(incident.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("search: read related incidents: %w", err)
	}
	byID := map[int]*ent.Incident{}
	for _, r := range rows {
		byID[r.ID] = r
	}
	kept := list[:0]
	for _, r := range list {
		if r.Incident = byID[r.IncidentID]; r.Incident != nil {
			kept = append(kept, r)
		}
	}
	return kept, nil
}

func reasonText(kind ReasonKind, names []string) string {
	switch kind {
	case ReasonService:
		return plural(names, "shares service ", "shares services ")
	case ReasonFactorCategory:
		return plural(names, "same factor category ", "same factor categories ")
	case ReasonVendor:
		return plural(names, "shares vendor ", "shares vendors ")
	}
	return "similar words: " + strings.Join(names, ", ")
}

func plural(names []string, one, many string) string {
	if len(names) == 1 {
		return one + names[0]
	}
	return many + strings.Join(names, ", ")
}

type wordScore struct {
	score  float64
	reason Reason
}

// sharedWords finds, for every other incident, the words its title and
// summary share with the source incidents', and scores them by how
// unusual they are: a word most incidents use says nothing.
func sharedWords(ctx context.Context, c conn, src string, srcArgs []any) (map[int]wordScore, error) {
	// words: each incident's distinct (stemmed) words, from the index.
	var words string
	if c.postgres() {
		words = `SELECT DISTINCT d.entity_id AS incident_id, w.word
			FROM search_documents d CROSS JOIN LATERAL unnest(tsvector_to_array(d.tsv)) AS w(word)
			WHERE d.entity_type = '` + string(KindIncident) + `'`
	} else {
		words = `SELECT DISTINCT d.entity_id AS incident_id, v.term AS word
			FROM search_fts_vocab v JOIN search_documents d ON d.id = v.doc
			WHERE d.entity_type = '` + string(KindIncident) + `'`
	}
	q := `WITH words AS (` + words + `),
		mine AS (SELECT DISTINCT word FROM words WHERE incident_id IN (` + src + `)),
		df AS (SELECT w.word, count(*) AS n FROM words w JOIN mine m ON m.word = w.word GROUP BY w.word)
		SELECT w.incident_id, w.word, df.n, (SELECT count(DISTINCT incident_id) FROM words)
		FROM words w JOIN df ON df.word = w.word
		WHERE w.incident_id NOT IN (` + src + `)`
	rows, err := c.query(ctx, q, append(slices.Clone(srcArgs), srcArgs...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type shared struct {
		word   string
		weight float64
	}
	per := map[int][]shared{}
	for rows.Next() {
		var id, df, total int
		var word string
		if err := rows.Scan(&id, &word, &df, &total); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		// Stop words (SQLite's index keeps them), numbers and words
		// shared by more than half the incidents carry no meaning.
		if stopWords[word] || utf8.RuneCountInString(word) < 3 || isNumber(word) || (df > 2 && df*2 > total) {
			continue
		}
		// The rarer the word among all incidents, the more it says.
		per[id] = append(per[id], shared{word, math.Log(1 + float64(total)/float64(df))})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	out := map[int]wordScore{}
	for id, list := range per {
		if len(list) < wordsMin {
			continue
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].weight != list[j].weight {
				return list[i].weight > list[j].weight
			}
			return list[i].word < list[j].word
		})
		score := 0.0
		var names []string
		for i, s := range list {
			score += s.weight
			if i < wordsShown {
				names = append(names, s.word)
			}
		}
		out[id] = wordScore{min(score, wordsMax), Reason{Kind: ReasonWords, Names: names, Text: reasonText(ReasonWords, names)}}
	}
	return out, nil
}

func isNumber(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// stopWords are common English words; PostgreSQL's english configuration
// drops them already, SQLite's porter tokenizer does not.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all am an and any are as at be because been
		before being below between both but by can did do does doing down during each few for from further had has
		have having he her here hers herself him himself his how i if in into is it its itself just me more most my
		myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
		such than that the their theirs them themselves then there these they this those through to too under until
		up very was we were what when where which while who whom why will with you your yours yourself yourselves
		thi wa ha whi becaus veri onli`) {
		m[w] = true
	}
	return m
}()
