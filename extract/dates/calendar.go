package dates

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// Calendar dates: years, months and days, in words and in numbers, with
// their eras ("44 BC", "AD 476") and the feasts sources date by.

// monthName reads a month name at i. Month names that are also words ("May",
// "March") count only with a capital.
func (p *dateParser) monthName(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != lex.WordLetters {
		return 0, false
	}
	t := p.toks[i]
	m := lex.DateMonths[t.Lower]
	if m == 0 || lex.MonthIsWord[t.Lower] && !t.Capital {
		return 0, false
	}
	if monthAbbrev(t.Lower) && !t.Capital {
		return 0, false // abbreviations only with a capital: "Dec", "Sept"
	}
	return m, true
}

// monthAbbrev reports whether a month word is an abbreviation ("Sept").
func monthAbbrev(w string) bool { return len(w) <= 4 && w != "may" && w != "june" && w != "july" }

// ordinalNum reads "5th", "21st", "2nd" at i.
func (p *dateParser) ordinalNum(i int) (int, int, bool) {
	if !p.isNum(i) || ndigits(p.toks[i]) > 2 || p.toks[i].Form == lex.Grouped {
		return 0, 0, false
	}
	switch p.word(i + 1) {
	case "st", "nd", "rd", "th", "d":
		if p.joined(i + 1) {
			return num(p.toks[i]), i + 2, true
		}
	}
	return 0, 0, false
}

// ordinalWord reads "fifth", "twenty-first", "thirty first", "twentieth" at i.
func (p *dateParser) ordinalWord(i int) (int, int, bool) {
	w := p.word(i)
	if o, ok := lex.DateOrdinals[w]; ok {
		return o, i + 1, true
	}
	if tens := lex.TensWords[w]; tens > 0 {
		j := i + 1
		if isDash(p.mark(j)) && p.joined(j) {
			j++
		}
		if o, ok := lex.DateOrdinals[p.word(j)]; ok && o < 10 {
			return tens + o, j + 1, true
		}
	}
	return 0, 0, false
}

// dayAt reads a day of the month at i: "5", "05", "5th", "fifth",
// "the fifth" when the is allowed.
func (p *dateParser) dayAt(i int) (day, next int, ordinal, ok bool) {
	if o, k, ok := p.ordinalNum(i); ok {
		return o, k, true, o >= 1 && o <= 31
	}
	if o, k, ok := p.ordinalWord(i); ok {
		return o, k, true, o >= 1 && o <= 31
	}
	if p.isNum(i) && ndigits(p.toks[i]) <= 2 && p.toks[i].Form != lex.Grouped {
		n := num(p.toks[i])
		return n, i + 1, false, n >= 1 && n <= 31
	}
	return 0, 0, false, false
}

// eraAt reads an era after a year: BC, B.C., BCE, B.C.E., AD, A.D., CE, C.E.
func (p *dateParser) eraAt(i int) (era, next int, ok bool) {
	if i >= len(p.toks) || p.toks[i].Kind != lex.WordLetters || !p.toks[i].Capital {
		return 0, i, false
	}
	switch w := p.toks[i]; {
	case w.AllCaps && (w.Lower == "bc" || w.Lower == "bce"):
		return -1, i + 1, true
	case w.AllCaps && (w.Lower == "ad" || w.Lower == "ce"):
		return 1, i + 1, true
	}
	// Dotted: B.C., B.C.E., A.D., C.E.
	letters := ""
	j := i
	for j+1 < len(p.toks) && p.toks[j].Kind == lex.WordLetters && len(p.toks[j].Lower) == 1 && p.toks[j].AllCaps &&
		p.mark(j+1) == "." && (j == i || p.joined(j)) {
		letters += p.toks[j].Lower
		j += 2
	}
	switch letters {
	case "bc", "bce":
		return -1, j, true
	case "ad", "ce":
		return 1, j, true
	}
	return 0, i, false
}

// endsWithEra reports whether the tokens before i end with an era: "BCE" or
// "B.C." of "27 BCE-286 CE".
func (p *dateParser) endsWithEra(i int) bool {
	for k := max(i-4, 0); k < i; k++ {
		if _, next, ok := p.eraAt(k); ok && next == i {
			return true
		}
	}
	return false
}

// yearAt reads a year after a month, a day or a season: "1953", "44 BC",
// "AD 476", "10,000 BC". Years of one or two digits need an era.
func (p *dateParser) yearAt(i int) (y, era, digits, next int, ok bool) {
	if e, k, ok := p.eraAt(i); ok && e > 0 && p.isNum(k) && p.toks[k].Form != lex.Grouped {
		return num(p.toks[k]), e, ndigits(p.toks[k]), k + 1, num(p.toks[k]) >= 1 && ndigits(p.toks[k]) <= 4
	}
	if !p.isNum(i) {
		return 0, 0, 0, i, false
	}
	t := p.toks[i]
	if e, k, ok := p.eraAt(i + 1); ok {
		if num(t) < 1 || ndigits(t) > 6 {
			return 0, 0, 0, i, false
		}
		return num(t), e, ndigits(t), k, true
	}
	if t.Form == lex.Grouped || ndigits(t) < 3 || ndigits(t) > 4 {
		return 0, 0, 0, i, false
	}
	return num(t), 0, ndigits(t), i + 1, true
}

// yearNumber reads a plain four-digit year at i.
func (p *dateParser) yearNumber(i int) (int, int, bool) {
	if !p.isNum(i) || ndigits(p.toks[i]) != 4 || p.toks[i].Form == lex.Grouped {
		return 0, i, false
	}
	return num(p.toks[i]), i + 1, true
}

// withYear completes a point with the year at i, if there is one, and the
// second year of an Old Style/New Style dual date ("11 February 1731/2":
// the year began on 25 March, so the date is 1732 in today's reckoning).
func (p *dateParser) withYear(pt dpoint, i int) (dpoint, bool) {
	style, i := p.styleBefore(i) // "October 5, N.S. 1683"
	y, era, digits, k, ok := p.yearAt(i)
	if !ok {
		return pt, false
	}
	pt.y, pt.era, pt.yDigits, pt.hasY, pt.to = y, era, digits, true, k
	if era == 0 && y <= 1752 && pt.m >= 1 && pt.m <= 3 && p.mark(k) == "/" && p.joined(k) && p.isNum(k+1) && p.joined(k+1) {
		n := p.toks[k+1]
		if ndigits(n) <= 2 && num(n) == (y+1)%pow10(ndigits(n)) {
			pt.y, pt.to = y+1, k+2
			if y >= 1582 {
				pt.calendar = "julian" // a dual year is Old Style
			}
		}
	}
	if style == "os" && y >= 1583 {
		pt.calendar = "julian"
	}
	pt = p.oldStyle(pt)
	if p.mark(pt.to) == "?" && p.joined(pt.to) {
		pt.uncertain, pt.to = true, pt.to+1
	}
	return pt, true
}

// dayMonth reads a date that opens with its day: "5 March 1953", "5th
// March, 1953", "5th of March 1953", "the fifth of March", "05-Aug-2016",
// "15 March" (no year: its year comes from the context).
func (p *dateParser) dayMonth(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	d, j, ordinal, ok := p.dayAt(i)
	if !ok || i > 0 && isMoneyMark(p.toks[i-1].Lower) {
		return dpoint{}, false
	}
	if ordinal && p.word(j) == "day" && p.word(j+1) == "of" {
		j++ // "the 15th day of June"
	}
	sep := ""
	switch {
	case p.word(j) == "of":
		j++
	case (isDash(p.mark(j)) || p.mark(j) == "/") && p.joined(j) && p.joined(j+1):
		sep = p.mark(j)
		j++
	case !ordinal && !isInt(p.toks[i]):
		return dpoint{}, false
	}
	m, ok := p.monthName(j)
	lowerOnly := false
	if !ok {
		// "14 nov 2023": a month in lower case, between a day and a year.
		if m = lex.DateMonths[p.word(j)]; m == 0 || p.toks[j].Capital {
			return dpoint{}, false
		}
		lowerOnly = true
	}
	if p.toks[i].Kind == lex.WordLetters && !ordinal {
		return dpoint{}, false
	}
	j = p.monthEnd(j)
	pt := dpoint{from: i, to: j, m: m, d: d}
	if sep != "" {
		if p.mark(j) != sep || !p.joined(j) {
			return dpoint{}, false
		}
		return p.withYear(pt, j+1) // 05-Aug-2016, 23/sep/2020
	}
	k := j
	switch {
	case p.mark(k) == ",":
		k++
	case p.word(k) == "of" && p.isNum(k+1):
		k++
	}
	if full, ok := p.withYear(pt, k); ok {
		return full, true
	}
	if lowerOnly {
		return dpoint{}, false
	}
	return pt, true
}

// monthFirst reads a date that opens with its month: "March 1953", "March,
// 1953", "March of 1953", "Mar. 1953", "Dec/2018", "March 5, 1953", "March
// 5th 1953", "March the fifth, 1953", "March 5" and, after a word such as
// "in" or "by", "March" alone.
func (p *dateParser) monthFirst(i int, ctx ctxLevel) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	m, ok := p.monthName(i)
	lowerOK := false
	if !ok {
		// Lower-case month names that are not words ("april 2017") are
		// months when a day or a year follows.
		t := p.toks[i]
		if m = lex.DateMonths[t.Lower]; m == 0 || lex.MonthIsWord[t.Lower] || monthAbbrev(t.Lower) {
			return dpoint{}, false
		}
		lowerOK = true
	}
	j := p.monthEnd(i)
	pt := dpoint{from: i, to: j, m: m}
	// Numeric separators: Dec/2018, Dec-2018, Sep-23-2020.
	if sep := p.mark(j); (sep == "/" || isDash(sep)) && p.joined(j) && p.joined(j+1) {
		if full, ok := p.withYear(pt, j+1); ok && full.yDigits == 4 {
			return full, true
		}
		if d, k, _, ok := p.dayAt(j + 1); ok && p.mark(k) == sep && p.joined(k) {
			pt.d = d
			if full, ok := p.withYear(pt, k+1); ok && full.yDigits == 4 {
				return full, true
			}
		}
		return dpoint{}, false
	}
	k := j
	if p.word(k) == "the" {
		if d, k2, ordinal, ok := p.dayAt(k + 1); ok && ordinal {
			pt.d, pt.to = d, k2
		}
	} else if d, k2, _, ok := p.dayAt(k); ok && !(p.isNum(k) && ndigits(p.toks[k]) > 2) {
		if _, _, isEra := p.eraAt(k2); !isEra {
			pt.d, pt.to = d, k2
		}
	}
	if pt.d > 0 {
		k = pt.to
		if p.mark(k) == "," || p.word(k) == "of" && p.isNum(k+1) {
			k++
		}
		if full, ok := p.withYear(pt, k); ok {
			return full, true
		}
		return pt, true
	}
	switch {
	case p.mark(k) == ",":
		k++
	case p.word(k) == "of":
		k++
	}
	if full, ok := p.withYear(pt, k); ok {
		return full, true
	}
	// A month alone is a date only after a word that makes it one.
	if lowerOK || monthAbbrev(p.toks[i].Lower) && p.mark(i+1) != "." {
		if ctx < ctxStrong {
			return dpoint{}, false
		}
	}
	if ctx >= ctxStrong || p.monthContext(i) {
		pt.to = j
		return pt, true
	}
	return dpoint{}, false
}

// monthContextWords are the words after which a month name alone is a date
// ("in March", "by May").
var monthContextWords = lex.SetOf("in", "during", "by", "until", "till", "since", "before", "after",
	"throughout", "through", "from", "of", "early", "late", "mid", "last", "next", "that", "this",
	"following", "previous", "preceding", "each", "every", "around", "on", "to", "into", "between",
	"and", "or")

// monthContext reports whether the month name at i stands as a date: after
// "in", "by" and the like, and not at the head of a name ("the March on Rome").
func (p *dateParser) monthContext(i int) bool {
	w := p.word(i - 1)
	compared := (w == "with" || w == "to") && p.word(i-2) == "compared" || w == "versus" ||
		p.mark(i-1) == "." && p.word(i-2) == "vs" && p.joined(i-1) || w == "vs"
	switch {
	case compared:
		// "rose 7.5 percent compared with May", "versus May": the figure
		// of another month.
	case !monthContextWords[w]:
		return false
	case w == "to" || w == "and" || w == "or" || w == "on":
		return false // "ordered to March", "and March" (a list is read elsewhere)
	}
	// "in March Hall": a name goes on with a capital.
	if n := i + 1; n < len(p.toks) && p.toks[n].Kind == lex.WordLetters && p.toks[n].Capital && !p.toks[n].Joined && !p.toks[n].Line {
		if _, isEra := lex.DateMonths[p.toks[n].Lower]; !isEra {
			return false
		}
	}
	return true
}

// weekdayDate reads a date after the day of the week: "Monday, 5 March 1953",
// "Tuesday 13 July", "Tue May 9".
func (p *dateParser) weekdayDate(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	if w := p.toks[i].Lower; weekdayName(w) != w && !p.toks[i].Capital {
		return dpoint{}, false // "sat", "sun", "wed" are words
	}
	j := p.weekdayEnd(i)
	if p.mark(j) == "," {
		j++
	}
	var pt dpoint
	var ok bool
	switch {
	case p.word(j) == "the":
		pt, ok = p.theForms(j, ctxStrong)
	case p.isNum(j) || lex.DateOrdinals[p.word(j)] > 0 || lex.TensWords[p.word(j)] > 0:
		pt, ok = p.dayMonth(j)
	default:
		pt, ok = p.monthFirst(j, ctxStrong)
	}
	if !ok || pt.d == 0 {
		// A day of the week alone, after "on", "by", "until" ("on Monday"):
		// the first such day on or after the anchor.
		name := weekdayName(p.toks[i].Lower)
		if name == "" || monthAbbrev(p.toks[i].Lower) && !p.toks[i].Capital {
			return dpoint{}, false
		}
		switch p.word(i - 1) {
		case "on", "by", "until", "till", "since", "before", "after":
			return dpoint{from: i, to: p.weekdayEnd(i), shift: &Shift{Unit: name}}, true
		}
		if p.toks[i].Capital && name == p.toks[i].Lower && p.newsVerbBefore(i) {
			// "the department said Friday", "census data released Tuesday"
			return dpoint{from: i, to: i + 1, shift: &Shift{Unit: name}}, true
		}
		return dpoint{}, false
	}
	pt.from = i
	return pt, true
}

// newsVerbBefore reports whether a verb in the past tense, written in lower
// case, stands just before token i, as news reports put a day of the week
// without "on": "said Friday", "released Tuesday", "met Monday".
func (p *dateParser) newsVerbBefore(i int) bool {
	if i < 1 || p.toks[i-1].Kind != lex.WordLetters || p.toks[i-1].Capital {
		return false
	}
	w := p.toks[i-1].Lower
	return len(w) > 4 && strings.HasSuffix(w, "ed") || pastVerbs[w]
}

// pastVerbs are verbs in the past tense that do not end in -ed.
var pastVerbs = lex.SetOf("said", "told", "met", "began", "rose", "fell", "won", "lost", "left", "held", "gave",
	"went", "came", "saw", "sent", "spoke", "wrote", "made", "took", "struck", "shot", "ran", "sank", "found",
	"quit", "set", "cut", "put", "hit", "led", "paid", "sold", "bought", "brought", "fought", "built", "broke")

// weekdayEnd returns the index after a day of the week at i, and the full
// stop of its abbreviation ("Tues.").
func (p *dateParser) weekdayEnd(i int) int {
	if w := p.word(i); lex.WeekdayNumbers[w] == 0 && w != "monday" {
		return p.dotAfter(i + 1)
	}
	return i + 1
}

// numericDate reads dates written in figures: 1953-03-05, 1953/03/05,
// 05/03/1953 or 5.3.1953 when the order of day and month is plain (a day
// over 12, or day and month the same), 1953-03 and 03/1953.
func (p *dateParser) numericDate(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	var buf [3]lex.Token
	nums := buf[:0]
	sep := ""
	j := i
	for len(nums) < 3 && p.isNum(j) && (j == i || p.joined(j)) && p.toks[j].Form != lex.Grouped {
		nums = append(nums, p.toks[j])
		s := p.mark(j + 1)
		if !(s == "-" || s == "/" || s == ".") || !p.joined(j+1) || !p.isNum(j+2) || !p.joined(j+2) || sep != "" && s != sep {
			j++
			break
		}
		if len(nums) == 3 {
			j++
			break
		}
		sep = s
		j += 2
	}
	if len(nums) < 2 || sep == "" {
		return dpoint{}, false
	}
	if len(nums) == 2 && j != i+3 {
		j = i + 3
	}
	pt := dpoint{from: i, to: j, hasY: true, yDigits: 4}
	a, b := nums[0], nums[1]
	switch len(nums) {
	case 3:
		c := nums[2]
		switch {
		case ndigits(a) == 4 && ndigits(b) <= 2 && ndigits(c) <= 2:
			pt.y, pt.m, pt.d = num(a), num(b), num(c)
		case ndigits(c) == 4 && ndigits(a) <= 2 && ndigits(b) <= 2 && sep != ".":
			switch {
			case num(a) == num(b) || num(a) > 12 && num(b) <= 12:
				pt.y, pt.m, pt.d = num(c), num(b), num(a)
			case num(b) > 12 && num(a) <= 12:
				pt.y, pt.m, pt.d = num(c), num(a), num(b)
			default:
				return dpoint{}, false // 05/03/1953: March or May?
			}
		case ndigits(c) == 4 && ndigits(a) <= 2 && ndigits(b) <= 2 && sep == ".":
			// Dotted dates are day first (5.3.1953) where they are written.
			if num(b) > 12 {
				return dpoint{}, false
			}
			pt.y, pt.m, pt.d = num(c), num(b), num(a)
		default:
			return dpoint{}, false
		}
	case 2:
		switch {
		case ndigits(a) == 4 && ndigits(b) <= 2 && sep == "-":
			// 1958-03 is a month unless it reads as a range (1958-62).
			if ndigits(b) == 2 && num(a)%100 < num(b) {
				return dpoint{}, false
			}
			pt.y, pt.m = num(a), num(b)
		case ndigits(b) == 4 && ndigits(a) <= 2 && sep != ".":
			pt.y, pt.m = num(b), num(a)
		default:
			return dpoint{}, false
		}
	}
	if pt.m < 1 || pt.m > 12 || pt.d < 0 || pt.m > 0 && pt.d > daysIn(pt.y, pt.m) || pt.y < 1000 || pt.y > 2200 {
		return dpoint{}, false
	}
	if p.numberCode(i) {
		return dpoint{}, false
	}
	return pt, true
}

// yearMonthDay reads dates written year first with the month in words:
// "2019/aug/01", "2019-Aug-1".
func (p *dateParser) yearMonthDay(i int) (dpoint, bool) {
	y, j, ok := p.yearNumber(i)
	if !ok {
		return dpoint{}, false
	}
	sep := p.mark(j)
	if !(sep == "/" || isDash(sep)) || !p.joined(j) || !p.joined(j+1) {
		return dpoint{}, false
	}
	m, ok := lex.DateMonths[p.word(j+1)], lex.DateMonths[p.word(j+1)] > 0
	if !ok || p.mark(j+2) != sep || !p.joined(j+2) || !p.joined(j+3) {
		return dpoint{}, false
	}
	d, k, _, ok := p.dayAt(j + 3)
	if !ok {
		return dpoint{}, false
	}
	return dpoint{from: i, to: k, y: y, m: m, d: d, hasY: true, yDigits: 4}, true
}

// eraYear reads a year with its era: "44 BC", "10,000 BC", "476 AD".
func (p *dateParser) eraYear(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	t := p.toks[i]
	if num(t) < 1 || ndigits(t) > 6 {
		return dpoint{}, false
	}
	if p.joined(i) && (!isMark(p.toks[i-1]) || isMoneyMark(p.toks[i-1].Lower)) {
		return dpoint{}, false
	}
	era, k, ok := p.eraAt(i + 1)
	if !ok {
		return dpoint{}, false
	}
	return dpoint{from: i, to: k, y: num(t), era: era, yDigits: ndigits(t), hasY: true}, true
}

// eraFirst reads a year after its era: "AD 476", "A.D. 476", "anno Domini
// 1066".
func (p *dateParser) eraFirst(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	j := i
	if p.word(i) == "anno" {
		j++
		if p.word(j) == "domini" {
			j++
		}
		if y, k, ok := p.yearNumber(j); ok || p.isNum(j) && ndigits(p.toks[j]) == 3 {
			if !ok {
				y, k = num(p.toks[j]), j+1
			}
			return dpoint{from: i, to: k, y: y, era: 1, hasY: true, yDigits: 4}, true
		}
		return dpoint{}, false
	}
	era, k, ok := p.eraAt(i)
	if !ok || era < 0 || !p.isNum(k) || p.toks[k].Form == lex.Grouped || ndigits(p.toks[k]) > 4 || num(p.toks[k]) < 1 {
		return dpoint{}, false
	}
	return dpoint{from: i, to: k + 1, y: num(p.toks[k]), era: 1, hasY: true, yDigits: ndigits(p.toks[k])}, true
}

// bareYear reads a year written alone, where the words around it make it
// one: "in 1958", "(1893)", "the 1958 harvest", "By 1959". "1958 tractors",
// "the 1500 men" and "p. 1958" are no years.
func (p *dateParser) bareYear(i int, ctx ctxLevel) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	t := p.toks[i]
	if t.Form == lex.Grouped || ndigits(t) < 3 || ndigits(t) > 4 || num(t) < 100 || num(t) > 2100 {
		return dpoint{}, false
	}
	if p.joined(i) {
		prev := p.toks[i-1]
		abbrev := prev.Lower == "." && abbrevYearWords[p.word(i-2)] // c.1500
		if !isMark(prev) || isMoneyMark(prev.Lower) || prev.Lower == "." && !abbrev || prev.Lower == "," || prev.Lower == ":" ||
			(isDash(prev.Lower) || prev.Lower == "/") && ctx < ctxStrong {
			return dpoint{}, false
		}
	}
	if m := p.mark(i + 1); (m == "/" || isDash(m) || m == ".") && p.joined(i+1) && p.joined(i+2) && i+2 < len(p.toks) {
		return dpoint{}, false // 1958-59, 2019/aug/01, 1958.5: read by other forms
	}
	pt := dpoint{from: i, to: i + 1, y: num(t), yDigits: ndigits(t), hasY: true}
	if p.mark(i+1) == "?" && p.joined(i+1) {
		pt.uncertain, pt.to = true, i+2
	}
	if c := p.yearContextAt(i); c > ctx {
		ctx = c
	}
	if ctx == ctxNone || p.pageBefore(i) {
		return dpoint{}, false
	}
	if ndigits(t) == 3 && !p.threeDigitYear(i, ctx) {
		return dpoint{}, false
	}
	// "between 1200 and 1500 men": the count after the second number
	// counts the first too.
	if w := p.word(pt.to); (w == "and" || w == "to" || w == "or" || isDash(p.mark(pt.to))) &&
		(p.word(i-1) == "between" || p.word(i-1) == "from" || isDash(p.mark(pt.to))) {
		if p.isNum(pt.to+1) && p.countAfter(pt.to+2, ctxWeak) {
			return dpoint{}, false
		}
	}
	if p.countAfter(pt.to, ctx) || ctx == ctxWeak && num(t)%100 == 0 && !p.dateFollows(pt.to) && !yearNouns[p.word(pt.to)] {
		return dpoint{}, false
	}
	if ctx == ctxWeak && num(t)%100 == 0 && approxWords[p.word(i-1)] && copulas[p.word(i-2)] {
		return dpoint{}, false // "the weekly death-roll was about 1000, but ...": a count
	}
	return pt, true
}

// approxWords are the words of approximation a year may follow ("around
// 1500") as a count may ("about 1000 deaths").
var approxWords = lex.SetOf("about", "around", "approximately", "roughly")

// copulas are the verbs that put a figure as what their subject is or came
// to: after them, a round number with a word of approximation is a count
// ("was about 1000", "reached around 2000"), not a year.
var copulas = lex.SetOf("was", "is", "were", "are", "numbered", "reached", "totalled", "totaled")

// yearNouns are the things a year before them dates, even a round year
// that could be a count ("the 2000 census", "the 1900 election", "the 2000
// Olympics"): events, plans and reports, with their plurals
// (lex.EventPlurals: "the 1900 elections").
var yearNouns = lex.WithWords(lex.SetOf("census", "election", "budget", "harvest", "campaign", "season", "survey", "report",
	"plan", "crisis", "revolution", "war", "famine", "flood", "earthquake", "drought", "olympics", "games",
	"edition", "congress", "conference", "summit", "treaty", "act", "law", "constitution", "referendum",
	"strike", "uprising", "coup", "recession", "exhibition", "expedition", "tour", "championship",
	"tournament", "cup", "estimate", "count", "figures", "statistics", "data", "agreement", "accord",
	"convention", "assembly", "session", "fiscal", "financial", "academic", "school", "tax", "vintage"), lex.EventPlurals)

// threeDigitYear reports whether a number of three digits is a year: after
// "in", "c." or "the year", and before a clause rather than a noun ("in 476
// the Western Empire fell", not "in 300 cases").
func (p *dateParser) threeDigitYear(i int, ctx ctxLevel) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	if ctx < ctxStrong {
		return false
	}
	switch p.word(i - 1) {
	case "in", "during", "until", "till", "year", "anno", "circa", "about", "around", "c", "ca":
	default:
		if p.mark(i-1) != "." {
			return false
		}
	}
	return p.dateFollows(i + 1)
}

// dateFollows reports whether what comes after a year reads as the rest of
// a clause: punctuation, the end, a capitalised word or a word that opens a
// clause.
func (p *dateParser) dateFollows(i int) bool {
	if i >= len(p.toks) {
		return true
	}
	t := p.toks[i]
	switch {
	case isMark(t):
		return !isMoneyMark(t.Lower) && t.Lower != "%"
	case t.Kind == lex.WordLetters:
		if t.Capital {
			return true
		}
		switch t.Lower {
		case "the", "a", "an", "he", "she", "it", "they", "we", "his", "her", "its", "their", "when",
			"and", "but", "after", "before", "as", "was", "were", "had", "there", "this", "that", "in",
			"on", "at", "by", "until", "to", "from", "with", "for":
			return true
		}
	}
	return false
}

// feast reads a feast with its year ("Christmas 1914", "Christmas Day,
// 1914", "Easter 1916") or, after a word such as "by", a fixed feast alone
// ("over by Christmas").
func (p *dateParser) feast(i int, ctx ctxLevel) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	if !p.toks[i].Capital {
		return dpoint{}, false
	}
	m, d, k, movable, ok := p.feastName(i)
	if !ok {
		return dpoint{}, false
	}
	j := k
	switch {
	case p.mark(j) == ",":
		j++
	case p.word(j) == "of":
		j++
	}
	if y, k2, ok := p.yearNumber(j); ok {
		pt := dpoint{from: i, to: k2, y: y, hasY: true, yDigits: 4, m: m, d: d}
		if movable >= -100 {
			c := easter(y).addDays(movable)
			pt.m, pt.d, pt.y = c.M, c.D, c.Y
		}
		return pt, true
	}
	if movable >= -100 {
		return dpoint{}, false
	}
	if ctx >= ctxStrong || monthContextWords[p.word(i-1)] || p.word(i-1) == "at" || p.word(i-1) == "over" {
		switch p.word(i - 1) {
		case "and", "or", "to", "on":
			return dpoint{}, false
		}
		return dpoint{from: i, to: k, m: m, d: d}, true
	}
	return dpoint{}, false
}

// feastName reads the name of a feast at i. movable is the number of days
// after Easter for the feasts that move with it, and below -100 for fixed
// ones.
func (p *dateParser) feastName(i int) (m, d, next, movable int, ok bool) {
	for _, f := range lex.DateFeastPhrases {
		if k, ok := p.wordsOrMarks(i, f.Words); ok {
			return f.M, f.D, k, -1000, true
		}
	}
	w := p.word(i)
	if w2 := p.word(i + 1); w2 != "" {
		if n, ok := lex.DateMovable[w+" "+w2]; ok {
			return 0, 0, i + 2, n, true
		}
	}
	if n, ok := lex.DateMovable[w]; ok {
		return 0, 0, i + 1, n, true
	}
	if md, ok := lex.DateFeasts[w]; ok {
		return md[0], md[1], i + 1, -1000, true
	}
	return 0, 0, i, 0, false
}

// wordsOrMarks is wordsAt for phrases with apostrophes ("New Year's Day").
func (p *dateParser) wordsOrMarks(i int, words []string) (int, bool) {
	for _, w := range words {
		if i >= len(p.toks) || p.toks[i].Lower != w {
			return i, false
		}
		i++
	}
	return i, true
}

// easter returns Easter Sunday of a year: by the Gregorian computus from
// 1583, by the Julian one before (as sources of those years date it).
func easter(y int) civil {
	if y < 1583 {
		a, b, c := y%4, y%7, y%19
		d := (19*c + 15) % 30
		e := (2*a + 4*b - d + 34) % 7
		m := (d + e + 114) / 31
		day := (d+e+114)%31 + 1
		return civil{y, m, day}
	}
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civil{y, month, day}
}
