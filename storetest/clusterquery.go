package storetest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"vigil"
)

// testClusterEvents checks each part of a ClusterQuery, their union, and
// that the events come with their incident's link and restriction.
func testClusterEvents(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	a1, _ := put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "rally"}, [4]string{"arrest", "2018-07-01", "BE", "couple"})
	a2, _ := put(t, s, "a2", "u2", [4]string{"bombing", "2018-06-30", "FR", "rally"}, [4]string{"assassination", "2017-11", "NL", "activist"})
	put(t, s, "a3", "u3", [4]string{"bombing", "", "FR", "rally"}, [4]string{"arrest", "2019-01-02", "DE", "courier"})
	put(t, s, "a4", "u4", [4]string{"bombing", "2019-03", "FR", "office"})
	ids := func(evs []vigil.StoredEvent) []int64 {
		out := []int64{}
		for _, e := range evs {
			out = append(out, e.ID)
		}
		return out
	}
	query := func(q vigil.ClusterQuery) []vigil.StoredEvent {
		t.Helper()
		evs, err := s.ClusterEvents(ctx, q)
		if err != nil {
			t.Fatalf("ClusterEvents(%+v) = %v", q, err)
		}
		return evs
	}
	all, err := s.Events(ctx, vigil.EventFilter{})
	if err != nil || len(all) != 7 {
		t.Fatalf("Events() = %d, %v; want 7", len(all), err)
	}
	if got := ids(query(vigil.ClusterQuery{Unclustered: true})); !cmp.Equal(got, ids(all)) {
		t.Errorf("unclustered before clustering = %v, want every event %v", got, ids(all))
	}
	evs := cluster(t, s, []string{"plot", "arrest", "plot", "killing", "plot", "courier", "office"},
		map[string]string{"arrest": "plot", "courier": "plot"})
	e := func(i ...int) []int64 {
		out := []int64{}
		for _, j := range i {
			out = append(out, evs[j].ID)
		}
		return out
	}
	a5, _ := put(t, s, "a5", "u5", [4]string{"arrest", "2018-09", "BE", "couple"})
	news := query(vigil.ClusterQuery{Unclustered: true})
	if len(news) != 1 || news[0].ArticleID != a5 || news[0].Incident != "" {
		t.Fatalf("unclustered after clustering = %+v, want the one event of a5", news)
	}
	fresh := news[0].ID
	if err := serverStore(t, s).RestrictEvent(ctx, "ana", evs[3].ID, true); err != nil {
		t.Fatalf("RestrictEvent = %v", err)
	}
	many := []int64{a2}
	for i := range 1200 {
		many = append(many, int64(1<<30+i)) // more ids than one query binds
	}
	tests := []struct {
		name string
		q    vigil.ClusterQuery
		want []int64
	}{
		{"nothing", vigil.ClusterQuery{}, e()},
		{"a year with the undated", vigil.ClusterQuery{Blocks: []vigil.BlockKey{{Type: vigil.Bombing, Year: 2018}}}, e(0, 2, 4)},
		{"every year", vigil.ClusterQuery{Blocks: []vigil.BlockKey{{Type: vigil.Bombing}}}, e(0, 2, 4, 6)},
		{"two years, the undated once", vigil.ClusterQuery{Blocks: []vigil.BlockKey{{Type: vigil.Bombing, Year: 2018}, {Type: vigil.Bombing, Year: 2019}}}, e(0, 2, 4, 6)},
		{"a year and every year", vigil.ClusterQuery{Blocks: []vigil.BlockKey{{Type: vigil.Bombing, Year: 2019}, {Type: vigil.Bombing}}}, e(0, 2, 4, 6)},
		{"a year of another type", vigil.ClusterQuery{Blocks: []vigil.BlockKey{{Type: vigil.Arrest, Year: 2018}}}, append(e(1), fresh)},
		{"a year with no event", vigil.ClusterQuery{Blocks: []vigil.BlockKey{{Type: vigil.Assassination, Year: 2020}}}, e()},
		{"incidents", vigil.ClusterQuery{Incidents: []string{"killing", "courier", "none"}}, e(3, 5)},
		{"articles", vigil.ClusterQuery{Articles: many}, e(2, 3)},
		{"answering", vigil.ClusterQuery{Answering: []string{"plot", "killing"}}, e(1, 5)},
		{"union, each once", vigil.ClusterQuery{Unclustered: true, Articles: []int64{a1, a5}, Incidents: []string{"arrest"}},
			append(e(0, 1), fresh)},
	}
	for _, tt := range tests {
		if got := ids(query(tt.q)); !cmp.Equal(got, tt.want) {
			t.Errorf("ClusterEvents(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
	got := query(vigil.ClusterQuery{Incidents: []string{"arrest", "killing"}})
	if len(got) != 2 || got[0].ResponseTo != "plot" || got[0].Incident != "arrest" || !got[1].Restricted || got[1].Incident != "killing" {
		t.Errorf("ClusterEvents(arrest, killing) = %+v, want the arrest answering plot and the restricted killing", got)
	}
	if want := evs[0]; !cmp.Equal(query(vigil.ClusterQuery{Incidents: []string{"plot"}})[0], want) {
		t.Errorf("ClusterEvents reads event %d otherwise than Events", want.ID)
	}
}

// testUpdateIncidents saves the clustering of part of the store: merged
// incidents go and links follow them, incidents that lose some events are
// counted anew, a reviewer's incident outlives its events and keeps the
// attributes the reviewer set, and the rest is left as it was.
func testUpdateIncidents(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "rally"}, [4]string{"arrest", "2018-07-01", "BE", "couple"})
	put(t, s, "a2", "u2", [4]string{"bombing", "2018-06-30", "FR", "rally"}, [4]string{"assassination", "2017-11", "NL", "activist"})
	put(t, s, "a3", "u3", [4]string{"bombing", "2018-06", "FR", "rally"})
	evs := cluster(t, s, []string{"plot", "arrest", "plot2", "killing", "plot3"}, map[string]string{"arrest": "plot2"})
	incident := func(id string) *vigil.Incident {
		t.Helper()
		in, err := s.Incident(ctx, id)
		if err != nil {
			t.Fatalf("Incident(%s) = %v", id, err)
		}
		return in
	}
	killing := incident("killing")

	// the three reports of the plot are one incident
	plot := *incident("plot")
	plot.Events, plot.Articles = 3, 3
	assign := []vigil.Assignment{{EventID: evs[2].ID, Incident: "plot"}, {EventID: evs[4].ID, Incident: "plot"}}
	renamed := map[string]string{"plot2": "plot", "plot3": "plot", "killing": "plot"}
	if err := s.UpdateIncidents(ctx, assign, []vigil.Incident{plot}, renamed); err != nil {
		t.Fatalf("UpdateIncidents(merge) = %v", err)
	}
	for _, id := range []string{"plot2", "plot3"} {
		if _, err := s.Incident(ctx, id); vigil.ErrorCode(err) != vigil.ENOTFOUND {
			t.Errorf("Incident(%s) after its events moved = %v, want %s", id, err, vigil.ENOTFOUND)
		}
	}
	if got := incident("arrest").ResponseTo; got != "plot" {
		t.Errorf("arrest answers %q, want plot, which plot2 went into", got)
	}
	if got := incident("plot"); got.Events != 3 || got.Articles != 3 {
		t.Errorf("plot holds %d events of %d articles, want 3 of 3", got.Events, got.Articles)
	}
	// an incident renamed but holding its events stays as it was
	if got := incident("killing"); !cmp.Equal(got, killing) {
		t.Errorf("killing changed though none of its events moved:\n%v", cmp.Diff(killing, got))
	}
	if n, err := s.CountEvents(ctx, vigil.EventFilter{Incident: "plot"}); err != nil || n != 3 {
		t.Errorf("CountEvents(plot) = %d, %v; want 3", n, err)
	}

	// one report leaves the plot, which is not saved again: it is counted anew
	split := vigil.Incident{ID: "plot-b", Type: vigil.Bombing, Status: vigil.CarriedOut, Country: "FR", Events: 1, Articles: 1, Review: vigil.ReviewAuto}
	if err := s.UpdateIncidents(ctx, []vigil.Assignment{{EventID: evs[4].ID, Incident: "plot-b"}}, []vigil.Incident{split}, nil); err != nil {
		t.Fatalf("UpdateIncidents(split) = %v", err)
	}
	if got := incident("plot"); got.Events != 2 || got.Articles != 2 {
		t.Errorf("plot holds %d events of %d articles after one left, want 2 of 2", got.Events, got.Articles)
	}
	if got := incident("plot-b"); got.Events != 1 || got.Country != "FR" || got.Type != vigil.Bombing {
		t.Errorf("new incident plot-b = %+v", got)
	}

	// a reviewer's incident keeps what the reviewer set, and outlives its events
	country := "BE"
	if err := s.EditIncident(ctx, "ana", "plot", vigil.IncidentEdit{Country: &country}); err != nil {
		t.Fatalf("EditIncident = %v", err)
	}
	if err := s.ConfirmIncident(ctx, "ana", "arrest"); err != nil {
		t.Fatalf("ConfirmIncident = %v", err)
	}
	plot.Events, plot.Articles = 7, 7
	moved := vigil.Incident{ID: "arrest-b", Type: vigil.Arrest, Status: vigil.CarriedOut, Events: 1, Articles: 1, ResponseTo: "plot", Review: vigil.ReviewAuto}
	if err := s.UpdateIncidents(ctx, []vigil.Assignment{{EventID: evs[1].ID, Incident: "arrest-b"}}, []vigil.Incident{plot, moved}, nil); err != nil {
		t.Fatalf("UpdateIncidents(reviewed) = %v", err)
	}
	if got := incident("plot"); got.Country != "BE" || got.Events != 7 {
		t.Errorf("edited plot = country %q, %d events; want the reviewer's BE and the counts given, 7", got.Country, got.Events)
	}
	if got := incident("arrest"); got.Events != 0 || got.Review != vigil.ReviewConfirmed {
		t.Errorf("confirmed arrest without events = %d events, review %q; want kept with 0", got.Events, got.Review)
	}
	if got := incident("arrest-b"); got.ResponseTo != "plot" || got.Events != 1 {
		t.Errorf("arrest-b = %+v, want 1 event answering plot", got)
	}
	if got, err := s.Events(ctx, vigil.EventFilter{Incident: "arrest-b"}); err != nil || len(got) != 1 || got[0].ID != evs[1].ID {
		t.Errorf("Events(arrest-b) = %v, %v; want event %d", got, err, evs[1].ID)
	}
	if got, err := s.ClusterEvents(ctx, vigil.ClusterQuery{Unclustered: true}); err != nil || len(got) != 0 {
		t.Errorf("unclustered after the updates = %d, %v; want none", len(got), err)
	}
}
