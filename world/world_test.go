package world

import (
	"encoding/xml"
	"math"
	"strings"
	"testing"
)

func TestNewHasCountriesWithCentroids(t *testing.T) {
	m, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(m.Countries()); n < 170 {
		t.Errorf("New() has %d countries, want at least 170", n)
	}
	// Centroids within a few degrees of where the countries are.
	tests := []struct {
		code     string
		lon, lat float64
	}{
		{"IR", 54, 32},
		{"DE", 10.4, 51.1},
		{"FR", 2.5, 46.5}, // mainland, not pulled to French Guiana
		{"US", -98, 39},
		{"XK", 20.9, 42.6},
		{"AU", 134, -25},
	}
	for _, tt := range tests {
		p, ok := m.Centroid(tt.code)
		if !ok {
			t.Errorf("Centroid(%q): no such country", tt.code)
			continue
		}
		if math.Abs(p.Lon-tt.lon) > 4 || math.Abs(p.Lat-tt.lat) > 4 {
			t.Errorf("Centroid(%q) = %.1f,%.1f, want near %.1f,%.1f", tt.code, p.Lon, p.Lat, tt.lon, tt.lat)
		}
	}
	if _, ok := m.Country("AQ"); ok {
		t.Errorf("Country(AQ) found, want Antarctica left out")
	}
}

func TestParseRejectsBadLines(t *testing.T) {
	for _, src := range []string{
		"IR\tIran",
		"IR\tIran\t1,2 3",
		"IR\tIran\t1,2 3,4 9999,0",
		"IRN\tIran\t1,2 3,4 5,6",
		"IR\tIran\t1,2 3,4",
	} {
		if _, err := Parse(src); err == nil {
			t.Errorf("Parse(%q) = nil error, want one", src)
		}
	}
}

func TestSVGIsWellFormedAndEscaped(t *testing.T) {
	m, err := New()
	if err != nil {
		t.Fatal(err)
	}
	svg := m.SVG([]Marker{
		{At: Point{13.4, 52.5}, Count: 3, Title: `Berlin <script>"x"</script>`, Link: "/incidents?country=DE&from=2020"},
		{At: Point{-0.1, 51.5}, Count: 1, Title: "London"},
	}, map[string]bool{"DE": true, "ZZ": true})
	d := xml.NewDecoder(strings.NewReader(string(svg)))
	circles := 0
	for {
		tok, err := d.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("SVG is not well-formed XML: %v", err)
			}
			break
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "circle" {
			circles++
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "script" {
			t.Errorf("SVG has a script element")
		}
	}
	if circles != 2 {
		t.Errorf("SVG has %d circles, want 2", circles)
	}
	if !strings.Contains(string(svg), `href="/incidents?country=DE&amp;from=2020"`) {
		t.Errorf("SVG link not escaped as an attribute")
	}
}

func TestProjectCorners(t *testing.T) {
	tests := []struct {
		p    Point
		x, y float64
	}{
		{Point{-180, north}, 0, 0},
		{Point{180, south}, Width, float64(Height)},
	}
	for _, tt := range tests {
		x, y := Project(tt.p)
		if math.Abs(x-tt.x) > 1 || math.Abs(y-tt.y) > 1 {
			t.Errorf("Project(%v) = %.1f,%.1f, want %.1f,%.1f", tt.p, x, y, tt.x, tt.y)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
