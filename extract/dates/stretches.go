package dates

import "github.com/factsheet/factsheet/extract/lex"

// Stretches of time counted from a date: "the past decade", "the last three
// years", "the next five years", "the previous two months", "the following
// decades", "the past few weeks". Each is a run of whole units that ends
// where its anchor is (the past, the last, the previous) or begins there
// (the next, the coming, the following); its Shift has Stretch set and N
// the number of units, negative for a stretch before the anchor.
//
// The value is an EDTF interval at the precision of the unit counted: years
// for years, decades and centuries ("the past decade" written on 3 May 2020
// is 2010/2020), months for months ("the past six months" is 2019-11/2020-05),
// days for weeks and days. A historian reading "the past decade" knows the
// years it covers, not the days: the interval says no more than the text
// does, and its earliest and latest days still hold the stretch whole.
//
// "the past", "the last" and "the coming" count from the time of writing
// (they are deictic, like "last year"); "the previous", "the preceding",
// "the next", "the following" and "the ensuing" count from the date of the
// narrative, as "the following year" does. With no count and a plural unit
// ("the coming months", "the past few years") the stretch is vague.

// stretchOpeners are the words after "the" that open a stretch of time,
// with its direction and whether it counts from the time of writing.
var stretchOpeners = map[string]struct {
	sign    int
	deictic bool
}{
	"past": {-1, true}, "last": {-1, true}, "coming": {1, true},
	"previous": {-1, false}, "preceding": {-1, false}, "prior": {-1, false},
	"next": {1, false}, "following": {1, false}, "ensuing": {1, false},
	"subsequent": {1, false}, "succeeding": {1, false},
}

// stretchPrepositions are the words before "the last year" that make it the
// year up to now ("in the last year") rather than the final one ("it was
// the last year of the war").
var stretchPrepositions = lex.SetOf("in", "over", "during", "throughout", "within", "for", "across", "through")

// stretchEnds are the words after a would-be stretch that make it something
// else: "the last three years of his life", "the last year before the war",
// "the past decade that", "the next two years later".
var stretchEnds = lex.SetOf("of", "before", "after", "ago", "later", "earlier", "prior", "since", "until", "till")

// stretch reads a stretch of time at i ("the past three years").
func (p *dateParser) stretch(i int) (dpoint, bool) {
	if p.word(i) != "the" {
		return dpoint{}, false
	}
	op, ok := stretchOpeners[p.word(i+1)]
	if !ok {
		return dpoint{}, false
	}
	j := i + 2
	var unit string
	var n, per, k int
	vague := false
	if c, ok := p.wordsAt(j, "couple", "of"); ok {
		u, pr, next, ok := p.unitAt(c) // "the past couple of years"
		if !ok || !isPlural(p.word(c)) {
			return dpoint{}, false
		}
		n, unit, per, k = 2, u, pr, next
	} else if c, next, v, counted := p.countAt(j); counted && c != -2 && !(c == 1 && !v) {
		u, pr, next2, ok := p.unitAt(next)
		if !ok {
			return dpoint{}, false
		}
		n, vague, unit, per, k = c, v, u, pr, next2
		if vague {
			n = 1
		}
	} else {
		w := p.word(j)
		u, found := lex.DateUnits[w]
		if !found {
			return dpoint{}, false
		}
		unit, per, n, k = u.Unit, u.N, 1, j+1
		switch {
		case isPlural(w):
			vague = true // "the coming months"
		case op.sign > 0 || !op.deictic:
			return dpoint{}, false // "the next year", "the previous decade": one unit (relativeTo)
		case p.word(i+1) == "last" && !stretchPrepositions[p.word(i-1)]:
			return dpoint{}, false // "the last year of the war", "1913 was the last year"
		case w == "century" && p.word(i+1) == "last":
			if stretchEnds[p.word(k)] {
				return dpoint{}, false
			}
			// "in the last century": the one before this, as "last century".
			return dpoint{from: i, to: k, shift: &Shift{Unit: "century", N: -1, Deictic: true}}, true
		}
	}
	if stretchEnds[p.word(k)] {
		return dpoint{}, false
	}
	s := &Shift{Unit: unit, N: op.sign * n * per, Deictic: op.deictic, Stretch: true, Vague: vague}
	return dpoint{from: i, to: k, shift: s}, true
}

// stretchFrom resolves a stretch of time against its anchor: the |N| units
// that end at the anchor (up to and including it when counted from the
// time of writing, just before it in a narrative) or begin there (from it
// when counted from the time of writing, just after it in a narrative). The
// anchor must be given at least to the unit counted: "the past two weeks"
// needs a day.
func (s Shift) stretchFrom(anchor string) (string, bool) {
	lo, hi, _, ok := parseEDTF(anchor)
	if !ok || lo.open || hi.open || lo.x > 0 || hi.x > 0 || s.N == 0 {
		return "", false
	}
	switch s.Unit {
	case "month":
		if lo.m == 0 || hi.m == 0 {
			return "", false
		}
	case "day":
		if lo.d == 0 || hi.d == 0 {
			return "", false
		}
	case "year":
	default:
		return "", false
	}
	a, ok1 := lo.interval()
	b, ok2 := hi.interval()
	if !ok1 || !ok2 {
		return "", false
	}
	add := func(c civil, n int) civil {
		switch s.Unit {
		case "year":
			return addMonths(c, 12*n)
		case "month":
			return addMonths(c, n)
		}
		return c.addDays(n)
	}
	var first, last civil
	switch n := s.N; {
	case n < 0 && s.Deictic:
		last = b.last
		first = add(last, n).addDays(1)
	case n < 0:
		first, last = add(a.first, n), a.first.addDays(-1)
	case s.Deictic:
		first = a.first
		last = add(first, n).addDays(-1)
	default:
		first = b.last.addDays(1)
		last = add(first, n).addDays(-1)
	}
	at := func(c civil) edtfDate {
		switch s.Unit {
		case "year":
			return edtfDate{y: c.Y}
		case "month":
			return edtfDate{y: c.Y, m: c.M}
		}
		return edtfDate{y: c.Y, m: c.M, d: c.D}
	}
	from, to := at(first).String(), at(last).String()
	if from == to {
		return from, true
	}
	return from + "/" + to, true
}

// addMonths moves a day by n months, keeping its day of the month where
// the month has it and taking the month's last day where it has not (31
// March less one month is 29 or 28 February).
func addMonths(c civil, n int) civil {
	k := c.Y*12 + c.M - 1 + n
	y, m := floorDiv(k, 12), k-floorDiv(k, 12)*12+1
	return civil{y, m, min(c.D, daysIn(y, m))}
}
