package server

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
)

// staticAssets serves the embedded CSS and JS at URLs that carry a checksum of
// their content, so they can be cached forever.
type staticAssets struct {
	files map[string][]byte // name -> body
	sums  map[string]string // name -> checksum
}

func newStaticAssets(fsys fs.FS) (*staticAssets, error) {
	st := &staticAssets{files: map[string][]byte{}, sums: map[string]string{}}
	names, err := fs.Glob(fsys, "static/*")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(b)
		st.files[path.Base(n)] = b
		st.sums[path.Base(n)] = hex.EncodeToString(sum[:8])
	}
	return st, nil
}

// url returns the checksummed URL of a static file.
func (st *staticAssets) url(name string) string { return "/static/" + st.sums[name] + "/" + name }

func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	b, ok := s.static.files[name]
	if !ok || s.static.sums[name] != r.PathValue("sum") {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Write(b)
}
