package timex

import (
	"strconv"
	"time"

	"vigil"
)

// CalendarDate converts a TIMEX3 value to the calendar date an event carries: a
// day, month or year as written; a season, quarter or half as its year; a week as
// its month when the week lies in one month, else its year; a time as its day.
// Durations, sets, PRESENT_REF and the like, decades and values with unknown
// parts give the zero Date.
func CalendarDate(value string) vigil.Date {
	if len(value) < 4 {
		return vigil.Date{}
	}
	y, ok := digits(value[:4])
	if !ok {
		return vigil.Date{}
	}
	year := vigil.Date{Year: y, Precision: vigil.PrecisionYear}
	rest := value[4:]
	if rest == "" {
		return year
	}
	if rest[0] != '-' || len(rest) < 2 {
		return vigil.Date{}
	}
	rest = rest[1:]
	switch {
	case rest[0] == 'Q' || rest[0] == 'H' || rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
		return year
	case rest[0] == 'W':
		return weekDate(y, rest[1:])
	}
	if len(rest) < 2 {
		return vigil.Date{}
	}
	m, ok := digits(rest[:2])
	if !ok || m < 1 || m > 12 {
		return vigil.Date{}
	}
	month := vigil.Date{Year: y, Month: m, Precision: vigil.PrecisionMonth}
	rest = rest[2:]
	if len(rest) < 3 || rest[0] != '-' {
		return month
	}
	d, ok := digits(rest[1:3])
	if !ok || d < 1 || d > daysIn(y, m) {
		return month
	}
	return vigil.Date{Year: y, Month: m, Day: d, Precision: vigil.PrecisionDay}
}

// weekDate converts the part of a week value after "W": "23", "23-WE", "23-5".
func weekDate(y int, s string) vigil.Date {
	year := vigil.Date{Year: y, Precision: vigil.PrecisionYear}
	if len(s) < 2 {
		return year
	}
	w, ok := digits(s[:2])
	if !ok || w < 1 || w > 53 {
		return year
	}
	// Monday of ISO week w: the week holding 4 January is week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -(isoDay(int(jan4.Weekday()))-1)+7*(w-1))
	first, last := monday, monday.AddDate(0, 0, 6)
	switch rest := s[2:]; {
	case rest == "-WE":
		first = monday.AddDate(0, 0, 5)
	case len(rest) == 2 && rest[0] == '-' && rest[1] >= '1' && rest[1] <= '7':
		return vigil.DayDate(monday.AddDate(0, 0, int(rest[1]-'1')))
	}
	if first.Month() == last.Month() {
		return vigil.Date{Year: first.Year(), Month: int(first.Month()), Precision: vigil.PrecisionMonth}
	}
	// The year of the week's Thursday is the ISO year.
	return year
}

func digits(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
