package event

import "testing"

// TestTrimDeterminer pins the words an actor's or target's name loses.
func TestTrimDeterminer(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the Foreign Ministry", "Foreign Ministry"},
		{"that two men", "two men"},
		{"Why France", "France"},   // a headline's question word
		{"How Beijing", "Beijing"}, // likewise
		{"Whyte Police", "Whyte Police"},
		{"Where", "Where"},
		{"what remains", "what remains"},
	}
	for _, tt := range tests {
		if got := trimDeterminer(tt.in); got != tt.want {
			t.Errorf("trimDeterminer(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
