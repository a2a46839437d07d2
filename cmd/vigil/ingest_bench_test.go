package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"vigil"
	"vigil/article"
	"vigil/extract"
	"vigil/sqlite"
)

// benchArticles reads n generated articles into memory.
func benchArticles(b *testing.B, n int) []*vigil.Article {
	b.Helper()
	stream := writeStream(b, b.TempDir(), n)
	var out []*vigil.Article
	for a, err := range article.Read(context.Background(), []string{stream}, article.Options{}) {
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// corpusArticles reads the plain-text articles of testdata/corpus, each copied
// reps times with a line that tells the copies apart, so that they are stored
// as distinct articles of realistic length.
func corpusArticles(b *testing.B, reps int) []*vigil.Article {
	b.Helper()
	files, err := filepath.Glob("../../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Skip("no testdata/corpus")
	}
	var out []*vigil.Article
	for r := range reps {
		for a, err := range article.Read(context.Background(), files, article.Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			a.ID = fmt.Sprintf("%s-%d", a.ID, r)
			a.Text += fmt.Sprintf("\n\nCopy %d.\n", r)
			out = append(out, a)
		}
	}
	return out
}

// BenchmarkIngest measures the whole ingest of plain-text articles into a fresh
// SQLite store: extraction, storage and clustering. "generated" holds short
// generated reports, "corpus" the articles of testdata/corpus (news-length).
func BenchmarkIngest(b *testing.B) {
	b.Run("generated", func(b *testing.B) { benchIngest(b, benchArticles(b, 1000)) })
	b.Run("corpus", func(b *testing.B) { benchIngest(b, corpusArticles(b, 15)) })
}

func benchIngest(b *testing.B, arts []*vigil.Article) {
	n := len(arts)
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	env := &Env{Stdout: io.Discard, Stderr: io.Discard, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	var storeSec, clusterSec float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		seq := func(yield func(*vigil.Article, error) bool) {
			for _, a := range arts {
				if !yield(a, nil) {
					return
				}
			}
		}
		t0 := time.Now()
		c, err := ingest(ctx, env, s, seq, x.Extract, x.Version(), 2)
		if err != nil || c.stored != n {
			b.Fatalf("ingest: %+v, %v", c, err)
		}
		t1 := time.Now()
		if _, err := recluster(ctx, s); err != nil {
			b.Fatal(err)
		}
		storeSec += t1.Sub(t0).Seconds()
		clusterSec += time.Since(t1).Seconds()
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(storeSec/float64(b.N), "s-extract+store/op")
	b.ReportMetric(clusterSec/float64(b.N), "s-cluster/op")
}

// BenchmarkExtractOnly measures extraction alone on the same articles, so the
// share of ingest time spent outside the store can be told apart.
func BenchmarkExtractOnly(b *testing.B) {
	b.Run("generated", func(b *testing.B) { benchExtract(b, benchArticles(b, 1000)) })
	b.Run("corpus", func(b *testing.B) { benchExtract(b, corpusArticles(b, 1)) })
}

func benchExtract(b *testing.B, arts []*vigil.Article) {
	n := len(arts)
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			x.Extract(a)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
