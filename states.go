package vigil

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// State is a sovereign state (or a territory vigil treats as one) with the names the
// news uses for it: its own names, the adjectives and nouns for its people, and the
// capital whose name stands for its government ("Tehran denied").
type State struct {
	Code      string   // ISO 3166-1 alpha-2; Kosovo is XK, the European Union EU
	Name      string   // short English name
	Names     []string // other names: official, former, original-language
	Demonyms  []string // Iranian, Iranians; Danish, Dane, Danes
	Capitals  []string // seats of government used as metonyms
	Languages []string // ISO 639-1 codes of official languages, for alias lookups
}

//go:embed data/states.tsv
var statesTSV string

var (
	statesOnce sync.Once
	states     []State
	statesErr  error
)

// States returns the embedded table of states, parsed once. The table is
// data/states.tsv: code, name, names, demonyms, capitals, languages; list fields
// are separated by "|".
func States() ([]State, error) {
	statesOnce.Do(func() { states, statesErr = ParseStates("data/states.tsv", statesTSV) })
	return states, statesErr
}

// ParseStates reads a states table; name is used in error messages.
func ParseStates(name, tsv string) ([]State, error) {
	var out []State
	sc := bufio.NewScanner(strings.NewReader(tsv))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("%s:%d: want 6 tab-separated fields, got %d", name, line, len(f))
		}
		if len(f[0]) != 2 || strings.ToUpper(f[0]) != f[0] {
			return nil, fmt.Errorf("%s:%d: code %q is not an upper-case ISO alpha-2 code", name, line, f[0])
		}
		out = append(out, State{
			Code: f[0], Name: f[1],
			Names: splitList(f[2]), Demonyms: splitList(f[3]),
			Capitals: splitList(f[4]), Languages: splitList(f[5]),
		})
	}
	return out, sc.Err()
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
