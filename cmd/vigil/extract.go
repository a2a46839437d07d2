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
	"sync"
	"text/tabwriter"

	"vigil"
	"vigil/actor"
	"vigil/article"
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
	fs := newFlagSet(env, "extract", "[--format table|jsonl|json] [--published YYYY-MM-DD] [--id NAME] [--explain] [--actors FILE] INPUT...")
	format := fs.String("format", "", "output format: table, jsonl or json (default: table on a terminal, jsonl otherwise)")
	published := fs.String("published", "", "publication date for inputs that carry none (YYYY-MM-DD)")
	id := fs.String("id", "", "document id for a single input")
	explain := fs.Bool("explain", false, "show the rules, trigger words and spans behind each field")
	actorFiles := fs.String("actors", "", "comma-separated user actor dictionaries (TSV, same format as the built-in one)")
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
	closers, err := openActorFiles(*actorFiles, &opts)
	defer func() {
		for _, c := range closers {
			c.Close()
		}
	}()
	if err != nil {
		return err
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

// openActorFiles opens the user actor dictionaries named in list.
func openActorFiles(list string, opts *extract.Options) ([]io.Closer, error) {
	var closers []io.Closer
	for _, path := range strings.Split(list, ",") {
		if path = strings.TrimSpace(path); path == "" {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			return closers, fmt.Errorf("actor dictionary: %w", err)
		}
		closers = append(closers, f)
		opts.Actors = append(opts.Actors, actor.NamedReader{Name: path, R: f})
	}
	return closers, nil
}

// extractAll extracts the articles of inputs on several workers and hands the
// results to emit in input order. At most 2×workers articles are in memory.
func extractAll(ctx context.Context, env *Env, x *extract.Extractor, inputs []string, opts article.Options, workers int, emit func(*extract.Result) error) error {
	type job struct {
		a    *vigil.Article
		done chan *extract.Result
	}
	jobs := make(chan job, workers)
	order := make(chan job, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.done <- x.Extract(j.a)
			}
		}()
	}
	emitErr := make(chan error, 1)
	go func() {
		var err error
		for j := range order {
			r := <-j.done
			if err == nil {
				err = emit(r)
			}
		}
		emitErr <- err
	}()
	readErr := eachArticle(ctx, env, inputs, opts, func(a *vigil.Article) error {
		j := job{a: a, done: make(chan *extract.Result, 1)}
		select {
		case order <- j:
		case <-ctx.Done():
			return ctx.Err()
		}
		jobs <- j
		return nil
	})
	close(jobs)
	close(order)
	wg.Wait()
	if err := <-emitErr; err != nil {
		return err
	}
	return readErr
}

// resultWriter prints extraction results in one of the output formats.
type resultWriter struct {
	w      io.Writer
	format string
	enc    *json.Encoder
	tab    *tabwriter.Writer
}

func newResultWriter(w io.Writer, format string) *resultWriter {
	rw := &resultWriter{w: w, format: format, enc: json.NewEncoder(w)}
	rw.enc.SetEscapeHTML(false)
	if format == "table" {
		rw.tab = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(rw.tab, "DOC\tTYPE\tSTATUS\tDATE\tWHERE\tACTOR\tTARGET\tEVIDENCE")
	}
	return rw
}

// Close flushes a table.
func (rw *resultWriter) Close() error {
	if rw.tab != nil {
		return rw.tab.Flush()
	}
	return nil
}

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
	ri := vigil.NewRuneIndex(a.Text)
	records := make([]vigil.EventRecord, len(r.Events))
	for i := range r.Events {
		records[i] = vigil.NewEventRecord(&r.Events[i], a.Text, ri)
		if !r.Reference.Date.IsZero() {
			records[i].Reference = &vigil.ReferenceStamp{Date: r.Reference.Date.String(), Source: r.Reference.Source}
		}
	}
	switch rw.format {
	case "jsonl":
		for i := range records {
			if err := rw.enc.Encode(&records[i]); err != nil {
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
			fmt.Fprintf(rw.tab, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, rec.Type, rec.Status, deref(rec.Date),
				where(rec), actorText(rec.Actor), actorText(rec.Target), evidenceText(rec))
			if rec.Explain != nil {
				fmt.Fprintf(rw.tab, "\t  trigger %q; %s\t\t\t\t\t\t\n", rec.Explain.Trigger, strings.Join(rec.Explain.Rules, "; "))
				for _, k := range sortedKeys(rec.Explain.Fields) {
					fmt.Fprintf(rw.tab, "\t  %s: %s\t\t\t\t\t\t\n", k, rec.Explain.Fields[k])
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
	s := strings.Join(strings.Fields(r.Evidence[0].Text), " ")
	if len([]rune(s)) > 120 {
		s = string([]rune(s)[:117]) + "..."
	}
	if len(r.Evidence) > 1 {
		s += fmt.Sprintf(" (+%d)", len(r.Evidence)-1)
	}
	return s
}

func sortedKeys(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }
