package event

import (
	"strings"

	"vigil"
)

// rowLocationColumns name the columns of a dataset export that say where a
// row's incident happened, ranked by how fine a place they hold: of
// "municipality;locality", the locality places the row.
var rowLocationColumns = map[string]int{"location": 3, "where_coordinates": 3, "village": 3, "locality": 3, "place": 3,
	"settlement": 3, "barangay": 3, "where": 3, "site": 2, "city": 2, "town": 2, "municipality": 1, "district": 1}

// rowPerpetratorColumns name the column of a dataset export that says who
// carried out a row's incident (GTD's "gname", ACLED's "actor1"); UCDP's
// "side_a" is not one: the government side of a one-sided row is often the
// victim's.
var rowPerpetratorColumns = set("gname", "perpetrator", "perpetrators", "perpetrator group", "perpetrator_group", "perpetrator_name", "actor1", "claimed_by", "attacker", "attackers")

// rowTargetColumns name the column of a dataset export that says whom a
// row's incident struck (GTD's "target1"); ACLED's "actor2" is the other
// side of a clash as often as its victim, and is left out.
var rowTargetColumns = set("target", "target1", "targets", "victim", "victims", "target_name")

// rowPerpetrator is the phrase the perpetrator column gives for the export
// row that holds token k, when it names someone ("Unknown" does not) and k
// is not itself in that column.
func (d *doc) rowPerpetrator(k int) (phrase, bool) {
	if p, ok := d.rowValue(k, d.exportHeader().perpetrator); ok {
		return p, true
	}
	return d.perpetratorField(k)
}

// perpetratorField is the value of a record's perpetrator field line
// ("Perpetrator: Boko Haram", "Actor 1: Military Forces of Myanmar"), or of
// UCDP's "side_a" when "side_b" is "Civilians" (one-sided violence, where
// side A is who struck), when token k lies outside that line.
func (d *doc) perpetratorField(k int) (phrase, bool) {
	if k >= len(d.toks) || d.fieldLineCount() < 3 {
		return phrase{}, false
	}
	var sideA phrase
	oneSided := false
	for at, end := range d.lines() {
		text := d.text[at:end]
		i := fieldSep(text)
		from := at + i + 1
		if i < 0 || i > 30 {
			continue
		}
		label := strings.ReplaceAll(fieldName(text[:i]), "_", " ")
		value := strings.Trim(strings.TrimRight(strings.TrimSpace(text[i+1:]), ","), "\"")
		if label == "side b" && strings.EqualFold(value, "civilians") {
			oneSided = true
		}
		if !perpetratorLabels[label] && label != "side a" {
			continue
		}
		if value == "" || unnamedValues[strings.ToLower(value)] || d.toks[k].Start >= at && d.toks[k].Start < end {
			continue
		}
		p := phrase{from: -1}
		for j := d.tokenAt(from); j >= 0 && j < len(d.toks) && d.toks[j].End <= end; j++ {
			if d.toks[j].Start < from || d.toks[j].Norm == "\"" || d.toks[j].Norm == "," && j+1 < len(d.toks) && d.toks[j+1].Start >= end {
				continue
			}
			if p.from < 0 {
				p.from = j
			}
			p.to = j + 1
		}
		if p.from < 0 {
			continue
		}
		if label == "side a" {
			sideA = p
			continue
		}
		return p, true
	}
	return sideA, oneSided && !sideA.empty()
}

// perpetratorLabels are the labels of a record's field line that name who
// carried out its incident.
var perpetratorLabels = set("perpetrator", "perpetrators", "perpetrator group", "perpetrator group name", "gname", "group", "actor 1", "actor1", "claimed by", "attacker", "attackers", "responsible")

// rowTarget is the phrase the target column gives for the export row that
// holds token k ("Turkish Armed Forces convoy"), as rowPerpetrator.
func (d *doc) rowTarget(k int) (phrase, bool) {
	return d.rowValue(k, d.exportHeader().target)
}

// rowValue is the phrase of column col (-1: none) in the export row that
// holds token k, when the column holds a value that names someone and k is
// not itself in that column.
func (d *doc) rowValue(k, col int) (phrase, bool) {
	if col < 0 || k >= len(d.toks) {
		return phrase{}, false
	}
	fields, start, ok := d.exportRow(d.toks[k].Start)
	if !ok {
		return phrase{}, false
	}
	from := fieldOffset(fields, start, col)
	value := strings.Trim(strings.TrimSpace(fields[col]), "\"")
	if value == "" || unnamedValues[strings.ToLower(value)] {
		return phrase{}, false
	}
	to := from + len(fields[col])
	if d.toks[k].Start >= from && d.toks[k].Start < to {
		return phrase{}, false
	}
	p := phrase{from: -1}
	for j := d.tokenAt(from); j >= 0 && j < len(d.toks) && d.toks[j].End <= to; j++ {
		if d.toks[j].Start < from || d.toks[j].Norm == "\"" {
			continue
		}
		if p.from < 0 {
			p.from = j
		}
		p.to = j + 1
	}
	return p, p.from >= 0
}

// fieldOffset is the text offset of field col of a row split into fields
// that starts at offset start (each field's separator is one byte).
func fieldOffset(fields []string, start, col int) int {
	for i := 0; i < col; i++ {
		start += len(fields[i]) + 1
	}
	return start
}

// sameField: tokens i and j stand in one field of an export row (no
// separator of the header's between them outside quotes).
func (d *doc) sameField(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	between := d.text[d.toks[i].End:d.toks[j].Start]
	return len(splitRow(between, d.exportHeader().sep)) == 1
}

// unnamedValues are the values of a perpetrator or target column that name
// no one.
var unnamedValues = set("unknown", "unidentified", "unknown perpetrator", "unknown perpetrators", "n/a", "na", "none", "-", "other", "unknown target")

// rowPlace is the place named by the location column of the exported row
// (under a comma-, tab-, semicolon- or pipe-separated header line) that holds
// token k: "...,Odisha,Khordha,Bhubaneswar,0,\"notes\"" is in Bhubaneswar,
// whatever the notes or the actor names ("Rioters (India)") mention nearer
// the trigger. A village the gazetteer lacks is named with the state of the
// row's country column. ok is false outside such a row, or when the column
// holds no place.
func (d *doc) rowPlace(k int) (vigil.Place, bool) {
	h := d.exportHeader()
	if h.columns == 0 || h.location < 0 || k >= len(d.toks) {
		return vigil.Place{}, false
	}
	fields, start, ok := d.exportRow(d.toks[k].Start)
	if !ok {
		return vigil.Place{}, false
	}
	from := fieldOffset(fields, start, h.location)
	to := from + len(fields[h.location])
	value := fields[h.location]
	lead := len(value) - len(strings.TrimLeft(value, " \""))
	// ("2021-03-08;Colombia;Cauca;Suárez;La Toma": a town of another state
	// that bears the name is not the row's)
	rowState := ""
	if h.country >= 0 {
		cfrom := fieldOffset(fields, start, h.country)
		for _, p := range d.in.Places {
			if p.Start >= cfrom && p.End <= cfrom+len(fields[h.country]) && p.Kind == vigil.Literal && p.Place.Feature == vigil.FeatureCountry {
				rowState = p.Place.Country
				break
			}
		}
	}
	for _, p := range d.in.Places {
		if p.Start < from || p.End > to || p.Kind != vigil.Literal || p.Place.Country == "" || rowState != "" && p.Place.Country != rowState {
			continue
		}
		// (not "Tal" of "Tal Ali": the start of a longer name the gazetteer
		// lacks)
		if rest := d.text[p.End:to]; p.Start == from+lead && isPlaceName(strings.Trim(rest, " \"")) && !strings.HasPrefix(rest, ",") {
			continue
		}
		return p.Place, true
	}
	// "...,Mali,Mopti,Douentza,Haire,Boni,...": a village no gazetteer holds
	// is still the row's place, in the country its country column names
	name := strings.Trim(strings.TrimSpace(fields[h.location]), "\"")
	if h.country < 0 || !isPlaceName(name) {
		return vigil.Place{}, false
	}
	for _, p := range d.in.Places {
		// (the gazetteer's entry, where the row's notes name the place)
		if p.Kind == vigil.Literal && d.text[p.Start:p.End] == name && p.Place.Country != "" && (rowState == "" || p.Place.Country == rowState) {
			return p.Place, true
		}
	}
	if rowState != "" {
		return vigil.Place{Name: name, Country: rowState, Feature: vigil.FeatureLocal}, true
	}
	return vigil.Place{}, false
}

// isPlaceName: s could be the name of a settlement: one to four capitalised
// words, no digits.
func isPlaceName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || len(s) > 40 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return strings.IndexAny(s, "0123456789(),;:") < 0
}

// exportRow splits the line holding text offset at into the fields of the
// export header above it, with the line's start; ok is false when the text
// has no such header, the offset is in the header, or the line's fields do
// not line up with the header's columns.
func (d *doc) exportRow(at int) (fields []string, start int, ok bool) {
	h := d.exportHeader()
	if h.columns == 0 || at <= h.end {
		return nil, 0, false
	}
	start = d.lineStart(at)
	// (the callers of one candidate ask for the same row in turn)
	if h.rowFields != nil && h.rowStart == start {
		return h.rowFields, start, len(h.rowFields) == h.columns
	}
	end := strings.IndexByte(d.text[start:], '\n')
	if end < 0 {
		end = len(d.text)
	} else {
		end += start
	}
	fields = splitRow(d.text[start:end], h.sep)
	// ("...;60;Taliban fighters stopped three buses ...; Afghan forces freed
	// them": the separator inside the last, free-text column is its text)
	if len(fields) > h.columns {
		fields[h.columns-1] = strings.Join(fields[h.columns-1:], string(h.sep))
		fields = fields[:h.columns]
	}
	h.rowFields, h.rowStart = fields, start
	return fields, start, len(fields) == h.columns
}

// recordRow: the line at text offset at is a row under an export header,
// a record of its own however terse ("2016-09-18,Turkey,...,PKK,3"); the
// rows of a conflict's two sides are dyadRows' to code.
func (d *doc) recordRow(at int) bool {
	_, _, ok := d.exportRow(at)
	return ok && !d.header.dyad
}

// exportHeader is the header line that opens a dataset export
// ("event_date,event_type,actor1,...,location,notes"), read once: a first
// line of three or more column labels between one separator. columns is 0
// when the text opens with no such line; location, perpetrator, target and
// country are the indexes of the columns that say where the row's incident
// happened, who did it, to whom and in which state, or -1.
func (d *doc) exportHeader() *exportHeader {
	h := &d.header
	if h.read {
		return h
	}
	h.read, h.location, h.perpetrator, h.target, h.country = true, -1, -1, -1, -1
	nl := strings.IndexByte(d.text, '\n')
	if nl <= 0 {
		return h
	}
	header := d.text[:nl]
	sep := rowSeparator(header)
	cols := splitRow(strings.ToLower(header), sep)
	if len(cols) < 3 {
		return h
	}
	location, perpetrator, target := -1, -1, -1
	h.labelsOnly = true
	for i, c := range cols {
		c = strings.Trim(strings.TrimSpace(c), "\"")
		if c != "" && strings.IndexFunc(c, notColumnRune) >= 0 {
			return h // a line of prose or data, not labels
		}
		if len(c) > 25 || strings.Count(c, " ") > 1 {
			h.labelsOnly = false // (a sentence with commas: "Gunmen kill three, wound two ...")
		}
		// (the finest of them: "municipality;locality" is in the locality)
		if rank := rowLocationColumns[c]; rank > 0 && (location < 0 || rank > rowLocationColumns[strings.Trim(strings.TrimSpace(cols[location]), "\"")]) {
			location = i
		}
		if perpetrator < 0 && rowPerpetratorColumns[c] {
			perpetrator = i
		}
		if target < 0 && rowTargetColumns[c] {
			target = i
		}
		if h.country < 0 && (c == "country" || c == "country_txt" || c == "country_name") {
			h.country = i
		}
		h.dyad = h.dyad || c == "side_a"
	}
	h.columns, h.end, h.sep, h.location, h.perpetrator, h.target = len(cols), nl, sep, location, perpetrator, target
	return h
}

// exportHeader describes the header line of a dataset export; see
// doc.exportHeader.
type exportHeader struct {
	read                                   bool
	columns, location, perpetrator, target int
	country                                int
	end                                    int // the offset of the header's line break
	sep                                    byte
	// labelsOnly: every column is a short label ("killed", "side_a",
	// "event date"), as in a header and never in a sentence
	labelsOnly bool
	// dyad: the export names a conflict's two sides (UCDP's "side_a"),
	// whose rows dyadRows codes
	dyad bool
	// rowFields are the fields of the row that starts at rowStart, the last
	// one exportRow split
	rowFields []string
	rowStart  int
}

// notColumnRune: r does not occur in a column label ("event_date",
// "attacktype1_txt", "Perpetrator group", "where_coordinates").
func notColumnRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == ' ' || r == '-' || r == '.' || r == '(' || r == ')' || r == '/')
}

// rowSeparator is the field separator of a header line.
func rowSeparator(header string) byte {
	best, n := byte(','), strings.Count(header, ",")
	for _, c := range []byte{'\t', ';', '|'} {
		if m := strings.Count(header, string(c)); m > n {
			best, n = c, m
		}
	}
	return best
}

// splitRow splits a row at sep outside double quotes, keeping each field's
// text as it stands (so the lengths add up to the row's offsets).
func splitRow(row string, sep byte) []string {
	var out []string
	quoted, start := false, 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '"':
			quoted = !quoted
		case sep:
			if !quoted {
				out = append(out, row[start:i])
				start = i + 1
			}
		}
	}
	return append(out, row[start:])
}
