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
	pool  sync.Pool // *[]tok scratch buffers
}

// New builds a Tagger.
func New() *Tagger {
	t := &Tagger{}
	for _, e := range buildLexicon() {
		t.words.add(e)
	}
	return t
}

func (t *Tagger) tokens(text string) (*[]tok, []tok) {
	bp, _ := t.pool.Get().(*[]tok)
	if bp == nil {
		b := make([]tok, 0, 1024)
		bp = &b
	}
	if want := len(text)/4 + 16; cap(*bp) < want {
		*bp = make([]tok, 0, want)
	}
	toks := t.scan(text, (*bp)[:0])
	return bp, toks
}

func (t *Tagger) release(bp *[]tok, toks []tok) {
	if cap(toks) > 1<<17 {
		return // do not keep huge buffers alive
	}
	*bp = toks[:0]
	t.pool.Put(bp)
}

// Find returns the temporal expressions of text, resolved against ref, in text
// order and non-overlapping. A zero ref leaves relative expressions without a
// value (or with a year-less one such as XXXX-06).
func (t *Tagger) Find(text string, ref vigil.Date) []Expr {
	bp, toks := t.tokens(text)
	defer t.release(bp, toks)
	return find(text, toks, ref)
}

// FindReference is Reference followed by Find against the date it picks, with
// the text scanned once.
func (t *Tagger) FindReference(text string, published vigil.Date) (Reference, []Expr) {
	bp, toks := t.tokens(text)
	defer t.release(bp, toks)
	ref, unreferenced := reference(text, toks, published)
	if ref.Date.IsZero() && unreferenced != nil {
		return ref, exprs(text, toks, unreferenced) // the text read once, not twice
	}
	return ref, find(text, toks, ref.Date)
}

// find is Find on the scanned tokens of text.
func find(text string, toks []tok, ref vigil.Date) []Expr {
	p := newParser(text, toks, ref)
	p.run()
	return exprs(text, toks, p)
}

// exprs are the expressions parser p found in text.
func exprs(text string, toks []tok, p *parser) []Expr {
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
