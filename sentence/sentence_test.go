package sentence

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Police arrested two men. They were charged on Monday.",
			[]string{"Police arrested two men.", "They were charged on Monday."}},
		{"abbreviations", "Mr. Smith met Dr. Jones in St. Louis on Jan. 5. Then he left.",
			[]string{"Mr. Smith met Dr. Jones in St. Louis on Jan. 5.", "Then he left."}},
		{"U.S. mid-sentence and at the end", "The U.S. Treasury acted. Officials in the U.S. The move followed.",
			[]string{"The U.S. Treasury acted.", "Officials in the U.S.", "The move followed."}},
		{"initials", "John F. Kennedy spoke. Later, J. R. Smith did.",
			[]string{"John F. Kennedy spoke.", "Later, J. R. Smith did."}},
		{"quotes", "\"We will respond,\" he said. \"Soon.\" The ministry agreed.",
			[]string{"\"We will respond,\" he said.", "\"Soon.\"", "The ministry agreed."}},
		{"headline then body", "Spy ring exposed in Oslo\n\nOSLO - Police said on Friday.",
			[]string{"Spy ring exposed in Oslo", "OSLO - Police said on Friday."}},
		{"list items", "Demands:\n1) Expel the diplomats.\n2) Freeze assets.",
			[]string{"Demands:", "1) Expel the diplomats.", "2) Freeze assets."}},
		{"hard wrapped", "The suspects were arrested in\nthe suburb of Solna on Tuesday.",
			[]string{"The suspects were arrested in\nthe suburb of Solna on Tuesday."}},
		{"lower case after period", "It cost 3.5 million. it was late.",
			[]string{"It cost 3.5 million. it was late."}},
		{"question and exclamation", "Who ordered it? Nobody knows! The case is open.",
			[]string{"Who ordered it?", "Nobody knows!", "The case is open."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSplitParagraphsAndFragments(t *testing.T) {
	in := "Headline here\nFirst sentence. Second one.\n\nNew paragraph."
	got := Split(in)
	want := []Sentence{
		{Start: 0, End: 13, Para: 0, Fragment: true},
		{Start: 14, End: 29, Para: 1},
		{Start: 30, End: 41, Para: 1},
		{Start: 43, End: 57, Para: 2},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Split(%q) mismatch (-want +got):\n%s", in, diff)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"A. B. C.", "Mr. X.\n\nY?", "“Quote.” Next", "\n\n\n", "é. É."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sen := range Split(s) {
			if sen.Start < prev || sen.End > len(s) || sen.Start >= sen.End {
				t.Fatalf("Split(%q): bad span %+v after %d", s, sen, prev)
			}
			prev = sen.End
		}
	})
}

// abbreviation agrees with looking up the lower-cased word.
func TestAbbreviation(t *testing.T) {
	words := []string{"", "Mr", "MR", "mr", "U.S", "u.k", "E.U", "Approx", "APPROXIMATELY", "Kyiv", "\u212Ao", "İ", "averyveryverylongwordindeed"}
	for a := range abbreviations {
		words = append(words, a, strings.ToUpper(a))
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		abbr, union := abbreviation(w)
		if abbr != abbreviations[lw] || union != (lw == "u.s" || lw == "u.k" || lw == "u.n" || lw == "e.u") {
			t.Errorf("abbreviation(%q) = %v, %v", w, abbr, union)
		}
	}
}
