// Package server serves vigil's record over HTTP on one address: the dashboard
// pages (server-rendered with html/template), the JSON API under /api/v1/, the
// review desk, the charts and maps drawn as SVG on the server, and the accounts,
// sessions and API tokens that guard them. It does no pipeline work: everything
// it shows comes from a vigil.Store.
package server

import (
	"context"
	"crypto/rand"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"vigil"
	"vigil/world"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config holds the server's settings; the zero value of each field is a safe default.
type Config struct {
	// AnonymousRole is the role given to requests without a session or token;
	// "" (the default) requires everyone to log in.
	AnonymousRole string
	// SecureCookies sets the Secure flag on cookies (serve behind TLS).
	SecureCookies bool
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
	// LoginAttempts is how many failed logins one client address may make per
	// minute (default 5).
	LoginAttempts int
	// StatsTTL is how long the overview's counts are kept before they are
	// counted again (default 10s); any review write drops them at once.
	StatsTTL time.Duration
}

// Validate reports the first bad field of c.
func (c Config) Validate() error {
	if c.AnonymousRole != "" && vigil.RoleRank(c.AnonymousRole) == 0 {
		return vigil.Errorf(vigil.EINVALID, "AnonymousRole: unknown role %q", c.AnonymousRole)
	}
	if c.StatsTTL < 0 {
		return vigil.Errorf(vigil.EINVALID, "StatsTTL: must not be negative")
	}
	if c.LoginAttempts < 0 {
		return vigil.Errorf(vigil.EINVALID, "LoginAttempts: must not be negative")
	}
	return nil
}

// Server is vigil's HTTP handler.
type Server struct {
	store   vigil.Store
	accts   vigil.ServerStore
	cfg     Config
	log     *slog.Logger
	pages   *pages
	static  *staticAssets
	mux     *http.ServeMux
	limiter *rateLimiter
	states  map[string]string // ISO code -> name
	world   *world.Map
	// overview caches the overview's counts, [0] without restricted records
	// and [1] with them; review writes invalidate both.
	overview [2]cached[*overviewData]
}

// New returns a server over store. The store must also implement
// vigil.ServerStore (both backends do) for accounts and the review desk.
func New(store vigil.Store, cfg Config) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	accts, ok := store.(vigil.ServerStore)
	if !ok {
		return nil, errors.New("server: the store does not hold accounts (vigil.ServerStore)")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.LoginAttempts == 0 {
		cfg.LoginAttempts = 5
	}
	if cfg.StatsTTL == 0 {
		cfg.StatsTTL = 10 * time.Second
	}
	st, err := newStaticAssets(staticFS)
	if err != nil {
		return nil, err
	}
	pg, err := parsePages(templateFS, st)
	if err != nil {
		return nil, err
	}
	s := &Server{store: store, accts: accts, cfg: cfg, log: cfg.Logger, pages: pg, static: st,
		limiter: newRateLimiter(cfg.LoginAttempts, time.Minute), states: map[string]string{}}
	if all, err := vigil.States(); err == nil {
		for _, x := range all {
			s.states[x.Code] = x.Name
		}
	}
	if s.world, err = world.New(); err != nil {
		return nil, err
	}
	s.overview[0].ttl, s.overview[1].ttl = cfg.StatsTTL, cfg.StatsTTL
	s.routes()
	return s, nil
}

// ServeHTTP serves one request with the security headers every response carries.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	s.mux.ServeHTTP(w, r)
}

// ListenAndServe serves on addr until ctx is done, then shuts down gracefully.
// ready, when not nil, receives the bound address once listening.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	hs := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 64 << 10}
	if ready != nil {
		ready(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return hs.Shutdown(sctx)
	}
}

// newToken returns a random URL-safe secret.
func newToken() string { return rand.Text() }
