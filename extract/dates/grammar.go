package dates

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// The date grammar: a date expression is a single date with its modifiers
// ("by late 1958", "c. 1500"), a range ("from 1958 to 1961", "5–7 March
// 1953") or a list of dates that share their year ("in March and April
// 1921"). Each form of single date (calendar dates, periods, relative dates)
// is read by the functions of its own file; this one puts them together.

// dateParser reads the date expressions of one text over its tokens.
type dateParser struct {
	text   string
	toks   []lex.Token
	words  []lex.Word   // a buffer for numberAt
	number numberMemo   // the last number numberAt read
	count  countMemo    // the last count countAt read
	memo   [8]pointMemo // the last points read, as the forms of an expression ask again
}

// pointMemo is one remembered result of point.
type pointMemo struct {
	i   int
	ctx ctxLevel
	pt  dpoint
	ok  bool
	set bool
}

// ctxLevel says how strongly the words around a bare number make it a year.
type ctxLevel uint8

const (
	ctxNone   ctxLevel = iota
	ctxWeak            // "the 1958 harvest", "around 1480": a year unless a count follows
	ctxStrong          // "in 1958", "c. 1500", "late 1958": a year unless a count noun follows
)

// dpoint is one date as the grammar reads it, before it becomes EDTF: the
// parts the text names, and the tokens [from, to) that name them.
type dpoint struct {
	from, to  int
	y, m, d   int
	hasY      bool
	yDigits   int // digits the year was written with: 2 for "62" in "1958–62"
	era       int // -1 before Christ, +1 anno Domini, 0 not said
	sub       int // EDTF sub-year code in place of a month: seasons 21–24, quarters 33–36, halves 40–41
	x         int // unspecified final digits of the year: 1 a decade, 2 a century, 3 a millennium
	decade    int // a decade named without its century ("the thirties"): the decade digit + 1
	approx    bool
	uncertain bool
	mod       string // early, mid, late, start, end
	part      [2]int // the k-th of n equal parts ("the second half of": {2, 2})
	turn      bool   // "the turn of the nineteenth century"
	bare      bool   // a lone number, month, season or ordinal: a date only in a range or list
	ordinal   int    // a bare ordinal, in "the 17th and 18th centuries"
	unit      string // what a bare ordinal counts, once known: "century", "millennium"
	shift     *Shift // a relative date
	fixed     string // an EDTF value the form computed whole ("two years after 1958")
	calendar  string // "julian" for an Old Style date after 1582 (calendars.go)
}

// expression reads the date expression that starts at token i and returns
// its dates and the index of the token after it.
func (p *dateParser) expression(i int) ([]Date, int, bool) {
	// Relative dates that open with a preposition: "after two years",
	// "within a decade".
	if w := p.word(i); w == "within" {
		if pt, ok := p.relative(i); ok {
			return p.dates(pt)
		}
	}
	outer, j := p.outerMod(i)
	switch p.word(j) {
	case "between", "from":
		kind := p.word(j)
		if d, k, ok := p.rangeAt(j+1, kind); ok {
			d.Start = p.toks[j].Start
			if outer != "" && d.Mod == "" {
				d.Mod, d.Start = outer, p.toks[i].Start
			}
			return []Date{d}, k, true
		}
		if kind == "from" && outer == "" {
			if pt, ok := p.single(j+1, ctxStrong); ok && (pt.mod == "" || pt.mod == "since") {
				pt.from, pt.mod = j, "since" // "from 1958", "from 1958 onwards"
				return p.dates(pt)
			}
		}
		if kind == "between" {
			return nil, 0, false
		}
	}
	ctx := ctxNone
	if outer != "" {
		ctx = ctxStrong
	}
	if d, k, ok := p.rangeAt(j, ""); ok {
		if outer != "" && d.Mod == "" {
			d.Mod, d.Start = outer, p.toks[i].Start
		}
		return []Date{d}, k, true
	}
	if ds, k, ok := p.listAt(j, ctx); ok {
		if outer != "" && ds[0].Mod == "" {
			ds[0].Mod, ds[0].Start = outer, p.toks[i].Start
		}
		return ds, k, true
	}
	pt, ok := p.single(j, ctx)
	if !ok {
		return nil, 0, false
	}
	switch {
	case outer != "" && pt.mod == "":
		pt.from, pt.mod = i, outer
	case outer != "" && outer != "by" && pt.hasY && pt.shift == nil && pt.fixed == "" && !pt.turn && pt.part == [2]int{}:
		// "before the end of 1958", "since late 1989": the part, bounded.
		// ("By late 1958" is read as "late 1958": the state of things then.)
		if e, ok := p.finish(pt); ok {
			if v, ok := partValue(e, pt.mod); ok {
				pt.from, pt.mod, pt.fixed = i, outer, v
			}
		}
	}
	return p.dates(pt)
}

// partValue writes the part of a date that a modifier names as EDTF: late
// 1958 is 1958-09/1958-12, the end of 1958 is 1958-12, the mid-1960s
// 1964/1966.
func partValue(e edtfDate, mod string) (string, bool) {
	iv, ok := e.interval()
	if !ok {
		return "", false
	}
	lo := endpoint(e, dpoint{mod: mod}, false)
	hi := endpoint(e, dpoint{mod: mod}, true)
	lo.approx, hi.approx = e.approx, e.approx
	if iv.unit == "year" && lo.neg {
		return "", false // parts of centuries BC: too rare to risk
	}
	if lo == hi {
		return lo.String(), true
	}
	return lo.String() + "/" + hi.String(), true
}

// dates turns a single point into its date.
func (p *dateParser) dates(pt dpoint) ([]Date, int, bool) {
	d, ok := p.toDate(pt)
	if !ok {
		return nil, 0, false
	}
	return []Date{d}, pt.to, true
}

// outerPhrases are the words before a date that bound it from one side.
var outerPhrases = []struct {
	words []string
	mod   string
}{
	{[]string{"no", "later", "than"}, "by"}, {[]string{"not", "later", "than"}, "by"},
	{[]string{"no", "earlier", "than"}, "since"}, {[]string{"not", "earlier", "than"}, "since"},
	{[]string{"not", "before"}, "since"}, {[]string{"not", "after"}, "by"},
	{[]string{"later", "than"}, "after"}, {[]string{"earlier", "than"}, "before"},
	{[]string{"prior", "to"}, "before"}, {[]string{"up", "to"}, "until"}, {[]string{"up", "until"}, "until"},
	{[]string{"up", "till"}, "until"}, {[]string{"ever", "since"}, "since"},
	{[]string{"by"}, "by"}, {[]string{"before"}, "before"}, {[]string{"after"}, "after"},
	{[]string{"until"}, "until"}, {[]string{"till"}, "until"}, {[]string{"til"}, "until"},
	{[]string{"since"}, "since"},
	{[]string{"starting", "on"}, "since"}, {[]string{"starting", "in"}, "since"}, {[]string{"starting", "from"}, "since"},
	{[]string{"starting"}, "since"}, {[]string{"beginning", "on"}, "since"}, {[]string{"beginning", "in"}, "since"},
	{[]string{"beginning"}, "since"},
}

// outerMod reads a bounding modifier at i ("by", "no later than", "pre-")
// and returns it with the index after it.
func (p *dateParser) outerMod(i int) (string, int) {
	for _, ph := range outerPhrases {
		if k, ok := p.wordsAt(i, ph.words...); ok {
			return ph.mod, k
		}
	}
	if w := p.word(i); (w == "pre" || w == "post") && isDash(p.mark(i+1)) && p.joined(i+1) && p.joined(i+2) {
		if w == "pre" {
			return "before", i + 2
		}
		return "after", i + 2
	}
	return "", i
}

// approxAt reads a word of approximation at i: "c.", "ca.", "circa",
// "around", "about", "in or about". Strong is false for the words that
// also qualify counts ("about 1500 men").
func (p *dateParser) approxAt(i int) (next int, strong, ok bool) {
	switch w := p.word(i); w {
	case "c", "ca", "circ":
		if p.mark(i+1) == "." {
			return i + 2, true, true
		}
		if w == "ca" && p.isNum(i+1) {
			return i + 1, true, true
		}
		if w == "c" && p.isNum(i+1) && p.joined(i+1) {
			return i + 1, true, true // c1500
		}
	case "circa":
		return i + 1, true, true
	case "around", "about", "approximately", "roughly":
		if w == "about" && (p.word(i-1) == "how" || p.word(i-1) == "what") {
			return i, false, false // "how about 2019 Q1"
		}
		return i + 1, false, true
	case "approx":
		return p.dotAfter(i + 1), false, true
	case "in", "at":
		if k, ok := p.wordsAt(i+1, "or"); ok {
			if w2 := p.word(k); w2 == "about" || w2 == "around" {
				return k + 1, true, true
			}
		}
	case "some":
		if k, ok := p.wordsAt(i+1, "time"); ok && (p.word(k) == "around" || p.word(k) == "about" || p.word(k) == "in") {
			return k + 1, true, true
		}
	case "sometime":
		if w2 := p.word(i + 1); w2 == "around" || w2 == "about" {
			return i + 2, true, true
		}
	}
	return i, false, false
}

// innerAt reads a modifier that names a part of the date after it: "early",
// "mid-", "the end of", "the first half of", "the turn of". It returns the
// modifier, the part, whether it is "the turn of", and the index after it.
func (p *dateParser) innerAt(i int) (mod string, part [2]int, turn bool, next int) {
	j := i
	the := p.word(j) == "the"
	if the {
		j++
	}
	w := p.word(j)
	if p.word(j+1) == "of" {
		if m, ok := lex.PartMods[w]; ok && (the || w == "end" || w == "beginning" || w == "middle") {
			return m, part, false, j + 2
		}
		if w == "turn" && the {
			return "", part, true, j + 2
		}
	}
	if the {
		// "the early part of", "the latter years of", "the first half of"
		if k, ok := p.partWords(j); ok {
			return k.mod, k.part, false, k.next
		}
	}
	if m, ok := lex.InnerMods[w]; ok {
		k := j + 1
		switch {
		case isDash(p.mark(k)) && p.joined(k):
			k++
		case w == "middle":
			return "", part, false, i
		case p.word(k) == "in" && w != "mid":
			k++ // "late in 1958"
		}
		return m, part, false, k
	}
	return "", part, false, i
}

type partWords struct {
	mod  string
	part [2]int
	next int
}

// partWords reads "first half of", "last quarter of", "second decade of",
// "latter part of", "closing years of" at j (after "the").
func (p *dateParser) partWords(j int) (partWords, bool) {
	w, noun := p.word(j), p.word(j+1)
	if p.word(j+2) != "of" {
		return partWords{}, false
	}
	next := j + 3
	switch noun {
	case "part", "years", "months", "days", "weeks", "stages", "phase":
		switch w {
		case "early", "earlier", "first", "opening", "initial":
			return partWords{mod: "early", next: next}, true
		case "latter", "later", "last", "closing", "final", "dying":
			return partWords{mod: "late", next: next}, true
		case "middle", "mid":
			return partWords{mod: "mid", next: next}, true
		}
	case "half", "quarter", "third", "decade":
		n := 10
		if noun != "decade" {
			n = int(lex.FractionDenominators[noun])
		}
		k := lex.DateOrdinals[w]
		if w == "latter" || w == "last" || w == "final" {
			k = n
		}
		if k >= 1 && k <= n {
			return partWords{part: [2]int{k, n}, next: next}, true
		}
	case "week":
		// "the first week of August 1914": days 1–7; "the last week": the
		// last seven days. The part {k, 0} is a week; k = -1 the last.
		k := lex.DateOrdinals[w]
		if w == "last" || w == "final" || w == "closing" {
			k = -1
		}
		if k == -1 || k >= 1 && k <= 4 {
			return partWords{part: [2]int{k, 0}, next: next}, true
		}
	}
	return partWords{}, false
}

// single reads one date with the modifiers before it (approximation, part)
// and the words after it that leave it open ("onwards").
func (p *dateParser) single(i int, ctx ctxLevel) (dpoint, bool) {
	if pt, ok := p.partRun(i); ok {
		return pt, true // "the first three quarters of 2021"
	}
	j := i
	approx := false
	if k, strong, ok := p.approxAt(j); ok {
		approx, j = true, k
		if strong {
			ctx = ctxStrong
		} else if ctx < ctxWeak {
			ctx = ctxWeak
		}
	}
	mod, part, turn, k := p.innerAt(j)
	if k > j {
		j, ctx = k, ctxStrong
	}
	pt, ok := p.point(j, ctx)
	if !ok || pt.bare {
		return dpoint{}, false
	}
	if approx {
		if pt.shift != nil {
			return dpoint{}, false
		}
		pt.approx = true
	}
	if mod != "" || part != [2]int{} || turn {
		if pt.mod != "" || pt.part != [2]int{} {
			return dpoint{}, false
		}
		pt.mod, pt.part, pt.turn = mod, part, turn
		if turn && pt.x != 2 {
			return dpoint{}, false
		}
	}
	pt.from = i
	// Open ends: "1958 onwards", "2012 or later".
	if pt.mod == "" {
		if m, k, ok := p.openEnd(pt.to); ok {
			pt.mod, pt.to = m, k
		}
	}
	return pt, true
}

// openEnd reads "onwards", "or later", "and earlier" after a date.
func (p *dateParser) openEnd(i int) (string, int, bool) {
	switch p.word(i) {
	case "onwards", "onward":
		return "since", i + 1, true
	case "or", "and":
		// "2012 or later", but not "after 2016 and before 2018".
		if k := i + 2; k < len(p.toks) && (isInt(p.toks[k]) || p.word(k) == "the" || lex.DateMonths[p.word(k)] > 0) {
			return "", i, false
		}
		switch p.word(i + 1) {
		case "later", "after":
			if p.word(i+2) != "than" {
				return "since", i + 2, true
			}
		case "earlier", "before":
			if p.word(i+2) != "than" {
				return "by", i + 2, true
			}
		}
	}
	return "", i, false
}

// point reads a date without modifiers at i, the longest of the forms that
// fit. ctx says how much the words before make a bare number a year.
func (p *dateParser) point(i int, ctx ctxLevel) (dpoint, bool) {
	if i < 0 || i >= len(p.toks) {
		return dpoint{}, false
	}
	m := &p.memo[(i*3+int(ctx))&7]
	if m.set && m.i == i && m.ctx == ctx {
		return m.pt, m.ok
	}
	pt, ok := p.readPoint(i, ctx)
	*m = pointMemo{i: i, ctx: ctx, pt: pt, ok: ok, set: true}
	return pt, ok
}

// readPoint does the work of point.
func (p *dateParser) readPoint(i int, ctx ctxLevel) (dpoint, bool) {
	var best dpoint
	found := false
	try := func(pt dpoint, ok bool) {
		if ok && (!found || pt.to > best.to) {
			best, found = pt, true
		}
	}
	t := p.toks[i]
	switch {
	case isInt(t):
		try(p.numericDate(i))
		try(p.dayMonth(i))
		try(p.eraYear(i))
		try(p.decadeNum(i))
		try(p.ordinalPeriod(i))
		try(p.yearQuarter(i))
		try(p.yearMonthDay(i))
		try(p.relative(i))
		try(p.regnal(i))
		try(p.aucYear(i))
		try(p.ourEra(i))
		try(p.letterDay(i))
		if !found {
			try(p.bareYear(i, ctx))
		}
	case isMark(t) && t.Lower == "'" && isInt(p.tokAt(i+1)):
		try(p.decadeNum(i + 1)) // "early '60s"
	case t.Kind == lex.WordLetters:
		switch {
		case t.Lower == "the":
			try(p.theForms(i, ctx))
		case lex.DateMonths[t.Lower] > 0:
			try(p.monthFirst(i, ctx))
		case lex.DateWeekdays[t.Lower]:
			try(p.weekdayDate(i))
		}
		if _, ok := lex.DateSeasons[t.Lower]; ok {
			try(p.seasonFirst(i, ctx))
		}
		if _, ok := lex.DateOrdinals[t.Lower]; ok || lex.TensWords[t.Lower] > 0 {
			try(p.dayMonth(i))
			try(p.ordinalPeriod(i))
		}
		if lex.DateTeens[t.Lower] > 0 {
			try(p.decadeWords(i))
		}
		if d, ok := lex.DateDecadeWords[t.Lower]; ok && p.theBefore(i) {
			try(dpoint{from: i, to: i + 1, decade: d + 1}, true) // "the mid-thirties"
		}
		try(p.eraFirst(i))
		try(p.eraBefore(i))
		try(p.aucYear(i))
		try(p.quarterFirst(i))
		try(p.feast(i, ctx))
		try(p.feastDay(i))
		try(p.relative(i))
		if t.Lower == "the" {
			try(p.regnal(i))
			try(p.ourEra(i))
			try(p.letterDay(i))
			try(p.morrow(i))
		}
	}
	if found && !p.endsCleanly(best.to) {
		return dpoint{}, false
	}
	return best, found
}

// endsCleanly reports whether a date may end before token i: not in the
// middle of a word or a number ("1958abc", "1953-03-05-7").
func (p *dateParser) endsCleanly(i int) bool {
	if i >= len(p.toks) || !p.toks[i].Joined {
		return true
	}
	t := p.toks[i]
	if !isMark(t) {
		return false
	}
	if (t.Lower == "-" || t.Lower == "/" || t.Lower == "." || t.Lower == ",") && p.isNum(i+1) && p.joined(i+1) &&
		!(t.Lower == "-" && p.endsWithEra(i)) && // "27 BCE-286 CE" is a range, not a code
		(ndigits(p.toks[i+1]) >= 3 || !p.endsCleanly(i+2)) {
		return false // a longer code: 133-03-03-2020
	}
	return true
}

// yearPair reports whether the slash at i joins two years of four figures
// at most a decade apart ("1918/1919", "2019/2020"): a range, not a
// reference number.
func (p *dateParser) yearPair(i int) bool {
	if i < 1 || p.mark(i) != "/" || !p.isNum(i-1) || !p.isNum(i+1) || ndigits(p.toks[i-1]) != 4 || ndigits(p.toks[i+1]) != 4 {
		return false
	}
	lo, hi := num(p.toks[i-1]), num(p.toks[i+1])
	return hi > lo && hi-lo <= 10
}

// rangeConnector reads the word or mark that joins the two ends of a range
// at i; kind is "from", "between" or "" for a range with no opening word.
func (p *dateParser) rangeConnector(i int, kind string) (string, int, bool) {
	if m := p.mark(i); isDash(m) || m == "~" {
		return "-", i + 1, true
	}
	if m := p.mark(i); m == "/" && p.joined(i) && p.joined(i+1) {
		return "/", i + 1, true
	}
	switch w := p.word(i); w {
	case "to", "till", "until", "through", "thru", "til":
		if kind == "between" && w != "through" {
			return "", i, false
		}
		return "to", i + 1, true
	case "and":
		if kind == "between" {
			return "and", i + 1, true
		}
	}
	return "", i, false
}

// rangeEnd reads one end of a range: a date with its modifiers, or a lone
// number, month, season or ordinal that the other end completes.
func (p *dateParser) rangeEnd(i int, ctx ctxLevel) (dpoint, bool) {
	j := i
	approx := false
	if k, _, ok := p.approxAt(j); ok {
		approx, j = true, k
	}
	mod, part, _, k := p.innerAt(j)
	if k > j {
		j = k
	}
	pt, ok := p.point(j, ctxStrong)
	if loose, lok := p.loosePoint(j); lok && (!ok || loose.to > pt.to) {
		pt, ok = loose, true
	}
	if !ok || pt.shift != nil || pt.fixed != "" || pt.mod != "" && mod != "" {
		return dpoint{}, false
	}
	if mod != "" {
		pt.mod = mod
	}
	if part != [2]int{} {
		pt.part = part
	}
	pt.approx = pt.approx || approx
	pt.from = i
	return pt, true
}

// loosePoint reads what can only be one end of a range or an item of a
// list: a lone number ("5" in "5–7 March", "1958" in "1958–62"), month,
// season or ordinal.
func (p *dateParser) loosePoint(i int) (dpoint, bool) {
	if i >= len(p.toks) {
		return dpoint{}, false
	}
	t := p.toks[i]
	switch {
	case isInt(t):
		if t.Form == lex.Grouped || ndigits(t) > 4 {
			return dpoint{}, false
		}
		if o, k, ok := p.ordinalNum(i); ok {
			return dpoint{from: i, to: k, ordinal: o, d: o, bare: true}, true
		}
		if p.joined(i) && (p.toks[i-1].Kind == lex.WordLetters || isInt(p.toks[i-1]) || isMoneyMark(p.toks[i-1].Lower)) {
			return dpoint{}, false
		}
		pt := dpoint{from: i, to: i + 1, y: num(t), yDigits: ndigits(t), bare: true}
		if num(t) >= 1 && num(t) <= 31 && ndigits(t) <= 2 {
			pt.d = num(t)
		}
		if p.word(i+1) == "s" && p.joined(i+1) && ndigits(t) == 2 && num(t)%10 == 0 {
			pt.decade, pt.to, pt.d = num(t)/10%10+1, i+2, 0 // "30s" in "the 1920s–30s"
		}
		return pt, true
	case t.Kind == lex.WordLetters:
		if m, ok := p.monthName(i); ok {
			return dpoint{from: i, to: p.monthEnd(i), m: m, bare: true}, true
		}
		if s, ok := lex.DateSeasons[t.Lower]; ok {
			return dpoint{from: i, to: i + 1, sub: s, bare: true}, true
		}
		j := i
		if t.Lower == "the" {
			j++
			if s, ok := lex.DateSeasons[p.word(j)]; ok {
				return dpoint{from: i, to: j + 1, sub: s, bare: true}, true // "the spring and summer of 1921"
			}
		}
		if o, k, ok := p.ordinalWord(j); ok {
			return dpoint{from: i, to: k, ordinal: o, d: o, bare: true}, true
		}
		if o, k, ok := p.ordinalNum(j); ok && j > i {
			return dpoint{from: i, to: k, ordinal: o, d: o, bare: true}, true
		}
	}
	return dpoint{}, false
}

// rangeAt reads a range at i: two ends and a connector. kind is "from" or
// "between" when that word came before i.
func (p *dateParser) rangeAt(i int, kind string) (Date, int, bool) {
	ctx := ctxNone
	if kind != "" {
		ctx = ctxStrong
	}
	a, ok := p.rangeEnd(i, ctx)
	if !ok {
		return Date{}, 0, false
	}
	conn, j, ok := p.rangeConnector(a.to, kind)
	if !ok {
		return Date{}, 0, false
	}
	if conn == "/" && !(a.hasY || a.bare && (a.y >= 100 || a.d > 0)) {
		return Date{}, 0, false
	}
	// An open end: "1958–present", "(1958– )", "from 1949 to the present".
	if end, ok := p.presentAt(j, conn, kind); ok && (a.hasY || a.bare && a.yDigits >= 3 && a.ordinal == 0 && a.m == 0) && a.mod == "" && a.shift == nil {
		if a.bare {
			a.hasY, a.bare, a.d = true, false, 0
		}
		lo, ok := p.finish(a)
		if !ok || p.plainYear(a) && !p.yearRangeContext(i, end, kind) {
			return Date{}, 0, false
		}
		last := end - 1
		if last < j {
			last = j - 1 // "(1958– )": the span ends at the dash
		}
		return Date{Span: lex.Span{Start: p.toks[i].Start, End: p.toks[last].End}, EDTF: lo.String() + "/.."}, last + 1, true
	}
	b, ok := p.rangeEnd(j, ctxStrong)
	if !ok {
		return Date{}, 0, false
	}
	// "March 5–7, 1953": the second end is a day, then the year.
	if a.m > 0 && a.d > 0 && !a.hasY && b.bare && b.d > 0 {
		k := b.to
		if p.mark(k) == "," {
			k++
		}
		if y, k2, ok := p.yearNumber(k); ok {
			b = dpoint{from: b.from, to: k2, y: y, yDigits: 4, hasY: true, m: a.m, d: b.d}
		} else {
			b = dpoint{from: b.from, to: b.to, m: a.m, d: b.d} // "November 18–19"
		}
	}
	lo, hi, ok := p.inherit(a, b)
	if !ok || !p.endsCleanly(hi.to) {
		return Date{}, 0, false
	}
	if !lo.hasY && !hi.hasY {
		// No year on either end: "from 5 to 7 March", "from March to May",
		// "from April until the end of June" (its parts taken in a leap year).
		if lo.part != [2]int{} || hi.part != [2]int{} || lo.approx || hi.approx || lo.sub > 0 && lo.mod != "" || hi.sub > 0 && hi.mod != "" {
			return Date{}, 0, false
		}
		if lo.m > 0 && lo.d > daysIn(2000, lo.m) || hi.m > 0 && hi.d > daysIn(2000, hi.m) {
			return Date{}, 0, false
		}
		fl := endpoint(edtfDate{y: 2000, m: lo.m, d: lo.d, sub: lo.sub}, lo, false)
		fh := endpoint(edtfDate{y: 2000, m: hi.m, d: hi.d, sub: hi.sub}, hi, true)
		if fl.d > 0 && fh.d > 0 && fl.m == fh.m && fl.d >= fh.d {
			return Date{}, 0, false
		}
		d := Date{Span: lex.Span{Start: p.toks[i].Start, End: p.toks[hi.to-1].End},
			Shift: &Shift{Unit: "year", Fill: fl.fillString() + "/" + fh.fillString()}}
		return d, hi.to, true
	}
	yearsOnly := lo.m == 0 && lo.x == 0 && lo.sub == 0 && hi.m == 0 && hi.x == 0 && hi.sub == 0
	if conn == "/" && !(yearsOnly && (b.bare && b.yDigits <= 2 || p.yearPair(a.to))) &&
		!(a.bare && lo.d > 0 && hi.d == lo.d+1 && lo.m == hi.m) {
		// "1958/59", "the 1918/1919 pandemic" and "the night of 9/10
		// November" only; dates with slashes are read whole.
		return Date{}, 0, false
	}
	if p.plainYear(lo) && hi.era == 0 && lo.yDigits == 3 {
		// Years of three figures joined as a range are dates in
		// parentheses ("Charlemagne (742–814)") or after "from … to".
		if !(p.mark(i-1) == "(" || kind == "from" && conn == "to") || hi.yDigits > 3 {
			return Date{}, 0, false
		}
	}
	if p.plainYear(lo) && hi.era == 0 {
		// Numbers joined as a range are years only in a date context: "in
		// 1958 to 1961" but not "rose 1200 to 1500"; "1958–1961" but not
		// "pp. 1200–1250" or "1200–1500 men".
		if conn == "to" && kind == "" && p.yearContextAt(a.from) == ctxNone {
			return Date{}, 0, false
		}
		if !p.yearRangeContext(i, hi.to, kind) {
			return Date{}, 0, false
		}
	}
	loE, ok1 := p.finish(lo)
	hiE, ok2 := p.finish(hi)
	if !ok1 || !ok2 {
		return Date{}, 0, false
	}
	loE = endpoint(loE, lo, false)
	hiE = endpoint(hiE, hi, true)
	if !before(loE, hiE) {
		return Date{}, 0, false
	}
	d := Date{Span: lex.Span{Start: p.toks[i].Start, End: p.toks[hi.to-1].End}, EDTF: loE.String() + "/" + hiE.String()}
	return d, hi.to, true
}

// plainYear reports whether a point is a year written as a lone number, with
// nothing about it that makes it a date by itself (no era, no "c.").
func (p *dateParser) plainYear(pt dpoint) bool {
	return pt.hasY && pt.m == 0 && pt.sub == 0 && pt.x == 0 && pt.era == 0 && !pt.approx && pt.mod == "" &&
		pt.from < len(p.toks) && isInt(p.toks[pt.from])
}

// presentAt reads an open end of a range after its connector at j: "present",
// "the present (day)", "today", "now", "date" ("to date"), or, after a dash,
// nothing before a closing parenthesis ("(1958– )"). It returns the index
// after it.
func (p *dateParser) presentAt(j int, conn, kind string) (int, bool) {
	k := j
	if p.word(k) == "the" {
		k++
	}
	switch p.word(k) {
	case "present":
		if p.word(k+1) == "day" {
			return k + 2, true
		}
		return k + 1, true
	case "today", "now":
		if k == j {
			return k + 1, true
		}
	case "date":
		if k == j && conn == "to" {
			return k + 1, true
		}
	case "current":
		if p.word(k+1) == "date" || p.word(k+1) == "day" {
			return k + 2, true
		}
	}
	if conn == "-" && kind == "" && p.mark(j) == ")" {
		return j, true
	}
	return 0, false
}

// inherit completes the ends of a range or the items of a list: the first
// takes what it lacks from the second ("5–7 March 1953", "March–June 1921",
// "490–479 BC", "the 17th and 18th centuries"), and a second end written
// short takes the century of the first ("1958–62", "the 1920s–30s").
func (p *dateParser) inherit(a, b dpoint) (dpoint, dpoint, bool) {
	plainNumber := func(pt dpoint) bool {
		return pt.bare && pt.ordinal == 0 && pt.m == 0 && pt.sub == 0 && pt.decade == 0
	}
	// Two lone numbers are years: "1958–62" read loosely.
	if plainNumber(a) && a.yDigits >= 3 {
		a.hasY, a.bare, a.d = true, false, 0
	}
	if b.bare {
		switch {
		case b.decade > 0 && a.x == 1 && a.hasY && !a.neg():
			b.y, b.x, b.hasY, b.bare, b.decade = a.y/100*100+(b.decade-1)*10, 1, true, false, 0
			if b.y <= a.y {
				return a, b, false
			}
		case plainNumber(b) && a.hasY && a.m == 0 && a.sub == 0 && a.x == 0 && a.era >= 0:
			b.hasY, b.bare, b.d = true, false, 0
			switch {
			case b.yDigits <= 2 && a.yDigits == 4:
				base := a.y / 100 * 100
				if b.yDigits == 1 {
					base = a.y / 10 * 10
				}
				b.y += base
				if b.y <= a.y {
					return a, b, false
				}
			case b.yDigits < a.yDigits:
				return a, b, false
			}
		default:
			return a, b, false
		}
	}
	if a.bare {
		switch {
		case a.ordinal > 0 && b.x >= 2 && b.unit != "":
			// "the 17th and 18th centuries", "the fifth to third centuries BC"
			a = dpoint{from: a.from, to: a.to, era: b.era, x: b.x, unit: b.unit, y: (a.ordinal - 1) * pow10(b.x),
				hasY: true, yDigits: 4, mod: a.mod, part: a.part, approx: a.approx}
		case a.sub > 0 && b.sub > 0 && b.sub < 30 && b.hasY:
			// "the spring and summer of 1921"
			a.y, a.hasY, a.bare, a.era, a.yDigits = b.y, true, false, b.era, b.yDigits
		case a.m > 0 && a.d == 0 && b.m > 0:
			// "March–June 1921", "Nov–Feb 2017"
			a.y, a.hasY, a.bare, a.era, a.yDigits = b.y, b.hasY, false, b.era, b.yDigits
			if a.hasY && a.m > b.m {
				a.y--
			}
		case a.d > 0 && a.m == 0 && b.d > 0 && b.m > 0:
			// "5–7 March 1953", "the 5th and 7th of March"
			a.m, a.y, a.hasY, a.bare, a.era, a.ordinal, a.yDigits = b.m, b.y, b.hasY, false, b.era, 0, b.yDigits
		case plainNumber(a) && b.era < 0 && b.x == 0 && b.m == 0:
			// "490–479 BC"
			a.hasY, a.bare, a.d = true, false, 0
		default:
			return a, b, false
		}
	}
	switch {
	case !a.hasY && (a.m > 0 || a.sub > 0) && b.hasY && b.x == 0 && a.shift == nil:
		// "5 March – 7 April 1953", "in March and April 1921", "the spring
		// and summer of 1921"
		a.y, a.hasY, a.era, a.yDigits = b.y, true, b.era, b.yDigits
		if a.m > b.m && b.m > 0 || a.m == b.m && a.d > b.d || a.sub > b.sub && b.sub > 0 {
			a.y--
		}
	case a.hasY && a.x == 0 && !b.hasY && b.m > 0 && b.shift == nil:
		// "5 March 1953 – 7 April"
		b.y, b.hasY, b.era, b.yDigits = a.y, true, a.era, a.yDigits
		if b.m < a.m || b.m == a.m && b.d > 0 && b.d < a.d {
			b.y++
		}
	}
	if a.shift != nil || b.shift != nil || a.fixed != "" || b.fixed != "" || a.bare || b.bare {
		return a, b, false
	}
	if !a.hasY || !b.hasY {
		// Both without a year (their year comes from the context), or no range.
		ok := !a.hasY && !b.hasY && (a.m > 0 || a.sub > 0) && (b.m > 0 || b.sub > 0) && a.x == 0 && b.x == 0
		return a, b, ok
	}
	if a.era == 0 && b.era < 0 && a.x == b.x {
		a.era = b.era // "490–479 BC"
	}
	return a, b, true
}

// neg reports whether a point's year is before Christ.
func (pt dpoint) neg() bool { return pt.era < 0 }

// yearRangeContext reports whether two numbers joined as a range (tokens
// [i, end)) are years: not pages ("pp. 1200–1250"), money or a count
// ("1200–1500 men").
func (p *dateParser) yearRangeContext(i, end int, kind string) bool {
	if p.numberCode(i) {
		return false
	}
	if m := p.mark(end); (isDash(m) || m == "/" || m == ".") && p.joined(end) && p.isNum(end+1) && p.joined(end+1) {
		return false // 2010-2015-86: a longer code
	}
	if p.countAfter(end, ctxWeak) {
		return false
	}
	if kind != "" {
		return true
	}
	return !p.pageBefore(i)
}

// finish applies the era to a point and checks it: the parts of a date
// must exist ("31 February" does not).
func (p *dateParser) finish(pt dpoint) (edtfDate, bool) {
	if !pt.hasY {
		return edtfDate{}, false
	}
	y := pt.y
	neg := false
	if pt.era < 0 {
		if pt.x > 0 {
			y, neg = -y, true
		} else {
			if y < 1 {
				return edtfDate{}, false
			}
			y = 1 - y
		}
	}
	e := edtfDate{y: y, neg: neg || y < 0, x: pt.x, m: pt.m, d: pt.d, sub: pt.sub, approx: pt.approx, uncertain: pt.uncertain}
	if pt.era > 0 && pt.y < 1 {
		return edtfDate{}, false
	}
	if e.m < 0 || e.m > 12 || e.d < 0 || e.m > 0 && e.d > daysIn(e.y, e.m) || e.d > 0 && e.m == 0 {
		return edtfDate{}, false
	}
	if e.y > 9999 || e.y < -99999 {
		return edtfDate{}, false
	}
	return e, true
}

// endpoint narrows one end of a range by its modifier: the start of "from
// early 1958" is 1958-01, the end of "to the end of 1960" 1960-12.
func endpoint(e edtfDate, pt dpoint, last bool) edtfDate {
	if pt.mod == "" && pt.part == [2]int{} {
		return e
	}
	iv, ok := e.interval()
	if !ok {
		return e
	}
	unit := iv.unit // the precision of the parts: months of a year, years of a decade
	if pt.part != [2]int{} {
		iv, ok = iv.nth(pt.part[0], pt.part[1])
		if !ok {
			return e
		}
	}
	iv = iv.part(pt.mod)
	c := iv.first
	if last {
		c = iv.last
	}
	out := edtfDate{y: c.Y, neg: c.Y < 0, approx: e.approx}
	switch unit {
	case "day":
		out.m, out.d = c.M, c.D
	case "month":
		out.m = c.M
	}
	return out
}

// before reports whether a starts before b ends, as a range needs.
func before(a, b edtfDate) bool {
	ia, ok1 := a.interval()
	ib, ok2 := b.interval()
	if !ok1 || !ok2 {
		return false
	}
	da, db := ia.first.dayNumber(), ib.first.dayNumber()
	if da >= db || ib.last.dayNumber() < ia.last.dayNumber() {
		return false
	}
	// A range of more than a thousand years is no range of dates.
	return ib.last.Y-ia.first.Y <= 1000
}

// listAt reads a list of dates that complete one another: "on 5 and 7
// March 1953", "in March, April and May 1921", "in 1958, 1959 and 1961".
func (p *dateParser) listAt(i int, ctx ctxLevel) ([]Date, int, bool) {
	first, ok := p.rangeEnd(i, ctx)
	if !ok {
		return nil, 0, false
	}
	items := []dpoint{first}
	k := first.to
	for {
		j := k
		if p.mark(j) == "," {
			j++
		}
		if w := p.word(j); w == "and" || w == "or" || p.mark(j) == "&" {
			j++
		} else if j == k {
			break
		}
		next, ok := p.rangeEnd(j, ctxStrong)
		if !ok || next.mod != "" || next.approx && !first.approx {
			break
		}
		if (p.plainYear(next) || next.bare) && p.countAfter(next.to, ctxWeak) {
			break
		}
		items = append(items, next)
		k = next.to
		if !next.bare && !p.plainYear(next) {
			break
		}
	}
	last := items[len(items)-1]
	if len(items) < 2 || last.bare {
		return nil, 0, false
	}
	years := p.plainYear(first)
	if years && ctx == ctxNone && p.yearContextAt(i) == ctxNone {
		return nil, 0, false
	}
	needed := years
	var out []Date
	for n, it := range items {
		if it.bare || n < len(items)-1 && !it.hasY && it.shift == nil && it.fixed == "" && (it.m > 0 || it.sub > 0) && last.hasY {
			var ok bool
			if it, _, ok = p.inherit(it, last); !ok {
				return nil, 0, false
			}
			needed = true
		}
		d, ok := p.toDate(it)
		if !ok {
			return nil, 0, false
		}
		out = append(out, d)
	}
	if !needed {
		return nil, 0, false // dates complete in themselves are read one by one
	}
	if p.pluralPeriod(last) {
		// "the seventeenth and eighteenth centuries" is one stretch of time.
		lo, hi := out[0], out[0]
		for _, d := range out[1:] {
			if edtfBefore(d.EDTF, lo.EDTF) {
				lo = d
			}
			if edtfBefore(hi.EDTF, d.EDTF) {
				hi = d
			}
		}
		return []Date{{Span: lex.Span{Start: out[0].Start, End: out[len(out)-1].End}, EDTF: lo.EDTF + "/" + hi.EDTF}}, last.to, true
	}
	return out, last.to, true
}

// pluralPeriod reports whether a point is named in the plural ("18th
// centuries", "4th centuries BC"), as the last item of a list of periods.
func (p *dateParser) pluralPeriod(pt dpoint) bool {
	for k := pt.from; k < pt.to; k++ {
		if w := p.word(k); w == "centuries" || w == "millennia" {
			return true
		}
	}
	return false
}

// toDate turns a point into a Date: EDTF for an absolute date, a Shift for
// a relative one or for a day, month or season named without its year.
func (p *dateParser) toDate(pt dpoint) (Date, bool) {
	if pt.from >= pt.to || pt.to > len(p.toks) {
		return Date{}, false
	}
	d := Date{Span: lex.Span{Start: p.toks[pt.from].Start, End: p.toks[pt.to-1].End}, Mod: pt.mod, Calendar: pt.calendar}
	switch {
	case pt.fixed != "":
		if pt.part != [2]int{} || pt.turn {
			return Date{}, false
		}
		d.EDTF = pt.fixed
		return d, true
	case pt.shift != nil:
		if pt.part != [2]int{} || pt.turn {
			return Date{}, false
		}
		s := *pt.shift
		d.Shift = &s
		if pt.decade > 0 {
			d.EDTF = decadeDefault(pt.decade - 1)
		}
		return d, true
	case pt.decade > 0:
		d.Shift = &Shift{Unit: "decade", Fill: "XX" + string(rune('0'+pt.decade-1)) + "X"}
		d.EDTF = decadeDefault(pt.decade - 1)
		return d, true
	case !pt.hasY && pt.part[1] == 0 && pt.part[0] != 0 && pt.m > 0 && pt.d == 0 && pt.shift == nil:
		// "the first week of August": its days, in a year yet to be known.
		if pt.m == 2 && pt.part[0] < 0 {
			return Date{}, false // the last week of February depends on the year
		}
		v, ok := partEDTF(edtfDate{y: 2000, m: pt.m}, pt.part[0], 0)
		lo, hi, _ := strings.Cut(v, "/")
		if !ok {
			return Date{}, false
		}
		d.Shift = &Shift{Unit: "year", Fill: "XXXX" + lo[4:] + "/XXXX" + hi[4:]}
		return d, true
	case !pt.hasY:
		if pt.m == 0 && pt.sub == 0 || pt.part != [2]int{} || pt.turn {
			return Date{}, false
		}
		fill := edtfDate{m: pt.m, d: pt.d, sub: pt.sub}
		if pt.m > 0 && pt.d > daysIn(2000, pt.m) {
			return Date{}, false
		}
		d.Shift = &Shift{Unit: "year", Fill: fill.fillString()}
		return d, true
	}
	e, ok := p.finish(pt)
	if !ok {
		return Date{}, false
	}
	switch {
	case pt.turn:
		// The turn of the nineteenth century is the years around 1800.
		c := e.y
		if e.neg {
			c = -e.y
		}
		lo, hi := edtfDate{y: c - 5, neg: c-5 < 0}, edtfDate{y: c + 5, neg: c+5 < 0}
		d.EDTF = lo.String() + "/" + hi.String()
	case pt.part != [2]int{}:
		v, ok := partEDTF(e, pt.part[0], pt.part[1])
		if !ok {
			return Date{}, false
		}
		d.EDTF = v
	default:
		d.EDTF = e.String()
	}
	return d, true
}

// decadeDefault is the decade of the twentieth century a decade named
// without its century means when nothing else tells ("the fifties": 195X).
func decadeDefault(digit int) string { return "19" + string(rune('0'+digit)) + "X" }

// edtfBefore reports whether EDTF value a begins in an earlier year than b.
func edtfBefore(a, b string) bool {
	ya, ok1 := EDTFYear(a)
	yb, ok2 := EDTFYear(b)
	return ok1 && ok2 && ya < yb
}

func pow10(n int) int {
	r := 1
	for ; n > 0; n-- {
		r *= 10
	}
	return r
}

func isMoneyMark(s string) bool {
	switch s {
	case "$", "£", "€", "¥", "₹", "#", "+", "№":
		return true
	}
	return false
}
