package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"vigil"
	"vigil/sqlstore"
)

var _ vigil.ServerStore = (*DB)(nil)

// serverSchema holds the tables of the web server: accounts, sessions, API tokens
// and event verdicts. It is created on first use so the record's migrations stay
// independent of the server.
const serverSchema = `
CREATE TABLE IF NOT EXISTS users (
	id       INTEGER PRIMARY KEY,
	name     TEXT NOT NULL UNIQUE,
	role     TEXT NOT NULL,
	hash     TEXT NOT NULL,
	created  TEXT NOT NULL,
	disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sessions (
	hash    TEXT PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	expires TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS api_tokens (
	hash    TEXT PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	name    TEXT NOT NULL,
	created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS event_reviews (
	event_id INTEGER PRIMARY KEY,
	verdict  TEXT NOT NULL,
	who      TEXT NOT NULL,
	at       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_confidence ON events(confidence, id);
`

var serverSchemaOnce sync.Map // *sql.DB -> error

func (s *DB) serverTables(ctx context.Context) error {
	if v, ok := serverSchemaOnce.Load(s.SQL()); ok && v == nil {
		return nil
	}
	_, err := s.SQL().ExecContext(ctx, serverSchema)
	if err != nil {
		return fmt.Errorf("server tables: %w", err)
	}
	serverSchemaOnce.Store(s.SQL(), nil)
	return nil
}

const userColumns = `u.id, u.name, u.role, u.hash, u.created, u.disabled`

func scanUser(r sqlstore.Scanner) (*vigil.User, error) {
	var u vigil.User
	var created string
	if err := r.Scan(&u.ID, &u.Name, &u.Role, &u.Hash, &created, &u.Disabled); err != nil {
		return nil, err
	}
	u.Created, _ = time.Parse(time.RFC3339Nano, created)
	return &u, nil
}

// PutUser creates or updates an account.
func (s *DB) PutUser(ctx context.Context, u vigil.User) (int64, error) {
	if err := s.serverTables(ctx); err != nil {
		return 0, err
	}
	if vigil.RoleRank(u.Role) == 0 {
		return 0, vigil.Errorf(vigil.EINVALID, "unknown role %q", u.Role)
	}
	disabled := 0
	if u.Disabled {
		disabled = 1
	}
	var id int64
	err := s.SQL().QueryRowContext(ctx, `INSERT INTO users (name, role, hash, created, disabled) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET role = excluded.role, hash = excluded.hash, disabled = excluded.disabled RETURNING id`,
		u.Name, u.Role, u.Hash, sqlstore.Now(), disabled).Scan(&id)
	return id, err
}

// UserByName returns an account.
func (s *DB) UserByName(ctx context.Context, name string) (*vigil.User, error) {
	if err := s.serverTables(ctx); err != nil {
		return nil, err
	}
	u, err := scanUser(s.SQL().QueryRowContext(ctx, `SELECT `+userColumns+` FROM users u WHERE u.name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.ENOTFOUND, "no user %q", name)
	}
	return u, err
}

// CountUsers counts accounts.
func (s *DB) CountUsers(ctx context.Context) (int, error) {
	if err := s.serverTables(ctx); err != nil {
		return 0, err
	}
	var n int
	err := s.SQL().QueryRowContext(ctx, `SELECT count(*) FROM users`).Scan(&n)
	return n, err
}

// CreateSession stores a session.
func (s *DB) CreateSession(ctx context.Context, tokenHash string, userID int64, expires time.Time) error {
	if err := s.serverTables(ctx); err != nil {
		return err
	}
	_, err := s.SQL().ExecContext(ctx, `INSERT INTO sessions (hash, user_id, expires) VALUES (?, ?, ?)`, tokenHash, userID, expires.UTC().Format(time.RFC3339Nano))
	return err
}

// SessionUser returns the account of an unexpired session.
func (s *DB) SessionUser(ctx context.Context, tokenHash string) (*vigil.User, error) {
	if err := s.serverTables(ctx); err != nil {
		return nil, err
	}
	u, err := scanUser(s.SQL().QueryRowContext(ctx, `SELECT `+userColumns+` FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.hash = ? AND s.expires > ? AND u.disabled = 0`, tokenHash, sqlstore.Now()))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.EUNAUTHORIZED, "no session")
	}
	return u, err
}

// DeleteSession ends a session.
func (s *DB) DeleteSession(ctx context.Context, tokenHash string) error {
	if err := s.serverTables(ctx); err != nil {
		return err
	}
	_, err := s.SQL().ExecContext(ctx, `DELETE FROM sessions WHERE hash = ? OR expires < ?`, tokenHash, sqlstore.Now())
	return err
}

// CreateToken stores an API token.
func (s *DB) CreateToken(ctx context.Context, tokenHash string, userID int64, name string) error {
	if err := s.serverTables(ctx); err != nil {
		return err
	}
	_, err := s.SQL().ExecContext(ctx, `INSERT INTO api_tokens (hash, user_id, name, created) VALUES (?, ?, ?, ?)`, tokenHash, userID, name, sqlstore.Now())
	return err
}

// TokenUser returns the account of an API token.
func (s *DB) TokenUser(ctx context.Context, tokenHash string) (*vigil.User, error) {
	if err := s.serverTables(ctx); err != nil {
		return nil, err
	}
	u, err := scanUser(s.SQL().QueryRowContext(ctx, `SELECT `+userColumns+` FROM api_tokens t JOIN users u ON u.id = t.user_id
		WHERE t.hash = ? AND u.disabled = 0`, tokenHash))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.EUNAUTHORIZED, "unknown token")
	}
	return u, err
}

// ReviewQueue lists unreviewed events, least confident first.
func (s *DB) ReviewQueue(ctx context.Context, limit int) ([]vigil.ReviewItem, error) {
	if err := s.serverTables(ctx); err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.SQL().QueryContext(ctx, `SELECT `+sqlstore.EventColumns+`, a.title`+sqlstore.EventFrom+`
		WHERE e.id NOT IN (SELECT event_id FROM event_reviews) ORDER BY e.confidence, e.id LIMIT `+strconv.Itoa(limit))
	if err != nil {
		return nil, fmt.Errorf("review queue: %w", err)
	}
	defer rows.Close()
	var out []vigil.ReviewItem
	for rows.Next() {
		var it vigil.ReviewItem
		se, err := sqlstore.ScanEvent(titleScanner{rows, &it.ArticleTitle})
		if err != nil {
			return nil, err
		}
		it.Event = se
		out = append(out, it)
	}
	return out, rows.Err()
}

// titleScanner appends one more destination to a sqlstore.ScanEvent row.
type titleScanner struct {
	r     sqlstore.Scanner
	title *string
}

func (t titleScanner) Scan(dest ...any) error { return t.r.Scan(append(dest, t.title)...) }

// ReviewEvent records a verdict on an event.
func (s *DB) ReviewEvent(ctx context.Context, who string, id int64, verdict string) error {
	if err := s.serverTables(ctx); err != nil {
		return err
	}
	if verdict != vigil.EventConfirmed && verdict != vigil.EventRejected {
		return vigil.Errorf(vigil.EINVALID, "unknown verdict %q", verdict)
	}
	return s.Tx(ctx, func(tx *sqlstore.Tx) error {
		var inc string
		err := tx.QueryRowContext(ctx, `SELECT incident_id FROM events WHERE id = ?`, id).Scan(&inc)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no event %d", id)
		} else if err != nil {
			return err
		}
		var before sql.NullString
		if err := tx.QueryRowContext(ctx, `SELECT verdict FROM event_reviews WHERE event_id = ?`, id).Scan(&before); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO event_reviews (event_id, verdict, who, at) VALUES (?, ?, ?, ?)
			ON CONFLICT (event_id) DO UPDATE SET verdict = excluded.verdict, who = excluded.who, at = excluded.at`, id, verdict, who, sqlstore.Now()); err != nil {
			return err
		}
		if verdict == vigil.EventRejected {
			if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = '', pinned = 1, edited = 1 WHERE id = ?`, id); err != nil {
				return err
			}
			if inc != "" {
				if err := tx.Recount(ctx, inc); err != nil {
					return err
				}
			}
		} else if _, err := tx.ExecContext(ctx, `UPDATE events SET pinned = 1, edited = 1 WHERE id = ?`, id); err != nil {
			return err
		}
		return tx.Audit(ctx, who, "event_"+verdict, inc, map[string]any{"event": id, "before": before.String, "after": verdict})
	})
}

// EventReviews returns the verdicts recorded for events.
func (s *DB) EventReviews(ctx context.Context, ids []int64) (map[int64]string, error) {
	if err := s.serverTables(ctx); err != nil {
		return nil, err
	}
	out := map[int64]string{}
	if len(ids) == 0 {
		return out, nil
	}
	ph := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		ph[i], args[i] = "?", id
	}
	rows, err := s.SQL().QueryContext(ctx, `SELECT event_id, verdict FROM event_reviews WHERE event_id IN (`+strings.Join(ph, ",")+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var v string
		if err := rows.Scan(&id, &v); err != nil {
			return nil, err
		}
		out[id] = v
	}
	return out, rows.Err()
}

// Responses lists the incidents that answer id, in date order.
func (s *DB) Responses(ctx context.Context, id string) ([]vigil.Incident, error) {
	rows, err := s.SQL().QueryContext(ctx, "SELECT "+sqlstore.IncidentColumns+" FROM incidents i WHERE i.response_to = ? ORDER BY i.date, i.id", id)
	if err != nil {
		return nil, fmt.Errorf("responses: %w", err)
	}
	defer rows.Close()
	var out []vigil.Incident
	for rows.Next() {
		in, err := sqlstore.ScanIncident(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, rows.Err()
}

// ArticleEvents lists the events of one article in order.
func (s *DB) ArticleEvents(ctx context.Context, articleID int64) ([]vigil.StoredEvent, error) {
	rows, err := s.SQL().QueryContext(ctx, "SELECT "+sqlstore.EventColumns+sqlstore.EventFrom+" WHERE e.article_id = ? ORDER BY e.seq", articleID)
	if err != nil {
		return nil, fmt.Errorf("article events: %w", err)
	}
	defer rows.Close()
	var out []vigil.StoredEvent
	for rows.Next() {
		se, err := sqlstore.ScanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, se)
	}
	return out, rows.Err()
}
