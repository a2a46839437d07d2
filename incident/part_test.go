package incident

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"

	"vigil"
)

// memStore holds events and incidents in memory the way the stores do, so
// that Update can be run batch after batch as ingest runs it.
type memStore struct {
	events    []vigil.StoredEvent
	incidents map[string]vigil.Incident
	reads     int // events read by the last Update
}

// read answers a ClusterQuery as the stores' ClusterEvents does.
func (m *memStore) read(q vigil.ClusterQuery) ([]vigil.StoredEvent, error) {
	every, years, undated := map[vigil.EventType]bool{}, map[vigil.BlockKey]bool{}, map[vigil.EventType]bool{}
	for _, k := range q.Blocks {
		if k.Year == 0 {
			every[k.Type] = true
		} else {
			years[k], undated[k.Type] = true, true
		}
	}
	incs, arts, answered := map[string]bool{}, map[int64]bool{}, map[string]bool{}
	for _, id := range q.Incidents {
		incs[id] = true
	}
	for _, id := range q.Articles {
		arts[id] = true
	}
	for _, id := range q.Answering {
		answered[id] = true
	}
	var out []vigil.StoredEvent
	for _, ev := range m.events {
		y, t := ev.Event.Date.Year, ev.Event.Type
		if q.Unclustered && ev.Incident == "" || every[t] || y == 0 && undated[t] || years[vigil.BlockKey{Type: t, Year: y}] ||
			incs[ev.Incident] || arts[ev.ArticleID] || answered[m.incidents[ev.Incident].ResponseTo] {
			ev.ResponseTo = m.incidents[ev.Incident].ResponseTo
			out = append(out, ev)
		}
	}
	m.reads += len(out)
	return out, nil
}

// save applies a result as the stores' UpdateIncidents does (with no
// reviewer's incidents to keep).
func (m *memStore) save(res Result) {
	assign := map[int64]string{}
	for _, a := range res.Assign {
		assign[a.EventID] = a.Incident
	}
	for i := range m.events {
		if id, ok := assign[m.events[i].ID]; ok {
			m.events[i].Incident = id
		}
	}
	for _, in := range res.Incidents {
		m.incidents[in.ID] = in
	}
	held := map[string]bool{}
	for _, ev := range m.events {
		held[ev.Incident] = true
	}
	for id := range m.incidents {
		if held[id] {
			continue
		}
		delete(m.incidents, id)
		to, ok := res.Renamed[id]
		for other, in := range m.incidents {
			if ok && in.ResponseTo == id {
				in.ResponseTo = to
				m.incidents[other] = in
			}
		}
	}
}

// grouping describes a clustering by its members, not its ids: each event's
// fellow events, and the events of the incident its incident answers.
func grouping(events []vigil.StoredEvent, incidentOf func(int64) string, responseTo func(string) string) map[int64]string {
	members := map[string][]int64{}
	for _, ev := range events {
		members[incidentOf(ev.ID)] = append(members[incidentOf(ev.ID)], ev.ID)
	}
	name := func(id string) string {
		if id == "" {
			return "-"
		}
		ids := slices.Clone(members[id])
		slices.Sort(ids)
		return fmt.Sprint(ids)
	}
	out := map[int64]string{}
	for _, ev := range events {
		in := incidentOf(ev.ID)
		out[ev.ID] = name(in) + " -> " + name(responseTo(in))
	}
	return out
}

// TestUpdateInBatches ingests a synthetic store batch after batch, each
// clustered by Update alone, and checks that it ends as one clustering of the
// whole store: the same incidents and the same links.
func TestUpdateInBatches(t *testing.T) {
	for _, tt := range []struct {
		batches, undated int
	}{{2, 0}, {5, 0}, {17, 0}, {5, 7}, {17, 5}, {40, 3}} {
		batches := tt.batches
		t.Run(fmt.Sprintf("%d batches, every %dth report undated", batches, tt.undated), func(t *testing.T) {
			all, _, _ := synthStore(4, 300)
			for i := range all {
				// reports that give no date join every year of their type
				if tt.undated > 0 && i%tt.undated == 0 {
					all[i].Event.Date = vigil.Date{}
				}
			}
			whole := Cluster(all, Options{})
			byEvent := incidentOf(whole)
			want := grouping(all, func(id int64) string { return byEvent[id] }, func(id string) string { return byID(whole, id).ResponseTo })

			m := &memStore{incidents: map[string]vigil.Incident{}}
			last := all[len(all)-1].ArticleID
			for b := 1; b <= batches; b++ {
				upTo := last * int64(b) / int64(batches)
				for _, ev := range all[len(m.events):] {
					if ev.ArticleID > upTo {
						break
					}
					m.events = append(m.events, ev)
				}
				m.reads = 0
				res, err := Update(m.read, Options{})
				if err != nil {
					t.Fatal(err)
				}
				m.save(res)
			}
			if len(m.events) != len(all) {
				t.Fatalf("stored %d events, want %d", len(m.events), len(all))
			}
			inc := map[int64]string{}
			for _, ev := range m.events {
				inc[ev.ID] = ev.Incident
			}
			got := grouping(m.events, func(id int64) string { return inc[id] }, func(id string) string { return m.incidents[id].ResponseTo })
			var diffs []string
			for _, ev := range all {
				if got[ev.ID] != want[ev.ID] {
					diffs = append(diffs, fmt.Sprintf("event %d (%s %s): %s, want %s", ev.ID, ev.Event.Type, ev.Event.Date, got[ev.ID], want[ev.ID]))
				}
			}
			sort.Strings(diffs)
			if len(diffs) > 0 {
				t.Errorf("%d of %d events grouped or linked unlike one clustering of the whole store:\n%s", len(diffs), len(all), strings.Join(diffs[:min(len(diffs), 10)], "\n"))
			}
			// every incident an event names is saved, and no other
			held := map[string]bool{}
			for _, id := range inc {
				held[id] = true
			}
			if !maps.Equal(held, mapKeys(m.incidents)) {
				t.Errorf("incidents saved %d, incidents holding events %d", len(m.incidents), len(held))
			}
		})
	}
}

func mapKeys[V any](m map[string]V) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

// TestUpdateReadsBlocks checks that a new event is compared with the events
// of its block, not the whole store, and that it keeps the ids it finds.
func TestUpdateReadsBlocks(t *testing.T) {
	all, _, _ := synthStore(5, 300)
	whole := Cluster(all, Options{})
	byEvent := incidentOf(whole)
	m := &memStore{incidents: map[string]vigil.Incident{}}
	for _, ev := range all {
		ev.Incident = byEvent[ev.ID]
		m.events = append(m.events, ev)
	}
	for _, in := range whole.Incidents {
		m.incidents[in.ID] = in
	}
	// A new report of the first chain's attack, from a new article.
	evs := stored(spec{id: 10000, article: 10000, typ: all[0].Event.Type, date: all[0].Event.Date.String(),
		country: all[0].Event.Country, target: all[0].Event.Target.Name, text: all[0].Evidence[0].Text})
	m.events = append(m.events, evs[0])
	res, err := Update(m.read, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.reads >= len(m.events) {
		t.Errorf("Update read %d events of a store of %d, want fewer", m.reads, len(m.events))
	}
	m.save(res)
	if got, want := m.events[len(m.events)-1].Incident, byEvent[all[0].ID]; got != want {
		t.Errorf("new report in incident %q, want the attack's %q", got, want)
	}
	for _, ev := range m.events[:len(all)] {
		if ev.Incident != byEvent[ev.ID] {
			t.Errorf("event %d moved from %q to %q", ev.ID, byEvent[ev.ID], ev.Incident)
		}
	}
}

// TestUpdateRelinksAnswers checks that a response outside the new events'
// blocks is linked again when what it answered is regrouped: new reports make
// another incident of the attack the best-supported one, which the response
// then answers, as a whole clustering would have it. The response is told in
// the article of the report it answered, or in an article of its own.
func TestUpdateRelinksAnswers(t *testing.T) {
	for _, tt := range []struct {
		name     string
		sanction spec
	}{
		{"told with the attack", spec{2, 1, vigil.Sanction, "2024-07", "", "", "EU", "Belarusian officials", "The EU placed several Belarusian officials under sanctions in July 2024.", 300}},
		{"told alone", spec{2, 5, vigil.Sanction, "2024-07", "PL", "", "PL", "exiled journalist", "Poland sanctioned Belarusian agents over the tracking of an exiled journalist.", 0}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := stored(
				spec{1, 1, vigil.Surveillance, "2024", "PL", "", "BY", "exiled journalist", "Police said a Belarusian man tracked the car of an exiled journalist in Poland.", 0},
				tt.sanction,
				spec{3, 2, vigil.Surveillance, "2024-03-25", "PL", "Warsaw", "BY", "Hanna Zhuk", "A Belarusian man hid a GPS tracker on the car of the exiled journalist Hanna Zhuk in Warsaw.", 0},
				spec{4, 3, vigil.Surveillance, "2024-03-25", "PL", "Warsaw", "BY", "Hanna Zhuk", "The suspect photographed a rally in Warsaw and tracked the car of journalist Hanna Zhuk.", 0},
				spec{5, 4, vigil.Surveillance, "2024-03", "PL", "Warsaw", "BY", "Hanna Zhuk", "Prosecutors say he tracked the exiled journalist Hanna Zhuk in Warsaw for the KGB.", 0},
			)
			m := &memStore{incidents: map[string]vigil.Incident{}}
			for _, upTo := range []int{3, 5} {
				m.events = append(m.events, evs[len(m.events):upTo]...)
				res, err := Update(m.read, Options{})
				if err != nil {
					t.Fatal(err)
				}
				m.save(res)
				if upTo == 3 {
					if first := m.incidents[m.events[1].Incident].ResponseTo; first != m.events[0].Incident {
						t.Fatalf("sanction answers %q after the first batch, want the report told first, %q", first, m.events[0].Incident)
					}
				}
			}
			whole := Cluster(evs, Options{})
			if want := byID(whole, incidentOf(whole)[2]).ResponseTo; want != incidentOf(whole)[3] {
				t.Fatalf("a whole clustering links the sanction to %q, want the incident three articles tell, %q", want, incidentOf(whole)[3])
			}
			if got := m.incidents[m.events[1].Incident].ResponseTo; got != m.events[2].Incident {
				t.Errorf("sanction answers %q after the second batch, want %q, the incident three articles tell", got, m.events[2].Incident)
			}
		})
	}
}
