package server

import (
	"encoding/json"
	"net/http"
	"strconv"

	"vigil"
)

// Restricted records: an editor restricts an incident or an event on the
// review desk or through the API, and viewers then see neither it, nor the
// events of a restricted incident, nor the articles that tell one, in pages,
// API answers, counts and exports alike. The store leaves them out of every
// listing made with scoped; single records are checked here.

// scoped returns f as r may see the store: restricted records left out for
// viewers.
func scoped(r *http.Request, f vigil.EventFilter) vigil.EventFilter {
	f.HideRestricted = !canSeeRestricted(r)
	return f
}

// visibleIncident returns incident id when r may see it, ENOTFOUND otherwise:
// a viewer learns nothing of a restricted incident, not even that it exists.
func (s *Server) visibleIncident(r *http.Request, id string) (*vigil.Incident, error) {
	in, err := s.store.Incident(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if canSeeRestricted(r) {
		return in, nil
	}
	hidden, err := s.accts.RestrictedIncidents(r.Context(), []string{id})
	if err != nil {
		return nil, err
	}
	if hidden[id] {
		return nil, errNotFound("no incident " + strconv.Quote(id))
	}
	return in, nil
}

// visibleIncidents drops the incidents r may not see from list.
func (s *Server) visibleIncidents(r *http.Request, list []vigil.Incident) ([]vigil.Incident, error) {
	if canSeeRestricted(r) || len(list) == 0 {
		return list, nil
	}
	hidden, err := s.restrictedIncidents(r, list)
	if err != nil {
		return nil, err
	}
	out := list[:0:0]
	for _, in := range list {
		if !hidden[in.ID] {
			out = append(out, in)
		}
	}
	return out, nil
}

// unlinkHidden blanks, for a viewer, the response_to of incidents that answer
// a restricted incident: the link would tell that it exists.
func (s *Server) unlinkHidden(r *http.Request, list []vigil.Incident) error {
	if canSeeRestricted(r) {
		return nil
	}
	var ids []string
	for i := range list {
		if list[i].ResponseTo != "" {
			ids = append(ids, list[i].ResponseTo)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	hidden, err := s.accts.RestrictedIncidents(r.Context(), ids)
	if err != nil {
		return err
	}
	for i := range list {
		if hidden[list[i].ResponseTo] {
			list[i].ResponseTo = ""
		}
	}
	return nil
}

// restrictedIncidents returns which incidents of list are restricted.
func (s *Server) restrictedIncidents(r *http.Request, list []vigil.Incident) (map[string]bool, error) {
	ids := make([]string, len(list))
	for i := range list {
		ids[i] = list[i].ID
	}
	return s.accts.RestrictedIncidents(r.Context(), ids)
}

// hiddenArticles returns which of the articles r may not read: for a viewer,
// those that tell a restricted record.
func (s *Server) hiddenArticles(r *http.Request, ids []int64) (map[int64]bool, error) {
	if canSeeRestricted(r) || len(ids) == 0 {
		return map[int64]bool{}, nil
	}
	return s.accts.RestrictedArticles(r.Context(), ids)
}

// formRestricted reads the review desk's restricted field: "1" restricts,
// "0" lifts the restriction.
func formRestricted(r *http.Request) (bool, error) {
	switch r.PostFormValue("restricted") {
	case "1":
		return true, nil
	case "0":
		return false, nil
	}
	return false, errInvalid("restricted: want 1 (restrict) or 0 (lift the restriction)")
}

// handleRestrictIncident restricts an incident or lifts its restriction.
func (s *Server) handleRestrictIncident(w http.ResponseWriter, r *http.Request) {
	on, err := formRestricted(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	id := r.PathValue("id")
	if err := s.accts.RestrictIncident(r.Context(), who(r), id, on); err != nil {
		s.error(w, r, err)
		return
	}
	backTo(w, r, "incident "+id+" "+restrictDone(on))
}

// handleRestrictEvent restricts an event or lifts its restriction.
func (s *Server) handleRestrictEvent(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.error(w, r, errNotFound("no such event"))
		return
	}
	on, err := formRestricted(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if err := s.accts.RestrictEvent(r.Context(), who(r), id, on); err != nil {
		s.error(w, r, err)
		return
	}
	backTo(w, r, "event "+r.PathValue("id")+" "+restrictDone(on))
}

func restrictDone(on bool) string {
	if on {
		return "restricted"
	}
	return "no longer restricted"
}

// restrictedBody is the body of PUT .../restricted.
type restrictedBody struct {
	Restricted *bool `json:"restricted"`
}

// apiRestricted reads the body of PUT .../restricted. The API changes the
// record only for API tokens: a browser's session cookie would let another
// site send the request.
func apiRestricted(w http.ResponseWriter, r *http.Request) (bool, error) {
	if r.Header.Get("Authorization") == "" {
		return false, vigil.Errorf(vigil.EFORBIDDEN, "changes through the API need an API token (Authorization: Bearer)")
	}
	var b restrictedBody
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil || b.Restricted == nil {
		return false, errInvalid(`body: want {"restricted": true} or {"restricted": false}`)
	}
	return *b.Restricted, nil
}

// apiRestrictIncident restricts an incident or lifts its restriction, and
// answers the incident as an editor sees it.
func (s *Server) apiRestrictIncident(w http.ResponseWriter, r *http.Request) {
	on, err := apiRestricted(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	id := r.PathValue("id")
	if err := s.accts.RestrictIncident(r.Context(), who(r), id, on); err != nil {
		s.error(w, r, err)
		return
	}
	in, err := s.store.Incident(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := toAPIIncident(in)
	out.Restricted = on
	writeJSON(w, http.StatusOK, out)
}

// apiRestrictEvent restricts an event or lifts its restriction.
func (s *Server) apiRestrictEvent(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.error(w, r, errNotFound("no such event"))
		return
	}
	on, err := apiRestricted(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if err := s.accts.RestrictEvent(r.Context(), who(r), id, on); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "restricted": on})
}
