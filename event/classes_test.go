package event

import (
	"testing"

	"vigil/token"
)

// TestClassesMatchSets checks doc.isWord against the word sets it stands for,
// on every token of a text with the words newDoc leaves without classes.
func TestClassesMatchSets(t *testing.T) {
	sets := []struct {
		c     wordClass
		words []map[string]bool
	}{
		{cDeterminer, []map[string]bool{determiners}},
		{cPreposition, []map[string]bool{prepositions}},
		{cConjunction, []map[string]bool{conjunctions}},
		{cAuxiliary, []map[string]bool{auxiliaries}},
		{cReporting, []map[string]bool{reportingVerbs}},
		{cAdverb, []map[string]bool{adverbs}},
		{cSettlement, []map[string]bool{settlementNouns}},
		{cBe, []map[string]bool{beForms}},
		{cPronoun, []map[string]bool{pronouns}},
		{cCompass, []map[string]bool{compassWords, compassAdjectives}},
		{cAccusation, []map[string]bool{accusationVerbs}},
		{cSponsorCue, []map[string]bool{sponsorCues}},
		{cLocative, []map[string]bool{locativePreps}},
		{cOperative, []map[string]bool{operativeNouns}},
		{cAuthority, []map[string]bool{authorityNouns}},
		{cQuantifier, []map[string]bool{quantifiers}},
		{cPossessive, []map[string]bool{possessivePronouns}},
		{cCoordinator, []map[string]bool{coordinators}},
		{cNumberWord, []map[string]bool{numberWords}},
		{cVictim, []map[string]bool{victimNouns}},
		{cPersonNoun, []map[string]bool{personNouns}},
		{cHumanNoun, []map[string]bool{humanNouns}},
		{cStateVerb, []map[string]bool{stateVerbs}},
		{cIrregularPasts, []map[string]bool{irregularPasts}},
		{cIrregularPast, []map[string]bool{irregularPast}},
		{cPastAfterName, []map[string]bool{pastAfterName}},
		{cReducedRelative, []map[string]bool{reducedRelatives}},
		{cApproximator, []map[string]bool{approximators}},
		{cInstitution, []map[string]bool{institutionWords}},
		{cPlaceNoun, []map[string]bool{placeNouns}},
		{cLocationNoun, []map[string]bool{locationNouns}},
		{cGeneric, []map[string]bool{genericNouns}},
		{cStopCue, []map[string]bool{stopCues}},
		{cInvestigate, []map[string]bool{investigateVerbs}},
		{cDiscovery, []map[string]bool{discoveryVerbs}},
		{cLater, []map[string]bool{laterWords}},
		{cEarlier, []map[string]bool{earlierWords}},
		{cNegation, []map[string]bool{negations}},
		{cMonth, []map[string]bool{monthWords}},
		{cModal, []map[string]bool{modalWords}},
		{cIrrealis, []map[string]bool{irrealis}},
		{cFoiled, []map[string]bool{foiledCues}},
		{cAttempted, []map[string]bool{attemptedCues}},
		{cPlanned, []map[string]bool{plannedCues}},
		{cSurvival, []map[string]bool{survivalCues}},
		{cPending, []map[string]bool{pendingWords}},
		{cModified, []map[string]bool{modifiedNouns}},
		{cWarning, []map[string]bool{warningVerbs}},
		{cImperative, []map[string]bool{imperatives}},
		{cLure, []map[string]bool{lureWords}},
	}
	text := "IS fighters and US officials said it's what he's done: the Iranian agents, THE police in North-Western Syria, " +
		"2 or 3 of them. Is it us? It IS. Those authorities blamed Iran's regime, on orders from Tehran; 'n't' — 1st US-led."
	for w := range wordClasses {
		text += " " + w
	}
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(&Input{Text: text, Tokens: token.Tokenize(text)}, &c.lex)
	for k, tk := range d.toks {
		for _, s := range sets {
			want := false
			for _, m := range s.words {
				want = want || m[tk.Norm]
			}
			if got := d.isWord(k, s.c); got != want {
				t.Errorf("token %d %q (norm %q): class %b gives %v, the sets %v", k, tk.Text, tk.Norm, s.c, got, want)
			}
		}
	}
}
