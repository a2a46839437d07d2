package article

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"vigil"
)

// got is what a test compares of one result of Read.
type got struct {
	ID, Title, URL, Published, Source, Text string
	Err                                     string
}

// collect runs Read and flattens its results; paths in them are made relative to dir.
func collect(t *testing.T, dir string, inputs []string, opts Options) []got {
	t.Helper()
	var out []got
	for a, err := range Read(context.Background(), inputs, opts) {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("error %v is not an *InputError", err)
			}
			out = append(out, got{Err: strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")})
			continue
		}
		out = append(out, got{
			ID: a.ID, Title: a.Title, URL: a.URL, Published: a.Published.String(),
			Source: strings.TrimPrefix(a.Source, dir+string(filepath.Separator)), Text: a.Text,
		})
	}
	return out
}

// writeFiles writes name → content under dir, creating folders.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func mustDate(t *testing.T, s string) vigil.Date {
	t.Helper()
	d, err := vigil.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestRead(t *testing.T) {
	files := map[string]string{
		"plain.txt":   "Police in Oslo arrested two men.\r\nThey were charged on Monday.\n",
		"bom.txt":     "\ufeffA consul was expelled.",
		"unicode.txt": "Göteborg: the café owner said “no”.\n",
		"stream.jsonl": `{"id": "a1", "url": "https://example.org/a1", "title": "First", "published": "2019-10-04", "text": "The embassy was closed."}

{"text": "No id here.", "published": "2020-02-03T10:15:00+01:00"}
{"id": "a3", "text": "No date here.", "published": null}
`,
		"tree/2019/oct/report.txt":       "A plot was foiled.",
		"tree/2019/oct/report.gold.json": `{"events": []}`,
		"tree/2019/notes.md":             "not an article",
		"tree/.hidden.txt":               "hidden",
		"tree/.git/x.txt":                "hidden folder",
		"tree/a.jsonl":                   `{"text": "From a stream in a folder."}` + "\n",
		"tree/b/c.TXT":                   "Upper-case extension.",
	}
	dir := t.TempDir()
	writeFiles(t, dir, files)
	p := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
	def := mustDate(t, "2021-05-06")

	tests := []struct {
		name   string
		inputs []string
		opts   Options
		want   []got
	}{
		{"text file kept exactly", []string{p("plain.txt")}, Options{}, []got{
			{ID: "plain", Source: "plain.txt", Text: files["plain.txt"]},
		}},
		{"byte order mark stripped", []string{p("bom.txt")}, Options{}, []got{
			{ID: "bom", Source: "bom.txt", Text: "A consul was expelled."},
		}},
		{"non-ASCII text", []string{p("unicode.txt")}, Options{Published: def}, []got{
			{ID: "unicode", Source: "unicode.txt", Published: "2021-05-06", Text: files["unicode.txt"]},
		}},
		{"id option names a single file", []string{p("plain.txt")}, Options{ID: "doc7"}, []got{
			{ID: "doc7", Source: "plain.txt", Text: files["plain.txt"]},
		}},
		{"json lines", []string{p("stream.jsonl")}, Options{Published: def}, []got{
			{ID: "a1", Title: "First", URL: "https://example.org/a1", Published: "2019-10-04", Source: "stream.jsonl:1", Text: "The embassy was closed."},
			{ID: "stream:3", Published: "2020-02-03", Source: "stream.jsonl:3", Text: "No id here."},
			{ID: "a3", Published: "2021-05-06", Source: "stream.jsonl:4", Text: "No date here."},
		}},
		{"directory", []string{p("tree")}, Options{}, []got{
			{ID: "2019/oct/report", Source: "tree/2019/oct/report.txt", Text: "A plot was foiled."},
			{ID: "a:1", Source: "tree/a.jsonl:1", Text: "From a stream in a folder."},
			{ID: "b/c", Source: "tree/b/c.TXT", Text: "Upper-case extension."},
		}},
		{"several inputs in order", []string{p("bom.txt"), p("plain.txt")}, Options{}, []got{
			{ID: "bom", Source: "bom.txt", Text: "A consul was expelled."},
			{ID: "plain", Source: "plain.txt", Text: files["plain.txt"]},
		}},
		{"id option with several inputs", []string{p("bom.txt"), p("plain.txt")}, Options{ID: "x"}, []got{
			{Err: `bom.txt: --id "x" names a single input, but 2 inputs were given`},
		}},
		{"id option with a directory", []string{p("tree")}, Options{ID: "x"}, []got{
			{Err: `tree: --id "x" names a single input, not a directory`},
		}},
		{"missing file, then the next input", []string{p("nope.txt"), p("bom.txt")}, Options{}, []got{
			{Err: "nope.txt: no such file or directory"},
			{ID: "bom", Source: "bom.txt", Text: "A consul was expelled."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := collect(t, dir, tt.inputs, tt.opts)
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("Read(%q) mismatch (-want +got):\n%s", tt.inputs, diff)
			}
		})
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		opts  Options
		want  []got
	}{
		{"plain text", "  Text from a pipe.\n", Options{}, []got{
			{ID: "stdin", Source: "stdin", Text: "  Text from a pipe.\n"},
		}},
		{"plain text with id", "Text.", Options{ID: "piped"}, []got{
			{ID: "piped", Source: "stdin", Text: "Text."},
		}},
		{"json lines", "\n{\"text\": \"One.\"}\n{\"id\": \"two\", \"text\": \"Two.\"}", Options{}, []got{
			{ID: "stdin:2", Source: "stdin:2", Text: "One."},
			{ID: "two", Source: "stdin:3", Text: "Two."},
		}},
		{"empty", "", Options{}, []got{
			{Err: "stdin: no article text"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Stdin = strings.NewReader(tt.stdin)
			out := collect(t, "", []string{"-"}, tt.opts)
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("Read(-) of %q mismatch (-want +got):\n%s", tt.stdin, diff)
			}
		})
	}
}

// smallPage is a page with a short body and metadata, for the input-kind tests.
const smallPage = `<!DOCTYPE html><html lang="nb"><head><title>Consul expelled</title>
<meta property="og:site_name" content="Fjord Daily">
<meta name="date" content="2020-06-02">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Consul expelled</h1>
<p>The government in Oslo expelled a consul on Tuesday after police said he had gathered information on refugees living in the west of the country.</p>
<p>The foreign ministry said the consul had been given three days to leave, and that the decision followed a long investigation by the security service.</p>
<p>The embassy did not answer questions about the case.</p>
</article></body></html>`

const smallPageText = "Consul expelled\n\n" +
	"The government in Oslo expelled a consul on Tuesday after police said he had gathered information on refugees living in the west of the country.\n\n" +
	"The foreign ministry said the consul had been given three days to leave, and that the decision followed a long investigation by the security service.\n\n" +
	"The embassy did not answer questions about the case."

func TestReadHTML(t *testing.T) {
	dir := t.TempDir()
	rec := func(fields string) string {
		return `{` + fields + `, "html": ` + strconv.Quote(smallPage) + "}\n"
	}
	writeFiles(t, dir, map[string]string{
		"page.html": smallPage,
		"page2.HTM": smallPage,
		"pages.jsonl": rec(`"id": "p1", "url": "https://fjord.example/p1"`) +
			rec(`"id": "p2", "title": "Own title", "published": "2020-06-05"`),
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	def := mustDate(t, "2024-01-01")
	page := got{ID: "page", Title: "Consul expelled", Published: "2020-06-02", Source: "page.html", Text: smallPageText}
	tests := []struct {
		name   string
		inputs []string
		stdin  string
		want   []got
	}{
		{"html file", []string{p("page.html")}, "", []got{page}},
		{"htm file", []string{p("page2.HTM")}, "", []got{
			{ID: "page2", Title: "Consul expelled", Published: "2020-06-02", Source: "page2.HTM", Text: smallPageText},
		}},
		{"html records", []string{p("pages.jsonl")}, "", []got{
			{ID: "p1", Title: "Consul expelled", URL: "https://fjord.example/p1", Published: "2020-06-02", Source: "pages.jsonl:1", Text: smallPageText},
			{ID: "p2", Title: "Own title", Published: "2020-06-05", Source: "pages.jsonl:2", Text: smallPageText},
		}},
		{"html on stdin", []string{"-"}, "\n" + smallPage, []got{
			{ID: "stdin", Title: "Consul expelled", Published: "2020-06-02", Source: "stdin", Text: smallPageText},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := collect(t, dir, tt.inputs, Options{Published: def, Stdin: strings.NewReader(tt.stdin)})
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("Read(%q) mismatch (-want +got):\n%s", tt.inputs, diff)
			}
		})
	}
}

func TestReadBadInput(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", 100)
	writeFiles(t, dir, map[string]string{
		"good.txt":     "A good article.",
		"latin1.txt":   "Caf\xe9 owner arrested.",
		"bomlatin.txt": "\ufeffCaf\xe9",
		"empty.txt":    " \n\t\n",
		"big.txt":      long,
		"nav.html":     `<html><body><nav><a href="/">Home</a></nav></body></html>`,
		"bad.jsonl": `{"id": "ok1", "text": "First."}
{"id": "broken", "text": "unterminated}
{"id": "none"}
{"id": "latin", "text": "Caf` + "\xe9" + `"}
{"id": "long", "text": "` + long + `"}
{"id": "date", "text": "Dated.", "published": "2019-13-01"}
{"text": "D", "published": "2019-10-01T25:00:00Z"}
{"id": "num", "text": "Dated.", "published": 20191001}
{"id": "empty", "html": "<html><body></body></html>"}
[1, 2]
{"id": "ok2", "text": "Last."}`,
	})
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	good := got{ID: "good", Source: "good.txt", Text: "A good article."}
	tests := []struct {
		name   string
		inputs []string
		stdin  string
		want   []got
	}{
		{"non-UTF-8 text", []string{p("latin1.txt"), p("good.txt")}, "", []got{
			{Err: "latin1.txt: invalid UTF-8 at byte offset 3"}, good,
		}},
		{"offset counts the byte order mark", []string{p("bomlatin.txt")}, "", []got{
			{Err: "bomlatin.txt: invalid UTF-8 at byte offset 6"},
		}},
		{"empty text", []string{p("empty.txt"), p("good.txt")}, "", []got{
			{Err: "empty.txt: no article text"}, good,
		}},
		{"text over the limit", []string{p("big.txt"), p("good.txt")}, "", []got{
			{Err: "big.txt: article is 100 bytes, over the size limit of 64 bytes"}, good,
		}},
		{"stdin over the limit", []string{"-"}, long + long, []got{
			{Err: "stdin: article is 200 bytes, over the size limit of 64 bytes"},
		}},
		{"page without article text", []string{p("nav.html"), p("good.txt")}, "", []got{
			{Err: "nav.html: page has no article text"}, good,
		}},
		{"dangling link", []string{p("dangling.txt"), p("good.txt")}, "", []got{
			{Err: "dangling.txt: no such file or directory"}, good,
		}},
		{"bad records", []string{p("bad.jsonl"), p("good.txt")}, "", []got{
			{ID: "ok1", Source: "bad.jsonl:1", Text: "First."},
			{Err: "bad.jsonl:2: invalid JSON: unexpected end of JSON input"},
			{Err: "bad.jsonl:3: no article text: record has neither text nor html"},
			{Err: "bad.jsonl:4: invalid UTF-8 at byte offset 28 of the line"},
			{Err: "bad.jsonl:5: line is 126 bytes, over the size limit of 64 bytes"},
			{Err: `bad.jsonl:6: field published: invalid date "2019-13-01": want YYYY, YYYY-MM or YYYY-MM-DD`},
			{Err: `bad.jsonl:7: field published: invalid timestamp "2019-10-01T25:00:00Z": want YYYY-MM-DD or RFC 3339`},
			{Err: "bad.jsonl:8: field published: want a date string or null, got 20191001"},
			{Err: "bad.jsonl:9: page has no article text"},
			{Err: "bad.jsonl:10: invalid JSON: json: cannot unmarshal array into Go value of type article.record"},
			{ID: "ok2", Source: "bad.jsonl:11", Text: "Last."},
			good,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := collect(t, dir, tt.inputs, Options{MaxArticleBytes: 64, Stdin: strings.NewReader(tt.stdin)})
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("Read(%q) mismatch (-want +got):\n%s", tt.inputs, diff)
			}
		})
	}
}

func TestReadErrorKinds(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.jsonl": "{\"text\": \"\xff\"}\n{\n{\"id\": \"x\"}\n"})
	want := []error{ErrInvalidUTF8, ErrInvalidJSON, ErrNoText}
	i := 0
	for _, err := range Read(context.Background(), []string{filepath.Join(dir, "a.jsonl")}, Options{}) {
		if i >= len(want) {
			t.Fatalf("Read yielded more than %d results", len(want))
		}
		var ie *InputError
		if !errors.As(err, &ie) || ie.Line != i+1 || !errors.Is(err, want[i]) {
			t.Errorf("result %d: error %v, want an *InputError on line %d wrapping %v", i, err, i+1, want[i])
		}
		i++
	}
}

func TestReadCancel(t *testing.T) {
	dir := t.TempDir()
	var sb strings.Builder
	for range 100 {
		sb.WriteString(`{"text": "A record."}` + "\n")
	}
	writeFiles(t, dir, map[string]string{"s.jsonl": sb.String()})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	var last error
	for a, err := range Read(ctx, []string{filepath.Join(dir, "s.jsonl"), filepath.Join(dir, "s.jsonl")}, Options{}) {
		if a != nil {
			n++
		}
		last = err
		if n == 3 {
			cancel()
		}
	}
	if n != 3 || !errors.Is(last, context.Canceled) {
		t.Errorf("after cancelling at 3 articles: read %d, last error %v; want 3 and context.Canceled", n, last)
	}
}

func TestReadStopEarly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "One.", "b.txt": "Two."})
	n := 0
	for range Read(context.Background(), []string{dir}, Options{}) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("breaking out of Read after one article ran the loop %d times", n)
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{`null`, ""},
		{`""`, ""},
		{`"2019-10-04"`, "2019-10-04"},
		{`"2019-10"`, "2019-10"},
		{`"2019-10-04T23:30:00-05:00"`, "2019-10-04"},
		{`"2019-10-04T23:30:00.123Z"`, "2019-10-04"},
		{`"2019-10-04 08:00:00"`, "2019-10-04"},
		{`"2019\u002d10-04"`, "2019-10-04"},
	}
	for _, tt := range tests {
		d, err := parsePublished([]byte(tt.in))
		if err != nil || d.String() != tt.want {
			t.Errorf("parsePublished(%s) = %q, %v; want %q", tt.in, d, err, tt.want)
		}
	}
}

// TestReadTextLimit checks that an article whose text exceeds MaxTextBytes is
// refused with its size named, and the inputs after it are still read.
func TestReadTextLimit(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("word ", MaxTextBytes/5+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("Police arrested two men."), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for a, err := range Read(t.Context(), []string{big, small}, Options{}) {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, a.ID)
	}
	if len(got) != 2 || !strings.Contains(got[0], "article text is") || !strings.Contains(got[0], "over the size limit") || got[1] != "small" {
		t.Errorf("Read = %q, want the big article refused and small read", got)
	}
}
