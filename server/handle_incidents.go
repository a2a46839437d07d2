package server

import (
	"net/http"
	"sort"

	"vigil"
)

const pageSize = 50

type incidentsData struct {
	Filter    filter
	Query     string
	Incidents []incidentRow
	Total     int
	Page      int
	Prev      string
	Next      string
	Types     []vigil.EventType
	Statuses  []vigil.Status
	CSVLink   string
}

type incidentRow struct {
	vigil.Incident
	StateName, CountryName string
}

// listIncidents returns the incidents matching f, newest first then by id.
func (s *Server) listIncidents(r *http.Request, f filter) ([]vigil.Incident, error) {
	all, err := s.store.Incidents(r.Context(), scoped(r, f.EventFilter))
	if err == nil {
		err = s.unlinkHidden(r, all)
	}
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for i := range all {
		if f.matchIncident(&all[i]) {
			redactIncident(r, &all[i])
			out = append(out, all[i])
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := dateKey(out[i].Date), dateKey(out[j].Date)
		if a != b {
			return a > b
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func (s *Server) handleIncidents(w http.ResponseWriter, r *http.Request, f filter) {
	pg, err := intParam(r.URL.Query(), "page", 1, 1, 1<<20)
	if err != nil {
		s.error(w, r, err)
		return
	}
	all, err := s.listIncidents(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	d := incidentsData{Filter: f, Query: f.query(), Total: len(all), Page: pg, Types: vigil.EventTypes,
		Statuses: []vigil.Status{vigil.CarriedOut, vigil.Attempted, vigil.Foiled, vigil.Planned}}
	lo := min((pg-1)*pageSize, len(all))
	hi := min(lo+pageSize, len(all))
	for _, in := range all[lo:hi] {
		row := incidentRow{Incident: in, CountryName: s.stateName(in.Country)}
		if in.Actor != nil {
			row.StateName = s.stateName(in.Actor.Country)
		}
		d.Incidents = append(d.Incidents, row)
	}
	if pg > 1 {
		d.Prev = "/incidents?" + f.query("page", itoa(pg-1))
	}
	if hi < len(all) {
		d.Next = "/incidents?" + f.query("page", itoa(pg+1))
	}
	s.render(w, r, http.StatusOK, "incidents", d)
}
