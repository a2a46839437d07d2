package swar

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

func TestLoad(t *testing.T) {
	s := "\x01\x02\x03\x04\x05\x06\x07\x08\x09"
	if got, want := Load64(s), binary.LittleEndian.Uint64([]byte(s)); got != want {
		t.Errorf("Load64 = %#x, want %#x", got, want)
	}
	if got, want := Load32(s[5:]), binary.LittleEndian.Uint32([]byte(s[5:])); got != want {
		t.Errorf("Load32 = %#x, want %#x", got, want)
	}
}

// Special is zero exactly when a byte-by-byte reading finds no quote,
// backslash or control byte: every byte value at every place, among bytes
// that are near misses (they differ from the special ones by a bit, or
// borrow) or random.
func TestSpecial(t *testing.T) {
	special := func(b []byte) bool {
		for _, c := range b {
			if c == '"' || c == '\\' || c < 0x20 {
				return true
			}
		}
		return false
	}
	fillers := []byte{' ', '!', '#', '[', ']', 'a', 0x21, 0x40, 0x7f, 0x80, 0xA2, 0xDC, 0xE2, 0xFF}
	r := rand.New(rand.NewPCG(1, 2))
	var b [8]byte
	check := func() {
		x := binary.LittleEndian.Uint64(b[:])
		if got, want := Special(x) != 0, special(b[:]); got != want {
			t.Fatalf("Special(% x) != 0 is %v, want %v", b, got, want)
		}
	}
	for round := range 2000 {
		for i := range b {
			if round%2 == 0 {
				b[i] = fillers[r.IntN(len(fillers))]
			} else {
				b[i] = byte(r.Uint32())
			}
		}
		check()
		for at := range 8 {
			old := b[at]
			for c := range 256 {
				b[at] = byte(c)
				check()
			}
			b[at] = old
		}
	}
}

// IsASCII agrees with a byte-by-byte reading for one byte beyond ASCII at
// every place of strings of every length up to 20.
func TestIsASCII(t *testing.T) {
	for n := 0; n <= 20; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = 'a' + byte(i)
		}
		if !IsASCII(string(b)) {
			t.Errorf("IsASCII(%q) = false", b)
		}
		for i := range b {
			c := b[i]
			b[i] = 0x80 | byte(i)
			if IsASCII(string(b)) {
				t.Errorf("IsASCII(%q) = true", b)
			}
			b[i] = c
		}
	}
}
