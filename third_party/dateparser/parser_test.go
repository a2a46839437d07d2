package dateparser

import (
	"errors"
	"testing"
	"time"
)

func TestParseAbsolute(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	plus2 := time.FixedZone("", 2*3600)
	minus7 := time.FixedZone("", -7*3600)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		in   string
		want time.Time
	}{
		// ISO 8601 / RFC 3339.
		{"2006-01-02", day(2006, 1, 2)},
		{"2006-1-2", day(2006, 1, 2)},
		{"2006-01-02T15:04:05Z", time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)},
		{"2006-01-02T15:04:05.123+02:00", time.Date(2006, 1, 2, 15, 4, 5, 123e6, plus2)},
		{"2006-01-02T15:04:05+0200", time.Date(2006, 1, 2, 15, 4, 5, 0, plus2)},
		{"2006-01-02T15:04", time.Date(2006, 1, 2, 15, 4, 0, 0, time.UTC)},
		{"2006-01-02 15:04:05", time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)},
		{"20060102", day(2006, 1, 2)},
		// RFC 1123, RFC 822, RFC 850.
		{"Mon, 02 Jan 2006 15:04:05 GMT", time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)},
		{"Mon, 02 Jan 2006 15:04:05 -0700", time.Date(2006, 1, 2, 15, 4, 5, 0, minus7)},
		{"Mon, 02 Jan 2006 10:04:05 EST", time.Date(2006, 1, 2, 10, 4, 5, 0, est)},
		{"02 Jan 06 15:04 UTC", time.Date(2006, 1, 2, 15, 4, 0, 0, time.UTC)},
		{"Monday, 02-Jan-06 15:04:05 UTC", time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)},
		// Written dates.
		{"2 January 2006", day(2006, 1, 2)},
		{"January 2, 2006", day(2006, 1, 2)},
		{"january 2 2006", day(2006, 1, 2)},
		{"Jan 2 2006", day(2006, 1, 2)},
		{"Jan. 2, 2006", day(2006, 1, 2)},
		{"Sept. 30, 2019", day(2019, 9, 30)},
		{"Tuesday 3rd March 2020", day(2020, 3, 3)},
		{"the 21st of June, 2018", day(2018, 6, 21)},
		{"12-Dec-2012", day(2012, 12, 12)},
		{"2006 Jan 2", day(2006, 1, 2)},
		// Numeric dates.
		{"2006/01/02", day(2006, 1, 2)},
		{"2006.01.02", day(2006, 1, 2)},
		{"02.01.2006", day(2006, 1, 2)},
		{"25-12-2020", day(2020, 12, 25)},
		{"01/02/2006", day(2006, 1, 2)},
		{"25/12/2020", day(2020, 12, 25)},
		// Times of day.
		{"January 2, 2006 3:04 PM", time.Date(2006, 1, 2, 15, 4, 0, 0, time.UTC)},
		{"January 2, 2006 at 12:30 a.m. EST", time.Date(2006, 1, 2, 0, 30, 0, 0, est)},
		{"Jan 2, 2006 3pm", time.Date(2006, 1, 2, 15, 0, 0, 0, time.UTC)},
		{"10:30 AM, Jan 2, 2006", time.Date(2006, 1, 2, 10, 30, 0, 0, time.UTC)},
		{"2 January 2006 15:04 UTC+2", time.Date(2006, 1, 2, 15, 4, 0, 0, plus2)},
	}
	p := &Parser{ParserTypes: []ParserType{AbsoluteTime}}
	cfg := &Configuration{StrictParsing: true}
	for _, c := range cases {
		got, err := p.Parse(cfg, c.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if !got.Time.Equal(c.want) || got.Period != Day {
			t.Errorf("Parse(%q) = %v (period %d), want %v", c.in, got.Time, got.Period, c.want)
		}
		if _, off := got.Time.Zone(); func() int { _, o := c.want.Zone(); return o }() != off {
			t.Errorf("Parse(%q) zone offset %d, want that of %v", c.in, off, c.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	p := &Parser{}
	for _, s := range []string{
		"", "   ", "yesterday", "3 days ago", "hello world", "2006", "15:04",
		"31 February 2006", "2006-13-01", "32/01/2006", "January 2, 2006 25:00",
		"January 2, 2006 13:00 pm", "January 2, 2006 15:04 xyz", "le 2 janvier 2006",
		"2 January 2006 and more",
	} {
		got, err := p.Parse(&Configuration{StrictParsing: true}, s)
		if err == nil {
			t.Errorf("Parse(%q) = %v, want an error", s, got.Time)
		} else if !errors.Is(err, ErrNotParsed) {
			t.Errorf("Parse(%q) error %v does not wrap ErrNotParsed", s, err)
		}
		if !got.IsZero() {
			t.Errorf("Parse(%q) returned a non-zero date with its error", s)
		}
	}
}

func TestParseIncomplete(t *testing.T) {
	now := time.Date(2024, 5, 10, 12, 0, 0, 0, time.UTC)
	p := &Parser{}
	strict := &Configuration{CurrentTime: now, StrictParsing: true}
	for _, s := range []string{"June 2023", "3 March", "December 25"} {
		if _, err := p.Parse(strict, s); err == nil {
			t.Errorf("strict Parse(%q) succeeded", s)
		}
	}
	cases := []struct {
		in     string
		source PreferredDateSource
		want   time.Time
		period Period
	}{
		{"June 2023", Past, time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC), Month},
		{"3 March", CurrentPeriod, time.Date(2024, 3, 3, 0, 0, 0, 0, time.UTC), Day},
		{"December 25", CurrentPeriod, time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC), Day},
		{"December 25", Past, time.Date(2023, 12, 25, 0, 0, 0, 0, time.UTC), Day},
		{"3 March", Future, time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), Day},
		{"May 10", Future, time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), Day},
		{"29 February", Past, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), Day},
		{"29 February", Future, time.Date(2028, 2, 29, 0, 0, 0, 0, time.UTC), Day},
	}
	for _, c := range cases {
		got, err := p.Parse(&Configuration{CurrentTime: now, PreferredDateSource: c.source}, c.in)
		if err != nil {
			t.Errorf("Parse(%q, source %d): %v", c.in, c.source, err)
			continue
		}
		if !got.Time.Equal(c.want) || got.Period != c.period {
			t.Errorf("Parse(%q, source %d) = %v period %d, want %v period %d", c.in, c.source, got.Time, got.Period, c.want, c.period)
		}
	}
}

func TestParseCustomFormatAndDefaults(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	cfg := &Configuration{DefaultTimezone: berlin}
	p := &Parser{ParserTypes: []ParserType{CustomFormat}}
	got, err := p.Parse(cfg, "2006|01|02", "2006|01|02")
	if err != nil || !got.Time.Equal(time.Date(2006, 1, 2, 0, 0, 0, 0, berlin)) {
		t.Errorf("custom format: got %v, %v", got.Time, err)
	}
	// CustomFormat alone does not fall back to the built-in layouts.
	if _, err := p.Parse(cfg, "2006-01-02"); err == nil {
		t.Errorf("CustomFormat without formats parsed a date")
	}
	// A nil configuration and the zero Parser work; the default zone is
	// used when the string names none.
	var zero Parser
	got, err = zero.Parse(nil, "2 January 2006")
	if err != nil || !got.Time.Equal(time.Date(2006, 1, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("zero parser: got %v, %v", got.Time, err)
	}
	got, err = zero.Parse(cfg, "2 January 2006 10:00")
	if err != nil || !got.Time.Equal(time.Date(2006, 1, 2, 10, 0, 0, 0, berlin)) {
		t.Errorf("default zone: got %v, %v", got.Time, err)
	}
}

// TestHtmldateUsage mirrors how go-htmldate v1.9.1 calls the package.
func TestHtmldateUsage(t *testing.T) {
	parser := &Parser{ParserTypes: []ParserType{CustomFormat, AbsoluteTime}}
	cfg := &Configuration{PreferredDateSource: Past, StrictParsing: true}
	dt, err := parser.Parse(cfg, "Published on Monday, March 4th, 2019")
	if err == nil {
		t.Errorf("free text with a date parsed as %v", dt.Time)
	}
	dt, _ = parser.Parse(cfg, "March 4th, 2019")
	if !dt.Time.Equal(time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("got %v", dt.Time)
	}
}
