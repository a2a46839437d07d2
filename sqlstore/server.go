package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"vigil"
)

var _ vigil.ServerStore = (*DB)(nil)

const userColumns = `u.id, u.name, u.role, u.hash, u.created, u.disabled`

func scanUser(r Scanner) (*vigil.User, error) {
	var u vigil.User
	var created string
	if err := r.Scan(&u.ID, &u.Name, &u.Role, &u.Hash, &created, &u.Disabled); err != nil {
		return nil, err
	}
	u.Created = parseTime(created)
	return &u, nil
}

// PutUser creates or updates an account.
func (s *DB) PutUser(ctx context.Context, u vigil.User) (int64, error) {
	if vigil.RoleRank(u.Role) == 0 {
		return 0, vigil.Errorf(vigil.EINVALID, "unknown role %q", u.Role)
	}
	var id int64
	err := s.queryRow(ctx, `INSERT INTO users (name, role, hash, created, disabled) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET role = excluded.role, hash = excluded.hash, disabled = excluded.disabled RETURNING id`,
		u.Name, u.Role, u.Hash, Now(), b2i(u.Disabled)).Scan(&id)
	return id, err
}

// UserByName returns an account.
func (s *DB) UserByName(ctx context.Context, name string) (*vigil.User, error) {
	u, err := scanUser(s.queryRow(ctx, `SELECT `+userColumns+` FROM users u WHERE u.name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.ENOTFOUND, "no user %q", name)
	}
	return u, err
}

// CountUsers counts accounts.
func (s *DB) CountUsers(ctx context.Context) (int, error) {
	var n int
	err := s.queryRow(ctx, `SELECT count(*) FROM users`).Scan(&n)
	return n, err
}

// CreateSession stores a session.
func (s *DB) CreateSession(ctx context.Context, tokenHash string, userID int64, expires time.Time) error {
	_, err := s.exec(ctx, `INSERT INTO sessions (hash, user_id, expires) VALUES (?, ?, ?)`, tokenHash, userID, expires.UTC().Format(time.RFC3339Nano))
	return err
}

// SessionUser returns the account of an unexpired session.
func (s *DB) SessionUser(ctx context.Context, tokenHash string) (*vigil.User, error) {
	u, err := scanUser(s.queryRow(ctx, `SELECT `+userColumns+` FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.hash = ? AND s.expires > ? AND u.disabled = 0`, tokenHash, Now()))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.EUNAUTHORIZED, "no session")
	}
	return u, err
}

// DeleteSession ends a session.
func (s *DB) DeleteSession(ctx context.Context, tokenHash string) error {
	_, err := s.exec(ctx, `DELETE FROM sessions WHERE hash = ? OR expires < ?`, tokenHash, Now())
	return err
}

// CreateToken stores an API token.
func (s *DB) CreateToken(ctx context.Context, tokenHash string, userID int64, name string) error {
	_, err := s.exec(ctx, `INSERT INTO api_tokens (hash, user_id, name, created) VALUES (?, ?, ?, ?)`, tokenHash, userID, name, Now())
	return err
}

// TokenUser returns the account of an API token.
func (s *DB) TokenUser(ctx context.Context, tokenHash string) (*vigil.User, error) {
	u, err := scanUser(s.queryRow(ctx, `SELECT `+userColumns+` FROM api_tokens t JOIN users u ON u.id = t.user_id
		WHERE t.hash = ? AND u.disabled = 0`, tokenHash))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.EUNAUTHORIZED, "unknown token")
	}
	return u, err
}

// ReviewQueue lists unreviewed events, least confident first.
func (s *DB) ReviewQueue(ctx context.Context, limit int) ([]vigil.ReviewItem, error) {
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.query(ctx, `SELECT `+EventColumns+`, a.title`+EventFrom+`
		WHERE e.id NOT IN (SELECT event_id FROM event_reviews) ORDER BY e.confidence, e.id LIMIT `+strconv.Itoa(limit))
	if err != nil {
		return nil, fmt.Errorf("review queue: %w", err)
	}
	var title string
	sc := newEventScan(&title)
	return collect(rows, func(r *sql.Rows) (vigil.ReviewItem, error) {
		ev, err := sc.scan(r)
		return vigil.ReviewItem{Event: ev, ArticleTitle: title}, err
	})
}

// ReviewEvent records a verdict on an event.
func (s *DB) ReviewEvent(ctx context.Context, who string, id int64, verdict string) error {
	if verdict != vigil.EventConfirmed && verdict != vigil.EventRejected {
		return vigil.Errorf(vigil.EINVALID, "unknown verdict %q", verdict)
	}
	return s.Tx(ctx, func(tx *Tx) error {
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
			ON CONFLICT (event_id) DO UPDATE SET verdict = excluded.verdict, who = excluded.who, at = excluded.at`, id, verdict, who, Now()); err != nil {
			return err
		}
		if verdict == vigil.EventRejected {
			if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = '', pinned = 1, edited = 1 WHERE id = ?`, id); err != nil {
				return err
			}
			if inc != "" {
				if err := tx.recount(ctx, inc); err != nil {
					return err
				}
			}
		} else if _, err := tx.ExecContext(ctx, `UPDATE events SET pinned = 1, edited = 1 WHERE id = ?`, id); err != nil {
			return err
		}
		return tx.audit(ctx, who, "event_"+verdict, inc, map[string]any{"event": id, "before": before.String, "after": verdict})
	})
}

// EventReviews returns the verdicts recorded for events.
func (s *DB) EventReviews(ctx context.Context, ids []int64) (map[int64]string, error) {
	out := map[int64]string{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.query(ctx, `SELECT event_id, verdict FROM event_reviews WHERE event_id IN (`+placeholders(len(ids))+`)`, args...)
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
	rows, err := s.query(ctx, "SELECT "+IncidentColumns+" FROM incidents i WHERE i.response_to = ? ORDER BY i.date, i.id", id)
	if err != nil {
		return nil, fmt.Errorf("responses: %w", err)
	}
	return collect(rows, scanIncident)
}

// ArticleEvents lists the events of one article in order.
func (s *DB) ArticleEvents(ctx context.Context, articleID int64) ([]vigil.StoredEvent, error) {
	rows, err := s.query(ctx, "SELECT "+EventColumns+EventFrom+" WHERE e.article_id = ? ORDER BY e.seq", articleID)
	if err != nil {
		return nil, fmt.Errorf("article events: %w", err)
	}
	return collectEvents(rows, 0, newEventScan())
}
