package server

import "net/http"

func (s *Server) notYet(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, errNotFound("not yet"))
}
func (s *Server) handleCharts(w http.ResponseWriter, r *http.Request)      { s.notYet(w, r) }
func (s *Server) handleTimelineSVG(w http.ResponseWriter, r *http.Request) { s.notYet(w, r) }
func (s *Server) handleTimelineCSV(w http.ResponseWriter, r *http.Request) { s.notYet(w, r) }
func (s *Server) handleMapSVG(w http.ResponseWriter, r *http.Request)      { s.notYet(w, r) }
func (s *Server) handleMapCSV(w http.ResponseWriter, r *http.Request)      { s.notYet(w, r) }
func (s *Server) handleNetworkSVG(w http.ResponseWriter, r *http.Request)  { s.notYet(w, r) }
