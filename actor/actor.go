// Package actor owns vigil's built-in actor dictionary and its matcher: the states
// of vigil.States, their agencies, ministries, armed forces, police and officials,
// and the opposition, exile and armed groups that appear in reporting on
// transnational repression, each with the names the news uses for it. Find marks
// the actor mentions in a text.
//
// # Data format
//
// The dictionary is data/actors.tsv (embedded), plus any user files of the same
// format given to Load. Lines starting with "#" and empty lines are ignored; every
// other line has eight tab-separated fields:
//
//	id        stable identifier, e.g. IR-MOIS (unique across all files and the state codes)
//	kind      agency, ministry, military, police, judiciary, legislature, party,
//	          official, person, group, armed_group, media, ngo, company, organization
//	name      canonical English name
//	acts_for  ISO alpha-2 code of the state the actor acts for; empty for non-state actors
//	origin    ISO alpha-2 code of the state a non-state actor comes from or opposes
//	          (MEK: IR); empty when acts_for says it all
//	sponsor   ISO alpha-2 code of a state that backs a non-state actor (Hezbollah: IR)
//	parent    id of the body it belongs to (an agency's ministry, or a state code)
//	aliases   "|"-separated other names, abbreviations and original-language names
//
// Alias markers decide how an alias matches:
//
//   - An abbreviation ("FSB", "MI5", "BfV", "U.S.": no space, mostly capitals)
//     matches only when written in capitals (mixed-case ones and ones with
//     diacritics, "BfV", "MİT", exactly as written), and not inside an
//     all-capitals headline.
//   - Any other alias matches case-insensitively, but the matched text must hold
//     at least one capital letter ("Revolutionary Guards", "al-Qaeda").
//   - An alias written all in lower case ("intelligence ministry") matches in any
//     case; such generic names must also carry the "?" marker.
//   - A leading "?" marks an ambiguous alias: it stands for this actor only when one
//     of the actor's states (acts_for, origin, sponsor) is named in the text; for a
//     lower-case generic alias that state must be the nearest one named, within a
//     few words ("Iran's foreign ministry").
//
// When several actors share an alias, the one whose state is named nearest wins;
// without any such cue the first unmarked one in load order (states, then
// actors.tsv, then user files) wins. Phrases in data/blocks.txt are not actors and
// shadow shorter matches inside them ("New Jersey", "Latin American").
//
// States come from vigil.States: each is an actor of kind "state" with its code as
// id, its names as aliases, its demonyms matched with Via "demonym" and its
// capitals and seats of government with Via "metonym".
package actor

import (
	"bufio"
	_ "embed"
	"fmt"
	"hash/maphash"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"vigil"
	"vigil/token"
)

//go:embed data/actors.tsv
var actorsTSV string

//go:embed data/blocks.txt
var blocksTXT string

// NamedReader is a user dictionary file; Name is used in error messages.
type NamedReader struct {
	Name string
	R    io.Reader
}

// Mention is one actor mention found in a text.
type Mention struct {
	Start, End int // byte offsets
	Text       string
	Actor      *vigil.Actor
	Via        string // "name", "alias", "abbreviation", "demonym", "metonym"
	Origin     string // state a non-state actor comes from or opposes, else Actor.Country (see Dictionary.Origin)
	Sponsor    string // state that backs a non-state actor, or ""
	// Guessed: the name fits several states' actors ("the foreign ministry")
	// and the text's nearest state chose this one
	Guessed bool
}

// Via values.
const (
	ViaName         = "name"
	ViaAlias        = "alias"
	ViaAbbreviation = "abbreviation"
	ViaDemonym      = "demonym"
	ViaMetonym      = "metonym"
)

// Kinds lists the actor kinds a dictionary file may use ("state" is reserved for
// the states of vigil.States).
var Kinds = []string{
	"agency", "ministry", "military", "police", "judiciary", "legislature", "party",
	"official", "person", "group", "armed_group", "media", "ngo", "company", "organization",
}

// Dictionary is a loaded actor dictionary. It is read-only after Load and safe for
// concurrent use.
type Dictionary struct {
	root    *node
	entries map[string]*entry
	states  map[string]*vigil.Actor
	actors  []*vigil.Actor
	abbrevs map[string]bool // normalised one-token abbreviations ("fbi")
	// codeIndex numbers the state codes, so that context cues are kept in a
	// slice rather than a map.
	codeIndex map[string]int
	trie      trie // the words that lead from node to node
	// first holds the first words of the phrases (root's edges), so that the
	// many words that open none skip the lookup.
	first wordFilter
	pool  sync.Pool // *scratch buffers of FindTokens
}

type entry struct {
	actor     *vigil.Actor
	origin    string
	sponsor   string
	countries []int // indexes of acts_for, origin, sponsor in codeIndex, shared by the actor's phrases
}

// Load builds the dictionary from the embedded data, the states of vigil.States()
// and any user files (same TSV format; errors name file and line).
func Load(extra ...NamedReader) (*Dictionary, error) {
	sts, err := vigil.States()
	if err != nil {
		return nil, err
	}
	b := newBuilder(len(sts))
	for _, s := range sts {
		if err := b.addState(s); err != nil {
			return nil, err
		}
	}
	if err := b.parse("actor/data/actors.tsv", strings.NewReader(actorsTSV)); err != nil {
		return nil, err
	}
	for _, nr := range extra {
		if err := b.parse(nr.Name, nr.R); err != nil {
			return nil, err
		}
	}
	if err := b.checkParents(); err != nil {
		return nil, err
	}
	for _, line := range strings.Split(blocksTXT, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		b.block(line)
	}
	sort.Slice(b.d.actors, func(i, j int) bool { return b.d.actors[i].ID < b.d.actors[j].ID })
	return b.d, nil
}

// ByID returns the actor with the given id.
func (d *Dictionary) ByID(id string) (*vigil.Actor, bool) {
	e, ok := d.entries[id]
	if !ok {
		return nil, false
	}
	return e.actor, true
}

// State returns the state actor for an ISO alpha-2 code (or XK, EU).
func (d *Dictionary) State(code string) (*vigil.Actor, bool) {
	a, ok := d.states[strings.ToUpper(code)]
	return a, ok
}

// Origin returns the state an actor comes from: its origin column, else the state
// it acts for; "" when unknown.
func (d *Dictionary) Origin(id string) string {
	e, ok := d.entries[id]
	if !ok {
		return ""
	}
	if e.origin != "" {
		return e.origin
	}
	return e.actor.Country
}

// Sponsor returns the state that backs a non-state actor, or "".
func (d *Dictionary) Sponsor(id string) string {
	if e, ok := d.entries[id]; ok {
		return e.sponsor
	}
	return ""
}

// Actors returns every actor, states included, sorted by id. The slice and the
// actors are shared: callers must not modify them.
func (d *Dictionary) Actors() []*vigil.Actor { return d.actors }

type builder struct {
	d      *Dictionary
	codes  map[string]bool
	kinds  map[string]bool
	parent map[string]fileLine // id -> where its parent must be checked
	order  int
	// blocks that the trie's nodes and their first readings come from:
	// thousands, most of them the only one of their kind, in a few
	// allocations
	nodes []node
	cands []cand
	toks  []token.Token // addPhrase's buffer
}

func newBuilder(states int) *builder {
	// maps sized for the embedded data, so that they need not grow step by step
	actors := states + strings.Count(actorsTSV, "\n")
	b := &builder{
		d: &Dictionary{
			root:      &node{},
			entries:   make(map[string]*entry, actors),
			states:    make(map[string]*vigil.Actor, states),
			abbrevs:   make(map[string]bool),
			codeIndex: make(map[string]int, states),
		},
		codes:  make(map[string]bool, states),
		kinds:  make(map[string]bool),
		parent: make(map[string]fileLine, actors),
	}
	for _, k := range Kinds {
		b.kinds[k] = true
	}
	b.d.trie = trie{seed: maphash.MakeSeed()}
	b.d.trie.newNode(b.d.root)
	return b
}

func (b *builder) addState(s vigil.State) error {
	if b.codes[s.Code] {
		return fmt.Errorf("actor: state %s listed twice", s.Code)
	}
	b.codes[s.Code] = true
	b.d.codeIndex[s.Code] = len(b.d.codeIndex)
	a := &vigil.Actor{ID: s.Code, Name: s.Name, Kind: "state", Country: s.Code, Aliases: s.Names}
	b.d.states[s.Code] = a
	b.d.entries[s.Code] = &entry{actor: a, countries: b.countries(s.Code)}
	b.d.actors = append(b.d.actors, a)
	b.addPhrase(a, s.Name, ViaName)
	for _, n := range s.Names {
		b.addPhrase(a, n, ViaAlias)
	}
	for _, n := range s.Demonyms {
		b.addPhrase(a, n, ViaDemonym)
	}
	for _, n := range s.Capitals {
		b.addPhrase(a, n, ViaMetonym)
	}
	return nil
}

// parse reads one dictionary file.
func (b *builder) parse(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff") // byte order mark
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		a, err := b.parseLine(text)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if a.Parent != "" {
			b.parent[a.ID] = fileLine{name, line}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %v", name, line, err)
	}
	return nil
}

func (b *builder) parseLine(text string) (*vigil.Actor, error) {
	if n := strings.Count(text, "\t") + 1; n != 8 {
		return nil, fmt.Errorf("want 8 tab-separated fields (id, kind, name, acts_for, origin, sponsor, parent, aliases), got %d", n)
	}
	var f [8]string
	rest := text
	for i := range 7 {
		f[i], rest, _ = strings.Cut(rest, "\t")
	}
	f[7] = rest
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	id, kind, name, actsFor, origin, sponsor, parent := f[0], f[1], f[2], f[3], f[4], f[5], f[6]
	switch {
	case id == "" || strings.ContainsAny(id, " |?"):
		return nil, fmt.Errorf("bad id %q", id)
	case b.d.entries[id] != nil:
		return nil, fmt.Errorf("duplicate id %q", id)
	case !b.kinds[kind]:
		return nil, fmt.Errorf("%s: unknown kind %q", id, kind)
	case name == "":
		return nil, fmt.Errorf("%s: empty name", id)
	}
	for _, c := range []string{actsFor, origin, sponsor} {
		if c != "" && !b.codes[c] {
			return nil, fmt.Errorf("%s: unknown state code %q", id, c)
		}
	}
	a := &vigil.Actor{ID: id, Name: name, Kind: kind, Country: actsFor, Parent: parent}
	var raw []string
	if f[7] != "" {
		n := strings.Count(f[7], "|") + 1
		raw, a.Aliases = make([]string, 0, n), make([]string, 0, n)
	}
	for al := range strings.SplitSeq(f[7], "|") {
		if al = strings.TrimSpace(al); al != "" {
			if !strings.HasPrefix(al, "?") && isLowerCase(al) && hasLetter(al) {
				return nil, fmt.Errorf("%s: lower-case alias %q must be marked ambiguous with a leading \"?\"", id, al)
			}
			raw = append(raw, al)
			a.Aliases = append(a.Aliases, strings.TrimSpace(strings.TrimPrefix(al, "?")))
		}
	}
	if len(a.Aliases) == 0 {
		a.Aliases = nil // as for a line without aliases
	}
	b.d.entries[id] = &entry{actor: a, origin: origin, sponsor: sponsor, countries: b.countries(actsFor, origin, sponsor)}
	b.d.actors = append(b.d.actors, a)
	if !b.addPhrase(a, name, ViaName) {
		return nil, fmt.Errorf("%s: name %q has no words", id, name)
	}
	for _, al := range raw {
		if !b.addPhrase(a, al, ViaAlias) {
			return nil, fmt.Errorf("%s: alias %q has no words", id, al)
		}
	}
	return a, nil
}

// fileLine is a line of a dictionary file.
type fileLine struct {
	file string
	line int
}

func (p fileLine) String() string { return fmt.Sprintf("%s:%d", p.file, p.line) }

func (b *builder) checkParents() error {
	for id, where := range b.parent {
		p := b.d.entries[id].actor.Parent
		if p == id {
			return fmt.Errorf("%s: %s is its own parent", where, id)
		}
		if b.d.entries[p] == nil {
			return fmt.Errorf("%s: %s: unknown parent %q", where, id, p)
		}
	}
	return nil
}

// addPhrase adds one name of a to the trie; it reports false when the phrase holds
// no word.
func (b *builder) addPhrase(a *vigil.Actor, phrase, via string) bool {
	c := cand{actor: a, via: via, order: b.order}
	b.order++
	if strings.HasPrefix(phrase, "?") {
		phrase = strings.TrimSpace(phrase[1:])
		c.ctx = ctxDoc
	}
	b.toks = token.Append(b.toks[:0], phrase)
	toks := b.toks
	words := 0
	for _, t := range toks {
		if t.Kind != token.Punct {
			words++
		}
	}
	if words == 0 {
		return false
	}
	switch {
	case isAbbrev(phrase):
		c.rule = ruleAbbrev
		if via == ViaAlias {
			c.via = ViaAbbreviation
		}
		if len(toks) == 1 && !hasLower(phrase) {
			b.d.abbrevs[toks[0].Norm] = true
		}
		c.form = make([]string, len(toks))
		for i, t := range toks {
			c.form[i] = t.Text
		}
	case isLowerCase(phrase):
		c.rule = ruleAny
		if c.ctx == ctxDoc {
			c.ctx = ctxNear
		}
	default:
		c.rule = ruleCap
	}
	e := b.d.entries[a.ID]
	c.countries, c.origin, c.sponsor = e.countries, a.Country, e.sponsor
	if e.origin != "" {
		c.origin = e.origin
	}
	n := b.d.root
	for _, t := range toks {
		n = b.child(n, t.Norm)
	}
	for _, old := range n.cands {
		if old.actor == a && old.rule == c.rule && old.ctx == c.ctx && slices.Equal(old.form, c.form) {
			return true // same phrase again (Erdoğan, Erdogan)
		}
	}
	if n.cands == nil {
		n.cands = carve(&b.cands)
	}
	n.cands = append(n.cands, c)
	return true
}

// block adds a phrase that shadows shorter matches and yields no mention.
func (b *builder) block(phrase string) {
	b.toks = token.Append(b.toks[:0], phrase)
	n := b.d.root
	for _, t := range b.toks {
		n = b.child(n, t.Norm)
	}
	n.block = true
}

// child returns the node that w leads to from n, adding it if need be.
func (b *builder) child(n *node, w string) *node {
	t := &b.d.trie
	h := t.hash(w)
	if c := t.next(n, h, w); c != nil {
		return c
	}
	c := &carve(&b.nodes)[:1][0]
	t.newNode(c)
	t.add(n, h, w, c)
	if n == b.d.root {
		b.d.first.add(w, h)
	}
	return c
}

// countries returns the state indexes (into Dictionary.codes) of the non-empty
// codes.
func (b *builder) countries(cs ...string) []int {
	var out []int
	for _, c := range cs {
		if c != "" {
			out = append(out, b.d.codeIndex[c])
		}
	}
	return out
}

// carve returns an empty slice with room for one element, taken from *block;
// appending a second moves the slice out.
func carve[T any](block *[]T) []T {
	if len(*block) == cap(*block) {
		*block = make([]T, 0, 256)
	}
	n := len(*block) + 1
	*block = (*block)[:n]
	return (*block)[n-1 : n-1 : n]
}

// isLowerCase reports whether s == strings.ToLower(s), without making the
// lower-cased copy: no rune changes, and no byte is invalid UTF-8 (which
// ToLower replaces).
func isLowerCase(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		} else if unicode.ToLower(r) != r {
			return false
		}
	}
	return true
}

// isAbbrev reports whether an alias is an abbreviation: no space, and either no
// lower-case letter at all ("FSB", "MI5", "U.S.") or at least two capitals and no
// more lower-case letters than capitals ("BfV", "BelTA").
func isAbbrev(s string) bool {
	if strings.ContainsAny(s, " \t") {
		return false
	}
	upper, lower, alnum := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			alnum++
		case unicode.IsLower(r):
			lower++
			alnum++
		case unicode.IsDigit(r):
			alnum++
		}
	}
	if lower == 0 {
		return upper >= 1 && alnum >= 2
	}
	return upper >= 2 && upper >= lower
}
