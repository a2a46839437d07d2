package extract

import (
	"path/filepath"
	"sync"
	"testing"

	"vigil"
	"vigil/article"
	"vigil/event"
	"vigil/token"
)

// corpusArticles reads the sample corpus for the benchmarks.
func corpusArticles(b *testing.B) ([]*vigil.Article, int) {
	b.Helper()
	var arts []*vigil.Article
	total := 0
	for a, err := range article.Read(b.Context(), []string{filepath.Join("..", "testdata", "corpus")}, article.Options{}) {
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		total += len(a.Text)
	}
	return arts, total
}

// BenchmarkNew measures loading the pipeline's data: the gazetteer, the actor
// dictionary, the temporal lexicon and the trigger lexicon (a cold start pays it
// once).
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

var (
	benchOnce sync.Once
	benchX    *Extractor
	benchErr  error
)

// benchExtractor is the extractor as vigil runs it by default: without
// explanations, which the tests' shared extractor records.
func benchExtractor(b *testing.B) *Extractor {
	b.Helper()
	benchOnce.Do(func() { benchX, benchErr = New(Options{}) })
	if benchErr != nil {
		b.Fatalf("New: %v", benchErr)
	}
	return benchX
}

// BenchmarkStages measures each stage of Extract on the sample corpus in MB/s of
// text, to show where the time goes.
func BenchmarkStages(b *testing.B) {
	x := benchExtractor(b)
	arts, total := corpusArticles(b)
	toks := make([][]token.Token, len(arts))
	ins := make([]*event.Input, len(arts))
	for i, a := range arts {
		toks[i] = token.Tokenize(a.Text)
		ref, times := x.times.FindReference(a.Text, a.Published)
		ins[i] = x.input(a, ref, times, toks[i], new(buffers))
	}
	stages := []struct {
		name string
		run  func(i int, a *vigil.Article)
	}{
		{"tokenize", func(i int, a *vigil.Article) { token.Tokenize(a.Text) }},
		{"reference", func(i int, a *vigil.Article) { x.times.Reference(a.Text, a.Published) }},
		{"places", func(i int, a *vigil.Article) { x.places.FindTokens(a.Text, toks[i]) }},
		{"actors", func(i int, a *vigil.Article) { x.actors.FindTokens(a.Text, toks[i]) }},
		{"times", func(i int, a *vigil.Article) { x.times.FindReference(a.Text, a.Published) }},
		{"code", func(i int, a *vigil.Article) { x.coder.Code(ins[i]) }},
	}
	for _, s := range stages {
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(total))
			for b.Loop() {
				for i, a := range arts {
					s.run(i, a)
				}
			}
		})
	}
}
