package vigil

import "testing"

func TestRuneIndex(t *testing.T) {
	text := "Zürich — Ćosić was arrested in Köln on Monday. " + "Ende."
	ri := NewRuneIndex(text)
	runes := 0
	for b := range text {
		if got := ri.Runes(b); got != runes {
			t.Fatalf("Runes(%d) = %d, want %d", b, got, runes)
		}
		if got := ri.Bytes(runes); got != b {
			t.Fatalf("Bytes(%d) = %d, want %d", runes, got, b)
		}
		runes++
	}
	if got := ri.Runes(len(text)); got != runes {
		t.Errorf("Runes(len) = %d, want %d", got, runes)
	}
	ascii := NewRuneIndex("plain text")
	if got := ascii.Runes(5); got != 5 {
		t.Errorf("ASCII Runes(5) = %d, want 5", got)
	}
	if got := ascii.Bytes(99); got != 10 {
		t.Errorf("ASCII Bytes(99) = %d, want 10 (clamped)", got)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{"2018", "2018", false},
		{"2018-06", "2018-06", false},
		{"2018-06-30", "2018-06-30", false},
		{"2018-06-30T12:00:00Z", "2018-06-30", false},
		{"2018-13", "", true},
		{"June 2018", "", true},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if (err != nil) != tt.bad || d.String() != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q (error %v)", tt.in, d, err, tt.want, tt.bad)
		}
	}
}
