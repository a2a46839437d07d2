package server

import (
	"net/http"
	"strconv"
	"strings"

	"vigil"
)

type reviewData struct {
	Items    []reviewRow
	Types    []vigil.EventType
	Statuses []vigil.Status
	Done     string
}

type reviewRow struct {
	vigil.ReviewItem
	Evidence string
}

// handleReview shows the queue of unreviewed events, least confident first.
func (s *Server) handleReview(w http.ResponseWriter, r *http.Request) {
	items, err := s.accts.ReviewQueue(r.Context(), 50)
	if err != nil {
		s.error(w, r, err)
		return
	}
	d := reviewData{Types: vigil.EventTypes, Statuses: []vigil.Status{vigil.CarriedOut, vigil.Attempted, vigil.Foiled, vigil.Planned},
		Done: r.URL.Query().Get("done")}
	for _, it := range items {
		var ev []string
		for _, sp := range it.Event.Evidence {
			ev = append(ev, sp.Text)
		}
		d.Items = append(d.Items, reviewRow{ReviewItem: it, Evidence: strings.Join(ev, " … ")})
	}
	s.render(w, r, http.StatusOK, "review", d)
}

// who names the reviewer in the audit log.
func who(r *http.Request) string {
	if u := currentUser(r); u != nil {
		return u.Name
	}
	return "unknown"
}

// backTo redirects to the review desk (or the form's "back" path on this site).
func backTo(w http.ResponseWriter, r *http.Request, done string) {
	next := safeNext(r.PostFormValue("back"))
	if next == "/" {
		next = "/review"
	}
	sep := "?"
	if strings.Contains(next, "?") {
		sep = "&"
	}
	http.Redirect(w, r, next+sep+"done="+urlQueryEscape(done), http.StatusSeeOther)
}

// handleReviewEvent confirms or rejects one event.
func (s *Server) handleReviewEvent(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.error(w, r, errNotFound("no such event"))
		return
	}
	verdict := r.PostFormValue("verdict")
	if err := s.accts.ReviewEvent(r.Context(), who(r), id, verdict); err != nil {
		s.error(w, r, err)
		return
	}
	backTo(w, r, "event "+r.PathValue("id")+" "+verdict)
}

func (s *Server) handleConfirmIncident(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := s.store.ConfirmIncident(r.Context(), who(r), id); err != nil {
		s.error(w, r, err)
		return
	}
	backTo(w, r, "incident "+id+" confirmed")
}

// handleEditIncident sets one field of an incident: field names it, value holds it.
func (s *Server) handleEditIncident(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	field, value := r.PostFormValue("field"), strings.TrimSpace(r.PostFormValue("value"))
	if len(value) > 4000 {
		s.error(w, r, errInvalid("value: at most 4000 characters"))
		return
	}
	var e vigil.IncidentEdit
	switch field {
	case "title":
		e.Title = &value
	case "notes":
		e.Notes = &value
	case "type":
		t := vigil.EventType(value)
		if !t.Valid() {
			s.error(w, r, errInvalid("unknown event type %q", value))
			return
		}
		e.Type = &t
	case "status":
		st := vigil.Status(value)
		switch st {
		case vigil.CarriedOut, vigil.Attempted, vigil.Foiled, vigil.Planned:
		default:
			s.error(w, r, errInvalid("unknown status %q", value))
			return
		}
		e.Status = &st
	case "date":
		d, err := vigil.ParseDate(value)
		if err != nil {
			s.error(w, r, errInvalid("date: want YYYY, YYYY-MM or YYYY-MM-DD"))
			return
		}
		e.Date = &d
	case "country":
		c := strings.ToUpper(value)
		if c != "" && len(c) != 2 {
			s.error(w, r, errInvalid("country: an ISO 3166-1 alpha-2 code"))
			return
		}
		e.Country = &c
	case "response_to":
		e.ResponseTo = &value
	default:
		s.error(w, r, errInvalid("unknown field %q (want title, notes, type, status, date, country or response_to)", field))
		return
	}
	if err := s.store.EditIncident(r.Context(), who(r), id, e); err != nil {
		s.error(w, r, err)
		return
	}
	backTo(w, r, "incident "+id+" "+field+" edited")
}

// handleSplitIncident moves the events listed in "events" (ids separated by
// commas or spaces, or repeated) into a new incident.
func (s *Server) handleSplitIncident(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var ids []int64
	for _, v := range r.PostForm["events"] {
		for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
			n, err := strconv.ParseInt(f, 10, 64)
			if err != nil {
				s.error(w, r, errInvalid("events: %q is not an event id", f))
				return
			}
			ids = append(ids, n)
		}
	}
	if len(ids) == 0 {
		s.error(w, r, errInvalid("events: name the events to move"))
		return
	}
	nid, err := s.store.SplitIncident(r.Context(), who(r), id, ids)
	if err != nil {
		s.error(w, r, err)
		return
	}
	backTo(w, r, "incident "+id+" split into "+nid)
}

// handleMergeIncidents moves every event of "from" into "into".
func (s *Server) handleMergeIncidents(w http.ResponseWriter, r *http.Request) {
	into, from := strings.TrimSpace(r.PostFormValue("into")), strings.TrimSpace(r.PostFormValue("from"))
	if into == "" || from == "" || into == from {
		s.error(w, r, errInvalid("merge: give two different incident ids"))
		return
	}
	if err := s.store.MergeIncidents(r.Context(), who(r), into, from); err != nil {
		s.error(w, r, err)
		return
	}
	backTo(w, r, "incident "+from+" merged into "+into)
}
