// Package token splits text into word tokens with byte offsets and a normalised
// form (lower case, diacritics and apostrophe variants folded), the common ground on
// which the place, actor and event recognisers match their dictionaries.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsUpper reports whether a word token is written all in capitals ("MOIS", "FBI").
func (t Token) IsUpper() bool {
	letters := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// Tokenize splits text into tokens. Words keep inner hyphens, apostrophes and
// periods of abbreviations ("al-Qahtani", "O'Brien", "U.S."); a possessive "'s" is a
// token of its own so that "Iran's" yields "Iran".
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i)
			// split a trailing possessive: Iran's, Iran’s, Assadis'
			if k := possessive(text, i, j); k > 0 {
				toks = append(toks, newToken(text, i, k))
				toks = append(toks, Token{Start: k, End: j, Text: text[k:j], Norm: "'s", Kind: Punct})
			} else {
				toks = append(toks, newToken(text, i, j))
			}
			i = j
		default:
			toks = append(toks, Token{Start: i, End: i + size, Text: text[i : i+size], Norm: foldPunct(text[i : i+size]), Kind: Punct})
			i += size
		}
	}
	return toks
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if isJoiner(r) && j+size < len(text) {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
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
	for _, suffix := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix) {
			return j - len(suffix)
		}
	}
	return 0
}

func newToken(text string, i, j int) Token {
	t := Token{Start: i, End: j, Text: text[i:j], Kind: Word}
	t.Norm = Normalize(t.Text)
	if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsDigit(r) {
		t.Kind = Number
	}
	return t
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
