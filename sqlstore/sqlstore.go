// Package sqlstore is vigil's store over database/sql: the queries, scans,
// transactions and review operations that the sqlite and postgres packages
// share. What differs between the databases (placeholders, unique-violation
// errors, full-text search, how a page of events is chosen) is a Dialect; each
// backend package opens its database, keeps its migrations and bulk load, and
// wraps a *DB.
package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"vigil"
)

// Dialect is what the shared queries need to know of a database.
type Dialect struct {
	// Rebind rewrites a query written with "?" placeholders into the database's
	// own; nil keeps "?".
	Rebind func(q string) string
	// IsUnique reports whether err is a violated unique constraint.
	IsUnique func(err error) bool
	// Match is a subquery selecting the ids of the articles whose text matches
	// its one "?" argument.
	Match string
	// MatchArg turns a user's full-text query into the argument of Match and
	// Search; nil passes it unchanged.
	MatchArg func(q string) string
	// Search selects the ids of the matching articles, best first: its last "?"
	// is the limit, every other one the MatchArg of the query.
	Search     string
	searchArgs int
	// PageFromEvents makes a limited event listing choose its page from the
	// events table alone before joining articles and incidents, which helps a
	// planner that would otherwise walk the primary key.
	PageFromEvents bool
	// CacheStatements keeps the statements of queries run outside
	// transactions prepared, for a database that would parse each anew.
	CacheStatements bool
	// JSONRows makes an event listing (EventList) select its columns as one
	// JSON array per row (json_array, as SQLite writes one), for a driver
	// that spends more on each column it hands over than the database spends
	// writing them into one.
	JSONRows bool
}

// DB is a vigil store over a database/sql handle: it implements vigil.Store
// and vigil.ServerStore over the tables the backends' migrations create.
type DB struct {
	db    *sql.DB
	d     Dialect
	stmts stmtCache
}

var _ vigil.Store = (*DB)(nil)

// New wraps an open database whose schema the backend's migrations created.
func New(db *sql.DB, d Dialect) *DB {
	if d.Rebind == nil {
		d.Rebind = func(q string) string { return q }
	}
	if d.MatchArg == nil {
		d.MatchArg = func(q string) string { return q }
	}
	if d.IsUnique == nil {
		d.IsUnique = func(error) bool { return false }
	}
	d.searchArgs = strings.Count(d.Search, "?") - 1
	return &DB{db: db, d: d}
}

// SQL returns the database handle, for what a backend does on its own.
func (s *DB) SQL() *sql.DB { return s.db }

// Close closes the database.
func (s *DB) Close() error {
	s.stmts.close()
	return s.db.Close()
}

// Migrate applies, in the order of their numbers, the migrations in the folder
// migrations of fsys that schema_migrations does not list yet, each in its own
// transaction. A migration's name starts with its number: 001_init.sql.
func (s *DB) Migrate(ctx context.Context, fsys fs.FS) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", name)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		if err := s.Tx(ctx, func(tx *Tx) error {
			var done int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, n).Scan(&done); err != nil {
				return err
			}
			if done > 0 {
				return nil
			}
			if _, err := tx.tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("%s: %w", base, err)
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, n, Now())
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

// Tx runs fn in a transaction, committed when fn returns nil and rolled back
// otherwise.
func (s *DB) Tx(ctx context.Context, fn func(*Tx) error) error {
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	tx := &Tx{sqltx, &s.d}
	if err := fn(tx); err != nil {
		sqltx.Rollback()
		return err
	}
	return sqltx.Commit()
}

// Tx is a transaction whose queries are written with "?" placeholders.
type Tx struct {
	tx *sql.Tx
	d  *Dialect
}

// ExecContext runs a statement.
func (t *Tx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(ctx, t.d.Rebind(q), args...)
}

// QueryContext runs a query.
func (t *Tx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(ctx, t.d.Rebind(q), args...)
}

// QueryRowContext runs a query that returns at most one row.
func (t *Tx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(ctx, t.d.Rebind(q), args...)
}

// PrepareContext prepares a statement for the transaction.
func (t *Tx) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return t.tx.PrepareContext(ctx, t.d.Rebind(q))
}

func (s *DB) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if st := s.stmt(ctx, q); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return s.db.ExecContext(ctx, s.d.Rebind(q), args...)
}

func (s *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if st := s.stmt(ctx, q); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return s.db.QueryContext(ctx, s.d.Rebind(q), args...)
}

func (s *DB) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if st := s.stmt(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return s.db.QueryRowContext(ctx, s.d.Rebind(q), args...)
}

// maxStmts bounds the statement cache: listings build their queries from the
// filters given, so the texts are many but their common shapes few.
const maxStmts = 512

// stmtCache holds prepared statements by query text. SQLite otherwise parses
// every query at every call: a quarter of the time of a page of 100 events.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// stmt returns the cached statement of q, preparing it on first use; nil when
// the dialect caches none, the cache is full, or q fails to prepare (running
// it unprepared then reports the error).
func (s *DB) stmt(ctx context.Context, q string) *sql.Stmt {
	if !s.d.CacheStatements {
		return nil
	}
	c := &s.stmts
	c.mu.Lock()
	st, ok := c.m[q]
	full := len(c.m) >= maxStmts
	c.mu.Unlock()
	if ok || full {
		return st
	}
	// prepared outside the lock: preparing waits for a free connection
	st, err := s.db.PrepareContext(ctx, s.d.Rebind(q))
	if err != nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if prev, ok := c.m[q]; ok {
		st.Close()
		return prev
	}
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	c.m[q] = st
	return st
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.m {
		st.Close()
	}
	c.m = nil
}

// collect reads every row with scan.
func collect[T any](rows *sql.Rows, scan func(*sql.Rows) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func scanID(r *sql.Rows) (int64, error) {
	var id int64
	err := r.Scan(&id)
	return id, err
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Now is the current time as the store writes it.
func Now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// NullString is nil for "" and s otherwise, for nullable text columns.
func NullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
