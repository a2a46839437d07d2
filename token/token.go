// Package token splits text into word tokens with byte offsets and a normalised
// form (lower case, diacritics and apostrophe variants folded), the common ground on
// which the place, actor and event recognisers match their dictionaries.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
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

// ASCII character classes, so that the common case needs no rune decoding.
const (
	cSpace = 1 << iota // unicode.IsSpace
	cAlnum             // unicode.IsLetter or unicode.IsDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		if unicode.IsSpace(r) {
			t[c] |= cSpace
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t[c] |= cAlnum
		}
	}
	return t
}()

// Tokenize splits text into tokens. Words keep inner hyphens, apostrophes and
// periods of abbreviations ("al-Qahtani", "O'Brien", "U.S."); a possessive "'s" is a
// token of its own so that "Iran's" yields "Iran".
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	norms := arena{hint: len(text)}
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			switch cl := asciiClass[c]; {
			case cl&cSpace != 0:
				i++
			case cl&cAlnum != 0:
				i = appendWord(&toks, &norms, text, i)
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
			i = appendWord(&toks, &norms, text, i)
		default:
			toks = append(toks, Token{Start: i, End: i + size, Text: text[i : i+size], Norm: foldPunct(text[i : i+size]), Kind: Punct})
			i += size
		}
	}
	return toks
}

// appendWord appends the word starting at i, and its possessive, and returns its end.
func appendWord(toks *[]Token, norms *arena, text string, i int) int {
	j := scanWord(text, i)
	// split a trailing possessive: Iran's, Iran’s, Assadis'
	if k := possessive(text, i, j); k > 0 {
		*toks = append(*toks, newToken(norms, text, i, k))
		*toks = append(*toks, Token{Start: k, End: j, Text: text[k:j], Norm: "'s", Kind: Punct})
	} else {
		*toks = append(*toks, newToken(norms, text, i, j))
	}
	return j
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		var r rune
		var size int
		if c := text[j]; c < utf8.RuneSelf {
			if asciiClass[c]&cAlnum != 0 {
				j++
				continue
			}
			r, size = rune(c), 1
		} else {
			r, size = utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
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
				j += size
				continue
			}
		}
		if r == '.' && isAbbrevEnd(text, i, j) {
			j += size
		}
		break
	}
	return j
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

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
		return asciiClass[c]&cAlnum != 0
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

// possessive returns the offset where a trailing "'s" starts, or 0.
func possessive(text string, i, j int) int {
	w := text[i:j]
	if w == "" || (w[len(w)-1] != 's' && w[len(w)-1] != 'S') {
		return 0
	}
	for _, suffix := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix) {
			return j - len(suffix)
		}
	}
	return 0
}

func newToken(norms *arena, text string, i, j int) Token {
	t := Token{Start: i, End: j, Text: text[i:j], Kind: Word}
	t.Norm = norms.normalize(t.Text)
	if c := t.Text[0]; c < utf8.RuneSelf {
		if '0' <= c && c <= '9' {
			t.Kind = Number
		}
	} else if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsDigit(r) {
		t.Kind = Number
	}
	return t
}

// arena holds the normal forms of one text's words that differ from the words
// as written, so that Tokenize allocates them in a few blocks rather than one by
// one. Bytes once handed out as a string are never written again.
type arena struct {
	buf  []byte
	hint int // the length of the text: a short one needs no large block
}

// normalize is Normalize(s), the result placed in the arena.
func (a *arena) normalize(s string) string {
	lower := -1 // the first ASCII capital
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return Normalize(s)
		}
		if lower < 0 && 'A' <= c && c <= 'Z' {
			lower = i
		}
	}
	if lower < 0 {
		return s
	}
	if cap(a.buf)-len(a.buf) < len(s) {
		a.buf = make([]byte, 0, max(len(s), min(a.hint, 4096)))
	}
	n := len(a.buf)
	a.buf = append(a.buf, s...)
	b := a.buf[n:]
	for i := lower; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
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
	if isASCII(s) {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return unsafe.String(unsafe.SliceData(b), len(b))
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

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

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
