package article

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"

	"vigil/internal/swar"
)

// recordDecoder decodes JSON Lines records the way streams write them, in one
// pass and without reflection: json.Unmarshal scans a line twice and cost a
// thirtieth of a stream's CPU. Whatever it does not take it leaves to
// json.Unmarshal, which keeps the one definition of what a record is and of
// the errors a bad one gets.
type recordDecoder struct {
	buf []byte // a string being unescaped, reused
}

// Record keys the decoder takes, as bits of a set.
const (
	keyID = 1 << iota
	keyURL
	keyTitle
	keyPublished
	keyText
	keyHTML
)

// decode fills rec from data, which must be valid UTF-8, when data is an object
// of distinct record keys, spelled exactly, whose values are strings or null.
// It reports false, leaving rec in any state, for anything else: other keys or
// values, a lone surrogate escape, or invalid JSON. What it decodes,
// json.Unmarshal decodes the same.
func (d *recordDecoder) decode(data []byte, rec *record) bool {
	i := skipSpace(data, 0)
	if i == len(data) || data[i] != '{' {
		return false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return skipSpace(data, i+1) == len(data)
	}
	seen := 0
	for {
		// "key":
		if i == len(data) || data[i] != '"' {
			return false
		}
		end := i + 1
		for end < len(data) && data[end] != '"' && data[end] != '\\' {
			end++
		}
		if end == len(data) || data[end] != '"' {
			return false
		}
		key := recordKey(data[i+1 : end])
		if key == 0 || seen&key != 0 {
			return false
		}
		seen |= key
		i = skipSpace(data, end+1)
		if i == len(data) || data[i] != ':' {
			return false
		}
		i = skipSpace(data, i+1)
		// value: null or a string
		start := i
		var s string
		var null, ok bool
		switch {
		case len(data)-i >= 4 && string(data[i:i+4]) == "null":
			null, i = true, i+4
		case i < len(data) && data[i] == '"':
			if s, i, ok = d.string(data, i+1); !ok {
				return false
			}
		default:
			return false
		}
		switch key {
		case keyID:
			if !null {
				rec.ID = s
			}
		case keyURL:
			if !null {
				rec.URL = s
			}
		case keyTitle:
			if !null {
				rec.Title = s
			}
		case keyPublished:
			rec.Published = data[start:i] // parsePublished reads it before data is reused
		case keyText:
			if !null {
				rec.Text = &s
			}
		case keyHTML:
			if !null {
				rec.HTML = &s
			}
		}
		// , or }
		i = skipSpace(data, i)
		if i == len(data) {
			return false
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case '}':
			return skipSpace(data, i+1) == len(data)
		default:
			return false
		}
	}
}

func recordKey(k []byte) int {
	switch string(k) {
	case "id":
		return keyID
	case "url":
		return keyURL
	case "title":
		return keyTitle
	case "published":
		return keyPublished
	case "text":
		return keyText
	case "html":
		return keyHTML
	}
	return 0
}

// skipSpace returns the index of the first byte from i on that is not JSON
// white space.
func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// string decodes the string that starts after the quote at data[i-1] and
// returns it and the index after its closing quote.
func (d *recordDecoder) string(data []byte, i int) (string, int, bool) {
	end := plainRun(data, i)
	if end < len(data) && data[end] == '"' { // no escapes: copy once
		return string(data[i:end]), end + 1, true
	}
	d.buf, end = unquote(append(d.buf[:0], data[i:end]...), data, end)
	if end < 0 {
		return "", end, false
	}
	return string(d.buf), end, true
}

// plainRun returns the index of the first byte from i on that ends a run of
// string bytes taken as they are: a quote, a backslash or a control byte.
func plainRun(data []byte, i int) int {
	// eight bytes at a time while none of them ends the run: an article's
	// text is long runs of plain bytes between escaped line breaks
	for i+8 <= len(data) && swar.Special(binary.LittleEndian.Uint64(data[i:])) == 0 {
		i += 8
	}
	for i < len(data) && data[i] != '"' && data[i] != '\\' && data[i] >= 0x20 {
		i++
	}
	return i
}

// unquote appends the unescaped string from data[i] up to its closing quote to
// b, and returns the index after that quote, or -1 when the string is not one
// decode takes.
func unquote(b, data []byte, i int) ([]byte, int) {
	for {
		start := i
		i = plainRun(data, i)
		b = append(b, data[start:i]...)
		if i == len(data) || data[i] != '\\' {
			if i < len(data) && data[i] == '"' {
				return b, i + 1
			}
			return b, -1 // unterminated, or a raw control byte
		}
		if i+1 == len(data) {
			return b, -1
		}
		switch e := data[i+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := hex4(data, i+2)
			if r < 0 {
				return b, -1
			}
			if utf16.IsSurrogate(r) {
				// only a valid pair: json.Unmarshal has its own way with the rest
				r2 := rune(-1)
				if i+12 <= len(data) && data[i+6] == '\\' && data[i+7] == 'u' {
					r2 = hex4(data, i+8)
				}
				if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
					return b, -1
				}
				i += 6
			}
			b = utf8.AppendRune(b, r)
			i += 4
		default:
			return b, -1
		}
		i += 2
	}
}

// hex4 reads the four hex digits at data[i:], or returns -1.
func hex4(data []byte, i int) rune {
	if i+4 > len(data) {
		return -1
	}
	var r rune
	for _, c := range data[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}
