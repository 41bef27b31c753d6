package dates

import (
	"github.com/factsheet/factsheet/extract/lex"
)

// Periods: decades, centuries, millennia, seasons, quarters and halves, and
// the forms that open with "the".

// theForms reads the dates that open with "the": "the 1950s", "the
// thirties", "the 19th century", "the spring of 1921", "the 5th of March
// 1953", "the year 1958", "the Ides of March".
func (p *dateParser) theForms(i int, ctx ctxLevel) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	j := i + 1
	var best dpoint
	found := false
	try := func(pt dpoint, ok bool) {
		if ok && (!found || pt.to > best.to) {
			best, found = pt, true
		}
	}
	switch t := p.tokAt(j); {
	case isInt(t):
		try(p.decadeNum(j))
		try(p.ordinalPeriod(j))
		if _, _, ordinal, ok := p.dayAt(j); ok && ordinal {
			try(p.dayMonth(j))
		}
	case t.Kind == lex.WordLetters:
		if _, ok := lex.DateSeasons[t.Lower]; ok {
			try(p.seasonFirst(j, ctx))
		}
		if _, ok := lex.DateOrdinals[t.Lower]; ok || lex.TensWords[t.Lower] > 0 {
			try(p.dayMonth(j))
			try(p.ordinalPeriod(j))
		}
		if d, ok := lex.DateDecadeWords[t.Lower]; ok {
			try(dpoint{from: j, to: j + 1, decade: d + 1}, true)
		}
		if lex.DateTeens[t.Lower] > 0 {
			try(p.decadeWords(j))
		}
		switch t.Lower {
		case "year":
			try(p.theYear(j + 1))
		case "ides", "nones", "kalends", "calends":
			try(p.romanDay(j))
		}
	case isMark(t):
		// "the '30s", "the ’30s"
		if t.Lower == "'" && p.isNum(j+1) && p.joined(j+1) {
			n := p.toks[j+1]
			if ndigits(n) == 2 && num(n)%10 == 0 && p.word(j+2) == "s" && p.joined(j+2) {
				try(dpoint{from: j, to: j + 3, decade: num(n)/10 + 1}, true)
			}
		}
	}
	if !found {
		return dpoint{}, false
	}
	best.from = i
	return best, true
}

// tokAt returns token i, or an empty token past the end.
func (p *dateParser) tokAt(i int) lex.Token {
	if i < 0 || i >= len(p.toks) {
		return lex.Token{}
	}
	return p.toks[i]
}

// theYear reads what follows "the year": "1958", "476", "AD 476", "of our
// Lord 1066".
func (p *dateParser) theYear(j int) (dpoint, bool) {
	era := 0
	if k, ok := p.wordsAt(j, "of", "our", "lord"); ok {
		j, era = k, 1
	}
	if pt, ok := p.eraFirst(j); ok {
		return pt, true
	}
	if pt, ok := p.eraYear(j); ok {
		return pt, true
	}
	if !p.isNum(j) || p.toks[j].Form == lex.Grouped || ndigits(p.toks[j]) > 4 || num(p.toks[j]) < 1 {
		return dpoint{}, false
	}
	if p.countAfter(j+1, ctxStrong) {
		return dpoint{}, false
	}
	return dpoint{from: j, to: j + 1, y: num(p.toks[j]), era: era, hasY: true, yDigits: ndigits(p.toks[j])}, true
}

// romanDay reads the Roman days of the month: "the Ides of March" (the
// 15th of March, May, July and October, the 13th of other months), the
// Nones, the Kalends.
func (p *dateParser) romanDay(j int) (dpoint, bool) {
	if p.word(j+1) != "of" {
		return dpoint{}, false
	}
	m, ok := p.monthName(j + 2)
	if !ok {
		return dpoint{}, false
	}
	long := m == 3 || m == 5 || m == 7 || m == 10
	d := 1
	switch p.word(j) {
	case "ides":
		d = 13
		if long {
			d = 15
		}
	case "nones":
		d = 5
		if long {
			d = 7
		}
	}
	pt := dpoint{from: j, to: p.monthEnd(j + 2), m: m, d: d}
	k := pt.to
	if p.mark(k) == "," {
		k++
	}
	if full, ok := p.withYear(pt, k); ok {
		return full, true
	}
	return pt, true
}

// decadeNum reads a decade in figures: "1950s", "1950's", "840s"; "the
// 1800s" is a century. Two-digit decades ("30s") are read only after "the"
// or a modifier ("in his 30s" is an age), or with their apostrophe ("early
// '60s").
func (p *dateParser) decadeNum(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	t := p.toks[i]
	if t.Form == lex.Grouped || num(t)%10 != 0 || ndigits(t) < 2 || ndigits(t) > 4 {
		return dpoint{}, false
	}
	k := i + 1
	switch {
	case p.word(k) == "s" && p.joined(k):
		k++
	case p.mark(k) == "'" && p.joined(k) && p.word(k+1) == "s" && p.joined(k+1):
		k += 2
	case p.word(k) == "s" && ndigits(t) == 4 && !p.toks[k].Capital && p.endsCleanly(k+1) && (k+1 >= len(p.toks) || isMark(p.toks[k+1])):
		k++ // "1990 s"
	default:
		return dpoint{}, false
	}
	if p.joined(i) && !isMark(p.toks[i-1]) {
		return dpoint{}, false
	}
	if ndigits(t) == 2 {
		if p.mark(i-1) == "'" && p.joined(i) && !p.joined(i-1) {
			// "'60s" with its apostrophe is a decade wherever it stands:
			// "the late 1950s and early '60s".
			return dpoint{from: i - 1, to: k, decade: num(t)/10 + 1}, true
		}
		if !p.theBefore(i) {
			return dpoint{}, false
		}
		return dpoint{from: i, to: k, decade: num(t)/10 + 1}, true
	}
	pt := dpoint{from: i, to: k, y: num(t), hasY: true, x: 1, yDigits: ndigits(t)}
	if num(t)%100 == 0 && num(t) != 2000 {
		pt.x = 2 // the 1800s
	}
	return pt, true
}

// theBefore reports whether "the" comes before token i, over modifiers:
// "the 30s", "the mid-30s", "the early thirties".
func (p *dateParser) theBefore(i int) bool {
	j := i - 1
	if p.mark(j) == "'" {
		j--
	}
	if isDash(p.mark(j)) {
		j--
	}
	if _, ok := lex.InnerMods[p.word(j)]; ok {
		j--
	}
	return p.word(j) == "the"
}

// decadeWords reads "nineteen-thirties", "nineteen thirties".
func (p *dateParser) decadeWords(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	c := lex.DateTeens[p.word(i)]
	j := i + 1
	if isDash(p.mark(j)) && p.joined(j) {
		j++
	}
	d, ok := lex.DateDecadeWords[p.word(j)]
	if c == 0 || !ok {
		return dpoint{}, false
	}
	return dpoint{from: i, to: j + 1, y: c*100 + d*10, hasY: true, x: 1, yDigits: 4}, true
}

// ordinalPeriod reads a century or millennium: "19th century",
// "nineteenth-century", "twenty-first century", "5th century BC", "the
// first millennium BC", and the plural that ends a list ("18th centuries").
func (p *dateParser) ordinalPeriod(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	n, j, ok := p.ordinalNum(i)
	if !ok {
		n, j, ok = p.ordinalWord(i)
	}
	if !ok || n < 1 {
		return dpoint{}, false
	}
	if isDash(p.mark(j)) && p.joined(j) {
		j++
	}
	pt := dpoint{from: i, hasY: true, yDigits: 4}
	switch p.word(j) {
	case "century", "centuries", "c":
		if p.word(j) == "c" && (p.mark(j+1) != "." || n > 21) {
			return dpoint{}, false
		}
		pt.x, pt.unit, pt.y = 2, "century", (n-1)*100
	case "millennium", "millennia", "millenium":
		pt.x, pt.unit, pt.y = 3, "millennium", (n-1)*1000
	default:
		return dpoint{}, false
	}
	pt.to = j + 1
	if pt.unit == "century" && p.word(j) == "c" {
		pt.to = j + 2
	}
	if era, k, ok := p.eraAt(pt.to); ok {
		pt.era, pt.to = era, k
	}
	if pt.era >= 0 && (pt.unit == "century" && n > 21 || pt.unit == "millennium" && n > 3) || n > 99 ||
		pt.unit == "millennium" && n > 10 {
		return dpoint{}, false
	}
	return pt, true
}

// seasonFirst reads a season: "spring 1921", "the spring of 1921", "the
// winter of 1932–33" (a winter takes the year it begins in) and, after "in"
// or "during", a season alone ("in the spring": its year comes from the
// context).
func (p *dateParser) seasonFirst(i int, ctx ctxLevel) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	t := p.toks[i]
	s := lex.DateSeasons[t.Lower]
	if t.Capital && i > 0 && p.toks[i-1].Kind == lex.WordLetters && p.toks[i-1].Capital && !p.sentenceStart(i-1) {
		return dpoint{}, false // "the Prague Spring", "the Arab Spring"
	}
	pt := dpoint{from: i, to: i + 1, sub: s}
	j := i + 1
	of := false
	switch {
	case p.word(j) == "of":
		j, of = j+1, true
	case p.mark(j) == ",":
		j++
	}
	if full, ok := p.withYear(pt, j); ok {
		// "the winter of 1932–33", "winter 1941/42"
		k := full.to
		if m := p.mark(k); (isDash(m) || m == "/") && p.isNum(k+1) && full.era == 0 {
			n := p.toks[k+1]
			if ndigits(n) == 2 && num(n) == (full.y+1)%100 || ndigits(n) == 4 && num(n) == full.y+1 {
				if s != 24 {
					return dpoint{}, false // "summer 1941–42" is a range of years
				}
				full.to = k + 2
			}
		}
		return full, true
	}
	if of {
		return dpoint{}, false // "the fall of Rome"
	}
	// A season alone: "in the spring", "during winter".
	k := i - 1
	if p.word(k) == "the" {
		k--
	}
	if ctx >= ctxStrong && k < i-1 || monthContextWords[p.word(k)] && p.word(k) != "of" && p.word(k) != "to" &&
		p.word(k) != "and" && p.word(k) != "or" && p.word(k) != "on" {
		if k == i-1 && p.word(k) != "in" && p.word(k) != "during" && p.word(k) != "by" && p.word(k) != "until" &&
			p.word(k) != "since" && p.word(k) != "through" && p.word(k) != "throughout" {
			return dpoint{}, false
		}
		return pt, true
	}
	return dpoint{}, false
}

// quarterFirst reads "Q1 1958", "Q3 of 2019", "q1-2019", "H2 2019".
func (p *dateParser) quarterFirst(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	w := p.word(i)
	if (w != "q" && w != "h") || !p.isNum(i+1) || !p.joined(i+1) {
		return dpoint{}, false
	}
	n := num(p.toks[i+1])
	sub := 32 + n
	if w == "h" {
		sub = 39 + n
	}
	if n < 1 || w == "q" && n > 4 || w == "h" && n > 2 {
		return dpoint{}, false
	}
	j := i + 2
	switch {
	case p.word(j) == "of":
		j++
	case isDash(p.mark(j)) && p.joined(j) && p.joined(j+1):
		j++
	}
	y, k, ok := p.yearNumber(j)
	if !ok {
		return dpoint{}, false
	}
	return dpoint{from: i, to: k, y: y, hasY: true, yDigits: 4, sub: sub}, true
}

// yearQuarter reads "2019 Q1", "2017-q1", "2019 H2".
func (p *dateParser) yearQuarter(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	y, j, ok := p.yearNumber(i)
	if !ok {
		return dpoint{}, false
	}
	if isDash(p.mark(j)) && p.joined(j) && p.joined(j+1) {
		j++
	}
	w := p.word(j)
	if (w != "q" && w != "h") || !p.isNum(j+1) || !p.joined(j+1) {
		return dpoint{}, false
	}
	n := num(p.toks[j+1])
	if n < 1 || w == "q" && n > 4 || w == "h" && n > 2 {
		return dpoint{}, false
	}
	sub := 32 + n
	if w == "h" {
		sub = 39 + n
	}
	return dpoint{from: i, to: j + 2, y: y, hasY: true, yDigits: 4, sub: sub}, true
}
