// Package extract is vigil's extraction pipeline: from one article to its events.
// It owns the order of the stages — reference date, mentions (places, actors,
// temporal expressions), event coding and merging — and the data they share, which
// New loads once. Extract is pure and safe for concurrent use.
package extract

import (
	"fmt"
	"sync"

	"vigil"
	"vigil/actor"
	"vigil/event"
	"vigil/place"
	"vigil/timex"
	"vigil/token"
)

// Version names the extractor's rules and data, stored with every event so that
// reprocessing knows what produced it. Bump it when the output changes.
const Version = "vigil-extract/0.1"

// Options configure an Extractor.
type Options struct {
	Explain bool // record, for each event, the rules and spans behind its fields
	// Actors are user actor files, in the format of actor/data/actors.tsv.
	Actors []actor.NamedReader
	// Lexicons are user trigger files, in the format of event/data/triggers.tsv.
	Lexicons []event.NamedReader
}

// Extractor runs the pipeline.
type Extractor struct {
	places *place.Gazetteer
	actors *actor.Dictionary
	times  *timex.Tagger
	coder  *event.Coder
	// bufs holds buffers (*buffers) for the next article: the tokens of a
	// text take some ten times its size, and a fresh buffer for every article
	// is that much memory zeroed and then collected. Nothing that Extract
	// returns refers to the buffers themselves.
	bufs sync.Pool
}

// buffers are the memory of one Extract call kept for the next.
type buffers struct {
	toks   []token.Token
	places []place.Mention // the gazetteer's mentions, copied into the coder's input
}

// maxPooledTokens bounds the token buffers kept for reuse, so that one huge
// article does not keep its buffer alive.
const maxPooledTokens = 1 << 17

// Result is what extraction found in one article.
type Result struct {
	Article   *vigil.Article
	Reference timex.Reference
	Events    []vigil.Event
}

// New loads the gazetteer, the actor dictionary, the temporal tagger and the
// trigger lexicon.
func New(opts Options) (*Extractor, error) {
	// The gazetteer takes longest: it loads while the rest does.
	type loaded struct {
		g   *place.Gazetteer
		err error
	}
	gc := make(chan loaded, 1)
	go func() {
		g, err := place.Load()
		gc <- loaded{g, err}
	}()
	dict, err := actor.Load(opts.Actors...)
	var coder *event.Coder
	if err == nil {
		coder, err = event.New(event.Options{Explain: opts.Explain, Lexicons: opts.Lexicons})
		if err != nil {
			err = fmt.Errorf("load trigger lexicon: %w", err)
		}
	} else {
		err = fmt.Errorf("load actor dictionary: %w", err)
	}
	times := timex.New()
	gz := <-gc
	if gz.err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", gz.err)
	}
	if err != nil {
		return nil, err
	}
	return &Extractor{places: gz.g, actors: dict, times: times, coder: coder}, nil
}

// Version returns the extractor version stored with events.
func (x *Extractor) Version() string { return Version }

// Extract finds the events of one article.
func (x *Extractor) Extract(a *vigil.Article) *Result {
	ref, times := x.times.FindReference(a.Text, a.Published)
	buf, _ := x.bufs.Get().(*buffers)
	if buf == nil {
		buf = new(buffers)
	}
	toks := token.Append(buf.toks[:0], a.Text)
	in := x.input(a, ref, times, toks, buf)
	res := &Result{Article: a, Reference: ref, Events: x.coder.Code(in)}
	if cap(toks) <= maxPooledTokens {
		buf.toks = toks[:0]
		x.bufs.Put(buf)
	}
	return res
}

// input gathers the mentions of one article, whose text toks splits, for the
// coder; times are its temporal expressions, resolved against ref. buf lends
// the gazetteer's mentions a buffer.
func (x *Extractor) input(a *vigil.Article, ref timex.Reference, times []timex.Expr, toks []token.Token, buf *buffers) *event.Input {
	in := &event.Input{
		Doc:             a.ID,
		Text:            a.Text,
		Reference:       ref.Date,
		ReferenceSource: ref.Source,
		ReferenceSpan:   ref.Span,
		Tokens:          toks,
	}
	places := x.places.AppendTokens(buf.places[:0], a.Text, toks)
	if len(places) > 0 {
		in.Places = make([]event.PlaceMention, 0, len(places))
	}
	for _, m := range places {
		in.Places = append(in.Places, event.PlaceMention{Span: vigil.Span{Start: m.Start, End: m.End}, Kind: m.Kind, Place: m.Place})
	}
	clear(places) // (their strings hold the text)
	buf.places = places[:0]
	actors := x.actors.FindTokens(a.Text, toks)
	if len(actors) > 0 {
		in.Actors = make([]event.ActorMention, 0, len(actors))
	}
	for _, m := range actors {
		in.Actors = append(in.Actors, event.ActorMention{Span: vigil.Span{Start: m.Start, End: m.End}, Actor: m.Actor, Via: m.Via, Origin: m.Origin, Sponsor: m.Sponsor, Guessed: m.Guessed})
	}
	if len(times) > 0 {
		in.Times = make([]event.TimeMention, 0, len(times))
	}
	for _, e := range times {
		in.Times = append(in.Times, event.TimeMention{Span: vigil.Span{Start: e.Start, End: e.End}, Date: e.Date, Value: e.Value})
	}
	return in
}
