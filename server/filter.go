package server

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"vigil"
)

// filter is the query-string filter shared by the pages, the charts and the API:
// the store's EventFilter plus what the server applies itself (status, dates
// finer than a year).
type filter struct {
	vigil.EventFilter
	Status   vigil.Status
	From, To vigil.Date
}

// parseFilter reads state, type, status, country, from, to, incident and q.
func parseFilter(q url.Values) (filter, error) {
	var f filter
	for _, v := range q["type"] {
		for _, t := range strings.Split(v, ",") {
			if t = strings.TrimSpace(t); t == "" {
				continue
			}
			if !vigil.EventType(t).Valid() {
				return f, errInvalid("unknown event type %q", t)
			}
			f.Types = append(f.Types, vigil.EventType(t))
		}
	}
	if st := q.Get("status"); st != "" {
		switch vigil.Status(st) {
		case vigil.CarriedOut, vigil.Attempted, vigil.Foiled, vigil.Planned:
			f.Status = vigil.Status(st)
		default:
			return f, errInvalid("unknown status %q", st)
		}
	}
	f.ActorCountry = strings.ToUpper(strings.TrimSpace(q.Get("state")))
	f.Country = strings.ToUpper(strings.TrimSpace(q.Get("country")))
	for _, c := range []string{f.ActorCountry, f.Country} {
		if c != "" && (len(c) != 2 || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "") {
			return f, errInvalid("country codes are two letters (ISO 3166-1), not %q", c)
		}
	}
	var err error
	if v := q.Get("from"); v != "" {
		if f.From, err = vigil.ParseDate(v); err != nil || f.From.IsZero() {
			return f, errInvalid("from: want YYYY, YYYY-MM or YYYY-MM-DD, not %q", v)
		}
		f.FromYear = f.From.Year
	}
	if v := q.Get("to"); v != "" {
		if f.To, err = vigil.ParseDate(v); err != nil || f.To.IsZero() {
			return f, errInvalid("to: want YYYY, YYYY-MM or YYYY-MM-DD, not %q", v)
		}
		f.ToYear = f.To.Year
	}
	f.Incident = q.Get("incident")
	f.Text = strings.TrimSpace(q.Get("q"))
	if len(f.Text) > 500 {
		return f, errInvalid("q: at most 500 characters")
	}
	return f, nil
}

// dateKey orders dates with unknown parts first: 2018 < 2018-06 < 2018-06-30.
func dateKey(d vigil.Date) int { return d.Year*10000 + d.Month*100 + d.Day }

// upper returns the last day d covers, as a sortable key.
func dateKeyEnd(d vigil.Date) int {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 12
	}
	if day == 0 {
		day = 31
	}
	return d.Year*10000 + m*100 + day
}

// matchIncident applies the parts of f the store does not.
func (f filter) matchIncident(in *vigil.Incident) bool {
	if f.Status != "" && in.Status != f.Status {
		return false
	}
	return f.matchDate(in.Date)
}

// matchEvent applies the parts of f the store does not.
func (f filter) matchEvent(ev *vigil.Event) bool {
	if f.Status != "" && ev.Status != f.Status {
		return false
	}
	return f.matchDate(ev.Date)
}

func (f filter) matchDate(d vigil.Date) bool {
	if !f.From.IsZero() && (d.IsZero() || dateKeyEnd(d) < dateKey(f.From)) {
		return false
	}
	if !f.To.IsZero() && (d.IsZero() || dateKey(d) > dateKeyEnd(f.To)) {
		return false
	}
	return true
}

// query writes f back as a query string, with extra keys set on top.
func (f filter) query(extra ...string) string {
	q := url.Values{}
	for _, t := range f.Types {
		q.Add("type", string(t))
	}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("status", string(f.Status))
	set("state", f.ActorCountry)
	set("country", f.Country)
	set("from", f.From.String())
	set("to", f.To.String())
	set("incident", f.Incident)
	set("q", f.Text)
	for i := 0; i+1 < len(extra); i += 2 {
		if extra[i+1] == "" {
			q.Del(extra[i])
		} else {
			q.Set(extra[i], extra[i+1])
		}
	}
	return q.Encode()
}

// intParam reads a bounded integer parameter.
func intParam(q url.Values, name string, def, min, max int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		return 0, errInvalid("%s: want a whole number from %d to %d", name, min, max)
	}
	return n, nil
}

// listParams reads an API listing's filter and page size (limit, default 100, at most 1000).
func listParams(q url.Values) (filter, int, error) {
	f, err := parseFilter(q)
	if err != nil {
		return f, 0, err
	}
	limit, err := intParam(q, "limit", 100, 1, 1000)
	return f, limit, err
}

// filtered adapts a handler that works on the request's filter; a bad filter
// is answered with 400 before h runs.
func (s *Server) filtered(h func(http.ResponseWriter, *http.Request, filter)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f, err := parseFilter(r.URL.Query())
		if err != nil {
			s.error(w, r, err)
			return
		}
		h(w, r, f)
	}
}

// download sets the headers of a file the browser saves as name.
func download(w http.ResponseWriter, contentType, name string) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
}
