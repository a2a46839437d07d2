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

// TestServerTablesFromFirstUse opens a store whose server tables were created on
// first use, before migration 3 existed: the migration keeps them and their rows.
func TestServerTablesFromFirstUse(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vigil.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(%s) = %v", path, err)
	}
	if _, err := s.PutUser(ctx, vigil.User{Name: "ana", Role: vigil.RoleAdmin, Hash: "h"}); err != nil {
		t.Fatalf("PutUser(ana) = %v", err)
	}
	if _, err := s.SQL().ExecContext(ctx, `DELETE FROM schema_migrations WHERE version = 3`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(%s) again = %v", path, err)
	}
	defer s.Close()
	if u, err := s.UserByName(ctx, "ana"); err != nil || u.Role != vigil.RoleAdmin {
		t.Errorf("UserByName(ana) = %+v, %v; want the admin stored before", u, err)
	}
}
