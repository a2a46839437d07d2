package warc

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestIsArchive(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"crawl.warc", true},
		{"crawl.WARC.GZ", true},
		{"crawl.warc.gz", true},
		{"crawl.gz", false},
		{"notes.txt", false},
		{"warc", false},
	}
	for _, tt := range tests {
		if got := IsArchive(tt.path); got != tt.want {
			t.Errorf("IsArchive(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

type got struct {
	ID, URL, Title string
	HasText        bool
}

func TestRead(t *testing.T) {
	want := []got{
		{"https://news.example.org/court", "https://news.example.org/court", "Harbour town court hears spying case", true},
		{"https://news.example.org/embassy", "https://news.example.org/embassy", "Embassy staff told to leave", true},
	}
	for _, name := range []string{"sample.warc", "sample.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			var out []got
			for a, err := range Read(context.Background(), filepath.Join("testdata", name), Options{}) {
				if err != nil {
					t.Fatalf("Read(%s): %v", name, err)
				}
				out = append(out, got{a.ID, a.URL, a.Title, strings.Contains(a.Text, "court in Gothenburg") || strings.Contains(a.Text, "ordered two embassy staff")})
				if !strings.HasPrefix(a.Source, filepath.Join("testdata", name)+" at offset ") {
					t.Errorf("Read(%s): Source = %q, want the archive and offset", name, a.Source)
				}
			}
			if diff := cmp.Diff(want, out); diff != "" {
				t.Errorf("Read(%s) articles (-want +got):\n%s", name, diff)
			}
		})
	}
}

func TestReadPageLimit(t *testing.T) {
	var errs, arts int
	for a, err := range Read(context.Background(), "testdata/sample.warc", Options{MaxPageBytes: 100}) {
		if err != nil {
			errs++
			if !strings.Contains(err.Error(), "size limit") {
				t.Errorf("Read with a 100-byte limit: error %v, want one about the size limit", err)
			}
		}
		if a != nil {
			arts++
		}
	}
	if errs != 2 || arts != 0 {
		t.Errorf("Read with a 100-byte limit: %d articles, %d errors; want 0 articles, 2 errors", arts, errs)
	}
}

func TestReadMissing(t *testing.T) {
	n := 0
	for a, err := range Read(context.Background(), "testdata/none.warc", Options{}) {
		n++
		if a != nil || err == nil {
			t.Errorf("Read(missing file) = %v, %v; want an error", a, err)
		}
	}
	if n != 1 {
		t.Errorf("Read(missing file) yielded %d times, want 1", n)
	}
}

// FuzzRead checks that no archive, however damaged, panics the reader or makes
// it loop.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"sample.warc", "sample.warc.gz"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, strings.HasSuffix(name, ".gz"))
	}
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>"), false)
	f.Add([]byte("WARC/1.0\r\n\r\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, gz bool) {
		name := "f.warc"
		if gz {
			name += ".gz"
		}
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		n := 0
		for range Read(context.Background(), path, Options{MaxPageBytes: 1 << 16}) {
			if n++; n > len(data)+10 {
				t.Fatalf("Read yielded more than %d results on %d bytes", n, len(data))
			}
		}
	})
}
