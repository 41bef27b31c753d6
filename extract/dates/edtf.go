package dates

import (
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// The EDTF values the extractor writes (Library of Congress Extended
// Date/Time Format, levels 0–2):
//
//	1958, 1958-02, 1958-02-17     a year, a month, a day
//	-0043, Y-11999                years before 1 AD (astronomical: 44 BC is -0043), long years
//	195X, 18XX, 1XXX, -04XX        a decade, a century, a millennium (5th century BC: -04XX)
//	1921-21 … 1921-24             spring, summer, autumn, winter (a winter takes the year it begins in)
//	1958-33 … 1958-36             the quarters of a year
//	1958-40, 1958-41              its halves
//	1500~, 1500?, 1500%           approximate, uncertain, both
//	1958/1961, 1958/..            an interval; an open end
//
// and, for dates named without their year (which a Shift fills from an
// anchor), XXXX-03-15, XXXX-21, XX3X.

// civil is a day of the proleptic Gregorian calendar with astronomical year
// numbering (1 BC is year 0).
type civil struct{ Y, M, D int }

// ISO formats the day as an ISO 8601 date, with a sign and four digits for
// years outside 0..9999 ("-0043-03-15").
func (c civil) ISO() string {
	var b strings.Builder
	y := c.Y
	if y < 0 {
		b.WriteByte('-')
		y = -y
	}
	pad(&b, y, 4)
	b.WriteByte('-')
	pad(&b, c.M, 2)
	b.WriteByte('-')
	pad(&b, c.D, 2)
	return b.String()
}

func pad(b *strings.Builder, n, width int) {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b.WriteByte('0')
	}
	b.WriteString(s)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dayNumber counts days from 1970-01-01 (Howard Hinnant's days_from_civil).
func (c civil) dayNumber() int {
	y, m, d := c.Y, c.M, c.D
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of dayNumber.
func civilFromDays(z int) civil {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return civil{y, m, d}
}

func (c civil) addDays(n int) civil { return civilFromDays(c.dayNumber() + n) }

// edtfDate is one EDTF date (one end of an interval).
type edtfDate struct {
	y         int  // astronomical year; with x > 0, the year with its unspecified digits as zeros
	neg       bool // the year is negative (kept apart for -00XX, the first century BC)
	x         int  // unspecified final digits of the year: 1 a decade, 2 a century, 3 a millennium, 4 unknown
	m, d      int  // month and day, 0 when not given
	sub       int  // sub-year code in place of a month: seasons 21–24, quarters 33–36, halves 40–41
	approx    bool // ~
	uncertain bool // ?
	open      bool // "..": an open end of an interval
}

// String formats the date as EDTF.
func (e edtfDate) String() string {
	if e.open {
		return ".."
	}
	var b strings.Builder
	e.writeYear(&b)
	e.writeRest(&b)
	return b.String()
}

// fillString formats a date named without its year: XXXX-03-15.
func (e edtfDate) fillString() string {
	var b strings.Builder
	b.WriteString("XXXX")
	e.writeRest(&b)
	return b.String()
}

func (e edtfDate) writeYear(b *strings.Builder) {
	y := e.y
	if y < 0 {
		y = -y
	}
	switch {
	case e.x > 0:
		if e.neg {
			b.WriteByte('-')
		}
		s := strconv.Itoa(y)
		for i := len(s); i < 4; i++ {
			s = "0" + s
		}
		if len(s) > 4 || e.x > 4 {
			s = "XXXX"
		}
		b.WriteString(s[:4-e.x])
		b.WriteString(strings.Repeat("X", e.x))
	case y > 9999:
		b.WriteByte('Y')
		if e.y < 0 {
			b.WriteByte('-')
		}
		b.WriteString(strconv.Itoa(y))
	default:
		if e.y < 0 {
			b.WriteByte('-')
		}
		pad(b, y, 4)
	}
}

func (e edtfDate) writeRest(b *strings.Builder) {
	switch {
	case e.sub > 0:
		b.WriteByte('-')
		pad(b, e.sub, 2)
	case e.m > 0:
		b.WriteByte('-')
		pad(b, e.m, 2)
		if e.d > 0 {
			b.WriteByte('-')
			pad(b, e.d, 2)
		}
	}
	switch {
	case e.approx && e.uncertain:
		b.WriteByte('%')
	case e.approx:
		b.WriteByte('~')
	case e.uncertain:
		b.WriteByte('?')
	}
}

// parseEDTFDate reads one EDTF date (no interval).
func parseEDTFDate(s string) (edtfDate, bool) {
	var e edtfDate
	if s == ".." {
		e.open = true
		return e, true
	}
	for len(s) > 0 {
		switch s[len(s)-1] {
		case '~':
			e.approx = true
		case '?':
			e.uncertain = true
		case '%':
			e.approx, e.uncertain = true, true
		default:
			goto body
		}
		s = s[:len(s)-1]
	}
body:
	if strings.HasPrefix(s, "Y") {
		n, err := strconv.Atoi(s[1:])
		if err != nil || n > -10000 && n < 10000 || n > 999999 || n < -999999 {
			return e, false
		}
		e.y, e.neg = n, n < 0
		return e, true
	}
	if strings.HasPrefix(s, "-") {
		e.neg = true
		s = s[1:]
	}
	if len(s) < 4 {
		return e, false
	}
	year, rest := s[:4], s[4:]
	for i := 0; i < 4; i++ {
		c := year[i]
		switch {
		case c == 'X':
			if e.x == 0 {
				e.x = 4 - i
			}
		case c >= '0' && c <= '9':
			if e.x > 0 {
				return e, false // a digit after an X: XX3X is not a date
			}
		default:
			return e, false
		}
	}
	digits := strings.ReplaceAll(year, "X", "0")
	y, _ := strconv.Atoi(digits)
	if e.neg {
		y = -y
	}
	e.y = y
	if rest == "" {
		return e, true
	}
	parts := strings.Split(rest[1:], "-")
	if rest[0] != '-' || len(parts) > 2 || e.x > 0 && e.x < 4 {
		return e, false
	}
	for _, p := range parts {
		if len(p) != 2 || !lex.IsDigit(p[0]) || !lex.IsDigit(p[1]) {
			return e, false
		}
	}
	n, _ := strconv.Atoi(parts[0])
	switch {
	case n >= 1 && n <= 12:
		e.m = n
	case len(parts) == 1 && (n >= 21 && n <= 24 || n >= 33 && n <= 36 || n == 40 || n == 41):
		e.sub = n
	default:
		return e, false
	}
	if len(parts) == 2 {
		d, _ := strconv.Atoi(parts[1])
		if d < 1 || d > 31 || e.x == 0 && d > daysIn(e.y, e.m) {
			return e, false
		}
		e.d = d
	}
	return e, true
}

// parseEDTF reads an EDTF value: one date or an interval of two.
func parseEDTF(s string) (lo, hi edtfDate, isInterval, ok bool) {
	if a, b, found := strings.Cut(s, "/"); found {
		lo, ok1 := parseEDTFDate(a)
		hi, ok2 := parseEDTFDate(b)
		if !ok1 || !ok2 || lo.open && hi.open || lo.x == 4 || hi.x == 4 {
			return lo, hi, true, false
		}
		return lo, hi, true, true
	}
	e, ok := parseEDTFDate(s)
	return e, e, false, ok && !e.open
}

// interval is a run of whole days, with the calendar unit it is made of
// (months of a year, years of a decade) so that modifiers can take parts of
// it. An open end is marked; its day is then meaningless.
type interval struct {
	first, last         civil
	unit                string // "day", "month" or "year"
	openFirst, openLast bool
}

// interval returns the days a date covers.
func (e edtfDate) interval() (interval, bool) {
	if e.open || e.x >= 4 {
		return interval{}, false
	}
	y := e.y
	if e.x > 0 {
		span := pow10(e.x) - 1
		lo, hi := y, y+span
		if e.neg {
			lo, hi = y-span, y
		}
		return interval{first: civil{lo, 1, 1}, last: civil{hi, 12, 31}, unit: "year"}, true
	}
	switch {
	case e.d > 0:
		c := civil{y, e.m, e.d}
		return interval{first: c, last: c, unit: "day"}, true
	case e.m > 0:
		return interval{first: civil{y, e.m, 1}, last: civil{y, e.m, daysIn(y, e.m)}, unit: "day"}, true
	case e.sub > 0:
		var sm, n int
		switch {
		case e.sub <= 24: // meteorological seasons of the northern hemisphere
			sm, n = []int{3, 6, 9, 12}[e.sub-21], 3
		case e.sub <= 36:
			sm, n = (e.sub-33)*3+1, 3
		default:
			sm, n = (e.sub-40)*6+1, 6
		}
		em, ey := sm+n-1, y
		if em > 12 {
			em, ey = em-12, y+1
		}
		return interval{first: civil{y, sm, 1}, last: civil{ey, em, daysIn(ey, em)}, unit: "month"}, true
	}
	return interval{first: civil{y, 1, 1}, last: civil{y, 12, 31}, unit: "month"}, true
}

// edtfInterval returns the days an EDTF value covers.
func edtfInterval(s string) (interval, bool) {
	lo, hi, isInterval, ok := parseEDTF(s)
	if !ok {
		return interval{}, false
	}
	if !isInterval {
		return lo.interval()
	}
	var iv interval
	if lo.open {
		iv.openFirst = true
	} else {
		a, ok := lo.interval()
		if !ok {
			return interval{}, false
		}
		iv.first = a.first
	}
	if hi.open {
		iv.openLast = true
	} else {
		b, ok := hi.interval()
		if !ok {
			return interval{}, false
		}
		iv.last = b.last
	}
	if !iv.openFirst && !iv.openLast && iv.last.dayNumber() < iv.first.dayNumber() {
		return interval{}, false
	}
	iv.unit = "year"
	if !iv.openFirst && !iv.openLast && iv.first.Y == iv.last.Y {
		iv.unit = "month"
		if iv.first.M == iv.last.M {
			iv.unit = "day"
		}
	}
	if !iv.openFirst && !iv.openLast && iv.last.dayNumber()-iv.first.dayNumber() < 31 {
		iv.unit = "day" // a week across two months is made of days, not of two parts of months
	}
	return iv, true
}

// Bounds returns the earliest and latest ISO dates an EDTF value with a
// modifier can mean. "late 1958" is 1958-09-01..1958-12-31; "the 1950s" is
// 1950-01-01..1959-12-31. An open end ("by 1972" has no earliest) is "". Both
// are "" for a value Bounds does not understand.
func Bounds(edtf, mod string) (earliest, latest string) {
	iv, ok := edtfInterval(edtf)
	if !ok {
		return "", ""
	}
	if !iv.openFirst && !iv.openLast {
		iv = iv.part(mod)
	}
	first, last := iv.first.ISO(), iv.last.ISO()
	if iv.openFirst {
		first = ""
	}
	if iv.openLast {
		last = ""
	}
	switch mod {
	case "by", "until":
		return "", last
	case "before":
		if iv.openFirst {
			return "", ""
		}
		return "", iv.first.addDays(-1).ISO()
	case "after":
		if iv.openLast {
			return "", ""
		}
		return iv.last.addDays(1).ISO(), ""
	case "since":
		return first, ""
	}
	return first, last
}

// part narrows an interval to the part a modifier names: thirds for early,
// mid and late (of a year, four months each; of a decade, 0–3, 4–6 and 7–9);
// the first or last twelfth (at least one unit) for start and end.
func (iv interval) part(mod string) interval {
	switch mod {
	case "early", "mid", "late", "start", "end":
	default:
		return iv
	}
	units := iv.units()
	n := len(units)
	if n == 0 {
		return iv
	}
	early, late := (n+2)/3, n/3 // a decade splits 4, 3, 3
	edge := (n + 11) / 12
	var lo, hi int
	switch mod {
	case "early":
		lo, hi = 0, early-1
	case "mid":
		lo, hi = early, n-late-1
	case "late":
		lo, hi = n-late, n-1
	case "start":
		lo, hi = 0, edge-1
	case "end":
		lo, hi = n-edge, n-1
	}
	if hi < lo {
		lo, hi = n/2, n/2
	}
	return interval{first: units[lo].first, last: units[hi].last, unit: units[lo].unit}
}

// nth returns the k-th of n equal parts of an interval ("the second half").
func (iv interval) nth(k, n int) (interval, bool) {
	units := iv.units()
	if n < 1 || k < 1 || k > n || len(units) < n {
		return interval{}, false
	}
	lo, hi := (k-1)*len(units)/n, k*len(units)/n-1
	return interval{first: units[lo].first, last: units[hi].last, unit: units[lo].unit}, true
}

// units splits an interval into its calendar units.
func (iv interval) units() []interval {
	var out []interval
	c := iv.first
	end := iv.last.dayNumber()
	sub := map[string]string{"year": "month", "month": "day"}[iv.unit]
	if sub == "" {
		sub = "day"
	}
	for len(out) < 10000 {
		var last civil
		switch iv.unit {
		case "year":
			last = civil{c.Y, 12, 31}
		case "month":
			last = civil{c.Y, c.M, daysIn(c.Y, c.M)}
		default:
			last = c
		}
		if last.dayNumber() > end {
			last = iv.last
		}
		out = append(out, interval{first: c, last: last, unit: sub})
		if last.dayNumber() >= end {
			break
		}
		c = last.addDays(1)
	}
	return out
}

// partEDTF writes the k-th of n parts of a date as EDTF: the halves and
// quarters of a year have codes of their own (1958-40, 1958-35); other parts
// are intervals ("the first half of the nineteenth century": 1800/1849).
func partEDTF(e edtfDate, k, n int) (string, bool) {
	if n == 0 {
		return weekEDTF(e, k)
	}
	if e.x == 0 && e.m == 0 && e.sub == 0 && (n == 2 || n == 4) {
		e.sub = 39 + k
		if n == 4 {
			e.sub = 32 + k
		}
		return e.String(), true
	}
	iv, ok := e.interval()
	if !ok {
		return "", false
	}
	if iv, ok = iv.nth(k, n); !ok {
		return "", false
	}
	lo, hi := edtfDate{y: iv.first.Y, approx: e.approx}, edtfDate{y: iv.last.Y}
	switch {
	case e.x > 0 && iv.first.Y%10 == 0 && iv.last.Y == iv.first.Y+9 && iv.first.Y >= 0:
		lo.x = 1
		return lo.String(), true
	case e.x > 0:
	case e.m > 0 || e.sub > 0:
		lo.m, lo.d, hi.m, hi.d = iv.first.M, iv.first.D, iv.last.M, iv.last.D
	default:
		lo.m, hi.m = iv.first.M, iv.last.M
	}
	return lo.String() + "/" + hi.String(), true
}

// weekEDTF writes the k-th week of a month or year (its days 1–7, 8–14 …)
// as an interval of days; k = -1 is the last seven days.
func weekEDTF(e edtfDate, k int) (string, bool) {
	if e.x > 0 || e.d > 0 || e.sub > 0 || k == 0 || k > 5 {
		return "", false
	}
	iv, ok := e.interval()
	if !ok {
		return "", false
	}
	first := iv.first.addDays(7 * (k - 1))
	last := first.addDays(6)
	if k < 0 {
		last = iv.last
		first = last.addDays(-6)
	}
	if last.dayNumber() > iv.last.dayNumber() {
		return "", false
	}
	lo, hi := edtfDate{y: first.Y, m: first.M, d: first.D}, edtfDate{y: last.Y, m: last.M, d: last.D}
	return lo.String() + "/" + hi.String(), true
}

// EDTFYear returns the first year an EDTF value covers.
func EDTFYear(edtf string) (int, bool) {
	iv, ok := edtfInterval(edtf)
	if !ok || iv.openFirst {
		return 0, false
	}
	return iv.first.Y, true
}

// YearEDTF returns the EDTF value of a whole year: "1958", "0476", "-0043".
func YearEDTF(y int) string { return edtfDate{y: y}.String() }
