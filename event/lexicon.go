package event

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"

	"vigil"
	"vigil/internal/swar"
	"vigil/token"
)

//go:embed data/triggers.tsv
var builtinTriggers string

// trigger is one entry of the trigger lexicon.
type trigger struct {
	Type    vigil.EventType
	Pattern string     // as written in the lexicon, for --explain
	Parts   [][]string // alternatives per token; nil marks a gap ("...")
	Gaps    []int      // the width of each gap, in order
	Noun    bool
	Flags   flags
	Source  string // file:line, for --explain and error messages
}

type flags struct {
	planned, attempted, generic, kill, passiveOnly, person, activePerson bool
	// relative: counts only when done to an exile's relatives ("summoned his
	// brother"), the pressure a state puts on those within its reach
	relative bool
	// undergone: the clause's subject undergoes the act, as in the passive
	// ("two men went on trial", "he appeared in court on charges"): the
	// subject is the target, and the actor is found as a passive's is
	undergone bool
	// owner: the deed marks a person through what is theirs, with no object
	// to name them ("leaflets in the neighbours' mailboxes bearing Yip's
	// photograph", "her home address was posted"): the target is that owner
	owner bool
}

// lexicon indexes triggers by the normalised form of their first token.
type lexicon struct {
	byFirst map[string][]*trigger
	// vocab answers both questions newDoc asks of a token, its word classes and
	// the triggers that may start at it, with one lookup: it maps a word to its
	// entry in words (words[0] is the empty entry of every other word). It is
	// built by index once the lexicons are loaded.
	vocab    map[string]int32
	words    []vocabEntry
	maxVocab int // the length of the longest word in vocab
	// slots is vocab again as an open-addressed table with a cheap hash, for
	// the lookups of newDoc, one per token of every article: a third of them,
	// or less, are full, so that most misses end at the first slot. The table
	// and the words' bytes are kept small (16 kB and 8 kB for the built-in
	// lexicon), as they are looked up between the other stages' work, which
	// pushes them out of the caches.
	slots []vocabSlot
	// single holds the entries of the words of one byte (",", "a"), a
	// fifth of the tokens, which lookup finds without hashing
	single [256]uint16
}

type vocabEntry struct {
	word string
	// key is wordKey(word), which is the word itself for words of up to
	// eight bytes: lookup compares it instead of the bytes
	key  uint64
	cls  wordClass
	sets setClass
	trig []*trigger
}

// vocabSlot is the top half of a word's hash and its entry in lexicon.words
// (0: empty).
type vocabSlot struct {
	tag, entry uint16
}

// maxWords is how many words the vocab can hold: entries are 16 bits wide.
const maxWords = 1<<16 - 1

// wordHash mixes a word's length with its first and last four bytes (all of a
// word of up to eight), which tell the vocab's words apart well enough, in a
// few instructions: FNV over every byte was a third of a lookup.
func wordHash(w string) uint32 { return mixKey(wordKey(w), len(w)) }

// wordKey packs a word's first and last four bytes (all its bytes, for a word
// of up to eight, which the key and the length then tell apart).
func wordKey(w string) uint64 {
	n := len(w)
	if n >= 4 {
		return uint64(swar.Load32(w[:4])) | uint64(swar.Load32(w[n-4:]))<<32
	}
	var x uint64
	for i := 0; i < n; i++ {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// mixKey hashes a word's key and length.
func mixKey(x uint64, n int) uint32 {
	x = (x ^ uint64(n)*0x9e3779b97f4a7c15) * 0xff51afd7ed558ccd
	return uint32(x>>32) ^ uint32(x>>7)
}

// lookup returns the entry of word w in words, 0 if it has none; as vocab[w].
func (lx *lexicon) lookup(w string) int32 {
	if len(w) > lx.maxVocab {
		return 0
	}
	if len(w) == 1 {
		return int32(lx.single[w[0]])
	}
	x := wordKey(w)
	h := mixKey(x, len(w))
	tag := uint16(h >> 16)
	mask := uint32(len(lx.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := lx.slots[i]
		if sl.entry == 0 {
			return 0
		}
		if sl.tag != tag {
			continue
		}
		if e := &lx.words[sl.entry]; e.key == x && len(e.word) == len(w) && (len(w) <= 8 || e.word == w) {
			return int32(sl.entry)
		}
	}
}

// index builds vocab from the word classes and byFirst.
func (lx *lexicon) index() error {
	lx.vocab = make(map[string]int32, len(wordClasses)+len(lx.byFirst))
	lx.words = append(lx.words[:0], vocabEntry{})
	entry := func(w string) *vocabEntry {
		i, ok := lx.vocab[w]
		if !ok {
			i = int32(len(lx.words))
			lx.vocab[w] = i
			lx.words = append(lx.words, vocabEntry{word: w})
			lx.maxVocab = max(lx.maxVocab, len(w))
		}
		return &lx.words[i]
	}
	for w, c := range wordClasses {
		entry(w).cls = c
	}
	addSetClasses(func(w string, c setClass) { entry(w).sets |= c })
	for w, ts := range lx.byFirst {
		entry(w).trig = ts
	}
	if len(lx.words) > maxWords {
		return fmt.Errorf("the lexicons have %d distinct first words, more than %d", len(lx.words)-1, maxWords-1)
	}
	// the words' bytes side by side
	var all strings.Builder
	for _, e := range lx.words {
		all.WriteString(e.word)
	}
	bytes, off := all.String(), 0
	for i := range lx.words {
		n := len(lx.words[i].word)
		lx.words[i].word = bytes[off : off+n]
		lx.words[i].key = wordKey(lx.words[i].word)
		off += n
	}
	size := 1
	for size < 3*len(lx.words) {
		size *= 2
	}
	lx.slots = make([]vocabSlot, size)
	mask := uint32(size - 1)
	lx.single = [256]uint16{}
	for e := 1; e < len(lx.words); e++ {
		if w := lx.words[e].word; len(w) == 1 {
			lx.single[w[0]] = uint16(e)
		}
		h := wordHash(lx.words[e].word)
		i := h & mask
		for lx.slots[i].entry != 0 {
			i = (i + 1) & mask
		}
		lx.slots[i] = vocabSlot{tag: uint16(h >> 16), entry: uint16(e)}
	}
	return nil
}

// gapTokens is how many tokens "..." may skip; "...." (four dots) allows
// longGapTokens, for objects as long as "told two members of the German embassy
// staff to leave".
const (
	gapTokens     = 4
	longGapTokens = 8
	// wideGapTokens ("....." five dots) spans an object with its places: "took
	// Ho's mother and sister from their flat in Sha Tin for questioning".
	wideGapTokens = 14
)

var gapWidths = map[string]int{"...": gapTokens, "....": longGapTokens, ".....": wideGapTokens}

func loadLexicon(name string, r io.Reader, lx *lexicon) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 3 || len(f) > 4 {
			return fmt.Errorf("%s:%d: want 3 or 4 tab-separated fields (type, pattern, part of speech, flags), got %d", name, line, len(f))
		}
		t := &trigger{Type: vigil.EventType(f[0]), Pattern: f[1], Source: fmt.Sprintf("%s:%d", name, line)}
		if !t.Type.Valid() {
			return fmt.Errorf("%s:%d: unknown event type %q", name, line, f[0])
		}
		switch f[2] {
		case "n":
			t.Noun = true
		case "v":
		default:
			return fmt.Errorf("%s:%d: part of speech %q: want v or n", name, line, f[2])
		}
		if len(f) == 4 {
			for _, fl := range strings.Split(f[3], ",") {
				switch strings.TrimSpace(fl) {
				case "planned":
					t.Flags.planned = true
				case "attempted":
					t.Flags.attempted = true
				case "generic":
					t.Flags.generic = true
				case "kill":
					t.Flags.kill = true
				case "passive-only":
					t.Flags.passiveOnly = true
				case "person":
					t.Flags.person = true
				case "active-person":
					t.Flags.activePerson = true
				case "relative":
					t.Flags.relative = true
				case "undergone":
					t.Flags.undergone = true
				case "owner":
					t.Flags.owner = true
				case "":
				default:
					return fmt.Errorf("%s:%d: unknown flag %q", name, line, fl)
				}
			}
		}
		for _, part := range strings.Fields(f[1]) {
			if width, ok := gapWidths[part]; ok {
				t.Parts = append(t.Parts, nil)
				t.Gaps = append(t.Gaps, width)
				continue
			}
			t.Parts = append(t.Parts, expand(part))
		}
		if len(t.Parts) == 0 || t.Parts[0] == nil || t.Parts[len(t.Parts)-1] == nil {
			return fmt.Errorf("%s:%d: pattern %q must start and end with a word", name, line, f[1])
		}
		for _, first := range t.Parts[0] {
			lx.byFirst[first] = append(lx.byFirst[first], t)
		}
	}
	return sc.Err()
}

// expand turns "arrest{,s,ed}" into arrest, arrests, arrested (normalised).
func expand(part string) []string {
	i := strings.IndexByte(part, '{')
	j := strings.IndexByte(part, '}')
	if i < 0 || j < i {
		return []string{token.Normalize(part)}
	}
	var out []string
	for _, alt := range strings.Split(part[i+1:j], ",") {
		out = append(out, expand(part[:i]+alt+part[j+1:])...)
	}
	return out
}

// triggerMatch is a trigger found in a sentence: the token range it covers and the
// token that carries the event (the first one).
type triggerMatch struct {
	T          *trigger
	First      int // token index of the first token
	Last       int // token index of the last token (inclusive)
	HeadTokens []int
}

// match finds the trigger occurrences in tokens [from, to) of d, not crossing
// clause boundaries for gaps. The triggers that may start at a token were
// looked up with its word classes (doc.voc). The matches are good until the
// next call: they live in buffers of d that each sentence reuses.
func (lx *lexicon) match(d *doc, from, to int) []triggerMatch {
	out := d.buf.matches[:0]
	heads := d.buf.heads[:0] // the head tokens of all matches, which share it
	for i := from; i < to; i++ {
		if d.voc[i] == 0 {
			continue // no trigger starts with the word
		}
		for _, t := range lx.words[d.voc[i]].trig {
			n := len(heads)
			var ok bool
			if heads, ok = matchAt(t, d.toks, i, to, d.clause, heads); ok {
				m := triggerMatch{T: t, First: i, Last: heads[len(heads)-1], HeadTokens: heads[n:len(heads):len(heads)]}
				out = append(out, m)
			} else {
				heads = heads[:n]
			}
		}
	}
	d.buf.matches, d.buf.heads = out[:0], heads[:0]
	return out
}

// matchAt matches trigger t at token i, appending the tokens of its words to
// heads. The last head is the last token of the match. Token i holds one of
// t's first words (match found t by it), so matching starts at the second.
func matchAt(t *trigger, toks []token.Token, i, to int, clauseOf []int, heads []int) ([]int, bool) {
	heads = append(heads, i)
	return matchFrom(t, 1, 0, toks, i, i+1, to, clauseOf, heads)
}

// matchFrom matches t's parts from part k (and gap number gap) at token pos.
// A gap tries each later token that holds the next part, nearest first: in
// "appeared in court on 6 May on charges", "... on charges" is the second
// "on".
func matchFrom(t *trigger, k, gap int, toks []token.Token, i, pos, to int, clauseOf []int, heads []int) ([]int, bool) {
	for ; k < len(t.Parts); k++ {
		part := t.Parts[k]
		if part == nil { // gap: find the next part within its width
			next := t.Parts[k+1]
			width := t.Gaps[gap]
			n := len(heads)
			for g := pos; g < to && g <= pos+width; g++ {
				if clauseOf[g] != clauseOf[i] {
					break
				}
				if !contains(next, toks[g].Norm) {
					continue
				}
				if out, ok := matchFrom(t, k+2, gap+1, toks, i, g+1, to, clauseOf, append(heads[:n], g)); ok {
					return out, true
				}
			}
			return heads[:n], false
		}
		if pos >= to || !contains(part, toks[pos].Norm) {
			return heads, false
		}
		heads = append(heads, pos)
		pos++
	}
	return heads, true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
