// Package world owns vigil's world map: the country outlines embedded in
// countries.txt (Natural Earth 1:110m via the npm package world-atlas 2.0.2,
// written by tools/genworld), each country's centroid, and the SVG map of
// incidents drawn on them in an equirectangular projection. It does no I/O:
// the outlines are parsed once by New and shared read-only.
package world

import (
	_ "embed"
	"fmt"
	"html"
	"math"
	"sort"
	"strconv"
	"strings"
)

//go:embed countries.txt
var countriesTxt string

// Point is a position in degrees.
type Point struct{ Lon, Lat float64 }

// Country is one country's outline.
type Country struct {
	Code     string // ISO 3166-1 alpha-2
	Name     string
	Rings    [][]Point
	Centroid Point // the centroid of its largest ring
}

// Map holds the parsed outlines and the base layer of the SVG drawn from them.
type Map struct {
	countries []Country
	byCode    map[string]int
	base      string // the country paths, drawn once
}

// The drawing: equirectangular, cut at 84°N and 58°S (no Antarctica).
const (
	Width            = 960
	north, south     = 84.0, -58.0
	scale            = Width / 360.0
	Height           = 379 // (north - south) * scale, rounded up
	maxMarkerRadius  = 22.0
	oceanColour      = "#e8eef3"
	landColour       = "#d9d4c7"
	markedLandColour = "#c9b9a0"
)

// New parses the embedded outlines.
func New() (*Map, error) { return Parse(countriesTxt) }

// Parse reads outlines in the format tools/genworld writes.
func Parse(src string) (*Map, error) {
	m := &Map{byCode: map[string]int{}}
	for n, line := range strings.Split(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || len(f[0]) != 2 {
			return nil, fmt.Errorf("world: line %d: want code, name and rings", n+1)
		}
		c := Country{Code: f[0], Name: f[1]}
		for _, rs := range strings.Split(f[2], ";") {
			var ring []Point
			for _, p := range strings.Fields(rs) {
				x, y, ok := strings.Cut(p, ",")
				lon, err1 := strconv.Atoi(x)
				lat, err2 := strconv.Atoi(y)
				if !ok || err1 != nil || err2 != nil || lon < -1800 || lon > 1800 || lat < -900 || lat > 900 {
					return nil, fmt.Errorf("world: line %d: bad point %q", n+1, p)
				}
				ring = append(ring, Point{float64(lon) / 10, float64(lat) / 10})
			}
			if len(ring) >= 3 {
				c.Rings = append(c.Rings, ring)
			}
		}
		if len(c.Rings) == 0 {
			return nil, fmt.Errorf("world: line %d: %s has no ring", n+1, c.Code)
		}
		c.Centroid = centroid(c.Rings)
		m.byCode[c.Code] = len(m.countries)
		m.countries = append(m.countries, c)
	}
	var b strings.Builder
	for _, c := range m.countries {
		fmt.Fprintf(&b, `<path data-code="%s" d="%s"><title>%s</title></path>`, c.Code, pathData(c.Rings), html.EscapeString(c.Name))
	}
	m.base = b.String()
	return m, nil
}

// Countries returns every country, by code.
func (m *Map) Countries() []Country { return m.countries }

// Country returns the country with an ISO alpha-2 code.
func (m *Map) Country(code string) (Country, bool) {
	i, ok := m.byCode[code]
	if !ok {
		return Country{}, false
	}
	return m.countries[i], true
}

// Centroid returns the centroid of a country's largest ring.
func (m *Map) Centroid(code string) (Point, bool) {
	c, ok := m.Country(code)
	return c.Centroid, ok
}

// centroid returns the area centroid of the largest ring (shoelace formula).
func centroid(rings [][]Point) Point {
	var best Point
	bestArea := -1.0
	for _, r := range rings {
		var a, cx, cy float64
		for i := range r {
			p, q := r[i], r[(i+1)%len(r)]
			cross := p.Lon*q.Lat - q.Lon*p.Lat
			a += cross
			cx += (p.Lon + q.Lon) * cross
			cy += (p.Lat + q.Lat) * cross
		}
		if math.Abs(a) <= bestArea {
			continue
		}
		bestArea = math.Abs(a)
		if a == 0 {
			best = r[0]
			continue
		}
		best = Point{cx / (3 * a), cy / (3 * a)}
	}
	return best
}

// Project returns the drawing coordinates of p.
func Project(p Point) (x, y float64) {
	return (p.Lon + 180) * scale, (north - p.Lat) * scale
}

func pathData(rings [][]Point) string {
	var b strings.Builder
	for _, r := range rings {
		for i, p := range r {
			x, y := Project(p)
			if i == 0 {
				b.WriteByte('M')
			} else {
				b.WriteByte('L')
			}
			b.WriteString(strconv.FormatFloat(x, 'f', 1, 64))
			b.WriteByte(' ')
			b.WriteString(strconv.FormatFloat(y, 'f', 1, 64))
		}
		b.WriteByte('Z')
	}
	return b.String()
}

// Marker is a circle on the map: a number of incidents at one place.
type Marker struct {
	At    Point
	Count int
	Title string // shown on hover
	Link  string // where a click leads; "" for none
}

// SVG draws the map with a circle for each marker, its area proportional to
// its count, and shades the countries in marked. Every text is escaped.
func (m *Map) SVG(markers []Marker, marked map[string]bool) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="Map of incidents">`, Width, Height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="%s"/>`, Width, Height, oceanColour)
	fmt.Fprintf(&b, `<g fill="%s" stroke="#fff" stroke-width="0.4" fill-rule="evenodd">%s</g>`, landColour, m.base)
	if len(marked) > 0 {
		codes := make([]string, 0, len(marked))
		for c := range marked {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		fmt.Fprintf(&b, `<g fill="%s" stroke="#fff" stroke-width="0.4" fill-rule="evenodd">`, markedLandColour)
		for _, code := range codes {
			if c, ok := m.Country(code); ok {
				fmt.Fprintf(&b, `<path d="%s"/>`, pathData(c.Rings))
			}
		}
		b.WriteString(`</g>`)
	}
	peak := 1
	for _, mk := range markers {
		peak = max(peak, mk.Count)
	}
	// Big circles first, so small ones stay on top and clickable.
	order := make([]int, len(markers))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return markers[order[i]].Count > markers[order[j]].Count })
	b.WriteString(`<g fill="#8a1c1c" fill-opacity="0.6" stroke="#5a0e0e" stroke-width="0.6">`)
	for _, i := range order {
		mk := markers[i]
		x, y := Project(mk.At)
		r := 2.5 + (maxMarkerRadius-2.5)*math.Sqrt(float64(mk.Count)/float64(peak))
		circle := fmt.Sprintf(`<circle cx="%.1f" cy="%.1f" r="%.1f"><title>%s</title></circle>`, x, y, r, html.EscapeString(mk.Title))
		if mk.Link != "" {
			fmt.Fprintf(&b, `<a href="%s">%s</a>`, html.EscapeString(mk.Link), circle)
		} else {
			b.WriteString(circle)
		}
	}
	b.WriteString(`</g>`)
	if len(markers) == 0 {
		fmt.Fprintf(&b, `<text x="20" y="%d" font-size="14">No incident with a known place matches.</text>`, Height-20)
	}
	b.WriteString(`</svg>`)
	return []byte(b.String())
}
