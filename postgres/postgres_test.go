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
