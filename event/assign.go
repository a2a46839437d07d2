package event

import (
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"vigil"
	"vigil/token"
)

var (
	vehicleNouns    = set("car", "truck", "van", "vehicle", "device", "package", "parcel", "operation", "campaign", "plot", "attack", "attempt")
	nounComplements = set("of", "on", "against", "targeting", "at", "upon", "into")
	// bombPlacements: where a bomb was put names what it was meant to hit
	bombPlacements = set("under", "underneath", "beneath", "inside")
	verbParticles  = set("on", "against", "out", "over")
)

// thatYear: the month of time mention i is "that October" or "the same
// month", whose year is the one the text last gave before it, not the one
// before the article's date.
func (d *doc) thatYear(i int) (int, bool) {
	t := d.in.Times[i]
	if t.Date.Precision != vigil.PrecisionMonth && t.Date.Precision != vigil.PrecisionDay {
		return 0, false
	}
	k := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= t.Start })
	if k == 0 || k >= len(d.toks) || d.toks[k-1].Norm != "that" || d.text[t.Start:t.End] == "" {
		return 0, false
	}
	// (no year of its own: "that October", not "that 3 October 2019")
	if d.writesYear(t) {
		return 0, false
	}
	for j := i - 1; j >= 0; j-- {
		p := d.in.Times[j]
		if p.Date.Year == 0 || !strings.ContainsAny(d.text[p.Start:p.End], "0123456789") {
			continue
		}
		// (not a year a relative clause tells in passing: "Reza, who fled
		// in 2010, ... was picked up that July" is the story's July)
		if k := d.tokenAt(p.Start); d.inRelativeClause(k, d.sentOf(k).from) {
			continue
		}
		return p.Date.Year, p.Date.Year != t.Date.Year
	}
	return 0, false
}

// storyYear: the day or month of time mention i has no year of its own and
// follows, in its paragraph, a date of an earlier year that it comes soon
// after: "detained on 7 May 2023 ... handed him over on 16 May" is May 2023,
// not the May before the article. It returns that year.
func (d *doc) storyYear(i int) (int, bool) {
	t := d.in.Times[i]
	// (nor "July this year", "March last year": a year told from now)
	if t.Date.Precision != vigil.PrecisionMonth && t.Date.Precision != vigil.PrecisionDay || d.writesYear(t) || toldFromNow[d.toks[d.tokenAt(t.Start)].Norm] || d.saysYear(t) {
		return 0, false
	}
	// (nor "On Monday", "yesterday": a day counted from the report's, not
	// a calendar date whose year is left to the story)
	if !d.namesMonth(t) {
		return 0, false
	}
	para := d.sentOf(d.tokenAt(t.Start)).Para
	for j := i - 1; j >= 0; j-- {
		p := d.in.Times[j]
		// ("Butt travelled to Rotterdam in June 2021 ... \n\n Officers
		// arrested Butt on June 22": a day of the month the paragraph just
		// before ended on, when this one told no year before it)
		pp := d.sentOf(d.tokenAt(p.Start)).Para
		if pp != para && pp != para-1 {
			return 0, false
		}
		// ("In March last year ... In April": a year told relatively counts)
		if p.Date.Year == 0 || !d.writesYear(p) && !d.saysYear(p) {
			continue
		}
		// (or a day of it: "charged ... on March 1, 2017. / ... and on March
		// 4 it declared the ambassador persona non grata")
		if pp != para && (t.Date.Precision != vigil.PrecisionDay || p.Date.Month != t.Date.Month || !d.writesYear(p) ||
			p.Date.Precision != vigil.PrecisionMonth && !(p.Date.Precision == vigil.PrecisionDay && p.Date.Day <= t.Date.Day)) {
			return 0, false
		}
		// ("The same year, after armed men broke into his house in March":
		// a year the sentence gives holds its month)
		if d.anaphoricYear(p) && p.Date.Year < t.Date.Year && d.sentIndex(d.tokenAt(p.Start)) == d.sentIndex(d.tokenAt(t.Start)) {
			return p.Date.Year, true
		}
		if p.Date.Year >= t.Date.Year || p.Date.Precision != vigil.PrecisionDay && p.Date.Precision != vigil.PrecisionMonth {
			return 0, false
		}
		// (the same year, and after the date told: the story goes on)
		if t.Date.Month < p.Date.Month || t.Date.Month == p.Date.Month && t.Date.Precision == vigil.PrecisionDay && p.Date.Precision == vigil.PrecisionDay && t.Date.Day < p.Date.Day {
			return 0, false
		}
		return p.Date.Year, true
	}
	return 0, false
}

// namesMonth: time mention t names a month ("16 May", "in March").
func (d *doc) namesMonth(t TimeMention) bool {
	for k := d.tokenAt(t.Start); k < len(d.toks) && d.toks[k].Start < t.End; k++ {
		if d.isWord(k, cMonth) {
			return true
		}
	}
	return false
}

// anaphoricYear: time mention t is a year told back to one the text gave
// ("the same year", "that year"), not one counted from the day of writing
// ("last year", "two years ago").
func (d *doc) anaphoricYear(t TimeMention) bool {
	return t.Date.Precision == vigil.PrecisionYear && !d.writesYear(t) && d.saysYear(t) && !toldFromNow[d.toks[d.tokenAt(t.Start)].Norm] && !d.countsFromToday(t)
}

// saysYear: time mention t has a word "year" ("last year", "July this
// year", "two years ago").
func (d *doc) saysYear(t TimeMention) bool {
	for k := d.tokenAt(t.Start); k < len(d.toks) && d.toks[k].Start < t.End; k++ {
		if strings.HasPrefix(d.toks[k].Norm, "year") {
			return true
		}
	}
	return false
}

// toldFromNow open a time mention counted from the report's day ("last
// August", "this March", "next May"), whose year the timex resolver gave.
var toldFromNow = set("last", "this", "next", "past", "coming")

// yearAfter: time mention i, a day or month with no year of its own, is
// followed at once by one that gives only a year ("29 March last year").
func (d *doc) yearAfter(i int) (int, bool) {
	t := d.in.Times[i]
	if i+1 >= len(d.in.Times) || t.Date.Precision != vigil.PrecisionDay && t.Date.Precision != vigil.PrecisionMonth || d.writesYear(t) {
		return 0, false
	}
	n := d.in.Times[i+1]
	if n.Date.Precision != vigil.PrecisionYear || n.Date.Year == 0 || strings.TrimSpace(d.text[t.End:n.Start]) != "" {
		return 0, false
	}
	return n.Date.Year, true
}

// storyDate is the date of time mention i in the year the text puts it:
// a timeline's heading's, the year written right after it, "that" year or
// the year told before in its paragraph ("In August 2017 ... on 19
// August"); else the date as resolved against the report's.
func (d *doc) storyDate(i int) vigil.Date {
	t := d.in.Times[i]
	if dt, ok := d.underYearHeading(t); ok {
		return dt
	}
	if y, _, ok := d.yearTold(i); ok {
		dt := t.Date
		dt.Year = y
		return dt
	}
	return t.Date
}

// yearTold is the year the text puts time mention i in when it writes none
// of its own: the year written right after it ("29 March last year"; after
// says so), "that" year, or the year told before in its paragraph.
func (d *doc) yearTold(i int) (y int, after, ok bool) {
	if y, ok := d.yearAfter(i); ok {
		return y, true, true
	}
	if y, ok := d.thatYear(i); ok {
		return y, false, true
	}
	y, ok = d.storyYear(i)
	return y, false, ok
}

// writesYear: time mention t writes its year out ("3 October 2019", not
// "3 October" resolved to a year).
func (d *doc) writesYear(t TimeMention) bool {
	return strings.Contains(d.text[t.Start:t.End], strconv.Itoa(t.Date.Year))
}

// tokenAt is the first token that starts at or after text offset off.
func (d *doc) tokenAt(off int) int {
	return min(sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= off }), len(d.toks)-1)
}

// toldInPast: the verb of trigger m is in a past tense ("was beaten",
// "detained", "had been seized"), not a plan or a present.
func (d *doc) toldInPast(m triggerMatch) bool {
	if m.T.Noun {
		return false
	}
	head := m.HeadTokens[0]
	n := d.toks[head].Norm
	if !strings.HasSuffix(n, "ed") && !d.isWord(head, cIrregularPast) {
		return false
	}
	// (not "will be detained", "is expected to be detained")
	for k := head - 1; k >= 0 && k >= head-3; k-- {
		switch d.toks[k].Norm {
		case "will", "would", "be", "to", "shall":
			return false
		case "was", "were", "had", "has", "have", "been":
			return true
		}
	}
	return true
}

// anyWord: a word of tokens [from, to) is one of words.
func (d *doc) anyWord(words map[string]bool, from, to int) bool {
	for k := from; k < to; k++ {
		if words[d.toks[k].Norm] {
			return true
		}
	}
	return false
}

// anyIs: a word of tokens [from, to) belongs to one of the classes c (anyWord
// for the sets with a class).
func (d *doc) anyIs(c wordClass, from, to int) bool {
	for k := from; k < to; k++ {
		if d.wcls[k]&c != 0 {
			return true
		}
	}
	return false
}

// laterWords put a deed after the time told before ("later", "In a separate
// case"); earlierWords at some time before the story's ("Tehran has
// previously sanctioned European lawmakers").
var (
	laterWords   = set("later", "subsequently", "afterwards", "afterward", "since", "separately", "separate")
	earlierWords = set("previously", "formerly")
)

// amountWords spell out sums: "HK$1 million", "a million dollars".
var amountWords = set("million", "millions", "billion", "thousand", "hundred", "dollars", "euros", "pounds", "rubles", "yuan", "us", "usd")

// durationPreps put a deed in the span of a detention: "tortured during an
// earlier detention", "released after a brief detention".
var durationPreps = set("during", "after", "since", "following", "throughout")

// listedOn is whom a verb of listing before sanction noun m put on the list
// ("put the Directorate ... on the bloc's terrorist list", "added six
// officials to its sanctions list"), or an empty phrase.
func (d *doc) listedOn(m triggerMatch, cstart int) phrase {
	for k := m.First - 1; k >= cstart && k >= m.First-30; k-- {
		if n := d.toks[k].Norm; n == "put" || n == "placed" || n == "place" || n == "added" || n == "add" || n == "adds" || n == "putting" || n == "adding" || n == "puts" || n == "places" {
			return d.npAfter(k+1, m.First, nil)
		}
	}
	return phrase{}
}

// demonymState is the state a demonym in p names ("an Eritrean man"), or "".
func (d *doc) demonymState(p phrase) string {
	for k := p.from; k < p.to; k++ {
		if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Via == "demonym" && stateKinds[d.in.Actors[a].Actor.Kind] {
			return d.in.Actors[a].Actor.Country
		}
	}
	return ""
}

// attackVerbs take what they aim at as their object: "attack the office",
// "targeted a rally".
var attackVerbs = set("attack", "attacked", "attacking", "target", "targets", "targeted", "targeting", "hit", "strike",
	"struck", "destroy", "blow", "stormed", "bombed")

// relativesHome: "the names of relatives still in Eritrea" - where an
// exile's family lives, told of what was gathered or threatened abroad.
func (d *doc) relativesHome(k int) bool {
	if k < 2 || d.toks[k-1].Norm != "in" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-3; j-- {
		if relativeNouns[d.toks[j].Norm] && d.isPluralAt(j) {
			return true
		}
		if d.toks[j].Kind != token.Word {
			return false
		}
	}
	return false
}

// kinHome is the place the text told before token end that someone's
// relatives live in ("her parents still live in Urumqi", "My family lives in
// Gomel"), the last such; nil when it told none.
func (d *doc) kinHome(end int) *vigil.Place {
	var home *vigil.Place
	for k := 0; k+3 < end; k++ {
		if !d.inSet(k, sRelative) {
			continue
		}
		j := k + 1
		if j < end && (d.toks[j].Norm == "still" || d.toks[j].Norm == "all") {
			j++
		}
		if j+2 >= end || !liveVerbs[d.toks[j].Norm] || d.toks[j+1].Norm != "in" {
			continue
		}
		if pm := d.placeAt[j+2]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal && d.in.Places[pm].Place.Country != "" {
			home = &d.in.Places[pm].Place
		}
	}
	return home
}

var liveVerbs = set("live", "lives", "lived", "living", "remain", "remains", "remained", "stayed", "stay")

// relativesLiveIn: the place at k is where the relatives a message names, or
// their house, are: "the addresses of his three sisters in Omdurman", "his
// mother's house in Kulob", "members of his family in Pakistan".
func (d *doc) relativesLiveIn(k, verb int) bool {
	if k >= 2 && compassWords[d.toks[k-1].Norm] {
		k-- // "in southern Tajikistan"
	}
	if k < 2 || d.toks[k-1].Norm != "in" {
		return false
	}
	j := k - 2
	// "his mother's house in Kulob, in southern Tajikistan": the country
	// that places the town
	if d.toks[j].Norm == "," {
		t := j - 1
		for t > 0 && d.toks[t].IsCap() && j-t < 4 {
			t--
		}
		if t < j-1 {
			return d.relativesLiveIn(t+1, verb)
		}
		return false
	}
	if dwellings[d.toks[j].Norm] && j >= 1 {
		j-- // "mother's house"
		if d.toks[j].Norm == "'s" || d.toks[j].Norm == "’s" {
			j--
		}
		return j >= 0 && relativeNouns[strings.TrimSuffix(strings.TrimSuffix(d.toks[j].Norm, "'s"), "’s")]
	}
	if !relativeNouns[d.toks[j].Norm] {
		return false
	}
	// (the relatives a threat names, not those it was made to: "threatened
	// his sister in Tashkent" was done where she is; but "warning that his
	// sister in Asmara would be arrested" names her)
	for t := j - 1; t >= 0 && t >= j-4; t-- {
		if d.toks[t].Norm == "that" {
			return true
		}
		if t == verb {
			return false
		}
		if d.toks[t].Kind != token.Word {
			break
		}
	}
	return true
}

// clauseAboutKin: the relative clause that holds place k ("the mother of
// Serdar, who lives in Turkmenabat") is about a relative, not about the
// exile whose relatives were summoned.
func (d *doc) clauseAboutKin(k int) bool {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if d.toks[j].Norm != "who" {
			continue
		}
		for a := j - 1; a >= 0 && a >= j-6; a-- {
			if relativeNouns[d.toks[a].Norm] {
				return true
			}
		}
		return false
	}
	return false
}

// threatContent: tokens [from, k) open what a threat said ("told that",
// "warned him that", "saying"), which place k stands in.
func (d *doc) threatContent(from, k int) bool {
	for j := k - 1; j >= from; j-- {
		if n := d.toks[j].Norm; n == "that" && j > from && (d.isWord(j-1, cReporting) || d.isPronoun(j-1) && j-1 > from && d.isWord(j-2, cReporting)) {
			return true
		}
		if d.toks[j].Norm == ";" {
			return false
		}
	}
	return false
}

// tracedTo: the place at k is the state a deed is traced or linked to ("an
// operator they link to Saudi Arabia"), its sponsor, not where it was done.
func (d *doc) tracedTo(k int) bool {
	return k >= 2 && d.toks[k-1].Norm == "to" && tracingVerbs[d.toks[k-2].Norm]
}

// inRememberedDeed: the place at k is that of a deed an anniversary or a
// memory names ("on the anniversary of the 1989 crackdown in Beijing, about
// 300 people gathered in Victoria Square"), not of the sentence's own.
func (d *doc) inRememberedDeed(k int) bool {
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		if d.toks[j].Kind != token.Word && d.timeAt[j] < 0 {
			return false
		}
		if d.toks[j].Norm == "of" && memoryNouns[d.toks[j-1].Norm] {
			return true
		}
	}
	return false
}

// journeyOrigin: the place at k is where a traveller came back from, told
// in a clause of time ("as he returned by road from a short visit to
// Damascus"), not where he was stopped. (A deed's own "from" still places
// it: "was forcibly returned from Turkey".)
func (d *doc) journeyOrigin(k int) bool {
	for j := k - 1; j >= 1 && j >= k-7; j-- {
		if d.toks[j].Kind != token.Word {
			return false
		}
		if d.toks[j].Norm == "from" {
			for v := j - 1; v >= 1 && v >= j-3; v-- {
				if arrivalVerbs[d.toks[v].Norm] {
					return d.anyWord(journeyClauseWords, max(0, v-3), v)
				}
			}
			return false
		}
	}
	return false
}

// journeyClauseWords open the clause of time a journey is told in.
var journeyClauseWords = set("as", "while", "when", "after", "before")

// destination: the place at k is where someone was travelling to ("on his
// way home to Turkey", "bound for Istanbul", "en route to Kyiv").
func (d *doc) destination(k int) bool {
	if k < 2 || d.toks[k-1].Norm != "to" && d.toks[k-1].Norm != "for" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		switch d.toks[j].Norm {
		case "way", "bound", "route", "heading", "headed", "travelling", "traveling":
			return true
		}
		if d.toks[j].Kind != token.Word {
			return false
		}
	}
	return false
}

var tracingVerbs = set("link", "links", "linked", "traced", "trace", "traces", "attributed", "attribute", "attributes", "tied", "tie", "ties")

// relativesExileHome: the place at k is where someone a relative is named
// after lives ("the brother of an activist living in London").
func (d *doc) relativesExileHome(k int) bool {
	// ("journalists working in exile in Kampala and Nairobi": the places
	// listed after the first)
	for k >= 3 && (d.toks[k-1].Norm == "and" || d.toks[k-1].Norm == ",") && d.placeAt[k-2] >= 0 {
		k = d.tokenAt(d.in.Places[d.placeAt[k-2]].Start)
	}
	inExile := k >= 4 && d.toks[k-2].Norm == "exile" && d.toks[k-3].Norm == "in"
	if k < 3 || d.toks[k-1].Norm != "in" || !residenceWords[d.toks[k-2].Norm] && !inExile {
		return false
	}
	from := d.sentOf(k).from
	for j := k - 3; j > from && j >= k-10; j-- {
		if d.toks[j].Norm == "of" {
			return relativeNouns[d.toks[j-1].Norm]
		}
	}
	return false
}

var residenceWords = set("living", "based", "residing", "settled", "exiled", "resident", "lives", "lived")

// researchBodies find and report deeds done elsewhere: "a Toronto
// university lab".
var researchBodies = set("university", "lab", "laboratory", "institute", "researchers", "think-tank", "thinktank")

// forgedWords make a message pretend to come from someone else.
var forgedWords = set("forged", "fake", "spoofed", "fraudulent", "purported", "purporting", "impersonating", "posing", "disguised")

// livesIn: the place at token k follows a word of living there ("living
// in Istanbul", "who lives in Turkmenabat").
func (d *doc) livesIn(k int) bool {
	return k >= 2 && d.toks[k-1].Norm == "in" && residenceWords[d.toks[k-2].Norm]
}

// residenceAt: the place at token k is where someone lives or fled to
// ("who lives in Kampala", "who fled to Kampala").
func (d *doc) residenceAt(k int) bool {
	return d.livesIn(k) || k >= 2 && d.toks[k-1].Norm == "to" && fledWords[d.toks[k-2].Norm]
}

// fledWords take someone to where they now live: "fled to Kampala".
var fledWords = set("fled", "moved", "emigrated", "escaped", "relocated")

// isVerbForm: token k is a lower-case participle ("pressuring", "targeted").
func (d *doc) isVerbForm(k int) bool {
	t := d.toks[k]
	return t.Kind == token.Word && !t.IsCap() && len(t.Norm) > 4 && (strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ed"))
}

// relationNouns end the patterns of cutting ties: "severed relations with".
var relationNouns = set("relations", "ties", "contacts", "contact")

// placedUnder is the object of "put" or "place" before "under" and the
// trigger: "the EU placed several officials under sanctions", "put three
// firms under new sanctions".
// listedIn: "to include eleven officials ... in the national list of
// foreigners prohibited from entering": those a measure's list took in.
func (d *doc) listedIn(m triggerMatch) phrase {
	s := d.sentOf(m.First)
	list := -1
	for k := m.First - 1; k > s.from && k >= m.First-8; k-- {
		if n := d.toks[k].Norm; n == "list" || n == "register" || n == "registry" {
			list = k
			break
		}
	}
	if list < 0 {
		return phrase{}
	}
	for k := list - 1; k >= s.from && k >= list-40; k-- {
		if listingInVerbs[d.toks[k].Norm] {
			in := list - 1
			for in > k && d.toks[in].Norm != "in" && d.toks[in].Norm != "on" && d.toks[in].Norm != "to" {
				in--
			}
			if p := d.npAfter(k+1, in, nil); in > k+1 && !p.empty() && !d.isPlacePhrase(p) {
				// (the whole list of those taken in: "eleven officials of the
				// KGB and the Ministry of Internal Affairs")
				return p
			}
			break
		}
	}
	return phrase{}
}

// listingInVerbs put people on a list.
var listingInVerbs = set("include", "includes", "included", "including", "add", "adds", "added", "adding", "put", "placed", "entered")

func (d *doc) placedUnder(m triggerMatch, cstart int) phrase {
	under := -1
	for k := m.First - 1; k > cstart && k >= m.First-3; k-- {
		if d.toks[k].Norm == "under" {
			under = k
			break
		}
	}
	if under < 0 {
		return phrase{}
	}
	for k := under - 1; k >= cstart && k >= under-12; k-- {
		if placingVerbs[d.toks[k].Norm] {
			if p := d.npAfter(k+1, under, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
				return p
			}
			break
		}
	}
	return phrase{}
}

var placingVerbs = set("placed", "place", "places", "placing", "put", "puts", "putting")

// target finds who or what the event was done to.
func (d *doc) target(m triggerMatch, cstart, cend int, passive bool) phrase {
	// "The German Ambassador to Viet Nam has been recalled": the envoy the
	// pattern opens with
	if m.T.Type == vigil.AmbassadorRecall && envoyNouns[d.toks[m.First].Norm] {
		if p := d.npBefore(m.First+1, cstart); !p.empty() {
			return p
		}
	}
	// "offered rewards of HK$1 million each for eight activists": the
	// people the pattern ends with
	if n := d.toks[m.Last].Norm; bountyWords[d.toks[m.First].Norm] && m.Last > m.First && n != "arrest" && n != "capture" {
		for k := m.Last - 1; k > m.First; k-- {
			if d.toks[k].Norm == "for" {
				p := d.npAfter(k+1, cend, nil)
				// ("for information on 18 people": the people)
				if !p.empty() && d.headNorm(p) == "information" && p.to+1 < cend && (d.toks[p.to].Norm == "on" || d.toks[p.to].Norm == "about") {
					p = d.npAfter(p.to+1, cend, nil)
				}
				if !p.empty() {
					return p
				}
				break
			}
		}
	}
	// "letters in their mailboxes bearing Yip's photograph", "her home
	// address was posted": the person whose things the deed marks
	if m.T.Flags.owner {
		// ("the office of an exile radio station had its windows broken":
		// the one whose windows they were)
		if n := d.toks[m.First].Norm; n == "had" || n == "has" || n == "have" {
			return d.subjectBefore(m.First, cstart)
		}
		// (and no one when the sentence names no owner: "taped a note to the
		// front door" was not done to the note)
		return d.markedOwner(d.sentOf(m.First))
	}
	p := d.targetPhrase(m, cstart, cend, passive)
	// ("was arrested there", "held here": an adverb of place is no one)
	if p.to-p.from == 1 && (d.toks[p.from].Norm == "there" || d.toks[p.from].Norm == "here") {
		p = phrase{}
	}
	// "event_type: Violence against civilians - Attack / actor1: ...": a
	// record's next field is not whom its value's word was done to
	if !p.empty() && d.fieldLineCount() >= 3 && (p.from > m.Last && strings.Contains(d.text[d.toks[m.Last].End:d.toks[p.from].Start], "\n") ||
		p.to <= m.First && strings.Contains(d.text[d.toks[p.to-1].End:d.toks[m.First].Start], "\n")) {
		p = phrase{}
	}
	// "detained in Bialystok a Polish citizen": the object after the place
	if p.empty() && !m.T.Noun && !passive && m.Last+2 < cend && d.isWord(m.Last+1, cLocative) && d.placeAt[m.Last+2] >= 0 {
		e := m.Last + 2
		for e < cend && d.placeAt[e] == d.placeAt[m.Last+2] {
			e++
		}
		if e < cend && (d.isWord(e, cDeterminer) || d.isCountAt(e)) {
			if r := d.npAfter(e, cend, nil); !r.empty() && !d.isPlacePhrase(r) && !d.isTimePhrase(r) {
				return r
			}
		}
	}
	// ("detained both of them": the quantifier stands for people named
	// before; the candidate resolves it)
	if p.empty() {
		if k := m.Last + 1; !passive && k < cend && (d.toks[k].Norm == "both" || d.toks[k].Norm == "all") {
			if k+2 < cend && d.toks[k+1].Norm == "of" && d.toks[k+2].Norm == "them" {
				return phrase{k, k + 3}
			}
			return phrase{k, k + 1}
		}
	}
	// "launched dozens of drones at the party's bases": the weapons the
	// pattern spans are not whom, what they were aimed at is
	if !p.empty() && m.T.Type == vigil.Bombing && !m.T.Noun && munitionHeads[d.toks[m.Last].Norm] && p.from > m.First && p.from <= m.Last && m.Last+2 < cend {
		if n := d.toks[m.Last+1].Norm; n == "at" || n == "on" || n == "into" || n == "against" {
			if r := d.npAfter(m.Last+2, cend, nil); !r.empty() {
				return r
			}
		}
	}
	// "found Adam Bekov guilty", "ordering a Canadian diplomat out of
	// India": the object ends at the pattern's closing word
	for _, h := range m.HeadTokens[1:] {
		if n := d.toks[h].Norm; h > p.from && h < p.to && (n == "guilty" || n == "out") {
			p.to = h
			break
		}
	}
	// ("fired at least five shots", "spied on behalf of", "against what
	// they called": a quantity, a phrase, a question word, not whom)
	// (but "At least eleven mosques received threats": a count of them)
	if !p.empty() && notTargets[d.toks[p.from].Norm] && p.from > m.Last {
		// ("fired at least five shots at the car of ...": the next "at")
		if n := d.toks[p.from].Norm; n == "least" || n == "most" {
			for k := p.to; k+1 < cend; k++ {
				if n := d.toks[k].Norm; n == "at" || n == "on" || n == "against" {
					return d.npAfter(k+1, cend, nil)
				}
			}
		}
		return phrase{}
	}
	// ("in an attack his friends say was punishment": the subject of the
	// clause that describes the deed, not whom it hit)
	if (m.T.Noun || m.First > cstart && d.isWord(m.First-1, cDeterminer)) && !p.empty() && p.from == m.Last+1 && p.to < cend && d.isWord(p.to, cReporting) {
		return phrase{}
	}
	// ("arrested on arrival by the agency": a circumstance, not whom)
	if p.to-p.from == 1 && circumstanceNouns[d.toks[p.from].Norm] {
		// (the passive's subject: "Faraz Qureshi was put on a flight ... and
		// arrested on arrival")
		if passive {
			if q := d.npAfter(cstart, m.First, nil); !q.empty() && !d.isPlacePhrase(q) && !d.isTimePhrase(q) && (d.namesPerson(q) || d.isVictim(q) || d.isPronoun(q.from)) {
				return q
			}
		}
		p = phrase{}
	}
	// ("stabbed a video blogger eleven times": how often, not whom; "was
	// shot four times": nobody)
	if p.to-p.from >= 2 && d.toks[p.to-1].Norm == "times" && (d.toks[p.to-2].Kind == token.Number || d.isWord(p.to-2, cNumberWord)) {
		p.to -= 2
		if p.to <= p.from {
			p = phrase{}
		}
	}
	// "Emmanuel Nkusi parked outside his house and was shot four times":
	// the subject of the clause the passive is joined to
	if p.empty() && passive {
		head := m.HeadTokens[0]
		aux := head - 1
		for aux > cstart && d.isWord(aux, cAdverb) {
			aux--
		}
		and := aux
		if d.isWord(aux, cBe) {
			and = aux - 1
		}
		if and > 0 && d.toks[and].Norm == "and" {
			s := d.sentOf(head)
			// "They were flown to London ... and were detained on arrival",
			// "He was put on a flight and arrested": the sentence's subject
			if q := d.npAfter(s.from, and, nil); !q.empty() && q.from == s.from && (d.isPronoun(q.from) || d.isVictim(q) || d.headIs(q, cPersonNoun)) &&
				q.to < and && d.isWord(q.to, cBe) {
				return q
			}
			// (not the court they stood before: "arraigned at the Kajiado
			// Law Courts and charged")
			if q := d.personIn(s.from, and); !q.empty() && !d.afterLocative(q) {
				return q
			}
			// ("authorities say he crossed the border and was arrested"):
			// the subject pronoun of the clause before "and"
			for k := and - 1; k > s.from; k-- {
				if n := d.toks[k].Norm; n == "he" || n == "she" || n == "they" {
					return phrase{k, k + 1}
				}
				if d.toks[k].Norm == "," || d.toks[k].Norm == ";" {
					break
				}
			}
		}
	}
	// "Several hundred opponents of Eritrea's government gathered outside":
	// what the protesters oppose
	if m.T.Type == vigil.Protest && (p.empty() || p.from > m.First) {
		for k := max(cstart, m.First-10); k+2 < m.First; k++ {
			if n := d.toks[k].Norm; (n == "opponents" || n == "critics") && d.toks[k+1].Norm == "of" {
				if q := d.npAfter(k+2, m.First, nil); !q.empty() {
					return q
				}
			}
		}
	}
	// "forced down a plane to grab one journalist": whom the plane was
	// brought down for
	if m.T.Type == vigil.Abduction && (d.toks[m.Last].Norm == "down" || d.toks[m.Last].Norm == "land") {
		for k := m.Last + 1; k+2 < cend && k <= m.Last+8; k++ {
			if d.toks[k].Norm == "to" && seizeVerbs[d.toks[k+1].Norm] {
				if q := d.npAfter(k+2, cend, nil); !q.empty() && !d.isPlacePhrase(q) {
					return q
				}
			}
		}
	}
	// "rallied outside the town hall to denounce Beijing": where people
	// gathered is not whom they protested against, when the sentence says
	// ("gathered on Friedensplatz": a name no gazetteer holds, after "on",
	// is a square, not a body protested against)
	onSquare := m.T.Type == vigil.Protest && !p.empty() && p.from > m.First && d.toks[p.from-1].Norm == "on" && d.toks[p.from].IsCap() &&
		d.actorAt[p.from] < 0 && !d.namesPerson(p)
	if m.T.Type == vigil.Protest && !p.empty() && (gatheringSites[d.headNorm(p)] || onSquare) {
		for k := p.to; k+1 < cend; k++ {
			if n := d.toks[k].Norm; n == "against" || n == "denounce" || n == "condemn" || n == "protest" && d.toks[k-1].Norm == "to" {
				// (not "what organisers called Algiers' harassment")
				if q := d.npAfter(k+1, cend, nil); !q.empty() && !d.isPlacePhrase(q) && !notTargets[d.toks[q.from].Norm] {
					return q
				}
			}
		}
		if onSquare {
			return phrase{}
		}
	}
	// "a bomb found under a police officer's car", "threw a grenade into a
	// crowded market", "tried to enter a police station": what the device was
	// put at or aimed at
	if p.empty() && m.T.Type == vigil.Bombing {
		if p = d.bombedSite(m, cend); p.empty() {
			p = d.bombVictims(m, cend)
		}
	}
	// "recalled its ambassador in Tehran": the post names the state the
	// envoy leaves
	if m.T.Type == vigil.AmbassadorRecall && !p.empty() && p.to+1 < cend {
		if n := d.toks[p.to].Norm; (n == "in" || n == "to" || n == "from") && d.placeAt[p.to+1] >= 0 {
			e := p.to + 1
			for e < cend && d.placeAt[e] == d.placeAt[p.to+1] {
				e++
			}
			p.to = e
		}
	}
	return p
}

// bombedSite is what a bombing with no object was aimed at: the phrase after
// "under", "into", "near", "outside", "at", "attached to" or "enter" in the
// clause after the trigger, when its head is a person, a vehicle, a
// building or a gathering, not a place name or a time.
// markedOwner is the first person a sentence names as the owner of a home,
// street, address or likeness ("Tse's street", "the home of Kelvin Yip",
// "where Chan lives", "her photograph"), or an empty phrase.
func (d *doc) markedOwner(s sentInfo) phrase {
	for k := s.from; k+1 < s.to; k++ {
		switch n := d.toks[k].Norm; {
		case n == "'s" || n == "’s":
			if !ownedThing(d.toks[k+1].Norm) && !markedThings[d.toks[k+1].Norm] && !(k+2 < s.to && (ownedThing(d.toks[k+2].Norm) || markedThings[d.toks[k+2].Norm])) {
				continue
			}
			if q := d.personBefore(k); !q.empty() && q.to == k && q.from >= s.from && d.namesPerson(q) {
				return q
			}
			if q := (phrase{k - 1, k}); k > s.from && d.toks[k-1].IsCap() && d.surnameOfPerson(q) {
				return q
			}
		case n == "of" && k > s.from && (dwellings[d.toks[k-1].Norm] || neighbourWords[d.toks[k-1].Norm]):
			// ("neighbours of Melbourne-based activist Kevin Lo")
			for j := k + 1; j < s.to && j <= k+5; j++ {
				if q := d.personAt(j); !q.empty() && q.to <= s.to && d.namesPerson(q) {
					return q
				}
			}
		case n == "where" && k+2 < s.to:
			if q := d.personAt(k + 1); !q.empty() && q.to < s.to && d.namesPerson(q) && strings.HasPrefix(d.toks[q.to].Norm, "live") {
				return q
			}
		case n == "his" || n == "her" || n == "their":
			if ownedThing(d.toks[k+1].Norm) || markedThings[d.toks[k+1].Norm] || k+2 < s.to && (ownedThing(d.toks[k+2].Norm) || markedThings[d.toks[k+2].Norm]) {
				return phrase{k, k + 1}
			}
		}
	}
	return phrase{}
}

// markedThings are what shows who a leaflet or post is about: a likeness, a
// name, a street; neighbourWords are those it is sent to.
var neighbourWords = set("neighbours", "neighbors", "neighbour", "neighbor", "residents")

var markedThings = set("photograph", "photographs", "photo", "photos", "picture", "pictures", "image", "face", "name", "street", "door", "doorstep", "driveway")

func (d *doc) bombedSite(m triggerMatch, cend int) phrase {
	for k := m.Last + 1; k+1 < cend && k <= m.Last+12; k++ {
		n := d.toks[k].Norm
		if n == "," || n == ";" {
			break
		}
		if !bombAimPreps[n] && !(n == "to" && (d.toks[k-1].Norm == "attached" || d.toks[k-1].Norm == "strapped")) {
			continue
		}
		// ("dropped two bombs on the village", not "a raid on a house")
		if n == "on" && !d.anyWord(bombLayVerbs, max(0, m.First-3), k) {
			continue
		}
		q := d.npAfter(k+1, cend, nil)
		// ("a crowded market": the participle before the noun)
		j := k + 1
		if d.isWord(j, cDeterminer) {
			j++
		}
		if q.empty() && j+1 < cend && strings.HasSuffix(d.toks[j].Norm, "ed") && !d.toks[j].IsCap() {
			if r := d.npAfter(j+1, cend, nil); !r.empty() && r.from == j+1 {
				q = phrase{j, r.to}
			}
		}
		// ("the underside of an officer's car", "the grounds of the embassy")
		if !q.empty() && partOfSite[d.headNorm(q)] && q.to+1 < cend && d.toks[q.to].Norm == "of" {
			q = d.npAfter(q.to+1, cend, nil)
		}
		if q.empty() || d.isPlacePhrase(q) || d.isTimePhrase(q) || d.isInstrument(q) {
			continue
		}
		if h := d.headNorm(q); bombedThings[h] || siteNouns[h] || dwellings[h] || d.isWord(d.headIndex(q), cVictim|cHumanNoun|cPersonNoun) {
			return q
		}
	}
	return phrase{}
}

// bombVictims are the people a bombing with no other object killed or
// wounded: "exploded near the market, killing five civilians".
func (d *doc) bombVictims(m triggerMatch, cend int) phrase {
	for k := m.Last + 1; k+1 < cend && k <= m.Last+20; k++ {
		if n := d.toks[k].Norm; n == "killing" || n == "wounding" || n == "injuring" {
			if q := d.npAfter(k+1, cend, nil); !q.empty() && d.isWord(d.headIndex(q), cVictim|cHumanNoun|cPersonNoun) {
				return q
			}
		}
	}
	return phrase{}
}

// bombAimPreps are the words before what a device was put at or aimed at;
// bombedThings the nouns that name it besides buildings and dwellings.
var (
	bombAimPreps = set("under", "underneath", "beneath", "into", "near", "outside", "at", "on", "enter", "inside", "beside", "approached",
		"hit", "hits", "struck", "damaged", "destroyed", "targeted", "targeting")
	bombLayVerbs = set("dropped", "planted", "placed", "found", "left", "fired", "hurled", "thrown", "threw", "attached", "hidden", "discovered", "landed")
	partOfSite   = set("underside", "grounds", "side", "front", "entrance", "gate", "gates", "roof", "wall", "walls")
	bombedThings = set("bridge", "checkpoint", "post", "patrol", "convoy", "bus", "minibus", "truck", "train", "tower", "roundabout",
		"gathering", "crowd", "rally", "camp", "base", "barracks", "embassy", "consulate", "centre", "center", "headquarters", "pipeline", "complex")
)

// knownAsBefore is the token that opens "known (online) as "X"" or "nicknamed
// "X"" ending just before token k, or -1.
func (d *doc) knownAsBefore(k, from int) int {
	if k-2 < from || d.toks[k-1].Norm != "\"" && d.toks[k-1].Norm != "”" {
		return -1
	}
	open := k - 2
	for open > from && open >= k-8 && d.toks[open].Norm != "\"" && d.toks[open].Norm != "“" {
		open--
	}
	for j := open - 1; j > from && j >= open-3; j-- {
		if n := d.toks[j].Norm; n == "known" || n == "nicknamed" || n == "dubbed" || n == "called" {
			return j
		}
	}
	return -1
}

// speakerAsideBefore is the comma that opens a speaker's aside (", he
// said,", ", police say,") ending just before token k, or -1.
func (d *doc) speakerAsideBefore(k, from int) int {
	if k-3 < from || d.toks[k-1].Norm != "," || !d.isWord(k-2, cReporting) {
		return -1
	}
	for j := k - 3; j > from && j >= k-6; j-- {
		if d.toks[j].Norm == "," {
			return j
		}
		if d.toks[j].Kind != token.Word {
			return -1
		}
	}
	return -1
}

// employParticiples tie people to whom they work for or were sent by
// ("teachers employed by a chain of schools").
var employParticiples = set("employed", "hired", "recruited", "paid", "sent", "working", "contracted")

// suspicionWords open what people are held for: "two men accused of
// stabbing", "a man wanted for".
var suspicionWords = set("accused", "suspected", "charged", "wanted", "convicted", "jailed", "sought")

// lawTitleWords end the names of laws.
var lawTitleWords = set("act", "law", "regulations", "regulation", "code", "decree", "ordinance", "statute", "order")

// bareSubject is the subject just before auxiliary aux that npBefore does
// not read as a noun phrase: "the accused", "the pair", "the two", "both",
// an initial ("M."), or an empty phrase.
func (d *doc) bareSubject(aux, cstart int) phrase {
	k := aux - 1
	for k > cstart && d.isWord(k, cAdverb) {
		k--
	}
	if k < cstart {
		return phrase{}
	}
	if k >= 1 && d.toks[k].Norm == "." && k-1 >= cstart && len(d.toks[k-1].Text) == 1 && d.capital(k-1) {
		from := k - 1
		if from-1 >= cstart && d.capital(from-1) && d.toks[from-1].Kind == token.Word {
			from-- // ("Jean-Claude M.")
		}
		return phrase{from, k + 1}
	}
	if !bareSubjects[d.toks[k].Norm] {
		return phrase{}
	}
	from := k
	if from-1 >= cstart && d.isWord(from-1, cDeterminer) {
		from--
	}
	return phrase{from, k + 1}
}

// bareSubjects stand alone for the people a passive acts on.
var bareSubjects = set("accused", "defendant", "defendants", "pair", "two", "three", "four", "both", "trio", "suspect", "suspects")

// homeSeats are a government's own buildings and bodies, at home.
var homeSeats = set("ministry", "parliament", "presidency", "palace", "legislature", "assembly")

// gatheringSites are where protesters gather, never what they protest.
var gatheringSites = set("hall", "gates", "gate", "square", "steps", "courthouse", "building", "park", "street",
	"road", "venue", "centre", "center", "campus", "library", "station", "plaza", "roundabout", "bridge", "hill")

// venueNouns, with gatheringSites, head the places where a crowd gathered,
// which name no one it protested.
var venueNouns = set("halls", "buildings", "courts", "university", "town", "city", "lyceum", "school", "stadium",
	"avenue", "monument", "memorial", "cathedral", "church", "mosque", "entrance", "grounds", "forecourt")

// seizeVerbs take the person a plane was forced down for.
var seizeVerbs = set("grab", "seize", "arrest", "detain", "capture", "snatch", "abduct")

// notTargets open phrases that a target's preposition takes but that name no
// one.
var notTargets = set("least", "most", "behalf", "what", "which", "whom", "whatever", "whoever")

// circumstanceNouns tell when or how a deed was done, never to whom.
var circumstanceNouns = set("arrival", "landing", "return", "entry", "departure", "sight")

// targetPhrase finds the target phrase for target.
func (d *doc) targetPhrase(m triggerMatch, cstart, cend int, passive bool) phrase {
	head := m.HeadTokens[0]
	typ := m.T.Type
	if p := d.discoverer(m, cstart); !p.empty() {
		return p
	}
	// "two men punched and kicked him": the object of the verb the trigger
	// is coordinated with
	if isAttack(typ) && !m.T.Noun && !passive && m.First == m.Last && m.Last+3 < cend && d.toks[m.Last+1].Norm == "and" && d.isVerbForm(m.Last+2) && !slices.Contains(d.triggers, m.Last+2) {
		if p := d.npAfter(m.Last+3, cend, nil); !p.empty() && p.from == m.Last+3 && (d.isPronoun(p.from) || d.namesPerson(p) || d.isVictim(p)) {
			return p
		}
	}
	// "The two arrested persons appeared in court on charges of": the ones
	// who appeared
	if typ == vigil.Charge && !m.T.Noun && strings.HasPrefix(d.toks[m.First].Norm, "appear") {
		if p := d.npBefore(m.First, cstart); !p.empty() && p.to == m.First && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
			return p
		}
	}
	// "ordered the three men held", "ordered them jailed": whom the order
	// puts there
	// ("ordered him held in pre-trial detention": past the verb that puts
	// him in the noun's state)
	if (typ == vigil.Arrest || typ == vigil.Conviction) && m.First >= 2 {
		for k := m.First - 1; k > cstart && k >= m.First-8; k-- {
			if d.inSet(k, sOrder) {
				if p := d.npAfter(k+1, m.First, nil); !p.empty() && (p.to == m.First || m.T.Noun && p.to < m.First && (placedVerbs[d.toks[p.to].Norm] || d.toks[p.to].Norm == "held" || d.toks[p.to].Norm == "kept")) {
					return p
				}
				break
			}
		}
	}
	// "prosecutors charge a 46-year-old Belarusian citizen with espionage":
	// the one charged is inside the pattern, before its "with"
	if typ == vigil.Charge && !m.T.Noun && !passive && m.Last > m.First+1 && d.toks[m.Last].Norm == "with" {
		if p := d.npAfter(m.First+1, m.Last, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
			return p
		}
	}
	// "placed several officials under sanctions": whom the verb put there
	if typ == vigil.Sanction && !passive {
		if p := d.placedUnder(m, cstart); !p.empty() {
			return p
		}
	}
	// (the list's own words may be a participle: "foreigners prohibited
	// from entering")
	if typ == vigil.Sanction {
		if p := d.listedIn(m); !p.empty() {
			return p
		}
	}
	// "handed him to Thai authorities", "knocked him to the ground": the one
	// handed or knocked down is the pronoun the pattern holds
	if typ == vigil.Extradition && !m.T.Noun {
		for k := m.First + 1; k < m.Last; k++ {
			if n := d.toks[k].Norm; n == "him" || n == "her" || n == "them" {
				return phrase{k, k + 1}
			}
		}
	} else if !m.T.Noun && m.First+1 < m.Last {
		// (right after the verb, the object: not "came to her father's house")
		if n := d.toks[m.First+1].Norm; n == "him" || n == "them" {
			return phrase{m.First + 1, m.First + 2}
		}
	}
	// "fired several shots at him", "opened fire on them": the pronoun the
	// attack was aimed at
	if isAttack(typ) && !m.T.Noun && m.Last+2 < cend && (d.toks[m.Last+1].Norm == "at" || d.toks[m.Last+1].Norm == "on") {
		if n := d.toks[m.Last+2].Norm; n == "him" || n == "her" || n == "them" {
			return phrase{m.Last + 2, m.Last + 3}
		}
	}
	// "banned Belarusian airlines from its airspace", "closed its airspace to
	// Belarusian planes": the carriers barred, not the sky
	if typ == vigil.Sanction && !m.T.Noun {
		if d.toks[m.Last].Norm == "from" {
			if p := d.npAfter(m.First+1, m.Last, nil); !p.empty() {
				return p
			}
		}
		// ("the bloc's airspace and airports to Belarusian airlines")
		for k := m.Last + 1; d.toks[m.Last].Norm == "airspace" && k+1 < cend && k <= m.Last+4; k++ {
			if d.toks[k].Norm == "to" {
				if p := d.npAfter(k+1, cend, nil); !p.empty() {
					return p
				}
				break
			}
		}
	}
	// "bounties of HK$1 million each for five activists": whom the bounty
	// is on, not its sum
	if typ == vigil.Intimidation && m.T.Noun && bountyWords[d.toks[m.First].Norm] {
		for k := m.Last + 1; k+1 < cend && k <= m.Last+12; k++ {
			if d.toks[k].Norm == "for" || d.toks[k].Norm == "on" {
				if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) && d.toks[p.from].Norm != "information" {
					return p
				}
			}
		}
	}
	// "unsealed an indictment charging Gupta with a plot against Pannun":
	// the one the participle charges, not the plot's target
	if typ == vigil.Charge && m.T.Noun && m.Last+2 < cend {
		if n := d.toks[m.Last+1].Norm; n == "charging" || n == "accusing" || n == "naming" {
			if p := d.npAfter(m.Last+2, cend, nil); !p.empty() && !d.isPlacePhrase(p) {
				return p
			}
		}
	}
	// "smeared the nerve agent VX on the face of Kim Jong-nam": whom the
	// poison was put on, not the poison
	if !m.T.Noun && smearVerbs[d.toks[m.First].Norm] {
		for k := m.Last + 1; k+1 < cend; k++ {
			if d.toks[k].Norm != "on" && d.toks[k].Norm != "onto" {
				continue
			}
			p := d.npAfter(k+1, cend, nil)
			// (past the part of the body: "the face of Kim Jong-nam")
			if !p.empty() && p.to+1 < cend && d.toks[p.to].Norm == "of" && bodyParts[d.toks[p.to-1].Norm] {
				p = d.npAfter(p.to+1, cend, nil)
			}
			for j := p.from + 1; j+1 < p.to; j++ {
				if d.toks[j].Norm == "of" && bodyParts[d.toks[j-1].Norm] {
					p.from = j + 1
					break
				}
			}
			if !p.empty() && !d.isPlacePhrase(p) {
				return p
			}
			break
		}
	}
	// "a drone of the Malian Armed Forces struck a pick-up": what the
	// munition the trigger opens with struck, not whose it was
	if !m.T.Noun && m.Last > m.First+1 && munitionHeads[d.toks[m.First].Norm] && (strikeVerbs[d.toks[m.Last].Norm] || d.toks[m.Last].Norm == "targeted") {
		if p := d.npAfter(m.Last+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) {
			return p
		}
	}
	// "A refugee was left with a broken cheekbone after being set upon by
	// four men": the sentence's subject suffered the deed
	if !m.T.Noun && m.First >= 2 && d.toks[m.First-1].Norm == "being" && (d.toks[m.First-2].Norm == "after" || d.toks[m.First-2].Norm == "while" || d.toks[m.First-2].Norm == "before") {
		s := d.sentOf(m.First)
		from := s.from
		for from < m.First && d.datelineSpan.End > 0 && (d.toks[from].Start < d.datelineSpan.End || d.toks[from].Kind == token.Punct) {
			from++ // ("NANTES - A blogger was ...": past the dateline)
		}
		if p := d.npAfter(from, m.First, nil); !p.empty() && d.isVictim(p) {
			return p
		}
	}
	// "his channel was taken over by hackers": the agent noun of a passive
	// deed, whose subject suffered it
	if m.T.Noun && m.First >= 3 && d.toks[m.First-1].Norm == "by" {
		verb := m.First - 2
		if d.toks[verb].Norm == "over" {
			verb--
		}
		aux := verb - 1
		for aux > cstart && d.isWord(aux, cAdverb) {
			aux--
		}
		if aux > cstart && d.isWord(aux, cBe) {
			if p := d.npBefore(aux, cstart); !p.empty() && p.to == aux {
				return p
			}
		}
	}
	// "clashes between the army and ELN guerrillas": the side named second
	if !m.T.Noun || d.toks[m.Last].Norm == "between" {
		if d.toks[m.Last].Norm == "between" {
			for k := m.Last + 1; k+1 < cend && k <= m.Last+8; k++ {
				if d.toks[k].Norm == "and" {
					if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) {
						return p
					}
					break
				}
			}
		}
	}
	// "directed the monitoring of a Kazakh politician": a gerund used as a
	// noun takes its object after "of"
	// ("the covert monitoring of a Saudi human rights defender": past the
	// adjectives before it)
	det := m.First - 1
	for det > cstart && det >= m.First-3 && d.toks[det].Kind == token.Word && !d.toks[det].IsCap() && !d.isWord(det, cDeterminer|cPreposition) && !d.isVerbForm(det) {
		det--
	}
	if m.First == m.Last && m.First > cstart && strings.HasSuffix(d.toks[m.First].Norm, "ing") && d.isWord(det, cDeterminer) &&
		m.Last+2 < cend && d.toks[m.Last+1].Norm == "of" {
		if p := d.npAfter(m.Last+2, cend, nil); !p.empty() {
			return p
		}
	}
	if passive && d.describedPassive(m, cstart) {
		// "he was Omid Farzan, a man sentenced to death": the person the
		// participle describes, by name where an apposition gives one
		p := d.npBefore(m.First, cstart)
		from := d.sentOf(head).from
		if c := p.from - 1; c > from && d.toks[c].Norm == "," {
			if q := d.npBefore(c, from); !q.empty() && q.to == c && d.namesPerson(q) {
				return q
			}
			if q := d.personBefore(c); !q.empty() && q.to == c && q.from >= from {
				return q
			}
		}
		return p
	}
	// "made it possible for the suspect to be extradited": the one "for"
	// names before the infinitive
	if passive && head >= 3 && d.toks[head-1].Norm == "be" && d.toks[head-2].Norm == "to" {
		for k := head - 3; k > cstart && k >= head-10; k-- {
			if d.toks[k].Norm == "for" {
				if p := d.npAfter(k+1, head-2, nil); !p.empty() && p.to == head-2 {
					return p
				}
				break
			}
		}
	}
	if passive {
		// the subject of a passive verb: "The couple were arrested"
		aux := head - 1
		// (a possessive "'s" is no be-form: "in the city's west on Tuesday
		// and charged")
		for aux > cstart && (!d.isWord(aux, cBe) || d.toks[aux].Norm == "'s" && aux+1 < head && d.toks[aux+1].Kind == token.Word && !strings.HasSuffix(d.toks[aux+1].Norm, "ed")) {
			aux--
		}
		if !d.isWord(aux, cBe) {
			aux = head // a headline's passive: "Two men jailed for ..."
		}
		for aux > cstart && (d.isWord(aux-1, cBe) || d.isWord(aux-1, cAuxiliary) || d.isWord(aux-1, cAdverb) || len(d.toks[aux-1].Norm) > 4 && strings.HasSuffix(d.toks[aux-1].Norm, "ly") && !d.toks[aux-1].IsCap()) {
			aux--
		}
		// "His brother in Shiraz, he said, had been summoned": the subject
		// before the speaker's aside
		if k := d.speakerAsideBefore(aux, cstart); k >= 0 {
			aux = k
		}
		// "a Chechen exile known online as "Anzor from Vienna" was shot
		// dead": the subject before the name it goes by
		if k := d.knownAsBefore(aux, cstart); k >= 0 {
			aux = k
		}
		// "Khashoggi walks into the consulate and is killed by agents": the
		// subject that opens the clause the passive is coordinated with
		if first := d.sentOf(head).from; aux-1 > first && d.toks[aux-1].Norm == "and" && !d.isWord(aux-2, cBe) {
			if k := d.subjectStart(first, aux); k >= 0 {
				// (an apposition after the subject is read below: "A third
				// suspect, known by the alias "El Turco", ... and was detained")
				if p := d.personAt(k); !p.empty() && p.to < aux && d.toks[p.to].Norm != "," {
					return p
				}
				// (a name the people list lacks: its capitalised words)
				e := k
				for e < aux && d.toks[e].IsCap() && d.toks[e].Kind == token.Word {
					e++
				}
				if p := (phrase{k, e}); e-k >= 2 && e < aux && d.toks[e].Norm != "," && d.placeAt[k] < 0 && d.actorAt[k] < 0 && d.timeAt[k] < 0 {
					return p
				}
			}
		}
		// "Sok Vannak, 45, a member of the banned party, was shot": the name
		// that opens the sentence before its asides
		if first := d.sentOf(head).from; aux-1 > first && d.toks[aux-1].Norm == "," {
			// (after a timeline entry's date: "June 18, 2023 — Hardeep Singh
			// Nijjar, a Sikh leader whom India accused of terrorism, is shot")
			if lead := d.leadingTime(first, aux); lead > first && d.toks[lead-1].Norm != "," {
				first = lead
			}
			// (or the clause's, past its subordinator: "The most brazen case
			// came on January 7, when Chea Sophal, a former lawmaker, was shot")
			if p := d.personAt(first); p.empty() {
				for k := first + 1; k+1 < aux && k < first+16; k++ {
					if subordinators[d.toks[k].Norm] && d.toks[k-1].Norm == "," {
						if q := d.personAt(k + 1); !q.empty() {
							first = k + 1
						}
						break
					}
				}
			}
			if p := d.personAt(first); !p.empty() && p.to < aux && d.toks[p.to].Norm == "," {
				// "Her husband, Hakan Erturk, the director ..., vanished": the
				// name the apposition gives
				if !d.namesPerson(p) {
					if q := d.personAt(p.to + 1); !q.empty() && q.to < aux && d.toks[q.to].Norm == "," && d.namesPerson(q) {
						return q
					}
				}
				return p
			}
			// "The two men in the vehicle, both citizens of Belarus, were
			// detained": the people the sentence opens with, past where they
			// were
			if p := d.npAfter(first, aux, nil); !p.empty() && p.from <= first+1 && p.to+2 < aux && (d.isVictim(p) || d.headIs(p, cHumanNoun|cPersonNoun)) && d.isWord(p.to, cLocative) {
				if q := d.npAfter(p.to+1, aux, nil); !q.empty() && q.to+1 < aux && d.toks[q.to].Norm == "," && groupAsides[d.toks[q.to+1].Norm] {
					return p
				}
			}
			// "Last Friday, four Turkish nationals, all registered with the UN
			// refugee agency and all accused by Ankara of links to X, were
			// seized": the people the sentence opens with, past its time
			if lead := d.leadingTime(first, aux); lead > first {
				if p := d.npAfter(lead, aux, nil); !p.empty() && p.from == lead && p.to+1 < aux && d.toks[p.to].Norm == "," && groupAsides[d.toks[p.to+1].Norm] && (d.isVictim(p) || d.headIs(p, cHumanNoun)) && !d.isPlacePhrase(p) {
					return p
				}
			}
			// "Two Romanian men accused of stabbing Kaveh Sadeghi, a presenter
			// ..., were extradited": the suspects, not their victim
			if p := d.npAfter(first, aux, nil); !p.empty() && p.from == first && p.to+1 < aux && suspicionWords[d.toks[p.to].Norm] && (d.isVictim(p) || d.headIs(p, cHumanNoun|cPersonNoun)) {
				return p
			}
			// "A Russian man, who entered Germany with a passport issued under
			// the name Vadim Sokolov, was detained": the noun the aside hangs on
			if p := d.npAfter(first, aux, nil); !p.empty() && p.from == first && p.to+1 < aux && d.toks[p.to].Norm == "," && (d.toks[p.to+1].Norm == "who" || d.toks[p.to+1].Norm == "whose") {
				return p
			}
		}
		// "A Belarusian citizen suspected of spying on exiles for the KGB in
		// Minsk has been arrested": the people the sentence opens with, whom
		// the suspicion describes, not whom it names
		if first := d.sentOf(head).from; cstart <= first+1 {
			if p := d.npAfter(first, aux, nil); !p.empty() && p.from == first && p.to+1 < aux && suspicionWords[d.toks[p.to].Norm] && d.toks[p.to+1].Norm == "of" &&
				(d.isVictim(p) || d.headIs(p, cHumanNoun|cPersonNoun)) && !d.isPlacePhrase(p) {
				return p
			}
		}
		// "Seven Turkish teachers employed by a chain of schools in Moldova
		// were seized": the people the clause opens with, not whom they work
		// for (past the times it opens with: "Six months later, in
		// September 2018, seven teachers ...")
		lead := d.sentOf(head).from
		for i := 0; i < 3; i++ {
			lead = d.leadingTime(lead, aux)
		}
		for _, st := range [2]int{cstart, lead} {
			if p := d.npAfter(st, aux, nil); !p.empty() && p.from == st && p.to+2 < aux && employParticiples[d.toks[p.to].Norm] && (d.toks[p.to+1].Norm == "by" || d.toks[p.to+1].Norm == "for") &&
				(d.isVictim(p) || d.headIs(p, cHumanNoun|cPersonNoun)) && !d.isPlacePhrase(p) && !d.anyIs(cReporting, p.to+1, aux) {
				return p
			}
		}
		// "A blogger who had criticised the leader of Chechnya was shot dead":
		// the noun the relative clause hangs on (its clause may start the
		// sentence's)
		rstart := cstart
		if first := d.sentOf(head).from; first < cstart {
			rstart = first
		}
		// (but not past a subject of the clause's own: "She received calls
		// from men who said they were police, and in March her brother was
		// detained"; "X, an activist who has lived in Montreal since 2017,
		// said that two of her brothers were detained")
		for k := aux - 2; k > rstart; k-- {
			if d.toks[k].Norm == "," && (d.toks[k+1].Norm == "and" || d.toks[k+1].Norm == "but") && d.ownSubject(k+2, aux) ||
				d.toks[k].Norm == "that" && d.toks[k-1].Norm != "," && d.ownSubject(k+1, aux) {
				rstart = k + 1
				break
			}
		}
		// (not a relative clause of the speaker's: "X, an activist who
		// campaigns for Y, told MPs that his parents were visited", when
		// the deed is one done to relatives)
		for k := aux - 2; k > rstart && m.T.Flags.relative; k-- {
			if d.toks[k].Norm == "that" && d.toks[k-1].Norm != "," {
				rstart = k
				break
			}
		}
		for r := rstart + 1; r < aux; r++ {
			if n := d.toks[r].Norm; (n == "who" || n == "which" || n == "whose") && d.toks[r-1].Norm != "," {
				p := d.pastHeadlineVerb(d.npBefore(r, rstart))
				// ("A man from east London who agreed to murder ... was
				// jailed": the man, not the town he is from)
				for i := 0; i < 2 && !p.empty() && (d.isPlacePhrase(p) || compassWords[d.toks[p.from].Norm]) && p.from-1 > rstart && d.isWord(p.from-1, cPreposition); i++ {
					p = d.npBefore(p.from-1, rstart)
				}
				// ("a retired major of the Nicaraguan Army who had lived":
				// the one the "of" phrase describes)
				for i := 0; i < 2 && !p.empty() && p.from-2 > rstart && d.toks[p.from-1].Norm == "of"; i++ {
					q := d.npBefore(p.from-1, rstart)
					if q.empty() || q.to != p.from-1 || !d.headIs(q, cPersonNoun|cHumanNoun|cVictim) {
						break
					}
					p = phrase{q.from, p.to}
				}
				// ("a former engineer at a San Francisco social media company
				// who passed data": the engineer, not where he worked)
				if !p.empty() && !d.headIs(p, cPersonNoun|cHumanNoun|cVictim) && p.from-2 > rstart && (d.toks[p.from-1].Norm == "at" || d.toks[p.from-1].Norm == "with") {
					if q := d.npBefore(p.from-1, rstart); !q.empty() && q.to == p.from-1 && d.headIs(q, cPersonNoun|cHumanNoun|cVictim) {
						p = q
					}
				}
				if !p.empty() && !d.isPlacePhrase(p) {
					// "Khashoggi, a Saudi critic who wrote ...": the name the
					// description stands beside
					if p.from-1 > cstart && d.toks[p.from-1].Norm == "," {
						if q := d.npBefore(p.from-1, cstart); !q.empty() && d.hasName(q, d.sentOf(q.from).from) {
							return q
						}
					}
					// ("Joao Maldonado, a young leader of the 2018 protests who
					// had fled", "X, a businessman and former officer who":
					// the name before the apposition that opens with an article)
					for c := p.from - 1; c > rstart && c >= p.from-12; c-- {
						if d.toks[c].Norm == "," {
							if n := d.toks[c+1].Norm; n == "a" || n == "an" || n == "the" {
								if q := d.npBefore(c, rstart); !q.empty() && q.to == c && d.namesPerson(q) {
									return q
								}
							}
							break
						}
					}
					return p
				}
				break
			}
		}
		// "Ali Motamed, who was shot": the antecedent of the relative pronoun
		if aux-1 >= cstart && (d.toks[aux-1].Norm == "who" || d.toks[aux-1].Norm == "which") && aux-2 >= 0 {
			k := aux - 2
			if d.toks[k].Norm == "," && k > 0 {
				k--
			}
			if p := d.npBefore(k+1, d.sentOf(k).from); !p.empty() {
				from := d.sentOf(k).from
				// ("arrested a Canadian resident in Mississauga, who was
				// charged": the person before the place)
				if d.isPlacePhrase(p) && p.from-1 > from && d.isWord(p.from-1, cLocative) {
					if q := d.npBefore(p.from-1, from); !q.empty() && !d.isPlacePhrase(q) {
						return q
					}
				}
				// "Jean-Paul Habineza, a Rwandan journalist and recognised
				// refugee, who was abducted": the name the apposition describes
				// ("Salma al-Shehab, a mother of two and doctoral student at
				// the University of Leeds, who was arrested": however long)
				for c := p.from - 1; c > from && c >= p.from-14; c-- {
					if d.toks[c].Norm == "," {
						if q := d.npBefore(c, from); !q.empty() && d.namesPerson(q) && q.to == c {
							return q
						}
						if q := d.personBefore(c); !q.empty() && q.to == c && q.from >= from {
							return q // ("the safety of Jean-Paul Habineza, a ...")
						}
						break
					}
				}
				return p
			}
		}
		// "Jamal Khashoggi, a Saudi journalist and columnist, was killed": the
		// name before the apposition
		if aux-1 > cstart && d.toks[aux-1].Norm == "," {
			// ... or the name in the apposition: "the leader of the movement,
			// Umarali Kuvvatov, was shot dead"
			// (a town before the apposition is not a name it stands beside: "an
			// Egyptian student in Berlin, Yasser Hamdy, was attacked")
			if q := d.npBefore(aux-1, cstart); !q.empty() && d.namesPerson(q) && (!d.hasName(d.npBefore(q.from-1, cstart), d.sentOf(q.from).from) || d.isPlacePhrase(d.npBefore(q.from-1, cstart))) {
				return q
			}
			for c := aux - 2; c > cstart; c-- {
				if d.toks[c].Norm == "," {
					p := d.npBefore(c, cstart)
					if d.onlyNumbers(p) {
						continue // "GUPTA, 52, an Indian national, was arrested"
					}
					// ("X, the president of a gurdwara in Surrey, British
					// Columbia, was shot": past the comma of an address)
					if !p.empty() && d.isPlacePhrase(p) && d.isPlacePhrase(d.npBefore(aux-1, c+1)) {
						continue
					}
					if !p.empty() && !d.isPlacePhrase(p) {
						return p
					}
					break
				}
			}
		}
		// "The six men — five teachers and a doctor — were picked up": the
		// phrase before the aside
		if first := d.sentOf(head).from; aux-1 > first && dashes[d.toks[aux-1].Norm] {
			for k := aux - 2; k > first && k >= aux-30; k-- {
				if d.toks[k].Norm == d.toks[aux-1].Norm || d.toks[aux-1].Norm == ")" && d.toks[k].Norm == "(" {
					if q := d.npBefore(k, first); !q.empty() && !d.isPlacePhrase(q) {
						return q
					}
					break
				}
			}
		}
		// "Nyamwasa survived being shot": the subject of the verb before "being"
		if aux-1 > cstart && d.toks[aux].Norm == "being" && survivalCues[d.toks[aux-1].Norm] {
			aux--
		}
		p := d.npBefore(aux, cstart)
		// "The accused was arrested", "M. was arrested", "In September both
		// were charged", "The pair were arrested": a subject no noun phrase
		// reading finds
		if p.empty() {
			p = d.bareSubject(aux, cstart)
		}
		// "Sok Dara himself was beaten": the name the reflexive stresses
		if !p.empty() && p.to-p.from == 1 && reflexives[d.toks[p.from].Norm] && p.from-1 >= cstart {
			if q := d.npBefore(p.from, cstart); !q.empty() {
				p = q
			}
		}
		// "GUPTA, 52, an Indian national, was arrested": the name before the age
		for !p.empty() && d.onlyNumbers(p) && p.from-1 > cstart && d.toks[p.from-1].Norm == "," {
			p = d.npBefore(p.from-1, cstart)
		}
		// "Two Turkish teachers with refugee status in Tanzania were seized",
		// "A man carrying a loaded rifle was arrested": the head noun before
		// the phrases that qualify it
		for !p.empty() && p.from-1 > cstart {
			j := p.from - 1
			// "a banned Tajik opposition group": a participle as an adjective
			if j-1 >= cstart && d.isVerbForm(j) && strings.HasSuffix(d.toks[j].Norm, "ed") && d.is(j-1, cDeterminer) {
				p.from = j - 1
				continue
			}
			// "Three relatives of the exiled journalist were detained": the
			// whole phrase
			if d.toks[j].Norm == "of" {
				q := d.npBefore(j, cstart)
				if !q.empty() && (d.headIs(q, cVictim) || relativeNouns[d.headNorm(q)] || d.headIs(q, cHumanNoun)) {
					p = phrase{q.from, p.to}
				}
				// "One of two suspects in the shooting of journalist X was
				// detained": past the deed the suspects are of
				// (the deed's noun, "the shooting", may open a clause of its own:
				// from the sentence's start)
				sf := d.sentOf(head).from
				in := j - 2
				if in > sf && d.isWord(in, cDeterminer) {
					in--
				}
				if in > sf && d.attackAt(j-1) && d.toks[in].Norm == "in" {
					if r := d.npBefore(in, sf); !r.empty() && (d.headNorm(r) == "suspects" || d.headNorm(r) == "suspect") {
						p = r
						// ("One of two suspects": the count it is one of)
						if r.from-1 > sf && d.toks[r.from-1].Norm == "of" {
							if o := d.npBefore(r.from-1, sf); !o.empty() && d.onlyNumbers(o) {
								p = phrase{o.from, r.to}
							}
						}
					}
				}
				break
			}
			// ("a dissident journalist on board was arrested")
			// ("six Turkish nationals working at schools in Kosovo were
			// detained": on to the participle below)
			if n := d.toks[j].Norm; (n == "on" || n == "at") && j-1 > cstart {
				if q := d.npBefore(j, cstart); !q.empty() && d.isVictim(q) && !d.isPlacePhrase(q) {
					p = q
					continue
				}
				if t := d.toks[j-1]; !strings.HasSuffix(t.Norm, "ing") || t.IsCap() {
					break
				}
			}
			// ("his elderly parents in a village near Jalandhar were visited",
			// "an activist living in the town of Odintsovo outside Moscow")
			nearPlace := (d.toks[j].Norm == "near" || d.toks[j].Norm == "outside") && d.isPlacePhrase(p)
			if n := d.toks[j].Norm; n != "with" && n != "in" && n != "from" && !nearPlace {
				// "carrying a loaded": a participle clause before the object
				j = -1
				for k := p.from - 1; k > cstart && k >= p.from-3; k-- {
					// (not past a comma: "After the beating, his brother was
					// arrested")
					if d.toks[k].Norm == "," {
						break
					}
					// (not "told us this morning that two men were
					// arrested": a time, or a noun in -ing)
					if t := d.toks[k]; strings.HasSuffix(t.Norm, "ing") && !t.IsCap() && len(t.Norm) > 4 && !d.isWord(k, cPreposition) && d.timeAt[k] < 0 && !ingNouns[t.Norm] {
						j = k
						break
					}
					// "Three men linked to a criminal organization were
					// charged", "two men suspected of spying"
					// ("a blogger known for videos mocking the government was
					// stabbed")
					if (d.isWord(k, cReducedRelative) || knownFor[d.toks[k].Norm]) && k+1 < p.from && (d.isWord(k+1, cPreposition) || d.toks[k+1].Norm == "to") {
						j = k
						break
					}
				}
				if j < 0 {
					break
				}
			}
			q := d.npBefore(j, cstart)
			// "A Saudi dissident living in Montreal was targeted": the noun
			// before the participle the place hangs on
			if t := d.toks[j-1]; q.empty() && j-1 > cstart && (d.toks[j].Norm == "in" || d.toks[j].Norm == "from") &&
				strings.HasSuffix(t.Norm, "ing") && !t.IsCap() && len(t.Norm) > 4 && !d.isWord(j-1, cPreposition) {
				q = d.npBefore(j-1, cstart)
			}
			// ("Four Turkish refugees registered with the UN refugee agency
			// are seized": the noun before the participle)
			if q.empty() && j-1 > cstart && (d.toks[j].Norm == "with" || d.toks[j].Norm == "in") && d.isWord(j-1, cReducedRelative) && !d.toks[j-1].IsCap() {
				q = d.npBefore(j-1, cstart)
			}
			if q.empty() {
				break
			}
			p = q
		}
		// ("Two men suspected of spying were arrested": not the participle
		// and its preposition)
		if p.to-2 > p.from && d.isWord(p.to-1, cPreposition) && d.isWord(p.to-2, cReducedRelative) {
			p.to -= 2
		}
		// "Two of the defendants, Azerbaijani nationals, and a third man were
		// arrested": all those the plural verb has as subject
		if n := d.toks[aux].Norm; !p.empty() && p.from-1 > cstart && d.toks[p.from-1].Norm == "and" && (n == "were" || n == "are" || n == "have") {
			if st := d.subjectStart(d.sentOf(head).from, aux); st >= 0 && st < p.from-1 && st >= cstart && !d.isPronoun(st) {
				verb := false // ("Israilov was shot dead, and three men were convicted": two clauses)
				for k := st; k < p.from && !verb; k++ {
					verb = d.isWord(k, cBe) || d.isWord(k, cReporting) || slices.Contains(d.triggers, k)
				}
				if q := d.npAfter(st, p.from-1, nil); !verb && !q.empty() && (d.isVictim(q) || d.namesPerson(q) || d.onlyNumbers(q) || d.isCountAt(q.from)) {
					p = phrase{st, p.to}
				}
			}
		}
		// "A Rwandan businessman and outspoken critic of the president was
		// shot": two descriptions of one person before a singular verb
		if !p.empty() && p.from-1 > cstart && d.toks[p.from-1].Norm == "and" && (d.toks[aux].Norm == "was" || d.toks[aux].Norm == "is" || d.toks[aux].Norm == "has") {
			if q := d.npBefore(p.from-1, cstart); !q.empty() && (d.headIs(q, cVictim) || d.headIs(q, cPersonNoun) || d.headIs(q, cHumanNoun)) {
				p = phrase{q.from, p.to}
			}
		}
		p = d.pastHeadlineVerb(p)
		if !p.empty() && !d.isPlacePhrase(p) && !(typ == vigil.Bombing && d.isInstrument(p)) {
			return p
		}
		// "He landed on December 14 and was detained": the subject the
		// coordinated verb shares
		if p.empty() && aux-1 > d.sentOf(head).from && (d.toks[aux-1].Norm == "and" || d.toks[aux-1].Norm == "but") {
			// ("another blogger, Duong Thi Hoa, who disappeared in Bangkok and
			// was later sentenced": the one the relative clause is about)
			if q := d.relativeAntecedent(aux-1, d.sentOf(head).from); !q.empty() {
				return q
			}
			// ("Krit, 52, fled Thailand and was charged": a name its age
			// follows is a person's)
			// (past a time that opens the sentence: "In October, Khashoggi
			// walked into the consulate and was killed there")
			first := d.sentOf(head).from
			if q := d.npAfter(d.leadingTime(first, aux-1), aux-1, nil); !q.empty() && (d.isSinglePerson(q) || d.namesPerson(q) || d.agedName(q)) {
				return q
			}
			// "media said the men were members of the movement and had been
			// detained": the subject of the be-form before the "and"
			from := d.sentOf(head).from
			for j := aux - 2; j > from && j >= aux-16; j-- {
				if d.toks[j].Norm == "," || d.toks[j].Norm == ";" {
					break
				}
				if d.isWord(j, cBe) && d.toks[j].Norm != "'s" {
					if q := d.npBefore(j, from); !q.empty() && (d.isVictim(q) || d.namesPerson(q)) {
						return q
					}
					break
				}
			}
		}
	}
	// "Sharofiddin Nazarov, deported from Istanbul on Tuesday, was detained":
	// a participle set off after a name is done to that name
	// (not the agent of an aside before a main verb and its object:
	// "Officers, alerted by Dutch colleagues, arrested Khan")
	if !passive && !m.T.Noun && typ != vigil.Protest && m.First > 1 && d.toks[m.First-1].Norm == "," && strings.HasSuffix(d.toks[m.First].Norm, "ed") && !d.objectAfter(m.Last+1, cend) {
		if p := d.npBefore(m.First-1, d.sentOf(head).from); !p.empty() && (d.namesPerson(p) || d.isVictim(p)) && !(p.from > 0 && d.toks[p.from-1].Norm == "by") {
			return p
		}
	}
	// "threatened to harm her family": whom the threat names
	if typ == vigil.Intimidation && !m.T.Noun && strings.HasPrefix(d.toks[m.Last].Norm, "threat") && m.Last+3 < cend && d.toks[m.Last+1].Norm == "to" {
		if p := d.npAfter(m.Last+3, cend, nil); !p.empty() && !d.isPlacePhrase(p) {
			return p
		}
	}
	// "eleven mosques in Minneapolis received emailed threats": who got them
	// (the subject's places may stand in clauses of their own)
	if (typ == vigil.Intimidation || typ == vigil.Cyberattack) && !passive {
		for k := m.First; k > cstart && k >= m.First-3; k-- {
			if receiptVerbs[d.toks[k].Norm] {
				if p := d.subjectBefore(k, d.sentOf(k).from); !p.empty() {
					return p
				}
				break
			}
		}
	}
	// "filming a protest by Hong Kong activists": those who protested
	if typ == vigil.Surveillance && gatherings[d.toks[m.Last].Norm] && m.Last+2 < cend && d.toks[m.Last+1].Norm == "by" {
		if p := d.npAfter(m.Last+2, cend, nil); !p.empty() {
			return p
		}
	}
	// "declared two Iranian diplomats persona non grata"
	if typ == vigil.Expulsion && m.T.Noun && d.toks[m.First].Norm == "persona" {
		// ("declared a member of the diplomatic staff of the Embassy of the
		// Republic of Kazakhstan in Prague persona non grata": far back)
		// ("declared Pedro Salas, a consul of the embassy, persona non
		// grata": past one apposition set off by commas)
		commas := 0
		for k := m.First - 1; k > cstart && k >= m.First-24 && d.toks[k].Norm != ";" && commas <= 2; k-- {
			if d.toks[k].Norm == "," {
				commas++
				continue
			}
			if n := d.toks[k].Norm; n == "declared" || n == "declares" || n == "declaring" || n == "declare" {
				if p := d.npAfter(k+1, m.First, nil); !p.empty() {
					return p
				}
				break
			}
		}
	}
	// "filmed them from an upper window of the embassy": the people the verb
	// takes, not the place it was done from
	if !m.T.Noun && len(m.HeadTokens) > 1 && (typ == vigil.Surveillance || typ == vigil.Cyberattack) && m.First+1 < m.Last {
		if n := d.toks[m.First+1].Norm; n == "them" || n == "him" || n == "her" && !d.isContent(m.First+2) {
			return phrase{m.First + 1, m.First + 2}
		}
		// "drove past the journalist's house and photographed it from his
		// car": the owner of the home "it" stands for
		if d.toks[m.First+1].Norm == "it" {
			if p := d.ownerOfDwellingBefore(m.First, cstart); !p.empty() {
				return p
			}
		}
	}
	// "filming the building of an exile channel", "targeted the phones of
	// three journalists": a pattern that ends in a thing names its owner next
	if !m.T.Noun && len(m.HeadTokens) > 1 && (typ == vigil.Surveillance || typ == vigil.Cyberattack) && m.Last+2 < cend && d.toks[m.Last+1].Norm == "of" {
		if p := d.npAfter(m.Last+2, cend, nil); !p.empty() && !d.isPlacePhrase(p) {
			return p
		}
	}
	// "photograph and film Alinejad's home": a pattern that ends in a thing
	// names its owner before it
	// ("a photograph of his front door": the pronoun, for the coder to resolve)
	if !m.T.Noun && len(m.HeadTokens) > 1 && (typ == vigil.Surveillance || typ == vigil.Cyberattack) && (dwellings[d.toks[m.Last].Norm] || cyberAssets[d.toks[m.Last].Norm] || faceWords[d.toks[m.Last].Norm]) {
		if d.toks[m.Last-1].Norm == "'s" {
			if p := d.personBefore(m.Last - 1); !p.empty() && p.to == m.Last-1 && p.from > m.First {
				return p
			}
		}
		for k := m.Last - 1; k > m.HeadTokens[len(m.HeadTokens)-2] && k >= m.Last-3; k-- {
			if d.isWord(k, cPossessive) && d.toks[k].Norm != "its" {
				return phrase{k, m.Last + 1}
			}
		}
	}
	// "sent home two Russian diplomats": a pattern that ends in whom it names
	// ("photographing activists at meetings": the people the pattern ends in)
	if !m.T.Noun && len(m.HeadTokens) > 1 && (staffNouns[d.toks[m.Last].Norm] || typ == vigil.Surveillance && d.isWord(m.Last, cVictim|cHumanNoun)) {
		from := m.HeadTokens[len(m.HeadTokens)-2] + 1
		if p := d.npBefore(m.Last+1, from); !p.empty() {
			// ("withdrawing Verma and the other diplomats": all of them)
			and := p.from - 1
			if and > from && d.is(and, cDeterminer) {
				and--
			}
			if and > from && d.toks[and].Norm == "and" {
				if q := d.npBefore(and, from); !q.empty() {
					p.from = q.from
				}
			}
			return p
		}
	}
	// "an attache at the Iranian embassy was no longer welcome": a pattern
	// that starts with whom it names
	if !m.T.Noun && len(m.HeadTokens) > 1 && typ == vigil.Expulsion && diplomatNouns[d.toks[m.First].Norm] {
		if p := d.npBefore(m.First+1, cstart); !p.empty() {
			return p
		}
	}
	if m.T.Noun && isAttack(typ) {
		// "A Rwandan opposition politician living in exile survived a
		// shooting": who survived it is whom it aimed at
		for k := m.First - 1; k > cstart && k >= m.First-3; k-- {
			if survivalVerbs[d.toks[k].Norm] {
				// (past an opening date: "In 2020, another blogger survived")
				st := d.subjectStart(d.sentOf(k).from, k)
				if st < 0 {
					st = d.sentOf(k).from
				}
				if p := d.npAfter(st, k, nil); !p.empty() && (d.isVictim(p) || d.namesPerson(p)) {
					// "another Chechen blogger, Tumso Abdurakhmanov, survived":
					// the name in the apposition
					if p.to+1 < k && d.toks[p.to].Norm == "," {
						if q := d.personAt(p.to + 1); !q.empty() && q.to < k && d.toks[q.to].Norm == "," {
							return q
						}
					}
					return p
				}
				break
			}
		}
	}
	// "added six officials to its sanctions list over the crackdown on
	// protesters": whom the list now holds, before any complement
	if typ == vigil.Sanction && m.T.Noun && m.Last+1 < cend && (d.toks[m.Last+1].Norm == "list" || d.toks[m.Last+1].Norm == "lists") {
		if p := d.listedOn(m, cstart); !p.empty() {
			return p
		}
	}
	// "whose annual meeting was the target of a foiled bomb plot": the
	// subject of the "was"
	if m.T.Noun {
		for k := m.First - 1; k > cstart+1 && k >= m.First-4; k-- {
			if d.toks[k].Norm != "of" {
				continue
			}
			if n := d.toks[k-1].Norm; n == "target" || n == "targets" || n == "victim" || n == "victims" {
				j := k - 2
				for j > cstart && d.is(j, cDeterminer) {
					j--
				}
				if d.isWord(j, cBe) {
					p := d.npBefore(j, cstart)
					// ("whose annual meeting in Villepinte was": the meeting)
					if !p.empty() && d.isPlacePhrase(p) && p.from-1 > cstart && d.isWord(p.from-1, cLocative) {
						if q := d.npBefore(p.from-1, cstart); !q.empty() {
							p.from = q.from
						}
					}
					if !p.empty() && !d.isPronoun(p.from) && !d.isPlacePhrase(p) {
						return p
					}
				}
			}
			break
		}
	}
	// "planning to attack the Vilnius office of an exile channel with an
	// explosive device": what the verb before "with" aimed at
	if m.T.Noun && typ == vigil.Bombing && m.First-2 > cstart {
		w := m.First - 1
		for w > cstart && (d.is(w, cDeterminer) || d.isAdjective(w)) && d.toks[w].Norm != "with" {
			w--
		}
		if d.toks[w].Norm == "with" {
			for v := w - 1; v > cstart && v >= w-12; v-- {
				if attackVerbs[d.toks[v].Norm] {
					if p := d.npAfter(v+1, w, nil); !p.empty() && !d.isPlacePhrase(p) {
						return p
					}
					break
				}
			}
		}
	}
	// "had his phone infected with spyware": what was infected, not with what
	if typ == vigil.Cyberattack && !m.T.Noun && d.toks[m.First].Norm == "infected" && d.toks[m.Last].Norm == "with" && !passive {
		if p := d.npBefore(m.First, cstart); !p.empty() && cyberAssets[d.headNorm(p)] {
			// ("Her husband had his phone infected": the one who had it)
			if h := p.from - 1; h > cstart && d.isWord(p.from, cPossessive) && (d.toks[h].Norm == "had" || d.toks[h].Norm == "has") {
				if st := d.subjectStart(d.sentOf(head).from, h); st >= 0 {
					if q := d.npAfter(st, h, nil); !q.empty() && (d.isVictim(q) || d.namesPerson(q)) {
						return q
					}
				}
			}
			return p
		}
	}
	// "handed a life sentence to Karim B.", "gave him a life sentence": whom
	// the court gave the sentence
	if m.T.Noun && typ == vigil.Conviction {
		if p := d.sentenceGivenTo(m, cstart, cend); !p.empty() {
			return p
		}
	}
	// "an unsuccessful effort to seize a third teacher": a noun pattern that
	// ends in a verb takes its object
	if m.T.Noun && len(m.HeadTokens) > 1 && d.toks[m.Last-1].Norm == "to" && m.Last+1 < cend {
		if p := d.npAfter(m.Last+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
			return p
		}
	}
	if m.T.Noun {
		// "his email account was targeted with phishing messages": the
		// subject of the passive the noun completes
		if v := m.First - 2; v > cstart && d.toks[m.First-1].Norm == "with" && d.isVerbForm(v) && d.isPassive(v, cstart) {
			verb := *m.T
			verb.Noun = false
			if p := d.target(triggerMatch{T: &verb, First: v, Last: v, HeadTokens: []int{v}}, cstart, cend, true); !p.empty() {
				return p
			}
		}
		// "a police vehicle struck an improvised explosive device": what hit it
		if typ == vigil.Bombing {
			k := m.First - 1
			for k > cstart && k >= m.First-3 && !strikeVerbs[d.toks[k].Norm] && d.toks[k].Kind == token.Word {
				k--
			}
			harmed := false // "..., killing four soldiers": they are the target
			for h := m.Last + 1; h < len(d.toks) && h <= m.Last+12 && d.toks[h].Norm != "."; h++ {
				harmed = harmed || harmVerbs[d.toks[h].Norm]
			}
			if k > cstart && strikeVerbs[d.toks[k].Norm] && !harmed {
				// (but "insurgents triggered an IED": those who set it off)
				if p := d.npBefore(k, cstart); !p.empty() && !d.isPlacePhrase(p) && !d.isInstrument(p) && !d.isArmedParty(p) {
					return p
				}
			}
		}
		// "the killing of X", "attacks on X", "sanctions against X"
		// "an airstrike by the Myanmar military on Hpakant": past the agent
		first := m.Last + 1
		if first+1 < cend && d.toks[first].Norm == "by" {
			if q := d.npAfter(first+1, cend, nil); !q.empty() {
				first = q.to
			}
		}
		// "the killing in February 2021 of a refugee": past the time
		if first+2 < cend && (d.toks[first].Norm == "in" || d.toks[first].Norm == "on") && d.timeAt[first+1] >= 0 {
			k := first + 1
			for k < cend && d.timeAt[k] >= 0 {
				k++
			}
			if k+1 < cend && d.toks[k].Norm == "of" {
				first = k
			}
		}
		// "sanctions under the Special Economic Measures Act on two
		// officials": past the law they are imposed under
		if first+1 < cend && d.toks[first].Norm == "under" {
			if q := d.npAfter(first+1, cend, nil); !q.empty() && q.to < cend && lawTitleWords[d.toks[q.to-1].Norm] {
				first = q.to
			}
		}
		// "bounties of HK$1 million on five activists": past the sum
		if first+1 < cend && d.toks[first].Norm == "of" {
			k := first + 1
			for k < cend && k <= first+6 && (d.toks[k].Kind != token.Word || d.isCountAt(k) || amountWords[d.toks[k].Norm] || d.toks[k].IsUpper()) {
				k++
			}
			if k > first+2 && k < cend && nounComplements[d.toks[k].Norm] && d.toks[k].Norm != "of" {
				first = k
			}
		}
		// "sentenced ... for stabbing exiled blogger Rufat Huseynli": a
		// gerund after a preposition takes its object directly
		if pr := m.First - 1; pr >= 0 && strings.HasSuffix(d.toks[m.Last].Norm, "ing") && (d.toks[pr].Norm == "for" || d.toks[pr].Norm == "of" || d.toks[pr].Norm == "with") &&
			first < cend && d.toks[first].Kind == token.Word && !d.isWord(first, cPreposition) {
			if p := d.npAfter(first, cend, nil); !p.empty() && p.from == first && (d.isVictim(p) || d.namesPerson(p)) {
				// (not "more" of "more than a dozen times")
				for p.to-1 > p.from && countAdverbs[d.toks[p.to-1].Norm] {
					p.to--
				}
				return p
			}
		}
		// "the kidnapping and murder of Ronald Ojeda": past the attack noun
		// coordinated with it, whose complement both share
		if first+2 < cend && d.toks[first].Norm == "and" && isAttack(typ) && d.attackAt(first+1) {
			first += 2
		}
		for after := first; after < cend && after <= first+2; after++ {
			if typ == vigil.Protest && d.toks[after].Norm == "of" {
				break // "a rally of 60 supporters": who protested, not against whom
			}
			// ("an explosive device under a bus carrying police personnel")
			if nounComplements[d.toks[after].Norm] || typ == vigil.Bombing && bombPlacements[d.toks[after].Norm] {
				p := d.npAfter(after+1, cend, nil)
				// ("held in detention on charges of ...": the grounds, not whom)
				if !p.empty() && groundsNouns[d.toks[p.from].Norm] {
					break
				}
				if !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) && !platforms[d.toks[p.from].Norm] {
					return p
				}
				// "a harassment campaign on X targeted a Uyghur activist": the
				// platform is where, the verb's object whom
				if !p.empty() && platforms[d.toks[p.from].Norm] {
					for k := p.to; k+1 < cend && k <= p.to+2; k++ {
						if n := d.toks[k].Norm; n == "targeted" || n == "targeting" || n == "hit" {
							if q := d.npAfter(k+1, cend, nil); !q.empty() {
								return q
							}
						}
					}
				}
				// "sanctions on Tuesday on five officials": past the day
				if after+1 < cend && d.timeAt[after+1] >= 0 {
					t := d.timeAt[after+1]
					k := after + 1
					for k < cend && d.timeAt[k] == t {
						k++
					}
					if k+1 < cend && nounComplements[d.toks[k].Norm] {
						if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
							return p
						}
					}
				}
				break
			}
			if !d.isContent(after) || !strings.Contains(d.toks[m.Last].Norm, "-") && !vehicleNouns[d.toks[after].Norm] {
				break
			}
		}
		// "the arrest by the RCMP on September 19, 2024, of two people": the
		// complement after an agent and a date
		if m.T.Type.IsResponse() {
			for k := m.Last + 2; k+1 < cend && k <= m.Last+16; k++ {
				if d.toks[k].Norm == "of" && (d.toks[k-1].Norm == "," || d.timeAt[k-1] >= 0) {
					if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
						return p
					}
					break
				}
			}
		}
		// "guilty of shooting Zelimkhan Khangoshvili": a gerund after a
		// preposition takes an object as its verb would
		// ("of stabbing a blogger": a person described after an article)
		if strings.HasSuffix(d.toks[m.Last].Norm, "ing") && m.First > 0 && d.isWord(m.First-1, cPreposition) &&
			m.Last+1 < cend && (d.toks[m.Last+1].IsCap() || d.is(m.Last+1, cDeterminer)) {
			if p := d.npAfter(m.Last+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) && (d.toks[m.Last+1].IsCap() || d.isVictim(p)) {
				return p
			}
		}
		// "X's arrest", "approved his extradition"
		if m.First-1 >= cstart && !isAttack(typ) && typ.IsResponse() && typ != vigil.Sanction && typ != vigil.Expulsion {
			switch d.toks[m.First-1].Norm {
			case "'s":
				if p := d.npBefore(m.First-1, cstart); m.First-1 > cstart && !p.empty() {
					return p
				}
			case "his", "her", "their":
				return phrase{m.First - 1, m.First}
			}
		}
		// "He had been tortured during an earlier detention": a detention with
		// no one named is the subject's own
		if typ == vigil.Arrest && m.Last+1 < len(d.toks) && !nounComplements[d.toks[m.Last+1].Norm] {
			for k := m.First - 1; k > cstart && k >= m.First-3; k-- {
				if !durationPreps[d.toks[k].Norm] {
					continue
				}
				from := d.sentOf(head).from
				if st := d.subjectStart(from, k); st >= 0 {
					if n := d.toks[st].Norm; n == "he" || n == "she" {
						return phrase{st, st + 1}
					}
					if p := d.personAt(st); !p.empty() && p.to < k {
						return p
					}
				}
				break
			}
		}
	} else {
		// "suspended all contacts with Moscow": whom the ties were with
		if relationNouns[d.toks[m.Last].Norm] && m.Last+2 < cend && d.toks[m.Last+1].Norm == "with" {
			if p := d.npAfter(m.Last+2, cend, nil); !p.empty() && !d.isTimePhrase(p) {
				return p
			}
		}
		// "followed him": a pattern that ends in its object
		if d.isWord(m.Last, cPronoun) && m.Last > m.First {
			return phrase{m.Last, m.Last + 1}
		}
		// "drove a truck into a Christmas market": a pattern that ends in a
		// preposition names its target after it
		if d.isWord(m.Last, cPreposition) {
			from := m.Last + 1
			// "spying on and pressuring Eritrean refugees": the object the
			// next verb shares
			if from+2 < cend && (d.toks[from].Norm == "and" || d.toks[from].Norm == "or") && d.isVerbForm(from+1) {
				from += 2
			}
			if p := d.npAfter(from, cend, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
				return p
			}
		}
		// the object after the verb (for gapped patterns, after the first word:
		// "ordered 60 diplomats to leave", "recalled its ambassador")
		after := m.Last + 1
		// ("handed over three members to Phnom Penh": after the words before
		// the pattern's first gap)
		for i := 1; i < len(m.HeadTokens); i++ {
			if m.HeadTokens[i] > m.HeadTokens[i-1]+1 {
				after = m.HeadTokens[i-1] + 1
				break
			}
		}
		// "plots to kidnap or kill them": the object two verbs share
		if after+2 < cend && (d.toks[after].Norm == "or" || d.toks[after].Norm == "and") && slices.Contains(d.triggers, after+1) {
			after += 2
		}
		// "took in relatives of two activists for questioning"
		if after+1 < cend && d.toks[after].Norm == "in" && (d.toks[head].Norm == "took" || d.toks[head].Norm == "taken" || d.toks[head].Norm == "take") {
			after++
		}
		// "sentenced in absentia a Swedish-based journalist"
		if after+2 < cend && d.toks[after].Norm == "in" && d.toks[after+1].Norm == "absentia" {
			after += 2
		}
		// "beat up an activist": the verb's particle is no part of whom
		if after+1 < cend && d.toks[after].Norm == "up" && d.toks[after+1].Norm != "to" {
			after++
		}
		if p := d.npAfter(after, cend, verbParticles); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
			if typ != vigil.Bombing && typ != vigil.ArmedAttack || !d.isInstrument(p) {
				return p
			}
			// "detonate a truck bomb during the MEK's celebrations": the bomb is
			// the means, the gathering the target
			for k := p.to; k < cend && k <= p.to+2; k++ {
				if n := d.toks[k].Norm; nounComplements[n] || n == "during" || n == "near" || n == "outside" {
					if q := d.npAfter(k+1, cend, nil); !q.empty() && !d.isPlacePhrase(q) && !d.isTimePhrase(q) {
						return q
					}
				}
			}
		}
	}
	// "agreed to put the Directorate ... on the bloc's terrorist list"
	if typ == vigil.Sanction && m.T.Noun {
		if p := d.listedOn(m, cstart); !p.empty() {
			return p
		}
	}
	// "a bomb attached to the car of judge X", "fired on the convoy of X": the
	// owner is the target
	if typ == vigil.Bombing || typ == vigil.ArmedAttack || typ == vigil.Assassination {
		for k := m.Last + 1; k+2 < cend && k <= m.Last+8; k++ {
			if ownedNouns[d.toks[k].Norm] && d.toks[k+1].Norm == "of" {
				if p := d.npAfter(k+2, cend, nil); !p.empty() && !d.isPlacePhrase(p) && d.hasName(p, 0) {
					return p
				}
			}
		}
	}
	// "a device detonated near a police checkpoint", "a grenade thrown at a
	// picket": where a blast or volley was aimed, when it is no town
	if typ == vigil.Bombing || typ == vigil.ArmedAttack {
		reach := 8 // "a device hidden in a parked motorcycle detonated beside a market"
		if bomberNouns[d.toks[m.Last].Norm] {
			reach = 10 // "a suicide bomber drove a vehicle laden with explosives into the gate"
		}
		for k := m.Last + 1; k+1 < cend && k <= m.Last+reach; k++ {
			if aimPreps[d.toks[k].Norm] {
				if d.toks[k].Norm == "next" {
					if d.toks[k+1].Norm != "to" {
						continue
					}
					k++ // "exploded next to a military vehicle"
				}
				if d.toks[k].Norm == "at" && (d.toks[k+1].Norm == "least" || d.toks[k+1].Norm == "most") {
					continue // "kills at least 18"
				}
				// ("fired five shots at Jorge Ruiz Paredes": a person's name)
				if p := d.personAt(k + 1); d.toks[k].Norm == "at" && !p.empty() && p.to <= cend {
					return p
				}
				// (not "near the town of Tyre": a town is where; nor "beside a
				// road": a road is where a bomb lay, not what it aimed at)
				if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) && d.placeAt[p.from] < 0 && !d.toks[p.from].IsCap() && !d.isInstrument(p) && describes(d.phraseText(p)) && !d.namesSettlement(p) && !roadNouns[d.toks[p.to-1].Norm] {
					return p
				}
			}
		}
	}
	if typ == vigil.Bombing {
		// "a bomb went off as a military vehicle passed": what passed
		for k := m.Last + 1; k+2 < cend && k <= m.Last+16; k++ {
			if n := d.toks[k].Norm; n == "as" || n == "when" {
				if p := d.npAfter(k+1, cend, nil); !p.empty() && p.to < cend && passingVerbs[d.toks[p.to].Norm] && !d.isPlacePhrase(p) {
					return p
				}
			}
		}
	}
	// "a magnetic bomb attached to his vehicle killed the deputy governor":
	// whom the device killed or wounded ("a ransomware attack encrypted the
	// servers of a hospital")
	if typ == vigil.Bombing || typ == vigil.ArmedAttack || typ == vigil.Cyberattack {
		for k := m.Last + 1; k < cend && k <= m.Last+10; k++ {
			if harmVerbs[d.toks[k].Norm] {
				if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) && !d.onlyNumbers(p) {
					// "encrypted 30 servers of the University Hospital": whose
					for j := p.from; j+1 < p.to; j++ {
						if cyberAssets[d.toks[j].Norm] && d.toks[j+1].Norm == "of" {
							if q := d.npAfter(j+2, cend, nil); !q.empty() {
								return q
							}
						}
					}
					// "the deputy governor, Ghulam Sakhi Nazari,": the name
					if p.to+1 < cend && d.toks[p.to].Norm == "," {
						if q := d.personAt(p.to + 1); !q.empty() && !d.isPlacePhrase(q) && d.placeAt[q.from] < 0 {
							return q
						}
					}
					return p
				}
				break
			}
		}
	}
	// "... against X", "targeting X" later in the clause (not inside a
	// title: "the UN Convention against Torture")
	for k := m.Last + 1; k < cend; k++ {
		n := d.toks[k].Norm
		if n == "against" && k > 0 && d.capital(k-1) && k+1 < cend && d.capital(k+1) {
			continue
		}
		if n == "against" || n == "targeting" || n == "targeted" {
			if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) {
				return p
			}
		}
	}
	// "a rally outside the Cambodian embassy": what protesters gather at, when
	// nothing is named as what they are against ("gathered outside the Lao
	// embassy": the pattern may hold the preposition, or the site too)
	if typ == vigil.Protest {
		for k := m.First + 1; k+1 < cend && k <= m.Last+10; k++ {
			if n := d.toks[k].Norm; n == "outside" || n == "at" || n == "before" || n == "front" && k+1 < cend && d.toks[k+1].Norm == "of" {
				from := k + 1
				if n == "front" {
					from = k + 2
				}
				// (inside the pattern only a state's mission: "stood outside
				// the court with placards" is where, not whom)
				if p := d.npAfter(from, cend, nil); !p.empty() && d.namesSite(p) && (k > m.Last || d.anyWord(missionSites, p.from, p.to)) {
					return p
				}
			}
		}
	}
	return phrase{}
}

// platforms are where online campaigns run, not whom they hit.
var platforms = set("x", "twitter", "facebook", "telegram", "whatsapp", "instagram", "youtube", "tiktok", "wechat", "signal",
	"viber", "skype", "snapchat", "linkedin", "weibo", "vkontakte", "bluesky")

// diplomatNouns name the diplomats an expulsion pattern may open with.
var diplomatNouns = set("diplomat", "diplomats", "secretary", "attache", "attaché", "counsellor", "counselor", "consul", "envoy", "ambassador")

// staffNouns end patterns that name whom a state sends away.
var staffNouns = set("diplomat", "diplomats", "envoy", "envoys", "ambassador", "ambassadors", "staff", "officer", "officers")

// dashes set off asides.
var dashes = set("-", ")")

// survivalVerbs make their subject the one an attack aimed at.
var survivalVerbs = set("survived", "survives", "survive", "escaped", "escapes", "escape")

// receiptVerbs make their subject the one threats were sent to.
var receiptVerbs = set("received", "receive", "receives", "receiving", "got", "get", "gets", "getting", "faced", "faces", "face")

// subjectBefore is the noun phrase before token k, past the places that
// qualify it: "at least eleven mosques in Minneapolis, Minnesota, United
// States," before "received".
func (d *doc) subjectBefore(k, cstart int) phrase {
	j := k
	// ("the blogger had also received": past the auxiliaries)
	for j-1 > cstart && (d.isWord(j-1, cAuxiliary) || d.isWord(j-1, cAdverb)) {
		j--
	}
	for steps := 0; steps < 10 && j > cstart; steps++ {
		if d.toks[j-1].Norm == "," {
			j--
			continue
		}
		p := d.npBefore(j, cstart)
		if p.empty() {
			return phrase{}
		}
		if !d.isPlacePhrase(p) {
			// "Ahmed Salem, a poet living in Istanbul, received": the name
			// the description stands beside
			if c := p.from - 1; c > cstart && d.toks[c].Norm == "," && !d.namesPerson(p) {
				if q := d.personBefore(c); !q.empty() && q.to == c && q.from >= cstart && d.namesPerson(q) {
					return q
				}
			}
			return p
		}
		j = p.from
		if j-1 > cstart && d.isWord(j-1, cLocative) {
			j--
			// "Two Kazakh opposition figures living in Kyiv received": the
			// people the participle before the place describes
			if t := d.toks[j-1]; j-1 > cstart && !t.IsCap() && (strings.HasSuffix(t.Norm, "ing") && len(t.Norm) > 4 || t.Norm == "based") {
				j--
			}
		}
	}
	return phrase{}
}

// asideParticiples, with irregularParticiples, open an aside about the
// person before them (", taken from his home in May,", ", born in Herat,").
var asideParticiples = set("seen", "born", "known", "seized", "kidnapped", "hit")

// daysLater: sentence s tells its deed a few days or hours after the one
// before: "Days later ...", "A few days later ...", "Within days ...", or
// the same words further on ("Kigali responded days later by expelling").
func (d *doc) daysLater(s sentInfo) bool {
	return d.unitsLater(s.from, s.to, dayUnits, false)
}

// weeksLater: sentence s opens by telling its deed weeks or months after the
// one before: "Within weeks ...", "Weeks later ...", "A few months later ...".
func (d *doc) weeksLater(s sentInfo) bool {
	return d.unitsLater(s.from, min(s.to, s.from+5), weekUnits, true)
}

// unitsLater: tokens [from, to) hold "<units> later" (or "afterwards" when
// afterwards is set) or "within <units>", for one of units.
func (d *doc) unitsLater(from, to int, units map[string]bool, afterwards bool) bool {
	for k := from; k+1 < to; k++ {
		n, next := d.toks[k].Norm, d.toks[k+1].Norm
		if (next == "later" || afterwards && next == "afterwards") && units[n] || n == "within" && units[next] {
			return true
		}
	}
	return false
}

// opensWithTheAttack: sentence s opens with an attack told before, "The
// killing ...", "The shooting ...".
func (d *doc) opensWithTheAttack(s sentInfo) bool {
	return s.to-s.from > 2 && d.toks[s.from].Norm == "the" && attackNouns[d.toks[s.from+1].Norm]
}

// dayUnits and weekUnits count how long after a deed told before: a few
// days keep its month, weeks or months only its year.
var (
	dayUnits  = set("days", "hours")
	hourUnits = set("hours", "minutes")
	weekUnits = set("weeks", "months")
)

// laterBy reads "two months later", "a week later", "three years later" in
// tokens [k, end): a count of units after a time told before.
func (d *doc) laterBy(k, end int) (timeBack, bool) {
	if end-k != 3 || d.toks[k+2].Norm != "later" {
		return timeBack{}, false
	}
	unit, n := backUnits[d.toks[k+1].Norm], d.unitCount(k)
	if unit.zero() || n == 0 {
		return timeBack{}, false
	}
	return unit.times(n), true
}

// laterDate is anchor moved on by b, at no finer precision than the
// anchor's or b's: two months after "2018" is only 2018.
func laterDate(anchor vigil.Date, b timeBack) vigil.Date {
	p := vigil.PrecisionDay
	switch {
	case b.years > 0:
		p = vigil.PrecisionYear
	case b.months > 0:
		p = vigil.PrecisionMonth
	}
	return vigil.DayDate(anchor.Time().AddDate(b.years, b.months, b.days)).Truncate(min(p, anchor.Precision))
}

// servedNoticeVerb is the verb before "notices of" a measure ("served
// notices of expulsion", "issued an order of expulsion"), or -1.
func (d *doc) servedNoticeVerb(m triggerMatch, cstart int) int {
	k := m.First - 1
	if !m.T.Noun || k-1 <= cstart || d.toks[k].Norm != "of" || !noticeNouns[d.toks[k-1].Norm] {
		return -1
	}
	k -= 2
	for k > cstart && d.isWord(k, cDeterminer) {
		k--
	}
	if k > cstart && d.toks[k].Kind == token.Word && !d.toks[k].IsCap() && d.isVerbForm(k) {
		return k
	}
	return -1
}

// noticeNouns carry a measure to those it applies to.
var noticeNouns = set("notice", "notices", "order", "orders", "notification", "notifications")

// goingOn: the verb at token v is told in the present progressive: "are
// still rallying", "is protesting".
func (d *doc) goingOn(v int) bool {
	if !strings.HasSuffix(d.toks[v].Norm, "ing") {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-2; k-- {
		switch d.toks[k].Norm {
		case "is", "are":
			return true
		case "still", "now", "currently", "again":
		default:
			return false
		}
	}
	return false
}

// presentPerfect: the verb at token v is told in the present perfect ("have
// been charged", "has arrested").
func (d *doc) presentPerfect(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch d.toks[k].Norm {
		case "has", "have":
			return true
		case "been", "also", "now", "since", "already":
			continue
		}
		return false
	}
	return false
}

// attackBetween: an attack's trigger lies between tokens from and to, in
// the same clause as to (no semicolon between).
func (d *doc) attackBetween(from, to int) bool {
	for _, t := range d.triggers {
		if t > from && t < to && d.attackAt(t) {
			for k := t + 1; k < to; k++ {
				if d.toks[k].Norm == ";" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// circumstanceEnd is the end of a clause right after cend that tells the
// circumstances of the deed before it (", while transiting through Dubai in
// 2020", "while on holiday in Granada"), or cend when none follows.
func (d *doc) circumstanceEnd(cend, sentEnd int) int {
	k := cend
	if k < sentEnd && d.toks[k].Norm == "," {
		k++
	}
	if k+1 >= sentEnd || d.toks[k].Norm != "while" && d.toks[k].Norm != "when" {
		return cend
	}
	if n := d.toks[k+1].Norm; !(strings.HasSuffix(n, "ing") || n == "on") {
		return cend
	}
	e := k + 2
	for e < sentEnd && d.toks[e].Norm != "," && d.toks[e].Norm != "and" && d.toks[e].Norm != ";" {
		e++
	}
	return e
}

// groupAsides open an aside about a group before its verb: ", all
// registered with the UN refugee agency,".
var groupAsides = set("all", "both", "each", "most", "many", "some", "several", "none", "among", "including")

// leadingTime is the token after a sentence's opening time and its comma
// ("Last Friday, ...", "On 3 May, ..."), or first when it has none.
func (d *doc) leadingTime(first, end int) int {
	k := first
	for k < end && (d.timeAt[k] >= 0 || d.isWord(k, cPreposition) && k+1 < end && d.timeAt[k+1] >= 0) {
		k++
	}
	// ("June 18, 2023 — Nijjar, a Sikh leader, ...": a timeline entry's date
	// before its dash)
	if k > first && k < end && (d.toks[k].Norm == "," || d.toks[k].Norm == "—" || d.toks[k].Norm == "–" || d.toks[k].Norm == "-") {
		return k + 1
	}
	return first
}

// knownFor are the words that describe a person by what he is known for or
// critical of ("known for videos", "critical of the regime").
var knownFor = set("known", "famous", "famed", "noted", "critical", "notorious", "popular", "celebrated", "remembered", "renowned")

// bomberNouns are triggers that name the attacker, whose verb tells the aim.
var bomberNouns = set("bomber", "bombers", "attacker", "attackers")

// cyberAssets are the machines and accounts an attack hits for their owner
// ("targeted the phones of three journalists", "hacked her iPhone").
var cyberAssets = set("servers", "server", "systems", "system", "computers", "computer", "networks", "network",
	"websites", "website", "accounts", "account", "phones", "phone", "devices", "device", "databases", "database",
	"emails", "email", "inbox", "iphone", "iphones", "smartphone", "smartphones", "handset", "handsets", "laptop", "laptops")

// passingVerbs tell what a roadside blast was timed for.
var passingVerbs = set("passed", "passing", "drove", "approached", "travelled", "traveled", "went")

// strikeVerbs tell what ran onto a mine or roadside bomb.
var strikeVerbs = set("struck", "hit", "triggered", "ran")

// munitionHeads are what is fired in a strike: its subject ("a drone of
// the army struck a car") or what was launched at the target ("launched
// dozens of drones at the bases").
var munitionHeads = set("drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells", "mortar", "mortars")

// roadNouns name where a roadside bomb lay rather than what it hit.
var roadNouns = set("road", "roads", "roadside", "highway", "street", "track", "path", "route")

// aimPreps introduce what a blast or volley hit.
var aimPreps = set("at", "near", "outside", "into", "inside", "targeting", "next", "beside", "alongside", "behind")

// namesSite: the phrase names a building protests are aimed at ("the
// Ministry of Education", "the Chinese embassy").
func (d *doc) namesSite(p phrase) bool {
	for k := p.from; k < p.to; k++ {
		if protestSites[d.toks[k].Norm] {
			return true
		}
	}
	return false
}

// isProtestVenue: the phrase names where a crowd gathered, not whom it
// protested against: a named place, or a building or open space that houses
// no government ("the town hall steps", "Hongik University", "the court
// building").
func (d *doc) isProtestVenue(p phrase) bool {
	if _, ok := d.actorIn(p); p.empty() || ok {
		return false
	}
	if h := d.toks[p.to-1].Norm; gatheringSites[h] || venueNouns[h] {
		return true
	}
	// ("Place de la République", "Plaza de Mayo": a square named first)
	first := p.from
	if d.isWord(first, cDeterminer) && first+1 < p.to {
		first++
	}
	if f := d.toks[first].Norm; d.capital(first) && (f == "place" || f == "plaza" || f == "piazza" || f == "plac" || f == "praça") {
		return true
	}
	return d.isPlacePhrase(p)
}

// protestSites are the buildings protests are aimed at.
var protestSites = set("embassy", "consulate", "mission", "parliament", "ministry", "office", "offices", "headquarters",
	"palace", "court", "courthouse", "residence", "legation", "commission", "hall", "assembly", "legislature", "secretariat",
	"prefecture", "governorate")

// missionSites are a state's missions abroad, what exiles protest outside.
var missionSites = set("embassy", "consulate", "mission", "commission", "legation")

// harmVerbs tell whom an attack hit.
var harmVerbs = set("killed", "wounded", "injured", "targeted", "maimed", "killing", "wounding", "injuring",
	"hit", "struck", "damaged", "destroyed", "encrypted", "disabled", "paralysed", "paralyzed", "crippled", "ripped",
	"tore", "wrecked", "razed", "torched")

// ownedNouns are things whose owner an attack on them targets.
var ownedNouns = set("car", "vehicle", "convoy", "home", "house", "residence", "office", "motorcade", "jeep", "truck")

// isInstrument: a phrase naming explosives ("a truck bomb", "a device").
// isArmedParty: fighters or an armed group, who set off bombs rather than
// run into them.
func (d *doc) isArmedParty(p phrase) bool {
	if d.headIs(p, cOperative) {
		return true
	}
	a, ok := d.actorIn(p)
	return ok && a.Actor.Kind == "armed_group"
}

func (d *doc) isInstrument(p phrase) bool {
	for k := p.from; k < p.to; k++ {
		n := d.toks[k].Norm
		switch n {
		case "bomb", "bombs", "explosive", "explosives", "device", "devices", "grenade", "grenades", "ied", "ieds", "charge",
			"molotov", "molotovs", "cocktail", "cocktails", "firebomb", "firebombs":
			return true
		}
		if strings.Contains(n, "explosive") || strings.Contains(n, "bomb") {
			return true // "explosives-laden vehicle", "bomb-laden car"
		}
	}
	return false
}

func (d *doc) isPlacePhrase(p phrase) bool {
	// "Cathedral Square", "Lipowa Street": a named square or street no
	// gazetteer holds
	if p.to-p.from >= 2 && d.toks[p.to-1].IsCap() && streetWords[d.toks[p.to-1].Norm] && d.toks[p.to-2].IsCap() {
		return true
	}
	places := 0
	for k := p.from; k < p.to; k++ {
		if d.placeAt[k] >= 0 {
			places++
		} else if d.toks[k].Kind == token.Word && !d.isWord(k, cDeterminer) && !d.isWord(k, cCompass) && d.toks[k].Norm != "downtown" {
			return false
		}
	}
	return places > 0 // "her" alone is no place
}

func (d *doc) isTimePhrase(p phrase) bool {
	return d.timeAt[p.from] >= 0 && d.timeAt[p.to-1] >= 0
}

// perpetrator finds who carried out an attack, and the state it acts for.
func (d *doc) perpetrator(m triggerMatch, cstart, cend int, passive bool, target phrase) (phrase, string) {
	head := m.HeadTokens[0]
	// "the office had its windows broken": its subject underwent the deed,
	// and no one did it unless a "by" names them
	if n := d.toks[m.First].Norm; m.T.Flags.owner && (n == "had" || n == "has" || n == "have") {
		if m.Last+2 < cend && d.toks[m.Last+1].Norm == "by" {
			if p := d.npAfter(m.Last+2, cend, nil); !p.empty() {
				code, _ := d.stateOf(p)
				return p, code
			}
		}
		return phrase{}, ""
	}
	// "clashes between the army and ELN guerrillas": the side named first
	if d.toks[m.Last].Norm == "between" && !target.empty() && target.from-1 > m.Last+1 && d.toks[target.from-1].Norm == "and" {
		if p := d.npAfter(m.Last+1, target.from-1, nil); !p.empty() {
			code, _ := d.stateOf(p)
			if code == "" {
				code = d.demonymState(p)
			}
			return p, code
		}
	}
	// "a drone of the Malian Armed Forces struck a pick-up": whose the
	// munition was
	if !m.T.Noun && munitionHeads[d.toks[m.First].Norm] && m.First+2 < m.Last && d.toks[m.First+1].Norm == "of" {
		if p := d.npAfter(m.First+2, m.Last, nil); !p.empty() {
			if code, ok := d.isPerpetrator(p); ok {
				return p, code
			}
		}
	}
	// "received threatening calls from Eritrean agents", "messages from
	// men who said they were officers": whom the threats came from
	if m.T.Type == vigil.Intimidation || m.T.Type == vigil.Cyberattack {
		for k := m.Last + 1; k+1 < cend && k <= m.Last+4; k++ {
			if d.toks[k].Norm != "from" {
				continue
			}
			// (not whom forged messages pretend to come from)
			if d.anyWord(forgedWords, m.Last+1, k) {
				break
			}
			if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) {
				if code, ok := d.isPerpetrator(p); ok && (code != "" || d.headIs(p, cOperative)) {
					return p, d.orFocus(code, d.sentIndex(head))
				}
			}
			break
		}
	}
	// ("filming a protest by Hong Kong activists": theirs is the protest)
	if p := d.byAgent(d.agentFrom(m), cend); !p.empty() && !gatherings[d.toks[m.Last].Norm] {
		if code, ok := d.isPerpetrator(p); ok {
			if code == "" && homeForces[d.headNorm(p)] && p.to-p.from <= 2 {
				return p, "" // "shot dead by police outside Nairobi": the place's own
			}
			return p, d.orFocus(code, d.sentIndex(head))
		}
		// "followed by a car registered to the Rwandan High Commission": the
		// state the agent's phrase goes on to name
		for k := p.to; k < cend && k <= p.to+6; k++ {
			if a := d.actorAt[k]; a >= 0 && stateKinds[d.in.Actors[a].Actor.Kind] && d.in.Actors[a].Actor.Country != "" && !d.isLocative(k) {
				return p, d.in.Actors[a].Actor.Country
			}
		}
	}
	s := d.sentOf(head)
	// "Saudi agents lured the dissident to the consulate, where he was
	// killed": the main clause's agents did the deed of its where-clause
	if passive {
		for k := m.First - 1; k > s.from && k >= m.First-6; k-- {
			if d.toks[k].Norm == "where" && d.toks[k-1].Norm == "," {
				if st := d.subjectStart(s.from, k); st >= 0 {
					if p := d.npAfter(st, k, nil); !p.empty() {
						if code, ok := d.isPerpetrator(p); ok && code != "" {
							return p, code
						}
					}
				}
				break
			}
		}
	}
	// accusation: "Britain blamed the Russian state", "Iran was behind"
	for k := s.from; k < s.to && s.has&cAccusation != 0; k++ {
		if d.isWord(k, cAccusation) {
			// ("an operator linked to the Rwandan government")
			end := s.to
			if k < m.First {
				end = m.First // ("Hackers tied to Chinese intelligence broke into": not the verb)
			}
			if p := d.npAfter(k+1, end, toWord); !p.empty() {
				if code, ok := d.isPerpetrator(p); ok && code != "" {
					return p, code
				}
				// ("a hacker group linked to the IRGC": the "to" of a link is
				// no place's preposition)
				if a, ok := d.actorIn(p); ok && k < m.First && d.toks[k+1].Norm == "to" && a.Via != "demonym" && perpetratorKinds[a.Actor.Kind] && a.Actor.Country != "" {
					return p, a.Actor.Country
				}
			}
		}
	}
	// "on orders that prosecutors say came from Iran", "at the behest of
	// Riyadh", "working for Chinese intelligence": the state behind it
	if p, code := d.sponsorCue(s); code != "" {
		return p, code
	}
	// "the same government had tried to have her kidnapped": the state behind
	// the attack told before
	if head > cstart+1 && d.lastSponsor != "" {
		for k := cstart; k < m.First; k++ {
			if d.toks[k].Norm == "same" && k+1 < m.First && stateNouns[d.toks[k+1].Norm] {
				return phrase{k - 1, k + 2}, d.lastSponsor
			}
		}
	}
	// "a regime-orchestrated plot", "Kremlin-backed hackers", "an Iranian plan"
	for k := max(cstart, m.First-4); k < m.First; k++ {
		if code, ok := d.sponsorCompound(k); ok {
			return phrase{k, k + 1}, code
		}
	}
	if k := d.demonymBefore(m.First, cstart); k >= 0 {
		return phrase{k, k + 1}, d.in.Actors[d.actorAt[k]].Actor.Country
	}
	// "X were charged with plotting to kill": the accused did the plotting
	// (the clause is sought whole: a cause's phrase starts after "with")
	clauseStart, _ := d.clauseBounds(head, s)
	if v := d.accusedOf(m.First, clauseStart); v >= 0 {
		// "Stockholm court jails man for spying": the one the verb acts on
		if !d.isPassive(v, clauseStart) {
			for k := v + 1; k < m.First; k++ {
				if d.isWord(k, cPreposition) {
					if p := d.npAfter(v+1, k, nil); !p.empty() && p.to == k && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
						code, _ := d.isPerpetrator(p)
						if code == "" {
							code = d.demonymState(p)
						}
						return p, code
					}
					break
				}
			}
		}
		if p := d.accusedSubject(v, clauseStart, target); !p.empty() {
			code, _ := d.isPerpetrator(p) // an unknown state is left to the focus, marked as inferred
			// ("an Eritrean man accused of threatening critics": with no
			// sponsor told, the accused's own state)
			if code == "" {
				code = d.demonymState(p)
			}
			return p, code
		}
	}
	// the subject is sought back to the previous trigger of the clause: what comes
	// before it belongs to another event ("police arrested X over a plot to ...")
	from := cstart
	for _, t := range d.triggers {
		// (a bare killing before is the same deed: "insurgents killed 12
		// farmers in an attack")
		// (nor a verb joined to this one: "planned to abduct and kill"; nor
		// a noun: "announced arrest warrants and bounties")
		joined := (t+2 == m.First || t+3 == m.First && m.T.Noun) && (d.toks[m.First-1].Norm == "and" || d.toks[m.First-1].Norm == "or")
		if t < m.First && t >= cstart && t+1 > from && !d.killTrig[t] && !joined {
			from = t + 1
		}
	}
	cstart = from
	// ("were asked to leave Australia after the agency found they had been
	// monitoring": the subject is sought after the subordinator)
	for k := m.First - 1; k > cstart; k-- {
		if d.inSet(k, sSubordinator) && d.toks[k].Norm != "as" && k+1 < m.First && !d.isWord(k+1, cPreposition) {
			cstart = k
			break
		}
	}
	if !passive {
		// the subject: the nearest perpetrator-like phrase before the trigger that
		// is not the speaker of a reporting verb
		for k := m.First; k > cstart; {
			p := d.npBefore(k, cstart)
			if p.empty() {
				k--
				continue
			}
			// (an address's country before ", shooting traders" is where, not who)
			// (nor is a place after a preposition: "into pedestrians on London
			// Bridge and then stabbed")
			// (nor who stopped it: "Dutch police foiled a plot to kill")
			if d.stoppedBy(p, m) {
				d.stopper, _ = d.stateOf(p)
				return phrase{}, ""
			}
			// (nor men doing something else: "soldiers responding to the attack")
			if !overlaps(p, target) && (!d.isSpeaker(p) || d.announcesBounty(p, m)) && !d.isAddressTail(p.from) && !(d.placeAt[p.from] >= 0 && p.from > 0 && d.isWord(p.from-1, cLocative)) &&
				!(p.to < m.First && strings.HasSuffix(d.toks[p.to].Norm, "ing") && !d.toks[p.to].IsCap() && !d.attackAt(p.to)) {
				if code, ok := d.isPerpetrator(p); ok {
					if code == "" && localFighters[d.headNorm(p)] {
						return p, "" // bandits and rebels act for no state
					}
					// ("police officers visited his wife's family in Kampong
					// Cham": the place's own police, found from the place)
					if code == "" && homeForces[d.headNorm(p)] && p.to-p.from <= 2 {
						return p, ""
					}
					// ("the network began to pay investigators", after "an
					// Iranian official and three members of his network": the
					// attackers told before, acting for the last attack's state)
					if code == "" && d.lastSponsor != "" && d.definiteAnaphor(p, s.from) {
						return p, d.lastSponsor
					}
					return p, d.orFocus(code, d.sentIndex(head))
				}
			}
			k = p.from
		}
	}
	// an agency or state named anywhere in the clause: "a regime-orchestrated plot"
	for k := cstart; k < cend; k++ {
		if a := d.actorAt[k]; a >= 0 && !inPhrase(k, target) {
			am := d.in.Actors[a]
			// "spying on exiles for the government in Kigali"
			if d.bodySeat(k) && am.Actor.Country != "" && k-3 >= cstart && d.toks[k-3].Norm == "the" && k-4 >= cstart && sponsorPreps[d.toks[k-4].Norm] {
				return phrase{k - 2, k + 1}, am.Actor.Country
			}
			// a state named in passing is most often where it happened
			// ("in Barcelona, Catalonia, Spain"); its agencies and groups are not
			if am.Via == "demonym" || d.isLocative(k) || !perpetratorKinds[am.Actor.Kind] || am.Actor.Kind == "state" {
				continue
			}
			j := k
			for j < cend && d.actorAt[j] == a {
				j++
			}
			// "The Treasury Department said the officials had directed a
			// campaign to intimidate": the speaker tells, it did not do
			// (with the rest of its noun phrase: "Ukraine's military
			// intelligence agency said")
			np := phrase{k, j}
			if q := d.npAfter(k, cend, nil); q.from == k && q.to > j {
				np.to = q.to
			}
			if d.isSpeaker(np) || np.to != j && d.isSpeaker(phrase{k, j}) {
				k = j - 1
				continue
			}
			return phrase{k, j}, am.Actor.Country
		}
	}
	return phrase{}, ""
}

// accusedOf finds the judicial verb whose content the trigger at first states:
// "charged with plotting", "convicted of attempting", "arrested on suspicion of
// spying". It returns the verb's token, or -1.
func (d *doc) accusedOf(first, cstart int) int {
	for k := first - 1; k > cstart && k >= first-4; k-- {
		switch d.toks[k].Norm {
		case "in", "over":
			if k < first-2 {
				return -1
			}
			fallthrough
		case "with", "of", "for":
			for v := k - 1; v >= cstart && v >= k-3; v-- {
				if accusedVerbs[d.toks[v].Norm] {
					return v
				}
			}
			return -1
		}
	}
	return -1
}

// accusedSubject is the perpetrator-like phrase before the judicial verb at v.
// Of coordinated subjects ("an Iranian official and three members of his
// network") the one naming a state wins.
func (d *doc) accusedSubject(v, cs int, target phrase) phrase {
	if d.toks[v].Norm == "guilty" {
		// "the court found Krasikov guilty of shooting ...": the object
		if p := d.personBefore(v); p.from >= cs {
			return p
		}
		return phrase{}
	}
	var first phrase
	for k := v; k > cs; {
		p := d.npBefore(k, cs)
		if p.empty() {
			if n := d.toks[k-1].Norm; n == "and" || n == "," {
				k--
				continue
			}
			break
		}
		if code, ok := d.isPerpetrator(p); ok && !overlaps(p, target) && !d.headIs(p, cAuthority) {
			if code != "" {
				return p
			}
			if first.empty() {
				first = p
			}
		} else if p.to == v && first.empty() && !overlaps(p, target) && d.headIs(p, cPersonNoun) && d.demonymState(p) != "" {
			first = p // "an Eritrean man accused of threatening critics"
		}
		k = p.from
	}
	return first
}

var accusedVerbs = set("charged", "accused", "indicted", "convicted", "sentenced", "arrested", "detained",
	"suspected", "guilty", "jailed", "prosecuted", "tried", "suspicion", "investigation",
	// (a headline's present: "Stockholm court jails man for spying")
	"jails", "convicts", "sentences", "charges", "indicts", "arrests", "detains")

// sponsorCue finds a state named as the one behind the deeds of a sentence:
// "on orders from Iran", "at the behest of", "on the instructions of",
// "working for", "acting for", "directed from".
func (d *doc) sponsorCue(s sentInfo) (phrase, string) {
	for k := s.from; k < s.to; k++ {
		reach := 7
		if d.toks[k].Norm == "for" {
			// "spied on Uyghurs for China's intelligence services", not "who
			// had worked for British intelligence"
			if d.inRelative(k, s.from) {
				continue
			}
			reach = 2
		} else if !d.isWord(k, cSponsorCue) {
			continue
		}
		for j := k + 1; j < s.to && j <= k+reach; j++ {
			if d.toks[j].Norm == "," || d.toks[j].Norm == ";" {
				break
			}
			// (not a town after "in": "working for Persian-language media in
			// London")
			// (but "on behalf of the government in Asmara" is Eritrea's)
			if a := d.actorAt[j]; a >= 0 && stateKinds[d.in.Actors[a].Actor.Kind] && d.in.Actors[a].Actor.Country != "" && !(d.toks[j-1].Norm == "in" && d.in.Actors[a].Via == "metonym" && !stateNouns[d.toks[j-2].Norm]) {
				e := j
				for e < s.to && d.actorAt[e] == a {
					e++
				}
				return phrase{j, e}, d.in.Actors[a].Actor.Country
			}
		}
	}
	return phrase{}, ""
}

// inRelative: token k follows "who" or "which" closely in its sentence.
func (d *doc) inRelative(k, from int) bool {
	for j := k - 1; j >= from && j >= k-6; j-- {
		if n := d.toks[j].Norm; n == "who" || n == "which" || n == "whom" {
			return true
		}
	}
	return false
}

var toWord = set("to")

var sponsorCues = set("orders", "behest", "behalf", "instructions", "instruction", "directed", "commissioned", "working",
	"acting", "paid", "bankrolled", "financed", "sponsored", "directions")

// stateNouns refer back to a state: "the same government".
var stateNouns = set("government", "state", "regime", "country", "authorities")

// demonymBefore finds a state's demonym that qualifies the trigger noun itself:
// "an Iranian plan to kill", "a Russian assassination plot", "the alleged Chinese
// hacking campaign". It returns the token, or -1.
func (d *doc) demonymBefore(first, cstart int) int {
	for k := first - 1; k >= cstart && k >= first-3; k-- {
		if a := d.actorAt[k]; a >= 0 {
			am := d.in.Actors[a]
			if am.Via == "demonym" && am.Actor.Kind == "state" && am.Actor.Country != "" {
				return k
			}
			return -1
		}
		n := d.toks[k].Norm
		if !(n == "alleged" || n == "suspected" || n == "foiled" || n == "failed" || n == "thwarted" || n == "botched" || n == "planned") {
			return -1
		}
	}
	return -1
}

// sponsorCompound reads "regime-orchestrated", "Iranian-backed", "state-sponsored":
// the first part names who stands behind the attack.
func (d *doc) sponsorCompound(k int) (string, bool) {
	n := d.toks[k].Norm
	i := strings.LastIndexByte(n, '-')
	if i <= 0 || !sponsorSuffixes[n[i+1:]] {
		return "", false
	}
	prefix := n[:i]
	if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Actor.Country != "" {
		return d.in.Actors[a].Actor.Country, true
	}
	if prefix == "regime" || prefix == "state" || prefix == "government" {
		f := d.focusNear(d.sentIndex(k))
		return f, f != ""
	}
	return "", false
}

var sponsorSuffixes = set("orchestrated", "backed", "sponsored", "linked", "directed", "ordered", "operated", "run", "organised", "organized", "funded")

// stoppedBy: the phrase is the subject of the verb that foiled the attack:
// "Dutch police foiled a plot to kill a blogger".
//
// So is who investigates it ("Police in Oslo are investigating threats"), or
// condemns it.
func (d *doc) stoppedBy(p phrase, m triggerMatch) bool {
	for k := p.to; k < m.First && k <= p.to+3; k++ {
		if (d.is(k, cFoiled) && !d.isWord(k, cStopCue)) || d.isWord(k, cInvestigate) || d.breaksUp(k) {
			return true
		}
		// "a rights group condemns the abduction of ...": who objects to a
		// deed did not do it
		if m.T.Noun && criticismVerbs[d.toks[k].Norm] {
			return true
		}
		// "investigators had found a GPS tracker", "police received
		// intelligence of a plot": who found the deed out did not do it
		if d.isWord(k, cDiscovery) && m.First-k <= 5 {
			direct := true
			for j := k + 1; j < m.First; j++ {
				if n := d.toks[j].Norm; n == "and" || n == "," || n == "to" {
					direct = false
				}
			}
			if direct {
				return true
			}
		}
	}
	return false
}

// discoverer is the person who found a tracker or spyware on their own car
// or phone: "Olga Vetrova, who discovered a GPS tracker hidden under her
// car", "the activist found spyware on his phone". Empty when the finder is
// no person (investigators find what was done to others).
func (d *doc) discoverer(m triggerMatch, cstart int) phrase {
	if !m.T.Noun || m.T.Type != vigil.Surveillance && m.T.Type != vigil.Cyberattack {
		return phrase{}
	}
	for k := m.First - 1; k > cstart && k >= m.First-4; k-- {
		if !d.isWord(k, cDiscovery) {
			continue
		}
		end := k
		switch d.toks[k-1].Norm {
		case "she", "he":
			return phrase{k - 1, k} // ("she found a tracker": whom the pronoun stands for)
		case "who":
			end = k - 1
		}
		// (past an apposition: "Olga Vetrova, a journalist, found", "...,
		// who discovered")
		if end-1 > cstart && d.toks[end-1].Norm == "," {
			end--
		}
		p := d.npBefore(end, cstart)
		if !p.empty() && p.from-1 > cstart && d.toks[p.from-1].Norm == "," && !d.namesPerson(p) {
			if q := d.npBefore(p.from-1, cstart); !q.empty() && d.namesPerson(q) {
				p = q
			} else if q := d.personBefore(p.from - 1); !q.empty() && q.to == p.from-1 {
				p = q // ("the surveillance of Olga Vetrova, an exiled journalist, who")
			}
		}
		if !p.empty() && !d.headIs(p, cAuthority|cOperative) && (d.namesPerson(p) || d.isVictim(p)) && !d.isGroup(p) {
			return p
		}
		return phrase{}
	}
	return phrase{}
}

// criticismVerbs tell someone objecting to a deed told as a noun after them.
var criticismVerbs = set("protested", "protest", "protests", "condemned", "condemns", "condemn", "criticised", "criticized",
	"criticises", "criticizes", "denounced", "denounces", "decried", "deplored")

// discoveryVerbs tell someone learning of a deed: its object is what they
// found, not what they did.
var discoveryVerbs = set("found", "discovered", "uncovered", "detected", "received", "learned", "learnt", "obtained", "intercepted")

var investigateVerbs = set("investigating", "investigated", "investigate", "investigates", "probing", "probed", "examining")

// gatherings are what a crowd holds.
var gatherings = set("protest", "protests", "rally", "rallies", "vigil", "demonstration", "demonstrations", "march")

// localFighters are armed men who fight for no state the article blames.
var localFighters = set("rebels", "rebel", "militia", "militiamen", "jihadists", "bandits", "extremists")

func (d *doc) orFocus(code string, si int) string {
	if code == "" {
		return d.focusNear(si)
	}
	return code
}

func overlaps(a, b phrase) bool     { return a.from < b.to && b.from < a.to }
func inPhrase(k int, p phrase) bool { return p.from <= k && k < p.to }

// isSpeaker: a phrase followed by a reporting verb ("Britain says ...").
func (d *doc) isSpeaker(p phrase) bool {
	k := p.to
	for k < len(d.toks) && d.isWord(k, cAdverb) {
		k++
	}
	// "Police in Toronto said": past the place the speaker is in
	if k+1 < len(d.toks) && (d.toks[k].Norm == "in" || d.toks[k].Norm == "at") && d.placeAt[k+1] >= 0 {
		for k++; k < len(d.toks) && d.placeAt[k] >= 0; k++ {
		}
	}
	// ("the Security Intelligence Organisation found they had been": a
	// phrase that took the verb in)
	if n := d.toks[p.to-1].Norm; p.to-p.from > 1 && (findingVerbs[n] || d.isWord(p.to-1, cReporting)) && !d.toks[p.to-1].IsCap() {
		return true
	}
	// ("the intelligence service found they had been monitoring", "in what
	// police called an attempt on his life": who found or named the deed)
	return k < len(d.toks) && (d.isWord(k, cReporting) || k+1 < len(d.toks) && findingVerbs[d.toks[k].Norm] && (d.toks[k+1].Norm == "that" || d.isWord(k+1, cPronoun) || d.isWord(k+1, cDeterminer)))
}

// announcesBounty: p is the subject of a reporting verb whose object is the
// bounty trigger m ("Hong Kong police announced bounties for five
// activists"): who announces a bounty sets it.
func (d *doc) announcesBounty(p phrase, m triggerMatch) bool {
	if !bountyWords[d.toks[m.Last].Norm] || p.to >= m.First || m.First-p.to > 5 || !d.isWord(p.to, cReporting) {
		return false
	}
	for k := p.to + 1; k < m.First; k++ {
		if d.toks[k].Norm == "that" || d.toks[k].Kind == token.Punct {
			return false
		}
	}
	return true
}

// rulingVerbs date a court's ruling, not the deed it rules on: "the High
// Court ruled on Thursday".
var rulingVerbs = set("ruled", "rules", "decided", "held", "heard")

// findingVerbs report a finding or a name for a deed, as a speaker does.
var findingVerbs = set("found", "concluded", "determined", "established", "discovered", "called", "termed", "described", "dubbed")

// agentFrom is where to seek the "by" of a passive trigger's agent: after
// the trigger, or inside it when its pattern names the agent ("stopped by
// Lebanese General Security officers").
func (d *doc) agentFrom(m triggerMatch) int {
	for k := m.First + 1; k < m.Last; k++ {
		if d.toks[k].Norm == "by" {
			return k
		}
	}
	return m.Last + 1
}

// servedIn: phrase p names whom a deed served or was aimed at, not who
// answered it: "found guilty of espionage for the Belarusian KGB and
// sentenced" (a "for" inside a name, "Ministry for State Security", is
// part of the name).
func (d *doc) servedIn(p phrase) bool {
	for k := max(p.from-1, 0); k < p.to; k++ {
		if n := d.toks[k].Norm; (n == "for" || n == "against") && d.actorAt[k] < 0 {
			return true
		}
	}
	return false
}

// responders finds the states or authorities that responded: the agent of a
// passive, the owner of a nominal ("Britain's expulsion"), or the first authority
// in the clause, expanded over a coordination of states.
func (d *doc) responders(m triggerMatch, cstart, cend int, passive bool) []stateRef {
	// "prompting the Netherlands to recall its ambassador": the state the
	// infinitive's verb of causing names does the deed
	if !m.T.Noun && m.First >= 3 && d.toks[m.First-1].Norm == "to" {
		if a := d.actorAt[m.First-2]; a >= 0 && stateKinds[d.in.Actors[a].Actor.Kind] && d.in.Actors[a].Via != "demonym" {
			j := m.First - 2
			for j > 0 && d.actorAt[j-1] == a {
				j--
			}
			if j > 0 && d.isWord(j-1, cDeterminer) {
				j--
			}
			if j > 0 && causingVerbs[d.toks[j-1].Norm] {
				return []stateRef{{code: d.in.Actors[a].Actor.Country, p: phrase{j, m.First - 1}}}
			}
		}
	}
	if p := d.byAgentWithin(d.agentFrom(m), cend, 10); !p.empty() {
		if code, ok := d.isAuthority(p); ok {
			return []stateRef{{code: code, p: p}}
		}
	}
	// "An Eritrean consul was expelled from Norway": the state that sent him out
	if passive && m.T.Type == vigil.Expulsion && m.Last+2 < cend && d.toks[m.Last+1].Norm == "from" {
		// (a locative for stateOf, so the state is read from the mention)
		if a := d.actorAt[m.Last+2]; a >= 0 && d.in.Actors[a].Actor.Kind == "state" && d.in.Actors[a].Via != "demonym" {
			e := m.Last + 2
			for e < cend && d.actorAt[e] == a {
				e++
			}
			return []stateRef{{code: d.in.Actors[a].Actor.Country, p: phrase{m.Last + 2, e}}}
		}
	}
	if m.T.Noun && m.First-1 > cstart && d.toks[m.First-1].Norm == "'s" {
		// "Britain's expulsion of 23 diplomats": the owner is the name right
		// before the possessive
		if a := d.actorAt[m.First-2]; a >= 0 {
			from := m.First - 2
			for from > cstart && d.actorAt[from-1] == a {
				from--
			}
			p := phrase{from, m.First - 1}
			if code, ok := d.isAuthority(p); ok {
				return []stateRef{{code: code, p: p}}
			}
		} else if p := d.npBefore(m.First-1, cstart); !p.empty() {
			if code, ok := d.isAuthority(p); ok {
				return []stateRef{{code: code, p: p}}
			}
		}
	}
	if passive {
		return nil
	}
	// "France protested against the arbitrary detention of two French
	// citizens": who condemns a response did not make it
	if m.T.Noun {
		for k := max(cstart, m.First-8); k < m.First; k++ {
			if criticismVerbs[d.toks[k].Norm] {
				return nil
			}
		}
	}
	// "Relations between Warsaw and Minsk have been low since May 2021,
	// when Belarusian authorities ... arrested the journalist": the clause
	// starts at "when"
	for k := m.First - 1; k > cstart+1; k-- {
		if d.toks[k].Norm == "when" && d.toks[k-1].Norm == "," {
			cstart = k + 1
			break
		}
	}
	// "handed him to Uzbekistan, where a court sentenced him": the clause
	// starts at "where"
	if d.whereAntecedent(m.First) >= 0 {
		for k := m.First - 1; k > cstart; k-- {
			if d.toks[k].Norm == "where" {
				cstart = k + 1
				break
			}
		}
	}
	// "Britain expelled 23 diplomats, and within two weeks the United States
	// followed with the expulsion of 60 more": the subject after ", and" acts
	for k := m.First - 1; k > cstart; k-- {
		// (the comma may sit inside a closing quote: 'of "interference," and')
		if d.toks[k].Norm == "and" && (d.toks[k-1].Norm == "," || k-2 > cstart && (d.toks[k-1].Norm == "\"" || d.toks[k-1].Norm == "”") && d.toks[k-2].Norm == ",") {
			if r := d.responders(m, k+1, cend, passive); len(r) > 0 {
				return r
			}
			break
		}
	}
	// "Saudi Arabia expelled the ambassador and recalled its own envoy": a verb
	// coordinated with a response's shares its subject
	if m.First-1 > cstart && d.toks[m.First-1].Norm == "and" && d.lastResponder.code != "" {
		for _, t := range d.triggers {
			if t >= cstart && t < m.First-1 && !d.attackAt(t) {
				return []stateRef{d.lastResponder}
			}
		}
	}
	// "Ottawa has stopped whispering. Last Monday it expelled six
	// diplomats": "it" is the state the sentence before opened with
	// (not "Ottawa's stance has hardened since May, when it declared ...":
	// the sentence names whom "it" stands for)
	if k := m.First - 1; k >= cstart && d.toks[k].Norm == "it" && !d.namesActor(d.sentOf(k).from, k) {
		if r, ok := d.openingState(d.sentIndex(k) - 1); ok {
			return []stateRef{r}
		}
	}
	// "Canada served notices of expulsion on all six": the subject of the
	// verb the notices follow
	if v := d.servedNoticeVerb(m, cstart); v >= 0 {
		if p := d.npBefore(v, cstart); !p.empty() && p.to == v && (p.from == cstart || d.toks[p.from-1].Norm == "," || subordinators[d.toks[p.from-1].Norm]) {
			if code, ok := d.isAuthority(p); ok && code != "" && !d.isLocative(p.from) {
				return []stateRef{{code: code, p: p}}
			}
		}
	}
	// "after Ottawa criticised the arrests, Saudi Arabia expelled the
	// ambassador": the subject right before the verb acts, not a state named
	// earlier in another clause
	p, seat := d.npBefore(m.First, cstart), ""
	// ("a court in Dushanbe sentenced him": the noun the town places)
	if !p.empty() && p.to == m.First && p.from-1 > cstart && d.placeAt[p.from] >= 0 && d.toks[p.from-1].Norm == "in" && d.in.Places[d.placeAt[p.from]].Kind == vigil.Literal && d.placeAt[m.First-1] == d.placeAt[p.from] {
		if q := d.npBefore(p.from-1, cstart); !q.empty() && q.to == p.from-1 {
			p, seat = q, d.in.Places[d.placeAt[p.from]].Place.Country
		}
	}
	if !p.empty() && (p.to == m.First || seat != "") && (p.from == cstart || d.toks[p.from-1].Norm == "," || subordinators[d.toks[p.from-1].Norm]) {
		code, ok := d.isAuthority(p)
		if ok && code == "" {
			code = seat
		}
		if ok && code != "" && !d.isLocative(p.from) {
			if states := d.coordinatedStates(p.from, m.First); len(states) > 1 {
				return states
			}
			return []stateRef{{code: code, p: p}}
		}
		// ("paid by an officer of Belarus's KGB, prosecutors said, as the
		// government declared a Belarusian diplomat persona non grata": the
		// subject is an authority of a state the clause does not name, not
		// one named in another clause)
		if ok && code == "" && p.to == m.First && (m.T.Type == vigil.Expulsion || m.T.Type == vigil.AmbassadorRecall) && p.from > cstart && subordinators[d.toks[p.from-1].Norm] {
			return nil
		}
	}
	for k := cstart; k < m.First; k++ {
		if d.toks[k].Kind != token.Word || d.isWord(k, cPreposition) {
			continue
		}
		if states := d.coordinatedStates(k, m.First); len(states) > 0 && !d.isLocative(k) {
			return states
		}
		p := d.npAfter(k, m.First, nil)
		if p.empty() {
			continue
		}
		if code, ok := d.isAuthority(p); ok && !d.isLocative(p.from) && !d.servedIn(p) {
			return []stateRef{{code: code, p: p}}
		}
		k = p.to - 1
	}
	return nil
}

// introSubject is the state or authority that a sentence opening a list of
// measures names as who acts: its opening subject, or the first authority
// it names ("In addition, the Government of the Republic of Lithuania has
// today decided:").
func (d *doc) introSubject(si int) (stateRef, bool) {
	if r, ok := d.openingState(si); ok {
		return r, true
	}
	s := d.sents[si]
	for k := s.from; k < s.to; k++ {
		if d.toks[k].Kind != token.Word || d.isWord(k, cPreposition) {
			continue
		}
		p := d.npAfter(k, s.to, nil)
		if p.empty() {
			continue
		}
		if code, ok := d.isAuthority(p); ok && code != "" {
			return stateRef{code: code, p: p}, true
		}
		k = p.to - 1
	}
	return stateRef{}, false
}

// openingState is the state or authority that opens sentence si as its
// subject ("Ottawa, for its part, has ..."), when there is one.
func (d *doc) openingState(si int) (stateRef, bool) {
	if si < 0 {
		return stateRef{}, false
	}
	s := d.sents[si]
	p := d.npAfter(s.from, s.to, nil)
	if p.empty() || p.from != s.from {
		return stateRef{}, false
	}
	if code, ok := d.isAuthority(p); ok && code != "" {
		return stateRef{code: code, p: p}, true
	}
	return stateRef{}, false
}

// daysAfterAttack reads "two days after the attack", "the day after the
// stabbing" in tokens [from, to): the days counted from an attack told before.
func (d *doc) daysAfterAttack(from, to int) (int, bool) {
	return d.daysAfter(from, to, attackNouns)
}

// fewDaysAfterAttack reads "two days after the attack", "a few days after
// the shooting", "days after the killing" in tokens [from, to).
func (d *doc) fewDaysAfterAttack(from, to int) bool {
	if n, ok := d.daysAfterAttack(from, to); ok && n >= 0 && n < 10 {
		return true
	}
	for k := from + 1; k+2 < to; k++ {
		if d.toks[k].Norm == "after" && d.toks[k-1].Norm == "days" && d.toks[k+1].Norm == "the" && attackNouns[d.toks[k+2].Norm] &&
			(k-2 < from || d.toks[k-2].Norm == "few" || d.toks[k-2].Norm == "several" || d.toks[k-2].Kind != token.Number && smallNumbers[d.toks[k-2].Norm] == 0) {
			return true
		}
	}
	return false
}

// phaseVerbs say that a proceeding or gathering began, went on or ended:
// "the trial opened on Monday", "the rally took place on Sunday".
var phaseVerbs = set("opened", "began", "started", "resumed", "ended", "concluded", "closed", "took", "opens", "begins", "starts", "resumes", "ends")

// phaseVerbAfter finds in [from, to) the first phase verb that is not inside
// a relative clause ("which began", "who ran ..., opened": the relative clause
// ends at its comma), or -1.
func (d *doc) phaseVerbAfter(from, to int) int {
	for k := from; k < to; k++ {
		if n := d.toks[k].Norm; n == ";" || n == ":" {
			return -1
		} else if n == "who" || n == "which" || n == "that" {
			for k < to && d.toks[k].Norm != "," {
				k++
			}
			continue
		}
		if phaseVerbs[d.toks[k].Norm] && (d.toks[k].Norm != "took" || k+1 < to && d.toks[k+1].Norm == "place") {
			return k
		}
	}
	return -1
}

// timeAfterVerb is the time mention within four tokens after verb k (past
// "place" of "took place"), or -1.
func (d *doc) timeAfterVerb(k, to int) int {
	for j := k + 1; j < to && j <= k+5; j++ {
		if tm := d.timeAt[j]; tm >= 0 && !d.in.Times[tm].Date.IsZero() {
			return tm
		}
	}
	return -1
}

// phraseOpensWithNoun: the sentence opens with a trigger noun ("The trial
// of ...", "A protest against ...") that stands before token k.
func (d *doc) phraseOpensWithNoun(s sentInfo, k int) bool {
	for _, t := range d.triggers {
		if t >= s.from && t <= s.from+1 && t < k {
			return true
		}
	}
	return false
}

// courtNouns name where a verdict is read.
var courtNouns = set("court", "courthouse", "courtroom", "tribunal")

// anyTime: a time mention stands in tokens [from, to).
func (d *doc) anyTime(from, to int) bool {
	for k := from; k < to; k++ {
		if d.timeAt[k] >= 0 {
			return true
		}
	}
	return false
}

// laterDayInParagraph: a sentence of si's paragraph before it gives a day
// later than day.
func (d *doc) laterDayInParagraph(si int, day vigil.Date) bool {
	for j := si - 1; j >= 0 && d.sents[j].Para == d.sents[si].Para; j-- {
		for k := d.sents[j].from; k < d.sents[j].to; k++ {
			if t := d.timeAt[k]; t >= 0 {
				if dt := d.in.Times[t].Date; dt.Precision == vigil.PrecisionDay && dt.Time().After(day.Time()) {
					return true
				}
			}
		}
	}
	return false
}

// daysAfter reads "two days after the <noun>", "the day after the <noun>",
// "hours after the <noun>" in from..to, for one of nouns.
func (d *doc) daysAfter(from, to int, attackNouns map[string]bool) (int, bool) {
	for k := from; k+2 < to; k++ {
		// ("detained within minutes of the killing")
		if d.toks[k].Norm == "of" && k-2 >= from && d.toks[k-2].Norm == "within" && sameDayWords[d.toks[k-1].Norm] && d.toks[k+1].Norm == "the" && attackNouns[d.toks[k+2].Norm] {
			return 0, true
		}
		if n := d.toks[k].Norm; n != "after" && n != "before" || !attackNouns[d.toks[k+2].Norm] && !(k+3 < to && attackNouns[d.toks[k+3].Norm]) {
			continue
		}
		if d.toks[k+1].Norm != "the" && d.toks[k+1].Norm != "this" && d.toks[k+1].Norm != "that" {
			continue
		}
		sign := 1
		if d.toks[k].Norm == "before" {
			sign = -1 // "five days before the shooting"
		}
		switch {
		// ("arrested at the station shortly after the attack", "hours after")
		case k-1 >= from && sameDayWords[d.toks[k-1].Norm] && sign > 0:
			return 0, true
		// ("the day after the attack", "the morning after the shooting")
		case k-2 >= from && (d.toks[k-1].Norm == "day" || dayParts[d.toks[k-1].Norm]) && (d.toks[k-2].Norm == "the" || d.toks[k-2].Norm == "a"):
			return sign, true
		case k-2 >= from && d.toks[k-1].Norm == "days":
			if n := smallNumbers[d.toks[k-2].Norm]; n > 0 {
				return sign * n, true
			}
			if n, err := strconv.Atoi(d.toks[k-2].Norm); err == nil && n > 0 && n < 60 {
				return sign * n, true
			}
		}
	}
	return 0, false
}

// weeksAfter reads "a week after the arrests", "two weeks after the
// verdict" in tokens [from, to): how many weeks after a deed named by one of
// nouns.
func (d *doc) weeksAfter(from, to int, nouns map[string]bool) (int, bool) {
	for k := from + 2; k+2 < to; k++ {
		if d.toks[k].Norm != "after" || !deedDeterminers[d.toks[k+1].Norm] || !nouns[d.toks[k+2].Norm] {
			continue
		}
		switch w := d.toks[k-1].Norm; {
		case w == "week" && (d.toks[k-2].Norm == "a" || d.toks[k-2].Norm == "one"):
			return 1, true
		case w == "weeks" && smallNumbers[d.toks[k-2].Norm] > 0:
			return smallNumbers[d.toks[k-2].Norm], true
		}
	}
	return 0, false
}

// arrestNouns name arrests a later deed counts from.
var arrestNouns = set("arrest", "arrests", "detention", "detentions", "raid", "raids")

var verdictNouns = set("verdict", "verdicts", "sentencing", "sentence", "conviction", "ruling", "judgment", "judgement")

// smearVerbs put a poison on someone; bodyParts are where ("on the face of").
var (
	smearVerbs = set("smeared", "sprayed", "rubbed", "splashed")
	bodyParts  = set("face", "hands", "hand", "skin", "neck", "body", "head", "clothes", "door", "handle")
)

var dayParts = set("morning", "evening", "night", "afternoon")

// sameDayWords say a deed came on the day of the attack it follows.
var sameDayWords = set("shortly", "soon", "hours", "minutes", "moments", "immediately", "just")

// monthsAfterAttack reads "two months after the killing" in from..to: the
// number of months.
func (d *doc) monthsAfterAttack(from, to int) (int, bool) {
	for k := from + 2; k+2 < to; k++ {
		if d.toks[k].Norm != "after" || !deedDeterminers[d.toks[k+1].Norm] || !attackNouns[d.toks[k+2].Norm] && d.toks[k+2].Norm != "death" {
			continue
		}
		if u := d.toks[k-1].Norm; u == "month" && (d.toks[k-2].Norm == "a" || d.toks[k-2].Norm == "one") {
			return 1, true
		} else if u == "months" {
			if n := smallNumbers[d.toks[k-2].Norm]; n > 0 {
				return n, true
			}
		}
	}
	return 0, false
}

// deedDeterminers open the noun of a deed told before: "after the
// killing", "after his death".
var deedDeterminers = set("the", "his", "her", "their")

// attackNouns name an attack told before.
var attackNouns = set("attack", "stabbing", "shooting", "killing", "murder", "bombing", "abduction", "kidnapping", "assault")

// clauseJoinBetween: ", and" or ", but" joins another clause between tokens
// a and b.
func (d *doc) clauseJoinBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if n := d.toks[k].Norm; n == "," && k+1 < b && (d.toks[k+1].Norm == "and" || d.toks[k+1].Norm == "but") {
			return true
		}
	}
	return false
}

// coordinatedVerbBetween: "and" with a verb of its own stands between tokens
// a and b: "arrested the blogger and flew him home two days later".
func (d *doc) coordinatedVerbBetween(a, b int) bool {
	// (from a+2: "was punched and kicked by two men on Saturday" is one
	// predicate of two verbs, which share what follows)
	for k := a + 2; k+1 < b; k++ {
		if d.toks[k].Norm != "and" {
			continue
		}
		if n := d.toks[k+1].Norm; d.isWord(k+1, cIrregularPast|cPastAfterName) || strings.HasSuffix(n, "ed") && !d.toks[k+1].IsCap() && d.placeAt[k+1] < 0 {
			return true
		}
	}
	return false
}

// causingVerbs make their object the subject of the infinitive after it:
// "prompting the Netherlands to recall its ambassador".
var causingVerbs = set("prompting", "prompted", "forcing", "forced", "leading", "led", "causing", "caused", "pushing", "pushed", "spurring", "spurred", "moving")

// subordinators open a clause whose subject follows them: "frozen after
// Riyadh expelled the ambassador".
var subordinators = set("after", "before", "when", "as", "because", "since", "while", "until", "once", "though", "although", "despite")

// eventDate picks the date of the event: the nearest temporal expression of its
// clause, then of its sentence, then the last date of the paragraph before it, then
// for a dated news report's responses, the report's month.
func (d *doc) eventDate(si int, m triggerMatch, cstart, cend int, cause bool) (vigil.Date, string) {
	s := d.sents[si]
	head := m.HeadTokens[0]
	best, bestDist := -1, 1<<30
	passes := 2
	if cause {
		passes = 1
	}
	// a dataset's date field heads the sentence and dates its incident
	// (unless the trigger's clause dates it: "ASG members who had seized
	// three fishermen on 2016-07-11")
	if tm := d.timeAt[s.from]; !cause && tm >= 0 && !d.in.Times[tm].Date.IsZero() && d.isDateField(d.in.Times[tm].Span) && !d.datedAfter(m.Last+1, cend) {
		t := d.in.Times[tm]
		// ("2017" / "15 February - Police arrest ...": a timeline's entry
		// in the year of its heading)
		if h, ok := d.underYearHeading(t); ok {
			return h, d.said("date field ", d.text[t.Start:t.End], " in the year of the heading above")
		}
		if sw, ok := d.swappedDate(t); ok {
			return sw, d.said("date field ", d.text[t.Start:t.End], ", read day first as the record's text writes it")
		}
		return t.Date, d.said("date field ", d.text[t.Start:t.End], "")
	}
	// "Exactly one year after the captain was dragged from his apartment,
	// his widow spoke": the deed of a clause that opens the sentence by
	// counting years or months back from the report's time
	if !cause {
		if b, exact, after, ok := d.countedAfterOpening(s); ok && m.First > after && !d.anyWord(commas, after, m.First) && !d.in.Reference.IsZero() {
			anchor := d.in.Reference
			if dt, ok := d.statementDay(s); ok {
				anchor = dt
			}
			prec := vigil.PrecisionYear
			switch {
			case exact:
				prec = vigil.PrecisionDay
			case b.months > 0:
				prec = vigil.PrecisionMonth
			}
			back := vigil.DayDate(anchor.Time().AddDate(-b.years, -b.months, 0)).Truncate(min(prec, anchor.Precision))
			return back, fmt.Sprintf("%d years and %d months before %s, as the sentence's opening counts", b.years, b.months, anchor)
		}
	}
	// "after the 2020 protests", "the June 2023 killing": a date that
	// qualifies the event noun itself
	if m.T.Noun && m.First > s.from {
		// ("the February abduction and murder of X": the date qualifies both)
		before := m.First - 1
		if before-2 >= s.from && d.toks[before].Norm == "and" && attackNouns[d.toks[before-1].Norm] {
			before -= 2
		}
		if tm := d.timeAt[before]; tm >= 0 && !d.in.Times[tm].Date.IsZero() && !d.isBirth(before) {
			t := d.in.Times[tm]
			return t.Date, d.said(ownTimeWhy, d.text[t.Start:t.End], " before the noun")
		}
	}
	// "The trial of two men accused of stabbing a blogger opened on Monday":
	// a noun that opens the sentence is dated by the verb that says it began
	// or ended, past whatever its own phrase names; and the deed its phrase
	// names is not of that day
	if m.T.Noun && !cause && m.First <= s.from+1 {
		if k := d.phaseVerbAfter(m.Last+1, s.to); k >= 0 {
			if tm := d.timeAfterVerb(k, s.to); tm >= 0 {
				t := d.in.Times[tm]
				return t.Date, d.said(ownTimeWhy, d.text[t.Start:t.End], " after the verb its phrase heads")
			}
		}
	}
	if cause && cstart > s.from && m.First-s.from <= 16 && d.phraseOpensWithNoun(s, m.First) {
		if k := d.phaseVerbAfter(m.Last+1, cend); k >= 0 {
			cend = k
		}
	}
	if d.pluperfect(cstart, m.First) {
		passes = 1 // "where he had spent months recovering from a poisoning": earlier than the sentence's date
	}
	// "recalled its ambassador on Monday, April 15, two days after an exile was
	// shot dead": the deed in the "after" clause is not of the main clause's day
	// ("told us that two weeks after the vigil, officers visited his
	// parents": the deed is the main clause's, counted from the opening
	// phrase's day)
	if !cause {
		if dt, why, ok := d.afterOpeningDate(s, m.First); ok {
			return dt, why
		}
	}
	sub, offset := d.afterClause(s, m.First)
	// "was in a stable condition on Tuesday after being stabbed on Sunday
	// evening": a deed in an "after" clause that dates itself is not of the
	// main clause's day
	ownAfter := sub >= 0 && !m.T.Noun && d.datedAfter(m.Last+1, cend)
	// (but "five days after she addressed a rally": a noun inside the
	// clause's own predicate is that clause's deed)
	if offset.zero() && !offset.rough && !d.datesOnlyVictimState(s, m, sub) || m.T.Noun && (sub < 0 || m.First-sub <= 2) {
		// "arrested after a bomb exploded": most often the same day; "a week
		// after the attack" refers to an attack told elsewhere, with its date
		sub = -1
	}
	// "Four days after he vanished in Nairobi, Besigye reappeared on
	// Wednesday 20 November in Kampala": an "after" clause that opens the
	// sentence ends at its comma; the main clause after it has the day
	// counted back from
	mainFrom := -1
	if sub >= 0 && sub-3 <= s.from {
		for k := m.Last + 1; k < s.to; k++ {
			if d.toks[k].Norm == "," {
				mainFrom = k + 1
				break
			}
		}
	}
	// "arrested in Liège two days after the attack": counted from the day of
	// the attack told before
	if !cause && !d.lastAttackDay.IsZero() {
		// (after the trigger of a response: "arrested two days after the
		// attack"; or opening the sentence: "The morning after the shooting,
		// police called at his family's home")
		n, ok := 0, false
		if !isAttack(m.T.Type) {
			n, ok = d.daysAfterAttack(m.Last+1, min(cend, m.Last+16))
		}
		if !ok && m.First-s.from <= 12 {
			n, ok = d.daysAfterAttack(s.from, m.First)
		}
		// ("Hours later, police in Machala detained six men")
		// (but "18 September 2023 - Trudeau speaks of the killing. Hours
		// later, ...": later than the day the paragraph gives)
		if !ok && !isAttack(m.T.Type) && s.to-s.from > 2 && sameDayWords[d.toks[s.from].Norm] && d.toks[s.from+1].Norm == "later" && !d.laterDayInParagraph(si, d.lastAttackDay) {
			n, ok = 0, true
		}
		// ("Police arrested two of the men at the scene")
		if !ok && !isAttack(m.T.Type) && d.atTheScene(m.Last+1, cend) {
			n, ok = 0, true
		}
		if ok {
			day := d.lastAttackDay.Time().AddDate(0, 0, n)
			return vigil.Date{Year: day.Year(), Month: int(day.Month()), Day: day.Day(), Precision: vigil.PrecisionDay},
				fmt.Sprintf("%d days after the attack of %s", n, d.lastAttackDay)
		}
	}
	// "stabbed in Lyon in March 2021 ... arrested a few days after the
	// attack": in the attack's month, when the text gave it no day
	if !cause && !isAttack(m.T.Type) && !d.lastAttackOnlyMonth.IsZero() && d.fewDaysAfterAttack(m.Last+1, min(cend, m.Last+10)) {
		return d.lastAttackOnlyMonth, "days after the attack of " + d.lastAttackOnlyMonth.String()
	}
	// "The day after the verdict, his supporters protested outside the
	// embassy": counted from the day of the verdict told before (a phrase
	// that opens the sentence)
	if !cause && !d.lastVerdictDay.IsZero() {
		if n, ok := d.daysAfter(s.from, min(m.First, s.from+8), verdictNouns); ok {
			day := d.lastVerdictDay.Time().AddDate(0, 0, n)
			return vigil.Date{Year: day.Year(), Month: int(day.Month()), Day: day.Day(), Precision: vigil.PrecisionDay},
				fmt.Sprintf("%d days after the verdict of %s", n, d.lastVerdictDay)
		}
	}
	// "A week after the arrests, the ministry declared a diplomat persona
	// non grata": counted from the day of the arrests told before (days
	// keep the day, weeks only the month)
	if !cause && !isAttack(m.T.Type) && !d.lastArrestDay.IsZero() {
		end := min(m.First, s.from+8)
		if n, ok := d.daysAfter(s.from, end, arrestNouns); ok {
			day := d.lastArrestDay.Time().AddDate(0, 0, n)
			return vigil.DayDate(day), fmt.Sprintf("%d days after the arrest of %s", n, d.lastArrestDay)
		}
		// ("arrested Butt at St Pancras on June 22. He was charged with
		// conspiracy to murder two days later": days after the arrest the
		// sentence before told)
		if si > 0 && d.lastArrestSent == si-1 && m.T.Type != vigil.Arrest {
			for k := m.Last + 1; k+2 < s.to; k++ {
				if b, ok := d.laterBy(k, k+3); ok && b.years == 0 && b.months == 0 {
					return vigil.DayDate(d.lastArrestDay.Time().AddDate(0, 0, b.days)), fmt.Sprintf("%d days after the arrest of %s", b.days, d.lastArrestDay)
				}
			}
		}
		if n, ok := d.weeksAfter(s.from, end, arrestNouns); ok {
			day := d.lastArrestDay.Time().AddDate(0, 0, 7*n)
			return vigil.DayDate(day).Truncate(vigil.PrecisionMonth), fmt.Sprintf("%d weeks after the arrest of %s", n, d.lastArrestDay)
		}
	}
	// "Outside the court, around 40 members of the community stood with
	// photos of the dead man": a protest at the court on the day of the
	// verdict told before, when the sentence gives no time of its own
	if !cause && m.T.Type == vigil.Protest && !d.lastVerdictDay.IsZero() && d.anyWord(courtNouns, s.from, s.to) && !d.anyTime(s.from, s.to) {
		return d.lastVerdictDay, "outside the court on the day of the verdict"
	}
	// "arrested in Matola two months after the killing", "Two months after
	// the killing, Pretoria expelled three diplomats"
	if !cause && !isAttack(m.T.Type) && !d.lastAttackMonth.IsZero() {
		n, ok := d.monthsAfterAttack(m.Last+1, min(cend, m.Last+12))
		if !ok && m.First-s.from <= 12 {
			n, ok = d.monthsAfterAttack(s.from, m.First)
		}
		if ok {
			month := d.lastAttackMonth.Time().AddDate(0, n, 0)
			return vigil.Date{Year: month.Year(), Month: int(month.Month()), Precision: vigil.PrecisionMonth},
				fmt.Sprintf("%d months after the attack of %s", n, d.lastAttackMonth)
		}
	}
	// "expelled two diplomats two weeks after the shooting": counted from
	// the attack's day told before, to the month
	if !cause && !isAttack(m.T.Type) && !d.lastAttackDay.IsZero() {
		n, ok := d.weeksAfter(m.Last+1, min(cend, m.Last+12), attackNouns)
		if !ok && m.First-s.from <= 12 {
			n, ok = d.weeksAfter(s.from, m.First, attackNouns)
		}
		if ok {
			return vigil.DayDate(d.lastAttackDay.Time().AddDate(0, 0, 7*n)).Truncate(vigil.PrecisionMonth), fmt.Sprintf("%d weeks after the attack of %s", n, d.lastAttackDay)
		}
	}
	// ("a man who agreed to murder a blogger ... was jailed yesterday": the
	// verb the relative pronoun's infinitive hangs from)
	verbOfWho := m.First
	if m.First-3 > s.from && d.toks[m.First-1].Norm == "to" && d.relativeSubject(m.First-2) {
		verbOfWho = m.First - 2
	}
	relative := verbOfWho-1 > s.from && d.relativeSubject(verbOfWho) && d.toks[verbOfWho-2].Norm != ","
	relPron := d.relativePronounOf(verbOfWho, s.from)
	heading, hasHeading := d.headingDate(si) // (of the dated entry the sentence stands in)
	for pass := 0; pass < passes && best < 0; pass++ {
		from, to := cstart, d.circumstanceEnd(cend, s.to)
		if pass == 1 {
			from, to = s.from, s.to
		}
		if sub >= 0 && from < sub {
			from = sub
		}
		if mainFrom >= 0 && to > mainFrom {
			to = mainFrom // (the main clause's dates are not the subordinate deed's)
		}
		for k := from; k < to; k++ {
			tm := d.timeAt[k]
			if tm < 0 || (k > from && d.timeAt[k-1] == tm) {
				continue
			}
			t := d.in.Times[tm]
			if t.Date.IsZero() || d.isDeadline(k) || d.isBirth(k) || d.isDateline(t.Span) && !d.isDateField(t.Span) || d.untilNow(k) || ownAfter && k < m.First {
				continue
			}
			// "found spyware on his iPhone, and dated the infection to October
			// 2024": the time a finding dates the deed to is its date
			if k > m.Last && d.datedTo(k) {
				best, bestDist = tm, -1
				break
			}
			// ("March 2020 - Istanbul's prosecutor indicts 20 Saudi nationals
			// in absentia; their trial opens in July": under a dated entry, a
			// date past a semicolon is the other clause's)
			if pass == 1 && hasHeading && d.anyWord(semicolons, min(k, m.First)+1, max(k, m.Last)) {
				continue
			}
			// ("year: 2018" on another line of a record whose date field says
			// "date_start: 2018-05-03": the finer field dates it)
			if !d.recordDate.IsZero() && d.recordDate.Precision > t.Date.Precision && d.lineStart(t.Start) != d.lineStart(d.toks[head].Start) {
				continue
			}
			// ("In 2019, the year Poland granted him asylum, ...": an apposition
			// of the date before it says no other date)
			if k >= 2 && d.toks[k].Norm == "the" && d.toks[k-1].Norm == "," && d.timeAt[k-2] >= 0 && d.timeAt[k-2] != tm {
				continue
			}
			// ("Military Forces of Rwanda (2000-)": the start of a name's era)
			if k > 0 && d.toks[k-1].Norm == "(" && strings.HasPrefix(d.text[t.End:min(len(d.text), t.End+1)], "-") {
				continue
			}
			// "8 January 2019 - Brussels / The EU freezes the assets of ...,
			// citing a plot in June 2018": under a dated entry's heading, an
			// earlier date after the deed is the background it cites
			if k > m.Last && !cause {
				if hasHeading && !sameOrPrefix(heading, t.Date) && t.Date.Time().Before(heading.Time()) {
					continue
				}
			}
			// ("In March 2018 ... were detained and the same day put on a
			// plane": the same day as the date told before it in the sentence)
			if n := d.toks[k].Norm; (n == "the" || n == "that") && k+1 < len(d.toks) && d.toks[k+1].Norm == "same" {
				if before := d.lastDateBefore(s.from, k); before >= 0 {
					tm, t = before, d.in.Times[before]
				}
			}
			// "to mark the anniversary of the 2018 uprising": a date that
			// qualifies another noun is that noun's
			// (or a possessive's: "under the country's 2018 interference laws")
			if k > 0 && (d.toks[k-1].Norm == "the" || d.toks[k-1].Norm == "'s" || d.toks[k-1].Norm == "’s") && d.qualifiesNoun(tm, m) {
				continue
			}
			// "Sok Vannak, who has lived in Thailand since 2018, was shot": a date
			// in what the sentence says of the victim
			// ("X, abducted in Nairobi on Saturday, was charged this morning":
			// the participle's aside has its own deed, when the main verb has
			// its own date)
			if k < head && (d.inRelativeBefore(k, s.from, head) || d.aside(k, head, d.datedAfter(m.Last+1, cend))) {
				continue
			}
			// "the first sanctions since the 2015 nuclear deal": a bound after the
			// trigger, not its date ("Since January, protests have broken out"
			// is dated)
			if k > m.Last && k > 0 && (d.toks[k-1].Norm == "since" || k > 1 && d.toks[k-2].Norm == "since" && d.isWord(k-1, cDeterminer)) {
				continue
			}
			// "Two men have been charged in connection with a serious assault
			// on a man in Slough on Friday evening": a perfect response's
			// day is the report's, the date after the deed it names is the
			// deed's
			if k > m.Last && !isAttack(m.T.Type) && d.presentPerfect(m.First) && d.attackBetween(m.Last, k) {
				continue
			}
			// "expelled two diplomats within a week, and in November 2024 a
			// court jailed the pair": a coordinated clause has its own date
			if k > m.Last && (d.clauseJoinBetween(m.Last, k) || d.coordinatedVerbBetween(m.Last, k)) {
				continue
			}
			// "was arrested in Liège and handed over to France in early
			// February": a date after a later trigger dates that one
			if pass == 1 && k > m.Last && d.laterTriggerBefore(m.Last, k) || k < m.First && d.coordinatedAfter(k, m.First) {
				continue
			}
			// "a man who stabbed a blogger in Linz was found guilty on
			// Thursday": a date after the main clause's verb is that verb's,
			// not the relative clause's deed's
			if k > m.Last && relative && d.triggerBetween(m.Last, k+1) {
				continue
			}
			// "The court today jailed a soldier who shot dead a politician in
			// Bangkok in January": the main clause's time is not that of the
			// relative clause's deed, when the clause tells its own
			if relPron >= 0 && k < relPron && d.ownTimeAfter(m.Last+1, cend) {
				continue
			}
			// "deports her to Phnom Penh; two days later she is charged": a
			// count of days after the trigger counts from it, for the event
			// its clause tells
			if k > m.Last && d.triggerBetween(m.Last, k+8) && strings.HasSuffix(d.text[t.Start:t.End], "later") {
				continue
			}
			// "convicted a man of murdering a Chechen in 2019 and sentenced
			// him": the date of a gerund's deed is not the later verb's
			if k < m.First && d.inGerundComplement(k, m.First) || k > m.Last && d.gerundBefore(m.Last, k) {
				continue
			}
			// "charged two men with the abduction of an activist who was
			// snatched in October": a relative clause after the trigger has
			// its own deed and date
			if k > m.Last && d.inRelativeClause(k, m.Last+1) {
				continue
			}
			// "the prosecutor said on Wednesday" dates the statement, not the attack;
			// "according to papers made public on Friday" dates the papers
			if isAttack(m.T.Type) && d.afterReportingVerb(k) || d.inSourcePhrase(k, from) {
				continue
			}
			// "announced on Monday that its officers had detained a man the
			// previous Thursday": the day the clause reported gives its own
			if k < m.First && d.afterReportingVerb(k) && d.anyWord(thatWord, k, m.First) && d.datedAfter(m.Last+1, cend) {
				continue
			}
			if d.isFuture(d.storyDate(tm)) && !(isAttack(m.T.Type) && !d.in.Reference.IsZero()) {
				continue
			}
			dist := k - head
			if dist < 0 {
				dist = -dist + 1
			}
			if dist < bestDist {
				best, bestDist = tm, dist
			}
		}
	}
	if best >= 0 {
		t := d.in.Times[best]
		// ("AF-18-1142;2018-08-20;...;took 60 passengers hostage; forces
		// freed them the next day": a row's date field, not a day counted
		// from it, dates the row's own deed)
		if !cause && strings.IndexAny(d.text[t.Start:t.End], "0123456789") < 0 && d.recordRow(d.toks[head].Start) {
			if rd, ok := d.rowDate(d.toks[head].Start); ok {
				return rd.Date, d.said("date field ", d.text[rd.Start:rd.End], " of the row")
			}
		}
		if dt, ok := d.underYearHeading(t); ok {
			return dt, d.said(ownTimeWhy, d.text[t.Start:t.End], fmt.Sprintf(" under the heading %d", d.yearHeading))
		}
		// "WEDNESDAY 15 JANUARY / 12:10 / ... gathered this morning": a live
		// blog's "today" is the day of the heading it is posted under
		if t.Date == d.in.Reference && !strings.ContainsAny(d.text[t.Start:t.End], "0123456789") {
			if dt, ok := d.dayHeadingAbove(si); ok && dt != d.in.Reference {
				return dt, d.said(ownTimeWhy, d.text[t.Start:t.End], ", on the day of the heading above")
			}
		}
		// "Yasmin fled Syria in 2018. Two months later, her father was
		// taken": counted from the time told before, not from the report's
		// (the paragraph's dates so far are those of the sentences before)
		// (only one that opens the sentence: "arrested in Lyon a week later"
		// counts from the deed told, which the attack's own rules find)
		if b, ok := d.laterBy(s.from, d.tokenAt(t.End)); ok && t.Start <= d.toks[s.from].Start {
			// (days or weeks count only from a day: "Three days later" after a
			// year told in passing is of a day not told)
			if anchor, ok := d.paraDate[s.Para]; ok && (anchor.Precision == vigil.PrecisionDay || b.months > 0 || b.years > 0) {
				return laterDate(anchor, b), d.said(ownTimeWhy, d.text[t.Start:t.End], " after the time told before")
			}
		}
		// "on 29 March last year": the year the next words give; "that
		// October", or the year told before
		if y, after, ok := d.yearTold(best); ok {
			dt := t.Date
			dt.Year = y
			if after {
				return dt, d.said(ownTimeWhy, d.text[t.Start:d.in.Times[best+1].End], "")
			}
			return dt, d.said(ownTimeWhy, d.text[t.Start:t.End], " in the year told before")
		}
		// "In April, an activist was beaten", told in March: last April
		if d.isFuture(t.Date) && d.toldInPast(m) && !d.writesYear(t) {
			dt := t.Date
			dt.Year--
			return dt, d.said(ownTimeWhy, d.text[t.Start:t.End], ", the last before the report, as the deed is past")
		}
		return t.Date, d.said(ownTimeWhy, d.text[t.Start:t.End], "")
	}

	if sub >= 0 && !offset.zero() {
		// "two days after", "exactly a year after": counted back from the
		// main clause's day
		from, to := s.from, sub
		if mainFrom >= 0 {
			from, to = mainFrom, s.to
		}
		for k := from; k < to; k++ {
			if tm := d.timeAt[k]; tm >= 0 && d.in.Times[tm].Date.Precision == vigil.PrecisionDay {
				t := d.in.Times[tm]
				return offset.from(t.Date.Time()), fmt.Sprintf("%s before %q", offset, d.text[t.Start:t.End])
			}
		}
	}
	if cause || sub >= 0 || d.pluperfect(cstart, m.First) || d.anyIs(cEarlier, cstart, m.First) {
		return vigil.Date{}, "" // a cause, or a deed before the story's time, has no date of its own here
	}
	// "PRISTINA, March 22 - An explosive device was thrown at a police
	// station overnight": the night before a wire report of that day
	// (or before the day a statement in the sentence was made: "overnight,
	// police said on Friday")
	// (not once the story has told another day: "Last Sunday, 11 September,
	// ... / When police arrived, they ... held them overnight")
	_, toldHere := d.paraDate[s.Para]
	_, toldBefore := d.paraDate[s.Para-1]
	if d.datelineSpan.End > 0 && d.in.Reference.Precision == vigil.PrecisionDay && d.anyWord(overnightWords, cstart, cend) && !toldHere && !toldBefore {
		if dt, ok := d.statementDay(s); ok {
			return dt, "overnight before the statement's day"
		}
		if !d.timedSentence(s) {
			return d.in.Reference, "overnight before the dateline's day"
		}
	}
	if intro := d.decisionIntro(si); intro >= 0 {
		if dt, ok := d.paraDate[d.sents[intro].Para]; ok {
			return dt, "date of the sentence that opens the list"
		}
	}
	// "several hundred supporters are still rallying outside the court": a
	// deed going on as the report is written is of its day
	// (under a dated entry or in a dated paragraph, that date: "October 14,
	// 2024 — ... India says it is withdrawing its high commissioner")
	_, paraDated := d.paraDate[s.Para]
	if !m.T.Noun && !paraDated && !hasHeading && d.goingOn(m.Last) && !d.in.Reference.IsZero() && d.in.Reference.Precision == vigil.PrecisionDay &&
		(d.in.ReferenceSource == "published" || d.in.ReferenceSource == "dateline") {
		return d.in.Reference, "going on as the report is written"
	}
	// (a live blog's entry that tells no day of its own: the day it is
	// posted under)
	if dt, ok := d.dayHeadingAbove(si); ok {
		if _, told := d.paraDate[s.Para]; !told {
			return dt, "the day of the heading above"
		}
	}
	if dt, ok := d.paraDate[s.Para]; ok && !d.toldLater(cstart, m.First) {
		return dt, "last date of the paragraph"
	}
	// "In March 2014 armed men broke into his house ... Days later, South
	// Africa expelled three diplomats": a few days on, the month of the
	// paragraph's date
	if dt, ok := d.paraDate[s.Para]; ok && dt.Precision >= vigil.PrecisionMonth && d.daysLater(s) {
		return dt.Truncate(vigil.PrecisionMonth), "days after the paragraph's date, in its month"
	}
	// "October 2023 — Germany" on a line of its own heads the paragraph below
	if hasHeading {
		return heading, "date of the heading above the paragraph"
	}
	// "Canada on Monday expelled six Indian diplomats. / India responded
	// within hours by ordering ...": a reply hours after the measure told
	// just before is of its day, days after it of its month
	if _, told := d.paraDate[s.Para]; !told && !isAttack(m.T.Type) && !d.lastMeasureDate.IsZero() && d.lastMeasurePara == s.Para-1 && si > 0 && d.sents[si-1].Para == s.Para-1 {
		if d.unitsLater(s.from, s.to, hourUnits, false) {
			return d.lastMeasureDate, "hours after the measure of the paragraph before"
		}
		if d.daysLater(s) {
			return d.lastMeasureDate.Truncate(vigil.PrecisionMonth), "days after the measure of the paragraph before, in its month"
		}
	}
	// "who was bundled into a van in Berlin in July 2017. Berlin responded
	// within days by expelling ...": days after the attack the sentence
	// before told, in its month (weeks after it, in its year)
	// (or after a sentence that opens with the attack: "The abduction caused
	// the deepest rupture in decades. Within days, the Foreign Office ...")
	if _, told := d.paraDate[s.Para]; !told && !isAttack(m.T.Type) && !d.lastAttackMonth.IsZero() && si > 0 && d.sents[si-1].Para == s.Para &&
		(d.lastAttackMonthSent == si-1 || d.opensWithTheAttack(d.sents[si-1])) {
		if d.daysLater(s) {
			return d.lastAttackMonth, "days after the attack the sentence before told, in its month"
		}
		if d.weeksLater(s) {
			return d.lastAttackMonth.Truncate(vigil.PrecisionYear), "weeks after the attack the sentence before told, in its year"
		}
	}
	// "In early March 2014 armed men broke into his house. / Pretoria had
	// been patient for years. Within days, South Africa expelled three
	// diplomats": days after the date of the paragraph before, in its month
	if _, told := d.paraDate[s.Para]; !told && d.daysLater(s) {
		if dt, ok := d.paraDate[s.Para-1]; ok && dt.Precision >= vigil.PrecisionMonth {
			return dt.Truncate(vigil.PrecisionMonth), "days after the date of the paragraph before, in its month"
		}
	}
	// "The major was shot dead on 17 March 2019. / Within weeks Pretoria
	// declared four diplomats persona non grata", "Months later ...": some
	// weeks on from the date told last, of which only the year is sure
	if d.weeksLater(s) && !isAttack(m.T.Type) {
		if dt, ok := d.paraDate[s.Para]; ok {
			return dt.Truncate(vigil.PrecisionYear), "weeks after the paragraph's date, in its year"
		}
		if dt, ok := d.paraDate[s.Para-1]; ok {
			return dt.Truncate(vigil.PrecisionYear), "weeks after the date of the paragraph before, in its year"
		}
	}
	if si > 0 {
		prev := d.sents[si-1].Para
		// responses follow one another ("In June ... The couple were arrested");
		// an attack in a new paragraph is another story, often an earlier one
		// ("Police later detained eleven people": after that date, on a day
		// not told)
		// ("In 2021 a court convicted four men for that attack. / ... the
		// Government has also recalled its High Commissioner": a response
		// told in the present perfect is recent, not of a year before the
		// report's, and is dated to the report's month)
		if dt, ok := d.paraEventDate[prev]; ok && prev == s.Para-1 && !isAttack(m.T.Type) && !m.T.Noun && d.presentPerfect(m.First) &&
			!d.in.Reference.IsZero() && dt.Year < d.in.Reference.Year {
			// (a dateline's day is the statement's own; a publication date
			// may be the day after)
			if d.in.ReferenceSource == "dateline" {
				return d.in.Reference, "a present perfect after an earlier year's paragraph: the dateline's day"
			}
			return d.in.Reference.Truncate(vigil.PrecisionMonth), "a present perfect after an earlier year's paragraph: the report's month"
		}
		if dt, ok := d.paraEventDate[prev]; ok && prev == s.Para-1 && !isAttack(m.T.Type) && !d.toldLater(cstart, m.First) {
			return dt, "last date of the previous paragraph"
		}
		// "What happened in February? / A court in Minsk sentenced me": an
		// interview's answer tells of the time its question asked about
		if dt, ok := d.paraDate[prev]; ok && prev == s.Para-1 && d.isQuestion(d.sents[si-1]) && !d.toldLater(cstart, m.First) {
			return dt, "the date the question before asked about"
		}
	}
	// (a record's opening date dates its incident; its responses, told
	// "later" or not, may fall on other days)
	if !d.recordDate.IsZero() && (!d.recordDateOpening || isAttack(m.T.Type)) {
		return d.recordDate, "the record's date field"
	}
	// a diplomatic measure told without a date in a dated report is news of the
	// report's month; arrests and trials without one are often background
	if atHome[m.T.Type] && (d.in.ReferenceSource == "published" || d.in.ReferenceSource == "dateline") && !d.in.Reference.IsZero() {
		// ("02.08.2024 ... Two members of staff of the Embassy have been
		// declared persona non grata": a dated statement's present perfect
		// is of its day)
		v := m.First
		if envoyNouns[d.toks[v].Norm] {
			v = m.Last // ("The German Ambassador ... has been recalled")
		}
		if d.in.ReferenceSource == "dateline" && d.in.Reference.Precision == vigil.PrecisionDay && !m.T.Noun && d.presentPerfect(v) {
			return d.in.Reference, "a measure in the present perfect: the dated statement's day"
		}
		// "Within days Pretoria expelled three Rwandan diplomats. Kigali
		// answered by ordering six South African diplomats out": the reply
		// is of the time of the measure told before it in the paragraph
		if !d.lastMeasureDate.IsZero() && d.lastMeasurePara == s.Para && !d.presentPerfect(m.First) {
			return d.lastMeasureDate.Truncate(vigil.PrecisionMonth), "the month of the measure told before in the paragraph"
		}
		return d.in.Reference.Truncate(vigil.PrecisionMonth), "month of the report"
	}
	return vigil.Date{}, ""
}

// toldLater: a word in tokens [from, to) puts the deed on a later day than
// the one told before ("Police later detained"), not within it ("Hours
// later Kuala Lumpur orders").
func (d *doc) toldLater(from, to int) bool {
	for k := from; k < to; k++ {
		if d.wcls[k]&cLater != 0 && !(d.toks[k].Norm == "later" && k > 0 && sameDayWords[d.toks[k-1].Norm]) {
			return true
		}
	}
	return false
}

// lastDateBefore is the last time mention with a calendar date between
// tokens from and to, or -1.
func (d *doc) lastDateBefore(from, to int) int {
	for k := to - 1; k >= from; k-- {
		if tm := d.timeAt[k]; tm >= 0 && !d.in.Times[tm].Date.IsZero() {
			return tm
		}
	}
	return -1
}

// rowDate is the date field of the export row holding offset at: the first
// calendar date written as a field of its own on the row's line.
func (d *doc) rowDate(at int) (TimeMention, bool) {
	line := d.lineStart(at)
	for _, t := range d.in.Times {
		if t.Start < line || t.Date.IsZero() {
			continue
		}
		if d.lineStart(t.Start) != line {
			break
		}
		if isoDate(d.text[t.Start:t.End]) {
			return t, true
		}
	}
	return TimeMention{}, false
}

// sectionOf is the paragraph of the dated heading above sentence si's
// paragraph, or -1.
func (d *doc) sectionOf(si int) int {
	if _, ok := d.headingDate(si); !ok {
		return -1
	}
	return d.sents[si].Para
}

// paraFirst is the first sentence of the paragraph of sentence si.
func (d *doc) paraFirst(si int) int {
	first := si
	for first > 0 && d.sents[first-1].Para == d.sents[si].Para {
		first--
	}
	return first
}

// headingDate is the date of a heading line right above the paragraph of
// sentence si: a line without a full stop that names a date.
func (d *doc) headingDate(si int) (vigil.Date, bool) {
	first := d.paraFirst(si)
	// ("8 January 2019 - Brussels" on the line above the entry, in its
	// paragraph)
	if first < si {
		if dt, ok := d.headingLineDate(d.sents[first]); ok {
			return dt, true
		}
	}
	// ("2 October 2018 - ISTANBUL. Khashoggi is killed ...": an entry that
	// opens with its date and a dash)
	if dt, ok := d.entryOpeningDate(d.sents[first]); ok {
		return dt, true
	}
	if first == 0 {
		return vigil.Date{}, false
	}
	h := d.sents[first-1]
	if !d.entryHeading(h) {
		return vigil.Date{}, false
	}
	dt, ok := d.paraDate[h.Para]
	if !ok {
		// (a heading shaped like a dateline, "28 September 2018 - Denmark",
		// leaves no date to its paragraph)
		return d.headingLineDate(h)
	}
	if dt == d.in.Reference {
		return vigil.Date{}, false // "Oslo Herald — 12 September 2024": the report's own date
	}
	return dt, true
}

// dayHeadingAbove is the day of the nearest line above sentence si that is
// a date and nothing else, when that date is a day ("WEDNESDAY 15
// JANUARY", "Tuesday 14 January 2025"), in a text with two such lines at
// least: a live blog's or a timeline's sections.
func (d *doc) dayHeadingAbove(si int) (vigil.Date, bool) {
	if d.dayHeadings == nil {
		d.dayHeadings = []int{}
		for j, h := range d.sents {
			if d.dateOnlyLine(h) {
				d.dayHeadings = append(d.dayHeadings, j)
			}
		}
	}
	if len(d.dayHeadings) < 2 {
		return vigil.Date{}, false
	}
	// (the nearest heading, which may name only a month: "March 2020")
	for i := len(d.dayHeadings) - 1; i >= 0; i-- {
		if j := d.dayHeadings[i]; j < si {
			dt := d.in.Times[d.timeAt[d.sents[j].from]].Date
			return dt, dt.Precision == vigil.PrecisionDay
		}
	}
	return vigil.Date{}, false
}

// dateOnlyLine: sentence h is a short line that one time mention fills
// ("WEDNESDAY 15 JANUARY", "March 2020").
func (d *doc) dateOnlyLine(h sentInfo) bool {
	if !h.Fragment || h.to-h.from > 6 {
		return false
	}
	tm := d.timeAt[h.from]
	if tm < 0 || d.in.Times[tm].Date.IsZero() {
		return false
	}
	for k := h.from; k < h.to; k++ {
		if d.timeAt[k] != tm && d.toks[k].Kind == token.Word {
			return false
		}
	}
	return true
}

var semicolons = set(";")

// entryOpeningDate is the date that opens sentence h before a dash, written
// with its year, as a timeline's entries open ("October 2018 - TORONTO.").
func (d *doc) entryOpeningDate(h sentInfo) (vigil.Date, bool) {
	tm := d.timeAt[h.from]
	if tm < 0 || d.in.Times[tm].Date.IsZero() || !d.writesYear(d.in.Times[tm]) {
		return vigil.Date{}, false
	}
	e := h.from
	for e < h.to && d.timeAt[e] == tm {
		e++
	}
	if e >= h.to || !dashes[d.toks[e].Norm] {
		return vigil.Date{}, false
	}
	if dt := d.in.Times[tm].Date; dt != d.in.Reference {
		return dt, true
	}
	return vigil.Date{}, false
}

// headingLineDate is the date a short heading line h writes out with its
// year, unless it stamps the page ("Last updated ...") or is the report's
// own date.
func (d *doc) headingLineDate(h sentInfo) (vigil.Date, bool) {
	if !d.entryHeading(h) {
		return vigil.Date{}, false
	}
	for k := h.from; k < h.to; k++ {
		if tm := d.timeAt[k]; tm >= 0 && !d.in.Times[tm].Date.IsZero() && d.writesYear(d.in.Times[tm]) {
			if dt := d.in.Times[tm].Date; dt != d.in.Reference {
				return dt, true
			}
			return vigil.Date{}, false
		}
	}
	return vigil.Date{}, false
}

// entryHeading: sentence h is a short line without a full stop that may
// head an entry, not a stamp that dates the page ("Last updated: 21 March
// 2025").
func (d *doc) entryHeading(h sentInfo) bool {
	return h.Fragment && h.to-h.from <= 12 && !d.anyWord(stampWords, h.from, h.to)
}

// stampWords mark a line that dates the page itself.
var stampWords = set("updated", "published", "posted", "modified", "issue")

// datesOnlyVictimState: in "was fighting for his life on Wednesday after
// two men knifed him" the day just before "after", in a main clause that tells
// no deed of its own, dates the victim's state, not the attack before it. (A
// month, as in "fell ill in May after drinking laced coffee", still covers both.)
// clause is the token after that "after", as afterClause returns it.
func (d *doc) datesOnlyVictimState(s sentInfo, m triggerMatch, clause int) bool {
	if !isAttack(m.T.Type) || m.T.Noun || clause-3 <= s.from || d.triggerIn(s.from, clause) {
		return false
	}
	tm := d.timeAt[clause-2] // (the word before "after")
	return tm >= 0 && d.in.Times[tm].Date.Precision == vigil.PrecisionDay
}

// triggerIn: a trigger of any type starts in tokens [from, to).
func (d *doc) triggerIn(from, to int) bool {
	for _, t := range d.triggers {
		if t >= from && t < to {
			return true
		}
	}
	return false
}

// afterClause finds the "after" that opens the subordinate clause
// holding the trigger at first ("two days after an exile was shot dead"), and
// the time the clause counts back ("two days after", "exactly a year after").
// It returns -1 when the trigger heads no such clause.
func (d *doc) afterClause(s sentInfo, first int) (int, timeBack) {
	for k := first - 1; k > s.from && k >= first-25; k-- {
		n := d.toks[k].Norm
		if n == ";" || n == ":" || d.attackAt(k) || slices.Contains(d.triggers, k) {
			return -1, timeBack{}
		}
		if n != "after" {
			continue
		}
		var back timeBack
		if k >= 2 {
			if unit, ok := backUnits[d.toks[k-1].Norm]; ok {
				back = unit.times(d.unitCount(k - 2))
				if k >= 3 {
					switch d.toks[k-3].Norm {
					case "to", "of", "for":
						// "sentenced to 18 years after a closed trial": a term
						back = timeBack{}
					case "than", "about", "around", "nearly", "almost", "roughly", "some", "over", "approximately":
						// "more than four years after": not a count to reckon
						// from, but still long before the main clause's day
						back = timeBack{rough: true}
					case "exactly", "precisely":
						back.exact = true
					}
				}
			}
		}
		return k + 1, back
	}
	return -1, timeBack{}
}

// opensMainClause: the "after" at token k opens a phrase ("two weeks after
// the vigil,") that the sentence or a "that" clause begins with, and a
// comma closes it before token first: what follows is the main clause.
func (d *doc) opensMainClause(s sentInfo, k, first int) bool {
	if !d.anyWord(commas, k+1, first) {
		return false
	}
	open := k - 1
	for open > s.from && (!backUnits[d.toks[open].Norm].zero() || d.isCountAt(open) || d.toks[open].Norm == "a") {
		open--
	}
	// (not a date's apposition: "on 31 January, three days after the
	// attack, ...")
	if open > s.from && d.toks[open].Norm == "," && d.timeAt[open-1] >= 0 {
		return false
	}
	return open <= s.from || d.toks[open].Norm == "that" || d.toks[open].Norm == ","
}

// afterOpeningDate dates a main clause that an "N weeks after <day>," phrase
// opens: the day counted forward, to the month once weeks or more are
// counted ("two weeks after the June 4 vigil, officers visited" is June).
func (d *doc) afterOpeningDate(s sentInfo, first int) (vigil.Date, string, bool) {
	for k := first - 1; k > s.from && k >= first-25; k-- {
		if d.toks[k].Norm != "after" || k < 2 {
			continue
		}
		unit, ok := backUnits[d.toks[k-1].Norm]
		if !ok || !d.opensMainClause(s, k, first) {
			return vigil.Date{}, "", false
		}
		q := d.unitCount(k - 2)
		if q == 0 {
			return vigil.Date{}, "", false
		}
		// (or "after the event" told earlier in the sentence: "this year's
		// June 4 vigil ... two weeks after the event")
		days := []int{}
		for j := k + 1; j < first && d.toks[j].Norm != ","; j++ {
			days = append(days, j)
		}
		if d.toks[k+1].Norm == "the" || d.toks[k+1].Norm == "that" {
			for j := k - 2; j >= s.from; j-- {
				days = append(days, j)
			}
		}
		for _, j := range days {
			if tm := d.timeAt[j]; tm >= 0 && d.in.Times[tm].Date.Precision == vigil.PrecisionDay {
				t := d.in.Times[tm]
				return unit.times(q).after(t.Date.Time()), fmt.Sprintf("%d %s after %q", q, d.toks[k-1].Text, d.text[t.Start:t.End]), true
			}
		}
		return vigil.Date{}, "", false
	}
	return vigil.Date{}, "", false
}

// countAdverbs open a count after a noun phrase: "stabbing him more than a
// dozen times".
var countAdverbs = set("more", "less", "several", "many", "twice", "once", "repeatedly")

// timeBack is a span of calendar time counted back from a day; exact when
// the text says so ("exactly a year after").
type timeBack struct {
	years, months, days int
	exact               bool
	rough               bool // "more than two years after": some long time, uncounted
}

func (b timeBack) zero() bool { return b.years == 0 && b.months == 0 && b.days == 0 }

// from is the date b before day t: "a year after" a day is only its month,
// unless exact.
func (b timeBack) from(t time.Time) vigil.Date {
	day := t.AddDate(-b.years, -b.months, -b.days)
	dt := vigil.Date{Year: day.Year(), Month: int(day.Month()), Day: day.Day(), Precision: vigil.PrecisionDay}
	if (b.years > 0 || b.months > 0) && !b.exact {
		dt.Day, dt.Precision = 0, vigil.PrecisionMonth
	}
	return dt
}

// after is the date b after day t, to the month once weeks or more are
// counted ("two weeks after the June 4 vigil" is June).
func (b timeBack) after(t time.Time) vigil.Date {
	day := t.AddDate(b.years, b.months, b.days)
	dt := vigil.Date{Year: day.Year(), Month: int(day.Month()), Day: day.Day(), Precision: vigil.PrecisionDay}
	if b.days >= 7 || b.months > 0 || b.years > 0 {
		dt.Day, dt.Precision = 0, vigil.PrecisionMonth
	}
	return dt
}

// times is q of the unit b.
func (b timeBack) times(q int) timeBack {
	return timeBack{years: q * b.years, months: q * b.months, days: q * b.days}
}

// unitCount is the count at token k before a unit of time ("two weeks", "14
// days", "a month"), or 0.
func (d *doc) unitCount(k int) int {
	n := d.toks[k].Norm
	if v, ok := smallNumbers[n]; ok {
		return v
	}
	if v, err := strconv.Atoi(n); err == nil && v < 100 {
		return v
	}
	if n == "a" || n == "one" {
		return 1
	}
	return 0
}

func (b timeBack) String() string {
	switch {
	case b.years > 0:
		return fmt.Sprintf("%d years", b.years)
	case b.months > 0:
		return fmt.Sprintf("%d months", b.months)
	}
	return fmt.Sprintf("%d days", b.days)
}

var backUnits = map[string]timeBack{"day": {days: 1}, "days": {days: 1}, "week": {days: 7}, "weeks": {days: 7},
	"month": {months: 1}, "months": {months: 1}, "year": {years: 1}, "years": {years: 1}}

var smallNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30}

// pluperfect: "had" before the trigger in its clause puts the event before the
// time of the sentence around it.
func (d *doc) pluperfect(cstart, first int) bool {
	for k := cstart; k < first; k++ {
		// (not a relative clause's: "a trader who had lived in Matola for a
		// decade lured him ... and shot him")
		if d.toks[k].Norm == "had" && !(k > 0 && relativePronouns[d.toks[k-1].Norm]) {
			return true
		}
	}
	return false
}

var relativePronouns = set("who", "which", "whom")

// relativeSubject: the word before token k is a relative pronoun, of which
// the verb at k tells ("a man who stabbed", "a car that tried").
func (d *doc) relativeSubject(k int) bool {
	return k > 0 && (relativePronouns[d.toks[k-1].Norm] || d.toks[k-1].Norm == "that")
}

// relativePronounOf is the relative pronoun whose clause the verb at k
// opens, past its auxiliaries ("who shot", "who was punched", "which had
// been hacked"), or -1.
func (d *doc) relativePronounOf(k, from int) int {
	for j := k - 1; j > from && j >= k-3; j-- {
		if n := d.toks[j].Norm; n == "who" || n == "which" || n == "that" {
			return j
		}
		if !d.isWord(j, cBe) && !d.isWord(j, cAdverb) {
			if n := d.toks[j].Norm; n != "had" && n != "has" && n != "have" {
				return -1
			}
		}
	}
	return -1
}

// triggerBetween: another trigger of the sentence stands after token a and
// before token b.
func (d *doc) triggerBetween(a, b int) bool {
	for _, t := range d.triggers {
		if t > a && t < b {
			return true
		}
	}
	return false
}

// laterTriggerBefore: another trigger of the sentence, joined to the first by
// "and", stands between token a and token k.
func (d *doc) laterTriggerBefore(a, k int) bool {
	for _, t := range d.triggers {
		// a verb joined by "and": "was arrested in Liège and handed over"
		if t > a && t < k && (d.toks[t-1].Norm == "and" || t > 1 && d.toks[t-2].Norm == "and") {
			return true
		}
	}
	return false
}

// coordinatedAfter: the trigger at first is a verb joined by "and" to an
// earlier trigger that stands after token k: "arrested on 11 January and
// handed over in February" (the January date is the arrest's).
func (d *doc) coordinatedAfter(k, first int) bool {
	if !(d.toks[first-1].Norm == "and" || first > 1 && d.toks[first-2].Norm == "and") {
		return false
	}
	earlier := false
	for _, t := range d.triggers {
		if t < k && k < first {
			earlier = true
		}
	}
	if !earlier {
		return false
	}
	// only when the joined verb has a date of its own: "arrested on Friday and
	// charged with murder" were both on Friday
	s := d.sentOf(first)
	for j := first + 1; j < s.to && !slices.Contains(d.triggers, j); j++ {
		if tm := d.timeAt[j]; tm >= 0 && !d.in.Times[tm].Date.IsZero() {
			return true
		}
	}
	return false
}

// gerundBefore: an event gerund after a preposition stands between the
// trigger ending at last and the date at k ("convicted in Vienna of murdering a
// critic in 2020"), so the date is the gerund's.
func (d *doc) gerundBefore(last, k int) bool {
	for _, t := range d.triggers {
		// (or the noun a gerund takes: "found guilty of conducting
		// reconnaissance ... in February 2019")
		gerundNoun := t > last+2 && d.isWord(t-2, cPreposition) && d.isVerbForm(t-1) && strings.HasSuffix(d.toks[t-1].Norm, "ing")
		if t > last+1 && t < k && (d.isWord(t-1, cPreposition) && strings.HasSuffix(d.toks[t].Norm, "ing") || gerundNoun) {
			for j := t + 1; j < k; j++ {
				if n := d.toks[j].Norm; n == "," || n == ";" {
					return false // ("..., the Justice Department announced Friday")
				}
			}
			return true
		}
	}
	return false
}

// inGerundComplement: the date at k follows an event gerund after a
// preposition ("of murdering", "for plotting") within its clause, with no
// other event word between it and the trigger at first, so it dates the
// gerund's deed.
func (d *doc) inGerundComplement(k, first int) bool {
	g := -1
	for _, t := range d.triggers {
		if t < k {
			g = t
		}
	}
	if g <= 0 || !d.isWord(g-1, cPreposition) || !strings.HasSuffix(d.toks[g].Norm, "ing") {
		return false
	}
	for j := g + 1; j < k; j++ {
		if n := d.toks[j].Norm; n == "," || n == ";" || n == "and" {
			return false // ("..., and in January prosecutors charged")
		}
	}
	for _, t := range d.triggers {
		if t > k && t < first {
			return false
		}
	}
	return true
}

// untilNow: "to this day", "to this date" mean until now, not a day.
func (d *doc) untilNow(k int) bool {
	return k > 0 && d.toks[k-1].Norm == "to" && d.toks[k].Norm == "this" && k+1 < len(d.toks) &&
		(d.toks[k+1].Norm == "day" || d.toks[k+1].Norm == "date")
}

// isDateField: a date alone at the head of a line, as incident datasets write
// it ("14 January 2021: A magnetic bomb ..."), is when the incident happened.
func (d *doc) isDateField(sp vigil.Span) bool {
	if label := d.fieldLabel(sp.Start); strings.Contains(label, "date") {
		return true // "Date: 14 May 2016"
	}
	rest := strings.TrimLeft(d.text[sp.End:min(len(d.text), sp.End+4)], " ")
	// "Syria, Idlib governorate, Maarat al-Numan, 2019-08-29: ...": a date
	// that closes a record's heading
	// (an ISO date only: "Ottawa, October 3, 2024:" heads a press release)
	if strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "://") && isoDate(d.text[sp.Start:sp.End]) {
		return true
	}
	if sp.Start > 0 && d.text[sp.Start-1] != '\n' {
		return false
	}
	// ("2015-03-21 | Somalia | ...", "2020-11-02 — Mozambique — ...")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") ||
		strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, ";") || strings.HasPrefix(d.text[sp.End:min(len(d.text), sp.End+1)], "\t") ||
		isoDate(d.text[sp.Start:sp.End]) && strings.HasPrefix(rest, ",")
}

// swappedDate reads an all-numeric date whose first two numbers could each
// be the month ("06/08/2023") day first, when the record also writes that
// date out ("On 6 August 2023"): exports differ in their order, their prose
// does not.
func (d *doc) swappedDate(t TimeMention) (vigil.Date, bool) {
	dt := t.Date
	if dt.Precision != vigil.PrecisionDay || dt.Day > 12 || dt.Day == dt.Month || strings.IndexFunc(d.text[t.Start:t.End], unicode.IsLetter) >= 0 {
		return dt, false
	}
	sw := vigil.Date{Year: dt.Year, Month: dt.Day, Day: dt.Month, Precision: vigil.PrecisionDay}
	for _, o := range d.in.Times {
		if o.Date == sw && strings.IndexFunc(d.text[o.Start:o.End], unicode.IsLetter) >= 0 {
			return sw, true
		}
	}
	return dt, false
}

// fieldLabel is the label of a dataset record's field line that the text at
// offset start is the value of ("Date: 14 May 2016", "Location: Gao, Mali"),
// in lower case, or "".
func (d *doc) fieldLabel(start int) string {
	// (a label ends right before its value, at a colon, an equals sign or a
	// dot leader: most text has none there)
	k := start - 1
	for k >= 0 && (d.text[k] == ' ' || d.text[k] == '"') {
		k--
	}
	if k < 0 || d.text[k] != ':' && d.text[k] != '=' && d.text[k] != '.' {
		return ""
	}
	line := d.lineStart(start)
	head := d.text[line:start]
	// ("conflict: X; date: 2019-07-27; location: Nganzai", "Country:
	// Afghanistan. Location: Jalalabad": fields on one line)
	if i := strings.LastIndexAny(head, ";|"); i >= 0 {
		head = head[i+1:]
	}
	// ("Location ....... Dera Ismail Khan": a label led by dots)
	if t := strings.TrimRight(head, " "); strings.HasSuffix(t, "...") {
		if label := strings.ToLower(strings.TrimSpace(strings.TrimRight(t, "."))); label != "" && len(label) <= 30 && strings.IndexFunc(label, notLabelRune) < 0 {
			return label
		}
	}
	if i := strings.LastIndex(head, ". "); i >= 0 {
		head = head[i+2:]
	}
	i := fieldSep(head)
	if i <= 0 || i > 30 || strings.Trim(head[i+1:], " \"") != "" {
		return ""
	}
	label := fieldName(head[:i])
	if strings.IndexFunc(label, notLabelRune) >= 0 {
		return ""
	}
	return label
}

// fieldSep is the offset of the separator after a field line's label: the
// first colon, or the first equals sign of a "key=value" export when it comes
// before any colon; -1 when there is neither.
func fieldSep(line string) int {
	i := strings.IndexByte(line, ':')
	if j := strings.IndexByte(line, '='); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// fieldName is a field label as written ("  \"Location\"", "admin_1 "), in
// lower case without the quotes and spaces of a JSON key.
func fieldName(label string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(label), "\""))
}

// notLabelRune: r cannot stand in a field's label.
func notLabelRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r == ' ' || r == '_' || r == '(' || r == ')')
}

// recordFields reads the date and place of a dataset record given as field
// lines ("Date: 2016-05-14", "Location: Gao, Mali"): they date and place the
// record's events that say nothing of their own.
func recordFields(d *doc) (vigil.Date, *vigil.Place) {
	var date vigil.Date
	var place *vigil.Place
	for i, t := range d.in.Times {
		// ("Date: 2016-05-14", or a record that opens with its date:
		// "2018-02-03; Nigeria; Borno; ...")
		if t.Date.IsZero() {
			continue
		}
		if strings.Contains(d.fieldLabel(t.Start), "date") {
			date = t.Date
			break
		}
		if i == 0 && isoDate(d.text[t.Start:t.End]) && d.ownField(t.Span) {
			date, d.recordDateOpening = t.Date, true
			break
		}
	}
	// (a text of several records, each with its own location field, has no
	// one place)
	locationLine := -1
	for _, p := range d.in.Places {
		if p.Kind != vigil.Literal || p.Place.Country == "" {
			continue
		}
		label := d.fieldLabelOfLine(p.Start)
		if label == "" || !locationLabels[label] { // (most lines have no label)
			continue
		}
		if line := d.lineStart(p.Start); locationLine >= 0 && line != locationLine {
			return date, nil
		} else {
			locationLine = line
		}
		if place == nil || place.Feature == vigil.FeatureCountry && p.Place.Feature != vigil.FeatureCountry {
			pl := p.Place
			place = &pl
		}
		// "Location: Hombori, Mopti region, Mali": a first name the gazetteer
		// lacks is the most specific place
		line := d.fieldStart(p.Start)
		i := fieldSep(d.text[line:p.Start])
		if i < 0 { // ("Location ....... Dera Ismail Khan, ...": a dot leader)
			i = strings.LastIndex(d.text[line:p.Start], "...") + 2
		}
		colon := line + i
		end := strings.IndexAny(d.text[colon:], "\n;|")
		if end < 0 {
			end = len(d.text) - colon
		}
		first, _, _ := strings.Cut(d.text[colon+1:colon+end], ",")
		first = strings.Trim(first, " \"")
		// (a name: not "gendarmerie checkpoint, Diyarbakır–Batman road")
		if firstAt := strings.Index(d.text[colon:], first) + colon; first != "" && startsUpper(first) && firstAt < p.Start && len(first) < 40 {
			country := p.Place.Country
			// ("Misterei, Beida, West Darfur, Sudan": the country the field
			// ends in, not that of a namesake town, Beida in Libya)
			if c := d.countryOnLine(colon, colon+end); c != "" {
				country = c
			}
			return date, &vigil.Place{Name: first, Country: country, Feature: vigil.FeatureLocal}
		}
	}
	// "where_coordinates: Buulo-Jiroow village" under "country: Somalia": a
	// village no gazetteer holds, named by its field
	if (place == nil || place.Feature == vigil.FeatureCountry || place.Feature == vigil.FeatureRegion) && d.fieldLineCount() >= 2 {
		if name := d.villageField(); name != "" {
			country := d.countryField()
			if country == "" && place != nil {
				country = place.Country
			}
			if country == "" {
				country = d.fieldsCountry() // ("state: Chhattisgarh ... village: Minpa")
			}
			if country != "" {
				return date, &vigil.Place{Name: name, Country: country, Feature: vigil.FeatureLocal}
			}
		}
	}
	if place == nil && (!date.IsZero() || len(d.in.Times) > 0 && isoDate(d.text[d.in.Times[0].Start:d.in.Times[0].End]) && d.isDateField(d.in.Times[0].Span)) {
		place = d.headerPlace()
	}
	return date, place
}

// countryOnLine is the state the text between from and to names as a
// country, or "" (none, or two).
func (d *doc) countryOnLine(from, to int) string {
	found := ""
	for _, p := range d.in.Places {
		if p.Start >= from && p.End <= to && p.Kind == vigil.Literal && p.Place.Feature == vigil.FeatureCountry {
			if found != "" && found != p.Place.Country {
				return ""
			}
			found = p.Place.Country
		}
	}
	return found
}

// villageField is the name a record's location field gives a village or
// town the gazetteer lacks ("where_coordinates: Buulo-Jiroow village",
// "Location: Kisima village"), or "".
func (d *doc) villageField() string {
	for rest := d.text; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		i := fieldSep(line)
		if i < 0 {
			continue
		}
		label, value := fieldName(line[:i]), strings.TrimRight(strings.TrimSpace(line[i+1:]), ",")
		value = strings.Trim(value, "\"")
		if !locationLabels[label] && label != "where_coordinates" {
			continue
		}
		// ("Ogossagou (Fulani quarter)": the name before its gloss)
		if j := strings.IndexByte(value, '('); j > 0 {
			value = value[:j]
		}
		words := strings.Fields(value)
		if len(words) > 1 && settlementNouns[strings.ToLower(words[len(words)-1])] {
			words = words[:len(words)-1]
		} else if len(words) > 3 || d.knownPlaceIn(rest, value) {
			continue // (a bare value: a name of a few words no gazetteer holds)
		}
		name := strings.Join(words, " ")
		if r := []rune(name); len(r) > 0 && unicode.IsUpper(r[0]) && !strings.ContainsAny(name, ",;()\"") {
			return name
		}
	}
	return ""
}

// knownPlaceIn: the gazetteer found a place in value, which is the text of
// the line before rest (the text after that line).
func (d *doc) knownPlaceIn(rest, value string) bool {
	lineEnd := len(d.text) - len(rest)
	at := strings.LastIndex(d.text[:lineEnd], value)
	if at < 0 {
		return true
	}
	for _, p := range d.in.Places {
		if p.Start < at+len(value) && p.End > at {
			return true
		}
	}
	return false
}

// fieldsCountry is the one state the known places of a record's field
// lines lie in, or "".
func (d *doc) fieldsCountry() string {
	c := ""
	for _, p := range d.in.Places {
		if p.Kind != vigil.Literal || p.Place.Country == "" || d.fieldLabelOfLine(p.Start) == "" {
			continue
		}
		if c != "" && c != p.Place.Country {
			return ""
		}
		c = p.Place.Country
	}
	return c
}

// countryField is the country of a record's "country:" field line, or "".
func (d *doc) countryField() string {
	for _, p := range d.in.Places {
		if p.Kind == vigil.Literal && p.Place.Feature == vigil.FeatureCountry && d.fieldLabelOfLine(p.Start) == "country" {
			return p.Place.Country
		}
	}
	return ""
}

// isoDate: s is written YYYY-MM-DD.
func isoDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// ownField: the expression fills a field of a record line by itself ("UCDP |
// 2016-05-12 | Mali |", "2018-02-03; Nigeria; ...").
func (d *doc) ownField(sp vigil.Span) bool {
	if strings.TrimSpace(d.text[d.fieldStart(sp.Start):sp.Start]) != "" {
		return false
	}
	rest := strings.TrimLeft(d.text[sp.End:min(len(d.text), sp.End+4)], " ")
	return rest == "" || strings.ContainsAny(rest[:1], "|;:.,\n\t") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// headerPlace is the most specific place of a record's unlabelled heading
// fields: "2015-03-21 | Somalia | Lower Shabelle, Marka | ... | gunmen
// executed four men" or "Syria, Idlib governorate, Maarat al-Numan,
// 2019-08-29: ...", the fields before the description that ends the line.
func (d *doc) headerPlace() *vigil.Place {
	line := d.text
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	end := strings.LastIndexAny(line, "|—;")
	if i := strings.Index(line, ": "); i >= 0 && (end < 0 || i < end) {
		end = i
	}
	if end <= 0 {
		return nil
	}
	var best *vigil.Place
	bestAt := -1
	for pm, p := range d.in.Places {
		if p.Start >= end {
			break
		}
		if p.Kind != vigil.Literal || p.Place.Country == "" {
			continue
		}
		// ("Mbau village (Mocímboa da Praia district), Mozambique": not Praia,
		// Cape Verde)
		if k := d.tokenAt(p.Start); d.contradicted(p.Place, k) || d.inLongerName(k, pm) {
			continue
		}
		if best == nil || featureRank[p.Place.Feature] > featureRank[best.Feature] {
			pl := p.Place
			best, bestAt = &pl, p.Start
		}
	}
	if best != nil && best.Feature != vigil.FeatureLocal {
		if named := d.fieldOpening(bestAt); named != "" {
			return &vigil.Place{Name: named, Country: best.Country, Feature: vigil.FeatureLocal}
		}
	}
	return best
}

// fieldOpening is the unknown name that opens the record field holding offset
// at, before the known place there: "Kandadji" in "Kandadji village, Ayorou
// commune, Tillabéri region"; "" when the field opens with the known place.
func (d *doc) fieldOpening(at int) string {
	start := d.fieldStart(at)
	first := d.text[start:at]
	if i := strings.IndexAny(first, ",("); i >= 0 {
		first = first[:i]
	} else {
		return "" // the known place is the field's first name
	}
	first = strings.TrimSpace(first)
	if i := strings.Index(first, ": "); i > 0 && i < 20 {
		first = first[i+2:] // ("Location: Manzingi, Beni territory")
	}
	for _, prep := range []string{"near ", "in ", "outside "} {
		first = strings.TrimPrefix(first, prep) // ("near Tiembara, Bankass cercle")
	}
	if w := strings.LastIndexByte(first, ' '); w > 0 && settlementNouns[strings.ToLower(first[w+1:])] {
		first = first[:w]
	}
	if first == "" || len(first) > 40 || !startsUpper(strings.TrimPrefix(first, "al-")) || strings.ContainsAny(first, "0123456789:") {
		return ""
	}
	for _, p := range d.in.Places {
		if p.Start >= start && p.End <= start+len(first)+1 {
			return "" // a place the gazetteer knows: the search above judged it
		}
	}
	return first
}

// fieldLabelOfLine is the field label of the line holding offset at.
func (d *doc) fieldLabelOfLine(at int) string {
	// (a line of prose has no label: most places are on one, and its head can
	// be long)
	if head := d.text[d.lineStart(at):at]; strings.IndexByte(head, ':') < 0 && strings.IndexByte(head, '=') < 0 && !strings.Contains(head, "...") {
		return ""
	}
	line := d.fieldStart(at)
	if i := fieldSep(d.text[line:at]); i > 0 {
		return d.fieldLabel(line + i + 1)
	}
	// (a dot leader follows a short label: only the line's head is searched)
	if i := strings.Index(d.text[line:min(at, line+40)], "..."); i > 0 {
		j := line + i
		for j < at && (d.text[j] == '.' || d.text[j] == ' ') {
			j++
		}
		return d.fieldLabel(j)
	}
	return ""
}

// fieldStart is where the record field holding offset at begins: its line's
// start, or the end of the field before it on the line ("date: 2019-07-27;
// location: Nganzai", "Country: Afghanistan. Location: Jalalabad").
func (d *doc) fieldStart(at int) int {
	line := d.lineStart(at)
	head := d.text[line:at]
	if i := strings.LastIndexAny(head, ";|\t"); i >= 0 {
		line, head = line+i+1, head[i+1:]
	}
	// (not the end of a dot leader: "Location ....... Dera Ismail Khan")
	if i := strings.LastIndex(head, ". "); i >= 0 && !(i > 0 && head[i-1] == '.') {
		line = line + i + 2
	}
	return line
}

// lines yields the start and end offsets of each line of the text, the
// end at its line break (or the text's end).
func (d *doc) lines() iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		for start := 0; start < len(d.text); {
			end := strings.IndexByte(d.text[start:], '\n')
			if end < 0 {
				end = len(d.text)
			} else {
				end += start
			}
			if !yield(start, end) {
				return
			}
			start = end + 1
		}
	}
}

// lineStart is the offset of the line that holds byte at, as
// strings.LastIndexByte(d.text[:at], '\n') + 1 is, found by halving in the
// offsets of the text's line breaks (listed at the first call): scanning back
// through long lines for every place and date was a twentieth of the coder.
func (d *doc) lineStart(at int) int {
	if !d.linesListed {
		d.linesListed = true
		nl := d.buf.newlines[:0]
		for off := 0; ; {
			j := strings.IndexByte(d.text[off:], '\n')
			if j < 0 {
				break
			}
			nl = append(nl, off+j)
			off += j + 1
		}
		d.newlines, d.buf.newlines = nl, nl
	}
	nl := d.newlines
	i := sort.SearchInts(nl, at) // the first break at or after at
	if i == 0 {
		return 0
	}
	return nl[i-1] + 1
}

var locationLabels = set("location", "place", "where", "locality", "site", "town", "city", "village", "location (admin)", "municipality", "barangay", "settlement")

// isDateline: the expression is the report's own dateline ("ISTANBUL, Oct 31 -").
func (d *doc) isDateline(sp vigil.Span) bool {
	overlaps := func(r vigil.Span) bool { return r.End > r.Start && sp.Start < r.End && r.Start < sp.End }
	return d.in.ReferenceSource == "dateline" && overlaps(d.in.ReferenceSpan) || overlaps(d.datelineSpan)
}

// isBirth: "born in 1975", "aged", and ages do not date events.
func (d *doc) isBirth(k int) bool {
	return k > 1 && (d.toks[k-1].Norm == "born" || d.toks[k-2].Norm == "born")
}

func quote(s string) string { return "\"" + s + "\"" }

// said is the reason "prefix \"s\" suffix" for --explain; without it, only
// the prefix, which costs no allocation (the reasons of dates and places are
// read by nothing else).
func (d *doc) said(prefix, s, suffix string) string {
	if !d.explain {
		return prefix
	}
	return prefix + quote(s) + suffix
}

// ownStretch narrows a clause to the part that belongs to trigger m: from the
// end of the trigger before it to the start of the trigger after it ("ordered 60
// diplomats to leave and told Moscow to shut its consulate in Seattle": Seattle
// is the consulate's, not the expulsion's).
func (d *doc) ownStretch(m triggerMatch, cstart, cend int) (int, int) {
	from, to := cstart, cend
	for _, t := range d.triggers {
		// ("summoned to a police station in Kigali": an ordinary station is
		// no trigger of its own)
		if d.toks[t].Norm == "police" && t+1 < len(d.toks) && strings.HasPrefix(d.toks[t+1].Norm, "station") && !d.covertStation(t, cstart) {
			continue
		}
		if t < m.First && t+1 > from {
			from = t + 1
		}
		if t > m.Last && t < to {
			to = t
		}
	}
	// "a plan to kill an activist in Denmark, uncovered last autumn, and a
	// foiled attempt to bomb a rally outside Paris": an attack that opens a
	// list's next item starts after its ", and a"
	if from > cstart && m.T != nil && isAttack(m.T.Type) {
		for k := m.First - 1; k > from; k-- {
			if d.toks[k].Norm == "and" && d.toks[k-1].Norm == "," && k+1 < m.First && d.isWord(k+1, cDeterminer) {
				from = k + 1
				break
			}
		}
	}
	// "detained hundreds at rallies in Moscow": a response at the scene of
	// the event it names shares its place
	// ("detained four suspects in a dawn raid in Samarra": the raid the
	// arrest was made in)
	scene, adjectives := false, 0
	for k := to - 1; k > m.Last && k >= to-3; k-- {
		if d.inSet(k, sScene) || d.toks[k].Norm == "in" && k+1 < to && d.isWord(k+1, cDeterminer) {
			scene = true
			break
		}
		if d.isWord(k, cDeterminer) {
			continue
		}
		if adjectives++; adjectives > 1 || d.toks[k].Kind != token.Word || d.toks[k].IsCap() {
			break
		}
	}
	if to < cend && to > m.Last && scene && m.T != nil && !isAttack(m.T.Type) {
		_, to = d.ownStretch(triggerMatch{First: to, Last: to}, cstart, cend)
	}
	// "asked them who their daughter was meeting in Canada": the place of
	// an indirect question is the question's, not the deed's
	if q := d.indirectQuestion(m.Last+1, to); q >= 0 {
		to = q
	}
	// "to harass and threaten dissidents in the United States": coordinated
	// verbs share what follows the last of them
	if to < cend && to > m.Last {
		joined := true
		for k := m.Last + 1; k < to; k++ {
			if n := d.toks[k].Norm; n != "and" && n != "or" && n != "," {
				joined = false
			}
		}
		if joined {
			_, to = d.ownStretch(triggerMatch{First: to, Last: to}, cstart, cend)
		}
	}
	return from, to
}

// eventPlace picks where the event happened: the literal place nearest the
// trigger in its clause (a locative "in X" preferred), a demonym before a place
// noun ("on Danish soil"), or, for attacks, the place of the sentence before.
func (d *doc) eventPlace(si int, m triggerMatch, cstart, cend int, cause bool) (*vigil.Place, string, string) {
	pl, country, why := d.placeOfEvent(si, m, cstart, cend, cause)
	// ("attacked Misterei town (Beida, West Darfur)" under "location:
	// Misterei, Beida, West Darfur, Sudan": the record's field knows the
	// town's state better than a namesake in the address)
	if r := d.recordPlace; pl != nil && r != nil && pl.Name == r.Name && pl.Country != r.Country && (d.countryField() == "" || d.countryField() == r.Country) {
		rp := *r
		return &rp, rp.Country, "the record's location field, for " + quote(pl.Name)
	}
	// "outside a café in Ben Gardane, the Tunisian border town where he
	// lived": a town no gazetteer holds, placed by the demonym of its
	// apposition
	if pl == nil && !cause {
		if town, ok := d.townByApposition(cstart, cend); ok {
			return town, town.Country, "unlisted place " + quote(town.Name) + ", in " + town.Country + " by its apposition"
		}
		// "arrested the woman at her home in Cabramatta", "arrested at
		// Malpensa airport": a place no gazetteer holds, by name only
		if site, ok := d.unlistedSite(m.Last+1, cend); ok {
			return site, "", "unlisted place " + quote(site.Name)
		}
		// "walked into the Saudi consulate in Istanbul ... A team of agents
		// killed him inside the consulate": the site told before, where it is
		if town, ok := d.siteToldBefore(si, cstart, cend); ok {
			return town, town.Country, "the town a sentence before placed the site in, " + quote(town.Name)
		}
	}
	// a town the gazetteer knows only in a state the text never names is a
	// town of the state the text puts it in
	if home, whose := d.homeOf(pl, si); home != "" && home != pl.Country && pl.Population < 1_000_000 && !d.namedBesides(pl.Country, pl.Name) {
		town := vigil.Place{Name: pl.Name, Country: home, Feature: vigil.FeatureLocal}
		return &town, home, why + ", in " + home + ", " + whose
	}
	return pl, country, why
}

// indirectQuestion is where an indirect question opens in from..to: the
// wh-word after a verb of asking and its object, or after "about" ("asked
// them who", "questioned him about where"); -1 when there is none.
func (d *doc) indirectQuestion(from, to int) int {
	for k := from; k < to; k++ {
		if !d.inSet(k, sAskVerb) && d.toks[k].Norm != "about" {
			continue
		}
		for j := k + 1; j < to && j <= k+4; j++ {
			if questionWords[d.toks[j].Norm] {
				return j
			}
			if d.toks[j].Kind == token.Punct {
				break
			}
		}
	}
	return -1
}

var (
	askVerbs      = set("asked", "ask", "asks", "asking", "know", "demanded", "wondered")
	questionWords = set("who", "whom", "where", "whether", "why", "what", "how", "when", "if")
)

// objectAfter: the token at k opens a verb's object: a pronoun, a
// determiner or a name that is no place ("arrested Khan at his home").
func (d *doc) objectAfter(k, end int) bool {
	if k >= end {
		return false
	}
	switch d.toks[k].Norm {
	case "him", "her", "them", "the", "a", "an", "two", "three", "four", "five", "six", "his", "their":
		return true
	}
	return d.isNameWord(k) && d.placeAt[k] < 0 && d.timeAt[k] < 0
}

// unlistedSite finds in from..to a capitalised name no gazetteer, actor or
// time holds where only a place can stand: after a home "in" ("at her home
// in Cabramatta") or before "airport" or "station" ("at Malpensa airport").
func (d *doc) unlistedSite(from, to int) (*vigil.Place, bool) {
	for k := from; k+1 < to; k++ {
		start := -1
		switch {
		case d.toks[k].Norm == "in" && k > from && dwellings[d.toks[k-1].Norm]:
			start = k + 1
		case d.toks[k].Norm == "at":
			start = k + 1
		default:
			continue
		}
		e := start
		for e < to && e-start < 3 && d.isNameWord(e) && d.placeAt[e] < 0 && d.actorAt[e] < 0 && d.timeAt[e] < 0 {
			e++
		}
		if e == start {
			continue
		}
		if d.toks[k].Norm == "at" {
			// only a named airport or station
			if e < to && (d.toks[e].Norm == "airport" || d.toks[e].Norm == "station") {
				return &vigil.Place{Name: d.text[d.toks[start].Start:d.toks[e].End], Feature: vigil.FeatureLocal}, true
			}
			continue
		}
		if e < to && d.isNameWord(e) {
			continue // a longer name than it holds
		}
		return &vigil.Place{Name: d.text[d.toks[start].Start:d.toks[e-1].End], Feature: vigil.FeatureLocal}, true
	}
	return nil, false
}

// siteToldBefore: the clause names a site with "the" ("inside the
// consulate") that a sentence of the paragraph before it placed in a town
// ("the Saudi consulate in Istanbul"); that town.
func (d *doc) siteToldBefore(si, from, to int) (*vigil.Place, bool) {
	for k := from; k+1 < to; k++ {
		if d.toks[k].Norm != "the" || !missionNouns[d.toks[k+1].Norm] && !siteNouns[d.toks[k+1].Norm] && !buildingNouns[d.toks[k+1].Norm] {
			continue
		}
		// ("inside the building": whichever site was told)
		noun := d.toks[k+1].Norm
		first := d.sents[d.paraFirst(si)].from
		for j := k - 1; j > first; j-- {
			if n := d.toks[j].Norm; n != noun && !(buildingNouns[noun] && (missionNouns[n] || siteNouns[n])) || j+2 >= len(d.toks) || d.toks[j+1].Norm != "in" {
				continue
			}
			if pm := d.placeAt[j+2]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal && d.in.Places[pm].Place.Feature == vigil.FeatureCity {
				pl := d.in.Places[pm].Place
				return &pl, true
			}
		}
	}
	return nil, false
}

var buildingNouns = set("building", "premises", "compound")

// townByApposition finds in from..to "in <Name>, the <Demonym> [word] town":
// a capitalised name no gazetteer holds, after a preposition of place, whose
// apposition says what state's town it is.
func (d *doc) townByApposition(from, to int) (*vigil.Place, bool) {
	for k := from; k+5 < to; k++ {
		if !d.isWord(k, cLocative) || d.placeAt[k+1] >= 0 || d.actorAt[k+1] >= 0 || !d.isNameWord(k+1) {
			continue
		}
		e := k + 1
		for e < to && e-k <= 3 && d.isNameWord(e) && d.placeAt[e] < 0 && d.actorAt[e] < 0 {
			e++
		}
		if e+3 >= to || d.toks[e].Norm != "," {
			continue
		}
		name := d.text[d.toks[k+1].Start:d.toks[e-1].End]
		// ("Gerasdorf, on the outskirts of the Austrian capital", "Kaunas,
		// near Vilnius": where it lies says the state)
		a := e + 1
		for a < to && a <= e+5 && outskirtWords[d.toks[a].Norm] {
			a++
		}
		if a > e+1 && a < to && d.toks[a-1].Norm != "the" && d.toks[a-1].Norm != "a" {
			if pm := d.placeAt[a]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal && d.in.Places[pm].Place.Feature == vigil.FeatureCity {
				return &vigil.Place{Name: name, Country: d.in.Places[pm].Place.Country, Feature: vigil.FeatureLocal}, true
			}
		}
		// "Ben Gardane, the Tunisian border town": the article, past any
		// words of where ("on the outskirts of the Austrian capital")
		art := e + 1
		if a > e+1 {
			art = a - 1
		}
		if art+2 >= to || d.toks[art].Norm != "the" && d.toks[art].Norm != "a" {
			continue
		}
		country := ""
		for j := art + 1; j < to && j <= art+3; j++ {
			if pm := d.placeAt[j]; pm >= 0 && d.in.Places[pm].Kind == vigil.Demonym {
				country = d.in.Places[pm].Place.Country
				continue
			}
			if country != "" && (d.isWord(j, cSettlement) || d.toks[j].Norm == "capital") {
				return &vigil.Place{Name: name, Country: country, Feature: vigil.FeatureLocal}, true
			}
		}
	}
	return nil, false
}

// outskirtWords say where an unlisted place lies from a known one: "on the
// outskirts of", "near", "just outside".
var outskirtWords = set("on", "the", "outskirts", "edge", "of", "near", "outside", "just", "close", "to", "north", "south", "east", "west", "a")

// homeOf is the state a place found for an event in sentence si may be
// moved to, and why: the report's own ("PORTOVIEJO, Ecuador — ... in the
// coastal town of Puerto López"), or, in a report with none, the state of
// the town told before in the paragraph ("In Santiago ... from his flat in
// the Independencia district"); "" for a country or no place.
func (d *doc) homeOf(pl *vigil.Place, si int) (string, string) {
	if pl == nil || pl.Feature == vigil.FeatureCountry {
		return "", ""
	}
	if home := d.reportCountry(); home != "" {
		if pl.Feature == vigil.FeatureLocal {
			return "", "" // (a name no gazetteer holds took its state from the text already)
		}
		return home, "the state the report is from"
	}
	if (pl.Feature == vigil.FeatureRegion || pl.Feature == vigil.FeatureLocal) && pl.Country != "" && d.lastTown != nil && d.lastTownPara == d.sents[si].Para {
		return d.lastTown.Country, "the state of the town told before"
	}
	// ("outside his home in Morden", in a London paper: not Morden in
	// Manitoba) a town of under 200,000 people, of a state the text
	// never names, lies in the state whose police and courts the story is
	// about
	if pl.Feature == vigil.FeatureCity && pl.Population < 200_000 && pl.Country != "" {
		if host := d.hostState(); host != "" && host != pl.Country {
			return host, "the state the story is set in"
		}
	}
	return "", ""
}

// opensMission: the state mention pm at token k opens the name of its
// mission abroad ("the Pakistan High Commission", "the Iran embassy").
func (d *doc) opensMission(k, pm int) bool {
	e := d.placeEnd(k, pm)
	if e < len(d.toks) && d.toks[e].Norm == "high" && e+1 < len(d.toks) {
		e++
	}
	return e < len(d.toks) && missionNouns[d.toks[e].Norm]
}

// namedBesides: the text names state cc by a place or actor other than the
// place called name ("the commune of Independencia" read as the Dominican
// province names the Dominican Republic only by itself).
func (d *doc) namedBesides(cc, name string) bool {
	for _, p := range d.in.Places {
		if p.Place.Country == cc && d.text[p.Start:p.End] != name && p.Place.Name != name {
			return true
		}
	}
	for _, a := range d.in.Actors {
		if a.Actor.Country == cc {
			return true
		}
	}
	return false
}

// reportCountry is the state a report is from: its dateline's, or the
// country field of a record, or "".
func (d *doc) reportCountry() string {
	if d.datelineCountry != "" {
		return d.datelineCountry
	}
	if d.fieldLineCount() >= 3 {
		return d.countryField()
	}
	return ""
}

// placeOfEvent is eventPlace before the check against the report's state.
func (d *doc) placeOfEvent(si int, m triggerMatch, cstart, cend int, cause bool) (*vigil.Place, string, string) {
	head := m.HeadTokens[0]
	if !cause {
		if pl, ok := d.rowPlace(head); ok {
			found := pl // (copied here: taking pl's address would allocate it on every call)
			return &found, found.Country, "the row's location column"
		}
	}
	// "put on a plane at Frankfurt airport and arrested ... as soon as he
	// landed in Dushanbe": an arrest on arrival is where the journey ended
	if m.T.Type == vigil.Arrest && !cause {
		if pm := d.arrivalPlace(m.Last+1, cend); pm >= 0 {
			found := d.in.Places[pm].Place
			return &found, found.Country, "where he landed or arrived"
		}
	}
	best, bestScore := -1, 1<<30
	regionFallback, residenceFallback := -1, -1
	from, to := d.ownStretch(m, cstart, cend)
	// "the Minsk City Court sentenced me", "convicted at Birmingham Crown
	// Court for the stabbing of X in Rotterdam": the court's town, before
	// the crime's and though a capital's name stands for its government
	// (and "the Tokyo Metropolitan Police Department arrested", "the Vienna
	// public prosecutor's office charged": the town of the police or the
	// prosecutors)
	if (courtAct[m.T.Type] || m.T.Type == vigil.Arrest) && !cause {
		for k := from; k < to; k++ {
			// (a capital that is also its government's name opens its
			// court's or police's name too: "the Tokyo Metropolitan Police")
			if pm := d.placeAt[k]; pm >= 0 && (k == 0 || d.placeAt[k-1] != pm) && (d.in.Places[pm].Kind == vigil.Literal || d.in.Places[pm].Kind == vigil.Metonym) && d.in.Places[pm].Place.Country != "" &&
				d.in.Places[pm].Place.Feature != vigil.FeatureCountry {
				e := d.placeEnd(k, pm)
				if courtAct[m.T.Type] && d.courtNameAt(e) {
					found := d.in.Places[pm].Place
					return &found, found.Country, "the town the court is named after"
				}
				// (only where no other place is told: "York Regional Police
				// arrested two men in Markham")
				if d.policeNameAt(e) && !d.otherPlace(from, to, pm) {
					found := d.in.Places[pm].Place
					return &found, found.Country, "the town of the police or prosecutors"
				}
			}
		}
	}
	for k := from; k < to; k++ {
		pm := d.placeAt[k]
		if pm < 0 || (k > cstart && d.placeAt[k-1] == pm) {
			continue
		}
		p := d.in.Places[pm]
		if p.Kind == vigil.Metonym || p.Place.Country == "" {
			continue
		}
		if p.Kind == vigil.Demonym {
			next := k
			for next < cend && d.placeAt[next] == pm {
				next++
			}
			// ("protest outside the Kenyan foreign ministry": a state's own
			// seat of government stands in that state)
			seat := m.T.Type == vigil.Protest && next+1 < cend && (homeSeats[d.toks[next].Norm] || homeSeats[d.toks[next+1].Norm])
			if !(next < cend && d.isWord(next, cLocationNoun)) && !seat {
				continue
			}
			// ("arrested at a toll near the Swiss border": a border lies
			// between two states, on either side)
			if next < cend && (d.toks[next].Norm == "border" || d.toks[next].Norm == "borders") {
				continue
			}
		}
		if d.contradicted(p.Place, k) || d.strayAlias(pm, from, to) || d.bodySeat(k) && !(m.T.Type.IsResponse() && d.authoritiesIn(k) && !d.requesterAt(k)) && !(m.T.Type == vigil.Protest && d.missionIn(k)) || d.inLongerName(k, pm) || d.toks[k].End > p.End || d.servedState(k) {
			continue // (the last: "Iran-backed militiamen", "a Brooklyn-based writer")
		}
		if d.inRelativeBefore(k, cstart, head) {
			// "the mother of Serdar, who lives in Turkmenabat, was called to
			// the police": where the relatives summoned live, when nothing
			// else says where
			if m.T.Flags.relative && residenceFallback < 0 && d.livesIn(k) && d.clauseAboutKin(k) {
				residenceFallback = pm
			}
			// "A journalist who fled to Kampala says she receives threatening
			// calls": where the one it was done to lives now
			if isAttack(m.T.Type) && !m.T.Flags.relative && residenceFallback < 0 && d.residenceAt(k) && !d.clauseAboutKin(k) && !d.relativesExileHome(k) {
				residenceFallback = pm
			}
			continue
		}
		if d.inAside(k, head) {
			// "Ahmed Salem, a poet living in Istanbul, received threats": where
			// the victim lives, when nothing else says where
			if isAttack(m.T.Type) && residenceFallback < 0 && d.livesIn(k) && !d.relativesExileHome(k) {
				residenceFallback = pm
			}
			// "The colonel's brother, a schoolteacher in Musanze, was picked up
			// by police": where the one arrested lives or works
			if m.T.Type == vigil.Arrest && residenceFallback < 0 && k < head && k >= 1 && d.toks[k-1].Norm == "in" && !d.relativesExileHome(k) {
				residenceFallback = pm
			}
			continue
		}
		// "the brother of an activist living in London was taken": where the
		// exile lives, not where his relative was
		// (nor, for threats sent from afar, where the relatives they name
		// live: "sent him photos of his mother's house in Kulob")
		// (nor the state a deed is traced to: "by an operator they link to
		// Saudi Arabia"; nor where a traveller was going: "on his way home
		// to Turkey, he was stopped at the Masnaa crossing")
		if d.tracedTo(k) || d.destination(k) || d.journeyOrigin(k) || d.inRememberedDeed(k) || d.callersFrom(k) {
			continue
		}
		// "a court sentenced a Vietnamese man living in Prague": where the
		// accused lives, not where the court sits
		if courtAct[m.T.Type] && d.livesIn(k) && d.toks[k-2].Norm != "resident" {
			continue
		}
		// ("a Toronto university lab said the phone had been infected", "a
		// Berlin research institute found"): where those who found it work
		if e := d.placeEnd(k, pm); e+1 < len(d.toks) && (researchBodies[d.toks[e].Norm] || researchBodies[d.toks[e+1].Norm] && !d.toks[e].IsCap() && d.toks[e].Kind == token.Word && !d.isWord(e, cPreposition)) {
			continue
		}
		// ("later confirmed by the Citizen Lab in Toronto")
		if k >= 2 && d.toks[k-1].Norm == "in" && researchBodies[d.toks[k-2].Norm] && d.toks[k-2].Norm != "university" {
			continue
		}
		if d.relativesExileHome(k) || m.T.Type == vigil.Surveillance && d.relativesHome(k) || m.T.Type == vigil.Intimidation && !m.T.Flags.relative && d.relativesLiveIn(k, m.Last) {
			continue
		}
		// "arrested at US request in Prague": the state that asked, not where
		if e := d.placeEnd(k, pm); e+1 < len(d.toks) && (d.toks[e].Norm == "request" || d.toks[e].Norm == "'s" && d.toks[e+1].Norm == "request") {
			continue
		}
		// "citizen of Turkmenistan Serdar Atayev": whose passport, not where
		// (and "citizens of the Republic of Uzbekistan")
		if j := k - 1; p.Place.Feature == vigil.FeatureCountry && (j >= 1 && d.toks[j].Norm == "of" && nationalityNouns[d.toks[j-1].Norm] ||
			j >= 2 && d.toks[j].Norm == "the" && d.toks[j-1].Norm == "of" && nationalityNouns[d.toks[j-2].Norm]) {
			continue
		}
		// "accused of spying on Eritrean refugees for Asmara": the state
		// spied for, not where
		if k > m.Last && d.toks[k-1].Norm == "for" && (m.T.Type == vigil.Surveillance || m.T.Type == vigil.Cyberattack) && p.Place.Feature != vigil.FeatureLocal {
			continue
		}
		// "was summoned and told that her brother would not live long in
		// France": what the threat said, not where it was made
		if m.T.Type == vigil.Intimidation && k > m.Last && d.threatContent(m.Last+1, k) {
			continue
		}
		// "kidnapped by the National Intelligence Organisation of Turkey": a
		// state inside an agency's name is whose, not where
		// (nor a state opening a mission's name: "outside the Pakistan High
		// Commission in Knightsbridge")
		// (but "in mainland China", which the actor dictionary holds as the
		// state itself, is where)
		if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Start < p.Start && !(d.in.Actors[a].Actor.Kind == "state" && d.in.Actors[a].Actor.Country == p.Place.Country) || p.Place.Feature == vigil.FeatureCountry && d.opensMission(k, pm) || k >= 2 && d.toks[k-1].Norm == "of" && d.actorAt[k-2] >= 0 && d.actorAt[k-2] != d.actorAt[k] {
			continue
		}
		// "criticised the rulers of the UAE, Egypt and Saudi Arabia": whose
		// rulers, not where (nor the states listed with them)
		if d.ofRulers(k) {
			continue
		}
		// "..., the mayor of Ouallam said": the speaker's town, told after
		// the deed
		if k > head && k >= 1 && d.toks[k-1].Norm == "of" {
			if e := d.placeEnd(k, pm); e < len(d.toks) && d.isWord(e, cReporting) {
				continue
			}
		}
		// "in Pristina, the capital of Kosovo": the state of the town before
		if k >= 5 && d.toks[k-1].Norm == "of" && d.toks[k-2].Norm == "capital" && d.toks[k-3].Norm == "the" && d.toks[k-4].Norm == "," && d.placeAt[k-5] >= 0 {
			continue
		}
		// "near Tuz Khurmatu, about 170 km north of Baghdad": a town a
		// distance is counted from is not where
		if d.distanceFrom(k) {
			continue
		}
		// "chanting against Kigali": what a protest is against is not where
		if m.T.Type == vigil.Protest && k > 0 && d.toks[k-1].Norm == "against" {
			continue
		}
		// ("Rioters (India)", "Protesters (Mexico)": a dataset's actor name
		// qualified by its country, not where)
		if p.Place.Feature == vigil.FeatureCountry && k >= 2 && d.toks[k-1].Norm == "(" && d.placeAt[k-2] < 0 && d.toks[k-2].IsCap() {
			continue
		}
		// "Turkey put 26 Saudi nationals on trial in Istanbul": the state that
		// acts, named as the clause's subject right before its verb, is who,
		// and its town says where
		// (not the state that sends someone away: "Spain extradited him to
		// Algeria" was done in Spain)
		if p.Place.Feature == vigil.FeatureCountry && !m.T.Noun && (courtAct[m.T.Type] || m.T.Type == vigil.Arrest) && d.placeEnd(k, pm) == m.First &&
			(k == cstart || d.toks[k-1].Norm == "," || d.timeAt[k-1] >= 0) {
			continue
		}
		// "a network hired by Iran": a state after "by" is an agent, not where
		if p.Place.Feature == vigil.FeatureCountry && k > 0 && d.toks[k-1].Norm == "by" {
			continue
		}
		// ("the operator was a customer in Azerbaijan", "servers in Russia":
		// where an intrusion came from)
		if m.T.Type == vigil.Cyberattack && k >= 2 && d.toks[k-1].Norm == "in" && cyberOrigins[d.toks[k-2].Norm] {
			continue
		}
		if d.isDiplomatPost(k) || d.isRecipientPlace(k) || isAttack(m.T.Type) && d.speakersPlace(k, pm, m.First) || d.isOrigin(k, isAttack(m.T.Type)) && !d.returnedFrom(m, k) || (isAttack(m.T.Type) || m.T.Type == vigil.Arrest) && d.isDestination(k) || m.T.Type == vigil.Extradition && d.afterTo(k) || d.isPossessor(k, pm) || d.inName(k) || d.isMetonymSubject(k) || d.isStateSubject(k, pm) {
			continue
		}
		if d.isModifierPlace(k, pm) && !d.qualifiesTrigger(k, pm, m) && !d.seatOf(k, pm) {
			// "between Boni and Hombori, Mopti region": a region named so is
			// where it happened when nothing nearer says
			if e := d.placeEnd(k, pm); regionFallback < 0 && e < len(d.toks) && d.isWord(e, cPlaceNoun) {
				regionFallback = pm
			}
			continue
		}
		dist := k - head
		if dist < 0 {
			dist = -dist + 2
		}
		if k > 0 && d.isWord(k-1, cLocative) {
			dist -= 3
		}
		if p.Place.Feature == vigil.FeatureCountry {
			dist++
		}
		if p.Kind == vigil.Demonym {
			dist += 4 // ("outside the Kenyan foreign ministry in Nairobi": the town says more)
		}
		// "(Djibo, Soum, Sahel)": an address names the smallest place first;
		// what follows a comma contains it
		if k >= 2 && d.toks[k-1].Norm == "," && d.placeAt[k-2] >= 0 && d.placeAt[k-2] != pm && p.Place.Feature != vigil.FeatureCountry {
			if q := d.in.Places[d.placeAt[k-2]].Place; q.Feature != vigil.FeatureCountry && !d.inLongerName(k-2, d.placeAt[k-2]) {
				dist += 6
			}
		}
		if dist < bestScore {
			best, bestScore = pm, dist
		}
	}
	if best < 0 {
		best = regionFallback
	}
	if best < 0 {
		best = residenceFallback
	}
	// "Berlin expelled two Russian diplomats": a capital that stands for the
	// expelling government is where it expelled them
	if best < 0 && m.T.Type == vigil.Expulsion && !cause {
		for k := from; k < m.First; k++ {
			if pm := d.placeAt[k]; pm >= 0 && d.in.Places[pm].Kind == vigil.Metonym && d.in.Places[pm].Place.Feature != vigil.FeatureCountry && d.placeEnd(k, pm) == m.First {
				found := d.in.Places[pm].Place
				return &found, found.Country, "the capital that expelled them"
			}
		}
	}
	if best >= 0 {
		p := d.in.Places[best]
		pl := p.Place
		// "in Fandiaga (Djibo, Soum)": the unknown name the bracketed address
		// places
		if name := d.nameBeforeBracket(d.tokenAt(p.Start), from); name != "" && pl.Country != "" {
			return &vigil.Place{Name: name, Country: pl.Country, Feature: vigil.FeatureLocal}, pl.Country, "place " + quote(name) + " placed by its address in brackets"
		}
		// "in the Somali capital": the capital, a town, not the country
		if p.Kind == vigil.Demonym {
			next := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= p.End })
			if next < len(d.toks) && d.toks[next].Norm == "capital" && stateTable[pl.Country].capital != "" {
				town := vigil.Place{Name: stateTable[pl.Country].capital, Country: pl.Country, Feature: vigil.FeatureCity}
				return &town, town.Country, "the capital of " + pl.Country
			}
			// "in the northern French city of Lille": the town it names
			if next+2 < len(d.toks) && d.toks[next+1].Norm == "of" {
				if q := d.placeAt[next+2]; q >= 0 && d.in.Places[q].Kind == vigil.Literal && d.in.Places[q].Place.Country == pl.Country {
					town := d.in.Places[q].Place
					return &town, town.Country, d.said("place ", d.text[d.in.Places[q].Start:d.in.Places[q].End], "")
				}
			}
		}
		if d.foreignTown(pl) {
			// "the San José suburb of Moravia" read as Moravia, New York, in a
			// report from Costa Rica that never names the United States
			town := vigil.Place{Name: d.text[p.Start:p.End], Country: d.datelineCountry, Feature: vigil.FeatureLocal}
			return &town, town.Country, "place " + quote(town.Name) + " in the dateline's country"
		}
		// "in Nyanga township in Cape Town": a part of the town named after
		// it, not the far place of that name the gazetteer found
		if town, ok := d.townAfterPart(p.End); ok && town.Country != pl.Country {
			part := vigil.Place{Name: d.text[p.Start:p.End], Country: town.Country, Feature: vigil.FeatureLocal, Lat: town.Lat, Lon: town.Lon, HasCoords: town.HasCoords}
			return &part, town.Country, "place " + quote(part.Name) + ", a part of " + quote(town.Name)
		}
		// a village or district the gazetteer lacks is more specific than the
		// region or country it found: "in Surkh Rod district (Nangarhar)"
		// "Aleppo governorate" names the region, though the town has the name
		area := pl.Feature == vigil.FeatureRegion || pl.Feature == vigil.FeatureCity && d.regionNounAfter(p.End)
		// ("Nyaung Kone village near Monywa", "Gora Gan village, Kauru
		// district": an address names the smallest place first)
		if named, ok := d.unlistedPlace(from, to, pl.Country); ok && (pl.Feature == vigil.FeatureCountry || area || pl.Feature == vigil.FeatureCity && d.namedBefore(named, p.Start)) {
			return named, pl.Country, "unlisted place " + quote(named.Name) + " in " + pl.Country
		}
		// "near Djibo (Soum, Sahel), Burkina Faso": a town no gazetteer
		// holds, placed by the address in brackets after it
		if pl.Feature == vigil.FeatureCountry || pl.Feature == vigil.FeatureRegion {
			if town, ok := d.bracketedTown(from, to, pl.Country); ok {
				return town, pl.Country, "place " + quote(town.Name) + " placed by its address in brackets"
			}
		}
		// "Police in Nigeria arrested a suspect in Kwaya Kusar": an unknown
		// name after its preposition, in the country found
		if (pl.Feature == vigil.FeatureCountry || pl.Feature == vigil.FeatureRegion || area) && !cause {
			if name := d.locativeName(from, to); name != "" {
				return &vigil.Place{Name: name, Country: pl.Country, Feature: vigil.FeatureLocal}, pl.Country, "unlisted place " + quote(name) + " after its preposition"
			}
		}
		// "stopped a bus near Kaigourou (Ansongo, Gao), Mali, and held its
		// passengers hostage", "near Khan Tuman, Aleppo governorate": the
		// sentence's town in the country found
		if (pl.Feature == vigil.FeatureCountry || area) && physicalAttack[m.T.Type] && !cause {
			if town, ok := d.sentencePlace(si, m); ok && town.Country == pl.Country {
				return town, town.Country, "place " + quote(town.Name) + " of the sentence"
			}
		}
		// ("Roadside bomb tears through minibus in Bay region" over a record
		// whose location field names the village)
		if r := d.recordPlace; r != nil && !cause && r.Country == pl.Country && featureRank[r.Feature] > featureRank[pl.Feature] && pl.Feature != vigil.FeatureCity {
			rp := *r
			return &rp, rp.Country, "the record's location field, finer than " + quote(pl.Name)
		}
		return &pl, pl.Country, d.said("place ", d.text[p.Start:p.End], "")
	}
	// a place of the sentence outside the trigger's own stretch: "gunmen
	// stopped a bus near Kaïgourou (Ansongo, Gao), Mali, and held its
	// passengers hostage"
	// ("At a protest in The Hague, demonstrators noticed a man filming them")
	if !cause && (physicalAttack[m.T.Type] || m.T.Type == vigil.Surveillance) {
		if pl, ok := d.sentencePlace(si, m); ok {
			return pl, pl.Country, "place " + quote(pl.Name) + " of the sentence"
		}
	}
	// "had been kidnapped while transiting through Dubai in 2020": the
	// clause that tells the circumstances of the deed
	if !cause {
		if e := d.circumstanceEnd(cend, d.sents[si].to); e > cend {
			// (not past a destination: "while changing planes on his way to
			// a festival in Kuala Lumpur")
			for k := cend; k+1 < e && d.toks[k].Norm != "to"; k++ {
				if n := d.toks[k].Norm; n == "through" || n == "in" || n == "at" || n == "via" {
					if pm := d.placeAt[k+1]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal && d.in.Places[pm].Place.Country != "" {
						pl := d.in.Places[pm].Place
						return &pl, pl.Country, d.said("place ", d.text[d.in.Places[pm].Start:d.in.Places[pm].End], " of the clause that tells its circumstances")
					}
				}
			}
		}
	}
	// "was arrested while on holiday in Granada": after the arrest, in the
	// clause that tells its circumstances (before it, the place describes
	// whom: "a student in Vilnius, was also detained")
	if !cause && m.T.Type == vigil.Arrest {
		// (not past the next deed: "after she spoke at a vigil in Adelaide")
		end := m.Last + 1
		// (nor past a destination: "on his way to a festival in Jakarta")
		for s := d.sents[si]; end < s.to && !nextDeedWords[d.toks[end].Norm] && !slices.Contains(d.triggers, end) && !(d.toks[end].Norm == "way" && end+1 < s.to && d.toks[end+1].Norm == "to"); end++ {
		}
		if pl, ok := d.sentencePlaceIn(si, m, m.Last+1, end); ok {
			return pl, pl.Country, "place " + quote(pl.Name) + " after the arrest in its sentence"
		}
	}
	// "handed him over to Uzbekistan, where a court sentenced him": the
	// place a "where" clause hangs on
	if w := d.whereAntecedent(m.First); w >= 0 {
		p := d.in.Places[w]
		pl := p.Place
		return &pl, pl.Country, d.said("place ", d.text[p.Start:p.End], " the clause is about")
	}
	if named, ok := d.unlistedPlace(from, to, d.onlyCountry()); ok {
		return named, named.Country, "unlisted place " + quote(named.Name)
	}
	if !cause {
		if town, ok := d.describedTown(from, to); ok {
			return town, town.Country, "unlisted place " + quote(town.Name) + " placed by the apposition after it"
		}
	}
	// "residents rallied in the town centre", "detained five men in the
	// town": the town of the event told before in the paragraph
	// ("arrested two of the men at the scene": where the attack told before
	// took place)
	if scene := d.lastTown != nil && !cause && d.atTheScene(from, to); d.lastTown != nil && !cause && (scene && !isAttack(m.T.Type) || d.lastTownPara == d.sents[si].Para && (scene || d.townAnaphor(from, to))) {
		pl := *d.lastTown
		return &pl, pl.Country, "the town told before, " + quote(pl.Name)
	}
	// "Or of Kuala Lumpur. In February 2017, Kim Jong Nam was killed at the
	// city's airport": the town the paragraph named last, deed or not
	if !cause && d.townPossessive(from, to) {
		if pl := d.townBefore(si, from); pl != nil {
			return pl, pl.Country, "the town the paragraph named before, " + quote(pl.Name)
		}
	}
	// "police arrested two suspects in Shariff Aguak": a name after "in" that
	// the gazetteer lacks, in the one country the text names
	if c := d.onlyCountry(); c != "" && !cause {
		if name := d.locativeName(from, to); name != "" {
			return &vigil.Place{Name: name, Country: c, Feature: vigil.FeatureLocal}, c, "unlisted place " + quote(name) + " after its preposition"
		}
	}
	if !atHome[m.T.Type] && !cause && (isAttack(m.T.Type) || d.datelineCountry == "") && si > 0 && d.sents[si-1].Para == d.sents[si].Para {
		prev := d.sents[si-1]
		for k := prev.to - 1; k >= prev.from; k-- {
			if pm := d.placeAt[k]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal && d.in.Places[pm].Place.Feature != vigil.FeatureCountry &&
				!d.inName(k) && k > 0 && d.isWord(k-1, cLocative) && (k == 0 || d.placeAt[k-1] != pm) &&
				!d.contradicted(d.in.Places[pm].Place, k) && !d.inLongerName(k, pm) {
				pl := d.in.Places[pm].Place
				return &pl, pl.Country, "place of the sentence before"
			}
		}
	}
	if d.recordPlace != nil && !cause && !atHome[m.T.Type] {
		pl := *d.recordPlace
		return &pl, pl.Country, "the record's location field"
	}
	// "a court in the capital sentenced him": the capital of the state the
	// section is about (or the one the text names), when the clause names
	// no place at all
	if !cause && !d.anyPlace(from, to) && d.inTheCapital(from, to) {
		f := d.focusNear(si)
		if f == "" {
			f = d.onlyCountry()
		}
		if c := stateTable[f].capital; c != "" && f != "EU" {
			town := vigil.Place{Name: c, Country: f, Feature: vigil.FeatureCity}
			return &town, f, "the capital of the state the section is about, " + f
		}
	}
	if c := d.onlyCountry(); c != "" && !cause && !atHome[m.T.Type] && m.T.Type != vigil.Extradition {
		return nil, c, "the one country the text names"
	}
	if !cause && !atHome[m.T.Type] && !courtAct[m.T.Type] {
		if name := d.landmarkName(from, to); name != "" {
			country := ""
			if d.lastTown != nil && d.lastTownPara == d.sents[si].Para {
				country = d.lastTown.Country
			}
			return &vigil.Place{Name: name, Country: country, Feature: vigil.FeatureLocal}, country, "landmark " + quote(name)
		}
	}
	return nil, "", ""
}

// inTheCapital: tokens [from, to) say "in the capital" (or "at", "near" ...).
func (d *doc) inTheCapital(from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		if d.isWord(k-1, cLocative) && d.toks[k].Norm == "the" && d.toks[k+1].Norm == "capital" {
			return true
		}
	}
	return false
}

// anyPlace: a place is named among tokens [from, to).
func (d *doc) anyPlace(from, to int) bool {
	for k := from; k < to; k++ {
		if d.placeAt[k] >= 0 {
			return true
		}
	}
	return false
}

// landmarkName is a named site no gazetteer holds, after a preposition of
// place: "outside Leinster House", "in the Kleiner Tiergarten park", "at
// Toronto City Hall" (a town's own name in it is placed by the gazetteer).
func (d *doc) landmarkName(from, to int) string {
	for k := from; k+1 < to; k++ {
		if !d.isWord(k, cLocative) && d.toks[k].Norm != "outside" {
			continue
		}
		j := k + 1
		if d.toks[j].Norm == "the" {
			j++
		}
		e := j
		for e < to && d.isNameWord(e) && d.actorAt[e] < 0 && d.timeAt[e] < 0 && d.placeAt[e] < 0 && d.personAt(e).empty() {
			e++
		}
		if e == j {
			continue
		}
		last := d.toks[e-1].Norm
		switch {
		case landmarkNouns[last] && e-j >= 2:
			return d.text[d.toks[j].Start:d.toks[e-1].End] // "Leinster House"
		case e < to && landmarkNouns[d.toks[e].Norm] && !d.toks[e].IsCap():
			return d.text[d.toks[j].Start:d.toks[e-1].End] // "the Kleiner Tiergarten park"
		}
	}
	return ""
}

// landmarkNouns end the names of sites: squares, parks, halls, buildings.
var landmarkNouns = set("house", "hall", "square", "park", "building", "centre", "center", "plaza", "bridge", "gardens", "cemetery", "stadium", "tower", "palace")

// siteNouns are buildings a town's name before them places: "a London
// warehouse".
var siteNouns = set("warehouse", "factory", "office", "offices", "restaurant", "shop", "store", "mosque", "church",
	"synagogue", "temple", "school", "hospital", "hotel", "market", "mall", "station", "airport", "club", "cafe", "bar")

// placeEnd is the token after the place mention pm that starts at k.
func (d *doc) placeEnd(k, pm int) int {
	for k < len(d.toks) && d.placeAt[k] == pm {
		k++
	}
	return k
}

// strayAlias: a town found by another of its names ("Boni" read as Bonn) in
// a country the text never refers to otherwise, beside places named in a
// country it does ("between Boni and Hombori (Douentza, Mopti)"): a
// namesake, not the place meant. (A demonym beside it is no such evidence:
// "Chinese agents spied on an activist in Munich".) Any town or region of
// such a country is one when an address in the sentence ends in another.
func (d *doc) strayAlias(pm, from, to int) bool {
	p := d.in.Places[pm]
	pl := p.Place
	if pl.Feature == vigil.FeatureCountry || d.referredBesides(pl.Country, pm) {
		return false
	}
	// "the Caño Limón pipeline in Saravena, Arauca department, Colombia": an
	// address in the sentence ends in another country
	s := d.sentOf(from)
	for j := s.from; j < s.to; j++ {
		if q := d.placeAt[j]; q >= 0 && d.in.Places[q].Kind == vigil.Literal && d.in.Places[q].Place.Feature == vigil.FeatureCountry &&
			d.in.Places[q].Place.Country != pl.Country && d.isAddressTail(j) {
			return true
		}
	}
	if pl.Feature == vigil.FeatureRegion || token.Normalize(d.text[p.Start:p.End]) == token.Normalize(d.gazetteerNames[pm]) {
		return false
	}
	mentioned := d.mentionedCountries()
	for j := from; j < to; j++ {
		if q := d.placeAt[j]; q >= 0 && q != pm {
			if o := d.in.Places[q]; o.Kind == vigil.Literal && o.Place.Country != pl.Country && mentioned[o.Place.Country] {
				return true
			}
		}
	}
	return false
}

// bodySeat: the place says where a body sits, not where the event happened:
// "spying for the government in Asmara", "Eritrea's embassy in Stockholm".
//
// Nor is the state that asked for it: "deported at the request of Tashkent",
// "at the request of the United States"; nor the state across a border:
// "at the Krakovets checkpoint on the border with Poland".
func (d *doc) bodySeat(k int) bool {
	if k >= 2 && d.toks[k-1].Norm == "in" && seatedBodies[d.toks[k-2].Norm] {
		return true
	}
	if k >= 1 && d.toks[k-1].Norm == "the" {
		k--
	}
	if k >= 2 && d.toks[k-1].Norm == "of" && requestNouns[d.toks[k-2].Norm] {
		return true
	}
	return k >= 2 && d.toks[k-1].Norm == "with" && (d.toks[k-2].Norm == "border" || d.toks[k-2].Norm == "frontier")
}

// governmentSeat: "critical of the government in Tashkent" names a state by
// its capital, not where anything happened ("protests against the Syrian
// government in Essen" are in Essen).
// ("the Baathist government in Baghdad" too, but not "the Syrian government
// in Essen", whose adjective names another state than the town's)
func (d *doc) governmentSeat(k int) bool {
	if k < 3 || d.toks[k-1].Norm != "in" || !stateSeats[d.toks[k-2].Norm] {
		return false
	}
	country := ""
	if pm := d.placeAt[k]; pm >= 0 {
		country = d.in.Places[pm].Place.Country
	}
	for j := k - 3; j >= 0 && j >= k-5; j-- {
		if d.toks[j].Norm == "the" {
			return true
		}
		if d.toks[j].Kind != token.Word {
			return false
		}
		if a := d.actorAt[j]; a >= 0 && d.in.Actors[a].Actor.Country != country {
			return false
		}
	}
	return false
}

var stateSeats = set("government", "regime", "leadership", "junta")

// missionIn: "the Belarusian embassy in Vilnius": a protest outside a
// mission happens where the mission is.
func (d *doc) missionIn(k int) bool {
	return k >= 2 && d.toks[k-1].Norm == "in" && (d.toks[k-2].Norm == "embassy" || d.toks[k-2].Norm == "consulate")
}

// requesterAt: the authorities before place k asked for the deed ("acting
// on a request passed on by the Libyan authorities in Benghazi"), not did it.
func (d *doc) requesterAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if requestNouns[d.toks[j].Norm] || d.toks[j].Norm == "requested" {
			return true
		}
		if d.toks[j].Kind == token.Punct && d.toks[j].Norm != "," {
			return false
		}
	}
	return false
}

// authoritiesIn: "authorities in Dubai", who act where they sit: for a
// response they did, their seat is where it happened.
func (d *doc) authoritiesIn(k int) bool {
	return k >= 2 && d.toks[k-1].Norm == "in" && d.toks[k-2].Norm == "authorities"
}

var requestNouns = set("request", "requests", "behalf", "orders", "order", "demand", "demands", "instructions", "behest")

// sponsorPreps say on whose behalf: "for the government in Kigali".
var sponsorPreps = set("for", "by")

var seatedBodies = set("government", "regime", "authorities", "embassy", "consulate", "leadership", "junta")

// referredBesides: the text refers to country c by another place than
// mention pm, or by an actor of it.
func (d *doc) referredBesides(c string, pm int) bool {
	for q, p := range d.in.Places {
		if q != pm && p.Place.Country == c {
			return true
		}
	}
	for _, a := range d.in.Actors {
		if a.Actor.Country == c {
			return true
		}
	}
	return false
}

// townAfterPart is the town named right after the place ending at byte end
// when a word for a part of a town comes between: "Nyanga township in Cape
// Town", "Moravia district, San José".
func (d *doc) townAfterPart(end int) (vigil.Place, bool) {
	k := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= end })
	if k+2 >= len(d.toks) || !townParts[d.toks[k].Norm] && d.toks[k].Norm != "township" {
		return vigil.Place{}, false
	}
	if n := d.toks[k+1].Norm; n != "in" && n != "," {
		return vigil.Place{}, false
	}
	q := d.placeAt[k+2]
	if q < 0 || d.in.Places[q].Kind != vigil.Literal || d.in.Places[q].Place.Feature != vigil.FeatureCity {
		return vigil.Place{}, false
	}
	return d.in.Places[q].Place, true
}

// foreignTown: a town resolved into a country the text names nowhere (not as a
// place, a state, a demonym or another town's country) while its dateline puts
// it in another: the gazetteer's namesake, not the place meant. A city of a
// million people is the one meant ("in Istanbul" under a Geneva dateline).
func (d *doc) foreignTown(pl vigil.Place) bool {
	if d.datelineCountry == "" || pl.Country == d.datelineCountry || pl.Feature == vigil.FeatureCountry || pl.Feature == vigil.FeatureRegion || pl.Population >= 1_000_000 {
		return false
	}
	return !d.mentionedCountries()[pl.Country]
}

// mentionedCountries are the countries the text refers to in any way but by
// one town alone.
func (d *doc) mentionedCountries() map[string]bool {
	if d.mentioned != nil {
		return d.mentioned
	}
	d.mentioned = map[string]bool{}
	towns := map[string]int{}
	for _, p := range d.in.Places {
		if p.Place.Feature == vigil.FeatureCountry || p.Place.Feature == vigil.FeatureRegion {
			d.mentioned[p.Place.Country] = true
		} else {
			towns[p.Place.Country]++
		}
	}
	for c, n := range towns {
		if n > 1 {
			d.mentioned[c] = true // two towns of one country
		}
	}
	for _, a := range d.in.Actors {
		if a.Actor.Country != "" {
			d.mentioned[a.Actor.Country] = true
		}
	}
	return d.mentioned
}

// physicalAttack are the attacks that happen where someone is: threats,
// spying and hacking can come from anywhere.
var physicalAttack = map[vigil.EventType]bool{vigil.Bombing: true, vigil.ArmedAttack: true, vigil.Assassination: true, vigil.Abduction: true}

// nextDeedWords open a clause that tells another deed than the one before.
var nextDeedWords = set("after", "before", "and", "but", "then", "where", ";", "until", "since")

// sentencePlace finds, anywhere in sentence si, a town after a locative
// preposition ("near Gao", "in the town of Datu Piang"), or a name the
// gazetteer lacks followed by an address it knows ("in Afaka, Igabi local
// government area, Kaduna state, Nigeria"; "near Kaïgourou (Ansongo, Gao)").
func (d *doc) sentencePlace(si int, m triggerMatch) (*vigil.Place, bool) {
	return d.sentencePlaceIn(si, m, d.sents[si].from, d.sents[si].to)
}

// sentencePlaceIn is sentencePlace told in tokens [from, to) of the sentence.
func (d *doc) sentencePlaceIn(si int, m triggerMatch, from, to int) (*vigil.Place, bool) {
	s := d.sents[si]
	s.to = to
	for k := from; k+1 < s.to; k++ {
		if !d.isWord(k, cLocative) {
			continue
		}
		j := k + 1
		// ("near the central town of Djenne")
		for j < s.to && (d.isWord(j, cDeterminer) || d.isWord(j, cSettlement) || d.toks[j].Norm == "of" || placeAdjectives[d.toks[j].Norm]) {
			j++
		}
		if j >= s.to {
			break
		}
		if pm := d.placeAt[j]; pm >= 0 {
			p := d.in.Places[pm]
			// (not "in Kunduz province's Imam Sahib district": a town's name
			// before "province" names the region)
			if p.Kind == vigil.Literal && p.Place.Feature != vigil.FeatureCountry && p.Place.Feature != vigil.FeatureRegion && !d.regionNounAfter(p.End) &&
				!d.inName(j) && !d.contradicted(p.Place, j) && !d.inLongerName(j, pm) && !d.isMetonymSubject(j) && !d.relativesExileHome(j) && !d.governmentSeat(j) {
				pl := p.Place
				return &pl, true
			}
			continue
		}
		// an unknown capitalised name, then "(" or "," and a known place
		if !d.isNameWord(j) || d.actorAt[j] >= 0 || d.timeAt[j] >= 0 {
			continue
		}
		e := j
		for e < s.to && d.isNameWord(e) && d.placeAt[e] < 0 && d.actorAt[e] < 0 {
			e++
		}
		// (not a building's name: "at the Government Bilingual High School
		// in Kumbo")
		if d.isWord(e-1, cInstitution) {
			continue
		}
		// ("a camp at Ngbaba in Djugu territory")
		if e+1 < s.to && (d.toks[e].Norm == "(" || d.toks[e].Norm == "," || d.toks[e].Norm == "in") {
			for q := e + 1; q < s.to && q <= e+10; q++ {
				if pm := d.placeAt[q]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal && d.in.Places[pm].Place.Country != "" {
					return &vigil.Place{Name: d.text[d.toks[j].Start:d.toks[e-1].End], Country: d.in.Places[pm].Place.Country, Feature: vigil.FeatureLocal}, true
				}
			}
		}
	}
	return nil, false
}

// whereAntecedent is the place mention right before the ", where" that opens
// the clause of the trigger at first, or -1.
func (d *doc) whereAntecedent(first int) int {
	s := d.sentOf(first)
	for k := first - 1; k > s.from+1 && k >= first-12; k-- {
		if d.toks[k].Norm != "where" {
			if d.toks[k].Norm == "," || d.toks[k].Norm == ";" {
				return -1
			}
			continue
		}
		j := k - 1
		if d.toks[j].Norm == "," {
			j--
		}
		if pm := d.placeAt[j]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal {
			return pm
		}
		return -1
	}
	return -1
}

// onlyCountry is the country a short incident report names when it names just
// one and no dateline says otherwise: its events happen there. (A long article
// about London names Iran as the state behind an attack, not as its place.)
func (d *doc) onlyCountry() string {
	if len(d.sents) > shortReport && d.fieldLineCount() >= 3 {
		return d.countryField() // (a record of field lines, however many lines)
	}
	if len(d.namedCountries) != 1 || len(d.sents) > shortReport {
		return ""
	}
	for c := range d.namedCountries {
		// ("a Bahraini activist living in London ... Bahrain did not
		// respond": a town abroad says the one country is not where)
		for k, pm := range d.placeAt {
			if pm < 0 || k == 0 || d.placeAt[k-1] == pm || !d.isWord(k-1, cLocative) || d.inLongerName(k, pm) {
				continue
			}
			if p := d.in.Places[pm]; p.Kind == vigil.Literal && p.Place.Feature != vigil.FeatureCountry && p.Place.Country != "" && p.Place.Country != c {
				return ""
			}
		}
		if d.datelineCountry == "" || d.datelineCountry == c {
			return c
		}
	}
	return ""
}

// isAddressTail: the state at token k ends an address ("in Ouallam,
// Tillabéri region, Niger"), which says where, not who.
func (d *doc) isAddressTail(k int) bool {
	if k < 2 || d.placeAt[k] < 0 {
		return false
	}
	if p := d.toks[k-1].Norm; p != "," && p != "(" {
		return false
	}
	j := k - 2
	if d.toks[j].Norm == ")" && j > 0 {
		j--
	}
	return d.placeAt[j] >= 0 || d.toks[j].IsCap() && d.timeAt[j] < 0 || addressWords[d.toks[j].Norm]
}

// inAside: token k lies in an apposition or relative clause about a person
// ("Sofia Sapega, a student in Vilnius, was detained"; "Zam, a journalist who
// ran a channel from exile in France"), which says nothing of where the event
// happened. The aside opens with a comma and "a", "an", "who", "which" or
// "whose", and the trigger is not inside it.
func (d *doc) inAside(k, head int) bool { return d.aside(k, head, true) }

// aside is inAside; with participles, an aside a participle opens counts
// too (", abducted in Nairobi on Saturday,"), which dating leaves out when
// the main verb has no date of its own.
func (d *doc) aside(k, head int, participles bool) bool {
	s := d.sentOf(k)
	for j := k - 1; j > s.from; j-- {
		if j == head {
			return false
		}
		n := d.toks[j].Norm
		if n == "," {
			next := d.toks[j+1].Norm
			// (", suspected of having scouted the Lille hotel,": what the
			// suspect is accused of, no part of the deed told)
			// (", abducted in Nairobi on Saturday,": a participle's aside
			// about the person before it)
			participle := participles && !d.toks[j+1].IsCap() && (strings.HasSuffix(next, "ed") && len(next) > 4 || irregularParticiples[next] || asideParticiples[next])
			// (", 44, the editor of a news site that moved to Vilnius in 2022,":
			// an apposition after a name and an age)
			age := j >= 2 && d.toks[j-1].Kind == token.Number && d.toks[j-2].Norm == ","
			if age && next == "the" {
				participle = true
			}
			if !(next == "a" || next == "an" || next == "who" || next == "whose" || next == "which" || next == "suspected" || next == "accused" || participle) ||
				d.timeAt[j-1] >= 0 || d.toks[j-1].Kind != token.Word && !age {
				return false // ("On 12 March 2020, a man ..." opens no aside)
			}
			// the trigger must lie outside: before the comma, or after the aside's closing comma
			if head < j {
				return true
			}
			for e := k + 1; e < s.to; e++ {
				if d.toks[e].Norm == "," || d.toks[e].Norm == ";" {
					// (a participle's aside closes before its subject's own
					// verb: ", abducted on Saturday, was charged"; not "Kosovo's
					// prime minister, Ramush Haradinaj, dismissed ... on Friday,
					// saying")
					if participle && !(next == "suspected" || next == "accused") && !(e+1 < s.to && (d.isWord(e+1, cBe|cAuxiliary) || e+1 == head)) {
						return false
					}
					return head > e
				}
			}
			return false
		}
		if n == ";" || n == "(" || n == ")" {
			return false
		}
	}
	return false
}

// inRelativeBefore: token k lies in a relative clause that describes the
// subject before its verb: "A blogger who had mocked the leader of Chechnya,
// Ramzan Kadyrov, was shot dead in Gerasdorf".
func (d *doc) inRelativeBefore(k, cstart, head int) bool {
	if k >= head {
		return false
	}
	for r := cstart + 1; r < k; r++ {
		if n := d.toks[r].Norm; n == "who" || n == "whose" {
			// ", who taught there until it was closed in 2017, were taken":
			// an aside set off by commas ends at its closing comma
			if d.toks[r-1].Norm == "," {
				for j := r + 1; j < head; j++ {
					if d.toks[j].Norm == "," {
						return k < j
					}
				}
			}
			// the clause ends where the main verb starts: "The two men who
			// carried out the shooting were tried by the court in Lelystad"
			// (or a report's: "an activist who campaigns for X told MPs that
			// his parents in Amritsar were visited")
			reported := false
			for j := r + 1; j < k; j++ {
				reported = reported || d.isWord(j, cReporting)
				if d.isWord(j, cBe) || d.toks[j].Norm == "that" && reported {
					return false
				}
			}
			return true
		}
	}
	return false
}

// servedState: "on behalf of the Russian Federation", "agencies of Iran" name
// the state behind an act, not where it happened.
func (d *doc) servedState(k int) bool {
	j := k - 1
	if j > 0 && d.isWord(j, cDeterminer) {
		j--
	}
	return j > 0 && d.toks[j].Norm == "of" && servingNouns[d.toks[j-1].Norm]
}

var servingNouns = set("behalf", "orders", "order", "agencies", "agency", "government", "services", "service",
	"agents", "agent", "intelligence", "regime", "authorities", "leadership", "behest", "instructions", "command")

// sceneWords put a response at the scene of the event after them.
var sceneWords = set("at", "during", "after", "amid")

// shortReport is the most sentences of an incident description.
const shortReport = 6

// contradicted: the address the name opens ends in a country, and the town was
// read in another one the text never names ("the Caño Limón pipeline in
// Saravena municipality, Arauca department, Colombia", where "Caño" matched
// Kano in Nigeria; "North Rhine-Westphalia, Germany").
func (d *doc) contradicted(pl vigil.Place, k int) bool {
	// a country inside an address ("near El Plateado (Argelia, Cauca),
	// Colombia") is a name that only looks like one; a town needs the country
	// unnamed elsewhere
	if pl.Feature != vigil.FeatureCountry && d.namedCountries[pl.Country] {
		return false
	}
	end := d.sentOf(k).to
	for j := k + 1; j < end && j <= k+16; j++ {
		if strings.ContainsRune(d.text[d.toks[j-1].End:d.toks[j].Start], '\n') {
			return false // a headline ends at its line
		}
		if pm := d.placeAt[j]; pm >= 0 {
			if q := d.in.Places[pm]; q.Kind == vigil.Literal && q.Place.Feature == vigil.FeatureCountry {
				return q.Place.Country != pl.Country
			}
			continue
		}
		t := d.toks[j]
		if t.IsCap() || t.Kind != token.Word && t.Norm != "." || addressWords[t.Norm] {
			continue
		}
		return false
	}
	return false
}

// inLongerName: the place name is one word of a longer name the gazetteer
// lacks: "Barangay Trinidad" (not Trinidad and Tobago), "Hamar Weyne district"
// (not Hamar in Norway), "Al-Mayadin" (not a town called Al).
func (d *doc) inLongerName(k, pm int) bool {
	p := d.in.Places[pm]
	if p.End-p.Start <= 2 && strings.ToUpper(d.text[p.Start:p.End]) != d.text[p.Start:p.End] {
		return true
	}
	end := k
	for end < len(d.toks) && d.placeAt[end] == pm {
		end++
	}
	// ("Hanover's New Town Hall": a building of the town named before it,
	// whose last word is no town of its own either)
	if k >= 1 && landmarkNouns[d.toks[k].Norm] && d.placeAt[k-1] >= 0 && d.placeAt[k-1] != pm {
		return true
	}
	if k >= 2 && end < len(d.toks) && d.toks[end].IsCap() && landmarkNouns[d.toks[end].Norm] && (d.toks[k-1].Norm == "'s" || d.toks[k-1].Norm == "’s") && d.placeAt[k-2] >= 0 {
		return true
	}
	if end-k != 1 {
		return false
	}
	// ("Maka al-Mukarama road": an Arabic name's article is lower-case)
	capWord := func(j int) bool {
		return j >= 0 && j < len(d.toks) && d.toks[j].Kind == token.Word && (d.toks[j].IsCap() || arabicArticle(d.toks[j].Text)) && d.placeAt[j] < 0 &&
			d.actorAt[j] < 0 && d.timeAt[j] < 0 && !d.toks[j].IsUpper()
	}
	joined := func(a, b int) bool { // a and b share a line
		return !strings.ContainsRune(d.text[d.toks[a].End:d.toks[b].Start], '\n')
	}
	sentFrom := d.sentOf(k).from
	if capWord(k-1) && k-1 > sentFrom && joined(k-1, k) && !compassWords[d.toks[k-1].Norm] {
		return true
	}
	// ("Mocimboa da Praia": not Praia in Cape Verde)
	if k-2 >= sentFrom && placeParticles[d.toks[k-1].Norm] && d.toks[k-2].IsCap() && d.toks[k-2].Kind == token.Word && joined(k-2, k) {
		return true
	}
	if p.Place.Feature == vigil.FeatureCountry || !capWord(end) || !joined(end-1, end) {
		return false
	}
	// ("Dubai International Airport": a town's place with a word or two
	// between them is still the town's; a court so named is left to the
	// court-town rule, which knows whose acts took place there)
	for j := end; j < end+3 && j < len(d.toks) && d.toks[j].IsCap() && joined(j-1, j); j++ {
		if d.isWord(j, cPlaceNoun) && (j == end || d.toks[j].Norm != "court") {
			return false
		}
	}
	return true
}

// courtNameAt: the words from k on name a court after the town before them
// ("Birmingham Crown Court", "the Linz Regional Court", "Pretoria
// Magistrate's Court"): the town is where the court's verdict or charge
// was given.
func (d *doc) courtNameAt(k int) bool {
	for j := k; j < len(d.toks) && j <= k+3; j++ {
		switch n := d.toks[j].Norm; {
		case n == "court" || n == "courts" || n == "tribunal":
			return j > k || d.toks[j].IsCap()
		case courtNameWords[n] || n == "'s" || n == "’s" || d.toks[j].Kind == token.Number || ordinalSuffixes[n]:
		default:
			return false
		}
	}
	return false
}

// policeNameAt: the words from token k on name a town's police or
// prosecutors ("Metropolitan Police Department", "public prosecutor's
// office", "prosecutors").
func (d *doc) policeNameAt(k int) bool {
	for j := k; j < len(d.toks) && j <= k+3; j++ {
		switch n := d.toks[j].Norm; {
		case n == "police" || n == "prosecutor" || n == "prosecutors" || n == "prosecution":
			// (not a person they employ: "a retired New York police
			// sergeant")
			return j+1 >= len(d.toks) || !d.isWord(j+1, cPersonNoun|cHumanNoun) && !titleWords[d.toks[j+1].Norm]
		case policeNameWords[n]:
		default:
			return false
		}
	}
	return false
}

// ordinalSuffixes end a number written as an ordinal ("26th").
var ordinalSuffixes = set("st", "nd", "rd", "th")

// policeNameWords stand between a town and its police or prosecutors.
var policeNameWords = set("metropolitan", "city", "municipal", "regional", "public", "state", "district", "county", "provincial")

// courtNameWords stand between a town and "Court" in a court's name.
var courtNameWords = set("crown", "regional", "district", "magistrate", "magistrates", "high", "supreme", "criminal", "county",
	"circuit", "higher", "superior", "provincial", "federal", "state", "city", "municipal", "appeals", "appeal", "central", "civil", "administrative", "labour")

// compassWords qualify a place without making a new name: "Northern Iraq".
var compassWords = set("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
	"upper", "lower", "greater", "rural", "downtown", "metropolitan")

// stateTable maps a state's code to its short name and capital, read once from
// vigil.States(): the name for a state the article implies without naming
// it, the capital for "the Somali capital".
var stateTable = func() map[string]stateFacts {
	m := map[string]stateFacts{}
	all, err := vigil.States()
	if err != nil {
		return m
	}
	for _, s := range all {
		f := stateFacts{name: s.Name}
		if len(s.Capitals) > 0 {
			f.capital = s.Capitals[0]
		}
		m[s.Code] = f
	}
	return m
}()

// stateFacts are what the coder needs to know of a state by its code.
type stateFacts struct{ name, capital string }

// compassAdjectives stand between a preposition and a place: "in northwestern
// Nigeria".
var compassAdjectives = set("northwestern", "northeastern", "southwestern", "southeastern", "north-western",
	"north-eastern", "south-western", "south-eastern", "northernmost", "southernmost", "eastern", "western",
	"northern", "southern", "central", "rural", "restive", "neighbouring", "neighboring")

// placeNouns after a town's name keep it the town: "Kabul Airport", "Aleppo Province".
var placeNouns = set("airport", "university", "hotel", "street", "square", "road", "park", "market", "bazaar", "station",
	"stadium", "hospital", "mosque", "church", "temple", "bridge", "gate", "prison", "camp", "province", "district",
	"region", "county", "city", "state", "port", "police", "court", "mall", "cathedral", "avenue", "governorate",
	"department", "municipality", "division", "oblast", "prefecture", "town", "village")

// addressWords may stand between the names of an address.
var addressWords = set("in", "of", "the", "near", "and", "district", "province", "state", "department", "municipality",
	"region", "county", "city", "town", "village", "governorate", "area", "division", "prefecture", "oblast", "rural")

// regionNounAfter: the word after byte offset end names a region:
// "Aleppo governorate", "Kandahar province".
func (d *doc) regionNounAfter(end int) bool {
	k := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= end })
	return k < len(d.toks) && regionNouns[d.toks[k].Norm]
}

var regionNouns = set("governorate", "province", "region", "oblast", "prefecture", "department", "state", "county", "division",
	"district", "municipality", "territory", "commune", "lga", "woreda", "subdivision", "cercle", "tehsil")

// unlistedPlace finds a place the gazetteer does not hold but the text names as
// one: "Kagara village", "the village of Dar Sila", "Bezuidenhout district".
// country is what the text says around it.
func (d *doc) unlistedPlace(from, to int, country string) (*vigil.Place, bool) {
	for k := from; k < to; k++ {
		if !d.is(k, cSettlement) || d.placeAt[k] >= 0 {
			continue
		}
		// ("Östersund District Court": a word of an institution's name)
		if d.toks[k].IsCap() && k+1 < to && d.isNameWord(k+1) {
			continue
		}
		// "the southern Corsican village of Lecci": the name after "of"
		// (not the demonym before)
		// (but "the Şişli district of Istanbul" is Şişli, in Istanbul)
		// (not "the main town of North Waziristan": a region names no town)
		if k+2 < to && d.toks[k+1].Norm == "of" && d.isNameWord(k+2) && !d.countryAt(k+2) && !d.regionAt(k+2) && d.actorAt[k+2] < 0 && (d.placeAt[k+2] < 0 || d.toks[k].Norm != "city") &&
			!(k > from && d.isNameWord(k-1) && !d.isDemonymAt(k-1)) {
			e := k + 3
			for e < to && d.isNameWord(e) && !d.countryAt(e) {
				e++
			}
			return &vigil.Place{Name: d.text[d.toks[k+2].Start:d.toks[e-1].End], Country: country, Feature: vigil.FeatureLocal}, true
		}
		// "Kagara village": capitalised words right before ("Gora Gan
		// village": some of them may be another place's name, not all)
		j := k
		for j > from && d.isNameWord(j-1) && d.actorAt[j-1] < 0 && !d.countryAt(j-1) {
			j--
		}
		// ("the FAMa camp at Boulkessi": an acronym names a body, not a place)
		if j == k-1 && acronym(d.toks[j].Text) {
			continue
		}
		if j < k && !(d.placeAt[j] >= 0 && d.placeAt[j] == d.placeAt[k-1]) {
			// ("near Mashkay, Awaran district": the name the address opens
			// with, after its preposition, is smaller still)
			if i := d.nameRunBefore(j-1, from); j-1 > from && d.toks[j-1].Norm == "," && i >= 0 && d.isWord(i-1, cLocative) {
				return &vigil.Place{Name: d.text[d.toks[i].Start:d.toks[j-2].End], Country: country, Feature: vigil.FeatureLocal}, true
			}
			return &vigil.Place{Name: d.text[d.toks[j].Start:d.toks[k-1].End], Country: country, Feature: vigil.FeatureLocal}, true
		}
		// "the village of Dar Sila"
		if k+2 < to && d.toks[k+1].Norm == "of" && d.isNameWord(k+2) && d.placeAt[k+2] < 0 && d.actorAt[k+2] < 0 {
			e := k + 3
			for e < to && d.isNameWord(e) && d.placeAt[e] < 0 {
				e++
			}
			return &vigil.Place{Name: d.text[d.toks[k+2].Start:d.toks[e-1].End], Country: country, Feature: vigil.FeatureLocal}, true
		}
	}
	return nil, false
}

// acronym: a word with two capitals in a row ("FAMa", "ISWAP"), as the
// names of forces and groups are shortened; place names rarely are.
func acronym(w string) bool {
	prev := false
	for _, r := range w {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = up
	}
	return false
}

// bracketedTown finds, in from..to, a place mention without a country that
// an address in brackets follows ("Djibo (Soum, Sahel)") naming a place of
// country, and returns it in that country.
func (d *doc) bracketedTown(from, to int, country string) (*vigil.Place, bool) {
	for _, pm := range d.placeMentions(from, to) {
		p := d.in.Places[pm]
		if p.Kind != vigil.Literal || p.Place.Country != "" {
			continue
		}
		e := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= p.End })
		if e >= to || d.toks[e].Norm != "(" {
			continue
		}
		for j := e + 1; j < to && j <= e+8 && d.toks[j].Norm != ")"; j++ {
			if q := d.placeAt[j]; q >= 0 && d.in.Places[q].Place.Country == country {
				town := p.Place
				town.Country = country
				if town.Name == "" {
					town.Name = d.text[p.Start:p.End]
				}
				return &town, true
			}
		}
	}
	return nil, false
}

// describedTown: an unknown name after a locative that an apposition calls
// a village or town and places by a known place: "in Gonio, a resort village a
// few kilometres south of Batumi". The name, in the known place's country.
func (d *doc) describedTown(from, to int) (*vigil.Place, bool) {
	s := d.sentOf(from)
	for k := from; k+4 < s.to && k < to; k++ {
		if !d.isWord(k, cLocative) || !d.isNameWord(k+1) || d.placeAt[k+1] >= 0 || d.actorAt[k+1] >= 0 || d.timeAt[k+1] >= 0 {
			continue
		}
		e := k + 1
		for e < s.to && d.isNameWord(e) && d.placeAt[e] < 0 && d.actorAt[e] < 0 {
			e++
		}
		if e+2 >= s.to || d.toks[e].Norm != "," || d.toks[e+1].Norm != "a" && d.toks[e+1].Norm != "an" && d.toks[e+1].Norm != "the" {
			continue
		}
		settled := false
		for j := e + 2; j < s.to && j <= e+12; j++ {
			if d.isWord(j, cSettlement) {
				settled = true
			}
			if q := d.placeAt[j]; q >= 0 && settled {
				if p := d.in.Places[q]; p.Kind == vigil.Literal && p.Place.Country != "" {
					return &vigil.Place{Name: d.text[d.toks[k+1].Start:d.toks[e-1].End], Country: p.Place.Country, Feature: vigil.FeatureLocal}, true
				}
			}
			if d.toks[j].Norm == "," || d.toks[j].Norm == ";" {
				break
			}
		}
	}
	return nil, false
}

// placeMentions lists the place mentions that start in from..to, once each.
func (d *doc) placeMentions(from, to int) []int {
	var out []int
	for k := from; k < to; k++ {
		if pm := d.placeAt[k]; pm >= 0 && (k == from || d.placeAt[k-1] != pm) {
			out = append(out, pm)
		}
	}
	return out
}

var settlementNouns = set("village", "town", "district", "neighbourhood", "neighborhood", "camp", "suburb",
	"township", "settlement", "hamlet", "locality", "commune", "municipality", "lga", "woreda", "cercle", "tehsil", "kebele", "barangay", "city")

var locativePreps = set("in", "at", "near", "outside", "inside", "on", "across", "throughout", "into", "through", "around")

// seatOf: a town before a court or police force names where it sits: "an
// Ankara court", "the Berlin prosecutor", "the Gdańsk regional prosecutor's
// office".
func (d *doc) seatOf(k, pm int) bool {
	j := k
	for j < len(d.toks) && d.placeAt[j] == pm {
		j++
	}
	for q := 0; q < 2 && j < len(d.toks) && seatQualifiers[d.toks[j].Norm]; q++ {
		j++
	}
	return j < len(d.toks) && seatNouns[d.toks[j].Norm] && d.in.Places[pm].Place.Feature != vigil.FeatureCountry
}

var seatNouns = set("court", "courts", "tribunal", "prosecutor", "prosecutors", "police", "judge", "judges", "jury", "magistrate", "magistrates")

// seatQualifiers may stand between a seat's town and its court or
// prosecutor: "the Gdańsk regional prosecutor", "a Paris criminal court".
var seatQualifiers = set("regional", "district", "provincial", "city", "municipal", "state", "federal", "public", "criminal", "military", "appeals", "high", "supreme", "county", "local")

// isModifierPlace: a place name used as an adjective ("PRC propaganda", "the
// Almere shooting"), not after a locative preposition.
func (d *doc) isModifierPlace(k, pm int) bool {
	// ("on the Bannu road in Mir Ali town": a road named for a town, not in it)
	if e := d.placeEnd(k, pm); e < len(d.toks) && (d.toks[e].Norm == "road" || d.toks[e].Norm == "highway") && !d.toks[e].IsCap() {
		return true
	}
	p := k - 1
	for p > 0 && (d.isWord(p, cCompass) || d.isWord(p, cDeterminer)) {
		p-- // "in northwestern Nigeria", "in the north of"
	}
	if p >= 0 && (d.isWord(p, cLocative) || d.toks[p].Norm == "from" || d.toks[p].Norm == "to") {
		return false
	}
	j := k
	for j < len(d.toks) && d.placeAt[j] == pm {
		j++
	}
	if j >= len(d.toks) {
		return false
	}
	t := d.toks[j]
	n := t.Norm
	if dwellings[n] || siteNouns[n] {
		return false // "the Cairo home of his parents" is in Cairo, "a London warehouse" in London
	}
	if n == "town" || n == "village" || n == "city" || n == "hamlet" || n == "area" || n == "neighbourhood" || n == "neighborhood" || n == "suburb" || n == "quarter" {
		return false // "the entrance of Afgooye town" is in Afgooye, "Bangkok's Huai Khwang area" in Huai Khwang
	}
	return t.Kind == token.Word && !t.IsCap() && d.timeAt[j] < 0 && !d.isWord(j, cPreposition|cConjunction|cAuxiliary|cReporting|cAdverb) &&
		!strings.HasSuffix(n, "ed")
}

// qualifiesTrigger: the place name qualifies the trigger itself ("the Salisbury
// poisoning", "the Almere shooting"): it says where that event happened.
func (d *doc) qualifiesTrigger(k, pm int, m triggerMatch) bool {
	j := k
	for j < len(d.toks) && d.placeAt[j] == pm {
		j++
	}
	return j == m.First
}

// isMetonymSubject: a capital standing for its government without a preposition
// ("Riyadh, which first denied ..., now says he was killed"): the speaker, not
// where it happened.
func (d *doc) isMetonymSubject(k int) bool {
	a := d.actorAt[k]
	if a < 0 || d.in.Actors[a].Via != "metonym" {
		return false
	}
	if d.isLocative(k) || k > 0 && d.toks[k-1].Norm == "of" {
		return false // "in Baghdad", "the Moabit district of Berlin"
	}
	// a subject goes on with its verb or an aside ("Riyadh says", "Riyadh, which
	// denied ..."); an address goes on with a comma and more place ("Karrada,
	// Baghdad, Iraq")
	j := k
	for j < len(d.toks) && d.actorAt[j] == a {
		j++
	}
	if j < len(d.toks) && (dwellings[d.toks[j].Norm] || seatNouns[d.toks[j].Norm] || siteNouns[d.toks[j].Norm]) {
		return false // "the Cairo home of his parents", "a Warsaw court"
	}
	if j >= len(d.toks) || d.toks[j].Kind == token.Word {
		return true
	}
	return d.toks[j].Norm == "," && j+1 < len(d.toks) && (d.toks[j+1].Norm == "which" || d.toks[j+1].Norm == "who")
}

// isStateSubject: a country named as the subject of a clause that tells why
// or when acts, it is not where ("detained by Saudi police after China asked
// for them"; but "France froze the assets" is where too).
func (d *doc) isStateSubject(k, pm int) bool {
	if d.in.Places[pm].Place.Feature != vigil.FeatureCountry || d.in.Places[pm].Kind != vigil.Literal || k == 0 || !(subordinators[d.toks[k-1].Norm] || d.toks[k-1].Norm == "that") {
		return false
	}
	j := d.placeEnd(k, pm)
	return j < len(d.toks) && d.toks[j].Kind == token.Word && !d.toks[j].IsCap() && (d.isVerbForm(j) || d.isWord(j, cReporting|cAuxiliary|cBe))
}

// returnedFrom: the place at token k is where the trigger m sent someone back
// from ("forcibly returned from Turkey to Tajikistan"): where the deed was done.
func (d *doc) returnedFrom(m triggerMatch, k int) bool {
	return m.T.Type == vigil.Abduction && k == m.Last+2 && d.toks[k-1].Norm == "from" && returnVerbs[d.toks[m.Last].Norm]
}

// returnVerbs send someone back: "returned from Turkey", "deported from Kenya".
var returnVerbs = set("returned", "repatriated", "deported", "extradited", "removed", "expelled", "rendered", "renditioned")

// inName: the place is part of an organisation's name ("the Arab Struggle
// Movement for the Liberation of Ahvaz").
func (d *doc) inName(k int) bool {
	// (a seat of government after "in" is the town: "detained in Grozny")
	if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Actor.Kind != "state" && !(k > 0 && d.toks[k-1].Norm == "in" && d.placeAt[k] >= 0 && d.actorAt[k-1] < 0) {
		return true
	}
	// a person's name: "Julio César Obando" holds no town Obando
	i := sort.Search(len(d.people), func(i int) bool { return d.people[i].to > k })
	if i >= len(d.people) || d.people[i].from > k || d.people[i].to-d.people[i].from < 2 {
		return d.nameWordAlone(k)
	}
	last := d.people[i].to - 1 // "Guihulngan City" is a town's name
	return !d.isWord(last, cPlaceNoun|cInstitution)
}

// nameWordAlone: token k, read as a place of one word, is the given name or
// surname of a person the text names in full, used alone and not after a
// word of place: "a photograph of Khasan in his pocket" after "Khasan
// Vakhidov" (but "arrested in Khasan" is the town).
func (d *doc) nameWordAlone(k int) bool {
	// ("many of them from Surrey", after "Surrey Sikhs": the town)
	if k == 0 || !d.toks[k].IsCap() || k+1 < len(d.toks) && d.placeAt[k+1] == d.placeAt[k] || d.isWord(k-1, cLocative) || motionPreps[d.toks[k-1].Norm] {
		return false
	}
	if pm := d.placeAt[k]; pm >= 0 && d.in.Places[pm].Place.Feature == vigil.FeatureCountry {
		return false
	}
	n := d.toks[k].Norm
	for _, p := range d.people {
		if p.to-p.from >= 2 && p.from != k && d.toks[p.from].Norm == n && d.placeAt[p.from] < 0 {
			return true
		}
	}
	return false
}

// motionPreps lead to or from a place.
var motionPreps = set("from", "to", "into", "via", "across", "around", "toward", "towards")

// isPossessor: "Saudi Arabia's consulate" names an owner, not a location.
func (d *doc) isPossessor(k, pm int) bool {
	j := k
	for j < len(d.toks) && d.placeAt[j] == pm {
		j++
	}
	if j >= len(d.toks) || d.toks[j].Norm != "'s" {
		return false
	}
	// "at Amman's Queen Alia airport", "in Tehran's Evin prison": a town's
	// site is in the town
	if d.in.Places[pm].Place.Feature != vigil.FeatureCountry {
		// (but "Berlin's Moabit district" is in Moabit)
		for e := j + 1; e < len(d.toks) && e <= j+5 && d.toks[e].Kind == token.Word && d.placeAt[e] < 0; e++ {
			if siteNouns[d.toks[e].Norm] || townParts[d.toks[e].Norm] {
				return false
			}
		}
		// "in London's Mayfair": a part of the town by its own name (not
		// "Moscow's Federal Security Service", a body)
		if d.siteNameAt(j + 1) {
			return false
		}
	}
	return true
}

// siteNameAt: the capitalised name at k names a place, not a body or a
// person the dictionary knows.
func (d *doc) siteNameAt(k int) bool {
	e := k
	for e < len(d.toks) && d.toks[e].Kind == token.Word && d.toks[e].IsCap() && d.actorAt[e] < 0 && d.placeAt[e] < 0 {
		if d.isWord(e, cInstitution) {
			return false
		}
		e++
	}
	return e > k && (e >= len(d.toks) || d.toks[e].Kind != token.Word || !d.toks[e].IsCap())
}

// townParts, with siteNouns, are the places within a town that its
// possessive names: "Amman's airport", "Kabul's Dasht-e-Barchi district".
var townParts = set("prison", "jail", "district", "suburb", "suburbs", "square", "street", "neighbourhood",
	"neighborhood", "outskirts", "port", "harbour", "harbor", "university", "park", "quarter", "centre", "center", "downtown")

// afterReportingVerb: a time expression right after "said", "told MPs", "announced".
func (d *doc) afterReportingVerb(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		n := d.toks[j].Norm
		if n == "that" {
			return false // ("noted that in January police ...": the clause reported has the date)
		}
		if d.isWord(j, cReporting) || d.inSet(j, sRuling) {
			return true
		}
		// ("the findings presented yesterday by the prosecutor": the day of
		// the report)
		if d.inSet(j, sPublished) && j > 0 && reportedNouns[d.toks[j-1].Norm] {
			return true
		}
		if n != "on" && n != "late" && n != "early" && n != "in" && d.toks[j].Kind != token.Word {
			return false
		}
	}
	return false
}

var thatWord = set("that")

// publishedVerbs make a report public; reportedNouns are what they make public.
var (
	publishedVerbs = set("presented", "published", "released", "issued", "unveiled", "delivered", "submitted")
	reportedNouns  = set("findings", "report", "reports", "conclusions", "assessment", "statement", "study", "results", "indictment", "verdict", "judgment", "judgement", "ruling")
)

// inSourcePhrase: token k lies in an "according to ..." phrase that names the
// source of the report, not the event.
func (d *doc) inSourcePhrase(k, from int) bool {
	for j := k - 1; j > from && j >= k-10; j-- {
		n := d.toks[j].Norm
		if n == "to" && d.toks[j-1].Norm == "according" {
			return true
		}
		if d.toks[j].Kind != token.Word || slices.Contains(d.triggers, j) {
			return false
		}
	}
	return false
}

// isDiplomatPost: "Iran's diplomat to Vienna", "ambassador to Iran" name a post.
func (d *doc) isDiplomatPost(k int) bool {
	if k < 2 || d.toks[k-1].Norm != "to" {
		return false
	}
	switch d.toks[k-2].Norm {
	case "diplomat", "ambassador", "envoy", "diplomats", "ambassadors", "envoys", "embassy", "mission", "consul",
		"posted", "accredited", "assigned", "seconded":
		return true
	}
	return false
}

// isOrigin: "of Iranian descent", "a native of", "from Tehran" describe a person.
func (d *doc) isOrigin(k int, attack bool) bool {
	if k < 1 {
		return false
	}
	// ("a man from east London": past the compass word)
	if k >= 2 && compassWords[d.toks[k-1].Norm] {
		k--
	}
	p := d.toks[k-1].Norm
	if p == "fled" || p == "left" || p == "escaped" || attack && p == "from" {
		return true
	}
	// "arrested after arriving from Istanbul": where the flight came from
	// (or "posting a video from Damascus": where the video was made)
	if p == "from" && k >= 2 && (arrivalVerbs[d.toks[k-2].Norm] || vehicleNouns[d.toks[k-2].Norm] || transportNouns[d.toks[k-2].Norm] || sentFromNouns[d.toks[k-2].Norm]) {
		return true
	}
	// "arrested a 29-year-old man from Birmingham at the station": where the
	// man comes from
	if p == "from" && k >= 2 {
		if n := d.toks[k-2].Norm; d.isWord(k-2, cPersonNoun|cHumanNoun|cVictim) || strings.HasSuffix(n, "-year-old") {
			return true
		}
	}
	// "lured from exile in France to Iraq": where the victim lived (not "an
	// attack on an exile in Johannesburg")
	if attack && p == "in" && k >= 3 && d.toks[k-2].Norm == "exile" && d.toks[k-3].Norm == "from" {
		return true
	}
	// ("tempted from his home in Paris to Iraq and seized there")
	if attack && p == "in" && k >= 4 && dwellings[d.toks[k-2].Norm] && d.isWord(k-3, cPossessive) && d.toks[k-4].Norm == "from" {
		// (to another town or state: not "followed him from his home in
		// Bury Park to the mosque")
		for j := k + 1; j+1 < len(d.toks) && j <= k+3; j++ {
			if d.toks[j].Norm == "to" && d.placeAt[j+1] >= 0 {
				return true
			}
		}
	}
	if p == "of" && k+1 < len(d.toks) && (d.toks[k+1].Norm == "descent" || d.toks[k+1].Norm == "origin") {
		return true
	}
	return false
}

// isRecipientPlace: "passing their numbers to a handler in Hrodna" - where
// what was gathered went, not where it was gathered.
func (d *doc) isRecipientPlace(k int) bool {
	if k < 3 || d.toks[k-1].Norm != "in" {
		return false
	}
	// (only a person who receives: not "sent to prison in Tehran" or "handed
	// to police in Lyon")
	if !recipientNouns[d.toks[k-2].Norm] {
		return false
	}
	for j := k - 3; j >= 1 && j >= k-5; j-- {
		if d.toks[j].Norm != "to" {
			if d.toks[j].Kind != token.Word || d.isWord(j, cPreposition) {
				return false
			}
			continue
		}
		for v := j - 1; v >= 0 && v >= j-8; v-- {
			if transferVerbs[d.toks[v].Norm] {
				return true
			}
			if d.toks[v].Kind != token.Word && d.toks[v].Norm != "'s" {
				return false
			}
		}
		return false
	}
	return false
}

// speakersPlace: "a laboratory in Berlin found that his phone had been
// infected": where the one who tells is, before a reporting verb and "that"
// that the trigger comes after.
func (d *doc) speakersPlace(k, pm, trigger int) bool {
	e := k
	for e < len(d.toks) && d.placeAt[e] == pm {
		e++
	}
	if e >= trigger || k < 2 || d.toks[k-1].Norm != "in" {
		return false
	}
	for j := e; j < trigger && j <= e+1; j++ {
		// (but "Police in Toronto said a leader had received threats": the
		// town's police tell of their town)
		if n := d.toks[j].Norm; (d.isWord(j, cReporting) || findingVerbs[n]) && j+1 < len(d.toks) && d.toks[j+1].Norm == "that" && !d.isWord(k-2, cAuthority) {
			return true
		}
	}
	return false
}

// reflexives stress the noun before them: "Sok Dara himself".
var reflexives = set("himself", "herself", "themselves", "itself")

// streetWords end the names of squares and streets.
var streetWords = set("square", "street", "avenue", "road", "boulevard", "lane", "bridge", "park", "plaza", "place")

// cyberOrigins before "in PLACE" tell where an intrusion came from.
var cyberOrigins = set("operator", "operators", "customer", "customers", "client", "clients", "server", "servers",
	"infrastructure", "hackers", "hacker", "group", "actor", "actors")

// recipientNouns receive what an informer gathered.
var recipientNouns = set("handler", "handlers", "contact", "contacts", "official", "officials", "officer", "officers",
	"superiors", "superior", "agent", "agents", "controller", "controllers", "diplomat", "diplomats")

// transferVerbs hand what was gathered to someone.
var transferVerbs = set("passing", "passed", "pass", "passes", "sent", "sending", "send", "sends", "forwarded", "forwarding",
	"reported", "reporting", "delivered", "delivering", "handed", "handing", "relayed", "relaying", "supplied", "supplying", "gave", "giving")

// reappearWords tell where a victim turned up after an abduction.
var reappearWords = set("reappeared", "resurfaced", "surfaced", "reemerged", "re-emerged", "reappearing", "resurfacing")

// isDestination: "take her to Iran", "flown back to Kigali" name where a victim
// was carried, not where the abduction or attack took place.
func (d *doc) isDestination(k int) bool {
	// "as they tried to leave for Belarus", "a flight bound for Minsk"
	if k >= 2 && d.toks[k-1].Norm == "for" && departureWords[d.toks[k-2].Norm] {
		return true
	}
	// "has since reappeared in police custody in Rwanda": where the victim
	// turned up after, not where he was taken
	if k >= 2 && d.toks[k-1].Norm == "in" {
		for j := k - 2; j >= 0 && j >= k-6; j-- {
			if d.inSet(j, sReappear) {
				return true
			}
			if d.toks[j].Kind == token.Punct {
				break
			}
		}
	}
	if k < 2 || d.toks[k-1].Norm != "to" {
		return false
	}
	// "a contract that led back to Tehran", "flown back to Kigali"
	if d.toks[k-2].Norm == "back" {
		return true
	}
	// "returned from Turkey to Tajikistan": the end of a way from a place
	// (but "lured Habib Chaab from Sweden to Istanbul": where he was taken)
	if pm := d.placeAt[k-2]; pm >= 0 {
		j := k - 2
		for j > 0 && d.placeAt[j-1] == pm {
			j--
		}
		// (nor "flies from Stockholm to Istanbul, where he is lured")
		e := d.placeEnd(k, d.placeAt[k])
		where := e+1 < len(d.toks) && d.toks[e].Norm == "," && d.toks[e+1].Norm == "where"
		if j > 1 && d.toks[j-1].Norm == "from" && d.placeAt[j-2] < 0 && !d.anyWord(lureWords, max(0, j-14), j-1) && !where {
			return true
		}
	}
	// "left France on a flight to Moscow"
	if n := d.toks[k-2].Norm; n == "flight" || n == "flights" || n == "plane" || n == "jet" {
		return true
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		n := d.toks[j].Norm
		if carryVerbs[n] {
			return true
		}
		if n == "," || n == "." || n == ";" || d.placeAt[j] >= 0 {
			return false
		}
	}
	return false
}

// departureWords go "for" somewhere: "left for Minsk", "bound for Istanbul".
var departureWords = set("leave", "leaves", "leaving", "left", "bound", "headed", "heading", "depart", "departs", "departed", "departing", "set", "sets", "setting", "sail", "sailed", "sailing")

// arrivalVerbs come from somewhere: "arriving from Istanbul".
// ofRulers: the place at token k, or the list it ends, follows "the rulers
// of", "the government of", "critics of".
func (d *doc) ofRulers(k int) bool {
	j := k - 1
	for j > 0 && (d.toks[j].Norm == "," || d.toks[j].Norm == "and" || d.toks[j].Norm == "the" || d.placeAt[j] >= 0) {
		j--
	}
	return j > 0 && d.toks[j].Norm == "of" && rulerNouns[d.toks[j-1].Norm]
}

// rulerNouns are who a state's name after "of" belongs to.
var rulerNouns = set("rulers", "ruler", "leaders", "leader", "leadership", "government", "governments", "regime", "regimes",
	"king", "kings", "president", "presidents", "critic", "critics", "opponents", "enemies", "authorities", "monarchy", "policies", "policy")

// sentFromNouns are things made or sent somewhere else: "a video from Damascus".
var sentFromNouns = set("video", "videos", "footage", "message", "messages", "post", "posts", "broadcast", "broadcasts",
	"livestream", "photos", "photographs", "letter", "letters", "call", "calls", "email", "emails", "report", "reports")

// arrivalPlace is the town or state named after "landed in", "arrived in"
// or "arrival in" in tokens [from, to), or -1.
func (d *doc) arrivalPlace(from, to int) int {
	for k := from; k+2 < to; k++ {
		if n := d.toks[k].Norm; (n == "landed" || n == "arrived" || n == "arrival" || n == "landing") && d.toks[k+1].Norm == "in" {
			if pm := d.placeAt[k+2]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal && d.in.Places[pm].Place.Country != "" {
				return pm
			}
		}
	}
	return -1
}

// arrivalVerbs tell a journey, whose "from" names where it began ("arriving
// from Istanbul", "as he returned by road from Damascus").
// transportNouns carry people from where they came: "a train from Brussels".
var transportNouns = set("flight", "flights", "train", "trains", "bus", "coach", "plane", "ferry", "boat", "ship")

var arrivalVerbs = set("arriving", "arrived", "arrive", "arrives", "flying", "flew", "flown", "travelling", "traveling", "travelled", "traveled", "returning", "returned", "returns", "return", "coming", "came", "driving", "drove")

var carryVerbs = set("take", "takes", "taking", "taken", "took", "bring", "brings", "bringing", "brought",
	"return", "returns", "returning", "returned", "fly", "flying", "flown", "flew", "smuggle", "smuggled",
	"smuggling", "send", "sent", "sending", "transport", "transported", "spirit", "spirited", "whisk",
	"whisked", "ship", "shipped", "carry", "carried", "deport", "deported", "deporting", "rendition",
	"rendered", "repatriate", "repatriated", "transfer", "transferred", "move", "moved")

// focusState is the state the article is about as a perpetrator: the state most
// named (agencies count double) in sentences that tell attacks or accuse.
func focusState(d *doc) string {
	return d.focusOf(d.sents, 2)
}

// focusNear is the focus state of the paragraph of sentence si and the one before
// it, when one state clearly leads there, else the article's: an explainer tells
// one state's campaign per section.
func (d *doc) focusNear(si int) string {
	d.analyse()
	if si < 0 {
		return d.focus
	}
	para := d.sents[si].Para
	if f, ok := d.paraFocus[para]; ok {
		return f
	}
	from := si
	for from > 0 && d.sents[from-1].Para >= para-1 {
		from--
	}
	to := si
	for to < len(d.sents) && d.sents[to].Para == para {
		to++
	}
	f := d.focusOf(d.sents[from:to], 3)
	if f == "" {
		f = d.focus
	}
	d.paraFocus[para] = f
	return f
}

// focusCues are the words of sentences that tell who stands behind an attack.
var focusCues = set("blamed", "blames", "blame", "accused", "accuses", "accuse", "implicated", "implicates",
	"linked", "links", "attributed", "attributes", "tied", "ties", "regime", "behind", "involvement",
	"orchestrated", "sponsored", "agents", "plot", "plots", "responsible")

// focusOf scores the states named in sents (agencies count double, and mentions
// in sentences that tell attacks or accuse count double again) and returns the
// leader if its score exceeds floor.
func (d *doc) focusOf(sents []sentInfo, floor int) string {
	return d.leadingState(sents, floor, false)
}

// hostState is the state the article names most counting its police and
// courts too: the one whose soil the story is on.
func (d *doc) hostState() string {
	if !d.hostKnown {
		d.host, d.hostKnown = d.leadingState(d.sents, 2, true), true
	}
	return d.host
}

// leadingState scores the states named in sents for focusOf, with the votes
// of police and courts when host is set.
func (d *doc) leadingState(sents []sentInfo, floor int, host bool) string {
	if d.focusAt == nil {
		d.focusVotes()
	}
	var buf [8]focusVote
	score := buf[:0]
	for _, s := range sents {
		if s.from >= s.to {
			continue
		}
		si := d.sentAt[s.from]
	votes:
		for _, v := range d.focusVote[d.focusAt[si]:d.focusAt[si+1]] {
			if v.host && !host {
				continue
			}
			for i := range score {
				if score[i].country == v.country {
					score[i].w += v.w
					continue votes
				}
			}
			score = append(score, v)
		}
	}
	best, bestScore := "", floor
	for _, v := range score {
		if c, n := v.country, v.w; n > bestScore || n == bestScore && c < best {
			best, bestScore = c, n
		}
	}
	return best
}

// focusVote is what one mention of a state adds to its score in focusOf.
type focusVote struct {
	country string
	w       int
	host    bool // a vote of police or a court, which hostState counts
}

// focusVotes finds the votes of every sentence for focusOf once, as focusState
// and focusNear ask for the article's and each paragraph's: the votes of
// sentence si are d.focusVote[d.focusAt[si]:d.focusAt[si+1]].
func (d *doc) focusVotes() {
	votes := d.buf.focusVote[:0]
	at := append(d.buf.focusAt[:0], 0)
	// the actors' kinds repeat: the last one's answer serves the next
	lastKind, lastState := "", false
	cls, actorAt := d.cls, d.actorAt
	for _, s := range d.sents {
		relevant := false
		first := len(votes)
		prev := -1 // the actor of the token before, in the sentence
		for k := s.from; k < s.to; k++ {
			if cls[k]&cFocusCue != 0 {
				relevant = true
			}
			a := actorAt[k]
			if a < 0 || a == prev {
				prev = a
				continue
			}
			prev = a
			am := &d.in.Actors[a]
			if am.Actor.Country == "" {
				continue
			}
			kind := am.Actor.Kind
			if kind != lastKind {
				lastKind, lastState = kind, stateKinds[kind]
			}
			if !lastState || d.isLocative(k) || d.isAddressTail(k) {
				continue
			}
			if am.Via == "demonym" {
				// "Iranian agents" points at a perpetrator; "Danish authorities"
				// and "Iranian dissident" do not
				next := d.nextWord(k, s.to)
				if next < 0 || !d.isWord(next, cOperative) || d.isWord(next, cAuthority) {
					continue
				}
			}
			w := 1
			if am.Actor.Kind != "state" {
				w = 2
			}
			// (the police and courts that answer deeds act at home: they name
			// the host, not the state behind an attack)
			votes = append(votes, focusVote{am.Actor.Country, w, kind == "police" || kind == "judiciary"})
		}
		if relevant {
			// (one pass: a cue anywhere in the sentence doubles its votes)
			for i := first; i < len(votes); i++ {
				votes[i].w *= 2
			}
		}
		at = append(at, int32(len(votes)))
	}
	d.focusVote, d.focusAt = votes, at
	d.buf.focusVote, d.buf.focusAt = votes, at
}

// ellipsis: "..., and the Netherlands, Denmark and Italy two apiece" repeats the
// verb of the clause before it for new actors.
func (d *doc) ellipsis(si int, found []*candidate) []*candidate {
	if len(found) == 0 {
		return nil
	}
	s := d.sents[si]
	last := found[len(found)-1]
	if !last.typ.IsResponse() {
		return nil
	}
	var out []*candidate
	for k := s.from + 1; k+1 < s.to; k++ {
		if d.toks[k].Norm != "and" || d.toks[k-1].Norm != "," {
			continue
		}
		states := d.coordinatedStates(k+1, s.to)
		if len(states) == 0 {
			continue
		}
		end := states[len(states)-1].p.to
		// the rest of the clause must be a bare count: "two apiece", "three each"
		rest := end
		for rest < s.to && (d.toks[rest].Kind == token.Number || d.isWord(rest, cQuantifier) || d.toks[rest].Norm == "apiece" || d.toks[rest].Norm == "each") {
			rest++
		}
		if rest == end || rest < s.to && d.toks[rest].Kind == token.Word {
			continue
		}
		for _, st := range states {
			c := last.clone("ellipsis: verb of the clause before")
			c.actor = d.ref(st.p, st.code)
			c.country = st.code
			out = append(out, c)
		}
	}
	return out
}

// pastHeadlineVerb drops a headline's own verb and its state from the front
// of a phrase: "Iran executes dissident journalist kidnapped in Iraq", "Rwanda
// charges journalist who vanished".
func (d *doc) pastHeadlineVerb(p phrase) phrase {
	if p.to-p.from > 2 && d.actorAt[p.from] >= 0 && d.in.Actors[d.actorAt[p.from]].Via != "demonym" && d.actorAt[p.from+1] < 0 {
		if t := d.toks[p.from+1]; t.Kind == token.Word && !t.IsCap() && strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss") {
			p.from += 2
		}
	}
	return p
}

// groundsNouns after "on" give the grounds of a response, not its target:
// "detained on charges of", "arrested on suspicion of".
var groundsNouns = set("arrival", "return", "landing", "entry", "charges", "charge", "suspicion", "allegations", "allegation", "accusations", "accusation", "grounds", "counts", "count", "terrorism", "espionage")

// givingVerbs hand a sentence to someone: "handed a life sentence to X",
// "imposed a ten-year term on X", "gave him a life sentence".
var givingVerbs = set("handed", "hands", "hand", "handing", "gave", "gives", "give", "giving", "imposed", "imposes", "impose", "imposing", "meted", "passed")

// sentenceGivenTo finds whom a sentence named by a noun was given: the phrase
// after "to" or "on" past the noun, or the indirect object between the giving
// verb and the noun.
func (d *doc) sentenceGivenTo(m triggerMatch, cstart, cend int) phrase {
	v := -1
	for k := m.First - 1; k > cstart && k >= m.First-5; k-- {
		if givingVerbs[d.toks[k].Norm] {
			v = k
			break
		}
		if d.toks[k].Norm == "," || d.toks[k].Norm == "and" {
			break
		}
	}
	if v < 0 {
		return phrase{}
	}
	// "gave him a life sentence", "handed Karim B. a life sentence"
	if p := d.npAfter(v+1, m.First, verbParticles); !p.empty() && p.to < m.First && d.is(p.to, cDeterminer) && (d.isPronoun(p.from) || d.namesPerson(p) || d.isVictim(p)) {
		return p
	}
	// "handed down a life sentence to Karim B."
	for k := m.Last + 1; k+1 < cend && k <= m.Last+3; k++ {
		if n := d.toks[k].Norm; n == "to" || n == "on" {
			if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) && !d.isTimePhrase(p) {
				return p
			}
			break
		}
	}
	return phrase{}
}

// countryAt: token k is part of a place mention naming a country.
func (d *doc) countryAt(k int) bool {
	pm := d.placeAt[k]
	return pm >= 0 && d.in.Places[pm].Place.Feature == vigil.FeatureCountry
}

// namedBefore: the unlisted place's name starts at or before byte offset
// off, where a known place is named.
func (d *doc) namedBefore(named *vigil.Place, off int) bool {
	i := strings.Index(d.text, named.Name)
	return i >= 0 && i <= off
}

// nameRunBefore is the first token of the run of unknown capitalised words
// that ends right before token end, or -1 when there is none or it runs back
// to from.
func (d *doc) nameRunBefore(end, from int) int {
	i := end
	for i > from && d.isNameWord(i-1) && d.placeAt[i-1] < 0 && d.actorAt[i-1] < 0 {
		i--
	}
	if i == end || i <= from {
		return -1
	}
	return i
}

// ownerOfDwellingBefore is X in the last "X's house" (or home, flat, car ...)
// of the clause before token k, or empty.
func (d *doc) ownerOfDwellingBefore(k, from int) phrase {
	for j := k - 1; j > from+1; j-- {
		if !dwellings[d.toks[j].Norm] {
			continue
		}
		if d.toks[j-1].Norm == "'s" {
			if p := d.npBefore(j-1, from); !p.empty() && p.to == j-1 {
				return p
			}
		}
		return phrase{}
	}
	return phrase{}
}

// locativeName is the run of unknown capitalised words right after a locative
// preposition in from..to ("in Shariff Aguak"), or "": not a known place, an
// actor, a date or an institution ("in Parliament").
func (d *doc) locativeName(from, to int) string {
	for k := from; k+1 < to; k++ {
		if !d.isWord(k, cLocative) {
			continue
		}
		// ("in nearby Zvecan", "on the outskirts of Zurmi", "in the
		// Bandiagara area")
		for k+2 < to && (placeAdjectives[d.toks[k+1].Norm] || d.toks[k+1].Norm == "the" || townEdges[d.toks[k+1].Norm] && d.toks[k+2].Norm == "of") {
			if townEdges[d.toks[k+1].Norm] {
				k++
			}
			k++
		}
		// (not a person's name: "fired five shots at Felix Roque Aguilar";
		// nor a platform: "threats through Instagram")
		if !d.isNameWord(k+1) || d.actorAt[k+1] >= 0 || d.timeAt[k+1] >= 0 || d.toks[k].Norm == "at" && !d.personAt(k+1).empty() || platforms[d.toks[k+1].Norm] {
			continue
		}
		// (a known place's name may open a longer one: "near Tal Tamr")
		e := k + 1
		for e < to && d.isNameWord(e) && d.actorAt[e] < 0 && d.timeAt[e] < 0 && !d.countryAt(e) {
			if d.isWord(e, cInstitution) {
				return ""
			}
			e++
		}
		if e == k+1 || d.placeAt[k+1] >= 0 && d.placeAt[k+1] == d.placeAt[e-1] {
			continue // a place the gazetteer knows, judged by the caller
		}
		// (a place name ends its phrase: "in Shariff Aguak.", "in Kama Khel
		// on Monday"; not "in Charge Michael J. Driscoll", "in Gülen-linked
		// schools")
		if e < len(d.toks) {
			if n := d.toks[e]; !(n.Kind == token.Punct && (n.Norm == "," || n.Norm == "." || n.Norm == ";" || n.Norm == "(") || d.isWord(e, cPreposition|cConjunction) || d.timeAt[e] >= 0 || areaNouns[n.Norm]) {
				return ""
			}
		}
		for j := k + 1; j < e; j++ {
			if strings.Contains(d.toks[j].Norm, "-") && strings.HasSuffix(d.toks[j].Norm, "ed") || d.isInitial(j) {
				return ""
			}
		}
		return d.text[d.toks[k+1].Start:d.toks[e-1].End]
	}
	return ""
}

// townAnaphor: from..to says "in the town" or "the village" without naming it
// ("the town of X" names it).
func (d *doc) townAnaphor(from, to int) bool {
	for k := from; k+2 < to; k++ {
		if d.isWord(k, cLocative) && d.toks[k+1].Norm == "the" && anaphoricTowns[d.toks[k+2].Norm] && !(k+3 < to && d.toks[k+3].Norm == "of") {
			return true
		}
	}
	return false
}

// atTheScene: tokens from to to say "at the scene" (or "on the spot"): where
// and when the attack told before happened.
func (d *doc) atTheScene(from, to int) bool {
	for k := from; k+2 < to; k++ {
		if a, b, c := d.toks[k].Norm, d.toks[k+1].Norm, d.toks[k+2].Norm; (a == "at" && c == "scene" || a == "on" && c == "spot") && b == "the" {
			return true
		}
	}
	return false
}

// townPossessive: tokens from to to hold "the city's" (or the town's,
// village's) after a preposition: "at the city's airport".
func (d *doc) townPossessive(from, to int) bool {
	for k := from; k+3 < to; k++ {
		if d.isWord(k, cLocative) && d.toks[k+1].Norm == "the" && anaphoricTowns[d.toks[k+2].Norm] && (d.toks[k+3].Norm == "'s" || d.toks[k+3].Norm == "’s") {
			return true
		}
	}
	return false
}

// townBefore is the last town or city the paragraph of sentence si names
// before token k, or nil.
func (d *doc) townBefore(si, k int) *vigil.Place {
	start := d.sents[d.paraFirst(si)].Start
	for i := len(d.in.Places) - 1; i >= 0; i-- {
		p := &d.in.Places[i]
		if p.Start >= d.toks[k].Start {
			continue
		}
		if p.Start < start {
			break
		}
		if p.Kind == vigil.Literal && p.Place.Feature != vigil.FeatureCountry && p.Place.Feature != vigil.FeatureRegion {
			pl := p.Place
			return &pl
		}
	}
	return nil
}

var anaphoricTowns = set("town", "village", "city", "camp", "district")

// placeAdjectives stand between a preposition and the settlement it places:
// "in the northern town of Kidal", "near the remote village of X".
var placeAdjectives = set("northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
	"southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "remote",
	"small", "border", "coastal", "restive", "nearby", "neighbouring", "neighboring", "rural", "mountainous", "frontier")

// qualifiesNoun: time tm stands between an article and a noun that is not
// trigger m's ("the 2018 uprising", "the 1994 genocide").
func (d *doc) qualifiesNoun(tm int, m triggerMatch) bool {
	t := d.in.Times[tm]
	next := d.tokenAt(t.End)
	if next >= len(d.toks) || d.toks[next].Start < t.End {
		return false
	}
	// ("the 2014 Hong Kong protests": past the place that qualifies the noun
	// too)
	for j := next; j < len(d.toks) && j < next+4 && d.toks[j].IsCap() && (d.placeAt[j] >= 0 || d.actorAt[j] >= 0); j++ {
		if j+1 < len(d.toks) && !d.toks[j+1].IsCap() {
			next = j + 1
			break
		}
	}
	if next >= m.First && next <= m.Last {
		return false
	}
	n := d.toks[next]
	return n.Kind == token.Word && !n.IsCap() && !d.isWord(next, cPreposition|cConjunction|cAdverb|cAuxiliary|cDeterminer|cPronoun) && d.timeAt[next] < 0 && !strings.HasSuffix(n.Norm, "ed")
}

// relativeAntecedent is the person a ", who" clause holding token k (after
// from) hangs on, when nothing but the clause stands between them.
func (d *doc) relativeAntecedent(k, from int) phrase {
	for j := k - 1; j > from+1; j-- {
		n := d.toks[j].Norm
		if n == ";" || n == ":" {
			return phrase{}
		}
		if n == "who" && d.toks[j-1].Norm == "," {
			if q := d.npBefore(j-1, from); !q.empty() && (d.namesPerson(q) || d.isSinglePerson(q)) {
				return q
			}
			return phrase{}
		}
	}
	return phrase{}
}

// agedName: phrase p is one capitalised word and ", 52," follows it: a person
// named by one name.
func (d *doc) agedName(p phrase) bool {
	k := p.to
	return p.to-p.from == 1 && d.toks[p.from].IsCap() && d.placeAt[p.from] < 0 && d.actorAt[p.from] < 0 &&
		k+2 < len(d.toks) && d.toks[k].Norm == "," && d.toks[k+1].Kind == token.Number && d.toks[k+2].Norm == ","
}

// ingNouns end in -ing but are nouns, not participles that take an object.
var ingNouns = set("morning", "evening", "building", "meeting", "wedding", "hearing", "housing", "clothing",
	"funeral", "ceiling", "training", "briefing", "ruling", "gathering", "offering", "uprising", "spring")

// namesSettlement: phrase p is a town or village by its kind or name ("the
// town of Tyre", "the southern village"), not a building in one ("the
// district administration office").
func (d *doc) namesSettlement(p phrase) bool {
	last := p.to - 1
	if d.isWord(last, cSettlement) || d.placeAt[last] >= 0 && p.to-p.from > 1 && d.isWord(p.to-2, cSettlement|cPreposition) {
		return true
	}
	for k := p.from; k+1 < p.to; k++ {
		if d.isWord(k, cSettlement) && d.toks[k+1].Norm == "of" {
			return true // "the southern town of Ghandouriyeh"
		}
	}
	return false
}

// distanceFrom: the place at token k is what a distance is counted from:
// "170 km north of Baghdad", "40 miles from Kabul", "south of the capital".
func (d *doc) distanceFrom(k int) bool {
	if k < 2 {
		return false
	}
	prep := d.toks[k-1].Norm
	if prep == "the" && k >= 3 {
		prep, k = d.toks[k-2].Norm, k-1
	}
	if prep != "of" && prep != "from" {
		return false
	}
	j := k - 2
	if directionWords[d.toks[j].Norm] {
		j--
	}
	// ("about 30 kilometers (19 miles) north of Mogadishu")
	if j >= 0 && d.toks[j].Norm == ")" {
		for j--; j >= 0 && j > k-10 && d.toks[j].Norm != "("; j-- {
		}
		j--
	}
	return j >= 0 && distanceUnits[d.toks[j].Norm]
}

var (
	directionWords = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
		"north-east", "north-west", "south-east", "south-west")
	distanceUnits = set("km", "kilometres", "kilometers", "miles", "mile", "kilometre", "kilometer")
)

// isDemonymAt: token k is a demonym ("Corsican", "Iranian"), by the places
// or the actors found.
func (d *doc) isDemonymAt(k int) bool {
	if pm := d.placeAt[k]; pm >= 0 && d.in.Places[pm].Kind == vigil.Demonym {
		return true
	}
	if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Via == "demonym" {
		return true
	}
	// ("Corsican", "Sicilian", "Kurdish": regions' demonyms the lists lack)
	n := d.toks[k].Norm
	return strings.HasSuffix(n, "an") || strings.HasSuffix(n, "ese") || strings.HasSuffix(n, "ish")
}

// arabicArticle: a word like "al-Mukarama", "el-Tahrir", "ad-Dawr": a name
// behind a lower-case article.
func arabicArticle(w string) bool {
	for _, a := range []string{"al-", "el-", "ad-", "as-", "ar-", "an-", "at-", "ash-"} {
		if len(w) > len(a) && strings.HasPrefix(w, a) && w[len(a)] >= 'A' && w[len(a)] <= 'Z' {
			return true
		}
	}
	return false
}

// datedAfter: a day-precise date stands in from..to.
func (d *doc) datedAfter(from, to int) bool {
	for k := from; k < to && k < len(d.toks); k++ {
		if tm := d.timeAt[k]; tm >= 0 && d.in.Times[tm].Date.Precision == vigil.PrecisionDay {
			return true
		}
	}
	return false
}

// countedAfterOpening reads a sentence that opens "Exactly one year after",
// "Two years after", "Nearly eight months after": how long after the deed
// its clause tells the main clause is, whether "exactly", and the token of
// "after".
func (d *doc) countedAfterOpening(s sentInfo) (b timeBack, exact bool, after int, ok bool) {
	k := s.from
	if k+3 >= s.to {
		return timeBack{}, false, 0, false
	}
	switch d.toks[k].Norm {
	case "exactly", "precisely":
		exact = true
		k++
	case "nearly", "almost", "about", "some", "roughly":
		k++
	}
	unit := backUnits[d.toks[k+1].Norm]
	n := d.unitCount(k)
	if d.toks[k+2].Norm != "after" || n == 0 || unit.days > 0 || unit.zero() {
		return timeBack{}, false, 0, false
	}
	return unit.times(n), exact, k + 2, true
}

// datedTo: the time at token k follows "dated ... to" ("dated the infection
// to October 2024").
func (d *doc) datedTo(k int) bool {
	if k < 3 || d.toks[k-1].Norm != "to" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if n := d.toks[j].Norm; n == "dated" || n == "dates" || n == "dating" {
			return true
		}
	}
	return false
}

// ownTimeAfter: the clause that opens at from tells a time of its own before
// its first comma or to: "in January", "on Friday", "last year". Not a year
// that qualifies a noun ("Australia's 2018 laws") nor one that points back
// ("in August of that year").
func (d *doc) ownTimeAfter(from, to int) bool {
	for k := from; k < to && k < len(d.toks); k++ {
		if d.toks[k].Norm == "," || d.toks[k].Norm == ";" {
			return false
		}
		tm := d.timeAt[k]
		if tm < 0 || d.in.Times[tm].Date.IsZero() || k > 0 && d.timeAt[k-1] == tm {
			continue
		}
		t := d.in.Times[tm]
		text := strings.ToLower(d.text[t.Start:t.End])
		if strings.Contains(text, "that") || strings.Contains(text, "same") {
			continue
		}
		if n := d.toks[k-1].Norm; n == "in" || n == "on" || n == "at" || n == "during" || ownTimeOpeners[d.toks[k].Norm] {
			return true
		}
	}
	return false
}

// ownTimeOpeners open a time adverbial with no preposition: "last year".
var ownTimeOpeners = set("last", "this", "yesterday", "earlier", "today")

// regionAt: token k is part of a place mention naming a region.
func (d *doc) regionAt(k int) bool {
	pm := d.placeAt[k]
	return pm >= 0 && d.in.Places[pm].Place.Feature == vigil.FeatureRegion
}

// townEdges are parts of a town named by "of": "the outskirts of Zurmi".
var townEdges = set("outskirts", "edge", "centre", "center", "suburbs", "heart")

// areaNouns may follow a place's name: "the Bandiagara area".
var areaNouns = set("area", "region", "district", "county", "locality", "zone")

// nameBeforeBracket is the unknown name after a locative preposition that an
// opening bracket right before token k follows: "near Bulo Marer (Marka,
// Lower Shabelle)"; "" otherwise.
func (d *doc) nameBeforeBracket(k, from int) string {
	// ("in Elwak (Mandera South, Mandera)": the bracket may name smaller
	// parts of the address before the known place)
	b := k - 1
	for b > from && b >= k-6 && d.toks[b].Norm != "(" && d.toks[b].Norm != ")" {
		b--
	}
	if b-1 < from || d.toks[b].Norm != "(" {
		return ""
	}
	j := d.nameRunBefore(b, from)
	if j < 0 || !d.isWord(j-1, cLocative|cSettlement) && d.toks[j-1].Norm != "of" {
		return ""
	}
	return d.text[d.toks[j].Start:d.toks[b-1].End]
}

// placeParticles join the words of a place's name: "Mocimboa da Praia",
// "Santiago de Cali".
var placeParticles = set("da", "de", "do", "dos", "das", "del", "di", "du", "la", "el")

var overnightWords = set("overnight")

// timedSentence: sentence s holds a time expression outside the dateline.
func (d *doc) timedSentence(s sentInfo) bool {
	for k := s.from; k < s.to; k++ {
		if tm := d.timeAt[k]; tm >= 0 && !d.isDateline(d.in.Times[tm].Span) && !d.in.Times[tm].Date.IsZero() {
			return true
		}
	}
	return false
}

// statementDay is the day a reporting verb of sentence s gives ("police said
// on Wednesday").
func (d *doc) statementDay(s sentInfo) (vigil.Date, bool) {
	for k := s.from; k < s.to; k++ {
		if tm := d.timeAt[k]; tm >= 0 && d.in.Times[tm].Date.Precision == vigil.PrecisionDay && d.afterReportingVerb(k) {
			return d.in.Times[tm].Date, true
		}
	}
	return vigil.Date{}, false
}

// callersFrom: the place at token k tells where calls or messages came from
// ("voice messages from numbers in Eritrea, Saudi Arabia and the
// Netherlands"), not where the one who received them was. Later places of
// the list count too.
func (d *doc) callersFrom(k int) bool {
	for j := k - 1; j >= 1 && j >= k-12; j-- {
		switch n := d.toks[j].Norm; {
		case n == "in" && callerNouns[d.toks[j-1].Norm]:
			return true
		case d.placeAt[j] >= 0 || n == "," || n == "and" || n == "or" || n == "the":
			continue
		default:
			return false
		}
	}
	return false
}

// callerNouns name where a call or message came from.
var callerNouns = set("number", "numbers", "prefix", "prefixes", "code", "codes", "accounts", "account")

// ownSubject: the words before the auxiliary at aux, from cstart on, end with
// a noun phrase naming people ("and in March her brother was detained").
func (d *doc) ownSubject(cstart, aux int) bool {
	p := d.npBefore(aux, cstart)
	return !p.empty() && p.to == aux && p.from >= cstart && (d.namesRelative(p) || d.namesPerson(p) || d.headIs(p, cHumanNoun|cPersonNoun|cVictim))
}

// otherPlace: a place other than mention pm is named between tokens from
// and to.
func (d *doc) otherPlace(from, to, pm int) bool {
	for k := from; k < to; k++ {
		if q := d.placeAt[k]; q >= 0 && q != pm && d.in.Places[q].Place.Country != "" {
			return true
		}
	}
	return false
}

// afterTo: the place at token k follows "to" ("extradited to Turkey", "to
// the United States").
func (d *doc) afterTo(k int) bool {
	return k > 0 && d.toks[k-1].Norm == "to" || k > 1 && d.toks[k-1].Norm == "the" && d.toks[k-2].Norm == "to"
}
