package main

import (
	"context"
	"fmt"

	"vigil/extract"
)

func init() {
	registerCommand(command{name: "reprocess", summary: "re-extract stored articles, keeping reviewers' edits", run: runReprocess})
}

func runReprocess(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "reprocess", "[--db PATH | --database-url URL] [--all]")
	var sf storeFlags
	sf.register(fs)
	all := fs.Bool("all", false, "re-extract every article, not only those an older extractor produced")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	s, err := sf.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	ids, err := s.ArticleIDs(ctx)
	if err != nil {
		return err
	}
	done, events := 0, 0
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		sa, err := s.Article(ctx, id)
		if err != nil {
			return err
		}
		if !*all && sa.Extractor == x.Version() {
			continue
		}
		evs, err := safeExtract(x.Extract, &sa.Article)
		if err != nil {
			env.Logger.Warn("reprocess failed", "doc", sa.Article.ID, "reason", err)
			continue
		}
		if err := s.ReplaceEvents(ctx, id, evs, x.Version()); err != nil {
			return fmt.Errorf("reprocess %s: %w", sa.Article.ID, err)
		}
		done++
		events += len(evs)
	}
	n, err := recluster(ctx, s)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "reprocessed %d of %d articles (%d events); %d incidents\n", done, len(ids), events, n)
	return nil
}
