package event

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"vigil"
	"vigil/token"
)

// merge folds the mentions of one article into events: each real event once, with
// the evidence of every sentence that tells it. Full mentions of the body are
// merged first in text order; the title then joins the body's event it agrees
// with most, whatever place it names, or tells one of its own; headings and
// anaphoric mentions ("the attack") confirm an event they agree with and are
// dropped otherwise.
// The events are good until d is released (they live in its buffers).
func merge(d *doc, cands []*candidate) []*candidate {
	events := d.buf.merged[:0]
	for _, c := range cands {
		if !c.support && !c.title {
			mergeInto(&events, c, true)
		}
	}
	titled := 0 // the events the title tells lead the list
	for _, c := range cands {
		if !c.support && c.title {
			events, titled = mergeTitle(events, c, titled)
		}
	}
	for _, c := range cands {
		if c.support {
			mergeInto(&events, c, false)
		}
	}
	d.buf.merged = events
	for _, e := range events {
		if e.country == "" && e.arrestCountry != "" {
			e.country = e.arrestCountry
			e.why("place", "the state whose police arrested or charged over it")
		}
	}
	armedWithExplosives(d, events)
	d.buf.events = foldShootings(d, d.buf.events[:0], events)
	raidedFor(d.buf.events)
	kinHeldAtHome(d, d.buf.events)
	d.buf.events = foldRenditionArrests(d, d.buf.events)
	return d.buf.events
}

// foldRenditionArrests folds an arrest into the rendition its sentence tells
// it was the first step of: "was detained by security officers in Abu Dhabi
// and put on a plane to Riyadh", "are detained in Pristina and put on a
// private plane to Turkey within hours" are one forced return, not an arrest
// beside it. An arrest of another day, or one a court or judge had a part in
// ("arrested in Spain in March and extradited in June"), stays. A handover
// told only as that flight ("put him on a private plane to Ankara within
// hours") is the rendition itself, not a handover by law beside it, and is
// dropped.
func foldRenditionArrests(d *doc, events []*candidate) []*candidate {
	out := events[:0]
	for _, e := range events {
		folded := false
		arrest := e.typ == vigil.Arrest && !e.cause && (d.swiftHandover(e.sent) || d.forciblyReturned(e.sent)) && !d.anyWord(courtNouns, d.sents[e.sent].from, d.sents[e.sent].to) && !d.anyWord(handoverByLaw, d.sents[e.sent].from, d.sents[e.sent].to)
		flight := e.typ == vigil.Extradition && e.flightOnly
		if arrest || flight {
			for _, a := range events {
				if a == e || a.sent != e.sent || a.cause || a.typ != vigil.Abduction || flight && !a.rendition {
					continue
				}
				if !a.date.IsZero() && !e.date.IsZero() && !sameOrPrefix(a.date, e.date) {
					continue
				}
				if !flight && a.target != nil && e.target != nil && describes(a.target.Name) && describes(e.target.Name) && !sameTarget(a.target.Name, e.target.Name) {
					continue
				}
				folded = true
				if flight {
					break // (the rendition already tells the flight)
				}
				actor, fromFocus := a.actor, a.actorFromFocus
				absorb(a, e)
				if actor != nil {
					a.actor, a.actorFromFocus = actor, fromFocus // (who was behind it, not who held him)
				}
				a.rule("the arrest in its sentence was its first step")
				break
			}
		}
		if !folded {
			out = append(out, e)
		}
	}
	return out
}

// forciblyReturned: sentence si says someone was "forcibly returned" (or
// repatriated, deported), which the detention it tells was the start of.
func (d *doc) forciblyReturned(si int) bool {
	s := d.sents[si]
	for k := s.from; k+1 < s.to; k++ {
		if d.toks[k].Norm == "forcibly" && forcedReturns[d.toks[k+1].Norm] {
			return true
		}
	}
	return false
}

// forcedReturns follow "forcibly".
var forcedReturns = set("returned", "repatriated", "deported", "removed")

// swiftHandover: sentence si says the handover came at once or by force:
// "the same day", "within hours", "hours later", "against her will".
func (d *doc) swiftHandover(si int) bool {
	return d.swiftBefore(si, d.sents[si].to)
}

// swiftBefore: swiftHandover, told before token end.
func (d *doc) swiftBefore(si, end int) bool {
	s := d.sents[si]
	for k := s.from; k+1 < end; k++ {
		n, next := d.toks[k].Norm, d.toks[k+1].Norm
		switch {
		case n == "same" && (next == "day" || next == "night" || next == "evening"),
			n == "within" && (next == "hours" || next == "hour" || next == "minutes"),
			(n == "hours" || n == "minutes") && next == "later",
			n == "against" && k+2 < s.to && d.isWord(k+1, cPossessive) && d.toks[k+2].Norm == "will",
			n == "immediately":
			return true
		}
	}
	return false
}

// handoverByLaw tell that a court process stood between an arrest and a
// handover.
var handoverByLaw = set("judge", "judges", "warrant", "warrants", "ruling", "ruled", "approved", "appeal", "extradition")

// kinHeldAtHome makes an arrest of an exile's relatives "taken" in the state
// that holds them, by its own authorities or by no one named: "her father was
// taken from his home in Asmara by plainclothes police and held for 16 days".
// Abroad, or by unnamed men ("pulled from his car by men in plain clothes"),
// it stays an abduction.
func kinHeldAtHome(d *doc, events []*candidate) {
	for _, e := range events {
		if e.typ != vigil.Abduction || e.target == nil || !namesKin(e.target.Name) || e.country == "" {
			continue
		}
		if e.actor != nil && e.actor.Country != "" && e.actor.Country != e.country || d.takenByMen(e.sent) {
			continue
		}
		e.typ = vigil.Arrest
		e.rule("relatives taken in their own state: arrest")
	}
}

// armedWithExplosives makes a bombing of a planned or foiled attack whose
// plotters were caught with explosives, told in its sentence or the next:
// "foiled a plan to attack a convoy ... were stopped carrying four grenades
// and an improvised explosive device".
func armedWithExplosives(d *doc, events []*candidate) {
	for _, e := range events {
		if e.typ != vigil.ArmedAttack || e.status != vigil.Planned && e.status != vigil.Foiled {
			continue
		}
		for _, si := range d.heldExplosives {
			if si == e.sent || si == e.sent+1 {
				e.typ = vigil.Bombing
				e.rule("its plotters held explosives: bombing")
				break
			}
		}
	}
}

// raidedFor gives a raid on a home the person its sentence says was taken
// from it: "raided the family home and arrested her father, Hassan
// Al-Mahdi" intimidated the father.
func raidedFor(events []*candidate) {
	for _, e := range events {
		if e.typ != vigil.Intimidation || e.target == nil || e.targetNamed || !dwellings[lastWord(e.target.Name)] {
			continue
		}
		for _, a := range events {
			if (a.typ == vigil.Arrest || a.typ == vigil.Abduction) && a.sent == e.sent && a.target != nil && !a.targetThing {
				e.target, e.targetNamed, e.targetThing = a.target, a.targetNamed, false
				break
			}
		}
	}
}

// foldShootings folds an armed attack on a named person into the killing of the
// same person told elsewhere in the article: "the shooting of Khangoshvili" and
// "the murder of Khangoshvili" are one assassination. It appends the events
// that remain to out.
func foldShootings(d *doc, out, events []*candidate) []*candidate {
	for _, e := range events {
		folded := false
		if e.typ == vigil.ArmedAttack {
			// "bandits stormed the college and abducted 39 students": the
			// storming is how the abduction was done
			for _, a := range events {
				// (not one that killed on its own: "attacked a checkpoint,
				// killing one soldier, and abducted two health workers")
				// (nor one of another day: "X, who had been abducted in Pakistan
				// in 2017, was attacked in Rotterdam in 2020")
				if a != e && a.sent == e.sent && (a.typ == vigil.Abduction && !e.killed || a.typ == vigil.Assassination || a.typ == vigil.Bombing) && !a.cause && !e.cause && (a.date.IsZero() || e.date.IsZero() || sameOrPrefix(a.date, e.date)) {
					absorb(a, e)
					folded = true
					break
				}
				// (whose attackers did the abducting too)
				if a != e && a.sent == e.sent && a.typ == vigil.Abduction && e.killed && a.actor == nil {
					a.actor = e.actor
				}
			}
		}
		// "Three men jailed for stabbing of Azerbaijani blogger" over "the
		// attempted murder of an exiled Azerbaijani video blogger": one deed
		// told by the same noun
		if !folded && e.typ == vigil.ArmedAttack && !e.targetNamed && e.target != nil {
			for _, a := range events {
				if a.typ == vigil.Assassination && a.target != nil && !a.targetNamed && lastWord(a.target.Name) == lastWord(e.target.Name) &&
					(a.country == "" || e.country == "" || a.country == e.country) && (a.date.IsZero() || e.date.IsZero() || sameOrPrefix(a.date, e.date)) {
					absorb(a, e)
					folded = true
					break
				}
			}
		}
		// "his brother was pulled from his car by men in plain clothes and
		// held for three weeks": the holding is the abduction's, by no
		// authority named
		if !folded && e.typ == vigil.Arrest && (e.actor == nil || e.actor.ID == "" && strings.HasSuffix(e.actor.Name, " authorities")) {
			for _, a := range events {
				if a.typ == vigil.Abduction && a.sent == e.sent && !a.cause && !e.cause && (a.target == nil || e.target == nil || sameTarget(a.target.Name, e.target.Name)) &&
					(a.actor == nil || e.actor == nil || a.actor.Country == "" || a.actor.Country == e.actor.Country) { // (not "arrested in the UAE and forcibly returned to Saudi Arabia")
					absorb(a, e)
					folded = true
					break
				}
			}
		}
		// "the shooting of a Georgian man in a city park in August" and
		// "shot Khangoshvili in the head on 23 August": one killing, told
		// once by description and once by name
		if !folded && e.typ == vigil.ArmedAttack && !e.targetNamed && e.target != nil && !e.date.IsZero() && wordClasses[lastWord(e.target.Name)]&(cPersonNoun|cVictim) != 0 && !strings.HasSuffix(lastWord(e.target.Name), "s") {
			for _, a := range events {
				if a.typ == vigil.Assassination && a.targetNamed && !a.date.IsZero() && sameOrPrefix(a.date, e.date) && a.country != "" && a.country == e.country {
					absorb(a, e)
					folded = true
					break
				}
			}
		}
		// "was driving home when the attackers opened fire": a volley at no
		// one named, told with or after the killing it was
		if !folded && e.typ == vigil.ArmedAttack && e.target == nil {
			for _, a := range events {
				if a.typ == vigil.Assassination && a != e && (d.sents[a.sent].Para == d.sents[e.sent].Para || d.sents[a.sent].Para+1 == d.sents[e.sent].Para) && (a.country == "" || e.country == "" || a.country == e.country) &&
					(e.date.IsZero() || !a.date.IsZero() && sameOrPrefix(a.date, e.date)) {
					absorb(a, e)
					folded = true
					break
				}
			}
		}
		if !folded && e.typ == vigil.ArmedAttack && e.targetNamed {
			for _, a := range events {
				if a.typ != vigil.Assassination || a.target == nil || a.country != "" && e.country != "" && a.country != e.country {
					continue
				}
				// the same name, or a killing told by description ("an exiled
				// blogger") at a date the shooting falls in
				// ("in what they described as an attempt to assassinate him":
				// a pronoun resolved to the name counts as the name)
				same := (a.targetNamed || isFullName(a.target.Name)) && sameTarget(a.target.Name, e.target.Name) && (a.date.IsZero() || e.date.IsZero() || sameOrPrefix(a.date, e.date))
				described := !a.targetNamed && !a.date.IsZero() && !e.date.IsZero() && sameOrPrefix(a.date, e.date)
				if same || described {
					absorb(a, e)
					folded = true
					break
				}
			}
		}
		if !folded {
			out = append(out, e)
		}
	}
	return out
}

func mergeInto(events *[]*candidate, c *candidate, create bool) {
	if !create {
		// a mention that only confirms goes to the event it agrees with
		// most, not the first it does not contradict: "Egypt: activist's
		// relatives detained in Alexandria" in a digest's list of stories
		// confirms the Alexandria detention, not an undated arrest in Chile
		if i := bestAgreeing(*events, c, c); i >= 0 {
			absorb((*events)[i], c)
		}
		return
	}
	// a mention joins first the event its own sentence tells: "The trial of
	// Orhan Demir opened on Wednesday in Ankara, where he is charged with
	// ..." is that trial, not an undated one told paragraphs before
	for _, e := range *events {
		if compatible(e, c) && sharesSentence(e, c) {
			absorb(e, c)
			return
		}
	}
	for _, e := range *events {
		if compatible(e, c) {
			absorb(e, c)
			return
		}
	}
	*events = append(*events, c)
}

// sharesSentence: event e has evidence in the sentence of mention c.
func sharesSentence(e, c *candidate) bool {
	for _, sp := range e.evidence {
		if len(c.evidence) > 0 && sp == c.evidence[0] {
			return true
		}
	}
	return false
}

// mergeTitle folds a headline's mention into the body's event it agrees with
// most. A headline's place that is a guess or a destination ("Hundreds rally
// outside Indian consulate" over a march through Vancouver, "refugees
// 'renditioned' to Ankara") need not agree, nor need its target; both still
// count towards the best agreement.
// The event it joins or tells moves to position at, after those the title
// told before it, so that events stay in the order the article tells them;
// it returns the events and the position for the title's next event.
func mergeTitle(events []*candidate, c *candidate, at int) ([]*candidate, int) {
	placeless := *c
	if c.titlePlaceLoose {
		placeless.place, placeless.country = nil, ""
	}
	// (nor does its target, read from clipped grammar: "stabbing of Iran
	// International presenter" is the stabbing of Farhad Rostami)
	if c.titleTarget {
		placeless.target, placeless.targetNamed = nil, false
	}
	bestAt := bestAgreeing(events, &placeless, c)
	if bestAt < 0 {
		return slices.Insert(events, at, c), at + 1
	}
	best := events[bestAt]
	absorb(best, c)
	if bestAt < at {
		return events, at // an event the title told already
	}
	copy(events[at+1:bestAt+1], events[at:bestAt])
	events[at] = best
	return events, at + 1
}

// bestAgreeing is the index of the event that probe is compatible with and
// c agrees with most (the first of equals), or -1.
func bestAgreeing(events []*candidate, probe, c *candidate) int {
	best, bestScore := -1, -1
	for i, e := range events {
		if compatible(e, probe) {
			if sc := agreement(e, c); sc > bestScore {
				best, bestScore = i, sc
			}
		}
	}
	return best
}

// agreement counts what two compatible mentions both know and agree on.
func agreement(a, b *candidate) int {
	n := 0
	if a.country != "" && a.country == b.country {
		n += 2
	}
	if a.place != nil && b.place != nil && a.place.Name == b.place.Name {
		n += 2
	}
	if !a.date.IsZero() && !b.date.IsZero() && a.date == b.date {
		n++
	}
	if a.target != nil && b.target != nil && len(contentWords(nil, a.target.Name)) > 0 && len(contentWords(nil, b.target.Name)) > 0 && sameTarget(a.target.Name, b.target.Name) {
		n++
	}
	return n
}

// compatible reports whether two mentions can tell the same event: nothing they
// both know disagrees.
func compatible(a, b *candidate) bool {
	if a.typ != b.typ {
		return false
	}
	if b.another && b.sent > a.sent {
		return false
	}
	// "September 2018 — Denmark" and "October 2023 — Germany": the entries
	// of a timeline under dated headings tell different events
	if a.section != b.section && a.section >= 0 && b.section >= 0 {
		return false
	}
	if b.heading && b.sent > a.sent {
		return false // "Lured to Iraq" heads the section after the Berlin kidnapping, not it
	}
	if a.sent == b.sent && a.target != nil && b.target != nil && sameTarget(a.target.Name, b.target.Name) && isAttack(a.typ) {
		// "Zam was lured to Iraq, where he was seized and handed to Iran": one
		// sentence, one victim, one abduction, whatever each verb's place
		return true
	}
	// "was found guilty at the Linz Regional Court and sentenced to fourteen
	// years": one verdict, though only one verb's stretch names the court
	if a.sent == b.sent && courtAct[a.typ] && (a.country == "" || b.country == "" || a.country == b.country) && (a.date.IsZero() || b.date.IsZero() || sameOrPrefix(a.date, b.date)) &&
		!(a.targetNamed && b.targetNamed && !sameTarget(a.target.Name, b.target.Name)) {
		return true
	}
	// "the abduction of Théogène Niyonsaba ... in Matola" and, under a
	// press release's dateline, "four men forced Mr Niyonsaba into a
	// minibus": one victim, and only the dateline says elsewhere
	datelineOnly := (a.countryFromDateline || b.countryFromDateline) && isAttack(a.typ) && a.targetNamed && b.targetNamed && sameTarget(a.target.Name, b.target.Name)
	if a.country != "" && b.country != "" && a.country != b.country && !datelineOnly {
		return false
	}
	if !a.date.IsZero() && !b.date.IsZero() && !sameOrPrefix(a.date, b.date) {
		return false
	}
	if a.place != nil && b.place != nil && !samePlace(a.place, b.place) {
		return false
	}
	if a.actor != nil && b.actor != nil && a.actor.Country != "" && b.actor.Country != "" && a.actor.Country != b.actor.Country &&
		!a.actorFromFocus && !b.actorFromFocus && !datelineOnly {
		return false // an inferred state does not keep two tellings apart
	}
	if a.targetNamed && b.targetNamed && !sameTarget(a.target.Name, b.target.Name) {
		return false
	}
	// "it expelled six Indian diplomats ... New Delhi answered by ordering
	// six Canadian diplomats to leave": a measure and its reply
	if !isAttack(a.typ) && !a.cause && !b.cause && a.target != nil && b.target != nil && a.target.Country != "" && b.target.Country != "" && a.target.Country != b.target.Country {
		return false
	}
	// "Ahmed al-Shamsi received threats. Two days later, his brother was
	// summoned": a relative of the victim is someone else
	if a.typ == vigil.Intimidation && a.target != nil && b.target != nil && namesKin(a.target.Name) != namesKin(b.target.Name) {
		return false
	}
	// "Mutabazi was found strangled" and "In 2010 he survived being shot",
	// the pronoun taken for Rugamba: deeds of different outcome (done,
	// attempted, planned) on two people whose names differ, however the
	// second name was found
	if isAttack(a.typ) && a.status != b.status && a.target != nil && b.target != nil && properName(a.target.Name) && properName(b.target.Name) && !sameTarget(a.target.Name, b.target.Name) {
		return false
	}
	// "a plan to kill the columnist" and "the murder of a blogger": two
	// people described by different nouns, in different sentences
	if isAttack(a.typ) && a.sent != b.sent && a.target != nil && b.target != nil && !a.targetNamed && !b.targetNamed &&
		a.status != b.status && lastWord(a.target.Name) != lastWord(b.target.Name) {
		return false
	}
	return true
}

// namesKin: the name of a target holds a word for a relative ("his brother",
// "the family of Ahmed Ali").
func namesKin(name string) bool {
	for _, t := range token.Tokenize(name) {
		if t.Kind == token.Word && relativeNouns[t.Norm] {
			return true
		}
	}
	return false
}

// lastWord is the head of a described target, lower-cased: "exiled blogger" ->
// "blogger".
func lastWord(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// samePlace: the same name, or two places of one town ("Manhattan" and
// "Chinatown"), within nearKm of each other.
func samePlace(a, b *vigil.Place) bool {
	if a.Name == b.Name || a.Feature != b.Feature {
		return true
	}
	if a.HasCoords && b.HasCoords {
		return distanceKm(a.Lat, a.Lon, b.Lat, b.Lon) < nearKm
	}
	// a place no gazetteer holds ("the Mikocheni neighbourhood") may lie in
	// the town the other names: nothing says they differ
	return !a.HasCoords && a.Country == "" || !b.HasCoords && b.Country == ""
}

// nearKm is how far apart two named places of one event may lie.
const nearKm = 40

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

// isFullName: a name of two or more words, each capitalised ("Ramin
// Gasimli"), as a pronoun resolves to; not "the blogger" nor "Iranian exiles".
func isFullName(s string) bool {
	words := 0
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Word || !t.IsCap() {
			return false
		}
		words++
	}
	return words >= 2
}

// sameTarget: two descriptions share a content word ("Arab dissident", "Iranian
// dissident"), or one is a pronoun.
func sameTarget(x, y string) bool {
	var bx, by [8]string // (names are short: the words stay on the stack)
	wx, wy := contentWords(bx[:0], x), contentWords(by[:0], y)
	if len(wx) == 0 || len(wy) == 0 {
		return true
	}
	for _, w := range wx {
		if slices.Contains(wy, w) {
			return true
		}
	}
	return false
}

// contentWords appends to out the normal forms of the words of s that tell
// who someone is.
func contentWords(out []string, s string) []string {
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Word || wordClasses[t.Norm]&(cDeterminer|cPreposition|cConjunction|cPronoun|cGeneric) != 0 {
			continue
		}
		out = append(out, t.Norm)
	}
	return out
}

// genericNouns say too little to tell two targets apart or together.
var genericNouns = set("people", "person", "man", "men", "woman", "women", "former", "two", "three", "four",
	"mr", "ms", "mrs", "members", "iranian", "russian", "chinese", "saudi", "national", "nationals")

var statusRank = map[vigil.Status]int{vigil.Planned: 1, vigil.CarriedOut: 2, vigil.Attempted: 3, vigil.Foiled: 4}

// absorb folds mention b into event a.
func absorb(a, b *candidate) {
	full := !b.support
	for _, sp := range b.evidence {
		dup := false
		for _, have := range a.evidence {
			if have == sp {
				dup = true
			}
		}
		if !dup {
			a.evidence = append(a.evidence, sp)
		}
	}
	if full && statusRank[b.status] > statusRank[a.status] {
		a.status = b.status
	}
	// (in one sentence, a date the mention's own words tell beats one taken
	// from around it: "they were linked to the surveillance of X, who found
	// a tracker under her car in March")
	if b.date.Precision > a.date.Precision && (full || a.date.IsZero()) || a.sent == b.sent && !b.date.IsZero() && toldDate(b) && !toldDate(a) {
		a.date, a.dateWhy = b.date, b.dateWhy
	}
	a.rendition = a.rendition || b.rendition
	if a.arrestCountry == "" {
		a.arrestCountry = b.arrestCountry
	}
	if a.country == "" || a.countryFromDateline && b.country != "" && !b.countryFromDateline {
		a.country, a.countryFromDateline = b.country, b.countryFromDateline
	}
	// (a headline's guessed or destination place fills no gap the body's
	// country leaves: "'renditioned' to Ankara" of an abduction in Kenya)
	if b.place != nil && (a.place == nil || full && finer(b.place, a.place)) && !(b.titlePlaceLoose && a.country != "") {
		a.place = b.place
	}
	a.countryNamed = a.countryNamed || b.countryNamed
	switch {
	case a.actor == nil || (full && b.actor != nil && b.actor.ID != "" && a.actor.ID == ""):
		a.actor, a.actorFromFocus = b.actor, b.actorFromFocus
	case a.actorFromFocus && b.actor != nil && !b.actorFromFocus:
		a.actor, a.actorFromFocus = b.actor, false // told beats inferred
	case a.actorFromFocus && a.cause && b.actor != nil && !b.cause && a.para != b.para:
		// both inferred: the section that tells the deed knows its sponsor
		// better than the response that names it in passing
		a.actor, a.actorFromFocus = b.actor, b.actorFromFocus
	case a.actor.Country == "" && b.actor != nil:
		a.actor.Country = b.actor.Country
	}
	// ("set fire to houses and shot dead eleven villagers": the villagers)
	thingForPerson := a.targetThing && b.target != nil && !b.targetThing && a.sent == b.sent && describes(b.target.Name)
	toldForGuessed := a.guessedTarget && b.target != nil && !b.guessedTarget && !b.titleTarget && describes(b.target.Name)
	// (a headline's clipped grammar loses to the body's: "Chechen critic of
	// Kadyrov shot dead" read its target as Kadyrov)
	bodyForTitle := a.titleTarget && b.target != nil && !b.titleTarget && describes(b.target.Name)
	if a.target == nil || full && b.target != nil && !b.titleTarget && (b.targetNamed && !a.targetNamed || bodyForTitle || thingForPerson) || toldForGuessed {
		a.target, a.targetNamed, a.titleTarget, a.targetThing, a.guessedTarget, a.targetVenue = b.target, b.targetNamed, b.titleTarget, b.targetThing, b.guessedTarget, b.targetVenue
	}
	if b.conf > a.conf {
		a.conf = b.conf
	}
	a.conf = min(0.95, a.conf+0.05)
	if a.explain != nil {
		a.explain.Rules = append(a.explain.Rules, "merged with the mention in sentence "+strconv.Itoa(b.sent+1))
	}
}

// describes: a target phrase that says who, not "them" or "their own".
func describes(name string) bool {
	first := strings.TrimLeftFunc(name, unicode.IsSpace)
	if i := strings.IndexFunc(first, unicode.IsSpace); i >= 0 {
		first = first[:i]
	}
	first = strings.ToLower(first)
	return first != "" && !pronouns[first] && !possessivePronouns[first]
}

var possessivePronouns = set("his", "her", "its", "their", "our", "my", "your")

var featureRank = map[vigil.PlaceFeature]int{vigil.FeatureCountry: 1, vigil.FeatureRegion: 2, vigil.FeatureCity: 3, vigil.FeatureLocal: 4}

// hostNotSponsor: an attack placed only when its mentions merged, whose
// sponsor was guessed from the states a section is about, is not the deed of
// the state where it happened against another state's exile ("the June
// killing of ... Nijjar", told by a story of Canada's answer, merged with
// "shot dead in Surrey"): that exile's state is.
func hostNotSponsor(d *doc, events []*candidate) {
	for _, e := range events {
		if !isAttack(e.typ) || !e.actorFromFocus || e.actor == nil || e.actor.Country != e.country || e.target == nil || e.target.Country == "" || e.target.Country == e.country {
			continue
		}
		c := e.target.Country
		e.actor = &vigil.ActorRef{Name: stateName(d, c), Country: c, Kind: "state"}
		e.why("actor.country", "the state of the exile attacked abroad, %s", c)
	}
}

// finer: place a is smaller than place b (but a name the text gives without
// its state, such as a landmark, says less than a town the gazetteer places).
func finer(a, b *vigil.Place) bool {
	return featureRank[a.Feature] > featureRank[b.Feature] && (a.Country != "" || b.Country == "")
}

// nameDescribed gives an event whose target is only described ("a Sikh
// separatist organiser", "a 31-year-old Uzbek factory worker") the name the
// article puts beside that description elsewhere: "The worker, Sardor
// Yuldashev,", "Harjit Singh Gill, a prominent organiser of ...",
// "journalist Naveed Akhtar". It names only when one name fits.
func nameDescribed(d *doc, events []*candidate) {
	for _, e := range events {
		if e.target == nil || e.targetNamed || !describes(e.target.Name) {
			continue
		}
		head := lastWord(e.target.Name)
		if head == "" || head != strings.ToLower(head) {
			continue // a name, not a description
		}
		if !describedPeople[head] && wordClasses[head]&(cVictim|cPersonNoun|cHumanNoun) == 0 {
			continue
		}
		var found phrase
		unique := true
		ep := d.sents[e.sent].Para
		for _, p := range d.people {
			// (near the event: two paragraphs either way)
			if para := d.sents[d.sentIndex(p.from)].Para; para < ep-2 || para > ep+2 || !d.namesPerson(p) || !d.nameBeside(p, head, e.target.Name) {
				continue
			}
			if !found.empty() && lastWord(d.phraseText(found)) != lastWord(d.phraseText(p)) {
				unique = false
				break
			}
			if found.empty() {
				found = p
			}
		}
		if unique && !found.empty() {
			e.target = &vigil.ActorRef{Name: d.phraseText(found), Country: e.target.Country}
			e.why("target", "the name the article puts beside %q", head)
		}
	}
}

// describedPeople are heads of descriptions a name may stand beside.
var describedPeople = set("journalist", "activist", "dissident", "blogger", "critic", "exile", "refugee",
	"organiser", "organizer", "presenter", "worker", "student", "lawyer", "poet", "writer", "editor", "reporter",
	"businessman", "officer", "defector", "campaigner", "leader", "politician", "youtuber", "broadcaster")

// nameBeside: name p stands in apposition to a description ending in the
// noun head that agrees with desc: "the worker, NAME,"; "NAME, a prominent
// organiser"; "journalist NAME". Beyond a definite "the worker,", every
// capitalised word of desc ("Chechen", "Cambodian") must stand in the
// apposition too, and "another blogger, NAME" names someone else.
func (d *doc) nameBeside(p phrase, head, desc string) bool {
	var from, to int // the apposition's words
	switch {
	case p.from >= 2 && d.toks[p.from-1].Norm == "," && d.toks[p.from-2].Norm == head:
		if p.from >= 3 && d.toks[p.from-3].Norm == "the" {
			return true
		}
		to = p.from - 1
		for from = p.from - 2; from > 0 && from > p.from-7 && d.toks[from-1].Kind == token.Word; from-- {
		}
	case p.from >= 1 && d.toks[p.from-1].Norm == head:
		to = p.from
		for from = p.from - 1; from > 0 && from > p.from-5 && d.toks[from-1].Kind == token.Word && !d.isWord(from-1, cPreposition|cDeterminer); from-- {
		}
	case p.to+2 < len(d.toks) && d.toks[p.to].Norm == "," && (d.toks[p.to+1].Norm == "a" || d.toks[p.to+1].Norm == "an" || d.toks[p.to+1].Norm == "the"):
		from = p.to + 1
		for k := p.to + 2; k < len(d.toks) && k <= p.to+6 && d.toks[k].Kind == token.Word; k++ {
			if d.toks[k].Norm == head {
				to = k + 1
				break
			}
		}
		if to == 0 {
			return false
		}
	default:
		return false
	}
	words := map[string]bool{}
	for k := from; k < to; k++ {
		if n := d.toks[k].Norm; n == "another" || n == "other" {
			return false
		}
		words[d.toks[k].Norm] = true
	}
	for _, w := range strings.Fields(desc) {
		if w != strings.ToLower(w) && !words[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// datePlots gives a plot told only as the cause of an arrest ("arrested two
// men suspected of preparing to kill a journalist") the day it was
// uncovered: the arrest's, as plots are dated. (A charge may come months
// after.)
func datePlots(events []*candidate) {
	for _, e := range events {
		if !isAttack(e.typ) || !e.date.IsZero() || e.status != vigil.Planned && e.status != vigil.Foiled {
			continue
		}
		for _, r := range events {
			if r.typ == vigil.Arrest && r.sent == e.sent && !r.date.IsZero() {
				e.date = r.date
				e.why("date", "the day the plot came to light: the %s's", r.typ)
				break
			}
		}
	}
}

// dateByRecall gives the undated events of the sentences just before a
// sentence that opens "That was on 18 November" (or "It happened in May")
// that date: the text tells the deed first and dates it after.
func dateByRecall(d *doc, events []*candidate) {
	for si, s := range d.sents {
		if s.to-s.from < 4 || (d.toks[s.from+1].Norm != "was" && d.toks[s.from+1].Norm != "happened") || !recallOpeners[d.toks[s.from].Norm] {
			continue
		}
		k := s.from + 2
		if n := d.toks[k].Norm; n == "on" || n == "in" {
			k++
		}
		tm := d.timeAt[k]
		if tm < 0 || d.in.Times[tm].Date.IsZero() {
			continue
		}
		for _, e := range events {
			if e.date.IsZero() && e.sent < si && e.sent >= si-3 && !e.cause {
				e.date = d.in.Times[tm].Date
				e.why("date", "the date a later sentence recalls it by")
			}
		}
	}
}

var recallOpeners = set("that", "this", "it")

// foiledLater marks a bomb foiled when a later sentence of its paragraph has
// it defused ("An explosive device was left at the entrance of a bank. ...
// the bomb squad defused the device"), unless its own sentence says it went
// off.
func foiledLater(d *doc, events []*candidate) {
	for _, e := range events {
		if e.typ != vigil.Bombing || e.status != vigil.CarriedOut {
			continue
		}
		s := d.sents[e.sent]
		if d.anyWord(wentOff, s.from, s.to) {
			continue
		}
		for si := e.sent + 1; si < len(d.sents) && si <= e.sent+2 && d.sents[si].Para == s.Para; si++ {
			if d.anyWord(defuseWords, d.sents[si].from, d.sents[si].to) {
				e.status = vigil.Foiled
				e.why("status", "defused, a later sentence says")
				break
			}
		}
	}
}

var (
	wentOff     = set("exploded", "detonated", "blew", "went", "explosion", "blast", "killing", "killed", "wounding", "wounded", "damaged")
	defuseWords = set("defused", "disarmed", "deactivated", "defuse", "neutralised", "neutralized")
)

// ownTimeWhy opens the reason eventDate gives for a date read from a
// temporal expression of the mention's own clause.
const ownTimeWhy = "temporal expression "

// toldDate: the mention's date is a temporal expression of its own words,
// not one taken from the paragraph, the heading or the report.
func toldDate(c *candidate) bool { return strings.HasPrefix(c.dateWhy, ownTimeWhy) }

// pronounTargets gives an event whose target is still a bare pronoun ("He was
// charged four days later", when the sentence itself names no one) the target
// of the event of its kind told just before it: "police arrested Mirza at the
// station. He was charged ..." charges the man arrested. A response takes a
// response's target (the suspect) and an attack an attack's (the victim), and
// the pronoun's number must fit. A charge, verdict or extradition that names
// no one at all ("Prosecutors brought charges in June") was done to the
// suspect of the arrest, charge or verdict told just before.
func pronounTargets(events []*candidate) {
	for i, e := range events {
		untold := e.target == nil && (suspectActs[e.typ] || e.ownerUntold)
		if !untold && (e.target == nil || !bareTargetPronouns[strings.ToLower(e.target.Name)]) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := events[j]
			if p.sent > e.sent {
				continue
			}
			if p.sent < e.sent-2 {
				break
			}
			if p.typ.IsResponse() != e.typ.IsResponse() || p.target == nil || p.targetThing || !describes(p.target.Name) {
				continue
			}
			if untold {
				if !suspectActs[p.typ] && !e.ownerUntold {
					continue
				}
				e.why("target", "none told: the target of the %s told just before", p.typ)
			} else if looksPlural(p.target.Name) != pluralPronouns[strings.ToLower(e.target.Name)] {
				break // the nearest one told of others
			} else {
				e.why("target", "pronoun %q: the target of the %s told just before", e.target.Name, p.typ)
			}
			e.target = &vigil.ActorRef{Name: p.target.Name, Country: p.target.Country}
			break
		}
	}
}

var (
	bareTargetPronouns = set("he", "she", "him", "her", "his", "they", "them", "their")
	pluralPronouns     = set("they", "them", "their")
	// suspectActs are what is done to a suspect, one after another
	suspectActs       = map[vigil.EventType]bool{vigil.Arrest: true, vigil.Charge: true, vigil.Conviction: true, vigil.Extradition: true}
	pluralPeopleHeads = set("men", "women", "people", "children", "police", "staff", "both", "all", "pair", "couple", "trio", "duo")
)

// looksPlural: a target phrase that names more than one person ("two
// Romanian men", "Ali and Reza", "the activists").
func looksPlural(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	if numberWords[words[0]] && words[0] != "one" || words[0][0] >= '2' && words[0][0] <= '9' {
		return true
	}
	for _, w := range words {
		if w == "and" {
			return true
		}
	}
	head := words[len(words)-1]
	last := strings.Fields(name)[len(words)-1]
	return pluralPeopleHeads[head] || last == head && len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
}

// takenByMen: sentence si says who did it with "by" and unnamed people ("by
// men in plain clothes", "by armed men in police uniform", "by two
// strangers"), not an authority, or calls it a kidnapping or a
// disappearance.
func (d *doc) takenByMen(si int) bool {
	s := d.sents[si]
	for k := s.from; k < s.to; k++ {
		if disappearWords[d.toks[k].Norm] {
			return true // ("forcibly disappeared since security forces raided the home")
		}
		if d.toks[k].Norm != "by" {
			continue
		}
		for j := k + 1; j < s.to && j <= k+4; j++ {
			if unnamedPeople[d.toks[j].Norm] {
				return true
			}
		}
	}
	return false
}

var disappearWords = set("disappeared", "kidnapped", "abducted", "kidnapping", "abduction", "disappearance")

var unnamedPeople = set("men", "gunmen", "people", "persons", "strangers", "individuals", "assailants", "unknown")
