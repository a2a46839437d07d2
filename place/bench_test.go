package place

import (
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
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

func BenchmarkLoad(b *testing.B) {
	var heap float64
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		g, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(g)
	}
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

func BenchmarkFind(b *testing.B) {
	g := loadBench(b)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		g.Find(text)
	}
}
