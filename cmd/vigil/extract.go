package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"

	"vigil"
	"vigil/actor"
	"vigil/article"
	"vigil/event"
	"vigil/extract"
)

func init() {
	registerCommand(command{
		name:    "extract",
		summary: "print the events found in articles",
		run:     runExtract,
	})
}

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "extract", "[--format table|jsonl|json] [--published YYYY-MM-DD] [--id NAME] [--explain] [--actors FILE] [--lexicon FILE] INPUT...")
	format := fs.String("format", "", "output format: table, jsonl or json (default: table on a terminal, jsonl otherwise)")
	published := fs.String("published", "", "publication date for inputs that carry none (YYYY-MM-DD)")
	id := fs.String("id", "", "document id for a single input")
	explain := fs.Bool("explain", false, "show the rules, trigger words and spans behind each field")
	actorFiles := fs.String("actors", "", "comma-separated user actor dictionaries (TSV, same format as actor/data/actors.tsv)")
	lexiconFiles := fs.String("lexicon", "", "comma-separated user trigger lexicons (TSV, same format as event/data/triggers.tsv)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles extracted in parallel")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := outputFormat(env, *format, "table", "jsonl", "json")
	if err != nil {
		return err
	}
	pub, err := publishedFlag(env, *published)
	if err != nil {
		return err
	}
	opts := extract.Options{Explain: *explain}
	actors, err := openDataFiles(*actorFiles)
	defer closeAll(actors)
	if err != nil {
		return fmt.Errorf("actor dictionary: %w", err)
	}
	lexicons, err := openDataFiles(*lexiconFiles)
	defer closeAll(lexicons)
	if err != nil {
		return fmt.Errorf("trigger lexicon: %w", err)
	}
	for _, f := range actors {
		opts.Actors = append(opts.Actors, actor.NamedReader{Name: f.Name(), R: f})
	}
	for _, f := range lexicons {
		opts.Lexicons = append(opts.Lexicons, event.NamedReader{Name: f.Name(), R: f})
	}
	x, err := extract.New(opts)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(env.Stdout, 64<<10)
	defer w.Flush()
	out := newResultWriter(w, f)
	defer out.Close()
	return extractAll(ctx, env, x, fs.Args(), article.Options{Published: pub, ID: *id}, max(1, *workers), out.Write)
}

// openDataFiles opens the comma-separated files of list.
func openDataFiles(list string) ([]*os.File, error) {
	var files []*os.File
	for _, path := range strings.Split(list, ",") {
		if path = strings.TrimSpace(path); path == "" {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			return files, err
		}
		files = append(files, f)
	}
	return files, nil
}

func closeAll(files []*os.File) {
	for _, f := range files {
		f.Close()
	}
}

// extractAll extracts the articles of inputs on several workers and hands the
// results to emit in input order.
func extractAll(ctx context.Context, env *Env, x *extract.Extractor, inputs []string, opts article.Options, workers int, emit func(*extract.Result) error) error {
	if err := needInputs(env, inputs); err != nil {
		return err
	}
	failed := 0
	var crashed atomic.Int64
	// one article the extractor cannot handle fails alone, by name; the
	// others are still extracted
	safe := func(a *vigil.Article) (res *extract.Result) {
		defer func() {
			if p := recover(); p != nil {
				crashed.Add(1)
				fmt.Fprintf(env.Stderr, "vigil: %s: extractor panic: %v\n", a.ID, p)
				res = &extract.Result{Article: a}
			}
		}()
		return x.Extract(a)
	}
	for r := range inOrder(ctx, articles(ctx, env, inputs, opts, &failed), workers, safe) {
		if err := emit(r); err != nil {
			return err
		}
	}
	return readOutcome(ctx, env, failed+int(crashed.Load()))
}

// resultWriter prints extraction results in one of the output formats.
type resultWriter struct {
	w      io.Writer
	format string
	rows   *rowWriter
	buf    []byte // one jsonl record, reused
}

func newResultWriter(w io.Writer, format string) *resultWriter {
	return &resultWriter{w: w, format: format,
		rows: newRowWriter(w, format, "DOC\tTYPE\tSTATUS\tDATE\tWHERE\tACTOR\tTARGET\tEVIDENCE")}
}

// Close flushes a table.
func (rw *resultWriter) Close() error { return rw.rows.Close() }

// articleDoc is the json format: one document per article.
type articleDoc struct {
	ID              string              `json:"id"`
	URL             string              `json:"url,omitempty"`
	Title           string              `json:"title,omitempty"`
	Published       *string             `json:"published"`
	ReferenceDate   *string             `json:"reference_date"`
	ReferenceSource string              `json:"reference_source,omitempty"`
	Events          []vigil.EventRecord `json:"events"`
}

func (rw *resultWriter) Write(r *extract.Result) error {
	a := r.Article
	records := make([]vigil.EventRecord, len(r.Events))
	if len(records) > 0 { // indexing the text is a pass over it
		ri := vigil.NewRuneIndex(a.Text)
		var ref *vigil.ReferenceStamp
		if !r.Reference.Date.IsZero() {
			ref = &vigil.ReferenceStamp{Date: r.Reference.Date.String(), Source: r.Reference.Source}
		}
		for i := range r.Events {
			records[i] = vigil.NewEventRecord(&r.Events[i], a.Text, ri)
			records[i].Reference = ref
		}
	}
	switch rw.format {
	case "jsonl":
		for i := range records {
			b, err := records[i].AppendJSON(rw.buf[:0])
			if err != nil {
				return err
			}
			rw.buf = append(b, '\n')
			if _, err := rw.w.Write(rw.buf); err != nil {
				return err
			}
		}
	case "json":
		d := articleDoc{ID: a.ID, URL: a.URL, Title: a.Title, Events: records, ReferenceSource: r.Reference.Source}
		if !a.Published.IsZero() {
			s := a.Published.String()
			d.Published = &s
		}
		if !r.Reference.Date.IsZero() {
			s := r.Reference.Date.String()
			d.ReferenceDate = &s
		}
		b, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(rw.w, "%s\n", b); err != nil {
			return err
		}
	case "table":
		for _, rec := range records {
			rw.rows.Row(a.ID, rec.Type, rec.Status, deref(rec.Date), where(rec), actorText(rec.Actor), actorText(rec.Target), evidenceText(rec))
			if rec.Explain != nil {
				rw.rows.Row("", fmt.Sprintf("  trigger %q; %s", rec.Explain.Trigger, strings.Join(rec.Explain.Rules, "; ")))
				for _, k := range slices.Sorted(maps.Keys(rec.Explain.Fields)) {
					rw.rows.Row("", "  "+k+": "+rec.Explain.Fields[k])
				}
			}
		}
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func where(r vigil.EventRecord) string {
	switch {
	case r.Place != nil && r.Country != nil:
		return *r.Place + ", " + *r.Country
	case r.Country != nil:
		return *r.Country
	}
	return "-"
}

func actorText(a *vigil.ActorRef) string {
	if a == nil {
		return "-"
	}
	if a.Country != "" {
		return a.Name + " (" + a.Country + ")"
	}
	return a.Name
}

func evidenceText(r vigil.EventRecord) string {
	if len(r.Evidence) == 0 {
		return ""
	}
	s := oneLine(r.Evidence[0].Text)
	if len([]rune(s)) > 120 {
		s = string([]rune(s)[:117]) + "..."
	}
	if len(r.Evidence) > 1 {
		s += fmt.Sprintf(" (+%d)", len(r.Evidence)-1)
	}
	return s
}
