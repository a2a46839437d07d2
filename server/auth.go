package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"vigil"
)

const (
	sessionCookie = "vigil_session"
	csrfCookie    = "vigil_csrf"
	sessionTTL    = 12 * time.Hour
)

type ctxKey int

const userKey ctxKey = iota

// requestKind says how a guarded handler reports a missing login.
type requestKind int

const (
	pageKind requestKind = iota
	apiKind
)

// hashSecret is how session ids and API tokens are stored.
func hashSecret(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// currentUser returns the account of the request, nil when anonymous.
func currentUser(r *http.Request) *vigil.User {
	u, _ := r.Context().Value(userKey).(*vigil.User)
	return u
}

// role returns the role the request acts with ("" for none).
func role(r *http.Request) string {
	if u := currentUser(r); u != nil {
		return u.Role
	}
	return ""
}

// canSeeRestricted reports whether the request may see restricted records.
func canSeeRestricted(r *http.Request) bool {
	return vigil.RoleRank(role(r)) >= vigil.RoleRank(vigil.RoleEditor)
}

// identify finds the account behind a Bearer token or a session cookie.
func (s *Server) identify(r *http.Request) (*vigil.User, error) {
	if h := r.Header.Get("Authorization"); h != "" {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || tok == "" {
			return nil, vigil.Errorf(vigil.EUNAUTHORIZED, "malformed Authorization header (want Bearer TOKEN)")
		}
		return s.accts.TokenUser(r.Context(), hashSecret(tok))
	}
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		u, err := s.accts.SessionUser(r.Context(), hashSecret(c.Value))
		if vigil.ErrorCode(err) == vigil.EUNAUTHORIZED {
			return nil, nil
		}
		return u, err
	}
	return nil, nil
}

// authed wraps h so that it runs only for requests whose role ranks at least
// minRank; anonymous requests get Config.AnonymousRole.
func (s *Server) authed(kind requestKind, minRank int, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := s.identify(r)
		if err != nil {
			s.error(w, r, err)
			return
		}
		if u == nil && s.cfg.AnonymousRole != "" {
			u = &vigil.User{Name: "anonymous", Role: s.cfg.AnonymousRole}
		}
		if u == nil {
			s.error(w, r, vigil.Errorf(vigil.EUNAUTHORIZED, "log in first"))
			return
		}
		if vigil.RoleRank(u.Role) < minRank {
			s.error(w, r, vigil.Errorf(vigil.EFORBIDDEN, "your role (%s) may not do this", u.Role))
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), userKey, u)))
	})
}

// csrfToken returns the request's CSRF token, setting the cookie that carries it
// when the browser has none (double-submit: the form field must match the cookie).
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) >= 16 {
		return c.Value
	}
	t := newToken()
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: t, Path: "/", HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteStrictMode})
	return t
}

// checkCSRF rejects a form whose csrf field does not match its cookie.
func (s *Server) checkCSRF(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
		c, err := r.Cookie(csrfCookie)
		form := r.PostFormValue("csrf")
		if err != nil || c.Value == "" || subtle.ConstantTimeCompare([]byte(c.Value), []byte(form)) != 1 {
			s.error(w, r, vigil.Errorf(vigil.EFORBIDDEN, "the form expired or came from another site; reload the page and try again"))
			return
		}
		h(w, r)
	}
}

// rateLimiter counts events per key in a fixed window.
type rateLimiter struct {
	mu     sync.Mutex
	max    int
	window time.Duration
	hits   map[string][]time.Time
}

func newRateLimiter(max int, window time.Duration) *rateLimiter {
	return &rateLimiter{max: max, window: window, hits: map[string][]time.Time{}}
}

// allow records a hit for key and reports whether it is within the limit.
func (l *rateLimiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.hits) > 10000 { // bound memory under a flood of addresses
		for k, ts := range l.hits {
			if len(ts) == 0 || now.Sub(ts[len(ts)-1]) > l.window {
				delete(l.hits, k)
			}
		}
	}
	ts := l.hits[key][:0:0]
	for _, t := range l.hits[key] {
		if now.Sub(t) < l.window {
			ts = append(ts, t)
		}
	}
	if len(ts) >= l.max {
		l.hits[key] = ts
		return false
	}
	l.hits[key] = append(ts, now)
	return true
}

func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// safeNext keeps a post-login redirect on this site.
func safeNext(next string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }
