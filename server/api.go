package server

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"vigil"
)

// The JSON API under /api/v1/: list endpoints take the page filters (state,
// type, status, country, from, to, incident, q), a limit (default 100, at most
// 1000) and a cursor; items come in a stable order and the answer carries the
// cursor of the next page, "" on the last one.

type listAnswer[T any] struct {
	Items []T    `json:"items"`
	Next  string `json:"next"`
}

type apiEvent struct {
	ID         int64                `json:"id"`
	Article    int64                `json:"article"`
	Doc        string               `json:"doc"`
	Type       vigil.EventType      `json:"type"`
	Status     vigil.Status         `json:"status"`
	Date       string               `json:"date,omitempty"`
	Country    string               `json:"country,omitempty"`
	Place      *apiPlace            `json:"place,omitempty"`
	Actor      *vigil.ActorRef      `json:"actor,omitempty"`
	Target     *vigil.ActorRef      `json:"target,omitempty"`
	Evidence   []vigil.EvidenceSpan `json:"evidence"`
	Confidence float64              `json:"confidence"`
	Incident   string               `json:"incident,omitempty"`
	Pinned     bool                 `json:"pinned"`
	Edited     bool                 `json:"edited"`
	Restricted bool                 `json:"restricted"`
}

type apiPlace struct {
	Name    string   `json:"name"`
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
}

type apiIncident struct {
	ID         string           `json:"id"`
	Type       vigil.EventType  `json:"type"`
	Status     vigil.Status     `json:"status"`
	Date       string           `json:"date,omitempty"`
	Country    string           `json:"country,omitempty"`
	Place      *apiPlace        `json:"place,omitempty"`
	Actor      *vigil.ActorRef  `json:"actor,omitempty"`
	Target     *vigil.ActorRef  `json:"target,omitempty"`
	ResponseTo string           `json:"response_to,omitempty"`
	Review     string           `json:"review"`
	Title      string           `json:"title,omitempty"`
	Notes      string           `json:"notes,omitempty"`
	Events     int              `json:"events"`
	Articles   int              `json:"articles"`
	Conflicts  []vigil.Conflict `json:"conflicts"`
	UpdatedAt  string           `json:"updated_at"`
	Restricted bool             `json:"restricted"`
}

func toAPIPlace(p *vigil.Place) *apiPlace {
	if p == nil {
		return nil
	}
	ap := &apiPlace{Name: p.Name, Country: p.Country}
	if p.HasCoords {
		lat, lon := p.Lat, p.Lon
		ap.Lat, ap.Lon = &lat, &lon
	}
	return ap
}

func toAPIEvent(e *vigil.StoredEvent) apiEvent {
	ev := e.Event
	ev.Evidence = nil
	evid := e.Evidence
	if evid == nil {
		evid = []vigil.EvidenceSpan{}
	}
	return apiEvent{ID: e.ID, Article: e.ArticleID, Doc: ev.Doc, Type: ev.Type, Status: ev.Status, Date: ev.Date.String(),
		Country: ev.Country, Place: toAPIPlace(ev.Place), Actor: ev.Actor, Target: ev.Target, Evidence: evid,
		Confidence: ev.Confidence, Incident: e.Incident, Pinned: e.Pinned, Edited: e.Edited, Restricted: e.Restricted}
}

func toAPIIncident(in *vigil.Incident) apiIncident {
	c := in.Conflicts
	if c == nil {
		c = []vigil.Conflict{}
	}
	return apiIncident{ID: in.ID, Type: in.Type, Status: in.Status, Date: in.Date.String(), Country: in.Country,
		Place: toAPIPlace(in.Place), Actor: in.Actor, Target: in.Target, ResponseTo: in.ResponseTo, Review: in.Review,
		Title: in.Title, Notes: in.Notes, Events: in.Events, Articles: in.Articles, Conflicts: c,
		UpdatedAt: in.UpdatedAt.UTC().Format("2006-01-02T15:04:05Z")}
}

// apiEvents lists events in id order; the cursor is the last id seen.
func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, limit, err := listParams(q)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if c := q.Get("cursor"); c != "" {
		if f.AfterID, err = strconv.ParseInt(c, 10, 64); err != nil || f.AfterID < 0 {
			s.error(w, r, errInvalid("cursor: not one this API gave"))
			return
		}
	}
	ans := listAnswer[apiEvent]{Items: []apiEvent{}}
	// The store filters all but status and sub-year dates; fetch in batches
	// until the page is full.
	for len(ans.Items) < limit {
		f.Limit = limit + 1
		page, err := s.accts.EventList(r.Context(), scoped(r, f.EventFilter))
		if err != nil {
			s.error(w, r, err)
			return
		}
		ans.Items = slices.Grow(ans.Items, min(limit-len(ans.Items), len(page)))
		for i := range page {
			e := &page[i]
			f.AfterID = e.ID
			if !f.matchEvent(&e.Event) {
				continue
			}
			if len(ans.Items) == limit {
				ans.Next = strconv.FormatInt(ans.Items[limit-1].ID, 10)
				break
			}
			redactStored(r, e)
			ans.Items = append(ans.Items, toAPIEvent(e))
		}
		if len(page) < f.Limit || ans.Next != "" {
			break
		}
	}
	writeEventList(w, &ans)
}

// apiIncidents lists incidents by id; the cursor is the last id seen. Like
// events, a page is read from the store by keyset (ids after the cursor),
// not by reading every incident and skipping.
func (s *Server) apiIncidents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, limit, err := listParams(q)
	if err != nil {
		s.error(w, r, err)
		return
	}
	f.AfterIncident = q.Get("cursor")
	ans := listAnswer[apiIncident]{Items: []apiIncident{}}
	// The store filters all but status and sub-year dates; fetch in batches
	// until the page is full.
	for len(ans.Items) < limit {
		f.Limit = limit + 1
		page, err := s.store.Incidents(r.Context(), scoped(r, f.EventFilter))
		if err == nil {
			err = s.unlinkHidden(r, page)
		}
		if err != nil {
			s.error(w, r, err)
			return
		}
		for i := range page {
			in := &page[i]
			f.AfterIncident = in.ID
			if !f.matchIncident(in) {
				continue
			}
			if len(ans.Items) == limit {
				ans.Next = ans.Items[limit-1].ID
				break
			}
			redactIncident(r, in)
			ans.Items = append(ans.Items, toAPIIncident(in))
		}
		if len(page) < f.Limit || ans.Next != "" {
			break
		}
	}
	if err := s.markRestricted(r, ans.Items); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ans)
}

// markRestricted sets the restricted flag of the incidents an editor lists
// (a viewer's listings hold none).
func (s *Server) markRestricted(r *http.Request, items []apiIncident) error {
	if !canSeeRestricted(r) || len(items) == 0 {
		return nil
	}
	ids := make([]string, len(items))
	for i := range items {
		ids[i] = items[i].ID
	}
	on, err := s.accts.RestrictedIncidents(r.Context(), ids)
	for i := range items {
		items[i].Restricted = on[items[i].ID]
	}
	return err
}

// apiIncident returns one incident with its events and its responses.
func (s *Server) apiIncident(w http.ResponseWriter, r *http.Request) {
	in, err := s.visibleIncident(r, r.PathValue("id"))
	if err == nil {
		one := []vigil.Incident{*in}
		err = s.unlinkHidden(r, one)
		in = &one[0]
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	evs, err := s.store.Events(r.Context(), scoped(r, vigil.EventFilter{Incident: in.ID, Limit: 1000}))
	if err != nil {
		s.error(w, r, err)
		return
	}
	resp, err := s.accts.Responses(r.Context(), in.ID)
	if err == nil {
		resp, err = s.visibleIncidents(r, resp)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	redactIncident(r, in)
	out := struct {
		apiIncident
		EventList []apiEvent `json:"event_list"`
		Responses []string   `json:"responses"`
	}{apiIncident: toAPIIncident(in), EventList: []apiEvent{}, Responses: []string{}}
	one := []apiIncident{out.apiIncident}
	if err := s.markRestricted(r, one); err != nil {
		s.error(w, r, err)
		return
	}
	out.apiIncident = one[0]
	for i := range evs {
		redactStored(r, &evs[i])
		out.EventList = append(out.EventList, toAPIEvent(&evs[i]))
	}
	for _, x := range resp {
		out.Responses = append(out.Responses, x.ID)
	}
	writeJSON(w, http.StatusOK, out)
}

type apiArticle struct {
	ID        int64  `json:"id"`
	Doc       string `json:"doc"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Language  string `json:"language,omitempty"`
	Text      string `json:"text,omitempty"`
	Extractor string `json:"extractor"`
}

// apiArticles searches article text (q, required) and returns the best matches first.
func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := strings.TrimSpace(q.Get("q"))
	if text == "" || len(text) > 500 {
		s.error(w, r, errInvalid("q: a full-text query of 1 to 500 characters is required"))
		return
	}
	limit, err := intParam(q, "limit", 20, 1, 200)
	if err != nil {
		s.error(w, r, err)
		return
	}
	arts, err := s.searchArticles(r, text, limit)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ans := listAnswer[apiArticle]{Items: []apiArticle{}}
	for _, a := range arts {
		ans.Items = append(ans.Items, apiArticle{ID: a.ID, Doc: a.Article.ID, URL: a.Article.URL, Outlet: a.Article.Outlet,
			Title: a.Article.Title, Published: a.Article.Published.String(), Language: a.Article.Language, Extractor: a.Extractor})
	}
	writeJSON(w, http.StatusOK, ans)
}

// apiArticle returns one article with its text (restricted names masked for viewers).
func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.error(w, r, errNotFound("no such article"))
		return
	}
	hidden, err := s.hiddenArticles(r, []int64{id})
	if err != nil {
		s.error(w, r, err)
		return
	}
	if hidden[id] {
		s.error(w, r, errNotFound("no such article"))
		return
	}
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	text, err := s.visibleText(r, a)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, apiArticle{ID: a.ID, Doc: a.Article.ID, URL: a.Article.URL, Outlet: a.Article.Outlet,
		Title: a.Article.Title, Published: a.Article.Published.String(), Language: a.Article.Language, Text: text, Extractor: a.Extractor})
}

// apiStats counts incidents grouped by the dimensions in by (year, type,
// actor-country, country), with up to examples incident ids per group.
func (s *Server) apiStats(w http.ResponseWriter, r *http.Request, f filter) {
	q := r.URL.Query()
	if f.Status != "" || (!f.From.IsZero() && f.From.Precision != vigil.PrecisionYear) || (!f.To.IsZero() && f.To.Precision != vigil.PrecisionYear) {
		s.error(w, r, errInvalid("stats filter by year (from, to) and not by status"))
		return
	}
	by := strings.Split(q.Get("by"), ",")
	if q.Get("by") == "" {
		by = []string{"year"}
	}
	ex, err := intParam(q, "examples", 0, 0, 20)
	if err != nil {
		s.error(w, r, err)
		return
	}
	rows, err := s.store.Stats(r.Context(), vigil.StatsQuery{By: by, Filter: scoped(r, f.EventFilter), Examples: ex})
	if err != nil {
		s.error(w, r, err)
		return
	}
	type row struct {
		Key       map[string]string `json:"key"`
		Incidents int               `json:"incidents"`
		Events    int               `json:"events"`
		IDs       []string          `json:"ids,omitempty"`
	}
	out := struct {
		By   []string `json:"by"`
		Rows []row    `json:"rows"`
	}{By: by, Rows: []row{}}
	for _, x := range rows {
		out.Rows = append(out.Rows, row{x.Key, x.Incidents, x.Events, x.IDs})
	}
	writeJSON(w, http.StatusOK, out)
}
