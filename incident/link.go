package incident

import (
	"math"

	"vigil"
)

// answers reports whether incidents of type t answer another incident: the
// responses of vigil.EventType.IsResponse, and protests.
func answers(t vigil.EventType) bool { return t.IsResponse() || t == vigil.Protest }

// link sets ResponseTo on every response incident that answers an attack: the
// attack its events are told next to in the same articles (nearer sentences
// weigh more), that happened no later than the response, whose sponsoring state
// is the state the response targets, whose target or place it shares.
func link(items []item, groups [][]int, incidents []vigil.Incident, d *idf, threshold float64) {
	group := make([]int, len(items))
	targets := make([]map[string]bool, len(groups))
	actors := make([]map[string]bool, len(groups))
	evidence := make([]map[string]bool, len(groups))
	for g, members := range groups {
		targets[g], actors[g], evidence[g] = map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, m := range members {
			group[m] = g
			for w := range items[m].target {
				targets[g][w] = true
			}
			for w := range items[m].evidence {
				evidence[g][w] = true
			}
			if a := items[m].ev.Event.Actor; a != nil {
				for w := range words(a.Name) {
					actors[g][w] = true
				}
			}
		}
	}
	byArticle := map[int64][]int{}
	for i := range items {
		if !answers(items[i].ev.Event.Type) {
			byArticle[items[i].ev.ArticleID] = append(byArticle[items[i].ev.ArticleID], i)
		}
	}
	var attacks []int
	for g := range groups {
		if !answers(incidents[g].Type) {
			attacks = append(attacks, g)
		}
	}
	for r, members := range groups {
		resp := &incidents[r]
		if !answers(resp.Type) {
			continue
		}
		votes := map[int]float64{}
		for _, m := range members {
			for _, a := range byArticle[items[m].ev.ArticleID] {
				dist := math.Abs(float64(items[m].start - items[a].start))
				votes[group[a]] += 0.6 + math.Exp(-dist/1500)
			}
		}
		best, bestScore := -1, threshold
		for _, a := range attacks {
			att := &incidents[a]
			if !resp.Date.IsZero() && !att.Date.IsZero() && att.Date.Truncate(min(att.Date.Precision, resp.Date.Precision)).Time().After(resp.Date.Time()) {
				continue // a response does not come before what it answers
			}
			s := votes[a]
			if resp.Type == vigil.Protest && s == 0 {
				continue
			}
			s += 1.0 * d.overlap(targets[r], targets[a], d.target)
			s += 0.5 * d.overlap(targets[r], actors[a], d.target)
			if resp.Target != nil && att.Actor != nil && resp.Target.Country != "" && resp.Target.Country == att.Actor.Country {
				s += 0.4
			}
			if resp.Country != "" && resp.Country == att.Country {
				s += 0.3
			}
			s += 0.5 * d.cosine(evidence[r], evidence[a], d.evid)
			// The response's sentences name the attack's target ("over the murder of ...").
			s += 0.8 * d.overlap(evidence[r], targets[a], d.evid)
			// An attack several articles report is more likely the one answered
			// than a passing mention.
			s += 0.3 * float64(min(att.Articles-1, 3))
			if !resp.Date.IsZero() && !att.Date.IsZero() {
				years := resp.Date.Time().Sub(att.Date.Time()).Hours() / 24 / 365
				s -= 0.05 * math.Max(0, years-1)
			}
			if s > bestScore {
				best, bestScore = a, s
			}
		}
		if best >= 0 {
			resp.ResponseTo = incidents[best].ID
		}
	}
}
