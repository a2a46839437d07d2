package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"vigil"
)

// SaveIncidents replaces the clustering's output.
func (s *DB) SaveIncidents(ctx context.Context, assign []vigil.Assignment, incidents []vigil.Incident) error {
	return s.Tx(ctx, func(tx *Tx) error {
		cur := map[int64]string{}
		rows, err := tx.QueryContext(ctx, `SELECT id, incident_id FROM events`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var inc string
			if err := rows.Scan(&id, &inc); err != nil {
				rows.Close()
				return err
			}
			cur[id] = inc
		}
		rows.Close()
		up, err := tx.PrepareContext(ctx, `UPDATE events SET incident_id = ? WHERE id = ?`)
		if err != nil {
			return err
		}
		defer up.Close()
		for _, a := range assign {
			if old, ok := cur[a.EventID]; ok && old != a.Incident {
				if _, err := up.ExecContext(ctx, a.Incident, a.EventID); err != nil {
					return err
				}
			}
		}
		existing := map[string]bool{} // id -> attributes locked
		reviewed := map[string]bool{}
		rows, err = tx.QueryContext(ctx, `SELECT id, attrs_locked, review, restricted FROM incidents`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, review string
			var locked, restricted bool
			if err := rows.Scan(&id, &locked, &review, &restricted); err != nil {
				rows.Close()
				return err
			}
			existing[id] = locked
			// a restriction is a reviewer's decision too: it outlives its events
			reviewed[id] = review != vigil.ReviewAuto || restricted
		}
		rows.Close()
		ins, err := tx.PrepareContext(ctx, `INSERT INTO incidents (type, status, date, year, country, place, lat, lon, actor_name, actor_country, target_name, target_country,
			id, response_to, events, articles, conflicts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer ins.Close()
		upd, err := tx.PrepareContext(ctx, `UPDATE incidents SET type = ?, status = ?, date = ?, year = ?, country = ?, place = ?, lat = ?, lon = ?, actor_name = ?, actor_country = ?, target_name = ?, target_country = ?,
			response_to = ?, events = ?, articles = ?, conflicts = ?, updated_at = ? WHERE id = ?`)
		if err != nil {
			return err
		}
		defer upd.Close()
		counts, err := tx.PrepareContext(ctx, `UPDATE incidents SET events = ?, articles = ?, conflicts = ?, updated_at = ? WHERE id = ?`)
		if err != nil {
			return err
		}
		defer counts.Close()
		seen := map[string]bool{}
		t := Now()
		for i := range incidents {
			in := &incidents[i]
			seen[in.ID] = true
			conf, _ := json.Marshal(in.Conflicts)
			if in.Conflicts == nil {
				conf = []byte("[]")
			}
			locked, ok := existing[in.ID]
			switch {
			case !ok:
				args := append(IncidentArgs(in), in.ID, in.ResponseTo, in.Events, in.Articles, string(conf), t)
				_, err = ins.ExecContext(ctx, args...)
			case locked:
				_, err = counts.ExecContext(ctx, in.Events, in.Articles, string(conf), t, in.ID)
			default:
				args := append(IncidentArgs(in), in.ResponseTo, in.Events, in.Articles, string(conf), t, in.ID)
				_, err = upd.ExecContext(ctx, args...)
			}
			if err != nil {
				return fmt.Errorf("save incident %s: %w", in.ID, err)
			}
		}
		for id := range existing {
			if seen[id] {
				continue
			}
			if reviewed[id] {
				if _, err := tx.ExecContext(ctx, `UPDATE incidents SET events = 0, articles = 0 WHERE id = ?`, id); err != nil {
					return err
				}
				continue
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = ?`, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// audit writes an audit log entry of a reviewer's action on incident id.
func (tx *Tx) audit(ctx context.Context, who, action, id string, detail any) error {
	b, _ := json.Marshal(detail)
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_log (at, who, action, incident, detail) VALUES (?, ?, ?, ?, ?)`, Now(), who, action, id, string(b))
	return err
}

func mustExist(ctx context.Context, tx *Tx, ids ...string) error {
	for _, id := range ids {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM incidents WHERE id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return vigil.Errorf(vigil.ENOTFOUND, "no incident %q", id)
		}
	}
	return nil
}

// recount sets the event and article counts of incidents from their events.
func (tx *Tx) recount(ctx context.Context, ids ...string) error {
	for _, id := range ids {
		_, err := tx.ExecContext(ctx, `UPDATE incidents SET events = (SELECT count(*) FROM events WHERE incident_id = ?),
			articles = (SELECT count(DISTINCT article_id) FROM events WHERE incident_id = ?), updated_at = ? WHERE id = ?`, id, id, Now(), id)
		if err != nil {
			return err
		}
	}
	return nil
}

// MergeIncidents moves every event of from into into and pins them there.
func (s *DB) MergeIncidents(ctx context.Context, who, into string, from ...string) error {
	return s.Tx(ctx, func(tx *Tx) error {
		if err := mustExist(ctx, tx, append([]string{into}, from...)...); err != nil {
			return err
		}
		for _, f := range from {
			if f == into {
				return vigil.Errorf(vigil.EINVALID, "cannot merge incident %q into itself", f)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = ?, pinned = 1 WHERE incident_id = ?`, into, f); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE incidents SET response_to = ? WHERE response_to = ?`, into, f); err != nil {
				return err
			}
			// the events of a restricted incident stay hidden in the merged one
			if _, err := tx.ExecContext(ctx, `UPDATE incidents SET restricted = 1 WHERE id = ? AND ? IN (`+RestrictedIncidentIDs+`)`, into, f); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = ?`, f); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET pinned = 1 WHERE incident_id = ?`, into); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE incidents SET review = ? WHERE id = ?`, vigil.ReviewEdited, into); err != nil {
			return err
		}
		if err := tx.recount(ctx, into); err != nil {
			return err
		}
		return tx.audit(ctx, who, "merge", into, map[string]any{"into": into, "from": from})
	})
}

// SplitIncident moves events of id into a new incident and pins both parts.
func (s *DB) SplitIncident(ctx context.Context, who, id string, eventIDs []int64) (string, error) {
	if len(eventIDs) == 0 {
		return "", vigil.Errorf(vigil.EINVALID, "split %q: no events given", id)
	}
	newID := id + "." + strconv.FormatInt(minID(eventIDs), 10)
	err := s.Tx(ctx, func(tx *Tx) error {
		if err := mustExist(ctx, tx, id); err != nil {
			return err
		}
		for _, e := range eventIDs {
			var inc string
			err := tx.QueryRowContext(ctx, `SELECT incident_id FROM events WHERE id = ?`, e).Scan(&inc)
			if errors.Is(err, sql.ErrNoRows) || (err == nil && inc != id) {
				return vigil.Errorf(vigil.EINVALID, "split %q: event %d is not one of its events", id, e)
			} else if err != nil {
				return err
			}
		}
		cols := "type, status, date, year, country, place, lat, lon, actor_name, actor_country, target_name, target_country, response_to, conflicts, restricted"
		if _, err := tx.ExecContext(ctx, `INSERT INTO incidents (id, review, updated_at, `+cols+`) SELECT ?, ?, ?, `+cols+` FROM incidents WHERE id = ?`,
			newID, vigil.ReviewEdited, Now(), id); err != nil {
			if s.d.IsUnique(err) {
				return vigil.Errorf(vigil.ECONFLICT, "split %q: incident %q exists", id, newID)
			}
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET pinned = 1 WHERE incident_id = ?`, id); err != nil {
			return err
		}
		for _, e := range eventIDs {
			if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = ? WHERE id = ?`, newID, e); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE incidents SET review = ? WHERE id = ?`, vigil.ReviewEdited, id); err != nil {
			return err
		}
		if err := tx.recount(ctx, id, newID); err != nil {
			return err
		}
		return tx.audit(ctx, who, "split", id, map[string]any{"from": id, "new": newID, "events": eventIDs})
	})
	if err != nil {
		return "", err
	}
	return newID, nil
}

func minID(ids []int64) int64 {
	m := ids[0]
	for _, x := range ids {
		m = min(m, x)
	}
	return m
}

// ConfirmIncident marks an incident reviewed and pins its events.
func (s *DB) ConfirmIncident(ctx context.Context, who, id string) error {
	return s.Tx(ctx, func(tx *Tx) error {
		if err := mustExist(ctx, tx, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE incidents SET review = ? WHERE id = ? AND review = ?`, vigil.ReviewConfirmed, id, vigil.ReviewAuto); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET pinned = 1 WHERE incident_id = ?`, id); err != nil {
			return err
		}
		return tx.audit(ctx, who, "confirm", id, map[string]any{})
	})
}

// EditIncident changes an incident's attributes as a reviewer; clustering keeps them.
func (s *DB) EditIncident(ctx context.Context, who, id string, e vigil.IncidentEdit) error {
	var sets []string
	var args []any
	detail := map[string]any{}
	set := func(col string, v any) {
		sets = append(sets, col+" = ?")
		args = append(args, v)
		detail[col] = v
	}
	if e.Title != nil {
		set("title", *e.Title)
	}
	if e.Notes != nil {
		set("notes", *e.Notes)
	}
	if e.Type != nil {
		if !e.Type.Valid() {
			return vigil.Errorf(vigil.EINVALID, "edit %q: unknown type %q", id, *e.Type)
		}
		set("type", string(*e.Type))
	}
	if e.Status != nil {
		set("status", string(*e.Status))
	}
	if e.Date != nil {
		set("date", e.Date.String())
		if e.Date.IsZero() {
			set("year", nil)
		} else {
			set("year", e.Date.Year)
		}
	}
	if e.Country != nil {
		set("country", *e.Country)
	}
	if e.ResponseTo != nil {
		set("response_to", *e.ResponseTo)
	}
	if len(sets) == 0 {
		return vigil.Errorf(vigil.EINVALID, "edit %q: nothing to change", id)
	}
	return s.Tx(ctx, func(tx *Tx) error {
		if err := mustExist(ctx, tx, id); err != nil {
			return err
		}
		if e.ResponseTo != nil && *e.ResponseTo != "" {
			if err := mustExist(ctx, tx, *e.ResponseTo); err != nil {
				return err
			}
		}
		q := `UPDATE incidents SET ` + strings.Join(sets, ", ") + `, review = ?, attrs_locked = 1, updated_at = ? WHERE id = ?`
		if _, err := tx.ExecContext(ctx, q, append(args, vigil.ReviewEdited, Now(), id)...); err != nil {
			return err
		}
		return tx.audit(ctx, who, "edit", id, detail)
	})
}

// AuditLog lists reviewer actions, newest first.
func (s *DB) AuditLog(ctx context.Context, id string) ([]vigil.AuditEntry, error) {
	q := `SELECT id, at, who, action, incident, detail FROM audit_log`
	var args []any
	if id != "" {
		q += ` WHERE incident = ?`
		args = append(args, id)
	}
	rows, err := s.query(ctx, q+` ORDER BY id DESC`, args...)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(r *sql.Rows) (vigil.AuditEntry, error) {
		var a vigil.AuditEntry
		var at string
		err := r.Scan(&a.ID, &at, &a.Who, &a.Action, &a.Incident, &a.Detail)
		a.At = parseTime(at)
		return a, err
	})
}
