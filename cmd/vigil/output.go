package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"vigil"
)

// rowWriter prints the records of a listing command either as JSON Lines or as
// an aligned table, so that each command only says what a record and a row hold.
type rowWriter struct {
	enc *json.Encoder
	tab *tabwriter.Writer
}

// newRowWriter writes to w in format ("table" or "jsonl"); header names the table
// columns, separated by tabs.
func newRowWriter(w io.Writer, format, header string) *rowWriter {
	rw := &rowWriter{enc: json.NewEncoder(w)}
	rw.enc.SetEscapeHTML(false)
	if format == "table" {
		rw.tab = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(rw.tab, header)
	}
	return rw
}

// Table reports whether rows are printed as a table.
func (rw *rowWriter) Table() bool { return rw.tab != nil }

// JSON writes one record as a line of JSON.
func (rw *rowWriter) JSON(v any) error { return rw.enc.Encode(v) }

// Row writes one table row; cells are joined with tabs.
func (rw *rowWriter) Row(cells ...any) {
	for i, c := range cells {
		if i > 0 {
			fmt.Fprint(rw.tab, "\t")
		}
		fmt.Fprint(rw.tab, c)
	}
	fmt.Fprintln(rw.tab)
}

// Close flushes the table, if any.
func (rw *rowWriter) Close() error {
	if rw.tab != nil {
		return rw.tab.Flush()
	}
	return nil
}

// oneLine folds the white space of a text onto one line for a table cell.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// nullable writes a string for JSON, or null when it is empty.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nullableDate writes a date for JSON, or null when it is unknown.
func nullableDate(d vigil.Date) *string { return nullable(d.String()) }
