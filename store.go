package vigil

import (
	"context"
	"iter"
	"time"
)

// StoredArticle is an article as the store holds it, with its store id.
type StoredArticle struct {
	ID          int64
	Article     Article
	ContentHash string
	Extractor   string // version of the extractor that produced its events
	IngestedAt  time.Time
}

// StoredEvent is an event as the store holds it: the event, the article it came
// from, the incident it was assigned to, and the review flags that reprocessing
// and reclustering respect.
type StoredEvent struct {
	ID         int64
	ArticleID  int64
	Seq        int // position among its article's events
	Event      Event
	Evidence   []EvidenceSpan // code-point offsets and sentence text
	Extractor  string
	Incident   string // incident id, "" until clustered
	ResponseTo string // the incident's response_to, filled by listings
	Pinned     bool   // a reviewer fixed its incident: clustering keeps it there
	Edited     bool   // a reviewer edited it: reprocessing keeps it
	Restricted bool   // a reviewer restricted it: viewers do not see it
}

// NewArticle is an article with its extracted events, ready to be stored.
type NewArticle struct {
	Article *Article
	Events  []Event
}

// Failure is an article that could not be read, extracted or stored.
type Failure struct {
	ID     int64
	Doc    string
	Source string
	Reason string
	At     time.Time
}

// EventFilter selects events (and, through them, incidents). Zero fields match
// everything.
type EventFilter struct {
	Types        []EventType
	Country      string // where it happened
	ActorCountry string // the state the actor acts for
	FromYear     int
	ToYear       int
	Incident     string
	Text         string // full-text query over the article text
	Limit        int    // 0 means no limit
	AfterID      int64  // keyset pagination: events with a larger id
	// AfterIncident is the keyset pagination of incidents: those whose id
	// sorts after it.
	AfterIncident string
	// HideRestricted leaves out restricted records, as viewers see the store:
	// restricted events and incidents, the events of restricted incidents,
	// and, for a text query, the articles that tell any of them.
	HideRestricted bool
}

// StatsQuery asks for incident counts grouped by some of the dimensions
// "year", "type", "actor-country" and "country", with at most Examples
// incident ids listed per group.
type StatsQuery struct {
	By       []string
	Filter   EventFilter
	Examples int
}

// StatsRow is one group of a stats answer.
type StatsRow struct {
	Key       map[string]string // dimension -> value ("" for unknown)
	Incidents int
	Events    int
	IDs       []string // the first incidents behind the number, oldest first
}

// Assignment puts one event in an incident, as the clustering decided.
type Assignment struct {
	EventID  int64
	Incident string
}

// ArticleStore stores articles with their events and records failures.
type ArticleStore interface {
	// HasArticle reports whether an article with this URL (when not empty) or this
	// content hash is already stored.
	HasArticle(ctx context.Context, url, contentHash string) (bool, error)
	// PutArticle stores an article and its events in one transaction. It returns
	// an *Error with code ECONFLICT when the article (same URL or content hash) is
	// already stored, in which case nothing is written.
	PutArticle(ctx context.Context, a *Article, events []Event, extractor string) (int64, error)
	// PutArticles stores a batch of articles, each with its events, in one
	// transaction: every article is written whole or not at all. It returns an id
	// and an error for each article, the error an *Error with code ECONFLICT when
	// the article is already stored (or earlier in the batch); such an article is
	// skipped and the others are stored. When the returned error is not nil,
	// nothing of the batch was written.
	PutArticles(ctx context.Context, batch []NewArticle, extractor string) ([]int64, []error, error)
	// Article returns a stored article; ENOTFOUND when there is none.
	Article(ctx context.Context, id int64) (*StoredArticle, error)
	// ArticleIDs returns the ids of every stored article in ingest order.
	ArticleIDs(ctx context.Context) ([]int64, error)
	// ReplaceEvents replaces the events of an article after re-extraction. Events
	// a reviewer edited are kept, and new events of the same type whose evidence
	// overlaps an edited one are dropped; pinned incident assignments carry over
	// to the new event that overlaps the old one.
	ReplaceEvents(ctx context.Context, articleID int64, events []Event, extractor string) error
	// RecordFailure stores a per-article failure.
	RecordFailure(ctx context.Context, f Failure) error
	// Failures lists recorded failures, oldest first.
	Failures(ctx context.Context) ([]Failure, error)
	// SearchArticles returns the ids of articles whose text matches a full-text
	// query, best first.
	SearchArticles(ctx context.Context, query string, limit int) ([]int64, error)
}

// EventStore reads events and statistics.
type EventStore interface {
	// Events lists events matching f in id order.
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// CountEvents counts events matching f.
	CountEvents(ctx context.Context, f EventFilter) (int, error)
	// Stats counts incidents by the dimensions asked for.
	Stats(ctx context.Context, q StatsQuery) ([]StatsRow, error)
}

// IncidentStore holds incidents: the clustering's output and reviewers' changes
// to it. Every reviewer method writes an audit log entry in the same transaction.
type IncidentStore interface {
	// SaveIncidents replaces the clustering: each event's incident and the
	// incidents' derived attributes and links. The attributes of an incident a
	// reviewer edited are kept (its link and counts are updated); incidents no
	// event belongs to any more are removed unless a reviewer touched them.
	SaveIncidents(ctx context.Context, assign []Assignment, incidents []Incident) error
	// Incident returns one incident; ENOTFOUND when there is none.
	Incident(ctx context.Context, id string) (*Incident, error)
	// Incidents lists incidents whose events match f, by id.
	Incidents(ctx context.Context, f EventFilter) ([]Incident, error)
	// MergeIncidents moves every event of from into into and pins them there.
	MergeIncidents(ctx context.Context, who, into string, from ...string) error
	// SplitIncident moves the given events of id into a new incident, pins both
	// parts, and returns the new incident's id.
	SplitIncident(ctx context.Context, who, id string, eventIDs []int64) (string, error)
	// ConfirmIncident marks an incident's membership as reviewed and pins it.
	ConfirmIncident(ctx context.Context, who, id string) error
	// EditIncident changes an incident's attributes as a reviewer.
	EditIncident(ctx context.Context, who, id string, e IncidentEdit) error
	// AuditLog lists reviewer actions, newest first; id "" lists all.
	AuditLog(ctx context.Context, id string) ([]AuditEntry, error)
}

// BlockKey names a block of events that clustering compares with each other:
// the events of one type and year, with those of the type whose year is
// unknown (they join every year of their type). Year 0 names every event of
// the type.
type BlockKey struct {
	Type EventType
	Year int
}

// ClusterQuery selects the events an ingest clusters again; an event that
// matches any of its parts is selected.
type ClusterQuery struct {
	Unclustered bool       // events in no incident yet
	Blocks      []BlockKey // events of these blocks
	Incidents   []string   // every event of these incidents
	Articles    []int64    // every event of these articles
	Answering   []string   // every event of the incidents that answer these
}

// ClusterStore is what clustering part of the store needs: the events a new
// article may regroup, and a way to save their grouping without touching the
// rest.
type ClusterStore interface {
	// ClusterEvents lists, in id order and each once, the events q selects,
	// restricted ones included, with their incident's response_to.
	ClusterEvents(ctx context.Context, q ClusterQuery) ([]StoredEvent, error)
	// UpdateIncidents saves the clustering of part of the store: each
	// assigned event's incident, and the incidents given, as SaveIncidents
	// does. Incidents that lost events and are not given are counted
	// anew, and removed when they have none left unless a reviewer touched
	// them. Links to an incident that renamed maps and that has no event left
	// follow it to the incident it is mapped to.
	UpdateIncidents(ctx context.Context, assign []Assignment, incidents []Incident, renamed map[string]string) error
}

// Store is everything vigil keeps: the SQLite and PostgreSQL backends implement it.
type Store interface {
	ArticleStore
	EventStore
	IncidentStore
	ClusterStore
	Close() error
}

// BulkArticle is an article with its events and the incident each event belongs
// to, as a bulk load writes them.
type BulkArticle struct {
	Article   *Article
	Events    []Event
	Incidents []string // one per event
}

// BulkLoader writes large amounts of data fast, for imports and benchmarks: no
// duplicate checks, no clustering, one transaction. Both backends implement it.
type BulkLoader interface {
	// BulkLoad writes the articles with their events, then the incidents.
	BulkLoad(ctx context.Context, articles iter.Seq[BulkArticle], incidents iter.Seq[Incident]) error
}
