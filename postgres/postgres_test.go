package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"vigil"
	"vigil/postgres"
	"vigil/storetest"
)

// testURL returns VIGIL_TEST_DATABASE_URL; the suite fails, not skips, without it,
// so that a CI run without a server cannot pass by testing nothing.
func testURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("VIGIL_TEST_DATABASE_URL")
	if u == "" {
		t.Fatal("VIGIL_TEST_DATABASE_URL is not set: the PostgreSQL store cannot be tested (scripts/test.sh starts a server)")
	}
	return u
}

// open creates a scratch schema for one test, dropped when it ends, and opens a
// store whose connections use it.
func open(t *testing.T) vigil.Store {
	t.Helper()
	base := testURL(t)
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	schema := fmt.Sprintf("vigil_test_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema on %s: %v", base, err)
	}
	t.Cleanup(func() { admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatalf("Open() = %v", err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

// openMillion opens the 1,000,000-event store in the schema
// vigil_bench_million_v1, kept between runs and built by bulk load (COPY) the
// first time.
func openMillion(b *testing.B) vigil.Store {
	b.Helper()
	base := os.Getenv("VIGIL_TEST_DATABASE_URL")
	if base == "" {
		b.Fatal("VIGIL_TEST_DATABASE_URL is not set")
	}
	ctx := context.Background()
	const schema = "vigil_bench_million_v1"
	admin, err := sql.Open("pgx", base)
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA IF NOT EXISTS "+schema); err != nil {
		b.Fatalf("create schema: %v", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		b.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := postgres.Open(ctx, u.String())
	if err != nil {
		b.Fatalf("Open() = %v", err)
	}
	b.Cleanup(func() { s.Close() })
	storetest.Fill(b, s, storetest.Million)
	return s
}

func BenchmarkMillion(b *testing.B) {
	s := openMillion(b)
	b.Run("Stats", func(b *testing.B) { storetest.BenchStats(b, s) })
	b.Run("StatsAll", func(b *testing.B) { storetest.BenchStatsAll(b, s) })
	b.Run("Events", func(b *testing.B) { storetest.BenchEvents(b, s) })
}
