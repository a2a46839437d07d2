package vigil

import (
	"encoding/json"
	"maps"
	"math"
	"slices"
	"strconv"
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
	b = AppendJSONString(b, r.Doc, false)
	b = append(b, `,"type":`...)
	b = AppendJSONString(b, string(r.Type), false)
	b = append(b, `,"status":`...)
	b = AppendJSONString(b, string(r.Status), false)
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
	b = r.Actor.AppendJSON(b, false)
	b = append(b, `,"target":`...)
	b = r.Target.AppendJSON(b, false)
	b = append(b, `,"evidence":`...)
	b = AppendEvidenceJSON(b, r.Evidence, false)
	b = append(b, `,"confidence":`...)
	b = AppendJSONFloat(b, r.Confidence)
	if r.Incident != nil {
		b = append(b, `,"incident":`...)
		b = AppendJSONString(b, *r.Incident, false)
	}
	if r.ResponseTo != nil {
		b = append(b, `,"response_to":`...)
		b = AppendJSONString(b, *r.ResponseTo, false)
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
		b = AppendJSONString(b, r.Admin1, false)
	}
	if r.Reference != nil {
		b = append(b, `,"reference_date":{"date":`...)
		b = AppendJSONString(b, r.Reference.Date, false)
		b = append(b, `,"source":`...)
		b = AppendJSONString(b, r.Reference.Source, false)
		b = append(b, '}')
	}
	return append(b, '}'), nil
}

func (x *Explanation) appendJSON(b []byte) []byte {
	b = append(b, `{"trigger":`...)
	b = AppendJSONString(b, x.Trigger, false)
	b = append(b, `,"rules":`...)
	if x.Rules == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, rule := range x.Rules {
			if i > 0 {
				b = append(b, ',')
			}
			b = AppendJSONString(b, rule, false)
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
		b = AppendJSONString(b, k, false)
		b = append(b, ':')
		b = AppendJSONString(b, x.Fields[k], false)
	}
	return append(b, "}}"...)
}

func appendNullableString(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return AppendJSONString(b, *s, false)
}

func appendNullableFloat(b []byte, f *float64) []byte {
	if f == nil {
		return append(b, "null"...)
	}
	return AppendJSONFloat(b, *f)
}
