package server

import (
	"math"
	"net/http"
	"strconv"
	"sync"
	"unicode/utf8"

	"vigil"
)

// The API's event listing is written by hand, byte for byte as encoding/json
// writes listAnswer[apiEvent] (a test holds the two equal): encoding/json
// spent a tenth of a page of 100 events' time finding its way through the
// structs by reflection, and grew a new buffer for every answer.

// jsonBufs holds the buffers event listings are written into.
var jsonBufs = sync.Pool{New: func() any { return new([]byte) }}

// writeEventList writes a listing of events with status 200, as writeJSON
// would.
func writeEventList(w http.ResponseWriter, ans *listAnswer[apiEvent]) {
	bp := jsonBufs.Get().(*[]byte)
	b, ok := appendEventList((*bp)[:0], ans)
	if !ok {
		// a number JSON cannot hold: encoding/json's failure, as before
		writeJSON(w, http.StatusOK, ans)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(b)
	if cap(b) <= 1<<20 { // keep no huge buffer for good
		*bp = b
		jsonBufs.Put(bp)
	}
}

// appendEventList appends the JSON of ans and a newline; ok is false when a
// number is not finite.
func appendEventList(b []byte, ans *listAnswer[apiEvent]) (_ []byte, ok bool) {
	b = append(b, `{"items":`...)
	if ans.Items == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range ans.Items {
			if i > 0 {
				b = append(b, ',')
			}
			if b, ok = appendAPIEvent(b, &ans.Items[i]); !ok {
				return b, false
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"next":`...)
	b = appendJSONString(b, ans.Next)
	return append(b, "}\n"...), true
}

func appendAPIEvent(b []byte, e *apiEvent) (_ []byte, ok bool) {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, e.ID, 10)
	b = append(b, `,"article":`...)
	b = strconv.AppendInt(b, e.Article, 10)
	b = append(b, `,"doc":`...)
	b = appendJSONString(b, e.Doc)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, string(e.Type))
	b = append(b, `,"status":`...)
	b = appendJSONString(b, string(e.Status))
	if e.Date != "" {
		b = append(b, `,"date":`...)
		b = appendJSONString(b, e.Date)
	}
	if e.Country != "" {
		b = append(b, `,"country":`...)
		b = appendJSONString(b, e.Country)
	}
	if p := e.Place; p != nil {
		b = append(b, `,"place":{"name":`...)
		b = appendJSONString(b, p.Name)
		if p.Country != "" {
			b = append(b, `,"country":`...)
			b = appendJSONString(b, p.Country)
		}
		if p.Lat != nil {
			b = append(b, `,"lat":`...)
			if b, ok = appendJSONFloat(b, *p.Lat); !ok {
				return b, false
			}
		}
		if p.Lon != nil {
			b = append(b, `,"lon":`...)
			if b, ok = appendJSONFloat(b, *p.Lon); !ok {
				return b, false
			}
		}
		b = append(b, '}')
	}
	if e.Actor != nil {
		b = append(b, `,"actor":`...)
		b = appendActorRef(b, e.Actor)
	}
	if e.Target != nil {
		b = append(b, `,"target":`...)
		b = appendActorRef(b, e.Target)
	}
	b = append(b, `,"evidence":`...)
	if e.Evidence == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range e.Evidence {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"start":`...)
			b = strconv.AppendInt(b, int64(s.Start), 10)
			b = append(b, `,"end":`...)
			b = strconv.AppendInt(b, int64(s.End), 10)
			if s.Text != "" {
				b = append(b, `,"text":`...)
				b = appendJSONString(b, s.Text)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"confidence":`...)
	if b, ok = appendJSONFloat(b, e.Confidence); !ok {
		return b, false
	}
	if e.Incident != "" {
		b = append(b, `,"incident":`...)
		b = appendJSONString(b, e.Incident)
	}
	b = append(b, `,"pinned":`...)
	b = strconv.AppendBool(b, e.Pinned)
	b = append(b, `,"edited":`...)
	b = strconv.AppendBool(b, e.Edited)
	b = append(b, `,"restricted":`...)
	b = strconv.AppendBool(b, e.Restricted)
	return append(b, '}'), true
}

func appendActorRef(b []byte, a *vigil.ActorRef) []byte {
	b = append(b, `{"name":`...)
	b = appendJSONString(b, a.Name)
	b = append(b, `,"country":`...)
	b = appendJSONString(b, a.Country)
	if a.ID != "" {
		b = append(b, `,"id":`...)
		b = appendJSONString(b, a.ID)
	}
	if a.Kind != "" {
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, a.Kind)
	}
	return append(b, '}')
}

// appendJSONFloat appends f as encoding/json writes a float64; ok is false
// for NaN and the infinities, which JSON cannot hold.
func appendJSONFloat(b []byte, f float64) (_ []byte, ok bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 is written e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, true
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes a string: <, >
// and & escaped for HTML, invalid UTF-8 as U+FFFD, U+2028 and U+2029
// escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
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
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		} else if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		} else {
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
