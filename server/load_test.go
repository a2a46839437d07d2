package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"vigil"
	"vigil/server"
	"vigil/sqlite"
)

// loadStates are the sponsoring states of loadStore's events.
var loadStates = []string{"IR", "RU", "CN", "RW", "SA", "BY", "IN", "ER", "TM", "EG"}

// loadStore fills a SQLite store with n synthetic events (50 per article) in
// n/5 incidents spread over 20 years, 8 types and 10 countries.
func loadStore(b *testing.B, n int) *sqlite.DB {
	b.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "load.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	countries := []string{"DE", "GB", "US", "FR", "NL", "SE", "TR", "CA", "AU", "BE"}
	const perArticle = 50
	text := "An agent was arrested after a plot against a dissident. The court charged him."
	for a := 0; a < n/perArticle; a++ {
		evs := make([]vigil.Event, perArticle)
		for i := range evs {
			k := a*perArticle + i
			evs[i] = vigil.Event{Doc: fmt.Sprint("doc", a), Type: vigil.EventTypes[k%8], Status: vigil.CarriedOut,
				Date:    vigil.Date{Year: 2005 + k%20, Month: 1 + k%12, Precision: vigil.PrecisionMonth},
				Country: countries[k%10], Actor: &vigil.ActorRef{Name: "service", Country: loadStates[(k/3)%10], Kind: "agency"},
				Evidence: []vigil.Span{{Start: 0, End: 40}}, Confidence: float64(k%100) / 100}
		}
		art := &vigil.Article{ID: fmt.Sprint("doc", a), Title: fmt.Sprint("Article ", a), Text: fmt.Sprintf("%s %d", text, a)}
		if _, err := st.PutArticle(ctx, art, evs, "bench"); err != nil {
			b.Fatal(err)
		}
	}
	all, err := st.Events(ctx, vigil.EventFilter{})
	if err != nil {
		b.Fatal(err)
	}
	assign := make([]vigil.Assignment, len(all))
	var incs []vigil.Incident
	for i, e := range all {
		id := fmt.Sprintf("i%06d", i/5)
		assign[i] = vigil.Assignment{EventID: e.ID, Incident: id}
		if i%5 == 0 {
			ev := e.Event
			incs = append(incs, vigil.Incident{ID: id, Type: ev.Type, Status: ev.Status, Date: ev.Date, Country: ev.Country,
				Actor: ev.Actor, Review: vigil.ReviewAuto})
		}
	}
	if err := st.SaveIncidents(ctx, assign, incs); err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkLoad measures the overview page and a filtered API listing with
// 100,000 stored events under 50 concurrent clients, reporting p50 and p99.
func BenchmarkLoad(b *testing.B) {
	st := loadStore(b, 100_000)
	ctx := context.Background()
	hash, _ := server.HashPassword("bench-password")
	id, err := st.PutUser(ctx, vigil.User{Name: "bench", Role: vigil.RoleViewer, Hash: hash})
	if err != nil {
		b.Fatal(err)
	}
	tok, err := server.NewAPIToken(ctx, st, id, "bench")
	if err != nil {
		b.Fatal(err)
	}
	h, err := server.New(st, server.Config{})
	if err != nil {
		b.Fatal(err)
	}
	srv := newLoopbackServer(b, h)
	// The synthetic data has no Iranian assassination in 2010-2015, so the
	// first listing answers an empty page; the second asks for a full one, and
	// the third varies state, type and years with every request, so that no
	// cache of one answer can help.
	var varied []string
	for i := range 97 {
		from := 2005 + i%17
		varied = append(varied, fmt.Sprintf("/api/v1/events?state=%s&type=%s&from=%d&to=%d&limit=100",
			loadStates[i%10], vigil.EventTypes[i%8], from, from+i%4))
	}
	if n := countItems(b, srv+"/api/v1/events?state=CN&type=assassination&from=2010&to=2015&limit=100", tok); n != 100 {
		b.Fatalf("the full-page listing has %d items, want 100", n)
	}
	for _, bc := range []struct {
		name  string
		paths []string
	}{
		{"overview", []string{"/"}},
		{"api-events-filtered", []string{"/api/v1/events?state=IR&type=assassination&from=2010&to=2015&limit=100"}},
		{"api-events-filtered-page", []string{"/api/v1/events?state=CN&type=assassination&from=2010&to=2015&limit=100"}},
		{"api-events-varied", varied},
	} {
		b.Run(bc.name, func(b *testing.B) {
			const clients = 50
			jar, _ := cookiejar.New(nil)
			c := &http.Client{Jar: jar, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
			var mu sync.Mutex
			var lat []time.Duration
			b.ResetTimer()
			var wg sync.WaitGroup
			var next int64
			var nmu sync.Mutex
			for range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						nmu.Lock()
						if next >= int64(b.N) {
							nmu.Unlock()
							return
						}
						path := bc.paths[next%int64(len(bc.paths))]
						next++
						nmu.Unlock()
						req, _ := http.NewRequest("GET", srv+path, nil)
						req.Header.Set("Authorization", "Bearer "+tok)
						t0 := time.Now()
						resp, err := c.Do(req)
						if err != nil {
							b.Error(err)
							return
						}
						// a client reads the whole answer, and only a read body
						// lets the connection be used again
						_, err = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						d := time.Since(t0)
						if err != nil {
							b.Error(err)
							return
						}
						if resp.StatusCode != 200 {
							b.Errorf("GET %s = %d", path, resp.StatusCode)
						}
						mu.Lock()
						lat = append(lat, d)
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			b.StopTimer()
			slices.Sort(lat)
			if len(lat) > 0 {
				b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			}
		})
	}
}

// countItems returns how many items an API listing answers.
func countItems(b *testing.B, url, tok string) int {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var ans struct{ Items []json.RawMessage }
	if err := json.NewDecoder(resp.Body).Decode(&ans); err != nil {
		b.Fatalf("GET %s: %v", url, err)
	}
	return len(ans.Items)
}

func newLoopbackServer(b *testing.B, h http.Handler) string {
	srv := &http.Server{Handler: h}
	ln, err := netListen()
	if err != nil {
		b.Fatal(err)
	}
	go srv.Serve(ln)
	b.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}
