// Package sqlite is vigil's embedded store: a single SQLite file (modernc.org/sqlite,
// pure Go) in WAL mode, with FTS5 over article text and numbered migrations embedded
// in the binary. It implements vigil.Store.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"vigil"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a vigil store in one SQLite file.
type DB struct {
	db *sql.DB
}

var _ vigil.Store = (*DB)(nil)

// Open opens (creating if needed) the store at path and brings its schema up to
// date.
func Open(ctx context.Context, path string) (*DB, error) {
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	s := &DB{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
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
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		if err := s.tx(ctx, func(tx *sql.Tx) error {
			var done int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, n).Scan(&done); err != nil {
				return err
			}
			if done > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("%s: %w", base, err)
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, n, now())
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

func (s *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// HasArticle reports whether an article with this URL or content hash is stored.
func (s *DB) HasArticle(ctx context.Context, u, hash string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)`, hash, nullString(u)).Scan(&n)
	return n > 0, err
}

// PutArticle stores an article and its events in one transaction.
func (s *DB) PutArticle(ctx context.Context, a *vigil.Article, events []vigil.Event, extractor string) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		st, err := prepareEvents(ctx, tx)
		if err != nil {
			return err
		}
		defer st.Close()
		id, err = putArticle(ctx, tx, st, a, events, extractor)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	return id, nil
}

// PutArticles stores a batch of articles in one transaction, each article
// inside its own savepoint so that one that conflicts or fails is skipped whole.
func (s *DB) PutArticles(ctx context.Context, batch []vigil.NewArticle, extractor string) ([]int64, []error, error) {
	ids := make([]int64, len(batch))
	errs := make([]error, len(batch))
	err := s.tx(ctx, func(tx *sql.Tx) error {
		st, err := prepareEvents(ctx, tx)
		if err != nil {
			return err
		}
		defer st.Close()
		for i, na := range batch {
			if _, err := tx.ExecContext(ctx, `SAVEPOINT article`); err != nil {
				return err
			}
			ids[i], errs[i] = putArticle(ctx, tx, st, na.Article, na.Events, extractor)
			if errs[i] != nil {
				ids[i] = 0
				if vigil.ErrorCode(errs[i]) != vigil.ECONFLICT {
					errs[i] = fmt.Errorf("put article %s: %w", na.Article.ID, errs[i])
				}
				if _, err := tx.ExecContext(ctx, `ROLLBACK TO SAVEPOINT article`); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, `RELEASE SAVEPOINT article`); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("put articles: %w", err)
	}
	return ids, errs, nil
}

// putArticle writes one article and its events inside tx, events through the
// prepared statement st.
func putArticle(ctx context.Context, tx *sql.Tx, st *sql.Stmt, a *vigil.Article, events []vigil.Event, extractor string) (int64, error) {
	hash := a.ContentHash()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)`, hash, nullString(a.URL)).Scan(&n); err != nil {
		return 0, err
	}
	if n > 0 {
		return 0, vigil.Errorf(vigil.ECONFLICT, "article %s already stored", a.ID)
	}
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO articles (doc, url, content_hash, outlet, title, published, language, source, text, extractor, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		a.ID, nullString(a.URL), hash, a.Outlet, a.Title, a.Published.String(), a.Language, a.Source, a.Text, extractor, now()).Scan(&id)
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE") {
			return 0, vigil.Errorf(vigil.ECONFLICT, "article %s already stored", a.ID)
		}
		return 0, err
	}
	return id, insertEventsWith(ctx, st, id, a.Text, events, extractor, 0, nil)
}

// prepareEvents prepares the statement that inserts one event.
func prepareEvents(ctx context.Context, tx *sql.Tx) (*sql.Stmt, error) {
	return tx.PrepareContext(ctx, `INSERT INTO events (article_id, seq, type, status, date, year, country, place, admin1, lat, lon, geonameid, place_feature,
		actor_name, actor_country, actor_id, actor_kind, target_name, target_country, target_id, target_kind, evidence, confidence, extractor, incident_id, pinned)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
}

// insertEvents writes events of one article starting at sequence number seq0;
// pins gives the pinned incident of some of them by index.
func insertEvents(ctx context.Context, tx *sql.Tx, articleID int64, text string, events []vigil.Event, extractor string, seq0 int, pins map[int]string) error {
	if len(events) == 0 {
		return nil
	}
	st, err := prepareEvents(ctx, tx)
	if err != nil {
		return err
	}
	defer st.Close()
	return insertEventsWith(ctx, st, articleID, text, events, extractor, seq0, pins)
}

// insertEventsWith is insertEvents through a prepared statement.
func insertEventsWith(ctx context.Context, st *sql.Stmt, articleID int64, text string, events []vigil.Event, extractor string, seq0 int, pins map[int]string) error {
	if len(events) == 0 {
		return nil
	}
	ri := vigil.NewRuneIndex(text)
	for i := range events {
		args := EventArgs(&events[i], text, ri)
		inc, pinned := pins[i]
		all := append([]any{articleID, seq0 + i}, args...)
		all = append(all, extractor, inc, b2i(pinned))
		if _, err := st.ExecContext(ctx, all...); err != nil {
			return err
		}
	}
	return nil
}

// EventArgs returns the column values of an event from type to confidence, in the
// order of the events table. The postgres package shares the layout.
func EventArgs(ev *vigil.Event, text string, ri *vigil.RuneIndex) []any {
	rec := vigil.NewEventRecord(ev, text, ri)
	var year any
	if !ev.Date.IsZero() {
		year = ev.Date.Year
	}
	var place, lat, lon any
	admin1, feature, geo := "", "", 0
	if p := ev.Place; p != nil {
		place = p.Name
		if p.HasCoords {
			lat, lon = *rec.Lat, *rec.Lon
		}
		admin1, feature, geo = p.Admin1, string(p.Feature), p.GeonameID
	}
	var an, ac, aid, ak, tn, tc, tid, tk any = nil, "", "", "", nil, "", "", ""
	if a := ev.Actor; a != nil {
		an, ac, aid, ak = a.Name, a.Country, a.ID, a.Kind
	}
	if t := ev.Target; t != nil {
		tn, tc, tid, tk = t.Name, t.Country, t.ID, t.Kind
	}
	evid, _ := json.Marshal(rec.Evidence)
	return []any{string(ev.Type), string(ev.Status), ev.Date.String(), year, ev.Country, place, admin1, lat, lon, geo, feature,
		an, ac, aid, ak, tn, tc, tid, tk, string(evid), rec.Confidence}
}

// Article returns a stored article.
func (s *DB) Article(ctx context.Context, id int64) (*vigil.StoredArticle, error) {
	var a vigil.StoredArticle
	var u sql.NullString
	var pub, at string
	err := s.db.QueryRowContext(ctx, `SELECT id, doc, url, content_hash, outlet, title, published, language, source, text, extractor, ingested_at FROM articles WHERE id = ?`, id).
		Scan(&a.ID, &a.Article.ID, &u, &a.ContentHash, &a.Article.Outlet, &a.Article.Title, &pub, &a.Article.Language, &a.Article.Source, &a.Article.Text, &a.Extractor, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.ENOTFOUND, "no article %d", id)
	} else if err != nil {
		return nil, err
	}
	a.Article.URL = u.String
	if pub != "" {
		a.Article.Published, _ = vigil.ParseDate(pub)
	}
	a.IngestedAt = parseTime(at)
	return &a, nil
}

// ArticleIDs returns every article id in ingest order.
func (s *DB) ArticleIDs(ctx context.Context) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// ReplaceEvents replaces an article's events after re-extraction, keeping
// reviewers' edits and pins.
func (s *DB) ReplaceEvents(ctx context.Context, articleID int64, events []vigil.Event, extractor string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var text string
		if err := tx.QueryRowContext(ctx, `SELECT text FROM articles WHERE id = ?`, articleID).Scan(&text); errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no article %d", articleID)
		} else if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT seq, type, evidence, incident_id, pinned, edited FROM events WHERE article_id = ?`, articleID)
		if err != nil {
			return err
		}
		var old []OldEvent
		maxSeq := -1
		for rows.Next() {
			var o OldEvent
			var evid string
			if err := rows.Scan(&o.Seq, &o.Type, &evid, &o.Incident, &o.Pinned, &o.Edited); err != nil {
				rows.Close()
				return err
			}
			json.Unmarshal([]byte(evid), &o.Evidence)
			maxSeq = max(maxSeq, o.Seq)
			old = append(old, o)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		keep, pins := CarryOver(old, events, text)
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE article_id = ? AND edited = 0`, articleID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET extractor = ? WHERE id = ?`, extractor, articleID); err != nil {
			return err
		}
		return insertEvents(ctx, tx, articleID, text, keep, extractor, maxSeq+1, pins)
	})
}

// OldEvent is what reprocessing needs to know of an event it replaces.
type OldEvent struct {
	Seq      int
	Type     string
	Evidence []vigil.EvidenceSpan
	Incident string
	Pinned   bool
	Edited   bool
}

// CarryOver decides, for re-extracted events, which to insert (those that do not
// duplicate an event a reviewer edited) and which pinned incident each inherits
// from the old event it overlaps. Both backends use it.
func CarryOver(old []OldEvent, events []vigil.Event, text string) ([]vigil.Event, map[int]string) {
	ri := vigil.NewRuneIndex(text)
	overlaps := func(o OldEvent, ev *vigil.Event) bool {
		if o.Type != string(ev.Type) {
			return false
		}
		for _, sp := range ev.Evidence {
			a, b := ri.Runes(sp.Start), ri.Runes(sp.End)
			for _, e := range o.Evidence {
				if a < e.End && e.Start < b {
					return true
				}
			}
		}
		return false
	}
	var keep []vigil.Event
	pins := map[int]string{}
	for i := range events {
		dup := false
		pin := ""
		for _, o := range old {
			if !overlaps(o, &events[i]) {
				continue
			}
			if o.Edited {
				dup = true
				break
			}
			if o.Pinned && pin == "" {
				pin = o.Incident
			}
		}
		if dup {
			continue
		}
		if pin != "" {
			pins[len(keep)] = pin
		}
		keep = append(keep, events[i])
	}
	return keep, pins
}

// RecordFailure stores a per-article failure.
func (s *DB) RecordFailure(ctx context.Context, f vigil.Failure) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO failures (doc, source, reason, at) VALUES (?, ?, ?, ?)`, f.Doc, f.Source, f.Reason, now())
	return err
}

// Failures lists recorded failures, oldest first.
func (s *DB) Failures(ctx context.Context) ([]vigil.Failure, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, doc, source, reason, at FROM failures ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []vigil.Failure
	for rows.Next() {
		var f vigil.Failure
		var at string
		if err := rows.Scan(&f.ID, &f.Doc, &f.Source, &f.Reason, &at); err != nil {
			return nil, err
		}
		f.At = parseTime(at)
		out = append(out, f)
	}
	return out, rows.Err()
}

// SearchArticles runs an FTS5 query over article titles and text.
func (s *DB) SearchArticles(ctx context.Context, query string, limit int) ([]int64, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.db.QueryContext(ctx, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`, ftsQuery(query), limit)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
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
