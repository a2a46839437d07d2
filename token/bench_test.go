package token

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkTokenize splits the sample corpus's texts.
func BenchmarkTokenize(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus texts: %v", err)
	}
	var texts []string
	total := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(text))
		total += len(text)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, s := range texts {
			Tokenize(s)
		}
	}
}
