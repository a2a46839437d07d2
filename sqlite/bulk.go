package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"iter"
	"strings"

	"vigil"
	"vigil/sqlstore"
)

var _ vigil.BulkLoader = (*DB)(nil)

// bulkRows is how many rows one multi-row INSERT of a bulk load holds.
const bulkRows = 200

// BulkLoad writes articles, their events and incidents with multi-row inserts
// in one transaction. Article ids continue from the largest stored one.
func (s *DB) BulkLoad(ctx context.Context, articles iter.Seq[vigil.BulkArticle], incidents iter.Seq[vigil.Incident]) error {
	err := s.Tx(ctx, func(tx *sqlstore.Tx) error {
		var next int64
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) + 1 FROM articles`).Scan(&next); err != nil {
			return err
		}
		t := sqlstore.Now()
		arts := newMultiInsert(tx, `INSERT INTO articles (id, doc, url, content_hash, outlet, title, published, language, source, text, extractor, ingested_at) VALUES `, 12)
		evs := newMultiInsert(tx, `INSERT INTO events (`+sqlstore.EventInsertColumns+`) VALUES `, 26)
		evs.dep = arts
		for ba := range articles {
			a := ba.Article
			id := next
			next++
			if err := arts.add(ctx, id, a.ID, sqlstore.NullString(a.URL), a.ContentHash(), a.Outlet, a.Title, a.Published.String(), a.Language, a.Source, a.Text, "bulk", t); err != nil {
				return err
			}
			ri := vigil.NewRuneIndex(a.Text)
			for i := range ba.Events {
				if err := evs.add(ctx, sqlstore.EventRow(id, i, &ba.Events[i], a.Text, ri, "bulk", ba.Incidents[i], false)...); err != nil {
					return err
				}
			}
		}
		if err := arts.flush(ctx); err != nil {
			return err
		}
		if err := evs.flush(ctx); err != nil {
			return err
		}
		ins := newMultiInsert(tx, `INSERT INTO incidents (type, status, date, year, country, place, lat, lon, actor_name, actor_country, target_name, target_country,
			id, response_to, events, articles, conflicts, updated_at) VALUES `, 18)
		for in := range incidents {
			conf := "[]"
			if in.Conflicts != nil {
				b, _ := json.Marshal(in.Conflicts)
				conf = string(b)
			}
			args := append(sqlstore.IncidentArgs(&in), in.ID, in.ResponseTo, in.Events, in.Articles, conf, t)
			if err := ins.add(ctx, args...); err != nil {
				return err
			}
		}
		if err := ins.flush(ctx); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `ANALYZE`)
		return err
	})
	if err != nil {
		return err
	}
	return s.loadStats(ctx)
}

// multiInsert gathers rows and writes them bulkRows at a time.
type multiInsert struct {
	tx     *sqlstore.Tx
	prefix string
	cols   int
	args   []any
	full   *sql.Stmt
	dep    *multiInsert // written first: the rows this table references
}

func newMultiInsert(tx *sqlstore.Tx, prefix string, cols int) *multiInsert {
	return &multiInsert{tx: tx, prefix: prefix, cols: cols}
}

func (m *multiInsert) sql(rows int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", m.cols), ", ") + ")"
	return m.prefix + strings.TrimSuffix(strings.Repeat(row+", ", rows), ", ")
}

func (m *multiInsert) add(ctx context.Context, args ...any) error {
	m.args = append(m.args, args...)
	if len(m.args) < bulkRows*m.cols {
		return nil
	}
	if err := m.dep.write(ctx); err != nil {
		return err
	}
	if m.full == nil {
		st, err := m.tx.PrepareContext(ctx, m.sql(bulkRows))
		if err != nil {
			return err
		}
		m.full = st
	}
	_, err := m.full.ExecContext(ctx, m.args...)
	m.args = m.args[:0]
	return err
}

// write writes the rows gathered so far.
func (m *multiInsert) write(ctx context.Context) error {
	if m == nil || len(m.args) == 0 {
		return nil
	}
	_, err := m.tx.ExecContext(ctx, m.sql(len(m.args)/m.cols), m.args...)
	m.args = m.args[:0]
	return err
}

func (m *multiInsert) flush(ctx context.Context) error {
	if m.full != nil {
		defer m.full.Close()
	}
	if err := m.dep.write(ctx); err != nil {
		return err
	}
	if len(m.args) == 0 {
		return nil
	}
	_, err := m.tx.ExecContext(ctx, m.sql(len(m.args)/m.cols), m.args...)
	m.args = m.args[:0]
	return err
}
