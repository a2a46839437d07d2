// Package timex owns temporal expressions: it finds dates, times, durations and
// sets in English news text, normalises them to TIMEX3 values resolved against the
// article's reference date, picks that reference date (published, dateline or
// inferred from the text), and converts a value to the calendar date an event
// carries. It scans tokens itself and never runs a general date parser over a
// whole article.
package timex

import (
	"strings"
	"sync"

	"vigil"
)

// TIMEX3 types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Reference sources.
const (
	SourcePublished = "published"
	SourceDateline  = "dateline"
	SourceInferred  = "inferred"
)

// Expr is one temporal expression found in a text.
type Expr struct {
	Start, End int    // byte offsets into the text
	Text       string // the text between Start and End
	Type       string // DATE, TIME, DURATION or SET (TIMEX3 types)
	// Value is the TIMEX3 value: 2018-06-30, 2018-06, 2018, 2019-SU, 2018-Q3,
	// 2018-W23, P3D, PRESENT_REF, PAST_REF, FUTURE_REF, XXXX-06 when unresolvable,
	// or "" when nothing can be said without a reference date.
	Value string
	// Date is the calendar date at the precision the expression fixes (see
	// CalendarDate); zero if none.
	Date vigil.Date
	// Anchored is true if the value depended on the reference date or on an
	// earlier expression.
	Anchored bool
}

// Reference is the date an article's relative expressions are resolved against.
type Reference struct {
	Date   vigil.Date // zero when nothing fixes it
	Source string     // "published", "dateline", "inferred", or ""
	Span   vigil.Span // where the dateline or inferring expression is (zero for published)
}

// Tagger finds and normalises temporal expressions. It is built once and shared;
// its methods are safe for concurrent use.
type Tagger struct {
	words wordTable // the lexicon
	pool  sync.Pool // *work
}

// New builds a Tagger.
func New() *Tagger {
	t := &Tagger{}
	for li := range lexicon[1:] {
		t.words.add(uint16(li + 1))
	}
	return t
}

// work is the memory of one call, pooled so that calls do not allocate it
// anew: the tokens of the text and a parser, whose matches are kept from one
// parse to the next.
type work struct {
	text  string
	toks  []tok
	heads []int // the tokens where a pattern may start (see scan)
	p     parser
}

// begin scans text into pooled working memory; end gives it back.
func (t *Tagger) begin(text string) *work {
	w, _ := t.pool.Get().(*work)
	if w == nil {
		w = &work{toks: make([]tok, 0, 1024)}
	}
	if want := len(text)/4 + 16; cap(w.toks) < want {
		w.toks = make([]tok, 0, want)
	}
	w.text = text
	w.toks, w.heads = t.scan(text, w.toks[:0], w.heads[:0])
	return w
}

func (t *Tagger) end(w *work) {
	if cap(w.toks) > 1<<17 {
		return // do not keep huge buffers alive
	}
	w.text = ""
	w.p.reset("", nil, vigil.Date{}) // nor the text
	t.pool.Put(w)
}

// parser returns w's parser, ready to parse w's text against ref (and no
// longer holding the matches of an earlier parse).
func (w *work) parser(ref vigil.Date) *parser {
	w.p.reset(w.text, w.toks, ref)
	return &w.p
}

// parse is parser followed by a run over the whole text.
func (w *work) parse(ref vigil.Date) *parser {
	p := w.parser(ref)
	p.run(w.heads)
	return p
}

// Find returns the temporal expressions of text, resolved against ref, in text
// order and non-overlapping. A zero ref leaves relative expressions without a
// value (or with a year-less one such as XXXX-06).
func (t *Tagger) Find(text string, ref vigil.Date) []Expr {
	w := t.begin(text)
	defer t.end(w)
	return exprs(w.parse(ref))
}

// FindReference is Reference followed by Find against the date it picks, with
// the text scanned once.
func (t *Tagger) FindReference(text string, published vigil.Date) (Reference, []Expr) {
	w := t.begin(text)
	defer t.end(w)
	ref, unreferenced := reference(w, published)
	if ref.Date.IsZero() && unreferenced != nil {
		return ref, exprs(unreferenced) // the text read once, not twice
	}
	return ref, exprs(w.parse(ref.Date))
}

// exprs are the expressions parser p found.
func exprs(p *parser) []Expr {
	text, toks := p.text, p.toks
	out := make([]Expr, 0, len(p.found))
	for _, m := range p.found {
		start, end := toks[m.i].start, toks[m.j-1].end
		e := Expr{
			Start: start, End: end, Text: text[start:end],
			Type: m.typ, Value: m.value, Date: CalendarDate(m.value),
			Anchored: m.anchored,
		}
		if n := len(out); n > 0 && monthThenYear(text, out[n-1], e) {
			// "February last year": the month of the year the second part names
			prev := out[n-1]
			v := e.Value + prev.Value[4:]
			out[n-1] = Expr{Start: prev.Start, End: e.End, Text: text[prev.Start:e.End], Type: TypeDate,
				Value: v, Date: CalendarDate(v), Anchored: true}
			continue
		}
		out = append(out, e)
	}
	return out
}

// monthThenYear reports whether a is a bare month ("February", valued YYYY-MM)
// followed, with only a space between, by a relative year b ("last year").
func monthThenYear(text string, a, b Expr) bool {
	return a.Type == TypeDate && b.Type == TypeDate && len(a.Value) == 7 && a.Value[4] == '-' &&
		len(b.Value) == 4 && b.Anchored && !strings.ContainsAny(a.Text, "0123456789") &&
		strings.TrimSpace(text[a.End:b.Start]) == ""
}
