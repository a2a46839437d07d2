package storetest

import (
	"context"
	"fmt"
	"iter"
	"testing"

	"vigil"
)

// Synthetic describes a generated store: Events events, EventsPerArticle per
// article, every incident told by EventsPerIncident events of different
// articles.
type Synthetic struct {
	Events            int
	EventsPerArticle  int
	EventsPerIncident int
}

var (
	synthCountries = []string{"DE", "FR", "GB", "US", "CA", "NL", "BE", "SE", "NO", "DK", "AT", "CH", "IT", "ES", "PL", "TR", "AU", "NZ", "JP", "KR",
		"IN", "PK", "AE", "SA", "IR", "IQ", "SY", "LB", "IL", "EG", "KE", "UG", "RW", "ZA", "NG", "GH", "BR", "AR", "MX", "CL"}
	synthStates = []string{"IR", "CN", "RU", "BY", "RW", "SA", "IN", "TR", "ER", "VN"}
)

func (s Synthetic) incidents() int { return (s.Events + s.EventsPerIncident - 1) / s.EventsPerIncident }

// incident returns the attributes of incident k.
func (s Synthetic) incident(k int) vigil.Incident {
	h := uint64(k)*0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019
	h ^= h >> 29
	typ := vigil.EventTypes[h%uint64(len(vigil.EventTypes))]
	year := 2000 + int(h>>8%26)
	month := 1 + int(h>>16%12)
	day := 1 + int(h>>24%28)
	country := synthCountries[h>>32%uint64(len(synthCountries))]
	state := synthStates[h>>40%uint64(len(synthStates))]
	in := vigil.Incident{ID: fmt.Sprintf("s%d", k), Type: typ, Status: vigil.CarriedOut, Review: vigil.ReviewAuto,
		Date: vigil.Date{Year: year, Month: month, Day: day, Precision: vigil.PrecisionDay}, Country: country,
		Place:  &vigil.Place{Name: "Town " + country, Country: country, Lat: 40 + float64(h>>48%20), Lon: float64(h >> 52 % 40), HasCoords: true, Feature: vigil.FeatureCity},
		Actor:  &vigil.ActorRef{Name: "Service of " + state, Country: state},
		Target: &vigil.ActorRef{Name: fmt.Sprintf("Dissident %d", k)},
		Events: s.EventsPerIncident, Articles: s.EventsPerIncident}
	if typ.IsResponse() && k > 0 {
		in.ResponseTo = fmt.Sprintf("s%d", k-1)
	}
	return in
}

// Articles yields the synthetic articles with their events; event j belongs to
// incident j mod the number of incidents, so that no incident has two events of
// one article.
func (s Synthetic) Articles() iter.Seq[vigil.BulkArticle] {
	return func(yield func(vigil.BulkArticle) bool) {
		ni := s.incidents()
		for start := 0; start < s.Events; start += s.EventsPerArticle {
			n := min(s.EventsPerArticle, s.Events-start)
			var sentences []string
			for j := start; j < start+n; j++ {
				sentences = append(sentences, fmt.Sprintf("Report of case %d, one of many in the synthetic store.", j%ni))
			}
			a := Article(fmt.Sprintf("syn-%d", start/s.EventsPerArticle), "", sentences...)
			ba := vigil.BulkArticle{Article: a}
			for j := start; j < start+n; j++ {
				in := s.incident(j % ni)
				ev := Event(a, sentences, j-start, in.Type, in.Date.String(), in.Country, in.Actor.Country, in.Target.Name)
				ba.Events = append(ba.Events, ev)
				ba.Incidents = append(ba.Incidents, in.ID)
			}
			if !yield(ba) {
				return
			}
		}
	}
}

// Incidents yields the synthetic incidents.
func (s Synthetic) Incidents() iter.Seq[vigil.Incident] {
	return func(yield func(vigil.Incident) bool) {
		for k := range s.incidents() {
			if !yield(s.incident(k)) {
				return
			}
		}
	}
}

// Million is the store of the 1,000,000-event benchmarks.
var Million = Synthetic{Events: 1_000_000, EventsPerArticle: 10, EventsPerIncident: 3}

// Fill bulk-loads the synthetic store into s unless it already holds its events
// (so that a cached store is built once).
func Fill(b *testing.B, s vigil.Store, syn Synthetic) {
	b.Helper()
	ctx := context.Background()
	n, err := s.CountEvents(ctx, vigil.EventFilter{})
	if err != nil {
		b.Fatal(err)
	}
	if n == syn.Events {
		return
	}
	if n != 0 {
		b.Fatalf("store holds %d events, want 0 or %d", n, syn.Events)
	}
	bl, ok := s.(vigil.BulkLoader)
	if !ok {
		b.Fatalf("%T cannot bulk load", s)
	}
	if err := bl.BulkLoad(ctx, syn.Articles(), syn.Incidents()); err != nil {
		b.Fatalf("BulkLoad = %v", err)
	}
}

// BenchStats measures vigil stats by year and type for one state (the
// question of the reference article), on a filled store.
func BenchStats(b *testing.B, s vigil.Store) {
	ctx := context.Background()
	q := vigil.StatsQuery{By: []string{"year", "type"}, Filter: vigil.EventFilter{ActorCountry: "IR"}, Examples: 5}
	for b.Loop() {
		rows, err := s.Stats(ctx, q)
		if err != nil || len(rows) == 0 {
			b.Fatalf("Stats = %d rows, %v", len(rows), err)
		}
	}
}

// BenchStatsAll measures vigil stats by year and type over every incident.
func BenchStatsAll(b *testing.B, s vigil.Store) {
	ctx := context.Background()
	q := vigil.StatsQuery{By: []string{"year", "type"}, Examples: 3}
	for b.Loop() {
		rows, err := s.Stats(ctx, q)
		if err != nil || len(rows) == 0 {
			b.Fatalf("Stats = %d rows, %v", len(rows), err)
		}
	}
}

// BenchEvents measures a filtered event listing: one page of the bombings in
// one country over a span of years.
func BenchEvents(b *testing.B, s vigil.Store) {
	ctx := context.Background()
	f := vigil.EventFilter{Types: []vigil.EventType{vigil.Bombing}, Country: "DE", FromYear: 2010, ToYear: 2020, Limit: 100}
	for b.Loop() {
		evs, err := s.Events(ctx, f)
		if err != nil || len(evs) == 0 {
			b.Fatalf("Events = %d, %v", len(evs), err)
		}
	}
}

// Bench runs every benchmark of the suite on a filled store.
func Bench(b *testing.B, s vigil.Store) {
	b.Run("Stats", func(b *testing.B) { BenchStats(b, s) })
	b.Run("StatsAll", func(b *testing.B) { BenchStatsAll(b, s) })
	b.Run("Events", func(b *testing.B) { BenchEvents(b, s) })
}
