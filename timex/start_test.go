package timex

import (
	"testing"

	"vigil"
	"vigil/internal/testcorpus"
)

// TestStartMask checks, at every token of the corpus and of hand-picked texts,
// that a pattern the start mask leaves out does not match there.
func TestStartMask(t *testing.T) {
	texts := []string{
		"the comparable third quarter, the corresponding year-ago period, the Q3 results, early Q3, in the Nineties, the early '90s, the 1988 period",
		"in '98 and the '90s, the year-earlier quarter, this year's third quarter, the fiscal first quarter of 2019, the 20th century",
		"at noon, 3 p.m. Tuesday, every Monday, each year, per month, daily, the past year, the end of the year, the first half of 2018",
		"Christmas Eve, New Year's Day, Thanksgiving, for years, year-end, the year 2000, nineteen ninety-seven, two thousand and five",
	}
	texts = append(texts, testcorpus.Texts(t)...)
	tg := New()
	patterns := []struct {
		bit uint16
		f   func(*parser, int) (match, bool)
	}{
		{pModified, (*parser).modified}, {pCalendar, (*parser).calendar}, {pRelWord, (*parser).relWord},
		{pShifted, (*parser).shifted}, {pNumUnit, (*parser).numUnit}, {pQuarter, (*parser).quarter},
		{pSeason, (*parser).season}, {pSet, (*parser).set}, {pClock, (*parser).clock},
		{pHoliday, (*parser).holiday}, {pTheUnit, (*parser).theUnit}, {pCentury, (*parser).century},
		{pBareUnits, (*parser).bareUnits}, {pYearEnd, (*parser).yearEnd}, {pDecadeWord, (*parser).decadeWord},
	}
	for _, text := range texts {
		for _, ref := range []vigil.Date{{}, {Year: 2023, Month: 5, Day: 1, Precision: vigil.PrecisionDay}} {
			w := tg.begin(text)
			toks, p := w.toks, w.parser(ref)
			for i := range toks {
				s := p.starts(i)
				for _, pt := range patterns {
					if s&pt.bit != 0 {
						continue
					}
					if m, ok := pt.f(p, i); ok && m.j > m.i {
						t.Errorf("%q: pattern %#x matches %q, left out of the start mask", text[toks[i].start:min(toks[i].start+40, len(text))], pt.bit, text[toks[m.i].start:toks[m.j-1].end])
					}
				}
				if m, ok := p.at(i); ok {
					p.emit(m)
				}
			}
			tg.end(w)
		}
	}
}
