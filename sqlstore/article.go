package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"vigil"
)

// HasArticle reports whether an article with this URL or content hash is stored.
func (s *DB) HasArticle(ctx context.Context, u, hash string) (bool, error) {
	var n int
	err := s.queryRow(ctx, `SELECT count(*) FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)`, hash, NullString(u)).Scan(&n)
	return n > 0, err
}

// PutArticle stores an article and its events in one transaction.
func (s *DB) PutArticle(ctx context.Context, a *vigil.Article, events []vigil.Event, extractor string) (int64, error) {
	var id int64
	err := s.Tx(ctx, func(tx *Tx) error {
		st, err := prepareEvents(ctx, tx)
		if err != nil {
			return err
		}
		defer st.Close()
		id, err = s.putArticle(ctx, tx, st, a, events, extractor)
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
	err := s.Tx(ctx, func(tx *Tx) error {
		st, err := prepareEvents(ctx, tx)
		if err != nil {
			return err
		}
		defer st.Close()
		for i, na := range batch {
			if _, err := tx.ExecContext(ctx, `SAVEPOINT article`); err != nil {
				return err
			}
			ids[i], errs[i] = s.putArticle(ctx, tx, st, na.Article, na.Events, extractor)
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
func (s *DB) putArticle(ctx context.Context, tx *Tx, st *sql.Stmt, a *vigil.Article, events []vigil.Event, extractor string) (int64, error) {
	hash := a.ContentHash()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)`, hash, NullString(a.URL)).Scan(&n); err != nil {
		return 0, err
	}
	if n > 0 {
		return 0, vigil.Errorf(vigil.ECONFLICT, "article %s already stored", a.ID)
	}
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO articles (doc, url, content_hash, outlet, title, published, language, source, text, extractor, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		a.ID, NullString(a.URL), hash, a.Outlet, a.Title, a.Published.String(), a.Language, a.Source, a.Text, extractor, Now()).Scan(&id)
	if err != nil {
		if s.d.IsUnique(err) {
			return 0, vigil.Errorf(vigil.ECONFLICT, "article %s already stored", a.ID)
		}
		return 0, err
	}
	return id, insertEventsWith(ctx, st, id, a.Text, events, extractor, 0, nil)
}

// EventInsertColumns are the columns of the events table a new event fills, in
// the order of EventRow.
const EventInsertColumns = `article_id, seq, type, status, date, year, country, place, admin1, lat, lon, geonameid, place_feature,
	actor_name, actor_country, actor_id, actor_kind, target_name, target_country, target_id, target_kind, evidence, confidence, extractor, incident_id, pinned`

// prepareEvents prepares the statement that inserts one event.
func prepareEvents(ctx context.Context, tx *Tx) (*sql.Stmt, error) {
	return tx.PrepareContext(ctx, `INSERT INTO events (`+EventInsertColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
}

// insertEvents writes events of one article starting at sequence number seq0;
// pins gives the pinned incident of some of them by index.
func insertEvents(ctx context.Context, tx *Tx, articleID int64, text string, events []vigil.Event, extractor string, seq0 int, pins map[int]string) error {
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
		inc, pinned := pins[i]
		if _, err := st.ExecContext(ctx, EventRow(articleID, seq0+i, &events[i], text, ri, extractor, inc, pinned)...); err != nil {
			return err
		}
	}
	return nil
}

// EventRow returns the values of EventInsertColumns for one event of an article.
func EventRow(articleID int64, seq int, ev *vigil.Event, text string, ri *vigil.RuneIndex, extractor, incident string, pinned bool) []any {
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
	return []any{articleID, seq, string(ev.Type), string(ev.Status), ev.Date.String(), year, ev.Country, place, admin1, lat, lon, geo, feature,
		an, ac, aid, ak, tn, tc, tid, tk, string(evid), rec.Confidence, extractor, incident, b2i(pinned)}
}

// Article returns a stored article.
func (s *DB) Article(ctx context.Context, id int64) (*vigil.StoredArticle, error) {
	var a vigil.StoredArticle
	var u sql.NullString
	var pub, at string
	err := s.queryRow(ctx, `SELECT id, doc, url, content_hash, outlet, title, published, language, source, text, extractor, ingested_at FROM articles WHERE id = ?`, id).
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
	rows, err := s.query(ctx, `SELECT id FROM articles ORDER BY id`)
	if err != nil {
		return nil, err
	}
	return collect(rows, scanID)
}

// ReplaceEvents replaces an article's events after re-extraction, keeping
// reviewers' edits and pins.
func (s *DB) ReplaceEvents(ctx context.Context, articleID int64, events []vigil.Event, extractor string) error {
	return s.Tx(ctx, func(tx *Tx) error {
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
		old, err := collect(rows, func(r *sql.Rows) (OldEvent, error) {
			var o OldEvent
			var evid string
			err := r.Scan(&o.Seq, &o.Type, &evid, &o.Incident, &o.Pinned, &o.Edited)
			json.Unmarshal([]byte(evid), &o.Evidence)
			return o, err
		})
		if err != nil {
			return err
		}
		maxSeq := -1
		for _, o := range old {
			maxSeq = max(maxSeq, o.Seq)
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
// from the old event it overlaps.
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
	_, err := s.exec(ctx, `INSERT INTO failures (doc, source, reason, at) VALUES (?, ?, ?, ?)`, f.Doc, f.Source, f.Reason, Now())
	return err
}

// Failures lists recorded failures, oldest first.
func (s *DB) Failures(ctx context.Context) ([]vigil.Failure, error) {
	rows, err := s.query(ctx, `SELECT id, doc, source, reason, at FROM failures ORDER BY id`)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(r *sql.Rows) (vigil.Failure, error) {
		var f vigil.Failure
		var at string
		err := r.Scan(&f.ID, &f.Doc, &f.Source, &f.Reason, &at)
		f.At = parseTime(at)
		return f, err
	})
}

// SearchArticles runs a full-text query over article titles and text.
func (s *DB) SearchArticles(ctx context.Context, query string, limit int) ([]int64, error) {
	if limit <= 0 {
		limit = 100
	}
	var args []any
	for range s.d.searchArgs {
		args = append(args, s.d.MatchArg(query))
	}
	rows, err := s.query(ctx, s.d.Search, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return collect(rows, scanID)
}
