package place

import (
	_ "embed"
	"encoding/binary"
	"math"
)

// The entries and the name index of data/gazetteer.tsv, as Load keeps them,
// are prebuilt into data/gazetteer.idx: reading them from it costs a few
// milliseconds at every start where parsing the text, working out the priors
// (a logarithm each) and building the hash table of the names cost some fifty.
// The text stays the source: the strings (names, keys) are read from it, and
// TestIndexFile fails when the prebuilt file no longer matches it. Regenerate
// it after tools/gengazetteer, or after a change to what is stored, with
// `go generate ./place`.
//
//go:generate go test -run ^TestIndexFile$ -update

// gazetteerIdx is data/gazetteer.idx: indexMagic, then the uint32s of
// indexHeader, then the tables one after the other, little-endian, each
// element as appendIndex writes it.
//
//go:embed data/gazetteer.idx
var gazetteerIdx []byte

const (
	indexMagic  = "vigilgz1"
	indexHeader = 7 // uint32s: len(src), entries, nodes, postings, altBits, slots, index.n
	entrySize   = 28
	nodeSize    = 16
)

var le = binary.LittleEndian

// appendIndex appends to b what readIndex reads: g's entries, nodes,
// postings, alternate-name bits and name table, as parsed from g.src.
func (g *Gazetteer) appendIndex(b []byte) []byte {
	b = append(b, indexMagic...)
	for _, v := range [indexHeader]int{len(g.src), len(g.entries), len(g.nodes), len(g.postings), len(g.altBits), len(g.index.slots), g.index.n} {
		b = le.AppendUint32(b, uint32(v))
	}
	for i := range g.entries {
		e := &g.entries[i]
		b = le.AppendUint32(b, uint32(e.line))
		b = le.AppendUint32(b, math.Float32bits(e.lat))
		b = le.AppendUint32(b, math.Float32bits(e.lon))
		b = le.AppendUint32(b, uint32(e.pop))
		b = le.AppendUint32(b, uint32(e.admin1))
		b = append(b, e.cc[0], e.cc[1], e.feat, boolByte(e.supp))
		b = le.AppendUint32(b, math.Float32bits(e.prior))
	}
	for i := range g.nodes {
		nd := &g.nodes[i]
		b = le.AppendUint32(b, uint32(nd.key.off))
		b = le.AppendUint32(b, uint32(nd.key.n))
		b = le.AppendUint32(b, uint32(nd.ids))
		b = le.AppendUint16(b, nd.nIDs)
		b = append(b, byte(nd.flags), 0)
	}
	for _, v := range g.postings {
		b = le.AppendUint32(b, uint32(v))
	}
	for _, v := range g.altBits {
		b = le.AppendUint64(b, v)
	}
	for _, v := range g.index.slots {
		b = le.AppendUint32(b, v)
	}
	return b
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// readIndex fills g's entries, nodes, postings, alternate-name bits and name
// table, made empty by parse for n (the counts of the text's header), from
// idx, and reports whether it could: an index of another text, or of another
// layout, is not read, and parse reads the text instead.
func (g *Gazetteer) readIndex(idx []byte, n [5]int) bool {
	if len(idx) < len(indexMagic)+4*indexHeader || string(idx[:len(indexMagic)]) != indexMagic {
		return false
	}
	var h [indexHeader]int
	for i := range h {
		h[i] = int(le.Uint32(idx[len(indexMagic)+4*i:]))
	}
	nEntries, nNodes, nPostings, nAlt, nSlots := h[1], h[2], h[3], h[4], h[5]
	if h[0] != len(g.src) || nEntries != n[1] || nNodes != n[2] || nPostings != n[3] ||
		nAlt > cap(g.altBits) || nSlots != len(g.index.slots) || h[6] > nSlots/2 ||
		nEntries > cap(g.entries) || nNodes > cap(g.nodes) || nPostings > cap(g.postings) {
		return false
	}
	b := idx[len(indexMagic)+4*indexHeader:]
	if len(b) != nEntries*entrySize+nNodes*nodeSize+4*nPostings+8*nAlt+4*nSlots {
		return false
	}
	entries := g.entries[:nEntries]
	for i := range entries {
		r := b[i*entrySize : (i+1)*entrySize]
		entries[i] = entry{
			line:   int32(le.Uint32(r[0:])),
			lat:    math.Float32frombits(le.Uint32(r[4:])),
			lon:    math.Float32frombits(le.Uint32(r[8:])),
			pop:    int32(le.Uint32(r[12:])),
			admin1: int32(le.Uint32(r[16:])),
			cc:     [2]byte{r[20], r[21]},
			feat:   r[22],
			supp:   r[23] != 0,
			prior:  math.Float32frombits(le.Uint32(r[24:])),
		}
		if e := &entries[i]; e.line < 0 || int(e.line) >= len(g.src) || e.admin1 < -1 || int(e.admin1) >= len(g.regions) {
			return false
		}
	}
	b = b[nEntries*entrySize:]
	nodes := g.nodes[:nNodes]
	for i := range nodes {
		r := b[i*nodeSize : (i+1)*nodeSize]
		nd := node{
			key:   strRef{off: int32(le.Uint32(r[0:])), n: int32(le.Uint32(r[4:]))},
			ids:   int32(le.Uint32(r[8:])),
			nIDs:  le.Uint16(r[12:]),
			flags: nodeFlags(r[14]),
		}
		if nd.key.off < 0 || nd.key.n < 0 || int(nd.key.off)+int(nd.key.n) > len(g.src) ||
			nd.ids < 0 || int(nd.ids)+int(nd.nIDs) > nPostings {
			return false
		}
		nodes[i] = nd
	}
	b = b[nNodes*nodeSize:]
	postings := g.postings[:nPostings]
	for i := range postings {
		v := int32(le.Uint32(b[4*i:]))
		if v < 0 || int(v) >= nEntries {
			return false
		}
		postings[i] = v
	}
	b = b[4*nPostings:]
	altBits := g.altBits[:nAlt]
	for i := range altBits {
		altBits[i] = le.Uint64(b[8*i:])
	}
	b = b[8*nAlt:]
	slots := g.index.slots
	for i := range slots {
		// A slot's node number (plus one) is in its low bits.
		if s := le.Uint32(b[4*i:]); s&uint32(nSlots-1) <= uint32(nNodes) {
			slots[i] = s
		} else {
			return false
		}
	}
	g.entries, g.nodes, g.postings, g.altBits = entries, nodes, postings, altBits
	g.index.n = h[6]
	return true
}
