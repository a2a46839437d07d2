package extract

import (
	"testing"

	"vigil"
)

// FuzzExtract feeds the whole pipeline arbitrary text: the coder's rules look
// tokens up by position around every trigger, and no text may make one of
// them read past its sentence or the document (a panic fails the test), nor
// yield an event whose evidence lies outside the text.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"Police arrested her on Monday.",
		"GUPTA, 52, an Indian national, was arrested by Czech authorities on June 30, 2023.",
		"The six men — five teachers and a doctor — were picked up by police.",
		"On 6 April 2021, an airstrike by the military on Hpakant township killed eight civilians.",
		"Timeline\n\nMay 2024 — Sweden\nThe activist was beaten with a hammer.",
		"LYON, 13 June 2025 - The assize court on Thursday sentenced him.",
		"killed, killing ,killing of - - ( ) , and , killed",
		"A man carrying a loaded rifle was arrested. He was charged.",
		"\"", "", ",", "the", "arrested", "3,000 of them were detained",
		"Disappeared teacher appeared in Ankara prison", "Jailed: two men who were beaten",
		"2019-05-02, Dozo - Koglweogo, Kaya LGA, Burkina Faso, best=7",
		"date_start,side_a,side_b,country,best\n2017-02-11,Boko Haram,Civilians,Cameroon,5\n,,,,\n",
		"Date: 2019-04-04\nDyad: Government of Somalia - Al-Shabaab\nDeaths: 11\n",
		"id|side_a|side_b|best\n1|Government of Chad - |Civilians|3\n|\n",
		"\"dyad_name\": \"Government of Mali - JNIM\",\n\"best\": 4", "Dyad ........ A - B\nbest ....", "x:=\"\" - \"",
	} {
		f.Add(seed)
	}
	x := extractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			return
		}
		res := x.Extract(&vigil.Article{ID: "fuzz", Text: text})
		for _, ev := range res.Events {
			for _, sp := range ev.Evidence {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Fatalf("evidence %d-%d outside a text of %d bytes", sp.Start, sp.End, len(text))
				}
			}
		}
	})
}
