package place

import (
	"slices"
	"strings"
	"testing"

	"vigil"
)

func TestLoad(t *testing.T) {
	g := loadBench(t)
	if n := len(g.entries); n < 140000 {
		t.Errorf("Load: %d entries, want at least 140000", n)
	}
	if n := len(g.countries); n < 240 {
		t.Errorf("Load: %d countries, want at least 240", n)
	}
}

// The index keys were normalised by the generator with package token; every
// entry must be found under its own name as Key normalises it now. If package
// token changes, rerun tools/gengazetteer.
func TestEntriesFoundByName(t *testing.T) {
	g := loadBench(t)
	bad := 0
	for i := range g.entries {
		e := &g.entries[i]
		name := g.name(e)
		if strings.Contains(name, "'") || strings.Contains(name, "’") || strings.Contains(name, "(") || strings.Contains(name, "[") {
			continue // possessives and bracketed notes are tokenised apart
		}
		nd := g.lookup(Key(name))
		if nd == nil || !slices.Contains(g.ids(nd), int32(i)) {
			if bad++; bad <= 5 {
				t.Errorf("entry %q (%s) is not found under Key(%q) = %q: the gazetteer is out of date with package token; rerun tools/gengazetteer", name, e.country(), name, Key(name))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d entries not found under their own names", bad)
	}
}

func TestCountry(t *testing.T) {
	g := loadBench(t)
	tests := []struct {
		code, name string
	}{
		{"FR", "France"},
		{"ir", "Iran"},
		{"XK", "Kosovo"},
		{"EU", "European Union"},
	}
	for _, tt := range tests {
		p, ok := g.Country(tt.code)
		if !ok || p.Name != tt.name || p.Feature != vigil.FeatureCountry || !p.HasCoords {
			t.Errorf("Country(%q) = %+v, %v, want %s with coordinates", tt.code, p, ok, tt.name)
		}
	}
	if p, ok := g.Country("QQ"); ok {
		t.Errorf("Country(QQ) = %+v, want none", p)
	}
}

func TestResolve(t *testing.T) {
	g := loadBench(t)
	tests := []struct {
		name, hint    string
		country       string
		feature       vigil.PlaceFeature
		admin1        string
		wantGeonameID bool
	}{
		{"Paris", "", "FR", vigil.FeatureCity, "", true},
		{"Paris", "US", "US", vigil.FeatureCity, "Texas", true},
		{"Tehran", "", "IR", vigil.FeatureCity, "", true},
		{"Texas", "", "US", vigil.FeatureRegion, "Texas", false},
		{"Germany", "", "DE", vigil.FeatureCountry, "", false},
		{"Danish", "", "DK", vigil.FeatureCountry, "", false},
		{"Woluwe-Saint-Pierre", "", "BE", vigil.FeatureLocal, "Brussels", false},
		{"Kiev", "", "UA", vigil.FeatureCity, "", true},
		{"São Paulo", "", "BR", vigil.FeatureCity, "", true},
	}
	for _, tt := range tests {
		p, ok := g.Resolve(tt.name, tt.hint)
		if !ok || p.Country != tt.country || p.Feature != tt.feature || (tt.admin1 != "" && p.Admin1 != tt.admin1) || (p.GeonameID != 0) != tt.wantGeonameID {
			t.Errorf("Resolve(%q, %q) = %+v, %v, want %s %s %s", tt.name, tt.hint, p, ok, tt.country, tt.feature, tt.admin1)
		}
	}
	if p, ok := g.Resolve("Xyzzyville", ""); ok {
		t.Errorf("Resolve(Xyzzyville) = %+v, want none", p)
	}
}

// A name lists each of its entries once, which Gazetteer.altAt relies on to
// read an entry's alternate-name bit by its place in the list.
func TestPostingsUnique(t *testing.T) {
	g := loadBench(t)
	seen := map[int32]bool{}
	for i := range g.nodes {
		clear(seen)
		for _, id := range g.ids(&g.nodes[i]) {
			if seen[id] {
				t.Fatalf("name %q lists entry %d twice", g.key(&g.nodes[i]), id)
			}
			seen[id] = true
		}
	}
}
