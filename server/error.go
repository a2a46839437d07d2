package server

import (
	"encoding/json"
	"net/http"
	"strings"

	"vigil"
)

// errorStatus maps a vigil error code to its HTTP status: the one place that does.
func errorStatus(code string) int {
	switch code {
	case vigil.ENOTFOUND:
		return http.StatusNotFound
	case vigil.EINVALID:
		return http.StatusBadRequest
	case vigil.ECONFLICT:
		return http.StatusConflict
	case vigil.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case vigil.EFORBIDDEN:
		return http.StatusForbidden
	case "rate_limited":
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}

func errNotFound(msg string) error { return vigil.Errorf(vigil.ENOTFOUND, "%s", msg) }
func errInvalid(format string, args ...any) error {
	return vigil.Errorf(vigil.EINVALID, format, args...)
}

// isAPI reports whether r asked for JSON.
func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// error writes err as JSON {"code","message"} to API clients and as an error page
// to browsers; internal errors are logged once here and shown without detail.
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := vigil.ErrorCode(err), vigil.ErrorMessage(err)
	status := errorStatus(code)
	if status == http.StatusInternalServerError {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if isAPI(r) {
		writeJSON(w, status, map[string]string{"code": code, "message": msg})
		return
	}
	if status == http.StatusUnauthorized {
		http.Redirect(w, r, "/login?next="+urlQueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return
	}
	s.render(w, r, status, "error", map[string]any{"Code": code, "Message": msg, "Status": status})
}

// writeJSON writes v as compact JSON: indenting a page of 100 events cost a
// seventh of the time of serving it.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
