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

// EventColumns is the select list that ScanEvent reads, over events e left-joined
// to incidents i.
const EventColumns = `e.id, e.article_id, e.seq, a.doc, e.type, e.status, e.date, e.country, e.place, e.admin1, e.lat, e.lon, e.geonameid, e.place_feature,
	e.actor_name, e.actor_country, e.actor_id, e.actor_kind, e.target_name, e.target_country, e.target_id, e.target_kind,
	e.evidence, e.confidence, e.extractor, e.incident_id, COALESCE(i.response_to, ''), e.pinned, e.edited, e.restricted`

// EventFrom is the from clause that goes with EventColumns.
const EventFrom = ` FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN incidents i ON i.id = e.incident_id`

// eventListColumns is the select list of EventList: EventColumns without
// seq, admin1, geonameid, place_feature, extractor and the incident's
// response_to, over events e joined to articles a; the evidence comes last.
const eventListColumns = eventListValues + `, e.evidence`

// eventListValues are the columns of EventList before the evidence.
const eventListValues = `e.id, e.article_id, a.doc, e.type, e.status, e.date, e.country, e.place, e.lat, e.lon,
	e.actor_name, e.actor_country, e.actor_id, e.actor_kind, e.target_name, e.target_country, e.target_id, e.target_kind,
	e.confidence, e.incident_id, e.pinned, e.edited, e.restricted`

// eventListJSON is eventListColumns as the dialects with JSONRows select it.
const eventListJSON = `json_array(` + eventListValues + `), e.evidence`

// Scanner is what *sql.Row and *sql.Rows (and pgx rows) have in common.
type Scanner interface{ Scan(dest ...any) error }

// ScanEvent reads one row of EventColumns.
func ScanEvent(r Scanner) (vigil.StoredEvent, error) {
	return newEventScan().scan(r)
}

// eventScan holds the scan destinations of a row of EventColumns (and of
// extra columns after them). A listing reuses one for all its rows: made anew
// for each, they were a third of the memory a page of 100 events allocated.
type eventScan struct {
	se                                       vigil.StoredEvent
	typ, status, date, admin1, feature, evid string
	place, an, tn                            sql.NullString
	lat, lon                                 sql.NullFloat64
	geo                                      int
	a, t                                     vigil.ActorRef
	dest                                     []any
	// row is the JSON array of all columns but the last, evid, when the
	// dialect reads rows so
	row      string
	jsonRows bool
}

func newEventScan(extra ...any) *eventScan {
	s := &eventScan{}
	se, ev := &s.se, &s.se.Event
	s.dest = append([]any{&se.ID, &se.ArticleID, &se.Seq, &ev.Doc, &s.typ, &s.status, &s.date, &ev.Country, &s.place, &s.admin1, &s.lat, &s.lon, &s.geo, &s.feature,
		&s.an, &s.a.Country, &s.a.ID, &s.a.Kind, &s.tn, &s.t.Country, &s.t.ID, &s.t.Kind,
		&s.evid, &ev.Confidence, &se.Extractor, &se.Incident, &se.ResponseTo, &se.Pinned, &se.Edited, &se.Restricted}, extra...)
	return s
}

// newEventListScan reads rows of eventListColumns or, when jsonRows is set,
// of eventListJSON.
func newEventListScan(jsonRows bool) *eventScan {
	s := &eventScan{jsonRows: jsonRows}
	se, ev := &s.se, &s.se.Event
	s.dest = []any{&se.ID, &se.ArticleID, &ev.Doc, &s.typ, &s.status, &s.date, &ev.Country, &s.place, &s.lat, &s.lon,
		&s.an, &s.a.Country, &s.a.ID, &s.a.Kind, &s.tn, &s.t.Country, &s.t.ID, &s.t.Kind,
		&ev.Confidence, &se.Incident, &se.Pinned, &se.Edited, &se.Restricted, &s.evid}
	return s
}

// scan reads one row into a new StoredEvent.
func (s *eventScan) scan(r Scanner) (vigil.StoredEvent, error) {
	if s.jsonRows {
		if err := r.Scan(&s.row, &s.evid); err != nil {
			return vigil.StoredEvent{}, err
		}
		if err := assignJSONRow(s.row, s.dest[:len(s.dest)-1]); err != nil {
			return vigil.StoredEvent{}, err
		}
	} else if err := r.Scan(s.dest...); err != nil {
		return vigil.StoredEvent{}, err
	}
	se := s.se
	ev := &se.Event
	ev.Type, ev.Status = vigil.EventType(s.typ), vigil.Status(s.status)
	ev.Date = vigil.Date{}
	if s.date != "" {
		ev.Date, _ = vigil.ParseDate(s.date)
	}
	if s.place.Valid {
		ev.Place = &vigil.Place{Name: s.place.String, Country: ev.Country, Admin1: s.admin1, GeonameID: s.geo, Feature: vigil.PlaceFeature(s.feature)}
		if s.lat.Valid && s.lon.Valid {
			ev.Place.Lat, ev.Place.Lon, ev.Place.HasCoords = s.lat.Float64, s.lon.Float64, true
		}
	}
	if s.an.Valid || s.a.Country != "" {
		a := s.a
		a.Name = s.an.String
		ev.Actor = &a
	}
	if s.tn.Valid || s.t.Country != "" {
		t := s.t
		t.Name = s.tn.String
		ev.Target = &t
	}
	var err error
	if se.Evidence, err = decodeEvidence(s.evid); err != nil {
		return se, fmt.Errorf("event %d evidence: %w", se.ID, err)
	}
	return se, nil
}

// Restricted records, as subqueries without arguments. They select ids, so
// that leaving them out of a listing needs only the ids its index holds: the
// sets are small, read once per query from partial indexes.
const (
	// RestrictedIncidentIDs selects the restricted incidents.
	RestrictedIncidentIDs = `SELECT id FROM incidents WHERE restricted = 1`
	// RestrictedEventIDs selects the restricted events and the events of
	// restricted incidents.
	RestrictedEventIDs = `SELECT id FROM events WHERE restricted = 1 UNION SELECT id FROM events WHERE incident_id IN (` + RestrictedIncidentIDs + `)`
	// RestrictedArticleIDs selects the articles that tell a restricted record.
	RestrictedArticleIDs = `SELECT article_id FROM events WHERE restricted = 1 UNION SELECT article_id FROM events WHERE incident_id IN (` + RestrictedIncidentIDs + `)`
)

// Where builds the where clause of f over events (alias e, when incidents is
// false) or incidents (alias i), with "?" placeholders.
func Where(f vigil.EventFilter, incidents bool, fts string) (string, []any) {
	return whereClause(f, incidents, fts, true)
}

// whereClause is Where, leaving restricted events to the caller when hideEvents
// is false (restricted incidents, and the articles of a text query, are
// still left out as f says).
func whereClause(f vigil.EventFilter, incidents bool, fts string, hideEvents bool) (string, []any) {
	var conds []string
	var args []any
	col := func(name string) string {
		if incidents {
			return "i." + name
		}
		return "e." + name
	}
	if len(f.Types) > 0 {
		for _, t := range f.Types {
			args = append(args, string(t))
		}
		conds = append(conds, col("type")+" IN ("+placeholders(len(f.Types))+")")
	}
	if f.Country != "" {
		conds = append(conds, col("country")+" = ?")
		args = append(args, f.Country)
	}
	if f.ActorCountry != "" {
		conds = append(conds, col("actor_country")+" = ?")
		args = append(args, f.ActorCountry)
	}
	if f.FromYear != 0 {
		conds = append(conds, col("year")+" >= ?")
		args = append(args, f.FromYear)
	}
	if f.ToYear != 0 {
		conds = append(conds, col("year")+" <= ?")
		args = append(args, f.ToYear)
	}
	if f.Incident != "" {
		if incidents {
			conds = append(conds, "i.id = ?")
		} else {
			conds = append(conds, "e.incident_id = ?")
		}
		args = append(args, f.Incident)
	}
	if f.Text != "" && fts != "" {
		// a viewer's query must not find a record through the text of an
		// article that tells a restricted one
		hidden := ""
		if f.HideRestricted {
			hidden = " NOT IN (" + RestrictedArticleIDs + ")"
		}
		if incidents {
			cond := "i.id IN (SELECT incident_id FROM events WHERE article_id IN (" + fts + ")"
			if hidden != "" {
				cond += " AND article_id" + hidden
			}
			conds = append(conds, cond+")")
		} else {
			conds = append(conds, "e.article_id IN ("+fts+")")
			if hidden != "" {
				conds = append(conds, "e.article_id"+hidden)
			}
		}
		args = append(args, f.Text)
	}
	if f.HideRestricted {
		if incidents {
			conds = append(conds, "i.id NOT IN ("+RestrictedIncidentIDs+")")
		} else if hideEvents {
			conds = append(conds, "e.id NOT IN ("+RestrictedEventIDs+")")
		}
	}
	if f.AfterID != 0 && !incidents {
		conds = append(conds, "e.id > ?")
		args = append(args, f.AfterID)
	}
	if f.AfterIncident != "" && incidents {
		conds = append(conds, "i.id > ?")
		args = append(args, f.AfterIncident)
	}
	if len(conds) == 0 {
		return "", args
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// placeholders returns n "?" separated by commas.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// match returns f with its text query as the dialect's Match takes it.
func (s *DB) match(f vigil.EventFilter) vigil.EventFilter {
	if f.Text != "" {
		f.Text = s.d.MatchArg(f.Text)
	}
	return f
}

// Events lists events matching f in id order.
func (s *DB) Events(ctx context.Context, f vigil.EventFilter) ([]vigil.StoredEvent, error) {
	q, args := s.eventsQuery(EventColumns, " LEFT JOIN incidents i ON i.id = e.incident_id", f)
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return collectEvents(rows, f.Limit, newEventScan())
}

// EventList lists events matching f in id order, without the columns the
// API's listing does not show.
func (s *DB) EventList(ctx context.Context, f vigil.EventFilter) ([]vigil.StoredEvent, error) {
	cols := eventListColumns
	if s.d.JSONRows {
		cols = eventListJSON
	}
	q, args := s.eventsQuery(cols, "", f)
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return collectEvents(rows, f.Limit, newEventListScan(s.d.JSONRows))
}

// eventsQuery returns the query of an event listing that selects cols from
// events e joined to articles a and then to joins, with its arguments.
func (s *DB) eventsQuery(cols, joins string, f vigil.EventFilter) (string, []any) {
	// a page of a viewer's listing leaves restricted events out after the
	// sort, from the first limit + R matches when R events are restricted (at
	// most R of them can be): probing each of the 834 matches of a page of
	// 100 events before the sort was a tenth of its time
	late := f.Limit > 0 && !s.d.PageFromEvents && f.HideRestricted
	where, args := whereClause(s.match(f), false, s.d.Match, !late)
	from := " FROM events e JOIN articles a ON a.id = e.article_id" + joins
	if f.Limit <= 0 {
		return "SELECT " + cols + from + where + " ORDER BY e.id", args
	}
	limit := " LIMIT " + strconv.Itoa(f.Limit)
	if s.d.PageFromEvents {
		return "SELECT " + cols + " FROM (SELECT * FROM events e" + where + " ORDER BY e.id" + limit +
			") e JOIN articles a ON a.id = e.article_id" + joins + " ORDER BY e.id", args
	}
	// the page's ids first: an index holds them, so only the rows of the page
	// are read and joined, not every match before the sort (a listing by
	// state, type and years on 100,000 events: 1.4 -> 0.8 ms)
	ids := "SELECT e.id FROM events e" + where + " ORDER BY e.id" + limit
	if late {
		ids = "SELECT id FROM (" + ids + " + (SELECT count(*) FROM (" + RestrictedEventIDs + "))) WHERE id NOT IN (" +
			RestrictedEventIDs + ") ORDER BY id" + limit
	}
	return "SELECT " + cols + from + " WHERE e.id IN (" + ids + ") ORDER BY e.id", args
}

// CountEvents counts events matching f.
func (s *DB) CountEvents(ctx context.Context, f vigil.EventFilter) (int, error) {
	where, args := Where(s.match(f), false, s.d.Match)
	var n int
	err := s.queryRow(ctx, "SELECT count(*) FROM events e"+where, args...).Scan(&n)
	return n, err
}

// StatsDims maps the dimensions of vigil stats to incident columns.
var StatsDims = map[string]string{"year": "i.year", "type": "i.type", "actor-country": "i.actor_country", "country": "i.country"}

// StatsSQL returns the counting query and the examples query of q, with "?"
// placeholders; fts is the full-text subquery of the backend.
func StatsSQL(q vigil.StatsQuery, fts string) (count, examples string, args []any, err error) {
	if len(q.By) == 0 {
		return "", "", nil, vigil.Errorf(vigil.EINVALID, "stats: no dimension (want some of year, type, actor-country, country)")
	}
	var cols []string
	for _, d := range q.By {
		c, ok := StatsDims[d]
		if !ok {
			return "", "", nil, vigil.Errorf(vigil.EINVALID, "stats: unknown dimension %q (want year, type, actor-country or country)", d)
		}
		cols = append(cols, c)
	}
	where, args := Where(q.Filter, true, fts)
	dims := strings.Join(cols, ", ")
	count = "SELECT " + dims + ", count(*), COALESCE(sum(i.events), 0) FROM incidents i" + where + " GROUP BY " + dims + " ORDER BY " + dims
	examples = "SELECT * FROM (SELECT " + dims + ", i.id, row_number() OVER (PARTITION BY " + dims + " ORDER BY i.date, i.id) AS rn FROM incidents i" + where + ") t WHERE rn <= ?"
	return count, examples, args, nil
}

// Stats counts incidents by the dimensions asked for.
func (s *DB) Stats(ctx context.Context, q vigil.StatsQuery) ([]vigil.StatsRow, error) {
	q.Filter = s.match(q.Filter)
	count, examples, args, err := StatsSQL(q, s.d.Match)
	if err != nil {
		return nil, err
	}
	var out []vigil.StatsRow
	index := map[string]int{}
	rows, err := s.query(ctx, count, args...)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	defer rows.Close()
	n := len(q.By)
	for rows.Next() {
		var r vigil.StatsRow
		vals, dest := groupDest(n, &r.Incidents, &r.Events)
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		r.Key = map[string]string{}
		for i, d := range q.By {
			r.Key[d] = vals[i].String
		}
		index[StatsKey(vals)] = len(out)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if q.Examples <= 0 {
		return out, nil
	}
	rows2, err := s.query(ctx, examples, append(args, q.Examples)...)
	if err != nil {
		return nil, fmt.Errorf("stats examples: %w", err)
	}
	defer rows2.Close()
	for rows2.Next() {
		var id string
		var rn int
		vals, dest := groupDest(n, &id, &rn)
		if err := rows2.Scan(dest...); err != nil {
			return nil, err
		}
		if k, ok := index[StatsKey(vals)]; ok {
			out[k].IDs = append(out[k].IDs, id)
		}
	}
	return out, rows2.Err()
}

// groupDest returns the scan destinations of a stats row: n dimension values,
// then more.
func groupDest(n int, more ...any) ([]sql.NullString, []any) {
	vals := make([]sql.NullString, n)
	dest := make([]any, 0, n+len(more))
	for i := range vals {
		dest = append(dest, &vals[i])
	}
	return vals, append(dest, more...)
}

// StatsKey joins a group's dimension values into a map key.
func StatsKey(vals []sql.NullString) string {
	var b strings.Builder
	for _, v := range vals {
		b.WriteString(v.String)
		b.WriteByte(0)
	}
	return b.String()
}

// IncidentColumns is the select list ScanIncident reads from incidents i.
const IncidentColumns = `i.id, i.type, i.status, i.date, i.country, i.place, i.lat, i.lon, i.actor_name, i.actor_country, i.target_name, i.target_country,
	i.response_to, i.review, i.title, i.notes, i.events, i.articles, i.conflicts, i.updated_at`

// ScanIncident reads one row of IncidentColumns.
func ScanIncident(r Scanner) (vigil.Incident, error) {
	var in vigil.Incident
	var typ, status, date, conflicts, updated string
	var place, an, tn sql.NullString
	var lat, lon sql.NullFloat64
	var ac, tc string
	err := r.Scan(&in.ID, &typ, &status, &date, &in.Country, &place, &lat, &lon, &an, &ac, &tn, &tc,
		&in.ResponseTo, &in.Review, &in.Title, &in.Notes, &in.Events, &in.Articles, &conflicts, &updated)
	if err != nil {
		return in, err
	}
	in.Type, in.Status = vigil.EventType(typ), vigil.Status(status)
	if date != "" {
		in.Date, _ = vigil.ParseDate(date)
	}
	if place.Valid {
		in.Place = &vigil.Place{Name: place.String, Country: in.Country}
		if lat.Valid && lon.Valid {
			in.Place.Lat, in.Place.Lon, in.Place.HasCoords = lat.Float64, lon.Float64, true
		}
	}
	if an.Valid || ac != "" {
		in.Actor = &vigil.ActorRef{Name: an.String, Country: ac}
	}
	if tn.Valid || tc != "" {
		in.Target = &vigil.ActorRef{Name: tn.String, Country: tc}
	}
	json.Unmarshal([]byte(conflicts), &in.Conflicts)
	in.UpdatedAt = parseTime(updated)
	return in, nil
}

// IncidentArgs returns the column values of an incident from type to
// target_country, in the order of IncidentColumns.
func IncidentArgs(in *vigil.Incident) []any {
	var year, place, lat, lon, an, tn any
	if !in.Date.IsZero() {
		year = in.Date.Year
	}
	if p := in.Place; p != nil {
		place = p.Name
		if p.HasCoords {
			lat, lon = p.Lat, p.Lon
		}
	}
	ac, tc := "", ""
	if a := in.Actor; a != nil {
		an, ac = NullString(a.Name), a.Country
	}
	if t := in.Target; t != nil {
		tn, tc = NullString(t.Name), t.Country
	}
	return []any{string(in.Type), string(in.Status), in.Date.String(), year, in.Country, place, lat, lon, an, ac, tn, tc}
}

// Incident returns one incident.
func (s *DB) Incident(ctx context.Context, id string) (*vigil.Incident, error) {
	in, err := ScanIncident(s.queryRow(ctx, "SELECT "+IncidentColumns+" FROM incidents i WHERE i.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.ENOTFOUND, "no incident %q", id)
	} else if err != nil {
		return nil, err
	}
	return &in, nil
}

// Incidents lists incidents matching f, by id.
func (s *DB) Incidents(ctx context.Context, f vigil.EventFilter) ([]vigil.Incident, error) {
	where, args := Where(s.match(f), true, s.d.Match)
	q := "SELECT " + IncidentColumns + " FROM incidents i" + where + " ORDER BY i.id"
	if f.Limit > 0 {
		q += " LIMIT " + strconv.Itoa(f.Limit)
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("incidents: %w", err)
	}
	return collect(rows, scanIncident)
}

// collectEvents reads every row of EventColumns; limit, when not 0, is the
// most there can be, and the room made at the first row (growing by doubling
// copied a page of 100 events seven times).
func collectEvents(rows *sql.Rows, limit int, sc *eventScan) ([]vigil.StoredEvent, error) {
	defer rows.Close()
	var out []vigil.StoredEvent
	for rows.Next() {
		e, err := sc.scan(rows)
		if err != nil {
			return nil, err
		}
		if out == nil && limit > 0 {
			out = make([]vigil.StoredEvent, 0, min(limit, 1000))
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
func scanIncident(r *sql.Rows) (vigil.Incident, error) { return ScanIncident(r) }
