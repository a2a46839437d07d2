package server

import (
	"context"
	"net/http"
	"sort"
	"strconv"

	"vigil"
)

// yearRow is one year of the overview: incidents by type and the change
// against the year before.
type yearRow struct {
	Year   string
	Cells  []cell
	Total  int
	Change int
	HasPrv bool
}

// cell is a count with the link to the incidents behind it.
type cell struct {
	N    int
	Link string
}

// groupRow is one state or country of the overview.
type groupRow struct {
	Code, Name     string
	Total          cell
	Latest, Before cell
	Change         int
}

type overviewData struct {
	Types      []vigil.EventType
	Years      []yearRow
	TypeTotals []cell
	Total      int
	Latest     int
	States     []groupRow
	Countries  []groupRow
}

// handleOverview shows the overview from the cache (see Config.StatsTTL):
// one set of counts for those who see restricted records and one for viewers.
func (s *Server) handleOverview(w http.ResponseWriter, r *http.Request) {
	all := canSeeRestricted(r)
	c := &s.overview[0]
	if all {
		c = &s.overview[1]
	}
	d, err := c.get(func() (*overviewData, error) { return s.overviewData(context.WithoutCancel(r.Context()), !all) })
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "overview", d)
}

// overviewData counts the incidents for the overview: three stats queries
// over every incident (hide leaves restricted ones out).
func (s *Server) overviewData(ctx context.Context, hide bool) (*overviewData, error) {
	byYT, err := s.store.Stats(ctx, vigil.StatsQuery{By: []string{"year", "type"}, Filter: vigil.EventFilter{HideRestricted: hide}})
	if err != nil {
		return nil, err
	}
	d := &overviewData{Types: vigil.EventTypes}
	typeIdx := map[string]int{}
	for i, t := range vigil.EventTypes {
		typeIdx[string(t)] = i
	}
	d.TypeTotals = make([]cell, len(d.Types))
	for i, t := range d.Types {
		d.TypeTotals[i].Link = "/incidents?" + filter{EventFilter: vigil.EventFilter{Types: []vigil.EventType{t}}}.query()
	}
	years := map[string]*yearRow{}
	for _, row := range byYT {
		y := row.Key["year"]
		yr := years[y]
		if yr == nil {
			yr = &yearRow{Year: y, Cells: make([]cell, len(d.Types))}
			years[y] = yr
		}
		i, ok := typeIdx[row.Key["type"]]
		if !ok {
			continue
		}
		f := filter{EventFilter: vigil.EventFilter{Types: []vigil.EventType{vigil.EventType(row.Key["type"])}}}
		if y != "" {
			f.From, _ = vigil.ParseDate(y)
			f.To = f.From
		}
		yr.Cells[i] = cell{N: row.Incidents, Link: "/incidents?" + f.query()}
		yr.Total += row.Incidents
		d.TypeTotals[i].N += row.Incidents
		d.Total += row.Incidents
	}
	for _, yr := range years {
		if n, err := strconv.Atoi(yr.Year); err == nil {
			if prev, ok := years[strconv.Itoa(n-1)]; ok {
				yr.Change, yr.HasPrv = yr.Total-prev.Total, true
			} else if yr.Total > 0 {
				yr.Change, yr.HasPrv = yr.Total, true
			}
			d.Latest = max(d.Latest, n)
		}
		d.Years = append(d.Years, *yr)
	}
	sort.Slice(d.Years, func(i, j int) bool { return d.Years[i].Year > d.Years[j].Year })
	if d.States, err = s.groupRows(ctx, "actor-country", "state", d.Latest, hide); err != nil {
		return nil, err
	}
	if d.Countries, err = s.groupRows(ctx, "country", "country", d.Latest, hide); err != nil {
		return nil, err
	}
	return d, nil
}

// groupRows counts incidents by dim (actor-country or country) in total, in
// the latest year and in the year before.
func (s *Server) groupRows(ctx context.Context, dim, param string, latest int, hide bool) ([]groupRow, error) {
	rows, err := s.store.Stats(ctx, vigil.StatsQuery{By: []string{dim, "year"}, Filter: vigil.EventFilter{HideRestricted: hide}})
	if err != nil {
		return nil, err
	}
	link := func(code string, year int) string {
		f := filter{}
		if param == "state" {
			f.ActorCountry = code
		} else {
			f.Country = code
		}
		if year != 0 {
			f.From = vigil.Date{Year: year, Precision: vigil.PrecisionYear}
			f.To = f.From
		}
		return "/incidents?" + f.query()
	}
	byCode := map[string]*groupRow{}
	var out []*groupRow
	for _, row := range rows {
		code := row.Key[dim]
		if code == "" {
			continue
		}
		g := byCode[code]
		if g == nil {
			g = &groupRow{Code: code, Name: s.stateName(code)}
			g.Total.Link = link(code, 0)
			g.Latest.Link = link(code, latest)
			g.Before.Link = link(code, latest-1)
			byCode[code] = g
			out = append(out, g)
		}
		g.Total.N += row.Incidents
		switch row.Key["year"] {
		case strconv.Itoa(latest):
			g.Latest.N += row.Incidents
		case strconv.Itoa(latest - 1):
			g.Before.N += row.Incidents
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Total.N != out[j].Total.N {
			return out[i].Total.N > out[j].Total.N
		}
		return out[i].Code < out[j].Code
	})
	res := make([]groupRow, len(out))
	for i, g := range out {
		g.Change = g.Latest.N - g.Before.N
		res[i] = *g
	}
	return res, nil
}

// stateName returns the English name of an ISO code, or the code.
func (s *Server) stateName(code string) string {
	if n, ok := s.states[code]; ok {
		return n
	}
	return code
}
