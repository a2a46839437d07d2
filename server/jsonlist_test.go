package server

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"vigil"
)

// jsonListCases are listings with every field empty and set, and strings and
// numbers that encoding/json escapes or formats in its own way.
func jsonListCases() []listAnswer[apiEvent] {
	lat, lon := 48.8566, -0.000000123
	big, zero := 1e21, math.Copysign(0, -1)
	return []listAnswer[apiEvent]{
		{Items: []apiEvent{}},
		{Items: nil, Next: "12"},
		{Items: []apiEvent{{}}},
		{Items: []apiEvent{{ID: 9, Article: 1, Doc: "doc0", Type: vigil.Assassination, Status: vigil.CarriedOut, Date: "2013-09",
			Country: "AU", Actor: &vigil.ActorRef{Name: "service", Country: "CN", Kind: "agency"},
			Evidence: []vigil.EvidenceSpan{{Start: 0, End: 40, Text: "An agent was arrested"}}, Confidence: 0.08, Incident: "i000001"},
			{ID: 10, Article: 2, Doc: `a "quoted" <doc> & \ back`, Type: "x\u2028y\u2029", Status: "\x00\x01\b\f\n\r\t\x1f",
				Place:      &apiPlace{Name: "Göteborg", Country: "SE", Lat: &lat, Lon: &lon},
				Target:     &vigil.ActorRef{Name: "bad \xff\xfe utf-8", Country: "", ID: "Q1"},
				Evidence:   []vigil.EvidenceSpan{{Start: 1, End: 2}, {Start: -3, End: 1 << 40, Text: "東京 \U0001F600"}},
				Confidence: 1e-7, Pinned: true, Edited: true, Restricted: true},
			{ID: -1, Place: &apiPlace{Name: ""}, Confidence: big, Evidence: []vigil.EvidenceSpan{}},
			{Place: &apiPlace{Name: "p", Lat: &zero}, Confidence: 123456789.125},
		}, Next: "10"},
	}
}

func encodingJSON(t testing.TB, v any) []byte {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestAppendEventList holds the hand-written listing to what encoding/json
// writes.
func TestAppendEventList(t *testing.T) {
	for _, ans := range jsonListCases() {
		got, ok := appendEventList(nil, &ans)
		if want := encodingJSON(t, ans); !ok || !bytes.Equal(got, want) {
			t.Errorf("appendEventList = %s (ok %v)\nencoding/json writes %s", got, ok, want)
		}
	}
	nan := listAnswer[apiEvent]{Items: []apiEvent{{Confidence: math.NaN()}}}
	if _, ok := appendEventList(nil, &nan); ok {
		t.Errorf("appendEventList wrote a NaN confidence; encoding/json refuses it")
	}
}

func FuzzAppendEventList(f *testing.F) {
	f.Add("doc", "An agent <was> \"arrested\"", 0.08, 12.5)
	f.Add("\xff\u2028", "\x00", 1e-9, 1e300)
	f.Fuzz(func(t *testing.T, doc, text string, conf, lat float64) {
		if math.IsInf(conf, 0) || math.IsNaN(conf) || math.IsInf(lat, 0) || math.IsNaN(lat) {
			return
		}
		ans := listAnswer[apiEvent]{Items: []apiEvent{{Doc: doc, Place: &apiPlace{Name: text, Lat: &lat},
			Actor: &vigil.ActorRef{Name: text, Kind: doc}, Evidence: []vigil.EvidenceSpan{{Text: text}}, Confidence: conf}}, Next: doc}
		got, ok := appendEventList(nil, &ans)
		if want := encodingJSON(t, ans); !ok || !bytes.Equal(got, want) {
			t.Errorf("appendEventList = %q (ok %v)\nencoding/json writes %q", got, ok, want)
		}
	})
}
