package server

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"vigil"
)

// pages holds every page template, parsed at start-up so a broken one fails fast.
type pages struct {
	byName map[string]*template.Template
}

// page is what every template gets: the page's own data and the request's context.
type page struct {
	Name       string
	User       *vigil.User
	CSRF       string
	Restricted bool // the viewer may see restricted records
	CanEdit    bool
	Data       any
}

func parsePages(fsys fs.FS, st *staticAssets) (*pages, error) {
	funcs := template.FuncMap{
		"static":    st.url,
		"typeLabel": func(t vigil.EventType) string { return strings.ReplaceAll(string(t), "_", " ") },
		"label":     func(s string) string { return strings.ReplaceAll(s, "_", " ") },
		"add":       func(a, b int) int { return a + b },
		"statuses": func() []vigil.Status {
			return []vigil.Status{vigil.CarriedOut, vigil.Attempted, vigil.Foiled, vigil.Planned}
		},
		"signed": func(n int) string {
			if n > 0 {
				return fmt.Sprintf("+%d", n)
			}
			return fmt.Sprint(n)
		},
		"dict2": func(rows []groupRow, latest int) map[string]any {
			return map[string]any{"Rows": rows, "Latest": latest}
		},
		"rawSVG": func(b []byte) template.HTML { return template.HTML(b) }, // only for SVG this package drew with escaping
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(fsys, "templates/layout.html")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}
	names, err := fs.Glob(fsys, "templates/*.html")
	if err != nil {
		return nil, err
	}
	p := &pages{byName: map[string]*template.Template{}}
	for _, n := range names {
		if path.Base(n) == "layout.html" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", n, err)
		}
		p.byName[strings.TrimSuffix(path.Base(n), ".html")] = t
	}
	return p, nil
}

// render writes a page; a template error becomes a 500 before anything is sent.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	t, ok := s.pages.byName[name]
	if !ok {
		http.Error(w, "no template "+name, http.StatusInternalServerError)
		return
	}
	pg := page{Name: name, User: currentUser(r), CSRF: s.csrfToken(w, r), Restricted: canSeeRestricted(r),
		CanEdit: vigil.RoleRank(role(r)) >= vigil.RoleRank(vigil.RoleEditor), Data: data}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", pg); err != nil {
		s.log.Error("render", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}
