package dates

import "github.com/factsheet/factsheet/extract/lex"

// Runs of parts of a date: "the first three quarters of 2021", "the first
// six months of 1941", "the last two weeks of August 1914", "the first
// five years of the 1950s". The value is the interval the run covers, at
// the precision of its unit: months for months and quarters, days for
// weeks and days, years for years.

// partRunUnits maps the plural units of a run to how it is counted: the
// calendar unit and how many of it one is.
var partRunUnits = map[string]struct {
	unit string
	n    int
}{
	"months": {"month", 1}, "quarters": {"month", 3}, "weeks": {"day", 7}, "days": {"day", 1},
	"years": {"year", 1}, "decades": {"year", 10},
}

// partRun reads "the first three quarters of 2021" at i.
func (p *dateParser) partRun(i int) (dpoint, bool) {
	if p.word(i) != "the" {
		return dpoint{}, false
	}
	first := false
	switch p.word(i + 1) {
	case "first", "opening", "initial":
		first = true
	case "last", "final", "closing":
	default:
		return dpoint{}, false
	}
	n, k, vague, ok := p.countAt(i + 2)
	if !ok {
		// "three quarters", "two halves": units the count reader does not
		// take for time.
		if v, found := lex.WordValue(p.word(i + 2)); found {
			n, k, ok = int(v), i+3, v == float64(int(v))
		} else if t := p.tokAt(i + 2); isInt(t) && ndigits(t) <= 2 {
			n, k, ok = num(t), i+3, true
		}
	}
	if !ok || vague || n < 2 || n > 100 {
		return dpoint{}, false
	}
	u, ok := partRunUnits[p.word(k)]
	if !ok || p.word(k+1) != "of" {
		return dpoint{}, false
	}
	pt, ok := p.point(k+2, ctxStrong)
	if !ok || pt.bare || pt.mod != "" || pt.part != [2]int{} || pt.turn {
		return dpoint{}, false
	}
	d, ok := p.toDate(pt)
	if !ok || d.Shift != nil || d.EDTF == "" {
		return dpoint{}, false
	}
	iv, ok := edtfInterval(d.EDTF)
	if !ok || iv.openFirst || iv.openLast {
		return dpoint{}, false
	}
	count := n * u.n
	var lo, hi civil
	if first {
		lo = iv.first
		hi = runAdd(lo, u.unit, count).addDays(-1)
	} else {
		hi = iv.last
		lo = runAdd(hi.addDays(1), u.unit, -count)
	}
	if hi.dayNumber() > iv.last.dayNumber() || lo.dayNumber() < iv.first.dayNumber() || hi.dayNumber() == iv.last.dayNumber() && lo.dayNumber() == iv.first.dayNumber() {
		return dpoint{}, false // "the first fourteen months of 1941": more than the year
	}
	at := func(c civil) string {
		switch u.unit {
		case "year":
			return edtfDate{y: c.Y}.String()
		case "month":
			return edtfDate{y: c.Y, m: c.M}.String()
		}
		return edtfDate{y: c.Y, m: c.M, d: c.D}.String()
	}
	return dpoint{from: i, to: pt.to, fixed: at(lo) + "/" + at(hi)}, true
}

// runAdd moves a day by n units of a run.
func runAdd(c civil, unit string, n int) civil {
	switch unit {
	case "year":
		return addMonths(c, 12*n)
	case "month":
		return addMonths(c, n)
	}
	return c.addDays(n)
}
