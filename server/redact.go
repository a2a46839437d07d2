package server

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"vigil"
)

// Restricted records: the name of a person targeted (a victim, a dissident, a
// relative) is shown only to editors and admins. Viewers see the mask instead,
// in structured fields and in article text alike.
const restrictedMask = "[restricted]"

// restrictedRef reports whether an actor reference names a restricted person.
func restrictedRef(a *vigil.ActorRef) bool {
	return a != nil && a.Name != "" && (a.Kind == "person" || a.Kind == "")
}

// redactIncident hides an incident's restricted fields from r's role.
func redactIncident(r *http.Request, in *vigil.Incident) {
	if canSeeRestricted(r) || in.Target == nil || in.Target.Name == "" {
		return
	}
	t := *in.Target
	t.Name = restrictedMask
	in.Target = &t
	for i := range in.Conflicts {
		if in.Conflicts[i].Field == "target" {
			vals := make([]vigil.ConflictValue, len(in.Conflicts[i].Values))
			for j, v := range in.Conflicts[i].Values {
				vals[j] = vigil.ConflictValue{Value: restrictedMask, Articles: v.Articles}
			}
			in.Conflicts[i].Values = vals
		}
	}
}

// redactEvent hides an event's restricted fields from r's role and returns the
// names it hid.
func redactEvent(r *http.Request, ev *vigil.Event) []string {
	if canSeeRestricted(r) || !restrictedRef(ev.Target) {
		return nil
	}
	name := ev.Target.Name
	t := *ev.Target
	t.Name = restrictedMask
	ev.Target = &t
	return []string{name}
}

// maskNames replaces every occurrence of the names in text with block
// characters of the same length in code points, so evidence offsets still hold.
func maskNames(text string, names []string) string {
	for _, n := range names {
		if len(n) < 3 {
			continue
		}
		text = strings.ReplaceAll(text, n, strings.Repeat("█", utf8.RuneCountInString(n)))
	}
	return text
}

// redactStored hides a stored event's restricted fields from r's role,
// masking the hidden names in its evidence sentences too.
func redactStored(r *http.Request, e *vigil.StoredEvent) {
	names := redactEvent(r, &e.Event)
	if len(names) == 0 {
		return
	}
	ev := make([]vigil.EvidenceSpan, len(e.Evidence))
	for i, s := range e.Evidence {
		s.Text = maskNames(s.Text, names)
		ev[i] = s
	}
	e.Evidence = ev
}
