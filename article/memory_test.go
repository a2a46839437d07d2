package article

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// recordStream is an endless-looking JSON Lines stream made up as it is read, so
// that the test itself holds no more than one record.
type recordStream struct {
	n, total int
	body     string
	pending  []byte
}

func (s *recordStream) Read(p []byte) (int, error) {
	if len(s.pending) == 0 {
		if s.n == s.total {
			return 0, io.EOF
		}
		s.n++
		s.pending = fmt.Appendf(nil, `{"id": "r%d", "published": "2020-01-02", "text": %q}`+"\n", s.n, s.body)
	}
	k := copy(p, s.pending)
	s.pending = s.pending[k:]
	return k, nil
}

// TestReadBoundedMemory reads 20,000 records of 4 KB (80 MB in all) and checks that
// the heap in use stays far below what holding them would take.
func TestReadBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 80 MB")
	}
	const records = 20_000
	body := strings.Repeat("Officers arrested a man suspected of spying on exiles. ", 74) // about 4 KB
	src := &recordStream{total: records, body: body}

	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	const bound = 16 << 20 // the whole stream is 80 MB

	n := 0
	var peak uint64
	for a, err := range Read(context.Background(), []string{"-"}, Options{Stdin: src}) {
		if err != nil {
			t.Fatalf("record %d: %v", n+1, err)
		}
		if len(a.Text) != len(body) {
			t.Fatalf("record %d: text of %d bytes, want %d", n+1, len(a.Text), len(body))
		}
		n++
		if n%1000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	if n != records {
		t.Fatalf("read %d records, want %d", n, records)
	}
	t.Logf("heap in use: %d before, %d at peak", base, peak)
	if peak > base+bound {
		t.Errorf("heap in use grew from %d to %d bytes while reading %d records; want under %d more", base, peak, records, bound)
	}
}

// TestReadLongLineBoundedMemory checks that a JSON Lines line far over the limit is
// skipped without being held: the heap stays well under the line's size.
func TestReadLongLineBoundedMemory(t *testing.T) {
	const lineSize = 64 << 20
	const limit = 1 << 20
	long := io.MultiReader(strings.NewReader(`{"text": "`), &repeatReader{b: 'x', n: lineSize}, strings.NewReader("\"}\n{\"id\": \"after\", \"text\": \"Kept.\"}\n"))

	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.TotalAlloc

	var results []string
	for a, err := range Read(context.Background(), []string{"-"}, Options{Stdin: long, MaxArticleBytes: limit}) {
		if err != nil {
			results = append(results, err.Error())
		} else {
			results = append(results, a.ID)
		}
	}
	runtime.ReadMemStats(&ms)
	want := []string{"stdin:1: line is 67108876 bytes, over the size limit of 1048576 bytes", "after"}
	if strings.Join(results, "|") != strings.Join(want, "|") {
		t.Errorf("Read of a long line and a short one = %q, want %q", results, want)
	}
	if alloc := ms.TotalAlloc - base; alloc > 8*limit {
		t.Errorf("skipping a %d-byte line allocated %d bytes; want under %d", lineSize, alloc, 8*limit)
	}
}

// repeatReader yields n copies of b.
type repeatReader struct {
	b byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	for i := range k {
		p[i] = r.b
	}
	r.n -= k
	return k, nil
}
