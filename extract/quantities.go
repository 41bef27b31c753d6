package extract

import (
	"strings"
)

// Quantity is a numeric expression found in a text: a count, percentage,
// amount of money, measure, ratio or multiplier, with its qualifier ("more
// than" is gt). Value is nil for a vague quantity ("millions of tons"); High
// is the upper end of a range. Unit is normalised ("USD", "t", "percent") or,
// for a count, the counted noun phrase as written ("backyard furnaces");
// Surface is the unit as written where it differs in kind from Unit ("$",
// "tonnes", "per cent"), and empty for counts.
type Quantity struct {
	Span
	Value     *float64
	High      *float64
	Kind      string
	Unit      string
	Surface   string
	Qualifier string
	Vague     bool
}

// The kinds of quantity.
const (
	KindCount      = "count"
	KindPercent    = "percent"
	KindMoney      = "money"
	KindMeasure    = "measure"
	KindRatio      = "ratio"
	KindMultiplier = "multiplier"
)

// The qualifiers of a quantity.
const (
	QualNone   = "none"
	QualApprox = "approx"
	QualGT     = "gt"
	QualGTE    = "gte"
	QualLT     = "lt"
	QualLTE    = "lte"
	QualRange  = "range"
)

// Quantities finds the numeric expressions of text, in order. Numbers that
// lie inside one of dates (years, days of the month) are not quantities, nor
// are ordinals, numbers in names ("Route 66"), footnote markers ("[12]"),
// page references ("p. 45") and fixed phrases ("walk on two legs", "one
// another").
func Quantities(text string, dates []Date) []Quantity {
	ws := words(text)
	var out []Quantity
	d := 0
	for i := 0; i < len(ws); {
		q, next, ok := quantityAt(text, ws, i)
		if ok {
			for d < len(dates) && dates[d].End <= q.Start {
				d++
			}
			if d < len(dates) && dates[d].Overlaps(q.Span) {
				ok = false
			}
		}
		if !ok {
			i++
			continue
		}
		out = append(out, q)
		i = next
	}
	return out
}

// quantityAt parses the quantity that starts at ws[i], if any, and returns
// it with the index of the word after it.
func quantityAt(text string, ws []word, i int) (Quantity, int, bool) {
	if q, next, ok := multiplierAt(ws, i); ok {
		return q, next, true
	}
	if q, next, ok := ratioAt(ws, i); ok {
		return q, next, true
	}
	if isFixedPhrase(ws, i) {
		return Quantity{}, 0, false
	}
	q := Quantity{Qualifier: QualNone}
	j := i
	opener := ""
	if qual, next, ok := phraseAt(ws, j, qualifierPhrases); ok {
		q.Qualifier, j = qual, next
	} else if (ws[j].lower == "between" || ws[j].lower == "from") && !afterChangeVerb(ws, i) {
		opener, j = ws[j].lower, j+1
	}
	if j >= len(ws) {
		return Quantity{}, 0, false
	}
	// A vague quantity: "millions of tons", "tens of thousands of people".
	if afterOf, ok := vagueAt(ws, j); ok {
		q.Vague, q.Qualifier = true, QualApprox
		next := afterOf
		q.Kind, q.Unit, q.Surface, next = unitAfter(text, ws, afterOf)
		if next == afterOf {
			next = afterOf - 1 // nothing named after "of": the quantity ends before it
		}
		q.Span = Span{ws[i].Start, ws[next-1].End}
		return q, next, true
	}
	currency := ""
	if c, next, ok := currencySymbolAt(ws, j); ok {
		currency, j = c, next
	}
	n, ok := numberAt(ws, j, currency != "")
	if !ok || !plainNumber(text, ws, j, n, currency != "" || q.Qualifier != QualNone) {
		return Quantity{}, 0, false
	}
	value := n.value
	q.Value = &value
	j = n.next
	// A range: "15–45 million", "20 to 30 percent", "between 15 and 45".
	if high, next, ok := rangeEndAt(ws, j, opener, currency != "", afterChangeVerb(ws, i)); ok {
		// "15–45 million": the low end shares the high end's scale, unless
		// it is already the larger ("800,000 and 1.5 million").
		if n.scale == 1 && high.scale > 1 && scaleBy(value, high.scale) <= high.value {
			value = scaleBy(value, high.scale)
		}
		h := high.value
		q.High, q.Qualifier, j = &h, QualRange, next
	} else if opener != "" {
		return Quantity{}, 0, false
	}
	if currency != "" {
		q.Kind, q.Unit, q.Surface = KindMoney, currency, currencySurface(ws, i, j)
	} else {
		q.Kind, q.Unit, q.Surface, j = unitAfter(text, ws, j)
		if q.Kind == KindCount && q.Unit == "" && n.words && !n.scaled {
			return Quantity{}, 0, false // "two" alone says nothing
		}
	}
	q.Span = Span{ws[i].Start, ws[j-1].End}
	return q, j, true
}

// plainNumber rules out numbers that are not quantities: ordinals ("1st"),
// decades ("1950s"), years in a date context, numbers in names ("Route 66"),
// footnote markers, page references, clock times and numbers that are the
// first half of a compound adjective ("a 10-mile march").
func plainNumber(text string, ws []word, j int, n number, marked bool) bool {
	w := ws[j]
	if w.kind == wordNumber {
		if n.next < len(ws) && !n.scaled {
			after := ws[n.next]
			if after.joined && after.kind == wordLetters && !isUnitWord(after.lower) {
				return false // 1st, 1950s, 12a
			}
			if after.joined && (after.text == ":" || after.text == "-") {
				return false // 10:30, a 10-mile march
			}
			if after.text == "]" && j > 0 && ws[j-1].text == "[" {
				return false // [12]
			}
		}
		if !marked && !n.scaled && !strings.ContainsAny(w.text, ",.") && n.value >= 1000 && n.value <= 2100 &&
			yearContext(text, w.Span) {
			return false // a year
		}
		if j > 0 {
			prev := ws[j-1]
			if pageWords[strings.TrimSuffix(prev.lower, ".")] || (prev.text == "." && j > 1 && pageWords[ws[j-2].lower]) {
				return false // p. 45, vol. 2
			}
			if !marked && prev.kind == wordLetters && prev.capitalised() && !strings.ContainsAny(w.text, ",.") &&
				!strings.HasSuffix(prev.lower, "'s") && !strings.HasSuffix(prev.lower, "’s") &&
				!sentenceStart(ws, j-1) && !isQualifierWord(prev.lower) {
				return false // Route 66, Apollo 11
			}
		}
	}
	return true
}

// sentenceStart reports whether ws[k] begins a sentence (or the text).
func sentenceStart(ws []word, k int) bool {
	return k == 0 || ws[k-1].text == "." || ws[k-1].text == "!" || ws[k-1].text == "?" ||
		ws[k-1].text == "\"" || ws[k-1].text == "“"
}

var pageWords = setOf("p", "pp", "page", "pages", "vol", "vols", "volume", "no", "nos",
	"chapter", "ch", "chap", "fig", "figure", "note", "n", "nn", "section", "sec",
	"art", "article", "line", "lines", "plate", "table", "folio", "fol", "ff")

// rangeEndAt reads the second number of a range. After a verb of change
// ("rose from 8.9 million to 17.9 million") "to" starts a second quantity.
func rangeEndAt(ws []word, j int, opener string, money, change bool) (number, int, bool) {
	if j+1 >= len(ws) {
		return number{}, 0, false
	}
	sep := ws[j].lower
	ok := false
	switch opener {
	case "between":
		ok = sep == "and"
	case "from":
		ok = sep == "to"
	default:
		ok = sep == "–" || sep == "—" || sep == "-" || (sep == "to" && !change)
	}
	if !ok {
		return number{}, 0, false
	}
	k := j + 1
	if money {
		if _, next, ok := currencySymbolAt(ws, k); ok {
			k = next
		}
	}
	n, ok := numberAt(ws, k, money)
	if !ok {
		return number{}, 0, false
	}
	return n, n.next, true
}

// changeVerbs show that "from X to Y" is a change, two quantities, not a
// range.
var changeVerbs = setOf("rose", "risen", "rising", "rises", "fell", "fallen", "falling", "falls",
	"increased", "increasing", "grew", "grown", "growing", "declined", "dropped", "went",
	"jumped", "climbed", "doubled", "soared", "plunged", "shrank", "decreased", "reduced",
	"raised", "cut", "expanded", "changed", "moved")

func afterChangeVerb(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if changeVerbs[ws[k].lower] {
			return true
		}
		if ws[k].kind == wordPunct {
			break
		}
	}
	return false
}

// phrase is a run of words that means something to the grammar.
type phrase struct {
	words []string
	means string
}

// qualifierPhrases are the words before a number that qualify it.
var qualifierPhrases = []phrase{
	{[]string{"more", "than"}, QualGT}, {[]string{"over"}, QualGT}, {[]string{"above"}, QualGT},
	{[]string{"in", "excess", "of"}, QualGT}, {[]string{"upwards", "of"}, QualGT},
	{[]string{"well", "over"}, QualGT}, {[]string{"just", "over"}, QualGT},
	{[]string{"at", "least"}, QualGTE}, {[]string{"no", "fewer", "than"}, QualGTE},
	{[]string{"no", "less", "than"}, QualGTE}, {[]string{"a", "minimum", "of"}, QualGTE},
	{[]string{"less", "than"}, QualLT}, {[]string{"fewer", "than"}, QualLT},
	{[]string{"just", "under"}, QualLT}, {[]string{"under"}, QualLT}, {[]string{"below"}, QualLT},
	{[]string{"up", "to"}, QualLTE}, {[]string{"at", "most"}, QualLTE},
	{[]string{"no", "more", "than"}, QualLTE}, {[]string{"as", "many", "as"}, QualLTE},
	{[]string{"as", "much", "as"}, QualLTE}, {[]string{"within"}, QualLTE},
	{[]string{"a", "maximum", "of"}, QualLTE},
	{[]string{"about"}, QualApprox}, {[]string{"around"}, QualApprox}, {[]string{"roughly"}, QualApprox},
	{[]string{"approximately"}, QualApprox}, {[]string{"some"}, QualApprox},
	{[]string{"an", "estimated"}, QualApprox}, {[]string{"estimated"}, QualApprox},
	{[]string{"perhaps"}, QualApprox}, {[]string{"nearly"}, QualApprox}, {[]string{"almost"}, QualApprox},
	{[]string{"close", "to"}, QualApprox}, {[]string{"circa"}, QualApprox},
	{[]string{"c", "."}, QualApprox}, {[]string{"ca", "."}, QualApprox},
	{[]string{"approx", "."}, QualApprox}, {[]string{"an", "approximate"}, QualApprox},
}

func isQualifierWord(w string) bool {
	for _, p := range qualifierPhrases {
		if p.words[0] == w {
			return true
		}
	}
	return false
}

// phraseAt matches the longest of phrases at ws[i].
func phraseAt(ws []word, i int, phrases []phrase) (string, int, bool) {
	best, bestLen := "", 0
	for _, p := range phrases {
		if len(p.words) <= bestLen || i+len(p.words) > len(ws) {
			continue
		}
		match := true
		for k, pw := range p.words {
			if ws[i+k].lower != pw {
				match = false
				break
			}
		}
		if match {
			best, bestLen = p.means, len(p.words)
		}
	}
	return best, i + bestLen, bestLen > 0
}

// vagueAt reads "millions of", "tens of thousands of", "hundreds of
// thousands of", "dozens of" and returns the index after the final "of".
func vagueAt(ws []word, j int) (int, bool) {
	if !vagueWords[ws[j].lower] {
		return 0, false
	}
	k := j + 1
	for k+1 < len(ws) && ws[k].lower == "of" && vagueWords[ws[k+1].lower] {
		k += 2
	}
	if k < len(ws) && ws[k].lower == "of" {
		return k + 1, true
	}
	return 0, false
}

var vagueWords = setOf("tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions")

// currencySymbolAt reads a currency sign ("$", "£", "US$") and returns its
// ISO 4217 code.
func currencySymbolAt(ws []word, j int) (string, int, bool) {
	if j+1 < len(ws) && ws[j].text == "US" && ws[j+1].text == "$" && ws[j+1].joined {
		return "USD", j + 2, true
	}
	code, ok := map[string]string{"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}[ws[j].text]
	return code, j + 1, ok
}

// currencySurface returns the currency as written between words i and j.
func currencySurface(ws []word, i, j int) string {
	for k := i; k < j; k++ {
		if ws[k].kind == wordSymbol {
			if k > 0 && ws[k-1].text == "US" && ws[k].joined {
				return "US$"
			}
			return ws[k].text
		}
	}
	return ""
}

// unitAfter reads what follows a number: a percent sign or word, a currency
// word, a unit of measure, or the noun phrase it counts. It returns the kind,
// the normalised unit, the unit as written and the index after it.
func unitAfter(text string, ws []word, j int) (kind, unit, surface string, next int) {
	if j >= len(ws) {
		return KindCount, "", "", j
	}
	if ws[j].text == "%" {
		return KindPercent, "percent", "%", j + 1
	}
	if u, next, ok := phraseAt(ws, j, percentPhrases); ok {
		return KindPercent, u, text[ws[j].Start:ws[next-1].End], next
	}
	if code, next, ok := phraseAt(ws, j, currencyPhrases); ok {
		return KindMoney, code, text[ws[j].Start:ws[next-1].End], next
	}
	if sym, next, ok := phraseAt(ws, j, measurePhrases); ok {
		return KindMeasure, sym, text[ws[j].Start:ws[next-1].End], next
	}
	np := nounPhraseEnd(ws, j)
	if np == j {
		return KindCount, "", "", j
	}
	return KindCount, text[ws[j].Start:ws[np-1].End], "", np
}

var percentPhrases = []phrase{
	{[]string{"percent"}, "percent"}, {[]string{"per", "cent"}, "percent"},
	{[]string{"pct"}, "percent"}, {[]string{"percentage", "points"}, "percentage points"},
	{[]string{"percentage", "point"}, "percentage points"},
}

var currencyPhrases = []phrase{
	{[]string{"dollars"}, "USD"}, {[]string{"us", "dollars"}, "USD"}, {[]string{"dollar"}, "USD"},
	{[]string{"franc"}, "FRF"}, {[]string{"ruble"}, "RUB"}, {[]string{"rouble"}, "RUB"},
	{[]string{"rupee"}, "INR"}, {[]string{"pound", "sterling"}, "GBP"},
	{[]string{"pounds", "sterling"}, "GBP"}, {[]string{"sterling"}, "GBP"}, {[]string{"pounds"}, "GBP"},
	{[]string{"yuan"}, "CNY"}, {[]string{"renminbi"}, "CNY"}, {[]string{"rmb"}, "CNY"},
	{[]string{"rubles"}, "RUB"}, {[]string{"roubles"}, "RUB"}, {[]string{"yen"}, "JPY"},
	{[]string{"euros"}, "EUR"}, {[]string{"euro"}, "EUR"}, {[]string{"francs"}, "FRF"},
	{[]string{"marks"}, "DEM"}, {[]string{"reichsmarks"}, "DEM"}, {[]string{"deutschmarks"}, "DEM"},
	{[]string{"rupees"}, "INR"}, {[]string{"lire"}, "ITL"}, {[]string{"guilders"}, "NLG"},
	{[]string{"pesos"}, "MXN"}, {[]string{"pesetas"}, "ESP"},
}

var measurePhrases = []phrase{
	{[]string{"tons"}, "t"}, {[]string{"tonnes"}, "t"}, {[]string{"ton"}, "t"}, {[]string{"tonne"}, "t"},
	{[]string{"metric", "tons"}, "t"}, {[]string{"t"}, "t"},
	{[]string{"kilometres"}, "km"}, {[]string{"kilometers"}, "km"}, {[]string{"km"}, "km"},
	{[]string{"kilometre"}, "km"}, {[]string{"kilometer"}, "km"},
	{[]string{"miles"}, "mi"}, {[]string{"mile"}, "mi"},
	{[]string{"metres"}, "m"}, {[]string{"meters"}, "m"}, {[]string{"feet"}, "ft"},
	{[]string{"hectares"}, "ha"}, {[]string{"ha"}, "ha"}, {[]string{"acres"}, "acre"},
	{[]string{"square", "miles"}, "mi2"}, {[]string{"square", "kilometres"}, "km2"},
	{[]string{"square", "kilometers"}, "km2"},
	{[]string{"kilograms"}, "kg"}, {[]string{"kg"}, "kg"}, {[]string{"grams"}, "g"},
	{[]string{"litres"}, "L"}, {[]string{"liters"}, "L"}, {[]string{"gallons"}, "gal"},
	{[]string{"barrels"}, "bbl"},
}

// isUnitWord reports whether w, written straight after digits ("12km",
// "5kg"), is a unit.
func isUnitWord(w string) bool {
	for _, p := range measurePhrases {
		if len(p.words) == 1 && p.words[0] == w {
			return true
		}
	}
	return false
}

// nounStop are words that end a counted noun phrase.
var nounStop = setOf(
	"the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "to", "with",
	"and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "had", "have",
	"has", "was", "were", "is", "are", "be", "been", "being", "will", "would",
	"could", "should", "may", "might", "must", "can", "did", "do", "does", "as",
	"than", "per", "each", "more", "less", "this", "these", "those", "it", "its",
	"their", "his", "her", "they", "them", "he", "she", "we", "not", "no", "into",
	"during", "after", "before", "since", "until", "while", "when", "where",
	"between", "among", "across", "over", "under", "about", "around", "through",
	"throughout", "against", "within", "without", "also", "only", "still", "then",
	"there", "here", "so", "if", "because", "out", "up", "down", "off", "all",
	"both", "either", "neither", "such", "what", "i", "you", "our", "my", "your",
)

// nounPhraseEnd returns the end of the noun phrase that starts at ws[j]: up
// to four words, stopping at function words, punctuation and numbers, and
// leaving out a final word that looks like a verb ("people died").
func nounPhraseEnd(ws []word, j int) int {
	k := j
	for k < len(ws) && k-j < 4 {
		w := ws[k]
		if w.kind != wordLetters || nounStop[w.lower] || strings.HasSuffix(w.lower, "ly") {
			break
		}
		k++
	}
	if k > j {
		last := ws[k-1].lower
		if strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") {
			k--
		}
	}
	return k
}

// fixedPhrases are idioms whose numbers count nothing.
var fixedPhrases = [][]string{
	{"walk", "on", "two", "legs"}, {"one", "another"}, {"one", "of"}, {"one", "or", "two"},
	{"on", "the", "one", "hand"}, {"one", "day"}, {"no", "one"}, {"at", "one", "point"},
	{"one", "by", "one"}, {"two", "by", "two"}, {"one", "side"}, {"the", "one"},
}

// isFixedPhrase reports whether ws[i] is the number of a fixed phrase.
func isFixedPhrase(ws []word, i int) bool {
	for _, p := range fixedPhrases {
		for k, pw := range p {
			if _, ok := numberWords[pw]; !ok || pw != ws[i].lower {
				continue
			}
			start := i - k
			if start < 0 || start+len(p) > len(ws) {
				continue
			}
			match := true
			for m, w := range p {
				if ws[start+m].lower != w {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

var multiplierWords = map[string]float64{
	"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "quintupled": 5,
	"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
	"hundredfold": 100,
}

// multiplierAt reads "tripled", "twofold", "three times".
func multiplierAt(ws []word, i int) (Quantity, int, bool) {
	w := ws[i]
	if v, ok := multiplierWords[w.lower]; ok {
		return Quantity{Span: w.Span, Value: &v, Kind: KindMultiplier, Qualifier: QualNone}, i + 1, true
	}
	if before, ok := strings.CutSuffix(w.lower, "-fold"); ok {
		if v, ok := wordValue(before); ok {
			return Quantity{Span: w.Span, Value: &v, Kind: KindMultiplier, Qualifier: QualNone}, i + 1, true
		}
	}
	return Quantity{}, 0, false
}

var fractionWords = map[string]float64{
	"half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
	"fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}

// ratioAt reads "a third of", "two-thirds of", "half of", "one in four".
func ratioAt(ws []word, i int) (Quantity, int, bool) {
	w := ws[i]
	ratio := func(v float64, end int) (Quantity, int, bool) {
		return Quantity{Span: Span{w.Start, ws[end-1].End}, Value: &v, Kind: KindRatio, Qualifier: QualNone}, end, true
	}
	// "one in four", "three out of four"
	if a, ok := wordValue(w.lower); ok {
		k := i + 1
		if k+1 < len(ws) && ws[k].lower == "out" && ws[k+1].lower == "of" {
			k++
		}
		if k+1 < len(ws) && (ws[k].lower == "in" || ws[k].lower == "of") {
			if b, ok := wordValue(ws[k+1].lower); ok && b > a {
				return ratio(a/b, k+2)
			}
		}
	}
	// "a third of", "two-thirds of", "half of", "half the"
	n, fracWord := 1.0, w.lower
	if num, den, ok := strings.Cut(w.lower, "-"); ok {
		v, ok := wordValue(num)
		if !ok {
			return Quantity{}, 0, false
		}
		n, fracWord = v, den
	} else if w.lower == "a" || w.lower == "one" {
		if i+1 >= len(ws) {
			return Quantity{}, 0, false
		}
		fracWord = ws[i+1].lower
		i++
	}
	f, ok := fractionWords[fracWord]
	if !ok || i+1 >= len(ws) || (ws[i+1].lower != "of" && !(fracWord == "half" && ws[i+1].lower == "the")) {
		return Quantity{}, 0, false
	}
	return ratio(n*f, i+2)
}
