package dates

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// Relative dates: "that year", "the following spring", "two years later",
// "three months after", "a decade earlier", "the previous winter", "today",
// and the dates named without their year ("15 March", "in the spring"),
// all of which take their value from another date (see Shift.From).

// Shift says how a relative date follows from the date it is anchored to.
// "that year" is {Unit: "year"}, "the following year" {Unit: "year", N: 1},
// "three months later" {Unit: "month", N: 3}, "a week later" {Unit: "day",
// N: 7}, "the following week" {Unit: "week", N: 1}. A date named without
// its year has a Fill: "15 March" is {Unit: "year", Fill: "XXXX-03-15"},
// "the next spring" {Unit: "year", N: 1, Fill: "XXXX-21"}, "the thirties"
// {Unit: "decade", Fill: "XX3X"}. Deictic dates ("today", "last year", "two
// years ago") count from the time of writing rather than from a date of the
// narrative; Vague ones ("a few years later") say no distance at all.
type Shift struct {
	Unit    string // day, week, month, year, decade or century
	N       int    // units after (+) or before (−) the anchor; 0 for the anchor's own
	Fill    string // the EDTF of a date named without its year (or century), X for what the anchor gives
	Deictic bool   // counted from the time of writing, not from the narrative
	Vague   bool   // the distance is not said: it cannot be resolved
	// Stretch is set for a stretch of |N| units that ends or begins at the
	// anchor ("the past three years", "the next decade"; see stretches.go)
	// rather than the one unit N away from it.
	Stretch bool
}

// From applies the shift to the EDTF value of an anchor and returns the
// resolved EDTF value. It fails when the anchor is not precise enough ("the
// next day" needs a day) or the shift is vague.
func (s Shift) From(anchor string) (string, bool) {
	if s.Vague {
		return "", false
	}
	if s.Stretch {
		return s.stretchFrom(anchor)
	}
	if v, ok, handled := s.dayOfMonth(anchor); handled {
		return v, ok
	}
	lo, hi, isInterval, ok := parseEDTF(anchor)
	if !ok || lo.open || hi.open {
		return "", false
	}
	if s.Fill != "" {
		if s.Unit == "year" || s.Unit == "" {
			return s.fill(lo, hi)
		}
		// "three days after 12 January": fill, then count.
		v, ok := Shift{Unit: "year", Fill: s.Fill}.fill(lo, hi)
		if !ok || s.N == 0 {
			return v, ok
		}
		return Shift{Unit: s.Unit, N: s.N}.From(v)
	}
	base := lo
	if s.N > 0 {
		base = hi // "two years later" counts from the end of "1958–1961"
	}
	if s.N == 0 && isInterval && !sameUnit(lo, hi, s.Unit) {
		return "", false // "that year" of 1958–1961 is no one year
	}
	if wd, ok := lex.WeekdayNumbers[s.Unit]; ok {
		// "the following Monday": the first Monday after the anchor; "the
		// previous Monday" the last before it; "on Monday" the first on or
		// after it.
		if base.d == 0 || base.x > 0 || s.N > 1 || s.N < -1 {
			return "", false
		}
		c := civil{base.y, base.m, base.d}
		diff := (wd - weekday(c) + 7) % 7
		switch s.N {
		case 1:
			if diff == 0 {
				diff = 7
			}
		case -1:
			diff -= 7
		}
		c = c.addDays(diff)
		return edtfDate{y: c.Y, m: c.M, d: c.D}.String(), true
	}
	switch s.Unit {
	case "year":
		if base.x > 0 {
			return "", false
		}
		return edtfDate{y: base.y + s.N, approx: base.approx}.String(), true
	case "decade", "century":
		size := 10
		if s.Unit == "century" {
			size = 100
		}
		if base.x > 0 && pow10(base.x) > size {
			return "", false
		}
		y := base.y
		if base.neg && base.x > 0 {
			y -= pow10(base.x) - 1
		}
		return periodOf(y+s.N*size, size).String(), true
	case "quarter":
		if base.x > 0 || base.m == 0 && (base.sub < 33 || base.sub > 36) {
			return "", false
		}
		q := base.sub - 33
		if base.m > 0 {
			q = (base.m - 1) / 3
		}
		n := base.y*4 + q + s.N
		return edtfDate{y: floorDiv(n, 4), sub: 33 + n - floorDiv(n, 4)*4}.String(), true
	case "month":
		if base.m == 0 || base.x > 0 {
			return "", false
		}
		n := base.y*12 + base.m - 1 + s.N
		y, m := floorDiv(n, 12), n-floorDiv(n, 12)*12+1
		return edtfDate{y: y, m: m, approx: base.approx}.String(), true
	case "day", "week":
		if base.d == 0 || base.x > 0 {
			return "", false
		}
		days := s.N
		if s.Unit == "week" {
			days *= 7
		}
		c := civil{base.y, base.m, base.d}.addDays(days)
		if s.Unit == "day" {
			return edtfDate{y: c.Y, m: c.M, d: c.D}.String(), true
		}
		// The week (Monday to Sunday) that holds that day.
		wd := weekday(c)
		mon, sun := c.addDays(-wd), c.addDays(6-wd)
		return edtfDate{y: mon.Y, m: mon.M, d: mon.D}.String() + "/" + edtfDate{y: sun.Y, m: sun.M, d: sun.D}.String(), true
	}
	return "", false
}

// weekday returns the day of the week of c: 0 Monday … 6 Sunday.
func weekday(c civil) int {
	return ((c.dayNumber()+3)%7 + 7) % 7 // 1970-01-01 was a Thursday
}

// weekdayName returns the full name of a day of the week ("tue" → "tuesday").
func weekdayName(w string) string {
	for _, name := range lex.WeekdayNames {
		if len(w) >= 3 && name[:3] == w[:3] && (w == name || len(w) <= 5) {
			return name
		}
	}
	return ""
}

// sameUnit reports whether both ends of an interval fall in one unit.
func sameUnit(lo, hi edtfDate, unit string) bool {
	switch unit {
	case "year":
		return lo.x == 0 && hi.x == 0 && lo.y == hi.y
	case "month":
		return lo.y == hi.y && lo.m == hi.m && lo.m > 0
	case "day", "week":
		return lo.y == hi.y && lo.m == hi.m && lo.d == hi.d && lo.d > 0
	case "decade":
		return floorDiv(lo.y, 10) == floorDiv(hi.y, 10)
	case "century":
		return floorDiv(lo.y, 100) == floorDiv(hi.y, 100)
	}
	return false
}

// periodOf returns the decade or century (size 10 or 100) that holds year y.
func periodOf(y, size int) edtfDate {
	x := 1
	if size == 100 {
		x = 2
	}
	if y < 0 {
		// Negative periods run down from their named year: -004X is -49..-40.
		return edtfDate{y: -((-y) / size * size), neg: true, x: x}
	}
	return edtfDate{y: y / size * size, x: x}
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// fill gives a date named without its year the year of its anchor: "15
// March" after "December 1952" is 15 March 1953 if the narrative has moved
// on into the new year (a date before the anchor, less than half a year
// after its end in the next year), else 15 March of the anchor's year; "the
// next spring" is the first spring that begins after the anchor does; "the
// previous winter" the last that ended before it. "the thirties" is the
// decade of that name nearest the anchor.
func (s Shift) fill(lo, hi edtfDate) (string, bool) {
	if len(s.Fill) == 4 && s.Fill[:2] == "XX" && s.Fill[3] == 'X' && lex.IsDigit(s.Fill[2]) {
		if lo.neg || lo.y < 0 || lo.x > 2 {
			return "", false
		}
		d := int(s.Fill[2] - '0')
		c := floorDiv(lo.y, 100)
		best, dist := 0, -1
		for _, cc := range []int{c - 1, c, c + 1} {
			start := cc*100 + d*10
			if lo.x == 2 && cc != c || start < 0 {
				continue
			}
			diff := start + 5 - lo.y
			if diff < 0 {
				diff = -diff
			}
			if dist < 0 || diff < dist {
				best, dist = start, diff
			}
		}
		if dist < 0 {
			return "", false
		}
		return edtfDate{y: best, x: 1}.String(), true
	}
	if lo.x > 0 || hi.x > 0 {
		return "", false // "15 March" of the 1950s: which year?
	}
	a, b, found := cutFill(s.Fill)
	first, ok := fillYear(a, s.N, lo, hi)
	if !ok {
		return "", false
	}
	if !found {
		return first.String(), true
	}
	second := b
	second.y, second.x = first.y, 0
	ia, _ := first.interval()
	if ib, ok := second.interval(); !ok || ib.first.dayNumber() < ia.first.dayNumber() {
		second.y++ // "from November to March"
	}
	if _, ok := second.interval(); !ok {
		return "", false
	}
	return first.String() + "/" + second.String(), true
}

// cutFill reads a Fill: one date with its year unknown, or two.
func cutFill(fill string) (a, b edtfDate, isInterval bool) {
	x, y, found := cutString(fill, "/")
	a, _ = parseEDTFDate(x)
	if found {
		b, _ = parseEDTFDate(y)
	}
	return a, b, found
}

func cutString(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

// fillYear chooses the year of a date named without one (f), n occurrences
// after (or before) an anchor from lo to hi.
func fillYear(f edtfDate, n int, lo, hi edtfDate) (edtfDate, bool) {
	f.x = 0
	at := func(y int) (edtfDate, interval, bool) {
		e := f
		e.y = y
		iv, ok := e.interval()
		if ok && e.m > 0 && e.d > daysIn(y, e.m) {
			ok = false
		}
		return e, iv, ok
	}
	yearOnly := lo.m == 0 && lo.sub == 0 && hi.m == 0 && hi.sub == 0
	ia, ok1 := lo.interval()
	ib, ok2 := hi.interval()
	if !ok1 || !ok2 {
		return edtfDate{}, false
	}
	start, end := ia.first.dayNumber(), ib.last.dayNumber()
	switch {
	case n == 0 && yearOnly:
		e, _, ok := at(lo.y)
		return e, ok
	case n == 0:
		for y := lo.y - 1; y <= hi.y+1; y++ {
			if e, iv, ok := at(y); ok && iv.first.dayNumber() <= end && iv.last.dayNumber() >= start {
				return e, true // the one that overlaps the anchor: "that winter" in January 1942
			}
		}
		e, iv, ok := at(lo.y)
		if ok && iv.first.dayNumber() < start {
			if e2, iv2, ok2 := at(lo.y + 1); ok2 && iv2.first.dayNumber()-end <= 183 {
				return e2, true
			}
		}
		return e, ok
	case n > 0 && yearOnly:
		e, _, ok := at(hi.y + n)
		return e, ok
	case n < 0 && yearOnly:
		e, _, ok := at(lo.y + n)
		return e, ok
	case n > 0:
		for y := lo.y - 1; y <= lo.y+1; y++ {
			if _, iv, ok := at(y); ok && iv.first.dayNumber() > start {
				e, _, ok := at(y + n - 1)
				return e, ok
			}
		}
	case n < 0:
		for y := lo.y + 1; y >= lo.y-2; y-- {
			if _, iv, ok := at(y); ok && iv.last.dayNumber() < start {
				e, _, ok := at(y + n + 1)
				return e, ok
			}
		}
	}
	return edtfDate{}, false
}

// relativeTo maps the words that open a relative date to its direction
// and whether it counts from the time of writing.
var relativeTo = []struct {
	words   []string
	n       int
	deictic bool
}{
	{[]string{"that", "same"}, 0, false}, {[]string{"that", "very"}, 0, false},
	{[]string{"the", "same"}, 0, false}, {[]string{"that"}, 0, false},
	{[]string{"the", "following"}, 1, false}, {[]string{"the", "next"}, 1, false},
	{[]string{"the", "subsequent"}, 1, false}, {[]string{"the", "succeeding"}, 1, false},
	{[]string{"the", "ensuing"}, 1, false}, {[]string{"the", "coming"}, 1, false},
	{[]string{"the", "previous"}, -1, false}, {[]string{"the", "preceding"}, -1, false},
	{[]string{"the", "prior"}, -1, false}, {[]string{"the", "foregoing"}, -1, false},
	{[]string{"this", "past"}, -1, true}, {[]string{"this", "coming"}, 1, true}, {[]string{"this", "upcoming"}, 1, true},
	{[]string{"past"}, -1, true}, {[]string{"coming"}, 1, true}, {[]string{"previous"}, -1, true},
	{[]string{"current"}, 0, true},
	{[]string{"next"}, 1, true}, {[]string{"last"}, -1, true}, {[]string{"this"}, 0, true},
	{[]string{"following"}, 1, false},
}

// relativeOpeners are the first words of relativeTo, "later", "earlier"
// and "the".
var relativeOpeners = func() map[string]bool {
	m := lex.SetOf("later", "earlier", "the")
	for _, r := range relativeTo {
		m[r.words[0]] = true
	}
	return m
}()

// relativeUnit reads the unit of "that year", "the next spring", "the
// following March", "the following Christmas" at i.
func (p *dateParser) relativeUnit(i int) (Shift, int, bool) {
	w := p.word(i)
	switch w {
	case "day", "morning", "afternoon", "evening", "night":
		return Shift{Unit: "day"}, i + 1, true
	case "week":
		return Shift{Unit: "week"}, i + 1, true
	case "month", "year", "decade", "century", "quarter":
		return Shift{Unit: w}, i + 1, true
	}
	if s, ok := lex.DateSeasons[w]; ok {
		return Shift{Unit: "year", Fill: edtfDate{sub: s}.fillString()}, i + 1, true
	}
	if lex.DateWeekdays[w] && (weekdayName(w) == w || p.toks[i].Capital) {
		return Shift{Unit: weekdayName(w)}, p.weekdayEnd(i), true
	}
	if m, ok := p.monthName(i); ok && p.toks[i].Capital {
		return Shift{Unit: "year", Fill: edtfDate{m: m}.fillString()}, p.monthEnd(i), true
	}
	if m, d, k, movable, ok := p.feastName(i); ok && movable < -100 && p.toks[i].Capital {
		return Shift{Unit: "year", Fill: edtfDate{m: m, d: d}.fillString()}, k, true
	}
	return Shift{}, i, false
}

// relative reads a relative date at i.
func (p *dateParser) relative(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	switch p.word(i) {
	case "today", "tonight":
		return dpoint{from: i, to: i + 1, shift: &Shift{Unit: "day", Deictic: true}}, true
	case "now", "nowadays", "currently":
		// The writer's present; not "now that" (a conjunction), nor "just
		// now", "until now", "by now", "from now".
		if p.word(i+1) == "that" {
			return dpoint{}, false
		}
		switch p.word(i - 1) {
		case "just", "until", "till", "by", "right", "even", "from", "up":
			return dpoint{}, false
		}
		switch p.mark(i - 1) {
		case "(", ",", "—", "–", "-":
			// "Leningrad (now Saint Petersburg)", "Königsberg, now
			// Kaliningrad": a place's present name, not a date.
			if i+1 < len(p.toks) && p.toks[i+1].Capital {
				return dpoint{}, false
			}
		}
		return dpoint{from: i, to: i + 1, shift: &Shift{Unit: "day", Deictic: true}}, true
	case "present":
		if p.word(i-1) == "at" && p.word(i+1) != "day" {
			return dpoint{from: i - 1, to: i + 1, shift: &Shift{Unit: "day", Deictic: true}}, true // "at present"
		}
	case "yesterday":
		return dpoint{from: i, to: i + 1, shift: &Shift{Unit: "day", N: -1, Deictic: true}}, true
	case "tomorrow":
		return dpoint{from: i, to: i + 1, shift: &Shift{Unit: "day", N: 1, Deictic: true}}, true
	case "within":
		return p.afterCount(i)
	}
	if pt, ok := p.countedShift(i); ok {
		return pt, true
	}
	if pt, ok := p.stretch(i); ok {
		return pt, true
	}
	if !relativeOpeners[p.word(i)] {
		return dpoint{}, false
	}
	j := i
	if w := p.word(j); w == "later" || w == "earlier" {
		j++ // "later that year"
		if p.word(j) == "in" && p.word(j+1) == "the" {
			// "later in the year": the anchor's own
			if s, k, ok := p.relativeUnit(j + 2); ok && s.Fill == "" {
				return dpoint{from: i, to: k, shift: &s}, true
			}
		}
	}
	for _, r := range relativeTo {
		k, ok := p.wordsAt(j, r.words...)
		if !ok {
			continue
		}
		s, k2, ok := p.relativeUnit(k)
		if !ok {
			continue
		}
		if r.deictic && r.words[0] == "this" && s.Unit == "day" {
			return dpoint{}, false // "to this day" is the present, no date
		}
		if r.deictic && p.word(i-1) == "the" {
			continue // "the last year of the war"
		}
		if (r.words[0] == "following" || r.words[0] == "past" || r.words[0] == "coming" || r.words[0] == "previous" ||
			r.words[0] == "current") && p.word(i-1) == "the" {
			continue // "the following", "the past" are read with their "the"
		}
		if _, weekday := lex.WeekdayNumbers[s.Unit]; (r.words[0] == "following" || r.words[0] == "past" || r.words[0] == "coming") &&
			s.Fill == "" && !weekday && s.Unit != "quarter" {
			continue // "following year" without "the" is no date; "following Friday" is
		}
		s.N, s.Deictic = r.n, r.deictic
		if r.words[0] == "next" && s.Unit == "day" {
			s.Deictic = false // "next day", "next morning"
		}
		pt := dpoint{from: i, to: k2, shift: &s}
		return p.anchoredAt(pt)
	}
	// "the year before", "the day after": one unit from the anchor.
	if p.word(j) == "the" && j == i {
		if s, k, ok := p.relativeUnit(j + 1); ok && s.Fill == "" && s.Unit != "week" || ok && s.Unit == "week" {
			switch p.word(k) {
			case "before", "after":
				s.N = 1
				if p.word(k) == "before" {
					s.N = -1
				}
				pt := dpoint{from: i, to: k + 1, shift: &s}
				return p.anchoredAt(pt)
			}
		}
	}
	return dpoint{}, false
}

// anchoredAt turns "the year before" followed by a date ("the year before
// 1958", "three months after June 1940", "two days after today") into that
// date shifted; other relative dates are left as they are.
func (p *dateParser) anchoredAt(pt dpoint) (dpoint, bool) {
	w := p.word(pt.to - 1)
	if w != "before" && w != "after" && w != "from" {
		return pt, true
	}
	target, ok := p.single(pt.to, ctxStrong)
	if !ok {
		if w == "from" {
			return dpoint{}, false // "two years from" what?
		}
		return pt, true
	}
	if w == "from" && p.rangeGoesOn(target.to) {
		// "eleven years from 1846 to 1853": how long the range lasted,
		// not a date eleven years after 1846; the range is read on its own.
		return dpoint{}, false
	}
	d, ok := p.toDate(target)
	switch {
	case !ok:
	case d.Shift == nil && d.EDTF != "" && target.mod == "":
		if v, ok := pt.shift.From(d.EDTF); ok {
			return dpoint{from: pt.from, to: target.to, fixed: v}, true
		}
	case d.Shift != nil && d.Shift.Fill != "" && d.Shift.N == 0 && !strings.Contains(d.Shift.Fill, "/") && target.mod == "" && pt.shift.Unit != "year":
		// "three days after 12 January": the target's year comes from the anchor.
		s := *pt.shift
		s.Fill = d.Shift.Fill
		return dpoint{from: pt.from, to: target.to, shift: &s}, true
	case d.Shift != nil && d.Shift.Fill == "" && !d.Shift.Vague && target.mod == "" &&
		(d.Shift.Unit == pt.shift.Unit || d.Shift.Unit == "day" && pt.shift.Unit == "day"):
		// "two days after tomorrow": one shift from the same anchor.
		s := *d.Shift
		s.N += pt.shift.N
		return dpoint{from: pt.from, to: target.to, shift: &s}, true
	case d.Shift != nil && d.Shift.Deictic && d.Shift.Unit == "day" && d.Shift.Fill == "" && !d.Shift.Vague && target.mod == "":
		// "three weeks from today", "four months from tomorrow"
		s := *pt.shift
		s.Deictic = true
		if d.Shift.N != 0 {
			return pt, w != "from"
		}
		return dpoint{from: pt.from, to: target.to, shift: &s}, true
	}
	if w == "from" {
		return dpoint{}, false
	}
	return pt, true
}

// rangeGoesOn reports whether a range's second end follows token i: "to",
// "until", "till" or "through", or a dash, then a number or a date word.
func (p *dateParser) rangeGoesOn(i int) bool {
	switch {
	case p.word(i) == "to" || p.word(i) == "until" || p.word(i) == "till" || p.word(i) == "through":
	case isDash(p.mark(i)):
	default:
		return false
	}
	next := p.tokAt(i + 1)
	return isInt(next) || next.Kind == lex.WordLetters && lex.DateMonths[next.Lower] > 0
}

// maxCount is the largest count of units a relative date may have: "ten
// thousand years ago" is a date, "two million years ago" a quantity.
const maxCount = 10000

// countAt reads how many units a relative date counts: a whole number as
// the quantity grammar reads it ("two", "18", "twenty-five", "two hundred
// and fifty", "a thousand", "1,000", "half a dozen"), "a", "a couple of",
// "half a" (n = -2: halves), or a vague "a few", "several".
func (p *dateParser) countAt(i int) (n, next int, vague, ok bool) {
	if c := p.count; c.set && c.i == i {
		return c.n, c.next, c.vague, c.ok
	}
	n, next, vague, ok = p.readCount(i)
	p.count = countMemo{i: i, n: n, next: next, vague: vague, ok: ok, set: true}
	return n, next, vague, ok
}

// countMemo remembers the last count countAt read: the forms of a date ask
// for the count at one token again and again.
type countMemo struct {
	i, n, next     int
	vague, ok, set bool
}

// readCount does the work of countAt.
func (p *dateParser) readCount(i int) (n, next int, vague, ok bool) {
	w := p.word(i)
	switch w {
	case "few", "several", "some", "many":
		return 0, i + 1, true, true
	case "a", "an":
		if p.word(i+1) == "few" || p.word(i+1) == "number" && p.word(i+2) == "of" {
			k := i + 2
			if p.word(i+1) == "number" {
				k = i + 3
			}
			return 0, k, true, true
		}
		if p.word(i+1) == "couple" && p.word(i+2) == "of" {
			return 2, i + 3, false, true
		}
	}
	if !p.isNum(i) && !numberStarters[w] && w != "dozen" {
		return 0, i, false, false
	}
	if _, unit := lex.DateUnits[p.word(p.numberEnd(i))]; !unit {
		// No unit of time after what may be a number ("1958 was"): no
		// count to read.
		return 0, i, false, false
	}
	if p.numberTail(i) {
		// The end of a longer number ("fourscore and seven", "twenty
		// five"): the number is read whole from its first word, or not
		// at all.
		return 0, i, false, false
	}
	if v, k, ok := p.numberAt(i); ok {
		if v < 1 || v > maxCount || v != float64(int(v)) {
			return 0, i, false, false
		}
		return int(v), k, false, true
	}
	switch w {
	case "a", "an":
		return 1, i + 1, false, true
	case "half":
		if a := p.word(i + 1); a == "a" || a == "an" {
			return -2, i + 2, false, true // halves: "half a century"
		}
	case "dozen":
		return 12, i + 1, false, true // "some dozen years later"
	}
	return 0, i, false, false
}

// numberStarters are the words a number in words may start with, for
// numberAt.
var numberStarters = lex.WithWords(lex.SetOf("a", "an", "half", "quarter"), lex.NumberWords)

// numberAt reads the number that starts at token i with the quantity
// grammar's reader (numberAt in numbers.go) and returns its value and the
// index of the token after it. The reader works on the words of the text
// (lex.Words): the tokens from i that may belong to a number (see inNumber),
// and two more for what the reader looks at after a number, are joined into
// its compound words (lex.Compounds), and the end of the number (the end
// of a token) is mapped back to the index of that token.
func (p *dateParser) numberAt(i int) (float64, int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, i, false
	}
	t := p.toks[i]
	if isMark(t) || t.Kind == lex.WordLetters && !numberStarters[t.Lower] {
		return 0, i, false
	}
	if c := p.number; c.set && c.i == i {
		return c.value, c.next, c.ok
	}
	last := min(p.numberEnd(i)+2, len(p.toks))
	p.words = lex.Compounds(append(p.words[:0], p.toks[i:last]...), p.text)
	p.words[0].Joined = false
	p.number = numberMemo{i: i, next: i, set: true}
	n, ok := lex.NumberAt(p.words, 0, false)
	if !ok || n.Next == 0 {
		return 0, i, false
	}
	end := p.words[n.Next-1].End
	for k := i; k < last && p.toks[k].Start < end; k++ {
		if p.toks[k].End == end {
			p.number = numberMemo{i: i, value: n.Value, next: k + 1, ok: true, set: true}
			return n.Value, k + 1, true
		}
	}
	return 0, i, false
}

// numberMemo remembers the last number numberAt read.
type numberMemo struct {
	i, next int
	value   float64
	ok, set bool
}

// numberEnd returns the index after the tokens from i that may make one
// number (see inNumber).
func (p *dateParser) numberEnd(i int) int {
	k := i + 1
	for k < len(p.toks) && k-i < maxNumberTokens && p.inNumber(k) {
		k++
	}
	return k
}

// maxNumberTokens is how many tokens a number may take: enough for "two
// hundred and fifty-five thousand three hundred".
const maxNumberTokens = 16

// numberTail reports whether token i goes on with a number that starts
// before it, as numberAt reads numbers: "seven" of "fourscore and seven",
// "five" of "twenty five" and of "twenty-five", "5" of "1.5" (but not "10"
// of "5–10", nor "a" of "a billion a year").
func (p *dateParser) numberTail(i int) bool {
	if !(p.isNum(i) || numberStarters[p.word(i)]) {
		return false
	}
	j := i
	for j > 0 && i-j < maxNumberTokens && p.inNumber(j) {
		j--
	}
	for ; j < i; j++ {
		if _, next, ok := p.numberAt(j); ok && next > i {
			return true
		}
	}
	return false
}

// inNumber reports whether token k may go on with a number begun before
// it: digits, a number, scale or fraction word, "and", "of" ("a quarter of
// a million"), or anything joined to the token before it ("twenty-five",
// "1.5", "10k").
func (p *dateParser) inNumber(k int) bool {
	t := p.toks[k]
	if isInt(t) || t.Joined {
		return true
	}
	if t.Kind != lex.WordLetters {
		return false
	}
	return numberParts[t.Lower]
}

// numberParts are the words a number may go on with: number, scale, count
// and fraction words, "and", and "of" ("a quarter of a million").
var numberParts = lex.WithWords(lex.WithWords(lex.SetOf("and", "of"), lex.NumberWords, lex.ScaleWords, lex.CountWords, lex.FractionDenominators), numberStarters)

// endsNumberWord reports whether w can come before "and" inside a number
// written in words: "hundred", "thousand", "fourscore", "twenty".
func endsNumberWord(w string) bool {
	_, isValue := lex.WordValue(w)
	_, isScale := lex.ScaleWords[w]
	return isValue || isScale || w == "dozen" || strings.HasSuffix(w, "score")
}

// unitAt reads the unit of a counted relative date: "years", "months",
// "days", "weeks", "decades", "a fortnight".
func (p *dateParser) unitAt(i int) (unit string, per int, next int, ok bool) {
	u, found := lex.DateUnits[p.word(i)]
	if !found {
		return "", 0, i, false
	}
	return u.Unit, u.N, i + 1, true
}

// countedShift reads "two years later", "three months after", "a decade
// earlier", "ten days afterwards", "two years ago", "a few years later".
func (p *dateParser) countedShift(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	if p.word(i-1) == "for" {
		return dpoint{}, false // "for two years after": a duration
	}
	n, j, vague, ok := p.countAt(i)
	unitStart := j
	if !ok {
		// "years later", "months afterwards": no number at all (and not the
		// end of a number this parser left to the quantity extractor).
		if u, found := lex.DateUnits[p.word(i)]; found && isPlural(p.word(i)) && p.tokAt(i-1).Kind != lex.WordNumber && !endsNumberWord(p.word(i-1)) {
			n, j, vague, ok, unitStart = u.N, i, true, true, i
		}
		if !ok {
			return dpoint{}, false
		}
	}
	half := false
	if k, ok := p.wordsAt(unitStart, "and", "a", "half"); ok && n > 0 && !vague {
		half, unitStart = true, k // "two and a half years later"
	}
	unit, per, k, ok := p.unitAt(unitStart)
	if !ok {
		return dpoint{}, false
	}
	if half {
		switch {
		case unit == "year" && per == 1:
			unit, n, per = "month", n*12+6, 1
		case unit == "year":
			n, per = n*per+per/2, 1
		default:
			return dpoint{}, false
		}
	}
	if p.word(k) == "and" && p.word(k+1) == "a" && p.word(k+2) == "half" && !half {
		if unit == "year" && per == 1 && n > 0 {
			unit, n, per, k = "month", n*12+6, 1, k+3
		} else {
			return dpoint{}, false
		}
	}
	total := n * per
	if n == -2 { // "half a century", "half a year"
		switch {
		case unit == "year" && per >= 10:
			total = per / 2
		case unit == "year":
			unit, total = "month", 6
		default:
			return dpoint{}, false
		}
	}
	sign, deictic := 0, false
	if vague && n == per && unitStart == i {
		// "years later", not "years after the war": a bare plural needs
		// a word that says which way.
		switch p.word(k) {
		case "after", "before", "from", "since", "prior":
			return dpoint{}, false
		}
	}
	switch p.word(k) {
	case "later", "afterwards", "afterward", "after", "hence", "thereafter", "on", "from":
		sign = 1
	case "earlier", "before", "previously", "prior", "beforehand", "since":
		sign = -1
	case "ago":
		sign, deictic = -1, true
	default:
		return dpoint{}, false
	}
	if p.word(k) == "on" && !(isMark(p.tokAt(k+1)) || k+1 >= len(p.toks)) {
		return dpoint{}, false // "two years on the throne"
	}
	if p.word(k) == "since" && p.word(k-1) != "ago" && !(isMark(p.tokAt(k+1)) || k+1 >= len(p.toks)) {
		return dpoint{}, false
	}
	if p.word(k) == "prior" {
		if p.word(k+1) != "to" {
			return dpoint{}, false
		}
	}
	s := &Shift{Unit: unit, N: sign * total, Deictic: deictic, Vague: vague}
	pt := dpoint{from: i, to: k + 1, shift: s}
	if vague {
		return pt, true
	}
	return p.anchoredAt(pt)
}

// afterCount reads "within a year", "within two decades": by then.
func (p *dateParser) afterCount(i int) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) || p.word(i) != "within" {
		return dpoint{}, false
	}
	n, j, vague, ok := p.countAt(i + 1)
	if !ok || vague {
		return dpoint{}, false
	}
	unit, per, k, ok := p.unitAt(j)
	if !ok || n == -2 {
		return dpoint{}, false
	}
	switch p.word(k) {
	case "later", "earlier", "ago", "of":
		return dpoint{}, false // "within a few years of the war" counts from the war
	}
	return dpoint{from: i, to: k, mod: "by", shift: &Shift{Unit: unit, N: n * per}}, true
}
