package dates

import "github.com/factsheet/factsheet/extract/lex"

// Feast days and quarter days as old records date by them: "Michaelmas
// 1666", "Lady Day", "the feast of St. John, 1520", "St. Bartholomew's
// Day", "the eve of St. Martin", "the morrow of Michaelmas" (the day
// after), "on the morrow" (the day after the date before). The fixed and
// movable feasts are in the lexicon (lex.DateFeasts, lex.DateMovable,
// lex.SaintDays); a feast that moves with Easter takes that year's Easter.

func init() {
	// "the feast of", "the eve of", "the morrow" open dates.
	for _, w := range []string{"feast", "festival", "eve", "vigil", "morrow", "octave", "octaves"} {
		theFollowers[w] = true
	}
}

// feastDay reads a feast named with "the feast of", "the eve of", "the
// morrow of", "the vigil of", "the octave of", or a saint's day ("St.
// John's Day"), with its year if one follows.
func (p *dateParser) feastDay(i int) (dpoint, bool) {
	j, offset := i, 0
	framed := false
	if p.word(j) == "the" {
		switch p.word(j + 1) {
		case "feast", "festival", "day":
		case "eve", "vigil":
			offset = -1
		case "morrow":
			offset = 1
		case "octave", "octaves":
			offset = 7
		default:
			return dpoint{}, false
		}
		if p.word(j+2) != "of" {
			return dpoint{}, false
		}
		j, framed = j+3, true
	}
	m, d, k, movable, ok := p.saintAt(j, framed)
	if !ok && framed {
		m, d, k, movable, ok = p.feastName(j)
		if ok && !p.toks[j].Capital {
			ok = false
		}
	}
	if !ok {
		return dpoint{}, false
	}
	if framed && offset == 0 && movable < -100 && k == j+1 && !p.isSaintWord(j) {
		// "the feast of Michaelmas" is read; "the day of Christmas" too.
	}
	pt := dpoint{from: i, to: k, m: m, d: d}
	y := 0
	if y2, k2, ok := p.feastYear(k); ok {
		y, pt.to = y2, k2
	}
	if movable >= -100 {
		if y == 0 {
			return dpoint{}, false // a movable feast needs its year
		}
		c := easter(y).addDays(movable + offset)
		pt.y, pt.m, pt.d, pt.hasY, pt.yDigits = c.Y, c.M, c.D, true, 4
		return pt, true
	}
	if y == 0 {
		if offset != 0 {
			c := civil{2001, m, d}.addDays(offset) // not a leap year: the eve of 1 March is 28 February
			pt.m, pt.d = c.M, c.D
		}
		return pt, framed || p.word(i-1) == "on" || p.word(i-1) == "at" || p.word(i-1) == "before" || p.word(i-1) == "after" || p.word(i-1) == "till" || p.word(i-1) == "until" || p.word(i-1) == "by"
	}
	c := civil{y, m, d}.addDays(offset)
	pt.y, pt.m, pt.d, pt.hasY, pt.yDigits = c.Y, c.M, c.D, true, 4
	return pt, true
}

// feastYear reads the year after a feast: "1666", ", 1666", "of 1666",
// "in the year 1666".
func (p *dateParser) feastYear(k int) (int, int, bool) {
	j := k
	switch {
	case p.mark(j) == ",":
		j++
	case p.word(j) == "of":
		j++
	case p.word(j) == "in" && p.word(j+1) == "the" && p.word(j+2) == "year":
		j += 3
	}
	if y, next, ok := p.yearNumber(j); ok {
		return y, next, true
	}
	if p.isNum(j) && ndigits(p.toks[j]) == 3 && j > k {
		return num(p.toks[j]), j + 1, true
	}
	return 0, k, false
}

// isSaintWord reports whether token i is "St", "S" or "Saint".
func (p *dateParser) isSaintWord(i int) bool {
	switch p.word(i) {
	case "st", "saint", "s", "sanct":
		return p.isCapital(i)
	}
	return false
}

// saintAt reads a saint's day at i: "St. John", "Saint Bartholomew", "St.
// John the Baptist", "SS. Simon and Jude", with "'s Day" or "'s Eve"
// after it. Outside a frame ("the feast of"), the saint counts only with
// "Day", "Eve" or "Mass" after the name, so that "St. John said" is no
// date.
func (p *dateParser) saintAt(i int, framed bool) (m, d, next, movable int, ok bool) {
	if !p.isSaintWord(i) {
		return 0, 0, i, 0, false
	}
	j := p.dotAfter(i + 1)
	if !p.isCapital(j) {
		return 0, 0, i, 0, false
	}
	best, bestEnd := [2]int{}, -1
	for name, md := range lex.SaintDays {
		k, ok := p.wordsAt(j, splitWords(name)...)
		if ok && k > bestEnd {
			best, bestEnd = md, k
		}
	}
	if bestEnd < 0 {
		return 0, 0, i, 0, false
	}
	k := bestEnd
	if w, ok := p.wordsAt(k, "the", "baptist"); ok {
		k = w
	} else if p.word(k) == "baptist" {
		k++
	}
	eve := 0
	if p.mark(k) == "'" && p.word(k+1) == "s" {
		k += 2
	}
	switch p.word(k) {
	case "day", "tide", "mass":
		k++
	case "eve":
		k, eve = k+1, -1
	default:
		if !framed {
			return 0, 0, i, 0, false
		}
	}
	c := civil{2001, best[0], best[1]}.addDays(eve)
	return c.M, c.D, k, -1000, true
}

// splitWords splits a lexicon phrase at its spaces.
func splitWords(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// morrow reads "the morrow" alone, the day after the date before ("on the
// morrow the army marched"); "the morrow of" a feast is read by feastDay.
func (p *dateParser) morrow(i int) (dpoint, bool) {
	if p.word(i) != "the" || p.word(i+1) != "morrow" || p.word(i+2) == "of" {
		return dpoint{}, false
	}
	return dpoint{from: i, to: i + 2, shift: &Shift{Unit: "day", N: 1}}, true
}
