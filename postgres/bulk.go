package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"vigil"
	"vigil/sqlstore"
)

var _ vigil.BulkLoader = (*DB)(nil)

// bulkChunk is how many articles one round of COPY holds.
const bulkChunk = 2000

var (
	articleCols  = []string{"id", "doc", "url", "content_hash", "outlet", "title", "published", "language", "source", "text", "extractor", "ingested_at"}
	eventCols    = strings.Fields(strings.ReplaceAll(sqlstore.EventInsertColumns, ",", " "))
	incidentCols = []string{"type", "status", "date", "year", "country", "place", "lat", "lon", "actor_name", "actor_country", "target_name", "target_country",
		"id", "response_to", "events", "articles", "conflicts", "updated_at"}
)

// BulkLoad writes articles, their events and incidents with COPY in one
// transaction. Article ids continue from the largest stored one.
func (s *DB) BulkLoad(ctx context.Context, articles iter.Seq[vigil.BulkArticle], incidents iter.Seq[vigil.Incident]) error {
	conn, err := s.SQL().Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		pc, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("bulk load: not a pgx connection")
		}
		tx, err := pc.Conn().Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx)
		if err := bulkLoad(ctx, tx, articles, incidents); err != nil {
			return fmt.Errorf("bulk load: %w", err)
		}
		if err := tx.Commit(ctx); err != nil {
			return err
		}
		// Set the visibility map so that the query indexes are read alone.
		_, err = pc.Conn().Exec(ctx, `VACUUM (ANALYZE) articles, events, incidents`)
		return err
	})
}

func bulkLoad(ctx context.Context, tx pgx.Tx, articles iter.Seq[vigil.BulkArticle], incidents iter.Seq[vigil.Incident]) error {
	var next int64
	if err := tx.QueryRow(ctx, `SELECT COALESCE(max(id), 0) + 1 FROM articles`).Scan(&next); err != nil {
		return err
	}
	t := sqlstore.Now()
	var arows, erows [][]any
	flush := func() error {
		if len(arows) == 0 {
			return nil
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"articles"}, articleCols, pgx.CopyFromRows(arows)); err != nil {
			return err
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"events"}, eventCols, pgx.CopyFromRows(erows)); err != nil {
			return err
		}
		arows, erows = arows[:0], erows[:0]
		return nil
	}
	for ba := range articles {
		a := ba.Article
		id := next
		next++
		arows = append(arows, []any{id, a.ID, sqlstore.NullString(a.URL), a.ContentHash(), a.Outlet, a.Title, a.Published.String(), a.Language, a.Source, a.Text, "bulk", t})
		ri := vigil.NewRuneIndex(a.Text)
		for i := range ba.Events {
			erows = append(erows, sqlstore.EventRow(id, i, &ba.Events[i], a.Text, ri, "bulk", ba.Incidents[i], false))
		}
		if len(arows) >= bulkChunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	var irows [][]any
	for in := range incidents {
		conf := "[]"
		if in.Conflicts != nil {
			b, _ := json.Marshal(in.Conflicts)
			conf = string(b)
		}
		irows = append(irows, append(sqlstore.IncidentArgs(&in), in.ID, in.ResponseTo, in.Events, in.Articles, conf, t))
		if len(irows) >= 10000 {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{"incidents"}, incidentCols, pgx.CopyFromRows(irows)); err != nil {
				return err
			}
			irows = irows[:0]
		}
	}
	if len(irows) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"incidents"}, incidentCols, pgx.CopyFromRows(irows)); err != nil {
			return err
		}
	}
	for _, q := range []string{
		`SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))`,
		`SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT max(id) FROM events))`,
	} {
		if _, err := tx.Exec(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
