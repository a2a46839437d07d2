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
	// the headline opens the text once, as it opens a plain-text article
	if !strings.HasPrefix(a.Text, a.Title+"\n\n") || strings.Count(a.Text, a.Title) != 1 {
		t.Errorf("FromHTML(page.html).Text does not open with the title %q, once, as its own paragraph", a.Title)
	}
}

func TestFromHTMLFallback(t *testing.T) {
	// Trafilatura finds no body in a page made only of divs; Readability does.
	page := `<html><head><title>Consul expelled</title></head><body><nav><a href="/">Home</a></nav>` +
		`<div id="main"><div>The consul was expelled on Monday. The ministry gave him three days to leave.</div></div></body></html>`
	a, err := FromHTML("f", "https://example.org/f", []byte(page))
	if err != nil {
		t.Fatalf("FromHTML: %v", err)
	}
	want := "Consul expelled\n\nThe consul was expelled on Monday. The ministry gave him three days to leave."
	if a.Text != want || a.URL != "https://example.org/f" {
		t.Errorf("FromHTML(div page) = text %q, url %q; want %q, https://example.org/f", a.Text, a.URL, want)
	}
}

// liveBlogBody reads the probe page name and checks that the body holds the
// entry of every time stamp.
func liveBlogBody(t *testing.T, name string, stamps ...string) string {
	t.Helper()
	data, err := os.ReadFile("../testdata/probe/" + name + ".html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := FromHTML(name, "", data)
	if err != nil {
		t.Fatalf("FromHTML: %v", err)
	}
	for _, stamp := range stamps {
		if !strings.Contains(a.Text, stamp+"\n") {
			t.Errorf("FromHTML(%s): the entry of %s is missing from the body", name, stamp)
		}
	}
	return a.Text
}

// TestFromHTMLLiveBlogInMain: a live blog whose entries stand in <main>, not
// <article>, where Trafilatura keeps only the summary at the top.
func TestFromHTMLLiveBlogInMain(t *testing.T) {
	liveBlogBody(t, "f-10-liveblog-iran-strikes-iraqi-kurdistan", "21:55", "16:20", "08:40")
}

// TestFromHTMLLiveBlog: on this live blog Trafilatura keeps the newest entry
// of ten; the body must hold them all, from the last post to the first, and
// still leave out the related stories and the comments.
func TestFromHTMLLiveBlog(t *testing.T) {
	body := liveBlogBody(t, "k-10-liveblog-china-sydney", "17:40", "13:05", "10:40", "09:05", "08:58")
	for _, boiler := range []string{"More on this story", "About time."} {
		if strings.Contains(body, boiler) {
			t.Errorf("FromHTML(live blog): body holds boilerplate %q", boiler)
		}
	}
}

// TestFromHTMLLiveBlogTimeStamps: entries stamped by <time> elements, which
// the extractors drop as metadata, keep their stamps as lines of their own.
func TestFromHTMLLiveBlogTimeStamps(t *testing.T) {
	liveBlogBody(t, "ao-10-liveblog-cucuta-plot", "18:35", "13:05", "12:30", "08:40")
}

// TestFromHTMLCommentThread: Trafilatura keeps this page's comment thread
// ("cp-comments"), whose readers' remarks must not reach the body.
func TestFromHTMLCommentThread(t *testing.T) {
	data, err := os.ReadFile("../testdata/probe/z-17-canada-expels-prc-diplomat.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := FromHTML("z-17", "", data)
	if err != nil {
		t.Fatalf("FromHTML: %v", err)
	}
	if strings.Contains(a.Text, "2 hours ago") || !strings.Contains(a.Text, "persona non grata") {
		t.Errorf("FromHTML(page with comments): body = %q, want the statement without the comments", a.Text)
	}
}

func TestPublishedDate(t *testing.T) {
	body := `<body><p>Text.</p></body>`
	tests := []struct {
		name, head, body, want string
	}{
		{"json-ld graph", `<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2018-06-30T22:15:00-04:00"}]}</script>`, body, "2018-06-30"},
		{"json-ld list beats meta", `<meta property="article:published_time" content="2001-01-01"><script type="application/ld+json">[{"datePublished": "2018-07-01"}]</script>`, body, "2018-07-01"},
		{"broken json-ld falls back to meta", `<script type="application/ld+json">{"datePublished": </script><meta property="article:published_time" content="2019-03-04T05:06:07Z">`, body, "2019-03-04"},
		{"meta name date", `<meta name="date" content="2020/02/29">`, body, "2020-02-29"},
		{"rfc 1123 meta", `<meta name="pubdate" content="Tue, 03 Mar 2020 10:00:00 GMT">`, body, "2020-03-03"},
		{"impossible date ignored", `<meta name="date" content="2020-02-30">`, body, ""},
		{"time element", ``, `<body><time itemprop="datePublished" datetime="2017-12-11T09:00">11 Dec</time></body>`, "2017-12-11"},
		{"date in the body text is not used", ``, `<body><p>On 4 May 2016 police arrested him.</p></body>`, ""},
		{"a byline's full date", ``, `<body><p class="byline">By Jane Roe, Crime Reporter &middot; Monday 14 August 2023</p><p>On 4 May 2016 police arrested him.</p></body>`, "2023-08-14"},
		{"a reader comment's date is not the page's", ``, `<body><p>Text.</p><ul><li class="comment"><div class="comment-metadata">February 19, 2025 at 8:14 am</div></li></ul></body>`, ""},
	}
	for _, tt := range tests {
		doc, err := parseHTML([]byte("<html><head>" + tt.head + "</head>" + tt.body + "</html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := publishedDate(doc).String(); got != tt.want {
			t.Errorf("%s: publishedDate = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRenderText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"<p>One  two\nthree</p><p> Four </p>", "One two three\n\nFour"},
		{"<p>a<br>b</p>", "a\nb"},
		{"<p>x<b>y</b> <i>z</i></p>", "xy z"},
		{"<pre>keep\n  this</pre><p>p</p>", "keep\n  this\n\np"},
		{"<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"},
		{"<h2>Head</h2><p>Body&nbsp;text<script>x()</script></p>", "Head\n\nBody text"},
		{"<h1>The Title</h1><p>Body.</p>", "Body."},
	}
	for _, tt := range tests {
		doc, err := parseHTML([]byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := renderText(doc, "The  title"); got != tt.want {
			t.Errorf("renderText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
