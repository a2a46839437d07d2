package token

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Iran's MOIS planned it.", []string{"Iran", "'s", "MOIS", "planned", "it", "."}},
		{"Iran’s agents", []string{"Iran", "’s", "agents"}},
		{"the U.S. said", []string{"the", "U.S.", "said"}},
		{"detained 3,000 people; 2,50 is not; in 2019, 300 fled", []string{"detained", "3,000", "people", ";", "2", ",", "50", "is", "not", ";", "in", "2019", ",", "300", "fled"}},
		{"al-Qahtani and O'Brien", []string{"al-Qahtani", "and", "O'Brien"}},
		{"in 2018. Then", []string{"in", "2018", ".", "Then"}},
		{"Zürich—Bern", []string{"Zürich", "—", "Bern"}},
		{"end.", []string{"end", "."}},
		{"IRAN'S envoy, Iran’S, s's", []string{"IRAN", "'S", "envoy", ",", "Iran", "’S", ",", "s", "'s"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tok.Text)
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("Tokenize(%q): token %q has offsets %d:%d", tt.in, tok.Text, tok.Start, tok.End)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestTokenizeNorm checks that a word's normal form, however Tokenize makes it,
// is Normalize of the word.
func TestTokenizeNorm(t *testing.T) {
	text := "Iran’s MOIS and al-Qahtani met O'Brien in Zürich; the U.S. FBI's 3,000 ŢARA agents. İstanbul"
	for _, tok := range Tokenize(text) {
		if tok.Kind != Punct && tok.Norm != Normalize(tok.Text) {
			t.Errorf("Tokenize(%q): token %q has Norm %q, want %q", text, tok.Text, tok.Norm, Normalize(tok.Text))
		}
	}
}

func TestAppend(t *testing.T) {
	buf := Tokenize("Iran’s MOIS")
	got := Append(buf[:1], "the U.S. said")
	want := append([]Token{buf[0]}, Tokenize("the U.S. said")...)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Append mismatch (-want +got):\n%s", diff)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zürich", "zurich"},
		{"ZURICH", "zurich"},
		{"Iran’s", "iran's"},
		{"São Paulo", "sao paulo"},
		{"plain", "plain"},
		{"Ţara Ōsaka", "tara osaka"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzNormalizeIdempotent(f *testing.F) {
	for _, s := range []string{"Zürich", "ŢARA", "Ōsaka", "İstanbul", "ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Normalize(s)
		if twice := Normalize(once); twice != once {
			t.Errorf("Normalize(Normalize(%q)) = %q, want %q", s, twice, once)
		}
	})
}
