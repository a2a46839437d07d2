package timex

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"vigil/internal/swar"
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

// scan splits text into tokens, appending to toks, and appends to heads the
// indices of the tokens where parser.run tries the patterns: those where one
// may start (see startsAt), but for words outside the lexicon.
func (t *Tagger) scan(text string, toks []tok, heads []int) ([]tok, []int) {
	toks0 := toks
	space, newline, blank := true, true, true
	for i := 0; i < len(text); {
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
		case c >= utf8.RuneSelf:
			if r, size := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		// A token starts here. It is filled in place: one built aside field
		// by field and copied in would be read back at once in wide loads,
		// which stalls the processor.
		toks = append(toks, tok{})
		tk := &toks[len(toks)-1]
		tk.start, tk.space, tk.newline, tk.blank = i, space, newline, blank
		space, newline, blank = false, false, false
		switch {
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			tk.end, tk.kind, tk.num, tk.ndig, tk.starts = j, tNum, n, uint8(min(j-i, 255)), numStarts
			i = j
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			tk.kind, tk.cap = tWord, c <= 'Z'
			// Most words are shorter than eight letters and followed by an
			// ASCII byte: one load gives both the word's end and its key
			// (as lettersEnd and keyOf would).
			if i+8 <= len(text) {
				x := swar.Load64(text[i:])
				if m := nonLetters(x); m != 0 {
					if n := bits.TrailingZeros64(m) / 8; text[i+n] < utf8.RuneSelf {
						const lower = 0x2020202020202020
						tk.end = i + n
						tk.li, tk.starts = t.words.find(wordKey{lo: (x | lower) & (1<<(8*n) - 1)})
						if n == 1 && c == 'Q' {
							tk.starts = qStarts
						}
						i += n
						break
					}
				}
			}
			j := lettersEnd(text, i+1)
			if j < len(text) && text[j] >= utf8.RuneSelf {
				// A word that goes on with non-ASCII letters is never a lexicon word.
				for j < len(text) {
					r, size := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r) && !(r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z')) {
						break
					}
					j += size
				}
				tk.end = j
				i = j
				break
			}
			tk.end = j
			if j-i <= maxWord {
				tk.li, tk.starts = t.words.find(keyOf(text, i, j))
			}
			if j-i == 1 && c == 'Q' {
				tk.starts = qStarts
			}
			i = j
		case c < utf8.RuneSelf:
			tk.end, tk.kind, tk.ch = i+1, tPunct, c
			if c == '\'' {
				tk.starts = aposStarts
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += s2
				}
				tk.end, tk.kind, tk.cap = j, tWord, unicode.IsUpper(r)
				i = j
				break
			}
			tk.end, tk.kind = i+size, tPunct
			switch r {
			case '\u2013', '\u2014', '\u2010', '\u2011':
				tk.ch = '-'
			case '\u2019', '\u2018':
				tk.ch, tk.starts = '\'', aposStarts
			}
			i += size
		}
	}
	// The patterns that may start at a token whatever follows are those set
	// above: of a number, an apostrophe, "Q", and of its lexicon word, which
	// the word table keeps beside the word so that no lexicon entry is read.
	// At most tokens there are none; startsAt keeps those that may start
	// given what follows.
	scanned := toks[len(toks0):]
	for i := range scanned {
		t := &scanned[i]
		if t.starts == 0 {
			continue
		}
		t.starts = startsAt(text, scanned, i)
		if t.starts != 0 && !(t.kind == tWord && t.li == noLex) {
			// ("Q" starts a pattern only after "early" and the like)
			heads = append(heads, len(toks0)+i)
		}
	}
	return toks, heads
}

// wordTable is the lexicon as a hash table keyed by the words themselves
// (wordKey), so that a word of the text is looked up without hashing it byte
// by byte or comparing strings. A word is looked for in one slot, its home,
// without a branch on whether it is there: about half the words of a text are
// lexicon words, and no branch predictor can tell which. Only at the few homes
// that two lexicon words share is the one left out sought in a short list.
type wordTable struct {
	slots [wordSlots]wordSlot
	more  []wordSlot // the lexicon words whose home another holds
}

// wordSlots is a power of two several times the lexicon's size, so that few
// lexicon words share a home.
const (
	slotBits  = 11
	wordSlots = 1 << slotBits
)

// wordSlot holds the key and the lexicon index of one word, and the patterns
// that may start at it (its entry's starts); an empty slot holds noLex and no
// patterns.
type wordSlot struct {
	key    wordKey
	li     uint16
	starts uint16
	more   bool // another lexicon word with this home is in wordTable.more
}

// wordKey is a word of at most maxWord ASCII letters, lower-cased, packed into
// two numbers and zero-filled: the word is its own key.
type wordKey struct{ lo, hi uint64 }

// keyOf returns the key of the letters text[i:j]. It reads 16 bytes at once
// where the text has them.
func keyOf(text string, i, j int) wordKey {
	if i+16 > len(text) {
		return keyOfBytes(text[i:j])
	}
	const lower = 0x2020202020202020 // lower-cases ASCII letters, byte by byte
	k := wordKey{swar.Load64(text[i:]) | lower, swar.Load64(text[i+8:]) | lower}
	switch n := j - i; {
	case n < 8:
		k.lo &= 1<<(8*n) - 1
		k.hi = 0
	case n < 16:
		k.hi &= 1<<(8*(n-8)) - 1
	}
	return k
}

// keyOfBytes is keyOf for the letters w, byte by byte.
func keyOfBytes(w string) wordKey {
	var k wordKey
	for b := 0; b < len(w); b++ {
		c := uint64(w[b]|0x20) << (8 * (b % 8))
		if b < 8 {
			k.lo |= c
		} else {
			k.hi |= c
		}
	}
	return k
}

// lettersEnd returns the end of the run of ASCII letters from text[j]. It
// tests eight bytes at a time where the text has them: most words end within
// the first eight.
func lettersEnd(text string, j int) int {
	for ; j+8 <= len(text); j += 8 {
		if m := nonLetters(swar.Load64(text[j:])); m != 0 {
			return j + bits.TrailingZeros64(m)/8
		}
	}
	for j < len(text) && (text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z') {
		j++
	}
	return j
}

// nonLetters returns x, eight bytes, with the high bit of each byte that is
// not an ASCII letter set, and nothing else: per byte, b|0x20 lies in
// 'a'..'z' and b is below 0x80. Bytes are added to without carrying into the
// next: every sum stays below 0x100.
func nonLetters(x uint64) uint64 {
	y := (x | 0x20*swar.Ones) &^ swar.High // lower-cased, and the high bit cleared
	geA := y + (0x80-'a')*swar.Ones        // high bit set where y >= 'a'
	gtZ := y + (0x80-'z'-1)*swar.Ones      // high bit set where y > 'z'
	letters := geA &^ gtZ &^ x & swar.High
	return letters ^ swar.High
}

// home is the slot where the word with key k belongs.
func (k wordKey) home() uint64 {
	return (k.lo*0x9e3779b97f4a7c15 ^ k.hi*0xc2b2ae3d27d4eb4f) >> (64 - slotBits)
}

// add puts lexicon entry li in the table.
func (wt *wordTable) add(li uint16) {
	w := lexicon[li].word
	if len(w) > maxWord {
		panic("timex: lexicon word longer than maxWord: " + w)
	}
	k := keyOfBytes(w)
	sl := &wt.slots[k.home()]
	if sl.li != noLex {
		sl.more = true
		wt.more = append(wt.more, wordSlot{key: k, li: li, starts: lexicon[li].starts})
		return
	}
	sl.key, sl.li, sl.starts = k, li, lexicon[li].starts
}

// find returns the lexicon index of the word with key k and the patterns that
// may start at it, or noLex and none.
func (wt *wordTable) find(k wordKey) (uint16, uint16) {
	sl := &wt.slots[k.home()]
	li, starts := sl.li, sl.starts
	if (sl.key.lo^k.lo)|(sl.key.hi^k.hi) != 0 { // (compiled without a branch)
		li, starts = noLex, 0
	}
	if sl.more && li == noLex {
		for _, m := range wt.more {
			if m.key == k {
				return m.li, m.starts
			}
		}
	}
	return li, starts
}
