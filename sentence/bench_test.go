package sentence

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSplit measures Split on the sample corpus in MB/s of text.
func BenchmarkSplit(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus: %v", err)
	}
	var texts []string
	total := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		total += len(t)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, t := range texts {
			Split(t)
		}
	}
}
