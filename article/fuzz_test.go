package article

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"unicode/utf8"

	"vigil"
)

// FuzzReadJSONL feeds arbitrary bytes to the JSON Lines reader: it must never panic,
// and every result must be an article with valid UTF-8 text or an *InputError.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "Police arrested two men.", "published": "2020-01-02"}` + "\n"))
	f.Add([]byte("{\"html\": \"<p>Hello</p>\"}\n\n{\"text\": \"x\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &reader{ctx: context.Background(), opts: Options{MaxArticleBytes: 512}}
		r.yield = func(a *vigil.Article, err error) bool {
			checkResult(t, a, err)
			return true
		}
		r.jsonl("fuzz", "fuzz", bytes.NewReader(data))
	})
}

// FuzzFromHTML feeds arbitrary bytes to FromHTML: the extractors must not panic
// (FromHTML would turn a panic into an error, which this test reports), and an
// article's text must be valid UTF-8 and not empty.
func FuzzFromHTML(f *testing.F) {
	f.Add([]byte(smallPage))
	f.Add([]byte("<p>One paragraph of text.</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := FromHTML("fuzz", "", data)
		if errors.Is(err, errExtractorPanic) {
			t.Fatalf("FromHTML(%q): %v", data, err)
		}
		if err == nil {
			checkResult(t, a, nil)
		}
	})
}

func checkResult(t *testing.T, a *vigil.Article, err error) {
	t.Helper()
	if err != nil {
		var ie *InputError
		if a != nil || !errors.As(err, &ie) {
			t.Fatalf("result (%v, %v): want a nil article and an *InputError", a, err)
		}
		return
	}
	if a == nil {
		t.Fatal("nil article without an error")
	}
	if a.Text == "" || !utf8.ValidString(a.Text) {
		t.Fatalf("article text %q is empty or not valid UTF-8", a.Text)
	}
}
