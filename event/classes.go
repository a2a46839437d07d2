package event

// wordClass is a bit set of the closed word classes of words.go a word belongs
// to. The coder asks these questions of every token many times, so each token's
// classes are looked up once per article (doc.cls) instead of once per question.
type wordClass uint32

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
	return m
}()

// is reports whether token k belongs to any of the classes c.
func (d *doc) is(k int, c wordClass) bool { return d.cls[k]&c != 0 }
