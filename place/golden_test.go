package place

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden runs Find over the paragraphs in testdata/*.txt (our own writing)
// and compares every mention with testdata/*.golden.
func TestGolden(t *testing.T) {
	g := loadBench(t)
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, m := range g.Find(string(text)) {
				p := m.Place
				fmt.Fprintf(&b, "%d\t%d\t%s\t%s\t-> %s\t%s\t%s\t%s\t%.4f,%.4f\t%d\n", m.Start, m.End, m.Kind, m.Name,
					p.Name, p.Feature, p.Country, p.Admin1, p.Lat, p.Lon, p.GeonameID)
			}
			golden := strings.TrimSuffix(file, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("Find(%s) mismatch (-want +got):\n%s", file, diff)
			}
		})
	}
}
