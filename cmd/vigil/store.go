package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"vigil"
	"vigil/incident"
	"vigil/postgres"
	"vigil/sqlite"
)

// storeFlags are the flags of every command that reads or writes the store.
type storeFlags struct {
	db  string
	url string
}

func (sf *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&sf.db, "db", "vigil.db", "SQLite database `path`")
	fs.StringVar(&sf.url, "database-url", "", "PostgreSQL `URL` (default $VIGIL_DATABASE_URL); overrides --db")
}

// open opens the store the flags name: PostgreSQL when a URL is given (or set
// in VIGIL_DATABASE_URL), the SQLite file otherwise.
func (sf *storeFlags) open(ctx context.Context) (vigil.Store, error) {
	u := sf.url
	if u == "" {
		u = os.Getenv("VIGIL_DATABASE_URL")
	}
	if u != "" {
		return postgres.Open(ctx, u)
	}
	return sqlite.Open(ctx, sf.db)
}

// filterFlags are the event filters shared by export and stats.
type filterFlags struct {
	types, country, actorCountry, incident, text string
	from, to                                     int
}

func (ff *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&ff.types, "type", "", "only these event `types` (comma-separated)")
	fs.StringVar(&ff.country, "country", "", "only events that happened in this ISO `code`")
	fs.StringVar(&ff.actorCountry, "actor-country", "", "only events whose actor acts for this ISO `code`")
	fs.IntVar(&ff.from, "from", 0, "only events from this `year` on")
	fs.IntVar(&ff.to, "to", 0, "only events up to this `year`")
	fs.StringVar(&ff.incident, "incident", "", "only the events of this incident `id`")
	fs.StringVar(&ff.text, "text", "", "only events of articles matching this full-text `query`")
}

func (ff *filterFlags) filter() (vigil.EventFilter, error) {
	f := vigil.EventFilter{Country: strings.ToUpper(ff.country), ActorCountry: strings.ToUpper(ff.actorCountry),
		FromYear: ff.from, ToYear: ff.to, Incident: ff.incident, Text: ff.text}
	for _, t := range strings.Split(ff.types, ",") {
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		if !vigil.EventType(t).Valid() {
			return f, vigil.Errorf(vigil.EINVALID, "unknown event type %q", t)
		}
		f.Types = append(f.Types, vigil.EventType(t))
	}
	return f, nil
}

// recluster groups every stored event into incidents again, keeping ids,
// reviewers' pins and edits, and saves the result. It returns the number of
// incidents. Ingest runs clusterNew instead; this is for when the clusterer
// or the events changed (reprocess, ingest --recluster).
func recluster(ctx context.Context, s vigil.Store) (int, error) {
	var all []vigil.StoredEvent
	f := vigil.EventFilter{Limit: 50000}
	for {
		page, err := s.Events(ctx, f)
		if err != nil {
			return 0, fmt.Errorf("load events: %w", err)
		}
		all = append(all, page...)
		if len(page) < f.Limit {
			break
		}
		f.AfterID = page[len(page)-1].ID
	}
	res := incident.Cluster(all, incident.Options{})
	if err := s.SaveIncidents(ctx, res.Assign, res.Incidents); err != nil {
		return 0, fmt.Errorf("save incidents: %w", err)
	}
	return len(res.Incidents), nil
}

// clusterNew groups the events that are in no incident yet (those of the
// articles just stored, or of an ingest killed before it clustered) with the
// stored events they may belong with, and saves what changed; the rest of the
// store keeps its incidents and links. It returns the number of incidents it
// saved.
func clusterNew(ctx context.Context, s vigil.Store) (int, error) {
	res, err := incident.Update(func(q vigil.ClusterQuery) ([]vigil.StoredEvent, error) {
		evs, err := s.ClusterEvents(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("load events: %w", err)
		}
		return evs, nil
	}, incident.Options{})
	if err != nil {
		return 0, err
	}
	if len(res.Assign) == 0 && len(res.Incidents) == 0 {
		return 0, nil
	}
	if err := s.UpdateIncidents(ctx, res.Assign, res.Incidents, res.Renamed); err != nil {
		return 0, fmt.Errorf("save incidents: %w", err)
	}
	return len(res.Incidents), nil
}
