package lex

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// teenWords are the numbers from ten to nineteen in words.
var teenWords = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}

// TensWords are the tens from twenty to ninety in words, which combine with
// a unit ("twenty-five") or an ordinal ("twenty-first").
var TensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// NumberWords are the cardinal number words below a hundred: the units,
// teenWords, tensWords, and the archaic scores ("fourscore and seven").
var NumberWords = func() map[string]float64 {
	m := map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "threescore": 60, "fourscore": 80,
	}
	for _, table := range []map[string]int{teenWords, TensWords} {
		for w, v := range table {
			m[w] = float64(v)
		}
	}
	return m
}()

// OrdinalWords are the ordinal numbers in words: "first" to "twentieth",
// the tens ("thirtieth") and the scales ("hundredth", "millionth"). A
// compound ordinal is a ten and an ordinal: "twenty-first".
var OrdinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
	"seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}

// ScaleWords multiply the number before them. Lakh and crore are the Indian
// hundred thousand and ten million.
var ScaleWords = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
	"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "tln": 1e12,
}

// MoneyScales are the short scales written straight after an amount of
// money: "$66bn", "£500m", "$3k".
var MoneyScales = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9, "mm": 1e6}

// joinedScales are the short scales read straight after any digits: "10k".
var joinedScales = map[string]float64{"k": 1e3}

// CountWords multiply like scale words but are counts of their own: "a
// dozen", "three score".
var CountWords = map[string]float64{"dozen": 12, "score": 20, "brace": 2, "gross": 144}

// ParseDigits reads a number written in digits: "600,000", "1.5",
// "1.000.000" (dots between groups of three), "1.234,5" (a decimal comma
// after dotted groups), "12,34,567" (Indian grouping), "12 500" (thin
// spaces), "1½", "½", ".25".
func ParseDigits(s string) (float64, bool) {
	frac := 0.0
	if r, size := utf8.DecodeLastRuneInString(s); vulgarFractions[r] != 0 {
		frac, s = vulgarFractions[r], s[:len(s)-size]
		if s == "" {
			return frac, true
		}
	}
	if strings.ContainsAny(s, "\u2009\u202F\u00A0") {
		// "12 500": thin or no-break spaces between groups of three.
		intPart := s
		if k := strings.IndexAny(s, ".,"); k >= 0 {
			intPart = s[:k]
		}
		if !groupsOfThree(thinSpaces.Replace(intPart), ' ') {
			return 0, false
		}
		s = strings.ReplaceAll(thinSpaces.Replace(s), " ", "")
	}
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	switch {
	case commas > 0 && dots > 0 && strings.LastIndexByte(s, ',') > strings.LastIndexByte(s, '.'):
		// 1.234,5: dotted groups, decimal comma.
		intPart, dec, _ := strings.Cut(s, ",")
		if strings.Contains(dec, ",") || !groupsOfThree(intPart, '.') {
			return 0, false
		}
		s = strings.ReplaceAll(intPart, ".", "") + "." + dec
	case commas > 0:
		intPart, dec, _ := strings.Cut(s, ".")
		if strings.Contains(dec, ".") || !(groupsOfThree(intPart, ',') || indianGroups(intPart)) {
			return 0, false
		}
		s = strings.ReplaceAll(intPart, ",", "")
		if dec != "" {
			s += "." + dec
		}
	case dots > 1:
		if !groupsOfThree(s, '.') {
			return 0, false
		}
		s = strings.ReplaceAll(s, ".", "")
	}
	if len(s) > 0 && s[0] == '.' {
		s = "0" + s
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, false
	}
	return v + frac, true
}

// thinSpaces makes the spaces that may stand between groups of digits
// plain spaces.
var thinSpaces = strings.NewReplacer("\u2009", " ", "\u202F", " ", "\u00A0", " ")

// groupsOfThree reports whether s is digits grouped in threes by sep, the
// first group of one to three digits.
func groupsOfThree(s string, sep byte) bool {
	first := true
	for s != "" {
		g := s
		if k := strings.IndexByte(s, sep); k >= 0 {
			g, s = s[:k], s[k+1:]
		} else {
			s = ""
		}
		if (first && (len(g) == 0 || len(g) > 3)) || (!first && len(g) != 3) {
			return false
		}
		first = false
	}
	return !first
}

// indianGroups reports whether s is digits grouped the Indian way:
// "12,34,567" (three digits last, pairs before).
func indianGroups(s string) bool {
	groups := strings.Split(s, ",")
	n := len(groups)
	if n < 3 || len(groups[n-1]) != 3 || len(groups[0]) == 0 || len(groups[0]) > 2 {
		return false
	}
	for _, g := range groups[1 : n-1] {
		if len(g) != 2 {
			return false
		}
	}
	return true
}

// ScaleBy multiplies v by a power of ten without the rounding error of a
// binary multiplication (8.2 × 1e6 is 8199999.999999999); other factors are
// multiplied as they are.
func ScaleBy(v, scale float64) float64 {
	exp := math.Round(math.Log10(scale))
	if scale <= 0 || math.Pow(10, exp) != scale {
		return v * scale
	}
	out, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+strconv.Itoa(int(exp)), 64)
	if err != nil {
		return v * scale
	}
	return out
}

// Number is a number read from words: its value, the words it covers
// [start, next), whether it was written in words, and the scale word it
// ends in.
type Number struct {
	Value  float64
	Start  int
	Next   int
	Words  bool    // written in words: "twenty-six", "half a million"
	Scaled bool    // carries a scale or count word: "500 million", "a dozen"
	Scale  float64 // the scale word it ends in (1e6 for "45 million"), else 1
	Plain  bool    // digits with no separators, sign or fraction: a possible year, name or footnote
}

// NumberAt reads the number that starts at ws[i]: an optional sign
// ("-40", "minus 40"), digits with an optional fraction and scale word
// ("10 1/2", "3.5 million", "66bn" when money is true), or number words
// ("two hundred and fifty thousand", "a million", "half a million", "a
// quarter of a million", "one and a half million", "a dozen").
func NumberAt(ws []Word, i int, money bool) (Number, bool) {
	if i >= len(ws) {
		return Number{}, false
	}
	sign := 1.0
	k := i
	switch w := ws[i]; {
	case (w.Lower == "-" || w.Lower == "−") && i+1 < len(ws) && ws[i+1].Kind == WordNumber && ws[i+1].Joined &&
		(i == 0 || !w.Joined || ws[i-1].Lit == "("):
		sign, k = -1, i+1
	case (w.Lower == "minus" || w.Lower == "negative") && i+1 < len(ws):
		sign, k = -1, i+1
	}
	var n Number
	var ok bool
	if ws[k].Kind == WordNumber {
		n, ok = DigitsAt(ws, k, money)
	} else {
		n, ok = WordNumberAt(ws, k)
	}
	if !ok {
		return Number{}, false
	}
	n.Start, n.Value = i, sign*n.Value
	if sign < 0 {
		n.Plain = false
	}
	return n, true
}

// DigitsAt reads a number in digits with what may follow it: a fraction
// ("10 1/2"), "and a half", a scale word.
func DigitsAt(ws []Word, i int, money bool) (Number, bool) {
	w := ws[i]
	// A fraction alone: "1/4 mile", "3/4".
	if f, next, ok := SlashFraction(ws, i); ok && commonFraction(ws, i) && f < 1 &&
		!(next < len(ws) && ws[next].Joined && ws[next].Lit == "/") && !(i > 0 && w.Joined && ws[i-1].Lit == "/") {
		return withScale(ws, Number{Value: f, Start: i, Next: next, Scale: 1}, money), true
	}
	if w.Kind != WordNumber {
		return Number{}, false
	}
	n := Number{Value: w.Value, Start: i, Next: i + 1, Scale: 1, Plain: w.Form == Plain}
	if w.Form == Fraction && w.Value < 1 {
		if s, next, ok := ofAScale(ws, i+1); ok {
			// "½ a million", "¾ of a million", as "half a million"
			return Number{Value: w.Value * s, Start: i, Next: next, Scaled: true, Scale: s}, true
		}
	}
	// A mixed fraction: "10 1/2".
	if f, next, ok := SlashFraction(ws, i+1); ok && !strings.ContainsAny(w.Lit, ".,") && f < 1 {
		n.Value += f
		n.Next, n.Plain = next, false
	}
	// "1.5 million", "3 and a half million", "66bn", "30 lakh".
	n = withScale(ws, n, money)
	return n, true
}

// ofAScale reads "a million" or "of a million" at ws[j], the scale word a
// thousand or more, after a fraction: it returns the scale and the index
// after it.
func ofAScale(ws []Word, j int) (float64, int, bool) {
	if j < len(ws) && ws[j].Lower == "of" {
		j++
	}
	if j+1 >= len(ws) || ws[j].Lower != "a" && ws[j].Lower != "an" {
		return 0, j, false
	}
	if s := ScaleWords[ws[j+1].Lower]; s >= 1e3 {
		return s, j + 2, true
	}
	return 0, j, false
}

// SlashFraction reads "1/2" at ws[i]: digits, a joined slash and joined
// digits, the denominator from 2 to 100.
func SlashFraction(ws []Word, i int) (float64, int, bool) {
	if i+2 >= len(ws) || ws[i].Kind != WordNumber || !IsDigits(ws[i].Lit) ||
		(ws[i+1].Lit != "/" && ws[i+1].Lit != "⁄") || !ws[i+1].Joined || !ws[i+2].Joined || !IsDigits(ws[i+2].Lit) {
		return 0, 0, false
	}
	a, _ := strconv.ParseFloat(ws[i].Lit, 64)
	b, _ := strconv.ParseFloat(ws[i+2].Lit, 64)
	if b < 2 || b > 100 {
		return 0, 0, false
	}
	return a / b, i + 3, true
}

// commonFraction reports whether the slash fraction at ws[i] has one of the
// usual denominators, so that it is not read for a date ("9/11").
func commonFraction(ws []Word, i int) bool {
	switch ws[i+2].Lit {
	case "2", "3", "4", "5", "8", "10", "16":
		return true
	}
	return false
}

// withScale extends a number over the scale word after it: "million",
// "bn", "lakh crore", "and a half million", "dozen", and in money "m" or
// "k" written straight after the digits.
func withScale(ws []Word, n Number, money bool) Number {
	j := n.Next
	if j+2 < len(ws) && ws[j].Lower == "and" {
		if f, next, ok := FractionAt(ws, j+1); ok && next < len(ws) && ScaleWords[ws[next].Lower] >= 1e3 {
			n.Value += f
			j = next
		} else if ok && ws[j+1].Lower == "a" && (f == 0.5 || f == 0.25) && n.Plain && !timeUnitAt(ws, next) {
			n.Value += f // "7 and a half"
			n.Plain = false
			j = next
		}
	}
	if j >= len(ws) || ws[j].Kind != WordLetters {
		n.Next = j
		return n
	}
	lw := ws[j].Lower
	s, ok := ScaleWords[lw]
	if !ok && !ws[j].Joined {
		s, ok = PluralScales[lw] // "7 millions"
	}
	if !ok && money && ws[j].Joined {
		s, ok = MoneyScales[lw]
	}
	if !ok && ws[j].Joined {
		s, ok = joinedScales[lw]
	}
	if !ok && !money && lw == "m" && ws[j].Joined && (millionBefore(ws, j+1) || millionOfCount(ws, j)) {
		s, ok = 1e6, true // "1.5m tonnes", "40m devices", "deaths of over 30m": a scale, not metres
	}
	if !ok {
		s, ok = CountWords[lw]
		if lw == "dozens" {
			s, ok = 12, true
		}
		if CountsNeedOf[lw] && !(j+1 < len(ws) && ws[j+1].Lower == "of") {
			ok = false
		}
	}
	if !ok {
		n.Next = j
		return n
	}
	n.Value = ScaleBy(n.Value, s)
	n.Scaled, n.Plain, n.Scale = true, false, scaleOf(s)
	j++
	// "3 hundred thousand": a larger scale word after a smaller one.
	if j < len(ws) && ScaleWords[ws[j].Lower] > s && len(ws[j].Lower) > 3 && s < 1e3 {
		big := ScaleWords[ws[j].Lower]
		n.Value, n.Scale = ScaleBy(n.Value, big), big
		j++
	}
	if s == 1e5 && j < len(ws) && ScaleWords[ws[j].Lower] == 1e7 {
		n.Value, n.Scale = ScaleBy(n.Value, 1e7), 1e12 // lakh crore
		j++
	}
	// "a million and a half", "3 million and a quarter"
	if s >= 1e3 && j+2 < len(ws) && ws[j].Lower == "and" {
		if f, next, ok := FractionAt(ws, j+1); ok && (next >= len(ws) || ScaleWords[ws[next].Lower] == 0) {
			n.Value += ScaleBy(f, s)
			j = next
		}
	}
	n.Next = j
	return n
}

// WordNumberAt reads a number written in words.
func WordNumberAt(ws []Word, i int) (Number, bool) {
	w := ws[i]
	if w.Kind != WordLetters {
		return Number{}, false
	}
	// "half a million", "half a dozen", "half million", "half-million"
	if head, tail, ok := strings.Cut(w.Lower, "-"); ok && head == "half" {
		if s := ScaleOrCount(tail); s > 0 {
			return Number{Value: s / 2, Start: i, Next: i + 1, Words: true, Scaled: true, Scale: scaleOf(s)}, true
		}
	}
	if w.Lower == "half" {
		k := i + 1
		if k < len(ws) && (ws[k].Lower == "a" || ws[k].Lower == "an") {
			k++
		}
		if k < len(ws) {
			if s := ScaleOrCount(ws[k].Lower); s >= 12 && s != 100 {
				return Number{Value: s / 2, Start: i, Next: k + 1, Words: true, Scaled: true, Scale: scaleOf(s)}, true
			}
		}
		return Number{}, false
	}
	// "quarter million"
	if w.Lower == "quarter" && i+1 < len(ws) && ScaleOrCount(ws[i+1].Lower) >= 1e3 {
		s := ScaleOrCount(ws[i+1].Lower)
		return Number{Value: s / 4, Start: i, Next: i + 2, Words: true, Scaled: true, Scale: s}, true
	}
	// "a quarter of a million", "two-thirds of a million", "a quarter million"
	if f, next, ok := FractionAt(ws, i); ok {
		k := next
		if k+1 < len(ws) && ws[k].Lower == "of" && (ws[k+1].Lower == "a" || ws[k+1].Lower == "an") {
			k += 2
		}
		if k < len(ws) && ScaleWords[ws[k].Lower] >= 1e3 {
			s := ScaleWords[ws[k].Lower]
			return Number{Value: f * s, Start: i, Next: k + 1, Words: true, Scaled: true, Scale: s}, true
		}
	}
	// "a" or "an" stands for one, but only before a scale word or "dozen".
	if w.Lower == "a" || w.Lower == "an" {
		if i+1 >= len(ws) || ScaleOrCount(ws[i+1].Lower) == 0 {
			return Number{}, false
		}
		if CountsNeedOf[ws[i+1].Lower] && !(i+2 < len(ws) && ws[i+2].Lower == "of") {
			return Number{}, false
		}
	}
	total, current := 0.0, 0.0
	last := "" // what the previous word was: "", "value", "tens", "multiplier", "and"
	scaled, scale := false, 1.0
	j := i
loop:
	for ; j < len(ws) && ws[j].Kind == WordLetters; j++ {
		lw := ws[j].Lower
		v, isValue := WordValue(lw)
		if lw == "a" || lw == "an" {
			if last != "" || j+1 >= len(ws) || ScaleOrCount(ws[j+1].Lower) == 0 {
				break
			}
			v, isValue = 1, true
		}
		switch {
		case isValue:
			tensThenUnit := last == "tens" && v > 0 && v < 10
			if last != "" && last != "multiplier" && last != "and" && !tensThenUnit {
				break loop // "one two" is two numbers, not one
			}
			current += v
			last = "value"
			if (v >= 20 && int(v)%10 == 0) || lw == "threescore" || lw == "fourscore" {
				last = "tens"
			}
		case ScaleOrCount(lw) > 0 || PluralScales[lw] > 0 && (last == "value" || last == "tens" || last == "multiplier"):
			if last == "" || last == "and" {
				break loop
			}
			if CountsNeedOf[lw] && !(j+1 < len(ws) && ws[j+1].Lower == "of") {
				break loop // "a gross error"
			}
			m := ScaleOrCount(lw)
			if m == 0 {
				m = PluralScales[lw]
			}
			if m >= 1e3 {
				if scale >= 1e3 && m > scale && current == 0 {
					total *= m // "a thousand million"
					scale = m
					last = "multiplier"
					continue
				}
				if scale >= 1e3 && m >= scale {
					break loop
				}
				total += current * m
				current = 0
				scale = m
			} else {
				current *= m
				if scale < 1e3 {
					scale = 1
				}
			}
			scaled = true
			last = "multiplier"
		case lw == "and" && j+1 < len(ws) && (last == "multiplier" || last == "tens" && current >= 60):
			next := ws[j+1].Lower
			if _, ok := WordValue(next); ok && next != "a" {
				last = "and"
				continue
			}
			// "one and a half million", "a million and a half"
			if f, after, ok := FractionAt(ws, j+1); ok {
				if last == "multiplier" && scale >= 1e3 && current == 0 {
					total += f * scale
				} else {
					current += f
				}
				j = after - 1
				last = "value"
				continue
			}
			break loop
		case lw == "and" && last == "value" && j+1 < len(ws) && current >= 1 && current <= 9 && TensWords[ws[j+1].Lower] > 0 &&
			(j+2 >= len(ws) || ScaleOrCount(ws[j+2].Lower) == 0 || ScaleOrCount(ws[j+2].Lower) >= 1e3):
			// "five and twenty": the old order, units first.
			current += float64(TensWords[ws[j+1].Lower])
			j++
			last = "value"
		case lw == "and" && last == "value" && j+1 < len(ws):
			// "one and a half", before a scale word; "seven and a half"
			// (a half or a quarter) alone
			if f, after, ok := FractionAt(ws, j+1); ok && (after < len(ws) && ScaleWords[ws[after].Lower] >= 1e3 ||
				(f == 0.5 || f == 0.25 || f == 0.75) && (ws[j+1].Lower == "a" || ws[j+1].Lower == "three") && !timeUnitAt(ws, after)) {
				current += f
				j = after - 1
				last = "value"
				continue
			}
			break loop
		default:
			break loop
		}
	}
	if last == "" || last == "and" {
		return Number{}, false
	}
	return Number{Value: total + current, Start: i, Next: j, Words: true, Scaled: scaled, Scale: scale}, j > i
}

// ScaleOrCount returns the factor of a scale word or of "dozen" and "score",
// else 0.
func ScaleOrCount(w string) float64 {
	if s, ok := ScaleWords[w]; ok && len(w) > 3 {
		return s
	}
	return CountWords[w]
}

// scaleOf returns the scale a factor stands for: itself from a thousand up,
// else 1.
func scaleOf(s float64) float64 {
	if s >= 1e3 {
		return s
	}
	return 1
}

// WordValue returns the value of a number word below a hundred, including
// hyphenated ones ("twenty-six").
func WordValue(s string) (float64, bool) {
	if v, ok := NumberWords[s]; ok {
		return v, true
	}
	// "five-and-twenty": the old order, units first.
	if units, tens, ok := strings.Cut(s, "-and-"); ok {
		u, ok1 := NumberWords[units]
		t, ok2 := TensWords[tens]
		if ok1 && ok2 && u >= 1 && u <= 9 {
			return float64(t) + u, true
		}
		return 0, false
	}
	tens, units, ok := strings.Cut(s, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := NumberWords[tens]
	u, ok2 := NumberWords[units]
	if !ok1 || !ok2 || t < 20 || int(t)%10 != 0 || u < 1 || u > 9 {
		return 0, false
	}
	return t + u, true
}

// FractionDenominators are the words for the parts of a whole: "half",
// "quarter", and the ordinals from "third" up, each with its plural.
var FractionDenominators = func() map[string]float64 {
	m := map[string]float64{"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
	for w, v := range OrdinalWords {
		if v >= 3 {
			m[w], m[w+"s"] = v, v
		}
	}
	return m
}()

// FractionAt reads a fraction in words at ws[i]: "a third", "one-third",
// "two thirds", "two-thirds", "three quarters", "a half", "one half". A
// plural part needs a numerator above one, a singular one "a", "an" or
// "one".
func FractionAt(ws []Word, i int) (float64, int, bool) {
	if i >= len(ws) || ws[i].Kind != WordLetters {
		return 0, 0, false
	}
	w := ws[i].Lower
	if head, tail, ok := strings.Cut(w, "-"); ok {
		if d, ok := FractionDenominators[tail]; ok {
			if n, ok := WordValue(head); ok && n >= 1 && n < d*10 && (n == 1) == !strings.HasSuffix(tail, "s") {
				return n / d, i + 1, true
			}
		}
		// "twenty-six" is no fraction; "one-third" and "two-thirds" are.
		return 0, 0, false
	}
	var n float64
	switch {
	case w == "a" || w == "an":
		n = 1
	default:
		v, ok := NumberWords[w]
		if !ok || v < 1 {
			return 0, 0, false
		}
		n = v
	}
	if i+1 >= len(ws) {
		return 0, 0, false
	}
	d, ok := FractionDenominators[ws[i+1].Lower]
	if !ok || (n == 1) == strings.HasSuffix(ws[i+1].Lower, "s") && ws[i+1].Lower != "halves" || (d == 2 && n > 1) {
		return 0, 0, false
	}
	return n / d, i + 2, true
}

// PluralScales are the scale words in the plural, which old books write
// after a number ("seven millions", "two hundred thousands"): after a
// number they multiply it as the singular does; alone they are vague
// ("millions of tons").
var PluralScales = map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9}

// CountsNeedOf are the count words that are other words unless "of"
// follows: "a brace of pistols", "a gross of buttons", not "a gross error".
var CountsNeedOf = SetOf("brace", "gross", "braces")

// timeUnitAt reports whether ws[i] is a unit of time ("years", "days"),
// which the date grammar reads with its number ("two and a half years").
func timeUnitAt(ws []Word, i int) bool {
	if i >= len(ws) {
		return false
	}
	_, ok := DateUnits[ws[i].Lower]
	return ok
}

// millionBefore reports whether the word at ws[k] makes a joined "m"
// before it a scale (millions) rather than metres: a unit of measure or
// money, or a plural noun that is no word of size or place ("40m devices",
// "1.5m tonnes"; but "100m long", "50m away").
func millionBefore(ws []Word, k int) bool {
	if k >= len(ws) || ws[k].Kind != WordLetters || ws[k].Joined {
		return false
	}
	w := ws[k].Lower
	if metreAfter[w] {
		return false
	}
	if MeasureUnits.Has(w) || CurrencyWords.Has(w) || collectivePlurals[w] {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// millionOfCount reports whether a joined "m" at ws[j] with no noun after
// it counts what the words just before its number name: "famine deaths of
// over 30m", "the war killed 30m", "the toll reached 2m by 1945". A length
// ("the tower is 30m", "30m high") has no such words.
func millionOfCount(ws []Word, j int) bool {
	if j+1 < len(ws) && ws[j+1].Kind == WordLetters && !countFollowers[ws[j+1].Lower] {
		return false // "the 30m tower", "30m high"
	}
	for k := j - 2; k >= 0 && k >= j-8; k-- {
		w := ws[k]
		if w.Kind != WordLetters {
			if w.Lit == "." || w.Lit == ";" || w.Lit == ":" {
				return false
			}
			continue
		}
		if countContext[w.Lower] {
			return true
		}
	}
	return false
}

// countFollowers are the words that may follow a bare count of millions:
// "30m by 1945", "30m in the famine", "30m and more".
var countFollowers = SetOf("by", "in", "and", "or", "to", "at", "during", "since", "when", "while", "as", "before",
	"after", "between", "on", "for", "with", "were", "was", "had", "have", "died", "perished", "more")

// countContext are the words of people and their fates that make a bare
// "30m" near them millions: deaths, victims, refugees, voters...
var countContext = SetOf("deaths", "dead", "died", "die", "killed", "kill", "killing", "perished", "starved", "lives",
	"toll", "victims", "casualties", "people", "population", "inhabitants", "residents", "refugees", "migrants",
	"voters", "votes", "users", "viewers", "subscribers", "customers", "jobs", "workers", "unemployed", "members",
	"visitors", "tourists", "passengers", "cases", "infections", "infected", "displaced", "homeless", "births")

// metreAfter are the words that follow a length in metres: "100m long".
var metreAfter = SetOf("long", "high", "tall", "wide", "deep", "away", "above", "below", "across",
	"thick", "down", "up", "from", "in", "of", "under", "beneath", "underground", "sprint", "hurdles",
	"freestyle", "race", "relay", "metres", "meters")

// collectivePlurals are plural nouns without a final s.
var collectivePlurals = SetOf("people", "men", "women", "children", "cattle", "sheep", "police", "livestock", "poultry", "swine", "deer", "fish", "personnel")
