package sqlite

import (
	"context"
	"fmt"
	"sync"

	"vigil"
)

// Planner statistics. Without sqlite_stat1 SQLite's planner guesses how many
// rows an index matches, and for the API's listing filtered by state, type and
// years (ORDER BY id LIMIT n) it guessed the (type, year) index over (state,
// type, year) and read 25 times the rows it needed: 1.1 ms instead of 0.05 ms a
// query on 100,000 events. So the store runs ANALYZE whenever the events table
// has doubled (or halved) since the statistics were last gathered. Every
// connection reloads them on its next statement, also in other processes.

// ANALYZE also samples index values into sqlite_stat4, and with samples the
// planner reads the values bound to a statement: SQLite then prepares the
// statement again at every run, since a new value might call for a new plan.
// That re-preparing was a quarter of the time of a page of 100 events (two
// thirds of an empty page's), and the plans the listings need come from
// sqlite_stat1 alone. So the samples are dropped after each ANALYZE: dropping
// a table changes the schema, and every connection reloads the statistics
// without them.

// analyzeMin is the table size below which the planner's guesses cost nothing
// worth an ANALYZE.
const analyzeMin = 1000

// planStats remembers the events table's size (its largest id, which costs one
// index probe to read) when ANALYZE last ran.
type planStats struct {
	mu       sync.Mutex
	analyzed int64 // largest event id then; 0 when never
}

// loadStats takes statistics found in the store as gathered on its current
// size.
func (s *DB) loadStats(ctx context.Context) error {
	s.stats.mu.Lock()
	defer s.stats.mu.Unlock()
	// a store analyzed before the samples were dropped
	if err := s.dropSamples(ctx); err != nil {
		return err
	}
	var n int
	err := s.SQL().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'`).Scan(&n)
	if err != nil || n == 0 {
		return err
	}
	if err := s.SQL().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'events'`).Scan(&n); err != nil || n == 0 {
		return err
	}
	return s.SQL().QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) FROM events`).Scan(&s.stats.analyzed)
}

// refreshStats runs ANALYZE when the events table has at least analyzeMin rows
// and doubled or halved since the statistics were gathered.
func (s *DB) refreshStats(ctx context.Context) error {
	s.stats.mu.Lock()
	defer s.stats.mu.Unlock()
	var n int64
	if err := s.SQL().QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) FROM events`).Scan(&n); err != nil {
		return fmt.Errorf("planner statistics: %w", err)
	}
	a := s.stats.analyzed
	if n < analyzeMin || (a > 0 && n < 2*a && 2*n > a) {
		return nil
	}
	if _, err := s.SQL().ExecContext(ctx, `ANALYZE`); err != nil {
		return fmt.Errorf("planner statistics: %w", err)
	}
	if err := s.dropSamples(ctx); err != nil {
		return err
	}
	s.stats.analyzed = n
	return nil
}

// dropSamples drops the index samples of sqlite_stat4, if any.
func (s *DB) dropSamples(ctx context.Context) error {
	if _, err := s.SQL().ExecContext(ctx, `DROP TABLE IF EXISTS sqlite_stat4`); err != nil {
		return fmt.Errorf("planner statistics: %w", err)
	}
	return nil
}

// afterWrite refreshes the statistics once a write has succeeded. Its own
// failure is dropped: the data is stored, and queries stay correct without
// statistics, only slower; the next write tries again.
func (s *DB) afterWrite(ctx context.Context, err error) error {
	if err == nil {
		s.refreshStats(ctx)
	}
	return err
}

// PutArticle stores an article and its events, then refreshes the statistics.
func (s *DB) PutArticle(ctx context.Context, a *vigil.Article, events []vigil.Event, extractor string) (int64, error) {
	id, err := s.DB.PutArticle(ctx, a, events, extractor)
	return id, s.afterWrite(ctx, err)
}

// PutArticles stores a batch of articles, then refreshes the statistics.
func (s *DB) PutArticles(ctx context.Context, batch []vigil.NewArticle, extractor string) ([]int64, []error, error) {
	ids, errs, err := s.DB.PutArticles(ctx, batch, extractor)
	return ids, errs, s.afterWrite(ctx, err)
}

// SaveIncidents replaces the clustering, then refreshes the statistics.
func (s *DB) SaveIncidents(ctx context.Context, assign []vigil.Assignment, incidents []vigil.Incident) error {
	return s.afterWrite(ctx, s.DB.SaveIncidents(ctx, assign, incidents))
}
