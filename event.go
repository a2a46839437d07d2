package vigil

// EventType is one of the kinds of event vigil codes (see the README's table).
type EventType string

// Attacks and repression tactics: the actor is the perpetrator.
const (
	Assassination EventType = "assassination"
	Bombing       EventType = "bombing"
	ArmedAttack   EventType = "armed_attack"
	Abduction     EventType = "abduction"
	Surveillance  EventType = "surveillance"
	Intimidation  EventType = "intimidation"
	Cyberattack   EventType = "cyberattack"
)

// Responses and other events: the actor is who responded.
const (
	Arrest           EventType = "arrest"
	Charge           EventType = "charge"
	Conviction       EventType = "conviction"
	Extradition      EventType = "extradition"
	Expulsion        EventType = "expulsion"
	AmbassadorRecall EventType = "ambassador_recall"
	Sanction         EventType = "sanction"
	Protest          EventType = "protest"
)

// EventTypes lists every type in the order documentation and charts show them.
var EventTypes = []EventType{
	Assassination, Bombing, ArmedAttack, Abduction, Surveillance, Intimidation, Cyberattack,
	Arrest, Charge, Conviction, Extradition, Expulsion, AmbassadorRecall, Sanction, Protest,
}

// IsResponse reports whether the type is a state's answer to an incident rather
// than an attack: such events are linked to the incident they answer.
func (t EventType) IsResponse() bool {
	switch t {
	case Arrest, Charge, Conviction, Extradition, Expulsion, AmbassadorRecall, Sanction:
		return true
	}
	return false
}

// Valid reports whether t is one of EventTypes.
func (t EventType) Valid() bool {
	for _, k := range EventTypes {
		if k == t {
			return true
		}
	}
	return false
}

// Status says how far an event got.
type Status string

// Statuses: a foiled bomb plot is a bombing with status foiled, not a bombing.
const (
	CarriedOut Status = "carried_out" // it happened (responses: announced or done)
	Attempted  Status = "attempted"   // tried and failed
	Foiled     Status = "foiled"      // stopped before it happened
	Planned    Status = "planned"     // a plot whose outcome the text does not give
)

// ActorRef is an actor as an event names it: the words used, and the identity and
// sponsoring state they resolved to.
type ActorRef struct {
	Name    string `json:"name"`
	Country string `json:"country"`        // ISO alpha-2 of the state it acts for, "" if unknown
	ID      string `json:"id,omitempty"`   // dictionary id when resolved
	Kind    string `json:"kind,omitempty"` // state, agency, group, person, other
}

// Event is one thing that happened (or was plotted) as one article tells it.
type Event struct {
	Doc        string
	Type       EventType
	Status     Status
	Date       Date
	Country    string // ISO alpha-2 of where it happened
	Place      *Place // most specific named place, nil if none
	Actor      *ActorRef
	Target     *ActorRef
	Evidence   []Span // byte offsets into the article text, one per sentence that tells it
	Confidence float64
	Explain    *Explanation // filled when asked for
}

// Explanation records which rules, trigger words and spans produced each field of
// an event, so that a reviewer can always ask "why".
type Explanation struct {
	Trigger string            `json:"trigger"`
	Rules   []string          `json:"rules"`
	Fields  map[string]string `json:"fields"` // field -> the text or rule it came from
}
