package main

import (
	"context"
	"fmt"
	"net"
	"os"

	"vigil/server"
)

func init() {
	registerCommand(command{name: "serve", summary: "serve the dashboard, the JSON API and the review desk", run: runServe})
}

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "serve", "[--db PATH | --database-url URL] [--addr HOST:PORT]")
	var sf storeFlags
	sf.register(fs)
	addr := fs.String("addr", envOr("VIGIL_ADDR", "127.0.0.1:8080"), "listen on `host:port` (port 0 picks a free one)")
	anon := fs.String("anonymous-role", os.Getenv("VIGIL_ANONYMOUS_ROLE"), "`role` for visitors who have not logged in (\"\" requires a login; viewer opens the dashboard read-only)")
	secure := fs.Bool("secure-cookies", false, "mark cookies Secure (when served behind HTTPS)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	s, err := sf.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	srv, err := server.New(s, server.Config{AnonymousRole: *anon, SecureCookies: *secure, Logger: env.Logger})
	if err != nil {
		return err
	}
	return srv.ListenAndServe(ctx, *addr, func(a net.Addr) {
		fmt.Fprintf(env.Stderr, "vigil: serving on http://%s/\n", a)
	})
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
