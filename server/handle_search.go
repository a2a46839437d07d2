package server

import (
	"net/http"
	"strings"

	"vigil"
)

type searchData struct {
	Q        string
	Articles []searchHit
	Events   []eventRow
}

type searchHit struct {
	ID      int64
	Title   string
	Outlet  string
	Snippet []segment
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	d := searchData{Q: q}
	if len(q) > 500 {
		s.error(w, r, errInvalid("q: at most 500 characters"))
		return
	}
	if q != "" {
		arts, err := s.searchArticles(r, q, 50)
		if err != nil {
			s.error(w, r, err)
			return
		}
		for _, a := range arts {
			text, err := s.visibleText(r, a)
			if err != nil {
				s.error(w, r, err)
				return
			}
			d.Articles = append(d.Articles, searchHit{ID: a.ID, Title: a.Article.Title, Outlet: a.Article.Outlet, Snippet: snippet(text, q)})
		}
		evs, err := s.store.Events(r.Context(), scoped(r, vigil.EventFilter{Text: q, Limit: 100}))
		if err != nil {
			s.error(w, r, err)
			return
		}
		for i := range evs {
			redactStored(r, &evs[i])
			d.Events = append(d.Events, eventRow{StoredEvent: evs[i]})
		}
	}
	s.render(w, r, http.StatusOK, "search", d)
}

// snippet returns about 240 characters of text around the first query word
// found, with that word marked.
func snippet(text, q string) []segment {
	lower := strings.ToLower(text)
	for _, w := range strings.Fields(strings.ToLower(q)) {
		w = strings.Trim(w, `"*()`)
		if len(w) < 2 {
			continue
		}
		if i := strings.Index(lower, w); i >= 0 && len(lower) == len(text) {
			lo, hi := max(0, i-120), min(len(text), i+len(w)+120)
			for lo > 0 && !isBoundary(text[lo]) {
				lo--
			}
			for hi < len(text) && !isBoundary(text[hi]) {
				hi++
			}
			return []segment{{Text: "…" + text[lo:i]}, {Text: text[i : i+len(w)], Mark: true}, {Text: text[i+len(w):hi] + "…"}}
		}
	}
	return []segment{{Text: truncate(text, 240)}}
}

func isBoundary(b byte) bool { return b == ' ' || b == '\n' }

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// visibleText returns an article's text with the restricted names of its events
// masked when r may not see them.
func (s *Server) visibleText(r *http.Request, a *vigil.StoredArticle) (string, error) {
	if canSeeRestricted(r) {
		return a.Article.Text, nil
	}
	evs, err := s.accts.ArticleEvents(r.Context(), a.ID)
	if err != nil {
		return "", err
	}
	var names []string
	for i := range evs {
		names = append(names, redactEvent(r, &evs[i].Event)...)
	}
	return maskNames(a.Article.Text, names), nil
}

// searchArticles returns the stored articles whose text matches q, best first.
func (s *Server) searchArticles(r *http.Request, q string, limit int) ([]*vigil.StoredArticle, error) {
	ids, err := s.store.SearchArticles(r.Context(), q, limit)
	if err != nil {
		return nil, err
	}
	hidden, err := s.hiddenArticles(r, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*vigil.StoredArticle, 0, len(ids))
	for _, id := range ids {
		if hidden[id] {
			continue
		}
		a, err := s.store.Article(r.Context(), id)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
