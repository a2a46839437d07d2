package place

import (
	"fmt"
	"strings"
	"testing"

	"vigil"
	"vigil/internal/testcorpus"
	"vigil/token"
)

// found renders a mention as "Name/kind/CC" for compact comparisons.
func found(m Mention) string {
	return fmt.Sprintf("%s/%s/%s", m.Name, m.Kind, m.Place.Country)
}

func TestFind(t *testing.T) {
	g := loadBench(t)
	tests := []struct {
		text string
		want []string // every mention, in order
	}{
		{"Nice weather greeted the crowd.", nil},
		// a former name of a big city loses to the place of that name the
		// article's country context points at, even when used twice
		{"LONDON - Britain expelled diplomats over the poisoning in Salisbury. Salisbury was sealed off.",
			[]string{"LONDON/literal/GB", "Britain/literal/GB", "Salisbury/literal/GB", "Salisbury/literal/GB"}},
		{"The rally in Nice drew thousands.", []string{"Nice/literal/FR"}},
		// Prague's name in Polish is a district of Warsaw in an English text
		// about Poland
		{"Exiles in Warsaw met in a hall in Praga.", []string{"Warsaw/literal/PL", "Praga/literal/PL"}},
		// a district of London the GeoNames extract lacks
		{"A man was seen filming the entrance of the building in Chiswick.", []string{"Chiswick/literal/GB"}},
		// the spelling the text keeps, accent and all, names the place
		{"He was shot outside his house in Moravia, a suburb of San José.", []string{"Moravia/literal/CR", "San José/literal/CR"}},
		// a hamlet of one reading (the gazetteer lacks the Costa Rican suburb)
		// is too weak a cue to pull the next name to its country
		{"SAN JOSE, Costa Rica - A man was shot in Moravia. Police searched a house in San Pedro.",
			[]string{"SAN JOSE/literal/CR", "Costa Rica/literal/CR", "Moravia/literal/US", "San Pedro/literal/CR"}},
		// after "the city of", a town, not the country of the name
		{"Police held one suspect in the northwestern city of Liberia and another in San José.",
			[]string{"Liberia/literal/CR", "San José/literal/CR"}},
		// a person's double name in an institution's holds no place, though a
		// part of it spells one
		{"A gunman opened fire at the Ahmet-Kaya cultural centre.", nil},
		{"She reports on the Ortega-Murillo government.", nil},
		// a Crown Court sits in England or Wales
		{"He was jailed at Kingston Crown Court in March.", []string{"Kingston/literal/GB"}},
		// and a town in capitals its country follows is one, not an
		// abbreviation
		{"14 MARCH 2019 - ALMATY, KAZAKHSTAN", []string{"ALMATY/literal/KZ", "KAZAKHSTAN/literal/KZ"}},
		{"A man was stabbed in Hall Green, Birmingham, on Saturday.", []string{"Birmingham/literal/GB"}},
		{"A Winnipeg Police Service spokesperson confirmed the report.", []string{"Winnipeg/literal/CA"}},
		// a country after a town's comma that holds no town of the name
		// places a town of its own there; a list does not
		{"Police raided a house in Barishal, Bangladesh, on Monday.", []string{"Barishal/literal/BD", "Bangladesh/literal/BD"}},
		{"Attacks hit Lahore, India and Nepal.", []string{"Lahore/literal/PK", "India/literal/IN", "Nepal/literal/NP"}},
		// so does a city of millions after a district's comma, when the
		// district's namesakes elsewhere are smaller towns; a list of big
		// cities is still a list
		{"He was taken from a guesthouse in Eastleigh, Nairobi, in November.", []string{"Eastleigh/literal/KE", "Nairobi/literal/KE"}},
		{"She has lived in Lyon, Paris and Marseille.", []string{"Lyon/literal/FR", "Paris/literal/FR", "Marseille/literal/FR"}},
		// an address in brackets, as conflict records give it, places a town
		// the gazetteer knows only elsewhere
		{"Gunmen attacked a mine near Touba (Bafoulabe, Kayes).", []string{"Touba/literal/ML", "Bafoulabe/literal/ML", "Kayes/literal/ML"}},
		// the first word of a longer unknown name is not a town known by
		// another language's name
		{"Fighting went on near Khan Tuman in Syria.", []string{"Syria/literal/SY"}},
		// a hyphenated Arabic name is one name, not the town "Al" and another
		{"Fighting reached Al-Baghuz Fawqani in Syria.", []string{"Syria/literal/SY"}},
		// a town known abroad by its English name, in a list after a preposition
		{"Police in Antwerp, Ghent and Leuven arrested three men.", []string{"Antwerp/literal/BE", "Ghent/literal/BE", "Leuven/literal/BE"}},
		{"Mobile phones were seized.", nil},
		{"He grew up in Mobile, Alabama.", []string{"Mobile/literal/US", "Alabama/literal/US"}},
		{"Jordan Peterson spoke at the event.", nil},
		{"Refugees fled to Jordan last year.", []string{"Jordan/literal/JO"}},
		{"Sydney Smith wrote the letter.", nil},
		{"She flew to Sydney on Monday.", []string{"Sydney/literal/AU"}},
		{"May was a hard month for the party.", nil},
		{"Reading the report, he frowned.", nil},
		{"Split decisions are rare.", nil},
		{"Of the 12 suspects, two were women.", nil},
		{"Chad Brown, a lawyer, declined to comment.", nil},
		{"Troops were sent to Chad.", []string{"Chad/literal/TD"}},
		{"Mr Washington said nothing.", nil},
		{"The court in The Hague ruled on Friday.", []string{"The Hague/literal/NL"}},
		{"Flights from New York to Tel Aviv were cancelled.", []string{"New York/literal/US", "Tel Aviv/literal/IL"}},
		{"He was born in St Petersburg.", []string{"St Petersburg/literal/RU"}},
		{"He was born in St. Petersburg.", []string{"St. Petersburg/literal/RU"}},
		{"The meeting in Paris, Texas, was short.", []string{"Paris/literal/US", "Texas/literal/US"}},
		{"Police in Salisbury, England, found the nerve agent.", []string{"Salisbury/literal/GB", "England/literal/GB"}},
		// a country's name in another language ("Granada" for Grenada) is no
		// match for a city that bears it
		{"Spanish police detained the writer while he was on holiday in Granada.", []string{"Spanish/demonym/ES", "Granada/literal/ES"}},
		{"Police arrested three men in Yorkshire and London.", []string{"Yorkshire/literal/GB", "London/literal/GB"}},
		{"Drones struck the compound in Koya on Wednesday.", []string{"Koya/literal/IQ"}},
		{"Police detained Salem al-Warfalli at a cafe in Tunis's Lafayette district.", []string{"Tunis/literal/TN", "Lafayette/literal/TN"}},
		{"South Africa: an exile was shot dead in Nyanga, a township outside Cape Town.", []string{"South Africa/literal/ZA", "Nyanga/literal/ZA", "Cape Town/literal/ZA"}},
		// a town the apposition puts in another: where no entry of its name
		// lies, a place of its own there
		{"Costa Rica: Julio Perez was shot outside his house in Moravia, a suburb of San José, on Sunday.", []string{"Costa Rica/literal/CR", "Moravia/literal/CR", "San José/literal/CR"}},
		{"It happened on Danish soil.", []string{"Danish/demonym/DK"}},
		{"Tehran said the claims were false.", []string{"Tehran/metonym/IR"}},
		{"Moscow denied any involvement.", []string{"Moscow/metonym/RU"}},
		{"Beijing says it will respond.", []string{"Beijing/metonym/CN"}},
		{"He lives in Moscow.", []string{"Moscow/literal/RU"}},
		{"London and Paris expelled the diplomats.", []string{"London/metonym/GB", "Paris/metonym/FR"}},
		{"Riyadh has denied the report.", []string{"Riyadh/metonym/SA"}},
		{"Ankara accused Stockholm of harbouring dissidents.", []string{"Ankara/metonym/TR", "Stockholm/literal/SE"}},
		{"LONDON — Two men were charged.", []string{"LONDON/literal/GB"}},
		{"WASHINGTON / BRUSSELS - Sanctions followed.", []string{"WASHINGTON/literal/US", "BRUSSELS/literal/BE"}},
		{"KIGALI, Rwanda (AP) — Officials met.", []string{"KIGALI/literal/RW", "Rwanda/literal/RW"}},
		{"The suspects lived in Woluwe-Saint-Pierre.", []string{"Woluwe-Saint-Pierre/literal/BE"}},
		// a street named after a town is not the town
		{"Protesters marched down Oxford Street in London.", []string{"London/literal/GB"}},
		{"Protesters gathered in Lower Manhattan.", []string{"Lower Manhattan/literal/US"}},
		{"The US and the UK expelled diplomats.", []string{"US/literal/US", "UK/literal/GB"}},
		{"IT staff worked late.", nil},
		{"A Paris-based group and pro-Russian hackers.", []string{"Paris/literal/FR", "Russian/demonym/RU"}},
		{"Iranians protested outside the embassy.", nil},
		{"Iran's foreign ministry summoned the envoy.", []string{"Iran/literal/IR"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range g.Find(tt.text) {
			got = append(got, found(m))
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindKremlinIsMetonym(t *testing.T) {
	g := loadBench(t)
	ms := g.Find("The Kremlin declined to comment.")
	if len(ms) != 1 || ms[0].Name != "Kremlin" || ms[0].Kind != vigil.Metonym || ms[0].Place.Country != "RU" {
		t.Errorf("Find(the Kremlin ...) = %+v, want one metonym Kremlin in RU", ms)
	}
}

func TestFindOffsets(t *testing.T) {
	g := loadBench(t)
	text := "Zürich police said the suspect fled to München."
	for _, m := range g.Find(text) {
		if text[m.Start:m.End] != m.Name {
			t.Errorf("mention %q has offsets %d:%d, which hold %q", m.Name, m.Start, m.End, text[m.Start:m.End])
		}
	}
}

func TestFindConcurrent(t *testing.T) {
	g := loadBench(t)
	text := "LONDON — Officials in Paris, Texas, said Moscow denied it; the Kremlin declined to comment."
	want := g.Find(text)
	done := make(chan []Mention)
	for range 4 {
		go func() { done <- g.Find(text) }()
	}
	for range 4 {
		if got := <-done; len(got) != len(want) {
			t.Errorf("concurrent Find found %d mentions, want %d", len(got), len(want))
		}
	}
}

// prefixHyphen passes every word that compound can read as a prefix and a
// place: the prefixes must be of two to five ASCII letters.
func TestCompoundPrefixLengths(t *testing.T) {
	for p := range compoundPrefixes {
		if len(p) < 2 || len(p) > 5 || strings.ToLower(p) != p || !prefixHyphen(p+"-X") {
			t.Errorf("compound prefix %q: prefixHyphen does not let it through", p)
		}
	}
}

// lookupCached answers as find does, for names cached or not, long or short;
// an empty gazetteer finds nothing, with the caches of another served.
func TestLookupCached(t *testing.T) {
	g := loadBench(t)
	sc := &scratch{}
	other := &Gazetteer{}
	for round := range 2 {
		sc.serve(g)
		for i := range g.nodes {
			if i%7 != round {
				continue
			}
			key := g.key(&g.nodes[i])
			for _, k := range []string{key, key + "x", key} {
				want, wok := g.find(k)
				s := g.lookupCached(sc, k)
				if s.idx != want || s.found != wok {
					t.Fatalf("lookupCached(%q) = %d, %v; find: %d, %v", k, s.idx, s.found, want, wok)
				}
				if wok && (s.flags != g.nodes[want].flags || s.named != (g.nodes[want].nIDs > 0)) {
					t.Fatalf("lookupCached(%q): flags %b, named %v; the node's: %b, %d entries", k, s.flags, s.named, g.nodes[want].flags, g.nodes[want].nIDs)
				}
			}
		}
		sc.serve(other)
		if other.lookupCached(sc, "paris").found {
			t.Fatal("an empty gazetteer found paris")
		}
	}
}

// isSurname reads only the capitalised words match listed: it answers as a
// reading of every token would.
func TestSurnameCapWords(t *testing.T) {
	g := loadBench(t)
	sc := &scratch{}
	sc.serve(g)
	every := func(text string, toks []token.Token, cands []cand, key string) bool {
		k := 0
		for i := 1; i < len(toks); i++ {
			b := &toks[i]
			if b.Norm != key || b.Kind != token.Word || !isCap(b) {
				continue
			}
			for k < len(cands) && cands[k].tj <= i-1 {
				k++
			}
			if k < len(cands) && cands[k].ti < i && i < cands[k].tj {
				continue
			}
			if k < len(cands) && cands[k].ti <= i-1 && i-1 < cands[k].tj && !(cands[k].nd != nil && cands[k].nd.first() && cands[k].tj == i) {
				continue
			}
			a := &toks[i-1]
			if a.Kind != token.Word || !isCap(a) || a.IsUpper() || b.IsUpper() {
				continue
			}
			if gapHasNewline(text, a.End, b.Start) || g.isStop(sc, a.Norm) || titles[a.Norm] {
				continue
			}
			if i+1 < len(toks) && toks[i+1].Kind == token.Word && isCap(&toks[i+1]) {
				continue
			}
			return true
		}
		return false
	}
	texts := append(testcorpus.Texts(t), "Smith met Portland Place Jones and Anna Smith in Paris. Portland Street Smith saw Bob Jones.")
	n := 0
	for _, text := range texts {
		toks := token.Tokenize(text)
		cands := g.match(text, toks, sc)
		sc.cands = cands[:0]
		seen := map[string]bool{}
		for _, tk := range toks {
			if tk.Kind != token.Word || seen[tk.Norm] {
				continue
			}
			seen[tk.Norm] = true
			got, want := g.isSurname(text, toks, cands, tk.Norm, sc), every(text, toks, cands, tk.Norm)
			if got != want {
				t.Fatalf("isSurname(%q) = %v, reading every token: %v", tk.Norm, got, want)
			}
			if got {
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no surname found: the test tests nothing")
	}
}

// prefixHyphen finds a '-' at bytes 2 to 5, and only there, whatever the
// length of the word.
func TestPrefixHyphen(t *testing.T) {
	for n := 0; n <= 9; n++ {
		for at := -1; at < n; at++ {
			b := []byte(strings.Repeat("x", n))
			if at >= 0 {
				b[at] = '-'
			}
			// bytes that differ from '-' by one bit, or borrow, must not count
			for _, c := range []byte{',', '.', 0xad, 0x2c, 0x2e} {
				for k := range b {
					if k != at {
						b[k] = c
					}
				}
				want := at >= 2 && at <= 5
				if got := prefixHyphen(string(b)); got != want {
					t.Errorf("prefixHyphen(%q) = %v", b, got)
				}
			}
		}
	}
	// and on every word of up to 8 bytes of '-' and its neighbours
	alphabet := []byte{'-', ',', '.', 0xad, 'x'}
	for n := 0; n <= 8; n++ {
		b := make([]byte, n)
		var gen func(k int)
		gen = func(k int) {
			if k == n {
				want := false
				for i := 2; i < n && i <= 5; i++ {
					want = want || b[i] == '-'
				}
				if got := prefixHyphen(string(b)); got != want {
					t.Errorf("prefixHyphen(%q) = %v", b, got)
				}
				return
			}
			for _, c := range alphabet {
				b[k] = c
				gen(k + 1)
			}
		}
		gen(0)
	}
}
