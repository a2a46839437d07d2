package timex

import (
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token of the scanner.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// tok is one token: a run of letters, a run of digits, or one other character.
// Hyphens and periods are tokens of their own so that "third-quarter" and "Aug."
// can be matched piece by piece.
//
// A token holds no pointers (its lexicon entry is an index), so that the
// garbage collector neither scans a token buffer nor guards the writes that
// fill it.
type tok struct {
	start, end int
	num        int     // value of a number token (capped)
	li         uint16  // index of the lexicon entry in lexicon; noLex outside it
	ndig       uint8   // digits of a number token (capped at 255)
	kind       tokKind //
	cap        bool    // word starts with an upper-case letter
	space      bool    // white space before the token
	newline    bool    // a line break before the token
	blank      bool    // a blank line before the token (a paragraph break)
	ch         byte    // the character of an ASCII punctuation token
	starts     uint16  // the patterns that may match from the token (see startsAt)
}

// lx returns the lexicon entry of the token.
func (t *tok) lx() *lex { return &lexicon[t.li] }

// maxWord is the longest word looked up in the lexicon.
const maxWord = 16

// scan splits text into tokens, appending to toks.
func (t *Tagger) scan(text string, toks []tok) []tok {
	toks0 := toks
	var buf [maxWord]byte
	space, newline, blank := true, true, true
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			space = true
			i++
			continue
		case c == '\n':
			if newline {
				blank = true
			}
			space, newline = true, true
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, tok{start: i, end: j, kind: tNum, num: n, ndig: uint8(min(j-i, 255)), space: space, newline: newline, blank: blank})
			i = j
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			// the lower-case letters and their hash, read in the same pass
			j := i
			h := uint64(fnvOffset)
			for j < len(text) && (text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z') {
				c := text[j] | 0x20
				if j-i < maxWord {
					buf[j-i] = c
				}
				h = (h ^ uint64(c)) * fnvPrime
				j++
			}
			if j < len(text) && text[j] >= utf8.RuneSelf {
				// A word that goes on with non-ASCII letters is never a lexicon word.
				for j < len(text) {
					r, size := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r) && !(r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z')) {
						break
					}
					j += size
				}
				toks = append(toks, tok{start: i, end: j, kind: tWord, cap: c <= 'Z', space: space, newline: newline, blank: blank})
				i = j
				break
			}
			tk := tok{start: i, end: j, kind: tWord, cap: c <= 'Z', space: space, newline: newline, blank: blank}
			if j-i <= maxWord {
				tk.li = t.words.find(h, buf[:j-i])
			}
			toks = append(toks, tk)
			i = j
		case c < utf8.RuneSelf:
			ch := c
			toks = append(toks, tok{start: i, end: i + 1, kind: tPunct, ch: ch, space: space, newline: newline, blank: blank})
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
			if unicode.IsLetter(r) {
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += s2
				}
				toks = append(toks, tok{start: i, end: j, kind: tWord, cap: unicode.IsUpper(r), space: space, newline: newline, blank: blank})
				i = j
				break
			}
			var ch byte
			switch r {
			case '\u2013', '\u2014', '\u2010', '\u2011':
				ch = '-'
			case '\u2019', '\u2018':
				ch = '\''
			}
			toks = append(toks, tok{start: i, end: i + size, kind: tPunct, ch: ch, space: space, newline: newline, blank: blank})
			i += size
		}
		space, newline, blank = false, false, false
	}
	scanned := toks[len(toks0):]
	for i := range scanned {
		t := &scanned[i]
		if t.kind == tWord && t.li == noLex && t.end-t.start != 1 || t.kind == tPunct && t.ch != '\'' {
			continue // most tokens: startsAt says 0 (as scan leaves it)
		}
		t.starts = startsAt(text, scanned, i)
	}
	return toks
}

// FNV-1a, over the lower-cased bytes of a word.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func wordHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// wordTable is the lexicon as an open-addressing hash table keyed by wordHash,
// so that the scanner looks a word up with the hash it has already computed:
// most words of a text are not in the lexicon, and an empty slot or a
// different hash says so at once.
type wordTable struct {
	slots [wordSlots]wordSlot
}

// wordSlots is a power of two several times the lexicon's size.
const wordSlots = 1024

// wordSlot holds the hash and the lexicon index of one word; an empty slot
// holds noLex.
type wordSlot struct {
	h  uint64
	li uint16
}

// add puts lexicon entry li in the table.
func (wt *wordTable) add(li uint16) {
	h := wordHash(lexicon[li].word)
	for k := h; ; k++ {
		s := &wt.slots[k&(wordSlots-1)]
		if s.li == noLex {
			s.h, s.li = h, li
			return
		}
	}
}

// find returns the lexicon index of the lower-case word w, whose hash is h, or
// noLex.
func (wt *wordTable) find(h uint64, w []byte) uint16 {
	for k := h; ; k++ {
		s := &wt.slots[k&(wordSlots-1)]
		if s.li == noLex {
			return noLex
		}
		if s.h == h && lexicon[s.li].word == string(w) {
			return s.li
		}
	}
}
