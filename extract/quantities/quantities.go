package quantities

import (
	"math"
	"sort"
	"sync"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/lex"
)

// Quantity is a numeric expression found in a text: a count, percentage,
// amount of money, measure, ratio or multiplier, with its qualifier ("more
// than" is gt). Value is nil for a vague quantity ("millions of tons"); High
// is the upper end of a range. Unit is normalised ("USD", "t", "percent")
// or, for a count, the counted noun phrase as written ("backyard
// furnaces"); Surface is the unit as written for money, measures and
// percentages ("$", "tonnes", "per cent"), and empty otherwise.
//
// Span covers the whole expression, qualifiers included ("more than 30
// million people"); Bare leaves out the qualifiers ("30 million people"),
// and the unit of a rate ("$70" of "$70 per barrel"), and Numeral covers
// the number alone ("30 million", "15 and 45 million" in
// a range), without sign of currency or unit.
type Quantity struct {
	lex.Span
	Bare      lex.Span
	Numeral   lex.Span
	Value     *float64
	High      *float64
	Kind      string
	Unit      string
	Surface   string
	Qualifier string
	Vague     bool
	// Change is "up" or "down" when the quantity is the size of a change
	// ("rose by $4 billion", "fell 12 percent", "doubled"), else empty.
	Change string
	// Duration is the ISO 8601 duration of a quantity of kind duration
	// ("P872D" for "872 days", "P10Y" for "ten years"); empty for a range.
	Duration string
}

// The kinds of quantity.
const (
	KindCount      = "count"
	KindPercent    = "percent"
	KindMoney      = "money"
	KindMeasure    = "measure"
	KindRatio      = "ratio"
	KindMultiplier = "multiplier"
	KindDuration   = "duration"
)

// Quantities finds the numeric expressions of text, in order and without
// overlaps. Numbers that lie inside one of dates (years, days of the month)
// are not quantities, nor are ordinals, numbers in names ("Route 66"),
// footnote markers ("[12]"), page references ("p. 45"), list numbering and
// fixed phrases ("walk on two legs", "one another"); see exclusions.go.
func Quantities(text string, dates []dates.Date) []Quantity {
	bp := wordBuffers.Get().(*[]lex.Word)
	defer wordBuffers.Put(bp)
	p := &parser{text: text, ws: lex.AppendWords((*bp)[:0], text), dates: dates}
	defer func() { *bp = p.ws[:0] }()
	var out []Quantity
	d := 0
	for i := 0; i < len(p.ws); {
		if !p.mayStart(i) {
			i++
			continue
		}
		q, next, ok := p.quantityAt(i)
		if ok && !(finite(q.Value) && finite(q.High)) {
			ok = false // a number too large for a float64 is no claim we can hold
		}
		if ok {
			for d < len(dates) && dates[d].End <= q.Start {
				d++
			}
			// A number inside a date ("within 30 years", "the 1950s") is
			// the date's; a quantity whose number is its own keeps it even
			// where its words touch a date.
			num := q.Numeral
			if num.Len() == 0 {
				num = q.Span // a vague quantity has no number of its own
			}
			for k := d; k < len(dates) && dates[k].Start < q.End; k++ {
				if dates[k].Overlaps(num) {
					ok = false
					break
				}
			}
		}
		if !ok || next <= i {
			i++
			continue
		}
		q.Change = p.changeAt(i, q)
		out = append(out, q)
		i = next
	}
	return elidedUnits(text, p.ws, out)
}

// finite reports whether v is nil or a finite number.
func finite(v *float64) bool { return v == nil || !math.IsInf(*v, 0) && !math.IsNaN(*v) }

// parser holds a text and its words while quantities are read from it.
type parser struct {
	text  string
	ws    []lex.Word
	dates []dates.Date // the dates of text, in order

	halfCrowns int8 // whether the text has the word "half-crowns": 0 not yet known, 1 yes, -1 no
	numbers    [8]numberMemo
}

// numberMemo is a number the parser read at a word (see number).
type numberMemo struct {
	at    int
	money bool
	n     lex.Number
	ok    bool
	set   bool
}

// number is lex.NumberAt over the parser's words, remembered: the forms
// tried at one word read the number there again and again (old money,
// multipliers, the core of a quantity), a fifth of the grammar's time.
func (p *parser) number(j int, money bool) (lex.Number, bool) {
	m := &p.numbers[j&7]
	if m.set && m.at == j && m.money == money {
		return m.n, m.ok
	}
	n, ok := lex.NumberAt(p.ws, j, money)
	*m = numberMemo{at: j, money: money, n: n, ok: ok, set: true}
	return n, ok
}

// inDate reports whether s lies inside one of the text's absolute dates:
// "1958" in "in 1958" is a year, in "1958 tractors" a count.
func (p *parser) inDate(s lex.Span) bool {
	i := sort.Search(len(p.dates), func(i int) bool { return p.dates[i].End >= s.End })
	for ; i < len(p.dates) && p.dates[i].Start <= s.Start; i++ {
		if p.dates[i].Contains(s) && p.dates[i].Shift == nil {
			return true
		}
	}
	return false
}

// starters are the letter words a quantity can begin with; any other word
// of letters is passed over at once.
var starters = func() map[string]bool {
	m := map[string]bool{
		"a": true, "an": true, "half": true, "between": true, "from": true, "minus": true,
		"negative": true, "twice": true, "thrice": true, "several": true, "many": true,
		"few": true, "couple": true, "quarter": true, "moiety": true,
	}
	lex.WithWords(m, lex.PreQualifiers, lex.CurrencyPrefixes)
	lex.WithWords(m, lex.NumberWords, lex.ScaleWords, lex.CountWords, multiplierWords, lex.PenceWords)
	m["half-a-crown"], m["half-crown"] = true, true
	lex.WithWords(m, taxers)
	return lex.WithWords(m, vagueWords)
}()

// mayStart reports whether a quantity can begin at ws[i]: a number, a sign,
// or a word that opens one.
func (p *parser) mayStart(i int) bool {
	w := p.ws[i]
	switch w.Kind {
	case lex.WordNumber, lex.WordSymbol:
		return true
	case lex.WordPunct:
		return w.Lower == "-" || w.Lower == "−" || lex.PreQualifiers.Has(w.Lower)
	}
	if starters[w.Lower] {
		return true
	}
	// twenty-six, one-third, ten-fold, six-mile
	for k := 0; k < len(w.Lower); k++ {
		if w.Lower[k] == '-' {
			return starters[w.Lower[:k]]
		}
	}
	return false
}

// quantityAt parses the quantity that starts at ws[i], if any, and returns
// it with the index of the word after it.
func (p *parser) quantityAt(i int) (Quantity, int, bool) {
	ws := p.ws
	qual, j := lex.QualNone, i
	if q, next, ok := lex.PreQualifiers.At(ws, i); ok && next < len(ws) {
		qual, j = q, next
		if (ws[i].Lower == "c" || ws[i].Lower == "ca") && !(next < len(ws) && ws[next].Kind == lex.WordNumber) {
			qual, j = lex.QualNone, i // "c" before anything but a number is no circa ("C$ 300")
		}
	}
	q, next, ok := p.bareAt(j, qual != lex.QualNone || (i > 0 && ws[i-1].Lower == "by"))
	if !ok {
		return Quantity{}, i, false
	}
	if qual != lex.QualNone && q.Qualifier != lex.QualRange && !q.Vague {
		q.Qualifier = qual
	}
	q.Span = lex.Span{Start: ws[i].Start, End: max(q.Bare.End, q.Span.End)}
	return q, next, true
}

// bareAt reads a quantity without the qualifier before it. bare allows a
// fraction alone ("more than half", "by a third").
func (p *parser) bareAt(j int, bare bool) (Quantity, int, bool) {
	ws := p.ws
	if v, next, ok := p.multiplierAt(j); ok {
		return p.simple(KindMultiplier, v, j, next, next), next, true
	}
	if q, next, ok := p.hyphenatedMeasureAt(j); ok {
		return q, next, true
	}
	if sym, next, ok := oneOldMeasureAt(ws, j); ok {
		q := p.simple(KindMeasure, 1, j, next, j+1)
		q.Unit, q.Surface = sym, p.text[ws[j+1].Start:ws[next-1].End]
		return q, next, true
	}
	if v, next, numEnd, ok := oldRatioAt(ws, j); ok {
		return p.simple(KindRatio, v, j, next, numEnd), next, true
	}
	if q, next, ok := p.ratioRangeAt(j); ok {
		return q, next, true
	}
	if v, next, ok := ratioAt(ws, j, bare); ok {
		if ws[next-1].Lower == "of" {
			next-- // "half of the population": the "of" leads to what the share is of
		}
		q := p.simple(KindRatio, v, j, next, next)
		return q, next, !(ws[j].Capitalised() && !lex.SentenceStart(ws, j) && ws[j].Kind == lex.WordLetters)
	}
	if q, next, ok := p.oldMoneyAt(j); ok {
		if rate, after, ok := p.rateAt(next); ok && q.High == nil {
			q.Unit, next = q.Unit+"/"+rate, after // "5 shillings a week"
			q.Span.End = ws[after-1].End
		}
		return q, next, true
	}
	if q, next, ok := p.amountAt(j); ok {
		return q, next, true
	}
	return p.vagueAt(j)
}

// ratioRangeAt reads a range of two shares after "between": "between half
// and three-quarters of the rural poor", "between a third and a half".
func (p *parser) ratioRangeAt(j int) (Quantity, int, bool) {
	ws := p.ws
	if ws[j].Lower != "between" || j+1 >= len(ws) {
		return Quantity{}, j, false
	}
	low, k, ok := ratioAt(ws, j+1, true)
	if !ok || k >= len(ws) || ws[k].Lower != "and" {
		return Quantity{}, j, false
	}
	high, next, ok := ratioAt(ws, k+1, true)
	if !ok || high <= low {
		return Quantity{}, j, false
	}
	if ws[next-1].Lower == "of" {
		next-- // the "of" leads to what the share is of
	}
	q := p.simple(KindRatio, low, j, next, next)
	q.High, q.Qualifier = &high, lex.QualRange
	return q, next, true
}

// simple makes a quantity of one value over ws[j:end], its numeral ending
// before ws[numEnd].
func (p *parser) simple(kind string, v float64, j, end, numEnd int) Quantity {
	sp := lex.Span{Start: p.ws[j].Start, End: p.ws[end-1].End}
	return Quantity{Span: sp, Bare: sp, Numeral: lex.Span{Start: p.ws[j].Start, End: p.ws[numEnd-1].End},
		Value: &v, Kind: kind, Qualifier: lex.QualNone}
}

// core is one number with what belongs to it: a currency before it, a unit
// after it, a qualifier after it ("or more").
type core struct {
	n       lex.Number
	start   int // index of the first word (the currency sign, or the number)
	end     int // index after the last word
	kind    string
	unit    string
	surface string
	qual    string
	prefix  bool // the currency stands before the number
	rate    int  // index of the word that opens the unit of a rate ("per barrel"), else 0
}

// coreAt reads a number with its currency and unit at ws[k].
func (p *parser) coreAt(k int) (core, bool) {
	ws := p.ws
	c := core{start: k, kind: KindCount, qual: lex.QualNone}
	if code, surface, next, ok := lex.CurrencyPrefixAt(p.text, ws, k); ok {
		c.kind, c.unit, c.surface, c.prefix, k = KindMoney, code, surface, true, next
	}
	n, ok := p.number(k, c.prefix)
	if !ok {
		return core{}, false
	}
	if ws[n.Start].Kind == lex.WordNumber || (ws[n.Start].Kind == lex.WordPunct && n.Start+1 < len(ws) && ws[n.Start+1].Kind == lex.WordNumber) {
		if p.digitsExcluded(n, c.prefix) {
			return core{}, false
		}
	} else if p.wordsExcluded(n) {
		return core{}, false
	}
	c.n, k = n, n.Next
	if e, next, ok := scientificAt(ws, k); ok && !n.Words {
		c.n.Value, c.n.Next, c.n.Plain, k = scaleByPower(n.Value, e), next, false, next // 6.02×10^23
	}
	if q, next, ok := lex.PostQualifierAt(ws, k); ok {
		c.qual, k = q, next
	}
	if code, ok := lex.MillionCurrencyAt(ws, k); ok && !c.prefix {
		// "30 MUSD": millions of dollars
		c.n.Value, c.n.Scaled, c.n.Scale = lex.ScaleBy(c.n.Value, 1e6), true, 1e6
		c.kind, c.unit, c.surface, c.prefix, k = KindMoney, code, ws[k].Lit, true, k+1
	}
	if !c.prefix {
		from := k
		if n.Scaled && k+1 < len(ws) && ws[k].Lower == "of" && (lex.CountWords[ws[k-1].Lower] != 0 || lex.PluralScales[ws[k-1].Lower] != 0 || lex.ScaleWords[ws[k-1].Lower] != 0) {
			from = k + 1 // "a score of villages", "seven millions of ducats"
		}
		kind, unit, surface, next := p.unitAfter(from)
		if next == from {
			next = k
		}
		if videoLines(ws, k, c.n) {
			kind, unit, surface, next = KindMeasure, "p", ws[k].Lit, k+1 // "1080p", not pence
		}
		// "a 10-mile march", "a 12-cent dividend": the unit joined by a hyphen.
		if next == k && k+1 < len(ws) && ws[k].Lower == "-" && ws[k].Joined && ws[k+1].Joined && ws[k+1].Kind == lex.WordLetters {
			if kd, u, s, nx := p.unitAfter(k + 1); kd != KindCount && nx > k+1 {
				kind, unit, surface, next = kd, u, s, nx
			} else {
				return core{}, false // a 10-year plan, a 75-year-old man
			}
		}
		if kind != KindCount && next < len(ws) && ws[next].Joined && (ws[next].Kind == lex.WordNumber || ws[next].Kind == lex.WordLetters) {
			return core{}, false // 24703L202: a code, not a measure
		}
		c.kind, c.unit, c.surface, k = kind, unit, surface, next
		c.n.Value, k = p.compoundAt(c.kind, c.unit, c.n.Value, k)
		if c.kind == KindCount {
			if sym, ok := durationUnit(c.unit); ok {
				c.kind, c.unit, c.surface = KindDuration, sym, c.unit
			}
		}
	}
	if c.kind != KindCount || c.unit != "" {
		if rate, next, ok := p.rateAt(k); ok {
			c.unit, c.rate, k = c.unit+"/"+rate, k, next // "$70 per barrel", "5 tonnes a day"
		} else if rate, next, ok := p.rateOfAt(c.kind, k); ok {
			c.unit, c.rate, k = c.unit+"/"+rate, k, next // "250 grams of bread a day"
		}
	}
	if c.qual == lex.QualNone {
		if q, next, ok := lex.PostQualifierAt(ws, k); ok {
			c.qual, k = q, next
		}
	}
	c.end = k
	return c, true
}

// unitAfter reads what follows a number at ws[j]: a percent sign or word, a
// currency, a unit of measure, or the noun phrase it counts. It returns the
// kind, the normalised unit, the unit as written and the index after it.
func (p *parser) unitAfter(j int) (kind, unit, surface string, next int) {
	ws := p.ws
	if j >= len(ws) {
		return KindCount, "", "", j
	}
	written := func(next int) string { return p.text[ws[j].Start:ws[next-1].End] }
	if u, next, ok := lex.PercentAt(ws, j); ok {
		return KindPercent, u, written(next), next
	}
	if code, next, ok := lex.CurrencyAfterAt(ws, j); ok {
		return KindMoney, code, written(next), next
	}
	if troopsAt(ws, j) {
		return KindCount, ws[j].Lit, "", j + 1 // "four hundred foot and fifteen horse"
	}
	if sym, next, ok := lex.MeasureAt(ws, j); ok {
		return KindMeasure, sym, written(next), next
	}
	if ws[j].Lower == "of" || ws[j].Joined {
		return KindCount, "", "", j
	}
	np := nounPhraseEnd(ws, j)
	if np == j {
		return KindCount, "", "", j
	}
	return KindCount, written(np), "", np
}

// hyphenatedMeasureAt reads a number word joined to a unit by a hyphen: "a
// six-mile march", "a three-ton truck".
func (p *parser) hyphenatedMeasureAt(j int) (Quantity, int, bool) {
	w := p.ws[j]
	k := -1
	for i := len(w.Lower) - 1; i > 0; i-- {
		if w.Lower[i] == '-' {
			k = i
			break
		}
	}
	if w.Kind != lex.WordLetters || k < 0 {
		return Quantity{}, j, false
	}
	v, ok := lex.WordValue(w.Lower[:k])
	if !ok {
		return Quantity{}, j, false
	}
	tail := w.Lower[k+1:]
	sym, _, ok := lex.MeasureUnits.At([]lex.Word{{Kind: lex.WordLetters, Lit: tail, Lower: tail}}, 0)
	kind := KindMeasure
	if !ok {
		if sym, _, ok = lex.CurrencyWords.At([]lex.Word{{Kind: lex.WordLetters, Lit: tail, Lower: tail}}, 0); !ok {
			if sym, _, ok = lex.PercentAt([]lex.Word{{Kind: lex.WordLetters, Lit: tail, Lower: tail}}, 0); !ok {
				return Quantity{}, j, false
			}
			kind = KindPercent
		} else {
			kind = KindMoney
		}
	}
	q := p.simple(kind, v, j, j+1, j+1)
	q.Numeral = lex.Span{Start: w.Start, End: w.Start + k}
	q.Unit, q.Surface = sym, w.Lit[k+1:]
	return q, j + 1, true
}

// amountAt reads a number with its unit, or a range of two: "600,000
// backyard furnaces", "$66 billion", "between 15 and 45 million", "20–30
// percent", "from 3 to 4 million deaths".
func (p *parser) amountAt(j int) (Quantity, int, bool) {
	ws := p.ws
	opener := ""
	k := j
	if w := ws[j].Lower; w == "between" || w == "from" {
		if w == "from" && changeBefore(ws, j) {
			return Quantity{}, j, false // "rose from 8.9 million to 17.9 million": two quantities
		}
		opener, k = w, j+1
		if _, next, ok := lex.PreQualifiers.At(ws, k); ok {
			k = next
		}
	}
	first, ok := p.coreAt(k)
	if !ok {
		return Quantity{}, j, false
	}
	q := Quantity{Kind: first.kind, Unit: first.unit, Surface: first.surface, Qualifier: first.qual}
	end := first.end
	low := first.n.Value
	numeral := lex.Span{Start: ws[first.n.Start].Start, End: ws[first.n.Next-1].End}
	change := opener == "" && k > 0 && ws[k-1].Lower == "from" && changeBefore(ws, k-1)
	if second, next, ok := p.rangeEndAt(first, opener, change); ok {
		high := second.n.Value
		if first.n.Scale == 1 && !first.n.Scaled && second.n.Scale > 1 && low < 1000 && lex.ScaleBy(low, second.n.Scale) <= high {
			low = lex.ScaleBy(low, second.n.Scale) // "15–45 million"
		}
		if low < high {
			if first.kind == KindCount && first.unit == "" {
				q.Kind, q.Unit, q.Surface = second.kind, second.unit, second.surface
			}
			q.High, q.Qualifier, end = &high, lex.QualRange, next
			if second.rate > 0 && unitBeforeRate(second.unit) == q.Unit {
				q.Unit = second.unit // the rate written once, at the end
			}
			numeral.End = ws[second.n.Next-1].End
		}
	}
	if opener != "" && q.High == nil {
		return Quantity{}, j, false
	}
	if q.High == nil && change {
		p.inheritChange(&q, first, &low)
	}
	if q.Kind == KindCount && q.Unit == "" && q.High == nil {
		if unit, next, ok := p.partitiveAt(end); ok && first.n.Value >= 2 {
			q.Unit, end = unit, next // "eighty-three of the besiegers"
		}
	}
	if q.Kind == KindCount && q.Unit == "" && first.n.Words && !first.n.Scaled && q.High == nil {
		return Quantity{}, j, false // "two" alone says nothing
	}
	if first.n.Words && !first.n.Scaled && first.n.Value == 1 && (q.Kind == KindCount || q.Kind == KindRatio) {
		return Quantity{}, j, false // "one ship": one is seldom a claim
	}
	q.Value = &low
	if q.Kind == KindDuration && q.High == nil {
		q.Duration = isoDuration(low, q.Surface)
	}
	// The bare quantity leaves out the unit of a rate: "$70" of "$70 per
	// barrel"; the whole span keeps it.
	bareEnd := end
	if q.High == nil && first.rate > 0 && first.rate < end {
		bareEnd = first.rate
	}
	q.Bare = lex.Span{Start: ws[j].Start, End: ws[bareEnd-1].End}
	q.Span = lex.Span{Start: ws[j].Start, End: ws[end-1].End}
	q.Numeral = numeral
	return q, end, true
}

// wordBuffers hold the words Quantities reads a text as, kept for the next
// call (a quantity keeps none of them).
var wordBuffers = sync.Pool{New: func() any { return new([]lex.Word) }}
