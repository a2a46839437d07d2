package actor

import (
	"strings"
	"testing"

	"vigil"
)

// TestAliasesMatchThemselves checks that every name and unmarked alias of the
// built-in dictionary is found when it stands in a sentence, as the actor itself
// or as another actor that shares the phrase.
func TestAliasesMatchThemselves(t *testing.T) {
	d := load(t)
	for _, line := range strings.Split(actorsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		names := append([]string{f[2]}, strings.Split(f[7], "|")...)
		for _, name := range names {
			if name == "" || strings.HasPrefix(name, "?") {
				continue
			}
			text := "Reports said " + name + " acted."
			found := false
			for _, m := range d.Find(text) {
				found = found || m.Text == name
			}
			if !found {
				t.Errorf("%s: Find(%q) does not find %q", f[0], text, name)
			}
		}
	}
}

// TestStateNamesMatchThemselves does the same for the names, demonyms and
// capitals of vigil.States.
func TestStateNamesMatchThemselves(t *testing.T) {
	d := load(t)
	sts, err := vigil.States()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sts {
		names := append(append(append([]string{s.Name}, s.Names...), s.Demonyms...), s.Capitals...)
		for _, name := range names {
			text := "Reports said " + name + " acted."
			found := false
			for _, m := range d.Find(text) {
				found = found || m.Text == name
			}
			if !found {
				t.Errorf("%s: Find(%q) does not find %q", s.Code, text, name)
			}
		}
	}
}
