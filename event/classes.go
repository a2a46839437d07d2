package event

// wordClass is a bit set of the closed word classes of words.go a word belongs
// to. The coder asks these questions of every token many times, so each token's
// classes are looked up once per article (doc.cls, doc.wcls) instead of once per
// question.
type wordClass uint64

const (
	cDeterminer wordClass = 1 << iota
	cPreposition
	cConjunction
	cAuxiliary
	cReporting
	cNegation
	cAdverb
	cIrrealis
	cFoiled
	cAttempted
	cPlanned
	cFocusCue
	cMonth
	cModal
	cCancel
	cDismiss
	cBelief
	cSettlement
	// cClaimCue marks the verbs claimants looks for, so that it skips the other
	// tokens without comparing strings: claimed, blamed, attributed ...
	cClaimCue
	// cTotal marks "total" and "all", which isSummary looks for after "in"
	// and "a".
	cTotal
	// The classes below stand for word sets the roles and candidates ask about
	// token by token; doc.isWord answers them exactly as the sets would.
	cBe          // beForms
	cPronoun     // pronouns
	cCompass     // compassWords and compassAdjectives
	cAccusation  // accusationVerbs
	cSponsorCue  // sponsorCues
	cLocative    // locativePreps
	cOperative   // operativeNouns
	cAuthority   // authorityNouns
	cQuantifier  // quantifiers
	cPossessive  // possessivePronouns
	cCoordinator // coordinators
	// The classes below stand for word sets of the helpers that look at
	// many tokens per candidate (a map lookup each, a tenth of the coder's
	// time); doc.isWord answers them.
	cNumberWord      // numberWords
	cVictim          // victimNouns
	cPersonNoun      // personNouns
	cHumanNoun       // humanNouns
	cStateVerb       // stateVerbs
	cIrregularPasts  // irregularPasts
	cIrregularPast   // irregularPast
	cPastAfterName   // pastAfterName
	cReducedRelative // reducedRelatives
	cApproximator    // approximators
	cInstitution     // institutionWords
	cPlaceNoun       // placeNouns
	cLocationNoun    // locationNouns
	cGeneric         // genericNouns
	cStopCue         // stopCues
	cInvestigate     // investigateVerbs
	cDiscovery       // discoveryVerbs
	cLater           // laterWords
	cEarlier         // earlierWords
	cRecent          // "recent" and "past", which blocked looks for
	cSurvival        // survivalCues
	cPending         // pendingWords
	cModified        // modifiedNouns
	cWarning         // warningVerbs
	cImperative      // imperatives
	cLure            // lureWords
	cClause          // the words clauses looks for: ";", ":", "-", "while", "whereas", "but"
	// cCap is no word class but the shape of a token that starts with a
	// capital (Token.IsCap), which newDoc finds for every token: only
	// doc.cls has it (doc.capital).
	cCap
	// cNameWord is no word class but the shape of a token that can be part of
	// a name, isNameWord's answer, which newDoc finds as it looks up the
	// token's classes: only doc.cls has it.
	cNameWord
	// (wordClass is 64 bits wide)
)

// wordClasses maps a normalised word to its classes; it is built once from the
// word sets and only read afterwards. Each Coder merges it with its trigger
// lexicon's first words (lexicon.index), so that newDoc finds both with one
// lookup per token.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(words map[string]bool, c wordClass) {
		for w := range words {
			m[w] |= c
		}
	}
	add(determiners, cDeterminer)
	add(prepositions, cPreposition)
	add(conjunctions, cConjunction)
	add(auxiliaries, cAuxiliary)
	add(reportingVerbs, cReporting)
	add(negations, cNegation)
	add(adverbs, cAdverb)
	add(irrealis, cIrrealis)
	add(foiledCues, cFoiled)
	add(attemptedCues, cAttempted)
	add(plannedCues, cPlanned)
	add(focusCues, cFocusCue)
	add(monthWords, cMonth)
	add(modalWords, cModal)
	add(cancelWords, cCancel)
	add(dismissWords, cDismiss)
	add(beliefVerbs, cBelief)
	add(settlementNouns, cSettlement)
	add(set("claimed", "claims", "claim", "suspected", "blamed", "accused", "blames", "attributed", "attribute", "attributes"), cClaimCue)
	add(set("total", "all"), cTotal)
	add(beForms, cBe)
	add(pronouns, cPronoun)
	add(compassWords, cCompass)
	add(compassAdjectives, cCompass)
	add(accusationVerbs, cAccusation)
	add(sponsorCues, cSponsorCue)
	add(locativePreps, cLocative)
	add(operativeNouns, cOperative)
	add(authorityNouns, cAuthority)
	add(quantifiers, cQuantifier)
	add(possessivePronouns, cPossessive)
	add(coordinators, cCoordinator)
	add(numberWords, cNumberWord)
	add(victimNouns, cVictim)
	add(personNouns, cPersonNoun)
	add(humanNouns, cHumanNoun)
	add(stateVerbs, cStateVerb)
	add(irregularPasts, cIrregularPasts)
	add(irregularPast, cIrregularPast)
	add(pastAfterName, cPastAfterName)
	add(reducedRelatives, cReducedRelative)
	add(approximators, cApproximator)
	add(institutionWords, cInstitution)
	add(placeNouns, cPlaceNoun)
	add(locationNouns, cLocationNoun)
	add(genericNouns, cGeneric)
	add(stopCues, cStopCue)
	add(investigateVerbs, cInvestigate)
	add(discoveryVerbs, cDiscovery)
	add(laterWords, cLater)
	add(earlierWords, cEarlier)
	add(set("recent", "past"), cRecent)
	add(survivalCues, cSurvival)
	add(pendingWords, cPending)
	add(modifiedNouns, cModified)
	add(warningVerbs, cWarning)
	add(imperatives, cImperative)
	add(lureWords, cLure)
	add(set(";", ":", "-", "while", "whereas", "but"), cClause)
	return m
}()

// setClass is a second bit set of word sets, beside wordClass (whose 64 bits
// are taken), for the sets that rule helpers look up token by token over whole
// sentences or long spans: a map lookup each was a tenth of the coder's
// instructions. newDoc finds a token's set classes with its word classes
// (doc.scls); doc.inSet answers them exactly as the sets would.
type setClass uint64

const (
	sStagedCue          setClass = 1 << iota // stagedCues
	sCaseNoun                                // caseNouns
	sLawEnforcer                             // lawEnforcers
	sAskVerb                                 // askVerbs
	sByline                                  // bylineWords
	sRelative                                // relativeNouns
	sSubordinator                            // subordinators
	sBelief                                  // beliefWords
	sIngAdjective                            // ingAdjectives
	sSubjectPronoun                          // subjectPronouns
	sPhraseCloser                            // phraseClosers
	sRuling                                  // rulingVerbs
	sPublished                               // publishedVerbs
	sRenewal                                 // renewalWords
	sOngoing                                 // ongoingWords
	sOrder                                   // orderWords
	sScene                                   // sceneWords
	sReappear                                // reappearWords
	sSuspect                                 // suspectNouns
	sMainVerbAfterCause                      // mainVerbsAfterCause
)

// addSetClasses calls add for each word of a set with a setClass. It reads
// the sets when lexicon.index runs, after the package's init functions have
// filled those they fill (stagedCues).
func addSetClasses(add func(w string, c setClass)) {
	for w := range stagedCues {
		add(w, sStagedCue)
	}
	for _, s := range []struct {
		words map[string]bool
		c     setClass
	}{
		{caseNouns, sCaseNoun}, {lawEnforcers, sLawEnforcer}, {askVerbs, sAskVerb}, {bylineWords, sByline},
		{relativeNouns, sRelative}, {subordinators, sSubordinator}, {beliefWords, sBelief},
		{ingAdjectives, sIngAdjective}, {subjectPronouns, sSubjectPronoun}, {phraseClosers, sPhraseCloser},
		{rulingVerbs, sRuling}, {publishedVerbs, sPublished}, {renewalWords, sRenewal}, {ongoingWords, sOngoing},
		{orderWords, sOrder}, {sceneWords, sScene}, {reappearWords, sReappear}, {suspectNouns, sSuspect},
		{mainVerbsAfterCause, sMainVerbAfterCause},
	} {
		for w := range s.words {
			add(w, s.c)
		}
	}
}

// inSet reports whether the word of token k is in any of the sets c, as
// their lookups would; a k outside the text is in none.
func (d *doc) inSet(k int, c setClass) bool { return uint(k) < uint(len(d.scls)) && d.scls[k]&c != 0 }

// is reports whether token k belongs to any of the classes c; a k outside
// the text (the token before the first) belongs to none.
func (d *doc) is(k int, c wordClass) bool { return uint(k) < uint(len(d.cls)) && d.cls[k]&c != 0 }

// capital reports whether token k starts with a capital letter, as
// d.toks[k].IsCap() does.
func (d *doc) capital(k int) bool { return d.cls[k]&cCap != 0 }

// isWord reports whether the word of token k belongs to any of the classes c, as
// a lookup of its normal form in their word sets would, also where newDoc gave
// the token no classes ("IS", "'s"): doc.wcls holds every token's. A k
// outside the text belongs to none: a headline may open with its trigger.
func (d *doc) isWord(k int, c wordClass) bool { return uint(k) < uint(len(d.wcls)) && d.wcls[k]&c != 0 }
