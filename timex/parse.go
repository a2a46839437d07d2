package timex

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"vigil"
)

// Granularities of a resolved point, for expressions that count from an earlier
// one ("a year earlier", "the following week").
const (
	gNone = iota
	gYear
	gQuarter
	gMonth
	gWeek
	gDay
)

// point is a resolved date at some granularity.
type point struct {
	gran    int
	y, m, q int
	t       time.Time // the day, or the first day of the week, for gDay and gWeek
}

// match is one recognised expression over tokens [i, j).
type match struct {
	i, j     int
	typ      string
	value    string
	anchored bool
	at       point // what the value resolved to, for later anaphora
	// movesOn: a sentence opened by "Three months later," moves the story to
	// at, so "the same day" after it is no finer than at
	movesOn bool
	// Explicit calendar fields as written (0 when absent; wd -1 when absent), used
	// to infer a reference date.
	y, m, d, wd int
}

type parser struct {
	text string
	toks []tok
	ref  vigil.Date
	refT time.Time // the reference day when ref has day precision
	// anchor is the last resolved point, which anaphoric expressions count from.
	anchor point
	// anchorMovesOn: anchor was set by a match that moves the story on
	anchorMovesOn bool
	// byGran holds the last resolved point of each granularity and when it was
	// found, so that "the following day" skips a later "2018".
	byGran [gDay + 1]struct {
		at  point
		seq int
	}
	found []match
}

var noTok = tok{kind: tPunct}

// reset readies p to parse toks, the tokens of text, against ref, keeping the
// memory of its earlier matches.
func (p *parser) reset(text string, toks []tok, ref vigil.Date) {
	*p = parser{text: text, toks: toks, ref: ref, found: p.found[:0]}
	if ref.Precision == vigil.PrecisionDay {
		p.refT = time.Date(ref.Year, time.Month(ref.Month), ref.Day, 0, 0, 0, 0, time.UTC)
	}
}

func (p *parser) tk(i int) *tok {
	if i < 0 || i >= len(p.toks) {
		return &noTok
	}
	return &p.toks[i]
}

// w returns the lexicon word of token i, or "".
func (p *parser) w(i int) string { return p.tk(i).lx().word }

func (p *parser) punct(i int, ch byte) bool {
	t := p.tk(i)
	return t.kind == tPunct && t.ch == ch && i < len(p.toks)
}

// glued reports whether token i follows token i-1 without white space.
func (p *parser) glued(i int) bool { return i < len(p.toks) && !p.toks[i].space }

// lower returns token i's text in lower case (for words outside the lexicon).
func (p *parser) lower(i int) string {
	t := p.tk(i)
	if t.lx().word != "" {
		return t.lx().word
	}
	if i >= len(p.toks) || t.end-t.start > 24 {
		return ""
	}
	return strings.ToLower(p.text[t.start:t.end])
}

func (p *parser) hasDay() bool   { return p.ref.Precision >= vigil.PrecisionDay }
func (p *parser) hasMonth() bool { return p.ref.Precision >= vigil.PrecisionMonth }
func (p *parser) hasYear() bool  { return p.ref.Precision >= vigil.PrecisionYear }

// run tries the patterns at the tokens heads (in order; see scan), keeping
// each match and going on after it.
func (p *parser) run(heads []int) {
	next := 0
	for _, i := range heads {
		if i < next {
			continue // within the last match
		}
		if m, ok := p.at(i); ok {
			p.emit(m)
			next = m.j
		}
	}
}

func (p *parser) emit(m match) {
	if m.at.gran != gNone {
		m.at.fill()
	}
	if m.at.gran != gNone && m.typ != TypeDuration && m.typ != TypeSet && !p.periodEnd(m.i) && !p.flashback(m.i) && !(m.at.gran < gDay && p.inRelativeAfterDate(m.i)) && !p.bylineDate(m.i) {
		// (so does a date that opens a line: "February 2021 - The US
		// releases a report. The Treasury the same day ...")
		p.anchor, p.anchorMovesOn = m.at, m.movesOn || m.i == 0 || p.tk(m.i).newline
		p.byGran[m.at.gran].at = m.at
		p.byGran[m.at.gran].seq = len(p.found) + 1
	}
	p.found = append(p.found, m)
}

// periodEnd reports whether the expression at token i closes a period just named
// ("the quarter ended Sept. 30", "the year ending June 30"): the period, not
// the day, stays what later comparisons ("a year earlier") count from.
func (p *parser) periodEnd(i int) bool {
	if w := p.w(i - 1); w != "ended" && w != "ending" {
		return false
	}
	n := len(p.found)
	return n > 0 && p.found[n-1].j >= i-2 && p.found[n-1].at.gran != gNone && p.found[n-1].at.gran < gDay
}

// flashback reports whether the expression at token i dates a relative
// clause told in the pluperfect ("Goraya, who had been abducted in 2017, was
// attacked in February 2020. The following year ..."): a look back from the
// story's time, which later counts ("the following year") do not start from.
func (p *parser) flashback(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := p.tk(k)
		if t.kind == tPunct {
			return false
		}
		if p.wordIs(k, "had") {
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				if p.wordIs(j, "who") || p.wordIs(j, "which") || p.wordIs(j, "whom") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// inRelativeAfterDate: the expression at token i stands in a relative
// clause ("a Sikh leader who was shot dead in Surrey in June that year") of a
// sentence that told its own time before it ("In September 2023, the prime
// minister told parliament ..."): background, which what follows ("the same
// day") is not counted from. (A day so told is kept as the anchor: "who was
// shot dead on 7 January. The suspect was arrested the following day".)
func (p *parser) inRelativeAfterDate(i int) bool {
	n := len(p.found)
	if n == 0 {
		return false
	}
	last, relative := p.found[n-1].i, false
	for k := i - 1; k >= 0 && k >= i-80; k-- {
		if k == last {
			return relative
		}
		if p.wordIs(k, ".") || p.wordIs(k, "?") || p.wordIs(k, "!") || p.wordIs(k, ";") || p.tk(k+1).newline {
			return false
		}
		if p.wordIs(k, "who") || p.wordIs(k, "which") || p.wordIs(k, "whom") {
			relative = true
		}
	}
	return false
}

// bylineDate: the expression at token i stands on a byline ("By Priya Raman
// | October 18, 2024"): the day of writing, not of the story, which "the same
// day" later is not counted from.
func (p *parser) bylineDate(i int) bool {
	k := i
	for k > 0 && !p.tk(k).newline && i-k < 12 {
		k--
	}
	// (a name after "By": not a sentence that opens "By the time ...")
	return (k == 0 || p.tk(k).newline) && k+1 < i && p.wordIs(k, "By") && p.tk(k).cap && p.tk(k+1).cap && p.tk(k+1).kind == tWord
}

// wordIs reports whether token i is the word w, in any case, without the
// copy lower makes of a word outside the lexicon.
func (p *parser) wordIs(i int, w string) bool {
	t := p.tk(i)
	return i < len(p.toks) && t.end-t.start == len(w) && strings.EqualFold(p.text[t.start:t.end], w)
}

// at tries every pattern at token i and keeps the longest match: a modified
// expression ("early June") if there is one, else the longest core one.
func (p *parser) at(i int) (match, bool) {
	if p.starts(i)&pModified != 0 {
		if m, ok := p.modified(i); ok && m.j > m.i {
			return m, true
		}
	}
	return p.core(i)
}

// starts returns the patterns that may match from token i (see startsAt).
func (p *parser) starts(i int) uint16 { return p.tk(i).starts }

// startsAt returns the patterns that may match from token i of toks, a scan of
// text: those of its lexicon word (startMask), of a number or of an apostrophe
// before one, less those that need the next token to be other than a word
// outside the lexicon when it is one. The scan sets it on every token, so the
// parses with and without a reference date share it.
func startsAt(text string, toks []tok, i int) uint16 {
	t := &toks[i]
	switch t.kind {
	case tNum:
		return numStarts
	case tPunct:
		if t.ch == '\'' && i+1 < len(toks) && toks[i+1].kind == tNum {
			return aposStarts
		}
		return 0
	}
	if t.li == noLex {
		if t.end-t.start == 1 && text[t.start] == 'Q' {
			return qStarts
		}
		return 0
	}
	if i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].li == noLex {
		if t.lx().plainNext == plainNextNone {
			return 0
		}
		// "the" before a word outside the lexicon starts nothing, but for
		// "the comparable quarter", "the Q3 results" and "the nineties".
		if t.lx().plainNext == plainNextThe && !afterThe(text[toks[i+1].start:toks[i+1].end]) {
			return 0
		}
	}
	return t.lx().starts
}

// afterThe reports whether w, a word outside the lexicon, may go on an
// expression that "the" opens: the words that quarter and decadeWord compare
// by their lower case, or "Q".
func afterThe(w string) bool {
	if w == "Q" {
		return true
	}
	for _, x := range [...]string{"comparable", "corresponding", "twenties", "thirties", "forties",
		"fifties", "sixties", "seventies", "eighties", "nineties"} {
		if len(w) == len(x) && strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

func (p *parser) core(i int) (match, bool) {
	var best match
	ok := false
	try := func(m match, good bool) {
		if good && m.j > m.i && (!ok || m.j > best.j) {
			best, ok = m, true
		}
	}
	s := p.starts(i)
	if s&pCalendar != 0 {
		try(p.calendar(i))
	}
	if s&pRelWord != 0 {
		try(p.relWord(i))
	}
	if s&pShifted != 0 {
		try(p.shifted(i))
	}
	if s&pNumUnit != 0 {
		try(p.numUnit(i))
	}
	if s&pQuarter != 0 {
		try(p.quarter(i))
	}
	if s&pSeason != 0 {
		try(p.season(i))
	}
	if s&pSet != 0 {
		try(p.set(i))
	}
	if s&pClock != 0 {
		try(p.clock(i))
	}
	if s&pHoliday != 0 {
		try(p.holiday(i))
	}
	if s&pTheUnit != 0 {
		try(p.theUnit(i))
	}
	if s&pCentury != 0 {
		try(p.century(i))
	}
	if s&pBareUnits != 0 {
		try(p.bareUnits(i))
	}
	if s&pYearEnd != 0 {
		try(p.yearEnd(i))
	}
	if s&pDecadeWord != 0 {
		try(p.decadeWord(i))
	}
	return best, ok
}

// modified handles "early", "late", "mid-", "earlier this", "the end of",
// "the first half of" in front of a core expression; the value is the core's.
func (p *parser) modified(i int) (match, bool) {
	k := i
	switch p.w(i) {
	case "early", "late", "mid", "earlier", "later":
		k = i + 1
		if p.punct(k, '-') {
			k++
		}
		if p.w(k) == "in" && p.w(i) != "mid" {
			k++
		}
	case "the":
		switch p.w(i + 1) {
		case "end", "beginning", "start", "middle", "turn", "rest":
			if p.w(i+2) != "of" {
				return match{}, false
			}
			k = i + 3
		case "first", "second":
			if p.w(i+2) == "half" {
				return p.half(i)
			}
			return match{}, false
		default:
			return match{}, false
		}
	case "first", "second":
		if p.w(i+1) == "half" || (p.punct(i+1, '-') && p.w(i+2) == "half") {
			return p.half(i)
		}
		return match{}, false
	default:
		return match{}, false
	}
	if k == i {
		return match{}, false
	}
	m, ok := p.core(k)
	if !ok {
		// "the end of the year", "earlier in the month" (but "in the
		// middle of the day" is a time of some day, not of the report's)
		if m2, ok2 := p.unitDate(k); ok2 && !(p.w(k) == "the" && p.w(k+1) == "day") {
			m, ok = m2, true
		}
	}
	if !ok || m.typ == TypeDuration || m.typ == TypeSet {
		return match{}, false
	}
	switch m.value {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return match{}, false
	}
	m.i = i
	return m, true
}

// unitDate reads "the year", "the month", "the week", "the day" as the unit that
// holds the reference date ("the end of the year").
func (p *parser) unitDate(i int) (match, bool) {
	k := i
	if p.w(k) == "the" || p.w(k) == "this" {
		k++
	}
	if k == i || p.tk(k).lx().cls != cUnit || p.tk(k).lx().plural {
		return match{}, false
	}
	u := p.tk(k).lx().val
	m := match{i: i, j: k + 1, typ: TypeDate, wd: -1}
	return p.shiftUnit(m, u, 0, false)
}

// half reads "the first half of 2018", "first-half".
func (p *parser) half(i int) (match, bool) {
	k := i
	if p.w(k) == "the" {
		k++
	}
	h := p.tk(k).lx().val
	k++
	if p.punct(k, '-') {
		k++
	}
	k++ // "half"
	m := match{i: i, j: k, typ: TypeDate, wd: -1}
	if p.w(k) == "of" || p.punct(k, ',') {
		if y, j, rel, ok := p.yearPhrase(k + 1); ok {
			m.j = j
			m.value = yearStr(y) + "-H" + strconv.Itoa(h)
			m.at = point{gran: gYear, y: y}
			m.anchored = rel
			return m, true
		}
		if p.w(k+1) == "the" && p.w(k+2) == "year" {
			k += 3
			m.j = k
		}
	}
	if !p.hasYear() {
		m.value = ""
		return m, true
	}
	y := p.ref.Year
	if p.hasMonth() && h == 2 && p.ref.Month < 7 && !p.future(i) {
		y--
	}
	m.value = yearStr(y) + "-H" + strconv.Itoa(h)
	m.at = point{gran: gYear, y: y}
	m.anchored = true
	return m, true
}

// year reads a four-digit year (or "'98", or one spelled out as in
// transcripts: "nineteen ninety-seven", "the year two thousand") at token i.
func (p *parser) year(i int) (y, j int, ok bool) {
	t := p.tk(i)
	if t.kind == tNum && t.ndig == 4 && t.num >= 1000 && t.num <= 2200 && p.plainNumber(i) {
		return t.num, i + 1, true
	}
	if t.lx().cls == cNumber {
		return p.spelledYear(i)
	}
	if p.punct(i, '\'') && p.tk(i+1).kind == tNum && p.tk(i+1).ndig == 2 && p.glued(i+1) && !p.glued(i+2) {
		n := p.tk(i + 1).num
		if n >= 30 {
			return 1900 + n, i + 2, true
		}
		return 2000 + n, i + 2, true
	}
	return 0, i, false
}

// spelledYear reads a year written in words: a century ("nineteen", "eighteen",
// "twenty") followed by two digits in words ("ninety-seven", "eighty", "oh five",
// "twelve"), or "two thousand" with an optional "and" and a number below 100
// where nothing else can be meant (after "year", or before a clause ends).
func (p *parser) spelledYear(i int) (y, j int, ok bool) {
	t := p.tk(i)
	switch {
	case t.lx().word == "nineteen" || t.lx().word == "eighteen" || t.lx().word == "twenty" && !p.punct(i+1, '-'):
		k := i + 1
		if p.lower(k) == "oh" || p.w(k) == "o" {
			if n := p.tk(k + 1); n.lx().cls == cNumber && n.lx().val >= 1 && n.lx().val <= 9 {
				return t.lx().val*100 + n.lx().val, k + 2, true
			}
			return 0, i, false
		}
		n, k2, ok := p.wordsBelow100(k)
		if !ok || n < 10 || p.punct(k2, '-') && p.glued(k2) || notYearWords[p.lower(k2)] {
			return 0, i, false
		}
		return t.lx().val*100 + n, k2, true
	case t.lx().word == "two" && p.lower(i+1) == "thousand":
		k := i + 2
		y = 2000
		kk := k
		if p.w(kk) == "and" {
			kk++
		}
		if n, k2, ok := p.wordsBelow100(kk); ok {
			y, k = 2000+n, k2
		}
		if p.w(i-1) == "year" || p.tk(k).kind == tPunct || k >= len(p.toks) {
			return y, k, true
		}
	}
	return 0, i, false
}

// wordsBelow100 reads a number from one to 99 in words: "seven", "ninety",
// "ninety-seven", "ninety seven".
func (p *parser) wordsBelow100(i int) (n, j int, ok bool) {
	t := p.tk(i)
	if t.lx().cls != cNumber || t.lx().val < 1 || t.lx().val > 90 {
		return 0, i, false
	}
	n, j = t.lx().val, i+1
	if n >= 20 && n%10 == 0 {
		k := j
		if p.punct(k, '-') && p.glued(k) {
			k++
		}
		if u := p.tk(k); u.lx().cls == cNumber && u.lx().val >= 1 && u.lx().val <= 9 {
			n, j = n+u.lx().val, k+1
		}
	}
	return n, j, true
}

// yearPhrase reads a year after "of": "2018", "'98", "this year", "next year",
// "last year". rel says it was counted from the reference date.
func (p *parser) yearPhrase(i int) (y, j int, rel, ok bool) {
	if y, j, ok := p.year(i); ok {
		return y, j, false, true
	}
	// "of the same year", "of the following year": counted from the year last
	// spoken of, not from the report
	shift, known, yearTok := 0, p.w(i) == "that", i+1
	if p.w(i) == "the" {
		shift, known = anaphoricYears[p.w(i+1)]
		yearTok = i + 2
	}
	if known && p.w(yearTok) == "year" {
		if b := p.base(true); b.gran >= gYear && b.y != 0 {
			return b.y + shift, yearTok + 1, true, true
		}
	}
	if y, j, ok := p.relativeYear(i); ok {
		return y, j, true, true
	}
	return 0, i, false, false
}

// relativeYear reads "this year", "next year" or "last year", counted from
// the reference date: after "of" (see yearPhrase), or right after a day and
// month ("on 9 October last year"), which it gives its year.
func (p *parser) relativeYear(i int) (y, j int, ok bool) {
	if p.w(i+1) == "year" && p.hasYear() {
		switch p.w(i) {
		case "this":
			return p.ref.Year, i + 2, true
		case "next":
			return p.ref.Year + 1, i + 2, true
		case "last":
			return p.ref.Year - 1, i + 2, true
		}
	}
	return 0, i, false
}

// anaphoricYears are the years "the ___ year" names, counted from the last one.
var anaphoricYears = map[string]int{"same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}

// plainNumber reports whether number token i stands alone: not part of "1,500",
// "3.5", "12:30", an amount of money or a code.
func (p *parser) plainNumber(i int) bool {
	if i > 0 {
		prev := p.tk(i - 1)
		if p.glued(i) {
			if prev.kind == tNum || prev.kind == tWord {
				return false
			}
			switch prev.ch {
			case '$', '.', ',', ':', '/', '#', '+':
				return false
			}
			if prev.kind == tPunct && prev.ch == 0 {
				return false // £, € and other symbols
			}
		}
	}
	if p.glued(i + 1) {
		n := p.tk(i + 1)
		if n.kind == tNum {
			return false
		}
		if n.kind == tPunct && (n.ch == ',' || n.ch == '.' || n.ch == ':' || n.ch == '/') && p.tk(i+2).kind == tNum && p.glued(i+2) {
			return false
		}
		if n.kind == tPunct && n.ch == '%' {
			return false
		}
		if n.kind == tWord && n.lx().cls != cSuffix {
			return false
		}
	}
	return true
}

// notYearWords follow a four-digit number that is a count, not a year.
var notYearWords = map[string]bool{
	"percent": true, "people": true, "troops": true, "soldiers": true, "members": true,
	"workers": true, "votes": true, "km": true, "kilometers": true, "kilometres": true,
	"miles": true, "feet": true, "meters": true, "metres": true, "tons": true, "tonnes": true,
	"dollars": true, "euros": true, "pounds": true, "yen": true, "points": true,
	"barrels": true, "residents": true, "employees": true, "jobs": true, "cases": true,
	"deaths": true, "times": true, "refugees": true, "prisoners": true, "police": true,
	"officers": true, "students": true, "men": true, "women": true, "children": true,
	"families": true, "homes": true, "houses": true, "shares": true, "units": true,
	"cars": true, "vehicles": true, "acres": true, "hectares": true, "pages": true,
	"words": true, "delegates": true, "seats": true, "companies": true, "sites": true,
	"others": true, "persons": true, "lb": true, "kg": true, "mph": true,
}

// calendar reads explicit dates, optionally after a weekday ("Friday, Nov. 2"),
// and bare weekdays.
func (p *parser) calendar(i int) (match, bool) {
	t := p.tk(i)
	if t.lx().cls == cWeekday {
		wd := t.lx().val
		k := i + 1
		// "on his way to Friday prayers": a weekly rite, not a day (but "in
		// his Sunday Mass" was that Sunday's)
		switch p.lower(k) {
		case "prayers", "prayer", "sermon", "sermons", "mass", "market", "markets", "service", "services":
			switch p.lower(i - 1) {
			case "his", "her", "their", "its", "the", "this", "that", "last":
			default:
				return match{}, false
			}
		}
		if p.punct(k, ',') {
			k++
		}
		if p.w(k) == "the" && p.tk(k+1).kind == tNum {
			k++
		}
		if m, ok := p.explicit(k); ok && m.d != 0 {
			m.i = i
			m.wd = wd
			return m, true
		}
		// "on Tuesday last week", "Friday of next week": the day in that week
		w := i + 1
		if p.w(w) == "of" {
			w++
		}
		if rel := p.w(w); (rel == "last" || rel == "next" || rel == "this") && p.w(w+1) == "week" {
			m, ok := p.weekday(i, wd, 2)
			m.i, m.j = i, w+2
			if ok && p.hasDay() {
				d := m.at.t.AddDate(0, 0, map[string]int{"last": -7, "next": 7}[rel])
				m.value, m.at = dayStr(d), point{gran: gDay, t: d}
			}
			return m, ok
		}
		// "a Sunday evening in March 2019": a day of that month the text
		// does not give, not the Sunday before the report
		w = i + 1
		if pt := p.tk(w); pt.lx().cls == cPart && !pt.lx().plural {
			w++
		}
		if p.w(w) == "in" || p.w(w) == "of" {
			if m, ok := p.explicit(w + 1); ok && m.d == 0 && m.m != 0 {
				m.i = i
				return m, true
			}
		}
		// "On a Sunday morning, the two were forced into a van": some Sunday,
		// not the one before the report
		if l := p.lower(i - 1); l == "a" || l == "one" {
			return match{}, false
		}
		return p.weekday(i, wd, 0)
	}
	return p.explicit(i)
}

// dayNum reads a day of the month with an optional "th", returning the next token.
func (p *parser) dayNum(i int) (d, j int, ok bool) {
	t := p.tk(i)
	if t.kind != tNum || t.ndig > 2 || t.num < 1 || t.num > 31 {
		return 0, i, false
	}
	j = i + 1
	if s := p.tk(j); s.lx().cls == cSuffix && s.lx().word != "s" && p.glued(j) {
		j++
	}
	if p.glued(j) && p.tk(j).kind == tNum {
		return 0, i, false
	}
	if p.glued(j) && p.tk(j).kind == tPunct && (p.tk(j).ch == '%' || (p.tk(j).ch == ':' || p.tk(j).ch == '/') && p.glued(j+1) && p.tk(j+1).kind == tNum) {
		return 0, i, false
	}
	return t.num, j, true
}

// titleYearWords end titles that a year completes: "the Crime Act 2023".
var titleYearWords = map[string]bool{"act": true, "bill": true, "law": true, "code": true, "regulations": true, "order": true}

// monthWord reads a month name at token i (with the period of an abbreviation)
// and says whether it may stand on its own.
func (p *parser) monthWord(i int) (mon, j int, alone, ok bool) {
	t := p.tk(i)
	if t.lx().cls != cMonth || !t.cap {
		return 0, i, false, false
	}
	j = i + 1
	if t.lx().abbr {
		if p.punct(j, '.') && p.glued(j) {
			j++
		}
		return t.lx().val, j, false, true
	}
	alone = true
	if t.lx().word == "may" || t.lx().word == "march" {
		switch p.w(i - 1) {
		case "in", "since", "by", "until", "till", "of", "last", "next", "this", "early",
			"late", "mid", "from", "to", "through", "before", "after", "during", "between",
			"and", "or", "that", "previous", "following", "coming", "end", "beginning":
		default:
			alone = false
		}
		if i > 0 && p.tk(i-1).newline && p.tk(i-1).kind != tWord {
			alone = false
		}
		// ("2019" / "March" / "Police detain ...": a timeline's month
		// heading, a line of its own)
		if (i == 0 || t.newline) && (j >= len(p.toks) || p.tk(j).newline) {
			alone = true
		}
		// ("May – Police arrest ...": the month that opens a timeline's entry)
		if (i == 0 || t.newline) && j < len(p.toks) && (p.punct(j, '-') || p.punct(j, ':')) {
			alone = true
		}
	}
	return t.lx().val, j, alone, true
}

// dayParts name parts of a day a month name may describe ("a June evening").
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "day": true}

// explicit reads dates written out: "June 30, 2018", "30 June 2018", "June 2018",
// "June", "2018", "the 1990s", "2018-06-30", "06/30/2018".
func (p *parser) explicit(i int) (match, bool) {
	m := match{i: i, typ: TypeDate, wd: -1}
	t := p.tk(i)
	if mon, k, alone, ok := p.monthWord(i); ok {
		m.m = mon
		if d, j, ok := p.dayNum(k); ok && !p.tk(k).newline {
			m.d, m.j = d, j
			jj := j
			if p.punct(jj, ',') {
				jj++
			}
			if y, j2, ok := p.year(jj); ok {
				m.y, m.j = y, j2
			} else if y, j2, ok := p.relativeYear(j); ok {
				m.y, m.j = y, j2
			}
			return p.resolveYMD(m), true
		}
		k2 := k
		if p.punct(k2, ',') || p.w(k2) == "of" {
			k2++
		} else if dayParts[p.w(k)] && (p.w(k+1) == "in" || p.w(k+1) == "of") {
			k2 = k + 2 // "a June evening in 2023": the year after its part of a day
		}
		if y, j, rel, ok := p.yearPhrase(k2); ok && (!rel || p.w(k) == "of" || k2 == k) {
			if !rel {
				m.y = y
			}
			m.j, m.anchored = j, rel
			m.value = monthStr(y, mon)
			m.at = point{gran: gMonth, y: y, m: mon}
			return m, true
		}
		if !alone {
			return match{}, false
		}
		m.j = k
		return p.resolveMonth(m, 0), true
	}
	if t.kind == tNum {
		// 30 June 2018, 30th of June
		if d, k, ok := p.dayNum(i); ok {
			if p.w(k) == "of" {
				k++
			}
			if mon, k2, _, ok := p.monthWord(k); ok {
				m.d, m.m, m.j = d, mon, k2
				kk := k2
				if p.punct(kk, ',') {
					kk++
				}
				if y, j, ok := p.year(kk); ok {
					m.y, m.j = y, j
				} else if y, j, ok := p.relativeYear(k2); ok {
					m.y, m.j = y, j
				}
				return p.resolveYMD(m), true
			}
		}
		// 06/30/2018, 30.06.2018
		if m2, ok := p.numeric(i); ok {
			return m2, true
		}
		if y, k, ok := p.year(i); ok {
			// 1990s
			if s := p.tk(k); s.lx().word == "s" && p.glued(k) {
				m.j = k + 1
				m.value = strconv.Itoa(y / 10)
				return m, true
			}
			if p.punct(k, '\'') && p.w(k+1) == "s" && p.glued(k) && p.glued(k+1) {
				m.j = k + 2
				m.value = strconv.Itoa(y / 10)
				return m, true
			}
			if notYearWords[p.lower(k)] {
				return match{}, false
			}
			// "the National Security Act 2023", "Finance Bill 2024": a year in
			// a law's title
			if b := p.tk(i - 1); b.cap && titleYearWords[p.lower(i-1)] {
				return match{}, false
			}
			switch p.lower(i - 1) {
			case "about", "some", "nearly", "almost", "than", "least", "approximately", "roughly", "around", "only", "just", "total", "number":
				if p.w(i-1) != "since" {
					return match{}, false
				}
			}
			m.y, m.j = y, k
			m.value = yearStr(y)
			m.at = point{gran: gYear, y: y}
			return m, true
		}
	}
	if t.lx().cls == cNumber {
		if y, k, ok := p.spelledYear(i); ok {
			m.y, m.j = y, k
			m.value = yearStr(y)
			m.at = point{gran: gYear, y: y}
			return m, true
		}
	}
	// '90s
	if p.punct(i, '\'') {
		n := p.tk(i + 1)
		if n.kind == tNum && n.ndig == 2 && n.num%10 == 0 && p.glued(i+1) && p.w(i+2) == "s" && p.glued(i+2) {
			m.j = i + 3
			m.value = strconv.Itoa(190 + n.num/10)
			if n.num < 30 {
				m.value = strconv.Itoa(200 + n.num/10)
			}
			return m, true
		}
	}
	return match{}, false
}

// numeric reads 2018-06-30 and 06/30/2018 (month first unless the first number
// cannot be a month).
func (p *parser) numeric(i int) (match, bool) {
	a, b, c := p.tk(i), p.tk(i+2), p.tk(i+4)
	if a.kind != tNum || b.kind != tNum || c.kind != tNum {
		return match{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if !p.glued(k) {
			return match{}, false
		}
	}
	sep := p.tk(i + 1).ch
	if p.tk(i+3).ch != sep || (sep != '-' && sep != '/' && sep != '.') {
		return match{}, false
	}
	if p.glued(i+5) && (p.tk(i+5).kind == tNum || p.tk(i+5).ch == sep) {
		return match{}, false
	}
	var y, mo, d int
	switch {
	case a.ndig == 4 && b.ndig <= 2 && c.ndig <= 2:
		y, mo, d = a.num, b.num, c.num
	case a.ndig <= 2 && b.ndig <= 2 && (c.ndig == 4 || (c.ndig == 2 && sep == '/')):
		y = c.num
		if c.ndig == 2 {
			y += 1900
			if c.num < 50 {
				y += 100
			}
		}
		mo, d = a.num, b.num
		if sep == '.' || mo > 12 {
			mo, d = d, mo
		}
	default:
		return match{}, false
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || y < 1000 || y > 2200 {
		return match{}, false
	}
	m := match{i: i, j: i + 5, typ: TypeDate, y: y, m: mo, d: d, wd: -1}
	return p.resolveYMD(m), true
}

// weekday resolves a weekday name: dir 0 by the tense of the sentence, -1 the
// last one before the reference day, +1 the next one after it, 2 the one in the
// reference week.
func (p *parser) weekday(i, wd, dir int) (m match, ok bool) {
	m = match{i: i, j: i + 1, typ: TypeDate, wd: wd}
	if dir != 0 {
		m.i = i - 1
	}
	// "Friday morning", "Friday night"
	part := ""
	if pt := p.tk(m.j); pt.lx().cls == cPart && !pt.lx().plural {
		m.j++
		part = "T" + partCodes[pt.lx().val]
		m.typ = TypeTime
	}
	if !p.hasDay() {
		m.value = "XXXX-WXX-" + strconv.Itoa(isoDay(wd)) + part
		return m, true
	}
	defer func() { m.value += part }()
	rw := int(p.refT.Weekday())
	var delta int
	switch dir {
	case -1:
		delta = -((rw - wd + 7) % 7)
		if delta == 0 {
			delta = -7
		}
	case 1:
		delta = (wd - rw + 7) % 7
		if delta == 0 {
			delta = 7
		}
	case 2:
		delta = isoDay(wd) - isoDay(rw)
	default:
		if p.future(i) {
			delta = (wd - rw + 7) % 7
		} else {
			delta = -((rw - wd + 7) % 7)
		}
	}
	d := p.refT.AddDate(0, 0, delta)
	m.value = dayStr(d)
	m.at = point{gran: gDay, t: d}
	m.anchored = true
	return m, true
}

// resolveYMD fills the value of an explicit day or day-month date, choosing a
// year for "June 30" from the reference date.
func (p *parser) resolveYMD(m match) match {
	if m.d > daysIn(max(m.y, 2000), m.m) {
		m.value = ""
		return m
	}
	if m.y != 0 {
		t := time.Date(m.y, time.Month(m.m), m.d, 0, 0, 0, 0, time.UTC)
		m.value = dayStr(t)
		m.at = point{gran: gDay, t: t}
		return m
	}
	if !p.hasMonth() {
		// no report date: "On 3 March 2020 ... On 9 March" stays in the year
		// last spoken of
		if a := p.anchor; a.gran >= gYear && a.y != 0 {
			return inYear(m, a.y)
		}
		m.value = "XXXX-" + twoDigits(m.m) + "-" + twoDigits(m.d)
		return m
	}
	if y, ok := p.appositionYear(m.i, m.m); ok && m.d <= daysIn(y, m.m) {
		return inYear(m, y)
	}
	// "on 30 June 2018, the day of the rally ... The fourth man was detained
	// in Villepinte itself on 30 June": a day told again takes the year it
	// was told with
	// (not "On 11 July, on the anniversary of the protests": the same day
	// of a later year)
	if y, ok := p.restatedDay(m.m, m.d); ok && !p.anniversaryAfter(m.j) {
		return inYear(m, y)
	}
	ref := time.Date(p.ref.Year, time.Month(p.ref.Month), max(p.ref.Day, 1), 0, 0, 0, 0, time.UTC)
	// In a sentence about the future, the first such day from the reference
	// date on; else the last one before it, unless one lies just ahead (news
	// speaks mostly of what happened, and of what is about to).
	fut := p.future(m.i)
	limit := ref.AddDate(0, nearMonths, 0)
	best := time.Time{}
	for y := p.ref.Year - 1; y <= p.ref.Year+1; y++ {
		if m.d > daysIn(y, m.m) {
			continue
		}
		t := time.Date(y, time.Month(m.m), m.d, 0, 0, 0, 0, time.UTC)
		if fut {
			if !t.Before(ref) {
				best = t
				break
			}
			continue
		}
		if !t.After(limit) {
			best = t
		}
	}
	if best.IsZero() {
		m.value = "XXXX-" + twoDigits(m.m) + "-" + twoDigits(m.d)
		return m
	}
	m.value = dayStr(best)
	m.at = point{gran: gDay, t: best}
	m.anchored = true
	return m
}

// inYear resolves the day and month of m, written without a year, in year
// y, which the context gives it.
func inYear(m match, y int) match {
	t := time.Date(y, time.Month(m.m), m.d, 0, 0, 0, 0, time.UTC)
	m.value = dayStr(t)
	m.at = point{gran: gDay, t: t}
	m.anchored = true
	return m
}

// restatedDay is the year an earlier expression wrote out in full for the
// same day and month.
func (p *parser) restatedDay(mon, day int) (int, bool) {
	for k := len(p.found) - 1; k >= 0; k-- {
		if f := p.found[k]; f.y != 0 && f.m == mon && f.d == day {
			return f.y, true
		}
	}
	return 0, false
}

// appositionYear is the year of the expression just before token i that a day
// or month without a year restates: "Three months later, on 18 September"
// (after "18 June 2023") is that September, not the last one before the report.
func (p *parser) appositionYear(i, mon int) (int, bool) {
	if len(p.found) == 0 {
		return 0, false
	}
	prev := p.found[len(p.found)-1]
	if prev.j > i || i-prev.j > 2 || prev.typ != TypeDate {
		return 0, false
	}
	// ("the town where he had lived since 2021, on 27 April": a bound is no
	// date the day restates)
	if prev.i > 0 {
		if w := p.lower(prev.i - 1); w == "since" || w == "until" || w == "till" {
			return 0, false
		}
	}
	for k := prev.j; k < i; k++ {
		if w := p.lower(k); !(p.punct(k, ',') || w == "on" || w == "in") {
			return 0, false
		}
	}
	// (a shifted expression such as "Three months later" keeps only its value)
	d := CalendarDate(prev.value)
	if d.Precision < vigil.PrecisionYear || d.Precision >= vigil.PrecisionMonth && d.Month != mon {
		return 0, false
	}
	return d.Year, true
}

// sentenceYear is the year of an expression that gives only a year earlier in
// the sentence of token i, which the sentence opens with ("In 2019 he was
// arrested in May", "The same year, after armed men broke into his house in
// March"): a month told after it in the same clause is in that year.
func (p *parser) sentenceYear(i int) (int, bool) {
	for f := len(p.found) - 1; f >= 0; f-- {
		prev := p.found[f]
		if prev.j > i {
			continue
		}
		for k := prev.j; k < i; k++ {
			if p.boundaryAfter(k) {
				return 0, false
			}
		}
		if prev.typ != TypeDate || prev.at.gran != gYear || prev.at.y == 0 {
			continue
		}
		// (a frame the sentence opens with: "In 2019, ...", "The same year,
		// ..."; not a year of another clause, "who returned home in 2019")
		opens := prev.i == 0 || p.boundaryAfter(prev.i-1) || prev.i >= 2 && p.boundaryAfter(prev.i-2) && p.lower(prev.i-1) == "in"
		if !opens {
			return 0, false
		}
		// (nor past a clause of its own: "Last year a court sentenced her,
		// and in February officers searched her sister's flat")
		for k := prev.j; k < i; k++ {
			if p.punct(k, ';') || p.punct(k, ',') && (p.lower(k+1) == "and" || p.lower(k+1) == "but") {
				return 0, false
			}
		}
		return prev.at.y, true
	}
	return 0, false
}

// rangeEndYear is the year of the month that ends a range a bare month opens
// ("from June to November last year", "between March and May 2024"): that
// year, or the one before when the range crosses a new year.
func (p *parser) rangeEndYear(j, mon int) (int, bool) {
	switch p.lower(j) {
	case "to", "until", "till", "through", "and":
	default:
		if !p.punct(j, '-') {
			return 0, false
		}
	}
	end, k, _, ok := p.monthWord(j + 1)
	if !ok {
		return 0, false
	}
	y := 0
	switch yr, _, written := p.year(k); {
	case written:
		y = yr
	case p.lower(k) == "last" && p.lower(k+1) == "year" && p.hasYear():
		y = p.ref.Year - 1
	case p.lower(k) == "this" && p.lower(k+1) == "year" && p.hasYear():
		y = p.ref.Year
	default:
		return 0, false
	}
	if mon > end {
		y--
	}
	return y, true
}

// inYear is bare month m placed in year y, by what the text says.
func (m match) inYear(y int) match {
	m.value = monthStr(y, m.m)
	m.at = point{gran: gMonth, y: y, m: m.m, q: (m.m-1)/3 + 1}
	m.anchored = true
	return m
}

// resolveMonth gives a bare month a year: dir 0 by tense (the most recent one, or
// the next one in a sentence about the future), -1 the last one before the
// reference month, +1 the next one after it, 2 the one in the reference year.
func (p *parser) resolveMonth(m match, dir int) match {
	mon := m.m
	if !p.hasYear() {
		if a := p.anchor; a.gran >= gYear && a.y != 0 {
			return m.inYear(a.y)
		}
		m.value = "XXXX-" + twoDigits(mon)
		return m
	}
	if y, ok := p.appositionYear(m.i, mon); ok {
		return m.inYear(y)
	}
	if y, ok := p.sentenceYear(m.i); ok {
		return m.inYear(y)
	}
	if y, ok := p.rangeEndYear(m.j, mon); ok {
		return m.inYear(y)
	}
	y := p.ref.Year
	if p.hasMonth() {
		rm := p.ref.Month
		switch dir {
		case -1:
			if mon >= rm {
				y--
			}
		case 1:
			if mon <= rm {
				y++
			}
		case 2:
		default:
			ahead := (mon - rm + 12) % 12
			switch {
			case p.future(m.i):
				if mon < rm {
					y++
				}
			case ahead > 0 && ahead <= nearMonths && !p.pastAfter(m.j):
				// A month just ahead is more likely the coming one than one
				// nearly a year ago.
				if mon < rm {
					y++
				}
			case mon > rm:
				y--
			}
		}
	}
	m.value = monthStr(y, mon)
	m.at = point{gran: gMonth, y: y, m: mon}
	m.anchored = true
	return m
}

// pastAfter reports whether the clause that goes on after token j tells the
// past ("In November a court sentenced him"): a month just ahead is then
// last year's.
func (p *parser) pastAfter(j int) bool {
	for k := j; k < len(p.toks) && k < j+8; k++ {
		t := &p.toks[k]
		if t.kind == tPunct && t.ch != '\'' && t.ch != '-' || p.boundaryAfter(k) && k > j {
			return false
		}
		w := p.lower(k)
		if t.lx().cls == cFuture || w == "to" || w == "is" || w == "are" || w == "has" || w == "have" {
			return false
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") || pastForms[w] {
			return true
		}
	}
	return false
}

// pastForms are common irregular past tenses.
var pastForms = map[string]bool{"was": true, "were": true, "took": true, "held": true, "fled": true, "left": true,
	"sent": true, "came": true, "went": true, "gave": true, "told": true, "met": true, "fell": true, "began": true, "shot": true}

// nearMonths is how far ahead of the reference month a bare month name is taken
// to be the coming one.
const nearMonths = 2

// future reports whether the clause before token i speaks of the future: a
// cue ("will", "plans to", "scheduled") shortly before it, in the same clause.
func (p *parser) future(i int) bool {
	for k := i - 1; k >= 0 && k >= i-futureWindow; k-- {
		t := &p.toks[k]
		if t.kind == tPunct && t.ch != '\'' && t.ch != '-' && t.ch != '.' || p.boundaryAfter(k) {
			break
		}
		if t.lx().cls == cFuture && t.lx().word != "next" && t.lx().word != "tomorrow" && (t.lx().word != "ll" || p.punct(k-1, '\'')) &&
			!(t.lx().word == "expected" && (p.w(k-1) == "than" || p.punct(k-1, '-'))) {
			// ("better-than-expected results" speak of the past)
			return true
		}
		if t.blank || t.lx().word == "said" || t.lx().word == "says" {
			break
		}
	}
	return false
}

// futureWindow is how many tokens before an expression a tense cue may stand.
const futureWindow = 12

// boundaryAfter reports whether a sentence ends with token k.
func (p *parser) boundaryAfter(k int) bool {
	t := p.tk(k)
	if t.kind != tPunct || (t.ch != '.' && t.ch != '!' && t.ch != '?') {
		return false
	}
	n := p.tk(k + 1)
	if !n.space || k+1 >= len(p.toks) {
		return k+1 >= len(p.toks)
	}
	prev := p.tk(k - 1)
	if prev.kind == tWord && (prev.lx().abbr || prev.end-prev.start == 1) && p.glued(k) {
		return false
	}
	return n.cap || n.kind != tWord
}

// isoDay numbers weekdays from Monday=1 to Sunday=7.
func isoDay(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func twoDigits(n int) string {
	if n < 10 && n >= 0 {
		return "00010203040506070809"[2*n : 2*n+2] // no allocation
	}
	return strconv.Itoa(n)
}

// The value writers build each value in a buffer on the stack and allocate
// only the string they return.

func yearStr(y int) string {
	var b [16]byte
	return string(appendYear(b[:0], y))
}

func monthStr(y, m int) string {
	var b [16]byte
	return string(appendTwo(append(appendYear(b[:0], y), '-'), m))
}

func dayStr(t time.Time) string {
	var b [16]byte
	y, m, d := t.Date()
	return string(appendTwo(append(appendTwo(append(appendYear(b[:0], y), '-'), int(m)), '-'), d))
}

func weekStr(t time.Time) string {
	var b [16]byte
	y, w := t.ISOWeek()
	return string(appendTwo(append(appendYear(b[:0], y), "-W"...), w))
}

func quarterStr(y, q int) string {
	var b [24]byte
	return string(strconv.AppendInt(append(appendYear(b[:0], y), "-Q"...), int64(q), 10))
}

// appendYear appends y padded with zeros to four characters.
func appendYear(b []byte, y int) []byte {
	n := len(b)
	b = strconv.AppendInt(b, int64(y), 10)
	for len(b)-n < 4 {
		b = slices.Insert(b, n, '0')
	}
	return b
}

// appendTwo appends n as twoDigits writes it.
func appendTwo(b []byte, n int) []byte {
	if n < 10 && n >= 0 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// anniversaryAfter: "anniversary" follows within a few words of token j.
func (p *parser) anniversaryAfter(j int) bool {
	for k := j; k < len(p.toks) && k <= j+6; k++ {
		if p.wordIs(k, "anniversary") {
			return true
		}
	}
	return false
}
