package place

import (
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"

	"vigil/internal/testcorpus"
	"vigil/token"
)

var (
	benchOnce sync.Once
	benchG    *Gazetteer
)

func loadBench(tb testing.TB) *Gazetteer {
	tb.Helper()
	benchOnce.Do(func() {
		g, err := Load()
		if err != nil {
			tb.Fatal(err)
		}
		benchG = g
	})
	return benchG
}

// BenchmarkLoad measures Load (target: under 200 ms and 150 MB).
func BenchmarkLoad(b *testing.B) {
	var heap float64
	for b.Loop() {
		b.StopTimer()
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		b.StartTimer()
		g, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(g)
		b.StartTimer()
	}
	// The heap the gazetteer keeps once loaded.
	b.ReportMetric(heap, "heap-MB")
}

// benchText is news-like text of our own writing, or the file named by
// $VIGIL_PLACE_BENCH_TEXT.
func benchText(b *testing.B) string {
	if p := os.Getenv("VIGIL_PLACE_BENCH_TEXT"); p != "" {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		return string(t)
	}
	t, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(t)+"\n\n", 20)
}

// BenchmarkFind measures Find on news text (target: at least 10 MB/s). Set
// VIGIL_PLACE_BENCH_TEXT to a file of real articles to measure on them.
func BenchmarkFind(b *testing.B) {
	g := loadBench(b)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		g.Find(text)
	}
}

// BenchmarkFindCorpus measures FindTokens article by article on the corpus of
// the extract package's golden tests, as the pipeline calls it: the text
// already tokenized.
func BenchmarkFindCorpus(b *testing.B) {
	g := loadBench(b)
	texts := testcorpus.Texts(b)
	toks := make([][]token.Token, len(texts))
	for i, t := range texts {
		toks[i] = token.Tokenize(t)
	}
	b.SetBytes(testcorpus.Size(texts))
	b.ResetTimer()
	for b.Loop() {
		for i, t := range texts {
			g.FindTokens(t, toks[i])
		}
	}
}
