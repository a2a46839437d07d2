package vigil

import (
	"encoding/json"
	"maps"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// EventRecord is the wire form of an event: the record format of the evaluation
// kit (shared/eval/README.md), which `vigil extract --format jsonl` prints and
// `vigil export --format jsonl` extends with incident ids. Every field is present;
// unknown values are null. Offsets are Unicode code points.
type EventRecord struct {
	Doc        string          `json:"doc"`
	Type       EventType       `json:"type"`
	Status     Status          `json:"status"`
	Date       *string         `json:"date"`
	Country    *string         `json:"country"`
	Place      *string         `json:"place"`
	Lat        *float64        `json:"lat"`
	Lon        *float64        `json:"lon"`
	Actor      *ActorRef       `json:"actor"`
	Target     *ActorRef       `json:"target"`
	Evidence   []EvidenceSpan  `json:"evidence"`
	Confidence float64         `json:"confidence"`
	Incident   *string         `json:"incident,omitempty"`
	ResponseTo *string         `json:"response_to,omitempty"`
	Explain    *Explanation    `json:"explain,omitempty"`
	GeonameID  int             `json:"geonameid,omitempty"`
	Admin1     string          `json:"admin1,omitempty"`
	Reference  *ReferenceStamp `json:"reference_date,omitempty"`
}

// EvidenceSpan is an evidence offset pair in code points, with the sentence text
// so that a reader of the record alone can see why.
type EvidenceSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// ReferenceStamp records the date relative expressions were resolved against and
// where it came from (published, dateline, inferred).
type ReferenceStamp struct {
	Date   string `json:"date"`
	Source string `json:"source"`
}

// NewEventRecord converts an event of the article whose text ri indexes into its
// wire form. text is that article's text, used to quote the evidence.
func NewEventRecord(ev *Event, text string, ri *RuneIndex) EventRecord {
	r := EventRecord{
		Doc:        ev.Doc,
		Type:       ev.Type,
		Status:     ev.Status,
		Actor:      ev.Actor,
		Target:     ev.Target,
		Confidence: math.Round(ev.Confidence*100) / 100,
		Explain:    ev.Explain,
		Evidence:   make([]EvidenceSpan, 0, len(ev.Evidence)),
	}
	// the nullable fields point into one allocation, not one each
	v := new(struct {
		date, country, place string
		lat, lon             float64
	})
	if !ev.Date.IsZero() {
		v.date = ev.Date.String()
		r.Date = &v.date
	}
	if ev.Country != "" {
		v.country = ev.Country
		r.Country = &v.country
	}
	if p := ev.Place; p != nil {
		v.place = p.Name
		r.Place = &v.place
		if p.HasCoords {
			v.lat, v.lon = round4(p.Lat), round4(p.Lon)
			r.Lat, r.Lon = &v.lat, &v.lon
		}
		r.GeonameID = p.GeonameID
		r.Admin1 = p.Admin1
	}
	for _, sp := range ev.Evidence {
		e := EvidenceSpan{Start: ri.Runes(sp.Start), End: ri.Runes(sp.End)}
		if sp.Start >= 0 && sp.End <= len(text) && sp.Start <= sp.End {
			e.Text = text[sp.Start:sp.End]
		}
		r.Evidence = append(r.Evidence, e)
	}
	return r
}

func round4(f float64) float64 { return math.Round(f*1e4) / 1e4 }

// AppendJSON appends the record as a json.Encoder with SetEscapeHTML(false)
// encodes it, without the newline Encode adds. `vigil extract --format jsonl`
// prints one record per event, and reflection cost a twentieth of its CPU; the
// tests compare the two encodings. A record with a NaN or infinite number fails
// with encoding/json's error.
func (r *EventRecord) AppendJSON(b []byte) ([]byte, error) {
	if !finite(r.Confidence) || (r.Lat != nil && !finite(*r.Lat)) || (r.Lon != nil && !finite(*r.Lon)) {
		_, err := json.Marshal(r)
		return b, err
	}
	b = append(b, `{"doc":`...)
	b = appendJSONString(b, r.Doc)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, string(r.Type))
	b = append(b, `,"status":`...)
	b = appendJSONString(b, string(r.Status))
	b = append(b, `,"date":`...)
	b = appendNullableString(b, r.Date)
	b = append(b, `,"country":`...)
	b = appendNullableString(b, r.Country)
	b = append(b, `,"place":`...)
	b = appendNullableString(b, r.Place)
	b = append(b, `,"lat":`...)
	b = appendNullableFloat(b, r.Lat)
	b = append(b, `,"lon":`...)
	b = appendNullableFloat(b, r.Lon)
	b = append(b, `,"actor":`...)
	b = r.Actor.appendJSON(b)
	b = append(b, `,"target":`...)
	b = r.Target.appendJSON(b)
	b = append(b, `,"evidence":`...)
	if r.Evidence == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, e := range r.Evidence {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"start":`...)
			b = strconv.AppendInt(b, int64(e.Start), 10)
			b = append(b, `,"end":`...)
			b = strconv.AppendInt(b, int64(e.End), 10)
			if e.Text != "" {
				b = append(b, `,"text":`...)
				b = appendJSONString(b, e.Text)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"confidence":`...)
	b = appendJSONFloat(b, r.Confidence)
	if r.Incident != nil {
		b = append(b, `,"incident":`...)
		b = appendJSONString(b, *r.Incident)
	}
	if r.ResponseTo != nil {
		b = append(b, `,"response_to":`...)
		b = appendJSONString(b, *r.ResponseTo)
	}
	if r.Explain != nil {
		b = append(b, `,"explain":`...)
		b = r.Explain.appendJSON(b)
	}
	if r.GeonameID != 0 {
		b = append(b, `,"geonameid":`...)
		b = strconv.AppendInt(b, int64(r.GeonameID), 10)
	}
	if r.Admin1 != "" {
		b = append(b, `,"admin1":`...)
		b = appendJSONString(b, r.Admin1)
	}
	if r.Reference != nil {
		b = append(b, `,"reference_date":{"date":`...)
		b = appendJSONString(b, r.Reference.Date)
		b = append(b, `,"source":`...)
		b = appendJSONString(b, r.Reference.Source)
		b = append(b, '}')
	}
	return append(b, '}'), nil
}

func (a *ActorRef) appendJSON(b []byte) []byte {
	if a == nil {
		return append(b, "null"...)
	}
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

func (x *Explanation) appendJSON(b []byte) []byte {
	b = append(b, `{"trigger":`...)
	b = appendJSONString(b, x.Trigger)
	b = append(b, `,"rules":`...)
	if x.Rules == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, rule := range x.Rules {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, rule)
		}
		b = append(b, ']')
	}
	b = append(b, `,"fields":`...)
	if x.Fields == nil {
		return append(b, "null}"...)
	}
	b = append(b, '{')
	for i, k := range slices.Sorted(maps.Keys(x.Fields)) { // encoding/json sorts map keys
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		b = appendJSONString(b, x.Fields[k])
	}
	return append(b, "}}"...)
}

func appendNullableString(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendJSONString(b, *s)
}

func appendNullableFloat(b []byte, f *float64) []byte {
	if f == nil {
		return append(b, "null"...)
	}
	return appendJSONFloat(b, *f)
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// appendJSONFloat formats a finite f as encoding/json does: like ES6, shortest
// digits, exponent form only for very small or large magnitudes.
func appendJSONFloat(b []byte, f float64) []byte {
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

// appendJSONString quotes s as encoding/json does without HTML escaping: short
// escapes for quote, backslash and \b \f \n \r \t, \u00XX for other control
// bytes, \ufffd for invalid UTF-8, and \u2028 and \u2029, which JavaScript
// takes for line ends.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	plain := &jsonPlain
	if utf8.ValidString(s) {
		plain = &jsonPlainUTF8
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		for i < len(s) && plain[s[i]] {
			i++
		}
		if i == len(s) {
			break
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
			default:
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

// jsonPlain marks the ASCII bytes a JSON string holds as they are.
// jsonPlainUTF8 marks those of valid UTF-8: also every byte of a multi-byte
// character but 0xE2, which starts U+2028 and U+2029.
var jsonPlain, jsonPlainUTF8 = func() (ascii, valid [256]bool) {
	for c := range 256 {
		ascii[c] = c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\'
		valid[c] = ascii[c] || c >= utf8.RuneSelf && c != 0xE2
	}
	return ascii, valid
}()
