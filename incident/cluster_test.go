package incident

import (
	"testing"

	"vigil"
)

// spec is a compact test event.
type spec struct {
	id      int64
	article int64
	typ     vigil.EventType
	date    string
	country string
	place   string
	actor   string // sponsoring or responding state
	target  string
	text    string // the evidence sentence
	start   int
}

func stored(specs ...spec) []vigil.StoredEvent {
	var out []vigil.StoredEvent
	for _, s := range specs {
		d, _ := vigil.ParseDate(s.date)
		ev := vigil.Event{Type: s.typ, Status: vigil.CarriedOut, Date: d, Country: s.country, Confidence: 0.8}
		if s.place != "" {
			ev.Place = &vigil.Place{Name: s.place, Country: s.country}
		}
		if s.actor != "" {
			ev.Actor = &vigil.ActorRef{Name: "Government of " + s.actor, Country: s.actor}
		}
		if s.target != "" {
			ev.Target = &vigil.ActorRef{Name: s.target}
		}
		out = append(out, vigil.StoredEvent{ID: s.id, ArticleID: s.article, Event: ev,
			Evidence: []vigil.EvidenceSpan{{Start: s.start, End: s.start + len(s.text), Text: s.text}}})
	}
	return out
}

// incidentOf maps event ids to incident ids.
func incidentOf(r Result) map[int64]string {
	m := map[int64]string{}
	for _, a := range r.Assign {
		m[a.EventID] = a.Incident
	}
	return m
}

func byID(r Result, id string) *vigil.Incident {
	for i := range r.Incidents {
		if r.Incidents[i].ID == id {
			return &r.Incidents[i]
		}
	}
	return nil
}

var (
	plotA = spec{1, 10, vigil.Bombing, "2018-06-30", "FR", "Villepinte", "IR", "opposition rally", "Police foiled a plan to bomb the opposition rally near Paris.", 0}
	plotB = spec{2, 11, vigil.Bombing, "2018-06", "FR", "", "IR", "exile opposition rally", "The plot targeted a rally of the exiled opposition outside Paris.", 100}
	plotC = spec{3, 12, vigil.Bombing, "2018", "FR", "Villepinte", "IR", "rally", "Investigators said explosives were meant for the rally in Villepinte.", 50}
)

func TestClusterGroups(t *testing.T) {
	tests := []struct {
		name  string
		specs []spec
		same  [][2]int64 // pairs of events that must share an incident
		apart [][2]int64 // pairs that must not
	}{
		{
			name:  "one plot told by three articles",
			specs: []spec{plotA, plotB, plotC},
			same:  [][2]int64{{1, 2}, {1, 3}},
		},
		{
			name: "two arrests in two countries",
			specs: []spec{
				{1, 10, vigil.Arrest, "2018-07-01", "BE", "Antwerp", "BE", "couple", "Belgian police arrested a couple carrying explosives.", 0},
				{2, 11, vigil.Arrest, "2018-07-01", "DE", "Bavaria", "DE", "diplomat", "German police detained a diplomat on a motorway.", 0},
			},
			apart: [][2]int64{{1, 2}},
		},
		{
			name: "same country and type, different years and victims",
			specs: []spec{
				{1, 10, vigil.Assassination, "2015-12-15", "NL", "Almere", "IR", "Mohammad Reza Kolahi", "A man was shot dead in Almere.", 0},
				{2, 11, vigil.Assassination, "2017-11-08", "NL", "The Hague", "IR", "Ahmad Mola Nissi", "An activist was killed outside his home in The Hague.", 0},
			},
			apart: [][2]int64{{1, 2}},
		},
		{
			name: "two named victims in one city and month are two incidents",
			specs: []spec{
				{1, 10, vigil.Abduction, "2017-03", "CA", "Toronto", "IR", "Leyla Nahimi", "Agents seized the activist Leyla Nahimi in Toronto.", 0},
				{2, 11, vigil.Abduction, "2017-03", "CA", "Toronto", "IR", "Farida Kasser", "Agents seized the activist Farida Kasser in Toronto.", 0},
			},
			apart: [][2]int64{{1, 2}},
		},
		{
			name: "a given name alone does not make one victim",
			specs: []spec{
				{1, 10, vigil.Arrest, "2016-05", "DE", "Berlin", "DE", "Omar Haddad", "Police in Berlin arrested Omar Haddad.", 0},
				{2, 11, vigil.Arrest, "2016-05", "DE", "Berlin", "DE", "Omar Wang", "Omar Wang was detained in Berlin.", 0},
			},
			apart: [][2]int64{{1, 2}},
		},
		{
			name: "a victim named by one report and described by another",
			specs: []spec{
				{1, 10, vigil.Assassination, "2015-12", "NL", "Almere", "IR", "Ali Motamed", "Ali Motamed was shot dead in Almere in December.", 0},
				{2, 11, vigil.Assassination, "2015-12", "NL", "Almere", "IR", "Iranian-born electrician", "An Iranian-born electrician was shot dead in Almere.", 0},
			},
			same: [][2]int64{{1, 2}},
		},
		{
			name: "a killing told with its arrest keeps its day",
			specs: []spec{
				{1, 10, vigil.Assassination, "2019-08-23", "", "", "", "Georgian citizen", "A Georgian citizen was shot dead in a park in Berlin on Friday, and police arrested a suspect within minutes.", 0},
				{2, 10, vigil.Arrest, "2019-08-23", "", "", "", "suspect", "A Georgian citizen was shot dead in a park in Berlin on Friday, and police arrested a suspect within minutes.", 0},
				{3, 11, vigil.Assassination, "2019-08-23", "", "", "RU", "Georgian exile", "On 23 August 2019 a Georgian exile was shot dead in a park in Berlin.", 0},
			},
			same: [][2]int64{{1, 3}},
		},
		{
			name: "events of one article are never merged",
			specs: []spec{
				{1, 10, vigil.Arrest, "2020-03-02", "SE", "Stockholm", "SE", "spy", "Police arrested a spy in Stockholm.", 0},
				{2, 10, vigil.Arrest, "2020-03-02", "SE", "Stockholm", "SE", "spy", "A second spy was arrested in Stockholm.", 200},
			},
			apart: [][2]int64{{1, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := incidentOf(Cluster(stored(tt.specs...), Options{}))
			for _, p := range tt.same {
				if inc[p[0]] != inc[p[1]] {
					t.Errorf("events %d and %d in incidents %q and %q, want one", p[0], p[1], inc[p[0]], inc[p[1]])
				}
			}
			for _, p := range tt.apart {
				if inc[p[0]] == inc[p[1]] {
					t.Errorf("events %d and %d both in incident %q, want two", p[0], p[1], inc[p[0]])
				}
			}
		})
	}
}

func TestLinkResponseAcrossYears(t *testing.T) {
	specs := []spec{
		plotA, plotB,
		// The verdict, years later, in an article that recalls the plot.
		{4, 13, vigil.Conviction, "2021-02-04", "BE", "Antwerp", "BE", "diplomat", "A court in Antwerp convicted a diplomat of planning to bomb the opposition rally.", 0},
		{5, 13, vigil.Bombing, "2018-06", "FR", "Villepinte", "IR", "opposition rally", "The bomb was meant for the opposition rally at Villepinte in 2018.", 90},
		// An unrelated attack of another state.
		{6, 14, vigil.ArmedAttack, "2020-05-01", "DE", "Berlin", "RU", "Chechen exile", "A Chechen exile was attacked in Berlin.", 0},
	}
	r := Cluster(stored(specs...), Options{})
	inc := incidentOf(r)
	verdict := byID(r, inc[4])
	if verdict == nil {
		t.Fatal("no incident for the verdict")
	}
	if verdict.ResponseTo != inc[1] {
		t.Errorf("verdict ResponseTo = %q, want the plot's incident %q", verdict.ResponseTo, inc[1])
	}
	if inc[5] != inc[1] {
		t.Errorf("the verdict article's mention of the plot is in %q, want the plot's incident %q", inc[5], inc[1])
	}
	if a := byID(r, inc[6]); a == nil || a.ResponseTo != "" {
		t.Errorf("attack has ResponseTo %q, want none", a.ResponseTo)
	}
}

func TestStableIDs(t *testing.T) {
	evs := stored(plotA, plotB,
		spec{6, 14, vigil.ArmedAttack, "2020-05-01", "DE", "Berlin", "RU", "Chechen exile", "A Chechen exile was attacked in Berlin.", 0})
	first := incidentOf(Cluster(evs, Options{}))
	for i := range evs {
		evs[i].Incident = first[evs[i].ID]
	}
	// A new article tells the plot again; the old incidents keep their ids.
	evs = append(stored(plotC), evs...)
	evs[0].ID = 7
	second := incidentOf(Cluster(evs, Options{}))
	for _, id := range []int64{1, 2, 6} {
		if second[id] != first[id] {
			t.Errorf("event %d: incident %q after a re-run, want %q", id, second[id], first[id])
		}
	}
	if second[7] != first[1] {
		t.Errorf("new report of the plot in %q, want the plot's incident %q", second[7], first[1])
	}
	// Running again on the same input changes nothing.
	for i := range evs {
		evs[i].Incident = second[evs[i].ID]
	}
	third := incidentOf(Cluster(evs, Options{}))
	for id, inc := range second {
		if third[id] != inc {
			t.Errorf("event %d: incident %q on the third run, want %q", id, third[id], inc)
		}
	}
}

func TestReviewerPinKept(t *testing.T) {
	evs := stored(plotA, plotB, plotC)
	// A reviewer split the third report off into an incident of its own and
	// named the first two's incident.
	evs[0].Incident, evs[0].Pinned = "plot", true
	evs[1].Incident, evs[1].Pinned = "plot", true
	evs[2].Incident, evs[2].Pinned = "split-off", true
	inc := incidentOf(Cluster(evs, Options{}))
	want := map[int64]string{1: "plot", 2: "plot", 3: "split-off"}
	for id, w := range want {
		if inc[id] != w {
			t.Errorf("pinned event %d in incident %q, want %q", id, inc[id], w)
		}
	}
	// Pinned events stay together even when the clustering would part them.
	far := stored(plotA, spec{9, 19, vigil.Bombing, "2011-01-01", "US", "", "CN", "someone else", "Unrelated.", 0})
	far[0].Incident, far[0].Pinned = "merged", true
	far[1].Incident, far[1].Pinned = "merged", true
	got := incidentOf(Cluster(far, Options{}))
	if got[1] != "merged" || got[9] != "merged" {
		t.Errorf("events a reviewer merged are in %q and %q, want both in %q", got[1], got[9], "merged")
	}
}

func TestNearPlaces(t *testing.T) {
	salisbury := &vigil.Place{Name: "Salisbury", Lat: 51.07, Lon: -1.80, HasCoords: true}
	england := &vigil.Place{Name: "England", Lat: 52.16, Lon: -0.70, HasCoords: true}
	harare := &vigil.Place{Name: "Harare", Lat: -17.83, Lon: 31.05, HasCoords: true}
	tests := []struct {
		a, b *vigil.Place
		want bool
	}{
		{salisbury, england, true},
		{salisbury, harare, false},
		{salisbury, nil, false},
		{salisbury, &vigil.Place{Name: "somewhere"}, false},
	}
	for _, tt := range tests {
		if got := nearPlaces(tt.a, tt.b); got != tt.want {
			t.Errorf("nearPlaces(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
