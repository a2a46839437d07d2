package timex

import (
	"strings"
	"testing"
)

// TestWordTable checks that the scanner finds every lexicon word of letters,
// in any case, whether the text goes on for 16 bytes after it or ends
// within them, and finds none of a few words that are not lexicon words.
func TestWordTable(t *testing.T) {
	tg := New()
	find := func(text, w string) uint16 {
		toks, _ := tg.scan(text, nil, nil)
		for _, tk := range toks {
			if text[tk.start:tk.end] == w {
				return tk.li
			}
		}
		t.Fatalf("%q: no token %q", text, w)
		return 0
	}
	for li := 1; li < len(lexicon); li++ {
		w := lexicon[li].word
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue // "a.m", "twenty-first": the scanner splits them
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			for _, text := range []string{v, "x " + v + ", and the rest of the sentence", "the rest of the sentence: " + v} {
				if got := find(text, v); got != uint16(li) {
					t.Errorf("%q: %q found as %q", text, v, lexicon[got].word)
				}
			}
		}
	}
	for _, w := range []string{"x", "Q", "Mayor", "theatre", "thes", "daysx", "Septembers", "abcdefghijklmnop", "abcdefghijklmnopq"} {
		for _, text := range []string{w, w + " and the rest of the sentence"} {
			if got := find(text, w); got != noLex {
				t.Errorf("%q: %q found as %q", text, w, lexicon[got].word)
			}
		}
	}
}

// TestLettersEnd checks lettersEnd against a byte-by-byte loop, for every
// byte value at every place of a run of letters.
func TestLettersEnd(t *testing.T) {
	isLetter := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := []byte("aBcDeFgHiJkLmNoPqRsT")
			b[at] = byte(c)
			text := string(b)
			for j := 0; j < len(text); j++ {
				want := j
				for want < len(text) && isLetter(text[want]) {
					want++
				}
				if got := lettersEnd(text, j); got != want {
					t.Fatalf("lettersEnd(%q, %d) = %d, want %d", text, j, got, want)
				}
			}
		}
	}
}
