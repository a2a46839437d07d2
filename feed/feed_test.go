package feed

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestIsFeed(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"https://news.example.org/feed", true},
		{"HTTP://news.example.org/rss", true},
		{"news.rss", true},
		{"news.atom", true},
		{"sitemap.XML", true},
		{"article.html", false},
		{"articles.jsonl", false},
	}
	for _, tt := range tests {
		if got := IsFeed(tt.in); got != tt.want {
			t.Errorf("IsFeed(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

type got struct {
	ID, URL, Title, Published string
	Snippet                   bool
}

const pageHTML = `<html><head><title>Diplomats expelled</title></head><body><nav>Menu</nav><article><h1>Diplomats expelled</h1>
<p>The foreign ministry gave two diplomats a week to leave after the security police said they had threatened a family of refugees.</p></article></body></html>`

// summaryFeed writes testdata/summary.rss with its summary-only item pointing
// at a page of srv.
func summaryFeed(t *testing.T, pageURL string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/summary.rss")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "summary.rss")
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(string(b), "PAGE_URL", pageURL)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func read(t *testing.T, src string, opts Options) ([]got, []error) {
	t.Helper()
	var out []got
	var errs []error
	for a, err := range Read(context.Background(), src, opts) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, got{a.ID, a.URL, a.Title, a.Published.String(),
			strings.Contains(a.Text, "followed an exiled writer") || strings.Contains(a.Text, "gave two diplomats a week")})
		if a.Source != src {
			t.Errorf("Read(%s): Source = %q, want the feed", src, a.Source)
		}
	}
	return out, errs
}

func TestReadFetchesSummaryItems(t *testing.T) {
	fetched := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetched++
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(pageHTML))
	}))
	defer srv.Close()
	src := summaryFeed(t, srv.URL+"/expel")
	out, errs := read(t, src, Options{})
	want := []got{
		{"oslo-1", "https://news.example.org/oslo", "Writer followed in Oslo", "2024-03-05", true},
		{"expel-2", srv.URL + "/expel", "Diplomats expelled", "2024-03-06", true},
	}
	if len(errs) > 0 {
		t.Errorf("Read(%s) errors: %v", src, errs)
	}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("Read(%s) (-want +got):\n%s", src, diff)
	}
	if fetched != 1 {
		t.Errorf("Read(%s) fetched %d pages, want 1 (only the summary item)", src, fetched)
	}
}

func TestReadAtom(t *testing.T) {
	out, errs := read(t, "testdata/full.atom", Options{})
	want := []got{{"urn:example:oslo", "https://news.example.org/oslo", "Writer followed in Oslo", "2024-03-07", true}}
	if len(errs) > 0 {
		t.Errorf("Read(full.atom) errors: %v", errs)
	}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("Read(full.atom) (-want +got):\n%s", diff)
	}
}

func TestReadItemFailuresDoNotStop(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		opts    Options
		wantErr string
	}{
		{"not found", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }, Options{}, "404"},
		{"too large", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(strings.Repeat("<p>x</p>", 5000))) }, Options{MaxBytes: 20000}, "size limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			src := summaryFeed(t, srv.URL+"/expel")
			out, errs := read(t, src, tt.opts)
			if len(out) != 1 || out[0].ID != "oslo-1" {
				t.Errorf("Read(%s) = %+v, want the full-text item only", src, out)
			}
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.wantErr) {
				t.Errorf("Read(%s) errors = %v, want one mentioning %q", src, errs, tt.wantErr)
			}
		})
	}
}

func TestReadHTTPFeed(t *testing.T) {
	b, err := os.ReadFile("testdata/full.atom")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(b) }))
	defer srv.Close()
	n := 0
	for a, err := range Read(context.Background(), srv.URL+"/feed", Options{}) {
		if err != nil || a.ID != "urn:example:oslo" {
			t.Errorf("Read(http feed) = %v, %v; want the Oslo entry", a, err)
		}
		n++
	}
	if n != 1 {
		t.Errorf("Read(http feed) yielded %d, want 1", n)
	}
}

// FuzzRead checks that no feed file panics the reader. Items without full text
// point nowhere reachable, so no page is fetched.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"summary.rss", "full.atom"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<rss><channel><item><title>t</title></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content>&lt;p&gt;</content></entry></feed>`))
	client := &http.Client{Transport: failTransport{}}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.xml")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for range Read(context.Background(), path, Options{Client: client, MaxBytes: 1 << 20}) {
		}
	})
}

type failTransport struct{}

func (failTransport) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, http.ErrNotSupported
}

func TestReadDoesNotOpenLocalLinks(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "secret.html")
	if err := os.WriteFile(secret, []byte("<html><body><p>private local text</p></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := summaryFeed(t, secret)
	for a, err := range Read(context.Background(), src, Options{}) {
		if err == nil && strings.Contains(a.Text, "private local text") {
			t.Errorf("Read(%s) read the local file an item links to", src)
		}
	}
}
