package server

import "net/http"

// route is one page or API endpoint with the role it needs.
type route struct {
	pattern string
	rank    int // least role rank: 1 viewer, 2 editor
	h       http.HandlerFunc
}

// routes registers every page and API endpoint with the role it needs.
func (s *Server) routes() {
	m := http.NewServeMux()
	m.Handle("GET /static/{sum}/{name}", http.HandlerFunc(s.handleStatic))
	m.Handle("GET /login", http.HandlerFunc(s.handleLoginForm))
	m.Handle("POST /login", s.checkCSRF(s.handleLogin))
	m.Handle("POST /logout", s.checkCSRF(s.handleLogout))
	m.Handle("GET /api/v1/openapi.json", http.HandlerFunc(s.handleOpenAPI))

	pageRoutes := []route{
		{"GET /{$}", 1, s.handleOverview},
		{"GET /incidents", 1, s.filtered(s.handleIncidents)},
		{"GET /incidents/{id}", 1, s.handleIncident},
		{"GET /search", 1, s.handleSearch},
		{"GET /charts", 1, s.filtered(s.handleCharts)},
		{"GET /charts/timeline.svg", 1, s.filtered(s.handleTimelineFile)},
		{"GET /charts/timeline.csv", 1, s.filtered(s.handleTimelineFile)},
		{"GET /map", 1, s.filtered(s.handleMap)},
		{"GET /charts/map.svg", 1, s.filtered(s.handleMapFile)},
		{"GET /charts/map.csv", 1, s.filtered(s.handleMapFile)},
		{"GET /network", 1, s.filtered(s.handleNetwork)},
		{"GET /charts/network.svg", 1, s.filtered(s.handleNetworkSVG)},
		{"GET /review", 2, s.handleReview},
		{"POST /review/events/{id}", 2, s.checkCSRF(s.writes(s.handleReviewEvent))},
		{"POST /review/incidents/{id}/confirm", 2, s.checkCSRF(s.writes(s.handleConfirmIncident))},
		{"POST /review/incidents/{id}/edit", 2, s.checkCSRF(s.writes(s.handleEditIncident))},
		{"POST /review/incidents/{id}/split", 2, s.checkCSRF(s.writes(s.handleSplitIncident))},
		{"POST /review/merge", 2, s.checkCSRF(s.writes(s.handleMergeIncidents))},
		{"POST /review/incidents/{id}/restrict", 2, s.checkCSRF(s.writes(s.handleRestrictIncident))},
		{"POST /review/events/{id}/restrict", 2, s.checkCSRF(s.writes(s.handleRestrictEvent))},
		{"GET /audit", 2, s.handleAudit},
		{"/", 0, func(w http.ResponseWriter, r *http.Request) { s.error(w, r, errNotFound("no such page")) }},
	}
	apiRoutes := []route{
		{"GET /api/v1/events", 1, s.apiEvents},
		{"GET /api/v1/incidents", 1, s.apiIncidents},
		{"GET /api/v1/incidents/{id}", 1, s.apiIncident},
		{"PUT /api/v1/incidents/{id}/restricted", 2, s.writes(s.apiRestrictIncident)},
		{"PUT /api/v1/events/{id}/restricted", 2, s.writes(s.apiRestrictEvent)},
		{"GET /api/v1/articles", 1, s.apiArticles},
		{"GET /api/v1/articles/{id}", 1, s.apiArticle},
		{"GET /api/v1/stats", 1, s.filtered(s.apiStats)},
		{"GET /api/v1/actors", 1, s.apiActors},
		{"GET /api/v1/places", 1, s.apiPlaces},
		{"GET /api/v1/network", 1, s.filtered(s.apiNetwork)},
		{"GET /api/v1/exports", 1, s.filtered(s.apiExport)},
		{"GET /api/v1/", 1, func(w http.ResponseWriter, r *http.Request) { s.error(w, r, errNotFound("no such endpoint")) }},
	}
	for kind, rs := range map[requestKind][]route{pageKind: pageRoutes, apiKind: apiRoutes} {
		for _, rt := range rs {
			if rt.rank == 0 {
				m.Handle(rt.pattern, rt.h)
				continue
			}
			m.Handle(rt.pattern, s.authed(kind, rt.rank, rt.h))
		}
	}
	s.mux = m
}

// writes adapts a handler that changes the record: the cached counts are
// dropped once it has run.
func (s *Server) writes(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			s.overview[0].invalidate()
			s.overview[1].invalidate()
		}()
		h(w, r)
	}
}
