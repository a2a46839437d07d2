package article

import (
	"context"
	"errors"
	"os"
	"path/filepath"
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
