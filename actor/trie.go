package actor

import "hash/maphash"

// trie holds the edges of the phrase trie, all in one open-addressing hash
// table keyed by the node an edge leaves and its word, so that a step costs a
// hash of the word and nearly always one probe of a small table, instead of a
// lookup in a map of strings per node.
type trie struct {
	seed  maphash.Seed
	slots []uint32 // a power of two of them, at most half full: a tag in the high bits, the edge number plus one in the low (0: empty)
	edges []edge
	nodes int32 // nodes numbered so far
	// pairs is a Bloom filter of the edges, by the node an edge leaves and
	// the cheap hash of its word (pairBit). A phrase walk mostly ends at its
	// second word ("the", then a word no phrase has after it), which this
	// small table turns away before the word is hashed and the slots probed.
	pairs [pairWords]uint64
}

const pairWords = 1 << 10 // 65536 bits for some 6,000 edges

// pairBit is the bit of pairs for the edge from the node numbered from with
// the word w. When it is not set, that node has no edge with that word.
func pairBit(from int32, w string) uint32 {
	return (uint32(from)*0x9e3779b1 ^ cheapBit(w)*0x85ebca6b) >> 16
}

type edge struct {
	word string
	from int32 // the id of the node it leaves
	to   *node
}

// hash is the hash of word w; next and add take it so that a word is hashed
// once for all the nodes it is looked up from.
func (t *trie) hash(w string) uint64 { return maphash.String(t.seed, w) }

// slotHash is the hash of the edge from node from with a word of hash h. The
// root (id 0) keeps h itself.
func slotHash(from int32, h uint64) uint64 { return h ^ uint64(from)*0x9e3779b97f4a7c15 }

// newNode numbers n as the trie's next node.
func (t *trie) newNode(n *node) {
	n.id = t.nodes
	t.nodes++
}

// next returns the node that the word w, of hash h, leads to from n, or nil.
func (t *trie) next(n *node, h uint64, w string) *node {
	if len(t.slots) == 0 {
		return nil
	}
	v := slotHash(n.id, h)
	low := uint64(len(t.slots) - 1)
	tag := uint32(v>>32) &^ uint32(low)
	for p := v & low; ; p = (p + 1) & low {
		s := t.slots[p]
		if s == 0 {
			return nil
		}
		if s&^uint32(low) == tag {
			if e := &t.edges[s&uint32(low)-1]; e.from == n.id && e.word == w {
				return e.to
			}
		}
	}
}

// add adds the edge from n with the word w, of hash h, to the node to; n has
// no such edge yet.
func (t *trie) add(n *node, h uint64, w string, to *node) {
	t.edges = append(t.edges, edge{word: w, from: n.id, to: to})
	n.out++
	b := pairBit(n.id, w)
	t.pairs[b>>6] |= 1 << (b & 63)
	if 2*(len(t.edges)+1) <= len(t.slots) {
		t.insert(slotHash(n.id, h), len(t.edges)-1)
		return
	}
	// Full: index all the edges again in a table twice the size.
	t.slots = make([]uint32, max(1024, 2*len(t.slots)))
	for i := range t.edges {
		e := &t.edges[i]
		t.insert(slotHash(e.from, t.hash(e.word)), i)
	}
}

// insert puts edge i, of slot hash v, in its slot.
func (t *trie) insert(v uint64, i int) {
	low := uint64(len(t.slots) - 1)
	p := v & low
	for t.slots[p] != 0 {
		p = (p + 1) & low
	}
	t.slots[p] = uint32(v>>32)&^uint32(low) | uint32(i+1)
}
