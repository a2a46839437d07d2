package article

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"vigil"
)

// stdinName is how standard input is named in errors and in Article.Source, and the
// article ID of plain text or a page read from it when Options.ID is empty.
const stdinName = "stdin"

// Read yields the articles of inputs in order. An input is a .txt file, an .html or
// .htm page, a .jsonl stream of article records, a directory (walked recursively in
// sorted order for those files, skipping hidden ones), or "-" for opts.Stdin, which
// is read as JSON Lines if it starts with "{", as HTML if it starts with "<", and as
// plain text otherwise; a file with another extension is sniffed the same way.
//
// A failed input or record yields (nil, err) with an *InputError, and reading goes
// on with the next one; the caller counts failures. When ctx is cancelled, Read
// yields (nil, ctx.Err()) once and stops. Memory stays bounded for streams of any
// length: records are read one at a time.
func Read(ctx context.Context, inputs []string, opts Options) iter.Seq2[*vigil.Article, error] {
	return func(yield func(*vigil.Article, error) bool) {
		r := &reader{ctx: ctx, opts: opts, yield: yield}
		if opts.ID != "" && len(inputs) > 1 {
			r.emit(nil, &InputError{Input: inputs[0], Err: fmt.Errorf("--id %q names a single input, but %d inputs were given", opts.ID, len(inputs))})
			return
		}
		for _, in := range inputs {
			if !r.input(in) {
				return
			}
		}
	}
}

// reader carries one run of Read. Its methods return false when reading must stop
// (the consumer stopped or ctx was cancelled).
type reader struct {
	ctx   context.Context
	opts  Options
	yield func(*vigil.Article, error) bool
	done  bool
}

// emit passes one result on and reports whether reading should go on.
func (r *reader) emit(a *vigil.Article, err error) bool {
	if r.done {
		return false
	}
	if !r.yield(a, err) {
		r.done = true
	}
	return !r.done
}

// fail emits an *InputError.
func (r *reader) fail(input string, line int, err error) bool {
	if pe, ok := err.(*fs.PathError); ok && pe.Path == input {
		err = pe.Err // the input is named already
	}
	return r.emit(nil, &InputError{Input: input, Line: line, Err: err})
}

// stopped reports whether reading must stop, emitting the context's error the first
// time it notices a cancellation.
func (r *reader) stopped() bool {
	if r.done {
		return true
	}
	if err := r.ctx.Err(); err != nil {
		r.emit(nil, err)
		r.done = true
	}
	return r.done
}

// finish fills what every article gets from where it was read, then emits it.
func (r *reader) finish(a *vigil.Article, source string) bool {
	if size := int64(len(a.Text)); size > MaxTextBytes {
		// extraction holds several times the text in memory: a longer one is
		// a book or a dump, not a news article
		return r.fail(source, 0, tooLarge("article text", size, MaxTextBytes))
	}
	a.Source = source
	if a.Published.IsZero() {
		a.Published = r.opts.Published
	}
	return r.emit(a, nil)
}

func (r *reader) input(in string) bool {
	if r.stopped() {
		return false
	}
	if in == "-" {
		if r.opts.Stdin == nil {
			return r.fail(stdinName, 0, errors.New("no standard input"))
		}
		return r.stream(stdinName, r.name(stdinName), r.opts.Stdin, -1, "")
	}
	info, err := os.Stat(in)
	if err != nil {
		return r.fail(in, 0, err)
	}
	if info.IsDir() {
		if r.opts.ID != "" {
			return r.fail(in, 0, fmt.Errorf("--id %q names a single input, not a directory", r.opts.ID))
		}
		return r.dir(in)
	}
	ext := filepath.Ext(in)
	return r.file(in, r.name(strings.TrimSuffix(filepath.Base(in), ext)), strings.ToLower(ext))
}

// name returns the article name of a single input: Options.ID if given, else def.
func (r *reader) name(def string) string {
	if r.opts.ID != "" {
		return r.opts.ID
	}
	return def
}

// kinds maps the extensions Read takes to what they hold.
var kinds = map[string]string{".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

func (r *reader) dir(root string) bool {
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if r.stopped() {
			return fs.SkipAll
		}
		if err != nil {
			if !r.fail(path, 0, err) {
				return fs.SkipAll
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(filepath.Ext(d.Name()))
		if d.IsDir() || kinds[ext] == "" {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Follow links to files, never to directories (no cycles).
			info, err := os.Stat(path)
			if err != nil {
				if !r.fail(path, 0, err) {
					return fs.SkipAll
				}
				return nil
			}
			if !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			rel = d.Name()
		}
		name := filepath.ToSlash(rel[:len(rel)-len(ext)])
		if !r.file(path, name, ext) {
			return fs.SkipAll
		}
		return nil
	})
	if err != nil && !r.done {
		return r.fail(root, 0, err)
	}
	return !r.done
}

// file reads one file named name; ext is its lower-case extension.
func (r *reader) file(path, name, ext string) bool {
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, 0, err)
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	return r.stream(path, name, f, size, kinds[ext])
}

// stream reads one input from src. size is its length when known (else -1), kind
// "text", "html" or "jsonl", or "" to decide from the first bytes.
func (r *reader) stream(input, name string, src io.Reader, size int64, kind string) bool {
	limit := r.opts.maxBytes()
	if kind == "" {
		br := bufio.NewReaderSize(src, 64<<10)
		kind = sniff(br)
		src = br
	}
	if kind == "jsonl" {
		return r.jsonl(input, name, src)
	}
	if size > limit {
		return r.fail(input, 0, tooLarge("article", size, limit))
	}
	data, err := readLimited(src, limit)
	if err != nil {
		return r.fail(input, 0, err)
	}
	var a *vigil.Article
	if kind == "html" {
		a, err = FromHTML(name, "", data)
	} else {
		a, err = FromText(name, data)
	}
	if err != nil {
		return r.fail(input, 0, err)
	}
	return r.finish(a, input)
}

// sniff tells JSON Lines ("{") and HTML ("<") from plain text by the first byte
// that is not white space (after a byte order mark).
func sniff(br *bufio.Reader) string {
	head, _ := br.Peek(br.Size())
	head = bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n\f\v")
	switch {
	case len(head) == 0:
		return "text"
	case head[0] == '{':
		return "jsonl"
	case head[0] == '<':
		return "html"
	}
	return "text"
}

// readLimited reads all of src, failing with ErrTooLarge (and the full size, read
// through without keeping it) when it holds more than limit bytes.
func readLimited(src io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(src, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		rest, err := io.Copy(io.Discard, src)
		if err != nil {
			return nil, err
		}
		return nil, tooLarge("article", int64(len(data))+rest, limit)
	}
	return data, nil
}

// record is one line of a JSON Lines stream.
type record struct {
	ID        string          `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Published json.RawMessage `json:"published"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
}

// jsonl reads a stream of records, one per line. Records without an id are named
// stem:line. A line longer than the limit is skipped without being held in memory.
func (r *reader) jsonl(input, stem string, src io.Reader) bool {
	br := bufio.NewReaderSize(src, 64<<10)
	limit := r.opts.maxBytes()
	var buf []byte
	var dec recordDecoder
	for line := 1; ; line++ {
		if r.stopped() {
			return false
		}
		// Read one line: keep at most limit bytes of it, count all of them.
		buf = buf[:0]
		var size int64
		var err error
		for {
			chunk, e := br.ReadSlice('\n')
			size += int64(len(chunk))
			if size <= limit+2 { // room for "\r\n"
				buf = append(buf, chunk...)
			}
			if e != bufio.ErrBufferFull {
				err = e
				break
			}
		}
		if err != nil && err != io.EOF {
			return r.fail(input, line, err)
		}
		if size == 0 && err == io.EOF {
			return true
		}
		content := size
		if err == nil {
			content-- // the "\n"
		}
		if size <= limit+2 {
			trimmed := bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r"))
			content = int64(len(trimmed))
			buf = trimmed
		}
		var goOn bool
		switch {
		case content > limit:
			goOn = r.fail(input, line, tooLarge("line", content, limit))
		case line == 1:
			goOn = r.record(&dec, input, stem, line, bytes.TrimPrefix(buf, bom))
		default:
			goOn = r.record(&dec, input, stem, line, buf)
		}
		if !goOn {
			return false
		}
		if cap(buf) > 1<<20 {
			buf = nil // do not keep a large line's buffer for the rest of the stream
		}
		if cap(dec.buf) > 1<<20 {
			dec.buf = nil
		}
		if err == io.EOF {
			return true
		}
	}
}

// record decodes and emits one JSON Lines record.
func (r *reader) record(dec *recordDecoder, input, stem string, line int, data []byte) bool {
	if len(bytes.TrimSpace(data)) == 0 {
		return true // blank lines separate nothing and are not records
	}
	if err := checkUTF8(data); err != nil {
		return r.fail(input, line, fmt.Errorf("%w of the line", err))
	}
	var rec record
	if !dec.decode(data, &rec) {
		rec = record{}
		if err := json.Unmarshal(data, &rec); err != nil {
			return r.fail(input, line, fmt.Errorf("%w: %v", ErrInvalidJSON, err))
		}
	}
	published, err := parsePublished(rec.Published)
	if err != nil {
		return r.fail(input, line, err)
	}
	id := rec.ID
	if id == "" {
		id = stem + ":" + strconv.Itoa(line)
	}
	var a *vigil.Article
	switch {
	case rec.Text != nil:
		a, err = textArticle(id, *rec.Text) // valid UTF-8: the line was checked
	case rec.HTML != nil:
		a, err = FromHTML(id, rec.URL, []byte(*rec.HTML))
	default:
		err = fmt.Errorf("%w: record has neither text nor html", ErrNoText)
	}
	if err != nil {
		return r.fail(input, line, err)
	}
	if rec.URL != "" {
		a.URL = rec.URL
	}
	if rec.Title != "" {
		a.Title = rec.Title
	}
	if !published.IsZero() {
		a.Published = published
	}
	return r.finish(a, input+":"+strconv.Itoa(line))
}

// parsePublished reads a record's published field: null, "YYYY-MM-DD" (or a
// coarser date), or an RFC 3339 timestamp, whose date is taken as written.
func parsePublished(raw json.RawMessage) (vigil.Date, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return vigil.Date{}, nil
	}
	var s string
	if len(raw) >= 2 && raw[0] == '"' && plainRun(raw, 1) == len(raw)-1 && utf8.Valid(raw) {
		s = string(raw[1 : len(raw)-1]) // no escapes: what json.Unmarshal reads, sooner
	} else if err := json.Unmarshal(raw, &s); err != nil {
		const max = 40
		shown := string(raw)
		if len(shown) > max {
			shown = shown[:max] + "..."
		}
		return vigil.Date{}, fmt.Errorf("field published: want a date string or null, got %s", shown)
	}
	if s == "" {
		return vigil.Date{}, nil
	}
	if len(s) > 10 {
		ts := s
		if ts[10] == ' ' || ts[10] == 't' {
			ts = ts[:10] + "T" + ts[11:]
		}
		if _, err := time.Parse(time.RFC3339Nano, ts); err != nil {
			if _, err2 := time.Parse("2006-01-02T15:04:05.999999999", ts); err2 != nil {
				return vigil.Date{}, fmt.Errorf("field published: invalid timestamp %q: want YYYY-MM-DD or RFC 3339", s)
			}
		}
		s = s[:10]
	}
	d, err := vigil.ParseDate(s)
	if err != nil {
		return vigil.Date{}, fmt.Errorf("field published: %w", err)
	}
	return d, nil
}
