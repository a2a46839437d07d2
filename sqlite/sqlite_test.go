package sqlite_test

import (
	"context"
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
