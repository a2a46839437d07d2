package event

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExpand(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"arrest{,s,ed}", []string{"arrest", "arrests", "arrested"}},
		{"{plot,plan}", []string{"plot", "plan"}},
		{"Kidnap", []string{"kidnap"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, expand(tt.in)); diff != "" {
			t.Errorf("expand(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestLoadLexiconErrors checks that a bad user lexicon is refused with its file
// and line named.
func TestLoadLexiconErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown type", "poisoning\tpoison\tv\n", "user.tsv:1: unknown event type"},
		{"bad part of speech", "arrest\tarrest\tx\n", "user.tsv:1: part of speech"},
		{"unknown flag", "# comment\narrest\tarrest\tv\tsometimes\n", "user.tsv:2: unknown flag"},
		{"gap at the edge", "arrest\t... arrest\tv\n", "must start and end with a word"},
		{"too few fields", "arrest\tarrest\n", "user.tsv:1: want 3 or 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(Options{Lexicons: []NamedReader{{Name: "user.tsv", R: strings.NewReader(tt.in)}}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New with %q: error %v, want one containing %q", tt.in, err, tt.want)
			}
		})
	}
}

// TestUserLexicon checks that a user's trigger adds to the built-in ones.
func TestUserLexicon(t *testing.T) {
	c, err := New(Options{Lexicons: []NamedReader{{Name: "user.tsv", R: strings.NewReader("abduction\tshanghaied\tv\tperson\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.lex.byFirst["shanghaied"]; len(got) != 1 || !got[0].Flags.person {
		t.Errorf("user trigger not loaded: %+v", got)
	}
}
