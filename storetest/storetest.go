// Package storetest is the conformance suite every vigil.Store backend runs: one
// body of tests, called from each backend's own tests with a function that opens
// an empty store. The backends are also vigil.ServerStores, and tested as such.
package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"vigil"
)

// Opener returns a new, empty store; the suite closes it.
type Opener func(t *testing.T) vigil.Store

// Run runs the whole suite against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, vigil.Store)
	}{
		{"PutArticle", testPutArticle},
		{"PutArticles", testPutArticles},
		{"Events", testEvents},
		{"Incidents", testIncidents},
		{"Review", testReview},
		{"ReplaceEvents", testReplaceEvents},
		{"Failures", testFailures},
		{"Search", testSearch},
		{"Accounts", testAccounts},
		{"ReviewDesk", testReviewDesk},
		{"Restricted", testRestricted},
		{"IncidentPages", testIncidentPages},
		{"EventListValues", testEventListValues},
		{"ClusterInBatches", testClusterInBatches},
		{"ClusterEvents", testClusterEvents},
		{"UpdateIncidents", testUpdateIncidents},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

// Article returns a test article whose text holds one sentence per event.
func Article(id, url string, sentences ...string) *vigil.Article {
	text := ""
	for _, s := range sentences {
		text += s + " "
	}
	return &vigil.Article{ID: id, URL: url, Title: "Report " + id, Text: text, Published: vigil.Date{Year: 2020, Month: 5, Day: 4, Precision: vigil.PrecisionDay}, Source: "test"}
}

// Event returns a test event of the article covering its sentence number i.
func Event(a *vigil.Article, sentences []string, i int, typ vigil.EventType, date, country, actorCountry, target string) vigil.Event {
	start := 0
	for _, s := range sentences[:i] {
		start += len(s) + 1
	}
	d, _ := vigil.ParseDate(date)
	ev := vigil.Event{Doc: a.ID, Type: typ, Status: vigil.CarriedOut, Date: d, Country: country,
		Evidence: []vigil.Span{{Start: start, End: start + len(sentences[i])}}, Confidence: 0.8}
	if actorCountry != "" {
		ev.Actor = &vigil.ActorRef{Name: "Agency of " + actorCountry, Country: actorCountry}
	}
	if target != "" {
		ev.Target = &vigil.ActorRef{Name: target}
	}
	if country != "" {
		ev.Place = &vigil.Place{Name: "Town in " + country, Country: country, Lat: 50.5, Lon: 4.25, HasCoords: true, Feature: vigil.FeatureCity}
	}
	return ev
}

func put(t *testing.T, s vigil.Store, id, url string, specs ...[4]string) (int64, *vigil.Article) {
	t.Helper()
	var sentences []string
	for _, sp := range specs {
		sentences = append(sentences, fmt.Sprintf("Something of type %s happened in %s to %s.", sp[0], sp[2], sp[3]))
	}
	a := Article(id, url, sentences...)
	var evs []vigil.Event
	for i, sp := range specs {
		evs = append(evs, Event(a, sentences, i, vigil.EventType(sp[0]), sp[1], sp[2], "IR", sp[3]))
	}
	aid, err := s.PutArticle(context.Background(), a, evs, "test-1")
	if err != nil {
		t.Fatalf("PutArticle(%s) = %v", id, err)
	}
	return aid, a
}

func testPutArticles(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	put(t, s, "old", "https://example.org/old", [4]string{"arrest", "2019-02-03", "DE", "courier"})
	mk := func(id, url string) vigil.NewArticle {
		sentences := []string{"Police detained a courier in " + id + "."}
		a := Article(id, url, sentences...)
		return vigil.NewArticle{Article: a, Events: []vigil.Event{Event(a, sentences, 0, vigil.Arrest, "2019-02-04", "DE", "IR", "courier")}}
	}
	batch := []vigil.NewArticle{
		mk("b1", "https://example.org/b1"),
		mk("dup-old", "https://example.org/old"), // stored before
		mk("b2", "https://example.org/b2"),
		mk("dup-b1", "https://example.org/b1"), // earlier in the batch
		mk("b3", ""),
	}
	ids, errs, err := s.PutArticles(ctx, batch, "test-1")
	if err != nil {
		t.Fatalf("PutArticles = %v", err)
	}
	wantConflict := []bool{false, true, false, true, false}
	for i, w := range wantConflict {
		if got := vigil.ErrorCode(errs[i]) == vigil.ECONFLICT; got != w || (!w && (errs[i] != nil || ids[i] == 0)) {
			t.Errorf("PutArticles: article %s: id %d, error %v; want conflict %v", batch[i].Article.ID, ids[i], errs[i], w)
		}
	}
	all, err := s.ArticleIDs(ctx)
	if err != nil || len(all) != 4 {
		t.Errorf("ArticleIDs = %v, %v; want 4 articles", all, err)
	}
	if n, err := s.CountEvents(ctx, vigil.EventFilter{}); err != nil || n != 4 {
		t.Errorf("CountEvents = %d, %v; want 4", n, err)
	}
}

func testPutArticle(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	id, a := put(t, s, "a1", "https://example.org/a1", [4]string{"bombing", "2018-06", "FR", "rally"})
	got, err := s.Article(ctx, id)
	if err != nil {
		t.Fatalf("Article(%d) = %v", id, err)
	}
	if got.Article.Text != a.Text || got.Article.URL != a.URL || got.Article.ID != "a1" || got.Extractor != "test-1" {
		t.Errorf("Article(%d) = %+v, want the stored article", id, got.Article)
	}
	if got.Article.Published != a.Published {
		t.Errorf("Article(%d).Published = %v, want %v", id, got.Article.Published, a.Published)
	}
	for _, tc := range []struct{ url, hash string }{{a.URL, "nohash"}, {"", a.ContentHash()}} {
		if ok, err := s.HasArticle(ctx, tc.url, tc.hash); err != nil || !ok {
			t.Errorf("HasArticle(%q, %q) = %v, %v; want true", tc.url, tc.hash, ok, err)
		}
	}
	if ok, _ := s.HasArticle(ctx, "https://example.org/other", "nohash"); ok {
		t.Errorf("HasArticle(other) = true, want false")
	}
	// Same text under another URL, and same URL with other text: both conflicts.
	dupText := *a
	dupText.URL = "https://example.org/copy"
	dupURL := *a
	dupURL.Text = "Other text."
	for _, d := range []*vigil.Article{&dupText, &dupURL} {
		if _, err := s.PutArticle(ctx, d, nil, "test-1"); vigil.ErrorCode(err) != vigil.ECONFLICT {
			t.Errorf("PutArticle(duplicate %q) = %v, want code %s", d.URL, err, vigil.ECONFLICT)
		}
	}
	// Articles without URL are told apart by their text.
	b := Article("b", "", "Another text.")
	if _, err := s.PutArticle(ctx, b, nil, "test-1"); err != nil {
		t.Errorf("PutArticle(no url) = %v", err)
	}
	c := Article("c", "", "A third text.")
	if _, err := s.PutArticle(ctx, c, nil, "test-1"); err != nil {
		t.Errorf("PutArticle(second no url) = %v", err)
	}
	ids, err := s.ArticleIDs(ctx)
	if err != nil || len(ids) != 3 {
		t.Errorf("ArticleIDs() = %v, %v; want 3 ids", ids, err)
	}
	if _, err := s.Article(ctx, 999999); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("Article(999999) = %v, want %s", err, vigil.ENOTFOUND)
	}
}

func testEvents(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "rally"}, [4]string{"arrest", "2018-07-01", "BE", "couple"})
	put(t, s, "a2", "u2", [4]string{"bombing", "2018", "FR", "rally of exiles"})
	all, err := s.Events(ctx, vigil.EventFilter{})
	if err != nil || len(all) != 3 {
		t.Fatalf("Events() = %d events, %v; want 3", len(all), err)
	}
	e := all[1]
	if e.Event.Type != vigil.Arrest || e.Event.Date.String() != "2018-07-01" || e.Event.Country != "BE" || e.Event.Doc != "a1" || e.Seq != 1 {
		t.Errorf("Events()[1] = %+v, want the arrest of a1", e.Event)
	}
	if e.Event.Target == nil || e.Event.Target.Name != "couple" || e.Event.Actor == nil || e.Event.Actor.Country != "IR" {
		t.Errorf("Events()[1] actor, target = %+v, %+v", e.Event.Actor, e.Event.Target)
	}
	if e.Event.Place == nil || !e.Event.Place.HasCoords || e.Event.Place.Lat != 50.5 {
		t.Errorf("Events()[1].Place = %+v, want coordinates", e.Event.Place)
	}
	if len(e.Evidence) != 1 || e.Evidence[0].Text == "" || e.Evidence[0].Start == 0 {
		t.Errorf("Events()[1].Evidence = %+v, want the second sentence", e.Evidence)
	}
	tests := []struct {
		f    vigil.EventFilter
		want int
	}{
		{vigil.EventFilter{Types: []vigil.EventType{vigil.Bombing}}, 2},
		{vigil.EventFilter{Types: []vigil.EventType{vigil.Bombing, vigil.Arrest}}, 3},
		{vigil.EventFilter{Country: "BE"}, 1},
		{vigil.EventFilter{ActorCountry: "IR"}, 3},
		{vigil.EventFilter{ActorCountry: "RU"}, 0},
		{vigil.EventFilter{FromYear: 2018, ToYear: 2018}, 3},
		{vigil.EventFilter{FromYear: 2019}, 0},
		{vigil.EventFilter{Limit: 2}, 2},
		{vigil.EventFilter{AfterID: all[0].ID}, 2},
		{vigil.EventFilter{Text: "exiles"}, 1},
	}
	for _, tt := range tests {
		got, err := s.Events(ctx, tt.f)
		if err != nil || len(got) != tt.want {
			t.Errorf("Events(%+v) = %d events, %v; want %d", tt.f, len(got), err, tt.want)
		}
		checkEventList(t, s, tt.f)
		if tt.f.Limit == 0 {
			n, err := s.CountEvents(ctx, tt.f)
			if err != nil || n != tt.want {
				t.Errorf("CountEvents(%+v) = %d, %v; want %d", tt.f, n, err, tt.want)
			}
		}
	}
}

// cluster saves a clustering that puts events in the incidents named by ids
// (one per event, in id order), with the given links.
func cluster(t *testing.T, s vigil.Store, ids []string, links map[string]string) []vigil.StoredEvent {
	t.Helper()
	ctx := context.Background()
	evs, err := s.Events(ctx, vigil.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != len(ids) {
		t.Fatalf("cluster: %d events, %d ids", len(evs), len(ids))
	}
	var assign []vigil.Assignment
	byID := map[string]*vigil.Incident{}
	var order []string
	arts := map[string]map[int64]bool{}
	for i, e := range evs {
		assign = append(assign, vigil.Assignment{EventID: e.ID, Incident: ids[i]})
		in, ok := byID[ids[i]]
		if !ok {
			ev := e.Event
			in = &vigil.Incident{ID: ids[i], Type: ev.Type, Status: ev.Status, Date: ev.Date, Country: ev.Country, Place: ev.Place,
				Actor: ev.Actor, Target: ev.Target, ResponseTo: links[ids[i]]}
			byID[ids[i]] = in
			order = append(order, ids[i])
			arts[ids[i]] = map[int64]bool{}
		}
		in.Events++
		arts[ids[i]][e.ArticleID] = true
		in.Articles = len(arts[ids[i]])
	}
	var incs []vigil.Incident
	for _, id := range order {
		incs = append(incs, *byID[id])
	}
	if err := s.SaveIncidents(ctx, assign, incs); err != nil {
		t.Fatalf("SaveIncidents() = %v", err)
	}
	evs, _ = s.Events(ctx, vigil.EventFilter{})
	return evs
}

func testIncidents(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "rally"}, [4]string{"arrest", "2018-07-01", "BE", "couple"})
	put(t, s, "a2", "u2", [4]string{"bombing", "2018-06-30", "FR", "rally"}, [4]string{"assassination", "2017-11", "NL", "activist"})
	evs := cluster(t, s, []string{"plot", "arrest", "plot", "killing"}, map[string]string{"arrest": "plot"})
	if evs[1].Incident != "arrest" || evs[1].ResponseTo != "plot" || evs[0].ResponseTo != "" {
		t.Errorf("event incident/response_to = %q/%q, want arrest/plot", evs[1].Incident, evs[1].ResponseTo)
	}
	in, err := s.Incident(ctx, "plot")
	if err != nil {
		t.Fatalf("Incident(plot) = %v", err)
	}
	if in.Events != 2 || in.Articles != 2 || in.Type != vigil.Bombing || in.Review != vigil.ReviewAuto {
		t.Errorf("Incident(plot) = %+v, want 2 events from 2 articles", in)
	}
	if _, err := s.Incident(ctx, "nothing"); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("Incident(nothing) = %v, want %s", err, vigil.ENOTFOUND)
	}
	got, err := s.Events(ctx, vigil.EventFilter{Incident: "plot"})
	if err != nil || len(got) != 2 {
		t.Errorf("Events(incident plot) = %d, %v; want 2", len(got), err)
	}
	checkEventList(t, s, vigil.EventFilter{})
	checkEventList(t, s, vigil.EventFilter{Incident: "arrest", Limit: 1})
	list, err := s.Incidents(ctx, vigil.EventFilter{FromYear: 2018})
	if err != nil || len(list) != 2 {
		t.Errorf("Incidents(2018) = %d, %v; want 2", len(list), err)
	}
	rows, err := s.Stats(ctx, vigil.StatsQuery{By: []string{"year", "type"}, Examples: 5})
	if err != nil {
		t.Fatalf("Stats() = %v", err)
	}
	want := []vigil.StatsRow{
		{Key: map[string]string{"year": "2017", "type": "assassination"}, Incidents: 1, Events: 1, IDs: []string{"killing"}},
		{Key: map[string]string{"year": "2018", "type": "arrest"}, Incidents: 1, Events: 1, IDs: []string{"arrest"}},
		{Key: map[string]string{"year": "2018", "type": "bombing"}, Incidents: 1, Events: 2, IDs: []string{"plot"}},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("Stats(year,type) mismatch (-want +got):\n%s", diff)
	}
	rows, err = s.Stats(ctx, vigil.StatsQuery{By: []string{"actor-country"}, Filter: vigil.EventFilter{Types: []vigil.EventType{vigil.Bombing, vigil.Assassination}}})
	if err != nil || len(rows) != 1 || rows[0].Incidents != 2 || rows[0].Key["actor-country"] != "IR" {
		t.Errorf("Stats(actor-country) = %+v, %v; want IR: 2", rows, err)
	}
	if _, err := s.Stats(ctx, vigil.StatsQuery{By: []string{"colour"}}); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("Stats(colour) = %v, want %s", err, vigil.EINVALID)
	}
	// Reclustering that drops an incident removes it; ids that stay keep their rows.
	cluster(t, s, []string{"plot", "arrest", "plot", "plot"}, nil)
	if _, err := s.Incident(ctx, "killing"); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("Incident(killing) after recluster = %v, want %s", err, vigil.ENOTFOUND)
	}
	if in, _ := s.Incident(ctx, "arrest"); in == nil || in.ResponseTo != "" {
		t.Errorf("Incident(arrest) after recluster = %+v, want no link", in)
	}
}

func testReview(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "rally"}, [4]string{"arrest", "2018-07-01", "BE", "couple"})
	put(t, s, "a2", "u2", [4]string{"bombing", "2018-06-30", "FR", "rally"}, [4]string{"arrest", "2018-07", "DE", "diplomat"})
	evs := cluster(t, s, []string{"p1", "r1", "p2", "r1"}, map[string]string{"r1": "p2"})
	if err := s.MergeIncidents(ctx, "ana", "p1", "p2"); err != nil {
		t.Fatalf("MergeIncidents = %v", err)
	}
	if in, err := s.Incident(ctx, "p1"); err != nil || in.Events != 2 || in.Review != vigil.ReviewEdited {
		t.Errorf("Incident(p1) after merge = %+v, %v; want 2 events, edited", in, err)
	}
	if in, _ := s.Incident(ctx, "r1"); in == nil || in.ResponseTo != "p1" {
		t.Errorf("Incident(r1).ResponseTo after merge = %+v, want p1", in)
	}
	if _, err := s.Incident(ctx, "p2"); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("Incident(p2) after merge = %v, want gone", err)
	}
	if err := s.MergeIncidents(ctx, "ana", "p1", "nope"); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("MergeIncidents(nope) = %v, want %s", err, vigil.ENOTFOUND)
	}
	newID, err := s.SplitIncident(ctx, "ben", "r1", []int64{evs[3].ID})
	if err != nil {
		t.Fatalf("SplitIncident = %v", err)
	}
	got, _ := s.Events(ctx, vigil.EventFilter{})
	if got[3].Incident != newID || got[1].Incident != "r1" || !got[3].Pinned || !got[1].Pinned || !got[0].Pinned {
		t.Errorf("after split: incidents %q %q, pinned %v %v", got[1].Incident, got[3].Incident, got[1].Pinned, got[3].Pinned)
	}
	if _, err := s.SplitIncident(ctx, "ben", "r1", []int64{evs[0].ID}); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("SplitIncident(foreign event) = %v, want %s", err, vigil.EINVALID)
	}
	title := "The arrest of the couple"
	country := "BE"
	if err := s.EditIncident(ctx, "cy", "r1", vigil.IncidentEdit{Title: &title, Country: &country}); err != nil {
		t.Fatalf("EditIncident = %v", err)
	}
	if err := s.ConfirmIncident(ctx, "cy", newID); err != nil {
		t.Fatalf("ConfirmIncident = %v", err)
	}
	// A reclustering keeps the edited attributes of r1.
	in, _ := s.Incident(ctx, "r1")
	changed := *in
	changed.Country, changed.Title = "NL", ""
	if err := s.SaveIncidents(ctx, nil, []vigil.Incident{changed}); err != nil {
		t.Fatal(err)
	}
	in, _ = s.Incident(ctx, "r1")
	if in.Title != title || in.Country != "BE" || in.Review != vigil.ReviewEdited {
		t.Errorf("Incident(r1) after recluster = %q %q %q, want edits kept", in.Title, in.Country, in.Review)
	}
	log, err := s.AuditLog(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range log {
		actions = append(actions, e.Who+":"+e.Action+":"+e.Incident)
	}
	wantLog := []string{"cy:confirm:" + newID, "cy:edit:r1", "ben:split:r1", "ana:merge:p1"}
	if diff := cmp.Diff(wantLog, actions); diff != "" {
		t.Errorf("AuditLog mismatch (-want +got):\n%s", diff)
	}
	if one, _ := s.AuditLog(ctx, "p1"); len(one) != 1 {
		t.Errorf("AuditLog(p1) = %d entries, want 1", len(one))
	}
}

func testReplaceEvents(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	id, a := put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "rally"}, [4]string{"arrest", "2018-07-01", "BE", "couple"})
	cluster(t, s, []string{"plot", "arrest"}, nil)
	if err := s.ConfirmIncident(ctx, "ana", "plot"); err != nil {
		t.Fatal(err)
	}
	old, _ := s.Events(ctx, vigil.EventFilter{})
	// Re-extraction finds the bombing again (now dated to the day) and drops the arrest.
	sentences := []string{old[0].Evidence[0].Text}
	ev := Event(a, sentences, 0, vigil.Bombing, "2018-06-30", "FR", "IR", "rally")
	if err := s.ReplaceEvents(ctx, id, []vigil.Event{ev}, "test-2"); err != nil {
		t.Fatalf("ReplaceEvents = %v", err)
	}
	got, _ := s.Events(ctx, vigil.EventFilter{})
	if len(got) != 1 || got[0].Event.Date.String() != "2018-06-30" || got[0].Extractor != "test-2" {
		t.Fatalf("after ReplaceEvents: %+v, want the one new bombing", got)
	}
	if !got[0].Pinned || got[0].Incident != "plot" {
		t.Errorf("after ReplaceEvents: incident %q pinned %v, want the confirmed plot kept", got[0].Incident, got[0].Pinned)
	}
	if sa, _ := s.Article(ctx, id); sa.Extractor != "test-2" {
		t.Errorf("article extractor = %q, want test-2", sa.Extractor)
	}
}

func testFailures(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	for _, f := range []vigil.Failure{{Doc: "x", Source: "feed", Reason: "timeout"}, {Doc: "y", Source: "f.warc", Reason: "bad record"}} {
		if err := s.RecordFailure(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Failures(ctx)
	if err != nil || len(got) != 2 || got[0].Doc != "x" || got[1].Reason != "bad record" || got[0].At.IsZero() {
		t.Errorf("Failures() = %+v, %v", got, err)
	}
}

func testSearch(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	id, _ := put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "exiled opposition"})
	put(t, s, "a2", "u2", [4]string{"arrest", "2018-06", "BE", "couple"})
	got, err := s.SearchArticles(ctx, "exiled opposition", 10)
	if err != nil || len(got) != 1 || got[0] != id {
		t.Errorf("SearchArticles(exiled opposition) = %v, %v; want [%d]", got, err, id)
	}
	if _, err := s.SearchArticles(ctx, `"unbalanced AND (`, 10); err != nil {
		t.Errorf("SearchArticles(syntax chars) = %v, want no error", err)
	}
}

// testIncidentPages pages through incidents by id with a limit and the id
// of the last one seen.
func testIncidentPages(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "rally"}, [4]string{"arrest", "2018-07-01", "BE", "couple"})
	put(t, s, "a2", "u2", [4]string{"bombing", "2018-06-30", "FR", "rally"}, [4]string{"assassination", "2017-11", "NL", "activist"})
	cluster(t, s, []string{"i3", "i10", "i2", "i1"}, nil)
	var got []string
	f := vigil.EventFilter{Limit: 2}
	for range 4 {
		page, err := s.Incidents(ctx, f)
		if err != nil {
			t.Fatalf("Incidents(%+v) = %v", f, err)
		}
		for _, in := range page {
			got = append(got, in.ID)
		}
		if len(page) < f.Limit {
			break
		}
		f.AfterIncident = page[len(page)-1].ID
	}
	// ids sort as text: "i10" before "i2"
	if want := []string{"i1", "i10", "i2", "i3"}; !cmp.Equal(got, want) {
		t.Errorf("incidents paged by two = %v, want %v", got, want)
	}
	page, err := s.Incidents(ctx, vigil.EventFilter{FromYear: 2018, AfterIncident: "i10"})
	if err != nil || len(page) != 2 || page[0].ID != "i2" || page[1].ID != "i3" {
		t.Errorf("Incidents(from 2018, after i10) = %+v, %v; want i2 and i3", page, err)
	}
}
