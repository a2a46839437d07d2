package sqlstore

import (
	"encoding/json"
	"reflect"
	"testing"

	"vigil"
)

// evidenceCases are columns as EventRow writes them and as it never does.
func evidenceCases(t testing.TB) []string {
	written := [][]vigil.EvidenceSpan{
		{},
		nil,
		{{Start: 0, End: 40, Text: "An agent was arrested after a plot."}},
		{{Start: 3, End: 3}},
		{{Start: 0, End: 12, Text: `He said "leave"`}, {Start: 13, End: 20, Text: `a\b`}},
		{{Start: 5, End: 9, Text: "Göteborg <b> & 東京"}, {Start: 10, End: 11, Text: "tab\there\nline"}},
		{{Start: 1, End: 2, Text: "bad \xff utf-8"}},
		{{Start: -1, End: 123456789, Text: "x"}, {Start: 0, End: 1, Text: ""}, {Start: 7, End: 8, Text: "}],{"}},
	}
	var cols []string
	for _, w := range written {
		b, err := json.Marshal(w)
		if err != nil {
			t.Fatal(err)
		}
		cols = append(cols, string(b))
	}
	return append(cols,
		`[ {"start": 0, "end": 4, "text": "spaced"} ]`,
		`[{"end":4,"start":0,"text":"keys reordered"}]`,
		`[{"start":0,"end":4,"text":"extra","x":1}]`,
		`[{"start":01,"end":4}]`,
		`[{"start":1.5,"end":4}]`,
		`[{"start":0,"end":4}`,
		`[{"start":0,"end":4,"text":"unterminated}]`,
		`[{"start":0,"end":4},]`,
		"[{\"start\":0,\"end\":1,\"text\":\"\xc0\"}]",
		"[{\"start\":0,\"end\":1,\"text\":\"\x01\"}]",
		`{}`,
		``,
	)
}

// TestDecodeEvidence checks the hand-written reader against encoding/json.
func TestDecodeEvidence(t *testing.T) {
	for _, col := range evidenceCases(t) {
		checkEvidence(t, col)
	}
}

func FuzzDecodeEvidence(f *testing.F) {
	for _, col := range evidenceCases(f) {
		f.Add(col)
	}
	f.Fuzz(checkEvidence)
}

func checkEvidence(t *testing.T, col string) {
	var want []vigil.EvidenceSpan
	wantErr := json.Unmarshal([]byte(col), &want)
	got, err := decodeEvidence(col)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("decodeEvidence(%q) error = %v, encoding/json's = %v", col, err, wantErr)
	}
	if err == nil && (!reflect.DeepEqual(got, want) || (got == nil) != (want == nil)) {
		t.Errorf("decodeEvidence(%q) = %#v, encoding/json reads %#v", col, got, want)
	}
}
