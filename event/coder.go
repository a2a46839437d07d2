// Package event codes events from one article's text and the mentions found in it:
// triggers from a lexicon per event type, modality (negation, hypotheticals,
// demands, counts), status, roles (actor, target), date and place, and one event per
// real event in the article with every sentence that tells it. It does no I/O: the
// lexicon is loaded once by New and the mentions come in with the Input.
package event

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"vigil"
	"vigil/sentence"
	"vigil/token"
)

// Input is everything the coder needs to know about one article.
type Input struct {
	Doc             string
	Text            string
	Reference       vigil.Date // the date relative expressions were resolved against
	ReferenceSource string     // published, dateline, inferred or ""
	// ReferenceSpan is where the text gave the reference date (a dateline): it
	// dates the report, not the events it tells.
	ReferenceSpan vigil.Span
	Places        []PlaceMention
	Actors        []ActorMention
	Times         []TimeMention
	// Tokens are token.Tokenize(Text), when the caller has them already.
	Tokens []token.Token
}

// PlaceMention is a recognised, resolved place name.
type PlaceMention struct {
	vigil.Span
	Kind  vigil.PlaceKind
	Place vigil.Place
}

// ActorMention is a recognised actor dictionary entry.
type ActorMention struct {
	vigil.Span
	Actor *vigil.Actor
	Via   string // name, alias, abbreviation, demonym, metonym
	// Origin is the state a non-state actor comes from (an exile group's
	// country); Sponsor the state that backs an armed group.
	Origin, Sponsor string
	// Guessed: a name several states' actors share, its state chosen from
	// the text around it ("the foreign ministry")
	Guessed bool
}

// TimeMention is a temporal expression resolved to a calendar date (zero Date when
// it fixes none, as durations do).
type TimeMention struct {
	vigil.Span
	Date  vigil.Date
	Value string
}

// Coder codes events. It is safe for concurrent use.
type Coder struct {
	lex     lexicon
	explain bool
}

// Options configure a Coder.
type Options struct {
	Explain bool // fill Event.Explain
	// Lexicons are extra trigger files in the format of data/triggers.tsv.
	Lexicons []NamedReader
}

// NamedReader is a data file with the name to cite in error messages.
type NamedReader struct {
	Name string
	R    io.Reader
}

// New loads the built-in trigger lexicon and any extra ones.
func New(opts Options) (*Coder, error) {
	c := &Coder{lex: lexicon{byFirst: map[string][]*trigger{}}, explain: opts.Explain}
	if err := loadLexicon("event/data/triggers.tsv", strings.NewReader(builtinTriggers), &c.lex); err != nil {
		return nil, err
	}
	for _, l := range opts.Lexicons {
		if err := loadLexicon(l.Name, l.R, &c.lex); err != nil {
			return nil, err
		}
	}
	if err := c.lex.index(); err != nil {
		return nil, err
	}
	return c, nil
}

// Code returns the events of one article, merged so that each real event appears
// once with the evidence of every sentence that tells it.
func (c *Coder) Code(in *Input) []vigil.Event {
	d := newDoc(in, &c.lex)
	d.explain = c.explain
	cands := d.buf.cands[:0]
	for si := range d.sents {
		cands = c.codeSentence(d, si, cands)
	}
	d.buf.cands = cands
	attribute(d, cands)
	events := merge(d, cands)
	hostNotSponsor(d, events)
	events = dyadRows(d, events)
	nameDescribed(d, events)
	pronounTargets(events)
	datePlots(events)
	dateByRecall(d, events)
	foiledLater(d, events)
	atDateline(d, events)
	out := make([]vigil.Event, 0, len(events))
	for _, cd := range events {
		out = append(out, cd.event(in.Doc))
	}
	d.release()
	return out
}

// titleCase turns a dateline's "TEHRAN" into "Tehran"; other names are kept.
func titleCase(s string) string {
	if !allUpper(s) {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// allUpper reports whether strings.ToUpper leaves s as it is ("TEHRAN"),
// without building the copy for an ASCII name.
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return s == strings.ToUpper(s)
		} else if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// sameSpelling: two spellings of a name that differ only where one has a letter
// with a diacritic ("Kulob", "Kŭlob"; "Istanbul", "İstanbul").
func sameSpelling(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		x, y := unicode.ToLower(ra[i]), unicode.ToLower(rb[i])
		if x != y && !(unicode.IsLetter(x) && unicode.IsLetter(y) && (x > unicode.MaxASCII) != (y > unicode.MaxASCII)) {
			return false
		}
	}
	return true
}

// sourcePreps name where something comes from or whom it serves.
var sourcePreps = set("from", "for", "by", "of", "against")

// candidate is an event as one sentence tells it, before merging.
type candidate struct {
	typ         vigil.EventType
	status      vigil.Status
	date        vigil.Date
	dateWhy     string
	country     string
	place       *vigil.Place
	actor       *vigil.ActorRef
	target      *vigil.ActorRef
	targetNamed bool // the target is a proper name, preferred when merging
	// killed: an armed attack told with the killing it caused ("attacked a
	// checkpoint, killing one soldier"), a deed of its own beside an
	// abduction in the same sentence
	killed bool
	// heading: the mention is a heading or caption inside the article, which
	// heads the text after it
	heading bool
	// titleTarget: the target was read from a headline, whose clipped grammar
	// ("'murder broker' in Almere killing") any sentence of the body beats
	titleTarget bool
	// guessedTarget: the target was carried over from an earlier event
	// ("sanctions of their own"); one the merged mentions tell replaces it
	guessedTarget bool
	// rendition: an abduction read from people held and flown home at once;
	// flightOnly: a handover told only as a flight ("put him on a plane
	// to"), which such a rendition is
	rendition, flightOnly bool
	// heldToPress: relatives held to press an exile ("her brother was held
	// for three weeks and questioned about her activities"); the detention
	// is an arrest and the pressure an intimidation, and readers code either
	heldToPress bool
	// targetVenue: the target is where a protest was held, which keeps
	// protests apart but is not printed as whom it was against
	targetVenue bool
	// targetThing: the target is a thing ("houses", "the building"), which
	// a person the same event was done to in the sentence replaces
	targetThing bool
	// ownerUntold: a deed that marks someone through their things names no
	// owner ("a note was taped to the front door"): it was done to whom the
	// deed told just before was
	ownerUntold bool
	// actorFromFocus: the actor's state was not told with the event but taken
	// from the states the section is about
	actorFromFocus bool
	evidence       []vigil.Span
	// firstSpan backs evidence's first span, saving an allocation per
	// candidate; evidence's capacity of one makes a merge copy before it grows
	firstSpan [1]vigil.Span
	conf      float64
	// support marks a mention that may only confirm an event told elsewhere in the
	// article: a headline, or an anaphoric "the attack".
	support bool
	// title: the mention is the article's headline
	title bool
	// titlePlaceLoose: the headline's place is a guess or a destination
	// ("refugees 'renditioned' to Ankara" of an abduction in Nairobi), which
	// does not keep it from the body's telling
	titlePlaceLoose bool
	// countryNamed: the event's own clause names its country and no town
	countryNamed bool
	// countryFromDateline: no clause told the country; it is where the report
	// was filed, which a telling of the same deed that names its place beats
	countryFromDateline bool
	// arrestCountry is the state whose police arrested or charged someone
	// over this deed, told as the arrest's cause: where it happened when no
	// mention says.
	arrestCountry string
	// cause marks the event a response is said to answer ("expelled two
	// diplomats over the murder of X two years ago"), told in passing
	cause bool
	// another: "also" before the trigger tells a further act of its kind, so
	// the mention does not merge with one of an earlier sentence
	another bool
	sent    int
	para    int // the paragraph of sent
	// section is the paragraph of the dated heading sent stands under
	// ("October 2023 — Germany"), or -1
	section int
	explain *vigil.Explanation
}

// clone copies a candidate with an explanation of its own, for another event
// told by the same words.
func (cd *candidate) clone(rules ...string) *candidate {
	c := *cd
	if cd.explain != nil {
		c.explain = &vigil.Explanation{Trigger: cd.explain.Trigger, Rules: append(append([]string(nil), cd.explain.Rules...), rules...), Fields: map[string]string{}}
	}
	return &c
}

func (cd *candidate) event(doc string) vigil.Event {
	target := cd.target
	if cd.targetVenue {
		target = nil
	}
	return vigil.Event{
		Doc: doc, Type: cd.typ, Status: cd.status, Date: cd.date, Country: cd.country,
		Place: cd.place, Actor: cd.actor, Target: target, Evidence: cd.evidence,
		Confidence: cd.conf, Explain: cd.explain,
	}
}

func (cd *candidate) why(field, format string, args ...any) {
	if cd.explain == nil {
		return // explanations are built only when asked for: they cost a third of the coder's time
	}
	if cd.explain.Fields == nil {
		cd.explain.Fields = map[string]string{}
	}
	cd.explain.Fields[field] = explainf(format, args)
}

func (cd *candidate) rule(format string, args ...any) {
	if cd.explain != nil {
		cd.explain.Rules = append(cd.explain.Rules, explainf(format, args))
	}
}

// explainf is fmt.Sprintf for the arguments of why and rule, which the callers
// pass whether or not explanations are on. Handing the callers' arguments to
// fmt would make them escape, so that every call boxed them on the heap (a
// fifth of the coder's allocations); explainf passes fmt copies instead, read
// by reflection, which leaves the originals on the callers' stacks. It takes
// strings, numbers and booleans: formatting a value with methods (a String)
// through a copy could differ from formatting the value, so it panics on one.
func explainf(format string, args []any) string {
	own := make([]any, len(args))
	for i, a := range args {
		v := reflect.ValueOf(a)
		if !v.IsValid() {
			continue // nil, as fmt takes it
		}
		if t := v.Type(); t.Implements(stringerType) || t.Implements(errorType) {
			panic("event: explanation argument of type " + t.String() + " has methods: pass its string")
		}
		switch v.Kind() {
		case reflect.String:
			own[i] = v.String()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			own[i] = v.Int()
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			own[i] = v.Uint()
		case reflect.Float32, reflect.Float64:
			own[i] = v.Float()
		case reflect.Bool:
			own[i] = v.Bool()
		default:
			panic("event: explanation argument of type " + v.Type().String() + ": want a string, number or boolean")
		}
	}
	return fmt.Sprintf(format, own...)
}

var (
	stringerType = reflect.TypeFor[fmt.Stringer]()
	errorType    = reflect.TypeFor[error]()
)

// doc is the per-article analysis shared by the sentence coders.
type doc struct {
	in     *Input
	text   string
	toks   []token.Token
	cls    []wordClass // the word classes of each token
	wcls   []wordClass // the classes of each token's normal form, also where cls has none ("IS", "'s"): isWord's
	voc    []int32     // each token's entry in the lexicon's vocab (lexicon.words) if triggers start with it, else 0
	scls   []setClass  // the set classes of each token's normal form: inSet's
	sents  []sentInfo
	sentAt []int // index into sents per token, -1 if none (for sentIndex)
	clause []int // clause id per token
	// clauseFrom and clauseTo are the token range of each clause id
	clauseFrom, clauseTo []int
	placeAt              []int // index into in.Places per token, -1 if none
	actorAt              []int // index into in.Actors per token, -1 if none
	timeAt               []int // index into in.Times per token, -1 if none
	focus                string
	// analysed says whether analyse has found focus and people
	analysed bool
	// stopper is the state whose police foiled the attack being coded, which
	// is not the one behind it
	stopper string
	// lastTarget is the last target described by a noun per event type, for
	// counts that leave the noun out ("and Lithuania three").
	lastTarget map[vigil.EventType]string
	// lastAttackDay is the day of the last attack told with one, which "two
	// days after the attack" counts from
	lastAttackDay vigil.Date
	// lastVerdictDay is the day of the last verdict told with one, which "the
	// day after the verdict" counts from
	lastVerdictDay vigil.Date
	// lastArrestDay is the day of the last arrest told with one, which "a
	// week after the arrests" counts from
	lastArrestDay vigil.Date
	// lastArrestSent is the sentence that told lastArrestDay's arrest: "He
	// was charged two days later" in the sentence after counts from it
	lastArrestSent int
	// lastAttackMonth is the month of the last attack told with one, which
	// "two months after the killing" counts from.
	lastAttackMonth vigil.Date
	// lastAttackMonthSent is the sentence that told lastAttackMonth's attack:
	// "Berlin responded within days" in the sentence after it is of its month
	lastAttackMonthSent int
	// lastMeasureDate and lastMeasurePara are the date and paragraph of the
	// last diplomatic measure told with a date: "Kigali answered by
	// ordering six diplomats out" after "Within days Pretoria expelled
	// three" is of its time, not of the report's month.
	lastMeasureDate vigil.Date
	lastMeasurePara int
	// lastAttackOnlyMonth is the month of the last attack when the text gave
	// it no day ("stabbed in Lyon in March 2021"): "arrested two days after
	// the attack" is then in that month, not on a day the paragraph names
	// for something else. Zero when the last attack had its day.
	lastAttackOnlyMonth vigil.Date
	// header is the export header line that opens the text, if any; see
	// exportHeader.
	header exportHeader
	// fieldLines is one more than the number of the text's lines that open
	// with a field label (0: not counted yet), for fieldLineCount.
	fieldLines int
	// lastAttackSent is one more than the index of the last sentence that
	// told a physical attack (0: none yet), whose toll the next may count.
	lastAttackSent int
	// lastTown is the town or village of the last event told with one, which
	// "the town" and "the village" mean.
	lastTown     *vigil.Place
	lastTownPara int // the paragraph lastTown was told in
	// heldExplosives are the sentences that tell of explosives someone
	// carried ("stopped carrying four grenades"): what a foiled plot told
	// beside them was to be done with
	heldExplosives []int
	// offSection: the sentence is under a heading whose items tell no event
	// of the report ("Related news", "Coming up"), until the next heading
	offSection bool
	// yearHeading is the year of the last heading that names one ("2017"
	// above a timeline's "- 13 February: ..." entries), 0 if none.
	yearHeading int
	// host caches hostState once hostKnown.
	host      string
	hostKnown bool
	// people are the person names of the text, in order.
	people []phrase
	// newlines are the offsets of the text's line breaks once linesListed
	// (lineStart)
	newlines    []int
	linesListed bool
	// focusVote and focusAt are the votes of each sentence for focusOf.
	focusVote []focusVote
	focusAt   []int32
	// paraFocus caches focusNear per paragraph.
	paraFocus map[int]string
	// lastDate per paragraph: the last explicit calendar date seen in it.
	paraDate map[int]vigil.Date
	// paraEventDate is the same for dates of sentences that told an event.
	paraEventDate map[int]vigil.Date
	// interviewRead caches interview: 0 not read yet, 1 an interview, 2 not.
	interviewRead int8
	// dayHeadings are the sentences that are a date alone on a line, found
	// at the first call of dayHeadingAbove (nil before it).
	dayHeadings []int
	// killTrig marks which of triggers are bare killings ("killed 12 farmers
	// in an attack") that give way to the attack they tell.
	killTrig map[int]bool
	// attacks are the tokens of triggers that belong to attacks, for attackAt
	attacks []int
	// explain says whether candidates record why (--explain).
	explain bool
	// triggers holds the first tokens of the triggers of the sentence being
	// coded, and triggerTypes their event types.
	triggers     []int
	triggerTypes []vigil.EventType
	// lastTriggerSent is one more than the last sentence that held an
	// event's word (0: none yet), set once its candidates are coded: the
	// sentence before the current one did when it equals the current index.
	lastTriggerSent int
	// tolls are the killings of the sentence that gave way to the attack told
	// with them ("set fire to houses and shot dead eleven villagers"): whom
	// they killed is whom the attack hit
	tolls []triggerMatch
	// lastResponder is the state that responded last, for "She also suspended ...".
	lastResponder stateRef
	// policeArrest is the state whose police or prosecutors arrested or
	// charged someone in sentence policeArrestSent, for the deed the arrest
	// was over ("Vienna police arrested two men on suspicion of threats").
	policeArrest     string
	policeArrestSent int
	// lastSponsor is the state behind the last attack told with one, for "the
	// same government".
	lastSponsor string
	// datelineCountry is the country of the dateline ("THE HAGUE -"), where police
	// and courts with no other place act.
	datelineCountry string
	datelineSpan    vigil.Span
	// recordDate and recordPlace are a dataset record's date and location
	// fields, for the record's events that give none of their own.
	recordDate  vigil.Date
	recordPlace *vigil.Place
	// refRecordDate: the reference date the dateline gave is the record's
	// own date field, which dates its incident, not its writing (isFuture)
	refRecordDate bool
	// recordDateOpening: the record date is the unlabelled date the record
	// opens with ("2018-02-03; Nigeria; ..."), which dates its attack only
	recordDateOpening bool
	// namedCountries are the countries the text names outright ("Colombia"),
	// which a town read in another country ("Caño" as Kano) contradicts.
	namedCountries map[string]bool
	// gazetteerNames are the places' names as the gazetteer gives them (their
	// Name is the text's spelling)
	gazetteerNames []string
	// mentioned caches mentionedCountries.
	mentioned map[string]bool
	// input is the copy of the Input that in points to.
	input Input
	// buf holds the memory of the tables and lists above and of the scratch
	// slices of the sentence coders.
	buf docBuffers
}

// docBuffers are memory a doc keeps from one article to the next. A doc lives
// for one call of Code and lends none of its tables to the events it returns,
// so Code hands it, emptied, to the next article (docPool): allocated afresh,
// its tables and maps were half of the coder's bytes.
type docBuffers struct {
	ints           []int // clause, placeAt, actorAt, timeAt and sentAt
	cls, wcls      []wordClass
	scls           []setClass
	voc            []int32
	split          []sentence.Sentence
	sents          []sentInfo
	people         []phrase
	gazetteerNames []string
	// places is the copy of the places newDoc renames (emptied by release:
	// the names are the text's)
	places               []PlaceMention
	newlines             []int
	clauseFrom, clauseTo []int
	focusVote            []focusVote
	focusAt              []int32
	// matches and heads hold lexicon.match's results, filtered
	// filterMatches': each sentence reuses them
	matches, filtered []triggerMatch
	heads             []int
	// cands holds the candidates of all sentences, merged and events merge's
	// (emptied by release, so that the pool keeps none alive)
	cands, merged, events []*candidate
}

var docPool = sync.Pool{New: func() any { return new(doc) }}

// getDoc returns an empty doc with tables for n tokens: clause zero, placeAt,
// actorAt, timeAt and sentAt -1 (no mention, no sentence), and cls, wcls and
// voc for newDoc to fill.
func getDoc(n int) *doc {
	d := docPool.Get().(*doc)
	if d.paraDate == nil {
		d.paraDate, d.paraEventDate, d.paraFocus = map[int]vigil.Date{}, map[int]vigil.Date{}, map[int]string{}
		d.killTrig = map[int]bool{}
		d.lastTarget, d.namedCountries = map[vigil.EventType]string{}, map[string]bool{}
	}
	b := &d.buf
	if cap(b.ints) < 5*n {
		b.ints = make([]int, 5*n)
		b.cls = make([]wordClass, n)
		b.wcls = make([]wordClass, n)
		b.scls = make([]setClass, n)
		b.voc = make([]int32, n)
	} else {
		// (newDoc writes every token's cls, wcls, scls and voc)
		b.ints = b.ints[:5*n]
		b.cls = b.cls[:n]
		b.wcls = b.wcls[:n]
		b.scls = b.scls[:n]
		b.voc = b.voc[:n]
		clear(b.ints[:n])
	}
	// -1 from n on, copied in doubling runs (a loop storing one int at a
	// time was a twentieth of newDoc)
	if n > 0 {
		fill := b.ints[n:]
		fill[0] = -1
		for done := 1; done < len(fill); done *= 2 {
			copy(fill[done:], fill[:done])
		}
	}
	d.cls, d.wcls, d.scls, d.voc = b.cls, b.wcls, b.scls, b.voc
	d.clause, d.placeAt, d.actorAt, d.timeAt, d.sentAt = b.ints[:n:n], b.ints[n:2*n:2*n], b.ints[2*n:3*n:3*n], b.ints[3*n:4*n:4*n], b.ints[4*n:]
	return d
}

// release empties the doc, keeping its maps and buffers, and returns it to
// docPool; it is not used after.
func (d *doc) release() {
	clear(d.paraDate)
	clear(d.paraEventDate)
	clear(d.paraFocus)
	clear(d.killTrig)
	clear(d.lastTarget)
	clear(d.namedCountries)
	clear(d.buf.cands[:cap(d.buf.cands)])
	clear(d.buf.merged[:cap(d.buf.merged)])
	clear(d.buf.events[:cap(d.buf.events)])
	clear(d.buf.places)
	*d = doc{
		paraDate: d.paraDate, paraEventDate: d.paraEventDate, paraFocus: d.paraFocus,
		killTrig: d.killTrig, lastTarget: d.lastTarget, namedCountries: d.namedCountries,
		triggers: d.triggers[:0], triggerTypes: d.triggerTypes[:0], attacks: d.attacks[:0], buf: d.buf,
	}
	docPool.Put(d)
}

type sentInfo struct {
	sentence.Sentence
	from, to int // token range
	// has holds every word class of a token of the sentence (doc.wcls): a
	// scan for a class the sentence lacks need not start
	has wordClass
}

func newDoc(in *Input, lx *lexicon) *doc {
	toks := in.Tokens
	if toks == nil {
		toks = token.Tokenize(in.Text)
	}
	n := len(toks)
	d := getDoc(n)
	d.in, d.text, d.toks = in, in.Text, toks
	voc, wcls, cls, scls := d.voc[:n], d.wcls[:n], d.cls[:n], d.scls[:n]
	for i := range toks {
		t := &toks[i]
		var c, own wordClass
		var sets setClass
		var trig int32
		if v := lx.lookup(t.Norm); v != 0 {
			e := &lx.words[v]
			if e.trig != nil {
				trig = v
			}
			c, sets = e.cls, e.sets
		}
		// (IsCap, its ASCII case inline)
		x := t.Text
		capital := x != "" && ('A' <= x[0] && x[0] <= 'Z' || x[0] >= utf8.RuneSelf && t.IsCap())
		if t.Kind == token.Word {
			if t.Text != "IS" && t.Text != "US" {
				own = c // ("IS fighters", "US officials" are names)
			}
			// (the test of isNameWord)
			if capital && !t.IsUpper() && c&(cMonth|cDeterminer|cPreposition) == 0 {
				own |= cNameWord
			}
		}
		if capital {
			own |= cCap
		}
		voc[i], wcls[i], cls[i], scls[i] = trig, c, own, sets
	}
	spanIndex(d.placeAt, d.toks, len(in.Places), func(i int) vigil.Span { return in.Places[i].Span })
	spanIndex(d.actorAt, d.toks, len(in.Actors), func(i int) vigil.Span { return in.Actors[i].Span })
	spanIndex(d.timeAt, d.toks, len(in.Times), func(i int) vigil.Span { return in.Times[i].Span })
	ti := 0
	d.buf.split = sentence.AppendSplit(d.buf.split[:0], in.Text)
	d.sents = d.buf.sents[:0]
	sentAt := d.sentAt[:n]
	for _, s := range d.buf.split {
		for ti < n && d.toks[ti].Start < s.Start {
			ti++
		}
		from := ti
		for ti < n && d.toks[ti].End <= s.End {
			ti++
		}
		var has wordClass
		for k, si := from, len(d.sents); k < ti; k++ {
			sentAt[k] = si
			has |= wcls[k]
		}
		d.sents = append(d.sents, sentInfo{Sentence: s, from: from, to: ti, has: has})
	}
	d.buf.sents = d.sents
	d.forgetTaunts()
	clauses(d)
	d.datelineCountry, d.datelineSpan = dateline(d)
	// a place keeps the text's spelling where only diacritics differ: "Tral",
	// not the gazetteer's "Trāl" (on a copy, made at the first such place: the
	// input belongs to the caller)
	places := in.Places
	copied := false
	d.gazetteerNames = d.buf.gazetteerNames[:0]
	for i, p := range in.Places {
		d.gazetteerNames = append(d.gazetteerNames, p.Place.Name)
		// ...and its English name where the gazetteer's is local: "Gothenburg",
		// not "Göteborg" (the entry, and its coordinates, stay the same)
		if surface := in.Text[p.Start:p.End]; p.Kind == vigil.Literal && surface != p.Place.Name &&
			p.Place.Feature != vigil.FeatureCountry && (!allUpper(surface) || sameSpelling(surface, p.Place.Name)) {
			if !copied {
				d.buf.places = append(d.buf.places[:0], in.Places...)
				places, copied = d.buf.places, true
			}
			places[i].Place.Name = titleCase(surface)
		}
	}
	d.buf.gazetteerNames = d.gazetteerNames
	d.input = *in
	d.input.Places = places
	d.in = &d.input
	d.recordDate, d.recordPlace = recordFields(d)
	d.refRecordDate = in.ReferenceSource == "dateline" && (!d.recordDate.IsZero() || in.ReferenceSpan.End > in.ReferenceSpan.Start && d.isDateField(in.ReferenceSpan))
	for i, p := range in.Places {
		if p.Kind != vigil.Literal || p.Place.Feature != vigil.FeatureCountry {
			continue
		}
		// named as a place ("in Nigeria", "..., Kaduna state, Nigeria"), not as
		// the state behind something ("on orders from Iran")
		k := sort.Search(n, func(k int) bool { return d.toks[k].Start >= p.Start })
		if k < n && d.placeAt[k] == i && (k == 0 || !sourcePreps[d.toks[k-1].Norm]) && !d.ofRulers(k) {
			d.namedCountries[p.Place.Country] = true
		}
	}
	return d
}

// analyse finds the article's focus state and its people's names, which only
// the coding of a trigger asks for: an article without triggers (most of a
// stream's) spends nothing on them. candidates calls it.
func (d *doc) analyse() {
	if d.analysed {
		return
	}
	d.analysed = true
	d.focus = focusState(d)
	d.people = d.persons(d.buf.people[:0])
	d.buf.people = d.people
	d.forgetSurnamePlaces()
}

// forgetSurnamePlaces drops a place the gazetteer found in a possessive
// surname of someone the text named in full ("Marcus Tsang ... households on
// Tsang's street"): the street is his, not in a town called Tsang.
func (d *doc) forgetSurnamePlaces() {
	for k := 0; k+1 < len(d.toks); k++ {
		if i := d.placeAt[k]; i < 0 || (k > 0 && d.placeAt[k-1] == i) || d.placeAt[k+1] == i {
			continue
		}
		if n := d.toks[k+1].Norm; (n == "'s" || n == "’s") && d.surnameOfPerson(phrase{k, k + 1}) {
			d.placeAt[k] = -1
		}
	}
}

// dateline finds a place that opens a line near the top and is followed by a
// dash, comma or bracket ("THE HAGUE -", "KIGALI, Rwanda (AP) -", "ISTANBUL, Oct 31
// -"): its country, and the span of the dateline up to its dash, whose date is
// the report's and not an event's.
func dateline(d *doc) (string, vigil.Span) {
	p, sp := datelinePlace(d)
	return p.Country, sp
}

// atDateline gives an attack, arrest, charge, verdict or protest told without
// a town the dateline's town when it happened in the dateline's country:
// "BERLIN — ... the killing of Khangoshvili", "NEW YORK — ... a jury convicted".
func atDateline(d *doc, events []*candidate) {
	pl, _ := datelinePlace(d)
	if pl.Feature != vigil.FeatureCity {
		return
	}
	for _, c := range events {
		if c.place != nil || c.countryNamed || !(isAttack(c.typ) || c.typ == vigil.Arrest || c.typ == vigil.Protest || courtAct[c.typ]) {
			continue
		}
		// (an event with no country keeps none: a wrong guess costs the match,
		// an empty one does not)
		if c.country == pl.Country {
			town := pl
			c.place = &town
			c.why("place", "the dateline's town %s", pl.Name)
		}
	}
}

// datelinePlace is the place a report is filed from: "ISTANBUL, Oct 31 -",
// "ISLAMABAD: ...". A line holding only a town and a date ("Lahore, Friday,
// March 10, 2023") is a paper's masthead: a dateline opening the story below
// it wins, and the masthead serves only when none follows.
func datelinePlace(d *doc) (vigil.Place, vigil.Span) {
	var masthead vigil.Place
	var mastheadSpan vigil.Span
	for _, p := range d.in.Places {
		if p.Start > 600 {
			break
		}
		if p.Kind != vigil.Literal || p.Place.Country == "" {
			continue
		}
		lineStart := p.Start == 0 || d.text[p.Start-1] == '\n'
		if !lineStart {
			continue
		}
		rest := strings.TrimLeft(d.text[p.End:min(len(d.text), p.End+4)], " ")
		colon := strings.HasPrefix(rest, ":") && allUpper(d.text[p.Start:p.End])
		if rest != "" && strings.ContainsAny(rest[:1], "-,(/—–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || colon {
			end := p.End
			line := d.text[p.End:min(len(d.text), p.End+80)]
			nl := strings.IndexByte(line, '\n')
			if nl >= 0 {
				line = line[:nl]
			}
			dashed := false
			for _, dash := range []string{" - ", " — ", " – ", "—", "–"} {
				if i := strings.Index(line, dash); i >= 0 {
					end = p.End + i
					dashed = true
					break
				}
			}
			if colon {
				end = p.End
			}
			if !dashed && !colon && nl >= 0 && isDateOnly(line) {
				if masthead.Country == "" {
					masthead, mastheadSpan = p.Place, vigil.Span{Start: p.Start, End: p.End + nl}
				}
				continue
			}
			return p.Place, vigil.Span{Start: p.Start, End: end}
		}
	}
	return masthead, mastheadSpan
}

// isDateOnly reports whether the rest of a line after a town holds only a
// date: ", Friday, March 10, 2023". A dateline's line goes on into the story.
func isDateOnly(rest string) bool {
	digit := false
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		switch {
		case f[0] >= '0' && f[0] <= '9':
			digit = true
		case monthWords[strings.ToLower(f)] || calendarWords[strings.ToLower(f)]:
		default:
			return false
		}
	}
	return digit
}

// spanIndex maps each token to the mention (of count mentions) that covers it,
// in at (all -1 before).
func spanIndex(at []int, toks []token.Token, count int, span func(int) vigil.Span) {
	n := len(toks)
	ti, last := 0, 0 // the first token of the last mention, and its start
	for m := 0; m < count; m++ {
		sp := span(m)
		// the first token that ends after the mention starts (tokens are in
		// order): found by halving, where walking from the last mention's
		// token visits every token between mentions. Mentions come in text
		// order, mostly, so the search starts at the last one's token and
		// gallops to bound the answer before halving.
		lo, hi := 0, n
		if sp.Start >= last {
			lo, hi = ti, ti
			for step := 1; hi < n && toks[hi].End <= sp.Start; step *= 2 {
				lo, hi = hi+1, min(hi+step, n)
			}
		}
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if toks[mid].End <= sp.Start {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		ti, last = lo, sp.Start
		for k := ti; k < n && toks[k].Start < sp.End; k++ {
			if at[k] < 0 {
				at[k] = m
			}
		}
	}
}

// clauses numbers the clauses of every sentence in d.clause (0 before, and
// for tokens outside sentences). A clause ends at a semicolon, a dash between
// spaces, and before "while", "whereas" and ", but".
func clauses(d *doc) {
	cl := d.clause
	id := 0
	// where each clause starts and ends, for clauseBounds (a clause's tokens
	// follow each other, in one sentence): from[id] and to[id]
	from, to := append(d.buf.clauseFrom[:0], 0), append(d.buf.clauseTo[:0], 0)
	for _, s := range d.sents {
		id++
		from = append(from, s.from)
		for i := s.from; i < s.to; i++ {
			if !d.isWord(i, cClause) {
				cl[i] = id
				continue // none of the words below
			}
			t := &d.toks[i]
			prev := id
			switch {
			case t.Norm == ";" || t.Norm == ":" && i+1 < s.to && d.toks[i+1].IsCap():
				id++
			case t.Norm == "-" && i > s.from && t.Start > d.toks[i-1].End:
				id++
			case (t.Norm == "while" || t.Norm == "whereas") && i > s.from:
				id++
			case t.Norm == "but" && i > s.from && d.toks[i-1].Norm == ",":
				id++
			}
			if id != prev {
				to, from = append(to, i), append(from, i)
			}
			cl[i] = id
		}
		to = append(to, s.to)
	}
	d.clauseFrom, d.clauseTo = from, to
	d.buf.clauseFrom, d.buf.clauseTo = from, to
}

// forgetTaunts drops the places and actors named inside a short quoted noun
// phrase ("shouted that he was \"a slave of Qatar\""): a taunt or label tells
// neither where the deed was done nor who did it.
func (d *doc) forgetTaunts() {
	var buf [4]phrase
	for _, s := range d.sents {
		for _, q := range d.quotations(s, buf[:0]) {
			if n := d.toks[q.from].Norm; (n == "a" || n == "an") && q.to-q.from <= 6 {
				for k := q.from; k < q.to; k++ {
					d.placeAt[k], d.actorAt[k] = -1, -1
				}
			}
		}
	}
}
