package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// teenWords are the numbers from ten to nineteen in words.
var teenWords = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}

// tensWords are the tens from twenty to ninety in words, which combine with
// a unit ("twenty-five") or an ordinal ("twenty-first").
var tensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// numberWords are the cardinal number words below a hundred: the units,
// teenWords, tensWords, and the archaic scores ("fourscore and seven").
var numberWords = func() map[string]float64 {
	m := map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "threescore": 60, "fourscore": 80,
	}
	for _, table := range []map[string]int{teenWords, tensWords} {
		for w, v := range table {
			m[w] = float64(v)
		}
	}
	return m
}()

// ordinalWords are the ordinal numbers in words: "first" to "twentieth",
// the tens ("thirtieth") and the scales ("hundredth", "millionth"). A
// compound ordinal is a ten and an ordinal: "twenty-first".
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
	"seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}

// scaleWords multiply the number before them. Lakh and crore are the Indian
// hundred thousand and ten million.
var scaleWords = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
	"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "tln": 1e12,
}

// moneyScales are the short scales written straight after an amount of
// money: "$66bn", "£500m", "$3k".
var moneyScales = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9, "mm": 1e6}

// joinedScales are the short scales read straight after any digits: "10k".
var joinedScales = map[string]float64{"k": 1e3}

// countWords multiply like scale words but are counts of their own: "a
// dozen", "three score".
var countWords = map[string]float64{"dozen": 12, "score": 20}

// parseDigits reads a number written in digits: "600,000", "1.5",
// "1.000.000" (dots between groups of three), "1.234,5" (a decimal comma
// after dotted groups), "12,34,567" (Indian grouping), "12 500" (thin
// spaces), "1½", "½", ".25".
func parseDigits(s string) (float64, bool) {
	frac := 0.0
	if r, size := utf8.DecodeLastRuneInString(s); vulgarFractions[r] != 0 {
		frac, s = vulgarFractions[r], s[:len(s)-size]
		if s == "" {
			return frac, true
		}
	}
	if strings.ContainsAny(s, "\u2009\u202F\u00A0") {
		s = strings.NewReplacer("\u2009", "", "\u202F", "", "\u00A0", "").Replace(s)
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

// scaleBy multiplies v by a power of ten without the rounding error of a
// binary multiplication (8.2 × 1e6 is 8199999.999999999); other factors are
// multiplied as they are.
func scaleBy(v, scale float64) float64 {
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

// number is a number read from words: its value, the words it covers
// [start, next), whether it was written in words, and the scale word it
// ends in.
type number struct {
	value  float64
	start  int
	next   int
	words  bool    // written in words: "twenty-six", "half a million"
	scaled bool    // carries a scale or count word: "500 million", "a dozen"
	scale  float64 // the scale word it ends in (1e6 for "45 million"), else 1
	plain  bool    // digits with no separators, sign or fraction: a possible year, name or footnote
}

// numberAt reads the number that starts at ws[i]: an optional sign
// ("-40", "minus 40"), digits with an optional fraction and scale word
// ("10 1/2", "3.5 million", "66bn" when money is true), or number words
// ("two hundred and fifty thousand", "a million", "half a million", "a
// quarter of a million", "one and a half million", "a dozen").
func numberAt(ws []word, i int, money bool) (number, bool) {
	if i >= len(ws) {
		return number{}, false
	}
	sign := 1.0
	k := i
	switch w := ws[i]; {
	case (w.text == "-" || w.text == "−") && i+1 < len(ws) && ws[i+1].kind == wordNumber && ws[i+1].joined &&
		(i == 0 || !w.joined || ws[i-1].text == "("):
		sign, k = -1, i+1
	case (w.lower == "minus" || w.lower == "negative") && i+1 < len(ws):
		sign, k = -1, i+1
	}
	var n number
	var ok bool
	if ws[k].kind == wordNumber {
		n, ok = digitsAt(ws, k, money)
	} else {
		n, ok = wordNumberAt(ws, k)
	}
	if !ok {
		return number{}, false
	}
	n.start, n.value = i, sign*n.value
	if sign < 0 {
		n.plain = false
	}
	return n, true
}

// digitsAt reads a number in digits with what may follow it: a fraction
// ("10 1/2"), "and a half", a scale word.
func digitsAt(ws []word, i int, money bool) (number, bool) {
	w := ws[i]
	// A fraction alone: "1/4 mile", "3/4".
	if f, next, ok := slashFraction(ws, i); ok && commonFraction(ws, i) && f < 1 &&
		!(next < len(ws) && ws[next].joined && ws[next].text == "/") && !(i > 0 && w.joined && ws[i-1].text == "/") {
		return withScale(ws, number{value: f, start: i, next: next, scale: 1}, money), true
	}
	v, ok := parseDigits(w.text)
	if !ok {
		return number{}, false
	}
	n := number{value: v, start: i, next: i + 1, scale: 1, plain: isDigits(w.text)}
	// A mixed fraction: "10 1/2".
	if f, next, ok := slashFraction(ws, i+1); ok && !strings.ContainsAny(w.text, ".,") && f < 1 {
		n.value += f
		n.next, n.plain = next, false
	}
	// "1.5 million", "3 and a half million", "66bn", "30 lakh".
	n = withScale(ws, n, money)
	return n, true
}

// slashFraction reads "1/2" at ws[i]: digits, a joined slash and joined
// digits, the denominator from 2 to 100.
func slashFraction(ws []word, i int) (float64, int, bool) {
	if i+2 >= len(ws) || ws[i].kind != wordNumber || !isDigits(ws[i].text) ||
		(ws[i+1].text != "/" && ws[i+1].text != "⁄") || !ws[i+1].joined || !ws[i+2].joined || !isDigits(ws[i+2].text) {
		return 0, 0, false
	}
	a, _ := strconv.ParseFloat(ws[i].text, 64)
	b, _ := strconv.ParseFloat(ws[i+2].text, 64)
	if b < 2 || b > 100 {
		return 0, 0, false
	}
	return a / b, i + 3, true
}

// commonFraction reports whether the slash fraction at ws[i] has one of the
// usual denominators, so that it is not read for a date ("9/11").
func commonFraction(ws []word, i int) bool {
	switch ws[i+2].text {
	case "2", "3", "4", "5", "8", "10", "16":
		return true
	}
	return false
}

// withScale extends a number over the scale word after it: "million",
// "bn", "lakh crore", "and a half million", "dozen", and in money "m" or
// "k" written straight after the digits.
func withScale(ws []word, n number, money bool) number {
	j := n.next
	if j+3 < len(ws) && ws[j].lower == "and" {
		if f, next, ok := fractionAt(ws, j+1); ok && next < len(ws) && scaleWords[ws[next].lower] >= 1e3 {
			n.value += f
			j = next
		}
	}
	if j >= len(ws) || ws[j].kind != wordLetters {
		n.next = j
		return n
	}
	lw := ws[j].lower
	s, ok := scaleWords[lw]
	if !ok && money && ws[j].joined {
		s, ok = moneyScales[lw]
	}
	if !ok && ws[j].joined {
		s, ok = joinedScales[lw]
	}
	if !ok {
		s, ok = countWords[lw]
		if lw == "dozens" {
			s, ok = 12, true
		}
	}
	if !ok {
		n.next = j
		return n
	}
	n.value = scaleBy(n.value, s)
	n.scaled, n.plain, n.scale = true, false, scaleOf(s)
	j++
	if s == 1e5 && j < len(ws) && scaleWords[ws[j].lower] == 1e7 {
		n.value, n.scale = scaleBy(n.value, 1e7), 1e12 // lakh crore
		j++
	}
	// "a million and a half", "3 million and a quarter"
	if s >= 1e3 && j+2 < len(ws) && ws[j].lower == "and" {
		if f, next, ok := fractionAt(ws, j+1); ok && (next >= len(ws) || scaleWords[ws[next].lower] == 0) {
			n.value += scaleBy(f, s)
			j = next
		}
	}
	n.next = j
	return n
}

// wordNumberAt reads a number written in words.
func wordNumberAt(ws []word, i int) (number, bool) {
	w := ws[i]
	if w.kind != wordLetters {
		return number{}, false
	}
	// "half a million", "half a dozen", "half million", "half-million"
	if head, tail, ok := strings.Cut(w.lower, "-"); ok && head == "half" {
		if s := scaleOrCount(tail); s > 0 {
			return number{value: s / 2, start: i, next: i + 1, words: true, scaled: true, scale: scaleOf(s)}, true
		}
	}
	if w.lower == "half" {
		k := i + 1
		if k < len(ws) && (ws[k].lower == "a" || ws[k].lower == "an") {
			k++
		}
		if k < len(ws) {
			if s := scaleOrCount(ws[k].lower); s >= 12 && s != 100 {
				return number{value: s / 2, start: i, next: k + 1, words: true, scaled: true, scale: scaleOf(s)}, true
			}
		}
		return number{}, false
	}
	// "quarter million"
	if w.lower == "quarter" && i+1 < len(ws) && scaleOrCount(ws[i+1].lower) >= 1e3 {
		s := scaleOrCount(ws[i+1].lower)
		return number{value: s / 4, start: i, next: i + 2, words: true, scaled: true, scale: s}, true
	}
	// "a quarter of a million", "two-thirds of a million", "a quarter million"
	if f, next, ok := fractionAt(ws, i); ok {
		k := next
		if k+1 < len(ws) && ws[k].lower == "of" && (ws[k+1].lower == "a" || ws[k+1].lower == "an") {
			k += 2
		}
		if k < len(ws) && scaleWords[ws[k].lower] >= 1e3 {
			s := scaleWords[ws[k].lower]
			return number{value: f * s, start: i, next: k + 1, words: true, scaled: true, scale: s}, true
		}
	}
	// "a" or "an" stands for one, but only before a scale word or "dozen".
	if w.lower == "a" || w.lower == "an" {
		if i+1 >= len(ws) || scaleOrCount(ws[i+1].lower) == 0 {
			return number{}, false
		}
	}
	total, current := 0.0, 0.0
	last := "" // what the previous word was: "", "value", "tens", "multiplier", "and"
	scaled, scale := false, 1.0
	j := i
loop:
	for ; j < len(ws) && ws[j].kind == wordLetters; j++ {
		lw := ws[j].lower
		v, isValue := wordValue(lw)
		if lw == "a" || lw == "an" {
			if last != "" || j+1 >= len(ws) || scaleOrCount(ws[j+1].lower) == 0 {
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
		case scaleOrCount(lw) > 0:
			if last == "" || last == "and" {
				break loop
			}
			m := scaleOrCount(lw)
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
			next := ws[j+1].lower
			if _, ok := wordValue(next); ok && next != "a" {
				last = "and"
				continue
			}
			// "one and a half million", "a million and a half"
			if f, after, ok := fractionAt(ws, j+1); ok {
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
		case lw == "and" && last == "value" && j+1 < len(ws):
			// "one and a half", before a scale word
			if f, after, ok := fractionAt(ws, j+1); ok && after < len(ws) && scaleWords[ws[after].lower] >= 1e3 {
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
		return number{}, false
	}
	return number{value: total + current, start: i, next: j, words: true, scaled: scaled, scale: scale}, j > i
}

// scaleOrCount returns the factor of a scale word or of "dozen" and "score",
// else 0.
func scaleOrCount(w string) float64 {
	if s, ok := scaleWords[w]; ok && len(w) > 3 {
		return s
	}
	return countWords[w]
}

// scaleOf returns the scale a factor stands for: itself from a thousand up,
// else 1.
func scaleOf(s float64) float64 {
	if s >= 1e3 {
		return s
	}
	return 1
}

// wordValue returns the value of a number word below a hundred, including
// hyphenated ones ("twenty-six").
func wordValue(s string) (float64, bool) {
	if v, ok := numberWords[s]; ok {
		return v, true
	}
	tens, units, ok := strings.Cut(s, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := numberWords[tens]
	u, ok2 := numberWords[units]
	if !ok1 || !ok2 || t < 20 || int(t)%10 != 0 || u < 1 || u > 9 {
		return 0, false
	}
	return t + u, true
}

// fractionDenominators are the words for the parts of a whole: "half",
// "quarter", and the ordinals from "third" up, each with its plural.
var fractionDenominators = func() map[string]float64 {
	m := map[string]float64{"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
	for w, v := range ordinalWords {
		if v >= 3 {
			m[w], m[w+"s"] = v, v
		}
	}
	return m
}()

// fractionAt reads a fraction in words at ws[i]: "a third", "one-third",
// "two thirds", "two-thirds", "three quarters", "a half", "one half". A
// plural part needs a numerator above one, a singular one "a", "an" or
// "one".
func fractionAt(ws []word, i int) (float64, int, bool) {
	if i >= len(ws) || ws[i].kind != wordLetters {
		return 0, 0, false
	}
	w := ws[i].lower
	if head, tail, ok := strings.Cut(w, "-"); ok {
		if d, ok := fractionDenominators[tail]; ok {
			if n, ok := wordValue(head); ok && n >= 1 && n < d*10 && (n == 1) == !strings.HasSuffix(tail, "s") {
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
		v, ok := numberWords[w]
		if !ok || v < 1 {
			return 0, 0, false
		}
		n = v
	}
	if i+1 >= len(ws) {
		return 0, 0, false
	}
	d, ok := fractionDenominators[ws[i+1].lower]
	if !ok || (n == 1) == strings.HasSuffix(ws[i+1].lower, "s") && ws[i+1].lower != "halves" || (d == 2 && n > 1) {
		return 0, 0, false
	}
	return n / d, i + 2, true
}
