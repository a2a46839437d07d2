package event

import (
	"strings"

	"vigil"
)

// dyadRow codes the fighting of a conflict-dataset row that names no deed,
// only the two sides and the dead, as UCDP's event rows do:
//
//	2019-11-22 | Government of Niger - IS | Kandadji village, Tillabéri | best=13
//
// It adds an armed attack when the row tells no attack of its own: the
// non-government side acts against the government, or a side acts against
// "Civilians". Rows longer than a short record, or without a word of deaths
// or of the kind of violence, are left alone.
func dyadRow(d *doc, events []*candidate) []*candidate {
	if len(d.text) > maxDyadRow {
		return events
	}
	for _, e := range events {
		if isAttack(e.typ) {
			return events
		}
	}
	a, b, ok := findDyad(d.text)
	if !ok || !deathsTold(d.text) {
		return events
	}
	left, right := d.sidePhrase(a), d.sidePhrase(b)
	if left.empty() || right.empty() {
		return events
	}
	actor, target := right, left // "Government of Niger - IS": IS fought the state
	switch {
	case civilianSide(d.text[b.Start:b.End]):
		actor, target = left, right
	case !governmentSide(d.text[a.Start:a.End]) && !governmentSide(d.text[b.Start:b.End]):
		actor, target = left, right // two groups: the first named
	}
	si := d.sentIndex(actor.from)
	s := d.sents[si]
	cd := &candidate{typ: vigil.ArmedAttack, status: vigil.CarriedOut, sent: si, para: s.Para, section: -1, conf: 0.6}
	if d.explain {
		cd.explain = &vigil.Explanation{Trigger: d.text[a.Start:b.End], Fields: map[string]string{}}
	}
	cd.rule("a dataset row's dyad and dead, with no deed told: fighting between its sides")
	cd.firstSpan[0] = vigil.Span{Start: s.Start, End: s.End}
	cd.evidence = cd.firstSpan[:1:1]
	cd.date = d.recordDate
	if cd.date.IsZero() {
		for _, t := range d.in.Times {
			if !t.Date.IsZero() && t.Date.Precision >= vigil.PrecisionMonth {
				cd.date = t.Date
				break
			}
		}
	}
	cd.place = d.recordPlace
	if cd.place == nil {
		cd.place = d.headerPlace()
	}
	if cd.place == nil {
		cd.place = d.finestPlace()
	}
	if cd.place != nil {
		cd.country = cd.place.Country
		if cd.place.Feature == vigil.FeatureCountry {
			cd.place = nil
		}
	}
	code, _ := d.stateOf(actor)
	cd.actor = d.ref(actor, code)
	cd.target = d.ref(target, d.targetCountry(target))
	cd.why("actor", "the dyad's side that %s", map[bool]string{true: "fought the other", false: "acted against civilians"}[actor == right])
	return append(events, cd)
}

// maxDyadRow is the length of the longest text read as a dataset row.
const maxDyadRow = 600

// findDyad finds "A - B" (or "A vs B") in a field of a row: the field
// (between "|", ";", a line break or a "Dyad:" label) holds one dash between
// two names, one of them a government or the civilians.
func findDyad(text string) (a, b vigil.Span, ok bool) {
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '|' && text[i] != ';' && text[i] != '\n' && !(text[i] == '.' && i+1 < len(text) && text[i+1] == ' ') {
			continue
		}
		field := text[start:i]
		off := start
		start = i + 1
		if j := strings.Index(strings.ToLower(field), "dyad:"); j >= 0 {
			off += j + len("dyad:")
			field = field[j+len("dyad:"):]
		}
		for _, dash := range []string{" - ", " – ", " — ", " vs ", " vs. ", " versus "} {
			j := strings.Index(field, dash)
			if j < 0 || strings.Contains(field[j+len(dash):], dash) {
				continue
			}
			l, r := strings.TrimSpace(field[:j]), strings.TrimSpace(field[j+len(dash):])
			if l == "" || r == "" || len(l) > 60 || len(r) > 60 || !startsUpper(l) || !startsUpper(r) {
				continue
			}
			if !governmentSide(l) && !governmentSide(r) && !civilianSide(r) {
				continue
			}
			ls := off + strings.Index(field, l)
			rs := off + j + len(dash) + strings.Index(field[j+len(dash):], r)
			return vigil.Span{Start: ls, End: ls + len(l)}, vigil.Span{Start: rs, End: rs + len(r)}, true
		}
	}
	return vigil.Span{}, vigil.Span{}, false
}

func startsUpper(s string) bool { return s[0] >= 'A' && s[0] <= 'Z' }

func governmentSide(s string) bool { return strings.HasPrefix(s, "Government of ") }

func civilianSide(s string) bool { return strings.EqualFold(s, "civilians") }

// deathsTold: the row counts the dead or names the kind of violence as the
// datasets do.
func deathsTold(text string) bool {
	low := strings.ToLower(text)
	for _, w := range []string{"best", "deaths", "killed", "fatalities", "dead", "casualties", "state-based", "one-sided", "non-state"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// sidePhrase is the tokens of a dyad's side.
func (d *doc) sidePhrase(sp vigil.Span) phrase {
	from := d.tokenAt(sp.Start)
	to := from
	for to < len(d.toks) && d.toks[to].End <= sp.End {
		to++
	}
	if to <= from {
		return phrase{}
	}
	return phrase{from, to}
}

// finestPlace is the most specific place the text names, for a row without
// location fields.
func (d *doc) finestPlace() *vigil.Place {
	var best *vigil.Place
	for _, p := range d.in.Places {
		if p.Kind != vigil.Literal || p.Place.Country == "" {
			continue
		}
		if best == nil || featureRank[p.Place.Feature] > featureRank[best.Feature] {
			pl := p.Place
			best = &pl
		}
	}
	return best
}
