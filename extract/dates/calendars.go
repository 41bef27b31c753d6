package dates

import "github.com/factsheet/factsheet/extract/lex"

// Old year styles: the era written before the year ("B.C. 490", as old
// histories set it in the margin), "the year 410 of our era", the years of
// Rome counted from the founding of the city (A.U.C.), and Old Style and
// New Style dates ("11 Feb. 1731/2", "5 November 1688 (O.S.)").

// eraBefore reads "B.C. 490", "BC 490", "B.C.E. 490": the era before a year
// before Christ ("A.D. 476" is read by eraFirst).
func (p *dateParser) eraBefore(i int) (dpoint, bool) {
	era, k, ok := p.eraAt(i)
	if !ok || era > 0 || !p.isNum(k) || p.toks[k].Form == lex.Grouped || ndigits(p.toks[k]) > 5 || num(p.toks[k]) < 1 {
		return dpoint{}, false
	}
	return dpoint{from: i, to: k + 1, y: num(p.toks[k]), era: -1, hasY: true, yDigits: ndigits(p.toks[k])}, true
}

// ourEra reads "410 of our era", "the year 410 of our era", "the year 410
// of the Christian era": years anno Domini.
func (p *dateParser) ourEra(i int) (dpoint, bool) {
	j := i
	if k, ok := p.wordsAt(j, "the", "year"); ok {
		j = k
	}
	if !p.isNum(j) || p.toks[j].Form == lex.Grouped || ndigits(p.toks[j]) > 4 || num(p.toks[j]) < 1 {
		return dpoint{}, false
	}
	k := j + 1
	if p.mark(k) == "," {
		k++
	}
	if p.word(k) != "of" {
		return dpoint{}, false
	}
	for _, words := range ourEraWords {
		if end, ok := p.wordsAt(k, words...); ok {
			return dpoint{from: i, to: end, y: num(p.toks[j]), era: 1, hasY: true, yDigits: ndigits(p.toks[j])}, true
		}
	}
	return dpoint{}, false
}

// ourEraWords are the words after a year that make it a year anno Domini.
var ourEraWords = [][]string{{"of", "our", "era"}, {"of", "the", "christian", "era"}, {"of", "the", "vulgar", "era"},
	{"of", "the", "common", "era"}, {"of", "our", "lord"}, {"of", "grace"}, {"of", "the", "incarnation"}}

// aucFounding is the year before Christ in which Rome was founded, by
// Varro's reckoning: A.U.C. 1 is 753 B.C., and a year before Christ is 754
// less the year of the city (A.U.C. 754 is A.D. 1).
const aucFounding = 753

// aucYear reads a year counted from the founding of Rome: "A.U.C. 612",
// "U.C. 612", "612 A.U.C.", "the year of the city 612", "the year of Rome
// 612", "in the 612th year of the city". The year is converted to
// astronomical numbering (A.U.C. 612 is 142 B.C., -0141), the text kept
// as written.
func (p *dateParser) aucYear(i int) (dpoint, bool) {
	auc := func(n, to int) (dpoint, bool) {
		if n < 1 || n > 2300 {
			return dpoint{}, false
		}
		y := n - aucFounding // astronomical: 1 B.C. is 0
		if y >= 1 {
			return dpoint{from: i, to: to, y: y, era: 1, hasY: true, yDigits: 4}, true
		}
		return dpoint{from: i, to: to, y: 1 - y, era: -1, hasY: true, yDigits: 4}, true
	}
	// "612 A.U.C."
	if p.isNum(i) && p.toks[i].Form != lex.Grouped {
		if k, ok := p.aucLetters(i + 1); ok {
			return auc(num(p.toks[i]), k)
		}
		return dpoint{}, false
	}
	// "A.U.C. 612", "U.C. 612"
	if k, ok := p.aucLetters(i); ok && p.isNum(k) && p.toks[k].Form != lex.Grouped {
		return auc(num(p.toks[k]), k+1)
	}
	// "the year of the city 612", "the year of Rome 612"
	if k, ok := p.wordsAt(i, "the", "year", "of"); ok {
		if k2, ok := p.wordsAt(k, "the", "city"); ok {
			k = k2
		} else if p.word(k) == "rome" {
			k++
		} else {
			return dpoint{}, false
		}
		if p.mark(k) == "," {
			k++
		}
		if p.isNum(k) && p.toks[k].Form != lex.Grouped {
			return auc(num(p.toks[k]), k+1)
		}
		return dpoint{}, false
	}
	// "the 612th year of the city", "the 612th year of Rome"
	if p.word(i) == "the" && p.isNum(i+1) && p.joined(i+2) {
		switch p.word(i + 2) {
		case "st", "nd", "rd", "th", "d":
		default:
			return dpoint{}, false
		}
		if k, ok := p.wordsAt(i+3, "year", "of", "the", "city"); ok {
			return auc(num(p.toks[i+1]), k)
		}
		if k, ok := p.wordsAt(i+3, "year", "of", "rome"); ok {
			return auc(num(p.toks[i+1]), k)
		}
	}
	return dpoint{}, false
}

// aucLetters reads "A.U.C.", "U.C.", "AUC" at i and returns the index after.
func (p *dateParser) aucLetters(i int) (int, bool) {
	if t := p.tokAt(i); t.Kind == lex.WordLetters && t.AllCaps && (t.Lower == "auc" || t.Lower == "uc") {
		return p.dotAfter(i + 1), true
	}
	letters, j := "", i
	for j+1 < len(p.toks) && p.toks[j].Kind == lex.WordLetters && len(p.toks[j].Lower) == 1 && p.toks[j].AllCaps &&
		p.mark(j+1) == "." && (j == i || p.joined(j)) {
		letters += p.toks[j].Lower
		j += 2
	}
	if letters == "auc" || letters == "uc" {
		return j, true
	}
	return i, false
}

// oldStyle reads the mark of the calendar after a date: "O.S.", "(O.S.)",
// "Old Style", "N.S.", "(N.S.)", "New Style". A date of Old Style after the
// Gregorian reform of 1582 is Julian; one of New Style Gregorian. A dual
// year ("1731/2") already says Old Style.
func (p *dateParser) oldStyle(pt dpoint) dpoint {
	k := pt.to
	if p.mark(k) == "," && (p.word(k+1) == "old" || p.word(k+1) == "new" || p.word(k+1) == "o" || p.word(k+1) == "n") {
		k++
	}
	open := p.mark(k) == "("
	if open {
		k++
	}
	style, end := "", k
	switch {
	case p.word(k) == "o" && p.mark(k+1) == "." && p.word(k+2) == "s" && p.mark(k+3) == "." && p.isCapital(k):
		style, end = "os", k+4
	case p.word(k) == "n" && p.mark(k+1) == "." && p.word(k+2) == "s" && p.mark(k+3) == "." && p.isCapital(k):
		style, end = "ns", k+4
	case p.word(k) == "old" && p.word(k+1) == "style":
		style, end = "os", k+2
	case p.word(k) == "new" && p.word(k+1) == "style":
		style, end = "ns", k+2
	}
	if style == "" {
		return pt
	}
	if open {
		if p.mark(end) != ")" {
			return pt
		}
		end++
	}
	pt.to = end
	if style == "os" && pt.hasY && !before1582(civil{pt.y, max(pt.m, 1), max(pt.d, 1)}) {
		pt.calendar = "julian"
	} else {
		pt.calendar = ""
	}
	return pt
}

// JulianBounds is Bounds for a date given in the Julian calendar: its
// earliest and latest days, turned into the Gregorian calendar of ISO
// 8601 (11 February 1731/2, Old Style, is 22 February 1732).
func JulianBounds(edtf, mod string) (earliest, latest string) {
	earliest, latest = Bounds(edtf, mod)
	return julianToGregorian(earliest), julianToGregorian(latest)
}

// julianToGregorian turns an ISO date (YYYY-MM-DD, years 1 to 9999) read
// as Julian into the Gregorian date of the same day; anything else is
// returned as it is.
func julianToGregorian(iso string) string {
	var c civil
	if len(iso) != 10 || iso[4] != '-' || iso[7] != '-' {
		return iso
	}
	for _, part := range []struct {
		s   string
		dst *int
	}{{iso[:4], &c.Y}, {iso[5:7], &c.M}, {iso[8:], &c.D}} {
		n := 0
		for i := 0; i < len(part.s); i++ {
			if !lex.IsDigit(part.s[i]) {
				return iso
			}
			n = n*10 + int(part.s[i]-'0')
		}
		*part.dst = n
	}
	y := c.Y
	if c.M <= 2 {
		y-- // the Julian leap day of a century year falls before the shift grows
	}
	diff := y/100 - y/400 - 2
	return c.addDays(diff).ISO()
}

// styleBefore reads "O.S." or "N.S." between a day and its year ("October
// 5, N.S. 1683") and returns the style ("os", "ns") and the index of the
// year; where there is none, it returns i.
func (p *dateParser) styleBefore(i int) (string, int) {
	if p.isCapital(i) && p.mark(i+1) == "." && p.word(i+2) == "s" && p.mark(i+3) == "." && p.isNum(i+4) {
		switch p.word(i) {
		case "o":
			return "os", i + 4
		case "n":
			return "ns", i + 4
		}
	}
	return "", i
}

// oldCitationBefore reports whether the number at i follows a lower-case
// Roman numeral and its stop, maybe after other numbers of a list: "iii.
// 424", "i. 124, 206" (volume and page, as old notes cite).
func (p *dateParser) oldCitationBefore(i int) bool {
	j := i - 1
	for steps := 0; steps < 6 && j >= 1 && (p.mark(j) == "," || p.isNum(j)); steps++ {
		j--
	}
	return j >= 1 && p.mark(j) == "." && p.joined(j) && p.toks[j-1].Kind == lex.WordLetters &&
		lex.RomanLower(p.text[p.toks[j-1].Start:p.toks[j-1].End]) && p.toks[j-1].Lower != "l"
}
