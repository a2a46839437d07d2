package event

import (
	"sort"
	"strings"

	"vigil"
	"vigil/token"
)

// phrase is a noun phrase: the token range [from, to).
type phrase struct{ from, to int }

func (p phrase) empty() bool { return p.to <= p.from }

func (d *doc) phraseText(p phrase) string {
	if p.empty() {
		return ""
	}
	return d.text[d.toks[p.from].Start:d.toks[p.to-1].End]
}

// isContent reports whether token i can sit inside a noun phrase.
func (d *doc) isContent(i int) bool {
	t := &d.toks[i]
	if d.timeAt[i] >= 0 {
		// "the weekly market": a frequency before a noun describes it
		if frequencies[t.Norm] && i+1 < len(d.toks) && d.toks[i+1].Kind == token.Word && d.timeAt[i+1] < 0 {
			return true
		}
		return false // "In January 2019 the Dutch government": the date is not the actor
	}
	if t.Kind == token.Number {
		return true
	}
	if t.Kind == token.Punct {
		return t.Norm == "'s" || t.Norm == "'"
	}
	n := t.Norm
	// "the gang's alleged leader": a reporting word as an adjective
	if (n == "alleged" || n == "purported") && i+1 < len(d.toks) && d.toks[i+1].Kind == token.Word && !d.is(i+1, cPreposition|cConjunction|cDeterminer|cAuxiliary) && !d.isPronoun(i+1) {
		return true
	}
	if d.is(i, cPreposition|cConjunction|cAuxiliary|cReporting|cNegation) {
		// "Omar Said", "Can Ozturk": a capitalised verb inside a name is
		// part of it
		return d.capital(i) && !t.IsUpper() && d.is(i, cAuxiliary|cReporting) && d.inNameRun(i)
	}
	if d.capital(i) {
		return true
	}
	if d.is(i, cAdverb) || strings.HasSuffix(n, "ly") && len(n) > 5 && !lyNouns[n] && !frequencies[n] {
		return false
	}
	// lower-case past forms and gerunds are usually verbs here ("arrested",
	// "using"); compounds are adjectives ("bank-issued", "fast-moving")
	if (strings.HasSuffix(n, "ed") && len(n) > 3 || strings.HasSuffix(n, "ing") && len(n) > 5) && !nounLike[n] && !strings.Contains(n, "-") {
		return false
	}
	// "Hong Kong police put bounties on ...": an irregular past verb
	return !d.isWord(i, cIrregularPasts)
}

// irregularPasts are past forms without -ed that end a noun phrase before them.
var irregularPasts = set("put", "took", "gave", "threw", "drove", "fled", "met", "told", "sent", "brought", "kept",
	"stole", "fought", "caught", "struck", "sought", "bought", "hid", "tore", "wrote", "spoke",
	"left", "went", "came", "ran", "saw", "held", "became", "began", "paid", "heard", "knew", "got", "won", "spent", "stood", "sat", "fell")

// deviceOwner is whom a device or account phrase belongs to: the possessive
// pronoun before its head ("her iPhone") or the phrase after "of" ("the phone
// of a Saudi dissident"); empty when p names no owned device.
func (d *doc) deviceOwner(p phrase, cend int) phrase {
	if p.empty() {
		return phrase{}
	}
	// ("the email account of a London-based journalist", read as one phrase)
	for k := p.from; k+2 < p.to; k++ {
		if cyberAssets[d.toks[k].Norm] && d.toks[k+1].Norm == "of" {
			return phrase{k + 2, p.to}
		}
	}
	if !cyberAssets[d.headNorm(p)] {
		return phrase{}
	}
	for k := p.from; k < p.to; k++ {
		if d.isWord(k, cPossessive) && d.toks[k].Norm != "its" {
			return phrase{k, k + 1}
		}
	}
	if p.to+1 < cend && d.toks[p.to].Norm == "of" {
		if q := d.npAfter(p.to+1, cend, nil); !q.empty() && !d.isPlacePhrase(q) {
			return q
		}
	}
	return phrase{}
}

// assetNouns are whose they are: "froze the assets of seven people".
var assetNouns = set("assets", "property", "properties", "accounts", "funds", "holdings")

// faceWords: filming someone's face is watching them.
var faceWords = set("face", "faces")

// dwellings are whose they are: "the home of his brother".
var dwellings = set("home", "homes", "house", "houses", "flat", "flats", "apartment", "apartments", "residence", "residences", "car", "cars", "vehicle", "vehicles", "office", "offices", "door", "doors")

// approximators stand before a number: "about 70 websites".
var approximators = set("about", "around", "nearly", "almost", "roughly", "approximately", "some", "over")

// partitives name a piece of what follows them: "a section of railway track".
var partitives = set("section", "part", "stretch", "portion", "length", "segment", "wing", "floor", "gate", "gates", "entrance", "compound", "premises", "grounds")

// reducedRelatives open a clause after a noun: "six people suspected of
// spying", "a man wanted for murder".
var reducedRelatives = set("suspected", "accused", "wanted", "believed", "thought", "alleged", "linked", "charged", "convicted", "armed", "registered", "recognised", "recognized", "listed",
	"led", "headed", "run", "controlled", "directed", "financed", "funded", "based", "living", "stationed", "posted", "accredited")

// collectives are whom they gather: "a group of worshippers", "a convoy of
// trucks".
var collectives = set("group", "groups", "crowd", "crowds", "convoy", "convoys", "busload", "gathering", "delegation", "column")

// frequencies are time words that also work as adjectives.
var frequencies = set("weekly", "daily", "monthly", "annual", "yearly", "nightly", "hourly", "quarterly")

// lyNouns end in -ly but are not adverbs.
var lyNouns = set("elderly", "family", "assembly", "supply", "anomaly", "monopoly", "italy", "reply", "jelly", "ally", "rally")

// nounLike lists -ed/-ing words that are nouns or adjectives in this domain.
var nounLike = set("armed", "alleged", "accused", "wanted", "exiled", "detained", "jailed", "self-exiled",
	"meeting", "gathering", "building", "funding", "hearing", "ruling", "briefing", "wedding", "leading",
	"ruling", "undeclared", "unidentified", "unnamed", "suspected", "veteran", "so-called", "hundred",
	"based", "backed", "linked", "wounded", "injured", "retired", "united", "naturalised", "naturalized",
	"shopping", "housing", "parking", "training", "filling", "polling", "boarding", "clothing", "dwelling")

// gluedDash: the dash at j joins two capitalised words without spaces, as in
// a compound name ("the Caño Limón–Coveñas pipeline").
func (d *doc) gluedDash(j, end int) bool {
	n := d.toks[j].Norm
	return (n == "–" || n == "-" || n == "—") && j+1 < end && d.toks[j-1].End == d.toks[j].Start && d.toks[j].End == d.toks[j+1].Start &&
		d.toks[j-1].IsCap() && d.toks[j+1].IsCap()
}

// honorifics are the titles written with a point before a name ("Mr.", "Dr.").
var honorifics = set("mr", "mrs", "ms", "dr", "prof")

// npAfter returns the noun phrase that starts at token i (after skipping at most one
// preposition in skip), within the clause and sentence.
func (d *doc) npAfter(i, end int, skip map[string]bool) phrase {
	if i < end && skip[d.toks[i].Norm] {
		i++
	}
	if i >= end || d.clause[i] != d.clause[min(i, len(d.clause)-1)] {
		return phrase{}
	}
	start := i
	// "her two younger brothers": "her" before a noun is a possessive
	if d.isPronoun(i) && !(d.toks[i].Norm == "her" && i+1 < end && d.isContent(i+1)) {
		return phrase{i, i + 1}
	}
	if d.toks[i].Norm == "her" {
		i++
	}
	// "about 70 websites", "at least 91 people", "more than 250 people"
	if n := d.toks[i].Norm; i+1 < end && d.isWord(i, cApproximator) && d.isCountAt(i+1) {
		i++
	} else if i+2 < end && (n == "at" && d.toks[i+1].Norm == "least" || (n == "more" || n == "fewer" || n == "less") && d.toks[i+1].Norm == "than" || n == "up" && d.toks[i+1].Norm == "to") &&
		d.isCountAt(i+2) {
		i += 2
	}
	for i < end && d.is(i, cDeterminer) && !(d.toks[i].Norm == "one" && i+1 < end && d.toks[i+1].Norm == "of") {
		i++
	}
	j := i
	for j < end && j-start < 12 && (d.isContent(j) || j > i && d.gluedDash(j, end) || d.inSet(j, sIngAdjective) && j+1 < end && d.isContent(j+1)) {
		if j > i && d.isWord(j, cReducedRelative) && j+1 < len(d.toks) && (d.isWord(j+1, cPreposition) || d.toks[j+1].Norm == "to") {
			break // "six people suspected of spying": the clause after the noun
		}
		if j > i && d.inSet(j, sSubjectPronoun) {
			break // "six men they said belonged to a gang": a clause of its own
		}
		if j > i && d.toks[j].Norm == "persona" && j+1 < end && d.toks[j+1].Norm == "non" {
			break // "declared a counsellor of the embassy persona non grata"
		}
		if j > i && d.inSet(j, sPhraseCloser) {
			break // "shot the activist dead", "outside the embassy here in Mexico City"
		}
		// "her account using a login code", "a man carrying a knife": a
		// participle with an object of its own opens a clause
		// ("police detained a man": a past form read as an adjective
		// elsewhere, "detained activists", is the verb before its object)
		if t := d.toks[j]; j > i && !t.IsCap() && len(t.Norm) > 4 && (strings.HasSuffix(t.Norm, "ing") && !ingNouns[t.Norm] || strings.HasSuffix(t.Norm, "ed") && nounLike[t.Norm]) && j+1 < end &&
			(d.isWord(j+1, cDeterminer) || d.isWord(j+1, cPossessive) || d.isPronoun(j+1) && d.toks[j+1].Norm != "who") {
			break
		}
		j++
		// "Mr. Luis Carrión": an honorific's point does not end the name
		if j+1 < end && d.toks[j].Norm == "." && honorifics[d.toks[j-1].Norm] && d.toks[j+1].IsCap() {
			j++
		}
		// "the homes and cars of opposition activists": two things owned by
		// the people after "of"
		if j+2 < end && (d.toks[j].Norm == "and" || d.toks[j].Norm == "or") && dwellings[d.toks[j-1].Norm] && dwellings[d.toks[j+1].Norm] && d.toks[j+2].Norm == "of" {
			j += 2
		}
		// "members of the MEK", "two terrorists of Iranian descent"
		if j+1 < end && d.toks[j].Norm == "of" && (d.toks[j+1].IsCap() || d.is(j+1, cDeterminer) || partitives[d.toks[j-1].Norm] || collectives[d.toks[j-1].Norm] ||
			(assetNouns[d.toks[j-1].Norm] || cyberAssets[d.toks[j-1].Norm]) && d.isCountAt(j+1) ||
			dwellings[d.toks[j-1].Norm] && d.isContent(j+1)) { // "the car of exiled opposition member X"
			head := d.toks[j-1].Norm
			if d.isWord(j-1, cVictim|cOperative) || memberNouns[head] || diplomatNouns[head] || partitives[head] || collectives[head] || dwellings[head] || assetNouns[head] || cyberAssets[head] || d.toks[j+1].IsCap() ||
				(d.isCountAt(j-1) || d.toks[j-1].Norm == "one") && j-1 == i { // "41 of its diplomats", "one of the men"
				j++
				for j < end && d.is(j, cDeterminer) {
					j++
				}
			}
		}
	}
	if j == i {
		return phrase{}
	}
	// "Andrei K.": a surname's initial keeps its point
	if j < end && j-1 > i && d.isInitial(j-1) {
		j++
	}
	return phrase{start, j}
}

// isInitial: token k is a capital letter and its point that end a name
// ("Andrei K."), not a middle initial ("Alfred P. Murrah").
func (d *doc) isInitial(k int) bool {
	if k < 0 || k+1 >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	if len(t.Text) != 1 || t.Text[0] < 'A' || t.Text[0] > 'Z' || d.toks[k+1].Text != "." || d.toks[k+1].Start != t.End {
		return false
	}
	return k+2 >= len(d.toks) || !d.toks[k+2].IsCap() || d.toks[k+2].Start > d.toks[k+1].End+1 && d.sentIndex(k+2) != d.sentIndex(k)
}

// inNameRun: capitalised token i, not the first of its sentence, stands
// next to another capitalised word that is no verb.
func (d *doc) inNameRun(i int) bool {
	if i == 0 || d.sentOf(i).from == i {
		return false
	}
	nameAt := func(k int) bool {
		return k >= 0 && k < len(d.toks) && d.toks[k].Kind == token.Word && d.toks[k].IsCap() && !d.toks[k].IsUpper() && !d.is(k, cAuxiliary|cReporting|cDeterminer|cPreposition|cMonth)
	}
	return nameAt(i-1) || nameAt(i+1)
}

// isPronoun: token i is a pronoun, not "US" the country.
func (d *doc) isPronoun(i int) bool {
	return d.isWord(i, cPronoun) && d.toks[i].Text != "US"
}

// npBefore returns the noun phrase that ends just before token j, not crossing
// the clause start.
func (d *doc) npBefore(j, start int) phrase {
	i := j
	for i > start && (d.is(i-1, cAdverb) || d.is(i-1, cAuxiliary) || d.is(i-1, cNegation)) {
		i--
	}
	end := i
	for i > start && (d.isContent(i-1) || d.is(i-1, cDeterminer) || d.toks[i-1].Norm == "of" && i-1 > start && d.isContent(i-2) || d.initialDot(i-1)) {
		i--
		// (the initial "A." of "Mehmet A." is no article)
		if d.is(i, cDeterminer) && !(d.toks[i].Norm == "no" && i+1 < end) && !(i+1 < end && d.initialDot(i+1)) {
			break
		}
	}
	if end > start && d.isPronoun(end-1) {
		// "three of them": the count, not the pronoun alone
		if end-3 >= start && d.toks[end-2].Norm == "of" && (d.isCountAt(end-3) || d.isWord(end-3, cQuantifier)) {
			return phrase{end - 3, end}
		}
		return phrase{end - 1, end}
	}
	// "six of their number", "two of the men": the count is who
	if i-2 >= start && i < end && d.is(i, cDeterminer) && d.toks[i-1].Norm == "of" && (d.isCountAt(i-2) || d.isWord(i-2, cQuantifier)) {
		return phrase{i - 2, end}
	}
	return phrase{i, end}
}

// initialDot: token k is the full stop of an initial that ends a name, as
// courts and papers shorten a defendant's surname ("Mehmet K.", "Hüseyin D.").
func (d *doc) initialDot(k int) bool {
	if k < 2 || d.toks[k].Norm != "." || d.toks[k].Start != d.toks[k-1].End {
		return false
	}
	x := d.toks[k-1].Text
	return len(x) == 1 && x[0] >= 'A' && x[0] <= 'Z' && d.toks[k-2].IsCap() && d.toks[k-2].Kind == token.Word
}

// isPassive: "was arrested", "were shot dead", "has been expelled".
func (d *doc) isPassive(head, start int) bool {
	if strings.HasSuffix(d.toks[head].Norm, "ing") {
		return false // "had been filming": the progressive, active
	}
	for k := head - 1; k >= start && k >= head-3; k-- {
		if d.isWord(k, cBe) {
			return true
		}
		// "was found killed", "was reported kidnapped", "was left wounded"
		// ("was repeatedly followed": any adverb in -ly)
		// ("was himself attacked": a reflexive that stresses the subject)
		if !d.isWord(k, cAdverb|cNegation) && !(d.isWord(k, cStateVerb) && k > start) && !emphaticReflexives[d.toks[k].Norm] && !(len(d.toks[k].Norm) > 4 && strings.HasSuffix(d.toks[k].Norm, "ly") && !d.toks[k].IsCap()) {
			return false
		}
	}
	return false
}

// emphaticReflexives may stand between a be-form and its participle.
var emphaticReflexives = set("himself", "herself", "themselves", "itself")

// stateVerbs stand between a be-form and a participle: "was found killed".
var stateVerbs = set("found", "reported", "left", "feared", "believed", "said")

// byAgent returns the phrase after "by" following token i in the clause.
func (d *doc) byAgent(i, end int) phrase { return d.byAgentWithin(i, end, 6) }

// byAgentWithin is byAgent with "by" up to reach tokens past i: an
// authority may name itself after the sentence's terms ("was sentenced to
// eight years in a penal colony by the Minsk Regional Court").
func (d *doc) byAgentWithin(i, end, reach int) phrase {
	for k := i; k < end && k < i+reach && d.clause[k] == d.clause[i]; k++ {
		if d.toks[k].Norm == "by" {
			return d.npAfter(k+1, end, nil)
		}
		// (nor the agent of a clause of its own: "and ruled that the
		// killing had been ordered by"; "for that killing by a court" is ours)
		if n := d.toks[k].Norm; n == "," || n == "." || n == "which" || n == "who" || n == "that" && k > i && (d.isVerbForm(k-1) || d.isWord(k-1, cReporting)) {
			break
		}
		// ("put on a flight to Lahore and arrested on arrival by the
		// agency": the agent of the verb joined after its own complement;
		// "punched and kicked by two men" share theirs)
		if k > i && (d.toks[k].Norm == "and" || d.toks[k].Norm == "or") && k+1 < end && d.isVerbForm(k+1) {
			break
		}
	}
	return phrase{}
}

// actorIn returns the first actor mention inside phrase p, if any.
func (d *doc) actorIn(p phrase) (ActorMention, bool) {
	for k := p.from; k < p.to; k++ {
		if m := d.actorAt[k]; m >= 0 {
			return d.in.Actors[m], true
		}
	}
	return ActorMention{}, false
}

// headIndex is the token of a phrase's last content word, or -1.
func (d *doc) headIndex(p phrase) int {
	for k := p.to - 1; k >= p.from; k-- {
		if d.toks[k].Kind == token.Word {
			return k
		}
	}
	return -1
}

// headNorm is the last content word of a phrase.
func (d *doc) headNorm(p phrase) string {
	if k := d.headIndex(p); k >= 0 {
		return d.toks[k].Norm
	}
	return ""
}

// headIs reports whether the head of p (headNorm's word) belongs to any of
// the classes c, as a lookup of headNorm(p) in their word sets would.
func (d *doc) headIs(p phrase, c wordClass) bool {
	k := d.headIndex(p)
	return k >= 0 && d.isWord(k, c)
}

// hasName reports whether a phrase holds a proper name (a capitalised word that is
// not the first of its sentence, or an actor of the dictionary).
func (d *doc) hasName(p phrase, sentFrom int) bool {
	for k := p.from; k < p.to; k++ {
		t := &d.toks[k]
		// "critics of President Erdogan": a group named by whom it is of is
		// no one by name
		if t.Norm == "of" && k > p.from && !d.capital(k-1) && d.isPluralAt(k-1) && d.isWord(k-1, cVictim) {
			return false
		}
		if d.actorAt[k] >= 0 && d.in.Actors[d.actorAt[k]].Via != "demonym" {
			return true
		}
		// a capitalised word before a common noun qualifies it ("a Chechen
		// exile", "a Sikh activist") and names no one
		modifier := k+1 < p.to && d.toks[k+1].Kind == token.Word && !d.capital(k+1)
		// (nor does a count opening the sentence after a dateline: "Two
		// Turkish teachers")
		if t.Kind == token.Word && d.capital(k) && !modifier && (k > sentFrom || k+1 < p.to && d.capital(k+1)) && !d.is(k, cDeterminer|cMonth) && d.actorAt[k] < 0 && smallNumbers[t.Norm] == 0 {
			return true
		}
	}
	return false
}

// ref builds an ActorRef from a phrase, with the state it acts for.
func (d *doc) ref(p phrase, country string) *vigil.ActorRef {
	name := strings.TrimSpace(d.phraseText(p))
	if name == "" {
		return nil
	}
	r := &vigil.ActorRef{Name: trimDeterminer(name), Country: country}
	if a, ok := d.actorIn(p); ok {
		r.ID, r.Kind = a.Actor.ID, a.Actor.Kind
	}
	return r
}

func trimDeterminer(s string) string {
	// "that two men" after "told police that": the conjunction is no part of
	// the name
	for _, conj := range []string{"that ", "That "} {
		s = strings.TrimPrefix(s, conj)
	}
	// ("Explainer: Why France and Algeria are expelling ...": a headline's
	// question word is no part of the name)
	for _, q := range []string{"Why ", "How ", "What ", "When ", "Where "} {
		if rest := strings.TrimPrefix(s, q); rest != s && rest != "" && startsUpper(rest) {
			s = rest
		}
	}
	// ("recalled its high commissioner": whose, the actor tells; but "its
	// own ambassador" says it)
	for _, det := range []string{"the ", "a ", "an ", "The ", "A ", "An ", "its ", "Its "} {
		if strings.HasPrefix(s, det+"own ") {
			break
		}
		if strings.HasPrefix(s, det) {
			return s[len(det):]
		}
	}
	return s
}

// stateOf returns the state a phrase stands for: an actor mention's state, or a
// demonym leading an operative or authority noun ("Iranian agents", "Danish
// authorities"). via says which.
func (d *doc) stateOf(p phrase) (code, via string) {
	for k := p.from; k < p.to; k++ {
		m := d.actorAt[k]
		if m < 0 {
			continue
		}
		a := d.in.Actors[m]
		if a.Via == "demonym" {
			// a demonym names the state only before a noun of agents or authorities
			next := d.nextWord(k, p.to)
			// ("Malian army soldiers": the soldiers of the army; a "Malian army
			// vehicle" is no agent)
			if next >= 0 && next+1 < p.to && d.toks[next].Norm == "army" && d.isWord(next+1, cOperative) {
				next++
			}
			// ("Eritrean embassy staff": the mission's staff act for it too)
			if next >= 0 && (d.isWord(next, cOperative) || d.isWord(next, cAuthority) || missionNouns[d.toks[next].Norm] && d.headIs(p, cOperative)) {
				return a.Actor.Country, "demonym"
			}
			// ("the Lithuanian Criminal Police Bureau": a capitalised
			// body's name headed by an authority noun)
			if next >= 0 && d.toks[next].IsCap() && (d.headIs(p, cAuthority) || d.headIs(p, cOperative)) && d.capitalisedRun(next, p.to) && (d.placeAt[k] < 0 || d.in.Places[d.placeAt[k]].Kind == vigil.Demonym) && !d.anyWord(ofWord, p.from, k) {
				return a.Actor.Country, "demonym"
			}
			continue
		}
		// (the Union's Council and Commission sanction for the Union)
		// ("officers from the Ministry of State Security": a body after
		// "from" is whom they come from, no place)
		if d.isLocative(k) && !(a.Actor.Kind != "state" && d.afterFrom(k)) || !stateKinds[a.Actor.Kind] && !(a.Actor.Kind == "organization" && a.Actor.Country == "EU") {
			continue
		}
		return a.Actor.Country, a.Via
	}
	return "", ""
}

// afterFrom: the mention covering token k follows "from" (or "from the").
func (d *doc) afterFrom(k int) bool {
	j := d.wordBeforeMention(k)
	return j >= 0 && d.toks[j].Norm == "from"
}

// wordBeforeMention is the token before the actor mention covering token k,
// past an article ("from the Ministry"), or -1 when the mention opens the
// text.
func (d *doc) wordBeforeMention(k int) int {
	m := d.actorAt[k]
	for k > 0 && d.actorAt[k-1] == m {
		k--
	}
	j := k - 1
	if j > 0 && d.isWord(j, cDeterminer) {
		j--
	}
	return j
}

// ofWord is "of", which puts what follows it in another phrase.
var ofWord = set("of")

// capitalisedRun: every word from token from to to is capitalised, as the
// words of a body's name are.
func (d *doc) capitalisedRun(from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].Kind == token.Word && !d.toks[k].IsCap() {
			return false
		}
	}
	return true
}

// stateKinds are the kinds of actor that act for a state; perpetratorKinds adds
// the armed groups. Exile groups, people, media and NGOs are targets or sources.
var (
	stateKinds       = set("state", "agency", "ministry", "military", "police", "judiciary", "legislature", "official")
	perpetratorKinds = set("state", "agency", "ministry", "military", "police", "official", "armed_group")
)

// nextWord returns the next word token after the mention covering token k.
func (d *doc) nextWord(k, end int) int {
	m := d.actorAt[k]
	for j := k + 1; j < end; j++ {
		if d.actorAt[j] == m && m >= 0 {
			continue
		}
		if d.toks[j].Kind == token.Word {
			return j
		}
	}
	return -1
}

// isLocative: the mention at token k is a location ("in Belgium", "from Iran").
func (d *doc) isLocative(k int) bool {
	j := d.wordBeforeMention(k)
	if j < 0 {
		return false
	}
	// "through central San José", "in downtown Moscow"
	for j > 0 && (d.isWord(j, cCompass) || d.toks[j].Norm == "downtown") {
		j--
	}
	// walk back over a list of places: "in Albania, France, and the US"
	for j > 0 && (d.toks[j].Norm == "," || d.toks[j].Norm == "and" || d.toks[j].Norm == "or") {
		k := j - 1
		if d.toks[k].Norm == "," && k > 0 {
			k--
		}
		if d.actorAt[k] < 0 && d.placeAt[k] < 0 {
			break
		}
		for k > 0 && ((d.actorAt[k-1] >= 0 && d.actorAt[k-1] == d.actorAt[k]) || (d.placeAt[k-1] >= 0 && d.placeAt[k-1] == d.placeAt[k])) {
			k--
		}
		j = k - 1
		if j >= 0 && d.isWord(j, cDeterminer) && j > 0 {
			j--
		}
		if j < 0 {
			return false
		}
	}
	p := d.toks[j].Norm
	switch p {
	case "in", "at", "near", "outside", "inside", "from", "to", "across", "into", "throughout", "within", "around", "through":
		return true
	}
	return false
}

// isPerpetrator: a phrase that can carry out an attack for a state.
func (d *doc) isPerpetrator(p phrase) (string, bool) {
	if code, via := d.stateOf(p); via != "" {
		return code, true
	}
	if a, ok := d.actorIn(p); ok && a.Actor.Kind == "armed_group" {
		if a.Actor.Country != "" {
			return a.Actor.Country, true
		}
		return a.Sponsor, true
	}
	if h := d.headNorm(p); operativeNouns[h] {
		return "", true
	}
	// "staff of the Eritrean embassy photographed refugees": a mission acts
	// for its state
	if code := d.missionState(p); code != "" {
		return code, true
	}
	return "", false
}

// isAuthority: a phrase that can respond for a state.
func (d *doc) isAuthority(p phrase) (string, bool) {
	if code, via := d.stateOf(p); via != "" {
		return code, true
	}
	h := d.headNorm(p)
	if authorityNouns[h] {
		return "", true
	}
	// "the Ministry of Foreign Affairs", "the Office of the Prosecutor": the
	// body before its "of"
	k := p.from
	for k < p.to && d.isWord(k, cDeterminer) {
		k++
	}
	if k+1 < p.to && d.isWord(k, cAuthority) && d.toks[k+1].Norm == "of" {
		return "", true
	}
	return "", false
}

// coordinatedStates returns each state of a coordination that starts at token i:
// "Germany, France and Poland" gives DE, FR, PL with their phrases.
func (d *doc) coordinatedStates(i, end int) []stateRef {
	var out []stateRef
	k := i
	for k < end {
		for k < end && d.isWord(k, cDeterminer) {
			k++
		}
		if k >= end {
			break
		}
		m := d.actorAt[k]
		if m < 0 {
			break
		}
		a := d.in.Actors[m]
		j := k
		for j < end && d.actorAt[j] == m {
			j++
		}
		if a.Actor.Kind != "state" || a.Via == "demonym" {
			break
		}
		out = append(out, stateRef{code: a.Actor.Country, p: phrase{k, j}})
		if j < end && (d.toks[j].Norm == "," || d.toks[j].Norm == "and") {
			k = j + 1
			if k < end && d.toks[k].Norm == "and" {
				k++
			}
			continue
		}
		break
	}
	return out
}

type stateRef struct {
	code string
	p    phrase
}

// persons appends to out the person names of the text: runs of two or more
// capitalised words that no dictionary knows ("Paul Rusesabagina"), and later
// mentions of their last word alone ("Rusesabagina").
func (d *doc) persons(out []phrase) []phrase {
	surnames := map[string]bool{}
	for _, sent := range d.sents {
		for k := sent.from; k < sent.to; k++ {
			if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Actor.Kind == "person" {
				j := k + 1
				for j < sent.to && d.actorAt[j] == a {
					j++
				}
				out = append(out, phrase{k, j})
				k = j - 1
				continue
			}
			if !d.isNameWord(k) {
				continue
			}
			// ("While Wang watched Xu": a capitalised conjunction opening the
			// sentence is no part of a name; nor a byline's "Staff Reporter")
			if k == sent.from && d.isWord(k, cConjunction|cPreposition|cClause|cAdverb) || d.inSet(k, sByline) {
				continue
			}
			// (a name of one word after it is one, as "When Faisal came home")
			afterOpener := k == sent.from+1 && d.isWord(sent.from, cConjunction|cPreposition|cClause|cAdverb) && d.toks[sent.from].IsCap()
			// ("TORONTO, March 10 (Vigil Wire) -": the agency of a dateline)
			if d.datelineSpan.End > 0 && d.toks[k].Start >= d.datelineSpan.Start && d.toks[k].Start < d.datelineSpan.End {
				continue
			}
			// a town's name can open a person's ("Salim Ahmed al-Jubouri") when
			// no preposition places it and names follow
			placeFirst := d.placeAt[k] >= 0 && (k+1 >= len(d.placeAt) || d.placeAt[k+1] != d.placeAt[k]) &&
				k+1 < sent.to && d.isNameWord(k+1) && d.placeAt[k+1] < 0 && d.actorAt[k+1] < 0 &&
				(k == sent.from || !d.isWord(k-1, cLocative) && d.toks[k-1].Norm != "from")
			if d.actorAt[k] >= 0 || d.placeAt[k] >= 0 && !placeFirst || d.timeAt[k] >= 0 {
				continue
			}
			j := k + 1
			for j < sent.to && (d.isNameWord(j) || d.isNameParticle(j, sent.to)) && d.actorAt[j] < 0 && d.timeAt[j] < 0 {
				// a town's name can end a person's ("Julio César Obando"), not
				// stand in an address ("Kofi Annan Street, Accra")
				if d.placeAt[j] >= 0 && (j+1 < sent.to && d.placeAt[j+1] == d.placeAt[j] || j+1 < sent.to && d.isWord(j+1, cPlaceNoun)) {
					break
				}
				j++
			}
			// "Andrei K.", "Kamran S.": a surname cut to its initial, as courts
			// in some countries give it
			initial := false
			if j > k && j+1 < sent.to && d.isInitial(j) {
				j, initial = j+2, true
			}
			// "Ahvazi Arab separatist movement": capitalised words before a noun
			// qualify it; a person's name is followed by punctuation or a verb
			adjectival := j < sent.to && d.toks[j].Kind == token.Word && !d.toks[j].IsCap() && !d.isWord(j, cAuxiliary) &&
				!d.isWord(j, cConjunction) && !d.isWord(j, cPreposition) && !d.isWord(j, cReporting) && !strings.HasSuffix(d.toks[j].Norm, "ed") &&
				!d.isWord(j, cIrregularPast) && !d.isWord(j, cPastAfterName) && !presentAfterName[d.toks[j].Norm] &&
				// ("questioned Jean Bosco Uwimana twice", "... Uwimana later said")
				!d.isWord(j, cAdverb) && !strings.HasSuffix(d.toks[j].Norm, "ly") && d.toks[j].Norm != "twice" && d.toks[j].Norm != "once" &&
				// ("Tasbolatov himself was found")
				!reflexives[d.toks[j].Norm]
			switch {
			case adjectival && !initial, d.isWord(j-1, cInstitution): // ("Westminster Magistrates Court")
			case j-k >= 2 && (streetWords[d.toks[j-1].Norm] || addressEnds[d.toks[j-1].Norm]): // ("Harrowden Close", "Rudaki Avenue")
			case k > sent.from && namedBodies[d.toks[k-1].Norm]: // ("the Spanish firm Candado Digital")
			case j-k >= 2 && placeOpeners[d.toks[k].Norm]: // ("Mt Roskill", "Port Louis", "San Isidro")
			case initial:
				out = append(out, phrase{k, j})
			case j-k >= 2 && k > sent.from || j-k >= 2 && !d.isWord(k, cDeterminer):
				out = append(out, phrase{k, j})
				surnames[d.toks[j-1].Norm] = true
			case j-k == 1 && (surnames[d.toks[k].Norm] || afterOpener && d.placeAt[k] < 0):
				out = append(out, phrase{k, j})
			}
			k = j - 1
		}
	}
	return out
}

// placeOpeners open the names of places, which no gazetteer may hold, not
// of people.
var placeOpeners = set("mt", "mount", "port", "fort", "lake", "cape", "san", "santa", "sao", "são", "puerto", "porto", "ciudad", "bandar", "kampong")

// bylineWords open a byline's title, no name: "Staff Reporter".
var bylineWords = set("staff", "reporter", "correspondent", "editor", "editors", "newsroom", "desk")

// addressEnds, with streetWords, end the names of streets, which name no one.
var addressEnds = set("close", "drive", "crescent", "terrace", "gardens", "mews", "way", "highway")

// presentAfterName are present-tense verbs that follow a person's name:
// "Elvin Mammadli keeps a baseball bat by the door".
// (and those a timeline tells its deeds in: "Orhan Inandi disappears after
// leaving his office")
var presentAfterName = set("keeps", "says", "lives", "runs", "works", "writes", "hosts", "edits", "posts", "heads",
	"leads", "teaches", "owns", "uses", "travels", "believes", "fears", "insists", "remains", "denies",
	"disappears", "vanishes", "goes", "flees", "dies", "leaves", "arrives", "returns", "receives", "tells",
	"survives", "escapes", "appears", "reappears", "resurfaces")

// namedBodies are the nouns an organisation's name follows in apposition:
// "the cybersecurity firm Candado Digital", "the newspaper Dagens Nyheter".
var namedBodies = set("firm", "company", "lab", "laboratory", "outlet", "newspaper", "magazine", "channel",
	"broadcaster", "website", "platform", "organisation", "organization", "charity", "ngo", "app", "publisher")

// pastAfterName are more past forms that follow a person's name as its verb
// (with irregularPast): "Ravshan Saidov went missing".
var pastAfterName = set("went", "left", "met", "ran", "fought", "wrote", "spoke", "came", "became", "made", "won",
	"lost", "got", "fell", "saw", "knew", "found", "sought", "thought", "began", "sat", "stood", "led", "built",
	"paid", "spent", "woke", "drove", "rode", "hid")

// personBefore returns the person named last before token tok, for resolving
// "he" or "them".
// personAt is the person name that starts at token tok, if any.
func (d *doc) personAt(tok int) phrase {
	i := sort.Search(len(d.people), func(i int) bool { return d.people[i].from >= tok })
	if i < len(d.people) && d.people[i].from == tok {
		return d.people[i]
	}
	return phrase{}
}

func (d *doc) personBefore(tok int) phrase {
	i := sort.Search(len(d.people), func(i int) bool { return d.people[i].from >= tok })
	if i == 0 {
		return phrase{}
	}
	return d.people[i-1]
}

// isNameParticle: "al-Jubouri", "bin Salman", "van Dijk" inside a name.
func (d *doc) isNameParticle(k, end int) bool {
	t := &d.toks[k]
	if t.Kind != token.Word {
		return false
	}
	if strings.IndexByte(t.Text, '-') >= 0 { // (the prefixes are hyphenated)
		for _, pre := range []string{"al-", "el-", "ul-", "ad-", "as-", "an-", "ar-", "at-", "az-"} {
			if len(t.Text) > len(pre) && strings.HasPrefix(t.Text, pre) {
				r := t.Text[len(pre)]
				return r >= 'A' && r <= 'Z'
			}
		}
	}
	return k+1 < end && d.isNameWord(k+1) && nameParticles[t.Text]
}

var nameParticles = set("bin", "ibn", "bint", "van", "von", "der", "de", "da", "del", "della", "di", "du", "le", "la", "dos", "das")

// isNameWord: token k is a capitalised word, not all in capitals, and no
// month, determiner or preposition (newDoc tests it once per token: cNameWord).
func (d *doc) isNameWord(k int) bool { return d.cls[k]&cNameWord != 0 }

// subjectPronouns open a clause; no noun phrase runs into one.
var subjectPronouns = set("he", "she", "they", "we", "i", "it")

// ingAdjectives end in -ing but describe the noun after them: "Peru's
// remaining diplomats", "the acting high commissioner".
var ingAdjectives = set("remaining", "outgoing", "incoming", "acting", "serving", "visiting", "leading", "ruling", "governing", "existing", "sitting")

// phraseClosers follow a noun phrase without being part of it: what a deed
// left someone ("shot the activist dead") or a pointing adverb ("the embassy
// here").
var phraseClosers = set("dead", "unconscious", "here", "there")
