package actor

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"vigil/token"
)

func BenchmarkFind(b *testing.B) {
	d := load(b)
	text, err := os.ReadFile("testdata/report.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := strings.Repeat(string(text)+"\n\n", 20)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		d.Find(s)
	}
}

// BenchmarkFindTokens measures the matcher alone, on text already tokenized.
func BenchmarkFindTokens(b *testing.B) {
	d := load(b)
	text, err := os.ReadFile("testdata/report.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := strings.Repeat(string(text)+"\n\n", 20)
	toks := token.Tokenize(s)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		d.FindTokens(s, toks)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzFind(f *testing.F) {
	seeds, _ := os.ReadDir("testdata")
	for _, e := range seeds {
		if strings.HasSuffix(e.Name(), ".txt") {
			text, err := os.ReadFile("testdata/" + e.Name())
			if err == nil {
				f.Add(string(text))
			}
		}
	}
	f.Add("Iran's MIT professor; the U.S. and u.s.; RAW raw RAW; ?foreign ministry")
	d := load(f)
	f.Fuzz(func(t *testing.T, text string) {
		ms := d.Find(text)
		prev := 0
		for _, m := range ms {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("Find(%q): bad span %d:%d after %d", text, m.Start, m.End, prev)
			}
			if text[m.Start:m.End] != m.Text || m.Actor == nil {
				t.Fatalf("Find(%q): mention %+v does not match the text", text, m)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("Find(%q): mention %q splits a rune", text, m.Text)
			}
			prev = m.End
		}
	})
}
