// Package sqlite is vigil's embedded store: a single SQLite file (modernc.org/sqlite,
// pure Go) in WAL mode, with FTS5 over article text and numbered migrations embedded
// in the binary. It implements vigil.Store and vigil.ServerStore with the queries of package sqlstore;
// what is its own is opening the file, the schema, full-text search and bulk load.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"net/url"
	"strings"

	"vigil"
	"vigil/sqlstore"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a vigil store in one SQLite file.
type DB struct {
	*sqlstore.DB
	stats planStats
}

var (
	_ vigil.Store       = (*DB)(nil)
	_ vigil.ServerStore = (*DB)(nil)
)

// dialect is SQLite's: "?" placeholders and FTS5 over articles_fts.
var dialect = sqlstore.Dialect{
	IsUnique: func(err error) bool { return strings.Contains(err.Error(), "UNIQUE") },
	Match:    `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?`,
	MatchArg: ftsQuery,
	Search:   `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
	// parsing was a quarter of an event listing's time; a plan that depends on
	// a bound value (STAT4) is still made anew for each value
	CacheStatements: true,
	// the driver takes the connection's lock two or three times for every
	// column of every row; one JSON array a row made the API's page of 100
	// events a fifth cheaper (0.58 -> 0.46 ms of CPU, 2786 -> 1027
	// allocations)
	JSONRows: true,
}

// Open opens (creating if needed) the store at path and brings its schema up to
// date.
func Open(ctx context.Context, path string) (*DB, error) {
	q := url.Values{}
	// a 32 MB page cache and a memory-mapped file per connection: listings read
	// many pages of a large store (a filtered API listing at 50 clients went from
	// p99 1.3 s to 0.43 s on 100,000 events)
	for _, p := range []string{"journal_mode(WAL)", "busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)", "cache_size(-32768)", "mmap_size(268435456)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// Sixteen connections: readers in WAL mode do not wait for each other, but
	// requests waiting for a connection do, and database/sql hands a freed one
	// to a random waiter. With four, a full page of the filtered API listing
	// at 50 clients took p50 59 ms, p99 162 ms; with sixteen 30 ms and 82-165
	// ms (thirty-two measured the same). Writers still take turns through
	// BEGIN IMMEDIATE and busy_timeout. Each connection's page cache holds
	// what the memory map (the first 256 MB) does not serve, at most 32 MB.
	// All stay open (database/sql keeps two idle by default), so none is
	// closed and reopened between requests, losing its prepared statements.
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	s := &DB{DB: sqlstore.New(db, dialect)}
	if err := s.Migrate(ctx, migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	// a store filled before statistics were kept gets them now
	if err := s.loadStats(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.refreshStats(ctx)
	return s, nil
}

// ftsQuery quotes each word of a user's query so that FTS5 syntax in it cannot
// fail the query: words are ANDed.
func ftsQuery(q string) string {
	var parts []string
	for _, w := range strings.Fields(q) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}
