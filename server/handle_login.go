package server

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/alexedwards/argon2id"

	"vigil"
)

// dummyHash is checked against when the account does not exist, so that a
// login takes as long for an unknown name as for a wrong password.
// It is made on first use: hashing costs a quarter second and 64 MB, which every
// vigil command would otherwise pay at start-up.
var dummyHash = sync.OnceValue(func() string {
	h, _ := argon2id.CreateHash("not a password", argon2id.DefaultParams)
	return h
})

func (s *Server) handleLoginForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "login", map[string]any{"Next": safeNext(r.URL.Query().Get("next"))})
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	next := safeNext(r.PostFormValue("next"))
	fail := func(status int, msg string) {
		s.render(w, r, status, "login", map[string]any{"Next": next, "Error": msg, "Name": r.PostFormValue("name")})
	}
	if !s.limiter.allow(clientAddr(r), time.Now()) {
		fail(http.StatusTooManyRequests, "Too many login attempts; wait a minute.")
		return
	}
	name, pw := r.PostFormValue("name"), r.PostFormValue("password")
	u, err := s.accts.UserByName(r.Context(), name)
	if err != nil && vigil.ErrorCode(err) != vigil.ENOTFOUND {
		s.error(w, r, err)
		return
	}
	hash := dummyHash()
	if u != nil && !u.Disabled {
		hash = u.Hash
	}
	ok, err := argon2id.ComparePasswordAndHash(pw, hash)
	if err != nil || !ok || u == nil || u.Disabled {
		fail(http.StatusUnauthorized, "Wrong name or password.")
		return
	}
	tok := newToken()
	if err := s.accts.CreateSession(r.Context(), hashSecret(tok), u.ID, time.Now().Add(sessionTTL)); err != nil {
		s.error(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: tok, Path: "/", HttpOnly: true, Secure: s.cfg.SecureCookies,
		SameSite: http.SameSiteStrictMode, MaxAge: int(sessionTTL / time.Second)})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		if err := s.accts.DeleteSession(r.Context(), hashSecret(c.Value)); err != nil {
			s.error(w, r, err)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// HashPassword returns the argon2id hash of a password, for vigil user add.
func HashPassword(pw string) (string, error) { return argon2id.CreateHash(pw, argon2id.DefaultParams) }

// NewAPIToken creates an API token for an account and returns the secret, which
// is shown once and stored only as a hash.
func NewAPIToken(ctx context.Context, st vigil.ServerStore, userID int64, name string) (string, error) {
	tok := "vgl_" + newToken()
	if err := st.CreateToken(ctx, hashSecret(tok), userID, name); err != nil {
		return "", err
	}
	return tok, nil
}
