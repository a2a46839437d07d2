package article

import (
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"
)

// checkDecode fails when recordDecoder takes data and json.Unmarshal reads it
// otherwise; it reports whether the decoder took it.
func checkDecode(t *testing.T, data []byte) bool {
	t.Helper()
	if !utf8.Valid(data) {
		return false // record checks lines first
	}
	var d recordDecoder
	var got record
	if !d.decode(data, &got) {
		return false
	}
	var want record
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("decode took %q, json.Unmarshal: %v", data, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("decode(%q) = %s, json.Unmarshal: %s", data, show(got), show(want))
	}
	return true
}

func show(r record) string {
	s := func(p *string) string {
		if p == nil {
			return "nil"
		}
		return "&" + *p
	}
	return "{" + r.ID + " | " + r.URL + " | " + r.Title + " | " + string(r.Published) + " | " + s(r.Text) + " | " + s(r.HTML) + "}"
}

func TestRecordDecoder(t *testing.T) {
	taken := []string{
		`{"id": "a", "published": "2024-03-01", "text": "Police arrested two men."}`,
		`{}`,
		" \t{ } \r",
		`{"id":null,"url":"https://x.org/a?b=1&c=<2>","title":"T","published":null,"html":"<p>x</p>","text":null}`,
		`{"text": "line\nbreak \"quoted\" back\\slash \/ \b\f\r\t tab"}`,
		`{"text": "caf\u00e9 \u00E9 \u2028 \ud83d\ude00 emoji \u0000 nul"}`,
		`{"text": "ünïcödé raw \u00e9", "id": "é"}`,
		`{"text": ""}`,
	}
	for _, s := range taken {
		if !checkDecode(t, []byte(s)) {
			t.Errorf("decode left %q to json.Unmarshal", s)
		}
	}
	left := []string{
		``, `[]`, `{`, `{"text": "x"`, `{"text": "x",}`, `{"text": "x"} x`, `{"text": "x"}{}`,
		`{"ID": "a", "text": "x"}`, `{"lang": "en", "text": "x"}`, `{"id": "a", "id": "b"}`,
		`{"id": 1, "text": "x"}`, `{"published": 20240301, "text": "x"}`, `{"text": true}`,
		`{"text": "lone \ud83d surrogate"}`, `{"text": "lone \ude00"}`, `{"text": "\ud83d\u0041"}`,
		`{"text": "bad \x escape"}`, `{"text": "short \u12"}`, `{"text": "raw ` + "\x01" + ` control"}`,
		`{"text": "x\` + `"}`, `{"te\u0078t": "x"}`, `{"text": nul}`, `{"text" "x"}`, "\ufeff{}",
	}
	for _, s := range left {
		if checkDecode(t, []byte(s)) {
			t.Errorf("decode took %q", s)
		}
	}
}

// FuzzRecordDecoder checks that what the decoder takes, json.Unmarshal reads the
// same.
func FuzzRecordDecoder(f *testing.F) {
	f.Add([]byte(`{"id": "a", "published": "2024-03-01", "text": "Police\narrested \"two\" men \u00e9 \ud83d\ude00."}`))
	f.Add([]byte(`{"url":"u","title":null,"html":"<p>x</p>","published":null}`))
	f.Fuzz(func(t *testing.T, data []byte) { checkDecode(t, data) })
}

// TestPlainRun checks plainRun, which reads eight bytes at a time, against a
// byte-by-byte loop, for every byte value at every place of a run.
func TestPlainRun(t *testing.T) {
	plain := func(c byte) bool { return c != '"' && c != '\\' && c >= 0x20 }
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := []byte("plain text, ünïcödé")
			b[at] = byte(c)
			for i := 0; i <= len(b); i++ {
				want := i
				for want < len(b) && plain(b[want]) {
					want++
				}
				if got := plainRun(b, i); got != want {
					t.Fatalf("plainRun(%q, %d) = %d, want %d", b, i, got, want)
				}
			}
		}
	}
}
