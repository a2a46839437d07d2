package vigil

import "time"

// Review states of an incident: how far a person has vouched for it.
const (
	ReviewAuto      = "auto"      // as the clustering made it
	ReviewConfirmed = "confirmed" // a reviewer confirmed its membership
	ReviewEdited    = "edited"    // a reviewer merged, split or edited it
)

// Incident is the real-world happening that events from many articles describe:
// its best attributes (the most precise value the reports agree on), the values
// the reports disagree on with their sources, and its link to the incident it
// answers when it is a response.
type Incident struct {
	ID         string // stable across re-runs, reprocessing and reviews
	Type       EventType
	Status     Status
	Date       Date
	Country    string
	Place      *Place
	Actor      *ActorRef
	Target     *ActorRef
	ResponseTo string // id of the incident this one answers, "" if none
	Review     string // ReviewAuto, ReviewConfirmed or ReviewEdited
	Title      string // a reviewer's title, "" if none
	Notes      string // a reviewer's notes
	Events     int    // how many stored events describe it
	Articles   int    // from how many articles
	Conflicts  []Conflict
	UpdatedAt  time.Time
}

// Conflict is a field on which the reports of an incident disagree: every value
// given, with the articles that gave it.
type Conflict struct {
	Field  string          `json:"field"`
	Values []ConflictValue `json:"values"`
}

// ConflictValue is one of the values of a Conflict and the articles that gave it.
type ConflictValue struct {
	Value    string   `json:"value"`
	Articles []string `json:"articles"`
}

// IncidentEdit holds the attributes a reviewer may set on an incident; nil fields
// are left unchanged.
type IncidentEdit struct {
	Title      *string
	Notes      *string
	Type       *EventType
	Status     *Status
	Date       *Date
	Country    *string
	ResponseTo *string // "" removes the link
}

// AuditEntry is one reviewer action recorded in the audit log.
type AuditEntry struct {
	ID       int64
	At       time.Time
	Who      string
	Action   string // merge, split, confirm, edit
	Incident string
	Detail   string // JSON describing the change
}
