package actor

import (
	"strings"
	"testing"
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
