package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// TestPlannerStatistics stores enough events for the planner's guesses to
// matter and checks that a listing by state, type and years reads the index on
// all three: without statistics SQLite chose the one on type and year.
func TestPlannerStatistics(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	states := []string{"IR", "RU", "CN", "RW", "SA"}
	var batch []vigil.NewArticle
	for a := range 60 {
		art := &vigil.Article{ID: fmt.Sprint("doc", a), Text: fmt.Sprint("An agent was arrested. ", a)}
		var evs []vigil.Event
		for i := range 50 {
			k := a*50 + i
			evs = append(evs, vigil.Event{Doc: art.ID, Type: vigil.EventTypes[k%8], Status: vigil.CarriedOut,
				Date: vigil.Date{Year: 2005 + k%20, Precision: vigil.PrecisionYear}, Country: "DE",
				Actor: &vigil.ActorRef{Name: "service", Country: states[k%5]}, Evidence: []vigil.Span{{Start: 0, End: 10}}})
		}
		batch = append(batch, vigil.NewArticle{Article: art, Events: evs})
	}
	if _, _, err := s.PutArticles(ctx, batch, "test"); err != nil {
		t.Fatal(err)
	}
	var plan strings.Builder
	rows, err := s.SQL().QueryContext(ctx, `EXPLAIN QUERY PLAN SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id
		WHERE e.type IN (?) AND e.actor_country = ? AND e.year >= ? AND e.year <= ? ORDER BY e.id LIMIT 101`, "assassination", "IR", 2010, 2015)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan.WriteString(detail + "\n")
	}
	if !strings.Contains(plan.String(), "events_actor_country_type_year") {
		t.Errorf("plan of a listing by state, type and years:\n%swant it to read events_actor_country_type_year", plan.String())
	}
	// index samples would make SQLite prepare every listing anew at each run
	var samples int
	if err := s.SQL().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat4'`).Scan(&samples); err != nil {
		t.Fatal(err)
	}
	if samples != 0 {
		t.Errorf("sqlite_stat4 is kept after ANALYZE; want it dropped")
	}
}
