package event

import (
	"testing"

	"vigil/token"
)

// TestVocabLookup: the open-addressed table answers as the vocab map does, for
// every word in it and for the words of a text.
func TestVocabLookup(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lx := &c.lex
	for w, e := range lx.vocab {
		if got := lx.lookup(w); got != e {
			t.Errorf("lookup(%q) = %d, want %d", w, got, e)
		}
	}
	text := "Police in Oslo arrested two men on Friday over a plot to kill an exiled dissident; the suspects, who denied it, were charged. " +
		"“We will not be intimidated,” she said — but nobody claimed responsibility. Iran's embassy, the IS and US officials declined to comment."
	for _, tk := range token.Tokenize(text) {
		if got, want := lx.lookup(tk.Norm), lx.vocab[tk.Norm]; got != want {
			t.Errorf("lookup(%q) = %d, want %d", tk.Norm, got, want)
		}
	}
	// (and words that share a vocab word's length, first and last four bytes)
	for _, w := range []string{"", "x", "zzzzzz", "arrestedd", "a very long token that is no word at all", "assassXnated", "assassinatXd", "kidnXpping", "arrXsted"} {
		if got, want := lx.lookup(w), lx.vocab[w]; got != want {
			t.Errorf("lookup(%q) = %d, want %d", w, got, want)
		}
	}
}
