package server

import (
	"net/http"
	"sort"
	"strconv"

	"vigil"
)

type incidentData struct {
	Incident   vigil.Incident
	Restricted bool // the incident is restricted (only editors see it)
	StateName  string
	Lifecycle  []lifeStep
	Attrs      []attr
	Events     []eventRow
	Articles   []articleView
}

// lifeStep is one dated step of an incident's story: the attack and every
// response to it.
type lifeStep struct {
	ID      string
	Date    vigil.Date
	Type    vigil.EventType
	Status  vigil.Status
	Country string
	Title   string
	Current bool
}

// attr is one attribute of an incident with the articles that gave its value.
type attr struct {
	Name, Value string
	Sources     []sourceRef
	Conflict    []vigil.ConflictValue
}

type sourceRef struct {
	ArticleID int64
	Title     string
}

type eventRow struct {
	vigil.StoredEvent
	Verdict string
	Title   string
}

// articleView is a source article with its evidence sentences marked.
type articleView struct {
	ID        int64
	Title     string
	Outlet    string
	URL       string
	Published vigil.Date
	Segments  []segment
}

// segment is a run of article text, marked when it is evidence. Templates
// print Text escaped: article text is never markup.
type segment struct {
	Text string
	Mark bool
}

func (s *Server) handleIncident(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	in, err := s.visibleIncident(r, r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	events, err := s.store.Events(ctx, scoped(r, vigil.EventFilter{Incident: in.ID, Limit: 1000}))
	if err != nil {
		s.error(w, r, err)
		return
	}
	d := incidentData{}
	if canSeeRestricted(r) {
		on, err := s.accts.RestrictedIncidents(ctx, []string{in.ID})
		if err != nil {
			s.error(w, r, err)
			return
		}
		d.Restricted = on[in.ID]
	}
	d.Lifecycle, err = s.lifecycle(r, in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ids := make([]int64, len(events))
	for i := range events {
		ids[i] = events[i].ID
	}
	verdicts, err := s.accts.EventReviews(ctx, ids)
	if err != nil {
		s.error(w, r, err)
		return
	}
	// Articles in first-seen order, with the evidence of every event they gave.
	titles := map[int64]string{}
	hidden := map[int64][]string{}
	evid := map[int64][]vigil.EvidenceSpan{}
	var order []int64
	for i := range events {
		e := &events[i]
		if names := redactEvent(r, &e.Event); names != nil {
			hidden[e.ArticleID] = append(hidden[e.ArticleID], names...)
		}
		if _, ok := evid[e.ArticleID]; !ok {
			order = append(order, e.ArticleID)
		}
		evid[e.ArticleID] = append(evid[e.ArticleID], e.Evidence...)
	}
	// a viewer reads no article that tells a restricted record, though its
	// events of this incident are listed
	hiddenArts, err := s.hiddenArticles(r, order)
	if err != nil {
		s.error(w, r, err)
		return
	}
	for _, aid := range order {
		if hiddenArts[aid] {
			continue
		}
		a, err := s.store.Article(ctx, aid)
		if err != nil {
			s.error(w, r, err)
			return
		}
		titles[aid] = a.Article.Title
		text := maskNames(a.Article.Text, hidden[aid])
		d.Articles = append(d.Articles, articleView{ID: aid, Title: a.Article.Title, Outlet: a.Article.Outlet, URL: a.Article.URL,
			Published: a.Article.Published, Segments: highlight(text, evid[aid])})
	}
	for i := range events {
		e := events[i]
		for j := range e.Evidence {
			e.Evidence[j].Text = maskNames(e.Evidence[j].Text, hidden[e.ArticleID])
		}
		d.Events = append(d.Events, eventRow{StoredEvent: e, Verdict: verdicts[e.ID], Title: titles[e.ArticleID]})
	}
	redactIncident(r, in)
	d.Incident = *in
	if in.Actor != nil {
		d.StateName = s.stateName(in.Actor.Country)
	}
	d.Attrs = s.attributes(in, events, titles)
	s.render(w, r, http.StatusOK, "incident", d)
}

// lifecycle returns the incident this one answers (if any), this one, and every
// response to the attack, in date order.
func (s *Server) lifecycle(r *http.Request, in *vigil.Incident) ([]lifeStep, error) {
	root := in
	if in.ResponseTo != "" {
		if p, err := s.visibleIncident(r, in.ResponseTo); err == nil {
			root = p
		} else if vigil.ErrorCode(err) != vigil.ENOTFOUND {
			return nil, err
		}
	}
	resp, err := s.accts.Responses(r.Context(), root.ID)
	if err == nil {
		resp, err = s.visibleIncidents(r, resp)
	}
	if err != nil {
		return nil, err
	}
	step := func(x *vigil.Incident) lifeStep {
		return lifeStep{ID: x.ID, Date: x.Date, Type: x.Type, Status: x.Status, Country: s.stateName(x.Country), Title: x.Title, Current: x.ID == in.ID}
	}
	out := []lifeStep{step(root)}
	for i := range resp {
		out = append(out, step(&resp[i]))
	}
	sort.SliceStable(out[1:], func(i, j int) bool { return dateKey(out[1+i].Date) < dateKey(out[1+j].Date) })
	return out, nil
}

// attributes lists the incident's attributes with the articles whose events
// gave the same value, and the values other articles gave instead.
func (s *Server) attributes(in *vigil.Incident, events []vigil.StoredEvent, titles map[int64]string) []attr {
	ref := func(a *vigil.ActorRef) string {
		if a == nil {
			return ""
		}
		if a.Name == "" {
			return s.stateName(a.Country)
		}
		return a.Name
	}
	place := func(p *vigil.Place) string {
		if p == nil {
			return ""
		}
		return p.Name
	}
	fields := []struct {
		name, value string
		of          func(e *vigil.Event) string
	}{
		{"type", string(in.Type), func(e *vigil.Event) string { return string(e.Type) }},
		{"status", string(in.Status), func(e *vigil.Event) string { return string(e.Status) }},
		{"date", in.Date.String(), func(e *vigil.Event) string { return e.Date.String() }},
		{"country", in.Country, func(e *vigil.Event) string { return e.Country }},
		{"place", place(in.Place), func(e *vigil.Event) string { return place(e.Place) }},
		{"actor", ref(in.Actor), func(e *vigil.Event) string { return ref(e.Actor) }},
		{"target", ref(in.Target), func(e *vigil.Event) string { return ref(e.Target) }},
	}
	var out []attr
	for _, f := range fields {
		a := attr{Name: f.name, Value: f.value}
		if f.name == "country" && f.value != "" {
			a.Value = s.stateName(f.value) + " (" + f.value + ")"
		}
		seen := map[int64]bool{}
		for i := range events {
			e := &events[i]
			if f.value != "" && f.of(&e.Event) == f.value && !seen[e.ArticleID] {
				seen[e.ArticleID] = true
				a.Sources = append(a.Sources, sourceRef{ArticleID: e.ArticleID, Title: titles[e.ArticleID]})
			}
		}
		for _, c := range in.Conflicts {
			if c.Field == f.name {
				a.Conflict = c.Values
			}
		}
		out = append(out, a)
	}
	return out
}

// highlight cuts text into segments, marking the evidence spans (code-point
// offsets; out-of-range or overlapping spans are clamped).
func highlight(text string, spans []vigil.EvidenceSpan) []segment {
	runes := []rune(text)
	mark := make([]bool, len(runes))
	for _, sp := range spans {
		lo, hi := max(sp.Start, 0), min(sp.End, len(runes))
		for i := lo; i < hi; i++ {
			mark[i] = true
		}
	}
	var out []segment
	start := 0
	for i := 1; i <= len(runes); i++ {
		if i == len(runes) || mark[i] != mark[start] {
			out = append(out, segment{Text: string(runes[start:i]), Mark: mark[start]})
			start = i
		}
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
