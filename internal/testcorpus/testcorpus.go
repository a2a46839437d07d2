// Package testcorpus reads the sample corpus (testdata/corpus) for the tests
// and benchmarks of the pipeline's packages, so that each measures the same
// news text.
package testcorpus

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Texts returns the plain-text articles of testdata/corpus, in file name
// order. A missing corpus fails the test: the benchmarks are no benchmarks
// without it.
func Texts(tb testing.TB) []string {
	tb.Helper()
	_, file, _, _ := runtime.Caller(0) // this file, two folders below the module root
	files, err := filepath.Glob(filepath.Join(filepath.Dir(file), "..", "..", "testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no corpus texts in testdata/corpus: %v", err)
	}
	texts := make([]string, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// Size is the number of bytes of texts, for testing.B.SetBytes.
func Size(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}
