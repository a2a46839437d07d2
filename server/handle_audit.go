package server

import (
	"net/http"

	"vigil"
)

func (s *Server) handleAudit(w http.ResponseWriter, r *http.Request) {
	log, err := s.store.AuditLog(r.Context(), r.URL.Query().Get("incident"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	if len(log) > 500 {
		log = log[:500]
	}
	s.render(w, r, http.StatusOK, "audit", struct{ Entries []vigil.AuditEntry }{log})
}
