package vigil

import (
	"fmt"
	"strconv"
	"time"
)

// Precision says how much of a calendar date the text fixed.
type Precision int

// Precisions from coarsest to finest; the zero value means no date at all.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// Date is a calendar date known to some precision: 2018, 2018-06 or 2018-06-30.
// vigil never fills in a part the text did not give.
type Date struct {
	Year, Month, Day int
	Precision        Precision
}

// DayDate returns a day-precision date.
func DayDate(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: PrecisionDay}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// String writes the date as YYYY, YYYY-MM or YYYY-MM-DD, or "" when unknown.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Time returns the first instant the date covers, in UTC.
func (d Date) Time() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Truncate returns d at no finer precision than p.
func (d Date) Truncate(p Precision) Date {
	if d.Precision <= p {
		return d
	}
	out := Date{Year: d.Year, Precision: p}
	if p >= PrecisionMonth {
		out.Month = d.Month
	}
	return out
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD (an RFC 3339 timestamp is cut to its
// day). The error names what was wrong, for messages that point at a field.
func ParseDate(s string) (Date, error) {
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	bad := func() (Date, error) {
		return Date{}, fmt.Errorf("invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	num := func(part string) (int, bool) {
		n, err := strconv.Atoi(part)
		return n, err == nil
	}
	switch len(s) {
	case 4:
		y, ok := num(s)
		if !ok {
			return bad()
		}
		return Date{Year: y, Precision: PrecisionYear}, nil
	case 7:
		y, ok1 := num(s[:4])
		m, ok2 := num(s[5:])
		if !ok1 || !ok2 || s[4] != '-' || m < 1 || m > 12 {
			return bad()
		}
		return Date{Year: y, Month: m, Precision: PrecisionMonth}, nil
	case 10:
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return bad()
		}
		return DayDate(t), nil
	}
	return bad()
}
