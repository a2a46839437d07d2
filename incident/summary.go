package incident

import (
	"sort"

	"vigil"
	"vigil/token"
)

var statusRank = map[vigil.Status]int{vigil.CarriedOut: 4, vigil.Attempted: 3, vigil.Foiled: 2, vigil.Planned: 1}

// summarize computes an incident's best attributes from its events: the most
// precise date most reports agree with, the most reported country, the most
// specific place, the most reported actor and target. Values the reports
// disagree on are kept as conflicts with the articles that gave them.
func summarize(items []item, members []int) vigil.Incident {
	first := &items[members[0]].ev.Event
	in := vigil.Incident{Type: first.Type, Review: vigil.ReviewAuto, Events: len(members)}
	arts := map[int64]bool{}
	status := map[vigil.Status]int{}
	for _, m := range members {
		ev := items[m].ev
		arts[ev.ArticleID] = true
		status[ev.Event.Status]++
	}
	in.Articles = len(arts)
	best := -1
	for st, n := range status {
		if n > best || (n == best && statusRank[st] > statusRank[in.Status]) {
			in.Status, best = st, n
		}
	}
	// Date: among the values given, the one most events are compatible with,
	// then the most precise, then the earliest.
	var dates []vigil.Date
	for _, m := range members {
		if d := items[m].ev.Event.Date; !d.IsZero() {
			dates = append(dates, d)
		}
	}
	bestN := -1
	for _, d := range dates {
		n := 0
		for _, e := range dates {
			if prefixCompatible(d, e) {
				n++
			}
		}
		if n > bestN || (n == bestN && (d.Precision > in.Date.Precision || (d.Precision == in.Date.Precision && d.Time().Before(in.Date.Time())))) {
			in.Date, bestN = d, n
		}
	}
	in.Country = mostCommon(items, members, func(ev *vigil.Event) string { return ev.Country })
	in.Place = bestPlace(items, members)
	// The actors of attacks told as a response's cause are the responders'.
	in.Actor = bestActor(items, trusted(items, members), func(ev *vigil.Event) *vigil.ActorRef { return ev.Actor })
	in.Target = bestActor(items, members, func(ev *vigil.Event) *vigil.ActorRef { return ev.Target })
	in.Conflicts = conflicts(items, members, in)
	return in
}

func prefixCompatible(a, b vigil.Date) bool {
	p := min(a.Precision, b.Precision)
	return a.Truncate(p) == b.Truncate(p)
}

func mostCommon(items []item, members []int, get func(*vigil.Event) string) string {
	count := map[string]int{}
	for _, m := range members {
		if v := get(&items[m].ev.Event); v != "" {
			count[v]++
		}
	}
	best, n := "", 0
	for v, c := range count {
		if c > n || (c == n && v < best) {
			best, n = v, c
		}
	}
	return best
}

var featureRank = map[vigil.PlaceFeature]int{vigil.FeatureLocal: 4, vigil.FeatureCity: 3, vigil.FeatureRegion: 2, vigil.FeatureCountry: 1}

func bestPlace(items []item, members []int) *vigil.Place {
	var best *vigil.Place
	count := map[string]int{}
	for _, m := range members {
		if p := items[m].ev.Event.Place; p != nil {
			count[token.NormalizePhrase(p.Name)]++
		}
	}
	score := func(p *vigil.Place) int {
		s := featureRank[p.Feature]*1000 + count[token.NormalizePhrase(p.Name)]*10
		if p.HasCoords {
			s++
		}
		return s
	}
	for _, m := range members {
		p := items[m].ev.Event.Place
		if p != nil && (best == nil || score(p) > score(best)) {
			best = p
		}
	}
	return best
}

// trusted returns the members whose actor can be trusted.
func trusted(items []item, members []int) []int {
	var out []int
	for _, m := range members {
		if !items[m].cause {
			out = append(out, m)
		}
	}
	return out
}

func actorKey(a *vigil.ActorRef) string {
	if a.ID != "" {
		return "id:" + a.ID
	}
	return token.NormalizePhrase(a.Name) + "|" + a.Country
}

func bestActor(items []item, members []int, get func(*vigil.Event) *vigil.ActorRef) *vigil.ActorRef {
	count := map[string]int{}
	for _, m := range members {
		if a := get(&items[m].ev.Event); a != nil {
			count[actorKey(a)]++
		}
	}
	var best *vigil.ActorRef
	score := func(a *vigil.ActorRef) int {
		s := count[actorKey(a)] * 10
		if a.ID != "" {
			s += 5
		}
		if a.Country != "" {
			s += 2
		}
		return s
	}
	for _, m := range members {
		a := get(&items[m].ev.Event)
		if a != nil && (best == nil || score(a) > score(best)) {
			best = a
		}
	}
	return best
}

// conflicts lists the fields whose values disagree with the incident's: dates
// that are not a prefix of its date, and other countries or places.
func conflicts(items []item, members []int, in vigil.Incident) []vigil.Conflict {
	fields := []struct {
		name  string
		value func(*vigil.Event) string
		agree func(*vigil.Event) bool
	}{
		{"date", func(ev *vigil.Event) string { return ev.Date.String() },
			func(ev *vigil.Event) bool { return ev.Date.IsZero() || prefixCompatible(ev.Date, in.Date) }},
		{"country", func(ev *vigil.Event) string { return ev.Country },
			func(ev *vigil.Event) bool { return ev.Country == "" || ev.Country == in.Country }},
		{"status", func(ev *vigil.Event) string { return string(ev.Status) },
			func(ev *vigil.Event) bool { return ev.Status == in.Status }},
	}
	var out []vigil.Conflict
	for _, f := range fields {
		disagree := false
		for _, m := range members {
			if !f.agree(&items[m].ev.Event) {
				disagree = true
			}
		}
		if !disagree {
			continue
		}
		byValue := map[string]map[string]bool{}
		for _, m := range members {
			ev := &items[m].ev.Event
			v := f.value(ev)
			if v == "" {
				continue
			}
			if byValue[v] == nil {
				byValue[v] = map[string]bool{}
			}
			byValue[v][ev.Doc] = true
		}
		c := vigil.Conflict{Field: f.name}
		for v, docs := range byValue {
			cv := vigil.ConflictValue{Value: v}
			for d := range docs {
				cv.Articles = append(cv.Articles, d)
			}
			sort.Strings(cv.Articles)
			c.Values = append(c.Values, cv)
		}
		sort.Slice(c.Values, func(a, b int) bool { return c.Values[a].Value < c.Values[b].Value })
		out = append(out, c)
	}
	return out
}
