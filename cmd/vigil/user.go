package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"golang.org/x/term"

	"vigil"
	"vigil/server"
)

func init() {
	registerCommand(command{name: "user", summary: "manage server accounts: user add NAME --role ROLE, user token NAME", run: runUser})
}

// parseInterleaved parses flags that may come before or after positional
// arguments ("add alice --role admin") and returns the positionals.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func runUser(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "user", "add NAME [--role viewer|editor|admin] | token NAME [--name LABEL]  [--db PATH | --database-url URL]")
	var sf storeFlags
	sf.register(fs)
	role := fs.String("role", vigil.RoleViewer, "account `role`: viewer, editor or admin")
	label := fs.String("name", "cli", "`label` of a new API token")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || (pos[0] != "add" && pos[0] != "token") {
		fs.Usage()
		return errUsage
	}
	name := strings.TrimSpace(pos[1])
	if name == "" || len(name) > 64 || strings.ContainsAny(name, " \t\r\n") || name == "anonymous" {
		fmt.Fprintf(env.Stderr, "vigil user: bad account name %q\n", pos[1])
		return errUsage
	}
	s, err := sf.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	accts, ok := s.(vigil.ServerStore)
	if !ok {
		return fmt.Errorf("this store does not hold accounts")
	}
	if pos[0] == "token" {
		u, err := accts.UserByName(ctx, name)
		if err != nil {
			return err
		}
		tok, err := server.NewAPIToken(ctx, accts, u.ID, *label)
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, tok)
		return nil
	}
	if vigil.RoleRank(*role) == 0 {
		fmt.Fprintf(env.Stderr, "vigil user: unknown --role %q (want viewer, editor or admin)\n", *role)
		return errUsage
	}
	pw, err := readPassword(env)
	if err != nil {
		return err
	}
	if len(pw) < 8 {
		return vigil.Errorf(vigil.EINVALID, "the password must have at least 8 characters")
	}
	hash, err := server.HashPassword(pw)
	if err != nil {
		return err
	}
	if _, err := accts.PutUser(ctx, vigil.User{Name: name, Role: *role, Hash: hash}); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "vigil user: %s is now %s\n", name, *role)
	return nil
}

// readPassword prompts twice on a terminal, or reads the first line of stdin.
func readPassword(env *Env) (string, error) {
	if f, ok := env.Stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(env.Stderr, "Password: ")
		a, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(env.Stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(env.Stderr, "Again: ")
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(env.Stderr)
		if err != nil {
			return "", err
		}
		if string(a) != string(b) {
			return "", vigil.Errorf(vigil.EINVALID, "the passwords differ")
		}
		return string(a), nil
	}
	sc := bufio.NewScanner(env.Stdin)
	sc.Buffer(make([]byte, 1024), 1024)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		return "", vigil.Errorf(vigil.EINVALID, "no password on stdin")
	}
	return strings.TrimRight(sc.Text(), "\r"), nil
}
