package vigil

import "math"

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
	if !ev.Date.IsZero() {
		s := ev.Date.String()
		r.Date = &s
	}
	if ev.Country != "" {
		c := ev.Country
		r.Country = &c
	}
	if p := ev.Place; p != nil {
		name := p.Name
		r.Place = &name
		if p.HasCoords {
			lat, lon := round4(p.Lat), round4(p.Lon)
			r.Lat, r.Lon = &lat, &lon
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
