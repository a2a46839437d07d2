package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"vigil"
)

// clusterChunk bounds the ids bound to one query of ClusterEvents and
// UpdateIncidents, well under both databases' limits on parameters.
const clusterChunk = 500

var _ vigil.ClusterStore = (*DB)(nil)

// ClusterEvents lists the events q selects, in id order and each once. Each
// part is read by its own queries, each of which an index answers (type and
// year, incident, article, response_to): one query with ORs between them
// would leave the planner to find that out.
func (s *DB) ClusterEvents(ctx context.Context, q vigil.ClusterQuery) ([]vigil.StoredEvent, error) {
	byID := map[int64]vigil.StoredEvent{}
	read := func(where string, args ...any) error {
		// not through the statement cache: the texts vary with the number of
		// ids, and a full cache would stop caching the listings
		rows, err := s.db.QueryContext(ctx, s.d.Rebind("SELECT "+EventColumns+EventFrom+" WHERE "+where), args...)
		if err != nil {
			return fmt.Errorf("cluster events: %w", err)
		}
		defer rows.Close()
		sc := newEventScan()
		for rows.Next() {
			ev, err := sc.scan(rows)
			if err != nil {
				return err
			}
			byID[ev.ID] = ev
		}
		return rows.Err()
	}
	if q.Unclustered {
		if err := read(`e.incident_id = ''`); err != nil {
			return nil, err
		}
	}
	every := map[vigil.EventType]bool{}
	for _, k := range q.Blocks {
		if k.Year == 0 {
			every[k.Type] = true
		}
	}
	undated := map[vigil.EventType]bool{}
	for _, k := range q.Blocks {
		var err error
		switch {
		case every[k.Type]:
			if k.Year == 0 {
				err = read(`e.type = ?`, string(k.Type))
			}
		default:
			err = read(`e.type = ? AND e.year = ?`, string(k.Type), k.Year)
			if err == nil && !undated[k.Type] {
				undated[k.Type] = true
				err = read(`e.type = ? AND e.year IS NULL`, string(k.Type))
			}
		}
		if err != nil {
			return nil, err
		}
	}
	for ids := range chunks(q.Incidents) {
		if err := read(`e.incident_id IN (`+placeholders(len(ids))+`)`, ids...); err != nil {
			return nil, err
		}
	}
	for ids := range chunks(q.Answering) {
		if err := read(`e.incident_id IN (SELECT id FROM incidents WHERE response_to IN (`+placeholders(len(ids))+`))`, ids...); err != nil {
			return nil, err
		}
	}
	for ids := range chunks(q.Articles) {
		if err := read(`e.article_id IN (`+placeholders(len(ids))+`)`, ids...); err != nil {
			return nil, err
		}
	}
	out := make([]vigil.StoredEvent, 0, len(byID))
	for _, ev := range byID {
		out = append(out, ev)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out, nil
}

// chunks yields xs as query arguments, at most clusterChunk at a time.
func chunks[T any](xs []T) func(yield func([]any) bool) {
	return func(yield func([]any) bool) {
		for start := 0; start < len(xs); start += clusterChunk {
			part := xs[start:min(start+clusterChunk, len(xs))]
			args := make([]any, len(part))
			for i, x := range part {
				args[i] = x
			}
			if !yield(args) {
				return
			}
		}
	}
}

// UpdateIncidents saves the clustering of part of the store.
func (s *DB) UpdateIncidents(ctx context.Context, assign []vigil.Assignment, incidents []vigil.Incident, renamed map[string]string) error {
	return s.Tx(ctx, func(tx *Tx) error {
		// the incidents that may lose events
		left := map[string]bool{}
		for old := range renamed {
			left[old] = true
		}
		ids := make([]int64, len(assign))
		for i, a := range assign {
			ids[i] = a.EventID
		}
		for args := range chunks(ids) {
			rows, err := tx.QueryContext(ctx, `SELECT DISTINCT incident_id FROM events WHERE id IN (`+placeholders(len(args))+`)`, args...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return err
				}
				if id != "" {
					left[id] = true
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		up, err := tx.PrepareContext(ctx, `UPDATE events SET incident_id = ? WHERE id = ?`)
		if err != nil {
			return err
		}
		defer up.Close()
		for _, a := range assign {
			if _, err := up.ExecContext(ctx, a.Incident, a.EventID); err != nil {
				return err
			}
		}
		given := map[string]bool{}
		for i := range incidents {
			given[incidents[i].ID] = true
			if err := tx.putIncident(ctx, &incidents[i]); err != nil {
				return fmt.Errorf("save incident %s: %w", incidents[i].ID, err)
			}
		}
		olds := make([]string, 0, len(left))
		for id := range left {
			if !given[id] {
				olds = append(olds, id)
			}
		}
		sort.Strings(olds)
		for _, id := range olds {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE incident_id = ?`, id).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				// counted anew, and marked updated only when the counts changed
				_, err := tx.ExecContext(ctx, `UPDATE incidents SET events = ?, articles = (SELECT count(DISTINCT article_id) FROM events WHERE incident_id = ?), updated_at = ?
					WHERE id = ? AND (events <> ? OR articles <> (SELECT count(DISTINCT article_id) FROM events WHERE incident_id = ?))`, n, id, Now(), id, n, id)
				if err != nil {
					return err
				}
				continue
			}
			if to, ok := renamed[id]; ok && to != id {
				if _, err := tx.ExecContext(ctx, `UPDATE incidents SET response_to = ? WHERE response_to = ?`, to, id); err != nil {
					return err
				}
			}
			var review string
			var restricted bool
			err := tx.QueryRowContext(ctx, `SELECT review, restricted FROM incidents WHERE id = ?`, id).Scan(&review, &restricted)
			if errors.Is(err, sql.ErrNoRows) {
				continue // an id the store never saved: nothing to remove
			} else if err != nil {
				return err
			}
			if review != vigil.ReviewAuto || restricted {
				// a reviewer's incident outlives its events, as in SaveIncidents
				_, err = tx.ExecContext(ctx, `UPDATE incidents SET events = 0, articles = 0 WHERE id = ?`, id)
			} else {
				_, err = tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = ?`, id)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// putIncident writes one incident of a clustering as SaveIncidents does: a
// new one whole, one whose attributes a reviewer locked only its counts and
// conflicts, any other with its attributes and link.
func (tx *Tx) putIncident(ctx context.Context, in *vigil.Incident) error {
	conf, _ := json.Marshal(in.Conflicts)
	if in.Conflicts == nil {
		conf = []byte("[]")
	}
	t := Now()
	var locked bool
	err := tx.QueryRowContext(ctx, `SELECT attrs_locked FROM incidents WHERE id = ?`, in.ID).Scan(&locked)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		args := append(IncidentArgs(in), in.ID, in.ResponseTo, in.Events, in.Articles, string(conf), t)
		_, err = tx.ExecContext(ctx, `INSERT INTO incidents (type, status, date, year, country, place, lat, lon, actor_name, actor_country, target_name, target_country,
			id, response_to, events, articles, conflicts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
	case err != nil:
		return err
	case locked:
		_, err = tx.ExecContext(ctx, `UPDATE incidents SET events = ?, articles = ?, conflicts = ?, updated_at = ? WHERE id = ?`, in.Events, in.Articles, string(conf), t, in.ID)
	default:
		args := append(IncidentArgs(in), in.ResponseTo, in.Events, in.Articles, string(conf), t, in.ID)
		_, err = tx.ExecContext(ctx, `UPDATE incidents SET type = ?, status = ?, date = ?, year = ?, country = ?, place = ?, lat = ?, lon = ?, actor_name = ?, actor_country = ?, target_name = ?, target_country = ?,
			response_to = ?, events = ?, articles = ?, conflicts = ?, updated_at = ? WHERE id = ?`, args...)
	}
	return err
}
