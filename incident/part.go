package incident

import (
	"cmp"
	"maps"
	"slices"
	"sort"

	"vigil"
)

// Update clusters the events that are in no incident yet with the stored
// events they may belong with, reading through read what ClusterPart needs,
// and returns what changed. read is the store's ClusterEvents; the rest of
// the store keeps its incidents and links.
func Update(read func(vigil.ClusterQuery) ([]vigil.StoredEvent, error), opts Options) (Result, error) {
	news, err := read(vigil.ClusterQuery{Unclustered: true})
	if err != nil || len(news) == 0 {
		return Result{}, err
	}
	// An article's events are stored together, so these are whole articles,
	// as Keys needs them.
	keys := Keys(news)
	blocks, err := read(vigil.ClusterQuery{Blocks: keys})
	if err != nil {
		return Result{}, err
	}
	// the responses that answer incidents of those blocks: regrouping may
	// give them a better answer
	old := map[string]bool{}
	for i := range blocks {
		if id := blocks[i].Incident; id != "" {
			old[id] = true
		}
	}
	answering, err := read(vigil.ClusterQuery{Answering: slices.Sorted(maps.Keys(old))})
	if err != nil {
		return Result{}, err
	}
	// what grouping and linking them reads beyond them: the rest of their
	// articles, the rest of their incidents, and the incidents their
	// responses answer
	around, err := read(vigil.ClusterQuery{Articles: articlesOf(unionEvents(blocks, answering))})
	if err != nil {
		return Result{}, err
	}
	incs := map[string]bool{}
	for _, evs := range [][]vigil.StoredEvent{blocks, answering, around} {
		for i := range evs {
			for _, id := range []string{evs[i].Incident, evs[i].ResponseTo} {
				if id != "" {
					incs[id] = true
				}
			}
		}
	}
	whole, err := read(vigil.ClusterQuery{Incidents: slices.Sorted(maps.Keys(incs))})
	if err != nil {
		return Result{}, err
	}
	return ClusterPart(unionEvents(blocks, answering, around, whole), keys, opts), nil
}

// articlesOf returns the articles of events, each once.
func articlesOf(evs []vigil.StoredEvent) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for i := range evs {
		if id := evs[i].ArticleID; !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// unionEvents returns the events of all sets, each once, in id order.
func unionEvents(sets ...[]vigil.StoredEvent) []vigil.StoredEvent {
	seen := map[int64]bool{}
	var out []vigil.StoredEvent
	for _, evs := range sets {
		for i := range evs {
			if !seen[evs[i].ID] {
				seen[evs[i].ID] = true
				out = append(out, evs[i])
			}
		}
	}
	slices.SortFunc(out, func(a, b vigil.StoredEvent) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Keys returns the blocks that new events are compared in: the type and
// year of each event, or the type alone (Year 0: every year) for an event
// without a year. events must hold every event of their articles: an attack
// told in one sentence with a response of its article is compared without
// the date it shares with it, as Cluster does.
func Keys(events []vigil.StoredEvent) []vigil.BlockKey {
	items := make([]item, len(events))
	for i := range events {
		items[i] = item{ev: &events[i]}
	}
	markCauses(items)
	years := map[vigil.EventType]map[int]bool{}
	for i := range items {
		ev := &items[i].ev.Event
		if years[ev.Type] == nil {
			years[ev.Type] = map[int]bool{}
		}
		years[ev.Type][ev.Date.Year] = true
	}
	var keys []vigil.BlockKey
	for t, ys := range years {
		if ys[0] {
			keys = append(keys, vigil.BlockKey{Type: t})
			continue
		}
		for y := range ys {
			keys = append(keys, vigil.BlockKey{Type: t, Year: y})
		}
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a].Type != keys[b].Type {
			return keys[a].Type < keys[b].Type
		}
		return keys[a].Year < keys[b].Year
	})
	return keys
}

// ClusterPart groups anew the events of the blocks keys name, which new
// events may have changed, and leaves the rest of the store as it is: a
// whole clustering compares events only within blocks, so the others would
// be grouped as they are.
//
// events must hold every event of those blocks and, so that the grouping and
// the links come out as a whole clustering would make them, every event of
// their articles, of their incidents, and of the incidents their responses
// answer. The events outside the blocks are read, not grouped anew: each
// stays in its incident as if a reviewer had pinned it there, and a response
// among them keeps its link. The result holds the assignments that change,
// the incidents whose events or attributes may have changed, and Renamed.
func ClusterPart(events []vigil.StoredEvent, keys []vigil.BlockKey, opts Options) Result {
	if len(keys) == 0 {
		return Result{}
	}
	return cluster(events, keys, opts)
}

// markFixed marks the events outside the blocks keys name: an event
// without a year is in every block of its type.
func markFixed(items []item, keys []vigil.BlockKey) {
	every := map[vigil.EventType]bool{} // every year of the type
	some := map[vigil.EventType]bool{}  // some year of the type
	years := map[vigil.BlockKey]bool{}
	for _, k := range keys {
		some[k.Type] = true
		if k.Year == 0 {
			every[k.Type] = true
		} else {
			years[k] = true
		}
	}
	for i := range items {
		ev := &items[i].ev.Event
		y := ev.Date.Year
		items[i].fixed = !every[ev.Type] && !(y == 0 && some[ev.Type]) && !years[vigil.BlockKey{Type: ev.Type, Year: y}]
	}
}

// keepChanged narrows the result of a partial clustering to what changed:
// the assignments that differ from the events' incidents, the incidents that
// hold an event grouped anew or lost one, and the incidents no group kept,
// renamed to the one that holds most of their events now. A kept link to a
// renamed incident follows it.
func keepChanged(items []item, groups [][]int, res Result) Result {
	ids := map[string]bool{}
	for _, in := range res.Incidents {
		ids[in.ID] = true
	}
	touched := touchedIncidents(items)
	moved := map[string]map[string]int{}
	for g, members := range groups {
		for _, m := range members {
			ev := items[m].ev
			if ev.Incident == "" || ids[ev.Incident] {
				continue
			}
			if moved[ev.Incident] == nil {
				moved[ev.Incident] = map[string]int{}
			}
			moved[ev.Incident][res.Incidents[g].ID]++
		}
	}
	out := Result{Renamed: map[string]string{}}
	for old, to := range moved {
		best, n := "", 0
		for id, c := range to {
			if c > n || (c == n && id < best) {
				best, n = id, c
			}
		}
		out.Renamed[old] = best
	}
	for g, members := range groups {
		in := res.Incidents[g]
		// linked anew when what it answered was grouped anew, or when an
		// attack its articles tell was (newLinker)
		keep := touched[in.ID] || touched[items[members[0]].ev.ResponseTo] || in.ResponseTo != items[members[0]].ev.ResponseTo
		for _, m := range members {
			keep = keep || !items[m].fixed
			if items[m].ev.Incident != in.ID {
				out.Assign = append(out.Assign, vigil.Assignment{EventID: items[m].ev.ID, Incident: in.ID})
			}
		}
		if !keep {
			continue
		}
		if to, ok := out.Renamed[in.ResponseTo]; ok {
			in.ResponseTo = to
		}
		out.Incidents = append(out.Incidents, in)
	}
	sort.Slice(out.Assign, func(a, b int) bool { return out.Assign[a].EventID < out.Assign[b].EventID })
	return out
}

// touchedIncidents returns the incidents that held an event a partial
// clustering groups anew.
func touchedIncidents(items []item) map[string]bool {
	var out map[string]bool
	for i := range items {
		if !items[i].fixed && items[i].ev.Incident != "" {
			if out == nil {
				out = map[string]bool{}
			}
			out[items[i].ev.Incident] = true
		}
	}
	return out
}
