package dates

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// Regnal years: English statutes and records date by the year of the
// king's or queen's reign, counted from the day of accession: "3 Hen.
// VIII" is the third year of Henry VIII, from 22 April 1511 to 21 April
// 1512. The table holds the monarchs of England, of Great Britain (1707)
// and of the United Kingdom (1801); other realms (Scotland before 1603,
// France, Spain, the Empire) are not covered. A regnal year is written as
// an interval of days; one that falls between the Gregorian reform
// (15 October 1582) and England's change of calendar (14 September 1752) is
// marked Julian, as the records kept it.

// monarch is one reign: its names as written and the day its regnal years
// begin.
type monarch struct {
	names   []string // lower case, the ordinal as a Roman numeral: "henry viii", "hen viii"
	y, m, d int
}

// monarchs are the English and British sovereigns from William I, with the
// day their regnal years begin (the Handbook of Dates' reckoning; John's
// years, which ran from Ascension Day, are taken from his coronation on 27
// May 1199; Charles II's from his father's death).
var monarchs = []monarch{
	{[]string{"william i", "will i", "wm i", "william the conqueror"}, 1066, 12, 25},
	{[]string{"william ii", "will ii", "wm ii", "william rufus"}, 1087, 9, 26},
	{[]string{"henry i", "hen i"}, 1100, 8, 5},
	{[]string{"stephen", "steph"}, 1135, 12, 26},
	{[]string{"henry ii", "hen ii"}, 1154, 12, 19},
	{[]string{"richard i", "ric i", "rich i"}, 1189, 9, 3},
	{[]string{"john", "king john", "joh"}, 1199, 5, 27},
	{[]string{"henry iii", "hen iii"}, 1216, 10, 28},
	{[]string{"edward i", "edw i", "ed i"}, 1272, 11, 20},
	{[]string{"edward ii", "edw ii", "ed ii"}, 1307, 7, 8},
	{[]string{"edward iii", "edw iii", "ed iii"}, 1327, 1, 25},
	{[]string{"richard ii", "ric ii", "rich ii"}, 1377, 6, 22},
	{[]string{"henry iv", "hen iv"}, 1399, 9, 30},
	{[]string{"henry v", "hen v"}, 1413, 3, 21},
	{[]string{"henry vi", "hen vi"}, 1422, 9, 1},
	{[]string{"edward iv", "edw iv", "ed iv"}, 1461, 3, 4},
	{[]string{"edward v", "edw v", "ed v"}, 1483, 4, 9},
	{[]string{"richard iii", "ric iii", "rich iii"}, 1483, 6, 26},
	{[]string{"henry vii", "hen vii"}, 1485, 8, 22},
	{[]string{"henry viii", "hen viii"}, 1509, 4, 22},
	{[]string{"edward vi", "edw vi", "ed vi"}, 1547, 1, 28},
	{[]string{"mary", "mary i", "queen mary", "mar"}, 1553, 7, 6},
	{[]string{"elizabeth", "elizabeth i", "eliz", "queen elizabeth"}, 1558, 11, 17},
	{[]string{"james i", "jac i", "jas i"}, 1603, 3, 24},
	{[]string{"charles i", "car i", "chas i"}, 1625, 3, 27},
	{[]string{"charles ii", "car ii", "chas ii"}, 1649, 1, 30},
	{[]string{"william and mary", "will and mary", "w and m", "gul and mar"}, 1689, 2, 13},
	{[]string{"william iii", "will iii", "wm iii", "gul iii"}, 1689, 2, 13},
	{[]string{"anne", "queen anne", "ann"}, 1702, 3, 8},
	{[]string{"george i", "geo i"}, 1714, 8, 1},
	{[]string{"george ii", "geo ii"}, 1727, 6, 11},
	{[]string{"george iii", "geo iii"}, 1760, 10, 25},
	{[]string{"george iv", "geo iv"}, 1820, 1, 29},
	{[]string{"william iv", "will iv", "wm iv", "gul iv"}, 1830, 6, 26},
	{[]string{"victoria", "vict", "vic", "queen victoria"}, 1837, 6, 20},
	{[]string{"edward vii", "edw vii"}, 1901, 1, 22},
	{[]string{"george v", "geo v"}, 1910, 5, 6},
	{[]string{"edward viii", "edw viii"}, 1936, 1, 20},
	{[]string{"george vi", "geo vi"}, 1936, 12, 11},
	{[]string{"elizabeth ii", "eliz ii"}, 1952, 2, 6},
}

// monarchIndex maps a monarch's first written word to the reigns it may
// open.
var monarchIndex = func() map[string][]int {
	m := map[string][]int{}
	for i, r := range monarchs {
		for _, n := range r.names {
			first, _, _ := strings.Cut(n, " ")
			m[first] = append(m[first], i)
		}
	}
	return m
}()

// monarchAt reads a monarch's name at i: "Henry VIII", "Hen. VIII", "Hen.
// 8", "King Edward III", "Eliz.", "W. & M.". The ordinal may be a Roman
// numeral or figures. It returns the reign and the index after the name.
func (p *dateParser) monarchAt(i int) (monarch, int, bool) {
	j := i
	if w := p.word(j); w == "king" || w == "queen" {
		if p.isCapital(j) {
			j++
		}
	}
	if !p.isCapital(j) {
		return monarch{}, i, false
	}
	first := p.word(j)
	cands, ok := monarchIndex[first]
	if !ok {
		return monarch{}, i, false
	}
	k := p.dotAfter(j + 1)
	// The ordinal: a Roman numeral in capitals ("VIII") or figures ("8").
	ord := ""
	if t := p.tokAt(k); t.Kind == lex.WordLetters && t.AllCaps {
		if _, ok := lex.RomanValue(p.text[t.Start:t.End]); ok {
			ord, k = t.Lower, k+1
		}
	} else if isInt(t) && ndigits(t) <= 1 && !t.Joined {
		ord, k = roman(num(t)), k+1
	} else if t.Kind == lex.WordLetters && t.Lower == "the" {
		// "William the Conqueror"
	}
	// "W. & M.", "William and Mary"
	if w := p.word(k); ord == "" && (w == "and" || p.mark(k) == "&") {
		if second := p.word(k + 1); second == "mary" || second == "m" || second == "mar" {
			name := first + " and " + second
			for _, c := range cands {
				for _, n := range monarchs[c].names {
					if n == name {
						return monarchs[c], p.dotAfter(k + 2), true
					}
				}
			}
		}
	}
	name := first
	if ord != "" {
		name += " " + ord
	}
	for _, c := range cands {
		for _, n := range monarchs[c].names {
			if n == name {
				if ord != "" && p.mark(k) == "." && p.joined(k) && p.citationGoesOn(k) {
					k++ // "Hen. VIII."
				}
				return monarchs[c], k, true
			}
		}
	}
	return monarch{}, i, false
}

// citationGoesOn reports whether the citation goes on after the full stop
// at k ("3 Hen. VIII. c. 5", "VIII., "), so that the stop is the
// abbreviation's and not the sentence's.
func (p *dateParser) citationGoesOn(k int) bool {
	t := p.tokAt(k + 1)
	return isInt(t) || isMark(t) && (t.Lower == "," || t.Lower == ";") ||
		t.Kind == lex.WordLetters && (t.Lower == "c" || t.Lower == "cap" || t.Lower == "st" || !t.Capital)
}

// isCapital reports whether token i is a word with a capital.
func (p *dateParser) isCapital(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == lex.WordLetters && p.toks[i].Capital
}

// roman writes 1 to 9 as a Roman numeral in lower case.
func roman(n int) string {
	return [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}[n%10]
}

// regnal reads a regnal year at i: "3 Hen. VIII", "13 Eliz.", "the third
// year of Henry VIII", "the 10th year of the reign of King Edward III",
// "the tenth of Elizabeth".
func (p *dateParser) regnal(i int) (dpoint, bool) {
	var n, j int
	switch {
	case p.isNum(i) && ndigits(p.toks[i]) <= 2:
		// "3 Hen. VIII", "1 & 2 Phil. & Mar." is not read
		n, j = num(p.toks[i]), i+1
		r, k, ok := p.monarchAt(j)
		if !ok || !p.isCapital(j) || p.word(j) == "king" || p.word(j) == "queen" {
			return dpoint{}, false
		}
		return p.regnalYear(i, k, n, r)
	case p.word(i) == "the":
		j = i + 1
		if d, k, ordinal, ok := p.dayAt(j); ok && ordinal {
			n, j = d, k
		} else if o, k, ok := p.ordinalWord(j); ok {
			n, j = o, k
		} else {
			return dpoint{}, false
		}
		if p.word(j) == "year" {
			j++
		}
		if p.word(j) != "of" {
			return dpoint{}, false
		}
		j++
		if k, ok := p.wordsAt(j, "the", "reign", "of"); ok {
			j = k
		}
		r, k, ok := p.monarchAt(j)
		if !ok {
			return dpoint{}, false
		}
		return p.regnalYear(i, k, n, r)
	}
	return dpoint{}, false
}

// regnalYear makes the point of the n-th year of a reign, over tokens
// [from, to).
func (p *dateParser) regnalYear(from, to, n int, r monarch) (dpoint, bool) {
	if n < 1 || n > 70 {
		return dpoint{}, false
	}
	start := civil{r.y + n - 1, r.m, r.d}
	end := civil{r.y + n, r.m, r.d}.addDays(-1)
	if r.m == 2 && r.d == 29 {
		return dpoint{}, false
	}
	v := edtfDate{y: start.Y, m: start.M, d: start.D}.String() + "/" + edtfDate{y: end.Y, m: end.M, d: end.D}.String()
	pt := dpoint{from: from, to: to, y: start.Y, hasY: true, fixed: v}
	if julianInEngland(end) && !before1582(start) || julianInEngland(start) && !before1582(end) {
		pt.calendar = "julian"
	}
	return pt, true
}

// julianInEngland reports whether a day falls before England took the
// Gregorian calendar (14 September 1752).
func julianInEngland(c civil) bool {
	return c.Y < 1752 || c.Y == 1752 && (c.M < 9 || c.M == 9 && c.D < 14)
}

// before1582 reports whether a day falls before the Gregorian reform (15
// October 1582), where every date is Julian and needs no mark.
func before1582(c civil) bool {
	return c.Y < 1582 || c.Y == 1582 && (c.M < 10 || c.M == 10 && c.D < 15)
}
