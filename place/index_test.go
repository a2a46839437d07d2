package place

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// parsed is the gazetteer's text parsed as if there were no prebuilt index.
func parsed(t *testing.T) *Gazetteer {
	t.Helper()
	g := &Gazetteer{}
	if err := g.parse(gazetteerTSV, nil); err != nil {
		t.Fatal(err)
	}
	return g
}

// TestIndexFile checks that data/gazetteer.idx is what data/gazetteer.tsv
// parses to, and with -update (see golden_test.go; go generate runs it)
// writes it.
func TestIndexFile(t *testing.T) {
	g := parsed(t)
	want := g.appendIndex(nil)
	if *update {
		if err := os.WriteFile("data/gazetteer.idx", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(gazetteerIdx, want) {
		t.Fatal("data/gazetteer.idx is out of date with data/gazetteer.tsv: run go generate ./place")
	}
}

// Reading the prebuilt index gives the tables that parsing the text does.
func TestIndexRead(t *testing.T) {
	want := parsed(t)
	g := &Gazetteer{}
	if err := g.parse(gazetteerTSV, want.appendIndex(nil)); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g.entries, want.entries) || !reflect.DeepEqual(g.nodes, want.nodes) ||
		!reflect.DeepEqual(g.postings, want.postings) || !reflect.DeepEqual(g.altBits, want.altBits) ||
		!reflect.DeepEqual(g.index, want.index) || !reflect.DeepEqual(g.regions, want.regions) ||
		!reflect.DeepEqual(g.countries, want.countries) {
		t.Fatal("the tables read from the index differ from those parsed from the text")
	}
	// A damaged or foreign index is not read: the text is parsed instead.
	bad := want.appendIndex(nil)
	posting := len(indexMagic) + 4*indexHeader + len(want.entries)*entrySize + len(want.nodes)*nodeSize
	copy(bad[posting:], "\xff\xff\xff\x7f") // an entry number out of range
	for _, idx := range [][]byte{nil, []byte("vigilgz0"), bad[:len(bad)-1], bad} {
		g := &Gazetteer{}
		if err := g.parse(gazetteerTSV, idx); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(g.nodes, want.nodes) || !reflect.DeepEqual(g.index, want.index) {
			t.Fatal("a bad index changed the tables")
		}
	}
}
