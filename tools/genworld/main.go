// Command genworld writes vigil's embedded world map, world/countries.txt,
// from the countries-110m.json TopoJSON file of the npm package world-atlas
// 2.0.2 (Natural Earth 1:110m admin-0 countries, public domain).
//
// Usage:
//
//	dir=$(mktemp -d) && npm install --prefix "$dir" world-atlas@2.0.2
//	go run ./tools/genworld "$dir/node_modules/world-atlas/countries-110m.json" > world/countries.txt
//
// It decodes the quantized, delta-encoded arcs, joins them into rings, keys
// each country by ISO 3166-1 alpha-2 (iso.go), rounds coordinates to tenths of
// a degree and drops Antarctica.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []geometry `json:"geometries"`
	} `json:"objects"`
}

type geometry struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

// point is a position in tenths of a degree.
type point struct{ lon, lat int }

type country struct {
	code, name string
	rings      [][]point
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genworld countries-110m.json > world/countries.txt")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "genworld:", err)
		os.Exit(1)
	}
	defer f.Close()
	cs, err := decode(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genworld:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	write(w, cs)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genworld:", err)
		os.Exit(1)
	}
}

// decode reads the topology and returns its countries sorted by code.
func decode(r io.Reader) ([]*country, error) {
	var t topology
	if err := json.NewDecoder(r).Decode(&t); err != nil {
		return nil, fmt.Errorf("read topology: %w", err)
	}
	if t.Type != "Topology" || t.Transform == nil {
		return nil, fmt.Errorf("not a quantized TopoJSON topology")
	}
	// Decode every arc once: cumulative sums of the deltas, then the transform.
	arcs := make([][]point, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		for _, d := range a {
			x += d[0]
			y += d[1]
			lon := x*t.Transform.Scale[0] + t.Transform.Translate[0]
			lat := y*t.Transform.Scale[1] + t.Transform.Translate[1]
			arcs[i] = append(arcs[i], point{round(lon * 10), round(lat * 10)})
		}
	}
	byCode := map[string]*country{}
	for _, g := range t.Objects["countries"].Geometries {
		code := isoNumeric[g.ID]
		if code == "" {
			code = byName[g.Properties.Name]
		}
		if code == "" {
			return nil, fmt.Errorf("no ISO code for feature %q (%s)", g.ID, g.Properties.Name)
		}
		if code == "AQ" {
			continue
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("%s arcs: %w", code, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("%s arcs: %w", code, err)
			}
		default:
			return nil, fmt.Errorf("%s: unexpected geometry %q", code, g.Type)
		}
		c := byCode[code]
		if c == nil {
			c = &country{code: code, name: g.Properties.Name}
			byCode[code] = c
		}
		for _, p := range polys {
			for _, ring := range p {
				pts, err := joinRing(arcs, ring)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", code, err)
				}
				if len(pts) >= 3 {
					c.rings = append(c.rings, pts)
				}
			}
		}
	}
	out := make([]*country, 0, len(byCode))
	for _, c := range byCode {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].code < out[j].code })
	return out, nil
}

// joinRing concatenates the arcs of one ring (a negative index ~i is arc i
// reversed), dropping each arc's first point, which repeats the last one, and
// points that rounding made equal to the one before.
func joinRing(arcs [][]point, idx []int) ([]point, error) {
	var out []point
	for _, i := range idx {
		rev := i < 0
		if rev {
			i = ^i
		}
		if i >= len(arcs) {
			return nil, fmt.Errorf("arc %d out of range", i)
		}
		a := arcs[i]
		for k := range a {
			p := a[k]
			if rev {
				p = a[len(a)-1-k]
			}
			if len(out) > 0 && out[len(out)-1] == p {
				continue
			}
			out = append(out, p)
		}
	}
	if len(out) > 1 && out[0] == out[len(out)-1] {
		out = out[:len(out)-1]
	}
	return out, nil
}

func round(f float64) int {
	if f < 0 {
		return -int(-f + 0.5)
	}
	return int(f + 0.5)
}

// write prints one line per country: code, name, and its rings separated by
// ";", each ring's points "lon,lat" in tenths of a degree separated by spaces.
func write(w io.Writer, cs []*country) {
	fmt.Fprintln(w, "# vigil world map: Natural Earth 1:110m admin-0 countries via world-atlas 2.0.2 (countries-110m.json).")
	fmt.Fprintln(w, "# Written by tools/genworld. Fields: ISO 3166-1 alpha-2, name, rings (\";\"), points \"lon,lat\" in tenths of a degree.")
	for _, c := range cs {
		rings := make([]string, len(c.rings))
		for i, r := range c.rings {
			pts := make([]string, len(r))
			for k, p := range r {
				pts[k] = fmt.Sprintf("%d,%d", p.lon, p.lat)
			}
			rings[i] = strings.Join(pts, " ")
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", c.code, c.name, strings.Join(rings, ";"))
	}
}
