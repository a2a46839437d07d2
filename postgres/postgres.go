// Package postgres is vigil's server store: PostgreSQL through pgx, with a GIN
// full-text index over article text and numbered migrations embedded in the
// binary. It implements vigil.Store and vigil.ServerStore with the same tables as package sqlite and
// the queries of package sqlstore; what is its own is connecting, the schema,
// "$n" placeholders, full-text search and bulk load by COPY.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"strconv"
	"strings"

	"vigil"
	"vigil/sqlstore"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a vigil store in a PostgreSQL database.
type DB struct {
	*sqlstore.DB
}

var (
	_ vigil.Store       = (*DB)(nil)
	_ vigil.ServerStore = (*DB)(nil)
)

// tsMatch is the condition the GIN index articles_fts answers.
const tsMatch = `to_tsvector('simple', title || ' ' || text) @@ plainto_tsquery('simple', ?)`

// dialect is PostgreSQL's: "$n" placeholders and text search over the GIN index.
var dialect = sqlstore.Dialect{
	Rebind:   rebind,
	IsUnique: isUnique,
	Match:    `SELECT id FROM articles WHERE ` + tsMatch,
	Search: `SELECT id FROM articles WHERE ` + tsMatch + `
		ORDER BY ts_rank(to_tsvector('simple', title || ' ' || text), plainto_tsquery('simple', ?)) DESC LIMIT ?`,
	PageFromEvents: true,
}

// Open connects to the database at url (a postgres:// URL or key=value DSN) and
// brings its schema up to date.
func Open(ctx context.Context, url string) (*DB, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	db.SetMaxOpenConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	s := &DB{sqlstore.New(db, dialect)}
	if err := s.Migrate(ctx, migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return s, nil
}

func isUnique(err error) bool {
	return strings.Contains(err.Error(), "duplicate key") || strings.Contains(err.Error(), "23505")
}

// rebind replaces each "?" outside quotes with $1, $2, ...
func rebind(q string) string {
	var b strings.Builder
	n := 0
	quote := byte(0)
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?':
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
