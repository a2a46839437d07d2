package vigil

import (
	"math"
	"strconv"
	"unicode/utf8"

	"vigil/internal/swar"
)

// The event records of `vigil extract` and the API's event listings are
// written by hand, byte for byte as encoding/json writes them (tests in both
// places hold the two equal): reflection cost a twentieth of extraction's CPU
// and a tenth of a listing's time. These are the pieces both writers share.

// AppendJSONString appends s quoted as encoding/json quotes a string: short
// escapes for quote, backslash and \b \f \n \r \t, \u00XX for other control
// bytes, \ufffd for invalid UTF-8, and \u2028 and \u2029, which JavaScript
// takes for line ends. With html, <, > and & are escaped too, as json.Marshal
// does; a json.Encoder with SetEscapeHTML(false) leaves them.
func AppendJSONString(b []byte, s string, html bool) []byte {
	const hex = "0123456789abcdef"
	// Whether s is valid UTF-8 decides only whether bytes from 0x80 up are
	// plain, so it is checked when the first such byte comes: the two tables
	// agree on the rest, and a text in ASCII needs no check.
	plain := &jsonPlain[btoi(html)][0]
	checked, valid := false, false
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if !html {
			// plain runs, eight bytes at a time
			for i+8 <= len(s) && plain8(swar.Load64(s[i:]), valid) {
				i += 8
			}
		}
		for i < len(s) && plain[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c >= utf8.RuneSelf && !checked {
			checked, valid = true, utf8.ValidString(s)
			if valid {
				plain = &jsonPlain[btoi(html)][1]
				continue // c may be plain now
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default: // control bytes, and <, > and & for HTML
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlain[html][valid] marks the bytes a JSON string holds as they are: for
// any text, the ASCII bytes that need no escape; for valid UTF-8, also every
// byte of a multi-byte character but 0xE2, which starts U+2028 and U+2029.
// With html, <, > and & are not plain.
var jsonPlain = func() (t [2][2][256]bool) {
	for html := range 2 {
		for c := range 256 {
			ascii := c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\' && !(html == 1 && (c == '<' || c == '>' || c == '&'))
			t[html][0][c] = ascii
			t[html][1][c] = ascii || c >= utf8.RuneSelf && c != 0xE2
		}
	}
	return t
}()

// plain8 reports whether the eight bytes of x are all plain without HTML
// escapes: none is a control byte, a quote or a backslash, and, when the text
// is valid UTF-8, none is 0xE2 (see jsonPlain), else none is from 0x80 up.
// swar.Special marks the first three; the test for 0xE2, like its tests,
// finds exactly whether some byte is one.
func plain8(x uint64, valid bool) bool {
	bad := swar.Special(x)
	if valid {
		e2 := x ^ 0xE2*swar.Ones
		bad |= (e2 - swar.Ones) &^ e2
	} else {
		bad |= x
	}
	return bad&swar.High == 0
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// AppendJSONFloat appends a finite f as encoding/json writes a float64: like
// ES6, shortest digits, exponent form only for very small or large
// magnitudes. Callers check finiteness first: JSON holds no NaN or infinity.
func AppendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-07 is written e-7
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// finite: f is a number JSON can hold.
func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// AppendJSON appends a as encoding/json encodes an *ActorRef, null for nil.
func (a *ActorRef) AppendJSON(b []byte, html bool) []byte {
	if a == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"name":`...)
	b = AppendJSONString(b, a.Name, html)
	b = append(b, `,"country":`...)
	b = AppendJSONString(b, a.Country, html)
	if a.ID != "" {
		b = append(b, `,"id":`...)
		b = AppendJSONString(b, a.ID, html)
	}
	if a.Kind != "" {
		b = append(b, `,"kind":`...)
		b = AppendJSONString(b, a.Kind, html)
	}
	return append(b, '}')
}

// AppendEvidenceJSON appends spans as encoding/json encodes an
// []EvidenceSpan, null for nil.
func AppendEvidenceJSON(b []byte, spans []EvidenceSpan, html bool) []byte {
	if spans == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, e := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(e.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(e.End), 10)
		if e.Text != "" {
			b = append(b, `,"text":`...)
			b = AppendJSONString(b, e.Text, html)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}
