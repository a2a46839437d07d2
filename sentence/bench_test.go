package sentence

import (
	"testing"

	"vigil/internal/testcorpus"
)

// BenchmarkSplit measures Split on the sample corpus in MB/s of text.
func BenchmarkSplit(b *testing.B) {
	texts := testcorpus.Texts(b)
	b.SetBytes(testcorpus.Size(texts))
	for b.Loop() {
		for _, t := range texts {
			Split(t)
		}
	}
}
