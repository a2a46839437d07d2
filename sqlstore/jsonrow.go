package sqlstore

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// assignJSONRow reads row, a JSON array of scalars as SQLite's json_array
// writes one, into dest as database/sql's Scan would assign the columns it
// was made of. dest holds *int64, *int, *float64, *bool, *string,
// *sql.NullString and *sql.NullFloat64. A string without escapes is a slice
// of row: the strings of one row share its memory.
func assignJSONRow(row string, dest []any) error {
	rest, ok := strings.CutPrefix(row, "[")
	if !ok {
		return fmt.Errorf("row %.40q: not a JSON array", row)
	}
	for i, d := range dest {
		if i > 0 {
			if rest, ok = strings.CutPrefix(rest, ","); !ok {
				return fmt.Errorf("row %.40q: want %d values", row, len(dest))
			}
		}
		var v string
		var isStr bool
		var err error
		if v, isStr, rest, err = nextJSONScalar(rest); err != nil {
			return fmt.Errorf("row %.40q: %w", row, err)
		}
		if err := assignJSON(d, v, isStr); err != nil {
			return fmt.Errorf("row %.40q, value %d: %w", row, i, err)
		}
	}
	if rest != "]" {
		return fmt.Errorf("row %.40q: want %d values", row, len(dest))
	}
	return nil
}

// nextJSONScalar reads the scalar that s starts with: a string (unquoted),
// or the text of a number, true, false or null.
func nextJSONScalar(s string) (v string, isStr bool, rest string, err error) {
	if s == "" {
		return "", false, s, fmt.Errorf("the array ends early")
	}
	if s[0] != '"' {
		end := strings.IndexAny(s, ",]")
		if end <= 0 {
			return "", false, s, fmt.Errorf("want a value at %.20q", s)
		}
		return s[:end], false, s[end:], nil
	}
	escaped := false
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			escaped = true
			i++
		case '"':
			if !escaped {
				return s[1:i], true, s[i+1:], nil
			}
			// escapes are rare (a quote in a name): encoding/json reads them
			var u string
			if err := json.Unmarshal([]byte(s[:i+1]), &u); err != nil {
				return "", false, s, err
			}
			return u, true, s[i+1:], nil
		}
	}
	return "", false, s, fmt.Errorf("unterminated string")
}

// assignJSON stores one value in d, converting as database/sql converts the
// column value SQLite would have returned.
func assignJSON(d any, v string, isStr bool) error {
	null := !isStr && v == "null"
	switch d := d.(type) {
	case *string:
		if !isStr {
			return fmt.Errorf("want a string, not %s", v)
		}
		*d = v
	case *sql.NullString:
		if null {
			*d = sql.NullString{}
		} else if isStr {
			*d = sql.NullString{String: v, Valid: true}
		} else {
			return fmt.Errorf("want a string, not %s", v)
		}
	case *int64:
		n, err := jsonInt(v, isStr)
		*d = n
		return err
	case *int:
		n, err := jsonInt(v, isStr)
		*d = int(n)
		return err
	case *bool:
		n, err := jsonInt(v, isStr)
		if err == nil && n != 0 && n != 1 {
			err = fmt.Errorf("want 0 or 1, not %s", v)
		}
		*d = n == 1
		return err
	case *float64:
		f, err := jsonFloat(v, isStr)
		*d = f
		return err
	case *sql.NullFloat64:
		if null {
			*d = sql.NullFloat64{}
			return nil
		}
		f, err := jsonFloat(v, isStr)
		*d = sql.NullFloat64{Float64: f, Valid: err == nil}
		return err
	default:
		return fmt.Errorf("cannot assign to %T", d)
	}
	return nil
}

func jsonInt(v string, isStr bool) (int64, error) {
	if isStr {
		return 0, fmt.Errorf("want an integer, not the string %q", v)
	}
	return strconv.ParseInt(v, 10, 64)
}

func jsonFloat(v string, isStr bool) (float64, error) {
	if isStr {
		return 0, fmt.Errorf("want a number, not the string %q", v)
	}
	return strconv.ParseFloat(v, 64)
}
