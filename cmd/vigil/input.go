package main

import (
	"context"
	"errors"
	"fmt"
	"iter"

	"vigil"
	"vigil/article"
)

// articles reads inputs and yields their articles. A failed input is reported on
// stderr, naming it, and counted in *failed; reading goes on. A cancelled context
// ends the sequence.
func articles(ctx context.Context, env *Env, inputs []string, opts article.Options, failed *int) iter.Seq[*vigil.Article] {
	if opts.Stdin == nil {
		opts.Stdin = env.Stdin
	}
	return func(yield func(*vigil.Article) bool) {
		for a, err := range article.Read(ctx, inputs, opts) {
			if err != nil {
				if errors.Is(err, context.Canceled) {
					return
				}
				*failed++
				fmt.Fprintf(env.Stderr, "vigil: %v\n", err)
				continue
			}
			if !yield(a) {
				return
			}
		}
	}
}

// eachArticle reads inputs and calls fn for every article. A failed input is
// reported on stderr and reading goes on; the result is errSomeFailed when any
// input failed. An error from fn stops the run and is returned.
func eachArticle(ctx context.Context, env *Env, inputs []string, opts article.Options, fn func(a *vigil.Article) error) error {
	if err := needInputs(env, inputs); err != nil {
		return err
	}
	failed := 0
	for a := range articles(ctx, env, inputs, opts, &failed) {
		if err := fn(a); err != nil {
			return err
		}
	}
	return readOutcome(ctx, env, failed)
}

func needInputs(env *Env, inputs []string) error {
	if len(inputs) == 0 {
		fmt.Fprintln(env.Stderr, "vigil: no INPUT given (a file, a directory, or - for standard input)")
		return errUsage
	}
	return nil
}

// readOutcome turns the end of a read into the command's result.
func readOutcome(ctx context.Context, env *Env, failed int) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(env.Stderr, "vigil: %d input(s) failed\n", failed)
		return errSomeFailed
	}
	return nil
}

// publishedFlag parses a --published value; empty means none.
func publishedFlag(env *Env, s string) (vigil.Date, error) {
	if s == "" {
		return vigil.Date{}, nil
	}
	d, err := vigil.ParseDate(s)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vigil: --published: %v\n", err)
		return d, errUsage
	}
	return d, nil
}
