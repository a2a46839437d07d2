package place

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and returns ordered, non-overlapping
// spans inside the text whose text is the mention's name.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "Paris", "LONDON —", "in Paris, Texas,", "St. Petersburg", "U.S.-led", "pro-Russian",
		"WASHINGTON / BRUSSELS -", "KIGALI, Rwanda (AP) —", "Iran's", "\xff\xfeParis", "Ţuzah", "the Kremlin said",
		"New York New York New York", "Mr. Paris", "500 BC", "a-", "-Paris-", "Paris-",
	} {
		f.Add(s)
	}
	g := loadBench(f)
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, m := range g.Find(text) {
			if m.Start < end || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("Find(%q): span %d:%d out of order or range (previous end %d)", text, m.Start, m.End, end)
			}
			if text[m.Start:m.End] != m.Name {
				t.Fatalf("Find(%q): span %d:%d holds %q, name %q", text, m.Start, m.End, text[m.Start:m.End], m.Name)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Name) {
				t.Fatalf("Find(%q): name %q cuts a character", text, m.Name)
			}
			end = m.End
		}
	})
}
