package event

import (
	"fmt"
	"testing"

	"vigil"
)

// explainf formats as fmt.Sprintf does for the arguments explanations pass.
func TestExplainf(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"trigger %q (%s, %s)", []any{"shot ... dead", vigil.EventType("assassination"), "triggers.tsv:12"}},
		{"%s", []any{vigil.Status("attempted")}},
		{"count %d of %q, %v %t", []any{3, "İstanbul \"x\"", 2.5, true}},
		{"missing %s %s", []any{"one"}},
		{"nil %v", []any{nil}},
	} {
		if got, want := explainf(c.format, c.args), fmt.Sprintf(c.format, c.args...); got != want {
			t.Errorf("explainf(%q) = %q, want %q", c.format, got, want)
		}
	}
}

// An argument with methods is refused rather than formatted differently.
func TestExplainfStringer(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("explainf took a vigil.Date, which has a String method")
		}
	}()
	explainf("%s", []any{vigil.Date{Year: 2024}})
}

// why and rule cost no allocation when explanations are off.
func TestWhyNoAlloc(t *testing.T) {
	cd := &candidate{}
	s := string([]byte("Berlin"))
	if n := testing.AllocsPerRun(100, func() {
		cd.why("place", "the dateline's town %s", s)
		cd.rule("trigger %q (%s)", s, vigil.EventType(s))
	}); n != 0 {
		t.Errorf("why and rule allocate %v times per call without explanations", n)
	}
}
