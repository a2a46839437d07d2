package event

import (
	"slices"
	"strings"
	"unicode/utf8"

	"vigil"
	"vigil/token"
)

// codeSentence appends the event mentions of sentence si to cands.
func (c *Coder) codeSentence(d *doc, si int, cands []*candidate) []*candidate {
	s := d.sents[si]
	first := len(cands)
	// a sentence's dates carry over to the next ones of its paragraph ("found on
	// a bench on March 4. ... they were poisoned"), and to the next paragraph only
	// when it told an event: "he left Iran in 2005" does not date the arrest told
	// after it
	defer func() { d.noteDates(si, cands[first:]) }()
	if s.Fragment && !d.listItem(s) {
		d.offSection = offSectionHeadings[d.headingText(s)]
	}
	if d.offSection {
		return cands
	}
	if y, ok := d.headingYear(si); ok {
		d.yearHeading = y
	}
	if s.to <= s.from || d.isQuestion(s) || d.isImperative(s) || d.isSummary(s) {
		return cands
	}
	matches := d.filterMatches(c.lex.match(d, s.from, s.to), s)
	d.triggers, d.triggerTypes = d.triggers[:0], d.triggerTypes[:0]
	if len(matches) > 0 {
		var buf [4]phrase
		quoted := d.quotations(s, buf[:0])
		kept := matches[:0]
		for _, m := range matches {
			// words inside quotation marks are someone's rhetoric ("an attack on
			// democracy"), not the report telling an event
			if !slices.ContainsFunc(quoted, func(q phrase) bool { return q.from <= m.First && m.First < q.to }) {
				kept = append(kept, m)
			}
		}
		matches = kept
	}
	clear(d.killTrig)
	d.attacks = d.attacks[:0]
	for _, m := range matches {
		d.triggers, d.triggerTypes = append(d.triggers, m.First), append(d.triggerTypes, m.T.Type)
		if isAttack(m.T.Type) {
			d.attacks = append(d.attacks, m.First)
		}
		if m.T.Flags.kill {
			d.killTrig[m.First] = true
		}
	}
	slices.Sort(d.attacks) // (in the text's order, for the lists deedList reads)
	for _, m := range matches {
		for _, c := range d.candidates(si, m) {
			cands = append(cands, c)
			if c.heldToPress {
				i := c.clone("relatives held to press an exile: intimidation as well")
				i.typ = vigil.Intimidation
				cands = append(cands, i)
			}
		}
	}
	cands = append(cands, d.ellipsis(si, cands[first:])...)
	if len(matches) > 0 {
		d.lastTriggerSent = si + 1 // (read by the next sentence's candidates)
	}
	return cands
}

// offSectionHeadings head lists of other stories or of what is still to
// come: their items tell no event of the report.
var offSectionHeadings = set("related", "related news", "related stories", "related articles", "related content",
	"related coverage", "more news", "more stories", "more on this story", "read more", "read also", "also read",
	"see also", "you may also like", "most read", "most popular", "coming up", "upcoming", "the week ahead",
	"week ahead", "in the diary", "diary", "what to watch", "looking ahead", "coming next", "next week")

// headingText is a short heading's words in lower case, without the
// punctuation around them ("COMING UP" -> "coming up"), or "".
func (d *doc) headingText(s sentInfo) string {
	if s.to-s.from > 6 {
		return ""
	}
	var b strings.Builder
	for k := s.from; k < s.to; k++ {
		if d.toks[k].Kind == token.Punct {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].Norm)
	}
	return b.String()
}

// namesOtherDeed: the date at token i is the one of a noun it follows ("the
// military coup of 25 October 2021"), which the next sentences' deeds do
// not share; "the night of 23 October" still dates the story.
func (d *doc) namesOtherDeed(i int) bool {
	if i < 2 || d.toks[i-1].Norm != "of" || d.toks[i-2].Kind != token.Word || d.isWord(i-2, cDeterminer|cPreposition) {
		return false
	}
	return !timeOfNouns[d.toks[i-2].Norm]
}

// timeOfNouns are the parts of a day or a period a date after "of" fixes:
// "the night of 23 October", "the end of May".
var timeOfNouns = set("night", "morning", "evening", "afternoon", "weekend", "week", "day", "days", "end", "beginning", "start",
	"middle", "spring", "summer", "autumn", "fall", "winter", "month", "year", "hours", "eve", "dawn", "course", "months", "weeks", "part", "half", "first", "last", "date")

func (d *doc) isQuestion(s sentInfo) bool {
	// strings.TrimRight(t, "\"”’' )") byte by byte: with curly marks in its
	// cutset, TrimRight decodes every rune and searches the cutset for it
	t := d.text[s.Start:s.End]
	for t != "" {
		switch c := t[len(t)-1]; {
		case c == '"' || c == '\'' || c == ' ' || c == ')':
			t = t[:len(t)-1]
			continue
		case c >= utf8.RuneSelf:
			if r, size := utf8.DecodeLastRuneInString(t); r == '”' || r == '’' {
				t = t[:len(t)-size]
				continue
			}
		}
		break
	}
	return strings.HasSuffix(t, "?")
}

// isImperative: a demand in a list or a slogan, "2) Expel all diplomats."
func (d *doc) isImperative(s sentInfo) bool {
	// ("To the governments of Turkey and Russia: cease forcible returns
	// ...; investigate the disappearance of ...": demands to an addressee)
	if d.toks[s.from].Norm == "to" {
		for i := s.from + 1; i+1 < s.to && i < s.from+16; i++ {
			if d.toks[i].Norm == ":" {
				if d.isWord(i+1, cImperative) {
					return true
				}
				break
			}
		}
	}
	// ("calls on the government to: / - ban the export of spyware": a
	// bulleted demand in lower case)
	bullet := false
	for i := s.from; i < s.to; i++ {
		t := d.toks[i]
		if t.Kind == token.Number || t.Kind == token.Punct || len(t.Norm) == 1 {
			bullet = bullet || i == s.from && (t.Norm == "-" || t.Norm == "•" || t.Norm == "*" || t.Norm == "–")
			continue
		}
		// ("Second, impose sanctions on the judges": a numbered demand)
		if i+1 < s.to && d.toks[i+1].Norm == "," && listOrdinals[t.Norm] {
			bullet = true
			continue
		}
		// ("Let us remind that on 18 June ...": a translated "recall that")
		if t.Norm == "let" && i+2 < s.to && d.toks[i+1].Norm == "us" && recallWords[d.toks[i+2].Norm] {
			return false
		}
		// (not a noun: "- arrest of three men in Vienna")
		if bullet && !t.IsCap() && i+1 < s.to && (d.toks[i+1].Norm == "of" || d.toks[i+1].Norm == "by") {
			return false
		}
		return (t.IsCap() || bullet) && d.isWord(i, cImperative) && (i+1 >= s.to || !d.isWord(i+1, cAuxiliary))
	}
	return false
}

// listOrdinals open the items of a list written out: "First, ...",
// "Finally, ...".
var listOrdinals = set("first", "second", "third", "fourth", "fifth", "sixth", "finally", "lastly", "firstly", "secondly", "thirdly")

// recallWords after "Let us" bring back what happened.
var recallWords = set("remind", "recall", "note", "remember", "recap", "repeat")

// isSummary: "Counting smaller moves, more than 100 were expelled", "In total, ...".
func (d *doc) isSummary(s sentInfo) bool {
	first := d.toks[s.from].Norm
	if first == "counting" || first == "altogether" || first == "overall" {
		return true
	}
	for i := s.from; i+1 < s.to && s.has&cTotal != 0; i++ {
		if !d.is(i+1, cTotal) {
			continue // neither "in total", "in all" nor "a total"
		}
		a, b := d.toks[i].Norm, d.toks[i+1].Norm
		if (a == "in" && (b == "total" || b == "all") && i+2 < s.to && d.toks[i+2].Norm == ",") || (a == "a" && b == "total") {
			return true
		}
	}
	return false
}

// noteDates remembers the last explicit calendar date of a sentence's paragraph
// for the sentences after it ("In June, ... The couple were arrested"). The
// date of a cause mentioned in passing does not carry ("sentenced on Wednesday
// for the murder of an exile two years ago. Within hours Germany expelled ...").
func (d *doc) noteDates(si int, told []*candidate) {
	causeDate := func(dt vigil.Date) bool {
		cause := false
		for _, c := range told {
			if c.date == dt {
				if !c.cause {
					return false
				}
				cause = true
			}
		}
		return cause
	}
	for _, c := range told {
		if c.place != nil && !c.cause && (c.place.Feature == vigil.FeatureCity || c.place.Feature == vigil.FeatureLocal) {
			d.lastTown, d.lastTownPara = c.place, d.sents[c.sent].Para
		}
		// (what "the attack", "the shooting" or "the killing" count from: a
		// threat posted before it is no such deed)
		if c.date.Precision == vigil.PrecisionDay && !c.cause && !c.support && physicalAttack[c.typ] {
			d.lastAttackDay, d.lastAttackOnlyMonth = c.date, vigil.Date{}
		}
		// (a deed a charge or trial names, with its own month, counts too:
		// "the trial of two men accused of stabbing X in March 2021")
		if c.date.Precision == vigil.PrecisionMonth && physicalAttack[c.typ] && (!c.cause || toldDate(c)) && !c.support {
			d.lastAttackOnlyMonth = c.date
		}
		if c.typ == vigil.Conviction && !c.cause && !c.support && c.date.Precision == vigil.PrecisionDay {
			d.lastVerdictDay = c.date
		}
		if c.typ == vigil.Arrest && !c.cause && !c.support && c.date.Precision == vigil.PrecisionDay {
			d.lastArrestDay, d.lastArrestSent = c.date, c.sent
		}
		if physicalAttack[c.typ] && !c.cause && !c.support {
			d.lastAttackSent = c.sent + 1
		}
		if isAttack(c.typ) && !c.cause && !c.support && c.date.Precision >= vigil.PrecisionMonth {
			d.lastAttackMonth, d.lastAttackMonthSent = c.date.Truncate(vigil.PrecisionMonth), c.sent
		}
		if !c.date.IsZero() && atHome[c.typ] && !c.cause && !c.support && !strings.HasPrefix(c.dateWhy, "month of the report") {
			d.lastMeasureDate, d.lastMeasurePara = c.date, c.para
		}
	}
	s := d.sents[si]
	for i := s.from; i < s.to; i++ {
		if m := d.timeAt[i]; m >= 0 && (i == s.from || d.timeAt[i-1] != m) {
			t := d.in.Times[m]
			// ("had been living in France since 2011": a bound, not a day of
			// the story)
			if t.Date.IsZero() || d.isDeadline(i) || d.isFuture(d.storyDate(m)) || d.isDateline(t.Span) || causeDate(t.Date) || d.inRelativeClause(i, s.from) ||
				i > 0 && d.toks[i-1].Norm == "since" || d.inTitle(i, t.Date) || d.namesOtherDeed(i) || d.possessiveTime(t) {
				continue
			}
			dt := d.storyDate(m)
			d.paraDate[s.Para] = dt
			if len(told) > 0 {
				d.paraEventDate[s.Para] = dt
			}
		}
	}
}

// headingYear: sentence si is a heading, a short line of its own below the
// title, and y is the year of the month or year it names ("2017" above a
// timeline's "- 13 February: ..." entries, "Berlin, August 2019 — Zelimkhan
// Khangoshvili"), or 0 when it names none (a heading that ends the section of
// the one before).
func (d *doc) headingYear(si int) (y int, ok bool) {
	s := d.sents[si]
	if si == 0 || !s.Fragment || s.to-s.from > 12 || d.sents[si-1].Para == s.Para || si+1 < len(d.sents) && d.sents[si+1].Para == s.Para {
		return 0, false
	}
	for k := s.from; k < s.to; k++ {
		if tm := d.timeAt[k]; tm >= 0 {
			t := d.in.Times[tm]
			if (t.Date.Precision == vigil.PrecisionMonth || t.Date.Precision == vigil.PrecisionYear) && d.writesYear(t) {
				return t.Date.Year, true
			}
			// ("2019" / "March" / "Police detain ...": a month heading
			// inside the year's section keeps the year)
			if t.Date.Precision == vigil.PrecisionMonth && s.to-s.from <= 2 {
				return 0, false
			}
		}
	}
	return 0, true
}

// underYearHeading is the date of time mention t, which writes no year of its
// own, in the year of the timeline heading above it.
func (d *doc) underYearHeading(t TimeMention) (vigil.Date, bool) {
	if d.yearHeading == 0 || t.Date.Year == d.yearHeading || t.Date.Precision != vigil.PrecisionDay && t.Date.Precision != vigil.PrecisionMonth || d.writesYear(t) || d.countsFromToday(t) {
		return vigil.Date{}, false
	}
	dt := t.Date
	dt.Year = d.yearHeading
	return dt, true
}

// countsFromToday: time mention t counts from the day of writing ("in May
// last year", "two weeks ago"), whatever section of a story it stands in.
func (d *doc) countsFromToday(t TimeMention) bool {
	s := strings.ToLower(d.text[t.Start:t.End])
	return strings.Contains(s, "last year") || strings.Contains(s, "this year") || strings.Contains(s, "next year") || strings.HasSuffix(s, " ago")
}

// inRelativeClause: token i stands in a relative clause ("the channel,
// which helped organise protests last year"), whose date is background.
func (d *doc) inRelativeClause(i, from int) bool {
	for k := i - 1; k >= from; k-- {
		switch d.toks[k].Norm {
		case ",", ";", "-", "(", ")":
			return false
		case "which", "who", "whom", "whose":
			return true
		}
	}
	return false
}

// possessiveTime: a year owns the noun after it ("last year's mass
// protests", "2019's election"): it dates that noun, not the story. (A day
// that does, "Monday's arrest", is most often the story's own.)
func (d *doc) possessiveTime(t TimeMention) bool {
	if t.Date.Precision > vigil.PrecisionYear {
		return false
	}
	k := d.tokenAt(t.End)
	return k < len(d.toks) && d.toks[k].Start == t.End && (d.toks[k].Norm == "'s" || d.toks[k].Norm == "’s")
}

// isDeadline: "until April 4", "by Friday" name a deadline, not when a thing happened.
func (d *doc) isDeadline(i int) bool {
	if i == 0 {
		return false
	}
	p := d.toks[i-1].Norm
	// ("By Thursday afternoon about 200 people had gathered outside the
	// embassy": what had happened by then is told of that day)
	if p == "by" && i-1 == d.sentOf(i).from && d.pluperfectAfter(i) {
		return false
	}
	return p == "until" || p == "till" || p == "by" || p == "before"
}

// pluperfectAfter: the sentence of token i tells, after it, a deed in the
// past perfect ("had gathered", "had been detained").
func (d *doc) pluperfectAfter(i int) bool {
	s := d.sentOf(i)
	for k := i + 1; k+1 < s.to; k++ {
		if d.toks[k].Norm == "had" && (strings.HasSuffix(d.toks[k+1].Norm, "ed") || d.toks[k+1].Norm == "been" || d.isWord(k+1, cIrregularPast)) {
			return true
		}
	}
	return false
}

// isFuture reports whether a date lies after the article's reference date.
func (d *doc) isFuture(dt vigil.Date) bool {
	ref := d.in.Reference
	// a reference inferred from the text is the latest date it could be sure
	// of, not the day it was written: later dates in it are no future
	if ref.IsZero() || d.in.ReferenceSource != "published" && d.in.ReferenceSource != "dateline" {
		return false
	}
	// ("06/05/2016: An IED went off ... On 06/07/2016, police arrested two
	// suspects": a record's date field dates its incident, not its writing)
	if d.refRecordDate {
		return false
	}
	return dateAfter(dt.Truncate(ref.Precision), ref) && !sameOrPrefix(dt, ref)
}

// dateAfter is a.Time().After(b.Time()), comparing the fields where they name a
// real day (time.Date normalises the others: "June 31" is July 1), without
// building the times.
func dateAfter(a, b vigil.Date) bool {
	ay, am, ad, ok := dayOf(a)
	by, bm, bd, ok2 := dayOf(b)
	if !ok || !ok2 {
		return a.Time().After(b.Time())
	}
	if ay != by {
		return ay > by
	}
	if am != bm {
		return am > bm
	}
	return ad > bd
}

// dayOf is the year, month and day Date.Time takes (a missing month or day
// is the first), and whether they name a real day.
func dayOf(d vigil.Date) (y, m, day int, ok bool) {
	y, m, day = d.Year, d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	if m < 1 || m > 12 || day < 1 || day > 28 && day > daysIn(m, y) {
		return y, m, day, false
	}
	return y, m, day, true
}

func daysIn(m, y int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

func sameOrPrefix(a, b vigil.Date) bool {
	if plainDate(a) && plainDate(b) {
		// the fields up to the coarser precision agree: what comparing the
		// fixed-width strings tells, without formatting them
		p := min(a.Precision, b.Precision)
		return a.Year == b.Year && (p < vigil.PrecisionMonth || a.Month == b.Month) && (p < vigil.PrecisionDay || a.Day == b.Day)
	}
	x, y := a.String(), b.String()
	return strings.HasPrefix(x, y) || strings.HasPrefix(y, x)
}

// plainDate: the date's String is "YYYY", "YYYY-MM" or "YYYY-MM-DD", with
// every field of its precision at its full width.
func plainDate(d vigil.Date) bool {
	return d.Precision >= vigil.PrecisionYear && d.Precision <= vigil.PrecisionDay && 0 <= d.Year && d.Year <= 9999 &&
		0 <= d.Month && d.Month <= 99 && 0 <= d.Day && d.Day <= 99
}

// filterMatches keeps the longest of overlapping triggers, drops capitalised month
// names and words inside names, and lets a bare killing give way to a more
// specific attack in the same clause.
func (d *doc) filterMatches(ms []triggerMatch, s sentInfo) []triggerMatch {
	// longest first, then earliest
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && d.better(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	var usedBuf [16]int
	used := usedBuf[:0] // the head tokens of the kept matches: few, so a list
	kept := ms[:0]      // (in place: a match is written only after it is read)
	for _, m := range ms {
		first := &d.toks[m.First]
		if first.IsCap() && (d.isWord(m.First, cMonth) || (m.First > s.from && d.actorAt[m.First] >= 0) || (m.First > s.from && d.placeAt[m.First] >= 0)) {
			continue
		}
		overlap := false
		for _, h := range m.HeadTokens {
			if slices.Contains(used, h) {
				overlap = true
				break
			}
		}
		// "accused Vietnam of kidnapping a former executive": the deed an
		// accusation names is an event of its own (told as its cause), as
		// after "charged ... with"
		if overlap && isAttack(m.T.Type) && m.First == m.Last && d.accusedDeed(m.First, kept) {
			overlap = false
		}
		if overlap {
			continue
		}
		used = append(used, m.HeadTokens...)
		kept = append(kept, m)
	}
	// a killing yields to a bombing or stabbing told in the same clause, and a
	// generic shooting or attack to the killing (out is good until the next
	// sentence's call, as match's matches)
	out := d.buf.filtered[:0]
	d.tolls = d.tolls[:0]
	for _, m := range kept {
		drop := false
		lure := d.isWord(m.First, cLure)
		for _, o := range kept {
			// "lured the dissident to the consulate, where he was killed": the
			// luring leads up to the deed told with it
			if lure && (o.T.Type == vigil.Assassination || o.T.Type == vigil.ArmedAttack) && o.First > m.Last {
				drop = true
			}
			if d.clause[o.First] != d.clause[m.First] || o.T == m.T {
				continue
			}
			// "gunmen shot and killed a councillor": an active "shot" tells no
			// event of its own, so the killing stays
			if o.T.Flags.passiveOnly && !d.isPassive(o.HeadTokens[0], s.from) {
				continue
			}
			// weapons listed in the plural ("armed with firearms and grenades")
			// describe, they do not tell a bombing
			// (nor does a bombing someone was sentenced "for" or accused "of",
			// another deed: "an electrician sentenced in absentia for the 1981
			// bombing of the party headquarters, was shot dead")
			// (but "for the 1981 bomb attack ..., which killed seventy people":
			// the toll the bombing's own clause tells is still its)
			bombing := o.T.Type == vigil.Bombing && !(o.T.Noun && d.isPluralAt(o.Last))
			otherDeed := o.T.Noun && d.namedAsCause(o.First) && o.Last < m.First && !d.anyWord(relativePronouns, o.Last+1, m.First)
			if m.T.Flags.kill && (bombing && !otherDeed || o.T.Type == vigil.ArmedAttack && !o.T.Flags.generic || d.isToll(m, o)) {
				drop = true
			}
			// ... unless the killing is of a number of people ("stormed the mall,
			// killing at least 67 people") or told after it ("attacked the
			// consulate, killing the ambassador"): that is the armed attack's toll
			// "was infected with spyware": the tool a hacking verb names just
			// after it is that hacking's means, not another attack
			if m.T.Type == vigil.Cyberattack && o.T.Type == vigil.Cyberattack && m.T.Noun && !o.T.Noun && o.Last < m.First && m.First-o.Last <= 4 {
				drop = true
			}
			if m.T.Type == vigil.ArmedAttack && m.T.Flags.generic && (o.T.Type == vigil.Assassination && !d.countFollows(o) && !d.countBefore(o) && !d.isToll(o, m) || bombing) {
				drop = true
			}
		}
		if !drop {
			out = append(out, m)
		} else if m.T.Flags.kill {
			d.tolls = append(d.tolls, m)
		}
	}
	// back to text order
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].First < out[j-1].First; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	d.buf.filtered = out[:0]
	return out
}

var lureWords = set("lured", "lure", "luring")

// namedAsCause: the noun at k is what a verdict or accusation is for or of
// ("sentenced for the 1981 bombing", "accused of the bombing").
func (d *doc) namedAsCause(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch d.toks[j].Norm {
		case "for", "of", "over":
			return true
		case "the", "a", "an":
		default:
			if d.timeAt[j] < 0 {
				return false
			}
		}
	}
	return false
}

// accusedDeed: token k is the last head of a kept accusation pattern ("accused
// ... of kidnapping"), the deed it names.
func (d *doc) accusedDeed(k int, kept []triggerMatch) bool {
	for _, o := range kept {
		if o.T.Type.IsResponse() && len(o.HeadTokens) > 1 && o.HeadTokens[len(o.HeadTokens)-1] == k && accusedVerbs[d.toks[o.First].Norm] {
			return true
		}
	}
	return false
}

// isToll: killing k is a participle after attack a, its toll: "attacked the
// consulate in Benghazi, killing the ambassador".
func (d *doc) isToll(k, a triggerMatch) bool {
	return k.T.Flags.kill && !k.T.Noun && d.toks[k.First].Norm == "killing" && k.First > 0 && d.toks[k.First-1].Norm == "," &&
		isAttack(a.T.Type) && !a.T.Flags.kill && a.Last < k.First
}

// better orders overlapping triggers: the longer first, then the specific one,
// and for a word that is both noun and verb ("murder", "attack") the reading its
// left neighbour calls for: a noun after a determiner, a verb otherwise.
// countFollows: a number or quantifier soon after a trigger ("killing at least
// 67 people", "killed dozens").
func (d *doc) countFollows(m triggerMatch) bool {
	for k := m.Last + 1; k < len(d.toks) && k <= m.Last+4; k++ {
		if d.toks[k].Kind == token.Number || d.isWord(k, cQuantifier) || d.isWord(k, cNumberWord) {
			return true
		}
	}
	return false
}

// armedSubject: the words just before token k name armed men ("Boko Haram
// fighters", "gunmen") as its subject.
func (d *doc) armedSubject(k int) bool {
	// ("Assailants armed with machetes and rifles raided the village")
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		// ("Armed youths raided cattle camps")
		if n := d.toks[j].Norm; armedNouns[n] || n == "armed" {
			return true
		}
		if a := d.actorAt[j]; a >= 0 && d.in.Actors[a].Actor.Kind == "armed_group" {
			return true // "ADF raided the village"
		}
		if d.toks[j].Kind == token.Punct {
			return false
		}
	}
	return false
}

// armedNouns are the men who raid as an attack.
var armedNouns = set("gunmen", "gunman", "militants", "fighters", "insurgents", "rebels", "jihadists", "assailants", "combatants",
	"attackers", "bandits", "militiamen", "militia", "soldiers", "troops")

// countBefore: a number counts the killed before the killing ("Six people
// were killed when fighters attacked").
func (d *doc) countBefore(m triggerMatch) bool {
	for k := m.First - 1; k >= 0 && k >= m.First-4; k-- {
		if d.isCountAt(k) || d.isWord(k, cNumberWord) {
			return true
		}
		if d.toks[k].Kind == token.Punct {
			return false
		}
	}
	return false
}

func (d *doc) better(a, b triggerMatch) bool {
	la, lb := a.Last-a.First, b.Last-b.First
	if la != lb {
		return la > lb
	}
	// "fighters raided the village": armed men raid as an attack, police
	// raid a relative's home as intimidation
	if a.First == b.First && (a.T.Type == vigil.ArmedAttack) != (b.T.Type == vigil.ArmedAttack) && (a.T.Flags.relative || b.T.Flags.relative) {
		return (a.T.Type == vigil.ArmedAttack) == d.armedSubject(a.First)
	}
	if a.T.Flags.generic != b.T.Flags.generic {
		return !a.T.Flags.generic
	}
	if a.First == b.First && a.T.Noun != b.T.Noun {
		nominal := a.First > 0 && (d.isWord(a.First-1, cDeterminer) || d.toks[a.First-1].Norm == "'s" || d.isAdjective(a.First-1))
		// "the February 2017 killing of Kim Jong-nam": a date as the noun's
		// modifier; "the kidnapping and murder of Ronald Ojeda": a noun after
		// "and" with the complement of both
		if a.First > 0 && (d.timeAt[a.First-1] >= 0 || d.toks[a.First-1].Norm == "and") && a.Last+1 < len(d.toks) && d.toks[a.Last+1].Norm == "of" {
			nominal = true
		}
		// "police arrest two teenagers": an object after it makes it a verb
		if next := a.Last + 1; nominal && a.First > 0 && !d.isWord(a.First-1, cDeterminer) && next < len(d.toks) &&
			(d.isCountAt(next) || d.isWord(next, cPronoun)) {
			nominal = false
		}
		// "Belgian police arrest a second man": an authority before it and
		// an article after it make it the authority's verb
		if next := a.Last + 1; nominal && d.isWord(a.First-1, cAuthority) && next < len(d.toks) && (d.toks[next].Norm == "a" || d.toks[next].Norm == "an" || d.toks[next].Norm == "the" || d.capital(next) && d.placeAt[next] < 0) {
			nominal = false
		}
		return a.T.Noun == nominal
	}
	return a.First < b.First
}

// quotations appends to out the stretches of a sentence's tokens that stand
// inside double quotation marks. A sentence that is a quotation as a whole has
// none: it is how some outlets write their lead.
func (d *doc) quotations(s sentInfo, out []phrase) []phrase {
	// (the sentence's tokens lie in its text: without a '"' or the first
	// byte of '“' there, no token is a quotation mark)
	if t := d.text[s.Start:s.End]; strings.IndexByte(t, '"') < 0 && strings.IndexByte(t, "“"[0]) < 0 {
		return out
	}
	open := -1
	for k := s.from; k < s.to; k++ {
		n := d.toks[k].Text
		if n == "" || n[0] != '"' && n[0] != "“"[0] {
			continue // no quotation mark ("“" and "”" share their first byte)
		}
		switch {
		case n == "“" || n == "\"" && open < 0:
			open = k
		case (n == "”" || n == "\"") && open >= 0:
			if !(open == s.from && k >= s.to-2) && k > open+1 && !d.isQuotedField(open, k) {
				out = append(out, phrase{open + 1, k})
			}
			open = -1
		}
	}
	return out
}

// isQuotedField tells whether the quotation marks at tokens open and close
// enclose a field of a delimited row (`Burundi,"Gunmen attacked ...",87`): the
// opening mark follows a separator or starts the line with no space between,
// and the closing one is followed by a separator or ends the line. Such a
// field is the record's own text, not someone's words.
func (d *doc) isQuotedField(open, close int) bool {
	from, to := d.toks[open].Start, d.toks[close].End
	before := from == 0 || strings.IndexByte(",;\t|\n", d.text[from-1]) >= 0
	after := to >= len(d.text) || strings.IndexByte(",;\t|\r\n", d.text[to]) >= 0
	// (a JSON value: `"notes": "Gunmen attacked ..."`, after its quoted key)
	if !before && strings.HasSuffix(strings.TrimRight(d.text[d.lineStart(from):from], " "), "\":") {
		rest := strings.TrimLeft(d.text[to:min(len(d.text), to+4)], " ")
		before, after = true, rest == "" || rest[0] == ',' || rest[0] == '}' || rest[0] == '\n' || rest[0] == '\r'
	}
	return before && after
}

// inTitle: the year at token i closes the name of a law or treaty ("the
// Vienna Convention on Diplomatic Relations of 1961", "the Act of 2019"),
// which dates no event of the story.
func (d *doc) inTitle(i int, dt vigil.Date) bool {
	return dt.Precision == vigil.PrecisionYear && i >= 2 && d.toks[i-1].Norm == "of" && d.toks[i-2].IsCap() && d.toks[i-2].Kind == token.Word
}
