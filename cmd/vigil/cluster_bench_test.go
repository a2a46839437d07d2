package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"vigil"
	"vigil/article"
	"vigil/extract"
	"vigil/sqlite"
	"vigil/storetest"
)

// BenchmarkIngestBatch measures one ingest of a small batch (10 news-length
// articles of testdata/corpus, each time new copies) into a SQLite store that
// already holds many events, clustering included: "new" clusters the new
// events with the blocks they fall in, as ingest does; "whole" clusters the
// whole store again, as ingest --recluster and reprocess do, and as ingest did
// before.
//
//	go test ./cmd/vigil -run '^$' -bench IngestBatch -benchtime 10x
//
// VIGIL_BENCH_EVENTS=n measures "new" at a store of n events instead of
// 10,000 and 100,000 (with -bench 'IngestBatch/store=n/new').
//
// The synthetic store holds 3 events per article, as the bundled corpora do
// (2.4 to 6): what a batch reads besides its blocks is the rest of their
// articles, so a store of longer articles costs more.
func BenchmarkIngestBatch(b *testing.B) {
	sizes := []int{10_000, 100_000}
	if v := os.Getenv("VIGIL_BENCH_EVENTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			b.Fatal(err)
		}
		sizes = []int{n}
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("store=%d/new", n), func(b *testing.B) { benchIngestBatch(b, n, clusterNew) })
	}
	// the whole clustering grows faster than the store (it links every
	// response anew, and bounds its score against every attack read), so
	// it is measured where it takes seconds
	for _, n := range []int{10_000, 30_000} {
		b.Run(fmt.Sprintf("store=%d/whole", n), func(b *testing.B) { benchIngestBatch(b, n, recluster) })
	}
}

func benchIngestBatch(b *testing.B, events int, cluster func(context.Context, vigil.Store) (int, error)) {
	files, err := filepath.Glob("../../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no testdata/corpus")
	}
	var corpus []*vigil.Article
	for a, err := range article.Read(context.Background(), files, article.Options{}) {
		if err != nil {
			b.Fatal(err)
		}
		corpus = append(corpus, a)
	}
	copies := 0
	batch := func() []*vigil.Article {
		var out []*vigil.Article
		for range 10 {
			a := *corpus[copies%len(corpus)]
			a.ID = fmt.Sprintf("%s-%d", a.ID, copies)
			a.Text += fmt.Sprintf("\n\nCopy %d.\n", copies)
			out = append(out, &a)
			copies++
		}
		return out
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.Fill(b, s, storetest.Synthetic{Events: events, EventsPerArticle: 3, EventsPerIncident: 3})
	env := &Env{Stdout: io.Discard, Stderr: io.Discard, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ingestBatch := func() (stored time.Duration) {
		arts := batch()
		seq := func(yield func(*vigil.Article, error) bool) {
			for _, a := range arts {
				if !yield(a, nil) {
					return
				}
			}
		}
		t0 := time.Now()
		if c, err := ingest(ctx, env, s, seq, x.Extract, x.Version(), 2); err != nil || c.stored != len(arts) {
			b.Fatalf("ingest: %+v, %v", c, err)
		}
		stored = time.Since(t0)
		if _, err := cluster(ctx, s); err != nil {
			b.Fatal(err)
		}
		return stored
	}
	// The bulk-loaded incidents are not what clustering makes of the blocks
	// a first batch reads: that batch regroups them, once.
	t0 := time.Now()
	ingestBatch()
	b.Logf("first batch (regroups the bulk-loaded blocks it reads): %.1fs", time.Since(t0).Seconds())
	var store time.Duration
	b.ResetTimer()
	for b.Loop() {
		store += ingestBatch()
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/batch")
	b.ReportMetric((b.Elapsed()-store).Seconds()/float64(b.N), "s-cluster/batch")
}
