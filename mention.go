package vigil

// MentionKind says what a recognised span of text stands for.
type MentionKind string

// Mention kinds.
const (
	MentionActor MentionKind = "actor"
	MentionPlace MentionKind = "place"
	MentionTime  MentionKind = "time"
)

// Actor is an entry of the actor dictionary: a state, one of its agencies or
// officials, an armed or opposition group, or a person.
type Actor struct {
	ID      string   // stable dictionary id, e.g. "IR-MOIS"
	Name    string   // canonical English name
	Kind    string   // state, agency, group, armed_group, person
	Country string   // ISO alpha-2 of the state it acts for ("" for non-state groups without one)
	Parent  string   // id of the body it belongs to (an agency's government)
	Aliases []string // other names, abbreviations, original-language names
}
