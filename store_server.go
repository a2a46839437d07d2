package vigil

import (
	"context"
	"time"
)

// Roles of a server account, from least to most trusted.
const (
	RoleViewer = "viewer" // reads the dashboard; restricted records are hidden
	RoleEditor = "editor" // also reviews events and incidents and sees restricted records
	RoleAdmin  = "admin"  // also manages accounts
)

// RoleRank orders roles: 0 for an unknown role, higher for more trust.
func RoleRank(role string) int {
	switch role {
	case RoleViewer:
		return 1
	case RoleEditor:
		return 2
	case RoleAdmin:
		return 3
	}
	return 0
}

// User is a server account. The password hash never leaves the store except to
// the code that checks it.
type User struct {
	ID       int64
	Name     string
	Role     string
	Hash     string // password hash in PHC string format
	Created  time.Time
	Disabled bool
}

// Event review states recorded by the review desk.
const (
	EventConfirmed = "confirmed"
	EventRejected  = "rejected"
)

// ReviewItem is an event waiting in the review queue, with the article it came from.
type ReviewItem struct {
	Event        StoredEvent
	ArticleTitle string
}

// ServerStore holds what the web server needs beyond the record itself: accounts,
// sessions, API tokens and the event review desk. Secrets (session ids, API
// tokens) are stored only as SHA-256 hashes.
type ServerStore interface {
	// PutUser creates an account or, when the name exists, replaces its role and
	// hash. It returns the account's id.
	PutUser(ctx context.Context, u User) (int64, error)
	// UserByName returns an account; ENOTFOUND when there is none.
	UserByName(ctx context.Context, name string) (*User, error)
	// CountUsers counts accounts.
	CountUsers(ctx context.Context) (int, error)
	// CreateSession stores a session whose secret hashes to tokenHash.
	CreateSession(ctx context.Context, tokenHash string, userID int64, expires time.Time) error
	// SessionUser returns the account of an unexpired session; EUNAUTHORIZED when none.
	SessionUser(ctx context.Context, tokenHash string) (*User, error)
	// DeleteSession ends a session.
	DeleteSession(ctx context.Context, tokenHash string) error
	// CreateToken stores an API token for an account.
	CreateToken(ctx context.Context, tokenHash string, userID int64, name string) error
	// TokenUser returns the account an API token belongs to; EUNAUTHORIZED when none.
	TokenUser(ctx context.Context, tokenHash string) (*User, error)
	// ReviewQueue lists events no reviewer has confirmed or rejected, least
	// confident first, then by id.
	ReviewQueue(ctx context.Context, limit int) ([]ReviewItem, error)
	// ReviewEvent records a reviewer's verdict (EventConfirmed or EventRejected)
	// on an event, with an audit log entry; a rejected event is unassigned from
	// its incident. ENOTFOUND when there is no such event.
	ReviewEvent(ctx context.Context, who string, id int64, verdict string) error
	// Responses lists the incidents whose response_to is id, in date order.
	Responses(ctx context.Context, id string) ([]Incident, error)
	// ArticleEvents lists the events of one article in order.
	ArticleEvents(ctx context.Context, articleID int64) ([]StoredEvent, error)
	// EventList lists what Events lists, without what the API's event
	// listing does not show: Seq, Extractor, ResponseTo, and a place's
	// Admin1, GeonameID and Feature stay zero. Leaving them (and the join to
	// incidents) out makes a page of 100 events a fifth cheaper to read.
	EventList(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// EventReviews returns the verdicts recorded for the given events.
	EventReviews(ctx context.Context, ids []int64) (map[int64]string, error)
	// RestrictIncident restricts an incident (or lifts the restriction), with
	// an audit log entry: viewers see neither it nor its events. Its events
	// are pinned, so that clustering cannot carry them out of it; merging it
	// into another incident restricts that one, and its split-off parts stay
	// restricted. ENOTFOUND when there is no such incident.
	RestrictIncident(ctx context.Context, who, id string, restricted bool) error
	// RestrictEvent restricts one event (or lifts the restriction), with an
	// audit log entry; reprocessing keeps it. ENOTFOUND when there is no such
	// event.
	RestrictEvent(ctx context.Context, who string, id int64, restricted bool) error
	// RestrictedIncidents returns which of the given incidents are restricted.
	RestrictedIncidents(ctx context.Context, ids []string) (map[string]bool, error)
	// RestrictedArticles returns which of the given articles tell a restricted
	// record: an event of theirs is restricted or belongs to a restricted
	// incident.
	RestrictedArticles(ctx context.Context, ids []int64) (map[int64]bool, error)
}
