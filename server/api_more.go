package server

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"sort"
	"strconv"

	"vigil"
)

// apiActor is one actor with the incidents it appears in, as perpetrator or target.
type apiActor struct {
	Role      string `json:"role"` // perpetrator or target
	Name      string `json:"name"`
	Country   string `json:"country,omitempty"`
	Kind      string `json:"kind,omitempty"`
	Incidents int    `json:"incidents"`
}

// apiActors lists the actors of the incidents matching the filter, most
// incidents first, then by role, country and name.
func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) {
	f, limit, err := listParams(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	all, err := s.listIncidents(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	by := map[apiActor]int{}
	add := func(role string, a *vigil.ActorRef) {
		if a != nil && a.Name != "" {
			by[apiActor{Role: role, Name: a.Name, Country: a.Country, Kind: a.Kind}]++
		}
	}
	for i := range all {
		add("perpetrator", all[i].Actor)
		add("target", all[i].Target)
	}
	out := make([]apiActor, 0, len(by))
	for a, n := range by {
		a.Incidents = n
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Incidents != b.Incidents {
			return a.Incidents > b.Incidents
		}
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		if a.Country != b.Country {
			return a.Country < b.Country
		}
		return a.Name < b.Name
	})
	writeJSON(w, http.StatusOK, listAnswer[apiActor]{Items: out[:min(limit, len(out))]})
}

// apiPlaces lists where the incidents matching the filter happened: the
// points of the map.
func (s *Server) apiPlaces(w http.ResponseWriter, r *http.Request) {
	f, limit, err := listParams(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	pts, err := s.mapPoints(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	type place struct {
		Name      string  `json:"name"`
		Country   string  `json:"country"`
		Lat       float64 `json:"lat"`
		Lon       float64 `json:"lon"`
		Centroid  bool    `json:"at_centroid"`
		Attacks   int     `json:"attacks"`
		Responses int     `json:"responses"`
	}
	ans := listAnswer[place]{Items: []place{}}
	for _, p := range pts[:min(limit, len(pts))] {
		ans.Items = append(ans.Items, place{p.Place, p.Country, p.Lat, p.Lon, p.Centroid, p.Attacks, p.Responses})
	}
	writeJSON(w, http.StatusOK, ans)
}

// apiNetwork returns the actor network with its layout, as drawn at /network.
func (s *Server) apiNetwork(w http.ResponseWriter, r *http.Request, f filter) {
	g, err := s.network(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, g)
}

// maxExportEvents bounds one export.
const maxExportEvents = 1_000_000

// apiExport streams the events (jsonl, csv) or the incidents (geojson)
// matching the filter as a download.
func (s *Server) apiExport(w http.ResponseWriter, r *http.Request, f filter) {
	switch format := r.URL.Query().Get("format"); format {
	case "", "jsonl":
		download(w, "application/x-ndjson", "vigil-events.jsonl")
		enc := json.NewEncoder(w)
		s.eachEvent(w, r, f, func(e *vigil.StoredEvent) { enc.Encode(toAPIEvent(e)) })
	case "csv":
		download(w, "text/csv; charset=utf-8", "vigil-events.csv")
		cw := csv.NewWriter(w)
		cw.Write([]string{"id", "incident", "doc", "type", "status", "date", "country", "place", "lat", "lon", "actor", "actor_country", "target", "confidence"})
		s.eachEvent(w, r, f, func(e *vigil.StoredEvent) {
			ev := &e.Event
			row := []string{strconv.FormatInt(e.ID, 10), e.Incident, csvSafe(ev.Doc), string(ev.Type), string(ev.Status), ev.Date.String(), ev.Country, "", "", "", "", "", "", strconv.FormatFloat(ev.Confidence, 'f', 2, 64)}
			if p := ev.Place; p != nil {
				row[7] = csvSafe(p.Name)
				if p.HasCoords {
					row[8], row[9] = strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)
				}
			}
			if a := ev.Actor; a != nil {
				row[10], row[11] = csvSafe(a.Name), a.Country
			}
			if t := ev.Target; t != nil {
				row[12] = csvSafe(t.Name)
			}
			cw.Write(row)
		})
		cw.Flush()
	case "geojson":
		s.exportGeoJSON(w, r, f)
	default:
		s.error(w, r, errInvalid("format: want jsonl, csv or geojson, not %q", format))
	}
}

// eachEvent calls fn for every event matching f (redacted for r), in id order,
// reading the store a thousand at a time. Errors after the first byte can only
// end the download early; they are logged.
func (s *Server) eachEvent(w http.ResponseWriter, r *http.Request, f filter, fn func(*vigil.StoredEvent)) {
	f.AfterID, f.Limit = 0, 1000
	for n := 0; n < maxExportEvents; {
		page, err := s.store.Events(r.Context(), scoped(r, f.EventFilter))
		if err != nil {
			s.log.Error("export", "err", err)
			return
		}
		for i := range page {
			e := &page[i]
			f.AfterID = e.ID
			if !f.matchEvent(&e.Event) {
				continue
			}
			redactStored(r, e)
			fn(e)
			n++
		}
		if len(page) < f.Limit {
			return
		}
	}
}

// exportGeoJSON writes the incidents matching f as point features, at their
// place or their country's centroid; incidents with neither are left out.
func (s *Server) exportGeoJSON(w http.ResponseWriter, r *http.Request, f filter) {
	all, err := s.listIncidents(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	type geometry struct {
		Type        string     `json:"type"`
		Coordinates [2]float64 `json:"coordinates"`
	}
	type feature struct {
		Type       string      `json:"type"`
		Geometry   geometry    `json:"geometry"`
		Properties apiIncident `json:"properties"`
	}
	out := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for i := range all {
		in := &all[i]
		var lon, lat float64
		switch c, ok := s.world.Centroid(in.Country); {
		case in.Place != nil && in.Place.HasCoords:
			lon, lat = in.Place.Lon, in.Place.Lat
		case ok:
			lon, lat = c.Lon, c.Lat
		default:
			continue
		}
		out.Features = append(out.Features, feature{"Feature", geometry{"Point", [2]float64{lon, lat}}, toAPIIncident(in)})
	}
	download(w, "application/geo+json", "vigil-incidents.geojson")
	json.NewEncoder(w).Encode(out)
}
