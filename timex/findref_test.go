package timex

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"vigil"
	"vigil/internal/testcorpus"
)

// TestFindReference checks that FindReference, which scans the text once, gives
// what Reference and Find give one after the other.
func TestFindReference(t *testing.T) {
	texts := append([]string{"On Friday, November 2, the court met. A week later it ruled.", "LONDON, March 26 (Reuters) - It happened in 2019."}, testcorpus.Texts(t)...)
	tg := New()
	for _, text := range texts {
		for _, published := range []vigil.Date{{}, {Year: 2023, Month: 5, Day: 1, Precision: vigil.PrecisionDay}} {
			wantRef := tg.Reference(text, published)
			want := tg.Find(text, wantRef.Date)
			gotRef, got := tg.FindReference(text, published)
			if diff := cmp.Diff(wantRef, gotRef); diff != "" {
				t.Errorf("FindReference(%.40q, %v) reference mismatch (-want +got):\n%s", text, published, diff)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("FindReference(%.40q, %v) expressions mismatch (-want +got):\n%s", text, published, diff)
			}
		}
	}
}

// BenchmarkFindReference measures FindReference on the sample corpus, without
// published dates, as the pipeline runs it there (a reference parse, then a
// parse against the date it finds).
func BenchmarkFindReference(b *testing.B) {
	texts := testcorpus.Texts(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	tg := New()
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, t := range texts {
			tg.FindReference(t, vigil.Date{})
		}
	}
}
