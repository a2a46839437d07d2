package main

import (
	"io"
	"testing"

	"vigil/extract"
)

// BenchmarkWriteJSONL measures printing the events of testdata/corpus as JSON
// Lines, the output stage of `vigil extract --format jsonl`.
func BenchmarkWriteJSONL(b *testing.B) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var results []*extract.Result
	events := 0
	for _, a := range corpusArticles(b, 1) {
		r := x.Extract(a)
		results = append(results, r)
		events += len(r.Events)
	}
	out := newResultWriter(io.Discard, "jsonl")
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range results {
			if err := out.Write(r); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(events*b.N)/b.Elapsed().Seconds(), "events/s")
}
