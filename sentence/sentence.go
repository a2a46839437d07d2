// Package sentence splits article text into sentences with byte offsets. It knows
// the shapes of news text: paragraphs and headlines on lines of their own, list
// items, abbreviations ("U.S.", "Mr.", "Jan."), initials, quotations, and text
// hard-wrapped inside a paragraph.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text.
type Sentence struct {
	Start, End int // byte offsets, trimmed of surrounding space
	Para       int // index of the paragraph (a block of text ended by a line break), counting from 0
	// Fragment is true for a line with no sentence-final punctuation: a headline,
	// a menu, a caption or a list heading. Such lines confirm events told in full
	// sentences but rarely tell one themselves.
	Fragment bool
}

// Split returns the sentences of text in order.
func Split(text string) []Sentence {
	// room for a sentence of news length in each line: most texts need not grow it
	return AppendSplit(make([]Sentence, 0, strings.Count(text, "\n")+1+len(text)/128), text)
}

// AppendSplit appends the sentences of text to dst in order and returns the
// extended slice, so that a caller splitting many texts can reuse one buffer.
func AppendSplit(dst []Sentence, text string) []Sentence {
	para := 0
	for start := 0; ; {
		end := blockEnd(text, start)
		if s, e := trim(text, start, end); s < e {
			splitBlock(text, s, e, para, &dst)
			para++
		}
		if end >= len(text) {
			return dst
		}
		start = end + 1
	}
}

// blockEnd is the end of the block of text that starts at start: a block ends
// at a line break unless the text looks hard-wrapped there (the line does not
// end a sentence and the next starts in lower case).
func blockEnd(text string, start int) int {
	end := start
	for end < len(text) {
		i := strings.IndexByte(text[end:], '\n')
		if i < 0 {
			return len(text)
		}
		nl := end + i
		if !wrappedAt(text, start, nl) {
			return nl
		}
		end = nl + 1
	}
	return end
}

// wrappedAt reports whether the line break at nl continues the same sentence.
func wrappedAt(text string, lineStart, nl int) bool {
	prev := strings.TrimRight(text[lineStart:nl], " \t\r")
	if prev == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;\"”’)", last) {
		return false
	}
	rest := text[nl+1:]
	next := strings.TrimLeft(rest, " \t")
	if next == "" || next[0] == '\n' || next[0] == '\r' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

func trim(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// splitBlock splits one block [s, e) into sentences.
func splitBlock(text string, s, e, para int, out *[]Sentence) {
	start := s
	i := s
	// Only '.', '!', '?' and '…' (which starts with byte 0xE2) matter: the
	// other bytes are skipped, without decoding, to the nearest of these,
	// each found by IndexByte (next holds where, e for none). No byte of
	// these, nor any other ASCII byte or leading byte, is ever inside a rune
	// that decoding from s would step over, so the same ones are found.
	next := [len(stopBytes)]int{-1, -1, -1, -1}
	for i < e {
		nearest := e
		for q, c := range stopBytes {
			if next[q] < i {
				next[q] = e
				if k := strings.IndexByte(text[i:e], c); k >= 0 {
					next[q] = i + k
				}
			}
			nearest = min(nearest, next[q])
		}
		if i = nearest; i >= e {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '.' || r == '!' || r == '?' || r == '…' {
			j := i + size
			// absorb further terminators and closing quotes/brackets
			for j < e {
				r2, sz := utf8.DecodeRuneInString(text[j:])
				if strings.ContainsRune(".!?…\"”’')]", r2) {
					j += sz
					continue
				}
				break
			}
			if j >= e {
				break
			}
			if isBoundary(text, start, i, j, e, r) {
				add(text, start, j, para, out)
				start = j
			}
			i = j
			continue
		}
		i += size
	}
	add(text, start, e, para, out)
}

// stopBytes are the bytes splitBlock stops at.
var stopBytes = [...]byte{'.', '!', '?', 0xE2}

func add(text string, s, e, para int, out *[]Sentence) {
	s, e = trim(text, s, e)
	if s >= e {
		return
	}
	last, _ := utf8.DecodeLastRuneInString(text[s:e])
	frag := !strings.ContainsRune(".!?…\"”’)", last)
	*out = append(*out, Sentence{Start: s, End: e, Para: para, Fragment: frag})
}

// isBoundary decides whether the terminator at dot (followed by closers up to j)
// ends a sentence: it must be followed by space and then an upper-case letter,
// digit or opening quote, and the word before it must not be an abbreviation.
func isBoundary(text string, sentStart, dot, j, e int, term rune) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsSpace(r) {
		return false
	}
	k := j
	for k < e {
		r2, sz := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsSpace(r2) {
			break
		}
		k += sz
	}
	if k >= e {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[k:])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'([", next)) {
		return false
	}
	if term != '.' {
		return true
	}
	word := lastWord(text[sentStart:dot])
	if word == "" {
		return true
	}
	if abbr, union := abbreviation(word); abbr {
		// "U.S." ends a sentence often enough; decide by what follows: a capitalised
		// function word starts a new sentence.
		if union {
			return startsSentenceWord(text[k:])
		}
		return false
	}
	// an initial: "John F. Kennedy"
	if utf8.RuneCountInString(word) == 1 {
		r0, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r0) {
			return false
		}
	}
	return true
}

// abbreviation reports whether word, lower-cased, is one of abbreviations,
// and whether it is one of unions ("U.S."). A short ASCII word is lower-cased
// on the stack rather than copied.
func abbreviation(word string) (abbr, union bool) {
	var buf [16]byte
	if len(word) > len(buf) {
		lw := strings.ToLower(word)
		return abbreviations[lw], unions[lw]
	}
	b := buf[:len(word)]
	for i := range b {
		c := word[i]
		if c >= utf8.RuneSelf {
			lw := strings.ToLower(word)
			return abbreviations[lw], unions[lw]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return abbreviations[string(b)], unions[string(b)]
}

// unions are the abbreviations of countries and unions of them.
var unions = map[string]bool{"u.s": true, "u.k": true, "u.n": true, "e.u": true}

func lastWord(s string) string {
	end := len(s)
	i := end
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || r == '.' {
			i -= size
			continue
		}
		break
	}
	return strings.TrimLeft(s[i:end], ".")
}

func startsSentenceWord(s string) bool {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	switch s[:i] {
	case "The", "A", "An", "In", "On", "It", "He", "She", "They", "We", "But", "This", "That", "Its", "His", "Her", "Their", "After", "Before", "When", "While", "Officials", "Police":
		return true
	}
	return false
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpl": true, "maj": true,
	"gov": true, "st": true, "mt": true, "jr": true, "sr": true, "rev": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"e.g": true, "i.e": true, "approx": true, "dept": true, "est": true, "fig": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "a.m": true, "p.m": true,
}
