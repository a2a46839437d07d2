package timex

import (
	"maps"
	"slices"
)

// class is the part a lexicon word plays in temporal expressions.
type class uint8

const (
	cNone    class = iota
	cMonth         // val 1..12
	cWeekday       // val 0..6, Sunday first as in time.Weekday
	cUnit          // val a unit; plural set for "days"
	cNumber        // val the number ("two", "dozen")
	cOrdinal       // val the rank ("third")
	cSeason        // val a season index into seasonCodes
	cPart          // val a part of the day index into partCodes
	cSet           // val a unit: "daily", "weekly"
	cSuffix        // "th", "st", "nd", "rd", "s" after a number
	cFuture        // a cue that the sentence speaks of the future
	cWord          // any other word the patterns compare by name
)

// Units of time.
const (
	uNone = iota
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// lex is one lexicon entry.
type lex struct {
	word   string // canonical lower-case word
	cls    class
	val    int
	plural bool
	abbr   bool // an abbreviation such as "Aug" or "Sept"
	// starts says which patterns may match from a token of this word (see
	// startMask), and plainNext whether they may when a word outside the
	// lexicon follows it.
	starts    uint16
	plainNext uint8
}

// plainNext values.
const (
	plainNextAny  = iota // a word outside the lexicon may follow
	plainNextNone        // no pattern from this word matches before such a word
	plainNextThe         // "the": only before the few that afterThe names
)

var seasonCodes = [...]string{"SP", "SU", "FA", "WI"}

// seasonStart is the first month of each season (northern hemisphere).
var seasonStart = [...]int{3, 6, 9, 12}

var partCodes = [...]string{"MO", "AF", "EV", "NI"}

// lexicon holds the lexicon entries in the order of their words, after the
// empty entry of every word outside the lexicon (noLex). Tokens name an entry
// by its index.
var lexicon = lexiconEntries()

// noLex is the index of the entry of words outside the lexicon.
const noLex = 0

func lexiconEntries() []lex {
	m := buildLexicon()
	out := make([]lex, 1, len(m)+1)
	for _, w := range slices.Sorted(maps.Keys(m)) {
		out = append(out, *m[w])
	}
	return out
}

func buildLexicon() map[string]*lex {
	m := make(map[string]*lex, 400)
	add := func(w string, cls class, val int) { m[w] = &lex{word: w, cls: cls, val: val} }
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range months {
		add(w, cMonth, i+1)
	}
	for w, v := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		m[w] = &lex{word: w, cls: cMonth, val: v, abbr: true}
	}
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		add(w, cWeekday, i)
	}
	for w, u := range map[string]int{"minute": uMinute, "hour": uHour, "day": uDay, "week": uWeek,
		"weekend": uWeekend, "fortnight": uFortnight, "month": uMonth, "quarter": uQuarter,
		"year": uYear, "decade": uDecade, "century": uCentury} {
		add(w, cUnit, u)
		m[w+"s"] = &lex{word: w + "s", cls: cUnit, val: u, plural: true}
	}
	m["centuries"] = &lex{word: "centuries", cls: cUnit, val: uCentury, plural: true}
	delete(m, "centurys")
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen", "twenty"} {
		add(w, cNumber, i)
	}
	for w, v := range map[string]int{"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12} {
		add(w, cNumber, v)
	}
	for i, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"} {
		add(w, cOrdinal, i+1)
	}
	add("twenty-first", cOrdinal, 21)
	for w, v := range map[string]int{"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3} {
		add(w, cSeason, v)
	}
	for w, v := range map[string]int{"morning": 0, "afternoon": 1, "evening": 2, "night": 3} {
		add(w, cPart, v)
	}
	for w, u := range map[string]int{"daily": uDay, "weekly": uWeek, "monthly": uMonth,
		"annually": uYear, "yearly": uYear, "quarterly": uQuarter, "hourly": uHour, "nightly": uDay} {
		add(w, cSet, u)
	}
	for _, w := range []string{"th", "st", "nd", "rd", "s"} {
		add(w, cSuffix, 0)
	}
	for _, w := range []string{"will", "ll", "shall", "would", "scheduled", "upcoming", "plans",
		"planned", "planning", "plan", "intends", "expects", "expected", "due", "soon", "tomorrow",
		"next", "forthcoming"} {
		add(w, cFuture, 0)
	}
	for _, w := range []string{
		"the", "a", "an", "of", "in", "on", "at", "by", "for", "since", "until", "till", "from",
		"to", "through", "before", "after", "during", "between", "and", "or", "over", "within",
		"throughout", "about", "nearly", "almost", "than",
		"last", "this", "that", "these", "past", "previous", "preceding", "following", "coming",
		"current", "present", "prior", "same", "latest", "recent", "recently", "currently",
		"now", "today", "yesterday", "tonight", "soon", "future", "previously", "formerly",
		"nowadays", "lately", "early", "earlier", "late", "later", "mid", "end", "beginning",
		"start", "middle", "half", "ago", "hence", "fiscal", "several", "few", "many", "some",
		"every", "each", "per", "year-earlier", "earliest", "am", "pm", "a.m", "p.m", "noon",
		"midnight", "christmas", "thanksgiving", "new", "eve", "time", "local", "gmt", "utc",
		"said", "says", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "old", "ended", "ending",
		"period", "ahead", "back", "so", "its", "their", "his", "her", "whole", "full", "entire", "within", "period",
		"ago", "more", "less", "least", "just", "nearly", "around", "roughly", "two-thirds",
		"centuries", "millennium", "o", "clock", "right", "then", "once", "often", "again",
	} {
		if _, ok := m[w]; !ok {
			add(w, cWord, 0)
		}
	}
	for _, e := range m {
		e.starts = startMask(e)
		switch e.word {
		case "the":
			e.plainNext = plainNextThe
		case "a", "an", "several", "few", "many", "some", "that", "new", "every", "each", "per",
			"last", "this", "next":
			// numUnit, shifted, set and holiday read a lexicon word, a number
			// or punctuation next: "a few days", "that year", "New Year's",
			// "each year", "last year", "this morning", "next week"
			e.plainNext = plainNextNone
		}
	}
	return m
}

// The patterns of parser.at and parser.core, as bits of a start mask.
const (
	pModified uint16 = 1 << iota
	pCalendar
	pRelWord
	pShifted
	pNumUnit
	pQuarter
	pSeason
	pSet
	pClock
	pHoliday
	pTheUnit
	pCentury
	pBareUnits
	pYearEnd
	pDecadeWord
)

// Start masks of tokens outside the lexicon.
const (
	numStarts  = pCalendar | pNumUnit | pQuarter | pClock | pCentury // a number
	aposStarts = pCalendar | pQuarter                                // an apostrophe before a number ("'98", "'90s")
	qStarts    = pQuarter                                            // "Q" ("Q3 2018")
)

// startMask returns the patterns that can match from a token of the lexicon
// word e: what each pattern reads first, written out. A pattern left out of the
// mask would fail at that token; one put in it may.
func startMask(e *lex) uint16 {
	var s uint16
	w := e.word
	in := func(words ...string) bool {
		for _, x := range words {
			if w == x {
				return true
			}
		}
		return false
	}
	if in("early", "late", "mid", "earlier", "later", "the", "first", "second") {
		s |= pModified
	}
	if e.cls == cWeekday || e.cls == cMonth || e.cls == cNumber {
		s |= pCalendar
	}
	if in("today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays", "current",
		"recently", "lately", "recent", "the", "this", "last") {
		s |= pRelWord
	}
	if in("the", "last", "this", "next", "past", "previous", "preceding", "following", "coming",
		"current", "recent", "that", "same", "latest", "first", "prior") {
		s |= pShifted
	}
	if e.cls == cNumber || in("a", "an", "several", "few", "many", "some") {
		s |= pNumUnit
	}
	if e.cls == cOrdinal || e.cls == cNumber || in("the", "this", "last", "next", "year", "fiscal") {
		s |= pQuarter
	}
	if e.cls == cSeason || w == "the" {
		s |= pSeason
	}
	if e.cls == cSet || in("every", "each", "per") {
		s |= pSet
	}
	if in("noon", "midnight") {
		s |= pClock
	}
	if in("christmas", "new", "thanksgiving") {
		s |= pHoliday
	}
	if w == "the" {
		s |= pTheUnit | pDecadeWord
	}
	if e.cls == cOrdinal || w == "the" {
		s |= pCentury
	}
	if e.cls == cUnit {
		s |= pBareUnits
	}
	if w == "year" {
		s |= pYearEnd
	}
	return s
}
