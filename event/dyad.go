package event

import (
	"strings"

	"vigil"
)

// dyadRows codes the fighting of conflict-dataset rows that name no deed,
// only the two sides and the dead, as UCDP's event rows do:
//
//	2019-11-22 | Government of Niger - IS | Kandadji village, Tillabéri | best=13
//	date_start,side_a,side_b,where_description,country,best
//	2016-01-13,Boko Haram,Civilians,Kouyape village near Kolofata,Cameroon,12
//
// Each line of a short record that holds a dyad and a count of the dead, and
// whose own words tell no attack, adds an armed attack: the non-government
// side acts against the government, a side acts against "Civilians", and of
// two groups or two states the first named acts. Its date and place are the
// line's own.
func dyadRows(d *doc, events []*candidate) []*candidate {
	if len(d.text) > maxDyadText || !mayHoldDyad(d.text) {
		return events
	}
	header := -1 // the columns of a comma- or tab-separated header line
	var columns []string
	found := false
	for start, end := range d.lines() {
		line := vigil.Span{Start: start, End: end}
		if header < 0 && line.Start == 0 { // (a header heads the text)
			if cols, ok := csvHeader(d.text[line.Start:line.End]); ok {
				header, columns = line.Start, cols
				continue
			}
		}
		var a, b vigil.Span
		var ok bool
		if columns != nil {
			a, b, ok = csvDyad(d.text, line, columns)
		} else {
			a, b, ok = findDyad(d.text, line)
			ok = ok && deathsTold(d.text[line.Start:line.End])
		}
		if !ok || attackTold(d, events, line) {
			continue
		}
		if cd := d.dyadEvent(a, b, line); cd != nil {
			events, found = append(events, cd), true
		}
	}
	// a record that gives each field a line of its own ("Date: ...",
	// "Dyad: ...", "Deaths: ...") is one row
	whole := vigil.Span{Start: 0, End: len(d.text)}
	// (an export of one event with a field for each value may run longer)
	fielded := indexFold(d.text, "dyad") >= 0 || indexFold(d.text, "side_a") >= 0
	if !found && columns == nil && (len(d.text) <= maxDyadRow || fielded) && deathsTold(d.text) && !attackTold(d, events, whole) {
		if a, b, ok := findDyad(d.text, whole); ok {
			// (in an export of several events, the block of the dyad's own)
			if cd := d.dyadEvent(a, b, blockAround(d.text, a)); cd != nil {
				events = append(events, cd)
			}
		}
	}
	return events
}

// maxDyadRow is the length of the longest text read as one dataset row.
const maxDyadRow = 600

// maxDyadText is the length of the longest text read as dataset rows.
const maxDyadText = 2000

// dyadEvent is the armed attack of a dyad's sides a and b on one line.
func (d *doc) dyadEvent(a, b, line vigil.Span) *candidate {
	left, right := d.sidePhrase(a), d.sidePhrase(b)
	if left.empty() || right.empty() {
		return nil
	}
	actor, target := left, right // of two groups or two states, the first named
	la, rb := d.text[a.Start:a.End], d.text[b.Start:b.End]
	if governmentSide(la) && !governmentSide(rb) && !civilianSide(rb) {
		actor, target = right, left // "Government of Niger - IS": IS fought the state
	}
	si := d.sentIndex(left.from)
	s := d.sents[si]
	cd := &candidate{typ: vigil.ArmedAttack, status: vigil.CarriedOut, sent: si, section: -1, conf: 0.6}
	if d.explain {
		cd.explain = &vigil.Explanation{Trigger: d.text[a.Start:b.End], Fields: map[string]string{}}
	}
	cd.rule("a dataset row's dyad and dead, with no deed told: fighting between its sides")
	// ("Junta jet bombs village", "Russian artillery pounds positions"): a
	// row whose words tell of bombardment
	if d.bombardmentIn(line) {
		cd.typ = vigil.Bombing
		cd.rule("bombardment told in the row: bombing")
	}
	cd.firstSpan[0] = vigil.Span{Start: max(s.Start, line.Start), End: min(max(s.End, line.Start+1), line.End)}
	cd.evidence = cd.firstSpan[:1:1]
	for _, t := range d.in.Times {
		if t.Start >= line.Start && t.End <= line.End && !t.Date.IsZero() && t.Date.Precision >= vigil.PrecisionMonth {
			cd.date = t.Date
			break
		}
	}
	if cd.date.IsZero() {
		cd.date = d.recordDate
	}
	cd.place, cd.country = d.linePlace(line, a, b)
	if d.recordPlace != nil && strings.TrimSpace(d.text[:line.Start]) == "" && strings.TrimSpace(d.text[line.End:]) == "" { // a "Location:" field of the record
		cd.place, cd.country = d.recordPlace, d.recordPlace.Country
	}
	code, _ := d.stateOf(actor)
	cd.actor = d.ref(actor, code)
	cd.target = d.ref(target, d.targetCountry(target))
	cd.why("actor", "the dyad's side named first, or the one that fought the government")
	return cd
}

// attackTold: an attack event already tells line's deed (a row's note:
// "gunmen shot villagers returning from their farms").
func attackTold(d *doc, events []*candidate, line vigil.Span) bool {
	for _, e := range events {
		if !isAttack(e.typ) {
			continue
		}
		for _, ev := range e.evidence {
			if ev.Start < line.End && line.Start < ev.End {
				return true
			}
		}
	}
	return false
}

// linePlace is where a row's fighting was: the most specific place its line
// names outside the dyad, or the unknown name that opens its location field
// ("Kandadji village, Ayorou commune"), with the country the line gives.
func (d *doc) linePlace(line, a, b vigil.Span) (*vigil.Place, string) {
	var best *vigil.Place
	bestAt := -1
	country := ""
	for pm, p := range d.in.Places {
		if p.Start < line.Start || p.End > line.End || p.Start >= a.Start && p.End <= b.End || p.Kind != vigil.Literal || p.Place.Country == "" {
			continue
		}
		// (not a field's label: "Date:" is no town in Japan; nor a country's
		// old name in brackets: "DR Congo (Zaire)" is no province of Angola)
		if k := d.tokenAt(p.Start); d.contradicted(p.Place, k) || d.inLongerName(k, pm) || strings.HasPrefix(d.text[p.End:], ":") || d.formerName(k) {
			continue
		}
		if p.Place.Feature == vigil.FeatureCountry {
			country = p.Place.Country
		}
		if best == nil || featureRank[p.Place.Feature] > featureRank[best.Feature] {
			pl := p.Place
			best, bestAt = &pl, p.Start
		}
	}
	if best == nil {
		return nil, country
	}
	if best.Feature != vigil.FeatureLocal {
		if named := d.fieldOpening(bestAt); named != "" {
			return &vigil.Place{Name: named, Country: best.Country, Feature: vigil.FeatureLocal}, best.Country
		}
	}
	// ("Kouyape village near Kolofata", "Guma LGA, Benue state": a village or
	// district the gazetteer lacks, named by its kind)
	if named, ok := d.unlistedPlace(d.tokenAt(line.Start), d.tokenAt(line.End), country); ok {
		if named.Country == "" {
			named.Country = best.Country
		}
		if named.Country != "" {
			return named, named.Country
		}
	}

	if best.Feature == vigil.FeatureCountry {
		return nil, best.Country
	}
	return best, best.Country
}

// findDyad finds "A - B" (or "A vs B") in a field of line: the field (between
// "|", ";", ",", a tab, a line break or a "Dyad:" label) holds one dash
// between two names, one of them a government or the civilians; or two
// groups, when the line counts its dead as UCDP does ("best").
func findDyad(text string, line vigil.Span) (a, b vigil.Span, ok bool) {
	ucdp := indexFold(text[line.Start:line.End], "best") >= 0
	start := line.Start
	for i := line.Start; i <= line.End; i++ {
		if i < line.End && !fieldBreak(text, i) {
			continue
		}
		field := text[start:i]
		off := start
		start = i + 1
		// ("Dyad: ...", "dyad_name = ...", "\"dyad_name\": \"...\"", "Dyad ...... ")
		if j := labelEnd(field); j > 0 {
			off += j
			field = field[j:]
		}
		field = strings.TrimRight(field, " \"")
		for _, dash := range []string{" - ", " – ", " — ", " vs ", " vs. ", " versus "} {
			j := strings.Index(field, dash)
			if j < 0 || strings.Contains(field[j+len(dash):], dash) {
				continue
			}
			l, r := strings.Trim(field[:j], " \""), strings.Trim(field[j+len(dash):], " \"")
			if l == "" || r == "" || len(l) > 60 || len(r) > 60 || !startsUpper(l) || !startsUpper(r) {
				continue
			}
			if !governmentSide(l) && !governmentSide(r) && !civilianSide(r) && !ucdp {
				continue
			}
			ls := off + strings.Index(field, l)
			rs := off + j + len(dash) + strings.Index(field[j+len(dash):], r)
			return vigil.Span{Start: ls, End: ls + len(l)}, vigil.Span{Start: rs, End: rs + len(r)}, true
		}
	}
	return vigil.Span{}, vigil.Span{}, false
}

// labelEnd is where the value of a labelled field starts: after "Dyad:",
// "dyad_name =", "\"dyad_name\":" or "Dyad ........"; 0 when the field has no
// label (a label is one or two words or a snake_case key).
func labelEnd(field string) int {
	i := 0
	for i < len(field) && (field[i] == ' ' || field[i] == '"') {
		i++
	}
	start := i
	for i < len(field) && (field[i] >= 'a' && field[i] <= 'z' || field[i] >= 'A' && field[i] <= 'Z' || field[i] == '_' || field[i] == ' ' && i-start < 12) {
		i++
	}
	if i == start || i-start > 24 {
		return 0
	}
	j := i
	for j < len(field) && field[j] == '"' {
		j++
	}
	dots := 0
	for j < len(field) && (field[j] == '.' || field[j] == ' ') {
		if field[j] == '.' {
			dots++
		}
		j++
	}
	switch {
	case j < len(field) && (field[j] == ':' || field[j] == '='):
		j++
	case dots < 3:
		return 0
	}
	for j < len(field) && (field[j] == ' ' || field[j] == '"') {
		j++
	}
	return j
}

// fieldBreak: byte i of text ends a field of a dataset row.
func fieldBreak(text string, i int) bool {
	switch text[i] {
	case '|', ';', ',', '\t', '\n':
		return true
	case '.':
		return i+1 < len(text) && text[i+1] == ' '
	}
	return false
}

// csvHeader reads a header line of comma- or tab-separated columns that names
// the two sides ("side_a", "side_b").
func csvHeader(line string) ([]string, bool) {
	sep := ","
	if strings.Contains(line, "\t") {
		sep = "\t"
	} else if strings.Count(line, "|") > strings.Count(line, ",") {
		sep = "|"
	}
	cols := strings.Split(strings.ToLower(line), sep)
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	hasA, hasB := false, false
	for _, c := range cols {
		hasA = hasA || c == "side_a"
		hasB = hasB || c == "side_b"
	}
	return cols, hasA && hasB && len(cols) <= 40
}

// csvDyad finds the two sides of a row under a csvHeader, when the row counts
// its dead (a "best", "deaths" or "fatalities" column above a number).
func csvDyad(text string, line vigil.Span, columns []string) (a, b vigil.Span, ok bool) {
	sep := byte(',')
	if row := text[line.Start:line.End]; strings.Contains(row, "\t") {
		sep = '\t'
	} else if strings.Count(row, "|") > strings.Count(row, ",") {
		sep = '|'
	}
	var fields []vigil.Span
	start, quoted := line.Start, false
	for i := line.Start; i <= line.End; i++ {
		if i < line.End && text[i] == '"' {
			quoted = !quoted // ("...,\"Drone strike kills 26 in Amhara town, health workers say\",...")
		}
		if i == line.End || text[i] == sep && !quoted {
			fields = append(fields, vigil.Span{Start: start, End: i})
			start = i + 1
		}
	}
	if len(fields) != len(columns) {
		return a, b, false
	}
	dead := false
	for i, c := range columns {
		v := strings.TrimSpace(text[fields[i].Start:fields[i].End])
		switch c {
		case "side_a":
			a = trimSpan(text, fields[i])
		case "side_b":
			b = trimSpan(text, fields[i])
		case "best", "deaths", "fatalities", "best_est":
			dead = v != "" && v[0] >= '0' && v[0] <= '9'
		}
	}
	return a, b, dead && a.End > a.Start && b.End > b.Start
}

// trimSpan narrows sp past the spaces at its ends.
func trimSpan(text string, sp vigil.Span) vigil.Span {
	for sp.Start < sp.End && text[sp.Start] == ' ' {
		sp.Start++
	}
	for sp.End > sp.Start && text[sp.End-1] == ' ' {
		sp.End--
	}
	return sp
}

func startsUpper(s string) bool { return s[0] >= 'A' && s[0] <= 'Z' }

func governmentSide(s string) bool { return strings.HasPrefix(s, "Government of ") }

func civilianSide(s string) bool { return strings.EqualFold(s, "civilians") }

// deathsTold: the row counts the dead or names the kind of violence as the
// datasets do.
func deathsTold(text string) bool {
	for _, w := range []string{"best", "deaths", "killed", "fatalities", "dead", "casualties", "state-based", "one-sided", "non-state"} {
		if indexFold(text, w) >= 0 {
			return true
		}
	}
	return false
}

// mayHoldDyad: text has a dash or "vs" between words, or a side_a column:
// the cheap test that spares articles the reading of their lines.
func mayHoldDyad(text string) bool {
	for _, sep := range []string{" - ", " – ", " — ", " vs", " versus ", "side_a"} {
		if strings.Contains(text, sep) {
			return true
		}
	}
	return false
}

// indexFold is strings.Index of the lower-case ASCII word w in s, ignoring
// the case of s, without the copy strings.ToLower makes.
func indexFold(s, w string) int {
	if w == "" {
		return 0
	}
	// (a byte compare first: most places do not start the word)
	c := w[0] | 0x20
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == c && strings.EqualFold(s[i:i+len(w)], w) {
			return i
		}
	}
	return -1
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

// bombardmentIn: the words of line tell of shelling, air strikes or bombs.
func (d *doc) bombardmentIn(line vigil.Span) bool {
	for k := d.tokenAt(line.Start); k >= 0 && k < len(d.toks) && d.toks[k].Start < line.End; k++ {
		if bombardmentWords[d.toks[k].Norm] {
			return true
		}
	}
	return false
}

var bombardmentWords = set("artillery", "shelling", "shelled", "shells", "airstrike", "airstrikes", "bombs", "bombed",
	"bombing", "bombardment", "drone", "drones", "missile", "missiles", "rocket", "rockets", "mortar", "mortars", "ied", "explosion")

// formerName: the place at token k stands in brackets right after a country's
// name, as datasets give a country's former name: "Myanmar (Burma)".
func (d *doc) formerName(k int) bool {
	if k < 2 || d.toks[k-1].Norm != "(" {
		return false
	}
	pm := d.placeAt[k-2]
	return pm >= 0 && d.in.Places[pm].Place.Feature == vigil.FeatureCountry
}

// blockAround is the stretch of text between the blank lines around span sp
// (the whole text when it has none): one event of an export that prints
// several, one field per line.
func blockAround(text string, sp vigil.Span) vigil.Span {
	start := strings.LastIndex(text[:sp.Start], "\n\n")
	if start < 0 {
		start = 0
	} else {
		start += 2
	}
	end := strings.Index(text[sp.End:], "\n\n")
	if end < 0 {
		end = len(text)
	} else {
		end += sp.End
	}
	return vigil.Span{Start: start, End: end}
}
