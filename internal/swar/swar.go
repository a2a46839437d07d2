// Package swar holds the SWAR ("SIMD within a register") pieces that the
// tokenizer, the gazetteer, the date scanner and the JSON reader and writer
// share, so that each of them does not keep its own copy: little-endian loads
// of four or eight bytes of a string, the constants the tests of eight bytes
// at once are built from, and the test for the bytes a JSON string escapes.
package swar

// Ones and High are a byte's one and its high bit in each of eight bytes: c*Ones
// is c in every byte, and a test leaves its answer for each byte in that
// byte's high bit.
const (
	Ones = 0x0101010101010101
	High = 0x8080808080808080
)

// Load64 reads the first eight bytes of s as a little-endian number.
func Load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Load32 reads the first four bytes of s as a little-endian number.
func Load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// IsASCII reports whether every byte of s is below 0x80, eight at a time.
func IsASCII(s string) bool {
	var or uint64
	for len(s) >= 8 {
		or |= Load64(s)
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		or |= uint64(s[i])
	}
	return or&High == 0
}

// Special returns, in the high bits of its bytes, a mark that is zero exactly
// when none of the eight bytes of x is a quote, a backslash or a control byte
// (below 0x20): the bytes that end a run a JSON string holds as they are. Only
// whether it is zero is exact (a byte after a marked one may be marked too):
// each test finds exactly whether some byte is zero, or below 0x20.
func Special(x uint64) uint64 {
	q := x ^ '"'*Ones
	bs := x ^ '\\'*Ones
	return ((x-0x20*Ones)&^x | (q-Ones)&^q | (bs-Ones)&^bs) & High
}
