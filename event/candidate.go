package event

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"vigil"
	"vigil/token"
)

// attackTypes are the types whose actor is a perpetrator.
func isAttack(t vigil.EventType) bool {
	return !t.IsResponse() && t != vigil.Protest
}

// candidates codes one trigger occurrence; a response by several states at once
// ("Germany, France and Poland expelled ...") gives one candidate per state.
func (d *doc) candidates(si int, m triggerMatch) []*candidate {
	d.analyse()
	s := d.sents[si]
	t := m.T
	head := m.HeadTokens[0]
	cstart, cend := d.clauseBounds(head, s)
	// "police captured three suspected members of a gang": a capture by
	// the police is an arrest
	if t.Type == vigil.Abduction && d.policeCapture(m, cstart, cend) {
		arrest := *t
		arrest.Type = vigil.Arrest
		t, m.T = &arrest, &arrest
	}
	// "stopped outside his home by men wearing police armbands, handcuffed
	// and ... held for more than 24 hours": a hold by men who passed for
	// police is an abduction
	if t.Type == vigil.Arrest && d.fakePolice(s.from, s.to) {
		abduction := *t
		abduction.Type = vigil.Abduction
		t, m.T = &abduction, &abduction
	}
	// "members of his security detail charged a crowd of protesters": a
	// charge at people, not in court
	if t.Type == vigil.Charge && !t.Noun && d.physicalCharge(m, cend) {
		attack := *t
		attack.Type = vigil.ArmedAttack
		t, m.T = &attack, &attack
	}
	cd := &candidate{typ: t.Type, sent: si, para: d.sents[si].Para, section: d.sectionOf(si), conf: 0.7}
	if d.explain {
		cd.explain = &vigil.Explanation{Trigger: d.text[d.toks[m.First].Start:d.toks[m.Last].End]}
	}
	cd.rule("trigger %q (%s, %s)", t.Pattern, t.Type, t.Source)
	cd.firstSpan[0] = vigil.Span{Start: s.Start, End: s.End}
	cd.evidence = cd.firstSpan[:1:1]
	passive := !t.Noun && (t.Flags.undergone || d.isPassive(head, cstart) || d.sharesPassive(head) && (t.Type != vigil.Intimidation || d.questionedAfterNoDeed(t, s, m)) || d.headlinePassive(s, head, m.Last, cstart, cend) || d.describedPassive(m, cstart) || patientVerbs[d.toks[head].Norm] || d.wentMissing(head))
	// "two men shot Innocent Habimana": an active "shot" is an attack when a
	// person is shot (checked with the target below), not when a video is;
	// "shot and killed" is the killing's
	if t.Flags.passiveOnly && !passive && (!t.Flags.activePerson || m.Last+2 < len(d.toks) && d.toks[m.Last+1].Norm == "and" && d.attackAt(m.Last+2)) {
		return nil
	}
	// "The State Department also announced visa restrictions": another act of
	// the same kind by an actor the clause names ("his girlfriend was also
	// detained" adds a person to the arrest told before)
	for k := max(cstart, m.First-4); k < m.First && !passive; k++ {
		if d.toks[k].Norm == "also" {
			cd.another = true
		}
	}
	// "The killing is likely to revive memories of the murder of Umar
	// Israilov": a deed remembered is an earlier one
	if t.Noun && m.First >= 3 && memoryNouns[d.toks[m.First-3].Norm] && d.toks[m.First-2].Norm == "of" && d.isWord(m.First-1, cDeterminer) {
		cd.another = true
	}
	// "The court also convicted him of threatening a journalist": another
	// count of the same verdict, not another verdict
	if cd.another && courtAct[t.Type] && m.Last+2 < cend && (d.isWord(m.Last+1, cPronoun) && (d.toks[m.Last+2].Norm == "of" || d.toks[m.Last+2].Norm == "with")) {
		cd.another = false
	}
	if why := d.blocked(m, cstart, cend, passive); why != "" {
		return nil
	}
	// "A device exploded beside a market. One vendor was killed": a count of
	// dead, with no agent, place or date of its own, is the toll of the
	// attack told just before
	if t.Flags.kill && passive && d.tollAfterAttack(si, m, cstart, cend) {
		return nil
	}
	// "according to a rights monitor": a verb's word that names an agent,
	// used as a noun after an article ("an attack", "a hijacking" still name
	// the deed)
	// "Attack type ...... Bombing/Explosion", "Attack type: Armed assault": a
	// record's field label
	if d.inFieldLabel(m) {
		return nil
	}
	// "portraits of jailed Iranian journalists": a participle that
	// describes people is no deed told
	if !t.Noun && m.First == m.Last && m.First > 0 && strings.HasSuffix(d.toks[m.First].Norm, "ed") && attributiveBefore[d.toks[m.First-1].Norm] &&
		m.Last+1 < cend && d.toks[m.Last+1].Kind == token.Word && !d.isWord(m.Last+1, cPreposition|cAdverb|cAuxiliary|cDeterminer) && !d.isPronoun(m.Last+1) {
		return nil
	}
	// "asking for any consular staff found to be involved to be expelled":
	// a deed wished for in an infinitive
	if !t.Noun && m.First >= 2 && d.toks[m.First-1].Norm == "be" && d.toks[m.First-2].Norm == "to" && d.wishedBefore(s.from, m.First-2) {
		return nil
	}
	// "An anonymous caller claimed that a bomb had been placed at the bus
	// station ... authorities described the call as a hoax": no bomb
	if t.Type == vigil.Bombing && d.hoaxIn(si) {
		return nil
	}
	// "stopped at a checkpoint carrying four grenades and an improvised
	// explosive device": weapons held are no attack
	if t.Type == vigil.Bombing && t.Noun && d.heldWeapon(m, cstart) {
		d.heldExplosives = append(d.heldExplosives, si)
		return nil
	}
	// "videos that purported to show soldiers setting fire to houses":
	// what a disputed film shows
	if m.First >= 3 && (d.toks[m.First-2].Norm == "show" || d.toks[m.First-3].Norm == "show") && d.anyWord(purportWords, max(cstart, m.First-6), m.First) {
		return nil
	}
	// ("date\tcountry\t...\tkilled\twounded\tsummary": an export's header
	// names columns, not deeds)
	if h := d.exportHeader(); h.columns >= 4 && h.labelsOnly && d.toks[m.First].Start < h.end {
		return nil
	}
	// "my sister's travel ban": a restriction someone lives under, not a
	// sanction imposed in the story (a state's own "Russia's sanctions" is)
	if t.Type == vigil.Sanction && t.Noun && m.First >= 2 && d.toks[m.First-1].Norm == "'s" && d.actorAt[m.First-2] < 0 && d.placeAt[m.First-2] < 0 &&
		(relativeNouns[d.toks[m.First-2].Norm] || d.isWord(m.First-2, cVictim|cPersonNoun)) {
		return nil
	}
	// "Central Asia Exile Monitor", "GULF RIGHTS MONITOR": a watchdog's name
	if n := d.toks[m.First].Norm; m.First == m.Last && n == "monitor" && d.toks[m.First].IsCap() &&
		(d.inNameRun(m.First) || d.toks[m.First].IsUpper() && m.First > 0 && d.toks[m.First-1].Kind == token.Word && d.toks[m.First-1].IsUpper()) {
		return nil
	}
	// "TORONTO, March 10 (Vigil Wire) -": a word of the dateline's agency name
	if d.datelineSpan.End > 0 && d.toks[m.First].Start >= d.datelineSpan.Start && d.toks[m.First].Start < d.datelineSpan.End && d.toks[m.First].IsCap() {
		return nil
	}
	// "Despite protests from the UN refugee agency": objections, no rally;
	// "A rally is planned": none yet
	if t.Type == vigil.Protest && (m.First > 0 && d.toks[m.First-1].Norm == "despite" || d.plannedLater(m, cend)) {
		return nil
	}
	// (but "a court sentenced him": "a court" is the subject)
	if n := d.toks[m.First].Norm; !t.Noun && m.First == m.Last && m.First > cstart && (strings.HasSuffix(n, "or") || strings.HasSuffix(n, "er")) && (d.toks[m.First-1].Norm == "a" || d.toks[m.First-1].Norm == "an" ||
		m.First-1 > cstart && (d.toks[m.First-2].Norm == "a" || d.toks[m.First-2].Norm == "an") && !d.toks[m.First-1].IsCap() && !d.isWord(m.First-1, cAdverb) &&
			(m.Last+1 >= len(d.toks) || d.toks[m.Last+1].Kind == token.Punct)) {
		return nil
	}
	// "an undeclared Chinese police outpost in Manhattan" watches the diaspora;
	// "the compound of a police station" is a building
	if t.Type == vigil.Surveillance && t.Noun && d.toks[m.First].Norm == "police" && !d.covertStation(m.First, cstart) {
		return nil
	}
	// (a row under an export's header is no headline)
	if s.Fragment && !(si == 0 && !t.Flags.generic && !d.isPluralAt(m.First)) && !d.recordRow(s.Start) && !d.headlineField(m) && d.decisionIntro(si) < 0 {
		// a headline, menu or caption confirms events; only the title may tell one
		cd.support, cd.heading = true, si > 0
		cd.rule("fragment: confirms only")
	}
	// "In this issue: an Azerbaijani blogger dies in France; an alleged
	// Eritrean spy arrested in Frankfurt; ...": a digest's list of its
	// stories confirms the events they tell
	if !cd.support && d.tocSentence(s) {
		cd.support = true
		cd.rule("the digest's list of its stories: confirms only")
	}
	// "Sentencing, Judge Lowe said ...", "Passing sentence, the judge
	// said ...": the verdict told already, now quoted
	if !cd.support && t.Type == vigil.Conviction && m.Last+1 < s.to && d.toks[m.Last+1].Norm == "," &&
		(m.First == s.from || m.First == s.from+1 && d.toks[s.from].Norm == "passing") {
		cd.support = true
		cd.rule("a participle that opens what the judge said: confirms only")
	}
	// "Activists from Laos have vanished from Thai soil too": a bare plural
	// that opens the sentence, with a perfect and no time, tells a pattern
	if isAttack(t.Type) && (!t.Noun && d.genericPerfect(s, m) || d.gerundSubject(s, m)) {
		return nil
	}
	if isAttack(t.Type) && t.Noun && d.isBarePlural(m, cstart, cend) {
		return nil
	}
	cd.title = si == 0 && s.Fragment
	cause := d.isCause(m, cstart)
	if cause {
		// "expelled diplomats over the poisoning of X", "in protest at the death
		// sentence handed down by a court": the event is the cause of another told
		// here; only what is said of it directly belongs to it. Its phrase runs to
		// the next trigger of the clause ("in a shooting in Almere in December
		// 2015, and in the murder of ...")
		end := cend
		for _, t := range d.triggers {
			// (not a verb joined to this one: "of plotting to kidnap and
			// kill a journalist" share the journalist)
			joined := t == m.Last+2 && (d.toks[m.Last+1].Norm == "and" || d.toks[m.Last+1].Norm == "or") && isAttack(m.T.Type) && d.attackAt(t)
			if t > m.Last && t < end && !joined {
				end = t
			}
		}
		// ("Two men accused of stabbing a presenter outside his home
		// appeared before magistrates yesterday": the cause's phrase ends at
		// the main clause's verb)
		for k := m.Last + 1; k < end; k++ {
			if d.inSet(k, sMainVerbAfterCause) {
				end = k
				break
			}
		}
		// (at most 16 tokens, but up to the main clause's own verb when one
		// follows within 24: "The man accused of shooting dead Sok Vanna, a
		// former opposition lawmaker, on a street in Bangkok's old town in
		// January went on trial")
		limit := m.Last + 16
		if end < cend && end <= m.Last+24 {
			limit = end
		}
		cstart, cend = max(cstart, d.causeCue(m, cstart)+1), min(end, limit)
		cd.cause = true
		cd.rule("cause of a response: own phrase only")
	}
	// "holding portraits of activists imprisoned in Iran": a participle that
	// describes the people a noun is of tells no event
	if !t.Noun && m.First == m.Last && m.First-2 > cstart && strings.HasSuffix(d.toks[m.First].Norm, "ed") && d.toks[m.First-2].Norm == "of" &&
		d.isPluralAt(m.First-1) && d.isWord(m.First-1, cVictim|cHumanNoun|cPersonNoun) && d.verbBefore(cstart, m.First-2) {
		return nil
	}
	// "Beyond South Africa's expulsions, responses have been rhetorical":
	// a state's measures in the plural, named by its possessive, are ones
	// told elsewhere
	if t.Noun && t.Type.IsResponse() && m.First >= 2 && d.toks[m.First-1].Norm == "'s" && d.isPluralAt(m.Last) && m.Last+1 < len(d.toks) && d.toks[m.Last+1].Norm != "of" {
		cd.support = true
		cd.rule("a state's measures by its possessive: confirms only")
	}
	// "Rights groups welcomed Wednesday's arrest": a measure welcomed is
	// one told elsewhere (unless the noun tells it: "welcomes Monday's
	// arrest by the FBI of two men")
	if t.Noun && t.Type.IsResponse() && d.welcomedBefore(m.First, s.from) && !(m.Last+1 < s.to && (d.toks[m.Last+1].Norm == "of" || d.toks[m.Last+1].Norm == "by")) {
		cd.support = true
		cd.rule("a measure welcomed: confirms only")
	}
	// "Tehran has denied involvement in the killing of Sarabi and the
	// abduction of Jaberi": deeds a denial names are told elsewhere, and
	// the one denying did not do them here
	if t.Noun && d.deniedInvolvement(s.from, m.First) {
		cd.support = true
		cd.rule("a deed named in a denial: confirms only")
	}
	if !t.Noun && !passive && d.reducedRelative(m, cstart) {
		// "the two men arrested in April are accused ...": the arrest is told
		// elsewhere
		cd.support = true
		cd.rule("participle after a definite noun: confirms only")
	}
	// "The U.S. government later determined he was wrongfully detained": a
	// finding about a detention told elsewhere
	if t.Type == vigil.Arrest && m.First >= 1 && wrongfulAdverbs[d.toks[m.First-1].Norm] && d.anyWord(findingVerbs, s.from, m.First) {
		cd.support = true
		cd.rule("a finding about a detention: confirms only")
	}
	// "was taken from his workshop ... and held for three days", "They were
	// held for three days": how long the detention told just before lasted
	// (one with a day or year of its own is another: "His sister was also
	// held for 30 days in Baku in 2021")
	if t.Type == vigil.Arrest && d.toks[m.First].Norm == "held" && m.Last > m.First && d.toks[m.First+1].Norm == "for" && d.triggerBefore(m.First, si) && !d.anyTime(m.Last+1, cend) {
		cd.support = true
		cd.rule("how long a detention told before lasted: confirms only")
	}
	// (a deed told by the owner's things, "the windows of his office were
	// smashed", is no event noun)
	if !t.Flags.owner && (t.Noun || m.First > cstart && d.isWord(m.First-1, cDeterminer)) && d.isAnaphoric(m, cstart) {
		cd.support = true
		cd.rule("anaphoric %q: confirms only", d.toks[m.First].Text)
	}
	// "... was beaten by two men, an attack his friends blamed on the
	// embassy": a noun set off after the deed sums it up
	if isAttack(t.Type) && m.First-2 > s.from && (d.toks[m.First-1].Norm == "an" || d.toks[m.First-1].Norm == "a") && d.toks[m.First-2].Norm == "," {
		for _, k := range d.attacks {
			if k < m.First-2 && k >= s.from {
				cd.support = true
				cd.rule("a summing-up of the deed before: confirms only")
				break
			}
		}
	}
	// "The DGCIM has been under US sanctions since July 2019": a standing
	// state, told beside the designation that made it
	if t.Type == vigil.Sanction && t.Noun && (m.First >= 1 && d.toks[m.First-1].Norm == "under" || m.First >= 2 && d.toks[m.First-2].Norm == "under" && (d.toks[m.First-1].IsCap() || d.isWord(m.First-1, cDeterminer))) {
		return nil
	}
	// "were charged in a criminal complaint unsealed today": the document
	// the charging verb names is the same charge
	if t.Type == vigil.Charge && t.Noun && m.First >= 3 && d.isWord(m.First-1, cDeterminer) && (d.toks[m.First-2].Norm == "in" || d.toks[m.First-2].Norm == "under") &&
		(d.toks[m.First-3].Norm == "charged" || d.toks[m.First-3].Norm == "indicted") {
		return nil
	}
	// "demonstrated against the detention of migrant workers' relatives",
	// "criticism of the arrest of women's rights activists": detentions
	// of a kind that a protest or a quarrel is about, no one arrest
	if t.Type == vigil.Arrest && t.Noun && m.First >= 2 && d.toks[m.First-1].Norm == "the" && (d.toks[m.First-2].Norm == "against" || d.toks[m.First-2].Norm == "of" && m.First >= 3 && criticismNouns[d.toks[m.First-3].Norm]) &&
		m.Last+2 < cend && d.toks[m.Last+1].Norm == "of" && !d.hasName(d.npAfter(m.Last+2, cend, nil), s.from) && d.isPluralAt(d.headIndex(d.npAfter(m.Last+2, cend, nil))) {
		return nil
	}
	// "According to the indictment, the attack was ordered by ...", "The
	// indictment says his house was watched": a charge named as the source of
	// what is told, no mention of the charging
	if t.Type == vigil.Charge && t.Noun && (m.First >= 2 && d.toks[m.First-1].Norm == "the" && d.toks[m.First-2].Norm == "to" && m.First >= 3 && d.toks[m.First-3].Norm == "according" ||
		m.First >= 1 && d.toks[m.First-1].Norm == "the" && m.Last+1 < cend && sourceVerbs[d.toks[m.Last+1].Norm] ||
		m.First >= 3 && d.toks[m.First-1].Norm == "the" && d.toks[m.First-2].Norm == "in" && citingVerbs[d.toks[m.First-3].Norm]) {
		return nil
	}
	// "doctors found signs consistent with poisoning": a finding about a
	// deed told elsewhere
	if isAttack(t.Type) && m.First > 1 && findingCues[d.toks[m.First-1].Norm] && findingCues[d.toks[m.First-2].Norm] {
		cd.support = true
		cd.rule("a finding of %q: confirms only", d.toks[m.First].Text)
	}
	if d.isCounted(m, cstart) || d.isModifier(m, cend) || t.Noun && d.inCategoryList(m, cstart) ||
		strings.HasSuffix(d.toks[m.First].Norm, "ing") && d.inKindList(m) {
		return nil
	}

	// "jailed on terrorism charges", "imprisoned pending trial": held, not
	// sentenced
	if t.Type == vigil.Conviction && (d.toks[m.First].Norm == "jailed" || d.toks[m.First].Norm == "imprisoned") {
		for k := m.Last + 1; k < cend && k <= m.Last+5; k++ {
			if n := d.toks[k].Norm; n == "pending" || n == "charges" || n == "suspicion" || n == "awaiting" {
				cd.typ = vigil.Arrest
				cd.rule("jailed on charges: an arrest")
				break
			}
		}
	}
	status, hurtOnly := d.status(m, cstart, cend, passive)
	cd.status = status
	// "police arrested two men over a plot to kill an activist": a plot its
	// plotters were arrested for did not go ahead
	if cause && cd.status == vigil.Planned && d.arrestedFor(m, s.from) {
		cd.status = vigil.Foiled
		cd.rule("a plot the arrest in its sentence answers: foiled")
	}
	target := d.target(m, cstart, cend, passive)
	cd.ownerUntold = t.Flags.owner && target.empty()
	// "offering HK$200,000 for information leading to each arrest": the
	// arrest a bounty pays for is no one
	if t.Type == vigil.Intimidation && !target.empty() && (d.headNorm(target) == "arrest" || d.headNorm(target) == "capture") {
		target = phrase{}
	}
	// "put bounties on the heads of five activists": the activists
	if !target.empty() && d.headNorm(target) == "heads" && target.to+1 < cend && d.toks[target.to].Norm == "of" {
		if p := d.npAfter(target.to+1, cend, nil); !p.empty() {
			target = p
		}
	}
	// "rallied on South Lawn", "gathered on the sidewalk below the office":
	// where a protest stood is not whom it was against
	if t.Type == vigil.Protest && !target.empty() && d.openGround(target) {
		target = phrase{}
	}
	// "found guilty of attempted murder by a jury at Linz Regional Court": the
	// court that tried the deed is not whom it was done to
	if cause && !target.empty() && d.anyWord(courtNouns, target.from, target.to) {
		target = phrase{}
	}
	// "Since 2014, Canada has imposed sanctions on more than 3,000
	// individuals", "has expelled a number of Belarusian diplomats since the
	// disputed 2020 election": a tally of many deeds since a year, no one
	// deed
	if !target.empty() && d.sinceTally(m, s, target) || !t.Noun && d.countedSinceTally(m, s) {
		return nil
	}
	// "A trial of his kidnappers in Istanbul ended last week with nine
	// convictions": the trial's end told is its verdict
	if t.Type == vigil.Charge && m.T.Noun && (d.toks[m.Last].Norm == "trial" || d.toks[m.Last].Norm == "trials") && d.endedInVerdict(m.Last+1, cend) {
		cd.typ = vigil.Conviction
		cd.rule("a trial that ended in convictions: conviction")
	}
	// "the channel was hijacked for three days", "his email account is
	// hijacked": an account taken over is a cyberattack, no one is seized
	if t.Type == vigil.Abduction && (d.toks[m.First].Norm == "hijacked" || d.toks[m.First].Norm == "hijacking") && !target.empty() && (cyberAssets[d.headNorm(target)] || mediaAccounts[d.headNorm(target)]) {
		cd.typ = vigil.Cyberattack
		cd.rule("an account or channel hijacked: cyberattack")
	}
	// "surveillance of the suspects": the police watching those they
	// suspect, not a state watching its critics
	// "a neighbour filmed part of the incident", "filmed a video mocking
	// Gulf rulers", "his mother was filmed reading a statement", "the
	// incident, which was filmed by passers-by": a record made of an event
	// or a statement, no watching of people
	if t.Type == vigil.Surveillance && recordingVerbs[d.toks[m.First].Norm] && m.First == m.Last &&
		(d.anyWord(recordedThings, m.Last+1, min(cend, m.Last+5)) ||
			m.Last+1 < cend && strings.HasSuffix(d.toks[m.Last+1].Norm, "ing") && d.isVerbForm(m.Last+1) ||
			passive && m.Last+2 < cend && d.toks[m.Last+1].Norm == "by" && (bystanderWords[d.toks[m.Last+2].Norm] || m.Last+3 < cend && bystanderWords[d.toks[m.Last+3].Norm])) {
		return nil
	}
	if t.Type == vigil.Surveillance && !target.empty() && watchedSuspects[d.headNorm(target)] {
		return nil
	}
	// "The gathering was monitored by police and ended peacefully": the
	// police of the place keeping watch, no state spying on exiles
	if t.Type == vigil.Surveillance && passive {
		if by := d.byAgent(m.Last+1, cend); !by.empty() && by.to-by.from == 1 && (d.toks[by.from].Norm == "police" || d.toks[by.from].Norm == "stewards") {
			return nil
		}
	}
	// ("were arrested on the spot", "killed at the scene": an idiom of
	// place names no one)
	if !target.empty() && idiomSites[d.toks[target.to-1].Norm] && target.to-2 >= 1 && d.toks[target.to-2].Norm == "the" {
		if prep := d.toks[target.to-3].Norm; prep == "on" || prep == "at" {
			target = phrase{}
		}
	}
	// ("fired several shots at close range": a distance, not whom)
	if !target.empty() && d.toks[target.to-1].Norm == "range" && target.from > 0 && d.toks[target.from-1].Norm == "at" {
		target = phrase{}
	}
	// "opened fire on an army patrol, wounding three soldiers": an attack on
	// a place or a group that hurt people was carried out; only an attempt
	// on a named person's life fails when its target is merely wounded
	if hurtOnly && cd.status == vigil.Attempted && (t.Type == vigil.ArmedAttack || t.Type == vigil.Bombing) && !d.namesPerson(target) {
		cd.status = vigil.CarriedOut
		cd.rule("people wounded in an attack not aimed at a named person: carried out")
	}
	// "Nyamwasa was shot in the stomach outside his home; he survived": a
	// failed shooting of one named person is an attempt on his life
	// (not one shot in the legs, a wound meant to maim)
	// ("shot him in the stomach. Nyamwasa survived": a pronoun stands for
	// the one named)
	onePerson := d.namesPerson(target) || target.to-target.from == 1 && (masculine[d.toks[target.from].Norm] || feminine[d.toks[target.from].Norm])
	if t.Type == vigil.ArmedAttack && shootingWords[d.toks[m.First].Norm] && onePerson && !d.isGroup(target) &&
		(cd.status == vigil.Attempted || d.survivedAfter(si)) && !d.diedAfter(si, m) && !d.shotIn(m.Last+1, cend, limbWords) {
		cd.typ, cd.status = vigil.Assassination, vigil.Attempted
		cd.rule("a named person shot and not killed: an attempt on his life")
	}
	// ("attacked and set fire to a police outpost": what was set on fire)
	if target.to-target.from == 1 && target.from > 0 && d.toks[target.from].Norm == "fire" && d.toks[target.from-1].Norm == "set" && target.to+1 < cend && d.toks[target.to].Norm == "to" {
		target = d.npAfter(target.to+1, cend, nil)
	}
	// "He approached Khangoshvili from behind and fired three shots": whom
	// the verb before "and" acted on
	if isAttack(t.Type) && target.empty() && !t.Noun && !passive && m.First-2 > s.from && d.toks[m.First-1].Norm == "and" {
		for v := m.First - 2; v > s.from && v >= m.First-12; v-- {
			if d.toks[v].Norm == "," || d.toks[v].Norm == ";" {
				break
			}
			if strings.HasSuffix(d.toks[v].Norm, "ed") && !d.toks[v].IsCap() && d.isVerbForm(v) {
				if q := d.npAfter(v+1, m.First-1, nil); !q.empty() && (d.namesPerson(q) || d.isPronoun(q.from) || d.isVictim(q)) && !d.isPlacePhrase(q) {
					target = q
				}
				break
			}
		}
	}
	// "rallied outside the Chinese embassy to protest against the detention
	// of her family": against whom a protest is, when what it names is a deed
	// ("chanted slogans outside the Indian consulate": what they chanted or
	// carried is no one either)
	if t.Type == vigil.Protest && !target.empty() && grievanceNouns[d.toks[target.from].Norm] || t.Type == vigil.Protest && !target.empty() && target.to-target.from > 1 && d.is(target.from, cDeterminer) && grievanceNouns[d.toks[target.from+1].Norm] ||
		t.Type == vigil.Protest && !target.empty() && chantedNouns[d.headNorm(target)] {
		target = d.protestSite(s)
	}
	// "gathered outside the Milimani Law Courts": where a protest was held
	// is no one it was against, but it does anchor the gathering
	venue := phrase{}
	if t.Type == vigil.Protest && d.isProtestVenue(target) {
		venue, target = target, phrase{}
	}
	// "held a protest on the court steps ... chanting against Kigali": the
	// state a protest is against, before the place it was held
	if t.Type == vigil.Protest {
		for k := m.Last + 1; k+1 < s.to; k++ {
			if d.toks[k].Norm == "against" && d.actorAt[k+1] >= 0 && d.in.Actors[d.actorAt[k+1]].Actor.Country != "" {
				if p := d.npAfter(k+1, s.to, nil); !p.empty() {
					target = p
				}
				break
			}
		}
	}
	// "charged him with attempted murder": a violent crime a charge names,
	// with no victim of its own, only confirms the attack told elsewhere
	// (spying told only through the charge is kept)
	if cause && target.empty() && violentPlots[t.Type] && m.First > 0 && (d.toks[m.First-1].Norm == "with" || d.toks[m.First-1].Norm == "of" || d.toks[m.First-1].Norm == "for") {
		cd.support = true
	}
	// "shot him in the back of the head": shots at one person's head are
	// meant to kill him (an attempt, if he survived)
	if cd.typ == vigil.ArmedAttack && shootingWords[d.toks[m.First].Norm] && d.isSinglePerson(target) && !d.isGroup(target) && d.shotIn(m.Last+1, cend, headWords) {
		cd.typ = vigil.Assassination
		if d.survivedAfter(si) {
			cd.status = vigil.Attempted
		}
		cd.rule("one person shot in the head: assassination")
	}
	if t.Type == vigil.ArmedAttack && cd.typ == vigil.ArmedAttack && shootingWords[d.toks[m.First].Norm] && len(d.sents) > shortReport &&
		(d.isSinglePerson(target) || d.namesPerson(target)) && !d.isGroup(target) && !d.isPluralAt(target.to-1) {
		// "a gunman shot the exiled general in the stomach": in a story,
		// shots at one person are meant to kill him (an attempt, if he was
		// wounded and lived); a dataset's record of a shooting stays an attack
		cd.typ = vigil.Assassination
		if d.survivedAfter(si) && !d.diedAfter(si, m) {
			cd.status = vigil.Attempted
		}
		cd.rule("one person shot: assassination")
	}
	if t.Type == vigil.ArmedAttack && cd.typ == vigil.ArmedAttack && d.attemptToKillNear(si) && (d.isSinglePerson(target) || d.namesPerson(target)) {
		// "had survived one attempt on his life. In June 2010, a gunman shot
		// him", "... attacked with a hammer; prosecutors are investigating
		// attempted murder": an attempt to kill him
		cd.typ, cd.status = vigil.Assassination, vigil.Attempted
		cd.rule("armed attack told as an attempt to kill: attempted assassination")
	}
	// (a name's first word alone is his too: "Chea, 74, was shot" after
	// "Chea Sovannara")
	if t.Type == vigil.ArmedAttack && cd.typ == vigil.ArmedAttack && d.diedAfter(si, m) && (d.isSinglePerson(target) || d.namesPerson(target) || d.shortName(target)) {
		// "Nissi was shot ... he died at the scene": the killing of a person;
		// gunmen killing bus passengers remain an armed attack
		cd.typ = vigil.Assassination
		cd.rule("armed attack on a person who died: assassination")
	}
	cd.why("status", "%s", cd.status)

	// roles
	ownOf := ""
	if d.onlyOwn(target) {
		// "sanctions of their own": on whom "on" names next, else on those
		// the last such event named
		own := target
		target = phrase{}
		if k := own.to; k+1 < cend && (d.toks[k].Norm == "on" || d.toks[k].Norm == "against") {
			target = d.npAfter(k+1, cend, nil)
		}
		if target.empty() {
			ownOf = d.lastTarget[t.Type]
		}
	}
	// "his father and two brothers were taken to a police station and made to
	// record a video": whom the coercion was done to, not what they recorded
	if t.Type == vigil.Intimidation && !passive && coercionVerbs[d.toks[m.First].Norm] && d.sharesPassive(head) {
		if p := d.target(m, cstart, cend, true); !p.empty() {
			target = p
		}
	}
	// "froze the assets of 89 people": a freeze targets the owners
	if t.Type == vigil.Sanction {
		for k := target.from; k+2 < target.to; k++ {
			if assetNouns[d.toks[k].Norm] && d.toks[k+1].Norm == "of" {
				target = phrase{k + 2, target.to}
				break
			}
		}
		// "freezing their assets": whose they are
		if target.to-target.from == 2 && d.isWord(target.from, cPossessive) && assetNouns[d.toks[target.from+1].Norm] {
			target = phrase{target.from, target.from + 1}
		}
	}
	// "their phones were hacked", "the laptop of an exiled journalist was
	// infected": spying on a device or an account targets its owner
	if t.Type == vigil.Cyberattack || t.Type == vigil.Surveillance {
		if owner := d.deviceOwner(target, cend); !owner.empty() {
			cd.why("target", "the owner of %q", d.phraseText(target))
			target = owner
		}
	}
	// "shot dead indigenous leader and council member Ernesto Campo Yule": a
	// bare title joined to a named one describes that same person
	if !target.empty() && !d.isWord(target.from, cDeterminer) && !d.hasName(target, s.from) && d.headIs(target, cVictim) &&
		target.to+1 < cend && d.toks[target.to].Norm == "and" {
		if q := d.npAfter(target.to+1, cend, nil); !q.empty() && !d.isWord(q.from, cDeterminer) && d.namesPerson(q) {
			target = phrase{target.from, q.to}
		}
	}
	// "authorities have arrested dozens of people": a tally over time
	if !target.empty() && vagueCounts[d.toks[target.from].Norm] && !t.Noun && m.First > 0 && (d.toks[m.First-1].Norm == "have" || d.toks[m.First-1].Norm == "has") {
		return nil
	}
	if t.Type == vigil.ArmedAttack {
		for _, k := range d.tolls {
			if k.First > m.Last && k.First <= m.Last+12 && d.sentOf(k.First).from == s.from {
				cd.killed = true
			}
		}
	}
	// "set fire to houses and shot dead eleven villagers": the people the
	// killing that gave way to this attack names, rather than a thing
	if t.Type == vigil.ArmedAttack && !target.empty() && burntProperty[d.headNorm(target)] {
		for _, k := range d.tolls {
			if k.First > m.Last && k.First < cend {
				if q := d.target(k, cstart, cend, false); !q.empty() && d.isVictim(q) {
					target = q
					cd.why("target", "those the killing told with it names")
				}
				break
			}
		}
	}
	if !target.empty() {
		cd.targetNamed = d.hasName(target, s.from)
		cd.titleTarget = si == 0 && s.Fragment
		cd.targetThing = !cd.targetNamed && !d.isVictim(target) && !d.isPronoun(target.from) && !d.isWord(target.from, cPossessive)
	}
	var actors []stateRef
	var actorPhrase phrase
	var actorCountry string
	rowGroup := false // the row's perpetrator column names an armed group
	if isAttack(t.Type) {
		d.stopper = ""
		actorPhrase, actorCountry = d.perpetrator(m, cstart, cend, passive, target)
		// ("boarded a jet believing he was bound for Burundi": a state named
		// in what the victim thought did nothing)
		if !actorPhrase.empty() && actorPhrase.from > m.First && d.anyWord(beliefWords, m.First, actorPhrase.from) {
			actorPhrase, actorCountry = phrase{}, ""
		}
		// "individuals wearing clothing similar to that of the PDI", "men
		// posing as police": whom the attackers passed for did nothing
		if !actorPhrase.empty() && d.impersonated(actorPhrase) {
			actorPhrase, actorCountry = phrase{}, ""
		}
		// ("men wearing police armbands": not the police's state)
		if !actorPhrase.empty() && d.fakePolice(actorPhrase.from, actorPhrase.to) {
			actorCountry = ""
		}
		// "The Ministry strongly condemns the attack on Mr Karnach": who
		// condemns a deed did not do it
		if !actorPhrase.empty() && actorPhrase.to <= m.First && d.condemns(actorPhrase.to, m.First) {
			actorPhrase, actorCountry = phrase{}, ""
		}
		// "...,Bombing/Explosion,...,Kurdistan Workers' Party (PKK),3,5": the
		// perpetrator column of an export row names who acted, where the
		// deed's own words name nobody ("a suicide bomber drove ...")
		// or names someone in another column ("2016-09-18 | Turkey | ...")
		if p, ok := d.rowPerpetrator(m.First); ok && (actorPhrase.empty() || !d.hasName(actorPhrase, s.from) || !d.sameField(actorPhrase.from, m.First)) {
			actorPhrase, actorCountry = p, ""
			if c, _ := d.stateOf(p); c != "" {
				actorCountry = c
			}
			cd.why("actor", "the row's perpetrator column, %q", d.phraseText(p))
			a, ok := d.actorIn(p)
			rowGroup = ok && a.Actor.Kind == "armed_group"
		}
		// "lured to Istanbul and abducted by agents who smuggled him to Iran":
		// a kidnapping's victim is taken home to the state behind it
		if t.Type == vigil.Abduction && actorCountry == "" {
			if c := d.carriedTo(s); c != "" {
				actorCountry = c
				cd.why("actor.country", "the state the victim was taken to: %s", c)
			}
		}
		// "suicide bombers attacked three churches": an attack by bombers is a bombing
		if cd.typ == vigil.ArmedAttack && !actorPhrase.empty() && (d.headNorm(actorPhrase) == "bombers" || d.headNorm(actorPhrase) == "bomber") {
			cd.typ = vigil.Bombing
			cd.rule("an attack by bombers: bombing")
		}
		// "Iranian state hackers attacked Albanian government networks": an
		// attack by hackers, or on networks, is a cyberattack
		if cd.typ == vigil.ArmedAttack && (!actorPhrase.empty() && hackerNouns[d.headNorm(actorPhrase)] || m.First > 0 && hackerNouns[d.toks[m.First-1].Norm] ||
			!target.empty() && d.anyWord(digitalTargets, target.from, target.to)) {
			cd.typ = vigil.Cyberattack
			cd.rule("an attack by hackers: cyberattack")
		}
		if actorCountry != "" {
			d.lastSponsor = actorCountry
		}
		// "shot dead by police at a roadblock outside Nairobi": a place's own
		// forces, named bare, act for the place's state, not the section's
		bareForces := !actorPhrase.empty() && homeForces[d.headNorm(actorPhrase)] && actorPhrase.to-actorPhrase.from <= 2
		// (the Union sanctions and protests; it sponsors no attack)
		if f := d.focusNear(si); actorCountry == "" && f != "" && f != "EU" && f != d.stopper && !(!actorPhrase.empty() && localFighters[d.headNorm(actorPhrase)]) && !bareForces && !rowGroup {
			actorCountry = f
			cd.actorFromFocus = true
			cd.why("actor.country", "the focus state %s of the section", f)
		}
	} else if t.Type != vigil.Protest {
		actors = d.responders(m, cstart, cend, passive)
		// "The Government ... has today decided: / - to recall ...": the
		// list's opening sentence names who decided
		if intro := d.decisionIntro(si); intro >= 0 {
			if r, ok := d.introSubject(intro); ok {
				actors = []stateRef{r}
			}
		}
		// "declared a First Secretary of the Embassy of the Republic of
		// Belarus persona non grata": a state expels another's diplomats, so
		// the embassy's state is not who expelled
		if t.Type == vigil.Expulsion && len(actors) > 0 {
			if st := d.embassyOf(target); st != "" && actors[0].code == st {
				actors = nil
			}
		}
		// "to call to Santiago, for consultations, the Ambassador of Chile in
		// Venezuela": a state recalls its own envoy
		if t.Type == vigil.AmbassadorRecall {
			if r, ok := d.envoyOf(target); ok && (len(actors) == 0 || actors[0].code != r.code) {
				actors = []stateRef{r}
			} else if r, ok := d.envoyStateBefore(target); ok && len(actors) == 0 {
				// ("The German Ambassador ... has been recalled")
				actors = []stateRef{r}
			}
		}
	}
	// "information for a terrorist attack": a lower-case word before the noun
	// says what kind of attack, not whose
	kindOnly := !actorPhrase.empty() && actorPhrase.to == m.First && !d.toks[actorPhrase.to-1].IsCap() &&
		(actorPhrase.to-actorPhrase.from == 1 || actorPhrase.to-actorPhrase.from == 2 && d.isWord(actorPhrase.from, cDeterminer))
	// ("Last month she and about 150 others demonstrated outside the
	// Storting": a counted crowd that marches is a protest)
	countedCrowd := t.Type == vigil.Protest && !t.Noun && d.countedCrowd(cstart, m.First)
	if t.Flags.generic && target.empty() && venue.empty() && (actorPhrase.empty() || kindOnly) && len(actors) == 0 && !d.anchored(si, m, cstart, cend) && !countedCrowd {
		return nil
	}
	// "a magnetic bomb attached to the car of Ghulam Nazari": explosives aimed
	// at one named person are an assassination (attempt)
	if cd.typ == vigil.Bombing && d.namesPerson(target) && !areaWeapons[d.toks[m.First].Norm] && !areaWeapons[d.toks[m.Last].Norm] {
		cd.typ = vigil.Assassination
		cd.rule("a bombing aimed at a named person: assassination")
	}
	// "... as the governor's convoy passed. The governor survived.": the next
	// sentence says the attempt on a named person failed
	if cd.typ == vigil.Assassination && cd.status == vigil.CarriedOut && si+1 < len(d.sents) && d.sents[si+1].Para == s.Para {
		n := d.sents[si+1]
		for k := n.from; k < n.to; k++ {
			if d.isWord(k, cSurvival) && !d.namesSomeoneElse(n.from, k, target) {
				cd.status = vigil.Attempted
				cd.rule("the next sentence says the target survived: attempted")
				break
			}
		}
	}
	// "Nyamwasa survived being shot": an attempt on a named person's life
	// (or a person the actor dictionary knows: "Exiled general Kayumba Nyamwasa")
	if cd.typ == vigil.ArmedAttack && cd.status == vigil.Attempted && !target.empty() && (d.isPerson(target) || d.namesPerson(target) || d.knownPerson(target)) {
		cd.typ = vigil.Assassination
		cd.rule("a named person survived the attack: attempted assassination")
	}
	// "an attack on democracy", "an assault on their sovereignty" are figures of
	// speech
	// (the head before "of": "two officials of the Ministry of Public
	// Security" are no abstraction)
	if h := d.headBeforeOf(target); !target.empty() && (h == "" && abstractNouns[d.headNorm(target)] || abstractNouns[h]) {
		return nil
	}
	// "attacks on Russian soil" name where, not whom: a bare plural of them
	// is a category
	if isAttack(t.Type) && t.Noun && !target.empty() && (soilNouns[d.headNorm(target)]) && d.isPluralAt(m.First) {
		return nil
	}
	// a killing is an assassination only of a specific person, not of a group;
	// armed men killing a group on a day and in a place it names is an attack
	// ("fighters killed 14 civilians in Kuda on 2 May")
	if t.Flags.kill && (target.empty() || d.isGroup(target)) {
		from := s.from
		if si > 0 && d.sents[si-1].Para == s.Para && d.dateOnly(d.sents[si-1]) {
			from = d.sents[si-1].from // "10 February 2020. Rebels killed 8 villagers in Mbau."
		}
		// (a dataset record's date and location fields place and date its
		// description: "Date: 2020-02-14. Location: Ogossagou ...")
		recorded := !d.recordDate.IsZero() && d.recordPlace != nil
		if target.empty() || t.Noun || !(recorded || d.placedAndDated(from, s.to)) || passive || !d.hasNumber(target) {
			return nil
		}
		cd.typ = vigil.ArmedAttack
		cd.rule("a killing of a group, told with its place and day: armed attack")
	}
	// threats count when they are made against people: "a bomb threat against
	// the aircraft" or "threatened to expel" are not intimidation
	// ("he had been warned by Sudanese embassy staff to stop organising
	// protests": agents of a state warning an exile intimidate him too)
	// ("travelled to Erbil to visit his mother": an exile's own visit home)
	if t.Flags.relative && d.toks[m.First].Norm == "visit" && m.First > 0 && d.toks[m.First-1].Norm == "to" {
		return nil
	}
	if t.Flags.relative && !d.namesRelative(target) && !(passive && d.stateAgentBy(m.Last+1, cend) && d.isVictim(target) && !d.anyWord(dangerWords, m.Last+1, min(s.to, m.Last+16))) {
		return nil
	}
	// ("sentences the hammer attacker to 14 years": a court sentences
	// the culprits as well as victims' kind of people)
	// ("beat the three of them": some of the people told before, though
	// "captured four of them" may be of the attackers)
	someOfThem := t.Type == vigil.ArmedAttack && target.to+1 < len(d.toks) && d.toks[target.to].Norm == "of" && personPro[d.toks[target.to+1].Norm]
	if (t.Type == vigil.Intimidation && t.Flags.generic || t.Flags.person || t.Flags.activePerson && !passive) && !d.isVictim(target) && !someOfThem && !d.namesRelative(target) &&
		!(courtAct[t.Type] && (d.headIs(target, cOperative) || d.headNorm(target) == "accomplice" || d.headNorm(target) == "defendant" ||
			!target.empty() && d.toks[target.from].IsCap() && d.placeAt[target.from] < 0 && d.actorAt[target.from] < 0 || d.townsman(target))) {
		return nil
	}
	// "a network Iran used to plan attacks on dissidents": what a group is
	// for, a bare plural of deeds against a bare plural of people, is no
	// event
	if isAttack(t.Type) && d.isPluralAt(m.First) && m.First >= 2 && d.toks[m.First-2].Norm == "to" &&
		!target.empty() && target.to-target.from == 1 && d.isPluralAt(target.from) && d.isWord(target.from, cVictim|cHumanNoun|cPersonNoun) {
		return nil
	}
	// "It is at least the third time relatives of the channel's staff have
	// been detained this year": a count of deeds, not one
	if k := d.ordinalTime(s.from, m.First); k >= 0 {
		return nil
	}
	// "a court sentences five men to death ... in a trial held behind closed
	// doors": the trial the verdict ended, not a charge of its own
	// ("a Turkish court halts the trial in absentia": no charge either)
	if t.Type == vigil.Charge && t.Noun && d.toks[m.First].Norm == "trial" && (d.anyWord(verdictWords, s.from, m.First) || d.anyWord(haltVerbs, max(s.from, m.First-3), m.First)) {
		return nil
	}
	// "the murder was ordered from Venezuela and carried out in Chile": "out"
	// closes another verb, not the order to leave
	if t.Type == vigil.Expulsion && d.toks[m.Last].Norm == "out" && m.Last > m.First && phrasalOut[d.toks[m.Last-1].Norm] {
		return nil
	}
	// "pleaded guilty to a lesser charge of causing injury with a knife", "on
	// charges of collusion with foreign forces": the noun, not the verb of
	// "prosecutors charge two men with spying"
	if n := d.toks[m.First].Norm; t.Type == vigil.Charge && !t.Noun && (n == "charge" || n == "charges") &&
		(chargeNounNext[d.toks[m.First+1].Norm] || m.First > 0 && d.isWord(m.First-1, cDeterminer|cPreposition)) {
		return nil
	}
	// "will request the extradition of two further suspects", "sought his
	// extradition": a request is not the handover
	if t.Type == vigil.Extradition && t.Noun {
		for k := m.First - 1; k >= cstart && k >= m.First-4; k-- {
			if requestVerbs[d.toks[k].Norm] {
				return nil
			}
		}
	}
	// "expelled 222 political prisoners to the United States": people sent
	// away, not diplomats declared unwelcome
	if t.Type == vigil.Expulsion && !target.empty() {
		if h := d.headNorm(target); deporteeNouns[h] {
			return nil
		}
	}
	// "New Delhi threatened to strip them of immunity": a threat to act,
	// not to harm ("threatened to kill him" is one)
	if t.Type == vigil.Intimidation && !t.Noun && strings.HasPrefix(d.toks[m.Last].Norm, "threaten") && m.Last+2 < cend && d.toks[m.Last+1].Norm == "to" && !harmThreats[d.toks[m.Last+2].Norm] {
		return nil
	}
	// "Every few months a dissident is threatened": a present passive of
	// someone indefinite, with no time of its own, tells a habit
	// (but not a dated entry of a timeline: "2 October 2018 - A Saudi
	// columnist is killed inside the consulate")
	if isAttack(t.Type) && passive && cd.section < 0 && (d.habitualPassive(m, cstart, s) || d.spanPassive(m, s)) {
		return nil
	}

	// when and where
	cd.date, cd.dateWhy = d.eventDate(si, m, cstart, cend, cause)
	if dt, ok := d.finerRecordDate(cd.date, m); ok && !cause {
		cd.date, cd.dateWhy = dt, "the record's finer date of the same year"
	}
	if cd.dateWhy != "" {
		cd.why("date", "%s", cd.dateWhy)
	}
	place, country, placeWhy := d.eventPlace(si, m, cstart, cend, cause)
	// "Two days after the stabbing, his cousin's house in Argun was
	// visited": the deed a time phrase counts from was told elsewhere, and
	// the sentence's place is the later deed's ("after the attack in Paris"
	// keeps its own)
	if place != nil && m.First >= 2 && d.toks[m.First-1].Norm == "the" && timeAnchors[d.toks[m.First-2].Norm] && !d.inOwnPhrase(place, m, s) {
		place, country, placeWhy = nil, "", ""
	}
	if place != nil && place.Feature == vigil.FeatureCountry && courtAct[t.Type] && !d.countryIsLocative(m, cstart, cend, country) {
		// "charged with acting for China": a court sits where the report
		// says, not in the state the accused served
		place, country, placeWhy = nil, "", ""
	}
	if place != nil && atHome[t.Type] {
		// states expel, recall and sanction at home: a place in the clause is the
		// other side ("expelled diplomats from Paris" aside)
		if place.Feature == vigil.FeatureCountry {
			place, country, placeWhy = nil, "", ""
		}
	}
	// "Officers from the local public security bureau came to the family's
	// apartment": relatives pressed by the perpetrator's own police are at
	// home, not in the town the sentence before named
	if t.Type == vigil.Intimidation && !cause && (placeWhy == "place of the sentence before" || placeWhy == "the one country the text names") && actorCountry != "" && country != actorCountry && d.namesRelative(target) {
		if named, _ := d.stateOf(actorPhrase); named == actorCountry {
			place, country, placeWhy = nil, actorCountry, "relatives pressed at home by their state's own officers, "+actorCountry
		}
	}
	// "her parents still live in Urumqi. ... Police had come to the family's
	// apartment": relatives pressed with no place of their own are where the
	// text said they live
	if t.Type == vigil.Intimidation && !cause && (place == nil || placeWhy == "place of the sentence before") && d.namesRelative(target) {
		// (not another family's, in another state than the one pressing)
		if home := d.kinHome(s.from); home != nil && (actorCountry == "" || home.Country == actorCountry) {
			pl := *home
			place, country, placeWhy = &pl, pl.Country, "where the text said the relatives live, "+quote(pl.Name)
		}
	}
	if place != nil && place.Feature != vigil.FeatureCountry {
		cd.place = place
	}
	// "in northwestern Nigeria": the text names the country and no town in it;
	// the dateline's town is not where it happened
	cd.countryNamed = place != nil && place.Feature == vigil.FeatureCountry
	// (nor in the mission's state, whatever else the sentence names: "outside
	// the Bahraini embassy in Belgrave Square, marking the entry of Saudi
	// forces into Bahrain")
	if t.Type == vigil.Protest && !cause && country != "" && country == d.missionState(target) && (place == nil || place.Country == country) {
		cd.place, country, placeWhy = nil, "", ""
	}
	if country == "" && t.Type == vigil.Protest && !cause {
		// "gathered outside the Chinese embassy": in the town the report is
		// about, which is not in China
		if state := d.missionState(target); state != "" {
			// (the town the paragraph told last: "Beijing opened a 'service
			// station' in Manchester ... In October, protesters gathered
			// outside the Chinese consulate")
			if pl, ok := d.townAfter(target.to, s.to, state); ok {
				cd.place, country, placeWhy = &pl, pl.Country, "the town after the mission, outside its state"
			} else if pl, ok := d.paragraphTownBefore(si, m.First, state); ok {
				cd.place, country, placeWhy = &pl, pl.Country, "the town the paragraph named last, outside the mission's state"
			} else if pl, ok := d.mostNamedTown(state, d.toks[m.First].Start); ok {
				cd.place, country, placeWhy = &pl, pl.Country, "the town the text names most, outside the mission's state"
			}
		} else if pl, _ := datelinePlace(d); pl.Feature == vigil.FeatureCity && !d.pluperfect(cstart, m.First) {
			// "BERLIN - ... exiles demonstrated outside the Chancellery" (not
			// "diplomats had taken part in rallies", told from elsewhere)
			cd.place, country, placeWhy = &pl, pl.Country, "the dateline's town"
		}
	}
	if country == "" && isAttack(t.Type) && !cause && d.datelineCountry != "" && !d.namesOtherState(s, d.datelineCountry, false) && !d.namesRelative(target) && !d.opensWithToldDeed(s) {
		// "KABUL, 3 May - A gunman shot dead a judge": where the report is filed
		country, placeWhy = d.datelineCountry, "country of the dateline"
		cd.countryFromDateline = true
	}
	// "Nepal: Police detained 14 Tibetans ...": a brief headed by its country
	if country == "" && !cause && !atHome[t.Type] {
		if c := d.labelCountry(si); c != "" {
			country, placeWhy = c, "the country that heads the brief"
		}
	}
	// "2 October 2018 - ISTANBUL. Khashoggi is killed inside the consulate":
	// the town that heads a timeline's entry
	if country == "" && !cause && !atHome[t.Type] {
		if pl, ok := d.entryPlace(si); ok {
			cd.place, country, placeWhy = &pl, pl.Country, "the town that heads the entry"
		}
	}
	// "Vienna police arrested two men on suspicion of threats against an
	// exile": the deed an arrest is over, with no place of its own, happened
	// where the arresting police work
	// (once merged with the article's other mentions of it, if none of them
	// tells where)
	if country == "" && cause && isAttack(t.Type) && d.policeArrest != "" && d.policeArrestSent == si {
		cd.arrestCountry = d.policeArrest
	}
	cd.country = country
	if placeWhy != "" {
		cd.why("place", "%s", placeWhy)
	}
	if cd.title && country != "" {
		cd.titlePlaceLoose = !strings.HasPrefix(placeWhy, "place ") || cd.place != nil && d.destinationIn(s, cd.place.Name)
	}

	// "His family calls it a kidnapping": the deed told just before, done to
	// the person named last in the paragraph's two sentences before
	if target.empty() && t.Noun && isAttack(t.Type) && d.namesDeedBefore(m) {
		if p := d.nameBefore(s.from); !p.empty() && d.sentIndex(p.from) >= si-2 && d.sents[d.sentIndex(p.from)].Para == s.Para {
			target = p
			cd.why("target", "the person named just before, whose ordeal this word names")
		}
	}
	// "Two men were detained on Tuesday. Both were charged on Wednesday",
	// "Both have since been charged": the people the sentence before named
	// (a be-form right after "Both", or nothing but auxiliaries up to the verb)
	if target.empty() && passive && m.First > cstart+1 && d.toks[cstart].Norm == "both" && (d.isWord(cstart+1, cBe) || d.onlyAuxiliaries(cstart+1, m.First)) {
		if p := d.peopleNamedBefore(si); !p.empty() {
			target = p
			cd.why("target", "%q: the people the sentence before named", d.toks[cstart].Text)
		}
	}
	// "adds the judge and two prison officials to its sanctions list,
	// freezing any assets they hold": whose assets, those it listed
	if t.Type == vigil.Sanction && !target.empty() && (d.headNorm(target) == "assets" || d.toks[m.Last].Norm == "assets" && d.isWord(target.from, cDeterminer)) {
		if p := d.listedOn(m, s.from); !p.empty() {
			target = p
			cd.why("target", "those the sentence put on its list")
		}
	}
	// "Savik found a GPS tracker taped under his car": the one who found it
	if target.empty() && t.Type == vigil.Surveillance && t.Noun {
		if p := d.finderOf(m, s.from); !p.empty() {
			target = p
			cd.why("target", "the one who found it")
		}
	}
	// "send spyware-laden links to at least four activists": whom they went to
	if target.empty() && t.Type == vigil.Cyberattack {
		for k := m.Last + 1; k+1 < cend && k <= m.Last+6; k++ {
			if d.toks[k].Norm != "to" {
				continue
			}
			if p := d.npAfter(k+1, cend, nil); !p.empty() && !d.isPlacePhrase(p) && (d.isVictim(p) || d.namesPerson(p)) {
				target = p
				cd.why("target", "those the malicious links or messages were sent to")
			}
			break
		}
	}
	// "examined Mukiza's handset and found traces of spyware", "found
	// Pegasus on Ahmed Mansoor's iPhone": spyware found on someone's device
	// was aimed at its owner, not at those who found it
	// ("the spyware had been planted on the phone of Omar Nasser": the tool
	// the passive made its subject)
	if malware := !target.empty() && malwareNouns[d.headNorm(target)]; t.Type == vigil.Cyberattack && (malware || t.Noun && (target.empty() || researchBodies[d.headNorm(target)])) {
		if p := d.namedDeviceOwner(s.from, s.to, malware); !p.empty() {
			target = p
			cd.why("target", "the owner of the device it was found on")
		}
	}
	if target.empty() && !t.Flags.generic && (t.Type == vigil.Assassination || t.Type == vigil.Abduction) {
		// an attack on a person whose sentence does not name them: the person
		// the article keeps naming
		if p := d.mainPerson(); !p.empty() {
			target = p
			cd.why("target", "the person the article names most")
		}
	}
	if !target.empty() {
		target = d.possessor(target, t.Type != vigil.Protest)
		// "The case of Karim Saleh, a lecturer, who was detained": whose case
		// it is
		if k := target.from; k+2 < target.to && d.isWord(k, cDeterminer) && (d.toks[k+1].Norm == "case" || d.toks[k+1].Norm == "cases") && d.toks[k+2].Norm == "of" {
			target = phrase{k + 3, target.to}
		}
		// "an attack on the life of a former commander": whose life it was
		if h := d.headNorm(target); (h == "life" || h == "lives") && target.to+1 < len(d.toks) && d.toks[target.to].Norm == "of" {
			if q := d.npAfter(target.to+1, s.to, nil); !q.empty() {
				target = q
				if cd.typ == vigil.ArmedAttack {
					cd.typ = vigil.Assassination
					cd.rule("an attack on someone's life: assassination")
				}
			}
		}
		tgtCountry := d.targetCountry(target)
		cd.target = d.ref(target, tgtCountry)
		// ("gathered on the steps of Parliament House", "outside City Hall"):
		// where a protest was held keeps it apart from other protests, but
		// is not whom it was against
		// (but "outside the Georgian parliament" names the state's body)
		cd.targetVenue = t.Type == vigil.Protest && (gatheringSites[d.headNorm(target)] || protestSiteWords[d.headNorm(target)] && d.demonymState(target) == "") && d.missionState(target) == ""
		// "A Tajik opposition activist who vanished ... Farrukh Nazarov, 41,
		// a member of the banned opposition movement, was last seen": the
		// lead's someone is the one the next paragraph opens by naming and
		// describing alike
		// "Bill Browder. The British financier, who ..., was detained": the
		// person the line before names alone
		if p := d.nameLineBefore(target, si); !p.empty() {
			cd.target = d.ref(p, d.targetCountry(p))
			cd.targetNamed = true
			cd.why("target", "the %q the line before names, %q", d.phraseText(target), d.phraseText(p))
		}
		if p := d.namedNext(target, si); !p.empty() {
			cd.target = d.ref(p, d.targetCountry(p))
			cd.targetNamed = true
			cd.why("target", "the %q of the lead, named as %q", d.phraseText(target), d.phraseText(p))
		}
		// "arrested a 45-year-old suspect, Stephan Ernst, who ...": the
		// description with the name set off after it (merging still goes
		// by the description alone)
		if p := d.nameSetOff(target); !p.empty() {
			cd.target = d.ref(phrase{target.from, p.to}, tgtCountry)
		}
		// "The second, a podcaster living in Montreal, was hacked": the
		// apposition says who the ordinal is
		if n := d.toks[target.from].Norm; target.to-target.from <= 2 && ordinalPeople[n] || target.to-target.from == 2 && n == "the" && ordinalPeople[d.toks[target.from+1].Norm] {
			if c := target.to; c+1 < len(d.toks) && d.toks[c].Norm == "," && d.isWord(c+1, cDeterminer) {
				if p := d.npAfter(c+1, d.sentOf(c).to, nil); !p.empty() {
					cd.target = d.ref(p, d.targetCountry(p))
					target = p
				}
			}
		}
		// "a device under his car", "her email account was hacked": the
		// owner of the thing is whom it was aimed at; the phrase stays when
		// nothing resolves the pronoun
		owner := d.pronounOwner(target)
		// "her 71-year-old father was taken from his home": the relative of
		// the person the pronoun stands for, named by that person
		var kin phrase
		if n := d.toks[target.from].Norm; owner.empty() && (n == "his" || n == "her" || n == "their") && target.to-target.from >= 2 && d.anyWord(relativeNouns, target.from+1, target.to) {
			kin = phrase{target.from + 1, target.to}
			target = phrase{target.from, target.from + 1}
		}
		unresolved := cd.target
		if !owner.empty() {
			target = owner
		} else if p := d.namedOwner(target); !p.empty() && isAttack(t.Type) {
			// "photographing Makhauri's building": whom it was aimed at
			cd.target = d.ref(p, d.targetCountry(p))
			cd.why("target", "the owner of %q", d.phraseText(target))
			target = p
		}
		// "Q: There was also an attempt to hack your phone." / "A: The
		// prosecutor charged me": in an interview, the person interviewed
		if n := d.toks[target.from].Norm; target.to-target.from == 1 && interviewPronouns[n] && d.interview() {
			if p := d.interviewee(); !p.empty() {
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = true
				cd.why("target", "%q in an interview: the person interviewed, %q", d.toks[target.from].Text, d.phraseText(p))
				target = p
			}
		}
		if n := d.toks[target.from].Norm; (pronouns[n] || n == "his" || n == "their") && target.to-target.from == 1 {
			singular := n == "he" || n == "she" || n == "him" || n == "her" || n == "his"
			// "that person has said they were harassed": they are the speaker;
			// "his daughter wrote that he had been kidnapped": he is not
			// (a victim who speaks may name the attackers first: "Pakistani
			// blogger X said two men attacked him")
			reach := 3
			if singular {
				reach = 7
				if target.from > 0 && d.toks[target.from-1].Norm == "that" {
					// "X had told friends and, in several videos, his
					// followers that he": the clause reported is his
					reach = 16
				}
			}
			// (a clause reported after "that" reaches back to its speaker:
			// "Uwimana told the group that strangers had photographed his flat")
			spoken := cstart
			if cstart > s.from && (d.toks[cstart].Norm == "that" || d.toks[cstart-1].Norm == "that") {
				spoken = s.from
			}
			if p := d.speakerBefore(target.from, spoken, reach); !p.empty() && (!singular || d.speaksOfSelf(p)) {
				// "that person has said they were harassed": they are the speaker
				cd.target = d.ref(p, d.targetCountry(p))
				cd.why("target", "pronoun %q resolved to the speaker %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.addresseeBefore(target.from, s.from); !p.empty() && (singular != d.isGroup(p)) {
				// "police told two of its presenters that there were plots to
				// kill them": those the warning was for
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = d.hasName(p, s.from)
				cd.why("target", "pronoun %q resolved to the one told, %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.pairBefore(target.from); (n == "them" || n == "they") && !p.empty() {
				// "arrested a Richmond man and a Burnaby woman and later charged
				// them": the pair the sentence named
				cd.target = d.ref(p, "")
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to the pair %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.pluralPeopleBefore(target.from, s.from); (n == "them" || n == "they" || n == "their") && !p.empty() && !overlaps(p, actorPhrase) {
				// "added the names of 15 exiled activists to its list, freezing
				// their assets": the people the sentence named before
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.previousPluralOpening(si); (n == "them" || n == "they") && target.from == s.from && !p.empty() {
				// "The pair flew to Bucharest. They were detained": the two the
				// sentence before opened with
				cd.target = d.ref(p, "")
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to %q of the sentence before", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.pluralOpening(target.from); (n == "them" || n == "they") && !p.empty() && p != actorPhrase {
				// "The two men who carried out the shooting were tried by the
				// court, which sentenced them": the people the sentence opens with
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to the subject %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.earlierObject(m.First, target.from, s.from); (n == "him" || n == "her" || passive && (n == "he" || n == "she")) && !p.empty() {
				// "convicted a Russian man of murder and sentenced him to life":
				// the one the coordinated verb before acted on
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = d.hasName(p, s.from)
				cd.why("target", "pronoun %q resolved to the object before, %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.coordinatedObject(m.First, s.from); (n == "him" || n == "her" || n == "them") && !p.empty() {
				// "declared an attache persona non grata and gave him five days
				// to leave": the one the verb before "and" acted on
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = d.hasName(p, s.from)
				cd.why("target", "pronoun %q resolved to the object before, %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.passiveSubjectBefore(target.from, s.from); (n == "him" || n == "her") && !p.empty() {
				// "her brother Sofiane was arrested ..., and two months later a
				// court sentenced him": the one the clause before was done to
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = d.hasName(p, s.from)
				cd.why("target", "pronoun %q resolved to the subject of the passive before, %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.finderOf(m, s.from); !owner.empty() && !p.empty() && p != actorPhrase {
				// "an off-duty officer found a device under his car": the one
				// who found it owns it
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = d.hasName(p, s.from)
				cd.why("target", "pronoun %q resolved to the finder, %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.describedIn(s.from, target.from); (n == "he" || n == "she") && !p.empty() && p.to < target.from && p != actorPhrase && d.nameBefore(target.from).to <= s.from &&
				!d.isWord(p.from, cPossessive) && !d.reportedBetween(p.to, target.from) {
				// "a man armed with a knife attacked two pedestrians, before he
				// was detained": the person the sentence opens with
				cd.target = d.ref(p, "")
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to the subject %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.suspectBefore(target.from, s.from); singular && t.Type.IsResponse() && !p.empty() {
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to the one held for the deed, %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.namedLater(d.sentIndex(target.from), n); !p.empty() {
				// "detained him on 11 February ... He was named as X": the name
				// the report gives later
				cd.target = d.ref(p, d.targetCountry(p))
				cd.why("target", "pronoun %q named later as %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.mainSubjectBefore(target.from, s.from); (n == "him" || n == "her") && !p.empty() && p.to != m.First && !(p.to < m.First && relativePronouns[d.toks[p.to].Norm] && !d.anyWord(subordinators, p.to, m.First)) {
				// "Joao Maldonado survived when a gunman fired at him": the
				// person the main clause is about (not the subject of the
				// pronoun's own clause: "A man photographs him")
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = d.hasName(p, s.from)
				cd.why("target", "pronoun %q resolved to the main clause's %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.subjectAntecedent(d.sentIndex(target.from), n); !p.empty() && d.sentIndex(target.from) == si {
				// "He approached Khangoshvili from behind ... He was arrested
				// minutes later": the one the story follows, not the last name
				cd.target = d.ref(p, "")
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to %q of the sentences before", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.antecedentName(d.speakerStart(target.from, cstart), n); !p.empty() && d.sentIndex(p.from) >= si-3 && n != "them" && n != "they" &&
				!(singular && d.describedBefore(si, n).from > p.from) && !d.otherGender(p, n) && !(singular && groupNouns[d.headNorm(p)]) {
				// (one name is not "them"; and "The suspect, a Russian citizen,
				// was arrested. Prosecutors charged him": the one described
				// since the name)
				cd.target = d.ref(p, "")
				cd.targetNamed = false // a guess: it must not keep mentions apart
				cd.why("target", "pronoun %q resolved to %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.describedBefore(si, n); singular && !p.empty() && !d.otherGender(p, n) && !groupNouns[d.headNorm(p)] {
				// "A 20-year-old Syrian man planned ... He was arrested in
				// September": the person the sentence before described
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.mainPerson(); singular && !p.empty() && p != actorPhrase && !d.headingBetween(p.from, target.from) && !d.otherGender(p, n) {
				// the person the article keeps naming, when nothing nearer is
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to the person the article names most, %q", d.toks[target.from].Text, d.phraseText(p))
			} else if p := d.firstPerson(); singular && !p.empty() && p != actorPhrase && p.from < target.from && !d.headingBetween(p.from, target.from) && !d.otherGender(p, n) {
				// a feature that names its subject once and then says "he":
				// the first person it names
				cd.target = d.ref(p, d.targetCountry(p))
				cd.targetNamed = false
				cd.why("target", "pronoun %q resolved to the first person the article names, %q", d.toks[target.from].Text, d.phraseText(p))
			}
		}
		if !kin.empty() && cd.target != nil {
			if cd.target != unresolved && unresolved != nil && properName(cd.target.Name) && !d.capitalInside(kin) && !d.namedAsRelative(cd.target.Name) && !d.namesPlace(cd.target.Name) {
				// (the relative keeps the phrase's own country: a wrong guess
				// at whom the pronoun means must not move the deed's sides)
				cd.target.Name = d.phraseText(phrase{target.from, kin.to}) + " (relative of " + cd.target.Name + ")"
				cd.target.ID, cd.target.Country, cd.target.Kind = "", unresolved.Country, unresolved.Kind
			} else {
				cd.target = unresolved // (no name found for the pronoun: the phrase as it stands)
			}
			target = phrase{target.from, kin.to}
		}
		// "Police stopped two men ... Border guards detained both of them":
		// the people named before
		// ("all six", "all three men", "both men": the same, counted)
		if n := d.toks[target.from].Norm; (n == "both" || n == "all") && (target.to-target.from == 1 || target.to-target.from == 3 && d.toks[target.to-1].Norm == "them" || d.countedAll(target)) {
			// (before the sentence: not "Border guards detained both of them")
			if p := d.peopleNamedBefore(si); !p.empty() {
				cd.target = d.ref(p, "")
				cd.why("target", "%q of %q, whom the sentence before named", d.phraseText(target), d.phraseText(p))
			} else if p := d.pluralPeopleBefore(s.from, d.sents[max(si-1, 0)].from); !p.empty() && (d.headIs(p, cPersonNoun|cHumanNoun|cVictim) || d.isCountAt(p.from)) && !d.isGroup(p) {
				cd.target = d.ref(p, d.targetCountry(p))
				cd.why("target", "%q of %q", d.phraseText(target), d.phraseText(p))
			}
		}
		if d.onlyNumbers(target) {
			// "stopped a vehicle carrying six aid workers and abducted all
			// six": the same number named before in the sentence;
			// "fired tear gas at hundreds of students and detained 17 of
			// them": those "them" means
			// (not the sentence's own subject: "Several men came out and
			// beat the three of them" beat others)
			ofThem := target.to+1 < cend && d.toks[target.to].Norm == "of" && d.toks[target.to+1].Norm == "them"
			if p := d.pluralPeopleBefore(target.from, s.from); ofThem && !p.empty() && p.from > s.from+1 {
				cd.target = d.ref(p, d.targetCountry(p))
				cd.why("target", "count %q of %q", d.phraseText(target), d.phraseText(p))
			} else if p := d.countedBefore(target, s.from); !p.empty() && !(ofThem && p.from <= s.from+1) {
				cd.target = d.ref(p, d.targetCountry(p))
				cd.why("target", "count %q of %q", d.phraseText(target), d.phraseText(p))
			} else if prev := d.lastTarget[t.Type]; prev != "" {
				// "Lithuania ordered out three": three of what the last such event named
				cd.target.Name = prev
				cd.why("target", "count %q of the previous %s", d.phraseText(target), t.Type)
			}
		} else if cd.target != nil {
			d.lastTarget[t.Type] = withoutCount(cd.target.Name)
		}
	}
	// "The blogger left Baku in 2019 after a spell in police custody", "fled
	// after being detained": what befell someone after "after" befell the
	// person the main clause is about
	if cd.target == nil && target.empty() && personal[t.Type] {
		if p := d.subjectOfAfter(s, m.First); !p.empty() && !overlaps(p, actorPhrase) {
			cd.target = d.ref(p, d.targetCountry(p))
			cd.targetNamed = d.hasName(p, s.from)
			cd.why("target", "the subject of the clause before 'after', %q", d.phraseText(p))
		}
	}
	// "...,Bombing/Explosion,...,Turkish Armed Forces convoy,...": the target
	// column of an export row, where the deed's own words name no one
	if cd.target == nil && isAttack(t.Type) {
		if p, ok := d.rowTarget(m.First); ok {
			cd.target = d.ref(p, d.targetCountry(p))
			cd.why("target", "the row's target column, %q", d.phraseText(p))
		}
	}
	if cd.target == nil && ownOf != "" {
		cd.target = &vigil.ActorRef{Name: ownOf}
		cd.guessedTarget = true
		cd.why("target", "of their own: those the previous %s named", t.Type)
	}
	if isAttack(t.Type) && cd.actorFromFocus && actorCountry == cd.country && actorCountry == d.datelineCountry {
		// "LONDON - British police charged a man seen filming outside the
		// offices of a TV channel": the state the section is about is the
		// one that answers the attack on its soil, not the one behind it
		actorCountry, cd.actorFromFocus = "", false
		cd.why("actor.country", "not the focus state: it is the host that reports")
	}
	// "an exiled Cambodian activist was beaten in Bangkok", in a story whose
	// states are Thailand's: the host is not the one behind an attack on
	// another state's exile; that state is, when the text names no other
	// (nor when the story names no state behind it, only the host's police
	// and courts: "Gunmen shot a Lao activist in Bangkok. Thai police ...")
	unsponsored := actorCountry == "" && cd.country != "" && (actorPhrase.empty() || !d.hasActor(actorPhrase)) && d.hostState() == cd.country
	// (nor is a third state the section names most, when the exile's own is
	// told: "a Russian pilot who defected to Ukraine was shot dead in Spain",
	// in a story full of Ukraine's intelligence agency)
	if isAttack(t.Type) && (cd.actorFromFocus && actorCountry != "" || unsponsored) && cd.target != nil {
		// (a nationality is not a cause: "a Georgian citizen of Chechen origin")
		if c := d.demonymState(target); c != "" && c != cd.country && !d.namesRelative(target) && !d.anyWord(nationalityNouns, target.from, target.to) {
			actorCountry = c
			cd.why("actor.country", "the state of the exile attacked abroad, %s", c)
		}
	}
	if isAttack(t.Type) {
		// "police raided the home of his brother in Tehran": a state's own
		// police acting at home
		if (t.Type == vigil.Intimidation || cd.typ == vigil.ArmedAttack || cd.typ == vigil.Assassination) && !t.Noun && actorCountry == "" && cd.country != "" && !actorPhrase.empty() && homeForces[d.headNorm(actorPhrase)] && actorPhrase.to-actorPhrase.from <= 2 {
			actorCountry = cd.country
			cd.why("actor.country", "the police of the place %s", cd.country)
		}
		// "her mother was summoned to a police station in Kigali": relatives
		// are summoned and questioned by the authorities of where they live
		if t.Flags.relative && passive && actorCountry == "" && actorPhrase.empty() && cd.country != "" {
			actorCountry = cd.country
			cd.why("actor.country", "the authorities of the place %s", cd.country)
		}
		if !actorPhrase.empty() {
			cd.actor = d.ref(actorPhrase, actorCountry)
		} else if actorCountry != "" {
			cd.actor = &vigil.ActorRef{Name: stateName(d, actorCountry), Country: actorCountry, Kind: "state"}
		}
		// "Hong Kong police put a bounty on five activists abroad": a bounty is
		// set where its issuer sits, not where its targets live
		if bountyWords[d.toks[m.First].Norm] && !cd.actorFromFocus && actorCountry != "" {
			cd.country, cd.place = actorCountry, nil
			cd.why("place", "the country of the bounty's issuer")
		}
		cd.conf = 0.6
		if cd.actor != nil {
			cd.conf += 0.1
		}
		if cd.target != nil {
			cd.conf += 0.1
		}
		return []*candidate{cd}
	}
	if t.Type == vigil.Protest {
		return []*candidate{cd}
	}
	if len(actors) == 0 && !passive && d.lastResponder.code != "" && d.pronounSubject(cstart, m.First) {
		// "She also suspended ...": the authority that acted last acts again
		actors = []stateRef{d.lastResponder}
		cd.why("actor", "the last responder")
	}
	// "Five of the defendants were arrested on Wednesday, the Justice
	// Department said": the authority that reports a passive response made it
	if len(actors) == 0 && passive {
		if p := d.trailingSpeaker(s, m.Last); !p.empty() {
			if code, ok := d.isAuthority(p); ok && code != "" && !mediaNouns[d.headNorm(p)] {
				actors = []stateRef{{code: code, p: p}}
				cd.why("actor", "the authority that reports it, %q", d.phraseText(p))
			}
		}
	}
	if len(actors) == 0 && country == "" && d.datelineCountry != "" && !atHome[t.Type] && !t.Noun && !d.namesOtherState(s, d.datelineCountry, courtAct[t.Type]) {
		country = d.datelineCountry
		cd.country = country
		cd.why("place", "country of the dateline")
	}
	// "two Indian officials were asked to leave Australia": the state they
	// must leave expels them
	if len(actors) == 0 && t.Type == vigil.Expulsion && passive && d.toks[m.Last].Norm == "leave" && m.Last+1 < cend {
		if a := d.actorAt[m.Last+1]; a >= 0 && d.in.Actors[a].Actor.Kind == "state" && d.in.Actors[a].Actor.Country != "" {
			e := m.Last + 1
			for e < cend && d.actorAt[e] == a {
				e++
			}
			actors = []stateRef{{code: d.in.Actors[a].Actor.Country, p: phrase{m.Last + 1, e}}}
			cd.why("actor", "the state they were told to leave")
		}
	}
	// "Her father was taken to a camp in 2017": relatives of an exile are
	// held at home, by the state the story is about
	if len(actors) == 0 && (country == "" || placeWhy == "place of the sentence before") && t.Type == vigil.Arrest && passive && d.namesRelative(target) {
		f := d.focusNear(si)
		if f == "" {
			f = d.lastSponsor // (the state behind the last attack told)
		}
		if f != "" {
			country = f
			cd.country, cd.place = f, nil
			cd.why("place", "relatives held by the focus state %s", f)
		}
	}
	// "her brother was held for three weeks and questioned about her
	// activities": relatives held to press an exile are intimidated too
	cd.heldToPress = t.Type == vigil.Arrest && d.namesRelative(target) && d.pressesExile(m.Last+1, s.to)
	// "was detained by men in plain clothes outside his flat": no authority
	// that says who it is holds a man so, it seizes him
	if t.Type == vigil.Arrest && passive {
		if by := d.captorsBy(m.Last+1, cend); !by.empty() {
			cd.typ = vigil.Abduction
			cd.actor = d.ref(by, "")
			cd.conf = 0.7
			cd.rule("held by unnamed men: abduction")
			return []*candidate{cd}
		}
	}
	if len(actors) == 0 {
		// no named responder: the authorities of the place where it happened
		if country != "" && country != "EU" {
			cd.actor = &vigil.ActorRef{Name: stateName(d, country) + " authorities", Country: country, Kind: "state"}
			cd.why("actor", "authorities of the place %s", country)
		}
		d.finishResponse(cd)
		d.hostAuthority(cd, s)
		return d.withRendition(cd, target, si, m)
	}
	var out []*candidate
	for i, a := range actors {
		c := cd
		if i > 0 {
			c = cd.clone()
		}
		if atHome[t.Type] && d.lastResponder.code != "" && (a.code == "" || d.guessedState(a.p) && a.code != d.lastResponder.code) {
			// "Foreign Minister Heiko Maas announced the entry bans": an office
			// with no state named acts for the state that acted last
			a.code = d.lastResponder.code
		}
		// "the foreign ministry declared the most senior Eritrean diplomat in
		// The Hague persona non grata": a ministry the dictionary guessed is
		// not of the state whose diplomat it expels, but of where it sits
		if t.Type == vigil.Expulsion && c.target != nil && c.target.Country != "" && a.code == c.target.Country && d.guessedState(a.p) && country != "" && country != a.code {
			a.code = country
		}
		// "A Brussels court sentenced": the city's court is Belgium's, not
		// the Union the city stands for
		cityCourt := a.code == "EU" && courtAct[t.Type] && (c.country != "" && c.country != "EU" || strings.Contains(d.phraseText(a.p), "Brussels"))
		if cityCourt {
			if c.country == "" || c.country == "EU" {
				c.country = "BE" // (the Union's own courts convict no one)
			}
			a.code = c.country
		}
		c.actor = d.ref(a.p, a.code)
		if cityCourt && c.actor != nil {
			c.actor.ID, c.actor.Kind = "", ""
		}
		if am, ok := d.actorIn(a.p); ok && c.actor != nil && am.Guessed && am.Actor.Country != a.code {
			c.actor.ID = "" // the dictionary's guess was another state's ministry
		}
		if c.actor == nil || a.p.empty() {
			c.actor = &vigil.ActorRef{Name: stateName(d, a.code), Country: a.code}
		}
		if a.code != "" {
			d.lastResponder = a
			if (t.Type == vigil.Arrest || t.Type == vigil.Charge) && !cause {
				d.policeArrest, d.policeArrestSent = a.code, si
			}
		}
		if c.country == "" || (len(actors) > 1 && place == nil) {
			c.country = a.code
		}
		// "LYON, 13 June - The assize court sentenced ...": a court or police
		// named without a state act where the report is filed
		if c.country == "" && a.code == "" && d.datelineCountry != "" && !atHome[t.Type] && !d.namesOtherState(s, d.datelineCountry, true) {
			c.country = d.datelineCountry
			c.why("place", "country of the dateline")
		}
		// "put 40 Uyghur men on a flight to Kashgar": where they were sent
		// is not where the state that sent them handed them over
		if t.Type == vigil.Extradition && a.code != "" && a.code != "EU" && c.country != "" && c.country != a.code && d.toks[m.Last].Norm == "to" && d.placeAfter(m.Last+1, cend, c.country) {
			c.place, c.country = nil, a.code
		}
		if (atHome[t.Type] || courtAct[t.Type]) && a.code != "" && a.code != "EU" && c.country != a.code {
			// a state sanctions and expels at home: a place in another country
			// is where the deed it answers happened
			c.place, c.country = nil, a.code
		}
		if c.actor.Country == "" && c.country != "EU" {
			c.actor.Country = c.country // "police" act for the state where they are
		}
		// "was detained by Kazakh police in November on a notice issued by
		// Tajikistan": a state's police arrest at home, unless the clause
		// names where
		if t.Type == vigil.Arrest && a.code != "" && a.code != "EU" && !a.p.empty() && c.country != a.code && !d.guessedState(a.p) && !d.spyAgency(a.p) &&
			!strings.HasPrefix(placeWhy, "place \"") && !strings.HasPrefix(placeWhy, "unlisted place") {
			c.place, c.country = nil, a.code
			c.why("place", "the state whose police made the arrest, %s", a.code)
		}
		d.finishResponse(c)
		d.hostAuthority(c, s)
		// "detained by MIT agents in Nairobi": a state's intelligence service
		// seizing someone abroad abducts, it does not arrest
		if c.typ == vigil.Arrest && a.code != "" && c.place != nil && c.place.Country != "" && c.place.Country != a.code && d.spyAgency(a.p) {
			c.typ = vigil.Abduction
			c.country = c.place.Country
			c.rule("an arrest abroad by a state's intelligence service: abduction")
		}
		out = append(out, d.withRendition(c, target, si, m)...)
	}
	return out
}

// hostAuthority gives the police or court that responded, when no state is
// named for it and nothing places the deed, the state the story is set in:
// "counter-terror officers swooped on three men", "the same court sentenced
// him" (too likely to say whose, not certain enough to say where).
func (d *doc) hostAuthority(c *candidate, s sentInfo) {
	if c.actor == nil || c.actor.Country != "" || c.country != "" || c.place != nil || atHome[c.typ] || !homeAuthorityNouns[lastWord(c.actor.Name)] {
		return
	}
	if host := d.hostState(); host != "" && host != "EU" && !d.namesOtherState(s, host, true) {
		c.actor.Country = host
		c.why("actor.country", "the state the story is set in, %s", host)
	}
}

// homeAuthorityNouns name police, prosecutors and courts, which act in the
// state they belong to.
var homeAuthorityNouns = set("police", "officers", "officer", "detectives", "investigators", "prosecutors", "prosecutor",
	"court", "judge", "jury", "magistrates", "agents", "officials", "authorities")

// withRendition returns a detention or a handover, and beside it the abduction
// it is when the people held are flown to their own state at once ("Kosovo
// police detain six Turkish citizens ... and put them on a private plane to
// Turkey within hours"): a rendition, done for the state that receives them.
func (d *doc) withRendition(c *candidate, target phrase, si int, m triggerMatch) []*candidate {
	if c.typ != vigil.Arrest && c.typ != vigil.Extradition {
		return []*candidate{c}
	}
	c.flightOnly = c.typ == vigil.Extradition && !lawfulRemovals[d.toks[m.First].Norm] && d.anyWord(flightWords, m.First, m.Last+1)
	s := d.sents[si]
	home := d.demonymState(target)
	// (not the haste of what was done on arrival: "deported them to
	// Cambodia, where they were immediately jailed")
	end := s.to
	for k := s.from + 1; k < s.to; k++ {
		if d.toks[k].Norm == "where" && d.toks[k-1].Norm == "," {
			end = k
			break
		}
	}
	// ("is detained by security officers and put on a plane to Riyadh
	// within hours": a named person flown at once to a town of another
	// state is flown home)
	// ("Seven teachers ... are detained by Moldovan intelligence officers
	// and handed over to Turkish officials the same day": whose officials
	// receive them)
	sent := false
	if home == "" && d.namesPerson(target) {
		home = d.flownTo(s, c.country)
		sent = home != ""
	}
	if home == "" {
		home = d.handedToAuthorities(s)
		sent = home != ""
	}
	if home == "" || home == c.country || !d.anyWord(renditionCues, s.from, s.to) && !d.swiftBefore(si, end) || d.anyWord(handoverByLaw, s.from, s.to) {
		return []*candidate{c}
	}
	for k := s.from; k+1 < s.to && !sent; k++ {
		if d.toks[k].Norm != "to" {
			continue
		}
		if pm := d.placeAt[k+1]; pm >= 0 && d.in.Places[pm].Place.Feature == vigil.FeatureCountry && d.in.Places[pm].Place.Country == home {
			sent = true
			break
		}
		// ("handed over to Turkish officials the same day")
		if a := d.actorAt[k+1]; a >= 0 && d.in.Actors[a].Via == "demonym" && d.in.Actors[a].Actor.Country == home && k+2 < s.to && homeAuthorityNouns[d.toks[k+2].Norm] {
			sent = true
			break
		}
	}
	if !sent {
		return []*candidate{c}
	}
	ab := c.clone("people held and flown to their own state at once: abduction")
	ab.typ, ab.status, ab.rendition, ab.flightOnly = vigil.Abduction, vigil.CarriedOut, true, false
	ab.actor = &vigil.ActorRef{Name: stateName(d, home), Country: home, Kind: "state"}
	return []*candidate{c, ab}
}

// handedToAuthorities is the state whose officials or agents people are
// handed over to in sentence s ("handed over to Turkish officials"), or "".
func (d *doc) handedToAuthorities(s sentInfo) string {
	for k := s.from + 1; k+2 < s.to; k++ {
		if d.toks[k].Norm != "to" || d.toks[k-1].Norm != "over" {
			continue
		}
		if a := d.actorAt[k+1]; a >= 0 && d.in.Actors[a].Via == "demonym" && secretReceivers[d.toks[k+2].Norm] {
			return d.in.Actors[a].Actor.Country
		}
	}
	return ""
}

// secretReceivers name those a rendition hands people to; police and
// officers may take a suspect over by law ("handed him over to Thai
// officers at the crossing").
var secretReceivers = set("officials", "agents", "intelligence", "operatives")

// lawfulRemovals name a removal done by law, told beside the rendition it
// may also be: "extradited", "deported".
var lawfulRemovals = set("extradited", "extradite", "extradition", "deported", "deport", "deportation", "deporting", "expelled", "expelling")

// flownTo is the state of the town or country a flight in sentence s took
// someone to ("put on a plane to Riyadh", "flown to Ashgabat"), when it is
// not the state of the event's own country; else "".
func (d *doc) flownTo(s sentInfo, country string) string {
	for k := s.from + 1; k+1 < s.to; k++ {
		if d.toks[k].Norm != "to" || !(flightWords[d.toks[k-1].Norm] || k >= 2 && flightWords[d.toks[k-2].Norm]) {
			continue
		}
		if pm := d.placeAt[k+1]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal {
			if c := d.in.Places[pm].Place.Country; c != "" && c != country {
				return c
			}
		}
	}
	return ""
}

// flightWords carry someone by air: "a plane to", "flown to".
var flightWords = set("plane", "flight", "jet", "aircraft", "flown", "flew", "airlifted")

// renditionCues tell a removal done in haste or in secret, outside a court.
var renditionCues = set("hours", "private", "chartered", "secretly", "secret", "rendition", "rendered", "renditions", "unmarked")

// anchored: a named place and a calendar date in the clause make even a generic
// word ("a shooting in Almere in December 2015") a specific event.
func (d *doc) anchored(si int, m triggerMatch, cstart, cend int) bool {
	place, date := false, false
	for k := cstart; k < cend; k++ {
		if p := d.placeAt[k]; p >= 0 && d.in.Places[p].Kind == vigil.Literal &&
			(d.in.Places[p].Place.Feature != vigil.FeatureCountry || k > 0 && (d.toks[k-1].Norm == "across" || d.toks[k-1].Norm == "throughout")) {
			place = true // a town, or a whole country: "demonstrated across Russia"
		}
		if t := d.timeAt[k]; t >= 0 && !d.in.Times[t].Date.IsZero() {
			date = true
		}
	}
	return place && date
}

// dateOnly: the sentence is a date and nothing else, as records open:
// "10 February 2020."
func (d *doc) dateOnly(s sentInfo) bool {
	dated := false
	for k := s.from; k < s.to; k++ {
		if t := d.timeAt[k]; t >= 0 {
			dated = dated || !d.in.Times[t].Date.IsZero()
			continue
		}
		if d.toks[k].Kind == token.Word || d.toks[k].Kind == token.Number {
			return false
		}
	}
	return dated
}

// namesOtherState: the sentence names a state other than code ("Saudi
// nationals", "Riyadh"), so the dateline's country need not be where it happened.
// A court acts where the report is filed: for charges and verdicts only a state
// named as a place counts; the accused's nationality ("an Iranian official was
// charged") or the victim's critic ("who criticised Iran's government") do not.
func (d *doc) namesOtherState(s sentInfo, code string, court bool) bool {
	for k := s.from; k < s.to; k++ {
		if d.bodySeat(k) {
			continue // "the government in Kigali" names who, not where
		}
		// "an Ankara court": where the court sits
		if pm := d.placeAt[k]; court && pm >= 0 && d.in.Places[pm].Place.Country != code && d.in.Places[pm].Place.Country != "" && d.seatOf(k, pm) {
			return true
		}
		if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Actor.Kind == "state" && d.in.Actors[a].Actor.Country != code &&
			!(court && (!d.isLocative(k) || k > 0 && sourcePreps[d.toks[k-1].Norm])) {
			return true
		}
	}
	return false
}

// targetCountry is the state a target belongs to: a state or demonym in its
// phrase ("17 Saudis", "Iranian diplomats", "the Kremlin").
func (d *doc) targetCountry(p phrase) string {
	for k := p.from; k < p.to; k++ {
		if a := d.actorAt[k]; a >= 0 && stateKinds[d.in.Actors[a].Actor.Kind] && !d.isLocative(k) {
			return d.in.Actors[a].Actor.Country
		}
	}
	// an exile group or a person: the state they come from
	if a, ok := d.actorIn(p); ok && a.Via != "demonym" {
		return a.Origin
	}
	return ""
}

// isSinglePerson: a named person, a pronoun for one, or a singular noun of a
// person ("an activist").
func (d *doc) isSinglePerson(p phrase) bool {
	if p.empty() {
		return false
	}
	if d.isPerson(p) {
		return true
	}
	if p.to-p.from == 1 {
		switch d.toks[p.from].Norm {
		case "he", "she", "him", "her":
			return true
		}
	}
	// "the founder of a small opposition movement": the person before "of"
	for k := p.from + 1; k+1 < p.to; k++ {
		if d.toks[k].Norm == "of" {
			if d.isWord(k-1, cVictim|cPersonNoun) && !d.isPluralAt(k-1) && !relativeNouns[d.toks[k-1].Norm] {
				return true
			}
			break
		}
	}
	return d.headIs(p, cVictim|cPersonNoun) && !d.isGroup(p)
}

var personNouns = set("man", "woman", "father", "mother", "son", "daughter", "husband", "wife", "brother",
	"sister", "electrician", "engineer", "businessman", "businesswoman", "presenter", "editor", "cleric", "friend", "colleague", "comrade")

// speakerStart is where the speaker of a reporting verb before token k begins,
// or k: a pronoun after "his daughter, Carine, wrote that" is not the speaker.
func (d *doc) speakerStart(k, cstart int) int {
	s := d.sentOf(k)
	for j := k - 1; j >= s.from; j-- {
		if d.isWord(j, cReporting) && d.toks[j].Norm != "according" {
			// the person meant was named before the one who speaks (past an
			// apposition: "His daughter, Alice, wrote")
			end := j
			if end-1 > s.from && d.toks[end-1].Norm == "," {
				for c := end - 2; c > s.from; c-- {
					if d.toks[c].Norm == "," {
						end = c
						break
					}
				}
			}
			if p := d.npBefore(end, s.from); !p.empty() {
				return p.from
			}
			return end
		}
	}
	return k
}

// describedBefore is the first noun phrase of the sentence before si when it
// describes one person: "A 20-year-old Syrian man", "The suspect".
func (d *doc) describedBefore(si int, pron string) phrase {
	// ("A 30-year-old Austrian man was arrested ... Prosecutors said he
	// had been ... A jury convicted him": back through sentences that go on
	// about him with a pronoun of his gender)
	same := masculine
	if feminine[pron] {
		same = feminine
	}
	for j := si - 1; j >= 0 && j >= si-3 && d.sents[j].Para == d.sents[si].Para; j-- {
		// (further back, only one introduced there: "a 30-year-old man",
		// not "The blogger" standing for a name)
		if p := d.describedIn(d.sents[j].from, d.sents[j].to); !p.empty() && (j == si-1 || d.toks[p.from].Norm == "a" || d.toks[p.from].Norm == "an") {
			return p
		}
		if !masculine[pron] && !feminine[pron] || !d.anyWord(same, d.sents[j].from, d.sents[j].to) || !d.otherPersonIn(d.sents[j].from, d.sents[j].to, pron).empty() {
			break // (a sentence about someone else ends the chain)
		}
	}
	return phrase{}
}

// masculine and feminine are the pronouns of one man or one woman told
// before.
var (
	masculine = set("he", "him", "his")
	feminine  = set("she", "her", "hers")
	// maleNouns and femaleNouns give a described person's gender: "he" is
	// not "his wife"
	maleNouns   = set("man", "men", "husband", "father", "brother", "son", "uncle", "nephew", "grandfather", "boy", "widower", "businessman", "king", "prince")
	femaleNouns = set("woman", "women", "wife", "mother", "sister", "daughter", "aunt", "niece", "grandmother", "girl", "widow", "businesswoman", "queen", "princess", "fiancee", "fiancée")
)

// describedIn is the person a stretch of text opens with, its subject, when
// it is described rather than named: "A 20-year-old Syrian man planned ...".
// A dateline before it is skipped.
func (d *doc) describedIn(from, to int) phrase {
	for from < to && d.datelineSpan.End > 0 && d.toks[from].Start < d.datelineSpan.End {
		from++
	}
	// ("POLAND: Prosecutors in Warsaw charged ...": past a brief's label)
	for k := from; k < to && k <= from+3; k++ {
		if d.toks[k].Norm == ":" {
			from = k + 1
			break
		}
	}
	limit := from + 12
	authority := false
	for k := from; k < to && k < limit; k++ {
		if d.timeAt[k] >= 0 || d.toks[k].Kind != token.Word || d.isWord(k, cPreposition) || authority && d.isVerbForm(k) {
			continue
		}
		// ("Police in Warsaw detained a man": past the place the authority
		// acted in, which the noun phrase would run on from)
		if pm := d.placeAt[k]; authority && pm >= 0 {
			k = d.placeEnd(k, pm) - 1
			continue
		}
		p := d.npAfter(k, to, nil)
		if p.empty() {
			continue
		}
		// ("Prosecutors in Warsaw on Monday charged a man": past where and
		// when the authority acted)
		if authority && (d.isPlacePhrase(p) || d.isTimePhrase(p)) {
			k = p.to - 1
			continue
		}
		// ("His lawyer says he ...": someone's spokesman, who speaks of the
		// possessor; "his younger brother, Karim, was arrested" is the one)
		speaksFor := d.isWord(p.from, cPossessive) && p.to < to && d.isWord(p.to, cReporting)
		if d.headIs(p, cPersonNoun|cHumanNoun|cVictim) && !d.isPluralAt(p.to-1) && !(d.isCountAt(p.from) && d.toks[p.from].Norm != "one") && !speaksFor {
			return p // (not "two men": a plural "men" has no -s)
		}
		// "FBI agents arrested a 22-year-old man ... He was charged": past
		// the authority that acted, to the one it acted on
		if _, ok := d.isAuthority(p); ok && !authority {
			limit, k, authority = p.to+8, p.to-1, true
			continue
		}
		return phrase{}
	}
	return phrase{}
}

// subjectAntecedent is whom a pronoun opening or ending a sentence refers to
// when the sentences before it follow one actor: the subject of the sentence
// before, or, where that subject is the same pronoun again, the one before
// that. A pronoun prefers the story's subject to the last name said, which is
// often its victim: "Krasikov travelled ... He approached Khangoshvili ...
// He was arrested" is Krasikov. pron is the pronoun's normalised form; only
// a name (or, for "they" and "them", a plural of people) counts as a subject.
func (d *doc) subjectAntecedent(si int, pron string) phrase {
	plural := pron == "they" || pron == "them"
	female := pron == "she" || pron == "her"
	same := func(n string) bool { // the pronoun again, or its possessive
		switch {
		case plural:
			return n == "they" || n == "their"
		case female:
			return n == "she" || n == "her"
		}
		return n == "he" || n == "his"
	}
	chained := false
	for back := 1; back <= 3 && si-back >= 0; back++ {
		prev := d.sents[si-back]
		k := d.subjectStart(prev.from, prev.to)
		if k < 0 {
			return phrase{}
		}
		if d.opensWithPronoun(k, prev.to, same) || d.reportedPronoun(k, prev.to, same) {
			chained = true
			continue // the same one again: look further back
		}
		if plural {
			if d.authoritySubject(k, prev.to) {
				// "Police detained two Uyghur students ... charged them":
				// those the authority acted on
				for j := k + 1; j < prev.to; j++ {
					if t := d.toks[j]; strings.HasSuffix(t.Norm, "ed") && !t.IsCap() {
						continue // the verb
					}
					if p := d.peopleAt(j, prev.to); !p.empty() {
						return p
					}
				}
				return phrase{}
			}
			return d.peopleAt(k, prev.to)
		}
		// "Karegeya's friend and fellow exile, the former army chief of staff
		// Kayumba Nyamwasa, had been targeted": the friend, named in the
		// apposition, not the one whose friend he is
		if p := d.personAt(k); !p.empty() && p.to < prev.to && d.toks[p.to].Norm == "'s" {
			for j := p.to + 1; j < prev.to && j <= p.to+12; j++ {
				if d.toks[j].Norm == "," {
					if q := d.personAt(d.skipDescription(j+1, prev.to)); !q.empty() {
						return q
					}
					break
				}
			}
			return phrase{}
		}
		if p := d.personAt(k); !p.empty() || !chained {
			return p
		}
		// "The court found Andrei K. guilty. His surname was not released.
		// He was detained in April": the person of the sentence the chain
		// of pronouns starts from, named or described ("charged a
		// 20-year-old Syrian man")
		return d.personIn(k, prev.to)
	}
	return phrase{}
}

// newPredicate: an "and" right before the verb at head follows a predicate
// of its own that began at token k ("rejected the claims and expelled"), not
// a bare verb sharing k's scope ("did not arrest and charge").
func (d *doc) newPredicate(k, head int) bool {
	and := head - 1
	if and > k && d.is(and, cAdverb) {
		and--
	}
	return and-k > 2 && d.toks[and].Norm == "and"
}

// dangerWords make a warning one of a danger to the one warned ("was warned
// by the police that his life was in danger"), which protects rather than
// intimidates.
var dangerWords = set("danger", "dangers", "risk", "threat", "threats", "plot", "plots", "credible")

// authoritySubject: the clause at k opens with an authority that acts
// ("Police", "Turkish police later detained").
func (d *doc) authoritySubject(k, end int) bool {
	for j := k; j < end && j <= k+4; j++ {
		if d.isWord(j, cAuthority) {
			return true
		}
		if d.isVerbForm(j) || d.toks[j].Kind != token.Word {
			return false
		}
	}
	return false
}

// opensWithPronoun: the pronoun stands in the first words of the sentence,
// before any name: "He was ...", "Under privacy rules his surname ...".
func (d *doc) opensWithPronoun(k, end int, same func(string) bool) bool {
	for j := k; j < end && j <= k+5; j++ {
		if same(d.toks[j].Norm) {
			return true
		}
		if d.toks[j].Kind != token.Word || !d.personAt(j).empty() || d.isWord(j, cReporting) {
			return false
		}
	}
	return false
}

// personIn is the first person named or described ("a 20-year-old Syrian
// man") in tokens [from, to), past the subject that starts at from.
func (d *doc) personIn(from, to int) phrase {
	subj := d.npAfter(from, to, nil)
	start := from
	if !subj.empty() && !d.namesPerson(subj) {
		start = subj.to
	}
	for j := start; j < to; j++ {
		if p := d.personAt(j); !p.empty() {
			return p
		}
		if d.toks[j].Kind != token.Word || !d.isWord(j, cDeterminer) {
			continue
		}
		if p := d.npAfter(j, to, nil); !p.empty() && d.headIs(p, cPersonNoun) {
			return p
		}
	}
	return phrase{}
}

// otherPersonIn is personIn past the people a pronoun of pron's gender acts
// on ("he looked for Goraya"), who leave a chain about "he" unbroken.
func (d *doc) otherPersonIn(from, to int, pron string) phrase {
	p := d.personIn(from, to)
	for !p.empty() && d.objectOfPronoun(p, pron) {
		p = d.personIn(p.to, to)
	}
	return p
}

// reportedBetween: a reporting verb stands in tokens [from, to): "His
// family says he was forced".
func (d *doc) reportedBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if d.isWord(k, cReporting) {
			return true
		}
	}
	return false
}

// reportedPronoun: the subject at k only reports what the pronoun did:
// "Prosecutors said he photographed ...".
func (d *doc) reportedPronoun(k, end int, same func(string) bool) bool {
	for j := k + 1; j < end && j <= k+5; j++ {
		if d.isWord(j, cReporting) {
			if j+1 < end && d.toks[j+1].Norm == "that" {
				j++
			}
			return j+1 < end && same(d.toks[j+1].Norm)
		}
	}
	return false
}

// pairBefore is a pair of people joined by "and" before token tok in its
// sentence ("a Richmond man and a Burnaby woman", "Kamran S. and Milad J."),
// the nearest one, or nothing.
func (d *doc) pairBefore(tok int) phrase {
	s := d.sentOf(tok)
	for k := tok - 2; k > s.from; k-- {
		if d.toks[k].Norm != "and" {
			continue
		}
		left, right := d.npBefore(k, s.from), d.npAfter(k+1, tok, nil)
		if left.empty() || right.empty() || right.to > tok {
			continue
		}
		if d.onePerson(left) && d.onePerson(right) {
			return phrase{left.from, right.to}
		}
	}
	return phrase{}
}

// onePerson: the phrase names or describes one person ("a Burnaby woman",
// "Milad J.").
func (d *doc) onePerson(p phrase) bool {
	if !d.personAt(p.from).empty() {
		return true
	}
	return d.headIs(p, cPersonNoun|cVictim|cHumanNoun) && !d.isPluralAt(p.to-1) && !pluralNouns[d.headNorm(p)]
}

// peopleAt is the plural of people that starts at token k ("The two men",
// "three couriers"), not an authority, or nothing.
func (d *doc) peopleAt(k, end int) phrase {
	p := d.npAfter(k, end, nil)
	// ("Police detained two students": the subject ends before its verb)
	for j := p.from + 1; j < p.to; j++ {
		if t := d.toks[j]; strings.HasSuffix(t.Norm, "ed") && !t.IsCap() && (d.isWord(j-1, cAuthority) || d.isWord(j-1, cOperative)) {
			p.to = j
			break
		}
	}
	if !p.empty() && d.headIs(p, cHumanNoun|cVictim|cOperative) && !d.headIs(p, cAuthority) && (d.isPluralAt(p.to-1) || pluralNouns[d.headNorm(p)]) {
		return p
	}
	return phrase{}
}

// previousPluralOpening is the plural of people ("The pair", "The two men")
// the sentence before si opens with, in its paragraph or the one before.
func (d *doc) previousPluralOpening(si int) phrase {
	if si == 0 || d.sents[si-1].Para < d.sents[si].Para-1 {
		return phrase{}
	}
	prev := d.sents[si-1]
	k := d.subjectStart(prev.from, prev.to)
	if k < 0 {
		return phrase{}
	}
	p := d.peopleAt(k, prev.to)
	if p.empty() && k+1 < prev.to && d.is(k, cDeterminer) && (d.toks[k+1].Norm == "pair" || d.toks[k+1].Norm == "couple" || d.toks[k+1].Norm == "duo") {
		p = phrase{k, k + 2}
	}
	return p
}

// pluralOpening is the plural of people the sentence of token tok opens with,
// when it ends before tok.
func (d *doc) pluralOpening(tok int) phrase {
	s := d.sentOf(tok)
	k := d.subjectStart(s.from, tok)
	if k < 0 {
		return phrase{}
	}
	if p := d.peopleAt(k, tok); !p.empty() && p.to <= tok {
		return p
	}
	return phrase{}
}

// nameLineBefore is the person a definite description opening sentence si
// stands for when the line before names that person alone ("Bill Browder.
// / The British financier, who ..."), or an empty phrase.
func (d *doc) nameLineBefore(target phrase, si int) phrase {
	s := d.sents[si]
	if target.from != s.from || d.toks[target.from].Norm != "the" || si == 0 || d.capital(target.to-1) || d.toks[target.to-1].Kind != token.Word {
		return phrase{}
	}
	prev := d.sents[si-1]
	if prev.Para != s.Para && prev.Para+1 != s.Para || prev.to-prev.from > 5 {
		return phrase{}
	}
	p := d.personAt(prev.from)
	if p.empty() || p.to < prev.to-1 || p.to < prev.to && d.toks[p.to].Norm != "." && d.toks[p.to].Norm != ":" {
		return phrase{}
	}
	return p
}

// namedNext: target, an indefinite victim described in sentence si ("a Tajik
// opposition activist"), is the person whose name opens the next paragraph,
// when the description set off after that name shares a word with it
// ("Farrukh Nazarov, 41, a member of the banned opposition movement") and no
// other person is named between them.
func (d *doc) namedNext(target phrase, si int) phrase {
	if target.empty() || target.to-target.from < 3 || (d.toks[target.from].Norm != "a" && d.toks[target.from].Norm != "an") ||
		!victimNouns[d.headNorm(target)] || d.hasName(target, d.sents[si].from) {
		return phrase{}
	}
	var words [8]string
	desc := contentWords(words[:0], d.phraseText(phrase{target.from + 1, target.to - 1}))
	for s := si + 1; s < len(d.sents) && s <= si+2; s++ {
		sn := d.sents[s]
		if sn.Fragment {
			return phrase{}
		}
		if sn.Para == d.sents[si].Para+1 && (s == si+1 || d.sents[s-1].Para == d.sents[si].Para) {
			p := d.personAt(sn.from)
			if p.empty() || p.to-p.from < 2 || p.to >= sn.to || d.toks[p.to].Norm != "," || !d.namesPerson(p) || d.actorAt[p.from] >= 0 {
				return phrase{}
			}
			end := min(sn.to, p.to+14)
			for k := p.to + 1; k < end; k++ {
				if d.toks[k].Kind == token.Word && slices.Contains(desc, d.toks[k].Norm) {
					return p
				}
			}
			return phrase{}
		}
		for j := sn.from + 1; j < sn.to; j++ {
			if d.isNameWord(j) {
				return phrase{} // someone else is named first
			}
		}
	}
	return phrase{}
}

// namedLater is the name a report gives a person after first telling of
// them by a pronoun: "Officers detained him ... He was named as X", "he has
// been identified as X". Only the next three sentences, and only one that
// opens with the same pronoun, count.
func (d *doc) namedLater(si int, pron string) phrase {
	want := "he"
	switch pron {
	case "she", "her":
		want = "she"
	case "they", "them":
		want = "they"
	}
	if si < 0 {
		return phrase{}
	}
	for s := si; s < len(d.sents) && s <= si+3; s++ {
		k := d.subjectStart(d.sents[s].from, d.sents[s].to)
		if k < 0 || d.toks[k].Norm != want {
			continue
		}
		end := d.sents[s].to
		j := k + 1
		for j < end && j <= k+4 && (d.isWord(j, cBe) || d.isWord(j, cAuxiliary) || d.isWord(j, cAdverb)) {
			j++
		}
		if j == k+1 || j+1 >= end || (d.toks[j].Norm != "named" && d.toks[j].Norm != "identified") || d.toks[j+1].Norm != "as" {
			continue
		}
		if p := d.personAt(j + 2); !p.empty() {
			return p
		}
	}
	return phrase{}
}

// subjectStart is the token a sentence's subject begins at, past an opening
// date or short adverbial ("In March, ...", "On Friday"), or -1.
func (d *doc) subjectStart(from, to int) int {
	k := from
	for k < to && d.datelineSpan.End > 0 && d.toks[k].Start < d.datelineSpan.End {
		k++
	}
	if k < to && (d.isWord(k, cPreposition) || d.timeAt[k] >= 0 || d.toks[k].Norm == "according") {
		for j := k; j < to && j <= k+6; j++ {
			if d.toks[j].Norm == "," {
				k = j + 1
				break
			}
		}
	}
	for k < to && d.timeAt[k] >= 0 {
		k++
	}
	if k >= to || d.toks[k].Kind != token.Word {
		return -1
	}
	return k
}

// groupNouns are speakers that are not one person: "his family says he".
var groupNouns = set("family", "relatives", "lawyers", "police", "government", "ministry", "office", "court", "group")

// guessedState: the phrase's actor is a name several states share, its state
// only guessed from the text around ("The Ministry of Foreign Affairs
// declared the consul persona non grata" after "Norway ordered ... to leave").
func (d *doc) guessedState(p phrase) bool {
	for k := p.from; k < p.to; k++ {
		if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Guessed {
			return true
		}
	}
	return false
}

// genericSubjects open a subject that stands for anyone of a kind: "when a
// government spies on ...", "whenever anyone threatens ...".
var genericSubjects = set("a", "an", "anyone", "anybody", "someone", "somebody", "any")

// bountyWords name rewards set on people's heads.
var bountyWords = set("bounty", "bounties", "reward", "rewards")

// humanNouns name people by what they are or do: "seized two teachers".
var humanNouns = set("people", "person", "persons", "friends", "colleagues", "comrades", "attendees", "participants", "delegates", "spectators", "pair", "couple", "trio", "duo", "customers", "patrons", "guests", "shoppers", "diners", "visitors", "fans", "churchgoers", "congregants", "pupils", "commuters", "tourists", "pilgrims", "men", "women", "protesters", "protestors", "demonstrators",
	"marchers", "member", "worshippers", "pedestrians", "mourners", "policemen", "policeman", "teacher", "teachers", "worker", "workers",
	"employee", "employees", "national", "nationals", "citizen", "citizens", "resident", "residents", "officer",
	"officers", "soldier", "soldiers", "pilot", "pilots", "priest", "priests", "doctor", "doctors", "nurse", "nurses",
	"child", "children", "boy", "boys", "girl", "girls", "passenger", "passengers", "villager", "villagers", "farmer",
	"farmers", "trader", "traders", "civilian", "civilians", "tourist", "tourists", "hostage", "hostages", "monk", "monks",
	"imam", "imams", "professor", "professors", "academic", "academics", "researcher", "researchers", "officials",
	"politician", "politicians", "candidate", "candidates", "suspect", "suspects", "colleague", "colleagues", "sons",
	"daughters", "brothers", "sisters", "parents", "businessmen", "couple", "pastor", "pastors", "clerics", "chief",
	"elder", "elders", "driver", "drivers", "guard", "guards", "judge", "judges", "prosecutor", "mayor", "governor",
	"fisherman", "fishermen", "herder", "herders", "miner", "miners", "vendor", "vendors", "crew", "sailors", "youths",
	// (trades and callings an exile may be described by: "a former oil executive was seized")
	"executive", "executives", "banker", "manager", "director", "singer", "musician", "artist", "comedian", "athlete",
	"footballer", "wrestler", "boxer", "sprinter", "scientist", "economist", "historian", "publisher", "bookseller",
	"translator", "photographer", "filmmaker", "cartoonist", "satirist", "commentator", "youtuber", "influencer", "vlogger",
	"campaigner", "organiser", "organizer", "volunteer", "deserter", "lieutenant", "captain", "colonel", "major", "commander", "entrepreneur",
	"shopkeeper", "accountant", "clerk", "programmer", "mechanic", "labourer", "laborer", "tailor")

// isVictim: a phrase that names people who can be intimidated: a victim noun
// ("dissidents", "his family"), a person's name, a pronoun, or an exile group.
func (d *doc) isVictim(p phrase) bool {
	if p.empty() {
		return false
	}
	if d.headIs(p, cVictim|cPersonNoun|cHumanNoun) || d.isPerson(p) || d.namesPerson(p) || personPro[d.toks[p.from].Norm] && p.to-p.from == 1 || d.shortName(p) {
		return true
	}
	if a, ok := d.actorIn(p); ok && (a.Actor.Kind == "group" || a.Actor.Kind == "person" || a.Actor.Kind == "media") {
		return true
	}
	for k := p.from; k < p.to; k++ {
		if d.isWord(k, cVictim) {
			return true
		}
		// ("the director of a chain of schools": the head before its "of")
		if k > p.from && d.toks[k].Norm == "of" && d.isWord(k-1, cPersonNoun|cHumanNoun) {
			return true
		}
	}
	return false
}

// openGround: the phrase names an open place people stand in ("South
// Lawn", "the sidewalk", "Puerta del Sol", "Heldenplatz"), not a body or a
// mission.
func (d *doc) openGround(p phrase) bool {
	h := d.headNorm(p)
	if openGroundNouns[h] {
		return true
	}
	for _, suffix := range []string{"platz", "plein", "straße", "strasse", "plaza"} {
		if strings.HasSuffix(h, suffix) && len(h) > len(suffix) {
			return true
		}
	}
	return d.toks[p.from].IsCap() && (d.toks[p.from].Norm == "puerta" || d.toks[p.from].Norm == "plaza" || d.toks[p.from].Norm == "place")
}

// openGroundNouns name open places a crowd stands in.
var openGroundNouns = set("lawn", "sidewalk", "pavement", "square", "street", "road", "highway", "avenue", "boulevard", "park", "steps", "plaza", "green", "quad", "promenade", "sol", "bridge", "roundabout")

// breachWords break a rule: "in breach of sanctions", "evading sanctions".
var breachWords = set("breach", "breaches", "breaching", "breached", "violation", "violations", "violating", "violated", "evade", "evading", "evaded", "evasion", "circumvent", "circumventing", "circumvention", "busting")

// rewardNouns name a bounty offered.
var rewardNouns = set("reward", "rewards", "bounty", "bounties")

// closeKinNouns follow "close" as an adjective: "close ties to".
var closeKinNouns = set("ties", "links", "contacts", "contact", "relations", "cooperation", "ally", "allies", "friend", "friends", "associate", "associates", "to")

// creditedCases are the cases a press release credits.
var creditedCases = set("case", "matter", "investigation", "prosecution")

// commuteVerbs change a sentence passed before.
var commuteVerbs = set("commuted", "commutes", "commute", "commuting", "pardoned", "quashed", "overturned", "annulled")

// wrongfulWords mark a detention a state protests: "wrongfully detained".
var wrongfulWords = set("wrongfully", "wrongful", "unlawfully")

// arrestSpeechVerbs tell someone he is under arrest.
var arrestSpeechVerbs = set("told", "tells", "telling", "shouted", "shouting", "informed", "announced", "yelled")

// watchedMedia are things an audience watches or follows.
var watchedMedia = set("video", "videos", "broadcast", "broadcasts", "programme", "programmes", "program", "programs",
	"show", "shows", "film", "films", "channel", "channels", "stream", "streams", "podcast", "podcasts", "posts", "clips", "livestreams")

// watchedMediaSubject: a media noun in the six words before the passive
// trigger at k is its subject, with no relative pronoun between them.
func (d *doc) watchedMediaSubject(k, from int) bool {
	for j := k - 1; j >= from && j >= k-6; j-- {
		n := d.toks[j].Norm
		if n == "who" || n == "that" || n == "which" || n == "whom" {
			return false
		}
		if watchedMedia[n] {
			return true
		}
	}
	return false
}

// arrestBefore: an arrest trigger of the sentence stands in tokens [from, k).
func (d *doc) arrestBefore(k, from int) bool {
	for i, t := range d.triggers {
		if t < k && t >= from && d.triggerTypes[i] == vigil.Arrest {
			return true
		}
	}
	return false
}

// orOtherKind: the trigger and another of another event type stand either
// side of "or": "arrested or deported", "an abduction or killing". (Not
// the aims of a plan: "plots to kidnap or kill them".)
func (d *doc) orOtherKind(m triggerMatch) bool {
	for i, t := range d.triggers {
		if d.triggerTypes[i] == m.T.Type {
			continue
		}
		// (the word before the first of the two: "to" for a plan's aims)
		before := -1
		if t == m.Last+2 && d.toks[m.Last+1].Norm == "or" {
			before = m.Last - 1
		} else if t == m.First-2 && d.toks[m.First-1].Norm == "or" {
			before = t - 1
		} else {
			continue
		}
		return before < 0 || d.toks[before].Norm != "to"
	}
	return false
}

// earlierObject is the one person an earlier event verb of the sentence acted
// on, when the verb at verb, joined to it by "and" or a semicolon, goes on with
// a pronoun at k: "convicted a Russian man of murder and sentenced him".
// Empty when there is none.
func (d *doc) earlierObject(verb, k, from int) phrase {
	for i := len(d.triggers) - 1; i >= 0; i-- {
		t := d.triggers[i]
		// (not a verb inside a complement: "of murdering a Chechen")
		if t >= verb || t < from || t > from && d.isWord(t-1, cPreposition) {
			continue
		}
		if t+1 < k && d.toks[t+1].Kind == token.Word && d.toks[t].Kind == token.Word && !d.toks[t].IsCap() {
			q := d.npAfter(t+1, k, verbParticles)
			if q.empty() || !d.isSinglePerson(q) || d.isWord(q.from, cPronoun) || d.isWord(q.from, cPossessive) {
				return phrase{}
			}
			// (or a clause on where it went on: "handed a journalist over to
			// Uzbekistan, where a court sentenced him")
			for j := q.to; j < k; j++ {
				if n := d.toks[j].Norm; n == "and" || n == ";" || n == "where" && d.toks[j-1].Norm == "," {
					return q
				}
			}
		}
		return phrase{}
	}
	return phrase{}
}

// mediaNouns report events without making them: "Emirati state media said".
var mediaNouns = set("media", "television", "tv", "newspaper", "broadcaster", "outlet", "outlets", "press", "radio")

// stateSubjectBefore: the words right before token k name a state (not by a
// demonym): "Sweden will", "the Netherlands will".
func (d *doc) stateSubjectBefore(k int) bool {
	from := d.sentOf(k).from
	p := d.npBefore(k, from)
	if p.empty() || p.to != k {
		return false
	}
	code, via := d.stateOf(p)
	return code != "" && via != "demonym"
}

// trailingSpeaker is the speaker of a reporting clause that closes the
// sentence after token k: "..., the Justice Department said."
func (d *doc) trailingSpeaker(s sentInfo, k int) phrase {
	end := s.to
	for end > k && d.toks[end-1].Kind == token.Punct {
		end--
	}
	if end-1 <= k || !d.isWord(end-1, cReporting) {
		return phrase{}
	}
	p := d.npBefore(end-1, k)
	if p.empty() || p.from-1 <= k || d.toks[p.from-1].Norm != "," {
		return phrase{}
	}
	return p
}

// pluralPeopleBefore is the nearest phrase before token k in its sentence whose
// head is a plural noun of people described as victims ("15 exiled
// activists"), or an empty phrase.
func (d *doc) pluralPeopleBefore(k, from int) phrase {
	for j := k - 1; j >= from; j-- {
		if n := d.toks[j].Norm; (d.isWord(j, cVictim|cHumanNoun) || d.inSet(j, sRelative)) && (strings.HasSuffix(n, "s") || pluralNouns[n]) {
			// the head's own modifiers only: counts, articles, "exiled",
			// names ("15 exiled activists", "Uyghur activists")
			st := j
			for st-1 > from {
				t := d.toks[st-1]
				// (not the verb before the object: "police detained both men")
				if (d.isCountAt(st-1) || d.isWord(st-1, cDeterminer) || nounLike[t.Norm] || t.IsCap()) && !slices.Contains(d.triggers, st-1) {
					st--
					continue
				}
				break
			}
			// ("added six officials to its list over the crackdown on
			// protesters, freezing their assets": not those a complement names)
			if st > from {
				if n := d.toks[st-1].Norm; n == "on" || n == "against" || n == "over" {
					continue
				}
			}
			return phrase{st, j + 1}
		}
	}
	return phrase{}
}

// speaksOfSelf: a speaker described as a likely victim ("an Uyghur activist
// said men followed him") means himself by a singular pronoun; one described
// through another ("his daughter said he was taken") does not.
func (d *doc) speaksOfSelf(p phrase) bool {
	// ("Pakistani journalist Ahmad Goraya said he was assaulted"; "Umarov
	// said he was threatened", a bare name with no title)
	// (a name "who" follows is a person's: "Uwimana, who lives in Belgium,")
	who := p.to+1 < len(d.toks) && d.toks[p.to].Norm == "," && d.toks[p.to+1].Norm == "who"
	if d.onlyName(p) && (d.isPerson(p) || d.surnameOfPerson(p) || who) {
		return true
	}
	// ("family says he was seized in Dubai": a relative speaks of someone
	// else)
	if p.to > p.from && relativeNouns[d.toks[p.to-1].Norm] {
		return false
	}
	described := d.headIs(p, cVictim)
	for k := p.from; k < p.to && !described; k++ {
		described = d.isWord(k, cVictim)
	}
	if !described || d.isGroup(p) {
		return false
	}
	for k := p.from; k < p.to; k++ {
		if d.isWord(k, cPossessive) || d.toks[k].Norm == "'s" {
			return false
		}
	}
	return true
}

// onlyName: every word of p is capitalised, a name with no title or
// description before it ("Umarov", "Ahmad Goraya").
func (d *doc) onlyName(p phrase) bool {
	for k := p.from; k < p.to; k++ {
		if t := d.toks[k]; t.Kind != token.Word || !t.IsCap() || d.is(k, cDeterminer) || titleWords[t.Norm] {
			return false
		}
	}
	return true
}

// labelCountry is the country the line of sentence si opens with as its
// label ("Nepal: Police detained ..."), or "".
func (d *doc) labelCountry(si int) string {
	first := d.paraFirst(si) // a paragraph is a line: its first sentence starts it
	k := d.sents[first].from
	if k >= d.sents[first].to {
		return ""
	}
	pm := d.placeAt[k]
	if pm < 0 || d.in.Places[pm].Place.Feature != vigil.FeatureCountry {
		return ""
	}
	j := k + 1
	for j < len(d.toks) && d.placeAt[j] == pm {
		j++
	}
	if j >= len(d.toks) || d.toks[j].Norm != ":" {
		return ""
	}
	return d.in.Places[pm].Place.Country
}

// entryPlace is the one town named after the date and dash that open the
// paragraph of sentence si, in a first sentence that says nothing else:
// "October 2018 - TORONTO."
func (d *doc) entryPlace(si int) (vigil.Place, bool) {
	h := d.sents[d.paraFirst(si)]
	if _, ok := d.entryOpeningDate(h); !ok {
		// ("14 MARCH 2019 - ALMATY, KAZAKHSTAN" on a line of its own above
		// the entry's paragraph)
		above := d.paraFirst(si) - 1
		if above < 0 || !d.sents[above].Fragment {
			return vigil.Place{}, false
		}
		if h = d.sents[above]; !d.isEntryHeading(h) {
			return vigil.Place{}, false
		}
	}
	k := h.from
	for k < h.to && d.timeAt[k] == d.timeAt[h.from] {
		k++
	}
	k++ // the dash
	pm := -1
	for ; k < h.to; k++ {
		switch {
		case d.placeAt[k] >= 0 && (pm < 0 || d.placeAt[k] == pm):
			pm = d.placeAt[k]
		case d.toks[k].Norm == "." && k == h.to-1:
		// ("ALMATY, KAZAKHSTAN": the town's country after it)
		case d.toks[k].Norm == "," && pm >= 0 && k+1 < h.to && d.placeAt[k+1] >= 0 && d.in.Places[d.placeAt[k+1]].Place.Feature == vigil.FeatureCountry &&
			d.in.Places[d.placeAt[k+1]].Place.Country == d.in.Places[pm].Place.Country:
			q := d.placeAt[k+1]
			for k+1 < h.to && d.placeAt[k+1] == q {
				k++
			}
		default:
			return vigil.Place{}, false
		}
	}
	if pm < 0 || d.in.Places[pm].Place.Feature != vigil.FeatureCity {
		return vigil.Place{}, false
	}
	return d.in.Places[pm].Place, true
}

// paragraphTownBefore is the town the paragraph of sentence si names last
// before token k, outside state except: "Then there is Manchester. In
// October, protesters gathered outside the Chinese consulate".
func (d *doc) paragraphTownBefore(si, k int, except string) (vigil.Place, bool) {
	from := d.sents[d.paraFirst(si)].from
	for j := k - 1; j >= from; j-- {
		if pm := d.placeAt[j]; pm >= 0 {
			p := d.in.Places[pm]
			if p.Kind == vigil.Literal && p.Place.Feature == vigil.FeatureCity && p.Place.Country != "" && p.Place.Country != except {
				return p.Place, true
			}
		}
	}
	return vigil.Place{}, false
}

// embassyOf is the state whose mission a diplomat phrase names: "a First
// Secretary of the Embassy of the Republic of Belarus", "the Russian
// embassy's attaché"; "" when none.
func (d *doc) embassyOf(p phrase) string {
	if p.empty() {
		return ""
	}
	end := min(p.to+8, d.sentOf(p.from).to)
	for k := p.from; k < end; k++ {
		if !missionNouns[d.toks[k].Norm] {
			continue
		}
		// "the Belarusian embassy", "the Embassy of the Republic of Belarus"
		for j := max(p.from, k-3); j < min(end, k+6); j++ {
			if a := d.actorAt[j]; a >= 0 && stateKinds[d.in.Actors[a].Actor.Kind] && d.in.Actors[a].Actor.Country != "" {
				return d.in.Actors[a].Actor.Country
			}
		}
		return ""
	}
	return ""
}

// tocSentence: sentence s opens with the label of a digest's list of its
// stories ("In this issue:", "This week: an indictment in Germany, a
// diplomatic rupture ...").
func (d *doc) tocSentence(s sentInfo) bool {
	for k := s.from; k < s.to && k < s.from+5; k++ {
		if d.toks[k].Norm == ":" {
			var b strings.Builder
			for j := s.from; j < k; j++ {
				if j > s.from {
					b.WriteByte(' ')
				}
				b.WriteString(d.toks[j].Norm)
			}
			return tocLabels[b.String()]
		}
	}
	return false
}

// tocLabels open a digest's list of the stories below.
var tocLabels = set("in this issue", "in this edition", "also in this issue", "in today's issue", "this week", "in issue")

// envoyOf is the state an envoy phrase names as his own: "the Ambassador of
// Chile in Venezuela" is Chile's.
func (d *doc) envoyOf(p phrase) (stateRef, bool) {
	// (the phrase may end at the envoy: "the Ambassador" of "the Ambassador
	// of Chile")
	end := min(p.to+4, d.sentOf(p.from).to)
	for k := p.from; k+2 < end && k < p.to; k++ {
		if !envoyNouns[d.toks[k].Norm] || d.toks[k+1].Norm != "of" {
			continue
		}
		j := k + 2
		if d.toks[j].Norm == "the" && j+1 < end {
			j++
		}
		if a := d.actorAt[j]; a >= 0 && d.in.Actors[a].Actor.Kind == "state" && d.in.Actors[a].Actor.Country != "" {
			e := j
			for e < len(d.toks) && d.actorAt[e] == a {
				e++
			}
			return stateRef{code: d.in.Actors[a].Actor.Country, p: phrase{j, e}}, true
		}
		return stateRef{}, false
	}
	return stateRef{}, false
}

// envoyStateBefore is the state named before the envoy in p: "the German
// Ambassador", "Germany's envoy".
func (d *doc) envoyStateBefore(p phrase) (stateRef, bool) {
	for k := p.from; k < p.to; k++ {
		if !envoyNouns[d.toks[k].Norm] {
			continue
		}
		for j := k - 1; j >= p.from; j-- {
			if a := d.actorAt[j]; a >= 0 && d.in.Actors[a].Actor.Kind == "state" && d.in.Actors[a].Actor.Country != "" {
				from := j
				for from > p.from && d.actorAt[from-1] == a {
					from--
				}
				return stateRef{code: d.in.Actors[a].Actor.Country, p: phrase{from, j + 1}}, true
			}
		}
		break
	}
	return stateRef{}, false
}

var envoyNouns = set("ambassador", "envoy", "commissioner", "chargé", "charge")

// isEntryHeading: sentence h is a timeline entry's heading, its date then a
// dash and a place: "14 MARCH 2019 - ALMATY, KAZAKHSTAN".
func (d *doc) isEntryHeading(h sentInfo) bool {
	tm := d.timeAt[h.from]
	if tm < 0 || d.in.Times[tm].Date.IsZero() {
		return false
	}
	k := h.from
	for k < h.to && d.timeAt[k] == tm {
		k++
	}
	return k+1 < h.to && (d.toks[k].Norm == "-" || d.toks[k].Norm == "—" || d.toks[k].Norm == "–") && d.placeAt[k+1] >= 0
}

// findingCues are the pairs before a deed a finding points to: "consistent
// with", "signs of", "evidence of", "traces of".
var findingCues = set("consistent", "with", "signs", "of", "evidence", "traces", "symptoms")

// gatherVerbs tell a crowd coming together: "gathered in protest".
var gatherVerbs = set("gathered", "gather", "gathering", "rallied", "marched", "assembled", "demonstrated", "met", "massed", "converged")

// nameSetOff is the person's name set off by commas right after a
// description p ("a 45-year-old suspect, Stephan Ernst, who"), or empty.
func (d *doc) nameSetOff(p phrase) phrase {
	// "a blogger known as Imran Aliev", "a man identified as Petr K.": the
	// name given without a comma
	if !p.empty() && p.to+2 < len(d.toks) && d.toks[p.to].Norm == "known" && (d.isVictim(p) || d.headIs(p, cPersonNoun)) && !d.hasName(p, d.sentOf(p.from).from) {
		if k := d.identifiedAs(p.to); k > 0 {
			if q := d.personAt(k); !q.empty() {
				return q
			}
			return d.shortenedName(k)
		}
	}
	if p.empty() || p.to+2 >= len(d.toks) || d.toks[p.to].Norm != "," || d.hasName(p, d.sentOf(p.from).from) || !d.isVictim(p) && !d.headIs(p, cPersonNoun) && d.headNorm(p) != "suspect" {
		return phrase{}
	}
	// "an Eritrean man, identified only as Yonas T. under German privacy
	// rules", "a Czech citizen, named in court as Petr K.": the name the
	// report gives him
	if k := d.identifiedAs(p.to + 1); k > 0 {
		if q := d.personAt(k); !q.empty() {
			return q
		}
		return d.shortenedName(k)
	}
	q := d.personAt(p.to + 1)
	if q.empty() || q.to >= len(d.toks) {
		return phrase{}
	}
	if n := d.toks[q.to].Norm; n != "," && n != "." {
		return phrase{}
	}
	return q
}

// shortenedName is a capitalised name at k whose surname courts and papers
// cut to initials ("Long N.H.", "Yonas T."), or an empty phrase.
func (d *doc) shortenedName(k int) phrase {
	j := k
	for j < len(d.toks) && d.toks[j].Kind == token.Word && d.toks[j].IsCap() {
		j++
	}
	if j == k {
		return phrase{}
	}
	for j+1 < len(d.toks) && len(d.toks[j-1].Text) == 1 && d.toks[j].Norm == "." && d.toks[j].Start == d.toks[j-1].End {
		j++
		if t := d.toks[j]; len(t.Text) != 1 || !t.IsCap() || t.Start != d.toks[j-1].End {
			break
		}
		j++
	}
	return phrase{k, j}
}

// identifiedAs is the token after "as" when "identified (only, in court)
// as" or "named as" opens at k, or -1.
func (d *doc) identifiedAs(k int) int {
	if k >= len(d.toks) || d.toks[k].Norm != "identified" && d.toks[k].Norm != "named" && d.toks[k].Norm != "known" {
		return -1
	}
	for j := k + 1; j < len(d.toks) && j <= k+4; j++ {
		switch n := d.toks[j].Norm; {
		case n == "as":
			return j + 1
		case d.toks[j].Kind == token.Punct:
			return -1
		}
	}
	return -1
}

// namesDeedBefore: the noun trigger m names what "it" was ("calls it a
// kidnapping", "described it as an abduction").
func (d *doc) namesDeedBefore(m triggerMatch) bool {
	k := m.First - 1
	for k > 0 && (d.is(k, cDeterminer) || d.toks[k].Norm == "as") {
		k--
	}
	return k > 0 && d.toks[k].Norm == "it" && namingVerbs[d.toks[k-1].Norm]
}

var namingVerbs = set("calls", "called", "call", "calling", "described", "describes", "describe", "labelled", "labeled", "termed", "branded", "considers", "considered")

// burntProperty is what raiders destroy on their way to killing people: the
// people, not the houses, are whom the raid hit (a village, a patrol or a
// church stays the target, its dead the toll).
var burntProperty = set("houses", "homes", "huts", "shops", "property", "properties", "vehicles", "cars", "crops", "granaries", "livestock", "shelters")

// firstPerson is the first person's name in the text (past names of
// institutions and places), or an empty phrase.
func (d *doc) firstPerson() phrase {
	for _, p := range d.people {
		if d.afterLocative(p) {
			continue
		}
		// ("The Long Arm of Manama": a headline's capitals name no one)
		if si := d.sentIndex(p.from); si == 0 && d.sents[0].Fragment {
			continue
		}
		if d.namesPerson(p) {
			return p
		}
	}
	return phrase{}
}

// nameBefore is the last person's name before token tok, past names of
// institutions ("the Police Service of Northern Ireland").
func (d *doc) nameBefore(tok int) phrase {
outer:
	for p := d.personBefore(tok); !p.empty(); p = d.personBefore(p.from) {
		if d.afterLocative(p) {
			continue // "near El Plateado", "at the Gare du Nord": a place no gazetteer holds
		}
		for k := p.from; k < p.to; k++ {
			if d.isWord(k, cInstitution) {
				continue outer
			}
		}
		return p
	}
	return phrase{}
}

// antecedentName is the name pronoun pron before token tok stands for: the
// last person named, though for an object pronoun not one who only speaks
// ("President X announced that agents had captured him. A court sentenced
// him": him is the one captured).
func (d *doc) antecedentName(tok int, pron string) phrase {
	p := d.nameBefore(tok)
	if !p.empty() && d.objectOfPronoun(p, pron) {
		// "he looked for Goraya, he couldn't find him, and he went back to
		// Britain, where he was arrested": a name another "he" acted on is
		// not what "he" stands for
		return phrase{}
	}
	if pron != "him" && pron != "her" {
		return p
	}
	speaks := func(p phrase) bool {
		k := p.to
		for k < len(d.toks) && d.actorAt[k] >= 0 && d.toks[k].IsCap() {
			k++ // ("President Tayyip Erdogan announced": past the known name)
		}
		return k < len(d.toks) && d.isWord(k, cReporting)
	}
	for !p.empty() && speaks(p) {
		q := d.nameBefore(p.from)
		if q.empty() {
			return p
		}
		p = q
	}
	return p
}

// objectOfPronoun: the name p follows, in its clause, a subject pronoun of
// pron's gender and that pronoun's verb ("he looked for Goraya"), so it is
// the object of someone pron may well stand for, and not pron itself.
func (d *doc) objectOfPronoun(p phrase, pron string) bool {
	same := masculine
	if feminine[pron] {
		same = feminine
	} else if !masculine[pron] {
		return false
	}
	for k := p.from - 1; k >= 0 && k >= p.from-5; k-- {
		n := d.toks[k].Norm
		if d.toks[k].Kind == token.Punct {
			return false
		}
		if same[n] && n != "his" && n != "her" {
			return k+1 < p.from && d.isVerbForm(k+1)
		}
	}
	return false
}

// suspectNouns name one who carried out a deed, whom police then hold.
var suspectNouns = set("attacker", "assailant", "gunman", "suspect", "killer", "hitman", "assassin", "perpetrator",
	"accomplice", "stabber", "kidnapper", "abductor", "shooter", "bomber")

// suspectBefore is a person named by what he did ("the attacker", "a
// suspected accomplice") in the sentence before token tok, told after any
// name there, or an empty phrase: "Hotel staff hold the attacker until
// police arrive and he is arrested".
func (d *doc) suspectBefore(tok, from int) phrase {
	if nb := d.nameBefore(tok); nb.to > from {
		from = nb.to
	}
	for k := tok - 1; k > from; k-- {
		if !d.inSet(k, sSuspect) {
			continue
		}
		if p := d.npBefore(k+1, from); !p.empty() && p.to == k+1 {
			return p
		}
		return phrase{}
	}
	return phrase{}
}

// afterLocative: the phrase follows a locative preposition, past an article
// ("at the Gare du Nord").
func (d *doc) afterLocative(p phrase) bool {
	k := p.from - 1
	if k > 0 && d.toks[k].Norm == "the" {
		k--
	}
	return k >= 0 && d.isWord(k, cLocative)
}

// finderOf is the person who found or discovered the device of trigger m, its
// sentence starting at from: "an off-duty officer found a device", or empty.
func (d *doc) finderOf(m triggerMatch, from int) phrase {
	for k := m.First - 1; k > from && k >= m.First-4; k-- {
		if !d.isWord(k, cDiscovery) {
			continue
		}
		end := k
		if d.toks[end-1].Norm == ")" { // "... of Northern Ireland (PSNI) found"
			for end > from+1 && d.toks[end-1].Norm != "(" {
				end--
			}
			end--
		}
		p := d.npBefore(end, from)
		// "an off-duty officer of the Police Service": the person, not the
		// body he serves
		for !p.empty() && p.from-1 > from && d.toks[p.from-1].Norm == "of" {
			p = d.npBefore(p.from-1, from)
		}
		// (a pronoun finder is left to the pronoun rules: "he received a
		// photograph of his front door")
		if !p.empty() && (d.isVictim(p) || d.namesPerson(p)) && !d.isGroup(p) && !d.isWord(p.from, cPronoun) {
			return p
		}
		return phrase{}
	}
	return phrase{}
}

// ordinalPeople stand for one of the people told before: "The first, a
// researcher in London, ...".
var ordinalPeople = set("first", "second", "third", "fourth", "latter", "former", "other")

// countedAll: p is "all six", "all three men" or "both men": the people
// told before, by their number.
func (d *doc) countedAll(p phrase) bool {
	k := p.from + 1
	if k < p.to && d.toks[p.from].Norm == "all" && d.isCountAt(k) {
		k++
	}
	if k == p.to {
		return k > p.from+1
	}
	return k+1 == p.to && (d.toks[k].Norm == "men" || d.toks[k].Norm == "women" || d.toks[k].Norm == "people" || d.headIs(phrase{k, k + 1}, cHumanNoun|cVictim))
}

// namedAsRelative: the text gives name as someone's relative ("her father,
// Hassan Ali"), so a pronoun beside a relative noun does not stand for it.
func (d *doc) namedAsRelative(name string) bool {
	needle := ", " + name
	for off := 0; ; {
		i := strings.Index(d.text[off:], needle)
		if i < 0 {
			return false
		}
		at := off + i
		word := at
		for word > 0 && (d.text[word-1]|0x20 >= 'a' && d.text[word-1]|0x20 <= 'z' || d.text[word-1] == '-') {
			word--
		}
		if relativeNouns[d.text[word:at]] {
			return true
		}
		off = at + len(needle)
	}
}

// namesPlace: a place mention of the text reads name ("a young man from
// Fleetwood"): no person a pronoun stands for.
func (d *doc) namesPlace(name string) bool {
	for i := range d.in.Places {
		if p := &d.in.Places[i]; d.text[p.Start:p.End] == name {
			return true
		}
	}
	return false
}

// properName: every word of name begins with a capital ("Meron Tekle",
// "Kamran S."), as a person's name does and a description ("29-year-old
// man") does not. (isFullName, for merging, wants two words and no initial.)
func properName(name string) bool {
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return name != ""
}

// capitalInside: a word of p is capitalised ("father, Hassan Ali" of "her
// father, Hassan Ali"): the phrase names its person itself.
func (d *doc) capitalInside(p phrase) bool {
	for k := p.from; k < p.to; k++ {
		if d.toks[k].Kind == token.Word && d.toks[k].IsCap() {
			return true
		}
	}
	return false
}

// pronounOwner is the possessive pronoun of "his car" or "her email account",
// the one to resolve, or an empty phrase when p is no such thing.
func (d *doc) pronounOwner(p phrase) phrase {
	if h := d.headNorm(p); p.to-p.from < 2 || p.to-p.from > 4 || !dwellings[h] && !cyberAssets[h] && !faceWords[h] && !ownedTargets[h] {
		return phrase{}
	}
	switch d.toks[p.from].Norm {
	case "his", "her", "their":
		return phrase{p.from, p.from + 1}
	}
	return phrase{}
}

// ownedTargets, with dwellings, are things of a person's that a deed aimed
// at the person reaches: "fired at his pickup truck", "followed her
// movements".
var ownedTargets = set("truck", "pickup", "van", "gate", "building", "shop", "restaurant", "window", "windows", "movements", "whereabouts", "routine", "routines")

// namedOwner is the person named before "'s" in a phrase for a home, car
// or phone ("Makhauri's building", "Farhad Rezaei's car"), or an empty
// phrase.
func (d *doc) namedOwner(p phrase) phrase {
	if p.to-p.from < 3 {
		return phrase{}
	}
	for k := p.from + 1; k < p.to-1; k++ {
		if n := d.toks[k].Norm; n == "'s" || n == "’s" {
			// (the thing owned comes right after: "Makhauri's building, his
			// car and the mosque he attends")
			if !ownedThing(d.toks[k+1].Norm) {
				return phrase{}
			}
			if q := d.personBefore(k); !q.empty() && q.from >= p.from && q.to == k && d.namesPerson(q) {
				return q
			}
			// (a surname the text gave in full before: "Makhauri's building")
			if q := (phrase{k - 1, k}); k-1 >= p.from && d.toks[k-1].IsCap() && d.surnameOfPerson(q) {
				return q
			}
			return phrase{}
		}
	}
	return phrase{}
}

// surnameOfPerson: the one word of p ends a person's name the text gives
// in full ("Uwimana" after "Jean Bosco Uwimana").
func (d *doc) surnameOfPerson(p phrase) bool {
	if p.to-p.from != 1 {
		return false
	}
	for _, q := range d.people {
		if q.from < p.from && q.to-q.from > 1 && d.toks[q.to-1].Norm == d.toks[p.from].Norm {
			return true
		}
	}
	return false
}

// titleWords are offices that can open a capitalised name ("Interior
// Minister Karl Nehammer"): such a speaker speaks of others.
var titleWords = set("president", "minister", "prime", "chancellor", "secretary", "spokesman", "spokeswoman",
	"spokesperson", "prosecutor", "judge", "ambassador", "general", "commissioner", "chief", "director",
	"inspector", "detective", "officer", "sergeant", "superintendent", "senator", "governor", "mayor", "king",
	"queen", "prince", "crown", "foreign", "interior", "justice", "defence", "defense", "police", "deputy")

// speakerBefore returns the subject of a reporting verb at most reach tokens
// before token k ("that person has said they ..."), or an empty phrase.
func (d *doc) speakerBefore(k, cstart, reach int) phrase {
	for j := k - 1; j >= cstart && j >= k-reach; j-- {
		if d.isWord(j, cReporting) {
			end := j
			// "X, who lives in the Netherlands, said", "X, a blogger living in
			// the Netherlands, said": the speaker before the aside
			if end-1 > cstart && d.toks[end-1].Norm == "," {
				for c := end - 2; c > cstart && c >= end-12; c-- {
					if d.toks[c].Norm == "," {
						if n := d.toks[c+1].Norm; n == "who" || n == "whose" || (n == "a" || n == "an") && d.isPerson(d.npBefore(c, cstart)) {
							end = c
						}
						break
					}
				}
			}
			p := d.npBefore(end, cstart)
			// "Exiles in Vienna say": the speakers, not their town
			if !p.empty() && d.isPlacePhrase(p) && p.from-1 > cstart && d.isWord(p.from-1, cLocative) {
				p = d.npBefore(p.from-1, cstart)
			}
			if !p.empty() && !d.isWord(p.from, cPronoun) {
				return p
			}
			return phrase{}
		}
	}
	return phrase{}
}

var coordinators = set("and", "but", "or", "yet")

// investigationNouns refer to an event told elsewhere: "the inquiry into".
var investigationNouns = set("investigation", "investigations", "inquiry", "inquiries", "probe", "inquest")

// soughtWords before "the arrest of" make it wanted, not made.
var soughtWords = set("leading", "warrant", "warrants", "reward", "rewards", "bounty", "bounties", "calls", "called",
	"calling", "demand", "demanded", "demanding", "seek", "seeks", "sought", "seeking", "ordered")

// tallyVerbs count cases: "documented at least 27 exiles who".
var tallyVerbs = set("documented", "recorded", "counted", "tallied", "registered", "identified", "tracked", "listed", "logged")

// lawNouns are parts of a law.
var lawNouns = set("article", "section", "law", "code", "statute", "paragraph", "clause")

// campaignVerbs press for a measure: "campaigned for sanctions".
var campaignVerbs = set("campaigned", "campaigns", "campaigning", "campaign", "lobbied", "lobbies", "lobbying",
	"pushed", "pushing", "pressed", "pressing", "petitioned", "petitioning", "argued", "arguing", "advocated", "advocating")

// beliefVerbs make what follows them a fear or a guess.
var beliefVerbs = set("believed", "believes", "believe", "feared", "fears", "fear", "thought", "thinks", "felt",
	"feels", "suspected", "suspects", "worried", "worries", "wondered", "imagined")

// placedVerbs put someone in detention: an arrest after all.
var placedVerbs = set("placed", "taken", "put", "remanded")

// eventNouns are what investigators track when they track no one.
var eventNouns = set("plots", "plot", "attacks", "attack", "threats", "cases", "case", "incidents", "activity",
	"activities", "developments", "movements", "trends", "schemes")

// pendingWords before a response say it has not happened yet.
var pendingWords = set("awaiting", "awaits", "await", "pending", "seeking", "seek", "seeks", "sought", "requested", "request", "requests", "requesting", "possible", "potential",
	"maximum", "minimum", "mandatory")

// raidWords are attacks unless the police make them.
var raidWords = set("raid", "raids", "raided", "raiding", "stormed", "storming")

// policeNouns carry out raids that are no attacks.
var policeNouns = set("police", "forces", "officers", "troops", "soldiers", "agents", "army", "gendarmes")

// cancelWords before a trigger say the event did not take place.
var cancelWords = set("cancelled", "canceled", "cancels", "cancel", "postponed", "abandoned", "scrapped", "aborted")

// dismissWords before "reports of" an event say it did not take place.
var dismissWords = set("dismissed", "denied", "debunked", "rejected", "refuted", "dismisses", "denies")

// reportNouns are what dismissWords dismiss.
var reportNouns = set("reports", "report", "claims", "claim", "rumours", "rumors", "rumour", "rumor", "allegations", "argument", "arguments", "suggestion", "suggestions", "theory", "contention")

// stopsAttack: the stop verb at k has the attack for object ("stopped the
// attack", "intercepted the bomber"), within a few words.
func (d *doc) stopsAttack(k int, m triggerMatch) bool {
	for j := k + 1; j < len(d.toks) && j <= k+4; j++ {
		// ("was stopped at the airport and questioned": one deed after
		// another, not the attack stopped)
		if d.isWord(j, cCoordinator) && !m.T.Noun {
			return false
		}
		if j == m.First || stoppedNouns[d.toks[j].Norm] {
			return true
		}
	}
	return false
}

var stoppedNouns = set("plot", "plots", "attack", "attacks", "attacker", "attackers", "attempt", "bomber", "bombers",
	"gunman", "gunmen", "plan", "plans", "conspiracy", "operation", "cell")

// survivalCues say the target lived, wherever in the sentence they stand.
var survivalCues = set("survived", "survive", "unhurt", "unharmed")

// agentPreps name who did it: "executed by gunmen".
var agentPreps = set("by")

// judicialWords mark an execution as a sentence carried out.
var judicialWords = set("judiciary", "court", "courts", "sentence", "sentenced", "tribunal", "prison", "hanged", "hanging", "convicted", "verdict", "judicial", "trial", "tried")

// courtAct lists the responses a state's courts take at home: charges and
// verdicts are brought where the court sits, whatever the place of the deed.
var courtAct = map[vigil.EventType]bool{vigil.Charge: true, vigil.Conviction: true}

// atHome lists the responses a state takes on its own soil.
var atHome = map[vigil.EventType]bool{vigil.Expulsion: true, vigil.AmbassadorRecall: true, vigil.Sanction: true}

// isPluralAt: a plural noun ("attacks", "plots").
func (d *doc) isPluralAt(k int) bool {
	n := d.toks[k].Norm
	return len(n) > 3 && n[len(n)-1] == 's' && !sing[n]
}

// isCause: an attack named as what a response answers or as what someone is
// suspected of — "over the poisoning", "in response to a plot", "involvement in
// the killing of" — a reference to an event, whose own date and place are only
// those said right beside it.
func (d *doc) isCause(m triggerMatch, cstart int) bool { return d.causeCue(m, cstart) >= 0 }

// causeCue returns the token of the word that makes m a cause ("over",
// "following", "involvement"), or -1.
var commas = set(",")

func (d *doc) causeCue(m triggerMatch, cstart int) int {
	sawResponse := false
	for _, t := range d.triggers {
		if t < m.First && t >= cstart && !d.attackAt(t) {
			sawResponse = true // ("Hackers working for the government compromised": no response)
		}
	}
	if !isAttack(m.T.Type) && !sawResponse {
		return -1 // a response is a cause only of another response in its clause
	}
	// what someone is charged with or convicted of: "charged eight people with
	// acting as agents ... to harass dissidents", "found guilty of spying"
	accused := -1
	for k := cstart; k < m.First; k++ {
		switch d.toks[k].Norm {
		case "charged", "charging", "charges", "convicted", "convicts", "accused", "accusing", "guilty", "indicted", "indictment", "complaint", "suspicion", "allegations":
			// (not in a relative clause the comma closes before the trigger:
			// "Nijjar, a leader whom India accused of terrorism, is shot dead")
			if d.anyWord(relativePronouns, max(cstart, k-6), k) && d.anyWord(commas, k, m.First) {
				continue
			}
			accused = k
		case "with", "of":
			if accused >= 0 && isAttack(m.T.Type) {
				return k
			}
		}
	}
	// (further back only across a list: "in protest at the forced landing
	// of a jet and the arrest of a journalist")
	listed := false
	skipped := 0 // (the words of an aside passed over)
	for k := m.First - 1; k >= cstart && (k >= m.First-8-skipped || listed && (m.T.Noun || d.attackAt(m.First)) && k >= m.First-16); k-- {
		if d.isWord(k, cCoordinator) {
			listed = true
		}
		switch d.toks[k].Norm {
		case ",", ";":
			// ("a campaign to surveil, intimidate and hack": a list of the
			// deeds one cue governs)
			if d.toks[k].Norm == "," && k > cstart && d.attackAt(k-1) && d.attackAt(k+1) {
				listed = true
				continue
			}
			// ("for their roles in a plot, financed from Tehran, to murder":
			// past an aside that the commas close)
			if j := d.asideOpening(k, cstart); j >= 0 {
				skipped += k - j + 1
				k = j
				continue
			}
			return -1 // the cue belongs to an earlier phrase ("over their involvement ..., and pulling")
		case "over", "following", "response", "connection", "relation", "retaliation", "because", "involvement", "behind", "complicity", "complicit", "protest":
			// (not the particle of "taken over by hackers")
			if d.toks[k].Norm == "over" && k+1 < len(d.toks) && d.toks[k+1].Norm == "by" {
				continue
			}
			// (nor a government's complaint: "sent a note of protest to
			// Caracas and called its ambassador to consultations")
			if d.toks[k].Norm == "protest" && d.diplomaticProtest(k, cstart) {
				continue
			}
			// (nor the place of "walked up behind him and shot him")
			if d.toks[k].Norm == "behind" && (k+1 < len(d.toks) && (d.toks[k+1].Norm == "him" || d.toks[k+1].Norm == "her" || d.toks[k+1].Norm == "them") || k > 0 && (d.toks[k-1].Norm == "up" || d.toks[k-1].Norm == "from")) {
				continue
			}
			return k
		case "role", "roles", "responsible", "suspected", "suspicion", "involved":
			// "suspected of", "involved in", "responsible for": not the adjective
			// in "suspected Boko Haram insurgents attacked"
			if k+1 < len(d.toks) {
				switch d.toks[k+1].Norm {
				case "of", "in", "for", "over":
					return k
				}
			}
		case "for", "into", "after":
			// (not past a passive verb an "and" joins: "was dragged into the
			// consulate during a rally and beaten")
			if (sawResponse || k > 0 && investigationNouns[d.toks[k-1].Norm]) && !d.joinedPassive(m, cstart) {
				// "the investigation into last year's killing" refers to it
				return k
			}
		}
	}
	return -1
}

// genericPerfect: sentence s opens with a bare plural of people
// ("Activists", "Critics of the regime") whose perfect verb is the trigger
// of m ("have vanished", "have been abducted"), and tells no time.
func (d *doc) genericPerfect(s sentInfo, m triggerMatch) bool {
	if d.isCountAt(s.from) || !d.isWord(s.from, cVictim|cHumanNoun) || !d.isPluralAt(s.from) || d.anyTime(s.from, s.to) {
		return false
	}
	k := m.First - 1
	if k > s.from && d.toks[k].Norm == "been" {
		k--
	}
	if k <= s.from || d.toks[k].Norm != "have" {
		return false
	}
	// (the subject runs on to the verb with no other verb between)
	for j := s.from + 1; j < k; j++ {
		if d.isVerbForm(j) || d.toks[j].Norm == "," {
			return false
		}
	}
	return true
}

// gerundSubject: the trigger of m stands in a gerund phrase that is the
// sentence's subject ("Holding relatives hostage has become a routine
// tool", "Kidnapping critics abroad is a crime"): the kind of deed, not one.
func (d *doc) gerundSubject(s sentInfo, m triggerMatch) bool {
	if n := d.toks[s.from].Norm; len(n) < 5 || !strings.HasSuffix(n, "ing") || !d.toks[s.from].IsCap() || d.timeAt[s.from] >= 0 {
		return false
	}
	for k := s.from + 1; k < s.to && k <= s.from+10; k++ {
		switch d.toks[k].Norm {
		case ",", ";", ":", "(":
			return false
		case "has", "have", "is", "was", "remains", "became", "becomes", "remained":
			return m.First < k
		}
	}
	return false
}

// joinedPassive: the trigger is a participle an "and" joins to the passive
// verb of its clause ("was dragged into the consulate and beaten"), a deed
// of its own.
func (d *doc) joinedPassive(m triggerMatch, cstart int) bool {
	if m.T.Noun || m.First-1 <= cstart || d.toks[m.First-1].Norm != "and" {
		return false
	}
	if n := d.toks[m.First].Norm; !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "en") {
		return false
	}
	return d.anyIs(cBe, cstart, m.First-1)
}

// asideOpening is the comma that opens a short aside closed by the comma at
// k ("a plot, financed from Tehran, to murder"): one within six words before
// it, with no trigger, coordinator or other comma between; or -1.
func (d *doc) asideOpening(k, from int) int {
	if d.toks[k].Norm != "," {
		return -1
	}
	for j := k - 1; j > from && j >= k-7; j-- {
		if d.toks[j].Norm == "," {
			if j+1 < k && d.toks[j-1].Kind == token.Word && d.isVerbForm(j+1) {
				return j
			}
			return -1
		}
		if d.toks[j].Norm == ";" || d.isWord(j, cCoordinator) || slices.Contains(d.triggers, j) {
			return -1
		}
	}
	return -1
}

// isBarePlural: "assassinations, abductions and threats", "attacks since 2014":
// a plural attack noun with no determiner and no named complement is a category.
func (d *doc) isBarePlural(m triggerMatch, cstart, cend int) bool {
	if !d.isPluralAt(m.Last) {
		return false
	}
	// "Russian airstrikes hit rebel positions": the subject of a deed
	if m.Last+1 < cend && (harmVerbs[d.toks[m.Last+1].Norm] || strikeVerbs[d.toks[m.Last+1].Norm] || d.toks[m.Last+1].Norm == "landed") {
		return false
	}
	// "Blasts outside a school in Kabul kill six": the subject of a killing
	if m.First == cstart || d.toks[m.First-1].Norm == ":" {
		for k := m.Last + 1; k < cend && k <= m.Last+10; k++ {
			n := d.toks[k].Norm
			if n == "," || n == ";" || n == "and" || n == "since" {
				break
			}
			if headlineHarms[n] || harmVerbs[n] {
				return false
			}
		}
	}
	// "offered rewards of HK$1 million each for the eight activists": rewards
	// for people the pattern names
	if bountyWords[d.toks[m.First].Norm] && m.Last > m.First {
		return false
	}
	// "accounts taken over by hackers": the agent of a deed
	if m.First >= 2 && d.toks[m.First-1].Norm == "by" && cstart < m.First-1 {
		return false
	}
	// "mortar shells fired by al-Shabaab": shells whose firer is named
	if m.Last+2 < cend && strings.HasSuffix(d.toks[m.Last+1].Norm, "ed") && d.toks[m.Last+2].Norm == "by" {
		return false
	}
	if m.Last+1 < cend && (d.toks[m.Last+1].Norm == "of" || d.toks[m.Last+1].Norm == "on" || d.toks[m.Last+1].Norm == "against") {
		return false
	}
	// "offered bounties for five activists": bounties for named heads
	if m.Last+1 < cend && bountyWords[d.toks[m.Last].Norm] && d.toks[m.Last+1].Norm == "for" {
		return false
	}
	// "threats made against the activist Sara Hosseini"
	if m.Last+2 < cend && (d.toks[m.Last+1].Norm == "made" || d.toks[m.Last+1].Norm == "issued" || d.toks[m.Last+1].Norm == "sent" || d.toks[m.Last+1].Norm == "directed") &&
		(d.toks[m.Last+2].Norm == "against" || d.toks[m.Last+2].Norm == "to" || d.toks[m.Last+2].Norm == "at") {
		return false
	}
	for k := m.First - 1; k >= cstart && k >= m.First-3; k-- {
		n := d.toks[k].Norm
		if d.isWord(k, cDeterminer) && !d.isWord(k, cQuantifier) || n == "'s" {
			return false
		}
		if d.toks[k].Kind == token.Punct {
			break
		}
	}
	return true
}

// diedAfter: the victim of a shooting or stabbing died, as the same or the next
// sentence tells ("was shot ... he died at the scene").
func (d *doc) diedAfter(si int, m triggerMatch) bool {
	check := func(s sentInfo) bool {
		for k := s.from; k < s.to; k++ {
			switch d.toks[k].Norm {
			case "died", "dead", "killed", "fatally", "death", "murdered", "murder", "body", "killing", "lifeless":
				// (not "investigating attempted murder", "death threats")
				if k > s.from && attemptWords[d.toks[k-1].Norm] || k+1 < s.to && strings.HasPrefix(d.toks[k+1].Norm, "threat") {
					continue
				}
				return true
			}
		}
		return false
	}
	s := d.sents[si]
	if check(s) {
		return true
	}
	return si+1 < len(d.sents) && d.sents[si+1].Para == s.Para && check(d.sents[si+1])
}

// attemptToKillNear: sentence si, the one before or the one after in its
// paragraph tells of an attempt to kill ("attempted murder", "an attempt on
// his life").
func (d *doc) attemptToKillNear(si int) bool {
	for j := si - 1; j <= si+1; j++ {
		if j < 0 || j >= len(d.sents) || d.sents[j].Para != d.sents[si].Para {
			continue
		}
		s := d.sents[j]
		for k := s.from; k+1 < s.to; k++ {
			n, next := d.toks[k].Norm, d.toks[k+1].Norm
			if (n == "attempted" || n == "attempt") && (next == "murder" || next == "killing" || next == "assassination") {
				return true
			}
			if (n == "attempt" || n == "attempts") && next == "on" && k+3 < s.to && (d.toks[k+3].Norm == "life" || d.toks[k+2].Norm == "the" && d.toks[k+3].Norm == "life") {
				return true
			}
		}
	}
	return false
}

// attemptWords before "murder" or "killing" make it one that failed.
var attemptWords = set("attempted", "attempt", "failed", "foiled", "planned", "plotted", "alleged")

// pronounSubject: the clause before the trigger starts with a pronoun subject.
func (d *doc) pronounSubject(cstart, end int) bool {
	for k := cstart; k < end; k++ {
		n := d.toks[k].Norm
		if d.isWord(k, cPronoun) || n == "it" {
			return true
		}
		if d.toks[k].Kind == token.Word && !d.isWord(k, cAdverb|cConjunction|cPreposition) {
			return false
		}
	}
	return false
}

// finishResponse fills a response's country from its actor when no place gave one:
// states expel, recall and sanction at home.
func (d *doc) finishResponse(c *candidate) {
	c.status = vigil.CarriedOut
	if c.country == "" && c.actor != nil && c.actor.Country != "EU" {
		c.country = c.actor.Country
	}
	if c.country == "EU" {
		c.country = ""
	}
	c.conf = 0.7
	if c.target != nil {
		c.conf += 0.1
	}
}

// stateName names the state of code as the article does, else by its short
// name.
func stateName(d *doc, code string) string {
	for _, a := range d.in.Actors {
		if a.Actor.Kind == "state" && a.Actor.Country == code {
			return a.Actor.Name
		}
	}
	if f, ok := stateTable[code]; ok {
		return f.name
	}
	return code
}

// ordinalWords rank a deed among others of its kind; scheduleWords set a
// hearing for later.
var (
	ordinalWords = set("second", "third", "fourth", "fifth", "sixth", "seventh", "latest", "umpteenth")
	// watchingModifies: after "monitoring" or "surveillance", nouns that make
	// it a body, a tool or a task ("monitoring group", "surveillance
	// product", "monitoring compliance").
	watchingModifies = set("group", "groups", "organisation", "organization", "organisations", "organizations", "body", "bodies",
		"mission", "missions", "product", "products", "software", "tool", "tools", "technology", "technologies", "equipment",
		"system", "systems", "compliance", "ceasefire", "truce", "elections", "election", "implementation")
	// tradeNouns after spyware name those who make or sell it.
	tradeNouns = set("firm", "firms", "company", "companies", "vendor", "vendors", "maker", "makers", "industry", "developer", "developers", "seller", "sellers", "market", "trade")
	// lawfulReturnWords tell a return by a court's leave.
	lawfulReturnWords = set("surrender", "extradition", "extradited", "extraditing", "warrant")
	// harmedWords tell what was done to people named before them.
	harmedWords = set("killed", "shot", "wounded", "injured", "beaten", "executed", "tortured")
	// recordWords say a verdict or charge lies in someone's past record.
	recordWords = set("previous", "prior", "past", "earlier")
	// askNouns ask for a measure the text does not say was taken.
	askNouns = set("request", "requests", "bid", "bids", "application", "demand", "demands", "attempt", "attempts")
	// timeUnitWords count a span back from now: "in the past week".
	timeUnitWords = set("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "few", "two", "three", "hour", "hours")
	scheduleWords = set("set", "scheduled", "schedule", "sets", "await", "awaits", "awaiting")
)

// timeClauseWords open a clause that tells when, with a deed of its own.
var timeClauseWords = set("after", "before", "since", "until")

// campaignNouns sum up many deeds: "a campaign of harassment".
// fearVerbs tell a deed feared, not done: "warned of surveillance".
var fearVerbs = set("warned", "warn", "warns", "warning", "feared", "fear", "fears", "complained", "complain", "complains")

// memoryNouns name a past deed's memory: "memories of the murder".
var memoryNouns = set("memories", "memory", "anniversary", "reminder", "reminders", "echoes", "recollection", "recollections", "wake", "aftermath")

var campaignNouns = set("campaign", "campaigns", "pattern", "patterns", "wave", "waves", "climate")

// ongoingWords tell that a detention goes on; renewalWords that it is prolonged;
// careWords that someone was taken for treatment.
var (
	ongoingWords = set("still", "remains", "remain", "remained", "continues", "continue", "continued")
	renewalWords = set("renewed", "renew", "renews", "extended", "extend", "extends", "prolonged", "prolong")
	careWords    = set("hospital", "health", "medical", "clinic", "trauma", "treatment")
)

// clauseBounds returns the token range of the clause holding token i.
func (d *doc) clauseBounds(i int, s sentInfo) (int, int) {
	if s.from <= i && i < s.to {
		c := d.clause[i] // (what the walks below find, listed by clauses)
		return d.clauseFrom[c], d.clauseTo[c]
	}
	a, b := i, i+1
	for a > s.from && d.clause[a-1] == d.clause[i] {
		a--
	}
	for b < s.to && d.clause[b] == d.clause[i] {
		b++
	}
	return a, b
}

// whoeverDoes: the trigger at first stands in a relative clause of no one
// in particular ("those who", "anyone who", "whoever"), a few words after it.
func (d *doc) whoeverDoes(sentFrom, first int) bool {
	for k := first - 1; k >= sentFrom && k >= first-6; k-- {
		switch n := d.toks[k].Norm; {
		case n == "whoever" || n == "anyone" && k+1 < first && d.toks[k+1].Norm != "who":
			return n == "whoever"
		case (n == "who" || n == "that") && k > sentFrom && anyoneWords[d.toks[k-1].Norm]:
			return true
		}
	}
	return false
}

var anyoneWords = set("those", "anyone", "anybody", "everyone", "whoever")

// orderWords order someone held.
var orderWords = set("ordered", "orders", "order")

// custodyKinds name kinds of custody: "pre-trial detention".
var custodyKinds = set("pre-trial", "pretrial", "immigration", "psychiatric", "preventive", "investigative")

// namedByTime: the noun at token k is named by a time before it: "the 2018
// protests", "last year's protests", "the April protests".
func (d *doc) namedByTime(k int) bool {
	if k < 1 {
		return false
	}
	p := d.toks[k-1]
	if p.Kind == token.Number && len(p.Norm) == 4 || d.isWord(k-1, cMonth) {
		return true
	}
	return p.Norm == "'s" && k >= 2 && (d.toks[k-2].Norm == "year" || d.toks[k-2].Norm == "month") || priorWords[p.Norm]
}

// priorWords place protests before the story: "earlier protests".
var priorWords = set("earlier", "previous", "past", "former")

// fightWords oppose a handover: "fighting extradition".
var fightWords = set("fight", "fights", "fighting", "against", "contest", "contesting", "resist", "resisting")

// demonstratives open a judgement: "It is an attack on ...".
var demonstratives = set("it", "this", "that")

// unlawfulWords name a kind of detention: "illegal detention".
var unlawfulWords = set("illegal", "arbitrary", "unlawful", "incommunicado")

var (
	sinceWord     = set("since")
	expectedWords = set("expected", "due", "scheduled", "set")
)

// trialStages make a trial a stage or a prospect: "at trial", "stand
// trial", "face trial", "any trial".
var trialStages = set("at", "stand", "face", "faces", "facing", "any")

// bombFalse follow "bomb" when there was none: "bomb threat", "bomb hoax".
var bombFalse = set("threat", "threats", "hoax", "hoaxes", "scare", "scares")

// stageAfter follow "sentencing" as a stage of a trial: "sentencing until
// June", "sentencing hearing".
var stageAfter = set("until", "hearing", "hearings", "date", "is", "was", "will", "has", "had", "for")

// servingWords serve out a prison term.
var servingWords = set("serving", "serve", "serves", "served")

// retractedClaim: the sentence of token head opens by saying what an earlier
// version of the story said ("An earlier version of this article said
// that", "The earlier version also said that") or, in a correction notice,
// what the paper itself said ("We reported that", "The article stated
// that"), and head is in what was said.
func (d *doc) retractedClaim(head int) bool {
	s := d.sentOf(head)
	k := s.from
	// (past a label and a time: "Correction: last week we wrote that")
	if k+1 < head && d.toks[k+1].Norm == ":" {
		k += 2
	}
	for k < head && d.timeAt[k] >= 0 {
		k++
	}
	if k+3 >= head {
		return false
	}
	versionSubject := (d.toks[k].Norm == "an" || d.toks[k].Norm == "the") && versionWords[d.toks[k+1].Norm] && d.toks[k+2].Norm == "version"
	paperSubject := d.toks[k].Norm == "we" || d.toks[k].Norm == "the" && storyNouns[d.toks[k+1].Norm]
	if !versionSubject && !(paperSubject && d.correctionNotice()) {
		return false
	}
	for j := k + 1; j < head && j <= k+10; j++ {
		if d.isWord(j, cReporting) || d.toks[j].Norm == "wrote" || d.toks[j].Norm == "stated" {
			return j+1 < head && d.toks[j+1].Norm == "that"
		}
	}
	return false
}

// deedAsSubject: trigger m is a gerund that opens its sentence, and the
// sentence's verb after it is present or modal ("Expelling an ambassador
// closes a channel"), not past ("Expelling two diplomats in 2019 did not stop
// the attacks" tells a deed).
func (d *doc) deedAsSubject(m triggerMatch) bool {
	s := d.sentOf(m.First)
	if m.First != s.from || !strings.HasSuffix(d.toks[m.First].Norm, "ing") {
		return false
	}
	for k := m.Last + 1; k < s.to && k <= m.Last+12; k++ {
		if d.toks[k].Norm == "," || d.timeAt[k] >= 0 {
			return false
		}
		if d.isWord(k, cModal) && !d.toks[k].IsCap() || generalVerbs[d.toks[k].Norm] {
			return true
		}
	}
	return false
}

// generalVerbs are the present verbs a general statement about a kind of
// deed is made with.
var generalVerbs = set("is", "are", "remains", "means", "sends", "closes", "makes", "costs", "puts", "gives", "becomes", "risks", "undermines")

// noEvidenceOf: the clause of token head is what someone found no evidence
// or sign of: "found no evidence that his brother has been arrested", "saw
// no sign of a break-in".
func (d *doc) noEvidenceOf(head int) bool {
	s := d.sentOf(head)
	for k := max(s.from, head-12); k+2 < head; k++ {
		if d.toks[k].Norm == "no" && evidenceNouns[d.toks[k+1].Norm] && (d.toks[k+2].Norm == "that" || d.toks[k+2].Norm == "of") {
			for j := k + 3; j < head; j++ {
				if d.toks[j].Norm == "but" || d.toks[j].Norm == ";" {
					return false // ("no evidence of X, but police arrested ...")
				}
			}
			return true
		}
	}
	return false
}

var evidenceNouns = set("evidence", "sign", "signs", "proof", "indication", "trace", "record")

// correctionNotice: the text calls itself a correction in its opening
// (its first 60 words).
func (d *doc) correctionNotice() bool {
	for k := 0; k < len(d.toks) && k < 60; k++ {
		if n := d.toks[k].Norm; n == "correction" || n == "corrections" || n == "corrected" {
			return true
		}
	}
	return false
}

var (
	versionWords = set("earlier", "previous", "original", "initial")
	storyNouns   = set("article", "story", "report", "piece")
)

// blocked returns why a trigger does not report an event: negated, hypothetical,
// demanded, or denied.
func (d *doc) blocked(m triggerMatch, cstart, cend int, passive bool) string {
	head := m.HeadTokens[0]
	sent := d.sentOf(head)
	attack := isAttack(m.T.Type)
	// "It is the third serious attack on an Azerbaijani critic in France in
	// four years": a rank among deeds told elsewhere
	// ("It is at least the fourth indictment against suspected informants
	// since 2017": the same for a response)
	if m.T.Noun {
		k := m.First - 1
		for k > cstart && d.isAdjective(k) && !ordinalWords[d.toks[k].Norm] {
			k--
		}
		if k >= cstart+2 && ordinalWords[d.toks[k].Norm] && d.toks[k-1].Norm == "the" && (d.isWord(k-2, cBe) || k-4 >= cstart && d.toks[k-2].Norm == "least" && d.toks[k-3].Norm == "at" && d.isWord(k-4, cBe)) {
			return "a rank of its kind"
		}
	}
	// "An earlier version of this article said that he was detained at the
	// bridge on 9 May": a claim a correction withdraws
	if d.retractedClaim(head) {
		return "a claim the correction withdraws"
	}
	// "we found no evidence that the activist's brother has been arrested"
	if d.noEvidenceOf(head) {
		return "no evidence of it"
	}
	// "The claim that Georgia handed him over to the FSB is false": a claim
	// a fact-check refutes
	if d.falseClaim(head, sent) {
		return "a claim found false"
	}
	// "the photograph shows an unrelated arrest", "all attempts by the
	// regime to persecute": a deed that is not the story's, or every one of
	// a kind
	if m.First > sent.from && (d.toks[head-1].Norm == "unrelated" || d.toks[m.First-1].Norm == "unrelated") {
		return "an unrelated deed"
	}
	if d.allAttemptsTo(head, sent.from) {
		return "every attempt of a kind"
	}
	// "five exiles were arrested or deported in Thailand last year", "courts
	// have attributed an abduction or killing to a foreign state": deeds of
	// two kinds offered as alternatives are a tally or a kind, not one deed
	if d.orOtherKind(m) {
		return "one of two kinds of deed offered as alternatives"
	}
	// "exile groups have announced a demonstration outside the embassy for
	// Saturday": a protest to come
	if m.T.Type == vigil.Protest && m.T.Noun && m.First-2 >= sent.from && announceVerbs[d.toks[m.First-2].Norm] && d.isWord(m.First-1, cDeterminer) {
		return "a protest announced"
	}
	// "The article stated that two men had been convicted": what a
	// correction says an earlier article got wrong
	if d.correctedClaim(sent, m.First) {
		return "a corrected claim"
	}
	// "follows a pattern documented since 2016, in which people Ankara
	// accuses of links to the movement have been detained abroad": a kind
	// of deed described, no one deed
	if d.patternDescribed(sent.from, m.First) {
		return "a pattern described"
	}
	// "It is the term researchers use for efforts by a state to silence
	// critics abroad: watching them, threatening them ...": a definition
	if d.definesTerm(sent) {
		return "a definition"
	}
	// "accused officers of torturing detained soldiers": a past form before
	// the noun it describes, after a gerund, is no arrest told
	if m.T.Type == vigil.Arrest && m.First == m.Last && strings.HasSuffix(d.toks[m.First].Norm, "ed") && m.First > sent.from && m.Last+1 < sent.to {
		prev, next := d.toks[m.First-1], d.toks[m.Last+1]
		if prev.Kind == token.Word && !prev.IsCap() && len(prev.Norm) > 5 && strings.HasSuffix(prev.Norm, "ing") && !ingNouns[prev.Norm] &&
			next.Kind == token.Word && !next.IsCap() && strings.HasSuffix(next.Norm, "s") && d.isWord(m.Last+1, cPersonNoun|cHumanNoun|cVictim) {
			return "a past form describing the noun after it"
		}
	}
	// "videos attacking Algeria's leadership", "a column attacking the
	// regime": words aimed at someone, no violence
	if isAttack(m.T.Type) && m.First == m.Last && strings.HasPrefix(d.toks[m.First].Norm, "attack") && m.First > sent.from && (mediaWorks[d.toks[m.First-1].Norm] || m.First-1 > sent.from && mediaWorks[d.toks[m.First-2].Norm] && d.isWord(m.First-1, cAdverb)) {
		return "words aimed at someone"
	}
	// "holds 43 incidents ... since 1994, from surveillance and threats to
	// physical attacks", "120 cases, ranging from harassment of relatives to
	// abductions": the kinds a count spans
	if m.T.Noun && d.spannedByCount(m.First, sent.from) {
		return "a kind a count of cases spans"
	}
	// "India had designated him a terrorist": a state's label for a critic
	// the story told of, which writers tell as background, no sanction
	if m.T.Type == vigil.Sanction && !m.T.Noun && d.toks[m.First].Norm == "designated" && m.First+3 < sent.to && d.isPronoun(m.First+1) {
		j := m.First + 2
		if d.toks[j].Norm == "as" {
			j++
		}
		if j+1 < sent.to && (d.toks[j].Norm == "a" || d.toks[j].Norm == "an") && (d.toks[j+1].Norm == "terrorist" || d.toks[j+1].Norm == "extremist") {
			return "a state's label for its critic"
		}
	}
	// "police told the protesters to leave the square", "I was told to
	// leave": sending a crowd or the speaker away is no expulsion of a
	// state's diplomats
	if m.T.Type == vigil.Expulsion && !m.T.Noun && d.toks[m.Last].Norm == "leave" {
		if d.anyWord(sentAwayNouns, m.First+1, m.Last) || m.First > sent.from && d.anyWord(localForceNouns, max(sent.from, m.First-2), m.First) ||
			passive && m.First >= 2 && d.isWord(m.First-1, cBe) && (d.toks[m.First-2].Norm == "i" || d.toks[m.First-2].Norm == "we") {
			return "sent away, no diplomat expelled"
		}
	}
	// "Organizers asked him to leave": people who run a place or an event
	// sending someone away expel no one for a state
	if m.T.Type == vigil.Expulsion && !m.T.Noun && m.First > sent.from && eventHosts[d.toks[m.First-1].Norm] {
		return "sent away by those who run a place or an event"
	}
	// "describes Iran as one of the states that conduct the most extensive
	// refugee espionage", "among the states most actively monitoring
	// diaspora communities": a ranking of states, no one deed
	if isAttack(m.T.Type) && d.amongStates(m.First, sent.from) {
		return "a ranking of states"
	}
	// "Rwanda has used luring, surveillance and violence against critics": a
	// bare noun among the tactics a state uses, no one deed
	if (m.T.Noun || m.First == m.Last && strings.HasSuffix(d.toks[m.First].Norm, "ing")) && d.tacticUsed(m.First, sent.from) {
		return "a tactic a state uses"
	}
	// "Expelling an ambassador closes a channel for consular cases",
	// "Kidnapping people on French soil cannot be tolerated": a kind of
	// deed as the subject of a present or modal verb
	if d.deedAsSubject(m) {
		return "a kind of deed, the subject of a general statement"
	}
	// "adjourned sentencing until 21 June", "This weighed heavily in
	// sentencing": the stage of a trial, no verdict
	if m.T.Type == vigil.Conviction && m.First == m.Last && d.toks[m.First].Norm == "sentencing" && m.Last+1 < len(d.toks) &&
		(d.toks[m.Last+1].Kind == token.Punct && m.First > 0 && d.toks[m.First-1].Norm == "in" || stageAfter[d.toks[m.Last+1].Norm]) {
		return "a stage of the trial"
	}
	// "sanctions over attacks on Chechen exiles", "who has documented
	// attacks on Chechen exiles since 2015": the verb's form read as a bare
	// plural noun after a preposition or a verb names a kind of deed
	if isAttack(m.T.Type) && !m.T.Noun && m.First == m.Last && d.toks[m.First].Norm == "attacks" && m.First > 0 &&
		(d.isWord(m.First-1, cPreposition) || strings.HasSuffix(d.toks[m.First-1].Norm, "ed") || d.toks[m.First-1].Norm == "out") {
		return "a kind of deed: attacks"
	}
	// "presented at trial", "extradited to stand trial", "any trial will
	// take place at home": a trial as a stage or a prospect, no charge
	// ("The jury deliberated for four days after a trial that began in
	// December", "have been on trial since April", "The trial ... is
	// expected to begin later this year": the trial behind a verdict, one
	// going on, or one to come)
	if m.T.Type == vigil.Charge && m.T.Noun && d.toks[m.First].Norm == "trial" && m.First > 0 {
		prev, prev2 := d.toks[m.First-1].Norm, ""
		if m.First >= 2 {
			prev2 = d.toks[m.First-2].Norm
		}
		if trialStages[prev] || (prev == "a" || prev == "the") && prev2 == "after" ||
			prev == "on" && d.anyWord(sinceWord, m.Last+1, sent.to) ||
			d.anyWord(expectedWords, m.Last+1, min(sent.to, m.Last+12)) {
			return "a trial as a stage, behind a verdict, going on or to come"
		}
	}
	// "died of a heart attack"; "It is an attack on people living under
	// British protection": a judgement of a deed told elsewhere, no deed
	// (the verb's pattern matches the noun too: "a heart attack")
	if m.T.Type == vigil.ArmedAttack && m.First > 0 && m.First == m.Last && d.toks[m.First].Norm == "attack" {
		if d.toks[m.First-1].Norm == "heart" {
			return "a heart attack"
		}
		if m.First >= sent.from+3 && (d.toks[m.First-1].Norm == "an" || d.toks[m.First-1].Norm == "a") && d.isWord(m.First-2, cBe) && demonstratives[d.toks[m.First-3].Norm] {
			return "a judgement: it is an attack on"
		}
	}
	// "illegal detention", "arbitrary detention" with no one named: what a
	// charge or a complaint is about, no detention
	if m.T.Type == vigil.Arrest && m.T.Noun && m.First > 0 && unlawfulWords[d.toks[m.First-1].Norm] && (m.First < 2 || !d.isWord(m.First-2, cDeterminer)) {
		return "a kind of detention"
	}
	// "He is executed in May 2023": a state's execution of a prisoner, no
	// killing by an agent ("was executed by gunmen" is one)
	if d.toks[m.First].Norm == "executed" && m.First == m.Last && passive && !d.anyWord(agentPreps, m.Last+1, cend) {
		return "an execution"
	}
	// "a long legal fight against extradition", "fighting an extradition
	// case", "whose extradition Algiers has repeatedly sought": a handover
	// fought or asked for, not done
	if m.T.Type == vigil.Extradition && m.T.Noun {
		if d.anyWord(fightWords, max(sent.from, m.First-3), m.First) {
			return "an extradition fought"
		}
		if m.First > 0 && d.toks[m.First-1].Norm == "whose" && d.anyWord(requestVerbs, m.Last+1, min(cend, m.Last+6)) {
			return "an extradition asked for"
		}
	}
	// "a fake bomb threat", "a bomb hoax": no bomb
	if m.T.Type == vigil.Bombing && m.T.Noun && m.Last+1 < len(d.toks) && bombFalse[d.toks[m.Last+1].Norm] {
		return "a threat or a hoax, no bomb"
	}
	// "sentenced to seven years in prison and expulsion from Denmark": a
	// convict's removal, no diplomat expelled
	if m.T.Type == vigil.Expulsion && m.T.Noun && m.Last+1 < len(d.toks) && d.toks[m.Last+1].Norm == "from" && d.anyWord(verdictWords, sent.from, m.First) {
		return "a convict's removal"
	}
	// "an independent monitor of transnational repression": a body that
	// watches, not a watching
	if m.T.Type == vigil.Surveillance && m.First == m.Last && d.toks[m.First].Norm == "monitor" && m.First > 0 && (d.isWord(m.First-1, cDeterminer) || d.isAdjective(m.First-1)) {
		return "a monitor, the body"
	}
	// "He is now serving an eight-year sentence": a term that goes on, from
	// a verdict not told here
	if m.T.Type == vigil.Conviction && m.T.Noun && d.anyWord(servingWords, max(sent.from, m.First-5), m.First) {
		return "a sentence being served"
	}
	// "ordered him held in pre-trial detention", "held in immigration
	// detention since 2014": a custody that a kind names, not a detention
	// (but "a court ordered him held in pre-trial detention" puts him there)
	if m.T.Type == vigil.Arrest && m.T.Noun && m.First > 0 && custodyKinds[d.toks[m.First-1].Norm] && !d.anyWord(orderWords, max(sent.from, m.First-6), m.First) {
		return "a kind of custody: " + d.toks[m.First-1].Text
	}
	// "a student leader in the 2018 protests", "during last year's
	// protests": protests named by their time are the background of a story
	if m.T.Type == vigil.Protest && m.T.Noun && strings.HasSuffix(d.toks[m.Last].Norm, "s") && d.namedByTime(m.First) {
		return "protests named by their time"
	}
	// "U.S. District Judge ... set sentencing for June 20": a hearing to come
	if m.T.Type == vigil.Conviction && m.T.Noun && m.First >= 1 && scheduleWords[d.toks[m.First-1].Norm] {
		return "a hearing to come"
	}
	// "exile groups have long warned of surveillance by people linked to
	// Managua": what someone warns of or fears is no deed told
	if m.T.Noun && m.First >= 2 && d.toks[m.First-1].Norm == "of" && fearVerbs[d.toks[m.First-2].Norm] {
		return "a warning of " + d.toks[m.First].Text
	}
	// "a coordinated campaign of intimidation against Uyghur residents": a
	// summary of many deeds, which the story tells one by one
	if attack && m.T.Noun && m.First >= 2 && d.toks[m.First-1].Norm == "of" && campaignNouns[d.toks[m.First-2].Norm] {
		return "a campaign"
	}
	// "as he stood outside a guesthouse": one person standing somewhere is
	// no protest
	if m.T.Type == vigil.Protest && !m.T.Noun && m.First >= 1 {
		if n := d.toks[m.First].Norm; n == "stood" || n == "standing" || n == "stand" {
			j := m.First - 1
			if d.isWord(j, cBe) && j >= 1 {
				j--
			}
			if p := d.toks[j].Norm; p == "he" || p == "she" || p == "i" {
				return "one person standing"
			}
		}
	}
	// "two men they recognised as being close to the embassy": nearness, not
	// a closure
	if m.T.Type == vigil.AmbassadorRecall && d.toks[m.First].Norm == "close" && m.First+1 < len(d.toks) && d.toks[m.First+1].Norm == "to" {
		return "close to"
	}
	// "declaring Malaysia's ambassador, who had already been recalled, persona
	// non grata": an aside on the envoy recalls a recall told before
	if m.T.Type == vigil.AmbassadorRecall && envoyNouns[d.toks[m.First].Norm] && d.anyWord(relativePronouns, m.First+1, m.Last) {
		return "an aside on the envoy"
	}
	// "on the second anniversary of the siblings' detention": a deed
	// remembered, told elsewhere
	if m.T.Noun {
		for k := max(cstart, m.First-5); k+1 < m.First; k++ {
			if d.toks[k].Norm == "anniversary" && d.toks[k+1].Norm == "of" {
				return "an anniversary"
			}
		}
	}
	// "relatives of protesters killed in Iran": protesters another deed was
	// done to, not a protest of the story
	if m.T.Type == vigil.Protest && m.T.Noun && participants[d.toks[m.First].Norm] && m.Last+1 < len(d.toks) && harmedWords[d.toks[m.Last+1].Norm] {
		return "protesters as victims"
	}
	// "the regional monitoring group", "a surveillance product", "the UN
	// monitoring compliance": a word for watching that names a body, a tool
	// or a task, not a deed against people
	if m.T.Type == vigil.Surveillance && m.First == m.Last && m.Last+1 < len(d.toks) && (m.T.Noun || strings.HasSuffix(d.toks[m.First].Norm, "ing")) {
		if next := d.toks[m.Last+1].Norm; watchingModifies[next] || tradeNouns[next] {
			return "a body or tool: " + d.toks[m.Last+1].Text
		}
	}
	if m.T.Noun && m.Last+1 < len(d.toks) {
		next := d.toks[m.Last+1].Norm
		// "blacklisting two spyware firms": the trade, not an attack
		if m.T.Type == vigil.Cyberattack && tradeNouns[next] {
			return "a trade: " + d.toks[m.Last+1].Text
		}
		// "We spoke to her about surveillance, family pressure and ...": a
		// bare noun after "about" names a topic
		if m.First >= 1 && d.toks[m.First-1].Norm == "about" && !nounComplements[next] && next != "by" {
			return "a topic"
		}
	}
	// "published a Financial Sanctions Notice": a word inside a title
	if m.Last+1 < len(d.toks) && m.First > d.sentOf(m.First).from && d.toks[m.First].IsCap() && d.capital(m.First-1) && d.capital(m.Last+1) && d.toks[m.Last+1].Kind == token.Word &&
		d.actorAt[m.Last+1] < 0 && d.placeAt[m.Last+1] < 0 {
		return "inside a title"
	}
	// "a Cyprus-registered developer of the Nightjar mobile spyware": the
	// product a firm makes or sells, no attack
	if m.T.Type == vigil.Cyberattack && m.T.Noun {
		for k := m.First - 1; k > cstart && k >= m.First-6; k-- {
			if d.toks[k].Norm == "of" && makerNouns[d.toks[k-1].Norm] {
				return "the product a firm makes"
			}
			// (past the quotes of a product's name: 'the "Nightjar" spyware')
			if n := d.toks[k].Norm; d.toks[k].Kind == token.Punct && n != "\"" && n != "“" && n != "”" {
				break
			}
		}
	}
	// "agents of the Directorate against Kidnappings (Dirincri)": a noun
	// that ends a body's name
	if m.T.Noun && m.First >= 2 && m.First > d.sentOf(m.First).from+1 && d.toks[m.First].IsCap() && !d.toks[m.First].IsUpper() &&
		(d.toks[m.First-1].Norm == "against" || d.toks[m.First-1].Norm == "for") && d.capital(m.First-2) {
		return "the end of a body's name"
	}
	// "A Bulgarian court approved their surrender, and they were flown back
	// to Heathrow": a return by law, the extradition the sentence tells
	if m.T.Type == vigil.Abduction && d.toks[m.Last].Norm == "to" && m.Last >= 1 && d.toks[m.Last-1].Norm == "back" {
		s := d.sentOf(m.First)
		if d.anyWord(lawfulReturnWords, s.from, s.to) {
			return "a lawful return"
		}
	}
	// "the first conviction of its kind in the Netherlands": a rank among
	// deeds of one kind, the one told elsewhere
	if m.T.Noun && m.Last+3 < len(d.toks) && d.toks[m.Last+1].Norm == "of" && d.toks[m.Last+2].Norm == "its" && d.toks[m.Last+3].Norm == "kind" {
		return "a rank of its kind"
	}
	// "a Swedish citizen with previous convictions for drug offences", "mass
	// arrests at home": a record or a sweep, not a deed of the story
	if m.T.Noun && m.First >= 1 {
		if n := d.toks[m.First-1].Norm; recordWords[n] && (m.T.Type == vigil.Conviction || m.T.Type == vigil.Charge) || n == "mass" && m.T.Type == vigil.Arrest {
			return "a record or a sweep: " + d.toks[m.First-1].Text
		}
	}
	// "blocks Turkey's request to extradite the journalist": what was asked
	if m.T.Type == vigil.Extradition && !m.T.Noun && m.First >= 2 && d.toks[m.First-1].Norm == "to" && askNouns[d.toks[m.First-2].Norm] {
		return "a request"
	}
	// "Tehran has in the past retaliated by expelling European diplomats": a
	// habit, not a deed of the story
	for k := max(cstart, m.First-8); k+2 < m.First; k++ {
		if d.toks[k].Norm == "in" && d.toks[k+1].Norm == "the" && d.toks[k+2].Norm == "past" && (k+3 >= len(d.toks) || d.toks[k+3].Kind != token.Word || !d.isWord(k+3, cMonth) && d.timeAt[k+3] < 0 && !timeUnitWords[d.toks[k+3].Norm]) {
			return "a habit: in the past"
		}
	}
	if m.T.Type == vigil.Arrest {
		// "held in the centre for temporary detention of foreign citizens":
		// a place of detention, not one
		if m.T.Noun {
			for k := m.First - 1; k >= cstart && k >= m.First-3; k-- {
				if detentionPlaces[d.toks[k].Norm] {
					return "a place of detention"
				}
			}
		}
		// "is still in pre-trial detention", "renewed his detention for 45
		// days": a state that goes on, or its renewal, not a detention
		for k := m.First - 1; k >= cstart && k >= m.First-6; k-- {
			if d.inSet(k, sRenewal) || k >= m.First-3 && d.inSet(k, sOngoing) {
				return "an ongoing detention: " + d.toks[k].Text
			}
		}
		// "has since been held in custody": a detention that goes on from an
		// arrest told before
		if d.toks[m.First].Norm == "held" && m.First >= 3 && d.toks[m.First-1].Norm == "been" && d.toks[m.First-2].Norm == "since" {
			return "an ongoing detention: since been held"
		}
		// "The three are being held in custody": the present progressive
		// tells a detention that goes on, made before
		if m.First >= 2 && d.toks[m.First-1].Norm == "being" && (d.toks[m.First-2].Norm == "are" || d.toks[m.First-2].Norm == "is") {
			return "an ongoing detention: being held"
		}
		// "taken to Health Sciences Centre with a broken cheekbone": a
		// hospital is no place of detention
		if d.anyWord(careWords, m.First, m.Last+1) {
			return "taken for care"
		}
	}
	// "Q: What would help? A: Sanctions.": a word that stands alone names a
	// kind of act, no deed
	if d.triggerAlone(sent, m) {
		return "a word alone"
	}
	// a condition or an obligation governs the whole sentence after it: "If
	// convicted, ...", "governments should agree on consequences - expelling
	// officers, freezing assets"
	sentFrom, has := sent.from, sent.has // (has: the classes of the sentence's tokens)
	// "When a foreign government spies on a Belgian resident, that is a
	// Belgian problem": a case put in general, in the present, no deed
	if n := d.toks[sentFrom].Norm; (n == "when" || n == "whenever") && !m.T.Noun && sentFrom+1 < m.First && genericSubjects[d.toks[sentFrom+1].Norm] && strings.HasSuffix(d.toks[m.First].Norm, "s") {
		return "a case put in general: " + d.toks[sentFrom].Text
	}
	for k := sentFrom; k < m.First && (has&cIrrealis != 0 || sent.to == 0); k++ {
		if !d.isWord(k, cIrrealis) {
			continue // (all the words below are irrealis cues)
		}
		switch n := d.toks[k].Norm; n {
		case "if", "unless", "suppose", "imagine", "supposing":
			// ("Suppose a Saudi official were caught photographing students":
			// a case put to the reader)
			if k == sentFrom {
				return "condition " + d.toks[k].Text
			}
		case "should", "must", "ought":
			// ("It should be noted that ...": the writer's aside, no duty)
			if d.timeAt[k] < 0 && !d.writersAside(k, m.First) {
				return "obligation " + d.toks[k].Text
			}
		case "urged", "urges", "urge":
			return "demand " + d.toks[k].Text
		}
	}
	// "Several countries have expelled diplomats over such incidents in
	// recent years": a summary of many
	for k := cstart; k+1 < cend && (has&cRecent != 0 || cstart < sent.from || cend > sent.to); k++ {
		if !d.isWord(k, cRecent) {
			continue
		}
		// ("in the past five years"; not "has spent the past two years")
		next := k + 1
		if next+1 < cend && d.isCountAt(next) && k >= 2 && d.toks[k-1].Norm == "the" && (d.toks[k-2].Norm == "in" || d.toks[k-2].Norm == "over") {
			next++
		}
		if n := d.toks[k].Norm; (n == "recent" || n == "past") && (d.toks[next].Norm == "years" || d.toks[next].Norm == "decades" || d.toks[next].Norm == "months") && k > 0 && (d.toks[k-1].Norm == "in" || d.toks[k-1].Norm == "the" || d.toks[k-1].Norm == "over") {
			return "summary of recent years"
		}
	}
	// "staging a simulated hostage rescue and defusing a mock car bomb" in a
	// military exercise; "an explosion tore through a shop selling gas
	// cylinders": a drill or an accident is no attack
	if attack && d.stagedOrAccidental(sent, m) {
		return "a drill or an accident"
	}
	// "security officers arrested two of his brothers, who were held for
	// months without charge": how long the arrested were held is the same
	// arrest
	// (and "was picked up by police in 2015 and held for five weeks")
	if m.T.Type == vigil.Arrest && !m.T.Noun {
		n := d.toks[m.First].Norm
		r := d.relativePronounOf(m.First, sent.from)
		if (n == "held" || n == "kept") && m.First > sent.from && d.toks[m.First-1].Norm == "and" && d.arrestBefore(m.First, sent.from) ||
			r > sent.from && d.toks[r].Norm == "who" && d.toks[r-1].Norm == "," && d.arrestBefore(r, sent.from) {
			return "how long those arrested before were held"
		}
	}
	// "a judge charged him and ordered him held in pretrial detention": a
	// remand the court orders is no arrest of its own
	if m.T.Type == vigil.Arrest && !m.T.Noun && m.First >= 2 && d.toks[m.First-2].Norm == "ordered" && d.isWord(m.First-1, cPronoun) {
		return "a remand ordered"
	}
	// "collecting the tax in breach of Canadian law and UN sanctions",
	// "charged with evading sanctions": sanctions broken are none imposed
	if m.T.Type == vigil.Sanction && m.T.Noun && d.anyWord(breachWords, max(cstart, m.First-6), m.First) {
		return "sanctions breached"
	}
	// "New Delhi had long accused him of terrorism": a government's
	// standing accusation, no charge in court
	if m.T.Type == vigil.Charge && d.toks[m.First].Norm == "accused" && m.First >= 1 && habitualAdverbs[d.toks[m.First-1].Norm] {
		return "a standing accusation"
	}
	// "offered rewards for information leading to the arrest": the reward
	// noun tells it, once
	if m.T.Type == vigil.Intimidation && strings.HasPrefix(d.toks[m.First].Norm, "offer") && d.anyWord(rewardNouns, m.First, m.Last) {
		return "a reward its noun tells"
	}
	// "associations have close ties to the Chinese embassy": an adjective
	// of kinship, no closing of a mission
	if m.T.Type == vigil.AmbassadorRecall && d.toks[m.First].Norm == "close" && m.First+1 <= m.Last && closeKinNouns[d.toks[m.First+1].Norm] {
		return "close ties, not a closing"
	}
	// "The case was investigated by the FBI and prosecuted by Assistant
	// United States Attorneys": a press release's credits for a case told
	// above
	if m.T.Type == vigil.Charge && passive && m.First >= 2 && d.anyWord(creditedCases, max(sent.from, m.First-12), m.First) && d.toks[min(m.Last+1, len(d.toks)-1)].Norm == "by" {
		return "the credits of a case"
	}
	// "after the president commuted his 25-year sentence": a sentence
	// passed before, now changed, is no verdict
	if m.T.Type == vigil.Conviction && m.T.Noun && d.anyWord(commuteVerbs, max(cstart, m.First-4), m.First) {
		return "a sentence commuted"
	}
	// "designates him as 'wrongfully detained'": a status his own state
	// gives a detained citizen, no sanction
	if m.T.Type == vigil.Sanction && d.anyWord(wrongfulWords, m.Last+1, min(cend, m.Last+8)) {
		return "a wrongful detention designated"
	}
	// "They told her husband he was under arrest for drug trafficking": an
	// arrest announced to someone is the men's words (often false), not the
	// report's telling of one
	if m.T.Type == vigil.Arrest && m.First-1 > cstart && d.toks[m.First-1].Norm == "under" && d.anyWord(arrestSpeechVerbs, max(sent.from, m.First-9), m.First-1) {
		return "an arrest announced in someone's words"
	}
	// "a blogger whose videos are watched by hundreds of thousands": an
	// audience, not a watch kept on someone
	// (but "a podcast about people who are followed": the people are)
	if m.T.Type == vigil.Surveillance && passive && d.watchedMediaSubject(m.First, cstart) {
		return "media watched by an audience"
	}
	// "the TTP have repeatedly attacked police in the district": a habit
	if !m.T.Noun && m.First >= 2 && habitualAdverbs[d.toks[m.First-1].Norm] && (d.toks[m.First-2].Norm == "have" || d.toks[m.First-2].Norm == "has") {
		return "a habit"
	}
	// "security services have abducted, spied on and threatened government
	// critics living abroad": a list of kinds of deed done to a kind of
	// people sums a campaign up
	if attack && !m.T.Noun && d.deedList(m.First, sent) {
		return "a list of deeds done to a kind of people"
	}
	// "more than a dozen threats against Sikh activists", "dozens of
	// attacks": a count of deeds, told one by one elsewhere if at all
	if attack && m.T.Noun && m.First >= 2 && d.isPluralAt(m.First) && (d.toks[m.First-1].Norm == "dozen" || d.toks[m.First-1].Norm == "of" && manyWords[d.toks[m.First-2].Norm]) {
		return "a count of deeds"
	}
	// "European governments have answered with expulsions, recalled
	// ambassadors and sanctions": the kinds of answer a perfect sums up
	if d.answeredWith(m.First, sentFrom) {
		return "kinds of answer"
	}
	// "When he came back, he called his son": a call a pronoun makes is
	// family's, not an agency's (who called is named when it is one)
	if m.T.Type == vigil.Intimidation && m.T.Flags.relative && phoneVerbs[d.toks[m.First].Norm] && !passive && m.First > 0 && personPro[d.toks[m.First-1].Norm] {
		return "a call by someone unnamed"
	}
	// "Her mother phoned her that night": a relative's call is family's
	if m.T.Type == vigil.Intimidation && m.T.Flags.relative && phoneVerbs[d.toks[m.First].Norm] && !passive && m.First > 0 && relativeNouns[d.toks[m.First-1].Norm] {
		return "a call by a relative"
	}
	// "Second, expulsions are a blunt tool": a kind of act the present
	// judges, no deed
	if m.T.Noun && d.isPluralAt(m.Last) && m.Last+2 < cend && d.toks[m.Last+1].Norm == "are" && (d.isWord(m.Last+2, cDeterminer) || d.isAdjective(m.Last+2)) {
		return "a kind judged"
	}
	// "the latest in a string of critics of the government forcibly
	// returned from Russia": the others of a series, told as a kind
	for k := max(sentFrom+1, m.First-10); k+1 < m.First; k++ {
		// (not past the series' own clause: "had insulted Kadyrov in a
		// series of videos, was shot dead")
		if d.toks[k+1].Norm == "of" && seriesNouns[d.toks[k].Norm] && (d.toks[k-1].Norm == "a" || d.toks[k-1].Norm == "the") && !d.anyWord(clauseBreaks, k, m.First) {
			return "a series"
		}
	}
	// "after years in which Dushanbe used them to have opponents detained":
	// what went on over years, no one deed
	for k := max(sentFrom+1, m.First-12); k+1 < m.First; k++ {
		if d.toks[k].Norm == "in" && d.toks[k+1].Norm == "which" && spanNouns[d.toks[k-1].Norm] {
			return "a span of years"
		}
	}
	// "it deports foreigners only in accordance with the law": what an
	// authority does as a rule, told in the present to a bare plural
	if d.presentPassiveHabit(m, sent) {
		return "what happens to such people"
	}
	if d.presentHabit(m, sent) {
		return "a habit in the present"
	}
	// "Several were later sentenced", "Many have been detained": a count of
	// people with no one named
	if n := d.toks[sent.from].Norm; passive && sent.from < m.First && barePeopleCounts[n] && (d.isWord(sent.from+1, cBe) || d.isWord(sent.from+1, cAuxiliary) || d.isWord(sent.from+1, cAdverb)) {
		return "a count of people"
	}
	// "at least a dozen of their members have been attacked or abducted
	// since the late 1990s": a tally of years, no deed told
	if d.tallySince(m, sent.from, sent.to) {
		return "a tally since"
	}
	// "a channel that reports on arrests of activists", "to speak about
	// sanctions": a topic, no event
	if prep := m.First - 1; prep >= 1 {
		if d.isWord(prep, cDeterminer) && prep >= 2 {
			prep-- // ("findings about the monitoring of Kurdish exiles")
		}
		if (d.toks[prep].Norm == "on" || d.toks[prep].Norm == "about") && topicVerbs[d.toks[prep-1].Norm] {
			return "a topic"
		}
	}
	// "Any attempt by a foreign state to intimidate them ... will receive a
	// firm response": a case in general, no event
	if sentFrom < m.First && d.toks[sentFrom].Norm == "any" || sentFrom+1 < m.First && d.toks[sentFrom].Norm == "\"" && d.toks[sentFrom+1].Norm == "any" {
		return "any such case"
	}
	// "all options, including sanctions, remain on the table": a choice
	// still open
	// ("measures such as sanctions" too)
	for k := max(sentFrom, m.First-4); k < m.First; k++ {
		if n := d.toks[k].Norm; n == "options" || n == "option" || n == "measures" && d.toks[k+1].Norm == "such" {
			return "an option"
		}
	}
	// "until there are sanctions against the officials": a condition not met
	for k := max(sentFrom, m.First-6); k+2 < m.First; k++ {
		if d.toks[k].Norm == "until" && d.toks[k+1].Norm == "there" && d.isWord(k+2, cBe) {
			return "condition until"
		}
	}
	// "The aim was to hand him over to ...": the purpose of a plot, not a
	// response (a plot's own "the plan was to kill" is kept)
	if !attack && !m.T.Noun && m.First >= 3 && d.toks[m.First-1].Norm == "to" && d.isWord(m.First-2, cBe) && purposeNouns[d.toks[m.First-3].Norm] {
		return "a purpose"
	}
	// "Handing him to the authorities would make Turkey complicit": a deed
	// as the subject of a conditional is supposed, not done
	if !m.T.Noun && strings.HasSuffix(d.toks[m.First].Norm, "ing") && (m.First == sentFrom || m.First == sentFrom+1 && d.toks[sentFrom].Kind == token.Punct) {
		for k := m.Last + 1; k < sent.to; k++ {
			n := d.toks[k].Norm
			if n == "would" || n == "could" || n == "might" {
				return "supposed " + d.toks[k].Text
			}
			if n == "." || n == ";" {
				break
			}
		}
	}
	// "exposes them to detention and deportation", "at risk of arrest": a
	// danger, not a deed
	if m.T.Noun && m.First >= 2 && (d.toks[m.First-1].Norm == "to" || d.toks[m.First-1].Norm == "of") {
		for k := m.First - 2; k >= max(cstart, m.First-4); k-- {
			if riskWords[d.toks[k].Norm] {
				return "a risk"
			}
		}
	}
	// "dozens of dissidents have been detained in Russia, Turkey and
	// elsewhere": a tally over many places
	for k := m.Last + 1; k+1 < cend; k++ {
		if n := d.toks[k].Norm; (n == "and" || n == "or") && d.toks[k+1].Norm == "elsewhere" {
			return "a tally over places"
		}
	}
	// "photographs of activists who have been jailed": a kind of people
	// described, not a deed told
	if !m.T.Noun {
		for k := m.First - 1; k >= max(sentFrom+2, m.First-6); k-- {
			if n := d.toks[k].Norm; n == "who" || n == "that" {
				if d.isPluralAt(k-1) && !d.capital(k-1) && d.isWord(k-2, cPreposition) {
					return "a kind of people"
				}
				break
			}
		}
	}
	// "hands the case over to Saudi Arabia": a file, not a person
	if m.T.Type == vigil.Extradition && !m.T.Noun {
		// (the object follows the verb, or stands inside "handed ... over")
		for k := m.First + 1; k+1 < cend && k <= m.Last+1; k++ {
			if d.toks[k].Norm == "the" && fileNouns[d.toks[k+1].Norm] {
				return "a file handed over"
			}
		}
	}
	// "what it calls a pattern of intimidation": a habit, not an event
	if m.T.Noun && m.First >= 2 && d.toks[m.First-1].Norm == "of" && habitNouns[d.toks[m.First-2].Norm] {
		return "a pattern of such acts"
	}
	// "the wife of a jailed Uyghur academic", "the detained activist": a
	// participle as an adjective recalls a state, it tells no event
	// ("the two arrested men": past a count)
	if !m.T.Noun && m.First == m.Last && m.First > 0 && strings.HasSuffix(d.toks[m.First].Norm, "ed") &&
		(d.toks[m.First-1].Norm == "a" || d.toks[m.First-1].Norm == "an" || d.toks[m.First-1].Norm == "the" ||
			m.First >= 2 && d.isCountAt(m.First-1) && (d.toks[m.First-2].Norm == "the" || d.toks[m.First-2].Norm == "both")) &&
		m.Last+1 < len(d.toks) && d.toks[m.Last+1].Kind == token.Word && !d.isWord(m.Last+1, cPreposition) && !d.isWord(m.Last+1, cConjunction) &&
		!d.is(m.Last+1, cDeterminer) && d.timeAt[m.Last+1] < 0 {
		return "participle as adjective"
	}
	// ("in solidarity with jailed reporters", "of detained activists": after a
	// preposition, before the plural people it describes)
	if !m.T.Noun && m.First == m.Last && m.First > 0 && strings.HasSuffix(d.toks[m.First].Norm, "ed") && (d.toks[m.First-1].Norm == "with" || d.toks[m.First-1].Norm == "of" || d.toks[m.First-1].Norm == "for") &&
		m.Last+1 < len(d.toks) && d.isPluralAt(m.Last+1) && d.toks[m.Last+1].Kind == token.Word && !d.toks[m.Last+1].IsCap() && !d.isWord(m.Last+1, cPreposition|cDeterminer|cConjunction) {
		return "participle as adjective"
	}
	// "Sentencing is set for January", "the trial is scheduled to open": not
	// yet
	if m.T.Noun {
		for k := m.Last + 1; k+1 < d.sentOf(head).to && k <= m.Last+3; k++ {
			if n := d.toks[k].Norm; (n == "set" || n == "scheduled" || n == "due" || n == "expected") && d.toks[k-1].Kind == token.Word && d.isWord(k-1, cBe) {
				return "scheduled"
			}
		}
	}
	// "Rafael Ortega, a former lieutenant who had been jailed for plotting
	// against Maduro and later escaped to Chile, was dragged from his
	// apartment": a relative clause's earlier deed describes the person the
	// sentence tells of
	if !m.T.Noun && m.First >= 2 && d.toks[m.First-1].Norm == "been" && d.toks[m.First-2].Norm == "had" {
		// (one the clause dates is a deed of its own: "The three men, who had
		// been taken into custody on 8 April by officers of the DGSI, were
		// remanded")
		if end := d.closedRelativeEnd(m.First, sent.to); end >= 0 && d.triggerBetween(end, sent.to) && !d.anyTime(m.Last+1, end) {
			return "an earlier deed in a relative clause"
		}
	}
	// "he noticed the same two men standing outside the mosque": people seen
	// where they stood, not a protest
	if m.T.Type == vigil.Protest && strings.HasSuffix(d.toks[m.First].Norm, "ing") {
		for k := max(cstart, m.First-8); k < m.First; k++ {
			if perceptionVerbs[d.toks[k].Norm] {
				return "people seen standing"
			}
		}
	}
	// "evidence linking agents of the Indian government to homicides,
	// extortion and intimidation": kinds of deed a link is alleged to, none
	// told
	if m.T.Noun && d.linkedKinds(m.First, cstart) {
		return "kinds of deed a link is alleged to"
	}
	// "He faces five years in prison when he is sentenced in July": a time
	// clause's present passive tells the future
	if !m.T.Noun && m.First >= 3 && (d.toks[m.First-1].Norm == "is" || d.toks[m.First-1].Norm == "are") {
		for k := m.First - 2; k >= cstart && k >= m.First-5; k-- {
			if futureClauseWords[d.toks[k].Norm] {
				return "a time clause's present: the future"
			}
			if d.toks[k].Kind == token.Punct {
				break
			}
		}
	}
	// "to beg her to stop going to demonstrations", "warned to avoid
	// protests": protests someone is pressed to keep away from
	if m.T.Type == vigil.Protest && m.T.Noun {
		for k := max(cstart, m.First-4); k < m.First; k++ {
			if shunVerbs[d.toks[k].Norm] {
				return "protests to keep away from"
			}
		}
	}
	// "Venezuela's constitution bars the extradition of its nationals": a
	// deed forbidden, not done
	if m.T.Noun {
		for k := m.First - 1; k >= cstart && k >= m.First-2; k-- {
			if barVerbs[d.toks[k].Norm] {
				return "forbidden"
			}
		}
	}
	// "the PKK, which the United States and Turkey list as a terrorist
	// organisation": a listing that stands, not one made
	if m.T.Type == vigil.Sanction && (d.toks[m.First].Norm == "list" || d.toks[m.First].Norm == "lists") {
		return "a standing listing"
	}
	// "the agent and stalking counts carry five years", "the kidnapping
	// charge": the offence an indictment names, not a deed told
	if isAttack(m.T.Type) && m.First == m.Last && m.Last+1 < len(d.toks) && offenceHeads[d.toks[m.Last+1].Norm] {
		return "names an offence"
	}
	// "Chen is due to be sentenced this spring", "scheduled to be tried":
	// not yet
	if !m.T.Noun && m.First >= 3 && d.toks[m.First-1].Norm == "be" && d.toks[m.First-2].Norm == "to" && expectedWords[d.toks[m.First-3].Norm] {
		return "scheduled"
	}
	// "ordering them to leave the municipality": a threat to locals, not a
	// state expelling diplomats
	if m.T.Type == vigil.Expulsion && d.toks[m.Last].Norm == "leave" && m.Last+2 < len(d.toks) && localAreas[d.headNorm(d.npAfter(m.Last+1, d.sentOf(head).to, nil))] {
		return "order to leave a town"
	}
	// "handed over to a humanitarian commission": released, not extradited
	if m.T.Type == vigil.Extradition && d.toks[m.Last].Norm == "to" {
		if p := d.npAfter(m.Last+1, d.sentOf(head).to, nil); !p.empty() && !d.isPlacePhrase(p) && d.actorAt[p.from] < 0 && !d.hasActor(p) {
			if _, ok := d.isAuthority(p); !ok {
				return "handed to no state"
			}
		}
	}
	// "since the start of nationwide protests in Iran", "which helped organise
	// mass protests": protests in the plural as the background of the story
	if n := d.toks[m.Last].Norm; m.T.Type == vigil.Protest && m.T.Noun && (n == "protests" || n == "demonstrations" || n == "rallies") {
		for k := m.First - 1; k >= sentFrom && k >= m.First-3; k-- {
			if backgroundCues[d.toks[k].Norm] {
				return "background protests"
			}
			// "who fled Nicaragua after the 2018 protests": why someone left
			if d.toks[k].Norm == "after" {
				for j := k - 1; j >= sentFrom && j >= k-5; j-- {
					if flightVerbs[d.toks[j].Norm] {
						return "background protests"
					}
				}
			}
		}
	}
	// "the judiciary announced that he had been executed": a death sentence
	// carried out, not a killing by agents
	if d.toks[head].Norm == "executed" {
		// ("Chaab was executed in Iran this year": in a state, by no named
		// agent, its sentence)
		if head+2 < cend && d.toks[head+1].Norm == "in" && d.placeAt[head+2] >= 0 && d.in.Places[d.placeAt[head+2]].Place.Feature == vigil.FeatureCountry && !d.anyWord(agentPreps, head+1, cend) {
			return "judicial execution"
		}
		s := d.sentOf(head)
		for k := s.from; k < s.to; k++ {
			if judicialWords[d.toks[k].Norm] {
				return "judicial execution"
			}
		}
	}
	// "organisers called off a planned rally", "police dismissed reports of an
	// explosion as false": nothing happened
	// ("called" is an irrealis cue)
	for k := cstart; k < m.First && (has&(cCancel|cDismiss|cIrrealis) != 0 || cstart < sent.from || m.First > sent.to); k++ {
		n := d.toks[k].Norm
		if d.is(k, cCancel) || n == "called" && k+1 < len(d.toks) && d.toks[k+1].Norm == "off" {
			return "cancelled " + d.toks[k].Text
		}
		// ("New Delhi, which has rejected the allegations, answered by
		// expelling": an aside about the subject dismisses nothing of the deed)
		// ("rejected the defence argument that the shooting was a hijacking":
		// past a modifier of the noun too)
		if d.is(k, cDismiss) && k+1 < m.First && (reportNouns[d.toks[k+1].Norm] || k+2 < m.First && reportNouns[d.toks[k+2].Norm] || k+3 < m.First && reportNouns[d.toks[k+3].Norm] && d.isWord(k+1, cDeterminer)) && (m.T.Noun || !d.newPredicate(k, head)) && !d.relativeClauses(cstart, m.First)[k] {
			return "dismissed " + d.toks[k].Text
		}
	}
	// "had received threats for years": a state of affairs, not an incident
	if m.T.Type == vigil.Intimidation {
		for k := m.Last + 1; k+1 < cend; k++ {
			if d.toks[k].Norm == "for" && (d.toks[k+1].Norm == "years" || d.toks[k+1].Norm == "decades") {
				return "for years"
			}
		}
	}
	// "was seized and handed over to the Revolutionary Guards": the handover
	// completes the abduction
	// (not "arrested eight days after the attack and handed over": a noun
	// that dates the arrest; nor "two men suspected of attacking him have
	// been handed over": what the ones handed over are suspected of)
	if m.T.Type == vigil.Extradition {
		for _, t := range d.triggers {
			if t >= cstart && t < m.First && d.attackAt(t) && !(t > 0 && d.is(t-1, cDeterminer)) && !(t >= 2 && d.toks[t-1].Norm == "of" && d.accusationWord(t-2)) {
				return "handover in an attack"
			}
		}
	}
	// "a Sikh leader whom India accused of terrorism": a state's accusation
	// is no court's charge
	if m.T.Type == vigil.Charge && (d.toks[m.First].Norm == "accused" || d.toks[m.First].Norm == "accuses") && m.First > cstart {
		if a := d.actorAt[m.First-1]; a >= 0 && d.in.Actors[a].Actor.Kind == "state" && d.in.Actors[a].Via != "demonym" {
			return "a state's accusation"
		}
	}
	// "Germany accused Vietnam of kidnapping": a state is accused, not charged
	if m.T.Type == vigil.Charge && (d.toks[m.First].Norm == "accused" || d.toks[m.First].Norm == "accuses") {
		if p := d.npAfter(m.First+1, cend, nil); !p.empty() {
			if a, ok := d.actorIn(p); ok && stateKinds[a.Actor.Kind] && a.Via != "demonym" {
				return "a state accused"
			}
		}
	}
	// "The group has kidnapped hundreds of people since 2014": a tally of
	// years, not an incident
	if isAttack(m.T.Type) && !m.T.Noun && m.First > cstart {
		if aux := d.toks[m.First-1].Norm; aux == "has" || aux == "have" {
			for k := m.Last + 1; k < cend; k++ {
				if n := d.toks[k].Norm; n == "since" || n == "repeatedly" {
					return "a tally since"
				}
			}
		}
	}
	// "Convictions can lead to life imprisonment": a generic noun before a
	// modal; a sentence a modal governs is a possible outcome
	if m.T.Noun && d.isPluralAt(m.First) && m.Last+1 < cend && d.isWord(m.Last+1, cModal) {
		return "generic with a modal"
	}
	if m.T.Type == vigil.Conviction && m.T.Noun {
		for k := sentFrom; k < m.First; k++ {
			if n := d.toks[k].Norm; (d.isWord(k, cModal) || n == "would" || n == "will") && d.timeAt[k] < 0 && !d.toks[k].IsCap() {
				return "possible sentence"
			}
		}
	}
	// "sentenced 43 people in a second mass trial": the trial is the verdict's
	// setting, not a charge of its own
	if m.T.Type == vigil.Charge && m.T.Flags.generic && m.T.Noun {
		for _, t := range d.triggers {
			if t >= cstart && t < cend && t != m.First && (d.toks[t].Norm == "sentenced" || d.toks[t].Norm == "convicted" || d.toks[t].Norm == "acquitted") {
				return "the trial of a verdict"
			}
		}
	}
	// "is awaiting extradition": not yet done; "a maximum sentence of ten
	// years", "the penalty is life imprisonment": what the law allows
	if m.First > cstart && d.isWord(m.First-1, cPending) {
		return "pending"
	}
	// "will request, through the appropriate channels, the extradition of
	// two further suspects": the noun a request's object
	if m.T.Noun && m.T.Type.IsResponse() {
		for k := m.First - 1; k > cstart && k >= m.First-8 && !d.attackAt(k); k-- {
			if d.isWord(k, cPending) && (d.toks[k].Norm == "request" || d.toks[k].Norm == "requests" || d.toks[k].Norm == "requested" || strings.HasPrefix(d.toks[k].Norm, "seek") || d.toks[k].Norm == "sought") {
				return "pending"
			}
			if d.isVerbForm(k) {
				break // ("who was seeking asylum and ordered the expulsion")
			}
		}
	}
	if m.T.Type == vigil.Conviction {
		for k := max(cstart, m.First-3); k < m.First; k++ {
			if n := d.toks[k].Norm; n == "penalty" || n == "punishable" || n == "carries" || n == "carry" {
				return "a penalty the law allows"
			}
		}
	}
	// "rewards for information leading to the arrest of", "a warrant for the
	// arrest of": an arrest sought, not made
	if m.T.Type == vigil.Arrest && m.T.Noun {
		for k := max(cstart, m.First-4); k < m.First; k++ {
			// ("what it called the arbitrary detention" names it; "called for
			// the arrest" asks for it)
			if n := d.toks[k].Norm; soughtWords[n] && !((n == "called" || n == "calling") && k+1 < m.First && d.toks[k+1].Norm != "for") {
				return "sought"
			}
		}
	}
	// "found in a detention centre in Khartoum": a place, not an arrest
	if m.T.Type == vigil.Arrest && m.T.Noun && m.Last+1 < len(d.toks) && detentionPlaces[d.toks[m.Last+1].Norm] {
		return "a place of detention"
	}
	// "is still in detention": a state, not an arrest
	if m.T.Type == vigil.Arrest && m.T.Noun && m.First > 0 && d.toks[m.First-1].Norm == "in" &&
		!(m.First > 1 && placedVerbs[d.toks[m.First-2].Norm]) {
		return "in detention"
	}
	// "he believed he was being watched": a fear, not a finding
	if m.T.Type == vigil.Surveillance || m.T.Type == vigil.Intimidation {
		for k := d.sentOf(m.First).from; k < m.First; k++ {
			// ("the suspects monitored", "suspected of spying on": an accusation)
			// (nor a belief about who someone is: "two men he believed to be
			// security officers followed him")
			if d.is(k, cBelief) && !d.accusationWord(k) && !(k+2 < m.First && d.toks[k+1].Norm == "to" && d.toks[k+2].Norm == "be") {
				return "belief " + d.toks[k].Text
			}
		}
	}
	// "police had tracked 15 plots": surveillance is of people, not of plots
	if m.T.Type == vigil.Surveillance && !m.T.Noun {
		for k := m.Last + 1; k < cend && k <= m.Last+5 && d.toks[k].Kind != token.Punct; k++ {
			if eventNouns[d.toks[k].Norm] {
				return "tracking events"
			}
		}
	}
	// "Security forces arrested three suspects in a raid on a house": a raid
	// by the state that arrests is no attack
	if m.T.Type == vigil.ArmedAttack && raidWords[d.toks[m.First].Norm] {
		for _, t := range d.triggers {
			if t != m.First && t >= cstart && t < cend && !d.attackAt(t) {
				return "a raid with an arrest"
			}
		}
		if p := d.npBefore(m.First, cstart); !p.empty() && (policeNouns[d.headNorm(p)] || d.headIs(p, cAuthority)) {
			return "a raid by the authorities"
		}
	}
	// "The court also ordered that the man be expelled from Sweden once he
	// has served his sentence": a court deports a convict; states expel
	// diplomats
	if m.T.Type == vigil.Expulsion {
		for k := max(sentFrom, m.First-10); k < m.First; k++ {
			if n := d.toks[k].Norm; (n == "court" || n == "judge" || n == "judges") && k+1 < m.First && (d.toks[k+1].Norm == "ordered" || d.toks[k+1].Norm == "also") {
				return "a court's deportation order"
			}
		}
	}
	// "Those who spy on, threaten and attack Nicaraguans abroad will be held
	// accountable": what whoever does it will face, no deed of anyone's
	if s := d.sentOf(m.First); d.whoeverDoes(s.from, m.First) {
		for k := m.Last + 1; k < s.to; k++ {
			if n := d.toks[k].Norm; modalWords[n] || n == "will" || n == "would" {
				return "a statement about whoever does it"
			}
		}
	}
	// "has documented at least 27 supporters who were detained in Russia,
	// Turkey or Belarus": a tally's relative clause tells no one deed
	for k := m.First - 1; k > sentFrom && k >= m.First-4; k-- {
		if n := d.toks[k].Norm; n != "who" && n != "that" {
			continue
		}
		j := k - 1
		for j > sentFrom && k-j <= 8 && !d.isCountAt(j) {
			j--
		}
		if j > sentFrom && d.isCountAt(j) {
			for b := j - 1; b >= sentFrom && b >= j-3; b-- {
				if n := d.toks[b].Norm; tallyVerbs[n] {
					return "a tally's clause"
				}
			}
		}
		break
	}
	// "has documented 212 cases of pressure on journalists abroad, including
	// threats, doxxing and attempted hacks": the kinds of cases a tally holds
	// (nouns, and verbs' nouns: "the questioning of relatives")
	if m.T.Noun || strings.HasSuffix(d.toks[m.First].Norm, "ing") && m.First > 0 && d.isWord(m.First-1, cDeterminer) {
		for k := m.First - 1; k > sentFrom && k >= m.First-25; k-- {
			// (or what it counts beside them: "have recorded dozens of them
			// since 2019, alongside the detention of exiles' relatives")
			if n := d.toks[k].Norm; n != "including" && n != "alongside" && n != "besides" && !(n == "as" && d.toks[k-1].Norm == "such") {
				continue
			}
			for b := sentFrom; b < k; b++ {
				if tallyVerbs[d.toks[b].Norm] {
					for c := b + 1; c < k && c <= b+4; c++ {
						if d.isCountAt(c) || d.isWord(c, cQuantifier) {
							return "a tally's list"
						}
					}
				}
			}
			break
		}
	}
	// "talked to us about being watched, hacked and sentenced": what a
	// conversation was about, not told as done
	for k := max(cstart, m.First-10); k+1 < m.First; k++ {
		if d.toks[k].Norm == "about" && d.toks[k+1].Norm == "being" {
			return "topic"
		}
	}
	// "The sanction of the article provides for punishment of up to life
	// imprisonment", "in a single sentence": a law's penalty and a sentence
	// of words are no measure and no verdict
	if m.T.Type == vigil.Conviction || m.T.Type == vigil.Sanction {
		for k := max(cstart, m.First-4); k < m.First; k++ {
			if n := d.toks[k].Norm; n == "up" && d.toks[k+1].Norm == "to" || n == "punishable" || n == "provides" && d.toks[k+1].Norm == "for" {
				return "penalty in law"
			}
		}
		if n := d.toks[m.Last].Norm; m.T.Noun && (n == "sanction" || n == "sanctions") && m.Last+2 < cend && d.toks[m.Last+1].Norm == "of" && d.toks[m.Last+2].Norm == "the" && m.Last+3 < cend && lawNouns[d.toks[m.Last+3].Norm] {
			return "penalty in law"
		}
		if n := d.toks[m.First].Norm; m.T.Noun && n == "sentence" && m.First >= 2 && (d.toks[m.First-1].Norm == "single" || d.toks[m.First-1].Norm == "one" || d.toks[m.First-1].Norm == "a" && d.toks[m.First-2].Norm == "in") {
			return "a sentence of words"
		}
	}
	// "threw a grenade into a crowd gathered outside a chapel": the crowd is
	// the target of the attack, not a protest
	if m.T.Type == vigil.Protest {
		for _, t := range d.triggers {
			// (but "were taken ..., five days after she addressed a rally":
			// a rally the time clause tells is one of its own)
			// (nor "After Revocat was killed, two hundred of us marched": an
			// attack in the time clause that opens the sentence)
			if t >= cstart && t < m.First && d.attackAt(t) && !d.afterPreposition(t, cstart) && !d.anyWord(timeClauseWords, t+1, m.First) &&
				!(d.anyWord(subordinators, max(cstart, t-6), t) && d.anyWord(commas, t+1, m.First)) {
				return "target of an attack"
			}
		}
		// "have held repeated protests outside Indian missions": a habit, no
		// one protest
		if m.T.Noun && m.First > cstart && habitualProtests[d.toks[m.First-1].Norm] && strings.HasSuffix(d.toks[m.Last].Norm, "s") {
			return "repeated protests"
		}
		// "expelled an officer in protest": a diplomatic gesture, no rally
		// (but "gathered in protest outside the embassy" is one)
		// (a crowd that gathered "in protest" protests: "Hundreds of
		// supporters gather at the airport and outside government buildings
		// in protest")
		if m.First == m.Last && d.toks[m.First].Norm == "protest" && m.First > 1 && d.toks[m.First-1].Norm == "in" && !gatherVerbs[d.toks[m.First-2].Norm] && !d.anyWord(gatherVerbs, cstart, m.First-1) {
			return "in protest"
		}
		// "sent a note of protest to Caracas", "lodged a formal protest": a
		// diplomatic complaint, no crowd
		if m.First == m.Last && d.toks[m.First].Norm == "protest" && d.diplomaticProtest(m.First, cstart) {
			return "diplomatic protest"
		}
		// ("The attack targeted a rally": the rally is told for its attack)
		k := m.First - 1
		for k > cstart && d.is(k, cDeterminer) {
			k--
		}
		if k >= cstart && attackVerbs[d.toks[k].Norm] {
			return "target of an attack"
		}
	}
	// "Our message is simple: arrest the men who did this", "Put the killers
	// on trial, the crowd chanted": a bare verb with no subject, opening a
	// sentence or following a colon, is an imperative, a demand (but not a
	// record's field: "event: plot to kill")
	if !m.T.Noun && m.First == head && (isBareForm(d.toks[head].Norm) || bareAndPast[d.toks[head].Norm]) &&
		(head == sentFrom || d.toks[head-1].Norm == ":" && d.fieldLineCount() < 3) {
		return "an imperative"
	}
	// "They can prosecute the people on the ground, expel diplomats who direct
	// them, and sanction the officials behind them": a modal governs the bare
	// verbs listed after it
	if !m.T.Noun && isBareForm(d.toks[head].Norm) {
		for k := sentFrom; k < m.First; k++ {
			if d.is(k, cModal) && d.timeAt[k] < 0 && !d.toks[k].IsCap() { // not the month May
				return "modal " + d.toks[k].Text
			}
		}
	}
	// "call on Washington to add the spyware vendor to its trade blacklist":
	// what someone is called on to do, however far the deed's word
	// (further back only for an infinitive of its list: "calls on European
	// governments to prosecute ..., to investigate ... and, where
	// necessary, to expel them")
	reach := 16
	if !m.T.Noun && head > 0 && d.toks[head-1].Norm == "to" {
		reach = 48
	}
	// (and for the object of such an infinitive: "and to impose sanctions
	// on the officials involved")
	if m.T.Noun && head > 1 && d.toks[head-2].Norm == "to" && isBareForm(d.toks[head-1].Norm) {
		reach = 48
	}
	for k := max(cstart, head-reach); k+2 < head; k++ {
		if d.toks[k+1].Norm == "on" && callVerbs[d.toks[k].Norm] {
			for j := k + 2; j+1 <= head; j++ {
				if d.toks[j].Norm == "to" && (j+1 == head || isBareForm(d.toks[j+1].Norm)) {
					return "demand"
				}
			}
		}
	}
	// "In none of these cases has anyone been charged": a clause opened by
	// a quantifier of none
	if o := cstart; o+1 < head && (d.toks[o].Norm == "in" || d.toks[o].Norm == "for") && (d.toks[o+1].Norm == "none" || d.toks[o+1].Norm == "neither") {
		return "negated by " + d.toks[o+1].Text
	}
	// "called for an arms embargo and for the crown prince to be subject to
	// EU sanctions": the second thing called for, however far the call
	for k := head - 1; k > cstart+1 && k >= head-16; k-- {
		if d.toks[k].Norm == "for" && (d.toks[k-1].Norm == "and" || d.toks[k-1].Norm == "or") && d.calledFor(cstart, k-1) {
			return "demand"
		}
	}
	inRelative := d.relativeClauses(cstart, head)
	for k := head - 1; k >= cstart && k >= head-8; k-- {
		n := d.toks[k].Norm
		// (not the comma that opens an aside after a modal: "could, in
		// principle, be prosecuted")
		if n == "," && !(k > cstart && d.isWord(k-1, cModal)) && (k < head-4 || k+1 < head && d.isWord(k+1, cCoordinator) || d.opensSubordinate(sentFrom, k) || d.closesSubordinate(k, cstart)) {
			// "persuaded that he would be safe, and was seized": a new clause;
			// "When he refused, they threatened his sister": the main one
			break
		}
		if d.timeAt[k] >= 0 || inRelative[k] {
			continue // "In May" is a month, not a modal; "Moscow, which denies it," is an aside
		}
		// "is likely to revive memories of the murder of ...": a deed
		// remembered happened, whatever the clause says of the memory
		if m.T.Noun && n == "of" && k >= 1 && memoryNouns[d.toks[k-1].Norm] {
			break
		}
		// "will expel a journalist accused of spying on Uyghurs": the
		// accusation, not the verb before it, tells how sure the deed is
		if k+1 < head && (n == "accused" || n == "suspected" || n == "convicted") && d.toks[k+1].Norm == "of" {
			break
		}
		// "has stopped short of expelling any diplomats"
		if n == "short" && k+1 < head && d.toks[k+1].Norm == "of" && k > 0 && (d.toks[k-1].Norm == "stopped" || d.toks[k-1].Norm == "stops" || d.toks[k-1].Norm == "stop" || d.toks[k-1].Norm == "fell" || d.toks[k-1].Norm == "falls") {
			return "negated"
		}
		// ("None of these cases has led to a conviction": a negated subject
		// opens the clause)
		if d.is(k, cNegation) && !(attack && n == "failed") && (head-k <= 7 || k == cstart && (n == "none" || n == "nobody" || n == "neither")) {
			// "not only", "no longer" are not negations of the event
			if n == "not" && k+1 < len(d.toks) && d.toks[k+1].Norm == "only" {
				continue
			}
			// "men who did not identify themselves visited his relatives":
			// the negation of the subject's relative clause
			if k >= 2 && (relativePronouns[d.toks[k-1].Norm] || relativePronouns[d.toks[k-2].Norm] && d.isWord(k-1, cAuxiliary|cBe)) && k+1 < head {
				continue
			}
			// "noticed a man they did not know photographing the faces": the
			// negation of a relative clause with no pronoun, before a
			// participle of its own
			if n == "not" && k >= 2 && k+1 < head && strings.HasSuffix(d.toks[head].Norm, "ing") && subjectPronouns[d.toks[k-2].Norm] && d.isWord(k-1, cAuxiliary) {
				continue
			}
			// "rejected the claims as absurd and expelled a diplomat": the
			// negation ends with its own predicate
			if !m.T.Noun && d.newPredicate(k, head) {
				break
			}
			return "negated by " + d.toks[k].Text
		}
		// "campaigned for sanctions", "lobbied for his extradition": what
		// someone pressed for has not happened
		if k+1 < head && d.toks[k+1].Norm == "for" && campaignVerbs[n] {
			return "demand"
		}
		if d.is(k, cIrrealis) {
			switch {
			case n == "called" || n == "calls" || n == "call":
				// ("officers called on his mother and warned her": a visit)
				visit := k+3 < len(d.toks) && d.toks[k+1].Norm == "on" && (relativeNouns[d.toks[k+2].Norm] || possessivePronouns[d.toks[k+2].Norm] && relativeNouns[d.toks[k+3].Norm])
				if k+1 < len(d.toks) && (d.toks[k+1].Norm == "for" || d.toks[k+1].Norm == "on") && !visit {
					return "demand"
				}
				continue
			case n == "plan" && k > 0 && d.is(k-1, cDeterminer) && !(k+1 < len(d.toks) && d.toks[k+1].Norm == "to"):
				continue // the noun, for no deed: "a plan police say they disrupted when they arrested the pair"
			case attack && (n == "planning" || n == "plans" || n == "plan" || n == "intends" || n == "preparing" || n == "prepares" || n == "poised" || n == "threatened" || n == "threatens"):
				continue
			case d.writersAside(k, m.First):
				continue
			case n == "appeals" && k+1 < len(d.toks) && (d.toks[k+1].Norm == "court" || d.toks[k+1].Norm == "chamber" || d.toks[k+1].Norm == "tribunal" || d.toks[k+1].Norm == "judge"):
				continue // "an appeals court sentenced her"
			case n == "appeals" && k > 0 && (d.isWord(k-1, cPossessive) || d.isWord(k-1, cDeterminer)):
				continue // "after the courts rejected his appeals, was extradited": the noun, no plea
			case n == "would" || n == "will":
				if d.announced(k, cstart) {
					continue
				}
				// "Sweden will expel a Chinese journalist": a state's decision
				// to respond is its announcement
				if n == "will" && !attack && head-k <= 2 && d.stateSubjectBefore(k) {
					continue
				}
			case n == "face" || n == "faces" || n == "facing" || n == "faced":
				// ("Rahym faced arrest and ill-treatment in Turkmenistan": a
				// risk, not a detention; "faced charges" were brought)
				if m.T.Type == vigil.Arrest && m.T.Noun && k == m.First-1 {
					break
				}
				if n == "faced" || m.T.Type != vigil.Conviction && m.T.Type != vigil.Charge && m.T.Type != vigil.Extradition {
					continue
				}
			case n == "against":
				continue
			case n == "possible":
				if d.madePossible(k) {
					continue
				}
			}
			return "irrealis " + d.toks[k].Text
		}
	}
	// "demanded that the government expel Iran's ambassador and close the
	// embassy": every verb of the clause a demand opens with "that"
	for k := head - 1; k > sentFrom && k >= head-25; k-- {
		n := d.toks[k].Norm
		if n == ";" || n == "but" {
			break
		}
		// (but not a deed told as fact in a relative clause: "demanded that
		// Ottawa name those responsible for the death of X, who was shot")
		if d.toks[k+1].Norm == "that" && demandThatVerbs[n] && k+1 < head && !d.anyWord(relativePronouns, k+2, head) {
			return "demand that"
		}
	}
	// "to discuss whether to ban its airlines and to widen sanctions": an
	// infinitive joined to another shares the word that governs the first
	if to := d.firstInfinitiveOf(head, cstart, sentFrom); to >= 0 {
		for k := max(sentFrom, to-3); k < to; k++ {
			if d.is(k, cIrrealis) && !d.writersAside(k, m.First) && !d.madePossible(k) {
				return "irrealis " + d.toks[k].Text + " of the infinitive joined before"
			}
		}
	}
	// "have charged no one": a deed done to nobody
	if !m.T.Noun && m.Last+2 < cend && (d.toks[m.Last+1].Norm == "no" && (d.toks[m.Last+2].Norm == "one" || d.toks[m.Last+2].Norm == "suspects") || d.toks[m.Last+1].Norm == "nobody" || d.toks[m.Last+1].Norm == "none") {
		return "done to no one"
	}
	// "Sentencing has not been scheduled": a negated nominal subject
	if m.T.Noun || m.First == sent.from {
		for k := m.Last + 1; k < cend && k <= m.Last+3; k++ {
			if n := d.toks[k].Norm; n == "not" || n == "n't" || n == "never" {
				return "negated after"
			}
		}
	}
	// "in protest at the sentence" gives the reason for another act
	if m.T.Type == vigil.Protest && m.T.Noun {
		// "a bomb plot against an opposition rally", "to bomb a large rally": the
		// rally is a target
		for _, t := range d.triggers {
			if t < head && t >= head-5 && t >= cstart && d.attackAt(t) {
				return "protest as a target"
			}
		}
		for k := head - 1; k >= cstart && k >= head-4; k-- {
			// ("we end at a rally outside the embassy": at a rally is only
			// where a deed the clause tells was done; "fired at protesters":
			// the crowd is whom)
			if n := d.toks[k].Norm; n == "against" || n == "into" || n == "targeting" || (n == "on" || n == "at") && (d.triggerBetween(cstart, k) || participants[d.toks[m.Last].Norm]) {
				return "protest as a target"
			}
			if !d.isContent(k) && !d.isWord(k, cDeterminer) {
				break
			}
		}
	}
	// "the court sanctioned the extradition arrest of the blogger": a court
	// approving a measure, as translated prose says, no sanction
	if m.T.Type == vigil.Sanction && !m.T.Noun && d.anyWord(approvedMeasures, m.Last+1, min(cend, m.Last+5)) {
		return "approval of a measure"
	}
	// "surrendered to the Netherlands on a European arrest warrant" hands a
	// suspect to a state; "surrendered to police" gives himself up
	if m.T.Type == vigil.Extradition && strings.HasPrefix(d.toks[m.First].Norm, "surrender") && !d.stateAfter(m.Last+1) {
		return "surrendered to no state"
	}
	// "received a message from an unknown number, purportedly sharing
	// leaked documents, which contained a malicious link": a lure, not a
	// threat
	if m.T.Type == vigil.Intimidation && d.anyWord(baitWords, sentFrom, sent.to) {
		for k := m.First; k <= m.Last; k++ {
			if n := d.toks[k].Norm; n == "message" || n == "messages" || n == "email" || n == "emails" || n == "texts" {
				return "a lure"
			}
		}
	}
	// "Summoning an ambassador is a formal step": a gerund that opens the
	// sentence as the subject of "is" tells a kind of act, not one done
	if !m.T.Noun && m.First == sentFrom && strings.HasSuffix(d.toks[m.First].Norm, "ing") {
		for k := m.Last + 1; k < sent.to && k <= m.Last+6; k++ {
			if n := d.toks[k].Norm; n == "is" || n == "are" || n == "was" || n == "remains" {
				return "an act of a kind, the subject of " + d.toks[k].Text
			}
			if d.toks[k].Kind == token.Punct || d.isWord(k, cAuxiliary) {
				break
			}
		}
	}
	// "anyone who reposts our articles can be fined or jailed": what can
	// happen, not what did
	if !m.T.Noun {
		k := m.First - 1
		// (past a verb joined to this one: "can be fined or jailed")
		if k-1 > sentFrom && (d.toks[k].Norm == "or" || d.toks[k].Norm == "and") && strings.HasSuffix(d.toks[k-1].Norm, "ed") {
			k -= 2
		}
		if k > sentFrom && d.toks[k].Norm == "be" {
			k--
		}
		if k >= sentFrom && d.toks[k].Norm == "can" {
			return "a possibility"
		}
	}
	// "Targeted sanctions against the officials who order this would not
	// end the practice": a deed that is the subject of "would" is supposed
	// (not a relative clause's own "would": "Her mother received a call
	// from a man who would not give his name")
	opensSentence := m.First <= sentFrom+2
	for k := sentFrom; k < m.First && opensSentence; k++ {
		opensSentence = d.isAdjective(k) || d.is(k, cDeterminer) || strings.HasSuffix(d.toks[k].Norm, "ed") && d.actorAt[k] < 0 && d.placeAt[k] < 0
	}
	if opensSentence {
		for k := m.Last + 1; k < sent.to && k <= m.Last+12; k++ {
			if n := d.toks[k].Norm; (n == "would" || n == "could" || n == "might") && !relativePronouns[d.toks[k-1].Norm] {
				return "supposed: " + n
			}
			if n := d.toks[k].Norm; n == ";" || n == ":" || d.isWord(k, cAuxiliary) && n != "would" && n != "could" && n != "might" {
				break
			}
		}
	}
	// "falls well short of an expulsion", "stopped short of sanctions": what
	// was not done
	if m.T.Noun {
		k := m.First - 1
		for k > sentFrom && d.is(k, cDeterminer) {
			k--
		}
		if k > sentFrom && d.toks[k].Norm == "of" && d.toks[k-1].Norm == "short" {
			return "short of " + d.toks[m.First].Text
		}
	}
	// "sentenced her to 34 years in prison, followed by a 34-year travel
	// ban": a penalty of the verdict, no state's sanction
	if m.T.Type == vigil.Sanction && m.T.Noun && d.anyWord(sentenceVerbs, sentFrom, m.First) {
		return "a penalty of the sentence"
	}
	// "released under travel restrictions", "bailed under a travel ban": a
	// court's terms for a suspect freed, no state's sanction
	if m.T.Type == vigil.Sanction && m.T.Noun && m.First > 0 && (d.toks[m.First-1].Norm == "under" || d.toks[m.First-1].Norm == "with") && d.anyWord(releaseWords, cstart, m.First) {
		return "bail terms"
	}
	// "a few dozen activists stood outside the offices" protest; "two men
	// stood outside the office, taking pictures" do not
	// ("about fifty of us stood outside the embassy": a count of people)
	// ("we stood outside the embassy, maybe sixty people": the count after)
	if n := d.toks[m.First].Norm; m.T.Type == vigil.Protest && (n == "stood" || n == "stand" || n == "standing") && !d.anyWord(crowdNouns, cstart, m.First) && !d.countedCrowd(cstart, m.First) && !d.crowdAppended(m.Last+1, sent.to) {
		return "standing without a crowd"
	}
	// "students protested", "hundreds marched": a crowd protests; "the
	// ambassador protested against the decision" is diplomacy
	if m.T.Type == vigil.Protest && !m.T.Noun && !d.crowdBefore(m.First, cstart) {
		return "protest verb without a crowd"
	}
	if m.T.Type == vigil.Protest && head >= 1 && d.toks[head-1].Norm == "in" && head+1 < cend {
		if n := d.toks[head+1].Norm; n == "at" || n == "against" || n == "over" {
			return "in protest at"
		}
	}
	// "the killing, which Tehran denied" is still an event; "no one was arrested" is not
	if head+1 < cend && d.toks[head].Norm != "" && m.T.Noun && head > 0 && d.toks[head-1].Norm == "no" {
		return "negated"
	}
	return ""
}

// attackAt reports whether the trigger starting at token t is an attack's.
func (d *doc) attackAt(t int) bool {
	// (attacks holds a sentence's few attack triggers, which a scan finds
	// sooner than a lookup)
	for _, a := range d.attacks {
		if a == t {
			return true
		}
	}
	return false
}

// crowdBefore: the subject before token i is many people ("around 300 students",
// "protesters", "hundreds").
func (d *doc) crowdBefore(i, cstart int) bool {
	// the subject may stand before an apposition: "several dozen people, among
	// them his son, gathered outside"
	for k := cstart; k < i; k++ {
		n := d.toks[k].Norm
		if d.toks[k].Kind == token.Number || d.isWord(k, cQuantifier|cNumberWord) || pluralNouns[n] || crowdNouns[n] {
			return true
		}
	}
	p := d.npBefore(i, cstart)
	// ("reporters in Islamabad, Karachi and Lahore took to the streets": the
	// noun the places follow)
	if !p.empty() && d.placeAt[p.from] >= 0 {
		k := p.from - 1
		for k > cstart && (d.placeAt[k] >= 0 || d.toks[k].Norm == "," || d.toks[k].Norm == "and") {
			k--
		}
		if k > cstart && (d.toks[k].Norm == "in" || d.toks[k].Norm == "from") {
			p = d.npBefore(k, cstart)
		}
	}
	if p.empty() {
		return false
	}
	h := d.headNorm(p)
	return len(h) > 3 && h[len(h)-1] == 's' && (!d.toks[p.to-1].IsCap() || p.to-1 == d.sentOf(i).from) // ("Lawyers ... took to the streets")
}

// countedCrowd: the subject before token i counts people ("hundreds of
// Nicaraguans", "about 150 others", "Tens of thousands of Kurds").
func (d *doc) countedCrowd(cstart, i int) bool {
	for k := max(cstart, i-8); k < i; k++ {
		if n := d.toks[k].Norm; d.toks[k].Kind == token.Number || n == "hundreds" || n == "thousands" || n == "dozens" || n == "dozen" || n == "thousand" || n == "hundred" || n == "scores" || smallNumbers[n] >= 5 || crowdTens[n] {
			return true
		}
	}
	return false
}

// physicalCharge: the verb "charged" of m runs at people ("charged at
// protesters", "charged a crowd of marchers", "charged the demonstrators
// with batons"), not charges them with an offence.
func (d *doc) physicalCharge(m triggerMatch, cend int) bool {
	if n := d.toks[m.First].Norm; m.First != m.Last || n != "charged" && n != "charging" {
		return false
	}
	if m.First > 0 && d.isWord(m.First-1, cBe) {
		return false // ("were charged at a police station")
	}
	k := m.Last + 1
	if k < cend && (d.toks[k].Norm == "at" || d.toks[k].Norm == "into") {
		k++ // ("charged at protesters")
	}
	for ; k < cend && k <= m.Last+5; k++ {
		if n := d.toks[k].Norm; n == "with" || d.toks[k].Kind != token.Word {
			return false
		} else if chargedCrowds[n] {
			break
		}
	}
	if k >= cend || k > m.Last+5 {
		return false
	}
	// (whatever they did it with, not an offence: "with batons")
	for j := k + 1; j+1 < cend; j++ {
		if d.toks[j].Norm == "with" {
			return chargeWeapons[d.toks[j+1].Norm]
		}
	}
	return true
}

// closedRelativeEnd is the comma that closes the relative clause ("who
// ...", "which ...") token k stands in, before token to; -1 when k stands in
// none, or in one still open at to.
func (d *doc) closedRelativeEnd(k, to int) int {
	r := -1
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		n := d.toks[j].Norm
		if n == "," || d.toks[j].Kind == token.Punct && n != "'s" && n != "-" {
			break
		}
		if n == "who" || n == "which" || n == "whom" {
			r = j
			break
		}
	}
	if r < 0 {
		return -1
	}
	for j := k + 1; j < to; j++ {
		if d.toks[j].Norm == "," {
			return j
		}
	}
	return -1
}

// perceptionVerbs see or hear people; barVerbs forbid a deed.
var (
	perceptionVerbs = set("noticed", "notice", "notices", "saw", "see", "sees", "seen", "spotted", "spot", "watched", "observed", "filmed", "photographed")
	barVerbs        = set("bars", "bar", "barred", "barring", "prohibits", "prohibit", "prohibited", "forbids", "forbid", "forbade", "outlaws", "outlawed")
)

// offenceHeads, after a deed's word, make it the name of an offence.
var offenceHeads = set("count", "counts", "charge", "charges")

// chargedCrowds are the gatherings a charge runs at; people named otherwise
// ("three activists") may be charged in court.
var chargedCrowds = set("crowd", "crowds", "protesters", "protestors", "demonstrators", "marchers", "mourners", "rally", "demonstration", "protest", "vigil")

// chargeWeapons are what a charge at a crowd is made with.
var chargeWeapons = set("batons", "truncheons", "clubs", "sticks", "shields", "horses", "horseback", "dogs", "tear", "water", "knives", "iron")

// crowdTens, with smallNumbers from five, count the people of a crowd in
// words ("seven of us", "about forty supporters").
var crowdTens = set("twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

var crowdNouns = set("crowd", "crowds", "protesters", "protestors", "demonstrators", "students", "workers",
	"supporters", "activists", "residents", "families", "members", "exiles", "thousands", "hundreds", "dozens")

// relativeClauses marks the tokens of asides between commas that start with a
// relative pronoun ("Moscow, which denies responsibility, answered ...").
func (d *doc) relativeClauses(from, to int) map[int]bool {
	var out map[int]bool
	for k := from; k+1 < to; k++ {
		if d.toks[k].Norm != "," {
			continue
		}
		switch d.toks[k+1].Norm {
		case "which", "who", "whom", "whose", "where":
		default:
			continue
		}
		j := k + 2
		for j < to && d.toks[j].Norm != "," {
			j++
		}
		if j >= to {
			break // not closed before the trigger: the trigger is inside it
		}
		if out == nil {
			out = map[int]bool{}
		}
		for q := k; q <= j; q++ {
			out[q] = true
		}
		k = j
	}
	return out
}

// announced: "X said they would expel" with X a government is a decision, not a
// hypothetical; "a lawmaker said Moscow would" is not.
func (d *doc) announced(would, cstart int) bool {
	sentFrom := d.sentOf(would).from
	for k := would - 1; k >= sentFrom && k >= would-4; k-- {
		if decisionVerbs[d.toks[k].Norm] {
			subj := d.npBefore(k, sentFrom)
			// "India said it was withdrawing them and announced it would
			// expel": the coordinated verb shares the sentence's subject
			if k > sentFrom && d.toks[k-1].Norm == "and" {
				for j := sentFrom; j < k; j++ {
					if p := d.npAfter(j, k, nil); !p.empty() {
						if code, via := d.stateOf(p); code != "" && via != "demonym" {
							subj = p
							break
						}
						j = p.to - 1
					}
				}
			}
			if subj.empty() {
				return false
			}
			if code, via := d.stateOf(subj); code != "" && via != "demonym" {
				return true
			}
			for _, st := range d.coordinatedStates(subj.from, subj.to) {
				if st.code != "" {
					return true
				}
			}
			h := d.headNorm(subj)
			return h == "government" || h == "ministry" || h == "governments"
		}
	}
	return false
}

// isModifier: a trigger noun that only qualifies another noun: "extradition
// treaty", "bomb threat", "arrest warrants", "sanctions regime".
func (d *doc) isModifier(m triggerMatch, cend int) bool {
	// ("in circumvention of the procedure of extradition": the kind of
	// procedure, no extradition; "takes the threat of refugee espionage
	// seriously": a danger, no deed)
	if m.T.Noun && m.First >= 2 {
		k := m.First - 1
		for k > 1 && d.isAdjective(k) {
			k-- // ("the threat of refugee espionage")
		}
		if d.toks[k].Norm == "of" && procedureNouns[d.toks[k-1].Norm] {
			return true
		}
	}
	if m.Last+1 >= cend {
		return false
	}
	return d.isWord(m.Last+1, cModified)
}

// procedureNouns name a kind of process, or a danger, that a deed's noun
// after "of" specifies.
var procedureNouns = set("procedure", "procedures", "process", "system", "institution", "practice", "mechanism",
	"threat", "risk", "danger", "spectre", "specter")

var modifiedNouns = set("treaty", "treaties", "request", "requests", "law", "laws", "hearing", "hearings",
	"warrant", "warrants", "threat", "threats", "alert", "alerts", "scare", "hoax", "regime", "regimes",
	"list", "lists", "proceedings", "procedure", "risk", "squad", "unit", "units", "expert", "experts",
	"lawyer", "lawyers", "order", "orders", "powers", "policy", "package", "packages", "disposal", "sniffer",
	"technician", "technicians", "specialist", "specialists", "agreement", "agreements", "pact", "pacts", "accord", "accords",
	"decree", "decrees", "bid", "bids", "appeal", "appeals",
	"evidence", "testimony")

// mainPerson returns the first full mention of the person the article names most
// often (at least twice, counting surnames alone), or an empty phrase.
func (d *doc) mainPerson() phrase {
	counts := map[string]int{}
	first := map[string]phrase{}
	for _, p := range d.people {
		last := d.toks[p.to-1].Norm
		counts[last]++
		if f, ok := first[last]; !ok || f.to-f.from < p.to-p.from {
			first[last] = p
		}
	}
	best, n := "", 1
	for name, c := range counts {
		if c > n || c == n && name < best {
			best, n = name, c
		}
	}
	if best == "" {
		return phrase{}
	}
	return first[best]
}

// possessor narrows "the MEK's annual gathering" or "Khashoggi's fiancée" to the
// named owner, who is the one targeted. With things, an exile's car, home or
// phone ("an exiled activist's phone") narrows to the exile too, whom an attack
// on the thing aimed at (a protest outside "the governor's office" is only
// there, so protests pass things false).
func (d *doc) possessor(p phrase, things bool) phrase {
	// ("Tulegenova's husband was arrested", "his wife's family": the relative
	// is the one it was done to)
	if relativeNouns[d.headNorm(p)] {
		return p
	}
	for q := p.from + 1; q < p.to; q++ {
		// ("my parents' flat": the plural's bare apostrophe)
		if d.toks[q].Norm != "'s" && !(d.toks[q].Norm == "'" && strings.HasSuffix(d.toks[q-1].Norm, "s")) {
			continue
		}
		from := p.from
		for from < q && d.isWord(from, cDeterminer) {
			from++
		}
		owner := phrase{from, q}
		if owner.empty() {
			return p
		}
		if a, ok := d.actorIn(owner); ok && a.Via != "demonym" && !stateKinds[a.Actor.Kind] {
			return owner
		}
		if d.isPerson(owner) || d.namesRelative(owner) {
			return owner // ("raided his uncle's house")
		}
		if h := d.headNorm(p); things && (ownedThing(h) || traceNouns[h]) && (d.isVictim(owner) || victimWords[d.headNorm(owner)] || d.toks[owner.from].IsCap() || arabicArticle(d.toks[owner.from].Text)) {
			return owner
		}
		return p
	}
	return p
}

// ownedThing: noun h names a home, car, phone or premises, aimed at for
// whoever owns it ("Makhauri's building", "the victim's address").
func ownedThing(h string) bool { return dwellings[h] || cyberAssets[h] || premisesNouns[h] }

// premisesNouns are where someone lives or works, watched or attacked for
// them: "reconnaissance of the victim's address", "photographed the
// blogger's apartment building". victimWords name the one a report's deed
// was done to.
var (
	premisesNouns = set("address", "addresses", "building", "block", "premises", "compound", "workplace")
	victimWords   = set("victim", "victims", "target", "targets")
)

// isPerson: the phrase is one of the text's person names.
// namesPerson: the phrase holds a person's name ("judge Amina Rahimi").
func (d *doc) namesPerson(p phrase) bool {
	if p.empty() {
		return false
	}
	i := sort.Search(len(d.people), func(i int) bool { return d.people[i].from >= p.from })
	if i >= len(d.people) || d.people[i].to > p.to || d.isGroup(p) || d.headIs(p, cInstitution) {
		return false // (the last: "the gate of Hamid Karzai International Airport")
	}
	for k := d.people[i].from; k < d.people[i].to; k++ {
		// (a person the actor dictionary knows is one: "Kayumba Nyamwasa")
		if a := d.actorAt[k]; a >= 0 && !personKinds[d.in.Actors[a].Actor.Kind] || d.placeAt[k] >= 0 || d.isWord(k, cInstitution) {
			return false // "Central Reserve Police Force" names no person
		}
	}
	return true
}

var personKinds = set("person", "official")

// institutionWords end the names of bodies, not people.
var institutionWords = set("force", "forces", "police", "army", "party", "front", "brigade", "battalion", "regiment",
	"company", "ministry", "council", "university", "college", "school", "hotel", "church", "mosque", "temple",
	"hospital", "bank", "agency", "office", "court", "guard", "guards", "corps", "movement", "group", "station",
	"airport", "market", "bazaar", "camp", "base", "embassy", "consulate", "commission", "committee", "union",
	"museum", "gate", "bridge", "mall", "centre", "center", "stadium", "square", "cathedral", "synagogue", "club",
	"theatre", "theater", "parliament", "palace", "building", "tower", "headquarters", "academy", "institute",
	"ministers", "minister", "affairs", "services", "nations", "states", "rights", "watch", "network", "foundation",
	"forum", "alliance", "coalition", "federation", "association", "society", "organisation", "organization", "initiative",
	"gurdwara", "shrine", "monastery", "pagoda", "seminary", "limited", "ltd", "inc", "corporation", "corp", "plc", "llc",
	"management", "directorate", "department", "bureau", "authority", "administration", "service", "secretariat",
	"convention", "treaty", "law", "act", "code", "lab", "labs", "laboratory", "press", "taskforce", "unit", "division", "command")

// coordinatedObject: the object of the verb before the "and" that trigger
// first follows ("declared an attache at the Russian embassy persona non grata
// and gave him ..."), when it is a person or people; else empty.
func (d *doc) coordinatedObject(first, from int) phrase {
	// ("accosted the politician near his home, threatened him and damaged
	// his car": a comma joins the verbs of a series as "and" does)
	and := first - 1
	for and > from && and >= first-2 && d.toks[and].Norm != "and" && !(and == first-1 && d.toks[and].Norm == ",") {
		and--
	}
	if and <= from || d.toks[and].Norm != "and" && d.toks[and].Norm != "," {
		return phrase{}
	}
	for v := and - 1; v > from && v >= and-14; v-- {
		if d.toks[v].Norm == "," || d.toks[v].Norm == ";" {
			return phrase{}
		}
		if t := d.toks[v]; strings.HasSuffix(t.Norm, "ed") && !t.IsCap() && d.isVerbForm(v) {
			q := d.npAfter(v+1, and, nil)
			if q.empty() || d.isPronoun(q.from) || !(d.isVictim(q) || staffNouns[d.headNorm(q)] || postNouns[d.headNorm(q)] || postNouns[d.headBeforeOf(q)] || d.namesPerson(q)) {
				return phrase{}
			}
			return q
		}
	}
	return phrase{}
}

// traceNouns are what watching someone follows: "tracked Victim-1's
// movements".
var traceNouns = set("movements", "movement", "whereabouts", "communications", "routes", "route", "calls", "messages", "activities")

// postNouns are people by their post at a mission: "an attache at the embassy".
var postNouns = set("attache", "attaches", "attaché", "consul", "counsellor", "counselor", "secretary", "official", "officials", "employee", "employees")

// passiveSubjectBefore: the person a passive trigger earlier in the sentence
// was done to, when ", and" sets the pronoun at k in a clause of its own;
// else empty.
func (d *doc) passiveSubjectBefore(k, from int) phrase {
	and := -1
	for j := k - 1; j > from; j-- {
		if d.toks[j].Norm == "and" && d.toks[j-1].Norm == "," {
			and = j
			break
		}
	}
	if and < 0 {
		return phrase{}
	}
	for _, t := range d.triggers {
		if t <= from || t >= and || !d.isPassive(t, from) {
			continue
		}
		aux := t - 1
		for aux > from && !d.isWord(aux, cBe) {
			aux--
		}
		if q := d.npBefore(aux, from); !q.empty() && !(d.isPronoun(q.from) && q.to-q.from == 1) && (d.isVictim(q) || d.namesPerson(q) || d.namesRelative(q)) && !d.isGroup(q) {
			return q
		}
		return phrase{}
	}
	return phrase{}
}

// shortName: p is one capitalised word that a person's full name in the text
// begins or ends with ("Krit" after "Krit Saengthong").
func (d *doc) shortName(p phrase) bool {
	if p.to-p.from != 1 || !d.toks[p.from].IsCap() || d.actorAt[p.from] >= 0 || d.placeAt[p.from] >= 0 {
		return false
	}
	n := d.toks[p.from].Norm
	for _, q := range d.people {
		if q.from != p.from && (d.toks[q.from].Norm == n || d.toks[q.to-1].Norm == n) {
			return true
		}
	}
	return false
}

func (d *doc) isPerson(p phrase) bool {
	i := sort.Search(len(d.people), func(i int) bool { return d.people[i].from >= p.from })
	return i < len(d.people) && d.people[i] == p
}

// onlyNumbers: a phrase of counts alone ("three", "23").
func (d *doc) onlyNumbers(p phrase) bool {
	count := false
	for k := p.from; k < p.to; k++ {
		t := d.toks[k]
		switch {
		case t.Kind == token.Number || d.isWord(k, cNumberWord):
			count = true
		case d.isWord(k, cDeterminer): // "its four"
		default:
			return false
		}
	}
	return count
}

// countedBefore finds, earlier in the sentence, the phrase that counts as many
// as the bare count p ("six employees ... all six"), or an empty phrase.
func (d *doc) countedBefore(p phrase, from int) phrase {
	num := ""
	for k := p.from; k < p.to; k++ {
		if d.isCountAt(k) {
			num = d.toks[k].Norm
		}
	}
	if num == "" {
		return phrase{}
	}
	for k := p.from - 1; k >= from; k-- {
		if d.toks[k].Norm == num && k+1 < p.from && d.isContent(k+1) && !d.isCountAt(k+1) {
			if q := d.npAfter(k, p.from, nil); !q.empty() && q.to > k+1 && !d.isPlacePhrase(q) && !d.isTimePhrase(q) {
				return q
			}
		}
	}
	return phrase{}
}

var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "several", "more", "others")

// withoutCount drops a leading count from a description: "23 Russian diplomats"
// becomes "Russian diplomats".
func withoutCount(name string) string {
	for {
		first, rest, ok := strings.Cut(name, " ")
		if !ok {
			return name
		}
		w := strings.ToLower(first)
		if first != "" && wordClasses[w]&(cNumberWord|cDeterminer) == 0 && !(first[0] >= '0' && first[0] <= '9') {
			return name
		}
		name = rest
	}
}

// reducedRelative: a past participle right after a definite noun phrase, with no
// auxiliary: "the suspects detained last week", "the two men arrested in April".
func (d *doc) reducedRelative(m triggerMatch, cstart int) bool {
	n := d.toks[m.First].Norm
	if !strings.HasSuffix(n, "ed") || m.First-1 <= cstart {
		return false
	}
	p := d.npBefore(m.First, cstart)
	if p.empty() || p.to != m.First || d.toks[p.from].Norm != "the" && d.toks[p.from].Norm != "those" && d.toks[p.from].Norm != "these" {
		return false
	}
	// "The German government expelled two diplomats": a verb with an object
	// is the sentence's own, not a participle describing the noun
	next := m.Last + 1
	// "the Prosecutor's Office formalised charges": the pattern's own noun
	// is the verb's object
	if len(m.HeadTokens) > 1 && m.HeadTokens[1] == m.First+1 && d.toks[m.First+1].Kind == token.Word && !d.isWord(m.First+1, cPreposition) && !verbParticleWords[d.toks[m.First+1].Norm] {
		return false
	}
	if len(m.HeadTokens) > 1 {
		next = m.First + 1 // "compromised the email accounts": the word after the verb
		// ("The authorities handed over three members": past the particle)
		if next < len(d.toks) && verbParticleWords[d.toks[next].Norm] {
			next++
		}
		// ("the FARC fired on a police post": the object after the
		// pattern's own preposition)
		if next <= m.Last && d.isWord(next, cPreposition) {
			// ("The man accused of killing Sok Vanna went on trial": the
			// object is the gerund's, and the participle has none)
			if d.toks[next].Norm == "of" && strings.HasSuffix(d.toks[m.Last].Norm, "ing") {
				return true
			}
			next = m.Last + 1
		}
	}
	// ("the Internal Security Agency detained in Bialystok a Polish
	// citizen": an object after the place)
	if next+1 < len(d.toks) && d.isWord(next, cLocative) && d.placeAt[next+1] >= 0 {
		e := next + 1
		for e < len(d.toks) && d.placeAt[e] == d.placeAt[next+1] {
			e++
		}
		if e < len(d.toks) && (d.isWord(e, cDeterminer) || d.isCountAt(e)) {
			return false
		}
	}
	if next < len(d.toks) && d.timeAt[next] < 0 &&
		(d.isWord(next, cDeterminer) || d.isWord(next, cQuantifier) || d.toks[next].Kind == token.Number || d.isWord(next, cPossessive) || d.isWord(next, cPronoun) || d.isNameWord(next) ||
			// "the embassy photographed refugees": a bare plural object
			d.toks[next].Kind == token.Word && !d.isWord(next, cPreposition) && !d.isWord(next, cAdverb) && (d.isWord(next, cVictim) || d.isWord(next, cHumanNoun) && d.isPluralAt(next))) {
		return false
	}
	// "supporters of the opposition protested in Lahore": a verb that takes no
	// object has no passive participle, so it is the sentence's own
	if intransitives[n] {
		return false
	}
	// ("The gunman fired twice at the activist outside his flat.": with no
	// verb after it, the participle is the sentence's verb)
	// (a verb before the noun counts too, and a preposition shows one: "charges
	// an officer, together with the two men arrested in Los Angeles")
	finite := p.from > 0 && d.isWord(p.from-1, cPreposition)
	s := d.sentOf(m.First)
	for k := s.from; k < s.to && !finite; k++ {
		if k >= p.from && k <= m.Last {
			continue
		}
		finite = d.isWord(k, cBe|cAuxiliary|cReporting) || slices.Contains(d.triggers, k)
	}
	if !finite {
		return false
	}
	return !d.isWord(m.First-1, cAuxiliary)
}

// inCategoryList: a noun in a list of kinds of act, "crimes including terrorism,
// arson, kidnapping and murder", "abuses such as abductions".
func (d *doc) inCategoryList(m triggerMatch, cstart int) bool {
	if d.inKindList(m) {
		return true
	}
	for k := m.First - 1; k >= cstart && k >= m.First-10; k-- {
		n := d.toks[k].Norm
		switch {
		case n == "including" || n == "like" || n == "namely" || n == "as" && k > 0 && d.toks[k-1].Norm == "such":
			return true
		case n == "," || n == "and" || n == "or" || d.toks[k].Kind == token.Word && !d.isWord(k, cDeterminer|cPreposition|cAuxiliary):
			continue
		default:
			return false
		}
	}
	return false
}

// countryIsLocative: the clause places the event in the country ("in France").
func (d *doc) countryIsLocative(m triggerMatch, cstart, cend int, code string) bool {
	if w := d.whereAntecedent(m.First); w >= 0 && d.in.Places[w].Place.Country == code {
		return true // "to Uzbekistan, where a court sentenced him"
	}
	for k := cstart; k < cend; k++ {
		if pm := d.placeAt[k]; pm >= 0 && d.in.Places[pm].Place.Country == code && k > 0 && d.isWord(k-1, cLocative) {
			return true
		}
	}
	return false
}

// hasInfinitiveTo: a "to" between tokens a and b introduces the verb at b.
func (d *doc) hasInfinitiveTo(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.toks[k].Norm == "to" {
			return true
		}
	}
	return false
}

// opensWithToldDeed: the sentence opens by pointing back at a deed told
// before ("In that incident, ...", "During the attack, ..."): its place is
// that telling's, not the dateline's.
func (d *doc) opensWithToldDeed(s sentInfo) bool {
	k := s.from
	if k+3 >= s.to {
		return false
	}
	if n := d.toks[k].Norm; n != "in" && n != "during" {
		return false
	}
	if n := d.toks[k+1].Norm; n != "that" && n != "the" && n != "this" {
		return false
	}
	return toldDeedNouns[d.toks[k+2].Norm] && d.toks[k+3].Norm == ","
}

// toldDeedNouns name a deed a later sentence points back at.
var toldDeedNouns = set("incident", "attack", "shooting", "assault", "raid", "stabbing", "ambush")

// namesRelative: the phrase names someone's relatives: "his brother", "the
// mother of the blogger", "her parents".
func (d *doc) namesRelative(p phrase) bool {
	if p.empty() {
		return false
	}
	// "the brother of the blogger", whose phrase is only "the blogger"
	// ("relatives of one of those members": past a few words)
	// ("relatives in Ho Chi Minh City of two members": the relatives a
	// phrase that opens with their place follows)
	if k := p.from - 1; k >= 1 && d.toks[k].Norm == "in" && relativeNouns[d.toks[k-1].Norm] {
		return true
	}
	// ("relatives in Hrodna of at least three journalists": past the place
	// between them)
	for k := p.from - 1; k >= 1 && k >= p.from-5 && d.toks[k].Kind == token.Word && !d.isVerbForm(k); k-- {
		if d.toks[k].Norm != "of" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-5 && d.toks[j].Kind == token.Word && !d.isVerbForm(j); j-- {
			if relativeNouns[d.toks[j].Norm] {
				return true
			}
			if j < k-1 && !(d.placeAt[j] >= 0 || d.toks[j].Norm == "in") {
				break
			}
		}
	}
	if d.anyWord(relativeNouns, p.from, p.to) {
		return true
	}
	// "My mother is 68. In April, police officers came to her house": a
	// pronoun for the relative the sentence before opened with
	// (an agency named before a singular pronoun is not whom it means: "two
	// men from the Ministry of National Security came to her flat")
	if n := d.toks[p.from].Norm; n == "her" || n == "his" || n == "their" || n == "she" || n == "he" || n == "they" || n == "him" || n == "them" {
		// ("His sister in Khon Kaen has told us that soldiers visited her
		// home": the relative her own sentence opens with, whoever acts
		// between: "His relatives said men in plain clothes came to their
		// house")
		if cur := d.sentOf(p.from); cur.from < p.from {
			if d.opensWithRelative(cur.from, p.from) {
				return true
			}
			// ("called on his mother in Namangan and warned her": the
			// relative named just before in the sentence)
			if n == "her" || n == "him" || n == "them" {
				for k := p.from - 1; k > cur.from && k >= p.from-8; k-- {
					if relativeNouns[d.toks[k].Norm] && possessivePronouns[d.toks[k-1].Norm] {
						return true
					}
				}
			}
		}
		if si := d.sentIndex(p.from); si > 0 && d.sents[si-1].Para == d.sents[si].Para && !d.namesActorFor(n, d.sentOf(p.from).from, p.from) {
			if prev := d.sents[si-1]; d.opensWithRelative(prev.from, prev.to) {
				return true
			}
		}
	}
	// "Vestine Mukamana, the 67-year-old mother of the party's president,":
	// a name the apposition after it calls a relative
	if p.to+2 < len(d.toks) && d.toks[p.to].Norm == "," && d.isWord(p.to+1, cDeterminer) {
		for k := p.to + 2; k < len(d.toks) && k <= p.to+5; k++ {
			if relativeNouns[d.toks[k].Norm] {
				return k+1 < len(d.toks) && d.toks[k+1].Norm == "of"
			}
			if d.toks[k].Kind != token.Word && d.toks[k].Kind != token.Number {
				break
			}
		}
	}
	return false
}

// opensWithRelative: the noun phrase that opens tokens [from, to) names a
// relative ("His sister in Khon Kaen", "My mother").
func (d *doc) opensWithRelative(from, to int) bool {
	q := d.npAfter(from, to, nil)
	return !q.empty() && q.from == from && q.to <= to && d.anyWord(relativeNouns, q.from, q.to)
}

// linkedKinds: the bare noun at k stands in a list after "linking ... to"
// ("linking agents to homicides, extortion and intimidation"), with no
// determiner of its own or of the list.
func (d *doc) linkedKinds(k, from int) bool {
	j := k - 1
	for j > from && j >= k-8 && d.toks[j].Norm != "to" {
		if n := d.toks[j].Norm; d.isWord(j, cDeterminer) || d.isWord(j, cPossessive) || !(n == "," || n == "and" || d.toks[j].Kind == token.Word && !d.toks[j].IsCap()) {
			return false
		}
		j--
	}
	if j <= from || d.toks[j].Norm != "to" {
		return false
	}
	for v := j - 1; v >= from && v >= j-8; v-- {
		if linkVerbs[d.toks[v].Norm] {
			return true
		}
	}
	return false
}

var linkVerbs = set("linking", "linked", "tying", "tied", "connecting", "connected")

// futureClauseWords open a clause whose present tense tells the future:
// "when he is sentenced", "once they are extradited".
var futureClauseWords = set("when", "once", "until", "unless", "if", "before", "after")

// namedDeviceOwner is the person whose device tokens [from, to) name by a
// possessive noun ("Mukiza's handset", "the activist's phone"), or with of
// also after "of" ("the phone of Omar Nasser"); deviceOwner reads a device
// phrase's own pronoun or "of". It returns an empty phrase when none is named.
func (d *doc) namedDeviceOwner(from, to int, of bool) phrase {
	for k := from + 1; k+1 < to; k++ {
		// ("on the phone of Omar Nasser")
		if of && cyberAssets[d.toks[k].Norm] && d.toks[k+1].Norm == "of" {
			if p := d.deviceOwner(phrase{k, k + 1}, to); !p.empty() && (d.namesPerson(p) || d.isVictim(p)) {
				return p
			}
		}
		if (d.toks[k].Norm != "'s" && d.toks[k].Norm != "’s") || !cyberAssets[d.toks[k+1].Norm] {
			continue
		}
		if p := d.npBefore(k, from); !p.empty() && p.to == k && (d.namesPerson(p) || d.isVictim(p) || d.hasName(p, from)) && !d.isPlacePhrase(p) {
			return p
		}
	}
	return phrase{}
}

// malwareNouns name the tool of a cyberattack, which a passive may make its
// subject ("the spyware had been planted on ...").
var malwareNouns = set("spyware", "malware", "software", "implant", "trojan", "virus", "stalkerware", "tool", "program", "app")

// makerNouns make or sell a product: "the developer of the spyware".
var makerNouns = set("developer", "developers", "maker", "makers", "vendor", "vendors", "seller", "sellers", "supplier", "suppliers", "manufacturer", "manufacturers", "producer", "producers")

// impersonated: the phrase names whom someone passed for ("clothing similar
// to that of the PDI", "posing as police officers", "dressed as").
func (d *doc) impersonated(p phrase) bool {
	// ("men wearing police armbands": what they wore, right before it; not
	// "protesters wearing masks confronted police")
	if p.from >= 1 && d.toks[p.from-1].Norm == "wearing" {
		return true
	}
	for k := p.from - 1; k >= 0 && k >= p.from-6; k-- {
		if guiseWords[d.toks[k].Norm] {
			return true
		}
		if n := d.toks[k].Norm; n == "," || n == ";" || n == "." {
			return false
		}
	}
	return false
}

var guiseWords = set("similar", "posing", "disguised", "dressed", "impersonating", "pretending", "purporting", "masquerading", "imitating")

// fakePolice: tokens [from, to) tell of men passing for police: "men
// wearing police armbands", "posing as police officers".
func (d *doc) fakePolice(from, to int) bool {
	for k := from; k < to; k++ {
		if d.inSet(k, sLawEnforcer) && d.impersonated(phrase{k, k + 1}) {
			return true
		}
	}
	return false
}

// breaksUp: the tokens at k say "broke up", "broken up" or "break up" and
// what ("a plan", "the cell"): a foiling the status words cannot hold, being
// two words. ("When the rally broke up" is no foiling.)
func (d *doc) breaksUp(k int) bool {
	switch d.toks[k].Norm {
	case "broke", "broken", "break", "breaks", "breaking":
		return k+2 < len(d.toks) && d.toks[k+1].Norm == "up" && d.isWord(k+2, cDeterminer)
	}
	return false
}

// shunVerbs keep someone away from what follows them: "stop going to",
// "avoid", "quit attending".
var shunVerbs = set("stop", "stops", "stopping", "quit", "avoid", "avoiding", "shun", "shunning")

var relativeNouns = set("mother", "father", "brother", "brothers", "sister", "sisters", "parents", "relatives",
	"relative", "family", "families", "uncle", "aunt", "wife", "husband", "son", "sons", "daughter", "daughters",
	"cousin", "cousins", "grandmother", "grandfather", "grandparents", "grandmothers", "grandfathers", "grandson", "granddaughter", "siblings", "sibling", "in-laws", "nephew", "nephews", "niece", "nieces", "fiancee", "fiance", "stepfather", "stepmother", "mother-in-law", "father-in-law", "brother-in-law", "sister-in-law", "wives", "husbands", "mothers", "fathers", "uncles", "aunts", "kin", "household")

// captorsBy is the agent after "by" when it names men no authority claims
// ("by men in plain clothes", "by masked men", "by unidentified gunmen"), up
// to a preposition or a comma.
func (d *doc) captorsBy(from, end int) phrase {
	k := from
	for k < end && k < from+3 && d.toks[k].Norm != "by" {
		k++
	}
	if k >= end || d.toks[k].Norm != "by" {
		return phrase{}
	}
	p := phrase{k + 1, k + 1}
	for p.to < end && p.to < k+5 && d.toks[p.to].Kind == token.Word && !d.isWord(p.to, cPreposition) {
		p.to++
	}
	if p.empty() || !captorNouns[d.toks[p.to-1].Norm] {
		return phrase{}
	}
	for j := p.from; j < p.to; j++ {
		if d.actorAt[j] >= 0 || d.placeAt[j] >= 0 {
			return phrase{}
		}
	}
	return p
}

// sentenceVerbs tell a court's sentence.
var sentenceVerbs = set("sentenced", "sentences", "sentencing", "jailed", "convicted")

// approvedMeasures are what a court sanctions in the sense of approving.
var approvedMeasures = set("arrest", "detention", "custody", "search", "searches", "wiretap", "wiretapping", "surveillance")

// releaseWords tell a suspect freed on terms.
var releaseWords = set("released", "freed", "bailed", "bail")

// captorNouns name the men who seized someone without saying for whom.
var captorNouns = set("men", "gunmen", "individuals", "assailants", "strangers", "kidnappers", "abductors", "attackers", "persons")

// writersAside: the modal at k opens "It should be noted that ...", the
// writer's aside before the clause it reports, no duty or wish.
func (d *doc) writersAside(k, before int) bool {
	return k+2 < before && (d.toks[k].Norm == "should" || d.toks[k].Norm == "must") && d.toks[k+1].Norm == "be" && remarkVerbs[d.toks[k+2].Norm]
}

// remarkVerbs after "should be" or "must be" make a writer's aside, not a
// duty: "It should be noted that ...", "it must be stressed that ...".
var remarkVerbs = set("noted", "said", "stressed", "recalled", "mentioned", "emphasised", "emphasized", "remembered",
	"underlined", "underscored", "added", "pointed", "reminded", "recognised", "recognized", "admitted", "clarified")

// modalWords make the bare verbs after them abilities, duties or wishes ("will"
// and "would" announce decisions; announced() reads them).
var modalWords = set("can", "could", "should", "must", "may", "might", "shall", "cannot")

// isBareForm: a verb's base form ("expel", "sanction"), not a past, a
// participle or a third person.
func isBareForm(w string) bool {
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") && !irregularPast[w]
}

// onlyAuxiliaries: the tokens from..to are a verb's auxiliaries and
// adverbs, "have since been", "were formally".
func (d *doc) onlyAuxiliaries(from, to int) bool {
	for k := from; k < to; k++ {
		// ("have since been": "since" between two auxiliaries, an adverb)
		if d.toks[k].Norm == "since" && k > from && k+1 < to && d.isWord(k+1, cBe|cAuxiliary) {
			continue
		}
		if !d.isWord(k, cBe|cAuxiliary|cAdverb) {
			return false
		}
	}
	return from < to
}

// bareAndPast are both a bare verb and its past: "put them on trial".
var bareAndPast = set("put", "set", "hit", "beat", "cut", "let")

var irregularPast = set("held", "sent", "took", "taken", "shot", "hit", "put", "threw", "thrown", "seized", "caught",
	"fled", "stabbed", "beat", "beaten", "kept", "told", "gave", "given", "brought", "flew", "flown", "set", "blew", "blown")

// inKindList: the trigger is an item of a list of kinds after a colon: "the
// ways states reach abroad: killings, kidnappings, spying on exiles, threats
// against relatives and hacking".
func (d *doc) inKindList(m triggerMatch) bool {
	s := d.sentOf(m.First)
	for k := m.First - 1; k > s.from && k >= m.First-30; k-- {
		n := d.toks[k].Norm
		if n == ":" {
			for j := k - 1; j >= s.from && j >= k-15; j-- {
				if kindNouns[d.toks[j].Norm] {
					return true
				}
			}
			return false
		}
		if n == ";" || n == "." || d.timeAt[k] >= 0 {
			return false
		}
	}
	return false
}

// kindNouns before a colon announce a list of kinds of events.
var kindNouns = set("ways", "forms", "tactics", "methods", "means", "types", "kinds", "practices", "covers",
	"include", "includes", "tools", "techniques", "range", "spectrum", "repertoire")

// soilNouns name a country's ground, not anyone on it.
var soilNouns = set("soil", "territory", "ground", "streets", "airspace", "waters")

var abstractNouns = set("democracy", "sovereignty", "freedom", "freedoms", "values", "rights", "law", "order",
	"expression", "independence", "integrity", "security", "peace", "dignity", "truth", "press", "media", "europe")

// opensSubordinate: the stretch of the sentence before the comma at k is a
// subordinate clause of time or reason ("When he refused,"), whose words do not
// negate or hedge the main clause after it.
func (d *doc) opensSubordinate(from, k int) bool {
	st := d.subjectStart(from, k)
	if st < 0 {
		st = from
	}
	return st < k && subordinators[d.toks[st].Norm]
}

// addresseeBefore finds whom a warning before token k in its sentence was
// given to: "police told two of its presenters that there were plots to kill
// them", "officers warned him of a threat to his life".
func (d *doc) addresseeBefore(k, from int) phrase {
	for j := k - 1; j >= from; j-- {
		if !d.isWord(j, cWarning) {
			continue
		}
		p := d.npAfter(j+1, k, nil)
		for q := p.from + 1; q < p.to; q++ {
			if d.toks[q].Norm == "of" && !d.isCountAt(q-1) {
				p.to = q // "warned the journalist of a plot"
				break
			}
		}
		if p.empty() || p.to >= k || !d.isVictim(p) && !d.isGroup(p) {
			return phrase{}
		}
		if n := d.toks[p.to].Norm; n != "that" && n != "of" && n != "about" {
			return phrase{}
		}
		return p
	}
	return phrase{}
}

// isCountAt: token k is a count, in figures or words ("14", "two of its
// presenters").
func (d *doc) isCountAt(k int) bool {
	return d.toks[k].Kind == token.Number || smallNumbers[d.toks[k].Norm] > 0
}

var warningVerbs = set("told", "tells", "warned", "warns", "informed", "alerted", "advised", "notified")

// violentPlots are the attacks whose infinitive after "to" tells a plot.
var violentPlots = map[vigil.EventType]bool{vigil.Assassination: true, vigil.Abduction: true, vigil.Bombing: true, vigil.ArmedAttack: true}

// flightVerbs tell someone leaving their country.
var flightVerbs = set("fled", "flee", "fleeing", "escaped", "left", "emigrated", "defected")

// stateAgentBy: a passive's "by" phrase from token k names agents of a state
// ("by Sudanese embassy staff", "by the KGB").
func (d *doc) stateAgentBy(k, end int) bool {
	p := d.byAgent(k, end)
	if p.empty() {
		return false
	}
	code, ok := d.isPerpetrator(p)
	return ok && code != ""
}

// detentionPlaces after "detention" make it a building ("a detention
// centre"), as they do before it ("the centre for temporary detention").
var detentionPlaces = set("centre", "center", "centres", "centers", "facility", "facilities", "camp", "camps", "cell", "cells")

// coercionVerbs open "made to record", "forced to renounce".
var coercionVerbs = set("forced", "made", "compelled", "coerced")

// memberNouns name one person by the body they belong to: "a member of the MEK".
var memberNouns = set("member", "leader", "supporter", "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson",
	"head", "chairman", "chairwoman", "official", "commander", "activist", "organiser", "organizer", "employee", "sympathiser", "sympathizer")

// isGroup: a plural description or a group of the dictionary ("MEK members").
func (d *doc) isGroup(p phrase) bool {
	// "one of the hostages" is one person
	if p.to-p.from >= 3 && d.toks[p.from].Norm == "one" && d.toks[p.from+1].Norm == "of" {
		return false
	}
	// "a senior member of the MEK": one of the group is one person
	for k := p.from + 1; k+1 < p.to; k++ {
		if d.toks[k].Norm == "of" {
			if h := d.toks[k-1].Norm; memberNouns[h] {
				return false
			}
			break
		}
	}
	// (the actor the phrase ends in, its head: "the Washington Post
	// columnist Jamal Khashoggi" is a person)
	if h := d.actorAt[p.to-1]; h >= 0 && d.headNorm(p) == d.toks[p.to-1].Norm {
		if a := d.in.Actors[h]; a.Actor.Kind != "state" && a.Via != "demonym" && a.Actor.Kind != "person" && a.Actor.Kind != "official" {
			return true
		}
	}
	h := d.headNorm(p)
	if pluralNouns[h] {
		return true
	}
	if strings.HasSuffix(h, "men") && len(h) > 5 || strings.HasSuffix(h, "people") {
		return true // "twelve policemen", "tribespeople"
	}
	// "three members of a village militia"
	if f := d.toks[p.from]; f.Kind == token.Number && f.Norm != "1" || smallNumbers[f.Norm] > 1 {
		return true
	}
	return len(h) > 3 && h[len(h)-1] == 's' && !d.toks[p.to-1].IsCap() && !personPro[h]
}

// placedAndDated: the clause names a place (a country will do) and a date.
func (d *doc) placedAndDated(cstart, cend int) bool {
	place, date := false, false
	for k := cstart; k < cend; k++ {
		if p := d.placeAt[k]; p >= 0 && d.in.Places[p].Kind == vigil.Literal {
			place = true
		}
		if t := d.timeAt[k]; t >= 0 && !d.in.Times[t].Date.IsZero() {
			date = true
		}
	}
	return place && date
}

// questionedAfterNoDeed: "her mother was called to the district office and
// questioned": a relative questioned after a verb that tells no event of its
// own is intimidated; "was arrested in Manama and questioned" is the arrest.
func (d *doc) questionedAfterNoDeed(t *trigger, s sentInfo, m triggerMatch) bool {
	return t.Flags.relative && !d.triggerIn(s.from, m.First)
}

// phrasalOut are verbs that "out" completes: "carried out", "ruled out".
var phrasalOut = set("carried", "carry", "carries", "carrying", "set", "ruled", "pointed", "found", "sorted", "worked", "played",
	"laid", "singled", "spelled", "spelt", "left", "kept", "shut", "called", "reached", "handed", "stood", "broke", "broken")

// haltVerbs stop proceedings.
var haltVerbs = set("halts", "halted", "halt", "halting", "suspends", "suspended", "adjourned", "adjourns", "postponed", "postpones", "dropped", "abandoned", "stopped", "ended")

// verdictWords tell a verdict or sentence.
var verdictWords = set("sentences", "sentenced", "convicted", "convicts", "convict", "jailed", "acquitted", "acquits", "guilty")

// ordinalTime is the token of "time" after an ordinal past the first
// ("the third time") in tokens [from, to), or -1.
func (d *doc) ordinalTime(from, to int) int {
	for k := from + 1; k < to; k++ {
		if n := d.toks[k].Norm; (n == "time" || n == "times") && repeatOrdinals[d.toks[k-1].Norm] {
			return k
		}
	}
	return -1
}

var repeatOrdinals = set("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "umpteenth", "latest", "nth")

// chargeNounNext follow "charge" the noun: "a charge of", "the charge
// against", "chargé d'affaires".
var chargeNounNext = set("of", "against", "d'affaires", "d", "d'", "'")

// chantedNouns are what protesters chant, sing or carry.
var chantedNouns = set("slogans", "slogan", "songs", "song", "flags", "flag", "placards", "placard", "banners", "banner", "names", "portraits", "photographs", "pictures")

// mainSubjectBefore: the object pronoun at k stands in a clause opened by a
// subordinator ("survived when a gunman fired at him"), and the sentence
// names one person before it, whom the pronoun stands for.
func (d *doc) mainSubjectBefore(k, from int) phrase {
	sub := -1
	for j := k - 1; j > from && j >= k-12; j-- {
		if d.toks[j].Kind == token.Punct && d.toks[j].Norm != "," {
			return phrase{}
		}
		if subordinators[d.toks[j].Norm] {
			sub = j
			break
		}
	}
	if sub < 0 {
		return phrase{}
	}
	var found phrase
	for _, p := range d.people {
		if p.from >= from && p.to <= sub {
			if !found.empty() {
				return phrase{} // two people: which one is unclear
			}
			found = p
		}
	}
	// ("a former naval officer escaped unhurt when a gunman fired at him":
	// the person the main clause describes, when it names no one)
	if found.empty() {
		// (not one a preposition governs: "According to his wife, Dawit
		// was leaving a cafe when three men forced him into a car")
		if p := d.describedIn(from, sub); !p.empty() && p.to <= sub && !(p.from > from && (d.isWord(p.from-1, cPreposition) || d.toks[p.from-1].Norm == "to")) {
			return p
		}
	}
	return found
}

// otherGender: the phrase's head noun has the other gender than pronoun pron.
func (d *doc) otherGender(p phrase, pron string) bool {
	h := d.headNorm(p)
	if masculine[pron] && femaleNouns[h] || feminine[pron] && maleNouns[h] {
		return true
	}
	// ("Carine Kanimba, one of his daughters, ...": the apposition's noun)
	if p.to+1 < len(d.toks) && d.toks[p.to].Norm == "," {
		for k := p.to + 1; k < len(d.toks) && k <= p.to+5; k++ {
			n := strings.TrimSuffix(d.toks[k].Norm, "s")
			if n == "," || d.toks[k].Kind == token.Punct {
				break
			}
			if masculine[pron] && femaleNouns[n] || feminine[pron] && maleNouns[n] {
				return true
			}
		}
	}
	return false
}

// knownPerson: the phrase holds a person of the actor dictionary.
func (d *doc) knownPerson(p phrase) bool {
	a, ok := d.actorIn(p)
	return ok && a.Actor.Kind == "person"
}

// namesSomeoneElse: tokens [from, to) hold a capitalised name that is not a
// word of the target's ("Karegeya was found strangled ... Exiled general
// Kayumba Nyamwasa survived": the survivor is another man).
func (d *doc) namesSomeoneElse(from, to int, target phrase) bool {
	for k := from + 1; k < to; k++ {
		t := d.toks[k]
		if t.Kind != token.Word || !t.IsCap() || d.placeAt[k] >= 0 || d.actorAt[k] >= 0 && d.in.Actors[d.actorAt[k]].Actor.Kind != "person" {
			continue
		}
		if !slices.ContainsFunc(d.toks[target.from:target.to], func(o token.Token) bool { return o.Norm == t.Norm }) {
			return true
		}
	}
	return false
}

// sharesPassive: the verb at head is a participle coordinated with a passive
// one before it: "was detained in Istanbul and deported days later".
func (d *doc) sharesPassive(head int) bool {
	// ("and forcibly returned": past the adverb a pattern opens with)
	if head+1 < len(d.toks) && strings.HasSuffix(d.toks[head].Norm, "ly") && d.isWord(head-1, cCoordinator) {
		head++
		if n := d.toks[head].Norm; !strings.HasSuffix(n, "ed") && !irregularParticiples[n] {
			return false
		}
		return d.passiveBefore(head-2, d.sentOf(head).from)
	}
	// (and past an adverb between: "and later sentenced")
	c := head - 1
	if c > 1 && d.is(c, cAdverb) {
		c--
	}
	if n := d.toks[head].Norm; head < 2 || !strings.HasSuffix(n, "ed") && !irregularParticiples[n] && n != "made" || !d.isWord(c, cCoordinator) {
		return false
	}
	return d.passiveBefore(c, d.sentOf(head).from)
}

// passiveBefore: a passive participle stands before the coordinator at c in
// its sentence, whose subject the verb after c shares.
func (d *doc) passiveBefore(c, from int) bool {
	head := c + 1
	// (past the places and days of the first verb: "were arrested in raids
	// in ... and in Tarneit in the city's west on Tuesday and charged")
	for k := head - 2; k > from && k >= head-24; k-- {
		if d.toks[k].Kind == token.Punct && d.toks[k].Norm != "," && d.toks[k].Norm != "'s" || d.isPronoun(k) {
			return false
		}
		if (strings.HasSuffix(d.toks[k].Norm, "ed") || irregularParticiples[d.toks[k].Norm]) && d.isPassive(k, from) {
			return true // ("were taken to a police station and made to record")
		}
	}
	return false
}

// headlinePassive: a headline drops the be-form of its passive: "Two men
// jailed for plot against TV presenter", "Exile arrested in Warsaw". The
// participle follows its subject and a preposition or the line's end
// follows it.
func (d *doc) headlinePassive(s sentInfo, head, last, cstart, cend int) bool {
	if !s.Fragment || head <= cstart {
		return false
	}
	n := d.toks[head].Norm
	if !strings.HasSuffix(n, "ed") && !irregularParticiples[n] {
		return false
	}
	// (after the trigger's own words: "shot dead in Bangkok")
	if next := max(head, last) + 1; next < cend && !d.isWord(next, cPreposition) && d.toks[next].Kind == token.Word {
		return false
	}
	prev := d.toks[head-1]
	return prev.Kind == token.Word && !d.isWord(head-1, cPreposition|cDeterminer|cAuxiliary|cBe|cPronoun) && d.isContent(head-1)
}

// requestVerbs ask for a handover that has not happened.
var requestVerbs = set("request", "requests", "requested", "requesting", "seek", "seeks", "sought", "seeking",
	"demand", "demands", "demanded", "demanding", "apply", "applied", "applying", "pursue", "pursued", "pursuing")

// deporteeNouns are people a state sends away, whom no one expels as
// diplomats.
var deporteeNouns = set("prisoners", "prisoner", "detainees", "dissidents", "activists", "refugees", "migrants",
	"opponents", "critics", "priests", "nuns", "journalists", "students")

// grievanceNouns name what a protest is about, not whom it is against.
var grievanceNouns = set("detention", "detentions", "arrest", "arrests", "jailing", "imprisonment", "killing", "killings",
	"murder", "execution", "executions", "abduction", "disappearance", "deportation", "extradition", "treatment",
	"persecution", "crackdown", "sentencing", "sentence", "trial", "torture", "harassment", "intimidation")

// protestSite is the site a sentence says protesters gathered at ("outside
// the Chinese embassy"), or an empty phrase.
func (d *doc) protestSite(s sentInfo) phrase {
	for k := s.from; k+1 < s.to; k++ {
		if n := d.toks[k].Norm; n == "outside" || n == "at" || n == "before" || n == "front" && d.toks[k+1].Norm == "of" {
			from := k + 1
			if n == "front" {
				from = k + 2
			}
			if p := d.npAfter(from, s.to, nil); !p.empty() && d.namesSite(p) {
				return p
			}
		}
	}
	return phrase{}
}

// plannedLater: "A rally is planned outside Parliament House": the noun's
// verb says it is yet to happen.
func (d *doc) plannedLater(m triggerMatch, cend int) bool {
	// ("A rally in solidarity with political prisoners will be held this
	// evening")
	for k := m.Last + 1; k+2 < cend && k <= m.Last+10; k++ {
		if d.toks[k].Norm == "will" && (d.toks[k+1].Norm == "be" && (d.toks[k+2].Norm == "held" || d.toks[k+2].Norm == "staged") || d.toks[k+1].Norm == "take" && d.toks[k+2].Norm == "place") {
			return true
		}
	}
	for k := m.Last + 1; k < cend && k <= m.Last+3; k++ {
		if n := d.toks[k].Norm; n == "planned" || n == "scheduled" || n == "expected" || n == "called" && k+1 < cend && d.toks[k+1].Norm == "for" {
			return k > m.Last+1 && d.isWord(k-1, cBe) || k == m.Last+1 && n == "planned"
		}
	}
	return false
}

// caseNouns count deeds: "38 cases of harassment".
var caseNouns = set("cases", "incidents", "instances", "episodes", "reports", "allegations")

// inCountedCases: the trigger at head is what counted cases are of ("38
// reported cases of foreign harassment") or happens in them ("eleven cases
// since 2017 in which relatives were questioned").
func (d *doc) inCountedCases(head, cstart int) bool {
	s := d.sentOf(head)
	for k := head - 1; k > s.from && k >= head-30; k-- {
		if !d.inSet(k, sCaseNoun) {
			continue
		}
		// ("dozens of cases since 2017 of Rwandans abroad who were
		// threatened": past the time the count spans)
		after := k + 1
		if after+1 < head && (d.toks[after].Norm == "since" || d.toks[after].Norm == "between") && d.timeAt[after+1] >= 0 {
			for after++; after < head && d.timeAt[after] >= 0; after++ {
			}
		}
		of := after < head && (d.toks[after].Norm == "of" || d.toks[after].Norm == "in")
		// ("It lists 41 cases between 2019 and 2024 in 11 countries:
		// threats, surveillance, attacks": the kinds the count is of)
		for j := k + 1; j < head && !of; j++ {
			of = d.toks[j].Norm == ":"
		}
		which := false
		for j := k + 1; j < head && j <= after+6; j++ {
			if (d.toks[j].Norm == "which" || d.toks[j].Norm == "where") && (d.toks[j-1].Norm == "in" || d.toks[j].Norm == "where") {
				which = true
			}
		}
		if !of && !which {
			return false
		}
		for j := k - 1; j >= s.from && j >= k-3; j-- {
			// ("at least a dozen reports of intimidation")
			if d.toks[j].Kind == token.Number || d.isCountAt(j) || d.isWord(j, cQuantifier) || d.toks[j].Norm == "dozen" {
				return true
			}
		}
		return false
	}
	return false
}

// harmThreats are what a threat to people promises: "threatened to kill him".
var harmThreats = set("kill", "harm", "hurt", "attack", "kidnap", "abduct", "arrest", "detain", "rape", "shoot",
	"stab", "beat", "punish", "imprison", "jail", "torture", "murder", "burn", "bomb", "disappear", "deport", "expose", "publish", "leak")

// habitualPassive: "a dissident is threatened" - the present passive of an
// indefinite subject, in a sentence that gives no time.
func (d *doc) habitualPassive(m triggerMatch, cstart int, s sentInfo) bool {
	aux := m.First - 1
	for aux > cstart && (d.isWord(aux, cAdverb) || strings.HasSuffix(d.toks[aux].Norm, "ly")) {
		aux--
	}
	if aux <= cstart || d.toks[aux].Norm != "is" && d.toks[aux].Norm != "are" {
		return false
	}
	// ("a relative back home who is suddenly questioned")
	subj := aux
	if n := d.toks[aux-1].Norm; n == "who" || n == "that" {
		subj = aux - 1
	}
	p := d.npBefore(subj, s.from)
	if p.empty() || d.toks[p.from].Norm != "a" && d.toks[p.from].Norm != "an" {
		return false
	}
	for k := s.from; k < s.to; k++ {
		// ("at night", "Today it can mean ..." give no time of their own)
		if t := d.timeAt[k]; t >= 0 && !d.in.Times[t].Date.IsZero() && d.toks[k].Norm != "today" && d.toks[k].Norm != "now" {
			return false
		}
	}
	return true
}

// spanPassive: "For more than a decade, Rwandan exiles have been shot,
// strangled and spirited away": a present-perfect passive of a bare plural
// over a span of years sums many deeds up.
func (d *doc) spanPassive(m triggerMatch, s sentInfo) bool {
	// (the coordinated verbs share the first one's auxiliary)
	k := m.First - 1
	for k > s.from && (d.toks[k].Norm == "," || d.toks[k].Norm == "and" || d.isWord(k, cAdverb) || d.attackAt(k) || strings.HasSuffix(d.toks[k].Norm, "ed")) {
		k--
	}
	if k <= s.from+1 || d.toks[k].Norm != "been" || d.toks[k-1].Norm != "have" && d.toks[k-1].Norm != "has" {
		return false
	}
	p := d.npBefore(k-1, s.from)
	// ("Rwandan exiles in southern Africa": the noun before its place)
	if !p.empty() && p.from-1 > s.from && d.isWord(p.from-1, cPreposition) {
		p = d.npBefore(p.from-1, s.from)
	}
	if p.empty() || d.isWord(p.from, cDeterminer) || d.isCountAt(p.from) || !d.isPluralAt(p.to-1) {
		return false
	}
	for j := s.from; j+1 < s.to; j++ {
		if n := d.toks[j].Norm; (n == "for" || n == "over") && j+4 < s.to {
			for q := j + 1; q <= j+4; q++ {
				if spanNouns[d.toks[q].Norm] {
					return true
				}
			}
		}
	}
	return false
}

// spanNouns measure a span of years.
var spanNouns = set("decade", "decades", "years", "months")

// patientVerbs take the one they happen to as their subject, as a passive
// does: "Hakan Erturk vanished on the evening of 14 September".
var patientVerbs = set("vanished", "disappeared", "vanishes", "disappears")

// wentMissing: "went missing", "goes missing" happen to their subject.
func (d *doc) wentMissing(head int) bool {
	switch d.toks[head].Norm {
	case "went", "goes", "gone":
		return head+1 < len(d.toks) && d.toks[head+1].Norm == "missing"
	}
	return false
}

// verbParticleWords complete a phrasal verb: "handed over", "sent back".
var verbParticleWords = set("over", "out", "up", "down", "back", "off", "away", "home")

// describedPassive: a participle right after an indefinite person, with no
// object of its own, is done to that person: "Omid Farzan, a man sentenced to
// death in 1990", "a blogger kidnapped in Istanbul". (After a definite noun it
// only recalls an event told elsewhere: reducedRelative.)
func (d *doc) describedPassive(m triggerMatch, cstart int) bool {
	n := d.toks[m.First].Norm
	if len(m.HeadTokens) > 1 || !strings.HasSuffix(n, "ed") && !irregularParticiples[n] || intransitives[n] || m.First-1 <= cstart {
		return false
	}
	p := d.npBefore(m.First, cstart)
	if p.empty() || p.to != m.First || d.toks[p.from].Norm != "a" && d.toks[p.from].Norm != "an" {
		return false
	}
	if h := d.headNorm(p); !personNouns[h] && !victimNouns[h] && !humanNouns[h] || d.isArmedParty(p) {
		return false
	}
	next := m.Last + 1
	return next >= len(d.toks) || d.timeAt[next] >= 0 || d.toks[next].Kind != token.Word || d.isWord(next, cPreposition) || d.toks[next].Norm == "to"
}

// habitNouns before "of" make the act after them a pattern.
// purposeNouns state what a plan was for: "The aim was to ...".
var purposeNouns = set("aim", "goal", "purpose", "intention", "objective", "idea", "mission", "task")

// riskWords expose someone to a deed: "exposes them to detention", "at risk
// of arrest".
var riskWords = set("exposes", "exposed", "expose", "exposing", "risk", "risks", "danger", "fear", "fears", "vulnerable", "liable", "prone")

// fileNouns are the papers of a case, which a court hands over in place of a
// person.
var fileNouns = set("case", "file", "files", "investigation", "trial", "proceedings", "dossier", "evidence")

// interviewPronouns speak to or of the person an interview is with.
var interviewPronouns = set("me", "my", "i", "you", "your", "myself", "yourself")

// interview: the text is an interview in questions and answers, lines that
// open with "Q:" or with a speaker's name in capitals and a colon, or
// questions on lines of their own; read once per text.
func (d *doc) interview() bool {
	if d.interviewRead == 0 {
		d.interviewRead = 2
		if d.readInterview() {
			d.interviewRead = 1
		}
	}
	return d.interviewRead == 1
}

// readInterview reads the text's lines for interview's answer.
func (d *doc) readInterview() bool {
	n, questions := 0, 0
	for rest := d.text; rest != "" && n < 2 && questions < 3; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if speakerLabel(line) != "" {
			n++
		}
		// (or unlabelled: a question on a line of its own, its answer
		// below: "Are you afraid?")
		if line = strings.TrimSpace(line); len(line) < 160 && strings.HasSuffix(line, "?") && strings.Count(line, "?") == 1 && !strings.ContainsAny(line, "\"“”") {
			questions++
		}
	}
	return n >= 2 || questions >= 3
}

// speakerLabel is the label that opens a line of an interview ("Q", "A",
// "SAEED"), or "".
func speakerLabel(line string) string {
	i := strings.IndexByte(line, ':')
	if i <= 0 || i > 24 {
		return ""
	}
	label := line[:i]
	if label == "Q" || label == "A" || label == strings.ToUpper(label) && strings.IndexFunc(label, unicode.IsLower) < 0 && strings.IndexFunc(label, unicode.IsLetter) >= 0 {
		return label
	}
	return ""
}

// interviewee is the person an interview is with: the one whose surname
// labels the answers ("SAEED: No. ..."), else the person the text names
// most.
func (d *doc) interviewee() phrase {
	for rest := d.text; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		label := strings.ToLower(speakerLabel(line))
		if label == "" || label == "q" || label == "a" {
			continue
		}
		for _, p := range d.people {
			if d.toks[p.to-1].Norm == label && p.to-p.from > 1 {
				return p
			}
		}
	}
	// (a person the text names once, in its introduction, for want of one
	// it names most)
	if p := d.mainPerson(); !p.empty() {
		return p
	}
	return d.firstPerson()
}

var habitNouns = set("pattern", "patterns", "climate", "culture", "atmosphere", "history", "practice", "policy")

// intransitives are trigger verbs that take no object, and so form no
// passive participle after a noun.
var intransitives = set("protested", "demonstrated", "rallied", "marched", "gathered", "picketed", "appeared")

// covertStation: the words before "police station" make it a state's covert
// post abroad: "overseas", "secret", "undeclared", or a state's name.
func (d *doc) covertStation(police, cstart int) bool {
	for k := police - 1; k >= cstart && k >= police-3; k-- {
		if covertWords[d.toks[k].Norm] {
			return true
		}
		// (a state's own, "a Chinese police station", not the town it is
		// in: "a south London police station", "a Dhaka police station")
		if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Actor.Country != "" && d.in.Actors[a].Via == "demonym" {
			return true
		}
	}
	return false
}

var covertWords = set("overseas", "secret", "illegal", "undeclared", "clandestine", "unofficial", "covert", "so-called")

// irregularParticiples end a passive as "-ed" does: "was arrested in Germany
// and sent to Belgium".
var irregularParticiples = set("sent", "taken", "held", "flown", "brought", "shot", "beaten", "kept", "given", "thrown", "put", "led", "driven", "stabbed")

// onlyOwn: the phrase is "their own", "its own": whose, not whom.
func (d *doc) onlyOwn(p phrase) bool {
	if p.empty() || d.toks[p.to-1].Norm != "own" {
		return false
	}
	for k := p.from; k < p.to-1; k++ {
		if !d.isWord(k, cPossessive) {
			return false
		}
	}
	return true
}

// carriedTo is the state a sentence says someone was carried, flown or
// smuggled to, named as a country, or "".
func (d *doc) carriedTo(s sentInfo) string {
	for k := s.from; k < s.to; k++ {
		// ("believing he was flying to Burundi": where he thought he went)
		if d.inSet(k, sBelief) {
			break
		}
		if pm := d.placeAt[k]; pm >= 0 && d.in.Places[pm].Kind == vigil.Literal && d.in.Places[pm].Place.Feature == vigil.FeatureCountry && d.isDestination(k) {
			return d.in.Places[pm].Place.Country
		}
	}
	return ""
}

// beliefWords tell what a deceived victim thought, not what was ("boarded a
// jet believing it was bound for Burundi"); unlike beliefVerbs they leave out
// "suspected" and "feared", which tell real suspicions of real deeds.
var beliefWords = set("believing", "thinking", "thought", "believed", "assuming", "supposedly")

// arrestedFor: a response trigger before m in its sentence arrests
// someone ("police arrested two men over a plot").
func (d *doc) arrestedFor(m triggerMatch, cstart int) bool {
	for _, t := range d.triggers {
		if t >= cstart && t < m.First && !d.attackAt(t) && arrestWords[d.toks[t].Norm] {
			return true
		}
	}
	return false
}

var arrestWords = set("arrested", "arrest", "arrests", "detained", "detain", "apprehended")

// spyAgency: the phrase names an intelligence service or its agents, not a
// police force or court.
func (d *doc) spyAgency(p phrase) bool {
	if a, ok := d.actorIn(p); ok && a.Actor.Kind == "agency" {
		return true
	}
	for k := p.from; k < p.to; k++ {
		if n := d.toks[k].Norm; n == "intelligence" || n == "agents" || n == "spies" {
			return true
		}
	}
	return false
}

// hasNumber: the phrase counts what it names ("14 civilians", "dozens of").
func (d *doc) hasNumber(p phrase) bool {
	for k := p.from; k < p.to; k++ {
		if d.isCountAt(k) || d.isWord(k, cQuantifier) {
			return true
		}
	}
	return false
}

// isAnaphoric: "the attack", "this plot" refer to an event told elsewhere.
func (d *doc) isAnaphoric(m triggerMatch, cstart int) bool {
	// ("declared a counsellor at the Russian embassy persona non grata": a
	// complement of the verb, which no article before it makes old news)
	if d.toks[m.First].Norm == "persona" {
		return false
	}
	k := m.First - 1
	// (the modifiers of the noun only: not past "declared him" to the
	// subject's article in "The ministry declared him persona non grata";
	// but past a place: "over the Craigieburn attack")
	// (nor past a verb's past tense: "the man sent threatening messages")
	for k >= cstart && (d.isAdjective(k) && !d.isWord(k, cPronoun|cIrregularPasts) && !d.isVerbForm(k) || d.placeAt[k] >= 0) {
		k--
	}
	if k < cstart {
		return false
	}
	n := d.toks[k].Norm
	if n != "the" && n != "this" && n != "that" && n != "these" && n != "those" && n != "'s" && n != "its" && n != "his" && n != "her" && n != "their" {
		return false
	}
	// "the killing of Jamal Khashoggi" names what it refers to: a full mention
	if m.Last+1 < len(d.toks) {
		nx := d.toks[m.Last+1].Norm
		// ("his detention in Malaysia came after ...": a place after a
		// possessive still refers back)
		if nx == "of" || nx == "on" || nx == "against" || (nx == "in" || nx == "at") && !(d.isWord(k, cPossessive) && m.Last+2 < len(d.toks) && d.placeAt[m.Last+2] >= 0) {
			return false
		}
		// ("the kidnapping and murder of Ronald Ojeda": the complement of the
		// attack noun after "and" is this one's too)
		if nx == "and" && m.Last+3 < len(d.toks) && d.attackAt(m.Last+2) && d.toks[m.Last+3].Norm == "of" {
			return false
		}
		// "the arrest by the RCMP on September 19, 2024, of two people": an
		// agent or a date of its own tells it anew
		if nx == "by" {
			return false
		}
		for k := m.Last + 1; k < len(d.toks) && k <= m.Last+3; k++ {
			if t := d.timeAt[k]; t >= 0 && d.in.Times[t].Date.Precision == vigil.PrecisionDay {
				return false
			}
		}
	}
	if n == "'s" {
		return false
	}
	return true
}

func (d *doc) isAdjective(k int) bool {
	t := d.toks[k]
	if t.Kind != token.Word || d.isWord(k, cDeterminer|cPreposition|cAuxiliary|cConjunction) {
		return false
	}
	return !t.IsCap() || d.actorAt[k] >= 0
}

// isCounted: "eight separate plots", "dozens of attacks" are counts, not events.
func (d *doc) isCounted(m triggerMatch, cstart int) bool {
	head := m.First
	if m.T.Noun && !bountyWords[d.toks[m.First].Norm] {
		head = m.Last // ("40 cases of physical attacks": the noun; not "rewards for eight activists")
	}
	// "plots to attack": the counted noun is the plot
	if head-2 >= cstart && d.toks[head-1].Norm == "to" && d.isWord(head-2, cPlanned) {
		head = head - 2
	} else if !m.T.Noun {
		// "15 plots since the start of 2022 to kill or kidnap people": the verb
		// spells out counted plots further back
		for k := head - 1; k >= cstart && k >= head-12; k-- {
			if n := d.toks[k].Norm; (n == "plots" || n == "plans" || n == "attempts" || n == "schemes") && d.hasInfinitiveTo(k, head) {
				head = k
				break
			}
		}
	}
	// "38 reported cases of foreign harassment", "eleven cases since 2017 in
	// which relatives were questioned": what is counted is told as cases
	if d.inCountedCases(head, cstart) {
		return true
	}
	n := d.toks[head].Norm
	plural := len(n) > 3 && n[len(n)-1] == 's' && !sing[n]
	if !plural || participants[n] {
		return false // ("200 protesters gathered": the size of one crowd)
	}
	// "several mortar shells fired by the militants landed", "two bombs
	// exploded": the munitions of one attack
	if munitions[n] && head+1 < len(d.toks) && (strings.HasSuffix(d.toks[head+1].Norm, "ed") || strikeVerbs[d.toks[head+1].Norm] || d.toks[head+1].Norm == "went") {
		return false
	}
	// ("a jet dropped two bombs on the village", "threw three grenades into
	// the crowd": the munitions one deed set off)
	if munitions[n] && head-2 >= cstart && (d.toks[head-1].Kind == token.Number || d.isWord(head-1, cNumberWord)) && munitionVerbs[d.toks[head-2].Norm] {
		return false
	}
	for k := head - 1; k >= cstart && k >= head-4; k-- {
		t := d.toks[k]
		// ("put HK$1 million bounties on five activists": a sum, not a count)
		if t.Kind == token.Number && d.isMoney(k) {
			break
		}
		if t.Kind == token.Number || d.isWord(k, cQuantifier) {
			return true
		}
		if t.Kind == token.Punct || d.isWord(k, cDeterminer) && t.Norm != "both" {
			break
		}
	}
	if head+1 < len(d.toks) && d.toks[head+1].Norm == "since" {
		return true
	}
	return false
}

// homeForces are a state's own police and security forces, named without
// their state.
var homeForces = set("police", "policemen", "authorities", "officers", "officials", "soldiers", "troops", "forces", "army", "military")

// accusationWord: token k, a belief word by its letters, names suspects or
// an accusation: "the suspects", "two suspects", "suspected of spying".
func (d *doc) accusationWord(k int) bool {
	n := d.toks[k].Norm
	if (n == "suspects" || n == "suspect") && k > 0 && (d.isWord(k-1, cDeterminer) || d.isCountAt(k-1)) {
		return true
	}
	return (n == "suspected" || n == "accused") && k+1 < len(d.toks) && d.toks[k+1].Norm == "of"
}

// localAreas are places smaller than a state that people are told to leave.
var localAreas = set("municipality", "town", "village", "city", "area", "region", "neighbourhood", "neighborhood",
	"district", "department", "province", "camp", "island")

// hasActor: some token of the phrase names an actor.
func (d *doc) hasActor(p phrase) bool {
	for k := p.from; k < p.to; k++ {
		if d.actorAt[k] >= 0 || d.placeAt[k] >= 0 {
			return true
		}
	}
	return false
}

// backgroundCues before plural protests make them the story's background.
var backgroundCues = set("of", "since", "joined", "join", "joining", "organise", "organised", "organize", "organized",
	"organising", "organizing", "amid", "during", "suppression", "crackdown", "wave")

// areaWeapons strike places, not a named person: "an airstrike on Maarat
// al-Numan" is no assassination.
var areaWeapons = set("airstrike", "airstrikes", "air-strike", "strike", "strikes", "raid", "raids", "shelling", "shelled",
	"mortar", "mortars", "rocket", "rockets", "missile", "missiles", "bombed", "bombing", "bombings")

// vagueCounts count without counting: a tally, not one event.
var vagueCounts = set("dozens", "hundreds", "thousands", "scores", "numerous", "countless")

// participants are the people an event is made of, whose number is its size.
var participants = set("protesters", "protestors", "demonstrators", "marchers")

// headlineHarms are present-tense verbs of harm as headlines write them.
var headlineHarms = set("kill", "kills", "wound", "wounds", "injure", "injures", "hits", "rock", "rocks", "rocked")

// definesTerm: sentence s defines a term ("It is the term researchers use
// for ...", "X refers to efforts by states to ...", "is defined as").
func (d *doc) definesTerm(s sentInfo) bool {
	for k := s.from + 1; k+1 < s.to; k++ {
		switch d.toks[k].Norm {
		case "term":
			if k-2 >= s.from && (d.toks[k-1].Norm == "the" || d.toks[k-1].Norm == "a") && d.isWord(k-2, cBe) {
				return true
			}
			for j := k + 1; j+1 < s.to && j <= k+4; j++ {
				if useVerbs[d.toks[j].Norm] && (d.toks[j+1].Norm == "for" || d.toks[j+1].Norm == "to") {
					return true
				}
			}
		case "refers":
			if d.toks[k+1].Norm == "to" && k+2 < s.to && definedKinds[d.toks[k+2].Norm] {
				return true
			}
		case "defined":
			if d.isWord(k-1, cBe) && d.toks[k+1].Norm == "as" {
				return true
			}
		case "meaning":
			// ("transnational repression, meaning efforts by foreign
			// governments to surveil, harass or harm people")
			if d.toks[k-1].Norm == "," && definedKinds[d.toks[k+1].Norm] {
				return true
			}
		}
	}
	return false
}

// condemns: the words from token from to the trigger at first open with a
// verb of condemning ("strongly condemns the attack").
func (d *doc) condemns(from, first int) bool {
	for k := from; k < first && k <= from+2; k++ {
		if condemnVerbs[d.toks[k].Norm] {
			return true
		}
		if !d.isWord(k, cAdverb) && !strings.HasSuffix(d.toks[k].Norm, "ly") {
			return false
		}
	}
	return false
}

// condemnVerbs judge a deed someone else did.
var condemnVerbs = set("condemns", "condemned", "condemn", "denounced", "denounces", "denounce", "deplored", "deplores", "decried", "decries")

// falseClaim: the trigger at head stands in "the claim that ..." whose
// sentence goes on to call it false.
func (d *doc) falseClaim(head int, s sentInfo) bool {
	for k := head - 1; k > s.from && k >= head-20; k-- {
		if n := d.toks[k].Norm; (n == "claim" || n == "claims" || n == "allegation" || n == "rumour" || n == "rumor") && d.toks[k+1].Norm == "that" {
			for j := head + 1; j+1 < s.to && j <= head+20; j++ {
				if d.isWord(j, cBe) && falseWords[d.toks[j+1].Norm] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// falseWords call a claim untrue.
var falseWords = set("false", "untrue", "baseless", "unfounded", "fabricated", "wrong", "incorrect", "misleading", "fake")

// allAttemptsTo: the verb at head is one of the infinitives after "all
// attempts by the regime to" (or "all efforts").
func (d *doc) allAttemptsTo(head, from int) bool {
	for k := head - 1; k > from && k >= head-14; k-- {
		if n := d.toks[k].Norm; (n == "attempts" || n == "efforts") && (d.toks[k-1].Norm == "all" || d.toks[k-1].Norm == "any") {
			return true
		}
	}
	return false
}

// announceVerbs make a protest one to come: "announced a demonstration".
var announceVerbs = set("announced", "announce", "announces", "planned", "plan", "plans", "scheduled", "called", "calls", "organising", "organizing")

// endedInVerdict: the words from token from on say a trial ended or
// closed with convictions or a guilty verdict ("ended last week with nine
// convictions").
func (d *doc) endedInVerdict(from, end int) bool {
	for k := from; k+1 < end && k <= from+12; k++ {
		if n := d.toks[k].Norm; n == "ended" || n == "concluded" || n == "closed" {
			for j := k + 1; j < end && j <= k+8; j++ {
				if v := d.toks[j].Norm; v == "convictions" || v == "conviction" || v == "guilty" || v == "sentences" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// closesSubordinate: the comma at token k closes a clause opened by a
// subordinator after the last comma before it ("and, after Czech courts
// rejected his appeals, was extradited"): what it says is not the main
// verb's.
func (d *doc) closesSubordinate(k, from int) bool {
	for j := k - 1; j >= from && j >= k-12; j-- {
		if n := d.toks[j].Norm; n == "," {
			return false
		} else if d.inSet(j, sSubordinator) {
			return true
		}
	}
	return false
}

// citingVerbs name what a document says of someone: "described in the
// indictment as".
var citingVerbs = set("described", "named", "identified", "listed", "cited", "mentioned", "referred", "quoted")

// protestSiteWords name a parliament's seat or a site where protesters
// gather, beside gatheringSites.
var protestSiteWords = set("parliament", "storting", "bundestag", "capitol", "congress", "legislature", "senedd", "riksdag", "knesset", "house", "site")

// amongStates: the words before token k say "one of the states that" or
// "among the states (that)".
func (d *doc) amongStates(k, from int) bool {
	for j := k - 1; j-2 >= from && j >= k-8; j-- {
		if d.toks[j-1].Norm == "the" && stateGroupNouns[d.toks[j].Norm] && (d.toks[j-2].Norm == "of" || d.toks[j-2].Norm == "among") {
			return true
		}
	}
	return false
}

// stateGroupNouns rank states among others.
var stateGroupNouns = set("states", "countries", "governments", "regimes", "nations")

// wrongfulAdverbs judge a detention.
var wrongfulAdverbs = set("wrongfully", "unlawfully", "arbitrarily", "illegally", "unjustly")

// mainVerbsAfterCause end an "accused of ..." phrase: "appeared before
// magistrates".
var mainVerbsAfterCause = set("appeared", "appear", "appears", "stood", "pleaded", "pleads", "denied", "denies")

// spannedByCount: the noun at k stands in a "(ranging) from ... to ..."
// span after a number of incidents or cases in its sentence.
func (d *doc) spannedByCount(k, from int) bool {
	fromAt := -1
	for j := k - 1; j >= from && j >= k-6; j-- {
		if d.toks[j].Norm == "from" {
			fromAt = j
			break
		}
	}
	if fromAt < 0 || !d.anyWord(toWord, k, min(k+10, len(d.toks))) {
		return false
	}
	for j := fromAt - 1; j > from && j >= fromAt-25; j-- {
		if (d.toks[j].Norm == "incidents" || d.toks[j].Norm == "cases") && (d.isCountAt(j-1) || d.toks[j-1].Kind == token.Number) {
			return true
		}
	}
	return false
}

// criticismNouns are a quarrel over what they name: "criticism of the
// arrest of activists".
var criticismNouns = set("criticism", "criticisms", "condemnation", "protests", "protest", "outrage", "anger")

// sourceVerbs say what a document states: "the indictment says".
var sourceVerbs = set("says", "said", "alleges", "alleged", "states", "stated", "claims", "describes", "details")

// triggerBefore: another event's word comes in the sentence before si, and
// none before token k in si.
func (d *doc) triggerBefore(k, si int) bool {
	// (one in its own sentence, "taken from his flat by police and held for
	// nine days", is merged with it as a mention of its own)
	for _, t := range d.triggers {
		if t < k {
			return false
		}
	}
	return si > 0 && d.lastTriggerSent == si
}

// demandThatVerbs open a clause of what should be done: "demanded that".
var demandThatVerbs = set("demanded", "demand", "demands", "demanding", "urged", "urge", "urges", "urging", "insisted", "insist", "insists",
	"proposed", "propose", "proposes", "recommended", "recommend", "recommends", "asked", "requested")

// mediaWorks are what a critic publishes: "videos attacking the regime".
var mediaWorks = set("videos", "video", "posts", "post", "articles", "article", "columns", "column", "speeches", "speech",
	"tweets", "tweet", "songs", "song", "cartoons", "cartoon", "broadcasts", "programmes", "programs", "podcasts", "essays", "editorials", "sermons", "poems", "blogs")

// sentAwayNouns are people gathered in a place; localForceNouns the police
// who clear it.
var (
	sentAwayNouns   = set("protesters", "protestors", "demonstrators", "crowd", "people", "participants")
	localForceNouns = set("police", "officers", "guards", "security", "stewards")
)

// eventHosts run a place or an event.
var eventHosts = set("organizers", "organisers", "hosts", "owner", "owners", "manager", "managers", "stewards", "staff", "bouncers", "guards")

// definedKinds open what a term refers to: "refers to efforts by states".
var definedKinds = set("efforts", "the", "acts", "actions", "attempts", "any")

// tacticUsed: the bare noun at token k is one of a list that a verb of using
// takes ("has used luring, surveillance and violence against critics"); a
// determiner in the list ("used a car bomb") makes it one deed.
func (d *doc) tacticUsed(k, from int) bool {
	for j := k - 1; j >= from && j >= k-10; j-- {
		n := d.toks[j].Norm
		switch {
		case useVerbs[n]:
			// (a habit, present or perfect: not "used spyware against them
			// in 2017", "an attack using spyware")
			return n == "uses" || n == "use" || n == "employs" || n == "deploys" || d.presentPerfect(j)
		case n == "," || n == "and" || n == "or":
		case d.isWord(j, cDeterminer|cPossessive|cPreposition) || n == "to" || d.toks[j].Kind == token.Number || d.toks[j].IsCap():
			return false
		case d.toks[j].Kind != token.Word:
			return false
		}
	}
	return false
}

// useVerbs are the verbs of using a tactic.
var useVerbs = set("used", "uses", "use", "using", "employed", "employs", "employ", "deployed", "deploys")

// munitionVerbs set off or lay munitions: "dropped two bombs".
var munitionVerbs = set("dropped", "fired", "threw", "hurled", "planted", "launched", "detonated", "lobbed")

// munitions are what one attack may fire or set off several of.
var munitions = set("bombs", "shells", "rockets", "mortars", "grenades", "missiles", "drones", "devices", "explosives", "ieds", "rounds")

var pluralNouns = set("people", "men", "women", "children", "police", "civilians", "crowd", "dozens", "hundreds")

var sing = set("sanctions", "arms", "news", "charges", "protests", "talks", "relations", "ties", "assets", "bus", "ambassadors")

// status decides how far an attack got; responses and protests are carried out.
// hurtOnly says the attempt rests only on people being hurt ("wounded",
// "injured"), which fails only an attack on a named person.
func (d *doc) status(m triggerMatch, cstart, cend int, passive bool) (st vigil.Status, hurtOnly bool) {
	if !isAttack(m.T.Type) {
		return vigil.CarriedOut, false
	}
	head := m.HeadTokens[0]
	s := d.sentOf(head)
	foiled, attempted, planned := false, m.T.Flags.attempted, m.T.Flags.planned
	hurt := false
	for k := s.from; k < s.to && s.has&(cFoiled|cAttempted|cPlanned) != 0; k++ {
		if k >= m.First && k <= m.Last {
			continue
		}
		near := k >= cstart && k < cend
		if d.is(k, cFoiled) && (near || k > head) && !(d.isWord(k, cStopCue) && !d.stopsAttack(k, m)) {
			foiled = true
		}
		// "Both officials survived" in the next clause tells the attempt too
		// (but a hostage "freed unharmed" was taken all the same; and "a
		// driver who tried to turn back" tells the driver's attempt)
		if d.is(k, cAttempted) && (near || k > head && d.isWord(k, cSurvival)) && !(m.T.Type == vigil.Abduction && harmlessCues[d.toks[k].Norm]) &&
			!(k > s.from && d.relativeSubject(k)) {
			if hurtCues[d.toks[k].Norm] {
				hurt = true
			} else {
				attempted = true
			}
		}
		// ("a network hired by Iran murdered an electrician": who hired the
		// killers, not a plan)
		// (nor the plot a relative clause tells of: "a lieutenant who had
		// been jailed for plotting against Maduro, was dragged")
		if d.is(k, cPlanned) && near && k < head && !(k+1 < s.to && d.toks[k+1].Norm == "by" && !d.hasInfinitiveTo(k, head)) && d.closedRelativeEnd(k, head) < 0 {
			planned = true
		}
	}
	// "police have broken up a plan to abduct a former captain": a plot
	// broken up was foiled
	for k := max(cstart, s.from); !foiled && k+1 < head; k++ {
		foiled = d.breaksUp(k)
	}
	// "to detonate", "to kill": an infinitive tells a plan, not a deed
	// ("an operation to capture or kill him": the infinitive reaches over "or")
	joinedTo := violentPlots[m.T.Type] && head-3 >= cstart && (d.toks[head-1].Norm == "or" || d.toks[head-1].Norm == "and") && d.toks[head-3].Norm == "to"
	if !m.T.Noun && head > cstart && (d.toks[head-1].Norm == "to" || joinedTo) {
		planned = true
		// ("the information was used to put pressure on relatives", "used
		// his access to look up critics' data": done)
		for k := head - 2; k >= cstart && k >= head-10 && d.toks[head-1].Norm == "to" && (d.toks[k].Kind == token.Word || d.toks[k].Norm == "'s"); k-- {
			if n := d.toks[k].Norm; n == "used" || n == "using" {
				planned = false
				break
			}
		}
	}
	switch {
	case foiled:
		return vigil.Foiled, false
	case attempted:
		return vigil.Attempted, false
	case hurt:
		return vigil.Attempted, true
	case planned:
		return vigil.Planned, false
	}
	return vigil.CarriedOut, false
}

// inOwnPhrase: the sentence names place after the trigger of m with no comma
// between ("after the killing of a critic in Costa Rica, ..."), not only
// before it or in the next clause.
func (d *doc) inOwnPhrase(place *vigil.Place, m triggerMatch, s sentInfo) bool {
	for k := m.Last + 1; k < s.to && d.toks[k].Norm != ","; k++ {
		if p := d.placeAt[k]; p >= 0 && d.in.Places[p].Place.Name == place.Name {
			return true
		}
	}
	return false
}

// nationalityNouns say what passport someone holds, not whom they oppose.
var nationalityNouns = set("citizen", "citizens", "national", "nationals", "resident", "residents", "passport-holder")

// timeAnchors open a phrase that dates one deed by another ("after the attack").
var timeAnchors = set("after", "before", "since", "following", "until")

// hurtCues tell that people were hurt, not killed.
var hurtCues = set("wounded", "injured", "critically", "unconscious")

func (d *doc) sentOf(tok int) sentInfo {
	if i := d.sentIndex(tok); i >= 0 {
		return d.sents[i]
	}
	return sentInfo{}
}

// sentIndex returns the index of the sentence holding token tok, or -1.
func (d *doc) sentIndex(tok int) int {
	if tok < 0 || tok >= len(d.sentAt) {
		return -1
	}
	return d.sentAt[tok]
}

// missionState is the state whose embassy or consulate the phrase names
// ("the Chinese embassy", "Iran's consulate"), or "".
func (d *doc) missionState(p phrase) string {
	if p.empty() || !d.namesMission(p) {
		return ""
	}
	if a, ok := d.actorIn(p); ok && stateKinds[a.Actor.Kind] {
		return a.Actor.Country
	}
	return ""
}

var missionNouns = set("embassy", "consulate", "mission", "legation", "commission")

// townAfter is the town an "in" right after token from names, outside the
// state except ("the Consulate General of India in downtown Vancouver").
func (d *doc) townAfter(from, to int, except string) (vigil.Place, bool) {
	k := from + 1
	if from >= to || d.toks[from].Norm != "in" {
		return vigil.Place{}, false
	}
	if k < to && townModifiers[d.toks[k].Norm] {
		k++
	}
	if k < to {
		if i := d.placeAt[k]; i >= 0 {
			if pl := d.in.Places[i].Place; pl.Country != except && pl.Feature != vigil.FeatureCountry && pl.Feature != vigil.FeatureRegion {
				return pl, true
			}
		}
	}
	return vigil.Place{}, false
}

// townModifiers stand between "in" and the town they place in part of it.
var townModifiers = set("downtown", "central", "suburban", "northern", "southern", "eastern", "western", "uptown", "greater")

// namesMission: phrase p is a state's mission abroad, by its head ("the
// Indian consulate") or by the words of its name, which may run on past the
// phrase's "and" ("the Consulate General of India", "the Hong Kong Economic
// and Trade Office").
func (d *doc) namesMission(p phrase) bool {
	if missionNouns[d.headNorm(p)] {
		return true
	}
	for k := p.from; k < p.to+3 && k < len(d.toks); k++ {
		if k >= p.to && d.toks[p.to].Norm != "and" {
			break
		}
		if n := d.toks[k].Norm; missionNouns[n] && d.toks[k].IsCap() || n == "office" && k > p.from && d.toks[k-1].Norm == "trade" {
			return true
		}
	}
	return false
}

// mostNamedTown is the town the text names most often outside the state
// except, in a country it refers to in other ways too (not a person's name
// read as a town abroad); of equals, the one named nearest to offset at.
// Hong Kong and Macau count as China here: its missions speak for them.
func (d *doc) mostNamedTown(except string, at int) (vigil.Place, bool) {
	type town struct {
		pl         vigil.Place
		n, nearest int
	}
	towns := map[string]*town{}
	mentioned := d.mentionedCountries()
	var best *town
	for _, p := range d.in.Places {
		pl := p.Place
		if p.Kind != vigil.Literal || pl.Country == except || except == "CN" && (pl.Country == "HK" || pl.Country == "MO") || !mentioned[pl.Country] || pl.Feature == vigil.FeatureCountry || pl.Feature == vigil.FeatureRegion {
			continue
		}
		dist := p.Start - at
		if dist < 0 {
			dist = -dist
		}
		t := towns[pl.Name+"|"+pl.Country]
		if t == nil {
			t = &town{pl: pl, nearest: dist}
			towns[pl.Name+"|"+pl.Country] = t
		}
		t.n++
		t.nearest = min(t.nearest, dist)
		if best == nil || t.n > best.n || t.n == best.n && t.nearest < best.nearest {
			best = t
		}
	}
	if best == nil {
		return vigil.Place{}, false
	}
	return best.pl, true
}

// personal are the events done to a person, whose victim a clause around
// them can name.
var personal = map[vigil.EventType]bool{vigil.Arrest: true, vigil.Abduction: true, vigil.Charge: true,
	vigil.Conviction: true, vigil.Extradition: true, vigil.Intimidation: true, vigil.ArmedAttack: true,
	vigil.Assassination: true}

// subjectOfAfter is the person the main clause opens with when the trigger
// at first follows "after" in it, with at most an article, a possessive, an
// adjective or "being" between ("after a spell in custody", "after being
// detained"); empty otherwise, and for a subject who is no victim or who
// acts for a state ("Police released him after a spell ...").
func (d *doc) subjectOfAfter(s sentInfo, first int) phrase {
	after := -1
	for k := first - 1; k > s.from && k >= first-3; k-- {
		if d.toks[k].Norm == "after" {
			after = k
			break
		}
		if d.toks[k].Kind != token.Word || slices.Contains(d.triggers, k) {
			return phrase{}
		}
	}
	if after < 0 {
		return phrase{}
	}
	k := d.subjectStart(s.from, after)
	if k < 0 {
		return phrase{}
	}
	p := d.npAfter(k, after, nil)
	if p.empty() || p.from != k || !d.isVictim(p) || d.isPronoun(p.from) {
		return phrase{}
	}
	if _, ok := d.isAuthority(p); ok {
		return phrase{}
	}
	return p
}

// definiteAnaphor: phrase p is "the" and one lower-case noun that an earlier
// sentence, before token sentFrom, used too ("the network" after "members of
// his network").
func (d *doc) definiteAnaphor(p phrase, sentFrom int) bool {
	if p.to-p.from != 2 || d.toks[p.from].Norm != "the" || d.toks[p.to-1].IsCap() {
		return false
	}
	head := d.toks[p.to-1].Norm
	for k := 0; k < sentFrom; k++ {
		if d.toks[k].Norm == head {
			return true
		}
	}
	return false
}

// stagedOrAccidental: sentence s tells a drill ("a joint counter-terrorism
// exercise", "a simulated hostage rescue", "a mock car bomb"), or trigger m
// is a bare explosion the sentence puts down to gas or a fault.
func (d *doc) stagedOrAccidental(s sentInfo, m triggerMatch) bool {
	bareBlast := m.T.Type == vigil.Bombing && m.T.Noun && (d.toks[m.First].Norm == "explosion" || d.toks[m.First].Norm == "blast")
	for k := s.from; k < s.to; k++ {
		// (one lookup per token: the loop runs over every word of the
		// sentence for every candidate)
		var cue stagedCue
		if d.inSet(k, sStagedCue) {
			cue = stagedCues[d.toks[k].Norm]
		}
		switch {
		case cue == 0:
		// ("whose videos mock officials": the verb, not "a mock car bomb")
		case d.toks[k].Norm == "mock" && !(k > s.from && d.isWord(k-1, cDeterminer)):
		case cue == stagedDrill:
			return true
		// ("an earthquake struck the province, killing at least 17 people")
		case cue == stagedDisaster && k < m.First:
			return true
		// ("as part of the annual Balikatan exercises": a named exercise)
		case cue == stagedExercise && k > s.from && (exerciseKinds[d.toks[k-1].Norm] || d.toks[k-1].IsCap()):
			return true
		case bareBlast && cue == stagedAccident:
			return true
		case bareBlast && cue == stagedGas && k+1 < s.to && (d.toks[k+1].Norm == "cylinder" || d.toks[k+1].Norm == "cylinders" || d.toks[k+1].Norm == "leak"):
			return true
		}
	}
	return false
}

// stagedCue is the kind of word stagedOrAccidental looks for.
type stagedCue uint8

const (
	stagedDrill stagedCue = iota + 1
	stagedDisaster
	stagedExercise
	stagedAccident
	stagedGas
)

var (
	stagedCues    = map[string]stagedCue{}
	exerciseKinds = set("military", "joint", "training", "counter-terrorism", "counterterrorism", "naval", "tactical", "army")
)

func init() {
	for cue, words := range map[stagedCue][]string{
		stagedDrill:    {"simulated", "simulation", "mock", "drill", "drills", "rehearsal"},
		stagedDisaster: {"earthquake", "quake", "earthquakes", "flood", "floods", "flooding", "landslide", "landslides", "cyclone", "hurricane", "typhoon", "tsunami", "avalanche", "wildfire", "mudslide"},
		stagedExercise: {"exercise", "exercises"},
		stagedAccident: {"accident", "accidental", "accidentally", "short-circuit", "malfunction"},
		stagedGas:      {"gas"},
	} {
		for _, w := range words {
			stagedCues[w] = cue
		}
	}
}

// habitualAdverbs make a perfect tense tell a habit: "have repeatedly
// attacked".
var habitualAdverbs = set("repeatedly", "frequently", "often", "regularly", "routinely", "long", "persistently")

// harmlessCues tell that a victim came to no harm, which leaves a kidnapping
// carried out.
var harmlessCues = set("unhurt", "unharmed", "recovered", "wounded", "injured")

// policeCapture: "captured" or "seized" with the police as its subject, or
// as its agent after "by".
func (d *doc) policeCapture(m triggerMatch, cstart, cend int) bool {
	if n := d.toks[m.First].Norm; n != "captured" && n != "seized" {
		return false
	}
	for k := cstart; k < m.First; k++ {
		// (not "men posing as police officers seized him")
		if lawEnforcers[d.toks[k].Norm] && !d.impersonated(phrase{k, k + 1}) {
			return true
		}
		// ("agents of the PNP captured two men in Callao": a police force
		// the dictionary knows, at home; not "agents of China's Ministry of
		// Public Security seized him in Bangkok")
		if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Actor.Kind == "police" && d.placeInClause(cstart, cend, d.in.Actors[a].Actor.Country) {
			return true
		}
	}
	for k := m.Last + 1; k+1 < cend && k <= m.Last+6; k++ {
		if d.toks[k].Norm == "by" {
			return lawEnforcers[d.toks[k+1].Norm] || k+2 < cend && lawEnforcers[d.toks[k+2].Norm]
		}
	}
	return false
}

// placeInClause: tokens [from, to) name a place of state cc.
func (d *doc) placeInClause(from, to int, cc string) bool {
	for k := from; k < to; k++ {
		if pm := d.placeAt[k]; pm >= 0 && cc != "" && d.in.Places[pm].Kind == vigil.Literal && d.in.Places[pm].Place.Country == cc {
			return true
		}
	}
	return false
}

// lawEnforcers are the police forces whose captures are arrests (not
// agents or troops: "intelligence agents seized him in Dubai" abducted him).
var lawEnforcers = set("police", "policemen", "policewomen", "gendarmes", "gendarmerie", "detectives", "carabinieri")

// tollAfterAttack: the killing at m opens its clause with a count ("One
// vendor was killed", "Thirteen civilians and the assailant were killed"),
// names no agent, place or date, and follows an attack told in the sentence
// before or in an earlier clause of its own sentence.
func (d *doc) tollAfterAttack(si int, m triggerMatch, cstart, cend int) bool {
	if !(d.isCountAt(cstart) || d.toks[cstart].Norm == "one") || !d.byAgent(m.Last+1, cend).empty() {
		return false
	}
	for k := cstart; k < cend; k++ {
		if d.placeAt[k] >= 0 || d.timeAt[k] >= 0 {
			return false
		}
	}
	for _, k := range d.attacks {
		if k < cstart && !d.killTrig[k] {
			return true
		}
	}
	return d.lastAttackSent == si && si > 0 && d.sents[si-1].Para == d.sents[si].Para
}

// verbBefore: a verb stands in tokens [from, to), so what follows is inside
// its object, not the clause's subject ("holding portraits of activists
// imprisoned" against "a group of activists demonstrated").
func (d *doc) verbBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if d.isVerbForm(k) {
			return true
		}
	}
	return false
}

// headBeforeOf is the word before the first "of" of p ("secretary" in "a
// second secretary of the Iranian embassy"), or "".
func (d *doc) headBeforeOf(p phrase) string {
	for k := p.from + 1; k < p.to; k++ {
		if d.toks[k].Norm == "of" {
			return d.toks[k-1].Norm
		}
	}
	return ""
}

// topicVerbs take what they are "on" or "about" as a topic: "reports on
// arrests", "to speak about sanctions".
var topicVerbs = set("reports", "report", "reported", "reporting", "writes", "wrote", "writing", "speak", "speaks", "spoke",
	"talk", "talks", "talked", "talking", "articles", "article", "posts", "coverage", "covering", "questions", "information", "data", "statistics",
	"findings", "documentary", "book", "research", "tweeted", "tweets", "posted", "blogged", "campaigned", "complained", "testified", "joked")

// peopleNamedBefore is the plural of people the sentence before opens with,
// or else the first counted people it names ("detained two men"), within the
// paragraph or the one before.
func (d *doc) peopleNamedBefore(si int) phrase {
	if p := d.previousPluralOpening(si); !p.empty() {
		return p
	}
	if si == 0 || d.sents[si-1].Para < d.sents[si].Para-1 {
		return phrase{}
	}
	prev := d.sents[si-1]
	for k := prev.from; k < prev.to; k++ {
		if d.isCountAt(k) && (k == prev.from || !d.isCountAt(k-1)) {
			if p := d.peopleAt(k, prev.to); !p.empty() {
				return p
			}
		}
	}
	return phrase{}
}

// inFieldLabel: the trigger stands in the label of a record's field line,
// before its colon or dot leader ("Attack type .... Bombing/Explosion").
func (d *doc) inFieldLabel(m triggerMatch) bool {
	end := d.toks[m.Last].End
	rest := strings.TrimLeft(d.text[end:min(len(d.text), end+40)], " _")
	for len(rest) > 0 && rest[0] >= 'a' && rest[0] <= 'z' || len(rest) > 0 && rest[0] >= 'A' && rest[0] <= 'Z' {
		// ("Attack type ....": past the label's other words)
		sp := strings.IndexAny(rest, " :.")
		if sp < 0 {
			return false
		}
		rest = strings.TrimLeft(rest[sp:], " _")
	}
	if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "...") {
		return false
	}
	line := d.lineStart(d.toks[m.First].Start)
	head := d.text[line:d.toks[m.First].Start]
	return len(head) <= 20 && strings.IndexFunc(strings.ToLower(head), notLabelRune) < 0 && d.fieldLineCount() >= 3
}

// headingBetween: a heading line (a short line without a full stop, as a
// digest's "3. SWEDEN: Spy for Tashkent convicted") stands between tokens a
// and b, so that they belong to different stories.
func (d *doc) headingBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for si := d.sentIndex(a) + 1; si >= 1 && si < len(d.sents) && si <= d.sentIndex(b); si++ {
		// (a timeline's dated headings go on with one story)
		if s := d.sents[si]; s.Fragment && s.to-s.from <= 12 && s.to > s.from && d.sents[si-1].Para != s.Para && !d.timedSentence(s) {
			return true
		}
	}
	return false
}

// decisionIntro is the sentence that opens the list of decisions holding
// sentence si ("The Government has today decided: / - to recall the chargé
// d'affaires ...;"), or -1 when si is no such item. An item tells what was
// done, as a sentence would.
func (d *doc) decisionIntro(si int) int {
	if !d.listItem(d.sents[si]) {
		return -1
	}
	for j := si - 1; j >= 0 && j >= si-8; j-- {
		p := d.sents[j]
		if d.listItem(p) {
			continue
		}
		if strings.HasSuffix(strings.TrimSpace(d.text[p.Start:p.End]), ":") && d.anyWord(listingVerbs, p.from, p.to) {
			return j
		}
		return -1
	}
	return -1
}

// listItem: sentence s opens with a list's bullet or its letter or number
// ("- to recall", "(a) to call", "b) to declare").
func (d *doc) listItem(s sentInfo) bool {
	switch d.toks[s.from].Norm {
	case "-", "•", "*", "–":
		return true
	case "(":
		return s.from+2 < s.to && d.toks[s.from+2].Norm == ")" && len(d.toks[s.from+1].Norm) <= 3
	}
	return s.from+1 < s.to && d.toks[s.from+1].Norm == ")" && len(d.toks[s.from].Norm) <= 2
}

// listingVerbs announce the measures listed after them.
var listingVerbs = set("decided", "decides", "agreed", "announced", "announces", "adopted", "approved", "ordered", "imposed")

// survivedAfter: sentence si or the next says the victim lived ("He
// survived", "was wounded", "is in hospital").
func (d *doc) survivedAfter(si int) bool {
	for j := si; j < len(d.sents) && j <= si+1; j++ {
		if j > si && d.sents[j].Para != d.sents[si].Para {
			break
		}
		if d.anyWord(survivalWords, d.sents[j].from, d.sents[j].to) {
			return true
		}
	}
	return false
}

// survivalWords tell that a victim lived.
var survivalWords = set("survived", "survives", "wounded", "injured", "hospital", "hospitalised", "hospitalized", "recovering", "recovered")

// shootingWords open the triggers of a shooting.
// wishedBefore: an irrealis word stands in tokens [from, to), one that
// leaves a deed undone ("asking for ... to be expelled").
func (d *doc) wishedBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if irrealis[d.toks[k].Norm] && !d.madePossible(k) {
			return true
		}
	}
	return false
}

// deedList: the attack trigger at k is one of three or more verbs listed
// together ("abducted, spied on and threatened") whose shared object is a
// bare plural.
func (d *doc) deedList(k int, s sentInfo) bool {
	joins := func(a, b int) bool { // only list words between triggers a < b
		for j := a + 1; j < b; j++ {
			if n := d.toks[j].Norm; n != "," && n != "and" && n != "or" && n != "on" && n != "upon" {
				return false
			}
		}
		return b-a <= 4
	}
	pos := d.attacks
	i := slices.Index(pos, k)
	if i < 0 {
		return false
	}
	lo, hi := i, i
	for lo > 0 && joins(pos[lo-1], pos[lo]) {
		lo--
	}
	for hi+1 < len(pos) && joins(pos[hi], pos[hi+1]) {
		hi++
	}
	if hi-lo < 2 {
		return false
	}
	o := pos[hi] + 1
	for o < s.to && (d.toks[o].Norm == "on" || d.toks[o].Norm == "upon") {
		o++
	}
	if o >= s.to || d.toks[o].Kind != token.Word || d.toks[o].IsCap() || d.isWord(o, cDeterminer|cPossessive|cNumberWord|cPronoun) {
		return false
	}
	p := d.npAfter(o, s.to, nil)
	return !p.empty() && d.isPluralAt(d.headIndex(p))
}

// answeredWith: the trigger at k stands in what a perfect "have answered
// with" or "has responded with" lists, before any date.
func (d *doc) answeredWith(k, from int) bool {
	for j := k - 1; j >= from+2 && j >= k-10; j-- {
		if d.timeAt[j] >= 0 || d.toks[j].Norm == ";" {
			return false
		}
		if d.toks[j].Norm == "with" && answerVerbs[d.toks[j-1].Norm] {
			a := j - 2
			for a > from && d.isWord(a, cAdverb) {
				a--
			}
			return d.toks[a].Norm == "have" || d.toks[a].Norm == "has"
		}
	}
	return false
}

// answerVerbs are how states answered.
var answerVerbs = set("answered", "responded", "reacted", "replied", "retaliated")

// seriesNouns gather deeds or people of a kind: "a string of critics ...
// returned"; clauseBreaks end the phrase they open.
var (
	seriesNouns  = set("string", "series", "spate", "wave", "line")
	clauseBreaks = set(",", ";")
)

// phoneVerbs call someone up.
var phoneVerbs = set("called", "phoned", "rang", "contacted", "telephoned")

// manyWords count deeds by the dozen or hundred.
var manyWords = set("dozens", "hundreds", "scores", "thousands")

// barePeopleCounts open a sentence as a count of people with no noun.
var barePeopleCounts = set("several", "many", "some", "most", "others", "dozens", "hundreds", "thousands", "scores")

// presentHabit: trigger m is a verb in the simple present ("deports",
// "arrests") whose object is a bare plural, in a sentence that gives no
// time: a rule or habit, not a deed.
// tallySince: trigger m is a present perfect whose subject counts roughly
// ("at least a dozen of", "dozens of", "several": "have been abducted",
// "have disappeared") and whose sentence bounds it by "since" a year.
func (d *doc) tallySince(m triggerMatch, from, to int) bool {
	have := -1
	// ("have been attacked, abducted": past the verbs it shares)
	for k := m.First - 1; k > from && k >= m.First-5; k-- {
		if n := d.toks[k].Norm; n == "have" || n == "has" {
			have = k
			break
		}
	}
	if have < 0 || !d.anyWord(roughCounts, from, have) {
		return false
	}
	for k := m.Last + 1; k+1 < to; k++ {
		if d.toks[k].Norm != "since" {
			continue
		}
		// (a year or more: "since Sunday" bounds one incident's toll)
		for j := k + 1; j < to && j <= k+3; j++ {
			if tm := d.timeAt[j]; tm >= 0 {
				return d.in.Times[tm].Date.Precision <= vigil.PrecisionYear
			}
		}
	}
	return false
}

var roughCounts = set("dozen", "dozens", "scores", "hundreds", "thousands", "least", "several", "many", "numerous")

// presentPassiveHabit: trigger m is a present passive whose subject is a
// bare plural ("that returned citizens are prosecuted in accordance with
// the law", "dissidents are routinely jailed"): what happens to such
// people, no deed, when the sentence dates nothing.
func (d *doc) presentPassiveHabit(m triggerMatch, s sentInfo) bool {
	k := m.First - 1
	for k > s.from && d.isWord(k, cAdverb) {
		k-- // ("are routinely jailed")
	}
	if m.T.Noun || k <= s.from+1 || d.toks[k].Norm != "are" || !d.isPluralAt(k-1) {
		return false
	}
	// the subject: lower-case words back to the clause's start
	j := k - 1
	for j > s.from && d.toks[j-1].Kind == token.Word && !d.toks[j-1].IsCap() && d.toks[j-1].Norm != "that" && !d.isWord(j-1, cConjunction|cPreposition|cReporting) && k-j < 3 {
		j--
	}
	if d.toks[j].IsCap() || d.isWord(j, cDeterminer|cPossessive|cNumberWord|cPronoun|cQuantifier) || d.toks[j].Kind != token.Word {
		return false
	}
	return !d.anyTime(s.from, s.to)
}

func (d *doc) presentHabit(m triggerMatch, s sentInfo) bool {
	v := d.toks[m.First].Norm
	if m.T.Noun || m.First != m.Last || len(v) < 4 || !strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ss") || m.First == s.from {
		return false
	}
	if b := d.toks[m.First-1]; b.Kind != token.Word || d.isWord(m.First-1, cDeterminer|cPreposition|cBe|cAuxiliary) {
		return false
	}
	o := m.First + 1
	if o >= s.to || d.toks[o].Kind != token.Word || d.isWord(o, cDeterminer|cPossessive|cNumberWord) || d.toks[o].IsCap() || !d.isPluralAt(o) {
		return false
	}
	return !d.anyTime(s.from, s.to)
}

// triggerAlone: sentence s holds no word but trigger m's and an interview's
// speaker label ("A: Sanctions.").
func (d *doc) triggerAlone(s sentInfo, m triggerMatch) bool {
	for k := s.from; k < s.to; k++ {
		if k >= m.First && k <= m.Last || d.toks[k].Kind != token.Word {
			continue
		}
		if k == s.from && k+1 < s.to && d.toks[k+1].Norm == ":" && len(d.toks[k].Text) == 1 {
			continue
		}
		return false
	}
	return true
}

// firstInfinitiveOf is the "to" of the first infinitive when the verb of
// trigger head ("and to widen sanctions", "or to expel") is an infinitive
// joined to it, or -1.
func (d *doc) firstInfinitiveOf(head, cstart, sentFrom int) int {
	for k := head - 1; k >= cstart && k >= head-4 && k >= 1; k-- {
		if d.toks[k].Norm != "to" {
			continue
		}
		if c := d.toks[k-1].Norm; c != "and" && c != "or" {
			return -1
		}
		for j := k - 2; j > sentFrom && j >= k-14; j-- {
			if d.toks[j].Kind == token.Punct && d.toks[j].Norm != "," {
				return -1
			}
			if d.toks[j].Norm == "to" && j+1 < k && d.bareVerbAt(j+1) {
				return j
			}
		}
		return -1
	}
	return -1
}

// bareVerbAt: token k, after "to", reads as a verb ("to ban"), not the
// start of a noun phrase ("to the", "to Turkey", "to 2019").
func (d *doc) bareVerbAt(k int) bool {
	t := d.toks[k]
	return t.Kind == token.Word && !t.IsCap() && !d.is(k, cDeterminer|cPronoun|cPossessive|cNumberWord) && d.timeAt[k] < 0 && d.placeAt[k] < 0
}

// madePossible: "possible" at token k is what a deed made so ("which made
// it possible for him to be extradited"), and the deed was done.
func (d *doc) madePossible(k int) bool {
	return d.toks[k].Norm == "possible" && k >= 2 && d.toks[k-1].Norm == "it" && (d.toks[k-2].Norm == "made" || d.toks[k-2].Norm == "makes")
}

// placeAfter: a place of country cc is named in tokens [from, from+3) of
// the clause ending at end.
func (d *doc) placeAfter(from, end int, cc string) bool {
	for k := from; k < end && k < from+3; k++ {
		if pm := d.placeAt[k]; pm >= 0 && d.in.Places[pm].Place.Country == cc {
			return true
		}
	}
	return false
}

// habitualProtests are the adjectives of protests held again and again.
var habitualProtests = set("repeated", "regular", "frequent", "weekly", "monthly", "periodic", "recurring", "routine", "ongoing", "daily")

// afterPreposition: the noun at token k, past its determiners, is the
// object of a preposition ("in the days after the abductions"): what a
// clause is about, not what it tells done.
func (d *doc) afterPreposition(k, from int) bool {
	j := k - 1
	for j > from && d.is(j, cDeterminer) {
		j--
	}
	return j >= from && d.isWord(j, cPreposition)
}

// shotIn: the words from token k on say the shots hit one of the parts
// ("in the head", "in the side and then twice in the head", "in the legs").
func (d *doc) shotIn(k, end int, parts map[string]bool) bool {
	for j := k; j+1 < end && j <= k+10; j++ {
		if parts[d.toks[j].Norm] && (d.toks[j-1].Norm == "the" || d.toks[j-1].Norm == "his" || d.toks[j-1].Norm == "her" || d.toks[j-1].Norm == "both") {
			return true
		}
		if d.toks[j].Kind == token.Punct {
			return false
		}
	}
	return false
}

var (
	headWords = set("head")
	limbWords = set("leg", "legs", "knee", "knees", "kneecap", "kneecaps", "foot", "feet", "thigh", "thighs", "ankle", "ankles")
)

var shootingWords = set("shot", "shoots", "shooting", "opened", "fired", "firing")

// attributiveBefore are the words after which a participle is an adjective:
// "of jailed journalists", "their detained relatives".
var attributiveBefore = set("of", "their", "his", "her", "its", "our", "your", "the")

// hoaxIn: the paragraph of sentence si calls what it tells a hoax or a
// false alarm.
func (d *doc) hoaxIn(si int) bool {
	para := d.sents[si].Para
	from, to := si, si+1
	for from > 0 && d.sents[from-1].Para == para {
		from--
	}
	for to < len(d.sents) && d.sents[to].Para == para {
		to++
	}
	for k := d.sents[from].from; k < d.sents[to-1].to; k++ {
		if n := d.toks[k].Norm; n == "hoax" || n == "hoaxes" || n == "alarm" && k > 0 && d.toks[k-1].Norm == "false" {
			return true
		}
	}
	return false
}

// heldWeapon: the bombing noun at m names weapons someone carried, held or
// had seized from them ("carrying four grenades", "in possession of
// explosives").
func (d *doc) heldWeapon(m triggerMatch, cstart int) bool {
	for k := m.First - 1; k >= cstart && k >= m.First-8; k-- {
		if holdingWords[d.toks[k].Norm] && d.toks[k+1].Norm != "out" { // (not "carried out an airstrike")
			return true
		}
		if d.toks[k].Kind == token.Punct || d.isWord(k, cPreposition) && d.toks[k].Norm != "of" {
			break
		}
	}
	return false
}

// holdingWords say someone holds or stores weapons.
var holdingWords = set("carrying", "carried", "possessing", "possession", "stockpiling", "stockpiled", "storing", "stored", "smuggling", "transporting")

// purportWords cast doubt on what a film shows.
var purportWords = set("purported", "purporting", "purportedly", "allegedly", "claimed", "claiming", "fabricated")

// namesActor: an actor is named between tokens from and to.
func (d *doc) namesActor(from, to int) bool {
	_, ok := d.actorIn(phrase{from, to})
	return ok
}

// namesActorFor: tokens [from, to) name an actor the pronoun could stand
// for: any actor for "they", a person or an official for "she" or "his".
func (d *doc) namesActorFor(pronoun string, from, to int) bool {
	if pronoun == "they" || pronoun == "them" || pronoun == "their" {
		return d.namesActor(from, to)
	}
	for k := from; k < to; k++ {
		if a := d.actorAt[k]; a >= 0 {
			if kind := d.in.Actors[a].Actor.Kind; kind == "person" || kind == "official" {
				return true
			}
		}
	}
	return false
}

// headlineField: the trigger stands in a record's headline or summary field
// ("source_headline: Blasts outside a school kill six"), which tells the
// record's event as a sentence would.
func (d *doc) headlineField(m triggerMatch) bool {
	line := d.lineStart(d.toks[m.First].Start)
	head := d.text[line:d.toks[m.First].Start]
	i := fieldSep(head)
	if i < 0 || d.fieldLineCount() < 3 {
		return false
	}
	label := fieldName(head[:i])
	return strings.Contains(label, "headline") || strings.Contains(label, "summary") || strings.Contains(label, "description")
}

// fieldLineCount is how many lines of the text open with a field label
// ("Date: ...", "Location ....... ..."): three or more make it a record.
// Counted once per text.
func (d *doc) fieldLineCount() int {
	if d.fieldLines == 0 {
		n := 0
		for rest := d.text; rest != ""; {
			line, after, _ := strings.Cut(rest, "\n")
			rest = after
			i := fieldSep(line)
			if j := strings.Index(line, "..."); j > 0 && (i < 0 || j < i) {
				i = j
			}
			if i > 0 && i <= 30 && strings.IndexFunc(fieldName(line[:i]), notLabelRune) < 0 {
				n++
			}
		}
		d.fieldLines = n + 1
	}
	return d.fieldLines - 1
}

// finerRecordDate: in a dataset record (a row under an export header, or a
// text of field lines) whose year column dated the event ("iyear 2018"),
// the one finer date of that year the record gives ("07/24/2018: An
// explosive device ...", "event_date: 23 May 2021").
func (d *doc) finerRecordDate(dt vigil.Date, m triggerMatch) (vigil.Date, bool) {
	if dt.Precision != vigil.PrecisionYear || len(d.text) > maxDyadText {
		return dt, false
	}
	from, to := 0, len(d.text)
	if _, start, ok := d.exportRow(d.toks[m.First].Start); ok {
		from, to = start, len(d.text)
		if j := strings.IndexByte(d.text[start:], '\n'); j >= 0 {
			to = start + j
		}
	} else if d.fieldLineCount() < 3 {
		return dt, false
	}
	var found vigil.Date
	for _, t := range d.in.Times {
		if t.Start < from || t.End > to || t.Date.Year != dt.Year || t.Date.Precision <= vigil.PrecisionYear || d.isFuture(t.Date) {
			continue
		}
		if !found.IsZero() && found != t.Date {
			return dt, false // (two days of that year: which is the event's?)
		}
		found = t.Date
	}
	return found, !found.IsZero()
}

// stateAfter: a state's name follows at token k ("to the Netherlands").
func (d *doc) stateAfter(k int) bool {
	if k < len(d.toks) && d.toks[k].Norm == "the" {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	if d.countryAt(k) {
		return true
	}
	a := d.actorAt[k]
	return a >= 0 && d.in.Actors[a].Actor.Kind == "state"
}

// diplomaticComplaint words tell a protest a government lodges: "a note of
// protest", "a formal protest", "lodged a protest".
var diplomaticComplaint = set("note", "notes", "letter", "letters", "formal", "diplomatic", "official", "strong",
	"lodged", "lodge", "lodges", "lodging", "filed", "registered", "delivered")

// diplomaticProtest reports whether the noun "protest" at i is a government's
// complaint ("sent a note of protest", "lodged a formal protest") rather than
// a crowd.
func (d *doc) diplomaticProtest(i, cstart int) bool {
	k := i - 1
	if k >= cstart && d.toks[k].Norm == "of" {
		k--
	}
	for k >= cstart && d.is(k, cDeterminer) {
		k--
	}
	return k >= cstart && diplomaticComplaint[d.toks[k].Norm]
}

// destinationIn reports whether sentence s names the place called name only
// as where someone was taken: "renditioned to Ankara".
func (d *doc) destinationIn(s sentInfo, name string) bool {
	for k := s.from + 1; k < s.to; k++ {
		if pm := d.placeAt[k]; pm >= 0 && d.placeAt[k-1] != pm && d.in.Places[pm].Place.Name == name {
			return d.toks[k-1].Norm == "to"
		}
	}
	return false
}

// baitWords tell a message that baits its reader into a hack rather than
// threatens him.
var baitWords = set("link", "links", "malicious", "spyware", "phishing", "attachment", "purportedly", "purporting", "posing", "impersonating", "malware")

// isMoney: the number at token k is a sum of money ("$5,000", "HK$1
// million", "£200"), which its currency sign opens, in the number's token or
// one or two before.
func (d *doc) isMoney(k int) bool {
	for j := k; j >= 0 && j >= k-2; j-- {
		t := d.text[d.toks[j].Start:d.toks[j].End]
		if strings.ContainsAny(t, "$£€¥₹") {
			return true
		}
		if d.toks[j].Kind != token.Number && d.toks[j].Kind != token.Punct {
			return false
		}
	}
	return false
}

// idiomSites name no one after "on the" or "at the": "arrested on the spot",
// "died at the scene".
var idiomSites = set("spot", "scene")

// skipDescription returns the first capitalised word at or after from, past
// a description's lower-case words ("the former army chief of staff Kayumba
// Nyamwasa" -> Kayumba), or from itself when there is none within a few.
func (d *doc) skipDescription(from, to int) int {
	for j := from; j < to && j < from+10; j++ {
		t := d.toks[j]
		if t.Kind != token.Word || t.Norm == "," {
			break
		}
		if t.IsCap() && !(j == from && d.isWord(j, cDeterminer)) {
			return j
		}
	}
	return from
}

// townsman: p is a person named by the town he is from ("Melbourne man Di
// Sanh Duong", "a Leeds woman").
func (d *doc) townsman(p phrase) bool {
	for k := p.from; k < p.to && k+1 < len(d.toks); k++ {
		if d.placeAt[k] >= 0 && d.placeAt[k+1] != d.placeAt[k] && (d.toks[k+1].Norm == "man" || d.toks[k+1].Norm == "woman") {
			return true
		}
	}
	return false
}

// recordingVerbs film or photograph; recordedThings are events and records
// they make a record of; bystanderWords film what they happen to see.
var (
	recordingVerbs = set("filmed", "photographed", "filming", "photographing", "film")
	recordedThings = set("incident", "video", "videos", "clip", "beating", "attack", "assault", "it", "footage", "statement", "fight", "confession")
	bystanderWords = set("passers-by", "passersby", "passer-by", "bystanders", "bystander", "witnesses", "witness", "neighbour", "neighbor", "neighbours", "neighbors", "onlookers")
)

// mediaAccounts are the channels a critic publishes on: "his YouTube
// channel was hijacked".
var mediaAccounts = set("channel", "channels", "page", "pages", "profile", "profiles", "feed")

// watchedSuspects name those the police watch, whose surveillance is no
// deed against an exile.
var watchedSuspects = set("suspect", "suspects", "defendant", "defendants", "accused")

// countedSinceTally: a perfect passive whose subject is a rough count of
// people, since a year or "since" then: "dozens of Tajik dissidents have
// since been detained ... and forcibly returned", "at least nine Rwandans
// have been killed, abducted or have disappeared in Mozambique since 2012";
// or, in any tense, a rough count over a span "alone" marks.
// (A few "arrested since the attack" are its arrests.)
func (d *doc) countedSinceTally(m triggerMatch, s sentInfo) bool {
	if !d.roughCountBefore(m, s) {
		return false
	}
	// "Last year alone, more than thirty people were sentenced for what
	// they wrote online": a tally over a span, in any tense
	for k := s.from + 1; k < s.to; k++ {
		if d.toks[k].Norm == "alone" && d.timeAt[k-1] >= 0 {
			return true
		}
	}
	if !d.presentPerfect(m.First) && !d.anyWord(perfectAux, max(s.from, m.First-8), m.First) {
		return false
	}
	for k := s.from; k+1 < s.to; k++ {
		if d.toks[k].Norm != "since" {
			continue
		}
		if t := d.toks[k+1]; t.Kind == token.Number && len(t.Norm) == 4 || k > s.from && perfectAux[d.toks[k-1].Norm] {
			return true
		}
	}
	return false
}

// roughCountBefore: the words before trigger m in sentence s count people
// roughly ("dozens of", "at least nine", "more than thirty").
func (d *doc) roughCountBefore(m triggerMatch, s sentInfo) bool {
	for k := max(s.from, m.First-16); k < m.First; k++ {
		switch n := d.toks[k].Norm; {
		case n == "dozens" || n == "hundreds" || n == "thousands" || n == "scores":
			return true
		case (n == "least" || n == "than") && k > s.from && (d.toks[k-1].Norm == "at" || d.toks[k-1].Norm == "more"):
			return true
		}
	}
	return false
}

// perfectAux open a perfect tense.
var perfectAux = set("have", "has")

// sinceTally: the perfect trigger m counts its target ("more than 3,000
// individuals", "a number of diplomats") over a span that sentence s opens
// with a year or a named moment after "since".
func (d *doc) sinceTally(m triggerMatch, s sentInfo, target phrase) bool {
	verb := m.First
	if m.T.Noun {
		// ("has imposed sanctions on ...": the verb before the noun)
		for verb = m.First - 1; verb > s.from && verb >= m.First-3 && !strings.HasSuffix(d.toks[verb].Norm, "ed"); verb-- {
		}
	}
	// ("have tried to monitor at least 30 opposition figures since 2015":
	// the perfect of the verb the infinitive hangs from)
	if !d.presentPerfect(verb) && !(verb >= 2 && d.toks[verb-1].Norm == "to" && d.presentPerfect(verb-2)) {
		return false
	}
	counted := false
	// (or the deeds the trigger counts: "initiated more than 3,000 criminal
	// cases against citizens abroad")
	counts := func(k int) bool { return k <= m.Last || k < target.from+3 }
	for k := m.First + 1; k < target.to && counts(k); k++ {
		if k > m.Last && k < target.from {
			continue
		}
		// (a few arrested since the attack are its arrests: "three men")
		n := d.toks[k].Norm
		v := 0
		if d.toks[k].Kind == token.Number {
			v, _ = strconv.Atoi(strings.ReplaceAll(n, ",", ""))
		}
		if n == "number" || n == "than" || n == "dozens" || n == "hundreds" || n == "thousands" || v >= 20 {
			counted = true
		}
	}
	if !counted {
		return false
	}
	for k := s.from; k+1 < s.to; k++ {
		if d.toks[k].Norm != "since" {
			continue
		}
		for j := k + 1; j < s.to && j <= k+3; j++ {
			if t := d.toks[j]; t.Kind == token.Number && len(t.Norm) == 4 || t.Norm == "the" {
				return true
			}
		}
	}
	return false
}

// pressesExile: tokens [from, to) tell that a detention was used to press
// someone else ("questioned about his son's videos", "warned him that his
// sister should stop", "released only after denouncing her brother").
func (d *doc) pressesExile(from, to int) bool {
	for k := from; k < to; k++ {
		switch n := d.toks[k].Norm; n {
		case "questioned", "interrogated", "quizzed":
			// ("and questioned for four days", "and interrogated by
			// officers about his son's work")
			return true
		case "asked":
			if k+1 < to && d.toks[k+1].Norm == "about" {
				return true
			}
		case "warned", "pressure", "pressured", "disown", "disowning", "denounce", "denouncing":
			return true
		case "only":
			if k+1 < to && d.toks[k+1].Norm == "after" {
				return true
			}
		}
	}
	return false
}

// calledFor: tokens [from, to) hold a call or a campaign for something
// ("has repeatedly called for", "lobbied for").
func (d *doc) calledFor(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if n := d.toks[k].Norm; (callVerbs[n] || campaignVerbs[n]) && d.toks[k+1].Norm == "for" {
			return true
		}
	}
	return false
}

// callVerbs call on someone to act, or for something to be done.
var callVerbs = set("call", "calls", "called", "calling")

// correctedClaim: sentence s opens with what the paper's own earlier piece
// said ("The article stated that ...", "The story said ..."), before the
// trigger at first: a correction's account of its error.
func (d *doc) correctedClaim(s sentInfo, first int) bool {
	k := s.from
	for k < first && d.toks[k].Kind != token.Word {
		k++ // ("- The article said ...": a list's dash)
	}
	if k+2 >= first || d.toks[k].Norm != "the" && d.toks[k].Norm != "our" || !ownPieces[d.toks[k+1].Norm] {
		return false
	}
	switch d.toks[k+2].Norm {
	case "said", "stated", "reported", "claimed", "wrote", "suggested":
		return true
	}
	return false
}

// ownPieces name a paper's own earlier writing, which a correction quotes.
var ownPieces = set("article", "story", "piece", "headline")

// patternDescribed: a "pattern", "practice" or "trend" is followed by "in
// which" between tokens from and first.
func (d *doc) patternDescribed(from, first int) bool {
	for k := first - 1; k > from+1 && k >= first-30; k-- {
		if d.toks[k].Norm != "which" || d.toks[k-1].Norm != "in" {
			continue
		}
		for j := k - 2; j >= from && j >= k-14; j-- {
			if n := d.toks[j].Norm; n == "pattern" || n == "practice" || n == "trend" {
				return true
			}
		}
		return false
	}
	return false
}

// deniedInvolvement: a denial of "involvement in", "any role in" or
// "responsibility for" stands between tokens from and first.
func (d *doc) deniedInvolvement(from, first int) bool {
	for k := first - 1; k > from && k >= first-24; k-- {
		n := d.toks[k].Norm
		if (n != "involvement" && n != "role" && n != "responsibility" && n != "part") || k+1 >= first || (d.toks[k+1].Norm != "in" && d.toks[k+1].Norm != "for") {
			continue
		}
		for j := k - 1; j >= from && j >= k-4; j-- {
			switch d.toks[j].Norm {
			case "denied", "denies", "deny", "denying", "rejected", "rejects", "rejecting":
				return true
			}
		}
		return false
	}
	return false
}

// crowdAppended: the clause from token from on ends with a count of the
// people just told of (", maybe sixty people", ", about forty of us").
func (d *doc) crowdAppended(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if d.toks[k].Norm != "," {
			continue
		}
		for j := k + 1; j < to && j <= k+4; j++ {
			if n := d.toks[j].Norm; n == "people" || n == "us" || crowdNouns[n] {
				return d.countedCrowd(k+1, j)
			}
		}
	}
	return false
}

// hackerNouns name who attacks with code.
var hackerNouns = set("hackers", "hacker")

// digitalTargets are what only a cyberattack attacks.
var digitalTargets = set("networks", "network", "servers", "server", "websites", "website", "systems", "computers", "accounts", "account", "email", "emails")

// welcomedBefore: a verb of welcoming stands just before the noun at first,
// past its determiner or a day's possessive ("welcomed Wednesday's arrest",
// "praised the expulsions").
func (d *doc) welcomedBefore(first, from int) bool {
	for k := first - 1; k >= from && k >= first-4; k-- {
		switch n := d.toks[k].Norm; {
		case welcomeVerbs[n]:
			return true
		case n == "'s" || n == "’s" || d.is(k, cDeterminer) || d.timeAt[k] >= 0:
		default:
			return false
		}
	}
	return false
}

// welcomeVerbs judge a measure taken, which the report tells elsewhere.
var welcomeVerbs = set("welcomed", "welcomes", "welcome", "welcoming", "praised", "praises", "hailed", "hails", "applauded", "applauds")
