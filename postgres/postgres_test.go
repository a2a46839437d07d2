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

// openSchema creates the schema (when it does not exist) in the database of
// VIGIL_TEST_DATABASE_URL and opens a store whose connections use it. It fails,
// not skips, without the variable, so that a CI run without a server cannot pass
// by testing nothing. drop removes the schema when the test ends.
func openSchema(tb testing.TB, schema string, drop bool) *postgres.DB {
	tb.Helper()
	base := os.Getenv("VIGIL_TEST_DATABASE_URL")
	if base == "" {
		tb.Fatal("VIGIL_TEST_DATABASE_URL is not set: the PostgreSQL store cannot be tested (scripts/test.sh starts a server)")
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { admin.Close() })
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA IF NOT EXISTS "+schema); err != nil {
		tb.Fatalf("create schema on %s: %v", base, err)
	}
	if drop {
		tb.Cleanup(func() { admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
	}
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := postgres.Open(ctx, u.String())
	if err != nil {
		tb.Fatalf("Open() = %v", err)
	}
	return s
}

// open creates a scratch schema for one test, dropped when it ends, and opens a
// store whose connections use it.
func open(t *testing.T) vigil.Store {
	t.Helper()
	return openSchema(t, fmt.Sprintf("vigil_test_%d", time.Now().UnixNano()), true)
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

// openMillion opens the 1,000,000-event store in the schema
// vigil_bench_million_v1, kept between runs and built by bulk load (COPY) the
// first time.
func openMillion(b *testing.B) vigil.Store {
	b.Helper()
	s := openSchema(b, "vigil_bench_million_v1", false)
	b.Cleanup(func() { s.Close() })
	storetest.Fill(b, s, storetest.Million)
	return s
}

func BenchmarkMillion(b *testing.B) { storetest.Bench(b, openMillion(b)) }
