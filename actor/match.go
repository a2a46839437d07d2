package actor

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"vigil"
	"vigil/token"
)

type caseRule uint8

const (
	ruleCap    caseRule = iota // some capital letter in the matched text
	ruleAbbrev                 // written in capitals (or exactly as in the data)
	ruleAny                    // any case (lower-case generic aliases)
)

type ctxRule uint8

const (
	ctxNone ctxRule = iota // stands on its own
	ctxDoc                 // one of its states must be named somewhere in the text
	ctxNear                // one of its states must be the nearest named, within nearWindow tokens
)

// nearWindow is how many tokens away the state named for a generic alias
// ("foreign ministry") may be.
const nearWindow = 15

// cand is one reading of a dictionary phrase.
type cand struct {
	actor     *vigil.Actor
	via       string
	rule      caseRule
	ctx       ctxRule
	form      []string // abbreviations: the tokens as written in the data
	countries []int    // indexes of acts_for, origin, sponsor in codeIndex
	origin    string   // origin, else acts_for
	sponsor   string
	order     int // load order; earlier wins ties
}

// node is a trie node: the phrases that end here. The words that continue
// them are edges of Dictionary.trie.
type node struct {
	cands []cand
	id    int32 // its number in the trie's edges
	out   int32 // how many edges leave it
	block bool
}

// academic are words after which an ambiguous upper-case abbreviation names a
// university or a lab, not an agency ("MIT professor").
var academic = map[string]bool{
	"professor": true, "professors": true, "university": true, "researcher": true,
	"researchers": true, "research": true, "scientist": true, "scientists": true,
	"student": true, "students": true, "graduate": true, "graduates": true,
	"alumni": true, "alumnus": true, "study": true, "studies": true, "lab": true,
	"laboratory": true, "campus": true, "economist": true, "economists": true,
	"press": true, "media": true, "sloan": true, "technology": true, "engineers": true,
	"engineering": true, "faculty": true, "degree": true,
}

// raw is a longest match before its readings are resolved.
type raw struct {
	start, end int // token indexes, end exclusive
	cands      []cand
}

type cue struct {
	start, end int
}

// Find returns actor mentions in text, longest match first, non-overlapping, in
// text order. Safe for concurrent use.
func (d *Dictionary) Find(text string) []Mention {
	return d.FindTokens(text, token.Tokenize(text))
}

// FindTokens is Find for a text already split by token.Tokenize, so that a
// pipeline tokenizes each text once.
func (d *Dictionary) FindTokens(text string, toks []token.Token) []Mention {
	sc, _ := d.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer d.release(sc)
	raws := sc.raws[:0]
	defer func() { sc.raws = raws }()
	t := &d.trie
	for i := 0; i < len(toks); {
		if toks[i].Kind == token.Punct {
			i++
			continue
		}
		if !d.first.has(toks[i].Norm) {
			i++ // no phrase starts with this word
			continue
		}
		h := t.hash(toks[i].Norm)
		if !d.first.hasHash(h) {
			i++ // nor with this one, which the cheap test let through
			continue
		}
		n := d.root
		bestEnd, bestBlock := -1, false
		var best []cand
		for j := i; j < len(toks) && n.out > 0; j++ {
			if j > i {
				if b := pairBit(n.id, toks[j].Norm); t.pairs[b>>6]&(1<<(b&63)) == 0 {
					break // n has no edge with this word (see trie.pairs)
				}
				h = t.hash(toks[j].Norm)
			}
			n = t.next(n, h, toks[j].Norm)
			if n == nil {
				break
			}
			if n.block {
				bestEnd, bestBlock, best = j+1, true, nil
				continue
			}
			if len(n.cands) > 0 {
				if ok := filter(n.cands, toks, i, j+1, d.abbrevs); len(ok) > 0 {
					bestEnd, bestBlock, best = j+1, false, ok
				}
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		if !bestBlock {
			raws = append(raws, raw{start: i, end: bestEnd, cands: best})
		}
		i = bestEnd
	}
	if len(raws) == 0 {
		return nil
	}
	return d.resolve(text, toks, raws, sc)
}

// scratch holds the buffers of one FindTokens call, kept in Dictionary.pool
// for the next: nothing in them outlives the call.
type scratch struct {
	raws    []raw
	cs      cues
	counts  []int32
	backing []cue
	cued    bool // cs holds the cues of raws
}

// release clears sc (keeping its buffers) and returns it to the pool.
func (d *Dictionary) release(sc *scratch) {
	if sc.cued {
		for _, r := range sc.raws {
			if settled(r) {
				for _, c := range r.cands[0].countries {
					sc.cs.byCountry[c] = nil
					sc.counts[c] = 0
				}
			}
		}
		sc.cued = false
	}
	clear(sc.raws)
	sc.raws = sc.raws[:0]
	clear(sc.cs.all)
	sc.cs.all = sc.cs.all[:0]
	if cap(sc.raws) > 1<<14 || cap(sc.backing) > 1<<14 {
		return // do not keep huge buffers alive
	}
	d.pool.Put(sc)
}

// wordFilter is a Bloom filter of words in two stages: the first, with a
// cheap hash of a word's length, first two bytes and last that reads no
// other byte, turns away most of the words that open no phrase before they
// are hashed for the trie; the second, with two bits of that hash, most of
// the rest before the trie is probed.
type wordFilter struct {
	cheap [1 << 10]uint64 // 65536 bits
	full  [1 << 9]uint64  // 32768 bits
}

func cheapBit(w string) uint32 {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9e3779b1 ^ uint32(w[0])<<5 ^ uint32(w[len(w)-1])<<11
	if len(w) > 1 {
		h ^= uint32(w[1]) * 0x85ebca6b
	}
	return (h ^ h>>15) & 0xffff
}

// fullBits are the two bits of a word whose trie hash is h: high bits, which
// the trie's slot numbers of the root's edges do not use.
func fullBits(h uint64) (uint64, uint64) { return h >> 34 & 32767, h >> 49 & 32767 }

// add adds w, whose trie hash is h.
func (f *wordFilter) add(w string, h uint64) {
	b := cheapBit(w)
	f.cheap[b>>6] |= 1 << (b & 63)
	b1, b2 := fullBits(h)
	f.full[b1>>6] |= 1 << (b1 & 63)
	f.full[b2>>6] |= 1 << (b2 & 63)
}

// has reports whether w may have been added; false is certain.
func (f *wordFilter) has(w string) bool {
	b := cheapBit(w)
	return f.cheap[b>>6]&(1<<(b&63)) != 0
}

// hasHash reports whether a word whose trie hash is h may have been added;
// false is certain.
func (f *wordFilter) hasHash(h uint64) bool {
	b1, b2 := fullBits(h)
	return f.full[b1>>6]&(1<<(b1&63)) != 0 && f.full[b2>>6]&(1<<(b2&63)) != 0
}

// filter keeps the readings whose case rule the matched tokens satisfy; it
// returns cs itself (shared, read-only) when all pass.
func filter(cs []cand, toks []token.Token, i, j int, abbrevs map[string]bool) []cand {
	for k, c := range cs {
		if caseOK(c, toks, i, j, abbrevs) {
			continue
		}
		out := append([]cand(nil), cs[:k]...)
		for _, c := range cs[k+1:] {
			if caseOK(c, toks, i, j, abbrevs) {
				out = append(out, c)
			}
		}
		return out
	}
	return cs
}

func caseOK(c cand, toks []token.Token, i, j int, abbrevs map[string]bool) bool {
	switch c.rule {
	case ruleAny:
		return true
	case ruleCap:
		for _, t := range toks[i:j] {
			if hasUpper(t.Text) {
				return true
			}
		}
		return false
	}
	// abbreviation
	for k, form := range c.form {
		t := toks[i+k]
		if t.Kind == token.Punct || !hasLetter(form) {
			continue
		}
		if hasLower(form) || !token.IsASCII(form) {
			if t.Text != form { // "BfV", "LeT", "MİT": exactly as written
				return false
			}
		} else if !t.IsUpper() {
			return false
		}
	}
	prev, next := wordBefore(toks, i), wordAfter(toks, j)
	if c.ctx != ctxNone && next >= 0 && academic[toks[next].Norm] {
		return false
	}
	// an all-capitals headline: the neighbours are shouting too (a neighbour
	// that is itself a known abbreviation, as in "FBI, CIA", does not count)
	prevCaps := prev >= 0 && shouting(toks[prev], abbrevs)
	nextCaps := next >= 0 && shouting(toks[next], abbrevs)
	if (prevCaps || prev < 0) && (nextCaps || next < 0) && (prevCaps || nextCaps) {
		return false
	}
	return true
}

func wordBefore(toks []token.Token, i int) int {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Kind == token.Word {
			return k
		}
	}
	return -1
}

func wordAfter(toks []token.Token, j int) int {
	for k := j; k < len(toks); k++ {
		if toks[k].Kind == token.Word {
			return k
		}
	}
	return -1
}

// shouting reports whether a word is written in capitals, has two letters or
// more and is not a known abbreviation.
func shouting(t token.Token, abbrevs map[string]bool) bool {
	if abbrevs[t.Norm] {
		return false
	}
	letters := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && t.IsUpper()
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// resolve picks one reading per match: unambiguous matches name their states,
// which serve as cues for the ambiguous ones.
func (d *Dictionary) resolve(text string, toks []token.Token, raws []raw, sc *scratch) []Mention {
	var cs *cues
	out := make([]Mention, 0, len(raws))
	for _, r := range raws {
		c, ok := r.cands[0], true
		guessed := false
		if !settled(r) {
			if cs == nil {
				cs = d.collectCues(raws, sc)
			}
			c, ok = choose(r, cs)
			guessed = len(r.cands) > 1
		}
		if !ok || otherForename(text, toks, r, c) {
			continue
		}
		start, end := toks[r.start].Start, toks[r.end-1].End
		out = append(out, Mention{Start: start, End: end, Text: text[start:end], Actor: c.actor, Via: c.via, Origin: c.origin, Sponsor: c.sponsor, Guessed: guessed})
	}
	return out
}

// settled reports whether a match has a single reading that needs no context.
func settled(r raw) bool { return len(r.cands) == 1 && r.cands[0].ctx == ctxNone }

// cues are the token spans of unambiguous mentions, in text order, overall and
// per state (indexed by codeIndex).
type cues struct {
	all       []cue
	byCountry [][]cue
}

// collectCues gathers the cues of raws in sc, whose byCountry and counts are
// all empty (release empties them).
func (d *Dictionary) collectCues(raws []raw, sc *scratch) *cues {
	cs := &sc.cs
	if len(cs.byCountry) != len(d.codeIndex) {
		cs.byCountry = make([][]cue, len(d.codeIndex))
		sc.counts = make([]int32, len(d.codeIndex))
	}
	sc.cued = true
	// Count first, so that all lists share one backing array.
	counts := sc.counts
	all, total := 0, 0
	for _, r := range raws {
		if !settled(r) || len(r.cands[0].countries) == 0 {
			continue
		}
		all++
		for _, c := range r.cands[0].countries {
			counts[c]++
			total++
		}
	}
	if cap(cs.all) < all {
		cs.all = make([]cue, 0, all)
	}
	if cap(sc.backing) < total {
		sc.backing = make([]cue, total)
	}
	backing := sc.backing[:total]
	off := 0
	for c, n := range counts {
		if n > 0 {
			cs.byCountry[c] = backing[off : off : off+int(n)]
			off += int(n)
		}
	}
	for _, r := range raws {
		if !settled(r) || len(r.cands[0].countries) == 0 {
			continue
		}
		q := cue{start: r.start, end: r.end}
		cs.all = append(cs.all, q)
		for _, c := range r.cands[0].countries {
			cs.byCountry[c] = append(cs.byCountry[c], q)
		}
	}
	return cs
}

const far = 1 << 30

// nearest returns the distance in tokens from r to the closest cue in list
// (sorted by position, none overlapping r), or far.
func nearest(r raw, list []cue) int {
	i := sort.Search(len(list), func(i int) bool { return list[i].start >= r.end })
	d := far
	if i < len(list) {
		d = list[i].start - r.end
	}
	if i > 0 {
		d = min(d, r.start-list[i-1].end)
	}
	return d
}

func choose(r raw, cs *cues) (cand, bool) {
	any := -1 // distance to the nearest cue of any state, computed on demand
	best, bestDist, found := cand{}, far+1, false
	for _, c := range r.cands {
		d := far
		for _, country := range c.countries {
			d = min(d, nearest(r, cs.byCountry[country]))
		}
		switch c.ctx {
		case ctxDoc:
			if d == far {
				continue
			}
		case ctxNear:
			if d > nearWindow {
				continue
			}
			if any < 0 {
				any = nearest(r, cs.all)
			}
			if d > any {
				continue // another state is named closer
			}
		}
		if d < bestDist || (d == bestDist && c.order < best.order) {
			best, bestDist, found = c, d, true
		}
	}
	return best, found
}

// otherForename: a person's surname alias written after a forename that is
// not his ("Arshad Sharif" is not the prime minister "Sharif", "Akhmat
// Kadyrov" not Ramzan); a title before it ("President Putin") is no forename.
func otherForename(text string, toks []token.Token, r raw, c cand) bool {
	if r.end-r.start != 1 || r.start == 0 || c.actor.Kind != "official" && c.actor.Kind != "person" {
		return false
	}
	prev := toks[r.start-1]
	if prev.Kind != token.Word || prev.End+1 != toks[r.start].Start || text[prev.End] != ' ' || titleWords[prev.Norm] {
		return false
	}
	first, _ := utf8.DecodeRuneInString(prev.Text)
	return unicode.IsUpper(first) && hasLower(prev.Text)
}

// titleWords name an office or rank before a surname.
var titleWords = map[string]bool{
	"president": true, "prime": true, "minister": true, "mr": true, "mrs": true, "ms": true, "dr": true, "general": true,
	"gen": true, "chancellor": true, "king": true, "prince": true, "sheikh": true, "emir": true, "premier": true,
	"leader": true, "chairman": true, "secretary": true, "ayatollah": true, "marshal": true, "colonel": true, "col": true,
	"sultan": true, "queen": true, "senator": true, "commander": true, "director": true, "chief": true, "judge": true,
	"governor": true, "mayor": true, "major": true, "admiral": true, "brigadier": true, "captain": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "ambassador": true, "comrade": true, "imam": true, "crown": true,
}
