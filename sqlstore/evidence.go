package sqlstore

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"vigil"
)

// decodeEvidence reads an events.evidence column: the JSON that EventRow
// writes, [{"start":S,"end":E,"text":"..."},...]. Decoding it with
// encoding/json was a sixth of the time of a page of 100 events, so the form
// EventRow writes is read by hand, its texts sharing the column's string; any
// other form (an escape in a text, spaces, other keys) goes to encoding/json.
func decodeEvidence(s string) ([]vigil.EvidenceSpan, error) {
	if spans, ok := scanEvidence(s); ok {
		return spans, nil
	}
	var spans []vigil.EvidenceSpan
	err := json.Unmarshal([]byte(s), &spans)
	return spans, err
}

// scanEvidence reads s when it has exactly the form EventRow writes and no
// escapes; ok is false otherwise.
func scanEvidence(s string) (spans []vigil.EvidenceSpan, ok bool) {
	if s == "null" {
		return nil, true
	}
	rest, ok := strings.CutPrefix(s, "[")
	if !ok {
		return nil, false
	}
	if rest == "]" {
		return []vigil.EvidenceSpan{}, true
	}
	spans = make([]vigil.EvidenceSpan, 0, 1+strings.Count(rest, `},{"start":`))
	for {
		var sp vigil.EvidenceSpan
		if rest, ok = strings.CutPrefix(rest, `{"start":`); !ok {
			return nil, false
		}
		if sp.Start, rest, ok = scanInt(rest); !ok {
			return nil, false
		}
		if rest, ok = strings.CutPrefix(rest, `,"end":`); !ok {
			return nil, false
		}
		if sp.End, rest, ok = scanInt(rest); !ok {
			return nil, false
		}
		if after, found := strings.CutPrefix(rest, `,"text":"`); found {
			// a text of valid UTF-8 without escapes or control characters is
			// its own JSON string
			end := 0
			for end < len(after) && after[end] != '"' && after[end] != '\\' && after[end] >= 0x20 {
				end++
			}
			if end == len(after) || after[end] != '"' || !utf8.ValidString(after[:end]) {
				return nil, false
			}
			sp.Text, rest = after[:end], after[end+1:]
		}
		if rest, ok = strings.CutPrefix(rest, "}"); !ok {
			return nil, false
		}
		spans = append(spans, sp)
		if rest == "]" {
			return spans, true
		}
		if rest, ok = strings.CutPrefix(rest, ","); !ok {
			return nil, false
		}
	}
}

// scanInt reads the decimal integer that starts s, as json.Marshal writes one.
func scanInt(s string) (n int, rest string, ok bool) {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i || j-i > 18 || (s[i] == '0' && j-i > 1) {
		return 0, s, false
	}
	n, err := strconv.Atoi(s[:j])
	return n, s[j:], err == nil
}
