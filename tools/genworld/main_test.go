package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestJoinRing(t *testing.T) {
	arcs := [][]point{
		{{0, 0}, {10, 0}, {10, 10}},
		{{10, 10}, {0, 10}, {0, 0}},
		{{0, 0}, {0, 10}, {10, 10}},
	}
	tests := []struct {
		name string
		idx  []int
		want []point
	}{
		{"two arcs forward", []int{0, 1}, []point{{0, 0}, {10, 0}, {10, 10}, {0, 10}}},
		{"second arc reversed", []int{0, ^2}, []point{{0, 0}, {10, 0}, {10, 10}, {0, 10}}},
	}
	for _, tt := range tests {
		got, err := joinRing(arcs, tt.idx)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(point{})); diff != "" {
			t.Errorf("joinRing(%v) (%s) mismatch (-want +got):\n%s", tt.idx, tt.name, diff)
		}
	}
	if _, err := joinRing(arcs, []int{7}); err == nil {
		t.Errorf("joinRing([7]) = nil error, want out of range")
	}
}

func TestDecode(t *testing.T) {
	// A square of one quantized unit = 1 degree, delta-encoded, as Kosovo (no id)
	// and a square as Iran (364); Antarctica is dropped.
	src := `{"type":"Topology","transform":{"scale":[1,1],"translate":[40,30]},
	"arcs":[[[0,0],[1,0],[0,1],[-1,0],[0,-1]]],
	"objects":{"countries":{"type":"GeometryCollection","geometries":[
	{"type":"Polygon","arcs":[[0]],"id":"364","properties":{"name":"Iran"}},
	{"type":"Polygon","arcs":[[0]],"properties":{"name":"Kosovo"}},
	{"type":"Polygon","arcs":[[0]],"id":"010","properties":{"name":"Antarctica"}}]}}}`
	cs, err := decode(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	write(&b, cs)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")[2:]
	want := []string{
		"IR\tIran\t400,300 410,300 410,310 400,310",
		"XK\tKosovo\t400,300 410,300 410,310 400,310",
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("decode+write mismatch (-want +got):\n%s", diff)
	}
	if _, err := decode(strings.NewReader(`{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},"arcs":[],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[0]],"id":"999","properties":{"name":"Nowhere"}}]}}}`)); err == nil {
		t.Errorf("decode of an unknown id = nil error, want one")
	}
}
