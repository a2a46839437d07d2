package server

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"vigil"
	"vigil/world"
)

// mapPoint is one circle of the map: the incidents at one place (a place with
// coordinates, or a country's centroid when the place has none).
type mapPoint struct {
	Place, Country     string
	Lat, Lon           float64
	Centroid           bool // placed at the country's centroid
	Attacks, Responses int
}

// mapPoints groups the incidents matching f by where they happened; incidents
// with neither coordinates nor a mapped country are left out.
func (s *Server) mapPoints(r *http.Request, f filter) ([]mapPoint, error) {
	all, err := s.listIncidents(r, f)
	if err != nil {
		return nil, err
	}
	by := map[string]*mapPoint{}
	var out []*mapPoint
	for i := range all {
		in := &all[i]
		var p mapPoint
		switch {
		case in.Place != nil && in.Place.HasCoords && in.Place.Feature != vigil.FeatureCountry:
			p = mapPoint{Place: in.Place.Name, Country: in.Place.Country, Lat: round1(in.Place.Lat), Lon: round1(in.Place.Lon)}
		case in.Country != "":
			c, ok := s.world.Centroid(in.Country)
			if !ok {
				continue
			}
			p = mapPoint{Place: s.stateName(in.Country), Country: in.Country, Lat: round1(c.Lat), Lon: round1(c.Lon), Centroid: true}
		default:
			continue
		}
		key := fmt.Sprintf("%s|%.1f|%.1f", p.Country, p.Lat, p.Lon)
		q := by[key]
		if q == nil {
			q = &p
			by[key] = q
			out = append(out, q)
		}
		if in.Type.IsResponse() {
			q.Responses++
		} else {
			q.Attacks++
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Country != out[j].Country {
			return out[i].Country < out[j].Country
		}
		return out[i].Place < out[j].Place
	})
	res := make([]mapPoint, len(out))
	for i, p := range out {
		res[i] = *p
	}
	return res, nil
}

func round1(f float64) float64 { return float64(int64(f*10+sign(f)*0.5)) / 10 }

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// mapSVG draws the points on the world map; each circle links to the
// incidents of its country under the same filter.
func (s *Server) mapSVG(points []mapPoint, f filter) []byte {
	markers := make([]world.Marker, len(points))
	marked := map[string]bool{}
	for i, p := range points {
		cf := f
		cf.Country = p.Country
		n := p.Attacks + p.Responses
		markers[i] = world.Marker{At: world.Point{Lon: p.Lon, Lat: p.Lat}, Count: n,
			Title: fmt.Sprintf("%s: %d incidents (%d attacks, %d responses)", p.Place, n, p.Attacks, p.Responses),
			Link:  "/incidents?" + cf.query()}
		marked[p.Country] = true
	}
	return s.world.SVG(markers, marked)
}

type mapData struct {
	Filter filter
	Query  string
	Map    []byte
	Points []mapPoint
	Types  []vigil.EventType
	Action string
}

func (s *Server) handleMap(w http.ResponseWriter, r *http.Request, f filter) {
	pts, err := s.mapPoints(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "map", mapData{Filter: f, Query: f.query(), Map: s.mapSVG(pts, f), Points: pts, Types: vigil.EventTypes, Action: "/map"})
}

// handleMapFile serves the map as a download, SVG or CSV by the path's extension.
func (s *Server) handleMapFile(w http.ResponseWriter, r *http.Request, f filter) {
	pts, err := s.mapPoints(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if strings.HasSuffix(r.URL.Path, ".svg") {
		download(w, "image/svg+xml", "vigil-map.svg")
		w.Write(s.mapSVG(pts, f))
		return
	}
	download(w, "text/csv; charset=utf-8", "vigil-map.csv")
	cw := csv.NewWriter(w)
	cw.Write([]string{"place", "country", "lat", "lon", "at_centroid", "attacks", "responses"})
	for _, p := range pts {
		cw.Write([]string{csvSafe(p.Place), p.Country, strconv.FormatFloat(p.Lat, 'f', 1, 64), strconv.FormatFloat(p.Lon, 'f', 1, 64),
			strconv.FormatBool(p.Centroid), strconv.Itoa(p.Attacks), strconv.Itoa(p.Responses)})
	}
	cw.Flush()
}

// csvSafe keeps a spreadsheet from reading a cell as a formula.
func csvSafe(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}
