package server

import (
	"math"
	"net/http"
	"strconv"
	"sync"

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
	b = vigil.AppendJSONString(b, ans.Next, true)
	return append(b, "}\n"...), true
}

func appendAPIEvent(b []byte, e *apiEvent) (_ []byte, ok bool) {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, e.ID, 10)
	b = append(b, `,"article":`...)
	b = strconv.AppendInt(b, e.Article, 10)
	b = append(b, `,"doc":`...)
	b = vigil.AppendJSONString(b, e.Doc, true)
	b = append(b, `,"type":`...)
	b = vigil.AppendJSONString(b, string(e.Type), true)
	b = append(b, `,"status":`...)
	b = vigil.AppendJSONString(b, string(e.Status), true)
	if e.Date != "" {
		b = append(b, `,"date":`...)
		b = vigil.AppendJSONString(b, e.Date, true)
	}
	if e.Country != "" {
		b = append(b, `,"country":`...)
		b = vigil.AppendJSONString(b, e.Country, true)
	}
	if p := e.Place; p != nil {
		b = append(b, `,"place":{"name":`...)
		b = vigil.AppendJSONString(b, p.Name, true)
		if p.Country != "" {
			b = append(b, `,"country":`...)
			b = vigil.AppendJSONString(b, p.Country, true)
		}
		if p.Lat != nil {
			b = append(b, `,"lat":`...)
			if b, ok = appendNumber(b, *p.Lat); !ok {
				return b, false
			}
		}
		if p.Lon != nil {
			b = append(b, `,"lon":`...)
			if b, ok = appendNumber(b, *p.Lon); !ok {
				return b, false
			}
		}
		b = append(b, '}')
	}
	if e.Actor != nil {
		b = append(b, `,"actor":`...)
		b = e.Actor.AppendJSON(b, true)
	}
	if e.Target != nil {
		b = append(b, `,"target":`...)
		b = e.Target.AppendJSON(b, true)
	}
	b = append(b, `,"evidence":`...)
	b = vigil.AppendEvidenceJSON(b, e.Evidence, true)
	b = append(b, `,"confidence":`...)
	if b, ok = appendNumber(b, e.Confidence); !ok {
		return b, false
	}
	if e.Incident != "" {
		b = append(b, `,"incident":`...)
		b = vigil.AppendJSONString(b, e.Incident, true)
	}
	b = append(b, `,"pinned":`...)
	b = strconv.AppendBool(b, e.Pinned)
	b = append(b, `,"edited":`...)
	b = strconv.AppendBool(b, e.Edited)
	b = append(b, `,"restricted":`...)
	b = strconv.AppendBool(b, e.Restricted)
	return append(b, '}'), true
}

// appendNumber appends f as encoding/json writes a float64; ok is false for
// NaN and the infinities, which JSON cannot hold.
func appendNumber(b []byte, f float64) (_ []byte, ok bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	return vigil.AppendJSONFloat(b, f), true
}
