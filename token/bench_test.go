package token

import (
	"testing"

	"vigil/internal/testcorpus"
)

// BenchmarkTokenize splits the sample corpus's texts.
func BenchmarkTokenize(b *testing.B) {
	texts := testcorpus.Texts(b)
	b.SetBytes(testcorpus.Size(texts))
	for b.Loop() {
		for _, s := range texts {
			Tokenize(s)
		}
	}
}
