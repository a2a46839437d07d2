package main

import (
	"context"
	"errors"
	"fmt"

	"vigil"
	"vigil/article"
)

// eachArticle reads inputs and calls fn for every article. A failed input is
// reported on stderr, naming it, and reading goes on; the result is errSomeFailed
// when any input failed. An error from fn stops the run and is returned.
func eachArticle(ctx context.Context, env *Env, inputs []string, opts article.Options, fn func(a *vigil.Article) error) error {
	if len(inputs) == 0 {
		fmt.Fprintln(env.Stderr, "vigil: no INPUT given (a file, a directory, or - for standard input)")
		return errUsage
	}
	if opts.Stdin == nil {
		opts.Stdin = env.Stdin
	}
	failed := 0
	for a, err := range article.Read(ctx, inputs, opts) {
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return err
			}
			failed++
			fmt.Fprintf(env.Stderr, "vigil: %v\n", err)
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
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
