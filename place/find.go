package place

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"vigil"
	"vigil/internal/swar"
	"vigil/token"
)

// Mention is one place named in a text.
type Mention struct {
	Start, End int             // byte offsets
	Name       string          // the text as written
	Kind       vigil.PlaceKind // vigil.Literal, vigil.Demonym, vigil.Metonym
	Place      vigil.Place     // the entry it resolved to
}

// cand is a gazetteer match in the text before it is judged and resolved.
type cand struct {
	ti, tj     int   // tokens [ti, tj)
	start, end int   // bytes
	nd         *node // its name
	ids        []int32
	kind       vigil.PlaceKind
	grp        int32 // the number of its name among the article's, see scratch.group
	best       int32 // the entry of ids with the best prior, set by judge for the candidates it keeps
	demonym    int32 // entry the demonym stands for, or -1
	seat       int32 // capital or seat entry for metonymy, or -1
	qual       int32 // index of the qualifying cand (", Texas"), or -1
	chosen     int32
	dateline   bool
	cued       bool
	county     bool   // followed by "County"
	townOf     bool   // after "the city of", "the town of": no country or region
	bracketed  bool   // the qualifier is an address in brackets: "Touba (Bafoulabe, Kayes)"
	unlisted   bool   // no entry of the name lies where its bracketed address says: a place of its own there
	addressEnd bool   // the qualifier ends an address, not a list: "Barishal, Bangladesh." (not "Lahore, India and Nepal")
	written    string // the name as the text writes it, when it has letters beyond ASCII ("San José"); else ""
	crownCourt bool   // followed by "Crown Court" or "Magistrates' Court", which sit in England and Wales
}

// Words before a place name that make it one ("in Reading").
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "outside": true, "into": true,
	"across": true, "toward": true, "towards": true, "via": true, "throughout": true, "around": true,
	"between": true, "within": true, "inside": true, "through": true, "across from": true, "visit": true,
	"visited": true, "visiting": true, "entered": true, "reached": true, "leave": true, "left": true,
	"of": true, "outskirts": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "downtown": true, "suburban": true, "rural": true, "across the": true, "flew": true,
	"returned": true, "based": true, "born": true, "native": true, "capital": true, "city": true,
	"town": true, "village": true, "province": true, "state": true, "region": true, "embassy": true,
	"neighbouring": true, "neighboring": true,
}

// locatives2 are the locatives of two words.
var locatives2 = func() []string {
	var out []string
	for k := range locatives {
		if strings.IndexByte(k, ' ') >= 0 {
			out = append(out, k)
		}
	}
	return out
}()

// isLocative2 is locatives[a+" "+b] without building the string.
func isLocative2(a, b string) bool {
	for _, k := range locatives2 {
		if len(k) == len(a)+1+len(b) && k[len(a)] == ' ' && k[:len(a)] == a && k[len(a)+1:] == b {
			return true
		}
	}
	return false
}

// Titles and words that announce a person's name ("President Jackson").
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "professor": true,
	"president": true, "minister": true, "prime": true, "premier": true, "chancellor": true,
	"king": true, "queen": true, "prince": true, "princess": true, "sir": true, "lord": true, "lady": true,
	"judge": true, "justice": true, "senator": true, "sen": true, "gov": true, "governor": true,
	"rep": true, "representative": true, "mayor": true, "general": true, "gen": true, "col": true,
	"colonel": true, "capt": true, "captain": true, "sgt": true, "sergeant": true, "officer": true,
	"pope": true, "father": true, "rev": true, "reverend": true, "sheikh": true, "ayatollah": true,
	"secretary": true, "ambassador": true, "director": true, "coach": true, "st": true, "saint": true,
	"agent": true, "detective": true, "inspector": true, "lt": true, "lieutenant": true, "commander": true,
	"chief": true, "spokesman": true, "spokeswoman": true, "journalist": true, "dissident": true,
	"activist": true, "actor": true, "actress": true, "singer": true, "player": true, "striker": true,
	"brother": true, "sister": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"uncle": true, "aunt": true, "cousin": true, "named": true, "called": true, "dubbed": true,
}

// Verbs whose subject is an actor: a capital before them stands for its government.
var actorVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "denied": true, "denies": true, "deny": true,
	"accused": true, "accuses": true, "announced": true, "announces": true, "warned": true,
	"warns": true, "rejected": true, "rejects": true, "responded": true, "responds": true,
	"insisted": true, "insists": true, "claimed": true, "claims": true, "condemned": true,
	"condemns": true, "demanded": true, "demands": true, "urged": true, "urges": true,
	"expelled": true, "expels": true, "retaliated": true, "sanctioned": true, "summoned": true,
	"threatened": true, "threatens": true, "vowed": true, "vows": true, "blamed": true, "blames": true,
	"wants": true, "wanted": true, "refused": true, "refuses": true, "believes": true, "believed": true,
	"told": true, "tells": true, "agreed": true, "agrees": true, "ordered": true, "orders": true,
	"called": true, "calls": true, "dismissed": true, "dismisses": true, "protested": true,
	"confirmed": true, "confirms": true, "admitted": true, "admits": true, "hit": true, "struck": true,
	"recalled": true, "recalls": true, "imposed": true, "imposes": true, "backed": true, "backs": true,
	"supports": true, "supported": true, "sent": true, "sends": true, "launched": true, "launches": true,
	"plans": true, "planned": true, "hopes": true, "hoped": true, "fears": true, "feared": true,
}

// Auxiliaries that may stand between a subject and its verb ("Moscow has denied").
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "will": true, "would": true,
	"also": true, "has also": true, "quickly": true, "swiftly": true, "repeatedly": true, "later": true,
	"then": true, "again": true, "did": true, "does": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "can": true, "already": true, "previously": true, "strongly": true,
}

// Words around a demonym that make it a language ("speaks English", "English
// subtitles").
var (
	languageUse = map[string]bool{
		"language": true, "languages": true, "speaker": true, "speakers": true, "speaking": true,
		"translation": true, "translations": true, "subtitles": true, "version": true, "edition": true,
		"word": true, "words": true, "lessons": true, "lesson": true, "teacher": true, "teachers": true,
		"literature": true, "grammar": true, "dub": true, "dubbed": true,
	}
	languageBefore = map[string]bool{
		"speak": true, "speaks": true, "spoke": true, "speaking": true, "learn": true,
		"learning": true, "fluent": true, "translated": true, "native": true,
	}
)

// Suffixes of hyphenated compounds whose first part is a place ("Paris-based").
var compoundSuffixes = map[string]bool{
	"based": true, "born": true, "led": true, "backed": true, "bound": true, "made": true,
	"funded": true, "linked": true, "allied": true, "style": true, "era": true, "run": true,
	"owned": true, "controlled": true, "held": true, "sponsored": true, "registered": true,
	"flagged": true, "headquartered": true, "area": true, "centric": true, "friendly": true,
}

// Prefixes of hyphenated compounds whose second part is a place or demonym ("pro-Russian").
var compoundPrefixes = map[string]bool{
	"pro": true, "anti": true, "non": true, "post": true, "pre": true, "ex": true, "trans": true,
	"mid": true, "all": true, "pan": true,
}

// wordClass says which of the word lists above hold a word, so that judge
// asks a table once for each word next to a name instead of a map for each
// list.
type wordClass uint8

const (
	locativeWord wordClass = 1 << iota
	titleWord
	actorVerb
	auxiliaryWord
	languageUseWord
	languageBeforeWord
	streetWord
)

// wordClasses holds the words of the lists, see classOf.
var wordClasses = func() *classTable {
	t := &classTable{}
	for _, l := range []struct {
		words map[string]bool
		class wordClass
	}{
		{locatives, locativeWord}, {titles, titleWord}, {actorVerbs, actorVerb},
		{auxiliaries, auxiliaryWord}, {languageUse, languageUseWord},
		{languageBefore, languageBeforeWord}, {streetWords, streetWord},
	} {
		for w, ok := range l.words {
			if ok {
				t.add(w, l.class)
			}
		}
	}
	return t
}()

// wordStarts has bit b of wordStarts[n] set when a listed word of n bytes
// starts with byte b: most words are not listed, and this tells at once for
// most of them.
var wordStarts = func() (s [24][4]uint64) {
	for i := range wordClasses.slots {
		if w := wordClasses.slots[i].word; w != "" {
			if len(w) >= len(s) {
				panic("place: listed word too long for wordStarts: " + w)
			}
			s[len(w)][w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return s
}()

// classTable is an open-addressing table from a word to its classes, hashed
// as the name index is: cheaper than a map for the few words of the lists.
type classTable struct {
	slots [1024]classSlot // a power of two, at most half full
	n     int
}

type classSlot struct {
	word  string // "" for an empty slot
	class wordClass
}

func (t *classTable) add(w string, c wordClass) {
	if 2*(t.n+1) > len(t.slots) {
		panic("place: too many listed words")
	}
	low := uint64(len(t.slots) - 1)
	for p := hashName(w) & low; ; p = (p + 1) & low {
		s := &t.slots[p]
		if s.word == "" {
			s.word, s.class = w, c
			t.n++
			return
		}
		if s.word == w {
			s.class |= c
			return
		}
	}
}

// classOf returns the classes of the normalised word w, 0 when no list holds
// it.
func classOf(w string) wordClass {
	if w == "" || len(w) >= len(wordStarts) || wordStarts[len(w)][w[0]>>6]&(1<<(w[0]&63)) == 0 {
		return 0 // no listed word has its length and first byte
	}
	t := wordClasses
	low := uint64(len(t.slots) - 1)
	for p := hashName(w) & low; ; p = (p + 1) & low {
		s := &t.slots[p]
		if s.word == w {
			return s.class
		}
		if s.word == "" {
			return 0
		}
	}
}

const (
	minPopBare     = 15000  // a bare one-word city name without cue needs this population
	minPopInitial  = 100000 // and this at the start of a sentence
	minPopCommon   = 20000  // a common-word name ("Reading") needs a cue and this population
	minPopModifier = 100000 // a city this big followed by a capitalised word modifies it ("Toronto Police")
	minPopAltOnly  = 500000 // a name that is only an alternate name needs a preposition or this population
	maxKeyBytes    = 128
	maxNameTokens  = 16
	nearBonus      = 1.0
	// loneContextPrior is the prior (log10 population) a name's only reading
	// needs to count as the article's context.
	loneContextPrior = 4.0
	maxContext       = 2.5
	dominance        = 2.0
	altPenalty       = 1.0
	// foreignCountryPenalty brings a country read by a name the states table
	// does not give it down to the prior of a small city's name
	foreignCountryPenalty = 14.0
	minPopMajor           = 1000000 // a city this big stays a place after a capitalised word ("Smart Dubai")
	minPopSideBySide      = 200000  // a town this big stays a place beside another name ("Winnipeg Police"; not "Hall Green")
	nearWindow            = 24      // candidates on each side that count as the article's other places
)

// Find recognises and resolves the places of one article's text. Safe for
// concurrent use.
func (g *Gazetteer) Find(text string) []Mention {
	return g.FindTokens(text, token.Tokenize(text))
}

// FindTokens is Find for a text already split by token.Tokenize, so that a
// pipeline tokenizes each text once. toks is only read.
func (g *Gazetteer) FindTokens(text string, toks []token.Token) []Mention {
	return g.AppendTokens(nil, text, toks)
}

// AppendTokens is FindTokens appending the mentions to dst, so that a caller
// that copies them elsewhere can keep one buffer for every text: a Mention
// is large, and a new slice of them per article was a sixth of the bytes the
// extraction allocates.
func (g *Gazetteer) AppendTokens(dst []Mention, text string, toks []token.Token) []Mention {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.serve(g)
	cands := g.match(text, toks, sc)
	sc.cands = cands[:0]
	if len(cands) == 0 {
		return dst
	}
	for k := range cands {
		c := &cands[k]
		if w := text[c.start:c.end]; !token.IsASCII(w) {
			c.written = w
		}
		if c.tj+1 < len(toks) && (toks[c.tj].Norm == "crown" || toks[c.tj].Norm == "magistrates" || toks[c.tj].Norm == "magistrates'") && toks[c.tj+1].Norm == "court" {
			c.crownCourt = true
		}
	}
	nGroups := sc.group(cands)
	g.judge(text, toks, cands, sc, nGroups)
	g.resolve(cands, nGroups, sc)
	g.oneSense(cands, nGroups, sc)
	n := 0
	for i := range cands {
		if cands[i].chosen >= 0 {
			n++
		}
	}
	var out []Mention
	if dst == nil {
		out = make([]Mention, n)
	} else {
		out = slices.Grow(dst, n)[:len(dst)+n]
	}
	n = len(dst)
	for i := range cands {
		c := &cands[i]
		if c.chosen < 0 {
			continue
		}
		m := &out[n] // filled in place: a Mention is large
		n++
		m.Start, m.End, m.Name, m.Kind = c.start, c.end, text[c.start:c.end], c.kind
		if c.unlisted {
			m.Place = vigil.Place{Name: text[c.start:c.end], Country: g.entries[cands[c.qual].chosen].country(), Feature: vigil.FeatureLocal}
		} else {
			m.Place = *g.cachedPlace(sc, c.chosen)
		}
	}
	return out
}

// scratch is the memory of one FindTokens call, kept for the next.
type scratch struct {
	names    nameCache  // the names looked up, see lookupCached
	places   placeCache // see cachedPlace
	namesOf  *Gazetteer // the gazetteer whose names and places are cached
	cands    []cand
	groupOf  []groupSlot     // see group
	surnames map[string]bool // see judge's isSurname
	capWords []int32         // see match
	persons  []bool          // judge's personSeen
	// resolve's
	adds    []int32
	order   []int
	quals   []bool
	regions []int32 // resolveCtx.regions, all zero between calls
	touched []int32 // resolveCtx.touched
	own     []int32 // ownTable.start and end
	first   []pick  // resolve's choice in its first pass
	scores  [][2]float64
	counts  []ownCount
	// oneSense's
	sense []tally
	votes []voteSlot // oneSense's voteTable
}

// accentBonus lifts the entry whose name the text spells with the same
// letters beyond ASCII: a writer who keeps the accent names that place.
const accentBonus = 1.5

// crownCourtBonus lifts the British entry of a town a Crown Court is named
// after.
const crownCourtBonus = 3

// nameCache remembers the last names looked up in the name index, with what
// was found. News asks for the same few thousand words over and over ("The",
// "Iran", "June", "United States"), and a lookup in the index costs up to three
// reads scattered over megabytes (slot, node, key), each a likely miss of the
// processor's cache; one in this small table costs none. It is direct-mapped:
// a name's slot is chosen by its hash, and a new name takes the slot over.
type nameCache [nameCacheSize]nameSlot

const (
	nameCacheSize = 8192 // slots, a power of two: 256 kB
	nameCacheKey  = 23   // longer names are not kept
)

type nameSlot struct {
	nameInfo
	key [nameCacheKey]byte
	n   uint8 // length of the name plus one; 0 for an empty slot
}

// nameInfo is what a lookup found: the node and, so that match need not read
// it, what it needs of it.
type nameInfo struct {
	idx   int32
	found bool
	flags nodeFlags // the node's
	named bool      // the node has entries
}

// serve readies sc's caches for g: those of another gazetteer, whose node
// and entry numbers they hold, are emptied. FindTokens calls it first, for all
// the lookups of the call.
func (sc *scratch) serve(g *Gazetteer) {
	if sc.namesOf != g {
		clear(sc.names[:])
		clear(sc.places[:])
		sc.namesOf = g
	}
}

// placeCache keeps the places of the last entries FindTokens output, by
// entry number: an article repeats its places, and news the same few
// thousand, and making one reads its entry's line of the gazetteer.
type placeCache [512]struct {
	id    int32 // the entry number plus one, 0 for an empty slot
	place vigil.Place
}

// cachedPlace is g.place(id), from sc.places when it was made recently. The
// place is sc's, to be copied; sc must serve g.
func (g *Gazetteer) cachedPlace(sc *scratch, id int32) *vigil.Place {
	s := &sc.places[uint32(id)%uint32(len(sc.places))]
	if s.id != id+1 {
		s.id, s.place = id+1, g.place(id)
	}
	return &s.place
}

// lookupCached is g.find(key), with what match needs of the node, answered
// from sc.names when it was asked recently; sc must serve g.
func (g *Gazetteer) lookupCached(sc *scratch, key string) nameInfo {
	if len(key) >= nameCacheKey {
		return g.nameInfo(g.find(key))
	}
	s := &sc.names[cacheSlot(key)]
	if int(s.n) == len(key)+1 && string(s.key[:len(key)]) == key {
		return s.nameInfo
	}
	s.nameInfo = g.nameInfo(g.find(key))
	s.n = uint8(len(key) + 1)
	copy(s.key[:], key)
	return s.nameInfo
}

// cacheSlot is the slot of a name in the name cache: a hash of its first and
// last eight bytes and its length, cheaper than the index's hash of the whole
// name, which only a name not found in the cache needs.
func cacheSlot(key string) uint32 {
	var w uint64
	switch {
	case len(key) >= 8:
		w = swar.Load64(key) ^ swar.Load64(key[len(key)-8:])<<1
	case len(key) >= 4:
		w = uint64(swar.Load32(key)) | uint64(swar.Load32(key[len(key)-4:]))<<32
	case len(key) > 0:
		w = uint64(key[0]) | uint64(key[len(key)/2])<<8 | uint64(key[len(key)-1])<<16
	}
	h := (w ^ uint64(len(key))) * 0x9e3779b97f4a7c15
	return uint32(h>>40^h>>19) & (nameCacheSize - 1)
}

// nameInfo is what the name cache keeps of a lookup, the key aside.
func (g *Gazetteer) nameInfo(idx int32, found bool) nameInfo {
	if !found {
		return nameInfo{}
	}
	nd := &g.nodes[idx]
	return nameInfo{idx: idx, found: true, flags: nd.flags, named: nd.nIDs > 0}
}

// roleOf is g.role of the node s found, without reading the node again.
func (g *Gazetteer) roleOf(s nameInfo) role {
	if s.flags&roleFlag != 0 {
		if r := g.roles.find(s.idx); r != nil {
			return *r
		}
	}
	return noRole
}

// grow returns b resized to n elements, reusing its memory when it can; the
// elements are not cleared.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{surnames: map[string]bool{}}
}}

// group numbers the names (nodes) of cands from 0 in order of first mention,
// sets each candidate's grp and returns how many there are.
//
// The names are numbered in a small open-addressing table of their own,
// hashed by the place of their key, which tells nodes apart: cheaper than a
// map for the few dozen names of an article.
func (sc *scratch) group(cands []cand) int {
	size := 64
	for size < 2*len(cands) {
		size *= 2
	}
	slots := grow(sc.groupOf, size)
	clear(slots)
	sc.groupOf = slots
	low := uint32(size - 1)
	n := int32(0)
	for k := range cands {
		c := &cands[k]
		h := uint32(c.nd.key.off) * 0x9e3779b1
		p := (h ^ h>>16) & low
		for slots[p].nd != nil && slots[p].nd != c.nd {
			p = (p + 1) & low
		}
		if slots[p].nd == nil {
			slots[p] = groupSlot{nd: c.nd, grp: n}
			n++
		}
		c.grp = slots[p].grp
	}
	return int(n)
}

type groupSlot struct {
	nd  *node
	grp int32
}

// match finds the longest gazetteer names starting at each capitalised word,
// appending them to sc.cands emptied.
func (g *Gazetteer) match(text string, toks []token.Token, sc *scratch) []cand {
	cands := sc.cands[:0]
	if cap(cands) == 0 {
		cands = make([]cand, 0, len(toks)/8+4) // news has about one candidate in ten tokens
	}
	capWords := sc.capWords[:0]
	defer func() { sc.capWords = capWords }()
	var buf [maxKeyBytes]byte
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != token.Word {
			continue
		}
		if s := t.Text; (s != "" && s[0]-'a' < 26) || !isCap(t) {
			// Not a capital (most words start with an ASCII lower-case
			// letter, which tells without the call).
			if prefixHyphen(s) {
				cands = g.compound(text, t, i, cands, sc)
			}
			continue
		}
		capWords = append(capWords, int32(i))
		// The longest name from token i: its node, role and end.
		var bestNd *node
		var bestRole role
		bestTJ := -1
		n := 0 // the bytes of buf in use, once the name is longer than its first word
		for j := i; j < len(toks) && j-i < maxNameTokens; j++ {
			tj := &toks[j]
			if j > i && gapHasNewline(text, toks[j-1].End, tj.Start) {
				break
			}
			if tj.Norm == "." && j > i {
				continue // "St. Petersburg", "Washington, D.C."
			}
			key := tj.Norm // the first word is looked up as it is, without a copy
			if j == i {
				if len(key) > len(buf) {
					break
				}
			} else {
				if n == 0 {
					n = copy(buf[:], t.Norm)
				}
				buf[n] = ' '
				n++
				if n+len(tj.Norm) > len(buf) {
					break
				}
				n += copy(buf[n:], tj.Norm)
				key = unsafe.String(&buf[0], n) // buf is not written during the lookup
			}
			slot := g.lookupCached(sc, key)
			if !slot.found {
				break
			}
			if tj.Kind != token.Punct && (isCap(tj) || tj.Kind == token.Number) {
				r := noRole
				if slot.flags&roleFlag != 0 {
					r = g.role(slot.idx)
				}
				if slot.named || r.demonym >= 0 || slot.flags&stopFlag != 0 {
					bestNd, bestRole, bestTJ = &g.nodes[slot.idx], r, j+1
				}
			}
			if slot.flags&prefixFlag == 0 {
				break
			}
		}
		if bestNd == nil {
			if hasHyphen(t.Text) {
				cands = g.compound(text, t, i, cands, sc)
			}
			continue
		}
		county := false
		// "Suffolk County": a US county, named like some town of it.
		if bestTJ < len(toks) && (toks[bestTJ].Norm == "county" || toks[bestTJ].Norm == "parish") && isCap(&toks[bestTJ]) && bestNd.nIDs > 0 {
			bestTJ++
			county = true
		}
		// "St James's Square", "St Thomas's Hospital": a landmark named after
		// a saint or a king, not a town of the name
		if bestTJ+1 < len(toks) && (toks[bestTJ].Norm == "'s" || toks[bestTJ].Norm == "’s") && isCap(&toks[bestTJ+1]) && possessedLandmarks[toks[bestTJ+1].Norm] {
			i = bestTJ + 1
			continue
		}
		// "Portland Place", "Oxford Street": a street named after a town
		if bestTJ < len(toks) && isCap(&toks[bestTJ]) && !county && classOf(toks[bestTJ].Norm)&streetWord != 0 {
			for k := i + 1; k <= bestTJ; k++ { // the words passed over, in no candidate
				if toks[k].Kind == token.Word && isCap(&toks[k]) {
					capWords = append(capWords, int32(k))
				}
			}
			i = bestTJ
			continue
		}
		// "the northwestern city of Liberia": a town, not the country
		townOf := i >= 2 && toks[i-1].Norm == "of" && townNouns[toks[i-2].Norm]
		cands = append(cands, cand{ti: i, tj: bestTJ, start: t.Start, end: toks[bestTJ-1].End, nd: bestNd, ids: g.ids(bestNd),
			demonym: bestRole.demonym, seat: bestRole.seat, qual: -1, chosen: -1, best: -1, county: county, townOf: townOf})
		i = bestTJ - 1
	}
	return cands
}

// arabicArticles open a hyphenated Arabic name, which is one name.
var arabicArticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true,
	"at": true, "az": true, "an": true, "ul": true, "ed": true, "es": true, "et": true, "ez": true}

// possessedLandmarks follow a name in the possessive to name a landmark:
// "St James's Square". ("Place" is left out: "Paris's Place de la Concorde"
// is in Paris.)
var possessedLandmarks = map[string]bool{"square": true, "street": true, "road": true, "park": true, "hospital": true,
	"church": true, "cathedral": true, "college": true, "wood": true, "cross": true, "palace": true, "gate": true, "chapel": true,
	"abbey": true, "school": true, "lane": true, "avenue": true}

// streetWords end the names of streets and squares.
var streetWords = map[string]bool{"street": true, "road": true, "avenue": true, "place": true, "square": true, "lane": true,
	"boulevard": true, "gardens": true, "terrace": true, "drive": true, "crescent": true, "st": true, "rd": true, "ave": true}

// compound adds the places inside a hyphenated word: "Paris-based",
// "pro-Russian", "Russian-European", "DPRK-U.S.".
func (g *Gazetteer) compound(text string, t *token.Token, i int, cands []cand, sc *scratch) []cand {
	if strings.IndexByte(t.Text, '-') < 0 {
		return cands
	}
	var parts [8][2]int // byte ranges in text
	n, start := 0, t.Start
	for k := t.Start; k <= t.End && n < len(parts); k++ {
		if k == t.End || text[k] == '-' {
			parts[n] = [2]int{start, k}
			n++
			start = k + 1
		}
	}
	if n < 2 {
		return cands
	}
	var lbuf [32]byte
	lower := func(p [2]int) string { // only looked up, not kept: it may be lbuf's
		if l, ok := asciiLower(lbuf[:], text[p[0]:p[1]]); ok {
			return l
		}
		return strings.ToLower(text[p[0]:p[1]])
	}
	var pick [8]bool
	switch {
	case arabicArticles[lower(parts[0])]:
		return cands // "Al-Baghuz", "El-Fasher": one name, not the town "Al"
	case n == 2 && compoundSuffixes[lower(parts[1])]:
		pick[0] = true
	case compoundPrefixes[lower(parts[0])]:
		parts[1][1] = parts[n-1][1] // "anti-U.S.": the rest is the name
		n, pick[1] = 2, true
	default:
		for k := range n {
			r, _ := utf8.DecodeRuneInString(text[parts[k][0]:])
			if !unicode.IsUpper(r) {
				return cands
			}
			// ("Russian-European", but not the "Ahmet-Kaya" centre: a
			// person's double name holds no place, though one part may
			// spell one)
			// (nor "the Ortega-Murillo government", two small towns' names
			// that are a couple's: only states, regions, demonyms and big
			// cities pair off so)
			if w := text[parts[k][0]:parts[k][1]]; !allCapsOrDots(w) {
				if s := g.lookupCached(sc, lower(parts[k])); !s.found || !s.named && g.roleOf(s).demonym < 0 || g.roleOf(s).demonym < 0 && !g.notableName(s) {
					return cands
				}
			}
			pick[k] = true
		}
	}
	for k := range n {
		p := parts[k]
		if !pick[k] || p[0] >= p[1] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[p[0]:]); !unicode.IsUpper(r) {
			continue
		}
		norm, ok := asciiLower(lbuf[:], text[p[0]:p[1]]) // what token.Normalize makes of ASCII
		if !ok {
			norm = token.Normalize(text[p[0]:p[1]])
		}
		s := g.lookupCached(sc, norm)
		if !s.found {
			continue
		}
		demonym := g.roleOf(s).demonym
		if s.flags&stopFlag != 0 || (!s.named && demonym < 0) {
			continue
		}
		nd := &g.nodes[s.idx]
		cands = append(cands, cand{ti: i, tj: i + 1, start: p[0], end: p[1], nd: nd, ids: g.ids(nd),
			demonym: demonym, seat: -1, qual: -1, chosen: -1, best: -1, cued: true})
	}
	return cands
}

// notableName: one of the entries of the name s is a country, a region or a
// city of minPopModifier people or more.
func (g *Gazetteer) notableName(s nameInfo) bool {
	for _, id := range g.ids(&g.nodes[s.idx]) {
		if e := &g.entries[id]; e.feat == 'C' || e.feat == 'R' || e.pop >= minPopModifier {
			return true
		}
	}
	return false
}

// allCapsOrDots: w is written in capitals, as abbreviations are ("DPRK",
// "U.S.").
func allCapsOrDots(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return w != ""
}

// isCap is t.IsCap() without copying the token.
func isCap(t *token.Token) bool {
	if s := t.Text; s != "" {
		if c := s[0]; c < utf8.RuneSelf {
			return c-'A' < 26
		}
	}
	return isCapSlow(t) // as IsCap, no capital in an empty text
}

//go:noinline
func isCapSlow(t *token.Token) bool { return t.IsCap() }

// hasHyphen reports whether s holds a '-': only such words can be compounds.
func hasHyphen(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			return true
		}
	}
	return false
}

// prefixHyphen reports whether s, a word that does not start with a capital,
// may be a compound that compound finds places in: only one that opens with a
// prefix ("pro-Russian", "anti-U.S."), of two to five letters. It spares
// scanning every lower-case word of the text for a hyphen.
func prefixHyphen(s string) bool {
	if len(s) >= 6 {
		// The four bytes at once: a byte of x is zero where s has a '-'.
		x := swar.Load32(s[2:]) ^ 0x2d2d2d2d
		return (x-0x01010101)&^x&0x80808080 != 0
	}
	for i := 2; i < len(s); i++ {
		if s[i] == '-' {
			return true
		}
	}
	return false
}

// asciiLower returns s in lower case, written in buf, when s is ASCII and
// fits; the result aliases buf.
func asciiLower(buf []byte, s string) (string, bool) {
	if len(s) > len(buf) || len(s) == 0 {
		return s, len(s) == 0
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return unsafe.String(&buf[0], len(s)), true
}

func gapHasNewline(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	// The gaps between tokens are mostly a byte or two: a loop costs less
	// than the call of strings.IndexByte.
	for ; a < b; a++ {
		if text[a] == '\n' {
			return true
		}
	}
	return false
}

// sentenceInitial reports whether token i starts a sentence, a line or a quote.
func sentenceInitial(text string, toks []token.Token, i int) bool {
	if i == 0 {
		return true
	}
	p := &toks[i-1]
	if gapHasNewline(text, p.End, toks[i].Start) {
		return true
	}
	if p.Kind == token.Punct {
		switch p.Norm {
		case "(":
			// ("near Wargadud (Mandera)": an address after a name, not a
			// bracket that opens a sentence of its own)
			return !(i >= 2 && toks[i-2].Kind == token.Word && isCap(&toks[i-2]))
		case ".", "!", "?", ":", ";", "\"", "[", "-", "'":
			return true
		}
	}
	return false
}

// datedDash: the line goes on from at with ", <day> <month> <year> —" or
// ", <month> <day> —" (a dateline's date and dash), within a few words.
func datedDash(text string, at int) bool {
	rest := text[at:min(len(text), at+40)]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	dash := -1
	for _, d := range []string{" — ", " – ", " - "} {
		if i := strings.Index(rest, d); i >= 0 && (dash < 0 || i < dash) {
			dash = i
		}
	}
	if dash < 0 {
		return false
	}
	head := rest[:dash]
	return strings.HasPrefix(head, ",") && strings.ContainsAny(head, "0123456789")
}

// labelWords are the labels of a record's field lines that some place shares
// a name with.
var labelWords = map[string]bool{"date": true, "time": true, "source": true, "summary": true, "victim": true, "target": true}

func lineInitial(text string, toks []token.Token, i int) bool {
	return i == 0 || gapHasNewline(text, toks[i-1].End, toks[i].Start)
}

func allUpper(toks []token.Token) bool {
	for k := range toks {
		if toks[k].Kind == token.Word && !isUpper(&toks[k]) {
			return false
		}
	}
	return true
}

// isUpper is t.IsUpper() without copying the token, and without its call
// for an ASCII word with a lower-case letter, as most are.
func isUpper(t *token.Token) bool {
	for i := 0; i < len(t.Text); i++ {
		c := t.Text[i]
		if c >= utf8.RuneSelf {
			break
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return t.IsUpper()
}

// judge decides which candidates are places and of which kind; rejected ones get
// no ids and no demonym.
func (g *Gazetteer) judge(text string, toks []token.Token, cands []cand, sc *scratch, nGroups int) {
	// personSeen holds the names read as a person's earlier in the text, by
	// group. Made at the first such name.
	var personSeen []bool
	seePerson := func(gi int32) {
		if personSeen == nil {
			personSeen = grow(sc.persons, nGroups)
			clear(personSeen)
			sc.persons = personSeen
		}
		personSeen[gi] = true
	}
	// sc.surnames remembers the answers of isSurname, asked for few names
	// of an article and often again for the same.
	clear(sc.surnames)
	isSurname := func(key string) bool {
		v, ok := sc.surnames[key]
		if !ok {
			v = g.isSurname(text, toks, cands, key, sc)
			sc.surnames[key] = v
		}
		return v
	}
	// candStart returns the first candidate from k on, or before it, that
	// starts at token ti, or -1. cands are sorted by ti (compounds share a
	// token), so it is found next to k.
	candStart := func(k, ti int) int {
		j := k
		for j > 0 && cands[j-1].ti >= ti {
			j--
		}
		for j < len(cands) && cands[j].ti < ti {
			j++
		}
		if j < len(cands) && cands[j].ti == ti {
			return j
		}
		return -1
	}
	for k := range cands {
		c := &cands[k]
		span := toks[c.ti:c.tj]
		words := 0
		for i := range span {
			if span[i].Kind == token.Word {
				words++
			}
		}
		prev, next := "", ""
		var prevTok, nextTok *token.Token
		if c.ti > 0 {
			prevTok = &toks[c.ti-1]
			prev = prevTok.Norm
			if gapHasNewline(text, prevTok.End, toks[c.ti].Start) {
				prevTok, prev = nil, ""
			}
		}
		if c.tj < len(toks) && !gapHasNewline(text, toks[c.tj-1].End, toks[c.tj].Start) {
			nextTok = &toks[c.tj]
			next = nextTok.Norm
		}
		prevClass := classOf(prev)
		initial := sentenceInitial(text, toks, c.ti)
		upper := allUpper(span)

		// Datelines: "LONDON —", "WASHINGTON / BRUSSELS -", "KIGALI, Rwanda (AP) —".
		if upper && words > 0 {
			if lineInitial(text, toks, c.ti) && (next == "-" || next == "/" || next == "," || next == "(" || next == ":" ||
				(nextTok != nil && isCap(nextTok) && !nextTok.IsUpper() && int(c.nd.key.n) > 3)) {
				c.dateline = true
			} else if prev == "/" && k > 0 && cands[k-1].dateline && cands[k-1].tj == c.ti-1 {
				c.dateline = true
			}
		}
		// ("Date: 2019-08-09" opening a record's line is a field's label,
		// not Date in Japan)
		if (next == ":" || next == "=") && lineInitial(text, toks, c.ti) && words == 1 && labelWords[strings.ToLower(span[0].Norm)] {
			c.reject()
			continue
		}
		if !upper && next == ":" && lineInitial(text, toks, c.ti) && len(c.ids) > 0 {
			c.dateline = true // "Muscat: The festival opened ..."
		}
		// "Douai, 13 June 2025 — The court ...": a town and a date before a dash
		if !upper && next == "," && lineInitial(text, toks, c.ti) && len(c.ids) > 0 && datedDash(text, toks[c.tj-1].End) {
			c.dateline = true
		}
		if k > 0 && cands[k-1].dateline && cands[k-1].tj+1 == c.ti && prev == "," {
			c.dateline = true
			cands[k-1].qual = int32(k)
		}
		// Abbreviations in capitals must be known ones ("US", "UAE"), not "IT" or "ME".
		// ("ALMATY, KAZAKHSTAN": a town in capitals its country follows is one)
		countryAfter := next == "," && k+1 < len(cands) && cands[k+1].ti == c.tj+1 && len(cands[k+1].ids) > 0 && g.entries[cands[k+1].ids[0]].feat == 'C'
		if upper && !c.dateline && int(c.nd.key.n) <= 6 && !c.nd.abbrev() && c.demonym < 0 && !countryAfter {
			c.reject()
			continue
		}
		if upper && prevTok != nil && prevTok.Kind == token.Number && !g.isArea(c) {
			c.reject() // "500 BC"
			continue
		}
		// An abbreviation written in lower case ("Car" is not CAR).
		if c.nd.abbrev() && !upper && int(c.nd.key.n) <= 4 && c.demonym < 0 {
			c.reject()
			continue
		}
		if c.nd.stop() {
			c.reject()
			continue
		}
		if prevTok != nil && (prevClass&titleWord != 0 || (prev == "." && c.ti > 1 && classOf(toks[c.ti-2].Norm)&titleWord != 0)) {
			seePerson(c.grp)
			c.reject()
			continue
		}
		listCue := false
		if (prev == "," || prev == "and" || prev == "or") && k > 0 && cands[k-1].tj == c.ti-1 && cands[k-1].accepted() {
			listCue = true
		}
		qualAfter := false
		if next == "," && k+1 < len(cands) && cands[k+1].ti == c.tj+1 && (g.isArea(&cands[k+1]) || g.townInCity(c, &cands[k+1])) {
			qualAfter = true
			c.qual = int32(k + 1)
			c.addressEnd = !listCue && endsAddress(toks, cands, k+1)
		} else if k > 0 && c.ti >= 2 && toks[c.ti-1].Norm == "'s" && cands[k-1].tj == c.ti-1 && cands[k-1].qual < 0 && len(cands[k-1].ids) > 0 && (c.tj < len(toks) && partNouns[toks[c.tj].Norm]) {
			// "Tunis's Lafayette district": a part of the town before it
			qualAfter = true
			c.qual, c.bracketed = int32(k-1), true
		} else if q := partOfPlace(toks, cands, k); q >= 0 {
			// "Moravia, a suburb of San José": in the place the apposition
			// names, or a place of its own there
			qualAfter = true
			c.qual, c.bracketed = int32(q), true
		} else if next == "(" {
			// "Touba (Bafoulabe, Kayes)": the address in brackets, as conflict
			// records give it, ends in the widest area
			if q := g.bracketArea(toks, cands, k); q >= 0 {
				qualAfter = true
				c.qual, c.bracketed = int32(q), true
			}
		}
		prepCue := prevTok != nil && (prevClass&locativeWord != 0 || (c.ti > 1 && isLocative2(toks[c.ti-2].Norm, prev)))
		c.cued = c.cued || prepCue || qualAfter || listCue || c.dateline

		// Demonyms: "Danish". Plural nouns for people ("Iranians") are not
		// place names, nor are languages ("speaks English", "English subtitles").
		demonym := c.demonym
		if demonym >= 0 && (g.pluralDemonym(sc, g.key(c.nd)) || classOf(next)&languageUseWord != 0 || (prevTok != nil && prevClass&languageBeforeWord != 0)) {
			demonym = -1
		}
		best := g.bestPrior(c.ids)
		c.best = best
		if best < 0 {
			c.ids = nil
			c.demonym = demonym
			if demonym >= 0 {
				c.kind = vigil.Demonym
			}
			continue
		}
		e := &g.entries[best]
		country := e.feat == 'C'
		strong := country || (e.supp && e.feat != 'P') || (e.feat == 'R' && !c.nd.common())
		prevCand := candStart(k, c.ti-1)
		prevCap := prevTok != nil && prevTok.Kind == token.Word && isCap(prevTok) && !sentenceInitial(text, toks, c.ti-1) &&
			(prevCand < 0 || (cands[prevCand].nd != nil && cands[prevCand].nd.first() && cands[prevCand].tj == c.ti)) &&
			!g.isStop(sc, prev) && prevClass&locativeWord == 0
		nextCap := nextTok != nil && nextTok.Kind == token.Word && isCap(nextTok) && candStart(k, c.tj) < 0 && !g.isStop(sc, next)
		big := e.pop >= minPopModifier || e.feat == 'K'

		// "in Hall Green, Birmingham": two small places' names side by side
		// are one name no gazetteer holds, not Hall in Germany and Green in Ohio
		nextAdjacent := nextTok != nil && nextTok.Kind == token.Word && isCap(nextTok) && !nextTok.IsUpper() && nextTok.Start == toks[c.tj-1].End+1 && candStart(k, c.tj) >= 0
		prevAdjacent := prevTok != nil && prevTok.Kind == token.Word && isCap(prevTok) && !prevTok.IsUpper() && prevTok.End+1 == toks[c.ti].Start && prevCand >= 0 && cands[prevCand].tj == c.ti
		ok := true
		switch {
		case words == 1 && !country && !c.dateline && e.pop < minPopSideBySide && (nextAdjacent && g.smallAt(cands, candStart(k, c.tj)) || prevAdjacent && g.smallAt(cands, prevCand)):
			ok = false
		case c.nd.first() && words == 1 && nextTok != nil && nextTok.Kind == token.Word && isCap(nextTok) && !prepCue:
			seePerson(c.grp)
			ok = false
		case country:
		case words == 1 && !c.cued && nextTok != nil && nameParticleAfter(toks, c.tj):
			// "Salem al-Warfalli", "Jordan bin Saleh": a given name before a
			// surname's particle
			seePerson(c.grp)
			ok = false
		case words == 1 && nextCap && !c.cued && e.pop < minPopMajor && prevTok != nil && prevTok.Kind == token.Word && isCap(prevTok) && !prevTok.IsUpper() &&
			prevCand < 0 && !g.isStop(sc, prev) && prevClass&locativeWord == 0:
			// "Julio Cortés Baltodano": a word between two capitalised words
			// that are no places is a name's, even a region's name
			ok = false
		case c.nd.first() && words == 1 && !strong && !prepCue && !c.dateline && e.pop < minPopMajor:
			ok = false // "Paul", "Mary" alone are people more often than towns
		case c.nd.common() && !strong && (!c.cued || e.pop < minPopCommon || (initial && !prepCue && !c.dateline)):
			ok = false
		case c.nd.altOnly() && !strong && !prepCue && !listCue && e.pop < minPopAltOnly: // ("in Antwerp, Ghent and Leuven")
			ok = false
		case c.nd.altOnly() && words == 1 && nextCap && (!strong || e.pop < minPopMajor && nextTok.Start == toks[c.tj-1].End+1 && !nextTok.IsUpper()):
			ok = false // "near Khan Tuman", "in Hall Green": the first word of a longer name, not the town "Khan"
		case words > 1 && !prevCap:
		case prevCap && !c.cued && !strong && e.pop < minPopMajor:
			if !big {
				seePerson(c.grp)
			}
			ok = false
		case !prepCue && !strong && e.pop < minPopMajor && isSurname(g.key(c.nd)):
			ok = false
		case nextCap && !c.cued && !strong && !big:
			ok = false
		case personSeen != nil && personSeen[c.grp] && !prepCue:
			ok = false
		case c.cued:
		case strong:
		case initial && e.pop < minPopInitial:
			ok = false
		case e.pop < minPopBare:
			ok = false
		case c.seat < 0 && e.feat != 'K' && g.actorVerbAfter(toks, c.tj) && !strong:
			// "Jackson said": a surname, not a city.
			ok = false
		}
		if !ok || (demonym >= 0 && (!c.cued || e.pop < 100000) && !country) {
			// Not a place; perhaps a demonym ("Canadian", also a town in Texas).
			c.ids = nil
			c.demonym = demonym
			if demonym >= 0 {
				c.kind = vigil.Demonym
			}
			continue
		}
		c.demonym = -1
		c.kind = vigil.Literal
		if (c.seat >= 0 || e.feat == 'K') && !prepCue && g.actorVerbAfter(toks, c.tj) {
			c.kind = vigil.Metonym
		} else if c.seat >= 0 && g.entries[c.seat].feat == 'L' && !prepCue {
			c.kind = vigil.Metonym // "the Kremlin", "the White House"
		}
	}
	// "London and Paris expelled ...": a capital joined to a metonym is one too.
	for k := len(cands) - 2; k >= 0; k-- {
		c, n := &cands[k], &cands[k+1]
		if c.kind != vigil.Literal || n.kind != vigil.Metonym || !c.accepted() || n.ti != c.tj+1 {
			continue
		}
		if j := toks[c.tj].Norm; j != "and" && j != "," {
			continue
		}
		if b := c.bestID(); c.seat >= 0 || (b >= 0 && g.entries[b].feat == 'K') {
			c.kind = vigil.Metonym
		}
	}
}

// smallAt: candidate k is one word read as a place smaller than a major
// town, and no country.
func (g *Gazetteer) smallAt(cands []cand, k int) bool {
	c := &cands[k]
	if c.tj-c.ti != 1 {
		return false
	}
	b := c.best // (judged before, perhaps rejected since)
	if len(c.ids) > 0 {
		b = g.bestPrior(c.ids)
	}
	return b >= 0 && g.entries[b].feat != 'C' && g.entries[b].pop < minPopSideBySide
}

// isSurname reports whether key is the second word of a capitalised pair
// that no place name covers ("Barack Obama", "Horatio Nelson"): a later bare
// "Nelson" is the person.
//
// Only a capitalised word outside a longer name can be one: match listed them
// in sc.capWords (words, each capitalised), and only those are read.
func (g *Gazetteer) isSurname(text string, toks []token.Token, cands []cand, key string, sc *scratch) bool {
	k := 0
	for _, w := range sc.capWords {
		i := int(w)
		if i < 1 {
			continue
		}
		b := &toks[i]
		if len(b.Norm) != len(key) || b.Norm != key {
			continue // the tests below, first for the most words fail them
		}
		// k only moves forward, to the same candidate whichever tokens
		// before were skipped.
		for k < len(cands) && cands[k].tj <= i-1 {
			k++
		}
		if k < len(cands) && cands[k].ti < i && i < cands[k].tj {
			continue // inside a longer name
		}
		if k < len(cands) && cands[k].ti <= i-1 && i-1 < cands[k].tj && !(cands[k].nd != nil && cands[k].nd.first() && cands[k].tj == i) {
			continue // after a place name, unless it is a given name ("Maria Diaz")
		}
		a := &toks[i-1]
		if a.Kind != token.Word || !isCap(a) || a.IsUpper() || b.IsUpper() {
			continue
		}
		if gapHasNewline(text, a.End, b.Start) || g.isStop(sc, a.Norm) || classOf(a.Norm)&titleWord != 0 {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Kind == token.Word && isCap(&toks[i+1]) {
			continue // a longer name: an organisation more likely than a person
		}
		return true
	}
	return false
}

// pluralDemonym reports whether key is the plural of another demonym ("iranians").
func (g *Gazetteer) pluralDemonym(sc *scratch, key string) bool {
	if len(key) < 4 || key[len(key)-1] != 's' {
		return false
	}
	return g.roleOf(g.lookupCached(sc, key[:len(key)-1])).demonym >= 0
}

// isStop reports whether norm is a name that is never a place.
func (g *Gazetteer) isStop(sc *scratch, norm string) bool {
	return g.lookupCached(sc, norm).flags&stopFlag != 0
}

func (c *cand) reject() {
	c.ids = nil
	c.demonym = -1
}

func (c *cand) accepted() bool { return len(c.ids) > 0 || c.demonym >= 0 }

// bestID is g.bestPrior(c.ids) once judge has run: the entry it found when
// it kept the candidate's ids, -1 when it dropped them.
func (c *cand) bestID() int32 {
	if len(c.ids) == 0 {
		return -1
	}
	return c.best
}

// bracketArea is the last area named inside the brackets right after
// candidate k, or -1.
func (g *Gazetteer) bracketArea(toks []token.Token, cands []cand, k int) int {
	c := &cands[k]
	end := -1
	for j := c.tj + 1; j < len(toks) && j <= c.tj+8; j++ {
		if toks[j].Norm == ")" {
			end = j
			break
		}
	}
	q := -1
	for n := k + 1; n < len(cands) && end >= 0 && cands[n].ti < end; n++ {
		if g.isArea(&cands[n]) {
			q = n
		}
	}
	return q
}

// nameParticleAfter reports whether the tokens from i are a surname's
// particle and a capitalised word ("al-Warfalli", "bin Salman", "van Dijk").
func nameParticleAfter(toks []token.Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != token.Word {
		return false
	}
	n := toks[i].Norm
	if strings.HasPrefix(n, "al-") || strings.HasPrefix(n, "el-") {
		return len(toks[i].Text) > 3 && unicode.IsUpper(rune(toks[i].Text[3]))
	}
	switch n {
	case "bin", "ibn", "bint", "abu", "van", "von", "ben":
		return i+1 < len(toks) && isCap(&toks[i+1])
	}
	return false
}

// partOfPlace is the candidate an apposition after cands[k] says it is
// part of ("Moravia, a suburb of San José", "Sykhiv, a district in
// Lviv"), or -1.
func partOfPlace(toks []token.Token, cands []cand, k int) int {
	j := cands[k].tj
	if j+3 >= len(toks) || toks[j].Norm != "," || (toks[j+1].Norm != "a" && toks[j+1].Norm != "an" && toks[j+1].Norm != "the") {
		return -1
	}
	for j += 2; j < len(toks) && j <= cands[k].tj+5; j++ {
		if !partNouns[toks[j].Norm] {
			continue
		}
		if j+2 < len(toks) && (toks[j+1].Norm == "of" || toks[j+1].Norm == "in" || toks[j+1].Norm == "near" || toks[j+1].Norm == "outside") {
			for n := k + 1; n < len(cands) && cands[n].ti <= j+3; n++ {
				if cands[n].ti == j+2 || cands[n].ti == j+3 && toks[j+2].Norm == "the" {
					return n
				}
			}
		}
		return -1
	}
	return -1
}

// townNouns before "of" name a town: "the city of Liberia".
var townNouns = map[string]bool{"city": true, "town": true, "village": true, "port": true, "municipality": true, "township": true}

// townOfPenalty takes a country's or region's reading out of the running
// after "the city of".
const townOfPenalty = 30

// partNouns name a part of a town or region.
var partNouns = map[string]bool{"suburb": true, "district": true, "neighbourhood": true, "neighborhood": true,
	"borough": true, "quarter": true, "town": true, "village": true, "municipality": true, "commune": true, "city": true,
	"township": true, "settlement": true}

// isArea reports whether a candidate can qualify a place before it: a country or
// a region ("Paris, Texas").
// townInCity: c, followed by a comma and q, names a district of the city q
// names ("Eastleigh, Nairobi", "Hall Green, Birmingham"): q is a city of a
// million people, and no reading of c is one ("Paris, London" is a list).
func (g *Gazetteer) townInCity(c, q *cand) bool {
	if len(c.ids) == 0 || c.tj-c.ti != 1 && c.tj-c.ti != 2 {
		return false
	}
	major := false
	for _, id := range q.ids {
		if e := &g.entries[id]; e.feat != 'C' && e.feat != 'R' && e.pop >= minPopMajor {
			major = true
		}
	}
	if !major {
		return false
	}
	for _, id := range c.ids {
		if g.entries[id].pop >= minPopMajor || g.entries[id].feat == 'C' || g.entries[id].feat == 'R' {
			return false
		}
	}
	return true
}

func (g *Gazetteer) isArea(c *cand) bool {
	for _, id := range c.ids {
		if f := g.entries[id].feat; f == 'C' || f == 'R' {
			return true
		}
	}
	return false
}

// actorVerbAfter reports whether the tokens from i start with a speech or action
// verb, possibly after an auxiliary.
func (g *Gazetteer) actorVerbAfter(toks []token.Token, i int) bool {
	for n := 0; n < 3 && i < len(toks); n, i = n+1, i+1 {
		c := classOf(toks[i].Norm)
		if c&actorVerb != 0 {
			return true
		}
		if c&auxiliaryWord == 0 {
			return false
		}
	}
	return false
}

func (g *Gazetteer) bestPrior(ids []int32) int32 {
	if len(ids) == 1 {
		return ids[0] // its prior is a number, more than -Inf
	}
	best, bestScore := int32(-1), math.Inf(-1)
	for _, id := range ids {
		if s := g.prior(&g.entries[id]); s > bestScore {
			best, bestScore = id, s
		}
	}
	return best
}

// resolve picks one entry per accepted candidate: the population prior, the
// countries and regions the article names, its dateline, the qualifier after the
// name, and nearness to the other places of the article.
func (g *Gazetteer) resolve(cands []cand, nGroups int, sc *scratch) {
	ctx := resolveCtx{regions: grow(sc.regions, len(g.regions)), touched: sc.touched[:0]}
	defer func() {
		// Leave the counts all zero for the next article.
		for _, r := range ctx.touched {
			ctx.regions[r] = 0
		}
		sc.regions, sc.touched = ctx.regions, ctx.touched[:0]
	}()
	// own lists what each name (group) added to the context: a name is not
	// evidence for itself ("Salisbury" read as Harare must not vote for
	// Zimbabwe), however often the article repeats it. adds[k] is the entry
	// candidate k added, or -1.
	adds := grow(sc.adds, len(cands))
	sc.adds = adds
	nAdds := 0
	for k := range cands {
		c := &cands[k]
		var id int32 = -1
		switch {
		case len(c.ids) == 0 && c.demonym >= 0:
			id = c.demonym
		case len(c.ids) > 0:
			// (a village of one reading is weak evidence: "Moravia", a
			// suburb the gazetteer lacks, read as a hamlet in New York, must
			// not pull "San Pedro" to California)
			if b := c.best; g.entries[b].feat == 'C' || g.entries[b].feat == 'R' || c.dateline || g.dominant(c.ids, b) && (len(c.ids) > 1 || g.entries[b].prior >= loneContextPrior) {
				id = b
			}
		}
		adds[k] = id
		if id < 0 {
			continue
		}
		nAdds++
		e := &g.entries[id]
		if e.cc[0] != 0 {
			ctx.addCountry(e.cc, 1)
			if c.dateline && ctx.dateline[0] == 0 {
				ctx.dateline = e.cc
			}
		}
		if e.admin1 >= 0 && e.feat == 'R' {
			ctx.addRegion(e.admin1, 1)
		}
	}
	var own ownTable // made for the first name of more than one entry: the others need none
	ownMade := false
	// Qualifiers first, so the names they qualify can use them.
	order := sc.order[:0]
	for k := range cands {
		if cands[k].qual < 0 {
			order = append(order, k)
		}
	}
	quals := grow(sc.quals, len(cands))
	clear(quals)
	sc.quals = quals
	for k := range cands {
		if cands[k].qual >= 0 {
			order = append(order, k)
			quals[cands[k].qual] = true
		}
	}
	sc.order = order
	first := grow(sc.first, len(cands)) // each written in the first pass before it is read in the second
	sc.first = first
	scores := sc.scores[:0] // of the first pass, for the second: s and sNear of each entry, see pick
	defer func() { sc.scores = scores[:0] }()
	for pass := 0; pass < 2; pass++ {
		for _, k := range order {
			c := &cands[k]
			if len(c.ids) == 0 {
				if c.demonym >= 0 {
					c.chosen = c.demonym
				}
				continue
			}
			if pass == 1 && len(c.ids) == 1 {
				continue
			}
			var q []int32 // what the qualifier may be: "Georgia" the state or the country
			if c.qual >= 0 {
				q = cands[c.qual].ids
			}
			isQual := quals[k]
			cctx := &ctx
			if c.dateline && c.qual < 0 {
				cctx = &emptyContext // a dateline names a well-known place: the article's places follow from it, not it from them
			}
			// The best entry without nearness. The second pass finds the
			// first's: nothing it reads has changed (the context is as it
			// was, and the scores do not depend on what the others chose).
			// The second pass looks at nearness for the names of more
			// than one entry: the first keeps their scores for it.
			nearNext := len(c.ids) > 1 && cctx == &ctx
			best, bestScore := int32(-1), math.Inf(-1)
			switch {
			case len(c.ids) == 1:
				best = c.ids[0] // the only one, whatever its score (a number)
			case pass == 0:
				// the name's own readings, in every place the article uses
				// it, are not evidence for it
				if !ownMade {
					own, ownMade = g.ownContext(cands, adds, nGroups, nAdds, sc), true
				}
				mine := own.of(c.grp)
				if cctx == &ctx {
					ctx.take(mine, -1)
				}
				off := int32(len(scores))
				for j, id := range c.ids {
					s, sNear := g.score(id, g.altAt(c.nd, j), q, isQual, c, cctx)
					if g.entries[id].feat == 'C' && !g.stateNames[c.nd] {
						s, sNear = s-foreignCountryPenalty, sNear-foreignCountryPenalty
					}
					if s > bestScore {
						best, bestScore = id, s
					}
					if nearNext {
						scores = append(scores, [2]float64{s, sNear})
					}
				}
				if cctx == &ctx {
					ctx.take(mine, +1)
				}
				first[k] = pick{id: best, score: bestScore, scores: off}
			default:
				best, bestScore = first[k].id, first[k].score
			}
			if pass == 1 && nearNext {
				// Nearness to the article's other places can lift an entry
				// by nearBonus: only close contenders need the check.
				top := bestScore
				for j, id := range c.ids {
					if g.entries[id].feat == 'C' {
						continue
					}
					s, sNear := scores[int(first[k].scores)+j][0], scores[int(first[k].scores)+j][1]
					if sNear <= top {
						continue
					}
					if g.near(id, c.nd, cands, k) {
						s = sNear
					}
					if s > bestScore {
						best, bestScore = id, s
					}
				}
			}
			c.chosen = best
			if c.bracketed && g.entries[best].feat != 'C' {
				// "Touba (Bafoulabe, Kayes)" where no Touba of the gazetteer
				// lies in Mali: a place of its own, in the address's country
				if qc := cands[c.qual].chosen; qc >= 0 && g.entries[qc].cc != g.entries[best].cc {
					c.unlisted = true
				}
			}
			if !c.bracketed && c.qual >= 0 && c.addressEnd && g.entries[best].feat != 'C' && g.entries[best].feat != 'R' {
				// "Barishal, Bangladesh" where the gazetteer's only Barishal
				// lies in Pakistan: a place of its own, in the country named
				// (and "Eastleigh, Nairobi": a district of the city, not the
				// English town)
				if qc := cands[c.qual].chosen; qc >= 0 && (g.entries[qc].feat == 'C' || g.entries[qc].pop >= minPopMajor) && g.entries[qc].cc != g.entries[best].cc {
					c.unlisted = true
				}
			}
			if c.qual >= 0 && len(q) > 1 {
				// The qualifier is what made the choice: "Riverdale, Georgia"
				// puts Georgia in the United States.
				be := &g.entries[best]
				for _, qid := range q {
					if qe := &g.entries[qid]; qe.cc == be.cc && qe.feat == 'R' && be.admin1 >= 0 && be.admin1 == qe.admin1 {
						cands[c.qual].chosen = qid
						break
					}
				}
			}
			if c.kind == vigil.Metonym && c.seat >= 0 && g.entries[best].feat != 'K' {
				c.chosen = c.seat
			}
		}
	}
}

// endsAddress: candidate q, after a name and its comma, ends the address
// rather than going on with a list ("Barishal, Bangladesh, on Monday", not
// "Lahore, India and Nepal").
func endsAddress(toks []token.Token, cands []cand, q int) bool {
	end := int(cands[q].tj)
	if end >= len(toks) {
		return true
	}
	switch toks[end].Norm {
	case "and", "or":
		return false
	case ",":
		return !(q+1 < len(cands) && int(cands[q+1].ti) == end+1)
	}
	return true
}

// ownCount is what one name added to the context: n readings in country cc
// (region < 0) or in region admin1 number region.
type ownCount struct {
	region int32
	cc     [2]byte
	n      int32
}

// ownTable holds the ownCounts of each name, those of group i in
// counts[start[i]:end[i]].
type ownTable struct {
	counts     []ownCount
	start, end []int32
}

func (t *ownTable) of(i int32) []ownCount {
	if len(t.counts) == 0 {
		return nil
	}
	return t.counts[t.start[i]:t.end[i]]
}

// ownContext tallies what the entries added to the context (adds, see
// resolve) came to for each of the nGroups names.
func (g *Gazetteer) ownContext(cands []cand, adds []int32, nGroups, nAdds int, sc *scratch) ownTable {
	if nAdds == 0 {
		return ownTable{}
	}
	// Each entry adds at most a country and a region.
	se := grow(sc.own, 2*nGroups+1)
	clear(se)
	sc.own = se
	start, end := se[:nGroups+1], se[nGroups+1:]
	for k, id := range adds {
		if id >= 0 {
			start[cands[k].grp+1] += 2
		}
	}
	for i := 1; i <= nGroups; i++ {
		start[i] += start[i-1]
	}
	copy(end, start[:nGroups])
	sc.counts = grow(sc.counts, int(start[nGroups])) // each written before it is read
	t := ownTable{counts: sc.counts, start: start, end: end}
	add := func(gi int32, oc ownCount) {
		for i := t.start[gi]; i < t.end[gi]; i++ {
			if o := &t.counts[i]; o.region == oc.region && o.cc == oc.cc {
				o.n++
				return
			}
		}
		t.counts[t.end[gi]] = oc
		t.end[gi]++
	}
	for k, id := range adds {
		if id < 0 {
			continue
		}
		e := &g.entries[id]
		if e.cc[0] != 0 {
			add(cands[k].grp, ownCount{region: -1, cc: e.cc, n: 1})
		}
		if e.admin1 >= 0 && e.feat == 'R' {
			add(cands[k].grp, ownCount{region: e.admin1, n: 1})
		}
	}
	return t
}

// oneSense gives the mentions of a name in the article one entry: after a
// qualified mention or a dateline, the entry that one resolved to ("Paris,
// Texas ... Paris"); otherwise the entry most of its mentions resolved to.
func (g *Gazetteer) oneSense(cands []cand, nGroups int, sc *scratch) {
	var sense []tally // by group
	var votes voteTable
	for k := range cands {
		c := &cands[k]
		if c.chosen < 0 || len(c.ids) < 2 || c.kind != vigil.Literal {
			continue
		}
		if sense == nil {
			sense = grow(sc.sense, nGroups)
			clear(sense)
			sc.sense = sense
			votes = newVoteTable(sc.votes, len(cands))
			sc.votes = votes.slots
		}
		n := votes.add(uint64(c.grp)<<32 | uint64(uint32(c.chosen)))
		fixed := c.qual >= 0 || c.dateline
		t := &sense[c.grp]
		switch {
		case !t.set:
			from := 0
			if fixed {
				from = k
			}
			*t = tally{id: c.chosen, n: n, from: from, fixed: fixed, set: true}
		case t.fixed:
		case fixed:
			*t = tally{id: c.chosen, n: n, from: k, fixed: true, set: true}
		case n > t.n:
			t.id, t.n = c.chosen, n
		}
	}
	if sense == nil {
		return
	}
	for k := range cands {
		c := &cands[k]
		// (a mention with a qualifier of its own keeps what it says:
		// "ALEXANDRIA, Va. - ... his parents' flat in Alexandria, Egypt")
		if t := &sense[c.grp]; t.set && k >= t.from && c.chosen >= 0 && len(c.ids) > 1 && c.kind == vigil.Literal && c.qual < 0 {
			c.chosen = t.id
		}
	}
}

// dominant reports whether entry b stands out among ids by more than
// dominance (a hundredfold population), so that it can set the context.
func (g *Gazetteer) dominant(ids []int32, b int32) bool {
	pb := g.entries[b].prior
	for _, id := range ids {
		if id != b && g.entries[id].prior > pb-dominance {
			return false
		}
	}
	return true
}

// voteTable counts the votes of oneSense by name and entry: a small
// open-addressing table, cheaper than a map for the few of an article.
type voteTable struct {
	slots []voteSlot // a power of two of them, at most half full
}

type voteSlot struct {
	key uint64 // name and entry, see oneSense
	n   int    // 0 for an empty slot
}

// newVoteTable makes a table for the votes of n candidates, in buf's memory
// when it can.
func newVoteTable(buf []voteSlot, n int) voteTable {
	size := 64
	for size < 2*n {
		size *= 2
	}
	slots := grow(buf, size)
	clear(slots)
	return voteTable{slots: slots}
}

// add counts a vote for key and returns its votes.
func (t voteTable) add(key uint64) int {
	low := uint64(len(t.slots) - 1)
	h := key * 0x9e3779b97f4a7c15
	for p := (h ^ h>>32) & low; ; p = (p + 1) & low {
		s := &t.slots[p]
		if s.n == 0 {
			s.key = key
		}
		if s.key == key {
			s.n++
			return s.n
		}
	}
}

// tally is what oneSense counts of one name.
type tally struct {
	id    int32
	n     int
	from  int // first candidate it applies to
	fixed bool
	set   bool
}

type resolveCtx struct {
	countries [26 * 26]int32    // by alpha-2 code, see ccIndex
	others    map[[2]byte]int32 // codes not of two capital letters, should there be any
	regions   []int32           // by region number (entry.admin1); nil names none
	touched   []int32           // the regions counted in regions
	dateline  [2]byte
}

// emptyContext is the context of a name that takes none. It is only read.
var emptyContext resolveCtx

// ccIndex is the place of an alpha-2 code in resolveCtx.countries, or -1.
func ccIndex(cc [2]byte) int {
	a, b := cc[0]-'A', cc[1]-'A'
	if a >= 26 || b >= 26 {
		return -1
	}
	return int(a)*26 + int(b)
}

// country is how many readings of the article lie in country cc.
func (x *resolveCtx) country(cc [2]byte) int32 {
	if i := ccIndex(cc); i >= 0 {
		return x.countries[i]
	}
	return x.others[cc]
}

func (x *resolveCtx) addCountry(cc [2]byte, n int32) {
	if i := ccIndex(cc); i >= 0 {
		x.countries[i] += n
		return
	}
	if x.others == nil {
		x.others = map[[2]byte]int32{}
	}
	x.others[cc] += n
}

// region is how many readings of the article are region number r.
func (x *resolveCtx) region(r int32) int32 {
	if uint(r) < uint(len(x.regions)) {
		return x.regions[r]
	}
	return 0
}

// addRegion counts n more readings in region r. resolve made x.regions one
// slot for each of the gazetteer's regions, and an entry's admin1 is one of
// them or -1 (see parseEntries, readIndex and regionIndex).
func (x *resolveCtx) addRegion(r, n int32) {
	if x.regions[r] == 0 {
		x.touched = append(x.touched, r)
	}
	x.regions[r] += n
}

// take adds what a name added to the context sign times (-1 to take it out).
func (x *resolveCtx) take(own []ownCount, sign int32) {
	for _, o := range own {
		if o.region < 0 {
			x.addCountry(o.cc, sign*o.n)
		} else {
			x.addRegion(o.region, sign*o.n)
		}
	}
}

// pick is an entry chosen and its score, and where the scores of all the
// entries of its name begin in resolve's scores, when it keeps them.
type pick struct {
	id     int32
	scores int32
	score  float64
}

// score is an entry's prior plus what the article says for it, s, and what it
// would be were the entry near the article's other places, sNear. The context
// (countries and regions named, dateline, nearness) is capped at maxContext so
// that it settles between comparable places but does not move Vienna to
// Virginia; a qualifier ("Paris, Texas") can. alt says that the name read is
// only an alternate name of the entry (see Gazetteer.altAt); cd is the
// candidate read, whose surrounding words ("County", "Crown Court", an
// accented spelling) lift some entries. Both scores are summed in the same
// order, as one computed for itself would be.
func (g *Gazetteer) score(id int32, alt bool, q []int32, isQual bool, cd *cand, ctx *resolveCtx) (s, sNear float64) {
	e := &g.entries[id]
	s = g.prior(e)
	if cd.townOf && (e.feat == 'C' || e.feat == 'R') {
		s -= townOfPenalty
	}
	if alt {
		s -= altPenalty // "Salisbury" is Harare's old name, but Salisbury is Salisbury
	}
	if e.feat == 'C' {
		s, _ = g.cueBonuses(e, cd, s, s)
		return s, s
	}
	var c float64
	if n := ctx.country(e.cc); n > 0 {
		c += 2 + 0.2*float64(min(n, 5))
	}
	if e.admin1 >= 0 && e.feat != 'R' && ctx.region(e.admin1) > 0 {
		s += 1.5 // the article names the region: outside the cap
	}
	if e.cc == ctx.dateline && ctx.dateline[0] != 0 {
		c++
	}
	sNear = s + min(c+nearBonus, maxContext)
	s += min(c, maxContext)
	if isQual && e.feat == 'R' {
		s += 3 // "Mobile, Alabama": the state, not a town called Alabama
		sNear += 3
	}
	if len(q) > 0 {
		b := g.qualifies(e, q)
		s += b
		sNear += b
	}
	if cd.county && e.cc == [2]byte{'U', 'S'} {
		s += 3
		sNear += 3
	}
	return g.cueBonuses(e, cd, s, sNear)
}

// cueBonuses adds to s and sNear what the words around candidate c say of
// entry e beyond the gazetteer's name.
func (g *Gazetteer) cueBonuses(e *entry, c *cand, s, sNear float64) (float64, float64) {
	// ("Kingston Crown Court": a court of England and Wales names its town)
	if c.crownCourt && e.cc == [2]byte{'G', 'B'} {
		s, sNear = s+crownCourtBonus, sNear+crownCourtBonus
	}
	// ("San José" with its accent is Costa Rica's capital, not San Jose,
	// California: the spelling the text keeps)
	if c.written != "" {
		if name, _ := g.nameID(e); strings.EqualFold(name, c.written) {
			s, sNear = s+accentBonus, sNear+accentBonus
		}
	}
	return s, sNear
}

// qualifies is the bonus for entry e when the name after it ("Paris, Texas")
// may be one of q: its country, or a region it lies in.
func (g *Gazetteer) qualifies(e *entry, q []int32) float64 {
	best := 0.0
	for _, qid := range q {
		qe := &g.entries[qid]
		if qe == e || qe.cc != e.cc {
			continue
		}
		switch {
		case qe.feat == 'C':
			best = max(best, 10)
		case qe.feat == 'R' && e.admin1 >= 0 && e.admin1 == qe.admin1:
			best = max(best, 10.5)
		case qe.feat == 'R' && distKm(e, qe) < 400:
			best = max(best, 8)
		}
	}
	return best
}

// near reports whether entry id lies within 250 km of a place another name
// close by in the article (cands around k) resolved to.
func (g *Gazetteer) near(id int32, nd *node, cands []cand, k int) bool {
	const deg = 250.0 / 111.2 // 250 km in degrees of latitude
	e := &g.entries[id]
	cosLat := float32(math.Cos(float64(e.lat) * math.Pi / 180))
	from, to := max(0, k-nearWindow), min(len(cands), k+nearWindow+1)
	for j := from; j < to; j++ {
		o := &cands[j]
		if o.chosen < 0 || o.chosen == id || o.nd == nd {
			continue
		}
		oe := &g.entries[o.chosen]
		if oe.feat == 'C' || (oe.lat == 0 && oe.lon == 0) {
			continue
		}
		dlat := oe.lat - e.lat
		dlon := oe.lon - e.lon
		if dlon > 180 {
			dlon -= 360
		} else if dlon < -180 {
			dlon += 360
		}
		dlon *= cosLat
		if dlat*dlat+dlon*dlon < deg*deg {
			return true
		}
	}
	return false
}

func distKm(a, b *entry) float64 {
	r := math.Pi / 180
	la1, lo1, la2, lo2 := float64(a.lat)*r, float64(a.lon)*r, float64(b.lat)*r, float64(b.lon)*r
	h := math.Pow(math.Sin((la2-la1)/2), 2) + math.Cos(la1)*math.Cos(la2)*math.Pow(math.Sin((lo2-lo1)/2), 2)
	return 6371 * 2 * math.Asin(math.Min(1, math.Sqrt(h)))
}
