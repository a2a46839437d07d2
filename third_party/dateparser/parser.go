package dateparser

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ParserType names one way of reading a date string.
type ParserType uint8

const (
	// CustomFormat reads the string with the Go time layouts passed to
	// Parser.Parse, in the configured default time zone.
	CustomFormat ParserType = iota
	// AbsoluteTime reads a date written in one of the common English
	// layouts, with an optional clock time and time zone.
	AbsoluteTime
)

// PreferredDateSource says which year a date written without one falls in,
// when StrictParsing is off.
type PreferredDateSource uint8

const (
	// CurrentPeriod takes the year of the current time.
	CurrentPeriod PreferredDateSource = iota
	// Past takes the latest such date that is not after the current time.
	Past
	// Future takes the earliest such date that is not before the current day.
	Future
)

// Period is how precisely a parsed date was written.
type Period uint8

const (
	// None is the period of the zero Date.
	None Period = iota
	// Day: the string named a day (and perhaps a time of day).
	Day
	// Month: the string named only a month and a year; the date is the
	// first of that month.
	Month
)

// Date is a parsed date.
type Date struct {
	Time   time.Time
	Period Period
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// Configuration adjusts how strings are read. The zero value is usable.
type Configuration struct {
	// CurrentTime is the reference for dates written without a year; zero
	// means time.Now().
	CurrentTime time.Time
	// DefaultTimezone is the location of dates that name no time zone; nil
	// means UTC.
	DefaultTimezone *time.Location
	// PreferredDateSource chooses the year of a date written without one.
	PreferredDateSource PreferredDateSource
	// StrictParsing accepts only dates that name a day, a month and a year.
	StrictParsing bool
}

func (c *Configuration) location() *time.Location {
	if c.DefaultTimezone != nil {
		return c.DefaultTimezone
	}
	return time.UTC
}

func (c *Configuration) now() time.Time {
	if !c.CurrentTime.IsZero() {
		return c.CurrentTime
	}
	return time.Now()
}

// Parser reads date strings. The zero value tries CustomFormat, then
// AbsoluteTime.
type Parser struct {
	// ParserTypes lists the ways to try, in order.
	ParserTypes []ParserType
}

// ErrNotParsed is wrapped by the error Parse returns for a string it cannot
// read as a date.
var ErrNotParsed = errors.New("dateparser: no date recognised")

var defaultParserTypes = []ParserType{CustomFormat, AbsoluteTime}

// Parse reads str as a date. formats are Go time layouts used by the
// CustomFormat parser type. A nil cfg means the zero Configuration.
func (p *Parser) Parse(cfg *Configuration, str string, formats ...string) (Date, error) {
	if cfg == nil {
		cfg = &Configuration{}
	}
	s := strings.TrimSpace(str)
	if s == "" {
		return Date{}, fmt.Errorf("%w: empty string", ErrNotParsed)
	}
	types := defaultParserTypes
	if p != nil && len(p.ParserTypes) > 0 {
		types = p.ParserTypes
	}
	for _, t := range types {
		switch t {
		case CustomFormat:
			for _, f := range formats {
				if tm, err := time.ParseInLocation(f, s, cfg.location()); err == nil {
					return Date{Time: tm, Period: Day}, nil
				}
			}
		case AbsoluteTime:
			if d, ok := parseAbsolute(cfg, s); ok {
				return d, nil
			}
		}
	}
	return Date{}, fmt.Errorf("%w: %q", ErrNotParsed, str)
}

// Layouts of the date part, tried in order on the normalised string (lower
// case, commas, weekdays, ordinal suffixes and filler words removed). Go's
// time.Parse matches month names regardless of case. Numeric dates with
// slashes are read month first, then day first; with dots or dashes, day
// first.
var (
	fullLayouts = []string{
		"2006-1-2", "2006/1/2", "2006.1.2", "20060102",
		"2.1.2006", "2-1-2006", "1/2/2006", "2/1/2006",
		"2 January 2006", "2 Jan 2006", "January 2 2006", "Jan 2 2006",
		"2006 January 2", "2006 Jan 2",
		"2-Jan-2006", "2-January-2006", "Jan-2-2006",
		"2 Jan 06", "Jan 2 06", "2-Jan-06",
	}
	monthYearLayouts = []string{
		"January 2006", "Jan 2006", "2006-1", "2006/1", "1/2006",
	}
	dayMonthLayouts = []string{
		"2 January", "2 Jan", "January 2", "Jan 2",
	}
)

func parseAbsolute(cfg *Configuration, s string) (Date, bool) {
	// The commonest machine-written form, read as is.
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return Date{Time: t, Period: Day}, true
	}
	fields := normalise(s)
	if len(fields) == 0 {
		return Date{}, false
	}
	var dateFields []string
	var c clock
	if i := timeStart(fields); i == 0 {
		// The time comes first: "10:30 am, January 2, 2006".
		var n int
		if c, n = parseClock(fields); n == 0 {
			return Date{}, false
		}
		dateFields = fields[n:]
	} else {
		dateFields = fields[:i]
		if i < len(fields) {
			var n int
			if c, n = parseClock(fields[i:]); n != len(fields)-i {
				return Date{}, false
			}
		}
	}
	loc := cfg.location()
	if c.zone != nil {
		loc = c.zone
	}
	y, m, d, period, ok := parseDate(cfg, strings.Join(dateFields, " "), loc)
	if !ok {
		return Date{}, false
	}
	return Date{Time: time.Date(y, m, d, c.hour, c.min, c.sec, c.nsec, loc), Period: period}, true
}

// parseDate reads the date part of a string.
func parseDate(cfg *Configuration, s string, loc *time.Location) (int, time.Month, int, Period, bool) {
	if s == "" {
		return 0, 0, 0, None, false
	}
	for _, l := range fullLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Year(), t.Month(), t.Day(), Day, true
		}
	}
	if cfg.StrictParsing {
		return 0, 0, 0, None, false
	}
	for _, l := range monthYearLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Year(), t.Month(), 1, Month, true
		}
	}
	for _, l := range dayMonthLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		y, ok := chooseYear(cfg, t.Month(), t.Day(), loc)
		return y, t.Month(), t.Day(), Day, ok
	}
	return 0, 0, 0, None, false
}

// chooseYear finds the year of a day and month written without one. It
// looks a few years either way for 29 February.
func chooseYear(cfg *Configuration, m time.Month, d int, loc *time.Location) (int, bool) {
	now := cfg.now().In(loc)
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	y, step := now.Year(), 0
	switch cfg.PreferredDateSource {
	case Past:
		step = -1
		if time.Date(y, m, d, 0, 0, 0, 0, loc).After(today) {
			y--
		}
	case Future:
		step = 1
		if time.Date(y, m, d, 0, 0, 0, 0, loc).Before(today) {
			y++
		}
	}
	for i := 0; i < 8; i++ {
		if time.Date(y, m, d, 0, 0, 0, 0, loc).Day() == d {
			return y, true
		}
		if step == 0 {
			break
		}
		y += step
	}
	return 0, false
}

var (
	weekdays = map[string]bool{
		"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true,
		"wed": true, "weds": true, "wednesday": true, "thu": true, "thur": true,
		"thurs": true, "thursday": true, "fri": true, "friday": true,
		"sat": true, "saturday": true, "sun": true, "sunday": true,
	}
	fillers = map[string]bool{
		"the": true, "of": true, "on": true, "at": true, "-": true, "|": true,
	}
)

// normalise lower-cases s, splits it into fields and drops what the layouts
// do not spell: commas and brackets, full stops after letters ("Jan.",
// "a.m."), a final full stop, the 'T' of ISO 8601 date-times, weekday names,
// filler words and ordinal suffixes ("2nd").
func normalise(s string) []string {
	s = strings.ToLower(s)
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ',' || c == '(' || c == ')':
			c = ' '
		case c == '.' && i > 0 && isLetter(s[i-1]):
			continue
		case c == '.' && i == len(s)-1:
			continue
		case c == 't' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]):
			c = ' '
		}
		b = append(b, c)
	}
	fields := strings.Fields(string(b))
	out := fields[:0]
	for _, f := range fields {
		if weekdays[f] || fillers[f] {
			continue
		}
		if f == "sept" {
			f = "sep"
		}
		if n := len(f); n > 2 && allDigits(f[:n-2]) {
			switch f[n-2:] {
			case "st", "nd", "rd", "th":
				f = f[:n-2]
			}
		}
		out = append(out, f)
	}
	return out
}

// timeStart returns the index of the field where a clock time starts, or
// len(fields) if there is none.
func timeStart(fields []string) int {
	for i, f := range fields {
		if !isDigit(f[0]) {
			continue
		}
		j := 0
		for j < len(f) && isDigit(f[j]) {
			j++
		}
		rest := f[j:]
		switch {
		case strings.HasPrefix(rest, ":"):
			return i
		case rest == "am" || rest == "pm":
			return i
		case rest == "" && i+1 < len(fields) && (fields[i+1] == "am" || fields[i+1] == "pm"):
			return i
		}
	}
	return len(fields)
}

type clock struct {
	hour, min, sec, nsec int
	zone                 *time.Location
}

// parseClock reads a time of day from the start of fields: "15:04",
// "15:04:05.999", "3:04 pm", "3pm", each optionally followed by a time zone,
// which may also be attached ("15:04:05z", "15:04+02:00"). It returns the
// number of fields used, 0 if there is no time.
func parseClock(fields []string) (clock, int) {
	var c clock
	f := fields[0]
	i := 0
	num := func(min, max int) (int, bool) {
		j := i
		for i < len(f) && isDigit(f[i]) && i-j < max {
			i++
		}
		if i-j < min {
			return 0, false
		}
		return atoi(f[j:i]), true
	}
	var ok bool
	if c.hour, ok = num(1, 2); !ok {
		return c, 0
	}
	colon := false
	if i < len(f) && f[i] == ':' {
		colon = true
		i++
		if c.min, ok = num(2, 2); !ok {
			return c, 0
		}
		if i < len(f) && f[i] == ':' {
			i++
			if c.sec, ok = num(2, 2); !ok {
				return c, 0
			}
			if i < len(f) && f[i] == '.' {
				i++
				j := i
				for i < len(f) && isDigit(f[i]) {
					i++
				}
				if i == j {
					return c, 0
				}
				frac := f[j:i]
				if len(frac) > 9 {
					frac = frac[:9]
				}
				c.nsec = atoi(frac)
				for k := len(frac); k < 9; k++ {
					c.nsec *= 10
				}
			}
		}
	}
	// What follows the digits in the same field, then the fields after it.
	rest := fields[1:]
	n := 1
	if tail := f[i:]; tail != "" {
		rest = append([]string{tail}, rest...)
		n = 0
	}
	if len(rest) > 0 && (rest[0] == "am" || rest[0] == "pm") {
		if c.hour < 1 || c.hour > 12 {
			return c, 0
		}
		c.hour %= 12
		if rest[0] == "pm" {
			c.hour += 12
		}
		rest = rest[1:]
		n++
	} else if !colon {
		return c, 0
	}
	if len(rest) > 0 {
		if z, ok := parseZone(rest[0]); ok {
			c.zone = z
			n++
		}
	}
	if n == 0 {
		// Something unreadable was attached to the time.
		return c, 0
	}
	if c.hour > 23 || c.min > 59 || c.sec > 59 {
		return c, 0
	}
	return c, n
}

// zoneOffsets are the hours east of UTC of the time zone abbreviations
// read unambiguously in English text.
var zoneOffsets = map[string]int{
	"utc": 0, "gmt": 0, "ut": 0, "z": 0,
	"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
	"pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10,
	"wet": 0, "west": 1, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3,
	"msk": 3, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8,
	"aest": 10, "aedt": 11, "acst": 9, "awst": 8, "nzst": 12, "nzdt": 13,
}

// parseZone reads a time zone: an abbreviation from zoneOffsets, a numeric
// offset ("+02:00", "-0700", "+3"), or "utc"/"gmt" followed by an offset.
func parseZone(f string) (*time.Location, bool) {
	if h, ok := zoneOffsets[f]; ok {
		if h == 0 {
			return time.UTC, true
		}
		return time.FixedZone(strings.ToUpper(f), h*3600), true
	}
	for _, p := range []string{"utc", "gmt"} {
		if strings.HasPrefix(f, p) {
			f = f[len(p):]
			break
		}
	}
	if len(f) < 2 || (f[0] != '+' && f[0] != '-') {
		return nil, false
	}
	sign := 1
	if f[0] == '-' {
		sign = -1
	}
	digits := strings.Replace(f[1:], ":", "", 1)
	if !allDigits(digits) {
		return nil, false
	}
	var h, m int
	switch len(digits) {
	case 1, 2:
		h = atoi(digits)
	case 4:
		h, m = atoi(digits[:2]), atoi(digits[2:])
	default:
		return nil, false
	}
	if h > 14 || m > 59 {
		return nil, false
	}
	off := sign * (h*3600 + m*60)
	if off == 0 {
		return time.UTC, true
	}
	return time.FixedZone("", off), true
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// atoi converts a string of at most nine ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
