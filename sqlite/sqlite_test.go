package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"vigil"
	"vigil/sqlite"
	"vigil/storetest"
)

func open(t *testing.T) vigil.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vigil.db")
	for range 2 {
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("Open(%s) = %v", path, err)
		}
		s.Close()
	}
}

// openMillion opens the 1,000,000-event store, cached in the temporary folder
// between runs and built by bulk load the first time.
func openMillion(b *testing.B) vigil.Store {
	b.Helper()
	path := filepath.Join(os.TempDir(), "vigil-bench-million-v1.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	storetest.Fill(b, s, storetest.Million)
	return s
}

func BenchmarkMillion(b *testing.B) { storetest.Bench(b, openMillion(b)) }
