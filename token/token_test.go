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
