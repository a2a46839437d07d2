package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"vigil"
	"vigil/incident"
)

// testClusterInBatches stores articles batch after batch, as ingest does,
// clusters each batch with incident.Update reading the store's
// ClusterEvents and saving through UpdateIncidents, and checks that the
// store ends with the incidents and links one clustering of everything
// gives: the partial clustering reads what it needs from a real store.
func testClusterInBatches(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	// Three stories told across articles and years, and one-off events:
	// a plot, the arrests that answer it, its verdict years later; an
	// abduction with a later charge; unrelated attacks of the same types.
	type report struct{ typ, date, country, target string }
	articles := [][]report{
		{{"bombing", "2018-06-30", "FR", "rally"}, {"arrest", "2018-07-01", "BE", "couple"}},
		{{"assassination", "2017-11-08", "NL", "activist"}},
		{{"bombing", "2018-06-30", "FR", "rally"}},
		{{"arrest", "2018-07-01", "BE", "couple"}, {"bombing", "2018-06", "FR", "rally"}},
		{{"abduction", "2019-03-02", "TR", "journalist"}},
		{{"bombing", "2018-02-11", "AL", "party office"}},
		{{"abduction", "2019-03", "TR", "journalist"}, {"charge", "2019-09-14", "TR", "kidnappers"}},
		{{"assassination", "2017-11", "NL", "activist"}},
		{{"conviction", "2021-02-04", "BE", "diplomat"}, {"bombing", "2018-06-30", "FR", "rally"}},
		{{"arrest", "2020-05-02", "DK", "cousin"}},
		{{"bombing", "", "FR", "rally"}},
		{{"abduction", "2019-03-02", "TR", "journalist"}},
	}
	batches := [][]int{{0, 1}, {2, 3, 4}, {5}, {6, 7, 8}, {9, 10, 11}}
	for b, batch := range batches {
		for _, i := range batch {
			// each outlet words it its own way, so no two articles are one text
			var sentences []string
			for _, r := range articles[i] {
				sentences = append(sentences, fmt.Sprintf("Outlet %d reports that something of type %s happened in %s to %s.", i, r.typ, r.country, r.target))
			}
			a := Article(fmt.Sprintf("b%d", i), fmt.Sprintf("u%d", i), sentences...)
			var evs []vigil.Event
			for k, r := range articles[i] {
				evs = append(evs, Event(a, sentences, k, vigil.EventType(r.typ), r.date, r.country, "IR", r.target))
			}
			if _, err := s.PutArticle(ctx, a, evs, "test-1"); err != nil {
				t.Fatalf("PutArticle(%s) = %v", a.ID, err)
			}
		}
		res, err := incident.Update(func(q vigil.ClusterQuery) ([]vigil.StoredEvent, error) {
			return s.ClusterEvents(ctx, q)
		}, incident.Options{})
		if err != nil {
			t.Fatalf("batch %d: Update() = %v", b, err)
		}
		if err := s.UpdateIncidents(ctx, res.Assign, res.Incidents, res.Renamed); err != nil {
			t.Fatalf("batch %d: UpdateIncidents() = %v", b, err)
		}
	}
	stored, err := s.Events(ctx, vigil.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// ClusterEvents with no incident left unclustered finds nothing new
	if evs, err := s.ClusterEvents(ctx, vigil.ClusterQuery{Unclustered: true}); err != nil || len(evs) != 0 {
		t.Errorf("ClusterEvents(unclustered) after the last batch = %d events, %v; want none", len(evs), err)
	}
	whole := incident.Cluster(slices.Clone(stored), incident.Options{})
	wholeOf := map[int64]string{}
	for _, a := range whole.Assign {
		wholeOf[a.EventID] = a.Incident
	}
	wholeLink := map[string]string{}
	for _, in := range whole.Incidents {
		wholeLink[in.ID] = in.ResponseTo
	}
	storedOf := map[int64]string{}
	for _, e := range stored {
		storedOf[e.ID] = e.Incident
	}
	storedLink := map[string]string{}
	for _, e := range stored {
		storedLink[e.Incident] = e.ResponseTo
	}
	want := membership(stored, wholeOf, wholeLink)
	got := membership(stored, storedOf, storedLink)
	for _, e := range stored {
		if got[e.ID] != want[e.ID] {
			t.Errorf("event %d (%s %s %s): incident -> answered %s, one clustering of the whole store gives %s",
				e.ID, e.Event.Type, e.Event.Date, e.Event.Country, got[e.ID], want[e.ID])
		}
	}
	// the story of the plot holds together: four reports of it in one
	// incident, the arrests and the verdict answering it
	var plot string
	for _, e := range stored {
		if e.Event.Type == vigil.Bombing && e.Event.Country == "FR" {
			if plot == "" {
				plot = e.Incident
			} else if e.Incident != plot {
				t.Errorf("a report of the plot in incident %s, the first in %s", e.Incident, plot)
			}
		}
	}
	for _, e := range stored {
		if (e.Event.Type == vigil.Arrest && e.Event.Country == "BE") && e.ResponseTo != plot {
			t.Errorf("the arrest in Belgium answers %q, want the plot %s", e.ResponseTo, plot)
		}
	}
	// every incident an event names is stored, and counts its events
	for id, n := range countBy(stored) {
		in, err := s.Incident(ctx, id)
		if err != nil {
			t.Errorf("Incident(%s) = %v", id, err)
			continue
		}
		if in.Events != n {
			t.Errorf("Incident(%s).Events = %d, it holds %d", id, in.Events, n)
		}
	}
}

// membership names each event's incident by the events it holds, and the
// incident that one answers the same way, so that two clusterings compare
// whatever ids they gave.
func membership(evs []vigil.StoredEvent, incidentOf map[int64]string, answers map[string]string) map[int64]string {
	members := map[string][]int64{}
	for _, e := range evs {
		members[incidentOf[e.ID]] = append(members[incidentOf[e.ID]], e.ID)
	}
	name := func(id string) string {
		if id == "" {
			return "-"
		}
		return fmt.Sprint(members[id])
	}
	out := map[int64]string{}
	for _, e := range evs {
		in := incidentOf[e.ID]
		out[e.ID] = name(in) + " -> " + name(answers[in])
	}
	return out
}

func countBy(evs []vigil.StoredEvent) map[string]int {
	n := map[string]int{}
	for _, e := range evs {
		n[e.Incident]++
	}
	return n
}
