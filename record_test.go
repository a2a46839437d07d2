package vigil

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"math/rand/v2"
	"testing"
)

// encodeJSON is the reference AppendJSON must match: the encoder extract used.
func encodeJSON(t testing.TB, r *EventRecord) ([]byte, error) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func checkAppendJSON(t testing.TB, r *EventRecord) {
	t.Helper()
	want, wantErr := encodeJSON(t, r)
	got, err := r.AppendJSON([]byte("prefix"))
	if wantErr != nil || err != nil {
		if wantErr == nil || err == nil || err.Error() != wantErr.Error() {
			t.Fatalf("AppendJSON(%+v) error %v, encoding/json error %v", r, err, wantErr)
		}
		return
	}
	got, ok := bytes.CutPrefix(got, []byte("prefix"))
	if !ok || !bytes.Equal(got, want) {
		t.Fatalf("AppendJSON(%+v):\n got %s\nwant %s", r, got, want)
	}
}

// tricky strings and numbers for JSON encoding.
var (
	jsonStrings = []string{"", "plain", `quote " and \ backslash`, "<b>&amp;</b>", "\x00\x01\b\f\n\r\t\x1f\x7f",
		"caf\xc3\xa9 \xe2\x80\xa8 \xe2\x80\xa9 \xe2\x80\xaa", "bad \xff\xfe utf8 \xc3", "\xed\xa0\x80 surrogate", "emoji \U0001F600", "/slash/"}
	jsonFloats = []float64{0, math.Copysign(0, -1), 0.5, -0.05, 1, 52.3702, -4.8952, 1e-6, 9.99e-7, 1.5e-300,
		1e20, 1e21, -1e21, 123456789.1234, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1)}
)

func TestAppendJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	str := func() string {
		s := jsonStrings[rng.IntN(len(jsonStrings))]
		if rng.IntN(3) == 0 { // mix two, and sometimes cut a rune in half
			s += jsonStrings[rng.IntN(len(jsonStrings))]
			s = s[:rng.IntN(len(s)+1)]
		}
		return s
	}
	ptr := func() *string {
		if rng.IntN(3) == 0 {
			return nil
		}
		s := str()
		return &s
	}
	num := func() float64 {
		if rng.IntN(2) == 0 {
			return jsonFloats[rng.IntN(len(jsonFloats))]
		}
		return math.Round((rng.Float64()*360-180)*1e4) / 1e4
	}
	actor := func() *ActorRef {
		if rng.IntN(3) == 0 {
			return nil
		}
		return &ActorRef{Name: str(), Country: str(), ID: str(), Kind: str()}
	}
	for range 20000 {
		r := &EventRecord{
			Doc: str(), Type: EventType(str()), Status: Status(str()),
			Date: ptr(), Country: ptr(), Place: ptr(),
			Actor: actor(), Target: actor(),
			Confidence: num(), Incident: ptr(), ResponseTo: ptr(),
			GeonameID: rng.IntN(3) * 2950159, Admin1: str(),
		}
		if rng.IntN(2) == 0 {
			lat, lon := num(), num()
			r.Lat, r.Lon = &lat, &lon
		}
		if rng.IntN(4) > 0 {
			r.Evidence = []EvidenceSpan{}
			for range rng.IntN(3) {
				r.Evidence = append(r.Evidence, EvidenceSpan{Start: rng.IntN(1000), End: rng.IntN(100000), Text: str()})
			}
		}
		if rng.IntN(2) == 0 {
			r.Explain = &Explanation{Trigger: str()}
			if rng.IntN(3) > 0 {
				r.Explain.Rules = []string{}
				for range rng.IntN(3) {
					r.Explain.Rules = append(r.Explain.Rules, str())
				}
			}
			if rng.IntN(3) > 0 {
				r.Explain.Fields = map[string]string{}
				for range rng.IntN(4) {
					r.Explain.Fields[str()] = str()
				}
			}
		}
		if rng.IntN(2) == 0 {
			r.Reference = &ReferenceStamp{Date: str(), Source: str()}
		}
		checkAppendJSON(t, r)
	}
}

// FuzzAppendJSON compares AppendJSON with encoding/json on arbitrary strings
// and numbers.
func FuzzAppendJSON(f *testing.F) {
	for i, s := range jsonStrings {
		f.Add(s, jsonStrings[(i+1)%len(jsonStrings)], jsonFloats[i], jsonFloats[i+len(jsonStrings)/2], i)
	}
	f.Fuzz(func(t *testing.T, s1, s2 string, f1, f2 float64, n int) {
		r := &EventRecord{
			Doc: s1, Type: EventType(s2), Status: Status(s1 + s2), Date: &s2, Place: &s1,
			Lat: &f1, Lon: &f2, Confidence: f2, GeonameID: n, Admin1: s2,
			Actor:     &ActorRef{Name: s1, Country: s2, Kind: s1},
			Evidence:  []EvidenceSpan{{Start: n, End: -n, Text: s1}, {Text: s2}},
			Explain:   &Explanation{Trigger: s1, Rules: []string{s2, s1}, Fields: map[string]string{s1: s2, s2: s1}},
			Reference: &ReferenceStamp{Date: s2, Source: s1},
		}
		checkAppendJSON(t, r)
	})
}

func BenchmarkAppendJSON(b *testing.B) {
	date, country, place, lat, lon := "2024-02-29", "NL", "Almere", 52.3702, 5.2141
	text := `AMSTERDAM - The district court handed a life sentence to Naoufal F., known as "Noffel", for organising the killing.` + "\n"
	r := &EventRecord{
		Doc: "d-almere-murder-broker-life-0", Type: "assassination", Status: "carried_out",
		Date: &date, Country: &country, Place: &place, Lat: &lat, Lon: &lon,
		Actor:      &ActorRef{Name: "Iran", Country: "IR", ID: "IR", Kind: "state"},
		Target:     &ActorRef{Name: "an Iranian-born electrician", Country: ""},
		Evidence:   []EvidenceSpan{{Start: 130, End: 245, Text: text}, {Start: 900, End: 1015, Text: text}},
		Confidence: 0.85, GeonameID: 2759879, Admin1: "Flevoland",
		Reference: &ReferenceStamp{Date: "2024-03-01", Source: "published"},
	}
	b.Run("AppendJSON", func(b *testing.B) {
		var buf []byte
		for b.Loop() {
			buf, _ = r.AppendJSON(buf[:0])
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		enc := json.NewEncoder(io.Discard)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			enc.Encode(r)
		}
	})
}
