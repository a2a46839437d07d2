// Package token splits text into word tokens with byte offsets and a normalised
// form (lower case, diacritics and apostrophe variants folded), the common ground on
// which the place, actor and event recognisers match their dictionaries.
package token

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"vigil/internal/swar"
)

// Token is one word, number or punctuation mark.
type Token struct {
	Start, End int    // byte offsets into the text
	Text       string // as written
	Norm       string // lower case, diacritics folded, curly apostrophes straightened
	Kind       Kind
}

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota
	Number
	Punct
)

// IsCap reports whether a word token starts with an upper-case letter.
func (t Token) IsCap() bool {
	if t.Text != "" && t.Text[0] < utf8.RuneSelf {
		return 'A' <= t.Text[0] && t.Text[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsUpper reports whether a word token is written all in capitals ("MOIS", "FBI").
func (t Token) IsUpper() bool {
	letters := 0
	for i := 0; i < len(t.Text); i++ {
		c := t.Text[i]
		if c >= utf8.RuneSelf {
			return isUpperRunes(t.Text)
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters > 0
}

func isUpperRunes(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// Byte classes, so that the common case needs no rune decoding.
const (
	cSpace = 1 << iota // an ASCII unicode.IsSpace
	cAlnum             // an ASCII unicode.IsLetter or unicode.IsDigit
	cUpper             // 'A' to 'Z'
	cWide              // part of a multi-byte rune
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		r := rune(c)
		switch {
		case c >= utf8.RuneSelf:
			t[c] = cWide
		case unicode.IsSpace(r):
			t[c] = cSpace
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			t[c] = cAlnum
			if 'A' <= c && c <= 'Z' {
				t[c] |= cUpper
			}
		}
	}
	return t
}()

// Tokenize splits text into tokens. Words keep inner hyphens, apostrophes and
// periods of abbreviations ("al-Qahtani", "O'Brien", "U.S."); a possessive "'s" is a
// token of its own so that "Iran's" yields "Iran".
func Tokenize(text string) []Token {
	return Append(nil, text)
}

// Append appends the tokens of text to toks and returns the extended slice, so
// that a caller splitting many texts can reuse one buffer.
func Append(toks []Token, text string) []Token {
	// News text averages about 5.5 bytes a token: room for one token in five
	// bytes, made in one allocation when toks lacks it, is rarely grown.
	if want := len(text)/5 + 1; cap(toks)-len(toks) < want {
		toks = append(make([]Token, 0, len(toks)+want), toks...)
	}
	norms := arena{hint: len(text)}
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			switch cl := byteClass[c]; {
			case cl&cSpace != 0:
				i++
			case cl&cAlnum != 0:
				// The common word, of ASCII letters and digits and shorter than
				// sixteen bytes, followed by a byte that joins nothing to it
				// (white space, most punctuation; see scanWord), is read in one
				// or two loads and appended here, without the calls of the
				// general case. Such a word has no possessive to split.
				if i+8 <= len(text) {
					x := swar.Load64(text[i:])
					n := 0
					var up uint64 // the capitals of a word shorter than eight bytes
					if stop := notAlnum(x); stop != 0 {
						n = bits.TrailingZeros64(stop) / 8
						up = upper(x) & (1<<(8*n) - 1)
					} else if i+16 <= len(text) {
						if stop := notAlnum(swar.Load64(text[i+8:])); stop != 0 {
							n = 8 + bits.TrailingZeros64(stop)/8
						}
					}
					if n > 0 {
						if e := text[i+n]; e < utf8.RuneSelf && e != '-' && e != '\'' &&
							(e != ',' || c > '9') && (e != '.' || n > 1) {
							w := text[i : i+n]
							norm := w
							switch {
							case up != 0:
								norm = norms.lowerShort(x|up>>2, n)
							case n >= 8 && classes(w)&cUpper != 0:
								norm = norms.lower(w)
							}
							kind := Word
							if c <= '9' { // a digit: letters come after
								kind = Number
							}
							var t *Token
							toks, t = grow(toks)
							t.Start, t.End, t.Text, t.Norm, t.Kind = i, i+n, w, norm, kind
							i += n
							if e == ' ' {
								i++ // the space after the word, most often
							}
							continue
						}
					}
				}
				toks, i = appendWord(toks, &norms, text, i)
			default:
				s := text[i : i+1]
				if c == '`' {
					s = "'"
				}
				toks = append(toks, Token{Start: i, End: i + 1, Text: text[i : i+1], Norm: s, Kind: Punct})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			toks, i = appendWord(toks, &norms, text, i)
		default:
			toks = append(toks, Token{Start: i, End: i + size, Text: text[i : i+size], Norm: foldPunct(text[i : i+size]), Kind: Punct})
			i += size
		}
	}
	return toks
}

// appendWord appends the word starting at i, and its possessive, and returns its
// end.
func appendWord(toks []Token, norms *arena, text string, i int) ([]Token, int) {
	j, seen := scanWord(text, i)
	// split a trailing possessive: Iran's, Iran’s, Assadis'
	k := possessive(text, i, j)
	w := text[i:k]
	if k < j {
		seen = classes(w)
	}
	norm := w
	switch {
	case seen&cWide != 0:
		norm = Normalize(w)
	case seen&cUpper != 0:
		norm = norms.lower(w)
	}
	kind := Word
	if c := w[0]; c < utf8.RuneSelf {
		if '0' <= c && c <= '9' {
			kind = Number
		}
	} else if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
		kind = Number
	}
	toks, t := grow(toks)
	t.Start, t.End, t.Text, t.Norm, t.Kind = i, k, w, norm, kind
	if k < j {
		toks, t = grow(toks)
		t.Start, t.End, t.Text, t.Norm, t.Kind = k, j, text[k:j], "'s", Punct
	}
	return toks, j
}

// grow extends toks by one token and returns it, for the caller to set every
// field of in place: while the collector runs, storing the fields one by one
// costs less than copying a whole Token in.
func grow(toks []Token) ([]Token, *Token) {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	return toks, &toks[len(toks)-1]
}

// classes returns the union of the classes of the bytes of w.
func classes(w string) uint8 {
	var cl uint8
	for i := 0; i < len(w); i++ {
		cl |= byteClass[w[i]]
	}
	return cl
}

// arena holds the lower-cased forms of one text's ASCII words with capitals, so
// that Tokenize allocates them in a few blocks rather than one by one. A
// strings.Builder only ever appends, so the strings cut from it stay as they are.
type arena struct {
	b    strings.Builder
	hint int // the length of the text: a short one needs no large block
}

// lower returns the ASCII word w lower-cased.
func (a *arena) lower(w string) string {
	a.room(len(w))
	n := a.b.Len()
	from := 0
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			a.b.WriteString(w[from:i])
			a.b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	a.b.WriteString(w[from:])
	return a.b.String()[n:]
}

// lowerShort returns the first n bytes of x, a word of fewer than eight bytes
// already lower-cased, as a string.
func (a *arena) lowerShort(x uint64, n int) string {
	a.room(n)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], x)
	k := a.b.Len()
	a.b.Write(b[:n])
	return a.b.String()[k:]
}

// room makes room in the block for n more bytes.
func (a *arena) room(n int) {
	if a.b.Cap()-a.b.Len() < n {
		a.b = strings.Builder{} // a new block; the strings cut from the old one keep it
		// a quarter of a text holds its capitalised words nine times in ten
		a.b.Grow(max(n, min(a.hint, max(a.hint/4, 64), 4096)))
	}
}

// scanWord returns the end of the word starting at i and, so that the word's
// case needs no second pass, the classes of its bytes.
func scanWord(text string, i int) (int, uint8) {
	j := i
	var seen uint8
	for j < len(text) {
		// Eight bytes at a time where the text has them: most words end
		// within the first eight, and the byte that ends one is found
		// without a branch per byte.
		if j+8 <= len(text) {
			x := swar.Load64(text[j:])
			n := 8
			if stop := notAlnum(x); stop != 0 {
				n = bits.TrailingZeros64(stop) / 8
			}
			if n > 0 {
				if upper(x)&(1<<(8*n)-1) != 0 {
					seen |= cAlnum | cUpper
				} else {
					seen |= cAlnum
				}
				j += n
				continue
			}
		}
		var r rune
		var size int
		if c := text[j]; c < utf8.RuneSelf {
			if cl := byteClass[c]; cl&cAlnum != 0 {
				seen |= cl
				j++
				continue
			}
			r, size = rune(c), 1
		} else {
			r, size = utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				seen |= cWide
				j += size
				continue
			}
		}
		// "3,000": a thousands separator inside a number
		if r == ',' && isDigit(text[i]) && thousands(text, j) {
			j += 4
			continue
		}
		if isJoiner(r) && j+size < len(text) {
			if isLetterOrDigitAt(text, j+size) {
				// "U.S." keeps its periods; a sentence-final period does not join
				if r == '.' && !isAbbrevContinuation(text, i, j, size) {
					break
				}
				seen |= byteClass[text[j]]
				j += size
				continue
			}
		}
		if r == '.' && isAbbrevEnd(text, i, j) {
			j += size
		}
		break
	}
	return j, seen
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// SWAR tests of eight bytes at once (see package swar). Bytes are added to
// without carrying into the next: every sum stays below 0x100.

// notAlnum returns x, eight bytes, with the high bit set of each byte that is
// not an ASCII letter or digit, and nothing else.
func notAlnum(x uint64) uint64 {
	y := x &^ swar.High     // the high bit cleared
	l := y | 0x20*swar.Ones // letters lower-cased
	letters := (l + (0x80-'a')*swar.Ones) &^ (l + (0x80-'z'-1)*swar.Ones)
	digits := (y + (0x80-'0')*swar.Ones) &^ (y + (0x80-'9'-1)*swar.Ones)
	return ^((letters | digits) &^ x) & swar.High
}

// upper returns x with the high bit set of each byte that is 'A' to 'Z'.
func upper(x uint64) uint64 {
	y := x &^ swar.High
	return (y + (0x80-'A')*swar.Ones) &^ (y + (0x80-'Z'-1)*swar.Ones) &^ x & swar.High
}

// thousands: the comma at byte k is followed by exactly three digits.
func thousands(text string, k int) bool {
	if k+4 > len(text) || !isDigit(text[k+1]) || !isDigit(text[k+2]) || !isDigit(text[k+3]) {
		return false
	}
	return k+4 == len(text) || !isDigit(text[k+4])
}

// isLetterOrDigitAt reports whether the rune at byte k is a letter or a digit.
func isLetterOrDigitAt(text string, k int) bool {
	if c := text[k]; c < utf8.RuneSelf {
		return byteClass[c]&cAlnum != 0
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', '‘', '.', '‐', '‑':
		return true
	}
	return false
}

// isAbbrevContinuation: a period between single letters, as in "U.S" or "U.K".
func isAbbrevContinuation(text string, start, dot, size int) bool {
	return dot-start == 1 || (dot >= 2 && text[dot-2] == '.')
}

// isAbbrevEnd: the closing period of "U.S." (single letters joined by periods).
func isAbbrevEnd(text string, start, dot int) bool {
	w := text[start:dot]
	return len(w) >= 3 && strings.Count(w, ".") >= 1 && len(w) == 2*strings.Count(w, ".")+1
}

// possessive returns the offset where a trailing "'s" starts, or j.
func possessive(text string, i, j int) int {
	w := text[i:j]
	if len(w) < 3 || (w[len(w)-1] != 's' && w[len(w)-1] != 'S') {
		return j
	}
	if w[len(w)-2] == '\'' {
		return j - 2
	}
	if len(w) > 4 && w[len(w)-4:len(w)-1] == "’" {
		return j - 4
	}
	return j
}

func foldPunct(s string) string {
	switch s {
	case "’", "‘", "`":
		return "'"
	case "“", "”", "„", "«", "»":
		return "\""
	case "–", "—", "‐", "‑":
		return "-"
	}
	return s
}

// Normalize lower-cases s, folds common Latin diacritics to ASCII and straightens
// apostrophes, so that "Zürich", "Zurich" and "ZURICH" compare equal.
func Normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteRune(r)
			continue
		}
		// lower-case first, so that Normalize(Normalize(s)) == Normalize(s) also
		// for capitals the fold table lacks (Ţ, Ō)
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// IsASCII reports whether s holds no byte beyond ASCII.
func IsASCII(s string) bool { return swar.IsASCII(s) }

// NormalizePhrase normalises every word of a phrase and joins them with single
// spaces, the key form used by dictionaries ("Iran’s  Ministry" -> "iran 's ministry").
func NormalizePhrase(s string) string {
	toks := Tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Norm
	}
	return strings.Join(parts, " ")
}

var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'À': "a", 'Á': "a", 'Â': "a", 'Ã': "a", 'Ä': "a", 'Å': "a", 'Ā': "a",
	'æ': "ae", 'Æ': "ae", 'ç': "c", 'Ç': "c", 'ć': "c", 'č': "c", 'Č': "c", 'Ć': "c",
	'ď': "d", 'đ': "d", 'Đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'È': "e", 'É': "e", 'Ê': "e", 'Ë': "e", 'Ē': "e",
	'ğ': "g", 'Ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'İ': "i",
	'Ì': "i", 'Í': "i", 'Î': "i", 'Ï': "i",
	'ł': "l", 'Ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n", 'Ñ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'Ò': "o", 'Ó': "o", 'Ô': "o", 'Õ': "o", 'Ö': "o", 'Ø': "o", 'œ': "oe", 'Œ': "oe",
	'ř': "r", 'Ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'Ś': "s", 'Š': "s", 'Ş': "s", 'Ș': "s", 'ß': "ss",
	'ť': "t", 'ţ': "t", 'ț': "t", 'Ț': "t", 'þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'Ù': "u", 'Ú': "u", 'Û': "u", 'Ü': "u", 'Ū': "u",
	'ý': "y", 'ÿ': "y", 'Ý': "y", 'ž': "z", 'ź': "z", 'ż': "z", 'Ž': "z", 'Ź': "z", 'Ż': "z",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'",
}
