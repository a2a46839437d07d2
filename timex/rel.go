package timex

import (
	"strconv"
	"time"
)

// base is the point relative expressions count from: the last resolved
// expression when fromAnchor and there is one, else the reference date.
func (p *parser) base(fromAnchor bool) point {
	return p.baseAt(fromAnchor, gYear)
}

// baseAt is base for a unit that needs a point of granularity need or finer.
func (p *parser) baseAt(fromAnchor bool, need int) point {
	if fromAnchor && p.anchor.gran >= need {
		return p.anchor
	}
	if fromAnchor {
		best, seq := point{}, 0
		for g := need; g <= gDay; g++ {
			if a := p.byGran[g]; a.seq > seq {
				best, seq = a.at, a.seq
			}
		}
		if seq > 0 {
			return best
		}
	}
	switch {
	case p.hasDay():
		return point{gran: gDay, y: p.ref.Year, m: p.ref.Month, q: (p.ref.Month-1)/3 + 1, t: p.refT}
	case p.hasMonth():
		return point{gran: gMonth, y: p.ref.Year, m: p.ref.Month, q: (p.ref.Month-1)/3 + 1}
	case p.hasYear():
		return point{gran: gYear, y: p.ref.Year}
	}
	return point{}
}

// shiftUnit sets m to the unit u that holds the base point, moved by n units.
func (p *parser) shiftUnit(m match, u, n int, fromAnchor bool) (match, bool) {
	m.anchored = true
	m.typ = TypeDate
	if a := p.anchor; fromAnchor && (n != 0 || p.anchorMovesOn || p.laterThanLastDay(a) || p.byGran[gDay].seq == 0) && a.gran >= gMonth && a.gran < unitGran(u) && (u == uDay || u == uWeek || u == uWeekend) {
		// "arrested in May and charged the following week": the last point
		// spoken of is a month, so the day or week after it (or "the same
		// day" after "Three months later,", or after "in September" when
		// the last day told was in June, or when no day was told at all) is
		// told no finer
		m.value = monthStr(a.y, a.m)
		m.at = point{gran: gMonth, y: a.y, m: a.m, q: (a.m-1)/3 + 1}
		return m, true
	}
	b := p.baseAt(fromAnchor, unitGran(u))
	switch u {
	case uYear:
		if b.gran >= gYear {
			m.value = yearStr(b.y + n)
			m.at = point{gran: gYear, y: b.y + n}
		}
	case uQuarter:
		if b.gran >= gQuarter {
			k := b.y*4 + b.q - 1 + n
			m.value = quarterStr(k/4, k%4+1)
			m.at = point{gran: gQuarter, y: k / 4, q: k%4 + 1}
		}
	case uMonth:
		if b.gran >= gMonth {
			k := b.y*12 + b.m - 1 + n
			m.value = monthStr(k/12, k%12+1)
			m.at = point{gran: gMonth, y: k / 12, m: k%12 + 1, q: (k%12)/3 + 1}
		}
	case uWeek, uFortnight:
		if b.gran >= gWeek {
			t := b.t.AddDate(0, 0, 7*n)
			m.value = weekStr(t)
			m.at = point{gran: gWeek, t: t}
		}
	case uWeekend:
		if b.gran >= gWeek {
			t := b.t.AddDate(0, 0, 7*n)
			m.value = weekStr(t) + "-WE"
			m.at = point{gran: gWeek, t: t}
		}
	case uDay:
		if b.gran >= gDay {
			t := b.t.AddDate(0, 0, n)
			m.value = dayStr(t)
			m.at = point{gran: gDay, t: t}
		}
	case uDecade:
		if b.gran >= gYear {
			m.value = strconv.Itoa(b.y/10 + n)
		}
	case uCentury:
		if b.gran >= gYear {
			m.value = strconv.Itoa(b.y/100 + n)
		}
	default:
		return match{}, false
	}
	if m.at.gran != gNone {
		m.at.fill()
	}
	return m, true
}

// laterThanLastDay: month point a lies after the month of the last day told
// ("shot dead on June 18 ... told the House in September. The same day"),
// so the story has moved on to it; a month told before that day ("expelled
// in June 2018" in a sentence after "on 8 January 2019") is background.
func (p *parser) laterThanLastDay(a point) bool {
	d := p.byGran[gDay]
	if d.seq == 0 || a.gran != gMonth {
		return false
	}
	return d.at.t.Year()*12+int(d.at.t.Month()) < a.y*12+a.m
}

// unitGran is the granularity a point needs to count in unit u.
func unitGran(u int) int {
	switch u {
	case uDay:
		return gDay
	case uWeek, uWeekend, uFortnight:
		return gWeek
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	}
	return gYear
}

// fill completes the coarser fields of a point from its finer ones.
func (pt *point) fill() {
	if pt.gran >= gWeek {
		pt.y, pt.m = pt.t.Year(), int(pt.t.Month())
	}
	if pt.gran >= gMonth && pt.m > 0 {
		pt.q = (pt.m-1)/3 + 1
	}
}

// relWord reads single words and short phrases: today, yesterday, now, recently,
// the past, the future, this morning, last night.
func (p *parser) relWord(i int) (match, bool) {
	m := match{i: i, j: i + 1, typ: TypeDate, wd: -1}
	switch p.w(i) {
	case "today", "yesterday", "tomorrow", "tonight":
		if p.tk(i).cap && p.tk(i-1).kind == tWord && p.tk(i-1).cap && i > 0 && !p.allCaps(i) {
			return match{}, false // a name: "VOA Today"
		}
		n := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[p.w(i)]
		part := ""
		if pt := p.tk(i + 1); pt.lx().cls == cPart && !pt.lx().plural && p.w(i) != "tonight" {
			m.j++
			part = "T" + partCodes[pt.lx().val]
		}
		m, ok := p.shiftUnit(m, uDay, n, false)
		if part != "" && m.value != "" {
			m.typ, m.value = TypeTime, m.value+part
		}
		return m, ok
	case "now", "currently", "nowadays", "current":
		if p.w(i) == "current" && p.lower(i+1) == "account" {
			return match{}, false
		}
		m.value = "PRESENT_REF"
		return m, true
	case "recently", "lately", "recent":
		m.value = "PAST_REF"
		return m, true
	case "the":
		switch p.w(i + 1) {
		case "past":
			if n := p.tk(i + 2); n.kind == tNum || n.lx().cls == cNumber || n.lx().cls == cUnit || n.lx().word == "few" || n.lx().word == "several" {
				return match{}, false
			}
			m.j, m.value = i+2, "PAST_REF"
			return m, true
		case "future":
			m.j, m.value = i+2, "FUTURE_REF"
			return m, true
		case "latest", "same":
			if p.w(i+2) == "period" && p.anchor.gran == gQuarter {
				m.j = i + 3
				return p.shiftUnit(m, uQuarter, 0, true)
			}
		case "present":
			if p.tk(i+2).kind == tWord && p.tk(i+2).lx().cls == cNone && p.tk(i+2).space {
				return match{}, false // "the present government"
			}
			m.j, m.value = i+2, "PRESENT_REF"
			return m, true
		}
	case "this", "last":
		pt := p.tk(i + 1)
		if pt.lx().cls != cPart || pt.lx().plural {
			return match{}, false
		}
		n := 0
		if p.w(i) == "last" {
			if pt.lx().word != "night" {
				return match{}, false
			}
			n = -1
		}
		m.j = i + 2
		m.typ = TypeTime
		if !p.hasDay() {
			m.value = ""
			m.anchored = true
			return m, true
		}
		d := p.refT.AddDate(0, 0, n)
		m.value = dayStr(d) + "T" + partCodes[pt.lx().val]
		m.at = point{gran: gDay, t: d}
		m.at.fill()
		m.anchored = true
		return m, true
	}
	return match{}, false
}

// titleWord reports whether the unit word at token k is capitalised in running
// text, as in the name of a programme ("This Week", "60 Minutes").
func (p *parser) titleWord(k int) bool {
	return p.tk(k).cap && !p.allCaps(k)
}

// allCaps reports whether word token k is written in capitals, as headlines are.
func (p *parser) allCaps(k int) bool {
	t := p.tk(k)
	if k >= len(p.toks) {
		return false
	}
	for i := t.start; i < t.end; i++ {
		if c := p.text[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// quantity reads a count: "3", "three", "twenty-five", "a", "a few", "several".
// n is -1 for an unspecified count.
func (p *parser) quantity(i int) (n, j int, ok bool) {
	t := p.tk(i)
	switch {
	case t.kind == tNum:
		if t.ndig > 4 || !p.plainQuantity(i) {
			return 0, i, false
		}
		return t.num, i + 1, true
	case t.lx().cls == cNumber:
		n = t.lx().val
		j = i + 1
		if n >= 20 && n < 100 && n%10 == 0 {
			if p.punct(j, '-') && p.glued(j) && p.tk(j+1).lx().cls == cNumber && p.tk(j+1).lx().val < 10 {
				n += p.tk(j + 1).lx().val
				j += 2
			} else if u := p.tk(j); u.lx().cls == cNumber && u.lx().val >= 1 && u.lx().val < 10 {
				n += u.lx().val // "twenty four hours"
				j++
			}
		}
		return n, j, true
	}
	switch t.lx().word {
	case "a", "an":
		if p.w(i+1) == "few" || p.w(i+1) == "couple" {
			j = i + 2
			if p.w(j) == "of" {
				j++
			}
			return -1, j, true
		}
		return 1, i + 1, true
	case "several", "few", "many", "some":
		return -1, i + 1, true
	}
	return 0, i, false
}

// plainQuantity is plainNumber without the year restrictions.
func (p *parser) plainQuantity(i int) bool {
	if i > 0 && p.glued(i) {
		prev := p.tk(i - 1)
		if prev.kind == tNum || prev.kind == tWord || prev.ch == '.' || prev.ch == ',' || prev.ch == '$' || prev.ch == ':' {
			return false
		}
	}
	if p.glued(i+1) && p.tk(i+1).kind == tPunct && (p.tk(i+1).ch == ',' || p.tk(i+1).ch == '.' || p.tk(i+1).ch == ':') && p.tk(i+2).kind == tNum {
		return false
	}
	return true
}

// durationStr writes n units as a TIMEX3 duration; n < 0 is unspecified.
func durationStr(n, u int) string {
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	mul := func(k int) string {
		if n < 0 {
			return "X"
		}
		return strconv.Itoa(n * k)
	}
	switch u {
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		return "PT" + num + "H"
	case uDay:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uFortnight:
		return "P" + mul(2) + "W"
	case uWeekend:
		return "P" + num + "WE"
	case uMonth:
		return "P" + num + "M"
	case uQuarter:
		return "P" + num + "Q"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		return "P" + mul(10) + "Y"
	case uCentury:
		return "P" + mul(100) + "Y"
	}
	return ""
}

// numUnit reads "three days", "two-year", "a week", "several years",
// "two years ago", "a year earlier", "three weeks from now".
func (p *parser) numUnit(i int) (match, bool) {
	n, k, ok := p.quantity(i)
	if !ok {
		return match{}, false
	}
	hyph := false
	half := false
	if n > 0 && p.tk(k).kind == tNum && p.tk(k).num == 1 && p.punct(k+1, '/') && p.glued(k+1) &&
		p.tk(k+2).kind == tNum && p.tk(k+2).num == 2 && p.glued(k+2) {
		k += 3 // "5 1/2 hours"
		half = true
	} else if n > 0 && p.w(k) == "and" && p.w(k+1) == "a" && p.w(k+2) == "half" {
		k += 3 // "two and a half years"
		half = true
	}
	if p.punct(k, '-') && p.glued(k) {
		k++
		hyph = true
	}
	u := p.tk(k)
	if u.lx().cls != cUnit || p.titleWord(k) {
		return match{}, false
	}
	if !half && n == 1 && !u.lx().plural && p.w(k+1) == "and" && p.w(k+2) == "a" && p.w(k+3) == "half" {
		half = true // "a minute and a half"
	}
	if half {
		v := halfDuration(n, u.lx().val)
		if v == "" || p.w(k+1) == "old" || p.punct(k+1, '-') && p.w(k+2) == "old" {
			return match{}, false
		}
		j := k + 1
		if p.w(j) == "and" {
			j += 3
		}
		return match{i: i, j: j, typ: TypeDuration, value: v, wd: -1}, true
	}
	// "a day" after a count of money or times is a rate, not a duration.
	if (p.w(i) == "a" || p.w(i) == "an" || p.w(i) == "per") && n == 1 && u.lx().plural {
		return match{}, false
	}
	if n == 1 && u.lx().plural && p.tk(i).kind != tNum && p.w(i) != "one" {
		return match{}, false
	}
	if p.w(i) == "some" && !u.lx().plural {
		return match{}, false
	}
	unit := u.lx().val
	if p.punct(k+1, '-') && p.glued(k+1) && p.glued(k+2) && (p.w(k+2) == "earlier" || p.w(k+2) == "ago") {
		return match{}, false // "a year-earlier loss"
	}
	if unit == uQuarter && (hyph && u.lx().plural || p.w(k+1) == "of") {
		return match{}, false // "three-quarters", "a quarter of the vote"
	}
	k++
	// "a two-year-old", "ten years old"
	if p.w(k) == "old" || (p.punct(k, '-') && p.w(k+1) == "old") {
		return match{}, false
	}
	m := match{i: i, j: k, typ: TypeDuration, wd: -1}
	switch p.w(k) {
	case "ago", "earlier", "later", "before", "after", "hence", "from":
		dir := -1
		fromAnchor := true
		switch p.w(k) {
		case "ago":
			fromAnchor = false
		case "later", "hence", "after":
			dir = 1
			fromAnchor = p.w(k) != "hence"
		case "from":
			if p.w(k+1) != "now" {
				return m, m.j > i && p.durationOK(i, n, unit, hyph, &m)
			}
			k++
			dir, fromAnchor = 1, false
		}
		if (p.w(k) == "before" || p.w(k) == "after") && !p.lastWordOfClause(k) {
			return m, p.durationOK(i, n, unit, hyph, &m)
		}
		m.j = k + 1
		if n < 0 {
			m.value = "PAST_REF"
			if dir > 0 {
				m.value = "FUTURE_REF"
			}
			m.typ = TypeDate
			return m, true
		}
		if unit == uYear && dir < 0 && p.anchor.gran == gQuarter {
			b := p.anchor
			if c, ok := p.currentQuarter(); ok {
				b = c
			}
			m.typ = TypeDate
			m.value = quarterStr(b.y-n, b.q)
			m.anchored = true
			return m, true
		}
		// "one year ago tonight", "five years ago today": that very day of
		// the year, month or week counted back
		if dir < 0 && !fromAnchor && (unit == uYear || unit == uMonth || unit == uWeek) {
			if d := p.w(k + 1); d == "today" || d == "tonight" {
				if b := p.baseAt(false, gDay); b.gran >= gDay {
					t := b.t
					switch unit {
					case uYear:
						t = t.AddDate(-n, 0, 0)
					case uMonth:
						t = t.AddDate(0, -n, 0)
					default:
						t = t.AddDate(0, 0, -7*n)
					}
					m.j, m.typ, m.anchored = k+2, TypeDate, true
					m.value = dayStr(t)
					m.at = point{gran: gDay, t: t}
					m.at.fill()
					return m, true
				}
			}
		}
		// "five years ago this week", "ten years ago this month": the
		// report's week or month counted back, told at the month's precision
		if dir < 0 && !fromAnchor && unit == uYear && p.w(k+1) == "this" {
			if w := p.w(k + 2); w == "week" || w == "weekend" || w == "month" {
				if b := p.baseAt(false, gDay); b.gran >= gDay {
					t := b.t.AddDate(-n, 0, 0)
					m.j, m.typ, m.anchored = k+3, TypeDate, true
					m.value = monthStr(t.Year(), int(t.Month()))
					m.at = point{gran: gMonth, y: t.Year(), m: int(t.Month()), q: (int(t.Month())-1)/3 + 1}
					return m, true
				}
			}
		}
		switch unit {
		case uMinute, uHour:
			m.j = k
			return m, p.durationOK(i, n, unit, hyph, &m)
		case uDecade:
			n, unit = n*10, uYear
		case uCentury:
			n, unit = n*100, uYear
		case uFortnight:
			n, unit = n*2, uWeek
		}
		m, ok := p.shiftUnit(m, unit, dir*n, fromAnchor)
		// a comparison ("profits were lower than a year earlier") does not
		// move the anchor; a sentence that opens with "Three months later,"
		// moves the story on to then ("... Ottawa expelled a diplomat the same day")
		if m.movesOn = dir > 0 && (i == 0 || p.boundaryAfter(i-1) || p.tk(i).blank); fromAnchor && !m.movesOn {
			m.at = point{}
		}
		return m, ok
	}
	return m, p.durationOK(i, n, unit, hyph, &m)
}

// halfDuration writes n and a half units as a TIMEX3 duration: P2Y6M, PT5H30M.
func halfDuration(n, u int) string {
	if n <= 0 || n > 1000 {
		return ""
	}
	num := strconv.Itoa(n)
	switch u {
	case uMinute:
		return "PT" + num + "M30S"
	case uHour:
		return "PT" + num + "H30M"
	case uDay:
		return "P" + num + "DT12H"
	case uMonth:
		return "P" + num + ".5M"
	case uWeek:
		return "P" + num + ".5W"
	case uYear:
		return "P" + num + "Y6M"
	case uDecade:
		return "P" + strconv.Itoa(n*10+5) + "Y"
	}
	return ""
}

// durationOK sets the duration value and reports whether the count makes sense.
func (p *parser) durationOK(i, n, unit int, hyph bool, m *match) bool {
	if n == 0 || n > 1000 {
		return false
	}
	if unit == uWeekend {
		return false
	}
	m.typ = TypeDuration
	m.value = durationStr(n, unit)
	return true
}

// lastWordOfClause reports whether token k ends a clause ("two days before.").
func (p *parser) lastWordOfClause(k int) bool {
	n := p.tk(k + 1)
	return k+1 >= len(p.toks) || (n.kind == tPunct && n.ch != '\'' && n.ch != '-')
}

// shifted reads "last year", "next week", "this month", "the following day",
// "the past three years", "last June", "next Friday", "the previous quarter".
func (p *parser) shifted(i int) (match, bool) {
	k := i
	the := false
	if p.w(k) == "the" {
		the = true
		k++
	}
	sw := p.w(k)
	switch sw {
	case "last", "this", "next", "past", "previous", "preceding", "following", "coming",
		"current", "recent", "that", "same", "latest", "first", "prior":
	default:
		return match{}, false
	}
	if (sw == "first" || sw == "same" || sw == "latest" || sw == "preceding" || sw == "prior") && !the {
		return match{}, false
	}
	k++
	m := match{i: i, typ: TypeDate, wd: -1}
	t := p.tk(k)
	// the past three years, the next few days, the first nine months
	if n, k2, ok := p.quantity(k); ok && p.tk(k2).lx().cls == cUnit && p.w(k) != "a" && p.w(k) != "an" {
		u := p.tk(k2).lx().val
		if n == 1 && p.tk(k2).lx().plural && p.tk(k).kind != tNum {
			return match{}, false
		}
		m.j = k2 + 1
		if !p.durationOK(i, n, u, false, &m) {
			return match{}, false
		}
		return m, true
	}
	if sw == "first" {
		return match{}, false
	}
	if t.lx().word == "fiscal" && (sw == "current" || sw == "this" || sw == "last" || sw == "next" || sw == "previous") {
		// "the current fiscal year", "last fiscal year"
		if n := p.tk(k + 1); n.lx().cls == cUnit && !n.lx().plural && (n.lx().val == uYear || n.lx().val == uQuarter) {
			k++
			t = n
		}
	}
	switch t.lx().cls {
	case cUnit:
		if p.titleWord(k) {
			return match{}, false // a title: "This Week"
		}
		u := t.lx().val
		m.j = k + 1
		if t.lx().plural {
			switch sw {
			case "recent":
				if u == uYear || u == uDecade || u == uCentury {
					m.value = "PAST_REF"
					return m, true
				}
				m.typ, m.value = TypeDuration, durationStr(-1, u)
				return m, true
			case "past", "last", "next", "coming", "following", "previous":
				m.typ, m.value = TypeDuration, durationStr(-1, u)
				return m, true
			}
			return match{}, false
		}
		switch sw {
		case "last", "previous", "preceding", "prior":
			if sw == "last" && the && u != uWeekend {
				// "the last year" is the year up to now
				m.typ, m.value = TypeDuration, durationStr(1, u)
				return m, true
			}
			return p.shiftUnit(m, u, -1, the && sw != "last")
		case "past":
			if u == uWeekend {
				return p.shiftUnit(m, u, -1, false)
			}
			m.typ, m.value = TypeDuration, durationStr(1, u)
			return m, true
		case "this", "current":
			return p.shiftUnit(m, u, 0, false)
		case "latest":
			if u == uQuarter {
				return p.latestQuarter(m)
			}
			return match{}, false
		case "that", "same":
			return p.shiftUnit(m, u, 0, true)
		case "next", "coming":
			// "next week" counts from the report; "the next day" from the day
			// last spoken of
			return p.shiftUnit(m, u, 1, the && sw == "next")
		case "following":
			return p.shiftUnit(m, u, 1, true)
		case "recent":
			return match{}, false
		}
	case cMonth:
		if !t.cap {
			return match{}, false
		}
		m.m = t.lx().val
		m.j = k + 1
		if t.lx().abbr {
			return match{}, false
		}
		switch sw {
		case "last", "past":
			return p.resolveMonth(m, -1), true
		case "next", "coming":
			return p.resolveMonth(m, 1), true
		case "this":
			return p.resolveMonth(m, 2), true
		case "previous", "following":
			b := p.base(true)
			if b.gran < gMonth {
				return p.resolveMonth(m, map[string]int{"previous": -1, "following": 1}[sw]), true
			}
			y := b.y
			if sw == "previous" && m.m >= b.m {
				y--
			}
			if sw == "following" && m.m <= b.m {
				y++
			}
			m.value = monthStr(y, m.m)
			m.at = point{gran: gMonth, y: y, m: m.m}
			m.at.fill()
			m.anchored = true
			return m, true
		}
	case cWeekday:
		switch sw {
		case "last", "past":
			return p.weekdayAt(i, k, t.lx().val, -1)
		case "next", "coming":
			return p.weekdayAt(i, k, t.lx().val, 1)
		case "this":
			// "this Sunday past": the one before the reference
			if p.lower(k+1) == "past" {
				m, ok := p.weekdayAt(i, k, t.lx().val, -1)
				m.j = k + 2
				return m, ok
			}
			return p.weekdayAt(i, k, t.lx().val, 2)
		case "previous", "following":
			// "the previous Friday": counted from the day last spoken of
			b := p.base(true)
			if !the || b.gran < gDay {
				return match{}, false
			}
			bw := int(b.t.Weekday())
			delta := -((bw - t.lx().val + 7) % 7)
			if delta == 0 {
				delta = -7
			}
			if sw == "following" {
				delta = (t.lx().val - bw + 7) % 7
				if delta == 0 {
					delta = 7
				}
			}
			d := b.t.AddDate(0, 0, delta)
			m.j, m.wd = k+1, t.lx().val
			m.value, m.at, m.anchored = dayStr(d), point{gran: gDay, t: d}, true
			return m, true
		}
	case cPart:
		// "the following morning", "the next evening", "that night": a part of
		// the day after, before or of the day last spoken of
		var n int
		switch sw {
		case "following", "next":
			n = 1
		case "previous":
			n = -1
		case "that", "same":
			n = 0
		default:
			return match{}, false
		}
		if t.lx().plural || !the && sw != "that" {
			return match{}, false
		}
		if b := p.base(true); b.gran < gDay {
			return match{}, false // "that night", with no day told before, is no date
		}
		m.j = k + 1
		var ok bool
		m, ok = p.shiftUnit(m, uDay, n, true)
		if ok && m.value != "" {
			m.typ, m.value = TypeTime, m.value+"T"+partCodes[t.lx().val]
		}
		return m, ok
	case cSeason:
		m.j = k + 1
		switch sw {
		case "last", "past":
			return p.resolveSeason(m, t.lx().val, -1), true
		case "next", "coming":
			return p.resolveSeason(m, t.lx().val, 1), true
		case "this":
			return p.resolveSeason(m, t.lx().val, 2), true
		}
	}
	return match{}, false
}

func (p *parser) weekdayAt(i, k, wd, dir int) (match, bool) {
	m, ok := p.weekday(k, wd, dir)
	m.i = i
	return m, ok
}

// latestQuarter resolves "the latest quarter": the ended quarter last mentioned
// (see currentQuarter), else the last quarter that ended before the reference
// date.
func (p *parser) latestQuarter(m match) (match, bool) {
	if c, ok := p.currentQuarter(); ok {
		m.value, m.at, m.anchored = quarterStr(c.y, c.q), c, true
		return m, true
	}
	return p.shiftUnit(m, uQuarter, -1, false)
}

// quarter reads "the third quarter", "third-quarter", "the fiscal first quarter",
// "the third quarter of 2018", "this year's third quarter", "Q3 2018", "the
// quarter", "the year-earlier quarter", "the 1988 third quarter", "the
// comparable year-ago period", "the 1988 period" (the quarter last spoken of, in
// that year).
func (p *parser) quarter(i int) (match, bool) {
	m := match{i: i, typ: TypeDate, wd: -1}
	k := i
	yearGiven, y := false, 0
	yearShift := 0
	the := p.w(k) == "the"
	if the {
		k++
		switch p.lower(k) {
		case "comparable", "corresponding", "same":
			k++
		}
	}
	earlier := false // "year-earlier", "year-ago"
	// this year's, last year's, 1998's
	switch {
	case (p.w(k) == "this" || p.w(k) == "last" || p.w(k) == "next") && p.w(k+1) == "year" && p.punct(k+2, '\'') && p.w(k+3) == "s":
		yearShift = map[string]int{"this": 0, "last": -1, "next": 1}[p.w(k)]
		k += 4
		if p.hasYear() {
			yearGiven, y = true, p.ref.Year+yearShift
		}
	case p.w(k) == "year" && p.punct(k+1, '-') && p.glued(k+1) && p.glued(k+2) && (p.w(k+2) == "earlier" || p.w(k+2) == "ago"):
		earlier = true
		k += 3
	default:
		if yy, k2, ok := p.year(k); ok && p.punct(k2, '\'') && p.w(k2+1) == "s" {
			yearGiven, y = true, yy
			k = k2 + 2
		} else if ok && the && k2 == k+1 {
			// "the 1988 third quarter", "the 1988 period"
			switch n := p.tk(k2); {
			case n.lx().cls == cOrdinal, n.lx().word == "quarter", n.lx().word == "period", n.lx().word == "fiscal":
				yearGiven, y = true, yy
				k = k2
			}
		}
	}
	if p.w(k) == "fiscal" {
		k++
		if yy, k2, ok := p.year(k); ok {
			yearGiven, y = true, yy
			k = k2
		}
	}
	q := 0
	t := p.tk(k)
	switch {
	case t.lx().cls == cOrdinal && t.lx().val <= 4:
		q = t.lx().val
		k++
	case t.kind == tNum && t.num >= 1 && t.num <= 4 && p.tk(k+1).lx().cls == cSuffix && p.glued(k+1):
		q = t.num
		k += 2
	case !earlier && !yearGiven && t.kind == tWord && t.end-t.start == 1 && (p.text[t.start] == 'Q') && p.tk(k+1).kind == tNum && p.glued(k+1) && p.tk(k+1).num >= 1 && p.tk(k+1).num <= 4 && p.tk(k+1).ndig == 1:
		q = p.tk(k + 1).num
		k += 2
		m.j = k
		if yy, k2, ok := p.year(k); ok {
			yearGiven, y, m.j = true, yy, k2
		}
		return p.finishQuarter(m, q, y, yearGiven), true
	}
	if q > 0 && p.punct(k, '-') && p.glued(k) {
		k++
	}
	if earlier {
		// "year-earlier" alone, "the year-ago quarter", "the year-earlier third quarter"
		if q == 0 && p.w(k) != "quarter" && p.w(k) != "period" {
			m.j = k
			return p.yearEarlier(m)
		}
		if p.w(k) != "quarter" && p.w(k) != "period" {
			return match{}, false
		}
		m.j = k + 1
		if q == 0 {
			return p.yearEarlier(m)
		}
		if a, ok := p.currentQuarter(); ok {
			y = a.y - 1
		} else if p.hasYear() {
			y = p.ref.Year - 1
		} else {
			m.value = ""
			return m, true
		}
		m.anchored = true
		return p.finishQuarter(m, q, y, true), true
	}
	if yearGiven && q == 0 && (p.w(k) == "quarter" || p.w(k) == "period") && (the || p.w(i+1) == "year") {
		// "the 1988 period": the quarter last spoken of, in that year.
		m.j = k + 1
		a := p.byGran[gQuarter]
		if a.seq == 0 {
			if p.w(k) == "period" {
				return match{}, false
			}
			m.value = yearStr(y) + "-QX"
			return m, true
		}
		return p.finishQuarter(m, a.at.q, y, true), true
	}
	if p.w(k) != "quarter" {
		return match{}, false
	}
	k++
	m.j = k
	if q == 0 {
		// "the quarter": the one last spoken of, or the last one that ended.
		if p.w(i) != "the" || k != i+2 {
			return match{}, false
		}
		if p.anchor.gran == gQuarter {
			return p.shiftUnit(m, uQuarter, 0, true)
		}
		return p.latestQuarter(m)
	}
	if !yearGiven {
		kk := k
		if p.w(kk) == "of" || p.punct(kk, ',') {
			kk++
		}
		if p.w(kk) == "fiscal" {
			kk++
		}
		if yy, k2, rel, ok := p.yearPhrase(kk); ok && (!rel || kk > k) {
			yearGiven, y = true, yy
			m.j, m.anchored = k2, rel
		}
	}
	return p.finishQuarter(m, q, y, yearGiven), true
}

// currentQuarter returns the last quarter spoken of that a report dated on the
// reference date may be about: one of the four quarters that ended before the
// reference quarter.
func (p *parser) currentQuarter() (point, bool) {
	if !p.hasMonth() {
		return point{}, false
	}
	ref := p.ref.Year*4 + (p.ref.Month-1)/3
	for n := len(p.found) - 1; n >= 0; n-- {
		a := p.found[n].at
		if k := a.y*4 + a.q - 1; a.gran == gQuarter && k < ref && k >= ref-4 {
			return a, true
		}
	}
	return point{}, false
}

// yearEarlier values "year-earlier" and "the year-ago quarter": the quarter last
// spoken of a year before, else the year before the reference year.
func (p *parser) yearEarlier(m match) (match, bool) {
	m.anchored = true
	if a, ok := p.currentQuarter(); ok {
		m.value = quarterStr(a.y-1, a.q)
		return m, true
	}
	if !p.hasYear() {
		m.value = ""
		return m, true
	}
	m.value = yearStr(p.ref.Year - 1)
	return m, true
}

func (p *parser) finishQuarter(m match, q, y int, yearGiven bool) match {
	if !yearGiven {
		if !p.hasYear() {
			m.value = "XXXX-Q" + strconv.Itoa(q)
			return m
		}
		y = p.ref.Year
		if p.hasMonth() && (q-1)*3+1 > p.ref.Month && !p.future(m.i) {
			y--
		}
		m.anchored = true
	}
	m.value = quarterStr(y, q)
	m.at = point{gran: gQuarter, y: y, q: q}
	return m
}

// resolveSeason gives a season a year: dir 0 the most recent (or next, in a
// sentence about the future), -1 the last one before the reference season, +1
// the next one, 2 the one of the reference year.
func (p *parser) resolveSeason(m match, s, dir int) match {
	code := seasonCodes[s]
	if !p.hasYear() {
		m.value = "XXXX-" + code
		return m
	}
	y := p.ref.Year
	if p.hasMonth() {
		rm := p.ref.Month
		start := seasonStart[s]
		if s == 3 && rm <= 2 {
			// January and February belong to the winter that began the year before.
			start = 0
			y--
		}
		switch dir {
		case -1:
			if start+3 > rm || (s == 3 && start == 0) {
				y--
			}
		case 1:
			if start <= rm {
				y++
			}
		case 2:
		default:
			if p.future(m.i) {
				if start+3 <= rm {
					y++
				}
			} else if start > rm {
				y--
			}
		}
	}
	m.value = yearStr(y) + "-" + code
	m.at = point{gran: gYear, y: y}
	m.anchored = true
	return m
}

// season reads "the summer of 2019", "summer 2019", "in the spring", "last fall".
func (p *parser) season(i int) (match, bool) {
	k := i
	if p.w(k) == "the" {
		k++
	}
	t := p.tk(k)
	if t.lx().cls != cSeason {
		return match{}, false
	}
	m := match{i: i, j: k + 1, typ: TypeDate, wd: -1}
	kk := k + 1
	if p.w(kk) == "of" {
		kk++
	}
	if y, j, rel, ok := p.yearPhrase(kk); ok && (!rel || kk > k+1) {
		m.j, m.anchored = j, rel
		m.value = yearStr(y) + "-" + seasonCodes[t.lx().val]
		m.at = point{gran: gYear, y: y}
		return m, true
	}
	if p.w(k+1) == "of" {
		return match{}, false // "the fall of the wall"
	}
	// "That spring, prosecutors indicted ...": the season of the year last
	// told
	if k == i && p.w(i-1) == "that" {
		if a := p.anchor; a.gran >= gYear && a.y != 0 {
			m.i = i - 1
			m.value = yearStr(a.y) + "-" + seasonCodes[t.lx().val]
			m.at = point{gran: gYear, y: a.y}
			m.anchored = true
			return m, true
		}
		return match{}, false
	}
	switch p.w(i - 1) {
	case "in", "this", "by", "until", "since", "during", "early", "late", "mid", "through", "next", "last":
	default:
		if k == i || p.w(i-1) == "" {
			return match{}, false
		}
	}
	if k == i && p.w(i-1) == "in" && (t.lx().word == "spring" || t.lx().word == "fall") && p.tk(k).cap {
		return match{}, false
	}
	return p.resolveSeason(m, t.lx().val, 0), true
}

// set reads "daily", "every week", "each year", "per month", "every Monday".
func (p *parser) set(i int) (match, bool) {
	t := p.tk(i)
	m := match{i: i, j: i + 1, typ: TypeSet, wd: -1}
	if t.lx().cls == cSet {
		// "a daily newspaper", "quarterly earnings": an adjective, not a set.
		if n := p.tk(i + 1); t.lx().word != "daily" && i+1 < len(p.toks) && n.kind == tWord && n.lx().cls == cNone && n.space {
			return match{}, false
		}
		if t.lx().val == uQuarter {
			m.value = "P3M"
		} else {
			m.value = durationStr(1, t.lx().val)
		}
		return m, true
	}
	switch t.lx().word {
	case "every", "each", "per":
	default:
		return match{}, false
	}
	k := i + 1
	n := 1
	if q, k2, ok := p.quantity(k); ok && p.w(k) != "a" && p.w(k) != "an" {
		n, k = q, k2
	} else if p.w(k) == "other" {
		n, k = 2, k+1
	}
	u := p.tk(k)
	switch u.lx().cls {
	case cUnit:
		if u.lx().val == uWeekend {
			m.j, m.value = k+1, "XXXX-WXX-WE"
			return m, true
		}
		m.j = k + 1
		m.value = durationStr(n, u.lx().val)
		return m, m.value != "" && n != 0
	case cWeekday:
		m.j = k + 1
		m.value = "XXXX-WXX-" + strconv.Itoa(isoDay(u.lx().val))
		return m, true
	case cMonth:
		if !u.cap || u.lx().abbr {
			return match{}, false
		}
		m.j = k + 1
		m.value = "XXXX-" + twoDigits(u.lx().val)
		return m, true
	case cPart:
		m.j = k + 1
		m.value = "XXXX-XX-XXT" + partCodes[u.lx().val]
		return m, true
	}
	return match{}, false
}

// clock reads times of day: "10:35 a.m.", "3 p.m. Tuesday", "15:00 GMT", "noon".
func (p *parser) clock(i int) (match, bool) {
	t := p.tk(i)
	m := match{i: i, typ: TypeTime, wd: -1}
	var h, mi int
	k := i
	switch {
	case t.lx().word == "noon" || t.lx().word == "midnight":
		if p.w(i-1) == "at" || p.w(i-1) == "by" || p.w(i-1) == "until" || p.w(i-1) == "before" || p.w(i-1) == "after" {
			h = 12
			if t.lx().word == "midnight" {
				h = 24
			}
			k = i + 1
			break
		}
		return match{}, false
	case t.kind == tNum && t.ndig <= 2 && t.num <= 24:
		if i > 0 && p.glued(i) && (p.tk(i-1).kind != tPunct || p.tk(i-1).ch == '.' || p.tk(i-1).ch == ',' || p.tk(i-1).ch == ':' || p.tk(i-1).ch == '$') {
			return match{}, false
		}
		h = t.num
		k = i + 1
		hasMin := false
		if p.punct(k, ':') && p.glued(k) && p.tk(k+1).kind == tNum && p.tk(k+1).ndig == 2 && p.glued(k+1) && p.tk(k+1).num < 60 {
			mi = p.tk(k + 1).num
			k += 2
			hasMin = true
		}
		ampm := ""
		switch p.lower(k) {
		case "am", "pm":
			ampm = p.lower(k)
			k++
		case "a", "p":
			if p.punct(k+1, '.') && p.glued(k+1) && p.lower(k+2) == "m" && p.glued(k+2) {
				ampm = p.lower(k) + "m"
				k += 3
				if p.punct(k, '.') && p.glued(k) {
					k++
				}
			}
		case "o":
			if p.punct(k+1, '\'') && p.lower(k+2) == "clock" {
				k += 3
				ampm = "?"
			}
		}
		if ampm == "" && !hasMin {
			return match{}, false
		}
		if ampm == "pm" && h < 12 {
			h += 12
		}
		if ampm == "am" && h == 12 {
			h = 0
		}
		if hasMin && ampm == "" && h > 23 {
			return match{}, false
		}
		if ampm == "" && !p.timeZone(k) {
			// "3:30" alone may be a score or a ratio; accept it only before a zone
			// or after "at".
			if p.w(i-1) != "at" && p.w(i-1) != "by" {
				return match{}, false
			}
		}
	default:
		return match{}, false
	}
	for p.timeZone(k) {
		k++
	}
	if p.w(k) == "local" && p.w(k+1) == "time" {
		k += 2
	}
	m.j = k
	// a day after the time: "3 p.m. Tuesday", "10 a.m. on Friday", "noon today"
	day := ""
	kk := k
	if p.w(kk) == "on" || p.punct(kk, ',') && p.tk(kk+1).lx().cls == cMonth {
		kk++ // "10 a.m. on Friday", "5 p.m. EST, Nov. 6"
	}
	if dm, ok := p.calendar(kk); ok && (dm.d != 0 || dm.wd >= 0) && len(dm.value) >= 10 {
		day, m.j, m.at = dm.value[:10], dm.j, dm.at
		m.anchored = dm.anchored
		m.typ = TypeTime
	} else if dm, ok := p.relWord(kk); ok && len(dm.value) >= 10 && dm.typ == TypeDate {
		day, m.j, m.at = dm.value[:10], dm.j, dm.at
		m.anchored = true
	} else if p.anchor.gran == gDay {
		// "was shot dead on Saturday night ... at around 9:40 p.m.": the
		// day the story is at
		day = dayStr(p.anchor.t)
		m.anchored = true
	} else if p.hasDay() {
		day = dayStr(p.refT)
		m.anchored = true
	}
	hm := twoDigits(h) + ":" + twoDigits(mi)
	if day == "" {
		m.value = "T" + hm
	} else {
		m.value = day + "T" + hm
	}
	return m, true
}

func (p *parser) timeZone(k int) bool {
	switch p.w(k) {
	case "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest":
		return p.tk(k).cap
	}
	return false
}

// holiday reads Christmas, New Year's Day, Thanksgiving.
func (p *parser) holiday(i int) (match, bool) {
	m := match{i: i, typ: TypeDate, wd: -1}
	k := i
	switch {
	case p.w(k) == "christmas" && p.tk(k).cap:
		m.m, m.d = 12, 25
		k++
		switch p.w(k) {
		case "day":
			k++
		case "eve":
			m.d = 24
			k++
		}
		switch p.lower(k) {
		case "market", "markets", "tree", "trees", "party", "parties", "fair", "fairs", "lights", "shopping", "card", "cards", "novena":
			return match{}, false // "a Christmas market" is a place, not a day
		}
	case p.w(k) == "new" && p.tk(k).cap && p.w(k+1) == "year" && p.tk(k+1).cap && p.punct(k+2, '\'') && p.w(k+3) == "s" && (p.w(k+4) == "day" || p.w(k+4) == "eve") && p.tk(k+4).cap:
		m.m, m.d = 1, 1
		if p.w(k+4) == "eve" {
			m.m, m.d = 12, 31
		}
		k += 5
	case p.w(k) == "thanksgiving" && p.tk(k).cap:
		k++
		if p.w(k) == "day" {
			k++
		}
		m.j = k
		if !p.hasYear() {
			m.value = "XXXX-11"
			return m, true
		}
		y := p.ref.Year
		if p.hasMonth() && p.ref.Month < 11 && !p.future(i) {
			y--
		}
		if yy, k2, ok := p.year(k); ok {
			y, m.j = yy, k2
		}
		first := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
		off := (int(time.Thursday) - int(first.Weekday()) + 7) % 7
		d := first.AddDate(0, 0, off+21)
		m.value = dayStr(d)
		m.at = point{gran: gDay, t: d}
		m.at.fill()
		m.anchored = true
		return m, true
	default:
		return match{}, false
	}
	m.j = k
	if y, k2, ok := p.year(k); ok {
		m.y, m.j = y, k2
	} else if p.w(k) == "of" || p.punct(k, ',') {
		// "New Year's Eve of 2013", "New Year's Day, 2015"
		if y, k2, ok := p.year(k + 1); ok {
			m.y, m.j = y, k2
		}
	}
	return p.resolveYMD(m), true
}

// theUnit reads "the year", "the month", "the week", "the weekend" and "the year
// 2000".
func (p *parser) theUnit(i int) (match, bool) {
	if p.w(i) != "the" {
		return match{}, false
	}
	t := p.tk(i + 1)
	if (t.lx().cls != cUnit || t.lx().plural) && t.lx().word != "fiscal" && t.lx().word != "full" && t.lx().word != "whole" && t.lx().word != "entire" {
		return match{}, false
	}
	m := match{i: i, j: i + 2, typ: TypeDate, wd: -1}
	if t.lx().word == "fiscal" || t.lx().word == "full" || t.lx().word == "whole" || t.lx().word == "entire" {
		if p.w(i+2) != "year" {
			return match{}, false
		}
		m.j = i + 3
		if y, k, ok := p.year(i + 3); ok {
			m.j, m.y, m.value = k, y, yearStr(y)
			m.at = point{gran: gYear, y: y}
			return m, true
		}
		if p.spanOfUnit(i, i+3) {
			m.typ, m.value = TypeDuration, "P1Y"
			return m, true
		}
		return p.shiftUnit(m, uYear, 0, false)
	}
	if t.lx().word == "year" {
		if y, k, ok := p.year(i + 2); ok {
			m.j = k
			m.y = y
			m.value = yearStr(y)
			m.at = point{gran: gYear, y: y}
			return m, true
		}
	}
	switch t.lx().val {
	case uWeekend:
		if !p.hasDay() {
			m.value = "XXXX-WXX-WE"
			return m, true
		}
		// The weekend last past, or the coming one in a sentence about the future.
		d := p.refT
		wd := int(d.Weekday())
		switch {
		case wd == 6 || wd == 0:
		case p.future(i):
			d = d.AddDate(0, 0, 6-wd)
		default:
			d = d.AddDate(0, 0, -wd-1)
		}
		m.value = weekStr(d) + "-WE"
		m.at = point{gran: gWeek, t: d}
		m.at.fill()
		m.anchored = true
		return m, true
	case uYear, uMonth, uWeek:
		if p.spanOfUnit(i, i+2) {
			m.typ = TypeDuration
			m.value = durationStr(1, t.lx().val)
			return m, true
		}
		switch p.w(i - 1) {
		case "in", "of", "this", "earlier", "later", "for":
			return p.shiftUnit(m, t.lx().val, 0, false)
		}
		if t.lx().val == uYear {
			return p.shiftUnit(m, t.lx().val, 0, false)
		}
	}
	return match{}, false
}

// spanOfUnit reports whether "the year" over tokens [i, j) is a stretch of time
// rather than the calendar unit: "throughout the year", "the year ended June 30".
// "For the year" is the current one, as in results "for the year".
func (p *parser) spanOfUnit(i, j int) bool {
	switch p.w(i - 1) {
	case "over", "during", "throughout", "within":
		return true
	}
	return p.w(j) == "ended" || p.w(j) == "ending"
}

// bareUnits reads "for years", "within weeks": an unspecified duration.
func (p *parser) bareUnits(i int) (match, bool) {
	t := p.tk(i)
	if t.lx().cls != cUnit || !t.lx().plural {
		return match{}, false
	}
	switch p.w(i - 1) {
	case "for", "within", "over":
	default:
		return match{}, false
	}
	v := durationStr(-1, t.lx().val)
	return match{i: i, j: i + 1, typ: TypeDuration, value: v, wd: -1}, v != ""
}

// century reads "the 20th century", "the nineteenth century", "this century".
func (p *parser) century(i int) (match, bool) {
	k := i
	if p.w(k) == "the" {
		k++
	}
	n := 0
	t := p.tk(k)
	switch {
	case t.lx().cls == cOrdinal:
		n = t.lx().val
		k++
	case t.kind == tNum && t.ndig <= 2 && p.tk(k+1).lx().cls == cSuffix && p.tk(k+1).lx().word != "s" && p.glued(k+1):
		n = t.num
		k += 2
	default:
		return match{}, false
	}
	if p.punct(k, '-') {
		k++
	}
	if p.w(k) != "century" || n < 1 {
		return match{}, false
	}
	return match{i: i, j: k + 1, typ: TypeDate, wd: -1, value: twoDigits(n - 1)}, true
}

// yearEnd reads "year-end", "year end" and "year's end": the year whose end is
// meant (TIMEX3 marks the end with a modifier, not in the value): the reference
// year, or the one before after "since".
func (p *parser) yearEnd(i int) (match, bool) {
	if p.w(i) != "year" {
		return match{}, false
	}
	k := i + 1
	switch {
	case p.punct(k, '-') && p.glued(k) && p.w(k+1) == "end" && p.glued(k+1):
		k += 2
	case p.w(k) == "end":
		k++
	case p.punct(k, '\'') && p.w(k+1) == "s" && p.w(k+2) == "end":
		k += 3
	default:
		return match{}, false
	}
	m := match{i: i, j: k, typ: TypeDate, wd: -1}
	if p.w(i-1) == "the" {
		m.i = i - 1
	}
	n := 0
	if p.w(i-1) == "since" || p.w(i-1) == "the" && p.w(i-2) == "since" {
		n = -1
	}
	return p.shiftUnit(m, uYear, n, false)
}

// decadeWords name the decades of a century.
var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
	"sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

// decadeWord reads "the nineties", "the early eighties": the latest such decade
// that began by the reference year (the twentieth century without one).
func (p *parser) decadeWord(i int) (match, bool) {
	if p.w(i) != "the" {
		return match{}, false
	}
	k := i + 1
	switch p.w(k) {
	case "early", "late", "mid":
		k++
		if p.punct(k, '-') {
			k++
		}
	}
	if p.punct(k, '\'') {
		k++
	}
	d, ok := decadeWords[p.lower(k)]
	if !ok {
		return match{}, false
	}
	c := 19
	if p.hasYear() {
		c = p.ref.Year / 100
		if c*100+d*10 > p.ref.Year {
			c--
		}
	}
	return match{i: i, j: k + 1, typ: TypeDate, wd: -1, value: strconv.Itoa(c*10 + d), anchored: p.hasYear()}, true
}
