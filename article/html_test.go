package article

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// describe writes an article in the form kept in golden files.
func describe(id, title, url, outlet, lang, published, text string) string {
	return fmt.Sprintf("id: %s\ntitle: %s\nurl: %s\noutlet: %s\nlanguage: %s\npublished: %s\n---\n%s\n",
		id, title, url, outlet, lang, published, text)
}

func TestFromHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			a, err := FromHTML(name, "", data)
			if err != nil {
				t.Fatalf("FromHTML(%s): %v", page, err)
			}
			got := describe(a.ID, a.Title, a.URL, a.Outlet, a.Language, a.Published.String(), a.Text)
			golden := strings.TrimSuffix(page, ".html") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("FromHTML(%s) mismatch (-want +got):\n%s", page, diff)
			}
		})
	}
}

// TestFromHTMLBoilerplate checks that the navigation, related-articles rail,
// comments and footer of the test page stay out of the body text.
func TestFromHTMLBoilerplate(t *testing.T) {
	data, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := FromHTML("page", "", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"Subscribe today", "Politics", // navigation
		"Related articles", "Spy trial opens", // related rail
		"harbourwatcher", "Good work by the police", "Cancel my subscription", // comments
		"All rights reserved", "Cookie settings", // footer
	} {
		if strings.Contains(a.Text, s) {
			t.Errorf("FromHTML(page.html).Text contains boilerplate %q", s)
		}
	}
	if strings.HasPrefix(a.Text, a.Title) {
		t.Errorf("FromHTML(page.html).Text starts with the title %q", a.Title)
	}
}
