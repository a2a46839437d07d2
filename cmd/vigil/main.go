// Command vigil turns news reports into a sourced record of transnational
// repression: it extracts events from articles, resolves their places and dates,
// stores them as incidents, and serves them. Each subcommand lives in its own file
// and registers itself with registerCommand.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"syscall"

	"golang.org/x/term"
)

// Env is what a subcommand may touch of the outside world, so tests can run the
// real commands against buffers.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Logger         *slog.Logger
	// StdoutIsTerminal decides the default output format (table on a terminal).
	StdoutIsTerminal bool
	// StderrIsTerminal decides whether progress bars are drawn.
	StderrIsTerminal bool
}

// command is one subcommand: its name, a one-line summary for the usage text, and
// its entry point, which parses its own flags from args.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

var commands = map[string]command{}

// registerCommand adds a subcommand; called from the init function of the file that
// defines it.
func registerCommand(c command) {
	if _, dup := commands[c.name]; dup {
		panic("vigil: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// errSomeFailed is returned by a command that processed its inputs but had to skip
// some; the failures were already reported, so main only sets the exit status.
var errSomeFailed = errors.New("some inputs failed")

// errUsage marks a command-line mistake; main exits with status 2.
var errUsage = errors.New("usage")

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{
		Stdin:            os.Stdin,
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		Logger:           slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
		StdoutIsTerminal: term.IsTerminal(int(os.Stdout.Fd())),
		StderrIsTerminal: term.IsTerminal(int(os.Stderr.Fd())),
	}
	os.Exit(runProfiled(func() int { return Run(ctx, env, os.Args[1:]) }))
}

// tuneGC bounds memory: a soft limit makes the collector work harder before
// the process nears 300 MB. Go's default collection pace is kept: a slower
// pace (GOGC=400) ran fewer collections but cost more CPU than it saved, in
// page faults on the larger heap (2.40 against 2.22 CPU-s on the 3,000-record
// stream). GOMEMLIMIT in the environment wins.
func tuneGC() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(270 << 20)
	}
}

// runProfiled runs fn, writing a CPU profile to the file VIGIL_CPUPROFILE names,
// if any: how the speed figures of the README were found.
func runProfiled(fn func() int) int {
	path := os.Getenv("VIGIL_CPUPROFILE")
	if path == "" {
		return fn()
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "vigil: VIGIL_CPUPROFILE: %v\n", err)
		return fn()
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "vigil: VIGIL_CPUPROFILE: %v\n", err)
		return fn()
	}
	defer pprof.StopCPUProfile()
	return fn()
}

// Run executes the command line args and returns the process exit status: 0 on
// success, 1 when some inputs failed or the command failed, 2 on a usage error.
func Run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "vigil: unknown command %q\n\n", args[0])
		usage(env.Stderr)
		return 2
	}
	err := c.run(ctx, env, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errSomeFailed):
		return 1
	default:
		fmt.Fprintf(env.Stderr, "vigil %s: %v\n", c.name, err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: vigil COMMAND [flags] [INPUT...]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'vigil COMMAND -h' for a command's flags.")
}

// newFlagSet returns a flag set that reports errors instead of exiting and prints
// its usage to the command's stderr.
func newFlagSet(env *Env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: vigil %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args and maps a parse error to errUsage (the flag package has
// already printed it).
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// outputFormat resolves a --format flag: "" means table on a terminal and jsonl
// otherwise. allowed lists the formats the command knows.
func outputFormat(env *Env, format string, allowed ...string) (string, error) {
	if format == "" {
		if env.StdoutIsTerminal {
			return "table", nil
		}
		return "jsonl", nil
	}
	for _, a := range allowed {
		if a == format {
			return format, nil
		}
	}
	fmt.Fprintf(env.Stderr, "vigil: unknown --format %q (want one of %v)\n", format, allowed)
	return "", errUsage
}
