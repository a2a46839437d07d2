package vigil

import (
	"unicode/utf8"

	"vigil/internal/swar"
)

// Span is a half-open range [Start, End) of byte offsets into an article's text.
type Span struct {
	Start, End int
}

// RuneIndex converts byte offsets of one text into code-point offsets, which is how
// spans are written out. Build it once per text; each lookup is a binary search.
type RuneIndex struct {
	text  string
	ascii bool
	// marks[i] is the byte offset of code point i*stride, for a sparse, small index.
	marks []int
}

const runeIndexStride = 64

// NewRuneIndex prepares offset conversion for text.
func NewRuneIndex(text string) *RuneIndex {
	ri := &RuneIndex{text: text, ascii: swar.IsASCII(text)}
	if ri.ascii {
		return ri
	}
	n := 0
	for i := range text {
		if n%runeIndexStride == 0 {
			ri.marks = append(ri.marks, i)
		}
		n++
	}
	return ri
}

// Runes returns the code-point offset of byte offset b. A b inside a multi-byte
// character counts that character as before it.
func (ri *RuneIndex) Runes(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(ri.text) {
		b = len(ri.text)
	}
	if ri.ascii {
		return b
	}
	lo, hi := 0, len(ri.marks)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ri.marks[mid] <= b {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo*runeIndexStride + utf8.RuneCountInString(ri.text[ri.marks[lo]:b])
}

// Bytes returns the byte offset of code-point offset r (the inverse of Runes).
func (ri *RuneIndex) Bytes(r int) int {
	if r <= 0 {
		return 0
	}
	if ri.ascii {
		return min(r, len(ri.text))
	}
	k := r / runeIndexStride
	if k >= len(ri.marks) {
		return len(ri.text)
	}
	b := ri.marks[k]
	for n := k * runeIndexStride; n < r && b < len(ri.text); n++ {
		_, size := utf8.DecodeRuneInString(ri.text[b:])
		b += size
	}
	return b
}
