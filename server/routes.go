package server

import "net/http"

// routes registers every page and API endpoint with the role it needs.
func (s *Server) routes() {
	m := http.NewServeMux()
	view := func(h http.HandlerFunc) http.Handler { return s.authed(pageKind, 1, h) }
	edit := func(h http.HandlerFunc) http.Handler { return s.authed(pageKind, 2, s.checkCSRF(h)) }
	api := func(h http.HandlerFunc) http.Handler { return s.authed(apiKind, 1, h) }

	m.Handle("GET /static/{sum}/{name}", http.HandlerFunc(s.handleStatic))
	m.Handle("GET /login", http.HandlerFunc(s.handleLoginForm))
	m.Handle("POST /login", s.checkCSRF(s.handleLogin))
	m.Handle("POST /logout", s.checkCSRF(s.handleLogout))

	m.Handle("GET /{$}", view(s.handleOverview))
	m.Handle("GET /incidents", view(s.handleIncidents))
	m.Handle("GET /incidents/{id}", view(s.handleIncident))
	m.Handle("GET /search", view(s.handleSearch))
	m.Handle("GET /charts", view(s.handleCharts))
	m.Handle("GET /charts/timeline.svg", view(s.handleTimelineSVG))
	m.Handle("GET /charts/timeline.csv", view(s.handleTimelineCSV))
	m.Handle("GET /charts/map.svg", view(s.handleMapSVG))
	m.Handle("GET /charts/map.csv", view(s.handleMapCSV))
	m.Handle("GET /charts/network.svg", view(s.handleNetworkSVG))

	m.Handle("GET /review", s.authed(pageKind, 2, s.handleReview))
	m.Handle("POST /review/events/{id}", edit(s.handleReviewEvent))
	m.Handle("POST /review/incidents/{id}/confirm", edit(s.handleConfirmIncident))
	m.Handle("POST /review/incidents/{id}/edit", edit(s.handleEditIncident))
	m.Handle("POST /review/incidents/{id}/split", edit(s.handleSplitIncident))
	m.Handle("POST /review/merge", edit(s.handleMergeIncidents))
	m.Handle("GET /audit", s.authed(pageKind, 2, s.handleAudit))

	m.Handle("GET /api/v1/openapi.json", http.HandlerFunc(s.handleOpenAPI))
	m.Handle("GET /api/v1/events", api(s.apiEvents))
	m.Handle("GET /api/v1/incidents", api(s.apiIncidents))
	m.Handle("GET /api/v1/incidents/{id}", api(s.apiIncident))
	m.Handle("GET /api/v1/articles", api(s.apiArticles))
	m.Handle("GET /api/v1/articles/{id}", api(s.apiArticle))
	m.Handle("GET /api/v1/stats", api(s.apiStats))
	m.Handle("GET /api/v1/", api(func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, errNotFound("no such endpoint"))
	}))
	m.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, errNotFound("no such page"))
	}))
	s.mux = m
}
