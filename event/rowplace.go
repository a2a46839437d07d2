package event

import (
	"strings"

	"vigil"
)

// rowLocationColumns name the column of a dataset export that says where a
// row's incident happened.
var rowLocationColumns = set("location", "where_coordinates", "city", "town", "village", "locality")

// rowPlace is the place named by the location column of the exported row
// (under a comma-, tab-, semicolon- or pipe-separated header line) that holds
// token k: "...,Odisha,Khordha,Bhubaneswar,0,\"notes\"" is in Bhubaneswar,
// whatever the notes or the actor names ("Rioters (India)") mention nearer
// the trigger. ok is false outside such a row, or when the column holds no
// place the gazetteer knows.
func (d *doc) rowPlace(k int) (vigil.Place, bool) {
	if d.rowHeader == 0 {
		d.readRowHeader()
	}
	nl, col, ncols, sep := d.rowHeaderEnd, d.rowHeader-1, d.rowColumns, d.rowSep
	if d.rowHeader == noRowHeader || k >= len(d.toks) || d.toks[k].Start <= nl {
		return vigil.Place{}, false
	}
	start := d.lineStart(d.toks[k].Start)
	end := strings.IndexByte(d.text[start:], '\n')
	if end < 0 {
		end = len(d.text)
	} else {
		end += start
	}
	fields := splitRow(d.text[start:end], sep)
	if len(fields) != ncols {
		return vigil.Place{}, false
	}
	off := start
	for i := 0; i < col; i++ {
		off += len(fields[i]) + 1
	}
	from, to := off, off+len(fields[col])
	for _, p := range d.in.Places {
		if p.Start >= from && p.End <= to && p.Kind == vigil.Literal && p.Place.Country != "" {
			return p.Place, true
		}
	}
	return vigil.Place{}, false
}

// readRowHeader reads the text's first line, once, as an export's header:
// d.rowHeader becomes the location column's index plus one (or noRowHeader),
// with the header's end, its number of columns and its separator.
func (d *doc) readRowHeader() {
	d.rowHeader = noRowHeader
	nl := strings.IndexByte(d.text, '\n')
	if nl <= 0 {
		return
	}
	header := d.text[:nl]
	sep := rowSeparator(header)
	cols := splitRow(strings.ToLower(header), sep)
	if len(cols) < 3 {
		return
	}
	for i, c := range cols {
		if rowLocationColumns[strings.Trim(strings.TrimSpace(c), "\"")] {
			d.rowHeader, d.rowHeaderEnd, d.rowColumns, d.rowSep = i+1, nl, len(cols), sep
			return
		}
	}
}

// noRowHeader marks a text whose first line is no export header with a
// location column.
const noRowHeader = -1

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
