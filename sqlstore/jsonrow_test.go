package sqlstore

import (
	"database/sql"
	"encoding/json"
	"math"
	"testing"
)

// jsonRowDest are destinations of every kind assignJSONRow fills.
type jsonRowDest struct {
	id   int64
	n    int
	s    string
	ns   sql.NullString
	f    float64
	nf   sql.NullFloat64
	flag bool
}

func (d *jsonRowDest) ptrs() []any { return []any{&d.id, &d.n, &d.s, &d.ns, &d.f, &d.nf, &d.flag} }

func TestAssignJSONRow(t *testing.T) {
	tests := []struct {
		row  string
		want jsonRowDest
	}{
		{`[1,2,"",null,0.0,null,0]`, jsonRowDest{id: 1, n: 2}},
		{`[-9007199254740993,0,"a \"quoted\" \\ name\n\u0001","Göteborg <b> & 東京 \u2028","x",1.0e+300,-1.23e-07,1]`,
			jsonRowDest{}}, // a string where a number goes: an error
		{`[42,7,"plain","also plain",0.30000000000000004,-33.8688,1]`,
			jsonRowDest{id: 42, n: 7, s: "plain", ns: sql.NullString{String: "also plain", Valid: true}, f: 0.30000000000000004,
				nf: sql.NullFloat64{Float64: -33.8688, Valid: true}, flag: true}},
		{`[-9007199254740993,0,"a \"quoted\" \\ name\n\u0001","Göteborg <b> & 東京 \u2028",1.0e+300,-1.23e-07,0]`,
			jsonRowDest{id: -9007199254740993, s: "a \"quoted\" \\ name\n\x01", ns: sql.NullString{String: "Göteborg <b> & 東京 \u2028", Valid: true},
				f: 1e300, nf: sql.NullFloat64{Float64: -1.23e-7, Valid: true}}},
	}
	for _, tt := range tests {
		var got jsonRowDest
		err := assignJSONRow(tt.row, got.ptrs())
		if tt.want == (jsonRowDest{}) {
			if err == nil {
				t.Errorf("assignJSONRow(%s) = %+v, want an error", tt.row, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("assignJSONRow(%s) = %+v, %v; want %+v", tt.row, got, err, tt.want)
		}
	}
	for _, row := range []string{``, `[]`, `[1,2,"",null,0,null,0`, `[1,2,"",null,0,null,0,5]`, `[1,2,"",null,0,null,2]`,
		`[1,2,null,null,0,null,0]`, `[1,2,"",1,0,null,0]`, `[1.5,2,"",null,0,null,0]`, `[1,2,"unterminated,null,0,null,0]`, `{"a":1}`} {
		var d jsonRowDest
		if err := assignJSONRow(row, d.ptrs()); err == nil {
			t.Errorf("assignJSONRow(%s) = %+v, want an error", row, d)
		}
	}
}

// FuzzAssignJSONRow reads rows that encoding/json writes (which escapes more
// than SQLite does) back into what was written.
func FuzzAssignJSONRow(f *testing.F) {
	f.Add(int64(1), "plain", "also", 0.08, true)
	f.Add(int64(-5), "a \"q\" \\ <&>\u2028\x01\xff", "", -1.23e-7, false)
	f.Fuzz(func(t *testing.T, id int64, s, ns string, fl float64, flag bool) {
		if math.IsNaN(fl) || math.IsInf(fl, 0) {
			return
		}
		b, err := json.Marshal([]any{id, 3, s, ns, fl, nil, map[bool]int{false: 0, true: 1}[flag]})
		if err != nil {
			t.Fatal(err)
		}
		var back []any // what the JSON says, read by encoding/json
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		var got jsonRowDest
		if err := assignJSONRow(string(b), got.ptrs()); err != nil {
			t.Fatalf("assignJSONRow(%s) = %v", b, err)
		}
		want := jsonRowDest{id: id, n: 3, s: back[2].(string), ns: sql.NullString{String: back[3].(string), Valid: true}, f: fl, flag: flag}
		if got != want {
			t.Errorf("assignJSONRow(%s) = %+v, want %+v", b, got, want)
		}
	})
}
