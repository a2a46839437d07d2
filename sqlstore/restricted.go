package sqlstore

import (
	"context"
	"database/sql"
	"errors"

	"vigil"
)

// RestrictIncident restricts an incident or lifts the restriction, pinning its
// events so that clustering keeps them in it.
func (s *DB) RestrictIncident(ctx context.Context, who, id string, restricted bool) error {
	return s.Tx(ctx, func(tx *Tx) error {
		var before bool
		err := tx.QueryRowContext(ctx, `SELECT restricted FROM incidents WHERE id = ?`, id).Scan(&before)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no incident %q", id)
		} else if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE incidents SET restricted = ?, updated_at = ? WHERE id = ?`, b2i(restricted), Now(), id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET pinned = 1 WHERE incident_id = ?`, id); err != nil {
			return err
		}
		return tx.audit(ctx, who, restrictAction(restricted), id, map[string]any{"before": before, "after": restricted})
	})
}

// RestrictEvent restricts an event or lifts the restriction, marking it
// edited so that reprocessing keeps it.
func (s *DB) RestrictEvent(ctx context.Context, who string, id int64, restricted bool) error {
	return s.Tx(ctx, func(tx *Tx) error {
		var inc string
		var before bool
		err := tx.QueryRowContext(ctx, `SELECT incident_id, restricted FROM events WHERE id = ?`, id).Scan(&inc, &before)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no event %d", id)
		} else if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET restricted = ?, edited = 1 WHERE id = ?`, b2i(restricted), id); err != nil {
			return err
		}
		return tx.audit(ctx, who, "event_"+restrictAction(restricted), inc, map[string]any{"event": id, "before": before, "after": restricted})
	})
}

func restrictAction(restricted bool) string {
	if restricted {
		return "restrict"
	}
	return "unrestrict"
}

// RestrictedIncidents returns which of ids are restricted.
func (s *DB) RestrictedIncidents(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.query(ctx, `SELECT id FROM incidents WHERE restricted = 1 AND id IN (`+placeholders(len(ids))+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}

// RestrictedArticles returns which of ids tell a restricted record.
func (s *DB) RestrictedArticles(ctx context.Context, ids []int64) (map[int64]bool, error) {
	out := map[int64]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.query(ctx, `SELECT id FROM articles WHERE id IN (`+placeholders(len(ids))+`) AND id IN (`+RestrictedArticleIDs+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}
