package timex

import (
	"time"

	"vigil"
)

// datelineBytes bounds where a dateline may start: the first lines of the text.
const datelineBytes = 400

// inferYears bounds how far back from the latest explicit year a weekday date
// may be placed; every day and month falls on every weekday within 11 years.
const inferYears = 12

// aheadYears is how far after the last year a text names its report is sought:
// a few years, as news recalls the recent past.
const aheadYears = 6

// Reference picks the article's reference date: published if non-zero, else a
// dateline near the top, else a weekday date ("On Friday, November 2") placed in
// the most recent year, no later than the latest year the text mentions, in which
// that day is that weekday. Nothing is invented: with no such clue the Date is
// zero.
func (t *Tagger) Reference(text string, published vigil.Date) Reference {
	if !published.IsZero() {
		return Reference{Date: published, Source: SourcePublished}
	}
	w := t.begin(text)
	defer t.end(w)
	ref, _ := reference(w, published)
	return ref
}

// reference is Reference on the scanned text of w.
//
// It also returns the parser (w's) it ran without a reference, whose
// expressions are the text's when it finds none (nil when published was given).
func reference(w *work, published vigil.Date) (Reference, *parser) {
	if !published.IsZero() {
		return Reference{Date: published, Source: SourcePublished}, nil
	}
	p := w.parse(vigil.Date{})
	toks := p.toks
	latest, latestMonth := 0, 0 // the latest year the text names, and its latest month named with it
	pastYear, pastMonth := 0, 0 // the same, of the expressions not in a sentence about the future
	for _, m := range p.found {
		for _, y := range []int{m.y, m.at.y} {
			if y != 0 && y > latest && y <= 2200 {
				latest, latestMonth = y, 0
			}
			if y != 0 && y > pastYear && y <= 2200 && !p.future(m.i) {
				pastYear, pastMonth = y, 0
			}
		}
		if m.y != 0 && m.y == latest && m.m > latestMonth {
			latestMonth = m.m
		}
		if m.y != 0 && m.y == pastYear && m.m > pastMonth && !p.future(m.i) {
			pastMonth = m.m
		}
	}
	span := func(m match) vigil.Span {
		return vigil.Span{Start: toks[m.i].start, End: toks[m.j-1].end}
	}
	// A dateline: a day and month among the first lines, before much prose.
	for _, m := range p.found {
		start := toks[m.i].start
		if start > datelineBytes {
			break
		}
		if m.d == 0 || m.m == 0 || !(p.datelinePosition(m.i) || m.y != 0 && p.stampAfterSentence(m.i)) {
			continue
		}
		if m.y != 0 {
			return Reference{Date: dayDate(m.y, m.m, m.d), Source: SourceDateline, Span: span(m)}, p
		}
		if m.wd >= 0 {
			if y := weekdayYear(m.wd, m.m, m.d, latest); y != 0 {
				return Reference{Date: dayDate(y, m.m, m.d), Source: SourceDateline, Span: span(m)}, p
			}
			continue
		}
		// A dateline without a year takes the latest year the text mentions,
		// or the next one when the text tells of a later month of that year
		// ("Feb 9 - ... was arrested in May 2022": February 2023)
		y := latest
		if latestMonth > m.m {
			y++
		}
		if latest != 0 && m.d <= daysIn(y, m.m) {
			return Reference{Date: dayDate(y, m.m, m.d), Source: SourceDateline, Span: span(m)}, p
		}
	}
	// A weekday with a day and month anywhere in the text.
	for _, m := range p.found {
		if m.wd < 0 || m.d == 0 || m.m == 0 {
			continue
		}
		y := m.y
		if y == 0 {
			y = weekdayYear(m.wd, m.m, m.d, latest)
		} else if !sameWeekday(y, m.m, m.d, m.wd) {
			continue
		}
		if y == 0 {
			continue
		}
		// "On Saturday, 24 July ..." in a report that says it was written
		// "in August 2022": the weekday dates a deed told in the past; the
		// latest month the report names in the past is when it was written
		// (a month with its year: a bare year may be of a tally's span)
		if pastMonth != 0 && (pastYear > y || pastYear == y && pastMonth > m.m) {
			d := vigil.Date{Year: pastYear, Month: pastMonth, Precision: vigil.PrecisionMonth}
			return Reference{Date: d, Source: SourceInferred, Span: span(m)}, p
		}
		return Reference{Date: dayDate(y, m.m, m.d), Source: SourceInferred, Span: span(m)}, p
	}
	return Reference{}, p
}

// stampAfterSentence reports whether the full date at token i opens a sentence
// of its own among the first lines, after a stamp word or a place and a comma:
// "Compiled by the desk. Last updated 3 June 2024.", "Translated by the staff.
// Bishkek, 7 July 2021."
func (p *parser) stampAfterSentence(i int) bool {
	cue, comma := false, false
	for k := i - 1; k >= 0 && k > i-6; k-- {
		t := &p.toks[k]
		if t.kind == tPunct && t.ch == '.' {
			return cue || comma && k < i-2
		}
		switch w := p.lower(k); {
		case w == "updated" || w == "published" || w == "posted" || w == "dated":
			cue = true
		case w == "last" && cue:
		case t.kind == tWord && t.cap && t.lx().word == "" && comma: // a place's name
		case t.kind == tPunct && t.ch == ',' && k == i-1:
			comma = true
		default:
			return false
		}
		if t.newline {
			return cue || comma && k < i-1
		}
	}
	return false
}

// datelinePosition reports whether the expression at token i sits where a
// dateline does: at the start of a line, or after a capitalised place name and a
// comma or dash at the start of a line ("LONDON, March 26 (Reuters) -").
func (p *parser) datelinePosition(i int) bool {
	if p.toks[i].newline {
		return true
	}
	// "Last updated: 4 April 2025", "Published: 12 May 2024": the page's
	// own stamp at the start of a line
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if w := p.lower(k); w == "updated" || w == "published" || w == "posted" {
			for j := k; j >= 0 && j >= k-2; j-- {
				if p.toks[j].newline {
					return true
				}
			}
		}
	}
	for k := i - 1; k >= 0 && k > i-12; k-- {
		t := &p.toks[k]
		switch {
		case t.kind == tWord && (!t.cap || t.lx().word != "" && !p.allCaps(k)):
			return false // prose, or "On Friday" (but "NEW YORK, Oct 2 -")
		case t.kind == tPunct && t.ch != ',' && t.ch != '-' && t.ch != '/' && t.ch != '(' && t.ch != ')':
			return false
		case t.kind == tNum:
			return false
		}
		if t.newline {
			return true
		}
	}
	return false
}

// weekdayYear returns the first year from latest on (within aheadYears) in
// which month m, day d falls on weekday wd: a report is written no earlier than
// the last year it speaks of ("the 2018 protests", "in September 2021").
// Failing that, the most recent year before latest; or 0.
func weekdayYear(wd, m, d, latest int) int {
	if latest == 0 {
		return 0
	}
	for y := latest; y < latest+aheadYears; y++ {
		if d <= daysIn(y, m) && sameWeekday(y, m, d, wd) {
			return y
		}
	}
	for y := latest - 1; y > latest-inferYears; y-- {
		if d <= daysIn(y, m) && sameWeekday(y, m, d, wd) {
			return y
		}
	}
	return 0
}

func sameWeekday(y, m, d, wd int) bool {
	return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()) == wd
}

func dayDate(y, m, d int) vigil.Date {
	return vigil.Date{Year: y, Month: m, Day: d, Precision: vigil.PrecisionDay}
}
